"""How ``laml lint`` prints its findings: text, JSON, SARIF 2.1.0, GitHub workflow commands.

Every formatter takes the same :class:`Report`. Text lines read
``path:line:column: severity: CODE [*] message (hint)``, ``[*]`` marking a finding ``--fix``
can fix; ``--show-source`` adds the line with a caret, ``--statistics`` counts per code. The
JSON and SARIF layouts are described in
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
    help_uri: str | None = None


@record
class FileResult:
    """One file's findings, or why it could not be read."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    #: fixes applied to the file
    fixed: int = 0
    #: the source lines the findings point at (for --show-source)
    lines: Mapping[int, str] = field(default_factory=dict)


@record
class Report:
    """Everything one run of ``laml lint`` found."""

    results: list[FileResult]
    rules: Mapping[str, RuleInfo]
    exit_code: int = 0
    #: unsafe fixes count as fixable (--unsafe-fixes)
    unsafe_fixes: bool = False

    def fixable(self, d: Diagnostic) -> bool:
        """Whether ``--fix`` (with the run's ``--unsafe-fixes``) would fix ``d``."""
        return d.fix is not None and (d.fix.safe or self.unsafe_fixes)

    def fixed(self) -> int:
        """Fixes applied in this run."""
        return sum(r.fixed for r in self.results)

    def statistics(self) -> list[tuple[str, int, int]]:
        """(code, findings, of them fixable) per code, the most frequent first."""
        counts: dict[str, list[int]] = {}
        for result in self.results:
            for d in result.diagnostics:
                entry = counts.setdefault(d.code, [0, 0])
                entry[0] += 1
                entry[1] += self.fixable(d)
        return sorted(((c, n, f) for c, (n, f) in counts.items()), key=lambda t: (-t[1], t[0]))

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
    statistics: bool = False,
    show_source: bool = False,
) -> None:
    """Print ``report`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`); ``ascii_only``
    escapes every other character in JSON and SARIF (for a stream that is not UTF-8).
    ``statistics`` prints counts per code instead of the findings (text and JSON);
    ``show_source`` prints each finding's line under it (text)."""
    if statistics and fmt == "text":
        _statistics_text(report, out, color, summary)
        return
    writers: dict[str, Callable[[], None]] = {
        "text": lambda: _text(report, out, color, summary, show_source),
        "json": lambda: _json(report, out, ascii_only, statistics),
        "sarif": lambda: _sarif(report, out, ascii_only),
        "github": lambda: _github(report, out),
    }
    writers[fmt]()


# ---------------------------------------------------------------------------------- text


def _plural(n: int, word: str) -> str:
    """``1 fix``, ``3 fixes``, ``2 files``."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word}es" if word.endswith(("s", "x")) else f"{n} {word}s"


def _text(report: Report, out: IO[str], color: bool, summary: bool,
          show_source: bool = False) -> None:
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
            severity = paint(f"{d.severity}:", _COLORS[d.severity])
            marker = " [*]" if report.fixable(d) else ""
            line = (f"{where} {severity} {paint(d.code, _COLORS[d.severity])}{marker} "
                    f"{printable(d.message)}")
            if d.hint:
                line += " " + paint(f"({printable(d.hint)})", _DIM)
            out.write(line + "\n")
            if show_source and d.line in result.lines:
                out.write(_source(result.lines[d.line], d.line, d.column,
                                  _painter(paint, _COLORS[d.severity])))
    if summary:
        _summary(report, out)


def _painter(paint: Callable[[str, str], str], colour: str) -> Callable[[str], str]:
    return lambda text: paint(text, colour)


def _summary(report: Report, out: IO[str]) -> None:
    c = report.counts()
    text = (f"{_plural(c['files'], 'file')} checked: {_plural(c['errors'], 'error')}, "
            f"{_plural(c['warnings'], 'warning')}, {_plural(c['infos'], 'info')}")
    if c["unreadable"]:
        text += f", {c['unreadable']} unreadable"
    fixed = report.fixed()
    if fixed:
        text += f" ({fixed} fixed)"
    out.write(text + "\n")
    findings = [d for r in report.results for d in r.diagnostics]
    fixable = sum(1 for d in findings if report.fixable(d))
    hidden = sum(1 for d in findings if d.fix is not None and not report.fixable(d))
    if fixable or hidden:
        parts = []
        if fixable:
            parts.append(f"[*] {fixable} fixable with --fix")
        if hidden:
            parts.append(f"{_plural(hidden, 'unsafe fix')} more with --unsafe-fixes")
        out.write("; ".join(parts) + "\n")


#: Widest source line printed whole; longer ones are shown around the column.
SOURCE_WIDTH = 100


def _source(line: str, number: int, column: int, paint: Callable[[str], str]) -> str:
    """``line`` with a caret under ``column``: the finding's context, as compilers print it."""
    line = line.replace("\t", " ")
    index = max(column - 1, 0)
    if len(line) > SOURCE_WIDTH:  # one long line (a builder's output): a window around it
        half = SOURCE_WIDTH // 2
        start = max(0, min(index - half, len(line) - SOURCE_WIDTH))
        end = start + SOURCE_WIDTH
        shown = ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")
        index = index - start + (1 if start else 0)
    else:
        shown = line.rstrip()
    gutter = " " * len(str(number))
    index = len(printable(shown[:index]))  # control characters show as escapes
    shown = printable(shown)
    return (f"{gutter} |\n{number} | {shown}\n"
            f"{gutter} | {' ' * min(index, len(shown))}{paint('^')}\n")


def _statistics_text(report: Report, out: IO[str], color: bool, summary: bool) -> None:
    rows = report.statistics()
    width = max((len(str(n)) for _, n, _ in rows), default=1)
    for code, count, fixable in rows:
        info = report.rules.get(code)
        name = info.name if info is not None and info.name else _name(code)
        marker = "[*]" if fixable == count else "[-]" if fixable else "   "
        code_text = f"\x1b[1m{code}\x1b[0m" if color else code
        out.write(f"{count:>{width}}  {code_text}  {marker} {name}\n")
    if summary:
        _summary(report, out)


def _name(code: str) -> str:
    from laml.linting import TEMPLATE_CODES
    from laml.rules import names
    from laml.validation import CODES

    return names().get(code) or CODES.get(code) or TEMPLATE_CODES.get(code, "")


# ---------------------------------------------------------------------------------- JSON


def _fix(report: Report, d: Diagnostic) -> dict[str, Any] | None:
    if d.fix is None:
        return None
    return {"applicability": "safe" if d.fix.safe else "unsafe",
            "message": d.fix.description, "applied_with_fix": report.fixable(d)}


def _json(
    report: Report, out: IO[str], ascii_only: bool = False, statistics: bool = False
) -> None:
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
            "fix": _fix(report, d),
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
        "summary": {**report.counts(), "fixed": report.fixed(), "exit_code": report.exit_code},
    }
    if statistics:
        document["statistics"] = [
            {"code": code, "rule": _rule_name(report, code), "count": count, "fixable": fixable}
            for code, count, fixable in report.statistics()
        ]
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
    if info.help_uri:
        descriptor["helpUri"] = info.help_uri
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
    from laml.rules import help_uri
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
            help_uri=help_uri(rule.code),
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
