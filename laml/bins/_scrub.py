"""Keeping credentials out of errors and log lines, whatever a server echoes back.

A server may repeat the token (or the whole ``Authorization`` value) in an error message, a
``more_info`` link, a response header or a body. Two places see everything that could carry
it out: the errors the clients raise (:func:`scrub_error`, applied to every error leaving a
client) and the log records of httpx, httpcore and ``laml.bins`` (:data:`SECRET_FILTER`, a
:class:`logging.Filter` on those loggers that masks the credentials of every open client).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable

__all__ = ["MASK", "MIN_SECRET", "SECRET_FILTER", "SecretFilter", "mask", "scrub_error"]

MASK = "***"
#: Shorter secrets are not masked: a one-letter test token would garble every message, and
#: the platform's tokens are dozens of characters long.
MIN_SECRET = 8

#: Loggers whose records may quote what a server sent.
_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "httpcore.http2",
            "httpcore.proxy", "httpcore.socks", "hpack", "hpack.hpack", "hpack.table",
            "h11", "h2", "laml.bins")


def mask(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (of :data:`MIN_SECRET` characters or more) as ``***``."""
    for secret in sorted((s for s in secrets if len(s) >= MIN_SECRET), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


class SecretFilter(logging.Filter):
    """A filter that masks the secrets of every open client in the records it sees."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: Counter[str] = Counter()
        self._current: tuple[str, ...] = ()  # what filter() reads, replaced whole under the lock
        self._installed = False

    def register(self, secrets: Iterable[str]) -> None:
        """Mask ``secrets`` from now on (until as many :meth:`release` calls)."""
        with self._lock:
            self._secrets.update(s for s in secrets if len(s) >= MIN_SECRET)
            self._current = tuple(self._secrets)
            if not self._installed:
                self._installed = True
                for name in _LOGGERS:
                    logging.getLogger(name).addFilter(self)
                for name in list(logging.Logger.manager.loggerDict):
                    if name.startswith(("httpx.", "httpcore.", "h11.", "h2.", "hpack.")):
                        logging.getLogger(name).addFilter(self)

    def release(self, secrets: Iterable[str]) -> None:
        """Undo one :meth:`register` of ``secrets``."""
        with self._lock:
            self._secrets.subtract(s for s in secrets if len(s) >= MIN_SECRET)
            self._secrets = +self._secrets
            self._current = tuple(self._secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the secrets in the record's message; never drops a record."""
        secrets = self._current
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg} {record.args!r}"
        cleaned = mask(message, secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = mask(record.exc_text, secrets)
        return True


SECRET_FILTER = SecretFilter()


def scrub_error(error: BaseException, clean: Callable[[str], str]) -> None:
    """Mask credentials in ``error`` and in every exception chained to it, in place."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(clean(a) if isinstance(a, str) else a for a in current.args)
        for attribute in ("message", "more_info"):
            value = getattr(current, attribute, None)
            if isinstance(value, str):
                with contextlib.suppress(AttributeError):
                    setattr(current, attribute, clean(value))
        current = current.__cause__ or current.__context__
