"""The spaCy pipeline, built in code from spacy.blank("en"): no model is downloaded.

Components: a tokenizer that also splits citation marks ("pain.[7]"), `faq_sentences` (rule-based
sentence boundaries for web text), an `entity_ruler` fed by the vocabulary, and
`abbreviation_resolver` for short forms that only context can settle. Every component is a
registered factory, so the pipeline can be saved with `nlp.to_disk` and read back with
`spacy.load` once this module is imported.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import weakref
from bisect import bisect_right
from functools import cache
from itertools import product
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from pipeline.rules import function_words, read_rows, sentence_abbreviations
from pipeline import vocabulary as vocabulary_module
from pipeline.vocabulary import Concept, vocabulary

TERMINALS = {".", "!", "?", "…", "..."}
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}
CITATION_INFIXES = [  # "[7]", a Markdown footnote's "[^7]", BBCode's "[/quote]" after a word
    r"(?<=[\w.,;:!?)\]])(?=\[\^?\d)", r"(?<=[a-z])\.(?=\[\^?\d)", r"(?<=[\w.,;:!?)])(?=\[/?[a-z]{1,10}\b)", r"(?<=\w)(?=[?!.]\[/?[a-z]{1,10}\b)", r"(?<=[a-z\"]\])(?=[A-Za-z])",
]
CSV_COMMA = r"(?<=[A-Za-z\"]),(?=[$\d\"])|(?<=[^.!?]\"),(?=[A-Za-z])"  # a spreadsheet row pasted as CSV: "Licensed massage therapist,60,$98", "\"Dry needling, add-on\",Physical therapist" (spaCy's own rule splits a comma between letters)
LINK_TEXT_END = r"\](?=\()"  # a Markdown link's text set against its target: "[dry needling](/services/dn)" ends its last word
WIKI_ITALICS = (r"//(?=[^\W\d_])", r"(?<=\w)//[.,;:!?]?")  # DokuWiki's and Zim's "//cupping//" around the words, as a prefix and a suffix (not "https://")
PIPE = r"\|"  # a table's cell border set against its words ("|Massage therapist|Cupping|", Reddit's Markdown)
MARKUP_TAG = r"</?[a-zA-Z][a-zA-Z0-9]{0,9}/?>"  # an HTML tag without attributes in a text file's field ("<br>", "<b>", "</i>"): a token of its own
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|dt|dd|blockquote|section|table|hr)/?>", re.IGNORECASE)
_LINE_BREAK_TAG = re.compile(r"<br/?>", re.IGNORECASE)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][a-zA-Z0-9]{0,9}>")
MARKUP_TOKENS = "markup_tokens"  # doc.user_data key: indices of the tag tokens, which no sentence starts or ends with
WRAP_WINDOW = 6  # tokens each side of a line break that a name broken by it may span
SHORT_ABBREVIATION = 2  # letters; shorter forms are common words or places ("DO", "PA", "DC")
ABBREVIATION_SHAPE = re.compile(r"^[A-Z][A-Za-z&.]{0,7}$")
MAX_HYPHEN_COMBINATIONS_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")
_WORD_PIECES = re.compile(r"\w+|[^\w\s]")  # how the tokenizer splits a word: "full-body" is full, -, body
_JOINER = re.compile(r"\s*[-–—]\s*|\s+")


def _joined_form(words: str) -> str:
    """"Full body", "full-body" and "full–body" alike."""
    return _JOINER.sub("-", words.strip().lower())
TITLE_CASE_SHARE = 0.6  # of a line's words capitalised: a heading, whose capitals name nothing
MAX_PLAN_NAME_WORDS = 3  # "Larkspur Medicare Advantage", "Blue Cross Blue Shield PPO": a product's name before its kind
MAX_ORGANISATION_NAME_WORDS = 4  # words of an organisation's name after its "of", up to the "&" before a mention in it ("School of Massage & Bodywork")
WRAPPED_LINE_CHARS = 50  # a line this long that ends in a function word, or runs into an acronym, was wrapped
SENSE_WINDOW = 4  # tokens either side of a mention in which another sense's words are looked for
MAX_DOCUMENT_CHARS = 10_000_000  # above the largest file validate accepts by default
LINK = re.compile(r"https?://\S+|www\.\S+|\]\([^)\s]*\)|\S+@\S+\.\w+")
LINK_MARKS = ("://", "www.", "](", "@")  # every LINK holds one: a text without any is not searched
CITATION = re.compile(r"\[?\^?\d{1,3}\]?")
_DOC_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
ABBREVIATION_SPANS = "abbreviation_spans"  # doc.user_data key: (start, end) of each abbreviation tagged
TOKENIZER_CACHE_CHUNKS = 1_000_000  # spaCy's 10,000 fill up with the ruler's patterns, so no word of a page was cached
# What faq_sentences needs to know of a token's text, as bits (see _token_kind).
_PLACE_AFTER = frozenset("suburbs area areas region border side line coast beach state metro and &".split())  # "the VA suburbs", "the VA and DC area": a place, not the payer
_DETERMINERS = frozenset("a an your my our their his her".split())  # not "the": "the DC area", "the PA suburbs" are places
SPACE, NEWLINE, CLOSER, OPENER, TERMINAL, ABBREVIATION, BLANK_LINE, LOWER, MARKUP, ACRONYM, FUNCTION, NUMBER, PERIOD, NO, WORD, DIGIT, EMPHASIS, COLON = (1 << bit for bit in range(18))
_TAG = re.compile(MARKUP_TAG)


def _is_citation(text: str) -> bool:
    return CITATION.fullmatch(text) is not None and (text.startswith("[") or text.endswith("]"))


def _token_kind(text: str, abbreviations: frozenset[str], function: frozenset[str] = frozenset()) -> int:
    """The bits of one token text; worked out once per distinct text, as tokens repeat."""
    if text.isspace():
        return SPACE | (NEWLINE if "\n" in text else 0) | (BLANK_LINE if text.count("\n") > 1 else 0)
    if text[0] == "<" and _TAG.fullmatch(text):  # "<br>" breaks a line, a paragraph's tag stands for a blank line; "<b>" opens words, "</b>" closes them
        if _LINE_BREAK_TAG.fullmatch(text):
            return MARKUP | SPACE | NEWLINE
        return MARKUP | (SPACE | NEWLINE | BLANK_LINE if _BLOCK_TAG.fullmatch(text) else CLOSER if _CLOSING_TAG.fullmatch(text) else OPENER)
    return (
        (LOWER if text[0].islower() else 0)
        | (ACRONYM if len(text) > 1 and text.isalpha() and text.isupper() else 0)
        | (FUNCTION if text in function else 0)
        | (CLOSER if text in CLOSERS or _is_citation(text) else 0)
        | (OPENER if text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘([" else 0)
        | (TERMINAL if text in TERMINALS else 0)
        | (ABBREVIATION if f"{text.lower()}." in abbreviations else 0)
        | (NUMBER if len(text) <= 3 and text.isdigit() else 0)
        | (PERIOD if text == "." else 0)
        | (NO if text.lower() == "no" else 0)
        | (WORD if text[0].isalnum() else 0)
        | (DIGIT if text[0].isdigit() else 0)
        | (EMPHASIS if not text.strip("*_") else 0)
        | (COLON if text.rstrip("*_") == ":" else 0)  # ":*" of a bold label "**A:**" too
    )


def _per_token(doc: Doc, value) -> list:
    """value(ORTH hash) of each token, worked out once per distinct text: reading the token
    array is far cheaper than making a Token object per token."""
    if not len(doc):
        return []
    distinct, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)
    values = [value(orth) for orth in distinct.tolist()]
    return [values[i] for i in inverse.tolist()]


def doc_text(doc: Doc) -> str:
    """doc.text, without the Token object per token that spaCy's own property makes, once per Doc
    (components change its entities, never its tokens)."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = _joined_tokens(doc)
    return text


