"""The language itself: every element, attribute, value type and nesting rule, in one place.

This module is the single source of the vocabulary. The typed builder modules
(:mod:`laml.voice`, :mod:`laml.messaging`, :mod:`laml.fax`) and the XSDs in ``schemas/`` are
generated from it (``python -m laml._codegen``), and the lint rules read it for attribute
semantics. A test holds the generated files to it.

Two dialects share it: ``signalwire`` (LaML / Compatibility XML, the default) and ``twilio``
(TwiML as twilio 9.13 builds it). Anything that belongs to one dialect only says so with
``dialects=SW`` or ``dialects=TW``; everything else belongs to both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal

from laml._names import python_to_xml

__all__ = [
    "BOTH",
    "CHANNELS",
    "DIALECTS",
    "SW",
    "TW",
    "Attr",
    "Channel",
    "Child",
    "Dialect",
    "ElementSpec",
    "Type",
    "channel_elements",
    "element",
    "python_to_xml",
]

Dialect = Literal["signalwire", "twilio"]
Channel = Literal["voice", "messaging", "fax"]

DIALECTS: tuple[Dialect, ...] = ("signalwire", "twilio")
CHANNELS: tuple[Channel, ...] = ("voice", "messaging", "fax")
BOTH: frozenset[Dialect] = frozenset(DIALECTS)
SW: frozenset[Dialect] = frozenset({"signalwire"})
TW: frozenset[Dialect] = frozenset({"twilio"})


# --------------------------------------------------------------------------- types


class _Declaration:
    """Base of the declaration classes: immutable, equal and hashed by their fields.

    (What ``@dataclass(frozen=True, slots=True)`` gives, without the cost of generating its
    methods each time the vocabulary is imported: every ``laml lint`` pays it.)
    """

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._FIELDS)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self._values())


_set = object.__setattr__


class Type(_Declaration):
    """The value space of an attribute or of an element's text, expressible in XSD 1.0.

    ``base`` is the XSD base type (``string``, ``token``, ``integer``, ``decimal``,
    ``anyURI``; ``token`` ignores leading, trailing and repeated white space); ``values`` an
    enumeration; ``pattern`` an XSD regular expression; ``min``/``max`` an inclusive range;
    ``min_length``/``max_length`` bound the length in characters; ``item`` makes it a list of
    that type separated by ``sep`` (at least one item); ``union`` accepts any of the member
    types. ``name`` is how messages describe it ("a URL").
    """

    _FIELDS = (
        "name", "base", "values", "pattern", "min", "max", "min_length", "max_length", "item",
        "sep", "union", "xsd_name", "url",
    )  # fmt: skip
    __slots__ = _FIELDS

    name: str
    base: str
    values: tuple[str, ...]
    pattern: str | None
    min: int | float | None
    max: int | float | None
    min_length: int | None
    max_length: int | None
    item: Type | None
    sep: str
    union: tuple[Type, ...]
    #: XSD simpleType name when the type is shared (declared once in the common schema).
    xsd_name: str | None
    #: the value is a URL (the schemas check little of it; the lint rules look inside)
    url: bool

    def __init__(
        self,
        name: str,
        base: str = "string",
        values: tuple[str, ...] = (),
        pattern: str | None = None,
        min: int | float | None = None,
        max: int | float | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        item: Type | None = None,
        sep: str = " ",
        union: tuple[Type, ...] = (),
        xsd_name: str | None = None,
        url: bool = False,
    ) -> None:
        _set(self, "name", name)
        _set(self, "base", base)
        _set(self, "values", values)
        _set(self, "pattern", pattern)
        _set(self, "min", min)
        _set(self, "max", max)
        _set(self, "min_length", min_length)
        _set(self, "max_length", max_length)
        _set(self, "item", item)
        _set(self, "sep", sep)
        _set(self, "union", union)
        _set(self, "xsd_name", xsd_name)
        _set(self, "url", url)

    @property
    def is_list(self) -> bool:
        return self.item is not None

    def members(self) -> Iterator[Type]:
        """This type, or each member of a union (recursively)."""
        if self.union:
            for member in self.union:
                yield from member.members()
        else:
            yield self

    def choices(self) -> tuple[str, ...]:
        """The enumerated values this type (or any union member) accepts."""
        return tuple(v for m in self.members() for v in m.values)


def enum(*values: str, name: str | None = None, xsd_name: str | None = None) -> Type:
    """An enumeration; ``name`` defaults to "one of a, b, c"."""
    if name is None:
        name = values[0] if len(values) == 1 else "one of " + ", ".join(values)
    return Type(name, values=values, xsd_name=xsd_name)


def integer(lo: int | None = 0, hi: int | None = None) -> Type:
    """An integer in ``[lo, hi]``."""
    if lo is not None and hi is not None:
        name = f"an integer from {lo} to {hi}"
    elif lo is not None:
        name = f"an integer of at least {lo}"
    else:
        name = "an integer"
    return Type(name, base="integer", min=lo, max=hi)


def list_of(item: Type, sep: str = " ", name: str | None = None) -> Type:
    """A ``sep``-separated list of ``item`` values."""
    kind = "space" if sep == " " else "comma"
    if name is None:
        if item.values:
            name = f"{kind}-separated values from: {', '.join(item.values)}"
        else:
            name = f"{kind}-separated values, each {item.name}"
    return Type(name, item=item, sep=sep)


def pattern(regex: str, name: str, base: str = "string") -> Type:
    return Type(name, base=base, pattern=regex)


def union(name: str, *members: Type) -> Type:
    return Type(name, union=members)


STRING = Type("text", xsd_name="String")
#: Text with something in it besides white space.
NONEMPTY = Type("non-empty text", base="token", min_length=1, xsd_name="NonEmpty")
# URLs are not xs:anyURI: validators disagree on which strings that type accepts (libxml2
# refuses "%zz", xmlschema accepts it; both accept "http://a b"), relative URLs and template
# placeholders are fine, and it is the costliest check of a typical document. A URL is
# non-empty; the lint rules look inside it.
URL = Type("a URL", base="token", min_length=1, xsd_name="Url", url=True)
#: A URL where an empty value means "none" (``waitUrl=""`` turns the hold music off).
URL_OR_EMPTY = Type("a URL, or empty for none", base="token", xsd_name="OptionalUrl", url=True)
BOOL = enum("true", "false", name="true or false", xsd_name="Boolean")
METHOD = enum("GET", "POST", name="GET or POST", xsd_name="Method")
STORAGE_METHOD = enum("POST", "PUT", name="POST or PUT", xsd_name="StorageMethod")
UINT = Type("a non-negative integer", base="integer", min=0, xsd_name="NonNegativeInteger")
PINT = Type("a positive integer", base="integer", min=1, xsd_name="PositiveInteger")
DECIMAL = Type("a number", base="decimal", xsd_name="Decimal")
DIGITS = pattern("[0-9A-Da-d*#wW]*", "DTMF digits (0-9, A-D, *, #, w, W)")
SEND_DIGITS = pattern("[0-9A-D*#wW]+", "DTMF digits (0-9, A-D, *, #, w, W)")
FINISH_KEY = pattern("[0-9*#]?", "one key (0-9, * or #), or empty")
FINISH_KEYS = pattern("[0-9*#]*", "keys (0-9, * and #)")
TRIM = enum("trim-silence", "do-not-trim", xsd_name="Trim")
TRACK = enum("inbound_track", "outbound_track", "both_tracks", xsd_name="StreamTrack")
CARD_TYPE = enum(
    "visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"
)
CARD_TYPES = list_of(CARD_TYPE)
RECORDING_EVENTS = list_of(enum("in-progress", "completed", "absent"))
CALL_EVENTS = list_of(enum("initiated", "ringing", "answered", "completed"))
HINTS = Type("a comma-separated list of phrases", sep=",")
HINTS_SW = Type(
    "a comma-separated list of phrases of at most 100 characters each",
    pattern="[^,]{0,100}(,[^,]{0,100})*",
    sep=",",
)
DIAL_RECORD = enum(
    "do-not-record",
    "record-from-answer",
    "record-from-ringing",
    "record-from-answer-dual",
    "record-from-ringing-dual",
)
# The platform's own Dial examples use record="true", so LaML accepts the booleans as well;
# Twilio documents them as aliases kept for backward compatibility (its warning 13217:
# "record must be true or false").
DIAL_RECORD_SW = enum(*DIAL_RECORD.values, "true", "false")
DIAL_RECORD_TW = DIAL_RECORD_SW
RING_TONES = enum(
    *("at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi"),
    *("fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph"),
    *("pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"),
    name="a two-letter country code of a ring tone (us, uk, de ...)",
)
SPEECH_TIMEOUT = union("a non-negative integer or auto", UINT, enum("auto"))
PAY_LANGUAGE = STRING
PROSODY_VOLUME = union(
    "silent, x-soft, soft, medium, loud, x-loud, or +NdB / -NdB",
    enum("silent", "x-soft", "soft", "medium", "loud", "x-loud", "default"),
    pattern("[+\\-][0-9]+(\\.[0-9]+)?dB", "+NdB or -NdB"),
)
PROSODY_PITCH = union(
    "x-low, low, medium, high, x-high, or +N% / -N%",
    enum("x-low", "low", "medium", "high", "x-high", "default"),
    pattern("[+\\-]?[0-9]+(\\.[0-9]+)?%", "a percentage"),
)
PROSODY_RATE = union(
    "x-slow, slow, medium, fast, x-fast, or N%",
    enum("x-slow", "slow", "medium", "fast", "x-fast", "default"),
    pattern("[0-9]+(\\.[0-9]+)?%", "a percentage"),
)
CODECS = Type(
    "a comma-separated list of PCMU, PCMA, G722, G729, OPUS",
    pattern="((PCMU|PCMA|G722|G729|OPUS),)*(PCMU|PCMA|G722|G729|OPUS)",
    sep=",",
)
BREAK_TIME = pattern("[0-9]+(\\.[0-9]+)?(ms|s)", "a duration such as 500ms or 2s")
BREAK_TIME_SW = pattern(
    "(10(\\.0+)?|[0-9](\\.[0-9]+)?)s|(10000(\\.0+)?|[0-9]{1,4}(\\.[0-9]+)?)ms",
    "a duration of at most 10s, such as 500ms or 2s",
)
#: ``xml:lang``: a language tag such as fr-FR.
LANGUAGE_TAG = pattern("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*", "a language tag such as fr-FR")
SIP_URI = pattern("sips?:\\S+", "a SIP URI such as sip:alice@example.com", base="token")
WSS_URL = Type(
    "a wss:// URL without a query string", base="token", pattern="wss://[^?#\\s]+", url=True
)
VERTO_ENDPOINT = pattern(
    "[^@\\s]+@[^@\\s]+\\.verto\\.signalwire\\.com",
    "a Verto endpoint (resource@space.verto.signalwire.com)",
    base="token",
)
CURRENCY = pattern("[A-Za-z]{3}", "a three-letter currency code such as usd", base="token")
STREAM_CODEC = enum("PCMU@8000h", "L16@16000h", "L16@24000h")


# --------------------------------------------------------------------------- declarations


class Attr(_Declaration):
    """An attribute: its builder keyword, XML name, value type and dialects.

    ``type`` may differ per dialect: pass a mapping ``{dialect: Type}``.
    """

    _FIELDS = ("python", "type", "doc", "dialects", "required", "xml")
    __slots__ = _FIELDS

    python: str
    type: Type | Mapping[Dialect, Type]
    doc: str
    dialects: frozenset[Dialect]
    required: bool
    xml: str

    def __init__(
        self,
        python: str,
        type: Type | Mapping[Dialect, Type] = STRING,
        doc: str = "",
        dialects: frozenset[Dialect] = BOTH,
        required: bool = False,
        xml: str = "",
    ) -> None:
        _set(self, "python", python)
        _set(self, "type", type)
        _set(self, "doc", doc)
        _set(self, "dialects", dialects)
        _set(self, "required", required)
        _set(self, "xml", xml or python_to_xml(python))

    def type_in(self, dialect: Dialect) -> Type:
        """The value type of this attribute in ``dialect``."""
        if isinstance(self.type, Type):
            return self.type
        return self.type[dialect]


class Child(_Declaration):
    """A parent → child relation, created by the builder method ``method``.

    ``builder_only`` marks creator methods that twilio's builder offers although no dialect
    allows the child there (the schema flags the result); they exist for drop-in
    compatibility only. ``min`` and ``max`` bound how many such children the parent may have
    (``max`` may differ per dialect: pass a mapping; ``None`` is no limit); in the dialects of
    ``alone`` the child cannot share its parent with children of another kind.
    """

    _FIELDS = ("method", "cls", "dialects", "builder_only", "min", "max", "alone")
    __slots__ = _FIELDS

    method: str
    cls: str
    dialects: frozenset[Dialect]
    builder_only: bool
    min: int
    max: int | Mapping[Dialect, int | None] | None
    alone: frozenset[Dialect]

    def __init__(
        self,
        method: str,
        cls: str,
        dialects: frozenset[Dialect] = BOTH,
        builder_only: bool = False,
        min: int = 0,
        max: int | Mapping[Dialect, int | None] | None = None,
        alone: frozenset[Dialect] = frozenset(),
    ) -> None:
        _set(self, "method", method)
        _set(self, "cls", cls)
        _set(self, "dialects", dialects)
        _set(self, "builder_only", builder_only)
        _set(self, "min", min)
        _set(self, "max", max)
        _set(self, "alone", alone)

    def max_in(self, dialect: Dialect) -> int | None:
        """The most children of this kind one parent may have in ``dialect`` (None: any)."""
        if self.max is None or isinstance(self.max, int):
            return self.max
        return self.max.get(dialect)


class ElementSpec(_Declaration):
    """One element class: its tag, text body, attributes and children."""

    _FIELDS = (
        "cls", "tag", "channel", "doc", "attrs", "children", "body", "body_required", "text",
        "kind", "dialects", "notes",
    )  # fmt: skip
    __slots__ = _FIELDS

    cls: str
    tag: str
    channel: Channel
    doc: str
    attrs: tuple[Attr, ...]
    children: tuple[Child, ...]
    #: builder argument that becomes the element's text (None: the element takes no text).
    body: str | None
    body_required: bool
    #: value type of the text (default: any text, or non-empty text when ``body_required``);
    #: a mapping gives one type per dialect. Text mixed with child elements is not typed.
    text: Type | Mapping[Dialect, Type] | None
    kind: Literal["root", "verb", "noun", "ssml"]
    dialects: frozenset[Dialect]
    #: attribute docs for this element, keyed by XML name, overriding the shared ones.
    notes: Mapping[str, str]

    def __init__(
        self,
        cls: str,
        tag: str,
        channel: Channel,
        doc: str,
        attrs: tuple[Attr, ...] = (),
        children: tuple[Child, ...] = (),
        body: str | None = None,
        body_required: bool = False,
        text: Type | Mapping[Dialect, Type] | None = None,
        kind: Literal["root", "verb", "noun", "ssml"] = "noun",
        dialects: frozenset[Dialect] = BOTH,
        notes: Mapping[str, str] | None = None,
    ) -> None:
        _set(self, "cls", cls)
        _set(self, "tag", tag)
        _set(self, "channel", channel)
        _set(self, "doc", doc)
        _set(self, "attrs", attrs)
        _set(self, "children", children)
        _set(self, "body", body)
        _set(self, "body_required", body_required)
        _set(self, "text", text)
        _set(self, "kind", kind)
        _set(self, "dialects", dialects)
        _set(self, "notes", {} if notes is None else notes)

    @property
    def takes_text(self) -> bool:
        return self.body is not None

    def text_type_in(self, dialect: Dialect) -> Type:
        """The value type of this element's text in ``dialect`` (when it takes text)."""
        if self.text is None:
            return NONEMPTY if self.body_required else STRING
        if isinstance(self.text, Type):
            return self.text
        return self.text[dialect]

    def attrs_in(self, dialect: Dialect) -> Iterator[Attr]:
        return (a for a in self.attrs if dialect in a.dialects)

    def children_in(self, dialect: Dialect) -> Iterator[Child]:
        return (c for c in self.children if dialect in c.dialects and not c.builder_only)

    def attr(self, xml_name: str) -> Attr | None:
        for a in self.attrs:
            if a.xml == xml_name:
                return a
        return None


