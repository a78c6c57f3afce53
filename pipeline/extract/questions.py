"""Finding question/answer pairs in a document's text.

The finder works on lines, because FAQ pages mark questions by layout (a line of its own, a
heading, an enumerator or a "Q:" label) rather than by grammar. Every span it returns is a pair of
offsets into the text it was given, so `text[start:end]` is always the reported string.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache

from pipeline.extract.furniture import ANNOUNCED_ROLE, CALL_VERBS, CALLING, CUE_SPAN, FAQ_SECTION, MAIL_FIELD, MAIL_FROM, RULE_LINE, Line, Page, line_action, table_columns
from pipeline.extract.tables import lines_of_column_names
from pipeline.extract.transcripts import ASKED, CHEVRON, MENTION, READ_ALOUD_LEAD, Transcript, answer_labels, find_transcript, spoken_words
from pipeline.memos import text_memo
from pipeline.rules import function_words, question_words, read_rows, sentence_abbreviations
from pipeline.sources.document import Mark

MAX_QUESTION_CHARS = 300
MAX_LONE_QUESTION_CHARS = 100  # a paragraph of one short line may ask with a remark ("Is acupuncture covered? I have Medicare.")
MAX_WRAPPED_LINES = 3
LINE_WIDTH_SHARE = 0.9  # of a text's lines that its width holds
MAX_HEADING_WORDS = 6
MAX_REMARK_WORDS = 4  # a chat's remark on a line of its own before a question in lower case ("ok I'll go first")
MAX_LOWER_CASE_REMARK_WORDS = 6  # a chat's remark in lower case before its question on one line ("ok that sounds worse lol. does it hurt?"); a longer sentence says what is asked about
MIN_FAQ_HEADINGS = 3  # question headings of one level before its other headings count as entries
MIN_TIGHT_ANSWERS = 3  # answers before the last of one paragraph each, right under its question, for blank lines to part a page's entries
MIN_SET_IN_ANSWERS = 3  # answers before the last, each set in under its question, for the text's return to the margin to end the last
MIN_EXPORT_GAP = 2  # line breaks between every question and answer beyond which each paragraph stands apart as an entry's part
FAQ_HEADING_SHARE = 0.6
INDENTED_BODY_SHARE = 0.7  # of a text's lines of words indented: its flush-left lines are headings (a text browser's dump)
MAX_OUTDENTED_HEADING_CHARS = 120
MAX_HEADING_QUESTION_WORDS = 12
MIN_NUMBERED_QUESTIONS = 2  # numbered questions with "?", for the next number's line to ask without one
MIN_UNMARKED_EVIDENCE = 2  # questions with "?" laid out alike, for a line laid out so to ask without one
SHAPED_SHARE = 0.75  # ... and the share of its questions they must be
MIN_QUESTION_HEADINGS = 2  # headings without "?" that read as questions, for them to count as the FAQ
QUESTION_HEADING_SHARE = 0.5  # ... and the share of the page's headings they must make up

_COMPONENT_TITLE = re.compile(r"(?:\{\{[<%][ \t]*[\w-]+|\{%-?[ \t]*[\w-]+|<[A-Z][\w.]*)[ \t]+(?:question|title|q|summary|heading)=[\"“']")  # a Hugo shortcode's, a Markdoc tag's or an MDX component's title attribute: {{< faq question="...", {% accordion-item title="...", <Accordion title="...
# Markup that may open a line: Markdown heading or quote, list bullet, bold or italic markers.
_DETAILS_MARK = r"(?:\?{3}\+?|!{3}(?=[ \t]+[a-z]))[ \t]+"  # MkDocs' collapsible block ("??? ", "???+ ") or admonition ("!!! note") before its type and title (PmWiki's "!!! What is ...?" is a heading)
_TEXINFO_LEVELS = {  # a Texinfo source's sectioning commands, as Markdown's "#"s
    "@top": "#", "@chapter": "#", "@unnumbered": "#", "@appendix": "#", "@majorheading": "#", "@chapheading": "#",
    "@section": "##", "@unnumberedsec": "##", "@appendixsec": "##", "@heading": "##",
    "@subsection": "###", "@unnumberedsubsec": "###", "@appendixsubsec": "###", "@subheading": "###",
    "@subsubsection": "####", "@unnumberedsubsubsec": "####", "@appendixsubsubsec": "####", "@subsubheading": "####",
}
_TEXINFO_HEADING = r"@(?:" + "|".join(sorted((command[1:] for command in _TEXINFO_LEVELS), key=len, reverse=True)) + r")[ \t]+"
_TIGHT_WIKI_HEADING = r"={2,6}(?=[^\s=\"“'][^\n]*[^\s=]={2,6}[ \t]*$)"  # WikiNi's and YesWiki's "====What is a myotherapist?====", its "=" signs against its words
_SCRAPBOX_OPENING = re.compile(r"\[\*{1,5}[ \t]+(?=[^\[\]\n]{3,}\][ \t]*$)")  # Scrapbox's heading, "[** Will cupping leave marks]", up to its words: the more stars, the larger
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|" + _TEXINFO_HEADING + r"|-{3}\+{1,6}(?:!!)?[ \t]+|h[1-6]\.[ \t]+|!{2,6}[ \t]+(?=[A-Z0-9])|<summary>[ \t]*|(?:\*{2,8}[ \t]+|\*[ \t]+(?=(?:TODO|DONE)[ \t]))(?:(?:TODO|DONE|NEXT|WAITING|STARTED|HOLD|CANCELL?ED)[ \t]+)?(?:\[#[A-C]\][ \t]+)?|={1,6}[-+]?[ \t]+(?=[^\s\"“'])|" + _TIGHT_WIKI_HEADING + r"|>[ \t]*(?:\[![\w-]{1,20}\][+-]?[ \t]+)?|\[quote(?:=[^\]\n]{0,60})?\][ \t]*|" + _COMPONENT_TITLE.pattern + r"|\.(?=[A-Z])|\\(?:item\[|(?:sub){0,2}section\*?\{|paragraph\*?\{)|\[(?=[^\[\]\n]{3,}\?\][ \t]*$)|" + _SCRAPBOX_OPENING.pattern + r"|" + _DETAILS_MARK + r"[\w-]+(?:[ \t]+[\w-]+)*[ \t]+[\"“'](?=[^\"“”\n]{3,}[\"”'][ \t]*$))")  # Jira's "h2. ", HTML's <summary> in Markdown, Org mode's "** DONE ", LaTeX's \item[...] and \section{...} too, a text browser's button ("[Does it hurt?]"), Scrapbox's heading ("[** Will it bruise]")  # "= " of AsciiDoc and wikis ("==- " of a Retype panel), an AsciiDoc block title's ".", a shortcode's or an MDX component's question attribute (boilerplate.csv says which head an entry: the others are furniture)
_DETAILS_BLOCK = re.compile(r"[ \t]*" + _DETAILS_MARK + r"[\w-]")  # MkDocs' '??? question "..."' and '!!! note': a title over a body indented under it
_TASK_BOX = r"\[[ xX]\][ \t]+"  # a checklist's box, ticked or not
_BULLET = re.compile(r"[ \t]*(?:" + _TASK_BOX + r"|(?:[-*+]|\\[-+]|[•·▪►‣▸▹▶▷◦»]|\(cid:\d{1,4}\)|o(?=\t))[ \t]+|\[\*\][ \t]*)(?:(?:TODO|DONE|LATER|NOW)[ \t]+(?=\S)|" + _TASK_BOX + r")?")  # "▸" of a Notion toggle, a plain-text packet's "»" too, a journal export's escaped "\\- ", pdfminer's "(cid:127)", Word's "o<TAB>" of a second level; an outliner's task marker ("- DONE Who can ...", a checklist's "[x] What is ...?", "- [ ] ...")
_CHECKBOX = re.compile(r"[ \t]*(?:[-*+][ \t]+)?" + _TASK_BOX)  # a checklist's task: "[x] What is ...? #faq", "- [ ] ..."
_EMPHASIS = re.compile(r"[ \t]*(?:\*\*|__|\*|_)(?=\S)")
_EMPTY_SPAN = re.compile(r"[ \t]*\[\]\{[^{}\n]*\}")  # pandoc's empty span, an anchor of its Markdown ("[]{#ch07_page_143 .pagebreak}" from an EPUB)
_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n].*(?:\*\*|__)[ \t]*")
_ANSWERER = re.compile(  # a first name and an initial, perhaps a badge or a place ("Maren L. Business Owner"), not "Option A. Pay per visit"
    r"[ \t]*(?!(?:Option|Plan|Step|Part|Level|Tier|Phase|Type|Grade|Class|Section|Appendix|Table|Figure|Form|Schedule|Exhibit|Model|Package|Group|Zone|Area|Room)\b)"
    r"[A-Z][a-z]+[ \t]+[A-Z]\.(?:[ \t]*[A-Z][^.!?\n]{0,40})?[ \t]*"  # "Tessa M.Business Owner": a badge may follow unspaced
)
_CLOSING_MARKUP = re.compile(r"(?:</[A-Za-z][\w-]{0,15}>|\[/[A-Za-z][\w-]{0,15}\]|(?<=[\w.!?\"”)])\[\^[\w-]{1,12}\]|(?<=[.!?\"”)])[ \t]+\((?i:edited)\)"
                             r"|(?<=[.!?\"”)])[ \t]+(?i:see also)[ \t]*:?[ \t]*\[\[[^\]\n]{1,100}\]\](?:[ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*\[\[[^\]\n]{1,100}\]\])*[ \t]*\.?)+[ \t]*$")  # a Markdown footnote's "[^2]" after the last sentence too; a chat's "(edited)" mark after a message (Slack, Mattermost); a wiki's "See also [[Booking types]]." after it
_OPENING_TAG = re.compile(r"\[(?:info|title|qt|quote|code)\](?=\S)")
_TABLE_ROW = re.compile(r"[ \t]*\|[ \t]*(?=[^\s|:-])")  # a Markdown table's row: "| What is X? | X is ... |"
_QUESTION_LABEL = re.compile(
    r"[ \t]*(?:Q|Question|FAQ(?=[ \t]*[#-]?[ \t]*\d|[^\n]*\?[ \t*_]*$))[ \t]*(?:[#-]?[ \t]*\d{1,3}(?:[ \t]+of[ \t]+\d{1,3}|[ \t]*/[ \t]*\d{1,3})?|(?<=n)[ \t]+(?:number[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?=[^\n]*\?))?[ \t]*(?:\((?:from|by|asked by)[ \t]+[^()\n]{1,40}\)[ \t]*)?(?:[.:)\]–—-]|(?<=\d)[ \t]|(?<=(?-i:Q))[ \t](?=[ \t]+\S))[ \t]*",  # "Q (from Jordan):" names its asker, "Question 2 of 8:" its place; "FAQ – Cupping" is a title, "FAQ 3:" or "FAQ: ...?" a label; a printed sheet's "Q" column, two spaces from its text
    re.IGNORECASE,
)
_FROM_ASKER = r"(?:[ \t]+from[ \t]+[A-Z][\w'’.-]*(?:[ \t]+(?:in[ \t]+)?[A-Z][\w'’.-]*){0,3})?"  # who sent a question in: "Reader question from Dundas:", "A question from Jo in Leeds:"
_ASKED_LABEL = re.compile(  # a mailbag's "You asked: ...?", a forum title's "Ask HN: ...?", a thread's "Next up: does it hurt?", "And the money question: ...?", a call script's "Caller: ...?", a column's "From a patient: ...?" (the "?" still needed)
    r"[ \t]*(?:(?i:you asked|ask[ \t]+(?:hn|reddit)|(?:and[ \t]+)?(?:the[ \t]+)?(?:first|second|third|fourth|fifth|next|last|final)[ \t]+one(?=[.:])|(?:reader|listener|patient)'?s?[ \t]+(?:question|asks)" + _FROM_ASKER + r"|(?:caller|patient|client|member|customer|parent|reader)(?=[ \t]*:)|(?:from[ \t]+)?(?:a|an|one)[ \t]+(?:reader|listener|viewer|patient|client|member|parent)(?:[ \t]+(?:writes|asks))?(?=[ \t]*:)|(?:and[ \t]+)?(?:next|first|last)[ \t]+up|up[ \t]+next"
    r"|(?:and[ \t]+|so[ \t]+)?(?:the[ \t]+|one[ \t]+|a[ \t]+|my[ \t]+)?(?:[\w'-]+[ \t]+){0,2}question" + _FROM_ASKER + r")"
    r"|(?:(?:[\w'-]+[ \t]+){0,3}[\w'-]*[a-z]{2}[.,!][ \t]+){0,2}(?:(?:[A-Z][\w'-]+(?:[ \t]+[A-Z]\.)?|[A-Za-z][\w.-]*[_\d][\w.-]*|(?i:some(?:one|body)(?:[ \t]+else)?))[ \t]+(?:asks|asked|wants[ \t]+to[ \t]+know|wonders)"
    r"|(?i:from)[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z]\.)?))[ \t]*(?:[:–—-]|(?<=one)\.)[ \t]*")  # a host reading viewers' questions: "First one. Sarah asks: ...?", "Last one, from Mia: ...?", "Okay, someone asked: ...?"; a round-up's "jen_h_runs asked: ...?" (a user name)
_ASKER_IN_BOLD = re.compile(  # meeting notes' "**[14:32](https://...) Maria G.:** Who can ...?": who asked, and when, in bold before the question (not "**Q:**")
    r"[ \t]*(?:\*\*|__)(?:\[[^\]\n]{1,12}\]\([^()\s]{1,200}\)[ \t]*|(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+)?(?!(?i:q|a|question|answer)[ \t\d.]*:)[^*_:\n\[\]]{2,40}:[ \t]*(?:\*\*|__)[ \t]+(?=\S)")
_READ_FROM = re.compile(  # a speaker reading out cards: "First card. What's ...?", "Next. Um, this one's from Tom. Is ...?", "Last one for now. Will ...?", "First one, and this is the big one. What is ...?"
    r"[ \t]*(?i:(?:(?:next|okay|ok|right|so|um|uh|erm?)[.,]?[ \t]+)*(?:(?:first|second|third|fourth|fifth|next|last|final|another)[ \t]+(?:card|note|submission|question|one)(?:[ \t]+for[ \t]+(?:now|today|tonight)|,[ \t]+[^.:?!\n]{1,40})?|this[ \t]+one(?:['’]s|[ \t]+is)[ \t]+[^.:?!\n]{1,30}))[.:][ \t]+(?=[A-Z])")
MAX_LABEL_CHARS = 60  # how far into a line a speaker's label may end
MAX_TITLE_REMARK_WORDS = 7  # an asker's remark a labelled title keeps ("My doctor suggested it."); a letter's longer story after its question is no part of it (a bold line keeps it whole)
MAX_HOST_REMARK_WORDS = 12  # a host's remark before "Tomás asks:" at the end of its line
MIN_READ_OUT_WORDS = 4  # a question read out without "?" is whole on its line ("how long does a visit take", not "Will my" wrapped on)
STATUS_COLUMN = re.compile(r"(?:post[ _-]?)?status|state|published|publish(?:[ _-]+(?:to|on)[ _-]+[\w ]{1,20})?\??|live\??|visibility|show[ _-]?on[ _-]?site|visible", re.IGNORECASE)  # a column that says whether a row is published ("Publish?" of a sheet too, "Publish to FAQ?")
UNPUBLISHED = frozenset("draft pending private trash unpublished archived hidden inactive false 0 no n".split())  # ... and its values that keep the row off the site ("N" of a yes/no column)


def unpublished(status: str) -> bool:
    """A status cell that keeps its row off the site, by its first word ("No (spam)", "Draft - needs review")."""
    words = re.findall(r"\w+", status.lower())
    return bool(words) and words[0] in UNPUBLISHED
HEADER_ROW_LINES = 5  # how far down an outliner's column names may stand (under a title and an export note)
_COLUMN_NAMES = re.compile(r"[A-Z][\w -]{0,20}(?:\t[A-Z][\w -]{0,20}){2,}[ \t]*")  # "Topic<TAB>Status<TAB>Owner"
_SUBJECT_LABEL = re.compile(r"[ \t]*Subject:[ \t]*(?=\[\d{1,3}(?:\.\d{1,3})+\])")  # a Usenet FAQ's entry: "Subject: [2.3] Are ...?"
_ENUMERATOR = re.compile(r"[ \t]*(?:[0-9#*]\ufe0f?\u20e3|\U0001f51f|\d{1,2}/(?=[ \t])|\[\d{1,3}(?:\.\d{1,3})+\]|\(?\d{1,3}(?:\.\d{1,3})*\\?[.)]|\d{1,3}[ \t]*[:–—-]|\d{1,3}(?:\.\d{1,3})*(?=[ \t]+[A-Z]))[ \t]+")  # "3.", "(2)", "4.1 ", Markdown's escaped "1\\.", a thread's "7/", a post's keycap emoji ("1️⃣ ")
_EMOJI_MARK = "(?:[\u2190-\u21FF\u2300-\u23FF\u2600-\u260F\u2613-\u27BF\u2B00-\u2BFF\U0001F000-\U0001FAFF]|[\u2610-\u2612](?=\uFE0F))[\uFE0F\u200D]*"  # an answer's mark: "✅", "👉", "☑️" as an emoji; a checklist's box ("☐ 30 min massage") is its item's text, as a printed "•" is
_SYMBOL_LABEL = re.compile("[ \t]*[\u2753\u2754\u2049\U0001F914\U0001F64B][\uFE0F\u200D\u2640\u2642]*[ \t]+")  # a social post's question mark: "❓ ", "🤔 "
ANSWER_LABEL = re.compile(  # Slido's "Answer (host, 12:21):" names who answered, and when; a printed sheet's "A" column, two spaces from its text
    r"[ \t]*(?:\*\*|__|\*(?=[A-Za-z]))?(?:(?i:A|Ans|Answer)[ \t]*\d{0,3}[ \t]*[.:)–—-]|A(?=[ \t]{2,}\S)|[-*+][ \t]+(?i:answer)::|(?i:Our answer|The answer|Expert answer)[ \t]*:|(?i:Ans|Answer)[ \t]*\([^()\n]{1,40}\)[ \t]*:" + f"|{_EMOJI_MARK}"
    r"|(?:Dr\.?|Doctor|Prof\.?|Professor|Nurse|Coach)[ \t]+[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+)?(?:[ \t]+(?:replied|answered|answers))?[ \t]*:"
    r"|[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){0,2},[ \t]*(?:MD|DO|DC|PT|DPT|LMT|NP|PA-C|PA|RN|LAc)\b[^:\n]{0,20}:"
    r"|[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+)?[ \t]+(?:says|SAYS|replies|REPLIES|answers|ANSWERS)[ \t]*:"
    r"|Dear[ \t]+(?!(?:Dr|Doctor)\b)[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+)?[ \t]*[:,]|:(?=[ \t]+\S))"
    r"(?:\*\*|__|(?<=[.:)–—-])\*)?(?:[ \t]+[|>][-+]?(?=[ \t]*$))?(?:[ \t]+|$)",  # YAML's block scalar after "answer:" ("answer: >-"); Typst's and Org's bold in one "*" ("*A:* ...")
)  # "A:", "Answer:", an expert's name ("Dr. Lee:", "Jo Smith, DPT:", a column's "PRIYA SAYS:"), a columnist's "Dear Sore:" (a reader writes "Dear Dr. Lee:") or a definition list's ":   " under its term (pandoc, Markdown Extra)
_INLINE_ANSWER = re.compile(r"\?[\"”’')\]]*(?:\*\*|__)?[ \t]+(?:A|Answer)[ \t]*[:.)][ \t]+")
_KEYWORD_PROMPT = re.compile(  # a text line's keyword prompt after a message's reply ("... Reply BOOK to schedule or STOP to opt out.", "Reply Y to confirm."): the service's, not the answer's (not "Text HOME to 741741", a number given)
    r"(?<=[.!?])(?:[ \t]+\(?(?:Reply|Text|Txt|Respond)[ \t]+[\"“]?[A-Z0-9]{1,12}[\"”]?[ \t]+(?:to|for)[ \t]+(?:schedule|book|confirm|cancel|reschedule|opt|unsubscribe|stop|start|subscribe|get|receive|learn|see|talk|speak|chat|join|help|more|info)\b[^.!?\n]{0,100}[.!]?\)?)+"
    r"(?:[ \t]+(?:Msg|Message)[ \t]*(?:&|and)[ \t]*data rates may apply\.?)?[ \t]*$")
_BOLD_QUESTION_END = re.compile(r"\?[\"”’')\]]*(?:\*\*|__)[ \t]*(?=[^\s*_])")  # "**What is X?** X is ..."
_WH, _AUXILIARY, _DEGREE = ("|".join(question_words(kind)) for kind in ("wh", "auxiliary", "degree"))
_QUESTION_WORDS = rf"(?i:{_WH}|{_AUXILIARY})\b"
_ASKING_VERB = rf"(?:{_AUXILIARY})(?:n['’]t)?\b|(?:ca|wo)n['’]t\b"  # after a question word: "who should", "who shouldn't", "why can't"
_QUESTION_WORD = re.compile(_QUESTION_WORDS)
_INTERROGATIVE = re.compile(rf"(?i:(?:{_WH})\s+(?:{_ASKING_VERB})\s+(?!not\b)\w|(?:{_AUXILIARY})\s+(?!not\b|n't\b)\w)")  # a question's own form, not a label's "What to bring"
# A heading without "?" that reads as a question: an inverted auxiliary ("Can Massage Help Too"),
# a wh-word with an auxiliary or a verb after it ("What Causes Trigger Points", "How Long Does a
# Session Take", "What If I Need to Cancel"), but not "How it is performed" or "What to expect".
_READS_AS_QUESTION = re.compile(
    rf"(?i:(?:{_AUXILIARY})\s+(?!not\b|n't\b|\d)[\w'’-]+"
    rf"|(?:{_WH})\s+(?:(?:{_DEGREE})\s+(?:[\w'’-]+\s+){{0,2}})?(?:{_ASKING_VERB})"  # "How Many Sessions Will I Need", "Who Shouldn't Get Cupping"
    rf"|(?:what|who|which)\s+(?!to\b|we\b|you\b|our\b|your\b|they\b|it\b)[a-z]+s\b|what\s+if\b|(?:what|who|how|where|when|why)['’]s\s+(?:the|a|an|my|your|it|this|that|actually|really|exactly|usually|normally|typically)\b|why\s+(?:a|an)\s+\w+\s+(?:and\s+)?not\b|(?:who|what|where)\s+else\s+(?:{_AUXILIARY})\s+(?!not\b)\w+)"  # "What's the Difference Between ...", "What's actually injected", not "What's Included"; "Why a physiatrist and not a surgeon"; "Who else might be involved"
)
_FOLLOW_UP_WORDS = r"(?:and\s+)?(?:what|how)\s+about\s+\w+"  # "What about dry needling", a follow-up
_FOLLOW_UP = re.compile(rf"(?i:{_FOLLOW_UP_WORDS})")
_ASKS_WITHOUT_MARK = re.compile(  # a line lacking its "?" asks with an auxiliary ("What Sets Us Apart" does not), or "What if ...", "What happens ...", "What to bring ..."
    rf"(?i:(?:{_AUXILIARY})\s+(?!not\b|n't\b|\d)[\w'’-]+|(?:what|who|how|where|when|why)['’]s\s+\w+"
    rf"|(?:{_WH})\s+(?:(?:{_DEGREE})\s+(?:[\w'’-]+\s+){{0,2}})?(?:{_ASKING_VERB})|what\s+if\b|what\s+(?:happens|causes|triggers)\b|{_FOLLOW_UP_WORDS}|who\s+else\s+(?!we\b|you\b|our\b)\w+|why\s+(?:a|an)\s+\w+\s+(?:and\s+)?not\b|what\s+to\s+(?:expect|bring|wear|do|eat|avoid|ask|tell|know|look\s+for|choose)\b|how\s+to\s+(?:prepare|book|pay|claim|cancel|reschedule|check|report|choose|find\s+(?:a|an|the)|get\s+ready|make\s+the\s+most)\b"
    r"|when\s+to\s+(?:call|come|see|book|expect|return|seek|go|use|stop|start)\b|which\s+to\s+(?:choose|pick|book|try)\b)"  # "6. What about at home", "What causes trigger points", "Why a physiatrist and not a surgeon", a visit's "What to wear to your appointment" (not "Where to find us", "How to use a tennis ball")
)
_ASKED_OF_THE_READER = re.compile(r"(?i:how\s+(?:much|many|long|often|soon))\s+(?:you|I|we)\s+\w+")  # among numbered questions, "3. How much you pay for a visit" asks too (not "2. When you arrive")
_INLINE_QUESTION = re.compile(r"(" + _QUESTION_WORDS + r"[^?|\n]{3,200}\?)(?:[ \t]+|[ \t]*\|[ \t]*)(?=[A-Z\"“])")  # the next cell of a table's row too
_RELAYED = re.compile(r"(?i:q(?:uestion)?[ \t]*#?\d{1,3})(?:[ \t]+from[ \t]+[^\s:]{1,40})?[ \t]*:[ \t]+(?=\S)")  # a moderator's numbered relay of a question sent in
_READ_ALOUD = re.compile(READ_ALOUD_LEAD + r"(?=" + _QUESTION_WORDS + r"|(?i:and|so|but|also)[ \t]+[^.!?\n]{1,60}\?)")  # "Next question, from Priya: Can ...? ...", "Priya asks, will ...?", "From Ray: And the cost?"
_DIV_FENCE = re.compile(r"[ \t]*:{3,}[ \t]*((?:\{[^{}\n]*\}|[\w-]+(?:\{[^{}\n]*\})?)(?:[ \t]+[^\n]*)?)?[ \t]*")  # "::: {.callout-tip}", ":::tip Title", Archbee's ':::hint{type="info"}' opens, ":::" closes
_MARKUP_HEADING = re.compile(r"[ \t]*(#{1,6}[ \t]+\S|={1,6}[-+]?[ \t]+[^\s\"“']|" + _TIGHT_WIKI_HEADING + r"|h[1-6]\.[ \t]+\S|!{2,6}[ \t]+(?=[A-Z0-9])\S|-{3}\+{1,6}(?:!!)?[ \t]+\S|" + _TEXINFO_HEADING + r"\S)")  # Markdown's "## ", AsciiDoc's "== ", a wiki's "== Title ==" (WikiNi's and YesWiki's "====Title===="), Retype's panel "==- Title" (MkDocs' tab '=== "PPO"' is none), Jira's "h2. ", TiddlyWiki's "!! Who ...?" (not MkDocs' admonition '!!! note "Title"', nor "! Always tell us ..."), Foswiki's "---++ ", Texinfo's "@section "
_OUTLINE_NUMBER = re.compile(r"[ \t]*(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]")
_LEVEL_MARK = re.compile(r"^h[1-6]\.[ \t]+")  # Textile's and Jira's heading mark
_FORUM_QUOTE = re.compile(r"[ \t]*\[quote(?:=[^\]\n]{0,60})?\]", re.IGNORECASE)  # BBCode's [quote="member"]
_LIST_MARKUP = re.compile(r"[ \t]*(?:[-*+]|\\[-+]|\d{1,2}/|\\item(?!\[))[ \t]+(?=\S)")  # Markdown's (escaped "\\- " too), Gemini's and Org's bullets, LaTeX's "\item ", a thread's "4/"; a printed "•" is the page's text
_QUOTE_MARK = re.compile(r"[ \t]*>[ \t]*")
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")
_LISTED = re.compile(r"(?:(?:[-*+•▪◦·][ \t]+(?!\[[ xX]\])|\d{1,2}[.)][ \t]|[A-Z][\w'’ ]{0,30}:[ \t]+\S)[^\n]*(?:\n|$)){2}")  # two lines of a list's items or a form's "Label: value" (not a lone "NOTE: ...", nor a to-do list's "- [ ] ...")
_CALLOUT_TITLE = re.compile(r"[ \t]*>[ \t]*\[![\w-]{1,20}\][+-]?[ \t]+(?=\S)")  # an Obsidian callout's title line ("> [!faq]- Does it hurt")
_ORG_FILE = re.compile(r"^#\+(?i:TITLE|STARTUP|FILETAGS|TODO|OPTIONS|AUTHOR):", re.MULTILINE)  # "#+TITLE:", or as org-roam writes it, "#+title:"
_ORG_HEADING = re.compile(r"(\*{1,8})[ \t]+\S")
_HEADING_CLOSER = re.compile(r"(?:[ \t]+={1,6}|(?<=[^\s=])={2,6}|[ \t]+#{1,6}|[ \t]+\{%?[ \t]*[#.][^{}\n]*\}|[\"”'](?:[ \t]+[\w-]+(?:=[\"“'][^\"”'\n]*[\"”'])?)*[ \t]*(?:[>%]\}\}|-?%\}|/?>)|\[/quote\]|(?<=\?)(?::{2,3}|;;|[}\]]|</summary>|[ \t]+:(?:[\w@#%]+:)+))[ \t]*$")  # a wiki heading's closing "==", Markdown's closing "##", pandoc's attributes ("{#id .class}", Markdoc's "{% #faq %}"), a Hugo shortcode's ('" >}}'), a Markdoc tag's ('" %}') or an MDX component's ('" open>'), an AsciiDoc term's "::", an Org heading's tags ("   :billing:")
_CLOSERS = "\"”’')]*_"
_OPENING_QUOTES = "\"“‘"
_TOPIC_THEN = re.compile(r":[ \t]+(?=\w)")  # "Cupping vs. dry needling: what's the difference": a topic, then what is asked of it
_STORY_THEN = re.compile(r"[ \t](?:[–—-]|--)[ \t]+(?=[a-z])|[–—](?=[a-z])")  # "My forearm aches after practice – is it a trigger point": what happened, then the question (not a title's "Dry Needling – Who Does It")
_ASKS_AFTER_A_STORY = re.compile(rf"(?i:(?:(?:how|what|why|when|where|who|which)\s+(?:[\w'’-]+\s+)?)?(?:{_AUXILIARY})\s+(?:it|this|that|i|you|we|my|they|there|these|those)\b|(?:how|what|why|when|where|who|which)\s+(?:{_AUXILIARY})\s+(?![\w'’-]*ed\b)[\w'’-]+)")  # someone asks of something ("should I see a physio", "what should I do", "what do osteopaths actually do"), not "- do drink water", "- is our lead therapist", "- what is included"
_TOPIC_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}:[ \t]+(?=\w)")  # "Self-Pay Rates: What Will ...", "Chiropractic visits: how many ..."
_EMBEDDED = re.compile(r"(?i:(?:how|what|why|when|where|who)\s+(?:it|this|that|these|they|we|you|i|he|she)\b)")  # "How it works", "What you should know": a clause, no question
_REMARK = re.compile(  # "I've never tried it and I'm a little nervous.", "Someone at my gym said they can." after a title's question: the asker's own words, not "Start here." nor "Our team offers ..."
    r"(?<=\?)[\"”’')]*[ \t]+(?!I (?:think|believe|guess|hope|doubt|do|don['’]t|would|wouldn['’]t) ?(?:so|not)?[.!])(?:I|I['’](?:m|ve|d|ll)|My|Mine|Me|Someone|Somebody|A (?:friend|coworker|co-worker|colleague|neighbou?r|relative)|People (?:say|tell|told|keep))\b[^?\n]{2,150}[.!][\"”’')]*$"
)
_ASKS_CONTACT = re.compile(r"\b(?:who|whom|how|where|what (?:number|email|address))\b[^?\n]{0,40}\b(?:contact|call|reach|e-?mail|phone|write to|get in touch)\b", re.IGNORECASE)  # "Who do I contact with a benefits question?"
_ASKER_ABOUT_THEMSELVES = re.compile(  # "I'm a sailor and tie knots all day. Could that be why my forearms are so tight?": one sentence of the asker's, then the question, not a clinician's "We know needles sound scary. So is it worth trying?"
    r"(?:I|I['’](?:m|ve|d)|My)\b[^.!?\n]*[.!][ \t]+(?=" + _ASKS_WITHOUT_MARK.pattern + r")(?![^?\n]*\byou\b)[^?\n]+\?"
)
_TAKES_UP = re.compile(r"(?:You (?:also |just |earlier )?(?:mentioned|brought up|talked about)|As you (?:mentioned|said)) (?!that\b)[^.?!\n]{1,40}[.,] ")  # an interviewer picks up the last answer: "You mentioned clenching. Does Botox help?"
_READ_OUT_ORDINAL = re.compile(  # a speaker announcing the question they read out next: "First question. ", "Okay, the second one came up a lot. ", "Fourth question, from a learner in Ontario. "
    r"(?i:(?:and|okay|ok|so|right|now|alright),?[ \t]+)?(?i:the[ \t]+)?(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final|another)\b(?![^.?!\n]*\b(?:I|I['’]m|my|me|mine)\b)(?:[ \t]+(?i:question|one|card))?[^.?!\n]{0,60}[.!][ \t]+(?=[A-Z])")  # not the asker's own "OK last one I promise."
_POINTS_AT = re.compile(r"(?i:\b(?:is|are|was|were|does|do|did|can|could|will|would|should)\s+(?:that|those)\b|\b(?:that|those)\s*(?:[?,]|(?:too|also|here|there|as well)\b))")  # a question that points at what was said before it ("Is that something you do?", "Can you do those?"), not a clause's "that" ("a knot that keeps coming back")
_SPEAKS_OF_ONESELF = re.compile(r"(?:I|I['’](?:m|ve|d)|My|We|We['’](?:re|ve))\b")  # "My back pain is from a car accident. Who pays?": the asker, then the question
_TITLE_REMARK = re.compile(  # "Is acupuncture covered? We have Medicare." in a heading or a widget's title: the asker's words, whoever they speak of; not a site's call ("Read more.") nor an answer ("Yes.")
    r"(?<=\?)[\"”’')]*[ \t]+(?!(?i:yes|no|not|our|here|learn|read|find|see|click|start|book|call|contact|answer|sure|absolutely|usually|it|very|give|please|probably|possibly|maybe|definitely|of course|rarely|sometimes|often|always|never)\b)[A-Z][^?\s]*(?:[ \t]+[^?\s]+){2,}[.!][\"”’')]*$"
)
_ALL_ASKED = re.compile(r"[^.!?\n]{3,150}\?[\"”’')]* (?i:and |or )?(?i:what|how) about\b[^.!?\n]{1,80}\?[\"”’')]*")  # "Can she do cupping? What about acupuncture?": one question and what it adds, not "Do you suffer ...? Are you tired ...?"
_ASK_THEM = re.compile(r"(?:ask|check with|call|find out from|consider asking)\b[^:?\n]{0,60}\b(?:two|three|four|five|a few|several|some|these|the following)\s+(?:\w+\s+)?questions?\b[^:?\n]{0,30}:[ \t]", re.IGNORECASE)
_STAMPED = re.compile(r"[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]")  # a line opening with a time
_POINTS_BACK = re.compile(r"(?i:(?:is|was|isn['’]t|are|aren['’]t)[ \t]+(?:that|this|it|he|she|they)[ \t]+(?:(?:really|actually|even)[ \t]+)?(?:true|right|correct|accurate|so|the[ \t]+case|a[ \t]+myth)(?:[ \t]+though)?|(?:does|would)[ \t]+(?:that|this)[ \t]+(?:sound|seem)[ \t]+(?:right|true)|is[ \t]+there[ \t]+(?:any[ \t]+)?truth[ \t]+(?:to|in)[ \t]+(?:that|this|it)|true|really|right"
                          r"|(?:does|do|did|is|are|will|would|can|could|should)[ \t]+(?:it|they|that|this|she|he|i|we|you))[ \t]*\?+")  # a question about what was said before it; a bare "Does it?" asks it ("Kayla asked if her insurance covers it. Does it?")
_HANDOVER = re.compile(r"(?<=\?[\"”])[ \t]+(?:Dr\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?\?$")  # a host passing a question read out to the guest: '... "Is it the same as acupuncture?" Tom?'
_FILLER = re.compile(r"(?i:u+m+|u+h+|e+r+m*|h+m+)[,.…]*[ \t]+(?=\S)")  # a speaker's hesitation before the question ("Um, is it ...?")
_TRANSCRIBERS_NOTE = re.compile(r"\[(?i:inaudible|crosstalk|unintelligible|indiscernible|laughs?|laughter|music|pause|silence|overlapping|cross-talk)\b[^\[\]\n]{0,30}\][ \t]*")  # "[inaudible 00:02:36]" before a turn's words
_THANKS = re.compile(r"\W*(?i:thanks|thank you|ok(?:ay)?|great|cool|got it|i see|wow|oh|ah|interesting)\b")  # a remark on the last answer: what "Is that true?" asks about is said by the other speaker
_LINE_BREAK = re.compile(r"\n[ \t]*(?=(\S+))")
_PROMPT = re.compile(r"(?i:please|tell|state|describe|explain|walk|give|spell|you|let's|let us)\b")  # an examiner's or interviewer's request after "Q.", no question
_QUESTION_NUMBER = re.compile(r"[ \t]*(?:(?:\*\*|__)?\(?(\d{1,3})(?:\\?[.)]|(?=\t)|(?=[ \t]{2,}[A-Z])|(?<=\b0\d)(?=[ \t][A-Z]))|(\d)\ufe0f?\u20e3)[ \t]+")  # "9. ", "(9) ", "9️⃣ ", a slide outline's "9<TAB>", a converted PDF's "9  What ...", a landing page's "09 What ..."
_SLIDE = re.compile(r"(\d{1,3})\t(?=\S)")  # a presentation outline's slide number before its title (Keynote, PowerPoint: "4<TAB>Can a dentist ...")
_SECTION_NUMBER = re.compile(r"[ \t]*(?:(?i:part|section|chapter)[ \t]+\d{1,2}[.:]?|\d{1,2}(?:\.\d{1,2})*)[ \t]+(?=[A-Z])")  # "3 Your injection", "PART 3   WORKING WITH ..."
_QUOTE_READ_OUT = re.compile(r"[^:\"“\n]{1,120}(?::|\b(?i:asks|asked|writes|wonders),?)[ \t]*[\"“](?=[^\"“”\n]+\?$)")  # "Dale asks: “" before a question that goes on past its "?"
_QUOTED_ASK = re.compile(r"[^:\"“\n]{1,120}:[ \t]*[\"“](?=[^\"“”\n]+[\"”]$)")  # "He asks: “" before the question he sent
_ASKED_BY = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}|^[a-z0-9][\w.-]{2,39}|(?i:an?|one|our)[ \t]+(?:anonymous[ \t]+)?(?:reader|listener|patient|follower|viewer|member))[ \t]+(?:asked|asks|wants to know|wonders|wrote|writes)[ \t]*:")  # "Anonymous asked:" over a question, an ask blog's "sorebackslinger asked:", a forum reply's quote of a member's post ("Dave_R wrote:")
_QUOTED_TITLE = re.compile(r"(?i:episode|ep\.|part|chapter|season|issue|vol\.?|volume|video|post|article)[ \t]*#?\d{1,4}\b[^:\n]{0,40}:")
_ASKER = re.compile(r"\b(?:asks?|asked|writes?|wrote|wants? to know|wanted to know|wonders?|wondered|question|version|from [A-Z])")  # who sent the question read out
_QUOTED_QUESTION = re.compile(r"\?[\"”’]$")
_QUOTED_ENTRY = re.compile(r"[ \t]*[\"“]([^\"“”\n]{3,200}\?)[\"”](?:[ \t]+\([^()\n]{1,80}\))?[ \t]*")  # “Will it hurt?” (callers booking needling)
_SALUTATION = re.compile(r"(?i:dear|hi|hello)[ \t]+[^.?!,:\n]{1,40}(?:\.[^.?!,:\n]{1,30})?[,:][ \t]*")  # "Dear Dr. Ortiz,", "Dear Dr. Ortiz: I have ...?"
_ENUMERATED = re.compile(r"\d{1,3}[.)][ \t]*(?:[*_]{1,2}[ \t]*)?$")  # a numbered line's prefix ("2. ", "2) **")
_ASKERS_OWN = re.compile(r"\b(?:I|I['’](?:m|d|ve|ll)|my|me)\b")  # a remark in the asker's own voice
_EQUALS_RULE = re.compile(r"[ \t]*={3,}[ \t]*")  # a mail export's "=====" between messages (RULE_LINE leaves it to Markdown's headings)
_SIGNER = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?"
_SIGNED_AFTER = re.compile(  # " - Lauren, Geelong" after a letter's question; without the dash, a name and a place ("Priya, Leeds") or "Gareth again"
    rf"(?<=\?)[ \t]+(?:(?:[-–—]|--)[ \t]*{_SIGNER}(?:,[ \t]*[A-Z][\w'’. -]{{1,30}})?|{_SIGNER},[ \t]*[A-Z][\w'’. -]{{1,30}}|{_SIGNER}[ \t]+again)[ \t]*$")
_SIGNED = re.compile(r"[ \t]*(?:—|–|--)[ \t]*[A-Z]")  # a reader's letter signed below ("— Sore in Sacramento"), furniture by boilerplate.csv
_SENTENCE_BREAK = re.compile(r"([.!?])[\"”’')\]]*\s+[\"“‘(]?[A-Z0-9]")


@dataclass(frozen=True)
class QAPair:
    question: str
    question_start: int
    question_end: int
    answer: str
    answer_start: int
    answer_end: int
    found_by: str = "layout"  # how the pair was found: layout, or the markup that gave it (see pairs.py)
    source_question_type: str | None = None  # the type a structured source gives its question

    @property
    def answer_missing(self) -> bool:
        return not self.answer


@dataclass(frozen=True)
class _Candidate:
    line: int  # index into the document's lines
    start: int  # question text span
    end: int
    structural: bool  # marked by a heading, enumerator or label rather than by its "?" alone
    labelled: bool
    bullet: bool
    answer_start: int | None = None  # an answer that begins on the question's own line
    label_line: int | None = None  # a "Question:" label alone on the line above
    first_line: int | None = None  # where a question hard-wrapped over several lines begins
    prompt: bool = False  # an examiner's request after "Q." ("Please spell your name"): it ends the answer above, no pair of its own

    @property
    def block_start(self) -> int:
        """The first line that belongs to this question rather than to the answer above it."""
        return min(line for line in (self.line, self.label_line, self.first_line) if line is not None)


def _sentence_breaks(text: str, start: int = 0, end: int | None = None):
    """The breaks between sentences of text[start:end] (abbreviations such as "Dr." aside)."""
    abbreviations = sentence_abbreviations()
    for match in _SENTENCE_BREAK.finditer(text, start, len(text) if end is None else end):
        word = text[start:match.start(1) + 1].rsplit(None, 1)[-1].lower()
        if not (match.group(1) == "." and word.lstrip("(\"“‘") in abbreviations):
            yield match


_LOWER_CASE_BREAK = re.compile(r"([.!])[\"”’')\]]*\s+[\"“‘(]?[a-z]")


def _chat_breaks(text: str, start: int, end: int):
    """The sentence breaks of a turn, also after a short remark in lower case that a question
    follows ("ok that sounds worse lol. does it hurt?"; not "my physio wants to try dry needling
    on my calf. does it hurt?", which says what is asked about)."""
    abbreviations = sentence_abbreviations()
    lower = (match for match in _LOWER_CASE_BREAK.finditer(text, start, end) if _QUESTION_WORD.match(text, match.end() - 1)
             and len(text[start:match.start(1)].split()) <= MAX_LOWER_CASE_REMARK_WORDS
             and text[start:match.start(1) + 1].rsplit(None, 1)[-1].lower().lstrip("(\"“‘") not in abbreviations)
    return sorted((*_sentence_breaks(text, start, end), *lower), key=lambda match: match.start())


def _has_sentence_break(core: str) -> bool:
    """True when the text holds more than one sentence."""
    return next(_sentence_breaks(core), None) is not None


@text_memo(maxsize=1 << 12)  # each line is asked about several times: as a candidate, a heading, an outline's parent
def _strip_prefix(text: str, start: int, end: int) -> tuple[int, bool, bool, bool, bool]:
    """Skip the markup and enumerator before a line's text: (new start, structural, labelled,
    bullet, emphasised)."""
    structural = labelled = bullet = emphasised = False
    position = start
    for _ in range(4):  # markup nests at most a few levels deep ("### **Q1.** ...")
        for pattern, kind in (
            (_EMPTY_SPAN, "anchor"), (CUE_SPAN, "anchor"), (_ELEMENT_TITLE, "heading"), (_ELEMENT_LABEL, "anchor"), (_HEADING, "heading"), (MENTION, "anchor"), (ANNOUNCED_ROLE, "heading"), (_BULLET, "bullet"), (_TABLE_ROW, "bullet"), (_ASKER_IN_BOLD, "asked"), (_EMPHASIS, "emphasis"),
            (_QUESTION_LABEL, "label"), (_SYMBOL_LABEL, "label"), (_SUBJECT_LABEL, "label"), (_ASKED_LABEL, "asked"), (_READ_FROM, "asked"), (_ENUMERATOR, "enumerator"),
        ):
            match = pattern.match(text, position, end)
            if match and match.end() > position:
                position = match.end()
                structural |= kind in ("heading", "label", "asked", "enumerator")
                labelled |= kind == "label"
                bullet |= kind == "bullet"
                emphasised |= kind == "emphasis"
                break
        else:
            break
    if labelled and (cell := _TOPIC_CELL.match(text, position, end)):
        position = cell.end()  # a sheet printed in fixed columns: "Q02   Cost           How much ...?", the topic's cell before the question's
    return position, structural, labelled, bullet, emphasised


_TOPIC_CELL = re.compile(r"[A-Z][\w&/'’-]*(?:[ \t][\w&/'’-]+){0,2}[ \t]{2,}(?=[A-Z])")
_ELEMENT_TITLE = re.compile(r"[ \t]*\[Title\][ \t]*")  # a document parser's element type before its text (unstructured.io: "[Title] Who will give my injection?")
_ELEMENT_LABEL = re.compile(r"[ \t]*\[(?:NarrativeText|ListItem|UncategorizedText|Text)\][ \t]*")  # ... and the other types it gives running text, which label nothing
_TIME_AT_END = re.compile(r"[ \t]*[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]$")
_TAG_ROW = re.compile(r"[ \t]*#[A-Za-z][\w/-]*(?:[ \t]+#[A-Za-z][\w/-]*)*[ \t]*")
_TAGS_AT_END = re.compile(r"(?:[ \t]+(?:#[A-Za-z][\w/-]*|@[a-z][\w-]*(?:\([^()\n]{0,40}\))?))+[ \t]*$")  # an outliner's or a post's tags after its question: "What is a trigger point? #faq", TaskPaper's "... @approved @topic(billing)" (not a chat's "@Dana")


def _trim(text: str, start: int, end: int, emphasis: bool = False) -> tuple[int, int]:
    """Narrow a span to its content: no surrounding white space (for a question line, no closing
    emphasis markers, emoji, heading closers nor an outliner's tags after its words)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or (emphasis and (text[end - 1] in "*_" or _is_symbol(text[end - 1])))):
        end -= 1
    if emphasis and text[end - 1:end] in ("=", "#", ":", ";", "}", "]", ">") and (closer := _HEADING_CLOSER.search(text, start, end)) and closer.start() > start:
        return _trim(text, start, closer.start(), emphasis)
    if emphasis and (tags := _TAGS_AT_END.search(text, start, end)) and tags.start() > start:
        return _trim(text, start, tags.start(), emphasis)
    if emphasis and text[end - 1:end] in (")", "]") and (stamp := _TIME_AT_END.search(text, start, end)) and stamp.start() > start:
        return _trim(text, start, stamp.start(), emphasis)  # a show's chapter time after its question: "Is there anyone who shouldn't have cupping (31:50)"
    if emphasis and text[end - 1:end] == "]" and "[" not in text[start:end - 1]:
        return _trim(text, start, end - 1, emphasis)  # the close of a bracket opened before the words (Scrapbox's "[** Will it bruise]")
    if emphasis and text[end - 2:end] in ('?"', "?”") and not any(quote in text[start:end - 1] for quote in '"“'):
        return start, end - 1  # the title of MkDocs' '??? question "Does it hurt?"', its opening quote markup before it
    return start, end


_ABBREVIATION_AT_END = re.compile(r"\s\([A-Z][\w.&/-]{0,11}\)$")


def _ends_open(core: str) -> bool:
    """No closing punctuation, as a question written without its "?" ends; a parenthesised
    abbreviation may close it ("What is myofascial release (MFR)")."""
    return core[-1] not in ".!?:;,)" or _ABBREVIATION_AT_END.search(core) is not None


def _is_symbol(character: str) -> bool:
    """Emoji and other pictographs, with their joiners and variation selectors, and an icon font's
    glyphs (private use characters: an accordion's chevron copied with its title)."""
    return unicodedata.category(character) in ("So", "Sk", "Mn", "Cf", "Co")


def _question_candidate(
    text: str, index: int, line: Line, after_label: bool, answer_follows: bool, furniture: str | None, marked: bool = False, titled: bool = False,
    alone: bool = False,
) -> _Candidate | None:
    """A question line, if this is one. A labelled answer below ("A:", "Dr. Lee:") vouches for a
    reader's question of several sentences ("I'm 68 and on Medicare. Will it pay?"); so does
    markup that sets the line apart (`marked`: a heading, a FAQ widget's title, a bold paragraph;
    `titled`: a heading or a widget's title, where the asker's remark after the question may
    speak of anyone: "Will it hurt? A friend said it was awful."); so does a short line standing
    alone between blank lines (`alone`: "My back pain is from a car accident. Who pays?")."""
    if furniture:
        return None
    start, structural, labelled, bullet, emphasised = _strip_prefix(text, line.start, line.end)
    start, end = _trim(text, start, line.end, emphasis=True)
    if answer_follows and (greeting := _SALUTATION.match(text, start, end)) and text[greeting.end():greeting.end() + 1].isupper():
        start = greeting.end()  # the letter, not its greeting
    quoted = _QUOTED_ASK.match(text, start, end)
    if quoted and text[end - 2:end] in ('?"', "?”"):  # 'Derek asks: "Is it just acupuncture?"': the question read out
        if _QUOTED_TITLE.match(text, start, quoted.end()):
            return None  # a title quoted after its label ('Episode 45: "Trigger points, fact or myth?"')
        if _ASKER.search(text, start, quoted.end()):
            start, end = quoted.end(), end - 1
    labelled |= after_label
    structural |= after_label or marked
    if start >= end:
        return None
    answer_start = None
    inline = _INLINE_ANSWER.search(text, start, end) if labelled else None
    bold = _BOLD_QUESTION_END.search(text, start, end) if emphasised and not inline else None
    if bold and "*" not in text[start:bold.start()] and "_" not in text[start:bold.start()]:
        answer_start, end, structural = bold.end(), bold.start() + 1, True  # a bold question, its answer after it
    elif inline:
        answer_start, end = inline.end(), inline.start() + 1
    if answer_start is None and (signed := _SIGNED_AFTER.search(text, start, end)):
        end, answer_follows = signed.start(), True  # "Are the round marks bruises? - Sam, Hobart": a reader's letter, signed on its line, vouches for its sentences
    if alone and not labelled and (announced := _READ_OUT_ORDINAL.match(text, start, end)) and not _has_sentence_break(text[announced.end():end]):
        start = announced.end()  # "First question. Can trigger points be seen on an MRI?" alone: the speaker's announcement is no part of it
    core = text[start:end]
    if structural and len(core) > 2 and core[0] + core[-2:] in ('"?"', "'?'", "“?”") and not any(q in core[1:-2] for q in "\"“”"):
        start, end, core = start + 1, end - 1, core[1:-1]  # a quoted value after its label (YAML's 'question: "Does it hurt?"', 'Marcus asks: "...?"')
    if labelled:
        asked = [m.end() for m in ASKED.finditer(text, start, end)]
        kept = (marked or emphasised) and answer_start is None and _remark(core, titled) and (
            emphasised or not asked or len(text[asked[-1]:end].split()) <= MAX_TITLE_REMARK_WORDS
        )  # "**Q: What about acupuncture? My doctor suggested it.**": a bold line is the question whole; a patient's letter set apart by its markup asks up to its last "?"
        if asked and answer_start is None and not core.rstrip(_CLOSERS).endswith("?") and not kept:
            end = asked[-1]  # "Can you do dry needling? My PT does it but she's booked out": the remark after it is no question
        return _Candidate(index, start, end, True, True, bullet, answer_start)
    if not core.rstrip(_CLOSERS).endswith("?") and _asker_at_end(text[line.start:start].rstrip()) and _READS_AS_QUESTION.match(core) and len(core.split()) >= MIN_READ_OUT_WORDS:
        return _Candidate(index, start, end, True, False, bullet, answer_start)  # "Next, Priya asks: how long does a visit take"
    alone = alone and len(core) <= MAX_LONE_QUESTION_CHARS and core.count("?") == 1 and (_SPEAKS_OF_ONESELF.match(core) or _TAKES_UP.match(core) or bool(_remark(core, False)))
    bold_to_end = emphasised and _BOLD_LINE.fullmatch(text, line.start, line.end) is not None
    remark = (structural or emphasised or alone) and not core.rstrip(_CLOSERS).endswith("?") and _ASKS_SOMEONE.match(core) and _remark(core, titled, bold_to_end)
    if (structural and not (remark or marked or titled or emphasised) and not core.rstrip(_CLOSERS).endswith("?")
            and (asked := [m.end() for m in ASKED.finditer(text, start, end)]) and not _has_sentence_break(text[start:asked[-1]])):
        after = text[asked[-1]:end]
        opening = _ENUMERATED.search(text, line.start, start) and any(pattern.match(after.lower().replace("’", "'")) for pattern, _ in answer_openings())
        if opening and answer_start is None:  # "2. Does it hurt? Not much, in my experience.": the answer begins on the question's line
            end, answer_start = asked[-1], asked[-1] + len(after) - len(after.lstrip())
        elif _ASKERS_OWN.search(re.split(r"(?<=[.!])\s", after.strip(), maxsplit=1)[0]):  # not a contents line's "2.2 Why do I have them? 1", nor a thread's "6/ How many ...? For a single ..., two visits is usually enough."
            end = asked[-1]  # "2. Who gives the injections? The scheduler mentioned a nurse practitioner and I'd rather see the doctor.": the asker's story after a numbered question
        core = text[start:end]
    if (answer_follows and not structural and not remark and not core.rstrip(_CLOSERS).endswith("?") and core[:1] not in _OPENING_QUOTES
            and (asked := [m.end() for m in ASKED.finditer(text, start, end)]) and _ASKERS_OWN.search(text, asked[-1], end)):
        end = asked[-1]  # a reader's letter over its signature or its answer's label asks up to its last "?" ("... or just a spa word? I have never had a scan.")
        core = text[start:end]
    if (not core.rstrip(_CLOSERS).endswith("?") and not remark) or len(core) > MAX_QUESTION_CHARS * (2 if answer_follows else 1):
        return None  # a heading's question may go on with a remark ("Does it hurt? My neck is already sore."): the title is the question
    first_letter = next((c for c in core if c.isalpha()), "")
    if not structural and not first_letter.isupper():
        return None  # a wrapped line of running text, not a question of its own
    if not structural and not answer_follows and not remark and not alone and _has_sentence_break(core) and not (_ALL_ASKED.fullmatch(core) and _ASKS_SOMEONE.match(core)):
        return None  # a paragraph that ends with a question is still a paragraph; "Can she do cupping? What about acupuncture?" asks twice
    if not structural and _ASK_THEM.match(core):
        return None  # "Ask your plan two questions: is massage covered, and ...?": what to ask someone else
    return _Candidate(index, start, end, structural, False, bullet, answer_start)


def _answered_below(page: Page, index: int) -> bool:
    """A paragraph follows the line, and the line is not one of a post's questions in a row after
    its lead-in ("Two more if you don't mind:") nor the asker's details under the question asked."""
    following = page.next_content(index)
    above = next((i for i in range(index - 1, -1, -1) if not page.blank[i]), None)
    return (
        following is not None and not page.content(following).rstrip().endswith("?")
        and (above is None or not page.content(above).rstrip().endswith((":", "?")))  # nor the asker's details under a question
    )


def _remark(core: str, titled: bool, bold_to_end: bool = False) -> bool:
    """The words after a line's question are the asker's remark: on a bold or a lone line, the
    asker's own ("Does it hurt? My neck is already sore.") or what someone told them ("Someone at my
    gym said they can."), never a short reply ("I think so."); in a heading or a widget's title, any
    statement of three words or more that no answer or call opens. A line bold from end to end
    (`bold_to_end`) ends its remark as a period would ("**Does cupping hurt? My sister had marks**")."""
    return (_TITLE_REMARK if titled else _REMARK).search(core + "." if bold_to_end and core[-1:].isalnum() else core) is not None


def _normalise(question: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", question.lower()).split())


def _asker_at_end(text: str) -> re.Match | None:
    """Who asked, closing the text ("... Priya asks:"): a question read out follows."""
    found = _ASKED_BY.search(text)
    return found if found is not None and found.end() == len(text) else None


def _asked_by_at_end(line: str, below: str) -> bool:
    """"Anonymous asked:" alone, or after a host's short remark ("Ha, this one comes up every
    week. Tomás asks:"), over a question of its own line (not a list of them, nor a quote)."""
    found = _asker_at_end(line)
    if found is None:
        return False
    remark = line[:found.start()].rstrip()
    return not remark or (remark[-1:] in (".", "!", ",") and len(remark.split()) <= MAX_HOST_REMARK_WORDS
                          and below.rstrip().endswith("?") and not _BULLET.match(below) and not below.lstrip().startswith(">"))


_FINISHED = (".", "!", "?", ":", ";")  # how a line that is no question's first part ends


def _asked_above(page: Page, index: int) -> bool:
    """The line above opens with someone's asking and breaks off mid-sentence ("Ben asks: How many
    sessions before" over "I actually feel better?"): the question began there."""
    above = page.content(index - 1).rstrip() if index else ""
    return bool(above) and not above.endswith(_FINISHED) and (label := _ASKED_LABEL.match(above)) is not None and label.end() < len(above)


def _opened_above(page: Page, index: int) -> bool:
    """The line above reads as a question and breaks off mid-sentence ("Does the Plan cover
    chiropractic care, and how many visits do" over "I get?"), and this line, one sentence going
    on in lower case or with "I", ends it (not a heading's "What to expect" over "Any soreness?")."""
    above = page.content(index - 1).strip() if index else ""
    line = page.content(index).strip()
    return (bool(above) and not above.endswith(_FINISHED) and not page.actions[index - 1] and _READS_AS_QUESTION.match(above) is not None
            and (line[:1].islower() or line.startswith("I ")) and not _has_sentence_break(line))


def _capitals_wrapped(page: Page, index: int) -> bool:
    """A question in capitals wrapped by a narrow column ("CAN MY MASSAGE THERAPIST" over "DIAGNOSE A
    TRIGGER POINT?"): the line above, in capitals too, breaks off, and this one asks nothing of its own."""
    above = page.content(index - 1).strip() if index else ""
    line = page.content(index).strip()
    return (above.isupper() and line.isupper() and not above.endswith(_FINISHED) and not page.actions[index - 1]
            and not _QUESTION_WORD.match(line))


def _wrapped_question(page: Page, index: int, floor: int, answer_follows: bool) -> _Candidate | None:
    """A question hard-wrapped over a few lines ("Can a physical therapist treat\nmy knots?"): the
    lines above, up to a blank line or a finished sentence, read as one question."""
    first = index
    while first > floor and index - first < MAX_WRAPPED_LINES:
        above = page.content(first - 1).rstrip()
        if not above.strip() or above.endswith(_FINISHED) or page.actions[first - 1] or _STAMPED.match(above):
            break  # a chat's "[9:10 AM] Kayla B." heads the message below, it is no part of it
        first -= 1
    if first == index:
        return None
    span = Line(page.lines[first].start, page.lines[index].end)
    candidate = _question_candidate(page.text, index, span, False, answer_follows, line_action(page.text[span.start:span.end]))
    return replace(candidate, first_line=first) if candidate else None


@dataclass(frozen=True)
class _Structure:
    """What a text's layout and a web page's marks say about its lines."""
    levels: dict[int, str]  # Markdown "#"s, a marked heading's level as "#"s, or "question" / "bold"
    widgets: frozenset[int]  # lines of FAQ widgets' titles
    headings: frozenset[int]  # lines the page's markup calls headings, and underlined titles
    item_ends: dict[int, int]  # a widget title's line -> the last line of its entry
    transcript: Transcript | None  # speakers' turns, when the page is an interview or a chat
    outdented: frozenset[int]  # the headings of a text whose body is indented, when it is one
    columns: frozenset[int]  # a table's column names, which ask nothing ("Billed to insurance?")
    cells: frozenset[int]  # lines of a table's cells that share their row, which head nothing ("Injections" in its last row; a row of one cell may be a heading)
    topics: dict[int, int]  # an outliner's row -> where its topic cell ends, the status and owner columns after it asking and answering nothing
    drafts: frozenset[int]  # the lines of an outliner's rows marked unpublished ("Related rows<TAB>Draft<TAB>Marketing") and of their nested notes


def _structure(page: Page, marks: tuple[Mark, ...]) -> _Structure:
    levels = {}
    for index, line in enumerate(page.lines):
        heading = _MARKUP_HEADING.match(page.text, line.start, line.end)
        if heading:
            levels[index] = heading.group(1).split()[0]
    closed = [len(marker) for index, marker in levels.items() if marker[0] == "=" and page.content(index).rstrip().endswith("=")]
    dokuwiki = bool(closed) and closed[0] == max(closed) > min(closed)  # DokuWiki's title has the most "=" signs, MediaWiki's sections the fewest
    if sum(marker[0] == "h" for marker in levels.values()) >= MIN_FAQ_HEADINGS:  # Textile or Jira: "# " opens a numbered list's item
        levels = {index: marker for index, marker in levels.items() if marker[0] != "#"}
    levels = {index: _heading_level(marker, dokuwiki) for index, marker in levels.items()}
    for box in _fenced_divs(page):  # a callout's title ("::: {.callout-tip}\n## What helps") is inside the answer, unless the box holds the questions
        if not any(_heading_text(page.text, page.lines[index]).endswith("?") for index in box if index in levels):
            levels = {index: level for index, level in levels.items() if index not in box}
    for index, line in enumerate(page.lines):
        if _CALLOUT_TITLE.match(page.text, line.start, line.end):
            levels.setdefault(index, "callout")  # a titled callout sets its title apart as a heading does
        elif _COMPONENT_TITLE.match(page.content(index).lstrip()):
            levels.setdefault(index, "component")  # so does a shortcode's or a component's title
    if _ORG_FILE.search(page.text):  # an Org mode file: "* Billing" is a heading, not a bullet
        for index, line in enumerate(page.lines):
            if org := _ORG_HEADING.match(page.text, line.start, line.end):
                levels.setdefault(index, "#" * len(org.group(1)))
    for index, line in enumerate(page.lines):
        if scrapbox := _SCRAPBOX_OPENING.match(page.text, line.start, line.end):
            levels.setdefault(index, "#" * max(1, 4 - scrapbox.group().count("*")))
    ranks = list(dict.fromkeys(page.underlines.values()))  # as reStructuredText: adornments rank in order of first use
    for index, adornment in page.underlines.items():
        levels.setdefault(index, "#" * (ranks.index(adornment) + 1))
    outdented = frozenset(_outdented_headings(page))
    for index in outdented:
        levels.setdefault(index, "##")
    for mark in sorted(marks, key=lambda m: m.kind != "heading"):  # a heading's level wins over its other marks
        if mark.kind in ("heading", "question", "bold"):
            levels.setdefault(page.line_of(mark.start), "#" * mark.level if mark.kind == "heading" else mark.kind)
    lines = {kind: frozenset(page.line_of(m.start) for m in marks if m.kind == kind) for kind in ("question", "heading", "column")}
    item_ends: dict[int, int] = {}  # an "entry" of one line is a title's own wrapper (its text div), not the entry with its answer
    for m in marks:
        if m.kind == "item" and (start := page.line_of(m.start)) < (end := page.line_of(m.end)):
            item_ends[start] = max(item_ends.get(start, end), end)  # the outermost: a title's header with its summary is not yet the entry
    headings = lines["heading"] | frozenset(page.underlines)  # an underlined title starts a section, as a marked heading does
    return _Structure(levels, lines["question"], headings, item_ends, find_transcript(page), outdented, lines["column"], _cells_sharing_a_row(page, marks), *_topic_cells(page))


def _topic_cells(page: Page) -> tuple[dict[int, int], frozenset[int]]:
    """An outliner's export with a status column (OmniOutliner's "Topic<TAB>Status<TAB>Owner" over
    "1. What is OMT?<TAB>Reviewed<TAB>Dr. Osei"): each flush-left row with the header's number of
    cells, its topic cell's end; and the lines of the rows whose status keeps them off the site
    ("Draft"), with the notes nested under them."""
    text, lines = page.text, page.lines
    header = next((i for i in range(min(len(lines), HEADER_ROW_LINES)) if _COLUMN_NAMES.fullmatch(text, lines[i].start, lines[i].end)), None)
    names = text[lines[header].start:lines[header].end].strip().split("\t") if header is not None else []
    status = next((k for k, name in enumerate(names) if STATUS_COLUMN.fullmatch(name.strip())), None)
    if status is None:
        return {}, frozenset()
    rows = {
        i: text.index("\t", line.start, line.end) for i, line in enumerate(lines[header + 1:], header + 1)
        if not page.blank[i] and text[line.start] != "\t" and text.count("\t", line.start, line.end) == len(names) - 1
    }
    if len(rows) < MIN_FAQ_HEADINGS:
        return {}, frozenset()
    drafts = set()
    for row in rows:
        if unpublished(text[lines[row].start:lines[row].end].split("\t")[status]):
            drafts.add(row)
            nested = row + 1
            while nested < len(lines) and (page.blank[nested] or text.startswith((" ", "\t"), lines[nested].start)):
                drafts.add(nested)
                nested += 1
    return rows, frozenset(drafts)


def _cells_sharing_a_row(page: Page, marks: tuple[Mark, ...]) -> frozenset[int]:
    """The lines of a table's cells whose row holds another cell."""
    rows = sorted((m.start, m.end) for m in marks if m.kind == "row")
    starts = [start for start, _ in rows]
    by_row: dict[int, list[int]] = defaultdict(list)
    for cell in (m for m in marks if m.kind == "cell"):
        at = bisect_right(starts, cell.start) - 1
        if at >= 0 and cell.end <= rows[at][1]:
            by_row[at].append(page.line_of(cell.start))
    return frozenset(line for lines in by_row.values() if len(lines) > 1 for line in lines)


def _fenced_divs(page: Page) -> list[range]:
    """The lines of each outermost fenced block of Pandoc, Quarto or Docusaurus (":::" ... ":::")."""
    boxes, depth, opened = [], 0, 0
    for index, line in enumerate(page.lines):
        fence = _DIV_FENCE.fullmatch(page.text, line.start, line.end)
        if fence and fence.group(1):
            depth, opened = depth + 1, index if depth == 0 else opened
        elif fence and depth:
            depth -= 1
            if depth == 0:
                boxes.append(range(opened + 1, index))
    return boxes


def _heading_text(text: str, line: Line) -> str:
    """A heading's words with its closing marks ("?**", a wiki's " ==") aside, but its "?" kept."""
    start, end = _trim(text, line.start, line.end, emphasis=True)
    opening = _CALLOUT_TITLE.match(text, start, end) or _COMPONENT_TITLE.match(text, start, end) or _SCRAPBOX_OPENING.match(text, start, end)
    return text[opening.end() if opening else start:end].rstrip(_CLOSERS)


def _heading_level(marker: str, dokuwiki: bool) -> str:
    """A heading's level as Markdown's "#"s: AsciiDoc's and MediaWiki's "==", TiddlyWiki's "!!", Foswiki's "---++", Jira's "h2." and Texinfo's "@section" are "##"; on a
    DokuWiki page a heading ranks higher the more "=" signs it has ("====== Title ======")."""
    if marker[0] == "=":
        return "#" * (7 - len(marker) if dokuwiki else len(marker))
    if marker[0] == "!":
        return "#" * len(marker)  # TiddlyWiki's "!!"
    if marker[0] == "-":
        return "#" * marker.count("+")  # Foswiki's "---++" (its "---+!!" a title kept out of the contents)
    if marker[0] == "@":
        return _TEXINFO_LEVELS[marker]
    return "#" * int(marker[1]) if marker[0] == "h" else marker


def _outdented_headings(page: Page) -> list[int]:
    """Flush-left lines of a text whose body is indented, as `lynx -dump` and `w3m` lay out a page
    (paragraphs indented three spaces, headings at the margin); list items and headings written
    as such aside."""
    worded = [i for i, line in enumerate(page.lines) if not page.blank[i] and not page.actions[i]]
    flush = [i for i in worded if not page.text[page.lines[i].start].isspace()]
    if len(worded) - len(flush) < INDENTED_BODY_SHARE * len(worded):
        return []
    return [
        i for i in flush
        if page.lines[i].end - page.lines[i].start <= MAX_OUTDENTED_HEADING_CHARS
        and not (_BULLET.match(page.text, page.lines[i].start) or _ENUMERATOR.match(page.text, page.lines[i].start) or _MARKUP_HEADING.match(page.text, page.lines[i].start))
    ]


def _faq_heading_levels(text: str, lines: list[Line], levels: dict[int, str]) -> dict[str, int]:
    """Heading levels used for the FAQ's entries, each with the last line where one may be:
    mostly questions (asked with "?", or reading as one: "### Does the plan cover acupuncture"),
    so that a heading of that level without "?" ("### How to prepare for your session") is an
    entry too. At least a few must be asked with "?". Where only the headings from the first
    asked to the last are mostly questions (the practitioners' cards below are not), entries end
    with the last asked ("Why Choose Us" after it is the clinic's)."""
    read = {index: _heading_text(text, lines[index]) for index in levels}
    asking = {index for index, heading in read.items() if heading.endswith("?") or _TITLE_REMARK.search(heading) is not None}  # "Does it work? I've had massages that ...": asked, with a remark
    reads = {index for index, heading in read.items() if index in asking or reads_as_question(heading.lstrip("#=*_ \t"))}

    def mostly_asked(indices: list[int]) -> bool:
        return len([i for i in indices if i in asking]) >= MIN_FAQ_HEADINGS and len([i for i in indices if i in reads]) / len(indices) >= FAQ_HEADING_SHARE

    found = {}
    for level in {levels[i] for i in asking}:
        of_level = [i for i in levels if levels[i] == level]
        first_asked, last_asked = min(i for i in asking if levels[i] == level), max(i for i in asking if levels[i] == level)
        if mostly_asked(of_level):
            found[level] = len(lines)
        elif mostly_asked([i for i in of_level if first_asked <= i <= last_asked]):
            found[level] = last_asked
    return found


def _asked(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """The last questions of a speaker's turn, without the remarks that lead up to them ("That
    makes sense. So who gives these injections?", a chat's "Ok great" on a line of its own) or
    follow them ("... That's my card"). A line break ends a remark when the next line's first
    word would have fitted on its line (`width`: the page's line width), so it was not wrapped."""
    start, end = _trim(text, start, end, emphasis=True)
    if (direction := _TRANSCRIBERS_NOTE.match(text, start, end)) and direction.end() < end:
        start = direction.end()  # "[inaudible 00:02:36] Dr. Patel, a listener asks, ...?": the transcriber's note is no one's words
    end = max((m.end() for m in ASKED.finditer(text, start, end)), default=end)
    if handover := _HANDOVER.search(text, start, end):
        end = handover.start()
    question_start = statement_start = start
    for match in _chat_breaks(text, start, end):
        if match.group(1) != "?":
            statement_start, question_start = question_start, match.end() - 1 - (text[match.end() - 2] in "\"“‘(")
    if _POINTS_BACK.fullmatch(text, question_start, end) and not _THANKS.match(text, statement_start, question_start):
        question_start = statement_start  # "My friend says PTs can work on the jaw. Is that true?": what it asks about is said before it
    elif statement_start < question_start and _SPEAKS_OF_ONESELF.match(text, statement_start, question_start) and _POINTS_AT.search(text, question_start, end):
        question_start = statement_start  # "My GP mentioned trigger point injections. Is that something you do?": what "that" is, the asker says before it
    read_aloud = _READ_ALOUD.match(text, question_start, end) or _RELAYED.match(text, question_start, end)  # "Got one from a patient: will workers' comp pay?", "Q4 from mira88: i'm on eliquis, ...?"
    if read_aloud:
        question_start = read_aloud.end()
    if filler := _FILLER.match(text, question_start, end):
        question_start = filler.end()  # "Um, is it normal to feel worse ...?": a speaker's hesitation, no word of the question
    for match in _LINE_BREAK.finditer(text, question_start, end):
        above = text[max(start, text.rfind("\n", 0, match.start()) + 1):match.start()].rstrip()
        finished = above[-1:] in (".", "!", "?", "…") or (above[-1:] and _is_symbol(above[-1]))
        opens = text[match.end()].isupper() or (_QUESTION_WORD.match(text, match.end()) and len(above.split()) <= MAX_REMARK_WORDS)  # "ok I'll go first" / "what even is ...?"
        if (opens and match.group(1) != "I" and len(above) + 1 + len(match.group(1)) <= width
                and (finished or 2 * len(above) <= width) and above[-1:] not in ",;:-–—("):
            question_start = match.end()
    for position in range(end - 1, question_start, -1):  # a chat's emoji ends a remark too ("sorry 😅 will it hurt??")
        if _is_symbol(text[position]) and text[position + 1:position + 2].isspace() and text[position - 1:position].isspace():
            question_start = position + 1
            break
    opening = max(text.rfind("\"", start, end - 1), text.rfind("“", start, end - 1))
    if opening >= start and text[end - 1] in "\"”" and text[end - 2] == "?" and (opening == start or text[start:opening].rstrip()[-1:] in (":", ",", ".")):
        return _trim(text, opening + 1, end - 1)  # 'She asks: "Does it hurt?"', 'Listener question from Dana. "My physio mentioned it. Can you ...?"', 'Someone's asking, "my deductible ...?"': the question read out, whole
    if quoted := _QUOTE_READ_OUT.match(text, question_start, end):  # 'Jess writes: “Is it just acupuncture? My physio says ...”': the question read out, the letter going on
        question_start = quoted.end()
    return _trim(text, question_start, end)


def _line_width(page: Page) -> int:
    """The width a text is laid out in: most of its lines are no longer (a few long addresses aside)."""
    lengths = sorted(line.end - line.start for line, blank in zip(page.lines, page.blank) if not blank)
    return lengths[int(LINE_WIDTH_SHARE * (len(lengths) - 1))] if lengths else 0


def _quoted_speech(line: str) -> bool:
    """A question in quotation marks ("“Is there anything else I can help you with?”", a script's
    line), or the end of a quotation opened above: said by someone, not asked by the page."""
    return bool(_QUOTED_QUESTION.search(line)) and (line[:1] in _OPENING_QUOTES or not any(q in line[:-1] for q in _OPENING_QUOTES))


def _find_candidates(page: Page, structure: _Structure) -> list[_Candidate]:
    """Question lines; FAQ widgets' titles are questions when asked as one even without "?" ("How
    long does a session last"). In a transcript, the asker's questions."""
    text, lines = page.text, page.lines
    levels = structure.levels
    faq_levels = _faq_heading_levels(text, lines, levels)
    first_asked = {  # a heading of an FAQ level before its first question is the page's, not an entry ("Key points")
        level: min((i for i, l in levels.items() if l == level and _heading_text(text, lines[i]).endswith("?")), default=len(lines))
        for level in faq_levels
    }
    candidates, label_line = [], None
    turns = structure.transcript.turns if structure.transcript else {}
    asked = set(structure.transcript.question_lines()) if structure.transcript else set()
    wrapped = {i for index in asked for i in range(index + 1, turns[index].last_line + 1)}  # a question's other lines
    headed = {i for index, turn in turns.items() for i in range(index + 1, page.line_of(turn.text_start))}  # a message's header below its label line, and the message its reply quotes ("Commented on Ben's message: is there ...?")
    spoken = {i for turn in turns.values() if not turn.asks for i in range(page.line_of(turn.text_start), turn.last_line + 1)}  # a turn's words under its label ("Priya Raman   0:58" / "How about now?") that ask nothing, but what a "Q:" labels
    width = _line_width(page) if asked else 0
    asking_widgets = sum(  # an accordion of questions: "How to prepare" among them asks too (a lone "How we vet content" button does not)
        page.content(i).rstrip().rstrip(_CLOSERS).endswith("?") or bool(_QUESTION_WORD.match(page.content(i).strip())) for i in structure.widgets
    )
    for index, line in enumerate(lines):
        if page.blank[index] or index in wrapped or index in headed or index in structure.columns or (candidates and index <= candidates[-1].line):
            continue
        if index in turns:
            if index in asked:
                last = turns[index].last_line
                candidates.append(_Candidate(last, *_asked(text, turns[index].text_start, lines[last].end, width), True, True, False, first_line=index))
            label_line = None
            continue
        if index in structure.drafts:
            continue
        if index in structure.topics:
            line = Line(line.start, structure.topics[index])
        content = text[line.start:line.end]
        after_label, _, labelled, _, _ = _strip_prefix(text, line.start, line.end)
        if _QUESTION_LABEL.fullmatch(content.strip().strip("*_#> \t")) or _asked_by_at_end(content.strip(), page.content(index + 1) if index + 1 < len(lines) else "") or (labelled and _SALUTATION.fullmatch(text, after_label, line.end)):
            label_line = index  # "Q:" alone, or "Q. Dear Dr. Ortiz,": the letter below is the question
            continue
        if index not in levels and _quoted_speech(content.strip()):
            label_line = None
            continue
        following = page.next_answer_line(index)
        answer_follows = following is not None and bool(ANSWER_LABEL.match(text, lines[following].start, lines[following].end))
        answer_follows |= _signed(page, index)
        marked = index in levels and not _MARKUP_HEADING.match(content)
        marked |= index > 0 and _STAMPED.match(page.content(index - 1)) is not None  # a chat message under its "[9:10 AM] Name"
        marked |= CUE_SPAN.match(content) is not None  # a speech-to-text segment of its own
        titled = (levels.get(index) or "").startswith(("#", "question")) or index in structure.widgets
        alone = (index == 0 or page.blank[index - 1]) and (index + 1 == len(lines) or page.blank[index + 1]) and _answered_below(page, index)
        if _CHECKBOX.match(content) and not _outline_parent(page, index):
            label_line = None
            continue  # a checklist's task asks only over its note ("[x] 9:00 AM Is the room warm?" over the next task is a check, "- [ ] How many sessions?" a draft's open question)
        candidate = _question_candidate(text, index, line, label_line is not None, answer_follows, page.actions[index], marked, titled, alone)
        if candidate is None and not page.actions[index] and _outline_parent(page, index) and reads_as_question(text, *_trim(text, after_label, line.end, emphasis=True)):
            candidate = _Candidate(index, *_trim(text, after_label, line.end, emphasis=True), True, False, True)  # an outliner's item asking without "?", its answer nested under it
        opened_above = _opened_above(page, index)
        if (candidate is None or (not candidate.structural and (_asked_above(page, index) or opened_above or _capitals_wrapped(page, index)))) and content.rstrip().rstrip(_CLOSERS).endswith("?") and page.actions[index] != "skip":
            floor = candidates[-1].line + 1 if candidates else 0
            if opened_above:
                floor = max(floor, index - 1)  # the question opened on the line above, not higher up
            candidate = _wrapped_question(page, index, floor, answer_follows) or candidate
        level, core = levels.get(index), content.strip()
        # a heading of an FAQ level that opens with a question word is an entry ("How to prepare", not "Benefits" nor "How it works"); a widget title must read as a question
        bare = core[bullet.end():] if (bullet := _BULLET.match(core)) else core  # a widget title may be a list item
        if index in structure.widgets:
            bare = text[after_label:line.end].strip()  # or numbered ("05 Which conditions do you treat")
        asks = _LEVEL_MARK.sub("", _heading_text(text, line) if level == "component" else bare.lstrip("#=*_ \t"), count=1)  # "h3. Who gives the injections here" asks too
        entry = (level in faq_levels and index <= faq_levels[level] and ((index > first_asked[level] and _QUESTION_WORD.match(asks) and not _EMBEDDED.match(asks)) or reads_as_question(asks))) or (index in structure.widgets and any(_READS_AS_QUESTION.match(part) or (_QUESTION_WORD.match(part) and asking_widgets >= MIN_FAQ_HEADINGS) for part in _TOPIC_THEN.split(bare, maxsplit=1)))
        below = page.next_content(index)
        if entry and not asks.rstrip().rstrip(_CLOSERS).endswith("?") and below is not None and page.content(below).rstrip().rstrip(_CLOSERS).endswith("?"):
            entry = False  # "Who provides what" over its section's first question: the section's title
        if candidate is None and entry and not page.actions[index] and not FAQ_SECTION.fullmatch(core.strip("#*_: \t")):
            candidate = _question_candidate(text, index, line, True, answer_follows, None)
        if candidate and (index not in spoken or candidate.labelled):
            candidates.append(replace(_label_wrapped(page, candidate), label_line=label_line))
        label_line = None
    return candidates


_Q_LABEL = re.compile(r"[ \t]*(?:[*_]{1,2})?(?-i:Q|Question|QUESTION)(?:[*_]{1,2})?[ \t]*(?P<mark>[:.])")  # "Q:", "**Q.**"
_A_LABEL = re.compile(r"[ \t]*(?:[*_]{1,2})?(?-i:A|Answer|ANSWER)\d*(?:[*_]{1,2})?[ \t]*[:.\-–—](?:[*_]{1,2})?(?:[ \t]|$)")  # its answer's label: "A:", "**A:**", "A1:", "A -" (not a list's "a)")
ASKER_LINES = 8  # lines of a reader's own words after a labelled question, before its answer's label


def _answered_below_the_asker(page: Page, candidate: _Candidate, stop: int) -> int:
    """Where a question's answer may begin: the line below it, or, when a labelled question's
    paragraph goes on with the asker's own words ("Q: Can a trigger point give you headaches? I get
    a dull ache behind my\nleft eye most afternoons."), the answer's label after them ("A: They
    can ..."): the asker's words are neither question nor answer."""
    first = candidate.line + 1
    label_line = page.lines[candidate.first_line if candidate.first_line is not None else candidate.line]
    asked = _Q_LABEL.match(page.text, label_line.start, label_line.end)
    if not candidate.labelled or candidate.answer_start is not None or not asked:
        return first
    answered = lambda i: _A_LABEL.match(page.text, page.lines[i].start, page.lines[i].end) is not None
    index = first
    while index < min(stop, first + ASKER_LINES) and not page.blank[index]:
        if answered(index):
            return first  # "A:" right under the question
        index += 1
    below = page.next_answer_line(index - 1) if index > first else None
    return below if below is not None and below < stop and page.blank[index] and answered(below) else first


def _signed(page: Page, index: int) -> bool:
    """A reader's letter: its signature is the next line ("— Sore in Sacramento", or "Tom, Northcote"
    under a letter its greeting opens), and the columnist's reply follows."""
    below = next((i for i in range(index + 1, len(page.lines)) if not page.blank[i]), None)
    return below is not None and page.actions[below] == "skip" and (_SIGNED.match(page.content(below)) is not None or below in page.letter_signatures)


def _label_wrapped(page: Page, candidate: _Candidate) -> _Candidate:
    """A labelled question hard-wrapped onto indented lines ("Q: Is dry needling the same as
    acupuncture for coverage\n   purposes?"), or onto flush-left ones that go on in lower case ("Q.
    ... through my spouse. Do\nthese changes apply to it?"), ends on the line that ends it with "?"; so does one
    whose lines run flush left under an indented label up to the answer's label, as a transcript's
    do ("    Q.   Who is allowed to perform dry needling in\nColorado?\n    A.   Here ..."). A
    transcript's prompt after the label is no question ("Q.  Please state your full name for the
    record."); on an FAQ page "Q: Please explain what dry needling is." asks."""
    text = page.text
    if not candidate.labelled or candidate.answer_start is not None or text[candidate.start:candidate.end].rstrip(_CLOSERS).endswith("?"):
        return candidate
    last = min(candidate.line + MAX_WRAPPED_LINES, len(page.lines) - 1)
    labelled = lambda i: i is not None and ANSWER_LABEL.match(text, page.lines[i].start, page.lines[i].end) is not None
    run_end = next((i - 1 for i in range(candidate.line + 1, last + 1) if page.blank[i] or labelled(i)), last)
    transcript = text[page.lines[candidate.line].start:candidate.start][:1].isspace() and labelled(page.next_answer_line(run_end))
    wrapped = candidate
    for index in range(candidate.line + 1, run_end + 1):
        line = page.lines[index]
        content = text[line.start:line.end]
        going_on = content[:1].islower() and not text[page.lines[index - 1].start:page.lines[index - 1].end].rstrip().endswith((".", "!", "?", ":"))
        if not (content[:1].isspace() or transcript or going_on):  # indented, a transcript's, or going on in lower case from an unfinished line
            break
        if content.rstrip().rstrip(_CLOSERS).endswith("?") or (transcript and index == run_end):
            wrapped = replace(candidate, line=index, end=_trim(text, line.start, line.end, emphasis=True)[1], first_line=candidate.line)
            break
        if going_on and "?" in content and not any("?" in text[page.lines[later].start:page.lines[later].end] for later in range(index + 1, run_end + 1)):
            wrapped = replace(candidate, line=index, end=line.start + content.rindex("?") + 1, first_line=candidate.line)
            break  # "...under my right\nshoulder blade? I sit at a desk all day.": the asker's words after it ask nothing (not "...who is 68? My knees are fine. Could it help\nmy hamstrings?")
        if going_on and index == run_end and "?" not in content and labelled(page.next_answer_line(run_end)):
            wrapped = replace(candidate, line=index, end=_trim(text, line.start, line.end, emphasis=True)[1], first_line=candidate.line)
            break  # "Q: Do my clients need a doctor's note for their benefits to\npay for massage" over "A: ...": asked up to the answer's label, without its "?"
    asked = " ".join(text[wrapped.start:wrapped.end].split())
    prompt = transcript and _PROMPT.match(asked) and asked.endswith(".") and not _has_sentence_break(asked) and not any(_READS_AS_QUESTION.match(part.strip()) for part in asked.split(","))
    return replace(wrapped, prompt=bool(prompt))


def _inline_candidates(text: str, lines: list[Line]) -> list[_Candidate]:
    """Question and answer flattened onto one line ("What is cupping? Cupping is ..."), also after a
    lead-in that reads it out ("Next question, from Priya: Can ...? In most places, no.")."""
    found = []
    for index, line in enumerate(lines):
        start, structural, labelled, bullet, _ = _strip_prefix(text, line.start, line.end)
        start, _ = _trim(text, start, line.end)
        lead_in = _READ_ALOUD.match(text, start, line.end)
        match = _INLINE_QUESTION.match(text, start, line.end) or (lead_in and _INLINE_QUESTION.match(text, lead_in.end(), line.end))
        if match and _TABLE_ROW.match(text, line.start, line.end) and text[line.start:line.end].strip().strip("|").count("|") != 1:
            continue  # a table of questions and answers has two columns; a checklist's or a comparison's rows are no pairs
        if match and not labelled and not _has_sentence_break(match.group(1)):
            start = match.start()
            found.append(_Candidate(index, start, start + len(match.group(1)), True, False, bullet, match.end()))
    return found


def _section_headings(page: Page, candidates: list[_Candidate]) -> list[_Candidate]:
    """Under a "Common questions" or "FAQ" heading with no "?" questions below it, short lines that
    open with a question word ("How to report a work injury") are the questions."""
    text, lines = page.text, page.lines
    section = next((i for i, l in enumerate(lines) if FAQ_SECTION.fullmatch(text[l.start:l.end].strip().strip("#*_: \t"))), None)
    if section is None or any(c.line > section for c in candidates):
        return []
    found = []
    for index in range(section + 1, len(lines)):
        content = page.content(index).strip()
        following = page.next_content(index)
        if (
            _QUESTION_WORD.match(content) and len(content.split()) <= MAX_HEADING_QUESTION_WORDS
            and content[-1:] not in ".!?:;," and not page.actions[index] and following is not None
            and not _QUESTION_WORD.match(page.content(following).strip())
        ):
            start = _strip_prefix(text, lines[index].start, lines[index].end)[0]
            start, end = _trim(text, start, lines[index].end)
            found.append(_Candidate(index, start, end, True, True, False))
    return found if len(found) >= MIN_FAQ_HEADINGS else []


def _answered(page: Page, candidates: list[_Candidate]) -> set[int]:
    """Lines of the candidates with content of their own before the next candidate."""
    answered = set()
    for candidate, following in zip(candidates, [*candidates[1:], None]):
        content = page.next_text(candidate.line)
        if candidate.answer_start is not None or (content is not None and (following is None or content < following.block_start)):
            answered.add(candidate.line)
    return answered


def _heading_like(page: Page, index: int, marked: bool = False) -> tuple[int, int] | None:
    """The span of a line that stands as a heading: alone after a blank line (or a Markdown
    heading), short, without final punctuation, not a list item, followed by content. A heading
    its markup ranks (`marked`) may be typed in lower case ("### is it normal to feel worse")."""
    text, line = page.text, page.lines[index]
    if page.blank[index] or page.actions[index] or _BULLET.match(text, line.start, line.end) or _ENUMERATOR.match(text, line.start, line.end):
        return None
    if not (index == 0 or page.blank[index - 1] or _MARKUP_HEADING.match(text, line.start, line.end)):
        return None
    start, end = _trim(text, _strip_prefix(text, line.start, line.end)[0], line.end, emphasis=True)
    core = text[start:end]
    lower_case_allowed = marked or _FORUM_QUOTE.match(text, line.start, line.end)  # a forum member's words as typed ("can massage therapists do dry needling")
    if not core or not (core[0].isupper() or lower_case_allowed) or not _ends_open(core) or len(core.split()) > MAX_HEADING_QUESTION_WORDS:
        return None
    return (start, end) if page.next_content(index) is not None else None


def _question_headings(page: Page, candidates: list[_Candidate], structure: _Structure) -> list[_Candidate]:
    """Headings that read as questions without a "?" ("What Is Dry Needling", "How Long Does a
    Session Take"), where they make up most of the page's headings: each one is a question. So is
    the one marked heading of its level that reads as a question ("## Do you have information
    about back pain" under the page's title). In a text with an indented body only its flush-left
    lines are headings (the first line of each wrapped paragraph would look like one)."""
    levels = structure.levels
    taken = {i for c in candidates for i in range(c.block_start, c.line + 1)}
    headings = {
        i: span for i in (sorted(structure.outdented) if structure.outdented else range(len(page.lines)))
        if i not in taken and (span := _heading_like(page, i, levels.get(i, "").startswith("#")))
    }
    first_asked = min((c.line for c in candidates), default=len(page.lines))
    questions = [  # the page's headline with its "?" inside ("Is It the Same as Acupuncture? A PT Explains", "Who does what? A guide to ..." above the questions) is its title, not a question
        i for i, (start, end) in headings.items() if reads_as_question(page.text, start, end) and not ("?" in page.text[start:end] and (levels.get(i) == "#" or i < first_asked))
        and not _list_label(page, i, start, end)
    ]
    asked_at = Counter(levels.get(i) for i in [*questions, *(c.line for c in candidates)])
    questions = sorted(questions + [  # "### What about dry needling" among "### Is acupuncture covered" and its like: a follow-up question
        i for i, (start, end) in headings.items() if i not in questions and levels.get(i) and asked_at[levels[i]] >= MIN_QUESTION_HEADINGS and _FOLLOW_UP.match(page.text, start, end)])
    asked_below = set(questions) | {c.line for c in candidates}  # a section's heading over its first question ("## Who does what" over '??? question "Who ...?"') asks nothing
    answered = [i for i in questions if page.next_content(i) not in asked_below]
    alone = len(answered) == 1 and levels.get(answered[0], "").startswith("#") and list(levels.values()).count(levels[answered[0]]) == 1
    if not alone and (len(answered) < MIN_QUESTION_HEADINGS or len(answered) < QUESTION_HEADING_SHARE * len(headings)):
        shapes = [(c.line, _markup(page, levels, c.line)) for c in candidates if c.answer_start is None]
        marked = Counter(shape for _, shape in shapes)
        in_capitals = marked["alone"] >= MIN_QUESTION_HEADINGS and all(_capitals(page.content(line)) for line, shape in shapes if shape == "alone")
        first_question = min((c.line for c in candidates), default=len(page.lines))  # among the questions, not a slogan above them
        answered = [  # a heading set apart as two or more of the page's questions are ("**What should I wear**"), or below
            # the first question of a page with three or more set apart (a bold one among h3 questions)
            i for i in answered if (shape := _markup(page, levels, i))
            and (marked[shape] >= MIN_QUESTION_HEADINGS or (sum(count for kind, count in marked.items() if kind) >= MIN_FAQ_HEADINGS and i > first_question))
            and (_ASKS_WITHOUT_MARK.match(page.text, *headings[i]) or _asks_after_a_story(page.text, *headings[i]))
            and (not _title_case(page.text[slice(*headings[i])]) or (marked[shape] >= MIN_QUESTION_HEADINGS and _TITLED_QUESTION.match(page.text, *headings[i])))  # "What Should I Do After a Session" among questions set apart so, not "Did You Know"
            and (shape != "alone" or (marked["alone"] >= MIN_QUESTION_HEADINGS and (_between_answers(page, i, i < first_question) or (in_capitals and _capitals(page.content(i))))  # one in capitals as the page's other questions are, even right under a byline
                                      and _ASKS_SOMEONE.match(page.text, *headings[i]) and "," not in page.text[slice(*headings[i])]))
        ]
    return [_Candidate(i, *headings[i], True, True, False) for i in answered]


def reads_as_question(text: str, start: int = 0, end: int | None = None) -> bool:
    end = len(text) if end is None else end
    return bool(_READS_AS_QUESTION.match(text, start, end) or _asks_after_a_story(text, start, end))


def _asks_after_a_story(text: str, start: int, end: int) -> bool:
    """What happened, a dash, then the question ("My forearm aches after practice – is it a trigger
    point", "Treating knots – what do osteopaths actually do")."""
    story = _STORY_THEN.search(text, start, end)
    return bool(story and _ASKS_AFTER_A_STORY.match(text, story.end(), end))


_WHAT_IS_DONE = re.compile(r"(?i:what|which)[ \t]+(?i:is|are)[ \t]+(?:(?i:not)[ \t]+)?(?i:[a-z]+ed)[ \t]*")


def _list_label(page: Page, index: int, start: int, end: int) -> bool:
    """"What is not covered" over a list of what is not: the list's label, no question."""
    below = page.next_content(index)
    return _WHAT_IS_DONE.fullmatch(page.text, start, end) is not None and below is not None and _BULLET.match(page.content(below)) is not None
_SIGNOFF = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*)?")  # a name alone, no sentence ("Ruth", "Ruth O.")
_TITLED_QUESTION = re.compile(r"(?i:(?:how|what|who|when|where|why|which)\b|(?:does|do|is|are|can|will|should) (?:it|i|my|this|that|the|a|an)\b)")  # "Does It Hurt", not "Did You Know", "Are You Ready ..."
_ASKS_SOMEONE = re.compile(  # a question word, or an auxiliary no imperative opens with: "Does trigger point massage hurt", not "Do stretch gently"
    r"(?i:(?:how|what|who|when|where|why|which|does|did|is|are|can|could|will|would|may|has)\b"
    r"|(?:do|should|have)[ \t]+(?:i|you|it|we|they|he|she|this|that|these|those|there|my|your|our|the|a|an|any)\b)")


def _between_answers(page: Page, index: int, first: bool = False) -> bool:
    """A plain line standing where a question would: after a finished sentence, not after a lead-in
    ("... if you:") or another item of its list. Skipped furniture between them (a printed page's
    footer, an "[Image: ...]" placeholder, a running "(continued)" header) is not what it follows.
    Nor is the page's own heading, alone on its line, over its first question (`first`:
    "MYOFASCIAL RELEASE: YOUR QUESTIONS ANSWERED" over "What is myofascial release"); further
    down, a short line above is an item of a list laid out without bullets."""
    before = next((i for i in range(index - 1, -1, -1) if not page.blank[i] and page.actions[i] != "skip"), None)
    if before is None:
        return False
    return page.content(before).rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?") or (first and page.blank[before + 1] and _heading_like(page, before) is not None)


def _title_case(line: str) -> bool:
    """Most longer words capitalised, as a slogan is written ("Do More of What You Love")."""
    words = [w for w in line.split()[1:] if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def _markup(page: Page, levels: dict[int, str], index: int) -> str | None:
    """How a line is set apart: its heading's rank, bold from end to end, quoted as a forum quotes,
    alone between blank lines in plain text, or in capitals over its paragraph (a leaflet's "IS IT SAFE")."""
    line = page.lines[index]
    if _FORUM_QUOTE.match(page.text, line.start, line.end):
        return "quote"
    if levels.get(index) or _BOLD_LINE.fullmatch(page.text, line.start, line.end):
        return levels.get(index) or "bold"
    if not (index == 0 or page.blank[index - 1]):
        return None
    if index + 1 < len(page.lines) and page.blank[index + 1]:
        return "alone"
    return "capitals" if _capitals(page.content(index)) else None


def _unmarked_questions(page: Page, candidates: list[_Candidate]) -> list[_Candidate]:
    """A line laid out as most of the page's questions are, that reads as a question, lacks only
    its "?": on a page copied from a browser without blank lines, each question on a line and its
    answer on the next ("How will I feel afterward"), on a page whose questions each open a block
    after a blank line with the answer right below ("What causes trigger points"), or where each
    question is a list item alone between answers ("- Will the marks go away"). It stands between a
    finished sentence and an answer that begins anew, and is short. So does an asker's question
    after a word about themselves ("I'm a sailor and tie knots all day. Could that be why ...?")."""
    text, lines = page.text, page.lines

    def bullet(index: int | None) -> bool:
        return index is not None and bool(_BULLET.match(text, lines[index].start, lines[index].end))

    def shape(index: int) -> tuple[bool, str]:
        if not 0 < index < len(lines) - 1 or page.blank[index + 1]:
            return bullet(index), "alone"
        above = index - 1
        while above > 0 and page.actions[above] == "skip" and not page.blank[above]:
            above -= 1  # past a printed page's running header
        return bullet(index), "opens" if page.blank[above] else "tight"  # "opens": a blank line above, its answer right below

    answered = _answered(page, candidates)
    article_end = page.article_end(candidates[0].line, answered) if candidates else 0  # related posts' titles and comments are not how the page asks
    asked = [c for c in candidates if not c.structural and c.answer_start is None and c.line < article_end and c.line in answered]  # nor a list of questions left unanswered
    shapes = Counter(shape(c.line) for c in asked).most_common(1)
    if not shapes or shapes[0][0] == (False, "alone") or shapes[0][1] < MIN_UNMARKED_EVIDENCE or shapes[0][1] < SHAPED_SHARE * len(asked):
        return []  # questions set apart by blank lines alone are the headings' (_question_headings)
    layout = shapes[0][0]
    taken = {i for c in candidates for i in range(c.block_start, c.line + 1)}
    found = []
    for index in range(1, len(lines) - 1):
        if index in taken or page.actions[index] or shape(index) != layout:
            continue
        before, after = page.previous_content(index), page.next_answer_line(index)  # past an accordion's "Expand"
        while before is not None and page.actions[before] == "skip":  # past a draft's "[note to self]"
            before = page.previous_content(before)
        if before is None or after is None or page.actions[after]:
            continue
        start, end = _trim(text, _strip_prefix(text, lines[index].start, lines[index].end)[0], lines[index].end, emphasis=True)
        core = text[start:end]
        if ((bullet(before) or bullet(after)) and not _INTERROGATIVE.match(core)) or _ENUMERATOR.match(text, lines[index].start, lines[index].end):
            continue  # an item of a list, or the label over one ("What to bring"; "What should I do afterwards" asks, whatever the form of the answers around it)
        item = _BULLET.match(text, lines[after].start, lines[after].end)
        previous, following = text[lines[before].start:lines[before].end].rstrip(), text[item.end() if item else lines[after].start:lines[after].end].lstrip()
        unmarked = (core and core[0].isupper() and _ends_open(core) and len(core.split()) <= MAX_HEADING_QUESTION_WORDS and "," not in core
                    and core.rsplit(None, 1)[-1].lower() not in function_words()  # not a wrapped paragraph's first line ("... a mix of treatments, with")
                    and _ASKS_WITHOUT_MARK.match(core))
        remarked = layout[1] == "opens" and core.endswith("?") and core.count("?") == 1 and len(core) <= MAX_QUESTION_CHARS and _ASKER_ABOUT_THEMSELVES.fullmatch(core)
        if (unmarked or remarked) and previous[-1:] in (".", "!", "?") and following[:1].isupper():
            found.append(_Candidate(index, start, end, False, False, layout[0]))
    return found


def _drop_lists(page: Page, candidates: list[_Candidate], levels: dict[int, str]) -> tuple[list[_Candidate], list[int]]:
    """Questions listed in a table of contents, a bulleted list or a "related questions" block are
    not questions answered; nor is a numbered one right above its list's next title. Returns the
    questions kept, and the first lines of runs of questions each asked elsewhere too (a table of
    contents), where an answer above ends.

    A repeated question is answered where content follows it: elsewhere it is listed, so a
    repetition never takes the answer away (when no occurrence has content, the last one counts).
    A question-shaped line directly followed by a table of contents is the page title.
    """
    text = page.text
    answered = _answered(page, candidates)
    occurrences: dict[str, list[_Candidate]] = {}
    for c in candidates:
        occurrences.setdefault(_normalise(text[c.start:c.end]), []).append(c)
    entry_level = Counter(levels.get(c.line) for c in candidates).most_common(1)[0][0] if candidates else None
    in_lists = {  # items of a bulleted list of questions (a forum post's), whatever follows the last
        c.line for i, c in enumerate(candidates)
        if c.bullet and not c.labelled and c.answer_start is None
        and any(n.bullet and _only_items_between(page, n, c) for n in candidates[max(i - 1, 0):i] + candidates[i + 1:i + 2])
    }
    repeated = {  # not a list's questions that two answers share ("- When did I first notice it?"), nor headings
        c.line for group in occurrences.values() if len(group) > 1 for c in group if not c.bullet and not levels.get(c.line, "").startswith("#")}
    run = {line for line in repeated if page.previous_content(line) in repeated or page.next_content(line) in repeated}
    contents = {  # a run of questions each asked and answered elsewhere: a table of contents, whatever follows its last line ("On this page" after the article)
        c.line for group in occurrences.values() if any(o.line in answered and o.line not in run for o in group) for c in group if c.line in run
    }
    listed_set = set()
    for group in occurrences.values():
        kept = [c for c in group if c.line in answered] or group[-1:]
        kept = [c for c in kept if c.line not in in_lists] or kept  # a list repeats the question answered elsewhere
        kept = [c for c in kept if c.line not in contents] or kept
        at_entry_level = [c for c in kept if levels.get(c.line) == entry_level]
        kept = at_entry_level if len(kept) > 1 and at_entry_level else kept  # a page title repeating an entry is a title
        listed_set |= {c.line for c in group if c not in kept}
    listed = sorted(listed_set)
    unlisted = [c for c in candidates if c.line not in listed_set]
    following_line = {c.line: f.line for c, f in zip(unlisted, unlisted[1:])}
    kept = []
    for candidate in candidates:
        if candidate.line in listed_set:
            continue
        first_listed = bisect_right(listed, candidate.line)
        if (
            not candidate.labelled and candidate.line not in answered and first_listed < len(listed)
            and listed[first_listed] < following_line.get(candidate.line, len(page.lines))
        ):
            continue  # a question-shaped title over a table of contents
        if candidate.line in in_lists or _over_next_title(page, candidate):
            continue
        kept.append(candidate)
    return kept, sorted(line for line in contents if page.previous_content(line) not in contents)


def _over_next_title(page: Page, candidate: _Candidate) -> bool:
    """A numbered question right above its list's next number, a title without closing punctuation
    ("1. What Is a Trigger Point?" over "2. The Pain That Travels"): a table of contents."""
    text, lines = page.text, page.lines
    number = _QUESTION_NUMBER.match(text, lines[candidate.line].start, lines[candidate.line].end)
    following = candidate.line + 1
    if number is None or number.group(1) is None or candidate.answer_start is not None or following >= len(lines):
        return False  # "1. Is dry needling covered? Yes, by most plans.": answered on its line
    item = _QUESTION_NUMBER.match(text, lines[following].start, lines[following].end)
    title = text[item.end():lines[following].end].rstrip() if item else ""
    return item is not None and item.group(1) == str(int(number.group(1)) + 1) and title[-1:] not in ".?!:;," and "?" not in title


def _only_items_between(page: Page, a: _Candidate, b: _Candidate) -> bool:
    """Nothing but blank lines and items of the same list between two listed questions (a table of
    contents lists "Who gives the injections" between "What is it?" and "Will it hurt?")."""
    low, high = sorted((a.line, b.line))
    level = _indent(page.text, page.lines[low])
    return all(
        page.blank[i] or (_BULLET.match(page.text, page.lines[i].start, page.lines[i].end) and _indent(page.text, page.lines[i]) == level
                          and not page.content(i).rstrip().endswith("."))
        for i in range(low + 1, high)
    )  # an outliner's answers nested under its questions, or a list's answers after each question ("- Yes, round marks."), are no titles of a list


def _within_article(page: Page, candidates: list[_Candidate]) -> list[_Candidate]:
    """Question-shaped lines after the article's end (titles of related posts, "People also ask")
    are not questions; nor is a run of unanswered ones that such a block heading opens before the
    article's first answered question."""
    if not candidates:
        return candidates
    answered = _answered(page, candidates)
    first_answered = next((c.line for c in candidates if c.line in answered), None)
    if first_answered is not None:
        block = next((i for i in range(first_answered) if page.actions[i] == "end"), None)
        if block is not None:
            candidates = [c for c in candidates if not block < c.line < first_answered]
    end = page.article_end(candidates[0].line, answered)
    return [c for c in candidates if c.line < end]


def _under_labels(page: Page, candidates: list[_Candidate], levels: dict[int, str]) -> list[_Candidate]:
    """Where a page labels each question on its line ("Q: My neck ... Is it a knot?"), the page's
    title above them that asks too, its top heading with no sentence above it and no labelled
    answer below ("Ask the Physio: Are knots real, and who pays?"), is no entry."""
    first = candidates[0] if candidates else None
    if (first is None or len(candidates) <= MIN_FAQ_HEADINGS or first.labelled or levels.get(first.line) != "#"
            or not all(c.labelled and c.label_line is None for c in candidates[1:])):
        return candidates
    below = page.next_answer_line(first.line)
    if below is not None and ANSWER_LABEL.match(page.text, page.lines[below].start, page.lines[below].end):
        return candidates
    if any(page.content(i).rstrip()[-1:] in ".!?:" for i in range(first.block_start) if not (page.blank[i] or page.actions[i])):
        return candidates
    return candidates[1:]


def _quoted_entries(page: Page, candidates: list[_Candidate]) -> list[_Candidate]:
    """Where a page sets its questions in quotation marks, each alone after a blank line with its
    answer right below ("Callers ask..." then “Who can do a trigger point injection?”), at least
    MIN_FAQ_HEADINGS of them, they are its questions, not someone's quoted speech."""
    text, lines = page.text, page.lines
    taken = {c.line for c in candidates}
    found = []
    for index, line in enumerate(lines):
        quoted = _QUOTED_ENTRY.fullmatch(text, line.start, line.end)
        following = page.next_content(index)
        if (quoted and index not in taken and not page.actions[index] and (index == 0 or page.blank[index - 1])
                and following == index + 1 and not _QUOTED_ENTRY.fullmatch(text, lines[following].start, lines[following].end)):
            found.append(_Candidate(index, quoted.start(1), quoted.end(1), True, False, False))
    return found if len(found) >= MIN_FAQ_HEADINGS else []


def _numbered_questions(page: Page, candidates: list[_Candidate], topics: dict[int, int]) -> list[_Candidate]:
    """Where the page numbers its questions ("1. Do I need a referral?" ... "8. ..."), a line that
    carries a number next to one of theirs and asks lacks only its "?" ("9. What if I don't have
    insurance"): short, without final punctuation, followed by its answer."""
    text, lines = page.text, page.lines
    numbered = {}
    for candidate in candidates:
        number = _QUESTION_NUMBER.match(text, lines[candidate.line].start, lines[candidate.line].end)
        if number:
            numbered[int(number.group(1) or number.group(2))] = candidate.line
    if len(numbered) < MIN_NUMBERED_QUESTIONS:
        return []
    taken = {i for c in candidates for i in range(c.block_start, c.line + 1)}
    found = []
    for index, line in enumerate(lines):
        number = _QUESTION_NUMBER.match(text, line.start, line.end)
        if not number or index in taken or page.actions[index] or page.next_content(index) is None:
            continue
        n = int(number.group(1) or number.group(2))
        if n in numbered or not (numbered.get(n - 1, -1) < index < numbered.get(n + 1, index + 1)) or (n - 1 not in numbered and n + 1 not in numbered):
            continue
        neighbours = [i for i in (page.previous_content(index), page.next_content(index)) if i is not None]
        if any(_QUESTION_NUMBER.match(text, lines[i].start, lines[i].end) and i not in taken for i in neighbours):
            continue  # an item of a numbered list ("4. Do light stretching" after "3. Keep moving")
        start, end = _trim(text, number.end(), topics.get(index, line.end), emphasis=True)
        core = text[start:end]
        asked_from = topic.end() if (topic := _TOPIC_LABEL.match(core)) else 0  # "Self-Pay Rates: What Will I Pay Without Insurance"
        asks = any(pattern.match(core, asked_from) for pattern in (_ASKS_WITHOUT_MARK, _ASKED_OF_THE_READER, _READS_AS_QUESTION))  # "2. Who gives the injections here"
        if core and (core[0].isupper() or _QUESTION_WORD.match(core)) and _ends_open(core) and len(core.split()) <= MAX_HEADING_QUESTION_WORDS and asks:  # "2. who can inject a trigger point in the US" typed in lower case too
            found.append(_Candidate(index, start, end, True, False, False))
    return found


def _items_over_answers(page: Page, candidates: list[_Candidate]) -> list[_Candidate]:
    """A note's list whose items each stand over a paragraph set in deeper (a reception script:
    "* can I claim it on my health fund?" over "  Usually yes, ..."): where MIN_FAQ_HEADINGS items
    or more read as questions, with or without "?" and in lower case, each of those is one."""
    text, lines = page.text, page.lines
    taken = {c.line for c in candidates}
    items = []
    for index, line in enumerate(lines):
        bullet = _BULLET.match(text, line.start, line.end)
        below = page.next_content(index) if bullet and not page.actions[index] else None
        if below is None or below != index + 1 or _BULLET.match(text, lines[below].start, lines[below].end) or _indent(text, lines[below]) <= _indent(text, line):
            continue
        start, end = _trim(text, bullet.end(), line.end, emphasis=True)
        core = text[start:end]
        asks = bool(core) and len(core.split()) <= MAX_HEADING_QUESTION_WORDS and (core.endswith("?") or (_ends_open(core) and _READS_AS_QUESTION.match(core) is not None))
        items.append((index, start, end, asks))
    asking = sum(asks for *_, asks in items)
    if asking < MIN_FAQ_HEADINGS or asking * 2 <= len(items):
        return []
    return [_Candidate(index, start, end, True, False, True) for index, start, end, asks in items if asks and index not in taken]


def _is_section_heading(line: str) -> bool:
    """A short title line without final punctuation: Markdown heading, Title Case or capitals; a
    labelled line ("NIH: National Institute of Mental Health", a credit) is content."""
    section_number = _SECTION_NUMBER.match(line)  # "3 Your Injection" heads "3.1 Will it hurt?"; "3. Call us" is a list item
    if section_number:
        line = line[section_number.end():]
    words = line.strip("#*_ \t").split()
    if not words or len(words) > MAX_HEADING_WORDS or line.rstrip()[-1:] in ".!?:;,)\"”’" or _BULLET.match(line) or _ENUMERATOR.match(line) or line.lstrip().startswith("|"):
        return False  # nor a table's row ("| Physician | No | Yes") or its AsciiDoc delimiter ("|===")
    if ":" in line and not line.lstrip().startswith("#"):
        return False
    minor = {"and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "with", "at", "by", "from", "about", "as", "&", "vs", "vs."}
    return line.lstrip().startswith("#") or all(w[0].isupper() or w.lower() in minor or not w[0].isalpha() for w in words)


def _subheading_as_written(page: Page, index: int, levels: dict[int, str], rank: int) -> bool:
    """A web page's heading below the question's rank that no furniture rule names once written
    with its Markdown "#"s: the rules read a page's markup as written, and a web page writes none."""
    level, content = levels.get(index, ""), page.content(index).strip()
    return bool(rank) and level.startswith("#") and len(level) > rank and not content.startswith("#") and line_action(f"{level} {content}") is None


def _answer_span(page: Page, first: int, stop: int, inline_start: int | None, structure: _Structure, labels: dict[int, int], asks_contact: bool) -> tuple[int, int]:
    """The answer runs over lines [first, stop), less labels (`labels`: where the words of a line
    opened by an answerer's name begin), furniture and trailing blank lines; to a question of whom
    to contact (`asks_contact`), a call to "Email ... or call ..." is the answer, not a page's call.
    A question that is a heading ends its answer at the next heading of its rank or higher; any
    other question at the next heading (a web page's markup marks, or Markdown's)."""
    text, lines, levels = page.text, page.lines, structure.levels
    rank = len(levels[first - 1]) if levels.get(first - 1, "").startswith("#") else 0
    outline = _outline_depth(text, lines[first - 1]) if first > 0 else 0  # a "3.7." question's answer ends at section "4."
    slide = _SLIDE.match(text, lines[first - 1].start, lines[first - 1].end) if first > 0 else None
    kept: list[tuple[int, int]] = []
    parent = _indent(text, lines[first - 1]) if first > 0 and _BULLET.match(text, lines[first - 1].start, lines[first - 1].end) else None
    nested = None  # a list item's indent, once its answer is the items nested under it (an outliner's page)
    block = _indent(text, lines[first - 1]) if first > 0 and _DETAILS_BLOCK.match(text, lines[first - 1].start, lines[first - 1].end) else None
    if inline_start is not None:
        row = lines[first - 1]
        if _TABLE_ROW.match(text, row.start, row.end):  # a table's answer is its cell, and only that
            cell_end = text.find("|", inline_start, row.end)
            return _trim(text, inline_start, row.end if cell_end == -1 else cell_end)
        kept.append(_trim(text, inline_start, row.end))
    closing = False  # the answer's own call was read: its paragraph is the answer's last
    asked_in_capitals = first > 0 and _capitals(page.content(first - 1))
    asked_in_quote = first > 0 and _QUOTE_MARK.match(text, lines[first - 1].start, lines[first - 1].end) is not None and not (
        structure.transcript and first - 1 in structure.transcript.turns and CHEVRON.match(text, lines[first - 1].start, lines[first - 1].end))  # a caption's ">>" changes speaker, it quotes nothing
    answered_in_quote = False  # the question's quotation holds its answer too (a highlight, a callout): the answer ends with it
    for index in range(first, stop):
        line = lines[index]
        quote = _QUOTE_MARK.match(text, line.start, line.end) if asked_in_quote else None
        if page.blank[index] or (quote and quote.end() == line.end):
            if closing:
                break
            continue
        if answered_in_quote and quote is None:
            break  # the reader's own note under a quoted highlight
        if nested is not None and _indent(text, line) <= nested:
            break  # the next item of the question's own list: a note, a task, the next question
        if block is not None and _indent(text, line) <= block:
            break  # the block's body is over: a note, a heading or text set flush with its title
        if index in structure.topics:
            break  # an outliner's next row, published or not
        action = page.actions[index]
        if action is None and kept and ":" in text[line.start:line.start + MAX_LABEL_CHARS] and (words := spoken_words(text, line.start, line.end)) is not None and line_action(text[words:line.end]) in ("stop", "end"):
            action = "stop"  # "Leanne: We've got time for maybe two more": a chair's closing words after a label
        outranked = levels.get(index, "").startswith("#") and len(levels[index]) <= rank if rank else (index in structure.headings or levels.get(index, "").startswith("#"))
        if action == "bio":
            if kept and stop == len(lines):
                break  # the author's bio after the page's last answer
            action = None
        if (action == "section" and (asks_contact or _subheading_as_written(page, index, levels, rank))) or (
                action in ("section", "skip") and not kept and (CALLING.search(text, line.start, line.end) if asks_contact else action == "section" and _OPENS_WITH_CALL.match(page.content(index)))):
            action = None  # "When to call a doctor" as a web page's h4 under an h3 question, as a Markdown "####" line stays in its answer; "Email ... or call ..." answers whom to contact, its first line too ("Call Member Services at ..."), as a line that opens with "Call us at ..." opens any answer
        if outranked and action == "skip" and not kept and not rank:
            outranked = False  # a Q&A site's "3 Answers" heading between the question's post and its answers
        if structure.transcript and index in structure.transcript.directions and not structure.transcript.ends_answer(index) and (
                action not in ("stop", "end") or RULE_LINE.fullmatch(text, line.start, line.end) or _EQUALS_RULE.fullmatch(text, line.start, line.end)):
            continue  # what stands between an asker's message and the reply (a forum's rule under each post, a mail export's "=====") ends nothing; "[This chat has ended]" does
        if action == "end" and not kept and page.dates_entry(index, (first - 1,)):
            continue  # "Last Updated Feb 06, 2024" between a help desk entry's title and its answer
        if action == "stop" and not kept and index == page.next_content(first - 1) and _TAG_ROW.fullmatch(text, line.start, line.end):
            continue  # "#card #billing" right under a card's title tags the entry; under an answer, a post's hashtags end it
        if action in ("stop", "end") or (action == "section" and not page.closes_answer(index, stop)) or outranked or (structure.transcript and structure.transcript.ends_answer(index)):
            break
        closing |= action == "section" and not (page.instructs_in_passing(index) and stop < len(lines))  # "Bruises fade. Call us if the redness spreads." and a paragraph more before the next question (after the last answer, the page goes on with its own)
        if slide and (later := _SLIDE.match(text, line.start, line.end)) and int(later.group(1)) > int(slide.group(1)) and index + 1 < len(lines) and text.startswith("\t", lines[index + 1].start):
            break  # the next slide ("10<TAB>Thank you!" over its tab-set body), whatever its title (not a step "2<TAB>Drink water." of the answer's list)
        if outline > 1 and _next_section(page, index, lines[first - 1]):
            break  # "4.  Safety Considerations" after the answer to "3.7.  What do clients pay?": the next section
        if kept and asked_in_capitals and stop == len(lines) and index not in levels and _capitals(page.content(index)) and _stands_apart(page, index):
            break  # "ACKNOWLEDGMENT" after the last of a leaflet's "WHAT IF ...?" questions: the leaflet's next section (inside an answer, "BEFORE YOUR VISIT" is its own)
        if action == "answer":
            kept = []  # "Best Answer": the asker's details above it are the question's
            continue
        if action == "skip" or (structure.transcript and index in structure.transcript.directions):
            continue
        if not kept and _ANSWERER.fullmatch(text, line.start, line.end) and (following := page.next_text(index)) is not None and following < stop:
            continue  # the answerer's name over the answer: "Maren L. Business Owner", "Priya S. Portland, OR"
        start = line.start
        if not kept and parent is not None and (_BULLET.match(text, line.start, line.end) or _CHECKBOX.match(text, lines[first - 1].start, lines[first - 1].end)) and _indent(text, line) > parent:
            nested = parent
        if not kept:
            turn = structure.transcript.turns.get(index) if structure.transcript else None
            label = ANSWER_LABEL.match(text, start, line.end)
            if turn:
                start = turn.text_start
            elif structure.transcript and (words := structure.transcript.words_on(line.start, line.end)) is not None:
                start = words  # a message whose words begin on a line under its header, after a field's name ("Text: ...")
            elif index in labels:
                start = labels[index]
            elif label:
                start = label.end()
            elif quote:
                start = quote.end()  # a callout's body, quoted as its title is
            answered_in_quote = quote is not None
            if (cue := CUE_SPAN.match(text, start, line.end)):
                start = cue.end()  # a speech-to-text line's words, not its time span
            if (bullet := _LIST_MARKUP.match(text, start, line.end)):
                start = bullet.end()  # an answer that opens with a list opens with its first item's words, not the "* " of its markup
            if (tag := _OPENING_TAG.match(text, start, line.end)):
                start = tag.end()  # Chatwork's "[info]" around a message's words (its "[/info]" closes the answer as any closing tag does)
            mention = MENTION.match(text, start, line.end) if structure.transcript else None
            if mention and mention.end() < line.end:
                start = mention.end()  # a chat reply's "@sorelegs_sam " before its words
        start, end = _trim(text, start, line.end)
        if start < end:
            kept.append((start, end))
    while len(kept) > 1 and page.line_of(kept[-1][0]) not in structure.cells and (_is_section_heading(text[kept[-1][0]:kept[-1][1]]) or levels.get(page.line_of(kept[-1][0]), "").startswith("#")
                             or (text[kept[-2][1] - 1] in ".!?" and not _ENUMERATOR.match(text, kept[-2][0], kept[-2][1])
                                 and (_stands_apart(page, page.line_of(kept[-1][0])) or _numbered_title(page, page.line_of(kept[-1][0]))))):
        kept.pop()  # a heading for the next group of questions ("Billing & Insurance", "Dry needling" between blank lines)
    if (len(kept) > 1 and text[kept[-1][1] - 1] == ":" and text[kept[-2][1] - 1] in ".!?"
            and (following := page.next_content(page.line_of(kept[-1][0]))) is not None and page.actions[following] in ("stop", "end")):
        kept.pop()  # a lead-in to what the answer does not hold: a form's "My questions for the doctor:" over its write-in rules
    if not kept:
        return lines[first - 1].end, lines[first - 1].end
    last_start, last_end = kept[-1]
    if (closing := _CLOSING_MARKUP.search(text, last_start, last_end)) and closing.start() > last_start:
        last_end = _trim(text, last_start, closing.start())[1]  # a caption's "</v>", a forum post's "[/b]", a footnote mark: markup, not the answer's words
    if structure.transcript and (prompt := _KEYWORD_PROMPT.search(text, last_start, last_end)):
        last_end = prompt.start()
    return kept[0][0], last_end


def _outline_parent(page: Page, index: int) -> bool:
    """A list item with items nested under it, or a checklist's task with its note indented under it."""
    text, line = page.text, page.lines[index]
    if not _BULLET.match(text, line.start, line.end):
        return False
    below = page.next_content(index)
    return below is not None and _indent(text, page.lines[below]) > _indent(text, line) and (
        _BULLET.match(text, page.lines[below].start, page.lines[below].end) is not None or _CHECKBOX.match(text, line.start, line.end) is not None)  # or a checklist's task over its note


def _indent(text: str, line: Line) -> int:
    """Columns of white space before a line's words, a tab reaching the next multiple of four."""
    written = text[line.start:line.end].expandtabs(4)
    return len(written) - len(written.lstrip())


def _holds_answer(page: Page, first: int, stop: int) -> bool:
    """An entry holds an answer, not only its widget's buttons ("Answer", "Follow · 24"): a line
    that is no furniture."""
    return any(not page.blank[i] and not page.actions[i] for i in range(first, min(stop, len(page.lines))))


def _stands_apart(page: Page, index: int) -> bool:
    """A short line between blank lines, without final punctuation and not a list item ("Dry
    needling", "Getting started"): a plain text's section heading."""
    if not (0 < index < len(page.lines) - 1 and page.blank[index - 1] and page.blank[index + 1]):
        return False
    span = _heading_like(page, index)
    return span is not None and len(page.text[span[0]:span[1]].split()) <= MAX_HEADING_WORDS and ":" not in page.text[span[0]:span[1]]


_OPENS_WITH_CALL = re.compile(rf"[\W_]*(?:(?:please|you can|you may|just)\s+)?(?:{CALL_VERBS})\b", re.IGNORECASE)  # "Call us at ...", "**Please call** ...", "📞 Call ..."


_ABBREVIATION_PLURAL = re.compile(r"(?<=[A-Z]{2})s\b")


def _capitals(line: str) -> bool:
    """A line in capitals, as a printed leaflet sets its questions and titles (an abbreviation's
    plural, "DOES MEDICARE COVER TPIs?", is in capitals too)."""
    return any(c.isalpha() for c in line) and _ABBREVIATION_PLURAL.sub("", line).isupper()


def _outline_depth(text: str, line: Line) -> int:
    """How many numbers a line's outline number has ("3.7." two, "4." one), 0 for none."""
    number = _OUTLINE_NUMBER.match(text, line.start, line.end)
    return number.group(1).count(".") + 1 if number else 0


def _next_section(page: Page, index: int, question: Line) -> bool:
    """The section after the question's own ("4.  Safety" after "3.7.  ...?"), a numbered title
    that is no item of a list ("1. Wear loose clothing" under "1.1. How should I prepare?")."""
    text = page.text
    number, asked = _OUTLINE_NUMBER.match(text, page.lines[index].start, page.lines[index].end), _OUTLINE_NUMBER.match(text, question.start, question.end)
    if not number or not asked or "." in number.group(1) or int(number.group(1)) != int(asked.group(1).split(".")[0]) + 1:
        return False
    above = page.previous_content(index)
    return _numbered_title(page, index) and not (above is not None and _ENUMERATOR.match(text, page.lines[above].start, page.lines[above].end))


def _numbered_title(page: Page, index: int) -> bool:
    """A numbered short title after a blank line ("3. Before your appointment"), the last line
    before the next question: a leaflet's section, not an item of a list."""
    text, line = page.text, page.lines[index]
    number = _ENUMERATOR.match(text, line.start, line.end)
    if not number or not (index > 0 and page.blank[index - 1]):
        return False
    core = text[number.end():line.end].strip()
    return bool(core) and core[0].isupper() and core[-1] not in ".!?:;,)" and len(core.split()) <= MAX_HEADING_WORDS


@cache
def answer_openings() -> tuple[tuple[re.Pattern, str], ...]:
    """An answer's opening words ("Yes,", "Not much.", "Only if ...": cues/answer_openings.csv), longest
    first, each with the yes/no it gives; matched against lower-case text. Followed by punctuation,
    by anything, or by the sentence's end ("Usually." answers yes; "Usually, as long as ..." does not,
    nor a hesitant "Usually...")."""
    rows = sorted(read_rows("cues/answer_openings.csv"), key=lambda r: -len(r["opening"]))
    ends = {"punctuation": r"(?:\s*[,.!:;–—-]|\s*$)", "anything": r"(?:\s*[,.!:;–—-]|\s*$|\s)", "sentence_end": r"(?:\s*(?:(?<!\.)\.(?!\.)|!+)(?=\s|$)|\s*$)"}
    return tuple(
        (re.compile(r"\s*" + r"[\s,]+".join(map(re.escape, r["opening"].split())) + ends[r["followed_by"]]), r["polarity"])
        for r in rows
    )


@cache
def _answer_words() -> frozenset[str]:
    return frozenset(row["opening"].lower() for row in read_rows("cues/answer_openings.csv"))


def _answer_word(answer: str) -> bool:
    """An answer of a word or two that answers ("Yes", "Sometimes"), not a name signing off."""
    words = answer.split()
    return bool(words) and words[0].strip(".,!").lower() in _answer_words()


def _distinct(pairs: list[QAPair]) -> list[QAPair]:
    """The same entry shown twice (a mobile and a desktop copy: one answer within the other) is one
    pair, where its answer is fullest (the last of equal ones); different answers are all kept, but
    a copy of the question under a sign-off ("Ruth"), as an e-mail thread repeats it, is none, and
    so is the asker's own message, whose other questions follow it, when a reply quotes it again."""
    keys = [(_normalise(pair.question), _normalise(pair.answer)) for pair in pairs]
    asked: dict[str, list[int]] = {}
    for i, (question, _) in enumerate(keys):
        asked.setdefault(question, []).append(i)
    signed = {i for i, pair in enumerate(pairs) if _SIGNOFF.fullmatch(pair.answer.strip()) and not _answer_word(pair.answer)}  # "Ruth": a sign-off, no answer
    listing = {i for i, pair in enumerate(pairs) if any(other.question in pair.answer for other in pairs if other is not pair)}  # the asker's message, its other questions after it
    dropped = {
        i for group in asked.values() if len(group) > 1 for i in group
        if any((keys[i][1] in keys[j][1] and (keys[i][1] != keys[j][1] or j > i)) or (i in signed and j not in signed) or (i in listing and j > i) for j in group if j != i)
    }
    return [pair for i, pair in enumerate(pairs) if i not in dropped]


def _heads_section_of(levels: dict[int, str], line: int, following: int) -> bool:
    """A heading that asks ("# What is dry needling?") over questions of a deeper level names their
    section; with nothing of its own under it, it is no question the page answers."""
    return levels.get(line, "").startswith("#") and levels.get(following, "").startswith("#") and len(levels[following]) > len(levels[line])


def _titles_the_page(page: Page, levels: dict[int, str], candidates: list, index: int, answer_start: int, answer_end: int) -> bool:
    """A page's title that asks ("# Physiotherapy and massage: what's covered?") over questions
    below it (deeper headings, a widget's titles), with no more than a paragraph of introduction
    under it: the page's question, which its entries answer."""
    line = candidates[index].line
    if levels.get(line) != "#" or "\n\n" in page.text[answer_start:answer_end]:
        return False
    deeper = [c for c in candidates[index + 1:] if levels.get(c.line) not in (None, "#")]  # set apart as the title is, not lines of an answer
    return len(deeper) >= MIN_FAQ_HEADINGS and deeper[0] is candidates[index + 1]


def find_pairs(text: str, page: Page | None = None, marks: tuple[Mark, ...] = ()) -> list[QAPair]:
    """Question/answer pairs in document order; an unanswered question gets an empty answer, except in a chat or a thread, where no one answering it makes it no pair, and as a list item that ends the page (a reader's note to self).

    `page` is the text's Page when the caller has already made it (it is shared with the
    furniture map). `marks` are lines a web page's markup sets apart; each counts as the
    structure it is (a heading as a Markdown heading of its level)."""
    page = page or Page(text, table_columns(marks))
    lines = page.lines
    structure = _structure(page, marks)
    candidates = _find_candidates(page, structure)
    inline = _inline_candidates(text, lines) if not structure.topics else []  # an outliner's columns follow its rows' questions, no answers
    if len(inline) >= MIN_FAQ_HEADINGS and len(inline) > len(candidates):
        candidates = sorted({c.line: c for c in candidates + inline}.values(), key=lambda c: c.line)
    candidates = candidates + _section_headings(page, candidates)
    candidates = sorted(candidates + _question_headings(page, candidates, structure), key=lambda c: c.line)
    found_without_mark: dict[int, _Candidate] = {}
    for candidate in _unmarked_questions(page, candidates) + _numbered_questions(page, candidates, structure.topics) + _quoted_entries(page, candidates) + _items_over_answers(page, candidates):
        found_without_mark.setdefault(candidate.line, candidate)  # one line found twice ("- Is it covered" as a list's item and as laid out like the rest) is one question
    candidates = sorted(candidates + list(found_without_mark.values()), key=lambda c: c.line)
    candidates, contents_starts = _drop_lists(page, candidates, structure.levels)
    candidates = _under_labels(page, _within_article(page, candidates), structure.levels)
    column_names = lines_of_column_names(text)
    candidates = [c for c in candidates if lines[c.line].start not in column_names]  # "...,Bill insurance?", "Practitioner | Dry needling?"
    pairs = []
    firsts = [_answered_below_the_asker(page, c, candidates[i + 1].block_start if i + 1 < len(candidates) else len(lines)) for i, c in enumerate(candidates)]
    rules_below = [below if (below := page.next_content(c.line)) is not None and RULE_LINE.fullmatch(text, lines[below].start, lines[below].end) else None for c in candidates]
    if len(candidates) >= MIN_FAQ_HEADINGS and all(rule is not None for rule in rules_below):  # a flashcard deck's export: each card's front, a rule, then its back
        firsts = [rule + 1 for rule in rules_below]
    labels = answer_labels(page, [i for c, first in zip(candidates, firsts) if c.answer_start is None and (i := page.next_answer_line(first - 1)) is not None])
    for i, candidate in enumerate(candidates):
        if candidate.prompt:
            continue
        following = candidates[i + 1] if i + 1 < len(candidates) else None
        stop = len(lines) if following is None else following.block_start
        stop = min(stop, next((line for line in contents_starts if line > candidate.line), stop))  # "On this page" listing every question after the last answer
        if candidate.line in structure.item_ends and _holds_answer(page, candidate.line + 1, structure.item_ends[candidate.line] + 1):
            stop = min(stop, structure.item_ends[candidate.line] + 1)  # a widget's answer ends with its entry
        asks_contact = _ASKS_CONTACT.search(text, candidate.start, candidate.end) is not None
        answer_start, answer_end = _answer_span(page, firsts[i], stop, candidate.answer_start, structure, labels, asks_contact)
        if answer_start == answer_end and following is not None and _heads_section_of(structure.levels, candidate.line, following.line):
            continue
        if following is not None and _titles_the_page(page, structure.levels, candidates, i, answer_start, answer_end):
            continue
        if answer_start == answer_end and following is not None and _normalise(text[following.start:following.end]).startswith(_normalise(text[candidate.start:candidate.end]) + " "):
            continue  # a Q&A site's title over the post that asks it again and goes on ("... in Ontario? My RMT offered it ..."): the post is the question
        if answer_start == answer_end and (structure.transcript is not None or (following is None and candidate.bullet and page.next_content(candidate.line) is None)):
            continue  # a chat's or a thread's question nobody answered ("Has anyone tried massage guns? Worth the money?"), a list item last on the page (a reader's note to self): no pair
        if following is not None and _titles_exchange(page, structure, candidate, following):
            continue
        if answer_start < answer_end and _only_mail_headers(page, answer_start, answer_end):
            continue  # a digest's "1. Re: Does it hurt?" over the reply's "Date:" and "From:": the message's subject, asked again in the quote below
        if candidate.bullet and answer_start < answer_end and _only_sibling_titles(page, candidate.line, answer_start, answer_end):
            continue  # "- Is massage available on campus?" between "- Sports Medicine" and "- Acupuncture": a list of links to pages
        pairs.append(QAPair(
            question=text[candidate.start:candidate.end],
            question_start=candidate.start,
            question_end=candidate.end,
            answer=text[answer_start:answer_end],
            answer_start=answer_start,
            answer_end=answer_end,
        ))
    if structure.transcript is None:
        pairs = _last_answer_to_its_paragraph(page, _last_answer_to_its_indent(page, pairs, structure.topics), structure.levels)
    return _distinct(pairs)


def _only_mail_headers(page: Page, start: int, end: int) -> bool:
    """The lines are a message's header fields ("Date:", "From: Name <address>")."""
    lines = [page.lines[i] for i in range(page.line_of(start), page.line_of(end) + 1) if not page.blank[i]]
    return all(MAIL_FROM.fullmatch(page.text, line.start, line.end) or MAIL_FIELD.fullmatch(page.text, line.start, line.end) for line in lines)


def _only_sibling_titles(page: Page, item: int, start: int, end: int) -> bool:
    """The item stands among titles of its own list (no sentences), above it and below it: a list of
    links, not a question over the list that answers it ("- Which insurers do you take?" over "- Bupa")."""
    text, depth = page.text, _indent(page.text, page.lines[item])
    above = page.previous_content(item)
    lines = [page.lines[i] for i in range(page.line_of(start), page.line_of(end) + 1) if not page.blank[i]] + ([page.lines[above]] if above is not None else [])
    return above is not None and all(
        _BULLET.match(text, line.start, line.end) and _indent(text, line) == depth and text[line.start:line.end].rstrip()[-1:] not in ".!?:;" for line in lines)


def _titles_exchange(page: Page, structure: _Structure, heading: _Candidate, spoken: _Candidate) -> bool:
    """A heading over the exchange it names ("### [03:14] Who gives them?" over a host's "Who
    actually gives these?" and the guest's reply, a podcast app's snip): the question is the one
    spoken, the heading its title."""
    return structure.transcript is not None and page.line_of(spoken.start) in structure.transcript.turns and (
        heading.line in structure.headings or structure.levels.get(heading.line, "").startswith("#"))


def _last_answer_to_its_indent(page: Page, pairs: list[QAPair], topics: dict[int, int]) -> list[QAPair]:
    """Where every answer is set in deeper than its question ("1) Who does the massage?" over "   A
    student ..."), the last answer, running to the page's end, ends where the text comes back to its
    question's margin for good: the leaflet's footer after it (or, in an outliner's export without blank
    lines, the next node at the question's depth; in one with columns, the next row), not a running
    header between its pages."""
    if len(pairs) <= MIN_SET_IN_ANSWERS:
        return pairs
    text, lines = page.text, page.lines

    def deeper(first: int, end: int, margin: int) -> list[bool]:
        """Of the lines [first, end) with words, whether each is set in deeper than margin."""
        return [_indent(text, lines[i]) > margin for i in range(first, end) if not page.blank[i] and not page.actions[i]]

    def margin(pair: QAPair) -> int:
        return _indent(text, lines[page.line_of(pair.question_start)])

    if not all(pair.answer and all(deeper(page.line_of(pair.answer_start), page.line_of(pair.answer_end) + 1, margin(pair))) for pair in pairs[:-1]):
        return pairs
    last, at = pairs[-1], margin(pairs[-1])
    first = page.line_of(last.answer_start)
    outline = not any(page.blank[page.line_of(pairs[0].question_start):first])  # an outliner's export: no blank line parts its entries
    back = next((i for i in range(first + 1, page.line_of(last.answer_end) + 1)
                 if (page.blank[i - 1] or page.actions[i - 1] or outline) and not page.blank[i] and not page.actions[i] and _indent(text, lines[i]) <= at), None)  # after a blank line or the footer's furniture
    if back is None or not all(deeper(first, back, at)) or (any(deeper(back, len(lines), at)) and back not in topics and not outline):  # an outline's next node at the question's depth ends it, whatever hangs under that node
        return pairs
    kept = max(i for i in range(first, back) if not page.blank[i] and not page.actions[i])
    return [*pairs[:-1], replace(last, answer=text[last.answer_start:lines[kept].end], answer_end=lines[kept].end)]


def _last_answer_to_its_paragraph(page: Page, pairs: list[QAPair], levels: dict[int, str]) -> list[QAPair]:
    """Where the questions are plain lines and every answer one paragraph right under its
    question (or set apart from it as every entry is, flush with it: a word processor's text
    export), blank lines part the entries: the last answer, running to the page's end, ends at
    its paragraph too, not with a note's closing words or its to-do list after it (unless its
    paragraph leads in to a list, "Rough guide:", or a list follows it: "- ...", "Practitioner:
    Physiotherapist")."""
    if len(pairs) <= MIN_TIGHT_ANSWERS:
        return pairs
    text, lines, last = page.text, page.lines, pairs[-1]
    answers_flush = all(_indent(text, lines[page.line_of(pair.answer_start)]) <= _indent(text, lines[page.line_of(pair.question_start)]) for pair in pairs)
    gaps = {text.count("\n", pair.question_end, pair.answer_start) for pair in pairs} | {text.count("\n", pair.answer_end, after.question_start) for pair, after in zip(pairs, pairs[1:])}
    spaced_alike = answers_flush and len(gaps) == 1 and min(gaps) > MIN_EXPORT_GAP  # every question and answer set apart by the same wide gap (a word processor's export), not one blank line
    tight = all(
        pair.answer and (text.count("\n", pair.question_end, pair.answer_start) == 1 or spaced_alike) and _PARAGRAPH_BREAK.search(pair.answer) is None
        for pair in pairs[:-1]
    ) and not any(page.line_of(pair.question_start) in levels for pair in pairs)
    parted = _PARAGRAPH_BREAK.search(last.answer)
    if not tight or parted is None or last.answer[:parted.start()].rstrip().endswith(":") or _LISTED.match(last.answer, parted.end()):
        return pairs
    if any(not page.blank[i] and not page.actions[i] for i in range(page.line_of(last.answer_end) + 1, len(page.lines))):
        return pairs  # the page goes on after the answer: what parts it from the next is no blank line
    end = last.answer_start + parted.start()
    return [*pairs[:-1], replace(last, answer=text[last.answer_start:end], answer_end=end)]
