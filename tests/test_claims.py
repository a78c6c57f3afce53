"""Claims: polarity, certainty, scope, triples and assertion (pipeline.extract.claims), question types and
yes/no answers (pipeline.extract.answers), and the seed page's claims, pairs and provider_treatments.

Sentences are written in several styles: clinic pages, insurer pages, massage-school pages and
encyclopedic text. Every rule has cases that must stay affirmed and asserted.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from pipeline.extract.answers import Asked, answer_polarity, is_yes_no, question_type, question_types
from pipeline.build import build
from pipeline.extract.claims import Judgement, clause_spans, is_assertion, judge, main_clause, normalise, read_claim
from pipeline.extract.nlp import default_nlp
from pipeline.extract.records import document_records
from pipeline.rules import DATA_DIR
from pipeline.sources import Document


def rules_alone(features: list[str], rule_type: str) -> str:
    """The claim type the rules give, without the learned model's last word: what the rule tests test."""
    return rule_type


def entities_of(sentence: str) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in default_nlp()(sentence).ents]


def judged(sentence: str) -> Judgement:
    return judge(sentence, entities_of(sentence))


def predicates() -> set[str]:
    with (DATA_DIR / "predicates.csv").open(encoding="utf-8", newline="") as handle:
        return {row["predicate"] for row in csv.DictReader(handle)}


# --------------------------------------------------------------------------------------------
# Negation: the main clause is denied, and the cue that did it is reported
# --------------------------------------------------------------------------------------------

NEGATED = [
    # sentence, cues that must be reported
    ("Medicare does not require prior authorization for trigger point injections.", {"not"}),   # insurer
    ("Your plan does not cover dry needling.", {"not"}),                                         # insurer
    ("Our physical therapists cannot offer trigger point injections.", {"cannot"}),              # clinic
    ("We cannot offer dry needling at this location.", {"cannot"}),                              # clinic
    ("Massage therapists are not regulated by the FDA.", {"not"}),                               # school
    ("No single doctor is an expert in all aspects of trigger point care.", {"no"}),             # encyclopedic
    ("There is no single test for myofascial pain syndrome.", {"no"}),                           # encyclopedic
    ("Trigger point therapy is NOT massage.", {"not"}),                                          # school
    ("Students never perform trigger point injections in our program.", {"never"}),              # school
    ("Our plans never pay for cupping.", {"never"}),                                             # insurer
    ("Neither acupuncture nor dry needling is covered by this plan.", {"neither", "nor"}),       # insurer
    ("Neither the clinic nor the school bills Medicare.", {"neither", "nor"}),                   # school
    ("Medicare won't pay for massage therapy.", {"won't"}),                                      # insurer
    ("Medicare won’t pay for massage therapy.", {"won't"}),                                      # curly apostrophe
    ("We won’t bill your insurer directly.", {"won't"}),                                         # clinic
    ("Blue Cross Blue Shield doesn’t cover cupping.", {"doesn't"}),                              # insurer
]


@pytest.mark.parametrize("sentence, cues", NEGATED)
def test_negation_cue_negates_and_is_reported(sentence, cues):
    judgement = judged(sentence)
    assert judgement.polarity == "negated"
    assert cues <= set(judgement.negation_cues)
    assert judgement.certainty == "asserted"  # a flat denial is not a hedge


AFFIRMED_COUNTERPARTS = [
    "Medicare requires prior authorization for trigger point injections.",
    "Your plan covers dry needling.",
    "Our physical therapists offer trigger point injections.",
    "Massage therapists are regulated by state boards.",
    "One doctor coordinates all aspects of trigger point care.",
    "Trigger point therapy is a form of massage.",
    "Students perform supervised massage in our program.",
    "Both acupuncture and dry needling are covered by this plan.",
    "Medicare will pay for physical therapy.",
    "We bill your insurer directly.",
    "Dry needling is not only effective but also safe.",  # "not only" is no negation
    "Nothing but a licensed therapist will treat you.",   # "nothing but" = only
]


@pytest.mark.parametrize("sentence", AFFIRMED_COUNTERPARTS)
def test_sentence_without_negation_stays_affirmed(sentence):
    judgement = judged(sentence)
    assert judgement.polarity == "affirmed"
    assert judgement.negation_cues == ()


# --------------------------------------------------------------------------------------------
# Scope: answer words, fronted clauses, trailing clauses, object-only negation
# --------------------------------------------------------------------------------------------

SCOPE = [
    # sentence, polarity, certainty
    ("Trigger points can be caused by inflammation, but this is not always the case.", "affirmed", "hedged"),
    ("No, dry needling is a different technique from acupuncture.", "affirmed", "asserted"),
    ("No – our therapists are licensed in every state we serve.", "affirmed", "asserted"),
    ("No, massage therapists do not diagnose conditions.", "negated", "asserted"),
    ("Without a referral, Medicare will not pay for physical therapy.", "negated", "asserted"),
    ("If you do not have a referral, we will still see you.", "affirmed", "asserted"),
    ("Patients can stretch without equipment.", "affirmed", "asserted"),
    ("Members can self-refer without a referral.", "affirmed", "asserted"),
    ("Dry needling targets trigger points rather than acupuncture meridians.", "affirmed", "asserted"),
    ("Massage works on the muscle rather than the joint.", "affirmed", "asserted"),
    ("Dry needling is regulated by state licensing boards, not by the FDA.", "affirmed", "asserted"),
    ("Trigger point work is taught by licensed instructors, not by students.", "affirmed", "asserted"),
    ("Massage can ease tension, but results are not guaranteed.", "affirmed", "hedged"),
]


@pytest.mark.parametrize("sentence, polarity, certainty", SCOPE)
def test_negation_counts_only_in_the_main_clause(sentence, polarity, certainty):
    judgement = judged(sentence)
    assert (judgement.polarity, judgement.certainty) == (polarity, certainty)


@pytest.mark.parametrize("sentence, main", [
    ("No, dry needling is a different technique from acupuncture.", "dry needling is a different technique from acupuncture."),
    ("Without a referral, Medicare will not pay for physical therapy.", "Medicare will not pay for physical therapy."),
    ("Trigger points can be caused by inflammation, but this is not always the case.", "Trigger points can be caused by inflammation"),
    ("Dry needling is regulated by state licensing boards, not by the FDA.", "Dry needling is regulated by state licensing boards"),
    ("In most states, physical therapists can perform dry needling.", "physical therapists can perform dry needling."),
])
def test_main_clause_of_a_normalised_sentence(sentence, main):
    clause = main_clause(normalise(sentence))
    assert sentence[clause.start:clause.end].strip() == main


def test_normalise_keeps_length_and_straightens_apostrophes():
    text = "Workers’ Comp won’t pay"
    assert normalise(text) == "workers' comp won't pay"
    assert len(normalise(text)) == len(text)


# --------------------------------------------------------------------------------------------
# Hedges: the cue makes the claim hedged and is reported
# --------------------------------------------------------------------------------------------

HEDGED = [
    # sentence, hedge cue, polarity
    ("Trigger point injections may cause soreness.", "may", "affirmed"),                  # clinic
    ("Dry needling might leave you sore for a day.", "might", "affirmed"),               # clinic
    ("Stress could contribute to trigger points.", "could", "affirmed"),                 # encyclopedic
    ("Trigger points can cause referred pain.", "can", "affirmed"),                      # possibility
    ("The injection can cause bruising.", "can", "affirmed"),
    ("Massage often relieves muscle tension.", "often", "affirmed"),                     # school
    ("Insurers usually cover physical therapy.", "usually", "affirmed"),                 # insurer
    ("Trigger point injections typically contain a local anesthetic.", "typically", "affirmed"),
    ("Stretching generally helps trigger points.", "generally", "affirmed"),
    ("Trigger points sometimes refer pain to the head.", "sometimes", "affirmed"),
    ("Myofascial pain syndrome is likely to recur.", "likely", "affirmed"),
    ("Results are not necessarily permanent.", "not necessarily", "negated"),
    ("Trigger points are thought to form after muscle overuse.", "thought to", "affirmed"),
    ("Dry needling rarely causes bruising.", "rarely", "affirmed"),                      # rarely is no negation
]


@pytest.mark.parametrize("sentence", [
    "Some plans cover massage therapy.",
    "Most people notice less pain within a week.",
    "Many patients describe it as a good hurt.",
    "A first visit lasts about 60 minutes.",
    "Physical therapists can perform dry needling.",
    "A therapist can widen their practice with extra training.",
])
def test_quantifiers_approximations_ability_and_permission_do_not_hedge(sentence):
    assert judged(sentence).certainty == "asserted"


@pytest.mark.parametrize("sentence, cue, polarity", HEDGED)
def test_hedge_cue_hedges_and_is_reported(sentence, cue, polarity):
    judgement = judged(sentence)
    assert judgement.certainty == "hedged"
    assert cue in judgement.hedge_cues
    assert judgement.polarity == polarity


ASSERTED = [
    "Physical therapists can provide trigger point therapy.",       # can of ability
    "Chiropractors can perform dry needling.",
    "Nurse practitioners can administer trigger point injections.",
    "You can book a session online.",                               # can of permission, "you" acts
    "NPs must complete additional training.",                       # deontic
    "Our therapists must hold a state license.",
    "Patients should stretch daily.",                               # advice, not expectation
    "Medicare covers trigger point injections.",
    "Medicare Part B covers physical therapy.",
    "Trigger point release can be performed by physical therapists.",  # agentive passive
    "Dry needling can be performed by a physical therapist.",
    "The most common side effect is soreness.",                     # superlative, not "most plans"
    "We are located about two miles from downtown.",                # "about" before no amount
    "Patients may bring a companion.",                              # "may" of permission
    "Massage students can practice trigger point work on classmates.",  # "can" of ability
    "Coverage depends on your plan.",                               # what the answer depends on is stated
    "It varies from person to person.",
    "Myofascial release uses little or no oil.",                    # an amount, not a denial
    "People with pain that has not improved are good candidates.",  # the relative clause's negation
    "Those signs point to problems that a trigger point cannot explain.",
    "The word dry simply means that nothing is injected.",
    "Our financial counselors can give you an estimate before your visit.",  # an agent's ability
    "Several trigger points can be treated in one visit.",
    "We use kinesio tape mostly for athletes returning from a strain.",  # "mostly" narrows, no annotator hedged it
]


@pytest.mark.parametrize("sentence", ASSERTED)
def test_ability_deontic_and_plain_statements_stay_asserted(sentence):
    judgement = judged(sentence)
    assert judgement == Judgement("affirmed", "asserted", (), ())


@pytest.mark.parametrize("sentence", [
    "No blood test can show a trigger point.",                       # what cannot be is stated, not guessed
    "The round marks that follow are not bruises.",                  # the main verb's negation, after a relative clause
    "A physical therapist who performs dry needling may not call it acupuncture.",
])
def test_denials_after_a_relative_clause_or_of_what_no_one_can_are_asserted_negations(sentence):
    judgement = judged(sentence)
    assert (judgement.polarity, judgement.certainty) == ("negated", "asserted")


def test_abbreviated_provider_passed_as_entity_is_an_agent():
    sentence = "Our NPs can perform trigger point injections."
    entities = [(4, 7, "PROVIDER", "PRV:nurse_practitioner"), (20, 44, "TREATMENT", "TRT:trigger_point_injection")]
    assert sentence[4:7] == "NPs" and sentence[20:44] == "trigger point injections"
    assert judge(sentence, entities) == Judgement("affirmed", "asserted", (), ())


# --------------------------------------------------------------------------------------------
# The spec examples, whole claims
# --------------------------------------------------------------------------------------------

def test_spec_example_medicare_does_not_require_prior_authorization():
    sentence = "Medicare does not require prior authorization for trigger point injections"
    claim = read_claim(sentence, entities_of(sentence))
    assert claim.asserts
    assert claim.judgement.polarity == "negated"
    assert claim.judgement.certainty == "asserted"
    assert "not" in claim.judgement.negation_cues
    assert claim.triple.subject == "PAY:medicare"
    assert claim.triple.predicate == "requires"


def test_spec_example_not_necessarily_caused_by_inflammation():
    sentence = "Trigger points are not necessarily caused by inflammation"
    claim = read_claim(sentence, entities_of(sentence))
    assert claim.asserts
    assert (claim.judgement.polarity, claim.judgement.certainty) == ("negated", "hedged")
    assert "not necessarily" in claim.judgement.negation_cues
    assert "not necessarily" in claim.judgement.hedge_cues


TRIPLES = [
    ("Medicare covers trigger point injections.", ("PAY:medicare", "covers", "TRT:trigger_point_injection"), "affirmed"),
    ("Aetna does not cover trigger point injections.", ("PAY:aetna", "covers", "TRT:trigger_point_injection"), "negated"),
    ("Blue Cross Blue Shield doesn’t cover cupping.", ("PAY:blue_cross_blue_shield", "covers", "TRT:cupping"), "negated"),
    ("Physical therapists can provide trigger point therapy.", ("PRV:physical_therapist", "performs", "TRT:trigger_point_therapy"), "affirmed"),
    ("Trigger point release can be performed by physical therapists.", ("PRV:physical_therapist", "performs", "TRT:trigger_point_release"), "affirmed"),
    ("Our physical therapists cannot offer trigger point injections.", ("PRV:physical_therapist", "performs", "TRT:trigger_point_injection"), "negated"),
    ("Trigger points can be caused by inflammation.", ("CON:inflammation", "causes", "CON:trigger_point"), "affirmed"),
]


@pytest.mark.parametrize("sentence, triple, polarity", TRIPLES)
def test_triple_from_the_predicate_lexicon(sentence, triple, polarity):
    claim = read_claim(sentence, entities_of(sentence))
    assert (claim.triple.subject, claim.triple.predicate, claim.triple.object) == triple
    assert claim.triple.predicate in predicates()
    assert claim.judgement.polarity == polarity


@pytest.mark.parametrize("sentence", [
    "Patients can book online.",               # no concepts: no triple is guessed
    "Our team is friendly and welcoming.",
])
def test_no_triple_without_concepts(sentence):
    triple = read_claim(sentence, entities_of(sentence)).triple
    assert (triple.subject, triple.predicate, triple.object) == (None, None, None)


# --------------------------------------------------------------------------------------------
# What asserts: questions, bare headings and lone answer words do not
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Does Medicare cover massage?",
    "What causes trigger points?",
    "Why choose our massage school?",
    "FDA Approval",
    "Our Services",
    "Massage Therapy for Back Pain",
    "Frequently Asked Questions",
    "Yes.",
    "No.",
    "Absolutely!",
    "Not necessarily.",
    "9. **Can my massage therapist combine cupping with dry needling?**",  # a question in bold or quotes asks all the same
    '"Will my insurance plan pay for any of these visits?"',
])
def test_questions_headings_and_answer_words_assert_nothing(text):
    assert read_claim(text, entities_of(text)).asserts is False


@pytest.mark.parametrize("text, polarity", [
    ("Trigger Point Therapy Is NOT Massage", "negated"),
    ("Dry Needling Is NOT Acupuncture", "negated"),
    ("Massage Therapists Cannot Diagnose", "negated"),
    ("Medicare covers trigger point injections.", "affirmed"),
    ("Dry needling is regulated by state licensing boards, not by the FDA.", "affirmed"),
])
def test_headings_and_sentences_that_claim_something_assert(text, polarity):
    claim = read_claim(text, entities_of(text))
    assert claim.asserts is True
    assert claim.judgement.polarity == polarity


# --------------------------------------------------------------------------------------------
# Question types
# --------------------------------------------------------------------------------------------

