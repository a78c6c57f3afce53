"""Page furniture is defined once (pipeline/extract/furniture.py) and kept out of every table:
no pair, no entity, no claim comes from navigation, bylines, calls to action, share lines,
related posts, "people also ask" blocks or footers; a repeated question never moves an answer."""

import pytest

from pipeline.extract.furniture import Page, line_action
from pipeline.extract.nlp import default_nlp
from pipeline.extract.questions import find_pairs
from pipeline.extract.records import document_records
from pipeline.sources import Document

ARTICLE = """Home | Services | Dry Needling | Contact

Dry needling FAQ
By Jane Doe, DPT

What is dry needling?

Dry needling uses thin needles to release trigger points in a muscle.

Can a chiropractor do dry needling?

In many states chiropractors can perform dry needling after extra training.

Book your evaluation today!

Share this article
Facebook | Twitter | Email
Jane Doe, DPT, is a physical therapist who has treated runners for ten years.

{block}
Can a chiropractor do dry needling?
Is cupping safe for athletes?
What is dry needling?

© 2026 Lakeside Physical Therapy. All rights reserved.
Lakeside Physical Therapy, 12 Shore Road, Springfield
"""


def records(text: str) -> dict[str, list[dict]]:
    return document_records(Document("doc-0000000000000000", "page.txt", text, "0" * 64), default_nlp()(text))


@pytest.mark.parametrize("block", ["Popular questions", "Related questions", "People also ask", "More FAQs", "Related posts"])
def test_a_block_that_repeats_questions_ends_the_article_and_moves_no_answer(block):
    pairs = find_pairs(ARTICLE.format(block=block))
    assert [(p.question, p.answer) for p in pairs] == [
        ("What is dry needling?", "Dry needling uses thin needles to release trigger points in a muscle."),
        ("Can a chiropractor do dry needling?", "In many states chiropractors can perform dry needling after extra training."),
    ]


def test_a_list_of_questions_before_the_article_moves_no_answer():
    text = (
        "Popular questions\nIs cupping safe?\nWhat is dry needling?\n\n"
        "What is dry needling?\n\nDry needling uses thin needles.\n\nDoes it hurt?\n\nA brief cramp, no more.\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("What is dry needling?", "Dry needling uses thin needles."),
        ("Does it hurt?", "A brief cramp, no more."),
    ]


def test_a_question_asked_twice_with_two_answers_keeps_both():
    text = "What is it?\n\nA knot in a muscle.\n\nDoes it hurt?\n\nSometimes.\n\nWhat is it?\n\nAlso a tender spot.\n"
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("What is it?", "A knot in a muscle."), ("Does it hurt?", "Sometimes."), ("What is it?", "Also a tender spot."),
    ]


def test_furniture_yields_no_entities_and_no_claims():
    text = ARTICLE.format(block="Related posts")
    found = records(text)
    mentions = {(row["text"], row["start"]) for row in found["entities"]}
    byline, footer = text.index("By Jane Doe, DPT"), text.index("© 2026")
    assert not any(byline <= start < byline + 20 for _, start in mentions), "a byline's DPT is not a physical therapist"
    assert not any(start >= text.index("Share this article") for _, start in mentions), "share lines, bios, related posts and footers"
    assert ("Physical Therapy", text.index("Lakeside Physical Therapy") + 9) not in mentions
    claims = [row["text"] for row in found["claims"]]
    assert "Book your evaluation today!" not in claims
    assert not any("Lakeside" in claim or "Facebook" in claim for claim in claims)
    assert any(claim.startswith("In many states chiropractors can perform") for claim in claims)
    assert footer > 0


def test_a_clinic_name_in_running_text_is_not_a_treatment():
    found = records("At Lakeside Physical Therapy Clinic our therapists offer massage and physical therapy for back pain.\n")
    treatments = [row["text"] for row in found["entities"] if row["label"] == "TREATMENT"]
    assert treatments == ["massage", "physical therapy"]


def test_a_bold_question_with_its_answer_on_the_same_line():
    text = "**What is dry needling?** Dry needling uses thin needles.\n\n**Does it hurt?** Most people feel a brief cramp.\n"
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("What is dry needling?", "Dry needling uses thin needles."), ("Does it hurt?", "Most people feel a brief cramp."),
    ]


def test_a_list_that_completes_a_sentence_yields_one_claim_per_item():
    text = "What is it used for?\n\nDry needling is commonly used for:\n- neck pain\n- tension headaches\n- plantar fasciitis\n"
    claims = records(text)["claims"]
    lead = text.index("Dry needling is commonly used for:")
    assert [(c["text"], c["lead_in_start"]) for c in claims] == [
        ("neck pain", lead), ("tension headaches", lead), ("plantar fasciitis", lead),
    ]
    assert all(text[c["start"]:c["end"]] == c["text"] for c in claims)
    assert [(c["subject_concept_id"], c["predicate"]) for c in claims][0] == ("TRT:dry_needling", "treats")


def test_a_print_footer_that_numbers_its_pages_is_furniture():
    footer = "Patient leaflet 12 | Review due 2027          Page {} of 3"
    text = (
        f"Cupping: your questions\n\nWhat is cupping?\n\nCups lift the skin to loosen tight muscle.\n\n{footer.format(1)}\n\n"
        f"Does it leave marks?\n\nRound marks can last a week.\n\n{footer.format(2)}\n\n"
        f"Is it safe?\n\nYes, for most adults.\n\n{footer.format(3)}\n"
    )
    assert [p.answer for p in find_pairs(text)] == ["Cups lift the skin to loosen tight muscle.", "Round marks can last a week.", "Yes, for most adults."]


