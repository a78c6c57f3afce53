"""The claims table (one row per asserting sentence) and provider_treatments (who performs what)."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

CLAIM_TYPES = [
    "advice", "regulation", "scope_of_practice", "cost", "coverage", "comparison", "risk", "outcome", "treatment",
    "procedure", "mechanism", "cause", "symptom", "diagnosis", "definition", "other",
]
PREDICATES = ["performs", "treats", "relieves", "requires", "covers", "causes", "risk_of", "is_a", "differs_from", "involves", "contains"]
POLARITIES = ["affirmed", "negated"]
CERTAINTIES = ["asserted", "hedged"]
RELATIONS = ["performs", "may_perform", "does_not_perform"]


class Claims(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, str_matches=r"^doc-[0-9a-f]{16}-c\d{6,}$", description="Primary key: the doc_id, 'c' and the claim's start offset.")
    doc_id: Series[str] = pa.Field(description="Document of the sentence (documents.doc_id).")
    qa_id: Series[str] = pa.Field(nullable=True, description="Pair whose answer holds the sentence (qa_pairs.qa_id); empty for the page's other prose.")
    text: Series[str] = pa.Field(description="The sentence, or the side of it that holds this assertion; empty when text_withheld.")
    start: Series[int] = pa.Field(ge=0, description="Offset of the claim (the sentence, or its side) in documents.text.")
    end: Series[int] = pa.Field(ge=1, description="End offset (exclusive) of the claim.")
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES, description="What kind of assertion: " + ", ".join(CLAIM_TYPES) + ".")
    subject_concept_id: Series[str] = pa.Field(nullable=True, description="Concept the sentence asserts something about (concepts.concept_id); empty when it relates no two concepts.")
    predicate: Series[str] = pa.Field(nullable=True, isin=PREDICATES, description="Relation between subject and object, from the predicate lexicon (pipeline/data/predicates.csv): " + ", ".join(PREDICATES) + ".")
    object_concept_id: Series[str] = pa.Field(nullable=True, description="Concept the predicate points to (concepts.concept_id).")
    polarity: Series[str] = pa.Field(isin=POLARITIES, description="negated when the main assertion is denied, affirmed otherwise.")
    certainty: Series[str] = pa.Field(isin=CERTAINTIES, description="hedged when the main assertion carries a hedge cue, asserted otherwise.")
    negation_cues: Series[str] = pa.Field(nullable=True, description="Negation cue(s) that made the claim negated, '|'-separated.")
    hedge_cues: Series[str] = pa.Field(nullable=True, description="Hedge cue(s) that made the claim hedged, '|'-separated.")
    lead_in_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="For a list item that completes a sentence ('Dry needling is used for:' + bullets): offset of that lead-in sentence, read together with the item; empty otherwise.")
    lead_in_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="End offset (exclusive) of the lead-in sentence.")
    text_withheld: Series[bool] = pa.Field(description="True when the document's licence is not open, so text is empty here; start and end still hold.")

    class Config:
        strict = True
        ordered = True
        title = "claims"
        description = "One row per assertion of an answer or of a page's prose: an asserting sentence, or each side of one that joins two assertions ('Medicare does not require a referral, but many private plans do')."

    @pa.dataframe_check(error="the sentence is empty exactly when it is withheld")
    def withheld_text_is_empty(cls, df):
        return df.text_withheld == (df.text == "")

    @pa.dataframe_check(error="subject, predicate and object are all set or all empty")
    def triple_complete(cls, df):
        present = df[["subject_concept_id", "predicate", "object_concept_id"]].notna()
        return present.all(axis=1) | ~present.any(axis=1)

    @pa.dataframe_check(error="a lead-in is set whole or not at all, and ends before its item")
    def lead_in_before_item(cls, df):
        missing = df.lead_in_start.isna()
        return (missing == df.lead_in_end.isna()) & (missing | (df.lead_in_end <= df.start).fillna(False))

    @pa.dataframe_check(error="a negated claim names its negation cue, a hedged one its hedge cue")
    def cues_explain_judgement(cls, df):
        return ((df.polarity == "negated") == df.negation_cues.notna()) & ((df.certainty == "hedged") == df.hedge_cues.notna())


class ProviderTreatments(pa.DataFrameModel):
    provider_id: Series[str] = pa.Field(str_matches=r"^PRV:[a-z0-9_]+$", description="Kind of practitioner (concepts.concept_id).")
    treatment_id: Series[str] = pa.Field(str_matches=r"^TRT:[a-z0-9_]+$", description="Treatment (concepts.concept_id).")
    relation: Series[str] = pa.Field(isin=RELATIONS, description="performs (affirmed and asserted), may_perform (hedged) or does_not_perform (negated).")
    claim_ids: Series[str] = pa.Field(description="Supporting claims (claims.claim_id), '|'-separated.")
    claim_count: Series[int] = pa.Field(ge=1, description="Number of supporting claims.")
    document_count: Series[int] = pa.Field(ge=1, description="Number of documents that state it.")

    class Config:
        strict = True
        ordered = True
        unique = ["provider_id", "treatment_id", "relation"]
        title = "provider_treatments"
        description = "Who performs what: one row per provider, treatment and relation, with its evidence."