QUESTION_TYPES = [
    ("How much does dry needling cost?", "cost"),
    ("How much does the massage therapy program cost?", "cost"),
    ("What is the price of a 60-minute massage?", "cost"),
    ("Does Medicare cover massage?", "coverage"),
    ("Will my insurance pay for trigger point injections?", "coverage"),
    ("Do I need a referral for physical therapy?", "coverage"),
    ("Is dry needling legal in my state?", "regulation"),
    ("Do massage therapists need a license?", "regulation"),
    ("What is the difference between dry needling and acupuncture?", "comparison"),
    ("Is trigger point therapy the same as myofascial release?", "comparison"),
    ("Who performs trigger point injections?", "provider"),
    ("What kind of doctor treats myofascial pain?", "provider"),
    ("Can a chiropractor do dry needling?", "provider"),
    ("What causes trigger points?", "cause"),
    ("Why do trigger points form?", "cause"),
    ("What are the symptoms of myofascial pain syndrome?", "symptom"),
    ("What does a trigger point feel like?", "symptom"),
    ("How are trigger points diagnosed?", "diagnosis"),
    ("How long does relief last?", "outcome"),
    ("Does massage help back pain?", "treatment"),
    ("Who will I see at my first appointment?", "provider"),
    ("Does Dr. Hale do dry needling?", "provider"),
    ("Is Botox ever used for trigger points?", "treatment"),  # whether it treats the condition, not what it is for
    ("Can I use a massage gun on trigger points?", "treatment"),
    ("What is in the injection?", "procedure"),
    ("Do you take Cigna?", "coverage"),
    ("Are the needles reused?", "risk"),
    ("How will I feel afterward?", "risk"),  # the spec: after a treatment, how will I feel is risk
    ("Will I feel the needles?", "risk"),
    ("What is injected?", "procedure"),
    ("Should I stop my blood thinner before the injection?", "procedure"),
    ("Can I drive myself home?", "procedure"),
    ("What is IASTM and how does it work?", "definition"),
    ("Do I need a referral to see a physical therapist in Oregon?", "regulation"),  # direct access where a place is named
    ("Do I need to be licensed to work in a clinic?", "regulation"),
    ("What if my plan is out of network?", "coverage"),
    ("Is dry needling considered acupuncture by my plan?", "coverage"),
    ("Why was I charged for a missed appointment?", "cost"),
    ("Do I need to be a licensed massage therapist to work here?", "regulation"),
    ("Can I use my FSA for dry needling for back pain?", "coverage"),
    ("Does dry needling actually work for neck pain?", "outcome"),  # effectiveness, where "help" asks whether it treats
    ("How many sessions before I know if it's working?", "outcome"),
    ("Are trigger point injections safe?", "risk"),
    ("What are the side effects of dry needling?", "risk"),
    ("What is fibromyalgia?", "definition"),
    ("What are trigger points?", "definition"),
    ("What happens during a dry needling session?", "procedure"),
    ("How do you treat trigger points?", "treatment"),
    ("What is the best treatment for trigger points?", "treatment"),
    ("Who is a good candidate for trigger point injections?", "indication"),
    ("Where is the massage school located?", "other"),
    ("Is it true that cupping pulls out toxins?", "outcome"),  # a myth checked is typed by its topic
    ("Is it true that massage can spread cancer?", "risk"),
    ("How will I know if I have trigger points?", "diagnosis"),  # every gold set types "how will I know if" so
    ("Do I need to be an athlete?", "indication"),
    ("What do you do for muscle knots?", "treatment"),
    ("Will I get an adjustment every visit?", "procedure"),
    ("What do the studies show about cupping for neck pain?", "outcome"),  # evidence
    ("How quickly does myofascial release work?", "outcome"),
    ("Does massage really do anything for sciatica?", "outcome"),
    ("Who is cupping most useful for?", "indication"),
    ("Can you do myofascial release on people with fibromyalgia?", "indication"),
    ("Is spinal manipulation within our scope?", "regulation"),
    ("Who works at the downtown clinic?", "provider"),
    ("What is Graston therapy like?", "risk"),  # a treatment's sensation
    ("What does massage feel like with fibromyalgia?", "risk"),  # what feels so is named first
    ("What does fibromyalgia pain feel like after a massage?", "symptom"),
    ("Does cupping actually do anything?", "outcome"),
    ("Is stretching enough on its own?", "outcome"),
    ("How should I get ready for my first visit?", "procedure"),
    ("Do I need to stop my blood thinners?", "procedure"),
    ("Can I be treated here if I have lupus?", "indication"),
    # a risk, a price, insurance or the law named in the question decides before those rows
    ("Is dry needling safe on people with pacemakers?", "risk"),
    ("Does insurance cover dry needling on patients with chronic pain?", "coverage"),
    ("What does the research say about the side effects of cupping?", "risk"),
    ("Can I be seen without a referral?", "coverage"),
    ("Who should we refer her to if the pain lingers?", "provider"),
    ("What will I pay for a physical therapy visit?", "cost"),  # "pay for" after what one pays is a price
    ("Can I practice dry needling in my state after this course?", "regulation"),
    ("How often should I get a massage for fibromyalgia?", "procedure"),  # how often, before what it is for
    ("How often will Medicare pay for massage?", "coverage"),
    ("What do you actually put in a trigger point injection?", "procedure"),
    ("Does foam rolling count as myofascial release?", "comparison"),
    ("Can you massage my neck for tension headaches?", "treatment"),
    ("Can you adjust my neck for migraines without a risk of stroke?", "risk"),  # the new rows yield to a risk, a payer, a cause, an outcome
    ("How often do people get sore after dry needling?", "risk"),
    ("How often do trigger points come back after treatment?", "outcome"),
    ("How often does fibromyalgia cause headaches?", "cause"),
    ("What do patients pay for dry needling with Medicare?", "coverage"),
    ("Does your practice have offices in my state?", "other"),
    ("What counts as a trigger point?", "definition"),  # what a name covers (round 52), not "does X count as Y", a comparison
    ("what even is a trigger point?", "definition"),
    ("Is there a steroid in the injection?", "procedure"),
    ("How many sessions will it take before I notice anything?", "outcome"),
    ("Do I need a referral before I see a physiotherapist?", "coverage"),
    ("Is cupping just massage by another name?", "comparison"),
    ("What is another name for trigger point therapy?", "treatment"),
    # whether something is the reason, and whether a thing is real (round 40)
    ("I type all day. Could that be why my wrists ache?", "cause"),
    ("Could my posture be the reason my neck hurts?", "cause"),
    ("Is that why my back hurts?", "cause"),
    ("My trainer keeps mentioning knots. Is a muscle knot a real thing?", "definition"),
    ("Are trigger points real?", "definition"),
    ("Is a massage gun as good as a real massage?", "comparison"),
    # round 53: a plan's benefit and a plan paying are coverage; a kind of practitioner's name with a legal word asks what it is
    ("Are trigger point injections part of this benefit?", "coverage"),
    ("Will my provincial health plan pay?", "coverage"),
    ("What is a licensed acupuncturist?", "definition"),
    ("Who is licensed to do acupuncture in Oregon?", "regulation"),
    ("What are the benefits of dry needling?", "outcome"),
    ("Which one works best", "outcome"),
    ("Which works better, dry needling or massage?", "comparison"),
    # review of round 53: the verb "benefit" is no plan's benefit; a comparison stays one; a benefit's limits are no outcome
    ("Could my child benefit from massage therapy?", "indication"),
    ("Will this benefit my sciatica?", "other"),
    ("How long will this benefit last?", "outcome"),
    ("Is massage covered by my benefits?", "coverage"),
    ("What are the advantages of dry needling compared to massage?", "comparison"),
    ("What is the benefit maximum for acupuncture?", "definition"),
    ("Who is a licensed provider?", "regulation"),
    ("What are the benefits of dry needling over time?", "outcome"),
    ("Can this benefit older adults?", "other"),
    ("What is a licensed acupuncturist (L.Ac.)?", "definition"),
    # round 54: "just a fancy massage" compares; what practitioners do; a condition's "give me headaches"; whether it is the condition; registration; a visit's length; "What's X like"
    ("Is IASTM just a fancy massage?", "comparison"),
    ("Is cupping basically a kind of massage?", "comparison"),
    ("What does Dr. Pike do besides adjustments?", "provider"),
    ("What does the physical therapy team do?", "provider"),
    ("What can interns do, and what can't they?", "provider"),
    ("What does dry needling do?", "outcome"),
    ("Can a knot really give me headaches?", "symptom"),
    ("Can trigger points cause headaches?", "cause"),
    ("How do I know if it's a trigger point?", "diagnosis"),
    ("How do I know if it's working?", "outcome"),
    ("Are the massage therapists registered too?", "regulation"),
    ("Will my visit take longer than at a regular clinic?", "procedure"),
    ("What's cupping like", "risk"),
    ("What's the first visit like?", "procedure"),
    # round 57: what a term means, before its legal words; a treatment as an option for a condition; whether the practice offers it; aftercare; safe to use
    ("What does the LMT credential mean?", "definition"),
    ("What does 'scope of practice' actually mean?", "definition"),
    ("What does it mean for my coverage if the claim is denied?", "coverage"),
    ("Is Botox an option for TMJ pain?", "treatment"),
    ("Are injections another option for tension headaches?", "treatment"),
    ("Can I get dry needling here", "provider"),
    ("Could I book cupping at your clinic?", "provider"),
    ("How soon can I practice after treatment?", "procedure"),
    ("Can I lift weights after needling?", "procedure"),
    ("Are massage guns safe to use on trigger points?", "risk"),
    ("Can I use a massage gun on trigger points?", "treatment"),
    # round 58: a prescription for a treatment is asked about for payment; whether one kind of practitioner is a doctor; "isn't getting better"
    ("Do I need a prescription from my doctor?", "coverage"),
    ("Do I need a prescription for lidocaine?", "other"),
    ("Is an osteopath a doctor?", "comparison"),
    ("Is a DO a real doctor?", "comparison"),
    ("What if my pain isn't getting better", "treatment"),
]


@pytest.mark.parametrize("question, expected", QUESTION_TYPES)
def test_question_type(question, expected):
    assert question_type(question, entities_of(question)) == expected


# --------------------------------------------------------------------------------------------
# Yes/no answers
# --------------------------------------------------------------------------------------------

def polarity_of(question: str, first_sentence: str) -> str | None:
    claim = read_claim(first_sentence, entities_of(first_sentence))
    return answer_polarity(question, first_sentence, claim.judgement if claim.asserts else None)


ANSWERS = [
    ("Does Medicare cover massage?", "Yes, Medicare covers massage when it is part of physical therapy.", "yes"),
    ("Do you accept BCBS?", "Absolutely!", "yes"),
    ("Are trigger point injections safe?", "Yes.", "yes"),
    ("Can a chiropractor do dry needling?", "No – chiropractors in our state cannot perform dry needling.", "no"),
    ("Is trigger point therapy the same as myofascial release?", "No, they are two different techniques.", "no"),
    ("Does insurance cover massage school tuition?", "Nope.", "no"),
    ("Will my plan pay for trigger point injections?", "It depends on your plan.", "maybe"),
    ("Are trigger points caused by inflammation?", "Not necessarily.", "maybe"),
    ("Do I need a referral?", "Not usually.", "no"),
    ("Do trigger points go away?", "Sometimes they resolve on their own.", "maybe"),
    ("Is dry needling legal in my state?", "In most states, yes.", "yes"),
    ("Is it covered by my benefits?", "Usually yes, if a registered therapist bills it.", "yes"),
    ("Is dry needling safe?", "Dry needling is considered safe when a trained physiotherapist does it.", "yes"),
    ("Can any massage therapist do cupping?", "Not every RMT offers cupping, since it is a post-graduate course.", "no"),
    ("Will I be sore afterwards?", "Probably, for a day or two.", "yes"),
    ("Will my plan pay?", "Probably, if your plan covers massage.", "maybe"),
    ("Could she do it instead?", "Generally no. In the UK dry needling sits with physios.", "no"),
    ("Do you add a steroid to the shot?", "Not routinely.", "no"),  # a no as a rule, as "not usually" (held-out annotators, round 104)
    ("Do your therapists bill the plan directly?", "Not normally.", "no"),
    ("Is there any downside?", "There can be.", "yes"),  # the question's own "there", echoed with a modal, as "Can it?" "It can."
    ("Are there risks with cupping?", "There may be.", "yes"),
    ("Does it leave marks?", "There can be.", "maybe"),  # no "there" asked: possible
    ("Can any therapist at your clinic do it, or only some?", "Only certain ones.", "no"),  # "any" asked, "only" some answered
    ("Can any therapist here do it?", "Only trained ones.", "no"),
    ("Is massage covered by ACC?", "If your injury is covered by ACC, massage from a physio is paid for.", "maybe"),  # only under its condition (the blind sets, 6 of 8)
    ("Is it safe?", "When a trained practitioner does it, it is safe.", "yes"),  # "when": the blind sets read yes (6 of 7)
    ("Are there any risks?", "Not every patient has side effects, but soreness is common.", "maybe"),
    ("Do I need a referral?", "In some states, no.", "no"),
    # no answer word: the first sentence's own judgement decides
    ("Is cupping FDA approved?", "Cupping devices are not approved by the FDA.", "no"),
    ("Does massage help back pain?", "Massage often relieves back pain.", "maybe"),
    ("Do massage therapists need a license?", "Massage therapists must hold a state license.", "yes"),
    # the question's own modal is no hedge; an amount is no share; a minimiser answers no
    ("Can stretching help a stiff neck?", "Gentle stretching can help a stiff neck.", "yes"),
    ("Does stretching help a stiff neck?", "Gentle stretching can help a stiff neck.", "maybe"),
    ("Can cupping leave marks?", "It can.", "yes"),
    ("Does cupping leave marks?", "It can.", "maybe"),
    ("Does the first visit hurt?", "Some tenderness is normal for a day.", "yes"),
    ("Does my plan cover cupping?", "Some plans cover cupping.", "maybe"),
    ("Are there any side effects?", "There are some side effects, mostly mild bruising.", "yes"),
    ("Does dry needling hurt?", "Most patients barely notice the needle.", "no"),
    ("Will my insurer pay for cupping?", "Insurers only pay for cupping when a physician orders it.", "maybe"),
    ("Is cupping the same as massage?", "Not quite.", "no"),
    ("Does the injection sting?", "A little.", "yes"),
    ("Is dry needling safe?", "Dry needling carries very little risk when done well.", "yes"),  # an amount of risk
    ("Does my plan cover massage?", "Some insurance plans cover massage therapy.", "maybe"),
    ("Is cupping just a placebo?", "The evidence isn't clear yet.", "maybe"),
    ("Is cupping like acupuncture?", "Kind of! Both work on the same spots.", "maybe"),
    ("Oh and do you have parking?", "There's free parking behind the building.", "yes"),  # an interjection before the question
    ("So about the jaw - will it click less?", "It might, once the muscle relaxes.", "maybe"),  # asked after a lead-in
    ("Is gua sha the same as scraping with a tool?", "They are separate practices with a shared history.", "no"),
    ("Is tendinitis the same as a trigger point?", "They are relatives, not twins.", "no"),
    ("Will I need a brace?", "Most patients heal without a brace.", "no"),
    ("Does the needle sting?", "It feels like little more than a mosquito bite.", "no"),
    # a contrast answers both ways, unless its first side is of whom the question asks and its second of others
    ("Do your acupuncturists offer cupping?", "Our acupuncturists do not offer cupping, but our massage therapists do.", "no"),
    ("Does Medicaid cover cupping?", "Medicaid does not cover cupping, but some private plans do.", "no"),
    ("Do I need a prescription?", "Medicare does not require a prescription, but many HMO plans do.", "maybe"),
    ("Does a podiatrist give these injections?", "Podiatrists with extra training can give them, but many general podiatrists do not.", "maybe"),
    ("Can chiropractors do cupping here?", "Only our acupuncturist offers cupping.", "no"),  # only someone else
    ("Can acupuncturists do cupping?", "Only acupuncturists with extra training offer it.", "yes"),
    ("Is dry needling dangerous?", "In trained hands it is low risk.", "no"),
    ("Do you offer kinesio taping too?", "We do.", "yes"),  # a practice's short answer
    ("Do you take Medicaid?", "We don't.", "no"),
    ("Can I see a physical therapist without a referral?", "You can.", "yes"),  # the question's subject and verb echoed back
    ("Will the recording be shared?", "It will!", "yes"),
    ("Is trigger point massage the same as deep tissue massage?", "They overlap, but they aren't the same thing.", "no"),
    ("Is dry needling safe?", "Dry needling is generally safe in trained hands.", "yes"),  # "generally" keeps the direction
    ("Is massage safe with fibromyalgia?", "It usually is, as long as the pressure is light.", "maybe"),
    ("Does cupping hurt?", "For most people it doesn't, because the cups only pull the skin.", "no"),  # "For most people" is no fronted phrase here: the clause is
    ("Is cupping safe on blood thinners?", "For most people on blood thinners it's safe, with lighter suction.", "yes"),
    ("Is dry needling just acupuncture by another name?", "They differ in purpose, even though the needles look alike.", "no"),
    ("Is telehealth physiotherapy available?", "In areas where there is no clinic nearby, telehealth visits are available.", "yes"),  # the fronted phrase's own clause
    ("Is there another name for a trigger point?", "Trigger points are also called muscle knots, though they are not the same as spasms.", "yes"),
    ("Does gua sha hurt?", "It shouldn't, though the skin may feel warm.", "no"),  # what should not happen does not, as a rule
    ("Will the marks stay long?", "They shouldn't.", "no"),
    ("Could stress be the cause?", "Quite possibly.", "maybe"),
    ("Will insurance pay for it?", "Probably not.", "no"),
    ("Will I be stiff tomorrow?", "Probably, for a day.", "yes"),  # a likely yes, of how long: the blind sets' annotators, 3 of 3 (a hedged "It probably will" stays maybe)
    ("Is cupping outside your scope of practice?", "That is outside our scope, yes.", "yes"),
    # Markdown's emphasis around the answer word
    ("Does it hurt?", "*No.*", "no"),
    ("Do I need a referral?", "- **Not usually.**", "no"),
    ("Is it covered?", "__Yes__, under most plans.", "yes"),
]


@pytest.mark.parametrize("question, first_sentence, expected", ANSWERS)
def test_yes_no_answer_polarity(question, first_sentence, expected):
    assert is_yes_no(question)
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, first_sentence", [
    ("What causes trigger points?", "Overuse and stress are common causes."),
    ("How much does dry needling cost?", "Yes, it costs $80 per session."),
    ("Who performs trigger point injections?", "No single specialty does."),
    ("Which is better, massage or acupuncture?", "Yes, massage is better."),  # an alternative question
])
def test_answer_polarity_is_none_for_questions_that_are_not_yes_no(question, first_sentence):
    assert not is_yes_no(question)
    assert polarity_of(question, first_sentence) is None


# --------------------------------------------------------------------------------------------
# The seed page, built into tmp_path
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory, seed_raw) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("claims-build") / "output"
    build(seed_raw, out)
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("claims", "qa_pairs", "provider_treatments")}


