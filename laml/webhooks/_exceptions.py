"""Errors raised by :mod:`laml.webhooks`.

Every error derives from :class:`WebhookError`, itself a :class:`laml.errors.LamlError`. No error
ever holds a signing key or a computed signature in its text.
"""

from __future__ import annotations

from collections.abc import Sequence

from laml.errors import LamlError

__all__ = ["MissingSigningKey", "ParameterError", "WebhookError"]


class WebhookError(LamlError):
    """A webhook request that cannot be handled, or a webhook helper used wrongly."""


class MissingSigningKey(WebhookError):
    """No signing key was given and none is set in the environment."""


class ParameterError(WebhookError, ValueError):
    """Request parameters that do not have the values the platform sends.

    ``problems`` holds one ``(name, message)`` pair per bad parameter, ``name`` being the
    platform's name (``CallStatus``, ``DialCallDuration``); ``names`` lists those names.
    """

    def __init__(self, problems: Sequence[tuple[str, str]], kind: str = "request") -> None:
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        self.kind = kind
        listed = "; ".join(f"{name}: {message}" for name, message in self.problems)
        super().__init__(f"bad {kind} parameters: {listed}")

    @property
    def names(self) -> tuple[str, ...]:
        """The platform names of the bad parameters, in the order they were found."""
        return tuple(name for name, _ in self.problems)


def missing_framework(module: str, extra: str) -> ModuleNotFoundError:
    """The error for an adapter whose framework ``module`` is not installed: which extra
    installs it."""
    return ModuleNotFoundError(
        f"laml.webhooks.{extra} needs {module}, which is not installed here: "
        f'pip install "laml-tools[{extra}]"',
        name=module,
    )


def require(module: str, extra: str) -> None:
    """Import ``module`` (an adapter's framework), or raise :func:`missing_framework`."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise missing_framework(module, extra) from exc
