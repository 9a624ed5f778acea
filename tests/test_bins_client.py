"""The sync and async clients against the real local server over loopback HTTP.

Contents are sent with ``validate=False`` here; linting before sending is covered in
test_bins_lint.py.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import pytest
from bins_support import PROJECT_ID, SID, TOKEN, FaultServer, Reply, bin_json, error_body

from laml.bins import AsyncBinsClient, AuthError, BinsClient, BinsError, LamlBin, NotFound
from laml.server import DEFAULT_CONTENTS, LocalServer

SAY = "<Response><Say>Hello {{From}}</Say></Response>"


def test_create_get_update_delete(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        created = client.create("Death Star IVR", SAY, validate=False)
        assert isinstance(created, LamlBin)
        assert created.name == "Death Star IVR"
        assert created.contents == SAY
        assert created.account_sid == bins_server.project_id
        assert created.num_requests == 0
        assert created.date_last_accessed is None
        assert created.request_url == f"{bins_server.url}/laml-bins/{created.sid}"
        assert created.api_version == "2010-04-01"
        assert created.date_created is not None
        assert abs(datetime.now(UTC) - created.date_created) < timedelta(minutes=1)

        assert client.get(created.sid) == created

        renamed = client.update(created.sid, name="Hoth IVR")
        assert renamed.name == "Hoth IVR"
        assert renamed.contents == SAY
        assert renamed.date_updated is not None and created.date_updated is not None
        assert renamed.date_updated > created.date_updated

        changed = client.update(created.sid, contents="<Response><Hangup/></Response>",
                                validate=False)
        assert changed.name == "Hoth IVR"
        assert changed.contents == "<Response><Hangup/></Response>"

        client.delete(created.sid)
        with pytest.raises(NotFound) as info:
            client.get(created.sid)
        assert info.value.status == 404
        assert info.value.code == 20404
        with pytest.raises(NotFound):
            client.delete(created.sid)


def test_create_without_contents_gets_the_default_document(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        assert client.create("Empty").contents == DEFAULT_CONTENTS


def test_list_walks_every_page_newest_first(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        sids = [client.create(f"bin {i:02d}", validate=False).sid for i in range(7)]
        listed = list(client.list(page_size=3))
        assert [b.sid for b in listed] == list(reversed(sids))
        pages = list(client.pages(page_size=3))
        assert [len(p.bins) for p in pages] == [3, 3, 1]
        assert pages[-1].next_page_uri is None
        assert pages[0].page == 0 and pages[1].page == 1


def test_list_is_lazy(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        for i in range(4):
            client.create(f"lazy {i}", validate=False)
        iterator = client.list(page_size=2)
        first = next(iterator)
        assert first.name == "lazy 3"
        client.create("lazy late", validate=False)
        # Pages are fetched as they are needed: the second page follows a cursor, so the bin
        # made after the first page does not show up again in the rest of the walk.
        rest = [b.name for b in iterator]
        assert rest == ["lazy 2", "lazy 1", "lazy 0"]


def test_list_filters_by_name_substring(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        for name in ("Death Star IVR", "Star Destroyer", "Hoth", "star-lite"):
            client.create(name, validate=False)
        assert [b.name for b in client.list(name="Star")] == [
            "star-lite", "Star Destroyer", "Death Star IVR"]
        assert list(client.list(name="Endor")) == []


def test_update_needs_something_to_change(bins_server: LocalServer) -> None:
    with bins_server.client() as client, pytest.raises(ValueError, match="update needs"):
        client.update(SID)


def test_bad_sids_and_names_never_reach_the_server(bins_server: LocalServer) -> None:
    with bins_server.client() as client:
        for sid in ("", "../Accounts", "a/b", "x" * 65):
            with pytest.raises(ValueError, match="not a bin SID"):
                client.get(sid)
        with pytest.raises(ValueError, match="non-empty name"):
            client.create("  ")
        with pytest.raises(ValueError, match="page_size"):
            next(client.list(page_size=0))


def test_wrong_token_is_an_auth_error(bins_server: LocalServer) -> None:
    with BinsClient(bins_server.url, bins_server.project_id, "wrong") as client:
        with pytest.raises(AuthError) as info:
            client.get(SID)
        assert info.value.status == 401
        assert info.value.code == 20003
        assert info.value.more_info


def test_wrong_project_is_an_auth_error(bins_server: LocalServer) -> None:
    with BinsClient(bins_server.url, PROJECT_ID, bins_server.token) as client:
        with pytest.raises(AuthError):
            list(client.list())


def test_async_client_does_the_same(bins_server: LocalServer) -> None:
    async def scenario() -> None:
        async with bins_server.async_client() as client:
            created = await client.create("Async", SAY, validate=False)
            assert (await client.get(created.sid)).contents == SAY
            others = [await client.create(f"other {i}", validate=False) for i in range(4)]
            listed = [b.sid async for b in client.list(page_size=2)]
            assert listed == [b.sid for b in reversed([created, *others])]
            pages = [p async for p in client.pages(page_size=2)]
            assert [len(p.bins) for p in pages] == [2, 2, 1]
            assert [b.name async for b in client.list(name="ASYNC")] == ["Async"]
            renamed = await client.update(created.sid, name="Renamed")
            assert renamed.contents == SAY and renamed.name == "Renamed"
            await client.delete(created.sid)
            with pytest.raises(NotFound):
                await client.get(created.sid)

    asyncio.run(scenario())


def test_async_auth_error(bins_server: LocalServer) -> None:
    async def scenario() -> None:
        async with AsyncBinsClient(bins_server.url, bins_server.project_id, "nope") as client:
            with pytest.raises(AuthError):
                await client.create("x", validate=False)

    asyncio.run(scenario())


# -- what goes on the wire -----------------------------------------------------------------


def test_requests_are_what_the_platform_expects() -> None:
    script = [Reply(201, bin_json()), Reply(200, bin_json()), Reply(200, bin_json(name="B")),
              Reply(204), Reply(200, {"uri": "/x", "next_page_uri": None, "laml_bins": []})]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        client.create("A & B", "<Response/>", validate=False)
        client.get(SID)
        client.update(SID, name="B", contents="<Response/>", validate=False)
        client.delete(SID)
        list(client.list(name="Star Wars", page_size=7))
        seen = server.requests

    base = f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/LamlBins"
    assert [(r.method, r.target.split("?")[0]) for r in seen] == [
        ("POST", base), ("GET", f"{base}/{SID}"), ("POST", f"{base}/{SID}"),
        ("DELETE", f"{base}/{SID}"), ("GET", base)]
    create = seen[0]
    assert create.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(create.body.decode()) == {"Name": ["A & B"], "Contents": ["<Response/>"]}
    assert parse_qs(seen[2].body.decode()) == {"Name": ["B"], "Contents": ["<Response/>"]}
    assert parse_qs(seen[4].target.split("?")[1]) == {"Name": ["Star Wars"], "PageSize": ["7"]}
    import base64
    expected = "Basic " + base64.b64encode(f"{PROJECT_ID}:{TOKEN}".encode()).decode()
    assert all(r.headers["authorization"] == expected for r in seen)
    assert all(r.headers["accept"] == "application/json" for r in seen)


def test_update_without_a_name_sends_the_current_one() -> None:
    script = [Reply(200, bin_json(name="Current")), Reply(200, bin_json(name="Current"))]
    with FaultServer(script) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        client.update(SID, contents="<Response/>", validate=False)
        get, post = server.requests
    assert get.method == "GET"
    assert post.method == "POST"
    assert parse_qs(post.body.decode()) == {"Name": ["Current"], "Contents": ["<Response/>"]}


def test_error_body_fields_are_kept() -> None:
    body = error_body(422, 20422, "Contents is not a valid cXML document")
    with FaultServer([Reply(422, body)]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        from laml.bins import InvalidContents

        with pytest.raises(InvalidContents) as info:
            client.create("x", "<Response/>", validate=False)
    error = info.value
    assert (error.status, error.code) == (422, 20422)
    assert error.message.endswith("Contents is not a valid cXML document")
    assert error.more_info == body["more_info"]
    assert error.diagnostics == ()
    assert "HTTP 422, code 20422" in str(error)


def test_answers_that_are_not_json_are_errors() -> None:
    with FaultServer([Reply(200, "<html>proxy page</html>")]) as server, \
            BinsClient(server.url, PROJECT_ID, TOKEN, retries=0) as client:
        with pytest.raises(BinsError, match="not JSON"):
            client.get(SID)


def test_redirects_are_not_followed() -> None:
    reply = Reply(302, "", {"Location": "https://elsewhere.example/steal"})
    with FaultServer([reply]) as server, BinsClient(server.url, PROJECT_ID, TOKEN) as client:
        with pytest.raises(BinsError, match="unexpected redirect"):
            client.get(SID)
        assert len(server.requests) == 1
