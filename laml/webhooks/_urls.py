"""URL variants: the ones a valid signature may cover, and the ones that explain a failure.

The platform signs the URL it requested. The app sees that URL only as rebuilt from the request,
so a signature can cover a slightly different spelling of it: the default port written or left
out (accepted), or, after a proxy rewrote the request, another scheme, host, port or query
encoding (refused, and named in the reason).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode

from laml.webhooks._form import MAX_FIELDS

__all__ = [
    "URLParts",
    "accepted_variants",
    "diagnostic_variants",
    "shown",
    "without_credentials",
]

DEFAULT_PORTS = {"https": "443", "http": "80"}


@dataclass(frozen=True, slots=True)
class URLParts:
    """An absolute URL split without normalizing anything: ``scheme://userinfo@host:port/rest``."""

    scheme: str
    userinfo: str | None
    host: str
    port: str | None
    #: path, query and fragment exactly as written
    rest: str

    @classmethod
    def split(cls, url: str) -> URLParts | None:
        """The parts of ``url``, or None when it is not ``scheme://authority...``."""
        scheme, sep, after = url.partition("://")
        if not sep or not scheme or not scheme.isascii() or not scheme.isalpha():
            return None
        end = len(after)
        for mark in "/?#":
            at = after.find(mark)
            if at != -1 and at < end:
                end = at
        authority, rest = after[:end], after[end:]
        userinfo, at_sign, hostport = authority.rpartition("@")
        port: str | None = None
        if hostport.startswith("["):
            close = hostport.find("]")
            if close == -1:
                host, tail = hostport, ""
            else:
                host, tail = hostport[: close + 1], hostport[close + 1 :]
            if tail.startswith(":"):
                port = tail[1:]
            elif tail:
                host = hostport
        else:
            host, colon, maybe = hostport.rpartition(":")
            if colon:
                port = maybe
            else:
                host = hostport
        return cls(scheme, userinfo if at_sign else None, host, port, rest)

    def join(self) -> str:
        """The URL these parts spell."""
        auth = f"{self.userinfo}@" if self.userinfo is not None else ""
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{auth}{self.host}{port}{self.rest}"

    def replace(self, **changes: object) -> URLParts:
        """A copy with some parts changed."""
        values: dict[str, object] = {
            "scheme": self.scheme, "userinfo": self.userinfo, "host": self.host,
            "port": self.port, "rest": self.rest,
        }
        values.update(changes)
        return URLParts(**values)  # type: ignore[arg-type]

    @property
    def default_port(self) -> str:
        return DEFAULT_PORTS.get(self.scheme.lower(), "80")


def accepted_variants(url: str) -> Iterator[tuple[str, str]]:
    """The other spellings of ``url`` a valid signature may cover, with a label each.

    The default port of the scheme written out when ``url`` has none, or left out when ``url``
    has it (both platforms' libraries try both).
    """
    parts = URLParts.split(url)
    if parts is None:
        return
    if parts.port is None:
        yield parts.replace(port=parts.default_port).join(), f"with port {parts.default_port}"
    elif parts.port == parts.default_port:
        yield parts.replace(port=None).join(), f"without port {parts.port}"


def with_port_variants(url: str, label: str) -> Iterator[tuple[str, str]]:
    """``url`` and its accepted variants, all under ``label``."""
    yield url, label
    for other, _ in accepted_variants(url):
        yield other, label


