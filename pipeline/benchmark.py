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
