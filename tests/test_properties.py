"""Properties that must hold for any input: decoding, file checks and the question finder."""

from __future__ import annotations


from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.sources.checks import file_errors
from pipeline.extract.questions import find_pairs
from pipeline.sources import SourceError, UnusableSource, decode_text, read_bytes
from pipeline.sources.html import SPANNING

SETTINGS = settings(max_examples=200, deadline=None, database=None)
# tmp_path is shared by the examples of one test; each example overwrites the same file.
FILE_SETTINGS = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

BOM = b"\xef\xbb\xbf"

# Bytes that look like what real pages contain: text, encodings, signatures, control bytes.
interesting_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=200).map(lambda t: t.encode("latin-1")),
    st.tuples(
        st.sampled_from([b"", BOM, b"\xff\xfe", b"\xfe\xff", b"%PDF-1.7", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04",
                         b"<!DOCTYPE html>", b"<html>", b"  \n", b"\x00"]),
        st.binary(max_size=100),
        st.text(max_size=100).map(lambda t: t.encode("utf-8")),
    ).map(b"".join),
)


# --- decode_text ---------------------------------------------------------------------------------

@SETTINGS
@given(interesting_bytes)
@example(b"\xff")
@example(b"\xef\xbb")  # a truncated BOM
@example(BOM + b"\xc3")
def test_decode_text_returns_str_or_raises_source_error(data):
    try:
        text = decode_text(data, "page.txt")
    except SourceError as error:
        assert "page.txt" in str(error)
    else:
        assert isinstance(text, str)
        assert "\r" not in text


@SETTINGS
@given(st.text(), st.booleans())
@example("a\r\nb\rc\n", False)
@example("\r\r\n\n\r", True)
@example("\ufeffstarts with a BOM character", False)
def test_decode_text_accepts_any_utf8_text_and_normalises_line_ends(text, with_bom):
    data = (BOM if with_bom else b"") + text.encode("utf-8")
    decoded = decode_text(data, "page.txt")
    assert "\r" not in decoded
    body = text[1:] if not with_bom and text.startswith("\ufeff") else text
    assert decoded == body.replace("\r\n", "\n").replace("\r", "\n")


# --- file_errors ---------------------------------------------------------------------------------

@FILE_SETTINGS
@given(interesting_bytes)
@example(b"")
@example(b"\x00")
@example(b"\xff\xfe\x00")
def test_file_errors_never_raises_and_agrees_with_decoding(tmp_path, data):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    path = tmp_path / "new.txt"
    path.write_bytes(data)
    errors, read = file_errors(path, raw)
    assert isinstance(errors, list) and all(isinstance(e, str) and e for e in errors)
    if read is not None:
        assert read == data
    if not errors:
        # a file the checks accept must be readable by the build
        assert read == data
        decode_text(data, str(path))
        assert data.strip()


@FILE_SETTINGS
@given(interesting_bytes, st.sampled_from([".txt", ".md", ".pdf", ".html", ""]))
def test_file_errors_any_name_and_size_limit(tmp_path, data, suffix):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    path = tmp_path / f"new{suffix}"
    path.write_bytes(data)
    errors, _ = file_errors(path, raw, max_bytes=64)
    assert isinstance(errors, list)
    if len(data) > 64:
        assert errors
    if suffix not in (".txt", ".md", ".html"):
        assert errors


# --- find_pairs ----------------------------------------------------------------------------------

WORDS = ["trigger", "point", "massage", "what", "Why", "is", "the", "pain", "Dr.", "yes", "no", "A", "Q",
         "?", ":", "**", "#", "-", "1.", "(2)", "Answer", "Question", "é", "\t", "\u00a0"]

words = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=8).map(" ".join)