def _joined_tokens(doc: Doc) -> str:
    words = _per_token(doc, lambda orth: doc.vocab.strings[orth])
    spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    return "".join([word + " " if space else word for word, space in zip(words, spaces)])


@Language.factory("wrapped_names")
def make_wrapped_names(nlp: Language, name: str):
    """Names that a hard-wrapped text breaks over two lines ("massage\n   therapists" in an e-mail,
    a text browser's dump or a leaflet): the ruler matches tokens, and a line break is a token of
    its own, so each break that goes on in lower case after a word, or capitalised after a
    capitalised word, is matched again without it."""

    line_breaks: dict[int, bool] = {}  # ORTH hash -> whether the text is one line break (with spaces), for the texts seen so far

    def line_break(orth: int) -> bool:
        found = line_breaks.get(orth)
        if found is None:
            text = nlp.vocab.strings[orth]
            found = line_breaks[orth] = text.isspace() and text.count("\n") == 1
        return found

    def join_wrapped(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        distinct, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)  # as _per_token, but kept in numpy: few tokens are breaks
        breaks = numpy.flatnonzero(numpy.array([line_break(orth) for orth in distinct.tolist()])[inverse])
        ruler = nlp.get_pipe("entity_ruler")
        found = []
        for i in breaks.tolist():
            before, after = doc[i - 1].text if i else "", doc[i + 1].text if i + 1 < len(doc) else ""
            if not (before[-1:].isalpha() and (after[:1].islower() or (after[:1].isupper() and before[:1].isupper()))):
                continue  # a name goes on in lower case, or a capitalised one in capitals ("Medicare\nAdvantage")
            kept = [j for j in range(max(0, i - WRAP_WINDOW), min(len(doc), i + 1 + WRAP_WINDOW)) if not doc[j].is_space]
            window = Doc(doc.vocab, words=[doc[j].text for j in kept])
            for match_id, start, end in ruler.phrase_matcher(window):
                first, last = kept[start], kept[end - 1]
                if first < i < last:
                    label, concept = ruler._ent_ids[match_id]
                    found.append(Span(doc, first, last + 1, label=label, span_id=concept))
        if found:
            doc.ents = filter_spans(found + list(doc.ents))
        return doc

    return join_wrapped


