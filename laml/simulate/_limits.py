"""The bounds of a simulation: the platform's webhook limits, and budgets for runaway calls."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How far a simulated call may go, and the limits the platform puts on webhooks.

    The webhook limits are the platform's: a connection within 2 s, an answer within 5 s of
    silence and 15 s in all, at most 3 HTTP redirects, and a document of at most 64 kB.
    ``max_steps`` counts the verbs run and the documents fetched; ``max_duration`` is the
    virtual call time in seconds (the platform's 4-hour call limit); the same document fetched
    with the same parameters and the same caller input ``max_repeats`` times is a loop.
    """

    max_steps: int = 1000
    max_duration: float = 4 * 3600.0
    max_repeats: int = 5
    max_bytes: int = 64 * 1024
    max_redirects: int = 3
    connect_timeout: float = 2.0
    read_timeout: float = 5.0
    total_timeout: float = 15.0

    def __post_init__(self) -> None:
        for name in ("max_steps", "max_repeats", "max_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.max_redirects < 0:
            raise ValueError("max_redirects cannot be negative")
        for name in ("max_duration", "connect_timeout", "read_timeout", "total_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be more than 0")
