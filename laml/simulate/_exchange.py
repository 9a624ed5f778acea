"""One exchange with the app: the platform's request built and signed, sent through the
fetchers (redirects followed), and the answer read as a document.

:func:`exchange` never raises for what the app does: a failure comes back as the
:class:`~laml.simulate.FetchError` carrying the platform's error code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from laml.simulate._answer import Channel, Dialect, Loaded, read
from laml.simulate._fetch import Answer, Fetcher, FetchError, fetch
from laml.simulate._request import Method, PlatformRequest, Signer, build

if TYPE_CHECKING:
    from collections.abc import Callable

    from laml.simulate._limits import Limits
    from laml.simulate._session import Goto

__all__ = ["Exchange", "exchange"]


@dataclass(frozen=True, slots=True)
class Exchange:
    """A request, the answer (None when there was none), the document read from it (None
    when not asked for, empty or bad) and what went wrong."""

    request: PlatformRequest
    answer: Answer | None
    loaded: Loaded | None
    error: FetchError | None


def exchange(
    goto: Goto,
    *,
    fetcher: Fetcher,
    signer: Signer,
    limits: Limits,
    channel: Channel,
    dialect: Dialect,
    document: bool,
    cookie: Callable[[str], str | None] = lambda url: None,
) -> Exchange:
    """Send ``goto``'s request; with ``document``, read and lint the document it answers
    (a callback without ``document`` only needs a status below 400)."""
    request = build(goto.kind, goto.method, goto.url, goto.params, signer,
                    cookie=cookie(goto.url))

    def rebuild(method: str, url: str, keep: bool) -> PlatformRequest:
        # a 307/308 repeats the request; a 301/302/303 turns it into a GET without a body
        chosen: Method = "POST" if method == "POST" and keep else "GET"
        return build(goto.kind, chosen, url, goto.params if chosen == "POST" else (), signer,
                     cookie=cookie(url))

    answer: Answer | None = None
    try:
        answer = fetch(fetcher, request, limits, rebuild)
        if not document:
            if answer.status >= 400:
                raise FetchError(11200, f"HTTP {answer.status}", status=answer.status)
            return Exchange(request, answer, None, None)
        loaded = read(answer, channel=channel, dialect=dialect, max_bytes=limits.max_bytes)
    except FetchError as exc:
        return Exchange(request, answer, None, exc)
    return Exchange(request, answer, loaded, None)
