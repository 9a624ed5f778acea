"""Signatures: vectors for every scheme, verify's reasons, sign, keys kept out of messages."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

import pytest

from laml.webhooks import (
    RequestValidator,
    Verification,
    add_body_hash,
    body_sha256,
    get_signature_algorithm,
    sign,
    verify,
)

# ------------------------------------------------------------------ independent reference code
# The documented algorithms, written out with hashlib/hmac/base64 only, to check laml against.


def ref_form(key: str, url: str, pairs: list[tuple[str, str]], order: str, digest=hashlib.sha1) -> str:
    names = sorted({n for n, _ in pairs})
    text = url
    for name in names:
        values = [v for n, v in pairs if n == name]
        for value in sorted(set(values)) if order == "sorted" else values:
            text += name + value
    return base64.b64encode(hmac.new(key.encode(), text.encode(), digest).digest()).decode()


def ref_raw(key: str, url: str, body: bytes, digest=hashlib.sha1) -> str:
    return hmac.new(key.encode(), url.encode() + body, digest).hexdigest()


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}

# ------------------------------------------------------------------ Twilio vectors (scheme A)
U = "https://mycompany.com/myapp.php?foo=1&bar=2"
T1 = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
      "From": "+12349013030", "To": "+18005551212"}
T2 = {**T1, "Caller": "+14158675309", "From": "+14158675309"}
T5_BODY = '{"property": "value", "boolean": true}'
T5_URL = U + "&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"


def test_twilio_documentation_example() -> None:
    # the example of Twilio's security page: token 12345
    assert RequestValidator("12345").compute_signature(U, T1) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    assert ref_form("12345", U, list(T1.items()), "sorted") == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
    headers = {"X-Twilio-Signature": "0/KCTR6DLpKmkAf8muzZqo1nDgQ="}
    assert verify(U, T1, headers, "12345") == Verification(True, "twilio")


@pytest.mark.parametrize(("url", "signature"), [
    (U, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
    ("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w="),
    ("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4="),
    ("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
    ("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "CukzLTc1tT5dXEDIHm/tKBanW10="),
    ("https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2", "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="),
    ("https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs="),
    (U + "&Body=It's+amazing", "dsq4Ehbj6cs+KdTkpF5sSSplOWw="),
])
def test_twilio_vectors(url: str, signature: str) -> None:
    validator = RequestValidator("12345")
    assert validator.compute_signature(url, T2) == signature
    assert ref_form("12345", url, list(T2.items()), "sorted") == signature
    assert validator.validate(url, T2, signature)


def test_twilio_port_variants_accepted() -> None:
    # the platform signed the URL with :443; the app sees it without
    signature = "kvajT1Ptam85bY51eRf/AJRuM3w="
    assert RequestValidator("12345").validate(U, T2, signature)
    assert verify(U, T2, {"x-twilio-signature": signature}, "12345").ok
    # and the other way round
    with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2"
    assert verify(with_port, T2, {"x-twilio-signature": "RSOYDt4T1cUTdK1PDd93/VVr8B8="}, "12345").ok


def test_twilio_repeated_values_sorted_and_deduplicated() -> None:
    pairs = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234"),
             ("Digits", "1234")]
    assert RequestValidator("12345").compute_signature(U, pairs) == "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    assert sign(U, pairs, "12345", "twilio") == {"X-Twilio-Signature": "IK+Dwps556ElfBT0I3Rgjkr1wJU="}
    multi = {"MessagingBinding.Address": ["+1325xxxxxxx", "+1415xxxxxxx"]}
    assert RequestValidator("12345").compute_signature(U, multi) == "83O6e2vORAoJHUNzJjDWN1jz+BA="


def test_twilio_json_body() -> None:
    validator = RequestValidator("12345")
    assert validator.compute_hash(T5_BODY) == T5_URL.rsplit("=", 1)[1]
    assert body_sha256(T5_BODY) == validator.compute_hash(T5_BODY)
    assert add_body_hash(U, T5_BODY) == T5_URL
    assert validator.validate(T5_URL, T5_BODY, "a9nBmqA0ju/hNViExpshrM61xv4=")
    assert not validator.validate(T5_URL, T5_BODY + " ", "a9nBmqA0ju/hNViExpshrM61xv4=")
    headers = {**JSON, "X-Twilio-Signature": "a9nBmqA0ju/hNViExpshrM61xv4="}
    assert verify(T5_URL, T5_BODY.encode(), headers, "12345").ok
    refused = verify(T5_URL, (T5_BODY + " ").encode(), headers, "12345")
    assert not refused.ok and refused.reason.startswith("body hash mismatch")
    # more published vectors: a bare path, and an empty JSON object signed with :443
    bare = "https://mycompany.com/myapp.php?bodySHA256=" + validator.compute_hash(T5_BODY)
    assert validator.compute_signature(bare, {}) == "y77kIzt2vzLz71DgmJGsen2scGs="
    empty = add_body_hash(U, "{}")
    assert validator.validate(empty, "{}", "Ldidvp12m26NI7eqEvxnEpkd9Hc=")
    assert sign(T5_URL, T5_BODY, "12345", "twilio") == {"X-Twilio-Signature": "a9nBmqA0ju/hNViExpshrM61xv4="}


T6_URL = "https://example.com/sms?tenant=a%20b"
T6_BODY = (b"MessageSid=SM0123456789abcdef0123456789abcdef&AccountSid=AC0123456789abcdef0123456789abcdef"
           b"&From=%2B15557654321&To=%2B15551234567&Body=H%C3%A9llo+%26+bye+100%25&NumMedia=0")
T6_SETTINGS = "key=webhooks_sharedkey_01ABCDEFGHJKMNPQRSTVWXYZ12,algorithm=HMAC_SHA256"


def test_twilio_shared_key_sha256() -> None:
    secret = "shared-key-secret-01"
    headers = {**FORM, "X-Twilio-Signature": "yGm1B8x/VyO6r0s5oHd10hLjENT1eUf5u0LCzc1fTbo=",
               "X-Twilio-Webhooks-Signature-Settings": T6_SETTINGS}
    assert verify(T6_URL, T6_BODY, headers, secret) == Verification(True, "twilio")
    # the same signature without the settings header is read as SHA-1, and fails
    del headers["X-Twilio-Webhooks-Signature-Settings"]
    assert not verify(T6_URL, T6_BODY, headers, secret).ok
    sha1 = {**FORM, "X-Twilio-Signature": "fl1Ue3g9L5zBsa9nTmn+8TFOjtM="}
    assert verify(T6_URL, T6_BODY, sha1, secret).ok
    validator = RequestValidator(secret)
    from urllib.parse import parse_qsl
    params = dict(parse_qsl(T6_BODY.decode()))
    algorithm = get_signature_algorithm(T6_SETTINGS)
    assert algorithm == "HMAC_SHA256"
    assert validator.validate(T6_URL, params, "yGm1B8x/VyO6r0s5oHd10hLjENT1eUf5u0LCzc1fTbo=", algorithm)
    signed = sign(T6_URL, params, secret, "twilio", algorithm="sha256",
                  shared_key_id="webhooks_sharedkey_01ABCDEFGHJKMNPQRSTVWXYZ12")
    assert signed == {"X-Twilio-Signature": "yGm1B8x/VyO6r0s5oHd10hLjENT1eUf5u0LCzc1fTbo=",
                      "X-Twilio-Webhooks-Signature-Settings": T6_SETTINGS}


def test_unknown_algorithm(caplog: pytest.LogCaptureFixture) -> None:
    headers = {"X-Twilio-Signature": "x" * 28, "X-Twilio-Webhooks-Signature-Settings": "algorithm=HMAC_MD5"}
    outcome = verify(U, T2, headers, "12345")
    assert not outcome.ok and "HMAC_MD5" not in outcome.reason and "algorithm" in outcome.reason
    with caplog.at_level(logging.WARNING, "laml.webhooks"):
        assert RequestValidator("12345").validate(U, T2, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", "HMAC_MD5") is False
    assert "HMAC_MD5" in caplog.text
    with pytest.raises(ValueError, match="Unsupported"):
        RequestValidator("12345").compute_signature(U, T2, "HMAC_MD5")


# ------------------------------------------------------------------ SignalWire vectors
SW_KEY = "PSK_7f3a9c0e5b2d4a61"
S1_BODY = (b"AccountSid=b3877c40-da60-4778-9e8b-1c2d3e4f5a6b&ApiVersion=2010-04-01"
           b"&CallSid=9a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9&CallStatus=ringing&Direction=inbound"
           b"&From=%2B15557654321&To=%2B15551234567")
S2_URL = "https://example.com/gather?step=2&lang=en-US"
S2_BODY = (b"CallSid=9a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9&Digits=1%23&SpeechResult=yes+please"
           b"&Confidence=0.92")


@pytest.mark.parametrize(("url", "body", "signature"), [
    ("https://example.ngrok.io/voice", S1_BODY, "QRFsG8/PvefBBsz1EtvWqriVpB8="),
    (S2_URL, S2_BODY, "eIGeKT9FuQQSSTONRuDWtYmfMB0="),
    # signed with :443, requested without
    ("https://example.com/voice", S1_BODY, "0GN0e++beEUALKAlg0L1a1jnY8o="),
])
def test_signalwire_form_vectors(url: str, body: bytes, signature: str) -> None:
    headers = {**FORM, "X-SignalWire-Signature": signature}
    assert verify(url, body, headers, SW_KEY) == Verification(True, "signalwire")
    # the SignalWire SDKs accept the same signature under Twilio's header name
    assert verify(url, body, {**FORM, "X-Twilio-Signature": signature}, SW_KEY).ok
    assert RequestValidator(SW_KEY).validate(url, dict(__import__("urllib.parse").parse.parse_qsl(body.decode())), signature)


def test_signalwire_form_vectors_recomputed() -> None:
    from urllib.parse import parse_qsl

    pairs = parse_qsl(S2_BODY.decode())
    assert ref_form(SW_KEY, S2_URL, pairs, "sorted") == "eIGeKT9FuQQSSTONRuDWtYmfMB0="
    assert sign(S2_URL, pairs, SW_KEY) == {"X-SignalWire-Signature": "eIGeKT9FuQQSSTONRuDWtYmfMB0="}
    assert ref_form(SW_KEY, "https://example.com:443/voice", parse_qsl(S1_BODY.decode()), "sorted") == (
        "0GN0e++beEUALKAlg0L1a1jnY8o="
    )


def test_repeated_names_both_orderings_under_signalwire() -> None:
    url, body = "https://example.ngrok.io/voice", b"To=b&To=a&From=%2B15550001111"
    posted, ordered = "lQW5vG1qpF7d3ILBJ/0J7eYRRMI=", "vBHyrdFoGixj/b4gEkc6zeycxmY="
    pairs = [("To", "b"), ("To", "a"), ("From", "+15550001111")]
    assert ref_form(SW_KEY, url, pairs, "posted") == posted
    assert ref_form(SW_KEY, url, pairs, "sorted") == ordered
    assert sign(url, pairs, SW_KEY, ordering="posted") == {"X-SignalWire-Signature": posted}
    for signature in (posted, ordered):
        assert verify(url, body, {**FORM, "X-SignalWire-Signature": signature}, SW_KEY).ok
    # Twilio's header means Twilio's ordering
    assert verify(url, body, {**FORM, "X-Twilio-Signature": ordered}, SW_KEY).ok
    refused = verify(url, body, {**FORM, "X-Twilio-Signature": posted}, SW_KEY)
    assert not refused.ok and "posting order" in refused.reason
    assert not RequestValidator(SW_KEY).validate(url, pairs, posted)


def test_signalwire_json_body_hash() -> None:
    url = "https://example.com/status?bodySHA256=69f3cbfc18e386ef8236cb7008cd5a54b7fed637a8cb3373b5a1591d7f0fd5f4"
    headers = {**JSON, "X-SignalWire-Signature": "HMwJ6+br7mVdBK6zLFpIb8ndFaI="}
    assert verify(url, b'{"event":"call.state"}', headers, SW_KEY).ok
    refused = verify(url, b'{"event":"x"}', headers, SW_KEY)
    assert not refused.ok and refused.reason.startswith("body hash mismatch")
    # the signalwire SDK's vector C
    url_c = "https://example.ngrok.io/webhook?bodySHA256=69f3cbfc18e386ef8236cb7008cd5a54b7fed637a8cb3373b5a1591d7f0fd5f4"
    headers_c = {**JSON, "X-SignalWire-Signature": "dfO9ek8mxyFtn2nMz24plPmPfIY="}
    assert verify(url_c, b'{"event":"call.state"}', headers_c, "PSKtest1234567890abcdef").ok


B1 = (b'{"call":{"call_id":"c0ffee00-0000-4000-8000-000000000001","from":"+15557654321",'
      b'"to":"+15551234567"},"vars":{},"envs":{}}')
R4_BODY = '{"message":{"body":"hi ✓"}}'.encode()
R5_BODY = b'{"event":"call.state","params":{"call_id":"abc-123","state":"answered"}}'


@pytest.mark.parametrize(("url", "body", "key", "sha1", "sha256"), [
    ("https://example.com/swml", B1, SW_KEY, "df28a14c2a2dd174b28297706e1e90a69ba803c9",
     "c54d004d1367329ecd1bf7ca0b170b07a8838ae328aeca076fd8106d583ed53a"),
    ("https://example.com/swml?tenant=acme&x=1", B1, SW_KEY, "ede0e66339a43ccae35383a5429a2afd8d565e7b",
     "d52066b7de9f614b3c73274f820192d3fb80fc24e44da14f38e73108dc495dae"),
    ("https://example.com/swml", b"", SW_KEY, "9483e8a14315cc9ce242232f4e94625e54efd9a0",
     "8259163f0e71964f10043bdecfc1d884da6b453de0d2e59fe79b024a40841895"),
    ("https://user:pass@example.com/sms-swml", R4_BODY, SW_KEY, "e991dc2645e1e69bc59e95468138b80cb5ffb12e",
     "e90e820185d9a115245ea953d8422b02adb0d2e808afa6f05e679c5301342302"),
    # the signalwire SDK's vector A
    ("https://example.ngrok.io/webhook", R5_BODY, "PSKtest1234567890abcdef",
     "c3c08c1fefaf9ee198a100d5906765a6f394bf0f",
     "2a29f8a92b11df39da80c3b185fd62173d49c294184da585ff951eae4433571c"),
])
def test_swml_raw_body_vectors(url: str, body: bytes, key: str, sha1: str, sha256: str) -> None:
    assert ref_raw(key, url, body) == sha1
    assert ref_raw(key, url, body, hashlib.sha256) == sha256
    assert sign(url, body, key, "swml") == {"X-SignalWire-Signature": sha1,
                                            "X-SignalWire-SHA256-Signature": sha256}
    assert sign(url, body, key, "swml", algorithm="sha1") == {"X-SignalWire-Signature": sha1}
    both = {**JSON, "X-SignalWire-Signature": sha1, "X-SignalWire-SHA256-Signature": sha256}
    assert verify(url, body, both, key) == Verification(True, "swml-sha256")
    assert verify(url, body, {**JSON, "x-signalwire-signature": sha1}, key) == Verification(True, "swml")
    tampered = verify(url, body + b" ", both, key)
    assert not tampered.ok and "re-serialized" in tampered.reason


def test_swml_credentials_stripped_before_signing() -> None:
    # a call request signs its URL without the credentials written in it
    url = "https://user:pass@example.com/sms-swml"
    bare_signature = "4bb57cb2cce4f98640fabe50c345ebea047cf0b6"
    assert ref_raw(SW_KEY, "https://example.com/sms-swml", R4_BODY) == bare_signature
    assert verify(url, R4_BODY, {"X-SignalWire-Signature": bare_signature}, SW_KEY).ok


def test_swml_needs_the_raw_body() -> None:
    outcome = verify("https://example.com/swml", {"call": "x"},
                     {"X-SignalWire-Signature": "df28a14c2a2dd174b28297706e1e90a69ba803c9"}, SW_KEY)
    assert not outcome.ok and "raw body" in outcome.reason
    with pytest.raises(TypeError, match="raw body"):
        sign("https://example.com/swml", {"a": "b"}, SW_KEY, "swml")


def test_sha256_failure_falls_back_to_sha1() -> None:
    url = "https://example.com/swml"
    headers = {"X-SignalWire-Signature": "df28a14c2a2dd174b28297706e1e90a69ba803c9",
               "X-SignalWire-SHA256-Signature": "0" * 64}
    assert verify(url, B1, headers, SW_KEY) == Verification(True, "swml")


# ------------------------------------------------------------------ verify: reasons
def signed(url: str, form: dict[str, str], key: str = "k", scheme: str = "signalwire") -> dict[str, str]:
    return {**FORM, **sign(url, form, key, scheme)}  # type: ignore[arg-type]


CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
        "CallStatus": "ringing"}


def test_no_signature_header() -> None:
    outcome = verify("https://example.com/voice", CALL, FORM, "k")
    assert outcome == Verification(False, None, outcome.reason)
    assert not outcome and outcome.reason.startswith("no signature header")


def test_header_names_are_case_insensitive() -> None:
    headers = sign("https://example.com/voice", CALL, "k")
    for name in ("x-signalwire-signature", "X-SIGNALWIRE-SIGNATURE", "X-Signalwire-Signature"):
        assert verify("https://example.com/voice", CALL, {name: headers["X-SignalWire-Signature"]}, "k")
    pairs = [(k.upper(), v) for k, v in headers.items()]
    assert verify("https://example.com/voice", CALL, pairs, "k")


@pytest.mark.parametrize("body", [
    CALL,
    list(CALL.items()),
    "&".join(f"{k}={v}" for k, v in CALL.items()).replace("+", "%2B").encode(),
    {k: [v] for k, v in CALL.items()},
])
def test_body_forms(body: object) -> None:
    assert verify("https://example.com/voice", body, signed("https://example.com/voice", CALL), "k")  # type: ignore[arg-type]


def test_wrong_key_says_so() -> None:
    outcome = verify("https://example.com/voice", CALL, signed("https://example.com/voice", CALL, "a"), "b")
    assert not outcome.ok and outcome.scheme == "signalwire"
    assert "no spelling of the URL matches" in outcome.reason and "signing key" in outcome.reason


def test_a_url_signed_for_another_host_names_the_url_the_app_computed() -> None:
    headers = signed("https://public.example.com/voice", CALL)
    outcome = verify("http://localhost/voice", CALL, headers, "k")
    assert not outcome.ok
    assert "another host than http://localhost/voice, the URL the app computed" in outcome.reason
    assert "trusted proxy" in outcome.reason


def test_changed_parameter_refused() -> None:
    headers = signed("https://example.com/voice", CALL)
    outcome = verify("https://example.com/voice", {**CALL, "CallStatus": "completed"}, headers, "k")
    assert not outcome.ok and "changed on the way" in outcome.reason


@pytest.mark.parametrize(("signed_url", "seen_url", "label"), [
    ("https://example.com/voice", "http://example.com/voice", "scheme https instead of http"),
    ("https://example.com/voice", "https://example.com:8443/voice", "without port 8443"),
    ("https://example.com/voice", "http://example.com:8000/voice", "without port 8000, scheme https"),
    ("https://example.com/voice?a=b%20c", "https://example.com/voice?a=b+c", "'%20' for spaces"),
    ("https://example.com/voice?a=b+c", "https://example.com/voice?a=b%20c", "'+' for spaces"),
    ("https://example.com/voice", "https://example.com/voice?x=1", "without the query string"),
    ("https://example.com/voice/", "https://example.com/voice", "with a trailing slash"),
    ("https://example.com/voice", "https://example.com/voice/", "without the trailing slash"),
])
def test_other_url_named(signed_url: str, seen_url: str, label: str) -> None:
    outcome = verify(seen_url, CALL, signed(signed_url, CALL), "k")
    assert not outcome.ok
    assert signed_url in outcome.reason and label in outcome.reason
    assert "proxy" in outcome.reason


def test_forwarded_headers_named_but_never_trusted() -> None:
    headers = {**signed("https://public.example.com/voice", CALL),
               "X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example.com"}
    outcome = verify("http://10.0.0.5:8000/voice", CALL, headers, "k")
    assert not outcome.ok
    assert "forwarded headers" in outcome.reason and "public.example.com" in outcome.reason


def test_url_only_signature_refused() -> None:
    url = "https://example.com/voice"
    headers = {**FORM, **sign(url, None, "k")}
    outcome = verify(url, CALL, headers, "k")
    assert not outcome.ok and "URL alone" in outcome.reason


def test_json_body_without_body_hash_refused() -> None:
    url = "https://example.com/voice"
    headers = {**JSON, **sign(url, None, "k")}
    outcome = verify(url, b'{"a": 1}', headers, "k")
    assert not outcome.ok and "bodySHA256" in outcome.reason
    with pytest.raises(ValueError, match="add_body_hash"):
        sign(url, b'{"a": 1}', "k")
    with pytest.raises(ValueError, match="not the SHA-256"):
        sign(add_body_hash(url, b"{}"), b'{"a": 1}', "k")


@pytest.mark.parametrize("value", ["", "abc", "x" * 28, "é" * 28, "A" * 27 + "=="])
def test_malformed_signatures(value: str) -> None:
    outcome = verify("https://example.com/voice", CALL, {"X-Twilio-Signature": value}, "k")
    assert not outcome.ok and outcome.reason


def test_several_keys() -> None:
    headers = signed("https://example.com/voice", CALL, "old")
    assert verify("https://example.com/voice", CALL, headers, ["new", "old"]).ok
    assert not verify("https://example.com/voice", CALL, headers, ["new"]).ok
    with pytest.raises(ValueError, match="empty"):
        verify("https://example.com/voice", CALL, headers, "")


def test_get_request_signs_the_url_alone() -> None:
    url = "https://example.com/voice?CallSid=CA1&From=%2B1555"
    assert verify(url, None, sign(url, None, "k"), "k").ok
    assert verify(url, b"", sign(url, None, "k", "twilio"), "k").ok


# ------------------------------------------------------------------ secrets stay out
SECRET = "PSK_very_secret_signing_key_0123456789"


def test_key_and_expected_signature_never_in_messages() -> None:
    url = "https://example.com/voice"
    good = sign(url, CALL, SECRET)["X-SignalWire-Signature"]
    expected_sha1_hex = ref_raw(SECRET, url, b"x=1")
    cases = [
        verify(url, CALL, {"X-SignalWire-Signature": "A" * 27 + "="}, SECRET),
        verify("http://example.com/voice", CALL, {"X-SignalWire-Signature": good}, SECRET),
        verify(url, {**CALL, "To": "x"}, {"X-SignalWire-Signature": good}, SECRET),
        verify(url, b"x=2", {**JSON, "X-SignalWire-Signature": expected_sha1_hex}, SECRET),
        verify(url, CALL, {}, SECRET),
    ]
    for outcome in cases:
        assert not outcome.ok
        for text in (outcome.reason, repr(outcome), str(outcome)):
            assert SECRET not in text
            assert good not in text and good[:12] not in text
            assert expected_sha1_hex[:12] not in text
    assert SECRET not in repr(RequestValidator(SECRET))


def test_password_in_url_hidden_in_reasons() -> None:
    url = "https://user:hunter2@example.com/voice"
    outcome = verify("http://user:hunter2@example.com/voice", CALL, signed(url, CALL), "k")
    assert not outcome.ok and "user:***@example.com" in outcome.reason and "hunter2" not in outcome.reason


def test_importing_the_core_imports_no_framework() -> None:
    import subprocess
    import sys

    code = ("import sys, laml.webhooks; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'flask', 'werkzeug', 'starlette', 'fastapi', 'django', 'httpx'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("adapter", "framework"), [("flask", "flask"), ("django", "django"),
                                                    ("starlette", "starlette"),
                                                    ("fastapi", "fastapi")])
def test_an_adapter_without_its_framework_names_the_extra(adapter: str, framework: str) -> None:
    import subprocess
    import sys

    code = f"import sys; sys.modules[{framework!r}] = None; import laml.webhooks.{adapter}"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last == (f"ModuleNotFoundError: laml.webhooks.{adapter} needs {framework}, which is "
                    f'not installed here: pip install "laml-tools[{adapter}]"'), done.stderr
