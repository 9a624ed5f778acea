"""How long a request may take and how much it may read: :class:`ClientLimits`.

httpx's ``timeout`` bounds each network operation (connect, one read, one write), so a server
that sends one byte a second never trips it. The clients therefore also enforce:

* a **deadline** for each method call (every try, every wait between tries and the whole
  answer included): every socket operation is given at most the time left, and the body is
  checked between chunks;
* a **size cap** on each answer: the body is streamed and reading stops past the cap (a
  ``Content-Length`` above it is refused before any byte of the body is read);
* a **page cap** on a listing, whatever next-page links the server invents.

The deadline reaches the sockets through a context variable read by a thin wrapper around
httpcore's network backend; with a transport of your own (``transport=``), it is checked
between chunks of the body only.
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

__all__ = [
    "DEFAULT_LIMITS",
    "AnswerTooLargeError",
    "ClientLimits",
    "aread_capped",
    "deadline_exceeded",
    "install_deadline",
    "read_capped",
    "running_until",
]

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ClientLimits:
    """Caps on what one call of a bins client may cost.

    ``deadline``: seconds one method call may take in all, from its first request to the last
    byte of its last answer, tries and waits between them included (``None``: no deadline;
    each network operation is still bounded by ``timeout``). A listing applies it to each page.

    ``max_response_bytes``: the largest answer read, after decompression; a larger one stops
    the call with a :class:`~laml.bins.BinsError`. A bin holds at most 64 kB, so the default
    leaves room for pages of several hundred bins.

    ``max_pages``: the most pages one listing follows before it stops with a
    :class:`~laml.bins.BinsError` (with 50 bins a page, the default reads 50,000 bins).

    >>> ClientLimits(deadline=20).max_pages
    1000
    """

    deadline: float | None = 60.0
    max_response_bytes: int = 32 * _MIB
    max_pages: int = 1000

    def __post_init__(self) -> None:
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"deadline must be more than 0 seconds, not {self.deadline}")
        if self.max_response_bytes < 1:
            raise ValueError("max_response_bytes must be 1 or more")
        if self.max_pages < 1:
            raise ValueError("max_pages must be 1 or more")


DEFAULT_LIMITS = ClientLimits()

#: time.monotonic() value by which the current call must be done, or None.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "laml_bins_deadline", default=None
)


@contextmanager
def running_until(at: float | None) -> Iterator[None]:
    """Within the block, socket operations of this thread (or task) end by ``at``."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def deadline_exceeded(at: float | None) -> bool:
    """Whether the monotonic clock has passed ``at``."""
    return at is not None and time.monotonic() >= at


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    at = _DEADLINE.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the deadline of the call has passed")
    return left if timeout is None else min(timeout, left)


# -- sync ----------------------------------------------------------------------------------


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, bounded, local_address,
                                                 socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# -- async ---------------------------------------------------------------------------------


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_tcp(host, port, bounded, local_address,
                                                            socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, bounded,
                                                                    socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _wrap_pool(transport: object) -> bool:
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _Backend | _AsyncBackend):
        return True
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]
        return True
    return False


def install_deadline(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Make the sockets of ``client``'s own transports honour :func:`running_until`.

    Returns whether every transport could be reached (httpx's default ones can; a transport
    passed in by the caller is left alone, and the body checks remain).
    """
    transports: list[object] = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    return all(_wrap_pool(t) for t in transports if t is not None)


# -- answers -------------------------------------------------------------------------------


class AnswerTooLargeError(Exception):
    """An answer longer than :attr:`ClientLimits.max_response_bytes` (reading stopped)."""


def _declared_too_large(response: httpx.Response, cap: int) -> bool:
    declared = response.headers.get("Content-Length", "")
    return declared.strip().isdigit() and int(declared) > cap


def _with_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """A complete response carrying the decoded ``body`` read from a streamed one."""
    skip = {"content-encoding", "content-length", "transfer-encoding"}
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in skip]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request,
        extensions={"reason_phrase": response.reason_phrase.encode("ascii", "replace"),
                    "http_version": response.http_version.encode("ascii", "replace")},
    )


class _CappedBody:
    """The body of a streamed answer, taken chunk by chunk: stops past ``cap`` bytes (or a
    ``Content-Length`` above it) or the deadline ``at``. Does no I/O: the sync and the async
    reader feed it."""

    def __init__(self, response: httpx.Response, cap: int, at: float | None) -> None:
        if _declared_too_large(response, cap):
            raise AnswerTooLargeError
        self.response, self.cap, self.at = response, cap, at
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.cap:
            raise AnswerTooLargeError
        if deadline_exceeded(self.at):
            raise httpx.ReadTimeout("the deadline of the call has passed",
                                    request=self.response.request)
        self.chunks.append(chunk)

    def complete(self) -> httpx.Response:
        return _with_body(self.response, b"".join(self.chunks))


def read_capped(response: httpx.Response, cap: int, at: float | None) -> httpx.Response:
    """Read a streamed answer, stopping past ``cap`` bytes or the deadline ``at``."""
    try:
        body = _CappedBody(response, cap, at)
        for chunk in response.iter_bytes():
            body.add(chunk)
    finally:
        response.close()
    return body.complete()


async def aread_capped(response: httpx.Response, cap: int, at: float | None) -> httpx.Response:
    """:func:`read_capped` for an answer of an async client."""
    try:
        body = _CappedBody(response, cap, at)
        async for chunk in response.aiter_bytes():
            body.add(chunk)
    finally:
        await response.aclose()
    return body.complete()
