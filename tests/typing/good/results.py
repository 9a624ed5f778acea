"""Everything a program reads back is typed: a loaded document and its plain tree, lint rules,
diagnostics and fixes, settings, request parameters, and simulated calls with their events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, assert_type

import laml
from laml import Comment, Diagnostic, FixResult, ProcessingInstruction, Settings
from laml.diagnostics import Edit, Fix
from laml.document import Document, PlainElement, PlainNode, load
from laml.rules import Context, Finding
from laml.settings import OptionValue
from laml.simulate import (
    JSON,
    Call,
    DialEvent,
    Ended,
    Event,
    GatherEvent,
    Request,
    SayEvent,
    Simulator,
)
from laml.webhooks import CallStatus, FormParams, GatherResult

SOURCE = """<Response>
  <!-- the menu -->
  <Gather numDigits="1" action="/menu"><Say>Press 1 for sales.</Say></Gather>
  <Say>Goodbye</Say>
</Response>"""

# --- a document and its plain tree
doc = load(SOURCE)
assert_type(doc, Document)
assert_type(doc.root, PlainElement | None)
assert_type(doc.error, laml.ParseError | None)
for el in doc.elements():
    assert_type(el, PlainElement)
    assert_type(el.tag, str)
    assert_type(el.get("action"), str | None)
    assert_type(doc.position(el), tuple[int, int])
    assert_type(doc.path(el), str)
    for name, value in doc.attributes(el).items():
        print(name, value, doc.attribute_position(el, name))
if doc.root is not None:
    for node in doc.root:
        assert_type(node, PlainNode)
        if isinstance(node, Comment | ProcessingInstruction):
            print("not an element:", node.text)
        else:
            assert_type(node, PlainElement)
            print(node.tag, node.sourceline, [child.tag for child in node.iterchildren("Say")])
    for say in doc.root.iter("Say"):
        assert_type(say, PlainElement)
        assert_type(say.getparent(), PlainElement | None)
        print("".join(say.itertext()))


# --- a lint rule, as a rule module writes it
def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options.get("max", 3))
    for gather in ctx.elements("Gather"):
        assert_type(gather, PlainElement)
        if len(list(gather.iterchildren("Say", "Play"))) > limit:
            fix = ctx.remove_attribute(gather, "numDigits", "let the caller type more")
            yield Finding(gather, "too many prompts", attribute="numDigits", fix=fix)


# --- diagnostics, settings and fixes
settings = Settings.from_mapping({"dialect": "twilio", "rules": {"LAML107": {"max": 4}}})
assert_type(settings.rules, dict[str, dict[str, OptionValue]])
assert_type(settings.select, list[str] | None)
diagnostics = laml.lint(SOURCE, settings=settings, options={"LAML107": {"max": 2}})
for d in diagnostics:
    assert_type(d, Diagnostic)
    assert_type(d.severity, Literal["error", "warning", "info"])
    assert_type(d.platform_code, int | None)
    if d.fix is not None:
        assert_type(d.fix, Fix)
        for edit in d.fix.edits:
            assert_type(edit, Edit)
            print(edit.start, edit.end, edit.text, d.fix.safe)
result = laml.fix(SOURCE, unsafe=True)
assert_type(result, FixResult)
assert_type(result.text, str)
assert_type(result.fixed, tuple[Diagnostic, ...])
assert_type(result.remaining, tuple[Diagnostic, ...])
assert_type(result.changed, bool)

# --- request parameters
params = GatherResult.from_form(
    {"CallSid": "CA1", "AccountSid": "AC1", "From": "+1555", "To": "+1666",
     "CallStatus": "in-progress", "Digits": "1", "Confidence": "0.9"}
)
assert_type(params.digits, str | None)
assert_type(params.confidence, float | None)
assert_type(params.call_status, CallStatus)
assert_type(params.extra, FormParams)
assert_type(params.extra.get("Custom"), str | None)

# --- a simulated call
with Simulator({"/voice": SOURCE, "/menu": "<Response><Say>Sales</Say></Response>"}) as sim:
    call = sim.call("/voice", inputs=["1"])
    assert_type(call, Call)
    assert_type(call.said, list[str])
    assert_type(call.duration, float)
    assert_type(call.ended, Ended | None)
    if call.ended is not None:
        assert_type(call.ended.code, int | None)
        assert_type(call.ended.ok, bool)
    for event in call.events:
        assert_type(event, Event)
        assert_type(event.at, float)
        if isinstance(event, GatherEvent):
            assert_type(event.digits, str | None)
            assert_type(event.input, tuple[str, ...])
        elif isinstance(event, SayEvent):
            assert_type(event.voice, str | None)
        elif isinstance(event, DialEvent):
            print([(target.kind, target.value, target.outcome) for target in event.targets])
    for request in call.requests:
        assert_type(request, Request)
        assert_type(request.params, FormParams)
        assert_type(request.status, int | None)
    for item in call.log:
        assert_type(item, Event | Request | Ended)
    assert_type(call.to_dict(), dict[str, JSON])
    assert_type(call.events[0].to_dict(), dict[str, JSON])