@Language.factory("faq_sentences")
def make_faq_sentences(nlp: Language, name: str):
    """Sentences for web text: each line starts one, but for a hard-wrapped one (a line that goes
    on in lower case from a line without a full stop, no blank line between: a text browser's dump,
    an e-mail, a leaflet; or one that goes on from a long line ending in a word no sentence ends
    with, or into an acronym: "... covered by\nMedicare", "... (LMTs) perform\nMFR."); abbreviations,
    citation marks and a numbered item's "1." don't end one."""
    abbreviations, words = sentence_abbreviations(), function_words()
    kinds: dict[int, int] = {}  # ORTH hash -> bits, for the texts seen so far

    def kind(orth: int, doc: Doc) -> int:
        found = kinds.get(orth)
        if found is None:
            found = kinds[orth] = _token_kind(doc.vocab.strings[orth], abbreviations, words)
        return found

    def set_boundaries(doc: Doc) -> Doc:
        token_kinds = _per_token(doc, lambda orth: kind(orth, doc))
        offsets = doc.to_array(IDX).tolist() if len(doc) else []
        spaced = doc.to_array(SPACY).tolist() if len(doc) else []
        starts = []
        after_terminal = False
        line_start = blank_line = True
        line_offset, long_line = 0, False
        previous = ABBREVIATION if "." in abbreviations else 0  # the first token has "" before it
        last_word = TERMINAL
        enumerator = False
        answered_no = False  # a sentence's first word "No." is an answer that ends it, not "No. 5" (after a list marker or emphasis too: "- No.", "**No.**", or a speaker's label: "Ana: No."), and so is a lower-case "no." ("adjustments, no. I'm ...")
        spoken = 0
        worded = False  # a word since the sentence began
        for i, bits in enumerate(token_kinds):
            if bits & SPACE:
                starts.append(i == 0)
                if bits & NEWLINE and not line_start:
                    long_line = offsets[i] - line_offset >= WRAPPED_LINE_CHARS
                line_start = line_start or bool(bits & NEWLINE)
                blank_line = blank_line or bool(bits & BLANK_LINE)
            else:
                if bits & EMPHASIS:  # Markdown's "**" opens words after a space ("fine. **Yes.**") and closes them after a word ("**No.** Most ...")
                    bits |= OPENER if i == 0 or spaced[i - 1] or previous & SPACE else CLOSER
                closer = bits & CLOSER
                if line_start:
                    line_offset = offsets[i]
                wrapped = line_start and not blank_line and not last_word & TERMINAL and (bits & LOWER or (long_line and last_word & LOWER and (last_word & FUNCTION or bits & ACRONYM)))
                starts.append(i == 0 or (line_start and not wrapped) or (after_terminal and not closer and bits & OPENER and not (answered_no and bits & DIGIT)))
                line_start = blank_line = False  # a token's trailing whitespace is one space at most: lines end in space tokens
                last_word = bits
                if not closer:  # a closing quote or "[7]" keeps the state of the terminal before it
                    after_terminal = bool(bits & TERMINAL) and (not previous & ABBREVIATION or answered_no) and not (enumerator and bits & PERIOD)
                enumerator = starts[-1] and bool(bits & NUMBER)  # a numbered item's "1." opens its sentence, it ends none
                answered_no = (bool(bits & NO) and (starts[-1] or not worded or bool(spoken & COLON) or bool(bits & LOWER))) or (answered_no and bool(bits & PERIOD))
                worded = bool(bits & WORD) or (worded and not starts[-1])
            previous = bits
            spoken = bits if not bits & (SPACE | EMPHASIS) else spoken  # the last word or mark: a speaker's "Ana:" before an answer's "No." (a label's "**A:**" too)
        if len(doc):
            doc.from_array([SENT_START], numpy.array([1 if start else -1 for start in starts], dtype="int32").astype("uint64"))
        doc.user_data[MARKUP_TOKENS] = [i for i, bits in enumerate(token_kinds) if bits & MARKUP]
        return doc

    return set_boundaries


@Language.factory("abbreviation_resolver", default_config={"meanings": [], "senses": []})
def make_abbreviation_resolver(nlp: Language, name: str, meanings: list, senses: list):
    """meanings: [abbreviation, concept_id, label] triples (a list, as config keys cannot hold ":");
    senses: the sense filter's rules, which may leave one meaning of an ambiguous form."""
    abbreviations: dict[str, list[str]] = {}
    for form, concept, _ in meanings:
        abbreviations.setdefault(form, []).append(concept)
    return AbbreviationResolver(abbreviations, {concept: label for _, concept, label in meanings}, sense_rules(senses))


_LIST_JOINERS = frozenset({",", "or", "and", "&", "/"})
_PLACE_BEFORE = frozenset("at in from near within across".split())
_AFTER_A_LISTED_PRACTITIONER = frozenset("and or to who can may will must should in at for with are is on".split())


def _listed_after(doc: Doc, i: int, provider_ends: set[int]) -> bool:
    """Token i follows a practitioner in a list: "physician, NP or PA", "an MD, DO, NP, or PA"; not
    a capitalised word a verb follows ("your physical therapist, and DO ask about it")."""
    j = i - 1
    following = doc[i + 1] if i + 1 < len(doc) else None
    if j < 1 or doc[j].lower_ not in _LIST_JOINERS or (following is not None and following.is_lower and following.lower_ not in _AFTER_A_LISTED_PRACTITIONER):
        return False
    if doc[j].lower_ != "," and doc[j - 1].text == ",":
        j -= 1  # the list's last comma before "or"
    return j in provider_ends


def _after_a_name(doc: Doc, i: int, named: set[int]) -> bool:
    """Token i is a credential set off by commas after a person's name ("Dana Whitfield, PT, DPT",
    "Dr. Naomi Tran, DO, or by"): two capitalised words before it that name nothing themselves. A
    profile's "Dr. Marcus Oyelaran, DO accepts ..." is the doctor's name as the site writes it."""
    return (3 <= i < len(doc) - 1 and doc[i - 1].text == "," and doc[i + 1].text == ","
            and all(doc[j].text.istitle() and doc[j].text.lstrip("@").isalpha() and j not in named for j in (i - 2, i - 3))  # a chat's "@Dana Whitfield, PT" too
            and not (i >= 4 and doc[i - 4].lower_ in _PLACE_BEFORE))  # "At Riverside Health, PT, OT and massage": a place, then services


_SPELLED_OUT = (["is", "short", "for"], ["is"], ["stands", "for"], ["means"], ["refers", "to"])  # the longer first
_LINKING_WORDS = frozenset(("of", "the", "and", "for", "&"))


def _initials_spell(form: str, entity: Span) -> bool:
    """"ACC" in the initials of "Accident Compensation Corporation", the first letter first ("CC" is not)."""
    initials = [t.text[0].upper() for t in entity if t.is_alpha and t.lower_ not in _LINKING_WORDS]
    letters = form.replace(".", "")
    rest = iter(initials[1:])
    return bool(initials) and letters[0] == initials[0] and all(letter in rest for letter in letters[1:])


def _letters(form: str) -> int:
    """A short form's letters: one ("A." of "Dr. Nkem A. (physiatrist)") is a person's initial, never defined."""
    return len(form.replace(".", ""))


