"""Concept tables: the whole vocabulary (concepts), and the treatments and providers the corpus names."""

import copy

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabulary import CONCEPT_ID, LABELS

_COUNT = "Number of {} in the corpus."


class Concepts(pa.DataFrameModel):
    concept_id: Series[str] = pa.Field(unique=True, str_matches=CONCEPT_ID, description="Primary key: label prefix and snake_case name; never reused.")
    label: Series[str] = pa.Field(isin=LABELS, description="Entity label of the concept's mentions.")
    name: Series[str] = pa.Field(description="Preferred name.")
    category: Series[str] = pa.Field(description="Grouping within the label.")
    synonyms: Series[str] = pa.Field(nullable=True, description="Other names, '|'-separated.")
    abbreviations: Series[str] = pa.Field(nullable=True, description="Abbreviations, '|'-separated.")
    nucc_code: Series[str] = pa.Field(nullable=True, description="NUCC Health Care Provider Taxonomy code(s), '|'-separated.")
    mesh_id: Series[str] = pa.Field(nullable=True, description="MeSH descriptor ID(s), '|'-separated.")
    icd10cm: Series[str] = pa.Field(nullable=True, description="ICD-10-CM code(s), '|'-separated.")
    cpt_hcpcs: Series[str] = pa.Field(nullable=True, description="CPT / HCPCS Level II code number(s), '|'-separated; descriptors are not reproduced.")
    code_sources: Series[str] = pa.Field(nullable=True, description="Published code lists the codes were checked against.")
    mention_count: Series[int] = pa.Field(ge=0, description=_COUNT.format("mentions"))
    document_count: Series[int] = pa.Field(ge=0, description=_COUNT.format("documents that mention the concept"))
    pair_count: Series[int] = pa.Field(ge=0, description=_COUNT.format("question/answer pairs that mention the concept"))

    class Config:
        strict = True
        ordered = True
        title = "concepts"
        description = "The curated vocabulary: one row per concept, with standard codes and corpus counts."


def concept_view(name: str, id_column: str, prefix: str, codes: list[str], description: str, category: str) -> pa.DataFrameSchema:
    """The concepts of one label that the corpus mentions, keyed by their own id column."""
    concepts = Concepts.to_schema().columns
    kept = ["name", "category", "synonyms", "abbreviations", *codes, "code_sources", "mention_count", "document_count", "pair_count"]
    columns = {
        id_column: pa.Column(str, pa.Check.str_matches(rf"^{prefix}:[a-z0-9_]+$"), unique=True, description=f"Primary key: the {name[:-1]}'s concept_id."),
        **{column: concepts[column] for column in kept},
    }
    columns["category"] = copy.copy(columns["category"])
    columns["category"].description = category
    for count in ("mention_count", "document_count"):  # a row exists because the corpus mentions it
        columns[count] = columns[count].set_checks([pa.Check.ge(1)])
    return pa.DataFrameSchema(columns, strict=True, ordered=True, title=name, description=description)


TREATMENTS = concept_view(
    "treatments", "treatment_id", "TRT", ["mesh_id", "cpt_hcpcs"], "One row per treatment concept the corpus mentions.",
    "Kind of treatment (injection, needling, manual_therapy, modality, exercise, medication, self_care, ...).",
)
PROVIDERS = concept_view(
    "providers", "provider_id", "PRV", ["nucc_code", "mesh_id"], "One row per kind of practitioner the corpus mentions.",
    "Kind of practitioner (physician_specialist, therapist, nursing, complementary, ...).",
)