def seed_claim(seed_tables, fragment: str) -> pd.Series:
    claims = seed_tables["claims"]
    rows = claims[claims["text"].str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"exactly one claim contains {fragment!r}"
    return rows.iloc[0]


def test_seed_claim_medicare_does_not_require_prior_authorization(seed_tables):
    claim = seed_claim(seed_tables, "Medicare does not require prior authorization")
    assert (claim["polarity"], claim["certainty"]) == ("negated", "asserted")
    assert claim["subject_concept_id"] == "PAY:medicare"
    assert claim["predicate"] == "requires"
    assert "not" in claim["negation_cues"].split("|")


def test_seed_claim_not_necessarily_caused_by_inflammation(seed_tables):
    claim = seed_claim(seed_tables, "Trigger points are not necessarily caused by inflammation.")
    assert (claim["polarity"], claim["certainty"]) == ("negated", "hedged")
    assert "not necessarily" in claim["hedge_cues"].split("|")


def test_seed_claim_caused_by_inflammation_but_not_always(seed_tables):
    """Two assertions joined by "but" are two claims, each with its own polarity."""
    claim = seed_claim(seed_tables, "trigger points can be caused by inflammation")
    assert (claim["polarity"], claim["certainty"]) == ("affirmed", "hedged")
    assert claim["text"].endswith("inflammation")
    qualification = seed_claim(seed_tables, "this is not always the case")
    assert (qualification["polarity"], qualification["certainty"]) == ("negated", "hedged")


def test_seed_questions_are_not_claims(seed_tables):
    assert not seed_tables["claims"]["text"].str.strip().str.endswith("?").any()


@pytest.mark.parametrize("question, expected", [
    ("Can a nurse practitioner do trigger point injections?", "yes"),
    ("Do Physical Therapists do trigger point therapy?", "yes"),
    ("Do trigger point injections require prior authorization?", "maybe"),
    ("What doctor treats trigger points?", None),            # not a yes/no question
    ("What is the medical term for trigger point?", None),
])
def test_seed_answer_polarity(seed_tables, question, expected):
    qa = seed_tables["qa_pairs"]
    row = qa[qa["question"] == question]
    assert len(row) == 1
    value = row.iloc[0]["answer_polarity"]
    assert (None if pd.isna(value) else value) == expected


@pytest.mark.parametrize("question, expected", [
    ("What doctor treats trigger points?", "provider"),
    ("Do trigger point injections require prior authorization?", "coverage"),
    ("Is trigger point therapy the same as myofascial release?", "comparison"),
    ("Are trigger points caused by inflammation?", "cause"),
])
def test_seed_question_types(seed_tables, question, expected):
    qa = seed_tables["qa_pairs"]
    assert qa.loc[qa["question"] == question, "question_type"].tolist() == [expected]


@pytest.mark.parametrize("provider_id", [
    "PRV:physical_therapist", "PRV:chiropractor", "PRV:massage_therapist", "PRV:acupuncturist",
])
def test_seed_providers_perform_trigger_point_release(seed_tables, provider_id):
    pt = seed_tables["provider_treatments"]
    rows = pt[(pt["provider_id"] == provider_id) & (pt["treatment_id"] == "TRT:trigger_point_release")]
    assert rows["relation"].tolist() == ["performs"]
    claims = seed_tables["claims"].set_index("claim_id")
    evidence = rows.iloc[0]["claim_ids"].split("|")
    assert any(claims.loc[c, "text"].startswith("Trigger point release can be performed by") for c in evidence)


def test_seed_provider_treatments_relations_and_evidence(seed_tables):
    pt = seed_tables["provider_treatments"]
    assert set(pt["relation"]) <= {"performs", "may_perform", "does_not_perform"}
    assert pt["provider_id"].str.startswith("PRV:").all()
    assert pt["treatment_id"].str.startswith("TRT:").all()
    claim_ids = set(seed_tables["claims"]["claim_id"])
    for ids in pt["claim_ids"]:
        assert set(ids.split("|")) <= claim_ids


# --------------------------------------------------------------------------------------------
# Question types read with their context (the spec's "Deciding a question's type")
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("What are the symptoms of muscle soreness?", "symptom"),  # a frame wins over words inside its subject
    ("What causes a canker sore?", "cause"),
    ("Do you have information about back pain", "definition"),
    ("Who should get trigger point injections and why?", "indication"),
    ("Who may take the course?", "other"),  # a course is not a treatment
    ("Who is a good fit?", "indication"),
    ("What exactly is a trigger point?", "definition"),
    ("Who may perform dry needling in Ohio?", "regulation"),  # a place makes it the law
    ("Can a nurse practitioner do trigger point injections?", "provider"),
    ("Can a nurse practitioner do trigger point injections in my state?", "regulation"),
    ("Is this physical therapy?", "comparison"),
    ("Is it a replacement for physical therapy?", "comparison"),
    ("Can I work out after a session?", "procedure"),  # aftercare instructions
    ("How long should I hold each stretch?", "procedure"),
    ("How long does it take trigger points to go away?", "outcome"),
    ("Is massage good for trigger points?", "treatment"),
    ("Can I have dry needling if I am pregnant?", "indication"),
    ("How will my neck feel afterwards?", "risk"),
    ("What is your return policy?", "other"),
    ("So who usually performs cupping?", "provider"),  # an adverb between "who" and the verb
    ("Who will carry out the massage?", "provider"),
    ("Does your clinic offer cupping?", "provider"),  # the practice's practitioners and a treatment
    ("Does your clinic offer payment plans?", "cost"),  # ... but not a service: how to pay
    ("What should I avoid after my massage?", "procedure"),  # instructions, not a risk
    ("Is cupping basically massage?", "comparison"),
    ("I have a pacemaker, is that okay?", "indication"),
    ("Can I use a foam roller if I am pregnant?", "indication"),
    ("Is acupuncture available on the NHS?", "coverage"),
    ("Can I claim my massage through my health fund?", "coverage"),
    ("Do I have to pay for the first visit?", "cost"),
    ("Can chiropractors in NSW do dry needling?", "regulation"),  # a place in capitals
    ("Should I use a heat pack on my knots?", "treatment"),  # a tool on a condition
    ("Can I use the ball on my neck?", "procedure"),  # ... or how to use it
    ("How long does cupping take to work?", "outcome"),
    ("How long is a typical session?", "procedure"),
    ("Is cupping painless?", "risk"),
    ("Can I swim after cupping?", "procedure"),
    ("How long should I wait before swimming after an injection?", "procedure"),
    ("Anything I should avoid afterward?", "procedure"),
    ("What hours does the board require before a chiropractor may needle?", "regulation"),
    ("Is written consent required for cupping?", "regulation"),
    ("What is cupping therapy", "definition"),  # a heading without its "?"
    ("Is dry needling pain free?", "risk"),
    ("Is cupping free of side effects?", "risk"),
    ("How do I use a balance board?", "procedure"),
    ("Is it OK to shower after cupping?", "procedure"),
    ("Is it okay to get a massage if I have fibromyalgia?", "indication"),
    ("Can a physical therapist help with pain in TMJ?", "provider"),  # TMJ is no place
    ("What is a physiatrist?", "definition"),  # what the practitioner is
    ("Are you able to do cupping?", "provider"),
    ("Is cupping something you offer?", "provider"),
    ("Must informed consent be obtained?", "regulation"),
    ("Can I return it?", "other"),
    ("Who is cupping not suitable for?", "indication"),
    ("How does massage help tension headaches?", "treatment"),
    ("How do dentists treat it?", "treatment"),
    ("What does a cupping session involve?", "procedure"),
    ("Should I stop my blood thinner before the injection?", "procedure"),
])
def test_question_type_rules(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_treatments_sensation_is_a_risk_and_a_conditions_a_symptom():
    assert question_type("What does dry needling feel like?", entities_of("What does dry needling feel like?")) == "risk"
    assert question_type("What does a trigger point feel like?", entities_of("What does a trigger point feel like?")) == "symptom"
    assert question_type("What does it feel like?", [], topic_label="TREATMENT") == "risk"
    assert question_type("What does it feel like?", [], topic_label="CONDITION") == "symptom"


def test_a_letter_is_typed_by_the_question_it_asks():
    letter = "My dentist says I clench my jaw at night. What can I do besides wear a night guard?"
    assert question_type(letter, entities_of(letter)) == "treatment"
    letter = "I'm 68 and on Medicare. A friend says Medicare won't pay for injections. Who is right?"
    assert question_type(letter, entities_of(letter)) == "coverage"


def asked(*questions: str) -> list[Asked]:
    return [Asked(q, entities_of(q)) for q in questions]


def test_elliptical_questions_take_the_previous_questions_type():
    assert question_types(asked("Does Medicare cover chiropractic care?", "What about acupuncture?", "Why is that?")) == ["coverage"] * 3
    assert question_types(asked("Is massage covered?", "And acupuncture?")) == ["coverage"] * 2
    assert question_types(asked("Is massage covered?", "And what does a session cost?"))[1] == "cost"


def test_a_page_about_insurance_or_the_law_decides_what_allowed_and_referral_mean():
    insurer = asked("Is massage covered?", "Does my plan cover dry needling?", "Are trigger point injections allowed?", "Can I choose my own doctor?")
    assert question_types(insurer)[2:] == ["coverage", "coverage"]
    board = asked("Is dry needling legal in this state?", "Who licenses physical therapists?", "Is a physician referral needed?")
    assert question_types(board)[2] == "regulation"
    assert question_types(asked("Is a physician referral needed?", "Does it hurt?"))[0] == "coverage"


def test_a_neutral_question_about_after_a_treatment_is_read_from_its_answer():
    questions = [Asked("What happens after the session?", [], "You may feel sore for a day or two."),
                 Asked("What happens after the session?", [], "Drink water and rest.")]
    assert question_types(questions) == ["risk", "procedure"]


def test_who_the_care_is_for_is_asked_however_short_the_question():
    assert question_types(asked("Does dry needling hurt?", "What about kids?")) == ["risk", "indication"]
    assert question_types(asked("Does it hurt?", "Do you treat children?", "And acupuncture?")) == ["risk", "indication", "indication"]
    assert question_type("Why would my doctor add a steroid?", entities_of("Why would my doctor add a steroid?")) == "indication"


def test_a_follow_up_that_names_the_price_or_cover_asks_it():
    assert question_types(asked("Is cupping covered by insurance?", "And the cost?")) == ["coverage", "cost"]
    assert question_types(asked("Who does the acupuncture?", "And the price?")) == ["provider", "cost"]
    assert question_types(asked("How much is a session?", "And insurance?")) == ["cost", "coverage"]
    assert question_types(asked("How much is a session?", "And acupuncture?")) == ["cost", "cost"]
    assert question_types(asked("Will my insurance pay for it?", "And if I'm self-pay?")) == ["coverage", "cost"]  # a price of its own words
    assert question_types(asked("Does my plan cover dry needling?", "And self-funding patients?")) == ["coverage", "cost"]
    assert question_types(asked("Does insurance cover dry needling?", "What about paying cash?", "And if I pay privately?")) == ["coverage", "cost", "cost"]
    assert question_types(asked("Does my plan cover dry needling?", "What about self-funded plans?")) == ["coverage", "coverage"]  # a kind of plan
    assert question_type("Does my self-funded employer plan cover dry needling?", entities_of("Does my self-funded employer plan cover dry needling?")) == "coverage"


def test_a_bare_how_long_is_read_from_its_answer():
    questions = [Asked("How long?", [], "Sessions run 30, 45 or 60 minutes."), Asked("How long does it last?", [], "Relief usually lasts several days.")]
    assert question_types(questions) == ["procedure", "outcome"]
    assert question_types([Asked("Is it covered?", []), Asked("How long?", [], "Coverage lasts for 12 months from the referral.")]) == ["coverage", "coverage"]


def test_round_42_review_who_the_care_is_for_gives_way_to_price_cover_and_the_law():
    assert [question_type(q) for q in ("Can you treat kids with insurance?", "Do you see children without a referral?")] == ["coverage", "coverage"]
    after_a_price = [Asked("How much does a session cost?", []), Asked("What about kids?", [], "Children's sessions cost $40.")]
    assert question_types(after_a_price) == ["cost", "cost"]
    after_cover = [Asked("Is it covered?", []), Asked("What about kids?", [], "We see teens 13 and older with a parent present.")]
    assert question_types(after_cover) == ["coverage", "indication"]


def test_an_answer_sentence_no_rule_types_takes_its_questions_type():
    text = "Cupping FAQ\n\nWhat should I do after cupping?\n\nNothing special is needed.\n\nWho may I tell about it?\n\nNothing special is needed.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), rules_alone)
    types = {row["qa_id"]: row["question_type"] for row in records["qa_pairs"]}
    assert sorted(types.values()) == ["other", "procedure"]
    assert {types[row["qa_id"]]: row["claim_type"] for row in records["claims"]} == {"procedure": "procedure", "other": "other"}


@pytest.mark.parametrize("sentence, expected", [
    ("If the ache spreads down your arm, stop and see a doctor.", "advice"),  # an imperative after a condition
    ("When you get home, drink plenty of water.", "advice"),
    ("If your plan covers it, the visit costs nothing.", "coverage"),  # a condition without an imperative
    ("Sign in to the member portal and open the Claims page.", "advice"),  # a portal's steps are imperatives too
    ("If you have a fever, please reschedule.", "advice"),
    ("Follow-up visits are 30 to 45 minutes, once a week.", "procedure"),  # "Follow-up" is no imperative
    ("The first visit starts with a health history and an exam.", "procedure"),
    ("The therapist will ask about your pain and check your posture.", "procedure"),
    ("Unused visits do not roll over to the next year.", "coverage"),
    ("Most plans treat it as part of your physical therapy benefit.", "coverage"),
    ("After your deductible, you pay a $30 copay for each in-network visit.", "cost"),  # a sum of money is a price
    ("You pay 20 percent coinsurance after your deductible.", "coverage"),
    ("Massage therapists are not licensed to give injections of any kind.", "regulation"),
    ("Physical therapists can offer dry needling after extra training.", "scope_of_practice"),
    ("Medicare pays 80% after your $240 deductible.", "coverage"),  # what a plan pays, not a price
    ("Massage changes the state of the muscle tissue.", "other"),  # "the state" of a tissue is no jurisdiction
])
def test_claim_type_of_a_sentence(sentence, expected):
    assert read_claim(sentence, entities_of(sentence)).claim_type == expected


@pytest.mark.parametrize("sentence, expected", [  # rule 2: who may do what in a state or province named
    ("In Ohio, physical therapists can dry needle after extra training.", "regulation"),
    ("Colorado allows chiropractors to perform dry needling once they finish the required course.", "regulation"),
    ("Massage therapists can't perform dry needling in Colorado.", "regulation"),
    ("Acupuncturists in Ontario are allowed to use trigger point needling.", "regulation"),
    ("Physical therapists in Oregon can offer dry needling after additional training.", "regulation"),  # a state whose code is a word
    ("Victoria, our chiropractor, can perform dry needling.", "scope_of_practice"),  # a person, not the state
    ("Our clinics in Oregon and Washington are in network with the state Medicaid plans.", "coverage"),  # a plan's there
    ("Our Ohio office opens at eight.", "other"),  # no practitioner
    ("Our physical therapists in Ohio use dry needling for neck pain.", "scope_of_practice"),  # a clinic's place, no law
    ("Our physical therapists in Georgia can see you the same day.", "other"),
    ("Georgia is our lead physical therapist and can answer your questions.", "other"),
    ("Virginia Mason physical therapists offer dry needling for neck pain.", "scope_of_practice"),
    ("Our chiropractors trained at the University of Michigan and use gentle techniques.", "other"),
])
def test_a_practitioner_allowed_to_do_something_in_a_named_state_is_regulation(sentence, expected):
    assert read_claim(sentence, entities_of(sentence)).claim_type == expected


def test_a_noun_in_a_list_keeps_its_lead_ins_type():
    text = "Back pain FAQ\n\nHow is back pain treated?\n\nTreatment options include:\n\n- Rest\n- Ice\n- Physical therapy\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), rules_alone)
    assert {row["text"]: row["claim_type"] for row in records["claims"]} == {"Rest": "treatment", "Ice": "treatment", "Physical therapy": "treatment"}


def test_an_imperative_list_item_is_advice_whatever_its_lead_in_says():
    text = "First visit FAQ\n\nHow do I prepare?\n\nA few things make the first visit easier:\n\n- Arrive about 15 minutes early to fill out the forms.\n- Wear loose clothing.\n- The visit lasts an hour.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), rules_alone)
    assert [(row["text"], row["claim_type"]) for row in records["claims"]] == [
        ("Arrive about 15 minutes early to fill out the forms.", "advice"), ("Wear loose clothing.", "advice"),
        ("The visit lasts an hour.", "procedure"),
    ]


def test_each_side_of_a_split_sentence_is_a_claim_though_only_the_last_ends_with_a_full_stop():
    text = "Referral FAQ\n\nDo I need a referral?\n\nState law allows direct access, so you do not need a referral.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert [(text[r["start"]:r["end"]], r["polarity"]) for r in records["claims"]] == [
        ("State law allows direct access", "affirmed"), ("you do not need a referral.", "negated"),
    ]
    assert records["qa_pairs"][0]["answer_polarity"] == "no"


def test_an_answer_after_so_is_read_where_it_speaks_of_what_was_asked():
    whole = "Most plans do not cover cupping, so we offer it as a $30 add-on."
    first = "Most plans do not cover cupping"
    claim = read_claim(first, entities_of(first))
    assert answer_polarity("Will my insurance plan pay for cupping?", first, claim.judgement, whole) == "no"


@pytest.mark.parametrize("question, first_sentence, expected", [  # rules of this round kept to what they are for
    ("Can I get acupuncture without a referral?", "Most plans let you see an acupuncturist without a referral.", "yes"),
    ("Does insurance cover massage?", "Only a few plans do.", "maybe"),
    ("Does my plan cover massage?", "Most plans cover no more than 12 visits a year.", "yes"),  # a limit, no minimiser
    ("Does cupping hurt?", "It feels like a deep pulling, not pain.", "no"),
    ("Is myofascial release painful?", "It should feel like a slow stretch rather than pain.", "no"),
    ("Does cupping hurt?", "It hurts a little, but not for long.", "yes"),
    ("Are the needles reused?", "Never.", "no"),
    ("Does kinesio taping work?", "The evidence is mixed.", "maybe"),
    ("Can I get a massage if I'm in pain?", "You can, as long as pressing on the area is not painful.", "yes"),
    ("Does dry needling hurt?", "It can hurt, but it is not pain that lasts.", "maybe"),
])
def test_yes_no_rules_fire_only_where_they_belong(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Please note that your plan does not cover massage therapy.",
    "A treatment like that is not covered by Medicare.",
])
def test_a_denial_reported_or_after_a_demonstrative_still_denies(sentence):
    assert judged(sentence).polarity == "negated"


def test_claim_types_of_benefits_and_nouns_that_look_like_imperatives():
    assert read_claim("Acupuncture benefits many patients with chronic pain.", entities_of("Acupuncture benefits many patients with chronic pain.")).claim_type == "outcome"
    assert read_claim("Email addresses are never shared.", []).claim_type != "advice"


def test_question_types_of_look_alike_questions():
    assert question_type("How will I know if my insurance covers massage?", entities_of("How will I know if my insurance covers massage?")) == "coverage"
    assert question_type("Do I need to be undressed for the massage?", entities_of("Do I need to be undressed for the massage?")) != "indication"


def test_feeling_it_work_is_no_question_about_risk():
    assert question_type("Will I feel it working right away?") != "risk"


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Can Dr. Ruiz do cupping?", "She can.", "yes"),
    ("Does Dr. Chen take new patients?", "He does not.", "no"),
    ("Do the students do deep tissue work?", "They do, with a supervisor in the room.", "yes"),
    ("Is it covered by my plan?", "It isn't.", "no"),
])
def test_a_short_answer_that_echoes_the_question_with_a_third_person(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_a_title_with_a_period_does_not_end_the_question_it_is_in():
    assert is_yes_no("Can Dr. Ruiz do cupping?") and is_yes_no("Does St. Mary's offer dry needling?")
    assert not is_yes_no("My back hurts. Why?")


@pytest.mark.parametrize("question, expected", [
    ("Which clients are good candidates?", "indication"),
    ("Is there anyone who shouldn't have cupping?", "indication"),
    ("Is there a payment plan?", "cost"),
    ("Do you offer financing for a package of sessions?", "cost"),
    ("What will I feel during the injection?", "risk"),
    ("Why am I sorer the day after?", "risk"),
    ("Will dry needling get rid of my knots for good?", "outcome"),
    ("Do I need any equipment for the home program?", "procedure"),
    ("Is dry needling offered at your clinic?", "provider"),
    ("Is dry needling offered here without insurance?", "coverage"),
])
def test_round_21_question_type_rules(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_letters_last_question_names_what_it_asks_to_define():
    letter = "My neck has hurt for weeks and my husband thinks I have a knot. What is a trigger point, exactly?"
    assert question_type(letter, entities_of(letter)) == "definition"


@pytest.mark.parametrize("question", [
    "My appointment is at 9 a.m. Can I eat breakfast before it?",
    "I live in the U.S. Is dry needling legal here?",
    "I have tried ice, heat, stretching, etc. Will massage help?",
])
def test_an_abbreviation_that_ends_a_sentence_still_ends_it(question):
    assert is_yes_no(question)


@pytest.mark.parametrize("question, expected", [
    ("Will the bruising be permanent?", "risk"),
    ("Does Medicare offer payment plans?", "coverage"),
    ("Are there clients who can't use their FSA for acupuncture?", "coverage"),
    ("Can physical therapy fix nerve damage?", "treatment"),
    ("Can dry needling damage a nerve?", "risk"),
])
def test_round_21_question_type_rules_leave_other_types_their_questions(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_letters_what_is_question_about_a_way_is_no_definition():
    letter = "I'm eight months pregnant and my lower back hurts every night. What is the safest way to get a massage?"
    assert question_type(letter, entities_of(letter)) != "definition"


@pytest.mark.parametrize("question, expected", [
    ("What procedures does Dr. Alvarez perform?", "provider"),
    ("What services does your plan offer?", "other"),
    ("What treatments does the clinic offer?", "treatment"),
    ("How well does cupping work?", "outcome"),
    ("Who shouldn’t get cupping?", "indication"),
    ("Who on your team does dry needling?", "provider"),
    ("Does Cigna need a prior auth for massage?", "coverage"),
    ("Is the massage gun a medical device?", "regulation"),
])
def test_round_22_question_type_rules(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question", [
    "Can I come in at 8 a.m. on Saturdays?",
    "Is dry needling legal in the U.S. for chiropractors?",
    "Is it covered by public plans, e.g. Medicare or Medicaid?",
    "Is dry needling vs. acupuncture better for neck pain?",
])
def test_an_abbreviation_inside_a_question_does_not_end_it(question):
    assert is_yes_no(question)


@pytest.mark.parametrize("question, expected", [
    ("Can dry needling cause nerve damage?", "risk"),
    ("Do you offer payment plans for patients without insurance?", "cost"),
    ("How well do the needles work compared to acupuncture?", "comparison"),
])
def test_round_22_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("What is a session like?", "procedure"),
    ("What's the first appointment at the clinic like?", "procedure"),
    ("What is myofascial release like?", "risk"),  # how the treatment feels
])
def test_what_a_visit_is_like_asks_what_happens_during_it(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Patients who keep up their exercises are less likely to need repeat injections.", "asserted"),
    ("Soreness is more likely after a deep session than after a light one.", "asserted"),
    ("It is likely to help for a few weeks.", "hedged"),
    ("Most likely the knot is a trigger point.", "hedged"),
])
def test_likely_in_a_comparison_is_no_hedge(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, certainty", [
    ("Cupping is a suction technique that can loosen the outer layers of fascia.", "asserted"),  # a relative clause names what it is
    ("Taut bands are ropy strands, which can be traced with a flat finger.", "asserted"),
    ("Lie still for ten minutes so the numbing medicine can settle.", "asserted"),            # a purpose clause
    ("We warm the tissue first so that your therapist can work deeper.", "asserted"),
    ("The heat opens a window where the fascia can glide again.", "asserted"),
    ("Your therapist looks for nodules you can feel under the fingertips.", "asserted"),      # the object is the noun before
    ("Our scheduling desk can confirm your benefits by phone.", "asserted"),                  # the clinic's office acts
    ("Employees can have up to 20 massage visits a year.", "asserted"),                       # having a service: permission
    ("He can.", "asserted"),                                                                  # an echoed answer of ability
    ("A runner can have both a strain and a trigger point.", "hedged"),                       # having a condition: possibility
    ("They can.", "hedged"),                                                                  # may echo what things do
    ("The knot can send a dull ache into the shoulder.", "hedged"),                           # the main clause's own "can"
    ("Your calf may cramp briefly, which can feel like a charley horse.", "hedged"),          # the main clause decides
    ("And that can be pretty intense.", "hedged"),                                            # "that" begins the clause
])
def test_can_in_a_purpose_or_relative_clause_leaves_the_main_clause_to_decide(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, certainty", [
    ("In some provinces, chiropractors may also dry needle.", "asserted"),  # a permission that varies by jurisdiction, as "in some states"
    ("In some states, chiropractors may also dry needle.", "asserted"),
    ("Your chiropractor may also use cupping.", "hedged"),
])
def test_may_of_a_practitioner_in_some_provinces_is_permission(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, certainty", [
    # a hedge in a relative clause describes its noun (the gold sets: 106 asserted to 12 hedged)
    ("Cupping leaves round marks that usually fade within a week.", "asserted"),
    ("Unlike a cortisone shot, which usually goes into a joint, a trigger point injection goes into the muscle.", "asserted"),
    ("You will feel firm pressure and an ache that may spread to another area.", "asserted"),
    ("Cupping leaves round marks that will usually fade within a week.", "asserted"),
    ("Chiropractors use adjustments that usually take a few minutes.", "asserted"),
    # not a "that" after a verb, a conjunction or a pronoun, nor the demonstrative
    ("Studies show that it may help.", "hedged"),
    ("Pressure can hurt, and that may last a day.", "hedged"),
    ("Researchers concluded that probably dry needling reduces pain.", "hedged"),
    ("Experience has taught us that usually the soreness fades within a day.", "hedged"),
    ("Insurance covers that sometimes.", "hedged"),
    ("Soreness like that usually fades within a day.", "hedged"),
    # nor the predicate's noun, whose clause is the claim, nor a practitioner's act
    ("Cupping is an ancient therapy that may relieve muscle pain.", "hedged"),
    ("It is a service that may be covered by some plans.", "hedged"),
    ("Cupping is a technique that may be used by massage therapists and physical therapists.", "hedged"),
])
def test_a_hedge_in_a_relative_clause_hedges_its_noun_not_the_claim(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, certainty", [
    ("Each shot holds a numbing agent, usually procaine, and nothing else.", "asserted"),          # the appositive names a drug
    ("Injections are given by a doctor, often a physiatrist, in the clinic.", "asserted"),          # ... or a provider
    ("Cupping leaves circles on the skin, often called cup marks.", "asserted"),                    # "often called"
    ("Fibromyalgia brings pain on both sides, often with poor sleep.", "asserted"),
    ("Soreness is more common after the first session, often lasting a day.", "asserted"),
    ("Massage often eases a tight neck.", "hedged"),                                                 # the main clause's own "often"
    ("A session runs long, usually an hour or more.", "hedged"),                                     # an amount, not a named thing
    ("The shot is usually procaine.", "hedged"),
])
def test_frequency_adverb_in_an_appositive_naming_a_thing_is_no_hedge(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, certainty", [
    ("Dry needling in a physio session is normally covered the same way.", "hedged"),
    ("Your provider's office normally asks for the authorization.", "hedged"),
    ("Normally, the soreness fades within a day.", "hedged"),
    ("Walk and move normally, but skip heavy lifting until tomorrow.", "asserted"),  # how, not how often
    ("Keep moving the muscle normally the same day.", "asserted"),
    ("You should be able to breathe normally.", "asserted"),
    ("Cupping almost never gets covered.", "hedged"),
    ("The soreness almost always settles by the next morning.", "hedged"),
])
def test_round_49_normally_and_almost_hedge_as_frequencies(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Does scraping leave bruises?", "It usually doesn't leave a mark at all.", "no"),         # a denial, however often
    ("Is a foam roller worth buying?", "Probably not as your only treatment.", "no"),
    ("Does scraping leave bruises?", "It usually leaves faint red streaks, but only if you bruise easily.", "maybe"),  # an affirmation the sentence qualifies stays hedged
    ("Will my plan pay for cupping?", "Some plans may not cover it.", "maybe"),                # "may" keeps no direction
])
def test_a_usual_or_probable_denial_answers_no(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected



@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Do you do cupping?", "Not me! Our other therapist does.", "no"),
    ("Isn't cupping just a fad?", "The evidence on cupping is mixed, with a few small trials.", "maybe"),
    ("Doesn't it leave bruises?", "It leaves round marks that fade within a week.", "yes"),
])
def test_negative_questions_ask_yes_or_no_and_mixed_evidence_says_maybe(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_an_answer_opening_with_a_remark_is_read_from_its_first_asserting_sentence():
    text = "Cupping FAQ\n\nIsn't cupping just a fad?\n\nFair question! The evidence on cupping is mixed, with a few small trials.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert [r["answer_polarity"] for r in records["qa_pairs"]] == ["maybe"]


@pytest.mark.parametrize("question", ["Is a massage gun as good as a massage?", "Is cupping as effective as dry needling?"])
def test_as_good_as_asks_for_a_comparison(question):
    assert question_type(question, entities_of(question)) == "comparison"


@pytest.mark.parametrize("question, expected", [
    ("So what is a trigger point injection, exactly?", "definition"),     # a lead-in and an aside around "What is X?"
    ("Okay, what is cupping?", "definition"),
    ("Is sports massage only for athletes?", "indication"),              # who it is for
    ("Is coverage only for members?", "coverage"),
])
def test_lead_ins_asides_and_who_a_treatment_is_only_for(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [   # round-23 review: what the subordinate-clause and appositive rules must leave alone
    ("Muscles that are stiff can send pain to the temple.", "hedged"),          # the relative clause has its own verb; "can" is the main one
    ("So it can take a few visits to notice a change.", "hedged"),              # a sentence's "So" is no purpose clause
    ("This is where a session can go wrong.", "hedged"),
    ("At our clinic, usually a chiropractor performs the adjustment.", "hedged"),  # a fronted phrase's comma is no appositive
    ("You can have side effects from the injection.", "hedged"),               # having side effects is a possibility
    ("Clients can have a strong reaction to cupping.", "hedged"),
    ("Sitting at an office desk all day can tighten the hips.", "hedged"),     # an office desk acts for nobody
    ("Our office can send the receipt by e-mail.", "asserted"),
    ("Members can have up to 20 visits a year.", "asserted"),
])
def test_round_23_review_certainty(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Don't have insurance?", False), ("Haven't found your answer?", False),     # headings of an offer, not asked of anyone
    ("Isn't it just placebo?", True), ("Can't I just stretch instead?", True),
])
def test_negative_questions_ask_of_someone(question, expected):
    assert is_yes_no(question) is expected


