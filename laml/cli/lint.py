"""``laml lint``: validate and lint documents, for people, editors and CI.

Paths are files (checked whatever their name) or directories (searched for ``*.xml``,
``*.laml``, ``*.twiml``, ``*.cxml`` and configured extra extensions); ``-`` reads standard
input. Settings come from ``[tool.laml]`` (see :mod:`laml.cli._config`); command-line options
win. Many files are checked by a pool of processes, a few in this one.

``--fix`` applies the safe fixes the rules offer (``--unsafe-fixes`` the others too) and
reports what remains; ``--diff`` prints the fixes as a unified diff instead of writing them.
``--watch`` checks again whenever a file changes.

Exit status: 0 when no finding reaches ``--fail-on`` (``error`` by default), 1 when one does
(with ``--diff``: when there is something to fix), 2 on a usage or configuration error or when
a file could not be read (every other file is still checked and reported; 2 wins over 1).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from laml._records import field, record

if TYPE_CHECKING:
    from laml.cli._config import Config
    from laml.cli._output import FileResult, RuleInfo
    from laml.diagnostics import Diagnostic

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_RANK = {"error": 0, "warning": 1, "info": 2}
#: Below this many files the default checks them in this process: starting workers, and
#: sending every result back, costs more than sharing out less work saves.
POOL_THRESHOLD = 2000
#: Files handed to a worker process at a time.
CHUNK_SIZE = 128


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def add_parser(subparsers: Any) -> None:
    """Register ``laml lint``."""
    from laml.cli import examples
    from laml.cli._config import CHANNELS, DIALECTS, FAIL_ON
    from laml.cli._output import FORMATS

    parser = subparsers.add_parser(
        "lint",
        help="validate and lint documents",
        description="Check documents against the schema of their dialect and channel and "
        "against laml's lint rules. Settings come from [tool.laml] in the nearest "
        "pyproject.toml; options given here win.\n\n"
        "Directories are searched for *.laml, *.twiml, *.cxml and *.xml files; an .xml file "
        "found there is checked only when its root element is <Response>, so other XML "
        "(pom.xml, layouts) is left alone. A file named on the command line is always checked "
        "(unless --only-laml)."
        "\n\nExit status: 0 no finding at --fail-on or above (with --diff: nothing to fix), "
        "1 findings (with --diff: fixes to make), 2 usage, settings, unreadable file or "
        "internal error.",
        epilog=examples(
            ("check every document below this folder, failing on warnings too",
             "laml lint --fail-on warning ."),
            ("apply the safe fixes, then report what remains", "laml lint --fix calls/"),
            ("show the fixes, unsafe ones included, without writing them",
             "laml lint --diff --unsafe-fixes calls/menu.xml"),
            ("count the findings per rule", "laml lint --statistics ."),
            ("print each finding's line with a caret", "laml lint --show-source calls/menu.xml"),
            ("check again whenever a file changes", "laml lint --watch calls/"),
            ("all rules but one, and one more code", "laml lint --extend-ignore e164-number "
             "--extend-select LAML2 ."),
            ("annotate a pull request in GitHub Actions",
             "laml lint --format github calls/"),
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories (default: .); '-' reads standard input")
    parser.add_argument("--dialect", choices=DIALECTS,
                        help="platform dialect (default: signalwire)")
    parser.add_argument("--channel", choices=CHANNELS,
                        help="check every document as this channel (default: detected)")
    parser.add_argument("--select", action="append", type=_codes, metavar="CODES",
                        help="only these codes, code prefixes or rule names (comma-separated, "
                        "repeatable; replaces the settings' select), e.g. --select LAML1,LAML005")
    parser.add_argument("--extend-select", action="append", type=_codes, metavar="CODES",
                        help="add to the select list of the settings, e.g. --extend-select LAML2")
    parser.add_argument("--ignore", action="append", type=_codes, metavar="CODES",
                        help="skip these codes, code prefixes or rule names, and the schema "
                        "findings they replace (comma-separated, repeatable; replaces the "
                        "settings' ignore), e.g. --ignore LAML113,infinite-loop")
    parser.add_argument("--extend-ignore", action="append", type=_codes, metavar="CODES",
                        help="add to the ignore list of the settings, "
                        "e.g. --extend-ignore deprecated-verb")
    parser.add_argument("--fail-on", choices=FAIL_ON,
                        help="lowest severity that makes the exit status 1 (default: error)")
    parser.add_argument("--fix", action="store_true",
                        help="apply the safe fixes the rules offer to the files (standard "
                        "input: print the fixed document), then report what remains, "
                        "e.g. laml lint --fix calls/")
    parser.add_argument("--unsafe-fixes", action="store_true",
                        help="with --fix or --diff, also apply the unsafe fixes (a voice "
                        "name's near miss, https:// added to a host), "
                        "e.g. laml lint --fix --unsafe-fixes calls/menu.xml")
    parser.add_argument("--diff", action="store_true",
                        help="print the fixes as a unified diff instead of writing them "
                        "(exit 1 when there is something to fix), e.g. laml lint --diff .")
    parser.add_argument("--show-source", action="store_true",
                        help="print each finding's source line with a caret under its "
                        "column (text format), e.g. laml lint --show-source menu.xml")
    parser.add_argument("--statistics", action="store_true",
                        help="count the findings per rule instead of listing them, "
                        "e.g. laml lint --statistics .")
    parser.add_argument("--watch", action="store_true",
                        help="keep running and check the files again when they change "
                        "(Ctrl-C stops), e.g. laml lint --watch calls/")
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the report to FILE instead of standard output")
    parser.add_argument("-q", "--quiet", "--no-summary", dest="quiet", action="store_true",
                        help="no summary line after the findings (text format)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour text output (default: auto, on a terminal unless "
                        "NO_COLOR is set; FORCE_COLOR forces it)")
    parser.add_argument("-j", "--jobs", type=_jobs, default=0, metavar="N",
                        help="worker processes (default: 0, one per core when there are many "
                        "files; 1 checks everything in this process)")
    parser.add_argument("--only-laml", action="store_true",
                        help="skip named files too when they are not LaML documents (an .xml "
                        "file whose root is not <Response>): for pre-commit and editors")
    parser.add_argument("--stdin-filename", metavar="NAME",
                        help="the name reported (and matched by per-file-ignores) for '-'")
    parser.add_argument("--config", metavar="FILE",
                        help="read [tool.laml] from FILE instead of the nearest pyproject.toml")
    parser.add_argument("--no-config", action="store_true",
                        help="ignore every pyproject.toml")
    parser.set_defaults(run=run)


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 (automatic) or more")
    return number


@record
class Settings:
    """What every file is checked with (handed to worker processes once)."""

    dialect: str = "signalwire"
    channel: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    config_root: str = "."
    #: apply fixes (``"write"``), show them (``"diff"``), or neither (``None``)
    fix: str | None = None
    unsafe_fixes: bool = False
    #: hand back the source lines of the findings (for --show-source)
    source_lines: bool = False


@record
class Checked:
    """What checking one file gave: its findings (what remains after fixing), or why it could
    not be read; the fixes applied, their diff, the fixed document for standard input, and the
    source lines of the findings when asked for."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    fixed: int = 0
    diff: str | None = None
    output: bytes | None = None
    lines: dict[int, str] = field(default_factory=dict)
    #: not a LaML document (an .xml file found in a folder whose root is not <Response>)
    skipped: bool = False


