"""Errors raised by the LaML Bins client.

Every error derives from :class:`BinsError`, which derives from :class:`laml.errors.LamlError`.
``status`` is the HTTP status when the platform answered (``None`` otherwise), ``code`` the
platform's error code (20003, 20404, ...), ``message`` its text and ``more_info`` its link;
``limit`` names the :class:`~laml.bins.ClientLimits` field that stopped a call, if one did.
No error ever holds the API token in its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from laml.errors import LamlError

if TYPE_CHECKING:
    from laml.diagnostics import Diagnostic

__all__ = [
    "AuthError",
    "BinsConfigError",
    "BinsError",
    "InvalidContents",
    "NotFound",
    "RateLimited",
    "ServerError",
    "TransportError",
]


class BinsError(LamlError):
    """A LaML Bins request that failed, or an answer that makes no sense."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: int | None = None,
        more_info: str | None = None,
        limit: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.more_info = more_info
        self.limit = limit

    def __str__(self) -> str:
        tags = []
        if self.status is not None:
            tags.append(f"HTTP {self.status}")
        if self.code is not None:
            tags.append(f"code {self.code}")
        return f"{self.message} ({', '.join(tags)})" if tags else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status={self.status!r}, "
            f"code={self.code!r})"
        )


class BinsConfigError(BinsError, ValueError):
    """A missing or unusable space URL, project ID or token.

    ``missing`` names what was not given at all: ``space_url``, ``project_id``, ``token``.
    """

    def __init__(self, message: str, *, missing: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.missing: tuple[str, ...] = tuple(missing)


class AuthError(BinsError):
    """The platform refused the credentials (401 / 403, code 20003)."""


class NotFound(BinsError):
    """No bin with that SID in this project (404, code 20404)."""


class InvalidContents(BinsError):
    """Contents that are not a valid document (422, code 20422).

    When the contents were refused locally, before any request, ``status`` is ``None`` and
    ``diagnostics`` holds the linter's findings.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: int | None = 20422,
        more_info: str | None = None,
        diagnostics: Sequence[Diagnostic] = (),
    ) -> None:
        super().__init__(message, status=status, code=code, more_info=more_info)
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)


class RateLimited(BinsError):
    """Too many requests (429, code 20429); ``retry_after`` is the server's hint in seconds."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 429,
        code: int | None = 20429,
        more_info: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code, more_info=more_info)
        self.retry_after = retry_after


class ServerError(BinsError):
    """The platform failed (HTTP 5xx)."""


class TransportError(BinsError):
    """No usable HTTP answer: connection refused or reset, timeout, protocol error."""
