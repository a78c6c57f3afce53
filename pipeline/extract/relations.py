"""Who performs what: (providers, treatments, relation) from every way a clause says it.

The verbs and phrases are data (pipeline/data/performs.csv): a practitioner doing a treatment,
treating a condition *with* treatments, a treatment given *by* practitioners, a practitioner one is
referred to *for* treatments, a treatment inside or outside a profession's scope of practice (the
profession named or its field: "outside the chiropractic scope"), and
verbs that name the treatment themselves ("inject", "insert needles"); a list item may label
practitioners with what they do ("Physical therapists: exercise and dry needling"); a table's row
may too (tables.py finds them; row_relations reads them). Each relation
is judged on its own words, from its practitioners to its last treatment, so a negation elsewhere
in the sentence ("It does not cover other services a chiropractor provides, such as massage")
does not deny it. "Unlike X, Y ..." says the opposite of X ("Unlike physical therapists, massage
therapists do not offer dry needling": the physical therapists do).

A clause whose practitioners are a pronoun ("They may not perform dry needling") takes the
practitioners of the relation before it; one whose treatment is a pronoun or missing ("Physical
therapists can perform it", "but physical therapists are") takes the treatment its question or
the page is about. A generic practitioner that introduces specific ones ("healthcare providers,
including physical therapists and chiropractors") yields the specific ones, and so do kinds of a
broad one named after it ("given by physicians. Most are physiatrists ..."). An answer to "Who
gives them?" that only names practitioners names who. Tools (a foam roller, a massage ball) are
not treatments a practitioner performs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipeline.extract.claims import ENTITY, LABEL_SEPARATOR, Clause, _judge, _negation_cues, in_a_place, judge, normalise
from pipeline.extract.tables import Row, Table
from pipeline.rules import read_rows
from pipeline.vocabulary import concepts_by_id

_INLINE_MARKUP = re.compile(  # what a text save keeps of a page's inline markup, read as spaces so that lists and phrases run through it
    r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])"  # "**dry needling**", "_cupping_"
    r"|(?<![\w:/])//(?=\w)|(?<=\w)//(?![\w/])"  # a wiki's italics: "//cupping//" (not "https://")
    r"|\[\[(?:[^\[\]|\n]{1,80}\|)?|\]\]"  # a wiki link: "[[cupping]]", "[[Treatments/MFR|myofascial release]]"
    r"|\[(?=[^\[\]\n]{1,200}\]\()|\]\([^()\s]{0,300}\)"  # a Markdown link: "[dry needling](/services/dn)"
)
_WHO_ELLIPTICAL = re.compile(r"\s*\b(?:who|that|which)\s+(?:(?:also|sometimes|often|usually|still|now|only|all)\s+)?(?:are|is|do|does|can|may|could|will|did)\b(?:\s+(?:also\s+)?(?:allowed|permitted|able|licensed|authori[sz]ed)\s+to)?[^\w]*$")
_EMPHASISED_DENIAL = re.compile(r"(\*{1,3}|_{1,3})((?:(?:do|does|did|will|can|may|should|must|are|is)\s+)?(?:not|never|no)|don't|doesn't|didn't|cannot|can't|won't|aren't|isn't)\1(?![\w*])")
_COMMON_PRACTICE = re.compile(r"commonly")
_PRACTICE_NOUN = re.compile(r"practi[cs]e")
_NOUN_BEFORE = re.compile(r"\b(?:of|in|into|private|clinical|the|a|an|our|your|their|his|her|its|my)\s+$")
RELATIONS = {("affirmed", "asserted"): "performs", ("affirmed", "hedged"): "may_perform"}  # else does_not_perform
BRACKET_CHARS = 120  # the longest aside in brackets a list's items may carry ("physiatrists (physicians who ...)")
ADJACENT_CHARS = 40  # "acupuncture by a licensed, board-certified acupuncturist"
_QUALIFIERS = re.compile(r"(?:(?:licensed|certified|qualified|trained|registered|chartered|senior|clinical|experienced|board-certified|specialist)\s+)*")  # between "with one of our" and the practitioner
_SOME_PLACES = re.compile(r"\bin\s+(?:some|a few|few|many|most|several|certain|a (?:growing|small|handful of|number of)(?: number of)?|a handful of|a number of)(?:\s+of\s+(?:our|the|these))?\s+(?:(?:US|U\.S\.|Canadian|Australian)\s+)?(?:states|provinces|territories|countries|jurisdictions)\b", re.IGNORECASE)
_NOT_ALL_OF_THEM = re.compile(  # the practitioners before, some of whom do not: "..., but most don't" (a clause of its own), "..., but not all of us" (in theirs too)
    r"[\s,;]*(?:(?:but|and|while|whereas|though|although)\s+)?(?:(?:most|many|others|the\s+others|the\s+rest|some)(?:\s+of\s+(?:them|us|these|those))?\s+(?:(?:do|does|will|can|would)\s+not\b|(?:don't|doesn't|won't|can't|cannot|don’t|doesn’t|won’t|can’t)(?!\w))"
    r"|(?P<not_all>not\s+(?:all|every\s+[\w-]+|everyone|everybody))(?:\s+of\s+(?:them|us|these|those))?(?:\s+(?:do|does|will|can))?)(?:\s+(?:do|offer|use|perform|provide|practi[cs]e)\s+(?:it|this|that|them|so))?(?:\s+(?:though|either|yet))?\s*[.;!)]*\s*$",
    re.IGNORECASE,
)
_DENIED_ELSEWHERE = re.compile(  # a permission some places give that others withhold
    r"\s*,?\s*(?:\b(?:and|but|while|whereas)\s+)?\b(?:not\s+(?:in\s+(?:others|other states|other provinces|the others|the rest|ours|our state|our province|this one)|here|in this state)"
    r"|(?:are|is)\s+(?:barred|banned|prohibited|not (?:allowed|permitted))\s+(?:in\s+(?:others|other states|other provinces|the rest)|here)"
    r"|in\s+(?:others|other states|other provinces|the rest),?\s+(?:they|it|he|she)\s+(?:(?:may|can|do|does|are|is|could)\s+)?(?:not\b|n't|cannot\b|can't\b))"
)
_FORBIDDEN_AFTER = re.compile(r"[^.;:,]{0,30}?\b(?:is|are)\s+(?:not\s+(?:allowed|permitted|legal|lawful)|(?:prohibited|banned|illegal|unlawful|barred|forbidden))\b")
_THEIR_THING = re.compile(r"\s+(?:referrals?|orders?|prescriptions?|notes?|approval|letters?|sign-off|supervision|oversight|recommendations?)\b")  # "with a physician referral"
_TALKED_OVER = re.compile(r"\b(?:discuss|discussing|talk|talking|speak|speaking|check|checking|raise|mention|consult|consulting|share|ask)\b")  # "discuss dry needling with your doctor"
_POSSESSIVE = re.compile(r"['’](?:s\b|(?!\w))")  # "with a doctor's order": the practitioner's thing, not the practitioner
NAMED_KINDS = {"PRV:physician", "PRV:therapist"}  # generic in the vocabulary, but a kind of practitioner a page names
_ALSO_BY = re.compile(r"\b(?:and|or)[ \t]+(?:(?:in|across)[ \t]+(?:many|most)[ \t]+(?:states|provinces|countries|clinics|hospitals)[ \t]*,?[ \t]+)?(?:also[ \t]+)?by[ \t]+(?:(?:a|an|the|our|your|their|its|licensed|certified|trained|one[ \t]+of)[ \t]+)*$")  # "... and by our physical therapists", "..., and in many states also by NPs" after a passive's first practitioner (not "in some states", a hedge of its own)
_OTHER_VERB = re.compile(r"(?<!,)(?<!, )(?<!\])(?<!\] )\bby\b")  # between a passive's practitioner and "and by ...": another verb's agent ("supervised by"), not the series' ", by anesthesiologists"
_FIRST_BY = re.compile(r"(?<=[\w)]) (?:by|from) (?:(?! (?:by|from) )[^;:.?!]){1,80}?,?[ \t]+(?:or|and)$")  # "acupuncture by a licensed acupuncturist (LAc) or" before another "by" (the nearest such "by")
_DEFINED_AS = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:is|are)\s+(?:an?\s+|the\s+)?(?:(?:licensed|certified|registered|board-certified|medical|specialist|specialized|specialised|kind\s+of|type\s+of)\s+){0,2}")  # a practitioner said to be a kind of another, named right after
_DENIED_IDENTITY = re.compile(r"\b(?:(?:am|is|are|was|were|['’]m|['’]re|['’]s)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(?:an?|the|one\s+of\s+(?:the|our|your))\s+)?(?:(?!(?:only|just|merely|simply|all|something|anything|what)\b)[\w-]+\s+)?$")  # "I'm not an acupuncturist and I don't offer ...": who the subject is not (not "It isn't only acupuncturists who ...")
_COPULA = re.compile(r"\b(?:is|are|was|were)(?:\s+not|n't)?\s+(?:an?\s+|the\s+)?(?:licensed\s+|certified\s+|trained\s+)?$")
_JOINED_VERB = re.compile(r"\b(?:and|but)\b")  # "... are not acupuncturists and do not offer ...": the subject's second verb
_GOVERNED = re.compile(r"\b(?:(?:supervision|direction|guidance|orders?) of|alongside|with|under|beside|for|to)\s+(?:(?:our|the|your|a|an|their|one of our)\s+)?$")  # a practitioner a preposition governs
_JOINED_VERB_AFTER = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|often|usually|sometimes|now)\s+)?(?:(?:does|do|did|can|could|will|would|may|might|should|must)(?:\s+not|n['’]t)?\s+(?:also\s+)?)?")
_ELIDED_SUBJECT = re.compile(r"\s*(?:(?:and|but|yet|or)\s+)?(?:(?:also|still|usually|often|never)\s+)?(?:does|do|did|can|cannot|could|will|would|may|might|must|should)(?:n't|\s+not)?\s+(?:not\s+)?[a-z]")  # a side that goes on without its subject
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[-*•·][ \t]+)?(?:(?:and|but|while|whereas|so|although|though) )?(?:(?:here )?(?:in|across|within|outside) (?:this|that|our|your|their|the|some|most|many|every|each|other|all) (?:states?|provinces?|countr(?:y|ies)|jurisdictions?),? |(?:for (?:[\w'’-]+ ){0,5}?|in (?:[\w'’-]+ ){0,2}?)[\w'’-]+,? (?=(?:they|he|she)\b(?![^,.;:]*,\s*(?:we|i|you|our|they|he|she)\b)))?(?:and |but |while |whereas |so |although |though )?(?:they|these (?:professionals|practitioners|providers|clinicians|therapists)|such (?:professionals|practitioners|providers)|he|she|(?:many|most|some|all|each|both|few|several|neither|none|either|plenty|a few|a lot|lots|every one|each one|every single one) of (?:them|these|those|us|ours)|(?:many|most|some|both|several|ours)(?= (?:also|now|still|often|even|can|may|will|do|use|offer|perform|provide|practi[cs]e|have|add|are)\b))\b")  # "Many also use IASTM", "plenty of them do ...", "Ours use ...", "- They do not ..." (a bullet)
_LIST_GAP = re.compile(  # between the items of one list: commas, "and", "with", "such as", what brackets or a short "with ..." say of an item, an aside ("and, in most states,"), a colon before the kinds ("soft tissue work: trigger point therapy, ..."); "..., but not the" ends one
    rf"(?:\s*\([^()]{{1,{BRACKET_CHARS}}}\)|\s+(?:with|who have|trained in|certified in)\s+(?:[\w-]+\s+){{0,3}}[\w-]+(?=\s*,|\s+(?:and|or)\s)|\s+like\s+(?:me|us|myself|ours)(?=\s*,|\s+(?:and|or)\s))?(?:\s*,?\s+(?:and|or)\s*,\s*(?!(?:but|except|unless)\b)(?:(?!(?:not|no|never)\b|[\w'-]*n't\b)[\w'-]+\s+){{0,4}}(?!(?:not|no|never)\b|[\w'-]*n't\b)[\w'-]+\s*,\s*|\s*,\s*(?:and |or |as well as |plus )?|\s+(?:and|or|nor|and also|as well as|plus|with|along with|together with|alongside|in addition to|combined with)\s+)(?:(?!(?:but|not|except|never|no|i|we|he|she|they|so|because|since|if|when|while|although|though|unless|yet|thus|therefore|hence)\b(?!-))[\w-]+\s+){{0,3}}"
    rf"|(?:\s*\([^()]{{1,{BRACKET_CHARS}}}\))?\s*,?(?:\s*(?:and|or)\s+(?:[\w-]+\s+){{0,3}}?)?,?\s*(?:such as|including|like|:)\s+"
)
_WHERE = r"\s+(?:on|over|along|around|into|to|of)\s+(?:the|a|an|your|their|each|every|any|those|these)\s+(?:[\w-]+\s+){0,2}[\w-]+"  # where a treatment is done: "on the trigger point", "of the spine"
_TREATED_GAP = re.compile(rf"(?:{_WHERE}(?:\s+and\s+[\w-]+(?=\s*,))?(?=\s*,|\s+(?:and|or)\s))?(?:{_LIST_GAP.pattern})")  # "ischemic compression on the trigger point, myofascial release, ...", "adjustments of the spine and extremities, ..."
_CELL_GAP = re.compile(rf"{_LIST_GAP.pattern}|[ \t]*(?:[;/•·&+|][ \t]*|\n\s*(?:[-*•·][ \t]+)?)(?:(?:and|or)\s+)?")  # a table cell lists on lines of their own ("<br>", "<li>") or with ";", "/", "•" too
_RESUMED_SUBJECT = re.compile(r"\b(?:but|and|while|yet|so)\s+(?:they|he|she)\b(?!.*\b(?:but|and|while|yet|so)\s+(?:they|he|she)\b)")
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:(?:even\s+)?(?:when|whenever|though)|although)\s+(?:they|he|she)\b(?!.*\b(?:when|though)\s+(?:they|he|she)\b)")
_RECORD_HEAD = re.compile(r"\s*(?i:practitioners?|providers?|professions?|professionals?|clinicians?|disciplines?|roles?)[ \t]*:")  # "Practitioner: Physiotherapist (Anna Kowalczyk, PT)"
_RECORD_FIELD = re.compile(  # "Does: dry needling, ...", "Does not: cupping", "Doesn't offer: ..." under it
    r"\s*(?i:(?:does|do|offers?|provides?|performs?|uses?|treatments?|services?|techniques?)(?P<denied>[ \t]+not|n['’]t)?(?:[ \t]+(?:do|offer|provide|perform|use))?)[ \t]*:"
)
_WHOLE_OF_IT = re.compile(r"\b(?:even|including|especially|not even)\b")  # "not ..., even for clients who are pregnant", "on anyone, including pregnant women": the whole of it denied
_PHRASE_END = re.compile(r";|\s(?:because|since|so that)\s|,\s*(?:but|which|who|so|and)\s")  # where the verb's own phrase ends: "cannot perform it, because needles near the chest wall ..." gives a reason
_OTHER_SUBJECT = re.compile(r"\b(?:that|which|who|whom|you|your|patients?|clients?|people|how)\b")  # a verb whose subject is someone else
_COMPOUND_MODIFIER = re.compile(  # "help with return-to-sport rehab", "gentle stretching", "things like dry needling", "custom night guards"
    r"\s*(?:(?:the|their|our|your|his|her|its|a|an|both|some|any|things like|such as|gentle|targeted|specific|simple|basic|regular|light|hands-on|custom|bespoke|\w+(?:-\w+)+)\s+){1,2}"
)
_KINDS_NAMED_BY = re.compile(r"\s*(?:(?:the|their|our|your|his|her|its|a|an)\s+)?(?:(?!(?:for|from|after|before|with|of|on|in|to|about)\b)[\w-]+\s+){0,2}(?:[\w-]+[ \t]*:|(?:work|care|therapy|therapies|techniques?|treatments?|methods?|modalities|services|approaches)(?:,?\s+(?:like|such as|including)))\s*")  # "stick to hands-on work: deep tissue massage, ...", "focus on hands-on work like trigger point massage": the kinds a word for them names
_AS_SIDE = re.compile(r"\s*as\s")
_DETERMINERS = re.compile(r"\s*(?:(?:the|their|our|your|his|her|its|a|an)\s+)?")
_LEFT_OBJECT = re.compile(r"\s*(?:(?:the|their|our|your|his|her|its|a|an|all|any)\s+)?(?:(?:longer|deeper|heavier|harder|hands-on|manual|actual|more|most|other|remaining|full|whole)\s+)?")  # "leaves the longer soft tissue work to Ana", "leaves full massage sessions to the RMTs"
_SIDE_BREAK = re.compile(r",(?=\s+(?:and|but|while|whereas|yet|as|nor)\s)")
_BRACKETED = re.compile(r"\([^()]+\)")
_WITHOUT = re.compile(r"\bwithout\s+(?:an?\s+|any\s+)?$")  # "treats back pain without surgery": not done
_KINDS_AFTER = re.compile(  # "physicians, mostly: ...", "advanced practice providers in our Pain Center:" before the kinds it means
    r"(?:[ \t]+(?:in|at)[ \t]+(?:our|the|this|a)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)?,?[ \t]*(?P<mostly>(?:mostly|mainly|usually|typically|generally|often)[ \t]*)?:[ \t]*(?:(?:our|the|your)[ \t]+)?(?=\S)")
_SET_ASIDE_END = re.compile(r"\s*(?:[.;:!?()\"”–—]|-\s|$|,\s*(?:under|in|at|within|because|since|so|which|who|and|but|for|to|with|on)\b|(?:for|in|at|on|under|to|with)\b)")  # "not acupuncture.", "not dry needling, under their own license" (not "not massage, as the first step")
_WHERE_DONE = re.compile(rf"{_WHERE}(?:\s+and\s+[\w-]+)?(?=\s*,)")  # "massage of the back and neck, not ..."
_EXCEPTED = re.compile(r"\b(?:except\w*|but not|other than|apart from|unless|not)\b")
_LATER_COLON = re.compile(r"[^:;.!?()]{1,80}?(?::|,[ \t]*(?:including|such as|for example|e\.g\.,?))[ \t]*(?:(?:our|the|your)[ \t]+)?")  # past the act to the colon or "including" before the kinds
_INCLUDING = re.compile(r"\s*,?\s*(?:including|such as|like|e\.g\.,?|for example,?)\s")
_NAMED_SUBJECT = re.compile(  # a noun before a passive's verb ("Tags are for PTs", "This form is for ..."), not a pronoun nor a word for the treatment ("The procedure is done by ...")
    r"\W*(?![^,;]*\b(?:this|that|these|those)\s*$)(?![^,;]*\b(?:it|they|these|those|which|each|both|either|neither|one|what|procedures?|treatments?|techniques?|therap(?:y|ies)|services?|sessions?|shots?|injections?|methods?|approaches?|care|visits?|appointments?|consult(?:ation)?s?)\b)"
    r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,7}\s*", re.IGNORECASE)
_ONE_PERSON_PRONOUN = re.compile(r"\b(?:he|she)$")  # a subject that stands for one person, not for several practitioners
_SUBJECT_LEAD = re.compile(r"[\W\d]*(?:(?:and|but|so|while|whereas|then|also|the|a|an|our|your|their|this|that|these|those|most|many|some)\s+)*", re.IGNORECASE)  # what may stand before a clause's subject
_OFFERED = re.compile(r"\b(?:offer|offers|provide|provides|perform|performs|practi[cs]e|practi[cs]es)\b")  # the act a later bare "do" may stand for
_SOME_OF_THEM = re.compile(r"\s*(?:(?:and|but|while|whereas|so|although|though)\s+)?(?:many|most|some|both|several|few|plenty|a\s+few|a\s+lot|lots)\b")  # a share of the practitioners before, not "They ... using them"
_RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\b")  # "some have patients who add it in": someone else's verb
_SITTINGS = re.compile(r"\s+(?:sessions?|visits?|appointments?|classes|consultations?)")  # between a treatment and "with" its practitioner: "pain psychology sessions with our psychologist"
_ECHO_LEAD = re.compile(r"\W*(?:(?:and|but)\s+)?(?:so|neither|nor)\s+(?:are|is|do|does|can|may|could|will)\s+(?:(?:the|a|an|our|your|their|most|many|some|all)\s+)?")  # "So can nurse practitioners."
_IT_SUBJECT = re.compile(r"\b(?:(it|that|this)(?:\s+|(?=['’]s\b)|$)(?:(?:is|was|has been|stays|remains|should be|must be|can be|may be|['’]s)\s+)?|(?P<plural>these|those)\s+(?:(?:are|were|have been|stay|remain|should be|must be|can be|may be)\s+)?)(?:(?:only|usually|best|always)\s+)?\S*\s*$")  # "so it stays with", "it's done by", "That's a chiropractor's job", "Those are done by"
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|this|that)\b")  # "others consider it outside ...": the phrase holds the treatment's pronoun
_EVERY_OBJECT = re.compile(  # the treatments named before, all of them: "either procedure", "both of these treatments"
    r"\s*(?:(?:either|both|neither|each|all)(?: of)?(?: these| those| the two| them)?|these|those|the two)"
    r"(?: (?:procedures?|treatments?|techniques?|therapies|therapy|services?|approaches?|ones?)\b|(?=\s*(?:[.,;:!]|$)))"
)
_BARE_DO = re.compile(r"do|does|did")
_DONE_HOW = re.compile(r"\s+(?:as|in(?! fact)|at|for|with|on|during|within|here|there|too|routinely|regularly|daily)\b")  # "does as part of a covered visit": "do" the verb, its object before it
_EVERY_SUBJECT = re.compile(r"\W*(?:these|those|both|either|all)(?:\s+(?:of\s+)?(?:them|these|those|one|two|treatments?|techniques?|therap(?:y|ies)|procedures?|services?|approaches?))?\s+(?:(?:are|is|can|may|might|will|should|must|be|usually|often|also|only|generally|typically|both|all)\s+)*")  # the subject of a passive that stands for the treatments before it
_STAND_IN_PRONOUN = re.compile(r"i|we")  # a speaker coreference.py says is a practitioner
_RELATIVE_LEAD = r"(?:(?:also|only|already|now|regularly|do\s+not|does\s+not|don't|doesn't|never|cannot|can't|can|may)\s+)?"  # what a relative clause's verb may follow
_RELATIVE_BEFORE = re.compile(rf"\b(?:who|that)\s+{_RELATIVE_LEAD}$")
_RELATIVE_ACT = re.compile(rf"\s*,?\s+(?:who|that)\s+(?P<act>{_RELATIVE_LEAD})")  # a relative clause's own words, from its verb's auxiliary
_MAIN_VERB_LATER = re.compile(r"\b(?:do|does|did|can|cannot|can't|may|must|should|will|won't|don't|doesn't|are|is|aren't|isn't)\b(?:\s+not\b)?\s+(?:(?:also|still|never|ever|[a-z]+ly)\s+)*[a-z]")  # the verb of the clause's own after the relative one
_PLACE_WORDS = re.compile(r"\s+in\s+(?:(?:this|that|our|your|their|the|some|most|many|other|every|all|a\s+few)\s+)?(?:state|states|province|provinces|country|countries|jurisdiction|jurisdictions|territory|territories)\b")  # "in our state", "in most states"
_DENIED_SO = re.compile(r"(?:(?:are|is)\s+not\s+(?:allowed|permitted|authori[sz]ed|licensed)\s+to|cannot|can't|may\s+not|must\s+not)\s+do\s+(?:so|it|this|that)(?=\s*(?:[.;!]|$)|\s*,\s*legally\b|\s+here\b|\s+(?P<where>in)\b|\s+under\s+(?:[\w'’-]+\s+){0,3}(?:law|laws|rules|regulations|statutes?)\b)")  # the main clause forbids the relative clause's own act, outright or by a place or law ("who dry needle are not allowed to do so in California"; not "cannot do it on broken skin", "... without training")
_THAN = re.compile(r"\bthan\s+(?:[\w'-]+\s+){1,3}$")
_OWN_VERB = re.compile(
    r"(?:['’](?:ll|ve|d|m|re))?(?:\s+(?:also|often|usually|sometimes|always|generally|typically|mostly|mainly|still|just|really|only|never|rarely|routinely|regularly|personally|can|could|may|might|will|would|should|do|does|did|not|no longer|(?:do|does|did|ca|wo|would|should|could)n['’]t|cannot|am|are|(?:allowed|permitted|licensed|authori[sz]ed|able|trained|qualified|certified)\s+to))*\s*"
)  # "I'll", "we can also", "I am not allowed to"
_SPEAKER_IS_ONE = re.compile(r"(?<!\bsuch\s)\bas\s+(?:(?:an?|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}$|\b(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}$")  # "as physical therapists, we ...", "Trained as a physio, I ...": the speaker is one
_SOMEONE_ELSE_ACTS = re.compile(rf"(?<!\band\s)(?<!\bor\s)\b(?:i|you|we)\b{_OWN_VERB.pattern}$")  # the verb's own subject, after the practitioner: "After you have seen the chiropractor I use cupping", "If your chiropractor refers you, we can offer ..." (not "Dr. Lee and I use ...")
_OWN_SERIES = re.compile(  # "we diagnose the cause, order tests, prescribe medication": the speaker's verbs in a series, no one else's between
    rf"{_OWN_VERB.pattern}[a-z]+\b(?:(?!\b(?:you|he|she|they|it|patients?|clients?|people|when|if|because|that|which|who|where|while|so|but)\b)[^.;:!?])*?(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_WHAT_ONE_DOES = re.compile(  # "Trigger point work is most of what I do", "Injections are not something we offer": the clause's subject is the act's object
    r"\b(?:is|are|was|were|(?P<denied>isn['’]t|aren['’]t|wasn['’]t|weren['’]t))\s+(?:(?P<not>not|never)\s+)?(?:(?:(?:all|most|much|part|the\s+(?:core|heart|bulk)|a\s+(?:big|large|huge|good)\s+part)\s+of\s+)?what|something|anything|one\s+of\s+the\s+(?:things|services|treatments|techniques|therapies))"
    r"\s+(?:(?:that|which)\s+)?(?:(?:our|the|my|your|their|many|most|some)\s+)?$"
)
_WHATEVER_THEY_DO = re.compile(r"\b(?!(?:is|are|was|were|that['’]s|it['’]s)\b)[a-z]+\s+what\s+(?:they|you|we|he|she|i)(?:['’](?:re|s|ll|ve|m))?\s+(?:(?:are|is|am|were|was|will|would|can|could|should|might)\s+)?$")  # "they'll change what they're doing": no act named (not "That's what they do")
_KNOWN_FOR = re.compile(r"\bknown\s+for$")  # "Cupping is not something chiropractors are known for": not whether they do it
_IT_OPENS = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:it|this|that)\s+")  # a clause whose subject is "it": "so it isn't part of what I offer"
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!)]|$)")
_NEITHER_BEFORE = re.compile(r"\bneither\s+(?:(?:our|the|your|their|a|an)\s+)?$", re.IGNORECASE)
_THEM = re.compile(r"\s*(it|them|these|those)\b")
_THE_SERVICE = r"\s*the (?:treatment|procedure|service|therapy|technique)s?"  # a treatment named by its kind of thing
_THE_TREATMENT = rf"{_THE_SERVICE}(?={_CLAUSE_END.pattern})"  # "when a licensed acupuncturist performs the treatment." as "performs it"
_ASKED_FOR = re.compile(r"\b(?:referrals?|prescriptions?|orders?|notes?|letters?|approvals?|authori[sz]ations?|requests?)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}$")
_COMPARED = re.compile(r"\s*(?:(?:but|and|while)\s+)?(unlike|like|compared (?:with|to)|besides|as with|apart from|aside from|other than|outside(?: of)?|beyond|rather than|instead of)\b[^,;]*,")  # "Unlike acupuncture, ...": not what "it" is
_OTHERS_THAN = {"unlike", "rather than", "instead of"}
_ADDED = re.compile(r"\s*(?:(?:and|but)\s+)?(?:alongside|as well as|in addition to|besides|on top of)\b[^,;]*,")  # "Alongside massage, our myotherapists use ...": done too
_CONTRASTED_ACT = re.compile(r"\b(?:also|only|can|may|will|cannot|can't|won't)\b")  # "Unlike MTs, chiropractors can also adjust ...": what the others cannot (not "... use it to release trigger points rather than ...")
_NOT_AFTER_DO = re.compile(r"\s+(?:not|never)\s+")
_PRESCRIBE = re.compile(r"prescribe\b")
_ITEM_AFTER_LEAD_IN = re.compile(r"\s*:\s*\S")  # a lead-in's colon, then the list item it introduces
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though\b(?!\s*(?:[,.;!?]|$)))\b")  # where a clause's other side begins (not a closing ", though,": an adverb)
_NEXT_VERB = re.compile(r"\s(?:or|and|nor)\s+(?:(?P<pronoun>i|we|he|she|they)(?:'ll|'d|'ve)?\s+)?(?:(?:also|not|never|can|cannot|can't|will|won't|may|do|does|don't|doesn't)\s+){0,3}$|,\s+$")  # the second of two verbs that share their practitioners ("prescribe medication, give injections and ...", "I fit night guards and I teach jaw stretches", not "She does dry needling and I do the massage side")
_VERB_OF_IT = re.compile(r"[\w-]+\s+(?:it|them|this|these|those)\b")  # "... and offer it as an add-on": the first verb's object again
_WHETHER = re.compile(r"\bwhether\b[^,;.!?]*$")  # a verb inside the same clause's "whether ..."
_WITH_GAP = re.compile(r"\s*,?\s+(?:[\w-]+\s+){0,2}?(?:with|alongside|along with|together with|as well as|in addition to|plus|and|or):?\s+(?:(?:the|a|an|your|our|their)\s+)?")  # "combine it with: - soft tissue massage", a list item read with its lead-in
_THE_TREATMENT_AS_IT = re.compile(_THE_TREATMENT)
_THE_OBJECT = re.compile(rf"{_THE_SERVICE}\b(?!\s+(?:of|for|called|named|known|which|that|plans?)\b)")  # "provides the treatment as part of a plan of care": the verb's object
_RELATIVE_CLAUSE_SUBJECT = re.compile(r"\b[a-z][\w-]*\s+(?:that|which)\s+(?:(?:(?:(?:do|does|did)\s+not|(?:do|does|did)n['’]t|never)\s+(?:involve|include|use|need|require|rely\s+on)|avoids?)\s+(?:[^.;:!?]{0,60}?(?:,|\bor\b|\band\b|\bnor\b)\s+)?)?$")  # a noun and its relative pronoun right before a treatment: "needles that dry needling uses", "treatments that do not involve surgery"
_ANSWER_WORD = re.compile(r"\s*(?:yes|yeah|yep|no|nope|absolutely|definitely|certainly|of course)\b")  # an answer that opens by answering the question: its "it" is what the question names
_OTHERS_ACT = re.compile(r"\b(?:you|patients?|clients?|people|athletes?|customers?|members?|children|kids)\s+(?:who|that)\b")  # "some have patients who add it in": their verb, not the practitioners'
_REDUCED_RELATIVE = re.compile(r"\b(?:same(?:\s+(?!(?:way|day|days|week|weeks|month|time|times|visit|session|appointment|as)\b)[\w'-]+){0,3}|kind|kinds|type|types|sort|needles?|tools?|ones?|techniques?|equipment|cups)\s+(?:(?:that|which)\s+)?(?:(?:most|many|some|all|our|the)\s+)?$")  # "the same kind (that) acupuncturists use", "the same thin filaments acupuncturists use": the verb's object is the noun before them
_IT_OBJECT = re.compile(r"\s*it\b")  # the verb's object is "it" (not "them", "one", a clause end)
_IT_JOINED = re.compile(r"\s*it\s+(?:alongside|along\s+with|together\s+with|and|as\s+well\s+as|plus)\s")  # "use it alongside splinting": "it" and the treatments named after it (not "with": "combine it with cupping" names what it is combined with)
_PRONOUN_OBJECT = re.compile(rf"\s*(?:(?:you|me|us|him|her|patients|clients)\s+)?(?:(?:most|many|some|all|a few|several|each) of )?(?:it|them|these|those|one(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in|on|if|when|during|after|before|for|today|now|too|as|and|or|but|there|here|right|with|straight|first|next|soon|later|again)\b))\b|\s*(?:this|that)\b(?!\s+(?:name|names|term|terms|word|words|label|labels|phrase|title|request|requests|form|forms|paperwork|call|claim|bill|referral|appointment|question|step|process|approval|authorization|letter|note|part|decision|assessment|screening|exam|evaluation|test|check)\b)|{_THE_TREATMENT}|\s*(?:[.,;:!]|$)")  # "do that routinely", "give most of them", "give you one", not "use that name", "handles that request", "give you one-on-one attention", "one of our forms"
_ELLIPTICAL = re.compile(  # "..., but physical therapists are", "PTs, MDs and acupuncturists can(, with the right training)", "and (in some states) so can nurse practitioners who've trained", "as may acupuncturists", "and neither does our massage therapist", "Physicians are allowed to"
    r"\s*(?:(?:and|but|while|whereas|yet) )?(?:(?:[\w' ,-]+ )?(?:(?:are|is) (?:also )?(?:allowed|permitted|able|licensed|authori[sz]ed) to|(?:are|is|do|does|can|may|could|will|did))(?: not| too| also| as well)?"
    r"(?: (?:in|across) (?:some|most|many|a few|several|certain|all|every) (?:us |u\.s\. |other )?(?:states?|provinces?|countries|places|areas|jurisdictions)(?: (?:and|but) not (?:in )?others)?)?"  # "Chiropractors can in some states and not in others"
    r"|(?:(?:in|across) (?:some|most|many|a few|several|certain|other) (?:us |u\.s\. )?(?:states|provinces|countries|places|areas|jurisdictions),? )?(?:so|as|neither|nor) (?:are|is|do|does|can|may|could|will) (?:dr\. )?[\w' ,-]+?(?: (?:who|that)\b[\w' ,-]*)?)"  # "and neither does Dr. Hannah Greer, our chiropractor"
    r"(?:\s*,?\s+(?:with|after|given)\s+[\w' -]{0,30}?(?:training|certification|certificates?|courses?|education|credentials?|supervision))?\s*[.;,]?\s*$"  # "..., with the right training"
)
_DENIED_TO = re.compile(  # "States do not allow massage therapists to ...", "The law prohibits chiropractors from ...": the act is denied them
    r"\b(?:(?:(?:do|does|did|will|would|may|can|could)(?: not|n't)|cannot|never|no longer) (?:allow|permit|let|authori[sz]e|license)|(?P<forbids>prohibits?|forbids?|prevents?))\s+(?:[\w-]+\s+){0,2}$"
)
_PAST_THE_PHRASE = re.compile(r"\d|\b(?:when|if|unless|because|after|before|while|once|until|per)\b")  # "limited to 12 visits when your chiropractor ...": not whom it names
_CORRECTION = re.compile(r",\s+not\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,")  # ", not this program,": what the sentence sets right, no denial of its act
_NONE_OF = re.compile(r"\b(?:(?:none|neither|not one) of\s+(?:[\w-]+\s+){0,2}|no\s+(?:(?:other|licensed|registered|certified)\s+)?)$")  # "none of our chiropractors offer it": denied them
_NOT_EVERY = re.compile(r"\bnot\s+(?:all|every)(?:\s+(?:one\s+)?of)?\s+(?:(?:our|the|your|these|those)\s+)?$")  # "Not every physio here does it": denied, as the gold sets read it (8 of 8)
_FRONTED_CONDITION = re.compile(  # "If you need dry needling, ...", "If you'd like to try acupuncture, ...", "For acupuncture, ...": what someone wants done (not "When massage does not help, ...")
    r"\s*(?:(?:if|when|whenever)\s+(?:you|patients?|clients?|they|someone|a patient|a client|a caller|callers|a member|members)(?:['’]d)?\s+(?:\w+\s+)?"
    r"(?:need|needs|want|wants|would like|like|prefer|prefers|are looking for|is looking for|would benefit from|could benefit from|ask for|asks for)\b"
    r"(?!\s+to\s+(?:avoid|stop|reduce|skip|prevent|cut|quit|delay|come off|get off)\b)[^,]{0,80}|for\b[^,]{1,60}),"
)
_FOR_THAT = re.compile(r"\s*(?:(?:if|when)\s+(?:(?:we|i|they|your\s+\w+)\s+(?:think|feel|decide|believe|find)\s+)?(?:you|patients?|clients?|they|someone)\s+(?:\w+\s+)?(?:need|needs|want|wants|would like|prefer|prefers)\s+(?:(?P<one>it|that|this|one)|them|those)\b[^,]{0,40},|for\s+(?:that|this|those|these|them|it)\b,?)\s*")
_FOR_IT = re.compile(r"\s*(?:(?P<one>that|this|it)|them|those|these)\s*[.;!]?\s*$")  # "I'll refer you to a physio colleague for that."
_QUALIFIED_IN = re.compile(r",?\s+(?:who\s+(?:is|are)\s+)?(?:certified|trained|qualified|credentialed|experienced|skilled|speciali[sz]ed|speciali[sz]ing)\s+in\s+")  # "a physical therapist certified in dry needling"
_NOT_DONE = re.compile(r"(?:\b(?:not|never|cannot|no longer)|n't)\s+(?:[\w-]+\s+)?(?:(?:need|have|want|got)\s+to\s+)?$")  # "we do not refer patients to ...", "you don't need to see a doctor for ...": says nothing of what they do
_NOT_BY = re.compile(r"(?:\s*\([^()]{1,40}\)|\s+(?:in|at|on|from)\s+(?:the|our|a|an|your|their)\s+[^,.;:()]{1,40}?)?\s*,?\s*(?:and\s+|but\s+)?(?:never|not)\s+(?:by\s+)?(?:(?:the|a|an|our|your|any)\s+)?")  # "given by doctors in the pain clinic, not by physiotherapists"
_LABEL_END = re.compile(LABEL_SEPARATOR + r"|(?P<comma>,\s+for\s+(?!example\b|instance\b))")  # a label's end, or a list's "Chiropractors, for adjustments and soft tissue work"
_ITEM_END = re.compile(r"[\s.;*_]*")
_LABEL_EDGE = re.compile(r"\s*(?:[-*•·]\s*)?[*_]*(?:(?:all|most|many|some|our|the|licensed|registered)\s+)?")
_PERSON_LEAD = re.compile(r"(?-i:(?:Dr\.?|Dr\.? [A-Z][\w.'’-]*) [A-Z][\w'’-]+|[A-Z][a-z][\w'’-]* [A-Z][a-z][\w'’-]+(?: [A-Z][a-z][\w'’-]+)?)(?:,\s*|\s*\(\s*)")  # a person's name before what they are: "Dr. Kessling (", "Noor Haddad, "
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_LABEL_TAIL = re.compile(r"[*_]*(?:\s*\([^()]{1,60}\))?[*_]*\s*")  # "**Chiropractors** (Dr. Raman and Dr. Ellison):", "**Physical therapists** – ..." (its markup read as spaces)
_PLAIN_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_SERIES_GAP = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as|plus)\s+)(?:other\s+)?")  # "trigger point release and other manual therapy from a PT"
_OWNED = re.compile(r"\s+(?:(?:from|by|that|which|given by|done by)\s+)?(?:(?:a|an|the|our|your|their|his|her|my)\s+)?")
_WHICH_ONES = re.compile(r",\s*(?:most often|most commonly|mainly|mostly|especially|particularly|usually|typically|often|including)\s|\s+like\s+(?:me|us|myself)\b")
_HEDGED_ITEM = re.compile(r"\b(?:sometimes|occasionally|perhaps|possibly|maybe|may|might|can|could|in some cases|often|usually|typically)\b")
_LIMITING = {"limit", "limits", "limiting", "restrict", "restricts", "restricting"}
_LEFT = re.compile(r"\b(leave|leaves|leaving|left|limit|limits|limiting|restrict|restricts|restricting)\s+")  # "they leave spinal adjustments to Dr. Pike", "others limit it to physical therapists"
_NAME_THEN_KIND = re.compile(r"(?:dr\.?\s+|doctor\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*,\s*(?:(?:our|the|a|an|their)\s+)?(?:[\w-]+\s+){0,2}")  # a person, then the kind they are ("dr. pike, our")
_VERB_NEXT = re.compile(  # a verb right after a practitioner: the list has ended and a clause begins ("... and our physical therapists handle exercise")
    r"\s+(?:(?:also|then|usually|often|now|all|both|only)\s+)?(?:do|does|did|don't|doesn't|can|cannot|can't|may|might|will|won't|would|must|should|are|is|were|was|have|has"
    r"|handle|handles|give|gives|offer|offers|use|uses|take|takes|provide|provides|see|sees|treat|treats|manage|manages|run|runs|perform|performs|follow|follows)\b")
_NOT_HANDED = re.compile(r"\s*(?:['’]s\b|to\s+(?!(?:perform|do|give|provide|handle|carry)\b)\w)")  # "... to your physician to decide", "to your physician's judgement" (not "... to perform")
_OWN_PHRASE = re.compile(r".*\b(?:and|but|so)\s+(?=(?:[\w']+\s+){0,2}$)")  # the conjunction that opens a verb's own phrase: "... and leave", "... but might leave"
_SAYS_WHAT_THEY_ARE = re.compile(r"\s*(?:(?:and|but|so) )?(?:several|many|most|some|all|both|two|three|four|a few)(?: of (?:them|these|those|us))? (?:are|were)\b")  # some of the practitioners just named
_PRONOUN_BEFORE_VERB = re.compile(r"\b(?:they|he|she)\s+(?:(?:usually|always|often|generally|now|also)\s+)?$")  # "At Riverbend, they leave ..."
_TO_SOMEONE = re.compile(r"\s+to\s+(?:(?:the|our|your|a|an|one of (?:our|the))\s+)?")
_OPENING_QUOTES = "\"“”' \t"
_APPOSED_NAMES = re.compile(r"\s*,\s*(?:Dr\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:(?:\s*,\s*|\s+and\s+)(?:Dr\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,3}(?=\s*,)")  # the people a kind names
_ASIDE_CLOSED = re.compile(r"\s*,")  # the end of an aside: "Our PTs, not our chiropractors, do ..."
_NEXT_SIDE = re.compile(r",\s*(?:and|but|unless|while|although|though|so|because|if|when)\b|;")
_RELATIVE = re.compile(r",?\s+(?:which|that)\s+(?:(?:(?:none|neither|few|one|some|many|most|all) of\s+)?(?:a|an|the|our|your|their|most|many|some|all|no)\s+)?$")  # "cupping, which none of the PTs here offer"
_MODIFIER = re.compile(r"\s+(?:plans?|programs?|programmes?|clinics?|offices?|practices?|departments?|teams?|benefits?|coverage)\b")  # "a physical therapy plan of care": a kind of plan, not the act
_SCOPE_SIDE = re.compile(r"\b(?:within|inside|outside|beyond|part of)\b[\w ]*$")  # "... outside the chiropractic scope": which side of a scope
SCOPE_SIDE_CHARS = 30
_OWN_PRACTICE = re.compile(r"\b(?:our|your|their|his|her|my|a|an|this|that)\s+$")  # "inside our dental practice": a business, not a scope
ROW_KEY_WORDS = 6  # a row's first cell that names who (or what) the row is about: "Physiatrist (MD or DO)", not a paragraph
CELL_WORDS = 40  # a cell that lists what a practitioner does, not a page laid out in a table
CELL_LEAD_WORDS = 2  # words a cell's list may follow: "Performs injections", "Only chiropractors"
_DOING_COLUMN = re.compile(r"\b(?:uses?|provides?|offers?|performs?|does|do|gives?|practi[cs]es?|treats?)\b")
_TYPICAL = frozenset(("commonly", "usually", "typically", "generally", "normally", "mostly", "often", "routinely"))  # a column's "Commonly uses": the row's usual practice
MODALS = frozenset(("can", "may"))  # "What they may do", "Can perform": ability and permission, not hedges
_SPEAKER_STAND_INS = frozenset(("i", "we", "my"))  # the words coreference.stand_ins makes a speaker's practitioner mention of
_RELATIVE_AFTER_NAMES = re.compile(r"\s+(?:who|that)\b")
_BASED_ON = re.compile(r"\b(?:based|rooted|grounded|founded)\s+(?:on|in)\s+(?:the\s+)?$|\b(?:derived|drawn)\s+from\s+(?:the\s+)?$")
_TOOL = re.compile(r"\b(?:roller|rollers|ball|balls|gun|guns|cane|canes|stick|sticks|tool|tools|device|devices|massager|massagers|hook|hooks)$")
_WHO_DOES = re.compile(  # "who" as the subject of the verb after it: "Who gives ...?", "Who on your team can do ...?" (not "Who do I see for ...?")
    r"\W*(?:(?:and|so|but|then|ok|okay)\W+)?who(?:\s+(?:on|in|at|from)\s+(?:your|the|our|this)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|clinic|practice|office))?(?:\s+here)?"
    r"(?:\s+(?:(?:is|are)\s+(?:allowed|permitted|able|licensed|trained|qualified|certified)\s+to|can|could|will|would|should|may|might|usually|actually|typically|normally|generally|legally|else|exactly|be|is|are|(?:has|have)\s+to)|['’]s\s+(?:allowed|permitted|able|licensed|trained|qualified|certified)\s+to)*\s+")
_NEGATION = re.compile(r"\b(?:not|never|cannot)\b|n['’]t\b")
_OBJECT_REFERRED = re.compile(r"\s*(?:it|them|this|that|these|those|the (?:treatment|procedure|injections?|shots?|needling|sessions?|therapy))\b")  # "Who does it here?": the page's treatment
_ONE_OF_THE_FOLLOWING = re.compile(  # a lead-in whose list says who: "one of the following:", "Several kinds of practitioners use myofascial techniques:"
    r"\b(?:one|any|either|each) of (?:the following|these|them)\b|\bthe following (?:practitioners|providers|professionals|clinicians)\b"
    r"|\b(?:several|many|various|different|a few|some|these|two|three|four|five) (?:kinds|types|groups) of (?:practitioners|providers|professionals|clinicians|therapists)\b")
_ANSWER_LEAD = re.compile(  # before the practitioners an answer to "Who gives them?" names: "Only our", "Here it's our two", "Most are", "In Iowa,"
    r"[\W\d]*(?:(?:only|mostly|mainly|usually|typically|generally|normally|always|either|both|just|here|(?:in|at|on)\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s*,)\s*)*"
    r"(?:(?:it['’]s|it\s+is|that['’]s|that\s+is|(?:it|that|this|they)\s+(?:may|might|will|would|could|can)\s+be|they['’]re|they\s+are|these\s+are|(?:most|all|both|many)\s+(?:of\s+(?:them|us)\s+)?are|us|we)\s*,?\s*)?"
    r"(?:(?:only|mostly|usually|typically|generally|either|both|just|all|most|many|some|two|three|four|five|one|several)\s+(?:of\s+)?)*"
    r"(?:(?:our|the|your|a|an|any|their)\s+)?(?:(?:two|three|four|five|\d+)\s+)?(?:(?:licensed|certified|registered|trained|qualified|board-certified|experienced|senior|staff|in-house)\s+)*"
)
_KINDS_LEAD = re.compile(  # a clause that goes on to name kinds of the practitioners before: "Most are", "Our injecting physicians are usually"
    r"\W*(?:(?:most|many|some|all|both)(?:\s+of\s+(?:them|these|those|ours))?|they|these|(?:our|the|your)\s+(?:(?!other\b)[\w-]+\s+)?(?:physicians|doctors|clinicians|specialists))"
    r"\s+(?:are|include)(?:\s+(?:usually|mostly|typically|generally|often|mainly))?\s+")
_PRONOUN_BEFORE = re.compile(r"\b(?:get|gets|getting|receive|receives|receiving|have|has|having|book|books|booking)\s+(?:it|them)$")  # "you can get it from one of our massage therapists": what is asked, received from its practitioner (not "a referral for it from your doctor")
_PRACTITIONER_SERIES = re.compile(  # "by a PT, chiropractor, acupuncturist or MD", "physical therapists and, in some states, chiropractors"
    rf"(?:\s*\([^()]{{1,{BRACKET_CHARS}}}\))?(?:\s*,\s*(?:(?:and|or|as well as)\s+)?|\s+(?:and|or|as well as|plus)(?:\s+|(?=,))|,?\s+not\s+just\s+)"
    r"(?:,?\s*(?:in|across)\s+(?:some|many|most|certain|a few)\s+(?:us\s+)?(?:states|provinces|countries|places)\s*,\s*)?"
    r"(?:(?:a|an|the|our|your|their|any|some|many|most|other|licensed|certified|registered|qualified|trained|board-certified)\s+)*")
_NAMES_GAP = re.compile(rf"{_PRACTITIONER_SERIES.pattern}(?:(?:dr\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,\s*(?:our|the|a|an|your)\s+)?")  # "..., or Priya Nair, our ..."
_ESPECIALLY = re.compile(r",\s*(?:especially|particularly|mostly|mainly|most often|most commonly|usually|typically)\s+(?:(?:our|the|your)\s+)?")
_ANSWER_TAIL = re.compile(r"(?:\s*\([^()]*\))?(?:\s*(?:[,.;:!)]|$)|\s+(?:with|who|that|trained|certified|licensed|qualified|registered|in|at|on|from|under|depending|only|here|mostly|usually|too|also)\b)")
_FINITE = re.compile(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:will|can|could|may|might|must|should|would|do|does|did|is|are|was|were|has|have|had|am)\b")  # a verb of its own: "A physical therapist will assess you first" names no one who gives them


@dataclass(frozen=True)
class Relation:
    providers: tuple[str, ...]
    treatments: tuple[str, ...]
    relation: str  # performs | may_perform | does_not_perform


@dataclass
class Context:
    """What a clause's pronouns refer to: the last practitioners named, the treatment asked about."""
    providers: tuple[str, ...] = ()
    treatment: str | None = None
    asked: bool = False  # the question names its treatment ("Can my PT do dry needling?"): what "it" is after "Yes,", whatever a clause before spoke of
    last: Relation | None = None  # the relation of the clause before, for "but physical therapists are"
    last_named: tuple[str, ...] = ()  # its treatments as named ("injections"), for a denial that echoes it
    named: tuple[str, ...] = ()  # every treatment the relations before named, for "do not perform either procedure"
    mentioned: tuple[str, ...] = ()  # every treatment the last clause that named one named, in a relation or not: "Massage and MFR. These are done by ...", "... can provide either one"
    topic: str | None = None  # the page's treatment: "the injections" a question names on a page about trigger point injections
    permission: bool = False  # the question asks what the law or a scope allows: "may" in its answer grants ("Chiropractors may use IASTM")
    answering_who: bool = False  # the clause opens the answer to "Who gives them?" (or completes its opening "one of the following:"): practitioners named alone are who
    named_before: bool = False  # the clause before named a practitioner: a side after "but" that lacks its subject means them
    some_places: bool = False  # the relation before holds in some places ("In some states chiropractors may ..."): "in others they may not" denies it
    last_treatment: str | None = None  # the treatment the last clause with one as its subject named, with or without a practitioner: what "it" is
    last_mentioned: str | None = None  # the last treatment a clause named anywhere: what "that" is ("What we don't do is spinal manipulation. That's ...")
    clause_before: tuple[str, ...] = ()  # the treatments the clause just before named, none if it named none: what "those" are ("I don't give injections. Those are done by ...")
    related: bool = False  # the clause before stated a relation
    offered: tuple[str, ...] = ()  # the treatments the clause before's act was done to, by no one it named ("We don't offer cupping here")
    person: tuple[str, ...] = ()  # the practitioner the last one person named was ("Inès", "a physical therapist"): what "he" and "she" are, not "the physiotherapists"
    several_last: bool = False  # the last practitioners named were several ("which our physiotherapists don't use"): not whom a "she" after them means
    record: tuple[str, ...] = ()  # the practitioners a record's head line names ("Practitioner: Chiropractor"), when the clause is one of its "Does:" and "Does not:" lines (record_practitioners)


