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
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

from laml._records import field, record

__all__ = [
    "CHANNELS",
    "DIALECTS",
    "FAIL_ON",
    "Glob",
    "OptionValue",
    "RuleOptions",
    "Settings",
    "SettingsError",
    "check_codes",
    "compile_glob",
    "find_config",
    "load_config",
    "resolve",
    "unknown_codes",
]

DIALECTS = ("signalwire", "twilio")
CHANNELS = ("voice", "messaging", "fax")
FAIL_ON = ("error", "warning", "info")

#: The value of a rule option: a number, a flag or a word (of the type of its default).
OptionValue: TypeAlias = str | int | float | bool
#: A rule's options by name, as in ``[tool.laml.rules.LAML107]``.
RuleOptions: TypeAlias = Mapping[str, OptionValue]

#: Largest settings file read (bytes), and deepest nesting of arrays and tables under
#: ``[tool.laml]``.
MAX_CONFIG_BYTES = 4 * 1024 * 1024
MAX_CONFIG_DEPTH = 16

_KEYS = frozenset(
    {"dialect", "channel", "select", "extend-select", "ignore", "extend-ignore", "fail-on",
     "extra-extensions", "exclude", "per-file-ignores", "rules"}
)


class SettingsError(ValueError):
    """A settings file that cannot be read, or a wrong setting (an unknown code, a bad value)."""


@record
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
    rules: dict[str, dict[str, OptionValue]] = field(default_factory=dict)
    extend_select: list[str] = field(default_factory=list)
    extend_ignore: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, table: Mapping[str, object], path: str | None = None) -> Settings:
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
        return any(compile_glob(pattern).matches(rel, or_inside=True) for pattern in self.exclude)

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


def _name_regex(part: str, pattern: str) -> re.Pattern[str]:
    """A regular expression for one folder or file name pattern that cannot backtrack badly.

    ``*X*Y*Z`` becomes ``X`` anchored at the start, each middle piece found at its first
    occurrence inside an atomic group (``(?>.*?Y)``: never revisited), and ``Z`` at the end.
    Taking the first occurrence is always right when a star follows, so the cost is at most the
    product of the two lengths, never the exponential backtracking of ``.*X.*Y.*Z``.
    """
    pieces: list[list[str]] = [[]]
    i, n = 0, len(part)
    while i < n:
        c = part[i]
        if c == "*":  # ** inside a name is one *
            if pieces[-1] or len(pieces) == 1:
                pieces.append([])
            i += 1
        elif c == "?":
            pieces[-1].append(".")
            i += 1
        elif c == "[":
            j = i + 1
            negated = j < n and part[j] in "!^"
            j += negated
            members: list[str] = []
            first = True
            while j < n and (part[j] != "]" or first):
                lo = hi = part[j]
                if j + 2 < n and part[j + 1] == "-" and part[j + 2] != "]":
                    hi = part[j + 2]
                    if hi < lo:
                        raise ValueError(f"glob {pattern!r}: the range {lo}-{hi} is reversed")
                    j += 2
                members.append(re.escape(lo) if lo == hi else f"{re.escape(lo)}-{re.escape(hi)}")
                j += 1
                first = False
            if j >= n:
                raise ValueError(f"glob {pattern!r}: '[' at {i + 1} is never closed by ']'")
            pieces[-1].append(("[^" if negated else "[") + "".join(members) + "]")
            i = j + 1
        else:
            pieces[-1].append(re.escape(c))
            i += 1
    texts = ["".join(piece) for piece in pieces]
    if len(texts) == 1:
        regex = texts[0]
    else:
        middle = "".join(f"(?>.*?{t})" for t in texts[1:-1] if t)
        regex = f"{texts[0]}{middle}.*{texts[-1]}"
    return re.compile(regex + r"\Z", re.DOTALL)


def _wildcard_match(pattern: Sequence[object], names: Sequence[str]) -> bool:
    """Whether ``pattern`` (name patterns and :data:`_ANY_FOLDERS`) matches all of ``names``.

    Greedy with a return to the last ``**`` only: at most len(pattern) x len(names) name
    matches, never the exponential backtracking of a regular expression built from the glob.
    """
    p = t = 0
    star_p, star_t = -1, 0
    while t < len(names):
        if p < len(pattern) and pattern[p] is _ANY_FOLDERS:
            star_p, star_t = p, t
            p += 1
        elif p < len(pattern) and _name_matches(pattern[p], names[t]):
            p += 1
            t += 1
        elif star_p >= 0:
            star_t += 1
            p, t = star_p + 1, star_t
        else:
            return False
    while p < len(pattern) and pattern[p] is _ANY_FOLDERS:
        p += 1
    return p == len(pattern)


