"""raw/sources.csv: one row per source document, with its provenance."""

import codecs
import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

_ESCAPES = re.compile(r"^(?:/|[A-Za-z]:|\\)|(?:^|[/\\])\.\.(?:[/\\]|$)|\x00")


class Sources(pa.DataFrameModel):
    path: Series[str] = pa.Field(description="Path relative to the raw folder; no '..', no absolute path.")
    source_url: Series[str] = pa.Field(nullable=True, description="Address the page was saved from (http or https).")
    title: Series[str] = pa.Field(nullable=True, description="Title of the page.")
    retrieved: Series[str] = pa.Field(nullable=True, description="ISO date (YYYY-MM-DD) the page was saved.")
    license: Series[str] = pa.Field(nullable=True, description="Licence of the page's text; empty when unknown.")
    attribution: Series[str] = pa.Field(nullable=True, description="Credit the licence asks for (optional column): collection and original publisher.")
    charset: Series[str] = pa.Field(nullable=True, description="Optional: the charset the server declared for a web page (written by `add`); it overrides the page's own declaration.")
    warc_file: Series[str] = pa.Field(nullable=True, description="Optional: the WARC file a harvested page was read from (its name, as `harvest` wrote it).")
    warc_offset: Series[str] = pa.Field(nullable=True, description="Optional: byte offset of the page's record in that WARC file (compressed), as Common Crawl's index gives it.")

    class Config:
        strict = True
        title = "sources"

    @pa.check("path", name="duplicate path", error="is listed more than once (one row per document)")
    def path_listed_once(cls, path):
        return ~path.duplicated(keep=False)

    @pa.check("path", name="path outside the raw folder", error="leaves the raw folder (give a path relative to it, without '..')")
    def path_stays_inside(cls, path):
        return ~path.fillna("/").str.contains(_ESCAPES)

    @pa.check("source_url", name="not an http(s) address", error="is not an http(s) address")
    def source_url_is_web_address(cls, url):
        return url.isna() | url.fillna("").str.fullmatch(r"https?://\S+")

    @pa.check("charset", name="not a known charset", error="is not a charset Python knows")
    def charset_is_known(cls, charset):
        return charset.isna() | charset.map(_known_charset).astype(bool)

    @pa.dataframe_check(name="charset for a page that is not .html/.htm", error="only web pages have a charset")
    def charset_only_for_pages(cls, frame):
        return frame["charset"].isna() | frame["path"].fillna("").str.lower().str.endswith((".html", ".htm"))

    @pa.check("warc_offset", name="not a byte offset", error="is not a whole number of bytes")
    def warc_offset_is_a_number(cls, offset):
        return offset.isna() | offset.fillna("").str.fullmatch(r"\d+")

    @pa.dataframe_check(name="warc_offset without warc_file", error="a record offset needs the WARC file it is in")
    def warc_offset_has_its_file(cls, frame):
        return frame["warc_offset"].isna() | frame["warc_file"].notna()

    @pa.check("retrieved", name="not an ISO date (YYYY-MM-DD)", error="is not a date of the form YYYY-MM-DD")
    def retrieved_is_a_date(cls, retrieved):
        parsed = pd.to_datetime(retrieved, format="%Y-%m-%d", errors="coerce")
        return retrieved.isna() | parsed.notna()


def _known_charset(label) -> bool:
    try:
        codecs.lookup(str(label))
    except LookupError:
        return False
    return True
