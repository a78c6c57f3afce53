"""Finding new source pages in web archives: `python -m pipeline harvest WARC [...] --raw DIR`.

Each WARC file is one task (`harvest_warc`, a pure function of the file and the settings, so any
engine can map it). Every response record is judged in order of cost, cheapest first:

1. an HTML response (text/html, application/xhtml+xml) with status 200, within the size limit,
   whose bytes are not a PDF or an image;
2. the byte-level prefilter (below): the in-scope names in the page's bytes must be able to
   reach the relevance threshold;
3. the HTML reader: a page with main content (not a login wall, not an empty shell);
4. English: at least MIN_ENGLISH_SHARE of its words are English function words (validate's check);
5. FAQ structure: FAQPage markup (JSON-LD or microdata) the text shows, or two pairs the layout
   finder finds;
6. relevance (pipeline/extract/scope.py) at or above the threshold, HARVEST_THRESHOLD by default.

The client then decides what depends on other pages, in a stable order (the WARC files as given,
records by offset): a page whose address (as captured, or its canonical link) or text is already
in the raw folder, or was kept earlier in this harvest, is skipped, and so is a near-duplicate of
either (validate's shingle index). It writes what it keeps as `add` does, never replacing a file,
and a report with one row per response record considered.

The prefilter. Relevance is 100 * answer weight / (answer words + 100) + 2 * title weight, so a
page at threshold T has answer weight + 2 * title weight >= T. Every mention the score counts is
a vocabulary name written in the page's <body> (the answers) or in its <title>, so with B_body and
B_title the weight of the names written there, B_body + 2 * B_title >= T; a page without a
<title> (its og:title is its title, anywhere in the page) needs 2 * B >= T over all of it. The
prefilter asks exactly that of the raw bytes, in two passes of RE2 (through pyarrow, a dependency
already) over a batch of bodies at once: does the page name anything in scope at all (nearly all
pages fail here), and for the few that do, B per weight. Names are matched case-insensitively as
whole words, singular or plural, with a space, line break or hyphen between words; they are the
names of every concept (and scope term) scope.csv weighs above 0. Scripts and the rest of the
<head> reach neither the text nor the title and are not read (see _read_parts). B counts names in
navigation and footers too, and a name inside a longer one of another weight twice: it can only
overestimate, so the prefilter never rejects a page that could reach T, unless markup splits a
name ("trigger <b>point</b>") or the page is not in an ASCII-compatible charset.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import threading
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.build import Progress, no_progress
from pipeline.curation import MIN_ENGLISH_SHARE, NEAR_DUPLICATE_SIMILARITY, CorpusIndex, english_share, shingles
from pipeline.defaults import HARVEST_THRESHOLD
from pipeline.engines import open_engine
from pipeline.extract.entities import find_mentions
from pipeline.extract.nlp import default_nlp
from pipeline.extract.pairs import merge_pairs
from pipeline.extract.questions import find_pairs
from pipeline.extract.scope import SCOPE_FILE, TITLE_FACTOR, relevance, scope_rules
from pipeline.rules import read_rows
from pipeline.sources import SourceError, UnusableSource, read_provenance, text_digest
from pipeline.sources.charset import codec_name, decode_page
from pipeline.sources.checks import DEFAULT_MAX_BYTES, SIGNATURES
from pipeline.sources.fetch import HTML_TYPES, page_filename
from pipeline.sources.html import read_html
from pipeline.sources.pagemeta import licence_id
from pipeline.sources.provenance import update_sources
from pipeline.sources.warc import ArchiveRecord, WarcError, expand, read_records
from pipeline.vocabulary import concepts_by_id

MIN_LAYOUT_PAIRS = 2  # pairs the layout finder must find on a page without FAQPage markup
NOT_FOR_RELEVANCE = ("faq_sentences", "abbreviation_resolver")  # relevance counts names, not abbreviations or sentences
BATCH_BYTES = 64_000_000  # bodies prefiltered together: one RE2 compilation (10 ms) per batch, two buffers of this size
SEPARATOR = rb"[\s\-]"  # between the words of a name: one space, line break or hyphen (see _name_pattern)
APOSTROPHE = rb"(?:'|\xe2\x80\x99)"  # straight or curly
SIGNATURE_PREFIXES = tuple(SIGNATURES)
_LINK_LICENCE = re.compile(r"<([^>]+)>\s*;[^,]*?\brel\s*=\s*\"?license\b", re.IGNORECASE)


class HarvestError(Exception):
    """A harvest that cannot start or finish: the message names the file or folder and the problem."""


@dataclass(frozen=True)
class Settings:
    """What a harvest keeps; passed to every task, so it must pickle."""
    min_relevance: float = HARVEST_THRESHOLD
    max_bytes: int = DEFAULT_MAX_BYTES


class Considered(NamedTuple):
    """One response record and what became of it: a row of the report (a named tuple, like the
    records: one per record of every WARC file)."""
    warc_file: str
    offset: int
    url: str
    date: str | None
    status: int | None
    content_type: str | None
    bytes: int
    decision: str  # kept | rejected (candidate while only the task has judged it)
    reason: str  # kept, or why not: see REASONS
    detail: str = ""
    prefilter_bound: float | None = None
    english_share: float | None = None
    pairs: int | None = None
    relevance: float | None = None
    path: str = ""  # where it was written, relative to the raw folder
    license: str = ""  # of a page that passed: an HTTP Link rel=license header, else the licence the page declares
    license_hints: str = ""  # every licence statement on such a page, for the curator


REPORT_COLUMNS = Considered._fields

REASONS = {
    "status": "the server did not answer 200 OK",
    "not_html": "not an HTML page (by its content type, or by its bytes: a PDF or an image)",
    "too_large": "larger than the limit the build accepts",
    "prefilter": "the in-scope names in its bytes cannot bring it to the relevance threshold",
    "unusable": "no main content, or a login wall",
    "not_english": "fewer common English words than validate accepts, or too short to tell",
    "no_faq": "neither FAQPage markup the text shows nor two pairs the layout finder finds",
    "out_of_scope": "relevance below the threshold",
    "already_in_raw": "its address or text is already in the raw folder",
    "duplicate": "the same address or text as a page kept earlier in this harvest",
    "near_duplicate": "shares most 5-word phrases with a page in the raw folder or kept earlier",
    "kept": "written to the raw folder with its sources.csv row",
}


@dataclass(frozen=True)
class Page:
    """A page that passed every test of its own; the client decides against the others."""
    row: Considered
    url: str
    canonical: str  # the page's canonical link (or og:url), else the captured address
    body: bytes
    text: str
    title: str
    charset: str  # the server's charset, when the reader needs it to read the page as served


@dataclass(frozen=True)
class WarcResult:
    """What one task returns: a row per response record in file order, the pages it passed, and
    the error that stopped the file early, if any."""
    location: str
    rows: tuple[Considered, ...]
    pages: tuple[Page, ...]
    error: str | None = None


def _name_pattern(name: str) -> bytes:
    """A vocabulary name as an RE2 pattern over bytes: one space, line break or hyphen between its
    words. RE2 runs a DFA only while it stays small: a run of separators ("[\\s-]+"), &nbsp; or an
    alternative ending (y|ies) make it 20-40 times slower on the whole vocabulary."""
    words = [word for word in re.split(r"[\s\-]+", name.lower()) if word]
    return SEPARATOR.join(APOSTROPHE.join(re.escape(piece).encode("utf-8") for piece in re.split(r"['’]", word)) for word in words)


@dataclass(frozen=True)
class Prefilter:
    """In-scope names by weight, as RE2 patterns over raw bytes (see the module docstring)."""
    any_name: bytes
    by_weight: tuple[tuple[float, bytes], ...]

    def names_any(self, bodies: pa.Array) -> list[bool]:
        """Whether each body names anything in scope: one pass of RE2 over all of them."""
        return pc.match_substring_regex(bodies, self.any_name, ignore_case=True).to_pylist()

    def weights(self, bodies: pa.Array) -> list[float]:
        """The weight of the in-scope names in each body (0 for one that names none)."""
        weights = [0.0] * len(bodies)
        for weight, pattern in self.by_weight:
            for i, count in enumerate(pc.count_substring_regex(bodies, pattern, ignore_case=True).to_pylist()):
                weights[i] += weight * count
        return weights


def _shortest(names: Iterable[str]) -> list[str]:
    """The names that hold no other name as whole words: a match of "trigger point injection" is
    a match of "trigger point" too, and RE2's automaton stays small (with every name it runs 200
    times slower)."""
    phrases = {" ".join(re.split(r"[\s\-]+", name.strip().lower())) for name in names}
    phrases |= {phrase[:-1] + "ies" for phrase in phrases if phrase.endswith("y")}  # therapies: a plural of its own

    def holds_another(phrase: str) -> bool:
        words = phrase.split()
        return any(" ".join(words[i:j]) in phrases for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words))
    return sorted(phrase for phrase in phrases if not holds_another(phrase))


def _alternation(names: Iterable[str]) -> bytes:
    """Whole names, in singular or plural (a name ending in -y has its -ies plural as a name of its own)."""
    return rb"\b(?:" + b"|".join(_name_pattern(n) for n in _shortest(names)) + rb")(?:s|es)?\b"


@cache
def prefilter() -> Prefilter:
    """The vocabulary's in-scope names (and scope.csv's terms), weighed as scope.csv weighs them."""
    rules = scope_rules()
    by_weight: dict[float, set[str]] = {}
    for concept_id, concept in concepts_by_id().items():
        weight = rules.weight(concept_id)
        if weight > 0:
            by_weight.setdefault(weight, set()).update(n.lower() for n in (concept.preferred_name, *concept.synonyms))
    for row in read_rows(SCOPE_FILE):  # checked by scope_rules()
        if row["kind"] == "term" and float(row["weight"]) > 0:
            by_weight.setdefault(float(row["weight"]), set()).add(row["value"].lower())
    everything = [name for names in by_weight.values() for name in names]
    return Prefilter(_alternation(everything), tuple((w, _alternation(names)) for w, names in sorted(by_weight.items())))


def _row(record: ArchiveRecord, reason: str, detail: str = "", **values) -> Considered:
    decision = "candidate" if reason == "kept" else "rejected"
    return Considered(
        record.warc_file, record.offset, record.url, record.date, record.status, record.content_type, len(record.body),
        decision, reason, detail, **values,
    )


def _served(record: ArchiveRecord, max_bytes: int) -> Considered | None:
    """The row rejecting a record that is not an HTML page served whole, or None."""
    if record.status != 200:
        return _row(record, "status", f"HTTP {record.status}" if record.status else "no HTTP status line")
    if record.content_type not in HTML_TYPES:
        return _row(record, "not_html", f"content type {record.content_type or 'missing'}")
    if len(record.body) > max_bytes:
        return _row(record, "too_large", f"{len(record.body):,} bytes > {max_bytes:,}")
    if not record.body.startswith(SIGNATURE_PREFIXES):
        return None
    kind = next(name for signature, name in SIGNATURES.items() if record.body.startswith(signature))
    return _row(record, "not_html", f"served as {record.content_type}, but the content is {kind}")


def _link_licence(record: ArchiveRecord) -> str:
    """The licence an HTTP `Link: <...>; rel="license"` header names, as add records it."""
    for line in record.headers.split("\r\n"):
        name, _, value = line.partition(":")
        if name.strip().lower() == "link" and (found := _LINK_LICENCE.search(value)):
            return licence_id(found.group(1))
    return ""


@dataclass(frozen=True)
class _Verdict:
    """What a page's bytes decide (steps 3-6), whoever served them."""
    reason: str
    detail: str
    measured: dict
    text: str = ""
    metadata: dict = field(default_factory=dict)


