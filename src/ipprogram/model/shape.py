"""The resolved shape of every record class: the one reader of type annotations.

Each record class resolves, once and cached, into a :class:`Shape`: its fields in
wire order, each with a :data:`Node` of a closed set of kinds. Every consumer (the
checks on construction, the loaders, dumpers and JSON writer, the full cattrs path,
JSON Schema, JSON-LD, the place walker, the test strategies and the benchmark peers)
walks these nodes with a ``match`` that ends in :func:`typing.assert_never`, so that a
type checker names every consumer that lacks a case when a kind is added.

The kinds:

============  ====================================  ==========================
kind          annotation                            JSON
============  ====================================  ==========================
``Text``      ``str``                               a non-blank string, NFC
``Integer``   ``int``                               an integer (not a boolean)
``Number``    ``int | float``                       a finite number
``Boolean``   ``bool``                              ``true`` or ``false``
``Date``      ``datetime.date``                     ``"YYYY-MM-DD"``
``AnyDate``   ``datetime.date | PartialDate``       a whole or a partial date
``Scalar``    a registered class (``PartialDate``)  a string of its pattern
``Choice``    an ``enum.Enum``                      one of its values
``Record``    a record class                        an object
``Tagged``    ``A | B`` of record classes           an object with ``"type"``
``Items``     ``tuple[X, ...]``                     an array
``Nullable``  ``X | None``                          ``null`` or X
============  ====================================  ==========================

>>> from ipprogram import Period
>>> [(field.name, field.node) for field in shape(Period).fields]
[('start', Nullable(inner=Scalar(cls=<class 'ipprogram.model.dates.PartialDate'>))), \
('end', Nullable(inner=Scalar(cls=<class 'ipprogram.model.dates.PartialDate'>)))]
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import enum
import inspect
import math
import re
import sys
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import FrozenInstanceError, dataclass
from typing import Any, Final

import attrs

from ipprogram._values import values_of
from ipprogram.errors import ErrorDetail, Loc, wrong_type

__all__ = [
    "ISO_DATE",
    "LONE_SURROGATE",
    "MAX_MAGNITUDE",
    "NOT_BLANK",
    "TAG_KEY",
    "AnyDate",
    "Boolean",
    "Choice",
    "Date",
    "Field",
    "Integer",
    "Items",
    "Node",
    "Nullable",
    "Number",
    "Record",
    "Scalar",
    "ScalarSpec",
    "Shape",
    "Tagged",
    "Text",
    "classes_in",
    "is_record",
    "normalize_text",
    "number_problem",
    "path_problem",
    "path_steps",
    "register_scalar",
    "scalar_spec",
    "shape",
    "text_converter",
    "text_problem",
    "walk",
]

#: The key that names the member class of a tagged union in JSON (its ``TAG``).
TAG_KEY: Final = "type"
#: A whole date as JSON holds it (ISO 8601 calendar date), ASCII digits only. The same
#: text is the JSON Schema ``pattern``; Python reads it with :func:`re.fullmatch`.
ISO_DATE: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: The largest magnitude of a number field: counts, amounts (a trillion trillion đồng
#: is far beyond any budget) and quantities lie within ±10^18, inside a 64-bit integer,
#: so every value that validates can be written, rendered and read by other tools.
MAX_MAGNITUDE: Final = 10**18
#: Text is not blank: the JSON Schema ``pattern`` of every text field.
NOT_BLANK: Final = r"\S"
#: A lone surrogate code point, which no valid text holds.
LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")


# The kinds of node.

_C = typing.TypeVar("_C", bound=type)


@typing.dataclass_transform(frozen_default=True)
def _value(cls: _C) -> _C:
    """Make a class of ``__slots__`` a frozen value class, without compiling anything.

    What ``@dataclass(frozen=True, slots=True)`` gives (``__init__`` taking the fields
    in order, by position or keyword, equality and hash by value, ``repr``,
    ``__match_args__``, copying and pickling), with functions shared by every class:
    making a dataclass compiles its methods, 0.6 ms a class when ipprogram is imported.
    The annotations are the fields, in order, and the slots; none has a default.

    >>> @_value
    ... class Pair:
    ...     __slots__ = ("left", "right")
    ...     left: int
    ...     right: int
    >>> Pair(1, right=2), Pair(1, 2) == Pair(1, 2), hash(Pair(1, 2)) == hash((1, 2))
    (Pair(left=1, right=2), True, True)
    >>> Pair(1, 2).left = 3
    Traceback (most recent call last):
    dataclasses.FrozenInstanceError: cannot assign to field 'left'
    """
    annotations = inspect.get_annotations(cls)
    names = tuple(annotations)
    if set(names) != set(cls.__dict__["__slots__"]):
        msg = f"{cls.__name__}: the slots are not the annotated fields"
        raise TypeError(msg)
    setattr(cls, "__match_args__", names)  # noqa: B010 - mypy would refuse the assignment
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    parameters = [inspect.Parameter(name, kind, annotation=annotations[name]) for name in names]
    # For help() and the documentation, which would show (*args, **kwargs):
    setattr(cls, "__signature__", inspect.Signature(parameters))  # noqa: B010
    for name, method in _VALUE_METHODS.items():
        setattr(cls, name, method)
    setattr(cls, "__ipprogram_values__", staticmethod(values_of(names)))  # noqa: B010 - as above
    return cls


def _init(self: object, *args: object, **kwargs: object) -> None:
    names: tuple[str, ...] = type(self).__match_args__  # type: ignore[attr-defined]
    if not kwargs and len(args) == len(names):  # the common case, made first
        for name, value in zip(names, args, strict=True):
            object.__setattr__(self, name, value)
        return
    if len(args) > len(names):
        msg = f"{type(self).__name__}() takes {len(names)} arguments, {len(args)} given"
        raise TypeError(msg)
    values = dict(zip(names, args, strict=False))
    for name, value in kwargs.items():
        if name not in names or name in values:
            msg = f"{type(self).__name__}() got an unexpected or repeated argument {name!r}"
            raise TypeError(msg)
        values[name] = value
    missing = [name for name in names if name not in values]
    if missing:
        msg = f"{type(self).__name__}() is missing {', '.join(map(repr, missing))}"
        raise TypeError(msg)
    for name in names:
        object.__setattr__(self, name, values[name])


def _values(self: object) -> tuple[object, ...]:
    return type(self).__ipprogram_values__(self)  # type: ignore[attr-defined,no-any-return]


def _eq(self: object, other: object) -> object:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = type(self).__ipprogram_values__  # type: ignore[attr-defined]
    return values(self) == values(other)


def _hash(self: object) -> int:
    return hash(_values(self))


def _repr(self: object) -> str:
    names: tuple[str, ...] = type(self).__match_args__  # type: ignore[attr-defined]
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
    return f"{type(self).__qualname__}({shown})"


def _frozen(_: object, name: str, *__: object) -> None:
    msg = f"cannot assign to field {name!r}"
    raise FrozenInstanceError(msg)


def _reduce(self: object) -> tuple[type, tuple[object, ...]]:
    return type(self), _values(self)


_VALUE_METHODS: Final = {
    "__init__": _init,
    "__eq__": _eq,
    "__hash__": _hash,
    "__repr__": _repr,
    "__setattr__": _frozen,
    "__delattr__": _frozen,
    "__reduce__": _reduce,
}


@_value
class Text:
    """Text: stripped, NFC, not blank, no lone surrogates."""

    __slots__ = ()


@_value
class Integer:
    """An ``int`` (a ``bool`` is not one)."""

    __slots__ = ()


@_value
class Number:
    """An ``int`` or a finite ``float`` (``int | float``)."""

    __slots__ = ()


@_value
class Boolean:
    """A ``bool``."""

    __slots__ = ()


@_value
class Date:
    """A :class:`datetime.date`, written as :data:`ISO_DATE`."""

    __slots__ = ()


@_value
class AnyDate:
    """A date as a source gives it: a whole :class:`datetime.date`, or a partial one.

    The annotation is ``datetime.date | P`` with ``P`` a scalar registered with
    ``dates=True`` (:class:`~ipprogram.PartialDate`). A whole date is always held as a
    :class:`datetime.date`, so that one date has one value; the partial class holds
    the rest (a year, a month, a day without a year). Both write ``isoformat()``.
    """

    __slots__ = ("partial",)

    partial: type

    @property
    def spec(self) -> ScalarSpec:
        """How the partial form is read, written and matched."""
        return _SCALARS[self.partial]


@_value
class Scalar:
    """A value class written as a string, registered with :func:`register_scalar`."""

    __slots__ = ("cls",)

    cls: type

    @property
    def spec(self) -> ScalarSpec:
        """How the scalar is read, written and matched."""
        return _SCALARS[self.cls]


@_value
class Choice:
    """A member of an enumeration, written as its value."""

    __slots__ = ("cls",)

    cls: type[enum.Enum]


@_value
class Record:
    """A record of one class, written as an object."""

    __slots__ = ("cls",)

    cls: type


@_value
class Tagged:
    """A record of one of several classes, written with :data:`TAG_KEY` set to its ``TAG``."""

    __slots__ = ("members",)

    members: tuple[type, ...]

    def by_tag(self) -> dict[str, type]:
        """The member classes by their tag.

        >>> from ipprogram import Household, Organization, Person
        >>> list(Tagged((Person, Organization, Household)).by_tag())
        ['person', 'organization', 'household']
        """
        return {member.TAG: member for member in self.members}  # type: ignore[attr-defined]


@_value
class Items:
    """A tuple of items of one node, written as an array."""

    __slots__ = ("item",)

    item: Node


@_value
class Nullable:
    """``None`` or a value of the inner node."""

    __slots__ = ("inner",)

    inner: Node


#: Every kind of node. Visitors ``match`` on it and end in ``assert_never``.
Node = (
    Text
    | Integer
    | Number
    | Boolean
    | Date
    | AnyDate
    | Scalar
    | Choice
    | Record
    | Tagged
    | Items
    | Nullable
)


@dataclass(frozen=True, slots=True)
class ScalarSpec:
    """How a scalar class is read from and written to its string form.

    ``parse`` raises :class:`~ipprogram.errors.ValidationError` for a string that is not
    of the form; ``pattern`` is the JSON Schema pattern of the form (ASCII digits).
    ``dates`` marks a class of partial dates, which ``datetime.date | cls`` holds
    beside whole dates (:class:`AnyDate`); ``whole`` says whether a value is a whole
    date, which such a field holds as :class:`datetime.date` instead.
    """

    cls: type
    parse: Callable[[str], Any]
    write: Callable[[Any], str]
    pattern: str
    description: str
    dates: bool = False
    whole: Callable[[Any], bool] | None = None


_SCALARS: dict[type, ScalarSpec] = {}


def register_scalar(spec: ScalarSpec) -> None:
    """Make ``spec.cls`` a scalar: every reader and writer uses ``spec`` for it.

    Register before the first record class that holds one is resolved.
    """
    _SCALARS[spec.cls] = spec


def scalar_spec(cls: type) -> ScalarSpec | None:
    """The registered spec of ``cls``, or ``None`` when it is not a scalar.

    >>> from ipprogram import PartialDate
    >>> scalar_spec(PartialDate).parse("2019-08")
    PartialDate(year=2019, month=8)
    """
    return _SCALARS.get(cls)


def is_record(cls: object) -> bool:
    """Whether ``cls`` is a record class (and not a scalar).

    >>> from ipprogram import Event, PartialDate
    >>> is_record(Event), is_record(PartialDate), is_record(dict)
    (True, False, False)
    """
    return isinstance(cls, type) and attrs.has(cls) and cls not in _SCALARS


@_value
class Field:
    """One field of a record class: its name, node and default.

    ``default`` is :data:`attrs.NOTHING` for a required field.
    """

    __slots__ = ("default", "name", "node")

    name: str
    node: Node
    default: object

    @property
    def required(self) -> bool:
        """Whether the field has no default."""
        return self.default is attrs.NOTHING


@dataclass(frozen=True, slots=True, eq=False)
class Shape:
    """A record class resolved: fields in declaration and in wire order, tag and rules.

    ``wire`` puts required fields first, then the others, each in declaration order:
    the order of the keys in the JSON the library writes.
    """

    cls: type
    fields: tuple[Field, ...]
    wire: tuple[Field, ...]
    tag: str | None
    rules: tuple[Callable[[Any], Iterable[ErrorDetail]], ...]

    def field(self, name: str) -> Field:
        """The field called ``name``.

        >>> from ipprogram import Event
        >>> shape(Event).field("kind").node
        Choice(cls=<enum 'EventKind'>)
        """
        for found in self.fields:
            if found.name == name:
                return found
        raise KeyError(name)


_RESOLVED: dict[type, Shape] = {}
# The nodes without fields, made once: every text field has the same one.
_TEXT: Final = Text()
_BOOLEAN: Final = Boolean()
_INTEGER: Final = Integer()
_DATE: Final = Date()
_NUMBER: Final = Number()
_NONE: Final = type(None)


def _node(annotation: object) -> Node:  # noqa: C901, PLR0912 - one branch per kind
    if annotation is str:
        return _TEXT
    if annotation is bool:
        return _BOOLEAN
    if annotation is int:
        return _INTEGER
    if annotation is dt.date:
        return _DATE
    if isinstance(annotation, type):
        if annotation in _SCALARS:
            return Scalar(annotation)
        if issubclass(annotation, enum.Enum):
            return Choice(annotation)
        if attrs.has(annotation):
            return Record(annotation)
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        members = tuple(arg for arg in args if arg is not _NONE)
        inner: Node
        if set(members) == {int, float}:
            inner = _NUMBER
        elif len(members) == 2 and dt.date in members:  # noqa: PLR2004
            partial = next(member for member in members if member is not dt.date)
            spec = _SCALARS.get(partial) if isinstance(partial, type) else None
            if spec is None or not spec.dates:
                msg = f"a union with a date is of a registered partial date: {annotation!r}"
                raise TypeError(msg)
            inner = AnyDate(partial)
        elif len(members) == 1:
            inner = _node(members[0])
        elif all(is_record(member) for member in members):
            inner = Tagged(members)
        else:
            msg = f"a union must be of record classes: {annotation!r}"
            raise TypeError(msg)
        return Nullable(inner) if len(members) < len(args) else inner
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
        return Items(_node(args[0]))
    msg = f"no node for annotation {annotation!r}"
    raise TypeError(msg)


#: Each annotation text compiled, for :func:`_hints` (at most :data:`_HINT_TEXTS`).
_HINT_CODE: dict[str, types.CodeType] = {}
_HINT_TEXTS: Final = 1024


def _hints(cls: type) -> dict[str, Any]:
    """The annotations of ``cls`` and its bases evaluated, as :func:`typing.get_type_hints` does.

    The same evaluation (a name is looked up in the base's module, then in its namespace,
    as ``get_type_hints`` does for a class), without a :class:`typing.ForwardRef` and a
    compilation per annotation: the annotations of records repeat (``str | None``), and
    each text is compiled once. An annotation that evaluates to something holding text
    still (a quoted name inside it) or extras (``Annotated``) is left to ``typing``.

    >>> import ipprogram
    >>> every = [c for c in (getattr(ipprogram, n) for n in ipprogram.__all__) if is_record(c)]
    >>> all(_hints(c) == typing.get_type_hints(c) for c in every), len(every) > 30
    (True, True)
    """
    hints: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        annotations = inspect.get_annotations(base)
        if not annotations:
            continue
        module = sys.modules.get(base.__module__)
        module_names = vars(module) if module else {}
        names = dict(vars(base))
        for name, annotation in annotations.items():
            value = annotation
            if isinstance(value, str) and (found := _name(value, module_names, names)) is not None:
                value = found
            elif isinstance(value, str):
                code = _HINT_CODE.get(value)
                if code is None:
                    code = compile(value, "<annotation>", "eval", dont_inherit=True)
                    if len(_HINT_CODE) < _HINT_TEXTS:
                        _HINT_CODE[value] = code
                value = eval(code, names, module_names)  # noqa: S307
            if value is None:
                value = type(None)
            if not _evaluated(value):
                return typing.get_type_hints(cls)
            hints[name] = value
    return hints


def _name(text: str, module_names: dict[str, Any], names: dict[str, Any]) -> object:
    """What ``eval`` gives for an annotation that is one name, or ``None`` to ``eval`` it.

    ``eval(text, names, module_names)`` looks in the module, the class, then the builtins.

    >>> _name("Final", globals(), {}) is Final, _name("str | None", globals(), {})
    (True, None)
    """
    if not text.isidentifier():
        return None
    for scope in (module_names, names, vars(builtins)):
        found = scope.get(text, _MISSING)
        if found is not _MISSING:
            return found
    return None


_MISSING: Final = object()


def _evaluated(value: object) -> bool:
    """Whether an evaluated annotation holds no text and no ``Annotated``."""
    if isinstance(value, type):
        return True
    try:
        known = _EVALUATED.get(value)
    except TypeError:  # an unhashable argument
        known = None
    if known is not None:
        return known
    if isinstance(value, str | typing.ForwardRef) or typing.get_origin(value) is typing.Annotated:
        return False
    found = all(_evaluated(arg) for arg in typing.get_args(value) if arg is not Ellipsis)
    if len(_EVALUATED) < _HINT_TEXTS:
        with contextlib.suppress(TypeError):
            _EVALUATED[value] = found
    return found


#: Whether each annotation met holds no text, for :func:`_evaluated` (at most
#: :data:`_HINT_TEXTS`): equal annotations (``A | B`` and ``B | A``) give one answer.
_EVALUATED: dict[object, bool] = {}


def _rules(cls: type) -> tuple[Callable[[Any], Iterable[ErrorDetail]], ...]:
    return tuple(
        member
        for klass in reversed(cls.__mro__)
        for member in vars(klass).values()
        if getattr(member, "__ipprogram_rule__", False)
    )


def shape(cls: type) -> Shape:
    """The resolved shape of record class ``cls``, built once.

    >>> from ipprogram import RecipientCount
    >>> [(f.name, f.node, f.required) for f in shape(RecipientCount).wire]
    [('kind', Choice(cls=<enum 'RecipientKind'>), True), ('count', Integer(), True)]
    """
    found = _RESOLVED.get(cls)
    if found is not None:
        return found
    if not attrs.has(cls):
        msg = f"{cls!r} is not a record class"
        raise TypeError(msg)
    hints = _hints(cls)
    for attribute in attrs.fields(cls):
        if isinstance(attribute.default, attrs.Factory):  # type: ignore[arg-type]
            msg = f"{cls.__name__}.{attribute.name}: a record field's default is a value"
            raise TypeError(msg)
    fields = tuple(
        Field(attribute.name, _node(hints[attribute.name]), attribute.default)
        for attribute in attrs.fields(cls)
    )
    wire = tuple(f for f in fields if f.required) + tuple(f for f in fields if not f.required)
    resolved = Shape(cls, fields, wire, getattr(cls, "TAG", None), _rules(cls))
    _RESOLVED[cls] = resolved
    return resolved


def classes_in(node: Node) -> tuple[type, ...]:
    """The record classes a value of ``node`` can be, through optionals and tuples.

    >>> from ipprogram import Event
    >>> classes_in(shape(Event).field("locality").node)
    (<class 'ipprogram.model.places.Locality'>,)
    """
    match node:
        case Text() | Integer() | Number() | Boolean() | Date() | AnyDate() | Scalar() | Choice():
            return ()
        case Record(cls):
            return (cls,)
        case Tagged(members):
            return members
        case Items(item):
            return classes_in(item)
        case Nullable(inner):
            return classes_in(inner)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def walk(cls: type) -> Iterator[type]:
    """Every record class reachable from ``cls``, ``cls`` first, each once.

    >>> from ipprogram import Period
    >>> list(walk(Period))
    [<class 'ipprogram.model.dates.Period'>]
    """
    seen: set[type] = set()
    stack = [cls]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        yield current
        stack.extend(
            reversed(
                [c for f in shape(current).fields for c in classes_in(f.node) if c not in seen]
            )
        )


# The text rule, shared by the checks on construction and every loader.


def normalize_text(value: object) -> object:
    """Strip surrounding white space and compose to NFC; leave non-text alone.

    Non-text values pass through unchanged so that the type check reports them.

    >>> normalize_text("  Lạng Sơn ") == "Lạng Sơn"
    True
    >>> normalize_text("Ha\u0300") == "H\u00e0"
    True
    >>> normalize_text(3)
    3
    """
    if isinstance(value, str):
        value = value.strip()
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
    return value


def number_problem(value: object, loc: Loc, *, integer: bool) -> ErrorDetail | None:
    """What is wrong with the value of a number field, or ``None``.

    An integer field takes exactly an ``int`` (not a ``bool`` or an ``IntEnum``), a
    number field an ``int`` or a finite ``float``; either lies within
    ±:data:`MAX_MAGNITUDE`.

    >>> number_problem(3, ("count",), integer=True) is None
    True
    >>> number_problem(10**19, ("count",), integer=True).code
    'out_of_range'
    >>> number_problem(True, ("count",), integer=True).code
    'wrong_type'
    """
    kind = type(value)
    if kind is not int and (integer or kind is not float):
        return wrong_type(loc, "integer" if integer else "number", value)
    if kind is float and not math.isfinite(value):  # type: ignore[arg-type]
        return ErrorDetail(loc, "invalid_number", value=value)
    if not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:  # type: ignore[operator]
        return ErrorDetail(loc, "out_of_range", value=value, low=-MAX_MAGNITUDE, high=MAX_MAGNITUDE)
    return None


def text_problem(value: str, loc: Loc) -> ErrorDetail | None:
    """What is wrong with normalised text, or ``None``: it is blank or holds a lone surrogate.

    >>> text_problem("", ("name",)).code
    'empty_text'
    >>> text_problem("Lạng Sơn", ("name",)) is None
    True
    """
    if not value:
        return ErrorDetail(loc, "empty_text")
    if not value.isascii() and LONE_SURROGATE.search(value):
        return ErrorDetail(
            loc,
            "invalid_text",
            value=value,
            problem="a lone surrogate code point",
            problem_vi="một mã thay thế (surrogate) đứng riêng",
        )
    return None


def _normalize_optional_text(value: object) -> object:
    return value if value is None else normalize_text(value)


def _normalize_text_tuple(value: object) -> object:
    if isinstance(value, tuple):
        return tuple(normalize_text(item) for item in value)
    return value


#: Annotations as a class body writes them (strings, under postponed evaluation).
_TEXT_CONVERTERS: Final[dict[object, Callable[[object], object]]] = {
    str: normalize_text,
    "str": normalize_text,
    str | None: _normalize_optional_text,
    "str | None": _normalize_optional_text,
    tuple[str, ...]: _normalize_text_tuple,
    "tuple[str, ...]": _normalize_text_tuple,
}


def text_converter(annotation: object) -> Callable[[object], object] | None:
    """The converter that normalises a text field on construction, or ``None``.

    It runs as the class is made, before annotations can be resolved, so it reads the
    annotation as written.

    >>> text_converter("str | None")(" Hà ")
    'Hà'
    >>> text_converter("int") is None
    True
    """
    return _TEXT_CONVERTERS.get(annotation)


# Paths to fields inside records, as claims about a record name them.


def path_steps(path: str) -> list[str | int] | None:
    """Split a path into field names and indexes; ``None`` if it is not one.

    >>> path_steps("participants[1].count")
    ['participants', 1, 'count']
    >>> path_steps("participants[x]") is None
    True
    """
    steps: list[str | int] = []
    for part in path.split("."):
        name, bracket, rest = part.partition("[")
        if not name.isidentifier() or not name.isascii():
            return None
        steps.append(name)
        while bracket:
            index, close, rest = rest.partition("]")
            if not close or not index.isascii() or not index.isdigit() or len(index) > 9:  # noqa: PLR2004
                return None
            steps.append(int(index))
            bracket, rest = rest[:1], rest[1:]
            if bracket not in ("", "["):
                return None
    return steps


def path_problem(cls: type, path: str) -> str | None:
    """Why ``path`` names no field inside records of ``cls``, or ``None`` when it does.

    A path is field names joined by dots, with ``[n]`` after a tuple field:
    ``"owner"``, ``"participants[1].count"``. Each name must be a field of the record
    it is read from (of one of the members, for a tagged union). Reading stops at a
    scalar, a date or an enum: ``"date.year"`` names nothing.

    >>> from ipprogram import Event
    >>> path_problem(Event, "participants[1].party.full_name") is None
    True
    >>> path_problem(Event, "participants.count")
    'participants holds several items: name one, as participants[0]'
    >>> path_problem(Event, "colour")
    "'colour' is not a field of Event"
    """
    steps = path_steps(path)
    if steps is None:
        return f"{path!r} is not a path of field names such as participants[1].count"
    classes: tuple[type, ...] = (cls,)
    node: Node | None = None
    previous = ""
    for step in steps:
        if isinstance(step, int):
            if not isinstance(node, Items):
                return f"[{step}] follows a field that is not a tuple"
            node = node.item
            classes = classes_in(node)
            continue
        if isinstance(node, Items):
            return f"{previous} holds several items: name one, as {previous}[0]"
        if not classes:
            return f"{previous} has no fields"
        found = [f.node for c in classes for f in shape(c).fields if f.name == step]
        if not found:
            return f"{step!r} is not a field of {' or '.join(c.__name__ for c in classes)}"
        node = found[0].inner if isinstance(found[0], Nullable) else found[0]
        classes = classes_in(node)
        previous = step
    return None
