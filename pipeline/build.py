"""The build: raw folder -> checked files -> per-document fragments -> validated tables -> output.

Each raw file's rows are a pure function of its bytes, its path, its sources.csv row and the code:
`extract_partition` turns a partition of files into one cached fragment per document (the unit
an engine maps, in this process, in worker processes or on a Dask cluster), and `assemble`
streams the fragments into the published tables, one table at a time, so that memory follows the
largest table rather than the corpus. A rebuild reuses every fragment whose key is unchanged.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import os
import sys
import tempfile
import zlib
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.engines import open_engine
from pipeline.memos import clear_text_memos
from pipeline.engines.cache import Cache, entry_key, read_ipc, to_ipc, write_atomic
from pipeline.publish import card, figure
from pipeline.publish.checks import Problem, TableValidationError, as_checked, merge_problems, validate_tables
from pipeline.publish.datapackage import descriptor_bytes
from pipeline.publish.licences import withhold
from pipeline.publish.tables import Counts, concept_rows, mentioned_concepts, provider_treatment_rows, to_frame
from pipeline.publish.writer import arrow_frame, check_out_dir, csv_parts, output_lock, publish, recover, write_parquet, write_table
from pipeline.sources import SOURCE_SUFFIXES, SOURCES_FILE, Document, SourceError, UnusableSource, doc_id_for, raw_files, read_document, read_provenance, text_digest
from pipeline.sources.checks import file_errors
from pipeline.vocabulary import vocabulary
from schemas import TABLES

DOCUMENT_TABLES = ("documents", "qa_pairs", "entities", "claims")
EVIDENCE = "performs_evidence"  # who performs what, per claim: summed into provider_treatments
EVIDENCE_SCHEMA = pa.schema([(name, pa.string()) for name in ("provider_id", "treatment_id", "relation", "claim_id", "doc_id")])
PARTITION_DOCUMENTS = 128  # documents per unit of work: validation runs per partition (a fixed cost each), caching per document
BLOCK_DOCUMENTS = 256  # documents per block of an assembled table, on average: what a rebuild reassembles of each table

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["BuildError", "BuildResult", "Corpus", "build", "parsed_corpus", "scan_corpus"]

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: nobody is watching."""


class BuildError(Exception):
    pass


@dataclass
class BuildResult:
    rows: dict[str, int]
    warnings: list[str] = field(default_factory=list)
    extracted: int = 0  # documents extracted afresh; the others came from the cache


@dataclass(frozen=True)
class FileTask:
    """One raw file, named (never carried) so that any worker can read it: paths, not texts."""
    raw_dir: str
    relative: str
    row: dict | None
    check: str  # where its check is cached
    fragment: str  # where its rows are cached
    size: int  # bytes: what its extraction costs grows with them


@dataclass(frozen=True)
class FileCheck:
    """What checking a file found: why it cannot be used, or its reader's warnings and text digest."""
    problem: str | None
    warnings: tuple[str, ...] = ()
    text_sha256: str | None = None


def check_file(task: FileTask) -> FileCheck:
    """Read one file as the build will, and cache what the reading found."""
    path = Path(task.raw_dir) / task.relative
    try:
        document = read_document(path, Path(task.raw_dir), {task.relative: task.row} if task.row else None)
        found = FileCheck(None, tuple(document.warnings), text_digest(document.text))
    except UnusableSource as error:
        found = FileCheck(error.reason)
    except SourceError as error:
        found = FileCheck(str(error).removeprefix(f"{path}: "))
    write_atomic(Path(task.check), json.dumps([found.problem, found.warnings, found.text_sha256]).encode())
    return found


def check_partition(tasks: tuple[FileTask, ...]) -> list[FileCheck]:
    """Check a partition of files: one unit of work, as a file alone costs less than sending it."""
    return [check_file(task) for task in tasks]


def cached_check(task: FileTask) -> FileCheck | None:
    try:
        with open(task.check, "rb") as handle:
            problem, warnings, text_sha256 = json.loads(handle.read())
    except (OSError, ValueError):
        return None
    return FileCheck(problem, tuple(warnings), text_sha256)


