"""Reading JSON-LD blocks as leniently as the plugins that write them need, and walking their nodes.

Real `<script type="application/ld+json">` blocks carry trailing commas, `//` and `/* */`
comments, raw line breaks inside strings, several objects one after another, HTML comment or
CDATA wrappers, and now and then HTML-escaped quotes. `json` alone rejects each of these.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Iterator

_STRING = re.compile(r'"(?:\\.|[^"\\])*"', re.DOTALL)
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
_SEPARATORS = " \t\r\n,;"


def _repaired(text: str) -> str:
    """The text with comments and trailing commas removed outside string literals."""
    parts, position = [], 0
    for string in _STRING.finditer(text):
        parts += [_TRAILING_COMMA.sub(r"\1", _COMMENT.sub("", text[position:string.start()])), string.group()]
        position = string.end()
    parts.append(_TRAILING_COMMA.sub(r"\1", _COMMENT.sub("", text[position:])))
    return "".join(parts)


def _values(text: str) -> tuple[list[Any], str | None]:
    """The JSON values one after another in text, and what stopped the reading early, if anything."""
    decoder = json.JSONDecoder(strict=False)  # strict=False: raw control characters inside strings
    values, position = [], 0
    while True:
        while position < len(text) and text[position] in _SEPARATORS:
            position += 1
        if position >= len(text):
            return values, None
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            return values, f"{error.msg} at character {error.pos}"
        values.append(value)


def load_blocks(block: str) -> tuple[list[Any], str | None]:
    """Every JSON value in one script block, and a problem that made part of it unreadable."""
    text = _WRAPPER.sub("", block.strip()).strip()
    values, problem = _values(text)
    if problem:
        values, problem = _values(_repaired(text))
    if problem and "&quot;" in text:  # a CMS that HTML-escaped the whole block
        escaped, escaped_problem = _values(_repaired(html.unescape(text)))
        if len(escaped) > len(values) or not escaped_problem:
            values, problem = escaped, escaped_problem
    return values, problem


def nodes(value: Any) -> Iterator[dict]:
    """Every object in a JSON-LD value, depth first in document order (through @graph and lists)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def types(node: dict) -> set[str]:
    """A node's @type names without their vocabulary prefix ('https://schema.org/FAQPage' -> 'FAQPage')."""
    found = node.get("@type", [])
    return {re.split(r"[/:#]", t)[-1] for t in (found if isinstance(found, list) else [found]) if isinstance(t, str)}


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def string(value: Any) -> str | None:
    """A property's text: a string, a {"@value": ...} object, or the first of a list of them."""
    for item in as_list(value):
        if isinstance(item, dict):
            item = item.get("@value")
        if isinstance(item, str) and item.strip():
            return item
    return None
