"""Extracting claims: what each sentence asserts, whether it is denied, and how firmly.

A sentence's *main clause* carries its assertion: an answer word at its head ("No, ..."), a
fronted subordinate clause ("Without a referral, ...") and trailing clauses (", but this is not
always the case") are set aside before negation cues are read. Hedge cues count in the main clause
and in a fronted scope phrase ("In most states, ..."). Every cue list lives in pipeline/data/cues.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

from pipeline.extract.furniture import CUE_SPAN
from pipeline.extract.nlp import MARKUP_TOKENS, doc_text
from pipeline.extract.prefilter import Gate, fold, required_strings, searcher
from pipeline.rules import read_rows
from pipeline.memos import text_memo

ENTITY = tuple[int, int, str, str]  # start, end (relative to the sentence), label, concept_id
_ANSWER_WORD = re.compile(r"\s*(?:yes|no|nope|yep|yeah)\s*[,.!:;–—-]+\s*")
_BARE_NO = re.compile(r"\s*(?P<no>no|nope)\s*[.!]*\s*")  # "No." on its own: the answer denies
_NO_THEN_A_CONDITION = re.compile(r"\s*(?P<no>no|nope)\s*[,;:–—-]+\s*(?:although|though|even though|even if|if|unless|except)\b")  # an answer word with only a concession or a condition after it
_GIVEN_BY = re.compile(r"\b(?:performed|given|provided|administered|delivered|offered|done|carried out) by\b")
_PREDICATING = re.compile(
    r"\b(?:is|are|was|were|be|been|being|can|cannot|could|may|might|will|would|should|must|do|does|did|"
    r"has|have|had|not|no|never|require[sd]?|cover(?:s|ed)?|help(?:s|ed)?|cause[sd]?|include[sd]?)\b|n't\b"
)
_WORD = re.compile(r"[a-z][a-z'-]*")
LABEL_SEPARATOR = r":\s|(?<!\d)\s(?:--?|[–—])\s(?!\d)(?![^()\n]*\))"  # after a list item's label: "Physical therapists: ...", a handwritten note's "Osteopaths - joint mobilisation, stretching" (not a range, "Mon - Fri", "(30 - 60 minute visits)")
_LABEL_SEPARATOR = re.compile(LABEL_SEPARATOR)
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\\[-+]|[•·▪►‣»]|\(cid:\d{1,4}\)|\d{1,2}[.)])[ \t]+(?=\S)")  # the marker of a list item (Markdown's escaped "\- " of a journal app's export, not "\* ", a footnote's mark, pdfminer's "(cid:127)" for a bullet glyph)
_MIN_CLAIM_WORDS = 3
_REMARK_ON_THE_QUESTION = re.compile(  # "Ha, fair question.", "Hi Grace, good question!", "Welcome Dana!": the answerer's aside, no claim (not "That's a fair question, because ...", "Not a common one.")
    r"(?:(?:ha|oh|ah|well|yeah|so|honestly|okay|ok|hmm)[,!]?\s+|(?:hi|hey|thanks)\s+[a-z]+[,!]?\s+)*(?:(?:that's|that is|it's|what)\s+)?(?:an?\s+)?(?:really\s+|very\s+)?"
    r"(?:good|great|fair|excellent|interesting|common|popular|brilliant|lovely|tricky|tough)\s+question\s*[.!]*"
    r"|(?:hi|hey|hello|welcome)(?:\s+(?:back|aboard|to the group))?(?:,?\s+[a-z]+)?\s*[.!]+")  # a chat's greeting before the answer: "Welcome Dana!", "Hi Sam."
_RECEIVING = frozenset({"not", "receive", "get", "have", "see", "book", "claim", "access", "obtain", "choose", "request", "try", "need", "want", "be"})  # "a patient may receive dry needling": what one is granted
TREATMENT_OBJECT_CHARS = 30  # from a verb to the treatment it takes ("may also use heat and dry needling")
MIN_IMPERATIVE_ITEM_WORDS = 3  # a list item that tells the reader what to do is a sentence ("Wear loose clothing."), not a noun ("Rest")


@dataclass(frozen=True)
class Judgement:
    polarity: str  # affirmed | negated
    certainty: str  # asserted | hedged
    negation_cues: tuple[str, ...]
    hedge_cues: tuple[str, ...]


@dataclass(frozen=True)
class Triple:
    subject: str | None
    predicate: str | None
    object: str | None
    claim_type: str | None
    subjects: tuple[str, ...] = ()  # every concept on the subject side ("P1, P2 and P3 perform X")
    objects: tuple[str, ...] = ()


@dataclass(frozen=True)
class CueSet:
    """Every cue of a list in one pattern (longest first), with each cue's rule attribute."""
    regex: re.Pattern
    attributes: dict[str, str]

    @classmethod
    def of(cls, rows: list[dict], attribute: str | None = None, key: str = "cue") -> CueSet:
        cues = sorted({row[key] for row in rows}, key=lambda cue: (-len(cue), cue))  # one pattern text every run: the regex cache keeps it
        words = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cues if cue != "n't")
        clitic = r"|n't\b" if "n't" in cues else ""
        return cls(searcher(r"(?<![\w'-])(?:" + words + r")(?![\w'-])" + clitic), {row[key]: row[attribute] if attribute else "" for row in rows})

    def find(self, s: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), " ".join(m.group().split())) for m in self.regex.finditer(s, start, len(s) if end is None else end)]


@cache
def _negation_cues() -> CueSet:
    return CueSet.of([r for r in read_rows("cues/negation_cues.csv") if r["effect"] == "main"], "effect")


@cache
def denying_cues() -> CueSet:
    """Words that deny what a coverage question asks ("excluded", "denied") in an affirmed claim."""
    return CueSet.of([r for r in read_rows("cues/negation_cues.csv") if r["effect"] == "answer"], "effect")


@cache
def _hedge_cues() -> CueSet:
    return CueSet.of([r for r in read_rows("cues/hedge_cues.csv") if r["sense"] not in ("off", "quantifier")], "sense")


@cache
def quantifier_cues() -> CueSet:
    """Quantifiers ("some plans", "most people"): no hedge of a claim, but a yes/no answer's maybe."""
    return CueSet.of([r for r in read_rows("cues/hedge_cues.csv") if r["sense"] == "quantifier" and r["yes_no"] == "maybe"], "sense")


@cache
def _pseudo_negations() -> CueSet:
    return CueSet.of(read_rows("cues/pseudo_negations.csv"), key="phrase")


@cache
def _clause_markers() -> tuple[tuple[re.Pattern, str], ...]:
    """Marker patterns, longest first; a marker ending in a letter must end a word."""
    rows = sorted(read_rows("cues/clause_markers.csv"), key=lambda r: -len(r["marker"]))
    return tuple(
        (re.compile(re.escape(r["marker"]) + (r"(?!\w)" if r["marker"][-1].isalnum() else "")), r["position"])
        for r in rows
    )


