"""What ``laml bins`` says and asks: messages, counts, examples in help, confirmations."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from typing import IO, Any

from laml.cli._files import printable

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_USAGE",
    "color_enabled",
    "confirm",
    "echo",
    "err",
    "examples",
    "interactive",
    "plural",
    "seconds",
    "whole",
]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

_PLURALS = {"change": "changes", "file": "files", "bin": "bins", "error": "errors",
            "conflict": "conflicts"}


def plural(count: int, word: str) -> str:
    """``1 change``, ``2 changes``, ``0 files``."""
    return f"{count} {word if count == 1 else _PLURALS.get(word, word + 's')}"


def examples(*pairs: tuple[str, str]) -> str:
    """The ``examples:`` section that ends a command's help: commands and what they do."""
    width = max(len(command) for command, _ in pairs)
    lines = ["examples:"]
    if all(2 + width + 4 + len(what) <= 79 for _, what in pairs):
        lines += [f"  {command:<{width}}  # {what}" for command, what in pairs]
    else:
        for command, what in pairs:
            lines += [f"  {command}", f"      # {what}"]
    return "\n".join(lines)


def err(message: str, *, end: str = "\n") -> None:
    """Print to standard error (control characters escaped: messages quote the platform)."""
    print(printable(message), file=sys.stderr, end=end, flush=True)


def echo(line: str) -> None:
    """Print a line to standard output without breaking a progress bar on standard error."""
    from tqdm import tqdm

    tqdm.write(printable(line), file=sys.stdout)


def interactive(stream: IO[Any] | None = None) -> bool:
    """Whether standard input (or ``stream``) is a terminal a person can answer from."""
    source = sys.stdin if stream is None else stream
    try:
        return bool(source is not None and source.isatty())
    except (AttributeError, ValueError):
        return False


def confirm(question: str) -> bool:
    """Ask ``question`` on standard error; True only for an explicit yes."""
    err(f"{question} [y/N] ", end="")
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def color_enabled(stream: IO[Any]) -> bool:
    """Colors on a terminal, unless ``NO_COLOR`` is set."""
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def whole(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` (up to ``high``)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low or (high is not None and value > high):
            limits = f"between {low} and {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"must be {limits}, not {value}")
        return value

    return parse


def seconds(*, zero: bool) -> Callable[[str], float]:
    """An argparse type: a number of seconds (0 allowed with ``zero``)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
            raise argparse.ArgumentTypeError(
                f"must be {'0 or more' if zero else 'more than 0'} seconds, not {text!r}")
        return value

    return parse
