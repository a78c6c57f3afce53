"""Compiled regular expressions kept from one run of a command to the next.

The rules compile ~1,300 patterns (cue lists, line rules, spaCy's tokenizer), about 0.7 s of every
command's start-up and a third of `validate` on one page. Python cannot pickle a compiled pattern,
but compiling one is a pure function of its text and flags that ends in `_sre.compile` with the
pattern's opcodes. Those are kept in one file in the cache, named for the interpreter (its version
and `_sre.MAGIC`, the opcodes' version), and a pattern found there is made from them without
parsing: it is equal to one compiled afresh (a pattern's `==` compares its opcodes). Only the
command's own process (`pipeline/__main__.py`) uses the file; importing the library changes nothing.
"""

from __future__ import annotations

import _sre
import array
import marshal
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # the pinned Python 3.11's, read not changed (as in extract/prefilter.py)

from pipeline.engines.cache import Cache, CacheError, write_atomic

FILE_NAME = f"regexes-{sys.hexversion:x}-{_sre.MAGIC}.marshal"
MAX_KEPT = 5_000  # patterns kept from earlier runs; beyond it, those of the last run alone
CODE = "I"  # the array type of an opcode: _sre.CODESIZE bytes, unsigned
_COMPILE = _compiler.compile


class RegexCache:
    """The patterns of earlier runs (read once), and those this run compiled or used."""

    def __init__(self, root: Path):
        self.root = root
        try:
            self.stored = marshal.loads((root / FILE_NAME).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            self.stored = {}  # none yet, or damaged: compiled afresh and written again
        self.used: dict = {}
        self.new = 0

    def compile(self, pattern, flags: int = 0):
        """What re._compiler.compile returns, made from the kept opcodes when the pattern has them."""
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _COMPILE(pattern, flags)
        key = (pattern, flags := int(flags))  # a RegexFlag would not marshal
        parts = self.stored.get(key)
        if parts is None:
            parts, self.new = _parts(pattern, flags), self.new + 1
        self.used[key] = parts
        all_flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, all_flags, array.array(CODE, code).tolist(), groups, groupindex, indexgroup)

    def save(self) -> None:
        """Write the file when this run compiled a pattern it lacked; not into a folder that is not our cache."""
        if not self.new:
            return
        kept = {**self.stored, **self.used} if len(self.stored) + self.new <= MAX_KEPT else self.used
        try:
            Cache.open(self.root)
            write_atomic(self.root / FILE_NAME, marshal.dumps(kept))
        except (CacheError, OSError):
            pass


def _parts(pattern, flags: int) -> tuple:
    """The arguments of _sre.compile after the pattern, as re._compiler.compile makes them (opcodes as bytes)."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    code = array.array(CODE, _compiler._code(parsed, flags)).tobytes()
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def install(root: Path) -> RegexCache | None:
    """Compile this process's patterns through the cache at root; None where the opcodes do not fit the array type."""
    if array.array(CODE).itemsize != _sre.CODESIZE:
        return None
    regexes = RegexCache(root)
    _compiler.compile = regexes.compile
    return regexes
