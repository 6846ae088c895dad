"""Records to dicts and back: generated fast paths, and the full path when they give up.

It is strict: ``"3"`` is not 3, ``2.7`` is not 2, ``"false"`` is not a boolean, a string
is not a list, unknown keys are errors, dates are ISO ``YYYY-MM-DD`` strings and enums
are stored by value. Every problem is reported, each located by its JSON path.

Valid records take loaders and writers generated for each class
(:mod:`ipprogram.io._fast`); anything else goes through the cattrs converter of
:mod:`ipprogram.io._full`, which is imported only then.
"""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ipprogram.errors import ErrorDetail, fail, wrong_type
from ipprogram.io import _fast
from ipprogram.model.shape import TAG_KEY, is_record

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "RECORD_KEY",
    "SCHEMA_VERSION",
    "SUPPORTED_VERSIONS",
    "TAG_KEY",
    "VERSION_KEY",
    "from_dict",
    "to_dict",
    "to_json_text",
    "upgrade",
]

T = TypeVar("T")

#: The version of the serialised form this library writes. A top-level document carries
#: it as ``"schema_version"``; documents without it are read as this version.
SCHEMA_VERSION: Final = 2
#: The versions :func:`from_dict` reads; older ones go through :func:`upgrade` first.
SUPPORTED_VERSIONS: Final = frozenset({1, 2})
#: The key of the version in a top-level document.
VERSION_KEY: Final = "schema_version"
#: The key that says which record class a top-level document holds (``"Event"``,
#: ``"Trademark"``): written after the version, optional on reading, and when present
#: it must name the class being read.
RECORD_KEY: Final = "record_type"


def _from_version_1(body: dict[object, object]) -> dict[object, object]:
    return body  # every version-1 document means the same as version 2


_UPGRADES: Final[Mapping[int, Callable[[dict[object, object]], dict[object, object]]]] = (
    MappingProxyType({1: _from_version_1})
)


def upgrade(body: Mapping[object, object], version: int) -> dict[object, object]:
    """Turn the body of a document of an older schema version into one of this version.

    ``body`` is the document without its ``"schema_version"``. :func:`~ipprogram.from_dict` applies
    this step to every document that carries an older version, so callers need it only
    to convert stored files. It changes no record's meaning:

    - **1 → 2**: version 2 added what sources state and how sure a record is (claims,
      tallies, ordinals, a mark's grantor and decision, participant counts) and made a
      mark's kind and owner, a GI's managing body and a product's category optional.
      Every version-1 document is a version-2 document with the same meaning: the step
      keeps it as it is.

    >>> upgrade({"name": "Hồi", "category": "forestry"}, 1)
    {'name': 'Hồi', 'category': 'forestry'}
    >>> upgrade({}, 3)
    Traceback (most recent call last):
    ValueError: no upgrade from schema version 3; this library reads 1, 2
    """
    if version not in SUPPORTED_VERSIONS:
        supported = ", ".join(str(v) for v in sorted(SUPPORTED_VERSIONS))
        msg = f"no upgrade from schema version {version}; this library reads {supported}"
        raise ValueError(msg)
    data = dict(body)
    for step in range(version, SCHEMA_VERSION):
        data = _UPGRADES[step](data)
    return data


def _converter() -> cattrs.Converter:
    from ipprogram.io._full import converter  # noqa: PLC0415 - cattrs loads when needed

    return converter


if TYPE_CHECKING:
    #: The full path's cattrs converter, built on first use.
    converter: cattrs.Converter
else:

    def __getattr__(name: str) -> object:
        if name == "converter":  # the full path's converter, built on first use
            return _converter()
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)


_fast_loaders: dict[type, Callable[[object], Any]] = {}
_counting_loaders: dict[type, Callable[[object, Any], Any]] = {}
#: The keys of a document's head.
_HEAD: Final = frozenset((RECORD_KEY, VERSION_KEY))
#: Each class's dumper and writer, and how many records of it they wrote: a class
#: written :data:`WARM_CALLS` times gets functions that write the records inside
#: inline (:data:`~ipprogram.io._fast.INLINE_DEPTH`), slower to generate, faster to run.
_fast_dumpers: dict[type, _fast.Dumper] = {}
_fast_writers: dict[type, tuple[_fast.Writer, str]] = {}
_written: dict[type, int] = {}
WARM_CALLS: Final = 16


#: How many records of each class the first generated loaders read: a class read
#: :data:`WARM_CALLS` times gets loaders that skip rules with nothing to find
#: (:func:`ipprogram.io._fast._rule_guard`), slower to generate, faster to run.
_loaded: dict[type, int] = {}


