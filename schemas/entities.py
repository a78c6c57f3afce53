"""The entities table: one row per mention of a vocabulary concept."""

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabulary import LABELS

PARTS = ["question", "answer"]
MATCHED_AS = ["name", "abbreviation"]


class Entities(pa.DataFrameModel):
    mention_id: Series[str] = pa.Field(unique=True, str_matches=r"^doc-[0-9a-f]{16}-m\d{6,}$", description="Primary key: the doc_id, 'm' and the mention's start offset.")
    doc_id: Series[str] = pa.Field(description="Document of the mention (documents.doc_id).")
    qa_id: Series[str] = pa.Field(nullable=True, description="Pair whose question or answer holds the mention (qa_pairs.qa_id); empty outside pairs.")
    part: Series[str] = pa.Field(nullable=True, isin=PARTS, description="Whether the mention is in the pair's question or its answer; empty outside pairs.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The mention as written.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the mention in documents.text.")
    end: Series[int] = pa.Field(ge=1, description="End offset (exclusive) of the mention.")
    label: Series[str] = pa.Field(isin=LABELS, description="Entity label: " + ", ".join(LABELS) + ".")
    concept_id: Series[str] = pa.Field(description="Vocabulary concept the mention refers to (concepts.concept_id).")
    matched_as: Series[str] = pa.Field(isin=MATCHED_AS, description="Whether the text matched one of the concept's names or an abbreviation (listed in the vocabulary or defined on the page).")

    class Config:
        strict = True
        ordered = True
        title = "entities"
        description = "One row per mention of a vocabulary concept."

    @pa.dataframe_check(error="start < end")
    def span_is_not_empty(cls, df):
        return df.start < df.end

    @pa.dataframe_check(error="qa_id and part are both set or both empty")
    def pair_and_part_together(cls, df):
        return df.qa_id.isna() == df.part.isna()