def test_often_does_not_keep_a_denial():
    assert polarity_of("Does insurance pay for massage?", "Insurance often doesn't pay for massage.") == "maybe"


@pytest.mark.parametrize("question, expected", [
    ("What do you charge?", "cost"),
    ("Trigger point injection or dry needling?", "comparison"),  # a choice between two named things
    ("Heat or ice?", "comparison"),
    ("Can I get a massage or a facial?", "other"),  # a verb first: no choice between two things asked
    ("Is cupping just a placebo?", "outcome"),
    ("Is there steroid in the shot?", "procedure"),
    ("What's actually in the syringe when you give a trigger point injection?", "procedure"),
])
def test_question_types_of_prices_choices_placebos_and_what_is_injected(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Does it hurt?", "Mostly not.", "no"),
    ("Does it hurt?", "Generally not, though you may feel a pinch.", "no"),
    ("Does it hurt much?", "Not much.", "no"),
])
def test_a_qualified_no_at_the_head_of_an_answer(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [  # round 27: what a question asks, whatever its wording
    ("Will I need more than one injection?", "procedure"),  # how many sessions
    ("Do you use ultrasound guidance?", "procedure"),
    ("Will I receive a steroid with the injection?", "procedure"),  # what it is given with
    ("Is cracking your own neck bad for you?", "risk"),
    ("How much is shipping?", "cost"),  # a price, though shipping is the business's
    ("Do you ship internationally?", "other"),
    ("Can I work out afterward?", "procedure"),  # an instruction after it, not whether it works
    ("Does cupping work?", "outcome"),
    ("Is foam rolling actually doing anything to a trigger point?", "treatment"),
    ("In your opinion, did the dry needling help Mr. Lundquist?", "outcome"),
    ("What did your clinic charge for a visit that included dry needling?", "cost"),
    ("And trigger point injections, can you perform those?", "provider"),  # the clause asks of the topic put before it
])
def test_round_27_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is there anyone who should not have dry needling?", "Some people should avoid it.", "yes"),  # "some" is the answer
    ("Does insurance cover massage?", "Some plans cover it.", "maybe"),  # "some" limits who it holds for
])
def test_some_answers_a_question_whether_anyone_is(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_a_credential_after_a_name_asks_nothing():
    assert not is_yes_no("What insurance does Dr. Marcus Oyelaran, DO accept?")
    assert is_yes_no("I read about trigger points, do they go away?")


@pytest.mark.parametrize("question, sentence, expected", [
    ("Will I be sore after dry needling?", "Your shoulder may ache for a day or two.", "risk"),  # a symptom's words, a risk asked
    ("What are the symptoms of a trigger point?", "Your shoulder may ache for a day or two.", "symptom"),
    ("Does insurance pay for dry needling?", "The state board requires a prescription from your doctor first.", "coverage"),
    ("Is dry needling legal here?", "The state board requires a prescription from your doctor first.", "regulation"),
    ("Is dry needling risky?", "Bruising and soreness are caused by the needle.", "risk"),
    ("How is myofascial pain diagnosed?", "A tender knot that refers pain is the main sign.", "diagnosis"),  # a symptom's words, how it is found asked
    ("Will Medicare pay for it?", "Physical therapy treats neck pain with exercise.", "coverage"),
    ("Is cupping safe?", "Cupping is a treatment for tight muscles.", "risk"),
])
def test_a_claims_words_read_with_the_question_it_answers(question, sentence, expected):
    text = f"Dry needling FAQ\n\n{question}\n\n{sentence}\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), rules_alone)
    assert [c["claim_type"] for c in records["claims"]] == [expected]


def test_the_claim_type_context_table_names_known_types():
    claim_types = {r["claim_type"] for r in csv.DictReader((DATA_DIR / "claim_types.csv").open(encoding="utf-8"))} | {"scope_of_practice", "other"}
    question_types = {r["question_type"] for r in csv.DictReader((DATA_DIR / "question_types.csv").open(encoding="utf-8"))}
    for row in csv.DictReader((DATA_DIR / "claim_type_context.csv").open(encoding="utf-8")):
        assert row["claim_type"] in claim_types and row["becomes"] in claim_types and row["question_type"] in question_types, row


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Can anyone get cupping?", "Some people should avoid it, such as those on blood thinners.", "maybe"),
    ("Is there any chance my insurance will cover dry needling?", "Some plans cover it as part of physical therapy.", "maybe"),
])
def test_some_still_limits_an_answer_to_whether_anyone_can(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_booking_the_same_day_is_about_the_clinic():
    assert question_type("Can I book a massage the same day?", entities_of("Can I book a massage the same day?")) != "procedure"


@pytest.mark.parametrize("question, expected", [  # round 28
    ("What exactly do you inject?", "procedure"),
    ("Does acupuncture count toward the same limit?", "coverage"),
    ("What counts as medically necessary?", "coverage"),
    ("Who can give me massage therapy under my plan?", "coverage"),
    ("Who can give me massage therapy?", "provider"),
    ("Why would my doctor recommend a trigger point injection?", "indication"),
    ("What does a chiropractor do for muscle knots?", "treatment"),
    ("What can he do on his own for those knots?", "treatment"),
    ("What does a foam roller actually do?", "outcome"),
    ("When does the clinic open, and how do I make an appointment?", "other"),
    ("What happens at my first appointment?", "procedure"),
    ("Do I need a referral to make an appointment with a physical therapist?", "coverage"),
    ("What does massage do for fibromyalgia?", "outcome"),
    ("What can we do to make your visit easier?", "other"),
])
def test_round_28_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_doctors_reason_is_an_indication_only_for_a_treatment():
    assert question_type("Why did my doctor order an MRI for my neck?", entities_of("Why did my doctor order an MRI for my neck?")) != "indication"


@pytest.mark.parametrize("sentence, certainty", [
    ("In Oregon, physical therapists with the right training may perform dry needling, as may naturopaths.", "asserted"),  # a state's permission, echoed by "as may"
    ("In Texas, a physical therapist may recommend dry needling for chronic neck pain.", "hedged"),  # a state alone grants nothing
    ("Your therapist may use cupping, as may your acupuncturist.", "hedged"),  # the main verb's possibility decides
])
def test_round_29_a_state_with_training_permits_and_as_may_echoes_the_main_verb(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, sides", [
    ("Acupuncture will not fix a slipped disc, but many of our patients say their backs feel looser.",
     ["Acupuncture will not fix a slipped disc", "many of our patients say their backs feel looser."]),
    ("Most plans treat cupping as experimental and do not pay for it.", ["Most plans treat cupping as experimental", "do not pay for it."]),
    ("Some employers add massage benefits and others do not.", ["Some employers add massage benefits", "others do not."]),
    ("Our chiropractors can order X-rays, but not every chiropractor does.", ["Our chiropractors can order X-rays", "not every chiropractor does."]),
    ("Some plans allow twelve visits a year, so check your benefits first.", ["Some plans allow twelve visits a year", "check your benefits first."]),
    ("Cupping leaves round marks, and in most cases the marks fade within a week.", ["Cupping leaves round marks", "in most cases the marks fade within a week."]),
    ("Chiropractors cannot prescribe drugs; trigger point injections are given by physicians.",
     ["Chiropractors cannot prescribe drugs", "trigger point injections are given by physicians."]),  # "trigger" is the subject's word here
    # one claim: a list, a verb phrase of the same polarity, a fragment without a verb
    ("Physical therapists, chiropractors, and acupuncturists can perform it.", ["Physical therapists, chiropractors, and acupuncturists can perform it."]),
    ("It is safe and is covered by most plans.", ["It is safe and is covered by most plans."]),
    ("Dry needling uses a thin needle and no medication.", ["Dry needling uses a thin needle and no medication."]),
    ("We treat the neck, not only the shoulder.", ["We treat the neck, not only the shoulder."]),
    ("The fee is billed as physical therapy, not as massage.", ["The fee is billed as physical therapy, not as massage."]),  # a denial without a verb stays
    ("A foam roller can't find and hold a single trigger point.", ["A foam roller can't find and hold a single trigger point."]),  # one auxiliary, both verbs
    ("Knots form when muscle fibers are overloaded and cannot relax.", ["Knots form when muscle fibers are overloaded and cannot relax."]),  # inside "when"
    ("Our therapists treat the hips, the knees, and the lower back.", ["Our therapists treat the hips, the knees, and the lower back."]),  # a list's end
    ("We use heat, stretching, and in some cases dry needling.", ["We use heat, stretching, and in some cases dry needling."]),
])
def test_round_29_a_sentence_splits_where_two_assertions_meet(sentence, sides):
    assert [sentence[a:b] for a, b in clause_spans(sentence)] == sides


@pytest.mark.parametrize("question, answer, polarity", [
    ("Can massage cause a herniated disc?", "A herniated disc comes from wear or injury to the spine, not from massage.", "no"),
    ("Is cupping billed as acupuncture?", "It is billed as an add-on service, not as acupuncture.", "no"),
    ("Is cupping billed as an add-on?", "It is billed as an add-on service, not as acupuncture.", "yes"),  # the affirming side names what is asked
    ("Is dry needling covered by insurance?", "Most plans cover it as part of physical therapy, not as a separate dry needling service.", "yes"),  # "it" is dry needling
    ("Do physical therapists use cupping?", "Many do, as an add-on to exercise, not as a stand-alone cupping treatment.", "yes"),  # answered in short
    ("Does massage help headaches and neck pain?", "Massage often eases neck pain, not always headaches.", "maybe"),
    ("Can dry needling help with sciatica?", "Dry needling helps when the pain comes from tight gluteal muscles, not when sciatica comes from a disc.", "yes"),
])
def test_round_29_a_denying_side_that_names_what_is_asked_answers_no(question, answer, polarity):
    assert polarity_of(question, answer) == polarity


@pytest.mark.parametrize("question, answer, polarity", [
    ("Is there a difference between the two?", "There is.", "yes"),
    ("Are there any side effects?", "There aren't, for most people.", "no"),
    ("Does dry needling hurt?", "Most people say it feels like a deep ache, not pain.", "no"),  # "not pain" is a side of its own now
])
def test_round_29_there_is_answers_and_not_pain_in_a_side(question, answer, polarity):
    assert polarity_of(question, answer) == polarity


@pytest.mark.parametrize("answer, polarity", [
    ("It can be uncomfortable, but it should feel like pressure rather than pain.", "maybe"),  # the first side hedges
    ("Most people say it feels like a deep ache, not pain.", "no"),
])
def test_round_29_not_pain_in_a_side_of_its_own_answers_as_published(answer, polarity):
    text = f"Massage FAQ\n\nDoes trigger point massage hurt?\n\n{answer}\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert [r["answer_polarity"] for r in records["qa_pairs"]] == [polarity]


@pytest.mark.parametrize("question, answer, polarity", [
    ("Can I use it on my neck?", "Use the soft ball on the sides of your neck, never the foam roller.", "yes"),  # a denial of something else
    ("Are massage guns covered?", "They are comfort items, so they aren't covered, even with a prescription.", "no"),
])
def test_round_29_review_yes_no_after_a_trailing_denial_and_a_contraction(question, answer, polarity):
    text = f"Recovery tools FAQ\n\n{question}\n\n{answer}\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert [r["answer_polarity"] for r in records["qa_pairs"]] == [polarity]


@pytest.mark.parametrize("question, expected", [
    ("Why combine dry needling with exercise?", "outcome"),
    ("Why add cupping to a massage?", "outcome"),
    ("Why do trigger points form?", "cause"),  # why a condition arises stays cause
])
def test_round_29_why_one_would_do_a_treatment_asks_what_it_brings(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, question_type, polarity", [
    ("Is NMT the same thing as deep tissue massage?", "NMT is a kind of deep work, but it is not the same as a general deep tissue massage.", "comparison", "no"),
    ("Do you work with headaches and jaw pain?", "We regularly treat clients with tension-type headaches.", "treatment", "yes"),  # a condition a practice works with
    ("What is neuromuscular therapy (NMT)?", "A focused massage of trigger points.", "definition", None),  # its abbreviation in brackets
    ("How long does it take to get better?", "Most people improve within two to six weeks.", "outcome", None),
    ("How many sessions will I need, and how long is each one?", "Three to six, of 30 minutes each.", "procedure", None),
])
def test_round_30_question_types_and_a_denial_of_what_is_asked_after_but(question, answer, question_type, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert (row["question_type"], row["answer_polarity"]) == (question_type, polarity)


@pytest.mark.parametrize("question, answer", [
    ("Is dry needling covered?", "Dry needling is excluded as experimental under all of our plans."),
    ("Will my dental insurance pay for TMJ treatment?", "Most dental plans exclude TMD treatment."),
    ("Does the plan pay for cupping?", "Claims for cupping are denied as a non-covered service."),
])
def test_a_payers_exclusion_is_an_affirmed_claim_that_answers_no(question, answer):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert [c["polarity"] for c in records["claims"]] == ["affirmed"] and records["qa_pairs"][0]["answer_polarity"] == "no"


def test_an_exclusion_inside_a_relative_clause_answers_nothing():
    text = "Questions\n\nCan I use my HSA for services the plan doesn't cover?\n\nYou can use it for acupuncture that the plan excludes.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert records["qa_pairs"][0]["answer_polarity"] == "yes"


@pytest.mark.parametrize("question, expected", [
    ("Do you work with Medicare for back pain?", "coverage"),  # a payer named: coverage, not treatment
    ("How many sessions will I need, and how long until I feel better?", "outcome"),
])
def test_round_30_review_question_types(question, expected):
    text = f"Questions\n\n{question}\n\nIt depends.\n"
    assert document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]["question_type"] == expected