def _name_matches(regex: object, name: str) -> bool:
    assert isinstance(regex, re.Pattern)
    return regex.match(name) is not None


_ANY_FOLDERS = object()  # ``**`` as a whole folder name: any number of folders


@record(frozen=True)
class Glob:
    """A compiled glob: ``*``, ``?`` and ``[...]`` (``[!...]`` negated) match within one
    folder name, ``**`` as a whole folder name matches any number of folders. Matching is
    case-sensitive and costs at most the product of the pattern's and the path's lengths."""

    pattern: str
    parts: tuple[object, ...]
    #: whether the glob names a path from the settings' folder (it holds a ``/``), rather than
    #: a file or folder name at any depth
    anchored: bool

    def matches(self, rel: str, *, or_inside: bool = False) -> bool:
        """Whether the ``/``-separated relative path ``rel`` matches; with ``or_inside``, also
        whether one of its folders does (``rel`` lies inside a matching folder)."""
        if not self.anchored:
            if or_inside:
                return any(_name_matches(self.parts[0], name) for name in rel.split("/"))
            return _name_matches(self.parts[0], rel.rpartition("/")[2])
        names = rel.split("/")
        if _ANY_FOLDERS not in self.parts:  # a name for each part, each matching its own
            count = len(self.parts)
            if len(names) != count and not (or_inside and len(names) > count):
                return False
            pairs = zip(self.parts, names, strict=False)  # names beyond the parts: inside
            return all(_name_matches(part, name) for part, name in pairs)
        if or_inside and self.parts[-1] is not _ANY_FOLDERS:
            return _wildcard_match((*self.parts, _ANY_FOLDERS), names)
        return _wildcard_match(self.parts, names)


@functools.cache
def compile_glob(pattern: str) -> Glob:
    """The :class:`Glob` of ``pattern``; raises ``ValueError`` naming what is wrong."""
    text = pattern.replace(os.sep, "/").removeprefix("./").rstrip("/")
    anchored = "/" in text
    text = text.lstrip("/")
    if not text:
        raise ValueError(f"glob {pattern!r} matches nothing")
    if not anchored:
        return Glob(pattern, (_name_regex(text, pattern),), False)
    parts: list[object] = []
    for part in text.split("/"):
        if part == "**":
            if not parts or parts[-1] is not _ANY_FOLDERS:
                parts.append(_ANY_FOLDERS)
        else:
            parts.append(_name_regex(part, pattern))
    return Glob(pattern, tuple(parts), anchored)


def _match(pattern: str, rel: str) -> bool:
    return compile_glob(pattern).matches(rel)


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
            head = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError:
        return False
    return re.search(rb"^\s*\[\s*tool\s*\.\s*laml\s*[\].]|^\s*tool\s*\.\s*laml\s*[.=]",
                     head, re.MULTILINE) is not None


def load_config(path: str) -> Settings:
    """Read and check ``[tool.laml]`` of the TOML file ``path``."""
    import tomllib

    from laml._capped import read_limited

    try:
        raw = read_limited(path, MAX_CONFIG_BYTES, stdin=False)
    except ValueError as exc:
        raise SettingsError(f"{path}: {exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: not UTF-8 ({exc.reason} at byte "
                          f"{exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise SettingsError(f"{path}: arrays or tables nested too deeply; not read") from None
    tool = data.get("tool", {})
    table = tool.get("laml", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.laml] must be a table")
    if _depth(table) > MAX_CONFIG_DEPTH:
        raise SettingsError(f"{path}: [tool.laml] nests arrays or tables more than "
                          f"{MAX_CONFIG_DEPTH} deep")
    return _parse(table, path)


def _depth(value: object) -> int:
    """How deeply ``value`` nests lists and dicts (iteratively: any depth is measured)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


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
    for pattern in config.exclude:
        _check_glob(pattern, path, "exclude")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise SettingsError(f"{path}: tool.laml.per-file-ignores must be a table of glob = codes")
    for pattern in per_file:
        _check_glob(pattern, path, "per-file-ignores")
        config.per_file_ignores[pattern] = _codes(
            per_file, pattern, path, f"per-file-ignores.{pattern!r}"
        ) or []
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise SettingsError(f"{path}: tool.laml.rules must hold one table per rule, "
                          "e.g. [tool.laml.rules.LAML107]")
    config.rules = {str(k): dict(v) for k, v in rules.items()}
    return config.check()


def _check_glob(pattern: str, path: str, key: str) -> None:
    try:
        compile_glob(pattern)
    except ValueError as exc:
        raise SettingsError(f"{path}: tool.laml.{key}: {exc}") from None


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


def _check_rule_options(rules: Mapping[str, RuleOptions], where: str) -> None:
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
