"""Concept tables: the whole vocabulary (concepts), and the treatments and providers the corpus names."""

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


class Treatments(pa.DataFrameModel):
    treatment_id: Series[str] = pa.Field(unique=True, str_matches=r"^TRT:[a-z0-9_]+$", description="Primary key: the treatment's concept_id.")
    name: Series[str] = pa.Field(description="Preferred name.")
    category: Series[str] = pa.Field(description="Kind of treatment (injection, needling, manual_therapy, modality, exercise, medication, self_care, ...).")
    synonyms: Series[str] = pa.Field(nullable=True, description="Other names, '|'-separated.")
    abbreviations: Series[str] = pa.Field(nullable=True, description="Abbreviations, '|'-separated.")
    mesh_id: Series[str] = pa.Field(nullable=True, description="MeSH descriptor ID(s).")
    cpt_hcpcs: Series[str] = pa.Field(nullable=True, description="CPT / HCPCS Level II code number(s) for billing the procedure.")
    code_sources: Series[str] = pa.Field(nullable=True, description="Published code lists the codes were checked against.")
    mention_count: Series[int] = pa.Field(ge=1, description=_COUNT.format("mentions"))
    document_count: Series[int] = pa.Field(ge=1, description=_COUNT.format("documents that mention the treatment"))
    pair_count: Series[int] = pa.Field(ge=0, description=_COUNT.format("question/answer pairs that mention the treatment"))

    class Config:
        strict = True
        ordered = True
        title = "treatments"
        description = "One row per treatment concept the corpus mentions."


class Providers(pa.DataFrameModel):
    provider_id: Series[str] = pa.Field(unique=True, str_matches=r"^PRV:[a-z0-9_]+$", description="Primary key: the provider's concept_id.")
    name: Series[str] = pa.Field(description="Preferred name.")
    category: Series[str] = pa.Field(description="Kind of practitioner (physician_specialist, therapist, nursing, complementary, ...).")
    synonyms: Series[str] = pa.Field(nullable=True, description="Other names, '|'-separated.")
    abbreviations: Series[str] = pa.Field(nullable=True, description="Abbreviations and credentials, '|'-separated.")
    nucc_code: Series[str] = pa.Field(nullable=True, description="NUCC Health Care Provider Taxonomy code(s).")
    code_sources: Series[str] = pa.Field(nullable=True, description="Published code lists the codes were checked against.")
    mention_count: Series[int] = pa.Field(ge=1, description=_COUNT.format("mentions"))
    document_count: Series[int] = pa.Field(ge=1, description=_COUNT.format("documents that mention the provider"))
    pair_count: Series[int] = pa.Field(ge=0, description=_COUNT.format("question/answer pairs that mention the provider"))

    class Config:
        strict = True
        ordered = True
        title = "providers"
        description = "One row per kind of practitioner the corpus mentions."
