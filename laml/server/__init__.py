"""A local LaML Bins server: the platform's LamlBins REST API and bin URLs, on your machine.

Install it with ``pip install "laml-tools[server]"`` and run ``laml serve``, or start one from
Python with :class:`LocalServer` (a background thread; tests and examples use it).

Why Starlette and uvicorn: the server must answer the sync and the async client at once,
including slow or stalled requests, so an ASGI stack fits better than a threaded WSGI one.
Starlette is a small, well-kept ASGI toolkit (routing, requests, responses, thread pool for
blocking work) with a single runtime dependency (anyio, already pulled in by httpx); uvicorn is
its reference server, runs in pure Python over h11, and can be started on a pre-bound socket
inside a thread, which makes free-port test servers easy. Storage is the standard library's
:mod:`sqlite3` (see :mod:`laml.server._store`).
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        'the local bins server needs the "server" extra: pip install "laml-tools[server]"'
    ) from _missing

from laml.server._app import (
    API_VERSION,
    FINDINGS_HEADER,
    create_app,
    public_base,
    render_contents,
)
from laml.server._limits import ServerLimits
from laml.server._runner import LocalServer, new_credentials, serve
from laml.server._store import (
    DEFAULT_CONTENTS,
    DEFAULT_DB,
    BinRecord,
    BinStore,
    Listing,
    StoreUnavailableError,
)

__all__ = [
    "API_VERSION",
    "DEFAULT_CONTENTS",
    "DEFAULT_DB",
    "FINDINGS_HEADER",
    "BinRecord",
    "BinStore",
    "Listing",
    "LocalServer",
    "ServerLimits",
    "StoreUnavailableError",
    "create_app",
    "new_credentials",
    "public_base",
    "render_contents",
    "serve",
]