class AbbreviationResolver:
    """Tags abbreviations, and only where their meaning is settled; never guesses.

    A page may define a form ("nurse practitioner (NP)"), which wins. Otherwise a form of three or
    more letters that names one concept is tagged, and so is a shorter one after a possessive or an
    article ("your GP", "a PA"); otherwise a shorter one ("PT", "DO") or one naming several concepts is tagged
    only when the words around it rule out all its meanings but one (senses.csv: "help with TMJ" is
    the disorder, "TMJ is the name of the joint" the joint, "your PT" the practitioner), when it is a
    credential after a person's name ("Dana Whitfield, PT") or a plural ("Some GPs"), or else when
    exactly one of its concepts is named in full on the page. An abbreviation amid ALL-CAPS words is
    an ordinary word ("DO YOU NEED A REFERRAL?").
    """

    def __init__(self, abbreviations: dict[str, list[str]], labels: dict[str, str], senses: SenseRules | None = None):
        self.abbreviations = abbreviations
        self.senses = senses or {}
        self.labels = labels  # concept_id -> label, for the concepts abbreviations name
        self.forms: dict[int, str] = {}  # ORTH hash -> the form its text writes, for the texts seen so far

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        forms = _per_token(doc, lambda orth: self._token_form(doc, orth))
        definitions = self._definitions(doc, forms, entities)
        named = {e.ent_id_ for e in entities}
        labels = {**self.labels, **{e.ent_id_: e.label_ for e in entities}}
        provider_ends = {e.end for e in entities if e.label_ == "PROVIDER"}
        in_names = {i for e in entities for i in range(e.start, e.end)}
        resolved = []
        for i, form in enumerate(forms):
            if form not in definitions and form not in self.abbreviations:
                continue
            if self._in_capitals(doc, i):
                continue
            settled = (i > 0 and doc[i - 1].lower_ in _DETERMINERS) or _listed_after(doc, i, provider_ends)
            plural = doc[i].text != form  # "Some GPs", "such as PTs": people, whatever else the form names
            credential = self._credential(form) if form in self.abbreviations and (plural or _after_a_name(doc, i, in_names)) else None
            after_the = i > 0 and doc[i - 1].lower_ == "the" and not (i + 1 < len(doc) and doc[i + 1].lower_ in _PLACE_AFTER)  # "the VA", not "the VA suburbs"
            concept = definitions.get(form) or credential or self._sense(doc, i, form) or self._meaning(form, named, settled, after_the)
            if concept:
                resolved.append(Span(doc, i, i + 1, label=labels[concept], span_id=concept))
                if labels[concept] == "PROVIDER":
                    provider_ends.add(i + 1)
        if resolved:
            doc.ents = filter_spans(resolved + entities)
        doc.user_data[ABBREVIATION_SPANS] = sorted((span.start_char, span.end_char) for span in resolved)
        return doc

    def _token_form(self, doc: Doc, orth: int) -> str:
        """The form a token's text writes (itself when it is no abbreviation), once per text."""
        form = self.forms.get(orth)
        if form is None:
            text = doc.vocab.strings[orth]
            form = self.forms[orth] = self.form(text) or text
        return form

    def _meaning(self, form: str, named: set[str], settled: bool, after_the: bool) -> str | None:
        """A short form after a determiner is a noun ("your GP", "a DO"), and so is one listed after a
        practitioner ("an MD, DO, NP or PA"): its one concept; a payer's after "the" too ("the VA",
        though "the VA suburbs" are a place)."""
        concepts = self.abbreviations[form]
        label = self.labels[concepts[0]]
        if len(concepts) == 1 and (len(form.replace(".", "")) > SHORT_ABBREVIATION or (settled and label in ("PROVIDER", "PAYER")) or (after_the and label == "PAYER")):
            return concepts[0]
        candidates = [c for c in concepts if c in named]
        return candidates[0] if len(candidates) == 1 else None

    def _credential(self, form: str) -> str | None:
        """The one kind of practitioner a form names ("PT": the therapist, not the therapy)."""
        providers = [c for c in self.abbreviations[form] if self.labels[c] == "PROVIDER"]
        return providers[0] if len(providers) == 1 else None

    def _sense(self, doc: Doc, i: int, form: str) -> str | None:
        """The one meaning of an ambiguous form that its sense rules leave here."""
        concepts = self.abbreviations[form]
        if len(concepts) < 2 or not any(c in self.senses for c in concepts):
            return None
        fitting = [c for c in concepts if not other_sense(self.senses, doc, i, i + 1, c)]
        return fitting[0] if len(fitting) == 1 else None

    @staticmethod
    def form(text: str) -> str | None:
        """The abbreviation a token writes, in its singular ("NPs" -> "NP"), or None."""
        if not ABBREVIATION_SHAPE.match(text):
            return None
        singular = text[:-1] if text.endswith("s") and text[:-1].isupper() else text
        return singular if singular.isupper() else None

    def _definitions(self, doc: Doc, forms: list[str], entities: list[Span]) -> dict[str, str]:
        """Short forms the page defines: "long form (SF)", "SF (the long form)", or a form no
        vocabulary lists that a sentence spells out ("ACC is the Accident Compensation Corporation",
        "... stands for ...") with the initials of its words."""
        definitions = {}
        ending_at = {e.end: e for e in entities}
        starting_at = {e.start: e for e in entities}
        for i in (i for i, form in enumerate(forms) if form == "("):
            form = self.form(doc[i + 1].text) if i + 2 < len(doc) and doc[i + 2].text == ")" else None
            if form and i in ending_at and _letters(form) > 1:
                definitions[form] = ending_at[i].ent_id_
            the = i + 1 < len(doc) and doc[i + 1].lower_ == "the"
            entity = starting_at.get(i + 2 if the else i + 1)
            form = self.form(doc[i - 1].text) if i else None
            if form and _letters(form) > 1 and entity is not None and entity.end < len(doc) and doc[entity.end].text == ")" and (
                    entity.ent_id_ in self.abbreviations.get(form, ()) or _initials_spell(form, entity) or not (the or form in self.abbreviations)):
                definitions[form] = entity.ent_id_  # "ACC (the Accident Compensation Corporation)", not "your GP (the doctor)" nor "Dr. Varga, MD (pain management)"
        for i, form in enumerate(forms):
            if not form.isupper() or form in self.abbreviations or form in definitions or form != doc[i].text or _letters(form) < 2:
                continue
            verb = next((len(words) for words in _SPELLED_OUT if [t.lower_ for t in doc[i + 1:i + 1 + len(words)]] == words), 0)
            start = i + 1 + verb + (verb > 0 and i + 1 + verb < len(doc) and doc[i + 1 + verb].lower_ == "the")
            entity = starting_at.get(start) if verb else None
            if entity is not None and _initials_spell(form, entity):
                definitions[form] = entity.ent_id_
        return definitions

    @staticmethod
    def _in_capitals(doc: Doc, i: int) -> bool:
        words = [t for t in doc[max(i - 3, 0):i + 4] if t.is_alpha and len(t) > 3 and t.i != i]
        return bool(words) and all(t.text.isupper() for t in words)


