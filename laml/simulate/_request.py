"""The platform's requests: URL resolution, parameters, the signature, and the record kept.

:func:`resolve` resolves a URL found in a document against the document's URL, as the
platform does (``action="/menu"``, ``action="next"``, ``?step=2``); anything but an absolute
``http(s)`` URL is refused. :func:`build` makes the request the platform sends: the method,
the parameters in the form body (``POST``) or the query string (``GET``), and the signature
headers of the chosen scheme. :class:`Request` is what a call keeps of each exchange.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeAlias
from urllib.parse import quote_plus, urljoin, urlsplit

from laml._json import JSON
from laml.webhooks import SIGNALWIRE_HEADER, TWILIO_HEADER, FormParams
from laml.webhooks._signature import form_signature, key_bytes

if TYPE_CHECKING:
    from laml.diagnostics import Diagnostic

__all__ = [
    "TEST_SIGNING_KEY",
    "Method",
    "PlatformRequest",
    "Request",
    "Signer",
    "URLError",
    "build",
    "diagnostic_dict",
    "encode",
    "resolve",
]

Method: TypeAlias = Literal["GET", "POST"]
Pairs: TypeAlias = Sequence[tuple[str, str]]

#: longest URL followed (browsers and servers refuse much longer ones)
MAX_URL = 8192
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f]")
USER_AGENT = "laml-simulate"


class URLError(ValueError):
    """A URL the platform cannot request (error 11100, invalid URL format)."""

    code = 11100


def resolve(base: str, ref: str) -> str:
    """``ref`` (from a document) resolved against ``base`` (the document's URL).

    Surrounding white space is dropped, as the platform does. Raises :class:`URLError` for an
    empty reference, or a result that is not an absolute ``http``/``https`` URL.

    >>> resolve("https://example.com/ivr/menu?x=1", "choice")
    'https://example.com/ivr/choice'
    >>> resolve("https://example.com/ivr/menu", "/voice")
    'https://example.com/voice'
    """
    text = ref.strip()
    if not text:
        raise URLError("the URL is empty")
    if len(text) > MAX_URL:
        raise URLError(f"the URL is longer than {MAX_URL} characters")
    if _BAD_URL_CHARS.search(text):
        raise URLError(f"the URL {text[:200]!r} holds white space or control characters")
    url = urljoin(base, text) if base else text
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError as exc:
        raise URLError(f"the URL {text[:200]!r} is not valid: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise URLError(f"{url[:200]!r} is not an absolute http(s) URL")
    return url


#: The key test runs sign with when none is configured (``laml call`` against an app in its own
#: process, the pytest fixtures): it is also put in the process's environment, where
#: ``laml.webhooks`` looks for the key the app verifies with.
TEST_SIGNING_KEY = "PSK_laml_test_signing_key"


@dataclass(frozen=True, slots=True)
class Signer:
    """Signs requests with ``key`` under ``scheme`` (no signature when ``key`` is None), as
    :func:`laml.webhooks.sign` does."""

    key: str | bytes | None = field(default=None, repr=False)
    scheme: Literal["signalwire", "twilio"] = "signalwire"
    _secret: bytes = field(default=b"", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.scheme not in ("signalwire", "twilio"):
            raise ValueError(f"unknown signature scheme {self.scheme!r}: use signalwire or twilio")
        if self.key is not None:
            object.__setattr__(self, "_secret", key_bytes(self.key))

    def headers(self, url: str, pairs: Pairs | None) -> dict[str, str]:
        """The signature headers of a request to ``url`` carrying ``pairs`` (None for GET)."""
        if self.key is None:
            return {}
        signature = form_signature(self._secret, url, pairs or ())
        name = TWILIO_HEADER if self.scheme == "twilio" else SIGNALWIRE_HEADER
        return {name: signature}


@dataclass(frozen=True, slots=True)
class PlatformRequest:
    """One HTTP request as the platform sends it."""

    kind: str
    method: Method
    #: the URL requested (with a ``GET`` request's parameters in its query string)
    url: str
    params: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    #: the URL's fragment (never sent; it may carry the platform's timeout overrides)
    fragment: str = ""

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or None."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


@functools.lru_cache(maxsize=4096)
def _quoted(text: str) -> str:
    return quote_plus(text)


def encode(pairs: Pairs) -> str:
    """``pairs`` as an ``application/x-www-form-urlencoded`` string (as :func:`urlencode`)."""
    return "&".join([f"{_quoted(name)}={_quoted(value)}" for name, value in pairs])


def _with_query(url: str, query: str) -> str:
    if not query:
        return url
    if url.endswith(("?", "&")):
        return url + query
    return f"{url}{'&' if '?' in url else '?'}{query}"


def build(
    kind: str,
    method: Method,
    url: str,
    params: Pairs,
    signer: Signer,
    *,
    cookie: str | None = None,
) -> PlatformRequest:
    """The request the platform sends to ``url`` (already resolved) with ``params``."""
    url, _, fragment = url.partition("#")
    pairs = tuple(params)
    headers: list[tuple[str, str]] = [("User-Agent", USER_AGENT), ("Accept", "*/*")]
    if method == "GET":
        url = _with_query(url, encode(pairs))
        body = b""
        signature = signer.headers(url, None)
    else:
        body = encode(pairs).encode("ascii")
        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        signature = signer.headers(url, pairs)
    if cookie:
        headers.append(("Cookie", cookie))
    headers.extend(signature.items())
    return PlatformRequest(kind, method, url, pairs, tuple(headers), body, fragment)


def diagnostic_dict(d: Diagnostic) -> dict[str, JSON]:
    """A lint finding as JSON data."""
    return {"code": d.code, "severity": d.severity, "message": d.message, "line": d.line,
            "column": d.column, "platform_code": d.platform_code}


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    """What a call keeps of one request the platform made, and of the answer it got.

    ``kind`` says which request it was: ``call`` (the first), ``message``, ``fax``, ``Gather
    action``, ``Redirect``, ``Dial action``, ``recordingStatusCallback``, ... ``code`` is the
    platform's error code when the request (or the document it got) failed, ``error`` says why.
    """

    at: float
    kind: str
    method: str
    url: str
    params: FormParams
    headers: tuple[tuple[str, str], ...] = ()
    status: int | None = None
    content_type: str | None = None
    #: the URLs of the HTTP redirects followed, in order
    redirects: tuple[str, ...] = ()
    #: the document received (None when there was none)
    document: str | None = None
    code: int | None = None
    error: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    #: what the app raised, for an app run in this process
    exception: BaseException | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Whether the request got an answer the platform accepts."""
        return self.code is None

    def to_dict(self) -> dict[str, JSON]:
        """The request as JSON data."""
        return {
            "at": round(self.at, 3),
            "kind": self.kind,
            "method": self.method,
            "url": self.url,
            "params": dict(self.params),
            "headers": dict(self.headers),
            "status": self.status,
            "content_type": self.content_type,
            "redirects": list(self.redirects),
            "code": self.code,
            "error": self.error,
            "diagnostics": [diagnostic_dict(d) for d in self.diagnostics],
        }

    def describe(self) -> str:
        """One line for a call log: the request and what came back."""
        shown = [f"{k}={v}" for k, v in self.params.items() if k in _SHOWN]
        params = f" [{', '.join(shown)}]" if shown else ""
        answer = "no answer" if self.status is None else str(self.status)
        if self.code is not None:
            answer += f", error {self.code}: {self.error}"
        return f"{self.kind}: {self.method} {self.url}{params} -> {answer}"


#: parameters worth showing in a call log line (the others are the same on every request)
_SHOWN = frozenset({
    "Digits", "SpeechResult", "DialCallStatus", "DialCallDuration", "RecordingDuration",
    "QueueResult", "Result", "ReferCallStatus", "SmsStatus", "MessageStatus", "Body",
    "RecordingStatus", "TranscriptionText", "StreamEvent", "StatusCallbackEvent",
    "FaxStatus", "For",
})
