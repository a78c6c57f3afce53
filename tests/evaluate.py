"""Scores of the extraction against every gold set in tests/fixtures, as a table: `make evaluate`.

Held-out sets (heldout*/) were written blind to the code; the tests keep thresholds just under
these scores. Run it before and after changing a rule. Measures, per set:

- pairs: gold questions found (exact question text, line breaks of a wrapped one aside) / extra
  pairs the gold does not list;
- answers exact: answers that start and end with the gold's first and last 40 characters;
- found_by, question type, yes/no: agreement on the found gold pairs; FAQPage questions the
  page's text lacks must come out as warnings (markup-only warned);
- entities: P/R/F1 of mentions inside pairs (span and label);
- polarity, certainty, claim type: agreement on the gold claim sentences, as published (the claim
  row that holds the sentence: a list item read with its lead-in; where the rows split a sentence
  the gold keeps whole, each of them), else the sentence read alone; the claim-type model learned
  from these sets, so "claim type left out" gives each set's score by a model trained without it
  (tests/claim_type_folds.csv, `make claim-types`);
- relations: P/R/F1 of (provider, treatment, relation) per page, end to end.

With `--medquad ARCHIVE` it also scores the question types and the layout finder against MedQuAD
(tests/medquad_benchmark.py).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gold import FIXTURES, GoldPage, answer_matches, asked, f1, gold_pages, published_claims  # noqa: E402
from medquad_benchmark import layout_finder, mapping, question_types  # noqa: E402
from pipeline.extract.claims import document_entities, read_claim, sentence_entities  # noqa: E402
from pipeline.extract.nlp import default_nlp  # noqa: E402
from pipeline.publish.card import EVALUATION  # noqa: E402
from pipeline.rules import read_rows  # noqa: E402


@cache
def _named(name: str, label: str) -> str | None:
    return next((e.ent_id_ for e in default_nlp()(name).ents if e.label_ == label), None)


def concept_of(name: str, label: str, gold_page: GoldPage | None = None) -> str | None:
    """The vocabulary concept a gold relation's provider or treatment names, as the name alone
    reads; a bare abbreviation that reads as nothing alone ("DCs", "PT") by the longer name the
    page's text defines it with ("doctors of chiropractic (DCs)"), or as a noun ("your PT")."""
    named = _named(name, label)
    if named or gold_page is None:
        return named
    defined = re.search(rf"([\w' -]{{3,60}}?)\s*\(\s*{re.escape(name)}\s*\)", gold_page.text) or re.search(
        rf"([\w' -]{{3,60}}?)\s*\(\s*{re.escape(name.rstrip('s'))}s?\s*\)", gold_page.text
    )
    words = defined.group(1).split() if defined else []
    return next((found for k in range(len(words)) if (found := _named(" ".join(words[k:]), label))), None) or _named(f"your {name}", label) or _named(f"covers {name}", label)  # "physical therapy (PT)" defines no practitioner; "your PT" is one, "covers PT" the therapy


@cache
def _left_out() -> dict[str, str]:
    """Each blind set's claim types by a model trained without it (`make claim-types`): the
    published claim types were learned from these sets, so only this column measures them unseen."""
    return {row["set"]: f"{float(row['model_left_out']):.2f}" for row in read_rows("claim_type_folds.csv", Path(__file__).parent)}


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f}" if total else "-"


def _prf(predicted: set, gold: set) -> str:
    return "{:.2f}/{:.2f}/{:.2f}".format(*f1(predicted, gold)) if gold or predicted else "-"