def test_a_shops_reviews_and_footer_links_end_its_questions():
    text = (
        "Massage Ball, Firm\n\nQuestion: Is it firm?\nAnswer: Yes, firmer than a tennis ball.\n\n"
        "See more answered questions (12)\n\nCustomer reviews\n4.5 out of 5 stars\nGreat ball. Really firm and grippy.\n\n"
        "Conditions of Use   Privacy Notice   © 2010-2026, Shop Inc.\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [("Is it firm?", "Yes, firmer than a tennis ball.")]


def test_a_two_page_handouts_header_and_footer_are_furniture():
    header, footer = "Valley Health Plan 2026 Handbook          Page {}", "VHP-2026          Member line 1-800-555-0100"
    text = (
        f"{header.format(7)}\n\n1.1 Is cupping covered?\n\nNo, cupping is not covered.\n\n{footer}\n\n"
        f"{header.format(8)}\n\n1.2 Is massage covered?\n\nOnly with a referral.\n\n{footer}\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("Is cupping covered?", "No, cupping is not covered."), ("Is massage covered?", "Only with a referral."),
    ]


def test_a_clinics_reviews_heading_and_a_sentence_about_points_are_content():
    text = (
        "## Reviews\n\nPatients rate us highly.\n\n## Does cupping work?\n\n"
        "On average, pain scores fell by 3 points compared with six weeks ago.\nMost patients felt better.\n\n"
        "## Is it safe?\n\nYes.\n\nWeek 1 stretching and mobility\nWeek 2 stretching and mobility\nWeek 3 stretching and mobility\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("Does cupping work?", "On average, pain scores fell by 3 points compared with six weeks ago.\nMost patients felt better."),
        ("Is it safe?", "Yes.\n\nWeek 1 stretching and mobility\nWeek 2 stretching and mobility\nWeek 3 stretching and mobility"),
    ]


def test_print_page_heads_captions_sponsor_reads_and_sign_offs_are_furniture():
    text = (
        "Trigger point injections\n\n1. Does the injection hurt?\nA little, for a moment.\n\n"
        "                                         Page 1 of 2\n\fSt Mary's Hospital          Patient leaflet\n\n"
        "2. Can I drive home?\nYes, in most cases.\n\nA needle in the trapezius. Image by the author.\n\n"
        "00:40\nQuick break. This episode is supported by RollCo, use the code KNOTS for ten percent off.\n\n"
        "3. Is it covered?\nOften, with a referral.\n\nThat's all for this week. Thanks for listening, and send us your questions.\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("Does the injection hurt?", "A little, for a moment."), ("Can I drive home?", "Yes, in most cases."),
        ("Is it covered?", "Often, with a referral."),
    ]


def test_testimonials_and_a_help_centres_feedback_question_are_furniture():
    text = (
        "## Is cupping safe?\n\nYes, for most adults.\n\n## What clients say\n\nLoved it! Best session ever.\n\n"
        "## Does it leave marks?\n\nOften, for a week.\n\nDid this answer your question?\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("Is cupping safe?", "Yes, for most adults."), ("Does it leave marks?", "Often, for a week."),
    ]


@pytest.mark.parametrize("markup", [
    "::: {.callout-note}", ":::", "::: callout-tip",  # Quarto and Pandoc fenced divs
    ":PROPERTIES:", ":CUSTOM_ID: what-is-cupping", ":END:",  # an Org-mode drawer
    "----- Wednesday, May 1, 2024 -----",  # a message thread's day separator
    "</summary>", '<div class="faq-item">', "<details>",  # raw HTML that pandoc keeps in Markdown
    "5 min read", "[Book a 60-minute massage](https://example.org/book)",
])
def test_markup_and_print_lines_are_no_answer(markup):
    text = f"Does cupping hurt?\n\nNo, it feels like a pull.\n\n{markup}\n\nWill it leave marks?\n\nYes, for a week.\n"
    assert [p.answer for p in find_pairs(text)] == ["No, it feels like a pull.", "Yes, for a week."]


@pytest.mark.parametrize("answer", ["March 31, 2025", ":white_check_mark: Done", "Children under 12        1/2"])
def test_a_bare_date_an_emoji_code_or_a_table_row_is_an_answer(answer):
    assert [p.answer for p in find_pairs(f"When is the deadline?\n\n{answer}\n\nIs it free?\n\nYes.\n")] == [answer, "Yes."]


def test_a_closing_details_tag_ends_an_answer_and_a_pages_feedback_widget_ends_the_article():
    details = "Does cupping hurt?\n\nNo, it pulls.\n\n</details>\n\n### Ready to book\n\nCall us on 555-0100.\n"
    assert [p.answer for p in find_pairs(details)] == ["No, it pulls."]
    widget = "Does cupping hurt?\n\nNo, it pulls.\n\nWas this answer helpful?\n\nWill it mark?\n\nYes, for a week.\n\nWas this article helpful?\n\nYes No\n\nLast reviewed March 4, 2024 by the policy team.\n"
    assert [p.answer for p in find_pairs(widget)] == ["No, it pulls.", "Yes, for a week."]


def test_an_answers_did_this_help_is_skipped_not_the_end_of_the_page():
    text = "Does it hurt?\n\nA brief cramp.\n\nDid this help? Yes No\n\nIs it covered?\n\nSome plans cover it.\n"
    assert [p.question for p in find_pairs(text)] == ["Does it hurt?", "Is it covered?"]


def test_a_related_block_ends_the_article():
    text = "Does it hurt?\n\nA brief cramp.\n\nRelated\n\n- Fibromyalgia\n\n- Back pain at work\n"
    assert [p.answer for p in find_pairs(text)] == ["A brief cramp."]


def test_a_call_to_action_wrapped_in_mid_sentence_is_furniture_to_its_end_and_a_short_direction_is_not():
    from pipeline.extract.furniture import Page
    page = Page("   Request an appointment online or call (503) 555-0190 to ask whether\n   massage is right for you.\n\n[Music]\nso today we talk about knots\n")
    assert page.actions[:2] == ["skip", "skip"] and page.actions[4] is None


def test_round_21_furniture_rows_leave_answers_that_look_like_a_qa_panel():
    owner = find_pairs("Who owns the clinic?\n\nDr. Maria Lopez, DPT (owner)\nShe founded it in 2009.\n")
    assert owner[0].answer == "Dr. Maria Lopez, DPT (owner)\nShe founded it in 2009."  # a team list's owner with her credentials
    booking = find_pairs("How do I book?\n\nBook online through our website or call us at 555-123-4567.\nSame-day visits are often free.\n")
    assert booking[0].answer.endswith("Same-day visits are often free.")  # a booking line skips itself, the answer goes on


@pytest.mark.parametrize("line, action", [
    ("Jen Park (Moderator)", "skip"),
    ("Smith Chiropractic, Inc. (Owner)", "skip"),
    ("Dr. Maria Lopez, DPT (owner)", None),
    ("# Note: bring your insurance card", None),
    ("# - question: Do you sell massage guns?", "skip"),
])
def test_qa_panel_bylines_and_commented_data_entries(line, action):
    from pipeline.extract.furniture import line_action
    assert line_action(line) == action


@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━━━━━━━━━", "──────────", "═══════", "———"])
def test_a_rule_of_box_drawing_characters_or_dashes_is_a_separator(rule):
    from pipeline.extract.furniture import line_action

    assert line_action(rule) == "stop"


@pytest.mark.parametrize("line, action", [
    ("#triggerpoints #massagetherapy #selfcare", "stop"),  # a caption's hashtags end its answers
    ("Link in bio to book your first session", "stop"),
    ("13/13 that's it! booking link is in my bio. didn't see your question? reply and I'll do a part 2", "stop"),  # a thread's last post
    ("A: Not usually. Booking link is in my bio.", None),  # an answer that mentions the link goes on
    ("⠀", "skip"),  # a social post's blank spacer
    (".", "skip"),
    ("Expand", "skip"),  # an accordion's toggle copied with its question
    ("Show answer", "skip"),
    ("Contact Us", "section"),  # alone, it heads the contact details below it
    ("Privacy Policy | Contact Us | Sitemap", "skip"),
    ("MS. PRYOR:  Objection, form.", "skip"),  # between a question and its answer
    ("MR. DUVALL: Thank you. That's all I have.", "stop"),
    ("BY MS. PRYOR:", "stop"),
    ("(Exhibit 6 was marked for identification.)", "skip"),
    ("(The deposition concluded at 10:21 a.m.", "end"),
    ("import { Accordion, Callout } from '@site/src/components';", "skip"),
    ("</Accordion>", "stop"),
    ('<Callout type="warning">', "skip"),
    ('<Accordion title="Will it hurt?">', None),  # an FAQ component's title is its question
])
def test_round_27_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ('[00:02:05] [AD BREAK - 60s - "Stretch Lab Pro" host-read spot removed from transcript]', "skip"),  # a long timed direction: no one's words
    ("Related reading on harbourside-osteo.co.uk", "end"),  # the article's links to its other pages follow
    ("Was this topic helpful?", "end"),  # a docs portal's feedback widget
    ("Was this entry helpful?", "end"),
])
def test_round_153_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "DR. RAO: Generally it does, when there's a documented diagnosis.",  # a guest's answer in a radio transcript
    "MS. LEE: Dry needling is done by physical therapists here.",
    "How long does the examination take?",
    "Expanded hours are available on Saturdays.",
])
def test_round_27_furniture_rules_leave_answers_alone(line):
    assert line_action(line) is None


def test_a_printed_footer_spaced_with_asterisks_is_a_running_line():
    footer = "      NORTHWAY REPORTING SERVICES  *  (555) 010-2200  *  www.northway.example"
    page = "\n".join(f"Page {n}\n\nQ. Question {n}?\nA. Answer {n} is here.\n{footer}\n\f" for n in range(1, 5))
    assert all(pair.answer.endswith("is here.") for pair in find_pairs(page))


def test_round_27_review_transcript_and_social_rows_keep_to_their_layouts():
    page = ("Workers' Compensation FAQ\n\nWhat if my hearing is postponed?\n\nThe hearing was adjourned in about one case in five last year.\n\n"
            "Do I need a lawyer?\n\nNo, but many people hire one.\n")
    assert [p.answer for p in find_pairs(page)] == ["The hearing was adjourned in about one case in five last year.", "No, but many people hire one."]
    assert line_action("The examination ended with a short strength test.") is None
    assert line_action("Examination") is None  # a health library's subheading
    assert line_action("Yes, we offer dry needling at both clinics; see the link in bio for prices.") is None


@pytest.mark.parametrize("line, action", [
    ("About Fenwick General Hospital", "stop"),  # a press release's boilerplate
    ("About dry needling", None),
    ("About 20 minutes.", None),
    ("Media contact:", "section"),
    ("###", "stop"),
    ("About Our Team", None),
    ("### What is it?", None),
    ("Source(s): PT, certified in dry needling", "stop"),  # a Q&A site's answer's sources
    ("Sources: the CDC and the NIH", None),
])
def test_round_28_press_release_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("[See participating massage therapists](/network/massage/)", "skip"),  # a converter's link that sends the reader on
    ("[View our rates](https://example.org/rates)", "skip"),
    ("[Seattle](/locations/seattle/)", None),  # a link that names something is content
    ('{% include "partials/cta-book.njk", heading: "Ready?" %}', "skip"),  # a template's tag in a site's Markdown source
    ("{%- render 'faq-note' -%}", "skip"),
    ("{% if you can %} read this", None),
    ("Book your first appointment", "section"),  # a booking box's title: the box and the footer follow
    ("## Book a Session", "section"),
    ("- Book your first appointment", "skip"),  # a step of an answer's list is no box
    ("Book your evaluation today!", "skip"),  # a call to action inside an answer skips itself
    ("Book online through our website or call us at 555-123-4567.", "skip"),  # a sentence that answers "How do I book?" skips itself
])
def test_round_29_links_template_tags_and_booking_boxes(line, action):
    assert line_action(line) == action


