"""Simulated calls through web apps in this process (signatures checked), and every bundled
example flow."""

from __future__ import annotations

import runpy
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from example_support import EXAMPLES, KEY, load_example

from laml import VoiceResponse
from laml.simulate import DialEvent, MessageEvent, Recording, Simulator
from laml.webhooks import CallRequest, DialResult, GatherResult, RecordResult


def load(name: str) -> ModuleType:
    return load_example(name, "laml_sim_example_")


@pytest.fixture(autouse=True)
def signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)


# ------------------------------------------------------------------ the example apps


@pytest.mark.parametrize("name", ["flask_app", "fastapi_app"])
def test_example_apps_through_every_branch(name: str) -> None:
    app = load(name).app
    with Simulator(app, signing_key=KEY) as simulator:
        sales = simulator.call("/voice", inputs=["1"])
        support = simulator.call("/voice", inputs=["support please"])
        wrong = simulator.call("/voice", inputs=["7", "2"])
        silent = simulator.call("/voice", inputs=[])
        sms = simulator.message("/sms", body="hours")
        mms = simulator.message("/sms", media=[("https://example.com/cat.jpg", "image/jpeg")])
    assert sales.said[-1] == "Connecting you to sales."
    dial = sales.events[-1]
    assert isinstance(dial, DialEvent) and dial.targets[0].value == "+14155550101"
    assert dial.caller_id == "+15550002222"
    assert support.said[-1] == "Connecting you to support."
    assert support.requests[1].params["SpeechResult"] == "support please"
    assert wrong.said[1:] == ["Sorry, I did not get that.", sales.said[0],
                              "Connecting you to support."]
    assert [r.kind for r in wrong.requests] == ["call", "Gather action", "Redirect",
                                                "Gather action"]
    assert silent.said[-1] == "We did not receive any input. Goodbye!"
    assert silent.ended is not None and silent.ended.reason == "hangup"
    for call in (sales, support, wrong, silent, sms, mms):
        assert call.ended is not None and call.ended.ok, call.transcript()
        assert all(r.status == 200 for r in call.requests)
    assert [m.body for m in sms.messages] == ["We are open 9am to 5pm, Monday to Friday."]
    assert isinstance(mms.messages[0], MessageEvent)
    assert mms.messages[0].body == "Thanks for the 1 picture(s)!"


@pytest.mark.parametrize("name", ["flask_app", "fastapi_app"])
def test_example_apps_refuse_unsigned_and_wrongly_signed_calls(name: str) -> None:
    app = load(name).app
    for key in (None, "another key"):
        with Simulator(app, signing_key=key) as simulator:
            call = simulator.call("/voice", inputs=["1"])
        assert call.ended is not None and (call.ended.reason, call.ended.code) == ("error", 11217)
        assert call.requests[0].status == 403
        assert "signing key" in call.ended.message


def test_twilio_signatures_for_a_twilio_app() -> None:
    from flask import Flask

    from laml.webhooks.flask import webhook

    app = Flask(__name__)

    @app.post("/voice")
    @webhook(key="auth-token", params=CallRequest)
    def voice(call: CallRequest) -> VoiceResponse:
        response = VoiceResponse()
        response.say(f"Hello {call.from_}")
        return response

    simulator = Simulator(app, signing_key="auth-token", dialect="twilio")
    call = simulator.call("/voice", from_="+14155550100")
    assert call.said == ["Hello +14155550100"]
    assert "X-Twilio-Signature" in dict(call.requests[0].headers)
    assert call.requests[0].params["CallSid"].startswith("CA")


# ------------------------------------------------------------------ a Flask app


def _voicemail_app() -> Any:
    from flask import Flask, request, session

    from laml.webhooks.flask import webhook

    app = Flask(__name__)
    app.secret_key = "test"
    app.config["SIGNALWIRE_SIGNING_KEY"] = KEY

    @app.post("/voice")
    @webhook
    def voice() -> VoiceResponse:
        session["visits"] = session.get("visits", 0) + 1
        response = VoiceResponse()
        response.dial("+14155550101", action="/after-dial", timeout=15)
        return response

    @app.post("/after-dial")
    @webhook(params=DialResult)
    def after_dial(result: DialResult) -> VoiceResponse:
        response = VoiceResponse()
        if result.dial_call_status == "completed":
            response.say(f"Thanks for calling, visit {session['visits']}.")
            response.hangup()
        else:
            response.say(f"The line is {result.dial_call_status}. Leave a message.")
            response.record(action="/saved", max_length=60, finish_on_key="#")
        return response

    @app.post("/saved")
    @webhook(params=RecordResult)
    def saved(result: RecordResult) -> VoiceResponse:
        response = VoiceResponse()
        response.say(f"Saved {result.recording_duration} seconds. Goodbye.")
        return response

    @app.get("/menu")
    @webhook(params=GatherResult)
    def menu(result: GatherResult) -> VoiceResponse:
        response = VoiceResponse()
        response.say(f"GET with {result.digits or 'nothing'} and {request.args.get('x')}")
        return response

    return app


