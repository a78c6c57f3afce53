"""Versioning: a data change without a new version is named by `make`, and `make release` records
the new version with its fingerprint."""

from datetime import date

import pytest

from pipeline.publish.datapackage import dataset_version, fingerprint
from pipeline.release import ReleaseError, bump, record, recorded_fingerprint, release_year, version_problem


@pytest.fixture
def changelog(tmp_path):
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\nIntro.\n\n## [0.0.1] - 2020-01-01\n\nData fingerprint: `" + "0" * 64 + "`\n\n- First.\n")
    return path


def test_a_data_change_without_a_new_version_is_named(built, changelog):
    problem = version_problem(built, changelog)
    assert f"no entry for version {dataset_version()}" in problem and "make release VERSION=" in problem


def test_record_adds_the_version_with_its_fingerprint_on_top(built, changelog):
    record(built, "Added two pages", changelog, today=date(2027, 3, 4))
    text = changelog.read_text()
    assert text.index(f"## [{dataset_version()}] - 2027-03-04") < text.index("## [0.0.1]")
    assert recorded_fingerprint(dataset_version(), changelog) == fingerprint(built)
    assert release_year(dataset_version(), changelog) == "2027"
    assert version_problem(built, changelog) is None
    with pytest.raises(ReleaseError, match="already has version"):
        record(built, "again", changelog)


def test_bump_sets_the_version_and_refuses_a_malformed_one(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "0.1.0"\n\n[tool.x]\nversion = "keep"\n')
    bump("0.3.0", pyproject)
    assert pyproject.read_text() == '[project]\nname = "x"\nversion = "0.3.0"\n\n[tool.x]\nversion = "keep"\n'
    with pytest.raises(ReleaseError):
        bump("next", pyproject)
