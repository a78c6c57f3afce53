"""Page furniture: the parts of a page that are not its article.

Navigation, share lines, bylines, calls to action, contact sections, related posts, comments and
footers are furniture (the patterns live in pipeline/data/boilerplate.csv). Every stage asks the
same question of the same map: the question finder (which lines can be questions or answers),
entities and claims (which spans yield no rows). A line's action says how far it reaches:

- skip: the line itself;
- stop: the line, and it ends the answer it is in (a separator rule, a closing summary heading);
- section: the line and what follows it up to the next question (contact details, share buttons),
  once the questions have begun (in a page's header it is the line alone);
- end: the line and everything after it (related posts, comments, author boxes, references);
- byline: as end, unless it heads a FAQ near the top (a heading naming questions under it, and more
  answered questions after it than before): then it ends the opening question's answer only;
- answer: a Q&A site's header over the chosen answer ("Best Answer"): what stood between the
  question and it (the asker's details, "Update:" lines) is no part of the answer, which begins below;
- bio: an author's or reviewer's biography ("Dana Whitcombe, PT, DPT, is a physical therapist in
  ..."), which ends the page's last answer when it follows some of it; elsewhere (a practitioner's
  profile answering "Who will treat me?") it is content.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from pipeline.extract.prefilter import Gate, floats, fold, required_strings
from pipeline.rules import read_rows
from pipeline.memos import text_memo

MAX_FURNITURE_CHARS = 200
CUE_SPAN = re.compile(r"[ \t]*(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\]|Dialogue:[ \t]*\d+,\d{1,2}:\d{2}:\d{2}\.\d{2},\d{1,2}:\d{2}:\d{2}\.\d{2},(?:[^,\n]*,){6})[ \t]*")  # a speech-to-text line's time span (Whisper: "[00:01:04.370 --> 00:01:06.750]   What ...?"), an Aegisub script's "Dialogue: 0,0:00:09.00,0:00:12.50,QCard,,0,0,0,," before its text
MAIL_FROM = re.compile(r"[ \t]*From:[ \t]+(?P<name>[^<>@\n]{1,60}?)[ \t]*<[^<>\s]+@[^<>\s]+>[ \t]*")  # "From: Beth Ann Kowalski <bethann@example.com>"
MAIL_FIELD = re.compile(r"[ \t]*(?:Date|Sent|To|Cc|Subject|Url|URL|Message):[ \t]+\S[^\n]*")  # the header lines under it
_HEADER_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")  # "Return-Path: <...>", "X-Mailer: ..."
_MESSAGE_FIELD = re.compile(r"(?i:from|to|date|subject|message-id|received|return-path|newsgroups|mime-version|content-type|in-reply-to|references):[ \t]")
MIN_MESSAGE_FIELDS = 4  # of a message's own fields in the block: not a form's "Name:", "Date:" lines
MIN_MAIL_MESSAGES = 2  # messages under "From:" headers whose header fields are furniture
MIN_ARCHIVE_MESSAGES = 3  # messages that make a page a list's digest, not one e-mail quoting another
QUOTE_INTRO = re.compile(r"^(?:>[ \t]*)*On .{5,120} wrote:[ \t]*$|-{3,}[ \t]*Original Message[ \t]*-{3,}", re.MULTILINE)  # what introduces an e-mail's quoted history
ACTIONS = ("end", "byline", "section", "stop", "skip", "answer", "bio")  # strongest first, for a line of several items
MASTHEAD_QUESTIONS = 2  # answered questions after a byline that make it the FAQ's masthead, not the article's end
RUNNING_LINE_REPEATS = 3  # a line printed this often, first or last on the page too, is a running header or footer
RUNNING_LINE_EDGE = 3  # ... among the first or last lines of text of the document
RUNNING_EDGE_SHARE = 0.75  # ... and, where printed pages break, the share of its printings at their edges
PRINTED_LINE_REPEATS = 2  # enough for a line laid out as print is (a wide gap, a page number), or a letterhead of parts set apart by bars
_PRINTED_LINE = re.compile(r"\S(?:[ \t]{4,}|\t{3,})\S|\bpage \d|^[ \t]*(?:\d{1,3}/\d{1,3}|\d{1,2}/\d{1,2}/\d{1,4},?[ \t]+\d{1,2}:\d{1,2}(?:[ \t]?[ap]m)?)[ \t]*$", re.IGNORECASE)  # a browser's print header and footer: "3/14/25, 10:22 AM", "1/4"
_ADDRESS_LINE = re.compile(r"[ \t]*(?:https?://|www\.)\S+[ \t]*")  # ... and the page's address, repeated as written (two addresses are two lines)
_LETTERHEAD = re.compile(r"[^$£€|·\n]+(?:[ \t][|·][ \t][^$£€|·\n]+){2,}")  # "Mercy Hospital | Pain Service | Patient Information", "Leaflet PM-112 | Version 3 | ...": no prices
_RUNNING_LINE = re.compile(r"[^\W\d_][^\n]*\s\S+\s+\S*[^.!?:;,\s]")  # three words or more, no closing punctuation
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER_AT_END = re.compile(r"(?<=\S)[ \t]+(\d{1,3})$")
_SERIES_AT_END = re.compile(r"\b(?:week|day|step|phase|part|level|stage|session|visit|chapter|section|module|lesson|question|tip|exercise|round|routine|option|plan|type|episode|video|class|workout|set|tier|package|example|no\.)$", re.IGNORECASE)  # a series' "Exercises for week 2", no page's number
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\]\[(])")  # a text browser's number before a link's words ("lynx -dump": "[22]Facebook")
_PAGE_COMMENT = re.compile(r"<!--[ \t]*(?i:page)(?:[ \t_-]?(?i:break))?(?:[ \t:#-]*\d{1,4})?[ \t]*-->")  # a PDF converter's mark where a printed page begins (Kreuzberg's "<!-- page 2 -->")
_PAGE_OF = re.compile(r"\bpage 0 of 0\b|[ \t]0[ \t]*/[ \t]*0$", re.IGNORECASE)  # a printed page's number, its digits made 0 ("Page 1 of 2", a PDF viewer's "1 / 2" after a wide gap)
_FOSWIKI_HEADING = re.compile(r"^[ \t]*-{3}\+{1,6}(?:!!)?[ \t]*")  # a TWiki or Foswiki heading's "---+++ ", before its title
_MEMBER_HANDLE = re.compile(r"[ \t]*@?[A-Za-z][A-Za-z\d]*(?:[_.-][A-Za-z\d]+)*(?:_[A-Za-z\d]+|\d+)[ \t]*")  # a member's handle: "DrQureshi_guest", "mod_karen", "runner88"
_PAGE_MARK = re.compile(r"[ \t]*(?:[-–—][ \t]*\d{1,3}[ \t]*[-–—]|(?i:page)[ \t]+\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?)[ \t]*")  # "- 1 -", "Page 1 of 2" alone on its line
_PAGE_NUMBER = re.compile(r"[ \t]{20,}\d{1,4}[ \t]*")
_MARKDOWN_FOOTNOTE = re.compile(r"[ \t]{0,3}\[\^[\w-]{1,12}\]:[ \t]")
_FOOTNOTE_RULE = re.compile(r"[ \t]*_{5,}[ \t]*")
_FOOTNOTE = re.compile(r"[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|†|‡|\[\d{1,3}\])[ \t]*\S")  # "¹ Defined in ...", "[2] Committee ..."
_INLINE_EMPHASIS = re.compile(r"\*\*|__")
CALLOUT = re.compile(r"(?<=>)[ \t]*\[![\w-]{1,20}\][+-]?(?=[ \t]|$)")  # an Obsidian callout's type ("> [!question]- Title"): markup, its title the text
_ADORNMENT = re.compile(r"([=\-~^*+#`:'\"._])\1{2,}")  # a reStructuredText or setext title's underline: one character repeated
_CHAPTER = re.compile(r"[ \t]*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]])[ \t]+(?=[^\s<\[(])")  # "17:30  ...", a podcast host's "(03:20) ..."
MIN_CHAPTERS = 3
MIN_POST_WORDS = 15  # words of content between a post's headers, for them to head posts
_CUE_NUMBER = re.compile(r"\d{1,5}")
_CUE_TIMING = re.compile(r"\d{1,2}:\d{2}:\d{2}[,.]\d{3} --> ")
MAX_CHAPTER_WORDS = 12
MAX_SPEAKER_LABEL = 40  # characters of a chat line's "Name:" after its time
_BLOCK_DELIMITER = re.compile(r"={4,}|\*{4,}")
_COLUMN_RULE = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*")  # "--------  ------" (or "====") under or over the column names of a table laid out in spaces
_BLOCK_TITLE = re.compile(r"\.[A-Z\"“]|.*(?:\?|::)$")  # an AsciiDoc block title (".How long ...?"), a question, a [qanda] term
MIN_UNDERLINE_SHARE = 0.7  # of its title's length: shorter or much longer, a rule under a line of text is a separator
MAX_UNDERLINE_SHARE = 1.5


@cache
def _rows(match: str) -> tuple[re.Pattern, tuple[tuple[int, re.Pattern], ...], Gate, tuple[str, ...]]:
    """One kind of match's rows: an alternation of those tried on every line, the floating rows
    tried only on a line that holds one of the strings they need (see prefilter), every row's action."""
    rows = [row for row in read_rows("boilerplate.csv") if row["match"] == match]
    needs, floating = [], []
    for i, row in enumerate(rows):  # both questions of a row together, while its parse is at hand (prefilter)
        needs.append(required_strings(row["pattern"]))
        if needs[i] and floats(row["pattern"]):
            floating.append(i)
    gated = tuple((i, re.compile(rows[i]["pattern"], re.IGNORECASE)) for i in floating)
    always = "|".join(f"(?P<p{i}>{row['pattern']})" for i, row in enumerate(rows) if i not in floating)
    return re.compile(always or "(?!)", re.IGNORECASE), gated, Gate([needs[i] for i in floating]), tuple(row["action"] for row in rows)


