"""Generated fast paths for reading and writing records.

For each record class, a loader and a dumper are generated as Python source and
compiled once. The loader takes the common case only: a dict of exactly the JSON types
the model wants, text already stripped or easily tidied, every rule passing. It builds
the record directly, without the converters' error bookkeeping. The moment anything is
unusual (a wrong type, a missing or unknown key, a rule that objects, text that is not
NFC) it gives up by raising :data:`SLOW`, and :func:`ipprogram.from_dict` runs the full
path, which finds and locates every problem. A record the fast path builds is equal to
the one the full path builds; the tests check this on generated records and on
mutated ones.

The dumper writes what the full path writes, key for key: fields equal to their
default are left out, enums by value, dates in ISO form, union members with their tag.
The writer writes the same as JSON text directly, character for character what
``json.dumps`` makes of the dumper's dict, without building the dict.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import json.encoder
import math
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from typing import Any, Final

import attrs

from ipprogram.model import PartialDate
from ipprogram.model._base import _spec

__all__ = ["SLOW", "Slow", "dumper", "loader", "writer"]

TAG_KEY: Final = "type"


class Slow(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a generated loader to hand the input to the full path."""


SLOW: Final = Slow()

_MISSING: Final = object()
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_counter = itertools.count()
#: JSON text of a string as ``json.dumps(..., ensure_ascii=False)`` writes it.
_encode_text: Final[Callable[[str], str]] = json.encoder.encode_basestring


def _text(value: object) -> str:
    if type(value) is not str:
        raise SLOW
    value = value.strip()
    if not value:
        raise SLOW
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
        if not value.isprintable() and _LONE_SURROGATE.search(value):  # surrogates are not
            raise SLOW
    return value


def _date(value: object) -> dt.date:
    if type(value) is not str or not _ISO_DATE.match(value):
        raise SLOW
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SLOW from None


def _partial_date(value: object) -> PartialDate:
    if type(value) is not str:
        raise SLOW
    try:
        return PartialDate.from_iso(value)
    except ValueError:  # a ValidationError is a ValueError
        raise SLOW from None


def _number(value: object) -> int | float:
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
        return value  # type: ignore[return-value]
    raise SLOW


def _integer(value: object) -> int:
    if type(value) is not int:
        raise SLOW
    return value


def _boolean(value: object) -> bool:
    if type(value) is not bool:
        raise SLOW
    return value