@cache
def _fronted_markers() -> tuple[re.Pattern, tuple[str, ...]]:
    """The fronted markers in one pattern, in their order (the first that matches decides), with
    each one's position."""
    fronted = [(marker, position) for marker, position in _clause_markers() if position.startswith("fronted")]
    return re.compile("|".join(f"(?P<m{i}>{marker.pattern})" for i, (marker, _) in enumerate(fronted)) or "(?!)"), tuple(p for _, p in fronted)


@cache
def _trailing_markers() -> re.Pattern:
    """The trailing markers in one pattern: its leftmost match is where the first of them begins."""
    return re.compile("|".join(f"(?:{marker.pattern})" for marker, position in _clause_markers() if position == "trailing") or "(?!)")


@cache
def _ability_verbs() -> frozenset[str]:
    return frozenset(r["verb"] for r in read_rows("cues/ability_verbs.csv"))


@cache
def _permission_verbs() -> frozenset[str]:
    return frozenset(r["verb"] for r in read_rows("cues/ability_verbs.csv") if r["permission"] == "yes")


@cache
def _agents() -> dict[str, re.Pattern]:
    """Per role (recipient: patients, you, members; provider: we, our therapists), one pattern; a
    possessive names what is theirs, not them ("workers' comp may pay", "a patient's plan can ...")."""
    rows = read_rows("cues/agents.csv")
    return {
        role: re.compile(r"\b(?:" + "|".join(re.escape(r["agent"]) for r in rows if r["role"] == role) + r")\b(?!['’](?:s\b|\s))")
        for role in ("recipient", "provider")
    }


@cache
def _permission_contexts() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(
        re.escape(r["context"]) + (rf"\b(?!\s+(?:{r['not_before']})\b)" if r["not_before"] else "") for r in read_rows("cues/permission_contexts.csv")
    ) + r")\b")


@cache
def _predicates() -> tuple[dict, ...]:
    return tuple(
        {**r, "regex": re.compile(r["pattern"]), "subject_labels": set(r["subject_labels"].split("|")),
         "object_labels": set(r["object_labels"].split("|"))}
        for r in read_rows("predicates.csv")
    )


@cache
def _claim_types() -> tuple[tuple[tuple[str, re.Pattern, frozenset[str], str], ...], Gate]:
    """(type, cue pattern, predicates of that type, what else the sentence must name: two concepts,
    or a jurisdiction and a kind of practitioner) per row, and which rows' cues a sentence may hold."""
    types, needs = [], []
    for r in read_rows("claim_types.csv"):  # both questions of a row together, while its parse is at hand (prefilter)
        types.append((r["claim_type"], searcher(r["pattern"]), frozenset(filter(None, r["predicates"].split("|"))), r["requires"]))
        needs.append(required_strings(r["pattern"]))
    return tuple(types), Gate(needs)


@cache
def _jurisdiction() -> re.Pattern:
    """A state or province whose law a sentence speaks of: fronted ("In Ohio, ..."), as the one
    that allows or rules ("Colorado allows ...", "Texas law"), or as the place of a permission,
    a licence or a training ("... can't perform it in Colorado", "... in Oregon after training");
    not a clinic's place ("our therapists in Ohio use ...") nor a person ("Georgia, our therapist")."""
    names = _place_names()
    return re.compile(
        rf"^(?i:in|across|throughout|outside) (?:{names}),"
        rf"|\b(?:{names})(?:'s|’s)? (?:allows?|permits?|lets|requires?|laws?|board|state board|statutes?|practice act|rules?|regulations?)\b"
        rf"|{_permitted_in_a_place().pattern}"
    )


@cache
def _place_names() -> str:
    return "|".join(re.escape(row["place"]) for row in read_rows("place_codes.csv"))


@cache
def _permitted_in_a_place() -> re.Pattern:
    """A state named with a word of law, licence or training, or first with a kind of practitioner
    that "may perform" ("In Oregon, physical therapists with the right training may ...", "In North
    Carolina, physical therapists may perform dry needling", "In Virginia, nurse practitioners may also
    give them"): "may" there is the law's permission
    (not "may recommend", nor "In Florida, we may perform it at your second visit")."""
    place = rf"\b(?i:in|across|throughout|outside) (?:{_place_names()})\b"
    permission = r"\b(?i:allow\w*|permit\w*|legal\w*|licen[cs]\w*|can't|cannot|may not|not allowed|train\w*|course\w*|certif\w*|scope)\b"
    kinds_may = r",?\s+(?!(?i:we|you|i|your|our|my|the|some|many|most|few|several|a few)\b)(?:(?i:both|all)\s+)?(?:[A-Za-z][\w-]*,?\s+){1,8}may\s+(?:(?i:also|legally|now|only|still)\s+)?(?i:perform|practi[cs]e|dry[- ]needle|administer|give|inject)\b"
    return re.compile(rf"{place}(?=.*{permission}|{kinds_may})|{permission}.*{place}")


_NORMAL = str.maketrans({"’": "'", "‘": "'", "\n": " "})


def normalise(text: str) -> str:
    """Lower case with straight apostrophes, a hard-wrapped line's break a space ("can dry\nneedle");
    the same length, so offsets carry over."""
    return text.lower().translate(_NORMAL)


@dataclass(frozen=True)
class Clause:
    start: int  # where the main clause begins (after an answer word or fronted clause)
    end: int  # where a trailing clause begins
    scope_start: int  # where hedges start to count (a fronted scope phrase counts)


_OWN_CLAUSE = re.compile(  # a subject and its verb: a fronted phrase holds none ("For most people on blood thinners it's safe, ...")
    r"\b(?:it|they|you|we|i|he|she|there)(?:'s|'re|'ll|'ve|\s+(?:is|are|was|were|do|does|did|don't|doesn't|didn't|isn't|aren't|can|can't|cannot|will|won't|may|might|should|must|has|have|had)\b)")

_CLAUSE_AFTER_COMMA = re.compile(r",\s*" + _OWN_CLAUSE.pattern)
_SUBORDINATOR = re.compile(r"\b(?:who|whom|whose|which|that|where|when|whether|if|because|while|although|as|once|until|unless)\b")
_MAIN_WITHOUT_COMMA = re.compile(  # a fronted clause's verb, then the first subject and verb after it, with no comma between: where the main clause begins
    r"\b(?:is|are|was|were|has|have|had|gets|get|got|feels|feel|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|don't|didn't)\b[^,]*?\s"
    r"(?<!\bthan\s)(?<!\bsomething\s)(?<!\banything\s)(?<!\bone\s)(?<!\bthat\s)(?<!\bwhat\s)(?<!\bwhich\s)"  # not a clause inside the fronted one ("more than you can tolerate", "something we can't treat")
    r"(?=(?:you|we|i|they|he|she|it|there)(?:'s|'re|'ll|\s+(?:is|are|was|were|may|might|can|can't|cannot|could|will|won't|would|should|must|do|does|don't|doesn't|has|have)\b))")


