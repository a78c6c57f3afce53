"""Question/answer pairs of a spreadsheet or FAQ plugin's export: comma-, semicolon- or
tab-separated rows (RFC 4180 quoting) under a header that names a question column and an answer
column (or such a sheet printed as a table in text), a flashcard deck Anki exported as notes in
plain text, or a set of cards exported one a line, front and back split by a tab and no header
(Quizlet), whose fronts ask. Spans are the file's own characters: a quoted field's lies inside
its quotes, a doubled quote inside it stays as written. Rows a status column marks unpublished
("draft") are no pairs.
"""

from __future__ import annotations

import re

from pipeline.extract.questions import STATUS_COLUMN, QAPair, reads_as_question, unpublished
from pipeline.extract.tables import find_tables

DELIMITERS = (",", ";", "\t")
HEADER_LINES = 3  # lines the header row may be down from the top (a title row, a blank row)
MAX_HEADER_CHARS = 300  # a header row of column names, not a paragraph that says "question" and "answer"
MIN_FITTING_SHARE = 0.8  # of the rows below the header, those with the header's number of fields
MIN_CARDS = 3  # lines of a headerless "front<TAB>back" export, for it to be a set of cards
MIN_ASKING_SHARE = 0.5  # of its fronts, those that ask, for its cards to be pairs (not a glossary of terms)
MAX_FRONT_CHARS = 250  # a longer front is a paragraph, not a card's question
_AND_THEN = re.compile(r"[ \t]+(?:and|or|also|plus)[ \t,]+(?=[^.!?\n]+$)")  # "how much is it? and is it covered by my benefits": a second question, its "?" left off
_QUESTION_COLUMN = re.compile(r"(?:[a-z]+[ _-]){0,2}questions?|q")  # "Question", "FAQ question", Smartsheet's "Client Question"
_ANSWER_COLUMN = re.compile(r"(?:[a-z]+[ _-]){0,2}answers?(?:\(s\))?|a")  # "Approved Answer", Zoom's Q&A report: "Answer(s)"
_ANSWERED_BY = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+(?:,[ \t]*[A-Z][\w.&/-]*)*(?:[ \t]*\([^()\n]{1,60}\))?[ \t]+-[ \t]+")  # "Luis Ortega, PT, DPT (Physical Therapist) - " before a webinar panelist's answer
_ASKER_COLUMN = re.compile(r"asker(?:[ _-]?name)?|(?:question[ _-])?asked[ _-]by")  # a report's column of who asked (Zoom: "Asker Name", GoTo Webinar: "Question Asked By")
_ANSWERED_LIVE = re.compile(r"(?i:live answered|answered live)")  # a webinar's question answered aloud: no answer in the report
_CELL_LABEL = re.compile(r"(?:Q|Question)[ \t]*[:.)][ \t]+")  # a question cell's own label
_ANSWER_CELL_LABEL = re.compile(r"(?:A|Answer)[ \t]*[:.)][ \t]+")
_ASKER_LEAD = re.compile(r"[^:?!\t]{1,40}?\b(?i:asks|asked|wants to know|wonders|writes)\b[:,]?[ \t]+")  # a card's "Client asks: " before the question
_ANKI_HEADER = re.compile(r"#([a-z ]+):([^\n]*)\n")  # "#separator:tab", "#html:true", "#tags column:3"
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "colon": ":", "space": " "}
_ANKI_NOT_FIELDS = ("tags column", "notetype column", "deck column", "guid column")  # columns that are no field of a note

Row = list[tuple[int, int]]


class _NotDelimited(ValueError):
    pass


def _rows(text: str, delimiter: str, i: int = 0) -> list[Row]:
    """Every row's field spans from i on; a quote left open or text after a closing quote is no such file."""
    rows, row, n = [], [], len(text)
    while True:
        if text.startswith('"', i):
            j = i + 1
            while (k := text.find('"', j)) != -1 and text.startswith('"', k + 1):
                j = k + 2
            if k == -1:
                raise _NotDelimited
            row.append((i + 1, k))
            i = k + 1
            while text.startswith((" ", "\t"), i) and delimiter != "\t":
                i += 1
        else:
            stop = re.compile(re.escape(delimiter) + r"|\r?\n").search(text, i)
            end = stop.start() if stop else n
            row.append((i, end))
            i = end
        if i >= n:
            rows.append(row)
            return rows
        if text.startswith(delimiter, i):
            i += len(delimiter)
        elif text.startswith(("\n", "\r\n"), i):
            i += 2 if text.startswith("\r\n", i) else 1
            rows.append(row)
            row = []
            if i >= n:
                return rows
        else:
            raise _NotDelimited


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _column(names: list[str], pattern: re.Pattern) -> int | None:
    return next((i for i, name in enumerate(names) if pattern.fullmatch(name)), None)