def _first_action(match: str, text: str, whole: bool = True) -> str | None:
    """The action of the first row, as listed, that matches the text (all of it when whole)."""
    always, gated, gate, actions = _rows(match)
    found = always.fullmatch(text) if whole else always.match(text)
    first = int(found.lastgroup[1:]) if found else len(actions)
    if gated and gated[0][0] < first:
        may = gate.rules(fold(text))
        for bit, (i, pattern) in enumerate(gated):
            if i > first:
                break
            if may >> bit & 1 and (pattern.fullmatch(text) if whole else pattern.match(text)):
                return actions[i]
    return actions[first] if found else None


def _whole_line(core: str) -> str | None:
    return _first_action("line", core)


def line_action(line: str) -> str | None:
    """The furniture action of one line (see the module docstring), or None for content.

    Markdown links count by their text; a line of " | "-separated items is furniture when every
    item is ("Return to Covered Services | Print this page").
    """
    return _short_line_action(line) if len(line) <= MAX_FURNITURE_CHARS else _line_action(line)


@text_memo(maxsize=1 << 16)  # pages share their furniture: short lines repeat, a paragraph hardly ever
def _short_line_action(line: str) -> str | None:
    return _line_action(line)


def _line_action(line: str) -> str | None:
    action = _marked_line_action(line)
    return action if action is not None else _first_action("aside", line.strip())  # "[ask Priya about the wording]": a note to self, when no row names the line


def _marked_line_action(line: str) -> str | None:
    if (cue := CUE_SPAN.match(line)) and cue.end() < len(line):
        line = line[cue.end():]  # a speech-to-text segment reads as its words
    action = _first_action("written", line.strip())  # markup lines matched as written, brackets and all ("[qanda]", "+")
    if action:
        return action
    text = _LINK_NUMBER.sub("", _MARKDOWN_LINK.sub(r"\1", CALLOUT.sub("", line[announced.end():] if (announced := ANNOUNCED_ROLE.match(line)) else line, count=1))).strip()
    if re.search(r"[^\W\d_]", text):  # "**Still have questions?** Call us" reads as its words
        text = _INLINE_EMPHASIS.sub("", text)
    core = _FOSWIKI_HEADING.sub("", text, count=1).strip("#=>*_-•|[] \t↑↓←→^").strip()
    if core:
        action = _first_action("start", core, whole=False)
        if action:
            return action
    if not core:  # a line of markup only, such as a "---" rule, is matched as written
        return _whole_line(text) if text else None
    if len(core) > MAX_FURNITURE_CHARS:
        return None
    action = _whole_line(core)
    if action is None and "|" in core:
        items = [_whole_line(part.strip()) for part in core.split("|") if part.strip()]
        if all(items):
            action = next(a for a in ACTIONS if a in items)
    return action


@dataclass(frozen=True)
class Line:
    start: int
    end: int


def _running_lines(parts: list[str]) -> list[int]:
    """The lines of a running header or footer, as a PDF or a print view repeats it on every page
    (a leaflet's "Northshire Health NHS Trust   Patient Information"): a line of three words or more
    without closing punctuation, printed at least RUNNING_LINE_REPEATS times, once at an edge of the
    document; where the document's printed pages break, mostly at their edges (a record's "Referral
    needed: No" that one page happens to end on is the record's). A line laid out as print is (a
    wide gap, a page number) counts with its numbers aside, and twice is enough (a two-page
    handout); so is twice for a letterhead of three parts set apart
    by bars, without prices (prices set out so are an answer's), and for the first line after a
    form feed or a printed footer ("Page 2 of 3") on nearly every page (a bulletin's title over each page), and for a line right
    above each of those footers (its running footer's first line). A sentence an answer repeats is not
    at the edge, nor are a page's repeated headings."""
    texts = [_DIGITS.sub("0", t) if _PRINTED_LINE.search(t) else t for t in (part.strip() for part in parts)]  # "Page 1 of 4", "Page 2 of 4"
    paged = _paged_lines(texts)
    texts = [_PAGE_NUMBER_AT_END.sub(" 0", t) if i in paged else t for i, t in enumerate(texts)]
    filled = [i for i, t in enumerate(texts) if t]
    edge_lines = set(filled[:RUNNING_LINE_EDGE] + filled[-RUNNING_LINE_EDGE:])  # the lines printed at an edge of the document or of a printed page
    repeats = Counter(texts)
    footers = {text for text, count in repeats.items() if count >= PRINTED_LINE_REPEATS and _PAGE_OF.search(text)} | {texts[i] for i in paged}  # "... Page 2 of 3", printed again and again
    form_feeds = sorted({i for i, part in enumerate(parts) if "\f" in part} | {i + 1 for i, text in enumerate(texts) if _PAGE_COMMENT.fullmatch(text)})  # or under a converter's "<!-- page 2 -->"
    feeds = sorted(set(form_feeds) | {  # where a printed page begins: at a form feed, or under a printed footer (one break, not two, where a form feed follows the footer's lines)
        i + 1 for i, text in enumerate(texts) if text in footers
        and not any(i < feed and sum(1 for j in range(i + 1, feed) if texts[j]) < RUNNING_LINE_EDGE for feed in form_feeds[bisect_left(form_feeds, i):][:1])
    })
    page_tops = Counter(texts[i] for i in filled[:1] if feeds)  # the first line of each printed page, the document's first too
    tops = [0] if feeds else []
    for feed in feeds:  # a printed page's edges too, where a form feed breaks pages
        at = bisect_left(filled, feed)
        edge_lines.update(filled[max(0, at - RUNNING_LINE_EDGE):at + RUNNING_LINE_EDGE])
        if at < len(filled):
            page_tops[texts[filled[at]]] += 1
            tops.append(at)
    topping = max(PRINTED_LINE_REPEATS, len(feeds) - 1)  # on top of nearly every page
    page_tops.update(Counter(  # the header's second line under a running first ("Dry needling: your questions answered" under the clinic's name)
        texts[filled[at + 1]] for at in tops if at + 1 < len(filled) and page_tops[texts[filled[at]]] >= topping and texts[filled[at + 1]] != texts[filled[at]]))
    at_edges = Counter(texts[i] for i in edge_lines)
    edges = {text for text, count in at_edges.items() if not feeds or count >= RUNNING_EDGE_SHARE * repeats[text]}  # where pages break, at most of them: not a record's line that one page happens to end on
    over_footers = Counter(texts[i] for i, j in zip(filled, filled[1:]) if texts[j] in footers)  # "Harbourside Physiotherapy - Dry needling information" over each "Page 1 of 2"
    return [
        i for i in filled if (texts[i] in edges and (_RUNNING_LINE.fullmatch(texts[i]) or _PRINTED_LINE.search(texts[i]) or _ADDRESS_LINE.fullmatch(texts[i]))
        and repeats[texts[i]] >= (RUNNING_LINE_REPEATS if _RUNNING_LINE.fullmatch(texts[i]) and not (_PRINTED_LINE.search(texts[i]) or _LETTERHEAD.fullmatch(texts[i]) or i in paged)
                                  and page_tops[texts[i]] < topping else PRINTED_LINE_REPEATS))
        or (PRINTED_LINE_REPEATS <= repeats[texts[i]] == over_footers[texts[i]] and _RUNNING_LINE.fullmatch(texts[i]) and texts[i] not in footers)
    ]


def _paged_lines(texts: list[str]) -> set[int]:
    """A line printed three times or more, each with the next page's number at its end ("Patient
    Education Series · Trigger Points 2", then "... 3"): a printed page's footer, as "Page 2 of 3" is."""
    numbered: dict[str, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        if (number := _PAGE_NUMBER_AT_END.search(text)) and _RUNNING_LINE.fullmatch(text[:number.start()]) and not _SERIES_AT_END.search(text, 0, number.start()):
            numbered.setdefault(text[:number.start()], []).append((i, int(number.group(1))))
    return {
        i for printed in numbered.values() if len(printed) >= RUNNING_LINE_REPEATS
        and all(b == a + 1 for (_, a), (_, b) in zip(printed, printed[1:])) for i, _ in printed
    }


def _next_filled(parts: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(parts)) if parts[j].strip()), None)


def _previous_filled(parts: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if parts[j].strip()), None)


