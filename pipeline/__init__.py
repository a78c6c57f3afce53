"""Pipeline that builds the trigger-point FAQ dataset from raw pages.

`load(table)` reads a published table back, validated, with categorical dtypes for its coded
columns, from any working directory; `load(table, raw=DIR)` restores the text withheld by licence
from your own copies of the pages first.
"""

from __future__ import annotations

from pathlib import Path

PACKAGED_OUTPUT = Path(__file__).resolve().parent.parent / "output"  # beside the package in a clone


def load(table: str, folder: str | Path | None = None, raw: str | Path | None = None):
    """A published table as a pandas DataFrame, checked against its schema.

    `folder` is the published dataset (by default the clone's output/, wherever Python runs).
    Coded columns (labels, types, polarity, relation) come as categoricals of every allowed value.
    With `raw`, withheld text is restored from the copies of the pages below that folder, each
    checked against documents.sha256 (pipeline.rehydrate.RehydrateError names a mismatched copy).
    """
    import pandas as pd

    from pipeline.publish.checks import as_checked
    from schemas import TABLES

    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    folder = Path(folder) if folder is not None else PACKAGED_OUTPUT
    path = folder / f"{table}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no published table here; run `make` in the clone, or pass the dataset's folder: load({table!r}, 'path/to/output')")
    if raw is None:
        frame = pd.read_parquet(path)
    else:
        from pipeline.publish.checks import validate_tables
        from pipeline.rehydrate import read_tables, restore

        restored, _ = restore(read_tables(folder, tuple(dict.fromkeys(("documents", table)))), Path(raw))
        validate_tables(restored)  # every span slices the restored text
        frame = restored[table]
    TABLES[table].schema.validate(as_checked(frame), lazy=True)
    return frame
