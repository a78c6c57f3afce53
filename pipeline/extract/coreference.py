"""Who "I", "we" and a named person are, where the page says so, for who does what.

A speaker may say what they are ("I'm an RMT", "As a physiatrist, I ...", "PT here."), and a page
may name a person with their profession ("Dr. Ana Ruiz is our chiropractor", "Priya Nandakumar,
NP", "our nurse practitioner, Carla,", "Dr. Lee (chiropractor)"). Their words then stand for that
kind of practitioner: "I use myofascial release", "Dr. Ruiz uses spinal adjustments". A speaker
is who speaks in an answer: the turn's speaker in a chat or transcript (found by what it says of
itself in any turn, or by its handle written as a listed name: "DrNkemA" for "Dr. Nkem A."), the
card over an answerer's words on a consultation site ("MPT (Sports), Physiotherapist"), else the
answer's own words and the page's opening before its first question, what one voice answering the
whole FAQ says it is in any answer, or the one person the opening introduces as answering or
writing it (their "I", not the clinic's "we"). A "we" is the speaker
only where the sentence names no other kind of practitioner ("we have two massage therapists on
staff" is a clinic). Stand-ins serve relations.py only: the page names no practitioner in "I" or
"Dr. Ruiz", so the entities table does not list them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import cache

from pipeline.extract.claims import ENTITY
from pipeline.extract.relations import _COMPARED, _broad, _generic, scope_fields
from pipeline.extract.transcripts import Transcript
from pipeline.rules import function_words, read_rows

_S = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"  # a space, or a hard-wrapped line's break
_NAME = re.compile(  # "Dr. Nkem A.", "Dr Farah Haddad", "Priya Nandakumar", "Sage R.", "Aileen"
    r"(?:\b(?:Dr\.?|Doctor)[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?!Dr\b)[A-Z][\w'’-]*)?"
    r"|\b[A-Z][a-z][\w'’-]*(?:[ \t]+(?!Dr\b)[A-Z][a-z][\w'’-]*)?)(?:[ \t]+[A-Z]\.(?!\w))?"
)
_DETERMINER = r"(?:our|my|your|the|a|an|their|his|her)"
_ADJECTIVES = rf"(?:(?!(?:not|no|nor|or|and|but|never|than|like|unlike|former|retired|ex|student|aspiring|future|trainee)\b)(?:[a-z][\w-]*|(?:[Ll]evel|[Gg]rade|[Bb]and)[ \t]+\d{{1,2}}|[A-Z]{{2,6}}-[a-z][\w-]*){_S}){{0,2}}(?:[A-Z]{{2,6}}-)?"  # "lead", "licensed", "Level 5", "HCPC-registered" (or its "HCPC-" before a joined "registered physiotherapist"), not "not a", "or a", "former"
_IS_SAID = rf"(?:{_S}is|['’]s)"
_IS = rf"(?:is|was|(?:who|he|she){_IS_SAID})"
_CREDENTIAL = r"(?=[A-Za-z.-]*[A-Z][a-z.-]*[A-Z])[A-Z][A-Za-z]{0,5}(?:[.-][A-Za-z]{1,4}){0,3}\.?"  # the letters after a name, two capitals at least: "MD", "DO", "PA-C", "L.Ac.", "FAAPMR" (not a first name)
_CREDENTIAL_THEN_APPOSED = re.compile(rf",{_S}(?:{_CREDENTIAL},{_S}){{0,2}}{_DETERMINER}{_S}")  # "MD, a board-certified ...": the letters give way to the practitioner after them
_ONLY_ADJECTIVES = re.compile(_ADJECTIVES)
_NAMED_BEFORE = (  # what stands between a person's name and the practitioner it is: "Dr. Lee (", "Aileen, our", "Dr. Ruiz is our"
    re.compile(rf"(?P<name>{_NAME.pattern})[ \t]*\([ \t]*(?:(?:he|she|who){_IS_SAID}{_S}(?:also{_S})?{_DETERMINER}{_S}{_ADJECTIVES})?$"),  # "Dr. Kieran Lau (he's our chiropractor)"
    re.compile(rf"(?P<name>{_NAME.pattern}),{_S}(?:{_CREDENTIAL},{_S}){{0,3}}(?:{_IS}{_S})?(?:(?:one{_S}of{_S})?{_DETERMINER}{_S})?{_ADJECTIVES}$"),  # "Josh Brennan, who's a registered ...", "Priya Nandakumar, ", "Dr. Colm Reddy, DO, a "
    re.compile(rf"(?P<name>{_NAME.pattern}){_S}{_IS}{_S}(?:also{_S})?(?:one{_S}of{_S})?{_DETERMINER}{_S}{_ADJECTIVES}$"),
)
_NAMES_ARE = re.compile(  # "Jess and Aidan are remedial massage therapists", "Tom, Priya and Sam are our myotherapists"
    rf"(?P<names>{_NAME.pattern}(?:,{_S}{_NAME.pattern})*,?{_S}and{_S}{_NAME.pattern}){_S}(?:are|were){_S}(?:(?:both|all|also){_S})?(?:{_DETERMINER}{_S})?{_ADJECTIVES}$"
)
_LETTERS_IN_BRACKETS = r"\((?=[^()\n]*[A-Z][^()\n]*[A-Z])[A-Za-z0-9.,/# -]{2,16}\)"  # "(LMT)", "(RMT, CMT)"; not "(student)"
_ABBREVIATION_IN_BRACKETS = r"\((?=[^()\n]*[A-Z][^()\n]*[A-Z])[A-Z][A-Za-z.]{1,8}(?:,[ \t]*[A-Z][A-Za-z.]{1,8})?\)"  # letters alone: "(RMT)", "(RMT, CMT)"; not "(Student)", "(HCPC registered)"
_CLOSED = re.compile(rf"[ \t]*(?:{_LETTERS_IN_BRACKETS}[ \t]*)?(?:[,;:.)·•|]|$|\r?\n|[-–—][ \t]|with[ \t]+(?:\d|over|more|nearly|almost|about|(?:a|one|[a-z]+(?:[- ][a-z]+)?)[ \t]+(?:years?|decades?)\b|(?:an?[ \t]+)?(?:special|particular|keen|strong)[ \t]+interest\b|(?:an?[ \t]+)?(?i:bachelor|master|masters|degree|diploma|certificate|doctorate|post-?graduate|graduate)\b))")  # the practitioner's phrase ends there ("..., a remedial massage therapist with 15 years of ...", "with eleven years in practice", "our general dentist with a special interest in TMJ", "a remedial myotherapist with a Bachelor of Health Science", "... our licensed massage therapist (LMT)."; not "(student)"): not "Generally, a chiropractor sees you first"
_CREDENTIAL_CLOSED = re.compile(r"(?:/[A-Z]{1,3})?[ \t]*\([^()\n]{1,60}\)[ \t]*(?:[,;:.)·•|]|$|\r?\n|[-–—][ \t])")  # the letters after a name, then what they mean: "Jo Beltran, LMT (massage therapist, Wellness Center) ·", "Tomas Greer, OTR/L (occupational therapist)"
_TITLED = re.compile(r"(?:Dr\.?|Doctor)[ \t]")  # a person's title: "Dr. Ana Ruiz, a chiropractor in Austin" is no clinic
_SAID_OF_A_PERSON = re.compile(rf"[ \t]+(?:(?:in|at|from)[ \t]+[A-Z]|(?:{_LETTERS_IN_BRACKETS}[ \t]+)?who\b)")  # "Wen-Li Harcourt is an acupuncturist in Portland", "Dr. Ruth Amsel, an osteopathic physician (DO) who ...": said of a person (not "Harbor Spine, a chiropractor in Austin", a clinic)
_NOT_A_PERSON_BEFORE = re.compile(r"\b(?:unlike|like|than|besides|except|not|or|nor|without)[ \t]+$", re.IGNORECASE)  # "Unlike Dr. Patel, a massage therapist ..."
_LIST_OPENERS = frozenset({"either", "neither", "nor", "both"})  # "Neither Jess nor Tom ...": a word before the first name of a pair
_ONE_OF_A_LIST_BEFORE = re.compile(r"\b(?:or|nor)[ \t]+$", re.IGNORECASE)
_OWN_STAFF = re.compile(rf",{_S}(?:(?:is|was){_S})?(?:our|my)\b")  # "... or Tom Reyes, our myotherapist": the clinic's own, whoever is named before
_CALENDAR_WORDS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december"
_CALENDAR = re.compile(_CALENDAR_WORDS, re.IGNORECASE)
_APPOSED_AFTER = re.compile(rf"\b{_DETERMINER}{_S}{_ADJECTIVES}$", re.IGNORECASE)  # "our nurse practitioner, Carla,": not "Dr. Ana Ruiz, chiropractor, Ben Cole, ..."
_PREDICATE = re.compile(rf"(?:\b(?:is|are|was|were)|['’]s){_S}(?:(?:also|not){_S})?{_DETERMINER}{_S}{_ADJECTIVES}$")
_NAMED_AFTER = re.compile(  # "our nurse practitioner, Carla,", "our chiropractor, Dr. Aaron Pike.", "Our osteopaths, Hannah and Tomasz,", "our acupuncturists (R.Ac), Mei-Lin and Daniel.", "physical therapist Jane Doe"
    rf"(?:(?:[ \t]*\([^()\n]{{1,12}}\))?,[ \t]*(?P<apposed>{_NAME.pattern}(?:(?:,[ \t]*{_NAME.pattern})*,?[ \t]+and[ \t]+{_NAME.pattern})?)(?=[ \t]*[,.;:!?)])|[ \t]+(?P<name>{_NAME.pattern}))")
_ATTRIBUTED = re.compile(rf"(?:^|\n)[ \t]*(?:From|By|Answered{_S}by|Answer{_S}from){_S}(?:Dr\.?{_S})?[A-Z][\w'’-]*(?:{_S}[A-Z][\w'’.-]*){{0,2}}(?:,{_S}[A-Z][\w.]*)*,{_S}(?:our|the|a|an|your){_S}{_ADJECTIVES}$")  # "From Mei Tanaka, L.Ac., our acupuncturist:" over the words quoted
_INTRODUCED_NAME = rf"(?!(?i:{_CALENDAR_WORDS})\b)(?:[A-Z][\w.'’-]*[ \t]+){{0,2}}[A-Z][\w.'’-]*"  # who a speaker says they are: "Mira", "Dr. Lee", "Dr. Mira Holt" (not "it's Saturday")
_SAID_BEFORE = (  # a speaker saying what they are, up to the practitioner; then what must follow it
    re.compile(rf"\b(?:I['’]m|I{_S}am|I{_S}work{_S}as|I{_S}practi[cs]e{_S}as|(?:with|by|from){_S}me,){_S}(?:also{_S})?(?:(?:[A-Z][\w.'’-]*[ \t]+){{0,2}}[A-Z][\w.'’-]*,{_S})?"
               rf"(?:an?|the|one{_S}of{_S}the|your){_S}{_ADJECTIVES}$"),  # "I'm an RMT", "I'm Dr. Lee, a chiropractor", "Every session is with me, Jonah Reyes, a licensed massage therapist"
    re.compile(rf"\b(?:[Aa]s|[Ss]peaking{_S}as){_S}(?:an?|the){_S}{_ADJECTIVES}$"),  # "As an LMT I use ..."
    _ATTRIBUTED,
    re.compile(  # a chat's answerer saying who they are: "this is Mira, the acupuncturist", "you're chatting with Jonah, our massage therapist", "Mira here, licensed acupuncturist"
        rf"\b(?:(?:[Tt]his{_S}is|[Ii]t['’]s|[Mm]y{_S}name(?:{_S}is|['’]s)){_S}{_INTRODUCED_NAME},{_S}(?:{_CREDENTIAL},{_S})?(?:an?|the|your){_S}"
        rf"|(?:[Yy]ou['’]re|[Yy]ou{_S}are|[Yy]ou['’]ve{_S}reached)(?:{_S}now)?(?:{_S}(?:chatting|speaking|talking){_S}(?:with|to))?{_S}{_INTRODUCED_NAME}(?:{_S}(?:from|at|with){_S}[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){{0,2}})?,{_S}(?:an?|the|your|our|one{_S}of{_S}our){_S}"
        rf"|{_INTRODUCED_NAME}{_S}here{_S}?[,:–—-]{_S}(?:(?:an?|the|your|our|one{_S}of{_S}our){_S})?)"
        rf"{_ADJECTIVES}$"),
)
_ATTRIBUTION_LINE = re.compile(  # who is quoted next: "From Dr. Ana Lee, MD, our physiatrist:", "Our massage therapist, Jane Roe, adds:" (not "From your first visit on, you can expect:")
    r"^[ \t]*(?:(?:From|By|Answered by|Answer from)[ \t]+(?:Dr\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[^\n]{3,80}|[^\n]{3,80}\b(?:adds|says|explains|writes|notes|answers|replies))[ \t]*:[ \t]*$", re.MULTILINE)
_PHRASE_CLOSED = re.compile(rf"(?={_CLOSED.pattern}|(?:[ \t]*{_ABBREVIATION_IN_BRACKETS})?[ \t]+(?:and|at|in|on|for|who|here|by|since|of|myself|registered|licensed|certified|based|practi[cs]ing|working|trained|qualified)\b|[ \t]+with{_S}(?:the{_S})?[A-Z]|[ \t]+with{_S}(?:extra|additional|advanced|special|specialist|further|post-?graduate){_S}(?:training|qualifications?|certifications?|experience|interest)\b)")  # "I'm a chiropractor registered with the GCC", "a Registered Massage Therapist with the College of ...", "a general dentist with extra training in ..." (not "a massage therapist with sore thumbs", "a PT patient")
_SAID_AFTER = (
    _PHRASE_CLOSED,
    re.compile(r"(?:[ \t]+(?:focused|focusing|specializing|specialising|working|trained|with[ \t]+an?[ \t]+(?:interest|focus)|(?:here[ \t]+|based[ \t]+)?in(?=[ \t]+[A-Z]))\b[^,.;:!?\n]{0,40})?,?[ \t]+(?:I|we)\b"),  # "As a dentist focused on TMD, I start with ...", "As a physical therapist in Ohio, I can't ..."
    re.compile(r"[ \t]*:[ \t]*(?:\r?\n|$)"),
    re.compile(rf"(?=[ \t]*(?:{_LETTERS_IN_BRACKETS}[ \t]*)?(?:[,;:.!?)·•|]|$|\r?\n|[-–—][ \t])|[ \t]+(?:on|here|at|today|and{_S}I)\b)"),  # "..., the acupuncturist on shift today.", not "... who treated my neck", "... in Austin"
)
_SIGNATURE = re.compile(r"^--[ \t]?\r?\n(?:[ \t]*\r?\n)?[^\n]{3,120}", re.MULTILINE)  # an e-mail's signature block: its separator and the sender's line
_HERE = re.compile(r"[ \t]+here[ \t]*(?:[.!:,—–-]|\r?\n|$)")  # "PT here.", "Licensed massage therapist here:" opening a message
_LIKE_ME = re.compile(rf"{_S}(?:such{_S})?(?:like|as){_S}(?:me|myself)\b")  # "Licensed acupuncturists like me train for years": the speaker is one
_STANDING = r"(?:(?:Licensed|Registered|Certified|Practicing|Practising|Board-certified)[ \t]+)?"  # a practitioner's standing written before the name of the practice
_LINE_OPENING = re.compile(rf"[ \t]*(?:[-*>][ \t]+)?{_STANDING}")
_BYLINE = re.compile(rf"[ \t]*{_INTRODUCED_NAME}[ \t]+[·|•][ \t]+{_STANDING}")  # a post's author line: "Tobias Renner · Certified athletic trainer (ATC) at ..."
_BYLINES = re.compile(rf"^[ \t]*{_INTRODUCED_NAME}[ \t]+[·|•][ \t]+\S", re.MULTILINE)  # more than one is a staff list, not the author
_SET_APART = re.compile(_COMPARED.pattern, re.IGNORECASE)  # "Unlike chiros, " before the sentence's subject
_FIRST_PERSON = re.compile(  # a speaker as the subject: "I use", "I'll work", "we don't", "my main tools are" (performs.csv)
    rf"\b(?:I|[Ww]e)(?=['’](?:m|ll|ve|d|re)\b|{_S}[a-z])"
    rf"|\b[Mm]y(?={_S}(?:[a-z-]+{_S})?(?:tools?|techniques?|methods?|toolkit|toolbox|job|focus|specialt(?:y|ies)|specialit(?:y|ies)|bread{_S}and{_S}butter){_S}(?:is|are|includes?)\b)"
)
_CONTACT_CLAUSE = re.compile(rf"{_S}(?:(?:that|who|whom){_S})?$")  # between a practitioner and the "I" of a clause about them ...
_CONTACT_VERB = re.compile(rf"(?:I|we|We){_S}(?:(?:often|usually|regularly|sometimes|also){_S})?(?:work|worked|share|shared|partner|partnered|train|trained|studied|refer|referred|know|knew|trust|recommend|recommended|see|saw|collaborate|consult|send|sent|mentioned|go|went|use|used|visit|visited)\b")  # ... who are its object: "several physical therapists I work with"
_ANSWERER = re.compile(r"\b(?:answer(?:s|ed|ing)?|ask(?:s|ed)?|expert|guest|interview(?:s|ed)?|Q\s?&\s?A|hosted|host|columnist|writes|written|author|by)\b", re.IGNORECASE)  # an opening that introduces who answers or wrote the page
_REVIEWER = re.compile(r"\b(?:review|reviewed|checked|edited|approved)\b|\b(?:my|his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:chiropractor|physio\w*|therapist|doctor|physician|acupuncturist|osteopath|practitioner|specialist|physiatrist|trainer|GP|dentist|nurse)\b", re.IGNORECASE)  # ... not its reviewer, nor someone's own clinician
_AS_ONE = re.compile(rf"\b[Aa]s{_S}(?:an?|one|the){_S}[^,.;:!?]{{0,40}}$")  # "As an acupuncturist I ...": the speaker, not a clause about one
_LINE_LEAD = re.compile(r"[^\w\n]*")  # before a name that opens its line: a signature's dash, a list's bullet
_TESTIMONIAL = re.compile(r"[\"“][^\"”\n]{1,400}[\"”][ \t]*[-–—][ \t]*[A-Z]")  # '"As a nurse, I was nervous ..." - Sarah K.': a client's words
_SENTENCE_EDGE = re.compile(r"[.!?](?=\s)|\n\s*\n")
_ALL_OF_THEM = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:(?:All|Each|Every)(?:\s+one)?(?:\s+of)?\s+(?:our\s+|the\s+|[A-Z][\w'’&-]*\s+)?|Our\s+)(?:[a-z-]+\s+)?$|(?:[,:]\s+|\b(?!(?:Not|Nearly|Almost|Hardly|Only|If|When|Why)\b)[A-Z][\w'’&-]*\s+)(?:all|each|every)(?:\s+one)?(?:\s+of)?\s+(?:our|the)\s+(?:[a-z-]+\s+)?$")  # the clinic's own, every one: "All of our", "Our", "All Fernway", "Every", "At Pinewell, all of our", "Pinewell Clinic: all our" (not "Some", "Most", "No")
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{0,80}\)")  # what a kind's brackets say of it: "physiatrists (doctors of physical medicine)"
_ANOTHER_KIND = re.compile(r"\s*(?:,|\band\b|\bor\b|/)(?!\s*(?:and\s+)?(?:most|many|some|several|a\s+few)\s+(?:of\s+them\s+)?(?:are|is)\s+also\b)[^.;:!?\n]{0,20}")  # between the kinds of a list: "physiatrists, anesthesiologists and ..." (not "..., and most are also hand therapists", what some of them are besides)
_ARE_ALL = re.compile(rf"(?:{_S}(?:on|at|in){_S}(?:our|the){_S}(?:team|clinic|practice|staff)|{_S}here)?{_S}(?:are|is){_S}(?:(?:all|every{_S}one|each){_S})?(?:an?{_S})?(?:(?:fully|state|licensed|registered|certified|qualified|trained|experienced|board-certified|state-licensed)[ \t]+)*")  # "are all licensed", "on our team is an"
_THE_CLINICS = re.compile(r"\b(?i:our|your|the|my|all|each|every)\s+(?:[a-z-]+\s+)?$")  # a mention of the clinic's own ("your therapist", "our therapists"), not "a therapist at a sports clinic"
_OTHERS = re.compile(r"\b(?i:other|another)\s+$")  # "Other therapists, such as ...": not the clinic's
NAME_WINDOW = 60  # characters before a practitioner where the person it names stands
SELF_WINDOW = 60


def _words(name: str) -> list[str]:
    return [w.rstrip(".") for w in name.replace("Doctor", "Dr").split()]


def _keys(name: str) -> set[str]:
    """The ways a page goes on to name a listed person: whole ("Dr. Nkem A.", "drnkema" as a
    handle writes it), "Dr. Ruiz" and "Teodor Lindqvist" of "Dr. Teodor Lindqvist", a first or
    last name alone."""
    words = _words(name)
    given = words[1:] if words[0] == "Dr" else words
    if not given:
        return set()  # "Dr" alone names nobody
    keys = {" ".join(w.lower() for w in words), re.sub(r"[\W_]+", "", "".join(words).lower())}
    keys.update(w.lower() for w in given if len(w) > 1)
    if words[0] == "Dr":
        keys |= {f"dr {given[-1].lower()}", " ".join(given).lower()}  # "Dr. Teodor Lindqvist" as his transcript's "Teodor Lindqvist"
    return keys


def _mentioned_keys(name: str) -> set[str]:
    """The keys a mention of a person looks up: a name of two words only as itself ("Sarah Lopez"
    is not "Sarah Kim"), one word or "Dr. Ruiz" also as the listed person's name or surname."""
    words = _words(name)
    if len(words) > 1 and words[0] != "Dr":
        return {" ".join(w.lower() for w in words)}
    return {" ".join(w.lower() for w in words), words[-1].lower()} if words[-1] != "Dr" else set()


