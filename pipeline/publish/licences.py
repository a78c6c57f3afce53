"""Publishing by licence: each document's licence decides whether its verbatim text is published.

A document under an open licence (pipeline/data/licences.csv: CC BY, CC BY-SA, CC0, public
domain, in their common spellings and addresses) publishes its text. Any other document, of
unknown or restrictive licence, publishes its annotations, offsets, hashes, questions and address
but not the columns its schema marks verbatim (documents.text, qa_pairs.answer, claims.text), as
MedQuAD did for its copyrighted subsets; `python -m pipeline rehydrate` (pipeline/rehydrate.py)
puts it back from a user's own copies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from pipeline.rules import read_rows
from schemas import TABLES

_URL_START = re.compile(r"^(?:https?://)?(?:www\.)?")
_URL_PAGE = re.compile(r"/(?:legalcode|deed)(?:\.[a-z-]+)?/?$")
_SEPARATORS = re.compile(r"[\s_-]+")


@dataclass(frozen=True)
class LicenceTerms:
    name: str  # the licence family recognised, or "unknown"
    open: bool


@cache
def _patterns() -> tuple[tuple[re.Pattern, LicenceTerms], ...]:
    return tuple(
        (re.compile(row["pattern"]), LicenceTerms(row["name"], row["open"] == "yes"))
        for row in read_rows("licences.csv")
    )


def normalise(licence: str) -> str:
    """Lower case, no scheme or www, no legal-code page, runs of spaces, '_' and '-' as one '-'."""
    text = _URL_PAGE.sub("", _URL_START.sub("", licence.strip().lower())).rstrip("/")
    return _SEPARATORS.sub("-", text)


def licence_terms(licence: str | None) -> LicenceTerms:
    """What a documents.license value allows; an empty or unrecognised one allows nothing."""
    if not isinstance(licence, str) or not licence.strip():
        return LicenceTerms("unknown", False)
    key = normalise(licence)
    return next((terms for pattern, terms in _patterns() if pattern.fullmatch(key)), LicenceTerms("unknown", False))


def withhold(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables as published: the verbatim columns of every document that is not open emptied."""
    documents = tables["documents"]
    closed = {doc for doc, licence in zip(documents.doc_id, documents.license) if not licence_terms(licence).open}
    published = dict(tables)
    for name, table in TABLES.items():
        if table.verbatim and name in tables:
            frame = tables[name].copy()
            rows = frame.doc_id.isin(closed)
            frame["text_withheld"] = rows
            for column in table.verbatim:
                frame.loc[rows, column] = ""
            published[name] = frame
    return published
