"""Extraction on thirty pages written blind to the rules, in layouts unlike the seed's: a forum
with reader questions and "Dr. Lee:" answers, Q./A. and Q1)/Ans: labels, bold and ALL-CAPS
questions, accordions with menus, Markdown headings without "?", benefits pages with bullet lists,
blog and law-firm pages with share boxes, calls to action, footers and disclaimers, a newspaper
column of readers' letters, flattened accordions, a community Q&A page, headings without "?", SEO answer blogs with contents lists and ratings."""

from gold import HELDOUT, HELDOUT_MESSY, HELDOUT_MORE, HELDOUT_ROUND3, HELDOUT_ROUND4, HELDOUT_ROUND5, HELDOUT_ROUND6, HELDOUT_ROUND7, HELDOUT_ROUND8, HELDOUT_ROUND9, HELDOUT_ROUND10, HELDOUT_ROUND11, HELDOUT_ROUND12, HELDOUT_ROUND13, HELDOUT_ROUND14, HELDOUT_ROUND15, HELDOUT_ROUND16, HELDOUT_SCRAPED, HELDOUT_SEO, gold_pages, mention_scores, pair_accuracies, pair_recovery
from pipeline.extract.claims import document_entities, judge, sentence_entities

PAGES = [page for folder in (HELDOUT, HELDOUT_MESSY, HELDOUT_MORE, HELDOUT_SCRAPED, HELDOUT_SEO) for page in gold_pages(folder)]


def test_every_question_is_found_with_its_answer():
    for page in PAGES:
        assert len(page.records["qa_pairs"]) == len(page.gold["pairs"]), page.name
    found, exact, total = pair_recovery(PAGES)
    assert found == total
    assert exact / total >= 0.95


def test_question_types_and_yes_no_answers():
    types, polarities = pair_accuracies(PAGES)
    assert types >= 0.85
    assert polarities >= 0.95


def test_mentions_inside_pairs():
    precision, recall, score = mention_scores(PAGES)
    assert precision >= 0.88 and recall >= 0.88 and score >= 0.89, (precision, recall, score)


def test_claim_polarity_and_certainty():
    results = []
    for page in PAGES:
        entities = document_entities(page.parsed)
        for claim in page.gold["claims"]:
            start = page.text.index(claim["sentence"])
            judgement = judge(claim["sentence"], sentence_entities(entities, start, start + len(claim["sentence"])))
            results.append((judgement.polarity == claim["polarity"], judgement.certainty == claim["certainty"]))
    assert sum(p for p, _ in results) / len(results) >= 0.95
    assert sum(c for _, c in results) / len(results) >= 0.9


def test_the_newest_blind_pages_keep_their_scores():
    """Transcripts, a live chat, a PDF leaflet, a shop's Q&A, a table, tabs: scored as first looked
    at, then after the furniture fixes they prompted (running headers, a seller's byline)."""
    pages = gold_pages(HELDOUT_ROUND3)
    found, exact, total = pair_recovery(pages)
    assert found / total >= 0.97 and exact / total >= 0.95, (found, exact, total)
    assert mention_scores(pages)[2] >= 0.83
    assert pair_accuracies(pages)[0] >= 0.95


def test_the_eighth_blind_set_keeps_its_scores():
    """Definition lists, <details>, a help centre, a forum thread, two interviews, a handbook with
    section numbers and print headers, a board's FAQ, readers' letters, a table, a Docs export:
    first look 68/87 pairs found (61 exact); after the fixes they prompted, 82/87 (the five others:
    two headings that do not read as questions, three letters the gold cuts to their last question)."""
    pages = gold_pages(HELDOUT_ROUND4)
    found, exact, total = pair_recovery(pages)
    assert found >= 82 and exact >= 82, (found, exact, total)
    types, polarities = pair_accuracies(pages)
    assert types >= 0.94 and polarities >= 0.93, (types, polarities)


def test_the_ninth_and_tenth_blind_sets_keep_their_scores():
    """Round 9 (saved pages of site builders, a podcast without speakers, a PDF leaflet, Notion,
    WhatsApp, a call script, Medium): first look 62/85 pairs found (55 exact); after the fixes it
    prompted, 84/85 (the StackExchange page's one question, its title, is not found). Round 10 (twelve
    more platforms), scored once before any change for it: 79/79 found, 75 exact, question type 0.86."""
    for folder, least_found, least_exact, least_types in ((HELDOUT_ROUND5, 84, 80, 0.92), (HELDOUT_ROUND6, 79, 75, 0.96)):
        pages = gold_pages(folder)
        found, exact, total = pair_recovery(pages)
        assert found >= least_found and exact >= least_exact, (folder.name, found, exact, total)
        assert pair_accuracies(pages)[0] >= least_types, folder.name


def test_the_eleventh_blind_set_keeps_its_scores():
    """Round 11 (a Next.js page, a Word handout saved as HTML, GOV.UK, Blogger, AMP, Framer, Freshdesk,
    MediaWiki, a text browser's dump, reStructuredText, an e-mail reply, a Markdown list): first look
    87/102 pairs found (71 exact answers); after the fixes it prompted, all 102 (101 exact)."""
    pages = gold_pages(HELDOUT_ROUND7)
    found, exact, total = pair_recovery(pages)
    assert found == total == 102 and exact >= 101, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.92


def test_the_twelfth_blind_set_keeps_its_scores():
    """Round 12: first look 59/87 pairs found (53 exact); after the fixes it prompted, 80/87 (75
    exact); 87/87 (82) once a page that declares itself a discussion keeps its comments (the Reddit
    thread)."""
    pages = gold_pages(HELDOUT_ROUND8)
    found, exact, total = pair_recovery(pages)
    assert found >= 87 and exact >= 82, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.90


