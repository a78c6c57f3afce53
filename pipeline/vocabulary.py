"""Loading the curated vocabulary: the concepts the tagger knows, with their names and codes."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from pipeline.engines.cache import Cache, CacheError, files_digest, write_atomic
from pipeline.rules import DATA_DIR

VOCABULARY_DIR = DATA_DIR / "vocabulary"


class VocabularyError(Exception):
    """A vocabulary file is malformed; the message names each file and line."""


@dataclass(frozen=True)
class Concept:
    concept_id: str
    label: str
    preferred_name: str
    category: str
    synonyms: tuple[str, ...]
    abbreviations: tuple[str, ...]
    codes: dict[str, str | None]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.preferred_name, *self.synonyms)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _read_file(path: Path) -> list[tuple[int, dict[str, str | None]]]:
    """(line number, row) for each row of a vocabulary file, after validating the whole file."""
    import pandas as pd  # here, not at the top: a command that finds the vocabulary remembered needs neither
    import pandera.pandas as pa

    from schemas.vocabulary import Vocabulary

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        lines, rows = [], []
        for row in reader:
            if None in row:  # csv puts the fields past the header's under None
                raise VocabularyError(f"{path.name}:{reader.line_num}: {len(reader.fieldnames) + len(row[None])} fields where the header has {len(reader.fieldnames)} (quote a value that holds a comma)")
            lines.append(reader.line_num)
            rows.append({key: (value or "").strip() or None for key, value in row.items()})
    frame = pd.DataFrame(rows, columns=reader.fieldnames)
    try:
        Vocabulary.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        problems = []
        for case in error.failure_cases.itertuples():
            line = f"{path.name}:{lines[int(case.index)]}" if pd.notna(case.index) else path.name
            column = f" {case.column}" if isinstance(case.column, str) else ""
            problems.append(f"{line}:{column} {case.check} (value {case.failure_case!r})")
        raise VocabularyError("\n".join(sorted(set(problems)))) from None
    return list(zip(lines, rows))


def _surface_key(name: str) -> str:
    return name.lower().replace("’", "'")


def _check_across_files(concepts: list[tuple[Concept, str]]) -> None:
    """Ids unique across files; each surface form (any apostrophe) names one concept, once."""
    problems = []
    first_seen: dict[str, str] = {}
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for concept, where in concepts:
        if concept.concept_id in first_seen:
            problems.append(f"{where}: concept_id {concept.concept_id} already defined at {first_seen[concept.concept_id]}")
        first_seen.setdefault(concept.concept_id, where)
        keys = [_surface_key(name) for name in concept.names]
        problems += [f"{where}: {concept.concept_id} lists {name!r} twice" for name in sorted({key for key in keys if keys.count(key) > 1})]
        for key in set(keys):
            owners[key].append((concept.concept_id, where))
    for name, places in sorted(owners.items()):
        if len({concept_id for concept_id, _ in places}) > 1:
            listed = ", ".join(f"{concept_id} ({where})" for concept_id, where in places)
            problems.append(f"{places[-1][1]}: surface form {name!r} belongs to several concepts: {listed}")
    if problems:
        raise VocabularyError("\n".join(problems))


def load_vocabulary(folder: Path = VOCABULARY_DIR) -> tuple[Concept, ...]:
    from schemas.vocabulary import CODE_FORMATS

    concepts = []
    for path in sorted(folder.glob("*.csv")):
        for line, row in _read_file(path):
            concept = Concept(
                concept_id=row["concept_id"], label=row["label"], preferred_name=row["preferred_name"],
                category=row["category"], synonyms=_split(row["synonyms"]), abbreviations=_split(row["abbreviations"]),
                codes={column: row[column] for column in [*CODE_FORMATS, "code_sources"]},
            )
            concepts.append((concept, f"{path.name}:{line}"))
    _check_across_files(concepts)
    return tuple(concept for concept, _ in concepts)


@cache
def vocabulary() -> tuple[Concept, ...]:
    """The packaged vocabulary, loaded once per process; validated once per change of its files,
    which the cache remembers (validating six files takes a command's start-up a third of a second)."""
    try:
        memo = Cache.open().path("vocabulary", files_digest(sorted(VOCABULARY_DIR.glob("*.csv"))), ".json")
    except CacheError:
        return load_vocabulary()
    try:
        return tuple(
            Concept(**{**row, "synonyms": tuple(row["synonyms"]), "abbreviations": tuple(row["abbreviations"])})
            for row in json.loads(memo.read_text(encoding="utf-8"))
        )
    except (OSError, ValueError, TypeError, KeyError):
        pass  # not remembered yet, or a damaged copy
    concepts = load_vocabulary()
    try:
        write_atomic(memo, json.dumps([asdict(concept) for concept in concepts], ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass
    return concepts


@cache
def concepts_by_id() -> dict[str, Concept]:
    return {concept.concept_id: concept for concept in vocabulary()}