def _warm_load(cls: type) -> bool:
    """Count a load of a record of ``cls``; whether it is read often enough for guards."""
    count = _loaded.get(cls, 0) + 1
    _loaded[cls] = count
    return count >= WARM_CALLS


def _warm(cls: type) -> bool:
    """Count a write of a record of ``cls``; whether it is written often enough to inline."""
    count = _written.get(cls, 0) + 1
    _written[cls] = count
    return count >= WARM_CALLS


def to_dict(obj: object) -> dict[str, Any]:
    """Turn a record into a dict of JSON types, with the schema version and record type first.

    Fields equal to their default are left out; text is NFC as stored.

    >>> from ipprogram import Period
    >>> to_dict(Period.years(2016, 2020))
    {'schema_version': 2, 'record_type': 'Period', 'start': '2016', 'end': '2020'}
    """
    cls = type(obj)
    dump = _fast_dumpers.get(cls)
    if dump is None:
        if not is_record(cls):
            msg = f"{cls.__name__} is not a record; to_dict takes a record such as an Event"
            raise TypeError(msg)
        head = ((VERSION_KEY, SCHEMA_VERSION), (RECORD_KEY, cls.__name__))
        if not _warm(cls):
            return _fast.dumper(cls, head=head)(obj, {})
        dump = _fast_dumpers[cls] = _fast.dumper(cls, head=head, inline=_fast.INLINE_DEPTH)
    return dump(obj, {})


def to_json_text(obj: object) -> str | None:
    """Compact JSON text of a record, written directly; ``None`` if ``obj`` is not one.

    The same text as ``json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))``.

    >>> from ipprogram import Period
    >>> to_json_text(Period.years(2016, 2020))
    '{"schema_version":2,"record_type":"Period","start":"2016","end":"2020"}'
    """
    cls = type(obj)
    found = _fast_writers.get(cls)
    if found is None:
        if not is_record(cls):
            return None
        head = f'"{VERSION_KEY}":{SCHEMA_VERSION},"{RECORD_KEY}":"{cls.__name__}"'
        if not _warm(cls):
            return _fast.writer(cls)(obj, head, {})
        found = _fast_writers[cls] = (_fast.writer(cls, inline=_fast.INLINE_DEPTH), head)
    write, head = found
    return write(obj, head, {})


#: What :func:`load_fast` returns when the full path must read the input.
NOT_FAST: Final = object()

#: Deepest nesting of arrays and objects that :func:`from_json` and :func:`from_dict`
#: read by default: what one accepts, the other does.
MAX_DEPTH: Final = 64


def _too_deep(data: object, limit: int) -> bool:
    """Whether dicts and lists nest deeper than ``limit`` in ``data`` (JSON's depth)."""
    if not isinstance(data, dict | list | tuple):
        return False
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, level = stack.pop()
        if level > limit:
            return True
        children = value.values() if isinstance(value, dict) else value
        stack.extend(
            (child, level + 1)
            for child in children  # type: ignore[attr-defined]
            if isinstance(child, dict | list | tuple)
        )
    return False


def _check_class(cls: type) -> None:
    if not is_record(cls):
        msg = f"from_dict() takes an ipprogram record class such as Event, not {cls!r}"
        raise TypeError(msg)


def _body_of(cls: type, data: dict[object, object]) -> dict[object, object] | None:
    """The record's keys of a document, its head read; ``None`` when the head is wrong.

    A document of an older schema version is upgraded.
    """
    if RECORD_KEY not in data and VERSION_KEY not in data:
        return data
    if RECORD_KEY in data and data[RECORD_KEY] != cls.__name__:
        return None
    version = data.get(VERSION_KEY, SCHEMA_VERSION)
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        return None
    body = {key: value for key, value in data.items() if key not in _HEAD}
    return body if version == SCHEMA_VERSION else upgrade(body, version)


def load_fast(cls: type, data: dict[object, object]) -> object:
    """The record built by the generated loader, or :data:`NOT_FAST` for the full path.

    ``cls`` is a record class and ``data`` a dict; the document's head is read here.

    >>> from ipprogram import Period
    >>> load_fast(Period, {"start": "2016"}) == Period.years(2016, None)
    True
    >>> load_fast(Period, {"start": 2016}) is NOT_FAST
    True
    """
    load = _fast_loaders.get(cls)
    if load is None:
        _check_class(cls)
        if _warm_load(cls):
            load = _fast_loaders[cls] = _fast.loader(cls, guarded=True)
        else:
            load = _fast.loader(cls)
    body = _body_of(cls, data)
    if body is None:
        return NOT_FAST
    try:
        return load(body)
    except _fast.Slow as slow:
        # One instance is raised every time: its traceback would grow by every frame it
        # passed through, holding their data, on every call. Drop it.
        slow.__traceback__ = None
        return NOT_FAST  # the full path finds and locates every problem
    except RecursionError:
        return NOT_FAST


