"""Start-up: `--help` loads none of the heavy libraries, the spaCy pipeline and the compiled patterns
come back from the cache the same as they were made, and validate's corpus index reads only the raw
files that changed."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

import pipeline.curation as curation
from conftest import SEED, make_corpus
from pipeline.curation import check_files
from pipeline.engines import regex_cache
from pipeline.engines.cache import CACHE_ENV, Cache
from pipeline.engines.regex_cache import _COMPILE, FILE_NAME, RegexCache, cache_folder, install
from pipeline.extract.nlp import TOKENIZER_CACHE_CHUNKS, build_nlp, load_nlp, save_nlp

HEAVY = ("spacy", "pandas", "pyarrow", "pandera", "matplotlib", "httpx", "lxml", "dask")


def test_help_imports_no_heavy_library():
    code = "import sys; from pipeline.cli import cli; print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in %r)))" % (HEAVY,)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ})
    assert done.stdout.split() == []


def test_the_saved_pipeline_loads_as_it_was_built(tmp_path, seed_text):
    built = build_nlp()
    save_nlp(built, tmp_path / "nlp")
    loaded = load_nlp(tmp_path / "nlp")
    assert loaded.pipe_names == built.pipe_names
    ours_ruler, their_ruler = loaded.get_pipe("entity_ruler"), built.get_pipe("entity_ruler")
    assert (len(ours_ruler), ours_ruler.labels, ours_ruler.ent_ids) == (len(their_ruler), their_ruler.labels, their_ruler.ent_ids)
    pickled_patterns = lambda matcher: matcher.__reduce__()[1][1]  # every pattern, as the token hashes it matches
    assert pickled_patterns(ours_ruler.phrase_matcher) == pickled_patterns(their_ruler.phrase_matcher)
    ours, theirs = loaded(seed_text), built(seed_text)
    assert [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in ours.ents] == [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in theirs.ents]
    assert [s.start_char for s in ours.sents] == [s.start_char for s in theirs.sents]
    assert (loaded.max_length, loaded.tokenizer.max_cache_size) == (built.max_length, TOKENIZER_CACHE_CHUNKS)


def test_the_corpus_index_reads_only_what_changed(tmp_path, monkeypatch):
    raw = make_corpus(tmp_path / "raw")
    cache = tmp_path / "cache"
    read = []
    real = curation._index_row
    monkeypatch.setattr(curation, "_index_row", lambda path, *args: read.append(path.name) or real(path, *args))
    new = tmp_path / "new.txt"
    new.write_bytes(SEED.read_bytes())
    assert "an exact duplicate" in str(check_files([new], raw, cache_dir=cache)[0].findings)
    assert len(read) == 3
    read.clear()
    check_files([new], raw, cache_dir=cache)
    assert read == []  # the index, not the raw folder
    (raw / SEED.name).write_text("What is new?\n\nA page that changed since the index was made.\n", encoding="utf-8")
    report = check_files([new], raw, cache_dir=cache)[0]
    assert read == [SEED.name] and report.usable
    assert (Cache.open(cache).generation / "corpora").is_dir()


def test_a_rebuild_that_finds_every_document_cached_loads_no_spacy_and_draws_no_figure(tmp_path):
    raw = make_corpus(tmp_path / "raw")
    build = ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--quiet"]
    code = (
        "import sys; from pipeline.cli import cli\n"
        f"try: cli({build!r})\nexcept SystemExit as done: assert not done.code\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'matplotlib'})))"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["matplotlib", "spacy"]
    assert again.stdout.split() == []


REGEXES = [  # what the rules' patterns hold: flags inline and given, named groups, lookarounds, classes, bytes
    (r"(?i)\bdry\s+needl(?:e|ing)\b", 0),
    (r"(?P<provider>chiropractors?|physical therapists?)\s+(?:can|may)\s+(?P<verb>perform|do)", re.IGNORECASE),
    (r"(?<![\w'-])(?:not\s+all|some)(?![\w'-])", 0),
    (r"^\s*(?:Q|Question)\s*[:.]\s*(.+?)\s*$", re.MULTILINE | re.VERBOSE),
    (r"[à-ÿ€£$]\d{1,3}(?:,\d{3})*", re.UNICODE),
    (rb"\x00+(?=PK)", 0),
]


def test_a_pattern_made_from_kept_opcodes_is_the_pattern_compiled_afresh(tmp_path):
    first = RegexCache(tmp_path / "cache")
    made = [first.compile(pattern, flags) for pattern, flags in REGEXES]
    first.save()
    again = RegexCache(tmp_path / "cache")
    kept = [again.compile(pattern, flags) for pattern, flags in REGEXES]
    fresh = [_COMPILE(pattern, flags) for pattern, flags in REGEXES]
    assert again.new == 0 and len(again.stored) == len(REGEXES)
    assert made == kept == fresh  # a pattern's == compares its flags, text and opcodes
    assert [(p.groups, p.groupindex) for p in kept] == [(p.groups, p.groupindex) for p in fresh]
    assert kept[1].search("Our Chiropractors may perform it").group("verb") == "perform"


def test_the_kept_patterns_are_written_only_into_a_cache_of_ours(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache._compiler, "compile", regex_cache._compiler.compile)  # install's change is undone after the test
    regexes = install(tmp_path / "cache")
    assert re.compile(r"ours?\s+alone") == _COMPILE(r"ours?\s+alone", 0)
    regexes.save()
    assert (tmp_path / "cache" / FILE_NAME).is_file() and (tmp_path / "cache" / "CACHEDIR.TAG").is_file()
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("a folder of the user's", encoding="utf-8")
    elsewhere = RegexCache(theirs)
    elsewhere.compile(r"not\s+here", 0)
    elsewhere.save()
    assert sorted(p.name for p in theirs.iterdir()) == ["notes.txt"]



def test_a_damaged_file_of_kept_patterns_is_compiled_afresh_and_written_again(tmp_path):
    first = RegexCache(tmp_path)
    first.compile(r"dry\s+needling", 0)
    first.save()
    data = bytearray((tmp_path / FILE_NAME).read_bytes())
    data[-5] ^= 0x01  # one bit of the opcodes: "needling" could become "meedling"
    (tmp_path / FILE_NAME).write_bytes(bytes(data))
    again = RegexCache(tmp_path)
    assert again.stored == {} and again.compile(r"dry\s+needling", 0).search("Is dry needling safe?")
    again.save()
    assert RegexCache(tmp_path).stored.keys() == {(False, r"dry\s+needling", 0)}


def test_kept_patterns_tell_text_from_bytes_and_take_flags_as_numbers(tmp_path):
    class Text(str):
        pass

    first = RegexCache(tmp_path)
    made = [first.compile("abc", 0), first.compile(b"abc", 0), first.compile("abc", re.IGNORECASE), first.compile(Text("abd"), 0)]
    first.save()
    again = RegexCache(tmp_path)
    assert [again.compile("abc", 0), again.compile(b"abc", 0), again.compile("abc", int(re.IGNORECASE))] == made[:3]
    assert made == [_COMPILE("abc", 0), _COMPILE(b"abc", 0), _COMPILE("abc", re.IGNORECASE), _COMPILE("abd", 0)]
    assert len(again.stored) == 3 and again.new == 0  # the subclass compiled as re does, never kept


@pytest.mark.parametrize("arguments, folder", [
    (["build", "--raw", "raw"], "default"),
    (["build", "--cache", "elsewhere"], "elsewhere"),
    (["validate", "page.md", "--cache=elsewhere"], "elsewhere"),
    (["build", "--no-cache"], None),
    (["build", "--help"], None),
    ([], None),
])
def test_a_command_keeps_its_patterns_where_its_cache_options_say(arguments, folder, monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "default"))
    found = cache_folder(arguments)
    assert (found.name if found else None) == folder
