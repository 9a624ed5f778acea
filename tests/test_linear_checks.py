"""Checking a document costs work linear in its size, and memory a small multiple of it.

Work is counted, not timed: the Python lines a check executes (``sys.settrace``) do not depend
on the machine's load. Quadratic work shows as a ratio near 4 when the input doubles; linear
work as a ratio near 2. What Python cannot count (C code inside lxml and ``re``) is exercised
at a scale that took minutes before.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import laml
from laml.document import MAX_DOCUMENT_BYTES, load
from laml.linting import lint_document


def work(check: Callable[[], object]) -> int:
    """How many lines of Python ``check()`` executes."""
    lines = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        if event == "line":
            lines += 1
        return tracer

    sys.settrace(tracer)
    try:
        check()
    finally:
        sys.settrace(None)
    return lines


def growth(make: Callable[[int], str], n: int) -> float:
    """The ratio of the work of linting ``make(2n)`` to that of ``make(n)``."""
    laml.lint(make(1))  # rules loaded, schemas compiled
    small, large = (work(lambda k=k: laml.lint(make(k))) for k in (n, 2 * n))
    return large / small


def siblings(n: int) -> str:
    """``n`` siblings with a validation error and a rule finding each, and a suppression
    comment each that silences nothing."""
    item = '<!-- laml: ignore=LAML999 -->\n<Say bogus="1"/>\n'
    return "<Response>\n" + item * n + "</Response>"


def test_sibling_findings_cost_linear_work() -> None:
    assert growth(siblings, 500) < 2.2


def test_findings_on_one_element_cost_linear_work() -> None:
    def attributes(n: int) -> str:
        names = " ".join(f'a{i}=""' for i in range(n))
        return f'<Response>\n<!-- laml: ignore=LAML999 -->\n<Say {names}>Hi</Say></Response>'

    assert growth(attributes, 1000) < 2.2


def test_paths_count_each_parent_once() -> None:
    doc = load(siblings(2500))
    found = [d for d in lint_document(doc) if d.code == "LAML106"]
    assert [d.path for d in found] == [f"/Response/Say[{i}]" for i in range(1, 2501)]
    assert [d.line for d in found] == list(range(3, 5002, 2))
    assert doc.path(doc.elements()[-1]) == "/Response/Say[2500]"


def test_twenty_thousand_values_of_an_array_parameter() -> None:
    """A bin iterating a request's ``Dest[]``: 20,000 values render 20,000 findings (checking
    them took minutes), and the document is too large for the platform."""
    template = "<Response>{{#Dest}}<Say/>{{/Dest}}</Response>"
    with pytest.raises(laml.RenderError) as caught:
        laml.render_bin(template, [("Dest[]", str(i)) for i in range(20_000)])
    assert [d.code for d in caught.value.diagnostics] == ["LAML110"]
    found = laml.lint(laml.template.render(template, {"Dest": [""] * 20_000}))
    assert [d.code for d in found].count("LAML106") == 20_000  # every <Say/> is empty


def test_an_element_with_200000_attributes() -> None:
    """3 MB in one start tag: reading its attributes took minutes (lxml looks each value up
    by name); now it is too large to check and parses in linear time."""
    names = " ".join(f'a{i}="{i}"' for i in range(200_000))
    text = f"<Response><Say {names}>Hi</Say></Response>"
    assert [d.code for d in laml.lint(text)] == ["LAML014", "LAML110"]
    tree, again = laml.parse(text), laml.parse(text)
    assert tree == again  # compares the attributes of both
    assert tree[0].get("a199999") == "199999"
    assert list(laml.document.attributes(tree[0]).items())[-1] == ("a199999", "199999")


def test_documents_over_the_limit_are_read_but_not_parsed() -> None:
    text = "<Response>" + "<Say/>" * 40_000 + "</Response>"  # 240 kB: 48 s to check before
    doc = load(text)
    assert doc.size > MAX_DOCUMENT_BYTES and doc.root is None and doc.too_large
    assert doc.text == text
    found = laml.lint(text)
    assert [(d.code, d.severity) for d in found] == [("LAML014", "info"), ("LAML110", "error")]
    assert found[0].message == (
        "there may be more problems: documents over 131,072 bytes are not parsed"
    )
    assert [d.code for d in laml.lint(text + "<!-- laml: ignore-file=LAML110 -->")] == [
        "LAML014"
    ]
    template = text.replace("<Say/>", "<Say>{{From}}</Say>", 1)
    assert [d.code for d in laml.lint(template)] == ["LAML014", "LAML110"]
    at_limit = "<Response>" + "<Say/>" * ((MAX_DOCUMENT_BYTES - 21) // 6) + "</Response>"
    assert load(at_limit).root is not None


CHILD = r"""
import json, resource, sys
from pathlib import Path
import laml

laml.lint(b"<Response><Say>warm up</Say></Response>")
laml.lint(b"<Response><Say>{{From}}</Say></Response>")
results = {}
for path in sys.argv[1:]:
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    data = Path(path).read_bytes()
    found = laml.lint(data)
    extra = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024
    results[Path(path).name] = {"size": len(data), "extra": extra,
                                "codes": [d.code for d in found]}
    del data, found
print(json.dumps(results))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
def test_sixteen_mebibytes_of_elements_take_little_memory(tmp_path: Path) -> None:
    """Each case runs in a fresh process: the peak resident size may grow by at most ten
    times the input (it took 891 MB, 53 times, before)."""
    size = 16 * 1024 * 1024 - 64
    units = {"elements": b"<Say>hello</Say>", "empty": b"<Say/>", "template": b"<Say>{{From}}</Say>"}
    files = []
    for name, unit in units.items():
        body = unit * ((size - 21) // len(unit))
        path = tmp_path / f"{name}.xml"
        path.write_bytes(b"<Response>" + body + b"</Response>")
        files.append(path)
    for path in files:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        for name, r in json.loads(done.stdout).items():
            assert r["codes"] == ["LAML014", "LAML110"], name
            assert r["extra"] <= 10 * r["size"], (name, r["extra"] / r["size"])