@dataclass
class Corpus:
    """The raw folder after every file in it was checked: what to build, and what was left out."""
    raw_dir: Path
    paths: list[Path]
    provenance: dict[str, dict]
    warnings: list[str] = field(default_factory=list)
    tasks: list[FileTask] = field(default_factory=list)  # one per path, for the cache and the engines

    def documents(self) -> Iterator[Document]:
        """The documents, read one at a time: the corpus is meant to grow to many thousands."""
        for path in self.paths:
            yield read_document(path, self.raw_dir, self.provenance)


def scan_corpus(raw_dir: Path, skip_invalid: bool = False, *, cache: Cache | None = None, engine=None,
                progress: Progress = no_progress) -> Corpus:
    """Check every file of the raw folder before any extraction starts: a file that validate would
    reject stops the build, all of them named, unless skipped. A file's check is cached under its
    key, so only new or changed files are read again (by the engine's workers, when given one)."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    corpus = Corpus(raw_dir, [], read_provenance(raw_dir, cache))
    sources, others = raw_files(raw_dir)
    corpus.warnings += [f"skipped {path}: not a source document (sources are {', '.join('*' + s for s in SOURCE_SUFFIXES)})" for path in others]
    with tempfile.TemporaryDirectory(prefix="faq-pipeline-") as scratch:
        store = cache or Cache(Path(scratch))
        candidates: list[tuple[Path, str | None, str | None, FileTask | None]] = []  # path, problem, bytes digest, task
        for path in sources:
            relative = path.relative_to(raw_dir).as_posix()
            errors, data = file_errors(path, raw_dir)
            if errors:
                candidates.append((path, errors[0], None, None))
                continue
            sha = hashlib.sha256(data).hexdigest()
            row = corpus.provenance.get(relative)
            key = entry_key(relative, sha, row)
            candidates.append((path, None, sha, FileTask(str(raw_dir), relative, row, str(store.path("checks", key, ".json")), str(store.path("fragments", key, ".arrow")), len(data))))
        tasks = [task for _, problem, _, task in candidates if task is not None]
        checks = {task.check: found for task in tasks if (found := cached_check(task)) is not None}
        unread = [task for task in tasks if task.check not in checks]
        if unread:
            progress("checking", 0, len(unread))
        with open_engine() if engine is None else nullcontext(engine) as mapper:
            done = 0
            for partition, found in zip(partitions := _partitions(unread, mapper.workers), mapper.map(check_partition, partitions)):
                checks.update((task.check, check) for task, check in zip(partition, found))
                done += len(partition)
                progress("checking", done, len(unread))
    problems: list[str] = []
    by_bytes: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for path, problem, sha, task in candidates:
        relative = path.relative_to(raw_dir).as_posix()
        found = checks[task.check] if task else FileCheck(problem)
        if found.problem is None and sha in by_bytes:
            found = FileCheck(f"an exact duplicate of {by_bytes[sha]}")
        elif found.problem is None and found.text_sha256 in by_text:
            found = FileCheck(f"an exact duplicate of {by_text[found.text_sha256]} once read (the same text)")
        if found.problem:
            problems.append(f"{path}: {found.problem}")
            continue
        by_bytes[sha], by_text[found.text_sha256] = relative, relative
        corpus.paths.append(path)
        corpus.tasks.append(task)
        corpus.warnings += [f"{path}: {warning}" for warning in found.warnings]
        if relative not in corpus.provenance:
            corpus.warnings.append(f"{path}: no row in {raw_dir / SOURCES_FILE}")
    if len(problems) == 1 and not skip_invalid:
        raise BuildError(f"{problems[0]} (fix or remove it, or build with --skip-invalid)")
    if problems and not skip_invalid:
        raise BuildError("\n".join([f"{len(problems)} files in {raw_dir} cannot be used (fix or remove them, or build with --skip-invalid):", *problems]))
    corpus.warnings += [f"skipped {problem}" for problem in problems]
    if not corpus.paths:
        raise BuildError(f"{raw_dir}: no source documents to build from ({', '.join('*' + s for s in SOURCE_SUFFIXES)})")
    return corpus


def parsed_corpus(raw_dir: Path) -> Iterator[Doc]:
    """The raw folder's documents as parsed spaCy docs, one at a time."""
    from pipeline.extract.nlp import default_nlp

    return default_nlp().pipe(doc.text for doc in scan_corpus(raw_dir, skip_invalid=True).documents())