@dataclass(frozen=True)
class _Phrase:
    regex: re.Pattern
    voice: str  # active (practitioner first), passive (treatment first), adjacent ("X by a Y"), referral ("refer you to a Y for X")
    reach: str  # "next": only a treatment right after the phrase ("focus on spinal manipulation"; of an adjacent one, only a practitioner), else a list anywhere after it
    object: str | None  # the treatment the verb itself names ("inject")
    polarity: str


@cache
def _phrases() -> tuple[_Phrase, ...]:
    return tuple(_Phrase(re.compile(_spaced(r["pattern"])), r["voice"], r["reach"], r["object"] or None, r["polarity"]) for r in read_rows("performs.csv"))


def _spaced(pattern: str) -> str:
    """A phrase's spaces as runs of them, as a hard-wrapped line with a trailing space reads once
    normalised ("focus \non exercise" is "focus  on exercise"); not a space inside a character class
    or a lookbehind, nor one a quantifier follows."""
    out, depth, lookbehinds, in_class, escaped = [], 0, [], False, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i):
                lookbehinds.append(depth)
        elif char == ")":
            if lookbehinds and lookbehinds[-1] == depth:
                lookbehinds.pop()
            depth -= 1
        elif char == " " and not lookbehinds and pattern[i + 1:i + 2] not in ("?", "*", "+", "{"):
            out.append(" +")
            continue
        out.append(char)
    return "".join(out)


