"""The client reads both list envelopes, follows next links, and never loops."""

from __future__ import annotations

import asyncio

import pytest
from bins_support import PROJECT_ID, TOKEN, FaultServer, Reply, bin_json

from laml.bins import AsyncBinsClient, BinsClient, BinsError

BASE = f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/LamlBins"


def sid(n: int) -> str:
    return f"{n:08d}-184f-4209-872d-ccdccc80f2f1"


def top_level(page: int, sids: list[int], next_uri: str | None) -> dict[str, object]:
    return {"uri": f"{BASE}?Page={page}&PageSize=2", "first_page_uri": f"{BASE}?Page=0&PageSize=2",
            "next_page_uri": next_uri, "previous_page_uri": None, "page": page, "page_size": 2,
            "laml_bins": [bin_json(sid=sid(n), name=f"bin {n}") for n in sids]}


def meta(page: int, sids: list[int], next_url: str | None) -> dict[str, object]:
    return {"meta": {"first_page_url": f"{BASE}?PageSize=2&Page=0", "key": "faxes",
                     "next_page_url": next_url, "page": page, "page_size": 2,
                     "previous_page_url": None, "url": f"{BASE}?PageSize=2&Page={page}"},
            "laml_bins": [bin_json(sid=sid(n), name=f"bin {n}") for n in sids]}


def test_top_level_envelope_pages_are_followed() -> None:
    script = [Reply(200, top_level(0, [5, 4], f"{BASE}?Page=1&PageSize=2&PageToken=PA4")),
              Reply(200, top_level(1, [3, 2], f"{BASE}?Page=2&PageSize=2&PageToken=PA2")),
              Reply(200, top_level(2, [1], None))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        names = [b.name for b in client.list(page_size=2)]
        targets = [r.target for r in server.requests]
    assert names == ["bin 5", "bin 4", "bin 3", "bin 2", "bin 1"]
    assert targets[1] == f"{BASE}?Page=1&PageSize=2&PageToken=PA4"
    assert targets[2] == f"{BASE}?Page=2&PageSize=2&PageToken=PA2"


def test_meta_envelope_pages_are_followed() -> None:
    script = [Reply(200, meta(0, [3, 2], f"{BASE}?PageSize=2&Page=1")),
              Reply(200, meta(1, [1], None))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        assert [b.name for b in client.list(page_size=2)] == ["bin 3", "bin 2", "bin 1"]
        assert len(server.requests) == 2


def test_envelopes_may_change_between_pages() -> None:
    script = [Reply(200, meta(0, [3, 2], f"{BASE}?PageSize=2&Page=1")),
              Reply(200, top_level(1, [1], None))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        assert len(list(client.list(page_size=2))) == 3


def test_absolute_next_link_on_the_same_host_is_followed() -> None:
    with FaultServer([]) as server:
        first = top_level(0, [3], f"{server.url}{BASE}?Page=1&PageSize=2")
        server.script[:] = [Reply(200, first), Reply(200, top_level(1, [2], None))]
        with BinsClient(server.url, PROJECT_ID, TOKEN) as client:
            assert [b.name for b in client.list()] == ["bin 3", "bin 2"]
        assert server.requests[1].target == f"{BASE}?Page=1&PageSize=2"


def test_a_repeated_next_link_stops_with_an_error() -> None:
    loop = f"{BASE}?Page=1&PageSize=2&PageToken=PA9"
    script = [Reply(200, top_level(0, [5, 4], loop)), Reply(200, top_level(1, [3, 2], loop))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        seen = []
        with pytest.raises(BinsError, match="repeats its next-page link"):
            for item in client.list(page_size=2):
                seen.append(item.name)
        assert seen == ["bin 5", "bin 4", "bin 3", "bin 2"]
        assert len(server.requests) == 2


def test_a_next_link_back_to_the_first_page_stops_too() -> None:
    script = [Reply(200, top_level(0, [5, 4], f"{BASE}?PageSize=2"))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        with pytest.raises(BinsError, match="repeats"):
            list(client.list(page_size=2))
        assert len(server.requests) == 1


def test_a_next_link_to_another_host_is_refused() -> None:
    script = [Reply(200, top_level(0, [5], "https://evil.example/api/laml/steal"))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        with pytest.raises(BinsError, match="another host"):
            list(client.list())
        assert len(server.requests) == 1


def test_async_client_reads_both_envelopes_and_stops_loops() -> None:
    loop = f"{BASE}?PageSize=2&Page=1"
    script = [Reply(200, meta(0, [3, 2], loop)), Reply(200, top_level(1, [1], loop))]

    async def scenario(url: str) -> list[str]:
        names: list[str] = []
        async with AsyncBinsClient(url, PROJECT_ID, TOKEN) as client:
            with pytest.raises(BinsError, match="repeats"):
                async for item in client.list(page_size=2):
                    names.append(item.name)
        return names

    with FaultServer(script) as server:
        assert asyncio.run(scenario(server.url)) == ["bin 3", "bin 2", "bin 1"]
