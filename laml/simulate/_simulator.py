"""The simulator: where documents come from, how requests are signed, and calls made on it.

>>> from laml.simulate import Simulator
>>> sim = Simulator({"/voice": "<Response><Say>Hello</Say><Hangup/></Response>"})
>>> call = sim.call("/voice")
>>> call.said, call.ended.reason
(['Hello'], 'hangup')
"""

from __future__ import annotations

import os
import random
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self, TypeAlias, cast
from urllib.parse import urlsplit

from laml.simulate._call import Call
from laml.simulate._fetch import (
    DEFAULT_BASE_URL,
    DOCUMENT_SUFFIXES,
    HTTP,
    ASGIApp,
    ASGIApplication,
    Documents,
    DocumentSource,
    Fetcher,
    Folder,
    Router,
    WSGIApp,
    WSGIApplication,
    is_asgi,
)
from laml.simulate._limits import Limits
from laml.simulate._request import Method, Signer, URLError, resolve
from laml.simulate._script import (
    DialOutcome,
    DialPlan,
    InputLike,
    Outcomes,
    QueueOutcome,
    inputs_of,
)
from laml.simulate._session import Goto, Session
from laml.webhooks import FormParams, Media

__all__ = ["DEFAULT_FROM", "DEFAULT_TO", "Simulator", "Target", "make_fetcher"]

#: What calls are simulated against: a WSGI or ASGI app, a folder (or a file) as a path, an
#: ``http(s)`` URL, documents by URL, or a fetcher
Target: TypeAlias = (
    "Fetcher | str | os.PathLike[str] | Mapping[str, DocumentSource] | Callable[..., object]"
)
DEFAULT_FROM = "+15550001111"
DEFAULT_TO = "+15550002222"
#: the wall-clock time a call starts at (fixed, so that runs are reproducible)
DEFAULT_START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)

DialOutcomes: TypeAlias = (
    DialPlan
    | Mapping[str, DialOutcome | str | Sequence[DialOutcome | str]]
    | Sequence[DialOutcome | str]
    | DialOutcome
    | str
    | None
)


def make_fetcher(target: Target, base_url: str | None = None) -> tuple[Fetcher, str]:
    """The fetcher for ``target`` and the URL of its first document."""
    base = (base_url or DEFAULT_BASE_URL).rstrip("/")
    if isinstance(target, Fetcher):
        return target, getattr(target, "base_url", base) + "/"
    if isinstance(target, str):
        parts = urlsplit(target)
        if parts.scheme in ("http", "https") and parts.hostname:
            return HTTP([target]), target
        raise TypeError(
            "a str target is an http(s) URL; pass a folder or a file as a pathlib.Path"
        )
    if isinstance(target, os.PathLike):
        path = Path(target)
        if path.is_file():
            if path.suffix not in DOCUMENT_SUFFIXES:
                raise ValueError(f"{path} is not a document (.xml, .laml, .twiml, .cxml)")
            folder = Folder(path.parent, base)
            return folder, folder.url_of(path)
        return Folder(path, base), base + "/"
    if isinstance(target, Mapping):
        return Documents(target, base), base + "/"
    if callable(target):
        fetcher: Fetcher = (
            ASGIApp(cast(ASGIApplication, target), base)
            if is_asgi(target)
            else WSGIApp(cast(WSGIApplication, target), base)
        )
        return fetcher, base + "/"
    raise TypeError(
        f"cannot simulate calls against a {type(target).__name__}: give a WSGI or ASGI app, "
        "a folder or file (a Path), an http(s) URL, or documents by URL (a dict)"
    )


