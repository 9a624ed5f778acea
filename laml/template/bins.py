"""How hosted bins use templates: request parameters, the ``e164`` helper, known names.

A bin is rendered with the parameters of the request that fetched it (the platform's
webhook parameters plus any query string added to the bin's URL):

>>> render_bin_template('<Dial callerId="{{#e164}}{{From}}{{/e164}}">'
...                     '{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>',
...                     [("From", "tel:+1 (415) 555-0100"), ("Dest[]", "+12025550101"),
...                      ("Dest[]", "+17035550102")])
'<Dial callerId="+14155550100"><Number>+12025550101</Number><Number>+17035550102</Number></Dial>'
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote

from laml.template import render
from laml.template.runtime import SectionHelper

__all__ = [
    "E164",
    "KNOWN_PARAMETERS",
    "ParameterCheck",
    "bin_context",
    "check_parameter",
    "normalize_params",
    "render_bin_template",
    "to_e164",
]

ParamValue = str | Sequence[str] | None
Params = Mapping[str, ParamValue] | Iterable[tuple[str, ParamValue]]


def _text(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def normalize_params(params: Params) -> dict[str, str | list[str]]:
    """Request parameters as the template sees them.

    ``params`` is a mapping or a sequence of ``(key, value)`` pairs (a parsed query
    string or form body, in order). A key ending in ``[]`` (``Dest[]=a&Dest[]=b``) names
    a list under the key without the brackets, even with a single value; a key given
    more than once becomes a list of its values in order; a mapping value that is a
    list or tuple stays a list. Every other value is a string (``None`` becomes ``""``).
    A list renders as a section that repeats once per item (``{{#Dest}}{{.}}{{/Dest}}``)
    and, interpolated, as its items joined with commas.
    """
    pairs = params.items() if isinstance(params, Mapping) else params
    result: dict[str, str | list[str]] = {}
    for raw_key, value in pairs:
        bracketed = raw_key.endswith("[]")
        key = raw_key[:-2] if bracketed else raw_key
        is_list = bracketed or isinstance(value, list | tuple)
        values = (
            [_text(item) for item in value]
            if isinstance(value, list | tuple)
            else [_text(value)]
        )
        existing = result.get(key)
        if existing is None:
            result[key] = values if is_list or len(values) != 1 else values[0]
        elif isinstance(existing, list):
            existing.extend(values)
        else:
            result[key] = [existing, *values]
    return result


# -- e164 --------------------------------------------------------------------------

_SCHEME = re.compile(r"^(?:sips?|tel):", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-.()/\u00a0]+")
_INTERNATIONAL = re.compile(r"^(?:\+|00)([1-9]\d{6,14})$")
_NANP_11 = re.compile(r"^1\d{10}$")
_NANP_10 = re.compile(r"^[2-9]\d{9}$")


def to_e164(text: str) -> str:
    """Normalise a phone number, a ``tel:`` URI or a SIP URI to E.164.

    The rules, applied to ``text`` without its surrounding whitespace:

    1. percent-escapes are decoded (``%2B`` is ``+``);
    2. a ``sip:``, ``sips:`` or ``tel:`` scheme is dropped, and so is everything from the
       first ``;`` or ``?`` (URI parameters and headers); for SIP the user part before
       ``@`` is kept;
    3. spaces, ``-``, ``.``, ``(``, ``)`` and ``/`` are removed;
    4. ``+`` or ``00`` followed by 7 to 15 digits gives ``+digits``; 11 digits starting
       with ``1``, or 10 digits, are North American numbers and get ``+1``.

    Anything else is not number-like and is returned unchanged (the whole ``text``), so
    ``{{#e164}}{{To}}{{/e164}}`` never loses a value it does not understand.
    """
    candidate = unquote(text.strip())
    if _SCHEME.match(candidate):
        candidate = candidate[candidate.index(":") + 1 :]
        candidate = candidate.split("@", 1)[0]
    candidate = re.split(r"[;?]", candidate, maxsplit=1)[0]
    candidate = _SEPARATORS.sub("", candidate)
    match = _INTERNATIONAL.match(candidate)
    if match:
        return "+" + match.group(1)
    if _NANP_11.match(candidate):
        return "+" + candidate
    if _NANP_10.match(candidate):
        return "+1" + candidate
    return text


#: The ``{{#e164}}...{{/e164}}`` section helper: renders its body, then :func:`to_e164`.
E164: Final = SectionHelper(to_e164)


def bin_context(params: Params, *, e164: bool = True) -> dict[str, object]:
    """The data a bin is rendered with: :func:`normalize_params` plus the helpers.

    With ``e164`` (the default) the name ``e164`` is the :data:`E164` helper, even when a
    request parameter has that name: templates that use the helper keep working
    whatever the query string says.
    """
    context: dict[str, object] = dict(normalize_params(params))
    if e164:
        context["e164"] = E164
    return context


def render_bin_template(
    source: str,
    params: Params,
    *,
    e164: bool = True,
    strict: bool = False,
    partials: Mapping[str, str] | None = None,
) -> str:
    """Render a bin's template with request parameters, as the hosted platform does.

    See :func:`bin_context` for ``e164``; ``strict`` makes a missing variable raise
    :class:`laml.template.MissingVariableError` (naming it, with line and column).
    """
    return render(source, bin_context(params, e164=e164), partials=partials, strict=strict)


# -- known request parameters ------------------------------------------------------------

#: Request parameter names by the request that carries them.
PARAMETER_GROUPS: Final[Mapping[str, tuple[str, ...]]] = {
    "voice": (
        "AccountSid", "ApiVersion", "CallSid", "CallStatus", "Direction", "From", "To",
        "ParentCallSid", "ForwardedFrom", "CallerName", "Caller", "Called", "CallToken",
        "FromCity", "FromState", "FromZip", "FromCountry", "ToCity", "ToState", "ToZip",
        "ToCountry", "CallerCity", "CallerState", "CallerZip", "CallerCountry", "CalledCity",
        "CalledState", "CalledZip", "CalledCountry", "StirVerstat", "StirPassportToken",
        "AnsweredBy", "MachineDetectionDuration",
    ),
    "voice-status": (
        "CallDuration", "Duration", "SipResponseCode", "Timestamp", "CallbackSource",
        "SequenceNumber", "AudioInMos", "HangupBy", "HangupDirection",
    ),
    "sip": (
        "SipUser", "SipDomain", "SipDomainSid", "SipCallId", "SipSourceIp", "SipSourcePort",
    ),
    "messaging": (
        "AccountSid", "ApiVersion", "MessageSid", "SmsSid", "SmsMessageSid", "SmsStatus",
        "MessageStatus", "MessagingServiceSid", "From", "To", "Body", "NumMedia",
        "NumSegments", "FromCity", "FromState", "FromZip", "FromCountry", "ToCity", "ToState",
        "ToZip", "ToCountry", "ErrorCode", "ErrorMessage", "ProfileName", "WaId",
        "ReferralNumMedia", "OptOutType",
    ),
    "fax": (
        "AccountSid", "ApiVersion", "FaxSid", "From", "To", "FaxStatus", "NumPages",
        "MediaUrl", "MediaSid", "OriginalMediaUrl", "RemoteStationId", "ErrorCode",
        "ErrorMessage",
    ),
    "gather": ("Digits", "SpeechResult", "Confidence", "UnstableSpeechResult", "Stability"),
    "dial": (
        "DialCallStatus", "DialCallSid", "DialCallDuration", "DialBridged", "DialSipCallId",
        "DialSipResponseCode", "RecordingUrl", "RecordingSid", "RecordingDuration",
    ),
    "record": (
        "RecordingUrl", "RecordingSid", "RecordingDuration", "RecordingStatus",
        "RecordingChannels", "RecordingSource", "RecordingStartTime", "Digits",
        "TranscriptionSid", "TranscriptionText", "TranscriptionStatus", "TranscriptionUrl",
    ),
    "queue": (
        "QueueResult", "QueueSid", "QueueTime", "QueuePosition", "AvgQueueTime",
        "CurrentQueueSize", "MaxQueueSize", "DequeingCallSid",
    ),
    "refer": ("ReferCallStatus", "ReferSipResponseCode", "NotifySipResponseCode"),
    "pay": (
        "Result", "PaymentConfirmationCode", "PaymentCardNumber", "PaymentCardType",
        "PaymentCardPostalCode", "ExpirationDate", "SecurityCode", "PaymentToken",
        "ProfileId", "PaymentMethod", "PaymentError", "PaymentErrorCode", "ConnectorError",
        "ChargeAmount", "Currency", "Description",
    ),
    "conference": (
        "ConferenceSid", "FriendlyName", "StatusCallbackEvent", "Muted", "Hold", "Coaching",
        "EndConferenceOnExit", "StartConferenceOnEnter",
    ),
}

#: Every known request parameter name (names with an index or a suffix excepted).
KNOWN_PARAMETERS: Final[frozenset[str]] = frozenset(
    name for names in PARAMETER_GROUPS.values() for name in names
)

#: Families of names: ``MediaUrl0``, ``MediaContentType3``, ``SipHeader_X-Foo`` ...
_FAMILIES: Final = (
    ("MediaUrl", re.compile(r"^MediaUrl(\d+)$", re.IGNORECASE)),
    ("MediaContentType", re.compile(r"^MediaContentType(\d+)$", re.IGNORECASE)),
    ("SipHeader_", re.compile(r"^SipHeader_(.+)$", re.IGNORECASE)),
    ("DialSipHeader_", re.compile(r"^DialSipHeader_(.+)$", re.IGNORECASE)),
)
_BY_FOLDED: Final = {name.casefold(): name for name in KNOWN_PARAMETERS}


@dataclass(frozen=True, slots=True)
class ParameterCheck:
    """Whether a template variable is a known request parameter.

    ``suggestion`` is the known name the variable probably meant when it is not known
    itself (``from`` -> ``From``, ``APIVersion`` -> ``ApiVersion``, ``Digit`` ->
    ``Digits``), else ``None``. Unknown names without a suggestion are usually custom
    query parameters added to the bin's URL.
    """

    name: str
    known: bool
    suggestion: str | None = None


def check_parameter(name: str) -> ParameterCheck:
    """Check a variable name (the first part of a dotted name) against the known names."""
    if name in KNOWN_PARAMETERS:
        return ParameterCheck(name, True)
    for prefix, pattern in _FAMILIES:
        match = pattern.match(name)
        if match:
            if name.startswith(prefix):
                return ParameterCheck(name, True)
            return ParameterCheck(name, False, prefix + match.group(1))
    folded = _BY_FOLDED.get(name.casefold())
    if folded is not None:
        return ParameterCheck(name, False, folded)
    close = difflib.get_close_matches(name, KNOWN_PARAMETERS, n=1, cutoff=0.85)
    return ParameterCheck(name, False, close[0] if close else None)
