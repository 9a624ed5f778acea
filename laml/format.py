"""Canonical, human-readable layout of a document.

Elements whose content is only elements (and whitespace) are laid out one child per line,
indented by two spaces. Mixed content is left exactly as it is, so no spoken or sent text ever
changes: anything holding text between its children (``<Say>Hi <break/> there</Say>``), every
element that speaks (``<Say>`` and the SSML elements, even when they hold only elements:
``<Say><emphasis>Super</emphasis><prosody rate="fast">man</prosody></Say>`` says
"Superman"), every element with an SSML child, and everything under ``xml:space="preserve"``.
Comments and processing instructions stay where they are. The layout is stable: formatting a
formatted document gives the same text.

:func:`format_document` is what ``laml fmt`` writes: the canonical form of a whole document.

* The first line is ``<?xml version="1.0" encoding="UTF-8"?>`` (added when missing; an
  encoding or ``standalone`` the original declared is dropped, since the output is UTF-8).
* Comments and processing instructions outside the root element keep their order, one per line.
* Elements holding only elements are indented by two spaces, one child per line.
* Text, and every element holding mixed content (see above), is kept as it is. Characters
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
import functools

from lxml import etree

from laml._element import PlainElement, _lx

__all__ = ["DECLARATION", "format_document", "indent", "pretty_xml"]

INDENT = "  "
#: The first line of every formatted document.
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@functools.cache
def _speech_tags() -> tuple[frozenset[str], frozenset[str]]:
    """The tags of the elements that speak (``Say`` and SSML), and of the SSML elements alone.

    Whitespace inside them is part of what is spoken: ``<emphasis>Super</emphasis>`` and
    ``<prosody>man</prosody>`` side by side say "Superman", one per line "Super man".
    """
    from laml.vocabulary import channel_elements

    specs = {s.cls: s for s in channel_elements("voice")}
    ssml = frozenset(s.tag for s in specs.values() if s.kind == "ssml")
    speaking = ssml | {s.tag for s in specs.values()
                       if any(specs[c.cls].kind == "ssml" for c in s.children)}
    return speaking, ssml


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _laid_out(el: etree._Element) -> bool:
    """Whether the whitespace between the children of ``el`` is layout, not content."""
    if not len(el) or el.get(_XML_SPACE) == "preserve":
        return False
    if el.text and el.text.strip():
        return False
    speaking, ssml = _speech_tags()
    if _local(el.tag) in speaking:
        return False
    for child in el:
        if child.tail and child.tail.strip():
            return False
        if isinstance(child.tag, str) and _local(child.tag) in ssml:
            return False
    return True


def indent(el: PlainElement, level: int = 0) -> None:
    """Re-indent ``el`` in place: whitespace-only text between elements is replaced, except
    inside mixed content (text between elements, speech, ``xml:space="preserve"``)."""
    _indent(_lx(el), level)


def _indent(el: etree._Element, level: int) -> None:
    if not _laid_out(el):
        return
    inner = "\n" + INDENT * (level + 1)
    el.text = inner
    for child in el:
        if isinstance(child.tag, str):
            _indent(child, level + 1)
        child.tail = inner
    el[-1].tail = "\n" + INDENT * level


def pretty_xml(el: PlainElement) -> str:
    """``el`` and its document-level comments, laid out for people (no XML declaration)."""
    from laml._element import fixup_serialization

    element = _lx(el)
    parts: list[str] = []
    if element.getparent() is None:
        before = []
        node = element.getprevious()
        while node is not None:
            before.append(node)
            node = node.getprevious()
        parts.extend(
            etree.tostring(n, encoding="unicode", with_tail=False) for n in reversed(before)
        )
    root = copy.deepcopy(element)
    root.tail = None
    _indent(root, 0)
    parts.append(etree.tostring(root, encoding="unicode", with_tail=False))
    if element.getparent() is None:
        node = element.getnext()
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
