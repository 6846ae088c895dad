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
import itertools
import typing
from collections.abc import Callable
from typing import Any

from ipprogram.model.shape import (
    AnyDate,
    Boolean,
    Choice,
    Date,
    Integer,
    Items,
    Node,
    Nullable,
    Number,
    Record,
    Scalar,
    Tagged,
    Text,
    shape,
)

_MISSING = object()
_counter = itertools.count()
_BUILDERS: dict[type, Callable[[Any], Any]] = {}


def _convert(node: Node, names: dict[str, object]) -> str | None:  # noqa: C901 - one branch per kind
    """The name of a function turning a JSON value into ``node``'s value; None to keep it."""

    def name(value: object) -> str:
        key = f"c{next(_counter)}"
        names[key] = value
        return key

    match node:
        case Text() | Integer() | Number() | Boolean():
            return None
        case Date():
            return name(dt.date.fromisoformat)
        case AnyDate():
            parse = node.spec.parse
            return name(
                lambda value, parse=parse: (
                    dt.date.fromisoformat(value) if len(value) == 10 else parse(value)  # noqa: PLR2004
                )
            )
        case Scalar():
            return name(node.spec.parse)
        case Choice(cls):
            return name({member.value: member for member in cls}.__getitem__)
        case Record(cls):
            return name(bare_builder(cls))
        case Tagged():
            by_tag = {tag: bare_builder(cls) for tag, cls in node.by_tag().items()}
            return name(lambda value, by_tag=by_tag: by_tag[value["type"]](value))
        case Items(item):
            inner = _convert(item, names)
            if inner is None:
                return name(tuple)
            return name(lambda value, f=names[inner]: tuple(map(f, value)))
        case Nullable(inner_node):
            inner = _convert(inner_node, names)
            if inner is None:
                return None
            return name(lambda value, f=names[inner]: None if value is None else f(value))
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


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
    names: dict[str, object] = {"MISSING": _MISSING, "new": object.__new__, "cls": cls}
    lines = ["def build(d):", "    o = new(cls)"]
    for index, field in enumerate(shape(cls).fields):
        setter = f"s{index}"
        names[setter] = getattr(cls, field.name).__set__
        convert = _convert(field.node, names)
        value = f"v{index}"
        lines.append(f"    {value} = d.get({field.name!r}, MISSING)")
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
