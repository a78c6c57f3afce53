"""The MedQuAD benchmark of `make evaluate`, on a small archive the tests write themselves."""

from __future__ import annotations

import re

import pytest

from medquad_benchmark import html_page, layout_finder, mapping, question_types
from medquad_documents import BACK_PAIN, COLD, medquad_xml, write_archive
from pipeline.sources import READERS
from pipeline.sources.document import Reading
from pipeline.sources.medquad import parse
from schemas.qa_pairs import QUESTION_TYPES

UNAMBIGUOUS = {
    "information": "definition", "symptoms": "symptom", "causes": "cause", "exams and tests": "diagnosis",
    "treatment": "treatment", "outlook": "outcome", "side effects": "risk", "complications": "risk",
    "indication": "indication", "how effective is it": "outcome",
}


def test_mapping_maps_only_the_unambiguous_qtypes_onto_our_types():
    types = mapping()
    assert len(types) == 39  # every qtype MedQuAD uses
    assert {q: t for q, t in types.items() if t} == UNAMBIGUOUS
    assert set(UNAMBIGUOUS.values()) <= set(QUESTION_TYPES)


@pytest.fixture()
def archive(tmp_path):
    repeated = [
        ("What is (are) Flu ?", "information", "Flu is an infection."),
        ("What are the treatments for Flu ?", "treatment", "Rest."),
        ("What are the treatments for Flu ?", "treatment", "Fluids."),
    ]
    return write_archive(tmp_path / "MedQuAD.tar.gz", {
        "6_NINDS_QA/0000001.xml": medquad_xml("Back Pain", BACK_PAIN),
        "4_MPlus_Health_Topics_QA/0000002.xml": medquad_xml("Cold", [("Do you have information about Cold", "information", "A cold is a virus.")]),
        "5_NIDDK_QA/0000003.xml": medquad_xml("Flu", repeated),
        "6_NINDS_QA/0000004.xml": medquad_xml("Common Cold", COLD),
    })


def test_question_types_are_counted_against_the_qtypes(archive):
    agreement = question_types(archive)
    assert sum(agreement.confusion.values()) == 8
    assert agreement.confusion[("treatment", "treatment")] == 3
    assert agreement.confusion[("information", "definition")] == 4  # with "Do you have information about Cold": what it is
    assert agreement.mapped() == (8, 8)


def test_layout_finder_on_markdown_pages_names_its_failures(archive):
    score = layout_finder(archive, "markdown")
    assert (score.documents, score.expected, score.found, score.exact) == (4, 8, 8, 8)  # a repeated question keeps both answers
    assert score.predicted == score.correct == 8 and score.no_pair == 0  # a lone heading that asks is a question
    assert not score.misses


def test_html_is_measured_once_a_reader_is_registered(archive, monkeypatch):
    assert ".html" not in READERS or layout_finder(archive, "html") is not None
    monkeypatch.delitem(READERS, ".html", raising=False)
    assert layout_finder(archive, "html") is None

    def read_simple_html(data: bytes, name: str) -> Reading:  # stands in for the HTML reader
        text = re.sub(r"<(?:h1|h2|p|ul)>", "\n\n", data.decode())
        text = re.sub(r"<li>", "\n- ", re.sub(r"<head>.*?</head>", "", text, flags=re.DOTALL))
        return Reading(re.sub(r"\n{3,}", "\n\n", re.sub(r"<[^>]+>", "", text)).strip() + "\n", "html")

    monkeypatch.setitem(READERS, ".html", read_simple_html)
    score = layout_finder(archive, "html")
    assert score.documents == 4 and score.found >= 5


def test_html_page_is_a_simple_page_with_headings_paragraphs_and_lists():
    document = parse(medquad_xml("Flu", [("What are the symptoms of Flu ?", "symptoms", "Symptoms:    - Fever    - Cough")]), "f.xml")
    page = html_page(document).decode()
    assert "<h1>Flu</h1>" in page and "<h2>What are the symptoms of Flu ?</h2>" in page
    assert "<p>Symptoms:</p>\n<ul><li>Fever</li><li>Cough</li></ul>" in page
