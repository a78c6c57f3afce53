"""The published package: Frictionless descriptor, dataset card, figure, loader and versioning."""

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from frictionless import Package

from pipeline import load
from pipeline.publish.card import refresh_readme
from pipeline.publish.datapackage import dataset_version
from schemas import TABLES

ROOT = Path(__file__).parent.parent


def test_frictionless_validates_the_package(built):
    report = Package(str(built / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_descriptor_is_derived_from_the_schemas(built):
    descriptor = json.loads((built / "datapackage.json").read_text())
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == {f"{name}-{fmt}" for name in TABLES for fmt in ("csv", "parquet")}
    for name, table in TABLES.items():
        fields = resources[f"{name}-csv"]["schema"]["fields"]
        assert [f["name"] for f in fields] == table.columns
        assert resources[f"{name}-csv"]["schema"]["primaryKey"] == table.key_columns
    label = next(f for f in resources["entities-csv"]["schema"]["fields"] if f["name"] == "label")
    assert label["constraints"]["enum"] == ["PROVIDER", "TREATMENT", "CONDITION", "DRUG", "PAYER", "ANATOMY"]
    assert {"fields": ["doc_id"], "reference": {"resource": "documents-csv", "fields": ["doc_id"]}} in resources["claims-csv"]["schema"]["foreignKeys"]
    assert descriptor["version"] == dataset_version()
    documents = pd.read_parquet(built / "documents.parquet")
    assert [source.get("path") for source in descriptor["sources"]] == [url if pd.notna(url) else None for url in documents.source_url]


def test_checksums_cover_every_file(built):
    listed = dict(line.split("  ")[::-1] for line in (built / "SHA256SUMS").read_text().splitlines())
    assert set(listed) == {p.name for p in built.iterdir()} - {"SHA256SUMS"}


def test_duckdb_joins_claims_to_documents_from_parquet(built):
    rows = duckdb.sql(
        f"SELECT d.path, count(*), max(c.\"end\") FROM '{built}/claims.parquet' c "
        f"JOIN '{built}/documents.parquet' d USING (doc_id) GROUP BY d.path ORDER BY d.path"
    ).fetchall()
    claims = pd.read_parquet(built / "claims.parquet").merge(pd.read_parquet(built / "documents.parquet"), on="doc_id")
    expected = claims.groupby("path").agg(n=("claim_id", "size"), end=("end", "max"))
    assert rows == [(path, row.n, row.end) for path, row in expected.iterrows()]


def test_card_counts_equal_the_tables(built):
    card = (built / "README.md").read_text()
    for name in TABLES:
        rows = len(pd.read_parquet(built / f"{name}.parquet"))
        assert f"| {name} | {rows} |" in card
    entities = pd.read_parquet(built / "entities.parquet")
    for label, count in entities.label.value_counts().items():
        assert f"| {label} | {count} |" in card


def test_card_front_matter_points_at_every_parquet_file(built):
    front = (built / "README.md").read_text().split("---")[1]
    assert "license: cc-by-4.0" in front
    for name in TABLES:
        assert f"- config_name: {name}\n  data_files: {name}.parquet" in front


def test_card_documents_every_column(built):
    card = (built / "README.md").read_text()
    for table in TABLES.values():
        for column in table.columns:
            assert f"`{column}`" in card


def test_figure_is_shown_in_the_card(built):
    assert (built / "figure.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (built / "figure.svg").read_bytes()
    assert "](figure.png)" in (built / "README.md").read_text()


def test_loader_gives_validated_tables_with_categoricals(built):
    claims = load("claims", built)
    assert isinstance(claims.polarity.dtype, pd.CategoricalDtype)
    assert list(claims.polarity.cat.categories) == ["affirmed", "negated"]
    assert claims.start.dtype == "int64"
    assert isinstance(load("entities", built).label.dtype, pd.CategoricalDtype)
    with pytest.raises(ValueError, match="unknown table"):
        load("nope", built)


def test_repo_readme_columns_are_generated_from_the_schemas(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text((ROOT / "README.md").read_text())
    refresh_readme(readme)
    assert readme.read_text() == (ROOT / "README.md").read_text(), "README.md columns are stale: run `make docs`"
    for table in TABLES.values():
        for column in table.columns:
            assert f"`{column}`" in readme.read_text(), column


def test_load_finds_the_clones_output_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    documents = load("documents")
    assert len(documents) >= 1 and isinstance(documents.format.dtype, pd.CategoricalDtype)
    with pytest.raises(FileNotFoundError, match=r"no published table here; run `make`"):
        load("claims", tmp_path)
