"""The per-document extraction: one Document and its parse -> the rows it adds to every table.

A pure function of the document and the rules: the unit of caching, processes and clusters.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Callable, Iterable

from spacy.tokens import Doc

from pipeline.extract import claim_model
from pipeline.extract.answers import Asked, answer_polarity, question_types
from pipeline.extract.claims import ENTITY, LIST_ITEM, Claim, Judgement, clause_spans, is_assertion, is_remark, read_claim, read_completion, sentence_entities, sentence_spans
from pipeline.extract.coreference import clinics_own, page_kinds, stand_ins
from pipeline.extract.entities import find_mentions, title_mentions
from pipeline.extract.furniture import Furniture, Page, table_columns
from pipeline.extract.pairs import document_pairs
from pipeline.extract.questions import QAPair
from pipeline.extract.relations import Context, asks_who_performs, clause_relations, main_treatment, record_practitioners, row_relations
from pipeline.extract.tables import Row, Table, find_tables
from pipeline.extract.transcripts import find_transcript

ELLIPTICAL_WORDS = 6  # a clause this short with no type of its own ("but not here") is the kind of its sentence
_MARKUP_ONLY = re.compile(r"(?:[^\w\[<#]|\[/?[\w=\"' -]*\]|</?\w[^<>]*>|#[\w/-]+)*")  # what may close a question's line: "[/quote]", "</b>", "#faq", "**"
_SHORT_LEAD_IN = re.compile(  # "We offer:", "They offer:", "Our services include:" over a list: too short to assert, each item completes it (not "They include:", whatever they are)
    r"\W*(?:(?:we|they|he|she|our [\w-]+)(?: also| can| may| will)? (?:offer|offers|provide|provides|use|uses|treat|treats|perform|performs)|(?:our |the )?services (?:include|includes))\s*:\s*", re.IGNORECASE)
SCOPE_OVERRIDES = {"other", "procedure", "mechanism", "treatment", "outcome", "comparison", "risk"}  # types a performs relation outranks
from pipeline.extract.scope import relevance
from pipeline.rules import read_rows
from pipeline.sources import Document



class _PairParts:
    """The questions and answers of a document's pairs, to find which one holds a span (they are
    disjoint and in text order, so one bisection answers)."""

    def __init__(self, pairs: list[tuple[str, QAPair]], labels: list[tuple[int, int]] = ()):
        parts = []
        for qa_id, pair in pairs:
            parts.append((pair.question_start, pair.question_end, qa_id, "question"))
            parts.append((pair.answer_start, pair.answer_end, qa_id, "answer"))
        self.parts = sorted(parts, key=lambda part: (part[0], part[1]))
        self.starts = [part[0] for part in self.parts]
        self.answers = sorted((pair.answer_start, pair.answer_end) for _, pair in pairs)
        self.answer_starts = [start for start, _ in self.answers]
        self.labels = sorted(labels)  # (where a chat's or transcript's turn label starts, where its words begin)
        self.label_starts = [start for start, _ in self.labels]

    def locate(self, start: int, end: int) -> tuple[str | None, str | None]:
        """The pair and part (question or answer) whose span holds [start, end)."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and end <= self.parts[i][1]:
            return self.parts[i][2], self.parts[i][3]
        return None, None

    def asks(self, text: str, start: int, end: int) -> bool:
        """[start, end) holds a question's words and nothing after them: a heading's "## " before
        them, and only markup after them ("[/quote]", "#faq"), no answer on its line ("## What does
        an osteopath do: our osteopaths use ...")."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.parts[i][3] == "question" and start < self.parts[i][1] and _MARKUP_ONLY.fullmatch(text, self.parts[i][1], end) is not None

    def clip(self, start: int, end: int) -> tuple[int, int]:
        """A sentence that begins with an "A:" label starts where its answer starts, and one that
        begins with a turn's label ("10:35<TAB>Sakura Wellness<TAB>", "[09:25] Kessler Physio: ")
        where the turn's words do; one that runs on past its answer's end (into an export's next
        field, "...slide.\tclient_faq") ends there."""
        k = bisect_right(self.label_starts, start) - 1
        if k >= 0 and start < self.labels[k][1] < end:
            start = self.labels[k][1]
        i = bisect_right(self.answer_starts, start)
        if i < len(self.answers) and self.answers[i][0] < end <= self.answers[i][1]:
            return self.answers[i][0], end
        if i and start < self.answers[i - 1][1] < end:
            return start, self.answers[i - 1][1]
        return start, end


def _read_sentences(doc: Document, spans: list[tuple[int, int]], entities: list[ENTITY], parts: _PairParts, furniture: Furniture,
                    sentence_of: dict[int, str]) -> list[tuple[str | None, Claim]]:
    """Every sentence outside the questions and page furniture, read as claims (one per clause
    that asserts on its own), with its pair; sentence_of records each claim's whole sentence."""
    read = []
    for start, end in spans:
        start, end = parts.clip(start, end)
        qa_id, part = parts.locate(start, end)
        if part == "question" or (part is None and parts.asks(doc.text, start, end)) or furniture.covers(start, end):
            continue
        before: Claim | None = None
        clauses = clause_spans(doc.text[start:end])
        whole_asserts = len(clauses) > 1 and is_assertion(doc.text[start:end])
        for low, high in clauses:
            a, b = start + low, start + high
            claim = read_claim(doc.text[a:b], sentence_entities(entities, a, b), a)
            if whole_asserts and not claim.asserts and not claim.text.rstrip().endswith("?"):
                claim = replace(claim, asserts=True)  # "Many chiropractors use it, and ...": a side ends without a full stop
            if before is not None and claim.claim_type == "other" and len(claim.text.split()) <= ELLIPTICAL_WORDS:
                claim = replace(claim, claim_type=before.claim_type)  # "..., but physical therapists are": the same kind of claim
            read.append((qa_id, claim))
            sentence_of[claim.start] = doc.text[start:end]
            before = claim
    return read


