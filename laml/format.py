"""Canonical, human-readable layout of a document.

Elements whose content is only elements (and whitespace) are laid out one child per line,
indented by two spaces; anything holding text between its children (``<Say>Hi <break/>
there</Say>``) is left exactly as it is, so no spoken or sent text ever changes, and so is
everything under ``xml:space="preserve"``. Comments and processing instructions stay where
they are. The layout is stable: formatting a formatted document gives the same text.

:func:`format_document` is what ``laml fmt`` writes: the canonical form of a whole document.

* The first line is ``<?xml version="1.0" encoding="UTF-8"?>`` (added when missing; an
  encoding or ``standalone`` the original declared is dropped, since the output is UTF-8).
* Comments and processing instructions outside the root element keep their order, one per line.
* Elements holding only elements are indented by two spaces, one child per line.
* Text, and every element holding text between its children, is kept as it is. Characters
  are written as UTF-8 (character references become characters), except the ones XML needs
  escaped: ``&amp;``, ``&lt;`` and ``&gt;`` in text, ``&amp;``, ``&lt;``, ``&gt;`` and
  ``&quot;`` in attribute values, and ``&#13;`` for a carriage return, ``&#09;`` for a tab
  and ``&#10;`` for a line feed inside attribute values. CDATA sections become escaped text.
* Attributes keep their order and are written with double quotes, one space apart.
* An element with no content is written ``<Hangup />``.
* Lines end with a line feed; the document ends with exactly one.
"""

from __future__ import annotations

import copy

from lxml import etree

__all__ = ["DECLARATION", "format_document", "indent", "pretty_xml"]

INDENT = "  "
#: The first line of every formatted document.
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _element_only(el: etree._Element) -> bool:
    if el.text and el.text.strip():
        return False
    return all(not (child.tail and child.tail.strip()) for child in el)


def indent(el: etree._Element, level: int = 0) -> None:
    """Re-indent ``el`` in place: whitespace-only text between elements is replaced."""
    if not len(el) or not _element_only(el) or el.get(_XML_SPACE) == "preserve":
        return
    inner = "\n" + INDENT * (level + 1)
    el.text = inner
    for child in el:
        if isinstance(child.tag, str):
            indent(child, level + 1)
        child.tail = inner
    el[-1].tail = "\n" + INDENT * level


def pretty_xml(el: etree._Element) -> str:
    """``el`` and its document-level comments, laid out for people (no XML declaration)."""
    from laml._element import fixup_serialization

    parts: list[str] = []
    if el.getparent() is None:
        before = []
        node = el.getprevious()
        while node is not None:
            before.append(node)
            node = node.getprevious()
        parts.extend(
            etree.tostring(n, encoding="unicode", with_tail=False) for n in reversed(before)
        )
    root = copy.deepcopy(el)
    root.tail = None
    indent(root)
    parts.append(etree.tostring(root, encoding="unicode", with_tail=False))
    if el.getparent() is None:
        node = el.getnext()
        while node is not None:
            parts.append(etree.tostring(node, encoding="unicode", with_tail=False))
            node = node.getnext()
    return fixup_serialization("\n".join(parts))


def format_document(source: str | bytes) -> str:
    """The canonical form of the document ``source`` (its text or its bytes).

    Raises :class:`laml.ParseError` when ``source`` is not a well-formed document. Template
    documents are formatted like any other: mustache tags are text to XML.
    """
    from laml.document import load

    doc = load(source, max_tree_bytes=None, any_encoding=True)
    if doc.root is None:
        assert doc.error is not None
        raise doc.error
    for el in doc.root.iter(tag=etree.Element):
        if el.text == "":  # an empty CDATA section: no content, so written <a />
            el.text = None
    return f"{DECLARATION}\n{pretty_xml(doc.root)}\n"
