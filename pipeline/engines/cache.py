"""The cache: a folder the pipeline owns (by default `.cache/` in the project), holding what a
build can reuse: each raw file's check and extracted fragment, the spaCy pipeline, the corpus
index `validate` compares new files with, and the compiled regular expressions (regex_cache.py).

Entries are keyed by what they are a pure function of: a file's bytes (SHA-256), its path and its
sources.csv row, within a generation named by the fingerprint of the code and rules
(pipeline/**/*.py, pipeline/data/**, schemas/**, the versions of the libraries that shape the
output). A change of code or rules starts a new generation; older ones are removed, all but the
last few, so switching branches back and forth stays cheap. The folder is marked with a
CACHEDIR.TAG (https://bford.info/cachedir/), and a folder without it is never written to or emptied.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent.parent  # the clone: pipeline/ and schemas/ sit here
CACHE_ENV = "FAQ_PIPELINE_CACHE"
TAG_NAME = "CACHEDIR.TAG"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# The trigger-point FAQ pipeline's cache: it may be deleted at any time, and is rebuilt as needed.\n"
)
GENERATIONS_KEPT = 3
FINGERPRINTED = ("pipeline", "schemas")  # folders of code and rules below ROOT
LIBRARIES = ("spacy", "pandas", "pyarrow", "pandera", "numpy", "lxml", "matplotlib")  # their versions shape the output


class CacheError(Exception):
    """The cache folder cannot be used; the message names it."""


def default_cache_dir() -> Path:
    """$FAQ_PIPELINE_CACHE, else `.cache/` in the project."""
    return Path(os.environ.get(CACHE_ENV) or ROOT / ".cache")


def _library_versions() -> list[str]:
    from importlib.metadata import PackageNotFoundError, version  # here: every command's process imports this module

    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}: absent")
    return found


def files_digest(paths: list[Path]) -> str:
    """One SHA-256 of the files' relative paths and bytes, in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """What every cached entry depends on besides its file: the code, the rules and the libraries."""
    paths = [
        path for folder in FINGERPRINTED for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    digest = hashlib.sha256(files_digest(paths).encode())
    digest.update("\n".join([sys.version.split()[0], *_library_versions()]).encode())
    return digest.hexdigest()


def entry_key(relative: str, sha256: str, row: dict | None) -> str:
    """The key of one raw file's entries: its path, its bytes and its sources.csv row."""
    return hashlib.sha256(json.dumps([relative, sha256, row], sort_keys=True).encode()).hexdigest()


def claim_folder(root: Path) -> None:
    """Make root a cache folder (created and marked when new, or when empty); refused when it holds anything without our mark."""
    tag = root / TAG_NAME
    try:
        if root.exists() and not tag.is_file():
            if root.is_dir() and not any(root.iterdir()):
                tag.write_text(TAG, encoding="utf-8")
            else:
                raise CacheError(f"{root}: exists and is not a cache this pipeline made (no {TAG_NAME}); choose another --cache")
        elif not root.exists():
            root.mkdir(parents=True)
            tag.write_text(TAG, encoding="utf-8")
    except OSError as error:
        raise CacheError(f"{root}: cannot be used as the cache ({error.strerror})") from None


class Cache:
    """One cache folder; `generation` is the folder of the current code fingerprint's entries."""

    def __init__(self, root: Path):
        self.root = root
        self.generation = root / "documents" / code_fingerprint()[:16]

    @classmethod
    def open(cls, root: Path | None = None) -> Cache:
        """The cache at root (created and marked when new); refused when it is not ours."""
        root = root or default_cache_dir()
        claim_folder(root)
        return cls(root)

    def path(self, kind: str, key: str, suffix: str) -> Path:
        return self.generation / kind / key[:2] / f"{key}{suffix}"

    def prune(self) -> None:
        """Remove all but the newest generations of entries and of saved spaCy pipelines: what
        the current code cannot use, kept for a while in case a branch switch brings it back."""
        self.generation.mkdir(parents=True, exist_ok=True)
        os.utime(self.generation)
        for kind in ("documents", "nlp"):
            folder = self.root / kind
            generations = sorted((p for p in folder.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True) if folder.is_dir() else []
            for old in generations[GENERATIONS_KEPT:]:
                shutil.rmtree(old, ignore_errors=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file so that a reader (another worker, a later build) sees it whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def to_ipc(table: pa.Table, compression: str | None = None) -> bytes:
    """A table as Arrow IPC stream bytes: what a cache fragment holds (compressed, "zstd", when it
    is written to disk: a cache of text and its CSV shrinks to a fifth)."""
    import pyarrow as pa  # here: a command that never reads a fragment (--help) does without it

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression=compression)) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def read_ipc(data: bytes) -> pa.Table:
    import pyarrow as pa

    return pa.ipc.open_stream(data).read_all()