def _verdict(body: bytes, url: str, charset: str | None, settings: Settings, scores: dict[tuple[str, str], float]) -> _Verdict:
    try:
        reading = read_html(body, url, charset=charset)
    except UnusableSource as error:
        return _Verdict("unusable", error.reason, {})
    text = reading.text
    share = english_share(text)
    measured = {"english_share": round(share, 3) if share is not None else None}
    if share is None or share < MIN_ENGLISH_SHARE:
        detail = f"{share:.0%} common English words (validate wants {MIN_ENGLISH_SHARE:.0%})" if share is not None else "fewer than 30 words"
        return _Verdict("not_english", detail, measured)
    layout = find_pairs(text, marks=reading.marks)
    pairs = merge_pairs(text, layout, reading.structured_pairs)
    measured["pairs"] = len(pairs)
    shown = [p for p in reading.structured_pairs if not p.asked_otherwise]  # FAQPage questions the page shows as written
    if not shown and len(layout) < MIN_LAYOUT_PAIRS:
        return _Verdict("no_faq", f"no FAQPage markup and {len(layout)} pair(s) found by layout", measured)
    title = reading.metadata.get("title", "")
    key = (text_digest(text), title)
    if key not in scores:  # the same text in other markup (a mirror, another template) is scored once
        answers = [(p.answer_start, p.answer_end) for p in pairs if p.answer_end > p.answer_start]
        scores[key] = relevance(title, text, find_mentions(default_nlp()(text, disable=NOT_FOR_RELEVANCE)), answers)
    measured["relevance"] = score = scores[key]
    if score < settings.min_relevance:
        return _Verdict("out_of_scope", f"relevance {score:g} < {settings.min_relevance:g}", measured)
    how = "FAQPage markup" if shown else "layout"
    return _Verdict("kept", f"{len(pairs)} pairs ({how}), relevance {score:g}", measured, text, reading.metadata)


