"""Pipeline that builds the trigger-point FAQ dataset from raw pages.

`load(table)` reads a published table back, validated, with categorical dtypes for its coded
columns.
"""

from __future__ import annotations

from pathlib import Path


def load(table: str, folder: str | Path = "output"):
    """A published table as a pandas DataFrame, checked against its schema."""
    import pandas as pd

    from schemas import TABLES

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    frame = pd.read_parquet(Path(folder) / f"{table}.parquet")
    schema = TABLES[table].schema
    schema.validate(frame, lazy=True)
    for name, column in schema.columns.items():
        allowed = next((c.statistics["allowed_values"] for c in column.checks if "allowed_values" in (c.statistics or {})), None)
        if allowed:
            frame[name] = pd.Categorical(frame[name], categories=list(allowed))
    return frame