def test_flask_dial_busy_to_voicemail_with_a_session_cookie() -> None:
    simulator = Simulator(_voicemail_app(), signing_key=KEY)
    busy = simulator.call("/voice", dial="busy", inputs=[Recording(20, "#")])
    assert busy.said == ["The line is busy. Leave a message.", "Saved 20 seconds. Goodbye."]
    no_answer = simulator.call("/voice", dial=["no-answer"], inputs=[Recording(5)])
    assert no_answer.said[0] == "The line is no-answer. Leave a message."
    answered = simulator.call("/voice")
    assert answered.said == ["Thanks for calling, visit 1."]  # the cookie lives for one call
    assert answered.requests[1].headers and any(
        k == "Cookie" for k, _ in answered.requests[1].headers)


def test_flask_get_requests_carry_the_parameters_in_the_query() -> None:
    call = Simulator(_voicemail_app(), signing_key=KEY).call("/menu?x=1", method="GET")
    assert call.said == ["GET with nothing and 1"]
    assert call.requests[0].url.startswith("http://localhost/menu?x=1&CallSid=")


# ------------------------------------------------------------------ a FastAPI app


@pytest.fixture
def fastapi_app() -> Iterator[Any]:
    from contextlib import asynccontextmanager

    from fastapi import Depends, FastAPI

    from laml.webhooks.fastapi import LamlResponse, Webhooks

    events: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        events.append("startup")
        yield
        events.append("shutdown")

    app = FastAPI(lifespan=lifespan)
    hooks = Webhooks(key=KEY)

    @app.post("/ivr", dependencies=[Depends(hooks)])
    async def ivr() -> LamlResponse:
        response = VoiceResponse()
        with response.gather(num_digits=2, action="/ivr/pin", finish_on_key="*") as gather:
            gather.say("Enter your two digit code.")
        response.redirect("/ivr")
        return LamlResponse(response)

    @app.post("/ivr/pin")
    async def pin(result: GatherResult = Depends(hooks.params(GatherResult))) -> LamlResponse:
        response = VoiceResponse()
        if result.digits == "42":
            response.say("Welcome back.")
            response.hangup()
        else:
            response.say(f"Code {result.digits} is wrong.")
            response.redirect("/ivr")
        return LamlResponse(response)

    app.state.events = events
    yield app


def test_fastapi_app_with_signatures_and_its_lifespan(fastapi_app: Any) -> None:
    with Simulator(fastapi_app, signing_key=KEY) as simulator:
        call = simulator.call("/ivr", inputs=["1*", "4", "42"])
        started = list(fastapi_app.state.events)
    assert call.said == ["Enter your two digit code.", "Code 1 is wrong.",
                         "Enter your two digit code.", "Code 4 is wrong.",
                         "Enter your two digit code.", "Welcome back."]
    assert started == ["startup"]
    assert fastapi_app.state.events == ["startup", "shutdown"]
    with Simulator(fastapi_app, signing_key="nope") as forger:
        forged = forger.call("/ivr")
    assert forged.ended is not None and forged.ended.code == 11217


def test_an_asgi_app_from_async_code(fastapi_app: Any) -> None:
    import asyncio

    async def main() -> list[str]:
        with Simulator(fastapi_app, signing_key=KEY) as simulator:
            return simulator.call("/ivr", inputs=["42"]).said

    assert asyncio.run(main())[-1] == "Welcome back."


def test_a_django_style_wsgi_app_mounted_under_a_prefix() -> None:
    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        said = f"{environ['SCRIPT_NAME']}|{environ['PATH_INFO']}|{environ['HTTP_HOST']}"
        start_response("200 OK", [("Content-Type", "text/xml")])
        return [f"<Response><Say>{said}</Say></Response>".encode()]

    call = Simulator(app, base_url="https://example.com:8443/app").call("/app/voice")
    assert call.said == ["/app|/voice|example.com:8443"]


def test_routes_serve_other_origins() -> None:
    docs = {"https://cdn.example.com/next": "<Response><Say>from the cdn</Say></Response>"}
    app_docs = {"/": "<Response><Redirect>https://cdn.example.com/next</Redirect></Response>"}
    call = Simulator(app_docs, routes={"https://cdn.example.com": docs}).call()
    assert call.said == ["from the cdn"]


# ------------------------------------------------------------------ every bundled example

DOCUMENT_EXAMPLES = sorted(p.stem for p in EXAMPLES.glob("*.py")
                           if "def build(" in p.read_text(encoding="utf-8"))


