"""Where the parts of an element are in a document's text, so that fixes can edit them.

Every function reads the text from the element's start (:meth:`Document.offset`) and returns
character offsets into :attr:`Document.text`, or ``None`` when the part cannot be edited as
plain text (written with an entity reference or CDATA, or not found). The document indexes
each start tag and end tag once, whatever the number of fixes that ask about an element.
"""

from __future__ import annotations

from laml._element import PlainElement
from laml.document import Document, StartTag

__all__ = [
    "attribute",
    "attribute_name",
    "attribute_value",
    "element_names",
    "escape_attribute",
    "escape_text",
    "text",
]


def _start(doc: Document, el: PlainElement) -> StartTag | None:
    if not isinstance(el.tag, str) or el.tag.startswith("{"):
        return None  # namespaced elements are left alone
    tag = doc.start_tag(el)
    return tag if tag.end is not None and tag.name == el.tag else None


def _attribute(
    doc: Document, el: PlainElement, name: str
) -> tuple[int, int, int, int, int] | None:
    start = _start(doc, el)
    return None if start is None else start.attributes.get(name)


def attribute(doc: Document, el: PlainElement, name: str) -> tuple[int, int] | None:
    """The span of `` name="value"`` (white space before it included)."""
    found = _attribute(doc, el, name)
    return None if found is None else (found[0], found[4])


def attribute_name(doc: Document, el: PlainElement, name: str) -> tuple[int, int] | None:
    """The span of the name of attribute ``name`` of ``el``."""
    found = _attribute(doc, el, name)
    return None if found is None else (found[1], found[2])


def attribute_value(
    doc: Document, el: PlainElement, name: str
) -> tuple[int, int, str] | None:
    """The span of the value of attribute ``name`` (inside its quotes), and the quote."""
    found = _attribute(doc, el, name)
    if found is None:
        return None
    value = doc.text[found[3] : found[4]]
    if "&" in value:
        return None
    return found[3] + 1, found[4] - 1, value[0]


def text(doc: Document, el: PlainElement) -> tuple[int, int] | None:
    """The span of the leading text of ``el`` without the white space around it."""
    start = _start(doc, el)
    if start is None or start.empty or start.end is None:
        return None
    begin = start.end
    end = doc.text.find("<", begin)
    if end < 0:
        return None
    raw = doc.text[begin:end]
    core = raw.strip()
    if not core or "&" in raw or core.replace("\r\n", "\n") != (el.text or "").strip():
        return None
    lead = len(raw) - len(raw.lstrip())
    return begin + lead, begin + lead + len(core)


def element_names(doc: Document, el: PlainElement) -> list[tuple[int, int]] | None:
    """The spans of the element's name in its start tag and, if it has one, its end tag."""
    start = _start(doc, el)
    if start is None:
        return None
    spans = [(start.name_end - len(start.name), start.name_end)]
    if start.empty:
        return spans
    end = doc.end_offset(el)
    if end is None or not doc.text.startswith(f"</{el.tag}", end):
        return None
    after = end + 2 + len(str(el.tag))
    if doc.text[after : after + 1] not in (">", " ", "\t", "\r", "\n"):
        return None  # another name that begins with this one
    return [*spans, (end + 2, after)]


def escape_attribute(value: str, quote: str) -> str:
    """``value`` written inside an attribute delimited by ``quote``."""
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    return value.replace('"', "&quot;") if quote == '"' else value.replace("'", "&apos;")


def escape_text(value: str) -> str:
    """``value`` written as element text."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
