"""Running the bins server: in the foreground (``laml serve``) or in a background thread."""

from __future__ import annotations

import contextlib
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.applications import Starlette

from laml.server._app import create_app
from laml.server._connections import protocol_for, quiet_repeats
from laml.server._limits import ServerLimits
from laml.server._store import BinStore

if TYPE_CHECKING:
    from laml.bins import AsyncBinsClient, BinsClient

__all__ = ["LocalServer", "new_credentials", "serve"]


#: Connections waiting to be accepted. asyncio accepts up to this many at once, before any of
#: them is looked at: with max_connections it bounds the open files a burst can take.
_BACKLOG = 128


def new_credentials() -> tuple[str, str]:
    """A fresh project ID (a UUID, as on the platform) and a random token."""
    return str(uuid.uuid4()), "PT" + secrets.token_hex(24)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(_BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _config(app: Starlette, limits: ServerLimits, log_level: str) -> uvicorn.Config:
    """uvicorn's settings for ``app``: its protocol with deadlines and the connection cap."""
    config = uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="off",
        http=protocol_for(limits),
        # The protocol keeps open connections within max_connections: uvicorn's own limit
        # (503 beyond it) then only bounds requests in progress, counting abandoned ones.
        limit_concurrency=limits.max_connections + 1,
        timeout_keep_alive=limits.keep_alive,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        backlog=_BACKLOG,
    )
    quiet_repeats("uvicorn.error", "laml.server.connections")
    return config


def serve(
    store: BinStore,
    *,
    project_id: str,
    token: str,
    host: str = "127.0.0.1",
    port: int = 8080,
    validate: bool = True,
    log_level: str = "info",
    on_ready: Callable[[str], None] | None = None,
    public_url: str | None = None,
    limits: ServerLimits | None = None,
) -> None:
    """Serve ``store`` until interrupted (Ctrl-C), in this thread.

    The port is bound before ``on_ready`` is called with the server's URL, so an address in
    use raises :class:`OSError` before anything is announced. ``public_url`` is the base of
    the bins' ``request_url`` (by default the address clients reach); ``limits`` caps what
    one client may send and hold (see :class:`ServerLimits`).
    """
    limits = limits or ServerLimits()
    app = create_app(store, project_id=project_id, token=token, validate=validate,
                     public_url=public_url, limits=limits)
    _enough_files(limits)
    sock = _bind(host, port)
    try:
        if on_ready is not None:
            on_ready(_url(host, sock.getsockname()[1]))
        config = _config(app, limits, log_level)
        quiet_repeats("asyncio")  # this process is the server's: keep its log readable
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


def _enough_files(limits: ServerLimits) -> None:
    """Raise this process's open-file limit, if need be and allowed, to hold every connection."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return
    needed = limits.max_connections + 2 * _BACKLOG + 64
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE,
                           (needed if hard == resource.RLIM_INFINITY else min(hard, needed), hard))


class LocalServer:
    """The bins server in a background thread, on loopback and a free port by default.

    >>> with LocalServer() as server:                  # doctest: +SKIP
    ...     client = server.client()

    ``project_id`` and ``token`` are made up when not given. ``public_url`` and ``limits``
    are as for :func:`serve`. ``stop`` (or leaving the ``with`` block) shuts the server down
    and closes its database.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | Path = ":memory:",
        project_id: str | None = None,
        token: str | None = None,
        validate: bool = True,
        log_level: str = "warning",
        public_url: str | None = None,
        limits: ServerLimits | None = None,
    ) -> None:
        made_id, made_token = new_credentials()
        self.host: str = host
        self.project_id: str = project_id or made_id
        self.token: str = token or made_token
        self.limits: ServerLimits = limits or ServerLimits()
        self.store: BinStore = BinStore(db)
        try:
            self.app: Starlette = create_app(
                self.store, project_id=self.project_id, token=self.token, validate=validate,
                public_url=public_url, limits=self.limits,
            )
            self._sock = _bind(host, port)
        except BaseException:
            self.store.close()
            raise
        self.port: int = self._sock.getsockname()[1]
        self._server = uvicorn.Server(_config(self.app, self.limits, log_level))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True,
            name=f"laml-bins-server-{self.port}",
        )

    def __repr__(self) -> str:
        return f"LocalServer(url={self.url!r}, project_id={self.project_id!r})"

    @property
    def url(self) -> str:
        """Base URL of the server, e.g. ``http://127.0.0.1:50123``."""
        return _url(self.host, self.port)

    def env(self) -> dict[str, str]:
        """Environment variables that point the client and ``laml bins`` at this server."""
        return {
            "SIGNALWIRE_SPACE_URL": self.url,
            "SIGNALWIRE_PROJECT_ID": self.project_id,
            "SIGNALWIRE_TOKEN": self.token,
        }

    def start(self, timeout: float = 10.0) -> LocalServer:
        """Start serving; returns once the server accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                self.stop()
                raise RuntimeError("the bins server did not start")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the bins server did not start in time")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and close the database."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()
        self.store.close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self, **options: Any) -> BinsClient:
        """A :class:`~laml.bins.BinsClient` for this server."""
        from laml.bins import BinsClient

        return BinsClient(self.url, self.project_id, self.token, **options)

    def async_client(self, **options: Any) -> AsyncBinsClient:
        """An :class:`~laml.bins.AsyncBinsClient` for this server."""
        from laml.bins import AsyncBinsClient

        return AsyncBinsClient(self.url, self.project_id, self.token, **options)