_GREETING_ALONE = re.compile(r"[ \t]*(?:Dear|Hi|Hello)(?:[ \t]+[A-Z][\w.'’-]*){1,3},[ \t]*")  # "Dear Bronwyn,", "Dear Ms. Whitfield,"
_LETTER_SIGNATURE = re.compile(r"[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*)?(?:,[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?[ \t]*")  # "Dale, Sebastopol", "Ruth, Ballarat East", "Glenn"
MAX_LETTER_LINES = 8  # lines of a reader's letter under its greeting, up to the question that ends it
_POST_NUMBER = re.compile(r"[ \t]*\d{1,3}[/.)][ \t]*")  # a thread's "2/" alone on its line over the post's words
_REPLYING_TO = re.compile(r"[ \t]*(?i:replying to)[ \t]*")
_HANDLE_ALONE = re.compile(r"[ \t]*@[\w.]{2,30}[ \t]*")
MAX_NAME_WORDS = 8  # of a display name over its handle
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_POST_DATE = re.compile(rf"[ \t]*(?:·[ \t]*)?(?i:{_MONTH}[ \t]\d{{1,2}}(?:,?[ \t]\d{{4}})?|\d{{1,2}}[ \t]{_MONTH}(?:[ \t]\d{{4}})?|\d{{1,2}}[smhdw])[ \t]*")  # "Mar 11", "2h", Bluesky's "· Feb 11"
_POST_COUNT = re.compile(rf"[ \t]*(?:\d[\d,.]*[KkMm]?|(?i:views?)|·|\d{{1,2}}:\d{{2}}[ \t]?(?i:[ap]m)[ \t]*·[ \t]*{_POST_DATE.pattern}|{_POST_DATE.pattern})[ \t]*")
MIN_COUNT_LINES = 3  # replies, reposts, likes, views under a post
MIN_ASKING_POSTS = 2  # a thread's author's posts that ask, for the thread to be the author's own questions and answers
_THREAD_AGO = re.compile(r"[ \t]*(?:(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*)?[·•][ \t]*|(?i:posted|replied|answered|commented)[ \t]+)?\d{1,3}[ \t]*(?:y|yr|yrs|mo|mos|w|wk|wks|d|h|hr|hrs|min|mins|years?|months?|weeks?|days?|hours?|minutes?)\.?[ \t]+ago[ \t]*(?:[·•][ \t]*(?i:edited)[^\n]{0,30})?")  # "3 yr. ago", "· 2d ago", Nextdoor's "Wexford Park · 4 d ago", "Posted 3 years ago"
_THREAD_DATE = re.compile(  # a comment's date under its writer: "March 3", "Mar 3, 2026 9:14 AM", "03/04/2026", Vanilla's "March 3 in Needling" and "March 3 Answer ✓", Invision's "Posted March 3 (edited)", Khoros's "03-11-2025 10:15 AM In response to lou"
    rf"[ \t\u200e]*(?i:(?:posted|replied|answered|commented)(?:[ \t]+on)?[ \t]+)?(?i:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|\d{{1,2}}([/.-])\d{{1,2}}\1\d{{2,4}})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:[ \t]+in[ \t]+[A-Z][^\n]{0,40}|[ \t]+(?i:accepted answer|best answer|answer|solution)[ \t]*✓?|[ \t]+(?:[·•][ \t]*)?(?i:edited)|[ \t]+\((?i:edited)\)|[ \t]+(?i:in response to)[ \t]+\S{1,40})?[ \t]*"
)
_ONE_LINE_BYLINE = re.compile(  # a comment's writer and time on one line, with its links (Hacker News)
    r"[ \t]*(?P<name>[\w.-]{2,32})[ \t]+\d{1,3}[ \t]+(?:minutes?|hours?|days?|months?|years?)[ \t]+ago"
    r"(?:[ \t]*\|[ \t]*(?:root|parent|prev|next|context|flag|favorite|on:[^|\n]{0,80})(?:[ \t]*\[[-–+]\])?)+[ \t]*"
)
MIN_ONE_LINE_BYLINES = 2
_POSTING_IN = re.compile(r"[ \t]*(?P<name>[\w.-]{2,32})[ \t]+posting in[ \t]+[\w.-]{2,32}[ \t]*")  # a journal community's entry: "ironwood_wren posting in myofascial_mutual"
_EXPERIENCE = re.compile(r"[ \t]*\d{1,2}\+?[ \t]+(?i:years?(?:[ \t]+of)?[ \t]+experience(?:[ \t]+overall)?)[ \t]*")  # under an answerer's name and degrees
_CARD_NAME = re.compile(r"[ \t]*(?:Dr\.?[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*$")
MAX_CARD_LINES, MAX_CARD_WORDS = 2, 12
_THREAD_AGE = re.compile(r"[ \t]*\d{1,3}[smhdwy][ \t]*")  # a post's age alone under its writer's handle (Threads: "2d", "17h")
_HANDLE = re.compile(r"[ \t]*[a-z0-9][a-z0-9._]*[._0-9][a-z0-9._]*[ \t]*")  # "dr.samira.chiro", "bkwan88": not "Massage" over "40m"
_THREAD_USER = re.compile(r"[ \t]*(?:-[ \t]+)?(?:u/|@)?(?:[\w.-]{3,30}|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}(?:,[ \t]*[A-Z][A-Za-z.]{1,8}){0,2}(?:[ \t]+·[ \t]+[A-Za-z][\w.'’-]*(?:[ \t]+\(?[\w.'’-]+\)?){0,3})?)(?:[ \t]{2,}(?:[A-Z][\w'’.-]*[ \t]+){0,2}(?i:moderator|mod|admin|administrator|staff|volunteer|champion|expert|creator|author))?[ \t]*")  # a forum member's name alone on its line (a web page's list item too): "throwaway_knotty", "Jess Albrecht, DPT", "SueM_RGN  CareCircle Moderator", YouTube's "@NoraQuinnPT  Creator"
_FEDIVERSE_HANDLE = re.compile(r"[ \t]*@[\w.-]{2,30}@[\w-]+(?:\.[\w-]+)+[ \t]*")  # Lemmy's and Mastodon's "@name@instance.social"
_BYLINE_MARK = re.compile(r"[ \t]*(?:·|•|OP|(?i:mod|moderator|author|top \d+% (?:commenter|poster)|verified(?:[ \t]+(?:pro|expert|professional|member))?)|\S+[ \t]+(?i:flair)|" + _FEDIVERSE_HANDLE.pattern + r")[ \t]*")  # between a name and its time
_REPLY_COUNT = re.compile(r"[ \t]*\d[\d,]*[ \t]+(?i:replies|comments|responses|answers)[ \t]*")
RULE_LINE = re.compile(r"[ \t]*(?:[-*][ \t]+)?(?:-{3,}|\*{3,}|_{3,})[ \t]*")  # a thematic break alone on its line, in a list item too ("- ---")
MIN_RULED_WRITERS = 2
_RULED_WRITER = re.compile(r"[ \t]*(?:-[ \t]+)?(?![A-Z][a-z]*[ \t]*$)[\w.-]{3,30}[ \t]*")  # a member's handle ("quill_and_scalpel"), not a boxed heading ("Dry Needling", "Cupping")
_COMMENT_BADGE = re.compile(r"[ \t]*(?i:creator|author|pinned|moderator|mod|verified)[ \t]*")  # under a video comment's writer
_COMMENT_BOUNDARY = re.compile(r"[ \t]*(?i:hide|liked by (?:the )?creator|view \d+ repl(?:y|ies)|pinned|reply|\d[\d.,]*[km]?|comments? \(\d[\d,]*\))[ \t]*")  # what ends the comment above a video comment's writer
MAX_COMMENT_LINES = 8
TEASER_LINES = 6  # lines of a post, enough to hold a teaser's words
_SENTENCE_LINE = re.compile(r"[ \t]*(?:\S+[ \t]+){4,}\S*[.!][\"”’')]*[ \t]*")  # a line of five words or more that ends a sentence: an article's, not a thread's header
_COMMENT_NAME = re.compile(r"[ \t]*[^\s.!?][^\n]{0,39}(?<![!?:])(?<![a-z]{2}\.)[ \t]*")  # a name as a video site shows it: one short line that is no sentence ("Rosa M." too)
_TEASER = re.compile(r"(?P<words>(?:\S+[ \t]+){5,}\S*?)[ \t]*(?:…|\.\.\.)[ \t]*")  # a post cut short: "Welcome! Several kinds of ... the jaw muscles. …"
MIN_SIGNATURE_POSTS = 2
MIN_SIGNATURE_WORDS = 3
_REPLY_SUBJECT = re.compile(r"[ \t]*(?i:re|aw|sv):[ \t]*\S[^\n]{0,200}")  # a reply's subject: "Re: <the thread's title>"
_THREAD_LEVEL = re.compile(r"[ \t]*(?i:level)[ \t]+\d{1,2}[ \t]*")  # a copied comment's depth
MAX_BYLINE_MARKS = 2
_CODE_LANGUAGES = r"(?:r|python|python3|py|ipython3?|julia|bash|sh|shell|console|sql|ojs|js|javascript|stan|rcpp)"
_DIAGRAM = re.compile(r"[ \t]*(?:`{3}|:{3})[ \t]*(?:mermaid|plantuml|graphviz|dot)\b[^\n]*")  # a diagram's source in a fence
_CODE_CHUNK = re.compile(rf"[ \t]*```+[ \t]*(?:\{{[ \t]*{_CODE_LANGUAGES}\b[^}}\n]*\}}|{_CODE_LANGUAGES})[ \t]*$", re.IGNORECASE)  # knitr's and Quarto's executable chunk, a notebook's code cell ("```python"), not a fence of text ("```quote")
MIN_MEMBER_STATS = 2
MAX_RANK_WORDS = 6
_POSTS_STAT = re.compile(r"[ \t]*(?i:posts)[ \t]*:[ \t]*\d[\d,.]*[ \t]*")  # a member's count of posts right under the name, a post bit of its own (Nabble's "Posts: 388")
_MEMBER_STAT = re.compile(r"[ \t]*(?i:posts|threads|joined|member since|reputation|karma|likes|thanks|location|from)[ \t]*:[ \t]*\S[^\n]{0,40}")  # a member's figures under the name in a forum's post bit
_RANKED_DATE = re.compile(rf"[ \t]*[A-Z][\w'’().-]*(?:[ \t]+(?:·[ \t]+)?[\w'’().-]+){{0,5}}[ \t]+(?i:\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})[ \t]*")  # a member's rank, then the post's date: "Moderator 3 Mar 2025", "Verified practitioner · Osteopath (GOsC) 4 Mar 2025" (esoTalk)
_MEMBER_RANK = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’().-]+){0,5}[ \t]*")  # "Junior Member", "Registered Massage Therapist (verified)" over them
_LIST_ITEM = re.compile(r"^[ \t]*[-*•][ \t]+")  # a list item's marker, as a web page's post header reads: "- marit_k"
_EDITED = re.compile(r"[ \t]*(?:(?:[·•][ \t]*)?(?i:edited)\b|(?i:in reply to|replying to)[ \t]+\S)[^\n]{0,30}")  # "Edited", "edited 2 mo. ago", "In reply to holly_w84" under a comment's time
MIN_POST_BUTTONS = 3  # a row of buttons under a count of replies that makes it the post's
_POST_BUTTONS = frozenset({"reply", "upvote", "downvote", "award", "translate"})  # a row with one of these is a post's, not a page's "Share"
_BUTTON = re.compile(r"[ \t]*(?i:reply|share|award|report|save|hide|context|permalink|[▲▼]|follow|translate|more replies|\d+ more repl(?:y|ies)|upvote|downvote|vote|like(?:[ \t]*\(\d+\))?|[\d.,]+[km]?)[ \t]*")  # "Like (4)" too


