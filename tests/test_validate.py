"""`python -m pipeline validate` and the build's refusal of unusable raw files.

Every file is a real file of its kind, made in tmp_path; each error must come out as exactly one
line `FILE: error: message` that names the file and the problem.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.curation import check_files

GOOD_FAQ = """\
What is a trigger point?

A trigger point is a tight, tender knot in a muscle that can cause local or referred pain.

Who treats trigger points?

Physical therapists, massage therapists and doctors often treat trigger points with massage and stretching.

Does dry needling help?

Dry needling may relieve the pain of a trigger point for some people.
"""
GOOD_QUESTIONS = 3

# A long English FAQ for the near-duplicate check: one changed sentence leaves most 5-word phrases shared.
LONG_FAQ = """\
What is a trigger point?

A trigger point is a tight, tender knot in a band of skeletal muscle. Pressing on it often causes pain
that spreads to another part of the body, which doctors call referred pain. Trigger points are common in
the neck, the shoulders and the lower back, and they can develop after an injury or from overuse.

Who treats trigger points?

Many kinds of practitioners treat trigger points. Physical therapists use stretching, heat and manual
pressure to release the knot. Massage therapists work on the muscle with deep pressure. Some doctors
give trigger point injections with a local anesthetic, and some acupuncturists use dry needling.

How long does treatment take?

Most people feel better after a few sessions, although chronic trigger points can take several weeks to
resolve. Regular stretching at home, good posture and short breaks from sitting help to keep the muscles
relaxed between visits and make it less likely that the knots come back.

Are trigger point injections safe?

Injections are generally safe when a trained doctor gives them. The most common side effects are brief
soreness and bruising at the injection site. People who take blood thinners or who have an infection
near the site should talk to their doctor before they have an injection.
"""
CHANGED_SENTENCE = ("Massage therapists work on the muscle with deep pressure.",
                    "A massage therapist may use a tennis ball or a foam roller instead.")

FRENCH_FAQ = """\
Qu'est-ce qu'un point gâchette ?

Un point gâchette est une zone tendue dans un muscle qui provoque une douleur locale ou projetée. Les
kinésithérapeutes et les médecins le traitent souvent par des massages, des étirements et parfois des injections.

Qui peut traiter les points gâchettes ?

Les kinésithérapeutes, les ostéopathes et les médecins du sport peuvent traiter les points gâchettes avec des
techniques manuelles. Il est conseillé de consulter un professionnel de santé avant de commencer un traitement.
"""

GERMAN_FAQ = """\
Was ist ein Triggerpunkt?

Ein Triggerpunkt ist eine verhärtete Stelle in einem Muskel, die lokale oder ausstrahlende Schmerzen
verursacht. Physiotherapeuten und Ärzte behandeln ihn oft mit Massagen, Dehnungen und manchmal mit Injektionen.

Wer kann Triggerpunkte behandeln?

Physiotherapeuten, Osteopathen und Sportmediziner können Triggerpunkte mit manuellen Techniken behandeln.
Es ist ratsam, vor Beginn einer Behandlung eine Fachkraft zu fragen, ob die Therapie für Sie geeignet ist.
"""

ARTICLE = """\
Trigger points are tight knots in a muscle. Massage and stretching often relieve them, and heat can help
the muscle relax. Physical therapists sometimes use dry needling as well. Most people improve within weeks.
"""


# --- helpers -------------------------------------------------------------------------------------

def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def validate(*args: str | Path) -> Result:
    return run("validate", *args)


def lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.strip()]


def findings(result: Result, path: str | Path, level: str) -> list[str]:
    prefix = f"{path}: {level}: "
    return [line[len(prefix):] for line in lines(result) if line.startswith(prefix)]


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def scrub(message: str) -> str:
    """The message without tmp paths, whose folder names repeat the test's name."""
    return re.sub(r"\S*pytest-of-[^\s/]+/\S*", "<tmp>", message)


def assert_one_error(result: Result, path: str | Path, *patterns: str) -> str:
    """Exit 1 and exactly one line, `PATH: error: message`, whose message matches every pattern."""
    assert result.exit_code == 1, result.output
    assert len(lines(result)) == 1, result.output
    errors = findings(result, path, "error")
    assert len(errors) == 1, result.output
    for pattern in patterns:
        assert re.search(pattern, scrub(errors[0]), re.IGNORECASE), f"{pattern!r} not in {errors[0]!r}"
    return errors[0]


# --- errors --------------------------------------------------------------------------------------

def test_missing_path(tmp_path, raw):
    missing = tmp_path / "nowhere.txt"
    assert_one_error(validate(missing, "--raw", raw), missing, r"no such file|not found|does not exist")


