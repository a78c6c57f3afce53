"""The build: raw folder -> documents -> pairs, mentions, claims -> validated tables -> output."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.publish import output_lock, publish, recover
from pipeline.questions import find_pairs
from pipeline.sources import Document, SourceError, read_document, read_provenance, source_paths
from pipeline.table_checks import validate_tables
from pipeline.tables import qa_ids, to_frame


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    rows: dict[str, int]
    warnings: list[str] = field(default_factory=list)


def document_records(doc: Document) -> dict[str, list[dict]]:
    """Every row one document contributes, table by table."""
    pairs = find_pairs(doc.text)
    ids = qa_ids(doc.doc_id, [p.question for p in pairs])
    qa_rows = [
        {
            "qa_id": qa_id, "doc_id": doc.doc_id, "position": position,
            "question": p.question, "question_start": p.question_start, "question_end": p.question_end,
            "answer": p.answer, "answer_start": p.answer_start, "answer_end": p.answer_end,
            "answer_missing": p.answer_missing, "question_type": None, "answer_polarity": None,
        }
        for position, (qa_id, p) in enumerate(zip(ids, pairs), start=1)
    ]
    document_row = {
        "doc_id": doc.doc_id, "path": doc.path, "source_url": doc.source_url, "title": doc.title,
        "retrieved": doc.retrieved, "license": doc.license, "sha256": doc.sha256, "text": doc.text,
    }
    return {"documents": [document_row], "qa_pairs": qa_rows}


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    skip_invalid: bool = False,
    on_document: Callable[[str], None] | None = None,
) -> BuildResult:
    """Rebuild every table from raw_dir and publish them to out_dir, or publish nothing."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    provenance = read_provenance(raw_dir)
    rows: dict[str, list[dict]] = {}
    warnings: list[str] = []
    for path in source_paths(raw_dir):
        try:
            doc = read_document(path, raw_dir, provenance)
        except SourceError as error:
            if not skip_invalid:
                raise BuildError(f"{error} (use --skip-invalid to build without it)") from None
            warnings.append(f"skipped {error}")
            continue
        if doc.path not in provenance:
            warnings.append(f"{path}: no row in {raw_dir / 'sources.csv'}")
        for name, records in document_records(doc).items():
            rows.setdefault(name, []).extend(records)
        if on_document:
            on_document(doc.path)
    tables = {name: to_frame(name, rows.get(name, [])) for name in ("documents", "qa_pairs")}
    validate_tables(tables)
    with output_lock(out_dir):
        recover(out_dir)
        publish(tables, {}, out_dir)
    return BuildResult({name: len(frame) for name, frame in tables.items()}, warnings)