def _completed(sentences: list[tuple[str | None, Claim]], entities: list[ENTITY]) -> list[tuple[str | None, Claim]]:
    """A list that completes the sentence before it ("It is used for:" + bullets) makes one claim
    per item, read with its lead-in; the lead-in alone is no claim."""
    completed: list[tuple[str | None, Claim]] = []
    lead: tuple[str | None, Claim] | None = None
    for qa_id, claim in sentences:
        item = LIST_ITEM.match(claim.text)
        if lead is not None and item and qa_id == lead[0] and not claim.text.rstrip().endswith("?"):
            if completed and completed[-1][1] is lead[1]:
                completed.pop()
            start = claim.start + item.end()
            read = read_completion(lead[1], sentence_entities(entities, lead[1].start, lead[1].end), claim.text[item.end():], sentence_entities(entities, start, claim.end), start)
            completed.append((qa_id, read if lead[1].asserts else replace(read, asserts=True)))  # "We offer:" asserts with each item
            continue
        lead = (qa_id, claim) if (claim.asserts and claim.text.rstrip().endswith(":")) or _SHORT_LEAD_IN.fullmatch(claim.text) else None
        completed.append((qa_id, claim))
    return completed


@dataclass(frozen=True)
class _StatingRow:
    """A table's row that states who does what, the cells it read and what they state."""
    table: Table
    row: Row
    read: frozenset[int]  # the cells whose words the relations come from (the first, naming who or what, among them)
    relations: tuple[str, ...]