def _query_variants(parts: URLParts) -> Iterator[tuple[URLParts, str]]:
    path_query, hash_mark, fragment = parts.rest.partition("#")
    path, question, query = path_query.partition("?")
    suffix = hash_mark + fragment
    if path.endswith("/") and len(path) > 1:
        changed, label = path[:-1], "without the trailing slash"
    else:
        changed, label = path + "/", "with a trailing slash"
    yield parts.replace(rest=changed + question + query + suffix), label
    if hash_mark:
        yield parts.replace(rest=path_query), "without the fragment"
    if not query:
        return
    yield parts.replace(rest=path + suffix), "without the query string"
    decoded = unquote(query)
    if decoded != query:
        yield parts.replace(rest=f"{path}?{decoded}{suffix}"), "with the query string decoded"
    try:
        pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:  # more fields than any request of the platform: no re-encoded variant
        return
    for label, quote_via in (("with '+' for spaces", None), ("with '%20' for spaces", quote)):
        encoded = urlencode(pairs) if quote_via is None else urlencode(pairs, quote_via=quote)
        if encoded != query:
            yield parts.replace(rest=f"{path}?{encoded}{suffix}"), f"the query re-encoded {label}"


def diagnostic_variants(url: str, headers: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """Spellings of ``url`` that a proxy, tunnel or framework may have changed, with a label each.

    ``headers`` (lower-case names) may hold ``host``, ``x-forwarded-proto``, ``x-forwarded-host``,
    ``x-forwarded-port``, ``x-forwarded-prefix`` and ``forwarded``: they are read here only to
    explain a failure, never to accept a request.
    """
    parts = URLParts.split(url)
    if parts is None:
        return
    other = "http" if parts.scheme.lower() == "https" else "https"
    port = None if parts.port == parts.default_port else parts.port
    swapped = parts.replace(scheme=other, port=port)
    yield from with_port_variants(swapped.join(), f"scheme {other} instead of {parts.scheme}")
    if parts.port is not None and parts.port != parts.default_port:
        label = f"without port {parts.port}"
        yield from with_port_variants(parts.replace(port=None).join(), label)
        yield from with_port_variants(swapped.replace(port=None).join(), f"{label}, scheme {other}")
    if parts.userinfo is not None:
        bare = parts.replace(userinfo=None).join()
        yield from with_port_variants(bare, "without the credentials")
    for changed, label in _query_variants(parts):
        yield from with_port_variants(changed.join(), label)
    forwarded = _forwarded_url(parts, headers)
    if forwarded is not None:
        yield from with_port_variants(forwarded[0], forwarded[1])


def _forwarded_url(parts: URLParts, headers: Mapping[str, str]) -> tuple[str, str] | None:
    from laml.webhooks._proxy import forwarded_values

    values = forwarded_values(headers, hops=1)
    said = []
    changed = parts
    if values.proto and values.proto != parts.scheme:
        changed = changed.replace(scheme=values.proto, port=None)
        said.append(f"proto {values.proto}")
    host = values.host or headers.get("host")
    if host and host != parts.host + (f":{parts.port}" if parts.port else ""):
        hostparts = URLParts.split(f"{changed.scheme}://{host}")
        if hostparts is not None:
            changed = changed.replace(host=hostparts.host, port=hostparts.port)
            said.append(f"host {host}")
    if values.port:
        changed = changed.replace(port=values.port)
        said.append(f"port {values.port}")
    if values.prefix:
        changed = changed.replace(rest=values.prefix.rstrip("/") + changed.rest)
        said.append(f"prefix {values.prefix}")
    if not said:
        return None
    return changed.join(), "as the forwarded headers describe it (" + ", ".join(said) + ")"


def without_credentials(url: str) -> str | None:
    """``url`` without the ``user:password@`` written in it, or None when it has none."""
    parts = URLParts.split(url)
    if parts is None or parts.userinfo is None:
        return None
    return parts.replace(userinfo=None).join()


def shown(url: str, limit: int = 200) -> str:
    """``url`` fit for a message: any password replaced by ``***``, long URLs shortened."""
    parts = URLParts.split(url)
    if parts is not None and parts.userinfo is not None and ":" in parts.userinfo:
        user = parts.userinfo.split(":", 1)[0]
        url = parts.replace(userinfo=f"{user}:***").join()
    return url if len(url) <= limit else url[: limit - 1] + "…"
