"""Helpers shared by several rules: phone numbers, URLs, verbs and their effects."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from laml._element import PlainElement

__all__ = [
    "E164",
    "direct_text",
    "has_placeholder",
    "is_e164",
    "is_placeholder",
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


#: What documentation and other template engines write where a value goes: {{x}}, {x}, ${x},
#: <x>, [x], %s, :x, runs of X (+1XXXXXXXXXX), YOUR_NUMBER-style names.
_PLACEHOLDER = re.compile(
    r".*(\{\{|\{%|\$\{|<%|#\{).*"
    r"|.*\{[A-Za-z_][\w.-]*\}.*"
    r"|\s*<[^<>]+>\s*|\s*\[[^\[\]]+\]\s*"
    r"|.*%[sd].*|\s*:[A-Za-z_]\w*\s*|\s*\$[A-Za-z_]\w*\s*"
    r"|.*[xX]{3,}.*|.*[0-9][xX]{2,}.*"
    r"|\s*(?:[A-Z][A-Z0-9]*_)+[A-Z0-9]+\s*"
    r"|\s*(?i:your|my)[ _-]?\w+\s*",
    re.DOTALL,
)


def is_placeholder(value: str) -> bool:
    """Whether ``value`` stands for a value instead of being one (``+1XXXXXXXXXX``,
    ``YOUR_NUMBER``, ``{{From}}``, ``{number}``, ``<number>``, ``$NUMBER`` …)."""
    return _PLACEHOLDER.fullmatch(value) is not None


def is_e164(value: str) -> bool:
    """Whether ``value`` is a phone number in E.164 form."""
    return E164.fullmatch(value.strip()) is not None


def truthy(value: str | None) -> bool:
    """An attribute's boolean value (``true``; anything else is false)."""
    return value is not None and value.strip() == "true"


def text_of(el: PlainElement) -> str:
    """All the text inside ``el``, children included."""
    return "".join(str(t) for t in el.itertext())


def direct_text(el: PlainElement) -> str:
    """The element's own text and the text between its children (not inside them)."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return "".join(parts)


#: endings of a first path segment that make it a file name, not a host (``wait.xml``)
_FILE_EXTENSIONS = frozenset(
    {
        "xml", "php", "html", "htm", "asp", "aspx", "jsp", "cgi", "pl", "py", "rb", "js", "json",
        "txt", "twiml", "laml", "cxml", "mp3", "wav", "gsm", "ulaw", "aif", "aiff", "mp4", "ogg",
        "png", "jpg", "jpeg", "gif", "pdf", "tif", "tiff",
    }
)
#: top-level domains common enough to recognise a host written without its scheme
_TLDS = frozenset(
    {
        "com", "net", "org", "io", "co", "us", "uk", "de", "fr", "es", "it", "nl", "eu", "ca", "au",
        "in", "br", "jp", "ch", "se", "no", "dk", "fi", "pl", "be", "at", "ie", "nz", "dev", "app",
        "ai", "biz", "info", "edu", "gov", "me", "tv", "cloud", "online", "site", "tech", "xyz",
    }
)


def host_without_scheme(value: str) -> str | None:
    """The host a relative-looking URL starts with (``ivr.example.com/menu``), or ``None``.

    Such a URL is resolved as a path below the document's own URL, which is not what was meant.
    """
    first = value.split("/", 1)[0].split("?", 1)[0]
    host = first.rsplit("@", 1)[-1].split(":", 1)[0].lower()
    if not host or "." not in host or not re.fullmatch(r"[a-z0-9.-]+", host):
        return None
    if first.lower().startswith("localhost:") or host.startswith("www."):
        return first
    labels = host.split(".")
    if labels[-1] in _FILE_EXTENSIONS or not labels[-1].isalpha():
        return None
    if len(labels) >= 3 or labels[-1] in _TLDS:
        return first
    return None


def url_problem(
    value: str, schemes: tuple[str, ...] = ("http", "https")
) -> tuple[str, str, str | None] | None:
    """What is wrong with URL ``value``, as (severity, message, the URL meant or ``None``), or
    ``None`` when nothing is.

    A relative URL is resolved by the platform against the document's own URL: that works for a
    webhook, rarely for a hosted bin, so it is only worth an ``info``. One that starts with a
    host name (``ivr.example.com/menu``) lacks its scheme: a warning, and ``https://`` the fix.
    """
    if has_placeholder(value) or "{%" in value:
        return None
    stripped = value.strip()
    if stripped != value:
        return "warning", "has leading or trailing white space", stripped or None
    if not stripped:
        return None  # empty values have their own rule
    if any(c.isspace() for c in stripped):
        return "error", "contains white space (encode it as %20)", None
    try:
        parts = urlsplit(stripped)
    except ValueError as exc:  # e.g. "https://[host/": an IPv6 bracket that never closes
        return "error", f"is not a valid URL ({exc})", None
    if not parts.scheme:
        if not stripped.startswith(("/", ".", "?", "#")):
            host = host_without_scheme(stripped)
            if host is not None:
                return ("warning", f"has no scheme: {host!r} is taken for a path below this "
                        "document's URL, not for a host", "https://" + stripped)
        return "info", "is relative: it is resolved against the URL of this document", None
    if parts.scheme.lower() not in schemes:
        if re.match(r"[0-9]+(?:/|$)", parts.path):
            # "localhost:8080/x" or "example.com:8080/x": a host and port, no scheme
            return ("warning", f"has no scheme: {stripped.split('/', 1)[0]!r} is taken for a "
                    "scheme", "https://" + stripped)
        return "error", f"uses scheme {parts.scheme!r}; expected {' or '.join(schemes)}", None
    if not parts.netloc:
        return "error", "has no host", None
    return None