class _Source:
    """Builds the source of one generated function, with the names it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, object] = {"SLOW": SLOW, "MISSING": _MISSING}

    def name(self, value: object, hint: str = "c") -> str:
        key = f"{hint}{next(_counter)}"
        self.names[key] = value
        return key

    def compile(self, function: str) -> Callable[..., Any]:
        namespace: dict[str, Any] = dict(self.names)
        exec("\n".join(self.lines), namespace)  # noqa: S102 - source built here from the model
        result: Callable[..., Any] = namespace[function]
        return result


def _load_expression(source: _Source, annotation: object, var: str, indent: str) -> None:  # noqa: C901 - one branch per kind
    """Append lines that turn ``var`` into the value of ``annotation``, or raise SLOW."""
    line = source.lines.append
    if annotation is str:
        line(f"{indent}if type({var}) is not str: raise SLOW")
        line(f"{indent}{var} = {var}.strip()")
        line(f"{indent}if not {var}: raise SLOW")
        line(f"{indent}if not {var}.isascii():")
        line(f"{indent}    {var} = {source.name(unicodedata.normalize, 'normalize')}('NFC', {var})")
        surrogate = source.name(_LONE_SURROGATE.search, "surrogate")
        line(f"{indent}    if not {var}.isprintable() and {surrogate}({var}): raise SLOW")
        return
    simple: dict[object, Callable[[object], object]] = {
        int: _integer,
        bool: _boolean,
        dt.date: _date,
        PartialDate: _partial_date,
    }
    if annotation in simple:
        line(f"{indent}{var} = {source.name(simple[annotation], 'f')}({var})")
        return
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        members = source.name({member.value: member for member in annotation}, "members")
        line(f"{indent}{var} = {members}.get({var}) if type({var}) is str else None")
        line(f"{indent}if {var} is None: raise SLOW")
        return
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        members_ = [arg for arg in args if arg is not type(None)]
        nullable = len(members_) < len(args)
        inner = indent
        if nullable:
            line(f"{indent}if {var} is not None:")
            inner = indent + "    "
        if set(members_) == {int, float}:
            line(f"{inner}{var} = {source.name(_number, 'number')}({var})")
        elif len(members_) == 1:
            _load_expression(source, members_[0], var, inner)
        else:
            dispatch = _dispatcher({cls.TAG: loader(cls, tagged=True) for cls in members_})
            line(f"{inner}{var} = {source.name(dispatch, 'union')}({var})")
        return
    if origin is tuple:
        item = args[0]
        if item is str:
            convert = source.name(_text, "text")
        else:
            convert = source.name(_item_loader(item), "item")
        line(f"{indent}if type({var}) is not list: raise SLOW")
        line(f"{indent}{var} = tuple([{convert}(x) for x in {var}])")
        return
    if isinstance(annotation, type) and attrs.has(annotation):
        line(f"{indent}{var} = {source.name(loader(annotation), 'load')}({var})")
        return
    msg = f"no fast path for {annotation!r}"  # pragma: no cover - the model's types only
    raise TypeError(msg)


def _dispatcher(by_tag: dict[str, Callable[[object], Any]]) -> Callable[[object], Any]:
    """A loader for a tagged union: the member named by the ``"type"`` key."""

    def dispatch(value: object) -> Any:  # noqa: ANN401 - a record of any member class
        if type(value) is not dict:
            raise SLOW
        tag = value.get(TAG_KEY)
        load = by_tag.get(tag) if type(tag) is str else None
        if load is None:
            raise SLOW
        return load(value)

    return dispatch


def _item_loader(annotation: object) -> Callable[[object], object]:
    """The loader of one item of a tuple; records and tagged unions need no wrapper."""
    if isinstance(annotation, type) and attrs.has(annotation):
        return loader(annotation)
    members = typing.get_args(annotation)
    if (
        typing.get_origin(annotation) in (types.UnionType, typing.Union)
        and type(None) not in members
        and all(attrs.has(member) for member in members)
    ):
        return _dispatcher({cls.TAG: loader(cls, tagged=True) for cls in members})
    source = _Source()
    source.lines.append("def item(v):")
    _load_expression(source, annotation, "v", "    ")
    source.lines.append("    return v")
    return source.compile("item")


_LOADERS: dict[tuple[type, bool], Callable[[object], Any]] = {}


def loader(cls: type, *, tagged: bool = False) -> Callable[[object], Any]:
    """The generated loader of ``cls`` (``tagged``: it also takes the union ``"type"`` key).

    >>> from ipprogram import Period
    >>> loader(Period)({"start": "2016", "end": "2020"}) == Period.years(2016, 2020)
    True
    """
    key = (cls, tagged)
    found = _LOADERS.get(key)
    if found is not None:
        return found

    def late(data: object) -> Any:  # noqa: ANN401 - a record of any class
        return _LOADERS[key](data)

    _LOADERS[key] = late  # classes that contain themselves find this until it is built
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    source = _Source()
    line = source.lines.append
    allowed = frozenset(field.name for field in fields) | ({TAG_KEY} if tagged else frozenset())
    line("def load(d):")
    line("    if type(d) is not dict: raise SLOW")
    line(f"    if not d.keys() <= {source.name(allowed, 'allowed')}: raise SLOW")
    for index, field in enumerate(fields):
        var = f"v{index}"
        line(f"    {var} = d.get({field.name!r}, MISSING)")
        line(f"    if {var} is MISSING:")
        if field.default is attrs.NOTHING:
            line("        raise SLOW")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            line(f"        {var} = {source.name(field.default.factory, 'factory')}()")
        else:
            line(f"        {var} = {source.name(field.default, 'default')}")
        line("    else:")
        _load_expression(source, hints[field.name], var, "        ")
    line(f"    o = {source.name(object.__new__, 'new')}({source.name(cls, 'cls')})")
    for index, field in enumerate(fields):
        setter = source.name(getattr(cls, field.name).__set__, "set")
        line(f"    {setter}(o, v{index})")
    rules = _spec(cls).rules
    for check in rules:  # a rule yields what is wrong: the first problem hands over
        line(f"    for _ in {source.name(check, 'rule')}(o): raise SLOW")
    line("    return o")
    built = source.compile("load")
    _LOADERS[key] = built
    return built


def _not_none(annotation: object) -> object:
    """``annotation`` without ``None``, for values already known not to be ``None``."""
    if typing.get_origin(annotation) not in (types.UnionType, typing.Union):
        return annotation
    members = tuple(arg for arg in typing.get_args(annotation) if arg is not type(None))
    return members[0] if len(members) == 1 else typing.Union[members]  # noqa: UP007


def _is_union(annotation: object) -> bool:
    return typing.get_origin(annotation) in (types.UnionType, typing.Union)


def _when_set(
    source: _Source,
    field: attrs.Attribute[Any],
    obj: str = "o",
    var: str = "v",
    indent: str = "    ",
) -> str:
    """The ``if`` line that binds a field's value to ``var`` and passes unless it is the default.

    Fields equal to their default are left out of what is written, as the full path does.
    """
    default = field.default
    value = f"{obj}.{field.name}"
    if default is None:
        return f"{indent}if ({var} := {value}) is not None:"
    if default == ():
        return f"{indent}if {var} := {value}:"
    return f"{indent}if ({var} := {value}) != {source.name(default, 'default')}:"


def _set_annotation(field: attrs.Attribute[Any], hints: dict[str, Any]) -> object:
    """The annotation of a field's value when :func:`_when_set` passes (never ``None``)."""
    annotation = hints[field.name]
    return _not_none(annotation) if field.default is None else annotation


