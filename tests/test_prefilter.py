"""A rule is skipped only on text that it cannot match: the strings read from its pattern are in
every match, the furniture map decides as the plain alternation of its rows would, and a search
behind a lookahead for a match's first characters finds what the pattern finds."""

import re
from pathlib import Path

import pytest

from pipeline.extract import furniture
from pipeline.extract.prefilter import Gate, floats, fold, required_strings, searcher
from pipeline.rules import read_rows

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("pattern, strings", [
    (r".*\bcookie (settings|policy)\b.*", {"cookie "}),  # the longer of two needed parts
    (r"(call|phone) (us|now)\b.*", {"call", "phone"}),
    (r"(?=.*\b(?:visit|clinic)\b).*\d{3}-\d{4}", {"visit", "clinic"}),  # a lookahead reads the same text
    (r"Copyright|©.*", {"copyright", "©"}),
    (r"(?-i:[A-Z]+) · \d+y", {" · "}),
])
def test_the_strings_every_match_needs(pattern, strings):
    assert required_strings(pattern) == strings


@pytest.mark.parametrize("pattern", [r"\d+", r"(foo|)(bar)?", r"a?b*", r"(?!spam).*", r"[a-z]{3,}", r"(?:e-?mail)?"])
def test_a_pattern_that_needs_no_literal_is_always_tried(pattern):
    assert required_strings(pattern) is None


