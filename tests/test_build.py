import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.build import build
from pipeline.cli import cli
from pipeline.extract.questions import find_pairs
from pipeline.sources import read_bytes
from pipeline.publish.checks import TableValidationError, validate_tables
from pipeline.publish.tables import to_frame
from schemas import TABLES

def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_two_builds_give_identical_bytes(built, corpus, tmp_path):
    again = tmp_path / "again"
    build(corpus, again)
    assert digests(again) == digests(built)


def test_published_tables_have_plain_dtypes(built, corpus):
    qa = pd.read_parquet(built / "qa_pairs.parquet")
    assert qa["position"].dtype == "int64"
    assert qa["answer_start"].dtype == "int64"
    assert pd.api.types.is_string_dtype(qa["question"])
    assert qa["answer_missing"].dtype == "bool"
    pages = [p for p in corpus.rglob("*") if p.suffix in (".txt", ".md")]
    assert len(qa) == sum(len(find_pairs(read_bytes(p.read_bytes(), p.name, str(p)).text)) for p in pages) > 0
    csv = pd.read_csv(built / "qa_pairs.csv")
    assert list(csv.columns) == list(qa.columns)


def test_offsets_slice_to_the_published_text(built):
    docs = pd.read_parquet(built / "documents.parquet").set_index("doc_id")
    qa = pd.read_parquet(built / "qa_pairs.parquet")
    assert qa.text_withheld.any() and not qa.text_withheld.all()  # the test corpus has both kinds
    for row in qa[~qa.text_withheld].itertuples():
        text = docs.loc[row.doc_id, "text"]
        assert text[row.question_start:row.question_end] == row.question
        assert text[row.answer_start:row.answer_end] == row.answer


def broken_tables(built: Path) -> dict[str, pd.DataFrame]:
    tables = {name: pd.read_parquet(built / f"{name}.parquet") for name in ("documents", "qa_pairs")}
    tables["qa_pairs"] = tables["qa_pairs"][~tables["qa_pairs"].text_withheld].reset_index(drop=True)  # with their text
    qa = tables["qa_pairs"]
    qa.loc[0, "answer_end"] += 3          # span no longer slices to the answer
    qa.loc[1, "doc_id"] = "doc-0000000000000000"  # dangling foreign key
    qa.loc[2, "position"] = 9             # positions no longer 1..n
    return tables


def test_schema_report_names_table_check_and_row(built):
    tables = broken_tables(built)
    with pytest.raises(TableValidationError) as caught:
        validate_tables(tables)
    report = str(caught.value)
    qa = tables["qa_pairs"]
    assert "qa_pairs" in report
    lines = {line.split(":")[0].strip(" -"): line for line in report.splitlines()}
    assert qa.qa_id[0] in lines["span_slices_text(answer)"]
    assert qa.qa_id[1] in lines["foreign_key(doc_id -> documents.doc_id)"]
    assert qa.qa_id[2] in lines["positions_are_consecutive"]


def test_failed_validation_publishes_nothing(built, corpus, tmp_path, monkeypatch):
    out = tmp_path / "output"
    shutil.copytree(built, out)
    before = digests(out)
    import pipeline.build as build_module

    monkeypatch.setattr(build_module, "to_frame", lambda name, rows: broken_or_real(name, rows))
    result = CliRunner().invoke(cli, ["build", "--raw", str(corpus), "--out", str(out), "--no-cache"])
    assert result.exit_code == 1
    assert "validation failed" in result.output and "Traceback" not in result.output
    assert digests(out) == before


def broken_or_real(name, rows):
    frame = to_frame(name, rows)
    if name == "qa_pairs":
        frame.loc[0, "answer_end"] += 1
    return frame


def test_valid_tables_pass(built):
    validate_tables({name: pd.read_parquet(built / f"{name}.parquet") for name in TABLES})


def test_cli_help_has_an_example():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0 and "python -m pipeline build --raw raw --out output" in result.output


def test_missing_raw_folder_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'nope'}: raw folder not found"
