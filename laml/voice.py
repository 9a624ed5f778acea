"""Voice documents: ``VoiceResponse`` and every voice verb, noun and SSML element.

Generated from :mod:`laml.vocabulary` by ``python -m laml._codegen``: edit the vocabulary, not
this file. Classes and keywords marked *SignalWire only* or *Twilio only* belong to one dialect; the builder accepts both and validation tells them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from lxml import etree

from laml._element import BodyValue, ChannelClasses, Element, GenericNode, recover
from laml._element import attr_value as _v
from laml._element import body_text as _t
from laml._element import read_attribute as _read
from laml._element import set_extra as _extra

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence
    from typing import ClassVar, Unpack

    from laml._element import Comment, NoExtraKeywords, ProcessingInstruction

__all__ = [
    "AiSession",
    "Application",
    "ApplicationSid",
    "Autopilot",
    "Client",
    "Conference",
    "ConferenceStream",
    "Config",
    "Connect",
    "Conversation",
    "ConversationRelay",
    "ConversationRelaySession",
    "Denoise",
    "Dial",
    "Echo",
    "Enqueue",
    "Gather",
    "Hangup",
    "Header",
    "Headers",
    "Identity",
    "Language",
    "Leave",
    "Number",
    "Parameter",
    "Pause",
    "Pay",
    "Play",
    "Prompt",
    "Queue",
    "Record",
    "Recording",
    "Redirect",
    "Refer",
    "ReferSip",
    "Reject",
    "Room",
    "Say",
    "Sim",
    "Sip",
    "SipUri",
    "Siprec",
    "Sms",
    "SsmlBreak",
    "SsmlEmphasis",
    "SsmlLang",
    "SsmlP",
    "SsmlPhoneme",
    "SsmlProsody",
    "SsmlS",
    "SsmlSayAs",
    "SsmlSub",
    "SsmlW",
    "Start",
    "Stop",
    "Stream",
    "Task",
    "Transcription",
    "Verto",
    "VirtualAgent",
    "VoiceResponse",
    "WhatsApp",
]

_sub: Any = etree.SubElement
_CLASSES = ChannelClasses("voice")


class _VoiceElement(Element):
    """Base of the voice element classes."""

    PARSER: ClassVar[object] = _CLASSES.parser
    _CHANNEL = "voice"


def _fill_Refer(el: Any, action: Any, method: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Refer, action, method, kwargs)


def _fill_ReferSip(el: Any, sip_url: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ReferSip, sip_url, kwargs)


def _fill_Stop(el: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Stop, kwargs)


def _fill_Transcription(
    el: Any,
    name: Any,
    track: Any,
    status_callback_url: Any,
    status_callback_method: Any,
    inbound_track_label: Any,
    outbound_track_label: Any,
    partial_results: Any,
    language_code: Any,
    transcription_engine: Any,
    profanity_filter: Any,
    speech_model: Any,
    hints: Any,
    enable_automatic_punctuation: Any,
    intelligence_service: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if enable_automatic_punctuation is not None:
            el.set("enableAutomaticPunctuation", "true" if enable_automatic_punctuation is True else "false" if enable_automatic_punctuation is False else enable_automatic_punctuation if enable_automatic_punctuation.__class__ is str else _v(enable_automatic_punctuation))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if inbound_track_label is not None:
            el.set("inboundTrackLabel", inbound_track_label if inbound_track_label.__class__ is str else _v(inbound_track_label))
        if intelligence_service is not None:
            el.set("intelligenceService", intelligence_service if intelligence_service.__class__ is str else _v(intelligence_service))
        if language_code is not None:
            el.set("languageCode", language_code if language_code.__class__ is str else _v(language_code))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if outbound_track_label is not None:
            el.set("outboundTrackLabel", outbound_track_label if outbound_track_label.__class__ is str else _v(outbound_track_label))
        if partial_results is not None:
            el.set("partialResults", "true" if partial_results is True else "false" if partial_results is False else partial_results if partial_results.__class__ is str else _v(partial_results))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if status_callback_url is not None:
            el.set("statusCallbackUrl", status_callback_url if status_callback_url.__class__ is str else _v(status_callback_url))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if transcription_engine is not None:
            el.set("transcriptionEngine", transcription_engine if transcription_engine.__class__ is str else _v(transcription_engine))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Transcription,
            name,
            track,
            status_callback_url,
            status_callback_method,
            inbound_track_label,
            outbound_track_label,
            partial_results,
            language_code,
            transcription_engine,
            profanity_filter,
            speech_model,
            hints,
            enable_automatic_punctuation,
            intelligence_service,
            kwargs,
        )


def _fill_Parameter(el: Any, name: Any, value: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Parameter, name, value, kwargs)


def _fill_Config(el: Any, name: Any, value: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Config, name, value, kwargs)


def _fill_Siprec(
    el: Any,
    name: Any,
    connector_name: Any,
    track: Any,
    status_callback: Any,
    status_callback_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Siprec,
            name,
            connector_name,
            track,
            status_callback,
            status_callback_method,
            kwargs,
        )


def _fill_Stream(
    el: Any,
    name: Any,
    connector_name: Any,
    url: Any,
    track: Any,
    status_callback: Any,
    status_callback_method: Any,
    audio_format: Any,
    sample_rate: Any,
    auth_bearer_token: Any,
    codec: Any,
    realtime: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if audio_format is not None:
            el.set("audioFormat", audio_format if audio_format.__class__ is str else _v(audio_format))
        if auth_bearer_token is not None:
            el.set("authBearerToken", auth_bearer_token if auth_bearer_token.__class__ is str else _v(auth_bearer_token))
        if codec is not None:
            el.set("codec", codec if codec.__class__ is str else _v(codec))
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if realtime is not None:
            el.set("realtime", "true" if realtime is True else "false" if realtime is False else realtime if realtime.__class__ is str else _v(realtime))
        if sample_rate is not None:
            el.set("sampleRate", sample_rate if sample_rate.__class__ is str else str(sample_rate) if sample_rate.__class__ is int else _v(sample_rate))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Stream,
            name,
            connector_name,
            url,
            track,
            status_callback,
            status_callback_method,
            audio_format,
            sample_rate,
            auth_bearer_token,
            codec,
            realtime,
            kwargs,
        )


def _fill_Start(el: Any, action: Any, method: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Start, action, method, kwargs)


def _fill_Recording(
    el: Any,
    recording_status_callback: Any,
    recording_status_callback_method: Any,
    recording_status_callback_event: Any,
    trim: Any,
    track: Any,
    channels: Any,
    recording_configuration_id: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if channels is not None:
            el.set("channels", channels if channels.__class__ is str else _v(channels))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Recording,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            trim,
            track,
            channels,
            recording_configuration_id,
            kwargs,
        )


def _fill_Prompt(
    el: Any,
    for_: Any,
    error_type: Any,
    card_type: Any,
    attempt: Any,
    require_matching_inputs: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if attempt is not None:
            el.set("attempt", attempt if attempt.__class__ is str else str(attempt) if attempt.__class__ is int else _v(attempt))
        if card_type is not None:
            el.set("cardType", card_type if card_type.__class__ is str else _v(card_type))
        if error_type is not None:
            el.set("errorType", error_type if error_type.__class__ is str else _v(error_type))
        if for_ is not None:
            el.set("for", for_ if for_.__class__ is str else _v(for_))
        if require_matching_inputs is not None:
            el.set("requireMatchingInputs", "true" if require_matching_inputs is True else "false" if require_matching_inputs is False else require_matching_inputs if require_matching_inputs.__class__ is str else _v(require_matching_inputs))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Prompt,
            for_,
            error_type,
            card_type,
            attempt,
            require_matching_inputs,
            kwargs,
        )


def _fill_Pause(el: Any, length: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if length is not None:
            el.set("length", length if length.__class__ is str else str(length) if length.__class__ is int else _v(length))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Pause, length, kwargs)


def _fill_Play(el: Any, url: Any, loop: Any, digits: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if digits is not None:
            el.set("digits", digits if digits.__class__ is str else _v(digits))
        if loop is not None:
            el.set("loop", loop if loop.__class__ is str else str(loop) if loop.__class__ is int else _v(loop))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Play, url, loop, digits, kwargs)


def _fill_Say(
    el: Any,
    message: Any,
    voice: Any,
    loop: Any,
    language: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if loop is not None:
            el.set("loop", loop if loop.__class__ is str else str(loop) if loop.__class__ is int else _v(loop))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Say, message, voice, loop, language, kwargs)


def _fill_SsmlW(el: Any, words: Any, role: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if role is not None:
            el.set("role", role if role.__class__ is str else _v(role))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlW, words, role, kwargs)


def _fill_SsmlSub(el: Any, words: Any, alias: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if alias is not None:
            el.set("alias", alias if alias.__class__ is str else _v(alias))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlSub, words, alias, kwargs)


def _fill_SsmlSayAs(
    el: Any,
    words: Any,
    interpret_as: Any,
    format: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if format is not None:
            el.set("format", format if format.__class__ is str else _v(format))
        if interpret_as is not None:
            el.set("interpret-as", interpret_as if interpret_as.__class__ is str else _v(interpret_as))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlSayAs, words, interpret_as, format, kwargs)


def _fill_SsmlProsody(
    el: Any,
    words: Any,
    volume: Any,
    rate: Any,
    pitch: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if pitch is not None:
            el.set("pitch", pitch if pitch.__class__ is str else _v(pitch))
        if rate is not None:
            el.set("rate", rate if rate.__class__ is str else _v(rate))
        if volume is not None:
            el.set("volume", volume if volume.__class__ is str else _v(volume))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlProsody, words, volume, rate, pitch, kwargs)


def _fill_SsmlS(el: Any, words: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlS, words, kwargs)


def _fill_SsmlPhoneme(
    el: Any,
    words: Any,
    alphabet: Any,
    ph: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if alphabet is not None:
            el.set("alphabet", alphabet if alphabet.__class__ is str else _v(alphabet))
        if ph is not None:
            el.set("ph", ph if ph.__class__ is str else _v(ph))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlPhoneme, words, alphabet, ph, kwargs)


def _fill_SsmlLang(el: Any, words: Any, xml_lang: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if xml_lang is not None:
            el.set("{http://www.w3.org/XML/1998/namespace}lang", xml_lang if xml_lang.__class__ is str else _v(xml_lang))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlLang, words, xml_lang, kwargs)


def _fill_SsmlP(el: Any, words: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlP, words, kwargs)


def _fill_SsmlEmphasis(el: Any, words: Any, level: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if level is not None:
            el.set("level", level if level.__class__ is str else _v(level))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlEmphasis, words, level, kwargs)


def _fill_SsmlBreak(el: Any, strength: Any, time: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if strength is not None:
            el.set("strength", strength if strength.__class__ is str else _v(strength))
        if time is not None:
            el.set("time", time if time.__class__ is str else _v(time))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlBreak, strength, time, kwargs)


def _fill_Pay(
    el: Any,
    input: Any,
    action: Any,
    bank_account_type: Any,
    status_callback: Any,
    status_callback_method: Any,
    timeout: Any,
    max_attempts: Any,
    security_code: Any,
    postal_code: Any,
    min_postal_code_length: Any,
    payment_connector: Any,
    payment_method: Any,
    token_type: Any,
    charge_amount: Any,
    currency: Any,
    description: Any,
    valid_card_types: Any,
    language: Any,
    payment_connector_url: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if bank_account_type is not None:
            el.set("bankAccountType", bank_account_type if bank_account_type.__class__ is str else _v(bank_account_type))
        if charge_amount is not None:
            el.set("chargeAmount", charge_amount if charge_amount.__class__ is str else str(charge_amount) if charge_amount.__class__ is int else _v(charge_amount))
        if currency is not None:
            el.set("currency", currency if currency.__class__ is str else _v(currency))
        if description is not None:
            el.set("description", description if description.__class__ is str else _v(description))
        if input is not None:
            el.set("input", input if input.__class__ is str else _v(input))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if max_attempts is not None:
            el.set("maxAttempts", max_attempts if max_attempts.__class__ is str else str(max_attempts) if max_attempts.__class__ is int else _v(max_attempts))
        if min_postal_code_length is not None:
            el.set("minPostalCodeLength", min_postal_code_length if min_postal_code_length.__class__ is str else str(min_postal_code_length) if min_postal_code_length.__class__ is int else _v(min_postal_code_length))
        if payment_connector is not None:
            el.set("paymentConnector", payment_connector if payment_connector.__class__ is str else _v(payment_connector))
        if payment_connector_url is not None:
            el.set("paymentConnectorUrl", payment_connector_url if payment_connector_url.__class__ is str else _v(payment_connector_url))
        if payment_method is not None:
            el.set("paymentMethod", payment_method if payment_method.__class__ is str else _v(payment_method))
        if postal_code is not None:
            el.set("postalCode", postal_code if postal_code.__class__ is str else _v(postal_code))
        if security_code is not None:
            el.set("securityCode", "true" if security_code is True else "false" if security_code is False else security_code if security_code.__class__ is str else _v(security_code))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if token_type is not None:
            el.set("tokenType", token_type if token_type.__class__ is str else _v(token_type))
        if valid_card_types is not None:
            el.set("validCardTypes", valid_card_types if valid_card_types.__class__ is str else _v(valid_card_types))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Pay,
            input,
            action,
            bank_account_type,
            status_callback,
            status_callback_method,
            timeout,
            max_attempts,
            security_code,
            postal_code,
            min_postal_code_length,
            payment_connector,
            payment_method,
            token_type,
            charge_amount,
            currency,
            description,
            valid_card_types,
            language,
            payment_connector_url,
            kwargs,
        )


def _fill_Sms(
    el: Any,
    message: Any,
    to: Any,
    from_: Any,
    action: Any,
    method: Any,
    status_callback: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if from_ is not None:
            el.set("from", from_ if from_.__class__ is str else _v(from_))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if to is not None:
            el.set("to", to if to.__class__ is str else _v(to))
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sms, message, to, from_, action, method, status_callback, kwargs)


def _fill_Reject(el: Any, reason: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if reason is not None:
            el.set("reason", reason if reason.__class__ is str else _v(reason))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Reject, reason, kwargs)


def _fill_Redirect(el: Any, url: Any, method: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Redirect, url, method, kwargs)


def _fill_Record(
    el: Any,
    action: Any,
    method: Any,
    timeout: Any,
    finish_on_key: Any,
    max_length: Any,
    play_beep: Any,
    trim: Any,
    recording_status_callback: Any,
    recording_status_callback_method: Any,
    recording_status_callback_event: Any,
    transcribe: Any,
    transcribe_callback: Any,
    recording_configuration_id: Any,
    storage_url: Any,
    storage_url_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if finish_on_key is not None:
            el.set("finishOnKey", finish_on_key if finish_on_key.__class__ is str else _v(finish_on_key))
        if max_length is not None:
            el.set("maxLength", max_length if max_length.__class__ is str else str(max_length) if max_length.__class__ is int else _v(max_length))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if play_beep is not None:
            el.set("playBeep", "true" if play_beep is True else "false" if play_beep is False else play_beep if play_beep.__class__ is str else _v(play_beep))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if storage_url is not None:
            el.set("storageUrl", storage_url if storage_url.__class__ is str else _v(storage_url))
        if storage_url_method is not None:
            el.set("storageUrlMethod", storage_url_method if storage_url_method.__class__ is str else _v(storage_url_method))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if transcribe is not None:
            el.set("transcribe", "true" if transcribe is True else "false" if transcribe is False else transcribe if transcribe.__class__ is str else _v(transcribe))
        if transcribe_callback is not None:
            el.set("transcribeCallback", transcribe_callback if transcribe_callback.__class__ is str else _v(transcribe_callback))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Record,
            action,
            method,
            timeout,
            finish_on_key,
            max_length,
            play_beep,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            transcribe,
            transcribe_callback,
            recording_configuration_id,
            storage_url,
            storage_url_method,
            kwargs,
        )


def _fill_Queue(
    el: Any,
    name: Any,
    url: Any,
    method: Any,
    reservation_sid: Any,
    post_work_activity_sid: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if post_work_activity_sid is not None:
            el.set("postWorkActivitySid", post_work_activity_sid if post_work_activity_sid.__class__ is str else _v(post_work_activity_sid))
        if reservation_sid is not None:
            el.set("reservationSid", reservation_sid if reservation_sid.__class__ is str else _v(reservation_sid))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Queue,
            name,
            url,
            method,
            reservation_sid,
            post_work_activity_sid,
            kwargs,
        )


def _fill_Leave(el: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Leave, kwargs)


def _fill_Hangup(el: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Hangup, kwargs)


def _fill_Gather(
    el: Any,
    input: Any,
    action: Any,
    method: Any,
    timeout: Any,
    speech_timeout: Any,
    max_speech_time: Any,
    profanity_filter: Any,
    finish_on_key: Any,
    num_digits: Any,
    partial_result_callback: Any,
    partial_result_callback_method: Any,
    language: Any,
    hints: Any,
    barge_in: Any,
    debug: Any,
    action_on_empty_result: Any,
    speech_model: Any,
    enhanced: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if action_on_empty_result is not None:
            el.set("actionOnEmptyResult", "true" if action_on_empty_result is True else "false" if action_on_empty_result is False else action_on_empty_result if action_on_empty_result.__class__ is str else _v(action_on_empty_result))
        if barge_in is not None:
            el.set("bargeIn", "true" if barge_in is True else "false" if barge_in is False else barge_in if barge_in.__class__ is str else _v(barge_in))
        if debug is not None:
            el.set("debug", "true" if debug is True else "false" if debug is False else debug if debug.__class__ is str else _v(debug))
        if enhanced is not None:
            el.set("enhanced", "true" if enhanced is True else "false" if enhanced is False else enhanced if enhanced.__class__ is str else _v(enhanced))
        if finish_on_key is not None:
            el.set("finishOnKey", finish_on_key if finish_on_key.__class__ is str else _v(finish_on_key))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if input is not None:
            el.set("input", input if input.__class__ is str else _v(input))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if max_speech_time is not None:
            el.set("maxSpeechTime", max_speech_time if max_speech_time.__class__ is str else str(max_speech_time) if max_speech_time.__class__ is int else _v(max_speech_time))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if num_digits is not None:
            el.set("numDigits", num_digits if num_digits.__class__ is str else str(num_digits) if num_digits.__class__ is int else _v(num_digits))
        if partial_result_callback is not None:
            el.set("partialResultCallback", partial_result_callback if partial_result_callback.__class__ is str else _v(partial_result_callback))
        if partial_result_callback_method is not None:
            el.set("partialResultCallbackMethod", partial_result_callback_method if partial_result_callback_method.__class__ is str else _v(partial_result_callback_method))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if speech_timeout is not None:
            el.set("speechTimeout", speech_timeout if speech_timeout.__class__ is str else str(speech_timeout) if speech_timeout.__class__ is int else _v(speech_timeout))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Gather,
            input,
            action,
            method,
            timeout,
            speech_timeout,
            max_speech_time,
            profanity_filter,
            finish_on_key,
            num_digits,
            partial_result_callback,
            partial_result_callback_method,
            language,
            hints,
            barge_in,
            debug,
            action_on_empty_result,
            speech_model,
            enhanced,
            kwargs,
        )


def _fill_Enqueue(
    el: Any,
    name: Any,
    action: Any,
    max_queue_size: Any,
    method: Any,
    wait_url: Any,
    wait_url_method: Any,
    workflow_sid: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if max_queue_size is not None:
            el.set("maxQueueSize", max_queue_size if max_queue_size.__class__ is str else str(max_queue_size) if max_queue_size.__class__ is int else _v(max_queue_size))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if wait_url is not None:
            el.set("waitUrl", wait_url if wait_url.__class__ is str else _v(wait_url))
        if wait_url_method is not None:
            el.set("waitUrlMethod", wait_url_method if wait_url_method.__class__ is str else _v(wait_url_method))
        if workflow_sid is not None:
            el.set("workflowSid", workflow_sid if workflow_sid.__class__ is str else _v(workflow_sid))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Enqueue,
            name,
            action,
            max_queue_size,
            method,
            wait_url,
            wait_url_method,
            workflow_sid,
            kwargs,
        )


def _fill_Task(
    el: Any,
    body: Any,
    priority: Any,
    timeout: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if priority is not None:
            el.set("priority", priority if priority.__class__ is str else str(priority) if priority.__class__ is int else _v(priority))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if body is not None:
            el.text = body if body.__class__ is str and body else _t(body)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Task, body, priority, timeout, kwargs)


def _fill_Echo(el: Any, timeout: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Echo, timeout, kwargs)


def _fill_Dial(
    el: Any,
    number: Any,
    action: Any,
    method: Any,
    timeout: Any,
    hangup_on_star: Any,
    time_limit: Any,
    caller_id: Any,
    record: Any,
    trim: Any,
    recording_status_callback: Any,
    recording_configuration_id: Any,
    recording_status_callback_method: Any,
    recording_status_callback_event: Any,
    answer_on_bridge: Any,
    ring_tone: Any,
    recording_track: Any,
    sequential: Any,
    refer_url: Any,
    refer_method: Any,
    events: Any,
    passports: Any,
    caller_name: Any,
    recording_storage_url: Any,
    recording_storage_url_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if answer_on_bridge is not None:
            el.set("answerOnBridge", "true" if answer_on_bridge is True else "false" if answer_on_bridge is False else answer_on_bridge if answer_on_bridge.__class__ is str else _v(answer_on_bridge))
        if caller_id is not None:
            el.set("callerId", caller_id if caller_id.__class__ is str else _v(caller_id))
        if caller_name is not None:
            el.set("callerName", caller_name if caller_name.__class__ is str else _v(caller_name))
        if events is not None:
            el.set("events", events if events.__class__ is str else _v(events))
        if hangup_on_star is not None:
            el.set("hangupOnStar", "true" if hangup_on_star is True else "false" if hangup_on_star is False else hangup_on_star if hangup_on_star.__class__ is str else _v(hangup_on_star))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if passports is not None:
            el.set("passports", passports if passports.__class__ is str else _v(passports))
        if record is not None:
            el.set("record", "true" if record is True else "false" if record is False else record if record.__class__ is str else _v(record))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if recording_storage_url is not None:
            el.set("recordingStorageUrl", recording_storage_url if recording_storage_url.__class__ is str else _v(recording_storage_url))
        if recording_storage_url_method is not None:
            el.set("recordingStorageUrlMethod", recording_storage_url_method if recording_storage_url_method.__class__ is str else _v(recording_storage_url_method))
        if recording_track is not None:
            el.set("recordingTrack", recording_track if recording_track.__class__ is str else _v(recording_track))
        if refer_method is not None:
            el.set("referMethod", refer_method if refer_method.__class__ is str else _v(refer_method))
        if refer_url is not None:
            el.set("referUrl", refer_url if refer_url.__class__ is str else _v(refer_url))
        if ring_tone is not None:
            el.set("ringTone", ring_tone if ring_tone.__class__ is str else _v(ring_tone))
        if sequential is not None:
            el.set("sequential", "true" if sequential is True else "false" if sequential is False else sequential if sequential.__class__ is str else _v(sequential))
        if time_limit is not None:
            el.set("timeLimit", time_limit if time_limit.__class__ is str else str(time_limit) if time_limit.__class__ is int else _v(time_limit))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if number is not None:
            el.text = number if number.__class__ is str and number else _t(number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Dial,
            number,
            action,
            method,
            timeout,
            hangup_on_star,
            time_limit,
            caller_id,
            record,
            trim,
            recording_status_callback,
            recording_configuration_id,
            recording_status_callback_method,
            recording_status_callback_event,
            answer_on_bridge,
            ring_tone,
            recording_track,
            sequential,
            refer_url,
            refer_method,
            events,
            passports,
            caller_name,
            recording_storage_url,
            recording_storage_url_method,
            kwargs,
        )


def _fill_WhatsApp(
    el: Any,
    phone_number: Any,
    url: Any,
    method: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if phone_number is not None:
            el.text = phone_number if phone_number.__class__ is str and phone_number else _t(phone_number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_WhatsApp,
            phone_number,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )


def _fill_Application(
    el: Any,
    application_sid: Any,
    url: Any,
    method: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    customer_id: Any,
    copy_parent_to: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if copy_parent_to is not None:
            el.set("copyParentTo", "true" if copy_parent_to is True else "false" if copy_parent_to is False else copy_parent_to if copy_parent_to.__class__ is str else _v(copy_parent_to))
        if customer_id is not None:
            el.set("customerId", customer_id if customer_id.__class__ is str else _v(customer_id))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if application_sid is not None:
            el.text = application_sid if application_sid.__class__ is str and application_sid else _t(application_sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Application,
            application_sid,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            customer_id,
            copy_parent_to,
            kwargs,
        )


def _fill_ApplicationSid(el: Any, sid: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if sid is not None:
            el.text = sid if sid.__class__ is str and sid else _t(sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ApplicationSid, sid, kwargs)


def _fill_Sip(
    el: Any,
    sip_url: Any,
    username: Any,
    password: Any,
    url: Any,
    method: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    machine_detection: Any,
    amd_status_callback_method: Any,
    amd_status_callback: Any,
    machine_detection_timeout: Any,
    machine_detection_speech_threshold: Any,
    machine_detection_speech_end_threshold: Any,
    machine_detection_silence_timeout: Any,
    codecs: Any,
    session_timeout: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if amd_status_callback is not None:
            el.set("amdStatusCallback", amd_status_callback if amd_status_callback.__class__ is str else _v(amd_status_callback))
        if amd_status_callback_method is not None:
            el.set("amdStatusCallbackMethod", amd_status_callback_method if amd_status_callback_method.__class__ is str else _v(amd_status_callback_method))
        if codecs is not None:
            el.set("codecs", codecs if codecs.__class__ is str else _v(codecs, ","))
        if machine_detection is not None:
            el.set("machineDetection", machine_detection if machine_detection.__class__ is str else _v(machine_detection))
        if machine_detection_silence_timeout is not None:
            el.set("machineDetectionSilenceTimeout", machine_detection_silence_timeout if machine_detection_silence_timeout.__class__ is str else str(machine_detection_silence_timeout) if machine_detection_silence_timeout.__class__ is int else _v(machine_detection_silence_timeout))
        if machine_detection_speech_end_threshold is not None:
            el.set("machineDetectionSpeechEndThreshold", machine_detection_speech_end_threshold if machine_detection_speech_end_threshold.__class__ is str else str(machine_detection_speech_end_threshold) if machine_detection_speech_end_threshold.__class__ is int else _v(machine_detection_speech_end_threshold))
        if machine_detection_speech_threshold is not None:
            el.set("machineDetectionSpeechThreshold", machine_detection_speech_threshold if machine_detection_speech_threshold.__class__ is str else str(machine_detection_speech_threshold) if machine_detection_speech_threshold.__class__ is int else _v(machine_detection_speech_threshold))
        if machine_detection_timeout is not None:
            el.set("machineDetectionTimeout", machine_detection_timeout if machine_detection_timeout.__class__ is str else str(machine_detection_timeout) if machine_detection_timeout.__class__ is int else _v(machine_detection_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if password is not None:
            el.set("password", password if password.__class__ is str else _v(password))
        if session_timeout is not None:
            el.set("sessionTimeout", session_timeout if session_timeout.__class__ is str else str(session_timeout) if session_timeout.__class__ is int else _v(session_timeout))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if username is not None:
            el.set("username", username if username.__class__ is str else _v(username))
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sip,
            sip_url,
            username,
            password,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            codecs,
            session_timeout,
            kwargs,
        )


def _fill_Headers(el: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Headers, kwargs)


def _fill_Header(el: Any, name: Any, value: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Header, name, value, kwargs)


def _fill_SipUri(
    el: Any,
    sip_url: Any,
    priority: Any,
    weight: Any,
    username: Any,
    password: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if password is not None:
            el.set("password", password if password.__class__ is str else _v(password))
        if priority is not None:
            el.set("priority", priority if priority.__class__ is str else str(priority) if priority.__class__ is int else _v(priority))
        if username is not None:
            el.set("username", username if username.__class__ is str else _v(username))
        if weight is not None:
            el.set("weight", weight if weight.__class__ is str else str(weight) if weight.__class__ is int else _v(weight))
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SipUri, sip_url, priority, weight, username, password, kwargs)


def _fill_Sim(el: Any, sim_sid: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if sim_sid is not None:
            el.text = sim_sid if sim_sid.__class__ is str and sim_sid else _t(sim_sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sim, sim_sid, kwargs)


def _fill_Number(
    el: Any,
    phone_number: Any,
    send_digits: Any,
    url: Any,
    method: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    byoc: Any,
    machine_detection: Any,
    amd_status_callback_method: Any,
    amd_status_callback: Any,
    machine_detection_timeout: Any,
    machine_detection_speech_threshold: Any,
    machine_detection_speech_end_threshold: Any,
    machine_detection_silence_timeout: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if amd_status_callback is not None:
            el.set("amdStatusCallback", amd_status_callback if amd_status_callback.__class__ is str else _v(amd_status_callback))
        if amd_status_callback_method is not None:
            el.set("amdStatusCallbackMethod", amd_status_callback_method if amd_status_callback_method.__class__ is str else _v(amd_status_callback_method))
        if byoc is not None:
            el.set("byoc", byoc if byoc.__class__ is str else _v(byoc))
        if machine_detection is not None:
            el.set("machineDetection", machine_detection if machine_detection.__class__ is str else _v(machine_detection))
        if machine_detection_silence_timeout is not None:
            el.set("machineDetectionSilenceTimeout", machine_detection_silence_timeout if machine_detection_silence_timeout.__class__ is str else str(machine_detection_silence_timeout) if machine_detection_silence_timeout.__class__ is int else _v(machine_detection_silence_timeout))
        if machine_detection_speech_end_threshold is not None:
            el.set("machineDetectionSpeechEndThreshold", machine_detection_speech_end_threshold if machine_detection_speech_end_threshold.__class__ is str else str(machine_detection_speech_end_threshold) if machine_detection_speech_end_threshold.__class__ is int else _v(machine_detection_speech_end_threshold))
        if machine_detection_speech_threshold is not None:
            el.set("machineDetectionSpeechThreshold", machine_detection_speech_threshold if machine_detection_speech_threshold.__class__ is str else str(machine_detection_speech_threshold) if machine_detection_speech_threshold.__class__ is int else _v(machine_detection_speech_threshold))
        if machine_detection_timeout is not None:
            el.set("machineDetectionTimeout", machine_detection_timeout if machine_detection_timeout.__class__ is str else str(machine_detection_timeout) if machine_detection_timeout.__class__ is int else _v(machine_detection_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if send_digits is not None:
            el.set("sendDigits", send_digits if send_digits.__class__ is str else _v(send_digits))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if phone_number is not None:
            el.text = phone_number if phone_number.__class__ is str and phone_number else _t(phone_number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Number,
            phone_number,
            send_digits,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            byoc,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            kwargs,
        )


def _fill_Conference(
    el: Any,
    name: Any,
    muted: Any,
    beep: Any,
    start_conference_on_enter: Any,
    end_conference_on_exit: Any,
    wait_url: Any,
    wait_method: Any,
    max_participants: Any,
    record: Any,
    recording_configuration_id: Any,
    region: Any,
    coach: Any,
    trim: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    recording_status_callback: Any,
    recording_status_callback_method: Any,
    recording_status_callback_event: Any,
    event_callback_url: Any,
    jitter_buffer_size: Any,
    participant_label: Any,
    stream_url: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if beep is not None:
            el.set("beep", "true" if beep is True else "false" if beep is False else beep if beep.__class__ is str else _v(beep))
        if coach is not None:
            el.set("coach", coach if coach.__class__ is str else _v(coach))
        if end_conference_on_exit is not None:
            el.set("endConferenceOnExit", "true" if end_conference_on_exit is True else "false" if end_conference_on_exit is False else end_conference_on_exit if end_conference_on_exit.__class__ is str else _v(end_conference_on_exit))
        if event_callback_url is not None:
            el.set("eventCallbackUrl", event_callback_url if event_callback_url.__class__ is str else _v(event_callback_url))
        if jitter_buffer_size is not None:
            el.set("jitterBufferSize", jitter_buffer_size if jitter_buffer_size.__class__ is str else _v(jitter_buffer_size))
        if max_participants is not None:
            el.set("maxParticipants", max_participants if max_participants.__class__ is str else str(max_participants) if max_participants.__class__ is int else _v(max_participants))
        if muted is not None:
            el.set("muted", "true" if muted is True else "false" if muted is False else muted if muted.__class__ is str else _v(muted))
        if participant_label is not None:
            el.set("participantLabel", participant_label if participant_label.__class__ is str else _v(participant_label))
        if record is not None:
            el.set("record", record if record.__class__ is str else _v(record))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if region is not None:
            el.set("region", region if region.__class__ is str else _v(region))
        if start_conference_on_enter is not None:
            el.set("startConferenceOnEnter", "true" if start_conference_on_enter is True else "false" if start_conference_on_enter is False else start_conference_on_enter if start_conference_on_enter.__class__ is str else _v(start_conference_on_enter))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if stream_url is not None:
            el.set("streamUrl", stream_url if stream_url.__class__ is str else _v(stream_url))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if wait_method is not None:
            el.set("waitMethod", wait_method if wait_method.__class__ is str else _v(wait_method))
        if wait_url is not None:
            el.set("waitUrl", wait_url if wait_url.__class__ is str else _v(wait_url))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Conference,
            name,
            muted,
            beep,
            start_conference_on_enter,
            end_conference_on_exit,
            wait_url,
            wait_method,
            max_participants,
            record,
            recording_configuration_id,
            region,
            coach,
            trim,
            status_callback_event,
            status_callback,
            status_callback_method,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            event_callback_url,
            jitter_buffer_size,
            participant_label,
            stream_url,
            kwargs,
        )


def _fill_ConferenceStream(
    el: Any,
    name: Any,
    url: Any,
    track: Any,
    status_callback: Any,
    status_callback_method: Any,
    auth_bearer_token: Any,
    codec: Any,
    realtime: Any,
    bidir: Any,
    stream_ssl_validate_certificate: Any,
    stream_start_conference_on_enter: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if auth_bearer_token is not None:
            el.set("authBearerToken", auth_bearer_token if auth_bearer_token.__class__ is str else _v(auth_bearer_token))
        if bidir is not None:
            el.set("bidir", "true" if bidir is True else "false" if bidir is False else bidir if bidir.__class__ is str else _v(bidir))
        if codec is not None:
            el.set("codec", codec if codec.__class__ is str else _v(codec))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if realtime is not None:
            el.set("realtime", "true" if realtime is True else "false" if realtime is False else realtime if realtime.__class__ is str else _v(realtime))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if stream_ssl_validate_certificate is not None:
            el.set("streamSslValidateCertificate", "true" if stream_ssl_validate_certificate is True else "false" if stream_ssl_validate_certificate is False else stream_ssl_validate_certificate if stream_ssl_validate_certificate.__class__ is str else _v(stream_ssl_validate_certificate))
        if stream_start_conference_on_enter is not None:
            el.set("streamStartConferenceOnEnter", "true" if stream_start_conference_on_enter is True else "false" if stream_start_conference_on_enter is False else stream_start_conference_on_enter if stream_start_conference_on_enter.__class__ is str else _v(stream_start_conference_on_enter))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConferenceStream,
            name,
            url,
            track,
            status_callback,
            status_callback_method,
            auth_bearer_token,
            codec,
            realtime,
            bidir,
            stream_ssl_validate_certificate,
            stream_start_conference_on_enter,
            kwargs,
        )


def _fill_Client(
    el: Any,
    identity: Any,
    url: Any,
    method: Any,
    status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if identity is not None:
            el.text = identity if identity.__class__ is str and identity else _t(identity)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Client,
            identity,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )


def _fill_Identity(el: Any, client_identity: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if client_identity is not None:
            el.text = client_identity if client_identity.__class__ is str and client_identity else _t(client_identity)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Identity, client_identity, kwargs)


def _fill_Connect(el: Any, action: Any, method: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Connect, action, method, kwargs)


def _fill_ConversationRelaySession(
    el: Any,
    connector: Any,
    session_configuration: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if connector is not None:
            el.set("connector", connector if connector.__class__ is str else _v(connector))
        if session_configuration is not None:
            el.set("sessionConfiguration", session_configuration if session_configuration.__class__ is str else _v(session_configuration))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConversationRelaySession, connector, session_configuration, kwargs)


def _fill_AiSession(
    el: Any,
    ai_connector: Any,
    ai_session_configuration: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if ai_connector is not None:
            el.set("aiConnector", ai_connector if ai_connector.__class__ is str else _v(ai_connector))
        if ai_session_configuration is not None:
            el.set("aiSessionConfiguration", ai_session_configuration if ai_session_configuration.__class__ is str else _v(ai_session_configuration))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_AiSession, ai_connector, ai_session_configuration, kwargs)


def _fill_ConversationRelay(
    el: Any,
    url: Any,
    language: Any,
    tts_language: Any,
    transcription_language: Any,
    tts_provider: Any,
    voice: Any,
    transcription_provider: Any,
    speech_model: Any,
    profanity_filter: Any,
    dtmf_detection: Any,
    welcome_greeting: Any,
    partial_prompts: Any,
    welcome_greeting_interruptible: Any,
    interruptible: Any,
    preemptible: Any,
    hints: Any,
    intelligence_service: Any,
    report_input_during_agent_speech: Any,
    elevenlabs_text_normalization: Any,
    interrupt_sensitivity: Any,
    debug: Any,
    backgroundNoiseReduction: Any,
    speechTimeout: Any,
    deepgramSmartFormat: Any,
    ignoreBackchannel: Any,
    events: Any,
    partial_prompt_on_hangup: Any,
    eager_eot_threshold: Any,
    asr_smart_format: Any,
    tts_text_normalization: Any,
    tts_language_text_normalization: Any,
    elevenlabs_language_text_normalization: Any,
    include_in_prompt: Any,
    customer_name: Any,
    application_reconnect: Any,
    echo_prompt_filtering: Any,
    turn_detection: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if application_reconnect is not None:
            el.set("applicationReconnect", application_reconnect if application_reconnect.__class__ is str else _v(application_reconnect))
        if asr_smart_format is not None:
            el.set("asrSmartFormat", asr_smart_format if asr_smart_format.__class__ is str else _v(asr_smart_format))
        if backgroundNoiseReduction is not None:
            el.set("backgroundNoiseReduction", backgroundNoiseReduction if backgroundNoiseReduction.__class__ is str else _v(backgroundNoiseReduction))
        if customer_name is not None:
            el.set("customerName", customer_name if customer_name.__class__ is str else _v(customer_name))
        if debug is not None:
            el.set("debug", debug if debug.__class__ is str else _v(debug))
        if deepgramSmartFormat is not None:
            el.set("deepgramSmartFormat", deepgramSmartFormat if deepgramSmartFormat.__class__ is str else _v(deepgramSmartFormat))
        if dtmf_detection is not None:
            el.set("dtmfDetection", "true" if dtmf_detection is True else "false" if dtmf_detection is False else dtmf_detection if dtmf_detection.__class__ is str else _v(dtmf_detection))
        if eager_eot_threshold is not None:
            el.set("eagerEotThreshold", eager_eot_threshold if eager_eot_threshold.__class__ is str else _v(eager_eot_threshold))
        if echo_prompt_filtering is not None:
            el.set("echoPromptFiltering", echo_prompt_filtering if echo_prompt_filtering.__class__ is str else _v(echo_prompt_filtering))
        if elevenlabs_language_text_normalization is not None:
            el.set("elevenlabsLanguageTextNormalization", elevenlabs_language_text_normalization if elevenlabs_language_text_normalization.__class__ is str else _v(elevenlabs_language_text_normalization))
        if elevenlabs_text_normalization is not None:
            el.set("elevenlabsTextNormalization", elevenlabs_text_normalization if elevenlabs_text_normalization.__class__ is str else _v(elevenlabs_text_normalization))
        if events is not None:
            el.set("events", events if events.__class__ is str else _v(events))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if ignoreBackchannel is not None:
            el.set("ignoreBackchannel", ignoreBackchannel if ignoreBackchannel.__class__ is str else _v(ignoreBackchannel))
        if include_in_prompt is not None:
            el.set("includeInPrompt", include_in_prompt if include_in_prompt.__class__ is str else _v(include_in_prompt))
        if intelligence_service is not None:
            el.set("intelligenceService", intelligence_service if intelligence_service.__class__ is str else _v(intelligence_service))
        if interrupt_sensitivity is not None:
            el.set("interruptSensitivity", interrupt_sensitivity if interrupt_sensitivity.__class__ is str else _v(interrupt_sensitivity))
        if interruptible is not None:
            el.set("interruptible", interruptible if interruptible.__class__ is str else _v(interruptible))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if partial_prompt_on_hangup is not None:
            el.set("partialPromptOnHangup", partial_prompt_on_hangup if partial_prompt_on_hangup.__class__ is str else _v(partial_prompt_on_hangup))
        if partial_prompts is not None:
            el.set("partialPrompts", "true" if partial_prompts is True else "false" if partial_prompts is False else partial_prompts if partial_prompts.__class__ is str else _v(partial_prompts))
        if preemptible is not None:
            el.set("preemptible", "true" if preemptible is True else "false" if preemptible is False else preemptible if preemptible.__class__ is str else _v(preemptible))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if report_input_during_agent_speech is not None:
            el.set("reportInputDuringAgentSpeech", report_input_during_agent_speech if report_input_during_agent_speech.__class__ is str else _v(report_input_during_agent_speech))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if speechTimeout is not None:
            el.set("speechTimeout", speechTimeout if speechTimeout.__class__ is str else _v(speechTimeout))
        if transcription_language is not None:
            el.set("transcriptionLanguage", transcription_language if transcription_language.__class__ is str else _v(transcription_language))
        if transcription_provider is not None:
            el.set("transcriptionProvider", transcription_provider if transcription_provider.__class__ is str else _v(transcription_provider))
        if tts_language is not None:
            el.set("ttsLanguage", tts_language if tts_language.__class__ is str else _v(tts_language))
        if tts_language_text_normalization is not None:
            el.set("ttsLanguageTextNormalization", tts_language_text_normalization if tts_language_text_normalization.__class__ is str else _v(tts_language_text_normalization))
        if tts_provider is not None:
            el.set("ttsProvider", tts_provider if tts_provider.__class__ is str else _v(tts_provider))
        if tts_text_normalization is not None:
            el.set("ttsTextNormalization", tts_text_normalization if tts_text_normalization.__class__ is str else _v(tts_text_normalization))
        if turn_detection is not None:
            el.set("turnDetection", turn_detection if turn_detection.__class__ is str else _v(turn_detection))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if welcome_greeting is not None:
            el.set("welcomeGreeting", welcome_greeting if welcome_greeting.__class__ is str else _v(welcome_greeting))
        if welcome_greeting_interruptible is not None:
            el.set("welcomeGreetingInterruptible", welcome_greeting_interruptible if welcome_greeting_interruptible.__class__ is str else _v(welcome_greeting_interruptible))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConversationRelay,
            url,
            language,
            tts_language,
            transcription_language,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            profanity_filter,
            dtmf_detection,
            welcome_greeting,
            partial_prompts,
            welcome_greeting_interruptible,
            interruptible,
            preemptible,
            hints,
            intelligence_service,
            report_input_during_agent_speech,
            elevenlabs_text_normalization,
            interrupt_sensitivity,
            debug,
            backgroundNoiseReduction,
            speechTimeout,
            deepgramSmartFormat,
            ignoreBackchannel,
            events,
            partial_prompt_on_hangup,
            eager_eot_threshold,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            elevenlabs_language_text_normalization,
            include_in_prompt,
            customer_name,
            application_reconnect,
            echo_prompt_filtering,
            turn_detection,
            kwargs,
        )


def _fill_Language(
    el: Any,
    code: Any,
    tts_provider: Any,
    voice: Any,
    transcription_provider: Any,
    speech_model: Any,
    hints: Any,
    asr_smart_format: Any,
    tts_text_normalization: Any,
    tts_language_text_normalization: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if asr_smart_format is not None:
            el.set("asrSmartFormat", asr_smart_format if asr_smart_format.__class__ is str else _v(asr_smart_format))
        if code is not None:
            el.set("code", code if code.__class__ is str else _v(code))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if transcription_provider is not None:
            el.set("transcriptionProvider", transcription_provider if transcription_provider.__class__ is str else _v(transcription_provider))
        if tts_language_text_normalization is not None:
            el.set("ttsLanguageTextNormalization", tts_language_text_normalization if tts_language_text_normalization.__class__ is str else _v(tts_language_text_normalization))
        if tts_provider is not None:
            el.set("ttsProvider", tts_provider if tts_provider.__class__ is str else _v(tts_provider))
        if tts_text_normalization is not None:
            el.set("ttsTextNormalization", tts_text_normalization if tts_text_normalization.__class__ is str else _v(tts_text_normalization))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Language,
            code,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            hints,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            kwargs,
        )


def _fill_Conversation(
    el: Any,
    service_instance_sid: Any,
    inbound_autocreation: Any,
    routing_assignment_timeout: Any,
    inbound_timeout: Any,
    url: Any,
    method: Any,
    record: Any,
    trim: Any,
    recording_status_callback: Any,
    recording_status_callback_method: Any,
    recording_status_callback_event: Any,
    status_callback: Any,
    status_callback_method: Any,
    status_callback_event: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if inbound_autocreation is not None:
            el.set("inboundAutocreation", "true" if inbound_autocreation is True else "false" if inbound_autocreation is False else inbound_autocreation if inbound_autocreation.__class__ is str else _v(inbound_autocreation))
        if inbound_timeout is not None:
            el.set("inboundTimeout", inbound_timeout if inbound_timeout.__class__ is str else str(inbound_timeout) if inbound_timeout.__class__ is int else _v(inbound_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if record is not None:
            el.set("record", record if record.__class__ is str else _v(record))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if routing_assignment_timeout is not None:
            el.set("routingAssignmentTimeout", routing_assignment_timeout if routing_assignment_timeout.__class__ is str else str(routing_assignment_timeout) if routing_assignment_timeout.__class__ is int else _v(routing_assignment_timeout))
        if service_instance_sid is not None:
            el.set("serviceInstanceSid", service_instance_sid if service_instance_sid.__class__ is str else _v(service_instance_sid))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Conversation,
            service_instance_sid,
            inbound_autocreation,
            routing_assignment_timeout,
            inbound_timeout,
            url,
            method,
            record,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            status_callback,
            status_callback_method,
            status_callback_event,
            kwargs,
        )


def _fill_VirtualAgent(
    el: Any,
    connector_name: Any,
    language: Any,
    sentiment_analysis: Any,
    status_callback: Any,
    status_callback_method: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if sentiment_analysis is not None:
            el.set("sentimentAnalysis", "true" if sentiment_analysis is True else "false" if sentiment_analysis is False else sentiment_analysis if sentiment_analysis.__class__ is str else _v(sentiment_analysis))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_VirtualAgent,
            connector_name,
            language,
            sentiment_analysis,
            status_callback,
            status_callback_method,
            kwargs,
        )


def _fill_Autopilot(el: Any, name: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Autopilot, name, kwargs)


def _fill_Room(
    el: Any,
    name: Any,
    participant_identity: Any,
    kwargs: Mapping[str, object],
) -> None:
    try:
        if participant_identity is not None:
            el.set("participantIdentity", participant_identity if participant_identity.__class__ is str else _v(participant_identity))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Room, name, participant_identity, kwargs)


def _fill_Denoise(el: Any, state: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if state is not None:
            el.text = state if state.__class__ is str and state else _t(state)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Denoise, state, kwargs)


def _fill_Verto(el: Any, resource: Any, kwargs: Mapping[str, object]) -> None:
    try:
        if resource is not None:
            el.text = resource if resource.__class__ is str and resource else _t(resource)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Verto, resource, kwargs)


def _add_AiSession(
    self: Element,
    ai_connector: str | None = None,
    ai_session_configuration: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> AiSession:
    """Add a <AiSession>: An AI session. (Twilio only)"""
    el: AiSession = _sub(self, "AiSession")
    try:
        if ai_connector is not None:
            el.set("aiConnector", ai_connector if ai_connector.__class__ is str else _v(ai_connector))
        if ai_session_configuration is not None:
            el.set("aiSessionConfiguration", ai_session_configuration if ai_session_configuration.__class__ is str else _v(ai_session_configuration))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_AiSession, ai_connector, ai_session_configuration, kwargs)
    return el


def _add_Application(
    self: Element,
    application_sid: BodyValue | None = None,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    customer_id: str | None = None,
    copy_parent_to: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Application:
    """Add a <Application>: An application to dial. (Twilio only)"""
    el: Application = _sub(self, "Application")
    try:
        if copy_parent_to is not None:
            el.set("copyParentTo", "true" if copy_parent_to is True else "false" if copy_parent_to is False else copy_parent_to if copy_parent_to.__class__ is str else _v(copy_parent_to))
        if customer_id is not None:
            el.set("customerId", customer_id if customer_id.__class__ is str else _v(customer_id))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if application_sid is not None:
            el.text = application_sid if application_sid.__class__ is str and application_sid else _t(application_sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Application,
            application_sid,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            customer_id,
            copy_parent_to,
            kwargs,
        )
    return el


def _add_ApplicationSid(
    self: Element,
    sid: BodyValue,
    **kwargs: Unpack[NoExtraKeywords],
) -> ApplicationSid:
    """Add a <ApplicationSid>: The identifier of the application to dial. (Twilio only)"""
    el: ApplicationSid = _sub(self, "ApplicationSid")
    try:
        if sid is not None:
            el.text = sid if sid.__class__ is str and sid else _t(sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ApplicationSid, sid, kwargs)
    return el


def _add_Autopilot(self: Element, name: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> Autopilot:
    """Add a <Autopilot>: Connects the call to an Autopilot assistant. (Twilio only)"""
    el: Autopilot = _sub(self, "Autopilot")
    try:
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Autopilot, name, kwargs)
    return el


def _add_Client(
    self: Element,
    identity: BodyValue | None = None,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Client:
    """Add a <Client>: A client application user to dial. (Twilio only)"""
    el: Client = _sub(self, "Client")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if identity is not None:
            el.text = identity if identity.__class__ is str and identity else _t(identity)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Client,
            identity,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )
    return el


def _add_Conference(
    self: Element,
    name: BodyValue,
    muted: bool | None = None,
    beep: bool | Literal["onEnter", "onExit"] | None = None,
    start_conference_on_enter: bool | None = None,
    end_conference_on_exit: bool | None = None,
    wait_url: str | None = None,
    wait_method: Literal["GET", "POST"] | None = None,
    max_participants: int | None = None,
    record: Literal["do-not-record", "record-from-start"] | None = None,
    recording_configuration_id: str | None = None,
    region: str | None = None,
    coach: str | None = None,
    trim: Literal["trim-silence", "do-not-trim"] | None = None,
    status_callback_event: Literal["start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement"] | Sequence[Literal["start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback: str | None = None,
    recording_status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback_event: Literal["in-progress", "completed", "failed", "absent", "in-progress completed", "in-progress failed", "in-progress absent", "completed failed", "completed absent", "failed absent", "in-progress completed failed", "in-progress completed absent", "in-progress failed absent", "completed failed absent", "in-progress completed failed absent"] | Sequence[Literal["in-progress", "completed", "failed", "absent"]] | None = None,
    event_callback_url: str | None = None,
    jitter_buffer_size: str | None = None,
    participant_label: str | None = None,
    *,
    stream_url: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Conference:
    """Add a <Conference>: A conference room to join."""
    el: Conference = _sub(self, "Conference")
    try:
        if beep is not None:
            el.set("beep", "true" if beep is True else "false" if beep is False else beep if beep.__class__ is str else _v(beep))
        if coach is not None:
            el.set("coach", coach if coach.__class__ is str else _v(coach))
        if end_conference_on_exit is not None:
            el.set("endConferenceOnExit", "true" if end_conference_on_exit is True else "false" if end_conference_on_exit is False else end_conference_on_exit if end_conference_on_exit.__class__ is str else _v(end_conference_on_exit))
        if event_callback_url is not None:
            el.set("eventCallbackUrl", event_callback_url if event_callback_url.__class__ is str else _v(event_callback_url))
        if jitter_buffer_size is not None:
            el.set("jitterBufferSize", jitter_buffer_size if jitter_buffer_size.__class__ is str else _v(jitter_buffer_size))
        if max_participants is not None:
            el.set("maxParticipants", max_participants if max_participants.__class__ is str else str(max_participants) if max_participants.__class__ is int else _v(max_participants))
        if muted is not None:
            el.set("muted", "true" if muted is True else "false" if muted is False else muted if muted.__class__ is str else _v(muted))
        if participant_label is not None:
            el.set("participantLabel", participant_label if participant_label.__class__ is str else _v(participant_label))
        if record is not None:
            el.set("record", record if record.__class__ is str else _v(record))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if region is not None:
            el.set("region", region if region.__class__ is str else _v(region))
        if start_conference_on_enter is not None:
            el.set("startConferenceOnEnter", "true" if start_conference_on_enter is True else "false" if start_conference_on_enter is False else start_conference_on_enter if start_conference_on_enter.__class__ is str else _v(start_conference_on_enter))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if stream_url is not None:
            el.set("streamUrl", stream_url if stream_url.__class__ is str else _v(stream_url))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if wait_method is not None:
            el.set("waitMethod", wait_method if wait_method.__class__ is str else _v(wait_method))
        if wait_url is not None:
            el.set("waitUrl", wait_url if wait_url.__class__ is str else _v(wait_url))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Conference,
            name,
            muted,
            beep,
            start_conference_on_enter,
            end_conference_on_exit,
            wait_url,
            wait_method,
            max_participants,
            record,
            recording_configuration_id,
            region,
            coach,
            trim,
            status_callback_event,
            status_callback,
            status_callback_method,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            event_callback_url,
            jitter_buffer_size,
            participant_label,
            stream_url,
            kwargs,
        )
    return el


def _add_ConferenceStream(
    self: Element,
    name: str | None = None,
    url: str | None = None,
    track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    auth_bearer_token: str | None = None,
    codec: Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None = None,
    realtime: bool | None = None,
    bidir: bool | None = None,
    stream_ssl_validate_certificate: bool | None = None,
    stream_start_conference_on_enter: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> ConferenceStream:
    """Add a <Stream>: Streams a conference's audio to a WebSocket server. (SignalWire only)"""
    el: ConferenceStream = _sub(self, "Stream")
    try:
        if auth_bearer_token is not None:
            el.set("authBearerToken", auth_bearer_token if auth_bearer_token.__class__ is str else _v(auth_bearer_token))
        if bidir is not None:
            el.set("bidir", "true" if bidir is True else "false" if bidir is False else bidir if bidir.__class__ is str else _v(bidir))
        if codec is not None:
            el.set("codec", codec if codec.__class__ is str else _v(codec))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if realtime is not None:
            el.set("realtime", "true" if realtime is True else "false" if realtime is False else realtime if realtime.__class__ is str else _v(realtime))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if stream_ssl_validate_certificate is not None:
            el.set("streamSslValidateCertificate", "true" if stream_ssl_validate_certificate is True else "false" if stream_ssl_validate_certificate is False else stream_ssl_validate_certificate if stream_ssl_validate_certificate.__class__ is str else _v(stream_ssl_validate_certificate))
        if stream_start_conference_on_enter is not None:
            el.set("streamStartConferenceOnEnter", "true" if stream_start_conference_on_enter is True else "false" if stream_start_conference_on_enter is False else stream_start_conference_on_enter if stream_start_conference_on_enter.__class__ is str else _v(stream_start_conference_on_enter))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConferenceStream,
            name,
            url,
            track,
            status_callback,
            status_callback_method,
            auth_bearer_token,
            codec,
            realtime,
            bidir,
            stream_ssl_validate_certificate,
            stream_start_conference_on_enter,
            kwargs,
        )
    return el