def _vocabulary_frame() -> pd.DataFrame:
    """The concepts table without corpus counts: what foreign keys to concepts are checked against."""
    return to_frame("concepts", concept_rows(vocabulary(), {}))


def extract_partition(tasks: tuple[FileTask, ...]) -> list[Problem]:
    """Extract a partition of checked files: validate their rows (every check that stays within a
    document: schemas, spans, foreign keys, withholding by licence, before and after withholding)
    and, when they pass, cache one fragment per document: its published rows, table by table."""
    from pipeline.extract.nlp import default_nlp  # here: a build that finds every document cached needs no spaCy
    from pipeline.extract.records import document_records

    raw_dir = Path(tasks[0].raw_dir)
    provenance = {task.relative: task.row for task in tasks if task.row}
    documents = [read_document(raw_dir / task.relative, raw_dir, provenance) for task in tasks]
    rows: dict[str, list[dict]] = {name: [] for name in (*DOCUMENT_TABLES, EVIDENCE)}
    for parsed, doc in default_nlp().pipe(((doc.text, doc) for doc in documents), as_tuples=True):
        for name, records in document_records(doc, parsed).items():
            rows[name].extend(records)
    tables = {name: to_frame(name, rows[name]) for name in DOCUMENT_TABLES}
    concepts = {"concepts": _vocabulary_frame()}
    published = withhold(tables)
    problems = _problems({**published, **concepts}, DOCUMENT_TABLES)
    if published["documents"].text_withheld.any():  # the text as extracted is checked too (spans, answers)
        problems = _problems({**tables, **concepts}, DOCUMENT_TABLES) + problems
    if problems:
        return problems
    by_document: dict[str, dict[str, pa.Table]] = {doc.doc_id: {} for doc in documents}
    for name, frame in published.items():
        table = arrow_frame(frame, name)
        for doc_id, rows_of in frame.groupby("doc_id", sort=False).indices.items():
            by_document[doc_id][name] = table.slice(int(rows_of[0]), len(rows_of))
    empty = {name: arrow_frame(frame.iloc[:0], name) for name, frame in published.items()}
    for task, doc in zip(tasks, documents):
        parts = {**empty, **by_document[doc.doc_id]}
        parts[EVIDENCE] = pa.Table.from_pylist([row for row in rows[EVIDENCE] if row["doc_id"] == doc.doc_id], schema=EVIDENCE_SCHEMA)
        write_atomic(Path(task.fragment), to_ipc(pa.table({name: pa.array([to_ipc(table)], pa.binary()) for name, table in parts.items()}), "zstd"))
    return []


def _problems(tables: dict[str, pd.DataFrame], names: tuple[str, ...]) -> list[Problem]:
    try:
        validate_tables(tables, only=names)
    except TableValidationError as error:
        return error.problems
    return []


def _partitions(tasks: list[FileTask], workers: int) -> list[tuple[FileTask, ...]]:
    """Consecutive partitions of at most PARTITION_DOCUMENTS documents, cut by bytes, as a page's
    cost grows with its size. One worker gets a quarter of the work at a time. Several get a share
    of what is left that shrinks as the work runs out (guided scheduling), so the partitions that
    end the build are small and no worker waits long for the slowest."""
    total = sum(task.size for task in tasks)

    def target(remaining: int) -> float:
        return total / 4 if workers == 1 else max(remaining / (2 * workers), total / (16 * workers))

    partitions: list[tuple[FileTask, ...]] = []
    current: list[FileTask] = []
    size, remaining = 0, total
    for task in tasks:
        if current and (size + task.size > target(remaining) or len(current) == PARTITION_DOCUMENTS):
            partitions.append(tuple(current))
            remaining -= size
            current, size = [], 0
        current.append(task)
        size += task.size
    return partitions + [tuple(current)] if current else partitions