def _dump_expression(source: _Source, annotation: object, var: str) -> str:  # noqa: C901
    """An expression that writes ``var`` (of ``annotation``) as JSON types."""
    if annotation in (str, int, bool):
        return var
    if annotation is dt.date:
        return f"{var}.isoformat()"
    if annotation is PartialDate:
        return f"str({var})"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return f"{var}._value_"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        members = [arg for arg in args if arg is not type(None)]
        if set(members) == {int, float}:
            return var
        if len(members) == 1:
            inner = _dump_expression(source, members[0], var)
            return inner if len(members) == len(args) else f"(None if {var} is None else {inner})"
        tagged = source.name({cls: _tagged_dumper(cls) for cls in members}, "tagged")
        inner = f"{tagged}[type({var})]({var})"
        return inner if len(members) == len(args) else f"(None if {var} is None else {inner})"
    if origin is tuple:
        item = args[0]
        if item in (str, int, bool) or set(typing.get_args(item)) == {int, float}:
            return f"list({var})"
        inner = _dump_expression(source, item, "x")
        return f"[{inner} for x in {var}]"
    if isinstance(annotation, type) and attrs.has(annotation):
        return f"{source.name(dumper(annotation), 'dump')}({var})"
    msg = f"no fast path for {annotation!r}"  # pragma: no cover - the model's types only
    raise TypeError(msg)


def _tagged_dumper(cls: type) -> Callable[[object], dict[str, Any]]:
    return dumper(cls, head=((TAG_KEY, cls.TAG),))  # type: ignore[attr-defined]


_DUMPERS: dict[tuple[type, tuple[tuple[str, object], ...]], Callable[[Any], dict[str, Any]]] = {}
#: How deep records are written inline in their container's dumper, not by a call.
_INLINE_DEPTH: Final = 4


