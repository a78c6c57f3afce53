"""The Document every reader returns: the text all offsets index into, with its provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


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
