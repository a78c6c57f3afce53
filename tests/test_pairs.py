"""Layout pairs and structured (markup) pairs meet once: each question one row, found_by naming how."""

from pipeline.extract.pairs import merge_pairs
from pipeline.extract.questions import find_pairs
from pipeline.sources.document import StructuredPair

TEXT = (
    "What is dry needling?\n\nA thin needle is placed in a trigger point.\n\nShare this page\n\n"
    "Does it hurt?\n\nMost people feel a brief cramp.\n\n"
    "Is it covered by insurance?\n\nSome plans cover it.\n"
)


def span(part: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(part, after)
    return start, start + len(part)


def structured(question: str, answer: str, found_by: str = "jsonld") -> StructuredPair:
    q = span(question)
    return StructuredPair(*q, *span(answer, q[1]), found_by)


def test_a_pair_found_both_ways_is_one_row_with_the_markup_answer():
    layout = find_pairs(TEXT)
    marked = (structured("What is dry needling?", "A thin needle is placed in a trigger point."),)
    pairs = merge_pairs(TEXT, layout, marked)
    assert [p.question for p in pairs] == ["What is dry needling?", "Does it hurt?", "Is it covered by insurance?"]
    assert [p.found_by for p in pairs] == ["layout+jsonld", "layout", "layout"]
    assert pairs[0].answer == "A thin needle is placed in a trigger point."


def test_jsonld_and_microdata_of_one_question_are_one_row():
    marked = (
        structured("Does it hurt?", "Most people feel a brief cramp.", "microdata"),
        structured("Does it hurt?", "Most people feel a brief cramp.", "jsonld"),
    )
    pairs = merge_pairs(TEXT, [], marked)
    assert [(p.question, p.found_by) for p in pairs] == [("Does it hurt?", "jsonld+microdata")]


def test_a_structured_question_the_layout_missed_ends_the_answer_above_it():
    text = "What is dry needling?\n\nA thin needle is placed in a trigger point.\n\nDoes it hurt\n\nMost people feel a brief cramp.\n"
    layout = find_pairs(text)
    assert [p.question for p in layout] == ["What is dry needling?"]
    question = text.index("Does it hurt")
    answer = text.index("Most people")
    marked = (StructuredPair(question, question + len("Does it hurt"), answer, len(text) - 1, "microdata"),)
    pairs = merge_pairs(text, layout, marked)
    assert [(p.question, p.found_by) for p in pairs] == [("What is dry needling?", "layout"), ("Does it hurt", "microdata")]
    assert [p.answer for p in pairs] == ["A thin needle is placed in a trigger point.", "Most people feel a brief cramp."]


def test_markup_holding_only_the_first_paragraph_of_an_entry_leaves_the_layouts_answer():
    text = "Does it hurt?\n\nMost people feel a brief cramp.\n\nThe ache fades within a day.\n\nIs it covered?\n\nSome plans cover it.\n"
    question = text.index("Does it hurt?")
    first = text.index("Most people")
    marked = (StructuredPair(question, question + len("Does it hurt?"), first, first + len("Most people feel a brief cramp."), "jsonld"),)
    entry = (question, text.index("Is it covered?") - 2)  # the FAQ widget's entry: question and both paragraphs
    pairs = merge_pairs(text, find_pairs(text), marked, (entry,))
    assert pairs[0].answer == "Most people feel a brief cramp.\n\nThe ache fades within a day."
    assert pairs[0].found_by == "layout+jsonld"
    outside = merge_pairs(text, find_pairs(text), marked)  # no entry holds the second paragraph: it may be the page's, not the answer's
    assert outside[0].answer == "Most people feel a brief cramp."
