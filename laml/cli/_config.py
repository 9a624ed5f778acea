"""``[tool.laml]`` for the command line: the settings of :mod:`laml.settings`, under the names
the commands use (``Config`` is :class:`laml.settings.Settings`)."""

from __future__ import annotations

from laml.settings import (
    CHANNELS,
    DIALECTS,
    FAIL_ON,
    MAX_CONFIG_BYTES,
    MAX_CONFIG_DEPTH,
    Glob,
    Settings,
    SettingsError,
    compile_glob,
    find_config,
    load_config,
    resolve,
)

__all__ = [
    "CHANNELS",
    "DIALECTS",
    "FAIL_ON",
    "MAX_CONFIG_BYTES",
    "MAX_CONFIG_DEPTH",
    "Config",
    "ConfigError",
    "Glob",
    "compile_glob",
    "find_config",
    "load_config",
    "resolve",
]

Config = Settings
ConfigError = SettingsError
