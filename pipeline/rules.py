"""Loading the rule files in pipeline/data: the words live there, the logic in the stage modules."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def sentence_abbreviations() -> frozenset[str]:
    """Abbreviations whose final period does not end a sentence (compared in lower case)."""
    return frozenset(row["abbreviation"].lower() for row in read_rows("abbreviations.csv"))


@cache
def question_words(kind: str) -> tuple[str, ...]:
    """Words of one kind from question_words.csv: wh (what, how), auxiliary (can, does), degree (long, much)."""
    return tuple(row["word"] for row in read_rows("question_words.csv") if row["kind"] == kind)
