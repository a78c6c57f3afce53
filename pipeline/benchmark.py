"""Measuring the pipeline in one run, as ratios that hold on a busy machine: `python -m pipeline
benchmark` (`make benchmark`).

The corpus is MedQuAD's answered documents rendered as Markdown pages (or the pages of a given
folder), copied with a line that makes each copy unique when more pages are asked for than there
are. Every build runs in a fresh process (imports aside, its seconds include loading the spaCy
pipeline, built once beforehand as `make` leaves it), with a cache of extracted rows of its own
unless it is the rebuild being measured. The harvest is
measured on a synthetic crawl, against a bare read of the same WARC files.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from pipeline.defaults import ARROW_ALLOCATOR
from pipeline.engines.cache import CACHE_ENV, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SMALL, LARGE = 1_000, 10_000
VALIDATE_RUNS = 3  # validate's start-up is timed as the median of these runs: one 2-second run is at the mercy of a busy spell
MEDQUAD_LICENSE = "CC-BY-4.0"


def medquad_pages(archive: Path) -> Iterator[bytes]:
    """MedQuAD's answered documents as Markdown pages (the focus a title, each question a heading)."""
    from pipeline.sources.medquad import archive_documents, parse, render

    for member, data in archive_documents(archive):
        document = parse(data, member)
        if any(pair.paragraphs for pair in document.pairs):
            yield render(document, "# ", "## ").text.encode("utf-8")


def folder_pages(folder: Path) -> Iterator[bytes]:
    """The text and Markdown pages below a folder."""
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file()):
        yield path.read_bytes()


def write_corpus(folder: Path, pages: list[bytes], count: int, license: str = "") -> int:
    """count pages in folder (a copy of a page ends with a line naming the copy), with a sources.csv
    giving each the licence, if one is known; their words."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(count):
        page = pages[number % len(pages)]
        if number >= len(pages):
            page = page + f"\nCopy {number // len(pages)} of this page.\n".encode()
        (folder / f"page-{number:06d}.md").write_bytes(page)
        words += len(page.split())
    if license:
        rows = "".join(f"page-{number:06d}.md,,,,{license}\n" for number in range(count))
        (folder / "sources.csv").write_text("path,source_url,title,retrieved,license\n" + rows, encoding="utf-8")
    return words


def distinct_pages(source: Iterator[bytes], limit: int) -> list[bytes]:
    """Up to limit pages, each text once (exact duplicates would stop a build)."""
    seen: dict[bytes, None] = {}
    for page in source:
        seen.setdefault(page)
        if len(seen) == limit:
            break
    return list(seen)


def _child(arguments: dict) -> None:
    """Run in a fresh process: one build, its seconds per stage and its peak memory, as JSON."""
    from pipeline.build import build

    stages: dict[str, float] = {}
    started = last = time.perf_counter()
    current = "starting"

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal last, current
        now = time.perf_counter()
        stages[current] = stages.get(current, 0.0) + now - last
        last, current = now, stage

    cluster = None
    if arguments.get("scheduler") == "local-cluster":
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        arguments["scheduler"] = cluster.scheduler_address
        started = last = time.perf_counter()
    result = build(Path(arguments["raw"]), Path(arguments["out"]), cache=Path(arguments["cache"]), engine=arguments["engine"],
                   jobs=arguments["jobs"], scheduler=arguments.get("scheduler"), progress=progress)
    seconds = time.perf_counter() - started
    stages[current] = stages.get(current, 0.0) + time.perf_counter() - last
    peak = _peak_mib()
    if cluster is not None:
        cluster.close()
    print(json.dumps({"seconds": seconds, "stages": {k: round(v, 2) for k, v in stages.items()}, "extracted": result.extracted, "peak_mib": peak}))


def _peak_mib() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec (a child started from a
    large parent reports the parent's), so the kernel's high-water mark of this image is read instead."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_times() -> tuple[int, int] | None:
    """(busy, all) jiffies of the whole machine since it started (Linux), or None."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle and waiting for I/O
    return sum(fields) - idle, sum(fields)


def prepare_pipeline(folder: Path) -> None:
    """Build the spaCy pipeline into a cache folder once, as `make` leaves it for every later build:
    the builds measured load it, as a user's do, rather than each building it anew."""
    subprocess.run([sys.executable, "-c", "from pipeline.extract.nlp import default_nlp; default_nlp()"], check=True, capture_output=True,
                   env={**os.environ, CACHE_ENV: str(folder)})