def _stating_rows(doc: Document, entities: list[ENTITY], parts: _PairParts, furniture: Furniture) -> dict[int, _StatingRow]:
    """The answers' table rows that state who does what, by where they start; a table before the
    questions is the page's overview, not what it claims in answer."""
    stating = {}
    for table in find_tables(doc.text, doc.marks):
        for row in table.rows:
            if parts.locate(row.start, row.end)[1] == "answer" and not furniture.covers(row.start, row.end):
                if read := row_relations(doc.text, table, row, entities, Context()):
                    stating[row.start] = _StatingRow(table, row, frozenset([0] + [i for i, _ in read]), tuple(r.relation for _, r in read))
    return stating


def _with_rows(doc: Document, claims: list[tuple[str | None, Claim]], stating: dict[int, _StatingRow], entities: list[ENTITY],
               parts: _PairParts) -> list[tuple[str | None, Claim]]:
    """A table's row that states who does what is one claim, in place of the sentences of the cells
    it read and of its table's column names; a cell's own sentence it did not read stays a claim
    ("Our chiropractors do not give injections.")."""
    headers = [(row.table.header[0][0], row.table.header[-1][1]) for row in stating.values()]
    kept = [(qa_id, claim) for qa_id, claim in claims if not any(a <= claim.start and claim.end <= b for a, b in headers)
            and not any(r.row.start <= claim.start and claim.end <= r.row.end and not _in_unread_cell(claim, r) for r in stating.values())]
    for row in stating.values():
        start, end = row.row.start, row.row.end
        claim = read_claim(doc.text[start:end], sentence_entities(entities, start, end), start)
        denied = all(relation == "does_not_perform" for relation in row.relations)
        judgement = Judgement("negated" if denied else "affirmed", "asserted", (), ())  # what its cells say, not what a sentence read across them would
        kept.append((parts.locate(start, end)[0], replace(claim, asserts=True, judgement=judgement)))
    return sorted(kept, key=lambda pair: pair[1].start)


def _in_unread_cell(claim: Claim, row: _StatingRow) -> bool:
    return any(a <= claim.start and claim.end <= b for i, (a, b) in enumerate(row.row.cells) if i not in row.read)


def _claim_row(doc_id: str, qa_id: str | None, claim: Claim) -> dict:
    judgement, triple = claim.judgement, claim.triple
    return {
        "claim_id": f"{doc_id}-c{claim.start:06d}", "doc_id": doc_id, "qa_id": qa_id,
        "text": claim.text, "start": claim.start, "end": claim.end, "claim_type": claim.claim_type,
        "subject_concept_id": triple.subject, "predicate": triple.predicate, "object_concept_id": triple.object,
        "polarity": judgement.polarity, "certainty": judgement.certainty,
        "negation_cues": "|".join(judgement.negation_cues) or None, "hedge_cues": "|".join(judgement.hedge_cues) or None,
        "lead_in_start": claim.lead_in[0] if claim.lead_in else None, "lead_in_end": claim.lead_in[1] if claim.lead_in else None,
        "text_withheld": False,
    }


def _scope_types(claim_rows: list[dict], performs: list[dict]) -> None:
    """A claim that states who performs what is a scope_of_practice claim, unless an earlier rule
    (advice, regulation, coverage, cost) or a frame ("X is a technique in which ...") decided it:
    the rules' type, on which the claim model has the last word."""
    stating = {row["claim_id"] for row in performs}
    for row in claim_rows:
        if row["claim_id"] in stating and row["claim_type"] in SCOPE_OVERRIDES:
            row["claim_type"] = "scope_of_practice"


QUESTION_CLAIM_TYPES = {  # the claim type a question type asks for, where the names differ or none answers it
    "provider": "scope_of_practice", "indication": None, "other": None,
}
_KEPT_FROM = re.compile(  # "Who shouldn't get cupping?", "Who should avoid it?": who it could harm (not "Is massage right for me if I'm not an athlete?")
    r"\bshould(?:n['’]t| not)\b|\bmust not\b|\b(?:can['’]t|cannot) (?:have|get|receive)\b|\bavoid (?:it|this|them|getting|having)\b|\bwho (?:should|must) avoid\b|\bunsafe\b|\bnot safe\b|\brisky\b|\bcontraindicat"
)


