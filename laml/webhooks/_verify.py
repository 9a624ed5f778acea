"""``verify``: check a webhook request's signature under every scheme, and say why it fails.

The headers decide the scheme: ``X-SignalWire-SHA256-Signature`` (hex HMAC-SHA256 over URL + raw
body), ``X-SignalWire-Signature`` (hex HMAC-SHA1 over URL + raw body when it is 40 hex digits,
otherwise the base64 form scheme), ``X-Twilio-Signature`` (the form scheme, HMAC-SHA1, or the
algorithm ``X-Twilio-Webhooks-Signature-Settings`` names). A valid request costs one HMAC; the
other spellings of the URL and the diagnosis run only when that one does not match.
"""

from __future__ import annotations

import binascii
import hmac
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from laml.webhooks._form import Body, Pairs, form_pairs, is_raw, parse_form, raw_bytes
from laml.webhooks._headers import Headers, pick
from laml.webhooks._proxy import FORWARDING_HEADERS
from laml.webhooks._signature import (
    Algorithm,
    Ordering,
    body_sha256,
    form_signature,
    key_bytes,
    raw_signature,
    url_body_hash,
)
from laml.webhooks._urls import accepted_variants, diagnostic_variants, shown, without_credentials

__all__ = ["Key", "Scheme", "Verification", "verify"]

#: ``twilio``/``signalwire``: the form scheme under each platform's header; ``swml``/
#: ``swml-sha256``: the raw-body scheme (hex HMAC-SHA1 / HMAC-SHA256).
Scheme: TypeAlias = Literal["twilio", "signalwire", "swml", "swml-sha256"]
#: A signing key, or several (the current one and the one being rotated out).
Key: TypeAlias = str | bytes | Sequence[str | bytes]

_TW = "x-twilio-signature"
_TW_SETTINGS = "x-twilio-webhooks-signature-settings"
_SW = "x-signalwire-signature"
_SW256 = "x-signalwire-sha256-signature"
_WANTED = frozenset({_TW, _TW_SETTINGS, _SW, _SW256, "content-type"}) | FORWARDING_HEADERS
_HEX = frozenset("0123456789abcdefABCDEF")
_B64_LENGTHS = {"sha1": 28, "sha256": 44}

_PROXY_HINT = (
    "a proxy, load balancer or tunnel changed the URL on the way: declare it a trusted proxy, "
    "or give the public URL the platform calls"
)
def _host_hint(url: str) -> str:
    """The last cause of a mismatch: the platform called a host the app cannot see."""
    return (f"or the platform called another host than {shown(url)}, the URL the app computed "
            "(a proxy or tunnel in front of the app that it does not trust yet: declare it a "
            "trusted proxy, or give the public URL the platform calls)")


