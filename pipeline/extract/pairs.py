"""One list of question/answer pairs per document, from the layout finder and the source's markup.

A pair found both ways is one pair: the layout gives its question span, the markup its answer span
when that lies between the question and the next one (and is not empty: markup whose answer the
text does not show, or shows only part of a paragraph of, or only the first paragraphs of an
answer that the page's FAQ entry holds whole or that it summarises, leaves the layout's). `found_by` names every way it was
found, the markup's too where it asks the question in other words but gives the entry's answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.delimited import delimited_pairs, table_pairs
from pipeline.extract.furniture import Page
from pipeline.extract.questions import ANSWER_LABEL, QAPair, find_pairs
from pipeline.rules import function_words
from pipeline.sources.document import Document, StructuredPair

FINDERS = ("layout", "jsonld", "microdata", "medquad")  # the order found_by names them in


def joined(finders: set[str]) -> str:
    return "+".join(name for name in FINDERS if name in finders)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shares_a_word(a: str, b: str) -> bool:
    """Two wordings of one question share a content word ("Does it hurt?", "Does dry needling
    hurt?"); an answer that opens alike under another question ("How do I book?", "Do you sell
    gift cards?") is not that entry's."""
    words = lambda text: {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2} - function_words()
    return bool(words(a) & words(b))


def _past_label(text: str, start: int, end: int) -> int:
    """Where a marked answer's words begin: after the "A:" the page prints inside the answer's markup."""
    line_end = text.find("\n", start, end)
    label = ANSWER_LABEL.match(text, start, end if line_end == -1 else line_end)
    words = end - len(text[label.end():end].lstrip()) if label else start
    return words if words < end else start


def _from_structure(text: str, pairs: tuple[StructuredPair, ...]) -> list[QAPair]:
    """Structured pairs as QAPairs, one per question span (JSON-LD and microdata may both give it)."""
    by_question: dict[tuple[int, int], list[StructuredPair]] = {}
    for pair in pairs:
        by_question.setdefault((pair.question_start, pair.question_end), []).append(pair)
    merged = []
    for (start, end), group in sorted(by_question.items()):
        first = group[0]
        answer_start = _past_label(text, first.answer_start, first.answer_end)
        merged.append(QAPair(
            text[start:end], start, end, text[answer_start:first.answer_end], answer_start, first.answer_end,
            joined({p.found_by for p in group}), first.source_question_type,
        ))
    return merged


def _bounded(text: str, pairs: list[QAPair]) -> list[QAPair]:
    """Each answer ends before the next question begins (at the end of a line, white space trimmed)."""
    bounded = []
    for pair, following in zip(pairs, [*pairs[1:], None]):
        if following is not None and pair.answer_end > following.question_start:
            end = text.rfind("\n", pair.answer_start, following.question_start)
            end = end if end != -1 else pair.answer_start
            while end > pair.answer_start and text[end - 1].isspace():
                end -= 1
            start = pair.answer_start if end > pair.answer_start else pair.question_end
            pair = replace(pair, answer=text[start:max(end, start)], answer_start=start, answer_end=max(end, start))
        bounded.append(pair)
    return bounded


def _whole_lines(text: str, pair: QAPair) -> bool:
    """The markup's answer is the page's (begins and ends with lines), not an excerpt of it: markup
    may hold a summary of the answer whose first and last words the page shows mid-paragraph."""
    before, after = text[:pair.answer_start].rstrip(" \t"), text[pair.answer_end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _to_line_end(text: str, pair: QAPair) -> QAPair:
    """A markup answer the page shows only the start of (an excerpt) runs to the end of its paragraph."""
    if pair.answer_end <= pair.answer_start or _whole_lines(text, pair):
        return pair
    end = text.find("\n", pair.answer_end)
    end = len(text.rstrip()) if end == -1 else end
    return replace(pair, answer=text[pair.answer_start:end], answer_end=end)


def merge_pairs(text: str, layout: list[QAPair], structured: tuple[StructuredPair, ...], entries: tuple[tuple[int, int], ...] = ()) -> list[QAPair]:
    """Layout pairs and structured pairs as one list in document order, each question once.
    `entries` are the spans of a FAQ widget's entries (question and answer) the page's markup shows."""
    marked = _from_structure(text, tuple(p for p in structured if not p.asked_otherwise))
    excerpts = {(p.answer_start, p.answer_end) for p in structured if p.excerpt}
    merged, matched = [], set()
    for pair in layout:
        twin = next((m for m in marked if _overlaps((m.question_start, m.question_end), (pair.question_start, pair.question_end))), None)
        if twin is None:
            otherwise = {p.found_by for p in structured if p.asked_otherwise and pair.answer_start <= p.answer_start and p.answer_end <= pair.answer_end
                         and _shares_a_word(p.asked_otherwise, pair.question)}
            merged.append(replace(pair, found_by=joined({pair.found_by, *otherwise})) if otherwise else pair)  # its question asked in other words
            continue
        matched.add(id(twin))
        fuller = twin.answer_start == pair.answer_start and twin.answer_end < pair.answer_end and (any(
            start <= pair.question_start and pair.answer_end <= end for start, end in entries) or (twin.answer_start, twin.answer_end) in excerpts)  # the layout's answer is the whole entry's, or the markup's a summary of it
        marked_answer = twin.answer_start >= pair.question_end and twin.answer_end > twin.answer_start and _whole_lines(text, twin) and not fuller
        answer = (twin.answer_start, twin.answer_end) if marked_answer else (pair.answer_start, pair.answer_end)
        merged.append(replace(
            pair, answer=text[answer[0]:answer[1]], answer_start=answer[0], answer_end=answer[1],
            found_by=joined({"layout", *twin.found_by.split("+")}), source_question_type=twin.source_question_type,
        ))
    merged += [_to_line_end(text, m) for m in marked if id(m) not in matched]
    return _bounded(text, sorted(merged, key=lambda p: p.question_start))


def _with_table_rows(found: list[QAPair], rows: list[QAPair]) -> list[QAPair]:
    """The layout's pairs and the rows of a table of named questions and answers it did not read as
    pairs (a table of more columns than the two its rows ask and answer in)."""
    extra = [row for row in rows if not any(_overlaps((row.question_start, row.question_end), (p.question_start, p.question_end)) for p in found)]
    return sorted(found + extra, key=lambda p: p.question_start) if extra else found


def document_pairs(doc: Document, page: Page | None = None) -> list[QAPair]:
    """`page` is the document's Page when the caller shares it with the furniture map."""
    layout = (delimited_pairs(doc.text) or _with_table_rows(find_pairs(doc.text, page, marks=doc.marks), table_pairs(doc.text))) if doc.layout else []
    return merge_pairs(doc.text, layout, doc.structured_pairs, tuple((m.start, m.end) for m in doc.marks if m.kind == "item"))
