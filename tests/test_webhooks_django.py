"""Django, end to end with its test client."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

import django
import pytest
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="tests-only",
        ALLOWED_HOSTS=["testserver", "public.example.com"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )
    django.setup()

from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

from laml import MessagingResponse, VoiceResponse
from laml.webhooks import GatherResult, MessageRequest, sign
from laml.webhooks.django import webhook

KEY = "django-signing-key"
CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
        "CallStatus": "in-progress"}


@webhook(key=KEY)
def voice(request: HttpRequest) -> VoiceResponse:
    response = VoiceResponse()
    response.say(f"Hello {request.POST['From']}")
    return response


@webhook(key=KEY, params=GatherResult)
def menu(request: HttpRequest, params: GatherResult) -> VoiceResponse:
    return VoiceResponse().say(f"You pressed {params.digits}")


@webhook(key=KEY, params=MessageRequest)
async def sms(request: HttpRequest, message: MessageRequest) -> MessagingResponse:
    return MessagingResponse().message(f"Got: {message.body}")


@webhook(key=KEY, trusted_proxies=["127.0.0.1"])
def proxied(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


@webhook(key=KEY, trusted_proxies=["10.9.9.9"])
def untrusted(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


@webhook(verify=False)
def open_view(request: HttpRequest) -> VoiceResponse:
    return VoiceResponse().hangup()


urlpatterns = [
    path("voice", voice), path("menu", menu), path("sms", sms), path("proxied", proxied),
    path("untrusted", untrusted), path("open", open_view),
]

SMS = {"MessageSid": "SM1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
       "Body": "hi there"}


def post(path_: str, form: dict[str, str], url: str | None = None, headers: dict[str, str] | None = None,
         signed: bool = True):  # type: ignore[no-untyped-def]
    client = Client(enforce_csrf_checks=True)  # the platform sends no CSRF token
    all_headers = dict(sign(url or f"http://testserver{path_}", form, KEY)) if signed else {}
    all_headers.update(headers or {})
    return client.post(path_, urlencode(form), content_type="application/x-www-form-urlencoded",
                       headers=all_headers)


def test_signed_request_gets_its_document() -> None:
    response = post("/voice", CALL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    expected = VoiceResponse()
    expected.say("Hello +15550001111")
    assert response.content.decode() == str(expected)
    assert b"You pressed 8" in post("/menu", {**CALL, "Digits": "8"}).content


def test_async_view() -> None:
    response = post("/sms", SMS)
    assert response.status_code == 200 and b"Got: hi there" in response.content


def test_refused(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "laml.webhooks"):
        assert post("/voice", CALL, signed=False).status_code == 403
        headers = sign("http://testserver/voice", CALL, KEY)
        tampered = Client().post("/voice", urlencode({**CALL, "To": "+1999"}),
                                 content_type="application/x-www-form-urlencoded", headers=headers)
    assert tampered.status_code == 403 and b"signature" not in tampered.content
    assert "no signature header" in caplog.text and "changed on the way" in caplog.text
    assert post("/menu", {**CALL, "CallStatus": "x"}).status_code == 400


def test_proxies() -> None:
    public = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    assert post("/proxied", CALL, url="https://public.example.com/proxied", headers=public).status_code == 200
    assert post("/untrusted", CALL, url="https://public.example.com/untrusted", headers=public).status_code == 403
    assert post("/voice", CALL, url="https://public.example.com/voice", headers=public).status_code == 403
    # Django's own settings declare the proxy trusted, as usual
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
                           USE_X_FORWARDED_HOST=True):
        assert post("/voice", CALL, url="https://public.example.com/voice", headers=public).status_code == 200


def test_key_from_settings() -> None:
    @webhook
    def view(request: HttpRequest) -> VoiceResponse:
        return VoiceResponse().hangup()

    from django.test import RequestFactory

    body = urlencode(CALL)
    request = RequestFactory().post("/x", body, content_type="application/x-www-form-urlencoded",
                                    headers=sign("http://testserver/x", CALL, KEY))
    with override_settings(SIGNALWIRE_SIGNING_KEY=KEY):
        assert view(request).status_code == 200
    with override_settings(SIGNALWIRE_SIGNING_KEY="other"):
        request = RequestFactory().post("/x", body, content_type="application/x-www-form-urlencoded",
                                        headers=sign("http://testserver/x", CALL, KEY))
        assert view(request).status_code == 403


def test_verification_off() -> None:
    assert post("/open", CALL, signed=False).status_code == 200
