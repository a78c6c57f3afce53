"""schema.org FAQPage and QAPage markup: the questions and answers a page declares in JSON-LD and
microdata (a QAPage, a Q&A site's thread, declares one question and its accepted or best answer).

Only the declared text is read here; `structured.py` finds where it stands in the page's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from pipeline.sources.jsonld import as_list, nodes, string, types

ANSWER_PROPERTIES = ("acceptedAnswer", "suggestedAnswer")
PAGE_TYPES = ("FAQPage", "QAPage")


@dataclass(frozen=True)
class Declared:
    """A question and answer as the markup states them, before they are found in the text."""
    question: str
    answer: str | None  # plain text (HTML inside JSON-LD already rendered), None when absent
    found_by: str  # jsonld | microdata
    question_element: Any = None  # microdata: the elements that show them on the page
    answer_element: Any = None


def _resolver(all_nodes: list[dict]):
    """Nodes given only by reference ({"@id": ...}) replaced by the node of that @id, as in @graph."""
    by_id = {node["@id"]: node for node in all_nodes if isinstance(node.get("@id"), str) and len(node) > 1}

    def resolve(item: Any) -> Any:
        if isinstance(item, dict) and set(item) == {"@id"}:
            return by_id.get(item["@id"], item)
        return item
    return resolve


def jsonld_faq(values: Iterable[Any], render) -> list[Declared]:
    """Each FAQPage's (or QAPage's) questions with their first accepted (or suggested) answer, in order.

    `render` turns the HTML an answer's text may hold into page-like plain text.
    """
    all_nodes = [node for value in values for node in nodes(value)]
    resolve = _resolver(all_nodes)
    found: dict[tuple[str, str | None], Declared] = {}
    for page in (node for node in all_nodes if any(t in types(node) for t in PAGE_TYPES)):
        for item in as_list(page.get("mainEntity")):
            question = resolve(item)
            if not isinstance(question, dict) or not ("Question" in types(question) or "acceptedAnswer" in question):
                continue
            name = string(question.get("name")) or string(question.get("text"))
            answers = [resolve(a) for prop in ANSWER_PROPERTIES for a in as_list(question.get(prop))]
            text = next((string(a.get("text")) for a in answers if isinstance(a, dict) and string(a.get("text"))), None)
            if name:
                declared = Declared(render(name), render(text) if text else None, "jsonld")
                found.setdefault((declared.question, declared.answer), declared)
    return list(found.values())


def declared_types(values: Iterable[Any], root) -> set[str]:
    """The schema.org types the page's JSON-LD nodes and microdata items declare ('QAPage', ...)."""
    found = {name for value in values for node in nodes(value) for name in types(node)}
    return found.union(*(_item_types(e) for e in root.xpath("//*[@itemtype]")))


def _item_types(element) -> set[str]:
    """A microdata item's types without their vocabulary ('https://schema.org/QAPage' -> 'QAPage')."""
    return {t.rstrip("/").rsplit("/", 1)[-1] for t in (element.get("itemtype") or "").split()}


def _is_type(element, name: str) -> bool:
    return name in _item_types(element)


def item_properties(scope) -> dict[str, list]:
    """The elements that carry each property of one microdata item, in document order (nested
    items' own properties excluded)."""
    properties: dict[str, list] = {}
    stack = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        for name in (element.get("itemprop") or "").split():
            properties.setdefault(name.rstrip("/").rsplit("/", 1)[-1], []).append(element)
        if "itemscope" not in element.attrib:
            stack.extend(reversed(element))
    return properties


def property_value(element) -> str:
    """A microdata property's value: content, href, datetime or src where the element has one, else its text."""
    for attribute in ("content", "datetime", "href", "src", "value"):
        if element.get(attribute) is not None and (attribute != "value" or element.tag in ("data", "meter")):
            return element.get(attribute)
    return " ".join("".join(element.itertext()).split())


def microdata_faq(root) -> list[Declared]:
    """The Question items of every FAQPage (or QAPage) item, with the elements that show question and answer."""
    declared = []
    for page in (e for e in root.xpath("//*[@itemscope]") if any(_is_type(e, t) for t in PAGE_TYPES)):
        for question in item_properties(page).get("mainEntity", []):
            if "itemscope" not in question.attrib:
                continue
            properties = item_properties(question)
            names = properties.get("name") or properties.get("text")
            answers = [a for prop in ANSWER_PROPERTIES for a in properties.get(prop, []) if "itemscope" in a.attrib]
            texts = (item_properties(answers[0]).get("text") or answers[:1]) if answers else None  # an Answer without a text property shows it itself
            if names:
                declared.append(Declared(
                    property_value(names[0]), property_value(texts[0]) if texts else None, "microdata",
                    names[0], texts[0] if texts else None,
                ))
    return declared
