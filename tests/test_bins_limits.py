"""Caps on one call of the bins clients: deadline, answer size, pages, waits.

Each test plays a server that would hold an uncapped client for a minute, fill its memory or
never stop it, and shows the call ends quickly with a clear error instead.
"""

from __future__ import annotations

import asyncio
import gzip
import time

import pytest
from bins_support import (
    PROJECT_ID,
    SID,
    TOKEN,
    Computed,
    Drip,
    Endless,
    FaultServer,
    Reply,
    bin_json,
)
from bins_support import error_body as err

from laml.bins import (
    AsyncBinsClient,
    BinsClient,
    BinsError,
    ClientLimits,
    RateLimited,
    RetryPolicy,
    TransportError,
)

BASE = f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/LamlBins"
FAST = RetryPolicy(retries=3, backoff=0.01, jitter=lambda: 1.0)


def client_for(url: str, **options: object) -> BinsClient:
    return BinsClient(url, PROJECT_ID, TOKEN, **options)  # type: ignore[arg-type]


# -- deadline ------------------------------------------------------------------------------


@pytest.mark.parametrize("head_too", [False, True], ids=["body drips", "headers drip"])
def test_a_dripping_answer_is_cut_at_the_deadline(head_too: bool) -> None:
    # One byte every 0.2 s never trips a 3 s read timeout; the 1 s deadline ends the call.
    with FaultServer([Drip(size=500, interval=0.2, head_too=head_too)]) as server, \
            client_for(server.url, timeout=3.0, retries=0,
                       limits=ClientLimits(deadline=1.0)) as client:
        started = time.monotonic()
        with pytest.raises(TransportError, match=r"within the 1 s deadline"):
            client.get(SID)
        assert time.monotonic() - started < 2.5


def test_the_deadline_covers_every_try_of_a_read() -> None:
    # A GET is retried after a timeout, but never past the deadline.
    with FaultServer([Drip(size=500, interval=0.2)]) as server, \
            client_for(server.url, timeout=0.5, retries=FAST,
                       limits=ClientLimits(deadline=1.5)) as client:
        started = time.monotonic()
        with pytest.raises(TransportError):
            client.get(SID)
        assert time.monotonic() - started < 3.0


def test_the_async_client_has_the_same_deadline() -> None:
    async def scenario() -> float:
        async with AsyncBinsClient(server.url, PROJECT_ID, TOKEN, timeout=3.0, retries=0,
                                   limits=ClientLimits(deadline=1.0)) as client:
            started = time.monotonic()
            with pytest.raises(TransportError, match="deadline"):
                await client.get(SID)
            return time.monotonic() - started

    with FaultServer([Drip(size=500, interval=0.2, head_too=True)]) as server:
        assert asyncio.run(scenario()) < 2.5


def test_no_deadline_when_told_so() -> None:
    limits = ClientLimits(deadline=None)
    with FaultServer([Reply(200, bin_json())]) as server, \
            client_for(server.url, limits=limits) as client:
        assert client.get(SID).sid == SID
        assert client.limits is limits


