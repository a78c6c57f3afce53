"""Transcripts: interviews, podcasts and chats, where each turn opens with its speaker's label.

A page is a transcript when at least two speakers open MIN_TURNS lines or more each with the same
label ("Interviewer:", "[18:03] Priya S.:", "**Host:**"). The asker is the speaker whose turns end
with a question most often, and clearly more often than anyone else's: a podcast's host, a chat's
customer, whose questions another speaker answers in the next turn. Their questions are the
page's questions; the other speakers' turns that follow are the answer, which ends where the asker speaks again or an answerer asks something back ("Is there
anything else I can help with?"). A line wholly in brackets is a stage direction ("[Caller on
hold]"), in no answer. A label used once ("Customer: Priya S.") is a header, not a
speaker; "Q:" and "A:" are the question finder's own labels, not speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipeline.extract.furniture import Page
from pipeline.rules import read_rows

MIN_TURNS = 2  # lines a label must open for its speaker to count
MIN_ASKED = 2  # question turns of the asker
MAX_SPEAKER_CHARS = 40
_TIMESTAMP = r"(?:[\[(]?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*(?:[-–—|][ \t]*)?)?"
_SPEAKER_LABEL = re.compile(
    rf"[ \t]*{_TIMESTAMP}(?:\*\*|__)?"
    r"(?:(?P<speaker>[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z(][\w.'’()&-]*|\d{1,2})){0,3})[ \t]*(?:\*\*|__)?:(?:\*\*|__)?"
    r"|\[(?P<bracketed>[A-Z][A-Z.'’&-]*(?:[ \t]+[A-Z][A-Z.'’&-]*){0,3})\])"  # "[HOST] ...", "[DR. PATEL] ..."
    r"[ \t]+(?=\S)"
)
_DIRECTION = re.compile(r"[ \t]*(?:\[[^\[\]\n]*\]|\([^()\n]*\))[ \t]*")
ASKED = re.compile(r"\?+[\"”’')\]]*(?=\s|$)")  # the end of a question asked
_FINDER_LABEL = re.compile(r"(?i:q|question|faq|a|ans|answer)[ \t]*\d{0,3}")


@dataclass(frozen=True)
class Turn:
    speaker: str
    text_start: int  # where the turn's words begin, after its label
    asks: bool  # the turn asks a question (a chat message may go on after it: "Does my plan cover it? That's my card")
    last_line: int  # the turn's first paragraph, hard-wrapped over lines, ends on this line


@dataclass(frozen=True)
class Transcript:
    turns: dict[int, Turn]  # line index -> the turn that line opens
    asker: str
    directions: frozenset[int]  # lines wholly in brackets

    def question_lines(self) -> list[int]:
        return [i for i, turn in self.turns.items() if turn.speaker == self.asker and turn.asks]

    def ends_answer(self, index: int) -> bool:
        """The asker speaking again, or another speaker asking back."""
        turn = self.turns.get(index)
        return turn is not None and (turn.speaker == self.asker or turn.asks)


@cache
def _not_speakers() -> frozenset[str]:
    """Labels that set off an answer word, a note or a tip, not a speaker (not_speakers.csv)."""
    return frozenset(row["label"] for row in read_rows("not_speakers.csv"))


def _label(text: str, start: int, end: int) -> tuple[str, int] | None:
    found = _SPEAKER_LABEL.match(text, start, end)
    speaker = (found.group("speaker") or found.group("bracketed")) if found else ""
    if not speaker or len(speaker) > MAX_SPEAKER_CHARS or _FINDER_LABEL.fullmatch(speaker) or speaker.lower() in _not_speakers():
        return None
    return speaker, found.end()


def answer_labels(page: Page, first_lines: list[int]) -> dict[int, int]:
    """The answers' first lines that open with a speaker's label used for MIN_TURNS answers or more
    (an interview whose questions are "Q:" and whose answers are "**Kara Lindqvist:** ..."), each
    with where its words begin."""
    labelled = {i: label for i in first_lines if (label := _label(page.text, page.lines[i].start, page.lines[i].end))}
    counts = Counter(speaker for speaker, _ in labelled.values())
    return {i: start for i, (speaker, start) in labelled.items() if counts[speaker] >= MIN_TURNS}


def find_transcript(page: Page) -> Transcript | None:
    text = page.text
    labelled = {}
    for index, line in enumerate(page.lines):
        if not page.blank[index] and not page.actions[index] and (label := _label(text, line.start, line.end)):
            labelled[index] = label
    counts = Counter(speaker for speaker, _ in labelled.values())
    speakers = {speaker for speaker, count in counts.items() if count >= MIN_TURNS}
    if len(speakers) < 2:
        return None
    turns = {}
    for index, (speaker, start) in labelled.items():
        if speaker in speakers:
            last = index  # a text file may wrap a turn: its lines run to a blank line or the next label
            while last + 1 < len(page.lines) and not page.blank[last + 1] and not page.actions[last + 1] and last + 1 not in labelled:
                last += 1
            turns[index] = Turn(speaker, start, bool(ASKED.search(text, start, page.lines[last].end)), last)
    asked = Counter(turn.speaker for turn in turns.values() if turn.asks).most_common(2)
    if not asked or asked[0][1] < MIN_ASKED or (len(asked) > 1 and asked[1][1] * 2 > asked[0][1]):
        return None
    order = [turns[i] for i in sorted(turns)]
    answered = sum(turn.speaker == asked[0][0] and turn.asks and reply.speaker != turn.speaker and not reply.asks for turn, reply in zip(order, order[1:]))
    if answered < MIN_ASKED:
        return None  # labels of topics ("Insurance: ...?", "Scheduling: ...?"), not turns that ask and answer
    directions = frozenset(i for i, line in enumerate(page.lines) if _DIRECTION.fullmatch(text, line.start, line.end))
    return Transcript(turns, asked[0][0], directions)
