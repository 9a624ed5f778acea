"""The language server's parts, without a client: positions, the cursor's context, spans of
findings, completion, hover, the ignore comments, settings, and the vocabulary's defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

types = pytest.importorskip("lsprotocol.types", reason="the language server needs lsprotocol")

from laml.diagnostics import Diagnostic  # noqa: E402
from laml.linting import lint  # noqa: E402
from laml.lsp._actions import ignore_edit  # noqa: E402
from laml.lsp._completion import complete  # noqa: E402
from laml.lsp._context import attributes_after, scan  # noqa: E402
from laml.lsp._diagnostics import check  # noqa: E402
from laml.lsp._hover import hover  # noqa: E402
from laml.lsp._positions import Lines, finding_span  # noqa: E402
from laml.lsp._settings import EditorOptions, LintSettings, SettingsCache  # noqa: E402
from laml.lsp._specs import allowed_children, detect_channel, resolve  # noqa: E402
from laml.vocabulary import DEFAULTS, channel_elements, default, element  # noqa: E402

# ----------------------------------------------------------------------------- positions


def test_positions_count_utf16_code_units() -> None:
    text = "<Say>😀 é x</Say>\r\n<Hangup/>"
    lines = Lines(text)
    x = text.index("x")
    assert lines.position(x) == (0, 5 + 2 + 1 + 1 + 1)  # the emoji is two units
    assert lines.offset(0, 10) == x
    assert Lines(text, "utf-8").position(x) == (0, 5 + 4 + 1 + 2 + 1)
    assert Lines(text, "utf-32").position(x) == (0, x)
    assert lines.position(text.index("<Hangup")) == (1, 0)
    assert lines.offset(1, 99) == len(text)  # clamped to the line's end
    assert lines.offset(0, 99) == text.index("\r")


def _span(text: str, d: Diagnostic) -> str:
    span = finding_span(Lines(text), d)
    return text[span.start : span.end]


def test_spans_of_findings() -> None:
    text = '<Response>\n  <Redirect method="post">x</Redirect>\n</Response>'
    attribute = Diagnostic("LAML111", "error", "m", 2, 13, "/Response/Redirect[1]/@method")
    assert _span(text, attribute) == 'method="post"'
    tag = Diagnostic("LAML101", "warning", "m", 2, 3, "/Response/Redirect[1]")
    assert _span(text, tag) == "Redirect"
    line = Diagnostic("LAML113", "warning", "m", 2, 1)  # a template's finding: a line
    assert _span(text, line) == '<Redirect method="post">x</Redirect>'
    end = Diagnostic("LAML001", "error", "m", 1, 11)
    assert _span(text, end) == ">"


def test_positions_survive_a_declared_encoding_and_a_byte_order_mark() -> None:
    text = ('<?xml version="1.0" encoding="UTF-16"?><Response><Redirect method="post">'
            "https://example.com/é</Redirect></Response>")
    [(d, span)] = check(text, None, LintSettings()).findings
    assert d.code == "LAML111" and text[span.start : span.end] == 'method="post"'
    bom = "\ufeff<Response><Redirect method=\"post\">https://example.com/a</Redirect></Response>"
    found = {d.code: bom[s.start : s.end] for d, s in check(bom, None, LintSettings()).findings}
    assert found["LAML111"] == 'method="post"'


# ------------------------------------------------------------------------------- context


def test_cursor_contexts() -> None:
    text = ('<?xml version="1.0"?><!-- <Dial> in a comment --><Response><![CDATA[<Say>]]>'
            '<Gather input="dtmf" action="x{{Dig'
            )
    cursor = scan(text, len(text))
    assert cursor.kind == "template" and cursor.prefix == "Dig"
    assert cursor.stack == ("Response",) and cursor.attribute == "action"
    cursor = scan(text, text.index('dtmf"') + 2)
    assert (cursor.kind, cursor.attribute, cursor.prefix, cursor.quote) == (
        "value", "input", "dt", '"')
    cursor = scan(text, text.index(" input") + 1)
    assert (cursor.kind, cursor.tag, cursor.prefix) == ("attribute", "Gather", "")
    assert attributes_after(text, text.index(" input") + 1) == {"input", "action"}
    assert scan("<Response><Ga", 13).kind == "element"
    assert scan("<Response><Ga", 13).prefix == "Ga"
    closing = scan("<Response><Gather></", 20)
    assert (closing.kind, closing.stack) == ("close", ("Response", "Gather"))
    assert scan("<Response><!-- laml: ignore=LAML1", 33).kind == "comment"
    text = "<Response><Dial><Sip>sip:a@b</Sip><"
    assert scan(text, len(text)).siblings == {"Sip": 1}
    assert scan("<Response>Hi {{#e1", 18).section == "#"


def test_children_allowed_next() -> None:
    voice = "voice"
    dial = resolve(voice, ("Response", "Dial"))
    assert dial is not None
    tags = {spec.tag for _, spec in allowed_children(voice, "signalwire", dial, {"Sip": 1})}
    assert tags == {"Sip"}  # <Sip> stands alone in a LaML <Dial>
    refer = resolve(voice, ("Response", "Refer"))
    assert refer is not None
    assert allowed_children(voice, "signalwire", refer, {"Sip": 1}) == []
    sip = resolve(voice, ("Response", "Refer", "Sip"))
    assert sip is not None and sip.cls == "ReferSip"
    assert detect_channel("<Response>\n  <Message>") == "messaging"
    assert detect_channel("<Response><Receive/>") == "fax"


# ------------------------------------------------------------------------ completion, hover


def _labels(text: str, offset: int | None = None, channel: str = "voice",
            dialect: str = "signalwire") -> list[str]:
    at = len(text) if offset is None else offset
    items = complete(text, at, Lines(text), channel, dialect)  # type: ignore[arg-type]
    return [i.label for i in items]


def test_completion_by_dialect_and_place() -> None:
    assert "Denoise" in _labels("<Response><")
    assert "Denoise" not in _labels("<Response><", dialect="twilio")
    assert _labels("<") == ["Response"]
    assert _labels("<Response><Gather></") == ["/Gather"]
    assert {"GET", "POST"} == set(_labels('<Response><Redirect method="'))
    text = "<Response><Redirect method="
    [item] = [i for i in complete(text, len(text), Lines(text), "voice", "signalwire")
              if i.label == "POST"]
    assert item.text_edit is not None and item.text_edit.new_text == '"POST"'  # quotes added
    assert "LAML111" in _labels("<Response><!-- laml: ignore=LAML101,")
    assert "method-value" in _labels("<Response><!-- laml: ignore=")
    params = _labels("<Response><Message>{{", channel="messaging")
    assert params[0] == "e164" or params.index("Body") < params.index("CallSid")


def test_element_snippets_carry_required_attributes() -> None:
    text = "<Response><Pay><"
    items = {i.label: i for i in complete(text, len(text), Lines(text), "voice", "signalwire")}
    edit = items["Parameter"].text_edit
    assert edit is not None and edit.new_text == 'Parameter name="$1" value="$2"$0 />'


def test_hover_shows_type_default_and_range() -> None:
    text = '<Response><Dial timeout="30">+15550100000</Dial></Response>'
    result = hover(text, text.index("timeout") + 2, Lines(text), "voice", "signalwire")
    assert result is not None and isinstance(result.contents, types.MarkupContent)
    value = result.contents.value
    assert "Default: `30`" in value and "Range: 5 to 600" in value
    assert hover(text, 0, Lines(text), "voice", "signalwire") is None or True
    text = "<Response><Echo timeout=\"10\"/></Response>"
    result = hover(text, text.index("Echo") + 1, Lines(text), "voice", "twilio")
    assert result is not None and isinstance(result.contents, types.MarkupContent)
    assert "`<Echo>`" in result.contents.value
    attribute = hover(text, text.index("timeout"), Lines(text), "voice", "twilio")
    assert attribute is not None and isinstance(attribute.contents, types.MarkupContent)
    assert "Only in SignalWire (LaML); not in this dialect." in attribute.contents.value
    text = "<Response><Say>{{From}}</Say></Response>"
    result = hover(text, text.index("From"), Lines(text), "voice", "signalwire")
    assert result is not None and isinstance(result.contents, types.MarkupContent)
    assert "request parameter" in result.contents.value


def test_every_default_names_an_attribute() -> None:
    specs = [s for channel in ("voice", "messaging", "fax") for s in channel_elements(channel)]
    for (cls, name), value in DEFAULTS.items():
        owners = [s for s in specs if s.cls == cls and s.attr(name) is not None]
        assert owners, (cls, name)
        kind = owners[0].attr(name).type_in("signalwire")  # type: ignore[union-attr]
        values = [value] if isinstance(value, str) else list(value.values())
        for v in values:
            assert not kind.values or v in kind.values or kind.item is not None, (cls, name, v)
    assert default(element("voice", "Say"), "voice", "twilio") == "man"
    assert default(element("voice", "Say"), "loop") == "1"
    assert default(element("voice", "Say"), "language") is None


# --------------------------------------------------------------------------- ignore comments


def _apply(text: str, edit: types.TextEdit) -> str:
    lines = Lines(text)
    start = lines.offset(edit.range.start.line, edit.range.start.character)
    end = lines.offset(edit.range.end.line, edit.range.end.character)
    return text[:start] + edit.new_text + text[end:]


@pytest.mark.parametrize("text", [
    '<Response>\n  <Redirect method="post">https://example.com/a</Redirect>\n</Response>',
    '<?xml version="1.0"?><Response><Redirect method="post">https://example.com/a</Redirect>'
    "</Response>",
    '<Response>\n  <Say>Hi</Say><Redirect\n     method="post">https://example.com/a</Redirect>\n'
    "</Response>",
])
def test_ignore_here_silences_the_finding(text: str) -> None:
    [(d, span)] = check(text, None, LintSettings()).findings
    edit = ignore_edit(Lines(text), d.code, span.start)
    if edit is None:  # inside a tag begun on an earlier line: no place for a comment
        assert "\n     method" in text
        return
    fixed = _apply(text, edit)
    assert lint(fixed) == [] and fixed.count("laml: ignore=LAML111") == 1
    again = ignore_edit(Lines(fixed), "LAML128", fixed.index("<Redirect") + 1)
    assert again is not None and "LAML111,LAML128" in _apply(fixed, again)


# ------------------------------------------------------------------------------- settings


def test_settings_follow_the_pyproject(tmp_path: Path) -> None:
    reports: list[str] = []
    cache = SettingsCache(EditorOptions(dialect="twilio"), reports.append)
    document = str(tmp_path / "calls" / "a.laml")
    assert cache.for_path(document).dialect == "twilio"  # the editor's option: nothing else
    (tmp_path / "pyproject.toml").write_text(
        '[tool.laml]\ndialect = "signalwire"\nexclude = ["vendor"]\n'
        '[tool.laml.per-file-ignores]\n"calls/*" = ["LAML130"]\n'
    )
    cache.invalidate()
    settings = cache.for_path(document)
    assert settings.dialect == "signalwire" and "LAML130" in settings.ignore
    assert cache.for_path(str(tmp_path / "vendor" / "b.laml")).excluded
    (tmp_path / "pyproject.toml").write_text('[tool.laml]\ndialect = "klingon"\n')
    assert cache.for_path(document).dialect == "twilio"  # the defaults meanwhile
    assert cache.for_path(document).dialect == "twilio"
    assert len(reports) == 1 and "klingon" in reports[0]  # said once


def test_editor_options() -> None:
    options, problems = EditorOptions.from_json({"debounce": 50, "dialect": "twilio", "x": 1})
    assert options.debounce == 0.05 and options.dialect == "twilio"
    assert problems == ["initializationOptions.x: 1 is not understood"]
    assert EditorOptions.from_json(None) == (EditorOptions(), [])


def test_ignore_in_this_file() -> None:
    from laml.lsp._actions import _ignore_file_edit

    text = '<?xml version="1.0"?>\n<Response><Redirect method="post">https://e.com/a</Redirect></Response>'
    fixed = _apply(text, _ignore_file_edit(Lines(text), "LAML111"))
    assert fixed.startswith('<?xml version="1.0"?>\n<!-- laml: ignore-file=LAML111 -->\n')
    assert lint(fixed) == []
    both = _apply(fixed, _ignore_file_edit(Lines(fixed), "LAML114"))
    assert "ignore-file=LAML111,LAML114 -->" in both
    bare = "<Response><Play loop=\"0\">https://e.com/a.mp3</Play></Response>"
    assert lint(_apply(bare, _ignore_file_edit(Lines(bare), "LAML130"))) == []


def test_closing_a_section() -> None:
    text = "<Response>{{#Dest}}<Dial>{{^Busy}}<Number>{{.}}</Number>{{/"
    assert _labels(text) == ["Busy", "Dest"]
    assert _labels(text + "Busy}}</Dial>{{/") == ["Dest"]


def test_typing_text_pops_nothing_up() -> None:
    text = "<Response><Say>Hello "
    assert complete(text, len(text), Lines(text), "voice", "signalwire", invoked=False) == []
    assert "break" in _labels(text)  # asked for: the SSML elements <Say> takes


def test_the_command_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import importlib.util

    from laml.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pygls" else real(name, *a))
    assert main(["lsp"]) == 2
    assert 'pip install "laml-tools[lsp]"' in capsys.readouterr().err
    monkeypatch.setattr(importlib.util, "find_spec", real)
    assert main(["lsp", "--log-file", str(tmp_path / "missing" / "lsp.log")]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("dialect", ["signalwire", "twilio"])
def test_offered_voices_and_languages_pass_the_rules(dialect: str) -> None:
    from laml.rules._tts import language_codes, language_problem, voice_names, voice_problem

    names = [name for name, _ in voice_names(dialect)]
    assert "Polly.Joanna" in names and "man" in names
    assert "Polly.Joanna-Neural" in names
    assert [n for n in names if n != "alice" and voice_problem(n, dialect) is not None] == []
    for tag in ("Say", "Gather"):
        codes = language_codes(tag, dialect)
        assert "en-US" in codes
        assert [c for c in codes if language_problem(c, dialect, tag) is not None] == []
    offered = _labels('<Response><Say voice="Pol', dialect=dialect)
    assert "Polly.Joanna" in offered
    languages = _labels('<Response><Gather language="', dialect=dialect)
    assert "fr-CA" in languages
    assert set(_labels('<Response><Pay language="')) >= {"en-US", "es-MX"}
    assert "ja-JP" in _labels('<Response><Say><lang xml:lang="')


def test_each_code_links_to_its_documentation() -> None:
    from laml.lsp._diagnostics import docs_link

    root = Path(__file__).resolve().parents[1] / "docs"
    assert docs_link("LAML111") == root.as_uri() + "/rules.md#laml111-method-value"
    assert docs_link("LAML003", "https://docs.example.com/laml") == (
        "https://docs.example.com/laml/validation.md#codes")
    assert docs_link("LAML204", "https://docs.example.com/laml/") == (
        "https://docs.example.com/laml/rules.md#template-checks")
    text = (root / "rules.md").read_text(encoding="utf-8")
    assert "## LAML111 method-value" in text and "## Template checks" in text
    assert "## Codes" in (root / "validation.md").read_text(encoding="utf-8")