def _claim_type_asked(question_type: str, question: str) -> str | None:
    """The claim type an answer's untyped sentences take from its question: of who should not have a
    treatment, `risk` (the held-out annotators: 13 of 19 such sentences, 1 left `other`); who it is
    for has no claim type of its own (13 `treatment`, 9 `outcome`, 9 `other` of 40)."""
    if question_type == "indication" and _KEPT_FROM.search(question.lower()):
        return "risk"
    return QUESTION_CLAIM_TYPES.get(question_type, question_type)


@cache
def _typed_in_context() -> dict[tuple[str, str], str]:
    return {(r["claim_type"], r["question_type"]): r["becomes"] for r in read_rows("claim_type_context.csv")}


def _typed_by_question(claim_rows: list[dict], question_types: dict[str, str], asked: dict[str, str | None]) -> None:
    """A sentence whose own words mislead where its question says what it is about takes the type
    claim_type_context.csv gives the pair ("It can sting for a few seconds", a symptom's words,
    answers "Does it hurt?" with a risk); one that no rule types ("Nothing is injected.") is about
    what its question asks: the claim type of the question's type."""
    for row in claim_rows:
        if row["qa_id"] not in question_types:
            continue
        in_context = _typed_in_context().get((row["claim_type"], question_types[row["qa_id"]]))
        if in_context:
            row["claim_type"] = in_context
        elif row["claim_type"] == "other":
            row["claim_type"] = asked[row["qa_id"]] or "other"


GIVEN_CHARS = 60
_GIVEN = re.compile(  # a verb of doing or giving, and the drug its object (or an item of its list), not "work with patients on Botox"
    r"\b(?:do|does|did|doing|done|give|gives|giving|gave|given|inject|injects|injecting|injected|administers?|administering|administered|offers?|offering|offered"
    r"|provides?|providing|provided|performs?|performing|performed|use|uses|using|used)\b(?:(?!\b(?:with|on|for|after|before|from|about|to|of|in|into)\b)[^.;:!?\n]){0,40}$", re.IGNORECASE)


@cache
def _given_as() -> dict[str, str]:
    """The treatment a drug stands for where a practitioner does or gives it (drugs_given.csv)."""
    return {r["drug_id"]: r["treatment_id"] for r in read_rows("drugs_given.csv")}


def _performs_rows(
    doc: Document, claims: list[tuple[str | None, Claim]], claim_rows: list[dict], entities: list[ENTITY], treatment_of: dict[str | None, str | None],
    permitted: frozenset[str], stating: dict[int, _StatingRow], speakers: list[ENTITY], asking_who: frozenset[str] = frozenset(),
) -> list[dict]:
    """Who performs what, one row per provider and treatment a claim states, with the claim as
    evidence. Pronouns and missing treatments are read with the answer's context (relations.py),
    "I" and named people as the practitioners the page says they are (coreference.py);
    `permitted`: the answers to questions of what the law allows, where "may" grants; `asking_who`:
    the answers to "Who gives them?", whose opening may only name practitioners."""
    rows, contexts, openings = [], {}, {}
    entities = sorted(entities + speakers) if speakers else entities
    entities = [  # "I don't do trigger point injections or Botox": the injection
        (a, b, "TREATMENT", _given_as()[concept]) if label == "DRUG" and concept in _given_as() and _GIVEN.search(doc.text, max(0, a - GIVEN_CHARS), a) else (a, b, label, concept)
        for a, b, label, concept in entities
    ]
    if kinds := page_kinds(doc.text, entities):  # "All of our therapists are LMTs": each of the clinic's "therapists" is one
        entities = [(a, b, label, kinds[concept] if concept in kinds and clinics_own(doc.text, a) else concept) for a, b, label, concept in entities]
    for (qa_id, claim), row in zip(claims, claim_rows):
        context = contexts.setdefault(qa_id, Context(
            treatment=treatment_of.get(qa_id, treatment_of.get(None)), topic=treatment_of.get(None), permission=qa_id in permitted, asked=qa_id is not None and qa_id in treatment_of,
        ))
        opening = openings.setdefault(qa_id, claim.lead_in or (claim.start, claim.end))
        context.answering_who = qa_id in asking_who and opening in ((claim.start, claim.end), claim.lead_in)  # the first claim, or an item of the list it opens
        context.record = record_practitioners(doc.text, claim.start, entities)
        text, claim_entities = claim.text, sentence_entities(entities, claim.start, claim.end)
        if claim.lead_in:  # a list item read with the sentence it completes
            lead_start, lead_end = claim.lead_in
            offset = lead_end - lead_start + 1
            text = doc.text[lead_start:lead_end] + " " + claim.text
            claim_entities = sentence_entities(entities, lead_start, lead_end) + [(a + offset, b + offset, label, c) for a, b, label, c in claim_entities]
        if claim.start in stating:
            relations = [relation for _, relation in row_relations(doc.text, stating[claim.start].table, stating[claim.start].row, entities, context)]
        else:
            relations = clause_relations(text, 0, len(text), claim_entities, context)
        for relation in relations:
            rows += [
                {"provider_id": p, "treatment_id": t, "relation": relation.relation, "claim_id": row["claim_id"], "doc_id": row["doc_id"]}
                for p in relation.providers for t in relation.treatments
            ]
    return rows