#: Shared attribute docs, by XML name.
DOCS: dict[str, str] = {
    "action": "URL requested when the verb completes; its response replaces this document",
    "method": "HTTP method for the action or URL request",
    "timeout": "seconds to wait",
    "url": "URL of the document or resource",
    "statusCallback": "URL notified of status changes",
    "statusCallbackMethod": "HTTP method for the status callback",
    "statusCallbackEvent": "events that trigger the status callback",
    "recordingStatusCallback": "URL notified when the recording changes state",
    "recordingStatusCallbackMethod": "HTTP method for the recording status callback",
    "recordingStatusCallbackEvent": "recording events that trigger the recording status callback",
    "recordingConfigurationId": "recording configuration to apply",
    "trim": "whether to trim leading and trailing silence from the recording",
    "language": "language and locale, such as en-US",
    "voice": "voice that speaks the text",
    "loop": "times to repeat; 0 repeats until the call ends",
    "name": "name",
    "value": "value",
    "to": "destination phone number",
    "from": "sender phone number",
    "hints": "words or phrases likely to be spoken, comma-separated",
    "speechModel": "speech recognition model",
    "profanityFilter": "mask profanity in speech results",
    "track": "which audio track to use",
    "username": "SIP authentication user name",
    "password": "SIP authentication password",
    "machineDetection": "answering machine detection mode",
    "machineDetectionTimeout": "seconds to wait for answering machine detection",
    "machineDetectionSpeechThreshold": "milliseconds of speech that indicate a machine",
    "machineDetectionSpeechEndThreshold": "milliseconds of silence that end detection",
    "machineDetectionSilenceTimeout": "milliseconds of initial silence before detection gives up",
    "amdStatusCallback": "URL notified of the answering machine detection result",
    "amdStatusCallbackMethod": "HTTP method for the detection callback",
    "connectorName": "name of the connector to use",
    "priority": "priority",
    "events": "events to report",
    "debug": "enable debugging output",
    "waitUrl": "URL of the document played while waiting",
    "waitMethod": "HTTP method for the wait URL",
    "waitUrlMethod": "HTTP method for the wait URL",
    "record": "recording mode",
    "description": "description",
    "input": "input types to accept",
    "sid": "identifier",
    "codecs": "comma-separated codecs to offer (PCMU, PCMA, G722, G729, OPUS)",
}