def extract_fragments(corpus: Corpus, engine, progress: Progress = no_progress) -> int:
    """Extract every document whose fragment is not cached yet; how many there were."""
    missing = [task for task in corpus.tasks if not os.path.isfile(task.fragment)]
    problems: list[Problem] = []
    done = 0
    if missing:
        progress("extracting", 0, len(missing))
    for partition, found in zip(partitions := _partitions(missing, engine.workers), engine.map(extract_partition, partitions)):
        problems += found
        done += len(partition)
        progress("extracting", done, len(missing))
    if problems:
        raise TableValidationError(merge_problems(problems))
    return len(missing)


def _blocks(tasks: list[FileTask]) -> list[list[FileTask]]:
    """The documents in blocks of about BLOCK_DOCUMENTS, cut after a document whose path hashes to
    a cut, so that changing, adding or removing a document changes its own block only."""
    blocks: list[list[FileTask]] = [[]]
    for task in tasks:
        blocks[-1].append(task)
        if zlib.crc32(task.relative.encode()) % BLOCK_DOCUMENTS == 0 or len(blocks[-1]) == 4 * BLOCK_DOCUMENTS:
            blocks.append([])
    return [block for block in blocks if block]


@dataclass(frozen=True)
class BlockTask:
    """One block of documents to assemble into cached rows of the named tables: fragments and
    block files named, as with FileTask, so that any worker can do it."""
    names: tuple[str, ...]
    fragments: tuple[str, ...]
    paths: tuple[str, ...]  # where each table's block is cached


def _block_path(store: Cache, name: str, block: list[FileTask]) -> Path:
    key = hashlib.sha256("\0".join([name, *(os.path.basename(task.fragment) for task in block)]).encode()).hexdigest()
    return store.path("blocks", key, ".arrow")


def _orders(corpus: Corpus) -> dict[tuple[str, ...], list[FileTask]]:
    """The tables by the order their rows are published in: documents by path, the others by
    their sort keys, which begin with the doc_id."""
    by_document = sorted(corpus.tasks, key=lambda task: doc_id_for(task.relative))
    return {("documents",): corpus.tasks, (*DOCUMENT_TABLES[1:], EVIDENCE): by_document}


def _assembled(names: tuple[str, ...], fragments: tuple[str, ...]) -> dict[str, tuple[pa.Table, str]]:
    """The block's rows of each table, in one chunk per column, and their CSV lines; each fragment is read once."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in names}
    for fragment in fragments:
        with open(fragment, "rb") as handle:
            tables = read_ipc(handle.read())
        for name in names:
            parts[name].append(read_ipc(tables.column(name)[0].as_py()))
    assembled = {}
    for name in names:
        table = pa.concat_tables(parts.pop(name)).combine_chunks()
        assembled[name] = table, "".join(csv_parts(table, header=False)) if name != EVIDENCE else ""
    return assembled


def assemble_block(task: BlockTask) -> dict[str, tuple[pa.Table, str]]:
    """Assemble and cache a block's rows of each table: the part of publishing that workers can share."""
    assembled = _assembled(task.names, task.fragments)
    for path, (table, text) in zip(task.paths, assembled.values()):
        try:
            write_atomic(Path(path), to_ipc(pa.table({"rows": pa.array([to_ipc(table, "zstd")], pa.binary()), "csv": [text]}), "zstd"))
        except OSError:
            pass  # a cache that cannot be written only costs the next build the assembling
    return assembled


