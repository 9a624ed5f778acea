"""A simulated call: requests, documents, verbs and the caller's input, until it ends.

A :class:`Call` runs as soon as it is made. Given ``inputs``, it runs to its end (once they are
used up the caller stays silent). Without, it stops whenever it waits for the caller, and
:meth:`Call.press`, :meth:`Call.say`, :meth:`Call.silence`, :meth:`Call.record` and
:meth:`Call.hang_up` carry it on::

    call = simulator.call("/voice")
    call.waiting                      # Wait(verb='Gather', ...)
    call.press("1")
    assert "Connecting you to sales." in call.said

Each document is fetched (:mod:`laml.simulate._fetch`), read and linted
(:mod:`laml.simulate._answer`), and run (:mod:`laml.simulate._execute`). The call ends
(:attr:`Call.ended`) when a verb ends it, the document runs out, the platform would fail it
(with the platform's error code), the same document comes back with the same parameters and
input again and again (a loop), or a step or time budget is spent.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from laml._json import JSON
from laml.simulate._answer import Channel, Loaded
from laml.simulate._events import Event, MessageEvent, PlayEvent, SayEvent, SmsEvent
from laml.simulate._exceptions import CallEnded
from laml.simulate._exchange import Exchange, exchange
from laml.simulate._execute import run_document
from laml.simulate._fetch import Answer, Fetcher
from laml.simulate._limits import Limits
from laml.simulate._request import Request, Signer, diagnostic_dict
from laml.simulate._script import (
    HangUp,
    Input,
    InputLike,
    Recording,
    Silence,
    Speak,
    to_input,
)
from laml.simulate._session import Goto, Session, Step, Stop, Wait
from laml.webhooks import FormParams

if TYPE_CHECKING:
    from laml.diagnostics import Diagnostic

__all__ = ["ERROR_REASONS", "Call", "Ended"]

EndReason = Literal[
    "hangup", "completed", "rejected", "caller-hangup", "error", "loop", "step-limit",
    "time-limit",
]
#: the reasons a call ends on an error (``laml call`` exits 1)
ERROR_REASONS = frozenset({"error", "loop", "step-limit", "time-limit"})

_MESSAGES = {
    "hangup": "<Hangup> ended the call",
    "completed": "the document ran out of verbs: the platform hangs up",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Ended:
    """How a call ended.

    ``reason``: ``hangup`` (a ``<Hangup>``), ``completed`` (no verbs left), ``rejected``,
    ``caller-hangup``, or on an error: ``error`` (``code`` is the platform's error code,
    12100, 12200, 11200, 11217, ...), ``loop``, ``step-limit``, ``time-limit``.
    """

    reason: EndReason
    #: seconds since the call started (virtual time)
    at: float
    code: int | None = None
    message: str = ""
    #: the document (or the URL requested) where the call ended
    url: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the call ended normally (not on an error, a loop or a budget)."""
        return self.reason not in ERROR_REASONS

    def to_dict(self) -> dict[str, JSON]:
        """The end as JSON data."""
        return {
            "reason": self.reason,
            "at": round(self.at, 3),
            "code": self.code,
            "message": self.message,
            "url": self.url,
            "diagnostics": [diagnostic_dict(d) for d in self.diagnostics],
        }

    def describe(self) -> str:
        """One line for a call log."""
        code = f" {self.code}" if self.code is not None else ""
        text = f"ended: {self.reason}{code}"
        return f"{text}: {self.message}" if self.message else text


_PRINTABLE = re.compile(r"[\x21-\x7e]*")


class _Cookies:
    """The cookies the platform keeps during a call (by host, as a browser does)."""

    def __init__(self) -> None:
        self.jars: dict[str, dict[str, str]] = {}

    def header(self, url: str) -> str | None:
        jar = self.jars.get(urlsplit(url).hostname or "")
        return "; ".join(f"{k}={v}" for k, v in jar.items()) if jar else None

    def store(self, answer: Answer) -> None:
        for name, value in answer.headers:
            if name != "set-cookie":
                continue
            jar = self.jars.setdefault(urlsplit(answer.url).hostname or "", {})
            cookie: SimpleCookie = SimpleCookie()
            try:
                cookie.load(value)
            except CookieError:
                continue
            for key, morsel in cookie.items():
                if morsel["max-age"] in ("0", "-1") or (morsel["expires"] and morsel.value == ""):
                    jar.pop(key, None)
                elif _PRINTABLE.fullmatch(morsel.coded_value) and len(morsel.coded_value) < 4096:
                    jar[key] = morsel.coded_value
            if len(jar) > 50:  # a browser keeps a bounded number per host
                for key in list(jar)[: len(jar) - 50]:
                    del jar[key]


