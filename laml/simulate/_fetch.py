"""Fetchers: where a simulated call gets its documents from.

Each fetcher answers the platform's requests for the URLs it serves:

- :class:`WSGIApp` — a WSGI app (Flask, Django) called in this process;
- :class:`ASGIApp` — an ASGI app (FastAPI, Starlette, Django) run on a private event loop,
  with its lifespan, no server;
- :class:`Folder` — a folder of documents and LaML Bin templates, rendered with each request's
  parameters (and the URL's query) as the hosted bins are;
- :class:`Documents` — documents (or functions of the request's parameters) by URL;
- :class:`HTTP` — real HTTP requests (the local bins server, an app being developed), with the
  platform's timeouts and a cap on the body read.

A request for a URL no fetcher serves fails (error 11200) instead of reaching the network:
documents are untrusted, and only the origins given are ever requested. :func:`fetch` follows
HTTP redirects (at most 3, as the platform does; error 11215 past that).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import os
import sys
import threading
import time
import tomllib
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias
from urllib.parse import parse_qsl, unquote, unquote_to_bytes, urlsplit

from laml.simulate._limits import Limits
from laml.simulate._request import PlatformRequest, URLError, resolve

if TYPE_CHECKING:
    import httpx

    from laml.diagnostics import Diagnostic
    from laml.webhooks import FormParams

__all__ = [
    "HTTP",
    "ASGIApp",
    "ASGIApplication",
    "Answer",
    "Document",
    "DocumentSource",
    "Documents",
    "FetchError",
    "Fetcher",
    "Folder",
    "Router",
    "SupportsToXml",
    "WSGIApp",
    "WSGIApplication",
    "fetch",
    "origin",
]

DEFAULT_BASE_URL = "http://localhost"
#: file name suffixes a folder serves as documents
DOCUMENT_SUFFIXES = (".xml", ".laml", ".twiml", ".cxml")
MANIFEST_NAME = "laml-bins.toml"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A request that got no usable answer: ``code`` is the platform's error code."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        status: int | None = None,
        diagnostics: Sequence[Diagnostic] = (),
        exception: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        self.exception = exception


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer: status, headers (names in lower case) and at most a capped body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    #: the URL that gave this answer (after redirects)
    url: str = ""
    #: the URLs of the redirects followed to get here
    redirects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k == lowered), None)

    @property
    def content_type(self) -> str | None:
        """The media type, without parameters, in lower case (None when absent)."""
        value = self.header("content-type")
        if value is None:
            return None
        return value.split(";", 1)[0].strip().lower() or None


Origin: TypeAlias = tuple[str, str, int]


def origin(url: str) -> Origin:
    """``(scheme, host, port)`` of an absolute URL, with the default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port


def _mount_path(base_url: str) -> str:
    path = urlsplit(base_url).path.rstrip("/")
    return path


class Fetcher:
    """Answers the platform's requests for the URLs it serves."""

    def serves(self, url: str) -> bool:
        """Whether requests for ``url`` come here."""
        raise NotImplementedError

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        """The answer to ``request``; raises :class:`FetchError` when there is none."""
        raise NotImplementedError

    def describe(self) -> str:
        """What this fetcher serves, for messages."""
        return type(self).__name__

    def close(self) -> None:
        """Release what the fetcher holds (connections, an event loop)."""


class _Mounted(Fetcher):
    """A fetcher serving the URLs under ``base_url``."""

    def __init__(self, base_url: str = DEFAULT_BASE_URL) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        self.base_url: str = base_url.rstrip("/")
        self._origin = origin(base_url)
        self._prefix = _mount_path(base_url)

    def serves(self, url: str) -> bool:
        if origin(url) != self._origin:
            return False
        path = urlsplit(url).path
        return not self._prefix or path == self._prefix or path.startswith(self._prefix + "/")

    def describe(self) -> str:
        return f"{self.base_url}/"

    def _local_path(self, url: str) -> str:
        """The path of ``url`` below the mount point (always starting with ``/``)."""
        path = urlsplit(url).path[len(self._prefix):]
        return path if path.startswith("/") else "/" + path


def _host_header(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2]


