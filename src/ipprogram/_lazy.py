"""Attributes of a package that import their module on first use (PEP 562)."""

from __future__ import annotations

import importlib
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
