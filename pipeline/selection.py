"""Choosing MedQuAD's documents within the dataset's scope: `python -m pipeline select`, `make corpus`.

The archive is read as a stream, one document at a time. Each document with at least one answer
is scored with pipeline.extract.scope.relevance (documents without answers, whose answers MedQuAD
removed, have only their questions to weigh and are left out). Exact duplicates (the same text once
read: four NIDDK documents differ only in their id and address) are scored once and selected once,
under the first path in sorted order. The selection is copied byte for byte into the raw folder's
medquad/ subfolder, each file with a row in sources.csv (CC-BY-4.0, attribution to MedQuAD and the
NIH site). That subfolder and those rows belong to this command: a rerun rewrites them whole and
leaves every other file and row as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterator

from pipeline.defaults import SELECTION_THRESHOLD
from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import default_nlp
from pipeline.extract.scope import relevance
from pipeline.rules import read_rows
from pipeline.sources import SourceError, text_digest
from pipeline.sources.medquad import archive_documents, parse, render
from pipeline.sources.provenance import update_sources

MEDQUAD_FOLDER = "medquad"
LICENCE = "CC-BY-4.0"
CITATION = "MedQuAD (Ben Abacha and Demner-Fushman, BMC Bioinformatics 20:511, 2019), CC BY 4.0"


@dataclass(frozen=True)
class Selected:
    path: str  # relative to the raw folder
    source: str  # MedQuAD's collection (NINDS, MPlusHealthTopics, ...)
    title: str
    url: str
    relevance: float
    data: bytes = field(repr=False)


@dataclass
class Selection:
    selected: list[Selected]
    scored: int  # answered documents scored (each text once)
    unanswered: int  # documents without any answer, left out
    duplicates: list[tuple[str, str]]  # (archive member, the member with the same text kept)


@cache
def _publishers() -> dict[str, tuple[str, str]]:
    return {row["source"]: (row["publisher"], row["site"]) for row in read_rows("medquad_sources.csv")}


def attribution(source: str) -> str:
    """The credit CC BY asks for: MedQuAD, and the NIH site that wrote the text."""
    publisher, site = _publishers().get(source, (source, ""))
    return f"{CITATION}; text by {publisher}" + (f" ({site})" if site else "")


@dataclass
class _Seen:
    """What the stream has passed: the member that came first with each text, the later copies."""
    first: dict[str, str] = field(default_factory=dict)  # text SHA-256 -> member
    copies: dict[str, dict[str, bytes]] = field(default_factory=dict)  # text SHA-256 -> member -> bytes
    unanswered: int = 0


def _answered(archive: Path, seen: _Seen) -> Iterator[tuple[str, tuple]]:
    """(text, context) of each answered document whose text has not come before."""
    for member, data in archive_documents(archive):
        document = parse(data, f"{archive}:{member}")
        if not any(pair.paragraphs for pair in document.pairs):
            seen.unanswered += 1
            continue
        rendered = render(document)
        digest = text_digest(rendered.text)
        if digest in seen.first:
            seen.copies.setdefault(digest, {})[member] = data
            continue
        seen.first[digest] = member
        yield rendered.text, (member, data, digest, document, rendered)


def _selected(member: str, data: bytes, score: float) -> Selected:
    document = parse(data, member)
    return Selected(f"{MEDQUAD_FOLDER}/{member}", document.source, document.focus, document.url, score, data)


def score_archive(archive: Path, threshold: float = SELECTION_THRESHOLD) -> Selection:
    """The archive's documents at or above the threshold, each text once under its first path."""
    seen = _Seen()
    chosen: dict[str, Selected] = {}  # text SHA-256 -> selected document
    scored = 0
    for parsed, (member, data, digest, document, rendered) in default_nlp().pipe(_answered(archive, seen), as_tuples=True):
        scored += 1
        answers = [answer for _, answer in rendered.spans if answer[0] < answer[1]]
        score = relevance(document.focus, rendered.text, find_mentions(parsed), answers)
        if score >= threshold:
            chosen[digest] = _selected(member, data, score)
    duplicates = []
    for digest, later in seen.copies.items():
        members = sorted([seen.first[digest], *later])
        duplicates += [(member, members[0]) for member in members[1:]]
        if digest in chosen and members[0] in later:  # a copy that came later sorts first
            chosen[digest] = _selected(members[0], later[members[0]], chosen[digest].relevance)
    return Selection(sorted(chosen.values(), key=lambda s: s.path), scored, seen.unanswered, sorted(duplicates))


def _write_sources(raw_dir: Path, selected: list[Selected]) -> None:
    """sources.csv with this command's rows replaced and every other row kept."""
    update_sources(raw_dir, [
        {"path": s.path, "source_url": s.url, "title": s.title, "retrieved": "", "license": LICENCE, "attribution": attribution(s.source)}
        for s in selected
    ], replaces=lambda row: (row.get("path") or "").startswith(f"{MEDQUAD_FOLDER}/"))


def _write_selection(raw_dir: Path, selected: list[Selected]) -> None:
    """Copy the selection into raw_dir/medquad/, drop the XML files no longer selected, update sources.csv."""
    folder = raw_dir / MEDQUAD_FOLDER
    keep = {s.path for s in selected}
    for old in sorted(folder.rglob("*.xml")) if folder.is_dir() else []:
        if old.relative_to(raw_dir).as_posix() not in keep:
            old.unlink()
    for s in selected:
        target = raw_dir / s.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != s.data:
            target.write_bytes(s.data)
    for empty in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True) if folder.is_dir() else []:
        if not any(empty.iterdir()):
            empty.rmdir()
    _write_sources(raw_dir, selected)


def select_medquad(archive: Path, raw_dir: Path, threshold: float = SELECTION_THRESHOLD) -> Selection:
    """Score the archive and write the selection into the raw folder (see the module docstring)."""
    if not raw_dir.is_dir():  # before minutes of scoring
        raise SourceError(f"{raw_dir}: raw folder not found")
    selection = score_archive(archive, threshold)
    _write_selection(raw_dir, selection.selected)
    return selection
