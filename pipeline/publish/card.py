"""The dataset card (output/README.md), written from the tables themselves: no hand-typed counts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.defaults import SELECTION_THRESHOLD
from pipeline.publish.datapackage import ANNOTATIONS_LICENSE, CONTRIBUTORS, DESCRIPTION, PACKAGE_NAME, TITLE, dataset_version, homepage
from pipeline.publish.licences import licence_terms
from pipeline.release import release_year
from schemas import TABLES

AUTHORS = CONTRIBUTORS[0]["title"]  # a project: braces keep BibTeX from splitting it into names
SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")]
TOP_PAIRS = 15
EVALUATION = Path(__file__).resolve().parent.parent / "data" / "evaluation.csv"  # written by `make evaluate`
BY_COMPATIBLE = {"Creative Commons Attribution", "CC0 public domain dedication", "public domain"}  # licence families whose text CC BY 4.0 may carry


def _size_category(rows: int) -> str:
    return next((name for limit, name in SIZE_CATEGORIES if rows < limit), "n>1M")


def _licence_field(documents: pd.DataFrame) -> str:
    """cc-by-4.0 when every text published is under terms CC BY 4.0 covers (CC BY, CC0, public
    domain); otherwise "other", with the details saying which licences apply."""
    published = documents.license[~documents.text_withheld]
    families = {licence_terms(licence).name for licence in published}
    return "cc-by-4.0" if families <= BY_COMPATIBLE else "other"


def _front_matter(tables: dict[str, pd.DataFrame]) -> list[str]:
    withheld = int(tables["documents"].text_withheld.sum())
    details = (
        "Annotations, vocabulary and code: CC BY 4.0. Source text is published only for documents under an "
        f"open licence (CC BY, CC BY-SA, CC0, public domain); the text of {withheld} document(s) of unknown or "
        "restrictive licence is withheld (text_withheld) and can be restored from your own copies with "
        "`python -m pipeline rehydrate`. See the Licences section."
    )
    lines = [
        "---", f"license: {_licence_field(tables['documents'])}", f"license_details: \"{details}\"", "language:", "- en", f"pretty_name: {TITLE}",
        "size_categories:", f"- {_size_category(len(tables['qa_pairs']))}",
        "task_categories:", "- question-answering", "- token-classification", "- text-classification",
        "tags:", "- medical", "- consumer-health", "- negation", "- hedging", "configs:",
    ]
    for name in TABLES:
        lines += [f"- config_name: {name}", f"  data_files: {name}.parquet"]
    return lines + ["---", ""]


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def _counts(frame: pd.DataFrame, column: str, empty: str = "(empty)") -> list[list]:
    counts = frame[column].astype(object).fillna(empty).value_counts()
    return [[value, count] for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


README_START, README_END = "<!-- columns: generated from schemas/ by `make docs` -->", "<!-- end of columns -->"


def columns_markdown(heading: str = "##") -> list[str]:
    """Every table's columns with their schema descriptions."""
    lines = []
    for name, table in TABLES.items():
        lines += [f"{heading}# {name}", "", f"{table.schema.description} Primary key: `{', '.join(table.key_columns)}`.", ""]
        lines += _table(["column", "meaning"], [[f"`{c}`", (col.description or "").replace("|", "\\|")] for c, col in table.schema.columns.items()])
    return lines


def refresh_readme(path: Path) -> None:
    """Rewrite the generated columns section of the repository README in place."""
    text = path.read_text(encoding="utf-8")
    before, rest = text.split(README_START, 1)
    after = rest.split(README_END, 1)[1]
    path.write_text(before + "\n".join([README_START, "", *columns_markdown("##"), README_END]) + after, encoding="utf-8")


PROVENANCE = ("source_url", "title", "retrieved", "license", "published", "modified")


def _provenance(documents: pd.DataFrame) -> list[str]:
    """Which provenance came from raw/sources.csv and which from the pages themselves."""
    origins = [dict(item.split("=", 1) for item in value.split("|")) if isinstance(value, str) else {} for value in documents.origins]
    rows = []
    for column in PROVENANCE:
        said = Counter(o[column] for o in origins if column in o)
        listed = said.pop("sources.csv", 0)
        page = sum(said.values())
        where = ", ".join(f"`{name}` {n}" for name, n in sorted(said.items(), key=lambda item: (-item[1], item[0])))
        rows.append([f"`{column}`", listed, f"{page} ({where})" if where else "0", len(origins) - listed - page])
    return _table(["column", "from raw/sources.csv", "from the page itself", "unknown"], rows)


