"""``@record``: small data classes that cost nothing to define.

``@dataclasses.dataclass`` writes and compiles the source of ``__init__``, ``__repr__``,
``__eq__`` ... for every class when its module is imported: about half a millisecond a class,
which every ``laml lint`` (a fresh process each time) pays for the dozen classes on its path.
``@record`` gives the same behaviour for the cases laml uses (fields with defaults or
``field(default_factory=...)``, ``frozen=True``, equality, a readable ``repr``, ``__post_init__``)
with ready-made methods that read the field list, so defining a class costs microseconds.
Type checkers see it as a dataclass (``dataclass_transform``). ``dataclasses.replace``,
``fields`` and ``asdict`` do not apply to records.
"""

from __future__ import annotations

import inspect  # (lxml imports it already)
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

__all__ = ["field", "record", "replace"]

_T = TypeVar("_T")
_MISSING: Any = object()


class _Factory:
    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], object]) -> None:
        self.factory = factory


def field(*, default_factory: Callable[[], _T]) -> _T:
    """A field whose default is made anew for each instance (``list``, ``dict`` ...)."""
    return _Factory(default_factory)  # type: ignore[return-value]


def replace(obj: _T, /, **changes: object) -> _T:
    """A copy of record ``obj`` with the fields in ``changes`` changed (``dataclasses.replace``)."""
    cls = type(obj)
    values = {name: getattr(obj, name) for name in cls.__record_fields__}  # type: ignore[attr-defined]
    for name in changes:
        if name not in values:
            raise TypeError(f"{cls.__name__} has no field {name!r}")
    return cls(**{**values, **changes})


def _is_class_var(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _init(self: Any, *args: object, **kwargs: object) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments, {len(args)} given")
    values = dict(zip(names, args, strict=False))
    for name, value in kwargs.items():
        if name not in cls.__record_defaults__ or name in values:
            problem = "got two values" if name in values else "has no field"
            raise TypeError(f"{cls.__name__}() {problem} {name!r}")
        values[name] = value
    set_ = object.__setattr__
    for name in names:
        value = values.get(name, _MISSING)
        if value is _MISSING:
            value = cls.__record_defaults__[name]
            if value is _MISSING:
                raise TypeError(f"{cls.__name__}() missing argument {name!r}")
            if isinstance(value, _Factory):
                value = value.factory()
        set_(self, name, value)
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _values(self: Any) -> tuple[object, ...]:
    return tuple(getattr(self, name) for name in type(self).__record_fields__)


def _repr(self: Any) -> str:
    fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).__record_fields__)
    return f"{type(self).__qualname__}({fields})"


def _eq(self: Any, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return bool(_values(self) == _values(other))


def _hash(self: Any) -> int:
    return hash(_values(self))


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is frozen")


def _frozen_delattr(self: Any, name: str) -> None:
    raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is frozen")


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, frozen: bool = False, eq: bool = True) -> Callable[[type[_T]], type[_T]]: ...
@dataclass_transform(field_specifiers=(field,))
def record(cls: type[_T] | None = None, /, *, frozen: bool = False, eq: bool = True) -> Any:
    """Make ``cls`` a data class: ``__init__`` from its annotated fields, in order, with their
    defaults; ``==`` by field values (by identity with ``eq=False``); a ``repr``; with
    ``frozen``, no assignment and a hash (otherwise unhashable, like a dataclass, unless
    ``eq=False``)."""

    def wrap(cls: type[_T]) -> type[_T]:
        defaults: dict[str, object] = {}
        for base in reversed(cls.__mro__[1:]):
            defaults.update(getattr(base, "__record_defaults__", {}))
        for name, annotation in inspect.get_annotations(cls).items():
            if _is_class_var(annotation):
                continue
            default = cls.__dict__.get(name, _MISSING)
            defaults[name] = default
            if default is not _MISSING:
                delattr(cls, name)  # the instance's value, not a class attribute, is the field
        namespace: dict[str, object] = {
            "__record_fields__": tuple(defaults),
            "__record_defaults__": defaults,
            "__match_args__": tuple(defaults),
            "__init__": _init,
            "__repr__": _repr,
        }
        if eq:
            namespace["__eq__"] = _eq
            namespace["__hash__"] = _hash if frozen else None
        if frozen:
            namespace["__setattr__"] = _frozen_setattr
            namespace["__delattr__"] = _frozen_delattr
        for name, value in namespace.items():
            if name in ("__init__", "__repr__", "__eq__") and name in cls.__dict__:
                continue  # the class's own
            setattr(cls, name, value)
        return cls

    return wrap if cls is None else wrap(cls)
