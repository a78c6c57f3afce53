"""Reading source documents: the raw folder, its provenance file, and one reader per format.

Offsets everywhere in the dataset refer to the text a reader returns, so every reader must be
deterministic.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from pipeline.sources.document import Document, SourceError, doc_id_for
from pipeline.sources.provenance import SOURCES_FILE, inside, read_provenance
from pipeline.sources.text import decode_text

__all__ = ["Document", "SourceError", "SOURCES_FILE", "decode_text", "doc_id_for", "inside", "read_document", "read_provenance", "source_paths"]

SOURCE_SUFFIXES = (".txt", ".md")


def source_paths(raw_dir: Path) -> list[Path]:
    """Every source document below raw_dir, in a stable order (by relative POSIX path)."""
    paths = [
        p for p in raw_dir.rglob("*")
        if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    ]
    return sorted(paths, key=lambda p: p.relative_to(raw_dir).as_posix())


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

