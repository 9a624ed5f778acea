"""Errors raised by :mod:`laml.simulate` (a call that fails is not an error: see ``call.ended``)."""

from __future__ import annotations

from laml.errors import LamlError

__all__ = ["CallEnded", "SimulationError"]


class SimulationError(LamlError):
    """The simulator was used wrongly (a bad target, input or option)."""


class CallEnded(SimulationError):
    """Input was given to a call that has already ended."""