def test_round_31_buttons_safety_headings_bylines_and_product_details_end_answers():
    page = (
        "Knee Clinic FAQ\n\n[Expand all]\n\n[Does the shot hurt?]\n\nA brief sting, then numbness.\n\n"
        "[How long does relief last?]\n\nOften several weeks. Rest the knee for a day.\n\n"
        "When to get help\nRing the ward if the knee turns hot and red.\n\nShare: [Email] [Print]\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(page)] == [
        ("Does the shot hurt?", "A brief sting, then numbness."),  # a text browser's button holds the question
        ("How long does relief last?", "Often several weeks. Rest the knee for a day."),  # a leaflet's safety heading ends it
    ]
    page = (
        "Cupping set\n\nCan I use it on my face?\n\nOnly the smallest cup, and gently.\n\n"
        "Material:\n\nSilicone\n\nColour:\n\nGrey\n\nCustomer evaluations for \"Cup set, 6 pieces\"\n"
    )
    assert [p.answer for p in find_pairs(page)] == ["Only the smallest cup, and gently."]
    page = (
        "Shoulder FAQ\n\nWill it bruise?\n\nSometimes, for a few days.\n\n"
        "Medically reviewed by the Larchmont Orthopedic Institute editorial panel. "
        "Last reviewed: May 3, 2025. This page does not replace advice from your own doctor.\n"
    )
    assert [p.answer for p in find_pairs(page)] == ["Sometimes, for a few days."]


def test_a_call_written_as_an_answers_last_sentence_is_the_answers_unless_every_answer_repeats_it():
    page = (
        "Injection FAQ\n\nWhat should I do afterwards?\n\nRest for the day.\n\nCall us at 555-0114 if you develop a fever or spreading redness.\n\n"
        "Can I drive home?\n\nYes, most people drive themselves.\n\nCall us at 555-0114 to book your visit.\n"
    )
    assert [p.answer for p in find_pairs(page)] == [
        "Rest for the day.\n\nCall us at 555-0114 if you develop a fever or spreading redness.",
        "Yes, most people drive themselves.",  # the last answer's call to action heads the page's contact section
    ]
    page = (
        "Accident FAQ\n\nDoes PIP pay for massage?\n\nIn most no-fault states it does.\n\nCall (555) 010-2000 for a free consultation.\n\n"
        "Who pays first?\n\nYour own policy pays first.\n\nCall (555) 010-2000 for a free consultation.\n"
    )
    assert [p.answer for p in find_pairs(page)] == ["In most no-fault states it does.", "Your own policy pays first."]


def test_what_to_ask_someone_else_is_no_question_of_the_page():
    page = (
        "Paying for massage\n\n1. Does insurance pay for massage?\n\nSome plans do.\n\n"
        "Ask your plan two questions: is massage a covered benefit, and does it need a referral?\n\n2. What does a session cost?\n\nAbout $90.\n"
    )
    assert [p.question for p in find_pairs(page)] == ["Does insurance pay for massage?", "What does a session cost?"]
    assert find_pairs(page)[0].answer.endswith("does it need a referral?")


@pytest.mark.parametrize("line, action", [
    ("[Estimate my costs](https://plan.example.org/estimator)", "skip"),
    ("[Calculate your copay](/tools/copay)", "skip"),
    ("[Harbor Street clinic](/locations/harbor/)", None),
    ("When to call your doctor", "section"),
    ("When to seek medical help:", "section"),
    ("When to stretch", None),
    ("Material:", "section"),
    ("Brand: Acme", None),
])
def test_round_31_lines(line, action):
    assert line_action(line) == action


def test_round_31_review_a_closing_call_before_a_labelled_question_policies_and_reworded_repeats():
    labelled = ("Dry needling FAQ\n\nQuestion:\nWhat should I do afterwards?\n\nAnswer:\nRest for the day.\n\n"
                "Call us at 555-0114 if the dry needling site turns red and hot.\n\nQuestion:\nCan I drive home?\n\nAnswer:\nYes.\n")
    records = document_records(Document("doc-0000000000000000", "page.md", labelled, "0" * 64), default_nlp()(labelled))
    assert "Call us at 555-0114 if the dry needling site turns red and hot." in [c["text"] for c in records["claims"]]  # furniture agrees with the answer
    policy = ("Clinic FAQ\n\nDo you take walk-ins?\n\nNo, please book ahead.\n\nCancellation policy: Please give us 24 hours notice if you cannot come.\n\n"
              "Can I drive home?\n\nYes, most people do.\n")
    assert find_pairs(policy)[0].answer == "No, please book ahead."
    reworded = ("Accident FAQ\n\nDoes PIP pay for massage?\n\nIn most no-fault states it does.\n\nCall (555) 010-2000 today for a free consultation.\n\n"
                "Who pays first?\n\nYour own policy pays first.\n\nCall (555) 010-2000 for a free consultation today.\n\nIs it taxed?\n\nNo.\n")
    assert [p.answer for p in find_pairs(reworded)] == ["In most no-fault states it does.", "Your own policy pays first.", "No."]
    assert [p.question for p in find_pairs("Clinic FAQ\n\nAsk a nurse: how long does the numbness last?\n\nAbout an hour.\n")] == ["Ask a nurse: how long does the numbness last?"]
    assert line_action("Customer ratings for our dry needling service average 4.9 out of 5 stars.") is None


def test_round_32_questions_with_the_askers_remark_two_questions_and_headings_without_a_mark():
    page = (
        "Clinic FAQ\n\n### What is dry needling?\n\nA thin needle in a knot.\n\n#### How it works\n\nThe muscle twitches and lets go.\n\n"
        "### What happens at a visit? I've never tried it and I'm nervous.\n\nWe talk first, then needle.\n\n"
        "### Does It Hurt\n\nA little.\n\n**Will my plan cover it? I have a PPO.**\n\nMost plans do not.\n\n"
        "### New patient? Start here.\n\nCall us.\n\n### What's the Difference Between MFR and Massage\n\nMFR holds each stretch longer.\n"
    )
    assert [p.question for p in find_pairs(page)] == [
        "What is dry needling?", "What happens at a visit? I've never tried it and I'm nervous.", "Does It Hurt",
        "Will my plan cover it? I have a PPO.", "What's the Difference Between MFR and Massage",
    ]
    assert find_pairs(page)[0].answer == "A thin needle in a knot.\n\n#### How it works\n\nThe muscle twitches and lets go."  # a clause, no question
    two = "Cupping blog\n\nCan my massage therapist do cupping? What about acupuncture?\nMany do.\nIs it safe?\nYes.\n"
    assert [p.question for p in find_pairs(two)][0] == "Can my massage therapist do cupping? What about acupuncture?"
    columns = "Brochure\n\nWhat is an injection?      Am I a good candidate?\nA shot into the knot.    Most people are.\n"
    assert "What is an injection?      Am I a good candidate?" not in [p.question for p in find_pairs(columns)]


def test_round_32_numbered_topics_parts_and_the_furniture_of_reader_tools():
    handout = (
        "Billing handout\n\nPart 1. Insurance\n1.\tWhich plans do you accept?\nMost commercial plans.\n\nPart 2. Cost and payment\n"
        "2.\tSelf-Pay Rates: What Will I Pay Without Insurance\nA visit is $90.\n3.\tCan I use my HSA?\nYes.\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(handout)] == [
        ("Which plans do you accept?", "Most commercial plans."), ("Self-Pay Rates: What Will I Pay Without Insurance", "A visit is $90."), ("Can I use my HSA?", "Yes."),
    ]


@pytest.mark.parametrize("line, action", [
    ("Title: Ask the Pain Doc: what's in a trigger point injection?", "skip"),  # newspaper3k's metadata
    ("URL Source: https://plan.example.org/faq", "skip"),
    ("Related: Dry needling or acupuncture? A reader's guide", "skip"),  # one link in the running text
    ("Related: Night guards | Botox for jaw pain", "end"),
    ("    - {{[[TODO]]}} @Maya check the prices", "skip"),
    ("Book your next session", "section"),
    ("[Book a myofascial release session](https://example.org/book)", "skip"),
    ("Part 2. Cost and payment", "section"),
    ("Part of the cost is covered.", None),
])
def test_round_32_lines(line, action):
    assert line_action(line) == action