class Simulator:
    """Runs simulated calls against ``target``, as the platform would.

    ``target``: a WSGI app (Flask, Django), an ASGI app (FastAPI, Starlette), a folder of
    documents and bin templates or one such file (a :class:`~pathlib.Path`), an ``http(s)``
    URL (the local bins server, an app being developed: only that origin is ever requested),
    or documents by URL or path (a dict). ``routes`` adds more, each served at its own base URL
    (``{"https://example.com": Path("bins")}``); a URL that nothing serves ends the call with
    error 11200 instead of reaching the network.

    Requests are signed with ``signing_key`` (none when it is None) under ``scheme``
    (``X-SignalWire-Signature``; ``twilio`` for ``X-Twilio-Signature``), so apps that verify
    signatures work unchanged. Documents are linted for ``dialect``. Ids are random from
    ``seed`` (the same every run), and calls start at ``start``.
    """

    def __init__(
        self,
        target: Target,
        *,
        base_url: str | None = None,
        routes: Mapping[str, Target] | None = None,
        signing_key: str | bytes | None = None,
        scheme: Literal["signalwire", "twilio"] | None = None,
        dialect: Literal["signalwire", "twilio"] = "signalwire",
        limits: Limits | None = None,
        seed: int = 0,
        account_sid: str | None = None,
        start: datetime = DEFAULT_START,
    ) -> None:
        if dialect not in ("signalwire", "twilio"):
            raise ValueError(f"unknown dialect {dialect!r}: use signalwire or twilio")
        fetcher, entry = make_fetcher(target, base_url)
        self.entry: str = entry
        fetchers = [fetcher]
        for mount, routed in (routes or {}).items():
            fetchers.append(make_fetcher(routed, mount)[0])
        #: every request goes through here (a URL nothing serves fails with error 11200)
        self.fetcher: Router = Router(fetchers)
        chosen = scheme or ("twilio" if dialect == "twilio" else "signalwire")
        if chosen not in ("signalwire", "twilio"):
            raise ValueError(f"unknown signature scheme {chosen!r}: use signalwire or twilio")
        self.signer: Signer = Signer(signing_key, chosen)
        self.dialect: Literal["signalwire", "twilio"] = dialect
        self.limits: Limits = limits or Limits()
        self.start = start
        self._random = random.Random(seed)
        #: the latest calls made (at most 50)
        self.calls: deque[Call] = deque(maxlen=50)
        self.account_sid: str = account_sid or self.new_sid("AC")

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        """Release what the fetchers hold (an ASGI app's event loop and lifespan, HTTP
        connections)."""
        self.fetcher.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Simulator {self.fetcher.describe()}>"

    # ------------------------------------------------------------------ helpers

    def new_sid(self, prefix: str) -> str:
        """A new id: ``prefix`` + 32 hex digits (Twilio), or a UUID (SignalWire)."""
        bits = self._random.getrandbits(128)
        if self.dialect == "twilio":
            return f"{prefix}{bits:032x}"
        return str(uuid.UUID(int=bits, version=4))

    def url(self, path: str | None = None) -> str:
        """The absolute URL of ``path`` (relative to the target's first document)."""
        if path is None:
            return self.entry
        try:
            return resolve(self.entry, path)
        except URLError as exc:
            raise ValueError(str(exc)) from None

    def session(
        self,
        channel: Literal["voice", "messaging", "fax"],
        *,
        from_: str = DEFAULT_FROM,
        to: str = DEFAULT_TO,
        params: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        outcomes: Outcomes | None = None,
        body: str = "",
        media: Sequence[str | tuple[str, str]] = (),
        direction: Literal["inbound", "outbound-api"] = "inbound",
    ) -> Session:
        """The state of a new call, message or fax: its ids and the parameters it sends."""
        identity: dict[str, Any]
        if channel == "voice":
            identity = {
                "call_sid": self.new_sid("CA"), "account_sid": self.account_sid,
                "from_": from_, "to": to, "api_version": "2010-04-01", "direction": direction,
            }
        elif channel == "messaging":
            items = tuple(Media(m) if isinstance(m, str) else Media(*m) for m in media)
            identity = {
                "message_sid": self.new_sid("MM" if items else "SM"),
                "account_sid": self.account_sid, "from_": from_, "to": to, "body": body,
                "num_media": len(items), "media": items, "num_segments": 1 if body else None,
                "api_version": "2010-04-01",
            }
        elif channel == "fax":
            identity = {"fax_sid": self.new_sid("FX"), "account_sid": self.account_sid,
                        "from_": from_, "to": to, "api_version": "v1"}
        else:
            raise ValueError(f"unknown channel {channel!r}: use voice, messaging or fax")
        extra = FormParams(params.items() if isinstance(params, Mapping) else (params or ()))
        return Session(
            channel=channel, identity=identity, extra=extra, outcomes=outcomes or Outcomes(),
            dialect=self.dialect, limits=self.limits, new_sid=self.new_sid, start=self.start,
        )

    def _start(self, session: Session, path: str | None, method: Method,
               inputs: Iterable[InputLike] | None, kind: str) -> Call:
        if method not in ("GET", "POST"):
            raise ValueError(f"method must be GET or POST, not {method!r}")
        first = Goto(kind, self.url(path), method, session.params())
        call = Call(
            fetcher=self.fetcher, signer=self.signer, limits=self.limits, session=session,
            first=first, inputs=None if inputs is None else inputs_of(inputs),
        )
        self.calls.append(call)
        return call

    # ------------------------------------------------------------------ calls

    def call(
        self,
        path: str | None = None,
        *,
        from_: str = DEFAULT_FROM,
        to: str = DEFAULT_TO,
        inputs: Iterable[InputLike] | None = None,
        dial: DialOutcomes = None,
        queue: QueueOutcome | str | None = None,
        pay: str = "success",
        refer: str = "in-progress",
        connect: float = 0.0,
        play: float = 5.0,
        params: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        method: Method = "POST",
        direction: Literal["inbound", "outbound-api"] = "inbound",
    ) -> Call:
        """An incoming call to ``to`` from ``from_``, its first request to ``path``.

        With ``inputs`` (``["1", "sales", None]``: keys, speech, silence; or
        :class:`~laml.simulate.Press`, :class:`~laml.simulate.Speak`, ...), the call runs to
        its end; without, it stops whenever it waits for the caller (see :class:`Call`).
        ``dial`` says how dialed parties behave (``{"+14155550101": "busy"}``, or outcomes in
        dialing order; by default they answer and talk 30 s); ``queue``, ``pay``, ``refer``:
        how a queue wait, a payment and a SIP transfer end; ``connect`` and ``play``: seconds a
        ``<Connect>`` and one play of an audio file last. ``params`` are sent with every
        request (``FromCity``, ``CallerName``, ...).
        """
        if isinstance(queue, str):
            queue = QueueOutcome(queue)
        if isinstance(dial, DialPlan):
            dial_plan = dial
        else:
            dial_plan = DialPlan([dial] if isinstance(dial, str | DialOutcome) else dial)
        outcomes = Outcomes(dial=dial_plan, queue=queue or QueueOutcome(), pay=pay,
                            refer=refer, connect=connect, play=play)
        session = self.session("voice", from_=from_, to=to, params=params, outcomes=outcomes,
                               direction=direction)
        return self._start(session, path, method, inputs, "call")

    def message(
        self,
        path: str | None = None,
        *,
        body: str = "",
        from_: str = DEFAULT_FROM,
        to: str = DEFAULT_TO,
        media: Sequence[str | tuple[str, str]] = (),
        params: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        method: Method = "POST",
    ) -> Call:
        """An incoming text message (``media``: URLs, or ``(url, content type)``): the
        messages the app sends back and the redirects it follows."""
        session = self.session("messaging", from_=from_, to=to, params=params, body=body,
                               media=media)
        return self._start(session, path, method, (), "message")

    def fax(
        self,
        path: str | None = None,
        *,
        from_: str = DEFAULT_FROM,
        to: str = DEFAULT_TO,
        params: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
        method: Method = "POST",
    ) -> Call:
        """An incoming fax."""
        session = self.session("fax", from_=from_, to=to, params=params)
        return self._start(session, path, method, (), "fax")
