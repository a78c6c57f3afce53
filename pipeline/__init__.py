"""Pipeline that builds the trigger-point FAQ dataset from raw pages."""