@cache
def scope_fields() -> tuple[str, dict[str, str]]:
    """The fields of pipeline/data/scope_fields.csv as one alternation (longest first, a field of two
    words hard-wrapped too), and each field's practitioner: for relations and for coreference.py."""
    fields = {row["field"]: row["provider"] for row in read_rows("scope_fields.csv")}
    return "|".join(re.escape(field).replace(r"\ ", r"\s+") for field in sorted(fields, key=len, reverse=True)), fields


@cache
def _scope_fields() -> tuple[re.Pattern, dict[str, str]]:
    names, fields = scope_fields()
    return re.compile(  # "massage scope", "chiropractic practice." (not "the dental practice next door", "massage practice hours"), "the practice of massage"
        rf"\b(?P<field>{names})\s+(?:scope\b|practice\b(?=\s*(?:[.,;:!?)]|$|\s+(?:act|acts|in|of|anywhere|everywhere|here|there|and|or|when|if|unless|under|as|but)\b)))"
        rf"|\b(?:scope|practice)\s+of\s+(?P<of>{names})\b"
    ), fields


def _scope_practitioners(s: str, low: int, high: int, entities: list[ENTITY]) -> list[ENTITY]:
    """A scope of practice named by its field ("outside the chiropractic scope of practice", "within
    the practice of massage") stands for the field's practitioners (pipeline/data/scope_fields.csv)."""
    if s.find("scope", low, high) < 0 and s.find("practice", low, high) < 0:
        return entities  # most clauses: no scope named
    pattern, fields = _scope_fields()
    found = []
    for match in pattern.finditer(s, low, high):
        group = "field" if match.group("field") else "of"
        if _SCOPE_SIDE.search(s, max(low, match.start() - SCOPE_SIDE_CHARS), match.start()) and not (group == "field" and _OWN_PRACTICE.search(s, low, match.start())):
            found.append((*match.span(group), "PROVIDER", fields[match.group(group)]))
    if not found:
        return entities
    return sorted([e for e in entities if not any(e[0] < f[1] and f[0] < e[1] for f in found)] + found)


