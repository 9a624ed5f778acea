"""Connections of the local bins server: deadlines, a cap on their number, a quiet log.

uvicorn's HTTP/1.1 protocol (over h11) closes a connection idle after an answer, but it waits
for a request's headers as long as the client likes, and it keeps every connection it accepts.
:class:`GuardedProtocol` adds these bounds, so that slow or idle clients cannot hold the server:

* a connection has ``header_timeout`` seconds to send a request's line and headers, from when
  it opens or its previous answer ends (this also bounds how long the rest of a refused body is
  read and thrown away); then it is closed;
* a request's line and headers longer than ``max_header_bytes`` are refused (400), however
  they arrive (h11 checks the length only between the pieces it is given);
* the rest of a body refused (413) is read and dropped up to four times ``max_body_bytes``,
  so that the client reads the answer and may go on; beyond that the connection is closed;
* beyond ``max_connections``, a new connection closes the one idle for longest (no request in
  progress); when every connection has a request in progress, the new one is closed.

:class:`RepeatFilter` keeps a log readable under such traffic: the same message comes out at
most once per interval, with a count of the ones held back.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from laml.server._limits import ServerLimits

__all__ = ["GuardedProtocol", "RepeatFilter", "protocol_for", "quiet_repeats"]

logger = logging.getLogger("laml.server.connections")


class GuardedProtocol(H11Protocol):
    """uvicorn's h11 protocol with a header deadline and a connection cap (``limits``)."""

    limits: ClassVar[ServerLimits] = ServerLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._idle_since = time.monotonic()
        self._received = 0  # while waiting: bytes of a request head, or of a refused body
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._wait_for_request()
        if self._open_connections() > self.limits.max_connections:
            self._make_room()

    def data_received(self, data: bytes) -> None:
        # h11 refuses an incomplete request head longer than max_header_bytes, but it checks
        # only after each piece it is given: cut the piece where the head passes the cap.
        if self.conn.their_state is h11.SEND_BODY and not self.busy():
            # The rest of the body of a request already answered (refused): drop up to four
            # times the body cap of it, so that the client can read the answer and go on with
            # the connection; close rather than read more.
            self._received += len(data)
            if self._received > 4 * self.limits.max_body_bytes:
                self.transport.close()
                return
        elif self.conn.their_state is h11.IDLE:
            room = self.limits.max_header_bytes + 1 - self._received
            if 0 < room < len(data):
                self._received += room
                super().data_received(data[:room])
                if self.transport.is_closing():
                    return
                data = data[room:]
            else:
                self._received += len(data)
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._wait_for_request()

    def busy(self) -> bool:
        """Whether a request is in progress: its headers came, its answer is not complete."""
        return self.cycle is not None and not self.cycle.response_complete

    def close_idle(self) -> None:
        """Close the connection (when no request is in progress on it)."""
        if not self.busy() and not self.transport.is_closing():
            self.transport.close()

    def _wait_for_request(self) -> None:
        self._idle_since = time.monotonic()
        self._received = 0
        self._cancel_deadline()
        self._deadline = self.loop.call_later(self.limits.header_timeout, self._late)

    def _cancel_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _late(self) -> None:
        self._deadline = None
        if not self.busy():
            logger.debug("closing a connection that sent no request within %s seconds",
                         self.limits.header_timeout)
            self.close_idle()

    def _open_connections(self) -> int:
        return sum(1 for c in self.connections if not c.transport.is_closing())

    def _make_room(self) -> None:
        idle = [
            c for c in self.connections
            if isinstance(c, GuardedProtocol) and c is not self and not c.busy()
            and not c.transport.is_closing()
        ]
        oldest = min(idle, key=lambda c: c._idle_since, default=None)
        if oldest is None:
            logger.warning("%s connections are open, the limit, all with requests in "
                           "progress: closing new connections", self.limits.max_connections)
            self.transport.close()
        else:
            logger.warning("%s connections are open, the limit: closing the longest idle ones",
                           self.limits.max_connections)
            oldest.close_idle()


def protocol_for(limits: ServerLimits) -> type[GuardedProtocol]:
    """A :class:`GuardedProtocol` class that applies ``limits`` (uvicorn's ``http=``)."""
    return type("LamlProtocol", (GuardedProtocol,), {"limits": limits})


class RepeatFilter(logging.Filter):
    """Lets each message (by logger and format) through at most once per ``interval`` seconds.

    The next one let through says how many were held back meanwhile.
    """

    def __init__(self, interval: float = 10.0) -> None:
        super().__init__()
        self.interval = interval
        self._lock = threading.Lock()
        self._last: dict[tuple[str, str], float] = {}
        self._held: dict[tuple[str, str], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg).partition("\n")[0])
        now = time.monotonic()
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < self.interval:
                self._held[key] = self._held.get(key, 0) + 1
                return False
            if len(self._last) > 1000:  # messages with varying formats: forget old ones
                self._last.clear()
                self._held.clear()
            self._last[key] = now
            held = self._held.pop(key, 0)
        if held:
            record.msg = f"{record.getMessage()} ({held} more like it held back)"
            record.args = None
        return True


def quiet_repeats(*names: str) -> None:
    """Put one :class:`RepeatFilter` on each named logger (once)."""
    for name in names:
        target = logging.getLogger(name)
        if not any(isinstance(f, RepeatFilter) for f in target.filters):
            target.addFilter(RepeatFilter())
