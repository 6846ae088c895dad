"""The machinery every model class shares: the ``@record`` decorator and its checks.

A record class is a frozen, slotted, keyword-only attrs class. On construction:

1. text fields are stripped and normalised to NFC (Unicode Standard Annex #15);
2. every field is checked against its annotation (types, empty text, broken Unicode);
3. the class's own rules (methods marked ``@rule``) run, once the types are right.

All problems are collected, each placed on its field, and raised together as one
:class:`~ipprogram.errors.ValidationError`.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable, Hashable, Iterable, Mapping
from types import ModuleType
from typing import Any, Final, TypeVar, dataclass_transform

import attrs

from ipprogram._lazy import pattern
from ipprogram._values import by_value
from ipprogram.errors import ErrorDetail, Loc, Problems, wrong_type
from ipprogram.ids import InvalidNumber
from ipprogram.model.shape import (
    MAX_MAGNITUDE,
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
    normalize_text,
    number_problem,
    shape,
    text_converter,
    text_problem,
)

__all__ = [
    "IRI_PATTERN",
    "RESERVED_IRI_PREFIX",
    "check_iri",
    "check_number",
    "duplicates",
    "in_order",
    "needs",
    "normalize_text",
    "not_negative",
    "partial_instance",
    "problems",
    "record",
    "replace",
    "rule",
]

T = TypeVar("T")
#: What a check returns: the details of what it finds wrong, most often none.
Details = tuple[ErrorDetail, ...]
Check = Callable[[object, Loc, Problems], None]


def rule(method: Callable[[T], Iterable[ErrorDetail]]) -> Callable[[T], Iterable[ErrorDetail]]:
    """Mark a method as a validation rule of its record class.

    A rule yields :class:`~ipprogram.errors.ErrorDetail` objects located relative to the
    record (``("start",)``, not the full path). Rules run after the type checks pass;
    when some fields fail them, the rules run on the others, and a rule that needs a
    failed field is skipped. Keep each rule to the fields it needs, so that one bad
    field hides no other problem.
    """
    method.__ipprogram_rule__ = True  # type: ignore[attr-defined]
    return method


M = TypeVar("M", bound=Callable[..., Any])


def needs(*fields: str) -> Callable[[M], M]:
    """Say that a rule has nothing to find while ``fields`` all hold their defaults.

    The generated loaders skip a rule whose fields are at their defaults; which fields
    a rule reads they find in its bytecode, unless it hands its record to a helper, as
    the claims' rules do (:func:`~ipprogram.model.facts.claim_problems` reads the
    fields the claims name). Such a rule can say what it needs instead: the claims'
    rules have nothing to check without claims. So can a rule that reads more than it
    needs: a place's tier is checked only against a parent. The tests check the guard
    each such rule gets, and that the loaders still refuse what it finds when its
    fields are set.

    >>> @needs("claims")
    ... def check(record): ...
    >>> check.__ipprogram_needs__
    frozenset({'claims'})
    """

    def mark(method: M) -> M:
        method.__ipprogram_needs__ = frozenset(fields)  # type: ignore[attr-defined]
        return method

    return mark


#: One :class:`attrs.Converter` per text converter, shared by every text field: making
#: one reads its function's signature, which took 65 reads at import.
_CONVERTERS: dict[Callable[[object], object], attrs.Converter[Any, Any]] = {}


def _add_text_converters(
    cls: type, fields: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    del cls
    result = []
    for field in fields:
        function = text_converter(field.type)
        if function is not None and field.converter is None:
            converter = _CONVERTERS.get(function)
            if converter is None:
                converter = _CONVERTERS[function] = attrs.Converter(function)
            field = field.evolve(converter=converter)  # noqa: PLW2901
        result.append(field)
    return result


def _check_text(value: object, loc: Loc, out: Problems) -> None:
    if not isinstance(value, str):
        out.append(wrong_type(loc, "string", value))
    elif (problem := text_problem(value, loc)) is not None:
        out.append(problem)


def _check_int(value: object, loc: Loc, out: Problems) -> None:
    if type(value) is not int or not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        out.append(number_problem(value, loc, integer=True))  # type: ignore[arg-type]


def _check_number(value: object, loc: Loc, out: Problems) -> None:
    problem = number_problem(value, loc, integer=False)
    if problem is not None:
        out.append(problem)


def _check_bool(value: object, loc: Loc, out: Problems) -> None:
    if not isinstance(value, bool):
        out.append(wrong_type(loc, "boolean", value))


def _check_date(value: object, loc: Loc, out: Problems) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        out.append(wrong_type(loc, "date", value))


def _any_date_check(partial: type, whole: Callable[[Any], bool]) -> Check:
    def check(value: object, loc: Loc, out: Problems) -> None:
        if isinstance(value, partial):
            if whole(value):
                out.append(
                    ErrorDetail(
                        loc,
                        "inconsistent",
                        detail=(
                            f"a whole date is held as a datetime.date, not a {partial.__name__}"
                            " (use its narrow())"
                        ),
                        detail_vi=(
                            "ngày đầy đủ được ghi bằng datetime.date, không bằng"
                            f" {partial.__name__} (dùng narrow())"
                        ),
                    )
                )
        elif not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            out.append(wrong_type(loc, "date", value))

    return check


def _instance_check(classes: tuple[type, ...]) -> Check:
    expected = " or ".join(cls.__name__ for cls in classes)

    def check(value: object, loc: Loc, out: Problems) -> None:
        if not isinstance(value, classes):
            out.append(wrong_type(loc, expected, value))

    return check


def _optional(inner: Check) -> Check:
    def check(value: object, loc: Loc, out: Problems) -> None:
        if value is not None:
            inner(value, loc, out)

    return check


def _tuple_of(inner: Check) -> Check:
    def check(value: object, loc: Loc, out: Problems) -> None:
        if not isinstance(value, tuple):
            out.append(wrong_type(loc, "tuple", value))
            return
        for index, item in enumerate(value):
            inner(item, (*loc, index), out)

    return check


def _compile(node: Node) -> Check:  # noqa: C901 - one branch per kind
    """Build the check on construction for one node."""
    match node:
        case Text():
            return _check_text
        case Integer():
            return _check_int
        case Number():
            return _check_number
        case Boolean():
            return _check_bool
        case Date():
            return _check_date
        case AnyDate(partial):
            whole = node.spec.whole
            return _any_date_check(partial, whole or (lambda _: False))
        case Scalar(cls) | Choice(cls) | Record(cls):
            return _instance_check((cls,))
        case Tagged(members):
            return _instance_check(members)
        case Items(item):
            return _tuple_of(_compile(item))
        case Nullable(inner):
            return _optional(_compile(inner))
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


_CHECKS: dict[type, tuple[tuple[str, Check], ...]] = {}


def _checks(cls: type) -> tuple[tuple[str, Check], ...]:
    found = _CHECKS.get(cls)
    if found is None:
        found = _CHECKS[cls] = tuple((f.name, _compile(f.node)) for f in shape(cls).fields)
    return found


def partial_instance(cls: type[T], values: Mapping[str, object]) -> T:
    """An instance of ``cls`` holding only ``values``, unchecked, for rules on partial input.

    A field not in ``values`` is unset: reading it raises :class:`AttributeError`.
    """
    instance: T = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(instance, name, value)
    return instance


def problems(cls: type, values: Mapping[str, object]) -> Problems:
    """Every problem of the field values of ``cls``: type checks, then the rules.

    Fields not in ``values`` (those that failed to load) are not checked. When any field
    is missing or fails its check, the rules run on an instance of the others, and a
    rule that needs a field it lacks is skipped: one bad field hides no other problem.

    >>> from ipprogram import Locality
    >>> [d.path for d in problems(Locality, {"name": "", "kind": 3, "code": "2O"})]
    ['$.name', '$.kind', '$.code']
    """
    out = Problems()
    good: dict[str, object] = {}
    for name, check in _checks(cls):
        if name in values:
            value = values[name]
            before = len(out)
            check(value, (name,), out)
            if len(out) == before:
                good[name] = value
    complete = len(good) == len(_checks(cls))
    instance: object = partial_instance(cls, good)
    for check_rule in shape(cls).rules:
        if complete:
            out.extend(check_rule(instance))
            continue
        try:
            found = Problems()
            found.extend(check_rule(instance))  # kept only if the rule runs to its end
            out.merge(found)
        except AttributeError:
            continue  # the rule needs a field that failed
    return out


def _validate(self: object) -> None:
    cls = type(self)
    out = Problems()
    for name, check in _checks(cls):
        check(getattr(self, name), (name,), out)
    if out:
        out = problems(cls, {name: getattr(self, name) for name, _ in _checks(cls)})
    else:
        for check_rule in shape(cls).rules:
            out.extend(check_rule(self))
    if out:
        raise out.error()


@dataclass_transform(
    frozen_default=True,
    kw_only_default=True,
    field_specifiers=(attrs.field,),
)
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class that validates itself.

    >>> from ipprogram.model._base import record
    >>> @record
    ... class Tag:
    ...     name: str
    >>> Tag(name=" hồi ").name
    'hồi'
    """
    cls.__attrs_post_init__ = _validate  # type: ignore[attr-defined]
    made = attrs.frozen(
        cls, kw_only=True, field_transformer=_add_text_converters, repr=False, eq=False
    )
    made.__repr__ = _short_repr  # type: ignore[method-assign]
    return by_value(made)