@cache
def _places() -> frozenset[str]:
    return frozenset(row["place"].lower() for row in read_rows("place_codes.csv"))


def _without_leading_words(name: str, at: int) -> tuple[str, int]:
    """A capitalised name match (at offset `at`) without the function words or list openers it
    caught before the name ("In Virginia", "Neither Jess")."""
    while ((word := (first := name.split(maxsplit=1))[0].lower()) in function_words() or word in _LIST_OPENERS) and len(first) > 1:
        at, name = at + len(name) - len(first[1]), first[1]
    return name, at


def _person(name: str) -> bool:
    """A name that can be a person's: not a place, a day or month, a function word ("In"), nor an
    organisation's ("Kinetic Health", "Lakeside Clinic": organization_words.csv, either scope)."""
    first = name.split()[0].lower()
    return (name.lower() not in _places() and not _CALENDAR.fullmatch(first) and first not in function_words()
            and not any(word.lower() in _organisation_words() for word in name.split()))


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_rows("organization_words.csv"))


def _is_credential(written: str) -> bool:
    """The letters after a name, in capitals ("MD", "L.Ac.", "PA-C", "OTR/L"), not a word for a practitioner."""
    return re.sub(r"[.\-/]", "", written).isupper()


def _roster(text: str, entities: list[ENTITY]) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Name keys -> the practitioner each person the page names with a profession is (a key two
    professions share, or a word the page also writes in lower case, "Meet", names nobody); and
    where the page says so, which is no stand-in ("Dr. Kessling (chiropractor): adjustments")."""
    bound: dict[str, set[str]] = defaultdict(set)
    professions: dict[str, set[str]] = defaultdict(set)  # each person's (their name without "Dr")
    keys_of: dict[str, set[str]] = defaultdict(set)
    sites: list[tuple[int, int]] = []
    covered = sorted((start, end) for start, end, _, _ in entities)
    covered_starts = [start for start, _ in covered]
    longest = max((end - start for start, end in covered), default=0)
    providers = [(start, end) for start, end, label, concept in entities if label == "PROVIDER" and not _generic(concept)]
    for start, end, label, concept in entities:
        if label != "PROVIDER" or _generic(concept):
            continue
        apposed = _CREDENTIAL_THEN_APPOSED.match(text, end)
        if apposed and _is_credential(text[start:end]) and any(
                at >= apposed.end() and _ONLY_ADJECTIVES.fullmatch(text, apposed.end(), at) for at, _ in providers):
            continue  # "Dr. Harriet Osei, MD, a board-certified pain medicine physician": a pain medicine physician
        names = []
        window = text[max(0, start - NAME_WINDOW):start]
        if start > NAME_WINDOW and text[start - NAME_WINDOW - 1].isalnum():
            window = window[next((i for i, c in enumerate(window) if not c.isalnum()), 0):]  # from a word's start
        for pattern in _NAMED_BEFORE:
            found = pattern.search(window)
            closed = _CLOSED.match(text, end) or (_SAID_OF_A_PERSON.match(text, end) and (pattern is _NAMED_BEFORE[2] or (found and _TITLED.match(found.group("name"))))) or (
                _CREDENTIAL_CLOSED.match(text, end) and _is_credential(text[start:end]))
            listed = _ONE_OF_A_LIST_BEFORE.search(window, 0, found.start("name")) and _OWN_STAFF.match(window, found.end("name")) if found else None
            if found and (pattern is _NAMED_BEFORE[0] or closed) and (listed or not _NOT_A_PERSON_BEFORE.search(window, 0, found.start("name"))):
                names.append((found.group("name"), start - len(window) + found.start("name")))
        listed = _NAMES_ARE.search(window)
        if listed and _CLOSED.match(text, end) and not _NOT_A_PERSON_BEFORE.search(window, 0, listed.start("names")):
            offset = start - len(window)
            names += [(m.group(), offset + m.start()) for m in _NAME.finditer(window, listed.start("names"), listed.end("names"))]
        after = _NAMED_AFTER.match(text, end)
        if after and not _PREDICATE.search(window) and (
            (after.group("apposed") and _APPOSED_AFTER.search(window)) or (after.group("name") and len(_words(after.group("name"))) > 1)
        ):  # not "he's our physiatrist, Mei Tanaka, ...": a list goes on
            which = "apposed" if after.group("apposed") else "name"
            named = [(m.group(), m.start()) for m in _NAME.finditer(text, after.start(which), after.end(which))]
            names += named if text[end - 1:end] == "s" else named[:1]  # "Our osteopaths, Hannah and Tomasz,"; "our physical therapist, Jane, and Dr. Lee": Jane alone
        for name, at in names:
            name, at = _without_leading_words(name, at)  # "In Virginia, physical therapists ...": not "In"
            nearby = covered[bisect_left(covered_starts, at - longest):bisect_left(covered_starts, at + len(name))]
            if not _person(name) or any(at < b for _, b in nearby):
                continue  # "Medicare, a ...", "Virginia, a ...", "Saturday, the ...": a name the vocabulary knows, a place or a day is no person
            sites.append((at, at + len(name)))
            person = " ".join(w.lower() for w in _words(name) if w != "Dr")
            professions[person].add(concept)
            keys_of[person] |= _keys(name)
    for person, concepts in professions.items():
        for key in keys_of[person]:
            bound[key] |= {c for c in concepts if not _broad(c)} or concepts  # "our team physician, Dr. Ruth Amsel, an osteopathic physician (DO)": the osteopath (a name's own professions, not another Ruth's)
    lower = set(re.findall(r"\b[a-z][\w'-]*\b", text)) if bound else set()
    return {key: concepts.pop() for key, concepts in bound.items() if len(concepts) == 1 and key not in function_words() and key not in lower}, sites


def _said_of_self(text: str, start: int, end: int, entities: list[ENTITY]) -> str | None:
    """The practitioner a speaker says they are in text[start:end] (`entities` in the order of their starts)."""
    for a, b, label, concept in entities[bisect_left(entities, (start,)):bisect_left(entities, (end,))]:
        if b <= end and label == "PROVIDER" and not _generic(concept):
            window = text[max(start, a - SELF_WINDOW):a]
            line_start = max(start, text.rfind("\n", start, a) + 1)
            if any(said.search(window) and follows.match(text, b) and (said is not _ATTRIBUTED or len(_ATTRIBUTION_LINE.findall(text, start, end)) == 1)
                   for said, follows in zip(_SAID_BEFORE, _SAID_AFTER)) or (_HERE.match(text, b) and _LINE_OPENING.fullmatch(text, line_start, a)) or _LIKE_ME.match(text, b) or (
                       _BYLINE.fullmatch(text, line_start, a) and _PHRASE_CLOSED.match(text, b) and len(_BYLINES.findall(text, start, end)) == 1):
                return concept  # an answer quoting two attributed people speaks for neither
    pattern, fields = _own_practice()
    found = pattern.search(text, start, end)
    return fields[" ".join(found.group("field").lower().split())] if found else None


@cache
def _own_practice() -> tuple[re.Pattern, dict[str, str]]:
    """"In my chiropractic practice I use cupping": a speaker's practice named by its field (scope_fields.csv)."""
    names, fields = scope_fields()
    return re.compile(rf"\b(?i:in|at){_S}my{_S}(?:own{_S})?(?P<field>(?i:{names})){_S}(?i:practice){_S}?,?{_S}I\b"), fields