def _a(
    python: str,
    type: Type | Mapping[Dialect, Type] = STRING,
    doc: str = "",
    *,
    dialects: frozenset[Dialect] = BOTH,
    required: bool = False,
) -> Attr:
    xml = python_to_xml(python)
    return Attr(python, type, doc or DOCS.get(xml, ""), dialects, required, xml)


def _c(
    method: str,
    cls: str,
    dialects: frozenset[Dialect] = BOTH,
    *,
    min: int = 0,
    max: int | Mapping[Dialect, int | None] | None = None,
    alone: frozenset[Dialect] = frozenset(),
) -> Child:
    return Child(method, cls, dialects, False, min, max, alone)


# Children lists shared by several parents.
_SSML_ALL = (
    _c("break_", "SsmlBreak"),
    _c("emphasis", "SsmlEmphasis"),
    _c("lang", "SsmlLang"),
    _c("p", "SsmlP"),
    _c("phoneme", "SsmlPhoneme"),
    _c("prosody", "SsmlProsody"),
    _c("s", "SsmlS"),
    _c("say_as", "SsmlSayAs"),
    _c("sub", "SsmlSub"),
    _c("w", "SsmlW", TW),
)
_SSML_NO_P = tuple(c for c in _SSML_ALL if c.cls != "SsmlP")
_SSML_NO_PS = tuple(c for c in _SSML_NO_P if c.cls != "SsmlS")
_SSML_IN_W = tuple(c for c in _SSML_ALL if c.cls not in {"SsmlLang", "SsmlP", "SsmlS", "SsmlW"})
_PARAMETER_TW = _c("parameter", "Parameter", TW)
_AMD = (
    _a("machine_detection", STRING, dialects=TW),
    _a("amd_status_callback_method", METHOD, dialects=TW),
    _a("amd_status_callback", URL, dialects=TW),
    _a("machine_detection_timeout", UINT, dialects=TW),
    _a("machine_detection_speech_threshold", UINT, dialects=TW),
    _a("machine_detection_speech_end_threshold", UINT, dialects=TW),
    _a("machine_detection_silence_timeout", UINT, dialects=TW),
)
_CALLBACKS = (
    _a("status_callback_event", CALL_EVENTS),
    _a("status_callback", URL),
    _a("status_callback_method", METHOD),
)


def _redirect(channel: Channel, doc: str) -> ElementSpec:
    """``<Redirect>``: the same verb in voice and messaging documents."""
    return ElementSpec(
        "Redirect",
        "Redirect",
        channel,
        doc,
        kind="verb",
        body="url",
        body_required=True,
        # Twilio's queue examples write an empty <Redirect></Redirect> (the current document).
        text={"signalwire": URL, "twilio": URL_OR_EMPTY},
        attrs=(_a("method", METHOD),),
    )


# --------------------------------------------------------------------------- voice

