"""``RequestValidator``: a drop-in for twilio's ``twilio.request_validator.RequestValidator``.

Same methods, arguments and results (``compute_signature``, ``validate``, ``compute_hash``,
``get_values``), the same URL spellings tried (the URL with the default port written out and
with any port removed), the same ``bodySHA256`` rule for JSON bodies, and a constant-time
comparison; one HMAC for a valid request where twilio's always computes two.

Where twilio's raises or misreads, this one answers: a port that is not a number, a raw body
whose URL has no ``bodySHA256`` or a missing signature give False; a URL with credentials or an
IPv6 address and a port loses just its port (twilio's cuts the host at the first ``:``); a list
of values or ``(name, value)`` pairs are read as a form.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any
from urllib.parse import parse_qs, urlparse

from laml.webhooks._form import Form, Pairs, form_pairs
from laml.webhooks._signature import Algorithm, body_sha256, form_signature, key_bytes

__all__ = ["HMAC_SHA1", "HMAC_SHA256", "RequestValidator", "get_signature_algorithm"]

logger = logging.getLogger("laml.webhooks")

HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"
_ALGORITHMS: dict[str, Algorithm] = {HMAC_SHA1: "sha1", HMAC_SHA256: "sha256"}


def get_signature_algorithm(signature_settings_header: str | None) -> str:
    """The algorithm named in an ``X-Twilio-Webhooks-Signature-Settings`` header.

    No header, an empty one or one without ``algorithm=`` means the Auth Token's ``HMAC_SHA1``.

    >>> get_signature_algorithm("key=webhooks_sharedkey_01,algorithm=HMAC_SHA256")
    'HMAC_SHA256'
    """
    for part in (signature_settings_header or "").split(","):
        name, separator, value = part.partition("=")
        if separator and name.strip() == "algorithm" and value.strip():
            return value.strip()
    return HMAC_SHA1


def _netloc_without_port(netloc: str) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("["):
        host = hostport[: hostport.find("]") + 1] if "]" in hostport else hostport
    else:
        host = hostport.rsplit(":", 1)[0]
    return f"{userinfo}{at}{host}"


def _params_pairs(params: Any) -> Pairs:
    if not params:
        return []
    form: Form = params
    return form_pairs(form)


class RequestValidator:
    """Validate the ``X-Twilio-Signature`` (or ``X-SignalWire-Signature``) of a request.

    ``token`` is the Auth Token (Twilio), a SharedKey secret (Twilio, with the algorithm its
    ``X-Twilio-Webhooks-Signature-Settings`` header names) or the Signing Key (SignalWire).

    >>> validator = RequestValidator("12345")
    >>> url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    >>> params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
    ...           "From": "+12349013030", "To": "+18005551212"}
    >>> validator.compute_signature(url, params)
    '0/KCTR6DLpKmkAf8muzZqo1nDgQ='
    >>> validator.validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    True
    """

    __slots__ = ("_key",)

    def __init__(self, token: str | bytes) -> None:
        self._key = key_bytes(token)

    def __repr__(self) -> str:
        return "RequestValidator(<token hidden>)"

    def compute_signature(self, uri: str, params: Any, algorithm: str | None = None) -> str:
        """The base64 signature of ``uri`` followed by the sorted ``params``.

        ``params``: a mapping (values text, or lists of text), a multidict or ``(name, value)``
        pairs. ``algorithm``: ``HMAC_SHA1`` (the default) or ``HMAC_SHA256``; any other raises
        :class:`ValueError`.
        """
        chosen = _ALGORITHMS.get((algorithm or HMAC_SHA1).upper())
        if chosen is None:
            raise ValueError(f"Unsupported webhook signature algorithm: {algorithm}")
        return form_signature(self._key, uri, _params_pairs(params), algorithm=chosen)

    def get_values(self, param_dict: Any, param_name: str) -> list[Any]:
        """The values of ``param_name`` in a multidict (``getall``/``getlist``) or a mapping."""
        for method in ("getall", "getlist"):
            getter = getattr(param_dict, method, None)
            if callable(getter):
                return list(getter(param_name))
        value = param_dict[param_name]
        return list(value) if isinstance(value, (list, tuple)) else [value]

    def compute_hash(self, body: str | bytes) -> str:
        """The lowercase hex SHA-256 of a raw body, as the ``bodySHA256`` parameter holds it."""
        return body_sha256(body)

    def validate(
        self, uri: str, params: Any, signature: str | None, algorithm: str | None = None
    ) -> bool:
        """Whether ``signature`` is valid for a request to ``uri`` carrying ``params``.

        ``params`` is the form, or for a JSON request the raw body as text: the signature then
        covers ``uri`` alone and the body must match the ``bodySHA256`` in ``uri``. The URL is
        tried with any port removed and with the default port written out. An algorithm other
        than ``HMAC_SHA1``/``HMAC_SHA256`` fails validation and logs a warning.
        """
        chosen = _ALGORITHMS.get((algorithm or HMAC_SHA1).upper())
        if chosen is None:
            logger.warning(
                "unsupported webhook signature algorithm %r (laml knows %s and %s)",
                algorithm, HMAC_SHA1, HMAC_SHA256,
            )
            return False
        if not isinstance(signature, str):
            return False
        parsed = urlparse(uri)
        try:
            port = parsed.port
        except ValueError:  # a port that is not a number (twilio's raises)
            return False
        valid_body_hash = True
        if isinstance(params, (str, bytes)):
            query = parse_qs(parsed.query) if "bodySHA256" in parsed.query else {}
            if "bodySHA256" not in query:
                return False
            valid_body_hash = hmac.compare_digest(
                self.compute_hash(params).encode(), query["bodySHA256"][0].encode("utf-8")
            )
            pairs: Pairs = []
        else:
            pairs = _params_pairs(params)
        expected = signature.encode("utf-8")
        without_port = (
            parsed._replace(netloc=_netloc_without_port(parsed.netloc)).geturl()
            if port else parsed.geturl()
        )
        if hmac.compare_digest(
            form_signature(self._key, without_port, pairs, algorithm=chosen).encode(), expected
        ):
            return valid_body_hash
        if port:
            with_port = parsed.geturl()
        else:
            default = 443 if parsed.scheme == "https" else 80
            with_port = parsed._replace(netloc=f"{parsed.netloc}:{default}").geturl()
        return valid_body_hash and hmac.compare_digest(
            form_signature(self._key, with_port, pairs, algorithm=chosen).encode(), expected
        )
