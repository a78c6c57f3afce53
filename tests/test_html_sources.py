"""Web pages in the corpus: `validate` reports what it found and rejects what is no page to read;
`build` reads them like any other source, with their own provenance, and the card says where it came from."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline import load
from pipeline.build import build
from pipeline.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "html_pages"
YOAST = FIXTURES / "01_wordpress_yoast_tpi.html"  # WordPress, Yoast FAQ block and JSON-LD
CP1252 = FIXTURES / "07_legacy_table_layout_cp1252.html"
FILLER = " ".join(["Trigger points are tight knots in a muscle that can refer pain elsewhere."] * 6)


def run(*args) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def lines(result: Result, path: Path, level: str) -> list[str]:
    prefix = f"{path}: {level}: "
    return [line[len(prefix):] for line in result.output.splitlines() if line.startswith(prefix)]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def test_validate_reports_pairs_how_found_and_the_licence(tmp_path, raw):
    page = tmp_path / "faq.html"
    page.write_bytes(YOAST.read_bytes().replace(b"</head>", b"<link rel='license' href='https://creativecommons.org/licenses/by-nc/4.0/'></head>"))
    result = run("validate", page, "--raw", raw)
    assert result.exit_code == 0, result.output
    reports = lines(result, page, "report")
    assert any(re.search(r"\b7 pairs \(layout\+jsonld 7\)", line) for line in reports), result.output
    assert any("licence: CC-BY-NC-4.0 (from link rel=license)" in line for line in reports), result.output
    assert lines(result, page, "error") == []


def test_validate_json_report_of_a_web_page(tmp_path, raw):
    page = tmp_path / "faq.htm"
    shutil.copy(CP1252, page)
    [entry] = json.loads(run("validate", page, "--raw", raw, "--format", "json").output)
    assert entry["usable"] and entry["report"]["format"] == "html"
    assert entry["report"]["found_by"] == {"layout": 6} and entry["report"]["license"] is None


@pytest.mark.parametrize("content, problem", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", r"unsupported file type: the content is a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"unsupported file type: the content is a PNG image"),
    (b"<html><body><div id='app'></div><script>render()</script></body></html>", r"no main content \(0 words"),
    (b"<html><body><main><h1>Sign in</h1><p>Members only.</p><form><input type='password'></form></main></body></html>", r"a login wall"),
    (b"What is a trigger point?\n\nA knot in a muscle.\n", r"not an HTML page \(no tags\)"),
    (b"", r"empty"),
])
def test_validate_rejects_what_is_no_page_to_read_in_one_line(tmp_path, raw, content, problem):
    page = tmp_path / "saved.html"
    page.write_bytes(content)
    result = run("validate", page, "--raw", raw)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1, result.output
    [error] = lines(result, page, "error")
    assert re.search(problem, error), error


def test_an_html_page_saved_as_text_is_told_to_be_html(tmp_path, raw):
    page = tmp_path / "saved.txt"
    page.write_bytes(YOAST.read_bytes())
    [error] = lines(run("validate", page, "--raw", raw), page, "error")
    assert "save it as .html" in error


def test_structured_only_questions_are_validate_warnings(tmp_path, raw):
    page = tmp_path / "faq.html"
    shutil.copy(FIXTURES / "11_jsonld_array_structured_only.html", page)
    warnings = lines(run("validate", page, "--raw", raw), page, "warning")
    assert any("not in the page text" in w and "Does Medicare cover dry needling?" in w for w in warnings)


def test_build_reads_web_pages_with_their_own_provenance(tmp_path, raw):
    shutil.copy(YOAST, raw / "yoast.html")
    shutil.copy(CP1252, raw / "legacy.htm")
    (raw / "notes.txt").write_text("What is a trigger point?\n\nA tight knot in a muscle.\n", encoding="utf-8")
    (raw / "sources.csv").write_text(
        "path,source_url,title,retrieved,license\nyoast.html,,Curated title,2026-01-05,\nnotes.txt,,Notes,,\n", encoding="utf-8")
    result = build(raw, tmp_path / "out")
    assert result.rows["documents"] == 3 and result.rows["qa_pairs"] == 7 + 6 + 1
    assert any("legacy.htm: no row" in w for w in result.warnings)
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False).set_index("path")
    yoast = docs.loc["yoast.html"]
    assert (yoast.format, yoast.title, yoast.published, yoast.modified) == ("html", "Curated title", "2023-03-14", "2024-01-22")
    assert yoast.source_url == "https://www.riverbendpainspine.com/patient-resources/trigger-point-injection-faq/"
    assert yoast.origins == (
        "source_url=link rel=canonical|title=sources.csv|retrieved=sources.csv"
        "|published=JSON-LD datePublished|modified=meta article:modified_time"
    )
    assert docs.loc["legacy.htm"].text == "" and docs.loc["legacy.htm"].text_withheld  # no known licence
    restored = load("documents", tmp_path / "out", raw=raw).set_index("path")
    assert "Renée" in restored.loc["legacy.htm"].text  # read as windows-1252
    pairs = pd.read_csv(tmp_path / "out" / "qa_pairs.csv")
    assert set(pairs.found_by) == {"layout", "layout+jsonld"}
    entities = pd.read_csv(tmp_path / "out" / "entities.csv")
    claims = pd.read_csv(tmp_path / "out" / "claims.csv")
    assert {"PROVIDER", "TREATMENT", "DRUG"} <= set(entities.label) and len(claims) > 20
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "## Provenance" in card
    assert re.search(r"\| `title` \| 2 \| 1 \(`<title>` 1\) \| 0 \|", card), card[card.index("## Provenance"):]


def test_build_refuses_an_unusable_page_unless_told_to_skip_it(tmp_path, raw):
    shutil.copy(YOAST, raw / "yoast.html")
    (raw / "shell.html").write_bytes(b"<html><body><div id='root'></div></body></html>")
    result = run("build", "--raw", raw, "--out", tmp_path / "out")
    assert result.exit_code == 1 and "shell.html: no main content" in result.output
    assert not (tmp_path / "out").exists()
    result = run("build", "--raw", raw, "--out", tmp_path / "out", "--skip-invalid")
    assert result.exit_code == 0 and "skipped" in result.output and "shell.html" in result.output


def test_a_windows_1252_page_reads_as_written(raw):
    from pipeline.sources import read_document

    doc = read_document(shutil.copy(CP1252, raw / "legacy.html"), raw)
    assert "Renée" in doc.text and "cliché" in doc.text and "\ufffd" not in doc.text
    assert not any("windows-1252" in w for w in doc.warnings)  # it says so in its <meta>