def _inlined(annotation: object, chain: tuple[type, ...]) -> type | None:
    """The record class to write inline for a field, or ``None`` to call its dumper."""
    if annotation is PartialDate or not isinstance(annotation, type):
        return None  # a partial date is written as a string
    if not attrs.has(annotation) or annotation in chain or len(chain) >= _INLINE_DEPTH:
        return None  # a class inside itself (a parent) is called
    return annotation


def _emit_nested(source: _Source, cls: type, obj: str, indent: str, chain: tuple[type, ...]) -> str:
    """Append lines that write record ``obj`` of ``cls`` inline; return the dict's name."""
    written = f"d{next(_counter)}"
    _emit_dump(source, cls, obj=obj, target=written, indent=indent, members=[], chain=(*chain, cls))
    return written


def _emit_dump(
    source: _Source,
    cls: type,
    *,
    obj: str,
    target: str,
    indent: str,
    members: list[str],
    chain: tuple[type, ...],
) -> None:
    """Append lines that write record ``obj`` of ``cls`` as a new dict named ``target``.

    ``members`` are the entries that come first. Records in fields are written inline,
    not by a call, down to :data:`_INLINE_DEPTH` levels; a class inside itself (a parent
    organisation) is called.
    """
    line = source.lines.append
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    # Required fields first, then the others, each in field order: the order of the
    # full path (cattrs writes the fields it never leaves out first).
    for field in (f for f in fields if f.default is attrs.NOTHING):
        annotation = hints[field.name]
        inline = _inlined(annotation, chain)
        if inline is not None:
            inner = f"o{next(_counter)}"
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _emit_nested(source, inline, inner, indent, chain)
        elif _is_union(annotation):  # the expression names its value more than once
            inner = f"u{next(_counter)}"
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _dump_expression(source, annotation, inner)
        else:
            expression = _dump_expression(source, annotation, f"{obj}.{field.name}")
        members.append(f"{field.name!r}: {expression}")
    line(f"{indent}{target} = {{{', '.join(members)}}}")
    for field in fields:
        if field.default is attrs.NOTHING:
            continue
        var = f"v{next(_counter)}"
        line(_when_set(source, field, obj, var, indent))
        annotation = _set_annotation(field, hints)
        inline = _inlined(annotation, chain)
        if inline is not None:
            written = _emit_nested(source, inline, var, indent + "    ", chain)
            line(f"{indent}    {target}[{field.name!r}] = {written}")
        elif typing.get_origin(annotation) is tuple and (
            item := _inlined(typing.get_args(annotation)[0], chain)
        ):
            each, items = f"x{next(_counter)}", f"l{next(_counter)}"
            line(f"{indent}    {items} = []")
            line(f"{indent}    for {each} in {var}:")
            written = _emit_nested(source, item, each, indent + "        ", chain)
            line(f"{indent}        {items}.append({written})")
            line(f"{indent}    {target}[{field.name!r}] = {items}")
        else:
            expression = _dump_expression(source, annotation, var)
            line(f"{indent}    {target}[{field.name!r}] = {expression}")


def dumper(cls: type, head: tuple[tuple[str, object], ...] = ()) -> Callable[[Any], dict[str, Any]]:
    """The generated dumper of ``cls``: a record to a new dict, ``head``'s items first.

    >>> from ipprogram import Period
    >>> dumper(Period)(Period.years(2016, None))
    {'start': '2016'}
    >>> dumper(Period, head=(("schema_version", 1),))(Period.years(2016, 2020))
    {'schema_version': 1, 'start': '2016', 'end': '2020'}
    """
    key = (cls, head)
    found = _DUMPERS.get(key)
    if found is not None:
        return found

    def late(value: object) -> dict[str, Any]:
        return _DUMPERS[key](value)

    _DUMPERS[key] = late  # classes that contain themselves find this until it is built
    source = _Source()
    source.lines.append("def dump(o):")
    members = [f"{name!r}: {source.name(value, 'head')}" for name, value in head]
    _emit_dump(source, cls, obj="o", target="d", indent="    ", members=members, chain=(cls,))
    source.lines.append("    return d")
    built = source.compile("dump")
    _DUMPERS[key] = built
    return built


