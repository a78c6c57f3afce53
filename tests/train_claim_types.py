"""Learn the claim-type weights from the blind gold sets: `make claim-types`.

Each gold claim sentence that the build publishes gives one example per claim row that publishes
it: the features the build reads of the row (pipeline/extract/claim_model.py) and the annotator's
type. Writes pipeline/data/claim_type_weights.csv (trained on every blind set) and
pipeline/data/claim_type_folds.csv: each set's claim types left out of training (five folds of
sets), by the rules alone and by the model, so the card reports a score the model did not learn
from. Retrain after changing a claim-type rule or adding a gold set; `--skip` leaves sets out (a
new blind set's first look).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from evaluate import gold_sets  # noqa: E402
from gold import gold_pages, published_claims  # noqa: E402
from pipeline.extract.claim_model import decide, train, weights_of  # noqa: E402
from pipeline.extract.records import document_records  # noqa: E402
from pipeline.rules import DATA_DIR  # noqa: E402

FOLDS = 5
Example = tuple[list[str], str]


def set_examples(folder: Path) -> list[tuple[list[Example], str]]:
    """Per gold claim: (features, gold type) of each row that publishes it, and the rules' types
    as one string (to score the rules alone the way evaluate does: every part must agree)."""
    claims = []
    for page in gold_pages(folder):
        recorded: list[list[str]] = []

        def recording(features: list[str], rule_type: str) -> str:
            recorded.append(features)
            return rule_type

        records = document_records(page.document, page.parsed, recording)
        features_of = {row["claim_id"]: features for row, features in zip(records["claims"], recorded)}
        for claim in page.gold["claims"]:
            if "claim_type" not in claim:
                continue
            _, _, parts = published_claims(page, records, claim["sentence"])
            if parts:
                claims.append(([(features_of[row["claim_id"]], claim["claim_type"]) for row in parts],
                               "|".join(row["claim_type"] for row in parts)))
    return claims


def blind_sets(skip: list[str] = []) -> list[Path]:
    return [folder for folder in gold_sets() if folder.name.startswith("heldout") and folder.name not in skip]


def examples_of(claims: list[tuple[list[Example], str]]) -> list[Example]:
    return [example for parts, _ in claims for example in parts]


def _accuracy(claims: list[tuple[list[Example], str]], decide) -> float:
    right = sum(all(decide(features, rule) == gold for (features, gold), rule in zip(parts, rules.split("|"))) for parts, rules in claims)
    return right / len(claims) if claims else 0.0


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--skip", nargs="*", default=[], help="gold sets to leave out of training and scoring")
    options.add_argument("--out", type=Path, default=DATA_DIR, help="folder for the two CSV files")
    arguments = options.parse_args()
    sets = blind_sets(arguments.skip)
    examples = {folder.name: set_examples(folder) for folder in sets}
    every = lambda names: [example for name in names for example in examples_of(examples[name])]
    folds = []
    for k in range(FOLDS):
        left_out = [folder.name for i, folder in enumerate(sets) if i % FOLDS == k]
        weights = weights_of(train(every(name for name in examples if name not in left_out)))
        for name in left_out:
            folds.append({"set": name, "claims": len(examples[name]),
                          "rules": f"{_accuracy(examples[name], lambda features, rule: rule):.3f}",
                          "model_left_out": f"{_accuracy(examples[name], lambda features, rule: decide(weights, features, rule)):.3f}"})
    rows = train(every(examples))
    arguments.out.mkdir(parents=True, exist_ok=True)
    with (arguments.out / "claim_type_weights.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["feature", "claim_type", "weight"])
        writer.writerows(rows)
    order = {folder.name: i for i, folder in enumerate(sets)}
    with (arguments.out / "claim_type_folds.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["set", "claims", "rules", "model_left_out"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(folds, key=lambda row: order[row["set"]]))
    total = sum(len(examples[name]) for name in examples)
    mean = lambda column: sum(float(row[column]) * row["claims"] for row in folds) / total
    print(f"{len(rows)} weights from {len(every(examples))} examples of {total} claims in {len(sets)} sets; "
          f"left out of training, the rules {mean('rules'):.3f}, the model {mean('model_left_out'):.3f}")


if __name__ == "__main__":
    main()
