"""The Document every reader returns: the text all offsets index into, with its provenance and,
for structured sources, the question/answer spans their markup gives."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

PROVENANCE_FIELDS = ("source_url", "title", "retrieved", "license", "attribution")  # raw/sources.csv wins; the file fills gaps
PAGE_FIELDS = ("published", "modified")  # only the page states these


class SourceError(Exception):
    """A source document or the provenance file cannot be used; the message names the file."""


class UnusableSource(SourceError):
    """A file that reads, but is not a usable source document (a web page without main content,
    a login wall); `reason` says why without naming the file."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class StructuredPair:
    """A question and its answer located in the text by the source's markup, not by layout."""
    question_start: int
    question_end: int
    answer_start: int
    answer_end: int
    found_by: str  # jsonld | microdata | medquad
    source_question_type: str | None = None
    asked_otherwise: str = ""  # the markup's wording of a question the page asks otherwise (its answer shown): no question span
    excerpt: bool = False  # the markup's answer is found by its first and last words only, the page showing more between them: a summary


@dataclass(frozen=True)
class Mark:
    """A line of the text whose markup says what it is: a heading (level 1-6), a FAQ widget's
    question (accordion title, summary, dt), a paragraph set wholly in bold or a table's column
    name ("column"); or, kind "item", the lines of one FAQ widget's entry (its question and its
    answer), which the answer does not outrun; or a table, one of its rows or one of its cells."""
    start: int
    end: int
    kind: str  # heading | question | bold | column | item | table | row | cell
    level: int = 0


@dataclass(frozen=True)
class Reading:
    """What a reader makes of a file's bytes, before sources.csv is consulted."""
    text: str
    format: str  # text | markdown | html | medquad
    metadata: dict[str, str] = field(default_factory=dict)  # values the file states about itself
    origins: dict[str, str] = field(default_factory=dict)  # where each metadata value came from
    structured_pairs: tuple[StructuredPair, ...] = ()
    marks: tuple[Mark, ...] = ()
    layout: bool = True  # False when the structure gives every pair (the layout finder is not run)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    text: str
    sha256: str
    source_url: str | None = None
    title: str | None = None
    retrieved: str | None = None
    license: str | None = None
    attribution: str | None = None
    published: str | None = None
    modified: str | None = None
    license_hints: str | None = None  # '|'-separated "where: licence" statements found on the page
    format: str = "text"
    origins: dict[str, str] = field(default_factory=dict)  # field -> "sources.csv" or where the page said it
    structured_pairs: tuple[StructuredPair, ...] = ()
    marks: tuple[Mark, ...] = ()
    layout: bool = True
    warnings: tuple[str, ...] = ()


def text_digest(text: str) -> str:
    """SHA-256 of a text once read: two files whose texts match are exact duplicates whatever their bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_id_for(relative_path: str) -> str:
    """A document is identified by its place in the corpus, so re-fetched text keeps its id."""
    return "doc-" + hashlib.sha256(relative_path.encode("utf-8")).hexdigest()[:16]
