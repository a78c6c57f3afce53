"""Command line: each command parses options, calls one library function, reports errors in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.build import BuildError, build
from pipeline.publish import PublishError
from pipeline.sources import SourceError, source_paths
from pipeline.table_checks import TableValidationError

PROGRESS_THRESHOLD = 20  # documents; smaller builds finish before a bar is worth drawing


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="trigger-point-faq-dataset")
def cli() -> None:
    """Build and check the trigger-point FAQ dataset."""


@cli.command(name="build")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=Path("raw"), show_default=True, help="Folder of source documents (*.txt, *.md) and sources.csv.")
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
    except (BuildError, SourceError, PublishError) as error:
        raise click.ClickException(str(error)) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    counts = ", ".join(f"{n} {name}" for name, n in result.rows.items())
    click.echo(f"Published {counts} to {out_dir}/", err=True)
