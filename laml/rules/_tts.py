"""Voices and languages of text-to-speech and speech recognition, per platform.

The lists live in ``laml/data/voices.json`` and ``laml/data/languages.json``, each with its
sources; they are read on first use. :func:`voice_problem` and :func:`language_problem` say
what is wrong with a ``voice`` or ``language`` value, with a near miss to suggest;
:func:`voice_names` and :func:`language_codes` list what may be written (editors complete them).
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

from laml.rules.common import Problem

__all__ = [
    "language_codes",
    "language_problem",
    "voice_languages",
    "voice_names",
    "voice_problem",
]


#: The data files, in the package (read directly: cheaper to import than importlib.resources).
#: (``os.path``: ``pathlib`` and ``difflib`` stay out of ``laml lint``'s start-up.)
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


@cache
def _data(name: str) -> dict[str, Any]:
    import json

    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _voices() -> dict[str, Any]:
    return _data("voices.json")


def _languages() -> dict[str, Any]:
    return _data("languages.json")


@cache
def _polly() -> dict[str, dict[str, Any]]:
    voices: dict[str, dict[str, Any]] = _voices()["polly"]["voices"]
    return voices


@cache
def _polly_folded() -> dict[str, str]:
    return {name.casefold(): name for name in _polly()}


_TWILIO_FORMS = {"S": "", "N": "-Neural", "G": "-Generative"}


@cache
def _twilio_polly_names() -> tuple[str, ...]:
    """Every ``Polly.`` voice Twilio offers, spelled as Twilio spells it."""
    spellings: dict[str, str] = _voices()["polly"]["twilio_spellings"]
    names: list[str] = []
    for name, entry in _polly().items():
        for form in entry["twilio"]:
            suffix = name + _TWILIO_FORMS[form]
            names.append("Polly." + spellings.get(suffix, suffix))
    return tuple(names)


@cache
def _google_models() -> dict[str, list[str]]:
    models: dict[str, list[str]] = _voices()["google"]["models"]
    return models


_GOOGLE_TW = re.compile(r"Google\.([a-zA-Z]{2,3}-[a-zA-Z]{2})-(Standard|Wavenet|Neural2)-([A-Z])")
_CHIRP_TW = re.compile(r"Google\.([a-zA-Z]{2,3}-[a-zA-Z]{2})-Chirp3-HD-([A-Za-z]+)")
_POLLY_TW = re.compile(r"Polly\.([^\s.-]+)(?:-(Neural|Generative))?")
_ENGINE = re.compile(r"([A-Za-z][A-Za-z0-9-]*)\.(.+)")
#: a Google voice name: <language>-<REGION>-<model>-<variant> (variant: a letter or a name)
_GOOGLE_NAME = re.compile(r"[a-z]{2,3}-[a-z]{2,4}(-[a-z0-9]+)+", re.IGNORECASE)
_POLLY_SW = re.compile(
    r"([^\s.:-]+)(?:-(neural|generative))?(?::([a-z-]+))?(?::([a-z]{2,3}(?:-[a-z]{2,4})*))?",
    re.IGNORECASE,
)


def _near(value: str, candidates: tuple[str, ...] | list[str], cutoff: float = 0.75) -> str | None:
    folded = value.casefold()
    for candidate in candidates:
        if candidate.casefold() == folded:
            return candidate
    import difflib

    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=cutoff)
    if close:
        return close[0]
    lowered = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(folded, list(lowered), n=1, cutoff=cutoff)
    return lowered[close[0]] if close else None


def _unknown(value: str, candidates: tuple[str, ...] | list[str], what: str,
             fallback_hint: str) -> Problem:
    near = _near(value, candidates)
    if near is None:
        return Problem(f"unknown {what} {value!r}", fallback_hint)
    safe = near.casefold() == value.casefold()
    return Problem(f"unknown {what} {value!r}; did you mean {near!r}?",
                   "voice names are case-sensitive" if safe else None, near, safe)


def voice_problem(value: str, dialect: str) -> Problem | None:
    """What is wrong with ``<Say voice=value>`` in ``dialect``, or ``None``."""
    voice = value.strip()
    if not voice or "{{" in voice or "{%" in voice:
        return None
    if dialect == "twilio":
        return _twilio_voice(voice)
    return _signalwire_voice(voice)


def _twilio_voice(voice: str) -> Problem | None:
    basic = ("man", "woman", "alice")
    if voice in basic:
        return None
    if _POLLY_TW.fullmatch(voice) is not None:
        polly_names = _twilio_polly_names()
        if voice in polly_names:
            return None
        base = _base(voice)
        if base in _polly():
            offered = [n for n in polly_names if _base(n) == base]
            if not offered:
                return Problem(f"Twilio does not offer the Polly voice {base!r}",
                               "pick another voice of the same language")
            suffix = voice.split(".", 1)[1][len(voice.split(".", 1)[1].split("-", maxsplit=1)[0]):]
            spelled = [n for n in offered if n.endswith(suffix) and "-" in n] if suffix else []
            if spelled:
                return Problem(f"Twilio spells this voice {spelled[0]!r}", None, spelled[0],
                               True)
            near = _near(voice, offered) or offered[0]
            return Problem(f"Twilio offers {base} only as {', '.join(offered)}", None, near,
                           near.casefold() == voice.casefold())
    google = _GOOGLE_TW.fullmatch(voice)
    if google is not None:
        locale, model = google.group(1), google.group(2)
        locales = _google_models()[model]
        if locale in locales:
            return None
        closest = _near(locale, locales, 0.9)
        if closest is not None:
            fixed = voice.replace(locale, closest, 1)
            return Problem(f"unknown voice {voice!r}; did you mean {fixed!r}?", None, fixed,
                           closest.casefold() == locale.casefold())
        return Problem(f"Twilio has no {model} Google voice for {locale}",
                       f"{model} locales: {', '.join(locales[:8])} …")
    chirp = _CHIRP_TW.fullmatch(voice)
    if chirp is not None:
        locale, name = chirp.group(1), chirp.group(2)
        chirp_names: list[str] = _voices()["google"]["chirp3_hd_voices"]
        if locale in _google_models()["Chirp3-HD"] and name in chirp_names:
            return None
        return Problem(f"Twilio has no Chirp 3 HD voice {voice!r}",
                       f"Chirp 3 HD voices: {', '.join(chirp_names)}")
    engine = _ENGINE.fullmatch(voice)
    if engine is not None and engine.group(1).lower() in _sw_engines():
        if engine.group(1).lower() == "gcloud" and _GOOGLE_NAME.fullmatch(engine.group(2)):
            fixed = "Google." + engine.group(2)
            return Problem(f"{voice!r} is a SignalWire voice name; Twilio writes "
                           f"Google voices as {fixed!r}", None, fixed, False)
        if engine.group(1).lower() != "polly":
            return Problem(f"{voice!r} is a SignalWire voice identifier; Twilio does not "
                           "know it", "Twilio voices: man, woman, Polly.<Name>, Google.<name>")
    candidates = (*basic, *_twilio_polly_names())
    return _unknown(voice, candidates, "voice",
                    "Twilio voices are man, woman, Polly.<Name> and Google.<name>, "
                    "e.g. Polly.Joanna")


def _base(name: str) -> str:
    """``Polly.Mía-Generative`` → ``Mia``."""
    stem = name.split(".", 1)[1].split("-", maxsplit=1)[0]
    return {"Mía": "Mia", "Rémi": "Remi"}.get(stem, stem)


@cache
def _sw_engines() -> frozenset[str]:
    return frozenset(_voices()["signalwire_engines"]["engines"])


def _signalwire_voice(voice: str) -> Problem | None:
    folded = voice.casefold()
    if folded in ("man", "woman", "alice"):
        return None
    engine = _ENGINE.fullmatch(voice)
    polly_names = tuple(f"Polly.{n}" for n in _polly())
    if engine is None:
        candidates = ("man", "woman", *polly_names, *(p + "-Neural" for p in polly_names))
        return _unknown(voice, candidates, "voice",
                        "use man, woman, Polly.<Name>, Polly.<Name>-Neural or gcloud.<name>, "
                        "e.g. Polly.Joanna")
    prefix, rest = engine.group(1).casefold(), engine.group(2)
    engines = _sw_engines()
    if prefix not in engines:
        if prefix == "google" and _GOOGLE_NAME.fullmatch(rest):
            fixed = "gcloud." + rest
            return Problem(f"{voice!r} is a Twilio voice name; LaML writes Google voices as "
                           f"{fixed!r}", None, fixed, False)
        near = _near(prefix, sorted(engines), 0.7)
        if near is not None:
            fixed = f"{near}.{rest}" if near != "polly" else f"Polly.{rest}"
            return Problem(f"unknown voice engine {engine.group(1)!r}; did you mean {fixed!r}?",
                           None, fixed, False)
        return Problem(f"unknown voice engine {engine.group(1)!r} in {voice!r}",
                       f"engines: {', '.join(sorted(engines))}")
    if prefix in ("polly", "amazon"):
        found = _POLLY_SW.fullmatch(rest)
        name = found.group(1) if found else rest
        if name.casefold() in _polly_folded():
            if found is not None and found.group(3) and found.group(3).lower() not in _voices()[
                "signalwire_engines"]["polly_models"]:
                return Problem(f"unknown Amazon Polly model {found.group(3)!r} in {voice!r}",
                               "models: standard, neural, generative")
            return None
        near = _near(name, list(_polly()), 0.7)
        if near is None:
            return Problem(f"unknown Amazon Polly voice {name!r}",
                           "see the Amazon Polly voice list, e.g. Joanna, Matthew, Amy")
        fixed = voice[: len(voice) - len(rest)] + near + rest[len(name):]
        return Problem(f"unknown Amazon Polly voice {name!r}; did you mean {fixed!r}?", None,
                       fixed, False)
    if prefix == "gcloud" and not _GOOGLE_NAME.fullmatch(rest.split(":")[0]):
        return Problem(f"{voice!r} is not a Google voice name",
                       "Google voices are written like gcloud.en-US-Neural2-A")
    if prefix == "openai":
        name = rest.split(":")[0]
        known: list[str] = _voices()["signalwire_engines"]["openai_voices"]
        if name.casefold() not in known:
            near = _near(name, known, 0.6)
            return Problem(f"unknown OpenAI voice {name!r}" + (f"; did you mean {near!r}?"
                                                              if near else ""),
                           f"OpenAI voices: {', '.join(known)}",
                           f"openai.{near}{rest[len(name):]}" if near else None, False)
    return None


def voice_languages(voice: str) -> tuple[str, ...] | None:
    """The languages a Twilio voice speaks, when they are known (Polly and Google voices)."""
    polly = _POLLY_TW.fullmatch(voice.strip())
    if polly is not None:
        entry = _polly().get(_base(voice.strip()))
        return tuple(entry["languages"]) if entry else None
    google = _GOOGLE_TW.fullmatch(voice.strip()) or _CHIRP_TW.fullmatch(voice.strip())
    if google is not None:
        return (google.group(1),)
    return None


_TAG = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")


def _codes(key: str) -> list[str]:
    codes: list[str] = _languages()[key]["codes"]
    return codes


def language_problem(
    value: str, dialect: str, tag: str, voice: str | None = None
) -> Problem | None:
    """What is wrong with ``language=value`` on ``<Say>`` or ``<Gather>`` (``tag``), or
    ``None``. ``voice`` is the ``<Say>``'s voice, for the languages it speaks (Twilio)."""
    language = value.strip()
    if not language or "{{" in language or "{%" in language:
        return None
    names: dict[str, str] = _languages()["names"]["codes"]
    if language.casefold() in names:
        code = names[language.casefold()]
        return Problem(f"{language!r} is a language name, not a language code",
                       f"write a language tag such as {code}", code, False)
    if "_" in language and _TAG.fullmatch(language.replace("_", "-")):
        fixed = language.replace("_", "-")
        if dialect == "twilio":
            fixed = _canonical(fixed, tag, voice) or fixed
        return Problem(f"{language!r} is written with '_'; language tags use '-'", None, fixed,
                       True)
    if not _TAG.fullmatch(language):
        return Problem(f"{language!r} is not a language tag", "write it like en-US or fr-CA")
    if dialect != "twilio":
        return None
    allowed = _allowed(tag, voice)
    if language in allowed:
        return _combination(language, tag, voice)
    canonical = _canonical(language, tag, voice)
    if canonical is not None:
        return Problem(f"language {language!r} is written {canonical!r} on Twilio",
                       "language codes are case-sensitive", canonical, True)
    near = _near(language, allowed, 0.8)
    what = "<Say>" if tag == "Say" else "<Gather> speech recognition"
    return Problem(
        f"Twilio's {what} does not offer language {language!r}"
        + (f"; did you mean {near!r}?" if near else ""),
        None if near else "see the list of supported languages in Twilio's documentation",
        near,
        False,
    )


