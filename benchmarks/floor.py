"""What building records costs in CPython before any check: the floor under a validated load.

:func:`bare_builder` generates, for a record class, the least code that turns the dict
``to_dict`` writes back into the same objects: each field read from the dict (default if
absent), enums looked up, dates parsed, union members picked by their tag, and the
object made without ``__init__`` with its slots set. It checks nothing: no types, no
text, no rules, no unknown keys. ipprogram's own loader does all of this and the checks
besides, so no validated pure-Python load can be faster than this floor.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ipprogram.model import PartialDate

_MISSING = object()
_counter = itertools.count()
_BUILDERS: dict[type, Callable[[Any], Any]] = {}


def _convert(annotation: object, names: dict[str, object]) -> str | None:  # noqa: C901
    """The name of a function turning a JSON value into ``annotation``; None to keep it."""

    def name(value: object) -> str:
        key = f"c{next(_counter)}"
        names[key] = value
        return key

    if annotation is dt.date:
        return name(dt.date.fromisoformat)
    if annotation is PartialDate:
        return name(PartialDate.from_iso)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return name({member.value: member for member in annotation}.__getitem__)
    if isinstance(annotation, type) and attrs.has(annotation):
        return name(bare_builder(annotation))
    origin = typing.get_origin(annotation)
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if origin is tuple:
        inner = _convert(args[0], names)
        if inner is None:
            return name(tuple)
        return name(lambda value, f=names[inner]: tuple(map(f, value)))
    if origin in (types.UnionType, typing.Union):
        if len(args) > 1 and all(attrs.has(arg) for arg in args):
            by_tag = {arg.TAG: bare_builder(arg) for arg in args}
            return name(lambda value, by_tag=by_tag: by_tag[value["type"]](value))
        if len(args) == 1:
            inner = _convert(args[0], names)
            if inner is None:
                return None
            return name(lambda value, f=names[inner]: None if value is None else f(value))
        return None
    return None


def bare_builder(cls: type) -> Callable[[Any], Any]:
    """A generated function building a record of ``cls`` from a dict, checking nothing.

    >>> from ipprogram import Period
    >>> bare_builder(Period)({"start": "2016", "end": "2020"}) == Period.years(2016, 2020)
    True
    """
    found = _BUILDERS.get(cls)
    if found is not None:
        return found

    def late(data: object) -> Any:  # noqa: ANN401 - a record of any class
        return _BUILDERS[cls](data)

    _BUILDERS[cls] = late  # classes that contain themselves find this until it is built
    hints = typing.get_type_hints(cls)
    names: dict[str, object] = {"MISSING": _MISSING, "new": object.__new__, "cls": cls}
    lines = ["def build(d):", "    o = new(cls)"]
    for index, field in enumerate(attrs.fields(cls)):
        setter = f"s{index}"
        names[setter] = getattr(cls, field.name).__set__
        convert = _convert(hints[field.name], names)
        value = f"v{index}"
        lines.append(f"    {value} = d.get({field.name!r}, MISSING)")
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            names[f"f{index}"] = field.default.factory
            missing = f"f{index}()"
        else:
            names[f"d{index}"] = field.default
            missing = f"d{index}"
        present = value if convert is None else f"{convert}({value})"
        lines.append(f"    {setter}(o, {missing} if {value} is MISSING else {present})")
    lines.append("    return o")
    namespace: dict[str, Any] = dict(names)
    exec("\n".join(lines), namespace)  # noqa: S102 - source built here from the model
    built: Callable[[Any], Any] = namespace["build"]
    _BUILDERS[cls] = built
    return built
