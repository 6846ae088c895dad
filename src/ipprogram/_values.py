"""Equality and hash by the values of the fields, for frozen attrs classes.

attrs writes ``__eq__`` and ``__hash__`` as source and compiles them with each class's
other methods when the class is made. The classes here take ``eq=False`` from attrs
and :func:`by_value` instead, which gives them the same methods, compiled when a class
has been compared or hashed :data:`COMPILE_AFTER` times: a process compiles the
methods of the classes it compares or hashes often, not of every class it imports.
"""

from __future__ import annotations

import linecache
import operator
import threading
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

T = TypeVar("T", bound=type)


def by_value(cls: T) -> T:
    """Give attrs class ``cls`` (made with ``eq=False``) equality and hash by value.

    As attrs' own: two records are equal when they are of the same class and their
    fields, compared in order as tuples (each item first by identity), are equal; a
    record of another class is ``NotImplemented``; the hash is that of the class's
    name and the fields' values, as one tuple.

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
    >>> Pair.__eq__.__qualname__
    'Pair.__eq__'
    """
    fields = values_of(tuple(field.name for field in attrs.fields(cls)))
    seed = _seed(cls)
    calls = 0

    def __eq__(self: object, other: object) -> object:  # noqa: N807 - the method
        nonlocal calls
        calls += 1
        if calls > COMPILE_AFTER:
            return _compile(cls)[0](self, other)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return fields(self) == fields(other)

    def __hash__(self: object) -> int:  # noqa: N807 - the method
        nonlocal calls
        calls += 1
        if calls > COMPILE_AFTER:
            found: int = _compile(cls)[1](self)
            return found
        return hash((seed, *fields(self)))  # the compiled method's value

    _install(cls, __eq__, __hash__)
    return cls


def _install(cls: type, *methods: Any) -> None:  # noqa: ANN401 - functions
    for method in methods:
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        method.__module__ = cls.__module__
        setattr(cls, method.__name__, method)


#: How many calls of a class's ``__eq__`` and ``__hash__`` take the values with
#: :func:`operator.attrgetter` before the methods are compiled, as the loaders of a
#: class read 16 times are: for a product (8 fields), compiling takes 0.36 ms, as long
#: as about 800 calls before it, and a compiled ``__eq__`` about half as long as one
#: (250 ns against 470). A class compared that often is compared while records are
#: checked, many times more.
COMPILE_AFTER: Final = 16


def _seed(cls: type) -> int:
    return hash(f"{cls.__module__}.{cls.__qualname__}")


def values_of(names: tuple[str, ...]) -> Callable[[Any], tuple[object, ...]]:
    """A function giving the values of ``names`` of an object as a tuple.

    >>> import types
    >>> point = types.SimpleNamespace(x=1, y=2)
    >>> values_of(("x", "y"))(point), values_of(("x",))(point), values_of(())(point)
    ((1, 2), (1,), ())
    """
    if len(names) > 1:
        getter: Callable[[Any], tuple[object, ...]] = operator.attrgetter(*names)
        return getter
    if names:
        value = operator.attrgetter(names[0])
        return lambda record: (value(record),)
    return lambda _: ()


#: Held while a class's methods are compiled, so that each class's are compiled once.
_COMPILING = threading.Lock()


def _compile(cls: type) -> tuple[Any, Any]:
    """Compile ``cls``'s ``__eq__`` and ``__hash__`` and put them on the class.

    The text is attrs' (a tuple of the fields on each side, the hash of a tuple of a
    seed and the fields); the seed is a hash of the class's name, so that records of
    two classes with the same values hash apart.
    """
    with _COMPILING:
        own = vars(cls)
        if getattr(own["__eq__"], "__ipprogram_compiled__", False):
            return own["__eq__"], own["__hash__"]
        names = [field.name for field in attrs.fields(cls)]
        mine = "".join(f"self.{name}, " for name in names)
        theirs = "".join(f"other.{name}, " for name in names)
        text = (
            "def __eq__(self, other):\n"
            "    if other.__class__ is not self.__class__:\n"
            "        return NotImplemented\n"
            f"    return ({mine}) == ({theirs})\n"
            "def __hash__(self):\n"
            f"    return hash((seed, {mine}))\n"
        )
        namespace: dict[str, Any] = {"seed": _seed(cls)}
        file_name = f"<ipprogram comparison {cls.__module__}.{cls.__qualname__}>"
        linecache.cache[file_name] = (len(text), None, text.splitlines(keepends=True), file_name)
        exec(compile(text, file_name, "exec", dont_inherit=True), namespace)  # noqa: S102
        eq, hash_ = namespace["__eq__"], namespace["__hash__"]
        eq.__ipprogram_compiled__ = True
        _install(cls, eq, hash_)
        return eq, hash_
