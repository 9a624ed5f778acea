"""The local server's LamlBins REST endpoints, spoken to directly over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from laml.server import DEFAULT_CONTENTS, LocalServer

API = "/api/laml/2010-04-01"


@pytest.fixture
def http(bins_server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=bins_server.url,
                      auth=(bins_server.project_id, bins_server.token)) as client:
        yield client


@pytest.fixture
def base(bins_server: LocalServer) -> str:
    return f"{API}/Accounts/{bins_server.project_id}/LamlBins"


def make(http: httpx.Client, base: str, name: str, contents: str = "<Response/>") -> str:
    response = http.post(base, data={"Name": name, "Contents": contents})
    assert response.status_code == 201, response.text
    return str(response.json()["sid"])


def assert_error(response: httpx.Response, status: int, code: int) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert (body["status"], body["code"]) == (status, code)
    assert body["message"]


def test_create_answers_201_with_the_bin(http: httpx.Client, base: str,
                                         bins_server: LocalServer) -> None:
    response = http.post(base, data={"Name": "IVR", "Contents": "<Response><Hangup/></Response>"})
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["name"] == "IVR"
    assert body["contents"] == "<Response><Hangup/></Response>"
    assert body["account_sid"] == bins_server.project_id
    assert body["uri"] == f"{base}/{body['sid']}"
    assert body["request_url"] == f"{bins_server.url}/laml-bins/{body['sid']}"
    assert body["num_requests"] == 0 and body["date_last_accessed"] is None
    assert body["date_created"] == body["date_updated"]
    assert body["date_created"].endswith("Z")


@pytest.mark.parametrize("suffix", [".json", ".JSON"])
def test_json_suffix_is_accepted(http: httpx.Client, base: str, suffix: str) -> None:
    response = http.post(base + suffix, data={"Name": "Suffixed"})
    assert response.status_code == 201
    sid = response.json()["sid"]
    assert response.json()["contents"] == DEFAULT_CONTENTS
    assert http.get(f"{base}/{sid}{suffix}").json()["sid"] == sid
    assert http.get(base + suffix).json()["laml_bins"][0]["sid"] == sid
    assert http.delete(f"{base}/{sid}{suffix}").status_code == 204


def test_a_json_body_is_accepted_too(http: httpx.Client, base: str) -> None:
    response = http.post(base, json={"Name": "From JSON", "Contents": "<Response/>"})
    assert response.status_code == 201
    assert response.json()["name"] == "From JSON"


def test_create_needs_a_name(http: httpx.Client, base: str) -> None:
    assert_error(http.post(base, data={"Contents": "<Response/>"}), 400, 10000)
    assert_error(http.post(base, data={"Name": "   "}), 400, 10000)


def test_bodies_that_cannot_be_read_are_400(http: httpx.Client, base: str) -> None:
    assert_error(http.post(base, content=b"Name=\xff\xfe", headers={
        "Content-Type": "application/x-www-form-urlencoded"}), 400, 10000)
    assert_error(http.post(base, content=b"[1]", headers={"Content-Type": "application/json"}),
                 400, 10000)
    assert_error(http.post(base, content=b"{", headers={"Content-Type": "application/json"}),
                 400, 10000)
    assert_error(http.post(base, files={"Name": ("n", b"x")}), 400, 10000)


def test_get_update_delete_and_404s(http: httpx.Client, base: str) -> None:
    sid = make(http, base, "Death Star IVR", "<Response><Say>Hi</Say></Response>")
    assert http.get(f"{base}/{sid}").json()["name"] == "Death Star IVR"

    renamed = http.post(f"{base}/{sid}", data={"Name": "Hoth IVR"})
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "Hoth IVR"
    assert renamed.json()["contents"] == "<Response><Say>Hi</Say></Response>"
    assert renamed.json()["date_updated"] > renamed.json()["date_created"]

    assert_error(http.post(f"{base}/{sid}", data={"Contents": "<Response/>"}), 400, 10000)

    deleted = http.delete(f"{base}/{sid}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert_error(http.get(f"{base}/{sid}"), 404, 20404)
    assert_error(http.post(f"{base}/{sid}", data={"Name": "x"}), 404, 20404)
    assert_error(http.delete(f"{base}/{sid}"), 404, 20404)


def test_bad_credentials_get_the_platform_error(bins_server: LocalServer, base: str) -> None:
    url = bins_server.url + base
    wrong = [None, (bins_server.project_id, "nope"), ("someone-else", bins_server.token)]
    for auth in wrong:
        response = httpx.get(url, auth=auth)
        assert_error(response, 401, 20003)
        assert response.headers["www-authenticate"].startswith("Basic")
    garbage = httpx.get(url, headers={"Authorization": "Basic !!!not-base64"})
    assert_error(garbage, 401, 20003)
    bearer = httpx.get(url, headers={"Authorization": f"Bearer {bins_server.token}"})
    assert_error(bearer, 401, 20003)
    other_account = httpx.get(f"{bins_server.url}{API}/Accounts/other/LamlBins",
                              auth=(bins_server.project_id, bins_server.token))
    assert_error(other_account, 401, 20003)
    assert_error(httpx.post(url, data={"Name": "x"}), 401, 20003)
    assert bins_server.store.count(bins_server.project_id) == 0


def test_list_pages_newest_first_with_cursors(http: httpx.Client, base: str) -> None:
    sids = [make(http, base, f"bin {i}") for i in range(5)]
    newest_first = list(reversed(sids))

    first = http.get(base, params={"PageSize": 2}).json()
    assert [b["sid"] for b in first["laml_bins"]] == newest_first[:2]
    assert (first["page"], first["page_size"]) == (0, 2)
    assert first["previous_page_uri"] is None
    assert first["first_page_uri"] == f"{base}?Page=0&PageSize=2"
    assert first["uri"] == f"{base}?Page=0&PageSize=2"
    assert parse_qs(urlsplit(first["next_page_uri"]).query)["PageToken"][0].startswith("PA")

    second = http.get(first["next_page_uri"]).json()
    assert [b["sid"] for b in second["laml_bins"]] == newest_first[2:4]
    assert second["page"] == 1
    assert parse_qs(urlsplit(second["previous_page_uri"]).query)["PageToken"][0].startswith("PB")

    back = http.get(second["previous_page_uri"]).json()
    assert [b["sid"] for b in back["laml_bins"]] == newest_first[:2]
    assert back["page"] == 0 and back["previous_page_uri"] is None

    last = http.get(second["next_page_uri"]).json()
    assert [b["sid"] for b in last["laml_bins"]] == newest_first[4:]
    assert last["next_page_uri"] is None

    by_number = http.get(base, params={"PageSize": 2, "Page": 1}).json()
    assert [b["sid"] for b in by_number["laml_bins"]] == newest_first[2:4]
    assert http.get(base).json()["page_size"] == 50


def test_list_name_filter_is_a_substring_match_kept_in_links(http: httpx.Client,
                                                            base: str) -> None:
    for name in ("Death Star IVR", "Hoth", "Star Destroyer", "starship", "Endor"):
        make(http, base, name)
    page = http.get(base, params={"Name": "star", "PageSize": 2}).json()
    assert [b["name"] for b in page["laml_bins"]] == ["starship", "Star Destroyer"]
    assert "Name=star" in page["next_page_uri"]
    rest = http.get(page["next_page_uri"]).json()
    assert [b["name"] for b in rest["laml_bins"]] == ["Death Star IVR"]
    assert rest["next_page_uri"] is None


@pytest.mark.parametrize("params", [
    {"PageSize": 0}, {"PageSize": 1001}, {"PageSize": "ten"}, {"Page": -1},
    {"PageToken": "XX12"}, {"PageToken": "PA"}, {"PageToken": "PAabc"},
])
def test_bad_paging_parameters_are_400(http: httpx.Client, base: str,
                                       params: dict[str, object]) -> None:
    assert_error(http.get(base, params=params), 400, 10000)  # type: ignore[arg-type]


def test_a_page_beyond_the_end_is_empty(http: httpx.Client, base: str) -> None:
    make(http, base, "only")
    page = http.get(base, params={"Page": 5, "PageSize": 10}).json()
    assert page["laml_bins"] == [] and page["next_page_uri"] is None
    assert page["previous_page_uri"] == f"{base}?Page=4&PageSize=10"


def test_unknown_bin_urls_are_404(bins_server: LocalServer) -> None:
    response = httpx.get(f"{bins_server.url}/laml-bins/5184b831-184f-4209-872d-ccdccc80f2f1")
    assert_error(response, 404, 20404)
    response = httpx.post(f"{bins_server.url}/laml-bins/nope", data={"From": "+1555"})
    assert_error(response, 404, 20404)


def test_request_url_ignores_the_host_header(http: httpx.Client, base: str,
                                             bins_server: LocalServer) -> None:
    spoofed = {"Host": "evil.example:666", "X-Forwarded-Host": "evil.example"}
    created = http.post(base, data={"Name": "Spoofed"}, headers=spoofed)
    sid = created.json()["sid"]
    answers = [created, http.get(f"{base}/{sid}", headers=spoofed),
               http.post(f"{base}/{sid}", data={"Name": "Again"}, headers=spoofed)]
    listed = http.get(base, headers=spoofed).json()["laml_bins"]
    urls = [a.json()["request_url"] for a in answers] + [b["request_url"] for b in listed]
    assert set(urls) == {f"{bins_server.url}/laml-bins/{sid}"}


def test_request_url_comes_from_the_configured_public_url() -> None:
    with LocalServer(validate=False, public_url="https://bins.example.com/") as server, \
            server.client() as client:
        created = client.create("Public")
    assert created.request_url == f"https://bins.example.com/laml-bins/{created.sid}"
    with pytest.raises(ValueError, match="http"):
        LocalServer(public_url="bins.example.com")
