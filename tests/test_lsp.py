"""``laml lsp`` end to end: a real LSP client (pytest-lsp) drives the server over stdio."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp comes with the dev extra")
types = pytest.importorskip("lsprotocol.types")

from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")

REGISTERED: list[types.Registration] = []
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "laml", "lsp"])


@pytest_lsp.fixture(config=SERVER, scope="module")
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        REGISTERED.extend(params.registrations)

    params = types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
        initialization_options={"debounce": 0},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


_COUNT = iter(range(1, 1 << 30))


def _uri(tmp_path: Path, name: str = "call.laml") -> str:
    """A new document's URI (each test's documents are new to the shared server)."""
    return (tmp_path / f"{next(_COUNT)}-{name}").as_uri()


async def _open(client: LanguageClient, uri: str, text: str) -> list[types.Diagnostic]:
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="xml", version=1, text=text)
    ))
    return await _diagnostics(client, uri)


async def _diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    for _ in range(200):
        if uri in client.diagnostics:
            return list(client.diagnostics[uri])
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    raise AssertionError("no diagnostics published")


async def _change(client: LanguageClient, uri: str, version: int, text: str,
                  where: types.Range | None = None) -> list[types.Diagnostic]:
    client.diagnostics.pop(uri, None)
    change = (types.TextDocumentContentChangePartial(range=where, text=text) if where
              else types.TextDocumentContentChangeWholeDocument(text=text))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[change],
    ))
    return await _diagnostics(client, uri)


def _pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


BAD_METHOD = '<Response>\n  <Redirect method="post">https://example.com/next</Redirect>\n</Response>\n'


async def test_diagnostics_on_open(client: LanguageClient, tmp_path: Path) -> None:
    found = await _open(client, _uri(tmp_path), BAD_METHOD)
    [d] = found
    assert d.code == "LAML111"
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.source == "laml"
    assert "GET or POST" in d.message and "use POST" in d.message  # the hint is in the message
    # the attribute, name to closing quote
    assert d.range == types.Range(_pos(1, 12), _pos(1, 25))
    assert d.code_description is not None
    assert d.code_description.href.endswith("rules.md#laml111-method-value")


async def test_diagnostics_after_an_edit(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    assert len(await _open(client, uri, BAD_METHOD)) == 1
    fixed = await _change(client, uri, 2, "POST", types.Range(_pos(1, 20), _pos(1, 24)))
    assert fixed == []
    broken = await _change(client, uri, 3, "<Response><Dial><Say>x</Say></Dial></Response>")
    assert [d.code for d in broken] == ["LAML003"]


async def test_not_well_formed_and_template(client: LanguageClient, tmp_path: Path) -> None:
    [d] = await _open(client, _uri(tmp_path), "<Response>\n  <Say>Hi</Sya>\n</Response>\n")
    assert d.code == "LAML001" and d.range.start.line == 1
    found = await _open(client, _uri(tmp_path, "bin.xml"),
                        "<Response>\n  <Say>{{from}}</Say>\n</Response>\n")
    assert [x.code for x in found] == ["LAML204"]
    assert found[0].range.start.line == 1
    assert "{{From}}" in found[0].message


async def test_other_xml_files_are_left_alone(client: LanguageClient, tmp_path: Path) -> None:
    assert await _open(client, _uri(tmp_path, "pom.xml"), "<project><Say/></project>") == []


async def test_settings_from_pyproject(client: LanguageClient, tmp_path: Path) -> None:
    loop = "<Response><Play loop=\"0\">https://example.com/a.mp3</Play></Response>"
    [d] = await _open(client, _uri(tmp_path), loop)
    assert d.code == "LAML130"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.laml]\nignore = ["infinite-loop"]\ndialect = "twilio"\n'
    )
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in REGISTERED)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=(tmp_path / "pyproject.toml").as_uri(),
                        type=types.FileChangeType.Created)
    ]))
    assert await _open(client, _uri(tmp_path), loop) == []
    found = await _open(client, _uri(tmp_path), "<Response><Echo timeout=\"10\"/></Response>")
    assert [d.code for d in found] == ["LAML124"]  # SignalWire-only, checked as TwiML


async def _complete(client: LanguageClient, uri: str, line: int, character: int) -> list[str]:
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=_pos(line, character)
    ))
    assert result is not None
    items = result.items if isinstance(result, types.CompletionList) else result
    return [item.label for item in sorted(items, key=lambda i: i.sort_text or i.label)]


async def test_completion(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    text = ('<Response>\n  <Gather input="dtmf sp" action="https://example.com/{{Dig">\n'
            "    <\n  </Gather>\n  <\n</Response>\n")
    await _open(client, uri, text)
    # elements allowed in <Gather>, and in <Response>
    assert set(await _complete(client, uri, 2, 5)) == {"Say", "Play", "Pause"}
    verbs = await _complete(client, uri, 4, 3)
    assert {"Say", "Dial", "Gather", "Hangup", "Denoise"} <= set(verbs)
    assert "Number" not in verbs
    # attributes of the element being written
    attributes = await _complete(client, uri, 1, 10)
    assert "numDigits" in attributes and "timeout" in attributes
    assert "input" not in attributes and "action" not in attributes  # already there
    # attribute values with fixed choices: the last item of a list
    assert await _complete(client, uri, 1, 23) == ["dtmf", "speech"]
    # request parameters inside {{ }}
    parameters = await _complete(client, uri, 1, 59)
    assert "Digits" in parameters and "From" in parameters


async def test_completion_follows_the_channel(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    await _open(client, uri, "<Response>\n  <Message>\n    <\n  </Message>\n</Response>\n")
    assert set(await _complete(client, uri, 2, 5)) == {"Body", "Media"}


async def test_hover(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    await _open(client, uri, '<Response>\n  <Gather timeout="5" input="speech"/>\n</Response>\n')

    async def hover(line: int, character: int) -> str:
        result = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=_pos(line, character)
        ))
        assert result is not None and isinstance(result.contents, types.MarkupContent)
        return result.contents.value

    element = await hover(1, 4)
    assert "`<Gather>`" in element and "Holds:" in element
    attribute = await hover(1, 11)
    assert "`timeout`" in attribute
    assert "Default: `5`" in attribute and "Type: a non-negative integer" in attribute


async def test_code_actions(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    [d] = await _open(client, uri, BAD_METHOD)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=d.range,
        context=types.CodeActionContext(diagnostics=[d]),
    ))
    assert actions is not None
    by_title = {a.title: a for a in actions if isinstance(a, types.CodeAction)}
    ignore = by_title["Ignore LAML111 here"]
    assert ignore.edit is not None and ignore.edit.document_changes
    [change] = ignore.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    [edit] = change.edits
    assert edit.new_text == "  <!-- laml: ignore=LAML111 -->\n"
    assert edit.range == types.Range(_pos(1, 0), _pos(1, 0))
    # applied, the finding is gone
    after = await _change(client, uri, 2, edit.new_text, edit.range)
    assert after == []
    assert "Ignore LAML111 in this file" in by_title


async def test_a_code_action_fixes_the_finding(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    text = ('<?xml version="1.0" encoding="UTF-8"?><Response><Redirect method="post">'
            "https://example.com/é</Redirect><Say loop=\"0\">Hi</Say></Response>")
    found = await _open(client, uri, text)
    [d] = [d for d in found if d.code == "LAML111"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=d.range,
        context=types.CodeActionContext(diagnostics=[d],
                                        only=[types.CodeActionKind.QuickFix]),
    ))
    assert actions is not None
    [fix] = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert fix.title == "write POST (LAML111)" and fix.kind == types.CodeActionKind.QuickFix
    assert list(fix.diagnostics or []) == [d]
    assert fix.edit is not None and fix.edit.document_changes
    [change] = fix.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit) and change.text_document.version == 1
    [edit] = change.edits
    assert edit.new_text == "POST"
    start = text.index("post")
    assert edit.range == types.Range(_pos(0, start), _pos(0, start + 4))
    after = await _change(client, uri, 2, edit.new_text, edit.range)
    assert [x.code for x in after] == [x.code for x in found if x.code != "LAML111"]
    # every safe fix at once, as a source action
    two = _uri(tmp_path)
    text = ('<Response>\n<Gather action="https://example.com/a" method="post"><Say>Hi</Say>'
            '</Gather>\n<Redirect method="get">https://example.com/b</Redirect>\n</Response>\n')
    assert len(await _open(client, two, text)) == 2
    every = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=two),
        range=types.Range(_pos(0, 0), _pos(0, 0)),
        context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
    ))
    assert every is not None
    [action] = every
    assert isinstance(action, types.CodeAction) and action.kind == "source.fixAll.laml"
    assert action.edit is not None and action.edit.document_changes
    [change] = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    assert sorted(e.new_text for e in change.edits) == ["GET", "POST"]
    for version, edit in enumerate(sorted(change.edits, key=lambda e: -e.range.start.line), 2):
        left = await _change(client, two, version, edit.new_text, edit.range)
    assert left == []


async def test_formatting(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path)
    await _open(client, uri, "<Response><Say>Hi</Say><Hangup/></Response>")
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        options=types.FormattingOptions(tab_size=2, insert_spaces=True),
    ))
    assert edits is not None
    [edit] = edits
    from laml.format import format_document

    assert edit.new_text == format_document("<Response><Say>Hi</Say><Hangup/></Response>")
    # a document that is not well-formed is left as it is
    bad = _uri(tmp_path)
    await _open(client, bad, "<Response><Say>")
    none = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=types.TextDocumentIdentifier(uri=bad),
        options=types.FormattingOptions(tab_size=2, insert_spaces=True),
    ))
    assert not none
    await asyncio.sleep(0)


async def test_hostile_documents_get_findings_not_a_crash(
    client: LanguageClient, tmp_path: Path
) -> None:
    deep = "<Response>" + "<Say>" * 20_000 + "</Say>" * 20_000 + "</Response>"
    found = await _open(client, _uri(tmp_path), deep)
    assert found and all(d.source == "laml" for d in found)
    binary = "<Response>\x00\x01\ud800</Response>"
    assert await _open(client, _uri(tmp_path), binary)
    large = "<Response>" + "<Pause/>" * 25_000 + "</Response>"  # 200 kB
    codes = {d.code for d in await _open(client, _uri(tmp_path), large)}
    assert codes & {"LAML110", "LAML013"}  # over the platform's limit
    # the server still answers
    uri = _uri(tmp_path)
    await _open(client, uri, "<Response><")
    assert "Say" in await _complete(client, uri, 0, 11)