_VOICE: tuple[ElementSpec, ...] = (
    ElementSpec(
        "VoiceResponse",
        "Response",
        "voice",
        "The root of a voice document: its verbs run from top to bottom.",
        kind="root",
        children=(
            _c("connect", "Connect"),
            _c("dial", "Dial"),
            _c("echo", "Echo"),
            _c("enqueue", "Enqueue"),
            _c("gather", "Gather"),
            _c("hangup", "Hangup"),
            _c("leave", "Leave"),
            _c("pause", "Pause"),
            _c("play", "Play"),
            Child("queue", "Queue", BOTH, builder_only=True),
            _c("record", "Record"),
            _c("redirect", "Redirect"),
            _c("reject", "Reject"),
            _c("say", "Say"),
            _c("sms", "Sms"),
            _c("pay", "Pay"),
            Child("prompt", "Prompt", BOTH, builder_only=True),
            _c("start", "Start"),
            _c("stop", "Stop"),
            _c("refer", "Refer"),
            _c("denoise", "Denoise", SW),
        ),
    ),
    ElementSpec(
        "Refer",
        "Refer",
        "voice",
        "Transfers a SIP call to another SIP endpoint with a SIP REFER.",
        kind="verb",
        attrs=(_a("action", URL), _a("method", METHOD)),
        children=(_c("sip", "ReferSip", min=1, max=1),),
    ),
    ElementSpec(
        "ReferSip",
        "Sip",
        "voice",
        "The SIP URI a <Refer> transfers the call to.",
        body="sip_url",
        body_required=True,
        text={"signalwire": SIP_URI, "twilio": NONEMPTY},
    ),
    ElementSpec(
        "Stop",
        "Stop",
        "voice",
        "Stops a stream (or another asynchronous process) started with <Start>.",
        kind="verb",
        children=(
            _c("stream", "Stream"),
            _c("siprec", "Siprec", TW),
            _c("transcription", "Transcription", TW),
        ),
    ),
    ElementSpec(
        "Transcription",
        "Transcription",
        "voice",
        "Real-time transcription of the call.",
        dialects=TW,
        attrs=(
            _a("name"),
            _a("track", enum("inbound_track", "outbound_track", "both_tracks")),
            _a("status_callback_url", URL, "URL notified of transcription events"),
            _a("status_callback_method", METHOD),
            _a("inbound_track_label", STRING, "label of the inbound track"),
            _a("outbound_track_label", STRING, "label of the outbound track"),
            _a("partial_results", BOOL, "send partial results"),
            _a("language_code", STRING, "language of the transcription"),
            _a("transcription_engine", STRING, "transcription engine"),
            _a("profanity_filter", BOOL),
            _a("speech_model"),
            _a("hints", HINTS),
            _a("enable_automatic_punctuation", BOOL, "add punctuation to the transcript"),
            _a("intelligence_service", STRING, "intelligence service to run"),
        ),
        children=(_c("config", "Config"), _c("parameter", "Parameter")),
    ),
    ElementSpec(
        "Parameter",
        "Parameter",
        "voice",
        "A custom name/value pair passed along with a stream, payment or connection.",
        attrs=(_a("name", NONEMPTY, required=True), _a("value", required=True)),
        notes={"name": "parameter name", "value": "parameter value"},
    ),
    ElementSpec(
        "Config",
        "Config",
        "voice",
        "A configuration name/value pair.",
        dialects=TW,
        attrs=(_a("name"), _a("value")),
    ),
    ElementSpec(
        "Siprec",
        "Siprec",
        "voice",
        "Forks the call's media to a SIPREC recording server.",
        dialects=TW,
        attrs=(
            _a("name"),
            _a("connector_name"),
            _a("track", enum("inbound_track", "outbound_track", "both_tracks")),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD),
        ),
        children=(_c("parameter", "Parameter"),),
    ),
    ElementSpec(
        "Stream",
        "Stream",
        "voice",
        "Streams the call's audio to a WebSocket server.",
        attrs=(
            _a("name", STRING, "unique name of the stream; needed to stop it"),
            _a("connector_name", dialects=TW),
            _a(
                "url",
                {"signalwire": WSS_URL, "twilio": URL},
                "wss:// URL of the WebSocket server (no query string)",
            ),
            _a("track", TRACK),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD),
            _a("audio_format", STRING, "audio format of the stream", dialects=TW),
            _a("sample_rate", UINT, "sample rate of the stream", dialects=TW),
            _a("auth_bearer_token", STRING, "bearer token sent to the server", dialects=SW),
            _a("codec", STREAM_CODEC, "audio codec and rate", dialects=SW),
            _a("realtime", BOOL, "send audio in real time, without buffering", dialects=SW),
        ),
        children=(_c("parameter", "Parameter"),),
    ),
    ElementSpec(
        "Start",
        "Start",
        "voice",
        "Starts an asynchronous process (a stream) and continues with the next verb.",
        kind="verb",
        attrs=(_a("action", URL, dialects=TW), _a("method", METHOD, dialects=TW)),
        children=(
            _c("stream", "Stream"),
            _c("siprec", "Siprec", TW),
            _c("transcription", "Transcription", TW),
            _c("recording", "Recording", TW),
        ),
    ),
    ElementSpec(
        "Recording",
        "Recording",
        "voice",
        "Records the call in the background.",
        dialects=TW,
        attrs=(
            _a("recording_status_callback", URL),
            _a("recording_status_callback_method", METHOD),
            _a("recording_status_callback_event", RECORDING_EVENTS),
            _a("trim", TRIM),
            _a("track", enum("inbound", "outbound", "both")),
            _a("channels", enum("mono", "dual"), "mono or dual channel"),
            _a("recording_configuration_id"),
        ),
    ),
    ElementSpec(
        "Prompt",
        "Prompt",
        "voice",
        "What <Pay> says or plays when it asks for a piece of payment information.",
        attrs=(
            _a(
                "for_",
                enum(
                    "payment-card-number",
                    "expiration-date",
                    "security-code",
                    "postal-code",
                    "bank-routing-number",
                    "bank-account-number",
                    "payment-processing",
                ),
                "the payment step this prompt is for",
                required=True,
            ),
            _a(
                "error_type",
                list_of(
                    enum(
                        "timeout",
                        "invalid-card-number",
                        "invalid-card-type",
                        "invalid-date",
                        "invalid-security-code",
                        "invalid-bank-routing-number",
                        "invalid-bank-account-number",
                        "input-matching-failed",
                    )
                ),
                "errors after which this prompt is used",
            ),
            _a("card_type", CARD_TYPES, "card types this prompt is for"),
            # Both platforms' docs write attempt="2 3" (one prompt for several attempts).
            _a("attempt", list_of(integer(1, 10)), "attempts this prompt is for"),
            _a("require_matching_inputs", BOOL, "ask twice and compare", dialects=TW),
        ),
        children=(_c("say", "Say"), _c("play", "Play"), _c("pause", "Pause", TW)),
    ),
    ElementSpec(
        "Pause",
        "Pause",
        "voice",
        "Waits silently.",
        kind="verb",
        attrs=(_a("length", UINT, "seconds to wait"),),
    ),
    ElementSpec(
        "Play",
        "Play",
        "voice",
        "Plays an audio file, or sends DTMF digits.",
        kind="verb",
        body="url",
        text=URL_OR_EMPTY,
        attrs=(
            _a("loop", UINT),
            _a("digits", DIGITS, "DTMF digits to send; w waits half a second"),
        ),
    ),
    ElementSpec(
        "Say",
        "Say",
        "voice",
        "Speaks text, optionally marked up with SSML.",
        kind="verb",
        body="message",
        attrs=(_a("voice"), _a("loop", UINT), _a("language")),
        children=_SSML_ALL,
    ),
    ElementSpec(
        "SsmlW",
        "w",
        "voice",
        "SSML <w>: a word with a part-of-speech role.",
        kind="ssml",
        dialects=TW,
        body="words",
        attrs=(_a("role", STRING, "part of speech, such as amazon:VB"),),
        children=_SSML_IN_W,
    ),
    ElementSpec(
        "SsmlSub",
        "sub",
        "voice",
        "SSML <sub>: speaks an alias instead of the written text.",
        kind="ssml",
        body="words",
        body_required=True,
        attrs=(_a("alias", STRING, "text to speak instead", required=True),),
    ),
    ElementSpec(
        "SsmlSayAs",
        "say-as",
        "voice",
        "SSML <say-as>: says the text as a number, date, spelled-out letters ...",
        kind="ssml",
        body="words",
        body_required=True,
        attrs=(
            _a(
                "interpret_as",
                {
                    "signalwire": enum(
                        "characters",
                        "spell-out",
                        "cardinal",
                        "number",
                        "ordinal",
                        "digits",
                        "fraction",
                        "unit",
                        "date",
                        "time",
                        "telephone",
                        "address",
                        "interjection",
                        "expletive",
                    ),
                    "twilio": STRING,
                },
                "how to interpret the text",
                required=True,
            ),
            _a(
                "format",
                {
                    "signalwire": enum("mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"),
                    "twilio": STRING,
                },
                "date format",
            ),
        ),
    ),
    ElementSpec(
        "SsmlProsody",
        "prosody",
        "voice",
        "SSML <prosody>: changes volume, pitch or rate.",
        kind="ssml",
        body="words",
        attrs=(
            _a("volume", PROSODY_VOLUME, "loudness"),
            _a("rate", PROSODY_RATE, "speaking rate"),
            _a("pitch", PROSODY_PITCH, "pitch"),
        ),
        children=_SSML_ALL,
    ),
    ElementSpec(
        "SsmlS",
        "s",
        "voice",
        "SSML <s>: a sentence.",
        kind="ssml",
        body="words",
        children=_SSML_NO_PS,
    ),
    ElementSpec(
        "SsmlPhoneme",
        "phoneme",
        "voice",
        "SSML <phoneme>: a phonetic pronunciation.",
        kind="ssml",
        body="words",
        body_required=True,
        attrs=(
            _a(
                "alphabet",
                enum(
                    "ipa",
                    "x-sampa",
                    "x-amazon-jyutping",
                    "x-amazon-pinyin",
                    "x-amazon-pron-kana",
                    "x-amazon-yomigana",
                ),
                "phonetic alphabet",
            ),
            _a("ph", STRING, "the pronunciation", required=True),
        ),
    ),
    ElementSpec(
        "SsmlLang",
        "lang",
        "voice",
        "SSML <lang>: text in another language.",
        kind="ssml",
        body="words",
        attrs=(_a("xml_lang", LANGUAGE_TAG, "language of the text, such as fr-FR"),),
        children=_SSML_ALL,
    ),
    ElementSpec(
        "SsmlP",
        "p",
        "voice",
        "SSML <p>: a paragraph.",
        kind="ssml",
        body="words",
        children=_SSML_NO_P,
    ),
    ElementSpec(
        "SsmlEmphasis",
        "emphasis",
        "voice",
        "SSML <emphasis>: stresses the text.",
        kind="ssml",
        body="words",
        attrs=(_a("level", enum("strong", "moderate", "reduced", "none"), "how much stress"),),
        children=_SSML_NO_PS,
    ),
    ElementSpec(
        "SsmlBreak",
        "break",
        "voice",
        "SSML <break>: a pause in speech.",
        kind="ssml",
        attrs=(
            _a(
                "strength",
                enum("none", "x-weak", "weak", "medium", "strong", "x-strong"),
                "length of the pause, relative",
            ),
            _a(
                "time",
                {"signalwire": BREAK_TIME_SW, "twilio": BREAK_TIME},
                "length of the pause (at most 10s)",
            ),
        ),
    ),
    ElementSpec(
        "Pay",
        "Pay",
        "voice",
        "Collects a card or bank payment over DTMF and charges or tokenizes it.",
        kind="verb",
        attrs=(
            _a("input", enum("dtmf"), "input type; only dtmf"),
            _a("action", URL),
            _a("bank_account_type", STRING, "kind of bank account", dialects=TW),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD, dialects=TW),
            # SignalWire documents "greater than 3"; Twilio only a default of 5 seconds.
            _a(
                "timeout",
                {"signalwire": integer(4), "twilio": PINT},
                "seconds to wait for each input",
            ),
            _a("max_attempts", integer(1, 3), "attempts allowed for each piece of information"),
            _a("security_code", BOOL, "ask for the card's security code"),
            _a("postal_code", STRING, "ask for a postal code (true/false), or the code itself"),
            _a("min_postal_code_length", UINT, "minimum length of the postal code"),
            # LaML documents name the connector with paymentConnector too (the platform's own
            # examples do), so both dialects have it.
            _a("payment_connector", STRING, "payment connector to use"),
            _a(
                "payment_method",
                {
                    "signalwire": enum("credit-card", "ach-debit"),
                    "twilio": enum("credit-card", "ach-debit"),
                },
                "kind of payment",
            ),
            _a(
                "token_type",
                {
                    "signalwire": enum("one-time", "reusable"),
                    "twilio": enum("one-time", "reusable", "payment-method"),
                },
                "kind of token",
            ),
            _a(
                "charge_amount",
                Type("a number from 0 to 1000000", base="decimal", min=0, max=1000000),
                "amount to charge; 0 or absent tokenizes",
            ),
            # The reference says usd only, but the platform's examples charge in mxn as well.
            _a("currency", {"signalwire": CURRENCY, "twilio": STRING}, "currency of the charge"),
            _a("description", STRING, "description of the payment"),
            _a("valid_card_types", CARD_TYPES, "card types accepted"),
            _a("language", PAY_LANGUAGE),
            _a("payment_connector_url", URL, "URL of the payment connector", dialects=SW),
        ),
        children=(_c("prompt", "Prompt"), _c("parameter", "Parameter")),
    ),
    ElementSpec(
        "Sms",
        "Sms",
        "voice",
        "Sends an SMS during a call (deprecated: use <Message> in a messaging document).",
        kind="verb",
        body="message",
        body_required=True,
        text=Type("text of 1 to 1599 characters", base="token", min_length=1, max_length=1599),
        attrs=(
            _a("to", STRING),
            _a("from_", STRING),
            _a("action", URL),
            _a("method", METHOD),
            _a("status_callback", URL),
        ),
    ),
    ElementSpec(
        "Reject",
        "Reject",
        "voice",
        "Rejects an incoming call without answering it.",
        kind="verb",
        attrs=(_a("reason", enum("rejected", "busy"), "what the caller hears"),),
        children=(_PARAMETER_TW,),
    ),
    _redirect("voice", "Continues the call with the document at another URL."),
    ElementSpec(
        "Record",
        "Record",
        "voice",
        "Records the caller and requests the action URL with the recording.",
        kind="verb",
        attrs=(
            _a("action", URL),
            _a("method", METHOD),
            _a("timeout", UINT, "seconds of silence that end the recording"),
            _a("finish_on_key", FINISH_KEYS, "keys that end the recording"),
            _a("max_length", UINT, "longest recording, in seconds"),
            _a("play_beep", BOOL, "play a beep before recording"),
            _a("trim", TRIM),
            _a("recording_status_callback", URL),
            _a("recording_status_callback_method", METHOD),
            _a("recording_status_callback_event", RECORDING_EVENTS),
            _a("transcribe", BOOL, "transcribe the recording"),
            _a("transcribe_callback", URL, "URL that receives the transcription"),
            _a("recording_configuration_id", dialects=TW),
            _a("storage_url", URL, "URL the recording is sent to", dialects=SW),
            _a(
                "storage_url_method", STORAGE_METHOD, "HTTP method for the storage URL", dialects=SW
            ),
        ),
    ),
    ElementSpec(
        "Queue",
        "Queue",
        "voice",
        "Connects the call to the first caller waiting in a queue.",
        body="name",
        body_required=True,
        attrs=(
            _a("url", URL, "URL of the document played to the dequeued caller"),
            _a("method", METHOD),
            _a("reservation_sid", STRING, "TaskRouter reservation", dialects=TW),
            _a("post_work_activity_sid", STRING, "TaskRouter activity after the call", dialects=TW),
        ),
    ),
    ElementSpec(
        "Leave",
        "Leave",
        "voice",
        "Takes the caller out of the queue it waits in.",
        kind="verb",
    ),
    ElementSpec(
        "Hangup",
        "Hangup",
        "voice",
        "Ends the call.",
        kind="verb",
        children=(_PARAMETER_TW,),
    ),
    ElementSpec(
        "Gather",
        "Gather",
        "voice",
        "Collects digits or speech while its nested verbs play.",
        kind="verb",
        attrs=(
            _a("input", list_of(enum("dtmf", "speech"))),
            _a("action", URL),
            _a("method", METHOD),
            _a("timeout", UINT, "seconds of silence before giving up"),
            _a("speech_timeout", SPEECH_TIMEOUT, "seconds of silence that end speech, or auto"),
            _a("max_speech_time", UINT, "longest speech input, in seconds", dialects=TW),
            _a("profanity_filter", BOOL),
            _a("finish_on_key", FINISH_KEY, "key that ends the input"),
            _a("num_digits", PINT, "number of digits to collect"),
            _a("partial_result_callback", URL, "URL that receives partial speech results"),
            _a("partial_result_callback_method", METHOD),
            _a("language"),
            _a("hints", {"signalwire": HINTS_SW, "twilio": HINTS}),
            _a("barge_in", BOOL, "stop nested verbs when input starts", dialects=TW),
            _a("debug", BOOL, dialects=TW),
            _a("action_on_empty_result", BOOL, "request the action URL even without input"),
            _a(
                "speech_model",
                {"signalwire": enum("phone_call", "video", "default"), "twilio": STRING},
            ),
            _a("enhanced", BOOL, "use the enhanced speech model"),
        ),
        children=(_c("say", "Say"), _c("pause", "Pause"), _c("play", "Play")),
    ),
    ElementSpec(
        "Enqueue",
        "Enqueue",
        "voice",
        "Puts the call in a queue.",
        kind="verb",
        body="name",
        attrs=(
            _a("action", URL),
            _a("max_queue_size", PINT, "largest queue size", dialects=TW),
            _a("method", METHOD),
            _a("wait_url", URL_OR_EMPTY),
            _a("wait_url_method", METHOD),
            _a("workflow_sid", STRING, "TaskRouter workflow", dialects=TW),
        ),
        children=(_c("task", "Task", TW),),
    ),
    ElementSpec(
        "Task",
        "Task",
        "voice",
        "TaskRouter task attributes (JSON) for <Enqueue>.",
        dialects=TW,
        body="body",
        body_required=True,
        attrs=(_a("priority", UINT), _a("timeout", UINT)),
    ),
    ElementSpec(
        "Echo",
        "Echo",
        "voice",
        "Plays the caller's audio back to them, to test a connection.",
        kind="verb",
        attrs=(_a("timeout", integer(5, 120), "seconds to echo", dialects=SW),),
    ),
    ElementSpec(
        "Dial",
        "Dial",
        "voice",
        "Connects the call to another party: a number, SIP endpoint, conference or queue.",
        kind="verb",
        body="number",
        attrs=(
            _a("action", URL),
            _a("method", METHOD),
            # SignalWire documents 5 to 600 seconds; Twilio a positive integer (default 30).
            _a(
                "timeout",
                {"signalwire": integer(5, 600), "twilio": PINT},
                "seconds to let the other party ring",
            ),
            _a("hangup_on_star", BOOL, "let the caller hang up the other party with *"),
            _a("time_limit", PINT, "longest call, in seconds"),
            _a("caller_id", STRING, "caller ID shown to the other party"),
            _a("record", {"signalwire": DIAL_RECORD_SW, "twilio": DIAL_RECORD_TW}),
            _a("trim", TRIM),
            _a("recording_status_callback", URL),
            _a("recording_configuration_id", dialects=TW),
            _a("recording_status_callback_method", METHOD),
            _a("recording_status_callback_event", RECORDING_EVENTS),
            _a("answer_on_bridge", BOOL, "keep ringing the caller until the other party answers"),
            _a("ring_tone", RING_TONES, "country whose ringback tone plays"),
            _a("recording_track", enum("inbound", "outbound", "both"), "track to record"),
            _a("sequential", BOOL, "dial nouns one after another", dialects=TW),
            _a("refer_url", URL, "URL requested on a SIP REFER", dialects=TW),
            _a("refer_method", METHOD, dialects=TW),
            _a("events", dialects=TW),
            _a("passports", STRING, "caller identity passports", dialects=TW),
            _a(
                "caller_name",
                Type("text of at most 70 characters", max_length=70),
                "caller name shown on SIP calls",
                dialects=SW,
            ),
            _a("recording_storage_url", URL, "URL the recording is sent to", dialects=SW),
            _a(
                "recording_storage_url_method",
                STORAGE_METHOD,
                "HTTP method for the storage URL",
                dialects=SW,
            ),
        ),
        children=(
            _c("client", "Client", TW),
            _c("conference", "Conference"),
            _c("number", "Number", max=10),
            _c("queue", "Queue"),
            _c("sim", "Sim", TW),
            # LaML: up to ten <Sip>, and no other noun beside them; Twilio's examples mix
            # <Number> and <Sip> in one <Dial>.
            _c("sip", "Sip", max={"signalwire": 10}, alone=SW),
            _c("application", "Application", TW),
            _c("whats_app", "WhatsApp", TW),
            _c("verto", "Verto", SW),
        ),
    ),
    ElementSpec(
        "WhatsApp",
        "WhatsApp",
        "voice",
        "A WhatsApp user to dial.",
        dialects=TW,
        body="phone_number",
        body_required=True,
        attrs=(_a("url", URL), _a("method", METHOD), *_CALLBACKS),
    ),
    ElementSpec(
        "Application",
        "Application",
        "voice",
        "An application to dial.",
        dialects=TW,
        body="application_sid",
        attrs=(
            _a("url", URL),
            _a("method", METHOD),
            *_CALLBACKS,
            _a("customer_id", STRING, "customer identifier"),
            _a("copy_parent_to", BOOL, "copy the parent call's To"),
        ),
        children=(_c("application_sid", "ApplicationSid"), _c("parameter", "Parameter")),
    ),
    ElementSpec(
        "ApplicationSid",
        "ApplicationSid",
        "voice",
        "The identifier of the application to dial.",
        dialects=TW,
        body="sid",
        body_required=True,
    ),
    ElementSpec(
        "Sip",
        "Sip",
        "voice",
        "A SIP endpoint to dial.",
        body="sip_url",
        text={"signalwire": SIP_URI, "twilio": NONEMPTY},
        attrs=(
            _a("username"),
            _a("password"),
            _a("url", URL, "URL of a document played to the called party"),
            _a("method", METHOD),
            *_CALLBACKS,
            *_AMD,
            _a("codecs", CODECS, dialects=SW),
            _a("session_timeout", UINT, "SIP session timer, in seconds", dialects=SW),
        ),
        children=(_c("uri", "SipUri", TW), _c("headers", "Headers", TW)),
    ),
    ElementSpec(
        "Headers",
        "Headers",
        "voice",
        "Custom SIP headers for <Sip>.",
        dialects=TW,
        children=(_c("header", "Header"),),
    ),
    ElementSpec(
        "Header",
        "Header",
        "voice",
        "A custom SIP header.",
        dialects=TW,
        attrs=(_a("name"), _a("value")),
    ),
    ElementSpec(
        "SipUri",
        "Uri",
        "voice",
        "One SIP URI of a <Sip> with several.",
        dialects=TW,
        body="sip_url",
        attrs=(_a("priority", UINT), _a("weight", UINT, "weight"), _a("username"), _a("password")),
    ),
    ElementSpec(
        "Sim",
        "Sim",
        "voice",
        "A SIM to dial.",
        dialects=TW,
        body="sim_sid",
        body_required=True,
    ),
    ElementSpec(
        "Number",
        "Number",
        "voice",
        "A phone number to dial.",
        body="phone_number",
        body_required=True,
        attrs=(
            _a("send_digits", SEND_DIGITS, "DTMF digits to send once the call connects"),
            _a("url", URL, "URL of a document played to the called party"),
            _a("method", METHOD),
            *_CALLBACKS,
            _a("byoc", STRING, "bring-your-own-carrier trunk", dialects=TW),
            *_AMD,
        ),
    ),
    ElementSpec(
        "Conference",
        "Conference",
        "voice",
        "A conference room to join.",
        body="name",
        body_required=True,
        attrs=(
            _a("muted", BOOL, "join muted"),
            _a("beep", enum("true", "false", "onEnter", "onExit"), "when to beep"),
            _a("start_conference_on_enter", BOOL, "start the conference when joining"),
            _a("end_conference_on_exit", BOOL, "end the conference when leaving"),
            _a("wait_url", URL_OR_EMPTY),
            _a("wait_method", METHOD),
            _a("max_participants", PINT, "most participants allowed"),
            _a("record", enum("do-not-record", "record-from-start")),
            _a("recording_configuration_id", dialects=TW),
            _a("region", STRING, "media region", dialects=TW),
            _a("coach", STRING, "call SID of the participant to coach"),
            _a("trim", TRIM),
            _a(
                "status_callback_event",
                {
                    "signalwire": list_of(
                        enum("start", "end", "join", "leave", "mute", "hold", "speaker")
                    ),
                    "twilio": list_of(
                        enum(
                            "start",
                            "end",
                            "join",
                            "leave",
                            "mute",
                            "hold",
                            "modify",
                            "speaker",
                            "announcement",
                        )
                    ),
                },
            ),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD),
            _a("recording_status_callback", URL),
            _a("recording_status_callback_method", METHOD),
            _a(
                "recording_status_callback_event",
                {
                    "signalwire": list_of(enum("in-progress", "completed", "failed")),
                    "twilio": list_of(enum("in-progress", "completed", "absent", "failed")),
                },
            ),
            _a("event_callback_url", URL, "URL notified of conference events"),
            _a("jitter_buffer_size", STRING, "jitter buffer size", dialects=TW),
            _a("participant_label", STRING, "label of the participant", dialects=TW),
            _a("stream_url", URL, "wss:// URL the conference audio streams to", dialects=SW),
        ),
        children=(_c("stream", "ConferenceStream", SW),),
    ),
    ElementSpec(
        "ConferenceStream",
        "Stream",
        "voice",
        "Streams a conference's audio to a WebSocket server.",
        dialects=SW,
        attrs=(
            _a("name", NONEMPTY, "unique name of the stream", required=True),
            _a("url", WSS_URL, "wss:// URL of the WebSocket server (no query string)"),
            _a("track", TRACK),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD),
            _a("auth_bearer_token", STRING, "bearer token sent to the server"),
            _a("codec", STREAM_CODEC, "audio codec and rate"),
            _a("realtime", BOOL, "send audio in real time, without buffering"),
            _a("bidir", BOOL, "stream in both directions"),
            _a("stream_ssl_validate_certificate", BOOL, "check the server's TLS certificate"),
            _a(
                "stream_start_conference_on_enter",
                BOOL,
                "start the conference when the stream joins",
            ),
        ),
        children=(_c("parameter", "Parameter"),),
    ),
    ElementSpec(
        "Client",
        "Client",
        "voice",
        "A client application user to dial.",
        dialects=TW,
        body="identity",
        attrs=(_a("url", URL), _a("method", METHOD), *_CALLBACKS),
        children=(_c("identity", "Identity"), _c("parameter", "Parameter")),
    ),
    ElementSpec(
        "Identity",
        "Identity",
        "voice",
        "The identity of the client to dial.",
        dialects=TW,
        body="client_identity",
        body_required=True,
    ),
    ElementSpec(
        "Connect",
        "Connect",
        "voice",
        "Connects the call to a stream, room or agent for the rest of the call.",
        kind="verb",
        attrs=(_a("action", URL), _a("method", METHOD)),
        children=(
            _c("room", "Room"),
            _c("autopilot", "Autopilot", TW),
            _c("stream", "Stream"),
            _c("virtual_agent", "VirtualAgent"),
            _c("conversation", "Conversation", TW),
            _c("conversation_relay", "ConversationRelay", TW),
            _c("ai_session", "AiSession", TW),
            _c("conversation_relay_session", "ConversationRelaySession", TW),
        ),
    ),
    ElementSpec(
        "ConversationRelaySession",
        "ConversationRelaySession",
        "voice",
        "A conversation relay session.",
        dialects=TW,
        attrs=(_a("connector"), _a("session_configuration")),
    ),
    ElementSpec(
        "AiSession",
        "AiSession",
        "voice",
        "An AI session.",
        dialects=TW,
        attrs=(_a("ai_connector"), _a("ai_session_configuration")),
    ),
    ElementSpec(
        "ConversationRelay",
        "ConversationRelay",
        "voice",
        "Relays the conversation to an AI application over a WebSocket.",
        dialects=TW,
        attrs=(
            _a("url", URL),
            _a("language"),
            _a("tts_language"),
            _a("transcription_language"),
            _a("tts_provider"),
            _a("voice"),
            _a("transcription_provider"),
            _a("speech_model"),
            _a("profanity_filter", BOOL),
            _a("dtmf_detection", BOOL),
            _a("welcome_greeting"),
            _a("partial_prompts", BOOL),
            _a("welcome_greeting_interruptible"),
            _a("interruptible"),
            _a("preemptible", BOOL),
            _a("hints", HINTS),
            _a("intelligence_service"),
            _a("report_input_during_agent_speech"),
            _a("elevenlabs_text_normalization"),
            _a("interrupt_sensitivity"),
            _a("debug"),
            _a("backgroundNoiseReduction"),
            _a("speechTimeout"),
            _a("deepgramSmartFormat"),
            _a("ignoreBackchannel"),
            _a("events"),
            _a("partial_prompt_on_hangup"),
            _a("eager_eot_threshold"),
            _a("asr_smart_format"),
            _a("tts_text_normalization"),
            _a("tts_language_text_normalization"),
            _a("elevenlabs_language_text_normalization"),
            _a("include_in_prompt"),
            _a("customer_name"),
            _a("application_reconnect"),
            _a("echo_prompt_filtering"),
            _a("turn_detection"),
        ),
        children=(_c("language", "Language"), _c("parameter", "Parameter")),
    ),
    ElementSpec(
        "Language",
        "Language",
        "voice",
        "Speech settings for one language of a <ConversationRelay>.",
        dialects=TW,
        attrs=(
            _a("code", STRING, "language code"),
            _a("tts_provider"),
            _a("voice"),
            _a("transcription_provider"),
            _a("speech_model"),
            _a("hints", HINTS),
            _a("asr_smart_format"),
            _a("tts_text_normalization"),
            _a("tts_language_text_normalization"),
        ),
    ),
    ElementSpec(
        "Conversation",
        "Conversation",
        "voice",
        "Connects the call to a conversation.",
        dialects=TW,
        attrs=(
            _a("service_instance_sid"),
            _a("inbound_autocreation", BOOL),
            _a("routing_assignment_timeout", UINT),
            _a("inbound_timeout", UINT),
            _a("url", URL),
            _a("method", METHOD),
            _a("record", STRING),
            _a("trim", TRIM),
            _a("recording_status_callback", URL),
            _a("recording_status_callback_method", METHOD),
            _a("recording_status_callback_event", RECORDING_EVENTS),
            _a("status_callback", URL),
            _a("status_callback_method", METHOD),
            _a("status_callback_event"),
        ),
    ),
    ElementSpec(
        "VirtualAgent",
        "VirtualAgent",
        "voice",
        "Connects the call to a virtual agent (deprecated).",
        attrs=(
            _a("connector_name", NONEMPTY, required=True),
            _a("language", dialects=TW),
            _a("sentiment_analysis", BOOL, "analyse sentiment", dialects=TW),
            _a("status_callback", URL, dialects=TW),
            _a("status_callback_method", METHOD, dialects=TW),
        ),
        children=(_c("config", "Config", TW), _c("parameter", "Parameter", TW)),
    ),
    ElementSpec(
        "Autopilot",
        "Autopilot",
        "voice",
        "Connects the call to an Autopilot assistant.",
        dialects=TW,
        body="name",
        body_required=True,
    ),
    ElementSpec(
        "Room",
        "Room",
        "voice",
        "A video room to connect the call to.",
        body="name",
        body_required=True,
        attrs=(_a("participant_identity", STRING, "identity of the participant", dialects=TW),),
    ),
    ElementSpec(
        "Denoise",
        "Denoise",
        "voice",
        "Turns noise reduction on the call on or off.",
        kind="verb",
        dialects=SW,
        body="state",
        text=Type("on or off", base="token", values=("on", "off")),
    ),
    ElementSpec(
        "Verto",
        "Verto",
        "voice",
        "A Verto (WebRTC) endpoint to dial.",
        dialects=SW,
        body="resource",
        body_required=True,
        text=VERTO_ENDPOINT,
    ),
)

