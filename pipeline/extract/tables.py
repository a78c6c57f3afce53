"""A page's tables as rows of cells, each row with the names of its columns.

A web page's tables come from its markup (the reader marks every table, row and cell); a text's
from its lines: a Markdown table ("| Service | Offered by |" over "| --- | --- |", or without
its outer pipes), an AsciiDoc one (between "|===" lines), a table saved as text with its cells between tabs or laid out in columns of
spaces, or a spreadsheet's rows pasted as CSV ("Cupping,Licensed massage therapist,30,$55"),
its column names first. A table inside another is read on its own, and the outer one's rows that
hold it are no rows of a table: a page laid out in a table is no table of facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.memos import text_memo
from pipeline.sources.document import Mark

_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_BARE_PIPE_TABLE = re.compile(  # GitHub's Markdown lets a table leave out its outer pipes, when a rule row follows its column names
    r"^[ \t]*[^|\s\n][^\n]*\|[^\n]*\n[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?(?:\n[^\n]*\|[^\n]*)+", re.MULTILINE)
_ASCIIDOC_TABLE = re.compile(r"^(?:\[(?P<attributes>[^\]\n]*)\]\n)?\|===[ \t]*\n(?P<body>.*?)\n\|===[ \t]*$", re.MULTILINE | re.DOTALL)
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
MIN_COMMA_ROWS = 3  # lines of CSV in a row, for them to be a table (its column names, then two rows)
_TAB_ROW = re.compile(r"^[ \t]*[^\s|][^\t\r\n]*(?:\t+[^\t\r\n]*)+", re.MULTILINE)  # "Physical therapist<TAB>Dry needling"
_SEGMENT = re.compile(r"\S+(?: \S+)*")  # words one space apart: a cell's line, where a table is laid out in columns of spaces
ALIGN_SLACK = 2  # characters a cell may stand off its column name's start, in a table laid out in spaces
HEADER_WORDS = 6  # words of a column's name, in a table laid out in spaces (a line of two paragraphs side by side is no header)
SHORT_HEADER_WORDS = 3  # a column name this short asks nothing ("Covered?"), where a printed page's two columns may ask
_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*(?::-+|-{2,}):?[ \t]*(?:\|[ \t]*(?::-+|-{2,}):?[ \t]*)*\|?[ \t]*")  # "| --- | :---: |" under a Markdown table's header, Reddit's "|:--|:--|"


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell's text, in column order
    more: tuple[tuple[int, tuple[int, int]], ...] = ()  # a cell's further lines in a table laid out in spaces: (column, span)


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[int, int], ...]  # the column names' spans; empty where the table names none
    rows: tuple[Row, ...]  # its body rows


def find_tables(text: str, marks: tuple[Mark, ...]) -> list[Table]:
    return sorted(_marked_tables(text, marks) + _markdown_tables(text) + _asciidoc_tables(text) + _tab_tables(text) + _comma_tables(text) + _aligned_tables(text), key=lambda t: t.rows[0].start)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _inside(mark: Mark, outer: Mark) -> bool:
    return outer.start <= mark.start and mark.end <= outer.end and mark != outer


def _marked_tables(text: str, marks: tuple[Mark, ...]) -> list[Table]:
    tables = [m for m in marks if m.kind == "table"]
    rows = [m for m in marks if m.kind == "row"]
    cells = [m for m in marks if m.kind == "cell"]
    found = []
    for table in tables:
        nested = [t for t in tables if _inside(t, table)]
        own_rows = [r for r in rows if _inside(r, table) and not any(_inside(r, t) or _inside(t, r) for t in nested)]
        read: list[Row] = []
        header: tuple[tuple[int, int], ...] = ()
        for row in own_rows:
            columns = {c.level: _trimmed(text, c.start, c.end) for c in cells if _inside(c, row)}
            if not columns:
                continue
            spans = tuple(columns.get(i, (row.start, row.start)) for i in range(max(columns) + 1))  # an empty cell keeps its column
            if row.level and not read:
                header = spans  # the last of the rows that head the table
            else:
                read.append(Row(row.start, row.end, spans))
        if read:
            found.append(Table(header, tuple(read)))
    return found


def _pipe_cells(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A Markdown row's cells, between its pipes; a row without outer pipes has its line's ends for them."""
    line = text[start:end]
    first = line.index("|") if line.lstrip().startswith("|") else -1
    last = line.rindex("|") if line.rstrip().endswith("|") and line.rindex("|") > first else len(line)
    bars = [first] + [i for i in range(first + 1, last) if line[i] == "|" and line[i - 1] != "\\"] + [last]
    return tuple(_trimmed(text, start + a + 1, start + b) for a, b in zip(bars, bars[1:]))