@Language.factory("link_filter")
def make_link_filter(nlp: Language, name: str):
    """Drops mentions inside web addresses and Markdown link targets ("(#trigger-point-therapy)")."""

    def drop_link_entities(doc: Doc) -> Doc:
        entities = doc.ents
        if not entities:
            return doc
        text = doc_text(doc)
        links = [match.span() for match in LINK.finditer(text)] if any(mark in text for mark in LINK_MARKS) else []  # in order and disjoint
        if links:
            starts = [start for start, _ in links]

            def in_link(entity: Span) -> bool:
                i = bisect_right(starts, entity.start_char) - 1
                return i >= 0 and entity.end_char <= links[i][1]
            _keep_entities(doc, [e for e in entities if not in_link(e)], entities)
        return doc

    return drop_link_entities


@Language.factory("proper_name_filter", default_config={"organisation_words": [], "organisation_heads": []})
def make_proper_name_filter(nlp: Language, name: str, organisation_words: list, organisation_heads: list):
    """Drops mentions that are part of an organisation's name ("Lakeside Physical Therapy" is a
    clinic, not the treatment): a Title Case mention followed by an organisation word ("Clinic"),
    or preceded by a capitalised word that is not a stop word in a line of running text, or by an
    organisation's first word and "of" ("Board of Occupational Therapy"). Payers
    are exempt (an insurer's name is a payer) and so are abbreviations ("Basic HMO", "In Oregon LMTs")."""
    suffixes, heads = frozenset(organisation_words), frozenset(organisation_heads)

    def in_a_name(doc: Doc, text: str, entity: Span) -> bool:
        words = [t for t in entity if t.is_alpha]
        if entity.label_ == "PAYER" or not words or not all(t.text[0].isupper() and not t.text.removesuffix("s").isupper() for t in words):  # "Oregon LMTs": an abbreviation's plural too
            return False
        after = doc[entity.end] if entity.end < len(doc) else None
        if after is not None and after.lower_.rstrip(".") in suffixes:
            return True
        before = doc[entity.start - 1] if entity.start else None
        if _after_an_organisations_head(doc, entity.start, heads) or _after_a_name_and_ampersand(doc, entity.start):
            return True  # "the Board of Occupational Therapy", "School of Massage & Bodywork", "Mesa Spine & Rehab"
        if before is None or not before.is_alpha or not before.text[0].isupper() or before.is_stop or before.ent_type:
            return False
        start = text.rfind("\n", 0, entity.start_char) + 1
        end = text.find("\n", entity.end_char)
        line = text[start:end if end != -1 else len(text)]
        return any(word[0].islower() and len(word) > 3 for word in re.findall(r"[A-Za-z]+", line))

    def drop_names(doc: Doc) -> Doc:
        entities = doc.ents
        if entities:
            text = doc_text(doc)
            _keep_entities(doc, [e for e in entities if not in_a_name(doc, text, e)], entities)
        return doc

    return drop_names


