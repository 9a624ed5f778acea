"""Fax documents: ``FaxResponse``, ``Receive`` and ``Reject``.

Generated from :mod:`laml.vocabulary` by ``python -m laml._codegen``: edit the vocabulary, not
this file. Classes and keywords marked *SignalWire only* or *Twilio only* belong to one dialect; the builder accepts both and validation tells them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from lxml import etree

from laml._element import ChannelClasses, Element, GenericNode, recover
from laml._element import attr_value as _v
from laml._element import read_attribute as _read
from laml._element import set_extra as _extra

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from typing import ClassVar, Unpack

    from laml._element import Comment, NoExtraKeywords, ProcessingInstruction

__all__ = [
    "FaxResponse",
    "Receive",
    "Reject",
]

_sub: Any = etree.SubElement
_CLASSES = ChannelClasses("fax")


class _FaxElement(Element):
    """Base of the fax element classes."""

    PARSER: ClassVar[object] = _CLASSES.parser
    _CHANNEL = "fax"


def _fill_Receive(
    el: Any,
    action: Any,
    method: Any,
    media_type: Any,
    page_size: Any,
    store_media: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if media_type is not None:
            el.set("mediaType", media_type if media_type.__class__ is str else _v(media_type))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if page_size is not None:
            el.set("pageSize", page_size if page_size.__class__ is str else _v(page_size))
        if store_media is not None:
            el.set("storeMedia", "true" if store_media is True else "false" if store_media is False else store_media if store_media.__class__ is str else _v(store_media))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Receive, action, method, media_type, page_size, store_media, kwargs)


def _fill_Reject(el: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Reject, kwargs)


def _add_Receive(
    self: Element,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    media_type: Literal["application/pdf", "image/tiff"] | None = None,
    page_size: Literal["letter", "legal", "a4"] | None = None,
    store_media: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Receive:
    """Add a <Receive>: Receives the incoming fax."""
    el: Receive = _sub(self, "Receive")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if media_type is not None:
            el.set("mediaType", media_type if media_type.__class__ is str else _v(media_type))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if page_size is not None:
            el.set("pageSize", page_size if page_size.__class__ is str else _v(page_size))
        if store_media is not None:
            el.set("storeMedia", "true" if store_media is True else "false" if store_media is False else store_media if store_media.__class__ is str else _v(store_media))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Receive, action, method, media_type, page_size, store_media, kwargs)
    return el


def _add_Reject(self: Element, **kwargs: Unpack[NoExtraKeywords]) -> Reject:
    """Add a <Reject>: Rejects the incoming fax. (SignalWire only)"""
    el: Reject = _sub(self, "Reject")
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Reject, kwargs)
    return el


class FaxResponse(_FaxElement):
    """<Response>: The root of a fax document.
    """

    TAG: ClassVar[str] = "Response"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Receive", "Reject"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        if kwargs:
            _extra(self, kwargs)

    receive = _add_Receive
    reject = _add_Reject

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Receive
            | Reject
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Receive | Reject | GenericNode]: ...


class Receive(_FaxElement):
    """<Receive>: Receives the incoming fax.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``media_type`` → ``mediaType``: format to store the fax in
    * ``page_size`` → ``pageSize``: page size of the stored fax
    * ``store_media`` → ``storeMedia``: keep a copy of the fax (Twilio only)
    """

    TAG: ClassVar[str] = "Receive"
    _KNOWN = frozenset({"action", "method", "mediaType", "pageSize", "storeMedia"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        media_type: Literal["application/pdf", "image/tiff"] | None = None,
        page_size: Literal["letter", "legal", "a4"] | None = None,
        store_media: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Receive(self, action, method, media_type, page_size, store_media, kwargs)

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def media_type(self) -> Literal["application/pdf", "image/tiff"] | None:
        """``mediaType``: format to store the fax in; ``None`` when absent."""
        return _read(
            self,
            "mediaType",
            (("application/pdf", "image/tiff",),),
            "one of application/pdf, image/tiff",
        )

    @property
    def page_size(self) -> Literal["letter", "legal", "a4"] | None:
        """``pageSize``: page size of the stored fax; ``None`` when absent."""
        return _read(self, "pageSize", (("letter", "legal", "a4",),), "one of letter, legal, a4")

    @property
    def store_media(self) -> bool | None:
        """``storeMedia``: keep a copy of the fax; ``None`` when absent."""
        return _read(self, "storeMedia", ("b",), "true or false")


class Reject(_FaxElement):
    """<Reject>: Rejects the incoming fax. (SignalWire only)
    """

    TAG: ClassVar[str] = "Reject"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Reject(self, kwargs)


_CLASSES.register((FaxResponse, Receive, Reject,), {})
