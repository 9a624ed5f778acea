"""Rewrite (or, with ``--check``, verify) the files generated from the vocabulary."""

from __future__ import annotations

import sys

from laml._codegen import ROOT, outputs


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, produce in outputs().items():
        text = produce()
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        verb = "out of date" if check else "written"
        print(f"{path.relative_to(ROOT)}: {verb}")
    return 1 if check and stale else 0


sys.exit(main(sys.argv[1:]))