def _after_an_organisations_head(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """An organisation's first word and "of" or "for" right before the words at start, or before
    another name of its own and "&" ("School of Massage & Bodywork")."""
    i = start - 1
    if i >= 0 and doc[i].text in ("&", "and"):
        i -= 1
        while i >= 0 and start - i <= MAX_ORGANISATION_NAME_WORDS and doc[i].is_alpha and doc[i].text[0].isupper() and doc[i].lower_ not in ("of", "for"):
            i -= 1
    return i >= 1 and doc[i].lower_ in ("of", "for") and doc[i - 1].text[0].isupper() and doc[i - 1].lower_ in heads


def _after_a_name_and_ampersand(doc: Doc, start: int) -> bool:
    """"Mesa Spine & Rehab": Title Case words before the "&", one of them no mention and no stop
    word, are a name the mention ends (not "We offer Dry Needling & Cupping")."""
    if start < 2 or doc[start - 1].text != "&":
        return False
    i = start - 2
    while i >= 0 and start - i <= MAX_ORGANISATION_NAME_WORDS + 1 and doc[i].is_alpha and doc[i].text[0].isupper():
        if not doc[i].ent_type and not doc[i].is_stop:
            return True
        i -= 1
    return False


SenseRules = dict[str, list[tuple[set[str], set[str], set[str], set[str], set[str], str]]]


def sense_rules(senses: list) -> SenseRules:
    """senses: [concept_id, the forms a rule is for (all when empty), words that must not come
    right before (one word, or two: "guided by"), right after, or near, words one of which must come right before (none when
    empty), and the concept the words name instead (none when empty)] (pipeline/data/senses.csv),
    by concept."""
    rules: SenseRules = {}
    for concept, forms, before, after, near, only_after, instead in senses:
        rules.setdefault(concept, []).append((*(set(filter(None, words.split("|"))) for words in (forms, before, after, near, only_after)), instead))
    return rules


def _wrapped(space: Token, following: Token) -> bool:
    """White space of one line break before a word in lower case: a sentence wrapped onto the next
    line, not a paragraph's end, a table's gap between columns, nor a line of its own ("your head\nOffice visits ...")."""
    return space.is_space and space.text.count("\n") == 1 and following.text[:1].islower()


def sense_here(rules: SenseRules, doc: Doc, start: int, end: int, concept: str) -> str | None:
    """None when the words of doc[start:end] mean concept here; else the concept they name instead,
    or "" for none ("physio" before "appointment" is the therapy, "long strokes" no condition).
    The first row whose words are there decides: one that names its own concept instead keeps it,
    an exception listed before the rule it excepts ("a PT visit" is the therapy, though "a PT" is not)."""
    if concept not in rules:
        return None
    before_start = start - 1 if start > 1 and _wrapped(doc[start - 1], doc[start]) and doc[start - 2].is_alpha else start  # the word before a wrapped line's break: "your\nhead"
    after_end = end + 1 if end + 1 < len(doc) and _wrapped(doc[end], doc[end + 1]) and doc[end + 1].is_alpha else end  # the word after it: "physical medicine\nand rehabilitation"
    previous = doc[before_start - 1].lower_ if before_start else ""
    following = doc[after_end].lower_ if after_end < len(doc) else ""
    if following in ("-", "–", "—") and after_end == end and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and end + 1 < len(doc):
        following = doc[end + 1].lower_  # "ultrasound-guided": the word the hyphen joins
    window = {t.lower_ for t in doc[max(start - SENSE_WINDOW, 0):end + SENSE_WINDOW]}
    text = doc[start:end].text.lower()
    previous_two = f"{doc[before_start - 2].lower_} {previous}" if before_start > 1 else previous  # "guided by ultrasound"
    instead = next((
        instead for forms, before, after, near, only_after, instead in rules[concept]
        if (not forms or text in forms) and (previous in before or previous_two in before or following in after or bool(window & near) or bool(only_after) and previous not in only_after)
    ), None)
    return None if instead == concept else instead


def other_sense(rules: SenseRules, doc: Doc, start: int, end: int, concept: str) -> bool:
    """The words of doc[start:end] mean something other than concept here."""
    return sense_here(rules, doc, start, end, concept) is not None


@Language.factory("sense_filter", default_config={"senses": [], "labels": []})
def make_sense_filter(nlp: Language, name: str, senses: list, labels: list):
    """Drops a mention whose words mean something else here (pipeline/data/senses.csv): "long
    strokes" of a massage are not the condition stroke, a "knot" in a rope is not a trigger
    point, a treatment "plan" is no payer; or names what they mean instead ("a physio appointment"
    is the therapy, not the practitioner). labels: [concept_id, label] of those instead."""
    rules = sense_rules(senses)
    label_of = dict(labels)

    def drop_other_senses(doc: Doc) -> Doc:
        if rules:
            entities = doc.ents
            kept = []
            for e in entities:
                instead = sense_here(rules, doc, e.start, e.end, e.ent_id_)
                if instead is None:
                    kept.append(e)
                elif instead and sense_here(rules, doc, e.start, e.end, instead) is None:  # what it names instead must fit here too ("my PT take": neither)
                    kept.append(Span(doc, e.start, e.end, label=label_of[instead], span_id=instead))
            _keep_entities(doc, kept, entities)
        return doc

    return drop_other_senses


@Language.factory("modifier_joiner", default_config={"modifiers": [], "compounds": []})
def make_modifier_joiner(nlp: Language, name: str, modifiers: list, compounds: list):
    """Words that a name of some label takes along (pipeline/data/modifiers.csv): "chronic low back
    pain" is one mention of low back pain; and two names one space apart that make one
    (pipeline/data/compounds.csv): "jaw exercises" is one mention of exercise, "Blue Cross plans" one
    of Blue Cross.
    modifiers: [label, word]; compounds: [modifier label, head label, "head" or "modifier": whose
    concept, the concepts the head may be (none: any)]."""
    joined = {(label, _joined_form(word)) for label, word in modifiers}
    widest = max((len(_WORD_PIECES.findall(word)) for _, word in modifiers), default=1)  # "full-body" is three tokens
    compounded = {(modifier, head): (concept_from, frozenset(heads)) for modifier, head, concept_from, heads in compounds}
    if wrong := {concept_from for concept_from, _ in compounded.values()} - {"head", "modifier"}:
        raise ValueError(f"compounds.csv: concept must be head or modifier, not {sorted(wrong)}")

    def join_modifiers(doc: Doc) -> Doc:
        found = doc.ents
        entities = _compounded(doc, list(found), compounded)
        abbreviations = doc.user_data.get(ABBREVIATION_SPANS)
        for i, entity in enumerate(entities):
            start = entity.start
            floor = entities[i - 1].end if i else 0
            while width := next((n for n in range(1, min(widest, start - floor) + 1) if (entity.label_, _joined_form(doc[start - n:start].text)) in joined), 0):
                start -= width
            if start != entity.start:
                entities[i] = Span(doc, start, entity.end, label=entity.label, span_id=entity.id)
                if abbreviations and (entity.start_char, entity.end_char) in abbreviations:  # "chronic MPS" is still an abbreviation
                    abbreviations[abbreviations.index((entity.start_char, entity.end_char))] = (entities[i].start_char, entity.end_char)
        _keep_entities(doc, entities, found)
        return doc

    return join_modifiers


@Language.factory("plan_name_joiner", default_config={"common_words": []})
def make_plan_name_joiner(nlp: Language, name: str, common_words: list):
    """A payer's name takes along the proper name before it: "Choice PPO", "Larkspur Medicare
    Advantage", "the Cascadia plan" are one mention each (an insurer's product, which no vocabulary
    lists). Only capitalised words that are not common English words, on the same line, never a
    sentence's first word ("Does Medicare ..."), at most MAX_PLAN_NAME_WORDS of them.
    common_words: English function words, which a name does not hold."""
    common = frozenset(word.lower() for word in common_words)

    def join_plan_names(doc: Doc) -> Doc:
        found = doc.ents
        entities = list(found)
        for i, entity in enumerate(entities):
            if entity.label_ != "PAYER":
                continue
            if _title_case(doc_text(doc), entity.start_char, entity.end_char):
                continue  # "Do You Take Insurance": a heading capitalises every word
            start, floor = entity.start, entities[i - 1].end if i else 0
            while (start - 1 >= floor and entity.start - start < MAX_PLAN_NAME_WORDS and _proper_word(doc[start - 1], common)
                   and doc[start - 1].whitespace_ == " " and (start - 2 < 0 or doc[start - 2].whitespace_)):  # not "In-Network Medicare"
                start -= 1
            if start != entity.start:
                entities[i] = Span(doc, start, entity.end, label=entity.label, span_id=entity.id)
        _keep_entities(doc, entities, found)
        return doc

    return join_plan_names


def _proper_word(token, common: frozenset[str]) -> bool:
    """A word of a name: capitalised letters, not a common word, not a sentence's first word, not
    a country's two capitals ("US health plans")."""
    text = token.text
    return text.isalpha() and text[0].isupper() and text.lower() not in common and token.is_sent_start is not True and not (len(text) <= 2 and text.isupper())


def _title_case(text: str, start: int, end: int) -> bool:
    """The line around [start, end) capitalises most of its words, as a heading does."""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:line_end if line_end != -1 else len(text)]
    words = _WORDS.findall(line)
    return len(words) > 1 and sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


