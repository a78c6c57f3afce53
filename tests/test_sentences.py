"""Sentence boundaries of the faq_sentences component on web text."""

import pytest

from pipeline.extract.claims import sentence_spans
from pipeline.extract.nlp import default_nlp


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(default_nlp()(text))]


@pytest.mark.parametrize("text, expected", [
    ("Dr. Smith treats trigger points. She is a physiatrist.", ["Dr. Smith treats trigger points.", "She is a physiatrist."]),
    ("Some injections, e.g. lidocaine, work fast. Others do not.", ["Some injections, e.g. lidocaine, work fast.", "Others do not."]),
    ("Most plans in the U.S. cover it. Check yours.", ["Most plans in the U.S. cover it.", "Check yours."]),
    ("Massage relieves pain.[7] Stretching helps too.", ["Massage relieves pain.[7]", "Stretching helps too."]),
    ("It is covered for chemotherapy nausea.[^3] It is not covered for allergies.", ["It is covered for chemotherapy nausea.[^3]", "It is not covered for allergies."]),  # a Markdown footnote
    ("Trigger points hurt [3]. They refer pain.", ["Trigger points hurt [3].", "They refer pain."]),
    ("FDA Approval\nBotox is approved for migraine.", ["FDA Approval", "Botox is approved for migraine."]),
    # a hard-wrapped sentence goes on in lower case; a blank line, a full stop or a capital starts anew
    ("   Most plans cover it once a\n   physician orders it. Ask\n   first.", ["Most plans cover it once a\n   physician orders it.", "Ask\n   first."]),
    ("Cupping studio\n\nopen daily", ["Cupping studio", "open daily"]),
    ("Rest today.\nmove gently tomorrow", ["Rest today.", "move gently tomorrow"]),
    ("- Heat therapy\n- Dry needling – not covered by most plans", ["- Heat therapy", "- Dry needling – not covered by most plans"]),
    ("He said “it works.” Then he left.", ["He said “it works.”", "Then he left."]),
    ("Ask your doctor (or a physical therapist). They can help.", ["Ask your doctor (or a physical therapist).", "They can help."]),
    ("Relief lasts approx. three weeks in most cases.", ["Relief lasts approx. three weeks in most cases."]),
    # an HTML field of a text export: a line break tag ends a line, no sentence begins or ends with a tag
    ("It stretches the fascia.<br><br>Pressure is held.<br>it uses <b>little</b> oil. <b>Speak up</b> if it hurts.",
     ["It stretches the fascia.", "Pressure is held.", "it uses <b>little</b> oil.", "Speak up</b> if it hurts."]),
    ("Massage can reduce pain<br>and improve sleep.", ["Massage can reduce pain<br>and improve sleep."]),  # a line break, not a paragraph's end
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_a_name_between_tags_is_a_mention():
    doc = default_nlp()("Physicians give <b>trigger point injections</b>.<br>Massage therapists do not.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Physicians", "PROVIDER"), ("trigger point injections", "TREATMENT"), ("Massage therapists", "PROVIDER")]


def test_round_35_a_long_wrapped_line_ending_in_a_lower_case_word_goes_on_capitalised():
    text = (
        "At Larkspur Lane, only our licensed massage therapists (LMTs) perform\nMFR. Some chiropractors also use it.\n"
        "Home\nAbout us\nContact\n"  # short lines: a menu
        "[12:01] <kim> a lot of massage therapists offer cupping alongside massage\n[12:02] <jo> nice\n"  # a chat's next line
    )
    assert sentences(text)[:5] == [
        "At Larkspur Lane, only our licensed massage therapists (LMTs) perform\nMFR.", "Some chiropractors also use it.", "Home", "About us", "Contact",
    ]
    assert sentences(text)[-1].startswith("[12:02]")


def test_round_36_review_long_lines_without_a_function_word_at_their_end_stay_apart():
    text = (
        "Your insurance card and a photo ID for the front desk\nLoose clothing you can move in\n"
        "Our physical therapists perform dry needling on most days of the week\nMedicare does not cover dry needling.\n"
        "Physical therapy visits are covered under most plans, including those by\nMedicare Part B.\n"
    )
    assert sentences(text) == [
        "Your insurance card and a photo ID for the front desk", "Loose clothing you can move in",
        "Our physical therapists perform dry needling on most days of the week", "Medicare does not cover dry needling.",
        "Physical therapy visits are covered under most plans, including those by\nMedicare Part B.",
    ]


@pytest.mark.parametrize("text, expected", [
    ("No. A nurse practitioner is a registered nurse.", ["No.", "A nurse practitioner is a registered nurse."]),  # an answer word, as "Yes." is
    ("Room No. 5 is on the left.", ["Room No. 5 is on the left."]),  # the number's abbreviation
    ("No. 5 Harley Street is our address.", ["No. 5 Harley Street is our address."]),
])
def test_no_that_opens_a_sentence_is_an_answer_word_unless_a_number_follows(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- No. It feels like pressure.", ["- No.", "It feels like pressure."]),  # after a list marker too
    ("No. 2024 rates are higher.", ["No. 2024 rates are higher."]),  # a year is a number too
])
def test_round_64_review_no_after_a_list_marker(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("**No.** Most people feel a brief cramp.", ["**No.**", "Most people feel a brief cramp."]),  # emphasis closes after a word
    ("*Yes.* It is covered.", ["*Yes.*", "It is covered."]),
    ("It is covered. **Book** online.", ["It is covered.", "**Book** online."]),  # and opens after a space
    ("It helps.* Some people feel sore.", ["It helps.*", "Some people feel sore."]),  # a footnote's star
    ("This is **very** important.", ["This is **very** important."]),
])
def test_markdown_emphasis_around_a_sentence_end_neither_hides_nor_makes_one(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr. Ruiz: No. You can book with us directly.", ["Dr. Ruiz: No.", "You can book with us directly."]),  # after a speaker's label too
    ("Our address: No. 5 Harley Street.", ["Our address: No. 5 Harley Street."]),
])
def test_no_after_a_speakers_label_is_an_answer_word(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Needling, yes; injections, no. We refer you for those.", ["Needling, yes; injections, no.", "We refer you for those."]),  # a lower-case "no." answers
    ("The short answer is no. Most plans exclude it.", ["The short answer is no.", "Most plans exclude it."]),
    ("Fill in form no. 12 first.", ["Fill in form no. 12 first."]),  # a number follows
])
def test_a_lower_case_no_ends_its_sentence_unless_a_number_follows(text, expected):
    assert sentences(text) == expected


def test_no_after_a_bold_answer_label_is_an_answer_word():
    assert sentences("**A:** No. Acupuncturists train in Chinese medicine.") == ["**A:** No.", "Acupuncturists train in Chinese medicine."]
