"""Loading on first use: a package's attributes (PEP 562) and regular expressions."""

from __future__ import annotations

import importlib
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(
    namespace: dict[str, Any], homes: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return a module's ``__getattr__`` and ``__dir__`` for names living in ``homes``.

    ``homes`` maps each name to the module that defines it; the module is imported the
    first time the name is asked for, and the value is then kept in ``namespace``.

    >>> namespace = {"__name__": "example"}
    >>> getattr_, dir_ = lazy_attributes(namespace, {"sqrt": "math"})
    >>> getattr_("sqrt")(9.0), "sqrt" in namespace, "sqrt" in dir_()
    (3.0, True, True)
    """

    def module_getattr(name: str) -> object:
        home = homes.get(name)
        if home is None:
            msg = f"module {namespace['__name__']!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    def module_dir() -> list[str]:
        return sorted([*namespace, *homes])

    return module_getattr, module_dir


def pattern(text: str, namespace: dict[str, Any], flags: int = 0) -> re.Pattern[str]:
    """A regular expression compiled when first used, for a module's global in ``namespace``.

    It stands in for ``re.compile(text, flags)``; on first use it compiles the pattern and
    puts it in its own place in ``namespace`` (the module's ``globals()``), so later uses
    are of the compiled pattern itself. Compiling a pattern takes 0.05-0.7 ms, most of
    what ipprogram's patterns cost when ipprogram is imported; a process that never
    reads a mark number need not compile the patterns of mark numbers.

    >>> namespace = {}
    >>> namespace["DIGITS"] = pattern(r"[0-9]+", namespace)
    >>> type(namespace["DIGITS"]).__name__, namespace["DIGITS"].fullmatch("2020") is not None
    ('_Pattern', True)
    >>> namespace["DIGITS"]
    re.compile('[0-9]+')
    """
    return typing.cast("re.Pattern[str]", _Pattern(text, flags, namespace))


class _Pattern:
    """Stands for a compiled pattern until first used (see :func:`pattern`)."""

    __slots__ = ("_compiled", "_flags", "_namespace", "_text")

    def __init__(self, text: str, flags: int, namespace: dict[str, Any]) -> None:
        self._text, self._flags, self._namespace = text, flags, namespace
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._text, self._flags)
            for key, value in list(self._namespace.items()):
                if value is self:
                    self._namespace[key] = compiled
        return getattr(compiled, name)
