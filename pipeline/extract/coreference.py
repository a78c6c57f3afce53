"""Who "I", "we" and a named person are, where the page says so, for who does what.

A speaker may say what they are ("I'm an RMT", "As a physiatrist, I ...", "PT here."), and a page
may name a person with their profession ("Dr. Ana Ruiz is our chiropractor", "Priya Nandakumar,
NP", "our nurse practitioner, Carla,", "Dr. Lee (chiropractor)"). Their words then stand for that
kind of practitioner: "I use myofascial release", "Dr. Ruiz uses spinal adjustments". A speaker
is who speaks in an answer: the turn's speaker in a chat or transcript (found by its own name, its
handle "DrNkemA" or "sage.lmt", or what it says of itself in any turn), else the answer's own words
and the page's opening before its first question. Stand-ins serve relations.py only: the page
names no practitioner in "I" or "Dr. Ruiz", so the entities table does not list them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from pipeline.extract.claims import ENTITY
from pipeline.extract.relations import _generic
from pipeline.extract.transcripts import find_transcript
from pipeline.rules import function_words, read_rows

_NAME = re.compile(  # "Dr. Nkem A.", "Dr Farah Haddad", "Priya Nandakumar", "Sage R.", "Aileen"
    r"(?:\b(?:Dr\.?|Doctor)[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?!Dr\b)[A-Z][\w'’-]*)?"
    r"|\b[A-Z][a-z][\w'’-]*(?:[ \t]+(?!Dr\b)[A-Z][a-z][\w'’-]*)?)(?:[ \t]+[A-Z]\.(?!\w))?"
)
_QUALIFIERS = r"(?:(?:one[ \t]+of[ \t]+)?(?:our|my|your|the|a|an|their|his|her)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"  # "our lead", "a licensed", "one of our"
_IS = r"(?:is|was|(?:who|he|she)(?:[ \t]+is|['’]s))"
_NAMED_BEFORE = (  # what stands between a person's name and the practitioner it is: "Aileen, our acupuncturist", "Dr. Lee (", "Dr. Ruiz is our"
    re.compile(rf"(?P<name>{_NAME.pattern})[ \t]*\([ \t]*$"),
    re.compile(rf"(?P<name>{_NAME.pattern}),[ \t]+(?:{_IS}[ \t]+)?{_QUALIFIERS}$"),  # "Josh Brennan, who's a registered ...", "Dr. Sam Whitlock, he's our"
    re.compile(rf"(?P<name>{_NAME.pattern})[ \t]+{_IS}[ \t]+(?:also[ \t]+)?(?:one[ \t]+of[ \t]+)?(?:our|my|your|the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}$"),
)
_PREDICATE = re.compile(r"(?:\b(?:is|are|was|were)|['’]s)[ \t]+(?:(?:also|not)[ \t]+)?(?:our|my|your|the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
_CLOSED = re.compile(r"[ \t]*(?:[,;:.)]|$|\r?\n|[-–—][ \t]|(?:and|who|is|was|at|in|on|with)\b)")  # the practitioner's phrase ends: not "Yes, a chiropractor can ..."
_NAMED_AFTER = re.compile(rf"(?:,[ \t]*(?P<apposed>{_NAME.pattern})(?=[ \t]*,)|[ \t]+(?P<name>{_NAME.pattern}))")  # "our nurse practitioner, Carla,", "physical therapist Jane Doe"
_SAID_BEFORE = (  # a speaker saying what they are, up to the practitioner, and what must follow it
    (re.compile(r"\b(?:I['’]m|I[ \t]+am|I[ \t]+work[ \t]+as|I[ \t]+practi[cs]e[ \t]+as)[ \t]+(?:also[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]+|(?=,))){0,3}?(?:,[ \t]*)?"
                r"(?:an?|the|one[ \t]+of[ \t]+the|your)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"), re.compile(r"(?!\w)")),  # "I'm an RMT", "I'm Dr. Lee, a chiropractor"
    (re.compile(r"\b(?:[Aa]s|[Ss]peaking[ \t]+as)[ \t]+(?:an?|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"), re.compile(r",?[ \t]+(?:I|we)\b")),  # "As an LMT I use ..."
)
_HERE = re.compile(r"[ \t]+here\b")  # "PT here.", "Retired LMT here:" opening a message
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*>][ \t]+)?(?:[A-Z][a-z]+[ \t]+)?")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)(?=['’](?:m|ll|ve|d|re)\b|[ \t]+[a-z])")  # a speaker as the subject: "I use", "I'll work", "we don't"
NAME_WINDOW = 60  # characters before a practitioner where the person it names stands
SELF_WINDOW = 60


def _keys(name: str) -> set[str]:
    """The ways a page goes on to name a person: whole, "Dr. Ruiz", the first name, the surname."""
    words = [w.rstrip(".") for w in name.replace("Doctor", "Dr").split()]
    doctor = words[0] == "Dr"
    given = words[1:] if doctor else words
    if not given:
        return set()  # "Dr" alone names nobody
    keys = {" ".join(w.lower() for w in words), "".join(w.lower() for w in words)}
    if doctor:
        keys.add(f"dr {given[-1].lower()}")
    else:
        keys.update(w.lower() for w in given if len(w) > 1)
    return keys


@cache
def _places() -> frozenset[str]:
    return frozenset(row["place"].lower() for row in read_rows("place_codes.csv"))


def _roster(text: str, entities: list[ENTITY]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Name keys -> the practitioner each person the page names with a profession is (a key two
    professions share, or a word the page also writes in lower case, "Meet", names nobody); and
    where the page says so, which is no stand-in ("Dr. Kessling (chiropractor): adjustments")."""
    bound: dict[str, set[str]] = defaultdict(set)
    sites: list[tuple[int, int]] = []
    covered = [(start, end) for start, end, _, _ in entities]
    for start, end, label, concept in entities:
        if label != "PROVIDER" or _generic(concept):
            continue
        names = []
        window = text[max(0, start - NAME_WINDOW):start]
        window = window[next((i for i, c in enumerate(window) if not c.isalnum()), 0):] if start > NAME_WINDOW and text[start - NAME_WINDOW - 1].isalnum() else window  # from a word's start
        for pattern in _NAMED_BEFORE:
            found = pattern.search(window)
            if found and (pattern is _NAMED_BEFORE[0] or _CLOSED.match(text, end)):
                names.append((found.group("name"), start - len(window) + found.start("name")))
        after = None if _PREDICATE.search(window) else _NAMED_AFTER.match(text, end)  # not "he's our physiatrist, Mei Tanaka, ...": a list goes on
        if after and (after.group("apposed") or " " in after.group("name").strip() or after.group("name").startswith("Dr")):
            which = "apposed" if after.group("apposed") else "name"
            names.append((after.group(which), after.start(which)))
        for name, at in names:
            while (first := name.split(maxsplit=1))[0].lower() in function_words() and len(first) > 1:
                at, name = at + len(name) - len(first[1]), first[1]  # "In Virginia, physical therapists ...": not "In"
            if name.lower() in _places() or name.split()[0].lower() in function_words() or any(a < at + len(name) and at < b for a, b in covered):
                continue  # "Medicare, a ...", "Virginia, a ...": a name the vocabulary knows, or a place, is no person
            sites.append((at, at + len(name)))
            for key in _keys(name):
                bound[key].add(concept)
    lower = set(re.findall(r"\b[a-z][\w'-]*\b", text)) if bound else set()
    return {key: concepts.pop() for key, concepts in bound.items() if len(concepts) == 1 and key not in function_words() and key not in lower}, sites


