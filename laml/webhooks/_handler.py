"""What every framework adapter does, without a framework: settings, checking, answering.

An adapter reads the request's pieces (scheme, ``Host``, raw target, headers, peer address, raw
body), hands them to :func:`check`, answers 403 when the check fails (the reason goes to the
``laml.webhooks`` logger, never to the client), reads typed parameters with :func:`read_params`
and turns a returned document into ``text/xml; charset=utf-8`` with :func:`render`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from laml.webhooks._exceptions import MissingSigningKey
from laml.webhooks._form import Pairs, parse_form
from laml.webhooks._headers import Headers, pick
from laml.webhooks._params import Params
from laml.webhooks._proxy import FORWARDING_HEADERS, TrustedProxies, request_url
from laml.webhooks._verify import Key, Verification, verify

__all__ = [
    "CONTENT_TYPE",
    "KEY_VARIABLES",
    "WebhookSettings",
    "check",
    "is_document",
    "read_params",
    "render",
]

logger = logging.getLogger("laml.webhooks")

#: The content type of every document laml answers with.
CONTENT_TYPE = "text/xml; charset=utf-8"
#: Where a signing key is looked up when none is given: app settings, then the environment.
KEY_VARIABLES = ("SIGNALWIRE_SIGNING_KEY", "TWILIO_AUTH_TOKEN")

P = TypeVar("P", bound=Params)


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    """How an adapter checks requests.

    ``key``: the signing key(s); None reads ``SIGNALWIRE_SIGNING_KEY`` then ``TWILIO_AUTH_TOKEN``
    from the app's settings (Flask config, Django settings) and then the environment, at each
    request. ``verify=False`` turns checking off for local development, with a warning logged at
    setup and on every request. ``public_url``: the scheme, host and any path prefix the platform
    calls (``https://example.com/app``), for when the app cannot tell them; ``trusted_proxies``:
    the proxies whose forwarded headers are believed (see :class:`TrustedProxies`).
    """

    key: Key | None = field(default=None, repr=False)
    verify: bool = True
    public_url: str | None = None
    trusted_proxies: TrustedProxies = field(default_factory=TrustedProxies)

    @classmethod
    def make(
        cls,
        key: Key | None = None,
        *,
        verify: bool = True,
        public_url: str | None = None,
        trusted_proxies: Iterable[str] | TrustedProxies = (),
    ) -> WebhookSettings:
        """Settings from an adapter's keyword arguments; warns now when ``verify`` is off."""
        proxies = (
            trusted_proxies
            if isinstance(trusted_proxies, TrustedProxies)
            else TrustedProxies(trusted_proxies)
        )
        if public_url is not None and "://" not in public_url:
            raise ValueError(
                f"public_url must be an absolute URL (https://example.com), got {public_url!r}"
            )
        if not verify:
            logger.warning(
                "webhook signature verification is OFF: any client can forge requests to "
                "these views. Use this for local development only."
            )
        return cls(key, verify, public_url, proxies)

    def signing_key(self, config: Callable[[str], Any] | None = None) -> Key:
        """The key to check with: the one given, else from ``config`` (the app's settings),
        else from the environment; :class:`MissingSigningKey` when there is none."""
        if self.key:
            return self.key
        for name in KEY_VARIABLES:
            value = config(name) if config is not None else None
            if not value:
                value = os.environ.get(name)
            if value:
                return str(value)
        raise MissingSigningKey(
            "no webhook signing key: pass key=..., or set SIGNALWIRE_SIGNING_KEY (the project's "
            "Signing Key) or TWILIO_AUTH_TOKEN in the app's settings or the environment"
        )


def check(
    settings: WebhookSettings,
    *,
    method: str,
    scheme: str,
    host: str,
    target: str,
    headers: Headers,
    peer: str | None,
    body: bytes,
    config: Callable[[str], Any] | None = None,
) -> Verification:
    """Check one request; a refusal is logged with its reason (the caller answers 403)."""
    if not settings.verify:
        logger.warning("accepted %s %s without checking its signature (verification is off)",
                       method, target.split("?", 1)[0])
        return Verification(True, None, "verification is off")
    key = settings.signing_key(config)
    url = request_url(
        scheme, host, target,
        headers=pick(headers, FORWARDING_HEADERS),
        peer=peer,
        trusted_proxies=settings.trusted_proxies,
        public_url=settings.public_url,
    )
    outcome = verify(url, body, headers, key)
    if not outcome.ok:
        logger.warning("refused %s %s from %s: %s", method, target.split("?", 1)[0],
                       peer or "an unknown address", outcome.reason)
    return outcome


def request_pairs(method: str, body: bytes, content_type: str | None, query: str) -> Pairs:
    """The request's parameters: the query of a GET, the urlencoded body of a POST."""
    if method.upper() in ("GET", "HEAD"):
        return parse_qsl(query, keep_blank_values=True)
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind not in ("", "application/x-www-form-urlencoded"):
        return []
    return parse_form(body)


def read_params(
    cls: type[P], method: str, body: bytes, content_type: str | None, query: str
) -> P:
    """The typed parameters of a request (:class:`ParameterError` when they are wrong)."""
    from laml.webhooks._exceptions import ParameterError

    try:
        pairs = request_pairs(method, body, content_type, query)
    except (UnicodeDecodeError, ValueError) as exc:
        problem = ("(body)", f"not a UTF-8 urlencoded form: {exc}")
        raise ParameterError([problem], cls.KIND) from None
    return cls.from_form(pairs)


def is_document(value: object) -> bool:
    """Whether ``value`` is a laml element (a ``VoiceResponse``, ``MessagingResponse``, ...)."""
    from laml._element import Element

    return isinstance(value, Element)


def render(document: Any) -> bytes:
    """The UTF-8 bytes of a document, as the response body.

    An element inside a ``<Response>`` sends the whole document: ``return
    VoiceResponse().say("Hi")`` returns the ``<Say>`` that ``say`` created, and what was meant
    is its response. An element outside any ``<Response>`` is a :class:`TypeError` (the
    platform refuses it), not a document sent.
    """
    root = document
    while root.getparent() is not None:
        root = root.getparent()
    if root.tag != "Response":
        raise TypeError(
            f"the view returned a <{document.tag}> that is in no <Response>: return the "
            "VoiceResponse, MessagingResponse or FaxResponse that holds it"
        )
    return str(root.to_xml()).encode("utf-8")