def timed_build(raw: Path, out: Path, cache: Path, pipelines: Path, engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> dict:
    """One build in a fresh process, its extracted rows cached in `cache` (its own, unless a rebuild
    is measured), its spaCy pipeline loaded from `pipelines` (prepare_pipeline)."""
    arguments = {"raw": str(raw), "out": str(out), "cache": str(cache), "engine": engine, "jobs": jobs, "scheduler": scheduler}
    code = "import json, sys; from pipeline.benchmark import _child; _child(json.loads(sys.argv[1]))"
    before = _cpu_times()
    done = subprocess.run([sys.executable, "-c", code, json.dumps(arguments)], capture_output=True, text=True,
                          env={**ARROW_ALLOCATOR, **os.environ, CACHE_ENV: str(pipelines)})  # as `python -m pipeline build` runs
    after = _cpu_times()
    if done.returncode:
        raise RuntimeError(f"the build of {raw} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    measured["largest_table_mib"] = largest_table_mib(out)
    if before and after and after[1] > before[1]:  # how many of the machine's cores were busy, with anything, meanwhile
        measured["machine_busy_cores"] = round((after[0] - before[0]) / (after[1] - before[1]) * (os.cpu_count() or 1), 2)
    return measured


def largest_table_mib(out: Path) -> float:
    """The Arrow size of the largest published table: what its final write must hold at once."""
    import pyarrow.parquet as pq

    return round(max(pq.read_table(path).nbytes for path in out.glob("*.parquet")) / 2**20, 1)


def _seconds(command: list[str], cwd: Path | None = None, env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, check=True, capture_output=True)
    return time.perf_counter() - started


def tokenizer_baseline(pages: list[bytes]) -> dict[str, float]:
    """Words per second of a bare `spacy.blank("en").pipe`, and where one process spends a build's
    extraction: the project's tokenizer, its other spaCy components, and its own rules."""
    import spacy

    from pipeline.extract.nlp import build_nlp
    from pipeline.extract.records import document_records
    from pipeline.sources import read_bytes

    documents = [read_bytes(page, f"page-{i}.md", f"page-{i}.md") for i, page in enumerate(pages)]
    texts = [doc.text for doc in documents]
    words = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    for _ in spacy.blank("en").pipe(texts):
        pass
    bare = time.perf_counter() - started
    nlp = build_nlp()
    started = time.perf_counter()
    for _ in nlp.tokenizer.pipe(texts):
        pass
    tokenizer = time.perf_counter() - started
    nlp = build_nlp()  # a cold tokenizer cache again
    started = time.perf_counter()
    parsed = list(nlp.pipe(texts))
    pipeline = time.perf_counter() - started
    started = time.perf_counter()
    for doc, spacy_doc in zip(documents, parsed):
        document_records(doc, spacy_doc)
    rules = time.perf_counter() - started
    return {
        "words": words, "bare_tokenizer_words_per_second": round(words / bare),
        "tokenizer_seconds": round(tokenizer, 2), "components_seconds": round(pipeline - tokenizer, 2), "rules_seconds": round(rules, 2),
    }


def _make_noop(pages: list[bytes], work: Path) -> dict[str, float] | None:
    """`make` on a one-page corpus, then again with nothing changed: seconds, and whether it wrote anything."""
    if shutil.which("make") is None or not (ROOT / "Makefile").is_file():
        return None
    raw, out = work / "make-raw", work / "make-out"
    write_corpus(raw, pages[:1], 1)
    env = {CACHE_ENV: str(work / "make-cache")}
    make = ["make", "--no-print-directory", "-C", str(ROOT), "data", f"RAW={raw}", f"OUT={out}"]
    _seconds(make, env=env)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    seconds = _seconds(make, env=env)
    return {"make_noop_seconds": round(seconds, 2), "make_noop_touched_files": sum(p.stat().st_mtime_ns != before.get(p.name) for p in out.iterdir())}


def run(archive: Path | None = None, folder: Path | None = None, small: int = SMALL, large: int = LARGE, dask: bool = True) -> dict:
    """Every measurement of the issue's table, in one run."""
    source = folder_pages(folder) if folder else medquad_pages(archive)
    pages = distinct_pages(source, large)
    if not pages:
        raise FileNotFoundError(f"no pages in {folder or archive}")
    results: dict = {"machine": {"cpus": os.cpu_count(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}}
    with tempfile.TemporaryDirectory(prefix="faq-benchmark-") as scratch:
        work = Path(scratch)
        license = "" if folder else MEDQUAD_LICENSE  # as `select` records MedQuAD's pages: their text is published
        small_words = write_corpus(work / "small", pages, small, license)
        large_words = write_corpus(work / "large", pages, large, license)
        results["corpus"] = {"source": str(folder or archive), "distinct_pages": len(pages), "small_pages": small, "large_pages": large,
                             "small_words": small_words, "large_words": large_words}
        baseline = tokenizer_baseline(pages[:small])
        results["baseline"] = baseline

        pipelines = work / "pipelines"
        prepare_pipeline(pipelines)
        full_small = timed_build(work / "small", work / "out-small", work / "cache-small", pipelines)
        full_large = timed_build(work / "large", work / "out-large", work / "cache-large", pipelines)
        noop_large = timed_build(work / "large", work / "out-large", work / "cache-large", pipelines)
        changed = work / "large" / "page-000000.md"
        changed.write_bytes(changed.read_bytes() + b"\nIs this page changed?\n\nYes, by one line.\n")
        incremental_large = timed_build(work / "large", work / "out-large", work / "cache-large", pipelines)
        jobs_small = timed_build(work / "small", work / "out-jobs", work / "cache-jobs", pipelines, engine="processes", jobs=2)
        # each kind of small build twice, in turns, so that a busy spell of the machine weighs on both sides of the ratio
        again_small = timed_build(work / "small", work / "out-again", work / "cache-again", pipelines)
        jobs_again = timed_build(work / "small", work / "out-jobs-again", work / "cache-jobs-again", pipelines, engine="processes", jobs=2)
        dask_small = timed_build(work / "small", work / "out-dask", work / "cache-dask", pipelines, engine="dask", scheduler="local-cluster") if dask else None
        same = [_digests(work / name) == _digests(work / "out-small") for name in ("out-jobs", "out-again", "out-jobs-again", *(["out-dask"] if dask else []))]
        results["builds"] = {"full_small": full_small, "full_large": full_large, "noop_large": noop_large,
                             "one_page_changed_large": incremental_large, "jobs2_small": jobs_small, "dask_small": dask_small,
                             "full_small_again": again_small, "jobs2_small_again": jobs_again,
                             "engines_byte_identical": all(same)}

        help_seconds = _seconds([sys.executable, "-m", "pipeline", "--help"])
        validate = [sys.executable, "-m", "pipeline", "validate", str(FIXTURES / "heldout" / "01_hospital_tpi_faq.md"), "--raw", str(work / "large")]
        first_validate = _seconds(validate, env={CACHE_ENV: str(work / "cache-large")})
        validate_seconds = sorted(_seconds(validate, env={CACHE_ENV: str(work / "cache-large")}) for _ in range(VALIDATE_RUNS))[VALIDATE_RUNS // 2]
        results["start_up"] = {"help_seconds": round(help_seconds, 2), "validate_first_seconds": round(first_validate, 2),
                               "validate_seconds": round(validate_seconds, 2), "validate_beside_pages": large,
                               **(_make_noop(pages, work) or {})}

    build_rate = small_words / full_small["seconds"]
    results["ratios"] = {
        "build_over_bare_tokenizer": round(build_rate / baseline["bare_tokenizer_words_per_second"], 3),
        "rules_share_of_build": round(baseline["rules_seconds"] / full_small["seconds"], 3),
        "tokenizer_is_largest_cost": baseline["tokenizer_seconds"] >= max(baseline["components_seconds"], baseline["rules_seconds"]),
        "peak_mib_per_1000_pages_beyond_small": round((full_large["peak_mib"] - full_small["peak_mib"]) / ((large - small) / 1000), 1),
        "peak_mib_per_1000_pages_beyond_largest_table": round(
            (full_large["peak_mib"] - full_large["largest_table_mib"] - full_small["peak_mib"] + full_small["largest_table_mib"]) / ((large - small) / 1000), 1),
        "one_page_rebuild_over_full": round(incremental_large["seconds"] / full_large["seconds"], 3),
        "noop_rebuild_over_full": round(noop_large["seconds"] / full_large["seconds"], 3),
        "jobs2_speedup": round((full_small["seconds"] + again_small["seconds"]) / (jobs_small["seconds"] + jobs_again["seconds"]), 2),
        "machine_busy_cores_jobs1": full_small.get("machine_busy_cores"),
        "machine_busy_cores_jobs2": jobs_small.get("machine_busy_cores"),
        **({"dask_local_cluster_speedup": round((full_small["seconds"] + again_small["seconds"]) / 2 / dask_small["seconds"], 2)} if dask else {}),
    }
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return results


def _digests(folder: Path) -> dict[str, bytes]:
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).digest() for p in sorted(folder.iterdir())}


def table(results: dict) -> list[str]:
    """The figures as a Markdown table: measure, value, goal."""
    rows, notes = [], []
    if "builds" in results:
        builds, ratios, start, corpus = results["builds"], results["ratios"], results["start_up"], results["corpus"]
        rows += [
            ("build throughput / bare spacy.blank('en').pipe, one process", ratios["build_over_bare_tokenizer"], ">= 0.25"),
            ("project rules (document_records) share of a build", ratios["rules_share_of_build"], "tokenizer the largest cost"),
            ("tokenizer / other components / rules seconds", f"{results['baseline']['tokenizer_seconds']} / {results['baseline']['components_seconds']} / {results['baseline']['rules_seconds']}", ""),
            (f"peak memory {corpus['small_pages']} -> {corpus['large_pages']} pages (MiB)", f"{builds['full_small']['peak_mib']:.0f} -> {builds['full_large']['peak_mib']:.0f}", ""),
            ("peak memory per 1,000 pages beyond the smaller build (MiB)", ratios["peak_mib_per_1000_pages_beyond_small"], ""),
            (f"largest table written, in memory: {corpus['small_pages']} -> {corpus['large_pages']} pages (MiB)", f"{builds['full_small']['largest_table_mib']} -> {builds['full_large']['largest_table_mib']}", ""),
            ("peak memory per 1,000 pages beyond the smaller build and the largest table being written (MiB)", ratios["peak_mib_per_1000_pages_beyond_largest_table"], "<= 20"),
            (f"{corpus['large_pages']} pages, full build (s)", round(builds["full_large"]["seconds"], 1), "-"),
            ("rebuild after changing one page / full build", ratios["one_page_rebuild_over_full"], "<= 0.10"),
            ("rebuild with nothing changed / full build", ratios["noop_rebuild_over_full"], ""),
            ("make with nothing changed, 1-page corpus (s; files touched)", f"{start.get('make_noop_seconds', 'n/a')}; {start.get('make_noop_touched_files', 'n/a')}", "< 2 s, none"),
            ("--help (s)", start["help_seconds"], "< 0.5"),
            (f"validate one page beside {start['validate_beside_pages']} pages (s, median of {VALIDATE_RUNS}; first run, index built)", f"{start['validate_seconds']} ({start['validate_first_seconds']})", "< 2"),
            ("--jobs 2 / --jobs 1 (each built twice, in turns)", ratios["jobs2_speedup"], ">= 1.7"),
            (f"busy cores of the machine's {results['machine']['cpus']} during --jobs 1 / --jobs 2 (this build and everything else)", f"{ratios['machine_busy_cores_jobs1']} / {ratios['machine_busy_cores_jobs2']}", "the build alone: 1 / 2"),
            ("Dask LocalCluster (2 workers) / local (the mean of two)", ratios.get("dask_local_cluster_speedup", "not run"), "same output"),
            ("every engine byte-identical", builds["engines_byte_identical"], "True"),
        ]
        notes.append(f"Stages of the {corpus['small_pages']}-page build (s): " + ", ".join(f"{k} {v}" for k, v in builds["full_small"]["stages"].items()))
    if results.get("harvest"):
        harvest = results["harvest"]
        rows += [
            (f"harvest of {harvest['records']} WARC records ({harvest['payload_mib']} MiB) / bare FastWARC read, wall-clock (CPU)", f"{harvest['harvest_over_bare_read']} ({harvest['harvest_over_bare_read_cpu']})", "<= 3"),
            ("harvest pages/s, MiB/s", f"{harvest['harvest_pages_per_second']}, {harvest['harvest_mib_per_second']}", ""),
            ("the same with near misses (pages naming the subject in passing) / bare read", harvest["near_misses_harvest_over_bare_read"], ""),
            ("harvest on a Dask LocalCluster (2 workers) / one process", harvest.get("dask_2_workers_speedup", "not run"), ""),
        ]
    for key, value in results.get("page_scaling", {}).items():
        rows.append((key.replace("_", " "), value, "linear" if "_over_" in key else ""))
    lines = ["| measure | value | goal |", "| --- | --- | --- |"]
    lines += [f"| {measure} | {value} | {goal} |" for measure, value, goal in rows]
    if "machine" in results:
        machine = results["machine"]
        notes.append(f"Load average (1, 5, 15 min) at start {machine['load_average_at_start']}, at end {machine['load_average_at_end']} on {machine['cpus']} CPUs.")
    return lines + ([""] + notes if notes else [])


def large_page(megabytes: float) -> str:
    """One page of about the given size: fixture pages one after another, their questions made unique."""
    templates = sorted(p for p in [*FIXTURES.glob("*/*.txt"), *FIXTURES.glob("*/*.md")])
    if not templates:
        raise FileNotFoundError(f"no template pages in {FIXTURES}")
    parts, size, number = [], 0, 0
    while size < megabytes * 1_000_000:
        text = templates[number % len(templates)].read_text(encoding="utf-8").replace("?", f" (part {number})?")
        parts.append(text)
        size += len(text) + 2
        number += 1
    return "\n\n".join(parts)


def page_scaling(sizes_mb: list[float]) -> dict[str, float]:
    """Seconds `validate` takes on one page of each size: the cost must grow linearly."""
    from pipeline.curation import check_files
    from pipeline.extract.nlp import default_nlp

    default_nlp()
    measured: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as work:
        for size in sizes_mb:
            page = Path(work) / f"page-{size}mb.txt"
            page.write_text(large_page(size), encoding="utf-8")
            started = time.perf_counter()
            check_files([page], Path(work) / "raw", max_bytes=page.stat().st_size)
            measured[f"validate_{size:g}mb_seconds"] = round(time.perf_counter() - started, 2)
    smallest, largest = min(sizes_mb), max(sizes_mb)
    if largest > smallest:
        ratio = measured[f"validate_{largest:g}mb_seconds"] / measured[f"validate_{smallest:g}mb_seconds"]
        measured[f"validate_{largest:g}mb_over_{smallest:g}mb"] = round(ratio, 2)
    return measured


NEAR_TOPIC = (  # words of pages that name the scope without being FAQ pages about it
    "stretching", "massage", "back pain", "physical therapy", "neck pain", "chiropractor", "sprain", "stiffness",
)
FILLER = (
    "the of and to in is for on with as by at from this that it be are was or an which data system user file cloud "
    "travel recipe garden budget market season flavor kitchen route hotel beach coding server network install update "
    "settings account privacy policy review price product order shipping return team game score player league city "
    "museum history art music film book author chapter weather river mountain trail coffee bread invoice loan rate "
    "planet orbit engine battery charger laptop screen camera lens wedding flower paint brush canvas school student"
).split()


def _filler_page(rng, number: int, topic: tuple[str, ...] = (), mentions: int = 0) -> bytes:
    """An out-of-scope page of 20-150 KB (75 KB on average; Common Crawl's archives hold over
    100 KB of content per page), laid out as pages are: a third inline scripts, a sixth styles,
    and markup around prose that is a fifth of the bytes (about 2,500 words). With a topic, its
    words are mixed into the prose (an article about it), or, with `mentions`, named that many
    times in passing."""
    words = FILLER + (list(topic) if not mentions else [])
    scale = rng.uniform(1.5, 8.5)

    def block() -> str:
        classes = " ".join(f"c{rng.randint(0, 999)}" for _ in range(rng.randint(2, 5)))
        return (
            f"<div class='row {classes}' data-id='{rng.randint(0, 10**6)}'><div class='col-md-{rng.randint(3, 12)}'>"
            f"<p class='text'>{' '.join(rng.choice(words) for _ in range(rng.randint(8, 30)))}.</p>"
            f"<a class='more' href='/{rng.choice(FILLER)}/{rng.randint(0, 99999)}'>{rng.choice(FILLER)}</a></div></div>"
        )
    blocks = [block() for _ in range(int(scale * rng.randint(16, 36)))]
    for _ in range(mentions):
        place = rng.randrange(len(blocks))
        blocks[place] = blocks[place].replace("<p class='text'>", f"<p class='text'>{rng.choice(topic)} ", 1)
    script = "".join(f"var v{rng.randint(0, 10**6)}=function(a){{return a*{rng.randint(2, 99)}}};" for _ in range(int(scale * rng.randint(70, 210))))
    style = "".join(f".c{rng.randint(0, 10**5)}{{margin:{rng.randint(0, 40)}px;color:#{rng.randint(0, 0xFFFFFF):06x}}}" for _ in range(int(scale * rng.randint(40, 120))))
    links = "".join(f"<li><a href='/{rng.choice(FILLER)}/{rng.randint(0, 999)}'>{rng.choice(FILLER).title()}</a></li>" for _ in range(60))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{rng.choice(FILLER).title()} {number}</title>"
        f"<style>{style}</style></head><body><nav><ul>{links}</ul></nav><main><h1>{' '.join(rng.choice(words) for _ in range(5))}</h1>"
        f"{''.join(blocks)}</main><footer><p>Contact us</p></footer><script>{script}</script></body></html>"
    ).encode("utf-8")


def _warc_record(url: str, status: str, content_type: str, body: bytes, kind: str = "response") -> bytes:
    """One gzipped WARC record (its own gzip member, as Common Crawl writes them)."""
    import gzip

    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(WarcRecordType.response if kind == "response" else WarcRecordType.request)
    record.headers.set("WARC-Target-URI", url)
    record.headers.set("WARC-Date", "2025-03-14T09:30:00Z")
    if kind == "response":
        head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    else:
        head = f"GET {url} HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n"
    record.set_bytes_content(head.encode("ascii") + body)
    record.is_http = True
    out = io.BytesIO()
    record.write(out)
    return gzip.compress(out.getvalue(), compresslevel=6, mtime=0)


def synthetic_crawl(folder: Path, records: int, files: int = 2, near_misses: bool = False, seed: int = 14) -> list[Path]:
    """WARC files of `records` responses in all, each after its request, as a crawl writes them:
    8 clinic pages of tests/fixtures/html_pages (in scope) and 4 of them again under another
    address (duplicates), 1% PDFs, 1% redirects and errors, and out-of-scope pages; with
    `near_misses`, 3% of those name the scope in passing (1-6 times) and 0.3% are articles about
    it (not FAQs): pages the prefilter cannot turn away."""
    rng = random.Random(seed)
    in_scope = sorted((FIXTURES / "html_pages").glob("*.html"))[::2]
    captures = [(f"https://clinic-{n}.example/faq", "200 OK", "text/html; charset=utf-8", p.read_bytes()) for n, p in enumerate(in_scope)]
    captures += [(f"https://clinic-{n}.example/faq?ref=mirror", "200 OK", "text/html; charset=utf-8", p.read_bytes()) for n, p in enumerate(in_scope[::2])]
    passing, articles = (0.03, 0.003) if near_misses else (0, 0)
    for number in range(max(records - len(captures), 0)):
        url, draw = f"https://site-{number % 97}.example/page/{number}", rng.random()
        if draw < 0.01:
            captures.append((url + ".pdf", "200 OK", "application/pdf", b"%PDF-1.7\n" + rng.randbytes(rng.randint(20_000, 80_000))))
        elif draw < 0.02:
            captures.append((url, rng.choice(["301 Moved Permanently", "404 Not Found", "503 Service Unavailable"]), "text/html", b"<html><body>Moved or missing</body></html>"))
        elif draw < 0.02 + articles:
            captures.append((url, "200 OK", "text/html; charset=utf-8", _filler_page(rng, number, NEAR_TOPIC)))
        elif draw < 0.02 + articles + passing:
            captures.append((url, "200 OK", "text/html; charset=utf-8", _filler_page(rng, number, NEAR_TOPIC, mentions=rng.randint(1, 6))))
        else:
            captures.append((url, "200 OK", "text/html; charset=utf-8", _filler_page(rng, number)))
    rng.shuffle(captures)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"CC-BENCH-{n:05d}.warc.gz" for n in range(files)]
    for n, path in enumerate(paths):
        with path.open("wb") as out:
            for url, status, kind, body in captures[n::files]:
                out.write(_warc_record(url, "", "", b"", kind="request"))
                out.write(_warc_record(url, status, kind, body))
    return paths


