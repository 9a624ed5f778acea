"""Bin conventions: request parameters, the e164 helper, strict mode, known names."""

from __future__ import annotations

import pytest

from laml.template import MissingVariableError
from laml.template.bins import (
    E164,
    KNOWN_PARAMETERS,
    bin_context,
    check_parameter,
    normalize_params,
    render_bin_template,
    to_e164,
)


def test_normalize_pairs_with_array_and_repeated_keys() -> None:
    pairs = [
        ("Dest[]", "+12025550101"),
        ("From", "+14155550100"),
        ("Dest[]", "+17035550102"),
        ("To", "a"),
        ("To", "b"),
        ("Single[]", "only"),
        ("Empty", None),
    ]
    assert normalize_params(pairs) == {
        "Dest": ["+12025550101", "+17035550102"],
        "From": "+14155550100",
        "To": ["a", "b"],
        "Single": ["only"],
        "Empty": "",
    }


def test_normalize_mapping() -> None:
    params = {"A": "1", "B[]": "2", "C": ["3", "4"], "D": ("5",), "E": 6}
    assert normalize_params(params) == {"A": "1", "B": ["2"], "C": ["3", "4"], "D": ["5"], "E": "6"}


def test_plain_and_array_forms_of_a_key_merge() -> None:
    assert normalize_params([("N", "1"), ("N[]", "2"), ("N", "3")]) == {"N": ["1", "2", "3"]}


def test_array_parameters_iterate_in_sections() -> None:
    source = "<Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>"
    out = render_bin_template(source, [("Dest[]", "+1202"), ("Dest[]", "+1703")])
    assert out == "<Dial><Number>+1202</Number><Number>+1703</Number></Dial>"
    assert render_bin_template("{{Dest}}", {"Dest[]": ["a", "b"]}) == "a,b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sip:+14155551212@x.sip.twilio.com", "+14155551212"),
        ("sips:+14155551212@example.com;transport=tls", "+14155551212"),
        ("SIP:14155551212@example.com", "+14155551212"),
        ("tel:+1 (415) 555-1212", "+14155551212"),
        ("tel:+1-415-555-1212;ext=7", "+14155551212"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("(415) 555-1212", "+14155551212"),
        ("1.415.555.1212", "+14155551212"),
        ("  +14155551212  ", "+14155551212"),
        ("%2B14155551212", "+14155551212"),
        ("sip:alice@example.com", "sip:alice@example.com"),
        ("client:alice", "client:alice"),
        ("+1234", "+1234"),
        ("0123456789", "0123456789"),
        ("anonymous", "anonymous"),
        ("", ""),
    ],
)
def test_to_e164(text: str, expected: str) -> None:
    assert to_e164(text) == expected


def test_e164_helper_in_a_bin() -> None:
    source = '<Dial callerId="{{#e164}}{{From}}{{/e164}}">{{#e164}}{{To}}{{/e164}}</Dial>'
    params = {"From": "tel:+1 (415) 555-0100", "To": "sip:+12025550101@x.sip.example.com"}
    assert render_bin_template(source, params) == (
        '<Dial callerId="+14155550100">+12025550101</Dial>'
    )


def test_e164_helper_wins_over_a_parameter_of_that_name() -> None:
    assert render_bin_template("{{#e164}}{{To}}{{/e164}}", {"To": "4155550100", "e164": ""}) == (
        "+14155550100"
    )


def test_e164_can_be_turned_off() -> None:
    source = "{{#e164}}{{To}}{{/e164}}"
    assert render_bin_template(source, {"To": "4155550100"}, e164=False) == ""
    assert "e164" not in bin_context({"To": "x"}, e164=False)
    assert bin_context({"To": "x"})["e164"] is E164


def test_e164_leaves_escaped_text_that_is_not_a_number() -> None:
    out = render_bin_template("<Number>{{#e164}}{{To}}{{/e164}}</Number>", {"To": "<alice>"})
    assert out == "<Number>&lt;alice&gt;</Number>"


def test_strict_bin_rendering() -> None:
    with pytest.raises(MissingVariableError) as caught:
        render_bin_template("<Say>\n{{from}}</Say>", {"From": "+1"}, strict=True)
    assert (caught.value.name, caught.value.line, caught.value.column) == ("from", 2, 1)
    out = render_bin_template("<Say>{{From}}</Say>", {"From": "+1"}, strict=True)
    assert out == "<Say>+1</Say>"


@pytest.mark.parametrize(
    ("name", "known", "suggestion"),
    [
        ("From", True, None),
        ("ApiVersion", True, None),
        ("SpeechResult", True, None),
        ("DialCallStatus", True, None),
        ("QueueResult", True, None),
        ("MediaUrl0", True, None),
        ("MediaContentType12", True, None),
        ("SipHeader_X-FROM_NUMBER", True, None),
        ("from", False, "From"),
        ("APIVersion", False, "ApiVersion"),
        ("CallSID", False, "CallSid"),
        ("mediaurl0", False, "MediaUrl0"),
        ("sipheader_X-Foo", False, "SipHeader_X-Foo"),
        ("Digit", False, "Digits"),
        ("RecordingURL", False, "RecordingUrl"),
        ("CustomerName", False, None),
    ],
)
def test_check_parameter(name: str, known: bool, suggestion: str | None) -> None:
    check = check_parameter(name)
    assert (check.name, check.known, check.suggestion) == (name, known, suggestion)


def test_known_parameters_cover_each_channel_and_callbacks() -> None:
    for name in (
        "AccountSid", "CallSid", "CallStatus", "Direction", "ParentCallSid",
        "Body", "MessageSid", "NumMedia", "NumSegments", "FaxSid", "FaxStatus",
        "Digits", "Confidence", "RecordingUrl", "RecordingDuration", "SmsStatus", "SipUser",
    ):
        assert name in KNOWN_PARAMETERS