def _thread_byline(parts: list[str], i: int) -> int | None:
    """The line of a comment's time ("3 yr. ago") when line i names its writer over it, with an
    "OP" or "·" between at most."""
    if not _THREAD_USER.fullmatch(parts[i]) or _THREAD_AGO.fullmatch(parts[i]) or RULE_LINE.fullmatch(parts[i]):
        return None
    below = _next_filled(parts, i)
    handled = bool(_HANDLE.fullmatch(parts[i]))  # a handle over "2d" is a byline; a word over "40m" need not be
    listed = bool(_LIST_ITEM.match(parts[i]))
    for _ in range(MAX_BYLINE_MARKS + 1):
        if below is None:
            return None
        item = _LIST_ITEM.sub("", parts[below], count=1) if listed else parts[below]  # a web page's header list: "- marit_k", "- Verified Pro", "- Mar 3"
        if _THREAD_AGO.fullmatch(item) or _THREAD_DATE.fullmatch(item) or (_THREAD_AGE.fullmatch(item) and handled) or _RANKED_DATE.fullmatch(item):
            edited = _next_filled(parts, below)
            return edited if edited is not None and (_EDITED.fullmatch(parts[edited]) or _THREAD_DATE.fullmatch(parts[edited])) else below  # "Edited", a second "Posted March 2"
        if (stats := _member_stats(parts, below, least=1 if _POSTS_STAT.fullmatch(item) else MIN_MEMBER_STATS)) is not None:
            return _rank_under(parts, stats)
        if _MEMBER_RANK.fullmatch(item) and (stats := _member_stats(parts, _next_filled(parts, below), least=1)) is not None:
            return stats
        if not _BYLINE_MARK.fullmatch(item):
            return None
        handled |= bool(_FEDIVERSE_HANDLE.fullmatch(parts[below]))
        below = _next_filled(parts, below)
    return None


def _rank_under(parts: list[str], stats: int) -> int:
    """The line of a member's rank right under their figures, set apart from the post's words by a
    blank line ("Posts: 388" / "dentist (GDC registered)", Nabble), or the figures' last line."""
    rank = stats + 1
    if rank + 1 < len(parts) and parts[rank].strip() and not parts[rank + 1].strip() and len(parts[rank].split()) <= MAX_RANK_WORDS and parts[rank].rstrip()[-1:] not in ".!?:":
        return rank
    return stats


def _member_stats(parts: list[str], first: int | None, least: int = MIN_MEMBER_STATS) -> int | None:
    """The last of `least` lines or more of a member's figures from line `first` on ("Posts: 4" /
    "Joined: Feb 2024"): a forum's post bit, which stands for the post's time between its writer
    and the words (MyBB, phpBB); under a rank ("Member" / "Posts: 17", PunBB), one is enough."""
    last, count = first, 0
    while last is not None and _MEMBER_STAT.fullmatch(parts[last]):
        count, stat = count + 1, last
        last = _next_filled(parts, last)
    return stat if count >= least else None


def _post_words(parts: list[str], stamp: int) -> int | None:
    """The first line of a post's words under its byline, past the rules a web page sets between."""
    below = _next_filled(parts, stamp)
    while below is not None and RULE_LINE.fullmatch(parts[below]):
        below = _next_filled(parts, below)
    return below


_DECK = re.compile(r"\A---\n(?:[^\n]*\n){0,40}?(?:type:[ \t]*slide|slideOptions:|revealOptions:|marp:[ \t]*true)\b|^<!--[ \t]*\.slide:", re.MULTILINE)  # a deck's front matter, or a reveal.js slide's attributes
_SLIDE_SEPARATOR = re.compile(r"-{3,4}[ \t]*")
_SPEAKER_NOTES = re.compile(r"(?:Note|Notes):")
_COMMENT_OPENS = re.compile(r"[ \t]*<!--(?:(?!-->).)*")  # a comment left open on its line
_COMMENT_CLOSES = re.compile(r"(?:(?!<!--).)*-->[ \t]*")  # ... closed at a line's end
_PULL_QUOTE = re.compile(r"[ \t]*[\"“]((?:[^\s\"“”]+[ \t]+){4,}[^\"“”]+?)[.!…]?[\"”][ \t]*")  # five words or more in quotation marks, alone on a line (its full stop may end a longer sentence of the article)

MAX_DATA_KEYS = 8  # keys between a data file's question and its answer
_DATA_QUESTION = re.compile(r"[ \t]*-[ \t]+(?:question|q|title):[ \t]*\S")
_LABEL_LINE = re.compile(r"[ \t]*[*_#>]*[ \t]*[A-Za-z]{1,12}[ \t]*\d{0,3}[ \t]*[:.)]?[ \t]*[*_]*[ \t]*")  # "Question:", "**Q1.**" over a question
CALL_VERBS = r"call|phone|ring|text|e-?mail|contact"  # how a page asks to be reached
CALLING = re.compile(rf"\b(?:{CALL_VERBS}|book|schedule|message)\b|\d{{3}}[-. ]\d{{4}}", re.IGNORECASE)


def _words(line: str) -> frozenset[str]:
    """A line as the set of its words, so a call repeated in another order counts as the same."""
    return frozenset(re.findall(r"[^\W\d_]+", line.lower()))


_WHEN_TO_CALL = re.compile(r"\b(?:if|when|whenever|before|after|unless|as soon as|right away|immediately)\b", re.IGNORECASE)  # an instruction, not an invitation
_INVITATION = re.compile(r"\bif you (?:(?:still )?(?:have|'ve got) (?:any )?(?:other |more |further )?(?:questions|concerns|queries)|would like|'d like|want to (?:book|schedule|know|learn|find out)|wish to|are interested|need (?:more|further|any) (?:information|help|details))\b", re.IGNORECASE)  # "If you have any other questions, call us at ...": an invitation, not an instruction
_SENTENCE_END = re.compile(r"[.!?][\"”')]*[ \t]+")
_FIRST_SENTENCE = re.compile(r"[ \t]*((?:[^\s.!?]+[ \t]+){4,}[^\s.!?]*\.)[ \t]+(?=\S)")  # five words or more and a full stop, then more


def _instruction(line: str, at: int) -> bool:
    """The sentence holding the call at `at` says when to call ("If the soreness is worse after two
    days, call us ...", "Call us if the redness spreads, or if you have any other concerns"), not
    only when one has questions ("If you have any other questions, call us at ...")."""
    start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, at)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(line, at)), len(line))
    invited = [m.span() for m in _INVITATION.finditer(line, start, end)]
    return any(not any(a <= when.start() < b for a, b in invited) for when in _WHEN_TO_CALL.finditer(line, start, end))


def _said_before_the_call(line: str) -> bool:
    """The line says something before its last sentence calls ("Bruises fade within a week. Call us if ...")."""
    first = _FIRST_SENTENCE.match(line)
    return first is not None and CALLING.search(first.group(1)) is None
_CLOSING_SENTENCE = re.compile(r"[ \t]*(?:\S+[ \t]+){5,}\S*[.!][\"”')]*[ \t]*")  # six words or more and a full stop: a sentence, not a heading
_DATA_ANSWER = re.compile(r"[ \t]*(?:answer|a|body|content):")
_DATA_KEY = re.compile(r"[ \t]+[a-z_][\w-]*:[ \t]*[^\n]{0,120}")
ANNOUNCED_ROLE = re.compile(r"[ \t]*(?:toggle[ \t]+)?(?:button|link|heading[ \t]+level[ \t]+\d|clickable)(?:[ \t]+(?:collapsed|expanded|not[ \t]+pressed|pressed))?[ \t]{2,}(?=\S)")  # a screen reader's log: "button  collapsed  Is acupuncture covered?"
_CLIPPING_HEADER = re.compile(r"- (?:Your )?(Highlight|Note|Bookmark|Clip)\b[^\n|]*\|[^\n]*\bAdded on\b[^\n]*")  # an e-reader's "My Clippings.txt" (older ones: "- Highlight Loc. 12-14 | Added on ...")
_CLIPPING_END = re.compile(r"={10}[ \t]*")
MAX_DRAWER_LINES = 60  # an Org drawer closes within this many lines, or it is no drawer
_DATELINE = re.compile(  # a date alone, or when a page was published or updated, as boilerplate.csv's date line: "- Mar 9, 2025", "Last updated 03.04.2025 by Rosa Lind"
    r"[ \t]*(?:[-*•·][ \t]+)?(?:(?:date[ \t]+)?(?:last[ \t]+)?(?:updated|update|modified|reviewed|published|posted)(?:[ \t]+on)?:?[ \t]+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]+\d{4}"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+\d{4})(?:[ \t]+[^\n]{0,40})?[ \t\r]*",
    re.IGNORECASE,
)
FAQ_SECTION = re.compile(r"(?i:faqs?|frequently asked questions|common questions|questions and answers|questions & answers|q ?& ?a)")  # a FAQ section's own name
_FAQ_HEADING = re.compile(r"(?:[\w'’&-]+:?[ \t]+){0,4}(?:" + FAQ_SECTION.pattern + r"|questions)", re.IGNORECASE)  # ... or a heading that names its questions: "Dry needling questions", "Myofascial Release: Your Questions"
_DRAWER = re.compile(r"[ \t]*:[A-Za-z][\w-]*:[ \t]*")
_COMMENT_BLOCK_OPEN = re.compile(r"[ \t]*#\+(?i:begin_comment)\b.*")
_COMMENT_BLOCK_CLOSE = re.compile(r"[ \t]*#\+(?i:end_comment)[ \t]*")
_COMMENT_BLOCKS = ((_COMMENT_BLOCK_OPEN, _COMMENT_BLOCK_CLOSE), (_COMMENT_OPENS, _COMMENT_CLOSES))
WRAPPED_LINE_CHARS = 50  # a line this long that stops in mid-sentence was wrapped ("[Music]" is no such line)


def table_columns(marks: Iterable) -> tuple[int, ...]:
    """Where the column names of a web page's tables begin: of a document's Marks, those of kind "column"."""
    return tuple(mark.start for mark in marks if mark.kind == "column")


