"""Engines and the cache: `--jobs 2`, a Dask cluster and an incremental rebuild publish exactly
the bytes of a clean build; the engines map any picklable function in the items' order; the
cache folder is the pipeline's own, and a folder that is not is never touched."""

from __future__ import annotations

import hashlib
import operator
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner

from conftest import CORPUS_PAGES, FIXTURES, SOURCES, make_corpus
from pipeline.build import PARTITION_DOCUMENTS, FileTask, _partitions, build
from pipeline.cli import cli
from pipeline.engines import open_engine
from pipeline.engines.cache import TAG_NAME, to_ipc

EXTRA_PAGES = (FIXTURES / "html_pages" / sorted(p.name for p in (FIXTURES / "html_pages").glob("*.html"))[0], FIXTURES / "heldout5" / "06_broker_medicare_tpi.txt")


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    """Text, Markdown and HTML pages, open and unknown licences, a subfolder."""
    return make_corpus(tmp_path_factory.mktemp("engines") / "raw", CORPUS_PAGES + EXTRA_PAGES, SOURCES)


@pytest.fixture(scope="module")
def clean(raw, tmp_path_factory) -> dict[str, str]:
    """What a build without any cache publishes."""
    out = tmp_path_factory.mktemp("clean") / "output"
    build(raw, out)
    return digests(out)


@pytest.mark.parametrize("engine", ["local", "processes"])
def test_engines_map_in_the_items_order(engine):
    with open_engine(engine, jobs=2) as mapper:
        assert list(mapper.map(operator.neg, range(50))) == [-i for i in range(50)]


def test_two_processes_publish_what_a_clean_build_does(raw, clean, tmp_path):
    result = build(raw, tmp_path / "out", jobs=2, engine="processes", cache=tmp_path / "cache")
    assert result.extracted == len(CORPUS_PAGES + EXTRA_PAGES)
    assert digests(tmp_path / "out") == clean


def test_an_incremental_rebuild_extracts_only_what_changed(raw, clean, tmp_path):
    corpus = tmp_path / "raw"
    shutil.copytree(raw, corpus)
    cache, out = tmp_path / "cache", tmp_path / "out"
    assert build(corpus, out, cache=cache).extracted == 5
    assert build(corpus, out, cache=cache).extracted == 0  # nothing changed: everything from the cache
    assert digests(out) == clean

    page = corpus / CORPUS_PAGES[2].name
    page.write_text(page.read_text(encoding="utf-8") + "\nDoes dry needling hurt?\n\nIt may feel like a cramp for a moment.\n", encoding="utf-8")
    sources = corpus / "sources.csv"
    sources.write_text(sources.read_text(encoding="utf-8").replace(",CC-BY-4.0", ",CC-BY-NC-4.0"), encoding="utf-8")  # a licence changes
    assert build(corpus, out, cache=cache).extracted == 2
    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    assert digests(out) == digests(fresh) != clean


def test_a_rebuild_reassembles_only_the_changed_documents_blocks(raw, clean, tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.build.BLOCK_DOCUMENTS", 1)  # every document a block of its own
    corpus, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "out"
    shutil.copytree(raw, corpus)
    build(corpus, out, cache=cache)
    kept = set(cache.rglob("blocks/*/*.arrow"))
    page = corpus / CORPUS_PAGES[2].name
    page.write_text(page.read_text(encoding="utf-8") + "\nIs cupping safe?\n\nIt is safe for most people.\n", encoding="utf-8")
    empty = to_ipc(pa.table({"rows": pa.array([], pa.binary()), "csv": pa.array([], pa.string())}))
    for number, block in enumerate(sorted(kept)):  # a block cut short, or cut right after its schema, is made again
        block.write_bytes(block.read_bytes()[:100] if number % 2 else empty)
    assert build(corpus, out, cache=cache).extracted == 1
    assert len(set(cache.rglob("blocks/*/*.arrow")) - kept) == 5  # the changed document's block of each table and of its evidence
    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    assert digests(out) == digests(fresh) != clean


def test_a_dask_cluster_publishes_what_a_clean_build_does(raw, clean, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build(raw, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address, cache=tmp_path / "cache")
    assert result.extracted == 5
    assert digests(tmp_path / "out") == clean


def test_a_scheduler_that_does_not_answer_is_one_line(raw, tmp_path):
    pytest.importorskip("distributed")
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("Error: tcp://127.0.0.1:9: no Dask scheduler answers") and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_a_folder_that_is_not_a_cache_is_refused_and_left_alone(raw, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--cache", str(mine)])
    assert result.exit_code == 1 and f"{mine}: exists and is not a cache" in result.output
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_the_cache_is_marked_and_reported(raw, tmp_path):
    cache = tmp_path / "cache"
    first = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--cache", str(cache), "--jobs", "2"])
    assert first.exit_code == 0, first.output
    assert "(5 document(s) extracted, 0 from the cache)" in first.output
    assert (cache / TAG_NAME).read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    again = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--cache", str(cache)])
    assert "(0 document(s) extracted, 5 from the cache)" in again.output


def test_the_dask_engine_without_a_shared_cache_is_refused(raw, tmp_path):
    result = CliRunner().invoke(cli, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-cache"])
    assert result.exit_code == 1 and "needs a cache folder its workers share" in result.output and len(result.output.strip().splitlines()) == 1


def test_keys_repeated_across_documents_are_reported():
    """Each partition checks its own documents; a key repeated across partitions is caught when the
    table is assembled, whether its ids come sorted (entities) or not (documents, by path)."""
    import pyarrow as pa

    from pipeline.build import _duplicate_keys
    from pipeline.publish.checks import Problem

    entities = pa.table({"mention_id": ["doc-a-m000001", "doc-a-m000001", "doc-b-m000002"]})
    assert _duplicate_keys("entities", entities) == [Problem("entities", "field_uniqueness (mention_id)", ("doc-a-m000001",))]
    documents = pa.table({"doc_id": ["doc-b", "doc-a", "doc-b"], "path": ["a.txt", "b.txt", "c.txt"]})
    assert _duplicate_keys("documents", documents) == [Problem("documents", "field_uniqueness (doc_id)", ("doc-b",))]


def _tasks(sizes: list[int]) -> list[FileTask]:
    return [FileTask("raw", f"page-{i}.md", None, f"check-{i}", f"fragment-{i}", size) for i, size in enumerate(sizes)]


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_partitions_keep_every_document_once_in_order(workers):
    tasks = _tasks([1000 + (i * 7919) % 5000 for i in range(700)])
    partitions = _partitions(tasks, workers)
    assert [task for partition in partitions for task in partition] == tasks
    assert max(map(len, partitions)) <= PARTITION_DOCUMENTS


def test_partitions_shrink_as_the_work_runs_out_when_workers_share_it():
    """The slowest worker decides when the build ends: the last partitions are the smallest."""
    sizes = [1000] * 600
    two = [sum(task.size for task in partition) for partition in _partitions(_tasks(sizes), 2)]
    assert two[-1] < two[0] / 4
    assert two == sorted(two, reverse=True)
    one = [sum(task.size for task in partition) for partition in _partitions(_tasks(sizes), 1)]
    assert len(one) <= 5  # one worker: few partitions, each validated once
