"""Curation aid: frequent phrases around treatment and practitioner words that the vocabulary lacks."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from typing import Iterable

from spacy.tokens import Doc

from pipeline.rules import read_rows

MAX_MODIFIERS = 3


@cache
def _heads() -> dict[str, str]:
    return {row["head"]: row["label_hint"] for row in read_rows("candidate_heads.csv")}


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(row["word"] for row in read_rows("candidate_stopwords.csv"))


def _phrases(doc: Doc) -> Iterable[tuple[str, str]]:
    """(phrase, label hint) for each head word preceded by modifiers that no entity covers."""
    covered = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    heads = _heads()
    for token in doc:
        hint = heads.get(token.lower_)
        if hint is None:
            continue
        start = token.i
        while start > 0 and token.i - start < MAX_MODIFIERS:
            previous = doc[start - 1]
            if not previous.is_alpha or previous.is_stop or previous.is_sent_end or previous.lower_ in _stopwords():
                break
            start -= 1
        if start == token.i or all(i in covered for i in range(start, token.i + 1)):
            continue
        yield " ".join(t.lower_ for t in doc[start:token.i + 1]), hint


def candidate_terms(docs: Iterable[Doc], top: int = 30) -> list[dict]:
    """The most frequent uncovered phrases, with how many mentions and documents show each."""
    counts: Counter[str] = Counter()
    documents: dict[str, set[int]] = defaultdict(set)
    hints: dict[str, str] = {}
    for number, doc in enumerate(docs):
        for phrase, hint in _phrases(doc):
            counts[phrase] += 1
            documents[phrase].add(number)
            hints[phrase] = hint
    ranked = sorted(counts, key=lambda phrase: (-counts[phrase], -len(documents[phrase]), phrase))
    return [
        {"term": phrase, "label_hint": hints[phrase], "mentions": counts[phrase], "documents": len(documents[phrase])}
        for phrase in ranked[:top]
    ]
