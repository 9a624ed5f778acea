"""laml.parse: typed trees back from text, and hostile input refused quickly."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from conftest import LoopbackListener

from laml import GenericNode, ParseError, parse
from laml.fax import FaxResponse
from laml.messaging import Media, Message, MessagingResponse
from laml.voice import (
    Conference,
    ConferenceStream,
    Gather,
    ReferSip,
    Say,
    Sip,
    SsmlBreak,
    Stream,
    VoiceResponse,
)

DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<Response>
  <Gather numDigits="1" action="/menu" input="dtmf">
    <Say voice="alice">Hi <break time="1s"/> there</Say>
  </Gather>
  <!-- inner comment -->
  <Dial><Sip>sip:a@example.com</Sip><Conference>r<Stream name="s"/></Conference></Dial>
  <Refer><Sip>sip:b@example.com</Sip></Refer>
  <Start><Stream url="wss://example.com/s"/></Start>
  <Future kind="x">unknown <Thing/></Future>
</Response>
"""


def test_typed_tree_with_everything_kept() -> None:
    r = parse(DOCUMENT)
    assert isinstance(r, VoiceResponse)
    gather = r[0]
    assert isinstance(gather, Gather)
    assert list(gather.attrib) == ["numDigits", "action", "input"]  # source order kept
    say = gather[0]
    assert isinstance(say, Say)
    assert say.text == "Hi "
    assert isinstance(say[0], SsmlBreak)
    assert say[0].tail == " there"
    assert say.sourceline == 5
    dial = r[2]
    assert isinstance(dial[0], Sip)
    assert isinstance(dial[1], Conference)
    assert isinstance(dial[1][0], ConferenceStream)
    assert isinstance(r[3][0], ReferSip)
    assert isinstance(r[4][0], Stream)
    future = r[5]
    assert isinstance(future, GenericNode)
    assert isinstance(future[0], GenericNode)
    text = str(r)
    assert "<!-- leading comment -->" in text
    assert "<!-- inner comment -->" in text
    assert '<Future kind="x">unknown <Thing /></Future>' in text
    assert parse(text) == r
    assert str(parse(text)) == text


def test_builder_calls_work_on_parsed_trees() -> None:
    r = parse("<Response><Gather/></Response>")
    assert isinstance(r, VoiceResponse)
    r[0].say("Added")
    r.hangup()
    assert str(r).endswith("<Response><Gather><Say>Added</Say></Gather><Hangup /></Response>")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("<Response><Message>hi<Media>https://x/a.png</Media></Message></Response>", MessagingResponse),
        ("<Response><Redirect>https://x</Redirect></Response>", VoiceResponse),
        ("<Response><Receive/></Response>", FaxResponse),
        ("<Response/>", VoiceResponse),
    ],
)
def test_channel_detection(text: str, cls: type) -> None:
    assert type(parse(text)) is cls


def test_channel_can_be_forced() -> None:
    m = parse("<Response><Redirect>https://x</Redirect></Response>", channel="messaging")
    assert isinstance(m, MessagingResponse)
    doc = parse("<Response><Message>hi<Media>u</Media></Message></Response>")
    assert isinstance(doc[0], Message)
    assert isinstance(doc[0][0], Media)


