"""Loading the rule files in pipeline/data: the words live there, the logic in the stage modules."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


class RuleFileError(Exception):
    pass


def read_rows(name: str, folder: Path = DATA_DIR) -> list[dict[str, str]]:
    """A rule file's rows; a row with more or fewer fields than its header (a pattern's unquoted
    comma, "{0,40}") is an error, not a silently shifted row."""
    rows = []
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)  # not DictReader: it took twice the time on a large file
        header = next(reader, [])
        for fields in reader:
            if not fields:
                continue
            if len(fields) != len(header):
                raise RuleFileError(f"{folder / name}:{reader.line_num}: {len(header)} fields in the header, another number in this row (quote a field that holds a comma)")
            rows.append(dict(zip(header, fields)))
    return rows


@cache
def sentence_abbreviations() -> frozenset[str]:
    """Abbreviations whose final period does not end a sentence (compared in lower case)."""
    return frozenset(row["abbreviation"].lower() for row in read_rows("abbreviations.csv"))


@cache
def title_abbreviations() -> frozenset[str]:
    """Titles before a name ("Dr.", "St."): unlike "etc." or "a.m.", they never end a sentence."""
    return frozenset(row["abbreviation"].lower() for row in read_rows("abbreviations.csv") if row["note"] in ("title", "saint / street"))


@cache
def question_words(kind: str) -> tuple[str, ...]:
    """Words of one kind from question_words.csv: wh (what, how), auxiliary (can, does), degree (long, much)."""
    return tuple(row["word"] for row in read_rows("question_words.csv") if row["kind"] == kind)


@cache
def function_words() -> frozenset[str]:
    """Common English function words: a page's share of them says it is English, and two wordings
    of a question are compared without them."""
    return frozenset(row["word"] for row in read_rows("english_function_words.csv"))
