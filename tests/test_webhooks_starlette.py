"""FastAPI and Starlette, end to end with their test clients."""

# (no ``from __future__ import annotations``: FastAPI reads the annotations of local endpoints)

import logging
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from laml import MessagingResponse, VoiceResponse
from laml.webhooks import GatherResult, MessageRequest, Verification, sign
from laml.webhooks.fastapi import LamlResponse, WebhookMiddleware, Webhooks

KEY = "asgi-signing-key"
CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
        "CallStatus": "in-progress"}
SMS = {"MessageSid": "SM1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
       "Body": "hello", "NumMedia": "0"}


def fastapi_app(**options: object) -> FastAPI:
    app = FastAPI()
    hooks = Webhooks(KEY, **options)  # type: ignore[arg-type]

    @app.post("/voice")
    async def voice(request: Request, checked: Annotated[Verification, Depends(hooks)]) -> LamlResponse:
        form = await request.form()  # the body is still there for the app
        response = VoiceResponse()
        response.say(f"Hello {form['From']} ({checked.scheme})")
        return LamlResponse(response)

    @app.post("/menu")
    async def menu(params: Annotated[GatherResult, Depends(hooks.params(GatherResult))]) -> LamlResponse:
        return LamlResponse(VoiceResponse().say(f"You pressed {params.digits}"))

    @app.post("/sms")
    def sms(message: Annotated[MessageRequest, Depends(hooks.params(MessageRequest))]) -> LamlResponse:
        return LamlResponse(MessagingResponse().message(f"Got: {message.body}"))

    return app


def post(client: TestClient, path: str, form: dict[str, str], url: str | None = None,
         headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    signed = sign(url or f"http://testserver{path}", form, KEY)
    return client.post(path, data=form, headers={**signed, **(headers or {})})


def test_signed_request_gets_its_document() -> None:
    client = TestClient(fastapi_app())
    response = post(client, "/voice", CALL)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    expected = VoiceResponse()
    expected.say("Hello +15550001111 (signalwire)")
    assert response.text == str(expected)
    assert "You pressed 4" in post(client, "/menu", {**CALL, "Digits": "4"}).text
    assert "Got: hello" in post(client, "/sms", SMS).text


def test_refused(caplog: pytest.LogCaptureFixture) -> None:
    client = TestClient(fastapi_app())
    with caplog.at_level(logging.WARNING, "laml.webhooks"):
        assert client.post("/voice", data=CALL).status_code == 403
        tampered = client.post("/menu", data={**CALL, "Digits": "9"},
                               headers=sign("http://testserver/menu", {**CALL, "Digits": "4"}, KEY))
    assert tampered.status_code == 403 and "signature" not in tampered.text
    assert "no signature header" in caplog.text and "changed on the way" in caplog.text


def test_bad_parameters_get_400() -> None:
    response = post(TestClient(fastapi_app()), "/menu", {**CALL, "Confidence": "high"})
    assert response.status_code == 400 and "Confidence" in response.text


def test_behind_a_trusted_proxy() -> None:
    public = "https://public.example.com/voice"
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    trusted = TestClient(fastapi_app(trusted_proxies=["testclient"]))
    assert post(trusted, "/voice", CALL, url=public, headers=forwarded).status_code == 200
    for app in (fastapi_app(), fastapi_app(trusted_proxies=["10.0.0.1"])):
        assert post(TestClient(app), "/voice", CALL, url=public, headers=forwarded).status_code == 403


def test_verification_off() -> None:
    client = TestClient(fastapi_app(verify=False))
    assert client.post("/voice", data=CALL).status_code == 200


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    app = FastAPI()
    hooks = Webhooks()

    @app.post("/voice", dependencies=[Depends(hooks)])
    async def voice() -> LamlResponse:
        return LamlResponse(VoiceResponse().hangup())

    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    assert post(TestClient(app), "/voice", CALL).status_code == 200


def starlette_app(**middleware_options: object) -> Starlette:
    hooks = Webhooks(KEY)

    @hooks.endpoint
    async def voice(request: Request) -> VoiceResponse:
        return VoiceResponse().say("hi")

    @hooks.endpoint(params=GatherResult)
    def menu(request: Request, params: GatherResult) -> VoiceResponse:
        return VoiceResponse().say(f"You pressed {params.digits}")

    async def echo(request: Request) -> PlainTextResponse:
        form = await request.form()
        return PlainTextResponse(str(form["From"]))

    middleware = [Middleware(WebhookMiddleware, key=KEY, paths=["/mw"], **middleware_options)]
    return Starlette(routes=[Route("/voice", voice, methods=["POST"]),
                             Route("/menu", menu, methods=["POST"]),
                             Route("/mw/echo", echo, methods=["POST"])], middleware=middleware)


def test_starlette_endpoints() -> None:
    client = TestClient(starlette_app())
    response = post(client, "/voice", CALL)
    assert response.status_code == 200 and response.headers["content-type"] == "text/xml; charset=utf-8"
    assert "You pressed 3" in post(client, "/menu", {**CALL, "Digits": "3"}).text
    assert client.post("/voice", data=CALL).status_code == 403


def test_starlette_middleware_keeps_the_body() -> None:
    client = TestClient(starlette_app())
    assert post(client, "/mw/echo", CALL).text == "+15550001111"
    assert client.post("/mw/echo", data=CALL).status_code == 403
    small = TestClient(starlette_app(max_body=10))
    assert post(small, "/mw/echo", CALL).status_code == 413


def test_lamlresponse_takes_text_too() -> None:
    assert LamlResponse("<Response/>").body == b"<Response/>"


def test_fastapi_route_class_sends_returned_documents() -> None:
    from fastapi import APIRouter

    from laml.webhooks.fastapi import LamlRoute

    app = FastAPI()
    app.router.route_class = LamlRoute
    hooks = Webhooks(KEY)
    calls: list[str] = []

    Menu = Annotated[GatherResult, Depends(hooks.params(GatherResult))]

    @app.post("/voice")
    async def voice(params: Menu) -> VoiceResponse:
        return VoiceResponse().say(f"You pressed {params.digits}")

    @app.post("/plain")
    def plain() -> VoiceResponse:  # a def endpoint still runs in the thread pool
        import threading

        calls.append(threading.current_thread().name)
        return VoiceResponse().hangup()

    @app.get("/json")
    def json_route() -> dict[str, int]:
        return {"n": 1}

    router = APIRouter(route_class=LamlRoute)

    @router.post("/sms")
    async def sms():  # type: ignore[no-untyped-def]  # unannotated works too
        return MessagingResponse().message("hi")

    app.include_router(router)
    client = TestClient(app)
    answer = post(client, "/voice", {**CALL, "Digits": "7"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/xml; charset=utf-8"
    # each endpoint returned the element its creator made: the document holding it is sent
    assert answer.text == ('<?xml version="1.0" encoding="UTF-8"?><Response>'
                           "<Say>You pressed 7</Say></Response>")
    elsewhere = post(client, "/voice", {**CALL, "Digits": "7"}, url="http://other/voice")
    assert elsewhere.status_code == 403
    plain_answer = client.post("/plain")
    assert plain_answer.headers["content-type"] == "text/xml; charset=utf-8"
    assert plain_answer.text == str(VoiceResponse().hangup().getparent())
    assert calls and calls[0] != "MainThread"
    assert client.get("/json").json() == {"n": 1}
    assert client.post("/sms").text == str(MessagingResponse().message("hi").getparent())
