"""Voice verbs: what each one does to the call, the caller hears and the app is told.

``<Say>``, ``<Play>``, ``<Pause>``, ``<Gather>`` (``numDigits``, ``finishOnKey``, ``timeout``,
``actionOnEmptyResult``; input that ends it, or falls through), ``<Record>`` (a recording posted
to ``action``; nothing recorded: the document goes on, as Twilio documents), ``<Redirect>``,
``<Hangup>``, ``<Reject>``, ``<Pay>``, ``<Refer>``, ``<Sms>``, ``<Connect>``, ``<Start>``,
``<Stop>``, ``<Echo>``, ``<Denoise>``. ``<Dial>`` and ``<Enqueue>`` are in
:mod:`laml.simulate._dial`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from laml.simulate._events import (
    ConnectEvent,
    DenoiseEvent,
    EchoEvent,
    GatherEvent,
    HangupEvent,
    PauseEvent,
    PayEvent,
    PlayEvent,
    RecordEvent,
    RedirectEvent,
    ReferEvent,
    RejectEvent,
    SayEvent,
    SmsEvent,
    StartEvent,
    StopEvent,
)
from laml.simulate._request import Method, URLError
from laml.simulate._script import HangUp, Input, Press, Recording, Speak
from laml.simulate._session import (
    FOREVER,
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
    speech_seconds,
    text_of,
)
from laml.webhooks import (
    GatherResult,
    PayResult,
    PayStatusCallback,
    RecordingStatusCallback,
    RecordResult,
    ReferResult,
    SmsVerbResult,
    SmsVerbStatusCallback,
    StreamStatusCallback,
    TranscriptionCallback,
)

if TYPE_CHECKING:
    from laml._element import PlainElement as Element

__all__ = [
    "MEDIA",
    "VOICE",
    "VOICE_WAITING",
    "forever",
    "gather",
    "recording_status",
    "redirect",
    "reject",
]

# ------------------------------------------------------------------------------ media


def _say(s: Session, el: Element, inside: str | None = None) -> Step:
    text = text_of(el)
    loop = max(int_attr(el, "loop", 1), 0)
    s.emit(SayEvent(at=s.clock, text=text, voice=el.get("voice"), language=el.get("language"),
                    loop=loop, inside=inside))
    s.clock += speech_seconds(text) * max(loop, 1)
    return None


def _play(s: Session, el: Element, inside: str | None = None) -> Step:
    digits = el.get("digits")
    loop = max(int_attr(el, "loop", 1), 0)
    s.emit(PlayEvent(at=s.clock, url=text_of(el), digits=digits, loop=loop, inside=inside))
    one = 0.5 * len(digits) if digits else s.outcomes.play
    s.clock += one * max(loop, 1)
    return None


def _pause(s: Session, el: Element, inside: str | None = None) -> Step:
    length = max(int_attr(el, "length", 1), 0)
    s.emit(PauseEvent(at=s.clock, length=length, inside=inside))
    s.clock += length
    return None


MEDIA: dict[str, Callable[[Session, Element, str | None], Step]] = {
    "Say": _say, "Play": _play, "Pause": _pause,
}


def forever(s: Session, el: Element) -> Generator[Wait, Input | None, Step]:
    """A ``<Say>``/``<Play>`` with ``loop="0"``: it repeats until the caller hangs up."""
    MEDIA[str(el.tag)](s, el, None)
    while True:
        given = yield Wait(str(el.tag), s.clock, "the caller to hang up (it repeats forever)")
        if given is None or isinstance(given, HangUp):
            return Stop("caller-hangup",
                        message=f"the caller hung up during <{el.tag} loop=\"0\">, which "
                        "repeats until the call ends")


# ------------------------------------------------------------------------------ Gather


def gather(s: Session, el: Element) -> Generator[Wait, Input | None, Step]:
    kinds = tuple((el.get("input") or "dtmf").split()) or ("dtmf",)
    timeout = max(int_attr(el, "timeout", 5), 0)
    num_digits = int_attr(el, "numDigits", 0) or None
    finish = el.get("finishOnKey", "#")
    empty_action = bool_attr(el, "actionOnEmptyResult", False)
    endless = False
    for child in children(el):
        run = MEDIA.get(str(child.tag))
        if run is not None:
            run(s, child, "Gather")
            endless = endless or (child.tag != "Pause" and int_attr(child, "loop", 1) == FOREVER)
    expects = " or ".join("keys" if k == "dtmf" else "speech" for k in kinds)
    given = yield Wait("Gather", s.clock, expects)
    digits = speech = None
    confidence: float | None = None
    ignored: str | None = None
    outcome = "timeout"
    if isinstance(given, HangUp) or (endless and given is None):
        s.emit(_gather_event(s, el, kinds, "hangup", None, None, None, None))
        return Stop("caller-hangup", message="the caller hung up during <Gather>")
    if isinstance(given, Press) and "dtmf" in kinds:
        collected, rest, finished = _keys(given.keys, finish, num_digits)
        ignored = rest or None
        s.clock += 0.5 * (len(given.keys) - len(rest))
        if not finished and not (num_digits and len(collected) >= num_digits):
            s.clock += timeout  # waits for more keys, then submits what it has
        if collected:
            outcome, digits = "digits", collected
        elif finished:
            outcome = "finish-key"
    elif isinstance(given, Speak) and "speech" in kinds and given.text.strip():
        outcome, speech, confidence = "speech", given.text, given.confidence
        s.clock += speech_seconds(given.text) + 1.0
    else:
        if isinstance(given, Press):
            ignored = given.keys
        elif isinstance(given, Speak):
            ignored = given.text
        elif isinstance(given, Recording):
            ignored = "a recording"
        s.clock += timeout
    s.emit(_gather_event(s, el, kinds, outcome, digits, speech, confidence, ignored))
    if outcome in ("digits", "speech") or empty_action:
        action = s.target(el, current=True)
        if isinstance(action, Stop):
            return action
        assert action is not None
        fields: dict[str, Any] = {}
        if digits is not None:
            fields["digits"] = digits
        if speech is not None:
            fields["speech_result"] = speech
            fields["confidence"] = confidence
        return Goto("Gather action", action, method_attr(el), s.params(GatherResult, **fields))
    return None


def _keys(keys: str, finish: str, num_digits: int | None) -> tuple[str, str, bool]:
    """The digits a gather takes from ``keys``, the keys left over, and whether a finish key
    ended it."""
    collected: list[str] = []
    for index, key in enumerate(keys):
        if finish and key in finish:
            return "".join(collected), keys[index + 1:], True
        collected.append(key)
        if num_digits and len(collected) >= num_digits:
            return "".join(collected), keys[index + 1:], False
    return "".join(collected), "", False


def _gather_event(s: Session, el: Element, kinds: tuple[str, ...], outcome: str,
                  digits: str | None, speech: str | None, confidence: float | None,
                  ignored: str | None) -> GatherEvent:
    action = el.get("action")
    return GatherEvent(
        at=s.clock, input=kinds, outcome=outcome, digits=digits, speech=speech,
        confidence=confidence, ignored=ignored,
        action=action.strip() if action and action.strip() else None, method=method_attr(el),
        timeout=max(int_attr(el, "timeout", 5), 0), num_digits=int_attr(el, "numDigits", 0) or None,
        finish_on_key=el.get("finishOnKey", "#"),
        action_on_empty_result=bool_attr(el, "actionOnEmptyResult", False),
    )


# ------------------------------------------------------------------------------ Record


def _record(s: Session, el: Element) -> Generator[Wait, Input | None, Step]:
    timeout = max(int_attr(el, "timeout", 5), 0)
    finish = el.get("finishOnKey", "1234567890*#")
    max_length = int_attr(el, "maxLength", 3600) or 3600
    beep = bool_attr(el, "playBeep", True)
    events = (el.get("recordingStatusCallbackEvent") or "completed").split()
    callback = s.target(el, "recordingStatusCallback")
    if isinstance(callback, Stop):
        return callback
    callback_method = method_attr(el, "recordingStatusCallbackMethod")
    if beep:
        s.clock += 0.5
    recording_sid = s.new_sid("RE")
    if callback and "in-progress" in events:
        s.notify("recordingStatusCallback", callback, callback_method, recording_status(
            s, recording_sid, "in-progress", 0, "RecordVerb"))
    given = yield Wait("Record", s.clock, "a recording")
    seconds = 0.0
    digits: str | None = None
    transcript: str | None = None
    hung_up = False
    if isinstance(given, Recording):
        seconds = min(given.seconds, float(max_length))
        transcript = given.transcript
        if given.finish == "max-length" or given.seconds >= max_length:
            seconds = float(max_length)
        elif given.finish == "hangup":
            digits, hung_up = "hangup", True
        elif given.finish != "timeout" and given.finish in finish:
            digits = given.finish
        else:
            s.clock += timeout
        s.clock += seconds
    elif isinstance(given, Speak):
        seconds, transcript = speech_seconds(given.text), given.text
        s.clock += seconds + timeout
    elif isinstance(given, Press) and given.keys[0] in finish:
        digits = given.keys[0]
    elif isinstance(given, HangUp):
        hung_up = True
    else:
        s.clock += timeout
    duration = round(seconds)
    empty = duration == 0
    url = None if empty else s.recording_url(recording_sid)
    s.emit(RecordEvent(
        at=s.clock, duration=duration, digits=digits, empty=empty, recording_url=url,
        transcript=transcript, beep=beep, action=(el.get("action") or "").strip() or None,
        method=method_attr(el), max_length=max_length, timeout=timeout, finish_on_key=finish,
    ))
    if callback and (("absent" in events) if empty else ("completed" in events)):
        s.notify("recordingStatusCallback", callback, callback_method, recording_status(
            s, recording_sid, "absent" if empty else "completed", duration, "RecordVerb"))
    transcribe_url = s.target(el, "transcribeCallback")
    if not empty and bool_attr(el, "transcribe", False) and isinstance(transcribe_url, str):
        s.notify("transcribeCallback", transcribe_url, "POST", s.callback_params(
            TranscriptionCallback, transcription_sid=s.new_sid("TR"),
            transcription_text=transcript or "",
            transcription_status="completed" if transcript else "failed",
            recording_sid=recording_sid, recording_url=url, call_sid=s.identity["call_sid"],
            account_sid=s.identity["account_sid"], from_=s.identity["from_"],
            to=s.identity["to"]))
    if hung_up:
        s.status = "completed"
    if empty:
        # nothing recorded: no action request; the document goes on (Twilio documents this)
        return Stop("caller-hangup", message="the caller hung up during <Record>") \
            if hung_up else None
    action = s.target(el, current=True)
    if isinstance(action, Stop):
        return action
    assert action is not None
    fields: dict[str, Any] = {"recording_url": url, "recording_duration": duration,
                              "digits": digits}
    if s.dialect == "twilio":
        fields["recording_sid"] = recording_sid
    goto = Goto("Record action", action, method_attr(el), s.params(RecordResult, **fields))
    if hung_up:
        # the platform still posts the recording, and nothing more happens on the call
        s.loader.side(goto, document=True)
        return Stop("caller-hangup", message="the caller hung up during <Record>")
    return goto


def recording_status(s: Session, sid: str, status: str, duration: int, source: str,
                      channels: int = 1) -> Pairs:
    return s.callback_params(
        RecordingStatusCallback, recording_sid=sid, account_sid=s.identity["account_sid"],
        call_sid=s.identity["call_sid"], recording_url=s.recording_url(sid),
        recording_status=status, recording_duration=duration, recording_channels=channels,
        recording_source=source, recording_start_time=s.now().replace(microsecond=0),
    )


# ------------------------------------------------------------------------------ flow


def redirect(s: Session, el: Element) -> Step:
    method = method_attr(el)
    try:
        url = s.resolve(el.text or "")
    except URLError as exc:
        return Stop("error", URLError.code, f"<Redirect>: {exc}")
    s.emit(RedirectEvent(at=s.clock, url=url, method=method))
    return Goto("Redirect", url, method, s.params())


def _hangup(s: Session, el: Element) -> Step:
    s.emit(HangupEvent(at=s.clock))
    return Stop("hangup")


def reject(s: Session, el: Element) -> Step:
    reason = el.get("reason") or "rejected"
    s.emit(RejectEvent(at=s.clock, reason=reason))
    return Stop("rejected", message=f"the call was rejected ({reason})")


# ------------------------------------------------------------------------------ other voice verbs


def _pay(s: Session, el: Element) -> Step:
    start = s.clock
    for prompt in children(el):
        if prompt.tag == "Prompt" and prompt.get("errorType") is None \
                and prompt.get("attempt", "1").split()[0] == "1":
            for child in children(prompt):
                run = MEDIA.get(str(child.tag))
                if run is not None:
                    run(s, child, "Pay")
    charge = (el.get("chargeAmount") or "").strip() or None
    if charge is not None:
        with contextlib.suppress(ValueError):
            charge = None if float(charge) == 0 else charge
    method_name = el.get("paymentMethod") or "credit-card"
    result = s.outcomes.pay
    card = method_name == "credit-card"
    stages = ["payment-card-number", "expiration-date"] if card else \
        ["bank-routing-number", "bank-account-number"]
    if card and bool_attr(el, "securityCode", True):
        stages.append("security-code")
    if card and (el.get("postalCode") or "true").strip().lower() == "true":
        stages.append("postal-code")
    callback = s.target(el, "statusCallback")
    mark = s.mark()
    for stage in stages:
        s.clock += 5.0
        if isinstance(callback, str):
            s.notify("Pay statusCallback", callback, "POST", s.callback_params(
                PayStatusCallback, call_sid=s.identity["call_sid"],
                account_sid=s.identity["account_sid"], attempt=1, for_=stage))
    s.emit(PayEvent(at=start, result=result, charge_amount=charge,
                    currency=el.get("currency") or "usd", payment_method=method_name,
                    action=(el.get("action") or "").strip() or None, method=method_attr(el)), mark)
    fields: dict[str, Any] = {"result": result, "payment_method": method_name}
    if result == "success":
        if card:
            fields.update(payment_card_number="xxxxxxxxxxxx1111", payment_card_type="visa",
                          expiration_date="1230", security_code="xxx")
        else:
            fields.update(bank_account_number="xxxxxx6789", bank_routing_number="121000358")
        if charge is not None:
            fields["payment_confirmation_code"] = "ch_" + s.new_sid("PK")[-16:]
        else:
            fields["payment_token"] = "tok_" + s.new_sid("PK")[-16:]
    else:
        fields["payment_error"] = result
    action = s.target(el, current=True)
    if isinstance(action, Stop):
        return action
    assert action is not None
    return Goto("Pay action", action, method_attr(el), s.params(PayResult, **fields))


_NOTIFY_CODES = {"in-progress": 200, "busy": 486, "no-answer": 487, "canceled": 487,
                 "failed": 503}


def _refer(s: Session, el: Element) -> Step:
    sip = next((c for c in children(el) if c.tag == "Sip"), None)
    target = text_of(sip) if sip is not None else text_of(el)
    status = s.outcomes.refer
    s.emit(ReferEvent(at=s.clock, target=target, status=status,
                      action=(el.get("action") or "").strip() or None, method=method_attr(el)))
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    return Goto("Refer action", action, method_attr(el), s.params(
        ReferResult, refer_call_status=status,
        refer_sip_response_code=603 if status == "failed" else 202,
        notify_sip_response_code=_NOTIFY_CODES.get(status)))


def _sms(s: Session, el: Element) -> Step:
    to = (el.get("to") or "").strip() or s.identity["from_"]
    sender = (el.get("from") or "").strip() or s.identity["to"]
    body = text_of(el)
    sid = s.new_sid("SM")
    s.emit(SmsEvent(at=s.clock, to=to, from_=sender, body=body,
                    action=(el.get("action") or "").strip() or None, method=method_attr(el)))
    callback = s.target(el, "statusCallback")
    if isinstance(callback, str):
        s.notify("Sms statusCallback", callback, "POST", s.callback_params(
            SmsVerbStatusCallback, sms_sid=sid, sms_status="sent",
            account_sid=s.identity["account_sid"]))
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    return Goto("Sms action", action, method_attr(el),
                s.params(SmsVerbResult, sms_sid=sid, sms_status="sending"))


def _noun(el: Element) -> str:
    tag = str(el.tag)
    name = el.get("name")
    what = el.get("url") or el.get("connectorName") or text_of(el) or ""
    label = f"{tag} {what}".strip()
    return f"{label} ({name})" if name else label


def _stream_callback(s: Session, el: Element, event: str, url: str, method: Method,
                     sid: str) -> None:
    s.notify("Stream statusCallback", url, method, s.callback_params(
        StreamStatusCallback, stream_sid=sid, stream_event=event,
        account_sid=s.identity["account_sid"], call_sid=s.identity["call_sid"],
        stream_name=el.get("name"), stream_track=el.get("track") or "inbound_track",
        timestamp=s.now().replace(microsecond=0)))


def _streams_started(s: Session, verb: Element) -> None:
    for child in children(verb):
        if child.tag != "Stream":
            continue
        sid = s.new_sid("MZ")
        callback = s.target(child, "statusCallback")
        method = method_attr(child, "statusCallbackMethod")
        if isinstance(callback, str):
            _stream_callback(s, child, "stream-started", callback, method, sid)
            s.streams[child.get("name") or sid] = (callback, method, sid)


def _connect(s: Session, el: Element) -> Step:
    nouns = tuple(_noun(c) for c in children(el))
    start = s.clock
    mark = s.mark()
    _streams_started(s, el)
    s.clock += s.outcomes.connect
    for child in children(el):
        if child.tag == "Stream":
            known = s.streams.pop(child.get("name") or "", None)
            if known is not None:
                _stream_callback(s, child, "stream-stopped", *known)
    s.emit(ConnectEvent(at=start, nouns=nouns, duration=round(s.outcomes.connect),
                        action=(el.get("action") or "").strip() or None, method=method_attr(el)),
           mark)
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    return Goto("Connect action", action, method_attr(el), s.params())


def _start(s: Session, el: Element) -> Step:
    s.emit(StartEvent(at=s.clock, nouns=tuple(_noun(c) for c in children(el))))
    _streams_started(s, el)
    return None


def _stop(s: Session, el: Element) -> Step:
    s.emit(StopEvent(at=s.clock, nouns=tuple(_noun(c) for c in children(el))))
    for child in children(el):
        known = s.streams.pop(child.get("name") or "", None)
        if known is not None:
            _stream_callback(s, child, "stream-stopped", *known)
    return None


def _echo(s: Session, el: Element) -> Step:
    timeout = int_attr(el, "timeout", 60)
    s.emit(EchoEvent(at=s.clock, timeout=timeout))
    s.clock += timeout
    return None


def _denoise(s: Session, el: Element) -> Step:
    s.emit(DenoiseEvent(at=s.clock, state=text_of(el) or "on"))
    return None


VOICE: dict[str, Callable[[Session, Element], Step]] = {
    "Say": _say, "Play": _play, "Pause": _pause, "Redirect": redirect, "Hangup": _hangup,
    "Reject": reject, "Pay": _pay, "Refer": _refer, "Sms": _sms, "Connect": _connect,
    "Start": _start, "Stop": _stop, "Echo": _echo, "Denoise": _denoise,
}
VOICE_WAITING: dict[str, Callable[[Session, Element], Generator[Wait, Input | None, Step]]] = {
    "Gather": gather, "Record": _record,
}
