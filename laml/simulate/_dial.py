"""``<Dial>`` and ``<Enqueue>``: the other parties of a call, queues and conferences.

Each party a ``<Dial>`` rings behaves as the script says (:class:`~laml.simulate.DialOutcome`:
answers after some rings and talks, is busy, does not answer, fails); they ring at once and the
first to answer wins. Without an ``action`` the document goes on after the dialed call; with
one, the ``Dial*`` parameters go to it. Status callbacks (``<Number statusCallback>``,
``recordingStatusCallback``, conference events) are sent as the platform sends them; a
``<Number url>`` or ``<Queue url>`` document is requested and checked. ``<Enqueue>`` runs its
``waitUrl`` document once (``<Leave>``, ``<Gather>``, ``<Redirect>``, ``<Hangup>`` take effect),
then ends as :class:`~laml.simulate.QueueOutcome` says.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from laml.simulate._events import DialEvent, DialTarget, EnqueueEvent, HangupEvent, LeaveEvent
from laml.simulate._script import DialOutcome, Input
from laml.simulate._session import (
    Goto,
    Pairs,
    Session,
    Step,
    Stop,
    Wait,
    bool_attr,
    children,
    int_attr,
    method_attr,
    text_of,
)
from laml.simulate._voice import MEDIA, gather, recording_status, redirect
from laml.webhooks import (
    CallRequest,
    CallStatusCallback,
    ConferenceStatusCallback,
    DequeueRequest,
    DialResult,
    EnqueueResult,
    QueueWait,
)

if TYPE_CHECKING:
    from laml._element import PlainElement as Element

__all__ = ["dial", "enqueue", "leave"]

# ------------------------------------------------------------------------------ Dial


@dataclass(slots=True)
class _Leg:
    kind: str
    value: str
    el: Element | None
    outcome: DialOutcome
    sid: str
    result: str = ""


def _dial_value(child: Element) -> str:
    if child.tag == "Client":
        identity = next((c for c in children(child) if c.tag == "Identity"), None)
        if identity is not None:
            return text_of(identity)
    if child.tag == "Application":
        sid = next((c for c in children(child) if c.tag == "ApplicationSid"), None)
        if sid is not None:
            return text_of(sid)
    return " ".join((child.text or "").split())


_LEG_PREFIX = {"conference": "CF", "queue": "QU"}
_FAILED_PRIORITY = ("no-answer", "busy", "canceled", "failed")
_SIP_CODES = {"answered": 200, "busy": 486, "no-answer": 487, "canceled": 487, "failed": 503}


def dial(s: Session, el: Element) -> Step:
    timeout = max(int_attr(el, "timeout", 30), 1)
    time_limit = int_attr(el, "timeLimit", 14400) or 14400
    record = el.get("record", "do-not-record")
    legs: list[_Leg] = []
    text = " ".join((el.text or "").split())
    if text:
        legs.append(_Leg("number", text, None, s.outcomes.dial.next(text), s.new_sid("CA")))
    for child in children(el):
        kind = str(child.tag).lower()
        value = _dial_value(child)
        legs.append(_Leg(kind, value, child, s.outcomes.dial.next(value),
                         s.new_sid(_LEG_PREFIX.get(kind, "CA"))))
    start = s.clock
    mark = s.mark()
    winner: _Leg | None = None
    for leg in legs:
        outcome = leg.outcome
        if outcome.status == "answered" and outcome.ring > timeout:
            leg.result = "no-answer"
        else:
            leg.result = outcome.status
        if leg.result == "answered" and (winner is None or outcome.ring < winner.outcome.ring):
            winner = leg
    for leg in legs:
        if leg.result == "answered" and leg is not winner:
            leg.result = "canceled"
    talk = 0
    if winner is not None:
        talk = round(min(winner.outcome.seconds, time_limit))
        s.clock += winner.outcome.ring
        if winner.kind == "conference":
            stop = _conference_wait(s, winner)
            if stop is not None:
                return stop
        _whisper(s, winner)
        _conference_events(s, winner, "join")
        s.clock += talk
        _conference_events(s, winner, "leave")
        status = "answered" if winner.kind == "conference" else "completed"
    else:
        results = {leg.result for leg in legs}
        status = next((r for r in _FAILED_PRIORITY if r in results), "failed")
        s.clock += {"no-answer": timeout, "busy": 2.0, "canceled": 1.0}.get(status, 1.0)
    for leg in legs:
        _leg_callbacks(s, el, leg, start, talk if leg is winner else 0)
    recording_url = None
    if winner is not None and record != "do-not-record":
        recording_sid = s.new_sid("RE")
        recording_url = s.recording_url(recording_sid)
        callback = s.target(el, "recordingStatusCallback")
        if isinstance(callback, str):
            s.notify("recordingStatusCallback", callback,
                     method_attr(el, "recordingStatusCallbackMethod"),
                     recording_status(s, recording_sid, "completed", talk, "DialVerb",
                                       2 if record.endswith("dual") else 1))
    action_ref = el.get("action")
    s.emit(DialEvent(
        at=start, targets=tuple(DialTarget(leg.kind, leg.value, leg.result) for leg in legs),
        status=status, duration=talk, answered_by=winner.value if winner else None,
        caller_id=el.get("callerId"), action=action_ref.strip() if action_ref else None,
        method=method_attr(el), record=None if record == "do-not-record" else record,
        recording_url=recording_url,
    ), mark)
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    fields: dict[str, Any] = {"dial_call_status": status}
    last = winner or (legs[-1] if legs else None)
    if last is not None and last.kind != "conference":
        fields["dial_call_sid"] = last.sid
    if winner is not None:
        fields["dial_call_duration"] = talk
        if winner.kind == "sip":
            fields["dial_sip_call_id"] = f"{winner.sid}@sip.example.com"
    if winner is None and last is not None and last.kind == "sip":
        fields["dial_sip_response_code"] = _SIP_CODES[last.result]
    elif winner is not None and winner.kind == "sip":
        fields["dial_sip_response_code"] = 200
    if recording_url:
        fields["recording_url"] = recording_url
    return Goto("Dial action", action, method_attr(el), s.params(DialResult, **fields))


def _leg_params(s: Session, leg: _Leg, status: str, **fields: Any) -> Pairs:
    return s.callback_params(
        CallStatusCallback, call_sid=leg.sid, account_sid=s.identity["account_sid"],
        from_=s.identity["to"], to=leg.value, call_status=status, direction="outbound-dial",
        api_version="2010-04-01", parent_call_sid=s.identity["call_sid"],
        callback_source="call-progress-events", timestamp=s.now().replace(microsecond=0),
        sequence_number=s.sequence(), **fields,
    )


def _leg_callbacks(s: Session, dial: Element, leg: _Leg, start: float, talk: int) -> None:
    el = leg.el
    if el is None or leg.kind not in ("number", "sip", "client"):
        return
    url = s.target(el, "statusCallback")
    if not isinstance(url, str):
        return
    method = method_attr(el, "statusCallbackMethod")
    wanted = set((el.get("statusCallbackEvent") or "completed").split())
    final = {"answered": "completed", "canceled": "canceled"}.get(leg.result, leg.result)
    now = s.clock
    steps = [("initiated", "initiated", start), ("ringing", "ringing", start)]
    if leg.result == "answered":
        steps.append(("answered", "in-progress", start + leg.outcome.ring))
    steps.append(("completed", final, now))
    for event, status, at in steps:
        if event in wanted:
            s.clock = at
            extra = {"call_duration": talk} if event == "completed" else {}
            s.notify("statusCallback", url, method, _leg_params(s, leg, status, **extra))
    s.clock = now


def _whisper(s: Session, leg: _Leg) -> None:
    """The document run on the answered party before bridging (``<Number url>``, ``<Queue
    url>``): requested and checked; what it plays is heard by that party only."""
    el = leg.el
    if el is None or leg.kind not in ("number", "sip", "client", "queue"):
        return
    url = s.target(el, "url")
    if not isinstance(url, str):
        return
    if leg.kind == "queue":
        params = s.callback_params(
            DequeueRequest, call_sid=s.new_sid("CA"), account_sid=s.identity["account_sid"],
            from_=s.identity["from_"], to=s.identity["to"], call_status="in-progress",
            queue_sid=leg.sid, queue_time=round(leg.outcome.ring),
            dequeing_call_sid=s.identity["call_sid"])
        kind = "Queue url"
    else:
        params = s.callback_params(
            CallRequest, call_sid=leg.sid, account_sid=s.identity["account_sid"],
            from_=s.identity["to"], to=leg.value, call_status="in-progress",
            direction="outbound-dial", api_version="2010-04-01",
            parent_call_sid=s.identity["call_sid"])
        kind = f"{el.tag} url"
    s.loader.side(Goto(kind, url, method_attr(el), params), document=True)


def _conference_wait(s: Session, leg: _Leg) -> Stop | None:
    el = leg.el
    if el is None:
        return None
    url = s.target(el, "waitUrl")
    if isinstance(url, Stop):
        return url
    if url is None:
        return None
    goto = Goto("Conference waitUrl", url, method_attr(el, "waitMethod"), s.params())
    waited = _wait_document(s, goto, CONFERENCE_WAIT)
    try:
        next(waited)  # (nothing there waits for the caller: no <Gather>)
    except StopIteration as done:
        return done.value if isinstance(done.value, Stop) else None
    raise AssertionError("a conference waitUrl document waited for the caller")


def _conference_events(s: Session, leg: _Leg, when: str) -> None:
    el = leg.el
    if el is None or leg.kind != "conference":
        return
    url = s.target(el, "statusCallback")
    if not isinstance(url, str):
        return
    wanted = set((el.get("statusCallbackEvent") or "").split())
    events: list[str] = []
    if when == "join":
        if "start" in wanted and bool_attr(el, "startConferenceOnEnter", True):
            events.append("conference-start")
        if "join" in wanted:
            events.append("participant-join")
    else:
        if "leave" in wanted:
            events.append("participant-leave")
        if "end" in wanted:
            events.append("conference-end")
    for event in events:
        s.notify("Conference statusCallback", url, method_attr(el, "statusCallbackMethod"),
                 s.callback_params(
                     ConferenceStatusCallback, conference_sid=leg.sid,
                     status_callback_event=event, account_sid=s.identity["account_sid"],
                     call_sid=s.identity["call_sid"], friendly_name=leg.value,
                     timestamp=s.now().replace(microsecond=0), sequence_number=s.sequence(),
                     muted=bool_attr(el, "muted", False), hold=False,
                     end_conference_on_exit=bool_attr(el, "endConferenceOnExit", False),
                     start_conference_on_enter=bool_attr(el, "startConferenceOnEnter", True)))


# ------------------------------------------------------------------------------ queues


#: the verbs a ``waitUrl`` document may hold (``<Enqueue>``'s, ``<Conference>``'s)
QUEUE_WAIT = frozenset({"Say", "Play", "Pause", "Gather", "Hangup", "Redirect", "Leave"})
CONFERENCE_WAIT = frozenset({"Say", "Play", "Pause", "Redirect"})


def _wait_document(s: Session, goto: Goto, allowed: frozenset[str]
                   ) -> Generator[Wait, Input | None, Step | str]:
    """Run a ``waitUrl`` document once (through its redirects): what the caller hears while
    waiting. Gives ``"leave"`` (``<Leave>``), a :class:`Stop` (``<Hangup>``, or a verb the
    platform does not allow there: error 12200), a :class:`Goto` (a ``<Gather>``'s action
    takes the caller out) or None."""
    while True:
        loaded = s.loader.load(goto)
        if isinstance(loaded, Stop):
            return loaded
        assert loaded.document.root is not None
        base, s.url = s.url, goto.url
        try:
            following: Goto | None = None
            for el in children(loaded.document.root):
                tag = str(el.tag)
                if tag not in allowed:
                    return Stop("error", 12200, f"<{tag}> cannot be used in a {goto.kind} "
                                f"document ({goto.url})")
                if tag == "Leave":
                    s.emit(LeaveEvent(at=s.clock))
                    return "leave"
                if tag == "Hangup":
                    s.emit(HangupEvent(at=s.clock))
                    return Stop("hangup")
                if tag == "Redirect":
                    moved = redirect(s, el)
                    if not isinstance(moved, Goto):
                        return moved
                    following = Goto(goto.kind, moved.url, moved.method, goto.params)
                    break
                if tag == "Gather":
                    step = yield from gather(s, el)
                    if step is not None:
                        return step
                    continue
                MEDIA[tag](s, el, "waitUrl")
        finally:
            s.url = base
        if following is None:
            return None
        goto = following


def enqueue(s: Session, el: Element) -> Generator[Wait, Input | None, Step]:
    name = text_of(el)
    queue_sid = s.new_sid("QU")
    outcome = s.outcomes.queue
    start = s.clock
    mark = s.mark()
    result = outcome.result
    leaving: Step = None
    wait_url = s.target(el, "waitUrl")
    if isinstance(wait_url, Stop):
        return wait_url
    if wait_url is not None:
        goto = Goto("Enqueue waitUrl", wait_url, method_attr(el, "waitUrlMethod"), s.params(
            QueueWait, queue_sid=queue_sid, queue_position=1, queue_time=0, avg_queue_time=0,
            current_queue_size=1))
        waited = yield from _wait_document(s, goto, QUEUE_WAIT)
        if waited == "leave":
            result = "leave"
        elif isinstance(waited, Stop):
            leaving, result = waited, "error" if waited.reason == "error" else "hangup"
        elif isinstance(waited, Goto):
            leaving, result = waited, "redirected"
    if leaving is None and result != "leave":
        s.clock = max(s.clock, start + outcome.wait)
    queue_time = round(s.clock - start)
    if result == "bridged" and leaving is None:
        s.clock += outcome.seconds
    s.emit(EnqueueEvent(at=start, queue=name, result=result, queue_time=queue_time,
                        wait_url=wait_url, action=(el.get("action") or "").strip() or None,
                        method=method_attr(el)), mark)
    if leaving is not None:
        return leaving
    if result == "hangup":
        return Stop("caller-hangup", message=f"the caller hung up waiting in {name!r}")
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    return Goto("Enqueue action", action, method_attr(el), s.params(
        EnqueueResult, queue_result=result, queue_sid=queue_sid, queue_time=queue_time))


def leave(s: Session, el: Element) -> Step:
    s.emit(LeaveEvent(at=s.clock))
    return None
