"""The call simulator: run a call flow offline, as the platform would.

>>> from laml.simulate import Simulator
>>> menu = '''<Response>
...   <Gather numDigits="1" action="/menu"><Say>Press 1 for sales.</Say></Gather>
...   <Say>Goodbye</Say>
... </Response>'''
>>> sim = Simulator({"/voice": menu, "/menu": "<Response><Say>Sales!</Say></Response>"})
>>> sim.call("/voice", inputs=["1"]).said
['Press 1 for sales.', 'Sales!']
>>> call = sim.call("/voice", inputs=[])           # the caller says nothing
>>> call.said, call.ended.reason
(['Press 1 for sales.', 'Goodbye'], 'completed')

A :class:`Simulator` fetches documents as the platform does (the platform's parameters, signed,
so apps that verify signatures work unchanged) from a WSGI or ASGI app in this process, a folder
of documents and bin templates, documents by URL, or an ``http(s)`` server; lints each one (an
error ends the call with the platform's error code); and runs its verbs on a virtual clock. A
:class:`Call` keeps the :attr:`~Call.events`, the :attr:`~Call.requests` and how it
:attr:`~Call.ended`. Importing this package imports no web framework and no HTTP client.
"""

from __future__ import annotations

from laml._json import JSON
from laml.simulate._call import ERROR_REASONS, Call, Ended
from laml.simulate._events import (
    ConnectEvent,
    DenoiseEvent,
    DialEvent,
    DialTarget,
    EchoEvent,
    EnqueueEvent,
    Event,
    GatherEvent,
    HangupEvent,
    LeaveEvent,
    MessageEvent,
    PauseEvent,
    PayEvent,
    PlayEvent,
    ReceiveEvent,
    RecordEvent,
    RedirectEvent,
    ReferEvent,
    RejectEvent,
    SayEvent,
    SmsEvent,
    StartEvent,
    StopEvent,
)
from laml.simulate._exceptions import CallEnded, SimulationError
from laml.simulate._fetch import (
    HTTP,
    Answer,
    ASGIApp,
    Document,
    Documents,
    DocumentSource,
    Fetcher,
    FetchError,
    Folder,
    Router,
    WSGIApp,
)
from laml.simulate._limits import Limits
from laml.simulate._request import TEST_SIGNING_KEY, Request
from laml.simulate._script import (
    DialOutcome,
    DialPlan,
    HangUp,
    Input,
    Press,
    QueueOutcome,
    Recording,
    Silence,
    Speak,
    parse_dial_outcome,
    to_input,
)
from laml.simulate._session import Wait
from laml.simulate._simulator import Simulator, Target

__all__ = [
    "ERROR_REASONS",
    "HTTP",
    "JSON",
    "TEST_SIGNING_KEY",
    "ASGIApp",
    "Answer",
    "Call",
    "CallEnded",
    "ConnectEvent",
    "DenoiseEvent",
    "DialEvent",
    "DialOutcome",
    "DialPlan",
    "DialTarget",
    "Document",
    "DocumentSource",
    "Documents",
    "EchoEvent",
    "Ended",
    "EnqueueEvent",
    "Event",
    "FetchError",
    "Fetcher",
    "Folder",
    "GatherEvent",
    "HangUp",
    "HangupEvent",
    "Input",
    "LeaveEvent",
    "Limits",
    "MessageEvent",
    "PauseEvent",
    "PayEvent",
    "PlayEvent",
    "Press",
    "QueueOutcome",
    "ReceiveEvent",
    "RecordEvent",
    "Recording",
    "RedirectEvent",
    "ReferEvent",
    "RejectEvent",
    "Request",
    "Router",
    "SayEvent",
    "Silence",
    "SimulationError",
    "Simulator",
    "SmsEvent",
    "Speak",
    "StartEvent",
    "StopEvent",
    "Target",
    "WSGIApp",
    "Wait",
    "parse_dial_outcome",
    "to_input",
]
