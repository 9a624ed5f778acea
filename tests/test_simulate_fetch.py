"""How the simulator fetches documents: errors as the platform reports them, folders of bins,
loops and budgets, and real HTTP against servers started here on loopback."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from laml.server import LocalServer
from laml.simulate import Folder, Limits, Simulator
from laml.simulate._request import URLError, resolve
from laml.webhooks import verify

KEY = "PSK_test_signing_key"


def R(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{body}</Response>'


# ------------------------------------------------------------------ answers


def test_an_invalid_document_mid_call_ends_the_call_with_12200() -> None:
    docs = {"/": R('<Gather numDigits="1" action="/next"><Say>Press</Say></Gather>'),
            "/next": R("<Say>ok</Say><Dial><Play>x</Play></Dial>")}
    call = Simulator(docs).call(inputs=["1"])
    assert call.ended is not None and not call.ended.ok
    assert (call.ended.reason, call.ended.code) == ("error", 12200)
    assert call.ended.url == "http://localhost/next"
    assert "not valid" in call.ended.message and call.ended.diagnostics
    assert call.said == ["Press"]   # nothing of the invalid document runs
    assert call.requests[-1].code == 12200 and call.requests[-1].document is not None
    assert "ended: error 12200" in call.transcript()


@pytest.mark.parametrize(("body", "code"), [
    ("<Response><Say>unclosed</Response>", 12100),
    ("", 12100),
    ("   <?xml version='1.0'?><Response/>", 12100),
    ("<Response><Message>wrong channel</Message></Response>", 12200),
])
def test_documents_the_platform_refuses(body: str, code: int) -> None:
    call = Simulator({"/": body}).call()
    assert call.ended is not None and (call.ended.reason, call.ended.code) == ("error", code)


def test_http_errors_and_missing_documents_are_11217() -> None:
    call = Simulator({"/": R("<Redirect>/missing</Redirect>")}).call()
    assert call.ended is not None and call.ended.code == 11217
    assert call.requests[-1].status == 404


def test_a_url_nothing_serves_is_not_requested() -> None:
    call = Simulator({"/": R("<Redirect>https://elsewhere.example/x</Redirect>")}).call()
    assert call.ended is not None and call.ended.code == 11200
    assert "outside this simulation" in call.ended.message
    bad = Simulator({"/": R("<Redirect>ftp://example.com/x</Redirect>")}).call()
    assert bad.ended is not None and bad.ended.code == 12200  # the linter refuses it first
    with pytest.raises(URLError, match="not an absolute http"):
        resolve("http://localhost/", "ftp://example.com/x")
    assert URLError.code == 11100


def test_content_types() -> None:
    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        kind = environ["PATH_INFO"].strip("/")
        start_response("200 OK", [("Content-Type", kind.replace("-", "/"))] if kind else [])
        return [b"Hello there" if "plain" in kind else b"<Response><Say>x</Say></Response>"]

    signalwire = Simulator(app)
    assert signalwire.call("/text-xml").ended.ok  # type: ignore[union-attr]
    assert signalwire.call("/application-xml").ended.ok  # type: ignore[union-attr]
    for path in ("/text-plain", "/"):
        ended = signalwire.call(path).ended
        assert ended is not None and ended.code == 12300
    twilio = Simulator(app, dialect="twilio")
    assert twilio.call("/text-plain").said == ["Hello there"]  # Twilio says a text answer


def test_answers_over_64_kb_are_11750() -> None:
    big = R("<Say>word</Say>" * 5000)
    call = Simulator({"/": big}).call()
    assert call.ended is not None and call.ended.code == 11750


def test_app_exceptions_end_the_call_with_the_exception_kept() -> None:
    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        raise ZeroDivisionError("oops")

    call = Simulator(app).call()
    assert call.ended is not None and call.ended.code == 11217
    assert isinstance(call.requests[0].exception, ZeroDivisionError)
    assert "ZeroDivisionError: oops" in call.ended.message


# ------------------------------------------------------------------ loops and budgets


def test_a_redirect_loop_ends_the_call() -> None:
    docs = {"/a": R("<Say>A</Say><Redirect>/b</Redirect>"), "/b": R("<Redirect>/a</Redirect>")}
    call = Simulator(docs).call("/a")
    assert call.ended is not None and (call.ended.reason, call.ended.code) == ("loop", None)
    assert not call.ended.ok and "go round forever" in call.ended.message
    # the first request (CallStatus=ringing) differs; then b and a five times, b a sixth
    assert len(call.requests) == 12


def test_a_gather_loop_ends_only_when_the_caller_stops_answering() -> None:
    docs = {"/": R('<Gather numDigits="1" action="/"/><Redirect>/</Redirect>')}
    call = Simulator(docs).call(inputs=["1", "2", "3", "4", "5", "6", "7"])
    assert call.ended is not None and call.ended.reason == "loop"
    gathers = [e for e in call.events if e.type == "gather"]
    assert [g.digits for g in gathers][:7] == list("1234567")  # type: ignore[attr-defined]


def test_an_app_that_changes_its_answer_is_not_a_loop() -> None:
    attempts = {"n": 0}

    def menu(params: Mapping[str, str]) -> str:
        attempts["n"] += 1
        if attempts["n"] > 5:
            return R("<Say>Goodbye</Say><Hangup/>")
        return R('<Gather numDigits="1"/><Redirect>/</Redirect>')

    call = Simulator({"/": menu}).call(inputs=[])
    assert call.ended is not None and call.ended.reason == "hangup"
    assert attempts["n"] == 6


def test_step_and_time_budgets() -> None:
    docs = {"/": R("<Say>x</Say>" * 30)}
    call = Simulator(docs, limits=Limits(max_steps=10)).call()
    assert call.ended is not None and call.ended.reason == "step-limit"
    long = {"/": R('<Pause length="100"/>' * 5)}
    call = Simulator(long, limits=Limits(max_duration=250)).call()
    assert call.ended is not None and call.ended.reason == "time-limit"
    assert len(call.events) == 3


# ------------------------------------------------------------------ folders and bins


@pytest.fixture
def bins(tmp_path: Path) -> Path:
    (tmp_path / "index.xml").write_text(R(
        '<Gather numDigits="1" action="/menu"><Say>Hi {{From}}</Say></Gather>'))
    (tmp_path / "menu.xml").write_text(R(
        "{{#Digits}}<Say>You pressed {{Digits}}</Say>"
        '<Redirect>/laml-bins/b7a1f0e2-0000-4000-8000-000000000001</Redirect>{{/Digits}}'))
    (tmp_path / "goodbye.xml").write_text(R("<Say>Goodbye {{Name}}</Say><Hangup/>"))
    (tmp_path / "laml-bins.toml").write_text(
        'version = 1\nspace_url = "https://example.signalwire.com"\nproject_id = "p"\n\n'
        '[[bins]]\nfile = "goodbye.xml"\nsid = "b7a1f0e2-0000-4000-8000-000000000001"\n'
        'name = "Goodbye"\ndate_updated = ""\nsha256 = ""\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.xml").write_text(R("<Say>deep</Say>"))
    return tmp_path


def test_a_bins_folder_renders_templates_with_the_request(bins: Path) -> None:
    call = Simulator(bins).call(from_="+14155550100", inputs=["7"])
    assert call.said == ["Hi +14155550100", "You pressed 7", "Goodbye"]
    assert call.ended is not None and call.ended.reason == "hangup"
    assert call.requests[-1].url.endswith("/laml-bins/b7a1f0e2-0000-4000-8000-000000000001")
    with_query = Simulator(bins).call("/goodbye?Name=Ada")
    assert with_query.said == ["Goodbye Ada"]
    assert Simulator(bins).call("/sub/deep").said == ["deep"]
    assert Simulator(bins / "goodbye.xml").call(params={"Name": "Bo"}).said == ["Goodbye Bo"]


@pytest.mark.parametrize("path", ["/../secret", "/%2e%2e/secret", "/sub/../../secret",
                                  "/..%2fsecret", "/%5c..%5csecret", "/outside"])
def test_a_folder_never_serves_a_file_outside_it(bins: Path, path: str) -> None:
    (bins.parent / "secret.xml").write_text(R("<Say>secret</Say>"))
    (bins / "outside.xml").symlink_to(bins.parent / "secret.xml")
    folder = Folder(bins)
    assert folder.file_for(f"http://localhost{path}") is None
    call = Simulator(bins).call(path)
    assert "secret" not in call.said
    assert call.ended is not None and call.ended.code == 11217


def test_a_template_error_ends_the_call(bins: Path) -> None:
    (bins / "broken.xml").write_text("<Response><Say>{{#open}}</Say></Response>")
    call = Simulator(bins).call("/broken")
    assert call.ended is not None and call.ended.code == 12100
    assert "mustache" in call.ended.message


def test_a_str_target_is_a_url_never_a_path(bins: Path) -> None:
    with pytest.raises(TypeError, match="pathlib.Path"):
        Simulator(str(bins))


# ------------------------------------------------------------------ real HTTP on loopback


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str, dict[str, str], bytes]]

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.seen.append((self.command, self.path, dict(self.headers), body))
        routes = {
            "/voice": (200, [("Set-Cookie", "session=abc; Path=/")],
                       R("<Say>Welcome</Say><Redirect>/moved</Redirect>")),
            "/moved": (307, [("Location", "/final")], ""),
            "/final": (200, [], R("<Say>Final</Say><Redirect>/loop1</Redirect>")),
            "/loop1": (302, [("Location", "/loop2")], ""),
            "/loop2": (302, [("Location", "/loop3")], ""),
            "/loop3": (302, [("Location", "/loop4")], ""),
            "/loop4": (302, [("Location", "/voice")], ""),
        }
        status, headers, text = routes.get(self.path.split("?")[0], (404, [], "missing"))
        data = text.encode()
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _answer
    do_POST = _answer


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[tuple[str, str, dict[str, str], bytes]]]]:
    seen: list[tuple[str, str, dict[str, str], bytes]] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_http_target_follows_redirects_keeps_cookies_and_signs(
        http_server: tuple[str, list[tuple[str, str, dict[str, str], bytes]]]) -> None:
    base, seen = http_server
    with Simulator(f"{base}/voice", signing_key=KEY) as simulator:
        call = simulator.call()
    assert call.said == ["Welcome", "Final"]
    assert call.requests[1].redirects == (f"{base}/final",)
    # the 4th redirect in a row is one too many
    assert call.ended is not None and call.ended.code == 11215
    method, path, headers, body = seen[0]
    assert (method, path) == ("POST", "/voice")
    from urllib.parse import parse_qsl

    assert verify(f"{base}/voice", parse_qsl(body.decode()), headers, KEY).ok
    assert seen[1][2].get("Cookie") == "session=abc"
    assert seen[2][0] == "POST" and seen[2][1] == "/final"  # a 307 keeps the method and body
    assert seen[2][3] == seen[1][3]


def test_http_target_never_requests_another_origin(
        http_server: tuple[str, list[tuple[str, str, dict[str, str], bytes]]],
        listener: Any) -> None:
    base, seen = http_server
    other = f"http://127.0.0.1:{listener.port}/x"
    docs_call = Simulator({"/": R(f"<Redirect>{other}</Redirect>")}).call()
    assert docs_call.ended is not None and docs_call.ended.code == 11200
    assert listener.connections == 0


def test_http_timeouts_are_the_platforms(listener: Any) -> None:
    simulator = Simulator(f"http://127.0.0.1:{listener.port}/voice",
                          limits=Limits(read_timeout=0.2, connect_timeout=0.2))
    call = simulator.call()
    simulator.close()
    assert call.ended is not None and call.ended.code == 11200


def test_the_local_bins_server(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        greeting = client.create(
            "Greeting", R('<Gather numDigits="1" action="{{Next}}"><Say>Hello {{From}}</Say>'
                          "</Gather>"), validate=False)
        goodbye = client.create("Goodbye", R("<Say>You chose {{Digits}}</Say><Hangup/>"),
                                validate=False)
    url = f"{greeting.request_url}?Next={goodbye.request_url}"
    with Simulator(url) as simulator:
        call = simulator.call(from_="+14155550100", inputs=["3"])
    assert call.said == ["Hello +14155550100", "You chose 3"]
    assert call.ended is not None and call.ended.reason == "hangup"


def test_requests_are_encoded_and_signed_as_the_webhook_helpers_do() -> None:
    from urllib.parse import urlencode

    from laml.simulate._request import Signer, encode
    from laml.webhooks import sign

    pairs = [("Body", "Héllo & bye 100%"), ("From", "+1 555/0100"), ("Empty", ""), ("A", "a=b")]
    assert encode(pairs) == urlencode(pairs)
    for scheme in ("signalwire", "twilio"):
        for url, params in (("https://example.com/v?x=1", pairs), ("https://example.com/v", None)):
            assert Signer(KEY, scheme).headers(url, params) == sign(url, params, KEY, scheme)
    assert Signer(None).headers("https://example.com", pairs) == {}
    assert KEY not in repr(Signer(KEY))
