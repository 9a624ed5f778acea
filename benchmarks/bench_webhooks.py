"""Verify the signature of a typical webhook request with laml and with twilio's validator.

A voice request with 15 form parameters, signed as the platform signs it, is verified by
twilio 9.13's ``RequestValidator.validate``, by laml's drop-in ``RequestValidator.validate``
and by ``laml.webhooks.verify`` (headers and form as a framework hands them over), alternating
in batches; the best batch of each is reported. The form is given as a dict and as werkzeug's
``MultiDict`` (Flask's ``request.form``): twilio's validator reads a value through two failed
attribute lookups for a dict, one for a MultiDict. The floor is the least any check can do: build
the signed string, one ``hmac.new`` and one ``compare_digest``.

    python benchmarks/bench_webhooks.py [--batches 7] [--checks 20000]

twilio is a development dependency (``pip install -e ".[dev]"``).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import time
from collections.abc import Callable

from twilio.request_validator import RequestValidator as TwilioValidator
from werkzeug.datastructures import MultiDict

from laml.webhooks import RequestValidator, sign, verify

KEY = "PSK_0123456789abcdef0123456789abcdef"
URL = "https://example.com/ivr/menu?step=2"
PARAMS = {
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "ApiVersion": "2010-04-01",
    "CallSid": "CA0123456789abcdef0123456789abcdef",
    "CallStatus": "in-progress",
    "Called": "+14155550199",
    "Caller": "+14155550100",
    "Digits": "2",
    "Direction": "inbound",
    "From": "+14155550100",
    "FromCity": "SAN FRANCISCO",
    "FromCountry": "US",
    "FromState": "CA",
    "SpeechResult": "support please",
    "Confidence": "0.92",
    "To": "+14155550199",
}
SIGNATURE = sign(URL, PARAMS, KEY, "twilio")["X-Twilio-Signature"]
HEADERS = {
    "Host": "example.com",
    "User-Agent": "TwilioProxy/1.1",
    "Content-Type": "application/x-www-form-urlencoded",
    "Content-Length": "412",
    "Accept": "*/*",
    "X-Twilio-Signature": SIGNATURE,
}


def floor() -> bool:
    text = URL + "".join([name + value for name, value in sorted(PARAMS.items())])
    digest = hmac.new(KEY.encode(), text.encode(), hashlib.sha1).digest()
    return hmac.compare_digest(base64.b64encode(digest), SIGNATURE.encode())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--checks", type=int, default=20_000)
    args = parser.parse_args()

    twilio, laml = TwilioValidator(KEY), RequestValidator(KEY)
    form = MultiDict(PARAMS)  # what Flask hands a view as request.form
    contenders: dict[str, Callable[[], object]] = {
        "twilio 9.13 RequestValidator.validate, dict": lambda: twilio.validate(URL, PARAMS, SIGNATURE),
        "twilio 9.13 RequestValidator.validate, MultiDict": lambda: twilio.validate(URL, form, SIGNATURE),
        "laml RequestValidator.validate, dict": lambda: laml.validate(URL, PARAMS, SIGNATURE),
        "laml RequestValidator.validate, MultiDict": lambda: laml.validate(URL, form, SIGNATURE),
        "laml verify(url, form, headers, key), MultiDict": lambda: verify(URL, form, HEADERS, KEY),
        "floor: signed string + hmac.new + compare_digest": floor,
    }
    for name, check in contenders.items():
        assert check(), f"{name} refused a valid request"
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.batches):
        for name, check in contenders.items():
            start = time.perf_counter()
            for _ in range(args.checks):
                check()
            best[name] = min(best[name], (time.perf_counter() - start) / args.checks)
    twilio_dict = best["twilio 9.13 RequestValidator.validate, dict"]
    twilio_multi = best["twilio 9.13 RequestValidator.validate, MultiDict"]
    lowest = best["floor: signed string + hmac.new + compare_digest"]
    print(f"verifying one signed request with {len(PARAMS)} parameters "
          f"(best of {args.batches} batches of {args.checks})")
    print(f"  {'':<52} {'':>10}   twilio/this (dict, MultiDict)   this/floor")
    for name, seconds in best.items():
        print(f"  {name:<52} {seconds * 1e6:7.2f} µs   {twilio_dict / seconds:6.2f}×  "
              f"{twilio_multi / seconds:6.2f}×   {seconds / lowest:17.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
