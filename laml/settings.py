"""Settings: what ``laml lint``, ``laml fmt`` and :func:`laml.lint` check with.

They are read from ``[tool.laml]`` in ``pyproject.toml`` (or given from Python as a
:class:`Settings`, or as a mapping shaped like that table)::

    [tool.laml]
    dialect = "signalwire"            # or "twilio"
    channel = "voice"                 # force a channel; by default it is detected
    select = ["LAML0", "LAML1"]       # codes, code prefixes or rule names
    extend-select = ["LAML2"]         # added to select
    ignore = ["LAML130", "infinite-loop"]
    extend-ignore = ["LAML133"]       # added to ignore
    fail-on = "warning"               # error (default), warning or info
    extra-extensions = ["tmpl"]       # searched in directories besides xml, laml, twiml, cxml
    exclude = ["build/**", "vendor"]  # files and directories never checked

    [tool.laml.per-file-ignores]
    "tests/fixtures/**" = ["LAML1"]

    [tool.laml.rules.LAML107]         # a rule's options, by code or by name
    max = 1000

The file is the nearest ``pyproject.toml`` holding a ``[tool.laml]`` table, looking upward
from a directory; relative globs are relative to the folder of that file. Every code, code
prefix and rule name is checked: one that matches nothing is an error, as is an unknown
setting, value or rule option.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CHANNELS",
    "DIALECTS",
    "FAIL_ON",
    "Settings",
    "SettingsError",
    "check_codes",
    "find_config",
    "glob_regex",
    "load_config",
    "resolve",
    "unknown_codes",
]

DIALECTS = ("signalwire", "twilio")
CHANNELS = ("voice", "messaging", "fax")
FAIL_ON = ("error", "warning", "info")

_KEYS = frozenset(
    {"dialect", "channel", "select", "extend-select", "ignore", "extend-ignore", "fail-on",
     "extra-extensions", "exclude", "per-file-ignores", "rules"}
)


class SettingsError(ValueError):
    """A settings file that cannot be read, or a wrong setting (an unknown code, a bad value)."""


@dataclass
class Settings:
    """Settings from ``[tool.laml]``; ``None`` where nothing is said.

    ``Settings(dialect="twilio", ignore=["e164-number"])`` builds them in Python;
    :meth:`from_mapping` reads a ``[tool.laml]``-shaped mapping, :meth:`from_file` a TOML
    file, :meth:`discover` the nearest ``pyproject.toml``.
    """

    path: str | None = None
    root: str = "."
    dialect: str | None = None
    channel: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: str | None = None
    extra_extensions: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    extend_select: list[str] = field(default_factory=list)
    extend_ignore: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], path: str | None = None) -> Settings:
        """Settings from a mapping shaped like ``[tool.laml]`` (keys with dashes); checked."""
        return _parse(table, path or "settings")

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Settings:
        """Settings from ``[tool.laml]`` of a TOML file (a ``pyproject.toml``)."""
        return load_config(os.fspath(path))

    @classmethod
    def discover(cls, start: str | os.PathLike[str] = ".") -> Settings:
        """Settings of the nearest ``pyproject.toml`` with a ``[tool.laml]`` table above
        ``start`` (a file or directory); the defaults when there is none."""
        found = find_config(os.fspath(start))
        return cls() if found is None else load_config(found)

    def selection(self, path: str | None = None) -> tuple[list[str] | None, list[str]]:
        """The ``select`` patterns (``None``: everything) and the ``ignore`` patterns, with
        the ``extend-`` lists and the ``per-file-ignores`` of ``path`` added."""
        select = None if self.select is None else [*self.select, *self.extend_select]
        ignore = [*(self.ignore or []), *self.extend_ignore]
        if path is not None:
            ignore += self.ignores_for(path)
        return select, ignore

    def check(self) -> Settings:
        """Raise :class:`SettingsError` for an unknown code, rule name or rule option."""
        where = self.path or "settings"
        for key, patterns in (("select", self.select or []), ("extend-select", self.extend_select),
                              ("ignore", self.ignore or []), ("extend-ignore", self.extend_ignore),
                              *((f"per-file-ignores.{k!r}", v)
                                for k, v in self.per_file_ignores.items())):
            check_codes(patterns, f"{where}: tool.laml.{key}")
        _check_rule_options(self.rules, where)
        return self

    def relative(self, path: str) -> str:
        """``path`` relative to :attr:`root`, with ``/`` separators (as given if outside)."""
        absolute = os.path.abspath(path)
        try:
            rel = os.path.relpath(absolute, os.path.abspath(self.root))
        except ValueError:
            rel = absolute
        if rel.startswith(".."):
            rel = path
        return rel.replace(os.sep, "/")

    def is_excluded(self, path: str) -> bool:
        """Whether ``path`` (a file) or one of its folders matches an ``exclude`` glob."""
        if not self.exclude:
            return False
        rel = self.relative(path)
        parts = rel.split("/")
        candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(
            _match(pattern, candidate) for pattern in self.exclude for candidate in candidates
        )

    def ignores_for(self, path: str) -> list[str]:
        """The codes ``per-file-ignores`` turns off for ``path``."""
        if not self.per_file_ignores or path == "-":
            return []
        rel = self.relative(path)
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores.items():
            if _match(pattern, rel):
                codes.extend(ignored)
        return codes


@functools.cache
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A compiled regular expression for a glob: ``*`` and ``?`` stay within one folder,
    ``**`` crosses folders, ``[...]`` is a character class."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[" and (end := pattern.find("]", i + 2)) != -1:
            body = pattern[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _match(pattern: str, rel: str) -> bool:
    pattern = pattern.replace(os.sep, "/").removeprefix("./").rstrip("/")
    if "/" not in pattern:  # a bare name matches that name in any folder
        return glob_regex(pattern).match(rel.rsplit("/", 1)[-1]) is not None
    return glob_regex(pattern).match(rel) is not None


def find_config(start: str) -> str | None:
    """The nearest ``pyproject.toml`` with a ``[tool.laml]`` table, from ``start`` upward."""
    directory = os.path.abspath(start)
    if not os.path.isdir(directory):
        directory = os.path.dirname(directory)
    while True:
        candidate = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(candidate) and _has_table(candidate):
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _has_table(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read()
    except OSError:
        return False
    return re.search(rb"^\s*\[\s*tool\s*\.\s*laml\s*[\].]|^\s*tool\s*\.\s*laml\s*[.=]",
                     head, re.MULTILINE) is not None


def load_config(path: str) -> Settings:
    """Read and check ``[tool.laml]`` of the TOML file ``path``."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("laml", {})
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.laml] must be a table")
    return _parse(table, path)