_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|whom|whose)\b")
_BRACKETED_ASIDE = re.compile(r"\([^()]{1,120}\)")  # an aside in brackets: "(usually a diploma)", "(not acupuncture)"
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:.!?]{3,80},\s*(?=(?:is|are|was|were|can|cannot|can't|may|might|must|should|will|won't|does|do|doesn't|don't|did|has|have|had|isn't|aren't|needs|need|requires|require)\b)")


def main_clause(s: str) -> Clause:
    """The main clause of a normalised sentence, per cues/clause_markers.csv."""
    answer_word = _ANSWER_WORD.match(s)
    start = scope_start = answer_word.end() if answer_word else 0
    fronted, positions = _fronted_markers()
    marker = fronted.match(s, start)
    if marker:
        comma = s.find(",", start)
        while comma != -1 and _RELATIVE_OPENING.match(s, comma + 1):
            comma = s.find(",", comma + 1)  # "If your plan covers it, which most do, you pay nothing": past the aside; "When it reaches a trigger point the muscle may twitch, which ...": no comma closes the fronted clause
        scope = positions[int(marker.lastgroup[1:])] == "fronted_scope"
        own = _OWN_CLAUSE.search(s, marker.end(), comma) if scope and comma != -1 else None
        if own and _SUBORDINATOR.search(s, marker.end(), own.start()):
            own = None  # "In cases where it isn't severe, ...": the verb is the fronted phrase's own clause's
        closed = comma != -1 and _CLAUSE_AFTER_COMMA.match(s, comma)  # "When a problem is something we can't treat, we refer you ...": the comma closes it
        unmarked = None if scope or closed else _MAIN_WITHOUT_COMMA.search(s, marker.end(), comma if comma != -1 else len(s))
        if unmarked:  # "Once a needle is in place you may feel a dull ache, ...": the fronted clause ends without its comma
            start = scope_start = unmarked.end()
        elif comma != -1 and not own:  # "For most people it doesn't, because ...": the main clause itself
            start = comma + 1
            scope_start = scope_start if scope else start
    trailing = _trailing_markers().search(s, start + 1)
    while trailing and (aside := _RELATIVE_ASIDE.match(s, trailing.start())):  # "Wet cupping, which involves small cuts, is not ...": the subject's aside, then its verb
        trailing = _trailing_markers().search(s, aside.end())
    return Clause(start, trailing.start() if trailing else len(s), scope_start)


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _agent_role(s: str, clause_start: int, position: int, entities: list[ENTITY]) -> str | None:
    """Who acts in the subject before a modal: a provider (a practitioner, "our therapists"), a
    recipient of care ("patients", "you"), or nobody (a treatment, a condition)."""
    subject = s[clause_start:position]
    if any(label == "PROVIDER" and clause_start <= start < position for start, _, label, _ in entities) or _agents()["provider"].search(subject):
        return "provider"
    return "recipient" if _agents()["recipient"].search(subject) else None


def _next_words(s: str, position: int, count: int = 3) -> list[str]:
    return _WORD.findall(s[position:position + 60])[:count]


