"""Starlette and FastAPI: verify the platform's signature, read typed parameters, answer with
documents.

FastAPI, with dependencies:

>>> from typing import Annotated
>>> from fastapi import Depends, FastAPI
>>> from laml import VoiceResponse
>>> from laml.webhooks import GatherResult
>>> from laml.webhooks.starlette import LamlResponse, Webhooks
>>> app, webhooks = FastAPI(), Webhooks()          # key from SIGNALWIRE_SIGNING_KEY
>>> Menu = Annotated[GatherResult, Depends(webhooks.params(GatherResult))]
>>> @app.post("/menu")
... async def menu(params: Menu) -> LamlResponse:
...     return LamlResponse(VoiceResponse().say(f"You pressed {params.digits}"))

``Depends(webhooks)`` checks the signature alone. Plain Starlette: decorate an endpoint with
``@webhooks.endpoint`` (or ``@webhooks.endpoint(params=GatherResult)``: the endpoint then takes
``(request, params)``) and return a document; or add :class:`WebhookMiddleware` to check every
request. The body is read for the check and stays readable (``await request.form()``).
A refused request gets a bare 403; why it was refused goes to the ``laml.webhooks`` logger.
"""

# (no ``from __future__ import annotations``: FastAPI reads these signatures at run time)

import functools
import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar, overload

from laml.webhooks._exceptions import ParameterError, missing_framework

try:
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response
    from starlette.types import ASGIApp, Message, Receive, Scope, Send
except ImportError as _absent:
    raise missing_framework("starlette", "starlette") from _absent

from laml.webhooks._handler import (
    WebhookSettings,
    check,
    is_document,
    read_params,
    render,
    request_target,
)
from laml.webhooks._params import Params
from laml.webhooks._proxy import TrustedProxies
from laml.webhooks._verify import Key, Verification

__all__ = ["LamlResponse", "WebhookMiddleware", "Webhooks"]

T = TypeVar("T", bound=Params)
Endpoint = Callable[..., Any]

#: the largest body :class:`WebhookMiddleware` reads (the platform's requests are a few kB)
MAX_BODY = 1024 * 1024


class LamlResponse(Response):
    """A response holding a document, sent as ``text/xml; charset=utf-8``."""

    media_type = "text/xml"

    def render(self, content: Any) -> bytes:
        if is_document(content):
            return render(content)
        return bytes(super().render(content))


def _host(scope: Scope, headers: Any) -> str:
    host = headers.get("host")
    if host:
        return str(host)
    server = scope.get("server")
    if server:
        name, port = server[0], server[1]
        return f"{name}:{port}" if port is not None else str(name)
    return "localhost"


def _target(scope: Scope) -> str:
    raw = scope.get("raw_path")
    return request_target(
        scope.get("root_path", "") + scope["path"],
        scope.get("query_string", b"").decode("latin-1"),
        raw.decode("latin-1") if raw else None,
    )


def _check(settings: WebhookSettings, scope: Scope, body: bytes) -> Verification:
    request = Request(scope)
    return check(
        settings,
        method=request.method,
        scheme=scope.get("scheme", "http"),
        host=_host(scope, request.headers),
        target=_target(scope),
        headers=request.headers,
        peer=request.client.host if request.client else None,
        body=body,
    )


class Webhooks:
    """Signature checks for a Starlette or FastAPI app.

    ``key``: the signing key(s), else ``SIGNALWIRE_SIGNING_KEY`` / ``TWILIO_AUTH_TOKEN`` from the
    environment; ``verify=False`` turns checking off for local development (loudly);
    ``public_url`` / ``trusted_proxies``: how to tell the URL the platform called behind a proxy.
    """

    def __init__(
        self,
        key: Key | None = None,
        *,
        verify: bool = True,
        public_url: str | None = None,
        trusted_proxies: Iterable[str] | TrustedProxies = (),
    ) -> None:
        self.settings: WebhookSettings = WebhookSettings.make(
            key, verify=verify, public_url=public_url, trusted_proxies=trusted_proxies
        )

    def __repr__(self) -> str:
        return f"Webhooks({self.settings!r})"

    async def __call__(self, request: Request) -> Verification:
        """Check ``request`` (a FastAPI dependency: ``Depends(webhooks)``); 403 when it fails."""
        outcome = _check(self.settings, request.scope, await request.body())
        if not outcome.ok:
            raise HTTPException(status_code=403)
        return outcome

    def params(self, cls: type[T]) -> Callable[[Request], Awaitable[T]]:
        """A dependency that checks the request and gives its parameters as ``cls``."""

        async def dependency(request: Request) -> T:
            await self(request)
            return await _params(request, cls)

        dependency.__name__ = f"{cls.__name__}_params"
        return dependency

    @overload
    def endpoint(self, func: Endpoint, /) -> Callable[[Request], Awaitable[Response]]: ...
    @overload
    def endpoint(
        self, /, *, params: type[Params] | None = None
    ) -> Callable[[Endpoint], Callable[[Request], Awaitable[Response]]]: ...
    def endpoint(
        self, func: Endpoint | None = None, /, *, params: type[Params] | None = None
    ) -> Any:
        """Decorate a Starlette endpoint: check the request (403), give it the typed parameters
        as a second argument when ``params`` is set (400 when wrong), send a returned document
        as ``text/xml``."""

        def decorate(func: Endpoint) -> Callable[[Request], Awaitable[Response]]:
            @functools.wraps(func)
            async def wrapper(request: Request) -> Response:
                await self(request)
                args: tuple[Any, ...] = (request,)
                if params is not None:
                    args = (request, await _params(request, params))
                rv = func(*args)
                if inspect.isawaitable(rv):
                    rv = await rv
                if is_document(rv):
                    return LamlResponse(rv)
                if not isinstance(rv, Response):
                    raise TypeError(
                        f"{func.__name__} returned {type(rv).__name__}: "
                        "return a document or a Response"
                    )
                return rv

            return wrapper

        return decorate if func is None else decorate(func)


async def _params(request: Request, cls: type[T]) -> T:
    try:
        return read_params(
            cls, method=request.method, path=request.url.path, body=await request.body(),
            content_type=request.headers.get("content-type"),
            query=request.scope.get("query_string", b"").decode("latin-1"),
        )
    except ParameterError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


class WebhookMiddleware:
    """ASGI middleware checking the signature of every HTTP request (or those under ``paths``).

    The body is read (at most ``max_body`` bytes; more gets 413) and handed on unchanged.

    >>> from starlette.applications import Starlette
    >>> from starlette.middleware import Middleware
    >>> app = Starlette(middleware=[Middleware(WebhookMiddleware, key="...", paths=["/hooks"])])
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        key: Key | None = None,
        verify: bool = True,
        public_url: str | None = None,
        trusted_proxies: Iterable[str] | TrustedProxies = (),
        paths: Iterable[str] = (),
        max_body: int = MAX_BODY,
    ) -> None:
        self.app = app
        self.settings: WebhookSettings = WebhookSettings.make(
            key, verify=verify, public_url=public_url, trusted_proxies=trusted_proxies
        )
        self.paths: tuple[str, ...] = tuple(paths)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (
            self.paths and not any(scope["path"].startswith(p) for p in self.paths)
        ):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await PlainTextResponse("Payload Too Large", 413)(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if not _check(self.settings, scope, body).ok:
            await PlainTextResponse("Forbidden", 403)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
