"""Reading source documents: the raw folder, its provenance file, and one reader per format.

Offsets everywhere in the dataset refer to the text a reader returns, so every reader must be
deterministic. A reader turns bytes into a Reading; `read_document` adds the identity and the
provenance, where raw/sources.csv wins over what the file says about itself.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable

from pipeline.sources.document import PAGE_FIELDS, PROVENANCE_FIELDS, Document, Reading, SourceError, UnusableSource, doc_id_for, text_digest
from pipeline.sources.html import read_html
from pipeline.sources.medquad import read_medquad
from pipeline.sources.provenance import SOURCES_FILE, inside, read_provenance
from pipeline.sources.text import decode_text, read_markdown, read_text

__all__ = [
    "Document", "SourceError", "SOURCES_FILE", "UnusableSource", "decode_text", "doc_id_for", "inside", "read_bytes",
    "raw_files", "read_document", "read_provenance", "source_files", "text_digest",
]

READERS: dict[str, Callable[..., Reading]] = {
    ".txt": read_text, ".md": read_markdown, ".html": read_html, ".htm": read_html, ".xml": read_medquad,
}
SOURCE_SUFFIXES = tuple(READERS)
HTML_SUFFIXES = (".html", ".htm")


def _walk(raw_dir: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(relative POSIX path, full path) of the source documents, sorted, and the other files' full
    paths, in one walk on strings (a Path per entry costs more than the walk); what a folder entry
    is comes with the listing, so most entries cost no system call."""
    sources, others = [], []
    pending = [(os.fspath(raw_dir), "")]
    while pending:
        folder, prefix = pending.pop()
        hidden_folder = any(part.startswith(".") for part in prefix.split("/"))
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # as os.walk: a folder that cannot be listed holds nothing
        for entry in entries:
            name = entry.name
            if entry.is_dir():
                if not entry.is_symlink():  # links to folders are not followed
                    pending.append((entry.path, prefix + name + "/"))
                continue
            if name.startswith(".") or not entry.is_file():
                continue
            if os.path.splitext(name)[1].lower() in SOURCE_SUFFIXES:
                sources.append((prefix + name, entry.path))
            elif not hidden_folder and prefix + name != SOURCES_FILE:
                others.append(entry.path)
    return sorted(sources), others


def raw_files(raw_dir: Path) -> tuple[list[Path], list[Path]]:
    """The source documents below raw_dir, in a stable order (by relative POSIX path), and the
    other files (sources.csv, hidden files and hidden folders aside), in one walk; links to folders
    are not followed."""
    sources, others = _walk(raw_dir)
    return [Path(full) for _, full in sources], sorted(Path(full) for full in others)


def source_files(raw_dir: Path) -> list[tuple[str, str]]:
    """(relative POSIX path, full path) of every source document below raw_dir, in that order."""
    return _walk(raw_dir)[0]


def read_bytes(data: bytes, relative: str, name: str, row: dict | None = None) -> Document:
    """A document from a file's bytes: its reader's text and structure, its provenance row.

    A value in the row wins over what the file says about itself; the page fills the gaps. A web
    page's row may name the charset its server sent (recorded by `add`).
    """
    row = row or {}
    reader = READERS[Path(relative).suffix.lower()]
    reading = reader(data, name, charset=row["charset"]) if row.get("charset") else reader(data, name)
    provenance, origins = {}, {}
    for key in PROVENANCE_FIELDS + PAGE_FIELDS:
        if key in PROVENANCE_FIELDS and row.get(key):
            provenance[key], origins[key] = row[key], "sources.csv"
        elif reading.metadata.get(key):
            provenance[key], origins[key] = reading.metadata[key], reading.origins.get(key, reading.format)
    return Document(
        doc_id=doc_id_for(relative), path=relative, text=reading.text, sha256=hashlib.sha256(data).hexdigest(),
        format=reading.format, origins=origins, license_hints=reading.metadata.get("license_hints"),
        structured_pairs=reading.structured_pairs, marks=reading.marks,
        layout=reading.layout, warnings=reading.warnings, **provenance,
    )


def read_document(path: Path, raw_dir: Path, provenance: dict | None = None) -> Document:
    relative = path.relative_to(raw_dir).as_posix()
    return read_bytes(path.read_bytes(), relative, str(path), (provenance or {}).get(relative))