def _introduced(text: str, roster: dict[str, str], sites: list[tuple[int, int]], first_question: int | None) -> str | None:
    """The practitioner a page's opening names the one person it names with a profession as
    ("answered this month by Dana Reyes, a registered massage therapist", "our expert, Dr. Lee, a
    physiatrist"): who says "I" below, unless others sign answers; not a reviewer ("Medically
    reviewed by ..."), nor someone's own clinician ("my chiropractor, Dr. Ana Ruiz")."""
    if not first_question:
        return None
    introduced = {roster[key] for a, b in sites if b <= first_question and _ANSWERER.search(text, *_sentence_around(text, a)) and not _REVIEWER.search(text, *_sentence_around(text, a))
                  for key in _keys(text[a:b]) if key in roster}
    signed = {roster[key] for a, b in sites if _LINE_LEAD.fullmatch(text, text.rfind("\n", 0, a) + 1, a) for key in _keys(text[a:b]) if key in roster}
    return introduced.pop() if len(introduced) == 1 and signed <= introduced else None  # not where others sign answers ("— Luis Ortega, LMT")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding `at` begins and ends."""
    start = max((m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    return start, next((m.start() for m in _SENTENCE_EDGE.finditer(text, at)), len(text))


def _after_a_practitioner(text: str, at: int, entities: list[ENTITY]) -> bool:
    """"several physical therapists I work with", "the chiropractor that we refer to": the speaker
    in a clause about the practitioner named before it, who stays its subject."""
    before = _CONTACT_CLAUSE.search(text, max(0, at - 20), at)
    return before is not None and _CONTACT_VERB.match(text, at) is not None and any(label == "PROVIDER" and b == before.start() and not _AS_ONE.search(text, max(0, a - 60), a) for a, b, label, _ in entities)


def _names_another(text: str, at: int, speaker: str, entities: list[ENTITY]) -> bool:
    """The sentence around `at` names a kind of practitioner other than the speaker's, not only
    in a phrase that sets them apart ("Unlike chiros, we don't manipulate the spine")."""
    start, end = _sentence_around(text, at)
    compared = _SET_APART.match(text, start, at)
    return any(start <= a and b <= end and label == "PROVIDER" and concept != speaker and not (compared and b <= compared.end()) for a, b, label, concept in entities)


def _cards(page, entities: list[ENTITY]) -> dict[int, str]:
    """Where each answerer's card on a consultation site ends (their words begin after it), with
    the practitioner it says they are ("MPT (Musculoskeletal), Physiotherapist")."""
    found = {}
    for first, last in page.cards:
        start, end = page.lines[first].start, page.lines[last].end
        named = [concept for a, b, label, concept in entities if start <= a and b <= end and label == "PROVIDER" and not _generic(concept)]
        if named:
            found[end] = named[-1]
    return found


def page_kinds(text: str, entities: list[ENTITY]) -> dict[str, str]:
    """The kind of practitioner a page says all of its own therapists or clinicians are ("All of our
    therapists are licensed massage therapists (LMTs)", "Every therapist on our team is an RMT"):
    the broad word stands for that kind where it names the clinic's own (clinics_own)."""
    said: dict[str, set[str]] = defaultdict(set)
    providers = [e for e in entities if e[2] == "PROVIDER"]
    for (a, b, _, broad), (c, d, _, kind) in zip(providers, providers[1:]):
        if _broad(broad) and not _broad(kind) and _ALL_OF_THEM.search(text, max(0, a - NAME_WINDOW), a) and _ARE_ALL.fullmatch(text, b, c):
            past = bracket.end() if (bracket := _BRACKET_AFTER.match(text, d)) else d  # "physiatrists (doctors of ...)"
            following = next((e for e in providers if e[0] >= past), None)
            if not (following and _ANOTHER_KIND.fullmatch(text, past, following[0])):  # "are physiatrists, anesthesiologists and ...": several kinds
                said[broad].add(kind)
    return {broad: kinds.pop() for broad, kinds in said.items() if len(kinds) == 1}


def clinics_own(text: str, start: int) -> bool:
    """The mention at `start` names the clinic's own practitioners ("our therapists", "your therapist")."""
    return _THE_CLINICS.search(text, max(0, start - NAME_WINDOW), start) is not None and not _OTHERS.search(text, max(0, start - NAME_WINDOW), start)


def _labelled_roles(page, transcript: Transcript | None, entities: list[ENTITY]) -> dict[str, str]:
    """The practitioner a speaker's label names ("Dana Whitfield, RMT:", a chat's "@lena_myo (Lena
    Ortiz, Myotherapist, Brisbane)"), where every label of theirs names the same one."""
    providers = sorted((a, b, concept) for a, b, label, concept in entities if label == "PROVIDER" and not _generic(concept))
    starts = [a for a, _, _ in providers]
    named: dict[str, set[str]] = defaultdict(set)
    for index, turn in (transcript.turns.items() if transcript else ()):
        first = bisect_left(starts, page.lines[index].start)
        named[turn.speaker] |= {concept for _, b, concept in providers[first:bisect_left(starts, turn.text_start)] if b <= turn.text_start}
    return {speaker: concepts.pop() for speaker, concepts in named.items() if len(concepts) == 1}


def stand_ins(page, entities: list[ENTITY], pairs: list[tuple[int, int, int]], first_question: int | None, transcript: Transcript | None) -> list[ENTITY]:
    """Practitioner mentions for "I", "we" and named people in the answers (`pairs`: each pair's
    question end, answer start and answer end), where the page says who they are; `transcript`: the
    page's turns, if it is one."""
    text = page.text
    entities = sorted(entities, key=lambda entity: entity[:2])  # each span's mentions found by bisection
    answers = [(a, b) for _, a, b in pairs]
    roster, sites = _roster(text, entities)
    opening = _said_of_self(text, 0, first_question, entities) if first_question else None
    signature = _SIGNATURE.search(text)  # an e-mail answered by one person, signed below: "--" over "Priya Vasquez-Lund, OTR/L, CHT"
    signed = next((concept for a, b, label, concept in entities if signature.start() <= a and b <= signature.end() and label == "PROVIDER" and not _generic(concept)), None) if signature else None
    opening = opening or signed
    labelled = _labelled_roles(page, transcript, entities)
    if not roster and not opening and not labelled and not page.cards and not any(_said_of_self(text, a, b, entities) for a, b in answers):
        return []
    turns = sorted((turn.text_start, turn.speaker) for turn in transcript.turns.values()) if transcript else []
    cards = {f"card at {end}": (end, concept) for end, concept in _cards(page, entities).items()}  # each answerer's card a speaker of its own
    segments = []  # (start, end, speaker) within answers, cut where a turn or an answerer's card begins
    for question_end, a, b in pairs:
        own_cards = sorted((end, name) for name, (end, _) in cards.items() if question_end < end <= b)  # a card speaks only in its own answer
        cuts = [(s, who) for s, who in sorted(turns + own_cards) if a < s < b]
        speaker = next((who for s, who in reversed(own_cards) if s <= a), None) or next((who for s, who in reversed(turns) if s <= a), None)
        for (s, who), (e, _) in zip([(a, speaker), *cuts], [*cuts, (b, None)]):
            segments.append((s, e, who))
    said = {(s, e): _said_of_self(text, s, e, entities) for s, e, _ in segments}
    by_speaker: dict[str, set[str]] = defaultdict(set)
    for s, e, who in segments:
        if who and said[s, e]:
            by_speaker[who].add(said[s, e])
    for (s, who), (e, _) in zip(turns, [*turns[1:], (len(text), None)]):
        if s < (first_question or 0) and (concept := _said_of_self(text, s, e, entities)):
            by_speaker[who].add(concept)  # a turn before the first question: "Hi Grace, this is Dr. Park. I'm the licensed acupuncturist here."
    if not turns and not cards:  # one voice answers a page's FAQ: who they said they are in one answer, they are in the others
        professed = {concept for (start, end), concept in said.items() if concept and not _TESTIMONIAL.search(text, start, end)}  # not a testimonial's '"As a nurse, I was nervous ..." - Sarah K.'
        if opening is None and len(professed) == 1:
            opening = professed.pop()
    introduced = _introduced(text, roster, sites, first_question) if opening is None and not turns and not cards else None
    taken = sites + [(a, b) for a, b, _, _ in entities]  # where the page says who someone is, or names a concept
    found = []
    for s, e, who in segments:
        speaker = said[s, e]
        if speaker is None and who in cards:
            speaker = cards[who][1]
        elif speaker is None and who:
            named = [w for w in _words(who) if w != "Dr"]
            handles = {re.sub(r"[\W_]+", "", who.lower()), " ".join(_words(who)).lower(), " ".join(named).lower()}  # "DrNkemA" as "Dr. Nkem A.", never one part of it; a transcript's "Wen-Li Harcourt", "Dr. Teodor Lindqvist:" of a bio without "Dr."
            known = by_speaker.get(who, set()) | {roster[handle] for handle in handles if handle in roster} | ({labelled[who]} if who in labelled else set())
            known = {concept for concept in known if not _broad(concept)} or known  # "We're physicians" of a physiatrist the page introduces
            speaker = known.pop() if len(known) == 1 else None
        if speaker is None and not turns:
            speaker = opening
        elif speaker is None and signed and who and not by_speaker.get(who):
            speaker = signed  # the reply's writer, who signs it, among the messages it quotes
        singular = speaker is None and introduced is not None  # the person a page introduces is its "I", not the clinic's "we"
        if singular:
            speaker = introduced
        if speaker:
            found += [
                (m.start(), m.end(), "PROVIDER", speaker) for m in _FIRST_PERSON.finditer(text, s, e)
                if not _after_a_practitioner(text, m.start(), entities) and (m.group() in ("I", "my", "My") or not singular and not _names_another(text, m.start(), speaker, entities))
            ]
        for m in _NAME.finditer(text, s, e):
            name, at = _without_leading_words(m.group(), m.start())  # "Neither Jess nor Tom ...": Jess
            concepts = {roster[key] for key in _mentioned_keys(name) if key in roster}
            if len(concepts) == 1 and not any(a < m.end() and at < b for a, b in taken):
                found.append((at, m.end(), "PROVIDER", concepts.pop()))
    return sorted(found)
