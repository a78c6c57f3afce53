"""The documents table: one row per source document, holding the text all offsets refer to."""

import pandera.pandas as pa
from pandera.typing import Series

FORMATS = ["text", "markdown", "html", "medquad"]


class Documents(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^doc-[0-9a-f]{16}$",
        description="Primary key: 'doc-' and 16 hex digits of the SHA-256 of the path, so it survives rebuilds and re-fetches.",
    )
    path: Series[str] = pa.Field(unique=True, description="Path of the source file relative to the raw folder (POSIX separators).")
    source_url: Series[str] = pa.Field(nullable=True, description="Address the page was saved from (raw/sources.csv, else the page's canonical link, og:url or saved-from note, or a MedQuAD document's url; see origins); empty when unknown.")
    title: Series[str] = pa.Field(nullable=True, description="Title of the page (raw/sources.csv, else the page's title element or og:title, or a MedQuAD document's focus); empty when unknown.")
    retrieved: Series[pa.Date] = pa.Field(nullable=True, description="Date the page was saved (raw/sources.csv; ISO YYYY-MM-DD in CSV, a date in Parquet); empty when unknown.")
    published: Series[pa.Date] = pa.Field(nullable=True, description="Date the page says it was first published (article:published_time, JSON-LD or microdata datePublished, time elements); empty when it says none.")
    modified: Series[pa.Date] = pa.Field(nullable=True, description="Date the page says it was last changed (article:modified_time, og:updated_time, dateModified, time elements); empty when it says none.")
    license: Series[str] = pa.Field(nullable=True, description="Licence of the verbatim source text (raw/sources.csv, else a licence the page declares explicitly: rel=license, schema.org license; Creative Commons as SPDX ids such as CC-BY-4.0); empty when unknown, which means no reuse right is granted.")
    license_hints: Series[str] = pa.Field(nullable=True, description="Every licence statement on a web page, '|'-separated 'where: licence' items (link rel=license, a rel=license, Creative Commons link or badge, schema.org license); empty when the page states none.")
    attribution: Series[str] = pa.Field(nullable=True, description="Credit the licence asks for: the source collection and the original publisher (raw/sources.csv); empty when none is recorded.")
    origins: Series[str] = pa.Field(nullable=True, description="Where each provenance value came from, '|'-separated 'column=origin' items: sources.csv, or the part of the file that stated it (e.g. 'title=og:title', 'published=meta article:published_time').")
    format: Series[str] = pa.Field(isin=FORMATS, description="How the source file was read: " + ", ".join(FORMATS) + ".")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw file's bytes: `rehydrate` accepts a local copy only when it matches.")
    relevance: Series[float] = pa.Field(ge=0, description="Scope relevance: in-scope vocabulary weight per 100 answer words plus twice the title's weight (pipeline/extract/scope.py, pipeline/data/scope.csv).")
    text_withheld: Series[bool] = pa.Field(description="True when the licence is not open (unknown or restrictive), so text is empty here: `python -m pipeline rehydrate` restores it from a local copy of the page.")
    text: Series[str] = pa.Field(description="The document's text as its reader renders it (UTF-8, BOM dropped, line endings normalised to LF; a web page's main content as plain text, one block per line, blank lines between blocks); every offset in the dataset indexes into it. Empty when text_withheld.")

    class Config:
        strict = True
        ordered = True
        title = "documents"
        description = "One row per source document."

    @pa.dataframe_check(error="text is empty exactly when it is withheld")
    def withheld_text_is_empty(cls, df):
        return df.text_withheld == (df.text == "")
