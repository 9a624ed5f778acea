"""laml is a drop-in for twilio.twiml 9.13: same class names, methods and signatures."""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest
import twilio.twiml.fax_response as twilio_fax
import twilio.twiml.messaging_response as twilio_messaging
import twilio.twiml.voice_response as twilio_voice
from twilio.twiml import TwiML

import laml
import laml.fax
import laml.messaging
import laml.voice

PAIRS = [(twilio_voice, laml.voice), (twilio_messaging, laml.messaging), (twilio_fax, laml.fax)]


def _classes(module: ModuleType) -> dict[str, type]:
    return {
        name: cls
        for name, cls in vars(module).items()
        if inspect.isclass(cls) and issubclass(cls, TwiML) and cls.__module__ == module.__name__
    }


def _positional(fn: object) -> list[tuple[str, bool]]:
    """(name, has default) of the parameters that can be passed by position or by name."""
    return [
        (p.name, p.default is not inspect.Parameter.empty)
        for p in inspect.signature(fn).parameters.values()  # type: ignore[arg-type]
        if p.kind is p.POSITIONAL_OR_KEYWORD
    ]


CASES = [
    (twilio_module, laml_module, name)
    for twilio_module, laml_module in PAIRS
    for name in sorted(_classes(twilio_module))
]


@pytest.mark.parametrize(("twilio_module", "laml_module", "name"), CASES)
def test_same_class_methods_and_signatures(
    twilio_module: ModuleType, laml_module: ModuleType, name: str
) -> None:
    twilio_cls = _classes(twilio_module)[name]
    laml_cls = getattr(laml_module, name)
    assert name in laml_module.__all__
    assert _positional(laml_cls.__init__)[: len(_positional(twilio_cls.__init__))] == _positional(
        twilio_cls.__init__
    )
    for method_name, method in vars(twilio_cls).items():
        if method_name.startswith("_") or not callable(method):
            continue
        ours = getattr(laml_cls, method_name)
        assert _positional(ours) == _positional(method), (name, method_name)
        # every extra (SignalWire-only) parameter is keyword-only, so positions never shift
        extra = [
            p
            for p in inspect.signature(ours).parameters.values()
            if p.name not in inspect.signature(method).parameters
        ]
        assert all(p.kind is p.KEYWORD_ONLY for p in extra), (name, method_name, extra)


def test_twilio_base_api_on_every_element() -> None:
    for attr in ("append", "nest", "add_child", "to_xml", "xml", "__enter__", "__exit__"):
        assert callable(getattr(laml.voice.Say, attr))
    say = laml.voice.Say("Hi", voice="alice")
    assert say.name == "Say"
    assert say.value == "Hi"
    assert say.attrs == {"voice": "alice"}
    assert say.xml().tag == "Say"


def test_top_level_reexports() -> None:
    assert laml.VoiceResponse is laml.voice.VoiceResponse
    assert laml.MessagingResponse is laml.messaging.MessagingResponse
    assert laml.FaxResponse is laml.fax.FaxResponse
    with pytest.raises(AttributeError):
        _ = laml.NoSuchThing  # type: ignore[attr-defined]


def test_signalwire_only_vocabulary_is_offered() -> None:
    r = laml.voice.VoiceResponse()
    r.denoise("on")
    r.echo(timeout=30)
    d = r.dial(caller_name="Front desk", recording_storage_url="https://s.example.com/r",
               recording_storage_url_method="PUT")
    d.verto("alice@example.verto.signalwire.com")
    d.sip("sip:a@example.com", codecs=["PCMU", "OPUS"], session_timeout=600)
    c = d.conference("room", stream_url="wss://example.com/s")
    c.stream(name="s1", url="wss://example.com/a", bidir=True, stream_start_conference_on_enter=True,
             stream_ssl_validate_certificate=False)
    r.record(storage_url="https://s.example.com/r", storage_url_method="POST")
    r.start().stream(url="wss://example.com/x", codec="L16@16000h", realtime=True,
                     auth_bearer_token="t")
    r.pay(payment_connector_url="https://pay.example.com")
    fax = laml.fax.FaxResponse()
    fax.reject()
    xml = str(r)
    for fragment in (
        "<Denoise>on</Denoise>",
        '<Echo timeout="30" />',
        'callerName="Front desk"',
        "<Verto>alice@example.verto.signalwire.com</Verto>",
        'codecs="PCMU,OPUS"',
        'sessionTimeout="600"',
        'streamUrl="wss://example.com/s"',
        'bidir="true"',
        'storageUrlMethod="POST"',
        'codec="L16@16000h"',
        'paymentConnectorUrl="https://pay.example.com"',
    ):
        assert fragment in xml
    assert str(fax).endswith("<Response><Reject /></Response>")
    assert type(c[0]).__name__ == "ConferenceStream"
