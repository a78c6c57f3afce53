"""Print layout read as a reader reads it: a transcript's line numbers go, a grid table's wrapped
cells become one pipe-table row each (a box around a note, its lines), and any other text is
returned byte for byte."""

from pipeline.sources.printed import read_printed


def _numbered(lines: list[str]) -> str:
    return "\n".join(f"{i:>2}   {line}" if line else f"{i:>2}" for i, line in enumerate(lines, 1))


def test_a_transcripts_line_numbers_and_their_gutter_go():
    body = ["     Q.   Who performed the massage?", "     A.   I did, over six visits", "to his lower back."] + [""] * 22
    text = "                         Page 4\n\n" + _numbered(body)
    read = read_printed(text)
    assert "     Q.   Who performed the massage?\n     A.   I did, over six visits\nto his lower back." in read
    assert "25" not in read and read.startswith("                         Page 4\n\n")


def test_numbers_that_do_not_run_on_are_the_texts_own():
    prices = "\n".join(f"{n} sessions cost ${n * 40}" for n in (3, 5, 8, 10, 12) * 5)
    assert read_printed(prices) == prices
    short = _numbered(["Q.  Does it hurt?", "A.  A little."])  # two numbered lines are no transcript
    assert read_printed(short) == short


GRID = """Intro line.

+--------------------+-------------------------+
| Question           | Answer                  |
+====================+=========================+
| Does dry needling  | Most people feel a      |
| hurt?              | twitch, then a dull     |
|                    | ache.                   |
|                    |                         |
|                    | It fades within a day.  |
+--------------------+-------------------------+
| Is it covered?     | Rarely.                 |
+--------------------+-------------------------+

After the table."""


def test_a_grid_tables_wrapped_cells_are_one_row_each():
    assert read_printed(GRID) == (
        "Intro line.\n\n| Question | Answer |\n| --- | --- |\n"
        "| Does dry needling hurt? | Most people feel a twitch, then a dull ache. It fades within a day. |\n"
        "| Is it covered? | Rarely. |\n\nAfter the table."
    )


def test_a_grid_table_with_a_cell_spanning_columns_is_left_as_it_is():
    spanning = GRID.replace("+--------------------+-------------------------+\n| Is it covered?", "+----------------------------------------------+\n| Is it covered?")
    assert read_printed(spanning) == spanning


def test_text_without_print_layout_is_returned_as_it_was():
    text = "# Dry needling\n\n1. Does it hurt?\n2. Is it safe?\n\n| Q | A |\n|---|---|\n| x | y |\n+ an AsciiDoc continuation\n"
    assert read_printed(text) == text


def test_numbers_alone_on_their_lines_are_left_as_they_are():
    scale = "Pain scale\n\n" + "\n".join(str(n) for n in range(1, 26))
    assert read_printed(scale) == scale


def test_left_aligned_line_numbers_leave_every_line_flush():
    body = ["     Q.   Who performed it?", "     A.   I did, over six", "visits."] + ["x"] * 9 + ["     Q.   And then?", "     A.   We", "stopped."] + [""] * 10
    text = "\n".join(f"{i:<4} {line}" if line else str(i) for i, line in enumerate(body, 1))
    assert "     A.   I did, over six\nvisits." in read_printed(text) and "     A.   We\nstopped." in read_printed(text)


def test_a_box_of_one_column_around_a_note_becomes_its_lines():
    text = (
        "   Wear loose clothing.\n\n"
        "   +----------------------------------------------+\n"
        "   | Note                                         |\n"
        "   | Tell us 5 days ahead if you take a blood     |\n"
        "   | thinner.                                     |\n"
        "   +----------------------------------------------+\n\n"
        "   During the injection\n"
    )
    assert read_printed(text) == (
        "   Wear loose clothing.\n\n\n   Note\n   Tell us 5 days ahead if you take a blood\n   thinner.\n\n\n   During the injection\n"
    )
