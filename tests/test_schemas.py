"""The bundled XSDs: they compile, they are where schema_path says, and the wheel carries them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from laml import schema_path
from laml.schema import schema_dir
from laml.vocabulary import CHANNELS, DIALECTS, Channel, Dialect

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_every_schema_compiles_with_libxml2(channel: Channel, dialect: Dialect) -> None:
    path = schema_path(channel, dialect)
    assert path.is_file()
    schema = etree.XMLSchema(etree.parse(str(path)))
    assert schema.validate(etree.fromstring("<Response/>"))
    assert not schema.validate(etree.fromstring("<response/>"))


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_schema_compiles_with_xmlschema(dialect: Dialect) -> None:
    for channel in CHANNELS:
        schema = xmlschema.XMLSchema10(str(schema_path(channel, dialect)))
        assert schema.is_valid("<Response/>")


def test_schema_path() -> None:
    assert schema_path() == schema_dir() / "signalwire" / "voice.xsd"
    assert schema_path("ssml", "twilio").name == "ssml.xsd"
    assert schema_path("fax", "twilio").parent.name == "twilio"
    with pytest.raises(ValueError, match="unknown channel"):
        schema_path("video")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown dialect"):
        schema_path("voice", "plivo")  # type: ignore[arg-type]


def test_case_matters() -> None:
    schema = etree.XMLSchema(etree.parse(str(schema_path())))
    assert schema.validate(etree.fromstring('<Response><Dial callerId="+1">1</Dial></Response>'))
    assert not schema.validate(etree.fromstring("<Response><say>Hi</say></Response>"))
    assert not schema.validate(
        etree.fromstring('<Response><Dial callerid="+1">1</Dial></Response>')
    )
    assert not schema.validate(
        etree.fromstring('<Response><Dial record="TRUE">1</Dial></Response>')
    )


def test_context_dependent_elements_have_their_own_types() -> None:
    text = schema_path().read_text(encoding="utf-8")
    assert '<xs:element name="Sip" type="ReferSip"' in text
    assert '<xs:element name="Sip" type="Sip"' in text
    assert '<xs:element name="Stream" type="ConferenceStream"' in text
    schema = etree.XMLSchema(etree.parse(str(schema_path())))
    # <Sip> in <Refer> takes no attributes; in <Dial> it does
    assert schema.validate(
        etree.fromstring('<Response><Dial><Sip username="u">sip:a@b</Sip></Dial></Response>')
    )
    assert not schema.validate(
        etree.fromstring('<Response><Refer><Sip username="u">sip:a@b</Sip></Refer></Response>')
    )
    # a conference <Stream> needs a name; a <Start> stream does not
    assert schema.validate(
        etree.fromstring('<Response><Start><Stream url="wss://x/s"/></Start></Response>')
    )
    assert not schema.validate(
        etree.fromstring(
            '<Response><Dial><Conference>r<Stream url="wss://x/s"/></Conference></Dial></Response>'
        )
    )


def test_the_wheel_carries_the_schemas(tmp_path: Path) -> None:
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(
        next(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    )
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    expected = {
        f"laml/schemas/{p.relative_to(schema_dir()).as_posix()}"
        for p in schema_dir().rglob("*.xsd")
    }
    assert len(expected) == 10
    assert expected <= names
    # installed, the package finds its own copy and validates with it
    script = (
        "import laml\n"
        "p = laml.schema_path('messaging', 'twilio')\n"
        "assert p.parts[-4:] == ('laml', 'schemas', 'twilio', 'messaging.xsd'), p\n"
        "assert laml.validate('<Response><Message>Hi</Message></Response>') == []\n"
        "print(laml.validate('<Response><say/></Response>')[0].code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "LAML002"


def test_the_wheel_carries_the_docs_the_language_server_links_to(tmp_path: Path) -> None:
    pytest.importorskip("lsprotocol", reason="the language server needs the lsp extra")
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(
        next(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    )
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert {"laml/docs/rules.md", "laml/docs/validation.md", "laml/docs/cli.md"} <= names
    script = (
        "from laml.lsp._diagnostics import docs_link\n"
        "print(docs_link('LAML111'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    link = done.stdout.strip()
    assert link == (tmp_path / "site" / "laml" / "docs").as_uri() + "/rules.md#laml111-method-value"