def _treatment_of(pairs: list[tuple[str, QAPair]], entities: list[ENTITY], title_entities: list[ENTITY]) -> dict[str | None, str | None]:
    """The treatment each question names, for "Can a chiropractor do it?" (a question that names
    none is about the page's own, under None)."""
    asked = {qa_id: [c for _, _, label, c in sentence_entities(entities, pair.question_start, pair.question_end) if label == "TREATMENT"] for qa_id, pair in pairs}
    counts = Counter(c for _, _, label, c in title_entities if label == "TREATMENT") or Counter(c for found in asked.values() for c in found)
    page = main_treatment(counts)
    return {None: page, **{qa_id: found[0] for qa_id, found in asked.items() if found}}


def _asks_who(pair: QAPair, entities: list[ENTITY]) -> bool:
    """A question of who performs a treatment it names, or one its page is about ("Who does it
    here?"); not of who does something else ("Who does the billing?")."""
    return asks_who_performs(pair.question, [start for start, _, label, _ in sentence_entities(entities, pair.question_start, pair.question_end) if label == "TREATMENT"])


def _topic_label(questions: list[list[ENTITY]], title_entities: list[ENTITY]) -> str | None:
    """Whether the page is about a treatment or a condition: the label of the concept its title,
    else its questions, name most often ("What does it feel like?" is then a risk or a symptom)."""
    for mentions in (title_entities, [e for question in questions for e in question]):
        counts = Counter((label, concept) for _, _, label, concept in mentions if label in ("TREATMENT", "CONDITION"))
        if counts:
            return counts.most_common(1)[0][0][0]
    return None


def _question_types(pairs: list[QAPair], entities: list[ENTITY], first: dict[int, Claim], title_entities: list[ENTITY]) -> list[str]:
    asked = [
        Asked(pair.question, sentence_entities(entities, pair.question_start, pair.question_end), first[i].text if i in first else "")
        for i, pair in enumerate(pairs)
    ]
    return question_types(asked, _topic_label([a.entities for a in asked], title_entities))


def _polarity(question: str, claim: Claim | None, sentence_of: dict[int, str], compared: bool) -> str | None:
    if claim is None:
        return answer_polarity(question, "", None)
    return answer_polarity(question, claim.text, claim.judgement if claim.asserts else None, sentence_of.get(claim.start, ""), compared)