@pytest.mark.parametrize("question, expected", [
    ("Why the headaches?", "cause"),  # a verbless why names the condition
    ("Why all the bruising?", "risk"),  # ... not a mark a treatment leaves
    ("Why the long wait?", "other"),
    ("Where should I never use a massage ball?", "risk"),
    ("Is dry needling OK if I take blood thinners?", "risk"),
    ("Is cupping okay while I'm pregnant?", "risk"),
    ("Is it OK if I bring my kid?", "procedure"),
    ("If insurance denies the injections, what would I owe?", "cost"),
    ("What will I owe after the visit?", "cost"),
    ("Who will come to my house?", "provider"),  # a question asking for a person
    ("Who should I book with?", "provider"),
    ("Who can I contact with a question?", "other"),
    ("Who may take the course?", "other"),
    ("Who is a good candidate?", "indication"),
    ("How do you tell a trigger point from a pinched nerve?", "diagnosis"),
    ("How do I know a therapist is licensed?", "regulation"),
    ("Do I need to tip my massage therapist?", "cost"),
    ("What does cupping run out of pocket?", "cost"),
    ("How long should each cup stay on?", "procedure"),
    ("Should I skip cupping while I'm on warfarin?", "risk"),
])
def test_round_49_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I still come if I'm pregnant?", "indication"),  # who may have it
    ("I'm pregnant, can I still get a massage for my neck knots?", "indication"),
    ("I'm on warfarin. Can I have dry needling?", "indication"),
    ("Is it OK while pregnant?", "risk"),  # whether it is safe
    ("Are they fine during pregnancy?", "risk"),
    ("Is it OK to eat before?", "procedure"),
    ("How long do you hold the pressure?", "procedure"),  # a step of the treatment
    ("How hard should I press?", "procedure"),
    ("How long do you hold a stretch for relief?", "outcome"),
    ("How soon can I have another injection?", "procedure"),
    ("Do they numb the area first?", "procedure"),
    ("Do you use e-stim with the needles?", "procedure"),
    ("Is it ok to book needling for someone on blood thinners?", "risk"),
    ("Is that normal?", "risk"),  # what a treatment left
    ("How dry needling feels", "risk"),  # a sensation during a treatment
    ("How will my neck feel afterwards?", "risk"),
    ("Is cupping just a fad?", "outcome"),  # whether it works
    ("How long until I feel a difference?", "outcome"),
])
def test_round_50_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I continue my sessions if my insurance changes?", "coverage"),
    ("Can I keep my appointment if it snows?", "procedure"),
    ("I'm on the waitlist, can I still come in today?", "other"),
    ("I'm on a blood thinner. Can I still have dry needling?", "indication"),
    ("Is my therapist legit?", "provider"),
    ("How do trigger points feel?", "other"),  # a condition, not a treatment's sensation
    ("How soon can I get more relief?", "outcome"),
    ("Does the clinic clean the tables between patients?", "risk"),
])
def test_review_50_question_type_rows_keep_to_what_they_mean(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_question_of_who_does_what_after_and_or_a_fragment_asks_its_own_on_a_billing_page():
    billing = asked("Is massage covered?", "Does my plan cover dry needling?", "What is my copay?", "Is cupping safe?",
                    "And does your massage therapist do cupping?", "What about the bruises?", "What about insurance? Does any of this get covered?")
    assert question_types(billing)[4:] == ["provider", "risk", "coverage"]


def test_a_place_keeps_a_permission_question_about_the_law_on_an_insurers_page():
    insurer = asked("Is massage covered?", "Does my plan cover dry needling?", "What is my copay?", "Is a massage therapist allowed to do dry needling in Oregon?", "Are cupping visits allowed?")
    assert question_types(insurer)[3:] == ["regulation", "coverage"]


@pytest.mark.parametrize("question, expected", [
    ("Is trigger point therapy backed by research?", "outcome"),
    ("Is there any evidence for cupping?", "outcome"),
    ("Is there evidence that dry needling is safe?", "risk"),  # the risk row decides
    ("Do I need a doctor's note for massage?", "coverage"),  # like a referral: what a plan asks for
    ("Is this cupping set suitable for home use?", "indication"),
    ("Are these balls designed for beginners?", "indication"),
])
def test_round_31_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Does an adjustment hurt?", "Most adjustments are painless.", "no"),
    ("Is cupping painful?", "It is pain-free for most clients.", "no"),
    ("Does an adjustment hurt?", "Most adjustments are quick.", "yes"),
])
def test_painless_answers_whether_it_hurts(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_who_performs_a_treatment_in_a_bullet_without_a_verb_is_a_claim():
    assert read_claim("Trigger point injections, given by a physician", entities_of("Trigger point injections, given by a physician")).asserts
    assert not read_claim("Trigger point injections and dry needling", entities_of("Trigger point injections and dry needling")).asserts


@pytest.mark.parametrize("sentence, asserts", [
    ("Photo provided by Getty Images", False),
    ("Is the massage done by the chiropractor?", False),
    ("Physical therapists: exercise and dry needling", True),
])
def test_only_who_performs_a_treatment_makes_a_claim_of_a_line_without_a_verb(sentence, asserts):
    assert read_claim(sentence, entities_of(sentence)).asserts is asserts


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is the recovery painful?", "The procedure is painless, but recovery can be sore for a day.", "yes"),
    ("Does it hurt afterward?", "Most people are pain-free by the next day.", "yes"),
])
def test_painless_of_something_else_or_later_does_not_answer_no(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("What is a dry needling session like?", "procedure"),
    ("Do I need a doctor's note to go back to work after the injection?", "provider"),  # a note for work, not for a plan
])
def test_round_31_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is it painful? My neck is already sore and I don't want to make it worse.", "Pressure on a trigger point is uncomfortable.", "yes"),
    ("Can my massage therapist do cupping? What about acupuncture?", "Many massage therapists offer cupping.", "yes"),
])
def test_a_question_with_the_askers_remark_or_an_add_on_is_answered_as_its_question(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("Should I avoid anything after my appointment?", "procedure"),
    ("How do you find them?", "diagnosis"),
    ("What exactly goes into the needle?", "procedure"),
    ("Will my plan cover it? I have a PPO through work.", "coverage"),
])
def test_round_32_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("What can I expect to feel after dry needling?", "risk"),
    ("Does it hurt? My neck is already sore.", "risk"),  # the remark does not decide
])
def test_round_32_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, question_type, polarity", [
    ("Does cupping leave marks?", "It usually does. The round marks fade within a week.", "risk", "yes"),  # the auxiliary said back, as a rule
    ("Will the cups leave marks?", "They often do. The round marks fade within a week.", "risk", "yes"),  # "often" echoes as "usually" does (seven gold answers of nine, round 55)
    ("Will the adjustment hurt?", "Adjustments are rarely painful. You may hear a pop.", "risk", "no"),
    ("Does insurance cover acupuncture or cupping?", "Acupuncture is covered by some plans, but cupping almost never is.", "coverage", "maybe"),  # both asked of
    ("Am I a candidate for trigger point injections?", "You may be if your trigger points have not improved with stretching.", "indication", "maybe"),
])
def test_round_33_question_types_and_yes_no_answers(question, answer, question_type, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert (row["question_type"], row["answer_polarity"]) == (question_type, polarity)


@pytest.mark.parametrize("question, expected", [
    ("What can I do at home between visits?", "treatment"),  # self-care
    ("What can I do after the injection?", "procedure"),  # instructions
    ("What should I do at home between visits?", "procedure"),
])
def test_round_33_what_one_can_do_at_home_asks_for_self_care(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_letter_asking_what_the_things_it_told_of_are_asks_a_definition():
    letter = "I sit at a desk all day and have painful lumps in my shoulders. My sister says they are knots. What are they, really?"
    assert question_type(letter, entities_of(letter)) == "definition"


@pytest.mark.parametrize("sentence, expected", [
    ("Most people call it a knot.", "definition"),
    ("What your sister calls knots, clinicians call myofascial trigger points.", "definition"),
    ("Trigger point massage, also called neuromuscular therapy, is a focused massage technique.", "definition"),
    ("It sends pain elsewhere, which we call referred pain.", "symptom"),  # a relative clause names a symptom
    ("Myofascial release does not treat nerve damage or fractures.", "treatment"),
    ("Massage is not a treatment for fractures, infections or nerve damage.", "treatment"),
])
def test_round_33_what_people_call_a_thing_and_what_a_treatment_does_not_treat(sentence, expected):
    assert read_claim(sentence, entities_of(sentence)).claim_type == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Medicare does not treat maintenance care as medically necessary.", "coverage"),  # "treat ... as": how a payer counts it
    ("If a claim is denied, we call them on your behalf.", "coverage"),  # a phone call
])
def test_round_33_review_treat_as_and_a_phone_call(sentence, expected):
    assert read_claim(sentence, entities_of(sentence)).claim_type == expected


def test_round_33_review_a_qualified_usually_says_it_depends():
    text = "Questions\n\nIs dry needling safe?\n\nIt usually is, though people on blood thinners should ask first.\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == "maybe"


@pytest.mark.parametrize("question, expected", [
    ("Is it covered by insurance, and what will I pay?", "coverage"),  # the first part asks
    ("How much does it cost, and does insurance cover it?", "cost"),
])
def test_round_34_a_two_part_question_asks_what_its_first_part_asks(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("answer, certainty", [
    ("Your therapist will suggest one or both based on your exam.", "asserted"),  # a recommendation an agent makes
    ("Studies suggest that it helps most people.", "hedged"),  # evidence
    ("These symptoms are not typical of myofascial pain.", "asserted"),  # characteristic of
    ("A typical visit lasts 30 minutes.", "hedged"),
])
def test_round_34_suggest_of_an_agent_and_typical_of(answer, certainty):
    text = f"Questions\n\nWhat should I expect?\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["claims"][0]
    assert row["certainty"] == certainty


@pytest.mark.parametrize("question", ["do you guys do cupping", "Do y'all offer dry needling?"])
def test_whether_you_all_do_a_treatment_asks_who_performs_it(question):
    assert question_type(question, entities_of(question)) == "provider"


@pytest.mark.parametrize("sentence, certainty", [
    ("After a car accident, workers' comp may pay for massage if a doctor prescribes it.", "hedged"),  # a payer's "may", not the workers'
    ("Workers’ compensation can cover massage for a work injury.", "hedged"),
    ("Workers can ask for a second opinion.", "asserted"),  # what people who work may do
])
def test_a_possessive_names_what_is_theirs_not_an_agent(sentence, certainty):
    assert judge(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, sides", [
    ("Chiropractors may offer dry needling, and trigger point injections are given by physicians.",
     ["Chiropractors may offer dry needling", "trigger point injections are given by physicians."]),
    ("Original Medicare does not cover it, so massage stays out of pocket.", ["Original Medicare does not cover it", "massage stays out of pocket."]),
    ("It can ease jaw pain, and neck pain caused by clenching.", ["It can ease jaw pain, and neck pain caused by clenching."]),  # no finite verb of its own
    ("We treat neck pain, back pain, and headaches that start at the skull.", ["We treat neck pain, back pain, and headaches that start at the skull."]),
])
def test_a_side_with_a_bare_noun_subject_and_a_finite_verb_is_a_claim_of_its_own(sentence, sides):
    assert [sentence[a:b] for a, b in clause_spans(sentence)] == sides


@pytest.mark.parametrize("question, expected, yes_no", [
    ("Does insurance cover TPIs? What will I pay?", "coverage", True),  # the first of two asks
    ("What about trigger point injections? Are those covered too?", "coverage", True),  # "What about X?" opens the one that asks
    ("What is myofascial release, and how is it different from deep tissue massage?", "definition", False),
    ("How many visits are covered, and what will I pay?", "coverage", False),
    ("How many injections will I need, and how long does the relief last?", "outcome", False),  # what the count is for
    ("How many sessions will I need, and how long is each one?", "procedure", False),
    ("Does it hurt? My neck is already sore.", "risk", True),
])
def test_round_35_a_question_of_two_parts_asks_what_its_first_part_asks(question, expected, yes_no):
    assert question_type(question, entities_of(question)) == expected
    assert is_yes_no(question) == yes_no


@pytest.mark.parametrize("question, expected", [
    ("Is cupping extra?", "cost"),
    ("Are extra visits covered?", "coverage"),
    ("Can I go to the gym afterward? I have a game that night.", "procedure"),  # an instruction after a treatment
    ("Can I drive after the injection?", "procedure"),
    ("Will I be sore afterward?", "risk"),
    ("Who are the therapists?", "provider"),  # which practitioners the clinic has
    ("Who is a physiatrist?", "definition"),
])
def test_round_35_extra_charges_what_to_do_afterwards_and_who_the_therapists_are(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, polarity", [
    ("Does insurance cover acupuncture and cupping?", "Acupuncture is covered by some plans. Cupping is not covered by any plan we bill.", "maybe"),
    ("Does my plan cover cupping or IASTM?", "Cupping is not covered by any plan. IASTM is covered as part of a therapy visit.", "no"),  # alternatives: the first answers
    ("Does insurance cover acupuncture and cupping?", "Both are covered by most plans. Cupping is not covered by Medicare.", "yes"),
])
def test_round_35_two_treatments_asked_together_and_answered_apart_depend(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity


@pytest.mark.parametrize("question, expected", [
    ("Who on the sports medicine staff does the needling?", "provider"),
    ("What will I pay if my plan doesn't cover it?", "cost"),  # the price without coverage
    ("How soon can I practice or compete after a session?", "procedure"),  # an instruction after a treatment
    ("How soon can I expect relief after a session?", "outcome"),
])
def test_round_36_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected, yes_no", [
    ("Am I crazy to worry? My chiropractor wants to use cups on my back. Is cupping safe?", "risk", True),  # a letter asks last
    ("Can I get sore after the massage?", "risk", True),
    ("Can I bill my insurance after the visit?", "coverage", True),
    ("If I have a referral and do not have insurance, what will I pay?", "cost", False),
    ("How many sessions are covered, and what results can I expect?", "coverage", False),
    ("How many injections will I need, and how long do they last?", "outcome", False),
    ("What is dry needling, and does insurance cover it?", "definition", False),  # its first part asks no yes or no
    ("Who in the records department do I ask for my chart?", "other", False),
])
def test_round_36_review_question_types(question, expected, yes_no):
    assert question_type(question, entities_of(question)) == expected
    assert is_yes_no(question) == yes_no


@pytest.mark.parametrize("sentence", ["Your PT may add massage, and posture checks.", "Your therapist may suggest heat, and stretching breaks."])
def test_round_36_review_a_lists_last_noun_is_no_side_of_its_own(sentence):
    assert [sentence[a:b] for a, b in clause_spans(sentence)] == [sentence]


@pytest.mark.parametrize("question, claim_type", [
    ("Who shouldn't get cupping?", "risk"),  # who it could harm
    ("Who should avoid dry needling?", "risk"),
    ("Who is a good candidate for cupping?", "other"),
    ("Is massage right for me if I'm not an athlete?", "other"),
    ("Who can benefit from prenatal massage during pregnancy?", "other"),
])
def test_round_36_an_untyped_sentence_answering_who_should_not_have_it_is_a_risk(question, claim_type):
    text = f"Questions\n\n{question}\n\nCupping is gentle, but it isn't for everyone.\n"
    rows = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text), rules_alone)
    assert rows["qa_pairs"][0]["question_type"] == "indication"
    assert [c["claim_type"] for c in rows["claims"]][-1] == claim_type


def test_round_37_an_answer_that_differs_for_the_things_asked_says_it_depends():
    question, answer = "Are trigger point injections and dry needling covered?", "The answer differs for the two services. Injections are covered."
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == "maybe"


@pytest.mark.parametrize("sentence, certainty", [
    ("There is limited evidence that the effects last longer than a few weeks.", "hedged"),
    ("Studies have shown mixed results.", "hedged"),
    ("Medicare does not cover treatments with limited evidence, such as cupping.", "asserted"),  # what it does not cover
    ("Many of our patients come to us after mixed results with chiropractic care.", "asserted"),
])
def test_round_37_what_the_evidence_leaves_in_doubt_is_hedged(sentence, certainty):
    assert judge(sentence).certainty == certainty


@pytest.mark.parametrize("lead_in, item, certainty", [
    ("Possible side effects include:", "Soreness or bruising where the needle went in", "asserted"),  # the item says what it is
    ("To lower the chance of a flare-up:", "Keep doing the stretches from your physical therapist.", "asserted"),
    ("Treatment may include:", "Dry needling", "hedged"),  # a bare name under a modal: what it may be
    ("Dry needling may help:", "Reduce pain in tight neck muscles.", "hedged"),  # a verb phrase that goes on from the lead-in
    ("In rare cases, an adjustment can cause:", "A stroke from a torn artery in the neck.", "hedged"),
    ("Trigger points are thought to come from:", "Overuse", "hedged"),
    ("Treatment usually includes:", "Dry needling", "asserted"),  # how often: the gold's 11 of 11
    ("A few things may help:", "Stress and poor sleep make muscles more sensitive to pain.", "asserted"),  # a clause of its own
])
def test_round_37_a_list_item_is_hedged_by_its_lead_in_only_as_a_bare_name_under_a_modal(lead_in, item, certainty):
    text = f"Questions\n\nWhat should I know?\n\nHere is the list. {lead_in}\n\n- {item}\n- Something else entirely\n"
    rows = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["claims"]
    assert next(r["certainty"] for r in rows if r["text"].startswith(item[:20])) == certainty


@pytest.mark.parametrize("question, answer, polarity", [
    ("Is dry needling covered by my PPO?", "Here it differs from acupuncture: the PPO covers dry needling as part of physical therapy.", "yes"),
])
def test_round_37_review_differs_from_compares_and_answers(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity


@pytest.mark.parametrize("question, answer, polarity", [
    ("Is the massage painful?", "Neither the stretching nor the pressure should hurt.", "no"),  # a hedged no stays no
    ("Will the bruise fade?", "It should fade within a week.", "maybe"),  # a hedged yes does not
    ("Can I use my FSA card?", "You can pay with an FSA card, but whether the plan reimburses it depends on your account.", "maybe"),
    ("Does cupping hurt?", "It stings, but only for a few seconds.", "yes"),  # how long, not a condition
    ("Does acupuncture help headaches?", "The short answer is that it helps some patients a great deal and others very little.", "maybe"),
    ("Is massage covered?", "Massage is covered, though the copay varies by plan.", "yes"),  # what varies is not the answer
    ("Can I see a PT without a referral?", "You can see one directly, but only for 30 days.", "maybe"),  # a limit, not how long it stings
])
def test_round_38_yes_no_hedged_denials_contrasts_that_depend_and_how_long(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity

@pytest.mark.parametrize("question, answer, polarity", [
    ("Will I be able to give trigger point injections?", "That's outside what this course covers. It teaches dry needling only.", "no"),  # "That's" is no subordinate "that"
    ("Can a massage therapist adjust my spine?", "Spinal adjustment is outside the scope of massage therapy in every state.", "no"),
    ("Can I do the stretches outside?", "Yes, outside is fine.", "yes"),
])
def test_round_49_outside_what_is_offered_answers_no(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity


@pytest.mark.parametrize("question, answer, polarity", [
    ("Do I need a referral to see a chiropractor?", "You don't. Chiropractic visits do not need a referral on any plan, but after the 12th visit the office must send us a plan.", "no"),
    ("Can I book cupping with the massage therapists?", "Not here. Cupping is done by our acupuncturist.", "no"),
])
def test_round_39_short_answers_you_dont_and_not_here(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity


@pytest.mark.parametrize("question, expected", [
    ("Is a physiatrist a kind of chiropractor?", "comparison"),  # the spec's "is X a kind of Y"
    ("Are cupping and gua sha types of massage?", "comparison"),
    ("Is dry needling the same sort of thing?", "comparison"),
    ("Is there a type of massage that helps knots?", "treatment"),  # what exists, not a comparison
    ("Is this kind of soreness normal after cupping?", "risk"),
    ("Are there students who shouldn’t be needled?", "indication"),
    ("Who shouldn't be needled?", "indication"),
    ("What if my kids can't be seen on Saturday?", "other"),
])
def test_round_43_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I get injections while I'm pregnant?", "indication"),
    ("Can I have dry needling while taking blood thinners?", "indication"),
    ("What about my kids?", "indication"),
    ("Who will be working on me?", "provider"),
    ("Are there limits on visits?", "coverage"),
    ("Can I use my benefit for cupping?", "coverage"),
    ("Should I skip the gym after?", "procedure"),
    ("Will I be sore after?", "risk"),
])
def test_round_44_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_round_44_a_bare_and_afterwards_is_read_from_its_answer_not_the_question_before():
    questions = [Asked("Should I get cupping if I'm on blood thinners?", []), Asked("And afterwards?", [], "Drink water and skip the hot tub tonight.")]
    assert question_types(questions) == ["indication", "procedure"]


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is it covered?", "Usually it is.", "yes"),  # "usually" said back with the question's verb: a yes that holds as a rule
    ("Will cupping leave marks?", "It usually does.", "yes"),
    ("Is massage safe with fibromyalgia?", "It usually is, as long as the pressure is light.", "maybe"),
    ("Is acupuncture covered for muscle pain?", "Only on Gold and Platinum plans, which include 12 visits a year.", "maybe"),
    ("Should I get cupping if I'm on blood thinners?", "Only with your doctor's okay.", "maybe"),
    ("Can massage therapists do dry needling?", "Only our physical therapists perform it.", "no"),
])
def test_round_44_yes_no_answers(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Blood thinners raise the chance of bruising.", "asserted"),  # a risk stated
    ("There is a small chance of a collapsed lung.", "hedged"),
    ("You may not be able to move the joint fully.", "hedged"),  # a possibility, not a prohibition
    ("Patients may not bring pets into the treatment room.", "asserted"),
    ("On high-deductible plans, you pay the full negotiated rate, usually $60 to $85, until you reach your deductible.", "asserted"),
])
def test_round_44_certainty(sentence, certainty):
    assert judge(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, polarity", [
    ("Dry needling uses a thin solid needle with nothing in it.", "affirmed"),
    ("It can feel like nothing much is happening.", "affirmed"),
    ("Nothing is injected.", "negated"),
])
def test_round_44_nothing_after_with_or_like_denies_nothing(sentence, polarity):
    assert judge(sentence).polarity == polarity


