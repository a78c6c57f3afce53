"""Command line: each command parses options, calls one library function, reports errors in one line.

The libraries a command needs are imported when it runs, so that `--help` answers at once.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pipeline.curation import FileReport

from pipeline.defaults import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, HARVEST_THRESHOLD, SELECTION_THRESHOLD


def input_errors() -> tuple[type[Exception], ...]:
    """The errors a command reports in one line: bad input, not a bug."""
    from pipeline.build import BuildError
    from pipeline.engines import EngineError
    from pipeline.engines.cache import CacheError
    from pipeline.extract.scope import ScopeError
    from pipeline.harvest import HarvestError
    from pipeline.publish.writer import PublishError
    from pipeline.rehydrate import RehydrateError
    from pipeline.rules import RuleFileError
    from pipeline.sources import SourceError
    from pipeline.vocabulary import VocabularyError

    return BuildError, SourceError, PublishError, VocabularyError, RuleFileError, ScopeError, RehydrateError, EngineError, CacheError, HarvestError


WARNINGS_SHOWN = 5  # without --verbose, the first few warnings and how many there are


class ProgressBars:
    """One bar per stage of a long job (checking, extracting, assembling, publishing), with its estimate of
    the time left; drawn only on a terminal, never into logs or with --quiet."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.stage: str | None = None
        self.bar = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = click.progressbar(length=total, label=stage.capitalize().ljust(10), file=sys.stderr, show_pos=True, show_eta=True)
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()
            self.bar = None


def _echo_warnings(warnings: list[str], verbose: bool) -> None:
    shown = warnings if verbose else warnings[:WARNINGS_SHOWN]
    for warning in shown:
        click.echo(f"warning: {warning}", err=True)
    if len(warnings) > len(shown):
        click.echo(f"... and {len(warnings) - len(shown)} more warning(s) ({len(warnings)} in all; --verbose lists them)", err=True)


def _verbosity(function):
    function = click.option("--verbose", "-v", is_flag=True, help="List every warning, not only the first few.")(function)
    return click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors: no progress, no summary.")(function)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="trigger-point-faq-dataset")
def cli() -> None:
    """Build and check the trigger-point FAQ dataset."""


def _cache_option(function):
    function = click.option("--no-cache", is_flag=True, help="Neither reuse nor keep cached results: read and extract everything afresh.")(function)
    return click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None, show_default=".cache in the project, or $FAQ_PIPELINE_CACHE",
                        help="The cache folder: checked files, extracted fragments, the spaCy pipeline, the corpus index.")(function)


def _cache_dir(cache_dir: Path | None, no_cache: bool) -> Path | None:
    from pipeline.engines.cache import default_cache_dir

    return None if no_cache else cache_dir or default_cache_dir()


@cli.command(name="build")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Folder of source documents (*.txt, *.md, *.html, MedQuAD *.xml) and sources.csv.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="Folder the dataset is published to: new, empty, or an earlier build's output (replaced whole).")
@click.option("--skip-invalid", is_flag=True, help="Skip unusable documents with a warning instead of stopping.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes extracting documents on this machine.")
@click.option("--engine", type=click.Choice(["local", "processes", "dask"]), default=None, help="Where extraction runs: this process, --jobs processes, or a Dask cluster (default: local, or processes with --jobs).")
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler's address for --engine dask (tcp://host:8786); without it a local cluster of --jobs workers.")
@_cache_option
@_verbosity
def build_command(raw_dir: Path, out_dir: Path, skip_invalid: bool, jobs: int, engine: str | None, scheduler: str | None,
                  cache_dir: Path | None, no_cache: bool, quiet: bool, verbose: bool) -> None:
    """Rebuild every table from the raw folder and publish it.

    Each document's rows are cached under its bytes, its sources.csv row and the code, so a
    rebuild extracts only what changed. Nothing is published unless every table passes its
    schema; on failure the previous output stays as it was and the command exits 1. The output
    folder must be new, empty, or a dataset that an earlier build published: anything else is
    refused, never overwritten.

    \b
    Examples:
        python -m pipeline build --raw raw --out output
        python -m pipeline build --jobs 2
        python -m pipeline build --engine dask --scheduler tcp://scheduler:8786 --cache /shared/cache
    """
    from pipeline.build import build
    from pipeline.engines import engine_name
    from pipeline.publish.checks import TableValidationError

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    bars = ProgressBars(enabled=not quiet and sys.stderr.isatty())
    try:
        result = build(raw_dir, out_dir, skip_invalid=skip_invalid, progress=bars, cache=_cache_dir(cache_dir, no_cache),
                       engine=engine_name(engine, jobs), jobs=jobs, scheduler=scheduler)
    except TableValidationError as error:
        raise click.ClickException(f"validation failed, nothing published to {out_dir}\n{error}") from None
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    finally:
        bars.close()
    if not quiet:
        _echo_warnings(result.warnings, verbose)
        counts = ", ".join(f"{n} {name}" for name, n in result.rows.items())
        reused = result.rows["documents"] - result.extracted
        click.echo(f"Published {counts} to {out_dir}/ ({result.extracted} document(s) extracted, {reused} from the cache)", err=True)