def _list(s: str, entities: list[ENTITY], forward: bool, others: list[ENTITY] = (), gap: re.Pattern = _LIST_GAP) -> list[ENTITY]:
    """The one list next to a verb: its first item and those joined to it by commas and "and"/
    "or" ("IASTM, kinesio taping and sports massage"), not what a later clause names; a gap that
    names someone else (`others`: "..., and chiropractors offer cupping") ends it."""
    first, last = (min(e[0] for e in entities), max(e[1] for e in entities)) if entities else (0, 0)
    brackets = [m.span() for m in _BRACKETED.finditer(s, max(0, first - BRACKET_CHARS), last + BRACKET_CHARS)]
    ordered = [e for e in entities if not any(a < e[0] and e[1] < b for a, b in brackets)]  # "NPs" of "nurse practitioners (NPs)", "(rehabilitation physicians)": said of an item, no item
    ordered = ordered if forward else ordered[::-1]
    kept = ordered[:1]
    for item in ordered[1:]:
        low, high = (kept[-1][1], item[0]) if forward else (item[1], kept[-1][0])
        if not (gap.fullmatch(s, low, high) or s[low:high] == " ") or any(low <= o[0] and o[1] <= high for o in others):  # a space: words of one item ("exercise rehabilitation")
            break
        if forward and any(o[0] >= item[1] and _OWNED.fullmatch(s, item[1], o[0]) for o in others):
            break  # "dry needling alongside trigger point injections from our physicians": someone else's
        kept.append(item)
    return kept if forward else kept[::-1]


def _specified(text: str, s: str, practitioners: list[ENTITY], entities: list[ENTITY]) -> list[ENTITY]:
    """Each practitioner, or the kinds of them its brackets list ("physicians (physiatrists, pain
    medicine doctors and some orthopedists)", "(such as physiatrists)") or "such as" introduces
    ("physicians, such as GPs and rheumatologists"); a bracket that names one kind says what the
    item is ("physiatrists (rehabilitation physicians)"), and credentials what they hold
    ("physicians (MD or DO)")."""
    found = []
    for practitioner, following in zip(practitioners, [*practitioners[1:], None]):
        if following and _broad(practitioner[3]) and (_INCLUDING.match(s, practitioner[1]) or ((kinds_next := _KINDS_AFTER.match(s, practitioner[1])) and not kinds_next.group("mostly"))) and _kinds_of((practitioner[3],), (following[3],)):
            continue  # "physicians, such as GPs and rheumatologists", "physicians: physiatrists and ...": the kinds it introduces
        bracket = _BRACKETED.match(s, practitioner[1] + (s[practitioner[1]:practitioner[1] + 1] == " "))
        inside = [e for e in entities if bracket and bracket.start() < e[0] and e[1] < bracket.end() and e[2] == "PROVIDER" and not _generic(e[3]) and not text[e[0]:e[1]].rstrip("s").isupper()]
        listed = inside[:1] + [e for before, e in zip(inside, inside[1:]) if _LIST_GAP.fullmatch(s, before[1], e[0])]  # (_list leaves out what is in brackets)
        found += listed if len(listed) > 1 or (listed and _INCLUDING.match(s, bracket.start() + 1)) else [practitioner]
    broad = [e for e in practitioners[-1:] if _broad(e[3])]
    for e in entities:  # "physicians and advanced practice providers": broad words the list goes on with
        if broad and e[0] > broad[-1][1] and e[2] == "PROVIDER" and _broad(e[3]) and _LIST_GAP.fullmatch(s, broad[-1][1], e[0]):
            broad.append(e)
    colon = _KINDS_AFTER.match(s, broad[-1][1]) if broad else None
    later = _LATER_COLON.match(s, broad[-1][1]) if broad and not colon else None  # "Only physicians give trigger point injections at the center: our physiatrists ...", "Physicians give them, including physiatrists and ..."
    after = colon or (later if later and not _EXCEPTED.search(s, broad[-1][1], later.end()) else None)  # not "..., with one exception: radiologists"
    kinds = [e for e in entities if after and e[0] >= after.end() and e[2] == "PROVIDER" and not _generic(e[3])]
    if kinds and kinds[0][0] == after.end() and not any(broad[-1][1] <= e[0] < after.end() and e[2] == "PROVIDER" for e in entities):
        listed = _list(s, kinds, forward=True)
        named = _kinds_of(tuple(e[3] for e in broad), _providers(s, listed))
        if named and not _VERB_NEXT.match(s, listed[-1][1]):  # "given by physicians, mostly: physiatrists like me, ...": those kinds (not "physicians: our massage therapists do not give them", a clause of its own)
            found = found if colon and colon.group("mostly") else [e for e in found if not _broad(e[3])]  # "given by physicians and advanced practice providers in our Pain Center:" then which: those, not the broad
            found += listed
    return found


def _left_to(text: str, s: str, low: int, high: int, entities: list[ENTITY], context: Context) -> tuple[list[tuple[int, Relation]], list[ENTITY]]:
    """"They leave spinal adjustments to Dr. Pike", "I leave it to physiotherapists": those named
    after "to" do it, the subject does not (not "leave the cups on for ten minutes"); and who they are."""
    for left in _LEFT.finditer(s, low, high):
        treated = [e for e in entities if left.end() <= e[0] and e[1] <= high and e[2] == "TREATMENT"]
        if treated and _LEFT_OBJECT.fullmatch(s, left.end(), treated[0][0]):
            listed = _list(s, treated, forward=True)
            treatments, after = _treatments(s, listed), listed[-1][1]
        elif (them := _THEM.match(s, left.end()) or _THE_OBJECT.match(s, left.end())) and (context.last_named or context.treatment):  # "limit it to", "limit the technique to"
            treatments, after = context.last_named or (context.treatment,), them.end()
        else:
            continue
        to = _TO_SOMEONE.match(s, after)
        doers = [e for e in entities if to and to.end() <= e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3])]
        if not doers or not (doers[0][0] == to.end() or (text[to.end():to.end() + 1].isupper() and _NAME_THEN_KIND.fullmatch(s, to.end(), doers[0][0]))):
            continue  # "to our physical therapists", "to Dr. Pike, our chiropractor" (not "to the end, once your massage therapist ...")
        doers = _list(s, doers, forward=True)
        while len(doers) > 1 and _VERB_NEXT.match(s, doers[-1][1]):
            doers.pop()  # "... to our physiatrists and our physical therapists handle exercise": the next clause's subject
        if _NOT_HANDED.match(s, doers[-1][1]):
            continue  # "leave it to your physician to decide", "to your physician's judgement"
        own = _OWN_PHRASE.search(s, _subject_start(s, low, left.start()), left.start())  # "Our chiropractors don't needle and leave ...": judged from "leave"'s own words
        relation = _judged(s, own.end() if own else _subject_start(s, low, left.start()), doers[-1][1], entities, "as_written", False)
        if relation == "does_not_perform":
            return [], doers  # "do not leave injections to nurse practitioners", "never leave ...": nobody is handed it, and "they" after it are the subject
        found = [(left.start(), Relation(_providers(s, doers), treatments, relation))]
        subject = _list(s, [e for e in entities if low <= e[0] and e[1] <= left.start() and e[2] == "PROVIDER" and not _generic(e[3])], forward=False)
        leaving = _providers(s, subject) or (context.providers if _PRONOUN_SUBJECT.match(s, low) or _PRONOUN_BEFORE_VERB.search(s, low, left.start()) else ())
        found += [(left.start(), Relation(leaving, treatments, "does_not_perform"))] * bool(leaving and relation == "performs" and left.group(1) not in _LIMITING)  # "might leave cupping to ...": whether they do is open; "a few states limit it to ..." says nothing of the practitioners named before
        return found, doers
    return [], []


def _set_aside(s: str, start: int, high: int, entities: list[ENTITY], label: str) -> list[ENTITY]:
    """What "not" sets apart right after an act, ending the clause: "do dry needling, not
    acupuncture.", "will do it, not the physician." (not "not only ...", "not massage alone", "not
    acupuncture needles"); past where the act is done ("massage of the back and neck, not ...")."""
    start = where.end() if (where := _WHERE_DONE.match(s, start)) else start
    named = [e for e in entities if start <= e[0] and e[1] <= high and e[2] == label and not (label == "PROVIDER" and _generic(e[3]))]
    listed = _list(s, named, forward=True) if named and _NOT_BY.fullmatch(s, start, named[0][0]) else []
    return listed if listed and _SET_ASIDE_END.match(s, listed[-1][1]) else []


def _broad(concept: str) -> bool:
    """A kind of practitioner that others are kinds of ("physicians", "clinicians")."""
    found = concepts_by_id().get(concept)
    return found is not None and found.category == "generic"


def _specific(treatment: str, topic: str | None) -> str:
    """The kind of a generic treatment ("injections") a page is about ("trigger point injections")."""
    return topic if topic and _kind_of(topic, treatment) else treatment


def _kind_of(treatment: str, general: str) -> bool:
    """"botulinum toxin injection" of "injection", "self-massage" of "massage"."""
    concepts = concepts_by_id()
    return treatment != general and treatment in concepts and general in concepts and concepts[treatment].preferred_name.endswith(concepts[general].preferred_name)


def main_treatment(counts: Counter[str]) -> str | None:
    """The treatment a page names most, its generic names ("the injection") counted for the one
    kind of it the page names at least half as often ("trigger point injection"); a kind asked
    about once ("Do you offer electrical dry needling?") leaves a page about dry needling as it is."""
    counted = Counter(counts)
    for treatment in counts:
        kinds = [kind for kind in counts if _specific(treatment, kind) == kind != treatment]
        if len(kinds) == 1 and 2 * counts[kinds[0]] >= counts[treatment]:
            counted[kinds[0]] += counted.pop(treatment)
    return counted.most_common(1)[0][0] if counted else None


