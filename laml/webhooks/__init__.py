"""Webhooks: verify the platform's signatures, read its request parameters, answer with documents.

>>> from laml.webhooks import sign, verify
>>> url, form = "https://example.com/voice", {"CallSid": "CA1", "From": "+15551230000"}
>>> headers = sign(url, form, "signing-key")          # what the platform sends
>>> verify(url, form, headers, "signing-key").ok
True

Request parameters come as typed frozen dataclasses (:class:`CallRequest`, :class:`GatherResult`,
:class:`DialResult`, :class:`MessageRequest`, ...; :data:`ACTION_PARAMS` maps each verb to the
parameters of its ``action`` request).

The core here imports no web framework: :mod:`laml.webhooks.flask`, :mod:`laml.webhooks.starlette`
(FastAPI too), :mod:`laml.webhooks.fastapi` and :mod:`laml.webhooks.django` are thin adapters
over it, each importing its framework when used.
"""

from __future__ import annotations

from laml.webhooks._convert import FormParams
from laml.webhooks._exceptions import MissingSigningKey, ParameterError, WebhookError
from laml.webhooks._params import (
    ACTION_PARAMS,
    CallRequest,
    CallStatus,
    CallStatusCallback,
    ConferenceStatusCallback,
    DequeueRequest,
    DialCallStatus,
    DialResult,
    Direction,
    EnqueueResult,
    FaxRequest,
    FaxResult,
    GatherPartialResult,
    GatherResult,
    Media,
    MessageRequest,
    MessageStatus,
    MessageStatusCallback,
    Params,
    PayResult,
    PayStatusCallback,
    QueueWait,
    RecordingStatusCallback,
    RecordResult,
    ReferResult,
    SmsVerbResult,
    SmsVerbStatusCallback,
    StreamStatusCallback,
    TranscriptionCallback,
)
from laml.webhooks._proxy import TrustedProxies, request_url
from laml.webhooks._signature import (
    SIGNALWIRE_HEADER,
    SIGNALWIRE_SHA256_HEADER,
    TWILIO_HEADER,
    TWILIO_SETTINGS_HEADER,
    Algorithm,
    Ordering,
    SignScheme,
    add_body_hash,
    body_sha256,
    sign,
)
from laml.webhooks._validator import RequestValidator, get_signature_algorithm
from laml.webhooks._verify import Key, Scheme, Verification, verify

__all__ = [
    "ACTION_PARAMS",
    "SIGNALWIRE_HEADER",
    "SIGNALWIRE_SHA256_HEADER",
    "TWILIO_HEADER",
    "TWILIO_SETTINGS_HEADER",
    "Algorithm",
    "CallRequest",
    "CallStatus",
    "CallStatusCallback",
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
    "Key",
    "Media",
    "MessageRequest",
    "MessageStatus",
    "MessageStatusCallback",
    "MissingSigningKey",
    "Ordering",
    "ParameterError",
    "Params",
    "PayResult",
    "PayStatusCallback",
    "QueueWait",
    "RecordResult",
    "RecordingStatusCallback",
    "ReferResult",
    "RequestValidator",
    "Scheme",
    "SignScheme",
    "SmsVerbResult",
    "SmsVerbStatusCallback",
    "StreamStatusCallback",
    "TranscriptionCallback",
    "TrustedProxies",
    "Verification",
    "WebhookError",
    "add_body_hash",
    "body_sha256",
    "get_signature_algorithm",
    "request_url",
    "sign",
    "verify",
]
