"""The HTTP side of the local bins server: a Starlette application.

REST endpoints under ``/api/laml/2010-04-01/Accounts/{AccountSid}/LamlBins[/{Sid}]`` (each
also with ``.json``) answer as the platform does: 201 create, 200 get / update / list, 204
delete, and the platform's error body ``{code, message, more_info, status}`` with 400, 401,
404 and 422. ``GET``/``POST /laml-bins/{Sid}`` renders a bin with the request's parameters.

Bodies are read under the caps of :class:`~laml.server.ServerLimits` (413, 408). Store calls
run in worker threads; parsing parameters, linting and rendering run in at most
``limits.workers`` worker threads at once, so that the event loop keeps answering. A database
that cannot be written any more makes writes answer 503, while bins go on being rendered.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit, urlunsplit

import anyio.to_thread
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from laml.bins._checks import lint_errors, summarize
from laml.bins._config import API_PREFIX
from laml.diagnostics import Diagnostic
from laml.errors import LamlError, RenderError
from laml.server._limits import ServerLimits
from laml.server._params import ParamsError, parse_params, read_body
from laml.server._store import DEFAULT_CONTENTS, BinRecord, BinStore, StoreUnavailableError

__all__ = [
    "API_VERSION",
    "FINDINGS_HEADER",
    "MORE_INFO",
    "create_app",
    "public_base",
    "render_contents",
]

API_VERSION = "2010-04-01"
MORE_INFO = "https://signalwire.com/docs/compatibility-api/reference/errors"
#: Response header of a rendered bin naming the codes of its error findings, comma-separated.
FINDINGS_HEADER = "X-Laml-Findings"

logger = logging.getLogger("laml.server")
_T = TypeVar("_T")
_PAGE_TOKEN = re.compile(r"^P([AB])(\d{1,18})$")
_JSON_SUFFIX = re.compile(r"\.json$", re.IGNORECASE)


def render_contents(
    contents: str, params: Mapping[str, str] | Sequence[tuple[str, str]]
) -> str:
    """Render a bin's template with the request's parameters through :func:`laml.render_bin`.

    ``params`` may be (name, value) pairs: repeated and array-style names (``Dest[]``) become
    lists a section iterates.
    """
    from laml import render_bin

    rendered: str = render_bin(contents, params)
    return rendered


def _error(status: int, code: int, message: str, headers: Mapping[str, str] | None = None
           ) -> JSONResponse:
    body = {"code": code, "message": message, "more_info": MORE_INFO, "status": status}
    return JSONResponse(body, status_code=status, headers=headers)


class _RejectError(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__()
        self.response = response


def _bound_url(request: Request) -> str:
    """The URL of the address the request arrived at (never its ``Host`` header)."""
    scheme = str(request.scope.get("scheme") or "http")
    server = request.scope.get("server")
    host, port = (server[0], server[1]) if server else ("127.0.0.1", None)
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"


def public_base(url: str) -> str:
    """``url`` checked as the base of the bins' URLs: http(s), a host, an optional path."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL with a host: {url!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"the public URL takes no query, fragment or credentials: {url!r}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def create_app(
    store: BinStore,
    *,
    project_id: str,
    token: str,
    validate: bool = True,
    public_url: str | None = None,
    limits: ServerLimits | None = None,
) -> Starlette:
    """The server's ASGI application over ``store``, for one project and its token.

    ``validate=False`` stores contents without linting them. ``public_url`` is the base of the
    bins' ``request_url``; by default the address the server is reached at (the socket's, not
    the client's ``Host`` header). ``limits`` caps bodies, parameters and parallel work.
    """
    base_of_bins = None if public_url is None else public_base(public_url)
    expected_user = project_id.encode()
    expected_token = token.encode()
    caps = limits or ServerLimits()
    workers = anyio.CapacityLimiter(caps.workers)

    async def in_worker(work: Callable[..., _T], *args: Any) -> _T:
        """Run CPU-bound ``work`` in a worker thread, at most ``caps.workers`` at once."""
        return await anyio.to_thread.run_sync(work, *args, limiter=workers)

    def authenticate(request: Request) -> str:
        account = request.path_params["account_sid"]
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        user = password = b""
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value.strip(), validate=True).partition(b":")
            except (binascii.Error, ValueError):
                user = password = b""
        good = hmac.compare_digest(user, expected_user) & hmac.compare_digest(
            password, expected_token
        )
        if not good or account != project_id:
            raise _RejectError(_error(
                401, 20003, "Authentication Error - invalid username or password",
                {"WWW-Authenticate": 'Basic realm="LaML Bins"'},
            ))
        return str(account)

    def base_url(request: Request) -> str:
        return base_of_bins or _bound_url(request)

    def collection_path(account: str) -> str:
        return f"{API_PREFIX}/Accounts/{account}/LamlBins"

    def as_json(record: BinRecord, request: Request) -> dict[str, Any]:
        return {
            "sid": record.sid,
            "date_created": record.date_created,
            "date_updated": record.date_updated,
            "date_last_accessed": record.date_last_accessed,
            "account_sid": record.account_sid,
            "name": record.name,
            "contents": record.contents,
            "request_url": f"{base_url(request)}/laml-bins/{record.sid}",
            "num_requests": record.num_requests,
            "api_version": API_VERSION,
            "uri": f"{collection_path(record.account_sid)}/{record.sid}",
        }

    def refusal(refused: ParamsError) -> _RejectError:
        # A client too slow to send its body is not worth keeping connected.
        close = {"Connection": "close"} if refused.status == 408 else None
        return _RejectError(_error(refused.status, 10000, refused.message, close))

    async def body_of(request: Request) -> bytes:
        """The body of a POST, read under the size cap and the deadline."""
        if request.method != "POST":
            return b""
        try:
            return await read_body(
                request.stream(), request.headers.get("content-length"),
                limit=caps.max_body_bytes, timeout=caps.body_timeout,
            )
        except ParamsError as refused:
            raise refusal(refused) from None

    async def form_of(request: Request) -> dict[str, str]:
        body = await body_of(request)
        kind = request.headers.get("content-type")
        try:
            return dict(await in_worker(
                lambda: parse_params("", body, kind, limit=caps.max_params)
            ))
        except ParamsError as refused:
            raise refusal(refused) from None

    async def stored(work: Callable[..., _T], *args: Any) -> _T:
        """Run a store write in a worker thread; a database gone read-only answers 503."""
        try:
            return await run_in_threadpool(work, *args)
        except StoreUnavailableError as exc:
            logger.error("cannot write the bins database %s: %s", store.path, exc)
            raise _RejectError(_error(
                503, 10000, f"the bins database cannot be written ({exc}); nothing was changed"
            )) from None

    async def check_contents(contents: str) -> None:
        if not validate:
            return
        errors: list[Diagnostic] = await in_worker(lint_errors, contents)
        if errors:
            raise _RejectError(_error(
                422, 20422, f"Contents is not a valid cXML document: {summarize(errors)}"
            ))

    def required_name(form: Mapping[str, str]) -> str:
        name = form.get("Name", "")
        if not name.strip():
            raise _RejectError(_error(400, 10000, "Name is required and must not be blank"))
        return name

    def not_found(sid: str) -> _RejectError:
        message = f"The requested resource LamlBins/{sid} was not found"
        return _RejectError(_error(404, 20404, message))

    def sid_of(request: Request) -> str:
        return _JSON_SUFFIX.sub("", str(request.path_params["sid"]))

    def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise _RejectError(_error(400, 10000, f"{name} must be an integer")) from None
        if not low <= value <= high:
            raise _RejectError(_error(400, 10000, f"{name} must be between {low} and {high}"))
        return value

    async def collection(request: Request) -> Response:
        try:
            account = authenticate(request)
            if request.method == "POST":
                form = await form_of(request)
                name = required_name(form)
                contents = form.get("Contents")
                if contents is None:
                    contents = DEFAULT_CONTENTS
                else:
                    await check_contents(contents)
                record = await stored(store.create, account, name, contents)
                return JSONResponse(as_json(record, request), status_code=201)
            return await listing(request, account)
        except _RejectError as refused:
            return refused.response

    async def listing(request: Request, account: str) -> Response:
        page_size = int_param(request, "PageSize", 50, 1, 1000)
        page = int_param(request, "Page", 0, 0, 10**9)
        name = request.query_params.get("Name") or None
        raw_token = request.query_params.get("PageToken") or None
        after = before = None
        if raw_token is not None:
            match = _PAGE_TOKEN.match(raw_token)
            if match is None:
                raise _RejectError(_error(400, 10000, "PageToken is not valid"))
            if match.group(1) == "A":
                after = int(match.group(2))
            else:
                before = int(match.group(2))
        result = await run_in_threadpool(
            lambda: store.list(account, name=name, page_size=page_size, page=page,
                               after=after, before=before)
        )
        path = collection_path(account)

        def link(number: int, cursor: str | None = None) -> str:
            query: dict[str, str | int] = {"Page": number, "PageSize": page_size}
            if name:
                query["Name"] = name
            if cursor:
                query["PageToken"] = cursor
            return f"{path}?{urlencode(query)}"

        records = result.records
        next_uri = link(page + 1, f"PA{records[-1].seq}") if result.has_next and records else None
        previous_uri = None
        if page > 0 and result.has_previous:
            previous_uri = link(page - 1, f"PB{records[0].seq}" if records else None)
        body = {
            "uri": link(page, raw_token),
            "first_page_uri": link(0),
            "next_page_uri": next_uri,
            "previous_page_uri": previous_uri,
            "page": page,
            "page_size": page_size,
            "laml_bins": [as_json(record, request) for record in records],
        }
        return await in_worker(JSONResponse, body)  # a page may hold a lot of contents

    async def instance(request: Request) -> Response:
        try:
            account = authenticate(request)
            sid = sid_of(request)
            if request.method == "GET":
                record = await run_in_threadpool(store.get, account, sid)
                if record is None:
                    raise not_found(sid)
                return JSONResponse(as_json(record, request))
            if request.method == "DELETE":
                if not await stored(store.delete, account, sid):
                    raise not_found(sid)
                return Response(status_code=204)
            form = await form_of(request)
            if await run_in_threadpool(store.get, account, sid) is None:
                raise not_found(sid)
            name = required_name(form)
            contents = form.get("Contents")
            if contents is not None:
                await check_contents(contents)
            updated = await stored(store.update, account, sid, name, contents)
            if updated is None:
                raise not_found(sid)
            return JSONResponse(as_json(updated, request))
        except _RejectError as refused:
            return refused.response

    def visit(sid: str) -> BinRecord | None:
        """The bin, counted as requested; uncounted when the database cannot be written."""
        try:
            return store.record_access(sid)
        except StoreUnavailableError as exc:
            logger.error("cannot count a request to bin %s in %s: %s", sid, store.path, exc)
            return store.find(sid)

    def rendered(sid: str, query: str, body: bytes, kind: str | None) -> Response:
        """The answer of a bin's URL: parameters parsed, the bin counted and rendered."""
        try:
            params = parse_params(query, body, kind, limit=caps.max_params)
        except ParamsError as refused:
            return refusal(refused).response
        record = visit(sid)
        if record is None:
            return _error(404, 20404, f"The requested resource laml-bins/{sid} was not found")
        try:
            document = render_contents(record.contents, params)
        except RenderError as exc:
            if exc.document is None:
                return _error(500, 12100, f"the bin cannot be rendered: {exc}")
            # The platform serves what the template gives: so does this server, and says why
            # the document is not valid.
            findings = list(exc.diagnostics)
            logger.warning("bin %s rendered to a document with errors: %s", sid,
                           summarize(findings))
            codes = ",".join(dict.fromkeys(d.code for d in findings))
            return Response(exc.document, media_type="text/xml",
                            headers={FINDINGS_HEADER: codes})
        except LamlError as exc:  # a stored template the renderer cannot read
            code = getattr(exc, "platform_code", None) or 12100
            return _error(500, code, f"the bin cannot be rendered: {exc}")
        return Response(document, media_type="text/xml")

    async def render(request: Request) -> Response:
        try:
            body = await body_of(request)
        except _RejectError as refused:
            return refused.response
        # One trip to a worker thread for all of the request's work.
        return await in_worker(
            rendered, str(request.path_params["sid"]),
            request.scope["query_string"].decode("latin-1"), body,
            request.headers.get("content-type"),
        )

    base = f"{API_PREFIX}/Accounts/{{account_sid}}/LamlBins"
    routes = [
        Route(base, collection, methods=["GET", "POST"]),
        Route(base + ".json", collection, methods=["GET", "POST"]),
        Route(base + ".JSON", collection, methods=["GET", "POST"]),
        Route(base + "/{sid}", instance, methods=["GET", "POST", "DELETE"]),
        Route("/laml-bins/{sid}", render, methods=["GET", "POST"]),
    ]
    return Starlette(routes=routes)