def _answered_apart(pair: QAPair, first: Claim | None, second: Claim | None, entities: list[ENTITY]) -> bool:
    """The answer's first two claims each speak of one of the treatments the question asks of, one
    affirming and one denying ("Does insurance cover acupuncture and cupping?" "Acupuncture is
    covered by some plans. Cupping is not covered by any plan we bill."): it depends."""
    if first is None or second is None:
        return False
    treatments = [e for e in sentence_entities(entities, pair.question_start, pair.question_end) if e[2] == "TREATMENT"]
    asked = {  # named together ("acupuncture and cupping"), not as alternatives ("cupping or IASTM", "X the same as Y")
        concept for a, b in zip(treatments, treatments[1:]) if a[3] != b[3] and pair.question[a[1]:b[0]].strip(" ,") in ("and", "&")
        for concept in (a[3], b[3])
    }
    named = [{concept for _, _, _, concept in sentence_entities(entities, claim.start, claim.end)} & asked for claim in (first, second)]
    return len(named[0]) == 1 and len(named[1]) == 1 and named[0] != named[1] and first.judgement.polarity != second.judgement.polarity


def _pair_row(doc_id: str, position: int, qa_id: str, pair: QAPair, question_type: str, first: Claim | None, asserting: Claim | None,
              sentence_of: dict[int, str], answered_apart: bool) -> dict:
    compared = question_type == "comparison"  # "Is dry needling acupuncture?" "They are different practices": no
    polarity = _polarity(pair.question, first, sentence_of, compared)
    if polarity is None and asserting is not None and asserting is not first:
        polarity = _polarity(pair.question, asserting, sentence_of, compared)  # "Fair question! The research is mixed ..."
    if polarity in ("yes", "no") and answered_apart:
        polarity = "maybe"
    return {
        "qa_id": qa_id, "doc_id": doc_id, "position": position,
        "question": pair.question, "question_start": pair.question_start, "question_end": pair.question_end,
        "answer": pair.answer, "answer_start": pair.answer_start, "answer_end": pair.answer_end,
        "answer_missing": pair.answer_missing, "found_by": pair.found_by, "source_question_type": pair.source_question_type,
        "text_withheld": False,
        "question_type": question_type,
        "answer_polarity": polarity,
    }


