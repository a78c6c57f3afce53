"""Extraction on thirty pages written blind to the rules, in layouts unlike the seed's: a forum
with reader questions and "Dr. Lee:" answers, Q./A. and Q1)/Ans: labels, bold and ALL-CAPS
questions, accordions with menus, Markdown headings without "?", benefits pages with bullet lists,
blog and law-firm pages with share boxes, calls to action, footers and disclaimers, a newspaper
column of readers' letters, flattened accordions, a community Q&A page, headings without "?", SEO answer blogs with contents lists and ratings."""

import pytest

from gold import HELDOUT, HELDOUT_MESSY, HELDOUT_MORE, HELDOUT_SCRAPED, HELDOUT_SEO, f1, gold_pages
from pipeline.build import document_records
from pipeline.extract.claims import document_entities, judge, sentence_entities
from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import default_nlp
from pipeline.sources import Document

PAGES = [page for folder in (HELDOUT, HELDOUT_MESSY, HELDOUT_MORE, HELDOUT_SCRAPED, HELDOUT_SEO) for page in gold_pages(folder)]


def extract(page):
    parsed = default_nlp()(page.text)
    return parsed, document_records(Document("doc-0000000000000000", page.name, page.text, "0" * 64), parsed)


@pytest.fixture(scope="module")
def extracted():
    return {page.name: extract(page) for page in PAGES}


def test_every_question_is_found_with_its_answer(extracted):
    found = exact = total = 0
    for page in PAGES:
        rows = {r["question"]: r for r in extracted[page.name][1]["qa_pairs"]}
        assert len(rows) == len(page.gold["pairs"]), page.name
        for gold in page.gold["pairs"]:
            total += 1
            row = rows.get(gold["question"])
            found += row is not None
            exact += bool(row) and row["answer"].startswith(gold["answer_start_text"]) and row["answer"].endswith(gold["answer_end_text"])
    assert found == total
    assert exact / total >= 0.95


def test_question_types_and_yes_no_answers(extracted):
    types = polarities = total = 0
    for page in PAGES:
        rows = {r["question"]: r for r in extracted[page.name][1]["qa_pairs"]}
        for gold in page.gold["pairs"]:
            total += 1
            types += rows[gold["question"]]["question_type"] == gold["question_type"]
            polarities += rows[gold["question"]]["answer_polarity"] == gold["answer_polarity"]
    assert types / total >= 0.85
    assert polarities / total >= 0.95


def test_mentions_inside_pairs(extracted):
    predicted, gold = set(), set()
    for page in PAGES:
        parsed, records = extracted[page.name]
        spans = [(r[f"{part}_start"], r[f"{part}_end"]) for r in records["qa_pairs"] for part in ("question", "answer")]
        predicted |= {(page.name, m.start, m.end, m.label) for m in find_mentions(parsed) if any(a <= m.start and m.end <= b for a, b in spans)}
        gold |= {(page.name, *span) for span in page.mention_spans()}
    precision, recall, score = f1(predicted, gold)
    assert precision >= 0.88 and recall >= 0.88 and score >= 0.89, (precision, recall, score)


def test_claim_polarity_and_certainty(extracted):
    results = []
    for page in PAGES:
        entities = document_entities(extracted[page.name][0])
        for claim in page.gold["claims"]:
            start = page.text.index(claim["sentence"])
            judgement = judge(claim["sentence"], sentence_entities(entities, start, start + len(claim["sentence"])))
            results.append((judgement.polarity == claim["polarity"], judgement.certainty == claim["certainty"]))
    assert sum(p for p, _ in results) / len(results) >= 0.95
    assert sum(c for _, c in results) / len(results) >= 0.9