def test_round_32_review_remarks_are_the_askers_rhetoric_and_callouts_ask_nothing():
    assert find_pairs("FAQ\n\n### How can we help? Our team offers dry needling and massage.\n\nBook now.\n") == []  # a slogan, not an asker's remark
    assert find_pairs("Neck pain\n\nDo you suffer from neck pain? Are you tired of living with headaches?\nDry needling may help.\n") == []  # rhetoric
    bold = "FAQ\n\n**What is it?**\n\nA needle.\n\n**{}**\n\nNeedles are thin.\n\n**Is it safe?**\n\nYes.\n\n**Does it bruise?**\n\nRarely.\n"
    assert [p.question for p in find_pairs(bold.format("Did You Know"))] == ["What is it?", "Is it safe?", "Does it bruise?"]
    assert [p.question for p in find_pairs(bold.format("What Should I Do After a Session"))][1] == "What Should I Do After a Session"
    assert [p.question for p in find_pairs("Intro\n\n## What's Included\n\nA full assessment.\n\n## Is it safe?\n\nYes.\n\n## Does it hurt?\n\nA little.\n")] == ["Is it safe?", "Does it hurt?"]
    page = "FAQ\n\n### What is dry needling?\n\nA thin needle.\n\n### How it works\n\nThe muscle twitches.\n\n### Does it hurt?\n\nA little.\n"
    assert [p.question for p in find_pairs(page)] == ["What is dry needling?", "Does it hurt?"]  # a heading of the questions' level that asks nothing
    assert line_action("Related: Cupping for back pain, What is IASTM, Kinesio taping basics") == "end"
    assert line_action("Schedule a follow-up appointment") is None  # an aftercare step


def test_a_call_that_ends_a_wrapped_paragraph_of_the_last_answer_is_the_answers_own():
    text = (
        "Is it covered by insurance?\n\n"
        "   Most plans cover the injections. Self-pay prices do not include the visit, which is $165 for a new\n"
        "   patient. Call our billing team at (555) 214-7720 before your visit to get a\n"
        "   written estimate of what you will owe on the day.\n\n"
        "   ------------------------------------------------------------\n\n"
        "   This page is for general education.\n"
    )
    assert find_pairs(text)[0].answer.endswith("what you will owe on the day.")


@pytest.mark.parametrize("line, action", [
    ("This article is a general summary and is not a contract. Your Evidence of Coverage is the final word.", "section"),
    ("This guide is a brief overview of your benefits.", "section"),
    ("This overview of benefits is long, and this summary is helpful.", None),
    ("Related: Desk workers, try these five stretches before lunch", "skip"),  # one headline, a comma in it
    ("Related: Fibromyalgia, Back pain, Jaw pain", "end"),  # a list of them
    ("Dana Whitcombe, PT, DPT, is a physical therapist in Millbrook.", "bio"),
    ("SEGMENT IS FOR YOU. WITH ME IS", None),
    ("About this guide: Prepared by Dr. Marcus Ohanian, DC, clinic director. " + "He has treated back and neck injuries for years. " * 4, "end"),
    ("About our experts and the services they provide across the region", None),
])
def test_round_33_disclaimers_related_links_and_bios(line, action):
    assert line_action(line) == action


def test_an_authors_bio_ends_the_last_answer_but_a_practitioners_profile_answering_a_question_stays():
    text = (
        "Who will treat me?\n\nMaren Ostrowski, PT, DPT, is our clinical director and does every dry needling visit.\n\n"
        "What can I do at home?\n\nTake a movement break every 30 minutes.\n\n"
        "Dana Whitcombe, PT, DPT, is a physical therapist in Millbrook and a clinical instructor.\n"
    )
    pairs = find_pairs(text)
    assert pairs[0].answer.startswith("Maren Ostrowski, PT, DPT, is our clinical director")
    assert pairs[1].answer == "Take a movement break every 30 minutes."


def test_an_instruction_to_call_that_ends_a_paragraph_stays_but_an_invitation_after_a_remark_does_not():
    note = find_pairs("Is it safe?\n\nMost people feel fine.\n\nNote: Small bruises are normal and fade within a week. Call us at 555-0142 if the redness spreads.\n\nDoes it hurt?\n\nA little.\n")
    assert note[0].answer.endswith("Call us at 555-0142 if the redness spreads.")
    invitation = find_pairs("Is it safe?\n\nMost people feel fine.\n\nReady to get moving again? Call 555-0187 or request an appointment online.\n\n© 2026 Summit Clinic\n")
    assert invitation[0].answer == "Most people feel fine."


def test_an_instruction_to_call_in_the_last_answer_ends_it():
    pairs = find_pairs(
        "Does it hurt?\n\nA little.\n\nIs bruising normal?\n\nSmall bruises are common and fade within a week. Call us at 555-0187 if the redness spreads.\n\n"
        "Our team has helped thousands of patients in Springfield get back to the activities they love.\n"
    )
    assert pairs[1].answer == "Small bruises are common and fade within a week. Call us at 555-0187 if the redness spreads."


def test_an_instruction_to_call_inside_an_answer_keeps_the_paragraphs_after_it():
    pairs = find_pairs(
        "Is bruising normal?\n\nSmall bruises are common and fade within a week. Call us at 555-0187 if the redness spreads.\n\n"
        "You can use heat on the area after the first day.\n\nHow many visits will I need?\n\nThree to six.\n"
    )
    assert pairs[0].answer.endswith("You can use heat on the area after the first day.")
    banner = find_pairs(
        "Is bruising normal?\n\nSmall bruises are common.\n\nCall 555-0187 to book your first visit today.\n\n"
        "Summit Clinic, 12 Main Street\n\nHow many visits will I need?\n\nThree to six.\n"
    )
    assert banner[0].answer == "Small bruises are common."


@pytest.mark.parametrize("line, action", [
    ("File a complaint online | Download the complaint form (PDF, 84 KB)", "skip"),
    ("Read our patient guide (PDF) for details.", None),
    ("Be well,", "section"),
])
def test_round_34_download_links_and_sign_offs(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("About the Author Dana Whitcombe, PT, DPT, is a physical therapist who writes our guides.", "end"),  # the author box row, not the bio's
    ("Like Medicare, TRICARE has strict limits on maintenance care.", None),  # no person, no credentials
    ("Myofascial Release, MFR, is a hands-on technique.", None),
    ("About our experts - meet the team", None),
])
def test_round_33_review_bios_need_a_person_and_credentials(line, action):
    assert line_action(line) == action


def test_round_33_review_a_call_closing_an_answer_takes_its_paragraph_and_no_more():
    text = ("Will it hurt?\n\n   A little. For questions about\n   your bill, call our billing office at (555) 214-7720 before your visit.\n\n"
            "   Harbor Pain Clinic\n   880 Harbor View Rd, Suite 4\n")
    assert find_pairs(text)[0].answer.endswith("before your visit.")


@pytest.mark.parametrize("line, action", [
    ("Medical Reviewers: Amy Chen, MD; Paul Serrano, PT, DPT", "byline"),  # a byline: it ends the article unless answered questions follow it (Page.article_end)
    ("Reviewers say the clinic is friendly to everyone.", None),
])
def test_a_health_librarys_reviewers_line_ends_the_article(line, action):
    assert line_action(line) == action


def test_a_running_title_under_each_printed_footer_is_furniture():
    footer = "Lakeview Clinic | Rehab Services RS-104 (Rev. 01/2024) Page {} of 3"
    text = (
        "Lakeview Clinic\nDry Needling:\nWhat to Expect\n"
        "Does it hurt?\nA brief cramp, then a dull ache.\n\n" + footer.format(1) + "\n\nDry Needling: What to Expect\n"
        "Is it covered?\nMost plans pay for the visit.\n\n" + footer.format(2) + "\n\nDry Needling: What to Expect\n"
        "Can I exercise after?\nLightly, the same day.\n\n" + footer.format(3) + "\n"
    )
    assert [p.answer for p in find_pairs(text)] == ["A brief cramp, then a dull ache.", "Most plans pay for the visit.", "Lightly, the same day."]


@pytest.mark.parametrize("line, action", [
    ('Related on their site (didn\'t clip): "Is dry needling safe for teens?" · "Should I use ice or heat?"', "end"),
    ("Related on our blog: Is cupping worth it? · What is a knot?", "end"),
    ("Related on our blog: How our physios use cupping for back pain", None),  # one link in the running text: the article goes on
    ("Related on our blog:", "end"),  # over a list of links
    ("Related on our blog: Is cupping worth it?, What is a knot?", "end"),
    ("Related on the whole, the two treatments feel alike.", None),
])
def test_a_clippers_line_of_a_sites_related_questions_ends_the_article(line, action):
    assert line_action(line) == action


