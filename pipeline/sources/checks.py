"""Checking whether a file can be a source document at all: type, size, encoding, location.

The build refuses a file for any of these reasons; `validate` reports them one line each. A web
page's charset is the HTML reader's business (it declares its own), so only text and Markdown
must be UTF-8; what makes a page unusable once read (no main content, a login wall) the reader
reports.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from pipeline.defaults import DEFAULT_MAX_BYTES
from pipeline.sources import HTML_SUFFIXES, SOURCE_SUFFIXES, inside, medquad
from pipeline.sources.charset import decode_page


# Content signatures of formats that are not text, whatever the file is called.
SIGNATURES = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive", b"RIFF": "a RIFF media file", b"%!PS": "a PostScript file",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file", b"{\\rtf": "an RTF document",
}
NUL = b"\x00"
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html)", re.IGNORECASE)
# Formats whose reader needs more than decodable text: why the content cannot be read, or None.
CONTENT_CHECKS = {".xml": medquad.problem}
_MARKUP = re.compile(r"<(?:!doctype|html|head|body|title|meta|p|div|h[1-6]|table|ul|ol|dl|section|article|main)\b", re.IGNORECASE)
MARKUP_PRESCAN = 65536  # characters in which a web page shows its first tag


def _encoding_problem(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "not UTF-8: the file starts with a UTF-16 byte-order mark; save it as UTF-8"
    try:
        (data[3:] if data.startswith(b"\xef\xbb\xbf") else data).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        likely = "Windows-1252 or Latin-1" if _decodes_as_cp1252(data) else "unknown"
        return f"not UTF-8: invalid byte 0x{data[error.start]:02x} at byte {error.start} (line {line}); likely encoding {likely}"
    return None


def _decodes_as_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def file_errors(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[str], bytes | None]:
    """Why a file cannot be used (empty when it can), and its bytes when they could be read."""
    if not path.exists() and not path.is_symlink():
        return ["no such file"], None
    if path.is_symlink() and not inside(path, raw_dir):
        return [f"a symbolic link that leaves the raw folder ({path.resolve()})"], None
    if not path.exists():
        return ["a broken symbolic link"], None
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        return ["not a regular file (a directory)" if stat.S_ISDIR(mode) else "not a regular file (a device, socket or pipe)"], None
    size = path.stat().st_size
    if size > max_bytes:
        return [f"larger than the limit ({size:,} bytes > {max_bytes:,}; see --max-bytes)"], None
    try:
        data = path.read_bytes()
    except OSError as error:
        return [f"cannot be read ({error.strerror})"], None
    kind = next((name for signature, name in SIGNATURES.items() if data.startswith(signature)), None)
    if kind:
        return [f"unsupported file type: the content is {kind}"], data
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        return [f"unsupported file type {path.suffix or '(no extension)'!r}: the raw folder takes {', '.join(SOURCE_SUFFIXES)} files"], data
    if suffix not in HTML_SUFFIXES and _HTML.match(data):
        return [f"the content is an HTML page, not {suffix}: save it as .html"], data
    if not data.strip():
        return ["empty or only white space"], data
    if NUL in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [f"binary content (NUL byte at byte {data.index(NUL)})"], data
    if suffix in HTML_SUFFIXES:
        markup = _MARKUP.search(decode_page(data[:MARKUP_PRESCAN]).text)
        return ([] if markup else ["not an HTML page (no tags): save it as .txt"]), data
    check = CONTENT_CHECKS.get(suffix)
    problem = _encoding_problem(data) or (check(data) if check else None)
    return ([problem] if problem else []), data