def _kept_block(path: Path) -> tuple[pa.Table, bytes | pa.Buffer] | None:
    """The block's rows and CSV as the cache holds them, in Arrow's memory. The rows are kept
    compressed, so that reading them gives each column buffers of its own: a table assembled from
    the blocks frees each block's column once it has combined it (zero-copy reading would keep a
    block's every column until its last was combined, the table twice over)."""
    try:
        kept = read_ipc(path.read_bytes())
    except (OSError, pa.ArrowException):
        return None  # not kept yet, or cut short: made again
    return (read_ipc(kept.column("rows")[0].as_buffer()), kept.column("csv")[0].as_buffer()) if kept.num_rows == 1 else None


def assemble_blocks(corpus: Corpus, store: Cache, engine, progress: Progress = no_progress) -> int:
    """Assemble, with the engine's workers, every block not cached yet; how many there were. A
    rebuild that changed one document finds every other block unchanged."""
    tasks = []
    for names, ordered in _orders(corpus).items():
        for block in _blocks(ordered):
            paths = tuple(str(_block_path(store, name, block)) for name in names)
            if not all(os.path.isfile(path) for path in paths):
                tasks.append(BlockTask(names, tuple(task.fragment for task in block), paths))
    if tasks:
        progress("assembling", 0, len(tasks))
    for done, _ in enumerate(engine.map(_assemble_block_quietly, tasks), start=1):
        progress("assembling", done, len(tasks))
    return len(tasks)


def _assemble_block_quietly(task: BlockTask) -> None:
    assemble_block(task)  # the rows stay with the worker: the build reads them from the cache, a table at a time


def _block(store: Cache, name: str, block: list[FileTask]) -> tuple[pa.Table, bytes | pa.Buffer]:
    path = _block_path(store, name, block)
    kept = _kept_block(path)
    if kept is not None:
        return kept
    table, text = assemble_block(BlockTask((name,), tuple(task.fragment for task in block), (str(path),)))[name]
    return table, text.encode("utf-8")


def _table(store: Cache, name: str, tasks: list[FileTask], csv_path: Path | None = None) -> pa.Table:
    """A table of every document's rows, its CSV written to csv_path on the way, a block at a time."""
    tables = []
    with open(csv_path, "wb") if csv_path else nullcontext() as handle:
        for block in _blocks(tasks):
            table, text = _block(store, name, block)
            if handle:
                if not tables:  # the header before the first block
                    handle.write("".join(csv_parts(table.slice(0, 0))).encode("utf-8"))
                handle.write(text)
            tables.append(table)
    return _concatenated(tables)


def assemble(corpus: Corpus, staging: Path, store: Cache, progress: Progress = no_progress) -> tuple[dict[str, pd.DataFrame], dict[str, int]]:
    """Write every table into staging from the cached fragments, one table at a time, and check
    what no single document can: unique keys across the corpus and the corpus-wide tables.

    Returns the tables describe() needs (without their long text columns) and every table's rows."""
    by_document = _orders(corpus)[(*DOCUMENT_TABLES[1:], EVIDENCE)]
    counts: dict[str, int] = {}
    problems: list[Problem] = []
    evidence = pa.table({name: pa.array([], pa.string()) for name in EVIDENCE_SCHEMA.names})
    claim_ids = pa.array([], pa.string())
    concept_counts = None
    steps = len(DOCUMENT_TABLES) + 1
    progress("publishing", 0, steps)
    for step, name in enumerate(DOCUMENT_TABLES, start=1):
        table = _table(store, name, corpus.tasks if name == "documents" else by_document, staging / f"{name}.csv")
        problems += _duplicate_keys(name, table)
        if name == "entities":
            concept_counts = table.group_by("concept_id").aggregate([("mention_id", "count"), ("doc_id", "count_distinct"), ("qa_id", "count_distinct")])
        if name == "claims":
            evidence = _table(store, EVIDENCE, by_document)
            claim_ids = table.column("claim_id")
        write_parquet(table, name, staging)
        counts[name] = table.num_rows
        del table
        pa.default_memory_pool().release_unused()  # the next table need not find this one's memory still held
        progress("publishing", step, steps)
    evidence_rows = evidence.to_pylist()
    tables = {"provider_treatments": to_frame("provider_treatments", provider_treatment_rows(evidence_rows))}
    tables["concepts"] = to_frame("concepts", concept_rows(vocabulary(), _counted(concept_counts)))
    tables["treatments"] = mentioned_concepts("treatments", tables["concepts"], "TREATMENT")
    tables["providers"] = mentioned_concepts("providers", tables["concepts"], "PROVIDER")
    referenced = pa.array(sorted({row["claim_id"] for row in evidence_rows}), pa.string())
    known = pd.DataFrame({"claim_id": referenced.filter(pc.is_in(referenced, claim_ids)).to_pylist()})
    problems += _problems({**tables, "claims": known}, tuple(tables))
    if problems:
        raise TableValidationError(merge_problems(problems))
    for name, frame in tables.items():
        write_table(frame, name, staging)
        counts[name] = len(frame)
    progress("publishing", steps, steps)
    light = {name: _light(staging, name) for name in DOCUMENT_TABLES}
    return {**light, **tables}, counts