def _bare_read(paths: list[Path]) -> tuple[int, int]:
    """Read every response record's payload with FastWARC and do nothing with it: (records, bytes)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = size = 0
    for path in paths:
        for record in ArchiveIterator(str(path), record_types=WarcRecordType.response, auto_decode="all", fsspec_args=False):
            size += len(record.reader.read())
            records += 1
    return records, size


def _best(function, runs: int) -> tuple[float, float]:
    """The least wall-clock and CPU seconds of this process over `runs` calls: CPU time is what
    the work costs, whatever else the machine is running."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _harvest_figures(work: Path, paths: list[Path], runs: int, prefix: str) -> tuple[dict[str, float], float]:
    """Records, megabytes, kept pages and the harvest against a bare read of these WARC files;
    and the harvest's seconds."""
    from pipeline.harvest import harvest

    locations = [str(p) for p in paths]
    pages, payload = _bare_read(paths)
    folders = iter(range(10**6))

    def harvest_into_new_folder() -> None:
        folder = work / f"{prefix}raw-{next(folders)}"
        folder.mkdir()
        harvest(locations, folder, folder.with_suffix(".csv"))
    bare, bare_cpu = _best(lambda: _bare_read(paths), runs)
    harvested, harvested_cpu = _best(harvest_into_new_folder, runs)
    kept = len([p for p in (work / f"{prefix}raw-0").iterdir() if p.suffix == ".html"])
    return {
        f"{prefix}records": pages, f"{prefix}payload_mib": round(payload / 2**20, 1), f"{prefix}pages_kept": kept,
        f"{prefix}bare_read_seconds": round(bare, 3), f"{prefix}harvest_seconds": round(harvested, 3),
        f"{prefix}harvest_over_bare_read": round(harvested / bare, 2), f"{prefix}harvest_over_bare_read_cpu": round(harvested_cpu / bare_cpu, 2),
        f"{prefix}harvest_pages_per_second": round(pages / harvested, 1), f"{prefix}harvest_mib_per_second": round(payload / 2**20 / harvested, 1),
        f"{prefix}bare_read_mib_per_second": round(payload / 2**20 / bare, 1),
    }, harvested


