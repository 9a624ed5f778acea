"""The language server: pygls wiring of the checks, completion, hover, actions and formatting.

Documents are checked when opened and, once the typing stops for the debounce delay
(``debounce`` in ``initializationOptions``, 200 ms by default), after each change. Checks run
one at a time on a worker thread, so the editor's requests (completion, hover) are answered
meanwhile; a result is published only while the document is still at the version checked.
An ``.xml`` file is checked only when its root element is ``<Response>`` (so ``pom.xml`` is
left alone); ``.laml``, ``.twiml``, ``.cxml`` files and unsaved documents always are.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from laml.lsp._actions import FIX_ALL, code_actions
from laml.lsp._completion import complete
from laml.lsp._diagnostics import Checked, check, to_lsp
from laml.lsp._formatting import format_edits
from laml.lsp._hover import hover
from laml.lsp._positions import Lines
from laml.lsp._settings import EditorOptions, LintSettings, SettingsCache
from laml.lsp._specs import detect_channel
from laml.vocabulary import Channel

__all__ = ["LamlLanguageServer", "create_server"]

log = logging.getLogger("laml.lsp")

#: Characters after which the editor asks for completion by itself.
TRIGGERS = ["<", "/", " ", '"', "'", "{", "=", ","]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Result:
    """The findings published for one version of a document."""

    version: int | None
    text: str
    checked: Checked
    published: tuple[types.Diagnostic, ...]


class LamlLanguageServer(LanguageServer):
    """The server: per document, the last check's findings and the pending check."""

    def __init__(self, version: str) -> None:
        super().__init__("laml", version,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.options = EditorOptions()
        self.settings = SettingsCache(self.options, self._report_settings)
        self.results: dict[str, _Result] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="laml-check")

    # ---------------------------------------------------------------------- helpers

    def _report_settings(self, message: str) -> None:
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning,
                                                         message=message))

    def encoding(self) -> str:
        """The position encoding agreed with the client: utf-8, utf-16 or utf-32."""
        return str(self.workspace.position_encoding or "utf-16")

    def lines(self, document: TextDocument) -> Lines:
        return Lines(document.source, self.encoding())

    def path(self, uri: str) -> str | None:
        return to_fs_path(uri) if uri.startswith("file:") else None

    def lint_settings(self, uri: str) -> LintSettings:
        return self.settings.for_path(self.path(uri))

    def channel(self, uri: str, text: str) -> Channel:
        settings = self.lint_settings(uri)
        if settings.channel is not None:
            return settings.channel
        result = self.results.get(uri)
        if result is not None and result.text == text:
            return result.checked.channel
        return detect_channel(text)

    def checked_here(self, uri: str, text: str) -> bool:
        """Whether the document is one to check (an ``.xml`` file only with a ``<Response>``)."""
        if not uri.lower().endswith(".xml"):
            return True
        from laml.cli._files import is_laml_document

        return is_laml_document(text.encode("utf-8", "surrogatepass"))

    async def in_worker(self, call: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.checker, call, *args)

    # ---------------------------------------------------------------------- checking

    def schedule(self, uri: str, delay: float) -> None:
        """Check the document after ``delay`` seconds, dropping a check still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.publish(uri)
        except asyncio.CancelledError:
            raise
        except Exception:  # a bug in a check: log it, keep serving
            log.exception("checking %s failed", uri)
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    async def result(self, uri: str) -> _Result | None:
        """The findings of the document's current version (checked now if need be)."""
        try:
            document = self.workspace.get_text_document(uri)
        except KeyError:
            return None
        text, version = document.source, document.version
        cached = self.results.get(uri)
        if cached is not None and cached.version == version and cached.text == text:
            return cached
        if not self.checked_here(uri, text):
            checked = Checked((), "voice")
        else:
            settings = self.lint_settings(uri)
            found = await self.in_worker(self._check_if_current, uri, version, text, settings)
            if found is None:
                return None  # a newer version came while this one waited
            checked = found
        current = self.workspace.get_text_document(uri)
        lines = Lines(text, self.encoding())
        docs = self.options.docs_url
        published = tuple(to_lsp(d, span, lines, docs) for d, span in checked.findings)
        result = _Result(version, text, checked, published)
        if current.version == version and current.source == text:
            self.results[uri] = result
        return result

    def _check_if_current(
        self, uri: str, version: int | None, text: str, settings: LintSettings
    ) -> Checked | None:
        """(On the worker thread.) The check of ``text``, unless the document moved on while
        it waited its turn: typing into a large document never queues up stale checks."""
        try:
            current = self.workspace.get_text_document(uri).version
        except KeyError:
            return None
        if current != version:
            return None
        return check(text, self.path(uri), settings)

    async def publish(self, uri: str) -> None:
        """Check the document and publish its findings (unless it changed meanwhile)."""
        result = await self.result(uri)
        if result is None:
            return
        try:
            current = self.workspace.get_text_document(uri)
        except KeyError:
            return
        if current.version != result.version or current.source != result.text:
            return  # a newer version is on its way
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=list(result.published), version=result.version
        ))


