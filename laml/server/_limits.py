"""What the local bins server accepts from one client, and for how long it waits.

Every request parameter, body and connection is untrusted: these caps keep what one client can
make the server read, hold or compute bounded, whatever it sends.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["ServerLimits"]


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """Caps and timeouts of the local bins server (see docs/bins.md).

    ``max_body_bytes``
        Largest request body. A larger ``Content-Length`` is refused before the body is read,
        a longer streamed body as soon as it passes the cap: ``413``. The rest of a refused
        body is read and dropped up to four times this much (the connection can go on), then
        the connection is closed.
    ``max_params``
        Most parameters (name/value pairs, query and body together) in one request: ``413``.
    ``max_header_bytes``
        Largest request line and headers: the connection gets a ``400`` and is closed.
    ``header_timeout``
        Seconds a connection has to send a request's line and headers, from when it opens or
        its previous answer ends; then it is closed without an answer.
    ``keep_alive``
        Whole seconds an idle connection is kept open between requests.
    ``body_timeout``
        Seconds a client has to send the whole body of a request: ``408``.
    ``max_connections``
        Open connections at once. One more closes the connection idle for longest (waiting for
        a request, or after its answer); when every connection has a request in progress, the
        new one is closed. Requests beyond it are answered ``503``.
    ``workers``
        Requests parsed, linted or rendered at once (in worker threads); the others wait.
    """

    max_body_bytes: int = 1024 * 1024
    max_params: int = 1000
    max_header_bytes: int = 16 * 1024
    header_timeout: float = 10.0
    keep_alive: int = 5
    body_timeout: float = 30.0
    max_connections: int = 256
    workers: int = max(2, os.cpu_count() or 1)

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_params", "max_header_bytes", "max_connections",
                     "workers"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("header_timeout", "keep_alive", "body_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be a positive number of seconds")
