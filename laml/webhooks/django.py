"""Django: verify the platform's signature, read typed parameters, answer with documents.

.. code-block:: python

    from laml import VoiceResponse
    from laml.webhooks import GatherResult
    from laml.webhooks.django import webhook

    @webhook                                  # 403 unless signed; exempt from CSRF
    def voice(request):
        response = VoiceResponse()
        response.say("Hello")
        return response                       # sent as text/xml; charset=utf-8

    @webhook(params=GatherResult)             # the typed parameters come after the request
    def menu(request, params: GatherResult):
        return VoiceResponse().say(f"You pressed {params.digits}")

The key comes from the ``key`` argument, else ``SIGNALWIRE_SIGNING_KEY`` / ``TWILIO_AUTH_TOKEN``
in the Django settings, else in the environment. The URL checked is Django's own
(``request.scheme``, ``request.get_host()``), so ``SECURE_PROXY_SSL_HEADER`` and
``USE_X_FORWARDED_HOST`` declare a trusted proxy as usual; ``trusted_proxies`` or ``public_url``
replace them for these views. A refused request gets a bare 403; why it was refused goes to the
``laml.webhooks`` logger. Views may be sync or async.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar, overload

from laml.webhooks._exceptions import ParameterError, require
from laml.webhooks._handler import (
    CONTENT_TYPE,
    Before,
    WebhookSettings,
    check,
    is_document,
    read_params,
    render,
    request_target,
    wrap_view,
)
from laml.webhooks._params import Params
from laml.webhooks._proxy import TrustedProxies
from laml.webhooks._verify import Key

require("django", "django")

__all__ = ["to_response", "webhook"]

P = ParamSpec("P")
T = TypeVar("T", bound=Params)


def _module(name: str) -> Any:
    return importlib.import_module(name)


def _config(name: str) -> Any:
    return getattr(_module("django.conf").settings, name, None)


def _target(request: Any) -> str:
    meta = request.META
    raw = meta.get("RAW_URI") or meta.get("REQUEST_URI")
    if raw:
        return str(raw)
    return request_target(request.path, meta.get("QUERY_STRING", ""))


def _refusal(settings: WebhookSettings, request: Any) -> Any:
    """None when ``request`` passes the check; the 403 response otherwise."""
    meta = request.META
    if settings.trusted_proxies or settings.public_url:
        scheme = meta.get("wsgi.url_scheme", "http")
        server = f"{meta.get('SERVER_NAME', 'localhost')}:{meta.get('SERVER_PORT', '80')}"
        host = meta.get("HTTP_HOST") or server
    else:
        scheme, host = request.scheme, request.get_host()
    outcome = check(
        settings,
        method=request.method,
        scheme=scheme,
        host=host,
        target=_target(request),
        headers=request.headers,
        peer=meta.get("REMOTE_ADDR"),
        body=request.body,
        config=_config,
    )
    return None if outcome.ok else _module("django.http").HttpResponseForbidden()


def _params(request: Any, cls: type[T]) -> T | Any:
    """The typed parameters, or the 400 response when they are wrong."""
    try:
        return read_params(
            cls, method=request.method, path=request.path, body=request.body,
            content_type=request.META.get("CONTENT_TYPE"),
            query=request.META.get("QUERY_STRING", ""),
        )
    except ParameterError as exc:
        return _module("django.http").HttpResponseBadRequest(str(exc), content_type="text/plain")


def to_response(rv: Any) -> Any:
    """``rv`` as a Django response: a document becomes ``text/xml; charset=utf-8``."""
    if is_document(rv):
        return _module("django.http").HttpResponse(render(rv), content_type=CONTENT_TYPE)
    return rv


def _offload(
    func: Callable[[tuple[Any, ...]], Before],
) -> Callable[[tuple[Any, ...]], Awaitable[Before]]:
    """``func`` run in a thread (the check and the settings it reads are blocking)."""
    sync_to_async: Callable[..., Any] = _module("asgiref.sync").sync_to_async
    offloaded: Callable[[tuple[Any, ...]], Awaitable[Before]] = sync_to_async(func)
    return offloaded


def _wrap(
    view: Callable[..., Any], settings: WebhookSettings, params: type[Params] | None
) -> Callable[..., Any]:
    def before(args: tuple[Any, ...]) -> Before:
        request, *rest = args
        refused = _refusal(settings, request)
        if refused is not None or params is None:
            return refused, args
        typed = _params(request, params)
        if not isinstance(typed, Params):
            return typed, args
        return None, (request, typed, *rest)

    wrapper = wrap_view(view, before, to_response, offload=_offload)
    csrf_exempt: Callable[[Callable[..., Any]], Callable[..., Any]]
    csrf_exempt = _module("django.views.decorators.csrf").csrf_exempt
    return csrf_exempt(wrapper)


@overload
def webhook(view: Callable[P, Any], /) -> Callable[P, Any]: ...
@overload
def webhook(
    *,
    key: Key | None = ...,
    verify: bool = ...,
    public_url: str | None = ...,
    trusted_proxies: Iterable[str] | TrustedProxies = ...,
    params: None = ...,
) -> Callable[[Callable[P, Any]], Callable[P, Any]]: ...
@overload
def webhook(
    *,
    key: Key | None = ...,
    verify: bool = ...,
    public_url: str | None = ...,
    trusted_proxies: Iterable[str] | TrustedProxies = ...,
    params: type[T],
) -> Callable[[Callable[Concatenate[Any, T, P], Any]], Callable[Concatenate[Any, P], Any]]: ...
def webhook(
    view: Callable[..., Any] | None = None,
    /,
    *,
    key: Key | None = None,
    verify: bool = True,
    public_url: str | None = None,
    trusted_proxies: Iterable[str] | TrustedProxies = (),
    params: type[Params] | None = None,
) -> Any:
    """Decorate a view: exempt it from CSRF (the platform sends no token), check the request's
    signature (403 when it fails) and send a returned document as ``text/xml; charset=utf-8``.
    With ``params=``, the view gets the typed parameters after the request (400 when wrong)."""
    settings = WebhookSettings.make(
        key, verify=verify, public_url=public_url, trusted_proxies=trusted_proxies
    )
    if view is not None:
        return _wrap(view, settings, None)
    return lambda view: _wrap(view, settings, params)