def _examine(record: ArchiveRecord, bound: float, settings: Settings, verdicts: dict, scores: dict) -> tuple[Considered, Page | None]:
    """Steps 3-6 of the module docstring for one record that passed the prefilter; the same bytes
    served twice (under two addresses, or captured twice) are read once."""
    served = codec_name(record.charset) if record.charset else None
    charset = record.charset if served and served != decode_page(record.body).encoding else None
    key = (hashlib.sha256(record.body).digest(), charset)
    if key not in verdicts:
        verdicts[key] = _verdict(record.body, record.url, charset, settings, scores)
    verdict = verdicts[key]
    if verdict.reason != "kept":
        return _row(record, verdict.reason, verdict.detail, prefilter_bound=bound, **verdict.measured), None
    metadata = verdict.metadata
    row = _row(
        record, verdict.reason, verdict.detail, prefilter_bound=bound, **verdict.measured,
        license=_link_licence(record) or metadata.get("license", ""), license_hints=metadata.get("license_hints", ""),
    )
    page = Page(row, record.url, metadata.get("source_url") or record.url, record.body, verdict.text, metadata.get("title", ""), charset or "")
    return row, page


_buffers = threading.local()  # the batch buffers of each thread, reused from file to file


class _Batch:
    """Bodies waiting for the prefilter, copied as they come into two buffers: one of the bodies
    whole (to give back the few the prefilter passes), one of what it reads of them (see
    _read_parts), which Arrow reads in place. The records are kept without their bodies, whose
    memory goes back to the allocator at once, as in a bare read: held bodies, or fresh buffers
    for each batch, cost page faults, and together more than RE2 itself."""

    def __init__(self, size: int):
        if len(getattr(_buffers, "whole", b"")) < size:
            _buffers.whole, _buffers.read = bytearray(size), bytearray(size)
        self.whole, self.read = memoryview(_buffers.whole), memoryview(_buffers.read)
        self.records: list[ArchiveRecord] = []
        self.ends = [0]  # of each body in `whole`
        self.read_ends = [0]  # of what is read of each in `read`

    def add(self, record: ArchiveRecord) -> int:
        """Copy the body in; the bytes filled so far."""
        body = memoryview(record.body)
        start, end = self.ends[-1], self.ends[-1] + len(body)
        self.whole[start:end] = body
        self.ends.append(end)
        position = self.read_ends[-1]
        title, parts = _read_parts(record.body)
        for first, last in ([title] if title else []) + parts:
            self.read[position:position + last - first] = body[first:last]
            position += last - first
        self.read_ends.append(position)
        self.records.append(record._replace(body=b""))
        return end

    def array(self) -> pa.Array:
        """What the prefilter reads of each body, as one Arrow array over the buffer."""
        offsets = np.array(self.read_ends, dtype=np.int64)
        return pa.LargeBinaryArray.from_buffers(pa.large_binary(), len(self.records), [None, pa.py_buffer(offsets), pa.py_buffer(self.read[:self.read_ends[-1]])])

    def record(self, i: int) -> ArchiveRecord:
        """The i-th record with its body again."""
        return self.records[i]._replace(body=bytes(self.whole[self.ends[i]:self.ends[i + 1]]))

    def clear(self) -> None:
        self.records.clear()
        self.ends, self.read_ends = [0], [0]