def _top_pairs(tables: dict[str, pd.DataFrame]) -> list[str]:
    pairs = tables["provider_treatments"]
    if pairs.empty:
        return ["No claim in the corpus yet says which practitioner performs which treatment.", ""]
    names = dict(zip(tables["concepts"].concept_id, tables["concepts"].name))
    top = pairs.sort_values(["document_count", "claim_count", "provider_id", "treatment_id"], ascending=[False, False, True, True]).head(TOP_PAIRS)
    return _table(
        ["provider", "treatment", "relation", "documents", "claims"],
        [[names[r.provider_id], names[r.treatment_id], r.relation, r.document_count, r.claim_count] for r in top.itertuples()],
    )


def _contradictions(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Pairs that one page says a practitioner performs and another that it does not: both kept."""
    pairs = tables["provider_treatments"]
    if pairs.empty:
        return []
    names = dict(zip(tables["concepts"].concept_id, tables["concepts"].name))
    rows = []
    for (provider, treatment), group in pairs.groupby(["provider_id", "treatment_id"], sort=True):
        relations = dict(zip(group.relation.astype(str), group.document_count))
        if "does_not_perform" in relations and relations.keys() & {"performs", "may_perform"}:
            rows.append([names[provider], names[treatment], relations.get("performs", 0), relations.get("may_perform", 0), relations["does_not_perform"]])
    if not rows:
        return ["No two pages disagree about who performs what.", ""]
    return ["Where pages disagree (documents stating each relation; often a difference between states or practices):", ""] + _table(
        ["provider", "treatment", "performs", "may perform", "does not perform"], rows,
    )


def _quality() -> list[str]:
    """The extraction's latest scores against the gold sets (`make evaluate` writes them)."""
    if not EVALUATION.exists():
        return []
    frame = pd.read_csv(EVALUATION, dtype=str, keep_default_na=False)
    lines = [
        "## Extraction quality", "",
        "Scores of the latest `make evaluate` against hand-annotated gold pages (`tests/fixtures`; pages written "
        "and annotated blind to the rules are the `heldout*` sets; docs/annotation.md is the guideline). "
        "Pairs: gold questions found / extra pairs; answers: exact at both ends; entities: P/R/F1 inside pairs; "
        "relations: P/R/F1 of who performs what, end to end. Claim types are decided last by a model learned from "
        "the blind sets, so their \"claim type\" is in sample; \"claim type left out\" is each set's score by a model "
        "trained without it (`make claim-types`).", "",
    ]
    return lines + _table(list(frame.columns), frame.values.tolist())


def _sources(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Where the documents come from, and for MedQuAD's the selection rule and each one's score."""
    documents = tables["documents"]
    lines = ["## Sources", "", "Documents per format (how the source file was read):", ""]
    lines += _table(["format", "documents"], _counts(documents, "format"))
    medquad = documents[documents.format == "medquad"]
    if medquad.empty:
        return lines
    pairs = tables["qa_pairs"].groupby("doc_id").size()
    lines += [
        f"{len(medquad)} documents come from MedQuAD (Ben Abacha and Demner-Fushman, \"A Question-Entailment "
        "Approach to Question Answering\", BMC Bioinformatics 20, 511, 2019; https://github.com/abachaa/MedQuAD), "
        "which collected question/answer pairs from NIH websites. `python -m pipeline select` (`make corpus`) "
        "chose them from the whole archive by a rule that is code and data: a document's relevance is "
        "100 × the in-scope weight of its answers' vocabulary mentions / (answer words + 100) + 2 × the "
        "highest in-scope weight its title names, with the weight of every vocabulary category, concept "
        "and extra term, and the reason for it, in `pipeline/data/scope.csv`; documents scoring "
        f"{SELECTION_THRESHOLD} or more that have answers are selected, exact duplicates once. Each document's "
        "score is `documents.relevance`:", "",
    ]
    rows = medquad.sort_values(["relevance", "path"], ascending=[False, True])
    lines += _table(
        ["title", "site", "relevance", "pairs"],
        [[r.title or r.path, (r.source_url or "").split("/")[2] if r.source_url else "", f"{r.relevance:.2f}", int(pairs.get(r.doc_id, 0))]
         for r in rows.itertuples()],
    )
    return lines


def _licences(tables: dict[str, pd.DataFrame]) -> list[str]:
    """What may be reused, what is withheld and how to restore it, and the attribution owed."""
    documents = tables["documents"]
    by_licence: dict[str, list] = {}  # licence -> [recognised as, open, documents, text withheld]
    restored = 0
    for licence, withheld in zip(documents.license, documents.text_withheld):
        terms = licence_terms(licence)
        row = by_licence.setdefault(licence if isinstance(licence, str) else "(empty: unknown)", [terms.name, "yes" if terms.open else "no", 0, 0])
        row[2] += 1
        row[3] += int(withheld)
        restored += not terms.open and not withheld
    lines = [
        "## Licences", "",
        f"The annotations (every table's ids, offsets, labels, concepts, claims and judgements), the "
        f"vocabulary and the code are released under {ANNOTATIONS_LICENSE['name']} "
        "(attribution keeps the provenance of derived work visible; codes are identifiers, not "
        "copyrighted descriptors: CPT descriptors are deliberately not included).", "",
        "The verbatim source text is not ours to license: each document's licence (`documents.license`) "
        "decides what is published. Under an open licence (Creative Commons Attribution or "
        "Attribution-ShareAlike, CC0, public domain; the spellings and addresses recognised are listed in "
        "`pipeline/data/licences.csv`) the document's text, answers and claim sentences are published. "
        "Under an unknown or restrictive licence (an empty licence grants no reuse right) `documents.text`, "
        "`qa_pairs.answer` and `claims.text` are empty and `text_withheld` is true; the annotations, "
        "offsets, SHA-256, questions, mention texts (vocabulary terms as written), title and address are "
        "still published, as MedQuAD itself did for its copyrighted subsets. The questions of such "
        "documents are short quotations kept so that their pairs stay usable; they are not relicensed.", "",
    ]
    lines += _table(["documents.license", "recognised as", "open", "documents", "text withheld"],
                    [[licence, *row] for licence, row in sorted(by_licence.items())])
    if restored:
        lines += [f"**This copy holds the text of {restored} document(s) restored from local copies** "
                  "(`python -m pipeline rehydrate`): their licence does not allow you to redistribute it.", ""]
    lines += [
        "To restore withheld text for your own use, save each page as the file the build read, at the "
        "path `documents.path` gives, below a folder of your own, then run "
        "`python -m pipeline rehydrate --raw MY_COPIES --out output` (the tables are rewritten with the "
        "text) or `load(\"claims\", raw=\"MY_COPIES\")` (in memory). A copy whose SHA-256 is not "
        "`documents.sha256` is refused, because its offsets would not hold.", "",
    ]
    attributions = documents.attribution.dropna().value_counts()
    if not attributions.empty:
        lines += ["Attribution owed for the text published, as the licences require:", ""]
        lines += _table(["attribution", "documents"], [[a, n] for a, n in sorted(attributions.items())])
    return lines


def render(tables: dict[str, pd.DataFrame]) -> bytes:
    version = dataset_version()
    lines = _front_matter(tables) + [
        f"# {TITLE} (version {version})", "", DESCRIPTION, "",
        "## What it is, and what it is not", "",
        "It is a record of what consumer-health FAQ pages *say* about trigger points and myofascial care: "
        "their questions, their answers, the practitioners, treatments, conditions, drugs, payers and "
        "body parts they name, and each sentence's claim with its polarity (affirmed or negated) and "
        "certainty (asserted or hedged). It is not medical advice, not a judgement of whether a claim "
        "is true, and not a sample that represents the web: it holds the pages its curators chose.", "",
        "## How it was built", "",
        "The open-source pipeline in this repository (`make` rebuilds it byte for byte) reads each page "
        "(text, Markdown, or a saved web page: its main content as plain text, page furniture left out), "
        "finds question/answer pairs from the page layout and, on web pages, from FAQ widgets and "
        "schema.org FAQPage markup (`qa_pairs.found_by`), tags mentions with a rule-based spaCy "
        "pipeline built from `spacy.blank(\"en\")` and a curated vocabulary with NUCC, MeSH, ICD-10-CM "
        "and CPT/HCPCS codes, reads each sentence's claim with documented negation and hedge cue lists "
        "(NegEx, BioScope and CoNLL-2010 cues plus project additions), and validates every table "
        "with pandera before publishing. No statistical model is involved: every decision can be "
        "traced to a rule file in `pipeline/data/`.", "",
        "## Counts", "",
    ]
    lines += _table(["table", "rows"], [[name, len(tables[name])] for name in TABLES])
    lines += ["Mentions per label:", ""] + _table(["label", "mentions"], _counts(tables["entities"], "label"))
    lines += ["Question types:", ""] + _table(["question_type", "pairs"], _counts(tables["qa_pairs"], "question_type"))
    lines += ["Answers to yes/no questions:", ""] + _table(["answer_polarity", "pairs"], _counts(tables["qa_pairs"], "answer_polarity", "(not a yes/no question)"))
    lines += ["Claims by polarity and certainty:", ""]
    claims = tables["claims"]
    lines += _table(["polarity", "certainty", "claims"], [
        [p, c, int(((claims.polarity == p) & (claims.certainty == c)).sum())]
        for p in ("affirmed", "negated") for c in ("asserted", "hedged")
    ])
    lines += ["## Who performs what", "", "![Provider by treatment matrix](figure.png)", ""] + _top_pairs(tables) + _contradictions(tables)
    lines += _quality()
    lines += ["## Tables and columns", "", *columns_markdown()]
    lines += _sources(tables)
    lines += _licences(tables)
    lines += [
        "## Provenance", "",
        "A value in `raw/sources.csv` wins; where it is empty, a web page's own metadata fills the row "
        "(`documents.origins` names the source of each value, `documents.license_hints` lists every "
        "licence statement a page makes).", "",
    ] + _provenance(tables["documents"])
    lines += [
        "## Known limitations", "",
        "- Rules generalise only as far as their cue lists: unusual layouts, rhetorical questions on a line of their own, and sentences whose negation scope is unusual can be misread.",
        "- A concept the vocabulary lacks is not tagged (`python -m pipeline candidates` lists frequent gaps); an abbreviation is tagged only where the page settles its meaning.",
        "- Subject/predicate/object are filled only when a documented predicate pattern links two tagged concepts; many claims have none.",
        "- Page furniture between an answer's paragraphs stays inside the answer's span, because offsets must slice one contiguous string.",
        "- On web pages, furniture is recognised by tags, ARIA roles and class names (`pipeline/data/html_markup.csv`); a site that names its parts unusually can keep some furniture or lose some content.",
        "",
        "## Loading", "",
        "```python", "import pandas as pd", "claims = pd.read_parquet(\"claims.parquet\")", "```", "",
        "```python", "import duckdb",
        "duckdb.sql(\"SELECT d.source_url, c.text, c.polarity, c.\\\"start\\\", c.\\\"end\\\" FROM 'claims.parquet' c JOIN 'documents.parquet' d USING (doc_id)\")",
        "```", "",
        "`start` and `end` are reserved words in SQL: quote them (`\"end\"`).", "",
        "```python", "from datasets import load_dataset",
        "claims = load_dataset(\"parquet\", data_files=\"claims.parquet\")[\"train\"]", "```", "",
        "From a clone of the repository, `from pipeline import load; load(\"claims\")` returns the validated table with categorical dtypes.", "",
        "## How to cite", "",
        "```bibtex", f"@misc{{{PACKAGE_NAME.replace('-', '_')}_{version.replace('.', '_')},",
        f"  author = {{{{{AUTHORS}}}}},", f"  title = {{{TITLE}}},", f"  year = {{{release_year()}}},", f"  version = {{{version}}},",
        f"  url = {{{homepage()}}},", "  note = {Rule-based extraction from consumer-health FAQ pages}",
        "}", "```", "",
    ]
    return "\n".join(lines).encode("utf-8")