def test_a_records_repeated_line_above_one_printed_footer_stays_in_the_answer():
    footer = "Lakeview Clinic · 12 Main St · Page {} of 2"
    text = (
        "Who does what\n\nWHO SHOULD I SEE?\nIt depends on the treatment.\n\n"
        "Practitioner: Physiotherapist\nDoes: dry needling\nReferral needed: No\n\n" + footer.format(1) + "\n\n"
        "Practitioner: Massage therapist\nDoes: cupping\nReferral needed: No\n\n"
        "Practitioner: Chiropractor\nDoes: spinal manipulation\nReferral needed: No\n\n"
        "Questions? Call the front desk at 519-555-0148.\nPlease keep this guide for your records.\n\n" + footer.format(2) + "\n"
    )
    assert find_pairs(text)[0].answer.endswith("Does: spinal manipulation\nReferral needed: No")
    ending = (  # the last page ends on a record: its line is printed at two edges of three
        "Who does what\n\nWHO SHOULD I SEE?\nIt depends on the treatment.\n\n"
        "Practitioner: Physiotherapist\nDoes: dry needling\nReferral needed: No\n\nWe also have a massage therapist.\n"
        "Practitioner: Massage therapist\nDoes: cupping\nReferral needed: No\n\n" + footer.format(1) + "\n\n"
        "Our chiropractor works on Tuesdays.\nShe sees new patients first.\nBook online or by phone.\n\n"
        "Practitioner: Chiropractor\nDoes: spinal manipulation\nReferral needed: No\n\n" + footer.format(2) + "\n"
    )
    assert find_pairs(ending)[0].answer.endswith("Does: spinal manipulation\nReferral needed: No")


@pytest.mark.parametrize("line, action", [
    ("Need help now?", "section"),  # a crisis or contact box after the answers
    ("DID Y0U KNOW?", "stop"),  # a poster's fun-fact box, as OCR reads it
    ("Did you know?", "stop"),
    ("Did you know that massage can ease headaches?", None),
])
def test_a_help_box_and_a_fun_fact_box_are_no_questions(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("READ ALSO: Five desk stretches that actually help", "skip"),
    ("Only 6 intro visits left this week.", "skip"),
    ("Grab a time before they’re gone »", "skip"),
    ("I’m a massage therapist, not a doctor, and this post isn’t medical advice. Please see your provider if it hurts.", "section"),
    ("BOX 6.1  WHEN A “KNOT” NEEDS A DOCTOR", "stop"),
    ("Box 3 shows the steps.", None),
    ("— R.T., Kessler Falls", "skip"),
    ("Dr. Marcus Oyelaran is a physiatrist at Harrow Valley Medical Center. Send your questions to the paper.", "bio"),
    ("MORE FROM THIS EDITION", "end"),
    ("Dr. Helena Okoro is a physiatrist at Pinecrest Medical Center. Her column appears monthly.", "bio"),
])
def test_round_43_furniture_between_and_after_answers(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "No, it isn't medical advice. Massage therapists are not licensed to diagnose.",  # an answer about advice, not a disclaimer
    "Dr. Anna Reyes is a physiatrist at our clinic and gives most of our trigger point injections.",  # a profile in an answer
    "Box 21: Diagnosis code (ICD-10)",  # a claim form's box
    "Only 12 visits remaining are covered after your deductible resets.",
    "— e.g., a heat pack or a warm shower",
])
def test_round_43_review_answer_lines_that_look_like_furniture_are_content(line):
    assert line_action(line) is None


@pytest.mark.parametrize("line, action", [
    ("Jane Doe, DPT · Updated March 3, 2025", "skip"),
    ("Lin Zhao, L.Ac., Dipl. OM · Owner", "skip"),
    ("Maren Oyelaran, PT, DPT - Clinic Director. Cert. DN", "skip"),
    ("Ana Ruiz, DC - chiropractor. Dr. Ruiz uses spinal adjustments", None),  # a roster's line that goes on, hard-wrapped
    ("Priya Nandakumar, NP - nurse practitioner. She also gives", None),
])
def test_a_name_with_credentials_is_a_byline_unless_a_sentence_about_them_follows(line, action):
    assert line_action(line) == action


def test_a_word_documents_second_level_bullets_and_tab_set_running_header():
    """Word saves a second-level bullet as "o<TAB>" and a header's tab stops as tabs."""
    header = "Kestrel Valley Clinic\t\t\tNew Patient Handout"
    text = (
        f"{header}\n\nIn this handout\n\t*\tOur care team\n\t*\tQuestions\n\t\to\tWho will I see?\n\t\to\tWhat is an injection?\n\n"
        "1.\tWho will I see?\n\nOne of our physical therapists.\n\n"
        f"\f{header}\n\n2.\tWhat is an injection?\n\nA shot of local anesthetic into a knot.\n"
    )
    assert [(p.question, p.answer) for p in find_pairs(text)] == [
        ("Who will I see?", "One of our physical therapists."), ("What is an injection?", "A shot of local anesthetic into a knot."),
    ]


@pytest.mark.parametrize("line, action", [
    ("Let me know if anything else comes up!", "section"),  # an agent's closing remark, before the signature
    ("Please let me know if you need anything else.", "section"),
    ("See you on the 14th!", "section"),
    ("Let me know if the pain gets worse.", None),  # advice in the answer
    ("See you at the clinic on Monday, and bring your insurance card so we can verify coverage.", None),
])
def test_an_e_mails_closing_remarks(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("answered Mar 5, 2024 at 3:41", "skip"),  # a Stack Exchange post's card, copied as text
    ("edited Mar 5, 2024 at 15:12", "skip"),
    ("Marisol Vance PT DPTMarisol Vance PT DPT", "skip"),  # the avatar's text and the name, run together
    ("2,34155 silver badges1919 bronze badges", "skip"),
    ("Not the answer you're looking for? Browse other questions tagged", "end"),
    ("Yes yes yes yes yes yes", None),
    ("The answer depends on your state.", None),
])
def test_a_question_and_answer_sites_post_cards(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("Get 20% off your first massage this month!", "skip"),
    ("Clinics enrolling three or more clinicians get 15% off each seat, and we can run a private lab at your site for groups of eight or more.", None),
])
def test_a_promotion_banner_but_not_an_answer_that_states_a_discount(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "Once you have uploaded a file to the patient portal, our front desk will confirm your referral.",
    "Is it safe?: Yes. Dry needling by a licensed physical therapist is very safe.",
    "One more question we hear a lot is whether needling hurts.",
    "There's time for one more session before your holiday, but book early.",
    "Let's get to work in the first session by finding the trigger points.",
    "We're going to take a short break from needling if your muscles flare up.",
    "You're on the right track.",
])
def test_review_50_chat_events_surveys_and_a_hosts_lines_leave_ordinary_sentences_alone(line):
    assert line_action(line) is None


@pytest.mark.parametrize("line, action", [
    ("Downloads", "section"),  # a lesson's files below
    ("Attachments:", "section"),
    ("Stretch-Plan-Week-1.pdf (88 KB)", "skip"),
    ("Powered by Thinkific", "skip"),
    ("Ready for the next step? Download the worksheet below and bring it along.", "stop"),
    ("— Ana Ruiz, PT, DPT · Denver, CO", "skip"),  # a signature under a post
    ("— Dr. Sam Whitford, DC", "skip"),
    ("The downloads page lists every handout we give patients.", None),
])
def test_round_50_lesson_files_platform_credits_calls_to_action_and_signatures(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "When I asked about dry needling, my GP just ended the conversation.",
    "Download",
    "Please also print and fill in New-Patient-Intake-Form.pdf",
])
def test_review_50b_prose_a_lone_link_and_a_sentence_naming_a_file_stay_content(line):
    assert line_action(line) not in ("skip", "section", "stop")


@pytest.mark.parametrize("line, action", [
    ("!> Tell your physio before treatment if you are pregnant or take blood thinners.", None),  # a Docsify alert: the answer's words
    ("![A session in progress](session.jpg)", "skip"),
    ("!!! note", "skip"),
    ("Still wondering about something?", "section"),
    ("Still sore after three days?", None),
    ("Kind words", "section"),
    ("Reviews", None),  # an answer's subheading as often as a testimonials' heading
    ("Patient feedback", "section"),  # testimonials' heading far more often than an answer's subheading
    ("Page last reviewed: October 2024 | Dr. Lee", "end"),
    ("Last reviewed: March 2024 · Dr. Ana Ruiz, DPT", "end"),
    ("Still not sure?", None),  # advice may follow, not only contact details
    ("Updated May 2024, reviewed by Dr. Lee", "end"),
    ("Updated March 2025 – Dr. Lee now also needles on Saturdays", None),
])
def test_round_56_alerts_contact_prompts_and_testimonials(line, action):
    assert line_action(line) == action


def test_round_60_the_rule_under_a_tables_column_names_laid_out_in_spaces_keeps_the_table_in_its_answer():
    page = ("Q-2.  Which providers can I see?\n\n      The plan covers these providers:\n\n"
            "      Provider                 Provides\n      -----------------------  --------------------\n"
            "      Chiropractor (DC)        Spinal manipulation\n      Acupuncturist (LAc)      Acupuncture\n\n"
            "      Spa staff are not covered providers.\n\n\nQ-3.  Is massage covered?\n\n      Only when it is prescribed.\n")
    answers = [r["answer"] for r in records(page)["qa_pairs"]]
    assert len(answers) == 2 and answers[0].endswith("Spa staff are not covered providers.")


