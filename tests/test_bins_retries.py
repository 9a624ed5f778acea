"""Retry rules, shown against a loopback server that answers 429 / 5xx, resets and stalls.

GET and DELETE are retried after 429 (at least ``Retry-After``), 5xx and transport errors. A
POST is retried only when the connection could not even be opened, so a create is never sent
twice. Sleeping is injected: nothing here waits for real backoff.
"""

from __future__ import annotations

import asyncio
import email.utils
import time

import pytest
from bins_support import (
    PROJECT_ID,
    SID,
    TOKEN,
    FaultServer,
    Reply,
    Reset,
    Stall,
    bin_json,
    free_port,
)
from bins_support import error_body as err

from laml.bins import (
    AsyncBinsClient,
    BinsClient,
    NotFound,
    RateLimited,
    RetryPolicy,
    ServerError,
    TransportError,
)

OK = Reply(200, bin_json())
CREATED = Reply(201, bin_json())
BUSY = Reply(429, err(429, 20429, "Too Many Requests"))


def policy(retries: int = 3) -> RetryPolicy:
    """Exponential backoff of 10 ms, 20 ms, 40 ms ... (jitter pinned to the top)."""
    return RetryPolicy(retries=retries, backoff=0.01, max_backoff=1.0, jitter=lambda: 1.0)


def client_for(url: str, sleeps: list[float], retries: int = 3,
               timeout: float = 2.0) -> BinsClient:
    return BinsClient(url, PROJECT_ID, TOKEN, retries=policy(retries), sleep=sleeps.append,
                      timeout=timeout)


def posts(server: FaultServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST")


# -- GET -----------------------------------------------------------------------------------


def test_get_after_429_waits_for_retry_after() -> None:
    sleeps: list[float] = []
    script = [Reply(429, err(429, 20429, "slow down"), {"Retry-After": "2"}), OK]
    with FaultServer(script) as server, client_for(server.url, sleeps) as client:
        assert client.get(SID).sid == SID
        assert len(server.requests) == 2
    assert sleeps == [2.0]


def test_retry_after_as_an_http_date() -> None:
    sleeps: list[float] = []
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    with FaultServer([Reply(429, None, {"Retry-After": when}), OK]) as server, \
            client_for(server.url, sleeps) as client:
        client.get(SID)
    assert len(sleeps) == 1 and 1.0 <= sleeps[0] <= 3.5


def test_429_without_a_hint_backs_off_exponentially() -> None:
    sleeps: list[float] = []
    with FaultServer([BUSY, BUSY, BUSY, OK]) as server, \
            client_for(server.url, sleeps) as client:
        client.get(SID)
        assert len(server.requests) == 4
    assert sleeps == [0.01, 0.02, 0.04]


def test_a_retry_after_beyond_the_limit_is_handed_to_the_caller() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(429, err(429, 20429, "later"), {"Retry-After": "3600"}), OK]) as \
            server, client_for(server.url, sleeps) as client:
        with pytest.raises(RateLimited) as info:
            client.get(SID)
        assert len(server.requests) == 1
    assert sleeps == []
    assert info.value.retry_after == 3600.0
    assert (info.value.status, info.value.code) == (429, 20429)


def test_get_after_5xx_is_retried() -> None:
    sleeps: list[float] = []
    script = [Reply(500, err(500, 20504, "oops")), Reply(503, "down"), OK]
    with FaultServer(script) as server, client_for(server.url, sleeps) as client:
        assert client.get(SID).name == "Death Star IVR"
        assert len(server.requests) == 3
    assert sleeps == [0.01, 0.02]


def test_get_gives_up_after_its_retries() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(502, "bad gateway")]) as server, \
            client_for(server.url, sleeps, retries=2) as client:
        with pytest.raises(ServerError) as info:
            client.get(SID)
        assert len(server.requests) == 3
    assert info.value.status == 502
    assert sleeps == [0.01, 0.02]


def test_no_retries_when_told_so() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(500, "x"), OK]) as server, \
            client_for(server.url, sleeps, retries=0) as client:
        with pytest.raises(ServerError):
            client.get(SID)
        assert len(server.requests) == 1
    assert sleeps == []