faq_line = st.one_of(
    st.just(""),
    st.just("   "),
    st.just("Skip to Content"),
    st.just("Question:"),
    st.just("**Q1.**"),
    words.map(lambda w: f"Q: {w}?"),
    words.map(lambda w: f"Q: {w}? A: {w}"),
    words.map(lambda w: f"Question 3 - {w}?"),
    words.map(lambda w: f"1. What is {w}?"),
    st.integers(0, 999).map(lambda n: f"{n}) Is it {n}?"),
    words.map(lambda w: f"## Why {w}?"),
    words.map(lambda w: f"### **Q2. How {w}?**"),
    words.map(lambda w: f"- Does {w} help?"),
    words.map(lambda w: f"> Can {w}?"),
    words.map(lambda w: f"A: yes {w}"),
    st.just("A: yes"),
    st.just("Answer:"),
    words.map(lambda w: f"**A:** {w}."),
    words.map(lambda w: f"What is {w}? It is {w}."),
    words,
    st.text(max_size=40),
)

faq_text = st.tuples(
    st.lists(faq_line, max_size=25),
    st.sampled_from(["\n", "\n", "\n\n", "\r\n"]),
    st.booleans(),
).map(lambda t: t[1].join(t[0]) + ("\n" if t[2] else ""))


def check_pairs(text: str) -> None:
    pairs = find_pairs(text)
    for pair in pairs:
        assert text[pair.question_start:pair.question_end] == pair.question
        assert text[pair.answer_start:pair.answer_end] == pair.answer
        assert 0 <= pair.question_start < pair.question_end <= pair.answer_start <= pair.answer_end <= len(text)
        assert pair.answer_missing == (pair.answer == "")
    for before, after in zip(pairs, pairs[1:]):
        assert before.question_start < after.question_start
        assert before.answer_end <= after.question_start


@SETTINGS
@given(st.text())
@example("")
@example("?")
@example("Q:")
@example("Q: ? A: ")
@example("Question:\n\nQuestion:\n")
def test_find_pairs_on_any_text(text):
    check_pairs(text)


@SETTINGS
@given(faq_text)
@example("Q: What? A: Yes.\nQ: Why? A: No.\n")
@example("Question:\nWhat is a knot?\nA: A knot.\n\nQuestion:\nWhy?\n")
@example("Skip to Content\n\n## Why?\n\nA: yes\n\n1. What is x?\n\n")
def test_find_pairs_on_faq_like_text(text):
    check_pairs(text)


# --- the HTML reader -----------------------------------------------------------------------------

# Fragments of real markup, shuffled into pages a reader must survive.
MARKUP = st.sampled_from([
    "<p>", "</p>", "<div class='accordion'>", "</div>", "<h3>", "</h3>", "<li>", "<ul>", "</ul>", "<br>", "<hr>",
    "<details><summary>", "</summary>", "<dt>", "<dd>", "<button aria-expanded='false' aria-controls='x'>", "</button>",
    "<div id='x' hidden>", "<nav>", "</nav>", "<strong>", "</strong>", "<main>", "</main>", "<h1>", "</h1>",
    "<script type='application/ld+json'>{\"@type\": \"FAQPage\", \"mainEntity\": [{\"name\": \"What is it?\", "
    "\"acceptedAnswer\": {\"text\": \"A knot.\"}},]}</script>", "<pre>", "</pre>", "<!-- c -->", "&amp;", "&nbsp;",
    "<meta charset='windows-1252'>", "<input type='password'>", "<table><tr><td>", "</td></tr></table>",
])
pages = st.lists(MARKUP | words, max_size=60).map("".join)


@FILE_SETTINGS
@given(st.one_of(pages.map(lambda p: p.encode("utf-8")), pages.map(lambda p: p.encode("cp1252", errors="replace")), interesting_bytes))
def test_html_reader_never_fails_except_as_unusable_and_offsets_hold(tmp_path, data):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    path = raw / "page.html"
    path.write_bytes(data)
    errors, _ = file_errors(path, raw)
    if errors:
        return
    try:
        doc = read_bytes(data, "page.html", str(path))
    except UnusableSource:
        return
    assert "\r" not in doc.text and "\t" not in doc.text
    for mark in doc.marks:
        assert mark.start < mark.end and (mark.kind in SPANNING or "\n" not in doc.text[mark.start:mark.end])
    for pair in find_pairs(doc.text, marks=doc.marks):
        assert doc.text[pair.question_start:pair.question_end] == pair.question
    for pair in doc.structured_pairs:
        assert 0 <= pair.question_start < pair.question_end <= pair.answer_start <= pair.answer_end <= len(doc.text)
