"""Reading source documents: the raw folder and its provenance file.

Offsets everywhere in the dataset refer to the text this module returns, so it must be
deterministic: UTF-8 (an optional BOM is dropped), line endings normalised to "\\n".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd
import pandera.pandas as pa

from schemas.sources import Sources

SOURCE_SUFFIXES = (".txt", ".md")
SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("path", "source_url", "title", "retrieved", "license")


class SourceError(Exception):
    """A source document or the provenance file cannot be used; the message names the file."""


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


def doc_id_for(relative_path: str) -> str:
    """A document is identified by its place in the corpus, so re-fetched text keeps its id."""
    return "doc-" + hashlib.sha256(relative_path.encode("utf-8")).hexdigest()[:16]


def decode_text(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{name}: not UTF-8 (invalid byte 0x{data[error.start]:02x} at byte {error.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def source_paths(raw_dir: Path) -> list[Path]:
    """Every source document below raw_dir, in a stable order (by relative POSIX path)."""
    paths = [
        p for p in raw_dir.rglob("*")
        if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    ]
    return sorted(paths, key=lambda p: p.relative_to(raw_dir).as_posix())


def inside(path: Path, folder: Path) -> bool:
    """True when path, links resolved, lies inside folder."""
    return path.resolve().is_relative_to(folder.resolve())


def _provenance_problems(sources: Path, frame: pd.DataFrame, raw_dir: Path) -> list[str]:
    problems = []
    try:
        Sources.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        for case in error.failure_cases.itertuples():
            where = f"{sources}:{int(case.index) + 2}" if pd.notna(case.index) else str(sources)
            column = f" {case.column}" if isinstance(case.column, str) else ""
            problems.append((int(case.index) if pd.notna(case.index) else -1, f"{where}:{column}: {case.check} ({case.failure_case!r})"))
    for index, path in frame["path"].items():
        if not isinstance(path, str) or ".." in Path(path).parts or Path(path).is_absolute():
            continue
        target = raw_dir / path
        if not target.exists():
            problems.append((index, f"{sources}:{index + 2}: path: names no file in {raw_dir} ({path!r})"))
        elif not inside(target, raw_dir):
            problems.append((index, f"{sources}:{index + 2}: path: a link that leaves {raw_dir} ({path!r})"))
    return [message for _, message in sorted(set(problems))]


def read_provenance(raw_dir: Path) -> dict[str, dict[str, str | None]]:
    """Rows of raw/sources.csv keyed by path, after checking them all; unknown values become None."""
    sources = raw_dir / SOURCES_FILE
    if not sources.exists():
        return {}
    try:
        frame = pd.read_csv(sources, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise SourceError(f"{sources}: not a readable CSV file ({str(error).splitlines()[0]})") from None
    missing = [c for c in SOURCES_COLUMNS if c not in frame.columns]
    if missing:
        raise SourceError(f"{sources}:1: missing column(s) {', '.join(missing)}")
    frame = frame.apply(lambda column: column.str.strip()).replace("", None)
    problems = _provenance_problems(sources, frame, raw_dir)
    if problems:
        raise SourceError("\n".join(problems))
    return {
        row["path"]: {c: row[c] if isinstance(row[c], str) else None for c in SOURCES_COLUMNS}
        for row in frame.to_dict("records")
    }


def read_document(path: Path, raw_dir: Path, provenance: dict | None = None) -> Document:
    relative = path.relative_to(raw_dir).as_posix()
    data = path.read_bytes()
    row = (provenance or {}).get(relative, {})
    return Document(
        doc_id=doc_id_for(relative),
        path=relative,
        text=decode_text(data, str(path)),
        sha256=hashlib.sha256(data).hexdigest(),
        source_url=row.get("source_url"),
        title=row.get("title"),
        retrieved=row.get("retrieved"),
        license=row.get("license"),
    )


def read_documents(raw_dir: Path) -> Iterator[Document]:
    """Stream the corpus one document at a time: it is meant to grow to many thousands of pages."""
    provenance = read_provenance(raw_dir)
    for path in source_paths(raw_dir):
        yield read_document(path, raw_dir, provenance)
