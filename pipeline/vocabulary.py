"""Loading the curated vocabulary: the concepts the tagger knows, with their names and codes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipeline.rules import DATA_DIR
from schemas.vocabulary import CODE_FORMATS, Vocabulary

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


def _read_file(path: Path) -> list[dict[str, str | None]]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame.apply(lambda column: column.str.strip()).replace("", None)
    try:
        Vocabulary.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        problems = []
        for case in error.failure_cases.itertuples():
            line = f"{path.name}:{int(case.index) + 2}" if pd.notna(case.index) else path.name
            column = f" {case.column}" if isinstance(case.column, str) else ""
            problems.append(f"{line}:{column} {case.check} (value {case.failure_case!r})")
        raise VocabularyError("\n".join(sorted(set(problems)))) from None
    return [{key: value if isinstance(value, str) else None for key, value in row.items()} for row in frame.to_dict("records")]


def _check_across_files(concepts: list[Concept], origin: dict[str, str]) -> None:
    problems = []
    seen_ids: dict[str, str] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for concept in concepts:
        if concept.concept_id in seen_ids:
            problems.append(f"{origin[concept.concept_id]}: concept_id {concept.concept_id} also in {seen_ids[concept.concept_id]}")
        seen_ids[concept.concept_id] = origin[concept.concept_id]
        for name in concept.names:
            owners[name.lower()].add(concept.concept_id)
    problems += [
        f"surface form {name!r} belongs to several concepts: {', '.join(sorted(ids))}"
        for name, ids in sorted(owners.items()) if len(ids) > 1
    ]
    if problems:
        raise VocabularyError("\n".join(problems))


def load_vocabulary(folder: Path = VOCABULARY_DIR) -> tuple[Concept, ...]:
    concepts, origin = [], {}
    for path in sorted(folder.glob("*.csv")):
        for index, row in enumerate(_read_file(path)):
            concept = Concept(
                concept_id=row["concept_id"], label=row["label"], preferred_name=row["preferred_name"],
                category=row["category"], synonyms=_split(row["synonyms"]), abbreviations=_split(row["abbreviations"]),
                codes={column: row[column] for column in [*CODE_FORMATS, "code_sources"]},
            )
            concepts.append(concept)
            origin[concept.concept_id] = f"{path.name}:{index + 2}"
    _check_across_files(concepts, origin)
    return tuple(concepts)


@cache
def vocabulary() -> tuple[Concept, ...]:
    """The packaged vocabulary, loaded and validated once per process."""
    return load_vocabulary()


@cache
def concepts_by_id() -> dict[str, Concept]:
    return {concept.concept_id: concept for concept in vocabulary()}
