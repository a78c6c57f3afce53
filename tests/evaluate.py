"""Scores of the extraction against every gold set in tests/fixtures, as a table: `make evaluate`.

Held-out sets (heldout*/) were written blind to the code; the tests keep thresholds just under
these scores. Run it before and after changing a rule. With `--medquad ARCHIVE` it also scores
the question types and the layout finder against MedQuAD (tests/medquad_benchmark.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gold import FIXTURES, f1, gold_pages  # noqa: E402
from medquad_benchmark import layout_finder, mapping, question_types  # noqa: E402
from pipeline.build import document_records  # noqa: E402
from pipeline.extract.claims import document_entities, judge, sentence_entities  # noqa: E402
from pipeline.extract.entities import find_mentions  # noqa: E402
from pipeline.extract.nlp import default_nlp  # noqa: E402
from pipeline.sources import Document  # noqa: E402


def score(folder: Path) -> dict[str, str]:
    questions = found = exact = types = polarities = 0
    predicted, gold_mentions, claims = set(), set(), []
    for page in gold_pages(folder):
        parsed = default_nlp()(page.text)
        records = document_records(Document("doc-0000000000000000", page.name, page.text, "0" * 64), parsed)
        rows = {r["question"]: r for r in records["qa_pairs"]}
        spans = [(r[f"{p}_start"], r[f"{p}_end"]) for r in records["qa_pairs"] for p in ("question", "answer")]
        for gold in page.gold["pairs"]:
            questions += 1
            row = rows.get(gold["question"])
            if row is None:
                continue
            found += 1
            start, end = gold.get("answer_start_text"), gold.get("answer_end_text")
            exact += start is not None and row["answer"].startswith(start) and row["answer"].endswith(end)
            types += row["question_type"] == gold["question_type"]
            polarities += row["answer_polarity"] == gold["answer_polarity"]
        predicted |= {(page.name, m.start, m.end, m.label) for m in find_mentions(parsed) if any(a <= m.start and m.end <= b for a, b in spans)}
        gold_mentions |= {(page.name, *span) for span in page.mention_spans()}
        entities = document_entities(parsed)
        for claim in page.gold["claims"]:
            at = page.text.index(claim["sentence"])
            judgement = judge(claim["sentence"], sentence_entities(entities, at, at + len(claim["sentence"])))
            claims.append((judgement.polarity == claim["polarity"], judgement.certainty == claim["certainty"]))
    precision, recall, score_f1 = f1(predicted, gold_mentions)
    return {
        "set": folder.name, "pages": str(len(gold_pages(folder))), "questions found": f"{found}/{questions}",
        "answers exact": f"{exact}/{questions}" if any("answer_start_text" in p for p in gold_pages(folder)[0].gold["pairs"]) else "-",
        "question type": f"{types / questions:.2f}", "yes/no": f"{polarities / questions:.2f}",
        "entities P/R/F1": f"{precision:.2f}/{recall:.2f}/{score_f1:.2f}",
        "claims polarity/certainty": f"{sum(p for p, _ in claims) / len(claims):.2f}/{sum(c for _, c in claims) / len(claims):.2f}",
    }


def table(header: list[str], rows: list[list]) -> None:
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
    qtypes = sorted({q for q, _ in agreement.confusion}, key=lambda q: (types.get(q) is None, -sum(n for (x, _), n in agreement.confusion.items() if x == q)))
    rows = []
    for qtype in qtypes:
        counts = Counter({ours: n for (x, ours), n in agreement.confusion.items() if x == qtype})
        rows.append([qtype, types.get(qtype) or "(unmapped)", sum(counts.values()), ", ".join(f"{t} {n}" for t, n in counts.most_common())])
    table(["MedQuAD qtype", "maps to", "questions", "our question_type"], rows)
    disagreements = sorted(((n, q, o) for (q, o), n in agreement.confusion.items() if types.get(q) and types[q] != o), reverse=True)
    print("Largest disagreements, with examples:\n")
    table(["qtype", "ours", "questions", "examples"], [
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
        table(["failure", "questions", "examples"], [
            [kind, n, " / ".join(f"{member}: {question}" for member, question in score.examples[kind])]
            for kind, n in score.misses.most_common()
        ])


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--medquad", type=Path, help="MedQuAD.tar.gz: also score against MedQuAD")
    arguments = options.parse_args()
    results = [score(folder) for folder in sorted(FIXTURES.iterdir()) if list(folder.glob("*.gold.json"))]
    header = list(results[0])
    table(header, [[result[column] for column in header] for result in results])
    if arguments.medquad:
        if arguments.medquad.is_file():
            medquad_report(arguments.medquad)
        else:
            print(f"MedQuAD not scored: {arguments.medquad} not found (make evaluate MEDQUAD=path/to/MedQuAD.tar.gz)")
