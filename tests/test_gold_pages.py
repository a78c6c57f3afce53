"""Extraction measured against hand-made gold annotations of eight pages in other sites' styles.

The thresholds sit a little under today's scores, so a change that makes extraction worse fails.
"""

import csv
from pathlib import Path

import pytest

from gold import f1, gold_pages
from pipeline.extract.records import document_records
from pipeline.extract.claims import document_entities, judge, sentence_entities
from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import default_nlp
from pipeline.sources import Document

PAGES = gold_pages()
CLAIM_SENTENCES = Path(__file__).parent / "fixtures" / "claim_sentences.csv"


def records(page):
    doc = Document("doc-0000000000000000", page.name, page.text, "0" * 64)
    return document_records(doc, default_nlp()(page.text))


def test_there_are_gold_pages_in_several_layouts():
    assert len(PAGES) >= 8


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_questions_match_the_gold_exactly(page):
    assert [r["question"] for r in records(page)["qa_pairs"]] == [p["question"] for p in page.gold["pairs"]]


def test_entity_mentions_f1():
    predicted, gold = set(), set()
    for page in PAGES:
        predicted |= {(page.name, m.start, m.end, m.label) for m in find_mentions(default_nlp()(page.text))}
        gold |= {(page.name, *span) for span in page.mention_spans()}
    precision, recall, score = f1(predicted, gold)
    assert precision >= 0.93 and recall >= 0.9 and score >= 0.92, (precision, recall, score)


def _accuracy(pairs):
    return sum(a == b for a, b in pairs) / len(pairs)


def test_question_types_and_yes_no_answers():
    types, polarities = [], []
    for page in PAGES:
        rows = {r["question"]: r for r in records(page)["qa_pairs"]}
        for gold in page.gold["pairs"]:
            types.append((rows[gold["question"]]["question_type"], gold["question_type"]))
            polarities.append((rows[gold["question"]]["answer_polarity"], gold["answer_polarity"]))
    assert _accuracy(types) >= 0.85
    assert _accuracy(polarities) >= 0.9


def test_claim_polarity_and_certainty():
    with CLAIM_SENTENCES.open(encoding="utf-8") as handle:
        cases = [(row["sentence"], row["polarity"], row["certainty"]) for row in csv.DictReader(handle)]
    cases += [(c["sentence"], c["polarity"], c["certainty"]) for page in PAGES for c in page.gold["claims"]]
    judged = []
    for sentence, polarity, certainty in cases:
        entities = sentence_entities(document_entities(default_nlp()(sentence)), 0, len(sentence))
        judgement = judge(sentence, entities)
        judged.append((judgement.polarity, judgement.certainty, polarity, certainty))
    assert len(judged) >= 250
    assert _accuracy([(p, gp) for p, _, gp, _ in judged]) >= 0.96
    assert _accuracy([(c, gc) for _, c, _, gc in judged]) >= 0.92


def test_gold_mentions_listed_out_of_page_order_are_located_once_each(tmp_path):
    from gold import GoldPage

    page = tmp_path / "page.md"
    page.write_text("Cupping FAQ\n\nWhat is cupping?\n\nCupping lifts the skin. Massage presses it.\n\nDoes massage hurt?\n\nMassage rarely hurts.\n")
    gold = {"pairs": [{"question": "Does massage hurt?"}, {"question": "What is cupping?"}],
            "mentions": [{"text": "massage", "label": "TREATMENT"}, {"text": "Massage", "label": "TREATMENT"},  # the second pair's, then the first's
                         {"text": "Cupping", "label": "TREATMENT"}, {"text": "Massage", "label": "TREATMENT"}, {"text": "Massage", "label": "TREATMENT"}]}
    spans = GoldPage("page", page, gold).mention_spans()
    text = page.read_text()
    assert sorted(text[a:b] for a, b, _ in spans if a >= 0) == ["Cupping", "Massage", "Massage", "massage"]
    assert len(spans) == 5  # the mention the text has no further place for stays, as a span no prediction hits
