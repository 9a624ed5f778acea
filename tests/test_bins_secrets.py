"""The API token never shows: not in a repr, an error, a traceback's messages or a log line."""

from __future__ import annotations

import asyncio
import base64
import logging
import traceback

import pytest
from bins_support import PROJECT_ID, SID, TOKEN, FaultServer, Reply, Reset, bin_json, free_port

from laml.bins import AsyncBinsClient, AuthError, BinsClient, BinsError, TransportError
from laml.bins._client import RequestBuilder
from laml.bins._config import resolve_credentials
from laml.server import LocalServer

SECRETS = (TOKEN, base64.b64encode(f"{PROJECT_ID}:{TOKEN}".encode()).decode())


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def everything_about(error: BaseException) -> str:
    """str and repr of the error and of every exception chained to it, and the traceback."""
    parts = ["".join(traceback.format_exception(error))]
    seen: BaseException | None = error
    while seen is not None:
        parts += [str(seen), repr(seen), repr(seen.args)]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


def test_reprs_hide_the_token() -> None:
    with BinsClient("example", PROJECT_ID, TOKEN) as client:
        assert_clean(repr(client))
        assert_clean(str(client))
        assert_clean(repr(client._builder))
        assert PROJECT_ID in repr(client)
    creds = resolve_credentials("example", PROJECT_ID, TOKEN, {})
    assert_clean(repr(creds))
    assert_clean(str(creds))


def test_async_repr_hides_the_token() -> None:
    async def scenario() -> None:
        async with AsyncBinsClient("example", PROJECT_ID, TOKEN) as client:
            assert_clean(repr(client))

    asyncio.run(scenario())


def test_401_errors_hide_the_token() -> None:
    with LocalServer(validate=False, project_id=PROJECT_ID, token="the-right-one") as server:
        with BinsClient(server.url, PROJECT_ID, TOKEN, retries=0) as client:
            with pytest.raises(AuthError) as info:
                client.get(SID)
    assert_clean(everything_about(info.value))


def test_an_error_message_that_echoes_the_token_is_masked() -> None:
    body = {"code": 20003, "message": f"bad token {TOKEN}", "more_info": "x", "status": 401}
    with FaultServer([Reply(401, body)]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN) as client, pytest.raises(AuthError) as info:
        client.get(SID)
    assert "bad token ***" in str(info.value)
    assert_clean(everything_about(info.value))


def test_transport_errors_hide_the_token() -> None:
    with BinsClient(f"http://127.0.0.1:{free_port()}", PROJECT_ID, TOKEN, retries=0) as client:
        with pytest.raises(TransportError) as refused:
            client.create("x", "<Response/>", validate=False)
    assert_clean(everything_about(refused.value))
    with FaultServer([Reset()]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN, retries=0) as client:
        with pytest.raises(TransportError) as reset:
            client.get(SID)
    assert_clean(everything_about(reset.value))


def test_debug_logging_hides_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "laml", "laml.bins"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        script = [Reply(500, "x"), Reply(200, bin_json()), Reply(201, bin_json())]
        with FaultServer(script) as server, \
                BinsClient(server.url, PROJECT_ID, TOKEN, sleep=lambda _: None) as client:
            client.get(SID)
            client.create("x", "<Response/>", validate=False)
        with LocalServer(validate=False, project_id=PROJECT_ID, token=TOKEN) as local, \
                local.client() as client:
            created = client.create("x", "<Response/>", validate=False)
            client.get(created.sid)
            with BinsClient(local.url, PROJECT_ID, TOKEN + "x") as wrong, \
                    pytest.raises(BinsError):
                wrong.get(created.sid)
    finally:
        for name in ("httpx", "httpcore", "laml", "laml.bins"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "laml.bins" in text and "httpcore" in text  # the loggers really spoke
    assert "retry 1/3" in text
    assert_clean(text)
    assert_clean(caplog.text)


def test_the_builder_really_sends_the_credentials() -> None:
    builder = RequestBuilder(resolve_credentials("example", PROJECT_ID, TOKEN, {}))
    assert builder.headers()["Authorization"] == f"Basic {SECRETS[1]}"
    assert builder.scrub(f"x {TOKEN} y {SECRETS[1]}") == "x *** y ***"


# -- what a server echoes ------------------------------------------------------------------

ECHOED_ERRORS = [
    # more_info and message of the platform's error body
    Reply(401, {"code": 20003, "message": f"bad {SECRETS[1]}", "status": 401,
                "more_info": f"https://example.com/errors?token={TOKEN}"}),
    # the JSON:API-style error list
    Reply(422, {"errors": [{"detail": f"token {TOKEN} rejected"}]}),
    # a plain-text error body
    Reply(500, f"Authorization: Basic {SECRETS[1]}"),
    # a bin whose dates are not dates
    Reply(200, bin_json(date_created=f"not a date {TOKEN}")),
    # a next-page link to another host
    Reply(302, None, {"Location": f"https://x.example/?t={TOKEN}"}),
]


@pytest.mark.parametrize("reply", ECHOED_ERRORS, ids=["more_info", "errors", "text", "model",
                                                      "redirect"])
def test_credentials_echoed_in_an_answer_never_reach_an_error(reply: Reply) -> None:
    with FaultServer([reply]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN, retries=0) as client, \
            pytest.raises(BinsError) as info:
        client.get(SID)
    assert_clean(everything_about(info.value))
    assert_clean(str(info.value.more_info))
    assert "***" in everything_about(info.value)


def test_a_next_page_link_with_credentials_is_masked() -> None:
    page = {"laml_bins": [], "next_page_uri": f"https://{TOKEN}.example.com/next"}
    with FaultServer([Reply(200, page)]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN) as client, pytest.raises(BinsError) as info:
        list(client.list())
    assert "another host" in str(info.value)
    assert_clean(everything_about(info.value))


def test_the_async_client_masks_echoed_credentials() -> None:
    async def scenario() -> BinsError:
        async with AsyncBinsClient(server.url, PROJECT_ID, TOKEN, retries=0) as client:
            with pytest.raises(BinsError) as info:
                await client.get(SID)
            return info.value

    with FaultServer([ECHOED_ERRORS[0]]) as server:
        error = asyncio.run(scenario())
    assert_clean(everything_about(error))


def test_echoed_headers_and_bodies_never_reach_a_debug_log(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    names = ("httpx", "httpcore", "laml", "laml.bins")
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    echo = {"WWW-Authenticate": f"Basic {SECRETS[1]}", "X-Debug-Token": TOKEN}
    try:
        script = [Reply(500, f"echo {TOKEN}", echo), Reply(200, bin_json(), echo)]
        with FaultServer(script) as server, \
                BinsClient(server.url, PROJECT_ID, TOKEN, sleep=lambda _: None) as client:
            client.get(SID)
    finally:
        for name in names:
            logging.getLogger(name).setLevel(logging.NOTSET)
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "receive_response_headers" in text and "X-Debug-Token" in text  # headers logged
    assert_clean(text)
    assert_clean(caplog.text)