class Call:
    """One simulated call (or incoming message, or fax), run as the platform would run it.

    :attr:`events` is what the platform did (say, gather, dial, ...), :attr:`requests` every
    request it made, :attr:`ended` how the call ended (None while it waits for the caller).
    """

    def __init__(
        self,
        *,
        fetcher: Fetcher,
        signer: Signer,
        limits: Limits,
        session: Session,
        first: Goto,
        inputs: list[Input] | None,
    ) -> None:
        self.requests: list[Request] = []
        self.ended: Ended | None = None
        #: what the call waits for from the caller (None when it is not waiting)
        self.waiting: Wait | None = None
        self._fetcher = fetcher
        self._signer = signer
        self._limits = limits
        self._cookies = _Cookies()
        self._pending: deque[Input] = deque(inputs or ())
        self._scripted = inputs is not None
        self._consumed = 0
        self._seen: dict[tuple[Any, ...], int] = {}
        self._document_url = first.url
        self.session = session
        session.loader = self
        self._run = self._script(first)
        self._advance(None, first=True)

    # ------------------------------------------------------------------ what happened

    @property
    def channel(self) -> Channel:
        """``voice``, ``messaging`` or ``fax``."""
        return self.session.channel

    @property
    def events(self) -> list[Event]:
        """What the platform did, in order."""
        return self.session.events

    @property
    def said(self) -> list[str]:
        """The text of every ``<Say>`` the caller heard, in order."""
        return [e.text for e in self.session.events if isinstance(e, SayEvent)]

    @property
    def played(self) -> list[str]:
        """The URL (or the tones) of every ``<Play>``, in order."""
        return [e.digits or e.url for e in self.session.events if isinstance(e, PlayEvent)]

    @property
    def messages(self) -> list[MessageEvent | SmsEvent]:
        """Every message sent (``<Message>``, and the voice verb ``<Sms>``), in order."""
        return [e for e in self.session.events if isinstance(e, MessageEvent | SmsEvent)]

    @property
    def duration(self) -> float:
        """Seconds since the call started (virtual time)."""
        return self.session.clock

    @property
    def log(self) -> list[Event | Request | Ended]:
        """Events and requests together, in the order they happened (and how the call ended,
        last, once it has)."""
        return list(self.session.log)

    def to_dict(self) -> dict[str, JSON]:
        """The call as JSON data: ``{"events": [...], "requests": [...], "end": {...}}``."""
        return {
            "events": [e.to_dict() for e in self.session.events],
            "requests": [r.to_dict() for r in self.requests],
            "end": self.ended.to_dict() if self.ended is not None else None,
        }

    def transcript(self) -> str:
        """The call as a log a person reads: each request, each event, and the end."""
        from laml.simulate._transcript import transcript

        return transcript(self)

    def __repr__(self) -> str:
        state = f"ended={self.ended.reason!r}" if self.ended else f"waiting={self.waiting!r}"
        return f"<Call {self.channel} events={len(self.events)} " \
               f"requests={len(self.requests)} {state}>"

    # ------------------------------------------------------------------ the caller

    def send(self, item: InputLike) -> Call:
        """Give the call the caller's next input (see :func:`~laml.simulate.to_input`)."""
        if self.ended is not None:
            raise CallEnded(f"the call has ended ({self.ended.reason}); it takes no more input")
        self._pending.append(to_input(item))
        if self.waiting is not None:
            self.waiting = None
            self._advance(self._take())
        return self

    def press(self, keys: str) -> Call:
        """The caller presses ``keys`` (``"1"``, ``"1234#"``)."""
        from laml.simulate._script import Press

        return self.send(Press(keys))

    def say(self, text: str, confidence: float = 0.9) -> Call:
        """The caller says ``text`` (at a ``<Record>``: the message left, and its transcript)."""
        return self.send(Speak(text, confidence))

    def silence(self) -> Call:
        """The caller says and presses nothing: the waiting verb times out."""
        return self.send(Silence())

    def record(self, seconds: float = 10.0, finish: str = "timeout",
               transcript: str | None = None) -> Call:
        """The caller leaves a recording (see :class:`~laml.simulate.Recording`)."""
        return self.send(Recording(seconds, finish, transcript))

    def hang_up(self) -> Call:
        """The caller hangs up."""
        return self.send(HangUp())

    def finish(self) -> Call:
        """Run the call to its end with no more input from the caller (silence)."""
        self._scripted = True
        if self.waiting is not None and self.ended is None:
            self.waiting = None
            self._advance(self._take())
        return self

    # ------------------------------------------------------------------ running

    def _take(self) -> Input | None:
        if self._pending:
            self._consumed += 1
            return self._pending.popleft()
        return None

    def _advance(self, given: Input | None, *, first: bool = False) -> None:
        try:
            wait = next(self._run) if first else self._run.send(given)
            while True:
                if not self._pending and not self._scripted:
                    self.waiting = wait
                    return
                wait = self._run.send(self._take())
        except StopIteration:
            self.waiting = None

    def _script(self, first: Goto) -> Generator[Wait, Input | None, None]:
        goto = first
        while True:
            loaded = self.load(goto)
            if isinstance(loaded, Stop):
                self._end(loaded, goto.url)
                return
            url = self._document_url
            step: Step = yield from run_document(self.session, loaded, url)
            if step is None:
                self._end(Stop("completed"), url)
                return
            if isinstance(step, Stop):
                self._end(step, url)
                return
            goto = step

    def _end(self, stop: Stop, url: str) -> None:
        diagnostics: tuple[Diagnostic, ...] = ()
        if stop.code is not None and self.requests and self.requests[-1].code == stop.code:
            diagnostics = self.requests[-1].diagnostics
        message = stop.message
        if not message and self.channel == "voice":
            message = _MESSAGES.get(stop.reason, "")
        self.ended = Ended(reason=stop.reason, at=self.session.clock, code=stop.code,  # type: ignore[arg-type]
                           message=message, url=url, diagnostics=diagnostics)
        self.session.log.append(self.ended)

    # ------------------------------------------------------------------ requests (the Loader)

    def _exchange(self, goto: Goto, *, document: bool) -> Exchange:
        done = exchange(goto, fetcher=self._fetcher, signer=self._signer, limits=self._limits,
                        channel=self.channel, dialect=self.session.dialect, document=document,
                        cookie=self._cookies.header)
        if done.answer is not None:
            self._cookies.store(done.answer)
        return done

    def _record(self, goto: Goto, done: Exchange, at: float) -> Request:
        request, answer, loaded, error = done.request, done.answer, done.loaded, done.error
        text = None
        if loaded is not None:
            text = loaded.text
        elif answer is not None and answer.content_type and "xml" in answer.content_type:
            text = answer.body.decode("utf-8", "replace")
        record = Request(
            at=at, kind=goto.kind, method=request.method, url=request.url,
            params=FormParams(request.params), headers=request.headers,
            status=answer.status if answer is not None else (error.status if error else None),
            content_type=answer.header("content-type") if answer is not None else None,
            redirects=answer.redirects if answer is not None else (),
            document=text,
            code=error.code if error is not None else None,
            error=error.message if error is not None else None,
            diagnostics=(error.diagnostics if error is not None and error.diagnostics
                         else loaded.diagnostics if loaded is not None else ()),
            exception=error.exception if error is not None else None,
        )
        self.requests.append(record)
        self.session.log.append(record)
        return record

    def load(self, goto: Goto) -> Loaded | Stop:
        """Fetch and check the document the call continues with (or why the call ends)."""
        session = self.session
        session.steps += 1
        if session.steps > self._limits.max_steps:
            return Stop("step-limit", message=f"more than {self._limits.max_steps} steps")
        done = self._exchange(goto, document=True)
        self._record(goto, done, session.clock)
        request, answer, loaded, error = done.request, done.answer, done.loaded, done.error
        if error is not None:
            hint = ""
            if error.status in (401, 403):
                hint = (" (no signing key was given: does the app verify signatures?)"
                        if self._signer.key is None else
                        " (is the signing key the one the app verifies with?)")
            return Stop("error", error.code,
                        f"{goto.kind} {request.method} {request.url}: {error.message}{hint}")
        assert answer is not None
        if loaded is None:  # an empty answer to a message: no reply
            return Stop("completed", message="the app answered with no document: no reply")
        self._document_url = answer.redirects[-1] if answer.redirects else goto.url
        key = (request.method, request.url, request.params, request.header("Cookie"),
               hashlib.blake2b(answer.body, digest_size=16).digest(), self._consumed)
        seen = self._seen[key] = self._seen.get(key, 0) + 1
        if seen > self._limits.max_repeats:
            return Stop("loop", message=(
                f"{request.url} was requested {seen} times with the same parameters and the "
                "same caller input and answered the same document each time: the call would "
                "go round forever"))
        return loaded

    def side(self, goto: Goto, *, document: bool) -> Loaded | None:
        """A request that cannot end the call: recorded, its document returned when valid."""
        done = self._exchange(goto, document=document)
        self._record(goto, done, self.session.clock)
        return done.loaded