def test_directory(tmp_path, raw):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert_one_error(validate(folder, "--raw", raw), folder, r"director")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_device_is_not_a_regular_file(raw):
    assert_one_error(validate("/dev/null", "--raw", raw), "/dev/null", r"not a regular file", r"device")


def test_symlink_in_raw_folder_pointing_outside(tmp_path, raw):
    write(tmp_path / "outside.txt", GOOD_FAQ)
    link = raw / "link.txt"
    os.symlink("../outside.txt", link)
    message = assert_one_error(validate(link, "--raw", raw), link, r"symbolic link|symlink", r"raw folder|outside|leaves")
    assert "outside.txt" in message


def test_pdf_by_name_with_text_content(tmp_path, raw):
    pdf = write(tmp_path / "page.pdf", GOOD_FAQ)
    assert_one_error(validate(pdf, "--raw", raw), pdf, r"unsupported file type", r"\.pdf")


def test_docx_by_name_with_text_content(tmp_path, raw):
    docx = write(tmp_path / "page.docx", GOOD_FAQ)
    assert_one_error(validate(docx, "--raw", raw), docx, r"unsupported file type", r"\.docx")


def test_real_docx_archive(tmp_path, raw):
    docx = tmp_path / "real.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>" + GOOD_FAQ + "</w:document>")
    assert_one_error(validate(docx, "--raw", raw), docx, r"unsupported file type")


