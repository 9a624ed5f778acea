"""How ``laml lint`` prints its findings: text, JSON, SARIF 2.1.0, GitHub workflow commands.

Every formatter takes the same :class:`Report`. The JSON and SARIF layouts are described in
``docs/cli.md``; :data:`JSON_VERSION` changes whenever the JSON layout changes incompatibly.

File names and messages are untrusted: control characters, bidirectional overrides and bytes
of a file name that are not UTF-8 are written as ``\\xNN``/``\\uNNNN`` escapes in every format
(:func:`laml.cli._files.printable`), so nothing reaches a terminal raw and JSON stays UTF-8;
SARIF URIs percent-encode the name's real bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any
from urllib.parse import quote

from laml._records import field, record
from laml.cli._files import printable
from laml.diagnostics import Diagnostic

__all__ = [
    "FORMATS",
    "JSON_VERSION",
    "SARIF_SCHEMA",
    "FileResult",
    "Report",
    "RuleInfo",
    "rule_infos",
    "write_report",
]

#: Version of the JSON output layout.
JSON_VERSION = 1
#: The schema a SARIF log names.
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FORMATS = ("text", "json", "sarif", "github")

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


@record(frozen=True)
class RuleInfo:
    """What the reports say about a code: a lint rule or a validation check."""

    code: str
    name: str | None
    severity: str
    summary: str
    description: str = ""
    help: str = ""
    help_markdown: str = ""
    platform_code: int | None = None
    channels: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)


@record
class FileResult:
    """One file's findings, or why it could not be read."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None


@record
class Report:
    """Everything one run of ``laml lint`` found."""

    results: list[FileResult]
    rules: Mapping[str, RuleInfo]
    exit_code: int = 0

    def counts(self) -> dict[str, int]:
        """Files read, findings by severity, files that could not be read."""
        counts = {"files": 0, "errors": 0, "warnings": 0, "infos": 0, "unreadable": 0}
        for result in self.results:
            if result.error is not None:
                counts["unreadable"] += 1
                continue
            counts["files"] += 1
            for d in result.diagnostics:
                counts[d.severity + "s"] += 1
        return counts


def write_report(
    report: Report,
    fmt: str,
    out: IO[str],
    *,
    color: bool = False,
    summary: bool = True,
    ascii_only: bool = False,
) -> None:
    """Print ``report`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`); ``ascii_only``
    escapes every other character in JSON and SARIF (for a stream that is not UTF-8)."""
    writers: dict[str, Callable[[], None]] = {
        "text": lambda: _text(report, out, color, summary),
        "json": lambda: _json(report, out, ascii_only),
        "sarif": lambda: _sarif(report, out, ascii_only),
        "github": lambda: _github(report, out),
    }
    writers[fmt]()


# ---------------------------------------------------------------------------------- text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _text(report: Report, out: IO[str], color: bool, summary: bool) -> None:
    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    for result in report.results:
        path = printable(result.path)
        if result.error is not None:
            out.write(f"{paint(path, _BOLD)}: {paint('error', _COLORS['error'])}: "
                      f"{printable(result.error)}\n")
            continue
        for d in result.diagnostics:
            where = paint(f"{path}:{d.line}:{d.column}:", _BOLD)
            line = f"{where} {paint(d.code, _COLORS[d.severity])} {printable(d.message)}"
            if d.hint:
                line += " " + paint(f"({printable(d.hint)})", _DIM)
            out.write(line + "\n")
    if summary:
        c = report.counts()
        text = (f"{_plural(c['files'], 'file')} checked: {_plural(c['errors'], 'error')}, "
                f"{_plural(c['warnings'], 'warning')}, {_plural(c['infos'], 'info')}")
        if c["unreadable"]:
            text += f", {c['unreadable']} unreadable"
        out.write(text + "\n")


# ---------------------------------------------------------------------------------- JSON


def _json(report: Report, out: IO[str], ascii_only: bool = False) -> None:
    import json

    from laml import __version__

    diagnostics = [
        {
            "file": printable(result.path),
            "line": d.line,
            "column": d.column,
            "code": d.code,
            "rule": _rule_name(report, d.code),
            "severity": d.severity,
            "message": d.message,
            "hint": d.hint,
            "xpath": d.path or None,
            "platform_code": d.platform_code,
        }
        for result in report.results
        for d in result.diagnostics
    ]
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "laml", "version": __version__},
        "diagnostics": diagnostics,
        "errors": [
            {"file": printable(r.path), "message": printable(r.error)}
            for r in report.results if r.error is not None
        ],
        "summary": {**report.counts(), "exit_code": report.exit_code},
    }
    json.dump(document, out, indent=2, ensure_ascii=ascii_only)
    out.write("\n")


def _rule_name(report: Report, code: str) -> str | None:
    info = report.rules.get(code)
    return info.name if info is not None else None


# ---------------------------------------------------------------------------------- SARIF


def _uri(path: str) -> tuple[str, str | None]:
    """The SARIF ``uri`` of ``path`` and its base id (relative to the current directory)."""
    if path == "-":
        return "stdin", None
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute)
    except ValueError:  # another drive
        rel = ".."
    if not rel.startswith(".."):
        return _quote(rel), "%SRCROOT%"
    return "file://" + _quote(absolute), None


def _quote(path: str) -> str:
    """``path`` percent-encoded as a URI path: its bytes on disk, whatever they are."""
    return quote(os.fsencode(path.replace(os.sep, "/")))