def score(pages: list[GoldPage], name: str) -> dict[str, str]:
    counts: Counter[str] = Counter()
    mentions_found, mentions_gold, relations_found, relations_gold = set(), set(), set(), set()
    for page in pages:
        records = page.records
        rows = {asked(r["question"]): r for r in records["qa_pairs"]}
        gold_questions = {asked(p["question"]) for p in page.gold["pairs"]}
        counts["extra"] += sum(question not in gold_questions for question in rows)
        for question in page.gold.get("structured_only", []):
            counts["structured_only"] += 1
            counts["warned"] += any(question in warning for warning in page.document.warnings)
        for gold in page.gold["pairs"]:
            counts["questions"] += 1
            row = rows.get(asked(gold["question"]))
            if row is None:
                continue
            counts["found"] += 1
            if "answer_start_text" in gold:
                counts["answers"] += 1
                counts["exact"] += answer_matches(row["answer"], gold)
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
            at, end, parts = published_claims(page, records, claim["sentence"])  # split where the gold is whole: every part must agree
            read = read_claim(page.text[at:end] if at != -1 else claim["sentence"], sentence_entities(entities, at, end) if at != -1 else [])  # a sentence the reader changed is read without its mentions
            published = [(r["polarity"], r["certainty"], r["claim_type"]) for r in parts] or [(read.judgement.polarity, read.judgement.certainty, read.claim_type)]
            counts["claims"] += 1
            counts["polarity"] += all(p[0] == claim["polarity"] for p in published)
            counts["certainty"] += all(p[1] == claim["certainty"] for p in published)
            if "claim_type" in claim:
                counts["claim_types"] += 1
                counts["claim_type"] += all(p[2] == claim["claim_type"] for p in published)
        if "provider_treatments" in page.gold:
            counts["relation_pages"] += 1
            relations_found |= {(page.name, r["provider_id"], r["treatment_id"], r["relation"]) for r in records["performs_evidence"]}
            relations_gold |= {
                (page.name, concept_of(r["provider"], "PROVIDER", page) or r["provider"], concept_of(r["treatment"], "TREATMENT", page) or r["treatment"], r["relation"])
                for r in page.gold["provider_treatments"]
            }
    return {
        "set": name, "pages": str(len(pages)),
        "pairs found/extra": f"{counts['found']}/{counts['questions']} +{counts['extra']}",
        "answers exact": f"{counts['exact']}/{counts['questions']}" if counts["answers"] else "-",
        "found_by": _ratio(counts["found_by"], counts["found_by_total"]),
        "markup-only warned": f"{counts['warned']}/{counts['structured_only']}" if counts["structured_only"] else "-",
        "question type": _ratio(counts["types"], counts["found"]),
        "yes/no": _ratio(counts["polarities"], counts["found"]),
        "entities P/R/F1": _prf(mentions_found, mentions_gold),
        "polarity": _ratio(counts["polarity"], counts["claims"]),
        "certainty": _ratio(counts["certainty"], counts["claims"]),
        "claim type": _ratio(counts["claim_type"], counts["claim_types"]),
        "claim type left out": _left_out().get(name, "-"),
        "relations P/R/F1": _prf(relations_found, relations_gold) if counts["relation_pages"] else "-",
    }


def gold_sets() -> list[Path]:
    natural = lambda folder: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", folder.name)]  # heldout9 before heldout10
    return sorted((folder for folder in FIXTURES.iterdir() if folder.is_dir() and list(folder.glob("*.gold.json"))), key=natural)


def table(results: list[dict[str, str]]) -> str:
    header = list(results[0])
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(result[column] for column in header) + " |" for result in results])


def print_table(header: list[str], rows: list[list]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    print()


def percent(part: int, whole: int) -> str:
    return f"{part:,}/{whole:,} ({part / whole:.1%})" if whole else "-"


def medquad_report(archive: Path) -> None:
    print(f"## MedQuAD ({archive})\n")
    agreement = question_types(archive)
    total, agree = agreement.mapped()
    print(f"Question types, over the qtypes mapped in pipeline/data/medquad_question_types.csv: {percent(agree, total)} agree.\n")
    types = mapping()
    qtypes = sorted({q for q, _ in agreement.confusion}, key=lambda q: (types.get(q) is None, -sum(n for (x, _), n in agreement.confusion.items() if x == q), q))  # ties by name: the same report every run
    rows = []
    for qtype in qtypes:
        counts = Counter({ours: n for (x, ours), n in agreement.confusion.items() if x == qtype})
        rows.append([qtype, types.get(qtype) or "(unmapped)", sum(counts.values()), ", ".join(f"{t} {n}" for t, n in counts.most_common())])
    print_table(["MedQuAD qtype", "maps to", "questions", "our question_type"], rows)
    disagreements = sorted(((n, q, o) for (q, o), n in agreement.confusion.items() if types.get(q) and types[q] != o), reverse=True)
    print("Largest disagreements, with examples:\n")
    print_table(["qtype", "ours", "questions", "examples"], [
        [q, o, n, " / ".join(agreement.examples[(q, o)])] for n, q, o in disagreements[:12]
    ])
    for page in ("markdown", "html"):
        score = layout_finder(archive, page)
        if score is None:
            print(f"Layout finder on {page} pages: not measured, no reader registered for them yet (pipeline.sources.READERS).\n")
            continue
        print(f"Layout finder on {score.documents:,} answered documents rendered as {page}: pairs found {percent(score.found, score.expected)}, "
              f"answers exact {percent(score.exact, score.expected)}, precision {percent(score.correct, score.predicted)}; "
              f"{score.no_pair:,} documents give no pair.\n")
        print_table(["failure", "questions", "examples"], [
            [kind, n, " / ".join(f"{member}: {question}" for member, question in score.examples[kind])]
            for kind, n in score.misses.most_common()
        ])


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("sets", nargs="*", help="gold sets (folders of tests/fixtures) to score; all by default")
    options.add_argument("--medquad", type=Path, help="MedQuAD.tar.gz: also score against MedQuAD")
    arguments = options.parse_args()
    chosen = [FIXTURES / name for name in arguments.sets] or gold_sets()
    results = [score(gold_pages(folder), folder.name) for folder in chosen if gold_pages(folder)]
    print(table(results))
    print()
    if not arguments.sets:  # the card reports the scores of a full run (pipeline/data/evaluation.csv)
        with EVALUATION.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(results[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(results)
    if arguments.medquad:
        if arguments.medquad.is_file():
            medquad_report(arguments.medquad)
        else:
            print(f"MedQuAD not scored: {arguments.medquad} not found (make evaluate MEDQUAD=path/to/MedQuAD.tar.gz)")
