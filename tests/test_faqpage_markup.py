"""schema.org FAQPage markup: JSON-LD read leniently, microdata, and both located in the page's text."""

from __future__ import annotations

import json

import pytest

from pipeline.extract.pairs import document_pairs
from pipeline.sources import read_bytes
from pipeline.sources.jsonld import load_blocks

FILLER = " ".join(["Trigger points are tight knots in a muscle that can refer pain elsewhere."] * 6)
VISIBLE = (
    f"<h1>Dry needling FAQ</h1><p>{FILLER}</p>"
    "<h3>What is dry needling?</h3><p>A thin needle is placed in a trigger point.</p>"
    "<h3>Does it hurt?</h3><p>Most people feel a brief cramp.</p><p>It fades within a minute.</p>"
    "<h3>Is it covered by insurance?</h3><p>Some plans cover it.</p>"
)


def faq(*pairs: tuple[str, str]) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in pairs
    ]}


def document(body: str, *blocks: str):
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    data = f"<!DOCTYPE html><html><head><meta charset='utf-8'>{scripts}</head><body>{body}</body></html>".encode()
    return read_bytes(data, "page.html", "page.html")


def found(doc) -> list[tuple[str, str, str]]:
    return [(p.question, p.answer, p.found_by) for p in document_pairs(doc)]


# --- the lenient JSON-LD reader -------------------------------------------------------------------

@pytest.mark.parametrize("block, expected", [
    ('{"a": 1}', [{"a": 1}]),
    ('{"a": [1, 2,], "b": {"c": 3,},}', [{"a": [1, 2], "b": {"c": 3}}]),
    ('// generated\n{"a": 1 /* one */, "url": "https://x.org/a//b"}', [{"a": 1, "url": "https://x.org/a//b"}]),
    ('{"a": 1}\n{"b": 2}', [{"a": 1}, {"b": 2}]),
    ('{"a": 1},{"b": 2};', [{"a": 1}, {"b": 2}]),
    ('[{"a": 1}, {"b": 2}]', [[{"a": 1}, {"b": 2}]]),
    ('<!--\n{"a": "x"}\n-->', [{"a": "x"}]),
    ('{"text": "line one\nline two"}', [{"text": "line one\nline two"}]),
    ('{&quot;a&quot;: &quot;b&quot;}', [{"a": "b"}]),
    ('{"a": "trailing, comma in a string,}"}', [{"a": "trailing, comma in a string,}"}]),
])
def test_lenient_json_ld(block, expected):
    assert load_blocks(block) == (expected, None)


def test_a_broken_block_keeps_what_came_before_and_says_what_stopped_it():
    values, problem = load_blocks('{"a": 1}\n{"b": unquoted}')
    assert values == [{"a": 1}] and "at character" in problem


# --- FAQPage in JSON-LD -------------------------------------------------------------------------

def test_a_pair_found_by_layout_and_json_ld_is_one_row():
    block = json.dumps(faq(("What is dry needling?", "A thin needle is placed in a trigger point."),
                           ("Does it hurt?", "Most people feel a brief cramp.<br><br>It fades within a minute.")))
    rows = found(document(VISIBLE, block))
    assert rows == [
        ("What is dry needling?", "A thin needle is placed in a trigger point.", "layout+jsonld"),
        ("Does it hurt?", "Most people feel a brief cramp.\n\nIt fades within a minute.", "layout+jsonld"),
        ("Is it covered by insurance?", "Some plans cover it.", "layout"),
    ]


def test_graph_references_types_as_lists_html_and_entities_in_text():
    block = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": ["WebPage", "FAQPage"], "@id": "#page", "mainEntity": [{"@id": "#q1"}, {"@id": "#q2"}]},
        {"@type": "Question", "@id": "#q1", "name": "Does it hurt?",
         "acceptedAnswer": {"@type": "Answer", "text": "<p>Most people feel a <strong>brief</strong> cramp.</p>"}},
        {"@type": "Question", "@id": "#q2", "name": "Is it covered by insurance?",
         "acceptedAnswer": {"@type": "Answer", "text": "Some plans cover it&#46;"}},
    ]})
    rows = found(document(VISIBLE, block))
    assert [found_by for _, _, found_by in rows] == ["layout", "layout+jsonld", "layout+jsonld"]


