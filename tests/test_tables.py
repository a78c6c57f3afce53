"""Tables of who does what (issue 11): a web page's <table> and a Markdown table, keyed by the
practitioner or by the treatment, columns that deny ("What they don't do", "Not offered by"),
grids of check marks; tables that say nothing of who does what state nothing."""

import pytest

from pipeline.extract.nlp import default_nlp
from pipeline.extract.records import document_records
from pipeline.extract.tables import find_tables
from pipeline.sources import read_bytes


def records(data: str, name: str) -> dict[str, list[dict]]:
    doc = read_bytes(data.encode(), name, name)
    return document_records(doc, default_nlp()(doc.text))


def relations(data: str, name: str = "page.md") -> set[tuple[str, str, str]]:
    return {(r["provider_id"], r["treatment_id"], r["relation"]) for r in records(data, name)["performs_evidence"]}


def web_page(table: str) -> str:
    return f"""<!doctype html><html><head><title>Knots and who treats them</title></head><body><main>
<h1>Knots and who treats them</h1>
<h2>Who can treat my trigger points?</h2>
<p>Several kinds of practitioners treat trigger points, each in their own way.</p>
{table}
<p>Ask your doctor which fits you best.</p>
<h2>How long does a visit take?</h2>
<p>Most visits take 30 to 60 minutes.</p>
</main></body></html>"""


PRACTITIONER_ROWS = web_page("""<table><thead><tr><th>Practitioner</th><th>Offers</th><th>Does not offer</th></tr></thead><tbody>
<tr><td>Physical therapist</td><td>Dry needling, stretching</td><td>Injections</td></tr>
<tr><td>Massage therapist (LMT)</td><td>Myofascial release</td><td>Dry needling or injections</td></tr>
<tr><td>Physiatrist</td><td>Trigger point injections</td><td>&mdash;</td></tr>
</tbody></table>""")


def test_a_web_pages_table_keyed_by_practitioner_states_what_each_does_and_does_not_do():
    assert relations(PRACTITIONER_ROWS, "page.html") == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:physical_therapist", "TRT:stretching", "performs"),
        ("PRV:physical_therapist", "TRT:injection", "does_not_perform"),
        ("PRV:massage_therapist", "TRT:myofascial_release", "performs"),
        ("PRV:massage_therapist", "TRT:dry_needling", "does_not_perform"), ("PRV:massage_therapist", "TRT:injection", "does_not_perform"),
        ("PRV:physiatrist", "TRT:trigger_point_injection", "performs"),
    }


def test_a_row_is_one_claim_in_its_answer_in_place_of_its_cells():
    read = records(PRACTITIONER_ROWS, "page.html")
    evidence = {r["claim_id"] for r in read["performs_evidence"]}
    claims = {c["claim_id"]: c for c in read["claims"]}
    assert len(evidence) == 3 and evidence <= set(claims)
    assert [claims[c]["text"].split("\n")[0] for c in sorted(evidence)] == ["Physical therapist", "Massage therapist (LMT)", "Physiatrist"]
    assert all(claims[c]["qa_id"] == read["qa_pairs"][0]["qa_id"] for c in evidence)
    assert not any(c["text"] == "Dry needling or injections" for c in read["claims"])


def test_a_markdown_table_keyed_by_treatment_names_who_does_it_and_who_does_not():
    page = """# Front desk guide

## Who does what here?

| Service | Offered by | Not offered by |
| --- | --- | --- |
| Cupping | Acupuncturists, massage therapists | Chiropractors |
| Spinal manipulation | Chiropractors | Everyone else |

Ask the front desk if you are unsure.
"""
    assert relations(page) == {
        ("PRV:acupuncturist", "TRT:cupping", "performs"), ("PRV:massage_therapist", "TRT:cupping", "performs"),
        ("PRV:chiropractor", "TRT:cupping", "does_not_perform"), ("PRV:chiropractor", "TRT:spinal_manipulation", "performs"),
    }


def test_a_grid_of_marks_reads_the_columns_name_and_the_cells_mark():
    page = web_page("""<table><tr><th>Treatment</th><th>Physical therapist</th><th>Chiropractor</th></tr>
<tr><td>Dry needling</td><td>&#10003;</td><td>No</td></tr>
<tr><td>Spinal manipulation</td><td>No</td><td>Yes</td></tr></table>""")
    assert relations(page, "page.html") == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:chiropractor", "TRT:dry_needling", "does_not_perform"),
        ("PRV:physical_therapist", "TRT:spinal_manipulation", "does_not_perform"), ("PRV:chiropractor", "TRT:spinal_manipulation", "performs"),
    }


