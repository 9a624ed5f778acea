"""Helpers shared by several rules: phone numbers, URLs, verbs and their effects."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

__all__ = [
    "E164",
    "direct_text",
    "has_placeholder",
    "is_e164",
    "text_of",
    "truthy",
    "url_problem",
]

#: E.164: a plus sign, a country code that does not start with 0, at most 15 digits.
E164 = re.compile(r"\+[1-9][0-9]{1,14}")


def has_placeholder(value: str) -> bool:
    """Whether ``value`` holds a mustache tag (``{{…}}``): such a value is checked once a
    template is rendered. (Two searches: a regular expression would scan the rest of the value
    again from every ``{{``.)"""
    start = value.find("{{")
    return start >= 0 and value.find("}}", start + 2) >= 0


def is_e164(value: str) -> bool:
    """Whether ``value`` is a phone number in E.164 form."""
    return E164.fullmatch(value.strip()) is not None


def truthy(value: str | None) -> bool:
    """An attribute's boolean value (``true``; anything else is false)."""
    return value is not None and value.strip() == "true"


def text_of(el: etree._Element) -> str:
    """All the text inside ``el``, children included."""
    return "".join(str(t) for t in el.itertext())


def direct_text(el: etree._Element) -> str:
    """The element's own text and the text between its children (not inside them)."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return "".join(parts)


def url_problem(value: str, schemes: tuple[str, ...] = ("http", "https")) -> tuple[str, str] | None:
    """What is wrong with URL ``value``, as (severity, message), or ``None``.

    A relative URL is resolved by the platform against the document's own URL: that works for a
    webhook, rarely for a hosted bin, so it is only worth an ``info``.
    """
    if has_placeholder(value):
        return None
    stripped = value.strip()
    if stripped != value:
        return "warning", "has leading or trailing white space"
    if not stripped:
        return None  # empty values have their own rule
    if any(c.isspace() for c in stripped):
        return "error", "contains white space (encode it as %20)"
    try:
        parts = urlsplit(stripped)
    except ValueError as exc:  # e.g. "https://[host/": an IPv6 bracket that never closes
        return "error", f"is not a valid URL ({exc})"
    if not parts.scheme:
        return "info", "is relative: it is resolved against the URL of this document"
    if parts.scheme.lower() not in schemes:
        return "error", f"uses scheme {parts.scheme!r}; expected {' or '.join(schemes)}"
    if not parts.netloc:
        return "error", "has no host"
    return None
