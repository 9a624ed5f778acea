"""From an HTTP answer to a checked document, as the platform reads it.

The status must be 2xx (4xx and 5xx are error 11217), the body at most 64 kB (11750), the
media type XML (``text/xml``, ``application/xml``, ``text/html``; otherwise 12300, except that
the Twilio dialect plays an audio answer and says a ``text/plain`` one, as Twilio documents).
Every document is then linted for its channel and dialect: an error ends the call with the
platform's code (12100 not well-formed, 12200 not valid, ...), warnings are kept with the
request. Checks are cached by content: the same document is checked once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape

from laml.simulate._fetch import Answer, FetchError

if TYPE_CHECKING:
    from laml.diagnostics import Diagnostic
    from laml.document import Document

__all__ = ["Channel", "Loaded", "check", "read"]

Channel = Literal["voice", "messaging", "fax"]
Dialect = Literal["signalwire", "twilio"]

XML_TYPES = frozenset({"text/xml", "application/xml", "text/html"})


@dataclass(frozen=True, slots=True)
class Loaded:
    """A document read from an answer, with what linting found (errors excluded)."""

    document: Document
    diagnostics: tuple[Diagnostic, ...]
    text: str


@functools.lru_cache(maxsize=256)
def _checked(data: bytes, channel: Channel, dialect: Dialect
             ) -> tuple[Document, tuple[Diagnostic, ...]]:
    from laml.document import load
    from laml.linting import lint_document

    document = load(data, channel=channel)
    found = lint_document(document, dialect=dialect, channel=channel, template=False)
    return document, tuple(found)


def check(data: bytes, channel: Channel, dialect: Dialect) -> Loaded:
    """Lint document ``data``: raises :class:`FetchError` with the platform's code when it has
    an error, else gives the document and the lesser findings."""
    document, found = _checked(data, channel, dialect)
    errors = [d for d in found if d.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise FetchError(
            first.platform_code or 12200,
            f"the document is not valid: {first.line}:{first.column}: {first.code} "
            f"{first.message}{more}",
            diagnostics=found,
        )
    return Loaded(document, found, document.text)


def _synthesized(verb: str, content: str) -> bytes:
    return f"<Response><{verb}>{escape(content)}</{verb}></Response>".encode()


def read(answer: Answer, *, channel: Channel, dialect: Dialect, max_bytes: int) -> Loaded | None:
    """The document of ``answer``; None for an empty messaging answer (no reply).

    Raises :class:`FetchError` when the platform would fail the call here.
    """
    status = answer.status
    if status >= 400:
        raise FetchError(11217, f"HTTP {status}", status=status)
    if not 200 <= status < 300:
        raise FetchError(11200, f"HTTP {status}, not a document", status=status)
    body = answer.body
    if len(body) > max_bytes:
        raise FetchError(11750, f"the answer is larger than {max_bytes // 1024} kB",
                         status=status)
    if status == 204 or not body.strip():
        if channel == "messaging":
            return None
        raise FetchError(12100, "the answer is empty (no document)", status=status)
    media = answer.content_type
    if media is None:
        raise FetchError(12300, "the answer has no Content-Type (send text/xml)", status=status)
    if media in XML_TYPES or media.endswith("+xml"):
        return check(body, channel, dialect)
    if dialect == "twilio" and channel == "voice" and media.startswith("audio/"):
        return check(_synthesized("Play", answer.url), channel, dialect)
    if dialect == "twilio" and media == "text/plain" and channel != "fax":
        text = body.decode("utf-8", "replace")
        return check(_synthesized("Say" if channel == "voice" else "Message", text),
                     channel, dialect)
    raise FetchError(12300, f"the answer is {media}, not a document (send text/xml)",
                     status=status)
