"""What build says about the raw folder: every skipped file with its reason, every invalid file at
once, sources.csv problems as sentences, warnings summarised unless --verbose."""

from click.testing import CliRunner

from conftest import CORPUS_PAGES, SEED, make_corpus
from pipeline.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def test_every_skipped_file_is_named_with_its_reason(tmp_path):
    raw = make_corpus(tmp_path / "raw", [SEED], sources="")
    (raw / "notes.docx").write_bytes(b"PK\x03\x04 word")
    (raw / "scan.pdf").write_bytes(b"%PDF-1.7")
    result = run("--raw", raw, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"skipped {raw / 'notes.docx'}: not a source document" in result.output
    assert f"skipped {raw / 'scan.pdf'}: not a source document" in result.output


def test_all_invalid_files_are_reported_before_extraction(tmp_path):
    raw = make_corpus(tmp_path / "raw", [SEED], sources="")
    (raw / "copy.txt").write_bytes(SEED.read_bytes())
    (raw / "latin1.txt").write_bytes("Caf\xe9 questions?".encode("latin-1"))
    (raw / "empty.md").write_text("   \n")
    result = run("--raw", raw, "--out", tmp_path / "out")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0] == f"Error: 3 files in {raw} cannot be used (fix or remove them, or build with --skip-invalid):"
    assert any(f"{SEED.name}: an exact duplicate of copy.txt" in line for line in lines)
    assert any("latin1.txt: not UTF-8" in line for line in lines)
    assert any("empty.md: empty" in line for line in lines)
    assert not (tmp_path / "out").exists()


def test_sources_csv_problems_read_as_sentences(tmp_path):
    raw = make_corpus(tmp_path / "raw", [SEED], sources=(
        "path,source_url,title,retrieved,license,notes\n"
        f"./{SEED.name},ftp://example.org,T,2024-13-01,,n\n"
        f"{SEED.name},,,,,\n"
    ))
    output = run("--raw", raw, "--out", tmp_path / "out").output
    sources = raw / "sources.csv"
    assert f"{sources}:1: unknown column 'notes' (the columns are path, source_url, title, retrieved, license)" in output
    assert f"{sources}:2: source_url 'ftp://example.org' is not an http(s) address" in output
    assert f"{sources}:2: retrieved '2024-13-01' is not a date of the form YYYY-MM-DD" in output
    assert f"{sources}:3: path '{SEED.name}' is listed more than once" in output  # "./x" and "x" are one file


def test_warnings_are_summarised_unless_verbose(tmp_path):
    raw = make_corpus(tmp_path / "raw", [SEED], sources="")
    for number in range(8):
        (raw / f"attachment-{number}.docx").write_bytes(b"PK\x03\x04")
    summary = run("--raw", raw, "--out", tmp_path / "a").output
    assert summary.count("warning: ") == 5 and "and 4 more warning(s) (9 in all; --verbose lists them)" in summary
    assert run("--raw", raw, "--out", tmp_path / "b", "--verbose").output.count("warning: ") == 9
    quiet = run("--raw", raw, "--out", tmp_path / "c", "--quiet")
    assert quiet.exit_code == 0 and quiet.output == ""


def test_links_that_leave_the_raw_folder_are_named_and_links_to_folders_not_followed(tmp_path):
    elsewhere = make_corpus(tmp_path / "elsewhere", [SEED, CORPUS_PAGES[1]], sources="")
    raw = make_corpus(tmp_path / "raw", [SEED], sources=(
        "path,source_url,title,retrieved,license\n"
        f"mirror/clinics/{CORPUS_PAGES[1].name},,,,\n"
    ))
    (raw / "mirror").symlink_to(elsewhere, target_is_directory=True)
    (raw / "borrowed.md").symlink_to(elsewhere / "clinics" / CORPUS_PAGES[1].name)
    output = run("--raw", raw, "--out", tmp_path / "out").output
    assert f"{raw / 'sources.csv'}:2: path 'mirror/clinics/{CORPUS_PAGES[1].name}' is a link that leaves {raw}" in output
    (raw / "sources.csv").write_text("path,source_url,title,retrieved,license\n", encoding="utf-8")
    output = run("--raw", raw, "--out", tmp_path / "out").output
    assert f"{raw / 'borrowed.md'}: a symbolic link that leaves the raw folder" in output
    assert "mirror" not in output  # the linked folder is not read


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path):
    raw = make_corpus(tmp_path / "raw", [SEED], sources="")
    result = run("--raw", raw, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--scheduler is for --engine dask" in result.output
    assert not (tmp_path / "out").exists()
