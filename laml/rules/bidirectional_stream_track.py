"""A bidirectional ``<Connect><Stream>`` carries only the inbound track.

Fails::

    <Response><Connect><Stream url="wss://example.com/a" track="both_tracks"/></Connect></Response>

Passes::

    <Response><Connect><Stream url="wss://example.com/a"/></Connect></Response>

Passes::

    <Response><Start><Stream url="wss://example.com/a" track="both_tracks"/></Start></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML117"
NAME = "bidirectional-stream-track"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for stream in ctx.elements("Stream"):
        parent = stream.getparent()
        track = stream.get("track")
        if parent is not None and parent.tag == "Connect" and track not in (None, "inbound_track"):
            yield Finding(stream, f"a <Connect><Stream> is bidirectional and takes only "
                          f"track=\"inbound_track\", got {track!r}", attribute="track",
                          hint="remove track, or use <Start><Stream> to fork both tracks")