def _said_of_self(text: str, start: int, end: int, entities: list[ENTITY]) -> str | None:
    """The practitioner a speaker says they are in text[start:end]."""
    for a, b, label, concept in entities:
        if start <= a and b <= end and label == "PROVIDER" and not _generic(concept):
            window = text[max(start, a - SELF_WINDOW):a]
            line_start = max(start, text.rfind("\n", start, a) + 1)
            if any(said.search(window) and follows.match(text, b) for said, follows in _SAID_BEFORE) or (
                _HERE.match(text, b) and _LINE_OPENING.fullmatch(text, line_start, a)
            ):
                return concept
    return None


def _person(roster: dict[str, str], name: str) -> str | None:
    keys = _keys(name)
    if name.startswith(("Dr", "Doctor")) and len(name.split()) > 1:
        keys.add(name.split()[-1].lower())  # "Dr. Marsh" after "Helena Marsh, DO"
    found = {roster[key] for key in keys if key in roster}
    return found.pop() if len(found) == 1 else None


def _speaker_key(speaker: str) -> set[str]:
    """A chat handle's ways to a name: "DrNkemA" as "Dr. Nkem A.", "sage.lmt" as Sage."""
    parts = [p for p in re.split(r"[\W_]+", speaker.lower()) if p]
    return {"".join(parts), " ".join(parts), *parts}


def stand_ins(page, entities: list[ENTITY], answers: list[tuple[int, int]], first_question: int | None) -> list[ENTITY]:
    """Practitioner mentions for "I", "we" and named people in the answers, where the page says who they are."""
    text = page.text
    roster, sites = _roster(text, entities)
    opening = _said_of_self(text, 0, first_question, entities) if first_question else None
    if not roster and not opening and not any(_said_of_self(text, a, b, entities) for a, b in answers):
        return []
    transcript = find_transcript(page)
    turns = sorted((turn.text_start, turn.speaker) for turn in transcript.turns.values()) if transcript else []
    segments = []  # (start, end, speaker) within answers, cut where a turn begins
    for a, b in answers:
        cuts = [(s, who) for s, who in turns if a < s < b]
        speaker = next((who for s, who in reversed(turns) if s <= a), None)
        for (s, who), (e, _) in zip([(a, speaker), *cuts], [*cuts, (b, None)]):
            segments.append((s, e, who))
    said = {(s, e): _said_of_self(text, s, e, entities) for s, e, _ in segments}
    by_speaker: dict[str, set[str]] = defaultdict(set)
    for s, e, who in segments:
        if who and said[s, e]:
            by_speaker[who].add(said[s, e])
    taken = sites + [(a, b) for a, b, _, _ in entities]  # where the page says who someone is, or names a concept
    found = []
    for s, e, who in segments:
        speaker = said[s, e]
        if speaker is None and who:
            known = by_speaker.get(who, set()) | {roster[key] for key in _speaker_key(who) if key in roster}
            speaker = known.pop() if len(known) == 1 else None
        if speaker is None and not turns:
            speaker = opening
        if speaker:
            found += [(m.start(), m.end(), "PROVIDER", speaker) for m in _FIRST_PERSON.finditer(text, s, e)]
        for m in _NAME.finditer(text, s, e):
            concept = _person(roster, m.group())
            if concept and not any(a < m.end() and m.start() < b for a, b in taken):
                found.append((m.start(), m.end(), "PROVIDER", concept))
    return sorted(found)
