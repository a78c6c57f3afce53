"""raw/sources.csv: one provenance row per source document, checked as a whole."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path, PurePosixPath
from typing import Callable

from pipeline.engines.cache import Cache, write_atomic
from pipeline.sources.document import SourceError

SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("path", "source_url", "title", "retrieved", "license")
OPTIONAL_COLUMNS = ("attribution", "charset", "warc_file", "warc_offset")  # files written before they existed stay valid


def inside(path: Path, folder: Path) -> bool:
    """True when path, links resolved, lies inside folder."""
    return path.resolve().is_relative_to(folder.resolve())


def _through_link(folder: Path, relative: str) -> bool:
    """Whether any step of folder/relative is a symbolic link: only then can it lead out of folder
    (resolving every path of a large sources.csv would cost more than the rest of reading it)."""
    step = os.fspath(folder)
    for part in relative.split("/"):
        step = os.path.join(step, part)
        if os.path.islink(step):
            return True
    return False


def _sentence(sources: Path, case) -> tuple[int, str]:
    """One schema failure of sources.csv as a sentence naming the line, the column and the value."""
    if case.check == "column_in_schema":
        return 0, f"{sources}:1: unknown column {case.failure_case!r} (the columns are {', '.join(SOURCES_COLUMNS)})"
    import pandas as pd  # loaded already: the schema check that found the failure uses it

    line = int(case.index) + 2 if pd.notna(case.index) else 1
    if case.check == "not_nullable":
        return line, f"{sources}:{line}: {case.column} is empty"
    return line, f"{sources}:{line}: {case.column} {case.failure_case!r} {case.check}"


def _path_problems(sources: Path, paths: list, raw_dir: Path) -> list[tuple[int, str]]:
    """Rows (in file order) whose path names no file of the raw folder, or leads out of it. A path
    its folder's listing shows as a plain entry, reached through no link, is fine without a system
    call of its own (a large sources.csv would otherwise cost a command's start-up a tenth of a second)."""
    listings: dict[str, dict[str, os.DirEntry]] = {}
    linked: dict[str, bool] = {}
    problems = []
    for index, path in enumerate(paths):
        if not isinstance(path, str) or ".." in path.split("/") or os.path.isabs(path):
            continue
        folder, _, name = path.rpartition("/")
        if folder not in listings:
            try:
                listings[folder] = {entry.name: entry for entry in os.scandir(os.path.join(raw_dir, folder))}
            except OSError:
                listings[folder] = {}
            linked[folder] = bool(folder) and _through_link(raw_dir, folder)
        entry = listings[folder].get(name)
        if entry is not None and not entry.is_symlink() and not linked[folder]:
            continue
        target = os.path.join(raw_dir, path)
        if not os.path.exists(target):
            problems.append((index + 2, f"{sources}:{index + 2}: path {path!r} names no file in {raw_dir}"))
        elif _through_link(raw_dir, path) and not inside(Path(target), raw_dir):
            problems.append((index + 2, f"{sources}:{index + 2}: path {path!r} is a link that leaves {raw_dir}"))
    return problems


def _normalised(path: str | None) -> str | None:
    """"./clinics/tpi.txt" and "clinics//tpi.txt" name the file "clinics/tpi.txt" does."""
    return PurePosixPath(path).as_posix() if path and ".." not in path.split("/") else path


def _schema_checked(sources: Path, data: bytes) -> tuple[list[dict[str, str | None]], list[tuple[int, str]]]:
    """The rows of sources.csv in file order, unknown values None, and what its schema finds wrong."""
    import pandas as pd  # here, not at the top: a sources.csv the cache remembers needs neither
    import pandera.pandas as pa

    from schemas.sources import Sources

    try:
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise SourceError(f"{sources}: not a readable CSV file ({str(error).splitlines()[0]})") from None
    missing = [c for c in SOURCES_COLUMNS if c not in frame.columns]
    if missing:
        raise SourceError(f"{sources}:1: missing column(s) {', '.join(missing)}")
    for column in OPTIONAL_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.apply(lambda column: column.str.strip()).replace("", None)
    if "path" in frame:
        frame["path"] = frame["path"].map(_normalised)
    problems = []
    try:
        Sources.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        problems += [_sentence(sources, case) for case in error.failure_cases.itertuples()]
    rows = [{c: row[c] if isinstance(row[c], str) else None for c in SOURCES_COLUMNS + OPTIONAL_COLUMNS} for row in frame.to_dict("records")]
    return rows, problems


def read_provenance(raw_dir: Path, cache: Cache | None = None) -> dict[str, dict[str, str | None]]:
    """Rows of raw/sources.csv keyed by path, after checking them all; unknown values become None.

    With a cache, rows its schema passed are kept there under the
    file's SHA-256, so a large sources.csv is parsed and checked once per change; that each path
    names a file of the raw folder is checked every time."""
    sources = raw_dir / SOURCES_FILE
    if not sources.exists():
        return {}
    data = sources.read_bytes()
    memo = cache.path("provenance", hashlib.sha256(data).hexdigest(), ".json") if cache is not None else None
    try:
        rows, problems = json.loads(memo.read_text(encoding="utf-8")) if memo is not None and memo.is_file() else None, []
    except (OSError, ValueError):
        rows = None
    if not (isinstance(rows, list) and all(isinstance(row, dict) and "path" in row for row in rows)):
        rows, problems = _schema_checked(sources, data)
        if memo is not None and not problems:
            try:
                write_atomic(memo, json.dumps(rows, ensure_ascii=False).encode("utf-8"))
            except OSError:
                pass  # a cache that cannot be written only costs the next reader the check
    problems = sorted(set(problems + _path_problems(sources, [row["path"] for row in rows], raw_dir)))
    if problems:
        raise SourceError("\n".join(message for _, message in problems))
    return {row["path"]: row for row in rows}


def update_sources(raw_dir: Path, rows: list[dict[str, str]], replaces: Callable[[dict[str, str]], bool] = lambda row: False) -> None:
    """Add rows to raw_dir/sources.csv, dropping the existing rows `replaces` says the new ones
    replace. Rows are appended when nothing is replaced and no new column is needed (the user's
    lines stay as written); otherwise the file is rewritten whole, atomically. An optional column
    is written only once some row has a value for it."""
    sources = raw_dir / SOURCES_FILE
    existing, columns = [], list(SOURCES_COLUMNS)
    if sources.exists():
        try:
            with sources.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                columns = list(reader.fieldnames or SOURCES_COLUMNS)
                existing = list(reader)
        except (UnicodeDecodeError, csv.Error) as error:
            raise SourceError(f"{sources}: not a readable CSV file ({error})") from None
    kept = [row for row in existing if not replaces(row)]
    columns += [c for c in OPTIONAL_COLUMNS if c not in columns and any(row.get(c) for row in rows)]
    if sources.exists() and len(kept) == len(existing) and len(columns) == len(reader.fieldnames or []):
        text = sources.read_bytes()
        with sources.open("a", encoding="utf-8", newline="") as handle:
            if text and not text.endswith(b"\n"):
                handle.write("\n")
            csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore").writerows(rows)
        return
    temporary = sources.with_name(f".{SOURCES_FILE}.{os.getpid()}")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows({name: row.get(name) or "" for name in columns} for row in kept + rows)
    temporary.replace(sources)
