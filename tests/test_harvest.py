"""`python -m pipeline harvest`: WARC files written here with warcio, never the network."""

from __future__ import annotations

import csv
import zlib
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner

from pipeline.build import build
from pipeline.cli import cli
from pipeline.curation import check_files
from pipeline.engines import EngineError
from pipeline.harvest import REASONS, REPORT_COLUMNS, Settings, harvest, _read_parts, harvest_warc, prefilter
from pipeline.sources import read_provenance
from pipeline.sources.warc import WarcError, expand, read_records
from warc_pages import EXPECTED, Capture, bakery_faq, html_page, mixed_captures, tmj_faq, write_warc

KEPT = {url for url, verdict in EXPECTED.items() if verdict == "kept"}


def _report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _outcome(rows) -> dict[str, str]:
    return {row.url: row.reason for row in rows}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    return write_warc(tmp_path_factory.mktemp("crawl") / "CC-TEST-00001.warc.gz", mixed_captures())


@pytest.fixture(scope="module")
def harvested(tmp_path_factory, crawl):
    """The mixed crawl harvested once into an empty raw folder, in this process."""
    work = tmp_path_factory.mktemp("harvested")
    raw = work / "raw"
    raw.mkdir()
    result = harvest([str(crawl)], raw, work / "report.csv")
    return raw, work / "report.csv", result


def test_the_reader_yields_response_records_with_their_place_in_the_file(crawl):
    records = list(read_records(str(crawl)))
    assert [r.url for r in records] == [c.url for c in mixed_captures()]  # no request, revisit or warcinfo
    first = records[0]
    assert first.status == 200 and first.content_type == "text/html" and first.charset == "utf-8"
    assert first.body == html_page("01_wordpress_yoast_tpi.html")  # the gzip content encoding undone
    assert first.date == "2025-03-14" and first.warc_file == crawl.name
    member = zlib.decompressobj(wbits=31).decompress(crawl.read_bytes()[first.offset:])  # the record's own gzip member
    assert b"WARC-Type: response" in member and f"WARC-Target-URI: {first.url}".encode() in member
    assert 'Link: <https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"' in first.headers.split("\r\n")


def test_the_reader_reads_plain_warc_files_and_remote_ones_through_fsspec(tmp_path):
    import fsspec

    plain = write_warc(tmp_path / "plain.warc", mixed_captures()[:3])
    assert [r.url for r in read_records(str(plain))] == [c.url for c in mixed_captures()[:3]]
    memory = fsspec.filesystem("memory")
    memory.pipe("/crawl/segment-1/a.warc", plain.read_bytes())
    memory.pipe("/crawl/segment-2/b.warc", plain.read_bytes())
    found = expand(["memory://crawl/*/*.warc"])
    assert found == ["memory:///crawl/segment-1/a.warc", "memory:///crawl/segment-2/b.warc"]
    assert len(list(read_records(found[1]))) == 3


def test_the_reader_names_the_file_it_cannot_read(tmp_path):
    (tmp_path / "notes.warc").write_text("not a web archive\n")
    with pytest.raises(WarcError, match=r"notes.warc: not a readable WARC file"):
        list(read_records(str(tmp_path / "notes.warc")))
    with pytest.raises(WarcError, match=r"missing.warc.gz: no such file"):
        list(read_records(str(tmp_path / "missing.warc.gz")))
    with pytest.raises(WarcError, match=r"nothing-\*.warc: no WARC file matches"):
        expand([str(tmp_path / "nothing-*.warc")])


def test_exactly_the_pages_in_scope_are_kept_once_each(harvested):
    raw, _, result = harvested
    assert _outcome(result.rows) == EXPECTED
    assert {row.url for row in result.kept} == KEPT
    assert sorted(p.name for p in raw.iterdir()) == sorted([row.path for row in result.kept] + ["sources.csv"])


def test_kept_pages_are_saved_as_served_with_their_provenance(harvested, crawl):
    raw, _, result = harvested
    rows = read_provenance(raw)
    tpi = rows["riverbendpainspine.com-patient-resources-trigger-point-injection-faq.html"]
    assert (raw / tpi["path"]).read_bytes() == html_page("01_wordpress_yoast_tpi.html")
    assert tpi["source_url"] == "https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/"
    assert tpi["title"] == "Trigger Point Injection FAQ | Riverbend Pain & Spine Center"
    assert tpi["retrieved"] == "2025-03-14" and tpi["license"] == "CC-BY-SA-4.0"  # from the HTTP Link header
    assert tpi["warc_file"] == crawl.name
    offsets = {row.url: row.offset for row in result.kept}
    assert int(tpi["warc_offset"]) == offsets[tpi["source_url"]]
    needling = rows["harborpointpt.com-dry-needling-faq.html"]
    assert needling["retrieved"] == "2025-03-15" and needling["license"] is None


