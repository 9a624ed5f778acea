"""Whatever the documents and answers hold, a simulated call ends with a reason: never a
traceback, never a hang, never a request outside the simulation."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from laml import VoiceResponse
from laml.simulate import Limits, Simulator
from strategies import programs, run
from xml_strategies import documents

INPUTS = st.lists(st.one_of(st.sampled_from(["1", "12#", "#", "*9", "sales", "yes please"]),
                            st.none()), max_size=4)
LIMITS = Limits(max_steps=200, max_duration=3600)


def _served(params: Any) -> str:
    return "<Response><Say>next</Say><Hangup/></Response>"


def _simulator(document: Any) -> Simulator:
    # every relative or localhost URL answers; anything else is outside the simulation
    return Simulator({"/": document, "/next": _served, "/x": _served}, limits=LIMITS)


@settings(max_examples=60)
@given(program=programs("voice", "signalwire"), inputs=INPUTS,
       dial=st.sampled_from(["busy", "no-answer", "failed", "answered:5"]))
def test_random_valid_documents_run_to_an_end(program: Any, inputs: list[str | None],
                                              dial: str) -> None:
    document = run(program, VoiceResponse())
    call = _simulator(document).call(inputs=inputs, dial=dial)
    assert call.ended is not None and call.waiting is None
    assert call.ended.at <= LIMITS.max_duration + 1e6  # one verb may overrun the budget once
    assert len(call.requests) <= 2 * LIMITS.max_steps * 50


@settings(max_examples=60)
@given(text=documents(), inputs=INPUTS)
def test_random_text_documents_run_to_an_end(text: str, inputs: list[str | None]) -> None:
    call = _simulator(text).call(inputs=inputs)
    assert call.ended is not None
    if not call.ended.ok:
        assert call.ended.code is not None or call.ended.reason in ("loop", "step-limit",
                                                                    "time-limit")


def test_hostile_attribute_values() -> None:
    body = ('<Pause length="99999999999999999999"/><Say loop="1000000">x</Say>'
            '<Gather timeout="-5" numDigits="999999999999" finishOnKey="0123456789#*" '
            'action="/next"/><Dial timeout="0" timeLimit="-1">+1001</Dial>')
    call = _simulator(f"<Response>{body}</Response>").call(inputs=["1"])
    assert call.ended is not None


def test_hostile_answers() -> None:
    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        path = environ["PATH_INFO"]
        if path == "/":
            start_response("302 Found", [("Location", "http://localhost/\x00evil")])
            return [b""]
        start_response("200 OK", [("Content-Type", "text/xml"),
                                  ("Set-Cookie", "a=\"b\\nc\"; Path=/")])
        return [b"<Response/>"]

    call = Simulator(app).call()
    assert call.ended is not None and call.ended.code == 11200
    assert "redirect" in (call.requests[0].error or "")
    later = Simulator(app).call("/ok")
    assert later.ended is not None and later.ended.ok


def test_a_document_function_answering_nonsense() -> None:
    call = Simulator({"/": lambda params: None}).call()
    assert call.ended is not None and call.ended.code == 11217
    assert "answered wrongly" in call.ended.message
