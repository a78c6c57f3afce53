"""Triples say what the sentence says: predicates connect concepts of the labels predicates.csv
declares, relief and treatment verbs give relieves and treats, and "may" said of a practitioner is
a possibility (hedged) unless the sentence speaks of law or licence."""

import pytest

from pipeline.extract.claims import document_entities, read_claim, sentence_entities
from pipeline.extract.nlp import default_nlp


def claim(sentence: str):
    entities = sentence_entities(document_entities(default_nlp()(sentence)), 0, len(sentence))
    return read_claim(sentence, entities)


@pytest.mark.parametrize("sentence, triple", [
    ("Trigger point injections are designed to relieve pain.", ("TRT:trigger_point_injection", "relieves", "CON:pain")),
    ("Massage can help treat tension headaches.", ("TRT:massage", "treats", "CON:tension_headache")),
    ("Dry needling is commonly used for neck pain.", ("TRT:dry_needling", "treats", "CON:neck_pain")),
    ("Only physicians may give trigger point injections.", ("PRV:physician", "performs", "TRT:trigger_point_injection")),
    ("A physiatrist is a doctor who treats trigger points.", ("PRV:physiatrist", "is_a", "PRV:physician")),
])
def test_predicates_from_the_lexicon(sentence, triple):
    found = claim(sentence).triple
    assert (found.subject, found.predicate, found.object) == triple


@pytest.mark.parametrize("sentence", [
    "Dry needling is a treatment that physical therapists use.",
    "Fibromyalgia is a condition that massage can ease.",
])
def test_is_a_never_links_concepts_of_different_labels(sentence):
    assert claim(sentence).triple.predicate != "is_a"


@pytest.mark.parametrize("sentence, certainty", [
    ("Your therapist may also use a foam roller.", "hedged"),
    ("Chiropractors may use spinal manipulation for neck pain.", "hedged"),
    ("Physical therapists may perform dry needling in 30 states.", "asserted"),
    ("Only physicians may give trigger point injections.", "asserted"),
    ("Patients may bring a friend to the session.", "asserted"),
    ("Physical therapists can perform dry needling.", "asserted"),
    ("Dry needling can cause soreness.", "hedged"),
])
def test_may_of_a_practitioner_is_a_possibility_unless_it_is_the_law(sentence, certainty):
    assert claim(sentence).judgement.certainty == certainty