def test_the_report_explains_every_page_considered(harvested):
    _, report, result = harvested
    rows = _report(report)
    assert tuple(rows[0]) == REPORT_COLUMNS
    assert [row["url"] for row in rows] == [c.url for c in mixed_captures()]
    assert [int(row["offset"]) for row in rows] == sorted(int(row["offset"]) for row in rows)
    for row in rows:
        assert row["decision"] in ("kept", "rejected") and row["reason"] in REASONS
        assert row["detail"], row  # every verdict says why
        assert bool(row["path"]) == (row["decision"] == "kept")
    by_url = {row["url"]: row for row in rows}
    assert "the same text as harborpointpt.com-dry-needling-faq.html" in by_url["http://harborpointpt.com/dry-needling-faq/?utm_source=newsletter"]["detail"]
    assert "5-word phrases shared with cobblestonebodywork.example-faq-tmj-massage.html" in by_url["https://cobblestonebodywork.example/eastside/faq/tmj-massage"]["detail"]
    assert float(by_url["https://ironworks.example/membership-faq"]["relevance"]) < Settings().min_relevance
    assert "404" in by_url["https://harborpointpt.com/missing"]["detail"]
    assert by_url["https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/"]["license"] == "CC-BY-SA-4.0"


def test_a_harvested_page_passes_validate_and_builds(harvested, tmp_path):
    raw, _, result = harvested
    reports = check_files([raw / row.path for row in result.kept], raw)
    for report in reports:
        assert report.usable, report.findings
        assert not any("sources.csv" in f.message or "duplicate" in f.message for f in report.findings), report.findings
    out = tmp_path / "output"
    built = build(raw, out)
    assert built.rows["documents"] == len(KEPT)
    import pandas as pd

    documents = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert set(documents["source_url"]) == KEPT
    assert documents.set_index("path").loc["riverbendpainspine.com-patient-resources-trigger-point-injection-faq.html", "retrieved"] == "2025-03-14"