def _keep_entities(doc: Doc, entities: list[Span], found: tuple[Span, ...]) -> None:
    """Set the entities a filter keeps, unless it kept them all: setting them walks every token."""
    if len(entities) != len(found) or any(kept is not entity for kept, entity in zip(entities, found)):
        doc.ents = entities


def _compounded(doc: Doc, entities: list[Span], compounded: dict[tuple[str, str], tuple[str, frozenset[str]]]) -> list[Span]:
    """Each name joined to the name right before it (one space apart) where the two labels make a
    compound and the head is one it may be, with the head's label and the concept of the part that
    compounds.csv names."""
    abbreviations = {start for start, _ in doc.user_data.get(ABBREVIATION_SPANS) or ()}
    kept: list[Span] = []
    for entity in entities:
        before = kept[-1] if kept else None
        concept_from, heads = compounded.get((before.label_, entity.label_), ("", frozenset())) if before is not None else ("", frozenset())
        if (concept_from and before.end == entity.start and (not heads or entity.ent_id_ in heads)
                and doc[before.end - 1].whitespace_ == " " and before.start_char not in abbreviations and entity.start_char not in abbreviations):
            concept = before.id if concept_from == "modifier" else entity.id
            kept[-1] = Span(doc, before.start, entity.end, label=entity.label, span_id=concept)
        else:
            kept.append(entity)
    return kept


def _plural(word: str) -> str:
    if word.endswith("wife"):
        return word[:-2] + "ves"  # "midwives"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def _with_plural_last_word(form: str) -> str:
    head, last = re.match(r"(.*?)([^ -]+)$", form).groups()
    return head + _plural(last)


def _with_plural_head(form: str) -> str:
    """"doctors of chiropractic": the noun before "of" carries the plural."""
    head, of, rest = form.partition(" of ")
    return _with_plural_last_word(head) + of + rest if of else form


def surface_variants(name: str) -> set[str]:
    """Spellings a name appears in: plural (of its last word, or of the noun before "of"), hyphen or
    space between words, either apostrophe."""
    words = re.split(r"[ -]", name)
    gaps = len(words) - 1
    if len(words) <= MAX_HYPHEN_COMBINATIONS_WORDS:
        separators = list(product(" -", repeat=gaps))
    else:
        separators = [(" ",) * gaps, ("-",) * gaps]
    forms = {name} | {words[0] + "".join(sep + word for sep, word in zip(seps, words[1:])) for seps in separators}
    forms |= {_with_plural_last_word(form) for form in forms} | {_with_plural_head(form) for form in forms}
    return forms | {form.replace("'", "’") for form in forms} | {form.replace("’", "'") for form in forms}


def ruler_patterns(concepts: tuple[Concept, ...]) -> list[dict]:
    return [
        {"label": concept.label, "pattern": form, "id": concept.concept_id}
        for concept in concepts for name in concept.names for form in sorted(surface_variants(name))
    ]


def abbreviation_meanings(concepts: tuple[Concept, ...]) -> list[list[str]]:
    """[abbreviation (singular), concept_id, label] for every abbreviation in the vocabulary."""
    meanings = {
        (AbbreviationResolver.form(abbreviation) or abbreviation, concept.concept_id, concept.label)
        for concept in concepts for abbreviation in concept.abbreviations
    }
    return [list(meaning) for meaning in sorted(meanings)]


