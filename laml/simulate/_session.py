"""The state a call's verbs act on, and what a verb leads to.

A verb returns a :class:`Goto` (request another document: an ``action``, a ``<Redirect>``), a
:class:`Stop` (the call ends) or None (the next verb runs). A verb that waits for the caller
yields a :class:`Wait`. The :class:`Session` holds the virtual clock (time only advances there;
nothing ever sleeps), the events, and the call's own request parameters; its parameters come
from the typed classes of :mod:`laml.webhooks`, so every request carries exactly the platform's
parameter names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias

from laml._element import PlainElement, child_elements
from laml.simulate._events import Event
from laml.simulate._limits import Limits
from laml.simulate._request import Method, URLError, resolve
from laml.simulate._script import Outcomes
from laml.webhooks import CallRequest, FaxRequest, FormParams, MessageRequest, Params

if TYPE_CHECKING:
    from laml.simulate._answer import Loaded
    from laml.simulate._call import Ended
    from laml.simulate._request import Request

Element: TypeAlias = PlainElement

__all__ = [
    "FOREVER",
    "Channel",
    "Goto",
    "Loader",
    "Pairs",
    "Session",
    "Step",
    "Stop",
    "Wait",
    "all_text",
    "bool_attr",
    "children",
    "int_attr",
    "method_attr",
    "speech_seconds",
    "text_attr",
    "text_of",
]

Pairs: TypeAlias = tuple[tuple[str, str], ...]
Channel = Literal["voice", "messaging", "fax"]


@dataclass(frozen=True, slots=True)
class Goto:
    """Request ``url`` and continue the call with the document it answers."""

    kind: str
    url: str
    method: Method
    params: Pairs


@dataclass(frozen=True, slots=True)
class Stop:
    """The call ends: ``reason`` and, for an error, the platform's ``code``."""

    reason: str
    code: int | None = None
    message: str = ""


#: what a verb leads to: another document, the end, or (None) the next verb
Step: TypeAlias = Goto | Stop | None


@dataclass(frozen=True, slots=True)
class Wait:
    """The call waits for the caller at ``verb`` (what it expects is in ``expects``)."""

    verb: str
    at: float
    expects: str


class Loader(Protocol):
    """Requests documents and callbacks for a call, and keeps the record of each."""

    def load(self, goto: Goto) -> Loaded | Stop:
        """The document the call continues with, or why the call ends."""

    def side(self, goto: Goto, *, document: bool) -> Loaded | None:
        """A request that cannot end the call (a status callback, a whisper document):
        recorded; the document (when ``document``) returned if it is valid."""


