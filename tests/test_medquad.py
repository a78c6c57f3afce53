"""MedQuAD XML as a source: rendering, structured pairs, root variants, refusals, exact duplicates."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from medquad_documents import BACK_PAIN, COLD, medquad_xml
from pipeline.build import BuildError, build
from pipeline.cli import cli
from pipeline.extract.pairs import document_pairs
from pipeline.sources import SourceError, read_bytes
from pipeline.sources.medquad import paragraphs, parse, read_medquad, render


def test_text_is_the_focus_then_each_question_and_its_paragraphs():
    reading = read_medquad(medquad_xml("Back Pain", BACK_PAIN), "back.xml")
    assert reading.text == (
        "Back Pain\n\n"
        "What is (are) Back Pain ?\n\n"
        "Back pain is one of the most common medical problems.\n\n"
        "It can range from a dull ache to a sharp pain.\n\n"
        "What are the treatments for Back Pain ?\n\n"
        "Treatment includes physical therapy, massage and stretching.\n\n"
        "Some people need a trigger point injection.\n\n"
        "What is the outlook for Back Pain ?\n"
    )
    assert reading.format == "medquad" and reading.layout is False
    assert reading.metadata == {"title": "Back Pain", "source_url": "https://www.ninds.nih.gov/page"}


def test_pairs_come_from_the_structure_with_exact_offsets_and_qtype():
    doc = read_bytes(medquad_xml("Back Pain", BACK_PAIN), "medquad/back.xml", "back.xml")
    pairs = document_pairs(doc)
    assert [p.question for p in pairs] == [q for q, _, _ in BACK_PAIN]
    assert [p.source_question_type for p in pairs] == ["information", "treatment", "outlook"]
    assert {p.found_by for p in pairs} == {"medquad"}
    for pair in pairs:
        assert doc.text[pair.question_start:pair.question_end] == pair.question
        assert doc.text[pair.answer_start:pair.answer_end] == pair.answer
    assert pairs[1].answer == "Treatment includes physical therapy, massage and stretching.\n\nSome people need a trigger point injection."
    assert pairs[2].answer == "" and pairs[2].answer_missing  # kept, flagged, as MedQuAD published it


def test_the_layout_finder_is_not_run_on_the_rendered_text():
    pairs = [("What is (are) Cramps ?", "information", "Why do muscles cramp?\nNobody knows for sure.")]
    doc = read_bytes(medquad_xml("Cramps", pairs), "c.xml", "c.xml")
    assert [p.question for p in document_pairs(doc)] == ["What is (are) Cramps ?"]


@pytest.mark.parametrize("answer, expected", [
    ("One.    Two.", ("One.", "Two.")),  # MedlinePlus: paragraphs flattened into runs of spaces
    ("Causes include:       - Fever    - Cough", ("Causes include:", "- Fever", "- Cough")),
    ("Can be caused by\n                \n- birth defects  - infection", ("Can be caused by", "- birth defects", "- infection")),
    ("A  sentence\twith  gaps.", ("A sentence with gaps.",)),
    ("   \n  ", ()),
    (None, ()),
])
def test_paragraphs(answer, expected):
    assert paragraphs(answer) == expected


def test_list_items_stay_on_consecutive_lines():
    document = parse(medquad_xml("Flu", [("What are the symptoms of Flu ?", "symptoms", "Symptoms:    - Fever    - Cough    Rest.")]), "f.xml")
    assert render(document).text.endswith("Symptoms:\n\n- Fever\n- Cough\n\nRest.\n")


def test_markdown_rendering_keeps_the_spans_on_the_question_text():
    rendered = render(parse(medquad_xml("Back Pain", BACK_PAIN), "b.xml"), "# ", "## ")
    assert rendered.text.startswith("# Back Pain\n\n## What is (are) Back Pain ?\n")
    (question, answer) = rendered.spans[0]
    assert rendered.text[question[0]:question[1]] == "What is (are) Back Pain ?"
    assert rendered.text[answer[0]:answer[1]].startswith("Back pain is one")


@pytest.mark.parametrize("root", [
    '<doc docid="7" corpus="NINDS" url="https://x.org/a"><doctitle-focus>Holmes-Adie</doctitle-focus><qaPairs>'
    '<pair pid="1"><question qid="7-1" qtype="information">what is holmes-adie syndrome ?</question><answer>A disorder.</answer></pair>'
    "</qaPairs></doc>",
    '<DiseaseFile fid="397" source="CDC" url="https://x.org/a"><Focus>Holmes-Adie</Focus><QAPairs>'
    '<QAPair pid="1"><Question qid="397-1" qtype="information">what is holmes-adie syndrome ?</Question><Answer>A disorder.</Answer></QAPair>'
    "</QAPairs></DiseaseFile>",
])
def test_medquads_other_root_variants_are_read(root):
    reading = read_medquad(root.encode(), "v.xml")
    assert reading.text == "Holmes-Adie\n\nwhat is holmes-adie syndrome ?\n\nA disorder.\n"
    assert reading.structured_pairs[0].source_question_type == "information"


@pytest.mark.parametrize("data, problem", [
    (b"<?xml version='1.0'?><rss><channel/></rss>", "not a MedQuAD document (root <rss>"),
    (b"<Document><Focus>x</Focus></Document>", "not a MedQuAD document (root <Document>"),
    (b"<Document><Focus>x</Focus><QAPairs>", "not well-formed XML (line 1"),
    (b'<!DOCTYPE d [<!ENTITY a "aaaa">]><Document><QAPairs/></Document>', "with a DTD or entity declarations"),
])
def test_an_xml_file_that_is_not_medquad_is_a_one_line_error(tmp_path, data, problem):
    with pytest.raises(SourceError) as caught:
        read_medquad(data, "bad.xml")
    assert str(caught.value).startswith("bad.xml: ") and problem in str(caught.value) and "\n" not in str(caught.value)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bad.xml").write_bytes(data)
    result = CliRunner().invoke(cli, ["validate", str(raw / "bad.xml"), "--raw", str(raw)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [f"{raw / 'bad.xml'}: error: {read_error(data)}"]


def read_error(data: bytes) -> str:
    from pipeline.sources.medquad import problem

    return problem(data)


def medquad_raw(tmp_path, documents: dict[str, bytes], rows: str = "") -> tuple:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in documents.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
    if rows:
        (raw / "sources.csv").write_text("path,source_url,title,retrieved,license\n" + rows, encoding="utf-8")
    return raw, tmp_path / "out"


def test_build_publishes_medquad_pairs_with_their_question_type(tmp_path):
    raw, out = medquad_raw(tmp_path, {"back.xml": medquad_xml("Back Pain", BACK_PAIN)}, "back.xml,,,,CC-BY-4.0\n")
    build(raw, out)
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents[["format", "title", "source_url"]].values.tolist() == [["medquad", "Back Pain", "https://www.ninds.nih.gov/page"]]
    qa = pd.read_parquet(out / "qa_pairs.parquet")
    assert qa.source_question_type.tolist() == ["information", "treatment", "outlook"]
    assert qa.found_by.unique().tolist() == ["medquad"]
    assert qa.answer_missing.tolist() == [False, False, True]


def test_exact_duplicates_by_text_stop_the_build_before_extraction(tmp_path):
    """Two MedQuAD files that differ only in id and address read to the same text (NIDDK 27/37/70/71)."""
    raw, out = medquad_raw(tmp_path, {
        "a.xml": medquad_xml("Back Pain", BACK_PAIN, doc_id="27"),
        "b.txt": b"What is a cold?\n\nA viral infection.\n",
        "c.xml": medquad_xml("Back Pain", BACK_PAIN, url="https://www.ninds.nih.gov/page#2", doc_id="37"),
    })
    extracted = []
    with pytest.raises(BuildError, match=r"c\.xml: an exact duplicate of a\.xml once read"):
        build(raw, out, progress=lambda stage, done, total: extracted.append(stage))
    assert "extracting" not in extracted  # refused up front (once every file was checked), not when extraction reached the file
    result = build(raw, out, skip_invalid=True)
    assert result.rows["documents"] == 2
    assert any("skipped" in w and "c.xml" in w for w in result.warnings)


def test_byte_identical_files_stop_the_build_before_extraction(tmp_path):
    raw, out = medquad_raw(tmp_path, {"a.xml": medquad_xml("Common Cold", COLD), "z/a.xml": medquad_xml("Common Cold", COLD)})
    extracted = []
    with pytest.raises(BuildError, match=r"z/a\.xml: an exact duplicate of a\.xml \(fix or remove it"):
        build(raw, out, progress=lambda stage, done, total: extracted.append(stage))
    assert "extracting" not in extracted


def test_validate_names_a_medquad_document_with_the_same_text_as_one_in_raw(tmp_path):
    raw, _ = medquad_raw(tmp_path, {"a.xml": medquad_xml("Common Cold", COLD, doc_id="1")})
    new = tmp_path / "new.xml"
    new.write_bytes(medquad_xml("Common Cold", COLD, doc_id="2", url="https://www.ninds.nih.gov/other"))
    result = CliRunner().invoke(cli, ["validate", str(new), "--raw", str(raw)])
    assert result.exit_code == 1
    assert f"{new}: error: an exact duplicate of a.xml" in result.output