def _report_lines(report: FileReport) -> list[str]:
    lines = [str(finding) for finding in report.findings]
    if report.summary:
        summary = report.summary
        mentions = ", ".join(f"{label} {n}" for label, n in summary["mentions"].items()) or "none"
        adds = ", ".join(f"{n} {table}" for table, n in summary["adds_rows"].items())
        gaps = ", ".join(summary["vocabulary_gaps"][:10]) or "none"
        found_by = ", ".join(f"{how} {n}" for how, n in summary["found_by"].items())
        lines += [
            f"{report.path}: report: {summary['pairs']} pairs" + (f" ({found_by})" if found_by else "")
            + f", {summary['claims']} claims; mentions: {mentions}",
            f"{report.path}: report: would add {adds}",
            f"{report.path}: report: terms the vocabulary lacks: {gaps}",
        ]
        if summary["format"] == "html":
            licence = f"{summary['license']} (from {summary['license_from']})" if summary["license"] else "none declared"
            hints = (summary["license_hints"] or "none").replace("|", "; ")
            lines.append(f"{report.path}: report: licence: {licence}; hints on the page: {hints}")
    return lines


@cli.command(name="validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="The corpus new files are compared with (duplicates, sources.csv).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Largest accepted file.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="One line per finding, or JSON for machines.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None, show_default=".cache in the project, or $FAQ_PIPELINE_CACHE",
              help="The cache folder holding the raw folder's index (read once, then only what changed).")
