"""The rule files in pipeline/data are read strictly: every row has its header's fields."""

from pathlib import Path

import pytest

from pipeline.rules import DATA_DIR, RuleFileError, read_rows

RULE_FILES = sorted(path.relative_to(DATA_DIR) for path in DATA_DIR.rglob("*.csv"))


@pytest.mark.parametrize("name", RULE_FILES, ids=str)
def test_every_rule_file_reads_with_its_headers_fields(name: Path):
    assert read_rows(str(name))


def test_a_row_with_an_unquoted_comma_names_the_file_and_line(tmp_path: Path):
    (tmp_path / "cues.csv").write_text("pattern,action\nfine,skip\nword.{0,40},skip\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cues\.csv:3: "):
        read_rows("cues.csv", tmp_path)