def _tab_cells(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    tabs = [start - 1] + [i for i in range(start, end) if text[i] == "\t"] + [end]
    return tuple(_trimmed(text, a + 1, b) for a, b in zip(tabs, tabs[1:]))


def _runs(text: str, pattern: re.Pattern) -> list[list[re.Match]]:
    """Consecutive lines that match, two or more."""
    runs: list[list[re.Match]] = []
    for match in pattern.finditer(text):
        if runs and text[runs[-1][-1].end():match.start()] in ("\n", "\r\n"):
            runs[-1].append(match)
        else:
            runs.append([match])
    return [run for run in runs if len(run) >= 2]


def _markdown_tables(text: str) -> list[Table]:
    found = []
    for run in _runs(text, _PIPE_ROW):
        header: tuple[tuple[int, int], ...] = ()
        body = run
        if _RULE_ROW.fullmatch(run[1].group()):
            header, body = _pipe_cells(text, run[0].start(), run[0].end()), run[2:]
        rows = tuple(Row(m.start(), m.end(), _pipe_cells(text, m.start(), m.end())) for m in body if not _RULE_ROW.fullmatch(m.group()))
        if rows:
            found.append(Table(header, rows))
    for table in _BARE_PIPE_TABLE.finditer(text):
        lines = [(table.start() + m.start(), table.start() + m.end()) for m in re.finditer(r"[^\n]+", table.group())]
        found.append(Table(_pipe_cells(text, *lines[0]), tuple(Row(a, b, _pipe_cells(text, a, b)) for a, b in lines[2:])))
    return found


def _asciidoc_tables(text: str) -> list[Table]:
    """An AsciiDoc table between "|===" lines, a row a line ("| Osteopath | Dry needling | Injections");
    its first row names the columns when the attribute line above says "header" or a blank line
    follows it."""
    found = []
    for block in _ASCIIDOC_TABLE.finditer(text):
        lines = [(block.start("body") + m.start(), block.start("body") + m.end()) for m in re.finditer(r"[^\n]+", block.group("body"))]
        rows = [(end, cells) for start, end in lines if text[start:end].lstrip().startswith("|") and len(cells := _pipe_cells(text, start, end)) > 1]
        if not rows:
            continue
        named = "header" in (block.group("attributes") or "") or text.startswith("\n\n", rows[0][0])
        header, body = (rows[0][1], rows[1:]) if named else ((), rows)
        if body:
            found.append(Table(header, tuple(Row(cells[0][0], cells[-1][1], cells) for _, cells in body)))  # a row is its cells, the pipe that opens it aside
    return found


def _tab_tables(text: str) -> list[Table]:
    """A word processor's or a browser's table saved as text: cells between tabs, one row a line,
    the column names first."""
    return [
        Table(_tab_cells(text, run[0].start(), run[0].end()), tuple(Row(m.start(), m.end(), _tab_cells(text, m.start(), m.end())) for m in run[1:]))
        for run in _tab_runs(text)
    ]


def _comma_cells(line: str, start: int) -> tuple[tuple[int, int], ...] | None:
    """A CSV line's fields (a quoted field inside its quotes), or None when the line reads as prose:
    a comma followed by a space outside quotes."""
    cells, i = [], 0
    while True:
        if line.startswith('"', i):
            close = line.find('"', i + 1)
            while close != -1 and line.startswith('"', close + 1):
                close = line.find('"', close + 2)
            if close == -1 or not (close + 1 == len(line) or line[close + 1] == ","):
                return None
            cells.append((start + i + 1, start + close))
            i = close + 1
        else:
            comma = line.find(",", i)
            while comma != -1 and _THOUSANDS.match(line, comma - 1):
                comma = line.find(",", comma + 1)  # "$1,500": one number
            end = len(line) if comma == -1 else comma
            cells.append((start + i, start + end))
            i = end
        if i >= len(line):
            return tuple(cells)
        if line.startswith(", ", i):
            return None
        i += 1


def lines_of_column_names(text: str) -> set[int]:
    """Where the lines start that only name a text table's columns (a Markdown table without outer
    pipes: "Practitioner | Dry needling?"; short names laid out in spaces: "Service   Covered?"; a
    CSV's rows, pasted whole; a word processor's table saved as text, its names between tabs over
    rows as wide, "Provider<TAB>What they do<TAB>Referral needed?"): they ask nothing."""
    return {m.start() for m in _BARE_PIPE_TABLE.finditer(text)} | {
        run[0].start() for run in _tab_runs(text) if _names_columns(text, run)} | {
        start for run in comma_rows(text) for start, _ in run} | {
        line for line, names, _ in _aligned_runs(text) if all(len(text[a:b].split()) <= SHORT_HEADER_WORDS for a, b in names)}


@text_memo(maxsize=4)  # read for the questions (column names ask nothing) and again for the tables
def _tab_runs(text: str) -> list[list[re.Match]]:
    return _runs(text, _TAB_ROW)


def _names_columns(text: str, run: list[re.Match]) -> bool:
    """Whether a run of tab-separated lines opens with its columns' names: three short names or
    more, no number among them, over rows as wide (not a chat's "10:14<TAB>Hana<TAB>Do you ...?",
    nor a table of questions: "Is cupping covered?<TAB>No<TAB>Not at all")."""
    names = [text[a:b] for a, b in _tab_cells(text, run[0].start(), run[0].end())]
    return len(names) >= 3 and not names[0].rstrip().endswith("?") and all(len(name.split()) <= HEADER_WORDS and not any(c.isdigit() for c in name) for name in names) and all(
        len(_tab_cells(text, row.start(), row.end())) == len(names) for row in run[1:])


def _lines(text: str) -> list[tuple[int, str]]:
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line.rstrip("\r")))
        start += len(line) + 1
    return found