def _short_repr(self: object) -> str:
    """``Class(field=value, ...)`` of the fields that are required or not at their default.

    A field left out has its default, so the text still names the record whole: the
    example event's repr is 5,935 characters, where listing every field takes 8,270.

    >>> from ipprogram import Person
    >>> Person(full_name="Đoàn Thu Hà")
    Person(full_name='Đoàn Thu Hà')
    """
    cls = type(self)
    shown = []
    for attribute in attrs.fields(typing.cast("Any", cls)):
        value = getattr(self, attribute.name)
        default = attribute.default
        if default is not attrs.NOTHING and type(value) is type(default) and value == default:
            continue
        shown.append(f"{attribute.name}={value!r}")
    return f"{cls.__qualname__}({', '.join(shown)})"


def duplicates(
    loc: Loc,
    items: Iterable[Hashable],
    what: str,
    what_vi: str,
    *,
    show: Callable[[Any], object] | None = None,
) -> Details:
    """A ``duplicate`` detail for each item that repeats an earlier one.

    ``show`` picks what the message quotes (enum members quote their value); equal items
    must show equal values. Like the other checks here it returns its details (none,
    most often) rather than yielding them, so that a rule's ``yield from`` of a check
    with nothing to find makes no generator.

    >>> [d.path for d in duplicates(("classes",), (30, 31, 30), "class", "nhóm")]
    ['$.classes[2]']
    """
    if isinstance(items, tuple | list):
        if len(items) < 2:  # noqa: PLR2004 - one item repeats nothing
            return ()
        # Equal items show equal text: when what they show differs, none repeats. The
        # texts' hashes are kept by the strings; the items' would be computed again.
        # Members of an enumeration are equal only when they are the same object, and
        # their identities are found in C, where their hash is a call in Python.
        if show is not None:
            if len(set(map(show, items))) == len(items):
                return ()
        elif isinstance(items[0], enum.Enum):
            if len(set(map(id, items))) == len(items):
                return ()
        elif len(set(items)) == len(items):
            return ()
    found: list[ErrorDetail] = []
    seen: set[Hashable] = set()
    for index, item in enumerate(items):
        if item in seen:
            shown = show(item) if show else item.value if isinstance(item, enum.Enum) else item
            found.append(
                ErrorDetail((*loc, index), "duplicate", value=shown, what=what, what_vi=what_vi)
            )
        seen.add(item)
    return tuple(found)


