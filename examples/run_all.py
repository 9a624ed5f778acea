"""Run every example and print the document it builds.

Exits non-zero when an example fails.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def examples() -> list[Path]:
    """The example scripts, in name order (this runner excluded)."""
    return sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)


def main() -> int:
    failed = 0
    for script in examples():
        print(f"== {script.name}")
        result = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, check=False
        )
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            failed += 1
            sys.stdout.write(result.stderr)
            print(f"!! {script.name} failed with exit status {result.returncode}")
        print()
    print(f"{len(examples())} examples, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