# --------------------------------------------------------------------------- messaging

_MESSAGING: tuple[ElementSpec, ...] = (
    ElementSpec(
        "MessagingResponse",
        "Response",
        "messaging",
        "The root of a messaging document.",
        kind="root",
        children=(_c("message", "Message"), _c("redirect", "Redirect")),
    ),
    _redirect("messaging", "Continues with the document at another URL."),
    ElementSpec(
        "Message",
        "Message",
        "messaging",
        "Sends a message: text, or <Body> and <Media>.",
        kind="verb",
        body="body",
        attrs=(
            _a("to", STRING),
            _a("from_", STRING),
            _a("action", URL),
            _a("method", METHOD),
            _a("status_callback", URL, "URL notified of delivery status (deprecated)", dialects=TW),
        ),
        children=(_c("body", "Body"), _c("media", "Media", max=10)),
    ),
    ElementSpec(
        "Media",
        "Media",
        "messaging",
        "The URL of a media file to send with the message.",
        body="url",
        body_required=True,
        text=URL,
    ),
    ElementSpec(
        "Body",
        "Body",
        "messaging",
        "Text of the message.",
        body="message",
        body_required=True,
        text=Type("text of 1 to 1600 characters", base="token", min_length=1, max_length=1600),
    ),
)

# --------------------------------------------------------------------------- fax

