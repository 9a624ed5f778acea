"""Reading documents back into typed trees, safely.

:func:`parse` accepts text, bytes or a path and returns the document's root as a laml element
(``VoiceResponse``, ``MessagingResponse`` or ``FaxResponse`` for a ``<Response>``; the class of
the tag otherwise), with attribute order, mixed content, comments, unknown elements (as
:class:`~laml.GenericNode`) and each element's ``sourceline`` kept.

Documents come from untrusted places, so reading one never expands entities, never reads a
DTD or any external resource, never touches the network and never processes XInclude; depth
is bounded by libxml2 (256 levels) and size by ``max_bytes``. A document with a DOCTYPE is
refused outright: the platform refuses it too. Every failure is a :class:`laml.ParseError`
with a line and a column.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any, Literal

from lxml import etree

from laml._element import CHANNELS, Element
from laml.errors import ParseError

__all__ = ["DEFAULT_MAX_BYTES", "detect_channel", "parse", "read_source"]

#: Largest document :func:`parse` reads unless told otherwise.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

Source = str | bytes | os.PathLike[str]
ChannelName = Literal["voice", "messaging", "fax"]

_ENCODING_DECLARATION = re.compile(
    r"""\A(\ufeff?\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2"""
)
_POSITION_SUFFIX = re.compile(r",? line \d+(, column \d+)?\s*$")

_local = threading.local()


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``source``: a path (``os.PathLike``), text, or bytes.

    A ``str`` is the document itself, unless it has no ``<`` and names an existing file.
    Text is encoded as UTF-8 and any encoding its XML declaration states is dropped (the text
    is already decoded). More than ``max_bytes`` raises :class:`ParseError`.
    """
    if isinstance(source, str) and "<" not in source and len(source) < 4096:
        try:
            if source.strip() and os.path.isfile(source):
                from pathlib import Path  # (only here: pathlib is slow to import)

                source = Path(source)
        except (OSError, ValueError):
            pass
    if isinstance(source, os.PathLike):
        try:
            with open(source, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ParseError(f"cannot read {os.fspath(source)!r}: {exc.strerror}", 1, 1) from None
    elif isinstance(source, str):
        text = _ENCODING_DECLARATION.sub(r"\1", source, count=1)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            line, column = _line_column(text, exc.start)
            raise ParseError("the text holds a lone surrogate character", line, column) from None
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        raise TypeError(f"cannot parse a {type(source).__name__}; pass text, bytes or a path")
    if len(data) > max_bytes:
        raise ParseError(
            f"the document is larger than {max_bytes} bytes", 1, 1, platform_code=11750
        )
    return data


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _parser(channel: str) -> etree.XMLParser:
    parsers: dict[str, etree.XMLParser] | None = getattr(_local, "parsers", None)
    if parsers is None:
        parsers = _local.parsers = {}
    parser = parsers.get(channel)
    if parser is None:
        _load_channels()
        parser = parsers[channel] = CHANNELS[channel].new_parser()
    return parser


def _load_channels() -> None:
    import laml.fax
    import laml.messaging
    import laml.voice  # noqa: F401


def parse_bytes(data: bytes, parser: etree.XMLParser) -> etree._Element:
    """Parse ``data`` with ``parser``; every failure becomes a :class:`ParseError`."""
    if not data or (data[:1].isspace() and not data.strip()):
        raise ParseError("the document is empty", 1, 1)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (1, 1)
        message = _POSITION_SUFFIX.sub("", exc.msg or "not well-formed XML")
        raise ParseError(message, max(line, 1), max(column, 1)) from None
    except (ValueError, TypeError) as exc:  # e.g. an encoding libxml2 does not know
        raise ParseError(str(exc), 1, 1) from None
    if root is None:
        raise ParseError("the document has no root element", 1, 1)
    info: Any = root.getroottree().docinfo
    if info.internalDTD is not None or info.externalDTD is not None:  # any DOCTYPE makes one
        index = data.find(b"<!DOCTYPE")
        line = data.count(b"\n", 0, index) + 1 if index >= 0 else 1
        raise ParseError(
            "DOCTYPE declarations are not allowed (entities and DTDs are never processed)",
            line,
            1,
        )
    return root


def _exclusive_tags() -> dict[str, ChannelName]:
    """Tags that belong to one channel only, with that channel."""
    if _EXCLUSIVE:
        return _EXCLUSIVE
    from laml.vocabulary import CHANNELS, channel_elements

    owners: dict[str, list[ChannelName]] = {}
    for channel in CHANNELS:
        for spec in channel_elements(channel):
            if channel not in owners.setdefault(spec.tag, []):
                owners[spec.tag].append(channel)
    for tag, channels in owners.items():
        if len(channels) == 1:
            _EXCLUSIVE[tag] = channels[0]
    return _EXCLUSIVE


_EXCLUSIVE: dict[str, ChannelName] = {}


def detect_channel(root: etree._Element) -> ChannelName:
    """Which channel a document is for: that of the first verb under the root that belongs to
    one channel only (``<Message>`` → messaging, ``<Receive>`` → fax, ``<Say>`` → voice);
    voice when there is none."""
    exclusive = _exclusive_tags()
    for child in root:
        channel = exclusive.get(child.tag)  # (comments and instructions get None)
        if channel is not None:
            return channel
    return "voice"


def parse(
    source: Source,
    *,
    channel: ChannelName | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Element:
    """Parse a document into a typed laml tree.

    ``channel`` forces the vocabulary (``"voice"``, ``"messaging"`` or ``"fax"``); by default
    it is chosen from the verbs under the root (``<Message>`` → messaging, ``<Receive>`` →
    fax, anything else → voice).
    """
    data = read_source(source, max_bytes)
    root = parse_bytes(data, _parser(channel or "voice"))
    if channel is None:
        detected = detect_channel(root)
        if detected != "voice":
            root = parse_bytes(data, _parser(detected))
    if not isinstance(root, Element):  # pragma: no cover - every lookup yields Element classes
        raise ParseError(f"unexpected root <{root.tag}>", 1, 1)
    return root

