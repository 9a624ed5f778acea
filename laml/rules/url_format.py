"""URLs must be well-formed, absolute ``http(s)`` URLs.

Checked on every URL attribute (``action``, ``url``, ``statusCallback``, ``waitUrl`` ...) and on
the text of ``<Play>``, ``<Redirect>`` and ``<Media>``. A relative URL (``/menu``) is resolved
against the URL of the document itself: fine for a webhook on your server, rarely what a hosted
bin wants, so it is reported as info. One that starts with a host name but no scheme
(``ivr.example.com/menu``, ``www.example.com``) is taken for a path as well, which is not what
was meant: a warning, with an unsafe fix that adds ``https://``. ``<Play>`` also accepts
``rtmp://``.

Fails::

    <Response><Redirect>ftp://example.com/next.xml</Redirect></Response>

Fails::

    <Response><Gather action="https://example.com/my menu"/></Response>

Fails::

    <Response><Dial action="https://[example.com/after"><Number>+15551234567</Number></Dial></Response>

Fails::

    <Response><Gather action="ivr.example.com/menu"/></Response>

Fixed (unsafe)::

    <Response><Gather action="https://ivr.example.com/menu"/></Response>

Passes::

    <Response><Gather action="https://example.com/menu?step=2&amp;lang=en"/></Response>

"""

from __future__ import annotations

from collections.abc import Iterator

from laml._element import attributes
from laml.rules import Context, Finding
from laml.rules.common import url_problem

CODE = "LAML114"
NAME = "url-format"
SEVERITY = "error"
PLATFORM_CODE = None
CHANNELS = ("voice", "messaging", "fax")
OPTIONS: dict[str, object] = {}
FIXES = ("unsafe",)

_TEXT_URLS = {"Play": ("http", "https", "rtmp"), "Redirect": ("http", "https"),
              "Media": ("http", "https")}


def check(ctx: Context) -> Iterator[Finding]:
    for el in ctx.elements():
        spec = ctx.spec(el)
        if spec is None:
            continue
        tag = str(el.tag)
        if tag in _TEXT_URLS and el.text and el.text.strip():
            problem = url_problem(el.text.strip(), _TEXT_URLS[tag])
            if problem:
                severity, what, meant = problem
                fix = None
                if meant is not None:
                    fix = ctx.set_text(el, meant, f"write {meant}", safe=False)
                yield Finding(el, f"<{tag}> URL {el.text.strip()!r} {what}",
                              severity=severity, fix=fix)  # type: ignore[arg-type]
        for name, value in attributes(el).items():
            attr = spec.attr(name)
            if attr is None or not attr.type_in(ctx.dialect).url:
                continue
            if tag == "Stream" or (tag == "Conference" and name == "streamUrl"):
                continue  # stream URLs have their own rule
            problem = url_problem(value)
            if problem:
                severity, what, meant = problem
                fix = None
                if meant is not None:
                    fix = ctx.set_attribute(el, name, meant, f"write {meant}", safe=False)
                yield Finding(el, f"`{name}` {value!r} {what}", attribute=name,
                              severity=severity, fix=fix)  # type: ignore[arg-type]