def _read_parts(body: bytes) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The span of a page's <title> (None without one) and the spans of its <body> less its last
    script (where analytics and page data usually sit): all its relevance can come from, found
    with a few searches (a search for every script costs what RE2 saves by skipping them). The
    rest of the <head> (styles, scripts, metadata) reaches neither the text nor the title, unless
    the page has no <title> or an empty one: then og:title is its title, and the whole <head> is read. Tags are
    looked for in lower case, as nearly every page writes them: an upper-case one is read."""
    body_start = body.find(b"<body")
    title = body.find(b"<title", 0, body_start) if body_start > 0 else -1
    close = body.find(b"</title", title, body_start) if title != -1 else -1
    if close != -1 and not body[body.find(b">", title, close) + 1:close].strip():
        title = -1  # an empty <title>: the reader takes og:title, so the whole <head> is read
    if title == -1:
        title_span, parts, position = None, [], 0
    else:
        title_span, parts, position = (title, body.find(b"</title", title, body_start) % (body_start + 1)), [], body_start
    end = body.rfind(b"</script")
    script = body.rfind(b"<script", position, end) if end > position else -1
    if script != -1:
        parts.append((position, script))
        position = end
    parts.append((position, len(body)))
    return title_span, parts


class _Scan:
    """One WARC file's records on their way through the prefilter, in batches: RE2 compiles the
    names (10-30 ms) once per batch, not once per page. Every body meets the first pass (does it
    name anything in scope?); the few that do are weighed, then examined."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.rows: list[Considered] = []
        self.pages: list[Page] = []
        self.batch = _Batch(BATCH_BYTES + settings.max_bytes)
        self.named: list[ArchiveRecord] = []
        self.named_bytes = 0
        self.verdicts: dict[tuple[bytes, str | None], _Verdict] = {}  # by the body's SHA-256 and the charset it is read with
        self.scores: dict[tuple[str, str], float] = {}  # relevance by text and title

    def add(self, record: ArchiveRecord) -> None:
        rejected = _served(record, self.settings.max_bytes)
        if rejected:
            self.rows.append(rejected)
        elif self.batch.add(record) >= BATCH_BYTES:
            self._name()

    def finish(self) -> None:
        self._name()
        self._weigh()

    def _name(self) -> None:
        if self.batch.records:
            for i, named in enumerate(prefilter().names_any(self.batch.array())):
                if named:
                    self.named.append(self.batch.record(i))
                    self.named_bytes += len(self.named[-1].body)
                else:
                    self.rows.append(_row(self.batch.records[i], "prefilter", "names nothing in scope", prefilter_bound=0.0))
            self.batch.clear()
        if self.named_bytes >= BATCH_BYTES:
            self._weigh()

    def _weigh(self) -> None:
        """B_body + 2 * B_title (see the module docstring) for each page that names the scope."""
        pieces = []
        for record in self.named:
            title, parts = _read_parts(record.body)
            pieces += [record.body[title[0]:title[1]] if title else b"", b"".join(record.body[a:b] for a, b in parts)]
        weights = prefilter().weights(pa.array(pieces, pa.large_binary())) if pieces else []
        for i, record in enumerate(self.named):
            title, body = weights[2 * i], weights[2 * i + 1]
            bound = round(body + TITLE_FACTOR * title if pieces[2 * i] else TITLE_FACTOR * body, 2)
            if bound < self.settings.min_relevance:
                detail = f"in-scope names bound its relevance at {bound:g} < {self.settings.min_relevance:g}"
                self.rows.append(_row(record, "prefilter", detail, prefilter_bound=bound))
                continue
            row, page = _examine(record, bound, self.settings, self.verdicts, self.scores)
            self.rows.append(row)
            if page is not None:
                self.pages.append(page)
        self.named.clear()
        self.named_bytes = 0


