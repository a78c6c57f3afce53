"""The per-document extraction: one Document and its parse -> the rows it adds to every table.

A pure function of the document and the rules: the unit of caching, processes and clusters.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.answers import answer_polarity, question_type
from pipeline.extract.claims import ENTITY, Claim, document_entities, read_claim, sentence_entities, sentence_spans
from pipeline.extract.entities import find_mentions
from pipeline.extract.pairs import document_pairs
from pipeline.extract.questions import QAPair, boilerplate_action
from pipeline.publish.tables import qa_ids
from pipeline.extract.scope import relevance
from pipeline.sources import Document

RELATIONS = {("affirmed", "asserted"): "performs", ("affirmed", "hedged"): "may_perform"}  # else does_not_perform


def _locate(start: int, end: int, pairs: list[tuple[str, QAPair]]) -> tuple[str | None, str | None]:
    """The pair and part (question or answer) whose span holds [start, end)."""
    for qa_id, pair in pairs:
        if pair.question_start <= start and end <= pair.question_end:
            return qa_id, "question"
        if pair.answer_start <= start and end <= pair.answer_end:
            return qa_id, "answer"
    return None, None


def _clip_to_answer(start: int, end: int, pairs: list[tuple[str, QAPair]]) -> tuple[int, int]:
    """A sentence that begins with an "A:" label starts where its answer starts."""
    for _, pair in pairs:
        if start < pair.answer_start < end <= pair.answer_end:
            return pair.answer_start, end
    return start, end


def _read_sentences(doc: Document, parsed: Doc, entities: list[ENTITY], pairs: list[tuple[str, QAPair]]) -> list[tuple[str | None, Claim]]:
    """Every sentence outside the questions and page furniture, read as a claim, with its pair."""
    read = []
    for start, end in sentence_spans(parsed):
        start, end = _clip_to_answer(start, end, pairs)
        qa_id, part = _locate(start, end, pairs)
        text = doc.text[start:end]
        if part != "question" and not boilerplate_action(text):
            read.append((qa_id, read_claim(text, sentence_entities(entities, start, end), start)))
    return read


def _claim_row(doc_id: str, qa_id: str | None, claim: Claim) -> dict:
    judgement, triple = claim.judgement, claim.triple
    return {
        "claim_id": f"{doc_id}-c{claim.start:06d}", "doc_id": doc_id, "qa_id": qa_id,
        "text": claim.text, "start": claim.start, "end": claim.end, "claim_type": claim.claim_type,
        "subject_concept_id": triple.subject, "predicate": triple.predicate, "object_concept_id": triple.object,
        "polarity": judgement.polarity, "certainty": judgement.certainty,
        "negation_cues": "|".join(judgement.negation_cues) or None, "hedge_cues": "|".join(judgement.hedge_cues) or None,
        "text_withheld": False,
    }


def _performs_rows(claim_rows: list[dict], claims: list[Claim]) -> list[dict]:
    """Who performs what, one row per provider and treatment a performs-claim names."""
    rows = []
    for row, claim in zip(claim_rows, claims):
        if claim.triple.predicate == "performs":
            relation = RELATIONS.get((row["polarity"], row["certainty"]), "does_not_perform")
            rows += [
                {"provider_id": p, "treatment_id": t, "relation": relation, "claim_id": row["claim_id"], "doc_id": row["doc_id"]}
                for p in claim.triple.subjects for t in claim.triple.objects
            ]
    return rows


def _pair_row(doc_id: str, position: int, qa_id: str, pair: QAPair, entities: list[ENTITY], first: Claim | None) -> dict:
    return {
        "qa_id": qa_id, "doc_id": doc_id, "position": position,
        "question": pair.question, "question_start": pair.question_start, "question_end": pair.question_end,
        "answer": pair.answer, "answer_start": pair.answer_start, "answer_end": pair.answer_end,
        "answer_missing": pair.answer_missing, "found_by": pair.found_by, "source_question_type": pair.source_question_type,
        "text_withheld": False,
        "question_type": question_type(pair.question, sentence_entities(entities, pair.question_start, pair.question_end)),
        "answer_polarity": answer_polarity(
            pair.question, first.text if first else "", first.judgement if first and first.asserts else None,
        ),
    }


def document_records(doc: Document, parsed: Doc) -> dict[str, list[dict]]:
    """Every row one document contributes, table by table."""
    pairs = document_pairs(doc)
    identified = list(zip(qa_ids(doc.doc_id, [p.question for p in pairs]), pairs))
    entities = document_entities(parsed)
    sentences = _read_sentences(doc, parsed, entities, identified)
    first_sentence: dict[str, Claim] = {}
    for qa_id, claim in sentences:
        if qa_id and not claim.text.rstrip().endswith("?"):  # an answer may open by repeating its question
            first_sentence.setdefault(qa_id, claim)
    claims = [(qa_id, claim) for qa_id, claim in sentences if claim.asserts]
    claim_rows = [_claim_row(doc.doc_id, qa_id, claim) for qa_id, claim in claims]
    mentions = find_mentions(parsed)
    entity_rows = []
    for mention in mentions:
        qa_id, part = _locate(mention.start, mention.end, identified)
        entity_rows.append({
            "mention_id": f"{doc.doc_id}-m{mention.start:06d}", "doc_id": doc.doc_id, "qa_id": qa_id,
            "part": part, "text": mention.text, "start": mention.start, "end": mention.end,
            "label": mention.label, "concept_id": mention.concept_id, "matched_as": mention.matched_as,
        })
    return {
        "documents": [{
            "doc_id": doc.doc_id, "path": doc.path, "source_url": doc.source_url, "title": doc.title,
            "retrieved": doc.retrieved, "license": doc.license, "attribution": doc.attribution, "format": doc.format,
            "sha256": doc.sha256, "relevance": relevance(doc.title or "", doc.text, mentions, [(p.answer_start, p.answer_end) for p in pairs]),
            "text_withheld": False, "text": doc.text,
        }],
        "qa_pairs": [
            _pair_row(doc.doc_id, position, qa_id, pair, entities, first_sentence.get(qa_id))
            for position, (qa_id, pair) in enumerate(identified, start=1)
        ],
        "entities": entity_rows,
        "claims": claim_rows,
        "performs_evidence": _performs_rows(claim_rows, [claim for _, claim in claims]),
    }
