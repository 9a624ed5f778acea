"""The caller's side of a simulated call: inputs, and how the parties the call reaches behave.

Inputs are consumed in order by the verbs that wait for the caller (``<Gather>``, ``<Record>``,
and a ``<Say>``/``<Play>`` that repeats forever):

- :class:`Press` — keys on the keypad (``"1"``, ``"1234#"``);
- :class:`Speak` — words, with a recognition confidence;
- :class:`Silence` — nothing: the verb's timeout passes;
- :class:`Recording` — a message left at a ``<Record>``;
- :class:`HangUp` — the caller hangs up.

A plain string is a shorthand: keys only (``0-9``, ``*``, ``#``) is :class:`Press`, anything
else :class:`Speak`; ``None`` is :class:`Silence`.

>>> to_input("12#"), to_input("sales")
(Press(keys='12#'), Speak(text='sales', confidence=0.9))

Outcomes say how each party a ``<Dial>`` rings behaves (:class:`DialOutcome`, also written
``"busy"``, ``"no-answer"``, ``"failed"``, ``"answered:45"``), and what a queue, a payment or a
transfer ends with.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

__all__ = [
    "DialOutcome",
    "DialPlan",
    "HangUp",
    "Input",
    "InputLike",
    "Outcomes",
    "Press",
    "QueueOutcome",
    "Recording",
    "Silence",
    "Speak",
    "inputs_of",
    "parse_dial_outcome",
    "to_input",
]

_KEYS = re.compile(r"[0-9*#]+")
_DTMF = re.compile(r"[0-9*#A-Da-d]+")


@dataclass(frozen=True, slots=True)
class Press:
    """Keys pressed on the keypad: ``0-9``, ``*``, ``#`` (and ``A``-``D``)."""

    keys: str

    def __post_init__(self) -> None:
        if not isinstance(self.keys, str) or not _DTMF.fullmatch(self.keys):
            raise ValueError(f"not keypad keys: {self.keys!r} (use 0-9, *, #, A-D)")


@dataclass(frozen=True, slots=True)
class Speak:
    """Words the caller says, recognized with ``confidence`` (0.0 to 1.0)."""

    text: str
    confidence: float = 0.9

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"speech is text, not {type(self.text).__name__}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be between 0.0 and 1.0, not {self.confidence}")


@dataclass(frozen=True, slots=True)
class Silence:
    """The caller does nothing until the waiting verb times out."""


@dataclass(frozen=True, slots=True)
class HangUp:
    """The caller hangs up."""


@dataclass(frozen=True, slots=True)
class Recording:
    """A message left at a ``<Record>``: ``seconds`` long, ended by ``finish``.

    ``finish`` is ``"timeout"`` (the caller stops talking), ``"max-length"``, ``"hangup"`` or a
    key (``"#"``); ``transcript`` is the text a ``transcribe`` request reports.
    """

    seconds: float = 10.0
    finish: str = "timeout"
    transcript: str | None = None

    def __post_init__(self) -> None:
        if self.seconds < 0:
            raise ValueError("a recording cannot last less than 0 seconds")
        if self.finish not in ("timeout", "max-length", "hangup") and not (
            len(self.finish) == 1 and _KEYS.fullmatch(self.finish)
        ):
            raise ValueError(
                f"finish must be timeout, max-length, hangup or one key, not {self.finish!r}"
            )


Input: TypeAlias = Press | Speak | Silence | HangUp | Recording
InputLike: TypeAlias = Input | str | None


def to_input(item: InputLike) -> Input:
    """An input from its shorthand: keys as :class:`Press`, other text as :class:`Speak`."""
    if item is None:
        return Silence()
    if isinstance(item, str):
        return Press(item) if _KEYS.fullmatch(item) else Speak(item)
    if isinstance(item, Press | Speak | Silence | HangUp | Recording):
        return item
    raise TypeError(f"not a caller input: {item!r}")


# ------------------------------------------------------------------------------- outcomes

DialStatus: TypeAlias = Literal["answered", "busy", "no-answer", "failed", "canceled"]
_DIAL_STATUSES = ("answered", "busy", "no-answer", "failed", "canceled")


