"""``laml lsp``: a language server for LaML documents and bin templates.

It speaks the Language Server Protocol over standard input and output and brings ``laml``'s
checks into the editor: diagnostics from :func:`laml.lint` (with the workspace's
``[tool.laml]``), completion and hover from the vocabulary, the rules' fixes and "ignore this
rule here" as code actions, and ``laml fmt``'s layout as formatting. It needs the ``lsp``
extra (``pip install 'laml-tools[lsp]'``: pygls and lsprotocol), imported only here.

Modules: ``_server`` (the wiring), ``_positions`` and ``_context`` (where things are in the
text), ``_specs`` (the vocabulary by position), ``_settings``, ``_diagnostics``,
``_completion``, ``_hover``, ``_actions``, ``_formatting``.
"""

from __future__ import annotations

__all__ = ["serve"]


def serve() -> None:
    """Run the language server on standard input and output until the client ends it."""
    from laml.lsp._server import create_server

    create_server().start_io()
