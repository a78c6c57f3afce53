"""Plain text laid out for print, read as a reader reads it: a court reporter's line numbers
are no words of the page, and a grid table's cell wrapped over several lines is one cell.

The text a reader returns is what every offset indexes into (as an HTML page's rendered text
is), so a transcript's "14  Q.  Who is allowed to perform dry needling in" / "15  Colorado?"
becomes the question a reader sees, and a pandoc grid table becomes a Markdown pipe table, one
row to a line, which the question finder reads as any other table (a grid of one column, a box
around a note, becomes its lines). Anything else is left as it was, byte for byte.
"""

from __future__ import annotations

import re

LINE_NUMBER = re.compile(r"[ \t]{0,4}(\d{1,2})(?:[ \t]{1,12}|$)")  # a numbered line's gutter: " 7  ", "22          A."
MIN_NUMBERED_SHARE = 0.6  # of a text's filled lines, numbered 1, 2, 3 ... for its numbers to be a gutter
MIN_NUMBERED_LINES = 20
_GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")
_GRID_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")


def read_printed(text: str) -> str:
    return _grid_tables(_without_line_numbers(text))


def _without_line_numbers(text: str) -> str:
    """A transcript's lines numbered 1 to 25 on each page: the numbers and their gutter go. Lines
    count as numbered only where the numbers run on (1, 2, 3 ... starting again at 1)."""
    lines = text.split("\n")
    numbered = []
    expected = 1
    for i, line in enumerate(lines):
        found = LINE_NUMBER.match(line)
        if found and int(found.group(1)) in (expected, 1):
            numbered.append(i)
            expected = int(found.group(1)) + 1
    filled = sum(1 for line in lines if line.strip())
    if len(numbered) < MIN_NUMBERED_LINES or len(numbered) < MIN_NUMBERED_SHARE * filled:
        return text
    found = {i: LINE_NUMBER.match(lines[i]) for i in numbered}
    column = min((m.end() for i, m in found.items() if lines[i][m.end():].strip()), default=None)  # where a wrapped line's text starts
    if column is None:
        return text  # numbers alone on their lines: a scale, a column of counts
    for i, m in found.items():
        line = lines[i]
        lines[i] = line[column if line[:column].strip() == m.group(1) else m.end():] if line[m.end():].strip() else ""
    return "\n".join(lines)


def _grid_tables(text: str) -> str:
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        end = _grid_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        out.extend(_pipe_rows(lines[i:end + 1]) if lines[i].count("+") > 2 else _box_lines(lines[i:end + 1]))
        i = end + 1
    return "\n".join(out)


def _grid_end(lines: list[str], start: int) -> int | None:
    """The last line of a grid table opening at `start`, whose rows keep to its columns, or None."""
    if not _GRID_BORDER.fullmatch(lines[start]):
        return None
    columns = [m.start() for m in re.finditer(r"\+", lines[start])]
    end = None
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if _GRID_BORDER.fullmatch(line):
            if [m.start() for m in re.finditer(r"\+", line)] != columns:
                return None  # a cell spanning columns: left as it is
            end = i
        elif not (_GRID_ROW.fullmatch(line) and all(line[c:c + 1] == "|" for c in columns)):
            break
    return end if end is not None and end > start + 1 else None


def _box_lines(box: list[str]) -> list[str]:
    """A grid of one column is a box drawn around a note ("| Note |" over "| Tell us ... |"): its
    lines as they read, without the frame, a blank line where a rule was."""
    indent = box[0][:len(box[0]) - len(box[0].lstrip())]
    return ["" if _GRID_BORDER.fullmatch(line) else indent + line.strip()[1:-1].strip() for line in box]


def _pipe_rows(table: list[str]) -> list[str]:
    """Each row of the grid as one pipe-table row, its cells' wrapped lines joined; the header's
    rule ("+====+") as the pipe table's."""
    columns = [m.start() for m in re.finditer(r"\+", table[0])]
    rows, cells = [], None
    for line in table[1:]:
        if _GRID_BORDER.fullmatch(line):
            if cells is not None:
                rows.append("| " + " | ".join(" ".join(" ".join(cell).split()) for cell in cells) + " |")
                cells = None
            if "=" in line:
                rows.append("|" + "|".join(" --- " for _ in columns[1:]) + "|")
            continue
        cells = cells or [[] for _ in columns[1:]]
        for cell, (left, right) in zip(cells, zip(columns, columns[1:])):
            cell.append(line[left + 1:right].strip())
    return rows
