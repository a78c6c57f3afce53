"""What a web page says about itself: its charset, title, address, dates and licence, and where
each came from; raw/sources.csv wins where it has a value."""

from __future__ import annotations

import codecs

import pytest

from pipeline.sources import read_bytes
from pipeline.sources.charset import decode_page
from pipeline.sources.html import read_html
from pipeline.sources.pagemeta import licence_id

FILLER = " ".join(["Trigger points are tight knots in a muscle that can refer pain elsewhere."] * 6)
BODY = f"<body><main><h1>Café FAQ</h1><p>{FILLER}</p></main></body>"


# --- charset -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, encoding, origin", [
    (codecs.BOM_UTF8 + "<p>café</p>".encode(), "utf-8", "byte-order mark"),
    (codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le"), "utf-16-le", "byte-order mark"),
    ('<meta charset="windows-1252"><p>café</p>'.encode("cp1252"), "cp1252", "meta"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>café ’</p>'.encode("cp1252"), "cp1252", "meta"),
    ("<p>café</p>".encode(), "utf-8", "UTF-8"),
    (b"<p>cafe in plain ascii</p>", "utf-8", "UTF-8"),
])
def test_charset_order(data, encoding, origin):
    decoded = decode_page(data)
    assert (decoded.encoding, decoded.origin, decoded.warning) == (encoding, origin, None)
    assert "caf" in decoded.text and "\ufeff" not in decoded.text


def test_undeclared_bytes_that_are_not_utf8_fall_back_to_windows_1252_with_a_warning():
    decoded = decode_page("<p>Renée’s café</p>".encode("cp1252"))
    assert decoded.text == "<p>Renée’s café</p>" and decoded.origin == "fallback" and "windows-1252" in decoded.warning


def test_a_page_declaring_latin1_whose_bytes_are_utf8_is_read_as_utf8_with_a_warning():
    decoded = decode_page('<meta charset="iso-8859-1"><p>café</p>'.encode())
    assert decoded.text.endswith("café</p>") and "UTF-8" in decoded.warning


def test_the_servers_charset_wins_over_the_pages():
    data = '<meta charset="utf-8"><p>Renée</p>'.encode("cp1252")
    assert decode_page(data, "windows-1252").text.endswith("Renée</p>")


def test_a_sources_row_charset_reaches_the_reader():
    data = f"<html><head><meta charset='utf-8'></head>{BODY}</html>".encode("cp1252")
    doc = read_bytes(data, "page.html", "page.html", {"charset": "windows-1252"})
    assert doc.text.startswith("Café FAQ")


def test_an_unknown_label_is_ignored():
    assert decode_page('<meta charset="x-klingon"><p>café</p>'.encode()).encoding == "utf-8"


# --- title, address, dates -----------------------------------------------------------------------

HEAD = """
<!-- saved from url=(0031)https://saved.example.org/faq -->
<html><head><meta charset="utf-8"><title>  Trigger point FAQ | Clinic  </title>
<meta property="og:title" content="Trigger point FAQ">
<link rel="canonical" href="/patients/faq/">
<meta property="og:url" content="https://www.example.org/patients/faq/?utm=x">
<meta property="article:published_time" content="2023-03-14T15:02:11+00:00">
<script type="application/ld+json">{"@graph": [{"@type": "Person", "dateModified": "2001-01-01"},
 {"@type": "WebPage", "datePublished": "2020-01-01", "dateModified": "2024-01-22T18:40:53+00:00"}]}</script>
</head>"""


def test_page_metadata_and_where_it_came_from():
    reading = read_html((HEAD + BODY + "</html>").encode(), "page.html")
    assert reading.metadata == {
        "title": "Trigger point FAQ | Clinic", "source_url": "https://www.example.org/patients/faq/",
        "published": "2023-03-14", "modified": "2024-01-22",
    }
    assert reading.origins == {
        "title": "<title>", "source_url": "link rel=canonical",
        "published": "meta article:published_time", "modified": "JSON-LD dateModified",
    }


def test_fallbacks_og_title_saved_from_comment_and_time_elements():
    head = ('<!-- saved from url=(0031)https://saved.example.org/faq -->\n<html><head><meta charset="utf-8">'
            '<meta property="og:title" content="From OG"></head>')
    body = BODY.replace("<main>", "<main><time class='entry-date published' datetime='2022-05-06'>May 6</time>"
                                  "<time class='updated' datetime='2022-13-01'>bad</time>")
    reading = read_html((head + body + "</html>").encode(), "page.html")
    assert reading.metadata == {"title": "From OG", "source_url": "https://saved.example.org/faq", "published": "2022-05-06"}
    assert reading.origins["source_url"] == "saved-from comment" and reading.origins["published"] == "<time>"


def test_sources_csv_wins_and_the_page_fills_the_gaps():
    row = {"path": "page.html", "source_url": None, "title": "Curated title", "retrieved": "2026-01-02", "license": None}
    doc = read_bytes((HEAD + BODY + "</html>").encode(), "page.html", "page.html", row)
    assert (doc.title, doc.source_url, doc.retrieved, doc.published) == (
        "Curated title", "https://www.example.org/patients/faq/", "2026-01-02", "2023-03-14")
    assert doc.origins == {
        "source_url": "link rel=canonical", "title": "sources.csv", "retrieved": "sources.csv",
        "published": "meta article:published_time", "modified": "JSON-LD dateModified",
    }


# --- licences ------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, spdx", [
    ("https://creativecommons.org/licenses/by/4.0/", "CC-BY-4.0"),
    ("http://creativecommons.org/licenses/by-nc-sa/3.0/us/", "CC-BY-NC-SA-3.0-US"),
    ("https://i.creativecommons.org/l/by-sa/4.0/88x31.png", "CC-BY-SA-4.0"),
    ("https://creativecommons.org/licenses/by/4.0/deed.en", "CC-BY-4.0"),
    ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
    ("https://example.org/terms", "https://example.org/terms"),
])
def test_licence_ids(url, spdx):
    assert licence_id(url) == spdx


def test_every_licence_hint_with_where_it_came_from_and_the_explicit_one_as_licence():
    head = ('<html><head><meta charset="utf-8"><link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
            '<script type="application/ld+json">{"@type": "Article", "license": {"@id": "https://creativecommons.org/licenses/by-sa/4.0/"}}</script></head>')
    body = BODY.replace("</main>", "</main><footer><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>"
                                   "<img src='https://i.creativecommons.org/l/by/4.0/88x31.png'></a> "
                                   "<a href='https://creativecommons.org/licenses/by-nd/4.0/'>photos</a></footer>")
    reading = read_html((head + body + "</html>").encode(), "page.html")
    assert reading.metadata["license"] == "CC-BY-4.0" and reading.origins["license"] == "link rel=license"
    assert reading.metadata["license_hints"].split("|") == [
        "link rel=license: CC-BY-4.0", "a rel=license: CC-BY-4.0", "Creative Commons link: CC-BY-ND-4.0",
        "schema.org license (JSON-LD): CC-BY-SA-4.0",
    ]


def test_a_creative_commons_badge_alone_is_a_hint_not_the_licence():
    body = BODY.replace("</main>", "</main><footer><img src='https://licensebuttons.net/l/by-nc/4.0/88x31.png'></footer>")
    reading = read_html(f"<html><head><meta charset='utf-8'></head>{body}</html>".encode(), "page.html")
    assert reading.metadata["license_hints"] == "Creative Commons badge: CC-BY-NC-4.0"
    assert "license" not in reading.metadata
