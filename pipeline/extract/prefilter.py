"""Which strings a rule's match must contain, so that text holding none of them skips the rule.

Python's re module tries a pattern such as ".*\\bcookie (settings|policy)\\b.*" from every
position of a line, and a rule file's alternation of such rows cost ~100 µs a line, though a line
of an article hardly ever holds one of their words. A rule that floats (its match can open with a
long run of any characters) and whose every match contains one of a few literal strings is tried
only on text that contains one. The strings are read from the pattern by re's own parser, never
written by hand: the rule files stay the one place their words live.
"""

from __future__ import annotations

from re import _constants as sre, _parser  # the parser of the pinned Python 3.11, read not changed

MIN_RUN = 20  # characters of a leading run that make a pattern float
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # what re.IGNORECASE matches to "i" and "s" but lower() does not


def fold(text: str) -> str:
    """Text as the strings are compared: lower case, where a case-insensitive rule's letters match."""
    return text.translate(_FOLD).lower()


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings (folded) one of which every match of the pattern contains, or None when it needs none."""
    return _sequence(_parser.parse(pattern).data)


def floats(pattern: str) -> bool:
    """Whether a match can open with a long run of any characters (".*", ".{0,160}", a lookahead)."""
    return _floats(_parser.parse(pattern).data)


def may_match(required: frozenset[str] | None, folded: str) -> bool:
    return required is None or any(string in folded for string in required)


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