def test_html_a_plugin_escaped_twice_is_rendered():
    block = json.dumps(faq(("Does it hurt?", "&lt;p&gt;Most people feel a brief cramp.&lt;/p&gt;&lt;p&gt;It fades within a minute.&lt;/p&gt;")))
    assert found(document(VISIBLE, block))[1] == ("Does it hurt?", "Most people feel a brief cramp.\n\nIt fades within a minute.", "layout+jsonld")


def test_main_entity_as_one_object_in_an_array_of_blocks():
    block = json.dumps([{"@type": "Organization", "name": "Clinic"}, {
        "@type": "FAQPage", "mainEntity": {"@type": "Question", "name": "Is it covered by insurance?",
                                           "acceptedAnswer": {"text": "Some plans cover it."}}}])
    assert found(document(VISIBLE, block))[-1] == ("Is it covered by insurance?", "Some plans cover it.", "layout+jsonld")


def test_a_question_the_layout_misses_is_found_by_the_markup():
    body = f"<p>{FILLER}</p><p class='q'>Insurance</p><p>Some plans cover it.</p>"
    rows = found(document(body, json.dumps(faq(("Insurance", "Some plans cover it.")))))
    assert rows == [("Insurance", "Some plans cover it.", "jsonld")]


def test_a_question_only_the_markup_holds_is_a_warning_not_a_pair():
    block = json.dumps(faq(("What is dry needling?", "A thin needle is placed in a trigger point."),
                           ("Does Medicare cover dry needling?", "No.")))
    doc = document(VISIBLE, block)
    assert "Does Medicare cover dry needling?" not in [q for q, _, _ in found(doc)]
    assert any("not in the page text" in w and "Does Medicare cover dry needling?" in w for w in doc.warnings)


def test_a_table_of_contents_repeating_the_question_is_not_where_it_is_answered():
    body = "<p>In this guide: what is dry needling? Who does it? What does it cost?</p>" + VISIBLE
    rows = found(document(body, json.dumps(faq(("What is dry needling?", "A thin needle is placed in a trigger point.")))))
    assert rows[0] == ("What is dry needling?", "A thin needle is placed in a trigger point.", "layout+jsonld")


def test_a_page_showing_its_faq_twice_gives_one_pair_where_the_layout_finds_it():
    mobile = "<div class='d-md-none'><h3>Does it hurt?</h3><p>Most people feel a brief cramp.</p></div>"
    rows = found(document(mobile + VISIBLE, json.dumps(faq(("Does it hurt?", "Most people feel a brief cramp.")))))
    assert [(q, how) for q, _, how in rows].count(("Does it hurt?", "layout+jsonld")) == 1
    assert [q for q, _, _ in rows].count("Does it hurt?") == 1


def test_markup_whose_answer_the_page_does_not_show_keeps_the_layout_answer():
    doc = document(VISIBLE, json.dumps(faq(("Does it hurt?", "A summary written only for search engines."))))
    assert found(doc)[1] == ("Does it hurt?", "Most people feel a brief cramp.\n\nIt fades within a minute.", "layout+jsonld")
    assert any("answer" in w and "Does it hurt?" in w for w in doc.warnings)


def test_malformed_json_ld_still_gives_its_pairs():
    block = '{"@type": "FAQPage", // Yoast-like\n "mainEntity": [{"@type": "Question", "name": "Does it hurt?", ' \
            '"acceptedAnswer": {"@type": "Answer", "text": "Most people feel a brief cramp.",},},],}'
    assert found(document(VISIBLE, block))[1][2] == "layout+jsonld"


