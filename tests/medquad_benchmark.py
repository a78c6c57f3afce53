"""MedQuAD as an external benchmark for `make evaluate`, over the whole archive, read as a stream.

(a) Question types: our classifier against MedQuAD's qtype, through the mapping in
    pipeline/data/medquad_question_types.csv (only the qtypes that map unambiguously; the others
    are reported as a confusion table). Each question is classified alone, as a page would give it.
(b) The layout finder on MedQuAD's answered documents rendered as Markdown and as simple HTML
    pages, against the pairs the XML gives: pairs found (the k-th occurrence of each question),
    answers exact (same text, white space and list bullets aside) and precision. HTML is measured
    once a reader for ".html" is registered in pipeline.sources.READERS.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from pipeline.extract.answers import question_type
from pipeline.extract.claims import document_entities
from pipeline.extract.nlp import default_nlp
from pipeline.extract.pairs import document_pairs
from pipeline.rules import read_rows
from pipeline.sources import READERS, UnusableSource, read_bytes
from pipeline.sources.medquad import MedQuADDocument, archive_documents, parse, render

EXAMPLES = 3
_BULLET = re.compile(r"^\s*(?:[-•*▪·]|\d+[.)])\s+", re.MULTILINE)


def mapping() -> dict[str, str | None]:
    return {row["qtype"]: row["question_type"] or None for row in read_rows("medquad_question_types.csv")}


@dataclass
class TypeAgreement:
    confusion: Counter = field(default_factory=Counter)  # (qtype, our type) -> questions
    examples: dict = field(default_factory=lambda: defaultdict(list))  # (qtype, our type) -> questions

    def mapped(self) -> tuple[int, int]:
        """(questions whose qtype maps to one of our types, of which our classifier agrees)."""
        types = mapping()
        total = sum(n for (qtype, _), n in self.confusion.items() if types.get(qtype))
        agree = sum(n for (qtype, ours), n in self.confusion.items() if types.get(qtype) == ours)
        return total, agree


def question_types(archive: Path) -> TypeAgreement:
    result = TypeAgreement()

    def questions():
        for member, data in archive_documents(archive):
            for pair in parse(data, member).pairs:
                yield pair.question, pair.qtype

    for parsed, qtype in default_nlp().pipe(questions(), as_tuples=True):
        question = parsed.text
        ours = question_type(question, document_entities(parsed))
        result.confusion[(qtype, ours)] += 1
        if len(result.examples[(qtype, ours)]) < EXAMPLES:
            result.examples[(qtype, ours)].append(question)
    return result


def markdown_page(document: MedQuADDocument) -> bytes:
    return render(document, "# ", "## ").text.encode("utf-8")


def html_page(document: MedQuADDocument) -> bytes:
    """A simple page: the focus as <h1>, each question as <h2>, paragraphs and bulleted lists."""
    body = [f"<h1>{escape(document.focus)}</h1>"]
    for pair in document.pairs:
        body.append(f"<h2>{escape(pair.question)}</h2>")
        items: list[str] = []
        for paragraph in (*pair.paragraphs, ""):
            if paragraph.startswith("- "):
                items.append(f"<li>{escape(paragraph[2:])}</li>")
                continue
            if items:
                body.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if paragraph:
                body.append(f"<p>{escape(paragraph)}</p>")
    head = f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(document.focus)}</title></head>\n<body>\n'
    return (head + "\n".join(body) + "\n</body></html>\n").encode("utf-8")


PAGES = {"markdown": (".md", markdown_page), "html": (".html", html_page)}


def _normal(text: str) -> str:
    return " ".join(_BULLET.sub("", text).split())


@dataclass
class FinderScore:
    documents: int = 0
    expected: int = 0
    found: int = 0
    exact: int = 0
    predicted: int = 0  # pairs the finder returned
    correct: int = 0  # of those, pairs whose question is one of the document's
    no_pair: int = 0  # documents where the finder returned nothing
    misses: Counter = field(default_factory=Counter)  # failure class -> questions
    examples: dict = field(default_factory=lambda: defaultdict(list))  # failure class -> (member, question)

    def note(self, kind: str, member: str, question: str) -> None:
        self.misses[kind] += 1
        if len(self.examples[kind]) < EXAMPLES:
            self.examples[kind].append((member, question))


def _question_key(text: str) -> str:
    """A question compared as the finder sees it: no bullet, case or space before "?"."""
    return _normal(text).lower().replace(" ?", "?")


def _miss_class(question: str, following: str | None, questions: Counter, answer_lines: set[str]) -> str:
    if questions[_normal(question)] > 1:
        return "missed: question repeated in the document with another answer"
    if following is not None and questions[_normal(following)] > 1:
        return "missed: the next question is a repeated one (read as a title over a table of contents)"
    if not question.rstrip().endswith("?"):
        return "missed: question without '?'"
    if _question_key(question) in answer_lines:
        return "missed: an answer repeats the question on a line of its own"
    return "missed: other"


def _answer_class(expected: list[str], found: str, repeated: bool) -> str:
    normal, found = _normal("\n".join(expected)), _normal(found)
    if repeated:
        return "answer of a question repeated in the document: another occurrence's"
    if len(expected) > 1 and found == _normal("\n".join(expected[:-1])):
        return "answer without its last line (a short closing line read as a heading)"
    if normal.startswith(found):
        inner = any(_normal(line).endswith("?") for line in expected)
        return "answer cut at a line of the answer ending in '?'" if inner else "answer cut short"
    if found.startswith(normal):
        return "answer runs on into a question not found"
    return "answer differs"


def layout_finder(archive: Path, page: str) -> FinderScore | None:
    """The finder on every answered document rendered as a page; None when no reader reads it yet."""
    suffix, make_page = PAGES[page]
    if suffix not in READERS:
        return None
    score = FinderScore()
    for member, data in archive_documents(archive):
        document = parse(data, member)
        expected = [(pair.question, pair.paragraphs) for pair in document.pairs]
        if not any(paragraphs for _, paragraphs in expected):
            continue
        answer_lines = {_question_key(line) for _, paragraphs in expected for line in paragraphs}
        score.documents += 1
        try:
            found = [(p.question, p.answer) for p in document_pairs(read_bytes(make_page(document), f"page{suffix}", member))]
        except UnusableSource:  # a page too short for the HTML reader to take as content
            found = []
        if not found:
            score.no_pair += 1
            without_mark = all(not q.rstrip().endswith("?") for q, _ in expected)
            score.note("document without any pair found" + (": its questions lack '?'" if without_mark else ""), member, document.focus)
        wanted = Counter(_normal(q) for q, _ in expected)
        by_question: dict[str, list[str]] = defaultdict(list)
        for question, answer in found:
            by_question[_normal(question)].append(answer)
        score.predicted += len(found)
        score.correct += sum(min(len(answers), wanted[q]) for q, answers in by_question.items() if q in wanted)
        seen: Counter = Counter()
        for index, (question, paragraphs) in enumerate(expected):
            key = _normal(question)
            seen[key] += 1
            score.expected += 1
            answers = by_question.get(key, [])
            if len(answers) < seen[key]:
                following = expected[index + 1][0] if index + 1 < len(expected) else None
                score.note(_miss_class(question, following, wanted, answer_lines), member, question)
                continue
            score.found += 1
            if _normal(answers[seen[key] - 1]) == _normal("\n".join(paragraphs)):
                score.exact += 1
            else:
                score.note(_answer_class(list(paragraphs), answers[seen[key] - 1], wanted[key] > 1), member, question)
        for question, _ in found:
            if _normal(question) not in wanted:
                score.note("extra pair: " + ("a line of an answer" if _question_key(question) in answer_lines else "other"), member, question)
    return score
