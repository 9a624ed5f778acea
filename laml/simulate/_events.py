"""What happens on a simulated call: one small frozen dataclass per kind of event.

Every event has a ``type`` (the verb in lower case: ``say``, ``gather``, ``dial``, ...), the
virtual time ``at`` (seconds since the call started) and the details of what the platform did.
``to_dict()`` gives the JSON form (``from_`` is written ``from``); ``describe()`` one line of a
call log.

>>> SayEvent(at=0.0, text="Hello", voice="woman").to_dict()["text"]
'Hello'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar, cast

from laml._json import JSON

__all__ = [
    "ConnectEvent",
    "DenoiseEvent",
    "DialEvent",
    "DialTarget",
    "EchoEvent",
    "EnqueueEvent",
    "Event",
    "GatherEvent",
    "HangupEvent",
    "LeaveEvent",
    "MessageEvent",
    "PauseEvent",
    "PayEvent",
    "PlayEvent",
    "ReceiveEvent",
    "RecordEvent",
    "RedirectEvent",
    "ReferEvent",
    "RejectEvent",
    "SayEvent",
    "SmsEvent",
    "StartEvent",
    "StopEvent",
]


def _json(value: object) -> JSON:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name.rstrip("_"): _json(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    return cast("JSON", value)


def _quote(text: str, limit: int = 80) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f'"{shown}"'


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Something the platform did on the call, at ``at`` seconds (virtual time)."""

    type: ClassVar[str] = "event"

    at: float

    def to_dict(self) -> dict[str, JSON]:
        """The event as JSON data: ``{"type": ..., "at": ..., <details>}``."""
        data: dict[str, JSON] = {"type": self.type}
        for f in dataclasses.fields(self):
            data[f.name.rstrip("_")] = _json(getattr(self, f.name))
        return data

    def describe(self) -> str:
        """One line saying what happened, for a call log."""
        return self.type


# ------------------------------------------------------------------------------- voice


