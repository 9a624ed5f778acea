"""Reading documents back into typed trees, safely.

:func:`parse` accepts text, bytes or a path (``os.PathLike``) and returns the document's root
as a laml element (``VoiceResponse``, ``MessagingResponse`` or ``FaxResponse`` for a
``<Response>``; the class of the tag otherwise), with attribute order, mixed content,
comments, unknown elements (as :class:`~laml.GenericNode`) and each element's ``sourceline``
kept.

A ``str`` is always the text of a document, never a file name; only an ``os.PathLike``
(:class:`pathlib.Path`) is read from the file system.

Documents come from untrusted places, so reading one never expands entities, never reads a
DTD or any external resource, never touches the network and never processes XInclude; depth
is bounded by libxml2 (256 levels) and size by ``max_bytes``. A document with a DOCTYPE is
refused outright: the platform refuses it too. So is a declared encoding other than UTF-8 or
UTF-16 (UTF-7 would let text that is harmless as UTF-8 become markup). Every failure is a
:class:`laml.ParseError` with a line and a column.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any, Literal

from lxml import etree

from laml._element import CHANNELS, Element, PlainElement, _lx, plain
from laml.errors import ParseError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ChannelName",
    "Source",
    "check_encoding",
    "detect_channel",
    "encoding_declaration",
    "parse",
    "read_source",
]

#: Largest document :func:`parse` reads unless told otherwise.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

Source = str | bytes | os.PathLike[str]
ChannelName = Literal["voice", "messaging", "fax"]

_POSITION_SUFFIX = re.compile(r",? line \d+(, column \d+)?\s*$")
#: The start of an XML declaration (``<?xml`` and a space), after an optional byte order mark.
_DECLARATION_START = re.compile(r"\A\ufeff?[ \t\r\n]*<\?xml[ \t\r\n]")
_ENCODING_PSEUDO_ATTRIBUTE = re.compile(
    r"[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*([\"'])([^\"'>]*)\1"
)
#: The encodings a document may declare (compared without case, ``-`` and ``_``).
_ALLOWED_ENCODINGS = frozenset({"utf8", "utf16", "utf16le", "utf16be"})

_local = threading.local()


def read_source(
    source: Source, max_bytes: int = DEFAULT_MAX_BYTES, *, any_encoding: bool = False
) -> bytes:
    """The bytes of ``source``: text (a ``str``), bytes, or a path (an ``os.PathLike``).

    A ``str`` is always the document itself, never a file name: pass a :class:`pathlib.Path`
    to read a file. Text is encoded as UTF-8 and the encoding its XML declaration states is
    dropped (the text is already decoded), unless it is one :func:`check_encoding` refuses
    (and ``any_encoding`` is false). More than ``max_bytes`` raises :class:`ParseError`.
    """
    if isinstance(source, str):
        if len(source) > max_bytes:  # every character takes at least one byte
            raise _too_large(max_bytes)
        declared = encoding_declaration(source)
        if declared is not None and (any_encoding or _allowed(declared.group(2))):
            source = source[: declared.start()] + source[declared.end() :]
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError as exc:
            line, column = _line_column(source, exc.start)
            raise ParseError("the text holds a lone surrogate character", line, column) from None
    elif isinstance(source, os.PathLike):
        try:
            with open(source, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ParseError(f"cannot read {os.fspath(source)!r}: {exc.strerror}", 1, 1) from None
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        raise TypeError(
            f"cannot parse a {type(source).__name__}; pass text, bytes or a path (os.PathLike)"
        )
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    return data


def _too_large(max_bytes: int) -> ParseError:
    return ParseError(
        f"the document is larger than {max_bytes} bytes", 1, 1, platform_code=11750
    )


def check_encoding(data: bytes) -> None:
    """Refuse (:class:`ParseError`) a document in any encoding but UTF-8 and UTF-16, declared
    in its XML declaration or told by its first bytes (UTF-32).

    The platform reads the bytes in the encoding the document declares: in UTF-7, text that is
    harmless as UTF-8 (``+ADw-Say+AD4-``) is markup, so no check made here would hold there.
    """
    head = data[:1024]
    if head[:4] in _UTF32_STARTS:
        raise ParseError("the document is in UTF-32; only UTF-8 and UTF-16 are allowed", 1, 1)
    if head.startswith((b"\xff\xfe", b"<\x00?\x00")):
        text = head.removeprefix(b"\xff\xfe").decode("utf-16-le", "replace")
    elif head.startswith((b"\xfe\xff", b"\x00<\x00?")):
        text = head.removeprefix(b"\xfe\xff").decode("utf-16-be", "replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    declared = encoding_declaration(text)
    if declared is not None:
        _check_declared(text, declared)


_UTF32_STARTS = frozenset(
    {b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\x00\x00\x00<", b"<\x00\x00\x00"}
)


def encoding_declaration(text: str) -> re.Match[str] | None:
    """The `` encoding="…"`` of the XML declaration at the start of ``text``, if any (group 2
    is the name)."""
    start = _DECLARATION_START.match(text)
    if start is None:
        return None
    end = text.find(">", start.end())
    return _ENCODING_PSEUDO_ATTRIBUTE.search(
        text, start.end() - 1, end if end >= 0 else len(text)
    )


def _allowed(encoding: str) -> bool:
    return encoding.lower().replace("-", "").replace("_", "") in _ALLOWED_ENCODINGS


def _check_declared(text: str, declared: re.Match[str]) -> None:
    name = declared.group(2)
    if not _allowed(name):
        line, column = _line_column(text, declared.start(2))
        raise ParseError(
            f"the document declares the encoding {name!r}; only UTF-8 and UTF-16 are allowed",
            line,
            column,
        )


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


def _parse_bytes(
    data: bytes, parser: etree.XMLParser, *, any_encoding: bool = False
) -> etree._Element:
    """Parse ``data`` with ``parser``; every failure becomes a :class:`ParseError`, and so does
    an encoding other than UTF-8 and UTF-16 unless ``any_encoding`` (see
    :func:`check_encoding`)."""
    if not data or (data[:1].isspace() and not data.strip()):
        raise ParseError("the document is empty", 1, 1)
    if not any_encoding:
        check_encoding(data)
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


def detect_channel(root: PlainElement) -> ChannelName:
    """Which channel a document is for: that of the first verb under the root that belongs to
    one channel only (``<Message>`` → messaging, ``<Receive>`` → fax, ``<Say>`` → voice);
    voice when there is none."""
    exclusive = _exclusive_tags()
    for child in _lx(root):
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

    ``source`` is the document's text (a ``str``, never a file name), its bytes, or a path
    (an ``os.PathLike`` such as :class:`pathlib.Path`). ``channel`` forces the vocabulary
    (``"voice"``, ``"messaging"`` or ``"fax"``); by default it is chosen from the verbs under
    the root (``<Message>`` → messaging, ``<Receive>`` → fax, anything else → voice).
    """
    data = read_source(source, max_bytes)
    root = _parse_bytes(data, _parser(channel or "voice"))
    if channel is None:
        detected = detect_channel(plain(root))
        if detected != "voice":
            root = _parse_bytes(data, _parser(detected))
    if not isinstance(root, Element):  # pragma: no cover - every lookup yields Element classes
        raise ParseError(f"unexpected root <{root.tag}>", 1, 1)
    return root