class Page:
    """A document's lines with their furniture actions, computed once and shared by every stage."""

    def __init__(self, text: str, columns: tuple[int, ...] = ()):
        """columns: where a web page's tables' column names begin; one that reads as a contact
        block's title ("Location") is the table's."""
        self.text = text
        self.lines: list[Line] = []
        start = 0
        for part in text.split("\n"):
            self.lines.append(Line(start, start + len(part)))
            start += len(part) + 1
        self.starts = [line.start for line in self.lines]
        parts = text.split("\n")
        self.actions = [line_action(part) if part.strip() else None for part in parts]
        for i in {self.line_of(start) for start in columns}:
            self.actions[i] = None if self.actions[i] == "section" else self.actions[i]
        self.article_bylines = {i for i, action in enumerate(self.actions) if action == "byline"}
        for i in self.article_bylines:
            self.actions[i] = "end"  # what a byline does, unless article_end finds it heads a FAQ
        for i in _running_lines(parts):
            if not MAIL_FROM.fullmatch(parts[i]):  # a thread's sender, again over each of their messages, heads them
                self.actions[i] = self.actions[i] or "skip"
        for i, part in enumerate(parts):  # the head of a printed page, after its form feed (on its line or a line of its own); a page number set at the right margin
            if ((part.startswith("\f") or (i and parts[i - 1].strip(" \t") == "\f")) and _PRINTED_LINE.search(part)) or _PAGE_NUMBER.fullmatch(part):
                self.actions[i] = self.actions[i] or "skip"
        self.underlines = self._underlined(parts)
        self._delimited_blocks(parts)
        self._code_chunks(parts)
        self._column_rules(parts)
        self._post_headers(parts)
        self._chapter_lists(parts)
        self._subtitle_cues(parts)
        self._data_entries(parts)
        self._wrapped_furniture(parts)
        self._drawers(parts)
        self._comment_blocks(parts)
        self._footnotes(parts)
        self._page_letterheads(parts)
        self._writers_over_details(parts)
        self._social_bylines(parts)
        self._thread_bylines(parts)
        self._pull_quotes(parts)
        self._profile_cards(parts)
        self._slide_deck(parts)
        self._clippings(parts)
        self._mail_archive(parts)
        self._message_headers(parts)
        self._letters(parts)
        self.blank = [not part.strip() for part in text.split("\n")]
        self._next_content = self._next_where(lambda i: not self.blank[i])
        self._next_answer_line = self._next_where(lambda i: not self.blank[i] and self.actions[i] != "skip")
        self._next_text = self._next_where(lambda i: not self.blank[i] and not self.actions[i])
        self._repeats = Counter(_words(part) for part in parts)

    def _writers_over_details(self, parts: list[str]) -> None:
        """A member's handle alone on its line over two lines of a post's details ("DrQureshi_guest",
        then "Guest Expert" and "Sept 9, 2024 at 7:18pm", ProBoards): the next post's header, not
        the last words of the answer above. A handle over the post itself names who speaks."""
        for i, part in enumerate(parts):
            if _MEMBER_HANDLE.fullmatch(part) and (rank := _next_filled(parts, i)) is not None and self.actions[rank] == "skip" and (
                    (stamp := _next_filled(parts, rank)) is not None and self.actions[stamp] == "skip"):
                self.actions[i] = self.actions[i] or "skip"

    def _page_letterheads(self, parts: list[str]) -> None:
        """A letterhead of parts set apart by bars or wide gaps right under a printed page's number
        ("- 1 -", then "Bayside Osteopathy | Myofascial Release | Patient Information" or "MILLBROOK
        DENTAL PRACTICE        Jaw muscle pain"): the next page's header, even printed once (a
        running one is found by its repeats)."""
        for i, part in enumerate(parts):
            if _PAGE_MARK.fullmatch(part) and (head := _next_filled(parts, i)) is not None and (_LETTERHEAD.fullmatch(parts[head].strip()) or _PRINTED_LINE.search(parts[head])):
                self.actions[head] = self.actions[head] or "skip"

    def _footnotes(self, parts: list[str]) -> None:
        """A printed page's footnotes under their short rule ("____" then "¹ Defined in ..."): the
        answer above goes on after them, on the next page, so the rule ends nothing."""
        for i, part in enumerate(parts):
            if not _FOOTNOTE_RULE.fullmatch(part):
                continue
            first = _next_filled(parts, i)
            if first is None or not _FOOTNOTE.match(parts[first]):
                continue
            self.actions[i] = "skip"
            for j in range(first, len(parts)):
                wrapped = j > first and parts[j][:1] in " \t" and not parts[j - 1].rstrip().endswith((".", "!", "?"))  # a footnote's next line
                if not parts[j].strip() or not (_FOOTNOTE.match(parts[j]) or wrapped):
                    break
                self.actions[j] = "skip"
        for i, part in enumerate(parts):  # a Markdown footnote's definition, its indented lines too ("[^2]: A review of ...")
            if _MARKDOWN_FOOTNOTE.match(part):
                self.actions[i] = "skip"
                for j in range(i + 1, len(parts)):
                    if not parts[j][:1] in " \t" or not parts[j].strip():
                        break
                    self.actions[j] = "skip"

    def _social_bylines(self, parts: list[str]) -> None:
        """A social site's posts copied as text, where a "@handle" alone heads a post (a "·" or a
        date under it, in one of its posts at least): the display name on the line over each of that
        handle's lines ("Dr. Nadia Osei, PT, DPT"), the "·" and date under it, and each post's counts,
        MIN_COUNT_LINES or more lines in a row ("24", "1.9K", "Views", "9:12 AM · Mar 11, 2025").
        A handle an answer gives ("Follow us: @sunrise_pt") heads nothing."""
        def dated(i: int | None) -> bool:
            return i is not None and (parts[i].strip() == "·" or bool(_POST_DATE.fullmatch(parts[i])))
        handles = [i for i, part in enumerate(parts) if _HANDLE_ALONE.fullmatch(part)]
        authors = {parts[i].strip() for i in handles if dated(_next_filled(parts, i))}  # a handle over its post's "·" or date, in one post at least
        heads: list[tuple[int, str]] = []  # each post's first line and its author
        self.posts: dict[int, str] = {}  # a post's first line -> its author's handle, for a thread's turns (transcripts.py)
        for i in (i for i in handles if parts[i].strip() in authors):
            below = _next_filled(parts, i)
            self.actions[i] = self.actions[i] or "skip"
            name = _previous_filled(parts, i)
            if name is not None and _REPLYING_TO.fullmatch(parts[name]):
                self.actions[name] = self.actions[name] or "skip"  # "Replying to" over the handle replied to: no post of theirs
                continue
            if name is not None and len(parts[name].split()) <= MAX_NAME_WORDS and not parts[name].rstrip().endswith((".", "!", "?", ":")):
                self.actions[name] = self.actions[name] or "skip"
                heads.append((name, parts[i].strip()))
            else:
                heads.append((i, parts[i].strip()))
            for _ in range(2):
                if not dated(below):
                    break
                self.actions[below] = self.actions[below] or "skip"
                below = _next_filled(parts, below)
        if not authors:
            return
        if not self._replies(parts, heads):
            self.posts = dict(heads)  # readers ask and the author answers: each post a turn (an author's own Q&A thread is read as its "Q:" lines)
        run: list[int] = []
        for i, part in enumerate([*parts, ""]):
            if _POST_COUNT.fullmatch(part):
                run.append(i)
                continue
            if len(run) >= MIN_COUNT_LINES:
                for j in run:
                    self.actions[j] = self.actions[j] or "skip"
            run = []

    def _replies(self, parts: list[str], heads: list[tuple[int, str]]) -> bool:
        """A thread whose author asks its questions in MIN_ASKING_POSTS posts or more ("2/ Q: what
        is myofascial release?"): the first post of another author after the author's last
        question is a reader's reply, and the replies below it are comments. True for such a thread."""
        if not heads:
            return False
        author = heads[0][1]
        ends = [start for start, _ in heads[1:]] + [len(parts)]
        opening = [next((parts[j] for j in range(start, end) if parts[j].strip() and not self.actions[j] and not _POST_NUMBER.fullmatch(parts[j])), "") for start, end in zip((s for s, _ in heads), ends)]
        asking = [start for (start, writer), first in zip(heads, opening) if writer == author and "?" in first]  # a post that opens asking ("2/ Q: what is ...?")
        if len(asking) < MIN_ASKING_POSTS:
            return False
        reply = next((start for start, writer in heads if writer != author and start > asking[-1]), None)
        if reply is not None:
            self.actions[reply] = "end"
        return True

    def _clippings(self, parts: list[str]) -> None:
        """An e-reader's clippings export: each clipping's book title and "- Your Highlight on page
        12 | ... | Added on ..." over the highlighted text, and "==========" under it, are furniture;
        so is the reader's own note ("- Your Note ..."), which is no part of the book's answer. A
        clipping from another book ends the answer."""
        book = None
        for i, part in enumerate(parts):
            header = _CLIPPING_HEADER.fullmatch(part.strip())
            if not header:
                continue
            title = i - 1
            if title >= 0 and parts[title].strip():
                self.actions[title] = "skip" if book in (None, parts[title].strip()) else "stop"
                book = parts[title].strip()
            self.actions[i] = "skip"
            noted = False
            for j in range(i + 1, len(parts)):
                if _CLIPPING_END.fullmatch(parts[j].strip()):
                    self.actions[j] = "skip"
                    break
                if j + 1 < len(parts) and _CLIPPING_HEADER.fullmatch(parts[j + 1].strip()) or (noted and not parts[j].strip()):
                    break  # an export cut short: the next clipping's title, or a note's end
                if header.group(1) != "Highlight" and parts[j].strip():
                    self.actions[j] = "skip"
                    noted = True

    def _slide_deck(self, parts: list[str]) -> None:
        """A slide deck written in Markdown (reveal.js, HackMD, Marp): a speaker's "Note:" runs to
        the next slide and is no answer's part; a vertical slide ("----") goes on with the slide
        above it, so it ends nothing."""
        if not _DECK.search(self.text):
            return
        in_notes = False
        for i, part in enumerate(parts):
            if _SLIDE_SEPARATOR.fullmatch(part):
                in_notes = False
                if part.strip() == "----":
                    self.actions[i] = "skip"
            elif _SPEAKER_NOTES.match(part) or in_notes:
                in_notes = True
                self.actions[i] = self.actions[i] or "skip"

    def _profile_cards(self, parts: list[str]) -> None:
        """An answerer's card on a consultation site, over their answer: a name, a line of degrees
        and specialty, "11 years experience overall" ("Dr. R. Menon" / "MPT (Musculoskeletal),
        Physiotherapist"): kept in `cards` (first and last line), as they say who speaks below."""
        self.cards: list[tuple[int, int]] = []
        for i, part in enumerate(parts):
            if not _EXPERIENCE.fullmatch(part):
                continue
            card = [i]
            for _ in range(MAX_CARD_LINES):
                above = _previous_filled(parts, card[-1])
                if above is None or len(parts[above].split()) > MAX_CARD_WORDS or parts[above].rstrip()[-1:] in ".?!:":
                    break
                card.append(above)
            if len(card) == MAX_CARD_LINES + 1 and "," in parts[card[1]] and _CARD_NAME.match(parts[card[-1]]):  # a name over degrees and specialty, not a team list's "Dr. Sarah Kim" / "Chiropractor"
                self.cards.append((card[-1], i))
                for j in range(card[-1], i + 1):
                    self.actions[j] = self.actions[j] or "skip"

    def _pull_quotes(self, parts: list[str]) -> None:
        """A magazine's pull quote: a line wholly in quotation marks that repeats words of the
        article ("The place that hurts is often not the place that's wrong." set large between
        answers), no answer's part."""
        lowered = self.text.lower()
        for i, part in enumerate(parts):
            quoted = _PULL_QUOTE.fullmatch(part)
            if quoted and not self.actions[i] and lowered.count(quoted.group(1).lower()) > 1:
                self.actions[i] = "skip"

    def _ruled_writers(self, parts: list[str]) -> None:
        """A web page's comment thread without dates: each writer's name alone, set off by the rule
        the reader puts after each part of a comment ("quill_and_scalpel" / "---" / the words / "---"),
        MIN_RULED_WRITERS times or more between rules."""
        found = []
        for i, part in enumerate(parts):
            rule = _next_filled(parts, i)
            words = _next_filled(parts, rule) if rule is not None else None
            if (words is not None and i not in self.bylines and RULE_LINE.fullmatch(parts[rule]) and not RULE_LINE.fullmatch(part)
                    and _RULED_WRITER.fullmatch(part) and not self.actions[i] and not RULE_LINE.fullmatch(parts[words]) and not _THREAD_USER.fullmatch(parts[words])):
                above = _previous_filled(parts, i)
                found.append((i, rule, above is not None and bool(RULE_LINE.fullmatch(parts[above]))))
        if sum(ruled for _, _, ruled in found) >= MIN_RULED_WRITERS:
            for i, rule, _ in found:
                self.bylines[i] = rule
                self.actions[i] = "skip"

    def _trailing_stamps(self, parts: list[str]) -> None:
        """Comments copied from a video site (TikTok, Instagram): the writer's name, a "Creator"
        badge, the comment on one line, then its age and "Reply" ("3d ago" / "Reply" / "2341"). A
        name set so needs no shape of its own ("sarah beth 📚"): the age and button under the line
        below it say it heads a comment."""
        for i in range(len(parts)):
            reply = _next_filled(parts, i)
            if reply is None or not (_THREAD_AGO.fullmatch(parts[i]) or _THREAD_AGE.fullmatch(parts[i])) or parts[reply].strip().lower() != "reply":
                continue
            words = _previous_filled(parts, i)
            name = _previous_filled(parts, words) if words is not None else None
            for _ in range(MAX_COMMENT_LINES):  # a comment of several lines: its writer heads its first
                above = _previous_filled(parts, name) if name is not None else None
                if above is None or self.actions[above] or _COMMENT_BOUNDARY.fullmatch(parts[above]) or _COMMENT_BADGE.fullmatch(parts[name]):
                    break
                name = above
            badge = None
            if name is not None and _COMMENT_BADGE.fullmatch(parts[name]):
                badge, name = name, _previous_filled(parts, name)
            if name is None or name in self.bylines or self.actions[name] not in (None, "skip") or not _COMMENT_NAME.fullmatch(parts[name]):  # a name with credentials is furniture already
                continue
            self.bylines[name] = badge if badge is not None else name
            for j in (name, badge, i, reply):
                if j is not None:
                    self.actions[j] = "skip"
            count = _next_filled(parts, reply)
            if count is not None and _BUTTON.fullmatch(parts[count]):
                self.actions[count] = "skip"

    def _teasers(self, parts: list[str]) -> None:
        """A post shown cut short above the thread (Vanilla's "Accepted Answer": its byline, its
        first words and "…"), whose whole post follows, or shown whole right before itself: no post
        of its own, its words no answer's."""
        for i, stamp in list(self.bylines.items()):
            words = _post_words(parts, stamp)
            teaser = _TEASER.fullmatch(parts[words]) if words is not None else None
            if teaser is None:
                continue
            opened = " ".join(teaser.group("words").split())
            later = (_post_words(parts, other) for j, other in self.bylines.items() if j > i)
            if any(" ".join(" ".join(parts[w:w + TEASER_LINES]).split()).startswith(opened) for w in later if w is not None):  # the whole post, in paragraphs, further down
                del self.bylines[i]
                self.actions[words] = "skip"
        order = sorted(self.bylines)
        posts = {i: "\n".join(part.strip() for part in parts[i:end]) for i, end in zip(order, [*order[1:], len(parts)])}
        for i, later in zip(order, order[1:]):  # Khoros's "Accepted Solution" above the thread: the same post, byline and all, shown again in its place
            if posts[later].startswith(posts[i]) and len(posts[i].split()) >= MIN_POST_WORDS:  # its signature only under the one in place
                del self.bylines[i]
                for j in range(i, later):
                    self.actions[j] = "skip"

    def _signatures(self, parts: list[str]) -> None:
        """A line that ends MIN_SIGNATURE_POSTS posts or more of a thread, word for word, is a
        member's signature ("Renata Osei, PT, DPT · orofacial & cervical rehab"): no answer's words."""
        ends = Counter()
        thread_end = next((i for i in range(max(self.bylines, default=len(parts)), len(parts)) if self.actions[i] == "end"), len(parts))  # the last post ends where the thread does
        for i in [*self.bylines, *([thread_end] if self.bylines else [])]:
            above = _previous_filled(parts, i)
            while above is not None and (RULE_LINE.fullmatch(parts[above]) or all(_BUTTON.fullmatch(word) for word in parts[above].split())):
                above = _previous_filled(parts, above)  # past a rule, and the post's buttons ("Reply Report")
            if above is not None and not self.actions[above] and len(parts[above].split()) >= MIN_SIGNATURE_WORDS and not parts[above].rstrip().endswith("?"):
                ends[parts[above].strip()] += 1
        signatures = {line for line, count in ends.items() if count >= MIN_SIGNATURE_POSTS}
        for i, part in enumerate(parts):
            if part.strip() in signatures:
                self.actions[i] = self.actions[i] or "skip"

    def _reply_subjects(self, parts: list[str]) -> None:
        """A reply's subject over its words, the thread's title again ("Re: Dry needling on upper
        traps", PunBB's and FluxBB's over each post), word for word over MIN_SIGNATURE_POSTS posts
        or more: no answer's words."""
        if not self.bylines:
            return
        subjects = Counter(part.strip() for part in parts if _REPLY_SUBJECT.fullmatch(part))
        for i, part in enumerate(parts):
            if subjects[part.strip()] >= MIN_SIGNATURE_POSTS:
                self.actions[i] = self.actions[i] or "skip"

    def _thread_bylines(self, parts: list[str]) -> None:
        """A forum thread copied as text (Reddit): each comment's "level 2", its writer's name over
        "OP" or "·" and "3 yr. ago", and the row of its votes and buttons ("64", "Reply", "Share",
        "Award"), which heads no section as a page's lone "Share" does."""
        self.bylines: dict[int, int] = {}  # a comment's writer's line -> its time's line
        self.byline_names: dict[int, str] = {}  # the writer of a byline on one line ("mthornpt 4 hours ago | parent | next [–]")
        covered = -1  # the last line of the byline before: its "Author" badge names nobody
        for i in range(len(parts)):
            if i <= covered:
                continue
            if one_line := (_ONE_LINE_BYLINE.fullmatch(parts[i]) or _POSTING_IN.fullmatch(parts[i])):
                self.byline_names[i] = one_line.group("name")
                stamp = i
            elif (stamp := _thread_byline(parts, i)) is None:
                continue
            self.bylines[i] = covered = stamp
            for j in range(i, stamp + 1):
                self.actions[j] = self.actions[j] or "skip"
            level = _previous_filled(parts, i)
            if level is not None and _THREAD_LEVEL.fullmatch(parts[level]):
                self.actions[level] = "skip"
        self._ruled_writers(parts)
        self._trailing_stamps(parts)
        self._teasers(parts)
        self._signatures(parts)
        self._reply_subjects(parts)
        if self.bylines:  # a forum's "14 Replies" under its first post's buttons counts the replies and ends nothing (a blog's comments follow no post's "Reply")
            first, last = min(self.bylines), max(self.bylines)
            opening = next((i for i, part in enumerate(parts[:first]) if not self.actions[i] and _SENTENCE_LINE.fullmatch(part)), first)
            for i in range(opening):  # a thread's "Recommended Posts" over its first post (Invision): the posts go on; a blog's "3 Comments" or "Recent Posts" after its article's sentences ends it
                below = _next_filled(parts, i)
                while below is not None and (RULE_LINE.fullmatch(parts[below]) or self.actions[below] == "end"):
                    below = _next_filled(parts, below)
                if self.actions[i] == "end" and below in self.bylines:
                    self.actions[i] = "skip"
            for i in range(last):
                if self.actions[i] != "end" or not _REPLY_COUNT.fullmatch(parts[i]):
                    continue
                above, below = _previous_filled(parts, i), _next_filled(parts, i)
                buttons = []  # Lemmy's "14 comments" over the post's "share", "save", "hide", "report"
                while below is not None and _BUTTON.fullmatch(parts[below]):
                    buttons.append(below)
                    below = _next_filled(parts, below)
                if (i > first and above is not None and parts[above].strip().lower() in _POST_BUTTONS | {"report", "like", "share"}) or len(buttons) >= MIN_POST_BUTTONS:
                    for j in (i, *buttons):
                        self.actions[j] = "skip"
        if len(self.byline_names) >= MIN_ONE_LINE_BYLINES:  # Hacker News: a lone "reply" under each comment
            for i, part in enumerate(parts):
                if part.strip() == "reply":
                    self.actions[i] = "skip"
        run: list[int] = []
        for i, part in enumerate([*parts, ""]):
            if _BUTTON.fullmatch(part):
                run.append(i)
                continue
            if len(run) > 1 and any(parts[j].strip().lower() in _POST_BUTTONS for j in run):
                for j in run:
                    self.actions[j] = "skip"
            run = []

    def _mail_archive(self, parts: list[str]) -> None:
        """A mailing list's digest or archive: message after message under "From: Name <address>"
        and its "Date:" line. What each quotes (its "On ... wrote:" and the ">" lines) repeats an
        earlier message, and ends only itself, not the page as a lone e-mail's quoted history does."""
        senders = [i for i, part in enumerate(parts) if MAIL_FROM.fullmatch(part) and (
            (i + 1 < len(parts) and MAIL_FIELD.fullmatch(parts[i + 1])) or (i and MAIL_FIELD.fullmatch(parts[i - 1])))]
        if len(senders) < MIN_MAIL_MESSAGES:
            return
        for i in senders:  # a message's header fields ("Date:", "To:", "Subject: Re: ...?") around its "From:" line: no question, no claim
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(parts) and MAIL_FIELD.fullmatch(parts[j]):
                    self.actions[j] = "skip"
                    j += step
        if len(senders) < MIN_ARCHIVE_MESSAGES:
            return
        for i, part in enumerate(parts):
            if part.lstrip().startswith(">") or (self.actions[i] == "end" and QUOTE_INTRO.fullmatch(part.strip())):
                self.actions[i] = "skip"

    def _letters(self, parts: list[str]) -> None:
        """A greeting alone on its line ("Dear Bronwyn,", "Hi Dana,") opens a letter or an e-mail:
        no question and no answer (the gold sets keep none). A reader's letter under it that ends
        asking is signed on the line right under its question ("Dale, Sebastopol"): that line is
        no part of the reply below it."""
        self.letter_signatures: set[int] = set()
        for i, part in enumerate(parts):
            if not _GREETING_ALONE.fullmatch(part):
                continue
            self.actions[i] = self.actions[i] or "skip"
            for j in range(i + 1, min(len(parts) - 1, i + MAX_LETTER_LINES + 1)):
                if not parts[j].strip():
                    break
                if parts[j].rstrip().endswith("?"):
                    if _LETTER_SIGNATURE.fullmatch(parts[j + 1]) and (j + 2 == len(parts) or not parts[j + 2].strip()):  # the signature stands alone over the reply
                        self.actions[j + 1] = self.actions[j + 1] or "skip"
                        self.letter_signatures.add(j + 1)
                    break

    def _message_headers(self, parts: list[str]) -> None:
        """A saved e-mail's or news article's header block at the top of the file ("Return-Path:",
        "Received:" and its indented continuations, "From:", "Subject: Re: Dry needling?" ... up to
        the first blank line): transport fields, no question and no claim."""
        first = next((i for i, part in enumerate(parts) if part.strip()), None)
        if first is None or not _HEADER_FIELD.match(parts[first]):
            return
        block = list(range(first, next((i for i in range(first, len(parts)) if not parts[i].strip()), len(parts))))
        if all(_HEADER_FIELD.match(parts[i]) or parts[i][:1] in " \t" for i in block) and sum(
            bool(_MESSAGE_FIELD.match(parts[i])) for i in block
        ) >= MIN_MESSAGE_FIELDS:
            for i in block:
                self.actions[i] = "skip"

    def _data_entries(self, parts: list[str]) -> None:
        """A data file's entry ("- question: ..." then "category: ...", "slug: ..." up to its
        "answer:"): the keys between its question and its answer are no part of either."""
        for i, part in enumerate(parts):
            if _DATA_QUESTION.match(part):
                for j in range(i + 1, min(len(parts), i + MAX_DATA_KEYS + 1)):
                    if _DATA_ANSWER.match(parts[j]) or not _DATA_KEY.fullmatch(parts[j]):
                        break
                    self.actions[j] = self.actions[j] or "skip"

    def _drawers(self, parts: list[str]) -> None:
        """Org mode's drawers (":PROPERTIES:" or ":LOGBOOK:" up to ":END:"): a heading's metadata."""
        i = 0
        while i < len(parts):
            if _DRAWER.fullmatch(parts[i]) and parts[i].strip().upper() != ":END:":
                close = next((j for j in range(i + 1, min(len(parts), i + MAX_DRAWER_LINES)) if parts[j].strip().upper() == ":END:"), None)
                if close is not None:
                    for j in range(i, close + 1):
                        self.actions[j] = self.actions[j] or "skip"
                    i = close
            i += 1

    def _comment_blocks(self, parts: list[str]) -> None:
        """Comments over several lines, nothing a reader sees: Org mode's "#+begin_comment" up to
        "#+end_comment" (notes to oneself, never exported), an HTML comment in a Markdown source
        ("<!--" / a Marp slide's speaker notes / "-->")."""
        i = 0
        while i < len(parts):
            for opens, closes in _COMMENT_BLOCKS:
                if opens.fullmatch(parts[i]):
                    close = next((j for j in range(i + 1, min(len(parts), i + MAX_DRAWER_LINES)) if closes.fullmatch(parts[j])), None)
                    if close is not None:
                        for j in range(i, close + 1):
                            self.actions[j] = "skip"
                        i = close
                    break
            i += 1

    def _wrapped_furniture(self, parts: list[str]) -> None:
        """A line of furniture hard-wrapped in mid-sentence ("Request an appointment or call 555-0190 to
        ask whether dry" over "needling is right for you."): the rest, in lower case right below it,
        is furniture too."""
        for i in range(1, len(parts)):
            above, rest = parts[i - 1].rstrip(), parts[i].strip()
            if (self.actions[i - 1] == "skip" and not self.actions[i] and len(above.strip()) >= WRAPPED_LINE_CHARS
                    and above[-1:] not in ".!?:;" and not any(mark in above for mark in "|·•") and rest[:1].islower()
                    and len(rest) < WRAPPED_LINE_CHARS and rest[-1:] in ".!" and ":" not in rest and (i + 1 == len(parts) or not parts[i + 1].strip())):
                self.actions[i] = "skip"  # the short rest of a wrapped line, ending its paragraph (not a byline's, nor a running header's)

    def _subtitle_cues(self, parts: list[str]) -> None:
        """A subtitle cue's number above its timing line, and WebVTT's NOTE blocks (a comment up to
        the next blank line), are no part of what is said."""
        timings = [i for i, action in enumerate(self.actions) if action and _CUE_TIMING.match(parts[i].strip())]
        for i in timings:
            if i and _CUE_NUMBER.fullmatch(parts[i - 1].strip()):
                self.actions[i - 1] = "skip"
        if not timings:
            return
        for i, part in enumerate(parts):
            if part[:4] == "NOTE" and part[4:5] in ("", " ", "\t") and (i == 0 or not parts[i - 1].strip()):  # a block of its own, not a cue's words
                for j in range(i, next((j for j in range(i, len(parts)) if not parts[j].strip()), len(parts))):
                    self.actions[j] = "skip"

    def _underlined(self, parts: list[str]) -> dict[int, str]:
        """Titles underlined (and perhaps overlined) as setext Markdown and reStructuredText write
        them, each with its adornment ("-", or "over=" for one with a line above too); the
        adornment lines are markup, not the separator rules they would be alone."""
        titles = {}
        for i in range(1, len(parts)):
            title, rule = parts[i - 1].strip(), parts[i].strip()
            if (self.actions[i] == "stop" and title and self.actions[i - 1] != "stop" and _ADORNMENT.fullmatch(rule)
                    and MIN_UNDERLINE_SHARE * len(title) <= len(rule) <= MAX_UNDERLINE_SHARE * len(title) + 2
                    and title[-1] not in ".!:;,"):  # a rule under a sentence ends an answer, it underlines no title
                overlined = i >= 2 and parts[i - 2].strip() == rule
                titles[i - 1] = ("over" if overlined else "") + rule[0]
                for adornment in (i - 2, i) if overlined else (i,):
                    self.actions[adornment] = "skip"
        return titles

    def _delimited_blocks(self, parts: list[str]) -> None:
        """AsciiDoc's delimited blocks ("====" example, "****" sidebar) open right under a block title
        or a question they do not underline, and close at the same line: the opening line is
        markup, not the separator rule it would be alone; the block's end ends the answer."""
        i = 1
        while i < len(parts):
            rule, above = parts[i].strip(), parts[i - 1].strip()
            if self.actions[i] == "stop" and _BLOCK_DELIMITER.fullmatch(rule) and _BLOCK_TITLE.match(above):
                close = next((j for j in range(i + 1, len(parts)) if parts[j].strip() == rule), None)
                if close is not None:
                    self.actions[i] = "skip"
                    i = close
            i += 1

    def _code_chunks(self, parts: list[str]) -> None:
        """An R Markdown or Quarto code chunk ("```{r visit-table}" ... "```"), a notebook's code
        cell ("```python") or a diagram's source ("::: mermaid" ... ":::", Azure DevOps' wiki): code
        the page runs or draws, no words of an answer."""
        i = 0
        while i < len(parts):
            fence = parts[i].strip()[:3]
            if (_CODE_CHUNK.match(parts[i]) or _DIAGRAM.match(parts[i])) and (close := next((j for j in range(i + 1, len(parts)) if parts[j].strip() == fence), None)) is not None:
                for j in range(i, close + 1):
                    self.actions[j] = self.actions[j] or "skip"
                i = close
            i += 1

    def _column_rules(self, parts: list[str]) -> None:
        """A rule of one run of dashes (or "=") per column of a table laid out in spaces, each run
        under or over the column's words and the spaces between columns under or over spaces (its
        names, left or right aligned; reStructuredText's borders around them and below the rows):
        the table's markup, not a separator rule ending the answer."""
        for i, rule in enumerate(parts):
            if self.actions[i] != "stop" or not _COLUMN_RULE.fullmatch(rule):
                continue
            runs = [run.span() for run in re.finditer(r"[-=]+", rule)]
            beside = [parts[j] for j in (i - 1, i + 1) if 0 <= j < len(parts) and parts[j].strip() and not _COLUMN_RULE.fullmatch(parts[j])]
            gaps = [(b, a) for (_, b), (a, _) in zip(runs, runs[1:])]
            if any(all(line[a:b].strip() for a, b in runs) and not any(line[a:b].strip() for a, b in gaps) for line in beside):
                self.actions[i] = "skip"

    def _post_headers(self, parts: list[str]) -> None:
        """A line that would end the article but recurs with every post or article ("Posted by:
        ..." over each message of a mailing-list digest, a help desk's "Did this answer your
        question?" under each of a collection's answers) is furniture of each, not the page's
        end, when a question is asked between two of its occurrences (the first question of a
        collection may be a heading without its "?"). A labelled line counts
        by its label and heads its post (skip); any other is furniture up to the next question
        (section: a feedback widget, a "Related articles" list)."""
        ends: dict[str, list[int]] = {}
        for i, action in enumerate(self.actions):
            if action == "end":
                ends.setdefault((parts[i].split(":", 1)[0] if ":" in parts[i] else _DIGITS.sub("0", parts[i])).strip().lower(), []).append(i)
        words: list[int] = []  # words of content before each line, counted once
        for lines in ends.values():
            if len(lines) >= RUNNING_LINE_REPEATS and any(parts[i].rstrip().endswith("?") for a, b in zip(lines, lines[1:]) for i in range(a + 1, b)):
                words = words or list(accumulate((0 if action else len(part.split()) for part, action in zip(parts, self.actions)), initial=0))
                if any(words[b] - words[a + 1] < MIN_POST_WORDS for a, b in zip(lines, lines[1:])):
                    continue  # a list of topics ("14 replies" under each title), not posts
                for i in lines:
                    self.actions[i] = "skip" if ":" in parts[i] else "section"

    def _chapter_lists(self, parts: list[str]) -> None:
        """A video's or a podcast's chapters ("17:30  Is your pillow the problem?"): MIN_CHAPTERS
        lines in a row or more, each a time and a short title (no speaker's "Name:", no "<nick>",
        no sentence's full stop), not under a question (a timetable answering it), are a contents
        list, whatever their titles ask. A timestamped transcript's lines are sentences, and a chat
        export's ("10:14<TAB>Hana<TAB>...") name who speaks."""
        run: list[int] = []
        for i, part in enumerate([*parts, ""]):
            chapter = _CHAPTER.match(part)
            title = part[chapter.end():].strip() if chapter else ""
            if chapter and ":" not in title[:MAX_SPEAKER_LABEL] and "\t" not in title and title[-1:] not in ".!…" and len(title.split()) <= MAX_CHAPTER_WORDS:
                run.append(i)
                continue
            above = next((parts[j].strip() for j in range(run[0] - 1, -1, -1) if parts[j].strip()), "") if run else ""
            if len(run) >= MIN_CHAPTERS and not above.endswith("?"):
                for j in run:
                    self.actions[j] = self.actions[j] or "skip"
            run = []

    def _next_where(self, keep) -> list[int | None]:
        """For each line, the index of the first line after it that keeps the predicate."""
        following: list[int | None] = [None] * len(self.lines)
        upcoming = None
        for i in range(len(self.lines) - 1, -1, -1):
            following[i] = upcoming
            if keep(i):
                upcoming = i
        return following

    def content(self, index: int) -> str:
        line = self.lines[index]
        return self.text[line.start:line.end]

    def next_content(self, index: int) -> int | None:
        """The next non-blank line."""
        return self._next_content[index]

    def previous_content(self, index: int) -> int | None:
        """The last non-blank line before index."""
        return next((i for i in range(index - 1, -1, -1) if not self.blank[i]), None)

    def next_answer_line(self, index: int) -> int | None:
        """The next line that is neither blank nor a skipped line of furniture."""
        return self._next_answer_line[index]

    def next_text(self, index: int) -> int | None:
        """The next line that is content: neither blank nor any kind of furniture."""
        return self._next_text[index]

    def closes_answer(self, index: int, question: int) -> bool:
        """A call written as an answer's last sentence right before the next question (or its "Q:"
        label; a feedback widget between them aside), or as an instruction that ends a paragraph of the answer ("Bruises fade within a
        week. Call us if the redness spreads."): "Call us at 555-0187 if you develop a fever." is
        the answer's own, as its page shows it, not furniture; one the page repeats under its
        answers in any order of words ("Call (555) 010-2000 for a free consultation.") is, and so
        is an invitation after a remark ("Ready to get moving? Call 555-0187.")."""
        line = self.lines[index]
        if self.instructs_in_passing(index):
            return True
        following = self._next_content[index]
        while following is not None and following < question and self.actions[following] == "skip":
            following = self._next_content[following]  # "Was this answer helpful? Yes No" under the answer
        if following is not None and following != question and self._next_content[following] == question:
            label = self.lines[following]
            following = question if _LABEL_LINE.fullmatch(self.text, label.start, label.end) else following
        return (
            self.actions[index] == "section" and following == question
            and _CLOSING_SENTENCE.fullmatch(self.text, line.start, line.end) is not None
            and CALLING.search(self.text, line.start, line.end) is not None
            and self._repeats[_words(self.text[line.start:line.end])] == 1
        )

    def instructs_in_passing(self, index: int) -> bool:
        """A call that ends a paragraph of the answer as an instruction ("... for a new\npatient. Call
        our billing team at (555) ... if ...", "Note: Bruises fade. Call us if ..."), said once on the
        page: the answer's own words, which close neither the answer nor its paragraph's section."""
        line = self.lines[index]
        content = self.text[line.start:line.end].lstrip()
        call = CALLING.search(content)
        return (
            self.actions[index] == "section" and call is not None and _instruction(content, call.start())
            and ((index > 0 and not self.blank[index - 1] and content[:1].islower()) or _said_before_the_call(content))
            and self._repeats[_words(content)] == 1
        )

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def dates_entry(self, index: int, questions: Collection[int]) -> bool:
        """The line is a date right under one of the questions, as a help desk's listing dates each
        entry ("Last Updated Feb 06, 2024"): the entry's, not the page's."""
        return self.previous_content(index) in questions and _DATELINE.fullmatch(self.text, self.lines[index].start, self.lines[index].end) is not None

    def article_end(self, after: int, answered: Collection[int] = ()) -> int:
        """The first line after `after` that ends the article, or the number of lines. The byline
        and the dates right under a question-shaped title ("Written by ...", "Mar 9, 2025",
        "Updated Mar 10, 2025") are its masthead's, and the dates right under each answered
        question its entry's: they end nothing; nor does a byline that heads a FAQ near the top: a
        heading that names questions right under it ("Dry needling questions", "FAQs") or right
        over it (the article's title, "Myofascial Release: Your Questions"), and more of the
        `answered` question lines, MASTHEAD_QUESTIONS at least, after it before the next line that
        ends than before it (an opening question and its answer, "Written by ...", then the FAQ;
        not "Page reviewed by ..." under a FAQ, nor a byline over related posts or comments)."""
        masthead, byline = after + 1, self._next_content[after]
        while masthead < len(self.lines) and (self.blank[masthead] or masthead == byline and masthead in self.article_bylines
                                              or _DATELINE.fullmatch(self.text, self.lines[masthead].start, self.lines[masthead].end)):
            masthead += 1
        ends = [i for i in range(masthead, len(self.lines)) if self.actions[i] == "end" and not self.dates_entry(i, answered)]
        for i, following in zip(ends, [*ends[1:], len(self.lines)]):
            below = sum(i < line < following for line in answered)
            headings = [h for h in (self._next_content[i], self.previous_content(i)) if h is not None]  # the FAQ's heading under its byline, or its title over it
            if (i not in self.article_bylines or not any(_FAQ_HEADING.fullmatch(self.content(h).strip("#*_: \t")) for h in headings)
                    or below < MASTHEAD_QUESTIONS or below <= sum(after <= line < i for line in answered)):
                return i
        return len(self.lines)


