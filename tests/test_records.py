"""``@record``: the data classes laml defines without generating code at import."""

from __future__ import annotations

import pickle
from typing import ClassVar

import pytest

from laml._records import field, record


@record(frozen=True)
class Point:
    KIND: ClassVar[str] = "point"
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@record(frozen=True)
class Pair:
    a: str
    b: tuple[str, ...] = ()


@record
class Counter:
    name: str
    count: int = 0

    def __post_init__(self) -> None:
        self.name = self.name.strip()


def test_init_defaults_and_factories() -> None:
    p = Point(1)
    assert (p.x, p.y, p.tags) == (1, 0, [])
    assert Point(1).tags is not Point(1).tags
    assert Point(1, y=2) == Point(x=1, y=2)
    assert Point.KIND == "point"
    with pytest.raises(TypeError, match="missing argument 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="has no field 'z'"):
        Point(1, z=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="got two values 'x'"):
        Point(1, x=2)  # type: ignore[misc]
    with pytest.raises(TypeError):
        Point(1, 2, [], 4)  # type: ignore[call-arg]


def test_frozen_records_are_immutable_and_hashable() -> None:
    p = Point(1, 2)
    with pytest.raises(AttributeError, match="frozen"):
        p.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError, match="frozen"):
        del p.x  # type: ignore[misc]
    assert hash(Pair("x", ("y",))) == hash(Pair("x", ("y",)))
    assert len({Pair("x"), Pair("x"), Pair("y")}) == 2
    assert repr(p) == "Point(x=1, y=2, tags=[])"


def test_plain_records_are_mutable_unhashable_and_run_post_init() -> None:
    c = Counter("  calls ")
    assert c.name == "calls"
    c.count += 1
    assert c == Counter("calls", 1)
    assert c != Point(1)
    with pytest.raises(TypeError):
        hash(c)


def test_records_pickle() -> None:
    for value in (Point(1, 2, ["a"]), Counter("x", 3)):
        assert pickle.loads(pickle.dumps(value)) == value


def test_replace_copies_with_changes() -> None:
    from laml._records import replace

    p = Point(1, 2, ["a"])
    q = replace(p, y=5)
    assert (q.x, q.y, q.tags) == (1, 5, ["a"]) and p.y == 2
    with pytest.raises(TypeError, match="has no field 'z'"):
        replace(p, z=1)


@record(eq=False)
class Handle:
    name: str


def test_identity_equality_with_eq_false() -> None:
    a = Handle("x")
    assert a == a and a != Handle("x")
    assert len({a, Handle("x")}) == 2  # hashable by identity
