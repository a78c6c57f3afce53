"""Validating new source documents before they join the corpus, with a curation report:
what each file would add to the dataset and which of its terms the vocabulary lacks.

Errors make a file unusable (the build refuses it too); warnings are for the curator to judge.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy
import pyarrow as pa

from pipeline.extract.records import document_records
from pipeline.engines.cache import Cache, CacheError, read_ipc, to_ipc, write_atomic
from pipeline.extract.candidates import candidate_terms
from pipeline.defaults import DEFAULT_MAX_BYTES
from pipeline.sources.checks import file_errors
from pipeline.extract.nlp import default_nlp
from pipeline.rules import function_words
from pipeline.sources import Document, SourceError, UnusableSource, inside, read_bytes, read_provenance, source_files, text_digest

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


def shingles(text: str) -> numpy.ndarray:
    """The distinct 5-word phrases of a text as 64-bit hashes, stable across processes (the index
    outlives one): each word's hash once, then a phrase's from its words' (uint64 arithmetic wraps)."""
    words = numpy.array([_word_hash(word) for word in re.findall(r"\w+", text.lower())] or [0], dtype=numpy.uint64)
    count = max(len(words) - SHINGLE_WORDS + 1, 1)
    phrases = numpy.zeros(count, dtype=numpy.uint64)
    for i in range(min(SHINGLE_WORDS, len(words))):
        phrases = phrases * numpy.uint64(PHRASE_MULTIPLIER) + words[i:i + count]
    return numpy.unique(phrases)


PHRASE_MULTIPLIER = 0x100000001B3  # the 64-bit FNV prime: mixes the words' hashes in order


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


INDEX_SCHEMA = pa.schema([
    ("path", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()), ("sha256", pa.string()),
    ("text_sha256", pa.string()), ("shingles", pa.list_(pa.uint64())),
])


@dataclass
class CorpusIndex:
    """What validate compares a new file with: every raw document's SHA-256, the SHA-256 of its text
    once read, and its 5-word phrases. Kept in the cache (one file per raw folder, per code
    generation) and brought up to date by reading only the files whose size or time changed."""
    table: pa.Table  # INDEX_SCHEMA, one row per source document in path order

    @classmethod
    def of(cls, raw_dir: Path, cache: Cache | None = None) -> CorpusIndex:
        stored = cache.path("corpora", hashlib.sha256(str(raw_dir.resolve()).encode()).hexdigest(), ".arrow") if cache else None
        try:
            known = read_ipc(stored.read_bytes()) if stored is not None and stored.is_file() else INDEX_SCHEMA.empty_table()
        except (OSError, pa.ArrowException):
            known = INDEX_SCHEMA.empty_table()
        rows = {path: i for i, path in enumerate(known.column("path").to_pylist())}
        stamps = list(zip(known.column("size").to_pylist(), known.column("mtime_ns").to_pylist()))
        kept, fresh = [], []
        for relative, full in source_files(raw_dir) if raw_dir.is_dir() else []:
            status = os.stat(full)
            i = rows.get(relative)
            if i is not None and stamps[i] == (status.st_size, status.st_mtime_ns):
                kept.append(i)
            else:
                fresh.append(pa.Table.from_pylist([_index_row(Path(full), relative, status)], schema=INDEX_SCHEMA))
        if len(kept) == known.num_rows and not fresh:
            return cls(known)
        import pyarrow.compute as pc  # a tenth of validate's start-up, needed only when files changed

        table = pa.concat_tables([known.take(pa.array(kept, pa.int64())), *fresh]).combine_chunks()
        table = table.take(pc.sort_indices(table, [("path", "ascending")]))
        if stored is not None:
            write_atomic(stored, to_ipc(table))
        return cls(table)

    def first(self, column: str, value: str) -> str | None:
        """The first document (in path order) whose column holds value. (Python's list.index: the
        first pc.index of a process costs a command's start-up 0.15 s.)"""
        try:
            return self.table.column("path")[self.table.column(column).to_pylist().index(value)].as_py()
        except ValueError:
            return None

    def similar(self, mine: numpy.ndarray, at_least: float) -> list[tuple[str, float]]:
        """(path, share of 5-word phrases shared) of every indexed document sharing at least
        `at_least` of them. Sharing that much needs lengths within that ratio of each other, so
        only those documents are compared (all at once)."""
        phrases = self.table.column("shingles").combine_chunks()
        offsets, values = _as_numpy(phrases.offsets, numpy.int32), _as_numpy(phrases.values, numpy.uint64)
        lengths = numpy.diff(offsets)
        if phrases.null_count:  # unreadable documents
            lengths[numpy.array(phrases.is_null().to_pylist())] = 0
        comparable = numpy.flatnonzero((lengths > 0) & (lengths >= at_least * len(mine)) & (lengths * at_least <= len(mine)))
        lengths = lengths[comparable]
        theirs = numpy.concatenate([values[offsets[row]:offsets[row + 1]] for row in comparable] or [values[:0]])
        shared = mine[numpy.searchsorted(mine, theirs).clip(0, len(mine) - 1)] == theirs  # mine is sorted
        common = numpy.bincount(numpy.repeat(numpy.arange(len(lengths)), lengths), weights=shared, minlength=len(lengths))
        similarity = common / (lengths + len(mine) - common)
        paths = self.table.column("path")
        return [(paths[int(row)].as_py(), float(share)) for row, share in zip(comparable, similarity) if share >= at_least]


def _as_numpy(array: pa.Array, dtype) -> numpy.ndarray:
    """A fixed-width Arrow array without nulls as a numpy view. (Arrow's own to_numpy imports
    pandas, a fifth of validate's start-up.)"""
    return numpy.frombuffer(array.buffers()[1], dtype=dtype, count=len(array), offset=array.offset * numpy.dtype(dtype).itemsize)


def _index_row(path: Path, relative: str, status) -> dict:
    data = path.read_bytes()
    try:
        text = read_bytes(data, relative, relative).text
    except SourceError:
        text = None
    return {
        "path": relative, "size": status.st_size, "mtime_ns": status.st_mtime_ns, "sha256": hashlib.sha256(data).hexdigest(),
        "text_sha256": text_digest(text) if text is not None else None, "shingles": shingles(text).tolist() if text is not None else None,
    }


def english_share(text: str) -> float | None:
    """The share of the text's words that are common English function words; None below 30 words."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    common = function_words()
    return sum(word in common for word in words) / len(words)


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
    for other, similarity in index.similar(shingles(text), NEAR_DUPLICATE_SIMILARITY):
        if other != relative:
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


def check_files(paths: list[Path], raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache_dir: Path | None = None) -> list[FileReport]:
    """One report per file: its errors and warnings, and for a usable file what it would add.

    The raw folder's index is kept in the cache folder (by default the project's); a folder that
    is not a cache is left alone, and the raw folder is then read whole."""
    try:
        store = Cache.open(cache_dir)
    except CacheError:
        store = None
    index = CorpusIndex.of(raw_dir, store)
    try:
        provenance, provenance_problem = read_provenance(raw_dir, store), None
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
            duplicate = index.first("sha256", sha) or index.first("text_sha256", text_digest(doc.text))
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
