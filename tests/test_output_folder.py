"""`build --out` publishes only into a new or empty folder or one an earlier build wrote; the raw
folder, its parents and a user's own folders are refused with one line, and nothing is deleted."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED, make_corpus
from pipeline.build import build
from pipeline.cli import cli


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    make_corpus(tmp_path / "raw", [SEED], sources="")
    return tmp_path


def refused(project: Path, out: str, cwd: Path | None = None) -> str:
    before = tree(project)
    cwd = cwd or project
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, ["build", "--raw", str(os.path.relpath(project / "raw", cwd)), "--out", out])
    finally:
        os.chdir(old)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert tree(project) == before, "a refused build changed files"
    return result.output


@pytest.mark.parametrize("out", ["raw", ".", "raw/..", "raw/sub"])
def test_the_raw_folder_its_parents_and_its_inside_are_refused(project, out):
    message = refused(project, out)
    assert "raw folder" in message


def test_a_folder_of_the_users_is_refused(project):
    (project / "mine").mkdir()
    (project / "mine" / "thesis.docx").write_bytes(b"years of work")
    assert "not a dataset this pipeline published" in refused(project, "mine")


def test_an_earlier_output_with_a_foreign_file_is_refused(project):
    build(project / "raw", project / "out")
    (project / "out" / "my-notes.txt").write_text("mine")
    assert "my-notes.txt" in refused(project, "out")


def test_an_earlier_output_and_an_empty_folder_are_published_to(project):
    (project / "empty").mkdir()
    build(project / "raw", project / "empty")
    build(project / "raw", project / "empty")
    assert (project / "empty" / "datapackage.json").exists()
    assert not [p for p in project.iterdir() if ".staging-" in p.name or ".old-" in p.name]


def test_a_file_as_out_is_refused(project):
    (project / "file").write_text("x")
    assert "not a folder" in refused(project, "file")


def test_an_empty_raw_folder_is_an_error(tmp_path):
    (tmp_path / "raw").mkdir()
    result = CliRunner().invoke(cli, ["build", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no source documents" in result.output
    assert not (tmp_path / "out").exists()
