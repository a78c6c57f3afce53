"""Learn the claim-type weights from the blind gold sets: `make claim-types`.

Each gold claim sentence that the build publishes gives one example per claim row that publishes
it: the features the build reads of the row (pipeline/extract/claim_model.py) and the annotator's
type. Writes pipeline/data/claim_type_weights.csv (a weight per feature and claim type, trained on every blind set) and
tests/claim_type_folds.csv: each set's claim types left out of training (five folds of sets), by
the rules alone and by the model, so that `make evaluate` reports a score the model did not learn
from. Retrain after changing a claim-type rule or adding a gold set; `--skip` leaves sets out (a
new blind set's first look) and then needs `--out`, so the committed files stay whole.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from evaluate import gold_sets  # noqa: E402
from gold import gold_pages, published_claims  # noqa: E402
from pipeline.extract.claim_model import WEIGHTS_FILE, decide, train, weights_of, weights_table  # noqa: E402
from pipeline.extract.records import document_records  # noqa: E402
from pipeline.rules import DATA_DIR  # noqa: E402
from schemas.claims import CLAIM_TYPES  # noqa: E402

FOLDS = 5
FOLDS_FILE = Path(__file__).parent / "claim_type_folds.csv"
Example = tuple[list[str], str]
Claim = tuple[list[Example], list[str]]  # the examples of the rows that publish one gold claim, and the rules' types of those rows


def blind_sets(skip: tuple[str, ...] = ()) -> list[Path]:
    return [folder for folder in gold_sets() if folder.name.startswith("heldout") and folder.name not in skip]


def set_claims(folder: Path) -> list[Claim]:
    """Per gold claim of a set: (features, gold type) of each row that publishes it, and the
    rules' types of those rows (to score the rules alone as evaluate does: every part must agree)."""
    claims = []
    for page in gold_pages(folder):
        recorded: list[list[str]] = []

        def recording(features: list[str], rule_type: str) -> str:
            recorded.append(features)
            return rule_type

        records = document_records(page.document, page.parsed, recording)
        features_of = {row["claim_id"]: features for row, features in zip(records["claims"], recorded)}
        for claim in page.gold["claims"]:
            if claim.get("claim_type") not in CLAIM_TYPES:
                continue  # none, or a type the dataset does not publish (a question's "indication"): nothing the model may learn to give
            _, _, parts = published_claims(page, records, claim["sentence"])
            if parts:
                claims.append(([(features_of[row["claim_id"]], claim["claim_type"]) for row in parts], [row["claim_type"] for row in parts]))
    return claims


def examples_of(claims: list[Claim]) -> list[Example]:
    return [example for parts, _ in claims for example in parts]


def _accuracy(claims: list[Claim], typed) -> float:
    right = sum(all(typed(features, rule) == gold for (features, gold), rule in zip(parts, rules)) for parts, rules in claims)
    return right / len(claims) if claims else 0.0


def left_out_scores(claims_by_set: dict[str, list[Claim]]) -> list[dict]:
    """Each set's claim types by the rules alone and by a model trained on the other folds' sets."""
    names = list(claims_by_set)
    scores = []
    for k in range(FOLDS):
        left_out = names[k::FOLDS]
        weights = weights_of(train([e for name in names if name not in left_out for e in examples_of(claims_by_set[name])]))
        for name in left_out:
            scores.append({
                "set": name, "claims": len(claims_by_set[name]),
                "rules": f"{_accuracy(claims_by_set[name], lambda features, rule: rule):.3f}",
                "model_left_out": f"{_accuracy(claims_by_set[name], lambda features, rule: decide(weights, features, rule)):.3f}",
            })
    return sorted(scores, key=lambda row: names.index(row["set"]))


def _write(path: Path, header: list[str], rows: list) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--skip", nargs="*", default=[], help="gold sets to leave out of training and scoring (needs --out)")
    options.add_argument("--out", type=Path, help="folder for both CSV files, instead of pipeline/data and tests")
    arguments = options.parse_args()
    if arguments.skip and not arguments.out:
        options.error("--skip writes a partial model: give --out FOLDER so the committed weights stay whole")
    claims_by_set = {folder.name: set_claims(folder) for folder in blind_sets(tuple(arguments.skip))}
    rows = train([example for claims in claims_by_set.values() for example in examples_of(claims)])
    scores = left_out_scores(claims_by_set)
    if arguments.out:
        arguments.out.mkdir(parents=True, exist_ok=True)
    header, *table = weights_table(weights_of(rows))
    _write((arguments.out or DATA_DIR) / WEIGHTS_FILE, header, table)
    _write(arguments.out / FOLDS_FILE.name if arguments.out else FOLDS_FILE, list(scores[0]), [list(row.values()) for row in scores])
    total = sum(row["claims"] for row in scores)
    mean = {column: sum(float(row[column]) * row["claims"] for row in scores) / total for column in ("rules", "model_left_out")}
    print(f"{len(rows)} weights from {sum(len(examples_of(c)) for c in claims_by_set.values())} examples of {total} claims in "
          f"{len(claims_by_set)} sets; left out of training, the rules {mean['rules']:.3f}, the model {mean['model_left_out']:.3f}")


if __name__ == "__main__":
    main()