def validate_command(files: tuple[Path, ...], raw_dir: Path, max_bytes: int, output_format: str, cache_dir: Path | None) -> None:
    """Check new source documents before adding them to the corpus.

    Prints one line per problem (FILE: error|warning: message) and, for each usable file, a
    curation report: pairs, mentions per label, claims, terms the vocabulary lacks and what the
    file would add to each table. Exits 1 when any file has an error.

    \b
    Example:
        python -m pipeline validate new/clinic-faq.txt new/insurer-faq.md
    """
    from pipeline.curation import check_files

    try:
        reports = check_files(list(files), raw_dir, max_bytes, cache_dir)
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        payload = [
            {"path": r.path, "usable": r.usable, "findings": [{"level": f.level, "message": f.message} for f in r.findings], "report": r.summary}
            for r in reports
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for report in reports:
            for line in _report_lines(report) or [f"{report.path}: ok"]:
                click.echo(line)
    if not all(r.usable for r in reports):
        raise SystemExit(1)


@cli.command(name="add")
@click.argument("urls", nargs=-1, required=True)
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Folder the pages and sources.csv are written to.")
@click.option("--overwrite", is_flag=True, help="Replace a page saved under the same name, and its sources.csv row.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True, help="Seconds allowed for each page.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Largest page accepted.")
def add_command(urls: tuple[str, ...], raw_dir: Path, overwrite: bool, timeout: float, max_bytes: int) -> None:
    """Fetch web pages into the raw folder, each with its sources.csv row.

    Each page is saved as .html under a name made of its host and path, with its final address
    (after redirects), title, today's date and a licence hint in sources.csv. robots.txt is obeyed,
    only HTML is accepted, and nothing is replaced without --overwrite. One line per address;
    exits 1 when any could not be added.

    \b
    Example:
        python -m pipeline add https://example.org/trigger-point-faq --raw raw
    """
    from pipeline.sources.fetch import FetchError, Fetcher, add_page

    failed = False
    with Fetcher(timeout=timeout, max_bytes=max_bytes) as fetcher:
        for url in urls:
            try:
                added = add_page(fetcher, url, raw_dir, overwrite=overwrite)
            except FetchError as error:
                click.echo(f"{error.url}: error: {error.problem}", err=True)
                failed = True
                continue
            row = added.row
            licence = row["license"] or "none stated"
            click.echo(f"added {raw_dir / added.path}: {row['title'] or '(no title)'!r} from {row['source_url']}; licence: {licence}")
    if failed:
        raise SystemExit(1)


@cli.command(name="harvest")
@click.argument("warcs", nargs=-1, required=True)
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Folder the pages and their sources.csv rows are written to.")
@click.option("--report", type=click.Path(path_type=Path), default=Path("harvest-report.csv"), show_default=True, help="CSV listing every page considered and why it was kept or rejected (replaces only an earlier report).")
@click.option("--min-relevance", type=click.FloatRange(min=0), default=HARVEST_THRESHOLD, show_default=True, help="Lowest relevance kept (pipeline/extract/scope.py).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="WARC files read at once: local processes, or the workers of a local Dask cluster.")
@click.option("--engine", type=click.Choice(["local", "processes", "dask"]), default=None, help="Where the WARC files are read: this process, --jobs processes, or a Dask cluster (default: local, or processes with --jobs).")
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler's address for --engine dask (tcp://host:8786); without it a local cluster of --jobs workers.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Largest page kept (the build's limit).")
@_verbosity
def harvest_command(warcs: tuple[str, ...], raw_dir: Path, report: Path, min_relevance: float, jobs: int, engine: str | None,
                    scheduler: str | None, max_bytes: int, quiet: bool, verbose: bool) -> None:
    """Find FAQ pages in scope in web archives (WARC files) and add them to the raw folder.

    WARC files (.warc, .warc.gz) are paths, globs or URLs (s3://, https:// through fsspec). Each
    HTML page served with status 200 is kept when it is English, has FAQ structure (FAQPage
    markup or two pairs by layout) and reaches the relevance threshold; it is saved like `add`
    saves a page, with the WARC date as `retrieved` and the WARC file and record offset in
    sources.csv. Pages already in the raw folder, duplicates and near-duplicates are skipped;
    nothing is replaced. Exits 1 when a WARC file could not be read whole.

    \b
    Examples:
        python -m pipeline harvest crawl/*.warc.gz --raw raw --report harvest-report.csv
        python -m pipeline harvest 's3://commoncrawl/crawl-data/CC-MAIN-2025-08/segments/*/warc/*.warc.gz' --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.engines import engine_name
    from pipeline.harvest import Settings, harvest

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    bars = ProgressBars(enabled=not quiet and sys.stderr.isatty())
    try:
        result = harvest(list(warcs), raw_dir, report, settings=Settings(min_relevance=min_relevance, max_bytes=max_bytes),
                         engine=engine_name(engine, jobs), jobs=jobs, scheduler=scheduler, progress=bars)
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    finally:
        bars.close()
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    if not quiet:
        for row in result.kept if verbose or len(result.kept) <= WARNINGS_SHOWN * 4 else result.kept[:WARNINGS_SHOWN * 4]:
            click.echo(f"added {raw_dir / row.path}: from {row.url} ({row.detail})")
        reasons = Counter(row.reason for row in result.rows if row.decision == "rejected")
        rejected = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) or "none"
        click.echo(f"Kept {len(result.kept)} of {len(result.rows)} pages from {result.files} WARC file(s); rejected: {rejected}; report: {report}", err=True)
    if result.errors:
        raise SystemExit(1)


@cli.command(name="candidates")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path, exists=True, file_okay=False), default=Path("raw"), show_default=True, help="Folder of source documents.")
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True, help="How many terms to list.")
def candidates_command(raw_dir: Path, top: int) -> None:
    """List frequent terms around treatment and practitioner words that the vocabulary lacks.

    A curator reads the list to grow pipeline/data/vocabulary/ from new documents.

    \b
    Example:
        python -m pipeline candidates --raw raw --top 50
    """
    from pipeline.build import parsed_corpus
    from pipeline.extract.candidates import candidate_terms

    try:
        terms = candidate_terms(parsed_corpus(raw_dir), top)
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    click.echo("mentions\tdocuments\tlabel_hint\tterm")
    for term in terms:
        click.echo(f"{term['mentions']}\t{term['documents']}\t{term['label_hint']}\t{term['term']}")


@cli.command(name="benchmark")
@click.option("--archive", type=click.Path(path_type=Path), default=Path("../shared/medquad/MedQuAD.tar.gz"), show_default=True, help="The MedQuAD archive whose answered documents, rendered as Markdown pages, make the corpus.")
@click.option("--pages", "folder", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None, help="A folder of *.txt and *.md pages to use instead of the archive.")
@click.option("--small", type=click.IntRange(min=10), default=1_000, show_default=True, help="Pages of the smaller corpus (throughput, engines, memory).")
@click.option("--large", type=click.IntRange(min=20), default=10_000, show_default=True, help="Pages of the larger corpus (memory, full and one-page rebuilds, validate beside it).")
@click.option("--no-dask", is_flag=True, help="Leave out the Dask LocalCluster build.")
@click.option("--skip-builds", is_flag=True, help="Leave out every build (only validate's page scaling and the harvest).")
@click.option("--warc-records", type=click.IntRange(min=0), default=3000, show_default=True, help="Records of the synthetic crawl harvested; 0 to skip the harvest.")
@click.option("--page-mb", default="1,2,4", show_default=True, help="Sizes (MB) of single large pages to validate, comma-separated; empty to skip.")
@click.option("--json", "json_path", type=click.Path(path_type=Path), default=None, help="Also write every figure to this JSON file.")
def benchmark_command(archive: Path, folder: Path | None, small: int, large: int, no_dask: bool, skip_builds: bool, warc_records: int,
                      page_mb: str, json_path: Path | None) -> None:
    """Measure the pipeline in one run and print a table of ratios (they hold on a busy machine):
    build throughput against bare spaCy tokenization, where time goes, peak memory at two corpus
    sizes, a one-page rebuild against a full build, --jobs 2 and a Dask LocalCluster against one
    process, start-up of --help and validate, make with nothing changed, how validate's time grows
    with the size of one page, and a harvest of a synthetic crawl against a bare read of the same
    WARC files. Takes minutes: every build runs in a fresh process.

    \b
    Example:
        python -m pipeline benchmark --archive ../shared/medquad/MedQuAD.tar.gz --json benchmark.json
        python -m pipeline benchmark --skip-builds --page-mb "" --warc-records 3000
    """
    from pipeline import benchmark

    try:
        sizes = [float(size) for size in page_mb.split(",") if size.strip()]
    except ValueError:
        raise click.BadParameter(f"{page_mb!r} is not a comma-separated list of sizes", param_hint="--page-mb") from None
    if large <= small:
        raise click.BadParameter("must be larger than --small", param_hint="--large")
    try:
        results = {} if skip_builds else benchmark.run(archive=archive, folder=folder, small=small, large=large, dask=not no_dask)
        results["page_scaling"] = benchmark.page_scaling(sizes) if sizes else {}
        results["harvest"] = benchmark.harvest_benchmark(warc_records) if warc_records else {}
    except (*input_errors(), FileNotFoundError, RuntimeError) as error:
        raise click.ClickException(str(error)) from None
    for line in benchmark.table(results):
        click.echo(line)
    if json_path:
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        click.echo(f"Wrote {json_path}", err=True)


@cli.command(name="select")
@click.option("--archive", type=click.Path(path_type=Path), required=True, help="The MedQuAD archive (MedQuAD.tar.gz), read as a stream.")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Raw folder: the selection goes to its medquad/ subfolder and sources.csv.")
@click.option("--min-relevance", type=click.FloatRange(min=0), default=SELECTION_THRESHOLD, show_default=True, help="Lowest relevance selected (pipeline/extract/scope.py).")
def select_command(archive: Path, raw_dir: Path, min_relevance: float) -> None:
    """Select MedQuAD's documents within the dataset's scope into the raw folder.

    Scores every answered document by its in-scope vocabulary (pipeline/data/scope.csv), keeps
    one of each set of exact duplicates, copies the selection into RAW/medquad/ and writes its
    sources.csv rows (CC-BY-4.0, attribution to MedQuAD and the NIH site). RAW/medquad/ and
    those rows are rewritten whole; nothing else in RAW changes.

    \b
    Example:
        python -m pipeline select --archive ../shared/medquad/MedQuAD.tar.gz --raw raw
    """
    from pipeline.selection import select_medquad

    click.echo(f"Scoring {archive} (a few minutes)...", err=True)
    try:
        selection = select_medquad(archive, raw_dir, min_relevance)
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    sites = Counter(s.source for s in selection.selected)
    click.echo(
        f"Selected {len(selection.selected)} of {selection.scored} answered documents (relevance >= {min_relevance}) "
        f"into {raw_dir / 'medquad'}/; {len(selection.duplicates)} exact duplicate(s) kept once, "
        f"{selection.unanswered} document(s) without answers left out",
        err=True,
    )
    for source, count in sorted(sites.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"{count}\t{source}")


@cli.command(name="rehydrate")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Your own copies of the pages, at the paths documents.path gives.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="The published dataset to restore the text of (rewritten in place).")
def rehydrate_command(raw_dir: Path, out_dir: Path) -> None:
    """Restore text withheld by licence from your own copies of the pages.

    Each copy must have the SHA-256 in documents.sha256, or it is refused. The restored dataset
    is for your own use: the licences of these pages do not let you redistribute their text.

    \b
    Example:
        python -m pipeline rehydrate --raw my-copies --out output
    """
    from pipeline.publish.checks import TableValidationError
    from pipeline.rehydrate import rehydrate

    try:
        result = rehydrate(raw_dir, out_dir)
    except TableValidationError as error:
        raise click.ClickException(f"restored text does not match the offsets, nothing written to {out_dir}\n{error}") from None
    except input_errors() as error:
        raise click.ClickException(str(error)) from None
    for path in result.missing:
        click.echo(f"warning: {raw_dir / path}: no copy; its text stays withheld", err=True)
    click.echo(f"Restored the text of {len(result.restored)} document(s) in {out_dir}/", err=True)
