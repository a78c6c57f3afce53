"""Plain text and Markdown sources: UTF-8 (an optional BOM is dropped), line endings normalised,
print layout read as a reader reads it (pipeline/sources/printed.py)."""

from __future__ import annotations

from pipeline.sources.document import Reading, SourceError
from pipeline.sources.printed import read_printed


def decode_text(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{name}: not UTF-8 (invalid byte 0x{data[error.start]:02x} at byte {error.start})"
        ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes, name: str) -> Reading:
    return Reading(read_printed(decode_text(data, name)), "text")


def read_markdown(data: bytes, name: str) -> Reading:
    return Reading(read_printed(decode_text(data, name)), "markdown")