def load_fast_counted(cls: type, data: dict[object, object]) -> tuple[object, int, int]:
    """:func:`load_fast`, with the keys and colons it read (:func:`._fast.counting_loader`).

    The keys are those of every dict of ``data``, its head included; a document of an
    older schema version, upgraded first, is :data:`NOT_FAST`.

    >>> from ipprogram import Period
    >>> load_fast_counted(Period, {"schema_version": 2, "start": "2016"})[1:]
    (2, 0)
    """
    load = _counting_loaders.get(cls)
    if load is None:
        _check_class(cls)
        if _warm_load(cls):
            load = _counting_loaders[cls] = _fast.counting_loader(cls, guarded=True)
        else:
            load = _fast.counting_loader(cls)
    if data.get(VERSION_KEY, SCHEMA_VERSION) != SCHEMA_VERSION:
        return NOT_FAST, 0, 0
    body = _body_of(cls, data)
    if body is None:
        return NOT_FAST, 0, 0
    c = _fast.context()
    try:
        record = load(body, c)
    except _fast.Slow as slow:
        slow.__traceback__ = None  # as in load_fast
        return NOT_FAST, 0, 0
    except RecursionError:
        return NOT_FAST, 0, 0
    return record, c.keys + len(data) - len(body), c.colons


def _check_record_type(cls: type, value: object) -> None:
    """Fail unless ``value``, a document's :data:`RECORD_KEY`, names ``cls``."""
    if not isinstance(value, str):
        fail(wrong_type((RECORD_KEY,), "string", value))
    if value != cls.__name__:
        fail(
            ErrorDetail(
                (RECORD_KEY,), "wrong_record_type", value=value, expected=repr(cls.__name__)
            )
        )


def from_dict(cls: type[T], data: object) -> T:
    """Build a record of class ``cls`` from a dict, checking everything.

    Raises :class:`~ipprogram.errors.ValidationError` listing every problem, each with
    its JSON path. The top-level ``"schema_version"`` and ``"record_type"`` may be left
    out; a ``"record_type"`` that names another class is an error
    (``wrong_record_type``). Dicts and lists nested deeper than ``MAX_DEPTH`` (64) are
    refused as ``too_deep``, as :func:`~ipprogram.from_json` refuses them.

    >>> from ipprogram import Period, ValidationError
    >>> from_dict(Period, {"start": "2016", "end": "2020"}) == Period.years(2016, 2020)
    True
    >>> try:
    ...     from_dict(Period, {"start": 2016, "end": "2020-13"})
    ... except ValidationError as error:
    ...     print(error)
    2 validation errors:
      $.start: expected string, got integer [wrong_type]
      $.end.month: must be between 1 and 12, got 13 [out_of_range]
    """
    return from_dict_within(cls, data, MAX_DEPTH)


def from_dict_within(cls: type[T], data: object, max_depth: int) -> T:
    """:func:`from_dict` with a depth limit of ``max_depth`` (JSON readers pass theirs)."""
    if cls not in _fast_loaders and cls not in _loaded:
        _check_class(cls)
    if type(data) is dict:
        fast = load_fast(cls, data)
        if fast is not NOT_FAST:
            return typing.cast("T", fast)
    if isinstance(data, dict) and RECORD_KEY in data:
        _check_record_type(cls, data[RECORD_KEY])
        data = {key: value for key, value in data.items() if key != RECORD_KEY}
    if isinstance(data, dict) and VERSION_KEY in data:
        version = data[VERSION_KEY]
        if (
            not isinstance(version, int)
            or isinstance(version, bool)
            or version not in SUPPORTED_VERSIONS
        ):
            supported = ", ".join(str(v) for v in sorted(SUPPORTED_VERSIONS))
            fail(
                ErrorDetail(
                    (VERSION_KEY,), "unsupported_version", value=version, supported=supported
                )
            )
        data = {key: value for key, value in data.items() if key != VERSION_KEY}
        if version != SCHEMA_VERSION:
            data = upgrade(data, version)
    if _fast.reaches_itself(cls) and _too_deep(data, max_depth):
        fail(ErrorDetail((), "too_deep", limit=max_depth))
    try:
        structured: T = _converter().structure(data, cls)
    except RecursionError:
        fail(ErrorDetail((), "too_deep", limit=sys.getrecursionlimit()))
    return structured
