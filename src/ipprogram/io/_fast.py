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

import builtins
import contextlib
import datetime as dt
import dis
import functools
import itertools
import json.encoder
import linecache
import math
import re
import threading
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, NamedTuple

from ipprogram.model.places import Locality, places_pass
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

__all__ = [
    "PLAIN",
    "SLOW",
    "Flavour",
    "Slow",
    "Writer",
    "context",
    "counting_loader",
    "dumper",
    "loader",
    "writer",
]


class Slow(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a generated loader to hand the input to the full path."""


SLOW: Final = Slow()

_MISSING: Final = object()
_ISO_DATE: Final = re.compile(ISO_DATE)
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
    whole, iso = dt.date.fromisoformat, _ISO_DATE.fullmatch

    def load(value: object) -> object:
        if type(value) is str and iso(value):
            try:
                return whole(value)
            except ValueError:
                raise SLOW from None
        return partial(value)

    return load


#: How many texts of each scalar class (partial dates, times) the loaders remember, and
#: the longest remembered: records repeat their years and months, and nothing else fits.
MEMO_SIZE: Final = 1024
MEMO_CHARS: Final = 16


def _scalar(spec: ScalarSpec) -> Callable[[object], object]:
    """A loader of a scalar's text that remembers what it read (the values are frozen)."""
    parse = spec.parse
    memo: dict[str, object] = {}

    def load(value: object) -> object:
        if type(value) is not str:
            raise SLOW
        found = memo.get(value)
        if found is not None:
            return found
        try:
            found = parse(value)
        except ValueError:  # a ValidationError is a ValueError
            raise SLOW from None
        if len(memo) < MEMO_SIZE and len(value) <= MEMO_CHARS:
            memo[value] = found
        return found

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


class Flavour(NamedTuple):
    """How a generated loader loads: what it counts, and whether its rules are guarded.

    ``counting``: it counts keys and colons (:func:`counting_loader`); ``guarded``: it
    skips rules with nothing to find (:func:`_rule_guard`), slower to generate and
    faster to run.

    >>> PLAIN
    Flavour(counting=False, guarded=False)
    """

    counting: bool
    guarded: bool


#: The loader generated first for a class: it counts nothing and runs every rule.
PLAIN: Final = Flavour(counting=False, guarded=False)


class _Source:
    """Builds the source of one generated function, with the names it refers to."""

    def __init__(self, depth: int = 1, *, flavour: Flavour = PLAIN) -> None:
        self.lines: list[str] = []
        #: Which loaders it calls, and how it loads (:class:`Flavour`).
        self.flavour = flavour
        self.names: dict[str, object] = {"SLOW": SLOW, "MISSING": _MISSING}
        #: How many levels of records a generated writer or dumper writes inline.
        self.depth = depth
        #: The record classes it calls the functions of even within ``depth``.
        self.called: frozenset[type] = frozenset()
        self._count = itertools.count()
        #: The numbering of temporaries in each open scope (:meth:`scope`).
        self._scopes = [itertools.count()]
        #: The names of functions made on their first call (:meth:`later`).
        self.deferred: list[tuple[str, Callable[[], Callable[..., Any]]]] = []

    def local(self, hint: str) -> str:
        """A name not used before in this source: ``hint`` and a number.

        Numbered per source, so that a class's source is the same text in every process:
        :func:`_prebuilt_code` finds the shipped code by that text.
        """
        return f"{hint}{next(self._count)}"

    def temp(self, hint: str) -> str:
        """A local variable of the innermost open scope: ``hint``, its depth, a number.

        Scopes that do not overlap (the fields of a record, the records in them) use the
        same names, so a function that writes many records inline keeps a small frame:
        CPython gives a call whose frame does not fit in what is left of its stack's
        chunk (16 KiB) a chunk of its own, mapped and unmapped on every such call.
        """
        return f"{hint}{len(self._scopes)}_{next(self._scopes[-1])}"

    @contextlib.contextmanager
    def scope(self) -> Iterator[None]:
        """Number the temporaries of the lines written meanwhile in a scope of their own.

        Their names are free again at its end: what was written in it must not be used
        after it but through a name made outside it.
        """
        self._scopes.append(itertools.count())
        try:
            yield
        finally:
            self._scopes.pop()

    def name(self, value: object, hint: str = "c") -> str:
        key = self.local(hint)
        self.names[key] = value
        return key

    def later(self, hint: str, cache: dict[Any, Any], key: object, build: Callable[[], Any]) -> str:
        """A name for the generated function ``cache`` holds at ``key``, made by ``build``.

        A function not made yet is made on its first call, and then takes the name's
        place: a first call generates the functions of the records it meets, not those
        of every class a record could hold.
        """
        found = _ready(cache, key)
        if found is None and BUILD_EAGERLY:
            found = build()
        if found is not None:
            return self.name(found, hint)
        name = self.name(None, hint)
        self.deferred.append((name, build))
        return name

    def compile(self, function: str, what: str, cls: type) -> Callable[..., Any]:
        """Compile the source, registered with :mod:`linecache` so tracebacks show it.

        A text that :mod:`ipprogram.io._prebuilt` holds is not compiled again: its code,
        compiled with the package, is given this function's name for tracebacks.
        """
        text = "\n".join(self.lines) + "\n"
        file_name = _file_name(what, cls)
        linecache.cache[file_name] = (len(text), None, text.splitlines(keepends=True), file_name)
        namespace: dict[str, Any] = dict(self.names)
        for name, build in self.deferred:
            namespace[name] = _on_first_call(namespace, name, build)
        prebuilt = _prebuilt_code(text)
        if prebuilt is None:
            exec(compile(text, file_name, "exec", dont_inherit=True), namespace)  # noqa: S102
        else:
            shift = prebuilt.co_firstlineno - 1
            namespace["__builtins__"] = vars(builtins)  # as exec would
            namespace[function] = types.FunctionType(
                _relocated(prebuilt, file_name, shift), namespace
            )
        result: Callable[..., Any] = namespace[function]
        return result


_PREBUILT: list[Mapping[str, types.CodeType]] = []


def _prebuilt_code(text: str) -> types.CodeType | None:
    r"""The code of a generated function's source compiled with the package, if it is there.

    >>> _prebuilt_code("def load(d, c):\n    return d\n") is None
    True
    """
    if not _PREBUILT:
        from ipprogram.io import _prebuilt  # noqa: PLC0415 - 2-3 ms, only when generating

        _PREBUILT.append(_prebuilt.CODE)
    return _PREBUILT[0].get(text)


def _relocated(code: types.CodeType, file_name: str, shift: int) -> types.CodeType:
    """``code`` and the code inside it under ``file_name``, ``shift`` lines up."""
    inner = tuple(
        _relocated(c, file_name, shift) if isinstance(c, types.CodeType) else c
        for c in code.co_consts
    )
    return code.replace(
        co_filename=file_name, co_firstlineno=code.co_firstlineno - shift, co_consts=inner
    )


#: Whether the functions a generated function calls are made with it rather than on
#: their first call: ``scripts/prebuild.py`` sets it, to ship every one of them.
BUILD_EAGERLY = False
#: Held while a function is generated: one thread generates at a time, and a thread
#: that needs a function another is generating waits for it.
_GENERATING: Final = threading.RLock()
#: ``(id(cache), key)`` of each function being generated, whose cache entry is a stand-in.
_BUILDING: set[tuple[int, object]] = set()


def _ready(cache: dict[Any, Any], key: object) -> Any:  # noqa: ANN401 - a generated function
    """The function ``cache`` holds at ``key``, or ``None`` if it is not made yet."""
    found = cache.get(key)
    return None if found is None or (id(cache), key) in _BUILDING else found


def _build(cache: dict[Any, Any], key: object, make: Callable[[], Any]) -> Any:  # noqa: ANN401
    """The function ``cache`` holds at ``key``, made by ``make`` if it is not there yet.

    While it is made, the entry is a stand-in that calls what the entry holds when it
    runs, for a class that holds itself (a parent organisation). Another thread that
    asks for it meanwhile waits for it (:data:`_GENERATING`).
    """
    found = _ready(cache, key)
    if found is not None:
        return found
    with _GENERATING:
        found = cache.get(key)
        if found is not None:  # made meanwhile, or this thread's stand-in
            return found

        def late(*args: Any) -> Any:  # noqa: ANN401 - what the made function returns
            return cache[key](*args)

        mark = (id(cache), key)
        cache[key] = late
        _BUILDING.add(mark)
        try:
            built = make()
        except BaseException:
            del cache[key]
            _BUILDING.discard(mark)
            raise
        cache[key] = built
        _BUILDING.discard(mark)
        return built


def _on_first_call(
    container: dict[Any, Any], name: object, build: Callable[[], Any]
) -> Callable[..., Any]:
    """A stand-in for ``container[name]``: makes the function on its first call, puts it there."""

    def first(*args: Any) -> Any:  # noqa: ANN401 - what the made function returns
        built = build()
        container[name] = built
        return built(*args)

    return first


def _functions(
    builds: Mapping[Any, tuple[dict[Any, Any], object, Callable[[], Any]]],
) -> dict[Any, Any]:
    """The functions ``builds`` names (cache, key, how to make it), each made on first call."""
    functions: dict[Any, Any] = {}
    for name, (cache, key, build) in builds.items():
        found = _ready(cache, key)
        if found is None and BUILD_EAGERLY:
            found = build()
        functions[name] = _on_first_call(functions, name, build) if found is None else found
    return functions


def _load_expression(  # noqa: C901, PLR0912 - one branch per kind
    source: _Source, node: Node, var: str, indent: str, *, collect: bool = True
) -> None:
    """Append lines that turn ``var`` into the value of ``node``, or raise SLOW.

    Records are loaded with the context ``c``; with ``collect``, the places among them
    are added to ``c.places`` (a place's own parent is not: it is part of the place).
    """
    line = source.lines.append
    match node:
        case Text():
            line(f"{indent}if type({var}) is not str: raise SLOW")
            if source.flavour.counting:
                line(f"{indent}c.colons += {var}.count(':')")
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
            if source.flavour.counting:
                line(f"{indent}if type({var}) is str: c.colons += {var}.count(':')")
            line(f"{indent}{var} = {source.name(_scalar(node.spec), 'scalar')}({var})")
        case Choice(cls):
            members = source.name({member.value: member for member in cls}, "members")
            line(f"{indent}{var} = {members}.get({var}) if type({var}) is str else None")
            line(f"{indent}if {var} is None: raise SLOW")
        case Record(cls):
            load = _loader_name(source, cls)
            line(f"{indent}{var} = {load}({var}, c)")
            if collect and cls is Locality:
                line(f"{indent}c.places.append({var})")
        case Tagged(members):
            union = _dispatcher(node, flavour=source.flavour)
            line(f"{indent}{var} = {source.name(union, 'union')}({var}, c)")
            if collect and Locality in members:
                place = source.name(Locality, "place")
                line(f"{indent}if type({var}) is {place}: c.places.append({var})")
        case Items(item):
            _load_items(source, item, var, indent, collect=collect)
        case Nullable(inner):
            line(f"{indent}if {var} is not None:")
            _load_expression(source, inner, var, indent + "    ", collect=collect)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _tuple_lines(source: _Source, var: str, convert: str, indent: str, *, context: bool) -> None:
    """Append lines that make list ``var`` the tuple of ``convert`` of each of its items.

    One item, the most frequent length, is converted without a loop; more, by a loop
    in the loader's own frame (a list comprehension is a function call of its own).
    """
    line = source.lines.append
    tail = ", c)" if context else ")"
    line(f"{indent}if len({var}) == 1:")
    line(f"{indent}    {var} = ({convert}({var}[0]{tail},)")
    line(f"{indent}else:")
    line(f"{indent}    items = []")
    line(f"{indent}    for x in {var}: items.append({convert}(x{tail})")
    line(f"{indent}    {var} = tuple(items)")


def _load_items(source: _Source, item: Node, var: str, indent: str, *, collect: bool) -> None:
    """Append lines that turn list ``var`` into a tuple of ``item``, or raise SLOW."""
    line = source.lines.append
    line(f"{indent}if type({var}) is not list: raise SLOW")
    if type(item) is Text:
        _tuple_lines(source, var, source.name(_text, "item"), indent, context=False)
        if source.flavour.counting:
            line(f"{indent}c.colons += ''.join({var}).count(':')")
        return
    if isinstance(item, Record):
        convert = _loader_name(source, item.cls, "item")
    elif isinstance(item, Tagged):
        convert = source.name(_dispatcher(item, flavour=source.flavour), "item")
    else:
        key = (item, source.flavour)
        make = functools.partial(_item_loader, item, flavour=source.flavour)
        convert = source.later(
            "item", _ITEM_LOADERS, key, functools.partial(_build, _ITEM_LOADERS, key, make)
        )
    if not classes_in(item):
        _tuple_lines(source, var, convert, indent, context=False)
        return
    _tuple_lines(source, var, convert, indent, context=True)
    if collect and item == _PLACE:
        line(f"{indent}c.places.extend({var})")
    elif collect and Locality in classes_in(item):
        place = source.name(Locality, "place")
        line(f"{indent}c.places.extend([x for x in {var} if type(x) is {place}])")


def _loader_name(source: _Source, cls: type, hint: str = "load") -> str:
    """The name of the loader of ``cls`` in ``source``, of its flavour, made on first call."""
    flavour = source.flavour
    key = (cls, False, flavour)
    return source.later(hint, _LOADERS, key, lambda: _raw_loader(cls, flavour=flavour))


def _dispatcher(node: Tagged, *, flavour: Flavour) -> Callable[[object, _Context], Any]:
    """A loader for a tagged union: the member named by the ``"type"`` key."""
    by_tag = _functions(
        {
            tag: (
                _LOADERS,
                (cls, True, flavour),
                functools.partial(_raw_loader, cls, tagged=True, flavour=flavour),
            )
            for tag, cls in node.by_tag().items()
        }
    )

    def dispatch(value: object, c: _Context) -> Any:  # noqa: ANN401 - a record of any member class
        if type(value) is not dict:
            raise SLOW
        tag = value.get(TAG_KEY)
        load = by_tag.get(tag) if type(tag) is str else None
        if load is None:
            raise SLOW
        return load(value, c)

    return dispatch


def _item_loader(node: Node, *, flavour: Flavour) -> Callable[..., object]:
    """The loader of one item of a tuple; records and tagged unions need no wrapper.

    An item that can hold records takes the context as its second argument; the places
    among nested items are collected by the item loader. One that cannot counts
    nothing (it has no context to count in).
    """
    if isinstance(node, Record):
        return _raw_loader(node.cls, flavour=flavour)
    if isinstance(node, Tagged):
        return _dispatcher(node, flavour=flavour)
    if classes_in(node):
        source = _Source(flavour=flavour)
        source.lines.append("def item(v, c):")
    else:
        source = _Source(flavour=Flavour(counting=False, guarded=flavour.guarded))
        source.lines.append("def item(v):")
    _load_expression(source, node, "v", "    ")
    source.lines.append("    return v")
    return source.compile("item", "item loader", type(node))


class _Context:
    """What the loaders of one document share.

    ``places``: the places loaded and not yet checked by a dated record around them;
    ``shared``: the places read so far, by their JSON items, so that equal places in a
    document are loaded once and are one object (at most :data:`SHARED_PLACES`);
    ``links``: the links of a chain (parents, successors) on the current path;
    ``keys`` and ``colons``: what a counting loader counted (:func:`counting_loader`);
    ``counted``: the colons of each shared place, counted again each time it is reused.
    """

    __slots__ = ("colons", "counted", "keys", "links", "places", "shared")

    def __init__(self) -> None:
        self.places: list[object] = []
        self.shared: dict[tuple[tuple[str, object], ...], object] = {}
        self.counted: dict[tuple[tuple[str, object], ...], int] = {}
        self.links = 0
        self.keys = 0
        self.colons = 0


#: The most places one document's loading remembers for sharing: enough for every
#: place of a real record, bounded whatever the input.
SHARED_PLACES: Final = 1024


_LOADERS: dict[tuple[type, bool, Flavour], Callable[[object, _Context], Any]] = {}
#: The loaders of the items of tuples that are not records, by node and flavour.
_ITEM_LOADERS: dict[tuple[Node, Flavour], Callable[..., object]] = {}
_PUBLIC_LOADERS: dict[tuple[type, bool, bool], Callable[[object], Any]] = {}


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


def loader(cls: type, *, tagged: bool = False, guarded: bool = False) -> Callable[[object], Any]:
    """The generated loader of ``cls`` (``tagged``: it also takes the union ``"type"`` key).

    >>> from ipprogram import Period
    >>> loader(Period)({"start": "2016", "end": "2020"}) == Period.years(2016, 2020)
    True
    """
    key = (cls, tagged, guarded)
    found = _PUBLIC_LOADERS.get(key)
    if found is None:
        raw = _raw_loader(cls, tagged=tagged, flavour=Flavour(counting=False, guarded=guarded))

        def load(data: object) -> Any:  # noqa: ANN401 - a record of any class
            return raw(data, _Context())

        found = _PUBLIC_LOADERS[key] = load
    return found


def counting_loader(cls: type, *, guarded: bool = False) -> Callable[[object, _Context], Any]:
    """A loader of ``cls`` that also counts, in the context it is given, what it read.

    ``c.keys`` is the number of keys of all the dicts it read, each dict once;
    ``c.colons`` the number of ``:`` in the text values it read (not more than the text
    holds; less where a repeated place is taken from the ones read before). A JSON text
    whose ``:`` outside strings number ``c.keys`` repeats no key in any object: that is
    how :func:`ipprogram.io.from_json` knows there is no duplicate key without a hook on
    every object.

    >>> from ipprogram import Source
    >>> c = context()
    >>> counting_loader(Source)(
    ...     {"title": "Tin: hội nghị", "url": "https://sokhcn.langson.gov.vn/"}, c
    ... ).title
    'Tin: hội nghị'
    >>> c.keys, c.colons
    (2, 2)
    """
    return _raw_loader(cls, flavour=Flavour(counting=True, guarded=guarded))


def context() -> _Context:
    """A fresh context for one document's loading (:func:`counting_loader`).

    >>> context().keys
    0
    """
    return _Context()


#: The start of a shared place's loader: the place read before from the same JSON items.
_SHARED_LOOKUP: Final = (
    "    k = None",
    "    if 'parent' not in d:",
    "        try:",
    "            k = tuple(d.items())",
    "            o = c.shared.get(k)",
    "        except TypeError:",  # a list or a dict in it: not a place
    "            raise SLOW from None",
    "        if o is not None: return o",
)
#: The same for a counting loader: a place read before counts its colons again, as the
#: text holds them again; ``n`` is where its own count starts.
_SHARED_COUNTED_LOOKUP: Final = (
    *_SHARED_LOOKUP[:-1],
    "        if o is not None:",
    "            c.colons += c.counted.get(k, 0)",
    "            return o",
    "    n = c.colons",
)
#: The end of a shared place's loader: the place kept for the rest of the document.
_SHARED_STORE: Final = (
    f"    if k is not None and len(c.shared) < {SHARED_PLACES}:",
    "        c.shared[k] = o",
)
_SHARED_COUNTED_STORE: Final = (*_SHARED_STORE, "        c.counted[k] = c.colons - n")


def _is_places_rule(check: object) -> bool:
    return bool(getattr(check, "__ipprogram_places__", False))


def _load_fields(source: _Source, cls: type) -> None:
    """Append lines that load each field of ``cls`` into ``v0``, ``v1``, ... or raise SLOW.

    ``present`` counts the keys read that ``d`` holds, from the number of required
    fields (a null, read as absent, is not counted): when it is ``len(d)``, ``d`` has no
    other key (see :func:`_make_loader`).
    """
    line = source.lines.append
    chain = Nullable(Record(cls))
    for index, field in enumerate(shape(cls).fields):
        var = f"v{index}"
        node = field.node
        if field.default is None and isinstance(node, Nullable):
            line(f"    {var} = d.get({field.name!r})")  # absent or null: both None
            line(f"    if {var} is not None:")
            node = node.inner
        else:
            line(f"    {var} = d.get({field.name!r}, MISSING)")
            line(f"    if {var} is MISSING:")
            if field.required:
                line("        raise SLOW")
            else:
                line(f"        {var} = {source.name(field.default, 'default')}")
            line("    else:")
        if not field.required:
            line("        present += 1")
        if field.node == chain:  # a chain: a parent, a successor
            indent = "        "
            if node is field.node:  # read with MISSING: a null is still to be told apart
                line(f"{indent}if {var} is not None:")
                indent += "    "
            # One more link on the path, none when it is loaded; a SLOW on the way leaves
            # the count wrong, but the context with it: a load that gives up is not resumed.
            line(f"{indent}if c.links >= {CHAIN_LINKS}: raise SLOW")
            line(f"{indent}c.links += 1")
            line(f"{indent}{var} = {_loader_name(source, cls)}({var}, c)")
            line(f"{indent}c.links -= 1")
        else:
            _load_expression(source, node, var, "        ", collect=cls is not Locality)


#: The instructions that read a local or free variable: ``self.<field>`` is one of them
#: on ``self``, then ``LOAD_ATTR``.
_READS_VARIABLE: Final = frozenset(("LOAD_FAST", "LOAD_DEREF", "LOAD_FAST_CHECK"))
#: The instructions that only make ``self`` a cell for the functions inside a rule.
_MAKES_CELL: Final = frozenset(("MAKE_CELL", "LOAD_CLOSURE"))


def _code_reads(
    code: types.CodeType, self_name: str, names: frozenset[str], reads: set[str]
) -> bool:
    """Add to ``reads`` the fields ``code`` reads as ``self.<field>``; ``False`` if not only."""
    instructions = list(dis.get_instructions(code))
    for index, instruction in enumerate(instructions):
        argument = instruction.argval
        if instruction.opname == "LOAD_GLOBAL" and argument == "super":
            return False
        if argument != self_name and not (isinstance(argument, tuple) and self_name in argument):
            continue
        if instruction.opname in _MAKES_CELL:
            continue
        following = instructions[index + 1] if index + 1 < len(instructions) else None
        if (
            instruction.opname in _READS_VARIABLE
            and following is not None
            and following.opname == "LOAD_ATTR"
            and following.argval in names
        ):
            reads.add(following.argval)
            continue
        return False
    return all(
        _code_reads(constant, self_name, names, reads)
        for constant in code.co_consts
        if isinstance(constant, types.CodeType)
    )


def _rule_reads(check: Callable[..., object], names: frozenset[str]) -> frozenset[str] | None:
    """The fields a rule reads, when its bytecode shows them all; else ``None``.

    A rule shows what it reads when its instance appears only as ``self.<field>``, in
    it and in the functions inside it: no method called on it, no bare ``self`` handed
    to a helper, no ``super()``, no other attribute, no other use. Its result then
    depends on those fields alone.

    >>> from ipprogram import Trademark
    >>> sorted(_rule_reads(Trademark._valid, frozenset(f.name for f in shape(Trademark).fields)))
    ['application_number', 'certificate_number', 'filing_date', 'grant_date', 'nice_classes',
     'nice_version']
    >>> _rule_reads(Trademark._claims, frozenset(f.name for f in shape(Trademark).fields))
    """
    code = getattr(check, "__code__", None)
    if not isinstance(code, types.CodeType) or code.co_argcount < 1:
        return None
    reads: set[str] = set()
    if not _code_reads(code, code.co_varnames[0], names, reads):
        return None
    return frozenset(reads)


def _rule_guard(
    cls: type,
    check: Callable[[Any], Iterable[object]],
    variables: Mapping[str, str],
    constant: Callable[[object], str],
) -> str | None:
    """A condition on the loaded fields that is false only when ``check`` must pass.

    A rule that reads only optional fields (:func:`_rule_reads`, or the fields it says it
    needs, :func:`~ipprogram.model._base.needs`), and finds nothing wrong when they are
    all at their defaults, has nothing to find in a record whose
    fields it reads hold their default objects: the loader skips it there. A value is
    taken for the default only when it is the default object itself (``is``), or an
    empty tuple for ``()``. ``None``: no such condition, the rule always runs.
    ``constant`` names an object in the generated code.

    >>> from ipprogram import Organization, Participant
    >>> names = {f.name: f"v{i}" for i, f in enumerate(shape(Organization).fields)}
    >>> _rule_guard(Organization, Organization._iri, names, repr)
    'v4 is not None'
    >>> names = {f.name: f"v{i}" for i, f in enumerate(shape(Participant).fields)}
    >>> _rule_guard(Participant, Participant._roles, names, lambda value: "ATTENDEE")
    'v1 is not ATTENDEE'
    """
    fields = {field.name: field for field in shape(cls).fields}
    reads = getattr(check, "__ipprogram_needs__", None) or _rule_reads(check, frozenset(fields))
    if not reads:
        return None
    terms: list[str] = []
    for name in sorted(reads, key=list(fields).index):
        default = fields[name].default
        if fields[name].required:
            return None
        if default is None:
            terms.append(f"{variables[name]} is not None")
        elif default == () and isinstance(fields[name].node, Items):
            terms.append(variables[name])
        else:
            terms.append(f"{variables[name]} is not {constant(default)}")
    defaults: object = object.__new__(cls)
    for name in reads:
        object.__setattr__(defaults, name, fields[name].default)
    try:
        if any(True for _ in check(defaults)):
            return None
    except AttributeError:  # it reads more than its source shows
        return None
    return " or ".join(terms)


def _rule_lines(source: _Source, cls: type) -> None:
    """Append the lines that run the rules of ``cls`` on ``o``, each behind its guard."""
    line = source.lines.append
    resolved = shape(cls)
    variables = {field.name: f"v{index}" for index, field in enumerate(resolved.fields)}
    for check in resolved.rules:  # a rule yields what is wrong: the first problem hands over
        if _is_places_rule(check):
            continue
        guard = (
            _rule_guard(cls, check, variables, lambda value: source.name(value, "default"))
            if source.flavour.guarded
            else None
        )
        if guard is None:
            line(f"    for _ in {source.name(check, 'rule')}(o): raise SLOW")
        else:
            line(f"    if {guard}:")
            line(f"        for _ in {source.name(check, 'rule')}(o): raise SLOW")


def _raw_loader(
    cls: type, *, tagged: bool = False, flavour: Flavour = PLAIN
) -> Callable[[object, _Context], Any]:
    """The generated ``load(d, c)`` of ``cls``, ``c`` being the document's :class:`_Context`.

    A place (:class:`~ipprogram.Locality`) without a parent is shared: equal JSON items
    in one document give one object, loaded and checked once. A dated record (one with
    a places rule, see :func:`~ipprogram.model.places.places_rule`) checks the places
    collected while its fields were loaded, with
    :func:`~ipprogram.model.places.places_pass`, and takes them out of the collection;
    an undated one leaves them to the record around it, as the rule does. A
    ``flavour`` says whether it counts keys and colons (:func:`counting_loader`) and
    whether its rules are guarded (:func:`_rule_guard`).
    """
    key = (cls, tagged, flavour)
    found: Callable[[object, _Context], Any] = _build(
        _LOADERS, key, lambda: _make_loader(cls, tagged=tagged, flavour=flavour)
    )
    return found


#: Each record class's :func:`builder`.
_BUILDERS: dict[type, type] = {}


def builder(cls: type) -> type:
    """The class the generated loaders build a record of ``cls`` as, before it is one.

    A frozen record refuses ``o.name = value``, so a slot is otherwise set through its
    descriptor's ``__set__``: a call each, about 70 ns. The builder is a subclass that
    adds no slot and takes back :class:`object`'s ``__setattr__`` and ``__delattr__``,
    so that its slots are set as a plain class's are (the interpreter specialises
    the store); once they are all set, the object's ``__class__`` becomes ``cls``,
    which the layout they share allows. A loader's record is never seen with the
    builder's class: it is a ``cls`` before any rule runs on it. The builder is made
    once per class, and is the one subclass of ``cls`` that ipprogram makes (it shows
    in ``cls.__subclasses__()``, named ``<cls>.<builder>``).

    >>> from ipprogram import Locality
    >>> place = object.__new__(builder(Locality))
    >>> place.name, place.kind, place.code, place.parent, place.as_of = ("Lạng Sơn",) + (None,) * 4
    >>> place.__class__ = Locality
    >>> place == Locality(name="Lạng Sơn"), type(place) is Locality, builder(Locality).__name__
    (True, True, 'Locality.<builder>')
    """
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    with _GENERATING:
        found = _BUILDERS.get(cls)
        if found is None:
            namespace = {
                "__slots__": (),
                "__setattr__": object.__setattr__,  # both: either alone leaves the slow store
                "__delattr__": object.__delattr__,
                "__module__": cls.__module__,
                "__qualname__": f"{cls.__qualname__}.<builder>",
            }
            found = _BUILDERS[cls] = type(f"{cls.__name__}.<builder>", (cls,), namespace)
        return found


def _make_loader(cls: type, *, tagged: bool, flavour: Flavour) -> Callable[[object, _Context], Any]:
    """Generate the loader of :func:`_raw_loader`."""
    counting = flavour.counting
    resolved = shape(cls)
    source = _Source(flavour=flavour)
    line = source.lines.append
    allowed = frozenset(f.name for f in resolved.fields) | ({TAG_KEY} if tagged else frozenset())
    shared = cls is Locality and not tagged
    dated = any(_is_places_rule(check) for check in resolved.rules)
    line("def load(d, c):")
    line("    if type(d) is not dict: raise SLOW")
    if counting:  # before a shared place is looked up: every dict counts, once
        line("    c.keys += len(d)")
    if shared:
        source.lines.extend(_SHARED_COUNTED_LOOKUP if counting else _SHARED_LOOKUP)
    store = _SHARED_COUNTED_STORE if counting else _SHARED_STORE
    if dated:
        line("    m = len(c.places)")
    required = sum(field.required for field in resolved.fields)
    tag = f" + ({TAG_KEY!r} in d)" if tagged else ""  # a member's tag is a key read too
    line(f"    present = {required}{tag}")
    _load_fields(source, cls)
    # A key not read is one more than present counts; a null is too, and passes here.
    issuperset = source.name(allowed.issuperset, "allowed")
    line(f"    if len(d) != present and not {issuperset}(d): raise SLOW")
    line(f"    o = {source.name(object.__new__, 'new')}({source.name(builder(cls), 'builder')})")
    for index, field in enumerate(resolved.fields):
        line(f"    o.{field.name} = v{index}")
    line(f"    o.__class__ = {source.name(cls, 'cls')}")
    _rule_lines(source, cls)
    if dated:
        line("    days = o.place_days()")
        passes = source.name(places_pass, "passes")
        line(f"    if days and len(c.places) > m and not {passes}(c.places, m, days):")
        line("        raise SLOW")
        line("    if days: del c.places[m:]")
    if shared:
        source.lines.extend(store)
    line("    return o")
    what = "tagged loader" if tagged else "loader"
    if flavour.guarded:
        what = f"guarded {what}"
    return source.compile("load", f"counting {what}" if counting else what, cls)


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


#: The kinds of node written as they are held; each has no fields, so its class is the node.
_PLAIN: Final = frozenset((Text, Integer, Boolean, Number))
#: A place: copied from the memo when written before.
_PLACE: Final = Record(Locality)


def _dump_expression(source: _Source, node: Node, var: str) -> str:  # noqa: C901 - one branch per kind
    """An expression that writes ``var`` (of ``node``) as JSON types."""
    match node:
        case Text() | Integer() | Boolean() | Number():
            return var
        case Date() | AnyDate():
            return f"{var}.isoformat()"
        case Scalar():
            return f"{source.name(node.spec.write, 'write')}({var})"
        case Choice(cls):
            values = {member: member._value_ for member in cls}
            return f"{source.name(values, 'values')}[{var}]"
        case Record(cls):
            return _record_dump(source, cls, var)
        case Tagged(members):
            dumpers = {
                cls: (_DUMPERS, (cls, _tag_item(cls), 1), functools.partial(_tagged_dumper, cls))
                for cls in members
            }
            tagged = source.name(_functions(dumpers), "tagged")
            return f"{tagged}[type({var})]({var}, m)"
        case Items(item):
            if type(item) in _PLAIN:
                return f"list({var})"
            one = _dump_expression(source, item, f"{var}[0]")  # the most frequent length
            many = _dump_expression(source, item, "x")
            return f"([{one}] if len({var}) == 1 else [{many} for x in {var}])"
        case Nullable(inner):
            if type(inner) in _PLAIN:
                return var
            return f"(None if {var} is None else {_dump_expression(source, inner, var)})"
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _record_dump(source: _Source, cls: type, var: str) -> str:
    """The call of ``cls``'s dumper on ``var``; for a place written before, a copy."""
    dump = source.later("dump", _DUMPERS, (cls, (), 1), lambda: dumper(cls))
    call = f"{dump}({var}, m)"
    if cls is Locality:  # a copy of the dict the memo holds, without a call
        return f"(r.copy() if (r := m.get(id({var}))) is not None else {call})"
    return call


def _tag_item(cls: type) -> tuple[tuple[str, object], ...]:
    return ((TAG_KEY, shape(cls).tag),)


def _tagged_dumper(cls: type) -> Dumper:
    return dumper(cls, head=_tag_item(cls))


#: A generated dumper: a record and the memo of one document, ``{}`` at the start.
Dumper = Callable[[Any, dict[int, dict[str, Any]]], dict[str, Any]]
_DUMPERS: dict[tuple[type, tuple[tuple[str, object], ...], int], Dumper] = {}
#: How deep records are written inline, not by a call, in the writers and dumpers of
#: records written often; the first calls take functions that call for each record,
#: which take about a quarter of the time to generate.
INLINE_DEPTH: Final = 3


def _inlined(node: Node, chain: tuple[type, ...], source: _Source) -> type | None:
    """The record class to write inline for a field, or ``None`` to call its dumper.

    ``source.depth`` is how many levels of records one generated function writes;
    ``source.called`` the classes it always calls.
    """
    if not isinstance(node, Record) or node.cls in chain or len(chain) >= source.depth:
        return None  # a class inside itself (a parent) is called
    if node.cls in source.called:
        return None
    return node.cls


def _emit_nested(source: _Source, cls: type, obj: str, indent: str, chain: tuple[type, ...]) -> str:
    """Append lines that write record ``obj`` of ``cls`` inline; return the dict's name."""
    written = source.temp("d")
    with source.scope():
        _emit_dump(
            source, cls, obj=obj, target=written, indent=indent, members=[], chain=(*chain, cls)
        )
    return written


def _names_twice(node: Node) -> bool:
    """Whether the expression for ``node`` names its value more than once."""
    return isinstance(node, Tagged | Nullable) or node == _PLACE


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
    not by a call, down to the ``inline`` levels of :func:`dumper`; a class inside itself (a parent
    organisation) is called. Keys come in wire order.
    """
    line = source.lines.append
    wire = shape(cls).wire
    for field in (f for f in wire if f.required):
        inline = _inlined(field.node, chain, source)
        if inline is not None:
            inner = source.temp("o")
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _emit_nested(source, inline, inner, indent, chain)
        elif _names_twice(field.node):
            inner = source.temp("u")
            line(f"{indent}{inner} = {obj}.{field.name}")
            expression = _dump_expression(source, field.node, inner)
        else:
            expression = _dump_expression(source, field.node, f"{obj}.{field.name}")
        members.append(f"{field.name!r}: {expression}")
    line(f"{indent}{target} = {{{', '.join(members)}}}")
    for field in (f for f in wire if not f.required):
        with source.scope():  # each optional field's names are free again after it
            _emit_optional_dump(source, field, obj, target, indent=indent, chain=chain)


def _emit_optional_dump(
    source: _Source, field: Field, obj: str, target: str, *, indent: str, chain: tuple[type, ...]
) -> None:
    """Append the lines that put an optional field of ``obj`` in ``target`` when it is set."""
    line = source.lines.append
    var = source.temp("v")
    line(_when_set(source, field, obj, var, indent))
    node = _set_node(field)
    inline = _inlined(node, chain, source)
    if inline is not None:
        written = _emit_nested(source, inline, var, indent + "    ", chain)
        line(f"{indent}    {target}[{field.name!r}] = {written}")
    elif isinstance(node, Items) and (item := _inlined(node.item, chain, source)):
        each, items = source.temp("x"), source.temp("l")
        line(f"{indent}    {items} = []")
        line(f"{indent}    for {each} in {var}:")
        written = _emit_nested(source, item, each, indent + "        ", chain)
        line(f"{indent}        {items}.append({written})")
        line(f"{indent}    {target}[{field.name!r}] = {items}")
    else:
        expression = _dump_expression(source, node, var)
        line(f"{indent}    {target}[{field.name!r}] = {expression}")


def dumper(cls: type, head: tuple[tuple[str, object], ...] = (), *, inline: int = 1) -> Dumper:
    """The generated dumper of ``cls``: a record to a new dict, ``head``'s items first.

    ``inline`` is how many levels of records it writes itself, without calling the
    dumpers of the classes inside: more makes a faster function that takes longer to
    generate (:data:`INLINE_DEPTH` for records written often). The second argument, a
    dict for one document, remembers the dict of each place
    (:class:`~ipprogram.Locality`) with no parent by its identity: a place that a record
    holds in many fields, as records read by :func:`~ipprogram.from_json` do, is written
    once and copied.

    >>> from ipprogram import Period
    >>> dumper(Period)(Period.years(2016, None), {})
    {'start': '2016'}
    >>> dumper(Period, head=(("schema_version", 1),))(Period.years(2016, 2020), {})
    {'schema_version': 1, 'start': '2016', 'end': '2020'}
    """
    found: Dumper = _build(_DUMPERS, (cls, head, inline), lambda: _make_dumper(cls, head, inline))
    return found


def _make_dumper(cls: type, head: tuple[tuple[str, object], ...], inline: int) -> Dumper:
    """Generate the dumper of :func:`dumper`."""
    source = _Source(inline)
    source.called = frozenset({Locality})  # its dumper copies a place that repeats
    source.lines.append("def dump(o, m):")
    members = [f"{name!r}: {source.name(value, 'head')}" for name, value in head]
    _emit_dump(source, cls, obj="o", target="d", indent="    ", members=members, chain=(cls,))
    if cls is Locality and not head:
        source.lines.append("    if o.parent is None: m[id(o)] = d")
    source.lines.append("    return d")
    built: Dumper = source.compile("dump", "dumper" if inline == 1 else "inlining dumper", cls)
    return built


def _write_expression(source: _Source, node: Node, var: str) -> str:  # noqa: C901 - one branch per kind
    """An expression that writes ``var`` (of ``node``) as JSON text.

    It holds no quote and no backslash, so that it can stand in an f-string.
    """
    match node:
        case Text():
            return f"{source.name(_encode_text, 'text')}({var})"
        case Boolean():
            return f"({source.name('true', 'true')} if {var} else {source.name('false', 'false')})"
        case Integer():
            return f"{source.name(int.__repr__, 'int')}({var})"
        case Number():
            return f"{source.name(repr, 'repr')}({var})"
        case Date() | AnyDate():
            return f"{source.name(_quoted_iso, 'iso')}({var})"
        case Scalar():
            write = source.name(node.spec.write, "write")
            return f"{source.name(_encode_text, 'text')}({write}({var}))"
        case Choice(cls):
            written = {member: _encode_text(member.value) for member in cls}
            return f"{source.name(written, 'members')}[{var}]"
        case Record(cls):
            return _record_write(source, cls, var)
        case Tagged(members):
            writers = source.name(
                _functions(
                    {cls: (_WRITERS, (cls, 1), functools.partial(writer, cls)) for cls in members}
                ),
                "writers",
            )
            heads = source.name({cls: _tag_head(cls) for cls in members}, "heads")
            return f"{writers}[type({var})]({var}, {heads}[type({var})], m)"
        case Items(item):
            inner = _write_expression(source, item, "x")
            return f"{source.name(_in_brackets, 'array')}([{inner} for x in {var}])"
        case Nullable(inner):
            null = source.name("null", "null")
            return f"({null} if {var} is None else {_write_expression(source, inner, var)})"
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _record_write(source: _Source, cls: type, var: str) -> str:
    """The call of ``cls``'s writer on ``var``; for a place written before, its text."""
    write = source.later("write", _WRITERS, (cls, 1), lambda: writer(cls))
    call = f"{write}({var}, {source.name('', 'empty')}, m)"
    if cls is Locality:  # the text the document's memo holds, without a call
        return f"(m and m.get(id({var})) or {call})"
    return call


def _quoted_iso(value: Any) -> str:  # noqa: ANN401 - a whole or a partial date
    return f'"{value.isoformat()}"'


def _in_brackets(items: list[str]) -> str:
    return f"[{','.join(items)}]"


def _tag_head(cls: type) -> str:
    """The member a union member's object starts with: its tag."""
    return f"{_encode_text(TAG_KEY)}:{_encode_text(shape(cls).tag or '')}"


def _literal(text: str) -> str:
    """``text`` as the literal part of a generated f-string (braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def _emit_write(
    source: _Source, cls: type, obj: str, written: str, *, indent: str, chain: tuple[type, ...]
) -> bool:
    """Append lines that write the members of record ``obj`` of ``cls`` as JSON text.

    The text is named ``written``, a name made outside the record's own scope; returns
    whether it starts with a comma (it does when the class has no required field, whose
    member comes first). Records in fields are written inline, not by a call, down to
    the ``inline`` levels of :func:`dumper`.
    """
    line = source.lines.append
    parts: list[str] = []
    first = True
    wire = shape(cls).wire  # the required fields first
    for field in (field for field in wire if field.required):
        key = _literal(_encode_text(field.name) + ":")
        value = f"{obj}.{field.name}"
        if type(field.node) not in _PLAIN:
            value = source.temp("u")
            line(f"{indent}{value} = {obj}.{field.name}")
        member = _member_text(source, field.node, value, indent, chain)
        parts.append(("" if first else ",") + key + member)
        first = False
    line(f"{indent}{written} = f'{''.join(parts)}'")
    for field in (field for field in wire if not field.required):
        key = _literal(_encode_text(field.name) + ":")
        with source.scope():  # each optional field's names are free again after it
            var = source.temp("v")
            line(_when_set(source, field, obj, var, indent))
            member = _member_text(source, _set_node(field), var, indent + "    ", chain)
            line(f"{indent}    {written} += f'," + key + member + "'")  # in place: one reference
    return first


def _member_text(
    source: _Source, node: Node, var: str, indent: str, chain: tuple[type, ...]
) -> str:
    """The f-string text of the value ``var`` of ``node``, after lines that it needs."""
    inline = _inlined(node, chain, source)
    if inline is not None:
        return _inline_object(source, inline, var, indent, chain)
    if isinstance(node, Items) and (item := _inlined(node.item, chain, source)):
        each, items = source.temp("x"), source.temp("l")
        source.lines.append(f"{indent}{items} = []")
        source.lines.append(f"{indent}for {each} in {var}:")
        written = _inline_object(source, item, each, indent + "    ", chain)
        source.lines.append(f"{indent}    {items}.append(f'{written}')")
        return "[{" + source.name(",".join, "join") + "(" + items + ")}]"
    if isinstance(node, Date | AnyDate):
        return '"{' + var + '.isoformat()}"'
    if isinstance(node, Items):  # the brackets in the text, the items joined in C
        inner = _write_expression(source, node.item, "x")
        one = _write_expression(source, node.item, f"{var}[0]")  # the most frequent length
        join = source.name(",".join, "join")
        return "[{" + f"{one} if len({var}) == 1 else {join}([{inner} for x in {var}])" + "}]"
    return "{" + _write_expression(source, node, var) + "}"


def _inline_object(
    source: _Source, cls: type, var: str, indent: str, chain: tuple[type, ...]
) -> str:
    """Lines writing record ``var`` of ``cls`` inline; the f-string text of the object."""
    written = source.temp("b")
    with source.scope():
        comma = _emit_write(source, cls, var, written, indent=indent, chain=(*chain, cls))
    return "{{{" + written + ("[1:]" if comma else "") + "}}}"


Writer = Callable[[Any, str, "dict[int, str] | None"], str]
_WRITERS: dict[tuple[type, int], Writer] = {}


def writer(cls: type, *, inline: int = 1) -> Writer:
    """The generated JSON writer of ``cls``; ``head`` (``""`` or ``'"key":value'``) goes first.

    It writes what ``json.dumps`` writes of the dumper's dict, compact and unescaped,
    as f-strings; ``inline`` is as for :func:`dumper`. The third argument, a dict for
    one document or ``None``, remembers the text of each place
    (:class:`~ipprogram.Locality`) by its identity: a place that a record holds in many
    fields, as records read by :func:`~ipprogram.from_json` do, is written once.

    >>> from ipprogram import Period
    >>> writer(Period)(Period.years(2016, None), '"schema_version":1', None)
    '{"schema_version":1,"start":"2016"}'
    """
    found: Writer = _build(_WRITERS, (cls, inline), lambda: _make_writer(cls, inline))
    return found


def _make_writer(cls: type, inline: int) -> Writer:
    """Generate the writer of :func:`writer`."""
    source = _Source(inline)
    source.called = frozenset({Locality})  # its writer writes a place that repeats once
    line = source.lines.append
    line("def write(o, head, m):")
    shared = cls is Locality
    if shared:
        line("    if m is not None and not head:")
        line("        r = m.get(id(o))")
        line("        if r is not None: return r")
    written = source.temp("b")
    with source.scope():
        comma = _emit_write(source, cls, "o", written, indent="    ", chain=(cls,))
    if comma:
        line(f"    if head: return f'{{{{{{head}}{{{written}}}}}}}'")
        line(f"    r = f'{{{{{{{written}[1:]}}}}}}'")
    else:
        line(f"    if head: return f'{{{{{{head}},{{{written}}}}}}}'")
        line(f"    r = f'{{{{{{{written}}}}}}}'")
    if shared:
        line("    if m is not None: m[id(o)] = r")
    line("    return r")
    built: Writer = source.compile("write", "writer" if inline == 1 else "inlining writer", cls)
    return built