def _column(columns: list[int], at: int) -> int | None:
    return next((k for k, column in enumerate(columns) if abs(column - at) <= ALIGN_SLACK), None)


@text_memo(maxsize=4)  # read for the questions (column names ask nothing) and again for the tables
def _aligned_runs(text: str) -> list[tuple[int, list[tuple[int, int]], list[tuple[int, int, list[tuple[int, int, int]]]]]]:
    """Tables laid out in columns of spaces, as pdftotext -layout or pdfplumber prints them: a line
    of column names (two or more, a wide gap apart) over two rows or more whose cells start where
    their column's name does, each row's first cell filled; a line whose first column is empty
    goes on with the row above. Each: the header line's start, its names' spans, and every line
    of the rows as (start, end, [(column, cell start, cell end)])."""
    lines, found, i = _lines(text), [], 0
    while i < len(lines):
        start, line = lines[i]
        header = [m.span() for m in _SEGMENT.finditer(line)]
        if "\t" in line or len(header) < 2 or any(len(line[a:b].split()) > HEADER_WORDS for a, b in header):
            i += 1
            continue
        columns, rows, j = [a for a, _ in header], [], i + 1
        while j < len(lines) and "\t" not in lines[j][1]:
            row_start, row_line = lines[j]
            cells = [(_column(columns, a), a, b) for a, b in (m.span() for m in _SEGMENT.finditer(row_line))]
            if not cells or any(k is None for k, _, _ in cells) or len({k for k, _, _ in cells}) < len(cells) or [k for k, _, _ in cells] != sorted(k for k, _, _ in cells):
                break
            if cells[0][0] == 0 and len(cells) < 2 or cells[0][0] != 0 and not rows:
                break
            rows.append((row_start, row_start + len(row_line), [(k, row_start + a, row_start + b) for k, a, b in cells]))
            j += 1
        if sum(cells[0][0] == 0 for _, _, cells in rows) >= 2:
            found.append((start, [(start + a, start + b) for a, b in header], rows))
            i = j
        else:
            i += 1
    return found


def _aligned_tables(text: str) -> list[Table]:
    tables = []
    for _, header, lines in _aligned_runs(text):
        rows: list[Row] = []
        for start, end, cells in lines:
            if cells[0][0] == 0:
                spans = {k: (a, b) for k, a, b in cells}
                rows.append(Row(start, end, tuple(spans.get(k, (start, start)) for k in range(max(spans) + 1))))
            else:  # the row above goes on
                rows[-1] = Row(rows[-1].start, end, rows[-1].cells, rows[-1].more + tuple((k, (a, b)) for k, a, b in cells))
        tables.append(Table(tuple(header), tuple(rows)))
    return tables


@text_memo(maxsize=4)  # read for the questions (a CSV's lines ask nothing) and again for the tables
def comma_rows(text: str) -> list[list[tuple[int, tuple[tuple[int, int], ...]]]]:
    """Runs of MIN_COMMA_ROWS lines or more that are CSV rows of one width (three fields or more):
    each line's start and its fields."""
    runs: list[list[tuple[int, tuple[tuple[int, int], ...]]]] = [[]]
    for start, line in _lines(text):
        cells = _comma_cells(line, start) if "," in line and line.strip() else None
        if cells is not None and len(cells) >= 3 and (not runs[-1] or len(runs[-1][-1][1]) == len(cells)):
            runs[-1].append((start, cells))
        else:
            runs.append([(start, cells)] if cells is not None and len(cells) >= 3 else [])
    return [run for run in runs if len(run) >= MIN_COMMA_ROWS]


def _comma_tables(text: str) -> list[Table]:
    return [
        Table(tuple(_trimmed(text, a, b) for a, b in run[0][1]),
              tuple(Row(line, cells[-1][1] + (text[cells[-1][1]:cells[-1][1] + 1] == '"'), tuple(_trimmed(text, a, b) for a, b in cells)) for line, cells in run[1:]))
        for run in comma_rows(text)
    ]
