"""Measuring a build: documents per second and peak memory over a synthetic corpus."""

from __future__ import annotations

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
