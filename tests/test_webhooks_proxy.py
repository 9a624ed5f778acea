"""The URL the platform called, rebuilt behind proxies: forwarded headers only from trusted ones."""

from __future__ import annotations

import pytest

from laml.webhooks import TrustedProxies, request_url
from laml.webhooks._proxy import forwarded_values

XF = {"x-forwarded-proto": "https", "x-forwarded-host": "public.example.com"}


def url(headers: dict[str, str], peer: str | None = "10.0.0.2", trusted: list[str] | None = None,
        public_url: str | None = None, host: str = "app:8000") -> str:
    proxies = TrustedProxies(trusted or [])
    return request_url("http", host, "/voice?x=1", headers=headers, peer=peer,
                       trusted_proxies=proxies, public_url=public_url)


def test_untrusted_forwarded_headers_are_ignored() -> None:
    assert url(XF) == "http://app:8000/voice?x=1"
    assert url(XF, trusted=["10.0.0.3"]) == "http://app:8000/voice?x=1"
    assert url(XF, peer=None, trusted=["10.0.0.0/8"]) == "http://app:8000/voice?x=1"


def test_trusted_proxy() -> None:
    assert url(XF, trusted=["10.0.0.0/8"]) == "https://public.example.com/voice?x=1"
    assert url({"x-forwarded-proto": "https"}, trusted=["10.0.0.2"]) == "https://app/voice?x=1"
    assert url({**XF, "x-forwarded-port": "8443"}, trusted=["*"]) == "https://public.example.com:8443/voice?x=1"
    assert url({**XF, "x-forwarded-prefix": "/hooks/"}, trusted=["*"]) == "https://public.example.com/hooks/voice?x=1"
    assert url({"x-forwarded-proto": "https", "x-forwarded-host": "public.example.com:443"},
               trusted=["*"]) == "https://public.example.com/voice?x=1"


def test_rfc7239_forwarded_wins() -> None:
    headers = {**XF, "forwarded": 'for=1.2.3.4;proto=https;host="edge.example.com"'}
    assert url(headers, trusted=["10.0.0.2"]) == "https://edge.example.com/voice?x=1"


def test_chains_of_proxies() -> None:
    # client -> CDN (203.0.113.9) -> ingress (10.0.0.2) -> app; each appends its entry
    headers = {"x-forwarded-for": "198.51.100.7, 203.0.113.9",
               "x-forwarded-proto": "https, http", "x-forwarded-host": "public.example.com, ingress"}
    assert url(headers, trusted=["10.0.0.0/8"]) == "http://ingress/voice?x=1"
    assert url(headers, trusted=["10.0.0.0/8", "203.0.113.0/24"]) == "https://public.example.com/voice?x=1"


def test_spoofed_values_are_refused() -> None:
    bad = {"x-forwarded-proto": "javascript", "x-forwarded-host": "evil.com/path@x",
           "x-forwarded-port": "99999999", "x-forwarded-prefix": "//evil"}
    assert forwarded_values(bad) == forwarded_values({})
    assert url(bad, trusted=["*"]) == "http://app:8000/voice?x=1"


def test_public_url_wins() -> None:
    assert url(XF, public_url="https://example.com/app/") == "https://example.com/app/voice?x=1"


def test_trusted_proxies_entries() -> None:
    proxies = TrustedProxies("10.0.0.1, fd00::/8 testclient")
    assert proxies.trusts("10.0.0.1") and proxies.trusts("fd00::5") and proxies.trusts("testclient")
    assert not proxies.trusts("10.0.0.2") and not proxies.trusts("") and not proxies.trusts("x")
    assert repr(proxies) == "TrustedProxies(['10.0.0.1', 'fd00::/8', 'testclient'])"


@pytest.mark.parametrize("size", [10, 10_000])
def test_long_headers_are_bounded(size: int) -> None:
    headers = {"x-forwarded-for": ", ".join(["10.0.0.9"] * size), "x-forwarded-proto": "https"}
    assert url(headers, trusted=["10.0.0.0/8"]).startswith("https://")
