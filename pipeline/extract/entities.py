"""Tagging entities: mentions of vocabulary concepts, with exact offsets into the text."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.extract.nlp import ABBREVIATION_SPANS, default_nlp
from pipeline.memos import text_memo


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    concept_id: str
    matched_as: str  # "name" or "abbreviation"


def find_mentions(doc: Doc) -> list[Mention]:
    abbreviations = set(map(tuple, doc.user_data.get(ABBREVIATION_SPANS, [])))
    return [
        Mention(
            start=entity.start_char, end=entity.end_char, text=entity.text, label=entity.label_,
            concept_id=entity.ent_id_,
            matched_as="abbreviation" if (entity.start_char, entity.end_char) in abbreviations else "name",
        )
        for entity in doc.ents
    ]


@text_memo(maxsize=256)  # a document's title is read for its question types and again for its relevance
def title_mentions(title: str) -> tuple[Mention, ...]:
    return tuple(find_mentions(default_nlp()(title)))
