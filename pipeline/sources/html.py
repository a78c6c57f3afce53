"""Web pages (.html, .htm): the page's main content as plain text, with its structure as marks.

The text is what a reader sees, one block (heading, paragraph, list item, table cell, dt, dd,
summary, blockquote) per line with a blank line between blocks, white space inside a block
collapsed, entities decoded and list items opened with "- ". No Markdown markers: headings, FAQ
widgets' questions and bold paragraphs are reported as `Mark`s instead. Hidden content is kept,
because FAQ accordions hide their answers (and sometimes their questions) until clicked.

Page furniture (navigation, cookie banners, sidebars, share bars, comments, ...) is left out by
the rules in pipeline/data/html_markup.csv: by tag, ARIA role, attribute, or a word of an
element's class or id. An element that holds the page's h1 is never furniture (a theme's wrapper
named "content-sidebar-wrap" holds the article too); nor, on a page without an h1, one that holds
most of the text. A tab list's labels are written over their panels, as headings: a panel read
apart from its tab has no title. A list whose items are only links to places on the page is a table of contents
and is left out too: the questions it lists are answered below.

The walk is an explicit stack over lxml's tree, deterministic and linear in the page's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from lxml import etree

from pipeline.rules import read_rows
from pipeline.sources.charset import decode_page
from pipeline.sources.document import Mark, Reading, UnusableSource
from pipeline.sources.jsonld import load_blocks
from pipeline.sources.pagemeta import page_metadata
from pipeline.sources.schemaorg import Declared, declared_types, jsonld_faq, microdata_faq
from pipeline.sources.structured import locate
from pipeline.memos import text_memo

MIN_WORDS = 20  # fewer words of text, furniture aside: not a usable page (a shell a script fills in)
ASKING_POST_WORDS = 400  # words of a post that asks its readers, beside its replies (see _asks_its_commenters)
MIN_REPLIES = 5  # comments under it, each of MIN_REPLY_WORDS or more
MIN_REPLY_WORDS = 5
MAX_POST_QUESTIONS = 3  # question marks of a post that asks its readers (a FAQ page asks many times)
REPLIES_SHARE = 2  # how many times the post's words its replies hold
LOGIN_WALL_WORDS = 200  # a password field with fewer words around it: a log-in page
MAIN_SHARE = 0.25  # a <main> or <article> is the content only when it holds this share of the text
NOTE_BOX_CHARS = 600  # an aside longer than this after a paragraph is a pull-out of its own, not a note of the text
NOTE_BOX_AFTER_WORDS = 3  # the paragraph a note box follows is text, not an ornament ("❦")
MIN_KIN = 2  # siblings of one kind (a forum's posts) whose text together can make them the content
TOC_NUMBERING = 4  # characters of a contents entry allowed outside its link ("1.", "Q3:")
MIN_STYLED_QUESTIONS = 3  # elements of one style asking questions, for the style to be the FAQ's question style
STYLED_QUESTION_SHARE = 0.5  # ... and the share of that style's elements they must be
MAX_QUESTION_CHARS = 250

STRIPPED = ("script", "style", "noscript", "template")  # removed before the text is measured
NOT_TEXT = frozenset(
    "svg math iframe object embed canvas audio video picture img map area head title meta link base "
    "input select textarea option optgroup datalist output progress meter".split()
)
_BADGE_NUMBER = re.compile(r"\s*\d{1,3}[.)]?\s*")
BLOCKS = frozenset(
    "address article aside blockquote body button caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split()
)
HEADINGS = {f"h{level}": level for level in range(1, 7)}
_PANDOC_ROW_CLASSES = frozenset(("header", "odd", "even"))
TABLE_PARTS = {"table": "table", "tr": "row", "td": "cell", "th": "cell"}  # marked, so a table's rows and cells can be read as such
SPANNING = frozenset(("item", *TABLE_PARTS.values()))  # marks that may run over several lines
SECTIONS = frozenset(("article", "section", "main"))  # a <header> inside one heads it, not the site
BOLD = frozenset(("b", "strong"))
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_INVISIBLE = str.maketrans({**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad")), **dict.fromkeys(range(0xE000, 0xF900), " ")})  # icon fonts' glyphs (Unicode's private use area) are no words
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HOLDS = re.compile(r"(?:has|with|without|no|hide|show)[-_](?!for[-_]sr\b)|.*[-_](?:orientation|position|placement)(?:[-_]|$)")  # not "show-for-sr", screen-reader text; where a part sits ("messageSidebarOrientationLeft" on a forum post)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_WORD_TEMPLATE = r"(?<![a-z0-9])(?:{})(?![a-z0-9])"  # a whole word of a class name or id
RULE = "---"  # how a thematic break (<hr>) reads in plain text; the finder ends an answer there


@dataclass(frozen=True)
class MarkupRules:
    """Compiled rules of one action (drop, question or comment) from html_markup.csv."""
    tags: frozenset[str]
    role: re.Pattern | None
    attribute: re.Pattern | None
    word: re.Pattern | None
    name: re.Pattern | None
    link: re.Pattern | None  # a word of a link's class or id
    page_tags: frozenset[str]  # tags that are furniture only outside any article, section or main


def _alternation(patterns: list[str], template: str = "(?:{})") -> re.Pattern | None:
    """One pattern for a list of rows; a '-' in a row matches '-' or '_' ('back-to-top', 'back_to_top')."""
    joined = "|".join(f"(?:{p.replace('-', '[-_]')})" for p in patterns)
    return re.compile(template.format(joined)) if patterns else None


@cache
def markup_rules(action: str) -> MarkupRules:
    rows = [row for row in read_rows("html_markup.csv") if row["action"] == action]

    def patterns(kind: str) -> list[str]:
        return [row["pattern"] for row in rows if row["kind"] == kind]
    return MarkupRules(
        tags=frozenset(tag for pattern in patterns("tag") for tag in pattern.split("|")),
        role=_alternation(patterns("role")),
        attribute=_alternation(patterns("attribute"), r"(?m)^(?:{})$"),  # over "name=value" lines
        word=_alternation(patterns("word"), _WORD_TEMPLATE),
        name=_alternation(patterns("class")),
        link=_alternation(patterns("link"), _WORD_TEMPLATE),
        page_tags=frozenset(tag for pattern in patterns("page-tag") for tag in pattern.split("|")),
    )


@text_memo(maxsize=8192)
def _names(value: str) -> tuple[str, ...]:
    """Class names or an id in lower case, camelCase words split by '-' ('cookieBanner' -> 'cookie-banner'),
    but not those that say what an element holds or shows ('has-navbar', 'no-sidebar' on a page's main content)
    or where one of its parts sits (WoltLab's 'messageSidebarOrientationLeft' on a post)."""
    return tuple(name for name in (_CAMEL.sub("-", name).lower() for name in value.split()) if not _HOLDS.match(name))


ACTIONS = ("drop", "question", "comment", "author")
DISCUSSIONS = frozenset(("DiscussionForumPosting", "SocialMediaPosting"))  # pages whose comments are their content (a QAPage's are remarks on its answers)


@text_memo(maxsize=16384)
def _named(value: str, link: bool) -> tuple[bool, ...]:
    """For each action, whether a class attribute or an id matches one of its rules (link rules too when `link`)."""
    names = _names(value)
    verdicts = []
    for rules in map(markup_rules, ACTIONS):
        link_rule = rules.link if link else None
        verdicts.append(any(
            (rules.word and rules.word.search(n)) or (rules.name and rules.name.fullmatch(n)) or (link_rule and link_rule.search(n))
            for n in names
        ))
    return tuple(verdicts)


def _discussion_body(body) -> bool:
    """A forum's thread says so in its body's class or id (Vanilla's "Discussion", phpBB's "section-viewtopic")."""
    rules = markup_rules("discussion")
    return bool(rules.name) and any(rules.name.fullmatch(n) for n in _names(f"{body.get('class') or ''} {body.get('id') or ''}"))


def _landmark(element, rules: MarkupRules) -> bool:
    """True when a rule names this element by its tag or ARIA role (never misleading, unlike class names)."""
    tag, role = element.tag, (element.get("role") or "").strip().lower()
    return (
        tag in rules.tags or (tag in rules.page_tags and not any(a.tag in SECTIONS for a in element.iterancestors()))
        or bool(role and rules.role and rules.role.fullmatch(role))
    )


def verdicts(element) -> tuple[bool, ...]:
    """For each action (furniture to drop, FAQ widget title, comment thread, a post's writer), whether a rule names
    this element by its tag, role, attribute, class or id."""
    attributes = element.attrib
    pairs = "\n".join(f"{k}={v}" for k, v in attributes.items())
    found = [
        _landmark(element, rules) or bool(pairs and rules.attribute and rules.attribute.search(pairs))
        for rules in map(markup_rules, ACTIONS)
    ]
    if attributes and not all(found) and not _pandoc_row(element):
        link = element.tag == "a"
        if attributes.get("id") and _anchor(attributes["id"], element):
            return tuple(found)  # a heading anchored by its own words is content, whatever its classes say ("anchorWithStickyNavbar")
        by_id = _named(attributes.get("id", ""), link)
        found = [a or b or c for a, b, c in zip(found, _named(attributes.get("class", ""), link), by_id)]
    return tuple(found)


def _pandoc_row(element) -> bool:
    """A table row as Pandoc (Quarto, R Markdown) writes it, <tr class="header">, <tr class="odd">:
    the table's own row, whatever its class says elsewhere."""
    return element.tag == "tr" and set((element.get("class") or "").split()) <= _PANDOC_ROW_CLASSES and not element.get("id")


def _letters(value: str) -> str:
    """Letters and digits alone, in lower case: how an id or an address spells a heading's words."""
    return "".join(c for c in value.lower() if c.isalnum())


def _anchor(identifier: str, element) -> bool:
    """An id made of the element's own words, as wikis and CMSs anchor headings
    ("Which_treatments_have_members_found_helpful?"): it names the text, not a part of the page."""
    wanted, seen = _letters(identifier), ""
    for piece in element.itertext():  # stops as soon as the text outgrows the id: a container is no anchor
        seen += _letters(piece)
        if len(seen) > len(wanted):
            return False
    return bool(wanted) and seen == wanted


def _aria_heading(element) -> int:
    """The level of an element that is a heading by its ARIA role (`role=heading aria-level=n`), else 0."""
    if (element.get("role") or "").strip().lower() != "heading":
        return 0
    level = (element.get("aria-level") or "").strip()
    return min(int(level), 6) if level.isdigit() and int(level) > 0 else 2  # WAI-ARIA: level 2 by default


def _item(title):
    """The element holding a widget title and its answer: the nearest ancestor with more text than
    the title (an accordion item, a <details>, the <dl> of a <dt>), if any."""
    own = _visible_length(title)
    container = title.getparent()
    while container is not None and container.tag != "body" and _visible_length(container) <= own:
        container = container.getparent()
    return container if container is not None and container.tag != "body" else None


def _glyph(element) -> bool:
    """An element that draws an icon with a character or two ("+", "−", "▾"), not words."""
    text = "".join(element.itertext()).strip()
    return 0 < len(text) <= 2 and not any(c.isalnum() for c in text)


def _visible_length(element) -> int:
    """Characters of text in an element, white space aside."""
    return len("".join(etree.tostring(element, method="text", encoding=str, with_tail=False).split()))


def _parse(source: str):
    """The element tree of an HTML document: lxml's plain elements (lxml.html's Python class lookup
    per node costs more than the whole walk) from its thread-local default HTML parser."""
    tree = etree.HTML(source)
    if tree is None:
        raise etree.ParserError("empty document")
    return tree


def is_table_of_contents(element, page_addresses: frozenset[str] = frozenset()) -> bool:
    """A list of two or more items that are nothing but links to places on this page ('#q1', or
    the page's own address with a fragment), numbers aside ('1. <a href="#q1">...</a>')."""
    items = [child for child in element if child.tag == "li"]
    if len(items) < 2:
        return False
    for item in items:
        text = _visible_length(item)
        hrefs = ((a, a.get("href") or "") for a in item.iter("a"))
        linked = sum(_visible_length(a) for a, href in hrefs if "#" in href and href.split("#", 1)[0] in page_addresses | {""})
        if not linked or text - linked > TOC_NUMBERING:
            return False
    return True


class _Record:
    """A span of the text an element produced: start when its first word is written, end when it closes."""
    __slots__ = ("element", "kind", "level", "start", "end")

    def __init__(self, element, kind: str, level: int = 0):
        self.element, self.kind, self.level = element, kind, level
        self.start: int | None = None
        self.end: int | None = None


class _Renderer:
    """Writes an element tree as plain text, block by block, recording marks and element spans."""

    def __init__(self, drop=None, watched: frozenset = frozenset(), styled_questions: frozenset = frozenset(), discussion: bool = False, writers: bool = False,
                 tab_panels: dict | None = None):
        self.drop = drop or (lambda element, furniture, title: False)
        self.tab_panels = tab_panels or {}  # a tab panel -> its tab and its label's heading level (None: its own title stands over it)
        self.tabs = {tab for tab, _ in self.tab_panels.values()}  # written over their panels, not where they stand
        self.discussion = discussion  # a forum thread: its comments are not furniture, each ends with a rule
        self.writers = writers  # its posts name their writers (Vanilla's AuthorWrap): kept over each post
        self.comments: set = set()
        self.holding: set = set()  # comments that hold other comments (a reply's wrapper, a thread)
        self.watched = watched
        self.styled_questions = styled_questions
        self.parts: list[str] = []
        self.length = 0
        self.gap = 0  # line breaks owed before the next word: 1 after <br>, 2 between blocks
        self.space = False
        self.prefix = ""
        self.bold = 0
        self.pre = 0
        self.in_title = 0  # depth inside FAQ widget titles, whose "+" and arrow glyphs are not text
        self.in_heading = 0  # depth inside headings, whose permalinks ("¶", "#") are not text
        self.items: dict = {}  # open element -> the item records of the widget titles it holds
        self.line_start = 0
        self.line_bold = self.line_plain = False
        self.bold_lines: list[tuple[int, int]] = []
        self.waiting: list[_Record] = []
        self.records: list[_Record] = []
        self.panels: set[str] = set()  # ids a rendered widget title names as its panel (aria-controls)
        self.titles: set[str] = set()  # ids of rendered widget titles (a panel's aria-labelledby)
        self.password = False

    def _write(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)

    def _end_line(self) -> None:
        if self.line_bold and not self.line_plain:
            self.bold_lines.append((self.line_start, self.length))
        self.line_bold = self.line_plain = False

    def block(self) -> None:
        self.gap, self.space = (2 if self.length else 0), False

    def line_break(self) -> None:
        self.gap, self.space = (max(self.gap, 1) if self.length else 0), False

    def text(self, value: str | None) -> None:
        if not value:
            return
        if self.pre:
            for number, line in enumerate(value.split("\n")):
                if number:
                    self.line_break()
                self._words(line)
        else:
            self._words(value)

    def _words(self, value: str) -> None:
        value = value.translate(_INVISIBLE)
        words = value.split()
        if not words:
            self.space = self.space or bool(value)
            return
        if self.gap or not self.length:
            if self.length:
                self._end_line()
                self._write("\n" * self.gap)
            self._write(self.prefix)
            self.prefix, self.gap, self.line_start = "", 0, self.length
        elif self.space or value[0].isspace():
            self._write(" ")
        for record in self.waiting:
            record.start = self.length
        self.waiting.clear()
        self._write(" ".join(words))
        if self.bold:
            self.line_bold = True
        else:
            self.line_plain = True
        self.space = value[-1].isspace()

    def _open(self, element, title: bool) -> tuple[bool, bool, list[_Record]]:
        tag = element.tag
        if tag in BLOCKS:
            self.block()
        if tag == "br":
            self.line_break()
        elif tag == "hr":
            self._words(RULE)
        elif tag == "li":
            self.prefix = "- "
        elif tag == "pre":
            self.pre += 1
        bold = tag in BOLD or bool(_BOLD_STYLE.search(element.get("style", "")))
        self.bold += bold
        records = []
        level = HEADINGS.get(tag) or _aria_heading(element)
        if level:
            self.in_heading += 1
            records.append(_Record(element, "heading", level))
        if title:
            self.in_title += 1
            records.append(_Record(element, "question"))
            container = _item(element)
            if container is not None:
                item = _Record(element, "item")
                records.append(item)
                self.items.setdefault(container, []).append(item)
            self.panels.update((element.get("aria-controls") or "").split())
            self.titles.update((element.get("id") or "").split())
        if element in self.watched:
            records.append(_Record(element, "element"))
        if tag in ("th", "td") and _column_header(element):
            records.append(_Record(element, "column"))
        if tag in TABLE_PARTS:
            records.append(_Record(element, TABLE_PARTS[tag], _table_level(element)))
        self.waiting += records
        return bold, title, records

    def _close(self, element, bold: bool, title: bool, records: list[_Record]) -> None:
        for record in records:
            if record.start is None:
                self.waiting.remove(record)
            elif record.kind != "item":  # an item ends with its container, below
                record.end = self.length
                self.records.append(record)
        for item in self.items.pop(element, []):
            if item.start is not None:
                item.end = self.length
                self.records.append(item)
        self.bold -= bold
        self.in_title -= title
        self.in_heading -= any(record.kind == "heading" for record in records)
        if element.tag == "li":
            self.prefix = ""
        elif element.tag == "pre":
            self.pre -= 1
        if element.tag in BLOCKS:
            self.block()
        elif (self.in_title or self.in_heading) and not len(element) and _BADGE_NUMBER.fullmatch(element.text or "") and self.length - self.line_start == len(element.text.strip()):
            self.space = True  # a question's number set as a badge at its start ("<span class="num">1</span>What is TMD?"): a word of its own
        if element in self.comments and element not in self.holding and not self._asked():  # an answer never runs into the next reply; a question does, into its replies
            self.block()
            self._words(RULE)
            self.block()

    def _label(self, tab, panel, level: int) -> None:
        """A tab's words as its panel's heading; label and panel are one entry, so the answer ends with the panel."""
        self.block()
        record, item = _Record(tab, "heading", level), _Record(panel, "item")
        self.waiting += (record, item)
        self.items.setdefault(panel, []).append(item)
        self._words(" ".join("".join(tab.itertext()).split()))
        if record.start is None:
            self.waiting.remove(record)
        else:
            record.end = self.length
            self.records.append(record)
        self.block()

    def _asked(self) -> bool:
        """The text written so far ends with a question."""
        return next((part for part in reversed(self.parts) if part.strip()), "").rstrip().endswith("?")

    def _panel(self, element) -> bool:
        """True for the panel of a widget title already rendered: an answer, even in a <nav> (Webflow)."""
        if not self.panels:
            return False
        return element.get("id") in self.panels or bool(self.titles & set((element.get("aria-labelledby") or "").split()))

    def render(self, root) -> None:
        stack: list[tuple] = [(root, None)]
        while stack:
            element, opened = stack.pop()
            if opened is not None:
                self._close(element, *opened)
                if element is not root:
                    self.text(element.tail)
                continue
            tag = element.tag
            text_element = isinstance(tag, str) and tag not in NOT_TEXT  # not a comment, script or image
            furniture, title, comments, author = verdicts(element) if text_element else (True, False, False, False)
            furniture = furniture or (comments and not self.discussion) or (author and not self.writers) or (comments and tag in HEADINGS)  # a thread's "Comments" heading, in a discussion too
            if comments and self.discussion and text_element:
                self.holding.update(a for a in element.iterancestors() if a in self.comments)
                self.comments.add(element)
            title = (title or element in self.styled_questions) and element.find(".//summary") is None  # a disclosure's title is its summary, whatever the class of the <details> or its wrapper says
            if text_element and (self.in_title or (self.in_heading and tag == "a" and (element.get("href") or "").startswith("#"))) and _glyph(element):
                text_element = False
            if text_element and tag == "button" and not any(c.isalpha() for c in "".join(element.itertext())):
                text_element = False  # a counter ("Upvote this question, 7 votes": an icon and "7"), not words
            if element in self.tabs:
                text_element = False
            if text_element and (element is root or not self.drop(element, furniture, title) or self._panel(element)):
                if element in self.tab_panels and (label := self.tab_panels[element])[1] is not None:
                    self._label(label[0], element, label[1])
                opened = self._open(element, title)
                self.text(element.text)
                stack.append((element, opened))
                stack.extend((child, None) for child in reversed(element))
                continue
            if tag in ("input", "form"):  # a log-in form is furniture, but says what the page is
                self.password |= any((i.get("type") or "").lower() == "password" for i in element.iter("input"))
            if element is not root:
                self.text(element.tail)

    def result(self) -> tuple[str, tuple[Mark, ...], dict]:
        """The text, its marks (one line each) and the span of each watched element."""
        self._end_line()
        text = "".join(self.parts) + ("\n" if self.parts else "")
        marks, spans = [], {}
        for record in self.records:
            start, end = record.start, record.end
            while end > start and text[end - 1].isspace():
                end -= 1
            if record.kind == "element":
                spans[record.element] = (start, end)
            elif start < end and (record.kind in SPANNING or "\n" not in text[start:end]):
                marks.append(Mark(start, end, record.kind, record.level))
        headings = {mark.start for mark in marks if mark.kind == "heading"}
        marks += [Mark(start, end, "bold") for start, end in self.bold_lines if start not in headings]
        return text, tuple(sorted(set(marks), key=lambda m: (m.start, m.kind, m.end, m.level))), spans  # a total order: a set's order varies with the hash seed


def _span(cell) -> int:
    colspan = (cell.get("colspan") or "").strip()
    return int(colspan) if colspan.isdigit() and 0 < int(colspan) < 100 else 1


def _table_level(element) -> int:
    """What a table part's mark keeps of its place: a cell its column (its colspan-wide
    neighbours before it counted), a row 1 when it heads its table (in <thead>, or of header cells
    only), so that an empty cell or a header of <td>s shifts nothing."""
    if element.tag in ("td", "th"):
        return sum(_span(c) for c in element.itersiblings(preceding=True) if c.tag in ("td", "th"))
    if element.tag == "tr":
        cells = [c for c in element if c.tag in ("td", "th")]
        section = element.getparent()
        return int((section is not None and section.tag == "thead") or (len(cells) >= 2 and all(c.tag == "th" for c in cells)) or _bold_header(element))
    return 0


def _bold_header(row) -> bool:
    """A table's first row of cells each wholly in bold ("<td><strong>Provider</strong></td>"; an
    empty corner cell too) when no other row is: a rich-text editor's column names, as header cells
    are (not a table of bold questions over their answers)."""
    if any(sibling.tag == "tr" for sibling in row.itersiblings(preceding=True)):
        return False  # asked of every cell: most rows are not their table's first
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    rows = [r for r in table.iter("tr") if next((a for a in r.iterancestors() if a.tag == "table"), None) is table] if table is not None else [row]
    return rows[0] is row and _all_bold(row) and not any(_all_bold(other) for other in rows[1:])


def _all_bold(row) -> bool:
    cells = [c for c in row if c.tag in ("td", "th")]
    worded = [c for c in cells if "".join(c.itertext()).split()]
    return len(worded) >= 2 and len(cells) - len(worded) <= 1 and all("".join(c.itertext()).split() == _bold_words(c) for c in worded)


def _bold_words(cell) -> list[str]:
    """The words of a cell set in bold, each once however deep the bold nests."""
    outermost = [b for b in cell.iter("strong", "b") if not any(a.tag in ("strong", "b") for a in b.iterancestors() if a is not cell and cell in a.iterancestors())]
    return " ".join("".join(b.itertext()) for b in outermost).split()


def _column_header(cell) -> bool:
    """A table's column name ("Billed to insurance?" over a price list): one of the header cells of
    the table's head, or of a row of header cells only; not a th that titles its row beside the cell
    it labels, nor a head's one cell (a table per question, its question spanning the columns); a
    first row of bold cells too."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return False
    section = row.getparent()
    if cell.tag == "td":
        return _bold_header(row)
    return sum(c.tag == "th" for c in row) >= 2 and ((section is not None and section.tag == "thead") or not any(c.tag == "td" for c in row))


def _page_h1(root):
    """The page's title: its first h1 outside the site's header, navigation, sidebars and footer
    (where a theme may set its logo in an h1)."""
    rules = markup_rules("drop")
    return next((h for h in root.iter("h1") if not any(_landmark(a, rules) for a in h.iterancestors())), None)


def content_root(body):
    """The element that holds the page's content: its <main> (or role=main), else the <article>
    that holds the h1 (or the only one), when it holds a fair share of the text; else the body."""
    total = _visible_length(body) or 1
    main = next((e for e in body.iter() if e.tag == "main" or (e.get("role") or "").lower() == "main"), None)
    h1 = _page_h1(body)
    articles = list(body.iter("article"))
    holding_h1 = [a for a in articles if h1 is not None and a in h1.iterancestors()]
    article = holding_h1[0] if holding_h1 else (articles[0] if len(articles) == 1 else None)
    for candidate in (main, article):
        if candidate is not None and _visible_length(candidate) >= MAIN_SHARE * total:
            return candidate
    return body


def with_title(root, body):
    """The content root with the page's h1 before it when the h1 stands outside and ahead of it,
    within one wrapper below the body (a Q&A site's question title above its <main>, not a sidebar's
    or a site header's h1): a page's text never loses its title. The tree is rearranged: a new
    wrapper holds the title, then the root."""
    h1 = _page_h1(body)
    if root is body or h1 is None or root in h1.iterancestors() or h1 in root.iterancestors():
        return root
    above_title = set(h1.iterancestors())
    if next(a for a in root.iterancestors() if a in above_title) is body:
        return root
    if next(e for e in body.iter() if e is h1 or e is root) is not h1:
        return root
    wrapper = etree.Element("div")
    root.getparent().replace(root, wrapper)
    h1.getparent().remove(h1)  # with its tail, which stood outside the content too
    h1.tail = None
    wrapper.extend((h1, root))
    return wrapper


_WIDGET_CLASS = re.compile(r"(?i)\baccordion[-_]|[-_]accordion\b")  # "brz-accordion__nav", "accordion-nav"


def _widget_title(element, title: bool) -> bool:
    """An accordion's title that its class names with a word of furniture ("brz-accordion__nav"
    with aria-expanded, its "brz-accordion__nav--title"): the widget's, not a menu (a "Show" toggle
    beside the title stays furniture)."""
    classes = element.get("class") or ""
    return not _landmark(element, markup_rules("drop")) and bool(_WIDGET_CLASS.search(classes)) and (title or "title" in classes.lower())


def _furniture(root, address: str | None):
    """The drop predicate for one page: the rules, less the protection of the content's wrappers."""
    page_addresses = frozenset({address, urlsplit(address).path} - {""}) if address else frozenset()
    h1 = _page_h1(root)
    protected = {h1, *h1.iterancestors()} if h1 is not None else set()
    half = _visible_length(root) / 2
    kin_lengths: dict[tuple, int] = {}

    def kin_length(element) -> int:
        """The text of the element and its siblings of the same tag and classes (ids and numbers
        aside): a forum's posts ("comment") hold the page's text together, each little of it."""
        parent, key = element.getparent(), _kind(element)
        if parent is None or not key[1]:
            return _visible_length(element)
        if (parent, key) not in kin_lengths:  # the element itself, not id(): lxml makes a new proxy, perhaps at a freed one's address, each time a node is reached
            kin = [s for s in parent if _kind(s) == key]
            kin_lengths[parent, key] = sum(map(_visible_length, kin)) if len(kin) >= MIN_KIN else _visible_length(element)
        return kin_lengths[parent, key]

    def drop(element, furniture: bool, title: bool) -> bool:
        if isinstance(element.tag, str) and _quotation(element.getparent()) and element.tag != "blockquote" and not any(s.tag == "blockquote" for s in element.itersiblings(preceding=True)):
            return True  # a quotation's attribution ("marisol_k:") before the words quoted, which are the question
        if furniture:
            wrapper = (element in protected or (h1 is None and kin_length(element) > half) or _no_controls(element) or _quotation(element)
                       or _heading_words(element) or _note_box(element))
            return not wrapper and not (element.tag == "a" and title) and not _widget_title(element, title)  # an accordion title styled as a button
        return element.tag in ("ul", "ol") and is_table_of_contents(element, page_addresses)
    return drop


def _heading_words(element) -> bool:
    """A link to a place on the page or to the heading's own page (its words as the address's last
    part: "/faq/does-dry-needling-hurt"), inside a heading, that holds all its words (Sphinx's
    "toc-backref" link around a section title): whatever its classes say, dropping it would leave
    the heading empty. A link elsewhere (a "Book now" button, a related post) is what its classes say."""
    href = element.get("href") or ""
    if element.tag != "a" or not (href.startswith("#") or _letters(href.split("?")[0].rstrip("/").rsplit("/", 1)[-1]) == _letters("".join(element.itertext()))):
        return False
    heading = next((a for a in element.iterancestors() if a.tag in HEADINGS or _aria_heading(a)), None)
    return heading is not None and _letters("".join(element.itertext())) == _letters("".join(heading.itertext())) != ""


def _kind(element) -> tuple:
    """An element's tag and its classes less those naming one item ("id-t1_kzq81v2", "post-42")."""
    classes = element.get("class") if isinstance(element.tag, str) else None
    return element.tag, frozenset(c for c in (classes or "").split() if not any(ch.isdigit() for ch in c))


def _quotation(element) -> bool:
    """A forum reply's quotation of the post it answers (Discourse's `<aside class="quote">` around a
    <blockquote>) is content: the question the reply answers, not a sidebar."""
    return element is not None and element.tag == "aside" and "quote" in _names(element.get("class", "")) and next(element.iter("blockquote"), None) is not None


def _note_box(element) -> bool:
    """An <aside> that follows a paragraph of the text ("Good to know: cupping is not for people on
    blood thinners") and that no class or id names as furniture: a note of the answer, not a sidebar."""
    if element.tag != "aside" or _visible_length(element) > NOTE_BOX_CHARS:
        return False
    words = " ".join("".join(element.itertext()).split())
    if not words.endswith(".") or 2 * sum(len("".join(a.itertext()).strip()) for a in element.iter("a")) > len(words):
        return False  # a statement of its own, not a link list, "Related: Does cupping work?" nor "Book online today!"
    previous = element.getprevious()
    return (
        previous is not None and previous.tag == "p" and len("".join(previous.itertext()).split()) >= NOTE_BOX_AFTER_WORDS
        and (element.get("role") or "note").strip().lower() == "note"  # a footnote ("doc-footnote") is furniture
        and not any(_named(element.get(name, ""), False)[0] for name in ("class", "id"))
    )


def _no_controls(element) -> bool:
    """A <form> without a field or a button wraps content (a forum post's body), it asks nothing."""
    return element.tag == "form" and next(element.iter("input", "textarea", "select", "button"), None) is None


def _landmarks_only(element, furniture: bool, title: bool) -> bool:
    """The drop predicate of last resort: furniture by tag and role only."""
    return _landmark(element, markup_rules("drop"))


def _styled_questions(root) -> frozenset:
    """Elements styled as the page's questions are (site builders give every question of a FAQ one
    generated class: Framer, Duda, Wix): the elements of a style, outside headings, most of which
    ask a question of a line. Each is a FAQ title, "What to expect at your first visit" too."""
    styles: dict[tuple, list] = {}
    for element in root.iter():
        if (isinstance(element.tag, str) and element.get("class") and element.tag not in HEADINGS and element.tag not in NOT_TEXT
                and not any(a.tag in HEADINGS for a in element.iterancestors())):  # headings are marked as such
            styles.setdefault((element.tag, frozenset(element.get("class").split())), []).append(element)  # a generated class is the style
    styled = []
    for elements in styles.values():
        if len(elements) < MIN_STYLED_QUESTIONS or any(e.tag in BLOCKS for child in elements for e in child.iterchildren()):
            continue
        lines = [" ".join("".join(element.itertext()).split()) for element in elements]
        asked = sum(0 < len(line) <= MAX_QUESTION_CHARS and line.endswith("?") for line in lines)
        if asked >= MIN_STYLED_QUESTIONS and asked >= STYLED_QUESTION_SHARE * len(elements):
            styled += [element for element, line in zip(elements, lines) if 0 < len(line) <= MAX_QUESTION_CHARS]
    return frozenset(styled)


def _asks_its_commenters(root, text: str, marks: tuple[Mark, ...]) -> bool:
    """A post that asks its readers in its own words (a journal community's entry: "Who actually
    gives trigger point injections? My rheumatologist ..."), short beside the replies under it: its
    comments answer it, as a forum thread's do, though the page does not say it is one. A post
    whose questions are its headings answers them itself (a blog's "Is dry needling safe?")."""
    words = len(text.split())
    if words > ASKING_POST_WORDS or not 1 <= text.count("?") <= MAX_POST_QUESTIONS:  # a FAQ asks many times
        return False
    headings = [(mark.start, mark.end) for mark in marks if mark.kind == "heading"]
    if all(any(start <= at < end for start, end in headings) for at in (i for i, c in enumerate(text) if c == "?")):
        return False
    forms = {above for field in root.iter("form", "textarea", "input") for above in (field, *field.iterancestors())}  # the comment form, and what holds it
    said = {element: len(" ".join(element.itertext()).split()) for element in root.iter()
            if isinstance(element.tag, str) and element.tag not in NOT_TEXT and element not in forms and verdicts(element)[2]}
    holding = {above for element, count in said.items() if count >= MIN_REPLY_WORDS for above in element.iterancestors()}
    replies = [count for element, count in said.items() if count >= MIN_REPLY_WORDS and element not in holding]  # a comment's own words: no comment of words within
    return len(replies) >= MIN_REPLIES and sum(replies) >= REPLIES_SHARE * words


def _posts_by_writers(root) -> bool:
    """A thread whose comments hold their writer's card (an "author" element): the writers' cards
    are the thread's, not an article's author box."""
    return any(isinstance(element.tag, str) and verdicts(element)[3] and any(verdicts(above)[2] for above in element.iterancestors()) for element in root.iter())


def _tab_panels(root) -> dict:
    """Each tab panel of a tab list that stands apart from its panels, with its tab and the level
    of heading its label takes. A tab names its panel by aria-controls or a "#id" link, its own
    (Bootstrap's data-bs-toggle="tab") or one inside it, or by a number both carry (data-tab), or the panel names its tab by aria-labelledby. Read where
    it stands, a tab's question would be far from its answer; an accordion's tab header, just
    over its panel, is read as it stands. A button without a tab's role that controls a panel with
    a title of its own (level None) is a tab too, one whose label the panel's title says again."""
    by_id, labelled_by = {}, {}
    for element in root.iter():
        if isinstance(element.tag, str):
            if element.get("id"):
                by_id[element.get("id")] = element
            labelled_by.update((tab_id, element) for tab_id in (element.get("aria-labelledby") or "").split())
    groups: dict = {}
    level = 1
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        own = HEADINGS.get(element.tag) or _aria_heading(element)
        toggle = (element.get("data-bs-toggle") or element.get("data-toggle") or "").strip().lower()
        tab_role = _role(element) == "tab" or toggle in ("tab", "pill")
        if tab_role or (element.tag in ("button", "a") and element.get("aria-controls")):
            href = element.get("href") or next((a.get("href") for a in element.iter("a") if (a.get("href") or "").startswith("#")), "")  # ShortPoint's <li role="tab"><a href="#sp-tab-0">
            named = (element.get("aria-controls") or "").split() or ([href[1:]] if href.startswith("#") else [])
            panels = [by_id[i] for i in named if i in by_id] + [labelled_by[i] for i in (element.get("id") or "").split() if i in labelled_by]
            if not panels and tab_role and element.get("data-tab"):
                panels = _numbered_panels(element)
            panel = next((p for p in panels if p is not element), None)
            if panel is not None and element not in panel.iterancestors() and panel not in element.iterancestors():
                titled = _titled(panel, element)
                if tab_role or titled:
                    tablist = _tablist(element)
                    tablist = tablist if tablist is not None else element.getparent()
                    groups.setdefault(tablist, []).append((panel, element, None if titled else own or min(level + 1, 6)))
        level = own or level
    return {panel: (tab, tab_level) for tabs in groups.values() if not all(_just_over(tab, panel) for panel, tab, _ in tabs)
            for panel, tab, tab_level in tabs}


def _numbered_panels(tab) -> list:
    """The tab panels of the tab's widget that carry its number (JetTabs: a tab and its panel
    share data-tab="3", with no ids between them)."""
    tablist = _tablist(tab)
    widget = tablist.getparent() if tablist is not None else None
    if widget is None:
        return []
    return [p for p in widget.iter() if isinstance(p.tag, str) and _role(p) == "tabpanel" and p.get("data-tab") == tab.get("data-tab")]


def _tablist(tab):
    return next((a for a in tab.iterancestors() if _role(a) == "tablist"), None)


def _role(element) -> str:
    return (element.get("role") or "").strip().lower()


def _titled(panel, tab) -> bool:
    """The panel has a title of its own right over it, other than the tab (Impreza's tabs, each
    panel under an accordion header for small screens, "What is dry needling?" under the tab's "What
    is it?"): the tab's label is written nowhere."""
    title = panel.getprevious()
    return (title is not None and title is not tab and isinstance(title.tag, str) and any(c.isalpha() for c in "".join(title.itertext()))
            and (title.tag == "button" or title.tag in HEADINGS or title.get("aria-expanded") is not None))


def _just_over(tab, panel) -> bool:
    """The panel is the next element after the tab or after a wrapper of it (an accordion's header)."""
    node = tab
    while node is not None and node not in panel.iterancestors():
        if node.getnext() is panel:
            return True
        node = node.getparent()
    return False


def _render(root, drop, watched: frozenset = frozenset(), discussion: bool = False) -> tuple[str, tuple[Mark, ...], dict, bool]:
    """The text of root, its marks, the spans of watched elements, and whether a password form was seen."""
    renderer = _Renderer(drop, watched, _styled_questions(root), discussion, discussion and _posts_by_writers(root), _tab_panels(root))
    renderer.render(root)
    return (*renderer.result(), renderer.password)


def render_fragment(markup: str) -> str:
    """Text in a JSON-LD property (HTML or entities allowed) as the page would show it; HTML that a
    plugin escaped twice ('&lt;p&gt;') is rendered once more."""
    for _ in range(2):
        if "<" not in markup and "&" not in markup:
            break
        renderer = _Renderer()
        try:
            renderer.render(_parse(f"<div>{markup}</div>").find(".//body/div"))
        except (etree.ParserError, AttributeError):
            break
        markup = renderer.result()[0].strip()
        if not _TAG.search(markup):
            break
    return " ".join(markup.split()) if "\n" not in markup else markup


def _jsonld(tree) -> tuple[list, list[str]]:
    values, problems = [], []
    blocks = [s for s in tree.iter("script") if (s.get("type") or "").strip().lower() == "application/ld+json"]
    for number, script in enumerate(blocks, start=1):
        found, problem = load_blocks(script.text or "")
        values += found
        if problem:
            problems.append(f"JSON-LD block {number} partly unreadable ({problem})")
    return values, problems


def read_html(data: bytes, name: str, charset: str | None = None) -> Reading:
    """A saved web page: its main content as text, its FAQPage pairs located in that text, its own
    provenance, and warnings (charset fallback, unreadable JSON-LD, structured-only questions).

    `charset` is the one the server sent when the page was fetched (sources.csv).
    """
    decoded = decode_page(data, charset)
    source = _XML_DECLARATION.sub("", decoded.text, count=1)
    try:
        tree = _parse(source)
    except (etree.ParserError, ValueError):
        raise UnusableSource(name, "no main content (an empty page)") from None
    values, problems = _jsonld(tree)
    metadata, origins = page_metadata(tree, source, values)
    microdata = microdata_faq(tree)
    etree.strip_elements(tree, *STRIPPED, with_tail=False)
    body = tree.find("body")
    body = body if body is not None else tree
    discussion = bool(declared_types(values, tree) & DISCUSSIONS) or _discussion_body(body)
    root = with_title(content_root(body), body)
    watched = frozenset(e for d in microdata for e in (d.question_element, d.answer_element) if e is not None)
    furniture = _furniture(root, metadata.get("source_url"))
    text, marks, spans, password = _render(root, furniture, watched, discussion)
    if not discussion and _asks_its_commenters(root, text, marks):
        text, marks, spans, password = _render(root, furniture, watched, True)
    notes = []
    if len(text.split()) < MIN_WORDS:  # class names can mislead: a page is never lost to them
        fallback = _render(body, _landmarks_only, watched)
        if len(fallback[0].split()) >= MIN_WORDS:
            (text, marks, spans, password), notes = fallback, ["little text was left once furniture named by class was left out; read with only tags and roles as furniture"]
    words = len(text.split())
    if password and words < LOGIN_WALL_WORDS:
        raise UnusableSource(name, f"a login wall (a password form and {words} words of text), not a page to read")
    if words < MIN_WORDS:
        raise UnusableSource(name, f"no main content ({words} words of text; a page built by JavaScript?)")
    declared: list[Declared] = jsonld_faq(values, render_fragment) + microdata
    pairs, located = locate(text, declared, spans) if declared else ((), [])
    warnings = [w for w in (decoded.warning, *problems, *notes, *located) if w]
    return Reading(text, "html", metadata, origins, pairs, marks, warnings=tuple(warnings))
