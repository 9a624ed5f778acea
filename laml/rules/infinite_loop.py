"""``loop="0"`` repeats ``<Say>`` or ``<Play>`` until the call ends.

Fine for hold music; a mistake anywhere the document should go on.

Fails::

    <Response><Play loop="0">https://example.com/music.mp3</Play><Say>Never reached</Say></Response>

Passes::

    <Response><Play loop="3">https://example.com/music.mp3</Play></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML130"
NAME = "infinite-loop"
SEVERITY = "info"
PLATFORM_CODE = None
CHANNELS = ("voice",)
OPTIONS: dict[str, object] = {}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements("Say", "Play"):
        if (el.get("loop") or "").strip() == "0":
            later = el.getnext() is not None or (
                el.getparent() is not None and el.getparent().getnext() is not None  # type: ignore[union-attr]
            )
            yield Finding(el, f"<{el.tag} loop=\"0\"> repeats until the call ends"
                          + ("; what follows never runs" if later else ""),
                          attribute="loop", severity="warning" if later else None)
