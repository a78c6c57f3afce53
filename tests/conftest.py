from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "raw" / "what-doctor-treats-trigger-points.txt"


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
