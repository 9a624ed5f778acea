"""LamlBin and LamlBinPage read the platform's JSON: both date formats, both list envelopes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from bins_support import PROJECT_ID, SID, bin_json

from laml.bins import LamlBin, LamlBinPage, parse_datetime


def test_iso_8601_dates_parse_to_aware_datetimes() -> None:
    assert parse_datetime("2019-11-26T20:00:00Z") == datetime(2019, 11, 26, 20, tzinfo=UTC)
    assert parse_datetime("2019-11-26T21:00:00+01:00") == datetime(2019, 11, 26, 20, tzinfo=UTC)
    micro = parse_datetime("2024-02-29T10:11:12.123456Z")
    assert micro is not None and micro.microsecond == 123456


def test_rfc_2822_dates_parse_too() -> None:
    parsed = parse_datetime("Mon, 13 Aug 2018 21:38:46 +0000")
    assert parsed == datetime(2018, 8, 13, 21, 38, 46, tzinfo=UTC)
    eastern = parse_datetime("Mon, 13 Aug 2018 16:38:46 -0500")
    assert eastern == parsed
    assert eastern is not None and eastern.utcoffset() == timedelta(hours=-5)


def test_null_and_empty_dates_stay_none_and_junk_is_refused() -> None:
    assert parse_datetime(None) is None
    assert parse_datetime("") is None
    with pytest.raises(ValueError, match="not an ISO 8601 or RFC 2822 date"):
        parse_datetime("yesterday")
    with pytest.raises(ValueError):
        parse_datetime(12345)


def test_naive_dates_are_taken_as_utc() -> None:
    assert parse_datetime("2020-01-02T03:04:05") == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_bin_from_the_seed_example() -> None:
    item = LamlBin.from_json(bin_json(date_last_accessed="2020-06-05T20:00:00Z", num_requests=1337))
    assert item.sid == SID
    assert item.account_sid == PROJECT_ID
    assert item.name == "Death Star IVR"
    assert item.contents == "<Response><Say>Hello!</Say></Response>"
    assert item.num_requests == 1337
    assert item.api_version == "2010-04-01"
    assert item.uri.endswith(f"/LamlBins/{SID}")
    assert item.date_created == datetime(2019, 11, 26, 20, tzinfo=UTC)
    assert item.date_updated == datetime(2020, 5, 5, 20, tzinfo=UTC)
    assert item.date_last_accessed == datetime(2020, 6, 5, 20, tzinfo=UTC)


def test_bin_with_rfc_2822_dates_and_null_access() -> None:
    item = LamlBin.from_json(bin_json(date_created="Tue, 26 Nov 2019 20:00:00 +0000"))
    assert item.date_created == datetime(2019, 11, 26, 20, tzinfo=UTC)
    assert item.date_last_accessed is None


def test_bin_is_frozen_and_round_trips_through_json() -> None:
    item = LamlBin.from_json(bin_json())
    with pytest.raises(AttributeError):
        item.name = "other"  # type: ignore[misc]
    again = LamlBin.from_json(item.to_json())
    assert again == item
    assert item.to_json()["date_created"] == "2019-11-26T20:00:00Z"
    assert item.to_json()["date_last_accessed"] is None


def test_bin_without_sid_is_refused() -> None:
    with pytest.raises(ValueError, match="sid"):
        LamlBin.from_json({"name": "x"})


def test_current_top_level_envelope() -> None:
    base = f"/api/laml/2010-04-01/Accounts/{PROJECT_ID}/LamlBins"
    page = LamlBinPage.from_json({
        "uri": f"{base}?Page=0&PageSize=2",
        "first_page_uri": f"{base}?Page=0&PageSize=2",
        "next_page_uri": f"{base}?Page=1&PageSize=2&PageToken=PA1",
        "previous_page_uri": None,
        "page": 0,
        "page_size": 2,
        "laml_bins": [bin_json(), bin_json(sid="6184b831-184f-4209-872d-ccdccc80f2f1")],
    })
    assert [b.sid[:1] for b in page.bins] == ["5", "6"]
    assert page.next_page_uri == f"{base}?Page=1&PageSize=2&PageToken=PA1"
    assert page.previous_page_uri is None
    assert (page.page, page.page_size) == (0, 2)
    assert page.uri == f"{base}?Page=0&PageSize=2"


def test_seed_meta_envelope_even_with_its_wrong_key() -> None:
    base = "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472ac/LamlBins"
    page = LamlBinPage.from_json({
        "meta": {
            "first_page_url": f"{base}?PageSize=50&Page=0",
            "key": "faxes",
            "next_page_url": f"{base}?PageSize=50&Page=1",
            "page": 0,
            "page_size": 50,
            "previous_page_url": f"{base}?PageSize=50&Page=0",
            "url": f"{base}?PageSize=50&Page=0",
        },
        "laml_bins": [bin_json()],
    })
    assert len(page.bins) == 1
    assert page.next_page_uri == f"{base}?PageSize=50&Page=1"
    assert page.first_page_uri == f"{base}?PageSize=50&Page=0"
    assert page.uri == f"{base}?PageSize=50&Page=0"
    assert page.page_size == 50


def test_meta_envelope_on_its_last_page() -> None:
    page = LamlBinPage.from_json({"meta": {"next_page_url": None, "page": 3}, "laml_bins": []})
    assert page.next_page_uri is None
    assert page.bins == ()


def test_a_page_without_bins_is_refused() -> None:
    with pytest.raises(ValueError, match="laml_bins"):
        LamlBinPage.from_json({"uri": "/x", "page": 0})


def test_other_time_zones_are_kept() -> None:
    parsed = parse_datetime("2020-05-05T22:00:00+02:00")
    assert parsed is not None
    assert parsed.utcoffset() == timezone(timedelta(hours=2)).utcoffset(None)
