"""Classifying questions and reading yes/no answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.extract.claims import _SUBORDINATE, ENTITY, Judgement, clause_spans, denying_cues, judge, main_clause, normalise, quantifier_cues
from pipeline.extract.questions import _CLOSERS, answer_openings
from pipeline.rules import question_words, read_rows, sentence_abbreviations, title_abbreviations

_INTERJECTION = re.compile(r"^(?:(?:oh|ok|okay|and|so|also|well|but|um|(?:hi|hey|hello)(?: (?:all|everyone|everybody|guys|folks|there|team|y'all))?|sorry)\b[ ,!]*)+")  # "Oh and do you have parking?", "hey all, what even is ...?"
_YES_NO = re.compile(  # "isn't this just placebo?" asks too; "Don't have insurance?" heads an offer
    r"^(?:(?:" + "|".join(question_words("auxiliary")) + r")\b|(?:(?:" + "|".join(question_words("auxiliary")) + r")n't|can't|won't)"
    r"\s+(?!(?:have|see|find|know|want|need|get|like|forget|miss|wait|worry|hesitate|let|found|seen|heard|got)\b)[\w'-]+)"
)
_ALTERNATIVE = re.compile(r"\bor\b(?! not\b)")  # with a comparative: "better before or after?"
_COMPARATIVE = re.compile(r"\b(?:better|worse|more|less|prefer\w*|rather|which)\b")
_BULLET = re.compile(r"^\s*[•*+-]\s+")
_EMPHASIS = re.compile(r"(?<!\w)[*_]+|[*_]+(?!\w)")  # Markdown's "**No.**" and "_Yes_" answer as "No." and "Yes"
_QUALIFIED = re.compile(r"^(?:[^.?!,]{1,50},\s*|(?:usually|generally|mostly|often|typically|normally|in most cases)\s+)(yes|no)\b")  # "In most states, yes", "Usually yes, if ..." answer yes
DOMAIN_SHARE = 0.35  # of a page's questions, for coverage or regulation to be what the page is about
PAYING = {"cost", "coverage"}  # what a short question after a price or an insurer's rule goes on asking
AFTER_EFFECTS = {"risk", "outcome"}  # what an answer can say happens after a treatment, besides instructions
_ANY_ASKED = re.compile(r"(?:can|could|may) any (?!other\b|more\b|of\b)")  # "Can any physical therapist do it?": whether every one can (not "Do any plans cover it?", which asks if some do)
_NOT_EVERY = re.compile(r"not (?:every|all)\b")  # "Not every RMT offers it": to "Can any ...?", no
_ONLY_SOME = re.compile(r"only (?:certain|some|specific|particular|those|the ones|a few|trained|qualified|licensed|registered|certified)\b")  # "Only certain ones": to "Can any ...?", no
_EXISTENCE = re.compile(r"(?:is|are) there\b")  # "Are there side effects?": "There can be." echoes it
_CONDITION = re.compile(r"^(?:if|when|unless|only if|as long as|provided)\b")
_IF_FIRST = re.compile(r"^if\b[^.?!;:]{3,150}?,\s*\w")  # a condition fronted before the sentence's answer (not "When a trained provider gives it, it is safe", which the blind sets read as yes)
_SAMENESS = re.compile(r"\b(?:the same as|same thing|as (?:good|effective) as|a replacement for|a substitute for|replace|a kind of|a type of|a form of|just [\w' -]+ by (?:another|a different) name|just (?:another|a fancy) (?:name|word) for)\b")
_DIFFERENCE = re.compile(r"\b(?:different|differently|differ|differs|separate|distinct|not the same|not a substitute|not a replacement|no substitute|instead of|related, but|is not|are not|aren't|isn't)\b|, not\b")
_IS_ONE = re.compile(r"(?:is|are|isn't|aren't) (?:an? |the )?")
_ARTICLE = re.compile(r" (?:an? |the )?")
_YES_ALL_THE_SAME = re.compile(r"\b(?:yes|both (?:are|is|can|may|will))\b")
_THEY_ARE = r"(?:no,? )?(?:they|the two|these|those)(?: are|'re) (?:(?:two|quite|very|completely|entirely|actually|really) )*"
_THEY_ARE_OTHER_KINDS = re.compile(_THEY_ARE + r"(?:different|distinct|separate) (?:professions?|practices|treatments|techniques|therapies|disciplines|approaches|fields|kinds|types|methods|procedures|modalities|jobs|things)\b")  # to "Are osteopaths chiropractors?": they are not
_THEY_DIFFER = re.compile(_THEY_ARE + r"(?:(?:different|distinct|separate)\b|not the same\b|(?:\w+ )?differently\b)")  # "They are different practices", "They are billed differently"
_AUXILIARIES = frozenset(question_words("auxiliary")) | {"does", "doesn", "need", "needs"}  # no content word of a question
_CONTENT = re.compile(r"\b(?!(?:they|their|them|these|those|this|that|with|from|your|have|will|would|could|should|also|only|most|many|some)\b)[a-z]{4,}\b")
_BUT_NOT_THE_OTHER = re.compile(r",?\s+but not\s+([^,;.!?]+?)\s*[.!]?$")  # "..., but not X" at the sentence's end, X only what the question names
SHORT_SIDE_WORDS = 6  # "but many private plans do": an elliptical side repeats the matter of the first
CONTRAST_CHARS = 12  # a second side may open with its contrast word ("; however, HMO members ...")
SUBJECT_WORDS = 4  # a side's first words, where its subject is ("Our chiropractors do not ...")
_SUBJECT_CHARS = 25  # a quantifier there limits the answer's subject ("Some plans ..."): maybe
_MAYBE_CUES = re.compile(
    r"\b(?:depends?|depending|not necessarily|not always|varies|vary|(?:answer|it|this|coverage|that) differs(?! from)|sometimes|in some cases|case[- ]by[- ]case"
    r"|only (?:for(?!\s+(?:a|an|one|two|three|a few|several|a couple of|\d+)\s+(?:brief\s+)?(?:moments?|seconds?|minutes?)\b)|if|when|under|with|after|in)"  # not how long it stings: "only for a moment"
    r"|some\b[^.;]{0,80}?\b(?:and|but|while|whereas) (?:not )?others\b"  # "they help some people a great deal and others very little"
    r"|only (?:\w+ ){1,6}?(?:if|when|unless|for (?:people|patients|members|those|clients|children|adults))|only (?:\w+ ){1,4}?(?:after|under) (?:a|an|the)\b"
    r"|(?:isn't|is not|not) (?:yet |entirely |fully )?clear|unclear|not (?:yet )?known|unknown|inconclusive|(?:evidence|research|results|studies)\b[^.;]{0,60}?\b(?:is|are) (?:mixed|conflicting)|too early to (?:say|tell))\b"
)  # "Medicare only covers chiropractic care if ...": a condition limits the answer; "The evidence isn't clear yet": it may be either
_DEPENDS_AFTER_ALL = re.compile(r",\s*(?:but|though|although|however)\s+(?:whether|if)\b[^.;]{0,80}?\b(?:depends?|varies|vary)\b")  # "You can swipe an HSA card, but whether the charge is allowed depends on ..."
_MINIMISER = re.compile(  # "Most people barely feel it", "feel very little.": no; "very little risk" is an amount of something
    r"\b(?:barely|hardly|scarcely)\b|\b(?:very little|little or nothing|little or no|little to no)(?=\s*(?:[.,;:]|$|\b(?:when|as|during|at|from|while|if)\b))"
)
_SENSATION_ASKED = re.compile(r"\b(?:hurt|hurts|painful|pain|feel|feels|sting|stings|uncomfortable|sore)\b")
_NO_MORE_THAN = re.compile(r"\b(?:little more than|no more than)\b|\bfeel (?:only|just) (?:a|an) (?:brief|quick|small|slight|tiny|short|momentary|light) ")  # "It feels like little more than a pinch", "Most people feel only a brief prick": to "Does it hurt?" no (blind sets: 6 of 7)
_DENIAL_SIDE = re.compile(  # "..., not by trigger points", "..., but it is not the same as a deep tissue massage"
    r",\s*(?:but\s+)?(?:(?:it|they|this|that)\s+(?:is|are|was|were|does|do|did)\s+)?(?:not|never)\s+(?!(?:only|just|necessarily|always|all|every|when|if|unless|to|yet)\b)"
    r"|,\s*but\s+(?:it|they|this|that)\s+(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't)\s+(?!(?:only|just|necessarily|always|all|every|when|if|unless|to|yet)\b)"
)
_ANSWERED_IN_SHORT = re.compile(r"\b(?:do|does|can|will|is|are)\s*(?:,|$)")  # "Many do, ..."
QUESTION_SUBJECT_WORDS = 2  # after its auxiliary: "Is [dry needling] covered ...?"
_NOT_PAIN = re.compile(r"(?:\brather than|\binstead of|,\s*not)\s+(?:a\s+|real\s+|actual\s+|sharp\s+)?(?:pain|painful|hurt|hurting)\b")  # "a deep pull, not pain"
_PAYING_ASKED = re.compile(r"\b(?:have to|need to|must|will|do|does) (?:i |we |you |they )?(?:have to )?(?:pay|be charged)\b|\b(?:is|are) there (?:a |any )?(?:charges?|fees?|costs?)\b|\bcost (?:me |us |you )?anything\b")
_FREE_OF_CHARGE = re.compile(r"\b(?:is|are) (?:completely |totally |entirely |usually |always )?free\b|\bfree of charge\b|\b(?:is|are) (?:at )?no (?:extra |additional )?(?:charge|cost)\b|\bthere (?:is|are) no (?:charges?|costs?|fees?)\b")
_PAINLESS = re.compile(r"\b(?:painless|pain-free|pain free|(?:rarely|seldom|almost never) (?:painful|hurts?|uncomfortable)|finds? (?:[\w-]+ ){1,2}(?:quite |very |fairly |perfectly |surprisingly |far |much )?(?:more )?(?:comfortable|relaxing)|describes? (?:it|them|this|the [\w-]+) as (?:quite |very |fairly )?(?:comfortable|relaxing|painless))\b(?![^.;]*\b(?:by|within|after|afterwards?|until|once)\b)")  # not "pain-free by the next day"; "Most patients find OMT comfortable"
_HURT_ASKED = re.compile(r"\b(?:hurt|hurts|painful|sting|stings|uncomfortable|feel like|feels like)\b")  # a sensation asked of a treatment
_MODALS = ("can", "could", "may", "might", "will", "would")
_SHARE_OF = re.compile(  # "some plans", "some insurance plans", "some of them", "Some do": a share
    r"\s+(?:of\b|(?:do|does|can|will|are|may|might)\b|(?:(?!(?:in|of|at|for|on|to|with|after|during|from)\b)[\w-]+\s+)?(?:\w+[^\Ws]s|people|children|men|women|staff)\b)"
)
_THERE_ARE = re.compile(r"\bthere (?:are|is|may be|can be|will be)\s+$")  # "There are some risks" answers yes
_ONLY = re.compile(r"^only (?:our |the |a |an |your |licensed |trained )?((?:[\w'-]+ ){0,2}[\w'-]+) (?:can|may|do|does|are|is|will|perform|performs|give|gives|offer|offers|provide|provides)\b")
_PRACTITIONER = re.compile(r"\b(?:therapists?|physicians?|doctors?|chiropractors?|acupuncturists?|nurses?|practitioners?|assistants?|physiatrists?|specialists?|dentists?|osteopaths?|trainers?|clinicians?|physios?|surgeons?|staff|team)\b")
_DANGER = re.compile(r"\b(?:dangerous|risky|unsafe|harmful|bad for)\b")
_SAFE = re.compile(r"\b(?:safe|low[- ]risk|very low risk|rarely (?:cause|causes|harm|harms))\b")
_CONTRAST = re.compile(r"\b(?:but|while|whereas|though|although|however|yet)\b")  # "The procedure is painless, but recovery can be sore"; a sentence answering both ways
_CONCLUSION = re.compile(r",\s*so\s+(?=\S)")  # "Ohio law allows direct access, so you do not need a referral"
_WITHOUT_THING = re.compile(r"(?<!\bnot )(?<!\brarely )(?<!\bseldom )(?<!\bnever )\bwithout (?:needing |having |getting )?(?:an? |any |the |your |their |my |one )?((?:[\w-]+(?:'s)? ){0,2}[a-z]{3,})")  # "Most people get better without an injection", "... without a GP referral", "without needing a referral" (not "rarely ... without a few bruises")
_NOT_ASKED_WORDS = frozenset("few lot bit little more much".split())  # "without a few bruises": an amount, not the thing asked
_ASIDE_AFTER = re.compile(r",\s*(?:exactly|really|then|anyway|actually)\s*(?=\?*$)")
_LEAD_IN = re.compile(r"\s[-–—]\s|:\s")  # "What about afterwards - will I be sore?" asks after the dash


@dataclass(frozen=True)
class _Cue:
    type: str
    pattern: re.Pattern
    requires: frozenset[str]  # labels one of which the question must name ("it": or a pronoun for its topic)
    excludes: frozenset[str]  # labels the question must not name
    page_decides: frozenset[str]  # what the cue means on a page mostly about that (see question_types)


@cache
def _question_types() -> tuple[_Cue, ...]:
    return tuple(
        _Cue(
            r["question_type"], re.compile(r["pattern"]),
            frozenset(label for label in r["requires"].split("|") if label and not label.startswith("!")),
            frozenset(label[1:] for label in r["requires"].split("|") if label.startswith("!")),
            frozenset(filter(None, r["page_decides"].split("|"))),
        )
        for r in read_rows("question_types.csv")
    )


_QUALIFIER = (  # a condition or an exception that makes a usual rule hold only in part ("It's usually covered if ...", "Usually for the chiropractic part, less often for the rest", "... usually are; dry needling often is not", "It usually is, though people on blood thinners should ask first"), not a time ("when the cups come off"), an aside ("but they fade") nor "even if"
    r"\b(?:(?<!even )if|as long as|so long as|unless|provided|except|subject to|depending|depends|(?<!even )(?:though|although)|only (?:if|when|for|with|after|under|in)|(?:less|more) often"
    r"|for (?:pensioners|seniors|members|children|students))\b|;[^.;]*?(?:\b(?:not|never|rarely|seldom|sometimes)\b|n['’]t\b)"
)
_QUALIFIED_RULE = re.compile(_QUALIFIER, re.IGNORECASE)
_USUAL_ECHO = re.compile(  # the question's auxiliary said back with "usually" or "often": a yes that holds as a rule ("It usually does", "Usually it is", "It often can", "Often you can"), unless qualified or followed by more ("It usually is, but ...", "..., when ...")
    r"^(?:yes,? )?(?:(?:it|they|that|this|these|those|we|you) (?:usually|generally|typically|normally|often|almost always|nearly always)"
    r"|(?:usually|generally|typically|normally|often),? (?:it|they|that|this|these|those|we|you)) (?P<verb>does|do|is|are|will|can|would)\b"
    rf"(?!.*(?:{_QUALIFIER}|\b(?:when|but|however|only)\b))", re.IGNORECASE
)
_FORMS = {"do": "does", "are": "is", "will": "does", "would": "does"}  # "Will cupping leave marks?" "It usually does."


@cache
def _direction_keeping_hedges(polarity: str) -> frozenset[str]:
    """Hedges that leave a yes or a no as it is; "keeps_no" ones only a no ("They usually don't hurt",
    "Probably not": the blind sets' annotators answered no; "It probably helps" stays maybe);
    "keeps_unqualified" ones a yes too, where the sentence does not qualify it (see below)."""
    kept = ("keeps", "keeps_no", "keeps_unqualified") if polarity == "negated" else ("keeps", "keeps_unqualified")
    return frozenset(r["cue"] for r in read_rows("cues/hedge_cues.csv") if r["yes_no"] in kept)


@cache
def _hedges_kept_unqualified() -> frozenset[str]:
    """Hedges that leave a no as it is, and a yes only in a sentence that does not qualify it ("Cupping
    usually leaves marks": yes; "It usually is, as long as ...": maybe)."""
    return frozenset(r["cue"] for r in read_rows("cues/hedge_cues.csv") if r["yes_no"] == "keeps_unqualified")


def is_yes_no(question: str) -> bool:
    """Asked with an auxiliary verb, in the sentence that asks (see _asked_sentence; of a question of
    two parts, its first: "What is dry needling, and does insurance cover it?" is no yes/no question)
    or its last clause ("..., is this true?", "What about afterwards - will I be sore?"); or the
    question told ("Someone is asking whether Medicare pays for this.")."""
    q = normalise(question).strip()
    last = q[slice(*_asked_sentence(q, _sentence_starts(q, _LOWER_CASE_SENTENCES)))]  # normalised: in lower case
    second = _SECOND_PART.search(last)
    last = last[:second.start()] + "?" if second else last
    clause = last.rsplit(",", 1)[-1] if not _CREDENTIAL.match(question.rsplit(",", 1)[-1]) and not _ASKS_FOR_WHAT.match(last) else last  # "What insurance does Dr. Lee, DO accept?"; "Who does it here, is it the trainers?" asks who
    asked = [_INTERJECTION.sub("", part.strip().lstrip("\"“'(")) for part in (last, clause, _LEAD_IN.split(last)[-1])]
    return (any(_YES_NO.match(part) for part in asked) or _ASKS_WHETHER.match(last.strip()) is not None) and not (_ALTERNATIVE.search(last) and _COMPARATIVE.search(last))


_ASKS_WHETHER = re.compile(  # a host's "Someone is asking whether Medicare pays for this.", not "What do I tell a member who asks if ...?"
    r"^(?:and |so |now )?(?!(?:what|who|how|when|where|why|which)\b)(?:some(?:one|body)|an? [\w-]+|[\w'’-]+)(?: (?:in|from) [\w' ,-]{1,40}?)?"
    r" (?:is |was )?(?:asking|asks|asked|wants? to know|wanted to know|would like to know|wonders|wondered) (?:whether|if)\b")


_ASKS_FOR_WHAT = re.compile(rf"(?:(?:and|so|but) )?(?!(?:what|how) about\b|what if\b)(?:{'|'.join(question_words('wh'))})\b(?!(?: not| so| then)?\s*,)")  # a question word first, its guess after a comma ("Who does it here, is it the trainers?") no yes/no question (not "What if it hurts, is that normal?", "Why not, is it unsafe?")
_ADDS_TO = re.compile(r"\s*(?:and\s+)?(?:what|how)\s+about\b", re.IGNORECASE)  # "What about acupuncture?" after the question it adds to
_EXISTENCE_ASKED = re.compile(r"(?:is|are) there (?:any(?:one|body)|(?:any |some )?(?:people|patients))\b.*\bwho\b|(?:do|does|can|will) any (?:of (?:your|the|our|them|these|those)\b|\w+s\b)")  # "Is there anyone who should not ...?", "Do any of your physios ...?": "A few of them do" is yes
_DISLOCATED = re.compile(  # a topic put first: "And trigger point injections, can you perform those?", a heading's "Cupping – what is it and how does it work"
    r"(?i:(?:and |so |now |what about |as for )?(?:[^,?]{3,60}, ((?:can|could|do|does|did|will|would|is|are|should|may)\b[^,]*\b(?:those|them|it|that|this|these|they)\b[^,]*)"
    r"|[^,?:–—]{3,60}(?: [–—-]|:) ((?:what|how|why|who|when|where|can|could|do|does|did|will|would|is|are|should|may)\b[^,]*\b(?:those|them|it|that|this|these|they)\b[^,]*)))")
_NAMED_TOPICS = frozenset({"TREATMENT", "CONDITION", "PROVIDER"})  # a heading's topic before its dash that its clause asks of ("Cupping – what is it?"); "Side effects - what are they?" asks its topic
_ADDRESSED = re.compile(  # whom a host or a colleague asks, and a host's aside before the question
    r"(?:(?i:and|so|okay|ok|now)\s+)?(?!(?:In|On|At|For|With|If|When|After|Before|During|As|Since|Under|Without|Besides|Also|Then|Now|So|And|But|Or|Yes|No|Well|Okay|Honestly|Actually|Seriously|Otherwise|Overall|Here|There)\b)(?![A-Z][a-z]+ly\b)"
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)(?:(?i:before we (?:go|move|get|head|turn)\b)[^,?]{0,40},\s+)?"
)
_CREDENTIAL = re.compile(r"\s*[A-Z]{2,}\b")  # a clause after a comma that opens with capitals is a name's credential ("DO", "MD"), no question
_ACTS = re.compile(r"\s*(?:also |legally |still |ever |really )?(?:perform|do|give|provide|offer|use|administer|practi[cs]e|inject|needle|prescribe|diagnose|treat|adjust|manipulate|fix)\b")
_PRONOUN = re.compile(r"\b(?:it|this|that|them|these|those|they)\b")
_IS_IT = re.compile(r"^(?:is|are) (?:it|this|that|these|those|they) (?:really |just |also |considered |a kind of |a type of |a form of )?(?:a |an |the )?")
_IS_BASICALLY = re.compile(r"^(?:is|are|isn't|aren't) .+? (?:basically|essentially|just|simply|really|actually|considered|a kind of|a type of|a form of) (?:a |an |the )?")
_ASKS_OF = re.compile(r"^(?:(?:and|but|so|also|or) )?(?:can|could|may|might|does|do|will|would|is|are|should)\s+(?:a |an |the |my |your |our |any |all )?")  # "And does your massage therapist do cupping?" asks it too
_PERSON_NAME = re.compile(  # "Marisol", "Dr. Voss", "Lena Kowalczyk", "Zoë"; not a pronoun, a day or month, nor a plural ("Can Seniors do Pilates?", "Mondays"; a name in -us, -is, -as, -os stays one)
    r"(?:(?:Dr|Doctor|Nurse|Coach)\.? )?(?!(?:You|We|They|It|He|She|This|That|These|Those|Someone|Anyone|Everyone|Somebody|Anybody|Everybody|There"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Today|Tomorrow|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?![A-Z][a-zà-ÿ'’]*[^\Wuioa]s\b)[A-ZÀ-Þ][a-zà-ÿ]+(?:['’][A-Z][a-zà-ÿ]+)?(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+)?\b")
_WHAT_IS = re.compile(r"^(?:what|who(?!(?:'s| is| are) (?:the|our|your|my) ))(?:'s| (?:exactly |really |actually )?(?:is|are)) (?:an? )?[\w' -]{1,40}\??$")  # "What's a physiatrist?"; not "Who are the therapists?": which of them
_HARM_ASKED = re.compile(r"^(?:(?:is|are|can|could|will|would)\s+(?:[\w'-]+\s+){0,10}?(?:be\s+)?(?:safe|unsafe|dangerous|risky|harmful)\b|(?:are|is)\s+there\s+(?:any\s+)?(?:risks?|dangers?|side effects?|complications?)\b)")  # a question naming a practitioner that asks whether something is safe (not "Which therapist if I'm worried about side effects?")
_SENSATION = re.compile(r"\b(?:feel like|feels like|what does .+ feel|what (?:is|are) (?:it|they|\w+(?: \w+){0,3}) like(?= *\?|$))")
_PLACE = re.compile(
    r"\b(?:in|within|across) (?:(?:my|your|our|this|the|every|each|some|most|all|other|which) )?(?:state|states|province|country|jurisdiction)\b"
    r"|\bin the (?:UK|U\.K\.|US|U\.S\.|USA|United States|United Kingdom)\b"
    r"|(?:\bin|^In) (?!(?:What|Which|Who|Whom|Whose|How|When|Where|Why|Some|Any|Most|All|Each|Every|General|Short|Practice|Fact|Case|Cases|Theory)\b)(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|" + "|".join(row["code"] for row in read_rows("place_codes.csv") if row["code"]) + r")\b"
)  # "in Ohio", "in BC": place_codes.csv leaves out codes that are also clinical abbreviations or words (MS, PA, OR)
NOTHING: frozenset[str] = frozenset()
_NEUTRAL_AFTER = re.compile(  # "What happens after ...?", a bare "And afterwards?": neither an instruction nor an effect named
    r"\b(?:what happens|what (?:can|should|do) i expect|what to expect|what is (?:it|recovery) like)\b.*"
    r"\b(?:after|afterwards|afterward|the next day|the day after)\b"
    r"|^(?:and |so |but )?(?:(?:what|how) about )?(?:after|afterwards|afterward)(?: (?:that|it|the (?:session|treatment|visit|appointment)))?\W*$"
)
_NEUTRAL_DURATION = re.compile(r"^(?:and |so )?how long\W*$")  # "How long?": a session's length, how long relief lasts, or a cover's term
_NAMES_PAYING = re.compile(r"^(?:and |but |so |(?:what|how) about )*(?:the |your |my )?(?:costs?|prices?|fees?|rates?|charges?|insurance|coverage|copays?|deductibles?)\W*$")  # a bare price or cover
_PAYING_ONESELF = re.compile(r"\b(?:self-pay\w*|self-fund\w*(?! (?:employer |health |group )?(?:plans?|insurance|schemes?|cover(?:age)?)\b)|out of pocket|privately|cash|without (?:any )?(?:insurance|coverage|cover|a plan))\b")  # "And if I'm self-pay?", "And without insurance?": who pays, a price of its own
_ELLIPTICAL = re.compile(  # "What else can I do?" goes on from the question before; "What else might my AT use on a knot?" says what it asks
    r"^(?:and |so |but )?(?:(?:what|how) about\b|what else\b(?=(?:\W+[\w'-]+){0,3}\W*$)|why(?: is that| not| so)?\W*$|how so\W*$|how come\W*$)"
    r"|^(?:and|or|also) (?:(?:for|with|in|at|on) )?(?!(?:what|how|why|when|where|who|which|is|are|do|does|can|will|would|should)\b)[\w'-]+(?: [\w'-]+){0,2}\W*$"  # "And acupuncture?", "And for a whole clinic?"
)
_ASKED_AGAIN = re.compile(r"\?\s+[^?]*\w[^?]*\?")  # "What about insurance? Does any of this get covered?": a whole question follows the fragment
_CHAT_LEAD = re.compile(r"(?i:(?:ok(?:ay)?|oh|and|so)\W+)*(?i:(?:one|last|another|final|quick) (?:more )?(?:thing|question|one|q))\W+")  # "last thing, will Bupa pay?": no word of what is asked
_QUESTION_OPENING = re.compile(rf"(?i:{'|'.join(question_words('wh') + question_words('auxiliary'))})\b")
_BENEFIT = re.compile(r"\b(?:relief|better|results?|improve\w*|difference|works?|last|lasts)\b")
_HOW_MANY_VISITS = re.compile(r"\s*how many (?:[\w-]+ )?(?:sessions|visits|treatments|injections|appointments|rounds)\b")
_SECOND_PART = re.compile(rf", and (?={_QUESTION_OPENING.pattern})")  # "What is MFR, and how is it different from ...?"
_AND_SECOND_PART = re.compile(rf" and (?!(?i:why)\b)(?={_QUESTION_OPENING.pattern})")  # "How long is an appointment and what does it cost?", without the comma (not "Who should get X and why is it prescribed?", one question)
_AND_WH = re.compile(r" and (?=(?:what|how|why|where|when|who|which)\b)")  # "What is cupping and what does it treat?": a second question without its comma
_WHAT_IT_IS = re.compile(r"(?:so |and )?what(?:'s| is| are) ")  # ... after asking what something is, after "so" or "and" too ("So what is cupping and why is it used?")
_DEFINES = re.compile(r"(?:what|who)(?:'s| (?:exactly |really |actually )?(?:is|are)) (?:an? |the )?|(?:is|are) (?:an? |the )?")  # "What is a ...", "What's a ...", "Is a ... real?": before the thing named
_ASKED_END = re.compile(r"(?:,? (?:exactly|really|anyway))?\s*\?*|(?: (?:an? )?(?:really |actually )?real(?: (?:thing|condition|diagnosis|problem)s?)?)\s*\?*")  # what may follow it: "What is a trigger point, exactly?", "Is a muscle knot a real thing?"
_SENTENCES = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')]))\s+(?=[A-Z\"“])")  # after a closing quotation mark too: 'My physio called it "acupuncture." Is that allowed?'
_LOWER_CASE_SENTENCES = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')]))\s+")


def _sentence_starts(text: str, breaks: re.Pattern = _SENTENCES) -> list[int]:
    """Where the text's second and later sentences begin: not after a title ("Can Dr. Patel do
    it?"), nor after another abbreviation unless a question begins there ("at 9 a.m. on
    Saturdays?", but "... etc. Will massage help?")."""
    starts = []
    for m in breaks.finditer(text):
        word = text[:m.start()].rsplit(None, 1)[-1].lower()
        if word in title_abbreviations() or (word in sentence_abbreviations() and not _QUESTION_OPENING.match(text, m.end())):
            continue
        starts.append(m.end())
    return starts


@dataclass(frozen=True)
class Asked:
    """A question with what its page says around it."""
    question: str
    entities: list[ENTITY] = field(default_factory=list)  # inside the question, offsets relative to it
    answer_opening: str = ""  # the answer's first sentence


def _asked_part(question: str, entities: list[ENTITY]) -> tuple[str, list[ENTITY]]:
    """The sentence that asks (see _asked_sentence), with its entities; a chat's question written in
    lower case has its sentences in lower case too ("my physio wants to try it. does it hurt?")."""
    starts = _sentence_starts(question, _LOWER_CASE_SENTENCES if question[:1].islower() else _SENTENCES)
    if not starts:
        return question, list(entities)
    start, end = _asked_sentence(question, starts)
    return question[start:end], [(s - start, e - start, label, c) for s, e, label, c in entities if s >= start and e <= end]


def _asked_sentence(question: str, starts: list[int]) -> tuple[int, int]:
    """Where the sentence that asks begins and ends: of questions in a row, the first (a question of
    two parts asks what its first part asks: "Does insurance cover it? What will I pay?"), after a
    "What about X?" the question it opens ("What about injections? Are those covered too?"); of a
    letter that tells between its questions, the last ("Am I crazy to worry? My chiropractor wants
    to use cups. Is cupping safe?"); never the asker's remark ("My jaw clicks. What can I do?",
    "Does it hurt? My neck is already sore.")."""
    bounds = list(zip([0, *starts], [*starts, len(question)]))
    asking = [i for i, (a, b) in enumerate(bounds) if question[a:b].rstrip().rstrip(_CLOSERS).endswith("?")]
    asked = [bounds[i] for i in asking] or [bounds[-1]]
    if asking and asking[-1] - asking[0] >= len(asking):  # a letter tells between its questions ("Am I crazy to worry? My chiropractor wants ... Is cupping safe?"): its last asks
        return asked[-2] if len(asked) > 1 and _ADDS_TO.match(question, asked[-1][0]) else asked[-1]
    if len(asked) > 1 and _ADDS_TO.match(question, asked[0][0]):
        return asked[1]  # "What about trigger point injections? Are those covered too?"
    return asked[0]


def _one_treatment_then_another(q: str, entities: list[ENTITY]) -> re.Match | None:
    """"Is dry needling acupuncture?": a treatment said to be another; where the other begins."""
    asked = _IS_ONE.match(q)
    subject = next((e for e in entities if asked and e[0] == asked.end() and e[2] == "TREATMENT"), None)
    return _ARTICLE.match(q, subject[1]) if subject else None


def _named_person(question: str, start: int, entities: list[ENTITY]) -> ENTITY | None:
    """A practitioner asked of by name ("Can Marisol do dry needling?"), as a span like a
    practitioner's: a capitalised name no vocabulary knows, then a verb in lower case and a
    treatment (not a heading in title case, "Can Kids Do Yoga?")."""
    name = _PERSON_NAME.match(question, start)
    if not name or any(s < name.end() and name.start() < e for s, e, _, _ in entities) or not _ACTS.match(question, name.end()):
        return None
    if not any(label == "TREATMENT" and s >= name.end() for s, _, label, _ in entities):
        return None
    return (name.start(), name.end(), "PROVIDER", "")


def _cue_type(question: str, entities: list[ENTITY], topic_label: str | None = None) -> tuple[str, frozenset[str]]:
    """The type the question's own words give, and the page topics that would decide it instead;
    "other" when no cue matches.

    A yes/no question whose subject is a practitioner doing something ("Can a nurse practitioner
    do trigger point injections?") asks who may perform it (provider, or regulation where it
    names a place); a treatment's sensation is a risk, a condition's a symptom.
    """
    q = normalise(question).strip()
    asks = _ASKS_OF.match(q)
    subject = next((e for e in entities if asks and e[0] == asks.end() and e[2] == "PROVIDER"), None)
    if subject is None and asks and question == question.lstrip():
        subject = _named_person(question, asks.end(), entities)
    if subject and _ACTS.match(q, subject[1]):
        regulated = _PLACE.search(question) or any(c.pattern.search(q) for c in _question_types() if c.type == "regulation" and not c.page_decides)
        return ("regulation" if regulated else "provider"), NOTHING
    labels = {label for _, _, label, _ in entities}
    plain = _ASIDE_AFTER.sub("", _INTERJECTION.sub("", q))  # "So what is X, exactly?" asks what X is
    for complement in (_IS_IT.match(q), _IS_BASICALLY.match(q), _one_treatment_then_another(q, entities)):
        if complement and any(s == complement.end() and label == "TREATMENT" and e >= len(q.rstrip("?. ")) for s, e, label, _ in entities):
            return "comparison", NOTHING  # "Is this physical therapy?", "Is dry needling basically acupuncture?", "Is dry needling acupuncture?"
    for cue in _question_types():  # the first provider row is where a question naming a practitioner is decided
        if cue.type == "provider" and "PROVIDER" in labels and not cue.pattern.search(plain) and not _HARM_ASKED.search(plain):  # "Is acupuncture from student interns safe?" asks of harm
            if _WHAT_IS.match(plain):
                return "definition", NOTHING  # "What is a physiatrist?": what the practitioner is
            if _PLACE.search(question):
                return "regulation", NOTHING  # "Can physical therapists in Colorado perform dry needling?"
            return "provider", frozenset({"coverage"})  # a question naming a practitioner; on an insurer's page, about coverage
        if not cue.pattern.search(plain) or cue.excludes & labels or (cue.requires and not cue.requires & labels and not ("it" in cue.requires and _PRONOUN.search(q))):
            continue
        if (cue.type in ("provider", "regulation") or "regulation" in cue.page_decides) and _PLACE.search(question):
            return "regulation", NOTHING  # "Who may perform dry needling in Bellmont?", "Do I need a referral in Ohio?" (direct access), "Is X allowed in Ohio?" on an insurer's page
        if cue.type == "symptom" and _SENSATION.search(q):
            named = [label for _, _, label, _ in sorted(entities) if label in ("TREATMENT", "CONDITION")]
            label = named[0] if named else topic_label  # what feels so is named first ("What does dry needling feel like with fibro")
            return ("risk" if label == "TREATMENT" else "symptom"), NOTHING
        return cue.type, cue.page_decides
    return "other", NOTHING


_WHAT_THEY_ARE = re.compile(r"(?:so |and )?what(?: actually| exactly| really)?(?:'s| is| are| was| were) (?:it|they|that|this|these|those)\b(?!.*\b(?:for|about|like)\b)")


def _own_type(question: str, entities: list[ENTITY], topic_label: str | None) -> tuple[str, frozenset[str]]:
    """A letter's last sentence decides when it says what is asked ("What can I do besides a night
    guard?"); when it does not ("Who is right?"), the whole letter does."""
    addressed = _CHAT_LEAD.match(question) or _ADDRESSED.match(question)
    if (addressed and _QUESTION_OPENING.match(question, addressed.end()) and not any(s < addressed.end() for s, _, _, _ in entities)
            and (addressed.re is _CHAT_LEAD or not _PRONOUN.search(normalise(question[addressed.end():])))):  # "Side Effects, what are they?" puts its topic first
        k = addressed.end()  # "Tomas, before we go to the phones, what is a trigger point?" asks what follows the name
        question, entities = question[k:], [(s - k, e - k, label, c) for s, e, label, c in entities]
    part, part_entities = _asked_part(question, entities)
    dislocated = _DISLOCATED.match(part)
    if dislocated and (dislocated.group(1) or any(e <= dislocated.start(2) and label in _NAMED_TOPICS for _, e, label, _ in part_entities)):
        k = dislocated.start(1) if dislocated.group(1) else dislocated.start(2)  # "And trigger point injections, can you perform those?" asks the clause of the topic put before it
        part, part_entities = part[k:], [(s - k, e - k, label, c) for s, e, label, c in part_entities]
    second = _SECOND_PART.search(part) or (_QUESTION_OPENING.match(part) and _AND_SECOND_PART.search(part)) or (_WHAT_IT_IS.match(normalise(part)) and _AND_WH.search(normalise(part)))
    first_part = second and _cue_type(part[:second.start()] + "?", [e for e in part_entities if e[1] <= second.start()], topic_label)
    if second and first_part[0] == "procedure" and _HOW_MANY_VISITS.match(normalise(part)):  # "How many injections will I need, and how long does the relief last?": the second part says what the count is for
        k = second.end()
        second_part = _cue_type(part[k:], [(s - k, e - k, label, c) for s, e, label, c in part_entities if s >= k], topic_label)
        first_part = second_part if second_part[0] == "outcome" and _BENEFIT.search(normalise(part[k:])) else first_part  # not "how long is each one?"
    found = first_part if first_part and first_part[0] != "other" else _cue_type(part, part_entities, topic_label)  # a question of two parts asks what its first asks
    named = found[0] == "definition" and any(_DEFINES.fullmatch(normalise(part[:s]).lstrip()) and _ASKED_END.fullmatch(normalise(part[e:]).rstrip()) for s, e, _, _ in part_entities)
    unnamed = found[0] == "other" or (found[0] == "definition" and not named and not _WHAT_THEY_ARE.match(normalise(part).strip()))  # "Who is right?" asks of what the letter told; "What are they, really?" asks what the things it told of are
    return _cue_type(question, entities, topic_label) if part != question and unnamed else found


def question_type(question: str, entities: list[ENTITY] = (), topic_label: str | None = None) -> str:
    """The type of one question from its own words (question_types.csv order, the spec's rules)."""
    return _own_type(question, list(entities), topic_label)[0]


def _page_domain(types: list[str]) -> str | None:
    """coverage or regulation when a page is mostly about one of them (an insurer's FAQ, a
    licensing board's): its permission and referral questions mean that."""
    counts = {name: types.count(name) for name in ("coverage", "regulation")}
    name = max(counts, key=counts.get)
    return name if counts[name] >= DOMAIN_SHARE * len(types) and counts[name] > min(counts.values()) else None


def question_types(questions: list[Asked], topic_label: str | None = None) -> list[str]:
    """Each question's type read with its context, as the spec's decision rules say: an elliptical
    question ("What about acupuncture?", "Why is that?") takes the previous question's type, unless
    it names a price, a cover or a harm itself ("And the cost?", "What about bruising?") or asks who the care is for ("What about
    kids?"; after a price or cover, only when its answer does not go on about paying); a
    page mostly about insurance or the law decides what "allowed" and "referral" mean; a question
    about what comes after a treatment, or a bare "How long?", is read from its answer: unwanted
    effects are a risk, a benefit or relief that lasts an outcome, a cover's term coverage,
    instructions or a session's length a procedure."""
    own = [_own_type(asked.question, asked.entities, topic_label) for asked in questions]
    domain = _page_domain([name for name, _ in own])
    types: list[str] = []
    for asked, (name, page_decides) in zip(questions, own):
        q = normalise(asked.question).strip()
        elliptical = bool(types) and _ELLIPTICAL.match(q) is not None and not _NEUTRAL_AFTER.search(q) and not _ASKED_AGAIN.search(q)
        if elliptical and name == "indication":  # "What about kids?" asks who it is for; after a price or cover, its answer says whether it asks what they pay
            evidence = _cue_type(asked.answer_opening, [], topic_label)[0] if asked.answer_opening and types[-1] in PAYING else None
            name = evidence if evidence in PAYING else name
        elif elliptical and not _NAMES_PAYING.match(q) and not (name in PAYING and name != types[-1] and _PAYING_ONESELF.search(q)) and not (name == "risk" and not any(label == "TREATMENT" for _, _, label, _ in asked.entities)):  # "And the cost?", "And if I'm self-pay?" after a question of cover asks the cost; "What about bruising?" a harm
            name = types[-1]
        elif domain in page_decides:
            name = domain
        elif _NEUTRAL_AFTER.search(normalise(asked.question)) and asked.answer_opening:
            evidence, _ = _cue_type(asked.answer_opening, [], topic_label)
            name = evidence if evidence in AFTER_EFFECTS | PAYING else "procedure"  # instructions, or what it does, or what follow-ups cost
        elif _NEUTRAL_DURATION.match(q) and asked.answer_opening:
            evidence, _ = _cue_type(asked.answer_opening, [], topic_label)
            name = evidence if evidence in AFTER_EFFECTS | PAYING else "procedure"  # relief that lasts, a cover's term, or a session's length
        types.append(name)
    return types


def _answers_both_ways(sentence: str, question: str = "") -> bool:
    """Two sides that say opposite things of the same matter: "Standard members do not need a
    referral, but HMO members need one", "Medicare does not, but many plans do" (not "We do not
    bill insurance, but we give you a receipt": the second side speaks of something else; nor, to
    "Do your chiropractors offer dry needling?", "Our chiropractors do not, but many physical
    therapists do": the first side answers of whom it asks, the second of others)."""
    spans = clause_spans(sentence)
    asked = _content_words(question)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        first, second = sentence[a:b], sentence[c:d]
        if not _CONTRAST.search(normalise(sentence), b, min(d, c + CONTRAST_CHARS)):
            continue  # "..., so you do not need one" concludes, it does not answer the other way
        first_words, second_words = _content_words(first), _content_words(second)
        shared = first_words & second_words
        if judge(first).polarity == judge(second).polarity or not (len(shared) >= 2 or len(second.split()) <= SHORT_SIDE_WORDS):
            continue
        asked_of = _content_words(" ".join(first.split()[:SUBJECT_WORDS])) & asked  # the first side's subject, as the question names it
        second_asked = _content_words(" ".join(second.split()[:SUBJECT_WORDS + 1])) & asked  # "..., but cupping almost never is": asked of too
        if asked_of and not asked_of & second_words and not second_asked:
            continue
        return True
    return False


def _denied_of_what_is_asked(sentence: str, question: str) -> bool:
    """The sentence ends by denying something the question asks of ("Can trigger points cause
    sciatica?" "..., not by trigger points") that its affirming part does not name: the denial is
    the answer. Not where the affirming part answers in short ("Many do, ...") or names the
    question's subject by a pronoun ("Is dry needling covered?" "Most plans cover it ..., not as a
    separate dry needling service")."""
    denial = _DENIAL_SIDE.search(sentence)
    if denial is None:
        return False
    affirmed = sentence[:denial.start()]
    denied = (_content_words(sentence[denial.end():]) & _content_words(question)) - _content_words(affirmed)
    subject = _content_words(" ".join(normalise(question).split()[1:QUESTION_SUBJECT_WORDS + 1]))
    if not denied or _ANSWERED_IN_SHORT.search(affirmed) or (_PRONOUN.search(affirmed) and denied & subject):
        return False
    return judge(affirmed).polarity == "affirmed"


def _singular(text: str) -> str:
    return " ".join(word.removesuffix("s") for word in re.findall(r"[\w'-]+", text))


def _content_words(text: str) -> set[str]:
    """Content words, plurals as their singular ("dentists" is asked of as "a dentist")."""
    return {w.removesuffix("s") for w in _CONTENT.findall(normalise(text)) if w not in _AUXILIARIES}


_CONDITIONAL_OPENING = re.compile(r"\b(?:if|unless|provided)\s*$")
_IF_YOU_LIKE = re.compile(r"\s*(?:you|they|she|he)\s+(?:like|want|wish|prefer)(?:\s+to)?\s*(?:[.!,;]|$)")  # a courtesy, no condition ("You can, if you like."; not "if you choose to pay privately")


def answer_polarity(question: str, first_sentence: str, judgement: Judgement | None, whole_sentence: str = "", compared: bool = False) -> str | None:
    """yes, no or maybe for a yes/no question, from the answer's opening word or its first sentence
    (its first claim, and the whole sentence that claim opens).

    A sentence whose two sides answer opposite ways ("Standard members do not need a referral, but
    HMO members do") says it depends; a condition before the answer ("If it still hurts after two
    weeks, yes") makes it maybe; to "Is it the same as X?", or to any question `compared` (its
    type is comparison: "Is dry needling acupuncture?"), an answer that they differ says no.
    """
    if not is_yes_no(question) or not first_sentence.strip():
        return None
    addressed = _ADDRESSED.match(question)
    q = normalise(question[addressed.end():] if addressed and _QUESTION_OPENING.match(question, addressed.end()) else question)  # "Mei, can acupuncture help?" asks with "can"
    s = _EMPHASIS.sub("", _BULLET.sub("", normalise(first_sentence), count=1))
    modal = next((word for word in _MODALS if q.strip().startswith(word + " ")), None)
    for pattern, polarity in answer_openings():
        opening = pattern.match(s)
        if opening:
            echoed = (modal in re.findall(r"\w+", opening.group()) or (_EXISTENCE.match(q) and opening.group().startswith("there "))) and (
                not _CONDITIONAL_OPENING.search(opening.group()) or _IF_YOU_LIKE.match(s, opening.end()))  # "Can it?" "It can.", "Are there risks?" "There can be.", "You can, if you like.", not "You can if ..."
            return "yes" if polarity == "maybe" and echoed else polarity
    qualified = _QUALIFIED.match(s)
    if qualified:
        return "maybe" if _CONDITION.match(s) else qualified.group(1)
    if _IF_FIRST.match(s):
        return "maybe"  # "If your pain is from an accident and you have a claim, ACC pays a share": only under the condition (the blind sets, 6 of 8)
    whole = normalise(whole_sentence or first_sentence)
    conclusion = _CONCLUSION.search(whole)
    asked = _content_words(question)
    if (conclusion and judgement is not None and not _CONCLUSION.search(s)
            and len(_content_words(whole[conclusion.end():]) & asked) > len(_content_words(whole[:conclusion.start()]) & asked)):
        s = whole[conclusion.end():]  # "State law allows direct access, so you do not need a referral": the answer follows "so"
        judgement = judge(s)
    if _SAMENESS.search(q) and _DIFFERENCE.search(whole) and not any(
        not re.search(r"(?:\b(?:not|no|never)|n't)\s+(?:the\s+|a\s+)?$", whole[max(0, m.start() - 12):m.start()]) for m in _SAMENESS.finditer(whole)
    ):  # "Cupping is a form of massage, not a separate discipline" affirms the sameness; "not a substitute for" denies it
        return "no"
    if (compared or _THEY_ARE_OTHER_KINDS.match(s)) and not _DIFFERENCE.search(q) and _THEY_DIFFER.match(s) and not _YES_ALL_THE_SAME.search(s):
        return "no"  # "Is dry needling acupuncture?" "They are different practices ..." (not "They are different treatments, so yes, ...")
    if _ANY_ASKED.match(q) and (_NOT_EVERY.match(s) or _ONLY_SOME.match(s)):
        return "no"  # "Can any massage therapist do cupping?" "Not every RMT offers cupping, ...", "Only certain ones."
    only = _ONLY.match(s)
    if only and _PRACTITIONER.search(only.group(1)) and _singular(only.group(1)) not in _singular(q):
        return "no"  # "Can massage therapists do dry needling?" "Only our physical therapist performs it."
    main = main_clause(s)
    main_end = main.end
    denial = next(iter(denying_cues().find(s, main.start, main_end)), None) if judgement is not None and judgement.polarity == "affirmed" else None
    if denial and not denying_cues().find(q) and not _SUBORDINATE.search(s, main.start, denial[0]):
        return "no"  # "Is dry needling covered?" "Dry needling is excluded as experimental."; not "... for acupuncture that the plan excludes"
    if _DANGER.search(q) and _SAFE.search(s, 0, main_end) and judgement is not None and judgement.polarity == "affirmed":
        return "no"  # "Are they dangerous?" "In trained hands they are low risk."
    without = _WITHOUT_THING.search(s, 0, main_end) if "without" not in q else None
    if without and not _NOT_ASKED_WORDS.intersection(without.group(1).split()) and any(word.removesuffix("'s").removesuffix("s") in asked for word in without.group(1).split()):
        return "yes" if judgement is not None and judgement.polarity == "negated" else "no"  # "Will I get a steroid injection?" "Most people get better without an injection."; "You cannot be seen without a referral": it is needed
    if _answers_both_ways(whole, question) or _DEPENDS_AFTER_ALL.search(whole):
        return "maybe"
    if " or " in q and (one_not := _BUT_NOT_THE_OTHER.search(whole)) and judgement is not None and judgement.polarity == "affirmed" and set() < _content_words(one_not.group(1)) <= asked:
        return "maybe"  # "Do you offer steroid or trigger point injections?" "We offer steroid injections, but not trigger point injections."
    shares = [  # "some plans", "some people" limit who the answer holds for; "some soreness" is an amount; to "Is there anyone who ...?" they are the answer
        cue for start, end, cue in quantifier_cues().find(s, 0, min(main_end, _SUBJECT_CHARS))
        if (" " in cue or _SHARE_OF.match(s, end)) and not _THERE_ARE.search(s, 0, start)
    ] if not _EXISTENCE_ASKED.match(q) else []
    if _MAYBE_CUES.search(s) or shares:
        return "maybe"
    if judgement is not None and _denied_of_what_is_asked(whole, question):
        return "no"  # "Can trigger points cause sciatica?" "True sciatica is caused by a nerve root, not by trigger points."
    trailing = _DENIAL_SIDE.search(s) if judgement is not None else None
    if trailing:  # "Use the ball on your neck, never the foam roller": a denial of something else, after the answer
        s = s[:trailing.start()]
        judgement = judge(s)
    if judgement is None:
        return None
    if judgement.polarity == "affirmed" and _HURT_ASKED.search(q) and (_NOT_PAIN.search(s) or (_PAINLESS.search(s, 0, main_end) and not _CONTRAST.search(s)) or (not judgement.hedge_cues and _NOT_PAIN.search(whole))):  # "..., not pain" may be a side of its own
        return "no"  # "It should feel like a deep stretch rather than pain", "Most adjustments are painless"
    if judgement.polarity == "affirmed" and _PAYING_ASKED.search(q) and _FREE_OF_CHARGE.search(s, 0, main_end):
        return "no"  # "Do I have to pay for treatment?" "NHS physiotherapy is free at the point of use."
    echo = _USUAL_ECHO.match(s) and _USUAL_ECHO.match(whole)  # the whole sentence: "It usually is, though ..." qualifies it
    asked_verb = q.strip().split()[0].lower() if q.strip() else ""
    if echo and _FORMS.get(echo.group("verb").lower(), echo.group("verb").lower()) == _FORMS.get(asked_verb, asked_verb) and judgement.polarity == "affirmed":
        return "yes"  # "Does cupping leave marks?" "It usually does." (not "It usually is, as long as ...")
    if any((cue not in _direction_keeping_hedges(judgement.polarity) or (cue in _hedges_kept_unqualified() and judgement.polarity == "affirmed" and _QUALIFIED_RULE.search(whole))) and cue != modal
           for cue in judgement.hedge_cues):
        return "maybe"  # "Some plans may cover it"; but "Most plans do not" still answers no, and "Can it help?" "It can help" yes
    if judgement.polarity == "affirmed" and (_MINIMISER.search(s, 0, main_end) or (
            _SENSATION_ASKED.search(q) and _NO_MORE_THAN.search(s, 0, main_end))):
        return "no"
    return "no" if judgement.polarity == "negated" else "yes"