def _one_person(text: str, mention: ENTITY) -> bool:
    """A mention of one person: a name ("Luis", "Dr. Pike") or a kind in the singular ("a
    physiotherapist", "the PT"), not "physiotherapists" nor "our licensed massage therapists"."""
    words = text[mention[0]:mention[1]].lower()
    return words not in ("i", "we") and not words.endswith(_plural_names(mention[3]))


@cache
def _plural_names(concept: str) -> tuple[str, ...]:
    found = concepts_by_id().get(concept)
    return tuple(name.lower() + ending for name in ((*found.names, *found.abbreviations) if found else ()) for ending in ("s", "es"))


def _generic(concept: str) -> bool:
    """A practitioner of any kind ("healthcare provider", "practitioner"): no relation of its own."""
    found = concepts_by_id().get(concept)
    return found is not None and found.category == "generic" and concept not in NAMED_KINDS


def _field_of_care(concept: str) -> bool:
    """A field of care ("physical medicine": physical therapy, chiropractic care, massage): a
    practitioner works in it, and performs no treatment of that name."""
    found = concepts_by_id().get(concept)
    return found is not None and found.category == "field_of_care"


def _providers(s: str, entities: list[ENTITY]) -> tuple[str, ...]:
    """The kinds of practitioner a span names; a generic one ("healthcare providers, including
    physical therapists and chiropractors") stands for those it introduces, or for none."""
    return tuple(dict.fromkeys(concept for _, _, label, concept in entities if label == "PROVIDER" and not _generic(concept)))


def _treatments(s: str, entities: list[ENTITY]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for start, end, label, c in entities if label == "TREATMENT" and not _TOOL.search(s[start:end])))


def _judged(s: str, start: int, end: int, entities: list[ENTITY], polarity: str, place: bool, elided: bool = False) -> str:
    """elided: the clause's verb is left out ("..., but physical therapists can"), so its "can" is
    the practitioners' ability, as "can perform" would be, not a possibility."""
    judgement = _judge(s, Clause(start, end, start), entities, place)
    negated = {"as_written": judgement.polarity == "negated", "reversed": judgement.polarity != "negated"}.get(polarity, polarity == "negated")  # "outside" a scope denies it, "not outside" affirms it
    habitual = all(_COMMON_PRACTICE.fullmatch(cue) or (elided and cue == "can") for cue in judgement.hedge_cues)  # "chiropractors commonly use it": their common practice
    return "does_not_perform" if negated else RELATIONS[("affirmed", "asserted" if habitual else judgement.certainty)]


def _sides(s: str, low: int, high: int) -> list[tuple[int, int]]:
    """The clause, and each side of it a comma and a conjunction join ("X can, and so can Y")."""
    cuts = [m.start() for m in _SIDE_BREAK.finditer(s, low, high)]
    return [(a + (a > low), b) for a, b in zip([low, *cuts], [*cuts, high])]


def _kinds(treatments: tuple[str, ...], relation: str, context: Context) -> tuple[str, ...]:
    """A generic treatment given on a page about a kind of it is that kind ("physicians give the
    injections", "your physiatrist may inject lidocaine"); denied, it stays generic ("massage
    therapists do not give injections": none of any kind)."""
    if relation == "does_not_perform":
        return treatments
    return tuple(dict.fromkeys(_specific(_specific(t, context.treatment), context.topic) for t in treatments))


def _second(s: str, first: tuple[Relation, int], second: tuple[Relation, int]) -> bool:
    """A clause states a second relation when it names other practitioners ("PTs perform dry
    needling, and chiropractors offer cupping") or, after a conjunction, the same ones doing other
    things ("PTs do not give injections, but they work with you on stretching", "PTs teach
    stretching, and many also offer dry needling", "may not insert needles or give injections");
    "add it to a massage" is one act."""
    (earlier, start), (later, later_start) = first, second
    if not set(earlier.providers) & set(later.providers):
        return True
    return not set(earlier.treatments) & set(later.treatments) and (
        later_start == start or _SIDE_BREAK.search(s, start, later_start) is not None or ";" in s[start:later_start]  # "Kylie does not needle; ... stick to massage"
        or (_RELATIVE_BEFORE.search(s, max(0, start - 30), start) is not None and (main := _MAIN_VERB_LATER.search(s, start, later_start + 1)) is not None
            and len(s[main.end() - 1:later_start].split()) <= 2)  # "PTs who dry needle do not practice acupuncture", "... are not allowed to perform ...": the relative clause's act, then the clause's own
        or ((joined := _NEXT_VERB.search(s, start, later_start)) is not None and not _VERB_OF_IT.match(s, later_start)
            and (joined.group("pronoun") not in ("i", "we") or re.search(rf"\b{joined.group('pronoun')}\s+(?:[\w']+\s+){{0,2}}$", s[max(0, start - 40):start]) is not None))
    )  # one verb's list judged item by item, two clauses, or two verbs ("not licensed to insert needles or give injections")


def _labelled(text: str, s: str, low: int, high: int, entities: list[ENTITY], place: bool) -> list[tuple[int, Relation]]:
    """A list item that labels practitioners with what they do ("Physical therapists: exercise,
    manual therapy and dry needling"), or a person with what they are and do ("Dr. Kessling
    (chiropractor): adjustments"): the practitioners before a colon, nothing else, and the
    treatments right after it. `s` is `text` normalised; a person's name is read in its own case."""
    found = []
    for label_end in _LABEL_END.finditer(s, low, high):
        colon, after = label_end.start(), label_end.end()  # the colon, or the comma of ", for"
        label_start = max([low] + [m.end() for m in _LABEL_END.finditer(s, low, colon)])
        named = [e for e in entities if label_start <= e[0] and e[1] <= colon]
        named = [e for before, e in zip([None, *named], named) if not (  # "Registered massage therapists (RMTs):" names them once, its abbreviation in brackets
            before and before[3] == e[3] and _OPENING_BRACKET.fullmatch(s, before[1], e[0]) and s[e[1]:e[1] + 1] == ")")]
        edge = _LABEL_EDGE.match(s, label_start)
        person = _PERSON_LEAD.match(text, edge.end(), colon)  # "Dr. Kessling (chiropractor):", "Noor Haddad, LMT (licensed massage therapist):"
        if person and named and person.end() <= named[0][0] and all(e[2] == "PROVIDER" and not _generic(e[3]) for e in named):
            practitioners = named
        else:
            person, practitioners = None, _list(s, [e for e in named if e[2] == "PROVIDER" and not _generic(e[3])], forward=True)
        if named and not practitioners:
            found += _labelled_by_treatment(s, label_start, colon, high, named, entities, place)
            continue
        treated = [e for e in entities if colon < e[0] and e[1] <= high and e[2] == "TREATMENT"]
        if not (practitioners and treated and len(practitioners) == len(named) and _DETERMINERS.fullmatch(s, after, treated[0][0])
                and (_DETERMINERS.fullmatch(s, person.end(), practitioners[0][0]) if person else _LABEL_EDGE.fullmatch(s, label_start, practitioners[0][0]))
                and _LABEL_TAIL.fullmatch(s, practitioners[-1][1] + (s[practitioners[-1][1]:practitioners[-1][1] + 1] == ")" if person else 0), colon)):
            continue
        treated = _list(s, treated, forward=True)
        if label_end.group("comma") and not _ITEM_END.fullmatch(s, treated[-1][1], high):
            continue  # "Chiropractors, for dry needling, are not licensed here": an aside, not a label
        relation = _judged(s, treated[0][0], treated[-1][1], entities, "as_written", place)
        found.append((colon, Relation(_providers(s, practitioners), _treatments(s, treated), relation)))
    return found


def _labelled_by_treatment(s: str, label_start: int, colon: int, high: int, named: list[ENTITY], entities: list[ENTITY], place: bool) -> list[tuple[int, Relation]]:
    """A list item that labels a treatment with who gives it ("Dry needling: physical therapists,
    licensed acupuncturists and, in some states, chiropractors"): each practitioner judged from the
    colon to its own name, so a hedge before the last holds for it alone."""
    treated = _list(s, named, forward=True)
    who = [e for e in entities if colon < e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3])]
    if not who or len(treated) != len(named) or any(e[2] != "TREATMENT" for e in treated) or not (
            _LABEL_EDGE.fullmatch(s, label_start, treated[0][0]) and _LABEL_TAIL.fullmatch(s, treated[-1][1], colon) and _LABEL_EDGE.fullmatch(s, colon + 1, who[0][0])):
        return []
    listed = _list(s, who, forward=True, gap=_PRACTITIONER_SERIES)
    if not _CLAUSE_END.match(s, listed[-1][1]) or _FINITE.search(s, colon, high):
        return []  # "Cupping: our massage therapists do not offer it.": a sentence of its own, judged as one
    judged: dict[str, list[str]] = {}
    for e in listed:
        relation = _judged(s, colon + 1, e[1], entities, "as_written", place)
        relation = "may_perform" if relation == "performs" and _SOME_PLACES.search(s, colon, e[1]) else relation
        judged.setdefault(relation, []).append(e[3])
    return [(colon, Relation(tuple(dict.fromkeys(providers)), _treatments(s, treated), relation)) for relation, providers in judged.items()]


@cache
def _table_marks() -> dict[str, dict[str, str]]:
    marks: dict[str, dict[str, str]] = {"cell": {}, "word": {}, "column": {}, "cover": {}, "doers": {}}
    for row in read_rows("table_marks.csv"):
        marks[row["match"]][row["mark"]] = row["relation"]
    return marks


def _mark(cell: str) -> str | None:
    """The relation a cell's opening mark gives: "Yes", "✓", "No, not in this state"."""
    return _table_marks()["cell"].get(normalise(cell).split(",")[0].strip(" .!").lower())


def _says_whether(cell: str) -> bool:
    """A cell that says in words whether the column's act is done ("Allowed in most states")."""
    return any(word in _table_marks()["word"] for word in re.findall(r"[\w']+", normalise(cell)))


_BEYOND_ROLE = re.compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:their|the|his|her|its|our|your)\s+(?:role|scope|remit|practice|training|licen[cs]e)", re.IGNORECASE)


def _says_not_done(column: str) -> bool:
    """A column's name that places its acts outside what the row's practitioner does ("Outside their role", not "Outside the clinic")."""
    return _BEYOND_ROLE.search(normalise(column)) is not None


def _about_other_things(column: str) -> bool:
    """A column named for referrals, exclusions, cost or limits ("Refers patients for", "Copay"),
    or for what a plan does not cover ("Not covered"; "Covered services" lists what they do)."""
    words = re.findall(r"[\w']+", normalise(column))
    return any(word in _table_marks()["column"] for word in words) or (
        any(word in _table_marks()["cover"] for word in words) and judge(column).polarity == "negated")


def _cell_relation(column: str, cell: str, whether: bool) -> str:
    """whether: the column names the act and the cell says whether it is done ("Dry needling?" over
    "Not allowed"); else the cell names acts and the column's name says whether they are done
    ("What they don't do", "Not offered by", "Outside their role"). Hedged where either hedges ("Sometimes offers"), an
    ability or a permission aside ("What they may do"), and what a column says they typically do
    ("Commonly uses") aside: its cells are what they do."""
    named, said = judge(column), judge(cell)
    if (said if whether else named).polarity == "negated" or (not whether and _says_not_done(column)):
        return "does_not_perform"
    typical = _TYPICAL if _DOING_COLUMN.search(normalise(column)) else frozenset()
    hedged = (set(named.hedge_cues) - typical | set(said.hedge_cues)) - MODALS
    return "may_perform" if hedged else "performs"


def row_relations(text: str, table: Table, row: Row, entities: list[ENTITY], context: Context) -> list[tuple[int, Relation]]:
    """The relations a row of a table of who does what states, each with the cell it reads: the
    row's first cell names practitioners and the others what they do, or its first cell names a
    treatment and the others who gives it; where a column's name says who or what ("Dry
    needling?"), its cells say whether ("Yes", "✓", "Allowed in most states"). A table without
    column names, or a column about cover, cost or referrals, states nothing."""
    cells = [_cell_mentions(text, start, end, entities) for start, end in row.cells]
    key, rest = cells[0], cells[1:]
    start, end = row.cells[0]
    if not rest or not table.header or len(_BRACKETED.sub("", text[start:end]).split()) > ROW_KEY_WORDS:
        return []
    first_cell = " " * start + normalise(text[start:end])  # the first cell, at its offsets
    providers = _providers(text, _specified(text, first_cell, [e for e in key if e[2] == "PROVIDER" and not _generic(e[3])], entities))  # "Physician (physiatrist, pain medicine doctor, ...)": the kinds
    treatments = _treatments(text, key)
    if not providers and not treatments and normalise(text[start:end]).strip(" :?*_") in _table_marks()["doers"]:
        return _doers_row(text, table, row, entities, context)
    if bool(providers) == bool(treatments):
        return []
    others = _treatments if providers else _providers
    columns = [text[a:b] for a, b in table.header[1:]] + [""] * len(rest)
    headers = [others(text, _cell_mentions(text, a, b, entities)) for a, b in table.header[1:]] + [()] * len(rest)
    pieces = [(index, span, named) for index, (span, named) in enumerate(zip(row.cells[1:], rest), start=1)] + [
        (index, span, _cell_mentions(text, *span, entities)) for index, span in row.more if 0 < index <= len(columns)]  # a cell's further lines
    found = []
    for index, (cell_start, cell_end), named in pieces:
        column, header = columns[index - 1], headers[index - 1]
        cell = text[cell_start:cell_end]
        if len(cell.split()) > CELL_WORDS or _about_other_things(column):
            continue
        mark, wanted = _mark(cell), [e for e in named if e[2] == ("TREATMENT" if providers else "PROVIDER")]
        listed = others(text, _cell_list(text, cell_start, cell_end, wanted)) if wanted and len(text[cell_start:wanted[0][0]].split()) <= CELL_LEAD_WORDS else ()  # a list, not a sentence that names someone ("No referral needed; your doctor signs ...") nor what it names after the list ("Stretching and exercise after your injections")
        whether = bool(header) and (mark is not None or (not listed and _says_whether(cell)))
        named_here = header if whether else listed
        if named_here:
            relation = (mark if whether else None) or _cell_relation(column, cell, whether)
            doers, done = (providers, named_here) if providers else (named_here, treatments)
            found.append((index, Relation(doers, _kinds(done, relation, context), relation)))
    if found:  # "Massage therapists can't perform either service" under the table: every treatment it names
        spans = [*table.header, *(r.cells[0] for r in table.rows if r.cells)]
        context.mentioned = _treatments(text, [e for a, b in spans for e in _cell_mentions(text, a, b, entities) if e[2] == "TREATMENT"]) or context.mentioned
    return found


def _cell_list(text: str, start: int, end: int, wanted: list[ENTITY]) -> list[ENTITY]:
    """The list a cell opens with, its items on lines of their own too (normalise makes a line
    break a space; here it stays one)."""
    wanted = [e for e in wanted if not text.startswith(("'s", "’s"), e[1])]  # "on a physician's referral": whose, no item
    cell = "".join("\n" if raw == "\n" else low for raw, low in zip(text[start:end], normalise(text[start:end])))
    return [(a + start, b + start, label, concept) for a, b, label, concept in _list(cell, [(a - start, b - start, label, concept) for a, b, label, concept in wanted], forward=True, gap=_CELL_GAP)]


def _doers_row(text: str, table: Table, row: Row, entities: list[ENTITY], context: Context) -> list[tuple[int, Relation]]:
    """A comparison table's row that names who does each column's treatment ("Performed by |
    Physical therapists | Licensed acupuncturists and some physicians" under "| Dry needling |
    Acupuncture |"): the list of practitioners a cell opens with, judged by its own words ("Physical
    therapists, never chiropractors" names physical therapists who do it)."""
    found = []
    for index, ((cell_start, cell_end), (head_start, head_end)) in enumerate(zip(row.cells[1:], table.header[1:]), start=1):
        done = _treatments(text, _cell_mentions(text, head_start, head_end, entities))
        named = [e for e in _cell_mentions(text, cell_start, cell_end, entities) if e[2] == "PROVIDER" and not _generic(e[3])]
        doers = _cell_list(text, cell_start, cell_end, named) if named else []
        if done and doers and len(text[cell_start:doers[0][0]].split()) <= CELL_LEAD_WORDS:
            relation = _cell_relation("", text[cell_start:doers[-1][1]], True)
            found.append((index, Relation(_providers(text, doers), _kinds(done, relation, context), relation)))
    return found


