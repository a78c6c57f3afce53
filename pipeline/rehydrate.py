"""Restoring withheld text from a user's own copies of the pages: `python -m pipeline rehydrate`
and `load(..., raw=DIR)`.

A copy is found at documents.path below the user's folder and accepted only when its SHA-256 is
documents.sha256, so the text its reader gives is the text every published offset refers to; the
restored tables are validated again (every span must slice the restored text) before anything is
written. A mismatched copy is refused with one line; a document without a copy stays withheld.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.publish.checks import validate_tables
from pipeline.publish.writer import output_lock, publish_tables
from pipeline.sources import SourceError, read_bytes
from schemas import TABLES


class RehydrateError(Exception):
    """Withheld text cannot be restored; the message names each file and the problem, one line each."""


@dataclass(frozen=True)
class RehydrateResult:
    restored: list[str]  # documents.path of each document whose text was restored
    missing: list[str]  # withheld documents without a copy: they stay withheld


def read_tables(folder: Path, names: tuple[str, ...] = tuple(TABLES)) -> dict[str, pd.DataFrame]:
    missing = [name for name in names if not (folder / f"{name}.parquet").is_file()]
    if missing:
        raise RehydrateError(f"{folder}: not a published dataset (no {missing[0]}.parquet)")
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in names}


def _copy_texts(documents: pd.DataFrame, raw_dir: Path) -> tuple[dict[str, str], list[str]]:
    """The text of each withheld document that has a matching copy, and the paths without a copy."""
    texts, missing, refused = {}, [], []
    for row in documents[documents.text_withheld].itertuples():
        path = raw_dir / row.path
        if not path.is_file():
            missing.append(row.path)
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != row.sha256:
            refused.append(f"{path}: SHA-256 {digest[:12]}… is not {row.sha256[:12]}…, the copy {row.doc_id} was built from; refusing it")
            continue
        try:
            texts[row.doc_id] = read_bytes(data, row.path, str(path)).text
        except SourceError as error:
            refused.append(str(error))
    if refused:
        raise RehydrateError("\n".join(refused))
    return texts, missing


def restore(tables: dict[str, pd.DataFrame], raw_dir: Path) -> tuple[dict[str, pd.DataFrame], RehydrateResult]:
    """The tables (documents among them) with withheld text put back from raw_dir."""
    if not raw_dir.is_dir():
        raise RehydrateError(f"{raw_dir}: folder of local copies not found")
    documents = tables["documents"]
    texts, missing = _copy_texts(documents, raw_dir)
    restored = dict(tables)
    for name, frame in tables.items():
        table = TABLES[name]
        if not table.verbatim:
            continue
        frame = frame.copy()
        rows = frame.doc_id.isin(texts)
        spans = {span.text: span for span in table.spans}
        for column in table.verbatim:
            span = spans.get(column)
            if span is None:  # the whole text
                frame.loc[rows, column] = frame.doc_id[rows].map(texts)
            else:
                frame.loc[rows, column] = [
                    texts[doc][start:end] for doc, start, end in zip(frame.doc_id[rows], frame[span.start][rows], frame[span.end][rows])
                ]
        frame.loc[rows, "text_withheld"] = False
        restored[name] = frame
    paths = sorted(documents.path[documents.doc_id.isin(texts)])
    return restored, RehydrateResult(paths, sorted(missing))


def rehydrate(raw_dir: Path, out_dir: Path) -> RehydrateResult:
    """Restore the withheld text of the dataset published in out_dir, in place, from raw_dir."""
    from pipeline.build import describe  # imported here: load(raw=...) needs none of the build

    with output_lock(out_dir):
        tables = read_tables(out_dir)
        restored, result = restore(tables, raw_dir)
        if result.restored:
            validate_tables(restored)
            publish_tables(restored, lambda folder: describe(folder, restored), out_dir)
    return result
