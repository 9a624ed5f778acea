"""A ``<Message>`` carries at most 10 ``<Media>``.

Fails (channel=messaging, max=1)::

    <Response><Message><Media>https://example.com/a.png</Media><Media>https://example.com/b.png</Media></Message></Response>

Passes (channel=messaging)::

    <Response><Message><Media>https://example.com/a.png</Media></Message></Response>
"""

from __future__ import annotations

from collections.abc import Iterator

from laml.rules import Context, Finding

CODE = "LAML109"
NAME = "too-many-media"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("messaging",)
SUPERSEDES = ("LAML010",)
OPTIONS: dict[str, object] = {"max": 10}


def check(ctx: Context) -> Iterator[Finding]:
    limit = int(ctx.options["max"])
    for message in ctx.elements("Message"):
        media = list(message.iterchildren("Media"))
        if len(media) > limit:
            yield Finding(
                media[limit],
                f"<Message> has {len(media)} <Media>; at most {limit} are sent",
                hint="send the rest in another <Message>",
            )