def _pair(text: str, question: tuple[int, int], answer: tuple[int, int], reported: bool = False) -> QAPair | None:
    """`reported`: a report of questions people asked (it names their askers), each answered by
    someone it names before the answer, or answered live."""
    q_start, q_end = _trimmed(text, question)
    a_start, a_end = _trimmed(text, answer)
    if (label := _CELL_LABEL.match(text, q_start, q_end)) and label.end() < q_end:
        q_start = label.end()  # "Q: What is a trigger point injection?" in the question's own cell
    elif (lead := _ASKER_LEAD.match(text, q_start, q_end)) and lead.group().rstrip().endswith(":") and lead.end() < q_end:
        q_start = lead.end()  # "Client asks: is dry needling the same as acupuncture"
    if (label := _ANSWER_CELL_LABEL.match(text, a_start, a_end)) and label.end() < a_end:
        a_start = label.end()
    if (asked := text.rfind("?", q_start, q_end)) != -1 and not ((then := _AND_THEN.match(text, asked + 1, q_end)) and reads_as_question(text, then.end(), q_end)):
        q_end = asked + 1  # "Does insurance cover dry needling? I have Medicare": the asker's remark after the question
    if reported and (by := _ANSWERED_BY.match(text, a_start, a_end)):
        a_start = by.end()
    if reported and _ANSWERED_LIVE.fullmatch(text, a_start, a_end):
        return None
    return QAPair(text[q_start:q_end], q_start, q_end, text[a_start:a_end], a_start, a_end) if q_start < q_end else None


def anki_pairs(text: str) -> list[QAPair] | None:
    """A deck's notes, each a pair of its first two fields (front and back), or None when the text
    is no Anki export (its header names the separator, as Anki's always does)."""
    settings, at = {}, 0
    while header := _ANKI_HEADER.match(text, at):
        settings[header[1]] = header[2].strip()
        at = header.end()
    delimiter = _ANKI_SEPARATORS.get(settings.get("separator", "").lower(), settings.get("separator"))
    if not delimiter or len(delimiter) != 1:
        return None
    skipped = {int(settings[key]) - 1 for key in _ANKI_NOT_FIELDS if settings.get(key, "").isdigit()}
    try:
        rows = _rows(text, delimiter, at)
    except _NotDelimited:
        return None
    pairs = []
    for row in rows:
        fields = [span for i, span in enumerate(row) if i not in skipped]
        if len(fields) >= 2 and (pair := _pair(text, fields[0], fields[1])):
            pairs.append(pair)
    return pairs


def _header_starts(text: str) -> list[int]:
    """Where the header row may begin: the first line, or one of the first HEADER_LINES when a sheet
    downloaded as text carries its title row (and a blank row) above it; each line that names
    questions and answers, to be tried in turn (a title "Website questions and answers" too);
    further down, only a row whose fields are so named."""
    lowered_text = text.lower()
    if "question" not in lowered_text or "answer" not in lowered_text:
        return []  # most pages: one pass, not a split of every line
    starts, start = [], 0
    for number, (line, lowered) in enumerate(zip(text.split("\n"), lowered_text.split("\n"))):
        if "question" in lowered and "answer" in lowered and len(line) <= MAX_HEADER_CHARS and (
                any(d in line for d in DELIMITERS) if number < HEADER_LINES else _names_columns(lowered)):
            starts.append(start)
        start += len(line) + 1
    return starts


def _names_columns(line: str) -> bool:
    """A header row further down, under a report's other sections (Zoom's "Question Details"):
    one of its fields is named for questions, another for answers."""
    return any(_column(names, _QUESTION_COLUMN) is not None and _column(names, _ANSWER_COLUMN) is not None
               for names in ([name.strip().strip('"') for name in line.split(d)] for d in DELIMITERS if d in line))


