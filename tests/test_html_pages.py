"""Saved web pages in many site styles, read as the build reads them, against their gold files.

WordPress with Yoast's FAQ block and JSON-LD, Elementor and Bootstrap accordions, Divi toggles,
Wix and Squarespace pages, a hand-written windows-1252 table layout, <dl> and <details> FAQs,
microdata, malformed JSON-LD with a question only the markup holds, a table of contents, a blog
post with questions in its comments, sidebars of question-titled posts and a "People also ask"
box, ... Every page must give exactly its gold pairs, found the gold way.
"""

import pytest

from gold import HTML_PAGES, gold_pages, mention_scores, pair_accuracies

PAGES = gold_pages(HTML_PAGES)


def test_there_are_web_pages_in_many_styles():
    assert len(PAGES) >= 14
    assert all(page.document.format == "html" for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_give_exactly_their_gold_pairs(page):
    rows = page.records["qa_pairs"]
    assert [r["question"] for r in rows] == [p["question"] for p in page.gold["pairs"]]
    for row, gold in zip(rows, page.gold["pairs"]):
        assert row["answer"].startswith(gold["answer_start_text"]), (row["question"], row["answer"][:80])
        assert row["answer"].endswith(gold["answer_end_text"]), (row["question"], row["answer"][-80:])
        assert row["found_by"] == gold["found_by"], row["question"]


@pytest.mark.parametrize("page", [p for p in PAGES if p.gold.get("structured_only")], ids=lambda p: p.name)
def test_questions_only_the_markup_holds_are_warnings(page):
    for question in page.gold["structured_only"]:
        assert any(question in warning for warning in page.document.warnings), question


def test_question_types_and_yes_no_answers():
    types, polarities = pair_accuracies(PAGES)
    assert types >= 0.8
    assert polarities >= 0.93


def test_mentions_inside_pairs():
    precision, recall, score = mention_scores(PAGES)
    assert precision >= 0.92 and recall >= 0.92 and score >= 0.92, (precision, recall, score)


def test_offsets_slice_the_text():
    for page in PAGES:
        for row in page.records["qa_pairs"]:
            assert page.text[row["question_start"]:row["question_end"]] == row["question"]
            assert page.text[row["answer_start"]:row["answer_end"]] == row["answer"]
