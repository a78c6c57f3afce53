"""raw/sources.csv: one row per source document, with its provenance."""

import codecs
import re
from typing import Optional

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
    charset: Optional[Series[str]] = pa.Field(nullable=True, description="Optional: the charset the server declared for a web page (written by `add`); it overrides the page's own declaration.")

    class Config:
        strict = True
        title = "sources"

    @pa.check("path", name="duplicate path", error="each path has one row")
    def path_listed_once(cls, path):
        return ~path.duplicated(keep=False)

    @pa.check("path", name="path outside the raw folder", error="a relative path without '..'")
    def path_stays_inside(cls, path):
        return ~path.fillna("/").str.contains(_ESCAPES)

    @pa.check("source_url", name="not an http(s) address")
    def source_url_is_web_address(cls, url):
        return url.isna() | url.fillna("").str.fullmatch(r"https?://\S+")

    @pa.check("charset", name="not a known charset")
    def charset_is_known(cls, charset):
        return charset.isna() | charset.map(_known_charset)

    @pa.dataframe_check(name="charset for a page that is not .html/.htm", error="only web pages have a charset")
    def charset_only_for_pages(cls, frame):
        if "charset" not in frame:
            return pd.Series(True, index=frame.index)
        return frame["charset"].isna() | frame["path"].fillna("").str.lower().str.endswith((".html", ".htm"))

    @pa.check("retrieved", name="not an ISO date (YYYY-MM-DD)")
    def retrieved_is_a_date(cls, retrieved):
        parsed = pd.to_datetime(retrieved, format="%Y-%m-%d", errors="coerce")
        return retrieved.isna() | parsed.notna()


def _known_charset(label) -> bool:
    try:
        codecs.lookup(str(label))
    except LookupError:
        return False
    return True
