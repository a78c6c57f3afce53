"""Measuring the pipeline in one run, as ratios that hold on a busy machine: `python -m pipeline
benchmark` (`make benchmark`).

The corpus is MedQuAD's answered documents rendered as Markdown pages (or the pages of a given
folder), copied with a line that makes each copy unique when more pages are asked for than there
are. Every build runs in a fresh process (imports aside, its seconds include loading the spaCy
pipeline), with a cache of its own unless it is the rebuild being measured.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from pipeline.engines.cache import CACHE_ENV, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SMALL, LARGE = 1_000, 10_000


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


def write_corpus(folder: Path, pages: list[bytes], count: int) -> int:
    """count pages in folder (a copy of a page ends with a line naming the copy); their words."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(count):
        page = pages[number % len(pages)]
        if number >= len(pages):
            page = page + f"\nCopy {number // len(pages)} of this page.\n".encode()
        (folder / f"page-{number:06d}.md").write_bytes(page)
        words += len(page.split())
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


def timed_build(raw: Path, out: Path, cache: Path, engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> dict:
    arguments = {"raw": str(raw), "out": str(out), "cache": str(cache), "engine": engine, "jobs": jobs, "scheduler": scheduler}
    code = "import json, sys; from pipeline.benchmark import _child; _child(json.loads(sys.argv[1]))"
    before = _cpu_times()
    done = subprocess.run([sys.executable, "-c", code, json.dumps(arguments)], capture_output=True, text=True, env={**os.environ, CACHE_ENV: str(cache)})
    after = _cpu_times()
    if done.returncode:
        raise RuntimeError(f"the build of {raw} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    if before and after and after[1] > before[1]:  # how many of the machine's cores were busy, with anything, meanwhile
        measured["machine_busy_cores"] = round((after[0] - before[0]) / (after[1] - before[1]) * (os.cpu_count() or 1), 2)
    return measured


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
        small_words = write_corpus(work / "small", pages, small)
        large_words = write_corpus(work / "large", pages, large)
        results["corpus"] = {"source": str(folder or archive), "distinct_pages": len(pages), "small_pages": small, "large_pages": large,
                             "small_words": small_words, "large_words": large_words}
        baseline = tokenizer_baseline(pages[:small])
        results["baseline"] = baseline

        full_small = timed_build(work / "small", work / "out-small", work / "cache-small")
        full_large = timed_build(work / "large", work / "out-large", work / "cache-large")
        noop_large = timed_build(work / "large", work / "out-large", work / "cache-large")
        changed = work / "large" / "page-000000.md"
        changed.write_bytes(changed.read_bytes() + b"\nIs this page changed?\n\nYes, by one line.\n")
        incremental_large = timed_build(work / "large", work / "out-large", work / "cache-large")
        jobs_small = timed_build(work / "small", work / "out-jobs", work / "cache-jobs", engine="processes", jobs=2)
        dask_small = timed_build(work / "small", work / "out-dask", work / "cache-dask", engine="dask", scheduler="local-cluster") if dask else None
        same = [_digests(work / name) == _digests(work / "out-small") for name in ("out-jobs", *(["out-dask"] if dask else []))]
        results["builds"] = {"full_small": full_small, "full_large": full_large, "noop_large": noop_large,
                             "one_page_changed_large": incremental_large, "jobs2_small": jobs_small, "dask_small": dask_small,
                             "engines_byte_identical": all(same)}

        help_seconds = _seconds([sys.executable, "-m", "pipeline", "--help"])
        validate = [sys.executable, "-m", "pipeline", "validate", str(FIXTURES / "heldout" / "01_hospital_tpi_faq.md"), "--raw", str(work / "large")]
        first_validate = _seconds(validate, env={CACHE_ENV: str(work / "cache-large")})
        validate_seconds = _seconds(validate, env={CACHE_ENV: str(work / "cache-large")})
        results["start_up"] = {"help_seconds": round(help_seconds, 2), "validate_first_seconds": round(first_validate, 2),
                               "validate_seconds": round(validate_seconds, 2), "validate_beside_pages": large,
                               **(_make_noop(pages, work) or {})}

    build_rate = small_words / full_small["seconds"]
    results["ratios"] = {
        "build_over_bare_tokenizer": round(build_rate / baseline["bare_tokenizer_words_per_second"], 3),
        "rules_share_of_build": round(baseline["rules_seconds"] / full_small["seconds"], 3),
        "tokenizer_is_largest_cost": baseline["tokenizer_seconds"] >= max(baseline["components_seconds"], baseline["rules_seconds"]),
        "peak_mib_per_1000_pages_beyond_small": round((full_large["peak_mib"] - full_small["peak_mib"]) / ((large - small) / 1000), 1),
        "one_page_rebuild_over_full": round(incremental_large["seconds"] / full_large["seconds"], 3),
        "noop_rebuild_over_full": round(noop_large["seconds"] / full_large["seconds"], 3),
        "jobs2_speedup": round(full_small["seconds"] / jobs_small["seconds"], 2),
        "machine_busy_cores_jobs1": full_small.get("machine_busy_cores"),
        "machine_busy_cores_jobs2": jobs_small.get("machine_busy_cores"),
        **({"dask_local_cluster_speedup": round(full_small["seconds"] / dask_small["seconds"], 2)} if dask else {}),
    }
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return results


def _digests(folder: Path) -> dict[str, bytes]:
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).digest() for p in sorted(folder.iterdir())}


