"""Where the parts of an element are in a document's text, so that fixes can edit them.

Every function reads the text from the element's start (:meth:`Document.offset`) and returns
character offsets into :attr:`Document.text`, or ``None`` when the part cannot be edited as
plain text (written with an entity reference or CDATA, or not found). Costs are linear in the
size of the element concerned.
"""

from __future__ import annotations

import re

from lxml import etree

from laml.document import Document

__all__ = [
    "attribute",
    "attribute_name",
    "attribute_value",
    "element_names",
    "escape_attribute",
    "escape_text",
    "text",
]

_ATTRIBUTE = re.compile(r"""\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")
_START = re.compile(r"""<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(/?)>""")
#: markup that may hold "<" or ">" in its text, end tags, and start tags (name, self-closing)
_MARKUP = re.compile(
    r"""<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|</([^\s>]+)\s*>"""
    r"""|<([^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""",
    re.DOTALL,
)


def _start(doc: Document, el: etree._Element) -> re.Match[str] | None:
    if not isinstance(el.tag, str) or el.tag.startswith("{"):
        return None  # namespaced elements are left alone
    match = _START.match(doc.text, doc.offset(el))
    return match if match is not None and match.group(1) == el.tag else None


def _attribute(doc: Document, el: etree._Element, name: str) -> re.Match[str] | None:
    start = _start(doc, el)
    if start is None:
        return None
    for found in _ATTRIBUTE.finditer(doc.text, start.start(2), start.end(2)):
        if found.group(1) == name:
            return found
    return None


def attribute(doc: Document, el: etree._Element, name: str) -> tuple[int, int] | None:
    """The span of `` name="value"`` (white space before it included)."""
    found = _attribute(doc, el, name)
    return None if found is None else (found.start(), found.end())


def attribute_name(doc: Document, el: etree._Element, name: str) -> tuple[int, int] | None:
    """The span of the name of attribute ``name`` of ``el``."""
    found = _attribute(doc, el, name)
    return None if found is None else (found.start(1), found.end(1))


def attribute_value(
    doc: Document, el: etree._Element, name: str
) -> tuple[int, int, str] | None:
    """The span of the value of attribute ``name`` (inside its quotes), and the quote."""
    found = _attribute(doc, el, name)
    if found is None or "&" in found.group(2):
        return None
    return found.start(2) + 1, found.end(2) - 1, found.group(2)[0]


def text(doc: Document, el: etree._Element) -> tuple[int, int] | None:
    """The span of the leading text of ``el`` without the white space around it."""
    start = _start(doc, el)
    if start is None or start.group(3):
        return None
    begin = start.end()
    end = doc.text.find("<", begin)
    if end < 0:
        return None
    raw = doc.text[begin:end]
    core = raw.strip()
    if not core or "&" in raw or core.replace("\r\n", "\n") != (el.text or "").strip():
        return None
    lead = len(raw) - len(raw.lstrip())
    return begin + lead, begin + lead + len(core)


def element_names(doc: Document, el: etree._Element) -> list[tuple[int, int]] | None:
    """The spans of the element's name in its start tag and, if it has one, its end tag."""
    start = _start(doc, el)
    if start is None:
        return None
    spans = [(start.start(1), start.end(1))]
    if start.group(3):
        return spans
    depth = 1
    for found in _MARKUP.finditer(doc.text, start.end()):
        if found.group(2) is not None:
            if not found.group(3):
                depth += 1
        elif found.group(1) is not None:
            depth -= 1
            if depth == 0:
                if found.group(1) != el.tag:
                    return None
                return [*spans, (found.start(1), found.end(1))]
    return None


def escape_attribute(value: str, quote: str) -> str:
    """``value`` written inside an attribute delimited by ``quote``."""
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    return value.replace('"', "&quot;") if quote == '"' else value.replace("'", "&apos;")


def escape_text(value: str) -> str:
    """``value`` written as element text."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
