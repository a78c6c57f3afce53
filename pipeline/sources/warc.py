"""Web archives (WARC, ISO 28500): the response records of a `.warc` or `.warc.gz` file, local or remote.

FastWARC reads them (several times faster than warcio); `auto_decode="all"` undoes the chunked
transfer encoding and the gzip or brotli content encoding a server applied, so a body is the page
as a browser would receive it. Only response records are pages: requests, revisits (a capture
identical to an earlier one, without its payload), metadata and warcinfo records are passed over.

Local paths are read natively. A location with a scheme (s3://, https://, gs://, ...) is opened
through fsspec, which needs the optional [dask] extra and the protocol's own package (s3fs for
s3://, aiohttp for https://). This module only reads: what a harvest keeps is decided above it.
"""

from __future__ import annotations

import glob
import re
from pathlib import Path
from typing import Iterator, NamedTuple

from fastwarc.warc import ArchiveIterator, WarcRecordType

WARC_SUFFIXES = (".warc", ".warc.gz")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_GLOB = re.compile(r"[*?\[]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class WarcError(Exception):
    """A WARC file that cannot be read; the message names the file (and the record's offset)."""


class ArchiveRecord(NamedTuple):
    """One response record: the page as served, and where in which WARC file it is stored.

    A WARC file holds tens of thousands: a named tuple costs a tenth of a frozen dataclass to make,
    and headers kept as one string (not a tuple of pairs) spare the garbage collector."""
    url: str
    date: str | None  # ISO date (YYYY-MM-DD) of the capture (WARC-Date)
    status: int | None  # HTTP status code
    headers: str  # the HTTP response headers as received, "Name: value" lines joined by CRLF
    content_type: str | None  # HTTP Content-Type without its parameters, lower case
    charset: str | None  # the charset the server declared, if any
    body: bytes  # the payload, transfer and content encodings undone
    warc_file: str  # the WARC file's name (its last path component)
    offset: int  # byte offset of the record in the (compressed) file, as Common Crawl's index gives it


def is_remote(location: str) -> bool:
    return bool(_SCHEME.match(location)) and not location.startswith("file://")


def _filesystem(location: str):
    """fsspec's file system for a remote location, or a WarcError saying what to install."""
    try:
        import fsspec
    except ImportError:
        raise WarcError(f"{location}: remote WARC files are read through fsspec; install the [dask] extra (pip install -e '.[dask]')") from None
    try:
        return fsspec.core.url_to_fs(location)
    except (ImportError, ValueError) as error:
        raise WarcError(f"{location}: {' '.join(str(error).split())}") from None


def expand(patterns: list[str]) -> list[str]:
    """The WARC files the arguments name, in the order given, each once: paths, URLs, and globs
    (a glob is expanded here too, so that a quoted or remote one works). A pattern that names
    nothing is a WarcError."""
    found: list[str] = []
    for pattern in patterns:
        if is_remote(pattern):
            if _GLOB.search(pattern):
                fs, path = _filesystem(pattern)
                protocol = pattern.split("://", 1)[0]
                matches = [f"{protocol}://{p}" for p in sorted(fs.glob(path))]
            else:
                matches = [pattern]
        else:
            local = pattern.removeprefix("file://")
            matches = sorted(m for m in glob.glob(local) if Path(m).is_file()) if _GLOB.search(local) else [local]
        if not matches:
            raise WarcError(f"{pattern}: no WARC file matches")
        found += [m for m in matches if m not in found]
    return found


def _open(location: str):
    """A binary stream for a remote file, or the path of a local one (read natively)."""
    if not is_remote(location):
        if not Path(location).is_file():
            raise WarcError(f"{location}: no such file")
        return location
    fs, path = _filesystem(location)
    try:
        return fs.open(path, "rb")
    except (OSError, ValueError) as error:
        raise WarcError(f"{location}: cannot be opened ({' '.join(str(error).split())})") from None


def _iso_date(warc_date: str) -> str | None:
    """The calendar date of a WARC-Date (ISO 8601 in UTC: '2025-03-14T09:30:00Z'), as written."""
    day = warc_date[:10]
    return day if _DAY.fullmatch(day) else None


def read_records(location: str) -> Iterator[ArchiveRecord]:
    """The response records of one WARC file, in file order. A file that cannot be opened or is
    damaged part way raises a WarcError naming it and the offset reached (records before it have
    been yielded)."""
    source = _open(location)
    name = location.rstrip("/").rsplit("/", 1)[-1]
    offset = None  # of the last record read
    try:
        records = ArchiveIterator(source, record_types=WarcRecordType.response, auto_decode="all", fsspec_args=False)
        for record in records:
            offset = record.stream_pos
            http = record.http_headers
            yield ArchiveRecord(
                url=record.headers.get("WARC-Target-URI", ""), date=_iso_date(record.headers.get("WARC-Date", "")),
                status=http.status_code if http is not None else None,
                headers="\r\n".join(f"{name}: {value}" for name, value in http.to_tuples()) if http is not None else "",
                content_type=(record.http_content_type or "").lower() or None, charset=record.http_charset,
                body=record.reader.read(), warc_file=name, offset=offset,
            )
    except OSError as error:
        where = f" after the record at byte {offset}" if offset is not None else ""
        raise WarcError(f"{location}: not a readable WARC file{where} ({' '.join(str(error).split()) or type(error).__name__})") from None
    finally:
        if not isinstance(source, str):
            source.close()
