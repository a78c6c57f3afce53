"""Classifying questions and reading yes/no answers."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.claims import ENTITY, Judgement, normalise
from pipeline.rules import question_words, read_rows

_YES_NO = re.compile(r"^(?:" + "|".join(question_words("auxiliary")) + r")\b")
_ALTERNATIVE = re.compile(r"\bor\b(?! not\b)")  # with a comparative: "better before or after?"
_COMPARATIVE = re.compile(r"\b(?:better|worse|more|less|prefer\w*|rather|which)\b")
_BULLET = re.compile(r"^\s*[•*+-]\s+")
_QUALIFIED = re.compile(r"^[^.?!,]{1,50},\s*(yes|no)\b")  # "In most states, yes" answers yes
_MAYBE_CUES = re.compile(r"\b(?:depends?|depending|not necessarily|not always|varies|vary|sometimes|in some cases|case[- ]by[- ]case|only (?:for|if|when|under|with|after|in))\b")


@cache
def _question_types() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((r["question_type"], re.compile(r["pattern"])) for r in read_rows("question_types.csv"))


@cache
def _openings() -> tuple[tuple[re.Pattern, str], ...]:
    rows = sorted(read_rows("cues/answer_openings.csv"), key=lambda r: -len(r["opening"]))
    ends = {"punctuation": r"(?:\s*[,.!:;–—-]|\s*$)", "anything": r"(?:\s*[,.!:;–—-]|\s*$|\s)"}
    return tuple(
        (re.compile(r"\s*" + r"[\s,]+".join(map(re.escape, r["opening"].split())) + ends[r["followed_by"]]), r["polarity"])
        for r in rows
    )


@cache
def _direction_keeping_hedges() -> frozenset[str]:
    return frozenset(r["cue"] for r in read_rows("cues/hedge_cues.csv") if r["yes_no"] == "keeps")


def is_yes_no(question: str) -> bool:
    """Asked with an auxiliary verb, in its last sentence or its last clause ("..., is this true?")."""
    q = normalise(question).strip()
    last = re.split(r"(?<=[.!?])\s+", q)[-1]
    asked = [part.strip().lstrip("\"“'(") for part in (last, last.rsplit(",", 1)[-1])]
    return any(_YES_NO.match(part) for part in asked) and not (_ALTERNATIVE.search(last) and _COMPARATIVE.search(last))


def question_type(question: str, entities: list[ENTITY] = ()) -> str:
    """The first type whose cue pattern the question matches (question_types.csv order).

    A question about a kind of practitioner ("Can a nurse practitioner do trigger point
    injections?", "Should I see a specialist?") is a `provider` question unless it is about
    money, law or a comparison first.
    """
    q = normalise(question).strip()
    names_provider = any(label == "PROVIDER" for _, _, label, _ in entities)
    for name, pattern in _question_types():
        if pattern.search(q) or (name == "provider" and names_provider):
            return name
    return "other"


def answer_polarity(question: str, first_sentence: str, judgement: Judgement | None) -> str | None:
    """yes, no or maybe for a yes/no question, from the answer's opening word or its first sentence."""
    if not is_yes_no(question) or not first_sentence.strip():
        return None
    s = _BULLET.sub("", normalise(first_sentence), count=1)
    for pattern, polarity in _openings():
        if pattern.match(s):
            return polarity
    qualified = _QUALIFIED.match(s)
    if qualified:
        return qualified.group(1)
    if _MAYBE_CUES.search(s):
        return "maybe"
    if judgement is None:
        return None
    if any(cue not in _direction_keeping_hedges() for cue in judgement.hedge_cues):
        return "maybe"  # "Some plans may cover it"; but "Most plans do not" still answers no
    return "no" if judgement.polarity == "negated" else "yes"
