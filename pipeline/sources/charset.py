"""Decoding a web page's bytes the way a browser would, and saying how the encoding was chosen.

Order (after the WHATWG HTML standard's "determine the character encoding"): a byte-order mark,
the charset the server sent (recorded by `add` in sources.csv), a `<meta charset>` or
`http-equiv` declaration near the top, UTF-8 when the bytes are valid UTF-8, and windows-1252
otherwise, with a warning. Labels map as browsers map them: ISO-8859-1 and ASCII are read as
windows-1252, a declared UTF-16 on a page without a BOM as UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

PRESCAN_BYTES = 4096  # the standard prescans 1024 bytes; real heads put the meta later
FALLBACK = "cp1252"
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# WHATWG Encoding Standard: labels browsers read as another encoding (Python codec names).
BROWSER_ENCODING = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                    "utf-16-le": "utf-8", "utf-16-be": "utf-8", "gb2312": "gb18030", "gbk": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name
    origin: str  # byte-order mark | HTTP header | meta | UTF-8 | fallback
    warning: str | None = None


def codec_name(label: str) -> str | None:
    """The Python codec a charset label stands for, as a browser reads it; None when unknown."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return BROWSER_ENCODING.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset label a `<meta>` near the top of the page declares."""
    found = _META_CHARSET.search(data[:PRESCAN_BYTES])
    return found.group(1).decode("ascii") if found else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_page(data: bytes, http_charset: str | None = None) -> Decoded:
    """The page's text and how its encoding was chosen (see the module docstring)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(encoding, errors="replace"), encoding, "byte-order mark")
    for origin, label in (("HTTP header", http_charset), ("meta", declared_charset(data))):
        encoding = codec_name(label) if label else None
        if encoding is None:
            continue  # none declared, or a label browsers do not know either
        if encoding != "utf-8" and not data.isascii() and _is_utf8(data):
            return Decoded(data.decode("utf-8"), "utf-8", "UTF-8",
                           f"the page declares {label} ({origin}) but its bytes are UTF-8; read as UTF-8")
        try:
            return Decoded(data.decode(encoding), encoding, origin)
        except UnicodeDecodeError as error:
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, origin, f"bytes that are not {label} (first at byte {error.start}) replaced")
    if _is_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8", "UTF-8")
    return Decoded(data.decode(FALLBACK, errors="replace"), FALLBACK, "fallback",
                   "no charset declared and not UTF-8; read as windows-1252")