def _empty(params: Any) -> str:
    return "<Response/>"


def test_every_document_example_is_simulated() -> None:
    assert set(DOCUMENT_EXAMPLES) >= {"ivr_menu", "voicemail", "conference", "call_forwarding",
                                      "sms_auto_reply", "fax_receive"}


def _example(name: str) -> Any:
    return runpy.run_path(str(EXAMPLES / f"{name}.py"))["build"]()


def test_example_ivr_menu() -> None:
    docs = {"https://example.com/ivr": _example("ivr_menu"),
            "https://example.com/ivr/choice":
                lambda p: f"<Response><Say>choice {p.get('Digits') or p.get('SpeechResult')}"
                          "</Say></Response>"}
    simulator = Simulator(docs)
    assert simulator.call("https://example.com/ivr", inputs=["2"]).said[-1] == "choice 2"
    assert simulator.call("https://example.com/ivr", inputs=["sales"]).said[-1] == "choice sales"
    silent = simulator.call("https://example.com/ivr", inputs=[])
    assert silent.said[-1] == "We did not receive any input. Goodbye!"
    assert silent.events[0].voice == "Polly.Joanna"  # type: ignore[attr-defined]


def test_example_voicemail() -> None:
    docs = {"https://example.com/vm": _example("voicemail"),
            "https://example.com/voicemail/saved": _empty,
            "https://example.com/voicemail/status": _empty}
    call = Simulator(docs).call("https://example.com/vm",
                                inputs=[Recording(30, "#", transcript="hi")])
    assert call.said == ["You have reached Acme. Please leave a message after the beep."]
    assert [r.kind for r in call.requests] == ["call", "recordingStatusCallback", "Record action"]
    assert call.requests[-1].params["Digits"] == "#"
    assert call.ended is not None and call.ended.ok


def test_example_conference() -> None:
    docs = {"https://example.com/conf": _example("conference"),
            "https://example.com/hold-music.xml":
                "<Response><Play>https://example.com/music.mp3</Play></Response>",
            "https://example.com/conference/events": _empty,
            "https://example.com/conference/after": _empty}
    call = Simulator(docs).call("https://example.com/conf", dial={"weekly-meeting": "answered:600"})
    assert call.played == ["https://example.com/music.mp3"]
    assert [r.params.get("StatusCallbackEvent") for r in call.requests
            if r.kind == "Conference statusCallback"] == [
        "conference-start", "participant-join", "participant-leave", "conference-end"]
    assert call.requests[-1].params["DialCallStatus"] == "answered"


def test_example_call_forwarding() -> None:
    docs = {"https://example.com/fwd": _example("call_forwarding"),
            "https://example.com/forward/done": _empty,
            "https://example.com/forward/status": _empty}
    call = Simulator(docs).call("https://example.com/fwd",
                                dial={"+15551234567": "no-answer", "+15557654321": "answered:12"})
    assert call.events[0].answered_by == "+15557654321"  # type: ignore[attr-defined]
    statuses = [r.params["CallStatus"] for r in call.requests if r.kind == "statusCallback"]
    assert statuses == ["initiated", "ringing", "no-answer"]
    assert call.requests[-1].params["DialCallDuration"] == "12"


def test_example_sms_auto_reply() -> None:
    docs = {"https://example.com/sms": _example("sms_auto_reply"),
            "https://example.com/sms/status": _empty}
    call = Simulator(docs).message("https://example.com/sms", body="hello")
    assert call.messages[0].body.startswith("Hi there!")
    assert call.messages[0].media == ("https://example.com/images/office-hours.png",)  # type: ignore[union-attr]
    assert call.requests[-1].kind == "Message action"


def test_example_fax_receive() -> None:
    docs = {"https://example.com/fax": _example("fax_receive"),
            "https://example.com/fax/received": _empty}
    call = Simulator(docs).fax("https://example.com/fax")
    assert call.requests[-1].params["FaxStatus"] == "received"


def test_example_bin_after_hours() -> None:
    saved = {"https://example.com/voicemail/saved": _empty,
             "https://example.com/voicemail/text": _empty}
    call = Simulator(EXAMPLES / "after_hours.xml", routes={"https://example.com": saved}).call(
        from_="+14155550100", inputs=["please call back"])
    assert call.said[1].endswith("we will call you back at +14155550100.")
    assert [r.kind for r in call.requests] == ["call", "transcribeCallback", "Record action"]
    assert call.requests[1].params["TranscriptionText"] == "please call back"


def test_the_simulator_does_not_import_frameworks() -> None:
    code = ("import sys, laml.simulate; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('httpx', 'flask', 'werkzeug', 'starlette', 'fastapi', 'django', 'anyio', 'pytest')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip() == "[]"