_FAX: tuple[ElementSpec, ...] = (
    ElementSpec(
        "FaxResponse",
        "Response",
        "fax",
        "The root of a fax document.",
        kind="root",
        children=(_c("receive", "Receive"), _c("reject", "Reject", SW)),
    ),
    ElementSpec(
        "Receive",
        "Receive",
        "fax",
        "Receives the incoming fax.",
        kind="verb",
        attrs=(
            _a("action", URL),
            _a("method", METHOD),
            _a("media_type", enum("application/pdf", "image/tiff"), "format to store the fax in"),
            _a("page_size", enum("letter", "legal", "a4"), "page size of the stored fax"),
            _a("store_media", BOOL, "keep a copy of the fax", dialects=TW),
        ),
    ),
    ElementSpec(
        "Reject",
        "Reject",
        "fax",
        "Rejects the incoming fax.",
        kind="verb",
        dialects=SW,
    ),
)

_BY_CHANNEL: dict[Channel, tuple[ElementSpec, ...]] = {
    "voice": _VOICE,
    "messaging": _MESSAGING,
    "fax": _FAX,
}
_BY_CLASS: dict[tuple[Channel, str], ElementSpec] = {
    (spec.channel, spec.cls): spec for specs in _BY_CHANNEL.values() for spec in specs
}

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def channel_elements(channel: Channel) -> tuple[ElementSpec, ...]:
    """Every element class of ``channel``, the root first."""
    return _BY_CHANNEL[channel]