def build_nlp(concepts: tuple[Concept, ...] | None = None) -> Language:
    concepts = concepts or vocabulary()
    nlp = spacy.blank("en")
    _tuned(nlp)
    nlp.tokenizer.prefix_search = compile_prefix_regex([MARKUP_TAG, PIPE, WIKI_ITALICS[0], *nlp.Defaults.prefixes]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([MARKUP_TAG, PIPE, WIKI_ITALICS[1], *nlp.Defaults.suffixes]).search
    nlp.tokenizer.infix_finditer = compile_infix_regex([MARKUP_TAG, rf"[.!?](?={MARKUP_TAG})", *nlp.Defaults.infixes, *CITATION_INFIXES, LINK_TEXT_END, CSV_COMMA, PIPE]).finditer
    for abbreviation in sorted({a for concept in concepts for a in concept.abbreviations if a.endswith(".") and " " not in a}):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])  # "Dana Whitlock, L.Ac., ..." keeps its last "." as the name's
    # The ruler comes first: it runs the components before it over each of its patterns.
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(ruler_patterns(concepts))
    nlp.add_pipe("wrapped_names")
    nlp.add_pipe("faq_sentences")
    senses = [[r["concept_id"], r["forms"], r["not_after"], r["not_before"], r["not_near"], r["only_after"], r["instead"]] for r in read_rows("senses.csv")]
    labels = {concept.concept_id: concept.label for concept in concepts}
    nlp.add_pipe("abbreviation_resolver", config={"meanings": abbreviation_meanings(concepts), "senses": senses})
    nlp.add_pipe("link_filter")
    organisation_words = read_rows("organization_words.csv")
    nlp.add_pipe("proper_name_filter", config={"organisation_words": sorted(r["word"] for r in organisation_words if r["scope"] == "name"),
                                               "organisation_heads": sorted(r["word"] for r in organisation_words if r["scope"] == "of")})
    nlp.add_pipe("sense_filter", config={"senses": senses, "labels": sorted([instead, labels[instead]] for *_, instead in senses if instead)})
    nlp.add_pipe("modifier_joiner", config={
        "modifiers": [[r["label"], r["word"]] for r in read_rows("modifiers.csv")],
        "compounds": [[r["modifier_label"], r["head_label"], r["concept"], compound_heads(r["heads"], concepts)] for r in read_rows("compounds.csv")],
    })
    nlp.add_pipe("plan_name_joiner", config={"common_words": [r["word"] for r in read_rows("english_function_words.csv")]})
    return nlp


def compound_heads(heads: str, concepts) -> list[str]:
    """The concepts a compound's head may be, named in compounds.csv by concept id or category."""
    named = set(filter(None, heads.split("|")))
    return sorted(c.concept_id for c in concepts if c.concept_id in named or c.category in named)


def vocabulary_fingerprint() -> str:
    """What the saved pipeline is a function of: this module, the vocabulary and the rule files (its
    components' configurations are saved with it: the organisation words, the senses)."""
    from pipeline import rules
    from pipeline.engines.cache import files_digest

    sources = [Path(__file__), Path(vocabulary_module.__file__), Path(rules.__file__), *sorted(rules.DATA_DIR.rglob("*.csv"))]
    return files_digest(sources)[:16] + "-spacy" + spacy.__version__


PHRASES_FILE = "phrase_patterns.json"  # the entity ruler's phrase patterns as tokens, beside the saved pipeline


@cache
def default_nlp() -> Language:
    """The packaged pipeline, built once (a few seconds) and then loaded from the cache, keyed by the
    vocabulary's fingerprint; built in memory when the cache cannot be written."""
    from pipeline.engines.cache import Cache, CacheError, default_cache_dir

    folder = default_cache_dir() / "nlp" / vocabulary_fingerprint()
    if (folder / PHRASES_FILE).is_file():
        try:
            return load_nlp(folder)
        except (OSError, ValueError):
            pass  # a damaged copy: built again below
    nlp = build_nlp()
    try:
        Cache.open(folder.parent.parent)
        save_nlp(nlp, folder)
    except (CacheError, OSError):
        pass
    return nlp


def save_nlp(nlp: Language, folder: Path) -> None:
    """Save the pipeline (a folder `spacy.load` reads too) with its phrase patterns as tokens, all
    at once: a reader sees the whole folder or none of it."""
    staging = folder.with_name(f".{folder.name}.{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(staging)
    ruler = nlp.get_pipe("entity_ruler")
    phrases = [
        [key, *ruler._ent_ids[nlp.vocab.strings[key]], ruler.phrase_matcher._convert_to_array(doc)]
        for key, docs in ruler.phrase_patterns.items() for doc in docs
    ]
    (staging / PHRASES_FILE).write_text(json.dumps(phrases, ensure_ascii=False), encoding="utf-8")
    try:
        staging.rename(folder)
    except OSError:  # another process saved it first
        shutil.rmtree(staging, ignore_errors=True)


def load_nlp(folder: Path) -> Language:
    """A pipeline save_nlp saved. `spacy.load` would tokenize the ruler's 19,000 phrase patterns
    again, and even making them Docs from saved tokens takes half a second; the matcher takes the
    patterns' token hashes as they are (as when it is unpickled), the same patterns in the same
    order. The ruler keeps those hashes in place of Docs, so this pipeline matches as the built one
    but is not saved again (save_nlp saves a built one)."""
    config = spacy.util.load_config(folder / "config.cfg")
    config["nlp"]["tokenizer"] = {"@tokenizers": "faq.tokenizer_without_rules"}
    nlp = spacy.util.load_model_from_config(config)
    nlp.from_disk(folder, exclude=["entity_ruler"])
    ruler = nlp.get_pipe("entity_ruler")
    for key, label, ent_id, keyword in json.loads((folder / PHRASES_FILE).read_text(encoding="utf-8")):
        ruler._ent_ids[nlp.vocab.strings.add(key)] = (label, ent_id)
        ruler.phrase_patterns[key].append(tuple(keyword))
    for key, keywords in ruler.phrase_patterns.items():
        ruler.phrase_matcher.add(key, keywords)
    return _tuned(nlp)


@spacy.registry.tokenizers("faq.tokenizer_without_rules")
def _tokenizer_without_rules():
    """The tokenizer load_nlp starts from: from_disk reads the saved rules into it (English's own,
    built first only to be replaced, would cost a third of the load)."""
    return lambda nlp: Tokenizer(nlp.vocab)


def _tuned(nlp: Language) -> Language:
    """What spaCy does not save with a pipeline."""
    nlp.max_length = MAX_DOCUMENT_CHARS  # a blank pipeline needs little memory per character
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    return nlp
