"""Turning extracted records into the published tables: identifiers, column order, dtypes, row order."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable

import pandas as pd

from schemas import TABLES


def short_hash(*parts: str, length: int = 10) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def qa_ids(doc_id: str, questions: Iterable[str]) -> list[str]:
    """Ids from the normalised question and its occurrence: stable when the rest of the page changes."""
    seen: Counter[str] = Counter()
    ids = []
    for question in questions:
        key = " ".join(question.lower().split())
        seen[key] += 1
        ids.append(f"{doc_id}-q{short_hash(key, str(seen[key]))}")
    return ids


def pandas_dtype(schema_dtype) -> str:
    name = str(schema_dtype)
    if "int" in name:
        return "int64"
    if "bool" in name:
        return "bool"
    if "float" in name:
        return "float64"
    return "str"


def to_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table with exactly its schema's columns and dtypes, in its stable row order."""
    table = TABLES[name]
    columns = table.model.to_schema().columns
    frame = pd.DataFrame(rows, columns=list(columns))
    frame = frame.astype({column: pandas_dtype(spec.dtype) for column, spec in columns.items()})
    return frame.sort_values(list(table.sort_by), kind="stable").reset_index(drop=True)
