"""Command line: each command parses options, calls one library function, reports errors in one line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline import benchmark
from pipeline.build import BuildError, build, parsed_corpus
from pipeline.extract.candidates import candidate_terms
from pipeline.curation import FileReport, check_files
from pipeline.sources.checks import DEFAULT_MAX_BYTES
from pipeline.sources.fetch import DEFAULT_TIMEOUT, FetchError, Fetcher, add_page
from pipeline.publish.writer import PublishError
from pipeline.sources import SourceError, source_paths
from pipeline.publish.checks import TableValidationError
from pipeline.vocabulary import VocabularyError

INPUT_ERRORS = (BuildError, SourceError, PublishError, VocabularyError)

PROGRESS_THRESHOLD = 20  # documents; smaller builds finish before a bar is worth drawing


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="trigger-point-faq-dataset")
def cli() -> None:
    """Build and check the trigger-point FAQ dataset."""


@cli.command(name="build")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Folder of source documents (*.txt, *.md, *.html) and sources.csv.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="Folder the dataset is published to (replaced whole).")
@click.option("--skip-invalid", is_flag=True, help="Skip unusable documents with a warning instead of stopping.")
def build_command(raw_dir: Path, out_dir: Path, skip_invalid: bool) -> None:
    """Rebuild every table from the raw folder and publish it.

    Nothing is published unless every table passes its schema; on failure the previous output
    stays as it was and the command exits 1.

    \b
    Example:
        python -m pipeline build --raw raw --out output
    """
    total = len(source_paths(raw_dir)) if raw_dir.is_dir() else 0
    try:
        with click.progressbar(length=total, label="Extracting", file=sys.stderr,
                               hidden=total < PROGRESS_THRESHOLD) as bar:
            result = build(raw_dir, out_dir, skip_invalid=skip_invalid, on_document=lambda _: bar.update(1))
    except TableValidationError as error:
        raise click.ClickException(f"validation failed, nothing published to {out_dir}\n{error}") from None
    except INPUT_ERRORS as error:
        raise click.ClickException(str(error)) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    counts = ", ".join(f"{n} {name}" for name, n in result.rows.items())
    click.echo(f"Published {counts} to {out_dir}/", err=True)


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
def validate_command(files: tuple[Path, ...], raw_dir: Path, max_bytes: int, output_format: str) -> None:
    """Check new source documents before adding them to the corpus.

    Prints one line per problem (FILE: error|warning: message) and, for each usable file, a
    curation report: pairs, mentions per label, claims, terms the vocabulary lacks and what the
    file would add to each table. Exits 1 when any file has an error.

    \b
    Example:
        python -m pipeline validate new/clinic-faq.txt new/insurer-faq.md
    """
    try:
        reports = check_files(list(files), raw_dir, max_bytes)
    except INPUT_ERRORS as error:
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
    try:
        terms = candidate_terms(parsed_corpus(raw_dir), top)
    except INPUT_ERRORS as error:
        raise click.ClickException(str(error)) from None
    click.echo("mentions\tdocuments\tlabel_hint\tterm")
    for term in terms:
        click.echo(f"{term['mentions']}\t{term['documents']}\t{term['label_hint']}\t{term['term']}")


@cli.command(name="benchmark")
@click.option("--documents", type=click.IntRange(min=1), default=200, show_default=True, help="Size of the synthetic corpus.")
def benchmark_command(documents: int) -> None:
    """Measure build speed and peak memory on a synthetic corpus made from the test pages.

    \b
    Example:
        python -m pipeline benchmark --documents 500
    """
    try:
        measured = benchmark.run(documents)
    except INPUT_ERRORS as error:
        raise click.ClickException(str(error)) from None
    for key, value in measured.items():
        click.echo(f"{key}\t{value}")
