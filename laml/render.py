"""Rendering a LaML Bin exactly as the platform does, and checking what comes out.

:func:`render_bin` fills a bin's mustache template with the webhook's request parameters (and
the bin URL's query parameters), with every value XML-escaped and cleaned of characters XML
forbids, so that no parameter can change the document's structure. The result is linted; a
document with errors raises :class:`laml.RenderError` carrying the diagnostics (and the
rendered text, which the platform would still serve).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from laml.errors import RenderError
from laml.vocabulary import Dialect

if TYPE_CHECKING:
    from laml.diagnostics import Diagnostic
    from laml.template.bins import Params

__all__ = ["Rendered", "render_bin", "render_bin_checked"]


@dataclass(frozen=True)
class Rendered:
    """A rendered bin and what linting it found (warnings and infos: it has no error)."""

    text: str
    diagnostics: tuple[Diagnostic, ...]


def render_bin(
    contents: str,
    params: Params,
    *,
    strict: bool = False,
    dialect: Dialect = "signalwire",
    channel: Literal["voice", "messaging", "fax"] | None = None,
) -> str:
    """Render bin ``contents`` with request ``params`` and check the result.

    ``params`` is a mapping or a list of ``(name, value)`` pairs; repeated and array-style names
    (``Dest[]=a&Dest[]=b``) become lists that a section iterates. ``{{#e164}}…{{/e164}}``
    normalises a phone number to E.164. A variable missing from ``params`` renders empty, as on
    the platform; with ``strict=True`` it raises :class:`laml.RenderError`. Mustache syntax
    errors raise :class:`laml.TemplateSyntaxError`.
    """
    return render_bin_checked(contents, params, strict=strict, dialect=dialect,
                              channel=channel).text


def render_bin_checked(
    contents: str,
    params: Params,
    *,
    strict: bool = False,
    dialect: Dialect = "signalwire",
    channel: Literal["voice", "messaging", "fax"] | None = None,
) -> Rendered:
    """Like :func:`render_bin`, and also return the warnings and infos of the rendered
    document (errors raise :class:`laml.RenderError`, as there)."""
    from laml.linting import lint
    from laml.template.bins import render_bin_template

    text = render_bin_template(contents, params, strict=strict)
    found = lint(text, dialect=dialect, channel=channel, template=False)
    errors = [d for d in found if d.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RenderError(
            f"the rendered document is not valid: {first.line}:{first.column}: "
            f"{first.code} {first.message}{more}",
            errors,
            document=text,
        )
    return Rendered(text, tuple(found))
