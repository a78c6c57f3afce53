"""Finding where the page's text shows each question and answer its FAQPage markup declares.

Markup and page differ in white space, punctuation, quotes and case, so both are compared as
sequences of lower-cased words. A question found in the text becomes a StructuredPair with exact
offsets; one the text lacks becomes a warning, never an invented pair (its answer, when the page
shows it under a question worded otherwise, marks that entry as found by the markup too).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pipeline.sources.document import StructuredPair
from pipeline.sources.schemaorg import Declared

EDGE_WORDS = 8  # an answer the text shows only in part is found by its first and last words
SUMMARY_WORDS = 8  # words the page shows beyond the markup's answer, between its edges, that make the markup a summary of it
_WORD = re.compile(r"[^\W_]+")
_OPENING = "\"'“‘(¿¡"
_CLOSING = "?!.…\"'”’)"


class TextIndex:
    """The text's words, lower-cased and joined by single spaces, with a map back to offsets."""

    def __init__(self, text: str):
        self.text = text
        words = list(_WORD.finditer(text))
        self.starts = [w.start() for w in words]
        self.ends = [w.end() for w in words]
        lowered = [w.group().lower() for w in words]
        self.key = " " + " ".join(lowered) + " "
        self.key_starts, position = [], 1
        for word in lowered:
            self.key_starts.append(position)
            position += len(word) + 1

    def find(self, phrase: str, first: int = 0, last: int | None = None) -> list[tuple[int, int]]:
        """Word ranges [i, j) where phrase occurs within words [first, last)."""
        words = [w.lower() for w in _WORD.findall(phrase)]
        last = len(self.starts) if last is None else last
        if not words or first >= last:
            return []
        needle = " " + " ".join(words) + " "
        found, position = [], self.key_starts[first] - 1
        while (position := self.key.find(needle, position)) != -1:
            i = bisect_left(self.key_starts, position + 1)
            if i + len(words) > last:
                break
            found.append((i, i + len(words)))
            position += 1
        return found

    def words_in(self, start: int, end: int) -> tuple[int, int]:
        """The range of words inside the character span [start, end)."""
        return bisect_left(self.starts, start), bisect_right(self.ends, end)

    def span(self, words: tuple[int, int]) -> tuple[int, int]:
        """Character offsets of a word range, widened to the quotes and punctuation around it."""
        start, end = self.starts[words[0]], self.ends[words[1] - 1]
        while start > 0 and self.text[start - 1] in _OPENING:
            start -= 1
        while end < len(self.text) and self.text[end] in _CLOSING:
            end += 1
        return start, end


def _edges(index: TextIndex, answer: str, first: int, last: int) -> tuple[int, int] | None:
    """An answer shown in part, by its first and last words within [first, last), its first words once."""
    words = _WORD.findall(answer)
    if len(words) < 2 * EDGE_WORDS:
        return None
    head = index.find(" ".join(words[:EDGE_WORDS]), first, last)
    if len(head) != 1:
        return None  # not shown, or shown twice: no telling which
    tail = index.find(" ".join(words[-EDGE_WORDS:]), head[0][0], last)
    return (head[0][0], tail[0][1]) if tail else None


@dataclass
class _Found:
    declared: Declared
    question: tuple[int, int]
    answer: tuple[int, int] | None = None


def _regions(index: TextIndex, declared: Declared, spans: dict) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Word ranges of the elements microdata puts question and answer in; (0, all) for JSON-LD."""
    everything = (0, len(index.starts))
    if declared.question_element is None:
        return everything, everything
    question = spans.get(declared.question_element)
    answer = spans.get(declared.answer_element)
    return (index.words_in(*question) if question else None), (index.words_in(*answer) if answer else everything)


def locate(text: str, declared: list[Declared], element_spans: dict) -> tuple[tuple[StructuredPair, ...], list[str]]:
    """StructuredPairs for the declared questions the text shows, and a warning for each it lacks.

    Of several places a question appears (a table of contents, then the entry; a page's mobile
    and desktop copies), the last one followed by its answer is taken, else the last, as the
    layout finder keeps the last of repeated questions. `element_spans` gives the text span of each
    microdata element the reader rendered.
    """
    index = TextIndex(text)
    found: list[_Found] = []
    answered: list[StructuredPair] = []  # answers the page shows under questions worded otherwise
    warnings = []
    for item in declared:
        question_region, answer_region = _regions(index, item, element_spans)
        places = index.find(item.question, *question_region) if question_region else []
        if not places:
            shown = _answer_alone(index, item, answer_region)
            if shown:
                start, end = index.span(shown)
                answered.append(StructuredPair(start, start, start, end, item.found_by, asked_otherwise=item.question))
                warnings.append(f"FAQPage question ({item.found_by}) not in the page text, but its answer is: {item.question!r}")
            else:
                warnings.append(f"FAQPage question ({item.found_by}) not in the page text: {item.question!r}")
            continue
        answers = index.find(item.answer, *answer_region) if item.answer else []
        chosen = next(
            ((before[-1], answer) for answer in reversed(answers) if (before := [q for q in places if q[1] <= answer[0]])), None,
        )
        found.append(_Found(item, *chosen) if chosen else _Found(item, places[-1]))
    found.sort(key=lambda f: f.question)
    starts = [f.question[0] for f in found]
    pairs = []
    for item in found:
        following = bisect_left(starts, item.question[1])  # JSON-LD and microdata may give one question twice
        limit = starts[following] if following < len(starts) else len(index.starts)
        answer = item.answer if item.answer and item.answer[1] <= limit else None
        by_edges = answer is None and bool(item.declared.answer)
        if by_edges:
            answer = _edges(index, item.declared.answer, item.question[1], limit)
        question_start, question_end = index.span(item.question)
        if answer is None:
            if item.declared.answer:
                warnings.append(f"FAQPage answer ({item.declared.found_by}) not in the page text, for {item.declared.question!r}")
            answer_start = answer_end = question_end
        else:
            answer_start, answer_end = index.span(answer)
        summary = by_edges and answer is not None and answer[1] - answer[0] > len(_WORD.findall(item.declared.answer)) + SUMMARY_WORDS  # not a near copy
        pairs.append(StructuredPair(question_start, question_end, answer_start, answer_end, item.declared.found_by, excerpt=summary))
    return tuple(pairs + answered), warnings


def _answer_alone(index: TextIndex, declared: Declared, region: tuple[int, int]) -> tuple[int, int] | None:
    """The words of a declared answer the page shows once, whole, by its edges or by its opening
    words, when the page asks its question in other words ("Does it hurt?" for "Does dry needling
    hurt?"): markup an SEO plugin wrote apart from the visible entry, its answer often a summary of
    the page's. Shown twice, or not at all, it names no entry."""
    words = _WORD.findall(declared.answer or "")
    if len(words) < EDGE_WORDS:
        return None
    places = index.find(declared.answer, *region)
    if not places:
        edges = _edges(index, declared.answer, *region)
        places = [edges] if edges else index.find(" ".join(words[:EDGE_WORDS]), *region)
    return places[0] if len(places) == 1 else None
