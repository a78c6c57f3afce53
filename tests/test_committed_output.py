"""The one test of the committed dataset: output/ is exactly what a build of raw/ gives, and its
data fingerprint is the one CHANGELOG.md records for the current version. It makes no
assumption about what raw/ holds."""

import hashlib
import json
import re
from pathlib import Path

from pipeline.build import build
from pipeline.publish.datapackage import dataset_version, fingerprint

ROOT = Path(__file__).parent.parent


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_committed_output_is_a_rebuild_of_raw(tmp_path):
    build(ROOT / "raw", tmp_path / "output")
    assert digests(tmp_path / "output") == digests(ROOT / "output"), "output/ is stale: run `make` and commit output/"


def test_the_version_records_the_data_fingerprint():
    """A change of data comes with a new version in CHANGELOG.md (`make` says so when it is due)."""
    recorded = re.search(rf"## \[{re.escape(dataset_version())}\].*?fingerprint: `([0-9a-f]{{64}})`", (ROOT / "CHANGELOG.md").read_text(), re.S)
    assert recorded, f"CHANGELOG.md has no entry with a fingerprint for version {dataset_version()}"
    published = json.loads((ROOT / "output" / "datapackage.json").read_text())["fingerprint"]
    assert published == fingerprint(ROOT / "output") == recorded.group(1), (
        "the data changed under the same version: see README, 'Adding a source document'"
    )
