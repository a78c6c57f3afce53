from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "raw" / "what-doctor-treats-trigger-points.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    from pipeline.sources import decode_text

    return decode_text(SEED.read_bytes(), str(SEED))