_SHARE_OF_THEM = re.compile(r"\b(?:most|many|some|all|a few|several|each|both|any) of them\b|\b(?:both|each)\s+$")  # "Both can use dry needling": the practitioners just named
_PRACTICE_VERBS = frozenset("treat perform offer provide administer prescribe inject diagnose practice practise assess evaluate teach use give".split())
_PAST_PARTICIPLE = re.compile(r"\w+(?:ed|en)|done|made|put|kept|held|set|left|told|paid|taught|worn|cut|sent|spent|built|run|read")  # "should be checked", "should only be done by ..."
_ADVERBS = {"also", "legally", "still", "only", "usually", "often", "then", "all", "both", "each", "now", "safely", "easily", "even"}
_EXPERIENCE = {"feel", "experience", "develop", "get", "have", "notice", "become", "be", "suffer", "see", "expect", "cause", "lead", "result", "affect", "spread", "refer", "return"}  # can + these: a possibility even of an agent
_PERFORMED = {"done", "performed", "given", "provided", "offered", "delivered", "treated", "used", "administered"}
_APPOSITIVE = re.compile(r",\s*(?:most\s+|more\s+)?$")  # ", usually", ", most often", ", more often"
_LIST_ITEM_ASIDE = re.compile(r"\b(?:and|or),\s*$")  # "bruising and, rarely, ": a list's last item, set off
_LIST_ITEM = re.compile(r",\s+(?P<article>(?:an?|the)\s+)?(?P<item>[\w-]+(?:\s+[\w-]+){0,3})(?:\s*\([^()]*\))?(?:\s+(?:after|near|at|in|from|with|when|where|as)\b[^.;!?]*)?\s*(?:[.;!?]|$)")  # the item, the sentence's last words
_PHRASE_ENDS = re.compile(r"(?:\s+(?:or|and)\s+(?:the\s+)?[\w-]+)*\s*(?:[.;,)!?]|$)")
_PLACE_NAME = re.compile(r"\b(?:in|across|throughout) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


_PURPOSE_CLAUSE = re.compile(r"([\w'-]+),?\s+(?:so|so that|where)\s+(?:[\w'-]+\s+){1,3}$")  # "so the muscle can relax", "where the muscle can lengthen"
_RELATIVE_BEFORE_MODAL = re.compile(  # "a muscle that can send pain", "points that your therapist can feel"; not "muscles that are tight can"
    r"([\w'-]+),?\s+(?:that|which|who)\s+(?:(?:you|we|i|they|he|she|it|(?:your|our|the|a|an|their|his|her|my)\s+[\w'-]+)\s+)?$")
_CONTACT_RELATIVE = re.compile(r"\b([a-z]{3,})\s+(?:you|we|i|they)\s+$")  # "a knot you can feel in the muscle"
_GAPPED_OBJECT = re.compile(r"\s*(?:[,.;:)]|$|(?:in|under|on|at|along|with|through|when|during)\b)")
_NOT_A_HEAD = frozenset("and but or so because if when then than that as where also now here there is are was were means mean "
                        "note notes say says know think believe sure ensure show shows find found this it's that's".split())  # "and that can", "this is where"


def _in_subordinate_clause(s: str, clause_start: int, position: int, verb_end: int) -> bool:
    """A "can" in a purpose or relative clause ("so the muscle can relax", "a muscle that can send
    pain", "knots you can feel in the muscle") qualifies a noun or states an aim: the main clause
    says whether the claim is hedged (annotators asserted 76 such sentences, hedged none whose
    main clause was not hedged)."""
    before = s[clause_start:position]
    purpose = _PURPOSE_CLAUSE.search(before)
    if purpose and purpose.group(1) not in _NOT_A_HEAD:  # not "So it can take a while", "This is where it can go wrong"
        return True
    relative = _RELATIVE_BEFORE_MODAL.search(before)
    if relative and relative.group(1) not in _NOT_A_HEAD:
        return True
    contact = _CONTACT_RELATIVE.search(before)
    return bool(contact and contact.group(1) not in _NOT_A_HEAD and _GAPPED_OBJECT.match(s, verb_end))


_OBJECT_START = re.compile(r"\s*(?:[\w'-]+\s+){0,2}")
_SERVICE = re.compile(r"\s+(?:up to\b|\d|(?:[\w'-]+\s+){0,3}(?:visits?|sessions?|appointments?|treatments?)\b)")


def _names_service(s: str, position: int, entities: list[ENTITY]) -> bool:
    """What one may have is a service: a treatment its object names ("you can have repeat
    injections") or visits counted ("members can have up to 12 visits")."""
    object_start = _OBJECT_START.match(s, position)  # the object's first words: "repeat injections", not "side effects from the injection"
    return bool(_SERVICE.match(s, position)) or any(label == "TREATMENT" and position <= start <= object_start.end() for start, _, label, _ in entities)


def _modal_is_not_possibility(modal: str, role: str | None, following: list[str], permission_context: bool) -> bool:
    """"can" of ability or permission, "should" of advice, "may not" of prohibition: no hedge.

    "may" grants permission to those who receive care ("patients may bring a friend"); said of a
    practitioner it is a possibility ("your therapist may also use a foam roller") unless the
    sentence speaks of law or licence ("only physicians may ...", "in 30 states")."""
    agent = role is not None
    if modal == "may":
        if following[:1] == ["be"] and permission_context:
            return True  # "may be performed only by a licensed physical therapist"
        if following[:1] == ["not"]:
            return agent and following[1:3] != ["be", "able"]  # "you may not be able to move it": a possibility
        if role == "provider":
            return permission_context
        return agent and bool(following[:1]) and following[0] in _permission_verbs()
    if modal == "should":  # advice to an agent, a prohibition, or a passive instruction ("should be checked")
        return agent or following[:1] in (["not"], ["never"]) or (
            following[:1] == ["be"] and len(following) > 1 and _PAST_PARTICIPLE.fullmatch(following[1]) is not None
        )
    words = following[1:] if following[:1] == ["not"] else following
    verb = words[0] if words else ""
    if verb == "be" and len(words) > 1:
        return f"be {words[1]}" in _ability_verbs()
    if modal == "could" and verb == "have" and len(words) > 1 and words[1] in _PERFORMED:
        return agent  # "a massage therapist could have done the massage": what they were able to do
    if not verb:
        return agent  # an echoed answer: "She can.", "physical therapists can"
    return agent and (verb in _ability_verbs() or verb not in _EXPERIENCE)  # "physicians can give", "you can appeal"


_FRONTED_PHRASE = re.compile(r"\s*(?:at|for|after|in|on|with|by|during|before|if|when|since|once|for most|in most)\b[^,]*,\s*")


_AMOUNT_ASIDE = re.compile(r"\s*(?:about\s+|around\s+)?[$£€]?\d[^,;.!?]*(?:,|$)")


def _in_appositive(s: str, start: int, end: int, after: list[str], entities: list[ENTITY]) -> bool:
    """", sometimes called X", ", often with fatigue", ", usually lidocaine", ", most often a
    physiatrist", ", usually the masseter", "and, rarely, infection": the phrase names or qualifies
    a noun; the main clause says whether the claim is hedged."""
    if not (_APPOSITIVE.search(s[:start]) and after) or _FRONTED_PHRASE.fullmatch(s, 0, start):
        return False  # "At our clinic, usually a therapist ...": the comma ends a fronted phrase, the adverb is the main clause's
    if _LIST_ITEM_ASIDE.search(s, 0, start) and (item := _LIST_ITEM.match(s, end)) and (item.group("article") or any(e_start == item.start("item") for e_start, _, _, _ in entities)):
        return True  # "include bruising, soreness and, rarely, infection", "a pinch and, often, a twitch": how often one item happens, not a hedge of the list (not "and, rarely, causes a bruise")
    if after[0].endswith(("ed", "ing")) or after[0] in ("with", "in", "at", "as", "called", "known"):
        return True
    if _AMOUNT_ASIDE.match(s, end):
        return True  # "you pay the full rate, usually $60 to $85, until ...": the amount it names
    named = re.match(r"\s*(?:(?:a|an|the|\d+(?:\.\d+)?%?)\s+)?", s[end:])
    return any(label in ("DRUG", "PROVIDER") and mention_start == end + named.end() or label == "ANATOMY" and mention_start == end + named.end() and _PHRASE_ENDS.match(s, mention_end)
               for mention_start, mention_end, label, _ in entities)  # ", usually the masseter (or temporalis)." ends there; not ", usually the masseter is treated first"


def in_a_place(text: str) -> bool:
    """The sentence, as written, names a jurisdiction ("in Ohio", "in New Mexico"): "may" there is
    the law's permission; so does a state named with a word of law or training."""
    return bool(_PLACE_NAME.search(text) or _permitted_in_a_place().search(text))


_ECHOED_MODAL = re.compile(r",\s+as\s+$")
_DENIED_SUBJECT = re.compile(r"\s*(?:no|nothing|nobody|no one|none|neither)\b")


_CHANGED = re.compile(r"\b(?:raises?|raising|increases?|increasing|lowers?|lowering|reduces?|reducing|improves?|improving|boosts?|boosting|cuts?|cutting|doubles?)\s+(?:the|your|their|its|his|her|our|a)\s+(?:[\w-]+\s+)?$")


_CLAUSE_OPENING = re.compile(r"(?:^|[,;:(])\s*$")  # "Normally, ...": of the whole clause
_MANNER_AFTER = re.compile(  # what follows an adverb of manner: the sentence goes on past the verb it describes ("move normally the same day", "breathe normally and")
    r"\s*(?:$|[^\w\s]|(?:and|or|but|the|a|an|again|after|before|during|for|in|on|at|with|without|until|while|when|if|as|so|then|that|this|today|tomorrow|afterwards?)\b)"
)


RELATIVE_LOOKBACK_CHARS = 60  # before a cue, where its relative pronoun and the noun it describes are looked for
_RELATIVE_BEFORE = re.compile(  # "marks that usually ...", "a shot, which will usually ...": a relative pronoun, perhaps an auxiliary, then the cue
    r"\b(?P<head>[A-Za-z][\w-]*)(?P<bracket>[ \t]*\([^()]{1,40}\))?[ \t]*,?[ \t\n]+(?:which|who|that)[ \t\n]+(?:(?:will|would|can|could|do|does|did|also|often)[ \t\n]+)?$"
)
_NOT_A_NOUN_BEFORE = _NOT_A_HEAD | frozenset(  # words before a "that" that opens a complement or is the demonstrative, not a relative pronoun
    "nor while although though since unless such meant showed shown suggest suggests suggested finds said believes believed thinks thought knows known noted "
    "report reports reported indicate indicates indicated claim claims concluded conclude concludes agree agreed hope hopes feel feels felt likely possible "
    "unlikely evidence chance chances be been fact sign signs way ways aware clear true like us you them me him her patients people taught told learned "
    "do does did covers cover offer offers".split()
)
_WORD_AFTER = re.compile(r"[ \t]+[a-z]")  # a verb goes on after the cue (not the demonstrative's "covers that sometimes.")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?]")
_PREDICATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|being|been|['’]s|['’]re)\s+(?:(?:a|an|the|one|another)\s+)?(?:[\w-]+,?\s+){0,2}$")  # "Cupping is an ancient therapy that may ...": the claim's own predicate


