"""Typed request parameters: conversion, errors naming the parameter, extra kept, round trips."""

from __future__ import annotations

import dataclasses
import doctest
import re
import typing
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

import laml.webhooks
from laml.webhooks import (
    ACTION_PARAMS,
    CallRequest,
    CallStatusCallback,
    ConferenceStatusCallback,
    DialResult,
    FaxResult,
    FormParams,
    GatherResult,
    Media,
    MessageRequest,
    MessageStatusCallback,
    ParameterError,
    Params,
    PayResult,
    RecordingStatusCallback,
    StreamStatusCallback,
)
from laml.webhooks import _params as params_module

CALL = {"CallSid": "CA1", "AccountSid": "AC1", "From": "+15550001111", "To": "+15550002222",
        "CallStatus": "in-progress", "Direction": "inbound", "ApiVersion": "2010-04-01"}
ALL_CLASSES = [getattr(params_module, name) for name in params_module.__all__
               if isinstance(getattr(params_module, name), type)
               and issubclass(getattr(params_module, name), Params)]


def test_gather_result() -> None:
    result = GatherResult.from_form({**CALL, "Digits": "1#", "SpeechResult": "sales",
                                     "Confidence": "0.92"})
    assert (result.digits, result.speech_result, result.confidence) == ("1#", "sales", 0.92)
    assert result.call_status == "in-progress" and result.from_ == "+15550001111"
    assert result.extra == {}


def test_dial_result_with_sip_headers() -> None:
    result = DialResult.from_form({**CALL, "DialCallStatus": "no-answer", "DialCallDuration": "0",
                                   "DialBridged": "false", "DialSipResponseCode": "486",
                                   "DialSipHeader_X-Tenant": "acme"})
    assert result.dial_call_status == "no-answer" and result.dial_call_duration == 0
    assert result.dial_bridged is False and result.dial_sip_response_code == 486
    assert result.dial_sip_headers == {"X-Tenant": "acme"}
    assert ("DialSipHeader_X-Tenant", "acme") in result.to_form()


def test_message_media() -> None:
    form = [("MessageSid", "SM1"), ("AccountSid", "AC1"), ("From", "+1"), ("To", "+2"),
            ("Body", "look"), ("NumMedia", "2"), ("MediaUrl1", "https://m/1"),
            ("MediaContentType1", "image/png"), ("MediaUrl0", "https://m/0"),
            ("MediaContentType0", "image/jpeg")]
    message = MessageRequest.from_form(form)
    assert message.num_media == 2
    assert message.media == (Media("https://m/0", "image/jpeg"), Media("https://m/1", "image/png"))
    assert MessageRequest.from_form(message.to_form()) == message
    plain = MessageRequest.from_form({"MessageSid": "SM1", "AccountSid": "AC1", "From": "+1", "To": "+2"})
    assert plain.body == "" and plain.num_media == 0 and plain.media == ()


def test_dates() -> None:
    status = CallStatusCallback.from_form({**CALL, "CallStatus": "completed", "CallDuration": "42",
                                           "Timestamp": "Tue, 08 Apr 2025 17:25:03 +0000",
                                           "SequenceNumber": "3"})
    assert status.timestamp == datetime(2025, 4, 8, 17, 25, 3, tzinfo=UTC)
    assert status.call_duration == 42 and status.sequence_number == 3
    assert dict(status.to_form())["Timestamp"] == "Tue, 08 Apr 2025 17:25:03 +0000"
    stream = StreamStatusCallback.from_form({"StreamSid": "MZ1", "StreamEvent": "stream-started",
                                             "Timestamp": "2025-04-08T17:25:03Z", "Unique-ID": "u1"})
    assert stream.timestamp == datetime(2025, 4, 8, 17, 25, 3, tzinfo=UTC) and stream.unique_id == "u1"
    assert dict(stream.to_form())["Timestamp"] == "2025-04-08T17:25:03Z"
    fax = FaxResult.from_form({"FaxSid": "FX1", "AccountSid": "AC1", "NumPages": "3",
                               "Timestamp": "2022-01-13T21:54:46+02:00", "FaxStatus": "received"})
    assert fax.timestamp is not None and fax.timestamp.utcoffset() == timedelta(hours=2)
    assert fax.num_pages == 3 and fax.fax_status == "received"


def test_booleans() -> None:
    event = ConferenceStatusCallback.from_form({"ConferenceSid": "CF1", "StatusCallbackEvent": "participant-join",
                                                "Muted": "True", "Hold": "false"})
    assert event.muted is True and event.hold is False
    with pytest.raises(ParameterError, match="Muted: expected true or false, got 'yes'"):
        ConferenceStatusCallback.from_form({"ConferenceSid": "CF1", "StatusCallbackEvent": "conference-end",
                                            "Muted": "yes"})


def test_errors_name_every_bad_parameter() -> None:
    with pytest.raises(ParameterError) as caught:
        DialResult.from_form({**CALL, "CallStatus": "talking", "DialCallDuration": "1.5",
                              "DialCallStatus": "COMPLETED", "To": ""} | {"From": "x"})
    error = caught.value
    assert error.names == ("CallStatus", "DialCallDuration", "DialCallStatus")  # posting order
    assert "CallStatus: expected one of queued" in str(error) and "got 'talking'" in str(error)
    assert "DialCallDuration: expected an integer, got '1.5'" in str(error)
    assert "Dial action" in str(error)
    with pytest.raises(ParameterError) as missing:
        CallRequest.from_form({"CallSid": "CA1"})
    assert set(missing.value.names) == {"AccountSid", "From", "To", "CallStatus"}
    assert isinstance(missing.value, ValueError)


