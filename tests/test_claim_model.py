"""The learned last word on a claim's type: deterministic training, the rules' type as fallback,
the build publishing what it decides, and committed weights that training reproduces."""

from __future__ import annotations

import random

from pipeline.extract import claim_model
from pipeline.extract.claim_model import decide, features, train, weights_of
from pipeline.extract.nlp import default_nlp
from pipeline.extract.records import document_records
from pipeline.rules import DATA_DIR
from pipeline.sources import Document
from schemas.claims import CLAIM_TYPES

TOY = [
    (features("The visit costs $90 at our clinic.", "cost", "cost", "cost"), "cost"),
    (features("Each session costs $60.", "cost", "cost", "cost"), "cost"),
    (features("The needle is very fine.", "other", "risk", "risk"), "procedure"),
    (features("The needle is thin and solid.", "other", "risk", "risk"), "procedure"),
    (features("Soreness can last a day.", "risk", "risk", "risk"), "risk"),
    (features("Bruising can last two days.", "risk", "risk", "risk"), "risk"),
]


def test_training_learns_what_the_words_say_beyond_the_rules_type():
    weights = weights_of(train(TOY, min_weight=0))  # six examples teach small weights
    assert decide(weights, features("The needle is fine and thin.", "other", "risk", "risk"), "risk") == "procedure"
    assert decide(weights, features("Soreness can last two days.", "risk", "risk", "risk"), "risk") == "risk"


def test_training_gives_the_same_weights_whatever_the_examples_order():
    shuffled = TOY[:]
    random.Random(3).shuffle(shuffled)
    assert train(shuffled, min_weight=0) == train(TOY, min_weight=0) != []
    assert all(isinstance(weight, int) for _, _, weight in train(TOY, min_weight=0))


def test_without_weights_or_on_a_tie_the_rules_type_stands():
    assert decide(weights_of([]), features("Anything at all.", "other", "risk", "risk"), "risk") == "risk"
    tied = weights_of([("w=needle", "procedure", 5), ("w=needle", "risk", 5)])
    assert decide(tied, ["w=needle"], "risk") == "risk"
    assert decide(tied, ["w=needle"], "cost") == "procedure"


def test_the_build_publishes_the_type_decided_from_each_claims_features():
    text = "Dry needling FAQ\n\nDoes it hurt?\n\nThe needle is very fine. Soreness can last a day.\n"
    seen = []

    def deciding(claim_features: list[str], rule_type: str) -> str:
        seen.append((claim_features, rule_type))
        return "comparison"

    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), deciding)
    assert [row["claim_type"] for row in records["claims"]] == ["comparison", "comparison"]
    assert [f"rule={rule}" in found and "q=risk" in found and "w=needle" in found for found, rule in seen] == [True, False]


def test_the_committed_weights_are_what_the_blind_gold_sets_teach():
    from train_claim_types import blind_sets, examples_of, set_claims

    learned = train([example for folder in blind_sets() for example in examples_of(set_claims(folder))])
    assert weights_of(learned) == claim_model.committed_weights(), "the claim-type weights are stale: run `make claim-types` after changing a rule or a gold set"
    assert claim_model.claim_type(features("Each session costs $60.", "cost", "cost", None), "cost") == "cost"


def test_the_published_type_reads_the_sentence_where_the_rules_cue_misleads():
    def published(question: str, sentence: str) -> list[str]:
        text = f"Dry needling FAQ\n\n{question}\n\n{sentence}\n"
        return [row["claim_type"] for row in document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["claims"]]

    assert published("Does dry needling hurt?", "The needle is very fine, similar to the one used for a flu shot.") == ["procedure"]  # the rules: risk
    assert published("What is a trigger point injection?", "Sometimes a small dose of steroid is added.") == ["procedure"]  # the rules: definition
    assert published("How much does a session cost?", "A 30-minute session costs $85 without insurance.") == ["cost"]


def test_the_committed_weights_give_only_the_claim_types_the_dataset_publishes():
    """A gold set's stray label ("indication", a question's type) once became a column of the weights,
    and a claim of a large corpus took it and failed the claims schema."""
    with (DATA_DIR / claim_model.WEIGHTS_FILE).open(encoding="utf-8") as handle:
        types = handle.readline().strip().split(",")[1:]
    assert set(types) <= set(CLAIM_TYPES)