def test_an_unreadable_block_is_a_warning():
    doc = document(VISIBLE, '{"@type": "FAQPage", "mainEntity": [ oops ]}')
    assert any("JSON-LD block 1 partly unreadable" in w for w in doc.warnings)


# --- FAQPage in microdata ------------------------------------------------------------------------

MICRODATA = (
    f"<p>{FILLER}</p><div itemscope itemtype='https://schema.org/FAQPage'>"
    "<div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'>"
    "<h3 itemprop='name'>Can a chiropractor do dry needling?</h3>"
    "<div itemscope itemprop='acceptedAnswer' itemtype='https://schema.org/Answer'><div itemprop='text'>"
    "<p>It depends on the state.</p><p>Some states allow it.</p></div></div></div>"
    "<div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'>"
    "<span itemprop='name'>Parking</span>"
    "<div itemscope itemprop='acceptedAnswer' itemtype='https://schema.org/Answer'><p itemprop='text'>Free, behind the clinic.</p></div></div>"
    "</div>"
)


def test_microdata_pairs_have_exact_offsets():
    rows = found(document(MICRODATA))
    assert rows == [
        ("Can a chiropractor do dry needling?", "It depends on the state.\n\nSome states allow it.", "layout+microdata"),
        ("Parking", "Free, behind the clinic.", "microdata"),
    ]


def test_a_microdata_answer_without_a_text_property_is_its_own_text():
    body = MICRODATA.replace("<p itemprop='text'>Free, behind the clinic.</p>", "<p>Free, behind the clinic.</p>")
    assert found(document(body))[1] == ("Parking", "Free, behind the clinic.", "microdata")


def test_a_microdata_answer_begins_after_the_answer_label_it_prints():
    body = MICRODATA.replace("<div itemprop='text'><p>It depends", "<div itemprop='text'><strong>A:</strong> <p>It depends")
    assert found(document(body))[0] == ("Can a chiropractor do dry needling?", "It depends on the state.\n\nSome states allow it.", "layout+microdata")


def test_json_ld_and_microdata_of_one_question_are_one_row():
    block = json.dumps(faq(("Can a chiropractor do dry needling?", "It depends on the state. Some states allow it.")))
    assert found(document(MICRODATA, block))[0][2] == "layout+jsonld+microdata"


# --- a Q&A site's thread (QAPage): one question, its accepted answer ---------------------------------

THREAD_ANSWERS = (
    "<div id='answers'><h2>3 Answers</h2>"
    "<div class='answer' itemprop='suggestedAnswer' itemscope itemtype='https://schema.org/Answer'>"
    "<div class='post-body' itemprop='text'><p>Try a lacrosse ball against the wall first.</p></div>"
    "<div class='signature'>answered by gym_rat_44</div></div>"
    "<div class='answer accepted' itemprop='acceptedAnswer' itemscope itemtype='https://schema.org/Answer'>"
    "<div class='post-body' itemprop='text'><p>Short-term relief is likely: trials show less neck pain for a few weeks.</p>"
    f"<p>{FILLER}</p></div><div class='signature'>answered by a physiotherapist</div></div>"
    "</div>"
)
THREAD = (
    "<header><nav><a href='/'>Health Answers</a> <a href='/questions'>Questions</a></nav></header>"
    "<div id='content' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
    "<div id='question-header'><h1 itemprop='name'><a href='/q/1'>Does dry needling help a stiff neck?</a></h1></div>"
    "<div id='mainbar' role='main'>"
    "<div class='question'><div class='post-body' itemprop='text'><p>My neck has been stiff for months and my "
    f"physio suggested needling. Is it worth it? How long does it last?</p><p>{FILLER}</p></div>"
    "<ul class='tags'><li>neck-pain</li><li>dry-needling</li></ul></div>"
    f"{THREAD_ANSWERS}</div>"
    "<aside role='complementary'><h3>Related</h3><a href='/q/2'>Is cupping safe?</a></aside></div>"
)


