"""The Frictionless Data Package (v2) descriptor, derived from the pandera schemas.

pandera has no Table Schema exporter, so this small one maps each model's columns, checks and
relations (schemas.TABLES) to fields, constraints, primaryKey and foreignKeys.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import metadata, version
from pathlib import Path

import pandas as pd

from pipeline.publish.tables import column_type
from schemas import TABLES

PACKAGE_NAME = "trigger-point-faq"
DISTRIBUTION = "trigger-point-faq-dataset"
TITLE = "Trigger-point FAQ dataset"
DESCRIPTION = (
    "Consumer-health FAQ pages about trigger-point and myofascial care, turned into question/answer "
    "pairs, entity mentions normalised to curated concepts with standard codes, and claims with "
    "polarity and certainty, every fact traced to character offsets in its source page."
)
ANNOTATIONS_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 (annotations, vocabulary and code lists; source text is published only under its own open licence: see the dataset card)",
}
CONTRIBUTORS = [{"title": "Trigger-point FAQ dataset maintainers", "roles": ["creator", "maintainer"]}]
FORMATS = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


def dataset_version() -> str:
    return version(DISTRIBUTION)


def homepage() -> str:
    """The project's address, from pyproject.toml ([project.urls] Homepage)."""
    urls = dict(entry.split(", ", 1) for entry in metadata(DISTRIBUTION).get_all("Project-URL") or [])
    return urls.get("Homepage", "")


def _constraints(column) -> dict:
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        stats = check.statistics or {}
        if "allowed_values" in stats:
            constraints["enum"] = list(stats["allowed_values"])
        if check.name == "str_length" and stats.get("min_value"):
            constraints["minLength"] = stats["min_value"]
        if "min_value" in stats and check.name == "greater_than_or_equal_to":
            constraints["minimum"] = stats["min_value"]
        if "pattern" in stats and "(?" not in str(stats["pattern"]):
            constraints["pattern"] = str(stats["pattern"]).removeprefix("^").removesuffix("$")
    return constraints


def table_schema(name: str, suffix: str) -> dict:
    table = TABLES[name]
    columns = table.schema.columns
    fields = []
    for column_name, column in columns.items():
        field = {"name": column_name, "type": column_type(column)}
        if column.description:
            field["description"] = column.description
        constraints = _constraints(column)
        if column_name in table.verbatim:  # empty when withheld, and a CSV reader takes "" for missing
            constraints.pop("required", None)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = {"fields": fields, "primaryKey": table.key_columns, "missingValues": [""]}
    foreign_keys = [
        {"fields": [column], "reference": {"resource": f"{parent}-{suffix}", "fields": [parent_column]}}
        for column, (parent, parent_column) in table.foreign_keys.items()
    ]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checksums(folder: Path) -> bytes:
    """SHA256SUMS for every published file, checkable with `sha256sum -c SHA256SUMS`."""
    lines = [f"{sha256_of(path)}  {path.name}\n" for path in sorted(folder.iterdir()) if path.name != "SHA256SUMS"]
    return "".join(lines).encode()


def fingerprint(folder: Path) -> str:
    """One hash of every table's CSV: equal fingerprints mean equal data."""
    digest = hashlib.sha256()
    for name in sorted(TABLES):
        digest.update(sha256_of(folder / f"{name}.csv").encode())
    return digest.hexdigest()


def descriptor(folder: Path, documents: pd.DataFrame) -> dict:
    """The datapackage.json of the tables written in folder."""
    resources = []
    for name in TABLES:
        for suffix, mediatype in FORMATS.items():
            path = folder / f"{name}.{suffix}"
            resource = {
                "name": f"{name}-{suffix}", "type": "table", "path": path.name, "format": suffix,
                "mediatype": mediatype, "title": TABLES[name].schema.title,
                "description": TABLES[name].schema.description,
                "schema": table_schema(name, suffix),
            }
            if suffix == "csv":  # frictionless-py cannot count a Parquet file's bytes: see SHA256SUMS
                resource |= {"encoding": "utf-8", "bytes": path.stat().st_size, "hash": "sha256:" + sha256_of(path)}
            resources.append(resource)
    sources = []
    for row in documents.itertuples():
        source = {"title": row.title if pd.notna(row.title) else row.path}
        if pd.notna(row.source_url):
            source["path"] = row.source_url
        sources.append(source)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": PACKAGE_NAME, "title": TITLE, "description": DESCRIPTION,
        "version": dataset_version(), "homepage": homepage(), "fingerprint": fingerprint(folder),
        "licenses": [ANNOTATIONS_LICENSE], "sources": sources, "contributors": CONTRIBUTORS,
        "keywords": ["trigger points", "myofascial pain", "consumer health", "question answering", "claims", "negation", "hedging"],
        "resources": resources,
    }


def descriptor_bytes(folder: Path, documents: pd.DataFrame) -> bytes:
    return (json.dumps(descriptor(folder, documents), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