@pytest.mark.parametrize("column, cell, relation", [
    ("What they may do", "Dry needling", "performs"),  # a permission, not a hedge
    ("What they can't do", "Dry needling", "does_not_perform"),
    ("Offers", "Dry needling, occasionally", "may_perform"),
    ("Sometimes offers", "Dry needling", "may_perform"),
    ("Commonly uses", "Dry needling", "performs"),  # the row's usual practice: what they do
    ("Usually provides", "Dry needling", "performs"),
    ("Commonly uses", "Dry needling, occasionally", "may_perform"),
    ("Usually recommends", "Dry needling", "may_perform"),  # no doing verb: the column's hedge stays
])
def test_a_columns_name_and_its_cell_say_how_sure(column, cell, relation):
    page = web_page(f"""<table><tr><th>Who</th><th>{column}</th></tr>
<tr><td>Chiropractors</td><td>{cell}</td></tr></table>""")
    assert relations(page, "page.html") == {("PRV:chiropractor", "TRT:dry_needling", relation)}


@pytest.mark.parametrize("table", [
    "<table><tr><th>Visit</th><th>Price</th></tr><tr><td>Physical therapist</td><td>$95</td></tr><tr><td>Massage therapist</td><td>$80</td></tr></table>",
    "<table><tr><td>Dry needling</td><td>Acupuncture</td></tr></table>",  # a row of treatments names no one
    "<table><tr><td>Our physical therapists</td><td>" + "We see patients of every age and plan each visit around your goals and your schedule, "
    "and our front desk answers questions about dry needling, cupping and massage every weekday from eight until six. " * 2 + "</td></tr></table>",
])
def test_tables_that_say_nothing_of_who_does_what_state_nothing(table):
    assert relations(web_page(table), "page.html") == set()


def test_a_page_laid_out_in_a_table_reads_only_its_inner_tables_rows():
    page = """<!doctype html><html><body><table><tr><td>Physical therapists</td><td>
<h1>Who does dry needling?</h1><p>Several kinds of practitioners treat trigger points, and each of them works in their own way with you.</p>
<table><tr><th>Who</th><th>Offers</th></tr><tr><td>Chiropractors</td><td>Cupping</td></tr></table>
</td></tr></table></body></html>"""
    doc = read_bytes(page.encode(), "page.html", "page.html")
    tables = find_tables(doc.text, doc.marks)
    assert [[doc.text[a:b] for a, b in row.cells] for table in tables for row in table.rows] == [["Chiropractors", "Cupping"]]
    assert [doc.text[a:b] for a, b in tables[0].header] == ["Who", "Offers"]


def test_a_markdown_table_without_a_rule_under_its_first_row_has_no_header():
    text = "Notes\n\n| Physical therapist | Dry needling |\n| Chiropractor | Spinal manipulation |\n"
    (table,) = find_tables(text, ())
    assert table.header == () and [[text[a:b] for a, b in row.cells] for row in table.rows] == [
        ["Physical therapist", "Dry needling"], ["Chiropractor", "Spinal manipulation"]]


def test_a_column_named_for_a_treatment_has_cells_that_say_whether():
    page = """# Can my chiropractor dry needle?

## Who may dry needle?

| Practitioner | Dry needling? |
|---|---|
| Physical therapist (PT) | Allowed in most states |
| Acupuncturist | Yes, within acupuncture practice |
| Massage therapist | No |
| Athletic trainer | Not allowed |
"""
    assert relations(page) == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:acupuncturist", "TRT:dry_needling", "performs"),
        ("PRV:massage_therapist", "TRT:dry_needling", "does_not_perform"), ("PRV:athletic_trainer", "TRT:dry_needling", "does_not_perform"),
    }


def test_a_table_before_the_questions_is_the_pages_overview_not_an_answer():
    page = """# Pain centre guide

| Treatment | Who provides it |
|---|---|
| Dry needling | Physical therapists |

## How long does a visit take?

Most visits take 30 to 60 minutes.

| Visit | Length |
|---|---|
| Cupping with an acupuncturist | 30 minutes |
"""
    assert relations(page) == set()
    assert relations(page.replace("# Pain centre guide\n", "# Pain centre guide\n\n## Who treats knots?\n")) == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs")}