def _flatten(groups: Sequence[list[str]] | None) -> list[str] | None:
    if groups is None:
        return None
    return [code for group in groups for code in group]


def run(args: argparse.Namespace) -> int:
    """Lint the documents named on the command line and print the report."""
    from laml.cli._config import ConfigError, resolve
    from laml.cli._files import printable

    paths: list[str] = args.paths or ["."]
    if args.unsafe_fixes and not (args.fix or args.diff):
        args.fix = False  # --unsafe-fixes alone changes nothing but the [*] markers
    if args.watch and "-" in paths:
        print("laml lint: --watch cannot watch standard input", file=sys.stderr)
        return EXIT_ERROR
    try:
        config = resolve(paths, args.config, args.no_config)
        settings = _settings(args, config)
    except ConfigError as exc:
        print(f"laml lint: {printable(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    fail_on = args.fail_on or config.fail_on or "error"
    stdin_fixed = settings.fix == "write" and "-" in paths
    try:
        if args.output:
            out: IO[str] = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        else:
            out = sys.stderr if stdin_fixed else sys.stdout
    except OSError as exc:
        print(f"laml lint: cannot write {printable(args.output)}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.watch:
            return _watch(args, out, paths, config, settings, fail_on)
        return _report(args, out, paths, config, settings, fail_on)
    finally:
        if out not in (sys.stdout, sys.stderr):
            out.close()


def _report(
    args: argparse.Namespace, out: IO[str], paths: list[str], config: Config,
    settings: Settings, fail_on: str, only: set[str] | None = None,
) -> int:
    from laml.cli._files import collect, display_path, printable, report_skipped, use_color
    from laml.cli._output import FileResult, Report, write_report

    collected = collect(paths, config.extra_extensions, config.is_excluded,
                        only_laml=args.only_laml)
    if only is None:
        report_skipped(collected)
    files = [f for f in collected.files if only is None or f in only]
    results: list[FileResult] = []
    names = {p: (args.stdin_filename or "-") if p == "-" else display_path(p) for p in files}
    diffs: list[str] = []
    for path, checked in zip(
        files, _lint_all(files, settings, args.jobs, names, collected.unsure), strict=True
    ):
        if checked.skipped:  # not a LaML document
            continue
        results.append(FileResult(names[path], checked.diagnostics, checked.error,
                                  fixed=checked.fixed, lines=checked.lines))
        if checked.diff:
            diffs.append(checked.diff)
        if checked.output is not None:
            sys.stdout.buffer.write(checked.output)
            sys.stdout.flush()
    if only is None:
        results.extend(FileResult(display_path(p), error=why) for p, why in collected.errors)
        if not collected.files and not collected.errors:
            print(f"laml lint: no documents found in {printable(' '.join(paths))}",
                  file=sys.stderr)

    status = EXIT_OK
    if any(r.error is not None for r in results):
        status = EXIT_ERROR
    elif settings.fix == "diff":
        status = EXIT_FINDINGS if diffs else EXIT_OK
    elif any(_RANK[d.severity] <= _RANK[fail_on] for r in results for d in r.diagnostics):
        status = EXIT_FINDINGS
    if settings.fix == "diff":
        return _print_diffs(out, diffs, results, status)
    report = Report(results, _rule_infos() if args.format in ("json", "sarif") else {}, status,
                    unsafe_fixes=settings.unsafe_fixes)

    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding != "utf8" and isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="backslashreplace")  # a terminal that cannot show every character
    color = args.format == "text" and use_color(out, args.color)
    write_report(report, args.format, out, color=color, summary=not args.quiet,
                 ascii_only=encoding != "utf8", statistics=args.statistics,
                 show_source=args.show_source)
    out.flush()
    return status


def _print_diffs(out: IO[str], diffs: list[str], results: list[Any], status: int) -> int:
    for diff in diffs:
        out.write(diff)
    for r in results:
        if r.error is not None:
            print(f"{r.path}: error: {r.error}", file=sys.stderr)
    fixes = sum(r.fixed for r in results)
    if fixes:
        files = sum(1 for r in results if r.fixed)
        print(f"Would fix {_plural(fixes, 'finding')} in {_plural(files, 'file')}.",
              file=sys.stderr)
    else:
        print("No fixes available.", file=sys.stderr)
    out.flush()
    return status


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _watch(
    args: argparse.Namespace, out: IO[str], paths: list[str], config: Config,
    settings: Settings, fail_on: str, *, interval: float = 0.5,
    rounds: int | None = None,
) -> int:
    """Check the files, then check again each one that changes (or appears), until Ctrl-C.

    ``rounds`` bounds the number of looks (for tests); the exit status is the last run's.
    """
    import time
    from datetime import datetime

    from laml.cli._files import collect

    seen: dict[str, tuple[int, int]] = {}
    status = EXIT_OK
    try:
        while rounds is None or rounds > 0:
            collected = collect(paths, config.extra_extensions, config.is_excluded)
            state: dict[str, tuple[int, int]] = {}
            for path in collected.files:
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                state[path] = (info.st_mtime_ns, info.st_size)
            changed = {p for p, v in state.items() if seen.get(p) != v}
            if changed or not seen:
                stamp = datetime.now().strftime("%H:%M:%S")
                what = "checking" if not seen else f"{_plural(len(changed), 'file')} changed"
                out.write(f"[{stamp}] {what}\n")
                status = _report(args, out, paths, config, settings, fail_on,
                                 only=None if not seen else changed)
                if settings.fix == "write":  # fixed files changed: take their new state
                    for path in changed or state:
                        with contextlib.suppress(OSError):
                            info = os.stat(path)
                            state[path] = (info.st_mtime_ns, info.st_size)
                out.flush()
            seen = state or {"": (0, 0)}
            if rounds is not None:
                rounds -= 1
                if rounds == 0:
                    break
            time.sleep(interval)
    except KeyboardInterrupt:
        pass
    return status


def _settings(args: argparse.Namespace, config: Config) -> Settings:
    """Command-line options over ``[tool.laml]`` over the defaults; checks codes and names."""
    from laml.cli._config import ConfigError
    from laml.settings import check_codes

    select = _flatten(args.select)
    ignore = _flatten(args.ignore)
    extend_select = _flatten(args.extend_select) or []
    extend_ignore = _flatten(args.extend_ignore) or []
    for option, patterns in (("--select", select), ("--ignore", ignore),
                             ("--extend-select", extend_select),
                             ("--extend-ignore", extend_ignore)):
        try:
            check_codes(patterns or [], option)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
    base = select if select is not None else config.select
    # without a select list everything is selected: extend-select adds nothing to that
    chosen = None if base is None else [*base, *config.extend_select, *extend_select]
    ignored = ignore if ignore is not None else [*(config.ignore or []), *config.extend_ignore]
    fix = "diff" if args.diff else "write" if args.fix else None
    return Settings(
        dialect=args.dialect or config.dialect or "signalwire",
        channel=args.channel or config.channel,
        select=chosen,
        ignore=[*ignored, *extend_ignore],
        options=dict(config.rules),
        per_file_ignores=config.per_file_ignores,
        config_root=config.root,
        fix=fix,
        unsafe_fixes=args.unsafe_fixes,
        source_lines=args.show_source and args.format == "text" and not args.statistics,
    )


def _rule_infos() -> dict[str, RuleInfo]:
    from laml.cli._output import rule_infos
    from laml.rules import all_rules

    infos = rule_infos(all_rules().values())
    infos.update(_validation_infos())
    return infos


#: Default severities of the codes that are not lint rules (validation and template checks);
#: the others are errors.
CODE_SEVERITIES = {"LAML014": "info", "LAML203": "warning", "LAML204": "info", "LAML205": "info",
                   "LAML207": "info"}
_PLATFORM_CODES: dict[str, int | None] = {"LAML001": 12100, "LAML013": 11750, "LAML014": None}


def _validation_infos() -> dict[str, RuleInfo]:
    """The codes of schema validation and of the template checks."""
    from laml.cli._output import RuleInfo
    from laml.linting import TEMPLATE_CODES
    from laml.rules import help_uri
    from laml.validation import CODES

    infos: dict[str, RuleInfo] = {}
    for table, kind in ((CODES, "schema validation"), (TEMPLATE_CODES, "template check")):
        for code, summary in table.items():
            text = summary[0].upper() + summary[1:]
            infos[code] = RuleInfo(
                code=code, name=None, severity=CODE_SEVERITIES.get(code, "error"),
                summary=f"{text} ({kind}).",
                platform_code=_PLATFORM_CODES.get(code, 12200 if table is CODES else None),
                help_uri=help_uri(code),
            )
    return infos


# ------------------------------------------------------------------------ checking files

_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings  # noqa: PLW0603 - one per worker process
    _worker_settings = settings


def _lint_chunk(chunk: list[tuple[str, str, bool]]) -> list[Checked]:
    assert _worker_settings is not None
    return [_lint_file(path, name, _worker_settings, unsure=unsure)
            for path, name, unsure in chunk]


def _lint_file(
    path: str, name: str, settings: Settings, data: bytes | None = None, workers: int = 1,
    *, unsure: bool = False,
) -> Checked:
    """The findings in one file (fixed first, with ``settings.fix``), or why it could not be
    read.

    With ``workers`` > 1, a large document has its rules shared out among that many processes.
    An ``unsure`` file is checked only when it is a LaML document.
    """
    from laml.cli._files import is_laml_document, read_bytes
    from laml.parsing import DEFAULT_MAX_BYTES

    state: os.stat_result | None = None
    if data is None:
        try:
            if settings.fix == "write" and path != "-":
                with open(path, "rb") as handle:  # what the file was, for the writer's check
                    state = os.fstat(handle.fileno())
                    data = handle.read(DEFAULT_MAX_BYTES + 1)
            else:
                data = read_bytes(path, DEFAULT_MAX_BYTES)
        except OSError as exc:
            return Checked(error=f"cannot read: {exc.strerror or exc}")
    if unsure and not is_laml_document(data):
        return Checked(skipped=True)
    ignore = settings.ignore + _per_file(name if path == "-" else path, settings)
    try:
        diagnostics: list[Diagnostic] | None = None
        if workers > 1 and len(data) >= LARGE_DOCUMENT and b"{{" not in data:
            diagnostics = _lint_split(data, name, settings, ignore, workers)
        if diagnostics is None:
            diagnostics = _lint_bytes(data, name, settings, ignore)
        checked = Checked(diagnostics)
        if settings.fix is not None:
            checked = _fix(path, name, data, settings, ignore, checked, state)
        if settings.source_lines and checked.diagnostics:
            checked.lines = _source_lines(data, checked.diagnostics)
    except Exception as exc:  # a bug in one check must not stop the other files being checked
        return Checked(error=f"internal error while checking it ({type(exc).__name__}: {exc}); "
                             "please report it")
    return checked


def _lint_bytes(data: bytes, name: str, settings: Settings, ignore: list[str]) -> list[Diagnostic]:
    from laml.linting import lint

    return list(lint(
        data,
        dialect=settings.dialect,  # type: ignore[arg-type]
        channel=settings.channel,  # type: ignore[arg-type]
        select=settings.select,
        ignore=ignore or None,
        options=settings.options or None,
        name=name,
    ))


def _fix(
    path: str, name: str, data: bytes, settings: Settings, ignore: list[str], checked: Checked,
    state: os.stat_result | None = None,
) -> Checked:
    """Apply the fixes of ``checked``'s findings to ``data``: write the file (print it, for
    standard input), or make a diff of them. The file is written only if it is still what
    was read (``state``), under the safe writer's rules (no write through hard links, to
    read-only files …)."""
    if not any(d.fix is not None and (d.fix.safe or settings.unsafe_fixes)
               for d in checked.diagnostics):
        return checked
    from laml.fixing import fix_bytes

    result = fix_bytes(data, lambda b: _lint_bytes(b, name, settings, ignore),
                       unsafe=settings.unsafe_fixes, found=checked.diagnostics)
    if not result.fixed:
        return checked
    if settings.fix == "diff":
        return Checked(checked.diagnostics, fixed=len(result.fixed),
                       diff=_unified_diff(data, result.data, name))
    if path == "-":
        return Checked(list(result.remaining), fixed=len(result.fixed), output=result.data)
    import hashlib

    from laml._fileio import FileState, UnsafeWriteError, write_atomic

    expect = None if state is None else FileState(
        state.st_dev, state.st_ino, state.st_size, state.st_mtime_ns,
        hashlib.sha256(data).digest())
    try:
        write_atomic(path, result.data, expect=expect)
    except UnsafeWriteError as exc:
        return Checked(error=f"fixes not written: {exc.reason}")
    except OSError as exc:
        return Checked(error=f"cannot write the fixes: {exc.strerror or exc}")
    return Checked(list(result.remaining), fixed=len(result.fixed))


def _unified_diff(old: bytes, new: bytes, name: str) -> str:
    import difflib

    before = old.decode("utf-8", "replace").splitlines(keepends=True)
    after = new.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(before, after, f"a/{name}", f"b/{name}"))
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _source_lines(data: bytes, diagnostics: list[Diagnostic]) -> dict[int, str]:
    """The lines the findings point at (for --show-source), without their line breaks."""
    from laml.document import load

    wanted = {d.line for d in diagnostics}
    text = load(data).text if data.startswith((b"\xef\xbb\xbf", b"<?xml")) else None
    if text is None:
        text = data.decode("utf-8", "replace")
    lines: dict[int, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if number in wanted:
            lines[number] = line
            if len(lines) == len(wanted):
                break
    return lines


# ------------------------------------------------------------- one large document, shared out

#: Documents at least this large (bytes) have their rules shared out among the worker
#: processes when there are few files to check.
LARGE_DOCUMENT = 1_000_000

#: The document being checked by :func:`_lint_split`, inherited by the forked workers.
_split_state: tuple[Any, Settings, list[str]] | None = None


def _partitions(settings: Settings, ignore: list[str], parts: int) -> list[list[str]]:
    """The codes to check, in ``parts`` groups of about the same number of rules.

    Validation and the rules that supersede validation findings stay together in the first
    group, so that a rule's finding still replaces the validation finding it refines.
    """
    from laml import rules
    from laml.validation import CODES

    def chosen(code: str) -> bool:
        selected = settings.select is None or any(code.startswith(p) for p in settings.select)
        return selected and not any(code.startswith(p) for p in ignore)

    picked = rules.selected(settings.select, ignore or None)
    groups: list[list[str]] = [[c for c in CODES if chosen(c)]]
    # an ignored rule still replaces the validation findings it supersedes (see lint_document)
    groups[0] += [r.code for r in rules.selected(settings.select, None) if r.supersedes]
    groups += [[] for _ in range(parts - 1)]
    counts = [sum(1 for c in groups[0] if not c.startswith("LAML0"))] + [0] * (parts - 1)
    for rule in picked:
        if rule.supersedes:
            continue
        smallest = counts.index(min(counts))
        groups[smallest].append(rule.code)
        counts[smallest] += 1
    return [g for g in groups if g]


def _fork_context() -> Any:
    """The ``fork`` start method on Linux (workers inherit what this process has loaded, and
    start at once), ``None`` elsewhere (macOS and Windows start workers afresh)."""
    import multiprocessing

    if sys.platform != "linux":
        return None
    return multiprocessing.get_context("fork")


def _lint_part(codes: list[str]) -> list[Diagnostic]:
    from laml.linting import lint_document

    assert _split_state is not None
    doc, settings, ignore = _split_state
    return lint_document(
        doc,
        dialect=settings.dialect,  # type: ignore[arg-type]
        channel=settings.channel,  # type: ignore[arg-type]
        select=codes,
        ignore=ignore or None,
        options=settings.options or None,
        template=False,
    )


def _lint_split(
    data: bytes, name: str, settings: Settings, ignore: list[str], workers: int
) -> list[Diagnostic] | None:
    """Lint one large document with its rules shared out among ``workers`` processes (this
    one included); ``None`` when that is not worth it (not well-formed) or not possible
    (no ``fork`` on this system)."""
    from concurrent.futures import ProcessPoolExecutor

    from laml.document import load

    global _split_state  # noqa: PLW0603 - read by the forked workers
    context = _fork_context()
    if context is None:
        return None
    doc = load(data, channel=settings.channel, name=name)  # type: ignore[arg-type]
    if doc.root is None:
        return None
    groups = _partitions(settings, ignore, workers)
    if len(groups) < 2:
        return None
    doc.elements()
    doc.position(doc.root)  # positions are indexed once, before the workers fork
    _split_state = (doc, settings, ignore)
    try:
        with ProcessPoolExecutor(
            max_workers=len(groups) - 1, mp_context=context
        ) as pool:
            futures = [pool.submit(_lint_part, codes) for codes in groups[1:]]
            found = _lint_part(groups[0])
            for future in futures:
                found += future.result()
    finally:
        _split_state = None
    # the order of laml.linting.lint: by position, then code and message; each finding once
    return sorted(dict.fromkeys(found), key=lambda d: (d.line, d.column, d.code, d.message))


def _per_file(path: str, settings: Settings) -> list[str]:
    if not settings.per_file_ignores:
        return []
    from laml.cli._config import Config

    config = Config(root=settings.config_root, per_file_ignores=settings.per_file_ignores)
    return config.ignores_for(path)


def _lint_all(
    files: list[str], settings: Settings, jobs: int, names: dict[str, str],
    unsure: set[str] | None = None,
) -> Iterator[Checked]:
    """The findings of every file, in order; a process pool checks them when there are many."""
    import laml.linting  # noqa: F401 - loaded before the pool forks, so workers start warm

    unsure = unsure or set()
    workers = jobs or _idle_cores()
    on_disk = [p for p in files if p != "-"]
    if workers == 1 or len(on_disk) < (POOL_THRESHOLD if jobs == 0 else 2):
        for path in files:
            yield _lint_stdin(path, names[path], settings, workers, unsure=path in unsure)
        return
    yield from _lint_pooled(files, settings, workers, names, unsure)


def _idle_cores() -> int:
    """The cores this process may use that other processes are not keeping busy (the load
    average says how many are): workers on busy cores only wait for each other."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # not available (Windows)
        busy = 0.0
    return max(1, min(cores, round(cores - busy)))


def _lint_stdin(
    path: str, name: str, settings: Settings, workers: int = 1, *, unsure: bool = False
) -> Checked:
    from laml.cli._files import read_bytes
    from laml.parsing import DEFAULT_MAX_BYTES

    if path != "-":
        return _lint_file(path, name, settings, workers=workers, unsure=unsure)
    try:
        data = read_bytes("-", DEFAULT_MAX_BYTES)
    except OSError as exc:
        return Checked(error=f"cannot read standard input: {exc.strerror or exc}")
    return _lint_file(path, name, settings, data, workers)


def _lint_pooled(
    files: list[str], settings: Settings, workers: int, names: dict[str, str],
    unsure: set[str],
) -> Iterator[Checked]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from laml.linting import lint

    # Warm up before forking, so that every worker starts with the rules loaded and the
    # schema compiled instead of doing it again.
    lint(b"<Response/>", dialect=settings.dialect)  # type: ignore[arg-type]
    stdin = _lint_stdin("-", names["-"], settings) if "-" in files else None
    on_disk = [p for p in files if p != "-"]
    size = max(16, min(CHUNK_SIZE, len(on_disk) // (workers * 4) or 1))
    chunks = [[(p, names[p], p in unsure) for p in on_disk[i : i + size]]
              for i in range(0, len(on_disk), size)]
    context = _fork_context() or multiprocessing.get_context()
    with ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)), mp_context=context,
        initializer=_init_worker, initargs=(settings,),
    ) as pool:
        done = iter(result for chunk in pool.map(_lint_chunk, chunks) for result in chunk)
        for path in files:
            if path == "-":
                assert stdin is not None
                yield stdin
            else:
                yield next(done)