def element(channel: Channel, cls: str) -> ElementSpec:
    """The element class ``cls`` of ``channel``."""
    return _BY_CLASS[(channel, cls)]


def _check() -> None:
    """Consistency of the declarations above; run by the tests."""
    for channel, specs in _BY_CHANNEL.items():
        names = {s.cls for s in specs}
        for spec in specs:
            seen: set[str] = set()
            for a in spec.attrs:
                assert _IDENTIFIER.match(a.python), (spec.cls, a.python)
                assert a.xml not in seen, (spec.cls, a.xml)
                seen.add(a.xml)
                if not isinstance(a.type, Type):
                    assert set(a.type) >= a.dialects, (spec.cls, a.xml)
            for c in spec.children:
                assert c.cls in names, (channel, spec.cls, c.cls)


# --------------------------------------------------------------------------- defaults

#: The value the platform assumes when an attribute is left out (SignalWire's documentation;
#: where Twilio documents another one, a mapping gives one per dialect). Keyed by element class
#: and XML attribute name (a class name is the same element in every channel it is in);
#: attributes without a documented default are not listed.
DEFAULTS: dict[tuple[str, str], str | Mapping[Dialect, str]] = {
    ("Say", "voice"): {"signalwire": "woman", "twilio": "man"},
    ("Say", "loop"): "1",
    ("Play", "loop"): "1",
    ("Pause", "length"): "1",
    ("Gather", "method"): "POST",
    ("Gather", "actionOnEmptyResult"): "false",
    ("Gather", "enhanced"): "false",
    ("Gather", "finishOnKey"): "#",
    ("Gather", "input"): "dtmf",
    ("Gather", "language"): "en-US",
    ("Gather", "partialResultCallbackMethod"): "POST",
    ("Gather", "profanityFilter"): "true",
    ("Gather", "timeout"): "5",
    ("Dial", "method"): "POST",
    ("Dial", "answerOnBridge"): "false",
    ("Dial", "hangupOnStar"): "false",
    ("Dial", "record"): "do-not-record",
    ("Dial", "recordingStatusCallbackEvent"): "completed",
    ("Dial", "recordingStatusCallbackMethod"): "POST",
    ("Dial", "recordingStorageUrlMethod"): "POST",
    ("Dial", "recordingTrack"): "both",
    ("Dial", "timeLimit"): "14400",
    ("Dial", "timeout"): "30",
    ("Dial", "trim"): "do-not-trim",
    ("Record", "method"): "POST",
    ("Record", "finishOnKey"): {"twilio": "1234567890*#"},
    ("Record", "maxLength"): "3600",
    ("Record", "playBeep"): "true",
    ("Record", "recordingStatusCallbackEvent"): "completed",
    ("Record", "recordingStatusCallbackMethod"): "POST",
    ("Record", "storageUrlMethod"): "POST",
    ("Record", "timeout"): "5",
    ("Record", "transcribe"): "false",
    ("Record", "trim"): "trim-silence",
    ("Reject", "reason"): "rejected",
    ("Redirect", "method"): "POST",
    ("Enqueue", "method"): "POST",
    ("Enqueue", "waitUrlMethod"): "POST",
    ("Refer", "method"): "POST",
    ("Sms", "method"): "POST",
    ("Pay", "currency"): "usd",
    ("Pay", "input"): "dtmf",
    ("Pay", "language"): "en-US",
    ("Pay", "maxAttempts"): "1",
    ("Pay", "paymentMethod"): "credit-card",
    ("Pay", "postalCode"): "true",
    ("Pay", "securityCode"): "true",
    ("Pay", "timeout"): "5",
    ("Pay", "tokenType"): "reusable",
    ("Pay", "validCardTypes"): "visa mastercard amex",
    ("Echo", "timeout"): "60",
    ("Number", "method"): "POST",
    ("Number", "statusCallbackMethod"): "POST",
    ("Sip", "method"): "POST",
    ("Sip", "statusCallbackMethod"): "POST",
    ("Sip", "codecs"): "PCMU,PCMA",
    ("Conference", "beep"): "true",
    ("Conference", "endConferenceOnExit"): "false",
    ("Conference", "muted"): "false",
    ("Conference", "record"): "do-not-record",
    ("Conference", "recordingStatusCallbackMethod"): "POST",
    ("Conference", "startConferenceOnEnter"): "true",
    ("Conference", "statusCallbackMethod"): "POST",
    ("Conference", "trim"): "trim-silence",
    ("Conference", "waitMethod"): "POST",
    ("Queue", "method"): "POST",
    ("Stream", "codec"): "PCMU@8000h",
    ("Stream", "realtime"): "false",
    ("Stream", "statusCallbackMethod"): "POST",
    ("Stream", "track"): "inbound_track",
    ("Message", "method"): "POST",
    ("Receive", "method"): "POST",
    ("Receive", "mediaType"): "application/pdf",
    ("Receive", "pageSize"): "letter",
    ("SsmlBreak", "strength"): "medium",
    ("SsmlEmphasis", "level"): "moderate",
}


def default(spec: ElementSpec, xml_name: str, dialect: Dialect = "signalwire") -> str | None:
    """The value the platform assumes for attribute ``xml_name`` of ``spec`` when it is left
    out, or ``None`` when none is documented.

    >>> default(element("voice", "Gather"), "timeout")
    '5'
    """
    value = DEFAULTS.get((spec.cls, xml_name))
    if value is None or isinstance(value, str):
        return value
    return value.get(dialect)