def _date(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def qa_ids(doc_id: str, questions: Iterable[str]) -> list[str]:
    """Ids from the normalised question and its occurrence: stable when the rest of the page changes."""
    seen: Counter[str] = Counter()
    ids = []
    for question in questions:
        key = " ".join(question.lower().split())
        seen[key] += 1
        ids.append(f"{doc_id}-q" + hashlib.sha256(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()[:10])
    return ids


def document_records(doc: Document, parsed: Doc, claim_type: Callable[[list[str], str], str] = claim_model.claim_type) -> dict[str, list[dict]]:
    """Every row one document contributes, table by table; `claim_type` decides a claim's type from
    its features and the rules' type (training passes one that records them)."""
    page = Page(doc.text, table_columns(doc.marks))
    pairs = document_pairs(doc, page)
    identified = list(zip(qa_ids(doc.doc_id, [p.question for p in pairs]), pairs))
    spans = sentence_spans(parsed)
    furniture = Furniture(page, [pair.question_start for pair in pairs], spans)
    found = find_mentions(parsed)
    mentions = [m for m in found if not furniture.covers(m.start, m.end)]
    entities = [(m.start, m.end, m.label, m.concept_id) for m in mentions]
    transcript = find_transcript(page)
    labels = [(page.lines[i].start, turn.text_start) for i, turn in transcript.turns.items() if turn.text_start <= page.lines[i].end] if transcript else []
    parts = _PairParts(identified, labels)
    sentence_of: dict[int, str] = {}
    sentences = _read_sentences(doc, spans, entities, parts, furniture, sentence_of)
    first_sentence: dict[str, Claim] = {}
    first_asserting: dict[str, Claim] = {}  # after an opening that asserts nothing ("Fair question!")
    second_asserting: dict[str, Claim] = {}
    for qa_id, claim in sentences:
        if qa_id and not claim.text.rstrip().endswith("?") and not is_remark(claim.text):  # an answer may open by repeating its question, or with a greeting
            first_sentence.setdefault(qa_id, claim)
            if claim.asserts:
                if qa_id in first_asserting:
                    second_asserting.setdefault(qa_id, claim)
                first_asserting.setdefault(qa_id, claim)
    first_by_pair = {i: first_sentence[qa_id] for i, (qa_id, _) in enumerate(identified) if qa_id in first_sentence}
    title_entities = [(m.start, m.end, m.label, m.concept_id) for m in title_mentions(doc.title)] if doc.title else []
    types = _question_types(pairs, entities, first_by_pair, title_entities)
    stating = _stating_rows(doc, entities, parts, furniture)
    claims = _with_rows(doc, [(qa_id, claim) for qa_id, claim in _completed(sentences, entities) if claim.asserts], stating, entities, parts)
    claim_rows = [_claim_row(doc.doc_id, qa_id, claim) for qa_id, claim in claims]
    permitted = frozenset(qa_id for (qa_id, _), question_type in zip(identified, types) if question_type == "regulation")
    named = [(m.start, m.end, m.label, m.concept_id) for m in found]  # a staff line the furniture map sets apart still says who is who
    speakers = stand_ins(page, named, [(p.question_end, p.answer_start, p.answer_end) for p in pairs], pairs[0].question_start if pairs else None, transcript)
    asking_who = frozenset(qa_id for qa_id, pair in identified if _asks_who(pair, entities))
    performs = _performs_rows(doc, claims, claim_rows, entities, _treatment_of(identified, entities, title_entities), permitted, stating, speakers, asking_who)
    own_types = [row["claim_type"] for row in claim_rows]
    question_type_of = {qa_id: t for (qa_id, _), t in zip(identified, types)}
    _scope_types(claim_rows, performs)
    _typed_by_question(claim_rows, question_type_of, {qa_id: _claim_type_asked(t, pair.question) for (qa_id, pair), t in zip(identified, types)})
    for row, own_type in zip(claim_rows, own_types):
        row["claim_type"] = claim_type(claim_model.features(row["text"], own_type, row["claim_type"], question_type_of.get(row["qa_id"])), row["claim_type"])
    entity_rows = []
    for mention in mentions:
        qa_id, part = parts.locate(mention.start, mention.end)
        entity_rows.append({
            "mention_id": f"{doc.doc_id}-m{mention.start:06d}", "doc_id": doc.doc_id, "qa_id": qa_id,
            "part": part, "text": mention.text, "start": mention.start, "end": mention.end,
            "label": mention.label, "concept_id": mention.concept_id, "matched_as": mention.matched_as,
        })
    return {
        "documents": [{
            "doc_id": doc.doc_id, "path": doc.path, "source_url": doc.source_url, "title": doc.title,
            "retrieved": _date(doc.retrieved), "published": _date(doc.published), "modified": _date(doc.modified),
            "license": doc.license, "license_hints": doc.license_hints, "attribution": doc.attribution,
            "origins": "|".join(f"{k}={v}" for k, v in doc.origins.items()) or None, "format": doc.format, "sha256": doc.sha256,
            "relevance": relevance(doc.title or "", doc.text, mentions, [(p.answer_start, p.answer_end) for p in pairs]),
            "text_withheld": False, "text": doc.text,
        }],
        "qa_pairs": [
            _pair_row(doc.doc_id, position, qa_id, pair, question_type, first_sentence.get(qa_id), first_asserting.get(qa_id), sentence_of,
                      _answered_apart(pair, first_asserting.get(qa_id), second_asserting.get(qa_id), entities))
            for position, ((qa_id, pair), question_type) in enumerate(zip(identified, types), start=1)
        ],
        "entities": entity_rows,
        "claims": claim_rows,
        "performs_evidence": performs,
    }
