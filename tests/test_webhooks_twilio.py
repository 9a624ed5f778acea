"""laml.webhooks.RequestValidator against twilio 9.13's, on generated URLs and parameters."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator as TwilioValidator
from werkzeug.datastructures import MultiDict

from laml.webhooks import RequestValidator, add_body_hash, sign, verify

KEY = "12345abcdef"
ours, theirs = RequestValidator(KEY), TwilioValidator(KEY)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
label = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8).filter(
    lambda s: not s.startswith("-") and not s.endswith("-")
)
host = st.tuples(st.lists(label, min_size=1, max_size=2), st.sampled_from(["com", "io", "example"])).map(
    lambda t: ".".join([*t[0], t[1]])
)
port = st.one_of(st.none(), st.sampled_from([80, 443, 8080, 8443]), st.integers(1, 65535))
segment = st.one_of(
    st.text(st.characters(categories=("L", "N"), include_characters="-._~"), min_size=1, max_size=8),
    text.map(lambda s: quote(s, safe="")),
)
path = st.lists(segment, max_size=4).map(lambda parts: "/" + "/".join(parts))
query_pair = st.tuples(
    st.text(st.characters(categories=("L", "N")), min_size=1, max_size=6),
    st.one_of(text.map(lambda s: quote(s, safe="")), text.map(lambda s: quote(s, safe="").replace("%20", "+"))),
)
query = st.one_of(
    st.just(""),
    st.lists(query_pair, max_size=4).map(lambda pairs: "?" + "&".join(f"{k}={v}" for k, v in pairs)),
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https"]))
    chosen_port = draw(port)
    netloc = draw(host) + (f":{chosen_port}" if chosen_port is not None else "")
    return f"{scheme}://{netloc}{draw(path)}{draw(query)}"


names = st.one_of(st.sampled_from(["CallSid", "Digits", "From", "To", "Body", "a", "B", "_"]), text)
forms = st.lists(st.tuples(names, text), max_size=10).map(MultiDict)
plain_forms = st.dictionaries(names, text, max_size=10)


@settings(max_examples=100)
@given(url=urls(), params=st.one_of(forms, plain_forms))
def test_same_signatures(url: str, params: MultiDict[str, str] | dict[str, str]) -> None:
    assert ours.compute_signature(url, params) == theirs.compute_signature(url, params)
    for algorithm in ("HMAC_SHA1", "HMAC_SHA256"):
        assert ours.compute_signature(url, params, algorithm) == theirs.compute_signature(url, params, algorithm)


def _variants(url: str) -> list[str]:
    scheme, rest = url.split("://", 1)
    other = "http" if scheme == "https" else "https"
    netloc, slash, tail = rest.partition("/")
    hostname = netloc.split(":")[0]
    return [
        url,
        f"{other}://{rest}",
        f"{scheme}://{hostname}{slash}{tail}",
        f"{scheme}://{hostname}:443{slash}{tail}",
        f"{scheme}://{hostname}:80{slash}{tail}",
        f"{scheme}://{hostname}:8443{slash}{tail}",
        url + "x",
    ]


@settings(max_examples=100)
@given(url=urls(), signed_url_index=st.integers(0, 6), params=st.one_of(forms, plain_forms),
       algorithm=st.sampled_from([None, "HMAC_SHA1", "HMAC_SHA256", "hmac_sha256"]))
def test_same_verdicts(url: str, signed_url_index: int, params: MultiDict[str, str],
                       algorithm: str | None) -> None:
    signed_url = _variants(url)[signed_url_index]
    signature = theirs.compute_signature(signed_url, params, algorithm)
    expected = theirs.validate(url, params, signature, algorithm)
    assert ours.validate(url, params, signature, algorithm) is expected
    # a signature for other parameters is refused by both
    changed = MultiDict(params)
    changed.add("Extra", "1")
    assert ours.validate(url, changed, signature, algorithm) is theirs.validate(url, changed, signature, algorithm)


@settings(max_examples=100)
@given(url=urls(), body=text, tamper=st.booleans())
def test_same_verdicts_on_json_bodies(url: str, body: str, tamper: bool) -> None:
    full = add_body_hash(url, body)
    signature = theirs.compute_signature(full, {})
    sent = body + " " if tamper else body
    assert ours.validate(full, sent, signature) is theirs.validate(full, sent, signature) is (not tamper)


@settings(max_examples=100)
@given(url=urls(), params=forms)
def test_verify_accepts_what_twilio_signs(url: str, params: MultiDict[str, str]) -> None:
    signature = theirs.compute_signature(url, params)
    # (twilio's validator rewrites the URL first, so it refuses a few URLs signed as written,
    # such as one ending with an empty query "?"; verify takes the URL as the platform signed it)
    assert verify(url, params, {"X-Twilio-Signature": signature}, KEY).ok
    assert sign(url, params, KEY, "twilio") == {"X-Twilio-Signature": signature}


@settings(max_examples=50)
@given(url=urls(), signature=st.text(max_size=30))
def test_random_signatures_refused(url: str, signature: str) -> None:
    params = {"CallSid": "CA1"}
    assert ours.validate(url, params, signature) is theirs.validate(url, params, signature) is False


# ------------------------------------------------------------------ where laml differs, on purpose
def test_credentials_with_a_port_lose_only_the_port() -> None:
    # twilio's cuts the host at the first ":" (https://user/voice); laml removes the port
    url = "https://user:pw@example.com:8443/voice"
    correct = sign("https://user:pw@example.com/voice", None, KEY, "twilio")["X-Twilio-Signature"]
    assert ours.validate(url, {}, correct)
    assert not theirs.validate(url, {}, correct)
    broken = theirs.compute_signature("https://user/voice", {})
    assert theirs.validate(url, {}, broken) and not ours.validate(url, {}, broken)


def test_ipv6_host_with_a_port() -> None:
    url = "https://[::1]:8443/voice"
    correct = theirs.compute_signature("https://[::1]/voice", {})
    assert ours.validate(url, {}, correct) and not theirs.validate(url, {}, correct)


@pytest.mark.parametrize(("url", "params", "signature"), [
    ("https://example.com:99999/voice", {}, "x"),      # twilio's raises ValueError
    ("https://example.com/voice", '{"a": 1}', "x"),     # raw body without bodySHA256: TypeError
    ("https://example.com/voice", {}, None),            # no signature: TypeError
])
def test_answers_where_twilio_raises(url: str, params: object, signature: str | None) -> None:
    with pytest.raises((ValueError, TypeError)):
        theirs.validate(url, params, signature)
    assert ours.validate(url, params, signature) is False


def test_pairs_and_lists_are_forms() -> None:
    pairs = [("Digits", "2"), ("Digits", "1"), ("To", "+1")]
    expected = theirs.compute_signature("https://e.com/", MultiDict(pairs))
    assert ours.compute_signature("https://e.com/", pairs) == expected
    assert ours.compute_signature("https://e.com/", {"Digits": ["2", "1"], "To": "+1"}) == expected
    assert ours.get_values(MultiDict(pairs), "Digits") == theirs.get_values(MultiDict(pairs), "Digits")
    assert ours.get_values({"To": "+1"}, "To") == ["+1"]
