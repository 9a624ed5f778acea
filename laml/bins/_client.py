"""REST client of the LaML Bins API: one request builder, a sync and an async client.

:class:`RequestBuilder` knows the platform's URLs, parameters and answers and does no I/O;
:class:`BinsClient` (on :class:`httpx.Client`) and :class:`AsyncBinsClient` (on
:class:`httpx.AsyncClient`) only send what it builds, retry by the rules of
:class:`RetryPolicy`, and hand the answer back to it.

Retry rules: GET and DELETE are retried with exponential backoff and jitter after 429 (waiting
at least the server's ``Retry-After``), 5xx and transport errors. A POST creates or changes a
bin, so it is retried only when it surely never reached the server (the connection could not be
opened); a create is never sent twice. The waits of one call add up to at most
``RetryPolicy.max_wait`` seconds, and :class:`~laml.bins.ClientLimits` caps the call's time,
the size of each answer and the pages of a listing.

Every error leaving a client has the credentials masked (see :mod:`laml.bins._scrub`).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import httpx

from laml.bins._checks import lint_errors, summarize
from laml.bins._config import API_PREFIX, Credentials, resolve_credentials
from laml.bins._exceptions import (
    AuthError,
    BinsError,
    InvalidContents,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
)
from laml.bins._models import LamlBin, LamlBinPage
from laml.bins._scrub import SECRET_FILTER, mask, scrub_error
from laml.bins._transport import (
    DEFAULT_LIMITS,
    AnswerTooLargeError,
    ClientLimits,
    aread_capped,
    deadline_exceeded,
    install_deadline,
    read_capped,
    running_until,
)

__all__ = ["DEFAULT_TIMEOUT", "AsyncBinsClient", "BinsClient", "RequestBuilder", "RetryPolicy"]

log = logging.getLogger("laml.bins")

DEFAULT_TIMEOUT = 10.0
_IDEMPOTENT = frozenset({"GET", "HEAD", "DELETE"})
_SID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
T = TypeVar("T")


def _version() -> str:
    from laml import __version__

    return __version__


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to wait before a request is sent again.

    The n-th retry (n = 0, 1, ...) waits between half and all of
    ``min(max_backoff, backoff * 2**n)`` seconds, chosen by ``jitter()`` (a number in [0, 1)).
    A 429 waits at least its ``Retry-After``; one that asks for more than ``max_retry_after``
    seconds is not retried, and :class:`RateLimited` carries the hint instead. The waits of one
    call add up to at most ``max_wait`` seconds: a wait that would go beyond is not made, and
    the last answer or error is handed to the caller (so ``Retry-After: 59`` gives a
    :class:`RateLimited` with ``retry_after == 59`` at once rather than minutes of sleep).
    """

    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    max_wait: float = 30.0
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def backoff_delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        cap = min(self.max_backoff, self.backoff * (2**attempt))
        return float(cap / 2 + (cap / 2) * self.jitter())

    def delay_after_error(self, method: str, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before resending after a transport error, or None to give up."""
        if attempt >= self.retries or not isinstance(error, httpx.TransportError):
            return None
        never_sent = isinstance(
            error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
        )
        if method in _IDEMPOTENT or never_sent:
            return self.backoff_delay(attempt)
        return None

    def delay_after_response(
        self, method: str, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to wait before resending after this answer, or None to keep it."""
        status = response.status_code
        if attempt >= self.retries or method not in _IDEMPOTENT:
            return None
        if status != 429 and not 500 <= status <= 599:
            return None
        delay = self.backoff_delay(attempt)
        hint = retry_after(response)
        if hint is not None:
            if hint > self.max_retry_after:
                return None
            delay = max(delay, hint)
        return delay


def retry_after(response: httpx.Response) -> float | None:
    """The ``Retry-After`` header in seconds (from seconds or an HTTP date), or None."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request to send and how to read its answer (``retried`` says whether it was resent)."""

    method: str
    url: str
    parse: Callable[[httpx.Response, bool], T] = field(repr=False)
    form: Mapping[str, str] | None = None


class RequestBuilder:
    """Builds the platform's requests and reads its answers; does no I/O."""

    def __init__(self, credentials: Credentials) -> None:
        self.space_url = credentials.space_url
        self.project_id = credentials.project_id
        self.collection_url = (
            f"{self.space_url}{API_PREFIX}/Accounts/{quote(self.project_id, safe='')}/LamlBins"
        )
        raw = f"{credentials.project_id}:{credentials.token}".encode()
        self._authorization = "Basic " + base64.b64encode(raw).decode("ascii")
        self._secrets = (credentials.token, base64.b64encode(raw).decode("ascii"))

    def __repr__(self) -> str:
        return f"RequestBuilder(space_url={self.space_url!r}, project_id={self.project_id!r})"

    def headers(self) -> dict[str, str]:
        """Headers of every request, the Authorization header among them."""
        return {
            "Authorization": self._authorization,
            "Accept": "application/json",
            "User-Agent": f"laml/{_version()}",
        }

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never show: the token and the ``Authorization`` value."""
        return self._secrets

    def scrub(self, text: str) -> str:
        """``text`` with any copy of the credentials masked."""
        return mask(text, self._secrets)

    def bin_url(self, sid: str) -> str:
        """URL of one bin; refuses SIDs that could leave the collection."""
        if not isinstance(sid, str) or not _SID.match(sid):
            raise ValueError(f"not a bin SID: {sid!r}")
        return f"{self.collection_url}/{sid}"

    # -- operations ------------------------------------------------------------------------

    def create(self, name: str, contents: str | None) -> Call[LamlBin]:
        """POST a new bin."""
        form = {"Name": _check_name(name)}
        if contents is not None:
            form["Contents"] = contents
        return Call("POST", self.collection_url, self._read_bin, form)

    def get(self, sid: str) -> Call[LamlBin]:
        """GET one bin."""
        return Call("GET", self.bin_url(sid), self._read_bin)

    def update(self, sid: str, name: str, contents: str | None) -> Call[LamlBin]:
        """POST new values to one bin (the platform wants ``Name`` every time)."""
        form = {"Name": _check_name(name)}
        if contents is not None:
            form["Contents"] = contents
        return Call("POST", self.bin_url(sid), self._read_bin, form)

    def delete(self, sid: str) -> Call[None]:
        """DELETE one bin."""
        return Call("DELETE", self.bin_url(sid), self._read_deleted)

    def first_page(self, name: str | None, page_size: int) -> Call[LamlBinPage]:
        """GET the first page of a listing."""
        if not 1 <= page_size <= 1000:
            raise ValueError(f"page_size must be between 1 and 1000, not {page_size}")
        params: dict[str, str | int] = {"PageSize": page_size}
        if name:
            params["Name"] = name
        url = str(httpx.URL(self.collection_url, params=params))
        return Call("GET", url, self._read_page)

    def next_page(self, page: LamlBinPage) -> Call[LamlBinPage] | None:
        """GET the page after ``page``, following its link; None on the last page."""
        if not page.next_page_uri:
            return None
        url = urljoin(self.space_url + "/", page.next_page_uri)
        want, got = urlsplit(self.space_url), urlsplit(url)
        if (want.scheme, want.netloc) != (got.scheme, got.netloc):
            raise BinsError(
                f"refusing to follow a next-page link to another host: {got.scheme}://{got.netloc}"
            )
        return Call("GET", url, self._read_page)

    # -- answers ---------------------------------------------------------------------------

    def raise_for_status(self, response: httpx.Response) -> None:
        """Raise the matching :class:`BinsError` unless the answer is a success."""
        status = response.status_code
        if 200 <= status < 300:
            return
        code, message, more_info = _error_fields(response)
        message = self.scrub(message)
        where = f"{response.request.method} {response.request.url.path}"
        text = f"{where}: {message}"
        kwargs: dict[str, Any] = {"status": status, "code": code, "more_info": more_info}
        if status in (401, 403):
            raise AuthError(text, **kwargs)
        if status == 404:
            raise NotFound(text, **kwargs)
        if status == 422:
            raise InvalidContents(text, **kwargs)
        if status == 429:
            raise RateLimited(text, retry_after=retry_after(response), **kwargs)
        if status >= 500:
            raise ServerError(text, **kwargs)
        if 300 <= status < 400:
            location = response.headers.get("Location", "?")
            raise BinsError(f"{where}: unexpected redirect to {location}", **kwargs)
        raise BinsError(text, **kwargs)

    def transport_error(self, method: str, url: str, error: Exception, attempts: int) -> BinsError:
        """A :class:`TransportError` for a request that got no usable answer."""
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        detail = self.scrub(str(error))
        if not detail and isinstance(error, httpx.TimeoutException):
            detail = "no answer in time"
        kind = type(error).__name__ + (f": {detail}" if detail else "")
        return TransportError(f"{method} {urlsplit(url).path}: {kind}{tries}")

    def _json(self, response: httpx.Response) -> Any:
        self.raise_for_status(response)
        try:
            return response.json()
        except ValueError:
            raise BinsError(
                f"{response.request.method} {response.request.url.path}: the answer is not JSON",
                status=response.status_code,
            ) from None

    def _read_bin(self, response: httpx.Response, retried: bool) -> LamlBin:
        data = self._json(response)
        try:
            return LamlBin.from_json(data)
        except (ValueError, TypeError) as exc:
            raise BinsError(f"unexpected bin object in the answer: {exc}") from None

    def _read_page(self, response: httpx.Response, retried: bool) -> LamlBinPage:
        data = self._json(response)
        try:
            return LamlBinPage.from_json(data)
        except (ValueError, TypeError) as exc:
            raise BinsError(f"unexpected list page in the answer: {exc}") from None

    def _read_deleted(self, response: httpx.Response, retried: bool) -> None:
        # A DELETE that was resent may find the bin already gone: the first attempt did it.
        if retried and response.status_code == 404:
            return
        self.raise_for_status(response)


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a bin needs a non-empty name")
    return name


def _error_fields(response: httpx.Response) -> tuple[int | None, str, str | None]:
    """(platform code, message, more_info) of an error answer, whatever its shape."""
    reason = response.reason_phrase or "error"
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return None, (text[:200] if text else reason), None
    if isinstance(body, dict):
        if isinstance(body.get("errors"), list) and body["errors"]:
            first = body["errors"][0]
            if isinstance(first, dict):
                return None, str(first.get("message") or first.get("detail") or reason), None
        code = body.get("code")
        return (
            int(code) if isinstance(code, int) else None,
            str(body.get("message") or reason),
            str(body["more_info"]) if body.get("more_info") else None,
        )
    return None, reason, None


def _refuse_invalid(contents: str) -> None:
    errors = lint_errors(contents)
    if errors:
        raise InvalidContents(
            f"contents refused before sending: {summarize(errors)}",
            status=None,
            diagnostics=errors,
        )


def _retry_policy(retries: int | RetryPolicy) -> RetryPolicy:
    if isinstance(retries, RetryPolicy):
        return retries
    if retries < 0:
        raise ValueError("retries must be 0 or more")
    return RetryPolicy(retries=retries)


class _Base:
    """What both clients share: credentials, builder, retry policy, limits."""

    def __init__(
        self,
        space_url: str | None,
        project_id: str | None,
        token: str | None,
        retries: int | RetryPolicy,
        limits: ClientLimits,
    ) -> None:
        credentials = resolve_credentials(space_url, project_id, token)
        self._builder = RequestBuilder(credentials)
        self._retry = _retry_policy(retries)
        if not isinstance(limits, ClientLimits):
            raise TypeError("limits must be a ClientLimits")
        self._limits = limits
        SECRET_FILTER.register(self._builder.secrets)
        self._registered = True

    @property
    def space_url(self) -> str:
        """``scheme://host[:port]`` of the space."""
        return self._builder.space_url

    @property
    def project_id(self) -> str:
        """The project (account) the bins belong to."""
        return self._builder.project_id

    @property
    def limits(self) -> ClientLimits:
        """The caps on each call: deadline, answer size, pages of a listing."""
        return self._limits

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(space_url={self.space_url!r}, project_id={self.project_id!r})"

    def _release(self) -> None:
        if self._registered:
            self._registered = False
            SECRET_FILTER.release(self._builder.secrets)

    @contextmanager
    def _scrubbed(self) -> Iterator[None]:
        """Errors leaving the block have the credentials masked."""
        try:
            yield
        except BaseException as exc:
            scrub_error(exc, self._builder.scrub)
            raise

    def _deadline(self) -> float | None:
        seconds = self._limits.deadline
        return None if seconds is None else time.monotonic() + seconds

    def _allowed_wait(self, delay: float | None, waited: float, at: float | None) -> float | None:
        """``delay`` if waiting that long keeps within the wait cap and the deadline."""
        if delay is None or waited + delay > self._retry.max_wait:
            return None
        if at is not None and time.monotonic() + delay >= at:
            return None
        return delay

    def _failed(self, call: Call[Any], error: Exception, attempt: int,
                at: float | None) -> BinsError:
        """The error to raise for a request that got no usable answer."""
        if isinstance(error, AnswerTooLargeError):
            return BinsError(
                f"{call.method} {urlsplit(call.url).path}: the answer is larger than "
                f"{self._limits.max_response_bytes} bytes; reading stopped",
                limit="max_response_bytes",
            )
        if deadline_exceeded(at):
            return TransportError(
                f"{call.method} {urlsplit(call.url).path}: no complete answer within the "
                f"{self._limits.deadline:g} s deadline",
                limit="deadline",
            )
        return self._builder.transport_error(call.method, call.url, error, attempt + 1)

    def _update_form(
        self, sid: str, name: str | None, contents: str | None, validate: bool
    ) -> None:
        if name is None and contents is None:
            raise ValueError("update needs a new name, new contents or both")
        self._builder.bin_url(sid)
        if name is not None:
            _check_name(name)
        if contents is not None and validate:
            _refuse_invalid(contents)

    def _log_retry(self, method: str, url: str, why: str, delay: float, attempt: int) -> None:
        log.info(
            "%s %s: %s; retry %d/%d in %.2fs",
            method, urlsplit(url).path, why, attempt + 1, self._retry.retries, delay,
        )


class _Tries:
    """The tries of one call: what to wait before the next, within the wait cap and deadline."""

    def __init__(self, client: _Base, call: Call[Any]) -> None:
        self.client, self.call = client, call
        self.at = client._deadline()
        self.attempt = 0
        self.waited = 0.0

    @property
    def retried(self) -> bool:
        """Whether the request was sent more than once."""
        return self.attempt > 0

    def request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The request of this try, to send with ``http``."""
        return http.build_request(self.call.method, self.call.url, data=self.call.form,
                                  headers=self.client._builder.headers())

    def _wait(self, delay: float | None, why: str) -> float | None:
        delay = self.client._allowed_wait(delay, self.waited, self.at)
        if delay is not None:
            self.client._log_retry(self.call.method, self.call.url, why, delay, self.attempt)
            self.attempt, self.waited = self.attempt + 1, self.waited + delay
        return delay

    def after_error(self, error: Exception) -> float:
        """Seconds to wait before sending again after ``error``; raises when not to."""
        delay = None
        if isinstance(error, httpx.RequestError) and not deadline_exceeded(self.at):
            policy = self.client._retry
            delay = self._wait(policy.delay_after_error(self.call.method, error, self.attempt),
                               type(error).__name__)
        if delay is None:
            raise self.client._failed(self.call, error, self.attempt, self.at) from error
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before sending again after ``response``, or None to keep it."""
        log.debug("%s %s -> %d", self.call.method, response.request.url, response.status_code)
        policy = self.client._retry
        return self._wait(policy.delay_after_response(self.call.method, response, self.attempt),
                          f"HTTP {response.status_code}")


class _Listing:
    """The pages of one listing: the call of each, within the page cap, no link followed
    twice. Does no I/O: each client sends the calls and hands the pages back."""

    def __init__(self, client: _Base, name: str | None, page_size: int) -> None:
        self.client = client
        self.seen: set[str] = set()
        with client._scrubbed():
            self.call: Call[LamlBinPage] | None = client._builder.first_page(name, page_size)

    def next_call(self) -> Call[LamlBinPage] | None:
        """The call of the next page, or None after the last."""
        call = self.call
        if call is None:
            return None
        with self.client._scrubbed():
            max_pages = self.client._limits.max_pages
            if len(self.seen) >= max_pages:
                raise BinsError(
                    f"the listing goes on for more than {max_pages} pages; stopped",
                    limit="max_pages",
                )
            if call.url in self.seen:
                raise BinsError(f"the listing repeats its next-page link: {call.url}")
        self.seen.add(call.url)
        return call

    def read(self, page: LamlBinPage) -> None:
        """Take ``page``: the next call follows its link."""
        with self.client._scrubbed():
            self.call = self.client._builder.next_page(page)


class BinsClient(_Base):
    """Synchronous LaML Bins client.

    Arguments left out come from the environment (``SIGNALWIRE_SPACE_URL``,
    ``SIGNALWIRE_PROJECT_ID``, ``SIGNALWIRE_TOKEN`` or ``SIGNALWIRE_API_TOKEN``). ``timeout``
    bounds each network operation as in httpx; ``limits`` caps each call as a whole (deadline,
    answer size, pages: see :class:`ClientLimits`). ``retries`` is a count or a
    :class:`RetryPolicy`; ``sleep`` is how the client waits between tries. Contents are linted
    before ``create`` and ``update``; ``validate=False`` skips that. One client may be used from
    several threads at once.
    """

    def __init__(
        self,
        space_url: str | None = None,
        project_id: str | None = None,
        token: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        limits: ClientLimits = DEFAULT_LIMITS,
        retries: int | RetryPolicy = 3,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(space_url, project_id, token, retries, limits)
        self._sleep = sleep
        self._http = httpx.Client(timeout=timeout, transport=transport, follow_redirects=False)
        install_deadline(self._http)

    def __enter__(self) -> BinsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()
        self._release()

    def create(self, name: str, contents: str | None = None, *, validate: bool = True) -> LamlBin:
        """Create a bin; without ``contents`` the platform stores an empty ``<Response>``."""
        if contents is not None and validate:
            _refuse_invalid(contents)
        return self._call(self._builder.create(name, contents))

    def get(self, sid: str) -> LamlBin:
        """One bin by SID; raises :class:`NotFound` when there is none."""
        return self._call(self._builder.get(sid))

    def update(
        self,
        sid: str,
        *,
        name: str | None = None,
        contents: str | None = None,
        validate: bool = True,
    ) -> LamlBin:
        """Change a bin's name, contents or both.

        The platform requires ``Name`` on every update: when ``name`` is not given, the
        current name is fetched first and sent unchanged.
        """
        self._update_form(sid, name, contents, validate)
        if name is None:
            name = self.get(sid).name
        return self._call(self._builder.update(sid, name, contents))

    def delete(self, sid: str) -> None:
        """Delete a bin; raises :class:`NotFound` when there is none."""
        self._call(self._builder.delete(sid))

    def pages(self, name: str | None = None, page_size: int = 50) -> Iterator[LamlBinPage]:
        """Every page of the listing, newest bins first, fetched as they are needed.

        Stops with :class:`BinsError` after ``limits.max_pages`` pages or on a repeated link.
        """
        listing = _Listing(self, name, page_size)
        while (call := listing.next_call()) is not None:
            page = self._call(call)
            yield page
            listing.read(page)

    def list(self, name: str | None = None, page_size: int = 50) -> Iterator[LamlBin]:
        """Every bin (whose name contains ``name``), newest first, page by page, lazily."""
        for page in self.pages(name, page_size):
            yield from page.bins

    def _call(self, call: Call[T]) -> T:
        tries = _Tries(self, call)
        with self._scrubbed(), running_until(tries.at):
            while True:
                request = tries.request(self._http)
                try:
                    response = read_capped(self._http.send(request, stream=True),
                                           self._limits.max_response_bytes, tries.at)
                except (httpx.RequestError, AnswerTooLargeError) as exc:
                    self._sleep(tries.after_error(exc))
                    continue
                delay = tries.after_response(response)
                if delay is None:
                    return call.parse(response, tries.retried)
                self._sleep(delay)


class AsyncBinsClient(_Base):
    """Asynchronous LaML Bins client; the same API as :class:`BinsClient`, awaited.

    ``list`` and ``pages`` are async iterators; ``sleep`` is awaited between tries.
    """

    def __init__(
        self,
        space_url: str | None = None,
        project_id: str | None = None,
        token: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        limits: ClientLimits = DEFAULT_LIMITS,
        retries: int | RetryPolicy = 3,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(space_url, project_id, token, retries, limits)
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            timeout=timeout, transport=transport, follow_redirects=False
        )
        install_deadline(self._http)

    async def __aenter__(self) -> AsyncBinsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()
        self._release()

    async def create(
        self, name: str, contents: str | None = None, *, validate: bool = True
    ) -> LamlBin:
        """Create a bin; without ``contents`` the platform stores an empty ``<Response>``."""
        if contents is not None and validate:
            _refuse_invalid(contents)
        return await self._call(self._builder.create(name, contents))

    async def get(self, sid: str) -> LamlBin:
        """One bin by SID; raises :class:`NotFound` when there is none."""
        return await self._call(self._builder.get(sid))

    async def update(
        self,
        sid: str,
        *,
        name: str | None = None,
        contents: str | None = None,
        validate: bool = True,
    ) -> LamlBin:
        """Change a bin's name, contents or both (fetching the current name when not given)."""
        self._update_form(sid, name, contents, validate)
        if name is None:
            name = (await self.get(sid)).name
        return await self._call(self._builder.update(sid, name, contents))

    async def delete(self, sid: str) -> None:
        """Delete a bin; raises :class:`NotFound` when there is none."""
        await self._call(self._builder.delete(sid))

    async def pages(
        self, name: str | None = None, page_size: int = 50
    ) -> AsyncIterator[LamlBinPage]:
        """Every page of the listing, newest bins first, fetched as they are needed."""
        listing = _Listing(self, name, page_size)
        while (call := listing.next_call()) is not None:
            page = await self._call(call)
            yield page
            listing.read(page)

    async def list(self, name: str | None = None, page_size: int = 50) -> AsyncIterator[LamlBin]:
        """Every bin (whose name contains ``name``), newest first, page by page, lazily."""
        async for page in self.pages(name, page_size):
            for item in page.bins:
                yield item

    async def _call(self, call: Call[T]) -> T:
        tries = _Tries(self, call)
        with self._scrubbed(), running_until(tries.at):
            while True:
                request = tries.request(self._http)
                try:
                    response = await aread_capped(await self._http.send(request, stream=True),
                                                  self._limits.max_response_bytes, tries.at)
                except (httpx.RequestError, AnswerTooLargeError) as exc:
                    await self._sleep(tries.after_error(exc))
                    continue
                delay = tries.after_response(response)
                if delay is None:
                    return call.parse(response, tries.retried)
                await self._sleep(delay)
