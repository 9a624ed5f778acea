"""Webhooks: verify the platform's signatures, read its request parameters, answer with documents.

>>> from laml.webhooks import sign, verify
>>> url, form = "https://example.com/voice", {"CallSid": "CA1", "From": "+15551230000"}
>>> headers = sign(url, form, "signing-key")          # what the platform sends
>>> verify(url, form, headers, "signing-key").ok
True

The core here imports no web framework: :mod:`laml.webhooks.flask`,
:mod:`laml.webhooks.starlette` (FastAPI too), :mod:`laml.webhooks.fastapi` and
:mod:`laml.webhooks.django` are thin adapters over it, each importing its framework when used.
"""

from __future__ import annotations

from laml.webhooks._exceptions import MissingSigningKey, ParameterError, WebhookError
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
    "SIGNALWIRE_HEADER",
    "SIGNALWIRE_SHA256_HEADER",
    "TWILIO_HEADER",
    "TWILIO_SETTINGS_HEADER",
    "Algorithm",
    "Key",
    "MissingSigningKey",
    "Ordering",
    "ParameterError",
    "RequestValidator",
    "Scheme",
    "SignScheme",
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
