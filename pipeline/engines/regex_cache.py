"""Compiled regular expressions kept from one run of a command to the next.

The rules compile ~1,300 patterns (cue lists, line rules, spaCy's tokenizer), about 0.7 s of every
command's start-up and a third of `validate` on one page. Python cannot pickle a compiled pattern,
but compiling one is a pure function of its text, type and flags that ends in `_sre.compile` with
the pattern's opcodes. Those are kept in one file in the cache, named for the interpreter (its
version, `_sre.MAGIC`, the opcodes' version, and the byte order they are written in) and sealed
with a SHA-256 of its contents; a pattern found there is made from them without parsing, and is
equal to one compiled afresh (a pattern's `==` compares its opcodes). A file that fails its seal,
or an entry `_sre` refuses, is compiled afresh and written again. Only a command's own process
(`pipeline/__main__.py`) uses the file, in the cache folder its command line names; importing the
library changes nothing.
"""

from __future__ import annotations

import _sre
import array
import hashlib
import marshal
import re
import sys
from pathlib import Path
from re import _compiler, _parser  # the pinned Python 3.11's internals, as in extract/prefilter.py

from pipeline.engines.cache import CacheError, claim_folder, default_cache_dir, write_atomic

FILE_NAME = f"regexes-{sys.hexversion:x}-{_sre.MAGIC}-{sys.byteorder}.marshal"
MAX_KEPT = 5_000  # patterns kept from earlier runs; beyond it, those of the last run alone
CODE = "I"  # the array type of an opcode: _sre.CODESIZE bytes, unsigned
SEAL = hashlib.sha256().digest_size
_COMPILE = _compiler.compile


class RegexCache:
    """The patterns of earlier runs (read once), and those this run compiled or used."""

    def __init__(self, root: Path):
        self.root = root
        self.stored = _read(root / FILE_NAME)
        self.used: dict = {}
        self.new = 0  # patterns this run compiled that the file lacked (or held damaged)

    def compile(self, pattern, flags: int = 0):
        """What re._compiler.compile returns, made from the kept opcodes when the pattern has them."""
        if type(pattern) not in (str, bytes) or flags & re.DEBUG:
            return _COMPILE(pattern, flags)  # a subclass of str would not marshal; DEBUG prints as it compiles
        key = (type(pattern) is bytes, pattern, flags := int(flags))  # "abc" and b"abc" apart; a RegexFlag would not marshal
        parts = self.used.get(key) or self.stored.get(key)
        if parts is not None:
            try:
                compiled = _made(pattern, parts)
                self.used[key] = parts
                return compiled
            except (RuntimeError, TypeError, ValueError):
                pass  # an entry _sre refuses: compiled afresh below, and the file written again
        parts = self.used[key] = _parts(pattern, flags)
        self.new += 1
        return _made(pattern, parts)

    def save(self) -> None:
        """Write the file when this run compiled a pattern it lacked; not into a folder that is not our cache."""
        if not self.new:
            return
        kept = {**self.stored, **self.used}
        kept = kept if len(kept) <= MAX_KEPT else self.used
        payload = marshal.dumps(kept)
        try:
            claim_folder(self.root)
            write_atomic(self.root / FILE_NAME, hashlib.sha256(payload).digest() + payload)
        except (CacheError, OSError):
            pass


def _read(path: Path) -> dict:
    """The kept patterns, or none when the file is missing or fails its seal."""
    try:
        data = path.read_bytes()
        stored = marshal.loads(data[SEAL:]) if hashlib.sha256(data[SEAL:]).digest() == data[:SEAL] else None
    except (OSError, EOFError, ValueError, TypeError):
        stored = None
    return stored if isinstance(stored, dict) else {}


def _parts(pattern, flags: int) -> tuple:
    """The arguments of _sre.compile after the pattern, as re._compiler.compile makes them (opcodes as bytes)."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    code = array.array(CODE, _compiler._code(parsed, flags)).tobytes()
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _made(pattern, parts: tuple) -> re.Pattern:
    all_flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, all_flags, array.array(CODE, code).tolist(), groups, groupindex, indexgroup)


def cache_folder(arguments: list[str]) -> Path | None:
    """Where a command line keeps its patterns: the folder of its --cache, else the default; none
    for --no-cache, and none for a call for help or no command, which compile next to nothing."""
    if not arguments or any(a in ("--no-cache", "--help", "-h") for a in arguments):
        return None
    for i, argument in enumerate(arguments):
        if argument == "--cache":
            return Path(arguments[i + 1]) if i + 1 < len(arguments) else None
        if argument.startswith("--cache="):
            return Path(argument.split("=", 1)[1])
    return default_cache_dir()


def install(root: Path) -> RegexCache | None:
    """Compile this process's patterns through the cache at root; None where the opcodes do not fit the array type."""
    if array.array(CODE).itemsize != _sre.CODESIZE:
        return None
    regexes = RegexCache(root)
    _compiler.compile = regexes.compile
    return regexes
