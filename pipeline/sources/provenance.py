"""raw/sources.csv: one provenance row per source document, checked as a whole."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pandas as pd
import pandera.pandas as pa

from pipeline.sources.document import SourceError
from schemas.sources import Sources

SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("path", "source_url", "title", "retrieved", "license")
OPTIONAL_COLUMNS = ("attribution",)  # files written before it existed stay valid


def inside(path: Path, folder: Path) -> bool:
    """True when path, links resolved, lies inside folder."""
    return path.resolve().is_relative_to(folder.resolve())


def _sentence(sources: Path, case) -> tuple[int, str]:
    """One schema failure of sources.csv as a sentence naming the line, the column and the value."""
    if case.check == "column_in_schema":
        return 0, f"{sources}:1: unknown column {case.failure_case!r} (the columns are {', '.join(SOURCES_COLUMNS)})"
    line = int(case.index) + 2 if pd.notna(case.index) else 1
    if case.check == "not_nullable":
        return line, f"{sources}:{line}: {case.column} is empty"
    return line, f"{sources}:{line}: {case.column} {case.failure_case!r} {case.check}"


def _provenance_problems(sources: Path, frame: pd.DataFrame, raw_dir: Path) -> list[str]:
    problems = []
    try:
        Sources.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        problems += [_sentence(sources, case) for case in error.failure_cases.itertuples()]
    for index, path in frame["path"].items():
        if not isinstance(path, str) or ".." in Path(path).parts or Path(path).is_absolute():
            continue
        target = raw_dir / path
        if not target.exists():
            problems.append((index + 2, f"{sources}:{index + 2}: path {path!r} names no file in {raw_dir}"))
        elif not inside(target, raw_dir):
            problems.append((index + 2, f"{sources}:{index + 2}: path {path!r} is a link that leaves {raw_dir}"))
    return [message for _, message in sorted(set(problems))]


def _normalised(path: str | None) -> str | None:
    """"./clinics/tpi.txt" and "clinics//tpi.txt" name the file "clinics/tpi.txt" does."""
    return PurePosixPath(path).as_posix() if path and ".." not in path.split("/") else path


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
    for column in OPTIONAL_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame = frame.apply(lambda column: column.str.strip()).replace("", None)
    if "path" in frame:
        frame["path"] = frame["path"].map(_normalised)
    problems = _provenance_problems(sources, frame, raw_dir)
    if problems:
        raise SourceError("\n".join(problems))
    return {
        row["path"]: {c: row[c] if isinstance(row[c], str) else None for c in SOURCES_COLUMNS + OPTIONAL_COLUMNS}
        for row in frame.to_dict("records")
    }
