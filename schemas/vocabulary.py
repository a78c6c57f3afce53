"""The curated vocabulary files (pipeline/data/vocabulary/*.csv): one row per concept."""

import re

import pandera.pandas as pa
from pandera.typing import Series

LABELS = ["PROVIDER", "TREATMENT", "CONDITION", "DRUG", "PAYER", "ANATOMY"]
ID_PREFIXES = {"PRV": "PROVIDER", "TRT": "TREATMENT", "CON": "CONDITION", "DRG": "DRUG", "PAY": "PAYER", "ANA": "ANATOMY"}
CONCEPT_ID = r"^(PRV|TRT|CON|DRG|PAY|ANA):[a-z0-9]+(_[a-z0-9]+)*$"
CODE_FORMATS = {
    "nucc_code": r"^[0-9]{3}[0-9A-Z]{6}X$",
    "mesh_id": r"^D[0-9]{6,9}$",
    "icd10cm": r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$",
    "cpt_hcpcs": r"^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$",
}


class Vocabulary(pa.DataFrameModel):
    concept_id: Series[str] = pa.Field(unique=True, str_matches=CONCEPT_ID, description="Stable concept identifier: label prefix and snake_case name.")
    label: Series[str] = pa.Field(isin=LABELS, description="Entity label of every mention of the concept.")
    preferred_name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Name shown for the concept.")
    category: Series[str] = pa.Field(str_matches=r"^[a-z_]+$", description="Grouping within the label (e.g. physician_specialist, injection).")
    synonyms: Series[str] = pa.Field(nullable=True, description="Other surface forms, '|'-separated, singular; plurals, hyphen, apostrophe and case variants are generated.")
    abbreviations: Series[str] = pa.Field(nullable=True, description="Short forms matched case-sensitively, '|'-separated.")
    nucc_code: Series[str] = pa.Field(nullable=True, description="NUCC Health Care Provider Taxonomy code(s).")
    mesh_id: Series[str] = pa.Field(nullable=True, description="MeSH descriptor ID(s).")
    icd10cm: Series[str] = pa.Field(nullable=True, description="ICD-10-CM code(s).")
    cpt_hcpcs: Series[str] = pa.Field(nullable=True, description="CPT or HCPCS Level II code number(s); descriptors are not reproduced.")
    code_sources: Series[str] = pa.Field(nullable=True, description="Published code lists the row's codes were checked against.")
    notes: Series[str] = pa.Field(nullable=True, description="Curator's notes.")

    class Config:
        strict = True
        ordered = True
        title = "vocabulary"

    @pa.check(*CODE_FORMATS, name="code_format", error="every '|'-separated code has its system's format")
    def codes_well_formed(cls, codes):
        pattern = re.compile(CODE_FORMATS[codes.name])
        return codes.fillna("").map(lambda value: not value or all(pattern.fullmatch(c) for c in value.split("|"))).astype(bool)

    @pa.dataframe_check(error="the concept_id prefix names the row's label")
    def prefix_matches_label(cls, df):
        return df.concept_id.str.split(":").str[0].map(ID_PREFIXES) == df.label

    @pa.dataframe_check(error="a row with codes names the lists they were checked against")
    def codes_have_sources(cls, df):
        has_codes = df[list(CODE_FORMATS)].notna().any(axis=1)
        return ~has_codes | df.code_sources.notna()
