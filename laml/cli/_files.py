"""Finding the documents to check, reading them, and rewriting them safely."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from laml._records import field, record

__all__ = [
    "DEFAULT_EXTENSIONS",
    "LAML_EXTENSIONS",
    "SKIPPED_DIRECTORIES",
    "Collected",
    "collect",
    "display_path",
    "is_laml_document",
    "printable",
    "read_bytes",
    "read_limited",
    "report_skipped",
    "use_color",
]

#: File name endings linted and formatted when a directory is searched.
DEFAULT_EXTENSIONS: tuple[str, ...] = ("xml", "laml", "twiml", "cxml")
#: Endings that mark a LaML document whatever it holds. A file found in a directory with another
#: ending (``.xml``) is taken only when its root element is ``<Response>``.
LAML_EXTENSIONS: tuple[str, ...] = ("laml", "twiml", "cxml")
#: Directories never searched (besides every directory whose name starts with a dot).
SKIPPED_DIRECTORIES = frozenset(
    {"node_modules", "__pycache__", "__pypackages__", "venv", "site-packages",
     "bower_components"}
)


@record
class Collected:
    """The files to check, in order, and the paths that could not be searched, with why.

    ``unsure`` holds the files among ``files`` that were found in a directory without a LaML
    ending: they are checked only when :func:`is_laml_document` says so. ``skipped`` holds the
    paths left out on purpose, with why (symbolic links leading out of the searched tree).
    """

    files: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    unsure: set[str] = field(default_factory=set)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _wanted(name: str, endings: tuple[str, ...]) -> bool:
    return not name.startswith(".") and name.lower().endswith(endings)


def _inside(path: str, top: str) -> bool:
    return path == top or path.startswith(top.rstrip(os.sep) + os.sep)


def _walk(top: str, endings: tuple[str, ...], out: list[str], result: Collected) -> None:
    """Every wanted file below ``top``, in name order, folders where their name sorts;
    iterative (no recursion on the tree's depth)."""
    root = os.path.realpath(top)
    stack: list[Iterator[os.DirEntry[str]]] = []
    pending: str | None = top
    while pending is not None or stack:
        if pending is not None:
            try:
                with os.scandir(pending) as it:
                    stack.append(iter(sorted(it, key=lambda e: e.name)))
            except OSError as exc:
                result.errors.append((pending, "cannot read the directory: "
                                      f"{exc.strerror or exc}"))
            pending = None
            continue
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
            is_link = is_file and entry.is_symlink()
        except OSError:
            continue
        if is_dir:
            if not entry.name.startswith(".") and entry.name not in SKIPPED_DIRECTORIES:
                pending = entry.path
        elif is_file and _wanted(entry.name, endings):
            if is_link and not _inside(os.path.realpath(entry.path), root):
                result.skipped.append((entry.path, "symbolic link to a file outside "
                                       f"{display_path(top)} (not followed)"))
                continue
            out.append(entry.path)


def collect(
    paths: Sequence[str],
    extensions: Iterable[str] = (),
    excluded: Callable[[str], bool] | None = None,
    *,
    only_laml: bool = False,
) -> Collected:
    """The files named by ``paths``: files as given, directories searched recursively.

    In directories only files ending in one of :data:`DEFAULT_EXTENSIONS` or ``extensions``
    are taken, and hidden or :data:`SKIPPED_DIRECTORIES` are not entered, nor symbolic links
    to directories; a symbolic link to a file outside the searched directory is skipped.
    ``excluded`` drops files (named or found). ``-`` (standard input) is passed through. Each
    file comes once. Files found without a LaML ending (and, with ``only_laml``, named files
    too) go to :attr:`Collected.unsure`.
    """
    extra = tuple("." + e.lower().lstrip(".") for e in extensions if e.strip("."))
    endings = tuple("." + e for e in DEFAULT_EXTENSIONS) + extra
    sure = tuple("." + e for e in LAML_EXTENSIONS) + extra
    result = Collected()
    seen: set[str] = set()
    for path in paths:
        found: list[str]
        searched = False
        if path == "-":
            found = ["-"]
        elif os.path.isdir(path):
            found, searched = [], True
            _walk(path, endings, found, result)
        elif os.path.lexists(path):
            found = [path]
        else:
            result.errors.append((path, "no such file or directory"))
            continue
        for name in found:
            key = name if name == "-" else os.path.realpath(name)
            if key in seen or (name != "-" and excluded is not None and excluded(name)):
                continue
            seen.add(key)
            result.files.append(name)
            if (searched or only_laml) and name != "-" and not name.lower().endswith(sure):
                result.unsure.add(name)
    return result


def is_laml_document(data: bytes) -> bool:
    """Whether ``data`` looks like a LaML document: its root element is ``<Response>`` (in any
    case), after the XML declaration, comments, processing instructions, a DOCTYPE and mustache
    tags. Linear in the length of what comes before the root."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16", "replace").encode("utf-8", "replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    i, n = 0, len(data)
    while i < n:
        if data[i : i + 1].isspace():
            i += 1
            continue
        for start, end in _SKIPPED_MARKUP:
            if data.startswith(start, i):
                j = data.find(end, i + len(start))
                if j < 0:
                    return False
                i = j + len(end)
                break
        else:
            if data.startswith(b"<!", i):  # DOCTYPE, with or without an internal subset
                bracket, close = data.find(b"[", i), data.find(b">", i)
                if 0 <= bracket < close:
                    close = data.find(b">", max(data.find(b"]", bracket), bracket))
                if close < 0:
                    return False
                i = close + 1
                continue
            match = _START_TAG.match(data, i)
            return match is not None and match.group(1).lower() == b"response"
    return False


_SKIPPED_MARKUP = ((b"<?", b"?>"), (b"<!--", b"-->"), (b"{{{", b"}}}"), (b"{{", b"}}"))
_START_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


def report_skipped(collected: Collected) -> None:
    """Say on standard error which paths were left out on purpose, and why."""
    for path, why in collected.skipped:
        print(f"{printable(display_path(path))}: warning: skipped: {printable(why)}",
              file=sys.stderr)


def read_bytes(path: str, limit: int, *, stdin: bool = True) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (``-``: standard input, unless ``stdin`` is
    false); raises ``OSError``."""
    if path == "-" and stdin:
        return sys.stdin.buffer.read(limit + 1)
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


def read_limited(path: str, limit: int, *, stdin: bool = True) -> bytes:
    """All of ``path`` (see :func:`read_bytes`) when it holds at most ``limit`` bytes; else
    ``ValueError`` saying why (``cannot read: …``, ``larger than … MiB``)."""
    try:
        data = read_bytes(path, limit, stdin=stdin)
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        size = f"{limit // 2**20} MiB" if limit % 2**20 == 0 else f"{limit // 1024} KiB"
        raise ValueError(f"larger than {size}")
    return data


#: Characters never printed as they are: controls (a terminal obeys them), line and paragraph
#: separators, bidirectional overrides (they reorder what is shown) and lone surrogates (bytes
#: of a file name that are not UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters, bidirectional overrides and undecodable bytes written
    as ``\\xNN`` / ``\\uNNNN`` escapes, safe for a terminal, a log and UTF-8 output."""
    return _UNPRINTABLE.sub(_escape, text)


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
