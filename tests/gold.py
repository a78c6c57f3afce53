"""Gold annotations of the fixture pages (tests/fixtures/pages) and scoring against them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.sources import Document, decode_text, read_bytes

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
HELDOUT = FIXTURES / "heldout"  # written blind to the code, in layouts the rules were not built on
HELDOUT_MESSY = FIXTURES / "heldout2"  # the same, as pages look once saved or converted to text
HELDOUT_MORE = FIXTURES / "heldout3"  # sections, handouts, scope-of-practice explainers, a "Dear Doctor" column
HELDOUT_SCRAPED = FIXTURES / "heldout4"  # flattened accordions, community Q&A, headings without "?"
HELDOUT_SEO = FIXTURES / "heldout5"  # answer blogs like the seed, magazine and hospital pages, broker blog
HTML_PAGES = FIXTURES / "html_pages"  # saved web pages in many site styles, with FAQ markup and widgets
SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class GoldPage:
    name: str
    text: str
    gold: dict
    document: Document  # as the build reads it: a web page brings its marks and FAQPage pairs

    def mention_spans(self) -> set[tuple[int, int, str]]:
        """Gold mentions located in order: each is searched for after the previous one."""
        spans, position = set(), 0
        for mention in self.gold["mentions"]:
            start = self.text.index(mention["text"], position)
            spans.add((start, start + len(mention["text"]), mention["label"]))
            position = start + 1
        return spans


def gold_pages(folder: Path = PAGES) -> list[GoldPage]:
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        source = next(p for p in folder.iterdir() if p.stem == stem and p.suffix in SOURCE_SUFFIXES)
        if source.suffix in (".txt", ".md"):
            text = decode_text(source.read_bytes(), str(source))
            document = Document("doc-0000000000000000", source.name, text, "0" * 64)
        else:
            document = read_bytes(source.read_bytes(), source.name, str(source))
        pages.append(GoldPage(stem, document.text, json.loads(gold_path.read_text("utf-8")), document))
    return pages


def f1(predicted: set, gold: set) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if hits else 0.0)
