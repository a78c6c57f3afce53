"""Pandera schemas of the published tables: the one source of truth for their columns.

Each table's pandera model (or schema) defines its columns, types and row-level checks; `TABLES` adds what relates
tables to each other (primary and foreign keys, spans that slice documents.text, the verbatim
columns a document's licence may withhold). The checks at publish time, the withholding, the
datapackage.json and the column docs are all derived from here.
"""

import sys
import types
from dataclasses import dataclass, field

# pandera checks each model's annotations against the dataframe types of every backend it finds
# installed, and finding Dask (the optional cluster engine) imports dask.dataframe: a second or two
# added to every command. These models are pandas models: pandera is told Dask's types are absent.
sys.modules.setdefault("pandera.typing.dask", types.ModuleType("pandera.typing.dask")).__dict__.setdefault("DASK_INSTALLED", False)

import pandera.pandas as pa  # noqa: E402 (after the line above)

from schemas.claims import Claims, ProviderTreatments
from schemas.concepts import PROVIDERS, TREATMENTS, Concepts
from schemas.documents import Documents
from schemas.entities import Entities
from schemas.qa_pairs import QAPairs


@dataclass(frozen=True)
class Span:
    text: str
    start: str
    end: str


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.DataFrameSchema
    primary_key: str | tuple[str, ...]
    sort_by: tuple[str, ...]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()
    list_foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # '|'-separated ids
    within: tuple[str, str, str, str] | None = None  # (key column, parent table, parent start, parent end)
    verbatim: tuple[str, ...] = ()  # columns quoting the source text: emptied when its licence is not open

    @property
    def key_columns(self) -> list[str]:
        return [self.primary_key] if isinstance(self.primary_key, str) else list(self.primary_key)

    @property
    def columns(self) -> list[str]:
        return list(self.schema.columns)


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table("documents", Documents.to_schema(), "doc_id", ("path",), verbatim=("text",)),
        Table(
            "qa_pairs", QAPairs.to_schema(), "qa_id", ("doc_id", "position"),
            foreign_keys={"doc_id": ("documents", "doc_id")},
            spans=(Span("question", "question_start", "question_end"), Span("answer", "answer_start", "answer_end")),
            verbatim=("answer",),
        ),
        Table(
            "entities", Entities.to_schema(), "mention_id", ("doc_id", "start"),
            foreign_keys={"doc_id": ("documents", "doc_id"), "qa_id": ("qa_pairs", "qa_id"), "concept_id": ("concepts", "concept_id")},
            spans=(Span("text", "start", "end"),),
        ),
        Table(
            "claims", Claims.to_schema(), "claim_id", ("doc_id", "start"),
            foreign_keys={
                "doc_id": ("documents", "doc_id"), "qa_id": ("qa_pairs", "qa_id"),
                "subject_concept_id": ("concepts", "concept_id"), "object_concept_id": ("concepts", "concept_id"),
            },
            spans=(Span("text", "start", "end"),),
            within=("qa_id", "qa_pairs", "answer_start", "answer_end"),
            verbatim=("text",),
        ),
        Table(
            "provider_treatments", ProviderTreatments.to_schema(), ("provider_id", "treatment_id", "relation"),
            ("provider_id", "treatment_id", "relation"),
            foreign_keys={"provider_id": ("concepts", "concept_id"), "treatment_id": ("concepts", "concept_id")},
            list_foreign_keys={"claim_ids": ("claims", "claim_id")},
        ),
        Table("concepts", Concepts.to_schema(), "concept_id", ("concept_id",)),
        Table("treatments", TREATMENTS, "treatment_id", ("treatment_id",), foreign_keys={"treatment_id": ("concepts", "concept_id")}),
        Table("providers", PROVIDERS, "provider_id", ("provider_id",), foreign_keys={"provider_id": ("concepts", "concept_id")}),
    )
}
