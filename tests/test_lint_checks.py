"""The checks users expected: voices, languages, finishOnKey, URLs, near-miss variables."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from laml import lint
from laml.rules._tts import language_problem, voice_problem


def only(code: str, doc: str, **kwargs: object) -> list[object]:
    return [d for d in lint(doc, **kwargs) if d.code == code]  # type: ignore[arg-type]


def say(voice: str, language: str | None = None) -> str:
    lang = f' language="{language}"' if language else ""
    return f'<Response><Say voice="{voice}"{lang}>Hello</Say></Response>'


@pytest.mark.parametrize(
    ("voice", "dialect", "suggestion", "safe"),
    [
        ("Polly.Joana", "signalwire", "Polly.Joanna", False),
        ("Polly.Joana", "twilio", "Polly.Joanna", False),
        ("polly.joanna", "twilio", "Polly.Joanna", True),
        ("Polly.Mia-Generative", "twilio", "Polly.Mía-Generative", True),
        ("Polly.Kajal", "twilio", "Polly.Kajal-Neural", False),
        ("gcloud.en-US-Standard-A", "twilio", "Google.en-US-Standard-A", False),
        ("Google.en-US-Standard-A", "signalwire", "gcloud.en-US-Standard-A", False),
        ("amazon.Kendr:neural", "signalwire", "amazon.Kendra:neural", False),
        ("openai.aloy", "signalwire", "openai.alloy", False),
        ("Man", "twilio", "man", True),
    ],
)
def test_voice_near_misses(voice: str, dialect: str, suggestion: str, safe: bool) -> None:
    found = only("LAML136", say(voice), dialect=dialect)
    assert len(found) == 1 and found[0].severity == "warning"  # type: ignore[attr-defined]
    fix = found[0].fix  # type: ignore[attr-defined]
    assert fix is not None and fix.safe is safe and fix.edits[0].text == suggestion


@pytest.mark.parametrize(
    ("voice", "dialect"),
    [
        ("robot", "signalwire"),
        ("robot", "twilio"),
        ("Polly.Ambre", "twilio"),  # an AWS voice Twilio does not offer
        ("elevenlabs.thomas", "twilio"),
        ("Google.xx-XX-Standard-A", "twilio"),
        ("Google.en-US-Chirp3-HD-Nobody", "twilio"),
        ("gcloud.nonsense", "signalwire"),
        ("speakers.joe", "signalwire"),
    ],
)
def test_unknown_voices(voice: str, dialect: str) -> None:
    assert only("LAML136", say(voice), dialect=dialect)


@pytest.mark.parametrize(
    ("voice", "dialect"),
    [
        ("man", "twilio"), ("woman", "signalwire"), ("alice", "signalwire"),
        ("Polly.Joanna", "twilio"), ("Polly.Joanna-Neural", "twilio"),
        ("Polly.Matthew-Generative", "twilio"), ("Polly.Mía-Generative", "twilio"),
        ("Google.en-GB-Standard-A", "twilio"), ("Google.fil-ph-Neural2-A", "twilio"),
        ("Google.en-US-Chirp3-HD-Aoede", "twilio"),
        ("Polly.Ambre", "signalwire"), ("POLLY.JOANNA", "signalwire"),
        ("gcloud.en-US-Neural2-A", "signalwire"), ("gcloud.cmn-CN-Standard-D", "signalwire"),
        ("elevenlabs.Rachel:eleven_flash_v2_5", "signalwire"),
        ("amazon.Kendra:neural:en-US", "signalwire"), ("azure.en-US-AvaNeural", "signalwire"),
        ("{{Voice}}", "signalwire"),
    ],
)
def test_known_voices(voice: str, dialect: str) -> None:
    assert voice_problem(voice, dialect) is None


def test_languages() -> None:
    found = only("LAML137", say("man", "en_US"))
    assert found[0].fix.safe and found[0].fix.edits[0].text == "en-US"  # type: ignore[attr-defined]
    found = only("LAML137", say("man", "english"))
    assert not found[0].fix.safe and found[0].fix.edits[0].text == "en-US"  # type: ignore[attr-defined]
    assert only("LAML137", say("man", "12")) and only("LAML137", say("man", "en-us"),
                                                      dialect="twilio")
    assert not only("LAML137", say("man", "en-us"))  # SignalWire publishes no list
    assert not only("LAML137", say("woman", "es"), dialect="twilio")  # basic voices: es, fr …
    assert only("LAML137", say("Polly.Joanna", "es"), dialect="twilio")
    mismatch = only("LAML137", say("Polly.Joanna", "fr-FR"), dialect="twilio")
    assert "speaks en-US" in mismatch[0].message  # type: ignore[attr-defined]
    gather = '<Response><Gather input="speech" language="{}" action="https://e.com/a"/></Response>'
    assert not only("LAML137", gather.format("cmn-Hans-CN"), dialect="twilio")
    assert only("LAML137", gather.format("en-GB-WLS"), dialect="twilio")  # <Say> only
    assert language_problem("{{Lang}}", "twilio", "Say") is None


def test_voice_and_language_data_name_their_sources() -> None:
    data = resources.files("laml.data")
    for name in ("voices.json", "languages.json"):
        document = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        sources = document["sources"]
        assert sources and all(isinstance(v, str) and v for v in sources.values())
        for key, section in document.items():
            if isinstance(section, dict) and "sources" in section and key != "sources":
                assert set(section["sources"]) <= set(sources), (name, key)
    voices = json.loads(data.joinpath("voices.json").read_text(encoding="utf-8"))
    polly = voices["polly"]["voices"]
    assert len(polly) == 106
    assert sum("S" in v["twilio"] for v in polly.values()) == 61


@pytest.mark.parametrize(
    ("value", "tag", "meant"),
    [("pound", "Gather", "#"), ("star", "Record", "*"), ("hash star", "Record", "#*"),
     ("#*", "Gather", None), ("x", "Gather", None)],
)
def test_finish_on_key(value: str, tag: str, meant: str | None) -> None:
    doc = f'<Response><{tag} finishOnKey="{value}" action="https://example.com/a"/></Response>'
    found = lint(doc, ignore=["gather-without-prompt"])
    assert [d.code for d in found] == ["LAML143"]  # replaces the schema's LAML005
    fix = found[0].fix
    assert (fix.edits[0].text if fix else None) == meant


def test_url_without_scheme() -> None:
    found = only("LAML114", '<Response><Gather action="ivr.example.com/menu"/></Response>')
    assert found[0].severity == "warning"  # type: ignore[attr-defined]
    assert found[0].fix.edits[0].text == "https://ivr.example.com/menu"  # type: ignore[attr-defined]
    for host in ("www.myexample.com", "localhost:5000/voice", "example.com:8080/x"):
        doc = f'<Response><Redirect>{host}</Redirect></Response>'
        assert only("LAML114", doc)[0].severity == "warning", host  # type: ignore[attr-defined]
    for relative in ("/menu", "menu.xml", "../next", "handle.php?x=1", "wait-music.xml"):
        doc = f'<Response><Redirect>{relative}</Redirect></Response>'
        assert only("LAML114", doc)[0].severity == "info", relative  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url",
    ["http://localhost/x", "http://127.0.0.1:5000/x", "http://10.1.2.3/x",
     "https://192.168.0.10/x", "http://[::1]/x", "http://172.16.4.4/x", "http://169.254.1.1/x",
     "https://pbx.local/x", "https://ivr.internal/x", "http://0.0.0.0/x"],
)
def test_private_urls(url: str) -> None:
    found = only("LAML138", f'<Response><Redirect>{url}</Redirect></Response>')
    assert found and found[0].severity == "warning"  # type: ignore[attr-defined]


def test_public_urls_are_not_private() -> None:
    for url in ("https://example.com/x", "https://8.8.8.8/x", "/relative", "https://172.32.0.1/x"):
        assert not only("LAML138", f'<Response><Redirect>{url}</Redirect></Response>')


def test_a_near_miss_variable_is_a_warning() -> None:
    found = only("LAML204", "<Response><Say>Hi {{from}}</Say></Response>")
    assert found[0].severity == "warning" and found[0].hint == "did you mean {{From}}?"  # type: ignore[attr-defined]
    found = only("LAML204", "<Response><Say>{{Nickname}}</Say></Response>")
    assert found[0].severity == "info"  # type: ignore[attr-defined]


def test_list_separators() -> None:
    doc = ('<Response><Dial><Number statusCallbackEvent="initiated,ringing">+14155550100'
           "</Number></Dial></Response>")
    found = lint(doc)
    assert [d.code for d in found] == ["LAML142"]  # the schema's LAML005 is replaced
    assert "separated by spaces" in found[0].message
    assert found[0].hint == 'write statusCallbackEvent="initiated ringing"'


def test_booleans_enumerations_and_names_in_the_wrong_case() -> None:
    doc = ('<Response><record playBeep="True" trim="Trim-Silence" maxlength="10" '
           'action="https://e.com/a"/></Response>')
    assert [d.code for d in lint(doc)] == ["LAML141"]  # the element first
    doc = doc.replace("<record", "<Record")
    assert sorted(d.code for d in lint(doc)) == ["LAML139", "LAML140", "LAML141"]
