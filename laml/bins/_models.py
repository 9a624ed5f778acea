"""Values returned by the LaML Bins API: :class:`LamlBin` and :class:`LamlBinPage`.

Both are built from the platform's JSON. Dates arrive as ISO 8601 (the LamlBins spec) or as
RFC 2822 (the rest of the Compatibility API); both parse to aware :class:`~datetime.datetime`
values, and ``null`` stays ``None``. A list page comes in one of two envelopes, and
:meth:`LamlBinPage.from_json` reads both:

* the current one, with ``uri``, ``first_page_uri``, ``next_page_uri``, ``previous_page_uri``,
  ``page`` and ``page_size`` at the top level;
* the older one, with the same links as ``url``, ``first_page_url``, ``next_page_url`` ... under
  ``meta``.

In both the bins are under ``laml_bins``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from laml._json import JSON

__all__ = ["LamlBin", "LamlBinPage", "parse_datetime"]


def parse_datetime(value: object) -> datetime | None:
    """An ISO 8601 or RFC 2822 date as an aware datetime (UTC when no zone is given).

    ``None`` and the empty string give ``None``; anything else that does not parse raises
    :class:`ValueError`.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        raise ValueError(f"not an ISO 8601 or RFC 2822 date: {value!r}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class LamlBin:
    """One hosted bin: its identity, its contents and its usage counters."""

    sid: str
    account_sid: str
    name: str
    contents: str
    request_url: str
    num_requests: int
    api_version: str
    uri: str
    date_created: datetime | None
    date_updated: datetime | None
    date_last_accessed: datetime | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LamlBin:
        """A bin from the platform's JSON object; raises ValueError on a malformed one."""
        if not isinstance(data, Mapping) or not data.get("sid"):
            raise ValueError("a LaML bin object needs a 'sid'")
        num = data.get("num_requests")
        return cls(
            sid=str(data["sid"]),
            account_sid=_text(data, "account_sid"),
            name=_text(data, "name"),
            contents=_text(data, "contents"),
            request_url=_text(data, "request_url"),
            num_requests=int(num) if num is not None else 0,
            api_version=_text(data, "api_version"),
            uri=_text(data, "uri"),
            date_created=parse_datetime(data.get("date_created")),
            date_updated=parse_datetime(data.get("date_updated")),
            date_last_accessed=parse_datetime(data.get("date_last_accessed")),
        )

    def to_json(self) -> dict[str, JSON]:
        """The bin as the platform's JSON object (dates in ISO 8601)."""

        def iso(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat().replace("+00:00", "Z")

        return {
            "sid": self.sid,
            "date_created": iso(self.date_created),
            "date_updated": iso(self.date_updated),
            "date_last_accessed": iso(self.date_last_accessed),
            "account_sid": self.account_sid,
            "name": self.name,
            "contents": self.contents,
            "request_url": self.request_url,
            "num_requests": self.num_requests,
            "api_version": self.api_version,
            "uri": self.uri,
        }


@dataclass(frozen=True, slots=True)
class LamlBinPage:
    """One page of a listing; ``next_page_uri`` is ``None`` on the last page."""

    bins: tuple[LamlBin, ...]
    page: int | None
    page_size: int | None
    uri: str | None
    first_page_uri: str | None
    next_page_uri: str | None
    previous_page_uri: str | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LamlBinPage:
        """A page from either list envelope; raises ValueError when it is neither."""
        if not isinstance(data, Mapping):
            raise ValueError("a list page must be a JSON object")
        meta = data.get("meta")
        source: Mapping[str, Any] = meta if isinstance(meta, Mapping) else data

        def link(name: str) -> str | None:
            for key in (f"{name}_uri", f"{name}_url"):
                if source.get(key):
                    return str(source[key])
            return None

        items = data.get("laml_bins")
        if items is None and isinstance(source.get("key"), str):
            items = data.get(source["key"])
        page, page_size = source.get("page"), source.get("page_size")
        uri = source.get("uri") or source.get("url")
        if not isinstance(items, list):
            raise ValueError("a list page needs a 'laml_bins' array")
        return cls(
            bins=tuple(LamlBin.from_json(item) for item in items),
            page=int(page) if page is not None else None,
            page_size=int(page_size) if page_size is not None else None,
            uri=str(uri) if uri else None,
            first_page_uri=link("first_page"),
            next_page_uri=link("next_page"),
            previous_page_uri=link("previous_page"),
        )
