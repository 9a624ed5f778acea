"""The parameters the platform sends with each webhook request, as typed frozen dataclasses.

Every attribute is the snake-case form of the platform's parameter name (``SpeechResult`` is
``speech_result``, ``From`` is ``from_``); the platform's name is in the field's metadata
(``dataclasses.fields(GatherResult)[i].metadata["name"]``). ``from_form`` reads a form (a mapping,
a multidict, ``(name, value)`` pairs or the raw urlencoded body): values are converted (integers,
numbers, booleans, dates, ``Literal`` choices), parameters laml does not know are kept in
``extra``, and bad values raise one :class:`ParameterError` naming every bad parameter.
``to_form`` writes the parameters back as the platform sends them.

>>> result = GatherResult.from_form({"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111",
...     "To": "+15550002222", "CallStatus": "in-progress", "Digits": "1", "Confidence": "0.92",
...     "Custom": "x"})
>>> result.digits, result.confidence, result.call_status, result.extra["Custom"]
('1', 0.92, 'in-progress', 'x')
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal, Self, TypeAlias

from laml.webhooks._convert import (
    BOOL,
    DATETIME,
    DATETIME_ISO,
    FLOAT,
    INT,
    TEXT,
    Converter,
    FormParams,
    choice,
)
from laml.webhooks._exceptions import ParameterError
from laml.webhooks._form import Form, Pairs, form_pairs, is_raw, parse_form

__all__ = [
    "ACTION_PARAMS",
    "AnsweredBy",
    "CallRequest",
    "CallStatus",
    "CallStatusCallback",
    "ConferenceEvent",
    "ConferenceStatusCallback",
    "DequeueRequest",
    "DialCallStatus",
    "DialResult",
    "Direction",
    "EnqueueResult",
    "FaxRequest",
    "FaxResult",
    "FormParams",
    "GatherPartialResult",
    "GatherResult",
    "Media",
    "MessageRequest",
    "MessageStatus",
    "MessageStatusCallback",
    "Params",
    "PayErrorType",
    "PayFor",
    "PayResult",
    "PayResultCode",
    "PayStatusCallback",
    "PaymentMethod",
    "QueueResult",
    "QueueWait",
    "RecordResult",
    "RecordingSource",
    "RecordingStatus",
    "RecordingStatusCallback",
    "RecordingTrack",
    "ReferCallStatus",
    "ReferResult",
    "SmsVerbResult",
    "SmsVerbStatus",
    "SmsVerbStatusCallback",
    "StreamEvent",
    "StreamStatusCallback",
    "StreamTrack",
    "TranscriptionCallback",
    "TranscriptionStatus",
]

# ---------------------------------------------------------------------------------- choices

CallStatus: TypeAlias = Literal[
    "queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer",
    "canceled",
]
Direction: TypeAlias = Literal[
    "inbound", "outbound-api", "outbound-dial", "trunking-originating", "trunking-terminating",
]
AnsweredBy: TypeAlias = Literal[
    "human", "machine", "machine_start", "machine_end_beep", "machine_end_silence",
    "machine_end_other", "fax", "unknown",
]
DialCallStatus: TypeAlias = Literal[
    "completed", "answered", "busy", "no-answer", "failed", "canceled",
]
RecordingStatus: TypeAlias = Literal[
    "in-progress", "paused", "stopped", "processing", "completed", "absent", "failed", "deleted",
]
RecordingSource: TypeAlias = Literal[
    "DialVerb", "Conference", "OutboundAPI", "Trunking", "RecordVerb", "StartCallRecordingAPI",
    "StartConferenceRecordingAPI",
]
RecordingTrack: TypeAlias = Literal["inbound", "outbound", "both"]
TranscriptionStatus: TypeAlias = Literal["in-progress", "completed", "failed"]
QueueResult: TypeAlias = Literal[
    "bridged", "bridging-in-progress", "error", "hangup", "leave", "redirected",
    "redirected-from-bridged", "queue-full", "system-error",
]
PayResultCode: TypeAlias = Literal[
    "success", "too-many-failed-attempts", "payment-connector-error",
    "caller-interrupted-with-star", "caller-hung-up", "validation-error", "internal-error",
]
PaymentMethod: TypeAlias = Literal["credit-card", "ach-debit"]
PayFor: TypeAlias = Literal[
    "payment-card-number", "expiration-date", "security-code", "postal-code",
    "payment-processing", "bank-routing-number", "bank-account-number",
]
PayErrorType: TypeAlias = Literal[
    "input-timeout", "invalid-card-number", "invalid-card-type", "invalid-date",
    "invalid-security-code", "invalid-postal-code", "invalid-bank-routing-number",
    "invalid-bank-account-number", "session-in-progress",
]
ReferCallStatus: TypeAlias = Literal["in-progress", "busy", "no-answer", "canceled", "failed"]
SmsVerbStatus: TypeAlias = Literal["sending", "invalid", "sent", "failed"]
ConferenceEvent: TypeAlias = Literal[
    "conference-start", "conference-end", "participant-join", "participant-leave",
    "participant-mute", "participant-unmute", "participant-hold", "participant-unhold",
    "participant-modify", "participant-speech-start", "participant-speech-stop",
    "announcement-end", "announcement-fail",
]
StreamEvent: TypeAlias = Literal["stream-started", "stream-stopped", "stream-error"]
StreamTrack: TypeAlias = Literal["inbound_track", "outbound_track", "both_tracks"]
MessageStatus: TypeAlias = Literal[
    "accepted", "scheduled", "queued", "sending", "sent", "delivered", "undelivered", "failed",
    "receiving", "received", "read", "partially_delivered", "canceled",
]


def _choices(alias: Any) -> Converter:
    return choice(*alias.__args__)


# ---------------------------------------------------------------------------------- fields


def param(
    name: str, convert: Converter = TEXT, *, required: bool = False, default: Any = None,
    repr: bool = True,
) -> Any:
    """A dataclass field for the platform parameter ``name``, read and written by ``convert``."""
    metadata = {"name": name, "convert": convert}
    if required:
        return field(metadata=metadata, repr=repr)
    return field(default=default, metadata=metadata, repr=repr)


@dataclass(frozen=True, slots=True)
class Media:
    """One media item of a message: ``MediaUrl{N}`` and ``MediaContentType{N}``."""

    url: str
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class _Table:
    known: dict[str, tuple[str, Converter]]
    required: tuple[str, ...]
    order: tuple[tuple[str, str, Converter], ...]
    #: (prefix, attribute) of the fields that collect ``prefix<name>`` parameters
    prefixes: tuple[tuple[str, str], ...]
    media: bool


_MEDIA = re.compile(r"Media(Url|ContentType)([0-9]{1,4})")


_TABLES: dict[type, _Table] = {}


def _table(cls: type[Params]) -> _Table:
    table = _TABLES.get(cls)
    if table is None:
        table = _TABLES[cls] = _make_table(cls)
    return table


def _make_table(cls: type[Params]) -> _Table:
    known: dict[str, tuple[str, Converter]] = {}
    required: list[str] = []
    order: list[tuple[str, str, Converter]] = []
    prefixes: list[tuple[str, str]] = []
    media = False
    for f in dataclasses.fields(cls):
        if "prefix" in f.metadata:
            prefixes.append((f.metadata["prefix"], f.name))
        elif f.metadata.get("media"):
            media = True
        elif "name" in f.metadata:
            name, convert = f.metadata["name"], f.metadata["convert"]
            known[name] = (f.name, convert)
            order.append((f.name, name, convert))
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                required.append(name)
    return _Table(known, tuple(required), tuple(order), tuple(prefixes), media)


_EMPTY = FormParams()


@dataclass(frozen=True, slots=True, kw_only=True)
class Params:
    """Base of every request's parameters: ``extra`` holds the ones laml does not know."""

    #: the request's parameters that no attribute holds, every value kept
    extra: FormParams = field(default=_EMPTY, metadata={"extra": True})

    KIND: ClassVar[str] = "request"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super(Params, cls).__init_subclass__(**kwargs)  # (@dataclass(slots=True) makes a new class)
        cls.__repr__ = Params.__repr__  # type: ignore[method-assign]  # (kept by @dataclass)

    def __repr__(self) -> str:
        shown = [
            f"{f.name}={getattr(self, f.name)!r}"
            for f in dataclasses.fields(self)
            if f.repr and f.name != "extra" and getattr(self, f.name) not in (None, (), _EMPTY)
        ]
        if self.extra:
            shown.append(f"extra={self.extra!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @classmethod
    def from_form(cls, form: Form | bytes | str) -> Self:
        """The parameters of a form: a mapping, a multidict, pairs, or the raw urlencoded body.

        Raises :class:`ParameterError` naming every parameter that is missing or has a value
        the platform never sends. An empty value reads as absent, except for text.
        """
        if is_raw(form):
            try:
                pairs: Pairs = parse_form(form)  # type: ignore[arg-type]
            except (UnicodeDecodeError, ValueError) as exc:
                problem = ("(body)", f"not a UTF-8 urlencoded form: {exc}")
                raise ParameterError([problem], cls.KIND) from None
        else:
            pairs = form_pairs(form)  # type: ignore[arg-type]
        table = _table(cls)
        values: dict[str, Any] = {}
        seen: set[str] = set()
        problems: list[tuple[str, str]] = []
        extra: Pairs = []
        collected: dict[str, list[tuple[str, str]]] = {}
        media: dict[int, dict[str, str]] = {}
        for name, value in pairs:
            spec = table.known.get(name)
            if spec is not None and name not in seen:
                seen.add(name)
                attribute, convert = spec
                if value == "" and convert is not TEXT:
                    continue
                try:
                    values[attribute] = convert.parse(value)
                except ValueError as exc:
                    problems.append((name, str(exc)))
                continue
            if spec is None:
                if table.media:
                    match = _MEDIA.fullmatch(name)
                    if match is not None:
                        media.setdefault(int(match.group(2)), {}).setdefault(match.group(1), value)
                        continue
                prefix = next(
                    (p for p in table.prefixes if name.startswith(p[0]) and name != p[0]), None
                )
                if prefix is not None:
                    collected.setdefault(prefix[1], []).append((name[len(prefix[0]):], value))
                    continue
            extra.append((name, value))
        for name in table.required:
            if name not in seen:
                problems.append((name, "missing"))
            elif table.known[name][0] not in values and all(name != bad for bad, _ in problems):
                problems.append((name, "empty"))
        if problems:
            raise ParameterError(problems, cls.KIND)
        for attribute, items in collected.items():
            values[attribute] = FormParams(items)
        if media:
            items_media = []
            for index in sorted(media):
                parts = media[index]
                if "Url" not in parts:
                    extra.append((f"MediaContentType{index}", parts["ContentType"]))
                    continue
                items_media.append(Media(parts["Url"], parts.get("ContentType")))
            values["media"] = tuple(items_media)
        if extra:
            values["extra"] = FormParams(extra)
        return cls(**values)

    def to_form(self) -> list[tuple[str, str]]:
        """The parameters as the platform posts them: ``(name, value)`` pairs, ``extra`` last."""
        table = _table(type(self))
        pairs: list[tuple[str, str]] = []
        for attribute, name, convert in table.order:
            value = getattr(self, attribute)
            if value is not None:
                pairs.append((name, convert.format(value)))
        for prefix, attribute in table.prefixes:
            pairs.extend((prefix + key, value) for key, value in getattr(self, attribute).pairs)
        if table.media:
            for index, item in enumerate(getattr(self, "media")):  # noqa: B009
                pairs.append((f"MediaUrl{index}", item.url))
                if item.content_type is not None:
                    pairs.append((f"MediaContentType{index}", item.content_type))
        pairs.extend(self.extra.pairs)
        return pairs

    @classmethod
    def platform_names(cls) -> dict[str, str]:
        """Each attribute's platform parameter name: ``{"speech_result": "SpeechResult", ...}``."""
        return {attribute: name for attribute, name, _ in _table(cls).order}


def _collect(prefix: str) -> Any:
    return field(default=_EMPTY, metadata={"prefix": prefix})


# ---------------------------------------------------------------------------------- voice


@dataclass(frozen=True, slots=True, kw_only=True)
class CallRequest(Params):
    """The parameters of every voice request: the incoming call, and each verb's ``action``."""

    KIND: ClassVar[str] = "call request"

    call_sid: str = param("CallSid", required=True)
    account_sid: str = param("AccountSid", required=True)
    from_: str = param("From", required=True)
    to: str = param("To", required=True)
    call_status: CallStatus = param("CallStatus", _choices(CallStatus), required=True)
    api_version: str | None = param("ApiVersion")
    direction: Direction | None = param("Direction", _choices(Direction))
    forwarded_from: str | None = param("ForwardedFrom")
    caller_name: str | None = param("CallerName")
    parent_call_sid: str | None = param("ParentCallSid")
    call_token: str | None = param("CallToken")
    answered_by: AnsweredBy | None = param("AnsweredBy", _choices(AnsweredBy))
    machine_detection_duration: int | None = param("MachineDetectionDuration", INT)
    sip_user: str | None = param("SipUser")
    from_city: str | None = param("FromCity")
    from_state: str | None = param("FromState")
    from_zip: str | None = param("FromZip")
    from_country: str | None = param("FromCountry")
    to_city: str | None = param("ToCity")
    to_state: str | None = param("ToState")
    to_zip: str | None = param("ToZip")
    to_country: str | None = param("ToCountry")
    caller: str | None = param("Caller")
    called: str | None = param("Called")
    caller_city: str | None = param("CallerCity")
    caller_state: str | None = param("CallerState")
    caller_zip: str | None = param("CallerZip")
    caller_country: str | None = param("CallerCountry")
    called_city: str | None = param("CalledCity")
    called_state: str | None = param("CalledState")
    called_zip: str | None = param("CalledZip")
    called_country: str | None = param("CalledCountry")


@dataclass(frozen=True, slots=True, kw_only=True)
class GatherResult(CallRequest):
    """``<Gather action>``: the keys pressed or the words said."""

    KIND: ClassVar[str] = "Gather action"

    digits: str | None = param("Digits")
    speech_result: str | None = param("SpeechResult")
    #: 0.0 to 1.0
    confidence: float | None = param("Confidence", FLOAT)


@dataclass(frozen=True, slots=True, kw_only=True)
class GatherPartialResult(CallRequest):
    """``<Gather partialResultCallback>``: speech recognized so far."""

    KIND: ClassVar[str] = "Gather partial result"

    unstable_speech_result: str | None = param("UnstableSpeechResult")
    stability: float | None = param("Stability", FLOAT)
    sequence_number: int | None = param("SequenceNumber", INT)
    speech_result: str | None = param("SpeechResult")


@dataclass(frozen=True, slots=True, kw_only=True)
class DialResult(CallRequest):
    """``<Dial action>``: how the dialed call ended."""

    KIND: ClassVar[str] = "Dial action"

    dial_call_status: DialCallStatus | None = param("DialCallStatus", _choices(DialCallStatus))
    dial_call_sid: str | None = param("DialCallSid")
    #: seconds
    dial_call_duration: int | None = param("DialCallDuration", INT)
    dial_bridged: bool | None = param("DialBridged", BOOL)
    recording_url: str | None = param("RecordingUrl")
    recording_sid: str | None = param("RecordingSid")
    recording_duration: int | None = param("RecordingDuration", INT)
    dial_sip_call_id: str | None = param("DialSipCallId")
    dial_sip_response_code: int | None = param("DialSipResponseCode", INT)
    #: the ``X-`` headers of the SIP 200 answer: ``DialSipHeader_<name>`` parameters, by name
    dial_sip_headers: FormParams = _collect("DialSipHeader_")


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordResult(CallRequest):
    """``<Record action>``: the recording just made."""

    KIND: ClassVar[str] = "Record action"

    recording_url: str | None = param("RecordingUrl")
    recording_sid: str | None = param("RecordingSid")
    #: seconds
    recording_duration: int | None = param("RecordingDuration", INT)
    #: the key that ended the recording (``hangup`` when the caller hung up)
    digits: str | None = param("Digits")


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordingStatusCallback(Params):
    """``recordingStatusCallback`` of ``<Record>``, ``<Dial>``, ``<Conference>``."""

    KIND: ClassVar[str] = "recording status callback"

    recording_sid: str = param("RecordingSid", required=True)
    account_sid: str | None = param("AccountSid")
    call_sid: str | None = param("CallSid")
    conference_sid: str | None = param("ConferenceSid")
    recording_url: str | None = param("RecordingUrl")
    recording_status: RecordingStatus | None = param("RecordingStatus", _choices(RecordingStatus))
    recording_duration: int | None = param("RecordingDuration", INT)
    recording_channels: int | None = param("RecordingChannels", INT)
    recording_source: RecordingSource | None = param("RecordingSource", _choices(RecordingSource))
    recording_start_time: datetime | None = param("RecordingStartTime", DATETIME)
    recording_track: RecordingTrack | None = param("RecordingTrack", _choices(RecordingTrack))
    error_code: int | None = param("ErrorCode", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class TranscriptionCallback(Params):
    """``<Record transcribeCallback>``: the transcription of a recording."""

    KIND: ClassVar[str] = "transcription callback"

    transcription_sid: str = param("TranscriptionSid", required=True)
    transcription_text: str | None = param("TranscriptionText")
    transcription_status: TranscriptionStatus | None = param(
        "TranscriptionStatus", _choices(TranscriptionStatus)
    )
    transcription_url: str | None = param("TranscriptionUrl")
    recording_sid: str | None = param("RecordingSid")
    recording_url: str | None = param("RecordingUrl")
    call_sid: str | None = param("CallSid")
    account_sid: str | None = param("AccountSid")
    from_: str | None = param("From")
    to: str | None = param("To")
    call_status: CallStatus | None = param("CallStatus", _choices(CallStatus))
    api_version: str | None = param("ApiVersion")
    direction: Direction | None = param("Direction", _choices(Direction))
    forwarded_from: str | None = param("ForwardedFrom")


@dataclass(frozen=True, slots=True, kw_only=True)
class EnqueueResult(CallRequest):
    """``<Enqueue action>``: why the caller left the queue."""

    KIND: ClassVar[str] = "Enqueue action"

    queue_result: QueueResult | None = param("QueueResult", _choices(QueueResult))
    queue_sid: str | None = param("QueueSid")
    #: seconds in the queue
    queue_time: int | None = param("QueueTime", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueWait(CallRequest):
    """``<Enqueue waitUrl>``: where the caller stands in the queue."""

    KIND: ClassVar[str] = "Enqueue waitUrl request"

    queue_sid: str | None = param("QueueSid")
    queue_position: int | None = param("QueuePosition", INT)
    #: seconds
    queue_time: int | None = param("QueueTime", INT)
    #: seconds
    avg_queue_time: int | None = param("AvgQueueTime", INT)
    current_queue_size: int | None = param("CurrentQueueSize", INT)
    max_queue_size: int | None = param("MaxQueueSize", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class DequeueRequest(CallRequest):
    """``<Queue url>``: played to the queued caller before the two calls are bridged."""

    KIND: ClassVar[str] = "Queue url request"

    queue_sid: str | None = param("QueueSid")
    #: seconds the caller waited
    queue_time: int | None = param("QueueTime", INT)
    #: the call that dequeued this one (the platform's spelling)
    dequeing_call_sid: str | None = param("DequeingCallSid")


@dataclass(frozen=True, slots=True, kw_only=True)
class PayResult(CallRequest):
    """``<Pay action>``: the outcome of a payment (card and account numbers masked)."""

    KIND: ClassVar[str] = "Pay action"

    result: PayResultCode | None = param("Result", _choices(PayResultCode))
    payment_confirmation_code: str | None = param("PaymentConfirmationCode")
    payment_token: str | None = param("PaymentToken", repr=False)
    profile_id: str | None = param("ProfileId")
    payment_card_number: str | None = param("PaymentCardNumber")
    payment_card_type: str | None = param("PaymentCardType")
    payment_card_postal_code: str | None = param("PaymentCardPostalCode")
    #: MMYY
    expiration_date: str | None = param("ExpirationDate")
    security_code: str | None = param("SecurityCode")
    payment_method: PaymentMethod | None = param("PaymentMethod", _choices(PaymentMethod))
    bank_account_number: str | None = param("BankAccountNumber")
    bank_routing_number: str | None = param("BankRoutingNumber")
    payment_error: str | None = param("PaymentError")
    pay_error_code: int | None = param("PayErrorCode", INT)
    connector_error: str | None = param("ConnectorError")


@dataclass(frozen=True, slots=True, kw_only=True)
class PayStatusCallback(Params):
    """``<Pay statusCallback>``: progress while the caller enters payment details."""

    KIND: ClassVar[str] = "Pay status callback"

    call_sid: str | None = param("CallSid")
    account_sid: str | None = param("AccountSid")
    attempt: int | None = param("Attempt", INT)
    for_: PayFor | None = param("For", _choices(PayFor))
    error_type: PayErrorType | None = param("ErrorType", _choices(PayErrorType))
    payment_card_number: str | None = param("PaymentCardNumber")
    payment_card_type: str | None = param("PaymentCardType")
    payment_card_postal_code: str | None = param("PaymentCardPostalCode")
    expiration_date: str | None = param("ExpirationDate")
    security_code: str | None = param("SecurityCode")
    payment_method: PaymentMethod | None = param("PaymentMethod", _choices(PaymentMethod))


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferResult(CallRequest):
    """``<Refer action>``: how the SIP REFER went."""

    KIND: ClassVar[str] = "Refer action"

    refer_call_status: ReferCallStatus | None = param("ReferCallStatus", _choices(ReferCallStatus))
    refer_sip_response_code: int | None = param("ReferSipResponseCode", INT)
    notify_sip_response_code: int | None = param("NotifySipResponseCode", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsVerbResult(CallRequest):
    """``<Sms action>`` (the voice verb): the message being sent."""

    KIND: ClassVar[str] = "Sms action"

    sms_sid: str | None = param("SmsSid")
    sms_status: SmsVerbStatus | None = param("SmsStatus", _choices(SmsVerbStatus))


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsVerbStatusCallback(Params):
    """``<Sms statusCallback>`` (the voice verb): the message was sent, or failed."""

    KIND: ClassVar[str] = "Sms status callback"

    sms_sid: str = param("SmsSid", required=True)
    sms_status: SmsVerbStatus = param("SmsStatus", _choices(SmsVerbStatus), required=True)
    account_sid: str | None = param("AccountSid")


@dataclass(frozen=True, slots=True, kw_only=True)
class CallStatusCallback(CallRequest):
    """A call's ``statusCallback`` (also ``<Number>``/``<Sip>``/``<Client>`` ``statusCallback``)."""

    KIND: ClassVar[str] = "call status callback"

    #: seconds (on ``completed``)
    call_duration: int | None = param("CallDuration", INT)
    timestamp: datetime | None = param("Timestamp", DATETIME)
    sequence_number: int | None = param("SequenceNumber", INT)
    callback_source: str | None = param("CallbackSource")
    recording_url: str | None = param("RecordingUrl")
    recording_sid: str | None = param("RecordingSid")
    recording_duration: int | None = param("RecordingDuration", INT)
    duration: int | None = param("Duration", INT)
    hangup_by: str | None = param("HangupBy")
    hangup_direction: str | None = param("HangupDirection")
    sip_result_code: int | None = param("SipResultCode", INT)
    sip_invite_result_phrase: str | None = param("SipInviteResultPhrase")
    sip_response_code: int | None = param("SipResponseCode", INT)
    sip_call_id: str | None = param("SipCallId")
    audio_in_mos: float | None = param("AudioInMos", FLOAT)
    audio_in_average_ptime: int | None = param("AudioInAveragePtime", INT)
    audio_in_dtmf_packet_count: int | None = param("AudioInDtmfPacketCount", INT)
    audio_in_flush_packet_count: int | None = param("AudioInFlushPacketCount", INT)
    audio_in_jitter_max_variance: int | None = param("AudioInJitterMaxVariance", INT)
    audio_in_jitter_min_variance: int | None = param("AudioInJitterMinVariance", INT)
    audio_in_largest_jb_size: int | None = param("AudioInLargestJbSize", INT)
    audio_in_media_packet_count: int | None = param("AudioInMediaPacketCount", INT)
    audio_in_skip_packet_count: int | None = param("AudioInSkipPacketCount", INT)
    audio_out_dtmf_packet_count: int | None = param("AudioOutDtmfPacketCount", INT)
    audio_out_media_packet_count: int | None = param("AudioOutMediaPacketCount", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConferenceStatusCallback(Params):
    """``<Conference statusCallback>``: a conference or participant event."""

    KIND: ClassVar[str] = "conference status callback"

    conference_sid: str = param("ConferenceSid", required=True)
    status_callback_event: ConferenceEvent = param(
        "StatusCallbackEvent", _choices(ConferenceEvent), required=True
    )
    account_sid: str | None = param("AccountSid")
    call_sid: str | None = param("CallSid")
    friendly_name: str | None = param("FriendlyName")
    event_name: str | None = param("EventName")
    timestamp: datetime | None = param("Timestamp", DATETIME)
    sequence_number: int | None = param("SequenceNumber", INT)
    duration: int | None = param("Duration", INT)
    muted: bool | None = param("Muted", BOOL)
    hold: bool | None = param("Hold", BOOL)
    coaching: bool | None = param("Coaching", BOOL)
    call_sid_to_coach: str | None = param("CallSidToCoach")
    participant_label: str | None = param("ParticipantLabel")
    end_conference_on_exit: bool | None = param("EndConferenceOnExit", BOOL)
    start_conference_on_enter: bool | None = param("StartConferenceOnEnter", BOOL)
    reason_conference_ended: str | None = param("ReasonConferenceEnded")
    call_sid_ending_conference: str | None = param("CallSidEndingConference")
    recording_url: str | None = param("RecordingUrl")
    recording_file_size: int | None = param("RecordingFileSize", INT)


@dataclass(frozen=True, slots=True, kw_only=True)
class StreamStatusCallback(Params):
    """``<Stream statusCallback>``: a media stream started, stopped or failed."""

    KIND: ClassVar[str] = "stream status callback"

    stream_sid: str = param("StreamSid", required=True)
    stream_event: StreamEvent = param("StreamEvent", _choices(StreamEvent), required=True)
    account_sid: str | None = param("AccountSid")
    call_sid: str | None = param("CallSid")
    conference_sid: str | None = param("ConferenceSid")
    stream_name: str | None = param("StreamName")
    stream_error: str | None = param("StreamError")
    stream_track: StreamTrack | None = param("StreamTrack", _choices(StreamTrack))
    timestamp: datetime | None = param("Timestamp", DATETIME_ISO)
    unique_id: str | None = param("Unique-ID")


# ---------------------------------------------------------------------------------- messaging


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageRequest(Params):
    """An incoming message (SMS or MMS). ``media`` holds ``MediaUrl{N}``/``MediaContentType{N}``."""

    KIND: ClassVar[str] = "message request"

    message_sid: str = param("MessageSid", required=True)
    account_sid: str = param("AccountSid", required=True)
    from_: str = param("From", required=True)
    to: str = param("To", required=True)
    #: the text ("" when absent)
    body: str = param("Body", default="")
    num_media: int = param("NumMedia", INT, default=0)
    num_segments: int | None = param("NumSegments", INT)
    media: tuple[Media, ...] = field(default=(), metadata={"media": True})
    messaging_service_sid: str | None = param("MessagingServiceSid")
    api_version: str | None = param("ApiVersion")
    sms_sid: str | None = param("SmsSid")
    sms_message_sid: str | None = param("SmsMessageSid")
    sms_status: str | None = param("SmsStatus")
    from_city: str | None = param("FromCity")
    from_state: str | None = param("FromState")
    from_zip: str | None = param("FromZip")
    from_country: str | None = param("FromCountry")
    to_city: str | None = param("ToCity")
    to_state: str | None = param("ToState")
    to_zip: str | None = param("ToZip")
    to_country: str | None = param("ToCountry")


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageStatusCallback(Params):
    """A message's ``statusCallback`` (also ``<Message action>``)."""

    KIND: ClassVar[str] = "message status callback"

    message_sid: str = param("MessageSid", required=True)
    message_status: MessageStatus = param("MessageStatus", _choices(MessageStatus), required=True)
    account_sid: str | None = param("AccountSid")
    from_: str | None = param("From")
    to: str | None = param("To")
    error_code: int | None = param("ErrorCode", INT)
    error_message: str | None = param("ErrorMessage")
    body: str | None = param("Body")
    num_media: int | None = param("NumMedia", INT)
    num_segments: int | None = param("NumSegments", INT)
    messaging_service_sid: str | None = param("MessagingServiceSid")
    api_version: str | None = param("ApiVersion")
    sms_sid: str | None = param("SmsSid")
    sms_status: str | None = param("SmsStatus")
    #: ``YYMMDDhhmm`` from the carrier's delivery receipt
    raw_dlr_done_date: str | None = param("RawDlrDoneDate")


# ---------------------------------------------------------------------------------- fax


@dataclass(frozen=True, slots=True, kw_only=True)
class FaxRequest(Params):
    """An incoming fax."""

    KIND: ClassVar[str] = "fax request"

    fax_sid: str = param("FaxSid", required=True)
    account_sid: str = param("AccountSid", required=True)
    from_: str | None = param("From")
    to: str | None = param("To")
    api_version: str | None = param("ApiVersion")


@dataclass(frozen=True, slots=True, kw_only=True)
class FaxResult(FaxRequest):
    """``<Receive action>`` and a sent fax's status callback."""

    KIND: ClassVar[str] = "fax result"

    fax_status: str | None = param("FaxStatus")
    num_pages: int | None = param("NumPages", INT)
    media_url: str | None = param("MediaUrl")
    media_sid: str | None = param("MediaSid")
    original_media_url: str | None = param("OriginalMediaUrl")
    remote_station_id: str | None = param("RemoteStationId")
    error_code: int | None = param("ErrorCode", INT)
    error_message: str | None = param("ErrorMessage")
    timestamp: datetime | None = param("Timestamp", DATETIME_ISO)


#: The parameters of the request each verb sends to its ``action`` URL, by the verb's tag.
ACTION_PARAMS: Mapping[str, type[Params]] = {
    "Gather": GatherResult,
    "Dial": DialResult,
    "Record": RecordResult,
    "Enqueue": EnqueueResult,
    "Pay": PayResult,
    "Refer": ReferResult,
    "Sms": SmsVerbResult,
    "Message": MessageStatusCallback,
    "Receive": FaxResult,
}