def _add_Config(
    self: Element,
    name: str | None = None,
    value: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Config:
    """Add a <Config>: A configuration name/value pair. (Twilio only)"""
    el: Config = _sub(self, "Config")
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Config, name, value, kwargs)
    return el


def _add_Connect(
    self: Element,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Connect:
    """Add a <Connect>: Connects the call to a stream, room or agent for the rest of the call."""
    el: Connect = _sub(self, "Connect")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Connect, action, method, kwargs)
    return el


def _add_Conversation(
    self: Element,
    service_instance_sid: str | None = None,
    inbound_autocreation: bool | None = None,
    routing_assignment_timeout: int | None = None,
    inbound_timeout: int | None = None,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    record: str | None = None,
    trim: Literal["trim-silence", "do-not-trim"] | None = None,
    recording_status_callback: str | None = None,
    recording_status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    status_callback_event: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Conversation:
    """Add a <Conversation>: Connects the call to a conversation. (Twilio only)"""
    el: Conversation = _sub(self, "Conversation")
    try:
        if inbound_autocreation is not None:
            el.set("inboundAutocreation", "true" if inbound_autocreation is True else "false" if inbound_autocreation is False else inbound_autocreation if inbound_autocreation.__class__ is str else _v(inbound_autocreation))
        if inbound_timeout is not None:
            el.set("inboundTimeout", inbound_timeout if inbound_timeout.__class__ is str else str(inbound_timeout) if inbound_timeout.__class__ is int else _v(inbound_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if record is not None:
            el.set("record", record if record.__class__ is str else _v(record))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if routing_assignment_timeout is not None:
            el.set("routingAssignmentTimeout", routing_assignment_timeout if routing_assignment_timeout.__class__ is str else str(routing_assignment_timeout) if routing_assignment_timeout.__class__ is int else _v(routing_assignment_timeout))
        if service_instance_sid is not None:
            el.set("serviceInstanceSid", service_instance_sid if service_instance_sid.__class__ is str else _v(service_instance_sid))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Conversation,
            service_instance_sid,
            inbound_autocreation,
            routing_assignment_timeout,
            inbound_timeout,
            url,
            method,
            record,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            status_callback,
            status_callback_method,
            status_callback_event,
            kwargs,
        )
    return el


def _add_ConversationRelay(
    self: Element,
    url: str | None = None,
    language: str | None = None,
    tts_language: str | None = None,
    transcription_language: str | None = None,
    tts_provider: str | None = None,
    voice: str | None = None,
    transcription_provider: str | None = None,
    speech_model: str | None = None,
    profanity_filter: bool | None = None,
    dtmf_detection: bool | None = None,
    welcome_greeting: str | None = None,
    partial_prompts: bool | None = None,
    welcome_greeting_interruptible: str | None = None,
    interruptible: str | None = None,
    preemptible: bool | None = None,
    hints: str | Sequence[str] | None = None,
    intelligence_service: str | None = None,
    report_input_during_agent_speech: str | None = None,
    elevenlabs_text_normalization: str | None = None,
    interrupt_sensitivity: str | None = None,
    debug: str | None = None,
    backgroundNoiseReduction: str | None = None,
    speechTimeout: str | None = None,
    deepgramSmartFormat: str | None = None,
    ignoreBackchannel: str | None = None,
    events: str | None = None,
    partial_prompt_on_hangup: str | None = None,
    eager_eot_threshold: str | None = None,
    asr_smart_format: str | None = None,
    tts_text_normalization: str | None = None,
    tts_language_text_normalization: str | None = None,
    elevenlabs_language_text_normalization: str | None = None,
    include_in_prompt: str | None = None,
    customer_name: str | None = None,
    application_reconnect: str | None = None,
    echo_prompt_filtering: str | None = None,
    turn_detection: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> ConversationRelay:
    """Add a <ConversationRelay>: Relays the conversation to an AI application over a WebSocket. (Twilio only)"""
    el: ConversationRelay = _sub(self, "ConversationRelay")
    try:
        if application_reconnect is not None:
            el.set("applicationReconnect", application_reconnect if application_reconnect.__class__ is str else _v(application_reconnect))
        if asr_smart_format is not None:
            el.set("asrSmartFormat", asr_smart_format if asr_smart_format.__class__ is str else _v(asr_smart_format))
        if backgroundNoiseReduction is not None:
            el.set("backgroundNoiseReduction", backgroundNoiseReduction if backgroundNoiseReduction.__class__ is str else _v(backgroundNoiseReduction))
        if customer_name is not None:
            el.set("customerName", customer_name if customer_name.__class__ is str else _v(customer_name))
        if debug is not None:
            el.set("debug", debug if debug.__class__ is str else _v(debug))
        if deepgramSmartFormat is not None:
            el.set("deepgramSmartFormat", deepgramSmartFormat if deepgramSmartFormat.__class__ is str else _v(deepgramSmartFormat))
        if dtmf_detection is not None:
            el.set("dtmfDetection", "true" if dtmf_detection is True else "false" if dtmf_detection is False else dtmf_detection if dtmf_detection.__class__ is str else _v(dtmf_detection))
        if eager_eot_threshold is not None:
            el.set("eagerEotThreshold", eager_eot_threshold if eager_eot_threshold.__class__ is str else _v(eager_eot_threshold))
        if echo_prompt_filtering is not None:
            el.set("echoPromptFiltering", echo_prompt_filtering if echo_prompt_filtering.__class__ is str else _v(echo_prompt_filtering))
        if elevenlabs_language_text_normalization is not None:
            el.set("elevenlabsLanguageTextNormalization", elevenlabs_language_text_normalization if elevenlabs_language_text_normalization.__class__ is str else _v(elevenlabs_language_text_normalization))
        if elevenlabs_text_normalization is not None:
            el.set("elevenlabsTextNormalization", elevenlabs_text_normalization if elevenlabs_text_normalization.__class__ is str else _v(elevenlabs_text_normalization))
        if events is not None:
            el.set("events", events if events.__class__ is str else _v(events))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if ignoreBackchannel is not None:
            el.set("ignoreBackchannel", ignoreBackchannel if ignoreBackchannel.__class__ is str else _v(ignoreBackchannel))
        if include_in_prompt is not None:
            el.set("includeInPrompt", include_in_prompt if include_in_prompt.__class__ is str else _v(include_in_prompt))
        if intelligence_service is not None:
            el.set("intelligenceService", intelligence_service if intelligence_service.__class__ is str else _v(intelligence_service))
        if interrupt_sensitivity is not None:
            el.set("interruptSensitivity", interrupt_sensitivity if interrupt_sensitivity.__class__ is str else _v(interrupt_sensitivity))
        if interruptible is not None:
            el.set("interruptible", interruptible if interruptible.__class__ is str else _v(interruptible))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if partial_prompt_on_hangup is not None:
            el.set("partialPromptOnHangup", partial_prompt_on_hangup if partial_prompt_on_hangup.__class__ is str else _v(partial_prompt_on_hangup))
        if partial_prompts is not None:
            el.set("partialPrompts", "true" if partial_prompts is True else "false" if partial_prompts is False else partial_prompts if partial_prompts.__class__ is str else _v(partial_prompts))
        if preemptible is not None:
            el.set("preemptible", "true" if preemptible is True else "false" if preemptible is False else preemptible if preemptible.__class__ is str else _v(preemptible))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if report_input_during_agent_speech is not None:
            el.set("reportInputDuringAgentSpeech", report_input_during_agent_speech if report_input_during_agent_speech.__class__ is str else _v(report_input_during_agent_speech))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if speechTimeout is not None:
            el.set("speechTimeout", speechTimeout if speechTimeout.__class__ is str else _v(speechTimeout))
        if transcription_language is not None:
            el.set("transcriptionLanguage", transcription_language if transcription_language.__class__ is str else _v(transcription_language))
        if transcription_provider is not None:
            el.set("transcriptionProvider", transcription_provider if transcription_provider.__class__ is str else _v(transcription_provider))
        if tts_language is not None:
            el.set("ttsLanguage", tts_language if tts_language.__class__ is str else _v(tts_language))
        if tts_language_text_normalization is not None:
            el.set("ttsLanguageTextNormalization", tts_language_text_normalization if tts_language_text_normalization.__class__ is str else _v(tts_language_text_normalization))
        if tts_provider is not None:
            el.set("ttsProvider", tts_provider if tts_provider.__class__ is str else _v(tts_provider))
        if tts_text_normalization is not None:
            el.set("ttsTextNormalization", tts_text_normalization if tts_text_normalization.__class__ is str else _v(tts_text_normalization))
        if turn_detection is not None:
            el.set("turnDetection", turn_detection if turn_detection.__class__ is str else _v(turn_detection))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if welcome_greeting is not None:
            el.set("welcomeGreeting", welcome_greeting if welcome_greeting.__class__ is str else _v(welcome_greeting))
        if welcome_greeting_interruptible is not None:
            el.set("welcomeGreetingInterruptible", welcome_greeting_interruptible if welcome_greeting_interruptible.__class__ is str else _v(welcome_greeting_interruptible))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConversationRelay,
            url,
            language,
            tts_language,
            transcription_language,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            profanity_filter,
            dtmf_detection,
            welcome_greeting,
            partial_prompts,
            welcome_greeting_interruptible,
            interruptible,
            preemptible,
            hints,
            intelligence_service,
            report_input_during_agent_speech,
            elevenlabs_text_normalization,
            interrupt_sensitivity,
            debug,
            backgroundNoiseReduction,
            speechTimeout,
            deepgramSmartFormat,
            ignoreBackchannel,
            events,
            partial_prompt_on_hangup,
            eager_eot_threshold,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            elevenlabs_language_text_normalization,
            include_in_prompt,
            customer_name,
            application_reconnect,
            echo_prompt_filtering,
            turn_detection,
            kwargs,
        )
    return el


def _add_ConversationRelaySession(
    self: Element,
    connector: str | None = None,
    session_configuration: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> ConversationRelaySession:
    """Add a <ConversationRelaySession>: A conversation relay session. (Twilio only)"""
    el: ConversationRelaySession = _sub(self, "ConversationRelaySession")
    try:
        if connector is not None:
            el.set("connector", connector if connector.__class__ is str else _v(connector))
        if session_configuration is not None:
            el.set("sessionConfiguration", session_configuration if session_configuration.__class__ is str else _v(session_configuration))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ConversationRelaySession, connector, session_configuration, kwargs)
    return el


def _add_Denoise(
    self: Element,
    state: Literal["on", "off"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Denoise:
    """Add a <Denoise>: Turns noise reduction on the call on or off. (SignalWire only)"""
    el: Denoise = _sub(self, "Denoise")
    try:
        if state is not None:
            el.text = state if state.__class__ is str and state else _t(state)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Denoise, state, kwargs)
    return el


def _add_Dial(
    self: Element,
    number: BodyValue | None = None,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    timeout: int | None = None,
    hangup_on_star: bool | None = None,
    time_limit: int | None = None,
    caller_id: str | None = None,
    record: bool | Literal["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"] | None = None,
    trim: Literal["trim-silence", "do-not-trim"] | None = None,
    recording_status_callback: str | None = None,
    recording_configuration_id: str | None = None,
    recording_status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
    answer_on_bridge: bool | None = None,
    ring_tone: Literal["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"] | None = None,
    recording_track: Literal["inbound", "outbound", "both"] | None = None,
    sequential: bool | None = None,
    refer_url: str | None = None,
    refer_method: Literal["GET", "POST"] | None = None,
    events: str | None = None,
    passports: str | None = None,
    *,
    caller_name: str | None = None,
    recording_storage_url: str | None = None,
    recording_storage_url_method: Literal["POST", "PUT"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Dial:
    """Add a <Dial>: Connects the call to another party: a number, SIP endpoint, conference or queue."""
    el: Dial = _sub(self, "Dial")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if answer_on_bridge is not None:
            el.set("answerOnBridge", "true" if answer_on_bridge is True else "false" if answer_on_bridge is False else answer_on_bridge if answer_on_bridge.__class__ is str else _v(answer_on_bridge))
        if caller_id is not None:
            el.set("callerId", caller_id if caller_id.__class__ is str else _v(caller_id))
        if caller_name is not None:
            el.set("callerName", caller_name if caller_name.__class__ is str else _v(caller_name))
        if events is not None:
            el.set("events", events if events.__class__ is str else _v(events))
        if hangup_on_star is not None:
            el.set("hangupOnStar", "true" if hangup_on_star is True else "false" if hangup_on_star is False else hangup_on_star if hangup_on_star.__class__ is str else _v(hangup_on_star))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if passports is not None:
            el.set("passports", passports if passports.__class__ is str else _v(passports))
        if record is not None:
            el.set("record", "true" if record is True else "false" if record is False else record if record.__class__ is str else _v(record))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if recording_storage_url is not None:
            el.set("recordingStorageUrl", recording_storage_url if recording_storage_url.__class__ is str else _v(recording_storage_url))
        if recording_storage_url_method is not None:
            el.set("recordingStorageUrlMethod", recording_storage_url_method if recording_storage_url_method.__class__ is str else _v(recording_storage_url_method))
        if recording_track is not None:
            el.set("recordingTrack", recording_track if recording_track.__class__ is str else _v(recording_track))
        if refer_method is not None:
            el.set("referMethod", refer_method if refer_method.__class__ is str else _v(refer_method))
        if refer_url is not None:
            el.set("referUrl", refer_url if refer_url.__class__ is str else _v(refer_url))
        if ring_tone is not None:
            el.set("ringTone", ring_tone if ring_tone.__class__ is str else _v(ring_tone))
        if sequential is not None:
            el.set("sequential", "true" if sequential is True else "false" if sequential is False else sequential if sequential.__class__ is str else _v(sequential))
        if time_limit is not None:
            el.set("timeLimit", time_limit if time_limit.__class__ is str else str(time_limit) if time_limit.__class__ is int else _v(time_limit))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if number is not None:
            el.text = number if number.__class__ is str and number else _t(number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Dial,
            number,
            action,
            method,
            timeout,
            hangup_on_star,
            time_limit,
            caller_id,
            record,
            trim,
            recording_status_callback,
            recording_configuration_id,
            recording_status_callback_method,
            recording_status_callback_event,
            answer_on_bridge,
            ring_tone,
            recording_track,
            sequential,
            refer_url,
            refer_method,
            events,
            passports,
            caller_name,
            recording_storage_url,
            recording_storage_url_method,
            kwargs,
        )
    return el


def _add_Echo(
    self: Element,
    *,
    timeout: int | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Echo:
    """Add a <Echo>: Plays the caller's audio back to them, to test a connection."""
    el: Echo = _sub(self, "Echo")
    try:
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Echo, timeout, kwargs)
    return el


def _add_Enqueue(
    self: Element,
    name: BodyValue | None = None,
    action: str | None = None,
    max_queue_size: int | None = None,
    method: Literal["GET", "POST"] | None = None,
    wait_url: str | None = None,
    wait_url_method: Literal["GET", "POST"] | None = None,
    workflow_sid: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Enqueue:
    """Add a <Enqueue>: Puts the call in a queue."""
    el: Enqueue = _sub(self, "Enqueue")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if max_queue_size is not None:
            el.set("maxQueueSize", max_queue_size if max_queue_size.__class__ is str else str(max_queue_size) if max_queue_size.__class__ is int else _v(max_queue_size))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if wait_url is not None:
            el.set("waitUrl", wait_url if wait_url.__class__ is str else _v(wait_url))
        if wait_url_method is not None:
            el.set("waitUrlMethod", wait_url_method if wait_url_method.__class__ is str else _v(wait_url_method))
        if workflow_sid is not None:
            el.set("workflowSid", workflow_sid if workflow_sid.__class__ is str else _v(workflow_sid))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Enqueue,
            name,
            action,
            max_queue_size,
            method,
            wait_url,
            wait_url_method,
            workflow_sid,
            kwargs,
        )
    return el


def _add_Gather(
    self: Element,
    input: Literal["dtmf", "speech", "dtmf speech", "speech dtmf"] | Sequence[Literal["dtmf", "speech"]] | None = None,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    timeout: int | None = None,
    speech_timeout: int | Literal["auto"] | None = None,
    max_speech_time: int | None = None,
    profanity_filter: bool | None = None,
    finish_on_key: str | None = None,
    num_digits: int | None = None,
    partial_result_callback: str | None = None,
    partial_result_callback_method: Literal["GET", "POST"] | None = None,
    language: str | None = None,
    hints: str | Sequence[str] | None = None,
    barge_in: bool | None = None,
    debug: bool | None = None,
    action_on_empty_result: bool | None = None,
    speech_model: str | None = None,
    enhanced: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Gather:
    """Add a <Gather>: Collects digits or speech while its nested verbs play."""
    el: Gather = _sub(self, "Gather")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if action_on_empty_result is not None:
            el.set("actionOnEmptyResult", "true" if action_on_empty_result is True else "false" if action_on_empty_result is False else action_on_empty_result if action_on_empty_result.__class__ is str else _v(action_on_empty_result))
        if barge_in is not None:
            el.set("bargeIn", "true" if barge_in is True else "false" if barge_in is False else barge_in if barge_in.__class__ is str else _v(barge_in))
        if debug is not None:
            el.set("debug", "true" if debug is True else "false" if debug is False else debug if debug.__class__ is str else _v(debug))
        if enhanced is not None:
            el.set("enhanced", "true" if enhanced is True else "false" if enhanced is False else enhanced if enhanced.__class__ is str else _v(enhanced))
        if finish_on_key is not None:
            el.set("finishOnKey", finish_on_key if finish_on_key.__class__ is str else _v(finish_on_key))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if input is not None:
            el.set("input", input if input.__class__ is str else _v(input))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if max_speech_time is not None:
            el.set("maxSpeechTime", max_speech_time if max_speech_time.__class__ is str else str(max_speech_time) if max_speech_time.__class__ is int else _v(max_speech_time))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if num_digits is not None:
            el.set("numDigits", num_digits if num_digits.__class__ is str else str(num_digits) if num_digits.__class__ is int else _v(num_digits))
        if partial_result_callback is not None:
            el.set("partialResultCallback", partial_result_callback if partial_result_callback.__class__ is str else _v(partial_result_callback))
        if partial_result_callback_method is not None:
            el.set("partialResultCallbackMethod", partial_result_callback_method if partial_result_callback_method.__class__ is str else _v(partial_result_callback_method))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if speech_timeout is not None:
            el.set("speechTimeout", speech_timeout if speech_timeout.__class__ is str else str(speech_timeout) if speech_timeout.__class__ is int else _v(speech_timeout))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Gather,
            input,
            action,
            method,
            timeout,
            speech_timeout,
            max_speech_time,
            profanity_filter,
            finish_on_key,
            num_digits,
            partial_result_callback,
            partial_result_callback_method,
            language,
            hints,
            barge_in,
            debug,
            action_on_empty_result,
            speech_model,
            enhanced,
            kwargs,
        )
    return el


def _add_Hangup(self: Element, **kwargs: Unpack[NoExtraKeywords]) -> Hangup:
    """Add a <Hangup>: Ends the call."""
    el: Hangup = _sub(self, "Hangup")
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Hangup, kwargs)
    return el


def _add_Header(
    self: Element,
    name: str | None = None,
    value: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Header:
    """Add a <Header>: A custom SIP header. (Twilio only)"""
    el: Header = _sub(self, "Header")
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Header, name, value, kwargs)
    return el


def _add_Headers(self: Element, **kwargs: Unpack[NoExtraKeywords]) -> Headers:
    """Add a <Headers>: Custom SIP headers for <Sip>. (Twilio only)"""
    el: Headers = _sub(self, "Headers")
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Headers, kwargs)
    return el


def _add_Identity(
    self: Element,
    client_identity: BodyValue,
    **kwargs: Unpack[NoExtraKeywords],
) -> Identity:
    """Add a <Identity>: The identity of the client to dial. (Twilio only)"""
    el: Identity = _sub(self, "Identity")
    try:
        if client_identity is not None:
            el.text = client_identity if client_identity.__class__ is str and client_identity else _t(client_identity)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Identity, client_identity, kwargs)
    return el


def _add_Language(
    self: Element,
    code: str | None = None,
    tts_provider: str | None = None,
    voice: str | None = None,
    transcription_provider: str | None = None,
    speech_model: str | None = None,
    hints: str | Sequence[str] | None = None,
    asr_smart_format: str | None = None,
    tts_text_normalization: str | None = None,
    tts_language_text_normalization: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Language:
    """Add a <Language>: Speech settings for one language of a <ConversationRelay>. (Twilio only)"""
    el: Language = _sub(self, "Language")
    try:
        if asr_smart_format is not None:
            el.set("asrSmartFormat", asr_smart_format if asr_smart_format.__class__ is str else _v(asr_smart_format))
        if code is not None:
            el.set("code", code if code.__class__ is str else _v(code))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if transcription_provider is not None:
            el.set("transcriptionProvider", transcription_provider if transcription_provider.__class__ is str else _v(transcription_provider))
        if tts_language_text_normalization is not None:
            el.set("ttsLanguageTextNormalization", tts_language_text_normalization if tts_language_text_normalization.__class__ is str else _v(tts_language_text_normalization))
        if tts_provider is not None:
            el.set("ttsProvider", tts_provider if tts_provider.__class__ is str else _v(tts_provider))
        if tts_text_normalization is not None:
            el.set("ttsTextNormalization", tts_text_normalization if tts_text_normalization.__class__ is str else _v(tts_text_normalization))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Language,
            code,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            hints,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            kwargs,
        )
    return el


def _add_Leave(self: Element, **kwargs: Unpack[NoExtraKeywords]) -> Leave:
    """Add a <Leave>: Takes the caller out of the queue it waits in."""
    el: Leave = _sub(self, "Leave")
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Leave, kwargs)
    return el


def _add_Number(
    self: Element,
    phone_number: BodyValue,
    send_digits: str | None = None,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    byoc: str | None = None,
    machine_detection: str | None = None,
    amd_status_callback_method: Literal["GET", "POST"] | None = None,
    amd_status_callback: str | None = None,
    machine_detection_timeout: int | None = None,
    machine_detection_speech_threshold: int | None = None,
    machine_detection_speech_end_threshold: int | None = None,
    machine_detection_silence_timeout: int | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Number:
    """Add a <Number>: A phone number to dial."""
    el: Number = _sub(self, "Number")
    try:
        if amd_status_callback is not None:
            el.set("amdStatusCallback", amd_status_callback if amd_status_callback.__class__ is str else _v(amd_status_callback))
        if amd_status_callback_method is not None:
            el.set("amdStatusCallbackMethod", amd_status_callback_method if amd_status_callback_method.__class__ is str else _v(amd_status_callback_method))
        if byoc is not None:
            el.set("byoc", byoc if byoc.__class__ is str else _v(byoc))
        if machine_detection is not None:
            el.set("machineDetection", machine_detection if machine_detection.__class__ is str else _v(machine_detection))
        if machine_detection_silence_timeout is not None:
            el.set("machineDetectionSilenceTimeout", machine_detection_silence_timeout if machine_detection_silence_timeout.__class__ is str else str(machine_detection_silence_timeout) if machine_detection_silence_timeout.__class__ is int else _v(machine_detection_silence_timeout))
        if machine_detection_speech_end_threshold is not None:
            el.set("machineDetectionSpeechEndThreshold", machine_detection_speech_end_threshold if machine_detection_speech_end_threshold.__class__ is str else str(machine_detection_speech_end_threshold) if machine_detection_speech_end_threshold.__class__ is int else _v(machine_detection_speech_end_threshold))
        if machine_detection_speech_threshold is not None:
            el.set("machineDetectionSpeechThreshold", machine_detection_speech_threshold if machine_detection_speech_threshold.__class__ is str else str(machine_detection_speech_threshold) if machine_detection_speech_threshold.__class__ is int else _v(machine_detection_speech_threshold))
        if machine_detection_timeout is not None:
            el.set("machineDetectionTimeout", machine_detection_timeout if machine_detection_timeout.__class__ is str else str(machine_detection_timeout) if machine_detection_timeout.__class__ is int else _v(machine_detection_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if send_digits is not None:
            el.set("sendDigits", send_digits if send_digits.__class__ is str else _v(send_digits))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if phone_number is not None:
            el.text = phone_number if phone_number.__class__ is str and phone_number else _t(phone_number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Number,
            phone_number,
            send_digits,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            byoc,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            kwargs,
        )
    return el


def _add_Parameter(
    self: Element,
    name: str | None = None,
    value: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Parameter:
    """Add a <Parameter>: A custom name/value pair passed along with a stream, payment or connection."""
    el: Parameter = _sub(self, "Parameter")
    try:
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if value is not None:
            el.set("value", value if value.__class__ is str else _v(value))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Parameter, name, value, kwargs)
    return el


def _add_Pause(
    self: Element,
    length: int | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Pause:
    """Add a <Pause>: Waits silently."""
    el: Pause = _sub(self, "Pause")
    try:
        if length is not None:
            el.set("length", length if length.__class__ is str else str(length) if length.__class__ is int else _v(length))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Pause, length, kwargs)
    return el


def _add_Pay(
    self: Element,
    input: Literal["dtmf"] | None = None,
    action: str | None = None,
    bank_account_type: str | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    timeout: int | None = None,
    max_attempts: int | None = None,
    security_code: bool | None = None,
    postal_code: str | None = None,
    min_postal_code_length: int | None = None,
    payment_connector: str | None = None,
    payment_method: Literal["credit-card", "ach-debit"] | None = None,
    token_type: Literal["one-time", "reusable", "payment-method"] | None = None,
    charge_amount: float | None = None,
    currency: str | None = None,
    description: str | None = None,
    valid_card_types: Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"] | Sequence[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None = None,
    language: str | None = None,
    *,
    payment_connector_url: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Pay:
    """Add a <Pay>: Collects a card or bank payment over DTMF and charges or tokenizes it."""
    el: Pay = _sub(self, "Pay")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if bank_account_type is not None:
            el.set("bankAccountType", bank_account_type if bank_account_type.__class__ is str else _v(bank_account_type))
        if charge_amount is not None:
            el.set("chargeAmount", charge_amount if charge_amount.__class__ is str else str(charge_amount) if charge_amount.__class__ is int else _v(charge_amount))
        if currency is not None:
            el.set("currency", currency if currency.__class__ is str else _v(currency))
        if description is not None:
            el.set("description", description if description.__class__ is str else _v(description))
        if input is not None:
            el.set("input", input if input.__class__ is str else _v(input))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if max_attempts is not None:
            el.set("maxAttempts", max_attempts if max_attempts.__class__ is str else str(max_attempts) if max_attempts.__class__ is int else _v(max_attempts))
        if min_postal_code_length is not None:
            el.set("minPostalCodeLength", min_postal_code_length if min_postal_code_length.__class__ is str else str(min_postal_code_length) if min_postal_code_length.__class__ is int else _v(min_postal_code_length))
        if payment_connector is not None:
            el.set("paymentConnector", payment_connector if payment_connector.__class__ is str else _v(payment_connector))
        if payment_connector_url is not None:
            el.set("paymentConnectorUrl", payment_connector_url if payment_connector_url.__class__ is str else _v(payment_connector_url))
        if payment_method is not None:
            el.set("paymentMethod", payment_method if payment_method.__class__ is str else _v(payment_method))
        if postal_code is not None:
            el.set("postalCode", postal_code if postal_code.__class__ is str else _v(postal_code))
        if security_code is not None:
            el.set("securityCode", "true" if security_code is True else "false" if security_code is False else security_code if security_code.__class__ is str else _v(security_code))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if token_type is not None:
            el.set("tokenType", token_type if token_type.__class__ is str else _v(token_type))
        if valid_card_types is not None:
            el.set("validCardTypes", valid_card_types if valid_card_types.__class__ is str else _v(valid_card_types))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Pay,
            input,
            action,
            bank_account_type,
            status_callback,
            status_callback_method,
            timeout,
            max_attempts,
            security_code,
            postal_code,
            min_postal_code_length,
            payment_connector,
            payment_method,
            token_type,
            charge_amount,
            currency,
            description,
            valid_card_types,
            language,
            payment_connector_url,
            kwargs,
        )
    return el


def _add_Play(
    self: Element,
    url: BodyValue | None = None,
    loop: int | None = None,
    digits: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Play:
    """Add a <Play>: Plays an audio file, or sends DTMF digits."""
    el: Play = _sub(self, "Play")
    try:
        if digits is not None:
            el.set("digits", digits if digits.__class__ is str else _v(digits))
        if loop is not None:
            el.set("loop", loop if loop.__class__ is str else str(loop) if loop.__class__ is int else _v(loop))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Play, url, loop, digits, kwargs)
    return el


def _add_Prompt(
    self: Element,
    for_: Literal["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing"] | None = None,
    error_type: Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"] | Sequence[Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"]] | None = None,
    card_type: Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"] | Sequence[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None = None,
    attempt: int | Sequence[int] | None = None,
    require_matching_inputs: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Prompt:
    """Add a <Prompt>: What <Pay> says or plays when it asks for a piece of payment information."""
    el: Prompt = _sub(self, "Prompt")
    try:
        if attempt is not None:
            el.set("attempt", attempt if attempt.__class__ is str else str(attempt) if attempt.__class__ is int else _v(attempt))
        if card_type is not None:
            el.set("cardType", card_type if card_type.__class__ is str else _v(card_type))
        if error_type is not None:
            el.set("errorType", error_type if error_type.__class__ is str else _v(error_type))
        if for_ is not None:
            el.set("for", for_ if for_.__class__ is str else _v(for_))
        if require_matching_inputs is not None:
            el.set("requireMatchingInputs", "true" if require_matching_inputs is True else "false" if require_matching_inputs is False else require_matching_inputs if require_matching_inputs.__class__ is str else _v(require_matching_inputs))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Prompt,
            for_,
            error_type,
            card_type,
            attempt,
            require_matching_inputs,
            kwargs,
        )
    return el


def _add_Prompt_compat(
    self: Element,
    for_: Literal["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing"] | None = None,
    error_type: Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"] | Sequence[Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"]] | None = None,
    card_type: Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"] | Sequence[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None = None,
    attempt: int | Sequence[int] | None = None,
    require_matching_inputs: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Prompt:
    """Add a <Prompt>: What <Pay> says or plays when it asks for a piece of payment information. (kept for twilio compatibility; not valid there in any dialect)"""
    el: Prompt = _sub(self, "Prompt")
    try:
        if attempt is not None:
            el.set("attempt", attempt if attempt.__class__ is str else str(attempt) if attempt.__class__ is int else _v(attempt))
        if card_type is not None:
            el.set("cardType", card_type if card_type.__class__ is str else _v(card_type))
        if error_type is not None:
            el.set("errorType", error_type if error_type.__class__ is str else _v(error_type))
        if for_ is not None:
            el.set("for", for_ if for_.__class__ is str else _v(for_))
        if require_matching_inputs is not None:
            el.set("requireMatchingInputs", "true" if require_matching_inputs is True else "false" if require_matching_inputs is False else require_matching_inputs if require_matching_inputs.__class__ is str else _v(require_matching_inputs))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Prompt,
            for_,
            error_type,
            card_type,
            attempt,
            require_matching_inputs,
            kwargs,
        )
    return el


