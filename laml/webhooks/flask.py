"""Flask: verify the platform's signature, read typed parameters, answer with documents.

>>> from flask import Flask
>>> from laml import VoiceResponse
>>> from laml.webhooks import GatherResult
>>> from laml.webhooks.flask import webhook
>>> app = Flask(__name__)
>>> @app.post("/voice")
... @webhook                              # 403 unless signed; the key from SIGNALWIRE_SIGNING_KEY
... def voice():
...     response = VoiceResponse()
...     response.say("Hello")
...     return response                    # sent as text/xml; charset=utf-8
>>> @app.post("/menu")
... @webhook(params=GatherResult)         # the typed parameters come first
... def menu(params: GatherResult):
...     return VoiceResponse().say(f"You pressed {params.digits}")

For a whole app or blueprint, ``LamlWebhooks(app)`` checks every request that reaches a view
(``LamlWebhooks.exempt`` leaves one out) and lets every view return a document. A refused request
gets a bare 403; why it was refused goes to the ``laml.webhooks`` logger. The key comes from the
``key`` argument, else ``SIGNALWIRE_SIGNING_KEY`` / ``TWILIO_AUTH_TOKEN`` in ``app.config``, else
in the environment. Behind a proxy, pass ``trusted_proxies`` (or use werkzeug's ``ProxyFix``, not
both) or ``public_url``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, overload

from laml.webhooks._exceptions import ParameterError, require
from laml.webhooks._handler import (
    CONTENT_TYPE,
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

if TYPE_CHECKING:
    from flask import Blueprint, Flask

require("flask", "flask")

__all__ = ["LamlWebhooks", "request_params", "to_response", "webhook"]

P = ParamSpec("P")
T = TypeVar("T", bound=Params)


def _target() -> str:
    from flask import request

    environ = request.environ
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw:
        return str(raw)
    return request_target(request.script_root + request.path, environ.get("QUERY_STRING", ""))


def _check_or_abort(settings: WebhookSettings) -> None:
    from flask import abort, current_app, request

    outcome = check(
        settings,
        method=request.method,
        scheme=request.scheme,
        host=request.host,
        target=_target(),
        headers=request.headers,
        peer=request.remote_addr,
        body=request.get_data(cache=True),
        config=current_app.config.get,
    )
    if not outcome.ok:
        abort(403)


def request_params(cls: type[T]) -> T:
    """The current request's parameters as ``cls`` (a 400 answer when they are wrong)."""
    from flask import abort, request

    try:
        return read_params(
            cls, method=request.method, path=request.path, body=request.get_data(cache=True),
            content_type=request.content_type, query=request.environ.get("QUERY_STRING", ""),
        )
    except ParameterError as exc:
        abort(400, description=str(exc))


def to_response(rv: Any) -> Any:
    """``rv`` with a document (or a ``(document, status, headers)`` tuple's document) turned
    into a ``text/xml; charset=utf-8`` response; anything else unchanged."""
    from flask import current_app

    if is_document(rv):
        return current_app.response_class(render(rv), content_type=CONTENT_TYPE)
    if isinstance(rv, tuple) and rv and is_document(rv[0]):
        return (current_app.response_class(render(rv[0]), content_type=CONTENT_TYPE), *rv[1:])
    return rv


def _wrap(
    view: Callable[..., Any], settings: WebhookSettings, params: type[Params] | None
) -> Callable[..., Any]:
    def before(args: tuple[Any, ...]) -> tuple[None, tuple[Any, ...]]:
        _check_or_abort(settings)  # (a refusal aborts with 403, a bad parameter with 400)
        return None, args if params is None else (request_params(params), *args)

    wrapper = wrap_view(view, before, to_response)
    wrapper._laml_webhook = True  # type: ignore[attr-defined]  # (LamlWebhooks checks it once)
    return wrapper


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
) -> Callable[[Callable[Concatenate[T, P], Any]], Callable[P, Any]]: ...
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
    """Decorate a view: check the request's signature (403 when it fails) and send a returned
    document as ``text/xml; charset=utf-8``. With ``params=``, the view gets the request's typed
    parameters as its first argument (400 when they are wrong)."""
    settings = WebhookSettings.make(
        key, verify=verify, public_url=public_url, trusted_proxies=trusted_proxies
    )
    if view is not None:
        return _wrap(view, settings, None)
    return lambda view: _wrap(view, settings, params)


def _install_documents(app: Flask) -> None:
    """Let every view of ``app`` return a document."""
    if app.extensions.get("laml.documents"):
        return
    original = app.make_response

    def make_response(rv: Any) -> Any:
        return original(to_response(rv))

    app.make_response = make_response  # type: ignore[method-assign]
    app.extensions["laml.documents"] = True


class LamlWebhooks:
    """Check the signature of every request to an app's (or a blueprint's) views.

    ``LamlWebhooks(app, key=...)`` or, application-factory style, ``webhooks = LamlWebhooks()``
    then ``webhooks.init_app(app)``. Views may return documents. Requests that match no route are
    left alone (they get their 404); views decorated with :meth:`exempt` are not checked.
    """

    def __init__(
        self,
        app: Flask | Blueprint | None = None,
        *,
        key: Key | None = None,
        verify: bool = True,
        public_url: str | None = None,
        trusted_proxies: Iterable[str] | TrustedProxies = (),
    ) -> None:
        self.settings: WebhookSettings = WebhookSettings.make(
            key, verify=verify, public_url=public_url, trusted_proxies=trusted_proxies
        )
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask | Blueprint) -> None:
        """Check the requests of ``app`` (a Flask app or a blueprint)."""
        from flask import Blueprint

        app.before_request(self._before_request)
        if isinstance(app, Blueprint):
            app.record_once(lambda state: _install_documents(state.app))  # type: ignore[arg-type]
        else:
            _install_documents(app)
            app.extensions["laml.webhooks"] = self

    def _before_request(self) -> None:
        from flask import current_app, request

        if request.url_rule is None or request.endpoint is None:
            return
        view = current_app.view_functions.get(request.endpoint)
        if getattr(view, "_laml_exempt", False) or getattr(view, "_laml_webhook", False):
            return
        _check_or_abort(self.settings)

    @staticmethod
    def exempt(view: Callable[P, Any]) -> Callable[P, Any]:
        """Leave ``view`` unchecked (a health check, a page for people)."""
        view._laml_exempt = True  # type: ignore[attr-defined]
        return view
