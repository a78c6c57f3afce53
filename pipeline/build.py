"""The build: raw folder -> documents -> pairs, mentions, claims -> validated tables -> output."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
from spacy.tokens import Doc

from pipeline.extract.nlp import default_nlp
from pipeline.extract.records import document_records
from pipeline.publish import card, figure
from pipeline.publish.checks import validate_tables
from pipeline.publish.datapackage import descriptor_bytes
from pipeline.publish.licences import withhold
from pipeline.publish.tables import concept_rows, mentioned_concepts, provider_treatment_rows, to_frame
from pipeline.publish.writer import check_out_dir, output_lock, publish, recover
from pipeline.sources import SOURCE_SUFFIXES, SOURCES_FILE, Document, SourceError, UnusableSource, read_bytes, read_document, read_provenance, source_paths, text_digest
from pipeline.sources.checks import file_errors
from pipeline.vocabulary import vocabulary

DOCUMENT_TABLES = ("documents", "qa_pairs", "entities", "claims")


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: nobody is watching."""


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    rows: dict[str, int]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    """The raw folder after every file in it was checked: what to build, and what was left out."""
    raw_dir: Path
    paths: list[Path]
    provenance: dict[str, dict]
    warnings: list[str] = field(default_factory=list)

    def documents(self) -> Iterator[Document]:
        """The documents, read one at a time: the corpus is meant to grow to many thousands."""
        for path in self.paths:
            yield read_document(path, self.raw_dir, self.provenance)


def _other_files(raw_dir: Path) -> list[Path]:
    """Files in the raw folder that are not sources (sources.csv and hidden files aside)."""
    return sorted(
        p for p in raw_dir.rglob("*")
        if p.is_file() and p.suffix.lower() not in SOURCE_SUFFIXES and p.relative_to(raw_dir).as_posix() != SOURCES_FILE
        and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    )


def _file_problem(path: Path, raw_dir: Path, row: dict | None, by_bytes: dict[str, str], by_text: dict[str, str]) -> tuple[str | None, tuple[str, ...]]:
    """Why validate would reject the file (an exact duplicate included: the same bytes, or the
    same text once read), or None, with what its reader warns about; a usable file's digests are
    remembered."""
    relative = path.relative_to(raw_dir).as_posix()
    errors, data = file_errors(path, raw_dir)
    if errors:
        return errors[0], ()
    try:
        document = read_bytes(data, relative, str(path), row)
    except UnusableSource as error:
        return error.reason, ()
    except SourceError as error:
        return str(error).removeprefix(f"{path}: "), ()
    data_sha, text_sha = hashlib.sha256(data).hexdigest(), text_digest(document.text)
    if data_sha in by_bytes:
        return f"an exact duplicate of {by_bytes[data_sha]}", ()
    if text_sha in by_text:
        return f"an exact duplicate of {by_text[text_sha]} once read (the same text)", ()
    by_bytes[data_sha], by_text[text_sha] = relative, relative
    return None, document.warnings


def scan_corpus(raw_dir: Path, skip_invalid: bool = False) -> Corpus:
    """Check every file of the raw folder before any extraction starts: a file that validate would
    reject stops the build, all of them named, unless skipped."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    corpus = Corpus(raw_dir, [], read_provenance(raw_dir))
    corpus.warnings += [f"skipped {path}: not a source document (sources are {', '.join('*' + s for s in SOURCE_SUFFIXES)})" for path in _other_files(raw_dir)]
    problems: list[str] = []
    by_bytes: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for path in source_paths(raw_dir):
        problem, warnings = _file_problem(path, raw_dir, corpus.provenance.get(path.relative_to(raw_dir).as_posix()), by_bytes, by_text)
        if problem:
            problems.append(f"{path}: {problem}")
            continue
        corpus.paths.append(path)
        corpus.warnings += [f"{path}: {warning}" for warning in warnings]
        if path.relative_to(raw_dir).as_posix() not in corpus.provenance:
            corpus.warnings.append(f"{path}: no row in {raw_dir / SOURCES_FILE}")
    if len(problems) == 1 and not skip_invalid:
        raise BuildError(f"{problems[0]} (fix or remove it, or build with --skip-invalid)")
    if problems and not skip_invalid:
        raise BuildError("\n".join([f"{len(problems)} files in {raw_dir} cannot be used (fix or remove them, or build with --skip-invalid):", *problems]))
    corpus.warnings += [f"skipped {problem}" for problem in problems]
    if not corpus.paths:
        raise BuildError(f"{raw_dir}: no source documents to build from ({', '.join('*' + s for s in SOURCE_SUFFIXES)})")
    return corpus


def parsed_corpus(raw_dir: Path) -> Iterator[Doc]:
    """The raw folder's documents as parsed spaCy docs, one at a time."""
    return default_nlp().pipe(doc.text for doc in scan_corpus(raw_dir, skip_invalid=True).documents())


def extract_tables(raw_dir: Path, *, skip_invalid: bool = False, progress: Progress = no_progress) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Every table of the dataset, from a stream of the raw folder's documents."""
    corpus = scan_corpus(raw_dir, skip_invalid)
    warnings = corpus.warnings
    rows: dict[str, list[dict]] = {name: [] for name in (*DOCUMENT_TABLES, "performs_evidence")}
    documents = ((doc.text, doc) for doc in corpus.documents())
    for done, (parsed, doc) in enumerate(default_nlp().pipe(documents, as_tuples=True), start=1):
        for name, records in document_records(doc, parsed).items():
            rows[name].extend(records)
        progress("extracting", done, len(corpus.paths))
    tables = {name: to_frame(name, rows[name]) for name in DOCUMENT_TABLES}
    tables["provider_treatments"] = to_frame("provider_treatments", provider_treatment_rows(rows["performs_evidence"]))
    tables["concepts"] = to_frame("concepts", concept_rows(vocabulary(), tables["entities"]))
    tables["treatments"] = mentioned_concepts("treatments", tables["concepts"], "TREATMENT")
    tables["providers"] = mentioned_concepts("providers", tables["concepts"], "PROVIDER")
    return tables, warnings


def describe(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """The files published beside the tables: descriptor, dataset card and figure."""
    return {
        "datapackage.json": descriptor_bytes(folder, tables["documents"]),
        "README.md": card.render(tables),
        **figure.render(tables["provider_treatments"], tables["concepts"]),
    }


def build(raw_dir: Path, out_dir: Path, *, skip_invalid: bool = False, progress: Progress = no_progress) -> BuildResult:
    """Rebuild every table from raw_dir and publish them to out_dir, or publish nothing.

    `progress(stage, done, total)` is told how far extracting, validating and publishing are."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    check_out_dir(out_dir, raw_dir)
    out_dir = out_dir.resolve()  # "." and "output/" name the same folder, with a parent to stage in
    with output_lock(out_dir):  # held from the start, so a second build is refused at once
        recover(out_dir)
        tables, warnings = extract_tables(raw_dir, skip_invalid=skip_invalid, progress=progress)
        validate_tables(tables, progress)
        published = withhold(tables)
        validate_tables(published)  # proves no withheld text reached a table
        publish(published, lambda folder: describe(folder, published), out_dir, progress)
    return BuildResult({name: len(frame) for name, frame in tables.items()}, warnings)
