"""Finding the documents to check, reading them, and rewriting them safely."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence

from laml._records import field, record

__all__ = [
    "DEFAULT_EXTENSIONS",
    "SKIPPED_DIRECTORIES",
    "Collected",
    "collect",
    "display_path",
    "read_bytes",
    "use_color",
]

#: File name endings linted and formatted when a directory is searched.
DEFAULT_EXTENSIONS: tuple[str, ...] = ("xml", "laml", "twiml", "cxml")
#: Directories never searched (besides every directory whose name starts with a dot).
SKIPPED_DIRECTORIES = frozenset(
    {"node_modules", "__pycache__", "__pypackages__", "venv", "site-packages",
     "bower_components"}
)


@record
class Collected:
    """The files to check, in order, and the paths that could not be searched, with why."""

    files: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def _wanted(name: str, endings: tuple[str, ...]) -> bool:
    return not name.startswith(".") and name.lower().endswith(endings)


def _walk(
    top: str, endings: tuple[str, ...], out: list[str], errors: list[tuple[str, str]]
) -> None:
    try:
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        errors.append((top, f"cannot read the directory: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            if not entry.name.startswith(".") and entry.name not in SKIPPED_DIRECTORIES:
                _walk(entry.path, endings, out, errors)
        elif is_file and _wanted(entry.name, endings):
            out.append(entry.path)


def collect(
    paths: Sequence[str],
    extensions: Iterable[str] = (),
    excluded: Callable[[str], bool] | None = None,
) -> Collected:
    """The files named by ``paths``: files as given, directories searched recursively.

    In directories only files ending in one of :data:`DEFAULT_EXTENSIONS` or ``extensions``
    are taken, and hidden or :data:`SKIPPED_DIRECTORIES` are not entered. ``excluded`` drops
    files (named or found). ``-`` (standard input) is passed through. Each file comes once.
    """
    endings = tuple(
        "." + e.lower().lstrip(".") for e in (*DEFAULT_EXTENSIONS, *extensions) if e.strip(".")
    )
    result = Collected()
    seen: set[str] = set()
    for path in paths:
        found: list[str]
        if path == "-":
            found = ["-"]
        elif os.path.isdir(path):
            found = []
            _walk(path, endings, found, result.errors)
        elif os.path.lexists(path):
            found = [path]
        else:
            result.errors.append((path, "no such file or directory"))
            continue
        for name in found:
            key = name if name == "-" else os.path.normpath(os.path.abspath(name))
            if key in seen or (name != "-" and excluded is not None and excluded(name)):
                continue
            seen.add(key)
            result.files.append(name)
    return result


def read_bytes(path: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (``-``: standard input); raises ``OSError``."""
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def display_path(path: str) -> str:
    """``path`` as printed: relative to the current directory when it lies below it."""
    if path == "-":
        return path
    if not os.path.isabs(path):
        return os.path.normpath(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if rel.startswith("..") else rel


def use_color(stream: object, choice: str = "auto") -> bool:
    """Whether to colour output to ``stream``.

    ``choice`` ``always`` or ``never`` decides; ``auto`` colours a terminal unless ``NO_COLOR``
    is set, and ``FORCE_COLOR`` colours anything.
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"
