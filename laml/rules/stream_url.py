"""``<Stream>`` URLs must be ``wss://`` URLs without a query string.

The platform connects to the stream over secure WebSocket only, and drops a query string
silently: pass values with ``<Parameter>`` instead.

Fails::

    <Response><Start><Stream url="https://example.com/audio"/></Start></Response>

Fails::

    <Response><Connect><Stream url="wss://example.com/audio?caller=1"/></Connect></Response>

Fails::

    <Response><Connect><Stream url="wss://[example.com/audio"/></Connect></Response>

Passes::

    <Response><Connect>
      <Stream url="wss://example.com/audio"><Parameter name="caller" value="1"/></Stream>
    </Connect></Response>
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from laml.rules import Context, Finding

CODE = "LAML115"
NAME = "stream-url"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
SUPERSEDES = ("LAML005",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements("Stream", "Conference"):
        name = "url" if el.tag == "Stream" else "streamUrl"
        value = el.get(name)
        if value is None or "{{" in value or not value.strip():
            continue
        try:
            parts = urlsplit(value.strip())
        except ValueError as exc:  # e.g. "wss://[host/": an IPv6 bracket that never closes
            yield Finding(el, f"`{name}` {value!r} is not a valid URL ({exc})", attribute=name,
                          hint="streams use secure WebSockets: wss://host/path")
            continue
        if parts.scheme.lower() != "wss":
            yield Finding(el, f"`{name}` {value!r} must be a wss:// URL", attribute=name,
                          hint="streams use secure WebSockets: wss://host/path")
        elif parts.query:
            yield Finding(el, f"`{name}` {value!r} has a query string, which is dropped",
                          attribute=name, severity="warning",
                          hint="pass the values as <Parameter name=… value=…/> children")
