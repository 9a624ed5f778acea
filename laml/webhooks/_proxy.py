"""The public URL of a request: what the platform requested, rebuilt behind proxies.

A signature covers the URL the platform requested. Behind a proxy, a load balancer or a tunnel the
app sees another one (``http`` for ``https``, an internal host or port, a path without its
prefix). Forwarded headers (``Forwarded``, ``X-Forwarded-Proto``/``-Host``/``-Port``/``-Prefix``)
say what the proxy received, but anyone can send them: they are read only when the request comes
from a proxy the app declared trusted. An explicit public URL replaces all of that.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = [
    "FORWARDING_HEADERS",
    "ForwardedValues",
    "TrustedProxies",
    "forwarded_values",
    "request_url",
]

FORWARDING_HEADERS = frozenset({
    "host", "forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host",
    "x-forwarded-port", "x-forwarded-prefix",
})

_HOST = re.compile(r"(?:[A-Za-z0-9_.\-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
_PORT = re.compile(r"[0-9]{1,5}")
_PREFIX = re.compile(r"/(?!/)[^?#\s\\]*")
#: the most entries read from one forwarding header
_MAX_ENTRIES = 32
_DEFAULT_PORTS = {"https": "443", "http": "80"}


@dataclass(frozen=True, slots=True)
class ForwardedValues:
    """What forwarded headers say about the original request (None where they say nothing)."""

    proto: str | None = None
    host: str | None = None
    port: str | None = None
    prefix: str | None = None


def _split_list(value: str) -> list[str]:
    """The comma-separated entries of a header (quoted strings kept whole), at most a few."""
    entries: list[str] = []
    current: list[str] = []
    quoted = False
    for char in value[: 64 * _MAX_ENTRIES]:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            entries.append("".join(current).strip())
            current = []
            if len(entries) >= _MAX_ENTRIES:
                return entries
        else:
            current.append(char)
    entries.append("".join(current).strip())
    return entries


def _forwarded_elements(value: str) -> list[dict[str, str]]:
    """The elements of an RFC 7239 ``Forwarded`` header, each a dict of lower-case names."""
    elements = []
    for entry in _split_list(value):
        element: dict[str, str] = {}
        for pair in entry.split(";"):
            name, eq, item = pair.partition("=")
            if eq:
                item = item.strip()
                if len(item) >= 2 and item[0] == item[-1] == '"':
                    item = item[1:-1].replace('\\"', '"')
                element[name.strip().lower()] = item
        elements.append(element)
    return elements


def _pick(values: list[str], hops: int) -> str | None:
    values = [v for v in values if v]
    if not values:
        return None
    return values[max(len(values) - hops, 0)]


def forwarded_values(headers: Mapping[str, str], hops: int = 1) -> ForwardedValues:
    """What the forwarded headers in ``headers`` (lower-case names) say, read ``hops`` proxies back.

    Each proxy appends its entry; with ``hops`` trusted proxies in a row the entry the first of
    them added is the ``hops``-th from the right. ``Forwarded`` wins over ``X-Forwarded-Proto`` and
    ``X-Forwarded-Host``. Values that are not a scheme, a host, a port or a path are ignored.
    """
    proto = host = None
    if "forwarded" in headers:
        elements = _forwarded_elements(headers["forwarded"])
        proto = _pick([e.get("proto", "") for e in elements], hops)
        host = _pick([e.get("host", "") for e in elements], hops)
    if proto is None and "x-forwarded-proto" in headers:
        proto = _pick(_split_list(headers["x-forwarded-proto"]), hops)
    if host is None and "x-forwarded-host" in headers:
        host = _pick(_split_list(headers["x-forwarded-host"]), hops)
    port = _pick(_split_list(headers.get("x-forwarded-port", "")), hops)
    prefix = _pick(_split_list(headers.get("x-forwarded-prefix", "")), hops)
    if proto is not None:
        proto = proto.lower()
        if proto not in _DEFAULT_PORTS:
            proto = None
    if host is not None and not _HOST.fullmatch(host):
        host = None
    if port is not None and not _PORT.fullmatch(port):
        port = None
    if prefix is not None and not _PREFIX.fullmatch(prefix):
        prefix = None
    return ForwardedValues(proto, host, port, prefix)


class TrustedProxies:
    """The proxies whose forwarded headers an app believes: addresses, networks or names.

    Entries are IP addresses (``10.0.0.7``), networks (``10.0.0.0/8``, ``fd00::/8``), ``*`` for any
    peer (when nothing can reach the app but through its proxy), or other names matched exactly
    (a Unix socket peer, a test client's ``testclient``).

    >>> TrustedProxies(["10.0.0.0/8"]).trusts("10.1.2.3"), TrustedProxies([]).trusts("10.1.2.3")
    (True, False)
    """

    __slots__ = ("_any", "_names", "_networks", "entries")

    def __init__(self, entries: Iterable[str] = ()) -> None:
        if isinstance(entries, str):
            entries = [e for e in entries.replace(",", " ").split() if e]
        self.entries: tuple[str, ...] = tuple(entries)
        networks = []
        names = set()
        for entry in self.entries:
            try:
                networks.append(ipaddress.ip_network(entry.strip(), strict=False))
            except ValueError:
                names.add(entry.strip())
        self._networks = tuple(networks)
        self._any = "*" in names
        self._names = frozenset(names - {"*"})

    def __repr__(self) -> str:
        return f"TrustedProxies({list(self.entries)!r})"

    def __bool__(self) -> bool:
        return bool(self.entries)

    def trusts(self, peer: str | None) -> bool:
        """Whether ``peer`` (an address; None when unknown) is a trusted proxy."""
        if self._any:
            return True
        if not peer:
            return False
        if peer in self._names:
            return True
        try:
            address = ipaddress.ip_address(peer.strip("[]"))
        except ValueError:
            return False
        return any(address in network for network in self._networks)

    def hops(self, peer: str | None, headers: Mapping[str, str]) -> int:
        """How many trusted proxies in a row forwarded this request (0 when ``peer`` is not one)."""
        if not self.trusts(peer):
            return 0
        if "forwarded" in headers:
            chain = [e.get("for", "") for e in _forwarded_elements(headers["forwarded"])]
        else:
            chain = _split_list(headers.get("x-forwarded-for", ""))
        hops = 1
        # the rightmost entries were added by proxies: each one trusted is one more hop
        for address in reversed(chain[1:]):
            if not self.trusts(_address(address)):
                break
            hops += 1
        return hops


def _address(value: str) -> str:
    value = value.strip().strip('"')
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


def request_url(
    scheme: str,
    host: str,
    target: str,
    *,
    headers: Mapping[str, str],
    peer: str | None = None,
    trusted_proxies: TrustedProxies | None = None,
    public_url: str | None = None,
) -> str:
    """The URL the platform requested, as well as the app can tell.

    ``scheme`` and ``host`` (``Host`` header, maybe with a port) are what the server saw; ``target``
    the raw path and query (``/voice?x=1``); ``headers`` the forwarding headers (lower-case names);
    ``peer`` the address the request came from. ``public_url`` (scheme, host and any path prefix in
    front of what the app sees, such as ``https://example.com/app``) wins over everything;
    otherwise forwarded headers count only when ``peer`` is a trusted proxy.
    """
    if not target.startswith("/"):
        target = "/" + target
    if public_url:
        return public_url.rstrip("/") + target
    if trusted_proxies is not None:
        hops = trusted_proxies.hops(peer, headers)
        if hops:
            values = forwarded_values(headers, hops)
            if values.proto:
                scheme = values.proto
                if not values.host and not values.port:
                    host = _strip_port(host)
            if values.host:
                host = values.host
            if values.port:
                host = f"{_strip_port(host)}:{values.port}"
            if values.prefix:
                target = values.prefix.rstrip("/") + target
    default = _DEFAULT_PORTS.get(scheme, "")
    if default and host.endswith(":" + default):
        host = host[: -len(default) - 1]
    return f"{scheme}://{host}{target}"


def _strip_port(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if ":" in host else host
