"""``laml lint``: validate and lint documents, for people, editors and CI.

Paths are files (checked whatever their name) or directories (searched for ``*.xml``,
``*.laml``, ``*.twiml``, ``*.cxml`` and configured extra extensions); ``-`` reads standard
input. Settings come from ``[tool.laml]`` (see :mod:`laml.cli._config`); command-line options
win. Many files are checked by a pool of processes, a few in this one.

Exit status: 0 when no finding reaches ``--fail-on`` (``error`` by default), 1 when one does,
2 on a usage or configuration error or when a file could not be read (every other file is
still checked and reported; 2 wins over 1).
"""

from __future__ import annotations

import argparse
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
    from laml.rules import Rule

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
        "\n\nExit status: 0 no finding at --fail-on or above, 1 findings, 2 usage, settings, "
        "unreadable file or internal error.",
        epilog=examples(
            ("check every document below this folder, failing on warnings too",
             "laml lint --fail-on warning ."),
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
                        "repeatable)")
    parser.add_argument("--ignore", action="append", type=_codes, metavar="CODES",
                        help="skip these codes, code prefixes or rule names (comma-separated, "
                        "repeatable)")
    parser.add_argument("--fail-on", choices=FAIL_ON,
                        help="lowest severity that makes the exit status 1 (default: error)")
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


def _flatten(groups: Sequence[list[str]] | None) -> list[str] | None:
    if groups is None:
        return None
    return [code for group in groups for code in group]


def run(args: argparse.Namespace) -> int:
    """Lint the documents named on the command line and print the report."""
    from laml.cli._config import ConfigError, resolve
    from laml.cli._files import printable

    paths: list[str] = args.paths or ["."]
    try:
        config = resolve(paths, args.config, args.no_config)
        settings = _settings(args, config)
    except ConfigError as exc:
        print(f"laml lint: {printable(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    fail_on = args.fail_on or config.fail_on or "error"
    for pattern in _unknown_patterns([*(settings.select or []), *settings.ignore,
                                      *(c for codes in settings.per_file_ignores.values()
                                        for c in codes)]):
        print(f"laml lint: warning: {printable(repr(pattern))} matches no code or rule name",
              file=sys.stderr)
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"laml lint: cannot write {printable(args.output)}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_ERROR
    try:
        return _report(args, out, paths, config, settings, fail_on)
    finally:
        if out is not sys.stdout:
            out.close()


def _report(
    args: argparse.Namespace, out: IO[str], paths: list[str], config: Config,
    settings: Settings, fail_on: str,
) -> int:
    from laml.cli._files import collect, display_path, printable, report_skipped, use_color
    from laml.cli._output import FileResult, Report, write_report

    collected = collect(paths, config.extra_extensions, config.is_excluded,
                        only_laml=args.only_laml)
    report_skipped(collected)
    results: list[FileResult] = []
    names = {p: (args.stdin_filename or "-") if p == "-" else display_path(p)
             for p in collected.files}
    for path, (diagnostics, error) in zip(
        collected.files,
        _lint_all(collected.files, settings, args.jobs, names, collected.unsure),
        strict=True,
    ):
        if diagnostics is not None or error is not None:  # None, None: not a LaML document
            results.append(FileResult(names[path], diagnostics or [], error))
    results.extend(FileResult(display_path(p), error=why) for p, why in collected.errors)
    if not collected.files and not collected.errors:
        print(f"laml lint: no documents found in {printable(' '.join(paths))}",
              file=sys.stderr)

    status = EXIT_OK
    if any(r.error is not None for r in results):
        status = EXIT_ERROR
    elif any(_RANK[d.severity] <= _RANK[fail_on] for r in results for d in r.diagnostics):
        status = EXIT_FINDINGS
    report = Report(results, _rule_infos() if args.format in ("json", "sarif") else {}, status)

    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding != "utf8" and isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="backslashreplace")  # a terminal that cannot show every character
    color = args.format == "text" and use_color(out, args.color)
    write_report(report, args.format, out, color=color, summary=not args.quiet,
                 ascii_only=encoding != "utf8")
    out.flush()
    return status


def _settings(args: argparse.Namespace, config: Config) -> Settings:
    """Command-line options over ``[tool.laml]`` over the defaults; checks rule options."""
    options = _check_rule_options(config)
    select = _flatten(args.select)
    ignore = _flatten(args.ignore)
    return Settings(
        dialect=args.dialect or config.dialect or "signalwire",
        channel=args.channel or config.channel,
        select=select if select is not None else config.select,
        ignore=ignore if ignore is not None else (config.ignore or []),
        options=options,
        per_file_ignores=config.per_file_ignores,
        config_root=config.root,
    )


