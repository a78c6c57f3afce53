"""Publishing the dataset: every table as CSV and Parquet, written beside the output folder,
checked, then swapped in whole, so a reader never sees a half-written or mixed output.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.datapackage import PACKAGE_NAME, checksums
from pipeline.publish.tables import allowed_values, column_type
from schemas import TABLES

PARQUET_SETTINGS = dict(compression="zstd", compression_level=9, use_dictionary=True, version="2.6")
_RENAME_EXCHANGE = 2


class PublishError(Exception):
    pass


ARROW_TYPES = {"integer": pa.int64(), "boolean": pa.bool_(), "number": pa.float64(), "date": pa.date32(), "string": pa.string()}


def arrow_schema(name: str) -> pa.Schema:
    """Coded columns are dictionary-encoded, their dictionary every allowed value in the schema's order."""
    fields = []
    for column, spec in TABLES[name].schema.columns.items():
        kind = pa.dictionary(pa.int32(), pa.string()) if allowed_values(spec) else ARROW_TYPES[column_type(spec)]
        fields.append(pa.field(column, kind, nullable=spec.nullable))
    return pa.schema(fields)


def parquet_frame(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The table as Parquet holds it: coded columns as categoricals of every allowed value."""
    coded = {column: allowed_values(spec) for column, spec in TABLES[name].schema.columns.items()}
    return frame.assign(**{column: pd.Categorical(frame[column], categories=values) for column, values in coded.items() if values})


def arrow_frame(frame: pd.DataFrame, name: str) -> pa.Table:
    """The table as Parquet stores it, pandas metadata kept (nullable integers read back as Int64)."""
    return pa.Table.from_pandas(parquet_frame(frame, name), schema=arrow_schema(name), preserve_index=False)


def write_table(frame: pd.DataFrame, name: str, folder: Path) -> None:
    """Write the table as CSV and Parquet."""
    write_arrow_table(arrow_frame(frame, name), name, folder)


CSV_ROWS = 5_000  # rows converted to pandas at a time while writing a CSV file


def csv_parts(table: pa.Table, header: bool = True) -> Iterator[str]:
    """The table as CSV, converted through pandas a slice at a time. Each row's text depends on
    that row alone, so a table's CSV is its header and then its parts' CSV, in order."""
    for start in range(0, max(table.num_rows, 1), CSV_ROWS):
        yield table.slice(start, CSV_ROWS).to_pandas().to_csv(index=False, header=header and start == 0, lineterminator="\n")


def write_arrow_table(table: pa.Table, name: str, folder: Path) -> None:
    """Write the table as CSV, a slice at a time, and Parquet."""
    with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(csv_parts(table))
    write_parquet(table, name, folder)


READ_BACK_ROWS = 65_536  # rows of a column compared at a time when a written file is read back


def write_parquet(table: pa.Table, name: str, folder: Path) -> None:
    """Write the table as Parquet and check that the file reads back as written."""
    path = folder / f"{name}.parquet"
    pq.write_table(table, path, **PARQUET_SETTINGS)
    written = pq.ParquetFile(path, pre_buffer=False, buffer_size=1 << 20)
    if not written.schema_arrow.equals(table.schema) or not all(_reads_back(written, table, column) for column in table.column_names):
        raise PublishError(f"{name}.parquet does not read back as written; nothing published")


def _reads_back(written: pq.ParquetFile, table: pa.Table, column: str) -> bool:
    """A column of the file equals the table's, compared a batch at a time: reading a column whole
    would hold a second copy of the largest one."""
    offset = 0
    for batch in written.iter_batches(batch_size=READ_BACK_ROWS, columns=[column]):
        if not pa.chunked_array([batch.column(0)]).equals(table.column(column).slice(offset, batch.num_rows)):
            return False
        offset += batch.num_rows
    pa.default_memory_pool().release_unused()  # what reading the column took, handed back before the next
    return offset == table.num_rows


FIXED_FILES = ("datapackage.json", "README.md", "figure.png", "figure.svg", "SHA256SUMS")


def _published_files(out_dir: Path) -> set[str] | None:
    """The files a previous build wrote into out_dir, as its datapackage.json lists them, or None
    when out_dir holds no dataset of ours."""
    try:
        descriptor = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(descriptor, dict) or descriptor.get("name") != PACKAGE_NAME:
        return None
    return {*FIXED_FILES, *(r.get("path") for r in descriptor.get("resources", []) if isinstance(r, dict))}


def check_out_dir(out_dir: Path, raw_dir: Path) -> None:
    """Refuse an output folder that publishing would damage: the raw folder, a folder holding it or
    inside it, or a folder holding files that no build of ours wrote (they would be replaced)."""
    out, raw = out_dir.resolve(), raw_dir.resolve()
    if out == raw or raw.is_relative_to(out):
        raise PublishError(f"{out_dir}: is or contains the raw folder {raw_dir}; choose another --out")
    if out.is_relative_to(raw):
        raise PublishError(f"{out_dir}: is inside the raw folder {raw_dir}; choose another --out")
    if not out.exists():
        return
    if not out.is_dir():
        raise PublishError(f"{out_dir}: exists and is not a folder; choose another --out")
    present = sorted(p.name for p in out.iterdir())
    if not present:
        return
    ours = _published_files(out)
    if ours is None:
        raise PublishError(f"{out_dir}: not empty and not a dataset this pipeline published; choose an empty or new --out folder")
    foreign = [name for name in present if name not in ours]
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise PublishError(f"{out_dir}: holds files the build did not write ({shown}); move them away or choose another --out")


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """One build at a time per output folder; a second one is refused, not queued."""
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(f"{out_dir}: another build is publishing to this folder; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD = -100
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(a))


def _siblings(out_dir: Path, kind: str) -> list[Path]:
    """Folders an earlier publish to out_dir left beside it (named with that process's id)."""
    return sorted(p for p in out_dir.parent.glob(f".{out_dir.name}.{kind}-*") if p.name.rsplit("-", 1)[1].isdigit())


def recover(out_dir: Path) -> None:
    """Finish or undo a publish that was killed: restore a moved-away output, drop stale staging."""
    backups = _siblings(out_dir, "old")
    if not out_dir.exists() and backups:
        backups[-1].rename(out_dir)
    for leftover in _siblings(out_dir, "old") + _siblings(out_dir, "staging"):
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync_tree(folder: Path) -> None:
    for path in [*folder.iterdir(), folder]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def swap_in(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    if _exchange(staging, out_dir):
        shutil.rmtree(staging)
        return
    backup = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    out_dir.rename(backup)
    staging.rename(out_dir)
    shutil.rmtree(backup)


def staging_dir(out_dir: Path) -> Path:
    staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    return staging


def publish(write: Callable[[Path], dict[str, bytes]], out_dir: Path) -> None:
    """Have write() put the tables into a staging folder (it returns the files derived from them:
    datapackage.json, card, figure), add SHA256SUMS, and swap the folder in whole."""
    staging = staging_dir(out_dir)
    try:
        for name, content in write(staging).items():
            (staging / name).write_bytes(content)
        (staging / "SHA256SUMS").write_bytes(checksums(staging))
        _fsync_tree(staging)
        swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def publish_tables(tables: dict[str, pd.DataFrame], describe: Callable[[Path], dict[str, bytes]], out_dir: Path,
                   progress: Callable[[str, int, int], None] | None = None) -> None:
    """Publish tables held in memory, then the files describe() derives from them."""
    def write(staging: Path) -> dict[str, bytes]:
        for done, (name, frame) in enumerate(tables.items(), start=1):
            write_table(frame, name, staging)
            if progress:
                progress("publishing", done, len(tables))
        return describe(staging)

    publish(write, out_dir)
