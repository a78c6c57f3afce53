"""Which strings a rule's match must contain, so that text holding none of them skips the rule,
and which characters it can begin with, so that a search skips every other position at once.

Python's re module tries a pattern such as ".*\\bcookie (settings|policy)\\b.*" from every
position of a line, and a rule file's alternation of such rows cost ~100 µs a line, though a line
of an article hardly ever holds one of their words. A rule that floats (its match can open with a
long run of any characters) and whose every match contains one of a few literal strings is tried
only on text that contains one. The strings are read from the pattern by re's own parser, never
written by hand: the rule files stay the one place their words live.

A search tries a pattern at every position of the text, and one that opens with "\\b" or a
lookbehind is tried there in full: re finds no first character to skip ahead by. A lookahead for
the characters a match can begin with, put before the pattern, makes the other positions cheap
(about a fifth less time for the claim-type rows) and matches exactly what the pattern matches.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre, _parser  # the parser of the pinned Python 3.11, read not changed

MIN_RUN = 20  # characters of a leading run that make a pattern float
MAX_RANGE = 128  # characters of a class range listed one by one ("[a-z]"); a wider one may begin anything
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # what re.IGNORECASE matches to "i" and "s" but lower() does not


def fold(text: str) -> str:
    """Text as the strings are compared: lower case, where a case-insensitive rule's letters match."""
    return text.translate(_FOLD).lower()


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings (folded) one of which every match of the pattern contains, or None when it needs none."""
    return _sequence(_parsed(pattern, 0))


def floats(pattern: str) -> bool:
    """Whether a match can open with a long run of any characters (".*", ".{0,160}", a lookahead)."""
    return _floats(_parsed(pattern, 0))


def searcher(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern compiled for search, behind a lookahead for the characters its matches begin with
    (compiled with the same flags, so IGNORECASE folds them as it folds the pattern)."""
    compiled = re.compile(pattern, flags)
    starts = _first_characters(_parsed(pattern, flags))
    if starts is None or starts[1] or compiled.flags != re.compile("", flags).flags:  # a match may be empty; inline global flags must open the pattern
        return compiled
    return re.compile(f"(?=[{''.join(map(re.escape, sorted(starts[0])))}])(?:{pattern})", flags)


@lru_cache(maxsize=16)  # the questions of one pattern are asked together, as its rule is loaded
def _parsed(pattern: str, flags: int) -> list:
    """The pattern as re's parser reads it, parsed once for every question asked of it (read, never changed)."""
    return _parser.parse(pattern, flags).data


class Gate:
    """Which of a list of rules a text may match, found in one pass over the text: a rule whose
    strings the text holds none of cannot match it. A bit per rule, in the rules' order.

    Testing each rule's strings one by one costs more than the rules' own searches; one pattern
    of all the strings, shaped as a trie, finds at each position of the text the longest string
    that starts there, and with it every rule that needs any string it contains: a string found
    inside a longer one, or as its beginning, is found that way."""

    def __init__(self, required: list[frozenset[str] | None]):
        needed_by: dict[str, int] = {}
        for i, needs in enumerate(required):
            for string in needs or ():
                needed_by[string] = needed_by.get(string, 0) | 1 << i
        strings = sorted(needed_by)
        self.always = sum(1 << i for i, needs in enumerate(required) if needs is None)
        lengths = sorted({len(string) for string in strings})
        self._rules_of = {string: _rules_needing_a_substring(string, needed_by, lengths) for string in strings}
        self._finder = re.compile(f"(?=({_trie(strings)}))") if strings else None

    def rules(self, folded: str) -> int:
        found = self.always
        if self._finder is not None:
            for match in self._finder.finditer(folded):
                found |= self._rules_of[match.group(1)]
        return found


def _rules_needing_a_substring(string: str, needed_by: dict[str, int], lengths: list[int]) -> int:
    """The rules that need a string found within this one: its substrings looked up, not every
    rule's strings searched for in it (a gate of 600 strings took 50 ms)."""
    found = 0
    for length in lengths:
        if length > len(string):
            break
        for start in range(len(string) - length + 1):
            found |= needed_by.get(string[start:start + length], 0)
    return found


def _trie(strings: list[str]) -> str:
    """A pattern matching any of the strings, longest first, with the strings' shared beginnings
    written once, so that a position is ruled out by its first character."""
    root: dict = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return either
        return f"(?:{either})?" if len(branches) == 1 else f"{either}?"

    return pattern(root)


def _sequence(items) -> frozenset[str] | None:
    """Every item of a sequence is in the match: the most telling one's strings do (the longest shortest string)."""
    options, run = [], []
    for op, av in items:
        if op is sre.LITERAL and _plain(chr(av)):
            run.append(chr(av).lower())
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        options.append(_item(op, av))
    if run:
        options.append(frozenset({"".join(run)}))
    return max(filter(None, options), key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def _item(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op in _REPEATS:
        return _sequence(av[2]) if av[0] >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.ASSERT:  # a lookaround reads the same text
        return _sequence(av[1])
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in av[1]]
        return None if None in branches else frozenset().union(*branches)
    return None


def _floats(items) -> bool:
    op, av = items[0]
    if op is sre.SUBPATTERN:
        return _floats(av[3])
    if op is sre.BRANCH:
        return any(_floats(branch) for branch in av[1])
    if op in _REPEATS:
        return av[1] >= MIN_RUN and av[2][0][0] in (sre.ANY, sre.IN, sre.NOT_LITERAL)
    return op is sre.ASSERT


def _plain(char: str) -> bool:
    """A character folding compares as re does: ASCII, or one without case (a "©", a "·")."""
    return char.isascii() or char.lower() == char.upper() == char


def _first_characters(items) -> tuple[set[str], bool] | None:
    """The characters a match of the items can begin with and whether it can be empty; None when
    any character may (".", "\\w", a backreference)."""
    starts: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # "^", "\\b", lookarounds: no character of the match
            continue
        if op is sre.LITERAL:
            return starts | {chr(av)}, False
        if op is sre.IN:
            if not all(kind in (sre.LITERAL, sre.RANGE) for kind, _ in av) or any(kind is sre.RANGE and value[1] - value[0] > MAX_RANGE for kind, value in av):
                return None
            return starts | {chr(c) for kind, value in av for c in ([value] if kind is sre.LITERAL else range(value[0], value[1] + 1))}, False
        if op is sre.SUBPATTERN:
            found = None if av[1] or av[2] else _first_characters(av[3])  # "(?i:...)" folds letters the lookahead would not
        elif op is sre.BRANCH:
            branches = [_first_characters(branch) for branch in av[1]]
            found = None if None in branches else (set().union(*(b[0] for b in branches)), any(b[1] for b in branches))
        elif op in _REPEATS:
            found = _first_characters(av[2])
            found = found and (found[0], found[1] or av[0] == 0)
        else:
            return None
        if found is None:
            return None
        starts |= found[0]
        if not found[1]:
            return starts, False
    return starts, True

