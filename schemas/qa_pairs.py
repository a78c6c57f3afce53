"""The qa_pairs table: one row per question found in a document, with its answer."""

import pandera.pandas as pa
from pandera.typing import Series

QUESTION_TYPES = [
    "definition", "cause", "symptom", "diagnosis", "treatment", "procedure", "provider",
    "indication", "outcome", "risk", "cost", "coverage", "comparison", "regulation", "other",
]
ANSWER_POLARITIES = ["yes", "no", "maybe"]
FOUND_BY = ["layout", "jsonld", "microdata", "layout+jsonld", "layout+microdata", "jsonld+microdata", "layout+jsonld+microdata", "medquad"]


class QAPairs(pa.DataFrameModel):
    qa_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^doc-[0-9a-f]{16}-q[0-9a-f]{10}$",
        description="Primary key: the doc_id, 'q' and 10 hex digits of a hash of the normalised question (and its occurrence), so it survives edits elsewhere on the page.",
    )
    doc_id: Series[str] = pa.Field(description="Document the pair comes from (documents.doc_id).")
    position: Series[int] = pa.Field(ge=1, description="1, 2, ... in document order.")
    question: Series[str] = pa.Field(str_length={"min_value": 1}, description="The question, without enumerator, label or Markdown markers.")
    question_start: Series[int] = pa.Field(ge=0, description="Offset of the question in documents.text (Python string index).")
    question_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) of the question.")
    answer: Series[str] = pa.Field(description="The answer: from its first paragraph to its last before the next question, without 'A:' label or page furniture at its edges; empty when the page gives none or when text_withheld.")
    answer_start: Series[int] = pa.Field(ge=0, description="Offset of the answer in documents.text.")
    answer_end: Series[int] = pa.Field(ge=0, description="End offset (exclusive) of the answer; equals answer_start when the answer is empty.")
    answer_missing: Series[bool] = pa.Field(description="True when the question is followed directly by another question or the end of the page.")
    found_by: Series[str] = pa.Field(isin=FOUND_BY, description="How the pair was found: by the page's layout, by its schema.org FAQPage markup (JSON-LD, microdata), by more than one of these ('+'-joined), or from a MedQuAD document's structure.")
    question_type: Series[str] = pa.Field(nullable=True, isin=QUESTION_TYPES, description="What the question asks about: " + ", ".join(QUESTION_TYPES) + ".")
    answer_polarity: Series[str] = pa.Field(nullable=True, isin=ANSWER_POLARITIES, description="For yes/no questions, what the answer says: yes, no or maybe (depends, sometimes, not necessarily); empty for other questions.")
    source_question_type: Series[str] = pa.Field(nullable=True, description="The question type the source itself gives (MedQuAD's qtype); empty for pages.")
    text_withheld: Series[bool] = pa.Field(description="True when the document's licence is not open, so answer is empty here (the question is kept); the offsets still hold.")

    class Config:
        strict = True
        ordered = True
        title = "qa_pairs"
        description = "One row per question/answer pair."

    @pa.dataframe_check(description="question_start < question_end <= answer_start <= answer_end")
    def spans_in_order(cls, df):
        return (df.question_start < df.question_end) & (df.question_end <= df.answer_start) & (df.answer_start <= df.answer_end)

    @pa.dataframe_check(description="answer_missing is true exactly when the answer's span is empty")
    def missing_flag_matches_answer(cls, df):
        return df.answer_missing == (df.answer_start == df.answer_end)

    @pa.dataframe_check(description="a withheld answer is empty")
    def withheld_answer_is_empty(cls, df):
        return ~df.text_withheld | (df.answer == "")

    @pa.dataframe_check(description="positions run 1..n within each document, in offset order")
    def positions_are_consecutive(cls, df):
        ordered = df.sort_values(["doc_id", "question_start"])
        expected = ordered.groupby("doc_id").cumcount() + 1
        return (ordered.position == expected).reindex(df.index)
