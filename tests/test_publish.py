import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.build import build
from pipeline.publish.writer import output_lock
from pipeline.publish.checks import validate_tables
from conftest import SEED
from schemas import TABLES



def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def corpus(folder: Path, documents: int) -> Path:
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(documents):
        (folder / f"page-{number:03d}.txt").write_text(f"{text}\nPage {number}.\n", encoding="utf-8")
    return folder


def run_build(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
    )


def assert_complete_and_valid(out: Path) -> None:
    validate_tables({name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES})


@pytest.fixture(scope="module")
def old_output(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("publish")
    out = root / "output"
    build(corpus(root / "small", 1), out)
    return out, digests(out)


@pytest.mark.parametrize("delay", [1.0, 6.0, 9.0])
def test_sigkill_mid_build_leaves_the_old_or_the_new_output(old_output, tmp_path, delay):
    previous, previous_digests = old_output
    out = tmp_path / "output"
    subprocess.run(["cp", "-r", str(previous), str(out)], check=True)
    raw = corpus(tmp_path / "raw", 30)
    process = run_build(raw, out)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if digests(out) != previous_digests:  # the kill came after the swap: the new output is whole
        assert len(pd.read_parquet(out / "documents.parquet")) == 30
    assert_complete_and_valid(out)
    assert not list(tmp_path.glob(".output.staging-*")) or process.returncode == -signal.SIGKILL
    rebuilt = run_build(raw, out)  # the next build cleans up after the killed one
    assert rebuilt.wait() == 0
    assert not list(tmp_path.glob(".output.*-*"))
    assert len(pd.read_parquet(out / "documents.parquet")) == 30


def test_second_build_is_refused_while_one_publishes(old_output, tmp_path):
    previous, previous_digests = old_output
    out = tmp_path / "output"
    subprocess.run(["cp", "-r", str(previous), str(out)], check=True)
    with output_lock(out):
        process = run_build(SEED.parent, out)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "another build is publishing" in stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert digests(out) == previous_digests


def test_output_swap_is_one_step(tmp_path):
    from pipeline.publish.writer import swap_in

    old, new = tmp_path / "output", tmp_path / ".output.staging-1"
    old.mkdir(), new.mkdir()
    (old / "a.csv").write_text("old"), (new / "a.csv").write_text("new")
    swap_in(new, old)
    assert (old / "a.csv").read_text() == "new" and not new.exists()
    assert os.listdir(tmp_path) == ["output"]


def test_a_parquet_file_is_read_back_a_batch_at_a_time_and_any_difference_is_found(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.publish import writer

    monkeypatch.setattr(writer, "READ_BACK_ROWS", 3)  # several batches of a small column
    table = pa.table({"text": [f"row {i}" for i in range(10)], "n": list(range(10))})
    pq.write_table(table, tmp_path / "t.parquet")
    written = pq.ParquetFile(tmp_path / "t.parquet")
    assert all(writer._reads_back(written, table, column) for column in table.column_names)
    changed = table.set_column(0, "text", pa.array([f"row {i}" for i in range(9)] + ["other"]))
    assert not writer._reads_back(written, changed, "text")  # a difference in the last batch
    assert not writer._reads_back(written, table.slice(0, 9), "n")  # the file holds a row more