@pytest.mark.parametrize("table", [
    "      =====================  ====================\n      Provider               Provides\n      =====================  ====================\n"
    "      Chiropractor (DC)      Spinal manipulation\n      Acupuncturist (LAc)    Acupuncture\n      =====================  ====================\n",  # reStructuredText
    "      Provider                   Copay\n      ---------------------  -------\n      Chiropractor (DC)          $20\n      Acupuncturist (LAc)        $25\n",  # a right-aligned column
])
def test_review_60_rst_borders_and_right_aligned_columns_keep_the_table_in_its_answer(table):
    page = f"Q-2.  Which providers can I see?\n\n      The plan covers these providers:\n\n{table}\n      Spa staff are not covered.\n\n\nQ-3.  Is massage covered?\n\n      Only when prescribed.\n"
    answers = [r["answer"] for r in records(page)["qa_pairs"]]
    assert len(answers) == 2 and answers[0].endswith("Spa staff are not covered.")


def test_review_60_a_rule_of_two_runs_under_a_sentence_still_ends_the_answer():
    page = ("Q-1.  Is massage covered?\n\n      Only when a doctor prescribes it in writing for you.\n      --------------  --------------\n\n"
            "      Fund Office, 12 Main Street, Springfield\n")
    assert [r["answer"] for r in records(page)["qa_pairs"]] == ["Only when a doctor prescribes it in writing for you."]


@pytest.mark.parametrize("line", ["Links to this page", "2 Linked References", "Backlinks (2)", "Linked mentions", "ACKNOWLEDGMENT", "Acknowledgements"])
def test_a_wikis_backlinks_and_an_acknowledgment_page_end_the_article(line):
    assert line_action(line) == "end"


def test_round_65_a_footer_with_the_next_pages_number_is_a_running_line():
    """PDF text with its footer's page number after the title: "... Trigger Points 2", then "3";
    a series' "Exercises for week 2" is no footer."""
    def page(footer: str) -> str:
        return (
            "Trigger Points and You\n"
            "What is a knot?\nA tender spot in a tight band\nof muscle.\n" + footer.format(2) + "\n"
            "Does it hurt?\nA little, for a day or two.\n" + footer.format(3) + "\n"
            "Is it covered?\nMost plans pay for the visit.\n" + footer.format(4) + "\n"
            "Is it safe?\nYes, in trained hands.\n"
            "Tri-River Association\n410 Commerce Street\n(555) 017-3300\n© 2024 TCA\n"
        )
    assert [p.answer for p in find_pairs(page("TCA Patient Education Series · Trigger Points {}"))][:3] == [
        "A tender spot in a tight band\nof muscle.", "A little, for a day or two.", "Most plans pay for the visit."]
    assert find_pairs(page("Stretches for the neck in week {}"))[0].answer.endswith("in week 2")
    twice = page("TCA Patient Education Series · Trigger Points {}").replace("TCA Patient Education Series · Trigger Points 4\n", "")
    assert find_pairs(twice)[0].answer.endswith("Trigger Points 2")  # printed twice only: no footer yet


@pytest.mark.parametrize("line, action", [
    ("Okay, that's our time. Thank you both.", "stop"),
    ("That's about all we have time for.", "stop"),
    ("We're out of time, so thanks everyone.", "stop"),
    ("That's the time it takes a knot to ease.", None),
    ("We set aside our time for new patients on Mondays.", None),
    ("That’s our time.", "stop"),  # a curly apostrophe
    ("Alright, looks like we've run out of time.", "stop"),
    ("That's our time slot for kids: Saturdays 9 to 11.", None),  # the phrase must close its clause
    ("We're out of time to file a claim after 90 days.", None),
])
def test_round_65_a_host_closing_the_questions(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("[03/28/2025 11:21 AM] Rob Feeney liked a message", "skip"),  # a chat export's reaction
    ("Dana loved your message.", "skip"),
    ("Many patients liked a message from their therapist about stretching.", None),
])
def test_round_66_a_reaction_is_nobodys_words(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("Ferrow Valley Osteopathic Medicine · 9 Orchard Street, Ferrow Valley · Tel. 555-0183", "skip"),  # a footer's contact line
    ("Riverbend Health | 214 Mill St. | 519-555-0148 | riverbendhealth.ca", "skip"),
    ("Site made with Adobe Muse", "skip"),  # a platform's credit
    ("Made with lidocaine and a little saline", None),
    ("Content is for general information and does not replace a consultation.", "section"),  # a disclaimer
    ("The information is for general education.", None),
])
def test_round_69_a_footer_of_contact_line_credit_and_disclaimer(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("The content is for general information about back care and suits complete beginners.", None),  # what the content is about, no disclaimer
    ("Content is for educational use at home, so caregivers can practise.", None),
    ("Content on this site is for informational purposes only.", "section"),
    ("The materials on this site are for general information only.", "section"),
    ("Shop made with love in Vermont by our own therapists.", None),  # no platform named
    ("Built with Wix", "skip"),
    ("Website by Harbor Web Design", "skip"),
    ("Proudly powered by WordPress", "skip"),
])
def test_round_69_review_disclaimers_and_credits(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("TODO: add photo of cupping set, check the wording", "skip"),  # a draft's note to self
    ("To do: apply ice for ten minutes.", None),  # advice
    ("That's time. Thank you all, and grab a flyer on your way out.", "stop"),  # a host closing the questions
    ("That's time well spent.", None),
])
def test_round_71_notes_to_self_and_a_hosts_close(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("It's time, though, to see a physiotherapist if the pain spreads.", None),  # advice, no host
    ("That's time, money and effort well spent.", None),
    ("TBD: we are still deciding whether to offer cupping.", None),  # a page's own word for "not yet"
    ("// FIXME - prices", "skip"),
    ("TODO check HICAPS wording", "skip"),
])
def test_round_71_review_notes_and_closes(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("TODO list for your first visit: bring shorts", None),  # the page's own list
    ("Note to self: ask Dr Lee about prices", "skip"),
    ("TODO – add price", "skip"),
    ("That's time, thanks everyone.", "stop"),
])
def test_round_72_review_notes_and_closes(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    (" This site uses cookies. [ Accept ] [ Settings ]", "skip"),
    ("Was this doc helpful? 👍 👎", "end"),
    ("#cupping #health funds", "stop"),
    ("38 notes · Reblog · Like", "skip"),
    ("#1 cause of back pain is sitting.", None),
])
def test_round_73_and_74_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("#reminder to update the photo", None),  # one tag with spaces: a note
    ("#Cupping #Health", "stop"),
    ("#needling #health funds #ouch #fyi", "stop"),
    ("38 notes", "skip"),
    ("Was this FAQ helpful?", "end"),
    ("This clinic site uses cookies", "skip"),
])
def test_round_73_review_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("👍 14  ❤️ 3", "skip"),  # a channel post's reactions
    ("12.05.2025 18:47", "skip"),  # the next post's date and time
    ("Last synced: 18 Feb 2025 14:06", "end"),
    ("Questions I didn't cover? Leave a comment or book a call.", "end"),
    ("Something I didn't mention is the cost.", None),
    ("Questions we did not cover include cost.", None),
])
def test_round_76_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("[Footer] PM&R Clinic | Phone 555-0178", "skip"),
    ("See you Thursday at 10!", "section"),
    ("✅ 2", None),  # an answer's count, no reactions
])
def test_round_77_and_78_furniture_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("Need to make a change?", "skip"),  # a booking e-mail's call over its links
    ("    * Previous message: [Pain-L] Which heat wrap?", "skip"),  # a list archive's links between messages
    ("    * Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]", "skip"),
    ("-------------- next part --------------", "end"),
    ("More information about the Pain-L mailing list", "end"),
    ("-- Marta, Swansea", "skip"),  # a reader's letter signed with two hyphens
    ("===== Text recognised from image: IMG_2201.jpg =====", "skip"),  # an OCR tool's header over each image
    ("Microsoft OneNote - Copy Text from Picture - 03/05/2025 10:11", "skip"),
    ("Aftercare sheet (continued)", "skip"),  # a running title over the next page
    ("|", "skip"),
    ("- 04-11-2024, 06:15 PM#5", "stop"),  # a forum post's date, time and number
])
def test_review_82_archives_ocr_headers_and_post_headers(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "We can usually make a change to your plan after the first visit.",
    "The price of the second visit is lower (continued care rate applies).",
    "-- the short answer is yes.",
])
def test_review_82_rules_leave_sentences_alone(line):
    assert line_action(line) is None


