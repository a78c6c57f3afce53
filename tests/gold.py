"""Gold annotations of fixture pages (docs/annotation.md) and scoring against them.

Pages are read through the same readers as the build (text, Markdown, HTML), and scored on the
rows the build publishes (furniture left out), so every gold string is located in the text the
dataset publishes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipeline.extract.nlp import default_nlp
from pipeline.extract.records import document_records
from pipeline.sources import READERS, read_bytes

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
HELDOUT = FIXTURES / "heldout"  # written blind to the code, in layouts the rules were not built on
HELDOUT_MESSY = FIXTURES / "heldout2"  # the same, as pages look once saved or converted to text
HELDOUT_MORE = FIXTURES / "heldout3"  # sections, handouts, scope-of-practice explainers, a "Dear Doctor" column
HELDOUT_SCRAPED = FIXTURES / "heldout4"  # flattened accordions, community Q&A, headings without "?"
HELDOUT_SEO = FIXTURES / "heldout5"  # answer blogs like the seed, magazine and hospital pages, broker blog
HELDOUT_ROUND2 = FIXTURES / "heldout6"  # blind gold with claim types and relations (docs/annotation.md)
HELDOUT_HTML = FIXTURES / "heldout_html"  # saved web pages of many platforms, blind gold
HTML_PAGES = FIXTURES / "html_pages"  # saved web pages in sixteen site styles
HELDOUT_ROUND3 = FIXTURES / "heldout7"  # blind: transcripts, chat, PDF leaflet, shop Q&A, tables, tabs
HELDOUT_ROUND5 = FIXTURES / "heldout9"  # blind: Yoast, Elementor, Shopify, podcast, PDF leaflet, Notion, WhatsApp, call script, Medium
HELDOUT_ROUND6 = FIXTURES / "heldout10"  # blind: AEM, Drupal 7, HubSpot, Webflow, Weebly, Joomla, WooCommerce, microdata, Wix, Intercom
HELDOUT_ROUND7 = FIXTURES / "heldout11"  # blind: Next.js, Word HTML, GOV.UK, Blogger, AMP, Framer, Freshdesk, MediaWiki, lynx dump, reST, e-mail, Markdown list
HELDOUT_ROUND8 = FIXTURES / "heldout12"  # blind: Squarespace, Sitecore, Shopify, Kadence, Reddit, pandoc leaflet, wiki, mailbag, Facebook, MkDocs
HELDOUT_ROUND9 = FIXTURES / "heldout13"  # blind: Discourse, Mailchimp, TYPO3, Salesforce, Substack, Duda, copied page, pdftotext, Org, Slack, Quarto, SMS
HELDOUT_ROUND10 = FIXTURES / "heldout14"  # blind: WordPress Ultimate FAQ, health publisher, Help Scout, Sitefinity, Docusaurus, Elementor nested accordion; html2text, trafilatura, Jina Reader, w3m, Reader View, pandoc
HELDOUT_ROUND11 = FIXTURES / "heldout15"  # blind: Wix FAQ app, a hospital conditions page, a provider directory, Drupal Paragraphs, Spectra; a pasted page, Obsidian, OCR, a README, a plain-text newsletter
HELDOUT_ROUND12 = FIXTURES / "heldout16"  # blind: Ghost, Zendesk Guide, Notion, Squarespace 7.1, Google Sites, Confluence; WhatsApp, Google Docs text, AsciiDoc, a video transcript, DokuWiki, a mailing-list digest
HELDOUT_ROUND13 = FIXTURES / "heldout17"  # blind: Wagtail, Shopify FAQ app, Medium, Drupal 10 details, HubSpot knowledge base, Rank Math; Telegram and Teams chats, Notion Markdown, podcast show notes, MediaWiki source, a Word leaflet as text
HELDOUT_ROUND14 = FIXTURES / "heldout18"  # blind: Yoast FAQ block, USWDS accordion, phpBB, old.reddit, Tumblr asks, portal tabs; iMessage, SubRip, Canvas discussion, LaTeX, a call transcript, a help-desk collection
HELDOUT_ROUND15 = FIXTURES / "heldout19"  # blind: a Wayback capture, Yelp's Ask the Community, GitBook, Eventbrite, a health publisher, GoDaddy; PDF- and crawler-converted Markdown, a Markdown table, Hugo front matter, WebVTT, a Zoom chat
HELDOUT_ROUND16 = FIXTURES / "heldout20"  # blind: Canada.ca, a doctor Q&A site, Quora, Amazon Q&A, a health plan's encyclopedia, Carrd; a pandoc grid table, BBCode, Discord, a Usenet FAQ, a slide deck, MarkItDown
HELDOUT_ROUND4 = FIXTURES / "heldout8"  # blind: <dl>, <details>, help centre, forum thread, interviews, handbook, board FAQ, letters


@dataclass(frozen=True)
class GoldPage:
    name: str
    path: Path
    gold: dict

    @cached_property
    def document(self):
        """As the build reads it: a web page brings its marks and FAQPage pairs."""
        return read_bytes(self.path.read_bytes(), self.path.name, str(self.path))

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def parsed(self):
        return default_nlp()(self.text)

    @cached_property
    def records(self) -> dict[str, list[dict]]:
        return document_records(self.document, self.parsed)

    def mention_spans(self) -> set[tuple[int, int, str]]:
        """Gold mentions located in order: each is searched for after the previous one, from the
        page's start or from its first gold question (mentions are inside pairs, and a page's
        introduction may name the same things first), whichever places more of them; one not found
        after the previous is searched for again from there on, at the first occurrence no other
        mention holds (a gold file may list its pairs out of the page's order, a section's question
        before an accordion's). A mention the text lacks
        (its reader dropped or changed it) stays, as a span no prediction can hit."""
        first = locate(self.text, self.gold["pairs"][0]["question"]) if self.gold["pairs"] else None
        return max((self._mentions_from(0), self._mentions_from(first[0]) if first else set()), key=lambda spans: sum(s[0] >= 0 for s in spans))

    def _mentions_from(self, start: int) -> set[tuple[int, int, str]]:
        spans, position = set(), start
        def free(mention: dict, at: int) -> tuple[int, int] | None:  # the first occurrence from `at` that no other mention holds
            while (found := locate(self.text, mention["text"], at)) and (*found, mention["label"]) in spans:
                at = found[0] + 1
            return found

        for number, mention in enumerate(self.gold["mentions"]):
            found = free(mention, position) or free(mention, start)  # pairs listed out of page order
            if found is None:
                spans.add((-1 - number, -1 - number, mention["label"]))
                continue
            spans.add((*found, mention["label"]))
            position = found[0] + 1
        return spans


def locate(text: str, phrase: str, position: int = 0) -> tuple[int, int] | None:
    """(start, end) of phrase in text from position on, any run of whitespace matching any other:
    annotators write "Swedish massage" where a hard-wrapped page breaks the line between the words."""
    found = re.compile(r"\s+".join(map(re.escape, phrase.split()))).search(text, position)
    return found.span() if found else None


_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]{1,20}\]")  # Markdown's "[^1]", a superscript where the page is rendered
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", re.MULTILINE)  # a list item's marker, which a page's rendered text does not show: the HTML reader's "- ", Markdown's "* " and "1. "


def answer_matches(answer: str, gold: dict) -> bool:
    """The answer opens and ends with the gold's 40 characters, line breaks of a wrapped page aside,
    and with or without list markers and footnote marks on either side (annotators copy the text
    as a browser renders it, or as the file has it)."""
    def words(text: str, bare: bool) -> str:
        return " ".join((_FOOTNOTE_MARK.sub("", _LIST_MARKER.sub("", text)) if bare else text).split())
    return any(
        words(answer, bare).startswith(words(gold["answer_start_text"], bare)) and words(answer, bare).endswith(words(gold["answer_end_text"], bare))
        for bare in (False, True)
    )


def gold_pages(folder: Path = PAGES) -> list[GoldPage]:
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        source = next((p for p in folder.iterdir() if p.stem == stem and p.suffix.lower() in READERS), None)
        if source is not None:  # a page in a format no reader reads yet is left out
            pages.append(GoldPage(stem, source, json.loads(gold_path.read_text("utf-8"))))
    return pages


def published_claims(page: GoldPage, records: dict[str, list[dict]], sentence: str) -> tuple[int, int, list[dict]]:
    """Where a gold claim sentence is in the page's text (-1 when the reader changed it), and the
    claim rows that publish it: the row that holds it (a list item read with its lead-in), or,
    where the rows split a sentence the gold keeps whole, each of them."""
    at, end = locate(page.text, sentence) or (-1, -1)
    if at == -1:
        return at, end, []
    holding = [r for r in records["claims"] if r["start"] <= at and end <= r["end"] + 1][:1]
    return at, end, holding or [r for r in records["claims"] if at <= r["start"] and r["end"] <= end + 1]


def f1(predicted: set, gold: set) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if hits else 0.0)


def asked(question: str) -> str:
    """A question as compared with the gold: its words, the line breaks of a wrapped one aside
    (annotators write "... for coverage purposes?" for a question hard-wrapped after "coverage")."""
    return " ".join(question.split())


def pair_recovery(pages: list[GoldPage]) -> tuple[int, int, int]:
    """(gold pairs found, of which with their exact answer, gold pairs) over the pages."""
    found = exact = total = 0
    for page in pages:
        rows = {asked(r["question"]): r for r in page.records["qa_pairs"]}
        for gold in page.gold["pairs"]:
            total += 1
            row = rows.get(asked(gold["question"]))
            found += row is not None
            exact += bool(row) and answer_matches(row["answer"], gold)
    return found, exact, total


def pair_accuracies(pages: list[GoldPage]) -> tuple[float, float]:
    """Question type and yes/no answer accuracy over the gold pairs of the pages that are found."""
    types = polarities = total = 0
    for page in pages:
        rows = {asked(r["question"]): r for r in page.records["qa_pairs"]}
        for gold in page.gold["pairs"]:
            row = rows.get(asked(gold["question"]))
            if row is not None:
                total += 1
                types += row["question_type"] == gold["question_type"]
                polarities += row["answer_polarity"] == gold["answer_polarity"]
    return types / total, polarities / total


def mention_scores(pages: list[GoldPage]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the mentions inside the pages' pairs."""
    predicted, gold = set(), set()
    for page in pages:
        spans = [(r[f"{part}_start"], r[f"{part}_end"]) for r in page.records["qa_pairs"] for part in ("question", "answer")]
        predicted |= {(page.name, m["start"], m["end"], m["label"]) for m in page.records["entities"] if any(a <= m["start"] and m["end"] <= b for a, b in spans)}
        gold |= {(page.name, *span) for span in page.mention_spans()}
    return f1(predicted, gold)
