"""Scores of the extraction against every gold set in tests/fixtures, as a table: `make evaluate`.

Held-out sets (heldout*/) were written blind to the code; the tests keep thresholds just under
these scores. Run it before and after changing a rule. Web pages (html_pages/) are read as the
build reads them, and also scored on how each pair was found (layout, JSON-LD, microdata) and on
the FAQPage questions their text lacks, which must come out as warnings.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gold import FIXTURES, f1, gold_pages  # noqa: E402
from pipeline.build import document_records  # noqa: E402
from pipeline.extract.claims import document_entities, judge, sentence_entities  # noqa: E402
from pipeline.extract.entities import find_mentions  # noqa: E402
from pipeline.extract.nlp import default_nlp  # noqa: E402


def score(folder: Path) -> dict[str, str]:
    questions = found = exact = types = polarities = how = extra = warned = structured_only = 0
    predicted, gold_mentions, claims = set(), set(), []
    for page in gold_pages(folder):
        parsed = default_nlp()(page.text)
        records = document_records(page.document, parsed)
        rows = {r["question"]: r for r in records["qa_pairs"]}
        extra += len(set(rows) - {gold["question"] for gold in page.gold["pairs"]})
        for question in page.gold.get("structured_only", []):
            structured_only += 1
            warned += any(question in warning for warning in page.document.warnings)
        spans = [(r[f"{p}_start"], r[f"{p}_end"]) for r in records["qa_pairs"] for p in ("question", "answer")]
        for gold in page.gold["pairs"]:
            questions += 1
            row = rows.get(gold["question"])
            if row is None:
                continue
            found += 1
            start, end = gold.get("answer_start_text"), gold.get("answer_end_text")
            exact += start is not None and row["answer"].startswith(start) and row["answer"].endswith(end)
            how += row["found_by"] == gold.get("found_by", "layout")
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
    pair_precision, pair_recall = found / ((found + extra) or 1), found / questions
    pair_f1 = 2 * pair_precision * pair_recall / ((pair_precision + pair_recall) or 1)
    return {
        "set": folder.name, "pages": str(len(gold_pages(folder))), "questions found": f"{found}/{questions}",
        "extra": str(extra), "pair F1": f"{pair_f1:.2f}",
        "answers exact": f"{exact}/{questions}" if any("answer_start_text" in p for p in gold_pages(folder)[0].gold["pairs"]) else "-",
        "found by": f"{how}/{questions}",
        "structured-only warned": f"{warned}/{structured_only}" if structured_only else "-",
        "question type": f"{types / questions:.2f}", "yes/no": f"{polarities / questions:.2f}",
        "entities P/R/F1": f"{precision:.2f}/{recall:.2f}/{score_f1:.2f}",
        "claims polarity/certainty": f"{sum(p for p, _ in claims) / len(claims):.2f}/{sum(c for _, c in claims) / len(claims):.2f}",
    }


if __name__ == "__main__":
    results = [score(folder) for folder in sorted(FIXTURES.iterdir()) if list(folder.glob("*.gold.json"))]
    header = list(results[0])
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    for result in results:
        print("| " + " | ".join(result[column] for column in header) + " |")