def _said_of_a_noun(s: str, start: int, end: int, entities: list[ENTITY]) -> bool:
    """A cue at s[start:end] inside a relative clause that describes a noun ("marks that usually
    fade within a week"), not the claim: not the predicate's noun ("Cupping is a therapy that may
    relieve pain"), nor a practitioner's act ("physicians, who may use it", "a technique that may
    be used by massage therapists"), nor a demonstrative "that" ("covers that sometimes")."""
    relative = _RELATIVE_BEFORE.search(s, max(0, start - RELATIVE_LOOKBACK_CHARS), start)
    if not relative or relative.group("head").lower() in _NOT_A_NOUN_BEFORE or not _WORD_AFTER.match(s, end):
        return False
    if _PREDICATE_BEFORE.search(s, max(0, relative.start() - RELATIVE_LOOKBACK_CHARS), relative.start("head")):
        return False
    clause_end = punctuation.start() if (punctuation := _CLAUSE_PUNCTUATION.search(s, end)) else len(s)
    head_end = relative.end("bracket") if relative.group("bracket") else relative.end("head")
    return not any(label == "PROVIDER" and (relative.start("head") < e_end <= head_end or end <= e_start < clause_end) for e_start, e_end, label, _ in entities)


def _hedges(s: str, clause: Clause, entities: list[ENTITY], place: bool, asides: list[tuple[int, int]]) -> list[str]:
    found = []
    cues = _hedge_cues()
    for start, end, cue in cues.find(s, clause.scope_start, clause.end):
        sense = cues.attributes[cue]
        after = _next_words(s, end)
        if _said_of_a_noun(s, start, end, entities) or _covered(asides, start, end):
            continue  # "marks that usually fade within a week", "a cortisone shot, which usually goes into a joint": said of a noun, not a hedge of the claim
        if sense == "agent_modal":
            modal = cue.split()[0]
            following = [w for w in _next_words(s, start + len(modal), 4) if w not in _ADVERBS]
            role = _agent_role(s, clause.start if start >= clause.start else clause.scope_start, start, entities)
            if not following and re.search(r"\bthey\s+$", s[:start]):
                role = None  # "They can." may echo what things do ("Can trigger points cause headaches?")
            elif role is None and following[:1] and following[0] in _PRACTICE_VERBS and _SHARE_OF_THEM.search(s, clause.start if start >= clause.start else clause.scope_start, start):
                role = "provider"  # "Most of them can treat a calf trigger point ...": people who practise (not "Some of them can raise blood pressure")
            verb = re.match(r"\s*(?:not\s+)?(?:be\s+)?[\w'-]+", s[start + len(modal):])
            verb_end = start + len(modal) + (verb.end() if verb else 0)
            permission = place or bool(_permission_contexts().search(s))
            uses_a_treatment = modal == "may" and role == "recipient" and following[:1] and following[0] not in _RECEIVING and not permission and any(
                label == "TREATMENT" and verb_end <= e_start <= verb_end + TREATMENT_OBJECT_CHARS for e_start, _, label, _ in entities
            )  # "They may also use manual therapy or dry needling", "I may also use dry needling": what the practitioner may do, a possibility
            if not uses_a_treatment and _modal_is_not_possibility(modal, role, following, permission):
                continue
            if _ECHOED_MODAL.search(s, 0, start):
                continue  # "..., as may acupuncturists": the main verb's modal again, judged there
            if modal in ("can", "could") and _DENIED_SUBJECT.match(s, clause.start, start):
                continue  # "No blood test can show a trigger point": what cannot be is stated, not guessed
            if modal == "can" and _in_subordinate_clause(s, clause.start if start >= clause.start else clause.scope_start, start, verb_end):
                continue
            if modal == "can" and role is not None and following[:1] == ["have"] and _names_service(s, verb_end, entities):
                continue  # "members can have up to 12 visits"; "a person can have both conditions", "you can have side effects" stay possibilities
        elif sense == "before_number" and not re.match(r"\s*[$\d]", s[end:]):
            continue
        elif sense == "not_superlative" and re.search(r"\b(?:the|at)\s+$", s[:start]):
            continue
        elif sense in ("not_comparative", "not_comparative_or_appositive") and (re.search(r"\b(?:more|less|as|how)\s+$", s[:start]) or after[:1] == ["than"]):
            continue
        elif sense in ("not_appositive", "not_comparative_or_appositive") and _in_appositive(s, start, end, after, entities):
            continue
        elif sense == "not_agent" and (_agents()["provider"].search(s[max(0, start - 12):start])
                                       or _agent_role(s, clause.start if start >= clause.start else clause.scope_start, start, entities) is not None):
            continue  # "we suggest", "your therapist will suggest": a recommendation, not evidence
        elif sense == "not_changed" and _CHANGED.search(s, 0, start):
            continue  # "Blood thinners raise the chance of bruising": a risk stated, not a guess
        elif sense == "not_of" and after[:1] == ["of"]:
            continue  # "not typical of myofascial pain": characteristic of, not what usually happens
        elif sense == "not_manner" and not _CLAUSE_OPENING.search(s, 0, start) and _MANNER_AFTER.match(s, end):
            continue  # "move normally, but ...": how, not how often ("is normally covered", "Normally, ..." hedge)
        elif sense == "not_determination" and after[:1] and (after[0] in _DETERMINED or _DETERMINED_CLASS.match(s, end)):
            continue  # "is considered investigational", "approved", "a physical therapy service", "acupuncture for billing purposes": a class a payer or a rule puts it in
        elif sense == "not_preference" and after[:1] and after[0] in ("rather", "prefer", "sooner"):
            continue  # "most of our physios would rather use taping": what they choose, not a guess
        found.append(cue)
    return found


_DETERMINED = frozenset(("medically", "investigational", "experimental", "cosmetic", "not", "within", "part", "approved", "denied", "covered", "non-covered", "billable", "eligible",
                         "durable", "in-network", "out-of-network", "elective", "reimbursable", "preventive"))