def test_a_question_title_above_the_main_content_stays_in_the_text():
    doc = document(THREAD)
    assert doc.text.startswith("Does dry needling help a stiff neck?\n")
    assert "My neck has been stiff for months" in doc.text


def test_a_qapage_thread_pairs_its_title_with_the_accepted_answer():
    data = f"<!DOCTYPE html><html itemscope itemtype='https://schema.org/QAPage'><head><meta charset='utf-8'></head><body>{THREAD}</body></html>"
    rows = [(p.question, p.answer) for p in document_pairs(read_bytes(data.encode(), "thread.html", "thread.html"))]
    assert rows[0][0] == "Does dry needling help a stiff neck?"
    assert rows[0][1].startswith("Short-term relief is likely") and rows[0][1].endswith(FILLER)


def test_a_qapage_in_json_ld_without_an_accepted_answer_takes_the_first_suggested_one():
    block = json.dumps({"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {
        "@type": "Question", "name": "Does dry needling help a stiff neck?", "text": "My neck has been stiff for months.",
        "suggestedAnswer": [{"@type": "Answer", "text": "Try a lacrosse ball against the wall first."}],
    }})
    rows = found(document(THREAD.replace("itemscope", "data-x").replace("itemprop", "data-y"), block))
    assert rows[0][:2] == ("Does dry needling help a stiff neck?", "Try a lacrosse ball against the wall first.")


def test_markup_holding_an_excerpt_of_the_answer_leaves_the_pages_answer():
    block = json.dumps(faq(
        ("Does it hurt?", "Most people feel a brief cramp."),  # the page's first sentence only
        ("What causes trigger points", "Overload, all at once or little by little"),  # a question the layout misses
    ))
    body = VISIBLE.replace("<h3>Does it hurt?</h3><p>Most people feel a brief cramp.</p>", "<h3>Does it hurt?</h3><p>Most people feel a brief cramp. It fades fast.</p>")
    body += "<h3>What causes trigger points</h3><p>Overload, all at once or little by little over months.</p>"
    rows = {q: a for q, a, _ in found(document(body, block))}
    assert rows["Does it hurt?"] == "Most people feel a brief cramp. It fades fast.\n\nIt fades within a minute."
    assert rows["What causes trigger points"] == "Overload, all at once or little by little over months."


def test_markup_asking_in_other_words_marks_the_entry_whose_answer_it_gives():
    body = VISIBLE + "<h3>How long does it last?</h3><p>A session takes about thirty minutes, with a short check of the treated muscle at the end.</p>"
    doc = document(body, json.dumps(faq(
        ("Does dry needling hurt?", "Most people feel a brief cramp. It fades within a minute."),  # the page asks "Does it hurt?"
        ("How long is a dry needling session?", "A session takes about thirty minutes, with a check at the end."),  # a summary: its opening words
        ("Do you offer gift cards?", "Gift cards can be bought at the front desk of either clinic."),  # no entry shows it
    )))
    rows = {question: by for question, _, by in found(doc)}
    assert rows == {"What is dry needling?": "layout", "Does it hurt?": "layout+jsonld", "Is it covered by insurance?": "layout",
                    "How long does it last?": "layout+jsonld"}
    assert sum("not in the page text, but its answer is" in w for w in doc.warnings) == 2
    assert any("not in the page text: 'Do you offer gift cards?'" in w for w in doc.warnings)


def test_an_answer_that_opens_alike_under_an_unrelated_question_marks_no_entry():
    body = VISIBLE + "<h3>How do I book?</h3><p>Our front desk at the Lakeside clinic can book you in by phone or in person any weekday.</p>"
    doc = document(body, json.dumps(faq(("Do you sell gift cards?", "Our front desk at the Lakeside clinic can sell you a gift card of any amount."))))
    assert dict((q, by) for q, _, by in found(doc))["How do I book?"] == "layout"