@dataclass(frozen=True, slots=True, kw_only=True)
class SayEvent(Event):
    """``<Say>``: text spoken to the caller (SSML reduced to its text)."""

    type: ClassVar[str] = "say"

    text: str
    voice: str | None = None
    language: str | None = None
    #: times played; 0 means until the call ends (or, inside ``<Gather>``, until input)
    loop: int = 1
    #: the verb this one is nested in (``Gather``, ``Pay``, ``waitUrl``), if any
    inside: str | None = None

    def describe(self) -> str:
        extra = [f"voice {self.voice}"] if self.voice else []
        if self.language:
            extra.append(self.language)
        if self.loop != 1:
            extra.append("until input" if self.loop == 0 else f"{self.loop} times")
        return f"Say {_quote(self.text)}" + (f" ({', '.join(extra)})" if extra else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlayEvent(Event):
    """``<Play>``: an audio file, or DTMF tones (``digits``)."""

    type: ClassVar[str] = "play"

    url: str
    digits: str | None = None
    loop: int = 1
    inside: str | None = None

    def describe(self) -> str:
        what = f"tones {self.digits}" if self.digits else self.url
        times = "" if self.loop == 1 else (" (until input)" if self.loop == 0
                                            else f" ({self.loop} times)")
        return f"Play {what}{times}"


@dataclass(frozen=True, slots=True, kw_only=True)
class PauseEvent(Event):
    """``<Pause>``: silence for ``length`` seconds."""

    type: ClassVar[str] = "pause"

    length: int = 1
    inside: str | None = None

    def describe(self) -> str:
        return f"Pause {self.length}s"


@dataclass(frozen=True, slots=True, kw_only=True)
class GatherEvent(Event):
    """``<Gather>``: what the caller entered, and how the gathering ended.

    ``outcome``: ``digits``, ``speech``, ``timeout`` (nothing entered), ``finish-key`` (the finish
    key pressed before any digit) or ``hangup``.
    """

    type: ClassVar[str] = "gather"

    input: tuple[str, ...] = ("dtmf",)
    outcome: str = "timeout"
    digits: str | None = None
    speech: str | None = None
    confidence: float | None = None
    #: keys pressed after the gathering ended (or input of a kind it does not take)
    ignored: str | None = None
    action: str | None = None
    method: str = "POST"
    timeout: int = 5
    num_digits: int | None = None
    finish_on_key: str = "#"
    action_on_empty_result: bool = False

    def describe(self) -> str:
        kinds = " ".join(self.input)
        if self.outcome == "digits":
            what = f"caller pressed {self.digits}"
        elif self.outcome == "speech":
            what = f"caller said {_quote(self.speech or '')}"
            if self.confidence is not None:
                what += f" (confidence {self.confidence:g})"
        elif self.outcome == "finish-key":
            what = "caller pressed the finish key alone: no input"
        elif self.outcome == "hangup":
            what = "caller hung up"
        else:
            what = f"no input ({self.timeout}s timeout)"
        if self.ignored:
            what += f"; ignored {self.ignored!r}"
        return f"Gather {kinds}: {what}"


@dataclass(frozen=True, slots=True)
class DialTarget:
    """One party a ``<Dial>`` called, and how that call went."""

    #: ``number``, ``sip``, ``client``, ``conference``, ``queue``, ``verto``, ...
    kind: str
    value: str
    #: ``answered``, ``busy``, ``no-answer``, ``failed`` or ``canceled``
    outcome: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DialEvent(Event):
    """``<Dial>``: the parties rung at once, and the resulting ``DialCallStatus``."""

    type: ClassVar[str] = "dial"

    targets: tuple[DialTarget, ...]
    #: the ``DialCallStatus``: ``completed``, ``answered``, ``busy``, ``no-answer``, ``failed``
    status: str
    #: seconds the bridged call lasted (0 when nobody answered)
    duration: int = 0
    answered_by: str | None = None
    caller_id: str | None = None
    action: str | None = None
    method: str = "POST"
    record: str | None = None
    recording_url: str | None = None

    def describe(self) -> str:
        called = ", ".join(f"{t.value} ({t.outcome})" for t in self.targets) or "nobody"
        if self.answered_by:
            return f"Dial {called}: {self.status}, talked {self.duration}s"
        return f"Dial {called}: {self.status}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordEvent(Event):
    """``<Record>``: the recording made (``empty`` when nothing was recorded)."""

    type: ClassVar[str] = "record"

    duration: int = 0
    #: the key that ended it, ``hangup``, or None (silence timeout or maximum length)
    digits: str | None = None
    empty: bool = False
    recording_url: str | None = None
    transcript: str | None = None
    beep: bool = True
    action: str | None = None
    method: str = "POST"
    max_length: int = 3600
    timeout: int = 5
    finish_on_key: str = "1234567890*#"

    def describe(self) -> str:
        if self.empty:
            return "Record: nothing recorded"
        how = {None: "", "hangup": ", caller hung up"}.get(
            self.digits, f", ended with {self.digits}")
        said = f": {_quote(self.transcript)}" if self.transcript else ""
        return f"Record {self.duration}s{how}{said}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RedirectEvent(Event):
    """``<Redirect>``: control passes to another document."""

    type: ClassVar[str] = "redirect"

    url: str
    method: str = "POST"

    def describe(self) -> str:
        return f"Redirect {self.method} {self.url}"


@dataclass(frozen=True, slots=True, kw_only=True)
class HangupEvent(Event):
    """``<Hangup>``: the platform ends the call."""

    type: ClassVar[str] = "hangup"

    def describe(self) -> str:
        return "Hangup"


@dataclass(frozen=True, slots=True, kw_only=True)
class RejectEvent(Event):
    """``<Reject>`` (voice or fax): the call is refused, ``reason`` ``rejected`` or ``busy``."""

    type: ClassVar[str] = "reject"

    reason: str = "rejected"

    def describe(self) -> str:
        return f"Reject ({self.reason})"


@dataclass(frozen=True, slots=True, kw_only=True)
class EnqueueEvent(Event):
    """``<Enqueue>``: the caller waited in a queue; ``result`` is the ``QueueResult``."""

    type: ClassVar[str] = "enqueue"

    queue: str
    result: str
    #: seconds in the queue
    queue_time: int = 0
    wait_url: str | None = None
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        return f"Enqueue in {_quote(self.queue)}: {self.result} after {self.queue_time}s"


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaveEvent(Event):
    """``<Leave>``: the caller leaves the queue."""

    type: ClassVar[str] = "leave"

    def describe(self) -> str:
        return "Leave the queue"


@dataclass(frozen=True, slots=True, kw_only=True)
class PayEvent(Event):
    """``<Pay>``: a payment taken from the caller; ``result`` is the ``Result`` parameter."""

    type: ClassVar[str] = "pay"

    result: str
    charge_amount: str | None = None
    currency: str = "usd"
    payment_method: str = "credit-card"
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        what = f"charge {self.charge_amount} {self.currency}" if self.charge_amount else "tokenize"
        return f"Pay ({what}): {self.result}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferEvent(Event):
    """``<Refer>``: a SIP transfer; ``status`` is the ``ReferCallStatus``."""

    type: ClassVar[str] = "refer"

    target: str
    status: str
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        return f"Refer to {self.target}: {self.status}"


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsEvent(Event):
    """``<Sms>`` (the voice verb): a text message sent during the call."""

    type: ClassVar[str] = "sms"

    to: str
    from_: str
    body: str
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        return f"Sms to {self.to} from {self.from_}: {_quote(self.body)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectEvent(Event):
    """``<Connect>``: the call is handed to a stream, room or agent (``nouns``, described)."""

    type: ClassVar[str] = "connect"

    nouns: tuple[str, ...]
    #: seconds the connection lasted
    duration: int = 0
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        return f"Connect {', '.join(self.nouns) or 'nothing'} for {self.duration}s"


@dataclass(frozen=True, slots=True, kw_only=True)
class StartEvent(Event):
    """``<Start>``: streams (or other background work) started beside the call."""

    type: ClassVar[str] = "start"

    nouns: tuple[str, ...]

    def describe(self) -> str:
        return f"Start {', '.join(self.nouns) or 'nothing'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class StopEvent(Event):
    """``<Stop>``: streams stopped."""

    type: ClassVar[str] = "stop"

    nouns: tuple[str, ...]

    def describe(self) -> str:
        return f"Stop {', '.join(self.nouns) or 'nothing'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class EchoEvent(Event):
    """``<Echo>``: the caller hears themselves for ``timeout`` seconds."""

    type: ClassVar[str] = "echo"

    timeout: int = 60

    def describe(self) -> str:
        return f"Echo {self.timeout}s"


@dataclass(frozen=True, slots=True, kw_only=True)
class DenoiseEvent(Event):
    """``<Denoise>``: noise reduction turned ``on`` or ``off``."""

    type: ClassVar[str] = "denoise"

    state: str

    def describe(self) -> str:
        return f"Denoise {self.state}"


# ------------------------------------------------------------------------------- messaging, fax


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageEvent(Event):
    """``<Message>``: an outgoing text (or picture) message."""

    type: ClassVar[str] = "message"

    to: str
    from_: str
    body: str
    media: tuple[str, ...] = ()
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        media = f" + {len(self.media)} media" if self.media else ""
        return f"Message to {self.to} from {self.from_}: {_quote(self.body)}{media}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiveEvent(Event):
    """``<Receive>``: a fax received and stored."""

    type: ClassVar[str] = "receive"

    media_type: str = "application/pdf"
    page_size: str = "letter"
    pages: int = 1
    action: str | None = None
    method: str = "POST"

    def describe(self) -> str:
        return f"Receive fax ({self.pages} page(s), {self.media_type})"