_DETERMINED_CLASS = re.compile(r"\s+(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:service|services|benefit|benefits|equipment|expense|expenses|supply|supplies|procedure code)\b|(?:[\w-]+\s+){1,6}?for\s+billing\b)")  # "a physical therapy service", "acupuncture for billing purposes"


def judge(sentence: str, entities: list[ENTITY] = ()) -> Judgement:
    """Polarity and certainty of a sentence's main assertion, with the cues that decided them."""
    s = normalise(sentence)
    return _judge(s, main_clause(s), list(entities), in_a_place(sentence))


_RELATIVE = re.compile(r"\b(?:that|who|which|whose\s+[\w'’-]+)\b")
_REPORTED = re.compile(r"\b(?:note|notes|noted|show|shows|showed|shown|find|finds|found|say|says|said|know|knows|believe|think|ensure|sure|aware|remember|recommend|suggest|suggests|clear|true|like|as|about|than|with|of|for)\s+$")
_RELATIVE_GAP = re.compile(  # what may stand between the relative word and the negation of its own verb
    r"\s+(?:(?:a|an|the|this|these|those|its|their|your|our|my|his|her|many|most|some|few|several|all|both|each|every|it|they|you|we|i|he|she)\b(?:\s+[\w'’-]+){0,3}?\s+)?"
    r"(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\s+)?"
)


def _in_relative_clause(s: str, clause_start: int, position: int) -> bool:
    """A negation of a relative or complement clause's own verb ("pain that has not improved",
    "problems that a trigger point cannot explain", "means that nothing is injected") denies
    nothing of the main clause; "The marks that follow are not bruises" still denies."""
    markers = [m for m in _RELATIVE.finditer(s, clause_start + 1, position)]
    if not markers or _REPORTED.search(s, clause_start, markers[-1].start()):
        return False  # "note that your plan does not cover it", "a treatment like that is not covered": the denial is the claim
    return _RELATIVE_GAP.fullmatch(s, markers[-1].end(), position) is not None


def _asides(s: str, clause: Clause) -> list[tuple[int, int]]:
    """The subject's relative asides the main clause runs over ("Botulinum toxin, which you may know as Botox, is ...")
    and what it says in brackets ("train for three years (usually a diploma) and use ..."): their cues judge nothing."""
    return [aside.span() for aside in _RELATIVE_ASIDE.finditer(s, clause.scope_start, clause.end)] + [
        aside.span() for aside in _BRACKETED_ASIDE.finditer(s, clause.scope_start, clause.end) if not _only_a_cue(s, aside.start() + 1, aside.end() - 1)]


def _only_a_cue(s: str, start: int, end: int) -> bool:
    """Brackets that hold a hedge or a negation and nothing else ("is (usually) covered", "does
    (not) cover", "(in some cases)"): the clause's own words, set apart."""
    words = re.search(r"\w.*\w|\w", s[start:end])
    if words is None:
        return False
    low, high = start + words.start(), start + words.end()
    return any(a <= low and high <= b for a, b, _ in (*_hedge_cues().find(s, low, high), *_negation_cues().find(s, low, high)))


def _judge(s: str, clause: Clause, entities: list[ENTITY], place: bool = False) -> Judgement:
    asides = _asides(s, clause)
    pseudo = [(start, end) for start, end, _ in _pseudo_negations().find(s)]
    negations = [
        cue for cue in _negation_cues().find(s, clause.start, clause.end)
        if not _covered(pseudo + asides, cue[0], cue[1]) and not _in_relative_clause(s, clause.start, cue[0])
    ]
    no = None if negations else _NO_THEN_A_CONDITION.match(s) or _BARE_NO.fullmatch(s)
    if no:  # "No, although the two can look alike.", "No, if you are in a PPO plan.": the "No" is the claim, firm whatever the rest says
        negations = [(no.start("no"), no.end("no"), "no")]
    hedges = [] if no else _hedges(s, clause, entities, place, asides)
    return Judgement(
        polarity="negated" if negations else "affirmed",
        certainty="hedged" if hedges else "asserted",
        negation_cues=tuple(cue for _, _, cue in negations),
        hedge_cues=tuple(dict.fromkeys(hedges)),
    )


def _triple_in(s: str, low: int, high: int, entities: list[ENTITY]) -> Triple | None:
    """The triple of the leftmost predicate that has a subject and an object of the right labels."""
    found = []
    inside = [e for e in entities if low <= e[0] and e[1] <= high]
    labels = {e[2] for e in inside}
    for predicate in _predicates():
        if labels.isdisjoint(predicate["subject_labels"]) or labels.isdisjoint(predicate["object_labels"]):
            continue  # it could find no subject or no object here
        for match in predicate["regex"].finditer(s, low, high):
            before = [e for e in inside if e[1] <= match.start()]
            after = [e for e in inside if match.end() <= e[0]]
            passive = predicate["voice"] == "passive"
            subjects = [e for e in (after if passive else before) if e[2] in predicate["subject_labels"]]
            objects = [e for e in (before if passive else after) if e[2] in predicate["object_labels"]]
            if not subjects or not objects:
                continue
            subject = subjects[0] if passive else subjects[-1]
            obj = objects[-1] if passive else objects[0]
            if predicate["same_label"] == "yes" and subject[2] != obj[2]:
                continue
            if subject[3] != obj[3]:
                found.append((match.start(), Triple(
                    subject[3], predicate["predicate"], obj[3], predicate["claim_type"],
                    tuple(dict.fromkeys(e[3] for e in subjects)), tuple(dict.fromkeys(e[3] for e in objects)),
                )))
                break
    return min(found, key=lambda item: item[0])[1] if found else None


def _relation(s: str, clause: Clause, entities: list[ENTITY]) -> Triple:
    """Subject, predicate and object from the documented predicate lexicon, or nothing: never a guess."""
    if len({concept for _, _, _, concept in entities}) < 2:  # a triple relates two distinct concepts
        return Triple(None, None, None, None)
    return _triple_in(s, clause.start, clause.end, entities) or _triple_in(s, 0, len(s), entities) or Triple(None, None, None, None)


_CONDITION_FIRST = re.compile(r"(?:if|when|whenever|after|before|once|until|as soon as)\b")


