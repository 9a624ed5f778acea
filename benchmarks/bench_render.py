"""Render one LaML bin template with laml, chevron and pystache and compare speed.

Each engine renders the same ~2 KB template (22 variables, two sections) with the same
request parameters, in three cases: plain values, four values holding ``&``, ``<`` or ``>``,
and an escape-heavy case where ten values hold those and quotes (callers' names, SMS text,
URLs with query strings). The outputs are checked to be identical first (up to the spelling
of the apostrophe, which each engine escapes its own way); then the engines are timed in
alternating batches and the best batch of each is reported. Times are CPU times of this
process, so that other work on the machine disturbs the ratios less.

    python benchmarks/bench_render.py [--batches 7] [--renders 2000]

chevron and pystache are development dependencies (``pip install -e ".[dev]"``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from typing import Any

import chevron
import pystache

from laml import template as laml_template

TEMPLATE = """\
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  {{! Greeting: a caller's name and city come from the carrier lookup. }}
  <Say voice="{{Voice}}" language="{{Language}}">Hello {{CallerName}}, thank you for calling
    {{CompanyName}}. We see you are calling from {{FromCity}}, {{FromState}}.</Say>
  <Pause length="1"/>
  <Gather action="{{GatherAction}}" method="POST" numDigits="{{NumDigits}}" timeout="{{Timeout}}"
          finishOnKey="#" input="dtmf speech" hints="sales, support, billing">
    <Say voice="{{Voice}}" language="{{Language}}">For sales, press 1 or say sales. For support,
      press 2 or say support. For billing, press 3. Your call reference is {{CallSid}}.</Say>
  </Gather>
  {{#Digits}}
  <Say voice="{{Voice}}">You pressed {{Digits}}. Please hold while we connect you.</Say>
  {{/Digits}}
  <Dial callerId="{{To}}" timeout="{{DialTimeout}}" action="{{DialAction}}" method="POST"
        record="record-from-answer" recordingStatusCallback="{{RecordingCallback}}"
        answerOnBridge="true" hangupOnStar="false" timeLimit="3600">
    {{#Dest}}
    <Number statusCallback="{{StatusCallback}}" statusCallbackMethod="POST"
            statusCallbackEvent="initiated ringing answered completed">{{.}}</Number>
    {{/Dest}}
  </Dial>
  <Say voice="{{Voice}}" language="{{Language}}">Nobody could take your call. Please leave a
    message after the tone, and press the pound key when you are done.</Say>
  <Record action="{{RecordAction}}" maxLength="120" playBeep="true" finishOnKey="#"
          transcribe="false" trim="trim-silence"/>
  <Sms to="{{From}}" from="{{To}}">We missed your call at {{Timestamp}}. Reference {{CallSid}},
    account {{AccountSid}}, API version {{ApiVersion}}.</Sms>
  <Say voice="{{Voice}}" language="{{Language}}">Goodbye from {{CompanyName}}.</Say>
  <Hangup/>
</Response>
"""

#: A typical voice webhook: no value holds a character that needs escaping.
PLAIN_DATA: dict[str, Any] = {
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "ApiVersion": "2010-04-01",
    "CallSid": "CA0123456789abcdef0123456789abcdef",
    "CallerName": "Ada Lovelace",
    "CompanyName": "Smith and Sons",
    "From": "+14155550100",
    "FromCity": "San Francisco",
    "FromState": "CA",
    "To": "+14155550199",
    "Voice": "Polly.Joanna-Neural",
    "Language": "en-US",
    "GatherAction": "https://example.com/ivr/menu?step=2",
    "NumDigits": "1",
    "Timeout": "5",
    "Digits": "2",
    "DialTimeout": "20",
    "DialAction": "https://example.com/ivr/dial-done",
    "RecordingCallback": "https://example.com/ivr/recording",
    "StatusCallback": "https://example.com/ivr/status?leg=b",
    "RecordAction": "https://example.com/ivr/voicemail",
    "Timestamp": "Mon, 23 Nov 2026 10:00:00 +0000",
    "Dest": ["+12025550101", "+17035550102", "+12065550103"],
}

#: The same with values to escape (``&``, ``<``, ``>``) in four parameters; no quotes, which
#: chevron and pystache escape differently.
MARKUP_DATA: dict[str, Any] = {
    **PLAIN_DATA,
    "CompanyName": "Smith & Sons",
    "GatherAction": "https://example.com/ivr/menu?step=2&lang=en",
    "StatusCallback": "https://example.com/ivr/status?leg=b&x=<1>",
    "FromCity": "Cambridge <MA>",
}


#: Ten values to escape, quotes included: what callers' names, SMS bodies and callback URLs
#: with query strings look like.
HEAVY_DATA: dict[str, Any] = {
    **MARKUP_DATA,
    "CallerName": "Dana O'Brien & \"Sons\" <VIP>",
    "FromState": "Rhode Island & Providence",
    "DialAction": "https://example.com/ivr/dial-done?leg=a&retry=1&from=%2B1415",
    "RecordingCallback": "https://example.com/rec?a=1&b=2&c=\"3\"",
    "RecordAction": "https://example.com/voicemail?box=<main>&lang=en",
    "Timestamp": "Mon, 23 Nov 2026 10:00:00 +0000 <UTC> & 'local'",
    "Dest": ["+12025550101", "sip:o'neil@example.com?x=1&y=2", "+12065550103"],
}

_APOSTROPHE = re.compile("&#39;|&#x27;|'")


def engines(data: dict[str, Any]) -> dict[str, Callable[[], str]]:
    """One zero-argument render function per engine, each using its fastest form."""
    laml_compiled = laml_template.compile(TEMPLATE)
    chevron_tokens = list(chevron.tokenizer.tokenize(TEMPLATE))
    pystache_parsed = pystache.parse(TEMPLATE)
    pystache_renderer = pystache.Renderer(missing_tags="ignore")
    return {
        "laml": lambda: laml_compiled.render(data),
        "laml (source)": lambda: laml_template.render(TEMPLATE, data),
        "chevron (tokens)": lambda: chevron.render(chevron_tokens, data),
        "pystache (parsed)": lambda: pystache_renderer.render(pystache_parsed, data),
    }


def check_outputs(functions: dict[str, Callable[[], str]]) -> str:
    """Render once with every engine; fail loudly unless all outputs are identical."""
    outputs = {name: _APOSTROPHE.sub("'", function()) for name, function in functions.items()}
    reference = outputs["laml"]
    for name, output in outputs.items():
        if output != reference:
            raise SystemExit(f"{name} renders differently from laml:\n{output}\n---\n{reference}")
    return reference


def measure(data: dict[str, Any], batches: int, renders: int) -> dict[str, float]:
    """Renders per second of each engine: best batch, engines alternating batch by batch."""
    functions = engines(data)
    check_outputs(functions)
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(batches):
        for name, function in functions.items():
            count = renders if name.startswith("laml") else max(renders // 10, 50)
            start = time.process_time()
            for _ in range(count):
                function()
            best[name] = min(best[name], (time.process_time() - start) / count)
    return {name: 1.0 / seconds for name, seconds in best.items()}


def main() -> None:
    """Check outputs, time the engines on both data sets, print renders/s and ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--renders", type=int, default=2000, help="laml renders per batch")
    args = parser.parse_args()

    tags = list(chevron.tokenizer.tokenize(TEMPLATE))
    variables = {name for kind, name in tags if kind in ("variable", "no escape")}
    print(
        f"template: {len(TEMPLATE)} characters, {len(variables)} distinct variables, "
        f"{sum(kind == 'section' for kind, _ in tags)} sections; Python {sys.version.split()[0]}"
    )
    for label, data in (
        ("plain request parameters", PLAIN_DATA),
        ("parameters with & < > to escape", MARKUP_DATA),
        ("escape-heavy: ten values with & < > and quotes", HEAVY_DATA),
    ):
        rates = measure(data, args.batches, args.renders)
        print(f"\n{label} (outputs identical across engines)")
        for name, rate in rates.items():
            print(f"  {name:20s} {rate:10,.0f} renders/s")
        for other in ("chevron (tokens)", "pystache (parsed)"):
            print(f"  laml / {other:18s} {rates['laml'] / rates[other]:6.1f}x")


if __name__ == "__main__":
    main()