def _parse(table: Mapping[str, Any], path: str) -> Settings:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise SettingsError(
            f"{path}: unknown setting tool.laml.{unknown[0]} "
            f"(known: {', '.join(sorted(_KEYS))})"
        )
    config = Settings(path=path, root=os.path.dirname(os.path.abspath(path)))
    config.dialect = _choice(table, "dialect", DIALECTS, path)
    config.channel = _choice(table, "channel", CHANNELS, path)
    config.fail_on = _choice(table, "fail-on", FAIL_ON, path)
    config.select = _codes(table, "select", path)
    config.ignore = _codes(table, "ignore", path)
    config.extend_select = _codes(table, "extend-select", path) or []
    config.extend_ignore = _codes(table, "extend-ignore", path) or []
    config.extra_extensions = _codes(table, "extra-extensions", path) or []
    config.exclude = _codes(table, "exclude", path) or []
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise SettingsError(f"{path}: tool.laml.per-file-ignores must be a table of glob = codes")
    for pattern in per_file:
        config.per_file_ignores[pattern] = _codes(
            per_file, pattern, path, f"per-file-ignores.{pattern!r}"
        ) or []
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise SettingsError(f"{path}: tool.laml.rules must hold one table per rule, "
                          "e.g. [tool.laml.rules.LAML107]")
    config.rules = {str(k): dict(v) for k, v in rules.items()}
    return config.check()


def _choice(table: Mapping[str, Any], key: str, allowed: tuple[str, ...], path: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise SettingsError(
            f"{path}: tool.laml.{key} is {value!r}; use one of {', '.join(allowed)}"
        )
    return str(value)


def _codes(
    table: Mapping[str, Any], key: str, path: str, label: str | None = None
) -> list[str] | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{path}: tool.laml.{label or key} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def resolve(paths: list[str], config_file: str | None, no_config: bool) -> Settings:
    """The settings a command runs with: ``config_file`` if given, else the nearest
    ``pyproject.toml`` with ``[tool.laml]`` above the first path (or the current directory),
    or none at all with ``no_config``."""
    if no_config:
        return Settings()
    if config_file is None:
        first = next((p for p in paths if p != "-"), ".")
        config_file = find_config(first)
        if config_file is None:
            return Settings()
    return load_config(config_file)


# ---------------------------------------------------------------------------- codes


def _known() -> tuple[list[str], set[str]]:
    from laml.linting import TEMPLATE_CODES
    from laml.rules import all_rules
    from laml.validation import CODES

    rules = all_rules()
    return [*rules, *CODES, *TEMPLATE_CODES], {r.name for r in rules.values()}


def unknown_codes(patterns: list[str]) -> list[str]:
    """The patterns that match no code, code prefix or rule name."""
    if not patterns:
        return []
    codes, names = _known()
    return sorted(
        {p for p in patterns if p not in names and not any(c.startswith(p) for c in codes)}
    )


def check_codes(patterns: list[str], where: str) -> None:
    """Raise :class:`SettingsError` naming the patterns of ``where`` that match nothing."""
    unknown = unknown_codes(patterns)
    if unknown:
        import difflib

        codes, names = _known()
        shown = ", ".join(repr(u) for u in unknown)
        close = difflib.get_close_matches(unknown[0], [*names, *codes], n=1, cutoff=0.7)
        hint = f"; did you mean {close[0]!r}?" if close else " (see `laml rule --all`)"
        raise SettingsError(f"{where}: {shown} matches no code, code prefix or rule name{hint}")


def _check_rule_options(rules: Mapping[str, Mapping[str, Any]], where: str) -> None:
    if not rules:
        return
    from laml.rules import Rule, all_rules

    by_key: dict[str, Rule] = {}
    for rule in all_rules().values():
        by_key[rule.code] = by_key[rule.name] = rule
    for key, values in rules.items():
        found = by_key.get(key)
        if found is None:
            raise SettingsError(f"{where}: [tool.laml.rules.{key}]: no rule has that "
                                "code or name")
        for option, value in values.items():
            if option not in found.options:
                known = ", ".join(sorted(found.options)) or "none"
                raise SettingsError(f"{where}: rule {found.code} ({found.name}) has no "
                                    f"option {option!r} (options: {known})")
            default = found.options[option]
            if default is not None and not _same_type(value, default):
                raise SettingsError(f"{where}: option {option!r} of rule {found.code} must "
                                    f"be a {type(default).__name__}, not {value!r}")


def _same_type(value: object, default: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))