def _capped(chunks: Iterable[bytes], limit: int) -> bytes:
    buffer = bytearray()
    for chunk in chunks:
        if chunk:
            buffer += chunk
            if len(buffer) > limit:
                return bytes(buffer[: limit + 1])
    return bytes(buffer)


def _raised(exc: BaseException) -> FetchError:
    return FetchError(
        11217,
        f"the app raised {type(exc).__name__}: {exc} (the platform gets an HTTP 500)",
        status=500,
        exception=exc,
    )


#: A WSGI application (PEP 3333): ``app(environ, start_response)`` gives the body's parts.
WSGIApplication: TypeAlias = (
    "Callable[[dict[str, Any], Callable[..., Callable[[bytes], object]]], Iterable[bytes]]"
)
#: An ASGI application: ``await app(scope, receive, send)``.
ASGIApplication: TypeAlias = "Callable[..., Awaitable[None]]"


class WSGIApp(_Mounted):
    """A WSGI app (Flask, Django, ...), called in this process for the URLs under ``base_url``
    (a synchronous app cannot be interrupted: its own time is not limited)."""

    def __init__(self, app: WSGIApplication, base_url: str = DEFAULT_BASE_URL) -> None:
        super().__init__(base_url)
        self.app: WSGIApplication = app

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        parts = urlsplit(request.url)
        scheme, host, port = origin(request.url)
        path = unquote_to_bytes(parts.path[len(self._prefix):] or "/").decode("latin-1")
        environ: dict[str, Any] = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": unquote_to_bytes(self._prefix).decode("latin-1"),
            "PATH_INFO": path if path.startswith("/") else "/" + path,
            "QUERY_STRING": parts.query,
            "REQUEST_URI": parts.path + (f"?{parts.query}" if parts.query else ""),
            "RAW_URI": parts.path + (f"?{parts.query}" if parts.query else ""),
            "SERVER_NAME": host,
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "REMOTE_PORT": "40000",
            "HTTP_HOST": _host_header(request.url),
            "CONTENT_LENGTH": str(len(request.body)),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scheme,
            "wsgi.input": io.BytesIO(request.body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in request.headers:
            key = name.upper().replace("-", "_")
            if key == "CONTENT_TYPE":
                environ["CONTENT_TYPE"] = value
            else:
                environ[f"HTTP_{key}"] = value
        started: list[Any] = []
        written: list[bytes] = []

        def start_response(status: str, headers: list[tuple[str, str]],
                           exc_info: Any = None) -> Callable[[bytes], None]:
            if exc_info is not None and started:
                raise exc_info[1].with_traceback(exc_info[2])
            started[:] = [status, headers]
            return written.append

        try:
            result = self.app(environ, start_response)
            try:
                body = _capped(_chain(written, result), limits.max_bytes)
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()
        except Exception as exc:
            raise _raised(exc) from exc
        if not started:
            raise FetchError(11200, "the WSGI app gave no response (start_response not called)")
        status_text, headers = started
        try:
            status = int(str(status_text).split(" ", 1)[0])
        except ValueError:
            raise FetchError(11200, f"the WSGI app gave a bad status {status_text!r}") from None
        return Answer(status, tuple((k.lower(), v) for k, v in headers), body, request.url)


def _chain(first: list[bytes], rest: Iterable[bytes]) -> Iterable[bytes]:
    yield from first
    yield from rest


class ASGIApp(_Mounted):
    """An ASGI app (FastAPI, Starlette, Django, ...) run on a private event loop, no server.

    The app's lifespan (startup and shutdown handlers) runs on first use and on :meth:`close`.
    """

    def __init__(self, app: ASGIApplication, base_url: str = DEFAULT_BASE_URL) -> None:
        super().__init__(base_url)
        self.app: ASGIApplication = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._state: dict[str, Any] = {}
        self._lifespan: _Lifespan | None = None

    def _run(self, coro: Awaitable[Any]) -> Any:
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.new_event_loop()
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return loop.run_until_complete(coro)
        # called from async code: run the private loop in a helper thread meanwhile
        box: list[Any] = []

        def target() -> None:
            try:
                box.append((True, loop.run_until_complete(coro)))
            except BaseException as exc:
                box.append((False, exc))

        thread = threading.Thread(target=target, name="laml-asgi")
        thread.start()
        thread.join()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        if self._lifespan is None:
            self._lifespan = _Lifespan(self.app, self._state)
            self._run(self._lifespan.startup())
        try:
            return self._run(  # type: ignore[no-any-return]
                asyncio.wait_for(self._request(request, limits), limits.total_timeout)
            )
        except TimeoutError:
            raise FetchError(
                11200, f"the app did not answer within {limits.total_timeout:g} s"
            ) from None
        except FetchError:
            raise
        except Exception as exc:
            raise _raised(exc) from exc

    async def _request(self, request: PlatformRequest, limits: Limits) -> Answer:
        parts = urlsplit(request.url)
        scheme, host, port = origin(request.url)
        raw_path = parts.path[len(self._prefix):] or "/"
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": scheme,
            "path": unquote(raw_path),
            "raw_path": raw_path.encode("ascii", "replace"),
            "query_string": parts.query.encode("ascii", "replace"),
            "root_path": unquote(self._prefix),
            "headers": [
                (b"host", _host_header(request.url).encode("latin-1")),
                *((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers),
                (b"content-length", str(len(request.body)).encode("ascii")),
            ],
            "client": ("127.0.0.1", 40000),
            "server": (host, port),
            "state": dict(self._state),
        }
        done = asyncio.Event()
        sent = False
        status: list[int] = []
        headers: list[tuple[str, str]] = []
        body = bytearray()

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": request.body, "more_body": False}
            await done.wait()
            return {"type": "http.disconnect"}

        async def send(message: Mapping[str, Any]) -> None:
            kind = message.get("type")
            if kind == "http.response.start":
                status.append(int(message["status"]))
                headers.extend(
                    (bytes(k).decode("latin-1").lower(), bytes(v).decode("latin-1"))
                    for k, v in message.get("headers", ())
                )
            elif kind == "http.response.body":
                if len(body) <= limits.max_bytes:
                    body.extend(bytes(message.get("body", b""))[: limits.max_bytes + 1 - len(body)])
                if not message.get("more_body", False):
                    done.set()

        await self.app(scope, receive, send)
        done.set()
        if not status:
            raise FetchError(11200, "the ASGI app gave no response")
        return Answer(status[0], tuple(headers), bytes(body), request.url)

    def close(self) -> None:
        loop = self._loop
        if loop is None:
            return
        try:
            if self._lifespan is not None:
                self._run(self._lifespan.shutdown())
        finally:
            self._lifespan = None
            self._loop = None
            loop.close()


class _Lifespan:
    """An ASGI app's lifespan protocol: startup once, shutdown at the end."""

    def __init__(self, app: Callable[..., Awaitable[None]], state: dict[str, Any]) -> None:
        self.app = app
        self.state = state
        self.task: asyncio.Task[None] | None = None
        self.inbox: asyncio.Queue[dict[str, Any]] | None = None
        self.outbox: asyncio.Queue[dict[str, Any]] | None = None

    async def startup(self) -> None:
        self.inbox, self.outbox = asyncio.Queue(), asyncio.Queue()
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"},
                 "state": self.state}
        inbox, outbox = self.inbox, self.outbox

        async def run() -> None:
            try:
                await self.app(scope, inbox.get, outbox.put)
            except Exception as exc:  # an app without lifespan support may raise
                await outbox.put({"type": "lifespan.unsupported", "message": str(exc)})
            else:
                await outbox.put({"type": "lifespan.ended"})

        self.task = asyncio.get_running_loop().create_task(run())
        await inbox.put({"type": "lifespan.startup"})
        message = await outbox.get()
        if message["type"] == "lifespan.startup.failed":
            raise FetchError(11200, f"the app's startup failed: {message.get('message', '')}")
        if message["type"] != "lifespan.startup.complete":
            self.task = None  # no lifespan: nothing to shut down

    async def shutdown(self) -> None:
        if self.task is None or self.inbox is None or self.outbox is None:
            return
        await self.inbox.put({"type": "lifespan.shutdown"})
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.outbox.get(), 5.0)
        self.task.cancel()
        with contextlib.suppress(BaseException):  # cancelled on purpose
            await self.task