def table(results: dict) -> list[str]:
    """The figures as a Markdown table: measure, value, goal."""
    builds, ratios, start, corpus = results["builds"], results["ratios"], results["start_up"], results["corpus"]
    rows = [
        ("build throughput / bare spacy.blank('en').pipe, one process", ratios["build_over_bare_tokenizer"], ">= 0.25"),
        ("project rules (document_records) share of a build", ratios["rules_share_of_build"], "tokenizer the largest cost"),
        ("tokenizer / other components / rules seconds", f"{results['baseline']['tokenizer_seconds']} / {results['baseline']['components_seconds']} / {results['baseline']['rules_seconds']}", ""),
        (f"peak memory {corpus['small_pages']} -> {corpus['large_pages']} pages (MiB)", f"{builds['full_small']['peak_mib']:.0f} -> {builds['full_large']['peak_mib']:.0f}", ""),
        ("peak memory per 1,000 pages beyond the smaller build (MiB)", ratios["peak_mib_per_1000_pages_beyond_small"], "<= 20"),
        (f"{corpus['large_pages']} pages, full build (s)", round(builds["full_large"]["seconds"], 1), "-"),
        ("rebuild after changing one page / full build", ratios["one_page_rebuild_over_full"], "<= 0.10"),
        ("rebuild with nothing changed / full build", ratios["noop_rebuild_over_full"], ""),
        ("make with nothing changed, 1-page corpus (s; files touched)", f"{start.get('make_noop_seconds', 'n/a')}; {start.get('make_noop_touched_files', 'n/a')}", "< 2 s, none"),
        ("--help (s)", start["help_seconds"], "< 0.5"),
        (f"validate one page beside {start['validate_beside_pages']} pages (s; first run, index built)", f"{start['validate_seconds']} ({start['validate_first_seconds']})", "< 2"),
        ("--jobs 2 / --jobs 1", ratios["jobs2_speedup"], ">= 1.7"),
        (f"busy cores of the machine's {results['machine']['cpus']} during --jobs 1 / --jobs 2 (this build and everything else)", f"{ratios['machine_busy_cores_jobs1']} / {ratios['machine_busy_cores_jobs2']}", "the build alone: 1 / 2"),
        ("Dask LocalCluster (2 workers) / local", ratios.get("dask_local_cluster_speedup", "not run"), "same output"),
        ("every engine byte-identical", builds["engines_byte_identical"], "True"),
    ]
    lines = ["| measure | value | goal |", "| --- | --- | --- |"]
    lines += [f"| {measure} | {value} | {goal} |" for measure, value, goal in rows]
    lines += ["", f"Stages of the {corpus['small_pages']}-page build (s): " + ", ".join(f"{k} {v}" for k, v in builds["full_small"]["stages"].items()),
              f"Load average (1, 5, 15 min) at start {results['machine']['load_average_at_start']}, at end {results['machine']['load_average_at_end']} on {results['machine']['cpus']} CPUs."]
    return lines


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
