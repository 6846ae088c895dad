"""What building records and their output costs in CPython: the floors under ipprogram's work.

:func:`bare_builder` generates, for a record class, the least code that turns the dict
``to_dict`` writes back into the same objects: each field read from the dict (default if
absent), enums looked up, dates parsed, union members picked by their tag, and the
object made without ``__init__`` with its slots set. It checks nothing: no types, no
text, no rules, no unknown keys. ipprogram's own loader does all of this and the checks
besides, so no validated pure-Python load can be faster than this floor.

:func:`bare_dumper` and :func:`bare_json_writer` generate, for one record (not a class),
one expression that builds its dict, or its JSON text, from its fields: which fields
are set, how long each tuple is and which member of a union each value is are known
when it is generated, so it reads each written field once and tests nothing. A writer
for every record of a class must find out all of that for each record it writes, so no
pure-Python writer can be faster than this floor.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import sys
import typing
from collections.abc import Callable, Iterator
from json.encoder import encode_basestring
from typing import Any

import attrs

from ipprogram.io._fast import builder
from ipprogram.model.shape import (
    TAG_KEY,
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


def _namer(names: dict[str, object]) -> Callable[[object], str]:
    """A function giving each object it is given a new name in ``names``."""

    def name(value: object) -> str:
        key = f"c{next(_counter)}"
        names[key] = value
        return key

    return name


def _convert(node: Node, names: dict[str, object]) -> str | None:  # noqa: C901 - one branch per kind
    """The name of a function turning a JSON value into ``node``'s value; None to keep it."""
    name = _namer(names)
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
    names: dict[str, object] = {
        "MISSING": _MISSING,
        "new": object.__new__,
        "cls": cls,
        "builder": builder(cls),  # the loaders' way of setting slots, the quickest
    }
    lines = ["def build(d):", "    o = new(builder)"]
    for index, field in enumerate(shape(cls).fields):
        convert = _convert(field.node, names)
        value = f"v{index}"
        lines.append(f"    {value} = d.get({field.name!r}, MISSING)")
        names[f"d{index}"] = field.default
        missing = f"d{index}"
        present = value if convert is None else f"{convert}({value})"
        lines.append(f"    o.{field.name} = {missing} if {value} is MISSING else {present}")
    lines.append("    o.__class__ = cls")
    lines.append("    return o")
    namespace: dict[str, Any] = dict(names)
    exec("\n".join(lines), namespace)  # noqa: S102 - source built here from the model
    built: Callable[[Any], Any] = namespace["build"]
    _BUILDERS[cls] = built
    return built


def _output(value: object, node: Node, written: object, expr: str, names: dict[str, object]) -> str:
    """The expression giving ``written`` (the dumper's output for ``value``) from ``expr``."""
    name = _namer(names)
    match node:
        case Text() | Integer() | Number() | Boolean():
            return expr
        case Date() | AnyDate():
            return f"{expr}.isoformat()"
        case Scalar():
            return f"{name(node.spec.write)}({expr})"
        case Choice():
            return f"{expr}._value_"
        case Record(cls):
            return _record_output(value, cls, written, expr, names)
        case Tagged():
            return _record_output(value, type(value), written, expr, names)
        case Items(item):
            parts = [
                _output(each, item, out, where, names)
                for each, out, where in _items(value, written, expr)
            ]
            return f"[{', '.join(parts)}]"
        case Nullable(inner):
            return "None" if value is None else _output(value, inner, written, expr, names)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _items(value: object, written: object, expr: str) -> Iterator[tuple[object, object, str]]:
    """Each item of tuple ``value`` with what is written of it and the expression for it."""
    pairs = zip(
        typing.cast("tuple[Any, ...]", value), typing.cast("list[Any]", written), strict=True
    )
    for index, (each, out) in enumerate(pairs):
        yield each, out, f"{expr}[{index}]"


def _record_output(
    value: object, cls: type, written: object, expr: str, names: dict[str, object]
) -> str:
    resolved = shape(cls)
    parts = []
    for key, out in typing.cast("dict[str, Any]", written).items():
        if key == TAG_KEY:
            parts.append(f"{key!r}: {out!r}")
            continue
        field = resolved.field(key)
        parts.append(
            f"{key!r}: {_output(getattr(value, key), field.node, out, f'{expr}.{key}', names)}"
        )
    return f"{{{', '.join(parts)}}}"


def _compiled(expression: str, names: dict[str, object]) -> Callable[[Any], Any]:
    namespace: dict[str, Any] = dict(names)
    exec(f"def run(o):\n    return {expression}\n", namespace)  # noqa: S102 - built here
    built: Callable[[Any], Any] = namespace["run"]
    return built


