"""Streams need unique names to be stopped: ``<Stop><Stream>`` names the stream to stop.

Fails::

    <Response><Start><Stream url="wss://example.com/a"/></Start><Stop><Stream/></Stop></Response>

Fails::

    <Response><Start>
      <Stream name="a" url="wss://example.com/a"/><Stream name="a" url="wss://example.com/b"/>
    </Start></Response>

Passes::

    <Response>
      <Start><Stream name="a" url="wss://example.com/a"/></Start>
      <Stop><Stream name="a"/></Stop>
    </Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML131"
NAME = "stream-name"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for stream in ctx.elements("Stream"):
        parent = stream.getparent()
        name = stream.get("name")
        if parent is not None and parent.tag == "Stop":
            if not name:
                yield Finding(stream, "<Stop><Stream> needs the name of the stream to stop",
                              hint="give the stream a name when you start it, and use it here")
            continue
        if name:
            if name in seen:
                yield Finding(stream, f"two streams are named {name!r}; names must be unique",
                              attribute="name")
            seen.add(name)