@pytest.mark.parametrize("pattern, text", [
    ("share", "ſhare this"),  # re.IGNORECASE matches the long s to "s", the dotted and dotless i to "i"
    ("tips", "TİPS"),
    ("tips", "tıps"),
    ("keep", "\u212aEEP"),  # the Kelvin sign
    ("café", "CAFÉ"),
])
def test_folded_text_holds_what_a_case_insensitive_rule_matches(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert Gate([required_strings(pattern)]).rules(fold(text)) == 1


def test_a_rule_floats_when_its_match_can_open_anywhere():
    assert floats(r".*\ball rights reserved\b.*") and floats(r".{0,160}\bphoto by\b.*") and floats(r"(?=.*\bcall\b).*")
    assert floats(r"(shop now|.*\bget \d+% off\b.*)")
    assert not floats(r"(previous|next) (post|article)\b.*") and not floats(r"!.{0,300}")


def _fixture_lines() -> list[str]:
    folders = [FIXTURES / "layouts", FIXTURES / "html_pages", *sorted(FIXTURES.glob("heldout2*"))]
    lines = {line.strip() for folder in folders for path in folder.iterdir() if path.suffix in (".txt", ".md", ".html")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    return sorted(line for line in lines if line)


def _naive(required: list[frozenset[str] | None], folded: str) -> int:
    return sum(1 << i for i, needs in enumerate(required) if needs is None or any(string in folded for string in needs))


@pytest.mark.parametrize("required, text, rules", [
    ([frozenset({"cause"}), frozenset({"caused by"}), frozenset({"use"})], "it was caused by strain", 0b111),  # inside and at the start of a longer string
    ([frozenset({"cost", "fee"}), None, frozenset({"$"})], "no fee at all", 0b011),
    ([frozenset({"ab", "abc"}), frozenset({"bcd"})], "xabcd", 0b11),  # strings that overlap are both found
    ([frozenset({"ab"})], "a b", 0),
    ([], "anything", 0),
])
def test_a_gate_names_the_rules_whose_strings_the_text_holds(required, text, rules):
    assert Gate(required).rules(text) == rules == _naive(required, text)


@pytest.mark.parametrize("rule_file", ["boilerplate.csv", "claim_types.csv"])
def test_a_gate_over_a_rule_file_finds_what_testing_each_rules_strings_finds(rule_file):
    required = [required_strings(row["pattern"]) for row in read_rows(rule_file)]
    gate = Gate(required)
    lines = _fixture_lines()
    assert sum(gate.rules(fold(line)) != gate.always for line in lines) > 1000
    for line in lines:
        assert gate.rules(fold(line)) == _naive(required, fold(line)), line


@pytest.mark.parametrize("match, whole", [("line", True), ("written", True), ("start", False)])
def test_the_furniture_map_decides_as_the_alternation_of_its_rows_would(match, whole):
    rows = [row for row in read_rows("boilerplate.csv") if row["match"] == match]
    alternation = re.compile("|".join(f"(?P<p{i}>{row['pattern']})" for i, row in enumerate(rows)), re.IGNORECASE)
    decided = matched = 0
    for line in _fixture_lines():
        found = alternation.fullmatch(line) if whole else alternation.match(line)
        expected = rows[int(found.lastgroup[1:])]["action"] if found else None
        assert furniture._first_action(match, line, whole) == expected, line
        decided += 1
        matched += found is not None
    assert decided > 1000 and matched > 10  # the lines tried hold furniture of every kind


def test_every_furniture_rule_match_holds_the_strings_it_needs():
    lines = _fixture_lines()
    for row in read_rows("boilerplate.csv"):
        pattern, needs = re.compile(row["pattern"], re.IGNORECASE), required_strings(row["pattern"])
        for line in lines:
            found = pattern.fullmatch(line) if row["match"] != "start" else pattern.match(line)
            assert not found or any(string in fold(line) for string in needs or [""]), (row["pattern"], line)


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\b(?:is|are) (?:caused by|due to)\b", 0, "Most knots are due to strain."),
    (r"(?<![\w'-])(?:may|might)(?![\w'-])", 0, "it may-be; it might"),
    (r"\bkeep\b", re.IGNORECASE, "\u212aEEP going"),  # the Kelvin sign folds to "k" in the lookahead too
    (r"\bshare\b", re.IGNORECASE, "ſhare this"),
    (r"(?i:call) us", 0, "CALL us"),  # a group that folds letters is not narrowed by the lookahead
    (r"(?i)call us", 0, "CALL us"),  # nor is a pattern whose flags open it
    (r"^(?:most |many )?[\w' -]+ (?:come|comes) from\b", 0, "Knots come from overuse."),
    (r"(?:e-?mail)?", 0, "no match but empty"),
    (r"[0-9]{3}-[0-9]{4}", 0, "call 555-1234"),
    (r"a{0,2}b", 0, "cab aab"),
])
def test_a_searcher_finds_what_its_pattern_finds(pattern, flags, text):
    plain, fast = re.compile(pattern, flags), searcher(pattern, flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert plain.search(text) is not None or pattern == r"(?:e-?mail)?"


def test_a_searcher_skips_ahead_only_where_the_first_characters_are_known():
    assert searcher(r"\b(?:is|are) due to\b").pattern.startswith("(?=[ai])")
    assert searcher(r"a{0,2}b").pattern.startswith("(?=[ab])")
    for pattern in (r"\w+ due to", r"(?:e-?mail)?", r".*\bcall\b", r"(?i:call)", r"(?i)call"):
        assert searcher(pattern).pattern == pattern


def test_every_claim_type_row_searched_so_finds_what_it_finds():
    rows = read_rows("claim_types.csv")
    lines = _fixture_lines()
    narrowed = 0
    for row in rows:
        plain, fast = re.compile(row["pattern"]), searcher(row["pattern"])
        narrowed += fast.pattern != plain.pattern
        for line in lines:
            low = line.lower()
            assert (plain.search(low) is None) == (fast.search(low) is None), (row["pattern"], line)
    assert narrowed > len(rows) / 2


def test_every_claim_type_cue_match_holds_the_strings_it_needs():
    lines = _fixture_lines()
    for row in read_rows("claim_types.csv"):
        pattern, needs = re.compile(row["pattern"]), required_strings(row["pattern"])
        for line in lines:
            assert not pattern.search(line) or any(string in fold(line) for string in needs or [""]), (row["pattern"], line)