def _concatenated(tables: list[pa.Table]) -> pa.Table:
    """One table of the blocks, in one chunk per column (as Parquet must get it to write the bytes a
    single table gives), combined a column at a time, so the copy never holds the table twice."""
    chunked = pa.concat_tables(tables)
    schema, columns = chunked.schema, chunked.columns
    tables.clear()
    del chunked
    for i, column in enumerate(columns):
        columns[i] = column.combine_chunks()
        del column
        pa.default_memory_pool().release_unused()  # the blocks' copy of the column, handed back before the next is combined
    return pa.Table.from_arrays(columns, schema=schema)


def _counted(counts: pa.Table | None) -> Counts:
    """Mentions, distinct documents and distinct pairs per concept, from the entities' aggregate."""
    if counts is None:
        return {}
    columns = ("concept_id", "mention_id_count", "doc_id_count_distinct", "qa_id_count_distinct")
    return {concept: (mentions, documents, pairs) for concept, mentions, documents, pairs in zip(*(counts.column(c).to_pylist() for c in columns))}


def _duplicate_keys(name: str, table: pa.Table) -> list[Problem]:
    """Primary keys (and documents.path) repeated anywhere in the corpus."""
    problems = []
    for column in [*TABLES[name].key_columns, *(["path"] if name == "documents" else [])]:
        repeated = _repeated(table.column(column).combine_chunks())
        if repeated:
            problems.append(Problem(name, f"field_uniqueness ({column})", tuple(repeated)))
    return problems


def _repeated(values: pa.Array) -> list[str]:
    """The values that occur more than once. The longest tables' ids come sorted (the doc_id, then a
    zero-padded offset), and then comparing neighbours is enough; a hash count would need memory of
    the table's own size."""
    head, tail = values.slice(0, max(len(values) - 1, 0)), values.slice(1)
    if pc.all(pc.less_equal(head, tail)).as_py() is not False:
        return sorted(set(tail.filter(pc.equal(head, tail)).to_pylist()))
    counted = pa.table({"value": values}).group_by("value").aggregate([("value", "count")])
    return sorted(counted.filter(pc.greater(counted.column("value_count"), 1)).column("value").to_pylist())


LIGHT_COLUMNS = {  # what the card and the descriptor read of the document tables
    "documents": ["doc_id", "path", "source_url", "title", "license", "attribution", "origins", "format", "relevance", "text_withheld"],
    "qa_pairs": ["doc_id", "question_type", "answer_polarity"],
    "entities": ["label"],
    "claims": ["polarity", "certainty"],
}


def _light(staging: Path, name: str) -> pd.DataFrame:
    return as_checked(pq.read_table(staging / f"{name}.parquet", columns=LIGHT_COLUMNS[name]).to_pandas())


def _release_parser() -> None:
    """Publishing needs no spaCy pipeline, and the one extraction loaded here has a vocabulary that
    grew with every new word of the corpus, beside memos of the lines and sentences it read: free
    them, so that publishing's peak does not carry them."""
    nlp = sys.modules.get("pipeline.extract.nlp")
    if nlp is not None:
        nlp.default_nlp.cache_clear()
    clear_text_memos()
    _hand_back_memory()