def test_get_after_a_connection_reset_is_retried() -> None:
    sleeps: list[float] = []
    with FaultServer([Reset(), OK]) as server, client_for(server.url, sleeps) as client:
        assert client.get(SID).sid == SID
        assert len(server.requests) == 2
    assert sleeps == [0.01]


def test_get_after_a_stall_is_retried() -> None:
    sleeps: list[float] = []
    with FaultServer([Stall(5), OK]) as server, \
            client_for(server.url, sleeps, timeout=0.3) as client:
        started = time.monotonic()
        assert client.get(SID).sid == SID
        assert time.monotonic() - started < 3
        assert len(server.requests) == 2
    assert sleeps == [0.01]


def test_4xx_other_than_429_is_not_retried() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(404, err(404, 20404, "not found")), OK]) as server, \
            client_for(server.url, sleeps) as client:
        with pytest.raises(NotFound):
            client.get(SID)
        assert len(server.requests) == 1
    assert sleeps == []


# -- DELETE --------------------------------------------------------------------------------


def test_delete_is_retried_and_a_404_after_a_lost_answer_means_done() -> None:
    sleeps: list[float] = []
    with FaultServer([Reset(), Reply(404, err(404, 20404, "gone"))]) as server, \
            client_for(server.url, sleeps) as client:
        client.delete(SID)
        assert [r.method for r in server.requests] == ["DELETE", "DELETE"]


def test_delete_of_a_missing_bin_on_the_first_try_is_not_found() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(404, err(404, 20404, "gone"))]) as server, \
            client_for(server.url, sleeps) as client, pytest.raises(NotFound):
        client.delete(SID)


def test_delete_after_429_and_500() -> None:
    sleeps: list[float] = []
    with FaultServer([BUSY, Reply(500, "x"), Reply(204)]) as server, \
            client_for(server.url, sleeps) as client:
        client.delete(SID)
        assert len(server.requests) == 3


# -- POST: never twice unless it never left ------------------------------------------------


@pytest.mark.parametrize("answer", [Reply(500, err(500, 20504, "oops")), Reply(503, "busy")])
def test_create_after_5xx_is_not_retried(answer: Reply) -> None:
    sleeps: list[float] = []
    with FaultServer([answer, CREATED]) as server, client_for(server.url, sleeps) as client:
        with pytest.raises(ServerError):
            client.create("IVR", "<Response/>", validate=False)
        assert posts(server) == 1
    assert sleeps == []


def test_create_after_429_is_not_retried_but_carries_the_hint() -> None:
    sleeps: list[float] = []
    with FaultServer([Reply(429, err(429, 20429, "slow"), {"Retry-After": "7"}), CREATED]) as \
            server, client_for(server.url, sleeps) as client:
        with pytest.raises(RateLimited) as info:
            client.create("IVR", "<Response/>", validate=False)
        assert posts(server) == 1
    assert info.value.retry_after == 7.0
    assert sleeps == []


def test_create_after_a_reset_is_not_retried() -> None:
    sleeps: list[float] = []
    with FaultServer([Reset(), CREATED]) as server, client_for(server.url, sleeps) as client:
        with pytest.raises(TransportError):
            client.create("IVR", "<Response/>", validate=False)
        assert posts(server) == 1
    assert sleeps == []


def test_create_after_a_stall_is_not_retried() -> None:
    sleeps: list[float] = []
    with FaultServer([Stall(5), CREATED]) as server, \
            client_for(server.url, sleeps, timeout=0.3) as client:
        with pytest.raises(TransportError, match="Timeout"):
            client.create("IVR", "<Response/>", validate=False)
        assert posts(server) == 1
    assert sleeps == []


def test_update_post_is_not_retried_but_its_name_lookup_is() -> None:
    sleeps: list[float] = []
    script = [Reply(500, "x"), Reply(200, bin_json(name="Now")), Reply(500, "y"), OK]
    with FaultServer(script) as server, client_for(server.url, sleeps) as client:
        with pytest.raises(ServerError):
            client.update(SID, contents="<Response/>", validate=False)
        assert [r.method for r in server.requests] == ["GET", "GET", "POST"]