_KEY_HINT = (
    "the signing key is not the one the platform used (another project's key, a key rotated "
    "less than a minute ago, an API token instead of the Signing Key or Auth Token), or the "
    "parameters changed on the way (a framework that trims or drops values)"
)


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of :func:`verify`; true when the signature is valid.

    ``scheme`` is the scheme that was checked (the one that matched when ``ok``), None when the
    request carries no signature. ``reason`` says, when not ``ok``, why in words a person can act
    on; it never holds the key or a computed signature.
    """

    ok: bool
    scheme: Scheme | None = None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


def _keys(key: Key) -> list[bytes]:
    if isinstance(key, (str, bytes, bytearray)):
        keys = [key_bytes(key)]
    else:
        keys = [key_bytes(k) for k in key]
    if not keys or not all(keys):
        raise ValueError("the signing key is empty")
    return keys


@dataclass(slots=True)
class _Request:
    url: str
    raw: bytes | None
    pairs: Pairs | None
    content_type: str
    headers: dict[str, str]
    form_problem: str = ""


def _request(url: str, body: Body | None, headers: dict[str, str]) -> _Request:
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if body is None:
        return _Request(url, b"", [], content_type, headers)
    if not is_raw(body):
        return _Request(url, None, form_pairs(body), content_type, headers)  # type: ignore[arg-type]
    raw = raw_bytes(body)  # type: ignore[arg-type]
    if content_type not in ("", "application/x-www-form-urlencoded"):
        return _Request(url, raw, None, content_type, headers, f"a {content_type} body")
    try:
        return _Request(url, raw, parse_form(raw), content_type, headers)
    except UnicodeDecodeError:
        return _Request(url, raw, None, content_type, headers, "a form body that is not UTF-8")
    except ValueError:
        return _Request(url, raw, None, content_type, headers, "a form body with too many fields")


def verify(url: str, body: Body | None, headers: Headers, key: Key) -> Verification:
    """Check the signature of a webhook request to ``url``.

    ``body`` is the raw request body (bytes, or text) or the parsed form (a mapping, a multidict
    or ``(name, value)`` pairs); None for a GET. ``headers`` are the request's headers (any
    mapping or pairs; names compared without case). ``key`` is the Signing Key (SignalWire) or
    Auth Token / SharedKey secret (Twilio), or a list of keys to try.

    Under ``X-SignalWire-Signature`` the values of a repeated parameter may be sorted and
    de-duplicated (Twilio's libraries) or kept in posting order (SignalWire's SDKs): both are
    accepted. Under ``X-Twilio-Signature`` only Twilio's ordering is.

    >>> from laml.webhooks import sign
    >>> form = {"CallSid": "CA1", "Digits": "1"}
    >>> verify("https://example.com/voice", form, sign("https://example.com/voice", form, "k"), "k")
    Verification(ok=True, scheme='signalwire', reason='')
    """
    keys = _keys(key)
    found = pick(headers, _WANTED)
    checks: list[tuple[Scheme, str, Algorithm]] = []
    if _SW256 in found:
        checks.append(("swml-sha256", found[_SW256].strip(), "sha256"))
    if _SW in found:
        value = found[_SW].strip()
        checks.append(("swml" if _is_hex(value) else "signalwire", value, "sha1"))
    if _TW in found:
        algorithm = _twilio_algorithm(found.get(_TW_SETTINGS))
        if algorithm is None:
            return Verification(False, "twilio", (
                "X-Twilio-Webhooks-Signature-Settings names an algorithm laml does not know "
                "(HMAC_SHA1 and HMAC_SHA256 are)"
            ))
        checks.append(("twilio", found[_TW].strip(), algorithm))
    if not checks:
        return Verification(False, None, (
            "no signature header: the request carries neither X-SignalWire-Signature nor "
            "X-Twilio-Signature (it did not come from the platform, or something on the way "
            "dropped the header)"
        ))
    request = _request(url, body, found)
    failures = []
    for scheme, signature, algorithm in checks:
        if scheme in ("swml", "swml-sha256"):
            outcome = _check_raw(request, keys, scheme, signature, algorithm)
        else:
            outcome = _check_form(request, keys, scheme, signature, algorithm)
        if outcome.ok:
            return outcome
        failures.append(outcome)
    return failures[0]


def _is_hex(value: str) -> bool:
    return len(value) in (40, 64) and _HEX.issuperset(value)


def _twilio_algorithm(settings: str | None) -> Algorithm | None:
    for part in (settings or "").split(","):
        name, eq, value = part.partition("=")
        if eq and name.strip() == "algorithm" and value.strip():
            return {"HMAC_SHA1": "sha1", "HMAC_SHA256": "sha256"}.get(value.strip().upper())  # type: ignore[return-value]
    return "sha1"


_HEADER_NAMES = {
    "twilio": "X-Twilio-Signature",
    "signalwire": "X-SignalWire-Signature",
    "swml": "X-SignalWire-Signature",
    "swml-sha256": "X-SignalWire-SHA256-Signature",
}


def _equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _well_formed_b64(signature: str, algorithm: Algorithm) -> bool:
    if len(signature) != _B64_LENGTHS[algorithm] or not signature.isascii():
        return False
    try:
        binascii.a2b_base64(signature.encode("ascii"), strict_mode=True)
    except binascii.Error:
        return False
    return True


def _orderings(pairs: Pairs, scheme: Scheme) -> tuple[Ordering, ...]:
    if scheme == "twilio" or len({name for name, _ in pairs}) == len(pairs):
        return ("sorted",)
    return ("sorted", "posted")


def _check_form(
    request: _Request, keys: list[bytes], scheme: Scheme, signature: str, algorithm: Algorithm
) -> Verification:
    header = _HEADER_NAMES[scheme]
    if not _well_formed_b64(signature, algorithm):
        digest = "HMAC-SHA256" if algorithm == "sha256" else "HMAC-SHA1"
        return Verification(False, scheme, (
            f"{header} is not a base64 {digest} ({_B64_LENGTHS[algorithm]} characters): "
            "the header was damaged or made up"
        ))
    url = request.url
    expected_hash = url_body_hash(url)
    json_body = expected_hash is not None and request.raw is not None
    if json_body:
        pairs: Pairs = []
    elif request.pairs is None:
        return Verification(False, scheme, (
            f"the request has {request.form_problem} and its URL no bodySHA256 parameter, so "
            f"{header} cannot cover the body (the platform adds bodySHA256 to the URL of JSON "
            "requests; check the URL the app computed)"
        ))
    else:
        pairs = request.pairs
    orderings = _orderings(pairs, scheme)

    def candidates() -> Iterator[str]:
        yield url
        for other, _ in accepted_variants(url):
            yield other

    for candidate in candidates():
        for key in keys:
            for ordering in orderings:
                computed = form_signature(
                    key, candidate, pairs, ordering=ordering, algorithm=algorithm
                )
                if _equal(computed, signature):
                    body_hash = body_sha256(request.raw or b"")
                    if json_body and not _equal(body_hash, expected_hash or ""):
                        return Verification(False, scheme, (
                            "body hash mismatch: the signature covers the URL, but the SHA-256 "
                            "of the body is not its bodySHA256 (the body changed on the way, or "
                            "the app passed a re-serialized body instead of the raw bytes)"
                        ))
                    return Verification(True, scheme)
    reason = _diagnose_form(request, keys, scheme, signature, algorithm, pairs)
    return Verification(False, scheme, reason)


def _diagnose_form(
    request: _Request,
    keys: list[bytes],
    scheme: Scheme,
    signature: str,
    algorithm: Algorithm,
    pairs: Pairs,
) -> str:
    header = _HEADER_NAMES[scheme]
    url = request.url

    def matches(candidate: str, candidate_pairs: Pairs, orderings: Sequence[Ordering]) -> bool:
        return any(
            _equal(
                form_signature(k, candidate, candidate_pairs, ordering=o, algorithm=algorithm),
                signature,
            )
            for k in keys
            for o in orderings
        )

    both: tuple[Ordering, ...] = ("sorted", "posted")
    for candidate, label in diagnostic_variants(url, request.headers):
        if matches(candidate, pairs, both):
            return (
                f"{header} is valid for another URL, {shown(candidate)} ({label}), not for "
                f"{shown(url)}, the URL the app computed: {_PROXY_HINT}"
            )
    if scheme == "twilio" and matches(url, pairs, ("posted",)):
        return (
            f"{header} keeps the values of a repeated parameter in posting order (as "
            "SignalWire's SDKs sign), where Twilio sorts and de-duplicates them"
        )
    if pairs and matches(url, [], ("sorted",)):
        return (
            f"{header} covers the URL alone, not the {len(pairs)} parameters of the body: "
            "refused, since the body would not be protected"
        )
    if (
        request.raw is not None
        and request.pairs is not None
        and url_body_hash(url) is not None
        and matches(url, request.pairs, both)
    ):
            return (
                f"{header} covers the form parameters although the URL carries a bodySHA256: "
                "refused (the platform signs the URL alone for a JSON body)"
            )
    return f"no spelling of the URL matches {header}: {_KEY_HINT}; {_host_hint(url)}"


def _check_raw(
    request: _Request, keys: list[bytes], scheme: Scheme, signature: str, algorithm: Algorithm
) -> Verification:
    header = _HEADER_NAMES[scheme]
    if request.raw is None:
        return Verification(False, scheme, (
            f"{header} is a hex signature over the URL and the raw body, but the body was given "
            "as a parsed form: pass the raw body bytes"
        ))
    size = 64 if algorithm == "sha256" else 40
    if len(signature) != size or not _HEX.issuperset(signature):
        return Verification(False, scheme, (
            f"{header} is not a hex HMAC-{algorithm.upper()} ({size} hex digits): the header was "
            "damaged or made up"
        ))
    url, raw = request.url, request.raw

    def matches(candidate: str) -> bool:
        return any(_equal(raw_signature(k, candidate, raw, algorithm), signature) for k in keys)

    if matches(url):
        return Verification(True, scheme)
    # the platform signs some URLs without the credentials written in them
    bare = without_credentials(url)
    for base in (url,) if bare is None else (url, bare):
        for candidate in (base, *(other for other, _ in accepted_variants(base))):
            if candidate != url and matches(candidate):
                return Verification(True, scheme)
    for candidate, label in diagnostic_variants(url, request.headers):
        if matches(candidate):
            return Verification(False, scheme, (
                f"{header} is valid for another URL, {shown(candidate)} ({label}), not for "
                f"{shown(url)}, the URL the app computed: {_PROXY_HINT}"
            ))
    if signature != signature.lower() and any(
        _equal(raw_signature(k, url, raw, algorithm), signature.lower()) for k in keys
    ):
        return Verification(
            False, scheme, f"{header} is written in upper-case hex; the platform writes lower case"
        )
    return Verification(False, scheme, (
        f"no spelling of the URL matches {header} over the raw body: {_KEY_HINT}, or the body "
        f"was re-serialized (pass the bytes as received); {_host_hint(url)}"
    ))
