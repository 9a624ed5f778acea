"""URLs to loopback or private addresses: the platform fetches URLs from the internet.

``http://localhost:5000/voice``, ``http://127.0.0.1/…``, ``http://192.168.1.20/…``,
``http://10.0.0.5/…`` or a host under ``.local``, ``.internal``, ``.lan`` or ``.home.arpa``
cannot be reached from the platform: the request fails when the verb needs it (the call hears
an application error, a callback is lost). Checked on every URL attribute and on the text of
``<Play>``, ``<Redirect>`` and ``<Media>``; ``<Stream>`` URLs too.

Fails::

    <Response><Gather action="http://localhost:5000/menu"><Say>Press 1</Say></Gather></Response>

Fails::

    <Response><Redirect>http://192.168.1.20/next.xml</Redirect></Response>

Fails::

    <Response><Connect><Stream url="wss://10.0.0.5/audio"/></Connect></Response>

Passes::

    <Response><Gather action="https://ivr.example.com/menu"/><Redirect>/next</Redirect></Response>
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from urllib.parse import urlsplit

from laml.rules import Context, Finding

CODE = "LAML138"
NAME = "private-url"
SEVERITY = "warning"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}

_TEXT_URLS = frozenset({"Play", "Redirect", "Media"})
_PRIVATE_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")


def unreachable(url: str) -> str | None:
    """Why the platform cannot reach ``url`` (``None``: it may)."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    if host == "localhost" or host.endswith(_PRIVATE_SUFFIXES):
        return f"{host} is a local name"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if address.is_loopback:
        return f"{host} is a loopback address"
    if address.is_unspecified:
        return f"{host} is no address to connect to"
    if address.is_link_local:
        return f"{host} is a link-local address"
    if address.is_private:
        return f"{host} is a private address"
    return None


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements(*_TEXT_URLS):
        if el.text and "://" in el.text and ctx.spec(el) is not None:
            why = unreachable(el.text)
            if why is not None:
                yield Finding(el, f"<{el.tag}> URL {el.text.strip()!r}: {why} the platform "
                              "cannot reach", hint=_HINT)
    for el, name, value, t in ctx.typed_attributes():
        why = unreachable(value) if t.url and "://" in value else None
        if why is not None:
            yield Finding(el, f"`{name}` {value!r}: {why} the platform cannot reach",
                          attribute=name, hint=_HINT)


_HINT = ("the platform requests URLs over the internet: use a public host (to develop "
         "locally, expose your server through a tunnel)")