class SupportsToXml(Protocol):
    """A document object: a laml element, or anything else with a ``to_xml()`` (twilio's)."""

    def to_xml(self) -> str: ...


#: A document as :class:`Documents` serves it: its text, its bytes, or an element.
Document: TypeAlias = "str | bytes | SupportsToXml"
#: A value of :class:`Documents`: a document, or a function of the request's parameters
#: returning one.
DocumentSource: TypeAlias = "Document | Callable[[FormParams], Document]"


def _document_bytes(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    to_xml = getattr(value, "to_xml", None)
    if callable(to_xml):
        return str(to_xml()).encode("utf-8")
    raise TypeError(
        f"a document is text, bytes or a laml element, not {type(value).__name__}"
    )


class Documents(_Mounted):
    """Documents by URL: each value is a document (text, bytes, a laml element) or a function
    taking the request's parameters (a :class:`~laml.webhooks.FormParams`) and returning one.

    Keys are absolute URLs or paths below ``base_url``.
    """

    def __init__(
        self,
        documents: Mapping[str, DocumentSource],
        base_url: str = DEFAULT_BASE_URL,
    ) -> None:
        super().__init__(base_url)
        self.documents: dict[str, DocumentSource] = {}
        for key, value in documents.items():
            url = key if "://" in key else self.base_url + "/" + key.lstrip("/")
            self.documents[urlsplit(url)._replace(query="", fragment="").geturl()] = value
        self._origins = {origin(url) for url in self.documents}

    def serves(self, url: str) -> bool:
        return origin(url) in self._origins or super().serves(url)

    def describe(self) -> str:
        return ", ".join(sorted(self.documents)) or super().describe()

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        from laml.webhooks import FormParams

        key = urlsplit(request.url)._replace(query="", fragment="").geturl()
        value = self.documents.get(key)
        if value is None:
            return Answer(404, (("content-type", "text/plain"),), b"no such document", key)
        if callable(value) and not hasattr(value, "to_xml"):
            query = parse_qsl(urlsplit(request.url).query, keep_blank_values=True)
            params = FormParams(query if request.method == "GET" else request.params)
            try:
                value = value(params)
            except Exception as exc:
                raise _raised(exc) from exc
        try:
            body = _document_bytes(value)
        except TypeError as exc:
            raise FetchError(11217, f"the document function answered wrongly: {exc}",
                             status=500, exception=exc) from None
        return Answer(200, (("content-type", "text/xml; charset=utf-8"),), body, key)


class Folder(_Mounted):
    """A folder of documents and LaML Bin templates, served under ``base_url``.

    ``/menu``, ``/menu.xml`` and ``/menu/`` (its ``index.xml``) name ``menu.xml`` in the folder
    (``.laml``, ``.twiml`` and ``.cxml`` files too); ``/laml-bins/<SID>`` names the file that
    ``laml-bins.toml`` (written by ``laml bins pull``) records for that bin. Each file is
    rendered with the request's parameters and the URL's query, exactly as a hosted bin is
    (:func:`laml.render_bin`). Nothing outside the folder is ever read.
    """

    def __init__(self, path: str | os.PathLike[str], base_url: str = DEFAULT_BASE_URL) -> None:
        super().__init__(base_url)
        root = Path(path).resolve()
        if not root.is_dir():
            raise ValueError(f"not a folder: {os.fspath(path)}")
        self.root = root
        self.bins: dict[str, str] = self._read_manifest()

    def _read_manifest(self) -> dict[str, str]:
        try:
            data = tomllib.loads((self.root / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return {}
        bins: dict[str, str] = {}
        entries = data.get("bins", [])
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                sid, file = entry.get("sid"), entry.get("file")
                if isinstance(sid, str) and isinstance(file, str) and Path(file).name == file:
                    bins[sid] = file
        return bins

    def serves(self, url: str) -> bool:
        return super().serves(url) or self._bin_sid(url) is not None

    def describe(self) -> str:
        return f"{self.base_url}/ (the folder {self.root})"

    def _bin_sid(self, url: str) -> str | None:
        segments = urlsplit(url).path.split("/")
        if len(segments) == 3 and segments[1] == "laml-bins" and segments[2] in self.bins:
            return segments[2]
        return None

    def file_for(self, url: str) -> Path | None:
        """The file a URL names, or None (never a file outside the folder)."""
        sid = self._bin_sid(url)
        if sid is not None:
            candidates = [self.bins[sid]]
        else:
            if not super().serves(url):
                return None
            path = unquote(self._local_path(url))
            segments = path.strip("/").split("/") if path.strip("/") else []
            if any(s in ("", ".", "..") or "\\" in s or "\x00" in s for s in segments):
                return None
            relative = "/".join(segments)
            if not relative or path.endswith("/"):
                candidates = [f"{relative}/index{s}".lstrip("/") for s in DOCUMENT_SUFFIXES]
            elif relative.endswith(DOCUMENT_SUFFIXES):
                candidates = [relative]
            else:
                candidates = [relative + s for s in DOCUMENT_SUFFIXES]
                candidates += [f"{relative}/index{s}" for s in DOCUMENT_SUFFIXES]
        for candidate in candidates:
            file = (self.root / candidate).resolve()
            if file.is_relative_to(self.root) and file.is_file():
                return file
        return None

    def documents(self) -> list[Path]:
        """Every document in the folder, in name order."""
        return sorted(
            p for p in self.root.rglob("*")
            if p.suffix in DOCUMENT_SUFFIXES and p.is_file()
            and p.resolve().is_relative_to(self.root)
        )

    def url_of(self, file: Path) -> str:
        """The URL this folder serves ``file`` at."""
        relative = file.resolve().relative_to(self.root).as_posix()
        return f"{self.base_url}/{relative}"

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        from laml import render_bin
        from laml.errors import RenderError, TemplateSyntaxError

        file = self.file_for(request.url)
        if file is None:
            return Answer(404, (("content-type", "text/plain"),), b"no such document",
                          request.url)
        try:
            with open(file, "rb") as handle:
                data = handle.read(limits.max_bytes + 1)
        except OSError as exc:
            raise FetchError(11200, f"cannot read {file.name}: {exc.strerror}") from None
        if len(data) > limits.max_bytes:
            return Answer(200, (("content-type", "text/xml"),), data, request.url)
        try:
            contents = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FetchError(12100, f"{file.name} is not UTF-8 text ({exc.reason})") from None
        query = parse_qsl(urlsplit(request.url).query, keep_blank_values=True)
        params = list(query)
        if request.method == "POST":
            posted = {name for name, _ in request.params}
            params = [(k, v) for k, v in params if k not in posted] + list(request.params)
        try:
            text = render_bin(contents, params)
        except TemplateSyntaxError as exc:
            raise FetchError(
                12100, f"{file.name}:{exc.line}:{exc.column}: mustache syntax error: {exc.message}"
            ) from None
        except RenderError as exc:
            first = next((d for d in exc.diagnostics if d.severity == "error"), None)
            code = first.platform_code if first is not None and first.platform_code else 12100
            raise FetchError(code, f"{file.name}: {exc}",
                             diagnostics=exc.diagnostics) from None
        return Answer(200, (("content-type", "text/xml; charset=utf-8"),),
                      text.encode("utf-8"), request.url)


def _fragment_limits(fragment: str, limits: Limits) -> tuple[float, float, float]:
    """Connect, read and total timeouts, with the URL fragment's overrides (``ot``, ``rt``,
    ``tt`` in milliseconds, within the platform's ranges)."""
    connect, read, total = limits.connect_timeout, limits.read_timeout, limits.total_timeout
    for name, value in parse_qsl(fragment):
        try:
            ms = int(value)
        except ValueError:
            continue
        if name == "ot":
            connect = min(max(ms, 100), 10_000) / 1000
        elif name == "rt":
            read = min(max(ms, 100), 15_000) / 1000
        elif name == "tt":
            total = min(max(ms, 100), 15_000) / 1000
    return connect, read, total


class HTTP(Fetcher):
    """Real HTTP requests to the given origins only (the local bins server, an app being
    developed), with the platform's timeouts and body cap. Redirects are followed by
    :func:`fetch`, not here. Imports httpx when first used."""

    def __init__(self, origins: Iterable[str], *, verify: bool = True) -> None:
        self.origins: set[Origin] = {origin(url) for url in origins}
        if not self.origins:
            raise ValueError("name at least one origin (scheme://host[:port]) to request")
        self.verify = verify
        self._client: httpx.Client | None = None

    def serves(self, url: str) -> bool:
        return origin(url) in self.origins

    def describe(self) -> str:
        return ", ".join(f"{s}://{h}:{p}/" for s, h, p in sorted(self.origins))

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        import httpx

        if self._client is None:
            self._client = httpx.Client(follow_redirects=False, verify=self.verify,
                                        trust_env=False)
        connect, read, total = _fragment_limits(request.fragment, limits)
        timeout = httpx.Timeout(read, connect=connect, write=read, pool=connect)
        deadline = time.monotonic() + total
        try:
            with self._client.stream(request.method, request.url, content=request.body or None,
                                     headers=list(request.headers), timeout=timeout) as answer:
                buffer = bytearray()
                for chunk in answer.iter_raw():
                    buffer += chunk
                    if len(buffer) > limits.max_bytes:
                        break
                    if time.monotonic() > deadline:
                        raise FetchError(11200, f"no complete answer within {total:g} s")
                headers = tuple((k.lower(), v) for k, v in answer.headers.multi_items())
                return Answer(answer.status_code, headers, bytes(buffer[: limits.max_bytes + 1]),
                              request.url)
        except httpx.TimeoutException as exc:
            what = "connect" if isinstance(exc, httpx.ConnectTimeout) else "answer"
            limit = connect if what == "connect" else read
            raise FetchError(11200, f"could not {what} within {limit:g} s") from None
        except httpx.ConnectError as exc:
            if "ssl" in str(exc).lower() or "certificate" in str(exc).lower():
                raise FetchError(11220, f"TLS failed: {exc}") from None
            raise FetchError(11200, f"could not connect: {exc}") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(11200, f"the request failed: {exc}") from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


class Router(Fetcher):
    """Several fetchers: each request goes to the first that serves its URL."""

    def __init__(self, fetchers: Sequence[Fetcher]) -> None:
        self.fetchers: list[Fetcher] = list(fetchers)

    def route(self, url: str) -> Fetcher | None:
        """The fetcher serving ``url``, or None."""
        return next((f for f in self.fetchers if f.serves(url)), None)

    def serves(self, url: str) -> bool:
        return self.route(url) is not None

    def describe(self) -> str:
        return "; ".join(f.describe() for f in self.fetchers)

    def fetch(self, request: PlatformRequest, limits: Limits) -> Answer:
        fetcher = self.route(request.url)
        if fetcher is None:
            raise FetchError(
                11200,
                "outside this simulation: the platform would request it over the internet "
                f"(this simulation serves {self.describe()})",
            )
        return fetcher.fetch(request, limits)

    def close(self) -> None:
        for fetcher in self.fetchers:
            fetcher.close()


def is_asgi(app: object) -> bool:
    """Whether ``app`` is an ASGI app (an ``async`` callable) rather than a WSGI one."""
    if inspect.iscoroutinefunction(app):
        return True
    call = getattr(app, "__call__", None)  # noqa: B004
    return call is not None and inspect.iscoroutinefunction(call)


def fetch(
    router: Fetcher,
    request: PlatformRequest,
    limits: Limits,
    rebuild: Callable[[str, str, bool], PlatformRequest],
) -> Answer:
    """Send ``request`` through ``router``, following HTTP redirects as a browser does.

    ``rebuild(method, url, keep_body)`` makes the request for a redirect's target (signed for
    its URL). More than ``limits.max_redirects`` redirects fail with error 11215.
    """
    redirects: list[str] = []
    while True:
        answer = router.fetch(request, limits)
        if answer.status not in _REDIRECTS:
            return Answer(answer.status, answer.headers, answer.body, request.url,
                          tuple(redirects))
        location = answer.header("location")
        if not location:
            return Answer(answer.status, answer.headers, answer.body, request.url,
                          tuple(redirects))
        if len(redirects) >= limits.max_redirects:
            raise FetchError(11215, f"more than {limits.max_redirects} HTTP redirects "
                             f"(the last to {location})", status=answer.status)
        try:
            target = resolve(request.url, location)
        except URLError as exc:
            raise FetchError(11200, f"a redirect that cannot be followed: {exc}",
                             status=answer.status) from None
        redirects.append(target)
        keep = answer.status in (307, 308)
        method = request.method if keep or request.method == "GET" else "GET"
        request = rebuild(method, target, keep)
