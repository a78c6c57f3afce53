"""MedQuAD XML documents (https://github.com/abachaa/MedQuAD): a structured question/answer source.

A document is rendered to text deterministically, so that offsets survive a rebuild: the focus as
a title line, then each question on a line of its own followed by its answer's paragraphs, every
block separated by one blank line. Consecutive list items ("- ") of an answer stay on consecutive lines. The pairs come from the
XML, not from the layout finder.

MedQuAD's answers keep the whitespace of the pages they were scraped from: MedlinePlus and
Cancer.gov flattened paragraphs and list items into runs of spaces, NIDDK and CDC kept line breaks.
A paragraph therefore ends at a line break, at a run of three or more spaces, or at two spaces
before a "- " list item; inside a paragraph white space is collapsed to one space.
"""

from __future__ import annotations

import re
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.sources.document import Reading, SourceError, StructuredPair

FORMAT = "medquad"
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*|\s{3,}|\s{2}(?=- )")
_SPACES = re.compile(r"\s+")
_LIST_ITEM = "- "
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class _Layout:
    """Element and attribute names of one of the root variants MedQuAD's files use."""
    focus: str
    pairs: str
    question: str
    answer: str
    source: str


_STANDARD = _Layout("Focus", "QAPairs/QAPair", "Question", "Answer", "source")
LAYOUTS = {  # 11,269 files use <Document>; 4 NINDS files <doc>; 1 CDC file <DiseaseFile>
    "Document": _STANDARD,
    "DiseaseFile": _STANDARD,
    "doc": _Layout("doctitle-focus", "qaPairs/pair", "question", "answer", "corpus"),
}


@dataclass(frozen=True)
class MedQuADPair:
    question: str
    qtype: str
    paragraphs: tuple[str, ...]  # empty where MedQuAD removed or never had the answer


@dataclass(frozen=True)
class MedQuADDocument:
    focus: str
    source: str  # the NIH site's collection: GARD, NINDS, MPlusHealthTopics, ...
    url: str
    synonyms: tuple[str, ...]
    pairs: tuple[MedQuADPair, ...]


@dataclass(frozen=True)
class Rendered:
    """A document as text, with the (question, answer) spans of its pairs in that text."""
    text: str
    spans: tuple[tuple[tuple[int, int], tuple[int, int]], ...]


def _clean(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip()


def paragraphs(answer: str | None) -> tuple[str, ...]:
    """An answer's paragraphs, white space collapsed (see the module docstring)."""
    return tuple(part for part in (_clean(p) for p in _PARAGRAPH_BREAK.split(answer or "")) if part)


def _root(data: bytes) -> tuple[ET.Element | None, str | None]:
    """The parsed root element, or why the bytes are not a MedQuAD document."""
    if _DTD.search(data):
        return None, "an XML file with a DTD or entity declarations, which MedQuAD documents never have"
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        return None, f"not well-formed XML (line {line}, column {column + 1})"
    layout = LAYOUTS.get(root.tag)
    if layout is None or root.find(layout.pairs.split("/")[0]) is None:
        return None, f"an XML file that is not a MedQuAD document (root <{root.tag}>, expected <Document> with <QAPairs>)"
    return root, None


def problem(data: bytes) -> str | None:
    """Why these bytes cannot be read as a MedQuAD document, or None when they can."""
    return _root(data)[1]


def parse(data: bytes, name: str) -> MedQuADDocument:
    root, why = _root(data)
    if root is None:
        raise SourceError(f"{name}: {why}")
    layout = LAYOUTS[root.tag]
    pairs = tuple(
        MedQuADPair(_clean(pair.findtext(layout.question)), (pair.find(layout.question).get("qtype") or "").strip(),
                    paragraphs(pair.findtext(layout.answer)))
        for pair in root.iterfind(layout.pairs)
        if pair.find(layout.question) is not None and _clean(pair.findtext(layout.question))
    )
    return MedQuADDocument(
        focus=_clean(root.findtext(layout.focus)), source=(root.get(layout.source) or "").strip(),
        url=(root.get("url") or "").strip(),
        synonyms=tuple(_clean(s.text) for s in root.iterfind("FocusAnnotations/Synonyms/Synonym") if _clean(s.text)),
        pairs=pairs,
    )


def render(document: MedQuADDocument, title_prefix: str = "", question_prefix: str = "") -> Rendered:
    """The document as text; the prefixes make it Markdown ("# ", "## ") for the benchmark."""
    parts: list[str] = []
    spans = []
    length = 0

    def add(block: str, separator: str = "\n\n") -> tuple[int, int]:
        nonlocal length
        if parts:
            parts.append(separator)
            length += len(separator)
        parts.append(block)
        length += len(block)
        return length - len(block), length

    if document.focus:
        add(title_prefix + document.focus)
    for pair in document.pairs:
        start, end = add(question_prefix + pair.question)
        answer = []
        for before, paragraph in zip(("",) + pair.paragraphs, pair.paragraphs):
            continues_list = before.startswith(_LIST_ITEM) and paragraph.startswith(_LIST_ITEM)
            answer.append(add(paragraph, "\n" if continues_list else "\n\n"))
        spans.append(((start + len(question_prefix), end), (answer[0][0], answer[-1][1]) if answer else (end, end)))
    return Rendered("".join(parts) + "\n" if parts else "", tuple(spans))


def read_medquad(data: bytes, name: str) -> Reading:
    """A MedQuAD document: rendered text, its pairs with MedQuAD's qtype, its focus and URL."""
    document = parse(data, name)
    rendered = render(document)
    pairs = tuple(
        StructuredPair(*question, *answer, FORMAT, pair.qtype or None)
        for pair, (question, answer) in zip(document.pairs, rendered.spans)
    )
    metadata = {key: value for key, value in (("title", document.focus), ("source_url", document.url)) if value}
    return Reading(rendered.text, FORMAT, metadata, structured_pairs=pairs, layout=False)


def archive_documents(archive: Path) -> Iterator[tuple[str, bytes]]:
    """(member path, bytes) of every XML document in a MedQuAD tar archive, read as a stream."""
    if not archive.is_file():
        raise SourceError(f"{archive}: no such archive")
    try:
        with tarfile.open(archive, "r|*") as members:
            for member in members:
                if member.isfile() and member.name.endswith(".xml"):
                    handle = members.extractfile(member)
                    if handle is not None:
                        yield member.name, handle.read()
    except (OSError, tarfile.TarError) as error:
        raise SourceError(f"{archive}: not a readable tar archive ({error})") from None