def test_limits_are_checked() -> None:
    for bad in ({"deadline": 0}, {"max_response_bytes": 0}, {"max_pages": 0}):
        with pytest.raises(ValueError):
            ClientLimits(**bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        BinsClient("example", PROJECT_ID, TOKEN, limits=30)  # type: ignore[arg-type]


# -- size ----------------------------------------------------------------------------------


def test_an_endless_answer_stops_at_the_size_cap() -> None:
    cap = 1024 * 1024
    with FaultServer([Endless()]) as server, \
            client_for(server.url, retries=0, limits=ClientLimits(max_response_bytes=cap)) \
            as client:
        with pytest.raises(BinsError, match="larger than 1048576 bytes") as info:
            client.get(SID)
    # Reading stopped: the server got rid of little more than the cap plus socket buffers.
    assert server.streamed < 16 * cap
    assert info.value.status is None


def test_a_declared_length_beyond_the_cap_is_refused_unread() -> None:
    body = {"sid": SID, "contents": "x" * 5000}
    with FaultServer([Reply(200, body)]) as server, \
            client_for(server.url, limits=ClientLimits(max_response_bytes=1000)) as client, \
            pytest.raises(BinsError, match="larger than 1000 bytes"):
        client.get(SID)


def test_the_cap_counts_decompressed_bytes() -> None:
    bomb = gzip.compress(b" " * (4 * 1024 * 1024))
    reply = Reply(200, bomb, {"Content-Encoding": "gzip"})
    with FaultServer([reply]) as server, \
            client_for(server.url, limits=ClientLimits(max_response_bytes=1024 * 1024)) \
            as client, pytest.raises(BinsError, match="larger than"):
        client.get(SID)


def test_a_compressed_answer_within_the_cap_reads_normally() -> None:
    import json

    reply = Reply(200, gzip.compress(json.dumps(bin_json()).encode()),
                  {"Content-Encoding": "gzip"})
    with FaultServer([reply]) as server, client_for(server.url) as client:
        assert client.get(SID).name == "Death Star IVR"


def test_the_async_client_has_the_same_size_cap() -> None:
    async def scenario() -> None:
        async with AsyncBinsClient(server.url, PROJECT_ID, TOKEN, retries=0,
                                   limits=ClientLimits(max_response_bytes=65536)) as client:
            with pytest.raises(BinsError, match="larger than 65536 bytes"):
                await client.get(SID)

    with FaultServer([Endless()]) as server:
        asyncio.run(scenario())


# -- pages ---------------------------------------------------------------------------------


def endless_pages(seen: object, index: int) -> Reply:
    return Reply(200, {"laml_bins": [bin_json(sid=f"{index:08d}-aaaa")],
                       "next_page_uri": f"{BASE}?Page={index + 1}&PageToken=PA{index}"})


def test_endless_distinct_next_links_stop_at_the_page_cap() -> None:
    with FaultServer([Computed(endless_pages)]) as server, \
            client_for(server.url, limits=ClientLimits(max_pages=5)) as client:
        got = []
        with pytest.raises(BinsError, match="more than 5 pages"):
            got.extend(client.list())
        assert len(server.requests) == 5 and len(got) == 5


def test_the_async_listing_stops_at_the_page_cap() -> None:
    async def scenario() -> int:
        count = 0
        async with AsyncBinsClient(server.url, PROJECT_ID, TOKEN,
                                   limits=ClientLimits(max_pages=3)) as client:
            with pytest.raises(BinsError, match="more than 3 pages"):
                async for _ in client.list():
                    count += 1
        return count

    with FaultServer([Computed(endless_pages)]) as server:
        assert asyncio.run(scenario()) == 3


# -- waits ---------------------------------------------------------------------------------


def test_a_long_retry_after_is_handed_back_at_once() -> None:
    # Retry-After: 59 used to mean three sleeps of 59 s; the wait cap (30 s) refuses the first.
    sleeps: list[float] = []
    busy = Reply(429, err(429, 20429, "slow down"), {"Retry-After": "59"})
    with FaultServer([busy, Reply(200, bin_json())]) as server, \
            client_for(server.url, sleep=sleeps.append) as client:
        with pytest.raises(RateLimited) as info:
            client.get(SID)
        assert len(server.requests) == 1
    assert sleeps == [] and info.value.retry_after == 59.0


def test_the_waits_of_one_call_add_up_to_the_cap() -> None:
    sleeps: list[float] = []
    busy = Reply(429, err(429, 20429, "slow down"), {"Retry-After": "20"})
    with FaultServer([busy]) as server, \
            client_for(server.url, sleep=sleeps.append) as client:
        with pytest.raises(RateLimited):
            client.get(SID)
        assert len(server.requests) == 2
    assert sleeps == [20.0]
    policy = RetryPolicy(max_wait=100.0, jitter=lambda: 1.0)
    sleeps.clear()
    with FaultServer([busy]) as server, \
            client_for(server.url, sleep=sleeps.append, retries=policy) as client:
        with pytest.raises(RateLimited):
            client.get(SID)
    assert sleeps == [20.0, 20.0, 20.0]


def test_no_wait_goes_past_the_deadline() -> None:
    sleeps: list[float] = []
    busy = Reply(429, err(429, 20429, "slow down"), {"Retry-After": "10"})
    with FaultServer([busy, Reply(200, bin_json())]) as server, \
            client_for(server.url, sleep=sleeps.append,
                       limits=ClientLimits(deadline=5.0)) as client:
        with pytest.raises(RateLimited):
            client.get(SID)
    assert sleeps == []
