"""Pipeline that builds the trigger-point FAQ dataset from raw pages.

`load(table)` reads a published table back, validated, with categorical dtypes for its coded
columns; `load(table, raw=DIR)` restores withheld text from your own copies of the pages first.
"""

from __future__ import annotations

from pathlib import Path


def load(table: str, folder: str | Path = "output", raw: str | Path | None = None):
    """A published table as a pandas DataFrame, checked against its schema; with raw, the text
    withheld by licence is restored from the copies of the pages below that folder (each checked
    against documents.sha256; pipeline.rehydrate.RehydrateError names a mismatched copy)."""
    import pandas as pd

    from schemas import TABLES

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if raw is None:
        frame = pd.read_parquet(Path(folder) / f"{table}.parquet")
    else:
        from pipeline.publish.checks import validate_tables
        from pipeline.rehydrate import read_tables, restore

        restored, _ = restore(read_tables(Path(folder), tuple(dict.fromkeys(("documents", table)))), Path(raw))
        validate_tables(restored)  # every span slices the restored text
        frame = restored[table]
    schema = TABLES[table].schema
    schema.validate(frame, lazy=True)
    for name, column in schema.columns.items():
        allowed = next((c.statistics["allowed_values"] for c in column.checks if "allowed_values" in (c.statistics or {})), None)
        if allowed:
            frame[name] = pd.Categorical(frame[name], categories=list(allowed))
    return frame