@dataclass(frozen=True, slots=True)
class DialOutcome:
    """How one party of a ``<Dial>`` behaves: answers after ``ring`` seconds and talks for
    ``seconds``, or is busy, does not answer, or cannot be reached."""

    status: DialStatus = "answered"
    seconds: float = 30.0
    ring: float = 5.0

    def __post_init__(self) -> None:
        if self.status not in _DIAL_STATUSES:
            raise ValueError(
                f"unknown dial outcome {self.status!r}: use {', '.join(_DIAL_STATUSES)}"
            )
        if self.seconds < 0 or self.ring < 0:
            raise ValueError("dial outcome times cannot be negative")


def parse_dial_outcome(text: str | DialOutcome) -> DialOutcome:
    """A dial outcome from ``answered[:SECONDS]``, ``completed[:SECONDS]``, ``busy``,
    ``no-answer``, ``failed`` or ``canceled``."""
    if isinstance(text, DialOutcome):
        return text
    name, _, seconds = text.strip().lower().partition(":")
    if name == "completed":
        name = "answered"
    if name not in _DIAL_STATUSES:
        raise ValueError(f"unknown dial outcome {text!r}: use answered[:SECONDS], busy, "
                         "no-answer, failed or canceled")
    if not seconds:
        return DialOutcome(name)  # type: ignore[arg-type]
    if name != "answered":
        raise ValueError(f"only an answered call has a length: {text!r}")
    try:
        value = float(seconds)
    except ValueError:
        raise ValueError(f"not a number of seconds: {seconds!r}") from None
    return DialOutcome("answered", seconds=value)


class DialPlan:
    """The outcome of each party dialed: by target, else the next in order, else answered.

    ``outcomes`` maps a target (a number, a SIP URI, a conference or queue name; ``"*"`` for
    any) to an outcome or a sequence of outcomes (one per time it is dialed, the last one
    repeating); or it is a sequence of outcomes taken by the parties dialed, in order.
    """

    def __init__(
        self,
        outcomes: Mapping[str, DialOutcome | str | Sequence[DialOutcome | str]]
        | Sequence[DialOutcome | str]
        | None = None,
        default: DialOutcome | None = None,
    ) -> None:
        self.by_target: dict[str, deque[DialOutcome]] = {}
        self.in_order: deque[DialOutcome] = deque()
        self.default: DialOutcome = default or DialOutcome()
        if outcomes is None:
            return
        if isinstance(outcomes, Mapping):
            for target, value in outcomes.items():
                items = [value] if isinstance(value, str | DialOutcome) else list(value)
                self.by_target[target] = deque(parse_dial_outcome(v) for v in items)
        elif isinstance(outcomes, str | DialOutcome):
            self.in_order.append(parse_dial_outcome(outcomes))
        else:
            self.in_order.extend(parse_dial_outcome(v) for v in outcomes)

    def add(self, outcome: DialOutcome | str, target: str | None = None) -> None:
        """One more outcome: for ``target``, or (None) for the next party dialed."""
        parsed = parse_dial_outcome(outcome)
        if target is None:
            self.in_order.append(parsed)
        else:
            self.by_target.setdefault(target, deque()).append(parsed)

    def next(self, target: str) -> DialOutcome:
        """The outcome of dialing ``target`` now."""
        for key in (target, "*"):
            queue = self.by_target.get(key)
            if queue:
                return queue.popleft() if len(queue) > 1 else queue[0]
        if self.in_order:
            return self.in_order.popleft()
        return self.default


@dataclass(frozen=True, slots=True)
class QueueOutcome:
    """How a wait in a queue ends: ``result`` is the ``QueueResult`` (``bridged``, ``hangup``,
    ``queue-full``, ``error``, ``system-error``), after ``wait`` seconds in the queue and, when
    bridged, ``seconds`` of conversation."""

    result: str = "bridged"
    wait: float = 30.0
    seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class Outcomes:
    """What the rest of the world does during a call: dialed parties, queues, payments,
    SIP transfers, and how long ``<Connect>`` sessions and audio files last."""

    dial: DialPlan = field(default_factory=DialPlan)
    queue: QueueOutcome = field(default_factory=QueueOutcome)
    #: the ``Result`` of a ``<Pay>``
    pay: str = "success"
    #: the ``ReferCallStatus`` of a ``<Refer>``
    refer: str = "in-progress"
    #: seconds a ``<Connect>`` session lasts
    connect: float = 0.0
    #: seconds one play of an audio file lasts
    play: float = 5.0


def inputs_of(items: Iterable[InputLike]) -> list[Input]:
    """Inputs from their shorthands (see :func:`to_input`)."""
    if isinstance(items, str):
        raise TypeError("inputs is a list: inputs=['1'], not inputs='1'")
    return [to_input(item) for item in items]
