"""Pandera schemas of the published tables: the one source of truth for their columns.

Each table's model defines its columns, types and row-level checks; `TABLES` adds what relates
tables to each other (primary and foreign keys, spans that slice documents.text). The checks at
publish time, the datapackage.json and the column docs are all derived from here.
"""

from dataclasses import dataclass, field

import pandera.pandas as pa

from schemas.documents import Documents
from schemas.qa_pairs import QAPairs


@dataclass(frozen=True)
class Span:
    text: str
    start: str
    end: str


@dataclass(frozen=True)
class Table:
    name: str
    model: type[pa.DataFrameModel]
    primary_key: str
    sort_by: tuple[str, ...]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()

    @property
    def columns(self) -> list[str]:
        return list(self.model.to_schema().columns)


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table("documents", Documents, "doc_id", ("path",)),
        Table(
            "qa_pairs", QAPairs, "qa_id", ("doc_id", "position"),
            foreign_keys={"doc_id": ("documents", "doc_id")},
            spans=(Span("question", "question_start", "question_end"), Span("answer", "answer_start", "answer_end")),
        ),
    )
}
