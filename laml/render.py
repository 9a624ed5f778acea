"""Rendering a LaML Bin exactly as the platform does, and checking what comes out.

:func:`render_bin` fills a bin's mustache template with the webhook's request parameters (and
the bin URL's query parameters), with every value XML-escaped and cleaned of characters XML
forbids, so that no parameter can change the document's structure. The result is linted; a
document with errors raises :class:`laml.RenderError` carrying the diagnostics (and the
rendered text, which the platform would still serve).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from laml.errors import RenderError
from laml.vocabulary import Dialect

if TYPE_CHECKING:
    from laml.template.bins import Params

__all__ = ["render_bin"]


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
    from laml.linting import lint
    from laml.template.bins import render_bin_template

    text = render_bin_template(contents, params, strict=strict)
    errors = [
        d
        for d in lint(text, dialect=dialect, channel=channel, template=False)
        if d.severity == "error"
    ]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RenderError(
            f"the rendered document is not valid: {first.line}:{first.column}: "
            f"{first.code} {first.message}{more}",
            errors,
            document=text,
        )
    return text