def _write_expression(source: _Source, annotation: object, var: str) -> str:  # noqa: C901
    """An expression that writes ``var`` (of ``annotation``) as JSON text."""
    if annotation is str:
        return f"{source.name(_encode_text, 'text')}({var})"
    if annotation is bool:
        return f"('true' if {var} else 'false')"
    if annotation is int:
        return f"{source.name(int.__repr__, 'int')}({var})"
    if annotation is dt.date:
        return f"'\"' + {var}.isoformat() + '\"'"
    if annotation is PartialDate:
        return f"'\"' + str({var}) + '\"'"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        written = {member: _encode_text(member.value) for member in annotation}
        return f"{source.name(written, 'members')}[{var}]"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        members = [arg for arg in args if arg is not type(None)]
        if set(members) == {int, float}:
            inner = f"{source.name(repr, 'repr')}({var})"
        elif len(members) == 1:
            inner = _write_expression(source, members[0], var)
        else:
            tagged = source.name({cls: _tagged_writer(cls) for cls in members}, "tagged")
            inner = f"{tagged}[type({var})]({var})"
        return inner if len(members) == len(args) else f"('null' if {var} is None else {inner})"
    if origin is tuple:
        item = _write_expression(source, args[0], "x")
        return f"'[' + ','.join([{item} for x in {var}]) + ']'"
    if isinstance(annotation, type) and attrs.has(annotation):
        return f"{source.name(writer(annotation), 'write')}({var}, '')"
    msg = f"no fast path for {annotation!r}"  # pragma: no cover - the model's types only
    raise TypeError(msg)


def _tagged_writer(cls: type) -> Callable[[object], str]:
    write = writer(cls)
    head = f"{_encode_text(TAG_KEY)}:{_encode_text(cls.TAG)}"  # type: ignore[attr-defined]

    def tagged(value: object) -> str:
        return write(value, head)

    return tagged


_WRITERS: dict[type, Callable[[Any, str], str]] = {}


def writer(cls: type) -> Callable[[Any, str], str]:
    """The generated JSON writer of ``cls``; ``head`` (``""`` or ``'"key":value'``) goes first.

    It writes what ``json.dumps`` writes of the dumper's dict, compact and unescaped.

    >>> from ipprogram import Period
    >>> writer(Period)(Period.years(2016, None), '"schema_version":1')
    '{"schema_version":1,"start":"2016"}'
    """
    found = _WRITERS.get(cls)
    if found is not None:
        return found

    def late(value: object, head: str) -> str:
        return _WRITERS[cls](value, head)

    _WRITERS[cls] = late
    hints = typing.get_type_hints(cls)
    source = _Source()
    line = source.lines.append
    line("def write(o, head):")
    line("    p = [head] if head else []")
    line("    a = p.append")
    fields = attrs.fields(cls)
    ordered = [f for f in fields if f.default is attrs.NOTHING]
    ordered += [f for f in fields if f.default is not attrs.NOTHING]
    for field in ordered:
        key = _encode_text(field.name) + ":"
        annotation = hints[field.name]
        if field.default is not attrs.NOTHING:
            line(_when_set(source, field))
            expression = _write_expression(source, _set_annotation(field, hints), "v")
            line(f"        a({key!r} + {expression})")
        elif _is_union(annotation):  # the expression names its value more than once
            line(f"    v = o.{field.name}")
            line(f"    a({key!r} + {_write_expression(source, annotation, 'v')})")
        else:
            line(f"    a({key!r} + {_write_expression(source, annotation, f'o.{field.name}')})")
    line("    return '{' + ','.join(p) + '}'")
    built = source.compile("write")
    _WRITERS[cls] = built
    return built