def harvest_benchmark(records: int, runs: int = 3, workers: int = 2) -> dict[str, float]:
    """A harvest of a synthetic crawl (see synthetic_crawl) against reading the same records with
    FastWARC and doing nothing (best of `runs` each, wall-clock and CPU time of this process), the
    same with near misses, and the harvest on a local Dask cluster of `workers` processes (one
    task per WARC file, measured once the workers have read the rules)."""
    from pipeline.extract.nlp import default_nlp
    from pipeline.harvest import harvest, prefilter

    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        paths = synthetic_crawl(work / "crawl", records)
        started = time.perf_counter()
        default_nlp(), prefilter()
        measured = {"harvest_warc_files": len(paths), "harvest_setup_seconds": round(time.perf_counter() - started, 2)}
        figures, harvested = _harvest_figures(work, paths, runs, "")
        measured.update(figures)
        near = synthetic_crawl(work / "near-misses", records, near_misses=True)
        measured.update(_harvest_figures(work, near, runs, "near_misses_")[0])
        try:
            from distributed import LocalCluster
        except ImportError:
            return measured
        folders = iter(range(10**6))

        def on_dask(address: str) -> None:
            folder = work / f"dask-raw-{next(folders)}"
            folder.mkdir()
            harvest([str(p) for p in paths], folder, folder.with_suffix(".csv"), engine="dask", scheduler=address)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            on_dask(cluster.scheduler_address)  # each worker loads the rules once
            seconds = _best(lambda: on_dask(cluster.scheduler_address), runs)[0]
        measured[f"dask_{workers}_workers_seconds"] = round(seconds, 3)
        measured[f"dask_{workers}_workers_speedup"] = round(harvested / seconds, 2)
    return measured
