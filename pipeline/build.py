"""The build: raw folder -> documents -> pairs, mentions, claims -> validated tables -> output."""

from __future__ import annotations

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
from pipeline.publish.tables import concept_rows, mentioned_concepts, provider_treatment_rows, to_frame
from pipeline.publish.writer import output_lock, publish, recover
from pipeline.sources import Document, UnusableSource, read_document, read_provenance, source_paths
from pipeline.sources.checks import file_errors
from pipeline.vocabulary import vocabulary

DOCUMENT_TABLES = ("documents", "qa_pairs", "entities", "claims")


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    rows: dict[str, int]
    warnings: list[str] = field(default_factory=list)


def _readable_documents(raw_dir: Path, skip_invalid: bool, warnings: list[str]) -> Iterator[Document]:
    """The raw folder's documents; one that validate would reject stops the build (or is skipped)."""
    provenance = read_provenance(raw_dir)
    seen: dict[str, str] = {}
    for path in source_paths(raw_dir):
        errors, _ = file_errors(path, raw_dir)
        doc = None
        if not errors:
            try:
                doc = read_document(path, raw_dir, provenance)
            except UnusableSource as error:
                errors = [error.reason]
        if doc is not None and doc.sha256 in seen:
            errors = [f"an exact duplicate of {seen[doc.sha256]}"]
        if errors:
            if not skip_invalid:
                raise BuildError(f"{path}: {errors[0]} (use --skip-invalid to build without it)")
            warnings.append(f"skipped {path}: {errors[0]}")
            continue
        seen[doc.sha256] = doc.path
        if doc.path not in provenance:
            warnings.append(f"{path}: no row in {raw_dir / 'sources.csv'}")
        warnings += [f"{path}: {warning}" for warning in doc.warnings]
        yield doc


def parsed_corpus(raw_dir: Path) -> Iterator[Doc]:
    """The raw folder's documents as parsed spaCy docs, one at a time."""
    documents = _readable_documents(raw_dir, skip_invalid=True, warnings=[])
    return default_nlp().pipe(doc.text for doc in documents)


def extract_tables(
    raw_dir: Path, *, skip_invalid: bool = False, on_document: Callable[[str], None] | None = None,
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Every table of the dataset, from a stream of the raw folder's documents."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    warnings: list[str] = []
    rows: dict[str, list[dict]] = {name: [] for name in (*DOCUMENT_TABLES, "performs_evidence")}
    documents = ((doc.text, doc) for doc in _readable_documents(raw_dir, skip_invalid, warnings))
    for parsed, doc in default_nlp().pipe(documents, as_tuples=True):
        for name, records in document_records(doc, parsed).items():
            rows[name].extend(records)
        if on_document:
            on_document(doc.path)
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


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    skip_invalid: bool = False,
    on_document: Callable[[str], None] | None = None,
) -> BuildResult:
    """Rebuild every table from raw_dir and publish them to out_dir, or publish nothing."""
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir}: exists and is not a folder; choose another --out")
    with output_lock(out_dir):  # held from the start, so a second build is refused at once
        recover(out_dir)
        tables, warnings = extract_tables(raw_dir, skip_invalid=skip_invalid, on_document=on_document)
        validate_tables(tables)
        publish(tables, lambda folder: describe(folder, tables), out_dir)
    return BuildResult({name: len(frame) for name, frame in tables.items()}, warnings)
