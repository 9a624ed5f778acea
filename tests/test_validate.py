"""laml.validate: diagnostics in plain words, with codes, positions, paths and platform codes."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from lxml import etree

import laml
from laml import Diagnostic, lint, validate
from laml.document import load
from laml.messaging import MessagingResponse
from laml.validation import CODES, MAX_DIAGNOSTICS, PLATFORM_MAX_BYTES, validate_document
from laml.voice import VoiceResponse


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, diagnostics
    return diagnostics[0]


@pytest.mark.parametrize(
    ("document", "code", "message", "hint", "platform"),
    [
        (
            "<Response><Gather><Dial>1</Dial></Gather></Response>",
            "LAML003",
            "`<Dial>` is not allowed inside `<Gather>`; allowed there: Say, Pause, Play",
            "`<Dial>` goes inside `<Response>`",
            12200,
        ),
        (
            '<Response><Dial callerid="+1555">1</Dial></Response>',
            "LAML004",
            "unknown attribute `callerid` on `<Dial>`; did you mean `callerId`?",
            "attribute names are case-sensitive: write callerId",
            12200,
        ),
        (
            '<Response><Dial timeout="2">1</Dial></Response>',
            "LAML005",
            "`timeout` must be an integer from 5 to 600, got `2`",
            "use a value from 5 to 600",
            12200,
        ),
        (
            '<Response><Dial method="post">1</Dial></Response>',
            "LAML005",
            "`method` must be GET or POST, got `post`",
            "use POST",
            13221,
        ),
        (
            '<Response><Dial><Number sendDigits="12x">+1555</Number></Dial></Response>',
            "LAML005",
            "`sendDigits` must be DTMF digits (0-9, A-D, *, #, w, W), got `12x`",
            None,
            13222,
        ),
        (
            '<Response><Record trim="none"/></Response>',
            "LAML005",
            "`trim` must be one of trim-silence, do-not-trim, got `none`",
            None,
            13699,
        ),
        (
            '<Response><Record recordingStatusCallbackEvent="completed done"/></Response>',
            "LAML005",
            "`recordingStatusCallbackEvent` must be space-separated values from: in-progress, "
            "completed, absent; `done` is not",
            None,
            13621,
        ),
        (
            '<Response><Dial><Conference beep="onenter">room</Conference></Dial></Response>',
            "LAML005",
            "`beep` must be one of true, false, onEnter, onExit, got `onenter`",
            "use onEnter",
            16002,
        ),
        (
            '<Response><Gather profanityFilter="True"/></Response>',
            "LAML005",
            "`profanityFilter` must be true or false, got `True`",
            "use true",
            12200,
        ),
        (
            '<Response><Pay maxAttempts="2.5"/></Response>',
            "LAML005",
            "`maxAttempts` must be an integer from 1 to 3, got `2.5`",
            "use a whole number",
            12200,
        ),
        (
            '<Response><Gather action=""/></Response>',
            "LAML005",
            "`action` is empty; it must be a URL",
            None,
            12200,
        ),
        (
            '<Response><Pay><Parameter name="a"/></Pay></Response>',
            "LAML006",
            "`<Parameter>` needs a `value` attribute (parameter value)",
            None,
            12200,
        ),
        (
            "<Response>Hello there</Response>",
            "LAML007",
            "text is not allowed directly inside `<Response>`, got `Hello there`",
            "to speak it, put it in a <Say>",
            12200,
        ),
        (
            "<Response><Hangup>now</Hangup></Response>",
            "LAML007",
            "text is not allowed directly inside `<Hangup>`, got `now`",
            "`<Hangup>` takes no content",
            12200,
        ),
        (
            "<Response><Refer/></Response>",
            "LAML008",
            "`<Refer>` needs `<Sip>` inside it",
            None,
            12200,
        ),
        (
            "<Response><Dial><Number>  </Number></Dial></Response>",
            "LAML008",
            "`<Number>` is empty; it needs a phone number",
            None,
            12200,
        ),
        (
            "<Response><Denoise>maybe</Denoise></Response>",
            "LAML009",
            "the text of `<Denoise>` must be on or off, got `maybe`",
            None,
            12200,
        ),
        (
            "<Response><Sms>" + "x" * 1700 + "</Sms></Response>",
            "LAML009",
            "the text of `<Sms>` must be text of 1 to 1599 characters, it has 1700 characters",
            None,
            12200,
        ),
        (
            "<Response><Dial>" + "<Number>+1555</Number>" * 11 + "</Dial></Response>",
            "LAML010",
            "`<Dial>` can hold at most 10 `<Number>`; this one is number 11",
            None,
            12200,
        ),
        (
            "<Response><Say>Hi</Say><Message>Thanks</Message></Response>",
            "LAML011",
            "`<Message>` is a messaging verb; this is a voice document",
            "to text the caller during a call, use <Sms>",
            12200,
        ),
        (
            "<Response><Message>Hi</Message><Say>x</Say></Response>",
            "LAML011",
            "`<Say>` is a voice verb; this is a messaging document",
            "a messaging document uses: Message, Redirect",
            12200,
        ),
        (
            "<Response><Dial><Client>alice</Client></Dial></Response>",
            "LAML012",
            "`<Client>` inside `<Dial>` is Twilio-only; LaML does not have it",
            "validate with dialect='twilio' if this document is for Twilio",
            12200,
        ),
        (
            "<Response><say>Hi</say></Response>",
            "LAML002",
            "unknown element `<say>`; did you mean `<Say>`?",
            "element names are case-sensitive: write <Say>",
            12200,
        ),
        (
            "<Response><Gather><Sya>Hi</Sya></Gather></Response>",
            "LAML002",
            "unknown element `<Sya>`; did you mean `<Say>`?",
            None,
            12200,
        ),
        (
            "<Response><Gather><Banana/></Gather></Response>",
            "LAML002",
            "unknown element `<Banana>`",
            "allowed inside `<Gather>`: Say, Pause, Play",
            12200,
        ),
        (
            "<Say>Hi</Say>",
            "LAML003",
            "the root element must be `<Response>`, not `<Say>`",
            "wrap the verbs in <Response>…</Response>",
            12200,
        ),
        (
            "<Response><Dial><Number>+1555</Number><Sip>sip:a@example.com</Sip></Dial></Response>",
            "LAML003",
            "`<Sip>` cannot be combined with other elements in one `<Dial>`",
            "use a separate <Dial> for the other elements",
            12200,
        ),
        (
            "<Response><Dial><Number>1<Say>x</Say></Number></Dial></Response>",
            "LAML003",
            "`<Say>` is not allowed inside `<Number>`: `<Number>` holds text only",
            "`<Say>` goes inside `<Response>` or `<Prompt>` or `<Gather>`",
            12200,
        ),
        (
            '<Response><Say><lang xml:lang="fr FR">x</lang></Say></Response>',
            "LAML005",
            "`xml:lang` must be a language tag such as fr-FR, got `fr FR`",
            None,
            12200,
        ),
        (
            '<Response xmlns:xi="http://www.w3.org/2001/XInclude">'
            '<xi:include href="x"/></Response>',
            "LAML002",
            "`<xi:include>` is not part of LaML: elements in a namespace "
            "(http://www.w3.org/2001/XInclude) are not allowed",
            "remove it; documents use plain element names without namespaces",
            12200,
        ),
    ],
)
def test_messages(document: str, code: str, message: str, hint: str | None, platform: int) -> None:
    d = only(validate(document))
    assert (d.code, d.severity, d.message, d.hint, d.platform_code) == (
        code,
        "error",
        message,
        hint,
        platform,
    )
    assert d.code in CODES


def test_position_and_path_of_elements_and_attributes() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<Response>\n"
        "  <Say>Hi</Say>\n"
        "  <Gather>\n"
        "    <Say>one</Say>\n"
        "    <Dial>+1555</Dial>\n"
        "  </Gather>\n"
        '  <Dial timeout="30"\n'
        '        callerid="+1555">+1666</Dial>\n'
        "</Response>\n"
    )
    dial, attr = validate(text)
    assert (dial.line, dial.column, dial.path) == (6, 5, "/Response/Gather[1]/Dial[1]")
    assert (attr.line, attr.column, attr.path) == (9, 9, "/Response/Dial[1]/@callerid")


def test_not_well_formed_is_one_error_with_a_position() -> None:
    d = only(validate('<Response>\n  <Dial action="https://x/?a=1&b=2">1</Dial>\n</Response>'))
    assert (d.code, d.platform_code, d.line, d.column) == ("LAML001", 12100, 2, 33)
    assert d.message == "not well-formed XML: a bare `&`: XML needs `&amp;` for a literal &"
    assert d.hint == "write & as &amp; (in URLs too: a=1&amp;b=2)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not well-formed XML: the document is empty"),
        ("OK", "this is not XML"),
        ("<Response><Say>caf&eacute;</Say></Response>", "undefined entity `&eacute;`"),
        ("<Response><Pay></Response>", "`</Response>` does not close `<Pay>` (opened on line 1)"),
        ("<Response><Say>hi", "the document ends before `<Say>` (line 1) is closed"),
        (" \n<?xml version='1.0'?><Response/>", "the XML declaration `<?xml …?>` must come first"),
        ("<Response/><Response/>", "a document has exactly one `<Response>`"),
        (b"<Response>\xff</Response>", "not valid in the document's encoding"),
        ('<!DOCTYPE r [<!ENTITY a "b">]><Response/>', "DOCTYPE declarations are not allowed"),
    ],
)
def test_unreadable_input(text: str | bytes, message: str) -> None:
    d = only(validate(text))
    assert d.code == "LAML001"
    assert d.platform_code == 12100
    assert message in d.message


def test_valid_documents_have_no_diagnostics() -> None:
    assert validate("<Response/>") == []
    assert validate("<Response><Say>Hello</Say></Response>") == []
    assert validate(b"\xef\xbb\xbf<Response><Say>Hi</Say></Response>") == []
    utf16 = '<?xml version="1.0" encoding="UTF-16"?><Response><Say>é</Say></Response>'
    assert validate(utf16.encode("utf-16")) == []
    assert (
        validate("<Response><Message>Hi <Media>https://x/a.png</Media></Message></Response>") == []
    )
    assert validate("<Response><Receive mediaType='image/tiff'/></Response>") == []


def test_dialects_differ() -> None:
    sw_only = "<Response><Echo timeout='30'/><Denoise>on</Denoise></Response>"
    assert validate(sw_only) == []
    errors = validate(sw_only, dialect="twilio")
    assert [d.code for d in errors] == ["LAML012", "LAML012"]
    assert errors[0].message == "`timeout` on `<Echo>` is SignalWire-only; TwiML does not have it"
    tw_only = (
        "<Response><Gather bargeIn='true'/>"
        "<Dial><Number>1</Number><Sip>sip:a</Sip></Dial></Response>"
    )
    assert validate(tw_only, dialect="twilio") == []
    assert {d.code for d in validate(tw_only)} == {"LAML012", "LAML003"}


def test_channel_detection_and_forcing() -> None:
    assert (
        validate("<Response><Redirect>https://x</Redirect></Response>", channel="messaging") == []
    )
    d = only(validate("<Response><Play>https://x/a.mp3</Play></Response>", channel="messaging"))
    assert d.message == "`<Play>` is a voice verb; this is a messaging document"
    d = only(validate("<Response><Receive/><Say>hi</Say></Response>"))
    assert d.message == "`<Say>` is a voice verb; this is a fax document"


def test_every_misplaced_element_is_reported() -> None:
    text = (
        "<Response><Gather><Dial>1</Dial><Dial>2</Dial><Say/><Foo/></Gather>"
        '<Foo/><Say bad="1">x</Say><Hangup>x</Hangup></Response>'
    )
    found = [(d.code, d.path) for d in validate(text)]
    assert found == [
        ("LAML003", "/Response/Gather[1]/Dial[1]"),
        ("LAML003", "/Response/Gather[1]/Dial[2]"),
        ("LAML002", "/Response/Gather[1]/Foo[1]"),
        ("LAML002", "/Response/Foo[1]"),
        ("LAML004", "/Response/Say[1]/@bad"),
        ("LAML007", "/Response/Hangup[1]"),
    ]


def test_a_tree_is_left_as_it_was() -> None:
    r = VoiceResponse()
    g = r.gather()
    g.append(laml.GenericNode("Dial", "1"))
    g.say("Hi")
    before = str(r)
    assert [d.code for d in validate(r)] == ["LAML003"]
    assert str(r) == before


def test_trees_and_element_validate() -> None:
    r = VoiceResponse()
    r.say("Hello")
    r.dial(timeout=30).number("+15551234567")
    assert r.validate() == []
    assert validate(r) == []
    r.dial(timeout=2)
    d = only(r.validate())
    assert d.message == "`timeout` must be an integer from 5 to 600, got `2`"
    assert (d.line, d.path) == (1, "/Response/Dial[2]/@timeout")
    assert d.column > 1
    m = MessagingResponse()
    m.message("Hi", to="+15551234567").media("https://x/a.png")
    assert m.validate() == m.validate("twilio") == []
    plain = etree.fromstring("<Response><Say>Hi</Say><Dial><Verto>x</Verto></Dial></Response>")
    assert [d.code for d in validate(plain)] == ["LAML009"]
    assert [d.code for d in validate(plain, dialect="twilio")] == ["LAML012"]


def test_a_subtree_validates_as_a_document() -> None:
    r = VoiceResponse()
    say = r.say("Hi")
    say.tail = "not a document"
    d = only(validate(say))
    assert d.message == "the root element must be `<Response>`, not `<Say>`"


def test_paths_and_loaded_documents(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text("<Response><Pause length='x'/></Response>", encoding="utf-8")
    for source in (path, load(path)):
        d = only(validate(source))
        assert d.message == "`length` must be a non-negative integer, got `x`"
    d = only(validate(str(path)))  # a str is the document's text, never a file name
    assert (d.code, d.message) == (
        "LAML001",
        "not well-formed XML: this is not XML: a document starts with `<Response>` (or an XML "
        "declaration)",
    )
    doc = load("<Response><Say>Hi</Say><Message>x</Message></Response>")
    assert [d.code for d in validate_document(doc)] == ["LAML011"]
    assert [d.code for d in validate_document(doc, channel="messaging")] == ["LAML011"]
    assert validate_document(doc, channel="messaging")[0].path == "/Response/Say[1]"


def test_size_limits() -> None:
    say = "<Say>" + "x" * 1000 + "</Say>"
    body = "<Response>" + say * 70 + "</Response>"
    assert len(body) > PLATFORM_MAX_BYTES
    d = only(validate(body))
    assert (d.code, d.platform_code) == ("LAML013", 11750)
    assert d.message.startswith(f"the document is {len(body):,} bytes")
    huge = "<Response>" + say * 200 + "</Response>"
    for source in (huge + "<broken", huge.encode() + b"<broken"):  # not parsed at all
        d, more = validate(source)
        assert (d.code, d.platform_code) == ("LAML013", 11750)
        assert d.message.startswith(f"the document is {len(huge) + 7:,} bytes")
        assert (more.code, more.severity) == ("LAML014", "info")
        assert more.message == (
            "there may be more problems: documents over 131,072 bytes are not parsed"
        )
    r = VoiceResponse()
    for _ in range(70):
        r.say("x" * 1000)
    assert [d.code for d in r.validate()] == ["LAML013"]


def test_many_problems_are_capped() -> None:
    text = "<Response>" + '<Say bad="1"/>' * (MAX_DIAGNOSTICS + 50) + "</Response>"
    found = validate(text)
    assert len(found) == MAX_DIAGNOSTICS + 1
    assert found[-1].code == "LAML014"
    assert found[-1].severity == "info"


def test_bad_arguments_raise() -> None:
    with pytest.raises(ValueError, match="unknown dialect"):
        validate("<Response/>", dialect="plivo")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown channel"):
        validate("<Response/>", channel="video")  # type: ignore[arg-type]


def test_template_placeholders_in_plain_values() -> None:
    text = (
        '<Response><Dial callerId="{{From}}" action="{{ActionUrl}}"><Number>{{To}}</Number>'
        "</Dial><Say>Hello {{Name}}</Say></Response>"
    )
    assert validate(text) == []


def test_public_names() -> None:
    import laml.validation

    assert laml.validate is laml.validation.validate
    assert laml.validate("<Response/>") == []
    assert laml.schema_path().name == "voice.xsd"
    assert set(CODES) == {f"LAML{n:03}" for n in range(1, 15)} | {"LAML099"}


def test_no_schema_work_at_import() -> None:
    script = (
        "import laml, laml.validation as v\n"
        "assert v._COMPILED == {}\n"
        "v.validate('<Response/>')\n"
        "assert list(v._COMPILED) == [('voice', 'signalwire')]\n"
        "v.validate('<Response/>', dialect='twilio')\n"
        "v.validate('<Response><Say/></Response>')\n"
        "v.validate('<Response><Message/></Response>')\n"
        "assert len(v._COMPILED) == 3\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_threads_share_the_schemas() -> None:
    errors: list[BaseException] = []
    bad = '<Response><Dial timeout="2">1</Dial><Foo/></Response>'

    def work() -> None:
        try:
            for _ in range(200):
                assert validate("<Response><Say>Hi</Say></Response>") == []
                assert [d.code for d in validate(bad)] == ["LAML005", "LAML002"]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_encodings_other_than_utf8_and_utf16_are_refused(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-7"?>'
        "<Response><Say>+ADw-/Say+AD4-+ADw-Hangup/+AD4-+ADw-Say+AD4-</Say></Response>"
    )
    path = tmp_path / "doc.xml"
    path.write_text(text)
    for source in (text, text.encode(), path, load(text), load(path)):
        d = only(validate(source))
        assert (d.code, d.line, d.column, d.platform_code) == ("LAML001", 1, 31, 12100)
        assert "`UTF-7`: only UTF-8 and UTF-16 are allowed" in d.message
    large = text.replace("</Response>", "<Pause/>" * 20_000 + "</Response>")  # not parsed
    assert [d.code for d in lint(large)] == ["LAML110", "LAML001"]  # at 1:1, then 1:31
    for codec in ("utf-32", "utf-32-be"):
        d = only(validate("<Response/>".encode(codec)))
        assert d.message.startswith("not well-formed XML: the document is in `UTF-32`")


def test_nesting_deeper_than_libxml2_reads() -> None:
    d = only(validate("<Response>" + "<Say>" * 300 + "</Say>" * 300 + "</Response>"))
    assert (d.code, d.message) == ("LAML001", "not well-formed XML: elements nested more than 256 deep")
    assert d.hint == "no document needs that many levels: laml reads at most 256"
