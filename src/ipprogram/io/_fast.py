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
import itertools
import json.encoder
import linecache
import math
import re
import threading
import typing
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Final

from ipprogram.model.shape import (
    ISO_DATE,
    LONE_SURROGATE,
    MAX_MAGNITUDE,
    TAG_KEY,
    AnyDate,
    Boolean,
    Choice,
    Date,
    Field,
    Integer,
    Items,
    Node,
    Nullable,
    Number,
    Record,
    Scalar,
    ScalarSpec,
    Tagged,
    Text,
    classes_in,
    shape,
    walk,
)

__all__ = ["SLOW", "Slow", "dumper", "loader", "writer"]


class Slow(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a generated loader to hand the input to the full path."""


SLOW: Final = Slow()

_MISSING: Final = object()
_ISO_DATE: Final = re.compile(ISO_DATE)
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
        if not value.isprintable() and LONE_SURROGATE.search(value):  # surrogates are not
            raise SLOW
    return value


def _date(value: object) -> dt.date:
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        raise SLOW
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SLOW from None


def _any_date(spec: ScalarSpec) -> Callable[[object], object]:
    partial = _scalar(spec)

    def load(value: object) -> object:
        if type(value) is str and _ISO_DATE.fullmatch(value):
            return _date(value)
        return partial(value)

    return load


def _scalar(spec: ScalarSpec) -> Callable[[object], object]:
    parse = spec.parse

    def load(value: object) -> object:
        if type(value) is not str:
            raise SLOW
        try:
            return parse(value)
        except ValueError:  # a ValidationError is a ValueError
            raise SLOW from None

    return load


def _number(value: object) -> int | float:
    kind = type(value)
    if (kind is int or (kind is float and math.isfinite(value))) and (  # type: ignore[arg-type]
        -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE  # type: ignore[operator]
    ):
        return value  # type: ignore[return-value]
    raise SLOW


def _integer(value: object) -> int:
    if type(value) is not int or not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        raise SLOW
    return value


def _boolean(value: object) -> bool:
    if type(value) is not bool:
        raise SLOW
    return value


_FILES: set[str] = set()


def _file_name(what: str, cls: type) -> str:
    """A unique name under which a generated function's source is shown in tracebacks."""
    base = f"<ipprogram {what} {cls.__module__}.{cls.__qualname__}"
    name, count = f"{base}>", 1
    while name in _FILES:
        name, count = f"{base}-{count}>", count + 1
    _FILES.add(name)
    return name


class _Source:
    """Builds the source of one generated function, with the names it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, object] = {"SLOW": SLOW, "MISSING": _MISSING}

    def name(self, value: object, hint: str = "c") -> str:
        key = f"{hint}{next(_counter)}"
        self.names[key] = value
        return key

    def compile(self, function: str, what: str, cls: type) -> Callable[..., Any]:
        """Compile the source, registered with :mod:`linecache` so tracebacks show it."""
        text = "\n".join(self.lines) + "\n"
        file_name = _file_name(what, cls)
        code = compile(text, file_name, "exec")
        linecache.cache[file_name] = (len(text), None, text.splitlines(keepends=True), file_name)
        namespace: dict[str, Any] = dict(self.names)
        exec(code, namespace)  # noqa: S102 - source built here from the model
        result: Callable[..., Any] = namespace[function]
        return result


def _load_expression(source: _Source, node: Node, var: str, indent: str) -> None:  # noqa: C901, PLR0912 - one branch per kind
    """Append lines that turn ``var`` into the value of ``node``, or raise SLOW."""
    line = source.lines.append
    match node:
        case Text():
            line(f"{indent}if type({var}) is not str: raise SLOW")
            line(f"{indent}{var} = {var}.strip()")
            line(f"{indent}if not {var}: raise SLOW")
            line(f"{indent}if not {var}.isascii():")
            normalize = source.name(unicodedata.normalize, "normalize")
            line(f"{indent}    {var} = {normalize}('NFC', {var})")
            surrogate = source.name(LONE_SURROGATE.search, "surrogate")
            line(f"{indent}    if not {var}.isprintable() and {surrogate}({var}): raise SLOW")
        case Integer():
            line(f"{indent}{var} = {source.name(_integer, 'integer')}({var})")
        case Boolean():
            line(f"{indent}{var} = {source.name(_boolean, 'boolean')}({var})")
        case Number():
            line(f"{indent}{var} = {source.name(_number, 'number')}({var})")
        case Date():
            line(f"{indent}{var} = {source.name(_date, 'date')}({var})")
        case AnyDate():
            line(f"{indent}{var} = {source.name(_any_date(node.spec), 'any_date')}({var})")
        case Scalar():
            line(f"{indent}{var} = {source.name(_scalar(node.spec), 'scalar')}({var})")
        case Choice(cls):
            members = source.name({member.value: member for member in cls}, "members")
            line(f"{indent}{var} = {members}.get({var}) if type({var}) is str else None")
            line(f"{indent}if {var} is None: raise SLOW")
        case Record(cls):
            line(f"{indent}{var} = {source.name(loader(cls), 'load')}({var})")
        case Tagged():
            line(f"{indent}{var} = {source.name(_dispatcher(node), 'union')}({var})")
        case Items(item):
            convert = source.name(_text if item == Text() else _item_loader(item), "item")
            line(f"{indent}if type({var}) is not list: raise SLOW")
            line(f"{indent}{var} = tuple([{convert}(x) for x in {var}])")
        case Nullable(inner):
            line(f"{indent}if {var} is not None:")
            _load_expression(source, inner, var, indent + "    ")
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _dispatcher(node: Tagged) -> Callable[[object], Any]:
    """A loader for a tagged union: the member named by the ``"type"`` key."""
    by_tag = {tag: loader(cls, tagged=True) for tag, cls in node.by_tag().items()}

    def dispatch(value: object) -> Any:  # noqa: ANN401 - a record of any member class
        if type(value) is not dict:
            raise SLOW
        tag = value.get(TAG_KEY)
        load = by_tag.get(tag) if type(tag) is str else None
        if load is None:
            raise SLOW
        return load(value)

    return dispatch


def _item_loader(node: Node) -> Callable[[object], object]:
    """The loader of one item of a tuple; records and tagged unions need no wrapper."""
    if isinstance(node, Record):
        return loader(node.cls)
    if isinstance(node, Tagged):
        return _dispatcher(node)
    source = _Source()
    source.lines.append("def item(v):")
    _load_expression(source, node, "v", "    ")
    source.lines.append("    return v")
    return source.compile("item", "item loader", type(node))


_LOADERS: dict[tuple[type, bool], Callable[[object], Any]] = {}


_HOPS = threading.local()


def _static_depth(cls: type, memo: dict[type, int], busy: set[type]) -> int:
    """The deepest JSON nesting of a record of ``cls``, not counting links to itself."""
    if cls in memo:
        return memo[cls]
    if cls in busy:
        return _UNBOUNDED  # a cycle through other classes: no static bound
    busy.add(cls)
    deepest = 0
    for field in shape(cls).fields:
        node, extra = field.node, 0
        while isinstance(node, Nullable | Items):
            extra += isinstance(node, Items)
            node = node.inner if isinstance(node, Nullable) else node.item
        for member in classes_in(node):
            if member is not cls:
                deepest = max(deepest, extra + _static_depth(member, memo, busy))
        deepest = max(deepest, extra)
    busy.discard(cls)
    memo[cls] = 1 + deepest
    return memo[cls]


_UNBOUNDED: Final = 10**6


def reaches_itself(cls: type) -> bool:
    """Whether a record of ``cls`` can nest without bound (a parent chain inside it)."""
    return any(
        Nullable(Record(member)) in (f.node for f in shape(member).fields) for member in walk(cls)
    )


#: How many links of chains (parents, successors) a path may hold in the fast path.
#: A path's JSON depth is at most the deepest record without its chains
#: (:func:`static_depth`, 17 today) plus one level per link, so paths of at most this many
#: links are within ``MAX_DEPTH`` (64); the fast path leaves longer ones to the full path,
#: which measures the depth exactly. A test checks that the bound holds for the model.
CHAIN_LINKS: Final = 40


def static_depth(classes: Iterable[type]) -> int:
    """The deepest JSON nesting of a record of any of ``classes``, chains left out."""
    memo: dict[type, int] = {}
    return max(_static_depth(cls, memo, set()) for cls in classes)


def _hop(cls: type) -> Callable[[object], Any]:
    """Load one link of a chain, counting the links on the path in this thread."""

    def hop(value: object) -> Any:  # noqa: ANN401 - a record of any class
        links = getattr(_HOPS, "links", 0)
        if links >= CHAIN_LINKS:
            raise SLOW
        _HOPS.links = links + 1
        try:
            return loader(cls)(value)
        finally:
            _HOPS.links = links

    return hop


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
    resolved = shape(cls)
    source = _Source()
    line = source.lines.append
    allowed = frozenset(f.name for f in resolved.fields) | ({TAG_KEY} if tagged else frozenset())
    line("def load(d):")
    line("    if type(d) is not dict: raise SLOW")
    line(f"    if not d.keys() <= {source.name(allowed, 'allowed')}: raise SLOW")
    for index, field in enumerate(resolved.fields):
        var = f"v{index}"
        line(f"    {var} = d.get({field.name!r}, MISSING)")
        line(f"    if {var} is MISSING:")
        if field.required:
            line("        raise SLOW")
        else:
            line(f"        {var} = {source.name(field.default, 'default')}")
        line("    else:")
        if field.node == Nullable(Record(cls)):  # a chain: a parent, a successor
            line(f"        if {var} is not None:")
            line(f"            {var} = {source.name(_hop(cls), 'hop')}({var})")
        else:
            _load_expression(source, field.node, var, "        ")
    line(f"    o = {source.name(object.__new__, 'new')}({source.name(cls, 'cls')})")
    for index, field in enumerate(resolved.fields):
        setter = source.name(getattr(cls, field.name).__set__, "set")
        line(f"    {setter}(o, v{index})")
    for check in resolved.rules:  # a rule yields what is wrong: the first problem hands over
        line(f"    for _ in {source.name(check, 'rule')}(o): raise SLOW")
    line("    return o")
    built = source.compile("load", "tagged loader" if tagged else "loader", cls)
    _LOADERS[key] = built
    return built


def _when_set(
    source: _Source, field: Field, obj: str = "o", var: str = "v", indent: str = "    "
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


def _set_node(field: Field) -> Node:
    """The node of a field's value when :func:`_when_set` passes (never ``None``)."""
    node = field.node
    return node.inner if field.default is None and isinstance(node, Nullable) else node


_PLAIN: Final = (Text(), Integer(), Boolean(), Number())


def _dump_expression(source: _Source, node: Node, var: str) -> str:  # noqa: C901 - one branch per kind
    """An expression that writes ``var`` (of ``node``) as JSON types."""
    match node:
        case Text() | Integer() | Boolean() | Number():
            return var
        case Date() | AnyDate():
            return f"{var}.isoformat()"
        case Scalar():
            return f"{source.name(node.spec.write, 'write')}({var})"
        case Choice():
            return f"{var}._value_"
        case Record(cls):
            return f"{source.name(dumper(cls), 'dump')}({var})"
        case Tagged(members):
            tagged = source.name({cls: _tagged_dumper(cls) for cls in members}, "tagged")
            return f"{tagged}[type({var})]({var})"
        case Items(item):
            if item in _PLAIN:
                return f"list({var})"
            return f"[{_dump_expression(source, item, 'x')} for x in {var}]"
        case Nullable(inner):
            if inner in _PLAIN:
                return var
            return f"(None if {var} is None else {_dump_expression(source, inner, var)})"
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _tagged_dumper(cls: type) -> Callable[[object], dict[str, Any]]:
    return dumper(cls, head=((TAG_KEY, shape(cls).tag),))


_DUMPERS: dict[tuple[type, tuple[tuple[str, object], ...]], Callable[[Any], dict[str, Any]]] = {}
#: How deep records are written inline in their container's dumper, not by a call.
_INLINE_DEPTH: Final = 4


def _inlined(node: Node, chain: tuple[type, ...]) -> type | None:
    """The record class to write inline for a field, or ``None`` to call its dumper."""
    if not isinstance(node, Record) or node.cls in chain or len(chain) >= _INLINE_DEPTH:
        return None  # a class inside itself (a parent) is called
    return node.cls


def _emit_nested(source: _Source, cls: type, obj: str, indent: str, chain: tuple[type, ...]) -> str:
    """Append lines that write record ``obj`` of ``cls`` inline; return the dict's name."""
    written = f"d{next(_counter)}"
    _emit_dump(source, cls, obj=obj, target=written, indent=indent, members=[], chain=(*chain, cls))
    return written


def _names_twice(node: Node) -> bool:
    """Whether the expression for ``node`` names its value more than once."""
    return isinstance(node, Tagged | Nullable)


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
    organisation) is called. Keys come in wire order.
    """
    line = source.lines.append
    wire = shape(cls).wire
    for field in (f for f in wire if f.required):
        inline = _inlined(field.node, chain)
        if inline is not None:
            inner = f"o{next(_counter)}"
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _emit_nested(source, inline, inner, indent, chain)
        elif _names_twice(field.node):
            inner = f"u{next(_counter)}"
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _dump_expression(source, field.node, inner)
        else:
            expression = _dump_expression(source, field.node, f"{obj}.{field.name}")
        members.append(f"{field.name!r}: {expression}")
    line(f"{indent}{target} = {{{', '.join(members)}}}")
    for field in (f for f in wire if not f.required):
        var = f"v{next(_counter)}"
        line(_when_set(source, field, obj, var, indent))
        node = _set_node(field)
        inline = _inlined(node, chain)
        if inline is not None:
            written = _emit_nested(source, inline, var, indent + "    ", chain)
            line(f"{indent}    {target}[{field.name!r}] = {written}")
        elif isinstance(node, Items) and (item := _inlined(node.item, chain)):
            each, items = f"x{next(_counter)}", f"l{next(_counter)}"
            line(f"{indent}    {items} = []")
            line(f"{indent}    for {each} in {var}:")
            written = _emit_nested(source, item, each, indent + "        ", chain)
            line(f"{indent}        {items}.append({written})")
            line(f"{indent}    {target}[{field.name!r}] = {items}")
        else:
            expression = _dump_expression(source, node, var)
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
    built = source.compile("dump", "dumper", cls)
    _DUMPERS[key] = built
    return built


def _write_expression(source: _Source, node: Node, var: str) -> str:  # noqa: C901 - one branch per kind
    """An expression that writes ``var`` (of ``node``) as JSON text."""
    match node:
        case Text():
            return f"{source.name(_encode_text, 'text')}({var})"
        case Boolean():
            return f"('true' if {var} else 'false')"
        case Integer():
            return f"{source.name(int.__repr__, 'int')}({var})"
        case Number():
            return f"{source.name(repr, 'repr')}({var})"
        case Date() | AnyDate():
            return f"'\"' + {var}.isoformat() + '\"'"
        case Scalar():
            write = source.name(node.spec.write, "write")
            return f"{source.name(_encode_text, 'text')}({write}({var}))"
        case Choice(cls):
            written = {member: _encode_text(member.value) for member in cls}
            return f"{source.name(written, 'members')}[{var}]"
        case Record(cls):
            return f"{source.name(writer(cls), 'write')}({var}, '')"
        case Tagged(members):
            tagged = source.name({cls: _tagged_writer(cls) for cls in members}, "tagged")
            return f"{tagged}[type({var})]({var})"
        case Items(item):
            inner = _write_expression(source, item, "x")
            return f"'[' + ','.join([{inner} for x in {var}]) + ']'"
        case Nullable(inner):
            return f"('null' if {var} is None else {_write_expression(source, inner, var)})"
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _tagged_writer(cls: type) -> Callable[[object], str]:
    write = writer(cls)
    head = f"{_encode_text(TAG_KEY)}:{_encode_text(shape(cls).tag or '')}"

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
    source = _Source()
    line = source.lines.append
    line("def write(o, head):")
    line("    p = [head] if head else []")
    line("    a = p.append")
    for field in shape(cls).wire:
        key = _encode_text(field.name) + ":"
        if not field.required:
            line(_when_set(source, field))
            expression = _write_expression(source, _set_node(field), "v")
            line(f"        a({key!r} + {expression})")
        elif _names_twice(field.node):
            line(f"    v = o.{field.name}")
            line(f"    a({key!r} + {_write_expression(source, field.node, 'v')})")
        else:
            line(f"    a({key!r} + {_write_expression(source, field.node, f'o.{field.name}')})")
    line("    return '{' + ','.join(p) + '}'")
    built = source.compile("write", "writer", cls)
    _WRITERS[cls] = built
    return built
