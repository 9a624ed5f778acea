"""Verb semantics of the call simulator, on documents served by URL (no app, no network)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

from laml.simulate import (
    CallEnded,
    DialEvent,
    DialOutcome,
    EnqueueEvent,
    GatherEvent,
    HangUp,
    MessageEvent,
    PayEvent,
    Press,
    QueueOutcome,
    ReceiveEvent,
    RecordEvent,
    Recording,
    ReferEvent,
    SayEvent,
    Silence,
    Simulator,
    SmsEvent,
    Speak,
    Wait,
)

DocumentMap = Mapping[str, Any]


def R(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{body}</Response>'


def sim(docs: DocumentMap, **options: Any) -> Simulator:
    return Simulator(dict(docs), **options)


def echo(params: Mapping[str, str]) -> str:
    """A document saying back the parameters it got (sorted), then hanging up."""
    said = "; ".join(f"{k}={v}" for k, v in sorted(params.items()) if k not in _COMMON)
    return R(f"<Say>{said or 'nothing'}</Say><Hangup/>")


_COMMON = {"CallSid", "AccountSid", "From", "To", "CallStatus", "ApiVersion", "Direction"}

MENU = R('<Gather numDigits="1" action="/choice" timeout="7"><Say>Press a key</Say></Gather>'
         "<Say>No input</Say><Hangup/>")


# ------------------------------------------------------------------ Say, Play, Pause


def test_say_play_pause_events_and_virtual_clock() -> None:
    call = sim({"/": R('<Say voice="Polly.Joanna" language="en-US" loop="2">one two three</Say>'
                       '<Play loop="3">https://example.com/a.mp3</Play><Pause length="4"/>'
                       '<Play digits="ww12"/>')}).call()
    say, play, pause, tones = call.events
    assert (say.type, say.text, say.voice, say.language, say.loop) == \
        ("say", "one two three", "Polly.Joanna", "en-US", 2)
    assert (play.type, play.url, play.loop) == ("play", "https://example.com/a.mp3", 3)
    assert (pause.type, pause.length) == ("pause", 4)
    assert tones.digits == "ww12"
    # 3 words at 150 a minute, twice; then 3 plays of 5 s; times in whole milliseconds, so
    # they read as written (17.4, not 17.400000000000002)
    assert (say.at, play.at, pause.at, tones.at) == (0, 2.4, 17.4, 21.4)
    words = sim({"/": R("<Say>one two three</Say>" * 5)}).call()
    assert [e.at for e in words.events] == [0, 1.2, 2.4, 3.6, 4.8]
    assert call.ended is not None and call.ended.reason == "completed" and call.ended.ok
    assert call.said == ["one two three"] and call.played[1] == "ww12"


def test_ssml_is_reduced_to_its_text() -> None:
    call = sim({"/": R('<Say>Hello<break time="1s"/><emphasis>there</emphasis>, '
                       '<say-as interpret-as="digits">123</say-as>.<s>Visit the '
                       '<sub alias="World Wide Web">WWW</sub></s><!-- a comment --></Say>')}).call()
    assert call.said == ["Hello there, 123. Visit the World Wide Web"]


def test_say_loop_zero_repeats_until_the_caller_hangs_up() -> None:
    call = sim({"/": R('<Say loop="0">Please hold</Say><Say>never</Say>')}).call()
    assert call.waiting is not None and call.waiting.verb == "Say"
    call.hang_up()
    assert call.ended is not None and call.ended.reason == "caller-hangup"
    assert call.said == ["Please hold"]
    scripted = sim({"/": R('<Play loop="0">https://example.com/hold.mp3</Play>')}).call(inputs=[])
    assert scripted.ended is not None and scripted.ended.reason == "caller-hangup"


# ------------------------------------------------------------------ Gather


@pytest.mark.parametrize(("attrs", "given", "outcome", "digits", "ignored"), [
    ('numDigits="1"', "1", "digits", "1", None),
    ('numDigits="1"', "12", "digits", "1", "2"),
    ('numDigits="4"', "1234", "digits", "1234", None),
    ("", "123#", "digits", "123", None),
    ("", "12#34", "digits", "12", "34"),
    ('finishOnKey="*"', "12*", "digits", "12", None),
    ('finishOnKey=""', "12#", "digits", "12#", None),
    ("", "#", "finish-key", None, None),
    ('numDigits="4"', "12", "digits", "12", None),
])
def test_gather_keys(attrs: str, given: str, outcome: str, digits: str | None,
                     ignored: str | None) -> None:
    docs = {"/": R(f'<Gather {attrs} action="/next"><Say>Enter</Say></Gather><Say>Fell</Say>'),
            "/next": echo}
    call = sim(docs).call(inputs=[given])
    gather = call.events[1]
    assert isinstance(gather, GatherEvent)
    assert (gather.outcome, gather.digits, gather.ignored) == (outcome, digits, ignored)
    if digits is None:
        assert call.said[-1] == "Fell" and len(call.requests) == 1
    else:
        assert call.said[-1] == f"Digits={digits}"
        assert call.requests[-1].kind == "Gather action"
        assert call.requests[-1].params["Digits"] == digits


def test_gather_partial_digits_wait_for_the_timeout() -> None:
    docs = {"/": R('<Gather numDigits="4" timeout="9" action="/n"/>'), "/n": echo}
    quick = sim(docs).call(inputs=["1234"])
    slow = sim(docs).call(inputs=["12"])
    assert quick.requests[1].at == pytest.approx(2.0)   # 4 keys, half a second each
    assert slow.requests[1].at == pytest.approx(1.0 + 9)  # then the timeout passes


def test_gather_timeout_falls_through_to_the_next_verb() -> None:
    call = sim({"/": MENU, "/choice": echo}).call(inputs=[Silence()])
    gather = call.events[1]
    assert isinstance(gather, GatherEvent) and gather.outcome == "timeout"
    assert call.said == ["Press a key", "No input"]
    assert [r.kind for r in call.requests] == ["call"]
    assert call.ended is not None and call.ended.reason == "hangup"
    assert call.ended.at == pytest.approx(1.2 + 7 + 1.0)  # prompt, 7 s timeout, goodbye


def test_gather_timeout_with_action_on_empty_result_requests_the_action() -> None:
    docs = {"/": R('<Gather actionOnEmptyResult="true" action="/n"><Say>Hi</Say></Gather>'
                   "<Say>unreachable</Say>"), "/n": echo}
    call = sim(docs).call(inputs=[])
    assert [r.kind for r in call.requests] == ["call", "Gather action"]
    assert "Digits" not in call.requests[1].params
    assert call.said == ["Hi", "nothing"]


def test_gather_takes_speech_only_when_its_input_says_so() -> None:
    docs = {"/dtmf": R('<Gather action="/n"/><Say>fell</Say>'),
            "/speech": R('<Gather input="speech" action="/n"/><Say>fell</Say>'),
            "/both": R('<Gather input="dtmf speech" action="/n"/><Say>fell</Say>'), "/n": echo}
    simulator = sim(docs)
    said = simulator.call("/dtmf", inputs=["sales"])
    assert said.said == ["fell"] and said.events[0].ignored == "sales"  # type: ignore[attr-defined]
    spoken = simulator.call("/speech", inputs=[Speak("Sales please", confidence=0.75)])
    assert spoken.said == ["Confidence=0.75; SpeechResult=Sales please"]
    pressed = simulator.call("/speech", inputs=["1"])
    assert pressed.said == ["fell"]
    both = simulator.call("/both", inputs=["2"])
    assert both.said == ["Digits=2"]


def test_gather_action_defaults_to_the_current_document() -> None:
    docs = {"/menu?step=1": R('<Gather numDigits="1"/>')}
    calls = {"n": 0}

    def menu(params: Mapping[str, str]) -> str:
        calls["n"] += 1
        if "Digits" in params:
            return R(f"<Say>got {params['Digits']}</Say>")
        return R('<Gather numDigits="1"/>')

    call = sim({"/menu": menu}).call("/menu?step=1", inputs=["5"])
    assert call.requests[1].url == "http://localhost/menu?step=1"
    assert call.said == ["got 5"] and calls["n"] == 2
    assert docs  # (the query is part of the document's URL)


def test_hang_up_during_gather_ends_the_call() -> None:
    call = sim({"/": MENU}).call(inputs=[HangUp()])
    assert call.ended is not None and call.ended.reason == "caller-hangup" and call.ended.ok
    assert call.events[-1].outcome == "hangup"  # type: ignore[attr-defined]


# ------------------------------------------------------------------ Dial

VOICEMAIL = R('<Say>Please leave a message</Say><Record action="/saved" maxLength="60"/>')


def test_dial_busy_goes_to_voicemail() -> None:
    docs = {"/": R('<Dial action="/after" timeout="15">+14155550101</Dial>'),
            "/after": lambda p: VOICEMAIL if p["DialCallStatus"] != "completed" else R("<Hangup/>"),
            "/saved": echo}
    call = sim(docs).call(dial={"+14155550101": "busy"},
                          inputs=[Recording(12, "#", transcript="call me")])
    dial = call.events[0]
    assert isinstance(dial, DialEvent)
    assert dial.status == "busy" and dial.targets[0].outcome == "busy" and dial.duration == 0
    after = call.requests[1]
    assert after.kind == "Dial action" and after.params["DialCallStatus"] == "busy"
    assert "DialCallDuration" not in after.params and after.params["DialCallSid"]
    assert call.said[0] == "Please leave a message"
    record = call.events[2]
    assert isinstance(record, RecordEvent) and (record.duration, record.digits) == (12, "#")
    saved = call.requests[2]
    assert saved.kind == "Record action"
    assert (saved.params["RecordingDuration"], saved.params["Digits"]) == ("12", "#")
    assert saved.params["RecordingUrl"].startswith("https://")
    # answered: no voicemail
    answered = sim(docs).call(dial=["answered:45"])
    assert answered.events[0].status == "completed"  # type: ignore[attr-defined]
    assert answered.requests[1].params["DialCallDuration"] == "45"
    assert answered.ended is not None and answered.ended.reason == "hangup"


def test_dial_without_action_continues_with_the_next_verb() -> None:
    docs = {"/": R("<Dial>+14155550101</Dial><Say>after the call</Say>")}
    call = sim(docs).call(dial="no-answer")
    assert call.events[0].status == "no-answer"  # type: ignore[attr-defined]
    assert call.events[1].at == pytest.approx(30)  # the default 30 s timeout
    assert call.said == ["after the call"] and len(call.requests) == 1


def test_dial_rings_every_number_and_the_first_to_answer_wins() -> None:
    docs = {"/": R('<Dial action="/a" timeout="20"><Number>+1001</Number><Number>+1002</Number>'
                   "<Number>+1003</Number></Dial>"), "/a": echo}
    call = sim(docs).call(dial={"+1001": "busy", "+1002": DialOutcome("answered", 10, ring=8),
                                "+1003": DialOutcome("answered", 99, ring=3)})
    dial = call.events[0]
    assert isinstance(dial, DialEvent)
    assert [t.outcome for t in dial.targets] == ["busy", "canceled", "answered"]
    assert dial.answered_by == "+1003" and dial.duration == 99
    nobody = sim(docs).call(dial={"+1001": "busy", "+1002": "failed",
                                  "+1003": DialOutcome("answered", ring=25)})
    assert nobody.events[0].status == "no-answer"  # type: ignore[attr-defined]


def test_dial_time_limit_caps_the_call() -> None:
    call = sim({"/": R('<Dial timeLimit="60" action="/a">+1001</Dial>'), "/a": echo}).call(
        dial=["answered:600"])
    assert call.requests[1].params["DialCallDuration"] == "60"


def test_dial_conference_and_status_callbacks() -> None:
    received: list[tuple[str, str]] = []

    def status(params: Mapping[str, str]) -> str:
        received.append((params.get("CallStatus") or params.get("StatusCallbackEvent", ""),
                         params.get("To", "")))
        return R("")

    docs = {"/": R('<Dial action="/after" record="record-from-answer" '
                   'recordingStatusCallback="/rec"><Number statusCallback="/status" '
                   'statusCallbackEvent="initiated ringing answered completed">+1001</Number>'
                   "</Dial>"),
            "/after": echo, "/status": status, "/rec": status,
            "/conf": R('<Dial action="/after"><Conference statusCallback="/status" '
                       'statusCallbackEvent="start join leave end">room</Conference></Dial>')}
    call = sim(docs).call(dial=["answered:20"])
    kinds = [r.kind for r in call.requests]
    assert kinds == ["call"] + ["statusCallback"] * 4 + ["recordingStatusCallback", "Dial action"]
    assert [s for s, _ in received[:4]] == ["initiated", "ringing", "in-progress", "completed"]
    assert call.requests[4].params["CallDuration"] == "20"
    assert call.requests[5].params["RecordingSource"] == "DialVerb"
    assert call.requests[-1].params["RecordingUrl"]
    received.clear()
    conference = sim(docs).call("/conf")
    assert [s for s, _ in received] == ["conference-start", "participant-join",
                                        "participant-leave", "conference-end"]
    assert conference.requests[-1].params["DialCallStatus"] == "answered"


# ------------------------------------------------------------------ Record


def test_record_posts_the_recording_and_nothing_after_it_runs() -> None:
    docs = {"/": R('<Record action="/saved" transcribe="true" transcribeCallback="/text" '
                   'recordingStatusCallback="/status"/><Say>unreachable</Say>'),
            "/saved": echo, "/text": R(""), "/status": R("")}
    call = sim(docs).call(inputs=[Speak("please call me back tomorrow")])
    assert [r.kind for r in call.requests] == [
        "call", "recordingStatusCallback", "transcribeCallback", "Record action"]
    assert call.requests[2].params["TranscriptionText"] == "please call me back tomorrow"
    assert call.requests[1].params["RecordingStatus"] == "completed"
    assert call.requests[3].params["RecordingDuration"] == "2"
    assert "unreachable" not in call.said


def test_record_without_action_requests_the_current_document() -> None:
    docs = {"/": lambda p: R("<Say>thanks</Say>") if "RecordingUrl" in p else R("<Record/>")}
    call = sim(docs).call(inputs=[Recording(5)])
    assert call.requests[1].url == "http://localhost/" and call.said == ["thanks"]


def test_empty_recording_falls_through_and_a_key_ends_it() -> None:
    docs = {"/": R('<Record action="/saved" timeout="3" finishOnKey="#"/><Say>nothing recorded</Say>'),
            "/saved": echo}
    silent = sim(docs).call(inputs=[])
    assert silent.said == ["nothing recorded"] and len(silent.requests) == 1
    record = silent.events[0]
    assert isinstance(record, RecordEvent) and record.empty
    keyed = sim(docs).call(inputs=[Press("#")])
    assert keyed.said == ["nothing recorded"]
    long = sim(docs).call(inputs=[Recording(9000)])
    assert long.requests[1].params["RecordingDuration"] == "3600"


def test_hang_up_while_recording_posts_the_recording_and_ends() -> None:
    docs = {"/": R('<Record action="/saved"/>'), "/saved": R("<Say>ignored</Say>")}
    call = sim(docs).call(inputs=[Recording(8, "hangup")])
    assert call.requests[-1].params["Digits"] == "hangup"
    assert call.requests[-1].params["CallStatus"] == "completed"
    assert call.said == [] and call.ended is not None and call.ended.reason == "caller-hangup"


# ------------------------------------------------------------------ flow


def test_redirect_resolves_relative_urls_against_the_document() -> None:
    docs = {"https://example.com/ivr/start": R("<Redirect>next?x=1</Redirect>"),
            "https://example.com/ivr/next": R('<Redirect method="GET">/top</Redirect>'),
            "https://example.com/top": echo}
    call = Simulator(docs, base_url="https://example.com").call("/ivr/start")
    assert [r.url for r in call.requests] == [
        "https://example.com/ivr/start", "https://example.com/ivr/next?x=1",
        "https://example.com/top?" + call.requests[2].url.split("?", 1)[1]]
    assert call.requests[2].method == "GET" and "CallSid=" in call.requests[2].url


def test_hangup_and_reject_end_the_call() -> None:
    hangup = sim({"/": R("<Hangup/><Say>no</Say>")}).call()
    reject = sim({"/": R('<Reject reason="busy"/>')}).call()
    assert hangup.ended is not None and hangup.ended.reason == "hangup" and hangup.said == []
    assert reject.ended is not None and reject.ended.reason == "rejected" and reject.ended.ok
    assert reject.events[0].reason == "busy"  # type: ignore[attr-defined]


# ------------------------------------------------------------------ other verbs


def test_enqueue_wait_document_and_leave() -> None:
    docs = {"/": R('<Enqueue waitUrl="/wait" action="/left">support</Enqueue>'),
            "/wait": lambda p: R(f"<Say>You are number {p['QueuePosition']}</Say><Leave/>"),
            "/left": echo}
    call = sim(docs).call()
    assert call.said[0] == "You are number 1"
    assert [e.type for e in call.events] == ["enqueue", "say", "leave", "say", "hangup"]
    enqueue = call.events[0]
    assert isinstance(enqueue, EnqueueEvent) and enqueue.result == "leave"
    assert call.requests[-1].params["QueueResult"] == "leave"
    bridged = sim({"/": R('<Enqueue action="/left">support</Enqueue>'), "/left": echo}).call(
        queue=QueueOutcome("bridged", wait=40, seconds=100))
    assert bridged.requests[-1].params["QueueTime"] == "40"


def test_pay_refer_sms_and_streams() -> None:
    docs = {
        "/": R('<Pay chargeAmount="10.00" statusCallback="/pay-status" action="/paid">'
               '<Prompt for="payment-card-number"><Say>Card number</Say></Prompt>'
               '<Prompt for="payment-card-number" errorType="invalid-card-number"><Say>bad</Say>'
               "</Prompt></Pay>"),
        "/paid": lambda p: R(f'<Say>{p["Result"]}</Say><Sms action="/sent" '
                             f'statusCallback="/sms-status">Your receipt</Sms>'),
        "/sent": R('<Start><Stream name="s1" url="wss://example.com/s" statusCallback="/st"/>'
                   '</Start><Refer action="/referred"><Sip>sip:desk@example.com</Sip></Refer>'),
        "/referred": echo, "/pay-status": R(""), "/sms-status": R(""), "/st": R(""),
    }
    call = sim(docs).call(refer="failed")
    assert call.said[:2] == ["Card number", "success"]
    pay = next(e for e in call.events if isinstance(e, PayEvent))
    assert pay.charge_amount == "10.00" and pay.result == "success"
    paid = next(r for r in call.requests if r.kind == "Pay action")
    assert paid.params["PaymentConfirmationCode"] and paid.params["PaymentCardNumber"].endswith("1111")
    assert [r.params["For"] for r in call.requests if r.kind == "Pay statusCallback"] == [
        "payment-card-number", "expiration-date", "security-code", "postal-code"]
    sms = next(e for e in call.events if isinstance(e, SmsEvent))
    assert (sms.to, sms.from_, sms.body) == ("+15550001111", "+15550002222", "Your receipt")
    assert next(r for r in call.requests if r.kind == "Sms action").params["SmsStatus"] == "sending"
    assert next(r for r in call.requests if r.kind == "Stream statusCallback"
                ).params["StreamEvent"] == "stream-started"
    refer = next(e for e in call.events if isinstance(e, ReferEvent))
    assert (refer.target, refer.status) == ("sip:desk@example.com", "failed")
    assert call.requests[-1].params["ReferCallStatus"] == "failed"


def test_connect_echo_and_denoise() -> None:
    docs = {"/": R('<Denoise>on</Denoise><Echo timeout="10"/><Connect action="/after">'
                   '<Stream url="wss://example.com/ai"/></Connect>'), "/after": echo}
    call = sim(docs).call(connect=42)
    assert [e.type for e in call.events] == ["denoise", "echo", "connect", "say", "hangup"]
    assert call.requests[-1].at == pytest.approx(52)


# ------------------------------------------------------------------ messaging, fax


def test_an_incoming_message_gets_its_replies_and_redirects() -> None:
    def reply(params: Mapping[str, str]) -> str:
        return ('<Response><Message><Body>You said: ' + params["Body"] + "</Body>"
                "<Media>https://example.com/a.png</Media></Message>"
                '<Redirect>/more</Redirect></Response>')

    docs = {"/sms": reply, "/more": '<Response><Message to="+1999" action="/status">second'
                                    "</Message></Response>", "/status": "<Response/>"}
    call = sim(docs).message("/sms", body="hi", media=["https://example.com/in.jpg"])
    first, second = call.messages
    assert isinstance(first, MessageEvent) and first.body == "You said: hi"
    assert first.media == ("https://example.com/a.png",)
    assert (first.to, first.from_) == ("+15550001111", "+15550002222")
    assert (second.to, second.body) == ("+1999", "second")
    assert call.requests[0].params["NumMedia"] == "1"
    assert call.requests[0].params["MediaUrl0"] == "https://example.com/in.jpg"
    assert call.requests[1].kind == "Redirect" and call.requests[1].params["Body"] == "hi"
    assert call.requests[2].kind == "Message action"
    assert call.requests[2].params["MessageStatus"] == "sent"
    assert call.ended is not None and call.ended.reason == "completed"


def test_an_empty_answer_to_a_message_is_no_reply() -> None:
    call = sim({"/sms": lambda p: ""}).message("/sms", body="STOP")
    assert call.messages == [] and call.ended is not None and call.ended.ok


def test_a_fax_is_received() -> None:
    call = sim({"/fax": '<Response><Receive action="/got" mediaType="image/tiff"/></Response>',
                "/got": "<Response/>"}).fax("/fax")
    assert isinstance(call.events[0], ReceiveEvent)
    assert call.requests[1].params["FaxStatus"] == "received"
    assert call.requests[1].params["MediaUrl"].endswith(".tiff")


# ------------------------------------------------------------------ interactive


def test_interactive_call_waits_for_the_caller() -> None:
    call = sim({"/": MENU, "/choice": echo}).call()
    assert call.ended is None
    assert isinstance(call.waiting, Wait) and call.waiting.verb == "Gather"
    assert "waiting at <Gather>" in call.transcript()
    call.press("4")
    assert call.said == ["Press a key", "Digits=4"]
    assert call.ended is not None and call.waiting is None
    with pytest.raises(CallEnded):
        call.press("1")


def test_interactive_silence_and_finish() -> None:
    docs = {"/": R('<Gather numDigits="1" action="/c"/><Redirect>/</Redirect>'), "/c": echo}
    call = sim(docs).call()
    call.silence().silence()
    assert call.ended is None and len(call.requests) == 3
    call.say("hello")   # not taken by a dtmf gather
    call.finish()
    assert call.ended is not None and call.ended.reason == "loop"


def test_inputs_are_checked() -> None:
    with pytest.raises(ValueError, match="keypad"):
        Press("1x")
    with pytest.raises(TypeError, match="inputs is a list"):
        sim({"/": MENU}).call(inputs="1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="dial outcome"):
        sim({"/": MENU}).call(dial="maybe")


def test_json_shape() -> None:
    call = sim({"/": MENU, "/choice": echo}).call(inputs=["1"])
    data = call.to_dict()
    assert list(data) == ["events", "requests", "end"]
    assert data["events"][0] == {"type": "say", "at": 0.0, "text": "Press a key", "voice": None,
                                 "language": None, "loop": 1, "inside": "Gather"}
    assert data["events"][1]["type"] == "gather" and data["events"][1]["digits"] == "1"
    assert data["requests"][1]["params"]["Digits"] == "1"
    assert data["end"]["reason"] == "hangup" and data["end"]["code"] is None
    assert isinstance(SayEvent(at=0, text="x").to_dict(), dict)


Factory = Callable[..., Any]
