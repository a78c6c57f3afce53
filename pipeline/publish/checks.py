"""Validating the tables against their schemas before anything is published.

Every check runs (pandera's lazy mode) so that one report lists every problem, grouped by table and
check, naming the failing rows by their primary key.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from schemas import TABLES, Span, Table

MAX_IDS_SHOWN = 5


@dataclass(frozen=True)
class Problem:
    table: str
    check: str
    row_ids: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.row_ids[:MAX_IDS_SHOWN])
        more = f" and {len(self.row_ids) - MAX_IDS_SHOWN} more" if len(self.row_ids) > MAX_IDS_SHOWN else ""
        rows = f"{len(self.row_ids)} row(s): {shown}{more}" if self.row_ids else "table-level"
        return f"{self.check}: {rows}"


class TableValidationError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(format_report(problems))


def format_report(problems: list[Problem]) -> str:
    tables = sorted({p.table for p in problems})
    lines = [f"{len(problems)} failed check(s) in {len(tables)} table(s):"]
    for table in tables:
        lines.append(f"  {table}")
        lines.extend(f"    - {p}" for p in problems if p.table == table)
    return "\n".join(lines)


def _foreign_key_check(column: str, parent: pd.Series, target: str) -> pa.Check:
    keys = set(parent)
    return pa.Check(
        lambda df: df[column].isna() | df[column].isin(keys),
        name=f"foreign_key({column} -> {target})",
    )


def _span_check(span: Span, texts: dict[str, str], withheld: set[str]) -> pa.Check:
    """Offsets slice the document's text; a withheld document has no text here to slice."""
    def slices(df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [
                doc in withheld or texts.get(doc, "")[start:end] == value
                for doc, start, end, value in zip(df["doc_id"], df[span.start], df[span.end], df[span.text])
            ],
            index=df.index,
        )
    return pa.Check(slices, name=f"span_slices_text({span.text})")


def _withheld_check(withheld: set[str]) -> pa.Check:
    """A row's verbatim text is withheld exactly when its document's is (each table checks that a
    withheld row's verbatim columns are empty), so no withheld text reaches a published table."""
    return pa.Check(
        lambda df: df["text_withheld"] == df["doc_id"].isin(withheld),
        name="text_withheld_as_its_document",
    )


def _list_foreign_key_check(column: str, parent: pd.Series, target: str) -> pa.Check:
    keys = set(parent)
    return pa.Check(
        lambda df: df[column].map(lambda ids: all(i in keys for i in ids.split("|"))),
        name=f"foreign_keys({column} -> {target})",
    )


def _within_check(table: Table, tables: dict[str, pd.DataFrame]) -> pa.Check:
    key, parent, start, end = table.within
    bounds = tables[parent].set_index(TABLES[parent].primary_key)[[start, end]]

    def inside(df: pd.DataFrame) -> pd.Series:
        joined = df[[key, "start", "end"]].join(bounds, on=key)
        return joined[key].isna() | ((joined[start] <= joined["start"]) & (joined["end"] <= joined[end]))
    return pa.Check(inside, name=f"within({parent}.{start}..{end})")


def _schema_with_relations(table: Table, tables: dict[str, pd.DataFrame]) -> pa.DataFrameSchema:
    schema = copy.deepcopy(table.schema)
    documents = tables.get("documents")
    texts = dict(zip(documents["doc_id"], documents["text"])) if documents is not None else {}
    withheld = set(documents["doc_id"][documents["text_withheld"]]) if documents is not None else set()
    extra = [
        _foreign_key_check(column, tables[parent][parent_column], f"{parent}.{parent_column}")
        for column, (parent, parent_column) in table.foreign_keys.items()
        if parent in tables
    ]
    extra += [
        _list_foreign_key_check(column, tables[parent][parent_column], f"{parent}.{parent_column}")
        for column, (parent, parent_column) in table.list_foreign_keys.items()
        if parent in tables
    ]
    extra += [_span_check(span, texts, withheld) for span in table.spans]
    if table.verbatim and table.name != "documents" and documents is not None:
        extra.append(_withheld_check(withheld))
    if table.within and table.within[1] in tables:
        extra.append(_within_check(table, tables))
    schema.checks = list(schema.checks) + extra
    return schema


def _problems(table: Table, frame: pd.DataFrame, error: pa.errors.SchemaErrors) -> list[Problem]:
    cases = error.failure_cases.copy()
    # A dataframe-level check reports one case per column of a failing row: count the row once.
    cases["column"] = cases["column"].where(cases["schema_context"] == "Column", "").fillna("")
    keys = table.key_columns
    ids = frame[keys].astype(str).agg("/".join, axis=1).tolist() if set(keys) <= set(frame.columns) else []
    problems = []
    for (check, column), group in cases.groupby(["check", "column"], sort=True):
        indexes = sorted({int(i) for i in group["index"].dropna()})
        row_ids = tuple(ids[i] if i < len(ids) else f"row {i}" for i in indexes)
        problems.append(Problem(table.name, f"{check} ({column})" if column else str(check), row_ids))
    return problems


def as_checked(frame: pd.DataFrame) -> pd.DataFrame:
    """Coded columns as the plain strings the schemas check (Parquet gives them as categoricals)."""
    coded = [name for name, dtype in frame.dtypes.items() if isinstance(dtype, pd.CategoricalDtype)]
    return frame.astype({name: "str" for name in coded}) if coded else frame


def merge_problems(problems: list[Problem]) -> list[Problem]:
    """One problem per table and check, naming the rows of every part of the corpus that failed it."""
    merged: dict[tuple[str, str], list[str]] = {}
    for problem in problems:
        merged.setdefault((problem.table, problem.check), []).extend(problem.row_ids)
    return [Problem(table, check, tuple(rows)) for (table, check), rows in merged.items()]


def validate_tables(tables: dict[str, pd.DataFrame], only: tuple[str, ...] | None = None) -> None:
    """Raise TableValidationError listing every failed check; return quietly when all pass.

    `only` names the tables to check (the others are there as the parents of their relations)."""
    problems: list[Problem] = []
    tables = {name: as_checked(frame) for name, frame in tables.items()}
    checked = {name: frame for name, frame in tables.items() if only is None or name in only}
    for name, frame in checked.items():
        table, frame = TABLES[name], frame.reset_index(drop=True)
        try:
            _schema_with_relations(table, tables).validate(frame, lazy=True)
        except pa.errors.SchemaErrors as error:
            problems.extend(_problems(table, frame, error))
    if problems:
        raise TableValidationError(problems)