def _check_rule_options(config: Config) -> dict[str, dict[str, Any]]:
    from laml.cli._config import ConfigError
    from laml.rules import all_rules

    if not config.rules:
        return {}
    by_key: dict[str, Rule] = {}
    for rule in all_rules().values():
        by_key[rule.code] = by_key[rule.name] = rule
    for key, values in config.rules.items():
        found = by_key.get(key)
        if found is None:
            raise ConfigError(f"{config.path}: [tool.laml.rules.{key}]: no rule has that "
                              "code or name")
        rule = found
        for option, value in values.items():
            if option not in rule.options:
                known = ", ".join(sorted(rule.options)) or "none"
                raise ConfigError(f"{config.path}: rule {rule.code} ({rule.name}) has no "
                                  f"option {option!r} (options: {known})")
            default = rule.options[option]
            if default is not None and not _same_type(value, default):
                raise ConfigError(f"{config.path}: option {option!r} of rule {rule.code} must "
                                  f"be a {type(default).__name__}, not {value!r}")
    return config.rules


def _unknown_patterns(patterns: list[str]) -> list[str]:
    """The ``select``/``ignore`` patterns that match no code, code prefix or rule name."""
    if not patterns:
        return []
    from laml.linting import TEMPLATE_CODES
    from laml.rules import all_rules
    from laml.validation import CODES

    codes = [*all_rules(), *CODES, *TEMPLATE_CODES]
    names = {r.name for r in all_rules().values()}
    return sorted({p for p in patterns
                   if p not in names and not any(c.startswith(p) for c in codes)})


def _same_type(value: object, default: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def _rule_infos() -> dict[str, RuleInfo]:
    from laml.cli._output import rule_infos
    from laml.rules import all_rules

    infos = rule_infos(all_rules().values())
    infos.update(_validation_infos())
    return infos


#: Default severities of the codes that are not lint rules (validation and template checks).
_OTHER_SEVERITIES = {"LAML014": "info", "LAML203": "warning", "LAML204": "info", "LAML205": "info"}
_PLATFORM_CODES: dict[str, int | None] = {"LAML001": 12100, "LAML013": 11750, "LAML014": None}


def _validation_infos() -> dict[str, RuleInfo]:
    """The codes of schema validation and of the template checks."""
    from laml.cli._output import RuleInfo
    from laml.linting import TEMPLATE_CODES
    from laml.validation import CODES

    infos: dict[str, RuleInfo] = {}
    for table, kind in ((CODES, "schema validation"), (TEMPLATE_CODES, "template check")):
        for code, summary in table.items():
            text = summary[0].upper() + summary[1:]
            infos[code] = RuleInfo(
                code=code, name=None, severity=_OTHER_SEVERITIES.get(code, "error"),
                summary=f"{text} ({kind}).",
                platform_code=_PLATFORM_CODES.get(code, 12200 if table is CODES else None),
            )
    return infos


# ------------------------------------------------------------------------ checking files

_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings  # noqa: PLW0603 - one per worker process
    _worker_settings = settings


#: One file's outcome: its findings, or why it could not be read; ``(None, None)`` when it
#: is not a LaML document (found in a directory without a LaML ending, root not <Response>).
Outcome = tuple["list[Diagnostic] | None", str | None]


def _lint_chunk(chunk: list[tuple[str, str, bool]]) -> list[Outcome]:
    assert _worker_settings is not None
    return [_lint_file(path, name, _worker_settings, unsure=unsure)
            for path, name, unsure in chunk]


def _lint_file(
    path: str, name: str, settings: Settings, data: bytes | None = None, workers: int = 1,
    *, unsure: bool = False,
) -> Outcome:
    """The findings in one file, or why it could not be read.

    With ``workers`` > 1, a large document has its rules shared out among that many processes.
    An ``unsure`` file is checked only when it is a LaML document.
    """
    from laml.cli._files import is_laml_document, read_bytes
    from laml.linting import lint
    from laml.parsing import DEFAULT_MAX_BYTES

    if data is None:
        try:
            data = read_bytes(path, DEFAULT_MAX_BYTES)
        except OSError as exc:
            return [], f"cannot read: {exc.strerror or exc}"
    if unsure and not is_laml_document(data):
        return None, None
    ignore = settings.ignore + _per_file(name if path == "-" else path, settings)
    try:
        if workers > 1 and len(data) >= LARGE_DOCUMENT and b"{{" not in data:
            split = _lint_split(data, name, settings, ignore, workers)
            if split is not None:
                return split, None
        diagnostics = lint(
            data,
            dialect=settings.dialect,  # type: ignore[arg-type]
            channel=settings.channel,  # type: ignore[arg-type]
            select=settings.select,
            ignore=ignore or None,
            options=settings.options or None,
            name=name,
        )
    except Exception as exc:  # a bug in one check must not stop the other files being checked
        return [], (f"internal error while checking it ({type(exc).__name__}: {exc}); "
                    "please report it")
    return list(diagnostics), None


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
    groups[0] += [r.code for r in picked if r.supersedes]
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
) -> Iterator[Outcome]:
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
) -> Outcome:
    from laml.cli._files import read_bytes
    from laml.parsing import DEFAULT_MAX_BYTES

    if path != "-":
        return _lint_file(path, name, settings, workers=workers, unsure=unsure)
    try:
        data = read_bytes("-", DEFAULT_MAX_BYTES)
    except OSError as exc:
        return [], f"cannot read standard input: {exc.strerror or exc}"
    return _lint_file(path, name, settings, data, workers)


def _lint_pooled(
    files: list[str], settings: Settings, workers: int, names: dict[str, str],
    unsure: set[str],
) -> Iterator[Outcome]:
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