def _hand_back_memory() -> None:
    """Return what the allocators keep of freed memory (Arrow's pool, glibc's heap) to the system:
    what one stage freed is not reused whole by the next, and would otherwise raise the peak of
    publishing with the corpus's size."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the memory is freed all the same, only not handed back


def describe(folder: Path, tables: dict[str, pd.DataFrame], store: Cache | None = None) -> dict[str, bytes]:
    """The files published beside the tables: descriptor, dataset card and figure."""
    return {
        "datapackage.json": descriptor_bytes(folder, tables["documents"]),
        "README.md": card.render(tables),
        **_figures(tables["provider_treatments"], tables["concepts"], store),
    }


def _figures(provider_treatments: pd.DataFrame, concepts: pd.DataFrame, store: Cache | None) -> dict[str, bytes]:
    """The figure is a function of two tables (and of the code, which names the cache generation):
    the last one drawn is kept with their digest, so a rebuild that leaves them as they were draws
    nothing (matplotlib would cost it a second)."""
    key = hashlib.sha256(b"\0".join(frame.to_csv(index=False).encode("utf-8") for frame in (provider_treatments, concepts))).hexdigest()
    memo = store.generation / "figure.arrow" if store is not None else None
    try:
        kept = read_ipc(memo.read_bytes()) if memo is not None and memo.is_file() else None
    except (OSError, pa.ArrowException):
        kept = None
    if kept is not None and kept.column("key")[0].as_py() == key:
        return {name: kept.column(name)[0].as_py() for name in kept.column_names if name != "key"}
    drawn = figure.render(provider_treatments, concepts)
    if memo is not None:
        try:
            write_atomic(memo, to_ipc(pa.table({"key": [key], **{name: pa.array([data], pa.binary()) for name, data in drawn.items()}})))
        except OSError:
            pass  # a cache that cannot be written only costs the next build the drawing
    return drawn


def build(raw_dir: Path, out_dir: Path, *, skip_invalid: bool = False, progress: Progress = no_progress,
          cache: Path | None = None, engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> BuildResult:
    """Rebuild every table from raw_dir and publish them to out_dir, or publish nothing.

    `cache` is the cache folder to reuse and keep fragments in (None: a temporary one, so
    everything is extracted); `engine`, `jobs` and `scheduler` say where the extraction runs
    (pipeline.engines). `progress(stage, done, total)` is told how far checking, extracting,
    assembling and publishing are."""
    if not raw_dir.is_dir():
        raise BuildError(f"{raw_dir}: raw folder not found")
    if engine == "dask" and cache is None:
        raise BuildError("the dask engine needs a cache folder its workers share (--cache DIR on shared storage), not --no-cache")
    check_out_dir(out_dir, raw_dir)
    out_dir = out_dir.resolve()  # "." and "output/" name the same folder, with a parent to stage in
    with output_lock(out_dir), tempfile.TemporaryDirectory(prefix="faq-pipeline-cache-") as scratch:
        recover(out_dir)
        store = Cache.open(cache) if cache is not None else Cache(Path(scratch))
        if cache is not None:
            store.prune()
        with open_engine(engine, jobs, scheduler, preload=("pipeline.build",)) as mapper:
            corpus = scan_corpus(raw_dir, skip_invalid, cache=store, engine=mapper, progress=progress)
            extracted = extract_fragments(corpus, mapper, progress)
            _release_parser()
            assemble_blocks(corpus, store, mapper, progress)
            _hand_back_memory()
        counts: dict[str, int] = {}

        def write(staging: Path) -> dict[str, bytes]:
            tables, found = assemble(corpus, staging, store, progress)
            counts.update(found)
            return describe(staging, tables, store)

        publish(write, out_dir)
    order = (*DOCUMENT_TABLES, "provider_treatments", "concepts", "treatments", "providers")
    return BuildResult({name: counts[name] for name in order}, corpus.warnings, extracted)
