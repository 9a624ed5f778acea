"""What every framework adapter does, without a framework: settings, checking, answering.

An adapter reads the request's pieces (scheme, ``Host``, raw target, headers, peer address, raw
body), hands them to :func:`check`, answers 403 when the check fails (the reason goes to the
``laml.webhooks`` logger, never to the client), reads typed parameters with :func:`read_params`
and turns a returned document into ``text/xml; charset=utf-8`` with :func:`render`.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

from laml.webhooks._exceptions import MissingSigningKey
from laml.webhooks._form import Form
from laml.webhooks._headers import Headers, pick
from laml.webhooks._params import Params
from laml.webhooks._proxy import FORWARDING_HEADERS, TrustedProxies, request_url
from laml.webhooks._verify import Key, Verification, verify

__all__ = [
    "CONTENT_TYPE",
    "KEY_VARIABLES",
    "Before",
    "WebhookSettings",
    "check",
    "is_document",
    "read_params",
    "render",
    "request_target",
    "wrap_view",
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


def request_target(path: str, query: str, raw_path: str | None = None) -> str:
    """The request target the client sent: ``raw_path`` as received (else ``path``
    percent-encoded as a client does) and the raw ``query``."""
    sent = raw_path or quote(path, safe="/:@!$&'()*+,;=~")
    return f"{sent}?{query}" if query else sent


def _request_form(
    method: str, body: bytes, content_type: str | None, query: str
) -> Form | bytes | str:
    """Where the request's parameters are: the query of a GET, the urlencoded body of a POST;
    both raw, so :meth:`Params.from_form` parses them with the same cap on their fields."""
    if method.upper() in ("GET", "HEAD"):
        return query
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind not in ("", "application/x-www-form-urlencoded"):
        return []
    return body


def read_params(
    cls: type[P], *, method: str, path: str, body: bytes, content_type: str | None, query: str
) -> P:
    """The typed parameters of a request to ``path`` (:class:`ParameterError` when they are
    wrong; why is logged, and the caller answers 400)."""
    from laml.webhooks._exceptions import ParameterError

    try:
        return cls.from_form(_request_form(method, body, content_type, query))
    except ParameterError as exc:
        logger.warning("refused %s %s: %s", method, path, exc)
        raise


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


#: what a view's ``before`` step gives: a response that replaces the view's (or None), and the
#: arguments the view is called with
Before = tuple[Any, tuple[Any, ...]]


def wrap_view(
    view: Callable[..., Any],
    before: Callable[[tuple[Any, ...]], Before],
    after: Callable[[Any], Any],
    *,
    offload: Callable[[Callable[[tuple[Any, ...]], Before]],
                      Callable[[tuple[Any, ...]], Awaitable[Before]]] | None = None,
) -> Callable[..., Any]:
    """``view`` (a plain or a coroutine function, kept as it is) run between two steps.

    ``before(args)`` checks the request: it gives ``(response, args)``, a response sent instead
    of calling the view, or None and the view's positional arguments. ``after`` turns what the
    view returned into the response. ``offload`` runs ``before`` off the event loop for a
    coroutine view (Django's ``sync_to_async``).
    """
    if inspect.iscoroutinefunction(view):

        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            early, args = await offload(before)(args) if offload else before(args)
            if early is not None:
                return early
            return after(await view(*args, **kwargs))

        return functools.wraps(view)(async_wrapper)

    def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
        early, args = before(args)
        if early is not None:
            return early
        return after(view(*args, **kwargs))

    return functools.wraps(view)(sync_wrapper)
