"""FastAPI: the Starlette adapter, plus a route class that lets endpoints return documents.

>>> from fastapi import FastAPI
>>> from laml import VoiceResponse
>>> from laml.webhooks.fastapi import LamlRoute
>>> app = FastAPI()
>>> app.router.route_class = LamlRoute        # or APIRouter(route_class=LamlRoute)
>>> @app.post("/voice")
... def voice() -> VoiceResponse:
...     return VoiceResponse().say("Hello")  # sent as text/xml; charset=utf-8

Endpoints of a :class:`LamlRoute` that return anything else behave as usual. The dependencies,
:class:`LamlResponse` and :class:`WebhookMiddleware` are those of :mod:`laml.webhooks.starlette`.
"""

# (no ``from __future__ import annotations``: FastAPI reads these signatures at run time)

import inspect
from collections.abc import Callable
from typing import Any

from laml.webhooks._exceptions import missing_framework

try:
    from fastapi.routing import APIRoute
except ImportError as _absent:
    raise missing_framework("fastapi", "fastapi") from _absent

from laml.webhooks._handler import Before, is_document, wrap_view
from laml.webhooks.starlette import LamlResponse, WebhookMiddleware, Webhooks

__all__ = ["LamlResponse", "LamlRoute", "WebhookMiddleware", "Webhooks"]


class LamlRoute(APIRoute):
    """An ``APIRoute`` whose endpoint may return a document (``VoiceResponse``, ...)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, _answering_documents(endpoint), **kwargs)


def _answering_documents(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """``endpoint``, sending a returned document as a :class:`LamlResponse`.

    The wrapper keeps the endpoint's parameters (with their annotations resolved, for FastAPI)
    and whether it is a coroutine function (so FastAPI still runs a plain ``def`` in its thread
    pool); a return annotation naming a document class becomes ``LamlResponse``, so FastAPI builds
    no response model from it.
    """
    from laml._element import Element

    signature = inspect.signature(endpoint, eval_str=True)
    returns = signature.return_annotation
    if isinstance(returns, type) and issubclass(returns, Element):
        signature = signature.replace(return_annotation=LamlResponse)

    wrapper = wrap_view(endpoint, _as_called, _answer)
    vars(wrapper).pop("__wrapped__")  # FastAPI reads the signature below, not the endpoint's
    setattr(wrapper, "__signature__", signature)  # noqa: B010
    return wrapper


def _as_called(args: tuple[Any, ...]) -> Before:
    return None, args


def _answer(value: Any) -> Any:
    return LamlResponse(value) if is_document(value) else value
