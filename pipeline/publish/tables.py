"""Turning extracted records into the published tables: identifiers, column order, dtypes, row order."""

from __future__ import annotations

import pandas as pd

from schemas import TABLES


def column_type(column) -> str:
    """A schema column's type in Table Schema terms: integer, boolean, number, date or string."""
    name = str(column.dtype).lower()
    for fragment, kind in (("int", "integer"), ("bool", "boolean"), ("float", "number"), ("date", "date")):
        if fragment in name:
            return kind
    return "string"


def allowed_values(column) -> list[str] | None:
    """The values a coded column may hold (its isin check), in the schema's order."""
    return next((list(c.statistics["allowed_values"]) for c in column.checks if "allowed_values" in (c.statistics or {})), None)


def pandas_dtype(column) -> str:
    kind = column_type(column)
    if kind == "integer":
        return "Int64" if column.nullable else "int64"
    return {"boolean": "bool", "number": "float64", "date": "object"}.get(kind, "str")


def to_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table with exactly its schema's columns and dtypes, in its stable row order."""
    table = TABLES[name]
    columns = table.schema.columns
    frame = pd.DataFrame(rows, columns=list(columns))
    frame = frame.astype({column: pandas_dtype(spec) for column, spec in columns.items()})
    return frame.sort_values(list(table.sort_by), kind="stable").reset_index(drop=True)


Counts = dict[str, tuple[int, int, int]]  # concept_id -> (mentions, documents, pairs)


def concept_rows(concepts, counts: Counts) -> list[dict]:
    """Every vocabulary concept with its codes and how often the corpus mentions it."""
    return [
        {
            "concept_id": c.concept_id, "label": c.label, "name": c.preferred_name, "category": c.category,
            "synonyms": "|".join(c.synonyms) or None, "abbreviations": "|".join(c.abbreviations) or None,
            **c.codes,
            **dict(zip(("mention_count", "document_count", "pair_count"), counts.get(c.concept_id, (0, 0, 0)))),
        }
        for c in concepts
    ]


def mentioned_concepts(name: str, concepts: pd.DataFrame, label: str) -> pd.DataFrame:
    """The concepts of one label that the corpus mentions, keyed by that table's own id column."""
    view = concepts[(concepts.label == label) & (concepts.mention_count > 0)]
    return to_frame(name, view.rename(columns={"concept_id": TABLES[name].primary_key}).to_dict("records"))


def provider_treatment_rows(evidence: list[dict]) -> list[dict]:
    """One row per (provider, treatment, relation), with the claims that state it."""
    if not evidence:
        return []
    frame = pd.DataFrame(evidence)
    rows = []
    for (provider, treatment, relation), group in frame.groupby(["provider_id", "treatment_id", "relation"], sort=True):
        claim_ids = sorted(set(group["claim_id"]))
        rows.append({
            "provider_id": provider, "treatment_id": treatment, "relation": relation,
            "claim_ids": "|".join(claim_ids), "claim_count": len(claim_ids),
            "document_count": int(group["doc_id"].nunique()),
        })
    return rows
