"""Flask, end to end with its test client: signed requests in, documents out."""

from __future__ import annotations

import logging

import pytest
from flask import Blueprint, Flask, request

from laml import MessagingResponse, VoiceResponse
from laml.webhooks import GatherResult, MissingSigningKey, add_body_hash, sign
from laml.webhooks.flask import LamlWebhooks, request_params, webhook

KEY = "flask-signing-key"
CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
        "CallStatus": "in-progress"}


def make_app(**options: object) -> Flask:
    app = Flask(__name__)

    @app.post("/voice")
    @webhook(key=KEY, **options)  # type: ignore[call-overload]
    def voice() -> VoiceResponse:
        response = VoiceResponse()
        response.say(f"Hello {request.form['From']}")
        return response

    @app.post("/menu")
    @webhook(key=KEY, params=GatherResult, **options)  # type: ignore[call-overload]
    def menu(params: GatherResult) -> VoiceResponse:
        return VoiceResponse().say(f"You pressed {params.digits}")

    @app.post("/created")
    @webhook(key=KEY)
    def created() -> tuple[MessagingResponse, int]:
        return MessagingResponse().message("ok"), 201

    return app


def post(app: Flask, path: str, form: dict[str, str], url: str | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
    headers = sign(url or f"http://localhost{path}", form, KEY)
    headers.update(kwargs.pop("headers", {}))  # type: ignore[arg-type]
    return app.test_client().post(path, data=form, headers=headers, **kwargs)


def test_signed_request_gets_its_document() -> None:
    response = post(make_app(), "/voice", CALL)
    assert response.status_code == 200
    assert response.content_type == "text/xml; charset=utf-8"
    expected = VoiceResponse()
    expected.say("Hello +15550001111")
    assert response.get_data(as_text=True) == str(expected)


def test_typed_parameters_and_tuple_returns() -> None:
    response = post(make_app(), "/menu", {**CALL, "Digits": "7"})
    assert response.status_code == 200
    # the view returned the <Say> that say() created: the document holding it is sent
    assert response.get_data(as_text=True) == \
        '<?xml version="1.0" encoding="UTF-8"?><Response><Say>You pressed 7</Say></Response>'
    created = post(make_app(), "/created", CALL)
    assert created.status_code == 201 and created.content_type == "text/xml; charset=utf-8"


def test_an_element_in_no_response_is_not_sent() -> None:
    from laml.voice import Say

    app = Flask(__name__)

    @app.post("/voice")
    @webhook(key=KEY)
    def voice() -> Say:
        return Say("Hello")

    app.testing = True  # the exception reaches the test instead of a 500 page
    with pytest.raises(TypeError, match=r"returned a <Say> that is in no <Response>"):
        post(app, "/voice", CALL)


def test_bad_parameters_get_400() -> None:
    response = post(make_app(), "/menu", {**CALL, "CallStatus": "talking"})
    assert response.status_code == 400 and b"CallStatus" in response.data


def test_unsigned_and_tampered_are_refused(caplog: pytest.LogCaptureFixture) -> None:
    app = make_app()
    with caplog.at_level(logging.WARNING, "laml.webhooks"):
        unsigned = app.test_client().post("/voice", data=CALL)
        headers = sign("http://localhost/voice", CALL, KEY)
        tampered = app.test_client().post("/voice", data={**CALL, "From": "+19990000000"}, headers=headers)
    assert unsigned.status_code == tampered.status_code == 403
    for response in (unsigned, tampered):
        assert b"signature" not in response.data and b"key" not in response.data
    assert "no signature header" in caplog.text and "changed on the way" in caplog.text
    assert KEY not in caplog.text


def test_behind_a_trusted_proxy() -> None:
    public = "https://public.example.com/voice"
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    trusted = make_app(trusted_proxies=["127.0.0.1"])
    assert post(trusted, "/voice", CALL, url=public, headers=forwarded).status_code == 200


def test_behind_an_untrusted_proxy(caplog: pytest.LogCaptureFixture) -> None:
    public = "https://public.example.com/voice"
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    for app in (make_app(), make_app(trusted_proxies=["10.1.2.3"])):
        with caplog.at_level(logging.WARNING, "laml.webhooks"):
            assert post(app, "/voice", CALL, url=public, headers=forwarded).status_code == 403
    assert "forwarded headers" in caplog.text and "trusted proxy" in caplog.text


def test_public_url() -> None:
    app = make_app(public_url="https://hooks.example.com/app")
    assert post(app, "/voice", CALL, url="https://hooks.example.com/app/voice").status_code == 200


def test_key_from_config_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    app = Flask(__name__)

    @app.post("/voice")
    @webhook
    def voice() -> VoiceResponse:
        return VoiceResponse().hangup()

    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    assert app.test_client().post("/voice", data=CALL).status_code == 500
    app.testing = True  # (exceptions reach the test)
    with pytest.raises(MissingSigningKey, match="SIGNALWIRE_SIGNING_KEY"):
        app.test_client().post("/voice", data=CALL)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", KEY)
    assert post(app, "/voice", CALL).status_code == 200
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    app.config["SIGNALWIRE_SIGNING_KEY"] = KEY
    assert post(app, "/voice", CALL).status_code == 200


def test_verification_off_is_loud(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "laml.webhooks"):
        app = make_app(verify=False)
        assert "verification is OFF" in caplog.text
        assert app.test_client().post("/voice", data=CALL).status_code == 200
    assert "without checking its signature" in caplog.text


def test_app_wide_and_blueprint(caplog: pytest.LogCaptureFixture) -> None:
    app = Flask(__name__)
    hooks = Blueprint("hooks", __name__)

    @hooks.post("/sms")
    def sms() -> MessagingResponse:
        params = request_params(GatherResult)
        return MessagingResponse().message(f"from {params.from_}")

    @app.get("/health")
    def health() -> str:
        return "ok"

    LamlWebhooks(hooks, key=KEY)
    app.register_blueprint(hooks, url_prefix="/hooks")
    client = app.test_client()
    assert client.get("/health").data == b"ok"
    assert client.post("/hooks/sms", data=CALL).status_code == 403
    response = post(app, "/hooks/sms", CALL)
    assert response.status_code == 200 and response.content_type == "text/xml; charset=utf-8"
    assert b"from +15550001111" in response.data

    whole = Flask(__name__)

    @whole.post("/a")
    def a() -> VoiceResponse:
        return VoiceResponse().hangup()

    @whole.get("/open")
    @LamlWebhooks.exempt
    def open_view() -> str:
        return "open"

    LamlWebhooks(whole, key=KEY)
    assert whole.test_client().post("/a", data=CALL).status_code == 403
    assert post(whole, "/a", CALL).status_code == 200
    assert whole.test_client().get("/open").data == b"open"
    assert whole.test_client().post("/missing").status_code == 404


def test_json_status_callback() -> None:
    app = Flask(__name__)

    @app.post("/status")
    @webhook(key=KEY)
    def status() -> tuple[str, int]:
        return str(request.get_json()["event"]), 200

    body = b'{"event":"call.state"}'
    url = add_body_hash("http://localhost/status", body)
    path = url.removeprefix("http://localhost")
    response = app.test_client().post(path, data=body, content_type="application/json",
                                      headers=sign(url, body, KEY))
    assert response.status_code == 200 and response.data == b"call.state"
    swml = app.test_client().post("/status", data=body, content_type="application/json",
                                  headers=sign("http://localhost/status", body, KEY, "swml"))
    assert swml.status_code == 200


def test_a_get_with_too_many_query_fields_is_refused() -> None:
    from urllib.parse import urlencode

    app = Flask(__name__)

    @app.get("/menu")
    @webhook(key=KEY, params=GatherResult)
    def menu(params: GatherResult) -> VoiceResponse:
        return VoiceResponse().say(f"You pressed {params.digits}")

    client = app.test_client()
    fine = "/menu?" + urlencode({**CALL, "Digits": "3"})
    answer = client.get(fine, headers=sign(f"http://localhost{fine}", {}, KEY))
    assert answer.status_code == 200 and b"You pressed 3" in answer.data
    # the same cap as a posted form: past it, a clear 400, never a parse of every field
    flood = "/menu?" + urlencode({**CALL, **{f"X{i}": "1" for i in range(20_000)}})
    answer = client.get(flood, headers=sign(f"http://localhost{flood}", {}, KEY))
    assert answer.status_code == 400 and b"urlencoded" in answer.data
