"""The HTTP side of the local bins server: a Starlette application.

REST endpoints under ``/api/laml/2010-04-01/Accounts/{AccountSid}/LamlBins[/{Sid}]`` (each
also with ``.json``) answer as the platform does: 201 create, 200 get / update / list, 204
delete, and the platform's error body ``{code, message, more_info, status}`` with 400, 401,
404 and 422. ``GET``/``POST /laml-bins/{Sid}`` renders a bin with the request's parameters.
Store calls, linting and rendering run in worker threads, off the event loop.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from laml.bins._checks import lint_errors, summarize
from laml.bins._config import API_PREFIX
from laml.diagnostics import Diagnostic
from laml.errors import LamlError, RenderError
from laml.server._store import DEFAULT_CONTENTS, BinRecord, BinStore

__all__ = ["API_VERSION", "MORE_INFO", "create_app", "render_contents"]

API_VERSION = "2010-04-01"
MORE_INFO = "https://signalwire.com/docs/compatibility-api/reference/errors"
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


def create_app(
    store: BinStore,
    *,
    project_id: str,
    token: str,
    validate: bool = True,
    public_url: str | None = None,
) -> Starlette:
    """The server's ASGI application over ``store``, for one project and its token.

    ``validate=False`` stores contents without linting them. ``public_url`` is the base of the
    bins' ``request_url`` (by default the URL the request came in on).
    """
    expected_user = project_id.encode()
    expected_token = token.encode()

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
        return (public_url or str(request.base_url)).rstrip("/")

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

    async def form_of(request: Request) -> dict[str, str]:
        return dict(await form_pairs_of(request))

    async def form_pairs_of(request: Request) -> list[tuple[str, str]]:
        body = await request.body()
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise _RejectError(_error(400, 10000, "the request body is not UTF-8")) from None
        if kind == "application/json":
            try:
                data = json.loads(text or "{}")
            except ValueError:
                raise _RejectError(_error(400, 10000, "the request body is not JSON")) from None
            if not isinstance(data, dict):
                raise _RejectError(_error(400, 10000, "the request body must be a JSON object"))
            return [(str(k), str(v)) for k, v in data.items() if v is not None]
        if kind not in ("", "application/x-www-form-urlencoded"):
            raise _RejectError(_error(
                400, 10000, "send the parameters as application/x-www-form-urlencoded"
            ))
        return parse_qsl(text, keep_blank_values=True)

    async def check_contents(contents: str) -> None:
        if not validate:
            return
        errors: list[Diagnostic] = await run_in_threadpool(lint_errors, contents)
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
                record = await run_in_threadpool(store.create, account, name, contents)
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
        return JSONResponse(body)

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
                if not await run_in_threadpool(store.delete, account, sid):
                    raise not_found(sid)
                return Response(status_code=204)
            form = await form_of(request)
            if await run_in_threadpool(store.get, account, sid) is None:
                raise not_found(sid)
            name = required_name(form)
            contents = form.get("Contents")
            if contents is not None:
                await check_contents(contents)
            updated = await run_in_threadpool(store.update, account, sid, name, contents)
            if updated is None:
                raise not_found(sid)
            return JSONResponse(as_json(updated, request))
        except _RejectError as refused:
            return refused.response

    async def render(request: Request) -> Response:
        sid = str(request.path_params["sid"])
        params: list[tuple[str, str]] = list(request.query_params.multi_items())
        if request.method == "POST":
            try:
                form = await form_pairs_of(request)
            except _RejectError as refused:
                return refused.response
            posted = {key for key, _ in form}  # the request's own values win over the URL's
            params = [(k, v) for k, v in params if k not in posted] + form
        record = await run_in_threadpool(store.record_access, sid)
        if record is None:
            return _error(404, 20404, f"The requested resource laml-bins/{sid} was not found")
        try:
            document = await run_in_threadpool(render_contents, record.contents, params)
        except RenderError as exc:
            first = next((d for d in exc.diagnostics if d.severity == "error"), None)
            code = first.platform_code if first and first.platform_code else 12100
            detail = summarize(list(exc.diagnostics)) or str(exc)
            return _error(500, code, f"the bin rendered to an invalid document: {detail}")
        except LamlError as exc:  # a stored template the renderer cannot read
            code = getattr(exc, "platform_code", None) or 12100
            return _error(500, code, f"the bin rendered to an invalid document: {exc}")
        return Response(document, media_type="text/xml")

    base = f"{API_PREFIX}/Accounts/{{account_sid}}/LamlBins"
    routes = [
        Route(base, collection, methods=["GET", "POST"]),
        Route(base + ".json", collection, methods=["GET", "POST"]),
        Route(base + ".JSON", collection, methods=["GET", "POST"]),
        Route(base + "/{sid}", instance, methods=["GET", "POST", "DELETE"]),
        Route("/laml-bins/{sid}", render, methods=["GET", "POST"]),
    ]
    return Starlette(routes=routes)
