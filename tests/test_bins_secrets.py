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
