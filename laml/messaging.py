"""Messaging documents: ``MessagingResponse``, ``Message``, ``Body``, ``Media``, ``Redirect``.

Generated from :mod:`laml.vocabulary` by ``python -m laml._codegen``: edit the vocabulary, not
this file. Classes and keywords marked *SignalWire only* or *Twilio only* belong to one dialect; the builder accepts both and validation tells them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from lxml import etree

from laml._element import BodyValue, ChannelClasses, Element, GenericNode, recover
from laml._element import attr_value as _v
from laml._element import body_text as _t
from laml._element import read_attribute as _read
from laml._element import set_extra as _extra

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from typing import ClassVar, Unpack

    from laml._element import Comment, NoExtraKeywords, ProcessingInstruction

__all__ = [
    "Body",
    "Media",
    "Message",
    "MessagingResponse",
    "Redirect",
]

_sub: Any = etree.SubElement
_CLASSES = ChannelClasses("messaging")


class _MessagingElement(Element):
    """Base of the messaging element classes."""

    PARSER: ClassVar[object] = _CLASSES.parser
    _CHANNEL = "messaging"


def _fill_Redirect(el: Any, url: Any, method: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Redirect, url, method, kwargs)


def _fill_Message(
    el: Any,
    body: Any,
    to: Any,
    from_: Any,
    action: Any,
    method: Any,
    status_callback: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if from_ is not None:
            el.set("from", from_ if from_.__class__ is str else _v(from_))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if to is not None:
            el.set("to", to if to.__class__ is str else _v(to))
        if body is not None:
            el.text = body if body.__class__ is str and body else _t(body)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Message, body, to, from_, action, method, status_callback, kwargs)


def _fill_Media(el: Any, url: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Media, url, kwargs)


def _fill_Body(el: Any, message: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Body, message, kwargs)


def _add_Body(self: Element, message: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> Body:
    """Add a <Body>: Text of the message."""
    el: Body = _sub(self, "Body")
    try:
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Body, message, kwargs)
    return el


def _add_Media(self: Element, url: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> Media:
    """Add a <Media>: The URL of a media file to send with the message."""
    el: Media = _sub(self, "Media")
    try:
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Media, url, kwargs)
    return el


def _add_Message(
    self: Element,
    body: BodyValue | None = None,
    to: str | None = None,
    from_: str | None = None,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Message:
    """Add a <Message>: Sends a message: text, or <Body> and <Media>."""
    el: Message = _sub(self, "Message")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if from_ is not None:
            el.set("from", from_ if from_.__class__ is str else _v(from_))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if to is not None:
            el.set("to", to if to.__class__ is str else _v(to))
        if body is not None:
            el.text = body if body.__class__ is str and body else _t(body)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Message, body, to, from_, action, method, status_callback, kwargs)
    return el


def _add_Redirect(
    self: Element,
    url: BodyValue,
    method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Redirect:
    """Add a <Redirect>: Continues with the document at another URL."""
    el: Redirect = _sub(self, "Redirect")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Redirect, url, method, kwargs)
    return el


class MessagingResponse(_MessagingElement):
    """<Response>: The root of a messaging document.
    """

    TAG: ClassVar[str] = "Response"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Message", "Redirect"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        if kwargs:
            _extra(self, kwargs)

    message = _add_Message
    redirect = _add_Redirect

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Message
            | Redirect
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Message | Redirect | GenericNode]: ...


class Redirect(_MessagingElement):
    """<Redirect>: Continues with the document at another URL.

    Attributes (keyword → XML name):

    * ``method`` → ``method``: HTTP method for the action or URL request
    """

    TAG: ClassVar[str] = "Redirect"
    _KNOWN = frozenset({"method"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        url: BodyValue,
        *,
        method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Redirect(self, url, method, kwargs)

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")


class Message(_MessagingElement):
    """<Message>: Sends a message: text, or <Body> and <Media>.

    Attributes (keyword → XML name):

    * ``to`` → ``to``: destination phone number
    * ``from_`` → ``from``: sender phone number
    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback`` → ``statusCallback``: URL notified of delivery status (deprecated) (Twilio only)
    """

    TAG: ClassVar[str] = "Message"
    _KNOWN = frozenset({"to", "from", "action", "method", "statusCallback"})
    _CHILDREN = frozenset({"Body", "Media"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        body: BodyValue | None = None,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Message(self, body, to, from_, action, method, status_callback, kwargs)

    body = _add_Body
    media = _add_Media

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Body
            | Media
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Body | Media | GenericNode]: ...

    @property
    def to(self) -> str | None:
        """``to``: destination phone number; ``None`` when absent."""
        return _read(self, "to", ("s",), "text")

    @property
    def from_(self) -> str | None:
        """``from``: sender phone number; ``None`` when absent."""
        return _read(self, "from", ("s",), "text")

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of delivery status (deprecated); ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")


class Media(_MessagingElement):
    """<Media>: The URL of a media file to send with the message.
    """

    TAG: ClassVar[str] = "Media"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, url: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Media(self, url, kwargs)


class Body(_MessagingElement):
    """<Body>: Text of the message.
    """

    TAG: ClassVar[str] = "Body"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, message: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Body(self, message, kwargs)


_CLASSES.register((MessagingResponse, Redirect, Message, Media, Body,), {})