def test_a_table_saved_as_text_has_its_cells_between_tabs_and_its_column_names_first():
    page = ("Clinic handout\r\n\r\nWho treats trigger points here?\r\n\r\nEach of our practitioners has a part.\r\n\r\n"
            "Practitioner\tWhat they offer\tWhat they do not offer\r\n"
            "Chiropractor\tSpinal manipulation\tDry needling\r\n"
            "Acupuncturist\tCupping\t\r\n\r\nCall us to book.\r\n")
    assert relations(page, "page.txt") == {
        ("PRV:chiropractor", "TRT:spinal_manipulation", "performs"), ("PRV:chiropractor", "TRT:dry_needling", "does_not_perform"),
        ("PRV:acupuncturist", "TRT:cupping", "performs"),
    }


def test_a_cell_that_names_a_practitioner_inside_a_sentence_lists_no_one():
    page = web_page("""<table><tr><th>Service</th><th>Gold plan</th></tr>
<tr><td>Physical therapy</td><td>No referral needed; your doctor signs the plan of care</td></tr>
<tr><td>Dry needling</td><td>Only physical therapists</td></tr></table>""")
    assert relations(page, "page.html") == {("PRV:physical_therapist", "TRT:dry_needling", "performs")}


def cells(body: str) -> str:
    return web_page(f"<table>{body}</table>")