def _claim_type(s: str, triple: Triple, entities: list[ENTITY], text: str) -> str:
    """The first type (docs/annotation.md, "Deciding a claim's type") whose cues the sentence holds
    or whose predicate its triple is; a list marker or an answer word does not count, a
    comparison names two things, and who may do what in a state names a practitioner."""
    s = LIST_ITEM.sub("", _ANSWER_WORD.sub("", s, count=1), count=1)
    concepts = len({concept for _, _, label, concept in entities if label != "ANATOMY"})

    def named(requires: str) -> bool:  # what else the row needs, read only when it is reached
        if requires == "two_concepts":
            return concepts >= 2
        if requires == "jurisdiction":
            return any(label == "PROVIDER" for _, _, label, _ in entities) and _jurisdiction().search(text) is not None
        return True

    after_condition = [part.strip() for part in s.split(",")[1:]] if _CONDITION_FIRST.match(s) else []
    rows, gate = _claim_types()
    cued = gate.rules(fold(s))  # a row whose cue the sentence cannot hold is read by its predicates alone
    return next((
        name for i, (name, regex, predicates, requires) in enumerate(rows)
        if triple.predicate in predicates or (cued >> i & 1 and (
            ((not requires or named(requires)) and regex.search(s))
            or (name == "advice" and any(regex.search(part) for part in after_condition))  # "If it spreads, see a doctor."
        ))
    ), "other")


def is_remark(sentence: str) -> bool:
    """The answerer's aside before the answer ("Good question!", "Welcome Dana!"): no answer's first sentence."""
    return _REMARK_ON_THE_QUESTION.fullmatch(normalise(sentence).strip()) is not None


_FOOTNOTED = re.compile(r"[.!][\"”’')]*\s*\\footnote\{[^{}]*\}$")  # a LaTeX footnote after the full stop


def is_assertion(sentence: str) -> bool:
    """Questions, bare headings and answer words assert nothing; "X is NOT Y" as a heading does."""
    s = normalise(sentence).strip()
    if s.rstrip("*_\"'”’ ").endswith("?") or len(_WORD.findall(s)) < _MIN_CLAIM_WORDS or _REMARK_ON_THE_QUESTION.fullmatch(s):  # "**Can I drive?**" asks too
        return False
    return s[-1:] in ".!:;)\"'”" or bool(_PREDICATING.search(s)) or bool(_FOOTNOTED.search(s))


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    claim_type: str
    triple: Triple
    judgement: Judgement
    asserts: bool  # False for questions, bare headings and answer words: no claim row
    lead_in: tuple[int, int] | None = None  # the sentence a list item completes ("It helps with:")


def sentence_spans(doc) -> list[tuple[int, int]]:
    """Each sentence of a parsed document as (start, end) offsets, without surrounding white space
    and tags (read from the token arrays at once: a Token object, or a list, per token would cost
    more than the rest). A sentence of white space and tags only has no span."""
    if not len(doc):
        return []
    tokens = doc.to_array([SENT_START, IS_SPACE, IDX, LENGTH]).astype(numpy.int64)
    opens = tokens[:, 0] == 1
    opens[0] = True
    words = tokens[:, 1] == 0
    words[doc.user_data.get(MARKUP_TOKENS, [])] = False  # "<br>" or "<b>" at a sentence's edge is markup, not its words
    sentence = numpy.cumsum(opens)[words]
    if not len(sentence):
        return []
    starts, ends = tokens[words, 2], tokens[words, 2] + tokens[words, 3]
    changes = numpy.flatnonzero(numpy.diff(sentence)) + 1
    firsts, lasts = numpy.concatenate(([0], changes)), numpy.concatenate((changes - 1, [len(sentence) - 1]))
    spans = list(zip(starts[firsts].tolist(), ends[lasts].tolist()))
    text = doc_text(doc)
    return [(cue.end(), end) if text.startswith("[", start) and (cue := CUE_SPAN.match(text, start, end)) and cue.end() < end else (start, end)
            for start, end in spans]  # a speech-to-text segment's time span is no word of its sentence


def document_entities(doc) -> list[ENTITY]:
    """The parsed document's entities as (start, end, label, concept_id), in text order."""
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]


def sentence_entities(entities: list[ENTITY], start: int, end: int) -> list[ENTITY]:
    """The entities inside [start, end), with offsets relative to start."""
    inside = []
    for i in range(bisect_left(entities, (start,)), len(entities)):
        entity_start, entity_end, label, concept = entities[i]
        if entity_start >= end:
            break
        if entity_end <= end:
            inside.append((entity_start - start, entity_end - start, label, concept))
    return inside


_BOUNDARY = re.compile(r"\s*(?:[,;]\s*(?P<conjunction>but|and|while|whereas|although|though|yet|so)|;|\s+(?P<bare>but|and))\s+|\s*,\s+(?=others\s)")  # "Some funds pay a rebate, others don't": "others" opens a side without a conjunction
_NEW_SUBJECT = re.compile(
    r"(?:in|at|under|after|during)\s+(?:a|an|the|many|most|some|all|few|several|our|your|their|this|that|these|those)\s+[\w-]+,?\s+(?=[\w-]+\s+\w)"  # "and in many states physical therapists ..."
    r"|(?:\w+ly,?\s+)?(?:a|an|the|our|your|their|his|her|its|many|most|some|all|few|several|any|both|neither|either|one|these|those|this|that|other|others"
    r"|each|every|no|nobody|no one|nothing|none|everyone|someone|anyone|people|patients|they|we|he|she|it|you|i|there)\b"
)
_SUBJECT_ONLY = re.compile(r"(?:[\w'-]+\s+){1,5}")  # a few words and the verb: "and others do not", not "and no medication, and ... perform"
_NEGATION_WORD = re.compile(r"not|no|never")  # predicating, but no verb of the side's own
_VERB_PHRASE = re.compile(r"(?:(?:usually|often|always|never|still|also|then|only|sometimes|typically|generally|rarely)\s+)?")  # "and usually fade ..."
_FINITE = re.compile(r"(?:is|are|was|were|do|does|did|can|cannot|could|may|might|will|would|should|must|has|have|had)\b")  # a verb phrase of its own
_AUXILIARY = re.compile(r"\b(?:can|cannot|could|do|does|did|will|would|should|may|might|must)\b|n't\b")  # "can't find and hold": one auxiliary, both verbs
_SUBORDINATE = re.compile(r"\b(?:when|whenever|unless|if|that(?!['’]s\b| is\b| was\b)|which|who|whom|because|where|while|until|after|before|since|once|though|although)\b")


@cache
def _clause_verbs() -> re.Pattern:
    rows = read_rows("cues/clause_verbs.csv")
    words = [row["verb"] for row in rows] + [form for row in rows for form in row["forms"].split("|") if form]
    return re.compile(_PREDICATING.pattern + r"|\b(?:" + "|".join(map(re.escape, words)) + r")(?:s|es|ed|d)?\b")


