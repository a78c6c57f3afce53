"""Adding web pages to the raw folder by their address (`python -m pipeline add`).

A page is fetched politely and honestly: a User-Agent that names the project, robots.txt obeyed
(read with Protego; the standard library's parser gets wildcard rules wrong) for the page and for
every address it redirects through, a time limit, a size cap, HTML content types only. Its bytes
are saved exactly as served (less any transfer compression) under a readable name, with its row
in sources.csv: the final address, the title, the date, and a licence hint. Nothing already in
the raw folder is replaced unless asked. Every problem is a FetchError naming the address; this
module never prints or exits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import metadata, version
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from protego import Protego

from pipeline.sources.charset import codec_name, decode_page
from pipeline.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from pipeline.sources.document import SourceError, UnusableSource
from pipeline.sources.html import read_html
from pipeline.sources.pagemeta import licence_id
from pipeline.sources.provenance import SOURCES_FILE, read_provenance, update_sources

PROJECT = "trigger-point-faq-dataset"


def _user_agent() -> str:
    """The project's name, version and home page (when the package declares one): who is asking, and where to read why."""
    homepage = next((url.split(",", 1)[1].strip() for url in metadata(PROJECT).get_all("Project-URL") or [] if url.lower().startswith("homepage,")), None)
    about = f"+{homepage}; " if homepage else ""
    return f"{PROJECT}/{version(PROJECT)} ({about}open-data research; fetches single pages a curator names; obeys robots.txt)"


USER_AGENT = _user_agent()
HTML_TYPES = ("text/html", "application/xhtml+xml")
ROBOTS_MAX_BYTES = 512_000  # RFC 9309: crawlers must read at least 500 KiB of robots.txt
MAX_REDIRECTS = 10
MAX_NAME = 120