def _artifact(path: str) -> dict[str, Any]:
    uri, base = _uri(path)
    location: dict[str, Any] = {"uri": uri}
    if base is not None:
        location["uriBaseId"] = base
    return location


def _rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    descriptor: dict[str, Any] = {"id": info.code}
    if info.name:
        descriptor["name"] = info.name
    descriptor["shortDescription"] = {"text": info.summary}
    descriptor["fullDescription"] = {"text": info.description or info.summary}
    help_text = info.help or info.description or info.summary
    descriptor["help"] = {"text": help_text, "markdown": info.help_markdown or help_text}
    descriptor["defaultConfiguration"] = {"level": _SARIF_LEVEL[info.severity]}
    properties: dict[str, Any] = {}
    if info.channels:
        properties["tags"] = list(info.channels)
    if info.platform_code is not None:
        properties["platformCode"] = info.platform_code
    if info.options:
        properties["options"] = {k: _jsonable(v) for k, v in info.options.items()}
    if properties:
        descriptor["properties"] = properties
    return descriptor


def _jsonable(value: object) -> object:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def _fingerprint(code: str, uri: str, anchor: str, seen: dict[str, int]) -> str:
    import hashlib

    base = hashlib.sha256(f"{code}\0{uri}\0{anchor}".encode()).hexdigest()[:32]
    seen[base] = seen.get(base, 0) + 1
    return f"{base}:{seen[base]}"


def _sarif(report: Report, out: IO[str], ascii_only: bool = False) -> None:
    import json

    from laml import __version__

    codes = sorted(report.rules)
    index = {code: i for i, code in enumerate(codes)}
    results: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for result in report.results:
        if result.error is not None:
            continue
        artifact = _artifact(result.path)
        for d in result.diagnostics:
            location: dict[str, Any] = {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {"startLine": d.line, "startColumn": d.column},
                }
            }
            if d.path:
                location["logicalLocations"] = [
                    {"fullyQualifiedName": d.path, "kind": "element"}
                ]
            message = d.message + (f" ({d.hint})" if d.hint else "")
            item: dict[str, Any] = {"ruleId": d.code}
            if d.code in index:
                item["ruleIndex"] = index[d.code]
            item["level"] = _SARIF_LEVEL[d.severity]
            item["message"] = {"text": printable(message)}
            item["locations"] = [location]
            anchor = d.path or f"{d.line}:{d.column}"
            item["partialFingerprints"] = {
                "lamlLocation/v1": _fingerprint(d.code, artifact["uri"], anchor, seen)
            }
            if d.platform_code is not None:
                item["properties"] = {"platformCode": d.platform_code}
            results.append(item)
    notifications = [
        {
            "level": "error",
            "message": {"text": printable(f"{r.path}: {r.error}")},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(r.path)}}],
        }
        for r in report.results
        if r.error is not None
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "laml",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_descriptor(report.rules[c]) for c in codes],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": notifications,
            }
        ],
        "originalUriBaseIds": {
            "%SRCROOT%": {"uri": "file://" + _quote(_directory_uri(os.getcwd()))}
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    json.dump({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, out, indent=2,
              ensure_ascii=ascii_only)
    out.write("\n")


def _directory_uri(directory: str) -> str:
    text = directory.replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text
    return text if text.endswith("/") else text + "/"


# ---------------------------------------------------------------------------------- GitHub

_DATA_ESCAPES = re.compile("[%\r\n]")
_PROPERTY_ESCAPES = re.compile("[%\r\n:,]")


def _escape(text: str, pattern: re.Pattern[str]) -> str:
    return printable(pattern.sub(lambda m: f"%{ord(m.group()):02X}", text))


def _github(report: Report, out: IO[str]) -> None:
    for result in report.results:
        file = _escape(result.path, _PROPERTY_ESCAPES)
        if result.error is not None:
            out.write(f"::error file={file},title=laml::{_escape(result.error, _DATA_ESCAPES)}\n")
            continue
        for d in result.diagnostics:
            message = d.message + (f" ({d.hint})" if d.hint else "")
            out.write(
                f"::{_GITHUB_COMMAND[d.severity]} file={file},line={d.line},col={d.column},"
                f"title={_escape(d.code, _PROPERTY_ESCAPES)}::"
                f"{_escape(message, _DATA_ESCAPES)}\n"
            )


def rule_infos(rules: Iterable[Any]) -> dict[str, RuleInfo]:
    """:class:`RuleInfo` of every lint rule in ``rules`` (:class:`laml.rules.Rule` objects)."""
    from laml.rules._markdown import inline, markdown

    infos: dict[str, RuleInfo] = {}
    for rule in rules:
        description = _strip_examples(rule.doc)
        infos[rule.code] = RuleInfo(
            code=rule.code,
            name=rule.name,
            severity=rule.severity,
            summary=rule.summary,
            description=description,
            help=_dedent(rule.doc),
            help_markdown=f"{inline(rule.summary)}\n\n{markdown(rule.doc)}".strip(),
            platform_code=rule.platform_code,
            channels=tuple(sorted(rule.channels)),
            options=dict(rule.options),
        )
    return infos


_EXAMPLE_START = re.compile(r"^\s*(Fails|Passes)\b.*::\s*$")


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def _strip_examples(doc: str) -> str:
    kept: list[str] = []
    for line in _dedent(doc).splitlines():
        if _EXAMPLE_START.match(line):
            break
        kept.append(line)
    return "\n".join(kept).strip()
