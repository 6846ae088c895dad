"""Equality and hash by the values of the fields, for frozen attrs classes.

attrs writes ``__eq__`` and ``__hash__`` as source and compiles them with the class's
other methods; the classes here take ``eq=False`` from attrs and these closures
instead, which behave as attrs' methods do and compile nothing when ipprogram is
imported.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T", bound=type)


def by_value(cls: T) -> T:
    """Give attrs class ``cls`` (made with ``eq=False``) equality and hash by value.

    As attrs' own: two records are equal when they are of the same class and their
    fields, compared in order as tuples (each item first by identity), are equal; a
    record of another class is ``NotImplemented``; the hash is that of the class's
    name and the fields' values.

    >>> import attrs
    >>> @by_value
    ... @attrs.frozen(eq=False)
    ... class Pair:
    ...     left: int
    ...     right: float
    >>> nan = float("nan")
    >>> Pair(1, 2.0) == Pair(1, 2.0), Pair(1, 2.0) != Pair(1, 3.0), Pair(1, nan) == Pair(1, nan)
    (True, True, True)
    >>> Pair(1, nan) == Pair(1, float("nan"))  # the same nan is equal to itself, another not
    False
    >>> hash(Pair(1, 2.0)) == hash(Pair(1, 2.0)), Pair(1, 2.0) == (1, 2.0)
    (True, False)
    """
    fields = _getter(tuple(field.name for field in attrs.fields(cls)))
    seed = hash(f"{cls.__module__}.{cls.__qualname__}")

    def __eq__(self: object, other: object) -> object:  # noqa: N807 - the method
        if other.__class__ is not self.__class__:
            return NotImplemented
        return fields(self) == fields(other)

    def __hash__(self: object) -> int:  # noqa: N807 - the method
        return hash((seed, fields(self)))

    for method in (__eq__, __hash__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        method.__module__ = cls.__module__
        setattr(cls, method.__name__, method)
    return cls


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[object, ...]]:
    """A function giving the values of ``names`` of an object as a tuple.

    >>> import types
    >>> point = types.SimpleNamespace(x=1, y=2)
    >>> _getter(("x", "y"))(point), _getter(("x",))(point), _getter(())(point)
    ((1, 2), (1,), ())
    """
    if len(names) > 1:
        getter: Callable[[Any], tuple[object, ...]] = operator.attrgetter(*names)
        return getter
    if names:
        value = operator.attrgetter(names[0])
        return lambda record: (value(record),)
    return lambda _: ()