class Furniture:
    """The spans of a page that are furniture, from its lines, its questions and its sentences."""

    def __init__(self, page: Page, question_starts: list[int], sentences: list[tuple[int, int]] = ()):
        lines = page.lines
        questions = sorted(page.line_of(start) for start in question_starts)
        sections = [i for i, action in enumerate(page.actions) if action == "section" and questions and i > questions[0]]  # a header's "Call us" reaches no further
        next_question = {i: questions[k] for i in sections if (k := bisect_right(questions, i)) < len(questions)}
        answers = {i for i in sections if page.closes_answer(i, next_question.get(i, -1))}
        spans = [(lines[i].start, lines[i].end) for i, action in enumerate(page.actions) if action and action != "bio" and i not in answers]
        first = questions[0] if questions else next((i for i, a in enumerate(page.actions) if not page.blank[i] and not a), len(lines))
        end = page.article_end(first, questions)
        if end < len(lines):
            spans.append((lines[end].start, len(page.text)))
        spans += [(lines[i].start, lines[min(next_question.get(i, end), len(lines)) - 1].end) for i in sections if i not in answers]
        spans += [(start, end) for start, end in sentences if (action := line_action(page.text[start:end])) and page.line_of(start) not in answers
                  and not (action == "bio" and questions and page.line_of(start) > questions[0])]  # a bio's sentence in an answer says who does what
        self.spans = _union(spans)
        self._starts = [start for start, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps furniture."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self.spans[i][1] > start:
            return True
        return i + 1 < len(self.spans) and self.spans[i + 1][0] < end


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
