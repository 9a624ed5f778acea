"""The signature schemes of both platforms, and :func:`sign` to make the headers they send.

Form scheme (``X-Twilio-Signature``, ``X-SignalWire-Signature`` on Compatibility XML requests):
base64 of an HMAC (SHA-1, or SHA-256 for a Twilio SharedKey) over the full URL followed by every
parameter's name and value, sorted by name. Twilio's libraries sort and de-duplicate the values of a
repeated name (``ordering="sorted"``); SignalWire's own SDKs keep their posting order
(``ordering="posted"``). A JSON body is covered by a ``bodySHA256`` query parameter (the hex
SHA-256 of the raw body) in the signed URL, with no parameters appended.

Raw-body scheme (``X-SignalWire-Signature`` and ``X-SignalWire-SHA256-Signature`` on SWML and
JSON requests): lowercase hex HMAC-SHA1 / HMAC-SHA256 over the URL followed by the raw body bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from typing import Literal, TypeAlias
from urllib.parse import parse_qs, urlsplit

from laml.webhooks._form import Body, Pairs, form_pairs, is_raw, raw_bytes

__all__ = [
    "SIGNALWIRE_HEADER",
    "SIGNALWIRE_SHA256_HEADER",
    "TWILIO_HEADER",
    "TWILIO_SETTINGS_HEADER",
    "Algorithm",
    "Ordering",
    "SignScheme",
    "add_body_hash",
    "body_sha256",
    "form_signature",
    "form_string",
    "key_bytes",
    "raw_signature",
    "sign",
    "url_body_hash",
]

TWILIO_HEADER = "X-Twilio-Signature"
TWILIO_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
SIGNALWIRE_HEADER = "X-SignalWire-Signature"
SIGNALWIRE_SHA256_HEADER = "X-SignalWire-SHA256-Signature"

Algorithm: TypeAlias = Literal["sha1", "sha256"]
Ordering: TypeAlias = Literal["sorted", "posted"]
#: ``twilio``/``signalwire``: the form scheme under each platform's header; ``swml``: the
#: raw-body scheme of SWML and JSON requests.
SignScheme: TypeAlias = Literal["twilio", "signalwire", "swml"]

_DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
_TWILIO_NAMES = {"sha1": "HMAC_SHA1", "sha256": "HMAC_SHA256"}


def key_bytes(key: str | bytes) -> bytes:
    """A signing key as the bytes HMAC takes (text is UTF-8)."""
    if isinstance(key, str):
        return key.encode("utf-8")
    if isinstance(key, (bytes, bytearray)):
        return bytes(key)
    raise TypeError(f"a signing key is text or bytes, not {type(key).__name__}")


def form_string(url: str, pairs: Sequence[tuple[str, str]], ordering: Ordering = "sorted") -> str:
    """The text the form scheme signs: ``url`` then each name and value, sorted by name.

    ``sorted``: each name's values sorted and de-duplicated (Twilio's libraries); ``posted``:
    each name's values in posting order, all kept (SignalWire's SDKs).
    """
    if ordering == "sorted":
        # sorting the de-duplicated pairs sorts by name, then by value
        return url + "".join([name + value for name, value in sorted(set(pairs))])
    return url + "".join([name + value for name, value in sorted(pairs, key=_name)])


def _name(pair: tuple[str, str]) -> str:
    return pair[0]


def form_signature(
    key: bytes,
    url: str,
    pairs: Sequence[tuple[str, str]],
    *,
    ordering: Ordering = "sorted",
    algorithm: Algorithm = "sha1",
) -> str:
    """The base64 form-scheme signature of ``url`` and ``pairs``."""
    text = form_string(url, pairs, ordering).encode("utf-8")
    return base64.b64encode(hmac.new(key, text, _DIGESTS[algorithm]).digest()).decode("ascii")


def raw_signature(key: bytes, url: str, body: bytes, algorithm: Algorithm = "sha1") -> str:
    """The lowercase hex raw-body signature of ``url`` followed by ``body``."""
    return hmac.new(key, url.encode("utf-8") + body, _DIGESTS[algorithm]).hexdigest()


def body_sha256(body: bytes | bytearray | memoryview | str) -> str:
    """The lowercase hex SHA-256 of a raw body (text is UTF-8), as ``bodySHA256`` holds it."""
    return hashlib.sha256(raw_bytes(body)).hexdigest()


def add_body_hash(url: str, body: bytes | bytearray | memoryview | str) -> str:
    """``url`` with the ``bodySHA256`` query parameter the platform adds for a JSON body."""
    url, hash_mark, fragment = url.partition("#")
    separator = "&" if "?" in url else "?"
    if url.endswith(("?", "&")):
        separator = ""
    return f"{url}{separator}bodySHA256={body_sha256(body)}{hash_mark}{fragment}"


def url_body_hash(url: str) -> str | None:
    """The ``bodySHA256`` value in the query of ``url`` (the first one), or None."""
    if "bodySHA256=" not in url:
        return None
    values = parse_qs(urlsplit(url).query).get("bodySHA256")
    return values[0] if values else None


def sign(
    url: str,
    params: Body | None,
    key: str | bytes,
    scheme: SignScheme = "signalwire",
    *,
    algorithm: Algorithm | None = None,
    ordering: Ordering = "sorted",
    shared_key_id: str | None = None,
) -> dict[str, str]:
    """The signature headers the platform sends with a request to ``url`` carrying ``params``.

    ``params`` is the form (a mapping, a multidict or ``(name, value)`` pairs; ``None`` for a GET)
    or a raw body (bytes or text). For the form schemes a raw body is a JSON body: ``url`` must
    then hold its ``bodySHA256`` (see :func:`add_body_hash`), and only the URL is signed.

    ``scheme``: ``"signalwire"`` (``X-SignalWire-Signature``, the default), ``"twilio"``
    (``X-Twilio-Signature``; with ``algorithm="sha256"`` or a ``shared_key_id`` it is signed as a
    SharedKey and ``X-Twilio-Webhooks-Signature-Settings`` is added), or ``"swml"`` (hex over
    URL + raw body: ``X-SignalWire-Signature`` and ``X-SignalWire-SHA256-Signature``, as on call
    requests; ``algorithm="sha1"`` gives the SHA-1 header alone, as on messaging requests).

    >>> sign("https://example.com/voice", {"CallSid": "CA1", "Digits": "1"}, "key")
    {'X-SignalWire-Signature': 'F+v2lvOSi8Ou6Aj53lzvdTYJPPc='}
    """
    secret = key_bytes(key)
    if scheme == "swml":
        if params is None:
            body = b""
        elif is_raw(params):
            body = raw_bytes(params)  # type: ignore[arg-type]
        else:
            raise TypeError("the swml scheme signs the raw body: pass bytes or text, not a form")
        headers = {SIGNALWIRE_HEADER: raw_signature(secret, url, body, "sha1")}
        if algorithm != "sha1":
            headers[SIGNALWIRE_SHA256_HEADER] = raw_signature(secret, url, body, "sha256")
        return headers
    if scheme not in ("twilio", "signalwire"):
        raise ValueError(f"unknown signature scheme {scheme!r}: use twilio, signalwire or swml")
    if ordering not in ("sorted", "posted"):
        raise ValueError(f"unknown ordering {ordering!r}: use sorted or posted")
    pairs: Pairs
    if params is None:
        pairs = []
    elif is_raw(params):
        body = raw_bytes(params)  # type: ignore[arg-type]
        expected = url_body_hash(url)
        if expected is None:
            raise ValueError(
                "a raw (JSON) body is covered by a bodySHA256 query parameter: sign "
                "add_body_hash(url, body) instead of url, or pass the form"
            )
        if not hmac.compare_digest(expected, body_sha256(body)):
            raise ValueError("the bodySHA256 in the URL is not the SHA-256 of this body")
        pairs = []
    else:
        pairs = form_pairs(params)  # type: ignore[arg-type]
    chosen: Algorithm = algorithm or "sha1"
    if chosen not in _DIGESTS:
        raise ValueError(f"unknown algorithm {chosen!r}: use sha1 or sha256")
    signature = form_signature(secret, url, pairs, ordering=ordering, algorithm=chosen)
    if scheme == "signalwire":
        if chosen != "sha1":
            raise ValueError("SignalWire signs forms with HMAC-SHA1 only")
        return {SIGNALWIRE_HEADER: signature}
    headers = {TWILIO_HEADER: signature}
    if shared_key_id is not None or chosen != "sha1":
        if not shared_key_id:
            raise ValueError("a SharedKey signature needs shared_key_id (the key's ID)")
        headers[TWILIO_SETTINGS_HEADER] = (
            f"key={shared_key_id},algorithm={_TWILIO_NAMES[chosen]}"
        )
    return headers