def _bare_subject_then_finite_verb(right: str, verb: int) -> bool:
    """"..., and trigger point injections are given by physicians", "..., and massage counts as
    wellness": a noun phrase of its own, then a finite verb; not "..., and neck pain caused by
    posture" nor "..., and headaches that ..."."""
    if not 0 < verb or _SUBJECT_ONLY.fullmatch(right, 0, verb) is None or _SUBORDINATE.search(right, 0, verb):
        return False
    said = re.match(r"([\w'-]+)\s+[\w$]", right[verb:])  # a verb with words after it: not a list's last noun ("..., and posture checks.")
    return said is not None and (_FINITE.fullmatch(said.group(1)) is not None or not said.group(1).endswith(("ed", "ing")))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """A sentence split where two assertions meet ("Medicare does not require a referral, but many
    private plans do"): each side has its own subject and verb, so each is its own claim with one
    polarity. After "and" or "so" the second side must open a new subject ("..., and our
    physical therapists provide ...", its verb a few words on), not end a list ("X, Y, and Z can
    perform it", "..., and the lower back"). Two verb phrases of one subject are two claims only in
    the main clause, where one denies and the other affirms and each has its own verb ("Many
    insurers consider it investigational and do not pay for it"; not "A roller can't find and hold
    a trigger point"). The conjunction and the comma belong to neither."""
    s = normalise(text)
    verbs = _clause_verbs()
    spans, start = [], 0
    for boundary in _BOUNDARY.finditer(s):
        left, right = s[start:boundary.start()], s[boundary.end():]
        if not (verbs.search(left) and len(_WORD.findall(left)) >= _MIN_CLAIM_WORDS):
            continue
        found = [right.rfind(" ", 0, m.start()) + 1 for m in verbs.finditer(right) if not _NEGATION_WORD.fullmatch(m.group())]  # word starts: "aren't", not "n't"
        if not found:
            continue
        conjunction, bare = boundary.group("conjunction"), boundary.group("bare")
        opens = _VERB_PHRASE.match(right).end()
        subject_then_verb = bool(_NEW_SUBJECT.match(right)) and 0 < found[0] and _SUBJECT_ONLY.fullmatch(right, 0, found[0]) is not None
        if conjunction in ("and", "so"):  # "..., and our physical therapists provide ...", "..., so call your plan"
            new_clause = subject_then_verb or _bare_subject_then_finite_verb(right, found[0]) or (conjunction == "so" and found[0] == 0)
        elif bare:  # "... but physical therapists are"; "... is not acupuncture and is billed ...", "... pay for it and others do not"
            verb_phrase = found[0] == opens and (_FINITE.match(right, opens) is not None or not _AUXILIARY.search(left))
            new_clause = (bare == "but" and found[0] > 0 and found[0] != opens) or (
                (verb_phrase or subject_then_verb) and not _SUBORDINATE.search(left) and judge(left).polarity != judge(right).polarity)
        else:
            new_clause = found[0] > 0 or (conjunction == "but" and found[0] == 0)  # "..., but tell your practitioner first"
        if new_clause:
            spans.append((start, boundary.start()))
            start = boundary.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def read_claim(text: str, entities: list[ENTITY], start: int = 0) -> Claim:
    """Everything the claims table says of one sentence, reading its main clause once."""
    return replace(_read_sentence(text, tuple(entities)), start=start, end=start + len(text))  # a claim of its own, never the cached one


@text_memo(maxsize=1 << 13)  # pages repeat sentences (a site's disclaimers, MedQuAD's pointers to resources)
def _read_sentence(text: str, entities: tuple[ENTITY, ...]) -> Claim:
    s = normalise(text)
    clause = main_clause(s)
    triple = _relation(s, clause, list(entities))
    return Claim(
        0, len(text), text, _claim_type(s, triple, entities, text), triple,
        _judge(s, clause, list(entities), in_a_place(text)), is_assertion(text) or _says_who_performs(s, entities),
    )


def _says_who_performs(s: str, entities: tuple[ENTITY, ...]) -> bool:
    """A list item without a verb of its own can still say who performs what: "Physical therapists:
    exercise, manual therapy and dry needling", "Osteopaths - joint mobilisation", "Dry needling, performed by trained PTs" (not
    "Photo provided by Getty Images")."""
    if s.rstrip("*_\"'”’ ").endswith("?"):
        return False  # "Is the massage done by the chiropractor?" asks
    colon = separated.start() if (separated := _LABEL_SEPARATOR.search(s)) else -1
    before = [label for _, end, label, _ in entities if end <= colon]
    if colon > 0 and before and set(before) == {"PROVIDER"} and any(label == "TREATMENT" and start > colon for start, _, label, _ in entities):
        return True
    given = _GIVEN_BY.search(s)
    return given is not None and any(label == "TREATMENT" and end <= given.start() for _, end, label, _ in entities) and any(
        label == "PROVIDER" and start >= given.end() for start, _, label, _ in entities
    )


_FREQUENCY_HEDGES = frozenset({"often", "usually", "commonly", "typically", "generally"})
_MODALS = frozenset({"may", "might", "can", "could"})


def _has_own_clause(item: str) -> bool:
    """A subject and a verb of its own: a verb past the item's first word ("Stress and poor sleep
    make muscles more sensitive."), not one that opens it ("Reduce pain in tight muscles.")."""
    s = normalise(item)
    first = re.match(r"\s*[\w'-]+", s)
    return any(m.start() >= (first.end() if first else 0) for m in _clause_verbs().finditer(s))


def read_completion(lead: Claim, lead_entities: list[ENTITY], item: str, item_entities: list[ENTITY], start: int) -> Claim:
    """A list item read as the end of the sentence it completes: the claim is the item's span,
    its judgement and triple those of the lead-in and the item together; but an item with a
    subject and verb of its own ("Injections near the chest wall carry a small risk.") is judged on
    its own words, and so is a name listed under a lead-in that says only how often ("Our physicians
    most often recommend TPIs for:"), as the held-out annotators judged them (23 and 11 of 23 and
    11); a name under a modal or another hedge ("Treatment may include:", "Possible side effects
    include:") keeps it, as does a verb phrase that goes on from the lead-in ("may help: - Reduce pain")."""
    offset = len(lead.text) + 1
    joined = read_claim(lead.text + " " + item, [*lead_entities, *((s + offset, e + offset, label, c) for s, e, label, c in item_entities)])
    alone = read_claim(item, item_entities)
    imperative = len(item.split()) >= MIN_IMPERATIVE_ITEM_WORDS and item.rstrip()[-1:] in ".!" and alone.claim_type == "advice"
    claim_type = "advice" if imperative else joined.claim_type  # rule 1: "- Arrive 15 minutes early.", not "- Rest" under "Treatments include:"
    judgement = joined.judgement
    if judgement.certainty == "hedged" and alone.judgement.certainty == "asserted" and (
        (imperative and not _MODALS.intersection(judgement.hedge_cues)) or _has_own_clause(item) or all(cue in _FREQUENCY_HEDGES for cue in judgement.hedge_cues)
    ):  # an instruction ("To lower the chance of a flare-up:" over "- Keep doing your stretches.") asserts too, not a verb phrase a modal opens ("may help: - Reduce pain")
        judgement = replace(judgement, certainty="asserted", hedge_cues=())
    return Claim(start, start + len(item), item, claim_type, joined.triple, judgement, lead.asserts, (lead.start, lead.end))
