"""A claim's type as the held-out annotators decide it: the rules' types read with the sentence's words.

The rules (claim_types.csv, claim_type_context.csv, the question's type) name a type from one cue
each, and a sentence's cue often misleads: "The needle is very fine, similar to the one used for a
flu shot" under "Does dry needling hurt?" tells how the treatment is done, not a risk. A linear model over the sentence's words and word pairs, its
question's type and what the rules decided weighs all of them at once. Its weights are data
(pipeline/data/claim_type_weights.csv), learned by `make claim-types` from the blind gold sets with an averaged
perceptron, in integers, so the same weights give the same types on every machine. How often it
is right on sets it did not learn from, against the rules alone: tests/claim_type_folds.csv.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Iterable

from pipeline.rules import DATA_DIR, RuleFileError

EPOCHS = 8
SEED = 0
SCALE = 100  # weights are kept in hundredths, as integers
MIN_WEIGHT = SCALE  # smaller weights are left out (a feature's other types are 0), a third fewer features, at a cost of ~0.007 in claim types left out of training
WEIGHTS_FILE = "claim_type_weights.csv"  # a row per feature, a column of weights per claim type
_WORD = re.compile(r"[a-z0-9$]+(?:['’][a-z]+)?")


def features(text: str, own_type: str, rule_type: str, question_type: str | None) -> list[str]:
    """What the model reads of a claim: its words, word pairs and first word, the type its own
    words give it, the type the rules gave it in its answer, and its question's type."""
    words = _WORD.findall(text.lower())
    question = question_type or "-"
    found = {"bias", f"q={question}", f"own={own_type}", f"rule={rule_type}", f"q_own={question}_{own_type}"}
    found.update(f"w={word}" for word in words)
    found.update(f"bg={a}_{b}" for a, b in zip(words, words[1:]))
    if words:
        found.add(f"first={words[0]}")
    return list(found)  # in no order: decide adds integers, train sorts


@dataclass(frozen=True)
class Weights:
    labels: tuple[str, ...]  # the claim types, sorted
    vectors: dict[str, tuple[int, ...]]  # feature -> its weight for each label


def weights_of(rows: Iterable[tuple[str, str, int]]) -> Weights:
    """Weights as `decide` reads them, from (feature, claim type, weight) rows."""
    rows = list(rows)
    labels = tuple(sorted({label for _, label, _ in rows}))
    position = {label: i for i, label in enumerate(labels)}
    vectors: dict[str, list[int]] = {}
    for feature, label, weight in rows:
        vectors.setdefault(feature, [0] * len(labels))[position[label]] = weight
    return Weights(labels, {feature: tuple(vector) for feature, vector in vectors.items()})


def weights_table(weights: Weights) -> list[list]:
    """The weights as WEIGHTS_FILE holds them: a header, then each feature (sorted) with its weight for each type."""
    return [["feature", *weights.labels], *([feature, *vector] for feature, vector in sorted(weights.vectors.items()))]


@cache
def committed_weights() -> Weights:
    """The weights of pipeline/data (a tuple per row: a row per weight took twice as long to read)."""
    with (DATA_DIR / WEIGHTS_FILE).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        labels = tuple(next(reader)[1:])
        vectors = {row[0]: tuple(map(int, row[1:])) for row in reader}
    if any(len(vector) != len(labels) for vector in vectors.values()):
        raise RuleFileError(f"{DATA_DIR / WEIGHTS_FILE}: a row without a weight for each of the {len(labels)} claim types")
    return Weights(labels, vectors)


def decide(weights: Weights, claim_features: list[str], rule_type: str) -> str:
    """The type whose weights the features add up highest, as in training; the rules' type where
    no feature is known or it ties for the top."""
    vectors = [vector for feature in claim_features if (vector := weights.vectors.get(feature))]
    if not vectors:
        return rule_type
    totals = [sum(column) for column in zip(*vectors)]
    best = max(totals)
    if rule_type in weights.labels and totals[weights.labels.index(rule_type)] == best:
        return rule_type
    return weights.labels[totals.index(best)]


def claim_type(claim_features: list[str], rule_type: str) -> str:
    """The published type, by the committed weights."""
    return decide(committed_weights(), claim_features, rule_type)


def train(examples: Iterable[tuple[list[str], str]], epochs: int = EPOCHS, seed: int = SEED, min_weight: int = MIN_WEIGHT) -> list[tuple[str, str, int]]:
    """(feature, claim type, weight) rows of an averaged perceptron over (features, gold type)
    examples: the same examples in any order give the same rows."""
    data = sorted((sorted(set(found)), gold) for found, gold in examples)
    labels = sorted({gold for _, gold in data})
    current: dict[str, Counter[str]] = {}
    summed: dict[str, Counter[str]] = {}  # each update times the step it was made at, to average without a copy per step
    step = 1
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for found, gold in data:
            scores: Counter[str] = Counter({label: 0 for label in labels})
            for feature in found:
                scores.update(current.get(feature, {}))
            guess = max(labels, key=lambda label: scores[label])
            if guess != gold:
                for feature in found:
                    for label, change in ((gold, 1), (guess, -1)):
                        current.setdefault(feature, Counter())[label] += change
                        summed.setdefault(feature, Counter())[label] += change * step
            step += 1
    rows = []
    for feature in sorted(current):
        for label in sorted(current[feature]):
            weight = round(Fraction(SCALE * (current[feature][label] * step - summed[feature][label]), step))  # exact: no float
            if abs(weight) > min_weight:
                rows.append((feature, label, weight))
    return rows
