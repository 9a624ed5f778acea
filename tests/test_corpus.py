"""Real documents: every ``ok`` one validates under its dialect, every other one gets an error.

The full corpus lives beside a development checkout (``../shared/corpus``, 307 documents written
by others, with a manifest of expected verdicts); ``tests/fixtures/corpus`` holds a small copy
of representative ones, so the check also runs without it.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest
import xmlschema

from laml import validate
from laml.schema import schema_path
from laml.vocabulary import Channel, Dialect

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _manifest(folder: Path) -> list[tuple[Path, Dialect, Channel | None, str]]:
    """(path, dialect, channel or None when unknown, expected verdict) of every document."""
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (
            folder / r["path"],
            r["dialect"],  # type: ignore[misc]
            None if r["channel"] == "?" else r["channel"],
            r["expected"],
        )
        for r in rows
    ]


def _check(path: Path, dialect: Dialect, channel: Channel | None, expected: str) -> None:
    found = validate(path, dialect=dialect, channel=channel)
    errors = [d for d in found if d.severity == "error"]
    if expected == "ok":
        assert errors == [], f"{path}: {[str(d) for d in errors]}"
        return
    assert errors, f"{path} should be {expected}"
    assert (errors[0].code == "LAML001") == (expected == "not-well-formed"), errors
    for d in errors:
        assert d.line >= 1 and d.column >= 1 and d.platform_code in (12100, 12200)
        assert d.code != "LAML099", d  # every problem is explained in plain words


def test_fixture_manifest_covers_both_dialects_all_channels_and_failures() -> None:
    rows = _manifest(FIXTURES)
    assert {(d, c) for _, d, c, e in rows if e == "ok"} >= {
        ("signalwire", "voice"),
        ("signalwire", "messaging"),
        ("signalwire", "fax"),
        ("twilio", "voice"),
        ("twilio", "messaging"),
    }
    assert {e for *_, e in rows} == {"ok", "invalid", "not-well-formed"}
    assert all(path.is_file() for path, *_ in rows)


@pytest.mark.parametrize(
    ("path", "dialect", "channel", "expected"),
    _manifest(FIXTURES),
    ids=lambda v: v.name if isinstance(v, Path) else None,
)
def test_fixture_documents(
    path: Path, dialect: Dialect, channel: Channel | None, expected: str
) -> None:
    _check(path, dialect, channel, expected)


def test_fixture_failures_say_why() -> None:
    voice = validate(FIXTURES / "tw-message-in-voice.xml", dialect="twilio")
    assert [d.message for d in voice] == [
        "`<Message>` is a messaging verb; this is a voice document"
    ]
    messaging = validate(
        FIXTURES / "tw-voice-in-messaging.xml", dialect="twilio", channel="messaging"
    )
    assert [d.message for d in messaging] == [
        "`<Say>` is a voice verb; this is a messaging document"
    ]
    broken = validate(FIXTURES / "sw-pay-not-well-formed.xml")
    assert [(d.code, d.line) for d in broken] == [("LAML001", 8)]
    assert validate(FIXTURES / "sw-echo.xml", dialect="twilio")[0].code == "LAML012"


@cache
def _xmlschema(channel: Channel, dialect: Dialect) -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(schema_path(channel, dialect)))


def test_shared_corpus() -> None:
    if not (SHARED / "MANIFEST.tsv").is_file():
        pytest.skip(f"the shared corpus is not available here ({SHARED} is absent)")
    rows = _manifest(SHARED)
    assert len(rows) == 307
    for path, dialect, channel, expected in rows:
        _check(path, dialect, channel, expected)
        if expected != "not-well-formed" and channel is not None:
            # an independent validator reads the same schemas the same way
            assert _xmlschema(channel, dialect).is_valid(str(path)) == (expected == "ok"), path
