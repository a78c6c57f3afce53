"""Measuring a build (documents per second and peak memory over a synthetic corpus) and a harvest
(pages and megabytes per second over a synthetic crawl, against a bare read of the same WARC files)."""

from __future__ import annotations

import io
import random
import resource
import tempfile
import time
from pathlib import Path

from pipeline.build import build
from pipeline.extract.nlp import default_nlp

FIXTURES = Path(__file__).parent.parent / "tests" / "fixtures"


def synthetic_corpus(folder: Path, documents: int) -> None:
    """Copies of the raw and fixture pages, each made unique so none is a duplicate."""
    templates = sorted(p for p in [*FIXTURES.glob("*/*.txt"), *FIXTURES.glob("*/*.md")])
    if not templates:
        raise FileNotFoundError(f"no template pages in {FIXTURES}")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(documents):
        template = templates[number % len(templates)]
        text = template.read_text(encoding="utf-8")
        (folder / f"page-{number:06d}{template.suffix}").write_text(f"{text}\nPage {number}.\n", encoding="utf-8")


def large_page(megabytes: float) -> str:
    """One page of about the given size: fixture pages one after another, their questions made unique."""
    templates = sorted(p for p in [*FIXTURES.glob("*/*.txt"), *FIXTURES.glob("*/*.md")])
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


def run(documents: int) -> dict[str, float]:
    """Build a synthetic corpus of the given size; time the pipeline set-up and the build apart."""
    with tempfile.TemporaryDirectory() as work:
        raw, out = Path(work) / "raw", Path(work) / "output"
        synthetic_corpus(raw, documents)
        started = time.perf_counter()
        default_nlp()
        setup = time.perf_counter() - started
        started = time.perf_counter()
        build(raw, out)
        seconds = time.perf_counter() - started
        output_bytes = sum(p.stat().st_size for p in out.iterdir())
    return {
        "documents": documents,
        "setup_seconds": round(setup, 2),
        "build_seconds": round(seconds, 2),
        "documents_per_second": round(documents / seconds, 2),
        "peak_memory_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "output_mib": round(output_bytes / 2**20, 2),
    }


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
            harvest([str(p) for p in paths], folder, folder.with_suffix(".csv"), dask=True, scheduler=address)
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            on_dask(cluster.scheduler_address)  # each worker loads the rules once
            seconds = _best(lambda: on_dask(cluster.scheduler_address), runs)[0]
        measured[f"dask_{workers}_workers_seconds"] = round(seconds, 3)
        measured[f"dask_{workers}_workers_speedup"] = round(harvested / seconds, 2)
    return measured