def bare_dumper(record: object, written: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    """A generated function giving ``written``, the record's dict, from ``record``'s fields.

    >>> from ipprogram import Period, to_dict
    >>> period = Period.years(2016, None)
    >>> bare_dumper(period, {"start": "2016"})(period)
    {'start': '2016'}
    """
    names: dict[str, object] = {}
    return _compiled(_record_output(record, type(record), written, "o", names), names)


def _text_output(expression: str, written: object, names: dict[str, object]) -> str:
    """The f-string part writing the JSON value ``written`` computes as ``expression``."""
    if isinstance(written, str):
        names.setdefault("enc", encode_basestring)
        return f"{{enc({expression})}}"
    if written is True or written is False or written is None:
        return {True: "true", False: "false", None: "null"}[written]
    return f"{{{expression}!r}}"


def bare_json_writer(record: object, written: dict[str, Any]) -> Callable[[Any], str]:
    """A generated function writing ``written`` as compact JSON from ``record``'s fields.

    One f-string: keys and brackets are its literal text, each value a placeholder.

    >>> from ipprogram import Period
    >>> period = Period.years(2016, 2020)
    >>> bare_json_writer(period, {"start": "2016", "end": "2020"})(period)
    '{"start":"2016","end":"2020"}'
    """
    names: dict[str, object] = {}

    def text(value: object, node: Node, out: object, expr: str) -> str:
        match node:
            case Record() | Tagged():
                return record_text(value, out, expr)
            case Items(item):
                parts = [
                    text(each, item, part, where) for each, part, where in _items(value, out, expr)
                ]
                return f"[{','.join(parts)}]"
            case Nullable(inner):
                return "null" if value is None else text(value, inner, out, expr)
            case _:
                return _text_output(_output(value, node, out, expr, names), out, names)

    def record_text(value: object, out: object, expr: str) -> str:
        resolved = shape(type(value))
        parts = []
        for key, each in typing.cast("dict[str, Any]", out).items():
            if key == TAG_KEY:
                parts.append(f'"{key}":{encode_basestring(each)}')
                continue
            node = resolved.field(key).node
            parts.append(f'"{key}":' + text(getattr(value, key), node, each, f"{expr}.{key}"))
        return "{{" + ",".join(parts) + "}}"

    body = record_text(record, written, "o")
    return _compiled(f"f'{body}'", names)


def written_annotation(cls: type, name: str) -> str:
    """A field's annotation as its module writes it (resolving types replaces attrs's).

    >>> from ipprogram import Event
    >>> written_annotation(Event, "locality")
    'Locality | None'
    """
    for klass in cls.__mro__:
        annotations = vars(klass).get("__annotations__", {})
        if name in annotations:
            return str(annotations[name])
    msg = f"{cls.__name__}.{name} has no annotation"
    raise LookupError(msg)


def _literal(value: object) -> str:
    """Python source for a default: an enumeration's member by name, a tuple of them."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, tuple):
        return "(" + "".join(f"{_literal(item)}, " for item in value) + ")"
    return repr(value)


def _model_types() -> tuple[dict[str, type], dict[str, type[enum.Enum]]]:
    """The record classes and the enumerations (with members) of ipprogram's model."""
    records: dict[str, type] = {}
    enumerations: dict[str, type[enum.Enum]] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("ipprogram.model"):
            continue
        for value in vars(module).values():
            if not isinstance(value, type) or not value.__module__.startswith("ipprogram.model"):
                continue
            if attrs.has(value) and not value.__name__.endswith(">"):  # not a builder
                records[value.__qualname__] = value
            elif issubclass(value, enum.Enum) and len(value) > 0:
                enumerations[value.__qualname__] = value
    return records, enumerations


def classes_source() -> str:
    """The source of a module that makes ipprogram's record classes and enumerations bare.

    Each record class becomes a frozen, slotted, keyword-only attrs class with the same
    fields (names, annotations as written, which are not evaluated, defaults), and
    nothing else: no converters, no checks, no rules, no methods; each enumeration a
    ``StrEnum`` of the same members. Importing it is what any attrs model of these
    records must spend before it can build one, the floor under ipprogram's start-up
    that attrs and the enumerations set.

    >>> source = classes_source()
    >>> namespace: dict[str, Any] = {}
    >>> exec(compile(source, "<floor classes>", "exec"), namespace)
    >>> attrs.fields(namespace["Event"]).locality.type
    'Locality | None'
    >>> namespace["EventKind"]("conference").name
    'CONFERENCE'
    """
    records, enumerations = _model_types()
    lines = ["from __future__ import annotations", "", "import attrs", "import enum", ""]
    for name in sorted(enumerations):
        lines.append(f"class {name}(enum.StrEnum):")
        lines.extend(f"    {member.name} = {member.value!r}" for member in enumerations[name])
        lines.append("")
    for name in sorted(records):
        lines.append("@attrs.frozen(kw_only=True, repr=False, eq=False)")
        lines.append(f"class {name}:")
        for field in attrs.fields(records[name]):
            written = f"    {field.name}: {written_annotation(records[name], field.name)}"
            if field.default is attrs.NOTHING:
                lines.append(written)
            else:
                lines.append(f"{written} = {_literal(field.default)}")
        lines.append("")
    return "\n".join(lines)
