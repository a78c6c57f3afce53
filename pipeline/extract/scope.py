"""How far a document lies within the dataset's scope, weighed with the vocabulary.

    relevance = 100 * (in-scope weight of the answers' mentions) / (answer words + 100)
              + 2 * (highest in-scope weight the title names)

pipeline/data/scope.csv gives each vocabulary category or concept, and a few terms the vocabulary
lacks, a weight with the reason for it (unlisted concepts weigh 0). Only mentions matched by name
count: MedQuAD's rare-disease pages define abbreviations (CMT, MPS, MLD) that the vocabulary's
abbreviations name otherwise. The 100 extra words keep a 40-word summary with one mention from
outranking a page about the subject; the title counts twice because a MedQuAD document is about
its focus. A MedQuAD document is selected at SELECTION_THRESHOLD or above (`python -m pipeline
select`); the build publishes every document's score in documents.relevance.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable

from pipeline.extract.entities import Mention, title_mentions
from pipeline.rules import DATA_DIR, read_rows
from pipeline.vocabulary import concepts_by_id

SCOPE_FILE = "scope.csv"
SMOOTHING_WORDS = 100
TITLE_FACTOR = 2
KINDS = ("category", "concept", "term")
_WORD = re.compile(r"\w+")


class ScopeError(Exception):
    """scope.csv names something the vocabulary lacks; the message names the line."""


@dataclass(frozen=True)
class ScopeRules:
    categories: dict[str, float]  # "LABEL/category" -> weight
    concepts: dict[str, float]
    terms: tuple[tuple[re.Pattern, float], ...]

    def weight(self, concept_id: str) -> float:
        concept = concepts_by_id()[concept_id]
        return self.concepts.get(concept_id, self.categories.get(f"{concept.label}/{concept.category}", 0.0))

    def text_weights(self, text: str) -> list[float]:
        """One weight per occurrence of a scope term in the text."""
        return [weight for pattern, weight in self.terms for _ in pattern.finditer(text)]


@cache
def scope_rules() -> ScopeRules:
    """The packaged scope rules, checked against the vocabulary once per process."""
    concepts = concepts_by_id()
    known = {f"{c.label}/{c.category}" for c in concepts.values()}
    rules: dict[str, dict] = {kind: {} for kind in KINDS}
    for line, row in enumerate(read_rows(SCOPE_FILE), start=2):
        where = f"{DATA_DIR / SCOPE_FILE}:{line}"
        kind, value = row["kind"], row["value"]
        try:
            weight = float(row["weight"])
        except ValueError:
            raise ScopeError(f"{where}: weight {row['weight']!r} is not a number") from None
        if kind not in KINDS:
            raise ScopeError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if (kind == "category" and value not in known) or (kind == "concept" and value not in concepts):
            raise ScopeError(f"{where}: the vocabulary has no {kind} {value!r}")
        if not row["note"].strip():
            raise ScopeError(f"{where}: every row needs a note saying why")
        rules[kind][value] = weight
    terms = tuple((re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE), weight) for term, weight in rules["term"].items())
    return ScopeRules(rules["category"], rules["concept"], terms)


def _named(mentions: Iterable[Mention]) -> list[str]:
    return [m.concept_id for m in mentions if m.matched_as == "name"]


def relevance(title: str, text: str, mentions: list[Mention], answers: list[tuple[int, int]]) -> float:
    """The document's relevance (see the module docstring), from its title, its text, the mentions
    found in that text and its answers' spans; rounded to two decimals."""
    rules = scope_rules()
    answer_weight, words = 0.0, 0
    ordered = sorted(mentions, key=lambda m: m.start)  # each answer looks only at the mentions from its start on
    starts = [m.start for m in ordered]
    for start, end in answers:
        inside = [m for m in ordered[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
        answer_weight += sum(rules.weight(c) for c in _named(inside)) + sum(rules.text_weights(text[start:end]))
        words += len(_WORD.findall(text, start, end))
    title_weights = [rules.weight(c) for c in _named(title_mentions(title))] + rules.text_weights(title)
    score = 100 * answer_weight / (words + SMOOTHING_WORDS) + TITLE_FACTOR * max(title_weights, default=0.0)
    return round(score, 2)