def harvest_warc(location: str, settings: Settings = Settings()) -> WarcResult:
    """Judge every response record of one WARC file by itself (steps 1-6 of the module docstring).

    Pure and picklable, so that any engine can map it over files: it reads nothing but the file,
    writes nothing, and returns every row in file order. A damaged file ends the task early with
    its error and the rows of the records read before it."""
    scan, error = _Scan(settings), None
    try:
        for record in read_records(location):
            scan.add(record)
    except WarcError as problem:
        error = str(problem)
    scan.finish()
    return WarcResult(location, tuple(sorted(scan.rows, key=lambda r: r.offset)), tuple(sorted(scan.pages, key=lambda p: p.row.offset)), error)


@dataclass
class Harvest:
    rows: list[Considered]  # every response record considered, in order
    kept: list[Considered]
    errors: list[str] = field(default_factory=list)  # one line per WARC file that could not be read whole
    files: int = 0


def _url_key(url: str) -> str:
    """An address without its fragment: the same page."""
    return url.split("#", 1)[0]


def _similarity(mine: np.ndarray, theirs: np.ndarray) -> float:
    """The share of two pages' distinct 5-word phrases that both have."""
    common = len(np.intersect1d(mine, theirs, assume_unique=True))
    return common / (len(mine) + len(theirs) - common)