@pytest.mark.parametrize("body, expected", [
    ("<tr><th></th><th>Physical therapist</th><th>Chiropractor</th></tr><tr><td>Dry needling</td><td>&#10003;</td><td>No</td></tr>",
     {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:chiropractor", "TRT:dry_needling", "does_not_perform")}),  # an empty corner
    ("<tr><th>Who</th><th>Offers</th><th>Does not offer</th></tr><tr><td>Massage therapist</td><td></td><td>Dry needling</td></tr>",
     {("PRV:massage_therapist", "TRT:dry_needling", "does_not_perform")}),  # an empty cell keeps its column
    ("<thead><tr><td>Who</td><td>Offers</td><td>Does not offer</td></tr></thead><tr><td>Physical therapist</td><td>Dry needling</td><td>Injections</td></tr>",
     {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:physical_therapist", "TRT:injection", "does_not_perform")}),  # a head of <td>s
    ("<tr><th>Who</th><th>What they<br>offer</th><th>What they<br>don't offer</th></tr><tr><td>Physical therapist</td><td>Dry needling</td><td>Injections</td></tr>",
     {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:physical_therapist", "TRT:injection", "does_not_perform")}),
    ("<tr><td>Physical therapist</td><td>Dry needling</td></tr><tr><td>Chiropractor</td><td>Injections</td></tr>", set()),  # no column names: no telling
    ("<tr><th>Practitioner</th><th>Dry needling</th><th>Massage</th></tr><tr><td>Physical therapist</td><td>$95</td><td>N/A</td></tr>", set()),  # a price grid
    ("<tr><th>Practitioner</th><th>Dry needling</th></tr><tr><td>Chiropractor</td><td>We refer you to a PT</td></tr>", set()),
    ("<tr><th>Provider</th><th>Refers patients for</th></tr><tr><td>Chiropractor</td><td>Injections</td></tr>", set()),
    ("<tr><th>Provider</th><th>Not covered</th></tr><tr><td>Chiropractor</td><td>Massage</td></tr>", set()),
    ("<tr><th>Provider type</th><th>Covered services</th></tr><tr><td>Chiropractor</td><td>Spinal manipulation</td></tr>",
     {("PRV:chiropractor", "TRT:spinal_manipulation", "performs")}),  # what a plan covers of each provider type: what they do
])
def test_round_44_review_tables(body, expected):
    assert relations(cells(body), "page.html") == expected


def test_a_cells_own_sentence_the_row_does_not_read_stays_a_claim_and_column_names_are_none():
    page = cells("<tr><th>Who</th><th>Offers</th><th>Notes</th></tr>"
                 "<tr><td>Chiropractor</td><td>Adjustments</td><td>Our chiropractors do not give injections.</td></tr>"
                 "<tr><td>Massage therapist</td><td></td><td></td></tr>")
    read = records(page, "page.html")
    assert {(r["provider_id"], r["treatment_id"], r["relation"]) for r in read["performs_evidence"]} == {
        ("PRV:chiropractor", "TRT:chiropractic_adjustment", "performs"), ("PRV:chiropractor", "TRT:injection", "does_not_perform")}
    texts = [c["text"] for c in read["claims"]]
    assert "Our chiropractors do not give injections." in texts and not any(t.startswith("Who") for t in texts)


def test_a_row_that_only_denies_is_a_negated_claim():
    page = cells("<tr><th>Who</th><th>Offers</th><th>Does not offer</th></tr><tr><td>Massage therapist</td><td>&mdash;</td><td>Dry needling</td></tr>")
    (claim,) = [c for c in records(page, "page.html")["claims"] if c["text"].startswith("Massage therapist")]
    assert claim["polarity"] == "negated"


def test_round_45_a_spreadsheets_rows_pasted_as_csv_are_a_table_and_its_column_names_ask_nothing():
    page = ("Q: What does everything cost?\n\nA: Here is our price sheet:\n\n"
            "Service,Provided by,Minutes,Self-pay,Bill insurance?\n"
            "Chiropractic adjustment,Chiropractor,20,$62,Yes\n"
            "\"Dry needling, add-on\",Physical therapist,15,$45,No\n"
            "Cupping,Licensed massage therapist,30,$55,No\n\n"
            "Q: Do you take walk-ins?\n\nA: Only on Saturdays.\n")
    assert relations(page, "page.txt") == {
        ("PRV:chiropractor", "TRT:chiropractic_adjustment", "performs"), ("PRV:physical_therapist", "TRT:dry_needling", "performs"),
        ("PRV:massage_therapist", "TRT:cupping", "performs")}
    assert [p["question"] for p in records(page, "page.txt")["qa_pairs"]] == ["What does everything cost?", "Do you take walk-ins?"]


def test_round_45_a_comparison_tables_row_names_who_does_each_columns_treatment():
    page = """# Dry needling or acupuncture?

## How do they differ?

| | Dry needling | Acupuncture |
|---|---|---|
| Performed by | Physical therapists with extra training | Licensed acupuncturists and some physicians |
| Where the needle goes | Into trigger points | Along meridians |
"""
    assert relations(page) == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:acupuncturist", "TRT:acupuncture", "performs"),
        ("PRV:physician", "TRT:acupuncture", "performs")}


def test_round_45_a_cell_lists_what_opens_it_not_what_it_names_after():
    page = cells("<tr><th>Who</th><th>Gives the injection?</th><th>What they do</th></tr>"
                 "<tr><td>Physical therapist</td><td>No</td><td>Stretching and an exercise program after your injections</td></tr>")
    assert relations(page, "page.html") == {
        ("PRV:physical_therapist", "TRT:injection", "does_not_perform"), ("PRV:physical_therapist", "TRT:stretching", "performs"),
        ("PRV:physical_therapist", "TRT:therapeutic_exercise", "performs")}


def test_a_markdown_table_without_outer_pipes_is_read_and_its_column_names_ask_nothing():
    page = """# Dry needling at Alder Street

## Who may dry needle in this state?

It depends on the licence.\r
\r
Practitioner | Dry needling?\r
:--- | :---:\r
Physical therapist | Allowed\r
Massage therapist | No\r
\r
## Does it hurt?

A little.
"""
    assert relations(page) == {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:massage_therapist", "TRT:dry_needling", "does_not_perform")}
    assert [p["question"] for p in records(page, "page.md")["qa_pairs"]] == ["Who may dry needle in this state?", "Does it hurt?"]
    text = "Home | About\n-----\nPT | Dry needling\n\nService | Who\n--- | ---\nCupping | Acupuncturists\n"
    (table,) = find_tables(text, ())  # a heading's underline is no rule row
    assert [text[a:b] for a, b in table.header] == ["Service", "Who"]
    assert [[text[a:b] for a, b in row.cells] for row in table.rows] == [["Cupping", "Acupuncturists"]]


PRINTED_GRID = """  Who treats knots?
  Several kinds of practitioners do. The table shows what each offers.

  Practitioner                  Offers                                   Does not offer
  Chiropractor (DC)             Adjustments, trigger point pressure,     Injections
                                dry needling*
  Licensed massage therapist    Myofascial release                       Dry needling
  Physiatrist (MD/DO)           Trigger point injections                 -

  *Only with extra training.

  Is a referral needed?
  Service              Covered?     Referral?
  Chiropractic         Yes          No
  Massage              No           No

  Most plans do not ask for one.
"""


def test_a_table_laid_out_in_columns_of_spaces_reads_each_cell_and_its_further_lines():
    assert relations(PRINTED_GRID, "page.txt") == {
        ("PRV:chiropractor", "TRT:chiropractic_adjustment", "performs"), ("PRV:chiropractor", "TRT:ischemic_compression", "performs"),
        ("PRV:chiropractor", "TRT:dry_needling", "performs"), ("PRV:chiropractor", "TRT:injection", "does_not_perform"),
        ("PRV:massage_therapist", "TRT:myofascial_release", "performs"), ("PRV:massage_therapist", "TRT:dry_needling", "does_not_perform"),
        ("PRV:physiatrist", "TRT:trigger_point_injection", "performs"),
    }
    assert [p["question"] for p in records(PRINTED_GRID, "page.txt")["qa_pairs"]] == ["Who treats knots?", "Is a referral needed?"]


def test_two_paragraphs_printed_side_by_side_are_no_table():
    text = ("  Dry needling uses a thin needle in the        Physical therapists and some chiropractors\n"
            "  knot of a muscle to make it let go, and       perform it after extra training in most\n"
            "  most people feel only a brief pinch.          states; massage therapists do not.\n")
    assert find_tables(text, ()) == []


@pytest.mark.parametrize("cell", [
    "Dry needling<br>Cupping<br>Stretching", "<ul><li>Dry needling</li><li>Cupping</li><li>Stretching</li></ul>",
    "Dry needling; cupping; stretching", "Dry needling / cupping / stretching", "Dry needling • Cupping • Stretching",
])
def test_round_46_review_a_cell_lists_on_lines_of_their_own_or_between_semicolons_slashes_and_bullets(cell):
    page = web_page(f"<table><tr><th>Who</th><th>What they do</th></tr><tr><td>Physical therapist</td><td>{cell}</td></tr></table>")
    assert relations(page, "page.html") == {("PRV:physical_therapist", t, "performs") for t in ("TRT:dry_needling", "TRT:cupping", "TRT:stretching")}


@pytest.mark.parametrize("row, expected", [
    ("| Performed by | Physical therapists, never chiropractors | Acupuncturists, not massage therapists |",
     {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:acupuncturist", "TRT:acupuncture", "performs")}),
    ("| Performed by | Physical therapists, on a physician's referral | Acupuncturists |",
     {("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:acupuncturist", "TRT:acupuncture", "performs")}),
    ("| Provider | Physician referral required | Chiropractor's office only |", set()),
])
def test_round_46_review_a_doers_row_reads_the_list_its_cell_opens_with(row, expected):
    page = f"# Needles\n\n## Who does what?\n\nHere is how they compare.\n\n| | Dry needling | Acupuncture |\n|---|---|---|\n{row}\n\nAsk us.\n"
    assert relations(page) == expected


def test_an_asciidoc_table_names_its_columns_when_its_attributes_say_header():
    page = """= Front desk guide

== Booking

Who does what here?::
Use this table.
+
[cols="1,2,2",options="header"]
|===
| Who | Offers | Does not offer
| Acupuncturist (Wen) | Acupuncture, cupping | Injections
| Chiropractor (Dr. Vale) | Spinal manipulation | Dry needling
|===

How long is a visit?::
About an hour.
"""
    assert relations(page, "guide.txt") == {
        ("PRV:acupuncturist", "TRT:acupuncture", "performs"), ("PRV:acupuncturist", "TRT:cupping", "performs"),
        ("PRV:acupuncturist", "TRT:injection", "does_not_perform"), ("PRV:chiropractor", "TRT:spinal_manipulation", "performs"),
        ("PRV:chiropractor", "TRT:dry_needling", "does_not_perform"),
    }
    rows = find_tables(page, ())[0].rows
    assert page[rows[0].start:rows[0].end] == "Acupuncturist (Wen) | Acupuncture, cupping | Injections"


def test_review_49_an_asciidoc_table_of_yes_and_no_stays_in_its_answer():
    page = ('= Front desk\n\nWho does what?::\nUse this table.\n+\n[options="header"]\n|===\n| Practitioner | Dry needling | Injections\n'
            '| Physiotherapist | Yes | No\n| Chiropractor | No | No\n| Physician | No | Yes\n|===\n\nHow long is a visit?::\nAbout an hour.\n')
    assert relations(page, "guide.txt") == {
        ("PRV:physical_therapist", "TRT:dry_needling", "performs"), ("PRV:physical_therapist", "TRT:injection", "does_not_perform"),
        ("PRV:chiropractor", "TRT:dry_needling", "does_not_perform"), ("PRV:chiropractor", "TRT:injection", "does_not_perform"),
        ("PRV:physician", "TRT:dry_needling", "does_not_perform"), ("PRV:physician", "TRT:injection", "performs"),
    }