def delimited_pairs(text: str) -> list[QAPair] | None:
    """The export's pairs, or None when the text is not such an export."""
    if text.startswith("#") and (pairs := anki_pairs(text)) is not None:
        return pairs
    for header_start in _header_starts(text):
        if (pairs := _pairs_below(text, header_start)) is not None:
            return pairs
    return card_pairs(text)


def table_pairs(text: str) -> list[QAPair]:
    """The rows of a table laid out in text whose column names name its questions and its answers
    among other columns ("| id | category | question | answer | updated |", as csvkit's csvlook
    prints a sheet): each row a pair."""
    lowered = text.lower()
    if "question" not in lowered or "answer" not in lowered:
        return []  # most pages: no table to look for
    pairs = []
    for table in find_tables(text, ()):
        names = [text[s:e].strip().strip("*_").lower() for s, e in table.header]
        question, answer, status = (_column(names, p) for p in (_QUESTION_COLUMN, _ANSWER_COLUMN, STATUS_COLUMN))
        if question is None or answer is None:
            continue
        for row in table.rows:
            if len(row.cells) != len(names) or (status is not None and unpublished(text[slice(*row.cells[status])])):
                continue
            if _asks(text, *_trimmed(text, row.cells[question])) and (pair := _pair(text, row.cells[question], row.cells[answer])):
                pairs.append(pair)
    return pairs


def _asks(text: str, start: int, end: int) -> bool:
    return start < end and (text[end - 1] == "?" or reads_as_question(text, start, end))


def card_pairs(text: str) -> list[QAPair] | None:
    """A set of cards exported one a line as "front<TAB>back" with no header (Quizlet's export):
    each card a pair, when most fronts ask ("What is a trigger point", "Client asks: will my
    benefits cover massage?", the asker's lead left out); None for any other text."""
    if "\t" not in text:
        return None
    cards, start = [], 0
    for line in text.split("\n"):
        end = start + len(line.rstrip("\r"))
        if line.strip():
            tab = text.find("\t", start, end)
            if tab == -1 or text.find("\t", tab + 1, end) != -1:
                return None
            cards.append(((start, tab), (tab + 1, end)))
        start += len(line) + 1
    fronts = [_trimmed(text, front) for front, _ in cards]
    asking = sum(_asks(text, s, e) for s, e in fronts)
    if len(cards) < MIN_CARDS or asking < MIN_ASKING_SHARE * len(cards) or any(e - s > MAX_FRONT_CHARS for s, e in fronts):
        return None
    pairs = []
    for (s, e), (_, back) in zip(fronts, cards):
        lead = _ASKER_LEAD.match(text, s, e)
        if pair := _pair(text, (lead.end() if lead else s, e), back):
            pairs.append(pair)
    return pairs


def _pairs_below(text: str, header_start: int) -> list[QAPair] | None:
    newline = text.find("\n", header_start)
    header_line = (text[header_start:] if newline == -1 else text[header_start:newline]).lower()
    for delimiter in DELIMITERS:
        if delimiter not in header_line:
            continue
        try:
            rows = _rows(text, delimiter, header_start)
        except _NotDelimited:
            continue
        names = [text[s:e].strip().strip('"').lower() for s, e in rows[0]]
        question, answer, status = (_column(names, p) for p in (_QUESTION_COLUMN, _ANSWER_COLUMN, STATUS_COLUMN))
        reported = _column(names, _ASKER_COLUMN) is not None
        body = rows[1:]
        if text.count("\n", 0, header_start) >= HEADER_LINES and (blank := next((i for i, row in enumerate(body) if not any(s < e for s, e in row)), None)) is not None:
            body = body[:blank]  # a report's section ends at a blank row (GoTo Webinar's "Questions Log" over its "Polls")
        body = [row for row in body if any(s < e for s, e in row)]
        fitting = [row for row in body if len(row) == len(names)]
        if question is None or answer is None or not body or len(fitting) < MIN_FITTING_SHARE * len(body):
            continue
        pairs = []
        for row in fitting:
            if status is not None and unpublished(text[slice(*row[status])]):
                continue
            if not text[slice(*row[answer])].strip() and (reported or not _asks(text, *_trimmed(text, row[question]))):
                continue  # a footer row under the sheet ("Rows: 5";"Last export: ...";"LibreOffice Calc 7.6"), nothing asked; a report's question left unanswered
            if pair := _pair(text, row[question], row[answer], reported):
                pairs.append(pair)
        return pairs
    return None