def _cell_mentions(text: str, start: int, end: int, entities: list[ENTITY]) -> list[ENTITY]:
    """The mentions a cell names, an aside in brackets aside ("Physiatrist (MD or DO)")."""
    asides = [m.span() for m in _BRACKETED.finditer(text, start, end)]
    return [e for e in entities if start <= e[0] and e[1] <= end and not any(a <= e[0] < b for a, b in asides)]


def record_practitioners(text: str, start: int, entities: list[ENTITY]) -> tuple[str, ...]:
    """The practitioners a record's head line names ("Practitioner: Chiropractor (DC)") above the
    line at `start` when that line says what they do ("Does: ...", "Does not: ..."), in one block."""
    if not _RECORD_FIELD.match(text, start):
        return ()
    block_start = text.rfind("\n\n", 0, start) + 1
    line_end = text.rfind("\n", block_start, start)
    while line_end >= block_start:
        line_start = text.rfind("\n", block_start, line_end) + 1
        if _RECORD_HEAD.match(text, line_start, line_end):
            return _providers(text, [e for e in entities if line_start <= e[0] and e[1] <= line_end and e[2] == "PROVIDER"])
        line_end = line_start - 1
    return ()


def _restricted(s: str, verb_end: int, high: int) -> bool:
    """A denial of when, where or for whom only (pipeline/data/cues/restrictions.csv), said in the
    verb's own phrase: "Tom doesn't do dry needling during pregnancy"."""
    ends = _PHRASE_END.search(s, verb_end, high)
    end = ends.start() if ends else high
    return any(not _WHOLE_OF_IT.search(s, verb_end, m.start()) for m in _restrictions().finditer(s, verb_end, end))


def _verb_of_subordinate(s: str, low: int, verb: int) -> re.Match | None:
    """The "when they" whose clause holds the verb at `verb` ("..., even when they use it"), not
    one closed by a comma before it ("are not allowed, even when they hold a certificate, to ...")."""
    found = _SUBORDINATE_SUBJECT.search(s, low, verb)
    return found if found and "," not in s[found.end():verb] else None


def _subject_start(s: str, low: int, verb: int) -> int:
    """Where the subject before a verb begins: after the clause's last comma or semicolon ("At the
    front desk, parking passes are ...")."""
    return max(low, s.rfind(",", low, verb) + 1, s.rfind(";", low, verb) + 1)


def _unmarked(s: str, entities: list[ENTITY]) -> str:
    """The text with the inline markup around its mentions as spaces, the same length ("**cupping**,"
    reads as a list's item), and an emphasised denial as a plain one ("do **not**.")."""
    if not any(mark in s for mark in "*_[/"):
        return s
    starts, ends = {e[0] for e in entities}, {e[1] for e in entities}
    s = _EMPHASISED_DENIAL.sub(lambda m: m.group(2) + " " * (2 * len(m.group(1))), s)  # "do **not**." as "do not    .": a word no mention holds, moved into its markup's place
    return _INLINE_MARKUP.sub(lambda m: " " * len(m.group()) if m.end() in starts or m.start() in ends else m.group(), s)


