"""raw/sources.csv: one provenance row per source document, checked as a whole."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipeline.sources.document import SourceError
from schemas.sources import Sources

SOURCES_FILE = "sources.csv"
SOURCES_COLUMNS = ("path", "source_url", "title", "retrieved", "license")
OPTIONAL_COLUMNS = ("charset",)  # written by `add` when a server declared a page's charset


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
    columns = SOURCES_COLUMNS + tuple(c for c in OPTIONAL_COLUMNS if c in frame.columns)
    return {
        row["path"]: {c: row[c] if isinstance(row[c], str) else None for c in columns}
        for row in frame.to_dict("records")
    }
