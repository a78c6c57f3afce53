"""Validating new source documents before they join the corpus, with a curation report:
what each file would add to the dataset and which of its terms the vocabulary lacks.

Errors make a file unusable (the build refuses it too); warnings are for the curator to judge.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.build import document_records
from pipeline.extract.candidates import candidate_terms
from pipeline.sources.checks import DEFAULT_MAX_BYTES, file_errors
from pipeline.extract.nlp import default_nlp
from pipeline.rules import read_rows
from pipeline.sources import Document, SourceError, UnusableSource, inside, read_bytes, read_provenance, source_paths, text_digest

NEAR_DUPLICATE_SIMILARITY = 0.8
SHINGLE_WORDS = 5
MIN_WORDS_FOR_LANGUAGE = 30
MIN_ENGLISH_SHARE = 0.08


@dataclass(frozen=True)
class Finding:
    path: str
    level: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.level}: {self.message}"


@dataclass
class FileReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    summary: dict | None = None  # what the file would add, for usable files

    @property
    def usable(self) -> bool:
        return not any(f.level == "error" for f in self.findings)


def shingles(text: str) -> set[int]:
    """The text's 5-word phrases, hashed: near-duplicates share most of them. Python's string hash
    differs between processes, so compare only shingles made in one process."""
    words = re.findall(r"\w+", text.lower())
    return {hash(" ".join(words[i:i + SHINGLE_WORDS])) for i in range(max(len(words) - SHINGLE_WORDS + 1, 1))}


@dataclass
class CorpusIndex:
    """What validate compares a new file with: the raw folder's documents."""
    by_sha: dict[str, str] = field(default_factory=dict)
    by_text: dict[str, str] = field(default_factory=dict)  # SHA-256 of the text once read
    shingles: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, raw_dir: Path) -> CorpusIndex:
        index = cls()
        for path in source_paths(raw_dir) if raw_dir.is_dir() else []:
            data = path.read_bytes()
            relative = path.relative_to(raw_dir).as_posix()
            index.by_sha.setdefault(hashlib.sha256(data).hexdigest(), relative)
            try:
                text = read_bytes(data, relative, relative).text
            except SourceError:  # an unreadable raw file is the build's problem, not this file's
                continue
            index.by_text.setdefault(text_digest(text), relative)
            index.shingles[relative] = shingles(text)
        return index


def english_share(text: str) -> float | None:
    """The share of the text's words that are common English function words; None below 30 words."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    common = _function_words()
    return sum(word in common for word in words) / len(words)


@cache
def _function_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_rows("english_function_words.csv"))


def _warnings(relative: str, text: str, raw_dir: Path, index: CorpusIndex, provenance: dict, pairs: list) -> list[str]:
    warnings = []
    if not pairs:
        warnings.append("no question/answer structure found")
    empty = [p["question"] for p in pairs if p["answer_missing"]]
    if empty:
        warnings.append(f"{len(empty)} question(s) with an empty answer: {empty[0]!r}" + (" ..." if len(empty) > 1 else ""))
    if relative not in provenance:
        warnings.append(f"no row in {raw_dir / 'sources.csv'}")
    share = english_share(text)
    if share is not None and share < MIN_ENGLISH_SHARE:
        warnings.append(f"probably not English ({share:.0%} common English words)")
    mine = shingles(text)
    for other, theirs in index.shingles.items():
        if other == relative or not theirs:
            continue
        similarity = len(mine & theirs) / len(mine | theirs)
        if similarity >= NEAR_DUPLICATE_SIMILARITY:
            warnings.append(f"near-duplicate of {other} ({similarity:.0%} of 5-word phrases shared)")
    return warnings


def _summary(doc: Document, records: dict[str, list[dict]], gaps: list[dict]) -> dict:
    return {
        "format": doc.format,
        "pairs": len(records["qa_pairs"]),
        "found_by": dict(sorted(Counter(r["found_by"] for r in records["qa_pairs"]).items())),
        "license": doc.license, "license_from": doc.origins.get("license"), "license_hints": doc.license_hints,
        "mentions": dict(sorted(Counter(r["label"] for r in records["entities"]).items())),
        "claims": len(records["claims"]),
        "vocabulary_gaps": [g["term"] for g in gaps],
        "adds_rows": {name: len(rows) for name, rows in records.items() if name != "performs_evidence"},
    }


def check_files(paths: list[Path], raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[FileReport]:
    """One report per file: its errors and warnings, and for a usable file what it would add."""
    index = CorpusIndex.of(raw_dir)
    try:
        provenance, provenance_problem = read_provenance(raw_dir), None
    except SourceError as error:
        provenance, provenance_problem = {}, f"{raw_dir / 'sources.csv'} cannot be read: {str(error).splitlines()[0]}"
    reports = []
    for path in paths:
        report = FileReport(str(path))
        errors, data = file_errors(path, raw_dir, max_bytes)
        report.findings += [Finding(str(path), "error", message) for message in errors]
        if data is not None and not errors:
            sha = hashlib.sha256(data).hexdigest()
            relative = path.resolve().relative_to(raw_dir.resolve()).as_posix() if inside(path, raw_dir) else path.name
            try:
                doc = read_bytes(data, relative, str(path), provenance.get(relative))
            except UnusableSource as error:
                report.findings.append(Finding(str(path), "error", error.reason))
                reports.append(report)
                continue
            duplicate = index.by_sha.get(sha) or index.by_text.get(text_digest(doc.text))
            if duplicate and duplicate != relative:
                report.findings.append(Finding(str(path), "error", f"an exact duplicate of {duplicate} already in {raw_dir}"))
            else:
                parsed = default_nlp()(doc.text)
                records = document_records(doc, parsed)
                warnings = list(doc.warnings) + _warnings(relative, doc.text, raw_dir, index, provenance, records["qa_pairs"])
                warnings += [provenance_problem] if provenance_problem else []
                report.findings += [Finding(str(path), "warning", message) for message in warnings]
                report.summary = _summary(doc, records, candidate_terms([parsed]))
        reports.append(report)
    return reports