def test_create_is_retried_when_the_connection_was_refused() -> None:
    port = free_port()
    started: list[FaultServer] = []
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if not started:  # the server comes up while the client waits
            started.append(FaultServer([CREATED], port=port).start())

    try:
        with BinsClient(f"http://127.0.0.1:{port}", PROJECT_ID, TOKEN, retries=policy(),
                        sleep=sleep) as client:
            created = client.create("IVR", "<Response/>", validate=False)
        assert created.sid == SID
        assert len(sleeps) == 1
        assert posts(started[0]) == 1
    finally:
        for server in started:
            server.stop()


def test_refused_connections_give_a_transport_error_in_the_end() -> None:
    sleeps: list[float] = []
    with client_for(f"http://127.0.0.1:{free_port()}", sleeps, retries=2) as client:
        with pytest.raises(TransportError, match="ConnectError") as info:
            client.create("IVR", "<Response/>", validate=False)
    assert sleeps == [0.01, 0.02]
    assert "after 3 attempts" in str(info.value)
    assert info.value.status is None


# -- the policy itself ---------------------------------------------------------------------


def test_backoff_grows_is_capped_and_jittered() -> None:
    low = RetryPolicy(backoff=1.0, max_backoff=5.0, jitter=lambda: 0.0)
    high = RetryPolicy(backoff=1.0, max_backoff=5.0, jitter=lambda: 0.999)
    assert [low.backoff_delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    assert [round(high.backoff_delay(n), 2) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    real = RetryPolicy(backoff=1.0)
    delays = {real.backoff_delay(2) for _ in range(50)}
    assert all(2.0 <= d <= 4.0 for d in delays) and len(delays) > 1


def test_negative_retries_are_refused() -> None:
    with pytest.raises(ValueError, match="retries"):
        BinsClient("http://127.0.0.1:1", PROJECT_ID, TOKEN, retries=-1)


# -- async ---------------------------------------------------------------------------------


def async_client_for(url: str, sleeps: list[float], timeout: float = 2.0,
                     retries: int = 3) -> AsyncBinsClient:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return AsyncBinsClient(url, PROJECT_ID, TOKEN, retries=policy(retries), sleep=sleep,
                           timeout=timeout)


def test_async_get_retries_429_5xx_resets_and_stalls() -> None:
    sleeps: list[float] = []
    script = [Reply(429, None, {"Retry-After": "1.5"}), Reply(500, "x"), Reset(), Stall(5), OK]

    async def scenario(url: str) -> str:
        async with async_client_for(url, sleeps, timeout=0.3, retries=4) as client:
            return (await client.get(SID)).sid

    with FaultServer(script) as server:
        assert asyncio.run(scenario(server.url)) == SID
        assert len(server.requests) == 5
    assert sleeps == [1.5, 0.02, 0.04, 0.08]


def test_async_create_is_sent_once() -> None:
    sleeps: list[float] = []

    async def scenario(url: str) -> None:
        async with async_client_for(url, sleeps) as client:
            with pytest.raises(TransportError):
                await client.create("IVR", "<Response/>", validate=False)
            with pytest.raises(ServerError):
                await client.create("IVR", "<Response/>", validate=False)

    with FaultServer([Reset(), Reply(500, "x"), CREATED]) as server:
        asyncio.run(scenario(server.url))
        assert posts(server) == 2
    assert sleeps == []


def test_async_create_is_retried_when_the_connection_was_refused() -> None:
    port = free_port()
    started: list[FaultServer] = []

    async def sleep(seconds: float) -> None:
        if not started:
            started.append(FaultServer([CREATED], port=port).start())

    async def scenario() -> str:
        async with AsyncBinsClient(f"http://127.0.0.1:{port}", PROJECT_ID, TOKEN,
                                   retries=policy(), sleep=sleep) as client:
            return (await client.create("IVR", "<Response/>", validate=False)).sid

    try:
        assert asyncio.run(scenario()) == SID
        assert posts(started[0]) == 1
    finally:
        for server in started:
            server.stop()