def clause_relations(text: str, low: int, high: int, entities: list[ENTITY], context: Context) -> list[Relation]:
    """The relations one clause (text[low:high], entities relative to text) states; context is
    updated with what it names, for the clauses after it."""
    s = _unmarked(normalise(text), entities)
    low = high - len(s[low:high].lstrip(_OPENING_QUOTES))  # a quoted clause opens with its words ("\"Unlike our PTs, I ...")
    entities = _scope_practitioners(s, low, high, [e for e in entities if not _field_of_care(e[3])])
    field = _RECORD_FIELD.match(s, low)
    treated = _list(s, [e for e in entities if field.end() <= e[0] and e[1] <= high and e[2] == "TREATMENT"], forward=True) if field and context.record else []
    if treated:  # a record's line of what its practitioners do or do not do
        relation = "does_not_perform" if field.group("denied") else "performs"
        context.last = Relation(context.record, _kinds(_treatments(s, treated), relation, context), relation)
        context.providers, context.related = context.record, True
        return [context.last]
    named_last = context.last_treatment  # what "it" is in this clause, before the clause's own treatments
    fronted = _COMPARED.match(s, low)  # "Unlike dry needling, an injection puts ...": the subject after it
    subject = next((e[3] for e in entities if low <= e[0] and e[1] <= high and e[2] == "TREATMENT" and _SUBJECT_LEAD.fullmatch(s, fronted.end() if fronted else low, e[0])), None)
    context.last_treatment = subject or named_last  # a clause's subject ("A trigger point injection uses ..."), not "It is one of the oldest tools in Chinese medicine"
    mentioned_last, related_before, offered_before = context.last_mentioned, context.related, context.offered
    context.related, context.offered = False, ()
    context.last_mentioned = next((e[3] for e in reversed(entities) if low <= e[0] and e[1] <= high and e[2] == "TREATMENT"), mentioned_last)
    mentioned_before, clause_before = context.mentioned, context.clause_before
    context.clause_before = tuple(dict.fromkeys(e[3] for e in entities if low <= e[0] and e[1] <= high and e[2] == "TREATMENT"))
    context.mentioned = context.clause_before or mentioned_before
    elided = context.named_before and _ELIDED_SUBJECT.match(s, low) is not None and text[low:].lstrip()[:1].islower()  # the side of "Our chiropractor performs cupping but does not perform acupuncture" after "but", not an imperative "Do not ..."
    named_before = context.named_before
    context.named_before = any(low <= e[0] and e[1] <= high and e[2] == "PROVIDER" for e in entities)
    person_before = context.person
    practitioners_named = [e for e in entities if low <= e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3])]
    if practitioners_named and _SUBJECT_LEAD.fullmatch(s, low, practitioners_named[0][0]) and not _one_person(text, practitioners_named[0]):
        context.person = ()  # "RMTs in Ontario aren't allowed to ..., so she ...": who "she" is, the page does not say
    else:
        context.person = next(((e[3],) for e in practitioners_named if _one_person(text, e)), person_before)  # "Dr. Osei is a physiatrist (a doctor of ...), and he ...": the first
    several_before = context.several_last
    context.several_last = not _one_person(text, practitioners_named[-1]) if practitioners_named else several_before
    if not context.named_before and not _PRONOUN_SUBJECT.match(s, low) and not elided and not (context.last and (_DENIED_ELSEWHERE.match(s, low) or (named_before and _NOT_ALL_OF_THEM.fullmatch(s, low, high)))):
        offered = _OFFERED.search(s, low, high)  # "We don't offer cupping or dry needling here": what a "do" after it stands for
        context.offered = _treatments(s, [e for e in entities if offered.end() <= e[0] and e[1] <= high and e[2] == "TREATMENT"]) if offered else ()
        return []  # no practitioner named or referred to: no relation, and nothing else for the clauses after it
    named_place = in_a_place(text)
    place = named_place or context.permission
    compared = _COMPARED.match(s, low)  # "Unlike acupuncture, ...", "Outside physical therapy, ...": a phrase that sets others aside
    found, left_to = _left_to(text, s, low, high, entities, context)
    as_named: dict[Relation, tuple[str, ...]] = {}  # a relation's treatments as the clause names them, before _kinds reads a generic one as the page's kind
    forbidden: Relation | None = None  # a relative clause's act that the main clause forbids
    for phrase, match in ((phrase, match) for phrase in _phrases() for match in phrase.regex.finditer(s, low, high)):
        if any(e[0] <= match.start() and match.end() <= e[1] and e[3] != phrase.object for e in entities):
            continue  # a word of a name, no verb: the "practice" of "advanced practice registered nurses" (a verb that is the name it says, "dry needle", stays one)
        before = [e for e in entities if low <= e[0] and e[1] <= match.start()]
        if _PRACTICE_NOUN.fullmatch(s, match.start(), match.end()) and (_NOUN_BEFORE.search(s, low, match.start()) or any(
            e[1] + 1 == match.start() and e[2] == "PROVIDER" and not s[e[1] - 1] == "s"
            and not (_STAND_IN_PRONOUN.fullmatch(s, e[0], e[1]) and any(t[2] == "TREATMENT" and _DETERMINERS.fullmatch(s, match.end(), t[0]) for t in entities)) for e in before
        )):
            continue  # "your GP practice", "scope of practice", "where I practice": a place or a noun ("acupuncturists practice", "I practise acupuncture" act)
        after = [e for e in entities if match.end() <= e[0] and e[1] <= high]
        if _BARE_DO.fullmatch(s, match.start(), match.end()) and _THAN.search(s, low, match.start()):
            continue  # "Acupuncturists train longer in needling than we do": a comparison, not an act
        if _BARE_DO.fullmatch(s, match.start(), match.end()) and (negated := _NOT_AFTER_DO.match(s, match.end())) and not _PRESCRIBE.match(s, negated.end()):
            continue  # the "do" of "do not inject medication" or "do not cover injections": the verb after it says what is (not) done; "do not prescribe medication" denies the medication
        if compared and (phrase.voice in ("passive", "adjacent") or (phrase.voice == "active" and compared.group(1) in _OTHERS_THAN)):  # "Unlike massage therapists, chiropractors can adjust the joints", "Outside physical therapy, dry needling is done by ...": not the subject ("Like PTs, chiropractors ..." says it of both)
            before = [e for e in before if e[0] >= compared.end()]
        if _WHETHER.search(s, low, match.start()):
            continue  # "not covered, whether it is done by an acupuncturist or a massage therapist", "ask your chiropractor whether they offer it": no one is said to do it
        practitioners = [e for e in (before if phrase.voice == "active" else after) if e[2] == "PROVIDER" and not _generic(e[3]) and e not in left_to]  # "leaves needling to Dr. Cole and treats ...": not Dr. Cole's act
        if phrase.voice == "active":
            practitioners = [e for e in practitioners if not _DENIED_IDENTITY.search(s, low, e[0])]
        if phrase.voice == "active" and practitioners and _STAND_IN_PRONOUN.fullmatch(s, practitioners[-1][0], practitioners[-1][1]) and not _OWN_VERB.fullmatch(s, practitioners[-1][1], match.start()) and not _OWN_SERIES.fullmatch(s, practitioners[-1][1], match.start()):
            practitioners = []  # "I check in with you using ...", "I find it works better when the patient is doing ...": a speaker (coreference.py) acts in their own verb only
        elif phrase.voice == "active" and practitioners and _SOMEONE_ELSE_ACTS.search(s, practitioners[-1][1], match.start()) and not _SPEAKER_IS_ONE.search(s, low, practitioners[-1][0]):  # "Trained as a physical therapist, I use ...": the speaker is one
            practitioners = []  # "When your physiotherapist is away, you can treat soreness with heat": the practitioner is not the verb's subject
        set_apart = next((practitioners[i:] for i in range(1, len(practitioners)) if phrase.voice == "active" and _NOT_BY.fullmatch(s, practitioners[i - 1][1], practitioners[i][0])
                          and _ASIDE_CLOSED.match(s, practitioners[-1][1])), [])
        if set_apart:  # "Our physical therapists, not our chiropractors, do dry needling": who acts, and who is set apart
            practitioners = practitioners[:-len(set_apart)]
        if phrase.voice == "active" and len(practitioners) > 1:  # "Our physical therapists are not acupuncturists and do not offer acupuncture": what the subject is, not who acts
            practitioners = [
                e for e in practitioners
                if e is practitioners[0] or not (_COPULA.search(s, practitioners[0][1], e[0]) and _JOINED_VERB.search(s, e[1], match.start()))
            ] or practitioners
        if phrase.voice == "active" and practitioners and _JOINED_VERB_AFTER.fullmatch(s, practitioners[-1][1], match.start()):
            run = len(practitioners) - 1  # the list the preposition governs: "with our physicians and physiatrists"
            while run > 0 and _LIST_GAP.fullmatch(s, practitioners[run - 1][1], practitioners[run][0]):
                run -= 1
            if _GOVERNED.search(s, low, practitioners[run][0]):
                practitioners = practitioners[:run]  # "She works under the supervision of our physiatrists and gives injections": the first verb's subject acts, not its object
        if phrase.voice == "referral":  # "refer you to a physical therapist for dry needling": whom the phrase names, and what after "for"
            practitioners = [] if _NOT_DONE.search(s, max(low, match.start() - 30), match.start()) else [
                e for e in entities if match.start() <= e[0] and e[1] <= match.end() and e[2] == "PROVIDER" and not _generic(e[3])
            ]
        treated = [
            e for e in (after if phrase.voice in ("active", "referral") else before)
            if e[2] == "TREATMENT" and not _WITHOUT.search(s, max(low, e[0] - 15), e[0]) and not _MODIFIER.match(s, e[1])
            and not (phrase.voice == "passive" and _BASED_ON.search(s, max(low, e[0] - 20), e[0]))  # "Acupuncture is based on traditional Chinese medicine and is done by ...": what it comes from is not done
            and not (phrase.voice == "active" and _RELATIVE_CLAUSE_SUBJECT.search(s, match.end(), e[0]))  # "I use the same needles that dry needling uses": the relative clause's subject, not the verb's object
        ]
        named_first = next((e for e in after if e[2] == "PROVIDER"), None)  # a generic one too ("a variety of professionals, including ...")
        if phrase.voice == "passive" and named_first and _PAST_THE_PHRASE.search(s, match.end(), named_first[0]):
            practitioners = []  # "limited to 12 visits a year when your chiropractor refers you": the limit is not the practitioner's
        if phrase.reach == "next" and phrase.voice != "adjacent" and not (treated and (_DETERMINERS.fullmatch(s, match.end(), treated[0][0]) or _KINDS_NAMED_BY.fullmatch(s, match.end(), treated[0][0]) or _COMPOUND_MODIFIER.fullmatch(s, match.end(), treated[0][0]))):
            treated = []
        if phrase.reach == "asked":  # "If you need dry needling, ... refer you to a physical therapist": what the condition names, or what they are certified in
            condition = _FRONTED_CONDITION.match(s, low)
            treated = [e for e in entities if practitioners and practitioners[-1][1] < e[0] and e[1] <= match.end() and e[2] == "TREATMENT" and _QUALIFIED_IN.fullmatch(s, practitioners[-1][1], e[0])] or [
                e for e in before if condition and e[1] <= condition.end() and e[2] == "TREATMENT"]
        if phrase.voice == "active" and treated and _RESUMED_SUBJECT.search(s, match.end(), treated[0][0]):
            treated = []  # "do not prescribe drugs, but they work with you on stretching": the treatments are the next verb's
        them = (_THEM.match(s, match.end()) or _THE_OBJECT.match(s, match.end())) if phrase.voice == "active" and treated and not phrase.object and not _EVERY_OBJECT.match(s, match.end()) else None
        if them and not _WITH_GAP.fullmatch(s, them.end(), treated[0][0]):
            treated = []  # "when a physical therapist performs it ... and bills it as manual therapy": the verb's object is "it" (not "combine it with adjustments")
        if phrase.voice == "adjacent":  # "massage from a licensed massage therapist", not "a referral for dry needling from your physician"
            first_by = _FIRST_BY.search(s, low, match.start()) if not any(e[1] == match.start() for e in treated) else None  # "... or by a physician": the first "by"'s treatment
            ends = first_by.start() if first_by else match.start()
            named = [e for e in treated if (e[1] == ends or _SITTINGS.fullmatch(s, e[1], ends)) and not _ASKED_FOR.search(s, max(low, e[0] - ADJACENT_CHARS), e[0])]  # "pain psychology sessions with ..."
            treated = [e for e in treated if e[1] <= named[0][1]] if named else []  # the list that ends there ("dry needling and cupping by a PT")
            if phrase.reach == "next":  # "massage with one of our licensed massage therapists": the phrase's next words name the practitioner
                practitioners = practitioners[:1] if (
                    practitioners and _QUALIFIERS.fullmatch(s, match.end(), practitioners[0][0]) and not _POSSESSIVE.match(s, practitioners[0][1])
                    and not _THEIR_THING.match(s, practitioners[0][1]) and not _TALKED_OVER.search(s, low, match.start())
                ) else []  # not "discuss dry needling with your doctor", "physical therapy with a physician referral"
            else:
                practitioners = practitioners if practitioners and practitioners[0][0] - match.end() <= ADJACENT_CHARS else []  # _list keeps those listed with the first: "by a PT, chiropractor or MD"
        treated = _list(s, treated, forward=phrase.voice in ("active", "referral"), others=[e for e in entities if e[2] == "PROVIDER"],
                        gap=_SERIES_GAP if phrase.voice == "adjacent" else _TREATED_GAP)  # not "dry needling alongside injections from our physicians"
        added = _ADDED.match(s, low) if phrase.voice == "active" and practitioners and treated else None
        if added and added.end() <= practitioners[0][0] and not _NEGATION.search(s, practitioners[0][1], match.end()):  # "Alongside massage, our myotherapists use dry needling": massage too
            treated = [e for e in entities if low <= e[0] and e[1] <= added.end() and e[2] == "TREATMENT"] + treated
        if phrase.voice == "adjacent" and phrase.reach == "next" and sum(not b[0] - a[1] <= 1 for a, b in zip(treated, treated[1:])) > 1:  # items, not words of one ("exercise rehabilitation")
            treated = treated[-1:]  # "Services include adjustments, acupuncture and massage with one of our RMTs": the last item's, not "X and Y with our psychologist"
        practitioners = _list(s, practitioners, forward=phrase.voice not in ("active", "referral"), others=[e for e in entities if e[2] == "TREATMENT" and s.startswith(" by ", e[1])],
                              gap=_PRACTITIONER_SERIES if phrase.voice == "adjacent" else _LIST_GAP)  # "..., and injections by physicians": the next pair; "by a PT, supervised by a physician": not a series
        practitioners = _specified(text, s, practitioners, entities)
        if phrase.voice == "passive" and practitioners:  # "offered by our acupuncturist during visits and by our physical therapists (or by ...)": a second "by" and its list
            later = [e for e in after if e[0] > practitioners[-1][1] and e[2] == "PROVIDER" and not _generic(e[3])]
            also = next((i for i, e in enumerate(later) if (joined := _ALSO_BY.search(s, practitioners[-1][1], e[0]))
                         and not _OTHER_VERB.search(s, practitioners[-1][1], joined.start())), None)  # not "supervised by a physician and by ...", "which is approved by ..."
            practitioners += _list(s, later[also:], forward=True) if also is not None else []
        providers, treatments = _providers(s, practitioners), _treatments(s, treated)
        pronoun = None
        if not treatments and providers:
            pronoun = _FOR_THAT.match(s, low) if phrase.reach == "asked" else _FOR_IT.match(s, match.end()) if phrase.voice == "referral" else None
        if pronoun:  # "Our PTs do not practise acupuncture; for that we refer patients to an acupuncturist", "...; I'll refer you to a physio for that": what the clause before spoke of ("it": the last thing it named)
            upto = low if phrase.reach == "asked" else match.start()
            spoken_of = tuple(e[3] for e in entities if e[1] <= upto and e[2] == "TREATMENT") or (context.last.treatments if context.last else ()) or clause_before  # else what the clause before named ("We don't do spinal manipulation; for that ...", no relation before it)
            treatments = spoken_of[-1:] if pronoun.group("one") else tuple(dict.fromkeys(spoken_of))
        if not providers and treated and _INCLUDING.match(s, treated[-1][1]):  # "practitioners use MFR, including ..."
            practitioners = _list(s, [e for e in after if e[0] > treated[-1][1] and e[2] == "PROVIDER" and not _generic(e[3])], forward=True)
            providers = _providers(s, practitioners)
        from_context = not providers and phrase.voice == "active" and (bool(_PRONOUN_SUBJECT.match(s, low)) or elided)
        if from_context:
            named_before_verb = [e for e in practitioners_named if e[1] <= match.start()]
            several = not _one_person(text, named_before_verb[-1]) if named_before_verb else several_before
            providers = person_before if person_before and several and (said := _PRONOUN_SUBJECT.match(s, low)) and _ONE_PERSON_PRONOUN.search(said.group()) else context.providers  # "Inès uses ..., which our physiotherapists don't use. She ...": Inès, not the physiotherapists
        if not treatments and phrase.voice == "active" and _EVERY_OBJECT.match(s, match.end()):
            side = max([low] + [m.end() for m in _CONTRAST.finditer(s, low, practitioners[0][0] if practitioners else match.start())])
            told_before = tuple(dict.fromkeys(e[3] for e in entities if side <= e[0] and e[1] <= match.start() and e[2] == "TREATMENT" and not (practitioners and e[0] > practitioners[0][0])))
            every = told_before if len(told_before) > 1 else context.named if len(context.named) > 1 else mentioned_before  # "They don't prescribe medication or give injections; your GP handles those": the clause's own, after its last "but"
            if len(every) > 1:
                treatments = every  # "either procedure": those the relations before named, else those the clause before did ("... rather than whole muscles. An LMT can provide either one")
        if not treatments and len(mentioned_before) > 1 and phrase.voice == "passive" and _EVERY_SUBJECT.fullmatch(s, low, match.start()):
            treatments = mentioned_before  # "Massage and myofascial release. These are done by ..."
        what = _WHAT_ONE_DOES.search(s, low, practitioners[0][0]) if not treatments and practitioners and phrase.voice == "active" and _CLAUSE_END.match(s, match.end()) and not _KNOWN_FOR.search(match.group()) else None
        if what:  # "Trigger point work is most of what I do", "Cupping is something I offer": the clause's subject, not "Cupping, not dry needling, ..." nor "Unlike dry needling, ..."
            told = [e for e in entities if (compared.end() if compared else low) <= e[0] and e[1] <= what.start() and e[2] == "TREATMENT"]
            subject = told[:1]
            for e in told[1:]:
                if not _PLAIN_GAP.fullmatch(s, subject[-1][1], e[0]):
                    break
                subject.append(e)
            treatments = _treatments(s, subject)
            if not subject and _IT_OPENS.fullmatch(s, low, what.start()):
                treatments = (named_last or context.treatment,) if named_last or context.treatment else ()  # "so it isn't part of what I offer": what "it" is
        elif not treatments and _BARE_DO.fullmatch(s, match.start(), match.end()) and _CLAUSE_END.match(s, match.end()) and not (practitioners and _RELATIVE.search(s, low, practitioners[0][0])):
            if offered_before and not related_before:  # "We don't offer cupping or dry needling here, but a couple of the massage therapists in town do": what the clause before's act was done to
                treatments = offered_before
            else:  # "..., but we can refer you to an acupuncturist who does": the clause before's; "Most chiropractors do.": what is asked
                treatments = context.last.treatments if context.last else (context.treatment,) if context.treatment else ()
        auxiliary = _BARE_DO.fullmatch(s, match.start(), match.end()) and not _CLAUSE_END.match(s, match.end()) and not _DONE_HOW.match(s, match.end())  # the "do" of "do not perform", not "that a chiropractor does as part of a visit"
        relative = _RELATIVE.search(s, low, practitioners[0][0]) if phrase.voice == "active" and practitioners and not treatments and not auxiliary else None
        if relative:  # "dry needling, which RMTs do not perform", "massage that a chiropractor provides": what the clause is said of
            told = [e for e in entities if low <= e[0] and e[2] == "TREATMENT" and _DETERMINERS.fullmatch(s, e[1], relative.start())]
            joined = told[:1]
            for e in reversed([e for e in entities if low <= e[0] and e[1] <= told[0][0] and e[2] == "TREATMENT"] if told else []):
                if not _PLAIN_GAP.fullmatch(s, e[1], joined[-1][0]):
                    break
                joined.append(e)  # "massage and heat therapy that ...", not "Besides massage, we offer dry needling, which ..."
            treatments = _treatments(s, joined)
        pronoun = (_THEM.match(s, match.end()) or _THE_TREATMENT_AS_IT.match(s, match.end())) if phrase.voice == "active" and practitioners and not treatments else None
        if pronoun:  # "Dry needling is not paid separately, even when a chiropractor does it": the clause's own treatment
            named_before = [e for e in entities if (compared.end() if compared else low) <= e[0] and e[1] <= practitioners[0][0] and e[2] == "TREATMENT"] or [
                e for e in entities if practitioners[-1][1] <= e[0] and e[1] <= match.start() and e[2] == "TREATMENT" and not _OTHER_SUBJECT.search(s, e[1], match.start())
            ][-1:]  # "Jess has an interest in cupping and uses it", "asked us to approve injections before giving them": the one the practitioner's verb follows (not "... a clinic that offers it", "show you how to use it")
            # "it" is the clause's first treatment; "them" the list nearest ("It covers injections when a doctor gives them")
            treatments = _treatments(s, named_before[:1] if pronoun.re is _THE_TREATMENT_AS_IT or pronoun.group(1) == "it" else _list(s, named_before, forward=False))
        if not treatments and from_context and context.last and phrase.voice == "active" and _THEM.match(s, match.end()) and _SOME_OF_THEM.match(s, low) and not _RELATIVE_WORD.search(s, low, match.start()):
            treatments = context.last_named or context.last.treatments  # "Most sports massage therapists don't dry needle, though some ... add it in": what the clause before spoke of
        if not treatments and (context.treatment or named_last or clause_before) and (
            (phrase.voice == "passive" and (not _NAMED_SUBJECT.fullmatch(s, _subject_start(s, low, match.start()), match.start()) or _OBJECT_PRONOUN.search(match.group())))
            or phrase.voice == "active" and _PRONOUN_OBJECT.match(s, match.end()) and not (practitioners and _REDUCED_RELATIVE.search(s, low, practitioners[0][0]) and not subject and not _IT_OPENS.match(s, low))
            and not (_ITEM_AFTER_LEAD_IN.match(s, match.end()) and (not context.asked or any(e[2] == "TREATMENT" and match.end() <= e[0] for e in after)))  # "Our occupational therapists offer: Workstation advice", "your DO may use: Thrust (HVLA)": the item, not the page's treatment (after "Do you offer dry needling?", its sessions are the question's)
            and not _WHATEVER_THEY_DO.search(s, low, match.start())
            or phrase.voice == "adjacent" and _PRONOUN_BEFORE.search(s, low, match.start())
        ):  # "It is done by physical therapists"; not "Tags are for PTs only", whose subject is something else
            treatments = (named_last,) if (
                phrase.voice == "active" and named_last and _IT_OBJECT.match(s, match.end()) and not (context.asked and _ANSWER_WORD.match(s, low))
                and not _OTHERS_ACT.search(s, practitioners[-1][1] if practitioners else low, match.start())
            ) else (context.treatment,) if context.treatment else ()  # "An injection puts ..., so only a doctor can give it": the clause before's subject (not "patients who add it in"; after "Yes," what the question names)
            pronoun_subject = _IT_SUBJECT.search(s, low, match.start()) if phrase.voice == "passive" else None
            if pronoun_subject:  # "A trigger point injection uses ..., so it stays with physicians": the clause before's; "What we don't do is spinal manipulation. That's a chiropractor's job": the nearest
                if pronoun_subject.group(1) == "it":
                    earlier, nearest = [e[3] for e in entities if e[1] <= low and e[2] == "TREATMENT"][:1], named_last
                elif pronoun_subject.group("plural"):  # "these", "those": what the clause just before named, or nothing ("Home visits are available; those are done by our nurse")
                    earlier, nearest = [e[3] for e in entities if e[1] <= pronoun_subject.start() and e[2] == "TREATMENT"][-1:], (clause_before[-1] if clause_before else None)
                    treatments = ()  # not the question's treatment, when they name none
                else:
                    earlier, nearest = [e[3] for e in entities if e[1] <= pronoun_subject.start() and e[2] == "TREATMENT"][-1:], mentioned_last
                treatments = tuple(earlier) or ((nearest,) if nearest else ()) or treatments
        if treatments and phrase.voice == "active" and _IT_JOINED.match(s, match.end()) and (spoken_of := named_last or context.treatment) and spoken_of not in treatments:
            treatments = (spoken_of, *treatments)  # "I use it alongside splinting and exercises": what "it" is, and what is named with it
        if phrase.object:  # "cannot inject medication": the verb names the treatment, or a kind of it its object names ("inject botulinum toxin")
            verb_object = next((e[3] for e in entities if match.end() <= e[0] and e[2] in ("TREATMENT", "DRUG")), None)
            treatments = tuple(t for t in treatments if t == verb_object and _kind_of(t, phrase.object)) or (phrase.object,)
        if treatments and not providers and phrase.voice == "active" and not _BARE_DO.fullmatch(s, match.start(), match.end()):
            context.offered = treatments  # "We don't offer cupping here": done by no one named, for a "do" after it
        if providers and treatments:
            named = practitioners + treated
            start = low if from_context else min([e[0] for e in named] + [match.start()])
            neither = _NEITHER_BEFORE.search(s, low, start)
            if neither:  # "Neither our massage therapist nor our physical therapist gives injections": said of both, denied
                start = neither.start()
            after_subject = practitioners[-1][1] if practitioners else low
            resumed = phrase.voice == "active" and (practitioners or from_context) and (
                _RESUMED_SUBJECT.search(s, after_subject, match.start()) or _verb_of_subordinate(s, after_subject, match.start()))
            if resumed:  # "Our chiropractors do not prescribe drugs, but they work with you on stretching", "PTs cannot bill for it, even when they use it", "They don't needle, but they'll ...": judged from "they"
                start = resumed.start()
            end = max([e[1] for e in named] + [match.end()])
            if phrase.voice == "passive" and practitioners and not _HEDGED_ITEM.search(_WHICH_ONES.sub(" ", s[practitioners[0][1]:end])):
                end = max(match.end(), practitioners[0][1])  # "given by physicians, most often physiatrists, ...": which ones, no hedge ("and sometimes by NPs" is)
            judged_text = s
            if set_apart:  # judged without the aside's "not"
                a, b = practitioners[-1][1], _ASIDE_CLOSED.match(s, set_apart[-1][1]).end()
                judged_text = s[:a] + " " * (b - a) + s[b:]
            for corrected in _CORRECTION.finditer(judged_text, start, match.start()):
                if not any(corrected.start() <= e[0] < corrected.end() for e in named):  # "covered under your medical benefit, not this program, and must be given by ...": judged without the correction's "not"
                    judged_text = judged_text[:corrected.start()] + " " * (corrected.end() - corrected.start()) + judged_text[corrected.end():]
            who = _RELATIVE_ACT.fullmatch(s, practitioners[-1][1], match.start()) if practitioners and phrase.voice == "active" else None
            own_end = next((e[1] for e in treated if match.end() <= e[0] <= match.end() + 3), match.end())  # the relative clause's act and what it names
            relative = _MAIN_VERB_LATER.match(s, own_end + len(s[own_end:high]) - len(s[own_end:high].lstrip(" ,"))) if who else None
            if relative:  # "Physical therapists who dry needle do not practice acupuncture", "Chiropractors who do not offer it can refer you": the relative clause's act, judged on its own words
                start, end = who.start("act"), relative.start()
            relation = _judged(judged_text, start, end, entities, phrase.polarity, place)
            if what and (what.group("denied") or what.group("not")):
                relation = "does_not_perform"  # "Trigger point injections are not something we offer", "it isn't part of what I offer"
            if phrase.voice == "adjacent" and practitioners and _FORBIDDEN_AFTER.match(s, practitioners[-1][1]):
                relation = "does_not_perform"  # "Dry needling by a chiropractor is not allowed in Ohio" ("... is not covered" says nothing of who may)
            if phrase.voice == "referral":  # "your team may refer you to ...": hedged with it, whatever the question asks; a place it names is where the practitioner works ("in Brandt Hall"), never a law's permission; "you do not need a referral to see ...": not denied
                for judged_from in (low, s.rfind(",", low, match.start()) + 1 or low, start):  # the clause, its last part, the phrase
                    relation = _judged(s, max(low, judged_from), end, entities, phrase.polarity, False)
                    if relation != "does_not_perform":
                        break
            denied = _DENIED_TO.search(s, low, practitioners[0][0]) if phrase.voice == "active" and practitioners else None
            if denied and not (denied.group("forbids") and _negation_cues().find(s, low, denied.start())):  # "Nothing prevents ...": no denial
                relation = "does_not_perform"
            if phrase.voice == "active" and practitioners and _NONE_OF.search(s, low, practitioners[0][0]):
                relation = "does_not_perform"
            if phrase.voice == "active" and practitioners and (not_every := _NOT_EVERY.search(s, low, practitioners[0][0])) and not _CONTRAST.search(s, not_every.end(), high):  # "..., but ours does": the others' denial is not the whole clause's
                relation = "does_not_perform"
            if relation == "does_not_perform" and _restricted(s, match.end(), high):
                continue  # "Tom doesn't do dry needling during pregnancy", "... will not place cups on the abdomen": when, where or for whom not, not whether
            judged = {t: relation for t in treatments}
            if relation == "may_perform" and phrase.voice == "active" and len(treated) > 1:  # "using IASTM, stretching and sometimes cupping": a hedge before one item is its own
                judged.update({e[3]: _judged(s, start, max(e[1], match.end()), entities, phrase.polarity, place) for e in treated if e[3] in judged})
            for judgement in dict.fromkeys(judged.values()):
                named_here = tuple(t for t in treatments if judged[t] == judgement)
                stated_as = Relation(providers, _kinds(named_here, judgement, context), judgement)
                as_named[stated_as] = named_here
                found.append((match.start(), stated_as))
            if relative and relation != "does_not_perform" and (so := _DENIED_SO.match(s, relative.start())) and (not so.group("where") or named_place or _PLACE_WORDS.match(s, so.end())) and not _restricted(s, so.end(), high):
                forbidden = forbidden or Relation(providers, treatments, "does_not_perform")  # "Chiropractors who dry needle are not allowed to do so in California": the act, and a place that forbids it
            contrasted = compared and phrase.voice in ("active", "passive") and compared.group(1) == "unlike" and (relation == "does_not_perform" or _CONTRASTED_ACT.search(s, compared.end(), match.end()))
            unlike = _providers(s, _list(s, [e for e in entities if low <= e[0] and e[1] <= compared.end() and e[2] == "PROVIDER" and not _generic(e[3])], forward=True)) if contrasted else ()
            if unlike and not set(unlike) & set(providers):  # "Unlike physical therapists, massage therapists do not offer dry needling": the others do
                found.append((match.start(), Relation(unlike, treatments, "performs" if relation == "does_not_perform" else "does_not_perform")))
            if relation != "does_not_perform" and phrase.voice == "active":
                act_end = max([match.end()] + [e[1] for e in treated] + ([pronoun.end()] if pronoun else []))
                not_done = _set_aside(s, act_end, high, entities, "TREATMENT")  # "do dry needling, not acupuncture"
                not_doing = _providers(s, set_apart) or _providers(s, _set_aside(s, act_end, high, entities, "PROVIDER"))  # "A physical therapist will do it, not the physician"
                found += [(match.start(), Relation(providers, _treatments(s, not_done), "does_not_perform"))] * bool(not_done)
                found += [(match.start(), Relation(not_doing, treatments, "does_not_perform"))] * bool(not_doing)
            named_after = [e for e in entities if phrase.voice == "passive" and practitioners and e[0] > practitioners[-1][1] and e[1] <= high and e[2] == "PROVIDER"]
            by_end = apposed.end() if practitioners and (apposed := _APPOSED_NAMES.match(text, practitioners[-1][1])) else practitioners[-1][1] if practitioners else 0  # "... by our physical therapists, Hannah Reyes and Theo Marsh, not by ..."
            denied_by = next((i for i, e in enumerate(named_after) if _NOT_BY.fullmatch(s, by_end, e[0])), None)
            if denied_by is not None and relation != "does_not_perform":  # "performed by our LMTs (...), not by the chiropractors"
                side_end = next((m.start() for m in _NEXT_SIDE.finditer(s, named_after[denied_by][1], high)), high)  # "..., and massage therapists also offer it": another side
                denied = _providers(s, _list(s, [e for e in named_after[denied_by:] if e[1] <= side_end], forward=True))
                if denied:
                    found.append((match.start(), Relation(denied, treatments, "does_not_perform")))
    labelled = _labelled(text, s, low, high, entities, place)
    found = [(low, relation) for _, relation in labelled] + found  # a list item's own label outranks what its lead-in's pronoun stands for ("These procedures are done by ...: Dry needling: physical therapists, ...")
    denied_elsewhere = _DENIED_ELSEWHERE.search(s, found[-1][0] if found else low, high)
    if found:  # "... in some states and not in others": a permission of some places; "Many osteopaths do, but not all of us": of some of them
        told = found[-1][1] if (denied_elsewhere and _SOME_PLACES.search(s, low, denied_elsewhere.start())) or ((not_all := _NOT_ALL_OF_THEM.search(s, found[-1][0], high)) and not_all.group("not_all")) else None
    else:  # "..., but in others they may not": the clause before's, when it spoke of some places and this one names nobody else; "..., but most don't": of some of the practitioners it named
        told = context.last if ((denied_elsewhere and denied_elsewhere.start() == low and context.some_places) or (named_before and _NOT_ALL_OF_THEM.fullmatch(s, low, high))) and not context.named_before else None
    elsewhere = Relation(told.providers, told.treatments, "does_not_perform") if told and told.relation != "does_not_perform" else forbidden
    stated = [start for start, _ in found]
    for a, b in _sides(s, low, high):  # "..., but physical therapists are", "PTs and MDs can, and so can NPs"
        elliptical = _ELLIPTICAL.fullmatch(s, a, b)
        if elliptical and (who := _WHO_ELLIPTICAL.search(s, a, b)) and not any(e[2] == "PROVIDER" and who.start() - 2 <= e[1] <= who.start() for e in entities):
            elliptical = None  # "physical therapists who can" (not "someone local who is": no practitioner)
        named_in_side = [e for e in entities if a <= e[0] and e[1] <= b and e[2] == "PROVIDER"]
        if elliptical and named_in_side and _SOMEONE_ELSE_ACTS.search(s, named_in_side[-1][1], a + len(s[a:b].rstrip(" \t.,;:!?)"))):
            elliptical = None  # "See a physical therapist if the pain limits what you can do": someone else's verb
        providers = _providers(s, [e for e in entities if a <= e[0] and e[1] <= b])
        earlier = [relation for start, relation in found if start < a]  # "PTs may perform it, as may acupuncturists": this clause's own
        if earlier:
            treatments = as_named.get(earlier[-1], earlier[-1].treatments)
        elif context.last:  # not after a clause that named practitioners and no act of theirs ("Physiotherapists are registered with AHPRA; myotherapists are not")
            treatments = (context.last_named or context.last.treatments) if related_before or not named_before else ()
        else:  # the question's, after a side break or where the side opens with its practitioners ("Physical therapists and chiropractors can, with the right training"; not "ask your therapist what the plan is")
            named_here = [e for e in entities if a <= e[0] and e[1] <= b]
            opens = a > low or bool(named_here and named_here[0][2] == "PROVIDER" and (_SUBJECT_LEAD.fullmatch(s, a, named_here[0][0]) or _ECHO_LEAD.fullmatch(s, a, named_here[0][0])))
            treatments = (context.treatment,) if context.treatment and opens else ()
        if elliptical and providers and treatments and not any(a <= start < b for start in stated):
            echoed = earlier and _AS_SIDE.match(s, a)  # "..., as may acupuncturists": as the practitioners before them do
            withheld = _DENIED_ELSEWHERE.search(s, a, b) if _SOME_PLACES.search(s, a, b) else None  # "Chiropractors can in some states and not in others": both
            relation = earlier[-1].relation if echoed else _judged(s, a, withheld.start() if withheld else b, entities, "as_written", place, elided=True)
            found.append((a, Relation(providers, _kinds(treatments, relation, context), relation)))  # "give injections; ... do not": denied, injections of any kind
            if withheld and relation != "does_not_perform" and elsewhere is None:
                elsewhere = Relation(providers, _kinds(treatments, "does_not_perform", context), "does_not_perform")
    first_start: dict[Relation, int] = {}
    for start, relation in sorted(found, key=lambda item: item[0]):  # "do not give injections": one relation, two verbs
        first_start.setdefault(relation, start)
    ordered = list(first_start.items())
    relations = [relation for relation, _ in ordered[:1]]
    for item in ordered[1:]:
        if _second(s, ordered[0], item):
            relations.append(item[0])
        elif set(item[0].treatments) == set(ordered[0][0].treatments) and (extra := tuple(p for p in item[0].providers if p not in ordered[0][0].providers)):  # "... get dry needling from a PT, and many chiropractors ... offer it as well": the others too
            relations.append(Relation(extra, item[0].treatments, item[0].relation))
    if elsewhere and elsewhere not in relations:
        if relations:
            relations.append(elsewhere)
        else:
            context.related = True
            return [elsewhere]  # "but in others they may not": the clause before says who and what, and stays what "they" are
    if not relations and context.answering_who and context.treatment:
        relations = _named_in_answer(text, s, low, high, entities, context, place)
    if not relations:
        relations = _kinds_named_after(text, s, low, high, entities, context, related_before)
    relations += _kinds_especially(s, low, high, entities, relations)
    if relations:
        context.related = True
        context.some_places = bool(_SOME_PLACES.search(s, low, high))
        same = [r for r in relations if r.providers == relations[0].providers]  # one verb's list judged item by item is one list for "do too"
        context.providers = relations[0].providers
        context.last = Relation(relations[0].providers, tuple(dict.fromkeys(t for r in same for t in r.treatments)), relations[0].relation)
        context.last_named = tuple(dict.fromkeys(t for r in same for t in as_named.get(r, r.treatments)))
        context.named = tuple(dict.fromkeys(context.named + context.last.treatments))
        if not subject and context.last_named:
            context.last_treatment = context.last_named[0]  # "Chiropractors don't give trigger point injections. ... it stays with physicians"
    else:
        told = [e for e in entities if low <= e[0] and e[1] <= high and e[2] == "PROVIDER" and e not in left_to]
        if len(told) > 1 and any(s[e[0]:e[1]] not in _SPEAKER_STAND_INS for e in told):
            told = [e for e in told if s[e[0]:e[1]] not in _SPEAKER_STAND_INS]  # "I refer to two physical therapists ... They use ...": they are not the speaker
        if len(told) > 1 and told[0][3] not in NAMED_KINDS and not _generic(told[0][3]) and _DEFINED_AS.fullmatch(s, told[0][1], told[1][0]):
            told = told[:1]  # "A physiatrist is a medical doctor, either an MD or a DO": "they" after it are physiatrists (not "Every therapist here is an LMT")
        if not (named_before and context.providers and _SAYS_WHAT_THEY_ARE.match(s, low)):  # "The PTs and OTs ... have training, and several are certified lymphedema therapists (CLTs). They use ...": still the PTs and OTs
            context.providers = _providers(s, told) or context.providers
    return relations