def test_pdf_content_in_a_txt(tmp_path, raw):
    fake = write(tmp_path / "fake.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert_one_error(validate(fake, "--raw", raw), fake, r"unsupported file type", r"PDF")


def test_png_content_in_a_txt(tmp_path, raw):
    fake = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02")
    assert_one_error(validate(fake, "--raw", raw), fake, r"unsupported file type", r"PNG")


def test_html_content_in_a_txt(tmp_path, raw):
    page = write(tmp_path / "saved.txt", "<!DOCTYPE html><html><head><title>FAQ</title></head>"
                                         "<body><h2>What is a trigger point?</h2><p>A knot.</p></body></html>\n")
    assert_one_error(validate(page, "--raw", raw), page, r"HTML")


def test_empty_file(tmp_path, raw):
    empty = write(tmp_path / "empty.txt", b"")
    assert_one_error(validate(empty, "--raw", raw), empty, r"empty")


def test_whitespace_only_file(tmp_path, raw):
    blank = write(tmp_path / "blank.md", " \n\t\n   \r\n\n")
    assert_one_error(validate(blank, "--raw", raw), blank, r"empty|white ?space|blank")


def test_binary_content_with_nul_bytes(tmp_path, raw):
    data = b"What is a trigger point?\n\nA knot\x00\x01\x02 in a muscle.\n"
    binary = write(tmp_path / "binary.txt", data)
    message = assert_one_error(validate(binary, "--raw", raw), binary, r"binary|NUL")
    assert str(data.index(b"\x00")) in message


def test_utf16_with_bom(tmp_path, raw):
    utf16 = write(tmp_path / "utf16.txt", GOOD_FAQ.encode("utf-16"))
    assert_one_error(validate(utf16, "--raw", raw), utf16, r"UTF-16", r"UTF-8")


def test_latin1_bytes_give_offset_line_and_likely_encoding(tmp_path, raw):
    text = "What is a trigger point?\n\nA trigger point is a knot. Ask at the café next door.\n"
    data = text.encode("latin-1")
    latin = write(tmp_path / "latin.txt", data)
    offset = data.index(b"\xe9")
    line = data[:offset].count(b"\n") + 1
    message = assert_one_error(validate(latin, "--raw", raw), latin, r"UTF-8", r"Windows-1252|Latin-1")
    assert re.search(rf"\bbyte {offset}\b|\boffset {offset}\b", message), message
    assert re.search(rf"\bline {line}\b", message), message


def test_larger_than_max_bytes(tmp_path, raw):
    big = write(tmp_path / "big.txt", ("What is it?\n\nIt is a knot. " * 20)[:200])
    assert big.stat().st_size == 200
    message = assert_one_error(validate(big, "--raw", raw, "--max-bytes", "100"), big, r"larger|limit|too (big|large)")
    assert "100" in message and "200" in message


def test_file_under_max_bytes_is_accepted(tmp_path, raw):
    small = write(tmp_path / "small.txt", GOOD_FAQ)
    result = validate(small, "--raw", raw, "--max-bytes", str(len(GOOD_FAQ.encode())))
    assert result.exit_code == 0, result.output
    assert findings(result, small, "error") == []


def test_exact_duplicate_of_a_raw_document(tmp_path, raw):
    original = write(raw / "clinic-faq.txt", GOOD_FAQ)
    copy = tmp_path / "new" / "copy.txt"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    message = assert_one_error(validate(copy, "--raw", raw), copy, r"duplicate")
    assert "clinic-faq.txt" in message


def test_raw_document_is_not_a_duplicate_of_itself(raw):
    original = write(raw / "clinic-faq.txt", GOOD_FAQ)
    result = validate(original, "--raw", raw)
    assert result.exit_code == 0, result.output
    assert not any("duplicate" in line for line in lines(result)), result.output


# --- warnings ------------------------------------------------------------------------------------

def one_warning(result: Result, path: Path, pattern: str) -> str:
    assert result.exit_code == 0, result.output
    assert findings(result, path, "error") == [], result.output
    matching = [w for w in findings(result, path, "warning") if re.search(pattern, scrub(w), re.IGNORECASE)]
    assert len(matching) == 1, result.output
    return matching[0]


def test_no_question_answer_structure(tmp_path, raw):
    article = write(tmp_path / "article.txt", ARTICLE)
    one_warning(validate(article, "--raw", raw), article, r"no question/answer|no questions?\b")


def test_no_row_in_sources_csv(raw):
    write(raw / "listed.txt", LONG_FAQ)
    write(raw / "sources.csv", "path,source_url,title,retrieved,license\n"
                               "listed.txt,https://example.org/faq,FAQ,2024-05-01,\n")
    unlisted = write(raw / "unlisted.txt", GOOD_FAQ)
    message = one_warning(validate(unlisted, "--raw", raw), unlisted, r"no row|not listed|missing from")
    assert "sources.csv" in message
    listed = validate(raw / "listed.txt", "--raw", raw)
    assert listed.exit_code == 0
    assert not any("sources.csv" in w for w in findings(listed, raw / "listed.txt", "warning")), listed.output


@pytest.mark.parametrize("text", [FRENCH_FAQ, GERMAN_FAQ], ids=["french", "german"])
def test_probably_not_english(tmp_path, raw, text):
    assert len(text.split()) >= 60 and "?" in text
    page = write(tmp_path / "faq.txt", text)
    one_warning(validate(page, "--raw", raw), page, r"not English")


def test_near_duplicate_of_a_raw_document(tmp_path, raw):
    write(raw / "original.txt", LONG_FAQ)
    old, new = CHANGED_SENTENCE
    assert old in LONG_FAQ
    edited = write(tmp_path / "edited.txt", LONG_FAQ.replace(old, new))
    message = one_warning(validate(edited, "--raw", raw), edited, r"near-duplicate|similar")
    assert "original.txt" in message


def test_questions_with_empty_answers(tmp_path, raw):
    page = write(tmp_path / "gaps.txt", "What is X?\n\nWhat is Y?\n\nY is a thing that people often ask about.\n")
    message = one_warning(validate(page, "--raw", raw), page, r"empty answer")
    assert "What is X?" in message


def test_good_faq_has_no_warnings_when_listed(raw):
    write(raw / "sources.csv", "path,source_url,title,retrieved,license\n"
                               "faq.txt,https://example.org/faq,FAQ,2024-05-01,CC-BY-4.0\n")
    faq = write(raw / "faq.txt", GOOD_FAQ)
    result = validate(faq, "--raw", raw)
    assert result.exit_code == 0, result.output
    assert findings(result, faq, "warning") == [], result.output
    assert findings(result, faq, "error") == [], result.output


# --- reports and several files -------------------------------------------------------------------

def test_good_faq_reports_its_pairs(tmp_path, raw):
    faq = write(tmp_path / "faq.txt", GOOD_FAQ)
    result = validate(faq, "--raw", raw)
    assert result.exit_code == 0, result.output
    reports = findings(result, faq, "report")
    assert reports, result.output
    assert any(re.search(rf"\b{GOOD_QUESTIONS} pairs\b", line) for line in reports), result.output


def test_good_faq_as_json(tmp_path, raw):
    faq = write(tmp_path / "faq.txt", GOOD_FAQ)
    result = validate(faq, "--raw", raw, "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert isinstance(payload, list) and len(payload) == 1
    entry = payload[0]
    assert entry["path"] == str(faq)
    assert entry["usable"] is True
    assert all(f["level"] in ("error", "warning") and f["message"] for f in entry["findings"])
    assert not [f for f in entry["findings"] if f["level"] == "error"]
    report = entry["report"]
    assert set(report) >= {"pairs", "mentions", "claims", "vocabulary_gaps", "adds_rows"}
    assert report["pairs"] == GOOD_QUESTIONS
    assert report["adds_rows"]["qa_pairs"] == GOOD_QUESTIONS
    assert report["adds_rows"]["documents"] == 1
    assert isinstance(report["vocabulary_gaps"], list)


def test_json_for_an_unusable_file(tmp_path, raw):
    empty = write(tmp_path / "empty.txt", b"")
    result = validate(empty, "--raw", raw, "--format", "json")
    assert result.exit_code == 1
    [entry] = json.loads(result.output)
    assert entry["path"] == str(empty)
    assert entry["usable"] is False
    assert [f["level"] for f in entry["findings"]] == ["error"]
    assert "empty" in entry["findings"][0]["message"]


def test_several_files_one_bad(tmp_path, raw):
    good = write(tmp_path / "good.txt", GOOD_FAQ)
    bad = write(tmp_path / "bad.txt", b"\x89PNG\r\n\x1a\n\x00")
    other = write(tmp_path / "other.md", FRENCH_FAQ)
    result = validate(good, bad, other, "--raw", raw)
    assert result.exit_code == 1, result.output
    assert len(findings(result, bad, "error")) == 1
    assert any(f"{GOOD_QUESTIONS} pairs" in line for line in findings(result, good, "report")), result.output
    assert findings(result, other, "report"), result.output
    assert findings(result, good, "error") == [] and findings(result, other, "error") == []
    # every line belongs to one of the files
    assert all(line.startswith((f"{good}: ", f"{bad}: ", f"{other}: ")) for line in lines(result)), result.output


def test_every_file_usable_exits_0(tmp_path, raw):
    first = write(tmp_path / "a.txt", GOOD_FAQ)
    second = write(tmp_path / "b.md", LONG_FAQ)
    result = validate(first, second, "--raw", raw)
    assert result.exit_code == 0, result.output
    assert findings(result, first, "report") and findings(result, second, "report")


def test_check_files_library(tmp_path, raw):
    good = write(tmp_path / "good.txt", GOOD_FAQ)
    empty = write(tmp_path / "empty.txt", b"")
    reports = check_files([good, empty], raw, 1_000_000)
    assert [r.path for r in reports] == [str(good), str(empty)]
    assert reports[0].usable and reports[0].summary["pairs"] == GOOD_QUESTIONS
    assert not reports[1].usable and reports[1].summary is None
    assert [f.level for f in reports[1].findings] == ["error"]


# --- the build refuses what validate rejects -----------------------------------------------------

def build(raw: Path, out: Path, *extra: str) -> Result:
    return run("build", "--raw", raw, "--out", out, *extra)


@pytest.fixture
def raw_with_empty(raw: Path) -> Path:
    write(raw / "good.txt", GOOD_FAQ)
    write(raw / "empty.txt", b"")
    return raw


def test_build_refuses_an_empty_raw_file(tmp_path, raw_with_empty):
    out = tmp_path / "out"
    result = build(raw_with_empty, out)
    assert result.exit_code == 1, result.output
    assert len(lines(result)) == 1, result.output
    assert "empty.txt" in result.output and re.search(r"empty|white ?space", result.output.split("empty.txt", 1)[1])
    assert not out.exists()


def test_build_skip_invalid_builds_without_the_empty_file(tmp_path, raw_with_empty):
    out = tmp_path / "out"
    result = build(raw_with_empty, out, "--skip-invalid")
    assert result.exit_code == 0, result.output
    warnings = [line for line in lines(result) if "warning" in line.lower() and "empty.txt" in line]
    assert len(warnings) == 1, result.output
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == 1
    assert documents["path"].tolist() == ["good.txt"]


HEADER = "path,source_url,title,retrieved,license\n"


def raw_with_sources(raw: Path, rows: str, header: str = HEADER) -> Path:
    write(raw / "good.txt", GOOD_FAQ)
    write(raw / "other.txt", LONG_FAQ)
    write(raw / "sources.csv", header + rows)
    return raw


def sources_lines(result: Result) -> list[str]:
    return [line for line in lines(result) if "sources.csv" in line]


@pytest.mark.parametrize("rows, line_number, detail", [
    ("good.txt,https://example.org/a,Good,2024-13-40,\n", 2, "2024-13-40"),
    ("good.txt,https://example.org/a,Good,2024-01-01,\nother.txt,https://example.org/b,Other,2024-01-01,\n"
     "good.txt,https://example.org/c,Again,2024-01-02,\n", 4, "good.txt"),
    ("good.txt,https://example.org/a,Good,2024-01-01,\n../outside.txt,https://example.org/b,Out,2024-01-01,\n", 3, "../outside.txt"),
    ("good.txt,https://example.org/a,Good,2024-01-01,\nmissing.txt,https://example.org/b,Gone,2024-01-01,\n", 3, "missing.txt"),
], ids=["bad-date", "duplicate-path", "dotdot-path", "file-missing"])
def test_build_reports_malformed_sources_csv(tmp_path, raw, rows, line_number, detail):
    out = tmp_path / "out"
    result = build(raw_with_sources(raw, rows), out)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    problem = [line for line in sources_lines(result) if re.search(rf"sources\.csv:{line_number}\b", line)]
    assert len(problem) == 1, result.output
    assert detail in problem[0]
    assert not out.exists()


def test_build_reports_every_sources_csv_problem_one_line_each(tmp_path, raw):
    rows = ("good.txt,https://example.org/a,Good,2024-13-40,\n"         # line 2: bad date
            "other.txt,https://example.org/b,Other,2024-01-01,\n"       # line 3
            "other.txt,https://example.org/c,Again,2024-01-01,\n"       # line 4: duplicate path
            "../outside.txt,https://example.org/d,Out,2024-01-01,\n"    # line 5: '..'
            "missing.txt,https://example.org/e,Gone,2024-01-01,\n")     # line 6: no such file
    out = tmp_path / "out"
    result = build(raw_with_sources(raw, rows), out)
    assert result.exit_code == 1, result.output
    reported = sources_lines(result)
    assert len(reported) == len(lines(result)), result.output  # nothing but sources.csv problems
    by_line = {n: [l for l in reported if re.search(rf"sources\.csv:{n}\b", l)] for n in range(1, 8)}
    assert all(re.search(r"sources\.csv:\d+\b", line) for line in reported), result.output
    assert len(by_line[2]) == 1 and "2024-13-40" in by_line[2][0]
    assert len(by_line[4]) == 1 and "other.txt" in by_line[4][0]
    assert len(by_line[5]) == 1 and "../outside.txt" in by_line[5][0]
    assert len(by_line[6]) == 1 and "missing.txt" in by_line[6][0]
    assert not by_line[1] and not by_line[7]
    assert not out.exists()


def test_build_reports_missing_sources_column(tmp_path, raw):
    out = tmp_path / "out"
    raw_with_sources(raw, "good.txt,https://example.org/a,Good,2024-01-01\n",
                     header="path,source_url,title,retrieved\n")
    result = build(raw, out)
    assert result.exit_code == 1, result.output
    assert len(lines(result)) == 1, result.output
    assert "sources.csv" in result.output and "license" in result.output
    assert not out.exists()


def test_build_missing_sources_column_names_the_header_line(tmp_path, raw):
    out = tmp_path / "out"
    raw_with_sources(raw, "good.txt,https://example.org/a,Good,2024-01-01\n",
                     header="path,source_url,title,retrieved\n")
    result = build(raw, out)
    assert result.exit_code == 1
    assert re.search(r"sources\.csv:1\b|sources\.csv.*\bline 1\b", result.output), result.output


def test_sources_csv_is_checked_once_per_change_but_its_paths_every_time(tmp_path, raw):
    from pipeline.engines.cache import Cache
    from pipeline.sources import SourceError, read_provenance

    store = Cache.open(tmp_path / "cache")
    raw_with_sources(raw, "good.txt,https://example.org/a,Good,2024-01-01,\nother.txt,https://example.org/b,Other,2024-01-01,\n")
    first = read_provenance(raw, store)
    assert list(store.generation.joinpath("provenance").rglob("*.json"))  # remembered
    assert read_provenance(raw, store) == first == read_provenance(raw)
    for memo in store.generation.joinpath("provenance").rglob("*.json"):
        memo.write_text("[1, 2]", encoding="utf-8")  # damaged: checked again
    assert read_provenance(raw, store) == first
    (raw / "other.txt").unlink()
    with pytest.raises(SourceError, match=r"sources\.csv:3: path 'other.txt' names no file"):
        read_provenance(raw, store)
    write(raw / "sources.csv", HEADER + "good.txt,https://example.org/a,Good,2024-13-40,\n")
    with pytest.raises(SourceError, match=r"sources\.csv:2: .*2024-13-40"):
        read_provenance(raw, store)


def test_the_vocabulary_is_remembered_as_loaded():
    from pipeline import vocabulary as module

    module.vocabulary.cache_clear()
    first = module.vocabulary()  # validated, then remembered in the tests' cache
    module.vocabulary.cache_clear()
    assert module.vocabulary() == first == module.load_vocabulary()