def create_server() -> LamlLanguageServer:
    """A language server for LaML documents and bin templates, with every feature."""
    from laml import __version__

    server = LamlLanguageServer(__version__)

    @server.feature(types.INITIALIZE)
    def initialize(ls: LamlLanguageServer, params: types.InitializeParams) -> None:
        options, problems = EditorOptions.from_json(params.initialization_options)
        ls.options = options
        ls.settings = SettingsCache(options, ls._report_settings)
        for problem in problems:
            log.warning("%s", problem)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: LamlLanguageServer, params: types.InitializedParams) -> None:
        capabilities = ls.client_capabilities.workspace
        watched = capabilities.did_change_watched_files if capabilities else None
        if watched is not None and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=[
                types.FileSystemWatcher(glob_pattern="**/pyproject.toml")
            ])
            try:
                await ls.client_register_capability_async(types.RegistrationParams(
                    registrations=[types.Registration(
                        id="laml-settings", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=options,
                    )]
                ))
            except Exception as exc:  # the client refused: settings are read again on save
                log.warning("cannot watch pyproject.toml files: %s", exc)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LamlLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LamlLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.options.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LamlLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri.endswith("pyproject.toml"):
            _settings_changed(ls)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LamlLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri,
                                                                           diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: LamlLanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
        _settings_changed(ls)

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=TRIGGERS),
    )
    def completion(
        ls: LamlLanguageServer, params: types.CompletionParams
    ) -> types.CompletionList:
        document = ls.workspace.get_text_document(params.text_document.uri)
        lines = ls.lines(document)
        offset = lines.offset(params.position.line, params.position.character)
        settings = ls.lint_settings(document.uri)
        context = params.context
        typed = types.CompletionTriggerKind.TriggerCharacter
        invoked = context is None or context.trigger_kind != typed
        items = complete(document.source, offset, lines, ls.channel(document.uri, document.source),
                         settings.dialect, snippets=_snippets(ls), invoked=invoked)
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: LamlLanguageServer, params: types.HoverParams) -> types.Hover | None:
        document = ls.workspace.get_text_document(params.text_document.uri)
        lines = ls.lines(document)
        offset = lines.offset(params.position.line, params.position.character)
        settings = ls.lint_settings(document.uri)
        return hover(document.source, offset, lines, ls.channel(document.uri, document.source),
                     settings.dialect)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=False
        ),
    )
    async def actions(
        ls: LamlLanguageServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        result = await ls.result(uri)
        if result is None:
            return None
        document = ls.workspace.get_text_document(uri)
        if document.source != result.text:
            return None
        return code_actions(uri, document.version, ls.lines(document), result.checked,
                            params.range, result.published, params.context.only)

    @server.feature(types.TEXT_DOCUMENT_FORMATTING)
    def formatting(
        ls: LamlLanguageServer, params: types.DocumentFormattingParams
    ) -> list[types.TextEdit] | None:
        from laml.errors import ParseError

        document = ls.workspace.get_text_document(params.text_document.uri)
        try:
            return format_edits(ls.lines(document))
        except ParseError as exc:
            ls.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning,
                message=f"laml: not formatted: {exc.line}:{exc.column}: {exc.message}",
            ))
            return None

    return server


def _snippets(ls: LamlLanguageServer) -> bool:
    document = ls.client_capabilities.text_document
    completion = document.completion if document else None
    item = completion.completion_item if completion else None
    return bool(item and item.snippet_support)


def _settings_changed(ls: LamlLanguageServer) -> None:
    ls.settings.invalidate()
    ls.results.clear()
    for uri in list(ls.workspace.text_documents):
        ls.schedule(uri, 0)