def _bounds(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day a whole or partial date can be; ``None`` without a year."""
    if isinstance(value, dt.date):
        return value, value
    if value is None or not getattr(value, "has_year", False):
        return None
    return value.first_day, value.last_day  # type: ignore[attr-defined]


def in_order(earlier: str, earlier_value: object, later: str, later_value: object) -> Details:
    """A ``date_order`` detail at field ``later`` when it comes before ``earlier``.

    The dates are whole (:class:`datetime.date`) or partial
    (:class:`~ipprogram.PartialDate`). A partial date is any day it spans: the order
    fails only when every day ``later`` can be is before every day ``earlier`` can be
    ("2019" is not after "2019-05-14", "2018" is). Either date may be unknown
    (``None``) or have no year: then nothing is compared.

    >>> import datetime as dt
    >>> from ipprogram import PartialDate
    >>> [
    ...     d.path
    ...     for d in in_order("filing_date", dt.date(2020, 2, 1), "grant_date", dt.date(2020, 1, 1))
    ... ]
    ['$.grant_date']
    >>> in_order("filing_date", dt.date(2019, 5, 14), "grant_date", PartialDate(year=2019))
    ()
    """
    if type(earlier_value) is dt.date and type(later_value) is dt.date:  # most often
        if later_value >= earlier_value:
            return ()
    else:
        first = _bounds(earlier_value)
        last = _bounds(later_value)
        if first is None or last is None or last[1] >= first[0]:
            return ()
    return (
        ErrorDetail(
            (later,),
            "date_order",
            later=later,
            later_value=later_value.isoformat(),  # type: ignore[attr-defined]
            earlier=earlier,
            earlier_value=earlier_value.isoformat(),  # type: ignore[attr-defined]
        ),
    )


#: The IRIs ipprogram derives from numbers (:func:`ipprogram.io.jsonld.node_id`); an
#: ``iri`` given to a record may not be one of them.
RESERVED_IRI_PREFIX: Final = "urn:ipprogram:"

#: An absolute IRI (RFC 3987, section 2.2: ``absolute-IRI``): a scheme (a letter, then
#: letters, digits, ``+ - .``), a colon and a non-empty rest without white space, control
#: characters, ``< > " { } | ^``, the backquote or the backslash, and ``%`` only before
#: two hexadecimal digits; not under :data:`RESERVED_IRI_PREFIX`, in any case. It is one
#: regular expression for Python and for JSON Schema (ECMA-262), and matches in linear
#: time: no part of it can match the same text two ways.
IRI_PATTERN: Final = (
    "^(?!"
    + "".join(f"[{c.upper()}{c}]" if c.isalpha() else c for c in RESERVED_IRI_PREFIX)
    + r')[A-Za-z][A-Za-z0-9+.\-]*:(?:[^\s\x00-\x1f\x7f-\x9f<>"{}|\\^`%]|%[0-9A-Fa-f]{2})+$'
)
_IRI: Final = pattern(IRI_PATTERN[1:-1], globals())


def check_iri(value: str | None) -> Details:
    """An ``invalid_choice`` detail at field ``iri`` unless it is an absolute IRI.

    A record's ``iri`` names the thing it describes wherever it is recorded: the same IRI
    in two provinces' records is one node of the merged graph (W3C JSON-LD 1.1, section
    3.3, "Node Identifiers"). It must therefore be absolute (RFC 3987, section 2.2): a
    relative ``"event-1"`` would name different things in different files. IRIs under
    :data:`RESERVED_IRI_PREFIX` are the ones derived from IP Office and document numbers.

    >>> check_iri("https://sokhcn.langson.gov.vn/su-kien/2020-12-02")
    ()
    >>> [d.code for d in check_iri("event-1")], [d.code for d in check_iri("urn:ipprogram:x")]
    (['invalid_choice'], ['invalid_choice'])
    """
    if value is None or _IRI.fullmatch(value) is not None:
        return ()
    return (
        ErrorDetail(
            ("iri",),
            "invalid_choice",
            value=value,
            allowed=f"an absolute IRI (RFC 3987) outside {RESERVED_IRI_PREFIX}",
            allowed_vi=f"một IRI tuyệt đối (RFC 3987) không thuộc {RESERVED_IRI_PREFIX}",
        ),
    )


def not_negative(name: str, value: int | None) -> Details:
    """A ``negative`` detail at field ``name`` for a count below zero.

    >>> [d.code for d in not_negative("count", -1)], not_negative("count", None)
    (['negative'], ())
    """
    if value is None or value >= 0:
        return ()
    return (ErrorDetail((name,), "negative", value=value),)


def check_number(
    loc: str, value: str | None, module: ModuleType, what: str, what_vi: str
) -> Details:
    """An ``invalid_identifier`` detail when ``value`` fails ``module.validate``.

    >>> from ipprogram.ids import mark_certificate
    >>> (
    ...     check_number("n", "4-0306800-000", mark_certificate, "a", "b"),
    ...     check_number("n", None, mark_certificate, "a", "b"),
    ... )
    ((), ())
    >>> [d.code for d in check_number("n", "4-03068-000", mark_certificate, "a", "b")]
    ['invalid_identifier']
    """
    if value is None:
        return ()
    try:
        module.validate(value)
    except InvalidNumber as error:
        return (
            ErrorDetail(
                (loc,),
                "invalid_identifier",
                value=value,
                what=what,
                what_vi=what_vi,
                reason=error,
                reason_vi=error.message_vi,
            ),
        )
    return ()


def replace(obj: T, /, **changes: Any) -> T:  # noqa: ANN401 - any field's type
    """Return a copy of a record with some fields changed, validated like a new one.

    Records are frozen; this is how to make a changed copy (``attrs.evolve`` typed for
    the library's classes). Bad changes raise :class:`~ipprogram.ValidationError`.

    >>> from ipprogram import Person
    >>> replace(Person(full_name="Đoàn Thu Hà"), full_name="Nguyễn Ngọc Hưng").full_name
    'Nguyễn Ngọc Hưng'
    """
    if not attrs.has(type(obj)):
        msg = f"replace() takes an ipprogram record, not {type(obj).__name__}"
        raise TypeError(msg)
    changed: T = attrs.evolve(obj, **changes)  # type: ignore[misc]
    return changed
