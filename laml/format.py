"""Canonical, human-readable layout of a document.

Elements whose content is only elements (and whitespace) are laid out one child per line,
indented by two spaces; anything holding text between its children (``<Say>Hi <break/>
there</Say>``) is left exactly as it is, so no spoken or sent text ever changes. Comments and
processing instructions stay where they are. The layout is stable: formatting a formatted
document gives the same text.
"""

from __future__ import annotations

import copy

from lxml import etree

__all__ = ["indent", "pretty_xml"]

INDENT = "  "


def _element_only(el: etree._Element) -> bool:
    if el.text and el.text.strip():
        return False
    return all(not (child.tail and child.tail.strip()) for child in el)


def indent(el: etree._Element, level: int = 0) -> None:
    """Re-indent ``el`` in place: whitespace-only text between elements is replaced."""
    if not len(el) or not _element_only(el):
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