def test_sources_text_bytes_path(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(DOCUMENT, encoding="utf-8")
    assert parse(path) == parse(DOCUMENT) == parse(DOCUMENT.encode())
    with pytest.raises(ParseError, match="Start tag expected"):  # a str is text, not a name
        parse(str(path))


def test_text_with_an_encoding_declaration() -> None:
    for encoding in ("UTF-8", "utf8", "UTF-16", "utf-16le"):
        r = parse(f'<?xml version="1.0" encoding="{encoding}"?><Response><Say>é</Say></Response>')
        assert r[0].text == "é"


@pytest.mark.parametrize("encoding", ["UTF-7", "ISO-8859-1", "US-ASCII", "UTF-32", "bogus"])
def test_other_declared_encodings_are_refused(encoding: str) -> None:
    """The platform would read the bytes in the declared encoding: in UTF-7, text that is
    harmless as UTF-8 is markup, so nothing checked here would hold there."""
    text = (
        f"<?xml version='1.0' encoding='{encoding}'?>"
        "<Response><Say>+ADw-Hangup/+AD4-</Say></Response>"
    )
    for source in (text, text.encode("ascii"), text.encode("utf-16")):
        with pytest.raises(ParseError, match="only UTF-8 and UTF-16 are allowed") as caught:
            parse(source)
        assert (caught.value.line, caught.value.column) == (1, 31)


def test_utf32_is_refused() -> None:
    for codec in ("utf-32", "utf-32-le", "utf-32-be"):
        with pytest.raises(ParseError, match="UTF-32"):
            parse("<Response/>".encode(codec))


def test_utf16_and_bom() -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?><Response><Say>é</Say></Response>'
    assert parse(text.encode("utf-16"))[0].text == "é"
    assert parse(b"\xef\xbb\xbf<Response><Say>x</Say></Response>")[0].text == "x"


@pytest.mark.parametrize(
    ("source", "message", "line", "column"),
    [
        ("", "empty", 1, 1),
        ("   \n ", "empty", 1, 1),
        ("<Response>", "Premature end of data", 1, 11),
        ("<Response><Say>a</Play></Response>", "mismatch", 1, 24),
        ("\n<?xml version='1.0'?><Response/>", "XML declaration allowed only at the start", 2, 6),
        ("<Response></Response><Response/>", "Extra content", 1, 22),
        ("<Response>&nbsp;</Response>", "nbsp", 1, 17),
        ("Hello", "Start tag expected", 1, 1),
    ],
)
def test_malformed_input(source: str, message: str, line: int, column: int) -> None:
    with pytest.raises(ParseError) as info:
        parse(source)
    assert message in info.value.message
    assert (info.value.line, info.value.column) == (line, column)
    assert info.value.platform_code == 12100


def test_parse_error_is_a_laml_and_value_error() -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse("<Response>")


def test_missing_file() -> None:
    with pytest.raises(ParseError, match="cannot read"):
        parse(Path("/nonexistent/doc.xml"))


def test_unsupported_source_type() -> None:
    with pytest.raises(TypeError):
        parse(12345)  # type: ignore[arg-type]


# ---------------------------------------------------------------- hostile input


def _hostile(port: int, secret: Path) -> dict[str, bytes]:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + "]><Response><Say>&lol9;</Say></Response>"
    )
    big = "A" * 50_000
    quadratic = (
        f'<!DOCTYPE r [<!ENTITY a "{big}">]><Response><Say>' + "&a;" * 50_000 + "</Say></Response>"
    )
    return {
        "xxe-file": (
            f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><Response><Say>&x;</Say></Response>'
        ).encode(),
        "xxe-http": (
            f'<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:{port}/x">]>'
            "<Response><Say>&x;</Say></Response>"
        ).encode(),
        "external-dtd": (
            f'<!DOCTYPE Response SYSTEM "http://127.0.0.1:{port}/r.dtd"><Response/>'
        ).encode(),
        "parameter-entity": (
            f'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p">%p;]><Response/>'
        ).encode(),
        "xinclude": (
            '<Response xmlns:xi="http://www.w3.org/2001/XInclude">'
            f'<xi:include href="http://127.0.0.1:{port}/i.xml"/>'
            f'<xi:include href="file://{secret}" parse="text"/></Response>'
        ).encode(),
        "billion-laughs": laughs.encode(),
        "quadratic-blowup": quadratic.encode(),
        "deep-nesting": b"<Response>" + b"<a>" * 10_000 + b"</a>" * 10_000 + b"</Response>",
        "binary-garbage": bytes(range(256)) * 64,
    }


def test_hostile_documents_fail_fast_without_io(listener: LoopbackListener, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    for name, data in _hostile(listener.port, secret).items():
        start = time.perf_counter()
        try:
            tree = parse(data)
        except ParseError:
            pass
        else:
            # only XInclude parses (as unknown elements); nothing was included
            assert name == "xinclude", name
            assert "TOP-SECRET" not in str(tree)
        assert time.perf_counter() - start < 1.0, name
    time.sleep(0.2)
    assert listener.connections == 0


def test_size_is_bounded() -> None:
    with pytest.raises(ParseError, match="larger than 1000 bytes") as info:
        parse(b"<Response>" + b" " * 2000 + b"</Response>", max_bytes=1000)
    assert info.value.platform_code == 11750
    big = b"<Response>" + b"<Say>hello</Say>" * 600_000 + b"</Response>"  # ~10 MB
    assert len(parse(big)) == 600_000


def test_parsers_are_safe_across_threads() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                assert parse(DOCUMENT)[0].tag == "Gather"
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
