"""The build: raw folder -> documents -> pairs, mentions, claims -> validated tables -> output."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
from spacy.tokens import Doc

from pipeline import card, figure
from pipeline.answers import answer_polarity, question_type
from pipeline.claims import ENTITY, Claim, document_entities, read_claim, sentence_entities, sentence_spans
from pipeline.datapackage import descriptor_bytes
from pipeline.entities import find_mentions
from pipeline.file_checks import file_errors
from pipeline.nlp import default_nlp
from pipeline.publish import output_lock, publish, recover
from pipeline.questions import QAPair, boilerplate_action, find_pairs
from pipeline.sources import Document, read_document, read_provenance, source_paths
from pipeline.table_checks import validate_tables
from pipeline.tables import concept_rows, mentioned_concepts, provider_treatment_rows, qa_ids, to_frame
from pipeline.vocabulary import vocabulary

DOCUMENT_TABLES = ("documents", "qa_pairs", "entities", "claims")
RELATIONS = {("affirmed", "asserted"): "performs", ("affirmed", "hedged"): "may_perform"}  # else does_not_perform


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    rows: dict[str, int]
    warnings: list[str] = field(default_factory=list)


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
        "answer_missing": pair.answer_missing,
        "question_type": question_type(pair.question, sentence_entities(entities, pair.question_start, pair.question_end)),
        "answer_polarity": answer_polarity(
            pair.question, first.text if first else "", first.judgement if first and first.asserts else None,
        ),
    }


def document_records(doc: Document, parsed: Doc) -> dict[str, list[dict]]:
    """Every row one document contributes, table by table."""
    pairs = find_pairs(doc.text)
    identified = list(zip(qa_ids(doc.doc_id, [p.question for p in pairs]), pairs))
    entities = document_entities(parsed)
    sentences = _read_sentences(doc, parsed, entities, identified)
    first_sentence: dict[str, Claim] = {}
    for qa_id, claim in sentences:
        if qa_id and not claim.text.rstrip().endswith("?"):  # an answer may open by repeating its question
            first_sentence.setdefault(qa_id, claim)
    claims = [(qa_id, claim) for qa_id, claim in sentences if claim.asserts]
    claim_rows = [_claim_row(doc.doc_id, qa_id, claim) for qa_id, claim in claims]
    entity_rows = []
    for mention in find_mentions(parsed):
        qa_id, part = _locate(mention.start, mention.end, identified)
        entity_rows.append({
            "mention_id": f"{doc.doc_id}-m{mention.start:06d}", "doc_id": doc.doc_id, "qa_id": qa_id,
            "part": part, "text": mention.text, "start": mention.start, "end": mention.end,
            "label": mention.label, "concept_id": mention.concept_id, "matched_as": mention.matched_as,
        })
    return {
        "documents": [{
            "doc_id": doc.doc_id, "path": doc.path, "source_url": doc.source_url, "title": doc.title,
            "retrieved": doc.retrieved, "license": doc.license, "sha256": doc.sha256, "text": doc.text,
        }],
        "qa_pairs": [
            _pair_row(doc.doc_id, position, qa_id, pair, entities, first_sentence.get(qa_id))
            for position, (qa_id, pair) in enumerate(identified, start=1)
        ],
        "entities": entity_rows,
        "claims": claim_rows,
        "performs_evidence": _performs_rows(claim_rows, [claim for _, claim in claims]),
    }


def _readable_documents(raw_dir: Path, skip_invalid: bool, warnings: list[str]) -> Iterator[Document]:
    """The raw folder's documents; one that validate would reject stops the build (or is skipped)."""
    provenance = read_provenance(raw_dir)
    seen: dict[str, str] = {}
    for path in source_paths(raw_dir):
        errors, _ = file_errors(path, raw_dir)
        doc = None if errors else read_document(path, raw_dir, provenance)
        if doc is not None and doc.sha256 in seen:
            errors = [f"an exact duplicate of {seen[doc.sha256]}"]
        if errors:
            if not skip_invalid:
                raise BuildError(f"{path}: {errors[0]} (use --skip-invalid to build without it)")
            warnings.append(f"skipped {path}: {errors[0]}")
            continue
        seen[doc.sha256] = doc.path
        if doc.path not in provenance:
            warnings.append(f"{path}: no row in {raw_dir / 'sources.csv'}")
        yield doc


def parsed_corpus(raw_dir: Path) -> Iterator[Doc]:
    """The raw folder's documents as parsed spaCy docs, one at a time."""
    documents = _readable_documents(raw_dir, skip_invalid=True, warnings=[])
    return default_nlp().pipe(doc.text for doc in documents)


def extract_tables(
    raw_dir: Path, *, skip_invalid: bool = False, on_document: Callable[[str], None] | None = None,
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Every table of the dataset, from a stream of the raw folder's documents."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    warnings: list[str] = []
    rows: dict[str, list[dict]] = {name: [] for name in (*DOCUMENT_TABLES, "performs_evidence")}
    documents = ((doc.text, doc) for doc in _readable_documents(raw_dir, skip_invalid, warnings))
    for parsed, doc in default_nlp().pipe(documents, as_tuples=True):
        for name, records in document_records(doc, parsed).items():
            rows[name].extend(records)
        if on_document:
            on_document(doc.path)
    tables = {name: to_frame(name, rows[name]) for name in DOCUMENT_TABLES}
    tables["provider_treatments"] = to_frame("provider_treatments", provider_treatment_rows(rows["performs_evidence"]))
    tables["concepts"] = to_frame("concepts", concept_rows(vocabulary(), tables["entities"]))
    tables["treatments"] = mentioned_concepts("treatments", tables["concepts"], "TREATMENT")
    tables["providers"] = mentioned_concepts("providers", tables["concepts"], "PROVIDER")
    return tables, warnings


def describe(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[str, bytes]:
    """The files published beside the tables: descriptor, dataset card and figure."""
    return {
        "datapackage.json": descriptor_bytes(folder, tables["documents"]),
        "README.md": card.render(tables),
        **figure.render(tables["provider_treatments"], tables["concepts"]),
    }


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    skip_invalid: bool = False,
    on_document: Callable[[str], None] | None = None,
) -> BuildResult:
    """Rebuild every table from raw_dir and publish them to out_dir, or publish nothing."""
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir}: exists and is not a folder; choose another --out")
    with output_lock(out_dir):  # held from the start, so a second build is refused at once
        recover(out_dir)
        tables, warnings = extract_tables(raw_dir, skip_invalid=skip_invalid, on_document=on_document)
        validate_tables(tables)
        publish(tables, lambda folder: describe(folder, tables), out_dir)
    return BuildResult({name: len(frame) for name, frame in tables.items()}, warnings)