def _add_Queue(
    self: Element,
    name: BodyValue,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    reservation_sid: str | None = None,
    post_work_activity_sid: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Queue:
    """Add a <Queue>: Connects the call to the first caller waiting in a queue."""
    el: Queue = _sub(self, "Queue")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if post_work_activity_sid is not None:
            el.set("postWorkActivitySid", post_work_activity_sid if post_work_activity_sid.__class__ is str else _v(post_work_activity_sid))
        if reservation_sid is not None:
            el.set("reservationSid", reservation_sid if reservation_sid.__class__ is str else _v(reservation_sid))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Queue,
            name,
            url,
            method,
            reservation_sid,
            post_work_activity_sid,
            kwargs,
        )
    return el


def _add_Queue_compat(
    self: Element,
    name: BodyValue,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    reservation_sid: str | None = None,
    post_work_activity_sid: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Queue:
    """Add a <Queue>: Connects the call to the first caller waiting in a queue. (kept for twilio compatibility; not valid there in any dialect)"""
    el: Queue = _sub(self, "Queue")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if post_work_activity_sid is not None:
            el.set("postWorkActivitySid", post_work_activity_sid if post_work_activity_sid.__class__ is str else _v(post_work_activity_sid))
        if reservation_sid is not None:
            el.set("reservationSid", reservation_sid if reservation_sid.__class__ is str else _v(reservation_sid))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Queue,
            name,
            url,
            method,
            reservation_sid,
            post_work_activity_sid,
            kwargs,
        )
    return el