@pytest.mark.parametrize("value", ["nan", "inf", "1e999", "", " ", "0x10", "1_000"])
def test_numbers_the_platform_never_sends(value: str) -> None:
    form = {**CALL, "Confidence": value}
    if value == "":  # an empty value is an absent one
        assert GatherResult.from_form(form).confidence is None
        return
    with pytest.raises(ParameterError, match="Confidence"):
        GatherResult.from_form(form)


def test_long_bad_values_are_shortened() -> None:
    with pytest.raises(ParameterError) as caught:
        GatherResult.from_form({**CALL, "Confidence": "9" * 10_000 + "x"})
    assert len(str(caught.value)) < 200


def test_extra_keeps_everything() -> None:
    form = MultiDict([*CALL.items(), ("AddOns", "{}"), ("X", "1"), ("X", "2"), ("Digits", "1"),
                      ("Digits", "2")])
    result = GatherResult.from_form(form)
    assert result.digits == "1"
    assert result.extra["X"] == "1" and result.extra.getlist("X") == ["1", "2"]
    assert result.extra.getlist("Digits") == ["2"]  # a repeated known name keeps its later values
    assert sorted(result.to_form()) == sorted(form.items(multi=True))


def test_raw_body_and_pairs() -> None:
    body = b"CallSid=CA1&AccountSid=AC1&From=%2B1555&To=%2B1666&CallStatus=ringing&Digits=5"
    assert GatherResult.from_form(body).from_ == "+1555"
    assert GatherResult.from_form(body.decode()).digits == "5"
    with pytest.raises(ParameterError, match="UTF-8"):
        GatherResult.from_form(b"CallSid=\xff")


def test_frozen_with_platform_names_in_metadata() -> None:
    result = GatherResult.from_form(CALL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.digits = "2"  # type: ignore[misc]
    for cls in ALL_CLASSES:
        for f in dataclasses.fields(cls):
            if "name" in f.metadata:
                name = f.metadata["name"]
                snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|-", "_", name).lower()
                assert f.name in (snake, snake + "_"), (cls.__name__, f.name, name)
    assert GatherResult.platform_names()["speech_result"] == "SpeechResult"


def test_literal_choices_match_converters() -> None:
    hints = typing.get_type_hints(DialResult)
    assert typing.get_args(typing.get_args(hints["dial_call_status"])[0]) == (
        "completed", "answered", "busy", "no-answer", "failed", "canceled",
    )


def test_repr_hides_the_payment_token() -> None:
    result = PayResult.from_form({**CALL, "Result": "success", "PaymentToken": "tok_secret",
                                  "PaymentCardNumber": "xxxx-1111"})
    assert "tok_secret" not in repr(result) and "xxxx-1111" in repr(result)
    assert result.payment_token == "tok_secret"


def test_action_params_cover_the_verbs() -> None:
    assert set(ACTION_PARAMS) == {"Gather", "Dial", "Record", "Enqueue", "Pay", "Refer", "Sms",
                                  "Message", "Receive"}
    assert ACTION_PARAMS["Gather"] is GatherResult


def test_formparams() -> None:
    extra = FormParams([("a", "1"), ("a", "2"), ("b", "3")])
    assert list(extra) == ["a", "b"] and len(extra) == 2 and extra["a"] == "1"
    assert extra == FormParams([("a", "1"), ("a", "2"), ("b", "3")]) and hash(extra)
    assert FormParams([("a", "1")]) == {"a": "1"} and extra != {"a": "1", "b": "3"}


def test_doctests() -> None:
    for module in (params_module, laml.webhooks._convert, laml.webhooks, laml.webhooks._signature,
                   laml.webhooks._validator, laml.webhooks._verify, laml.webhooks._proxy):
        assert doctest.testmod(module).failed == 0, module.__name__


# ------------------------------------------------------------------ round trips
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
when = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5))])).map(
    lambda d: d.replace(microsecond=0))


def values_for(cls: type[Params]) -> st.SearchStrategy[Params]:
    hints = typing.get_type_hints(cls)
    fields = {}
    for f in dataclasses.fields(cls):
        if "name" not in f.metadata:
            continue
        hint = hints[f.name]
        union = typing.get_origin(hint) in (typing.Union, __import__("types").UnionType)
        options = [a for a in typing.get_args(hint) if a is not type(None)] if union else [hint]
        kind = options[0]
        if typing.get_origin(kind) is typing.Literal:
            strategy: st.SearchStrategy[object] = st.sampled_from(typing.get_args(kind))
        elif kind is bool:
            strategy = st.booleans()
        elif kind is int:
            strategy = st.integers(-(10**12), 10**12)
        elif kind is float:
            strategy = st.floats(allow_nan=False, allow_infinity=False, width=64)
        elif kind is datetime:
            strategy = when
        else:
            strategy = text
        required = f.default is dataclasses.MISSING
        fields[f.name] = strategy if required or not union else st.none() | strategy
    extra = st.lists(st.tuples(st.sampled_from(["Custom", "X-Y", "Zeta"]), text), max_size=3)
    return st.builds(cls, extra=extra.map(FormParams), **fields)


@settings(max_examples=40)
@given(data=st.data())
def test_to_form_then_from_form(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from([c for c in ALL_CLASSES if c is not Params and c is not MessageRequest]))
    value = data.draw(values_for(cls))
    assert cls.from_form(value.to_form()) == value


def test_recording_status_callback() -> None:
    status = RecordingStatusCallback.from_form({"RecordingSid": "RE1", "RecordingStatus": "completed",
                                                "RecordingDuration": "12", "RecordingChannels": "2",
                                                "RecordingSource": "RecordVerb"})
    assert status.recording_duration == 12 and status.recording_source == "RecordVerb"
    assert MessageStatusCallback.from_form({"MessageSid": "SM1", "MessageStatus": "delivered"}).message_status == "delivered"