@pytest.mark.parametrize("question, expected", [
    ("Can I use my HSA card during open enrollment?", "coverage"),
    ("Can I get dry needling during the same visit as my adjustment?", "procedure"),
    ("Can I get a receipt while I'm at the front desk?", "other"),
    ("Can I get a massage while on blood thinners?", "indication"),
    ("Can I use the benefits of cupping at home?", "treatment"),
    ("Are there limits on treatments per week for safety?", "risk"),
])
def test_round_44_review_question_types_that_are_not_who_it_is_for_nor_cover(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_round_44_review_a_bare_and_afterwards_about_paying():
    assert question_types([Asked("Is dry needling covered?", []), Asked("And afterwards?", [], "Follow-up visits are covered too.")]) == ["coverage", "coverage"]


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Can a physical therapist or massage therapist give the injection instead?", "Neither can.", "no"),
    ("Is dry needling covered?", "Only as part of a covered physical therapy visit.", "maybe"),
])
def test_round_45_yes_no_answers(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_round_46_review_neither_with_more_to_say_and_only_as_a_degree_are_no_denial_nor_condition():
    assert polarity_of("Do chiropractors and PTs both treat trigger points?", "Neither does it the same way, but both treat them every day.") != "no"
    assert polarity_of("Does it hurt?", "Only as much as a flu shot.") == "yes"


def test_the_speakers_own_limit_of_knowledge_hedges():
    claim = read_claim("As far as I know, chiropractors in Texas can't legally dry needle right now.", [])
    assert claim.judgement.certainty == "hedged" and "as far as i know" in claim.judgement.hedge_cues


@pytest.mark.parametrize("question", ["Who else at the clinic can help with muscle knots?", "Who can help with my jaw pain?"])
def test_who_can_help_asks_for_a_provider(question):
    assert question_type(question, entities_of(question)) == "provider"


@pytest.mark.parametrize("question, expected", [
    ("Is a trigger point injection a steroid?", "comparison"),
    ("Are trigger point injections just steroids?", "comparison"),
    ("Is dry needling safe for people on blood thinners?", "risk"),
])
def test_whether_a_treatment_is_a_kind_of_drug_compares_them(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Is ibuprofen safe with my medications?", "risk"),
    ("Is my headache caused by painkillers?", "cause"),
    ("Is massage safe for caregivers who help lift patients?", "risk"),
])
def test_review_new_question_rows_stay_narrow(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_review_only_a_bare_price_or_cover_keeps_its_own_type_after_a_question():
    assert question_types(asked("What exercises help trigger points in the shoulder?", "What about free weights?")) == ["treatment", "treatment"]


@pytest.mark.parametrize("question, expected", [
    ("Tomas, before we go to the phones, what is a trigger point, in thirty seconds?", "definition"),  # a host asks a guest by name
    ("Mei, can acupuncture help with trigger points like Ron's?", "treatment"),
    ("In Ohio, can a chiropractor dry needle?", "regulation"),  # a place, not a person addressed
    ("Medicare, does it cover acupuncture?", "coverage"),
])
def test_a_question_addressed_to_someone_by_name_asks_what_follows_the_name(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("questions, expected", [
    (("How long does the relief last?", "What about bruising?"), ["outcome", "risk"]),  # it names a harm itself
    (("Is dry needling safe?", "What about cupping?"), ["risk", "risk"]),  # a treatment: asked the same of it
    (("How much does a visit cost?", "And for a whole clinic?"), ["cost", "cost"]),
])
def test_an_elliptical_question_takes_the_previous_type_unless_it_names_a_harm(questions, expected):
    assert question_types(asked(*questions)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is a massage gun the same thing?", "Close, but no.", "no"),
    ("Will I need a scan?", "You're unlikely to need one.", "no"),
    ("Mei, can acupuncture help with trigger points?", "It can.", "yes"),  # asked by name, with "can"
])
def test_a_near_miss_and_a_likely_no_answer_no(question, first_sentence, expected):
    assert answer_polarity(question, first_sentence, judge(first_sentence)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Legally, can a chiropractor perform dry needling?", "regulation"),  # an adverb, no name
    ("Side Effects, what are they?", "risk"),  # a topic put first, then "they"
    ("Coverage, what does it look like?", "coverage"),
    ("So Tomas, what is a trigger point?", "definition"),
    ("In What Cases Can A Chiropractor Perform Dry Needling?", "provider"),  # a Title Case heading, no place
])
def test_review_48_what_a_question_put_first_is(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, polarity", [
    ("Not really, even though the needles look identical.", "negated"),  # the blind annotators: 12 of 12 such sentences negated
    ("Dry needling is not really covered by most plans.", "negated"),
    ("No, they're different conditions.", "affirmed"),  # an answer word heading a sentence stays no negation
    ("They are given by a physician or nurse practitioner, never by a physical therapist.", "affirmed"),  # denies only the alternative
])
def test_round_49_not_really_denies(sentence, polarity):
    assert judged(sentence).polarity == polarity


@pytest.mark.parametrize("question, answer, certainty", [
    ("What else do you do?", "For stubborn trigger points I may also use dry needling.", "hedged"),  # what a practitioner may do: a possibility
    ("What does the PT do?", "They may also use manual therapy or dry needling.", "hedged"),
    ("Do I need a referral?", "In our state a patient may receive dry needling without a referral.", "asserted"),  # what one is granted
    ("Can I bring someone?", "Patients may bring a friend to the session.", "asserted"),
])
def test_round_49_may_use_a_treatment_is_a_possibility(question, answer, certainty):
    text = f"Dry needling FAQ\n\n{question}\n\n{answer}\n"
    claims = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["claims"]
    assert [c["certainty"] for c in claims] == [certainty]


@pytest.mark.parametrize("question, expected", [
    ("Do you have any tips for stretching at home?", "treatment"),  # advice, not a gratuity
    ("Is the tip of the needle sterile?", "risk"),
    ("How do I know if my insurance covers treatment for back pain?", "coverage"),
    ("How will I know if dry needling is working for my neck pain?", "other"),
    ("How long will the cupping marks stay on my back?", "risk"),
    ("Is it OK if I take notes during the session?", "procedure"),
    ("Can I book a session while I'm on holiday?", "procedure"),
    ("Who gets trigger points?", "other"),
    ("Who owns the clinic?", "other"),
    ("Why my insurance denied coverage for my back pain?", "coverage"),
])
def test_review_49_question_type_rows_keep_to_what_they_mean(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, polarity", [
    ("Will dry needling help my neck pain?", "Most patients find the relief goes beyond what they expected.", "yes"),
    ("Will it help?", "I'm not really sure, but most patients improve.", "yes"),
])
def test_review_49_beyond_what_and_not_really_sure_deny_nothing(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert records["qa_pairs"][0]["answer_polarity"] == polarity
    assert {claim["polarity"] for claim in records["claims"]} == {"affirmed"}


def test_review_50_a_speech_to_text_segments_time_span_is_no_word_of_its_claim():
    text = "".join(f"[00:00:{n:02d}.000 --> 00:00:{n + 4:02d}.000]   {words}\n" for n, words in enumerate([
        "Who should I see for a knot?", "A physical therapist is a good first stop.", "They can assess it and may offer dry needling."], start=10))
    records = document_records(Document("doc-0000000000000000", "page.txt", text, "0" * 64), default_nlp()(text))
    assert records["claims"] and not any("-->" in c["text"] for c in records["claims"])


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Do any of your physios do dry needling?", "A few of them do!", "yes"),  # asked whether any do
    ("Does any of this actually work?", "Some of it works for some people.", "maybe"),
    ("Is trigger point massage covered by insurance?", "Not directly.", "no"),
    ("Do I need to bring anything?", "Nothing special.", "no"),
])
def test_round_51_yes_no_answers(question, first_sentence, expected):
    assert answer_polarity(question, first_sentence, judge(first_sentence)) == expected


@pytest.mark.parametrize("question, expected", [
    ("How does the therapist find the exact spot?", "diagnosis"),
    ("Is cupping backed up by the research?", "outcome"),
    ("Does the research support cupping?", "outcome"),
    ("How do I lodge a claim for my acupuncture visits?", "coverage"),
    ("Why was my physio claim rejected?", "coverage"),
    ("Is there a deadline to file a claim?", "regulation"),  # how long one has to claim: the law's
    ("What qualifies as complementary care?", "definition"),
    ("What does each clinician in the practice do?", "provider"),
    ("Will I get dry needling?", "indication"),
    ("Will I get better?", "outcome"),
    ("Will I get cupping at every visit?", "procedure"),
])
def test_question_types_of_spots_research_claims_and_who_gets_what(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Are the marks bruises?", "comparison"),  # is X a kind of Y
    ("Are cupping marks really bruises?", "comparison"),
    ("Will I bruise?", "risk"),
    ("Do we give trigger point injections?", "provider"),
    ("Does everyone at Thornbury do this?", "provider"),
    ("What will my treatment involve?", "procedure"),
    ("Do you use dry needling on every patient?", "indication"),
    ("Do you use a foam roller?", "procedure"),
])
def test_question_types_of_round_95(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Is anything besides lidocaine injected?", "procedure"),
    ("What should patients expect at a TPI visit?", "procedure"),
    ("Why does my receipt need the RMT's registration number?", "coverage"),
    ("What is a superbill?", "coverage"),
    ("What is a physiatrist?", "definition"),
])
def test_question_types_of_round_97(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("hey all, what even is a trigger point?", "definition"),  # a greeting to a group before the question
    ("Hi everyone, what is myofascial release?", "definition"),
    ("hello there! does cupping hurt?", "risk"),
    ("Who else here treats knots?", "provider"),
    ("can I book cupping there too?", "provider"),  # whether they offer it, as "Do you offer X?"
    ("Can I get massage here with Medicare?", "coverage"),
    ("What is dry needling and what does it treat?", "definition"),  # two parts, no comma: the first asks
])
def test_question_types_of_round_103(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_dry_needle_is_a_verb_of_its_own_side():
    sentence = "I dry needle at my clinic, but I don't do spinal adjustments."
    assert [sentence[a:b] for a, b in clause_spans(sentence)] == ["I dry needle at my clinic", "I don't do spinal adjustments."]


@pytest.mark.parametrize("sentence, certainty", [
    ("Most of our physiotherapists would rather use taping and gentle exercise.", "asserted"),  # a preference, not a guess
    ("We would prefer that you eat a light meal first.", "asserted"),
    ("Your plan would cover it as a physical therapy visit.", "hedged"),  # a prediction
])
def test_would_of_a_preference_does_not_hedge(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Do I need a referral?", "Not unless you're claiming through workers' compensation.", "maybe"),
    ("Can I claim it on my plan?", "You can if your plan includes massage therapy.", "maybe"),
    ("Can I claim it on my plan?", "You can.", "yes"),
    ("Can I bring my daughter?", "You can, if you like.", "yes"),  # a courtesy, no condition
    ("Do many insurers cover dry needling?", "A few, but most treat it as experimental.", "maybe"),
])
def test_yes_no_of_a_condition_and_a_few(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("Will I get marks from cupping?", "risk"),
    ("Will I get a referral for physical therapy?", "coverage"),
    ("Will I get reimbursed for massage therapy?", "coverage"),
    ("Will I get relief from trigger point injections?", "outcome"),
    ("Do chiropractors make false claims about cupping?", "provider"),
    ("How do you find the right muscles to stretch?", "treatment"),
])
def test_review_52_question_types_of_will_i_get_claims_and_spots(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence", [
    "Your team will suggest one based on how you have responded so far.",  # the clinic's team recommends: no guess
    "The program office can stamp your ticket for a reduced rate.",  # the office is able to
])
def test_a_clinics_team_and_office_act_without_hedging(sentence):
    assert judged(sentence).certainty == "asserted"


def test_review_52c_a_team_sport_still_hedges_and_a_chosen_condition_is_maybe():
    assert judged("Team sports can aggravate an old trigger point.").certainty == "hedged"
    assert polarity_of("Can I see a physio without a referral?", "You can if you choose to pay privately.") == "maybe"


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Can massage help with tension headaches?", "It often does.", "yes"),
    ("Does the ache afterwards mean something went wrong?", "It usually means the opposite.", "no"),
    ("Is cupping bad for bruising-prone skin?", "Quite the opposite.", "no"),
])
def test_yes_no_of_often_and_the_opposite(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Are the interns licensed?", "Not yet.", "no"),
    ("Is dry needling safe on blood thinners?", "Usually, with a few precautions.", "yes"),
    ("Can I use my HSA?", "Usually, as long as you have a letter of medical need.", "maybe"),
])
def test_round_54_yes_no_of_not_yet_and_usually_with_care(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_round_54_a_question_naming_a_practitioner_that_asks_of_harm_is_risk():
    for question in ("Is acupuncture from student interns safe?", "Is it safe to get trigger point injections while I'm also doing dry needling with my physical therapist?"):
        assert question_type(question, entities_of(question)) == "risk"
    assert question_type("Can a nurse practitioner do trigger point injections?", entities_of("Can a nurse practitioner do trigger point injections?")) == "provider"


@pytest.mark.parametrize("sentence, certainty", [
    # round 54: "not every" and "not all" deny a universal claim without hedging it; a state named first gives "may" the law's sense
    ("Not every physiotherapist needles.", "asserted"),
    ("Not all plans cover massage.", "asserted"),
    ("In North Carolina, physical therapists may perform dry needling.", "asserted"),
    ("In most cases, dry needling may help.", "hedged"),
])
def test_round_54_quantified_denials_and_a_fronted_state(sentence, certainty):
    assert judged(sentence).certainty == certainty


def test_round_54_not_all_still_answers_maybe():
    assert polarity_of("Do all physios needle?", "Not all of them.") == "maybe"


@pytest.mark.parametrize("question, expected", [
    # review of round 54: the new rows keep to what prompted them
    ("Could a TPI give me some pain relief?", "outcome"),
    ("Can trigger point injections give me a headache?", "treatment"),
    ("Which therapist should I see if I'm worried about side effects?", "provider"),
    ("Can a massage therapist safely do trigger point release?", "provider"),
    ("Do your physical therapists have safety training?", "provider"),
    ("How do I know if the bruise is normal?", "risk"),
    ("How do I know if I have myofascial pain?", "diagnosis"),
    ("What's the recovery like?", "outcome"),
    ("What if my email is already registered?", "other"),
    ("What do your staff do to keep the rooms clean?", "risk"),
    ("What does the clinic team do if I'm late?", "outcome"),
    ("Is the appointment only massage?", "procedure"),
])
def test_review_54_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_review_54_certainty_and_yes_no():
    assert polarity_of("Does dry needling hurt?", "Usually, with a few exceptions, no.") != "yes"
    assert judged("In Florida, we may perform dry needling at your second visit if the first goes well.").certainty == "hedged"
    assert judged("In Texas, your therapist may perform a quick screening first.").certainty == "hedged"
    assert read_claim("Our therapists in Ohio perform dry needling every day.", entities_of("Our therapists in Ohio perform dry needling every day.")).claim_type != "regulation"


@pytest.mark.parametrize("question, expected", [
    # review of round 54's mends
    ("How do I know if it's safe to get dry needling with fibromyalgia?", "risk"),
    ("How do I know if it's covered for my back pain?", "coverage"),
    ("What's myofascial pain like?", "symptom"),
    ("Are you registered with the College?", "regulation"),
    ("Is my email registered?", "other"),
    ("Are there risks when a chiropractor does dry needling?", "risk"),
    ("Can dry needling by a chiropractor be dangerous?", "risk"),
])
def test_review_54c_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("In North Carolina, physical therapists may also perform dry needling.", "asserted"),
    ("In North Carolina, both physical therapists and chiropractors may perform dry needling.", "asserted"),
    ("In Texas, the therapist may perform a quick screening first.", "hedged"),
])
def test_review_54c_a_state_named_first(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Is dry needling acupuncture?", "They are different practices that use the same kind of needle.", "no"),
    ("Is dry needling the same as acupuncture for billing?", "They are billed differently.", "no"),
    ("Are the two needles different?", "They are different in length.", "yes"),  # a difference asked of is affirmed
    ("Can myotherapy help with headaches?", "It often can, especially tension-type headaches.", "yes"),
    ("Can I treat the knots myself?", "Often you can, with a ball against a wall.", "yes"),
])
def test_round_55_answers_that_differ_or_echo_the_question_often(question, first_sentence, expected):
    claim = read_claim(first_sentence, entities_of(first_sentence))
    compared = question_type(question, entities_of(question)) == "comparison"
    assert answer_polarity(question, first_sentence, claim.judgement, compared=compared) == expected


@pytest.mark.parametrize("question, first_sentence", [
    ("Is it safe to have dry needling and acupuncture on the same day?", "They are different treatments, so yes, it is safe to have both."),
    ("Are dry needling and cupping both offered here?", "They are separate services, and both are offered at our Eastside clinic."),
    ("Are the results permanent?", "They are different for every patient."),
])
def test_a_difference_answers_no_only_to_a_question_that_compares(question, first_sentence):
    claim = read_claim(first_sentence, entities_of(first_sentence))
    compared = question_type(question, entities_of(question)) == "comparison"
    assert answer_polarity(question, first_sentence, claim.judgement, compared=compared) != "no"


@pytest.mark.parametrize("question, expected", [
    ("Is dry needling acupuncture?", "comparison"),
    ("Is cupping a massage?", "comparison"),
    ("Is dry needling safe?", "risk"),
    ("What if dry needling doesn't help?", "treatment"),
    ("What if I don't want needles at all", "treatment"),
    ("What if my claim is denied?", "coverage"),
    ("Who is on the rehabilitation team?", "provider"),
    ("Who is a physiatrist?", "definition"),
])
def test_round_55_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("What if my insurance doesn't work here?", "coverage"),
    ("What if I don't like my therapist?", "provider"),
])
def test_what_if_asks_of_treatment_only_where_a_treatment_fails_or_is_refused(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence", [
    ("Can I claim massage on my health fund?", "You often can, subject to your level of extras cover."),
    ("Do you bulk bill?", "We often do for pensioners."),
])
def test_an_often_echo_that_limits_itself_is_maybe(question, first_sentence):
    assert polarity_of(question, first_sentence) == "maybe"


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Are osteopaths chiropractors?", "They are different professions with different training.", "no"),
    ("Is cupping massage?", "They are separate techniques that both ease tight muscles.", "no"),
    ("Does dry needling hurt?", "It usually does a little, with some soreness afterwards.", "yes"),
])
def test_review_55c_other_kinds_and_usual_echoes(question, first_sentence, expected):
    claim = read_claim(first_sentence, entities_of(first_sentence))
    compared = question_type(question, entities_of(question)) == "comparison"
    assert answer_polarity(question, first_sentence, claim.judgement, compared=compared) == expected