REQUESTS: dict[str, type[Params]] = {
    "voice": CallRequest, "messaging": MessageRequest, "fax": FaxRequest,
}
class Session:
    """The state of one call (or one incoming message) that the verbs act on."""

    #: requests documents and callbacks (the :class:`~laml.simulate.Call` running this)
    loader: Loader

    def __init__(
        self,
        *,
        channel: Channel,
        identity: dict[str, Any],
        extra: FormParams,
        outcomes: Outcomes,
        dialect: Literal["signalwire", "twilio"],
        limits: Limits,
        new_sid: Callable[[str], str],
        start: datetime,
    ) -> None:
        self.channel: Channel = channel
        #: the fields that every request of this call carries (CallSid, From, To, ...)
        self.identity = identity
        self.extra = extra
        self.outcomes = outcomes
        self.dialect = dialect
        self.limits = limits
        self.new_sid = new_sid
        self.start = start
        self._clock = 0.0
        self.events: list[Event] = []
        #: events and requests, in the order they happened
        self.log: list[Event | Request | Ended] = []
        self.url = ""
        self.status = "ringing"
        self.steps = 0
        self.streams: dict[str, tuple[str, Method, str]] = {}
        self._sequence = 0

    @property
    def clock(self) -> float:
        """Seconds since the call started (virtual time), in whole milliseconds."""
        return self._clock

    @clock.setter
    def clock(self, seconds: float) -> None:
        # rounded, so that times read as the durations that make them (20.9, not 20.9000…02)
        self._clock = round(seconds, 3)

    # ---------------------------------------------------------------------- helpers

    def emit(self, event: Event, mark: tuple[int, int] | None = None) -> None:
        """Record what happened (at ``mark``, from :meth:`mark`, when it is told afterwards)."""
        if mark is None:
            self.events.append(event)
            self.log.append(event)
        else:
            self.events.insert(mark[0], event)
            self.log.insert(mark[1], event)

    def mark(self) -> tuple[int, int]:
        """Where an event told later goes (a verb that makes requests while it runs)."""
        return len(self.events), len(self.log)

    def now(self) -> datetime:
        """The wall-clock time of the call's virtual clock."""
        return self.start + timedelta(seconds=self.clock)

    def params(self, cls: type[Params] | None = None, **fields: Any) -> Pairs:
        """The parameters of a request of this call: ``cls`` (by default the channel's own
        request) with the call's fields."""
        if cls is None:
            cls = REQUESTS[self.channel]
        values = dict(self.identity)
        if self.channel == "voice" and issubclass(cls, CallRequest):
            values["call_status"] = self.status
        values.update(fields)
        return tuple(cls(**values, extra=self.extra).to_form())

    def callback_params(self, cls: type[Params], **fields: Any) -> Pairs:
        """The parameters of a callback that carries only some of the call's fields."""
        return tuple(cls(**fields).to_form())

    def resolve(self, ref: str) -> str:
        """A URL of the current document, resolved against its URL."""
        return resolve(self.url, ref)

    def target(self, el: Element, attr: str = "action", *, current: bool = False
               ) -> str | Stop | None:
        """The URL in attribute ``attr`` of ``el``, resolved; the document's own URL when absent
        and ``current``; None when absent; a :class:`Stop` (11100) when it is not a URL."""
        ref = el.get(attr)
        if ref is None or not ref.strip():
            return self.url if current else None
        try:
            return self.resolve(ref)
        except URLError as exc:
            return Stop("error", URLError.code, f"<{el.tag} {attr}>: {exc}")

    def follow(self, el: Element, kind: str, params: Pairs, *, current: bool = False) -> Step:
        """The request to ``el``'s ``action`` (its ``method``) with ``params``: a :class:`Goto`;
        without an ``action``, the document's own URL when ``current``, else None (the next
        verb runs); a :class:`Stop` when the action is not a URL."""
        action = self.target(el, current=current)
        if action is None or isinstance(action, Stop):
            return action
        return Goto(kind, action, method_attr(el), params)

    def notify(self, kind: str, url: str | None, method: Method, params: Pairs) -> None:
        """Send a status callback (its answer is not used and cannot end the call)."""
        if url:
            self.loader.side(Goto(kind, url, method, params), document=False)

    def sequence(self) -> int:
        """The next ``SequenceNumber`` of a callback."""
        number = self._sequence
        self._sequence += 1
        return number

    def recording_url(self, sid: str) -> str:
        """Where the platform keeps recording ``sid``."""
        account = self.identity["account_sid"]
        if self.dialect == "twilio":
            return f"https://api.twilio.com/2010-04-01/Accounts/{account}/Recordings/{sid}"
        return (f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{account}"
                f"/Recordings/{sid}")


# ------------------------------------------------------------------------------ attributes


def int_attr(el: Element, name: str, default: int) -> int:
    raw = el.get(name)
    if raw is None:
        return default
    try:
        return int(raw.strip())
    except ValueError:
        return default


def bool_attr(el: Element, name: str, default: bool) -> bool:
    raw = el.get(name)
    if raw is None:
        return default
    return raw.strip().lower() == "true"


def text_attr(el: Element, name: str) -> str | None:
    """Attribute ``name`` of ``el`` without surrounding white space; None when absent or blank."""
    return (el.get(name) or "").strip() or None


def method_attr(el: Element, name: str = "method") -> Method:
    raw = (el.get(name) or "").strip().upper()
    return "GET" if raw == "GET" else "POST"


def all_text(el: Element) -> str:
    """Every piece of text inside ``el``, joined."""
    return "".join(str(part) for part in el.itertext())


#: SSML elements that separate what is around them (a pause, a paragraph, a sentence)
_BREAKS = frozenset({"break", "p", "s"})


def _spoken(el: Element, parts: list[str]) -> None:
    parts.append(el.text or "")
    for child in el:
        if isinstance(child, PlainElement):
            if child.tag in _BREAKS:
                parts.append(" ")
            if child.tag == "sub" and child.get("alias") is not None:
                parts.append(child.get("alias") or "")
            else:
                _spoken(child, parts)
            if child.tag in _BREAKS:
                parts.append(" ")
        parts.append(child.tail or "")


def text_of(el: Element) -> str:
    """What ``el`` says: its text, white space collapsed, SSML reduced to the words spoken
    (``<sub alias>`` read as its alias, a pause, paragraph or sentence between words)."""
    parts: list[str] = []
    _spoken(el, parts)
    return " ".join("".join(parts).split())


def children(el: Element) -> Iterator[Element]:
    return child_elements(el)


def speech_seconds(text: str) -> float:
    """How long speaking ``text`` takes, at 150 words a minute."""
    return max(1.0, len(text.split()) / 2.5)


FOREVER = 0