class FetchError(Exception):
    """A page that cannot be added: its address and the problem, in one line."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{url}: {problem}")
        self.url, self.problem = url, problem


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    data: bytes
    charset: str | None  # from the Content-Type header
    license: str | None  # from an HTTP `Link: <...>; rel="license"` header


@dataclass(frozen=True)
class Added:
    url: str
    path: str  # relative to the raw folder
    row: dict[str, str]  # what was written to sources.csv


class Fetcher:
    """One polite HTTP client: robots.txt read once per site and obeyed on every redirect."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES):
        self.timeout, self.max_bytes = timeout, max_bytes
        headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
        self.robots_client = httpx.Client(headers=headers, timeout=timeout, follow_redirects=True)
        self.client = httpx.Client(
            headers=headers, timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
            event_hooks={"request": [self._obey_robots]},
        )
        self._robots: dict[str, Protego | str] = {}

    def close(self) -> None:
        self.client.close()
        self.robots_client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _rules(self, site: str) -> Protego | str:
        """The site's robots.txt rules, or why none could be read (then nothing may be fetched)."""
        if site not in self._robots:
            try:
                self._robots[site] = self._read_robots(site)
            except httpx.HTTPError as error:
                self._robots[site] = f"robots.txt could not be read ({_describe(error)})"
        return self._robots[site]

    def _read_robots(self, site: str) -> Protego | str:
        with self.robots_client.stream("GET", f"{site}/robots.txt") as response:
            if response.status_code >= 500:  # RFC 9309 2.3.1.4: unreachable means all disallowed
                return f"robots.txt could not be read (HTTP {response.status_code})"
            if response.status_code >= 400:  # RFC 9309 2.3.1.3: unavailable means all allowed
                return Protego.parse("")
            content = b""
            for chunk in response.iter_bytes():
                content += chunk
                if len(content) >= ROBOTS_MAX_BYTES:
                    break
        return Protego.parse(content[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace"))

    def _obey_robots(self, request: httpx.Request) -> None:
        url = str(request.url)
        site = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        rules = self._rules(site)
        if isinstance(rules, str):
            raise FetchError(url, f"refused: {rules}")
        if not rules.can_fetch(url, PROJECT):
            raise FetchError(url, f"refused: robots.txt disallows it for {PROJECT}")

    def fetch(self, url: str) -> Fetched:
        """The page at url, or a FetchError saying why not."""
        if not re.match(r"https?://[^/\s]+", url):
            raise FetchError(url, "not an http(s) address")
        deadline = time.monotonic() + self.timeout
        try:
            with self.client.stream("GET", url) as response:
                final = str(response.url)
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind not in HTML_TYPES:
                    raise FetchError(url, f"not an HTML page (content type {kind or 'missing'})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"larger than the limit ({int(declared):,} bytes > {self.max_bytes:,})")
                body = io.BytesIO()
                for chunk in response.iter_bytes():
                    body.write(chunk)
                    if body.tell() > self.max_bytes:
                        raise FetchError(url, f"larger than the limit (more than {self.max_bytes:,} bytes)")
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"timed out after {self.timeout:g} s")
                licence = response.links.get("license", {}).get("url")
                return Fetched(url, final, body.getvalue(), response.charset_encoding, licence_id(licence) if licence else None)
        except FetchError as error:
            if error.url == url:
                raise
            raise FetchError(url, f"redirected to {error.url}: {error.problem}") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.HTTPError as error:
            raise FetchError(url, _describe(error)) from None


def _describe(error: httpx.HTTPError) -> str:
    """An httpx error in a few words on one line."""
    detail = " ".join(str(error).split())
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect ({detail})" if detail else "cannot connect"
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def page_filename(url: str) -> str:
    """A readable file name for a page: its host (no 'www.') and its path as a slug, and a short
    hash of its query when it has one ('example.org-faq-dry-needling.html')."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.") + (f"-{parts.port}" if parts.port else "")
    path = re.sub(r"\.(?:html?|php|aspx?)$", "", unquote(parts.path).lower())
    slug = re.sub(r"[^a-z0-9]+", "-", path).strip("-")
    name = f"{host}-{slug}" if slug else host
    if parts.query:
        name += "-" + hashlib.sha256(parts.query.encode("utf-8")).hexdigest()[:8]
    return name[:MAX_NAME].rstrip("-.") + ".html"


def _write_new(target: Path, data: bytes, replace: bool) -> None:
    """Write a file in one step: created exclusively, or swapped in whole when replacing."""
    if not replace:
        with target.open("xb") as handle:
            handle.write(data)
        return
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, target)


def add_page(fetcher: Fetcher, url: str, raw_dir: Path, *, overwrite: bool = False, today: dt.date | None = None) -> Added:
    """Fetch one page into raw_dir with its sources.csv row; a FetchError says why it was not added."""
    if not raw_dir.is_dir():
        raise FetchError(url, f"raw folder {raw_dir} not found")
    try:
        known = read_provenance(raw_dir)
    except SourceError as error:
        raise FetchError(url, f"sources.csv cannot be read: {str(error).splitlines()[0]}") from None
    page = fetcher.fetch(url)
    name = page_filename(page.final_url)
    target = raw_dir / name
    listed = next((path for path, row in known.items() if row.get("source_url") == page.final_url and path != name), None)
    if listed:
        raise FetchError(url, f"already in {raw_dir / SOURCES_FILE} as {listed}")
    if (target.exists() or name in known) and not overwrite:
        raise FetchError(url, f"{target} already exists (use --overwrite to replace it and its sources.csv row)")
    served = codec_name(page.charset) if page.charset else None
    charset = page.charset if served and served != decode_page(page.data).encoding else None  # needed to read it later
    try:
        reading = read_html(page.data, page.final_url, charset=charset)
    except UnusableSource as error:
        raise FetchError(url, f"not a usable page: {error.reason}") from None
    row = {
        "path": name, "source_url": page.final_url, "title": reading.metadata.get("title", ""),
        "retrieved": (today or dt.date.today()).isoformat(),
        "license": page.license or reading.metadata.get("license", ""), "charset": charset or "",
    }
    try:
        _write_new(target, page.data, replace=overwrite)
        update_sources(raw_dir, [row], replaces=lambda existing: overwrite and existing.get("path") == row["path"])
    except OSError as error:
        raise FetchError(url, f"cannot write to {raw_dir} ({error.strerror})") from None
    return Added(url, name, row)