@pytest.mark.parametrize("question, expected", [
    ("What does a mobile massage actually include?", "procedure"),
    ("What does my plan include?", "other"),  # no treatment's session: not how it is done
    ("Will one session fix my knots?", "outcome"),
    ("Can massage fix a trigger point?", "treatment"),
    ("What is actually injected?", "procedure"),
    ("How will you find out if I have trigger points?", "diagnosis"),
])
def test_round_56_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Why does my hip hurt when I sit?", "cause"),  # why a pain arises
    ("Why do my shoulders hurt after cupping?", "risk"),  # after a named treatment: its unwanted effect
    ("How do you find out whether the pain comes from my hip?", "diagnosis"),
    ("My neck clicks when I turn – could it be a trigger point", "diagnosis"),
    ("What is a trigger point anyway? Is it just a knot?", "definition"),  # a second sentence's "is it" names no doubt about me
])
def test_round_59_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Who takes care of athletes who get hurt at practice?", "provider"),  # who treats them, though harm is named
    ("Who staffs the onsite clinic?", "provider"),
    ("Who does the billing for my visits?", "coverage"),  # not a practitioner's work
    ("Do students do dry needling?", "provider"),
    ("Can your trainers give trigger point injections safely?", "risk"),  # harm asked of
    ("Can I get a trigger point injection here?", "provider"),  # the practice offers it, though a treatment is named
    ("Can I see an OT at the clinic?", "provider"),
    ("How do I sign up for the program?", "treatment"),  # no sign of anything: the symptom row does not read "sign up"
    ("Is this like going to a chiropractor?", "comparison"),
    ("Is it OK to keep running with a knot in my calf?", "risk"),
    ("Is it OK to keep the bandage on overnight?", "other"),  # no condition: aftercare
    ("Who looks after my records?", "other"),  # no practitioner's work
    ("Is it like a bee sting?", "other"),  # how it feels, not a comparison of treatments
    ("Do I need to sign a consent form?", "other"),  # signing, not a sign
])
def test_round_60_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I get acupuncture through the VA?", "coverage"),  # "the VA" is the payer, which the question names
    ("What if I'd rather see someone outside the VA?", "coverage"),
    ("Can I still claim it on my insurance?", "coverage"),
    ("Is cupping part of acupuncture?", "comparison"),
    ("Is stretching part of the session?", "procedure"),  # part of a visit: what happens in it
    ("Can I get Botox for my trigger points?", "treatment"),
    ("Can I get a note for my employer?", "other"),
    ("What do the letters on his card mean?", "definition"),
    ("What do you mean?", "other"),
    ("Can I get a written referral for my knee pain?", "coverage"),  # a referral, no treatment
    ("Are massages part of the membership?", "other"),
    ("Is Noor part of your team?", "other"),
    ("Is the Kaiser clinic on Main Street?", "other"),  # a payer named, but not its cover
])
def test_round_61_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_a_follow_up_without_insurance_after_a_question_of_cover_asks_the_price():
    assert question_types(asked("Does my plan cover dry needling?", "And without insurance?")) == ["coverage", "cost"]


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Will the injections fix it for good?", "Rarely on their own.", "no"),
    ("Is bruising common?", "Rarely.", "no"),
])
def test_rarely_opening_an_answer_says_no(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("How do I find out if I have coverage for massage?", "coverage"),
    ("How can I check if I have coverage?", "coverage"),
    ("What does treatment for myofascial pain syndrome include?", "treatment"),
    ("What does fibromyalgia entail?", "other"),
    ("What does the program include?", "other"),
    ("Does the treatment get rid of trigger points?", "treatment"),
    ("Will a few sessions fix my posture?", "treatment"),
    ("Is dry needling covered without insurance?", "coverage"),
])
def test_review_56_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("questions, expected", [
    (("How much does a session cost?", "And for people without insurance?"), ["cost", "cost"]),
    (("Is dry needling covered by insurance?", "And for people without insurance?"), ["coverage", "cost"]),
])
def test_review_56_a_follow_up_of_paying_oneself(questions, expected):
    assert question_types(asked(*questions)) == expected


@pytest.mark.parametrize("question, first_sentence", [
    ("Is dry needling safe?", "Rarely do patients have any problems."),
    ("Do I need more than one session?", "Rarely is one session enough."),
])
def test_review_56_an_inverted_rarely_is_no_answer_word(question, first_sentence):
    assert polarity_of(question, first_sentence) != "no"


@pytest.mark.parametrize("sentence, certainty", [
    ("When it reaches a trigger point the muscle may twitch, which can feel like a brief cramp.", "hedged"),
    ("When the needle reaches a trigger point you may feel a deep ache, which usually fades within seconds.", "hedged"),
    ("If your plan covers the visit, which most plans do, you pay a $20 copay.", "asserted"),
])
def test_a_comma_that_opens_a_relative_clause_does_not_close_a_fronted_when(sentence, certainty):
    assert read_claim(sentence, entities_of(sentence)).judgement.certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("What does the initial assessment include?", "procedure"),
    ("What does a consultation entail?", "procedure"),
    ("If I'm without insurance, do I need a referral?", "coverage"),
    ("Will a session get rid of the knot?", "outcome"),
])
def test_review_56c_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_review_56c_rarely_if_ever_answers_no():
    assert polarity_of("Is dry needling painful?", "Rarely if ever.") == "no"


@pytest.mark.parametrize("question, expected", [
    ("Can I get a receipt here?", "other"),
    ("Is cash an option for payment?", "other"),
    ("Can I get worse after treatment?", "risk"),
    ("What does bruising after cupping mean?", "risk"),
    ("Can I safely use a foam roller for trigger points?", "treatment"),
    ("Is Sarah a doctor?", "provider"),
])
def test_review_57_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("When the band is released you may feel warmth, tingling or a brief twitch.", "hedged"),  # the fronted clause ends without its comma
    ("Once the cups are off you might see round marks, which fade in a week.", "hedged"),
    ("If it hurts, tell your therapist.", "asserted"),
])
def test_round_59_a_fronted_clause_without_its_comma_leaves_the_main_clauses_hedge(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence, asserts", [
    ("Ha, fair question.", False), ("Oh, great question!", False), ("That's a fair question, because few people know us.", True),
])
def test_round_59_a_remark_on_the_question_asserts_nothing(sentence, asserts):
    assert is_assertion(sentence) is asserts


def test_round_59_a_remark_on_the_question_does_not_answer_it():
    text = "Needling FAQ\n\nDoes dry needling hurt?\n\nHa, fair question. Most people barely feel the needle go in.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))
    assert records["qa_pairs"][0]["answer_polarity"] == "no"
    assert [text[r["start"]:r["end"]] for r in records["claims"]] == ["Most people barely feel the needle go in."]


@pytest.mark.parametrize("sentence, polarity, certainty", [
    ("Wet cupping, which involves small cuts in the skin, is not allowed here.", "negated", "asserted"),  # the subject's aside, then its verb
    ("Botox, which you may know from cosmetic use, is approved for chronic migraine.", "affirmed", "asserted"),  # the aside's cue judges nothing
    ("No, although both use thin needles.", "negated", "asserted"),  # the answer word with a concession only
    ("No, if your plan is a PPO.", "negated", "asserted"),
    ("No, you can book directly.", "affirmed", "asserted"),  # a statement of its own after the answer word
])
def test_round_59_relative_asides_and_an_answer_word_with_only_a_condition(sentence, polarity, certainty):
    judgement = judged(sentence)
    assert (judgement.polarity, judgement.certainty) == (polarity, certainty)


@pytest.mark.parametrize("sentence, polarity", [
    ("When it is done well it is not painful and you can go back to work the same day.", "negated"),  # the first subject and verb after the fronted clause
    ("When a problem is something we can't treat, we refer you to a specialist.", "affirmed"),  # a clause inside the fronted one; its comma closes it
    ("If the pressure is more than you cannot bear, tell your therapist.", "affirmed"),
])
def test_review_59_a_fronted_clause_ends_at_the_first_subject_and_verb_after_it(sentence, polarity):
    assert judged(sentence).polarity == polarity


@pytest.mark.parametrize("sentence", ["Not a common one.", "Yes, a very common one.", "Cupping is a popular one."])
def test_review_59_a_short_answer_about_one_is_no_remark_on_the_question(sentence):
    assert is_assertion(sentence)


@pytest.mark.parametrize("question, expected", [
    ("How can I find out whether my plan covers massage?", "coverage"),
    ("Why does the treatment hurt?", "risk"), ("Why is my neck sore after my appointment?", "risk"),
    ("Why does my arm hurt where the needle went in?", "risk"),
    ("Is it an option for sciatica?", "treatment"), ("I have sciatica – is this a treatment you provide?", "treatment"),
    ("My shoulder hurts when I lift – is it a trigger point?", "diagnosis"),
])
def test_review_59_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Most of us can see you within a week.", "asserted"),  # "of us" acts as "we" does
    ("Some of you can book online.", "asserted"),
    ("Some of them can cause headaches.", "hedged"),  # "them" may be things: a possibility still
    ("Some of them can raise blood pressure.", "hedged"),
    ("Most of them can treat a calf trigger point with massage.", "asserted"),  # a verb of practice: people who can
])
def test_a_share_of_people_acts_as_the_people_do(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Is dry needling just acupuncture under another name?", "comparison"),
    ("Is cupping just massage in disguise?", "comparison"),
    ("Who do I call with questions?", "other"),  # whom to contact, not which practitioner
    ("Who should I call for neck pain?", "provider"),
    ("Who should I see if self-care isn't working?", "provider"),
    ("What is changing on July 1?", "other"),  # no definition: what is happening
    ("What is cupping?", "definition"),
    ("Will I need a night guard?", "indication"),  # whether the treatment is for this patient
    ("Will I need medication?", "treatment"),
    ("Do I need to see my GP first?", "coverage"),  # a referral
    ("Are trigger point injections an option?", "indication"),  # for whom, when no condition is named
    ("Is it an option for sciatica?", "treatment"),
    ("Is there an on-site option?", "other"),
    ("Does anyone at your clinic do dry needling?", "provider"),
    ("does anyone there do dry needling", "provider"),
])
def test_round_62_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, polarity", [
    ("Do you offer steroid or trigger point injections?", "We offer steroid injections, but not trigger point injections.", "maybe"),  # one of the two
    ("Do you offer injections?", "We offer steroid injections, but not trigger point injections.", "yes"),
    ("Do you offer massage or cupping?", "We offer massage, but not on Sundays.", "yes"),  # not the other thing asked
    ("Will my dental insurance cover this?", "Probably not all of it. Most dental plans exclude it.", "maybe"),  # a part
    ("Will my insurance cover this?", "Probably not. Most plans exclude it.", "no"),
    ("Do you offer massage or cupping?", "We offer both massage and cupping, but not cupping for children.", "yes"),  # the other choice restricted, not denied
    ("Do you offer massage or cupping?", "We offer massage, but not cupping.", "maybe"),
    ("Is it covered?", "Only part of it. Your plan pays 80%.", "maybe"),
    ("Will insurance pay?", "Not the whole cost. You pay a copay.", "maybe"),
])
def test_round_62_yes_no_one_of_two_and_a_part(question, answer, polarity):
    text = f"Questions\n\n{question}\n\n{answer}\n"
    row = document_records(Document("doc-0000000000000000", "page.md", text, "0" * 64), default_nlp()(text))["qa_pairs"][0]
    assert row["answer_polarity"] == polarity


@pytest.mark.parametrize("question, expected", [
    ("Is self-pay an option?", "cost"), ("Is Saturday an option?", "other"),  # no treatment: not for whom
    ("Is it an option?", "indication"),
    ("Do I need to see the doctor before each injection?", "provider"),  # how it goes, not a referral
    ("Should I see my GP first?", "coverage"), ("Do I have to go to my GP first?", "coverage"),
    ("What's new in 2025?", "other"), ("What's changing?", "other"), ("What is new-patient paperwork?", "definition"),
    ("Does someone there do dry needling?", "provider"),
    ("Who do I call after hours?", "other"), ("Who do I ask if I have questions?", "other"),
])
def test_review_62_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected



@pytest.mark.parametrize("sentence, certainty", [
    ("The dentist finds the trigger point by pressing on the muscle, usually the masseter or temporalis.", "asserted"),  # names the muscle
    ("She injects a local anesthetic, most often 1% lidocaine, through a fine needle.", "asserted"),  # names the drug
    ("It helps, most often within a week.", "hedged"),  # of the claim
    ("The needle goes into a tight band, usually the masseter is treated first.", "hedged"),  # a clause of its own after the comma
    ("Most people feel a twitch, often the shoulder jumps a little.", "hedged"),
])
def test_round_62_a_frequency_that_names_a_noun_after_a_comma_is_no_hedge(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Do you prescribe opioids?", "provider"),  # whether the practice does it
    ("Where else on campus can I get help for muscle pain?", "provider"),  # whom to see
    ("Where can I get care if I don't have insurance?", "coverage"),
    ("Can you treat pregnant women?", "indication"),  # whom the care is for
    ("Can you treat jaw pain?", "treatment"),
    ("What else might my therapist use on a knot?", "treatment"),
    ("Will dry needling keep me off duty?", "risk"),
    ('What does "muscle and joint care" include?', "definition"),
    ("What is different on a Medicare Advantage plan?", "coverage"),  # a payer compared: coverage
    ("How is dry needling different from acupuncture?", "comparison"),
    ("Where can I get help paying for treatment?", "treatment"),
    ("Where can I get care after hours?", "other"),
    ('What does "dry needling" involve?', "procedure"),
    ("Will my back pain keep me off work?", "outcome"),  # no treatment keeps anyone off work
    ("Can you treat women's health issues?", "treatment"),
    ("Can you treat the elderly?", "indication"),
    ("What tools might my AT use on a knot?", "treatment"),
    ("What's the difference between an HMO and a PPO?", "comparison"),
])
def test_round_64_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_what_else_goes_on_from_the_question_before_only_when_it_says_little_more():
    page = ("# Clinic FAQ\n\n## How is dry needling different from acupuncture?\n\nThe thinking behind it.\n\n"
            "## What else might my therapist use on a knot?\n\nHeat and taping.\n\n## Is cupping the same as massage?\n\nNo.\n\n"
            "## What else?\n\nAsk us.\n")
    records = document_records(Document("doc-0000000000000000", "page.md", page, "0" * 64), default_nlp()(page), rules_alone)
    types = [r["question_type"] for r in records["qa_pairs"]]
    assert types == ["comparison", "treatment", "comparison", "comparison"]


@pytest.mark.parametrize("sentence, certainty", [
    ("Myotherapists train for three years (usually a diploma) and use a mix of techniques.", "asserted"),  # the bracket's "usually" is about the training
    ("Our physiotherapists (all of them registered) may use dry needling.", "hedged"),
])
def test_an_aside_in_brackets_does_not_hedge_the_clause(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("sentence", ["No.", "Nope!", "No"])
def test_a_bare_no_denies(sentence):
    assert judge(sentence).polarity == "negated"


@pytest.mark.parametrize("sentence, polarity, certainty", [
    ("Massage is (usually) covered by extended health plans.", "affirmed", "hedged"),  # brackets around the clause's own hedge
    ("Injections are covered (in some cases) by Medicare.", "affirmed", "hedged"),
    ("Medicare does (not) cover massage.", "negated", "asserted"),
    ("Massage is covered (not acupuncture).", "affirmed", "asserted"),  # a contrast set aside, wherever it stands
    ("Cash is fine (no insurance needed).", "affirmed", "asserted"),
])
def test_brackets_that_hold_only_a_hedge_or_a_negation_are_the_clauses_own(sentence, polarity, certainty):
    assert (judged(sentence).polarity, judged(sentence).certainty) == (polarity, certainty)


@pytest.mark.parametrize("question, expected", [
    ("What's a trigger point injection?", "definition"),  # "What's" as "What is"
    ("What's a trigger point injection? Is that like a steroid shot?", "definition"),  # the first of two questions
    ("What's new in 2025?", "other"),
    ("Do I need custom orthotics?", "indication"),  # whether the treatment is for the asker
    ("Do I really need dry needling for this?", "indication"),
    ("Do I need a referral for orthotics?", "coverage"),
    ("Do I need to be a member to book", "other"),  # not who the care is for
    ("Do I need to be an athlete?", "indication"),
    ("Can Marisol do dry needling?", "provider"),  # a practitioner asked of by name
    ("Does Dr. Voss give trigger point injections?", "provider"),
    ("Can Kids Do Yoga?", "other"),  # a heading in title case names nobody
    ("Can I do dry needling at home?", "treatment"),
    ("Does the chair massage on Thursdays actually do anything, or does it just feel nice?", "outcome"),
    # the review's
    ("What's dry needling used for?", "indication"),  # "What's" in the rows that read "What is"
    ("What's the outlook for sciatica?", "outcome"),
    ("What's a physiatrist?", "definition"),
    ("Can Seniors do Pilates?", "other"),  # a plural names no one
    ("Can Mondays do cupping?", "other"),
    ("Can Zoë do dry needling?", "provider"),
    ("Do I need to be a current patient?", "other"),
    ("Do I need a towel for massage?", "other"),  # what to bring
    ("Does the app do anything, or is it just for booking?", "other"),  # no treatment
])
def test_round_65_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Should I see a chiropractor instead?", "That's your call.", "maybe"),  # the asker decides
    ("Should I use heat or ice?", "It's up to you, both help.", "maybe"),
    ("Can I pay later?", "It's up to you to pay at the time of service.", "yes"),  # an instruction, not the asker's call
])
def test_round_65_the_askers_call_says_it_depends(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_round_66_a_greeting_is_no_answers_first_sentence():
    page = "# Ask us\n\n## Is cupping the same thing as massage?\n\nWelcome Dana! Not really. Cupping uses suction cups.\n\n## Is there a charge?\n\nHi Sam. No, it is free.\n"
    records = document_records(Document("doc-0000000000000000", "page.md", page, "0" * 64), default_nlp()(page), rules_alone)
    assert [(r["question_type"], r["answer_polarity"]) for r in records["qa_pairs"]] == [("comparison", "no"), ("cost", "no")]


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Will cupping leave marks?", "Round marks usually appear where the cups were placed.", "yes"),  # what usually happens answers yes
    ("Does it hurt?", "Patients usually feel a brief cramp as the needle goes in.", "yes"),
    ("Does scraping leave bruises?", "It usually leaves faint red streaks for a day.", "yes"),
    ("Can I use my HSA?", "Usually, as long as you have a letter from your doctor.", "maybe"),  # a condition
    ("Does my plan cover it?", "It's usually covered if your policy includes physiotherapy.", "maybe"),
    ("Will my insurance pay for it?", "Usually for the chiropractic part, less often for the rest.", "maybe"),  # one part, not the other
    ("Are they covered by insurance?", "Trigger point injections usually are; dry needling often is not.", "maybe"),
    ("Does it bruise?", "It usually doesn't, unless you take blood thinners.", "no"),  # a usual denial stays no
    ("Will cupping leave marks?", "Marks usually appear when the cups come off.", "yes"),  # a time, no condition
    ("Will cupping leave marks?", "Usually, but they fade within a week.", "yes"),
    ("Will cupping leave marks?", "Marks usually appear, even if the suction is light.", "yes"),
    ("Will cupping leave marks?", "Marks usually appear; they fade within a week.", "yes"),
])
def test_round_67_a_usual_affirmation_answers_yes_unless_the_sentence_qualifies_it(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I book a massage if I am pregnant?", "indication"),  # who may have it
    ("Can I schedule dry needling while I'm on blood thinners?", "indication"),
    ("Can I book online if I have a referral?", "coverage"),  # booking under a condition that is no state of the person
    ("Can I schedule an appointment if I'm running late?", "procedure"),
    ("Can I book a session while I'm on holiday?", "procedure"),
])
def test_round_67_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("answer, expected", [
    ("Usually.", "yes"),  # the rule said alone
    ("Usually. Medicare pays for it.", "yes"),
    ("Usually, as long as you have a letter.", "maybe"),  # not when a condition follows
    ("Usually...", None),  # nor said hesitantly
])
def test_round_67_usually_said_alone_answers_yes(answer, expected):
    assert polarity_of("Is it covered?", answer) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Who actually does the dry needling here, is it the trainers?", "Only our physical therapists do it.", None),  # asks who; the guess after the comma asks nothing of its own
    ("Dry needling is banned in my state, is this true?", "No, physical therapists may do it.", "no"),
    ("Do dentists give trigger point injections?", "Some do, usually those who focus on orofacial pain.", "maybe"),  # a share of them
])
def test_round_68_a_guess_after_a_question_word_and_some_who_do(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


def test_round_68_how_do_i_know_whether_my_pain_is_one_thing_or_another_is_diagnosis():
    assert question_type("How do I know if my jaw pain is muscle or joint?", entities_of("How do I know if my jaw pain is muscle or joint?")) == "diagnosis"


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("What if it hurts, is that normal?", "Yes, a dull ache for a day is normal.", "yes"),  # "what if" leads in to the question
    ("Why not, is it unsafe?", "No, it is safe.", "no"),
    ("Are they covered by insurance?", "They usually are; dry needling often is not.", "maybe"),  # the echo gives way to the other side too
])
def test_round_68_review_lead_ins_and_a_qualified_echo(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("How do I know if my problem is covered?", "coverage"),
    ("How do I know if the tingling is a side effect?", "risk"),
])
def test_round_68_review_knowing_whether_something_is_covered_or_an_effect_is_no_diagnosis(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("There are some risks with injections, including bruising and, rarely, infection.", "asserted"),  # how often one item of the list happens
    ("The most common are soreness, bruising or, rarely, lightheadedness.", "asserted"),
    ("Rarely, an injection can cause infection.", "hedged"),  # the claim's own frequency
    ("Medical plans rarely cover it.", "hedged"),
])
def test_round_69_a_frequency_set_off_before_a_lists_last_item_hedges_that_item_only(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Is foam rolling bad for kids?", "risk"),  # whether it harms
    ("Is cracking your own neck bad for you?", "risk"),
    ("Is it bad to crack my knuckles?", "risk"),
    ("Is sitting all day bad for trigger points?", "other"),  # what causes them, not a harm to the person
    ("Will a night guard stop the pain?", "outcome"),
    ("Should I stop my blood thinner before the injection?", "procedure"),
    ("What do you actually do for knots?", "treatment"),
])
def test_round_69_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("You will feel a quick pinch and, often, a brief twitch as the needle reaches the knot.", "asserted"),  # an item of what is felt
    ("Massage therapists treat knots and, sometimes, perform cupping.", "hedged"),  # a verb, no list item
    ("Dry needling is safe and, rarely, causes a bruise.", "hedged"),
    ("Acupuncture is not covered by Medicare and, rarely, if ever, by private plans.", "hedged"),
])
def test_round_69_review_a_set_off_frequency_before_a_verb_still_hedges(sentence, certainty):
    assert judged(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Is it bad to talk during my massage?", "procedure"),  # manners, no harm
    ("Is it bad to skip a session?", "procedure"),
    ("Does the clinic stop the pain medication before surgery?", "treatment"),  # the medicine stopped, not the pain
    ("Will Botox stop my jaw clenching?", "outcome"),
    ("What exactly do you do for knots?", "treatment"),
    ("What do you normally do for knots?", "treatment"),
])
def test_round_69_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_round_70_a_sentence_before_a_latex_footnote_asserts():
    assert is_assertion("Illinois allows physical therapists to perform dry needling.\\footnote{See the Illinois Physical Therapy Act.}")


