"""Run every example, print the document it builds, and lint it; then lint ``examples/*.xml``.

Each example script that builds a document prints it; its output is then checked by
``laml lint`` (schema and lint rules), whose findings are printed under it. The XML documents
kept in this folder (LaML Bin templates) are printed and linted the same way.

Exits non-zero when an example fails or a document has a lint error.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def examples() -> list[Path]:
    """The example scripts, in name order (this runner excluded)."""
    return sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)


def documents() -> list[Path]:
    """The XML documents kept in this folder, in name order."""
    return sorted(HERE.glob("*.xml"))


def lint(text: bytes, name: str) -> bool:
    """Lint ``text`` with the ``laml lint`` command and print what it says; True when clean
    of errors."""
    result = subprocess.run(
        [sys.executable, "-m", "laml", "lint", "--no-config", "--color", "never",
         "--stdin-filename", name, "-"],
        input=text, capture_output=True, check=False,
    )
    for line in result.stdout.decode().splitlines():
        print(f"   lint: {line}")
    if result.stderr:
        sys.stdout.write(result.stderr.decode())
    return result.returncode == 0


def main() -> int:
    failed = 0
    scripts = examples()
    for script in scripts:
        print(f"== {script.name}")
        result = subprocess.run([sys.executable, str(script)], capture_output=True, check=False)
        sys.stdout.write(result.stdout.decode())
        if result.returncode != 0:
            failed += 1
            sys.stdout.write(result.stderr.decode())
            print(f"!! {script.name} failed with exit status {result.returncode}")
        elif "def build(" in script.read_text(encoding="utf-8") and not lint(
            result.stdout, f"{script.stem}.xml"
        ):
            failed += 1
            print(f"!! the document of {script.name} has lint errors")
        print()
    docs = documents()
    for doc in docs:
        print(f"== {doc.name}")
        data = doc.read_bytes()
        sys.stdout.write(data.decode())
        if not lint(data, doc.name):
            failed += 1
            print(f"!! {doc.name} has lint errors")
        print()
    def count(n: int, what: str) -> str:
        return f"{n} {what}" + ("" if n == 1 else "s")

    print(f"{count(len(scripts), 'example script')}, {count(len(docs), 'XML document')}, "
          f"{failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
