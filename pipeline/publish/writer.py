"""Publishing the dataset: every table as CSV and Parquet, written beside the output folder,
checked, then swapped in whole, so a reader never sees a half-written or mixed output.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.datapackage import checksums
from pipeline.publish.tables import pandas_dtype
from schemas import TABLES

PARQUET_SETTINGS = dict(compression="zstd", compression_level=9, use_dictionary=True, version="2.6")
_RENAME_EXCHANGE = 2


class PublishError(Exception):
    pass


def arrow_schema(name: str) -> pa.Schema:
    types = {"int64": pa.int64(), "bool": pa.bool_(), "float64": pa.float64(), "str": pa.string()}
    columns = TABLES[name].schema.columns
    return pa.schema(
        [pa.field(column, types[pandas_dtype(spec.dtype)], nullable=spec.nullable) for column, spec in columns.items()]
    )


def write_table(frame: pd.DataFrame, name: str, folder: Path) -> None:
    frame.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n", encoding="utf-8")
    table = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False).replace_schema_metadata(None)
    pq.write_table(table, folder / f"{name}.parquet", **PARQUET_SETTINGS)


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
    return sorted(out_dir.parent.glob(f".{out_dir.name}.{kind}-*"))


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


def publish(tables: dict[str, pd.DataFrame], describe: Callable[[Path], dict[str, bytes]], out_dir: Path) -> None:
    """Write the tables into a staging folder, then the files describe() derives from them
    (datapackage.json, card, figure), check the Parquet files read back equal, and swap it in."""
    staging = staging_dir(out_dir)
    try:
        for name, frame in tables.items():
            write_table(frame, name, staging)
            if not pd.read_parquet(staging / f"{name}.parquet").equals(frame):
                raise PublishError(f"{name}.parquet does not read back as written; nothing published")
        for name, content in describe(staging).items():
            (staging / name).write_bytes(content)
        (staging / "SHA256SUMS").write_bytes(checksums(staging))
        _fsync_tree(staging)
        swap_in(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
