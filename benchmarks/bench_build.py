"""Build and serialize a typical IVR response with twilio 9.13, laml, and bare lxml.

The document: a Gather with two Say and a Play, a Say, a Dial with a Number and a Conference,
a Record, a Redirect and a Hangup. Four ways, alternating round by round in one process:

* ``twilio``: ``twilio.twiml.voice_response`` (the builder laml replaces);
* ``laml``: ``laml.voice`` with the same calls;
* ``lxml``: bare lxml, ``SubElement(parent, tag, attrib)`` + ``tostring``: the idiomatic floor of
  any lxml-based serializer (it writes ``<Hangup/>``, not twilio's ``<Hangup />``);
* ``lxml-set``: bare lxml with ``SubElement(parent, tag)`` then ``.set()`` per attribute, the
  fastest lxml calls we know for the same tree.

All four outputs are checked first (laml and twilio must be identical). Prints µs per document
(best round) and the ratios. Targets: laml at least 3x faster than twilio, and at most 1.3x the
bare-lxml floor.

Run: ``python benchmarks/bench_build.py [--rounds N] [--number N]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from collections.abc import Callable
from typing import Any

from lxml import etree
from twilio.twiml.voice_response import VoiceResponse as TwilioVoiceResponse

from laml.voice import VoiceResponse

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def build_with(response_class: Callable[[], Any]) -> str:
    """The document, built through a builder with twilio's API (twilio's or laml's)."""
    r = response_class()
    g = r.gather(action="https://example.com/menu", num_digits=1, method="POST", timeout=5)
    g.say("Welcome to Acme. For sales press 1.", voice="Polly.Joanna")
    g.say("For support press 2.", voice="Polly.Joanna")
    g.play("https://example.com/hold.mp3", loop=1)
    r.say("We did not receive any input. Goodbye!")
    d = r.dial(caller_id="+15550001111", timeout=20, record="record-from-answer")
    d.number("+15551234567", status_callback_event="initiated ringing",
             status_callback="https://example.com/cb")
    d.conference("Room 1", start_conference_on_enter=True, beep=False)
    r.record(action="https://example.com/voicemail", max_length=30, play_beep=True)
    r.redirect("https://example.com/next", method="POST")
    r.hangup()
    result: str = r.to_xml()
    return result


def build_twilio() -> str:
    return build_with(TwilioVoiceResponse)


def build_laml() -> str:
    return build_with(VoiceResponse)


def build_lxml() -> str:
    se = etree.SubElement
    r = etree.Element("Response")
    g = se(
        r,
        "Gather",
        {"action": "https://example.com/menu", "method": "POST", "numDigits": "1", "timeout": "5"},
    )
    s = se(g, "Say", {"voice": "Polly.Joanna"})
    s.text = "Welcome to Acme. For sales press 1."
    s = se(g, "Say", {"voice": "Polly.Joanna"})
    s.text = "For support press 2."
    s = se(g, "Play", {"loop": "1"})
    s.text = "https://example.com/hold.mp3"
    s = se(r, "Say")
    s.text = "We did not receive any input. Goodbye!"
    d = se(r, "Dial", {"callerId": "+15550001111", "record": "record-from-answer", "timeout": "20"})
    n = se(
        d,
        "Number",
        {"statusCallback": "https://example.com/cb", "statusCallbackEvent": "initiated ringing"},
    )
    n.text = "+15551234567"
    c = se(d, "Conference", {"beep": "false", "startConferenceOnEnter": "true"})
    c.text = "Room 1"
    se(
        r,
        "Record",
        {"action": "https://example.com/voicemail", "maxLength": "30", "playBeep": "true"},
    )
    s = se(r, "Redirect", {"method": "POST"})
    s.text = "https://example.com/next"
    se(r, "Hangup")
    return DECLARATION + etree.tostring(r, encoding="unicode")


def build_lxml_set() -> str:
    se = etree.SubElement
    r = etree.Element("Response")
    g = se(r, "Gather")
    g.set("action", "https://example.com/menu")
    g.set("method", "POST")
    g.set("numDigits", "1")
    g.set("timeout", "5")
    s = se(g, "Say")
    s.set("voice", "Polly.Joanna")
    s.text = "Welcome to Acme. For sales press 1."
    s = se(g, "Say")
    s.set("voice", "Polly.Joanna")
    s.text = "For support press 2."
    s = se(g, "Play")
    s.set("loop", "1")
    s.text = "https://example.com/hold.mp3"
    s = se(r, "Say")
    s.text = "We did not receive any input. Goodbye!"
    d = se(r, "Dial")
    d.set("callerId", "+15550001111")
    d.set("record", "record-from-answer")
    d.set("timeout", "20")
    n = se(d, "Number")
    n.set("statusCallback", "https://example.com/cb")
    n.set("statusCallbackEvent", "initiated ringing")
    n.text = "+15551234567"
    c = se(d, "Conference")
    c.set("beep", "false")
    c.set("startConferenceOnEnter", "true")
    c.text = "Room 1"
    e = se(r, "Record")
    e.set("action", "https://example.com/voicemail")
    e.set("maxLength", "30")
    e.set("playBeep", "true")
    s = se(r, "Redirect")
    s.set("method", "POST")
    s.text = "https://example.com/next"
    se(r, "Hangup")
    return DECLARATION + etree.tostring(r, encoding="unicode")


CANDIDATES: dict[str, Callable[[], str]] = {
    "twilio": build_twilio,
    "laml": build_laml,
    "lxml": build_lxml,
    "lxml-set": build_lxml_set,
}


def check_outputs() -> None:
    expected = build_twilio()
    if build_laml() != expected:
        sys.exit(f"laml output differs from twilio:\n{build_laml()}\n{expected}")
    floor = expected.replace(" />", "/>")
    for name in ("lxml", "lxml-set"):
        if CANDIDATES[name]() != floor:
            sys.exit(f"{name} output differs from the expected document")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="alternating rounds")
    parser.add_argument("--number", type=int, default=2000, help="documents per round")
    args = parser.parse_args()
    check_outputs()
    times: dict[str, list[float]] = {name: [] for name in CANDIDATES}
    for _ in range(args.rounds):
        for name, build in CANDIDATES.items():
            seconds = timeit.timeit(build, number=args.number)
            times[name].append(seconds / args.number * 1e6)
    best = {name: min(values) for name, values in times.items()}
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{'builder':10} {'best µs/doc':>12} {'median':>8}")
    for name in CANDIDATES:
        print(f"{name:10} {best[name]:12.2f} {median[name]:8.2f}")
    print()
    print(f"twilio / laml   = {best['twilio'] / best['laml']:.2f}x   (target >= 3)")
    print(f"laml / lxml     = {best['laml'] / best['lxml']:.2f}x   (target <= 1.3)")
    print(f"laml / lxml-set = {best['laml'] / best['lxml-set']:.2f}x")


if __name__ == "__main__":
    main()
