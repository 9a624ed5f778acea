"""What a document is checked with: ``[tool.laml]`` of its workspace, over the editor's options.

The nearest ``pyproject.toml`` holding ``[tool.laml]`` above the document is read, exactly as
``laml lint`` reads it (:mod:`laml.settings`: the same reader, the same checks), and read again
when it changes. The
editor's options (``initializationOptions``) fill in what the file does not say. A settings
file that cannot be used is reported once per version of it, and the defaults apply meanwhile.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast

from laml.vocabulary import Dialect

if TYPE_CHECKING:
    from laml.settings import RuleOptions, Settings

__all__ = ["EditorOptions", "LintSettings", "SettingsCache"]

ChannelName = Literal["voice", "messaging", "fax"]

#: Seconds after which the folders above a document are searched for settings again (at once
#: when the editor reports a changed ``pyproject.toml``).
LOOK_AGAIN = 5.0


@dataclass(frozen=True, slots=True)
class EditorOptions:
    """Options an editor may pass in ``initializationOptions`` (all optional).

    ``dialect`` and ``channel`` apply where ``[tool.laml]`` sets none; ``debounce`` is the
    wait, in milliseconds, between the last change and the check; ``docs_url`` is where the
    rules' documentation is (a link per finding; by default the ``docs/rules.md`` laml ships).
    """

    dialect: Dialect = "signalwire"
    channel: ChannelName | None = None
    debounce: float = 0.2
    docs_url: str | None = None

    @classmethod
    def from_json(cls, value: object) -> tuple[EditorOptions, list[str]]:
        """The options in ``value`` (a JSON object), and a complaint per one not understood."""
        if not isinstance(value, Mapping):
            return cls(), [] if value is None else ["initializationOptions must be an object"]
        problems: list[str] = []
        dialect: Dialect = "signalwire"
        channel: ChannelName | None = None
        debounce = 0.2
        docs_url: str | None = None
        for key, item in value.items():
            if key == "dialect" and item in ("signalwire", "twilio"):
                dialect = cast(Dialect, item)
            elif key == "channel" and item in ("voice", "messaging", "fax", None):
                channel = cast("ChannelName | None", item)
            elif (key == "debounce" and isinstance(item, int | float)
                  and not isinstance(item, bool) and 0 <= item <= 10_000):
                debounce = item / 1000
            elif key == "docsUrl" and isinstance(item, str) and item:
                docs_url = item
            else:
                problems.append(f"initializationOptions.{key}: {item!r} is not understood")
        return cls(dialect, channel, debounce, docs_url), problems


@dataclass(frozen=True, slots=True)
class LintSettings:
    """The arguments of :func:`laml.lint` for one document, and whether it is excluded."""

    dialect: Dialect = "signalwire"
    channel: ChannelName | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    options: Mapping[str, RuleOptions] = field(default_factory=dict)
    excluded: bool = False
    #: the settings file these came from, if any
    source: str | None = None


class SettingsCache:
    """The settings of each document, from the ``pyproject.toml`` that governs it.

    ``report`` is called with a message when a settings file cannot be used (once for each
    version of that file).
    """

    def __init__(self, editor: EditorOptions, report: Callable[[str], None]) -> None:
        self.editor = editor
        self._report = report
        self._found: dict[str, tuple[float, str | None]] = {}
        self._loaded: dict[str, tuple[tuple[int, int], Settings | None]] = {}
        self._reported: set[tuple[str, tuple[int, int]]] = set()

    def invalidate(self) -> None:
        """Look for settings files again (one was created, moved or deleted)."""
        self._found.clear()

    def for_path(self, path: str | None) -> LintSettings:
        """The settings of the document at ``path`` (``None``: a document not on disk)."""
        defaults = LintSettings(self.editor.dialect, self.editor.channel)
        if path is None:
            return defaults
        folder = os.path.dirname(os.path.abspath(path))
        now = time.monotonic()
        found = self._found.get(folder)
        if found is None or now - found[0] > LOOK_AGAIN:
            from laml.settings import find_config

            found = self._found[folder] = (now, find_config(folder))
        config_path = found[1]
        if config_path is None:
            return defaults
        config = self._load(config_path)
        if config is None:
            return defaults
        select, ignore = config.selection(path)
        return LintSettings(
            dialect=cast(Dialect, config.dialect or self.editor.dialect),
            channel=cast("ChannelName | None", config.channel or self.editor.channel),
            select=tuple(select) if select is not None else None,
            ignore=tuple(ignore),
            options=config.rules,
            excluded=config.is_excluded(path),
            source=config_path,
        )

    def _load(self, path: str) -> Settings | None:
        from laml.settings import SettingsError, load_config

        try:
            stat = os.stat(path)
        except OSError:
            self.invalidate()
            return None
        version = (stat.st_mtime_ns, stat.st_size)
        cached = self._loaded.get(path)
        if cached is not None and cached[0] == version:
            return cached[1]
        config: Settings | None
        try:
            config = load_config(path).check()
        except SettingsError as exc:
            config = None
            if (path, version) not in self._reported:
                self._reported.add((path, version))
                self._report(f"laml: {exc}; checking with the default settings")
        self._loaded[path] = (version, config)
        return config
