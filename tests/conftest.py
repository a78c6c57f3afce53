"""Shared fixtures: the tests build their own corpora and never read raw/ (which will grow)."""

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed" / "what-doctor-treats-trigger-points.txt"
CORPUS_PAGES = (SEED, FIXTURES / "pages" / "01_pain_clinic_tpi.md", FIXTURES / "heldout2" / "04_docs_dry_needling.md")
SOURCES = (
    "path,source_url,title,retrieved,license\n"
    "what-doctor-treats-trigger-points.txt,https://www.example.com/what-doctor-treats-trigger-points/,What doctor treats trigger points?,,\n"
    "clinics/01_pain_clinic_tpi.md,https://clinic.example.org/tpi-faq,Trigger point injections: FAQ,2026-11-30,CC-BY-4.0\n"
)


def make_corpus(folder: Path, pages=CORPUS_PAGES, sources: str = SOURCES) -> Path:
    """A raw folder of fixture pages (the second one in a subfolder) with a sources.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, page in enumerate(pages):
        target = folder / ("clinics" if number == 1 else "") / page.name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(page.read_bytes())
    if sources:
        (folder / "sources.csv").write_text(sources, encoding="utf-8")
    return folder


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory) -> Path:
    """The tests' own cache folder (the saved spaCy pipeline, fragments): the project's .cache/ is
    never read or filled, so a test sees what a fresh clone would."""
    folder = tmp_path_factory.mktemp("cache") / "cache"
    os.environ["FAQ_PIPELINE_CACHE"] = str(folder)
    yield folder
    del os.environ["FAQ_PIPELINE_CACHE"]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "raw")


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus) -> Path:
    """The test corpus, built once per session."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("built") / "output"
    build(corpus, out)
    return out


@pytest.fixture(scope="session")
def seed_text() -> str:
    from pipeline.sources import decode_text

    return decode_text(SEED.read_bytes(), str(SEED))


@pytest.fixture(scope="session")
def seed_raw(tmp_path_factory) -> Path:
    """A raw folder of the seed page alone, under an open licence so that its text is published."""
    raw = tmp_path_factory.mktemp("seed-raw")
    (raw / SEED.name).write_bytes(SEED.read_bytes())
    (raw / "sources.csv").write_text(
        f"path,source_url,title,retrieved,license\n{SEED.name},https://example.org/seed,Seed page,,CC0-1.0\n", encoding="utf-8",
    )
    return raw