@pytest.mark.parametrize("line, action", [
    ("If you have other questions, please call 1-800-555-0100, Monday to Friday.", "stop"),  # a closing call under the last answer
    ("If you have further concerns, please reply to this message quoting your reference.", "stop"),
    ("/* B-roll: the therapist's hands on a calf */", "skip"),  # a script's comment
    ("(to camera)", "skip"),  # a screenplay's parenthetical
])
def test_review_84_closing_calls_and_script_notes(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "If you have questions about cupping, it is best to ask your therapist first.",
    "(Most people need three to five sessions.)",
])
def test_review_84_rules_leave_answers_alone(line):
    assert line_action(line) is None


@pytest.mark.parametrize("line, action", [
    ("- kaia_p wrote on 2 Apr 2024, 09:15", "byline"),  # a forum post's writer and time
    ("Suggested Topics", "end"),
    ("See you soon! 🙂 – Amy, Theo, Rosa & the whole team", "section"),
])
def test_review_84_forum_headers_and_sign_offs(line, action):
    assert line_action(line) == action


def test_review_84_a_sentence_about_what_someone_wrote_is_content():
    assert line_action("Your GP wrote on the referral that the pain started in March.") is None


@pytest.mark.parametrize("line, action", [
    ("asked Feb 11 '24", "skip"),
    ("answered Mar 5, 2024 at 3:41", "skip"),
    ("cam_rmt 2,140 14", "skip"),
    ("physio_dan 512", "skip"),
    ("Step 2", None),
    ("This leaflet is available in large print and other languages on request.", "skip"),
    ("If you have any concerns, please speak to your physiotherapist or call the booking line on 01896 826 000.", "stop"),
    ("If you have any concerns, talk to your midwife before your first session.", None),
    ("You're booked for Thu Apr 24 at 10:30 AM. Reply C to confirm.", "stop"),
    ("You're booked in for a 60-minute first visit, which includes an assessment.", None),
])
def test_round_94_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("See you Thursday at 10:30. Wear a tank top or a loose shirt.", "section"),
    ("If you’re on micro.blog, reply below and I’ll try to answer follow-ups.", "end"),
    ("If you would like this leaflet in large print or another language, please ask at reception.", "skip"),
    ("- 2 -", "skip"),
    ("Scanned with Adobe Scan", "skip"),
    ("Leaflet v3 - rev. 02/2024", "skip"),
    ("PIL-07 v3                                                    1", "skip"),
    ("Thornbury Osteopaths, 14 Castle Street  ·  01454 555 019  ·  Registered with the GOsC", "skip"),
    ("Bookings: (03) 9555 0142   www.baysideosteo.com.au", "section"),
    ("This column is general information, not a diagnosis.", "section"),
    ("Tom Hargreaves BOst is registered with the General Osteopathic Council.", "bio"),
    ("Dry needling is regulated by the state board.", None),
    ("[4:04 PM] Willow Bot: Connecting you with Lena…", "skip"),
    ("Connecting you with the right person is our job.", None),
])
def test_round_96_lines(line, action):
    assert line_action(line) == action


def test_a_letterhead_under_a_printed_pages_number_heads_the_next_page_even_once():
    leaflet = ("BAYSIDE OSTEOPATHY\n\nCAN IT HELP MY BACK PAIN?\nIt can help many people with ongoing low back pain.\n\n- 1 -\n\n"
               "Bayside Osteopathy  |  Myofascial Release  |  Patient Information\n\nDOES IT HURT?\nMost patients find it comfortable.\n")
    assert [(p.question, p.answer) for p in find_pairs(leaflet)] == [
        ("CAN IT HELP MY BACK PAIN?", "It can help many people with ongoing low back pain."),
        ("DOES IT HURT?", "Most patients find it comfortable."),
    ]


@pytest.mark.parametrize("line, action", [
    ("Take care, and see you on the 14th.", "section"),
    ("Subtasks", "end"),
    ("Guest Expert", "skip"),
    ("Sept 9, 2024 at 7:18pm", "skip"),
    ("March 31, 2025", None),  # a date alone may answer
    ("TMJ_Tess said:", "skip"),
    ("You said:", None),  # a chat's speaker
    ("---+++ Comments", "end"),
    ("-- Main.KarenLopez - 14 Feb 2024", "skip"),
    ("@cindex dry needling", "skip"),
    ("* Insurance::           Receipts, direct billing and referrals", "skip"),
])
def test_round_98_lines(line, action):
    assert line_action(line) == action


def test_a_forum_members_handle_over_the_posts_rank_and_time_heads_the_next_post():
    thread = ("Ask the experts\n\nDrQureshi_guest\n\nGuest Expert\n\nSept 9, 2024 at 7:10pm\n\ngrindingmolar said:\n\n"
              "Could trigger points cause my morning headaches?\n\nThey could well be part of it.\n\n"
              "DrQureshi_guest\n\nGuest Expert\n\nSept 9, 2024 at 7:18pm\n\nTMJ_Tess said:\n\n"
              "Is Botox for clenching available on the NHS?\n\nUsually not.\n")
    assert [(p.question, p.answer) for p in find_pairs(thread)] == [
        ("Could trigger points cause my morning headaches?", "They could well be part of it."),
        ("Is Botox for clenching available on the NHS?", "Usually not."),
    ]


@pytest.mark.parametrize("line, action", [
    ("MAR-11-2024 14:23     FROM: HARROWGATE OSTEO        TO: 01632960418        P.2/2", "skip"),
    ("From: Dana Lee <dana@example.com>", None),  # a mail header, read as one
    ("[LOW CONFIDENCE 61.8] Harrowgate Osteopathy ~ ~ .", "skip"),
    ("                       continued overleaf", "skip"),
    ("Please turn over.", "skip"),
    (".. footer note: Comments are closed on patient-info posts.", "skip"),
    (".. slug: myofascial-release-questions", "skip"),
    ("Leaflet 7 v3 01/24          (c) 2024 Harrowgate Osteopathy", "skip"),
])
def test_round_100_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("Note: so my physio can do either?", "skip"),
    ("Note: dry needling is not covered.", None),
    ("lotte_w Member Posts: 23", "skip"),
    ("ShoulderPhysio_Leeds Verified: HCPC-registered physiotherapist Posts: 1,204", "skip"),
    ("Mon 10 Mar 2025, 19:42", "skip"),
    ("Quote Like (6)", "skip"),
    ("Posts are general info, not a substitute for your own assessment.", "section"),
    ("Independent health reporting depends on readers like you. Donate today", "skip"),
    (" Next: Is it safe? >>>", "skip"),
    ("Next: Is it safe?", None),
])
def test_round_102_lines(line, action):
    assert line_action(line) == action


def test_a_readers_letter_greeting_and_signature_are_no_part_of_the_reply():
    text = ("Ask the therapist\n\nDear Mira,\nMy neck locks up at my desk. Would massage help?\nTom, Northcote\n\n"
            "It often does, along with breaks to stretch.\n\nDear Mira,\nIs cupping safe in pregnancy?\n\nWe avoid the belly and lower back.\n")
    page = Page(text)
    actions = {page.content(i).strip(): page.actions[i] for i in range(len(page.lines)) if page.content(i).strip()}
    assert actions["Dear Mira,"] == "skip"
    assert actions["Tom, Northcote"] == "skip"  # signed right under the letter's question
    assert actions["It often does, along with breaks to stretch."] is None
    assert actions["My neck locks up at my desk. Would massage help?"] is None


def test_a_name_and_place_line_that_signs_no_letter_stays():
    page = Page("Where are you?\n\nHobart, Tasmania\n\nDo you open Sundays?\nNo.\n")
    assert [page.actions[i] for i in range(len(page.lines)) if page.content(i).strip() == "Hobart, Tasmania"] == [None]


@pytest.mark.parametrize("line, action", [
    ("Latest page update: made by jo_rmt, Apr 2 2011, 8:15 AM EDT (about this update)", "skip"),
    ("Last edit by admin_kay, 12 May 2019", "skip"),
    ("Last update by the clinic team: we now open Sundays.", None),
])
def test_round_104_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("Mira | RMT, CMTO | Not medical advice, ask your own therapist", "skip"),  # a forum signature that ends with a disclaimer
    ("17#", "skip"),  # a forum post's floor number (Discuz!)
    ("17", None),
    ("SCHEDULED: <2025-04-01 Tue>", "skip"),  # Org mode's planning line
    ("** TODO ring the fund about limits   :admin:", "skip"),  # an Org task (a note to self)
    ("** Does it hurt?", None),
])
def test_round_106_lines(line, action):
    assert line_action(line) == action


