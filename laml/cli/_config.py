"""``[tool.laml]`` for the command line: the settings of :mod:`laml.settings`, under the names
the commands use (``Config`` is :class:`laml.settings.Settings`)."""

from __future__ import annotations

from laml.settings import (
    CHANNELS,
    DIALECTS,
    FAIL_ON,
    Settings,
    SettingsError,
    find_config,
    glob_regex,
    load_config,
    resolve,
)

__all__ = [
    "CHANNELS",
    "DIALECTS",
    "FAIL_ON",
    "Config",
    "ConfigError",
    "find_config",
    "glob_regex",
    "load_config",
    "resolve",
]

Config = Settings
ConfigError = SettingsError