def _add_Record(
    self: Element,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    timeout: int | None = None,
    finish_on_key: str | None = None,
    max_length: int | None = None,
    play_beep: bool | None = None,
    trim: Literal["trim-silence", "do-not-trim"] | None = None,
    recording_status_callback: str | None = None,
    recording_status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
    transcribe: bool | None = None,
    transcribe_callback: str | None = None,
    recording_configuration_id: str | None = None,
    *,
    storage_url: str | None = None,
    storage_url_method: Literal["POST", "PUT"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Record:
    """Add a <Record>: Records the caller and requests the action URL with the recording."""
    el: Record = _sub(self, "Record")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if finish_on_key is not None:
            el.set("finishOnKey", finish_on_key if finish_on_key.__class__ is str else _v(finish_on_key))
        if max_length is not None:
            el.set("maxLength", max_length if max_length.__class__ is str else str(max_length) if max_length.__class__ is int else _v(max_length))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if play_beep is not None:
            el.set("playBeep", "true" if play_beep is True else "false" if play_beep is False else play_beep if play_beep.__class__ is str else _v(play_beep))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if storage_url is not None:
            el.set("storageUrl", storage_url if storage_url.__class__ is str else _v(storage_url))
        if storage_url_method is not None:
            el.set("storageUrlMethod", storage_url_method if storage_url_method.__class__ is str else _v(storage_url_method))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if transcribe is not None:
            el.set("transcribe", "true" if transcribe is True else "false" if transcribe is False else transcribe if transcribe.__class__ is str else _v(transcribe))
        if transcribe_callback is not None:
            el.set("transcribeCallback", transcribe_callback if transcribe_callback.__class__ is str else _v(transcribe_callback))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Record,
            action,
            method,
            timeout,
            finish_on_key,
            max_length,
            play_beep,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            transcribe,
            transcribe_callback,
            recording_configuration_id,
            storage_url,
            storage_url_method,
            kwargs,
        )
    return el


def _add_Recording(
    self: Element,
    recording_status_callback: str | None = None,
    recording_status_callback_method: Literal["GET", "POST"] | None = None,
    recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
    trim: Literal["trim-silence", "do-not-trim"] | None = None,
    track: Literal["inbound", "outbound", "both"] | None = None,
    channels: Literal["mono", "dual"] | None = None,
    recording_configuration_id: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Recording:
    """Add a <Recording>: Records the call in the background. (Twilio only)"""
    el: Recording = _sub(self, "Recording")
    try:
        if channels is not None:
            el.set("channels", channels if channels.__class__ is str else _v(channels))
        if recording_configuration_id is not None:
            el.set("recordingConfigurationId", recording_configuration_id if recording_configuration_id.__class__ is str else _v(recording_configuration_id))
        if recording_status_callback is not None:
            el.set("recordingStatusCallback", recording_status_callback if recording_status_callback.__class__ is str else _v(recording_status_callback))
        if recording_status_callback_event is not None:
            el.set("recordingStatusCallbackEvent", recording_status_callback_event if recording_status_callback_event.__class__ is str else _v(recording_status_callback_event))
        if recording_status_callback_method is not None:
            el.set("recordingStatusCallbackMethod", recording_status_callback_method if recording_status_callback_method.__class__ is str else _v(recording_status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if trim is not None:
            el.set("trim", trim if trim.__class__ is str else _v(trim))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Recording,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            trim,
            track,
            channels,
            recording_configuration_id,
            kwargs,
        )
    return el


def _add_Redirect(
    self: Element,
    url: BodyValue,
    method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Redirect:
    """Add a <Redirect>: Continues the call with the document at another URL."""
    el: Redirect = _sub(self, "Redirect")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if url is not None:
            el.text = url if url.__class__ is str and url else _t(url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Redirect, url, method, kwargs)
    return el


def _add_Refer(
    self: Element,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Refer:
    """Add a <Refer>: Transfers a SIP call to another SIP endpoint with a SIP REFER."""
    el: Refer = _sub(self, "Refer")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Refer, action, method, kwargs)
    return el


def _add_ReferSip(
    self: Element,
    sip_url: BodyValue,
    **kwargs: Unpack[NoExtraKeywords],
) -> ReferSip:
    """Add a <Sip>: The SIP URI a <Refer> transfers the call to."""
    el: ReferSip = _sub(self, "Sip")
    try:
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_ReferSip, sip_url, kwargs)
    return el


def _add_Reject(
    self: Element,
    reason: Literal["rejected", "busy"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Reject:
    """Add a <Reject>: Rejects an incoming call without answering it."""
    el: Reject = _sub(self, "Reject")
    try:
        if reason is not None:
            el.set("reason", reason if reason.__class__ is str else _v(reason))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Reject, reason, kwargs)
    return el


def _add_Room(
    self: Element,
    name: BodyValue,
    participant_identity: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Room:
    """Add a <Room>: A video room to connect the call to."""
    el: Room = _sub(self, "Room")
    try:
        if participant_identity is not None:
            el.set("participantIdentity", participant_identity if participant_identity.__class__ is str else _v(participant_identity))
        if name is not None:
            el.text = name if name.__class__ is str and name else _t(name)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Room, name, participant_identity, kwargs)
    return el


def _add_Say(
    self: Element,
    message: BodyValue | None = None,
    voice: str | None = None,
    loop: int | None = None,
    language: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Say:
    """Add a <Say>: Speaks text, optionally marked up with SSML."""
    el: Say = _sub(self, "Say")
    try:
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if loop is not None:
            el.set("loop", loop if loop.__class__ is str else str(loop) if loop.__class__ is int else _v(loop))
        if voice is not None:
            el.set("voice", voice if voice.__class__ is str else _v(voice))
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Say, message, voice, loop, language, kwargs)
    return el


def _add_Sim(self: Element, sim_sid: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> Sim:
    """Add a <Sim>: A SIM to dial. (Twilio only)"""
    el: Sim = _sub(self, "Sim")
    try:
        if sim_sid is not None:
            el.text = sim_sid if sim_sid.__class__ is str and sim_sid else _t(sim_sid)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sim, sim_sid, kwargs)
    return el


def _add_Sip(
    self: Element,
    sip_url: BodyValue | None = None,
    username: str | None = None,
    password: str | None = None,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    machine_detection: str | None = None,
    amd_status_callback_method: Literal["GET", "POST"] | None = None,
    amd_status_callback: str | None = None,
    machine_detection_timeout: int | None = None,
    machine_detection_speech_threshold: int | None = None,
    machine_detection_speech_end_threshold: int | None = None,
    machine_detection_silence_timeout: int | None = None,
    *,
    codecs: str | Sequence[str] | None = None,
    session_timeout: int | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Sip:
    """Add a <Sip>: A SIP endpoint to dial."""
    el: Sip = _sub(self, "Sip")
    try:
        if amd_status_callback is not None:
            el.set("amdStatusCallback", amd_status_callback if amd_status_callback.__class__ is str else _v(amd_status_callback))
        if amd_status_callback_method is not None:
            el.set("amdStatusCallbackMethod", amd_status_callback_method if amd_status_callback_method.__class__ is str else _v(amd_status_callback_method))
        if codecs is not None:
            el.set("codecs", codecs if codecs.__class__ is str else _v(codecs, ","))
        if machine_detection is not None:
            el.set("machineDetection", machine_detection if machine_detection.__class__ is str else _v(machine_detection))
        if machine_detection_silence_timeout is not None:
            el.set("machineDetectionSilenceTimeout", machine_detection_silence_timeout if machine_detection_silence_timeout.__class__ is str else str(machine_detection_silence_timeout) if machine_detection_silence_timeout.__class__ is int else _v(machine_detection_silence_timeout))
        if machine_detection_speech_end_threshold is not None:
            el.set("machineDetectionSpeechEndThreshold", machine_detection_speech_end_threshold if machine_detection_speech_end_threshold.__class__ is str else str(machine_detection_speech_end_threshold) if machine_detection_speech_end_threshold.__class__ is int else _v(machine_detection_speech_end_threshold))
        if machine_detection_speech_threshold is not None:
            el.set("machineDetectionSpeechThreshold", machine_detection_speech_threshold if machine_detection_speech_threshold.__class__ is str else str(machine_detection_speech_threshold) if machine_detection_speech_threshold.__class__ is int else _v(machine_detection_speech_threshold))
        if machine_detection_timeout is not None:
            el.set("machineDetectionTimeout", machine_detection_timeout if machine_detection_timeout.__class__ is str else str(machine_detection_timeout) if machine_detection_timeout.__class__ is int else _v(machine_detection_timeout))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if password is not None:
            el.set("password", password if password.__class__ is str else _v(password))
        if session_timeout is not None:
            el.set("sessionTimeout", session_timeout if session_timeout.__class__ is str else str(session_timeout) if session_timeout.__class__ is int else _v(session_timeout))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if username is not None:
            el.set("username", username if username.__class__ is str else _v(username))
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sip,
            sip_url,
            username,
            password,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            codecs,
            session_timeout,
            kwargs,
        )
    return el


def _add_SipUri(
    self: Element,
    sip_url: BodyValue | None = None,
    priority: int | None = None,
    weight: int | None = None,
    username: str | None = None,
    password: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SipUri:
    """Add a <Uri>: One SIP URI of a <Sip> with several. (Twilio only)"""
    el: SipUri = _sub(self, "Uri")
    try:
        if password is not None:
            el.set("password", password if password.__class__ is str else _v(password))
        if priority is not None:
            el.set("priority", priority if priority.__class__ is str else str(priority) if priority.__class__ is int else _v(priority))
        if username is not None:
            el.set("username", username if username.__class__ is str else _v(username))
        if weight is not None:
            el.set("weight", weight if weight.__class__ is str else str(weight) if weight.__class__ is int else _v(weight))
        if sip_url is not None:
            el.text = sip_url if sip_url.__class__ is str and sip_url else _t(sip_url)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SipUri, sip_url, priority, weight, username, password, kwargs)
    return el


def _add_Siprec(
    self: Element,
    name: str | None = None,
    connector_name: str | None = None,
    track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Siprec:
    """Add a <Siprec>: Forks the call's media to a SIPREC recording server. (Twilio only)"""
    el: Siprec = _sub(self, "Siprec")
    try:
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Siprec,
            name,
            connector_name,
            track,
            status_callback,
            status_callback_method,
            kwargs,
        )
    return el


def _add_Sms(
    self: Element,
    message: BodyValue,
    to: str | None = None,
    from_: str | None = None,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Sms:
    """Add a <Sms>: Sends an SMS during a call (deprecated: use <Message> in a messaging document)."""
    el: Sms = _sub(self, "Sms")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if from_ is not None:
            el.set("from", from_ if from_.__class__ is str else _v(from_))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if to is not None:
            el.set("to", to if to.__class__ is str else _v(to))
        if message is not None:
            el.text = message if message.__class__ is str and message else _t(message)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Sms, message, to, from_, action, method, status_callback, kwargs)
    return el


def _add_SsmlBreak(
    self: Element,
    strength: Literal["none", "x-weak", "weak", "medium", "strong", "x-strong"] | None = None,
    time: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlBreak:
    """Add a <break>: SSML <break>: a pause in speech."""
    el: SsmlBreak = _sub(self, "break")
    try:
        if strength is not None:
            el.set("strength", strength if strength.__class__ is str else _v(strength))
        if time is not None:
            el.set("time", time if time.__class__ is str else _v(time))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlBreak, strength, time, kwargs)
    return el


def _add_SsmlEmphasis(
    self: Element,
    words: BodyValue | None = None,
    level: Literal["strong", "moderate", "reduced", "none"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlEmphasis:
    """Add a <emphasis>: SSML <emphasis>: stresses the text."""
    el: SsmlEmphasis = _sub(self, "emphasis")
    try:
        if level is not None:
            el.set("level", level if level.__class__ is str else _v(level))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlEmphasis, words, level, kwargs)
    return el


def _add_SsmlLang(
    self: Element,
    words: BodyValue | None = None,
    xml_lang: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlLang:
    """Add a <lang>: SSML <lang>: text in another language."""
    el: SsmlLang = _sub(self, "lang")
    try:
        if xml_lang is not None:
            el.set("{http://www.w3.org/XML/1998/namespace}lang", xml_lang if xml_lang.__class__ is str else _v(xml_lang))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlLang, words, xml_lang, kwargs)
    return el


def _add_SsmlP(
    self: Element,
    words: BodyValue | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlP:
    """Add a <p>: SSML <p>: a paragraph."""
    el: SsmlP = _sub(self, "p")
    try:
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlP, words, kwargs)
    return el


def _add_SsmlPhoneme(
    self: Element,
    words: BodyValue,
    alphabet: Literal["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"] | None = None,
    ph: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlPhoneme:
    """Add a <phoneme>: SSML <phoneme>: a phonetic pronunciation."""
    el: SsmlPhoneme = _sub(self, "phoneme")
    try:
        if alphabet is not None:
            el.set("alphabet", alphabet if alphabet.__class__ is str else _v(alphabet))
        if ph is not None:
            el.set("ph", ph if ph.__class__ is str else _v(ph))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlPhoneme, words, alphabet, ph, kwargs)
    return el


def _add_SsmlProsody(
    self: Element,
    words: BodyValue | None = None,
    volume: str | None = None,
    rate: str | None = None,
    pitch: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlProsody:
    """Add a <prosody>: SSML <prosody>: changes volume, pitch or rate."""
    el: SsmlProsody = _sub(self, "prosody")
    try:
        if pitch is not None:
            el.set("pitch", pitch if pitch.__class__ is str else _v(pitch))
        if rate is not None:
            el.set("rate", rate if rate.__class__ is str else _v(rate))
        if volume is not None:
            el.set("volume", volume if volume.__class__ is str else _v(volume))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlProsody, words, volume, rate, pitch, kwargs)
    return el


def _add_SsmlS(
    self: Element,
    words: BodyValue | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlS:
    """Add a <s>: SSML <s>: a sentence."""
    el: SsmlS = _sub(self, "s")
    try:
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlS, words, kwargs)
    return el


def _add_SsmlSayAs(
    self: Element,
    words: BodyValue,
    interpret_as: str | None = None,
    format: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlSayAs:
    """Add a <say-as>: SSML <say-as>: says the text as a number, date, spelled-out letters ..."""
    el: SsmlSayAs = _sub(self, "say-as")
    try:
        if format is not None:
            el.set("format", format if format.__class__ is str else _v(format))
        if interpret_as is not None:
            el.set("interpret-as", interpret_as if interpret_as.__class__ is str else _v(interpret_as))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlSayAs, words, interpret_as, format, kwargs)
    return el


def _add_SsmlSub(
    self: Element,
    words: BodyValue,
    alias: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlSub:
    """Add a <sub>: SSML <sub>: speaks an alias instead of the written text."""
    el: SsmlSub = _sub(self, "sub")
    try:
        if alias is not None:
            el.set("alias", alias if alias.__class__ is str else _v(alias))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlSub, words, alias, kwargs)
    return el


def _add_SsmlW(
    self: Element,
    words: BodyValue | None = None,
    role: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> SsmlW:
    """Add a <w>: SSML <w>: a word with a part-of-speech role. (Twilio only)"""
    el: SsmlW = _sub(self, "w")
    try:
        if role is not None:
            el.set("role", role if role.__class__ is str else _v(role))
        if words is not None:
            el.text = words if words.__class__ is str and words else _t(words)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_SsmlW, words, role, kwargs)
    return el


def _add_Start(
    self: Element,
    action: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Start:
    """Add a <Start>: Starts an asynchronous process (a stream) and continues with the next verb."""
    el: Start = _sub(self, "Start")
    try:
        if action is not None:
            el.set("action", action if action.__class__ is str else _v(action))
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Start, action, method, kwargs)
    return el


def _add_Stop(self: Element, **kwargs: Unpack[NoExtraKeywords]) -> Stop:
    """Add a <Stop>: Stops a stream (or another asynchronous process) started with <Start>."""
    el: Stop = _sub(self, "Stop")
    try:
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Stop, kwargs)
    return el


def _add_Stream(
    self: Element,
    name: str | None = None,
    connector_name: str | None = None,
    url: str | None = None,
    track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    audio_format: str | None = None,
    sample_rate: int | None = None,
    *,
    auth_bearer_token: str | None = None,
    codec: Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None = None,
    realtime: bool | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Stream:
    """Add a <Stream>: Streams the call's audio to a WebSocket server."""
    el: Stream = _sub(self, "Stream")
    try:
        if audio_format is not None:
            el.set("audioFormat", audio_format if audio_format.__class__ is str else _v(audio_format))
        if auth_bearer_token is not None:
            el.set("authBearerToken", auth_bearer_token if auth_bearer_token.__class__ is str else _v(auth_bearer_token))
        if codec is not None:
            el.set("codec", codec if codec.__class__ is str else _v(codec))
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if realtime is not None:
            el.set("realtime", "true" if realtime is True else "false" if realtime is False else realtime if realtime.__class__ is str else _v(realtime))
        if sample_rate is not None:
            el.set("sampleRate", sample_rate if sample_rate.__class__ is str else str(sample_rate) if sample_rate.__class__ is int else _v(sample_rate))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Stream,
            name,
            connector_name,
            url,
            track,
            status_callback,
            status_callback_method,
            audio_format,
            sample_rate,
            auth_bearer_token,
            codec,
            realtime,
            kwargs,
        )
    return el


def _add_Task(
    self: Element,
    body: BodyValue,
    priority: int | None = None,
    timeout: int | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Task:
    """Add a <Task>: TaskRouter task attributes (JSON) for <Enqueue>. (Twilio only)"""
    el: Task = _sub(self, "Task")
    try:
        if priority is not None:
            el.set("priority", priority if priority.__class__ is str else str(priority) if priority.__class__ is int else _v(priority))
        if timeout is not None:
            el.set("timeout", timeout if timeout.__class__ is str else str(timeout) if timeout.__class__ is int else _v(timeout))
        if body is not None:
            el.text = body if body.__class__ is str and body else _t(body)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Task, body, priority, timeout, kwargs)
    return el


def _add_Transcription(
    self: Element,
    name: str | None = None,
    track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
    status_callback_url: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    inbound_track_label: str | None = None,
    outbound_track_label: str | None = None,
    partial_results: bool | None = None,
    language_code: str | None = None,
    transcription_engine: str | None = None,
    profanity_filter: bool | None = None,
    speech_model: str | None = None,
    hints: str | Sequence[str] | None = None,
    enable_automatic_punctuation: bool | None = None,
    intelligence_service: str | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> Transcription:
    """Add a <Transcription>: Real-time transcription of the call. (Twilio only)"""
    el: Transcription = _sub(self, "Transcription")
    try:
        if enable_automatic_punctuation is not None:
            el.set("enableAutomaticPunctuation", "true" if enable_automatic_punctuation is True else "false" if enable_automatic_punctuation is False else enable_automatic_punctuation if enable_automatic_punctuation.__class__ is str else _v(enable_automatic_punctuation))
        if hints is not None:
            el.set("hints", hints if hints.__class__ is str else _v(hints, ","))
        if inbound_track_label is not None:
            el.set("inboundTrackLabel", inbound_track_label if inbound_track_label.__class__ is str else _v(inbound_track_label))
        if intelligence_service is not None:
            el.set("intelligenceService", intelligence_service if intelligence_service.__class__ is str else _v(intelligence_service))
        if language_code is not None:
            el.set("languageCode", language_code if language_code.__class__ is str else _v(language_code))
        if name is not None:
            el.set("name", name if name.__class__ is str else _v(name))
        if outbound_track_label is not None:
            el.set("outboundTrackLabel", outbound_track_label if outbound_track_label.__class__ is str else _v(outbound_track_label))
        if partial_results is not None:
            el.set("partialResults", "true" if partial_results is True else "false" if partial_results is False else partial_results if partial_results.__class__ is str else _v(partial_results))
        if profanity_filter is not None:
            el.set("profanityFilter", "true" if profanity_filter is True else "false" if profanity_filter is False else profanity_filter if profanity_filter.__class__ is str else _v(profanity_filter))
        if speech_model is not None:
            el.set("speechModel", speech_model if speech_model.__class__ is str else _v(speech_model))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if status_callback_url is not None:
            el.set("statusCallbackUrl", status_callback_url if status_callback_url.__class__ is str else _v(status_callback_url))
        if track is not None:
            el.set("track", track if track.__class__ is str else _v(track))
        if transcription_engine is not None:
            el.set("transcriptionEngine", transcription_engine if transcription_engine.__class__ is str else _v(transcription_engine))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Transcription,
            name,
            track,
            status_callback_url,
            status_callback_method,
            inbound_track_label,
            outbound_track_label,
            partial_results,
            language_code,
            transcription_engine,
            profanity_filter,
            speech_model,
            hints,
            enable_automatic_punctuation,
            intelligence_service,
            kwargs,
        )
    return el


def _add_Verto(self: Element, resource: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> Verto:
    """Add a <Verto>: A Verto (WebRTC) endpoint to dial. (SignalWire only)"""
    el: Verto = _sub(self, "Verto")
    try:
        if resource is not None:
            el.text = resource if resource.__class__ is str and resource else _t(resource)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_Verto, resource, kwargs)
    return el


def _add_VirtualAgent(
    self: Element,
    connector_name: str | None = None,
    language: str | None = None,
    sentiment_analysis: bool | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> VirtualAgent:
    """Add a <VirtualAgent>: Connects the call to a virtual agent (deprecated)."""
    el: VirtualAgent = _sub(self, "VirtualAgent")
    try:
        if connector_name is not None:
            el.set("connectorName", connector_name if connector_name.__class__ is str else _v(connector_name))
        if language is not None:
            el.set("language", language if language.__class__ is str else _v(language))
        if sentiment_analysis is not None:
            el.set("sentimentAnalysis", "true" if sentiment_analysis is True else "false" if sentiment_analysis is False else sentiment_analysis if sentiment_analysis.__class__ is str else _v(sentiment_analysis))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_VirtualAgent,
            connector_name,
            language,
            sentiment_analysis,
            status_callback,
            status_callback_method,
            kwargs,
        )
    return el


def _add_WhatsApp(
    self: Element,
    phone_number: BodyValue,
    url: str | None = None,
    method: Literal["GET", "POST"] | None = None,
    status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    **kwargs: Unpack[NoExtraKeywords],
) -> WhatsApp:
    """Add a <WhatsApp>: A WhatsApp user to dial. (Twilio only)"""
    el: WhatsApp = _sub(self, "WhatsApp")
    try:
        if method is not None:
            el.set("method", method if method.__class__ is str else _v(method))
        if status_callback is not None:
            el.set("statusCallback", status_callback if status_callback.__class__ is str else _v(status_callback))
        if status_callback_event is not None:
            el.set("statusCallbackEvent", status_callback_event if status_callback_event.__class__ is str else _v(status_callback_event))
        if status_callback_method is not None:
            el.set("statusCallbackMethod", status_callback_method if status_callback_method.__class__ is str else _v(status_callback_method))
        if url is not None:
            el.set("url", url if url.__class__ is str else _v(url))
        if phone_number is not None:
            el.text = phone_number if phone_number.__class__ is str and phone_number else _t(phone_number)
        if kwargs:
            _extra(el, kwargs)
    except (ValueError, TypeError) as exc:
        recover(el, exc, _fill_WhatsApp,
            phone_number,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )
    return el


class VoiceResponse(_VoiceElement):
    """<Response>: The root of a voice document: its verbs run from top to bottom.
    """

    TAG: ClassVar[str] = "Response"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Connect", "Denoise", "Dial", "Echo", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Prompt", "Queue", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        if kwargs:
            _extra(self, kwargs)

    connect = _add_Connect
    dial = _add_Dial
    echo = _add_Echo
    enqueue = _add_Enqueue
    gather = _add_Gather
    hangup = _add_Hangup
    leave = _add_Leave
    pause = _add_Pause
    play = _add_Play
    queue = _add_Queue_compat
    record = _add_Record
    redirect = _add_Redirect
    reject = _add_Reject
    say = _add_Say
    sms = _add_Sms
    pay = _add_Pay
    prompt = _add_Prompt_compat
    start = _add_Start
    stop = _add_Stop
    refer = _add_Refer
    denoise = _add_Denoise

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Connect
            | Dial
            | Echo
            | Enqueue
            | Gather
            | Hangup
            | Leave
            | Pause
            | Play
            | Queue
            | Record
            | Redirect
            | Reject
            | Say
            | Sms
            | Pay
            | Prompt
            | Start
            | Stop
            | Refer
            | Denoise
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            Connect
            | Dial
            | Echo
            | Enqueue
            | Gather
            | Hangup
            | Leave
            | Pause
            | Play
            | Queue
            | Record
            | Redirect
            | Reject
            | Say
            | Sms
            | Pay
            | Prompt
            | Start
            | Stop
            | Refer
            | Denoise
            | GenericNode
        ]: ...


class Refer(_VoiceElement):
    """<Refer>: Transfers a SIP call to another SIP endpoint with a SIP REFER.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    """

    TAG: ClassVar[str] = "Refer"
    _KNOWN = frozenset({"action", "method"})
    _CHILDREN = frozenset({"Sip"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Refer(self, action, method, kwargs)

    sip = _add_ReferSip

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            ReferSip
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[ReferSip | GenericNode]: ...

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")


class ReferSip(_VoiceElement):
    """<Sip>: The SIP URI a <Refer> transfers the call to.
    """

    TAG: ClassVar[str] = "Sip"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, sip_url: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_ReferSip(self, sip_url, kwargs)


class Stop(_VoiceElement):
    """<Stop>: Stops a stream (or another asynchronous process) started with <Start>.
    """

    TAG: ClassVar[str] = "Stop"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Siprec", "Stream", "Transcription"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Stop(self, kwargs)

    stream = _add_Stream
    siprec = _add_Siprec
    transcription = _add_Transcription

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Stream
            | Siprec
            | Transcription
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Stream | Siprec | Transcription | GenericNode]: ...


class Transcription(_VoiceElement):
    """<Transcription>: Real-time transcription of the call. (Twilio only)

    Attributes (keyword → XML name):

    * ``name`` → ``name``: name
    * ``track`` → ``track``: which audio track to use
    * ``status_callback_url`` → ``statusCallbackUrl``: URL notified of transcription events
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``inbound_track_label`` → ``inboundTrackLabel``: label of the inbound track
    * ``outbound_track_label`` → ``outboundTrackLabel``: label of the outbound track
    * ``partial_results`` → ``partialResults``: send partial results
    * ``language_code`` → ``languageCode``: language of the transcription
    * ``transcription_engine`` → ``transcriptionEngine``: transcription engine
    * ``profanity_filter`` → ``profanityFilter``: mask profanity in speech results
    * ``speech_model`` → ``speechModel``: speech recognition model
    * ``hints`` → ``hints``: words or phrases likely to be spoken, comma-separated
    * ``enable_automatic_punctuation`` → ``enableAutomaticPunctuation``: add punctuation to the transcript
    * ``intelligence_service`` → ``intelligenceService``: intelligence service to run
    """

    TAG: ClassVar[str] = "Transcription"
    _KNOWN = frozenset({"name", "track", "statusCallbackUrl", "statusCallbackMethod", "inboundTrackLabel", "outboundTrackLabel", "partialResults", "languageCode", "transcriptionEngine", "profanityFilter", "speechModel", "hints", "enableAutomaticPunctuation", "intelligenceService"})
    _CHILDREN = frozenset({"Config", "Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
        status_callback_url: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        inbound_track_label: str | None = None,
        outbound_track_label: str | None = None,
        partial_results: bool | None = None,
        language_code: str | None = None,
        transcription_engine: str | None = None,
        profanity_filter: bool | None = None,
        speech_model: str | None = None,
        hints: str | Sequence[str] | None = None,
        enable_automatic_punctuation: bool | None = None,
        intelligence_service: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Transcription(
            self,
            name,
            track,
            status_callback_url,
            status_callback_method,
            inbound_track_label,
            outbound_track_label,
            partial_results,
            language_code,
            transcription_engine,
            profanity_filter,
            speech_model,
            hints,
            enable_automatic_punctuation,
            intelligence_service,
            kwargs,
        )

    config = _add_Config
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Config
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Config | Parameter | GenericNode]: ...

    @property
    def name_attr(self) -> str | None:
        """``name``: name; ``None`` when absent."""
        return _read(self, "name", ("s",), "text")

    @property
    def track(self) -> Literal["inbound_track", "outbound_track", "both_tracks"] | None:
        """``track``: which audio track to use; ``None`` when absent."""
        return _read(
            self,
            "track",
            (("inbound_track", "outbound_track", "both_tracks",),),
            "one of inbound_track, outbound_track, both_tracks",
        )

    @property
    def status_callback_url(self) -> str | None:
        """``statusCallbackUrl``: URL notified of transcription events; ``None`` when absent."""
        return _read(self, "statusCallbackUrl", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def inbound_track_label(self) -> str | None:
        """``inboundTrackLabel``: label of the inbound track; ``None`` when absent."""
        return _read(self, "inboundTrackLabel", ("s",), "text")

    @property
    def outbound_track_label(self) -> str | None:
        """``outboundTrackLabel``: label of the outbound track; ``None`` when absent."""
        return _read(self, "outboundTrackLabel", ("s",), "text")

    @property
    def partial_results(self) -> bool | None:
        """``partialResults``: send partial results; ``None`` when absent."""
        return _read(self, "partialResults", ("b",), "true or false")

    @property
    def language_code(self) -> str | None:
        """``languageCode``: language of the transcription; ``None`` when absent."""
        return _read(self, "languageCode", ("s",), "text")

    @property
    def transcription_engine(self) -> str | None:
        """``transcriptionEngine``: transcription engine; ``None`` when absent."""
        return _read(self, "transcriptionEngine", ("s",), "text")

    @property
    def profanity_filter(self) -> bool | None:
        """``profanityFilter``: mask profanity in speech results; ``None`` when absent."""
        return _read(self, "profanityFilter", ("b",), "true or false")

    @property
    def speech_model(self) -> str | None:
        """``speechModel``: speech recognition model; ``None`` when absent."""
        return _read(self, "speechModel", ("s",), "text")

    @property
    def hints(self) -> list[str] | None:
        """``hints``: words or phrases likely to be spoken, comma-separated; ``None`` when absent."""
        return _read(self, "hints", ("l", ",", ("s",)), "a comma-separated list of phrases")

    @property
    def enable_automatic_punctuation(self) -> bool | None:
        """``enableAutomaticPunctuation``: add punctuation to the transcript; ``None`` when absent."""
        return _read(self, "enableAutomaticPunctuation", ("b",), "true or false")

    @property
    def intelligence_service(self) -> str | None:
        """``intelligenceService``: intelligence service to run; ``None`` when absent."""
        return _read(self, "intelligenceService", ("s",), "text")


class Parameter(_VoiceElement):
    """<Parameter>: A custom name/value pair passed along with a stream, payment or connection.

    Attributes (keyword → XML name):

    * ``name`` → ``name``: parameter name
    * ``value`` → ``value``: parameter value
    """

    TAG: ClassVar[str] = "Parameter"
    _KNOWN = frozenset({"name", "value"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        value: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Parameter(self, name, value, kwargs)

    @property
    def name_attr(self) -> str | None:
        """``name``: parameter name; ``None`` when absent."""
        return _read(self, "name", ("s",), "non-empty text")

    @property
    def value_attr(self) -> str | None:
        """``value``: parameter value; ``None`` when absent."""
        return _read(self, "value", ("s",), "text")


class Config(_VoiceElement):
    """<Config>: A configuration name/value pair. (Twilio only)

    Attributes (keyword → XML name):

    * ``name`` → ``name``: name
    * ``value`` → ``value``: value
    """

    TAG: ClassVar[str] = "Config"
    _KNOWN = frozenset({"name", "value"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        value: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Config(self, name, value, kwargs)

    @property
    def name_attr(self) -> str | None:
        """``name``: name; ``None`` when absent."""
        return _read(self, "name", ("s",), "text")

    @property
    def value_attr(self) -> str | None:
        """``value``: value; ``None`` when absent."""
        return _read(self, "value", ("s",), "text")


class Siprec(_VoiceElement):
    """<Siprec>: Forks the call's media to a SIPREC recording server. (Twilio only)

    Attributes (keyword → XML name):

    * ``name`` → ``name``: name
    * ``connector_name`` → ``connectorName``: name of the connector to use
    * ``track`` → ``track``: which audio track to use
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    """

    TAG: ClassVar[str] = "Siprec"
    _KNOWN = frozenset({"name", "connectorName", "track", "statusCallback", "statusCallbackMethod"})
    _CHILDREN = frozenset({"Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        connector_name: str | None = None,
        track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Siprec(
            self,
            name,
            connector_name,
            track,
            status_callback,
            status_callback_method,
            kwargs,
        )

    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Parameter | GenericNode]: ...

    @property
    def name_attr(self) -> str | None:
        """``name``: name; ``None`` when absent."""
        return _read(self, "name", ("s",), "text")

    @property
    def connector_name(self) -> str | None:
        """``connectorName``: name of the connector to use; ``None`` when absent."""
        return _read(self, "connectorName", ("s",), "text")

    @property
    def track(self) -> Literal["inbound_track", "outbound_track", "both_tracks"] | None:
        """``track``: which audio track to use; ``None`` when absent."""
        return _read(
            self,
            "track",
            (("inbound_track", "outbound_track", "both_tracks",),),
            "one of inbound_track, outbound_track, both_tracks",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")


class Stream(_VoiceElement):
    """<Stream>: Streams the call's audio to a WebSocket server.

    Attributes (keyword → XML name):

    * ``name`` → ``name``: unique name of the stream; needed to stop it
    * ``connector_name`` → ``connectorName``: name of the connector to use (Twilio only)
    * ``url`` → ``url``: wss:// URL of the WebSocket server (no query string)
    * ``track`` → ``track``: which audio track to use
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``audio_format`` → ``audioFormat``: audio format of the stream (Twilio only)
    * ``sample_rate`` → ``sampleRate``: sample rate of the stream (Twilio only)
    * ``auth_bearer_token`` → ``authBearerToken``: bearer token sent to the server (SignalWire only)
    * ``codec`` → ``codec``: audio codec and rate (SignalWire only)
    * ``realtime`` → ``realtime``: send audio in real time, without buffering (SignalWire only)
    """

    TAG: ClassVar[str] = "Stream"
    _KNOWN = frozenset({"name", "connectorName", "url", "track", "statusCallback", "statusCallbackMethod", "audioFormat", "sampleRate", "authBearerToken", "codec", "realtime"})
    _CHILDREN = frozenset({"Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        connector_name: str | None = None,
        url: str | None = None,
        track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        audio_format: str | None = None,
        sample_rate: int | None = None,
        auth_bearer_token: str | None = None,
        codec: Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None = None,
        realtime: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Stream(
            self,
            name,
            connector_name,
            url,
            track,
            status_callback,
            status_callback_method,
            audio_format,
            sample_rate,
            auth_bearer_token,
            codec,
            realtime,
            kwargs,
        )

    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Parameter | GenericNode]: ...

    @property
    def name_attr(self) -> str | None:
        """``name``: unique name of the stream; needed to stop it; ``None`` when absent."""
        return _read(self, "name", ("s",), "text")

    @property
    def connector_name(self) -> str | None:
        """``connectorName``: name of the connector to use; ``None`` when absent."""
        return _read(self, "connectorName", ("s",), "text")

    @property
    def url(self) -> str | None:
        """``url``: wss:// URL of the WebSocket server (no query string); ``None`` when absent."""
        return _read(self, "url", ("s",), "a wss:// URL without a query string or a URL")

    @property
    def track(self) -> Literal["inbound_track", "outbound_track", "both_tracks"] | None:
        """``track``: which audio track to use; ``None`` when absent."""
        return _read(
            self,
            "track",
            (("inbound_track", "outbound_track", "both_tracks",),),
            "one of inbound_track, outbound_track, both_tracks",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def audio_format(self) -> str | None:
        """``audioFormat``: audio format of the stream; ``None`` when absent."""
        return _read(self, "audioFormat", ("s",), "text")

    @property
    def sample_rate(self) -> int | None:
        """``sampleRate``: sample rate of the stream; ``None`` when absent."""
        return _read(self, "sampleRate", ("i",), "a non-negative integer")

    @property
    def auth_bearer_token(self) -> str | None:
        """``authBearerToken``: bearer token sent to the server; ``None`` when absent."""
        return _read(self, "authBearerToken", ("s",), "text")

    @property
    def codec(self) -> Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None:
        """``codec``: audio codec and rate; ``None`` when absent."""
        return _read(
            self,
            "codec",
            (("PCMU@8000h", "L16@16000h", "L16@24000h",),),
            "one of PCMU@8000h, L16@16000h, L16@24000h",
        )

    @property
    def realtime(self) -> bool | None:
        """``realtime``: send audio in real time, without buffering; ``None`` when absent."""
        return _read(self, "realtime", ("b",), "true or false")


class Start(_VoiceElement):
    """<Start>: Starts an asynchronous process (a stream) and continues with the next verb.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document (Twilio only)
    * ``method`` → ``method``: HTTP method for the action or URL request (Twilio only)
    """

    TAG: ClassVar[str] = "Start"
    _KNOWN = frozenset({"action", "method"})
    _CHILDREN = frozenset({"Recording", "Siprec", "Stream", "Transcription"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Start(self, action, method, kwargs)

    stream = _add_Stream
    siprec = _add_Siprec
    transcription = _add_Transcription
    recording = _add_Recording

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Stream
            | Siprec
            | Transcription
            | Recording
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Stream | Siprec | Transcription | Recording | GenericNode]: ...

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")


class Recording(_VoiceElement):
    """<Recording>: Records the call in the background. (Twilio only)

    Attributes (keyword → XML name):

    * ``recording_status_callback`` → ``recordingStatusCallback``: URL notified when the recording changes state
    * ``recording_status_callback_method`` → ``recordingStatusCallbackMethod``: HTTP method for the recording status callback
    * ``recording_status_callback_event`` → ``recordingStatusCallbackEvent``: recording events that trigger the recording status callback
    * ``trim`` → ``trim``: whether to trim leading and trailing silence from the recording
    * ``track`` → ``track``: which audio track to use
    * ``channels`` → ``channels``: mono or dual channel
    * ``recording_configuration_id`` → ``recordingConfigurationId``: recording configuration to apply
    """

    TAG: ClassVar[str] = "Recording"
    _KNOWN = frozenset({"recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "trim", "track", "channels", "recordingConfigurationId"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        recording_status_callback: str | None = None,
        recording_status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
        trim: Literal["trim-silence", "do-not-trim"] | None = None,
        track: Literal["inbound", "outbound", "both"] | None = None,
        channels: Literal["mono", "dual"] | None = None,
        recording_configuration_id: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Recording(
            self,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            trim,
            track,
            channels,
            recording_configuration_id,
            kwargs,
        )

    @property
    def recording_status_callback(self) -> str | None:
        """``recordingStatusCallback``: URL notified when the recording changes state; ``None`` when absent."""
        return _read(self, "recordingStatusCallback", ("s",), "a URL")

    @property
    def recording_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``recordingStatusCallbackMethod``: HTTP method for the recording status callback; ``None`` when absent."""
        return _read(self, "recordingStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback_event(self) -> list[Literal["in-progress", "completed", "absent"]] | None:
        """``recordingStatusCallbackEvent``: recording events that trigger the recording status callback; ``None`` when absent."""
        return _read(
            self,
            "recordingStatusCallbackEvent",
            ("l", " ", (("in-progress", "completed", "absent",),)),
            "space-separated values from: in-progress, completed, absent",
        )

    @property
    def trim(self) -> Literal["trim-silence", "do-not-trim"] | None:
        """``trim``: whether to trim leading and trailing silence from the recording; ``None`` when absent."""
        return _read(
            self,
            "trim",
            (("trim-silence", "do-not-trim",),),
            "one of trim-silence, do-not-trim",
        )

    @property
    def track(self) -> Literal["inbound", "outbound", "both"] | None:
        """``track``: which audio track to use; ``None`` when absent."""
        return _read(
            self,
            "track",
            (("inbound", "outbound", "both",),),
            "one of inbound, outbound, both",
        )

    @property
    def channels(self) -> Literal["mono", "dual"] | None:
        """``channels``: mono or dual channel; ``None`` when absent."""
        return _read(self, "channels", (("mono", "dual",),), "one of mono, dual")

    @property
    def recording_configuration_id(self) -> str | None:
        """``recordingConfigurationId``: recording configuration to apply; ``None`` when absent."""
        return _read(self, "recordingConfigurationId", ("s",), "text")


class Prompt(_VoiceElement):
    """<Prompt>: What <Pay> says or plays when it asks for a piece of payment information.

    Attributes (keyword → XML name):

    * ``for_`` → ``for``: the payment step this prompt is for
    * ``error_type`` → ``errorType``: errors after which this prompt is used
    * ``card_type`` → ``cardType``: card types this prompt is for
    * ``attempt`` → ``attempt``: attempts this prompt is for
    * ``require_matching_inputs`` → ``requireMatchingInputs``: ask twice and compare (Twilio only)
    """

    TAG: ClassVar[str] = "Prompt"
    _KNOWN = frozenset({"for", "errorType", "cardType", "attempt", "requireMatchingInputs"})
    _CHILDREN = frozenset({"Pause", "Play", "Say"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        for_: Literal["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing"] | None = None,
        error_type: Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"] | Sequence[Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"]] | None = None,
        card_type: Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"] | Sequence[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None = None,
        attempt: int | Sequence[int] | None = None,
        require_matching_inputs: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Prompt(self, for_, error_type, card_type, attempt, require_matching_inputs, kwargs)

    say = _add_Say
    play = _add_Play
    pause = _add_Pause

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Say
            | Play
            | Pause
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Say | Play | Pause | GenericNode]: ...

    @property
    def for_(self) -> Literal["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing"] | None:
        """``for``: the payment step this prompt is for; ``None`` when absent."""
        return _read(
            self,
            "for",
            (("payment-card-number", "expiration-date", "security-code", "postal-code", "bank-routing-number", "bank-account-number", "payment-processing",),),
            "one of payment-card-number, expiration-date, security-code, postal-code, bank-routing-number, bank-account-number, payment-processing",
        )

    @property
    def error_type(self) -> list[Literal["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed"]] | None:
        """``errorType``: errors after which this prompt is used; ``None`` when absent."""
        return _read(
            self,
            "errorType",
            ("l", " ", (("timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "invalid-bank-routing-number", "invalid-bank-account-number", "input-matching-failed",),)),
            "space-separated values from: timeout, invalid-card-number, invalid-card-type, invalid-date, invalid-security-code, invalid-bank-routing-number, invalid-bank-account-number, input-matching-failed",
        )

    @property
    def card_type(self) -> list[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None:
        """``cardType``: card types this prompt is for; ``None`` when absent."""
        return _read(
            self,
            "cardType",
            ("l", " ", (("visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute",),)),
            "space-separated values from: visa, mastercard, amex, maestro, discover, optima, jcb, diners-club, enroute",
        )

    @property
    def attempt(self) -> list[int] | None:
        """``attempt``: attempts this prompt is for; ``None`` when absent."""
        return _read(
            self,
            "attempt",
            ("l", " ", ("i",)),
            "space-separated values, each an integer from 1 to 10",
        )

    @property
    def require_matching_inputs(self) -> bool | None:
        """``requireMatchingInputs``: ask twice and compare; ``None`` when absent."""
        return _read(self, "requireMatchingInputs", ("b",), "true or false")


class Pause(_VoiceElement):
    """<Pause>: Waits silently.

    Attributes (keyword → XML name):

    * ``length`` → ``length``: seconds to wait
    """

    TAG: ClassVar[str] = "Pause"
    _KNOWN = frozenset({"length"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, *, length: int | None = None, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Pause(self, length, kwargs)

    @property
    def length(self) -> int | None:
        """``length``: seconds to wait; ``None`` when absent."""
        return _read(self, "length", ("i",), "a non-negative integer")


class Play(_VoiceElement):
    """<Play>: Plays an audio file, or sends DTMF digits.

    Attributes (keyword → XML name):

    * ``loop`` → ``loop``: times to repeat; 0 repeats until the call ends
    * ``digits`` → ``digits``: DTMF digits to send; w waits half a second
    """

    TAG: ClassVar[str] = "Play"
    _KNOWN = frozenset({"loop", "digits"})
    _CHILDREN = frozenset()
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        url: BodyValue | None = None,
        *,
        loop: int | None = None,
        digits: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Play(self, url, loop, digits, kwargs)

    @property
    def loop(self) -> int | None:
        """``loop``: times to repeat; 0 repeats until the call ends; ``None`` when absent."""
        return _read(self, "loop", ("i",), "a non-negative integer")

    @property
    def digits(self) -> str | None:
        """``digits``: DTMF digits to send; w waits half a second; ``None`` when absent."""
        return _read(self, "digits", ("s",), "DTMF digits (0-9, A-D, *, #, w, W)")


class Say(_VoiceElement):
    """<Say>: Speaks text, optionally marked up with SSML.

    Attributes (keyword → XML name):

    * ``voice`` → ``voice``: voice that speaks the text
    * ``loop`` → ``loop``: times to repeat; 0 repeats until the call ends
    * ``language`` → ``language``: language and locale, such as en-US
    """

    TAG: ClassVar[str] = "Say"
    _KNOWN = frozenset({"voice", "loop", "language"})
    _CHILDREN = frozenset({"break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        message: BodyValue | None = None,
        *,
        voice: str | None = None,
        loop: int | None = None,
        language: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Say(self, message, voice, loop, language, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    p = _add_SsmlP
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    s = _add_SsmlS
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...

    @property
    def voice(self) -> str | None:
        """``voice``: voice that speaks the text; ``None`` when absent."""
        return _read(self, "voice", ("s",), "text")

    @property
    def loop(self) -> int | None:
        """``loop``: times to repeat; 0 repeats until the call ends; ``None`` when absent."""
        return _read(self, "loop", ("i",), "a non-negative integer")

    @property
    def language(self) -> str | None:
        """``language``: language and locale, such as en-US; ``None`` when absent."""
        return _read(self, "language", ("s",), "text")


class SsmlW(_VoiceElement):
    """<w>: SSML <w>: a word with a part-of-speech role. (Twilio only)

    Attributes (keyword → XML name):

    * ``role`` → ``role``: part of speech, such as amazon:VB
    """

    TAG: ClassVar[str] = "w"
    _KNOWN = frozenset({"role"})
    _CHILDREN = frozenset({"break", "emphasis", "phoneme", "prosody", "say-as", "sub"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        words: BodyValue | None = None,
        *,
        role: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlW(self, words, role, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | GenericNode
        ]: ...

    @property
    def role(self) -> str | None:
        """``role``: part of speech, such as amazon:VB; ``None`` when absent."""
        return _read(self, "role", ("s",), "text")


class SsmlSub(_VoiceElement):
    """<sub>: SSML <sub>: speaks an alias instead of the written text.

    Attributes (keyword → XML name):

    * ``alias`` → ``alias``: text to speak instead
    """

    TAG: ClassVar[str] = "sub"
    _KNOWN = frozenset({"alias"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        words: BodyValue,
        *,
        alias: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlSub(self, words, alias, kwargs)

    @property
    def alias(self) -> str | None:
        """``alias``: text to speak instead; ``None`` when absent."""
        return _read(self, "alias", ("s",), "text")


class SsmlSayAs(_VoiceElement):
    """<say-as>: SSML <say-as>: says the text as a number, date, spelled-out letters ...

    Attributes (keyword → XML name):

    * ``interpret_as`` → ``interpret-as``: how to interpret the text
    * ``format`` → ``format``: date format
    """

    TAG: ClassVar[str] = "say-as"
    _KNOWN = frozenset({"interpret-as", "format"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        words: BodyValue,
        *,
        interpret_as: str | None = None,
        format: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlSayAs(self, words, interpret_as, format, kwargs)

    @property
    def interpret_as(self) -> str | None:
        """``interpret-as``: how to interpret the text; ``None`` when absent."""
        return _read(
            self,
            "interpret-as",
            ("s",),
            "one of characters, spell-out, cardinal, number, ordinal, digits, fraction, unit, date, time, telephone, address, interjection, expletive or text",
        )

    @property
    def format(self) -> str | None:
        """``format``: date format; ``None`` when absent."""
        return _read(
            self,
            "format",
            ("s",),
            "one of mdy, dmy, ymd, md, dm, ym, my, d, m, y or text",
        )


class SsmlProsody(_VoiceElement):
    """<prosody>: SSML <prosody>: changes volume, pitch or rate.

    Attributes (keyword → XML name):

    * ``volume`` → ``volume``: loudness
    * ``rate`` → ``rate``: speaking rate
    * ``pitch`` → ``pitch``: pitch
    """

    TAG: ClassVar[str] = "prosody"
    _KNOWN = frozenset({"volume", "rate", "pitch"})
    _CHILDREN = frozenset({"break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        words: BodyValue | None = None,
        *,
        volume: str | None = None,
        rate: str | None = None,
        pitch: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlProsody(self, words, volume, rate, pitch, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    p = _add_SsmlP
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    s = _add_SsmlS
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...

    @property
    def volume(self) -> str | None:
        """``volume``: loudness; ``None`` when absent."""
        return _read(
            self,
            "volume",
            ("s",),
            "silent, x-soft, soft, medium, loud, x-loud, or +NdB / -NdB",
        )

    @property
    def rate(self) -> str | None:
        """``rate``: speaking rate; ``None`` when absent."""
        return _read(self, "rate", ("s",), "x-slow, slow, medium, fast, x-fast, or N%")

    @property
    def pitch(self) -> str | None:
        """``pitch``: pitch; ``None`` when absent."""
        return _read(self, "pitch", ("s",), "x-low, low, medium, high, x-high, or +N% / -N%")


class SsmlS(_VoiceElement):
    """<s>: SSML <s>: a sentence.
    """

    TAG: ClassVar[str] = "s"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, words: BodyValue | None = None, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_SsmlS(self, words, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...


class SsmlPhoneme(_VoiceElement):
    """<phoneme>: SSML <phoneme>: a phonetic pronunciation.

    Attributes (keyword → XML name):

    * ``alphabet`` → ``alphabet``: phonetic alphabet
    * ``ph`` → ``ph``: the pronunciation
    """

    TAG: ClassVar[str] = "phoneme"
    _KNOWN = frozenset({"alphabet", "ph"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        words: BodyValue,
        *,
        alphabet: Literal["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"] | None = None,
        ph: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlPhoneme(self, words, alphabet, ph, kwargs)

    @property
    def alphabet(self) -> Literal["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"] | None:
        """``alphabet``: phonetic alphabet; ``None`` when absent."""
        return _read(
            self,
            "alphabet",
            (("ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana",),),
            "one of ipa, x-sampa, x-amazon-jyutping, x-amazon-pinyin, x-amazon-pron-kana, x-amazon-yomigana",
        )

    @property
    def ph(self) -> str | None:
        """``ph``: the pronunciation; ``None`` when absent."""
        return _read(self, "ph", ("s",), "text")


class SsmlLang(_VoiceElement):
    """<lang>: SSML <lang>: text in another language.

    Attributes (keyword → XML name):

    * ``xml_lang`` → ``xml:lang``: language of the text, such as fr-FR
    """

    TAG: ClassVar[str] = "lang"
    _KNOWN = frozenset({"xml:lang"})
    _CHILDREN = frozenset({"break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        words: BodyValue | None = None,
        *,
        xml_lang: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlLang(self, words, xml_lang, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    p = _add_SsmlP
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    s = _add_SsmlS
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlP
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...

    @property
    def xml_lang(self) -> str | None:
        """``xml:lang``: language of the text, such as fr-FR; ``None`` when absent."""
        return _read(self, "xml:lang", ("s",), "a language tag such as fr-FR")


class SsmlP(_VoiceElement):
    """<p>: SSML <p>: a paragraph.
    """

    TAG: ClassVar[str] = "p"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, words: BodyValue | None = None, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_SsmlP(self, words, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    s = _add_SsmlS
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlS
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...


class SsmlEmphasis(_VoiceElement):
    """<emphasis>: SSML <emphasis>: stresses the text.

    Attributes (keyword → XML name):

    * ``level`` → ``level``: how much stress
    """

    TAG: ClassVar[str] = "emphasis"
    _KNOWN = frozenset({"level"})
    _CHILDREN = frozenset({"break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        words: BodyValue | None = None,
        *,
        level: Literal["strong", "moderate", "reduced", "none"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlEmphasis(self, words, level, kwargs)

    break_ = _add_SsmlBreak
    emphasis = _add_SsmlEmphasis
    lang = _add_SsmlLang
    phoneme = _add_SsmlPhoneme
    prosody = _add_SsmlProsody
    say_as = _add_SsmlSayAs
    sub = _add_SsmlSub
    w = _add_SsmlW

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            SsmlBreak
            | SsmlEmphasis
            | SsmlLang
            | SsmlPhoneme
            | SsmlProsody
            | SsmlSayAs
            | SsmlSub
            | SsmlW
            | GenericNode
        ]: ...

    @property
    def level(self) -> Literal["strong", "moderate", "reduced", "none"] | None:
        """``level``: how much stress; ``None`` when absent."""
        return _read(
            self,
            "level",
            (("strong", "moderate", "reduced", "none",),),
            "one of strong, moderate, reduced, none",
        )


class SsmlBreak(_VoiceElement):
    """<break>: SSML <break>: a pause in speech.

    Attributes (keyword → XML name):

    * ``strength`` → ``strength``: length of the pause, relative
    * ``time`` → ``time``: length of the pause (at most 10s)
    """

    TAG: ClassVar[str] = "break"
    _KNOWN = frozenset({"strength", "time"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        strength: Literal["none", "x-weak", "weak", "medium", "strong", "x-strong"] | None = None,
        time: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SsmlBreak(self, strength, time, kwargs)

    @property
    def strength(self) -> Literal["none", "x-weak", "weak", "medium", "strong", "x-strong"] | None:
        """``strength``: length of the pause, relative; ``None`` when absent."""
        return _read(
            self,
            "strength",
            (("none", "x-weak", "weak", "medium", "strong", "x-strong",),),
            "one of none, x-weak, weak, medium, strong, x-strong",
        )

    @property
    def time(self) -> str | None:
        """``time``: length of the pause (at most 10s); ``None`` when absent."""
        return _read(
            self,
            "time",
            ("s",),
            "a duration of at most 10s, such as 500ms or 2s or a duration such as 500ms or 2s",
        )


class Pay(_VoiceElement):
    """<Pay>: Collects a card or bank payment over DTMF and charges or tokenizes it.

    Attributes (keyword → XML name):

    * ``input`` → ``input``: input type; only dtmf
    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``bank_account_type`` → ``bankAccountType``: kind of bank account (Twilio only)
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback (Twilio only)
    * ``timeout`` → ``timeout``: seconds to wait for each input
    * ``max_attempts`` → ``maxAttempts``: attempts allowed for each piece of information
    * ``security_code`` → ``securityCode``: ask for the card's security code
    * ``postal_code`` → ``postalCode``: ask for a postal code (true/false), or the code itself
    * ``min_postal_code_length`` → ``minPostalCodeLength``: minimum length of the postal code
    * ``payment_connector`` → ``paymentConnector``: payment connector to use
    * ``payment_method`` → ``paymentMethod``: kind of payment
    * ``token_type`` → ``tokenType``: kind of token
    * ``charge_amount`` → ``chargeAmount``: amount to charge; 0 or absent tokenizes
    * ``currency`` → ``currency``: currency of the charge
    * ``description`` → ``description``: description of the payment
    * ``valid_card_types`` → ``validCardTypes``: card types accepted
    * ``language`` → ``language``: language and locale, such as en-US
    * ``payment_connector_url`` → ``paymentConnectorUrl``: URL of the payment connector (SignalWire only)
    """

    TAG: ClassVar[str] = "Pay"
    _KNOWN = frozenset({"input", "action", "bankAccountType", "statusCallback", "statusCallbackMethod", "timeout", "maxAttempts", "securityCode", "postalCode", "minPostalCodeLength", "paymentConnector", "paymentMethod", "tokenType", "chargeAmount", "currency", "description", "validCardTypes", "language", "paymentConnectorUrl"})
    _CHILDREN = frozenset({"Parameter", "Prompt"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        input: Literal["dtmf"] | None = None,
        action: str | None = None,
        bank_account_type: str | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        timeout: int | None = None,
        max_attempts: int | None = None,
        security_code: bool | None = None,
        postal_code: str | None = None,
        min_postal_code_length: int | None = None,
        payment_connector: str | None = None,
        payment_method: Literal["credit-card", "ach-debit"] | None = None,
        token_type: Literal["one-time", "reusable", "payment-method"] | None = None,
        charge_amount: float | None = None,
        currency: str | None = None,
        description: str | None = None,
        valid_card_types: Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"] | Sequence[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None = None,
        language: str | None = None,
        payment_connector_url: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Pay(
            self,
            input,
            action,
            bank_account_type,
            status_callback,
            status_callback_method,
            timeout,
            max_attempts,
            security_code,
            postal_code,
            min_postal_code_length,
            payment_connector,
            payment_method,
            token_type,
            charge_amount,
            currency,
            description,
            valid_card_types,
            language,
            payment_connector_url,
            kwargs,
        )

    prompt = _add_Prompt
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Prompt
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Prompt | Parameter | GenericNode]: ...

    @property
    def input(self) -> Literal["dtmf"] | None:
        """``input``: input type; only dtmf; ``None`` when absent."""
        return _read(self, "input", (("dtmf",),), "dtmf")

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def bank_account_type(self) -> str | None:
        """``bankAccountType``: kind of bank account; ``None`` when absent."""
        return _read(self, "bankAccountType", ("s",), "text")

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds to wait for each input; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "an integer of at least 4")

    @property
    def max_attempts(self) -> int | None:
        """``maxAttempts``: attempts allowed for each piece of information; ``None`` when absent."""
        return _read(self, "maxAttempts", ("i",), "an integer from 1 to 3")

    @property
    def security_code(self) -> bool | None:
        """``securityCode``: ask for the card's security code; ``None`` when absent."""
        return _read(self, "securityCode", ("b",), "true or false")

    @property
    def postal_code(self) -> str | None:
        """``postalCode``: ask for a postal code (true/false), or the code itself; ``None`` when absent."""
        return _read(self, "postalCode", ("s",), "text")

    @property
    def min_postal_code_length(self) -> int | None:
        """``minPostalCodeLength``: minimum length of the postal code; ``None`` when absent."""
        return _read(self, "minPostalCodeLength", ("i",), "a non-negative integer")

    @property
    def payment_connector(self) -> str | None:
        """``paymentConnector``: payment connector to use; ``None`` when absent."""
        return _read(self, "paymentConnector", ("s",), "text")

    @property
    def payment_method(self) -> Literal["credit-card", "ach-debit"] | None:
        """``paymentMethod``: kind of payment; ``None`` when absent."""
        return _read(
            self,
            "paymentMethod",
            (("credit-card", "ach-debit",),),
            "one of credit-card, ach-debit",
        )

    @property
    def token_type(self) -> Literal["one-time", "reusable", "payment-method"] | None:
        """``tokenType``: kind of token; ``None`` when absent."""
        return _read(
            self,
            "tokenType",
            (("one-time", "reusable", "payment-method",),),
            "one of one-time, reusable or one of one-time, reusable, payment-method",
        )

    @property
    def charge_amount(self) -> float | None:
        """``chargeAmount``: amount to charge; 0 or absent tokenizes; ``None`` when absent."""
        return _read(self, "chargeAmount", ("f",), "a number from 0 to 1000000")

    @property
    def currency(self) -> str | None:
        """``currency``: currency of the charge; ``None`` when absent."""
        return _read(self, "currency", ("s",), "a three-letter currency code such as usd or text")

    @property
    def description(self) -> str | None:
        """``description``: description of the payment; ``None`` when absent."""
        return _read(self, "description", ("s",), "text")

    @property
    def valid_card_types(self) -> list[Literal["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]] | None:
        """``validCardTypes``: card types accepted; ``None`` when absent."""
        return _read(
            self,
            "validCardTypes",
            ("l", " ", (("visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute",),)),
            "space-separated values from: visa, mastercard, amex, maestro, discover, optima, jcb, diners-club, enroute",
        )

    @property
    def language(self) -> str | None:
        """``language``: language and locale, such as en-US; ``None`` when absent."""
        return _read(self, "language", ("s",), "text")

    @property
    def payment_connector_url(self) -> str | None:
        """``paymentConnectorUrl``: URL of the payment connector; ``None`` when absent."""
        return _read(self, "paymentConnectorUrl", ("s",), "a URL")


class Sms(_VoiceElement):
    """<Sms>: Sends an SMS during a call (deprecated: use <Message> in a messaging document).

    Attributes (keyword → XML name):

    * ``to`` → ``to``: destination phone number
    * ``from_`` → ``from``: sender phone number
    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    """

    TAG: ClassVar[str] = "Sms"
    _KNOWN = frozenset({"to", "from", "action", "method", "statusCallback"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        message: BodyValue,
        *,
        to: str | None = None,
        from_: str | None = None,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Sms(self, message, to, from_, action, method, status_callback, kwargs)

    @property
    def to(self) -> str | None:
        """``to``: destination phone number; ``None`` when absent."""
        return _read(self, "to", ("s",), "text")

    @property
    def from_(self) -> str | None:
        """``from``: sender phone number; ``None`` when absent."""
        return _read(self, "from", ("s",), "text")

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")


class Reject(_VoiceElement):
    """<Reject>: Rejects an incoming call without answering it.

    Attributes (keyword → XML name):

    * ``reason`` → ``reason``: what the caller hears
    """

    TAG: ClassVar[str] = "Reject"
    _KNOWN = frozenset({"reason"})
    _CHILDREN = frozenset({"Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        reason: Literal["rejected", "busy"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Reject(self, reason, kwargs)

    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Parameter | GenericNode]: ...

    @property
    def reason(self) -> Literal["rejected", "busy"] | None:
        """``reason``: what the caller hears; ``None`` when absent."""
        return _read(self, "reason", (("rejected", "busy",),), "one of rejected, busy")


class Redirect(_VoiceElement):
    """<Redirect>: Continues the call with the document at another URL.

    Attributes (keyword → XML name):

    * ``method`` → ``method``: HTTP method for the action or URL request
    """

    TAG: ClassVar[str] = "Redirect"
    _KNOWN = frozenset({"method"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        url: BodyValue,
        *,
        method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Redirect(self, url, method, kwargs)

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")


class Record(_VoiceElement):
    """<Record>: Records the caller and requests the action URL with the recording.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``timeout`` → ``timeout``: seconds of silence that end the recording
    * ``finish_on_key`` → ``finishOnKey``: keys that end the recording
    * ``max_length`` → ``maxLength``: longest recording, in seconds
    * ``play_beep`` → ``playBeep``: play a beep before recording
    * ``trim`` → ``trim``: whether to trim leading and trailing silence from the recording
    * ``recording_status_callback`` → ``recordingStatusCallback``: URL notified when the recording changes state
    * ``recording_status_callback_method`` → ``recordingStatusCallbackMethod``: HTTP method for the recording status callback
    * ``recording_status_callback_event`` → ``recordingStatusCallbackEvent``: recording events that trigger the recording status callback
    * ``transcribe`` → ``transcribe``: transcribe the recording
    * ``transcribe_callback`` → ``transcribeCallback``: URL that receives the transcription
    * ``recording_configuration_id`` → ``recordingConfigurationId``: recording configuration to apply (Twilio only)
    * ``storage_url`` → ``storageUrl``: URL the recording is sent to (SignalWire only)
    * ``storage_url_method`` → ``storageUrlMethod``: HTTP method for the storage URL (SignalWire only)
    """

    TAG: ClassVar[str] = "Record"
    _KNOWN = frozenset({"action", "method", "timeout", "finishOnKey", "maxLength", "playBeep", "trim", "recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "transcribe", "transcribeCallback", "recordingConfigurationId", "storageUrl", "storageUrlMethod"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        timeout: int | None = None,
        finish_on_key: str | None = None,
        max_length: int | None = None,
        play_beep: bool | None = None,
        trim: Literal["trim-silence", "do-not-trim"] | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
        transcribe: bool | None = None,
        transcribe_callback: str | None = None,
        recording_configuration_id: str | None = None,
        storage_url: str | None = None,
        storage_url_method: Literal["POST", "PUT"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Record(
            self,
            action,
            method,
            timeout,
            finish_on_key,
            max_length,
            play_beep,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            transcribe,
            transcribe_callback,
            recording_configuration_id,
            storage_url,
            storage_url_method,
            kwargs,
        )

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds of silence that end the recording; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "a non-negative integer")

    @property
    def finish_on_key(self) -> str | None:
        """``finishOnKey``: keys that end the recording; ``None`` when absent."""
        return _read(self, "finishOnKey", ("s",), "keys (0-9, * and #)")

    @property
    def max_length(self) -> int | None:
        """``maxLength``: longest recording, in seconds; ``None`` when absent."""
        return _read(self, "maxLength", ("i",), "a non-negative integer")

    @property
    def play_beep(self) -> bool | None:
        """``playBeep``: play a beep before recording; ``None`` when absent."""
        return _read(self, "playBeep", ("b",), "true or false")

    @property
    def trim(self) -> Literal["trim-silence", "do-not-trim"] | None:
        """``trim``: whether to trim leading and trailing silence from the recording; ``None`` when absent."""
        return _read(
            self,
            "trim",
            (("trim-silence", "do-not-trim",),),
            "one of trim-silence, do-not-trim",
        )

    @property
    def recording_status_callback(self) -> str | None:
        """``recordingStatusCallback``: URL notified when the recording changes state; ``None`` when absent."""
        return _read(self, "recordingStatusCallback", ("s",), "a URL")

    @property
    def recording_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``recordingStatusCallbackMethod``: HTTP method for the recording status callback; ``None`` when absent."""
        return _read(self, "recordingStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback_event(self) -> list[Literal["in-progress", "completed", "absent"]] | None:
        """``recordingStatusCallbackEvent``: recording events that trigger the recording status callback; ``None`` when absent."""
        return _read(
            self,
            "recordingStatusCallbackEvent",
            ("l", " ", (("in-progress", "completed", "absent",),)),
            "space-separated values from: in-progress, completed, absent",
        )

    @property
    def transcribe(self) -> bool | None:
        """``transcribe``: transcribe the recording; ``None`` when absent."""
        return _read(self, "transcribe", ("b",), "true or false")

    @property
    def transcribe_callback(self) -> str | None:
        """``transcribeCallback``: URL that receives the transcription; ``None`` when absent."""
        return _read(self, "transcribeCallback", ("s",), "a URL")

    @property
    def recording_configuration_id(self) -> str | None:
        """``recordingConfigurationId``: recording configuration to apply; ``None`` when absent."""
        return _read(self, "recordingConfigurationId", ("s",), "text")

    @property
    def storage_url(self) -> str | None:
        """``storageUrl``: URL the recording is sent to; ``None`` when absent."""
        return _read(self, "storageUrl", ("s",), "a URL")

    @property
    def storage_url_method(self) -> Literal["POST", "PUT"] | None:
        """``storageUrlMethod``: HTTP method for the storage URL; ``None`` when absent."""
        return _read(self, "storageUrlMethod", (("POST", "PUT",),), "POST or PUT")


class Queue(_VoiceElement):
    """<Queue>: Connects the call to the first caller waiting in a queue.

    Attributes (keyword → XML name):

    * ``url`` → ``url``: URL of the document played to the dequeued caller
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``reservation_sid`` → ``reservationSid``: TaskRouter reservation (Twilio only)
    * ``post_work_activity_sid`` → ``postWorkActivitySid``: TaskRouter activity after the call (Twilio only)
    """

    TAG: ClassVar[str] = "Queue"
    _KNOWN = frozenset({"url", "method", "reservationSid", "postWorkActivitySid"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        name: BodyValue,
        *,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        reservation_sid: str | None = None,
        post_work_activity_sid: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Queue(self, name, url, method, reservation_sid, post_work_activity_sid, kwargs)

    @property
    def url(self) -> str | None:
        """``url``: URL of the document played to the dequeued caller; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def reservation_sid(self) -> str | None:
        """``reservationSid``: TaskRouter reservation; ``None`` when absent."""
        return _read(self, "reservationSid", ("s",), "text")

    @property
    def post_work_activity_sid(self) -> str | None:
        """``postWorkActivitySid``: TaskRouter activity after the call; ``None`` when absent."""
        return _read(self, "postWorkActivitySid", ("s",), "text")


class Leave(_VoiceElement):
    """<Leave>: Takes the caller out of the queue it waits in.
    """

    TAG: ClassVar[str] = "Leave"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Leave(self, kwargs)


class Hangup(_VoiceElement):
    """<Hangup>: Ends the call.
    """

    TAG: ClassVar[str] = "Hangup"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Hangup(self, kwargs)

    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Parameter | GenericNode]: ...


class Gather(_VoiceElement):
    """<Gather>: Collects digits or speech while its nested verbs play.

    Attributes (keyword → XML name):

    * ``input`` → ``input``: input types to accept
    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``timeout`` → ``timeout``: seconds of silence before giving up
    * ``speech_timeout`` → ``speechTimeout``: seconds of silence that end speech, or auto
    * ``max_speech_time`` → ``maxSpeechTime``: longest speech input, in seconds (Twilio only)
    * ``profanity_filter`` → ``profanityFilter``: mask profanity in speech results
    * ``finish_on_key`` → ``finishOnKey``: key that ends the input
    * ``num_digits`` → ``numDigits``: number of digits to collect
    * ``partial_result_callback`` → ``partialResultCallback``: URL that receives partial speech results
    * ``partial_result_callback_method`` → ``partialResultCallbackMethod``
    * ``language`` → ``language``: language and locale, such as en-US
    * ``hints`` → ``hints``: words or phrases likely to be spoken, comma-separated
    * ``barge_in`` → ``bargeIn``: stop nested verbs when input starts (Twilio only)
    * ``debug`` → ``debug``: enable debugging output (Twilio only)
    * ``action_on_empty_result`` → ``actionOnEmptyResult``: request the action URL even without input
    * ``speech_model`` → ``speechModel``: speech recognition model
    * ``enhanced`` → ``enhanced``: use the enhanced speech model
    """

    TAG: ClassVar[str] = "Gather"
    _KNOWN = frozenset({"input", "action", "method", "timeout", "speechTimeout", "maxSpeechTime", "profanityFilter", "finishOnKey", "numDigits", "partialResultCallback", "partialResultCallbackMethod", "language", "hints", "bargeIn", "debug", "actionOnEmptyResult", "speechModel", "enhanced"})
    _CHILDREN = frozenset({"Pause", "Play", "Say"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        input: Literal["dtmf", "speech", "dtmf speech", "speech dtmf"] | Sequence[Literal["dtmf", "speech"]] | None = None,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        timeout: int | None = None,
        speech_timeout: int | Literal["auto"] | None = None,
        max_speech_time: int | None = None,
        profanity_filter: bool | None = None,
        finish_on_key: str | None = None,
        num_digits: int | None = None,
        partial_result_callback: str | None = None,
        partial_result_callback_method: Literal["GET", "POST"] | None = None,
        language: str | None = None,
        hints: str | Sequence[str] | None = None,
        barge_in: bool | None = None,
        debug: bool | None = None,
        action_on_empty_result: bool | None = None,
        speech_model: str | None = None,
        enhanced: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Gather(
            self,
            input,
            action,
            method,
            timeout,
            speech_timeout,
            max_speech_time,
            profanity_filter,
            finish_on_key,
            num_digits,
            partial_result_callback,
            partial_result_callback_method,
            language,
            hints,
            barge_in,
            debug,
            action_on_empty_result,
            speech_model,
            enhanced,
            kwargs,
        )

    say = _add_Say
    pause = _add_Pause
    play = _add_Play

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Say
            | Pause
            | Play
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Say | Pause | Play | GenericNode]: ...

    @property
    def input(self) -> list[Literal["dtmf", "speech"]] | None:
        """``input``: input types to accept; ``None`` when absent."""
        return _read(
            self,
            "input",
            ("l", " ", (("dtmf", "speech",),)),
            "space-separated values from: dtmf, speech",
        )

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds of silence before giving up; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "a non-negative integer")

    @property
    def speech_timeout(self) -> int | Literal["auto"] | None:
        """``speechTimeout``: seconds of silence that end speech, or auto; ``None`` when absent."""
        return _read(self, "speechTimeout", ("i", ("auto",)), "a non-negative integer or auto")

    @property
    def max_speech_time(self) -> int | None:
        """``maxSpeechTime``: longest speech input, in seconds; ``None`` when absent."""
        return _read(self, "maxSpeechTime", ("i",), "a non-negative integer")

    @property
    def profanity_filter(self) -> bool | None:
        """``profanityFilter``: mask profanity in speech results; ``None`` when absent."""
        return _read(self, "profanityFilter", ("b",), "true or false")

    @property
    def finish_on_key(self) -> str | None:
        """``finishOnKey``: key that ends the input; ``None`` when absent."""
        return _read(self, "finishOnKey", ("s",), "one key (0-9, * or #), or empty")

    @property
    def num_digits(self) -> int | None:
        """``numDigits``: number of digits to collect; ``None`` when absent."""
        return _read(self, "numDigits", ("i",), "a positive integer")

    @property
    def partial_result_callback(self) -> str | None:
        """``partialResultCallback``: URL that receives partial speech results; ``None`` when absent."""
        return _read(self, "partialResultCallback", ("s",), "a URL")

    @property
    def partial_result_callback_method(self) -> Literal["GET", "POST"] | None:
        """``partialResultCallbackMethod``; ``None`` when absent."""
        return _read(self, "partialResultCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def language(self) -> str | None:
        """``language``: language and locale, such as en-US; ``None`` when absent."""
        return _read(self, "language", ("s",), "text")

    @property
    def hints(self) -> list[str] | None:
        """``hints``: words or phrases likely to be spoken, comma-separated; ``None`` when absent."""
        return _read(
            self,
            "hints",
            ("l", ",", ("s",)),
            "a comma-separated list of phrases of at most 100 characters each or a comma-separated list of phrases",
        )

    @property
    def barge_in(self) -> bool | None:
        """``bargeIn``: stop nested verbs when input starts; ``None`` when absent."""
        return _read(self, "bargeIn", ("b",), "true or false")

    @property
    def debug(self) -> bool | None:
        """``debug``: enable debugging output; ``None`` when absent."""
        return _read(self, "debug", ("b",), "true or false")

    @property
    def action_on_empty_result(self) -> bool | None:
        """``actionOnEmptyResult``: request the action URL even without input; ``None`` when absent."""
        return _read(self, "actionOnEmptyResult", ("b",), "true or false")

    @property
    def speech_model(self) -> str | None:
        """``speechModel``: speech recognition model; ``None`` when absent."""
        return _read(self, "speechModel", ("s",), "one of phone_call, video, default or text")

    @property
    def enhanced(self) -> bool | None:
        """``enhanced``: use the enhanced speech model; ``None`` when absent."""
        return _read(self, "enhanced", ("b",), "true or false")


class Enqueue(_VoiceElement):
    """<Enqueue>: Puts the call in a queue.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``max_queue_size`` → ``maxQueueSize``: largest queue size (Twilio only)
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``wait_url`` → ``waitUrl``: URL of the document played while waiting
    * ``wait_url_method`` → ``waitUrlMethod``: HTTP method for the wait URL
    * ``workflow_sid`` → ``workflowSid``: TaskRouter workflow (Twilio only)
    """

    TAG: ClassVar[str] = "Enqueue"
    _KNOWN = frozenset({"action", "maxQueueSize", "method", "waitUrl", "waitUrlMethod", "workflowSid"})
    _CHILDREN = frozenset({"Task"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        name: BodyValue | None = None,
        *,
        action: str | None = None,
        max_queue_size: int | None = None,
        method: Literal["GET", "POST"] | None = None,
        wait_url: str | None = None,
        wait_url_method: Literal["GET", "POST"] | None = None,
        workflow_sid: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Enqueue(
            self,
            name,
            action,
            max_queue_size,
            method,
            wait_url,
            wait_url_method,
            workflow_sid,
            kwargs,
        )

    task = _add_Task

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[Task | GenericNode | Comment | ProcessingInstruction]: ...

        @property
        def verbs(self) -> list[Task | GenericNode]: ...

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def max_queue_size(self) -> int | None:
        """``maxQueueSize``: largest queue size; ``None`` when absent."""
        return _read(self, "maxQueueSize", ("i",), "a positive integer")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def wait_url(self) -> str | None:
        """``waitUrl``: URL of the document played while waiting; ``None`` when absent."""
        return _read(self, "waitUrl", ("s",), "a URL, or empty for none")

    @property
    def wait_url_method(self) -> Literal["GET", "POST"] | None:
        """``waitUrlMethod``: HTTP method for the wait URL; ``None`` when absent."""
        return _read(self, "waitUrlMethod", (("GET", "POST",),), "GET or POST")

    @property
    def workflow_sid(self) -> str | None:
        """``workflowSid``: TaskRouter workflow; ``None`` when absent."""
        return _read(self, "workflowSid", ("s",), "text")


class Task(_VoiceElement):
    """<Task>: TaskRouter task attributes (JSON) for <Enqueue>. (Twilio only)

    Attributes (keyword → XML name):

    * ``priority`` → ``priority``: priority
    * ``timeout`` → ``timeout``: seconds to wait
    """

    TAG: ClassVar[str] = "Task"
    _KNOWN = frozenset({"priority", "timeout"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        body: BodyValue,
        *,
        priority: int | None = None,
        timeout: int | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Task(self, body, priority, timeout, kwargs)

    @property
    def priority(self) -> int | None:
        """``priority``: priority; ``None`` when absent."""
        return _read(self, "priority", ("i",), "a non-negative integer")

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds to wait; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "a non-negative integer")


class Echo(_VoiceElement):
    """<Echo>: Plays the caller's audio back to them, to test a connection.

    Attributes (keyword → XML name):

    * ``timeout`` → ``timeout``: seconds to echo (SignalWire only)
    """

    TAG: ClassVar[str] = "Echo"
    _KNOWN = frozenset({"timeout"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, *, timeout: int | None = None, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Echo(self, timeout, kwargs)

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds to echo; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "an integer from 5 to 120")


class Dial(_VoiceElement):
    """<Dial>: Connects the call to another party: a number, SIP endpoint, conference or queue.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``timeout`` → ``timeout``: seconds to let the other party ring
    * ``hangup_on_star`` → ``hangupOnStar``: let the caller hang up the other party with *
    * ``time_limit`` → ``timeLimit``: longest call, in seconds
    * ``caller_id`` → ``callerId``: caller ID shown to the other party
    * ``record`` → ``record``: recording mode
    * ``trim`` → ``trim``: whether to trim leading and trailing silence from the recording
    * ``recording_status_callback`` → ``recordingStatusCallback``: URL notified when the recording changes state
    * ``recording_configuration_id`` → ``recordingConfigurationId``: recording configuration to apply (Twilio only)
    * ``recording_status_callback_method`` → ``recordingStatusCallbackMethod``: HTTP method for the recording status callback
    * ``recording_status_callback_event`` → ``recordingStatusCallbackEvent``: recording events that trigger the recording status callback
    * ``answer_on_bridge`` → ``answerOnBridge``: keep ringing the caller until the other party answers
    * ``ring_tone`` → ``ringTone``: country whose ringback tone plays
    * ``recording_track`` → ``recordingTrack``: track to record
    * ``sequential`` → ``sequential``: dial nouns one after another (Twilio only)
    * ``refer_url`` → ``referUrl``: URL requested on a SIP REFER (Twilio only)
    * ``refer_method`` → ``referMethod`` (Twilio only)
    * ``events`` → ``events``: events to report (Twilio only)
    * ``passports`` → ``passports``: caller identity passports (Twilio only)
    * ``caller_name`` → ``callerName``: caller name shown on SIP calls (SignalWire only)
    * ``recording_storage_url`` → ``recordingStorageUrl``: URL the recording is sent to (SignalWire only)
    * ``recording_storage_url_method`` → ``recordingStorageUrlMethod``: HTTP method for the storage URL (SignalWire only)
    """

    TAG: ClassVar[str] = "Dial"
    _KNOWN = frozenset({"action", "method", "timeout", "hangupOnStar", "timeLimit", "callerId", "record", "trim", "recordingStatusCallback", "recordingConfigurationId", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "answerOnBridge", "ringTone", "recordingTrack", "sequential", "referUrl", "referMethod", "events", "passports", "callerName", "recordingStorageUrl", "recordingStorageUrlMethod"})
    _CHILDREN = frozenset({"Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "Verto", "WhatsApp"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        number: BodyValue | None = None,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        timeout: int | None = None,
        hangup_on_star: bool | None = None,
        time_limit: int | None = None,
        caller_id: str | None = None,
        record: bool | Literal["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"] | None = None,
        trim: Literal["trim-silence", "do-not-trim"] | None = None,
        recording_status_callback: str | None = None,
        recording_configuration_id: str | None = None,
        recording_status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
        answer_on_bridge: bool | None = None,
        ring_tone: Literal["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"] | None = None,
        recording_track: Literal["inbound", "outbound", "both"] | None = None,
        sequential: bool | None = None,
        refer_url: str | None = None,
        refer_method: Literal["GET", "POST"] | None = None,
        events: str | None = None,
        passports: str | None = None,
        caller_name: str | None = None,
        recording_storage_url: str | None = None,
        recording_storage_url_method: Literal["POST", "PUT"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Dial(
            self,
            number,
            action,
            method,
            timeout,
            hangup_on_star,
            time_limit,
            caller_id,
            record,
            trim,
            recording_status_callback,
            recording_configuration_id,
            recording_status_callback_method,
            recording_status_callback_event,
            answer_on_bridge,
            ring_tone,
            recording_track,
            sequential,
            refer_url,
            refer_method,
            events,
            passports,
            caller_name,
            recording_storage_url,
            recording_storage_url_method,
            kwargs,
        )

    client = _add_Client
    conference = _add_Conference
    number = _add_Number
    queue = _add_Queue
    sim = _add_Sim
    sip = _add_Sip
    application = _add_Application
    whats_app = _add_WhatsApp
    verto = _add_Verto

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Client
            | Conference
            | Number
            | Queue
            | Sim
            | Sip
            | Application
            | WhatsApp
            | Verto
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            Client
            | Conference
            | Number
            | Queue
            | Sim
            | Sip
            | Application
            | WhatsApp
            | Verto
            | GenericNode
        ]: ...

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def timeout(self) -> int | None:
        """``timeout``: seconds to let the other party ring; ``None`` when absent."""
        return _read(self, "timeout", ("i",), "an integer from 5 to 600")

    @property
    def hangup_on_star(self) -> bool | None:
        """``hangupOnStar``: let the caller hang up the other party with *; ``None`` when absent."""
        return _read(self, "hangupOnStar", ("b",), "true or false")

    @property
    def time_limit(self) -> int | None:
        """``timeLimit``: longest call, in seconds; ``None`` when absent."""
        return _read(self, "timeLimit", ("i",), "a positive integer")

    @property
    def caller_id(self) -> str | None:
        """``callerId``: caller ID shown to the other party; ``None`` when absent."""
        return _read(self, "callerId", ("s",), "text")

    @property
    def record(self) -> bool | Literal["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"] | None:
        """``record``: recording mode; ``None`` when absent."""
        return _read(
            self,
            "record",
            ("b", ("do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual",)),
            "one of do-not-record, record-from-answer, record-from-ringing, record-from-answer-dual, record-from-ringing-dual, true, false or one of do-not-record, record-from-answer, record-from-ringing, record-from-answer-dual, record-from-ringing-dual",
        )

    @property
    def trim(self) -> Literal["trim-silence", "do-not-trim"] | None:
        """``trim``: whether to trim leading and trailing silence from the recording; ``None`` when absent."""
        return _read(
            self,
            "trim",
            (("trim-silence", "do-not-trim",),),
            "one of trim-silence, do-not-trim",
        )

    @property
    def recording_status_callback(self) -> str | None:
        """``recordingStatusCallback``: URL notified when the recording changes state; ``None`` when absent."""
        return _read(self, "recordingStatusCallback", ("s",), "a URL")

    @property
    def recording_configuration_id(self) -> str | None:
        """``recordingConfigurationId``: recording configuration to apply; ``None`` when absent."""
        return _read(self, "recordingConfigurationId", ("s",), "text")

    @property
    def recording_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``recordingStatusCallbackMethod``: HTTP method for the recording status callback; ``None`` when absent."""
        return _read(self, "recordingStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback_event(self) -> list[Literal["in-progress", "completed", "absent"]] | None:
        """``recordingStatusCallbackEvent``: recording events that trigger the recording status callback; ``None`` when absent."""
        return _read(
            self,
            "recordingStatusCallbackEvent",
            ("l", " ", (("in-progress", "completed", "absent",),)),
            "space-separated values from: in-progress, completed, absent",
        )

    @property
    def answer_on_bridge(self) -> bool | None:
        """``answerOnBridge``: keep ringing the caller until the other party answers; ``None`` when absent."""
        return _read(self, "answerOnBridge", ("b",), "true or false")

    @property
    def ring_tone(self) -> Literal["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"] | None:
        """``ringTone``: country whose ringback tone plays; ``None`` when absent."""
        return _read(
            self,
            "ringTone",
            (("at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za",),),
            "a two-letter country code of a ring tone (us, uk, de ...)",
        )

    @property
    def recording_track(self) -> Literal["inbound", "outbound", "both"] | None:
        """``recordingTrack``: track to record; ``None`` when absent."""
        return _read(
            self,
            "recordingTrack",
            (("inbound", "outbound", "both",),),
            "one of inbound, outbound, both",
        )

    @property
    def sequential(self) -> bool | None:
        """``sequential``: dial nouns one after another; ``None`` when absent."""
        return _read(self, "sequential", ("b",), "true or false")

    @property
    def refer_url(self) -> str | None:
        """``referUrl``: URL requested on a SIP REFER; ``None`` when absent."""
        return _read(self, "referUrl", ("s",), "a URL")

    @property
    def refer_method(self) -> Literal["GET", "POST"] | None:
        """``referMethod``; ``None`` when absent."""
        return _read(self, "referMethod", (("GET", "POST",),), "GET or POST")

    @property
    def events(self) -> str | None:
        """``events``: events to report; ``None`` when absent."""
        return _read(self, "events", ("s",), "text")

    @property
    def passports(self) -> str | None:
        """``passports``: caller identity passports; ``None`` when absent."""
        return _read(self, "passports", ("s",), "text")

    @property
    def caller_name(self) -> str | None:
        """``callerName``: caller name shown on SIP calls; ``None`` when absent."""
        return _read(self, "callerName", ("s",), "text of at most 70 characters")

    @property
    def recording_storage_url(self) -> str | None:
        """``recordingStorageUrl``: URL the recording is sent to; ``None`` when absent."""
        return _read(self, "recordingStorageUrl", ("s",), "a URL")

    @property
    def recording_storage_url_method(self) -> Literal["POST", "PUT"] | None:
        """``recordingStorageUrlMethod``: HTTP method for the storage URL; ``None`` when absent."""
        return _read(self, "recordingStorageUrlMethod", (("POST", "PUT",),), "POST or PUT")


class WhatsApp(_VoiceElement):
    """<WhatsApp>: A WhatsApp user to dial. (Twilio only)

    Attributes (keyword → XML name):

    * ``url`` → ``url``: URL of the document or resource
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    """

    TAG: ClassVar[str] = "WhatsApp"
    _KNOWN = frozenset({"url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        phone_number: BodyValue,
        *,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_WhatsApp(
            self,
            phone_number,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )

    @property
    def url(self) -> str | None:
        """``url``: URL of the document or resource; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> list[Literal["initiated", "ringing", "answered", "completed"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("initiated", "ringing", "answered", "completed",),)),
            "space-separated values from: initiated, ringing, answered, completed",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")


class Application(_VoiceElement):
    """<Application>: An application to dial. (Twilio only)

    Attributes (keyword → XML name):

    * ``url`` → ``url``: URL of the document or resource
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``customer_id`` → ``customerId``: customer identifier
    * ``copy_parent_to`` → ``copyParentTo``: copy the parent call's To
    """

    TAG: ClassVar[str] = "Application"
    _KNOWN = frozenset({"url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "customerId", "copyParentTo"})
    _CHILDREN = frozenset({"ApplicationSid", "Parameter"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        application_sid: BodyValue | None = None,
        *,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        customer_id: str | None = None,
        copy_parent_to: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Application(
            self,
            application_sid,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            customer_id,
            copy_parent_to,
            kwargs,
        )

    application_sid = _add_ApplicationSid
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            ApplicationSid
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[ApplicationSid | Parameter | GenericNode]: ...

    @property
    def url(self) -> str | None:
        """``url``: URL of the document or resource; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> list[Literal["initiated", "ringing", "answered", "completed"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("initiated", "ringing", "answered", "completed",),)),
            "space-separated values from: initiated, ringing, answered, completed",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def customer_id(self) -> str | None:
        """``customerId``: customer identifier; ``None`` when absent."""
        return _read(self, "customerId", ("s",), "text")

    @property
    def copy_parent_to(self) -> bool | None:
        """``copyParentTo``: copy the parent call's To; ``None`` when absent."""
        return _read(self, "copyParentTo", ("b",), "true or false")


class ApplicationSid(_VoiceElement):
    """<ApplicationSid>: The identifier of the application to dial. (Twilio only)
    """

    TAG: ClassVar[str] = "ApplicationSid"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, sid: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_ApplicationSid(self, sid, kwargs)


class Sip(_VoiceElement):
    """<Sip>: A SIP endpoint to dial.

    Attributes (keyword → XML name):

    * ``username`` → ``username``: SIP authentication user name
    * ``password`` → ``password``: SIP authentication password
    * ``url`` → ``url``: URL of a document played to the called party
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``machine_detection`` → ``machineDetection``: answering machine detection mode (Twilio only)
    * ``amd_status_callback_method`` → ``amdStatusCallbackMethod``: HTTP method for the detection callback (Twilio only)
    * ``amd_status_callback`` → ``amdStatusCallback``: URL notified of the answering machine detection result (Twilio only)
    * ``machine_detection_timeout`` → ``machineDetectionTimeout``: seconds to wait for answering machine detection (Twilio only)
    * ``machine_detection_speech_threshold`` → ``machineDetectionSpeechThreshold``: milliseconds of speech that indicate a machine (Twilio only)
    * ``machine_detection_speech_end_threshold`` → ``machineDetectionSpeechEndThreshold``: milliseconds of silence that end detection (Twilio only)
    * ``machine_detection_silence_timeout`` → ``machineDetectionSilenceTimeout``: milliseconds of initial silence before detection gives up (Twilio only)
    * ``codecs`` → ``codecs``: comma-separated codecs to offer (PCMU, PCMA, G722, G729, OPUS) (SignalWire only)
    * ``session_timeout`` → ``sessionTimeout``: SIP session timer, in seconds (SignalWire only)
    """

    TAG: ClassVar[str] = "Sip"
    _KNOWN = frozenset({"username", "password", "url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "machineDetection", "amdStatusCallbackMethod", "amdStatusCallback", "machineDetectionTimeout", "machineDetectionSpeechThreshold", "machineDetectionSpeechEndThreshold", "machineDetectionSilenceTimeout", "codecs", "sessionTimeout"})
    _CHILDREN = frozenset({"Headers", "Uri"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        sip_url: BodyValue | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        machine_detection: str | None = None,
        amd_status_callback_method: Literal["GET", "POST"] | None = None,
        amd_status_callback: str | None = None,
        machine_detection_timeout: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_silence_timeout: int | None = None,
        codecs: str | Sequence[str] | None = None,
        session_timeout: int | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Sip(
            self,
            sip_url,
            username,
            password,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            codecs,
            session_timeout,
            kwargs,
        )

    uri = _add_SipUri
    headers = _add_Headers

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            SipUri
            | Headers
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[SipUri | Headers | GenericNode]: ...

    @property
    def username(self) -> str | None:
        """``username``: SIP authentication user name; ``None`` when absent."""
        return _read(self, "username", ("s",), "text")

    @property
    def password(self) -> str | None:
        """``password``: SIP authentication password; ``None`` when absent."""
        return _read(self, "password", ("s",), "text")

    @property
    def url(self) -> str | None:
        """``url``: URL of a document played to the called party; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> list[Literal["initiated", "ringing", "answered", "completed"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("initiated", "ringing", "answered", "completed",),)),
            "space-separated values from: initiated, ringing, answered, completed",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def machine_detection(self) -> str | None:
        """``machineDetection``: answering machine detection mode; ``None`` when absent."""
        return _read(self, "machineDetection", ("s",), "text")

    @property
    def amd_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``amdStatusCallbackMethod``: HTTP method for the detection callback; ``None`` when absent."""
        return _read(self, "amdStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def amd_status_callback(self) -> str | None:
        """``amdStatusCallback``: URL notified of the answering machine detection result; ``None`` when absent."""
        return _read(self, "amdStatusCallback", ("s",), "a URL")

    @property
    def machine_detection_timeout(self) -> int | None:
        """``machineDetectionTimeout``: seconds to wait for answering machine detection; ``None`` when absent."""
        return _read(self, "machineDetectionTimeout", ("i",), "a non-negative integer")

    @property
    def machine_detection_speech_threshold(self) -> int | None:
        """``machineDetectionSpeechThreshold``: milliseconds of speech that indicate a machine; ``None`` when absent."""
        return _read(self, "machineDetectionSpeechThreshold", ("i",), "a non-negative integer")

    @property
    def machine_detection_speech_end_threshold(self) -> int | None:
        """``machineDetectionSpeechEndThreshold``: milliseconds of silence that end detection; ``None`` when absent."""
        return _read(self, "machineDetectionSpeechEndThreshold", ("i",), "a non-negative integer")

    @property
    def machine_detection_silence_timeout(self) -> int | None:
        """``machineDetectionSilenceTimeout``: milliseconds of initial silence before detection gives up; ``None`` when absent."""
        return _read(self, "machineDetectionSilenceTimeout", ("i",), "a non-negative integer")

    @property
    def codecs(self) -> list[str] | None:
        """``codecs``: comma-separated codecs to offer (PCMU, PCMA, G722, G729, OPUS); ``None`` when absent."""
        return _read(
            self,
            "codecs",
            ("l", ",", ("s",)),
            "a comma-separated list of PCMU, PCMA, G722, G729, OPUS",
        )

    @property
    def session_timeout(self) -> int | None:
        """``sessionTimeout``: SIP session timer, in seconds; ``None`` when absent."""
        return _read(self, "sessionTimeout", ("i",), "a non-negative integer")


class Headers(_VoiceElement):
    """<Headers>: Custom SIP headers for <Sip>. (Twilio only)
    """

    TAG: ClassVar[str] = "Headers"
    _KNOWN = frozenset()
    _CHILDREN = frozenset({"Header"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Headers(self, kwargs)

    header = _add_Header

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[Header | GenericNode | Comment | ProcessingInstruction]: ...

        @property
        def verbs(self) -> list[Header | GenericNode]: ...


class Header(_VoiceElement):
    """<Header>: A custom SIP header. (Twilio only)

    Attributes (keyword → XML name):

    * ``name`` → ``name``: name
    * ``value`` → ``value``: value
    """

    TAG: ClassVar[str] = "Header"
    _KNOWN = frozenset({"name", "value"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        value: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Header(self, name, value, kwargs)

    @property
    def name_attr(self) -> str | None:
        """``name``: name; ``None`` when absent."""
        return _read(self, "name", ("s",), "text")

    @property
    def value_attr(self) -> str | None:
        """``value``: value; ``None`` when absent."""
        return _read(self, "value", ("s",), "text")


class SipUri(_VoiceElement):
    """<Uri>: One SIP URI of a <Sip> with several. (Twilio only)

    Attributes (keyword → XML name):

    * ``priority`` → ``priority``: priority
    * ``weight`` → ``weight``: weight
    * ``username`` → ``username``: SIP authentication user name
    * ``password`` → ``password``: SIP authentication password
    """

    TAG: ClassVar[str] = "Uri"
    _KNOWN = frozenset({"priority", "weight", "username", "password"})
    _CHILDREN = frozenset()
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        sip_url: BodyValue | None = None,
        *,
        priority: int | None = None,
        weight: int | None = None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_SipUri(self, sip_url, priority, weight, username, password, kwargs)

    @property
    def priority(self) -> int | None:
        """``priority``: priority; ``None`` when absent."""
        return _read(self, "priority", ("i",), "a non-negative integer")

    @property
    def weight(self) -> int | None:
        """``weight``: weight; ``None`` when absent."""
        return _read(self, "weight", ("i",), "a non-negative integer")

    @property
    def username(self) -> str | None:
        """``username``: SIP authentication user name; ``None`` when absent."""
        return _read(self, "username", ("s",), "text")

    @property
    def password(self) -> str | None:
        """``password``: SIP authentication password; ``None`` when absent."""
        return _read(self, "password", ("s",), "text")


class Sim(_VoiceElement):
    """<Sim>: A SIM to dial. (Twilio only)
    """

    TAG: ClassVar[str] = "Sim"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, sim_sid: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Sim(self, sim_sid, kwargs)


class Number(_VoiceElement):
    """<Number>: A phone number to dial.

    Attributes (keyword → XML name):

    * ``send_digits`` → ``sendDigits``: DTMF digits to send once the call connects
    * ``url`` → ``url``: URL of a document played to the called party
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``byoc`` → ``byoc``: bring-your-own-carrier trunk (Twilio only)
    * ``machine_detection`` → ``machineDetection``: answering machine detection mode (Twilio only)
    * ``amd_status_callback_method`` → ``amdStatusCallbackMethod``: HTTP method for the detection callback (Twilio only)
    * ``amd_status_callback`` → ``amdStatusCallback``: URL notified of the answering machine detection result (Twilio only)
    * ``machine_detection_timeout`` → ``machineDetectionTimeout``: seconds to wait for answering machine detection (Twilio only)
    * ``machine_detection_speech_threshold`` → ``machineDetectionSpeechThreshold``: milliseconds of speech that indicate a machine (Twilio only)
    * ``machine_detection_speech_end_threshold`` → ``machineDetectionSpeechEndThreshold``: milliseconds of silence that end detection (Twilio only)
    * ``machine_detection_silence_timeout`` → ``machineDetectionSilenceTimeout``: milliseconds of initial silence before detection gives up (Twilio only)
    """

    TAG: ClassVar[str] = "Number"
    _KNOWN = frozenset({"sendDigits", "url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "byoc", "machineDetection", "amdStatusCallbackMethod", "amdStatusCallback", "machineDetectionTimeout", "machineDetectionSpeechThreshold", "machineDetectionSpeechEndThreshold", "machineDetectionSilenceTimeout"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        phone_number: BodyValue,
        *,
        send_digits: str | None = None,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        byoc: str | None = None,
        machine_detection: str | None = None,
        amd_status_callback_method: Literal["GET", "POST"] | None = None,
        amd_status_callback: str | None = None,
        machine_detection_timeout: int | None = None,
        machine_detection_speech_threshold: int | None = None,
        machine_detection_speech_end_threshold: int | None = None,
        machine_detection_silence_timeout: int | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Number(
            self,
            phone_number,
            send_digits,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            byoc,
            machine_detection,
            amd_status_callback_method,
            amd_status_callback,
            machine_detection_timeout,
            machine_detection_speech_threshold,
            machine_detection_speech_end_threshold,
            machine_detection_silence_timeout,
            kwargs,
        )

    @property
    def send_digits(self) -> str | None:
        """``sendDigits``: DTMF digits to send once the call connects; ``None`` when absent."""
        return _read(self, "sendDigits", ("s",), "DTMF digits (0-9, A-D, *, #, w, W)")

    @property
    def url(self) -> str | None:
        """``url``: URL of a document played to the called party; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> list[Literal["initiated", "ringing", "answered", "completed"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("initiated", "ringing", "answered", "completed",),)),
            "space-separated values from: initiated, ringing, answered, completed",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def byoc(self) -> str | None:
        """``byoc``: bring-your-own-carrier trunk; ``None`` when absent."""
        return _read(self, "byoc", ("s",), "text")

    @property
    def machine_detection(self) -> str | None:
        """``machineDetection``: answering machine detection mode; ``None`` when absent."""
        return _read(self, "machineDetection", ("s",), "text")

    @property
    def amd_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``amdStatusCallbackMethod``: HTTP method for the detection callback; ``None`` when absent."""
        return _read(self, "amdStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def amd_status_callback(self) -> str | None:
        """``amdStatusCallback``: URL notified of the answering machine detection result; ``None`` when absent."""
        return _read(self, "amdStatusCallback", ("s",), "a URL")

    @property
    def machine_detection_timeout(self) -> int | None:
        """``machineDetectionTimeout``: seconds to wait for answering machine detection; ``None`` when absent."""
        return _read(self, "machineDetectionTimeout", ("i",), "a non-negative integer")

    @property
    def machine_detection_speech_threshold(self) -> int | None:
        """``machineDetectionSpeechThreshold``: milliseconds of speech that indicate a machine; ``None`` when absent."""
        return _read(self, "machineDetectionSpeechThreshold", ("i",), "a non-negative integer")

    @property
    def machine_detection_speech_end_threshold(self) -> int | None:
        """``machineDetectionSpeechEndThreshold``: milliseconds of silence that end detection; ``None`` when absent."""
        return _read(self, "machineDetectionSpeechEndThreshold", ("i",), "a non-negative integer")

    @property
    def machine_detection_silence_timeout(self) -> int | None:
        """``machineDetectionSilenceTimeout``: milliseconds of initial silence before detection gives up; ``None`` when absent."""
        return _read(self, "machineDetectionSilenceTimeout", ("i",), "a non-negative integer")


class Conference(_VoiceElement):
    """<Conference>: A conference room to join.

    Attributes (keyword → XML name):

    * ``muted`` → ``muted``: join muted
    * ``beep`` → ``beep``: when to beep
    * ``start_conference_on_enter`` → ``startConferenceOnEnter``: start the conference when joining
    * ``end_conference_on_exit`` → ``endConferenceOnExit``: end the conference when leaving
    * ``wait_url`` → ``waitUrl``: URL of the document played while waiting
    * ``wait_method`` → ``waitMethod``: HTTP method for the wait URL
    * ``max_participants`` → ``maxParticipants``: most participants allowed
    * ``record`` → ``record``: recording mode
    * ``recording_configuration_id`` → ``recordingConfigurationId``: recording configuration to apply (Twilio only)
    * ``region`` → ``region``: media region (Twilio only)
    * ``coach`` → ``coach``: call SID of the participant to coach
    * ``trim`` → ``trim``: whether to trim leading and trailing silence from the recording
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``recording_status_callback`` → ``recordingStatusCallback``: URL notified when the recording changes state
    * ``recording_status_callback_method`` → ``recordingStatusCallbackMethod``: HTTP method for the recording status callback
    * ``recording_status_callback_event`` → ``recordingStatusCallbackEvent``: recording events that trigger the recording status callback
    * ``event_callback_url`` → ``eventCallbackUrl``: URL notified of conference events
    * ``jitter_buffer_size`` → ``jitterBufferSize``: jitter buffer size (Twilio only)
    * ``participant_label`` → ``participantLabel``: label of the participant (Twilio only)
    * ``stream_url`` → ``streamUrl``: wss:// URL the conference audio streams to (SignalWire only)
    """

    TAG: ClassVar[str] = "Conference"
    _KNOWN = frozenset({"muted", "beep", "startConferenceOnEnter", "endConferenceOnExit", "waitUrl", "waitMethod", "maxParticipants", "record", "recordingConfigurationId", "region", "coach", "trim", "statusCallbackEvent", "statusCallback", "statusCallbackMethod", "recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "eventCallbackUrl", "jitterBufferSize", "participantLabel", "streamUrl"})
    _CHILDREN = frozenset({"Stream"})
    _TEXT = True

    def __init__(
        self,
        name: BodyValue,
        *,
        muted: bool | None = None,
        beep: bool | Literal["onEnter", "onExit"] | None = None,
        start_conference_on_enter: bool | None = None,
        end_conference_on_exit: bool | None = None,
        wait_url: str | None = None,
        wait_method: Literal["GET", "POST"] | None = None,
        max_participants: int | None = None,
        record: Literal["do-not-record", "record-from-start"] | None = None,
        recording_configuration_id: str | None = None,
        region: str | None = None,
        coach: str | None = None,
        trim: Literal["trim-silence", "do-not-trim"] | None = None,
        status_callback_event: Literal["start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement"] | Sequence[Literal["start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback_event: Literal["in-progress", "completed", "failed", "absent", "in-progress completed", "in-progress failed", "in-progress absent", "completed failed", "completed absent", "failed absent", "in-progress completed failed", "in-progress completed absent", "in-progress failed absent", "completed failed absent", "in-progress completed failed absent"] | Sequence[Literal["in-progress", "completed", "failed", "absent"]] | None = None,
        event_callback_url: str | None = None,
        jitter_buffer_size: str | None = None,
        participant_label: str | None = None,
        stream_url: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Conference(
            self,
            name,
            muted,
            beep,
            start_conference_on_enter,
            end_conference_on_exit,
            wait_url,
            wait_method,
            max_participants,
            record,
            recording_configuration_id,
            region,
            coach,
            trim,
            status_callback_event,
            status_callback,
            status_callback_method,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            event_callback_url,
            jitter_buffer_size,
            participant_label,
            stream_url,
            kwargs,
        )

    stream = _add_ConferenceStream

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            ConferenceStream
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[ConferenceStream | GenericNode]: ...

    @property
    def muted(self) -> bool | None:
        """``muted``: join muted; ``None`` when absent."""
        return _read(self, "muted", ("b",), "true or false")

    @property
    def beep(self) -> bool | Literal["onEnter", "onExit"] | None:
        """``beep``: when to beep; ``None`` when absent."""
        return _read(
            self,
            "beep",
            ("b", ("onEnter", "onExit",)),
            "one of true, false, onEnter, onExit",
        )

    @property
    def start_conference_on_enter(self) -> bool | None:
        """``startConferenceOnEnter``: start the conference when joining; ``None`` when absent."""
        return _read(self, "startConferenceOnEnter", ("b",), "true or false")

    @property
    def end_conference_on_exit(self) -> bool | None:
        """``endConferenceOnExit``: end the conference when leaving; ``None`` when absent."""
        return _read(self, "endConferenceOnExit", ("b",), "true or false")

    @property
    def wait_url(self) -> str | None:
        """``waitUrl``: URL of the document played while waiting; ``None`` when absent."""
        return _read(self, "waitUrl", ("s",), "a URL, or empty for none")

    @property
    def wait_method(self) -> Literal["GET", "POST"] | None:
        """``waitMethod``: HTTP method for the wait URL; ``None`` when absent."""
        return _read(self, "waitMethod", (("GET", "POST",),), "GET or POST")

    @property
    def max_participants(self) -> int | None:
        """``maxParticipants``: most participants allowed; ``None`` when absent."""
        return _read(self, "maxParticipants", ("i",), "a positive integer")

    @property
    def record(self) -> Literal["do-not-record", "record-from-start"] | None:
        """``record``: recording mode; ``None`` when absent."""
        return _read(
            self,
            "record",
            (("do-not-record", "record-from-start",),),
            "one of do-not-record, record-from-start",
        )

    @property
    def recording_configuration_id(self) -> str | None:
        """``recordingConfigurationId``: recording configuration to apply; ``None`` when absent."""
        return _read(self, "recordingConfigurationId", ("s",), "text")

    @property
    def region(self) -> str | None:
        """``region``: media region; ``None`` when absent."""
        return _read(self, "region", ("s",), "text")

    @property
    def coach(self) -> str | None:
        """``coach``: call SID of the participant to coach; ``None`` when absent."""
        return _read(self, "coach", ("s",), "text")

    @property
    def trim(self) -> Literal["trim-silence", "do-not-trim"] | None:
        """``trim``: whether to trim leading and trailing silence from the recording; ``None`` when absent."""
        return _read(
            self,
            "trim",
            (("trim-silence", "do-not-trim",),),
            "one of trim-silence, do-not-trim",
        )

    @property
    def status_callback_event(self) -> list[Literal["start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("start", "end", "join", "leave", "mute", "hold", "speaker", "modify", "announcement",),)),
            "space-separated values from: start, end, join, leave, mute, hold, speaker or space-separated values from: start, end, join, leave, mute, hold, modify, speaker, announcement",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback(self) -> str | None:
        """``recordingStatusCallback``: URL notified when the recording changes state; ``None`` when absent."""
        return _read(self, "recordingStatusCallback", ("s",), "a URL")

    @property
    def recording_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``recordingStatusCallbackMethod``: HTTP method for the recording status callback; ``None`` when absent."""
        return _read(self, "recordingStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback_event(self) -> list[Literal["in-progress", "completed", "failed", "absent"]] | None:
        """``recordingStatusCallbackEvent``: recording events that trigger the recording status callback; ``None`` when absent."""
        return _read(
            self,
            "recordingStatusCallbackEvent",
            ("l", " ", (("in-progress", "completed", "failed", "absent",),)),
            "space-separated values from: in-progress, completed, failed or space-separated values from: in-progress, completed, absent, failed",
        )

    @property
    def event_callback_url(self) -> str | None:
        """``eventCallbackUrl``: URL notified of conference events; ``None`` when absent."""
        return _read(self, "eventCallbackUrl", ("s",), "a URL")

    @property
    def jitter_buffer_size(self) -> str | None:
        """``jitterBufferSize``: jitter buffer size; ``None`` when absent."""
        return _read(self, "jitterBufferSize", ("s",), "text")

    @property
    def participant_label(self) -> str | None:
        """``participantLabel``: label of the participant; ``None`` when absent."""
        return _read(self, "participantLabel", ("s",), "text")

    @property
    def stream_url(self) -> str | None:
        """``streamUrl``: wss:// URL the conference audio streams to; ``None`` when absent."""
        return _read(self, "streamUrl", ("s",), "a URL")


class ConferenceStream(_VoiceElement):
    """<Stream>: Streams a conference's audio to a WebSocket server. (SignalWire only)

    Attributes (keyword → XML name):

    * ``name`` → ``name``: unique name of the stream
    * ``url`` → ``url``: wss:// URL of the WebSocket server (no query string)
    * ``track`` → ``track``: which audio track to use
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``auth_bearer_token`` → ``authBearerToken``: bearer token sent to the server
    * ``codec`` → ``codec``: audio codec and rate
    * ``realtime`` → ``realtime``: send audio in real time, without buffering
    * ``bidir`` → ``bidir``: stream in both directions
    * ``stream_ssl_validate_certificate`` → ``streamSslValidateCertificate``: check the server's TLS certificate
    * ``stream_start_conference_on_enter`` → ``streamStartConferenceOnEnter``: start the conference when the stream joins
    """

    TAG: ClassVar[str] = "Stream"
    _KNOWN = frozenset({"name", "url", "track", "statusCallback", "statusCallbackMethod", "authBearerToken", "codec", "realtime", "bidir", "streamSslValidateCertificate", "streamStartConferenceOnEnter"})
    _CHILDREN = frozenset({"Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        track: Literal["inbound_track", "outbound_track", "both_tracks"] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        auth_bearer_token: str | None = None,
        codec: Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None = None,
        realtime: bool | None = None,
        bidir: bool | None = None,
        stream_ssl_validate_certificate: bool | None = None,
        stream_start_conference_on_enter: bool | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_ConferenceStream(
            self,
            name,
            url,
            track,
            status_callback,
            status_callback_method,
            auth_bearer_token,
            codec,
            realtime,
            bidir,
            stream_ssl_validate_certificate,
            stream_start_conference_on_enter,
            kwargs,
        )

    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Parameter | GenericNode]: ...

    @property
    def name_attr(self) -> str | None:
        """``name``: unique name of the stream; ``None`` when absent."""
        return _read(self, "name", ("s",), "non-empty text")

    @property
    def url(self) -> str | None:
        """``url``: wss:// URL of the WebSocket server (no query string); ``None`` when absent."""
        return _read(self, "url", ("s",), "a wss:// URL without a query string")

    @property
    def track(self) -> Literal["inbound_track", "outbound_track", "both_tracks"] | None:
        """``track``: which audio track to use; ``None`` when absent."""
        return _read(
            self,
            "track",
            (("inbound_track", "outbound_track", "both_tracks",),),
            "one of inbound_track, outbound_track, both_tracks",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def auth_bearer_token(self) -> str | None:
        """``authBearerToken``: bearer token sent to the server; ``None`` when absent."""
        return _read(self, "authBearerToken", ("s",), "text")

    @property
    def codec(self) -> Literal["PCMU@8000h", "L16@16000h", "L16@24000h"] | None:
        """``codec``: audio codec and rate; ``None`` when absent."""
        return _read(
            self,
            "codec",
            (("PCMU@8000h", "L16@16000h", "L16@24000h",),),
            "one of PCMU@8000h, L16@16000h, L16@24000h",
        )

    @property
    def realtime(self) -> bool | None:
        """``realtime``: send audio in real time, without buffering; ``None`` when absent."""
        return _read(self, "realtime", ("b",), "true or false")

    @property
    def bidir(self) -> bool | None:
        """``bidir``: stream in both directions; ``None`` when absent."""
        return _read(self, "bidir", ("b",), "true or false")

    @property
    def stream_ssl_validate_certificate(self) -> bool | None:
        """``streamSslValidateCertificate``: check the server's TLS certificate; ``None`` when absent."""
        return _read(self, "streamSslValidateCertificate", ("b",), "true or false")

    @property
    def stream_start_conference_on_enter(self) -> bool | None:
        """``streamStartConferenceOnEnter``: start the conference when the stream joins; ``None`` when absent."""
        return _read(self, "streamStartConferenceOnEnter", ("b",), "true or false")


class Client(_VoiceElement):
    """<Client>: A client application user to dial. (Twilio only)

    Attributes (keyword → XML name):

    * ``url`` → ``url``: URL of the document or resource
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    """

    TAG: ClassVar[str] = "Client"
    _KNOWN = frozenset({"url", "method", "statusCallbackEvent", "statusCallback", "statusCallbackMethod"})
    _CHILDREN = frozenset({"Identity", "Parameter"})
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        identity: BodyValue | None = None,
        *,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        status_callback_event: Literal["initiated", "ringing", "answered", "completed", "initiated ringing", "initiated answered", "initiated completed", "ringing answered", "ringing completed", "answered completed", "initiated ringing answered", "initiated ringing completed", "initiated answered completed", "ringing answered completed", "initiated ringing answered completed"] | Sequence[Literal["initiated", "ringing", "answered", "completed"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Client(
            self,
            identity,
            url,
            method,
            status_callback_event,
            status_callback,
            status_callback_method,
            kwargs,
        )

    identity = _add_Identity
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Identity
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Identity | Parameter | GenericNode]: ...

    @property
    def url(self) -> str | None:
        """``url``: URL of the document or resource; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> list[Literal["initiated", "ringing", "answered", "completed"]] | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(
            self,
            "statusCallbackEvent",
            ("l", " ", (("initiated", "ringing", "answered", "completed",),)),
            "space-separated values from: initiated, ringing, answered, completed",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")


class Identity(_VoiceElement):
    """<Identity>: The identity of the client to dial. (Twilio only)
    """

    TAG: ClassVar[str] = "Identity"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, client_identity: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Identity(self, client_identity, kwargs)


class Connect(_VoiceElement):
    """<Connect>: Connects the call to a stream, room or agent for the rest of the call.

    Attributes (keyword → XML name):

    * ``action`` → ``action``: URL requested when the verb completes; its response replaces this document
    * ``method`` → ``method``: HTTP method for the action or URL request
    """

    TAG: ClassVar[str] = "Connect"
    _KNOWN = frozenset({"action", "method"})
    _CHILDREN = frozenset({"AiSession", "Autopilot", "Conversation", "ConversationRelay", "ConversationRelaySession", "Room", "Stream", "VirtualAgent"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        action: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Connect(self, action, method, kwargs)

    room = _add_Room
    autopilot = _add_Autopilot
    stream = _add_Stream
    virtual_agent = _add_VirtualAgent
    conversation = _add_Conversation
    conversation_relay = _add_ConversationRelay
    ai_session = _add_AiSession
    conversation_relay_session = _add_ConversationRelaySession

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Room
            | Autopilot
            | Stream
            | VirtualAgent
            | Conversation
            | ConversationRelay
            | AiSession
            | ConversationRelaySession
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[
            Room
            | Autopilot
            | Stream
            | VirtualAgent
            | Conversation
            | ConversationRelay
            | AiSession
            | ConversationRelaySession
            | GenericNode
        ]: ...

    @property
    def action(self) -> str | None:
        """``action``: URL requested when the verb completes; its response replaces this document; ``None`` when absent."""
        return _read(self, "action", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")


class ConversationRelaySession(_VoiceElement):
    """<ConversationRelaySession>: A conversation relay session. (Twilio only)

    Attributes (keyword → XML name):

    * ``connector`` → ``connector``
    * ``session_configuration`` → ``sessionConfiguration``
    """

    TAG: ClassVar[str] = "ConversationRelaySession"
    _KNOWN = frozenset({"connector", "sessionConfiguration"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        connector: str | None = None,
        session_configuration: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_ConversationRelaySession(self, connector, session_configuration, kwargs)

    @property
    def connector(self) -> str | None:
        """``connector``; ``None`` when absent."""
        return _read(self, "connector", ("s",), "text")

    @property
    def session_configuration(self) -> str | None:
        """``sessionConfiguration``; ``None`` when absent."""
        return _read(self, "sessionConfiguration", ("s",), "text")


class AiSession(_VoiceElement):
    """<AiSession>: An AI session. (Twilio only)

    Attributes (keyword → XML name):

    * ``ai_connector`` → ``aiConnector``
    * ``ai_session_configuration`` → ``aiSessionConfiguration``
    """

    TAG: ClassVar[str] = "AiSession"
    _KNOWN = frozenset({"aiConnector", "aiSessionConfiguration"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        ai_connector: str | None = None,
        ai_session_configuration: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_AiSession(self, ai_connector, ai_session_configuration, kwargs)

    @property
    def ai_connector(self) -> str | None:
        """``aiConnector``; ``None`` when absent."""
        return _read(self, "aiConnector", ("s",), "text")

    @property
    def ai_session_configuration(self) -> str | None:
        """``aiSessionConfiguration``; ``None`` when absent."""
        return _read(self, "aiSessionConfiguration", ("s",), "text")


class ConversationRelay(_VoiceElement):
    """<ConversationRelay>: Relays the conversation to an AI application over a WebSocket. (Twilio only)

    Attributes (keyword → XML name):

    * ``url`` → ``url``: URL of the document or resource
    * ``language`` → ``language``: language and locale, such as en-US
    * ``tts_language`` → ``ttsLanguage``
    * ``transcription_language`` → ``transcriptionLanguage``
    * ``tts_provider`` → ``ttsProvider``
    * ``voice`` → ``voice``: voice that speaks the text
    * ``transcription_provider`` → ``transcriptionProvider``
    * ``speech_model`` → ``speechModel``: speech recognition model
    * ``profanity_filter`` → ``profanityFilter``: mask profanity in speech results
    * ``dtmf_detection`` → ``dtmfDetection``
    * ``welcome_greeting`` → ``welcomeGreeting``
    * ``partial_prompts`` → ``partialPrompts``
    * ``welcome_greeting_interruptible`` → ``welcomeGreetingInterruptible``
    * ``interruptible`` → ``interruptible``
    * ``preemptible`` → ``preemptible``
    * ``hints`` → ``hints``: words or phrases likely to be spoken, comma-separated
    * ``intelligence_service`` → ``intelligenceService``
    * ``report_input_during_agent_speech`` → ``reportInputDuringAgentSpeech``
    * ``elevenlabs_text_normalization`` → ``elevenlabsTextNormalization``
    * ``interrupt_sensitivity`` → ``interruptSensitivity``
    * ``debug`` → ``debug``: enable debugging output
    * ``backgroundNoiseReduction`` → ``backgroundNoiseReduction``
    * ``speechTimeout`` → ``speechTimeout``
    * ``deepgramSmartFormat`` → ``deepgramSmartFormat``
    * ``ignoreBackchannel`` → ``ignoreBackchannel``
    * ``events`` → ``events``: events to report
    * ``partial_prompt_on_hangup`` → ``partialPromptOnHangup``
    * ``eager_eot_threshold`` → ``eagerEotThreshold``
    * ``asr_smart_format`` → ``asrSmartFormat``
    * ``tts_text_normalization`` → ``ttsTextNormalization``
    * ``tts_language_text_normalization`` → ``ttsLanguageTextNormalization``
    * ``elevenlabs_language_text_normalization`` → ``elevenlabsLanguageTextNormalization``
    * ``include_in_prompt`` → ``includeInPrompt``
    * ``customer_name`` → ``customerName``
    * ``application_reconnect`` → ``applicationReconnect``
    * ``echo_prompt_filtering`` → ``echoPromptFiltering``
    * ``turn_detection`` → ``turnDetection``
    """

    TAG: ClassVar[str] = "ConversationRelay"
    _KNOWN = frozenset({"url", "language", "ttsLanguage", "transcriptionLanguage", "ttsProvider", "voice", "transcriptionProvider", "speechModel", "profanityFilter", "dtmfDetection", "welcomeGreeting", "partialPrompts", "welcomeGreetingInterruptible", "interruptible", "preemptible", "hints", "intelligenceService", "reportInputDuringAgentSpeech", "elevenlabsTextNormalization", "interruptSensitivity", "debug", "backgroundNoiseReduction", "speechTimeout", "deepgramSmartFormat", "ignoreBackchannel", "events", "partialPromptOnHangup", "eagerEotThreshold", "asrSmartFormat", "ttsTextNormalization", "ttsLanguageTextNormalization", "elevenlabsLanguageTextNormalization", "includeInPrompt", "customerName", "applicationReconnect", "echoPromptFiltering", "turnDetection"})
    _CHILDREN = frozenset({"Language", "Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        url: str | None = None,
        language: str | None = None,
        tts_language: str | None = None,
        transcription_language: str | None = None,
        tts_provider: str | None = None,
        voice: str | None = None,
        transcription_provider: str | None = None,
        speech_model: str | None = None,
        profanity_filter: bool | None = None,
        dtmf_detection: bool | None = None,
        welcome_greeting: str | None = None,
        partial_prompts: bool | None = None,
        welcome_greeting_interruptible: str | None = None,
        interruptible: str | None = None,
        preemptible: bool | None = None,
        hints: str | Sequence[str] | None = None,
        intelligence_service: str | None = None,
        report_input_during_agent_speech: str | None = None,
        elevenlabs_text_normalization: str | None = None,
        interrupt_sensitivity: str | None = None,
        debug: str | None = None,
        backgroundNoiseReduction: str | None = None,
        speechTimeout: str | None = None,
        deepgramSmartFormat: str | None = None,
        ignoreBackchannel: str | None = None,
        events: str | None = None,
        partial_prompt_on_hangup: str | None = None,
        eager_eot_threshold: str | None = None,
        asr_smart_format: str | None = None,
        tts_text_normalization: str | None = None,
        tts_language_text_normalization: str | None = None,
        elevenlabs_language_text_normalization: str | None = None,
        include_in_prompt: str | None = None,
        customer_name: str | None = None,
        application_reconnect: str | None = None,
        echo_prompt_filtering: str | None = None,
        turn_detection: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_ConversationRelay(
            self,
            url,
            language,
            tts_language,
            transcription_language,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            profanity_filter,
            dtmf_detection,
            welcome_greeting,
            partial_prompts,
            welcome_greeting_interruptible,
            interruptible,
            preemptible,
            hints,
            intelligence_service,
            report_input_during_agent_speech,
            elevenlabs_text_normalization,
            interrupt_sensitivity,
            debug,
            backgroundNoiseReduction,
            speechTimeout,
            deepgramSmartFormat,
            ignoreBackchannel,
            events,
            partial_prompt_on_hangup,
            eager_eot_threshold,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            elevenlabs_language_text_normalization,
            include_in_prompt,
            customer_name,
            application_reconnect,
            echo_prompt_filtering,
            turn_detection,
            kwargs,
        )

    language = _add_Language
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Language
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Language | Parameter | GenericNode]: ...

    @property
    def url(self) -> str | None:
        """``url``: URL of the document or resource; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def language_attr(self) -> str | None:
        """``language``: language and locale, such as en-US; ``None`` when absent."""
        return _read(self, "language", ("s",), "text")

    @property
    def tts_language(self) -> str | None:
        """``ttsLanguage``; ``None`` when absent."""
        return _read(self, "ttsLanguage", ("s",), "text")

    @property
    def transcription_language(self) -> str | None:
        """``transcriptionLanguage``; ``None`` when absent."""
        return _read(self, "transcriptionLanguage", ("s",), "text")

    @property
    def tts_provider(self) -> str | None:
        """``ttsProvider``; ``None`` when absent."""
        return _read(self, "ttsProvider", ("s",), "text")

    @property
    def voice(self) -> str | None:
        """``voice``: voice that speaks the text; ``None`` when absent."""
        return _read(self, "voice", ("s",), "text")

    @property
    def transcription_provider(self) -> str | None:
        """``transcriptionProvider``; ``None`` when absent."""
        return _read(self, "transcriptionProvider", ("s",), "text")

    @property
    def speech_model(self) -> str | None:
        """``speechModel``: speech recognition model; ``None`` when absent."""
        return _read(self, "speechModel", ("s",), "text")

    @property
    def profanity_filter(self) -> bool | None:
        """``profanityFilter``: mask profanity in speech results; ``None`` when absent."""
        return _read(self, "profanityFilter", ("b",), "true or false")

    @property
    def dtmf_detection(self) -> bool | None:
        """``dtmfDetection``; ``None`` when absent."""
        return _read(self, "dtmfDetection", ("b",), "true or false")

    @property
    def welcome_greeting(self) -> str | None:
        """``welcomeGreeting``; ``None`` when absent."""
        return _read(self, "welcomeGreeting", ("s",), "text")

    @property
    def partial_prompts(self) -> bool | None:
        """``partialPrompts``; ``None`` when absent."""
        return _read(self, "partialPrompts", ("b",), "true or false")

    @property
    def welcome_greeting_interruptible(self) -> str | None:
        """``welcomeGreetingInterruptible``; ``None`` when absent."""
        return _read(self, "welcomeGreetingInterruptible", ("s",), "text")

    @property
    def interruptible(self) -> str | None:
        """``interruptible``; ``None`` when absent."""
        return _read(self, "interruptible", ("s",), "text")

    @property
    def preemptible(self) -> bool | None:
        """``preemptible``; ``None`` when absent."""
        return _read(self, "preemptible", ("b",), "true or false")

    @property
    def hints(self) -> list[str] | None:
        """``hints``: words or phrases likely to be spoken, comma-separated; ``None`` when absent."""
        return _read(self, "hints", ("l", ",", ("s",)), "a comma-separated list of phrases")

    @property
    def intelligence_service(self) -> str | None:
        """``intelligenceService``; ``None`` when absent."""
        return _read(self, "intelligenceService", ("s",), "text")

    @property
    def report_input_during_agent_speech(self) -> str | None:
        """``reportInputDuringAgentSpeech``; ``None`` when absent."""
        return _read(self, "reportInputDuringAgentSpeech", ("s",), "text")

    @property
    def elevenlabs_text_normalization(self) -> str | None:
        """``elevenlabsTextNormalization``; ``None`` when absent."""
        return _read(self, "elevenlabsTextNormalization", ("s",), "text")

    @property
    def interrupt_sensitivity(self) -> str | None:
        """``interruptSensitivity``; ``None`` when absent."""
        return _read(self, "interruptSensitivity", ("s",), "text")

    @property
    def debug(self) -> str | None:
        """``debug``: enable debugging output; ``None`` when absent."""
        return _read(self, "debug", ("s",), "text")

    @property
    def backgroundNoiseReduction(self) -> str | None:
        """``backgroundNoiseReduction``; ``None`` when absent."""
        return _read(self, "backgroundNoiseReduction", ("s",), "text")

    @property
    def speechTimeout(self) -> str | None:
        """``speechTimeout``; ``None`` when absent."""
        return _read(self, "speechTimeout", ("s",), "text")

    @property
    def deepgramSmartFormat(self) -> str | None:
        """``deepgramSmartFormat``; ``None`` when absent."""
        return _read(self, "deepgramSmartFormat", ("s",), "text")

    @property
    def ignoreBackchannel(self) -> str | None:
        """``ignoreBackchannel``; ``None`` when absent."""
        return _read(self, "ignoreBackchannel", ("s",), "text")

    @property
    def events(self) -> str | None:
        """``events``: events to report; ``None`` when absent."""
        return _read(self, "events", ("s",), "text")

    @property
    def partial_prompt_on_hangup(self) -> str | None:
        """``partialPromptOnHangup``; ``None`` when absent."""
        return _read(self, "partialPromptOnHangup", ("s",), "text")

    @property
    def eager_eot_threshold(self) -> str | None:
        """``eagerEotThreshold``; ``None`` when absent."""
        return _read(self, "eagerEotThreshold", ("s",), "text")

    @property
    def asr_smart_format(self) -> str | None:
        """``asrSmartFormat``; ``None`` when absent."""
        return _read(self, "asrSmartFormat", ("s",), "text")

    @property
    def tts_text_normalization(self) -> str | None:
        """``ttsTextNormalization``; ``None`` when absent."""
        return _read(self, "ttsTextNormalization", ("s",), "text")

    @property
    def tts_language_text_normalization(self) -> str | None:
        """``ttsLanguageTextNormalization``; ``None`` when absent."""
        return _read(self, "ttsLanguageTextNormalization", ("s",), "text")

    @property
    def elevenlabs_language_text_normalization(self) -> str | None:
        """``elevenlabsLanguageTextNormalization``; ``None`` when absent."""
        return _read(self, "elevenlabsLanguageTextNormalization", ("s",), "text")

    @property
    def include_in_prompt(self) -> str | None:
        """``includeInPrompt``; ``None`` when absent."""
        return _read(self, "includeInPrompt", ("s",), "text")

    @property
    def customer_name(self) -> str | None:
        """``customerName``; ``None`` when absent."""
        return _read(self, "customerName", ("s",), "text")

    @property
    def application_reconnect(self) -> str | None:
        """``applicationReconnect``; ``None`` when absent."""
        return _read(self, "applicationReconnect", ("s",), "text")

    @property
    def echo_prompt_filtering(self) -> str | None:
        """``echoPromptFiltering``; ``None`` when absent."""
        return _read(self, "echoPromptFiltering", ("s",), "text")

    @property
    def turn_detection(self) -> str | None:
        """``turnDetection``; ``None`` when absent."""
        return _read(self, "turnDetection", ("s",), "text")


class Language(_VoiceElement):
    """<Language>: Speech settings for one language of a <ConversationRelay>. (Twilio only)

    Attributes (keyword → XML name):

    * ``code`` → ``code``: language code
    * ``tts_provider`` → ``ttsProvider``
    * ``voice`` → ``voice``: voice that speaks the text
    * ``transcription_provider`` → ``transcriptionProvider``
    * ``speech_model`` → ``speechModel``: speech recognition model
    * ``hints`` → ``hints``: words or phrases likely to be spoken, comma-separated
    * ``asr_smart_format`` → ``asrSmartFormat``
    * ``tts_text_normalization`` → ``ttsTextNormalization``
    * ``tts_language_text_normalization`` → ``ttsLanguageTextNormalization``
    """

    TAG: ClassVar[str] = "Language"
    _KNOWN = frozenset({"code", "ttsProvider", "voice", "transcriptionProvider", "speechModel", "hints", "asrSmartFormat", "ttsTextNormalization", "ttsLanguageTextNormalization"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        code: str | None = None,
        tts_provider: str | None = None,
        voice: str | None = None,
        transcription_provider: str | None = None,
        speech_model: str | None = None,
        hints: str | Sequence[str] | None = None,
        asr_smart_format: str | None = None,
        tts_text_normalization: str | None = None,
        tts_language_text_normalization: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Language(
            self,
            code,
            tts_provider,
            voice,
            transcription_provider,
            speech_model,
            hints,
            asr_smart_format,
            tts_text_normalization,
            tts_language_text_normalization,
            kwargs,
        )

    @property
    def code(self) -> str | None:
        """``code``: language code; ``None`` when absent."""
        return _read(self, "code", ("s",), "text")

    @property
    def tts_provider(self) -> str | None:
        """``ttsProvider``; ``None`` when absent."""
        return _read(self, "ttsProvider", ("s",), "text")

    @property
    def voice(self) -> str | None:
        """``voice``: voice that speaks the text; ``None`` when absent."""
        return _read(self, "voice", ("s",), "text")

    @property
    def transcription_provider(self) -> str | None:
        """``transcriptionProvider``; ``None`` when absent."""
        return _read(self, "transcriptionProvider", ("s",), "text")

    @property
    def speech_model(self) -> str | None:
        """``speechModel``: speech recognition model; ``None`` when absent."""
        return _read(self, "speechModel", ("s",), "text")

    @property
    def hints(self) -> list[str] | None:
        """``hints``: words or phrases likely to be spoken, comma-separated; ``None`` when absent."""
        return _read(self, "hints", ("l", ",", ("s",)), "a comma-separated list of phrases")

    @property
    def asr_smart_format(self) -> str | None:
        """``asrSmartFormat``; ``None`` when absent."""
        return _read(self, "asrSmartFormat", ("s",), "text")

    @property
    def tts_text_normalization(self) -> str | None:
        """``ttsTextNormalization``; ``None`` when absent."""
        return _read(self, "ttsTextNormalization", ("s",), "text")

    @property
    def tts_language_text_normalization(self) -> str | None:
        """``ttsLanguageTextNormalization``; ``None`` when absent."""
        return _read(self, "ttsLanguageTextNormalization", ("s",), "text")


class Conversation(_VoiceElement):
    """<Conversation>: Connects the call to a conversation. (Twilio only)

    Attributes (keyword → XML name):

    * ``service_instance_sid`` → ``serviceInstanceSid``
    * ``inbound_autocreation`` → ``inboundAutocreation``
    * ``routing_assignment_timeout`` → ``routingAssignmentTimeout``
    * ``inbound_timeout`` → ``inboundTimeout``
    * ``url`` → ``url``: URL of the document or resource
    * ``method`` → ``method``: HTTP method for the action or URL request
    * ``record`` → ``record``: recording mode
    * ``trim`` → ``trim``: whether to trim leading and trailing silence from the recording
    * ``recording_status_callback`` → ``recordingStatusCallback``: URL notified when the recording changes state
    * ``recording_status_callback_method`` → ``recordingStatusCallbackMethod``: HTTP method for the recording status callback
    * ``recording_status_callback_event`` → ``recordingStatusCallbackEvent``: recording events that trigger the recording status callback
    * ``status_callback`` → ``statusCallback``: URL notified of status changes
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback
    * ``status_callback_event`` → ``statusCallbackEvent``: events that trigger the status callback
    """

    TAG: ClassVar[str] = "Conversation"
    _KNOWN = frozenset({"serviceInstanceSid", "inboundAutocreation", "routingAssignmentTimeout", "inboundTimeout", "url", "method", "record", "trim", "recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "statusCallback", "statusCallbackMethod", "statusCallbackEvent"})
    _CHILDREN = frozenset()
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        service_instance_sid: str | None = None,
        inbound_autocreation: bool | None = None,
        routing_assignment_timeout: int | None = None,
        inbound_timeout: int | None = None,
        url: str | None = None,
        method: Literal["GET", "POST"] | None = None,
        record: str | None = None,
        trim: Literal["trim-silence", "do-not-trim"] | None = None,
        recording_status_callback: str | None = None,
        recording_status_callback_method: Literal["GET", "POST"] | None = None,
        recording_status_callback_event: Literal["in-progress", "completed", "absent", "in-progress completed", "in-progress absent", "completed in-progress", "completed absent", "absent in-progress", "absent completed", "in-progress completed absent", "in-progress absent completed", "completed in-progress absent", "completed absent in-progress", "absent in-progress completed", "absent completed in-progress"] | Sequence[Literal["in-progress", "completed", "absent"]] | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        status_callback_event: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Conversation(
            self,
            service_instance_sid,
            inbound_autocreation,
            routing_assignment_timeout,
            inbound_timeout,
            url,
            method,
            record,
            trim,
            recording_status_callback,
            recording_status_callback_method,
            recording_status_callback_event,
            status_callback,
            status_callback_method,
            status_callback_event,
            kwargs,
        )

    @property
    def service_instance_sid(self) -> str | None:
        """``serviceInstanceSid``; ``None`` when absent."""
        return _read(self, "serviceInstanceSid", ("s",), "text")

    @property
    def inbound_autocreation(self) -> bool | None:
        """``inboundAutocreation``; ``None`` when absent."""
        return _read(self, "inboundAutocreation", ("b",), "true or false")

    @property
    def routing_assignment_timeout(self) -> int | None:
        """``routingAssignmentTimeout``; ``None`` when absent."""
        return _read(self, "routingAssignmentTimeout", ("i",), "a non-negative integer")

    @property
    def inbound_timeout(self) -> int | None:
        """``inboundTimeout``; ``None`` when absent."""
        return _read(self, "inboundTimeout", ("i",), "a non-negative integer")

    @property
    def url(self) -> str | None:
        """``url``: URL of the document or resource; ``None`` when absent."""
        return _read(self, "url", ("s",), "a URL")

    @property
    def method(self) -> Literal["GET", "POST"] | None:
        """``method``: HTTP method for the action or URL request; ``None`` when absent."""
        return _read(self, "method", (("GET", "POST",),), "GET or POST")

    @property
    def record(self) -> str | None:
        """``record``: recording mode; ``None`` when absent."""
        return _read(self, "record", ("s",), "text")

    @property
    def trim(self) -> Literal["trim-silence", "do-not-trim"] | None:
        """``trim``: whether to trim leading and trailing silence from the recording; ``None`` when absent."""
        return _read(
            self,
            "trim",
            (("trim-silence", "do-not-trim",),),
            "one of trim-silence, do-not-trim",
        )

    @property
    def recording_status_callback(self) -> str | None:
        """``recordingStatusCallback``: URL notified when the recording changes state; ``None`` when absent."""
        return _read(self, "recordingStatusCallback", ("s",), "a URL")

    @property
    def recording_status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``recordingStatusCallbackMethod``: HTTP method for the recording status callback; ``None`` when absent."""
        return _read(self, "recordingStatusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def recording_status_callback_event(self) -> list[Literal["in-progress", "completed", "absent"]] | None:
        """``recordingStatusCallbackEvent``: recording events that trigger the recording status callback; ``None`` when absent."""
        return _read(
            self,
            "recordingStatusCallbackEvent",
            ("l", " ", (("in-progress", "completed", "absent",),)),
            "space-separated values from: in-progress, completed, absent",
        )

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")

    @property
    def status_callback_event(self) -> str | None:
        """``statusCallbackEvent``: events that trigger the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackEvent", ("s",), "text")


class VirtualAgent(_VoiceElement):
    """<VirtualAgent>: Connects the call to a virtual agent (deprecated).

    Attributes (keyword → XML name):

    * ``connector_name`` → ``connectorName``: name of the connector to use
    * ``language`` → ``language``: language and locale, such as en-US (Twilio only)
    * ``sentiment_analysis`` → ``sentimentAnalysis``: analyse sentiment (Twilio only)
    * ``status_callback`` → ``statusCallback``: URL notified of status changes (Twilio only)
    * ``status_callback_method`` → ``statusCallbackMethod``: HTTP method for the status callback (Twilio only)
    """

    TAG: ClassVar[str] = "VirtualAgent"
    _KNOWN = frozenset({"connectorName", "language", "sentimentAnalysis", "statusCallback", "statusCallbackMethod"})
    _CHILDREN = frozenset({"Config", "Parameter"})
    _TEXT = False
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        *,
        connector_name: str | None = None,
        language: str | None = None,
        sentiment_analysis: bool | None = None,
        status_callback: str | None = None,
        status_callback_method: Literal["GET", "POST"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_VirtualAgent(
            self,
            connector_name,
            language,
            sentiment_analysis,
            status_callback,
            status_callback_method,
            kwargs,
        )

    config = _add_Config
    parameter = _add_Parameter

    if TYPE_CHECKING:

        def __iter__(self) -> Iterator[
            Config
            | Parameter
            | GenericNode
            | Comment
            | ProcessingInstruction
        ]: ...

        @property
        def verbs(self) -> list[Config | Parameter | GenericNode]: ...

    @property
    def connector_name(self) -> str | None:
        """``connectorName``: name of the connector to use; ``None`` when absent."""
        return _read(self, "connectorName", ("s",), "non-empty text")

    @property
    def language(self) -> str | None:
        """``language``: language and locale, such as en-US; ``None`` when absent."""
        return _read(self, "language", ("s",), "text")

    @property
    def sentiment_analysis(self) -> bool | None:
        """``sentimentAnalysis``: analyse sentiment; ``None`` when absent."""
        return _read(self, "sentimentAnalysis", ("b",), "true or false")

    @property
    def status_callback(self) -> str | None:
        """``statusCallback``: URL notified of status changes; ``None`` when absent."""
        return _read(self, "statusCallback", ("s",), "a URL")

    @property
    def status_callback_method(self) -> Literal["GET", "POST"] | None:
        """``statusCallbackMethod``: HTTP method for the status callback; ``None`` when absent."""
        return _read(self, "statusCallbackMethod", (("GET", "POST",),), "GET or POST")


class Autopilot(_VoiceElement):
    """<Autopilot>: Connects the call to an Autopilot assistant. (Twilio only)
    """

    TAG: ClassVar[str] = "Autopilot"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, name: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Autopilot(self, name, kwargs)


class Room(_VoiceElement):
    """<Room>: A video room to connect the call to.

    Attributes (keyword → XML name):

    * ``participant_identity`` → ``participantIdentity``: identity of the participant (Twilio only)
    """

    TAG: ClassVar[str] = "Room"
    _KNOWN = frozenset({"participantIdentity"})
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(
        self,
        name: BodyValue,
        *,
        participant_identity: str | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Room(self, name, participant_identity, kwargs)

    @property
    def participant_identity(self) -> str | None:
        """``participantIdentity``: identity of the participant; ``None`` when absent."""
        return _read(self, "participantIdentity", ("s",), "text")


class Denoise(_VoiceElement):
    """<Denoise>: Turns noise reduction on the call on or off. (SignalWire only)
    """

    TAG: ClassVar[str] = "Denoise"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True
    _INIT_WITHOUT_ARGUMENTS = False

    def __init__(
        self,
        state: Literal["on", "off"] | None = None,
        **kwargs: Unpack[NoExtraKeywords],
    ) -> None:
        _fill_Denoise(self, state, kwargs)


class Verto(_VoiceElement):
    """<Verto>: A Verto (WebRTC) endpoint to dial. (SignalWire only)
    """

    TAG: ClassVar[str] = "Verto"
    _KNOWN = frozenset()
    _CHILDREN = frozenset()
    _TEXT = True

    def __init__(self, resource: BodyValue, **kwargs: Unpack[NoExtraKeywords]) -> None:
        _fill_Verto(self, resource, kwargs)


_CLASSES.register(
    (VoiceResponse, Refer, ReferSip, Stop, Transcription, Parameter, Config, Siprec, Stream, Start, Recording, Prompt, Pause, Play, Say, SsmlW, SsmlSub, SsmlSayAs, SsmlProsody, SsmlS, SsmlPhoneme, SsmlLang, SsmlP, SsmlEmphasis, SsmlBreak, Pay, Sms, Reject, Redirect, Record, Queue, Leave, Hangup, Gather, Enqueue, Task, Echo, Dial, WhatsApp, Application, ApplicationSid, Sip, Headers, Header, SipUri, Sim, Number, Conference, ConferenceStream, Client, Identity, Connect, ConversationRelaySession, AiSession, ConversationRelay, Language, Conversation, VirtualAgent, Autopilot, Room, Denoise, Verto,),
    {'Sip': {None: 'Sip', 'Refer': 'ReferSip'}, 'Stream': {None: 'Stream', 'Conference': 'ConferenceStream'}},
)