class _Judge:
    """The decisions that depend on other pages: the raw folder's, and those kept before."""

    def __init__(self, raw_dir: Path, known: dict[str, dict]):
        self.index = CorpusIndex.of(raw_dir)
        self.texts: dict[str, str] = {}
        self.bytes: dict[str, str] = {}
        for path, sha, text_sha in zip(*(self.index.table.column(c).to_pylist() for c in ("path", "sha256", "text_sha256"))):
            self.bytes.setdefault(sha, path)
            if text_sha:
                self.texts.setdefault(text_sha, path)
        self.shingles: dict[str, np.ndarray] = {}  # of the pages kept in this harvest
        self.urls = {_url_key(row["source_url"]): path for path, row in known.items() if row.get("source_url")}
        self.names = {p.name.lower() for p in raw_dir.iterdir()} | {path.lower() for path in known}
        self.kept: set[str] = set()

    def _where(self, path: str) -> tuple[str, str]:
        return ("duplicate", path) if path in self.kept else ("already_in_raw", f"{path} in the raw folder")

    def problem(self, page: Page) -> tuple[str, str] | None:
        for url in dict.fromkeys((_url_key(page.url), _url_key(page.canonical))):
            if url in self.urls:
                reason, where = self._where(self.urls[url])
                return reason, f"the same address ({url}) as {where}"
        for digest, table, what in ((text_digest(page.text), self.texts, "text"), (hashlib.sha256(page.body).hexdigest(), self.bytes, "bytes")):
            if digest in table:
                reason, where = self._where(table[digest])
                return reason, f"the same {what} as {where}"
        mine = shingles(page.text)
        kept = [(path, _similarity(mine, theirs)) for path, theirs in self.shingles.items()]
        for other, similarity in self.index.similar(mine, NEAR_DUPLICATE_SIMILARITY) + kept:
            if similarity >= NEAR_DUPLICATE_SIMILARITY:
                return "near_duplicate", f"{similarity:.0%} of 5-word phrases shared with {self._where(other)[1]}"
        return None

    def name(self, url: str) -> str:
        """A file name for the page that nothing in the raw folder or this harvest has."""
        name = page_filename(url)
        if name.lower() in self.names:
            name = f"{name.removesuffix('.html')}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}.html"
        return name

    def keep(self, page: Page, path: str) -> None:
        self.names.add(path.lower())
        self.kept.add(path)
        for url in (page.url, page.canonical):
            self.urls.setdefault(_url_key(url), path)
        self.texts.setdefault(text_digest(page.text), path)
        self.bytes.setdefault(hashlib.sha256(page.body).hexdigest(), path)
        self.shingles[path] = shingles(page.text)