def test_a_second_harvest_skips_what_the_raw_folder_holds_and_replaces_nothing(harvested, crawl, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(harvested[0], raw)
    before = {p.name: p.read_bytes() for p in raw.iterdir()}
    result = harvest([str(crawl)], raw, tmp_path / "report.csv")
    assert not result.kept
    reasons = _outcome(result.rows)
    assert {url for url, reason in reasons.items() if reason == "already_in_raw"} == KEPT | {
        "http://harborpointpt.com/dry-needling-faq/?utm_source=newsletter",  # the same text as a page in raw/
    }
    assert reasons["https://cobblestonebodywork.example/eastside/faq/tmj-massage"] == "near_duplicate"
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == before


def test_a_page_under_a_known_canonical_address_or_a_taken_name_is_never_overwritten(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "cobblestonebodywork.example-faq-tmj-massage.html").write_bytes(b"<html><body><p>A curator's own page.</p></body></html>")
    page = tmj_faq().replace(b"<head>", b'<head><link rel="canonical" href="https://cobblestonebodywork.example/faq/tmj-massage">')
    crawl = write_warc(tmp_path / "a.warc", [
        Capture("https://cobblestonebodywork.example/faq/tmj-massage?ref=home", page),
        Capture("https://cobblestonebodywork.example/faq/tmj-massage", page.replace(b"Clenching", b"Grinding")),
    ], extras=False)
    result = harvest([str(crawl)], raw, tmp_path / "report.csv")
    kept, second = result.rows
    assert kept.decision == "kept" and kept.path.startswith("cobblestonebodywork.example-faq-tmj-massage-")
    assert (raw / "cobblestonebodywork.example-faq-tmj-massage.html").read_bytes().startswith(b"<html><body><p>A curator's")
    assert (second.reason, second.detail) == ("duplicate", f"the same address (https://cobblestonebodywork.example/faq/tmj-massage) as {kept.path}")


def test_the_same_pages_with_two_processes_and_on_a_dask_cluster(crawl, tmp_path):
    distributed = pytest.importorskip("distributed")
    other = write_warc(tmp_path / "CC-TEST-00002.warc", [Capture("https://ryeandcrumb.example/faq/2", bakery_faq(2)), *mixed_captures()[::-1]])
    outcomes = []
    for engine in ("local", "processes", "dask", "dask-scheduler"):
        raw = tmp_path / engine / "raw"
        raw.mkdir(parents=True)
        if engine == "dask-scheduler":
            with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
                result = harvest([str(crawl), str(other)], raw, tmp_path / engine / "report.csv", engine="dask", scheduler=cluster.scheduler_address)
        else:  # the dask engine without a scheduler starts a local cluster of --jobs workers
            result = harvest([str(crawl), str(other)], raw, tmp_path / engine / "report.csv", engine=engine, jobs=2 if engine != "local" else 1)
        outcomes.append((
            [(r.warc_file, r.offset, r.reason, r.detail, r.path) for r in result.rows],
            (raw / "sources.csv").read_text(), (tmp_path / engine / "report.csv").read_text(),
        ))
    assert outcomes[0] == outcomes[1] == outcomes[2] == outcomes[3]
    assert sum(1 for row in outcomes[0][0] if row[2] == "kept") == len(KEPT)  # the second file's copies are duplicates


def test_the_prefilter_bounds_relevance_from_above(tmp_path):
    """Every clinic page of tests/fixtures/html_pages passes the prefilter, whose bound is never
    below the relevance the page then scores (the module docstring's argument)."""
    pages = sorted((Path(__file__).parent / "fixtures" / "html_pages").glob("*.html"))
    crawl = write_warc(tmp_path / "clinics.warc", [Capture(f"https://clinic-{n}.example/faq", p.read_bytes()) for n, p in enumerate(pages)], extras=False)
    rows = harvest_warc(str(crawl)).rows
    assert len(rows) == len(pages) and not [row for row in rows if row.reason == "prefilter"]
    for row in rows:
        assert row.relevance is not None and row.prefilter_bound >= row.relevance, row


def test_an_empty_title_leaves_og_title_to_the_prefilter_as_to_the_reader():
    page = (b'<html><head><title> </title><meta property="og:title" content="Trigger point injections FAQ">'
            b'</head><body><p>Answers.</p></body></html>')
    title, parts = _read_parts(page)
    assert title is None and b"og:title" in b"".join(page[a:b] for a, b in parts)


def test_the_prefilter_counts_names_by_weight():
    bodies = pa.array([bakery_faq(), b"", b"<p>Ice cream and stretches for limos</p>"], pa.large_binary())
    assert prefilter().weights(bodies) == [0, 0, 2]  # "ice" (cold therapy) and "stretches" weigh 1 each
    assert prefilter().names_any(bodies) == [False, False, True]


def test_prefilter_names_match_as_whole_words_in_any_spelling():
    weights = prefilter().weights(pa.array([
        b"TRIGGER-POINTS", b"trigger\npoint", b"Golfer\xe2\x80\x99s elbow", b"myofascial therapies",
        b"pretrigger pointed", b"triggerpoint", b"trigger&nbsp;point",
    ], pa.large_binary()))
    assert all(weights[:4]) and weights[4:] == [0, 0, 0]


def test_a_damaged_warc_is_named_and_the_rest_still_harvested(crawl, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    broken = tmp_path / "broken.warc"
    broken.write_bytes(write_warc(tmp_path / "ok.warc", mixed_captures()[:4], extras=False).read_bytes() + b"garbage here\r\n\r\n")
    result = harvest([str(broken), str(crawl)], raw, tmp_path / "report.csv")
    assert len(result.errors) == 1 and result.errors[0].startswith(f"{broken}: not a readable WARC file after the record at byte")
    assert {row.url for row in result.kept} == KEPT  # the broken file's pages came first and were kept
    assert {row.warc_file for row in result.kept} == {"broken.warc", crawl.name}


def test_the_command_line(crawl, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    runner = CliRunner()
    pattern = str(crawl.parent / "CC-TEST-*.warc.gz")
    result = runner.invoke(cli, ["harvest", pattern, "--raw", str(raw), "--report", str(tmp_path / "report.csv")])
    assert result.exit_code == 0, result.output
    assert result.output.count("added ") == len(KEPT)
    assert f"Kept {len(KEPT)} of {len(EXPECTED)} pages from 1 WARC file(s)" in result.stderr
    (tmp_path / "notes.csv").write_text("mine\n")
    refused = runner.invoke(cli, ["harvest", str(crawl), "--raw", str(raw), "--report", str(tmp_path / "notes.csv")])
    assert refused.exit_code == 1 and "notes.csv: exists and is not a harvest report" in refused.output
    assert (tmp_path / "notes.csv").read_text() == "mine\n"
    for arguments, message in (
        ([str(tmp_path / "none-*.warc")], "no WARC file matches"),
        ([str(crawl), "--raw", str(tmp_path / "nowhere")], "nowhere: raw folder not found"),
        ([str(crawl), "--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
    ):
        failed = runner.invoke(cli, ["harvest", *arguments, "--report", str(tmp_path / "r.csv")] + ([] if "--raw" in arguments else ["--raw", str(raw)]))
        assert failed.exit_code != 0 and message in failed.output, failed.output
        assert "Traceback" not in failed.output


def test_an_unreachable_scheduler_is_one_line(crawl, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("pipeline.engines.dask.CONNECT_SECONDS", 2)
    raw = tmp_path / "raw"
    raw.mkdir()
    with pytest.raises(EngineError, match=r"^tcp://127.0.0.1:9: no Dask scheduler answers"):
        harvest([str(crawl)], raw, tmp_path / "report.csv", engine="dask", scheduler="tcp://127.0.0.1:9")


def test_the_benchmark_measures_a_harvest_against_a_bare_read():
    from pipeline.benchmark import harvest_benchmark

    measured = harvest_benchmark(60, runs=1)
    assert measured["records"] == measured["near_misses_records"] == 60
    assert measured["pages_kept"] == measured["near_misses_pages_kept"] == 8
    assert measured["harvest_over_bare_read"] > 0 and measured["harvest_pages_per_second"] > 0
    if "dask_2_workers_speedup" in measured:
        assert measured["dask_2_workers_speedup"] > 0
