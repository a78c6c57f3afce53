"""The curated MedQuAD selection: relevance from the vocabulary, `select` into raw/, reproducibly."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from medquad_documents import BACK_PAIN, COLD, NECK_PAIN, medquad_xml, write_archive
from pipeline.build import build
from pipeline.cli import cli
from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import default_nlp
from pipeline.defaults import SELECTION_THRESHOLD
from pipeline.extract.scope import relevance, scope_rules
from pipeline.selection import score_archive, select_medquad
from pipeline.vocabulary import concepts_by_id


def test_every_scope_rule_names_the_vocabulary_and_says_why():
    rules = scope_rules()  # raises ScopeError naming the line otherwise
    assert rules.weight("CON:myofascial_pain_syndrome") == 3
    assert rules.weight("TRT:exercise") == 0  # a concept row overrides its category
    assert rules.weight("PAY:medicare") == 0  # unlisted: out of scope
    assert all(concept in concepts_by_id() for concept in rules.concepts)


def score(title: str, answer: str) -> float:
    text = f"{title}\n\nQuestion?\n\n{answer}\n"
    start = text.index(answer)
    return relevance(title, text, find_mentions(default_nlp()(text)), [(start, start + len(answer))])


def test_relevance_weighs_the_answers_and_twice_the_title():
    answer = "Massage and physical therapy relieve back pain."  # 3 + 3 + 3 over 7 words
    assert score("Common Cold", answer) == round(100 * 9 / (7 + 100), 2)
    assert score("Back Pain", answer) == round(100 * 9 / (7 + 100) + 2 * 3, 2)
    assert score("Common Cold", "A cold is a viral infection.") == 0


def test_only_mentions_matched_by_name_count():
    # "MPS" abbreviates myofascial pain syndrome in the vocabulary, mucopolysaccharidosis here
    assert score("Mucopolysaccharidosis", "People with MPS grow slowly and MPS affects bones.") == 0


def test_scope_terms_the_vocabulary_lacks_count_too():
    assert score("Common Cold", "It is a musculoskeletal problem.") == round(100 * 2 / (5 + 100), 2)


@pytest.fixture()
def archive(tmp_path) -> Path:
    """In scope: back and neck pain (the neck page twice, differing only in id and address, and
    streamed in an order that puts the later path first); out of scope: a cold; no answers: a
    MedlinePlus-encyclopedia-like page."""
    neck = lambda doc_id, url: medquad_xml("Neck Pain", NECK_PAIN, url=url, source="MPlusHealthTopics", doc_id=doc_id)
    return write_archive(tmp_path / "MedQuAD.tar.gz", {
        "readme.txt": b"MedQuAD\n",
        "6_NINDS_QA/0000037.xml": medquad_xml("Back Pain", BACK_PAIN, doc_id="37"),
        "4_MPlus_Health_Topics_QA/0000071.xml": neck("71", "https://medlineplus.gov/neckpain.html#b"),
        "4_MPlus_Health_Topics_QA/0000070.xml": neck("70", "https://medlineplus.gov/neckpain.html"),
        "6_NINDS_QA/0000001.xml": medquad_xml("Common Cold", COLD, doc_id="1"),
        "10_MPlus_ADAM_QA/0000001.xml": medquad_xml("Back Pain", [("Do you have information about Back Pain", "information", "")], source="ADAM"),
    })


def test_scoring_keeps_each_text_once_under_its_first_path(archive):
    selection = score_archive(archive)
    assert [s.path for s in selection.selected] == ["medquad/4_MPlus_Health_Topics_QA/0000070.xml", "medquad/6_NINDS_QA/0000037.xml"]
    assert selection.selected[0].url == "https://medlineplus.gov/neckpain.html"  # the bytes of the path kept
    assert selection.duplicates == [("4_MPlus_Health_Topics_QA/0000071.xml", "4_MPlus_Health_Topics_QA/0000070.xml")]
    assert (selection.scored, selection.unanswered) == (3, 1)
    assert all(s.relevance >= SELECTION_THRESHOLD for s in selection.selected)


def read_sources(raw: Path) -> list[dict]:
    with (raw / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_select_copies_the_files_and_writes_their_provenance(archive, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text("What is a knot?\n\nA tight band.\n")
    (raw / "sources.csv").write_text("path,source_url,title,retrieved,license\npage.txt,https://a.example/,A page,2026-01-01,\n")
    result = CliRunner().invoke(cli, ["select", "--archive", str(archive), "--raw", str(raw)])
    assert result.exit_code == 0, result.output
    assert "Selected 2 of 3 answered documents" in result.output and "1 exact duplicate(s) kept once" in result.output
    assert (raw / "medquad/6_NINDS_QA/0000037.xml").read_bytes() == medquad_xml("Back Pain", BACK_PAIN, doc_id="37")
    rows = read_sources(raw)
    assert rows[0] == {"path": "page.txt", "source_url": "https://a.example/", "title": "A page", "retrieved": "2026-01-01", "license": "", "attribution": ""}
    back = next(r for r in rows if r["path"] == "medquad/6_NINDS_QA/0000037.xml")
    assert back["license"] == "CC-BY-4.0" and back["title"] == "Back Pain" and back["source_url"] == "https://www.ninds.nih.gov/page"
    assert back["attribution"].startswith("MedQuAD (Ben Abacha and Demner-Fushman")
    assert "National Institute of Neurological Disorders and Stroke" in back["attribution"]


def test_select_is_reproducible_and_owns_only_its_subfolder(archive, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    stale = raw / "medquad" / "2_GARD_QA" / "0000999.xml"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(medquad_xml("Old", COLD))
    (raw / "sources.csv").write_text("path,source_url,title,retrieved,license\nmedquad/2_GARD_QA/0000999.xml,,Old,,CC-BY-4.0\n")
    select_medquad(archive, raw)
    first = {p: p.read_bytes() for p in sorted(raw.rglob("*")) if p.is_file()}
    assert not stale.exists() and not stale.parent.exists()
    assert [r["path"] for r in read_sources(raw)] == ["medquad/4_MPlus_Health_Topics_QA/0000070.xml", "medquad/6_NINDS_QA/0000037.xml"]
    select_medquad(archive, raw)
    assert {p: p.read_bytes() for p in sorted(raw.rglob("*")) if p.is_file()} == first


def test_the_build_publishes_the_score_the_selection_used(archive, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    selection = select_medquad(archive, raw)
    build(raw, tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert dict(zip(documents.path, documents.relevance)) == {s.path: s.relevance for s in selection.selected}
    assert documents.attribution.str.startswith("MedQuAD").all() and not documents.text_withheld.any()
    card = (tmp_path / "out" / "README.md").read_text()
    assert "2 documents come from MedQuAD" in card and "pipeline/data/scope.csv" in card


def test_a_missing_archive_is_a_one_line_error(tmp_path):
    (tmp_path / "raw").mkdir()
    result = CliRunner().invoke(cli, ["select", "--archive", str(tmp_path / "nope.tar.gz"), "--raw", str(tmp_path / "raw")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1] == f"Error: {tmp_path / 'nope.tar.gz'}: no such archive"
