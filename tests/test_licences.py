"""Publishing by licence: open text published, other text withheld without leaking, restored by rehydrate."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from frictionless import Package

from medquad_documents import BACK_PAIN, medquad_xml
from pipeline import load
from pipeline.build import build
from pipeline.cli import cli
from pipeline.publish.checks import TableValidationError, validate_tables
from pipeline.publish.licences import licence_terms
from pipeline.rehydrate import RehydrateError
from schemas import TABLES

CLINIC_PAGE = """\
Trigger point FAQ

What is a trigger point?

A trigger point is a tight, tender knot in a muscle that can refer pain elsewhere.

Who treats trigger points?

Physical therapists and massage therapists often release trigger points by hand. Some doctors give trigger point injections.

Does dry needling hurt?

Most people feel a brief twitch and some soreness for a day.
"""
WITHHELD_SENTENCES = [
    "A trigger point is a tight, tender knot in a muscle that can refer pain elsewhere.",
    "Physical therapists and massage therapists often release trigger points by hand.",
    "Some doctors give trigger point injections.",
    "Most people feel a brief twitch and some soreness for a day.",
]


@pytest.mark.parametrize("licence", [
    "CC-BY-4.0", "CC BY 4.0", "cc_by", "CC BY-SA 4.0", "CC-BY-SA-3.0", "CC0-1.0", "CC0", "Public Domain",
    "https://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by-sa/4.0/legalcode",
    "creativecommons.org/publicdomain/zero/1.0/", "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "US Government Work", "https://creativecommons.org/licenses/by/4.0/deed.en",
])
def test_open_licences_in_their_common_spellings(licence):
    assert licence_terms(licence).open, licence


@pytest.mark.parametrize("licence", [
    None, "", "   ", "CC BY-NC 4.0", "CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nd/4.0/",
    "All rights reserved", "© 2024 Example Clinic", "Copyright 2020", "proprietary", "CC BY 4.0 except images",
])
def test_unknown_and_restrictive_licences_are_not_open(licence):
    assert not licence_terms(licence).open, licence


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """An open MedQuAD document and a clinic page of unknown licence."""
    raw = tmp_path_factory.mktemp("licences") / "raw"
    (raw / "medquad").mkdir(parents=True)
    (raw / "medquad" / "back.xml").write_bytes(medquad_xml("Back Pain", BACK_PAIN))
    (raw / "clinic-faq.txt").write_text(CLINIC_PAGE, encoding="utf-8")
    (raw / "sources.csv").write_text(
        "path,source_url,title,retrieved,license\n"
        "clinic-faq.txt,https://clinic.example/faq,Trigger point FAQ,2026-01-02,\n"
        "medquad/back.xml,,,,https://creativecommons.org/licenses/by/4.0/\n",
        encoding="utf-8",
    )
    return raw


@pytest.fixture(scope="module")
def published(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("published") / "output"
    build(corpus, out)
    return out


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}


def test_unknown_licence_withholds_text_answers_and_claims_but_keeps_the_annotations(published):
    t = tables(published)
    documents = t["documents"].set_index("path")
    assert documents.loc["clinic-faq.txt", "text"] == "" and documents.loc["clinic-faq.txt", "text_withheld"]
    assert documents.loc["medquad/back.xml", "text"].startswith("Back Pain") and not documents.loc["medquad/back.xml", "text_withheld"]
    clinic = documents.loc["clinic-faq.txt", "doc_id"]
    qa = t["qa_pairs"][t["qa_pairs"].doc_id == clinic]
    assert qa.question.tolist() == ["What is a trigger point?", "Who treats trigger points?", "Does dry needling hurt?"]
    assert (qa.answer == "").all() and qa.text_withheld.all() and (qa.answer_end > qa.answer_start).all()
    assert not qa.answer_missing.any()
    claims = t["claims"][t["claims"].doc_id == clinic]
    assert len(claims) > 0 and (claims.text == "").all() and claims.text_withheld.all()
    assert not t["claims"][t["claims"].doc_id != clinic].text_withheld.any()
    entities = t["entities"][t["entities"].doc_id == clinic]
    assert "trigger point" in set(entities.text.str.lower())  # mention texts are vocabulary terms: kept


def test_no_withheld_sentence_appears_in_any_published_file(published):
    for path in published.iterdir():
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            cells = [str(v) for column in frame.columns if frame[column].dtype != bool for v in frame[column]]
            content = "\n".join(cells)
        else:
            content = path.read_bytes().decode("utf-8", errors="replace")
        for sentence in WITHHELD_SENTENCES:
            assert sentence not in content, f"{path.name} leaks {sentence!r}"


def test_the_checks_refuse_a_withheld_row_that_carries_text(published):
    t = tables(published)
    claims = t["claims"]
    row = claims.index[claims.text_withheld][0]
    claims.loc[row, "text"] = "leaked sentence"
    t["qa_pairs"].loc[t["qa_pairs"].text_withheld.idxmax(), "text_withheld"] = False
    with pytest.raises(TableValidationError) as caught:
        validate_tables(t)
    report = str(caught.value)
    assert "the sentence is empty exactly when it is withheld" in report
    assert "text_withheld_as_its_document" in report


def test_frictionless_validates_a_package_with_withheld_rows(published):
    report = Package(str(published / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_card_front_matter_and_licence_section_say_what_is_withheld(published):
    card = (published / "README.md").read_text(encoding="utf-8")
    front = card.split("---")[1]
    assert "license: cc-by-4.0" in front and "the text of 1 document(s) of unknown or restrictive licence is withheld" in front
    assert "| (empty: unknown) | unknown | no | 1 | 1 |" in card
    assert "| https://creativecommons.org/licenses/by/4.0/ | Creative Commons Attribution | yes | 1 | 0 |" in card
    assert "python -m pipeline rehydrate" in card


def copies(corpus: Path, tmp_path: Path) -> Path:
    mine = tmp_path / "my-copies"
    mine.mkdir()
    shutil.copy(corpus / "clinic-faq.txt", mine / "clinic-faq.txt")
    return mine


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_rehydrate_restores_the_withheld_text_byte_for_byte(corpus, published, tmp_path):
    out = tmp_path / "output"
    shutil.copytree(published, out)
    result = CliRunner().invoke(cli, ["rehydrate", "--raw", str(copies(corpus, tmp_path)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Restored the text of 1 document(s)" in result.output
    restored = tables(out)
    documents = restored["documents"].set_index("path")
    assert documents.loc["clinic-faq.txt", "text"] == CLINIC_PAGE and not restored["documents"].text_withheld.any()
    # the same tables as a build that was allowed to publish the page, but for its licence columns
    open_raw = tmp_path / "open-raw"
    shutil.copytree(corpus, open_raw)
    sources = (open_raw / "sources.csv").read_text().replace("2026-01-02,\n", "2026-01-02,CC0-1.0\n")
    (open_raw / "sources.csv").write_text(sources)
    build(open_raw, tmp_path / "open-out")
    expected = tables(tmp_path / "open-out")
    for column in ("license", "origins"):  # the licence, and where it came from
        expected["documents"][column] = restored["documents"][column]
    for name in TABLES:
        pd.testing.assert_frame_equal(restored[name], expected[name], check_dtype=False)
    card = (out / "README.md").read_text()
    assert "restored from local copies" in card


def test_rehydrate_refuses_a_copy_whose_sha256_differs_in_one_line(corpus, published, tmp_path):
    out = tmp_path / "output"
    shutil.copytree(published, out)
    mine = copies(corpus, tmp_path)
    (mine / "clinic-faq.txt").write_text(CLINIC_PAGE.replace("brief", "short"), encoding="utf-8")
    before = digests(out)
    result = CliRunner().invoke(cli, ["rehydrate", "--raw", str(mine), "--out", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {mine / 'clinic-faq.txt'}: SHA-256 ") and "refusing it" in lines[0]
    assert digests(out) == before


def test_rehydrate_without_a_copy_warns_and_changes_nothing(published, tmp_path):
    out = tmp_path / "output"
    shutil.copytree(published, out)
    (tmp_path / "empty").mkdir()
    before = digests(out)
    result = CliRunner().invoke(cli, ["rehydrate", "--raw", str(tmp_path / "empty"), "--out", str(out)])
    assert result.exit_code == 0
    assert "clinic-faq.txt: no copy; its text stays withheld" in result.output
    assert digests(out) == before


def test_load_with_raw_restores_in_memory(corpus, published, tmp_path):
    claims = load("claims", published, raw=copies(corpus, tmp_path))
    assert "Some doctors give trigger point injections." in set(claims.text)
    assert not claims.text_withheld.any()
    assert (load("claims", published).text == "").sum() > 0  # the published file is untouched
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "clinic-faq.txt").write_text("another page\n")
    with pytest.raises(RehydrateError, match="clinic-faq.txt: SHA-256"):
        load("qa_pairs", published, raw=wrong)


def test_rehydrate_of_a_folder_that_is_no_dataset_is_a_one_line_error(tmp_path):
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(cli, ["rehydrate", "--raw", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'out'}: not a published dataset (no documents.parquet)"


def test_descriptor_lets_verbatim_columns_be_empty(published):
    descriptor = json.loads((published / "datapackage.json").read_text())
    fields = {(r["name"], f["name"]): f for r in descriptor["resources"] for f in r["schema"]["fields"]}
    assert "required" not in fields[("claims-csv", "text")].get("constraints", {})
    assert fields[("claims-csv", "claim_id")]["constraints"]["required"] is True
