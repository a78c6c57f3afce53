"""Start-up: `--help` loads none of the heavy libraries, the spaCy pipeline comes back from the cache
the same as it was built, and validate's corpus index reads only the raw files that changed."""

from __future__ import annotations

import os
import subprocess
import sys

import pipeline.curation as curation
from conftest import SEED, make_corpus
from pipeline.curation import check_files
from pipeline.engines.cache import Cache
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