def test_the_thirteenth_blind_set_keeps_its_scores():
    """Round 13, scored before any change it prompted: pages 01-06 (HTML) 32/45 pairs found (19
    exact), pages 07-12 (text) 44/55 (28 exact). After the fixes: a reply's quotation is its
    question, a mailbag's "You asked:" a label, a Substack post no newsletter form, a markup excerpt
    no answer, list items and browser-copied lines that read as questions are questions, fenced
    divs, Org drawers and day separators no answer: 98/100 (85 exact)."""
    pages = gold_pages(HELDOUT_ROUND9)
    found, exact, total = pair_recovery(pages)
    assert found >= 98 and exact >= 85, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.85


def test_the_fourteenth_blind_set_keeps_its_scores():
    """Round 14, scored before any change it prompted: pages 01-06 (HTML) 39/47 pairs found (31
    exact), pages 07-12 (pages converted to text by html2text, trafilatura, Jina Reader, w3m, a
    Reader View, pandoc) 53/53 (41 exact). After the fixes (a heading anchored by its own words is
    content, a title's own text wrapper is no entry, raw HTML lines in Markdown are markup, a
    page's feedback widget ends the article): 100/100 (99 exact)."""
    pages = gold_pages(HELDOUT_ROUND10)
    found, exact, total = pair_recovery(pages)
    assert found >= 100 and exact >= 99, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.85


def test_the_fifteenth_blind_set_keeps_its_scores():
    """Round 15, scored before any change it prompted: pages 01-05 (HTML) 38/39 pairs found (37
    exact), pages 06-10 (text) 42/42 (41 exact). After the fixes (a Markdown heading ends a bold
    list question's answer, a bare "Related" block ends the article): 80/81 (80 exact)."""
    pages = gold_pages(HELDOUT_ROUND11)
    found, exact, total = pair_recovery(pages)
    assert found >= 80 and exact >= 80, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.88


def test_the_sixteenth_blind_set_keeps_its_scores():
    """Round 16, scored before any change it prompted: pages 01-06 (HTML) 51/51 pairs found (49
    exact), pages 07-12 (text) 14/47 (11 exact). After the fixes (a chat message's remark on its own
    line, AsciiDoc terms, block titles and delimited blocks, wiki headings, a question read out in
    quotation marks, a numbered question without "?", a section heading between blank lines, a
    digest's "Posted by:" headers): 97/98 (92 exact)."""
    pages = gold_pages(HELDOUT_ROUND12)
    found, exact, total = pair_recovery(pages)
    assert found >= 97 and exact >= 92, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.95


def test_the_seventeenth_blind_set_keeps_its_scores():
    """Round 17, scored before any change it prompted: pages 01-06 (HTML) 49/49 pairs found (49
    exact), pages 07-12 (text) 36/48 (19 exact). After the fixes (message-header chats and a
    group's chat with its expert, "Q (from Jordan):" labels, chapter lists, MediaWiki heading
    ranks, a leaflet's numbered section titles): 97/97 (96 exact)."""
    pages = gold_pages(HELDOUT_ROUND13)
    found, exact, total = pair_recovery(pages)
    assert found >= 97 and exact >= 96, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.90


def test_the_eighteenth_blind_set_keeps_its_scores():
    """Round 18, scored before any change it prompted: pages 01-06 (HTML) 34/43 pairs found (28
    exact), pages 07-12 (text; the SubRip and LaTeX pages saved as .txt) 13/43 (0 exact). After the
    fixes ("Anonymous asked:" labels, a call whose agent checks details, a discussion board's
    "Reply from" turns, a help desk's repeated feedback widget, subtitle cues, messaging status
    lines, LaTeX items): 84/86 (63 exact). 83 since 14ec6af: a chat question that points back at
    the asker's own sentence keeps it ("My physical therapist also mentioned dry needling for the
    muscles in my back. Is that covered?"), which this set's gold cuts; the rule raised pairs found
    in ten other sets."""
    pages = gold_pages(HELDOUT_ROUND14)
    found, exact, total = pair_recovery(pages)
    assert found >= 83 and exact >= 63, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.85


def test_the_nineteenth_blind_set_keeps_its_scores():
    """Round 19, scored before any change it prompted: pages 01-06 (HTML) 35/43 pairs found (29
    exact), pages 07-12 (text) 29/54 (15 exact). After the fixes (a Markdown table of questions
    and answers, a front-matter FAQ list, running headers set apart by bars, converters' comment
    lines, a bold question without its mark, Zoom chats, WebVTT voices and notes, an answerer's
    byline, sections a site builder names "widget"): 96/97 (93 exact)."""
    pages = gold_pages(HELDOUT_ROUND15)
    found, exact, total = pair_recovery(pages)
    assert found >= 96 and exact >= 93, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.90


def test_the_twentieth_blind_set_keeps_its_scores():
    """Round 20, scored before any change it prompted: pages 01-06 (HTML) 37/40 pairs found (28
    exact), pages 07-12 (text) 17/48 with 22 extra (8 exact). After the fixes (Discord exports,
    Usenet "Subject: [1.1]" entries, BBCode lists and quotes, slide numbers, a Q&A site's buttons,
    "Dr. X replied:", bold questions without their mark among headings): 79/88 (66 exact); the
    pandoc grid table's 8 pairs, whose cells wrap side by side, are still missed."""
    pages = gold_pages(HELDOUT_ROUND16)
    found, exact, total = pair_recovery(pages)
    assert found >= 79 and exact >= 66, (found, exact, total)
    assert pair_accuracies(pages)[0] >= 0.85