def _allowed(tag: str, voice: str | None) -> list[str]:
    if tag == "Gather":
        return _codes("twilio_gather")
    allowed = list(_codes("twilio_say"))
    if voice is None or voice.strip() in ("man", "woman"):
        allowed += _codes("twilio_say_basic")
    return allowed


def _canonical(language: str, tag: str, voice: str | None) -> str | None:
    folded = language.casefold()
    return next((c for c in _allowed(tag, voice) if c.casefold() == folded), None)


def _combination(language: str, tag: str, voice: str | None) -> Problem | None:
    if tag != "Say" or voice is None:
        return None
    speaks = voice_languages(voice)
    if speaks is None or any(s.casefold() == language.casefold() for s in speaks):
        return None
    return Problem(f"voice {voice.strip()!r} speaks {', '.join(speaks)}, not {language!r}",
                   "Twilio may refuse a voice and language that do not go together; pick a "
                   "voice of that language")


# ------------------------------------------------------------------------ lists, for editors


@cache
def voice_names(dialect: str) -> tuple[tuple[str, str], ...]:
    """Every voice name ``<Say voice>`` takes in ``dialect`` that the lists know, with what it
    is: the basic voices, Amazon Polly's (each form the platform offers), Google's Chirp 3 HD
    voices and, on SignalWire, OpenAI's. (SignalWire takes more engines' voices; their names
    are the providers'.)"""
    google = _google_models()
    chirp: list[str] = _voices()["google"]["chirp3_hd_voices"]
    out: list[tuple[str, str]] = [(v, "basic voice") for v in _voices()["basic"]["voices"]]
    out.append(("alice", "basic voice (deprecated)"))
    if dialect == "twilio":
        for name in _twilio_polly_names():
            entry = _polly().get(_base(name))
            out.append((name, _polly_detail(entry)))
        prefix = "Google."
    else:
        for name, entry in _polly().items():
            out.append((f"Polly.{name}", _polly_detail(entry)))
            out.append((f"Polly.{name}-Neural", _polly_detail(entry, "neural")))
        prefix = "gcloud."
    for locale in google.get("Chirp3-HD", []):
        out += [(f"{prefix}{locale}-Chirp3-HD-{v}", f"Google Chirp 3 HD, {locale}") for v in chirp]
    if dialect != "twilio":
        out += [(f"openai.{v}", "OpenAI") for v in _voices()["signalwire_engines"]["openai_voices"]]
    return tuple(out)


def _polly_detail(entry: dict[str, Any] | None, model: str = "") -> str:
    languages = ", ".join(entry["languages"]) if entry else ""
    return "Amazon Polly" + (f" {model}" if model else "") + (f", {languages}" if languages else "")


@cache
def language_codes(tag: str, dialect: str) -> tuple[str, ...]:
    """The language codes the ``language`` of ``tag`` takes in ``dialect`` (``xml:lang`` for
    the SSML ``lang``), as far as the lists know: Twilio's lists for ``<Say>`` and ``<Gather>``;
    on SignalWire, the languages of its voices (``<Say>``, ``<Gather>``) and the documented
    lists of ``<Pay>`` and ``<lang>``."""
    if tag == "Pay":
        return tuple(_codes("signalwire_pay"))
    if tag == "lang":
        return tuple(_codes("signalwire_ssml_lang")) if dialect != "twilio" else \
            tuple(_codes("twilio_say"))
    if dialect == "twilio":
        return tuple(_allowed(tag, None))
    spoken = dict.fromkeys(_codes("polly"))
    for locales in _google_models().values():
        spoken.update(dict.fromkeys(locales))
    return tuple(spoken)