def _check_report(report: Path) -> None:
    """A report may replace only an earlier report (recognised by its header), never another file."""
    if report.is_dir():
        raise HarvestError(f"{report}: the report must be a file, not a folder")
    if report.exists():
        with report.open("rb") as handle:
            first = handle.readline().decode("utf-8", errors="replace").strip()
        if first != ",".join(REPORT_COLUMNS):
            raise HarvestError(f"{report}: exists and is not a harvest report; choose another --report")
    if not report.parent.is_dir():
        raise HarvestError(f"{report.parent}: folder for the report not found")


def write_report(report: Path, rows: list[Considered]) -> None:
    """The report as CSV, swapped in whole."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    writer.writerows(rows)
    temporary = report.with_name(f".{report.name}.{os.getpid()}")
    temporary.write_text(buffer.getvalue(), encoding="utf-8")
    temporary.replace(report)


def _source_row(page: Page, path: str) -> dict[str, str]:
    return {
        "path": path, "source_url": page.url, "title": page.title, "retrieved": page.row.date or "", "license": page.row.license,
        "charset": page.charset, "warc_file": page.row.warc_file, "warc_offset": str(page.row.offset),
    }


def harvest(locations: list[str], raw_dir: Path, report: Path, *, settings: Settings = Settings(), engine: str = "local",
            jobs: int = 1, scheduler: str | None = None, progress: Progress = no_progress) -> Harvest:
    """Harvest the WARC files (paths, URLs or globs) into raw_dir and write the report (see the
    module docstring), one task per WARC file on the engine named (pipeline/engines/). A WARC file
    that cannot be read whole is named in `errors`; what was read of it and of the others is still
    judged and written."""
    if not raw_dir.is_dir():
        raise HarvestError(f"{raw_dir}: raw folder not found")
    _check_report(report)
    try:
        known = read_provenance(raw_dir)
        files = expand(locations)
    except (SourceError, WarcError) as error:
        raise HarvestError(str(error).splitlines()[0]) from None
    results = []
    with open_engine(engine, jobs, scheduler, preload=("pipeline.harvest",)) as mapper:
        for result in mapper.map(partial(harvest_warc, settings=settings), files):
            results.append(result)
            progress("harvesting", len(results), len(files))
    judge = _Judge(raw_dir, known)
    decided: dict[tuple[int, int], Considered] = {}
    written: list[tuple[Page, str]] = []
    try:
        for number, result in enumerate(results):
            for page in sorted(result.pages, key=lambda p: p.row.offset):
                problem = judge.problem(page)
                if problem:
                    decided[number, page.row.offset] = page.row._replace(decision="rejected", reason=problem[0], detail=problem[1])
                    continue
                path = judge.name(page.url)
                try:
                    with (raw_dir / path).open("xb") as handle:
                        handle.write(page.body)
                except OSError as error:
                    raise HarvestError(f"cannot write {raw_dir / path} ({error.strerror})") from None
                judge.keep(page, path)
                written.append((page, path))
                decided[number, page.row.offset] = page.row._replace(decision="kept", path=path)
    finally:  # the pages written so far keep their provenance, even when a later one fails
        if written:
            try:
                update_sources(raw_dir, [_source_row(page, path) for page, path in written])
            except (OSError, SourceError) as error:
                raise HarvestError(f"cannot update {raw_dir / 'sources.csv'} ({error})") from None
    rows = [decided.get((number, row.offset), row) for number, result in enumerate(results) for row in result.rows]
    write_report(report, rows)
    return Harvest(rows, [row for row in rows if row.decision == "kept"], [r.error for r in results if r.error], len(files))