def asks_who_performs(question: str, treatment_starts: list[int]) -> bool:
    """"Who gives the injections?", "Who can do it here?": a question of who performs the treatment
    its verb names (one starting at `treatment_starts`) or refers to, whose answer may only name
    them ("Dr. Hale, our physiatrist, or our nurse practitioner"); not "Who does the billing?", "Who
    gives the referral for dry needling?", nor "Who can't do it?"."""
    s = normalise(question)
    who = _WHO_DOES.match(s)
    if not who or _NEGATION.search(s):
        return False
    verbs = [m for phrase in _phrases() if phrase.voice == "active" and (m := phrase.regex.match(s, who.end()))]
    return any(_OBJECT_REFERRED.match(s, verb.end()) or any(_DETERMINERS.fullmatch(s, verb.end(), start) for start in treatment_starts) for verb in verbs)


def _named_in_answer(text: str, s: str, low: int, high: int, entities: list[ENTITY], context: Context, place: bool) -> list[Relation]:
    """The practitioners an answer to "who performs it" names with no verb of their own ("Only our
    physiotherapists with a dry needling authorization.", "Usually one of our physical therapists.",
    the items under "one of the following:") perform what is asked; those it sets apart after "not"
    ("Only physicians, not chiropractors.") do not."""
    colon = s.rfind(": ", low, high)
    if colon >= 0 and not _ONE_OF_THE_FOLLOWING.search(s, low, colon):
        return []  # "Our team includes:" names who works here, not who does it
    start = colon + 2 if colon >= 0 else low
    named = _names_alone(text, s, start, high, entities)
    if not named:
        return []
    relation = _judged(s, low, named[-1][1], entities, "as_written", place)  # with its lead-in: "None of the following may ...:"
    found = [Relation(_providers(s, named), _kinds((context.treatment,), relation, context), relation)]
    later = [e for e in entities if named[-1][1] < e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3])]
    if relation != "does_not_perform" and later and _NOT_BY.fullmatch(s, named[-1][1], later[0][0]):
        found.append(Relation(_providers(s, _list(s, later, forward=True)), (context.treatment,), "does_not_perform"))
    return found


def _kinds_named_after(text: str, s: str, low: int, high: int, entities: list[ENTITY], context: Context, related_before: bool) -> list[Relation]:
    """Right after a relation that names a broad kind ("Trigger point injections are given by
    physicians."), a clause that only names kinds of it (pipeline/data/broad_kinds.csv: "Most are
    physiatrists, pain medicine specialists or family physicians.", "Our injecting physicians are
    physiatrists and anesthesiologists.") says those kinds do it too."""
    told = context.last
    if not related_before or told is None or told.relation == "does_not_perform" or not (lead := _KINDS_LEAD.match(s, low)):
        return []
    kinds = _kinds_of(told.providers, _providers(s, _names_alone(text, s, lead.end(), high, entities)))
    return [Relation(kinds, told.treatments, told.relation)] if kinds else []


def _kinds_especially(s: str, low: int, high: int, entities: list[ENTITY], relations: list[Relation]) -> list[Relation]:
    """"Physicians give most of them, especially physiatrists and anesthesiologists": the kinds of
    the broad practitioners that "especially" names do it too (not "..., usually physical
    therapists do the follow-up")."""
    broad = next((r for r in relations if r.relation != "does_not_perform" and any(_broad(p) for p in r.providers)), None)
    which = _ESPECIALLY.search(s, low, high) if broad else None
    kinds = [e for e in entities if which and which.end() <= e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3])]
    if not kinds or kinds[0][0] != which.end():
        return []
    listed = _list(s, kinds, forward=True)
    if _FINITE.search(s, listed[-1][1], high):
        return []
    named = _kinds_of(broad.providers, _providers(s, listed))
    return [Relation(named, broad.treatments, broad.relation)] if named else []


def _kinds_of(broad: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    """The practitioners named, but the broad ones, when all are kinds of a broad one before; else none."""
    allowed = {kind for b in broad for kind in _broad_kinds().get(b, ())}
    found = tuple(c for c in named if not _broad(c))
    return found if found and all(concepts_by_id()[c].category in allowed for c in found) else ()


@cache
def _restrictions() -> re.Pattern:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in read_rows("cues/restrictions.csv")), re.IGNORECASE)


@cache
def _broad_kinds() -> dict[str, frozenset[str]]:
    return {row["broad"]: frozenset(row["kinds"].split("|")) for row in read_rows("broad_kinds.csv")}


def _names_alone(text: str, s: str, start: int, high: int, entities: list[ENTITY]) -> list[ENTITY]:
    """The list of practitioners s[start:high] opens with and no verb of its own, after a lead such
    as "Only our" or "Here it's our two" (a person's name too: "Dr. Hale, our physiatrist, or Priya
    Nair, our nurse practitioner"); none where it holds a verb ("A physical therapist will assess
    you first")."""
    brackets = [m.span() for m in _BRACKETED.finditer(s, start, high)]
    named = [e for e in entities if start <= e[0] and e[1] <= high and e[2] == "PROVIDER" and not _generic(e[3]) and not any(a < e[0] and e[1] < b for a, b in brackets)]
    if not named:
        return []
    lead = _ANSWER_LEAD.fullmatch(s, start, named[0][0])
    person = _PERSON_LEAD.match(text, _ANSWER_LEAD.match(s, start).end()) if not lead else None
    if person:
        lead = _ANSWER_LEAD.fullmatch(s, person.end(), named[0][0])
    def bracketed(match: re.Match) -> bool:  # the "DO" of "(MD or DO)"
        return any(a < match.start() < b for a, b in brackets)
    named = _list(s, named, forward=True, gap=_NAMES_GAP)  # the opening list, not "..., on referral from your family doctor"
    if not lead or not _ANSWER_TAIL.match(s, named[-1][1]) or not all(bracketed(m) for m in _FINITE.finditer(s, lead.end(), high)):
        return []
    relative = _RELATIVE_AFTER_NAMES.match(s, named[-1][1])
    if not all(bracketed(m) for phrase in _phrases() if phrase.voice in ("active", "passive") for m in phrase.regex.finditer(s, start, relative.start() if relative else high)):
        return []  # a verb of the rules' that said nothing here ("treat ... without"), not names alone; the names' own relative clause says who they are ("who have finished a course")
    return named
