"""``[tool.laml]`` in ``pyproject.toml``: the settings of ``laml lint`` and ``laml fmt``.

::

    [tool.laml]
    dialect = "signalwire"            # or "twilio"
    channel = "voice"                 # force a channel; by default it is detected
    select = ["LAML0", "LAML1"]       # codes, code prefixes or rule names
    ignore = ["LAML130", "infinite-loop"]
    fail-on = "warning"               # error (default), warning or info
    extra-extensions = ["tmpl"]       # searched in directories besides xml, laml, twiml, cxml
    exclude = ["build/**", "vendor"]  # files and directories never checked

    [tool.laml.per-file-ignores]
    "tests/fixtures/**" = ["LAML1"]

    [tool.laml.rules.LAML107]         # a rule's options, by code or by name
    max = 1000

The file is the nearest ``pyproject.toml`` holding a ``[tool.laml]`` table, looking upward
from a directory; relative globs are relative to the folder of that file.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from typing import Any

from laml._records import field, record

__all__ = [
    "DIALECTS",
    "FAIL_ON",
    "Config",
    "ConfigError",
    "find_config",
    "glob_regex",
    "load_config",
    "resolve",
]

DIALECTS = ("signalwire", "twilio")
CHANNELS = ("voice", "messaging", "fax")
FAIL_ON = ("error", "warning", "info")

_KEYS = frozenset(
    {"dialect", "channel", "select", "ignore", "fail-on", "extra-extensions", "exclude",
     "per-file-ignores", "rules"}
)


class ConfigError(Exception):
    """A configuration file that cannot be read or holds a wrong setting."""


@record
class Config:
    """Settings from ``[tool.laml]``; ``None`` where the file says nothing."""

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


def load_config(path: str) -> Config:
    """Read and check ``[tool.laml]`` of the TOML file ``path``."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("laml", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.laml] must be a table")
    return _parse(table, path)


def _parse(table: Mapping[str, Any], path: str) -> Config:
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting tool.laml.{unknown[0]} "
            f"(known: {', '.join(sorted(_KEYS))})"
        )
    config = Config(path=path, root=os.path.dirname(os.path.abspath(path)))
    config.dialect = _choice(table, "dialect", DIALECTS, path)
    config.channel = _choice(table, "channel", CHANNELS, path)
    config.fail_on = _choice(table, "fail-on", FAIL_ON, path)
    config.select = _codes(table, "select", path)
    config.ignore = _codes(table, "ignore", path)
    config.extra_extensions = _codes(table, "extra-extensions", path) or []
    config.exclude = _codes(table, "exclude", path) or []
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{path}: tool.laml.per-file-ignores must be a table of glob = codes")
    for pattern in per_file:
        config.per_file_ignores[pattern] = _codes(
            per_file, pattern, path, f"per-file-ignores.{pattern!r}"
        ) or []
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f"{path}: tool.laml.rules must hold one table per rule, "
                          "e.g. [tool.laml.rules.LAML107]")
    config.rules = {str(k): dict(v) for k, v in rules.items()}
    return config


def _choice(table: Mapping[str, Any], key: str, allowed: tuple[str, ...], path: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise ConfigError(
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
        raise ConfigError(f"{path}: tool.laml.{label or key} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def resolve(paths: list[str], config_file: str | None, no_config: bool) -> Config:
    """The settings a command runs with: ``config_file`` if given, else the nearest
    ``pyproject.toml`` with ``[tool.laml]`` above the first path (or the current directory),
    or none at all with ``no_config``."""
    if no_config:
        return Config()
    if config_file is None:
        first = next((p for p in paths if p != "-"), ".")
        config_file = find_config(first)
        if config_file is None:
            return Config()
    return load_config(config_file)
