"""Provenance a web page states about itself: title, address, dates and licence, each with where
on the page it was stated (raw/sources.csv overrides any of them; see sources/__init__.py)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable
from urllib.parse import urljoin

from pipeline.sources.jsonld import nodes, string, types
from pipeline.sources.schemaorg import property_value

_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|Page saved with SingleFile.*?url:\s*)(https?://[^\s>]+)", re.DOTALL)
_CC_LICENSE = re.compile(r"(?:creativecommons\.org/(?:licenses|l)|licensebuttons\.net/l)/([a-z-]+)/(\d\.\d)(?:/([a-z]{2})(?=[/?#]|$))?", re.IGNORECASE)
_CC_ZERO = re.compile(r"creativecommons\.org/publicdomain/zero/(\d\.\d)", re.IGNORECASE)
_CC_ANY = re.compile(r"creativecommons\.org/(?:licenses|publicdomain|l|p)/", re.IGNORECASE)
_CC_BADGE = re.compile(r"(?:licensebuttons\.net|i\.creativecommons\.org)/(?:l|p)/", re.IGNORECASE)
EXPLICIT_LICENCE = ("link rel=license", "a rel=license", "schema.org license (JSON-LD)", "schema.org license (microdata)")
NOT_THE_PAGE = {"Comment", "Review", "Question", "Answer", "Person", "Organization", "ImageObject", "VideoObject"}
DATES = {
    "published": (("article:published_time", "datePublished"), ("published", "entry-date")),
    "modified": (("article:modified_time", "og:updated_time", "dateModified"), ("updated", "modified")),
}


def licence_id(url: str) -> str:
    """An SPDX identifier for a Creative Commons licence address ('.../licenses/by-sa/4.0/' ->
    'CC-BY-SA-4.0'); anything else as given."""
    found = _CC_LICENSE.search(url)
    if found:
        code, version, port = found.groups()
        return "-".join(["CC", code.upper(), version] + ([port.upper()] if port else []))
    zero = _CC_ZERO.search(url)
    return f"CC0-{zero.group(1)}" if zero else url.strip()


def iso_date(value: str | None) -> str | None:
    """The calendar date an ISO 8601 date or timestamp names, as written (no time-zone shift)."""
    found = _DATE.match(value or "")
    if not found:
        return None
    try:
        return dt.date(*map(int, found.groups())).isoformat()
    except ValueError:
        return None


def _web_address(value: str | None, base: str | None = None) -> str | None:
    address = urljoin(base, value.strip()) if value and base else (value or "").strip()
    return address if re.match(r"https?://\S+$", address) else None


def _meta(tree) -> dict[str, str]:
    """<meta> values by property or name (lower case), first one wins."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("content"):
            values.setdefault(key, meta.get("content"))
    return values


def _jsonld_property(all_nodes: list[dict], name: str) -> str | None:
    """A property of the page's own node (not of a comment, author or image) in JSON-LD."""
    for node in all_nodes:
        if name in node and not types(node) & NOT_THE_PAGE:
            value = node[name]
            return string(value) or (string(value.get("url") or value.get("@id") or value.get("name")) if isinstance(value, dict) else None)
    return None


def _microdata(tree) -> dict[str, list[str]]:
    """Values of the page's microdata properties by name (of any item), in document order."""
    values: dict[str, list[str]] = {}
    for element in tree.xpath("//*[@itemprop]"):
        for name in element.get("itemprop").split():
            values.setdefault(name, []).append(property_value(element))
    return values


def _time_element(tree, class_words: tuple[str, ...]) -> str | None:
    for time in tree.iter("time"):
        words = set((time.get("class") or "").split())
        if time.get("datetime") and (words & set(class_words) or ("pubdate" in time.attrib and "published" in class_words)):
            return time.get("datetime")
    return None


def licence_hints(tree, all_nodes: list[dict], microdata: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Every statement of a licence on the page, as (where, licence), in the order found."""
    hints = [("link rel=license", e.get("href")) for e in tree.iter("link") if "license" in (e.get("rel") or "").lower().split()]
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        if "license" in (anchor.get("rel") or "").lower().split():
            hints.append(("a rel=license", href))
        elif _CC_ANY.search(href):
            hints.append(("Creative Commons link", href))
    for image in tree.iter("img"):
        parent = image.getparent()
        linked = parent is not None and parent.tag == "a" and _CC_ANY.search(parent.get("href") or "")
        if _CC_BADGE.search(image.get("src") or "") and not linked:
            hints.append(("Creative Commons badge", image.get("src")))
    hints += [("schema.org license (JSON-LD)", v) for v in [_jsonld_property(all_nodes, "license")] if v]
    hints += [("schema.org license (microdata)", v) for v in microdata.get("license", [])]
    unique = dict.fromkeys((where, licence_id(value)) for where, value in hints if value and value.strip())
    return list(unique)


def page_metadata(tree, source: str, jsonld_values: Iterable[Any]) -> tuple[dict[str, str], dict[str, str]]:
    """(metadata, origins): the page's own title, source_url, published, modified, license and
    license_hints, and for each where on the page it was found."""
    metadata: dict[str, str] = {}
    origins: dict[str, str] = {}

    def put(field: str, value: str | None, origin: str) -> None:
        if value and field not in metadata:
            metadata[field], origins[field] = value, origin

    meta = _meta(tree)
    microdata = _microdata(tree)
    all_nodes = [node for value in jsonld_values for node in nodes(value)]
    title = tree.find(".//title")
    put("title", " ".join("".join(title.itertext()).split()) if title is not None else None, "<title>")
    put("title", " ".join(meta.get("og:title", "").split()), "og:title")
    canonical = next((l.get("href") for l in tree.iter("link") if "canonical" in (l.get("rel") or "").lower().split()), None)
    og_url = _web_address(meta.get("og:url"))
    put("source_url", _web_address(canonical, og_url), "link rel=canonical")
    put("source_url", og_url, "og:url")
    saved_from = _SAVED_FROM.search(source[:4096])
    put("source_url", saved_from.group(1) if saved_from else None, "saved-from comment")
    for field, (properties, time_classes) in DATES.items():
        for name in properties:
            put(field, iso_date(meta.get(name.lower())), f"meta {name}")
            put(field, iso_date(_jsonld_property(all_nodes, name)), f"JSON-LD {name}")
            put(field, next(filter(None, map(iso_date, microdata.get(name, []))), None), f"microdata {name}")
        put(field, iso_date(_time_element(tree, time_classes)), "<time>")
    hints = licence_hints(tree, all_nodes, microdata)
    if hints:
        metadata["license_hints"] = "|".join(f"{where}: {licence}" for where, licence in hints)
        explicit = next(((where, licence) for where, licence in hints if where in EXPLICIT_LICENCE), None)
        if explicit:
            put("license", explicit[1], explicit[0])
    return metadata, origins
