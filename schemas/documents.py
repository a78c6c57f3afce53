"""The documents table: one row per source document, holding the text all offsets refer to."""

import pandera.pandas as pa
from pandera.typing import Series

FORMATS = ["text", "markdown", "html", "medquad"]
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


class Documents(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^doc-[0-9a-f]{16}$",
        description="Primary key: 'doc-' and 16 hex digits of the SHA-256 of the path, so it survives rebuilds and re-fetches.",
    )
    path: Series[str] = pa.Field(unique=True, description="Path of the source file relative to the raw folder (POSIX separators).")
    source_url: Series[str] = pa.Field(nullable=True, description="Address the page was saved from (raw/sources.csv, else the page's canonical link, og:url or saved-from note; see origins); empty when unknown.")
    title: Series[str] = pa.Field(nullable=True, description="Title of the page (raw/sources.csv, else the page's title element or og:title); empty when unknown.")
    retrieved: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, description="ISO date the page was saved (raw/sources.csv); empty when unknown.")
    published: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, description="ISO date the page says it was first published (article:published_time, JSON-LD or microdata datePublished, time elements); empty when it says none.")
    modified: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, description="ISO date the page says it was last changed (article:modified_time, og:updated_time, dateModified, time elements); empty when it says none.")
    license: Series[str] = pa.Field(nullable=True, description="Licence of the verbatim source text (raw/sources.csv, else a licence the page declares explicitly: rel=license, schema.org license; Creative Commons as SPDX ids such as CC-BY-4.0); empty when unknown, which means no reuse right is granted.")
    license_hints: Series[str] = pa.Field(nullable=True, description="Every licence statement on a web page, '|'-separated 'where: licence' items (link rel=license, a rel=license, Creative Commons link or badge, schema.org license); empty when the page states none.")
    origins: Series[str] = pa.Field(nullable=True, description="Where each provenance value came from, '|'-separated 'column=origin' items: sources.csv, or the part of the page that stated it (e.g. 'title=og:title', 'published=meta article:published_time').")
    format: Series[str] = pa.Field(isin=FORMATS, description="How the source file was read: " + ", ".join(FORMATS) + ".")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw file's bytes.")
    text: Series[str] = pa.Field(description="Decoded text (UTF-8, BOM dropped, line endings normalised to LF; a web page's main content as plain text, one block per line, blank lines between blocks); every offset in the dataset indexes into it.")

    class Config:
        strict = True
        ordered = True
        title = "documents"
        description = "One row per source document."