def test_an_org_comment_block_is_furniture():
    page = Page("* Does it hurt?\nA little.\n#+begin_comment\nAsk Dana about wording?\n#+end_comment\n\n* Is it safe?\nYes.\n")
    actions = [page.actions[i] for i in range(len(page.lines))]
    assert actions[2:5] == ["skip", "skip", "skip"]
    assert actions[1] is None


def test_a_line_over_each_printed_page_footer_is_its_first_line():
    text = ("Q1. Is it safe?\n\nYes, for most people.\n\nLakeview Clinic - Cupping facts\nPage 1 of 2\n\n"
            "Q2. Does it leave marks?\n\nRound marks fade in a week.\n\nLakeview Clinic - Cupping facts\nPage 2 of 2\n")
    page = Page(text)
    assert [page.actions[i] for i in range(len(page.lines)) if page.content(i) == "Lakeview Clinic - Cupping facts"] == ["skip", "skip"]


@pytest.mark.parametrize("line, action", [
    ("Read by 12", "skip"),  # a group chat's read receipt
    ("Read by the doctor before your visit.", None),
    ("Anna Wu pinned a message.", "skip"),
    ("[System] 2024-06-02 10:15:00", "skip"),
    ("FAQ #12 · Permalink", "skip"),  # an FAQ module's number and link under an entry
])
def test_round_108_lines(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("You are receiving this because you opted in at your last visit. Unsubscribe | Update preferences", "end"),  # a newsletter's footer
    ("God bless, and stay well this Lent.", "section"),  # a column's valediction, the signature after it
    ("God bless you all!", "section"),
    ("-- k.", "section"),  # a signature on the delimiter's line
    ("-- J.M.", "section"),
    ("-- Ray", "skip"),  # a digest message's signature: the next message follows
    ("-- Physical therapists can help.", None),
    ("> my note: wedding on the 25th - ask for sliding cups!!", "skip"),  # a note-taker's own comment on a clipping
    ("My note is short.", None),
    ("## My takeaways", "stop"),
    ("    Likes: 6", "skip"),  # a discussion export's count under a post
    ("  ↳ 2 reactions (✅ Dana Ortiz, ✅ Dr. Mark Kaplan)", "skip"),  # a chat export's reactions and thread under a message (Pumble)
    ("  ↳ thread: 1 reply", "end"),
    (':::hint{type="success"}', "skip"),  # an Archbee hint's fence
])
def test_rounds_109_to_114_lines(line, action):
    assert line_action(line) == action


def test_a_pdf_viewers_page_count_marks_a_printed_footer_and_the_header_under_it():
    text = ("Prairie Rehab Medicine – Patient Handout PR-112\nTrigger Point Injections\nWho gives the injections?\nOur physiatrists do.\n"
            "Are they covered?\nYes. Alberta Health Care pays the physician's fee.\nPR-112 Trigger Point Injections                                   1 / 2\n"
            "Prairie Rehab Medicine – Patient Handout PR-112\nAre there side effects?\nSoreness for a day or two.\n"
            "PR-112 Trigger Point Injections                                   2 / 2\n")
    page = Page(text)
    assert [page.actions[i] for i in range(len(page.lines)) if "Patient Handout" in page.content(i) or "/ 2" in page.content(i)] == ["skip"] * 4


def test_a_loading_overlay_a_help_desk_s_still_unsure_and_a_chat_log_s_events_are_furniture():
    assert line_action("Please Wait!") == "skip"
    assert line_action("Loading...") == "skip"
    assert line_action("Please wait 48 hours before a hot bath.") is None  # an instruction of the answer's
    assert line_action("Still unsure? Open a ticket and a therapist will reply within a day.") == "section"
    assert line_action("Still unsure whether it suits you, ask at reception.") is None
    for event in ("[Wed May 08 2024] [18:02:11] *\tpineneedle (~pn@host) has joined #backpain", "[19:40:02] * lmt_jo waves to the channel",
                  "Log opened Wed May 08 2024 18:00:00", "[20:05:09] Log closed Wed May 08 2024 20:05:09"):
        assert line_action(event) == "skip", event
    assert line_action("[19:41:10] <lmt_jo> * cupping leaves round marks") is None  # a message, whatever its first word


def test_a_chat_bots_handover_and_a_newsletters_footer_are_furniture():
    assert line_action("[14/05/2024 10:03:06] Landbot: Connecting you with a therapist... (Human takeover requested)") == "skip"
    assert line_action("Connecting you with the right clinic for your needs is our goal.") is None
    for footer in ("This email was sent to {{ contact.EMAIL }}. You received it because you are a client of our clinic.",
                   "Unsubscribe · Update preferences", "Also this month: Desk neck: three stretches that take two minutes"):
        assert line_action(footer) == "end", footer
    assert line_action("Unsubscribe from the plan within 30 days for a refund.") is None


def test_template_tags_a_qa_sites_subscription_options_and_a_leaflets_production_line_are_furniture():
    for line in ("<%= render '/partials/share_links.*' %>", "<%# cupping marks (Maya) %>", "By Email: subscribe", "By RSS: Answers and Comments",
                 "Did you find what you were looking for?"):
        assert line_action(line) == "skip", line
    assert line_action("Produced by the Pain Management Service. Review date: March 2026.") == "end"
    assert line_action("By email, most clinics reply within a day.") is None


@pytest.mark.parametrize("line, action", [
    ("Last Updated ( Monday, 03 February 2014 )", "end"), ("< Prev", "skip"), ("Next >", "skip"),  # Mambo's article foot
    ("💬 **Comments (2)**", "end"),  # an icon before a line's words
    ("Happy to chat by phone if that's easier.", "section"), ("This email may contain confidential health information.", "section"), ("See you Friday at 4.30.", "section"),
    ("[09:12:44] Ana Ruiz: 📷 image (not included in export)", "skip"), ("<Media omitted>", "skip"),
    ("Harbour Physio · 14 Quay Road, Whitby, YO21 1DH", "skip"), ("210 Elm Avenue, Suite 3, Dayton OH 45402", "skip"),
    ("RE: Dry needling - read this first #4 posted 11.03.2024 10:02", "end"), ("Mods will keep this thread updated.", "section"),
    ("[00:14:02] ** SPONSOR BREAK **", "skip"), ("*(me: so no cupping till the graze heals)*", "skip"),
])
def test_round_141_to_144_furniture(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line", [
    "Next", "Find us at 14 Quay Road, Whitby.", "We moved to 14 Quay Road, Whitby last spring.", "Image omitted by the clinic for privacy reasons is fine.",
    "Happy to report that most people feel better.", "📞 We answer the phone until six.",
])
def test_round_141_to_144_look_alikes_are_text(line):
    assert line_action(line) is None


def test_a_converters_page_marks_break_pages_so_the_header_under_each_is_a_running_one():
    handout = ("---\nsource: handout.pdf\npage_count: 2\n---\n\n<!-- page 1 -->\n\nLAKESIDE PAIN CLINIC  •  Patient Leaflets  •  LP-9\n\n"
               "# Trigger point injections\n\n## Who gives them?\n\nOnly our physicians give them. Our physiotherapists stretch the muscle afterwards.\n\n"
               "<!-- page 2 -->\n\nLAKESIDE PAIN CLINIC  •  Patient Leaflets  •  LP-9\n\n## Will it hurt?\n\nA quick sting, then a dull ache.\n")
    assert [(p.question, p.answer) for p in find_pairs(handout)] == [
        ("Who gives them?", "Only our physicians give them. Our physiotherapists stretch the muscle afterwards."), ("Will it hurt?", "A quick sting, then a dull ache."),
    ]


@pytest.mark.parametrize("line, action", [
    ("* Highlight, page 3", "skip"), ("* Text Note, page 3", "section"),  # a PDF reader's notes export
    ("This piece is for general interest and isn't medical advice.", "section"), ("About the Creator", "end"),
    ("answered Mar 3, 2024 by rmt_jo · reputation 880", "section"), ("ShareReport", "skip"),
    ("[00:12:05] Sam Ortiz (Moderator)", None),  # a transcript's turn header, not an answerer's card
])
def test_round_145_to_148_furniture(line, action):
    assert line_action(line) == action


@pytest.mark.parametrize("line, action", [
    ("(View Highlight: https://read.readwise.io/read/01abc)", "section"),  # a read-later app's link under each highlight
    ("runner_gal Member", "section"), ("@calf_rehab Senior Member", "section"),  # a forum member and rank over the next post
    ("[2024-09-12 20:08:02] * Niamh_K nods", "skip"),  # a chat log's action
    ("Happy to answer follow-ups in the comments. Be kind to your traps.", "section"), ("Happy to answer that: yes, it is covered.", None),
    ("Our team Member", None), ("[2024-09-12 20:08:02] Niamh_K: it nods off", None),
])
def test_round_149_to_152_furniture(line, action):
    assert line_action(line) == action
