"""Versioning the published dataset: each version in CHANGELOG.md records the fingerprint of its
tables, so a change of data without a new version is caught (`make` says so, a test fails).

`python -m pipeline.release check|bump|record` are the maintainer's commands behind `make` and
`make release VERSION=x.y.z NOTES="..."`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import click

from pipeline.publish.datapackage import dataset_version, fingerprint

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
PYPROJECT = ROOT / "pyproject.toml"
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class ReleaseError(Exception):
    pass


def recorded_fingerprint(version: str, changelog: Path = CHANGELOG) -> str | None:
    found = re.search(rf"^## \[{re.escape(version)}\].*?fingerprint: `([0-9a-f]{{64}})`", changelog.read_text(encoding="utf-8"), re.S | re.M)
    return found.group(1) if found else None


def release_year(version: str | None = None, changelog: Path = CHANGELOG) -> str:
    """The year the version was released, from its CHANGELOG.md heading ("## [0.2.0] - 2026-12-02")."""
    version = version or dataset_version()
    found = re.search(rf"^## \[{re.escape(version)}\] - (\d{{4}})-", changelog.read_text(encoding="utf-8"), re.M) if changelog.exists() else None
    return found.group(1) if found else ""


def version_problem(out_dir: Path, changelog: Path = CHANGELOG) -> str | None:
    """Why the published data does not match the current version's record, or None."""
    version, current = dataset_version(), fingerprint(out_dir)
    recorded = recorded_fingerprint(version, changelog)
    if recorded == current:
        return None
    what = f"CHANGELOG.md records {recorded[:12]}... for version {version}" if recorded else f"CHANGELOG.md has no entry for version {version}"
    return (
        f"the data in {out_dir}/ changed (fingerprint {current[:12]}...) but {what}: record a new version with "
        f"`make release VERSION=x.y.z NOTES=\"what changed\"` (see README, 'Adding a source document')"
    )


def bump(version: str, pyproject: Path = PYPROJECT) -> None:
    if not _VERSION.match(version):
        raise ReleaseError(f"{version!r} is not a version of the form MAJOR.MINOR.PATCH")
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(re.sub(r'(?m)^version = "[^"]*"', f'version = "{version}"', text, count=1), encoding="utf-8")


def record(out_dir: Path, notes: str, changelog: Path = CHANGELOG, today: date | None = None) -> str:
    """Add the current version's section, with the data fingerprint, on top of the changelog."""
    version = dataset_version()
    if recorded_fingerprint(version, changelog):
        raise ReleaseError(f"CHANGELOG.md already has version {version}; choose a new one with `make release VERSION=...`")
    text = changelog.read_text(encoding="utf-8")
    section = f"## [{version}] - {(today or date.today()).isoformat()}\n\nData fingerprint: `{fingerprint(out_dir)}`\n\n- {notes}\n\n"
    first = text.find("\n## [")
    changelog.write_text(text[:first + 1] + section + text[first + 1:] if first != -1 else text + "\n" + section, encoding="utf-8")
    return version


@click.group()
def main() -> None:
    """Record versions of the published dataset."""


@main.command(name="check")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True)
def check_command(out_dir: Path) -> None:
    """Say whether the published data needs a new version (never fails)."""
    problem = version_problem(out_dir)
    if problem:
        click.echo(f"note: {problem}", err=True)


@main.command(name="bump")
@click.argument("version")
def bump_command(version: str) -> None:
    """Set the package (and dataset) version in pyproject.toml."""
    try:
        bump(version)
    except ReleaseError as error:
        raise click.ClickException(str(error)) from None


@main.command(name="record")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True)
@click.option("--notes", required=True, help="What changed in the data, one line.")
def record_command(out_dir: Path, notes: str) -> None:
    """Add the installed version to CHANGELOG.md with the fingerprint of the data in --out."""
    try:
        version = record(out_dir, notes)
    except ReleaseError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"CHANGELOG.md: recorded version {version}", err=True)


if __name__ == "__main__":
    main()