@pytest.mark.parametrize("text", [
    '{"@type": "Answer", "text": "Our physiotherapists offer dry needling for knots"}',  # markup closed, no sentence
    "Dry needling in our clinic {.lead .text-center}",
])
def test_round_70_review_a_closing_brace_alone_asserts_nothing(text):
    assert not is_assertion(text)


@pytest.mark.parametrize("question, expected", [
    ("Does she do dry needling?", "provider"),  # whether the practitioner named before does it
    ("So which of you actually treats them?", "provider"),
    ("Does it work on knots?", "outcome"),  # whether it works
])
def test_round_71_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can she do cupping while pregnant?", "other"),  # the patient, not a practitioner
    ("Which of these treats knots best?", "treatment"),  # treatments compared
    ("Does she work on trigger points?", "other"),  # no "does it work"
    ("Do you use oil?", "procedure"),  # how it is done
    ("Can my child get dry needling?", "indication"),
    ("Is foam rolling helpful?", "outcome"),
])
def test_round_72_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, not_this", [
    ("Can my kid get sick from acupuncture?", "indication"),  # a harm, not who may have it
    ("Do you use a sliding scale?", "procedure"),  # a price, not how it is done
    ("Is cupping or massage more helpful?", "outcome"),  # a comparison
])
def test_round_72_review_question_types_not_read_so(question, not_this):
    assert question_type(question, entities_of(question)) != not_this


@pytest.mark.parametrize("question, expected", [
    ("Is it helpful to ice?", "outcome"),
    ("Does she carry out dry needling?", "provider"),
    ("Does Dr. Lee work Saturdays?", "other"),
])
def test_round_72_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("How do I get an appointment?", "other"),  # booking, not how a treatment is done
    ("How do I book?", "other"),
    ("Who else on the team treats trigger points", "provider"),
    ("Which services help with knots?", "treatment"),  # what treats a condition
])
def test_round_74_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, not_this", [
    ("What conditions can massage help with?", "treatment"),  # what a named treatment is for
    ("How do I book a massage for my shoulder?", "other"),  # names what it is for
])
def test_round_74_question_types_not_read_so(question, not_this):
    assert question_type(question, entities_of(question)) != not_this


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Does OMT hurt?", "Most patients find it comfortable.", "no"),
    ("Do I need a GP referral to claim?", "Most insurers pay for osteopathy without a GP referral.", "no"),
    ("Does it hurt?", "Most patients find the first session tiring.", "yes"),
])
def test_round_74_answers_that_say_no_without_saying_so(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Dry needling is considered a physical therapy service.", "asserted"),  # a class it is put in
    ("It is not considered acupuncture for billing purposes.", "asserted"),
    ("Cupping is generally considered safe in the second trimester.", "hedged"),
])
def test_round_74_considered_as_a_class_is_no_hedge(sentence, certainty):
    assert judge(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("How do I book my first appointment?", "other"),
    ("How to book an appointment", "other"),
    ("How do I schedule a follow-up?", "other"),
    ("Which of your services help with headaches?", "treatment"),
])
def test_round_74_review_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, not_this", [
    ("How can I get an appointment covered by insurance?", "other"),  # a coverage question
    ("Who else do you treat?", "provider"),  # which patients
    ("Which techniques work for you?", "treatment"),
])
def test_round_74_review_question_types_not_read_so(question, not_this):
    assert question_type(question, entities_of(question)) != not_this


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Will I get bruises?", "You will rarely go home without a few bruises.", "maybe"),
    ("Do I need a referral?", "You can book without needing a referral.", "no"),
    ("Do I need a referral?", "You cannot be seen without a referral.", "yes"),
    ("Does it hurt?", "Most patients find the pressure comfortable.", "no"),
    ("Does it hurt?", "Most people find it uncomfortable at first.", "yes"),
])
def test_round_74_review_answers_that_say_no_without_saying_so(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Massage is considered a good option for chronic back pain.", "hedged"),  # a judgement, no class
    ("Chest pain is considered an emergency.", "hedged"),
    ("Dry needling is considered acupuncture under most state rules for billing.", "asserted"),
    ("Massage is considered in-network when billed by an LMT.", "asserted"),
])
def test_round_74_review_considered(sentence, certainty):
    assert judge(sentence).certainty == certainty


@pytest.mark.parametrize("question, expected", [
    ("Will the injections affect my smile?", "risk"),  # an unwanted effect
    ("Who should skip cupping", "indication"),  # who it is not for
    ("What kind of doctor is a physiatrist exactly?", "definition"),  # what the named practitioner is
    ("What kind of doctor does dry needling?", "provider"),
    ("Will an adjustment fix my neck pain?", "treatment"),  # whether it treats the condition (the spec's rule)
])
def test_round_75_and_76_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, not_this", [
    ("Does the weather affect my pain?", "risk"),  # no treatment named
    ("What kind of doctor is the right one for my neck?", "definition"),
])
def test_round_75_review_question_types_not_read_so(question, not_this):
    assert question_type(question, entities_of(question)) != not_this


@pytest.mark.parametrize("question, expected", [
    ("my osteopath in Leeds suggested cupping. will it hurt?", "risk"),  # a chat in lower case: its last sentence asks
    ("my RMT says she can't do needling. is that the same thing as acupuncture?", "comparison"),
])
def test_a_lower_case_chat_question_is_typed_by_the_sentence_that_asks(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Would an athletic trainer be able to do the same thing?", "provider"),
    ("would the injections be something my dentist gives, or is that a different specialist?", "provider"),
    ("Does foam rolling do the same thing?", "comparison"),
    ("Is cupping the same thing as gua sha?", "comparison"),
])
def test_whether_a_practitioner_can_do_the_same_is_a_provider_question(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("What's really in the injections you give?", "procedure"),
    ("What goes into a lidocaine shot?", "procedure"),
    ("Who may practise acupuncture in the UK?", "regulation"),
    ("Is physiotherapy free on the NHS?", "coverage"),
    ("Is the first visit free?", "cost"),
])
def test_review_82_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Anything I mustn't eat afterwards?", "procedure"),
    ("Why was I prescribed cupping?", "indication"),
])
def test_review_84_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Is cupping a controlled act in Ontario?", "regulation"),
    ("How do I check that my chiropractor is authorised?", "regulation"),
    ("Was my massage pre-authorized by the plan?", "coverage"),
    ("How much can I claim back for a physiotherapy visit?", "coverage"),
    ("How much does a physiotherapy visit cost?", "cost"),
    ("Does the pain service offer acupuncture?", "provider"),
    ("What does an osteopath usually do during a first appointment?", "procedure"),
    ("What else is included in the first session?", "procedure"),
    ("What is cupping and who is it for?", "definition"),
    ("What is the cost, and is it covered?", "cost"),
])
def test_review_86_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ('My massage therapist called it "cupping." Is that the same thing?', "Not necessarily.", "maybe"),
    ("Will my neck be sore tomorrow?", "Probably a little.", "yes"),
    ("Will the cups leave marks?", "Probably, yes.", "yes"),
    ("Will my plan pay for it?", "Probably, if your policy has extras cover.", "maybe"),
])
def test_review_86_yes_no_answers(question, first_sentence, expected):
    assert is_yes_no(question)
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Do I have to pay for my physio?", "Physiotherapy on the NHS is free at the point of use.", "no"),
    ("Is there a charge for the first visit?", "There is no charge for the assessment.", "no"),
    ("Will I have to pay?", "You pay a $25 copay per visit.", "yes"),
])
def test_review_88_free_answers_no_to_paying(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected


@pytest.mark.parametrize("question, expected", [
    ("Will my plan cover cupping or do I pay out of pocket?", "coverage"),
    ("How much will I pay out of pocket?", "cost"),
    ("Will I be offered cupping at this clinic?", "provider"),
])
def test_review_88_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("answer, expected", [
    ("Unfortunately no. A care plan covers physiotherapy visits only.", "no"),  # its own sentence now, the answer word still answers
    ("Sadly no. Most plans leave it out.", "no"),
    ("I'm afraid not. It is outside the plan.", "no"),
])
def test_a_regretted_no_in_a_sentence_of_its_own_answers_no(answer, expected):
    text = f"Plan questions\n\nCan I use my care plan for massage?\n\n{answer}\n"
    records = document_records(Document("doc-0000000000000000", "page.txt", text, "0" * 64), default_nlp()(text))
    assert [r["answer_polarity"] for r in records["qa_pairs"]] == [expected]


@pytest.mark.parametrize("sentence, sides", [
    ("Some health funds pay a rebate, others don't cover it at all.", ["Some health funds pay a rebate", "others don't cover it at all."]),
    ("We see physiotherapists, others and chiropractors.", ["We see physiotherapists, others and chiropractors."]),  # "others" in a list opens no side
])
def test_others_after_a_comma_opens_a_side_of_its_own(sentence, sides):
    assert [sentence[a:b] for a, b in clause_spans(sentence)] == sides


@pytest.mark.parametrize("question, expected", [
    ("Who else can treat trigger points?", "provider"),  # "else" before its modal
    ("Who else should I see?", "provider"),
])
def test_round_112_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, polarity", [
    ("Several trials show less neck pain in the short term compared with no treatment.", "affirmed"),  # what is compared, not a denial
    ("Studies show no benefit compared with placebo.", "negated"),
])
def test_compared_with_no_treatment_denies_nothing(sentence, polarity):
    assert judged(sentence).polarity == polarity


@pytest.mark.parametrize("question, expected", [
    ("Is there any downside to getting them a lot?", "risk"),  # an unwanted effect, by another word
    ("What are the drawbacks of cupping?", "risk"),
])
def test_round_114_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Will cupping or myofascial release be paid for", "coverage"),  # "release" names a treatment here, nothing is released
    ("Which of your staff do dry needling?", "provider"),
    ("How should I look after myself afterwards?", "procedure"),  # aftercare
    ("What is myofascial release, in your words?", "definition"),
])
def test_round_116_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Dry needling – what is it and how does it work", "definition"),  # a heading's topic before its dash, asked of in the clause
    ("Myofascial release: what is it?", "definition"),
    ("Side effects - what are they?", "risk"),  # the topic is what is asked
    ("Fees - what are they?", "cost"),
    ("Does it leave those dark red circles?", "risk"),
    ("Could I get this on the VHI?", "coverage"),  # a payer named after "on"
    ("How can I tell whether my chiropractor is registered?", "regulation"),
    ("Does my plan pay for a registered massage therapist?", "coverage"),  # a title, not a registration
    ("Is there any reason I shouldn't have dry needling this week?", "risk"),
    ("Can physios do cupping in NZ?", "regulation"),  # a country's code
    ("I've got knots all over my shoulders. What actually are they?", "definition"),  # what the letter told of
])
def test_round_117_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Are chiropractors registered with a board?", "regulation"),  # a registration asked of practitioners without "the"
    ("Sam, through Medicare, can I get this for free?", "coverage"),  # the payer before "for free"
    ("Our medical aid is Bonitas, will they pay?", "coverage"),  # South Africa's word for a health insurer
    ("Anything I should look out for afterwards?", "risk"),
])
def test_round_121_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


def test_what_the_answerer_would_not_do_answers_no():
    assert polarity_of("Should I get a deep tissue massage the night before my race?", "I wouldn't. Your legs may feel heavy on the day.") == "no"


def test_a_question_told_by_a_host_is_answered_yes_or_no():
    assert polarity_of("A viewer wants to know if her insurance covers trigger point injections.", "Usually, yes.") == "yes"
    assert polarity_of("Priya asks how long the soreness lasts.", "A day or two.") is None  # what she asks is no yes/no question
    assert polarity_of("What do I say to a client who asks if cupping is safe?", "It is safe for most people.") is None  # asks what to say


def test_only_a_brief_prick_answers_no_to_does_it_hurt():
    assert polarity_of("Will the needling hurt?", "Most patients feel only a quick pinch as the needle goes in.") == "no"
    assert polarity_of("Will the needling hurt?", "Most patients feel a quick pinch as the needle goes in.") == "yes"


def test_not_convincingly_answers_no():
    assert polarity_of("Does the science back it up?", "Not convincingly.") == "no"


@pytest.mark.parametrize("question, expected", [
    ("Does massage actually help, or does it just feel nice?", "outcome"),  # whether it works at all, doubted
    ("does cupping really help with back pain", "outcome"),
    ("Can cupping actually help with a stiff neck?", "treatment"),  # whether it treats the condition
    ("Do RMTs actually work on the jaw?", "provider"),
    ("Is osteopathy suitable while I'm pregnant?", "indication"),
    ("Can people with a bleeding disorder have cupping?", "indication"),
    ("What's actually injected", "procedure"),
])
def test_round_125_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, answer, expected", [
    ("Does the public health plan pay for massage?", "Generally not. The plan stopped covering massage therapy years ago.", "no"),
    ("Do you use cupping yourself?", "Only occasionally. As a physiatrist I mainly assess and give injections.", "maybe"),
    ("Do you needle patients?", "Occasionally. Our physiotherapists do most of the needling.", "maybe"),
])
def test_round_125_answers_as_a_rule_or_now_and_then(question, answer, expected):
    from pipeline.extract.nlp import default_nlp
    from pipeline.extract.records import document_records
    from pipeline.sources import read_bytes

    document = read_bytes(f"# Questions\n\n## {question}\n\n{answer}\n\n## Where are you?\n\nOn Main Street.\n".encode(), "faq.md", "faq.md")
    assert document_records(document, default_nlp()(document.text))["qa_pairs"][0]["answer_polarity"] == expected


@pytest.mark.parametrize("question, expected", [
    ("If I'd rather not have needles, what else can you offer for the knot?", "treatment"),
    ("What do you do instead for tight calves?", "treatment"),
    ("Is it safe if I'd rather not have needles near my lungs?", "risk"),  # what it risks, asked first
])
def test_asking_for_something_other_than_needles_asks_which_treatment(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("last thing, will Bupa pay?", "coverage"),  # "last" of the lead-in says nothing of how long relief lasts
    ("ok, one more question: does it hurt?", "risk"),
    ("How long does the relief last?", "outcome"),
])
def test_a_chat_lead_in_before_the_question_is_no_word_of_what_is_asked(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("How long is an appointment and what does it cost?", "procedure"),  # a question of two parts asks what its first asks, with a comma before "and" or not
    ("Is that normal and will it scar?", "risk"),
    ("What does it cost?", "cost"),
])
def test_a_question_of_two_parts_joined_by_and_alone_asks_what_its_first_asks(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("What should I do if treatment caused an injury?", "risk"),  # harm the care did
    ("What do I do if the massage injured my shoulder?", "risk"),
    ("What causes trigger points?", "cause"), ("Can poor posture cause knots if I sit all day?", "cause"),
])
def test_round_142_question_types(question, expected):
    assert question_type(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("Can I claim the cost back from my health insurance?", "coverage"),  # what the insurer repays, though it names a cost
    ("Can I claim the fee on my extras cover?", "coverage"),
    ("Is this covered by Medicare, or will I pay out of pocket?", "coverage"),  # a payer's cover, or paying oneself: whether a payer covers
    ("What does it cost out of pocket?", "cost"),
    ("How much does it cost and can I claim it from my fund?", "cost"),  # two parts ask what the first asks
])
def test_round_156_question_types(question, expected):
    assert question_type(question, entities_of(question)) == expected


@pytest.mark.parametrize("sentence, certainty", [
    ("Fire cupping should only be done by an RMT who has completed an advanced course.", "asserted"),  # a duty, its participle irregular
    ("The skin should be kept clean for a day.", "asserted"),
    ("Massage therapists may use it after they have completed training the College recognises.", "asserted"),  # permission earned by training
    ("Soreness should fade in a day or two.", "hedged"),  # an expectation
])
def test_round_142_duties_and_earned_permissions_are_no_hedges(sentence, certainty):
    assert judge(sentence, entities_of(sentence)).certainty == certainty


@pytest.mark.parametrize("question, first_sentence, expected", [
    ("Are trigger points actually visible on imaging?", "Not reliably.", "no"),
    ("Can an MRI show a knot?", "Not reliably, no.", "no"),
])
def test_round_148_not_reliably_answers_no(question, first_sentence, expected):
    assert polarity_of(question, first_sentence) == expected
