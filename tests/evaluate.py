"""Scores of the extraction against every gold set in tests/fixtures, as a table: `make evaluate`.

Held-out sets (heldout*/) were written blind to the code; the tests keep thresholds just under
these scores. Run it before and after changing a rule. Measures, per set:

- pairs: gold questions found (exact question text) / extra pairs the gold does not list;
- answers exact: answers that start and end with the gold's first and last 40 characters;
- found_by, question type, yes/no: agreement on the found gold pairs;
- entities: P/R/F1 of mentions inside pairs (span and label);
- polarity, certainty, claim type: agreement on the gold claim sentences;
- relations: P/R/F1 of (provider, treatment, relation) per page, end to end.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gold import FIXTURES, GoldPage, f1, gold_pages  # noqa: E402
from pipeline.extract.claims import document_entities, read_claim, sentence_entities  # noqa: E402
from pipeline.extract.nlp import default_nlp  # noqa: E402


@cache
def concept_of(name: str, label: str) -> str | None:
    """The vocabulary concept a gold relation's provider or treatment names."""
    return next((e.ent_id_ for e in default_nlp()(name).ents if e.label_ == label), None)


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f}" if total else "-"


def _prf(predicted: set, gold: set) -> str:
    return "{:.2f}/{:.2f}/{:.2f}".format(*f1(predicted, gold)) if gold or predicted else "-"


def score(pages: list[GoldPage], name: str) -> dict[str, str]:
    counts: Counter[str] = Counter()
    mentions_found, mentions_gold, relations_found, relations_gold = set(), set(), set(), set()
    for page in pages:
        records = page.records
        rows = {r["question"]: r for r in records["qa_pairs"]}
        gold_questions = {p["question"] for p in page.gold["pairs"]}
        counts["extra"] += sum(question not in gold_questions for question in rows)
        for gold in page.gold["pairs"]:
            counts["questions"] += 1
            row = rows.get(gold["question"])
            if row is None:
                continue
            counts["found"] += 1
            if "answer_start_text" in gold:
                counts["answers"] += 1
                counts["exact"] += row["answer"].startswith(gold["answer_start_text"]) and row["answer"].endswith(gold["answer_end_text"])
            counts["types"] += row["question_type"] == gold["question_type"]
            counts["polarities"] += row["answer_polarity"] == gold["answer_polarity"]
            if "found_by" in gold:
                counts["found_by_total"] += 1
                counts["found_by"] += row["found_by"] == gold["found_by"]
        spans = [(r[f"{p}_start"], r[f"{p}_end"]) for r in records["qa_pairs"] for p in ("question", "answer")]
        mentions_found |= {(page.name, m["start"], m["end"], m["label"]) for m in records["entities"] if any(a <= m["start"] and m["end"] <= b for a, b in spans)}
        mentions_gold |= {(page.name, *span) for span in page.mention_spans()}
        entities = document_entities(page.parsed)
        for claim in page.gold["claims"]:
            at = page.text.index(claim["sentence"])
            read = read_claim(claim["sentence"], sentence_entities(entities, at, at + len(claim["sentence"])))
            counts["claims"] += 1
            counts["polarity"] += read.judgement.polarity == claim["polarity"]
            counts["certainty"] += read.judgement.certainty == claim["certainty"]
            if "claim_type" in claim:
                counts["claim_types"] += 1
                counts["claim_type"] += read.claim_type == claim["claim_type"]
        if "provider_treatments" in page.gold:
            counts["relation_pages"] += 1
            relations_found |= {(page.name, r["provider_id"], r["treatment_id"], r["relation"]) for r in records["performs_evidence"]}
            relations_gold |= {
                (page.name, concept_of(r["provider"], "PROVIDER") or r["provider"], concept_of(r["treatment"], "TREATMENT") or r["treatment"], r["relation"])
                for r in page.gold["provider_treatments"]
            }
    return {
        "set": name, "pages": str(len(pages)),
        "pairs found/extra": f"{counts['found']}/{counts['questions']} +{counts['extra']}",
        "answers exact": f"{counts['exact']}/{counts['questions']}" if counts["answers"] else "-",
        "found_by": _ratio(counts["found_by"], counts["found_by_total"]),
        "question type": _ratio(counts["types"], counts["found"]),
        "yes/no": _ratio(counts["polarities"], counts["found"]),
        "entities P/R/F1": _prf(mentions_found, mentions_gold),
        "polarity": _ratio(counts["polarity"], counts["claims"]),
        "certainty": _ratio(counts["certainty"], counts["claims"]),
        "claim type": _ratio(counts["claim_type"], counts["claim_types"]),
        "relations P/R/F1": _prf(relations_found, relations_gold) if counts["relation_pages"] else "-",
    }


def gold_sets() -> list[Path]:
    return sorted(folder for folder in FIXTURES.iterdir() if folder.is_dir() and list(folder.glob("*.gold.json")))


def table(results: list[dict[str, str]]) -> str:
    header = list(results[0])
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(result[column] for column in header) + " |" for result in results])


if __name__ == "__main__":
    chosen = [FIXTURES / name for name in sys.argv[1:]] or gold_sets()
    print(table([score(gold_pages(folder), folder.name) for folder in chosen if gold_pages(folder)]))
