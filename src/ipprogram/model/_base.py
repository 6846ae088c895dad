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
import math
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator
from types import ModuleType
from typing import Any, TypeVar, dataclass_transform

import attrs

from ipprogram.errors import ErrorDetail, Loc, ValidationError, wrong_type
from ipprogram.ids import InvalidNumber

__all__ = [
    "check_number",
    "duplicates",
    "field_checks",
    "normalize_text",
    "record",
    "replace",
    "rule",
    "run_rules",
]

T = TypeVar("T")
Rule = Callable[[Any], Iterable[ErrorDetail]]
Check = Callable[[object, Loc, list[ErrorDetail]], None]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _normalize_optional_text(value: object) -> object:
    return value if value is None else normalize_text(value)


def _normalize_text_tuple(value: object) -> object:
    if isinstance(value, tuple):
        return tuple(normalize_text(item) for item in value)
    return value


def rule(method: Callable[[T], Iterable[ErrorDetail]]) -> Callable[[T], Iterable[ErrorDetail]]:
    """Mark a method as a validation rule of its record class.

    A rule yields :class:`~ipprogram.errors.ErrorDetail` objects located relative to the
    record (``("start",)``, not the full path). Rules run after the type checks pass.
    """
    method.__ipprogram_rule__ = True  # type: ignore[attr-defined]
    return method


_TEXT_CONVERTERS: dict[object, Callable[[object], object]] = {
    str: normalize_text,
    "str": normalize_text,
    str | None: _normalize_optional_text,
    "str | None": _normalize_optional_text,
    tuple[str, ...]: _normalize_text_tuple,
    "tuple[str, ...]": _normalize_text_tuple,
}


def _add_text_converters(
    cls: type, fields: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    del cls
    result = []
    for field in fields:
        converter = _TEXT_CONVERTERS.get(field.type)
        if converter is not None and field.converter is None:
            field = field.evolve(converter=converter)  # noqa: PLW2901
        result.append(field)
    return result


class _Spec:
    __slots__ = ("checks", "rules")

    def __init__(self, checks: tuple[tuple[str, Check], ...], rules: tuple[Rule, ...]) -> None:
        self.checks = checks
        self.rules = rules


_SPECS: dict[type, _Spec] = {}


def _check_text(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
    if not isinstance(value, str):
        out.append(wrong_type(loc, "string", value))
    elif not value:
        out.append(ErrorDetail(loc, "empty_text"))
    elif not value.isascii() and _LONE_SURROGATE.search(value):
        out.append(
            ErrorDetail(
                loc,
                "invalid_text",
                value=value,
                problem="a lone surrogate code point",
                problem_vi="một mã thay thế (surrogate) đứng riêng",
            )
        )


def _check_int(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        out.append(wrong_type(loc, "integer", value))


def _check_number(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        out.append(wrong_type(loc, "number", value))
    elif isinstance(value, float) and not math.isfinite(value):
        out.append(ErrorDetail(loc, "invalid_number", value=value))


def _check_bool(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
    if not isinstance(value, bool):
        out.append(wrong_type(loc, "boolean", value))


def _check_date(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        out.append(wrong_type(loc, "date", value))


def _instance_check(classes: tuple[type, ...], expected: str) -> Check:
    def check(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
        if not isinstance(value, classes):
            out.append(wrong_type(loc, expected, value))

    return check


def _optional(inner: Check) -> Check:
    def check(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
        if value is not None:
            inner(value, loc, out)

    return check


def _tuple_of(inner: Check) -> Check:
    def check(value: object, loc: Loc, out: list[ErrorDetail]) -> None:
        if not isinstance(value, tuple):
            out.append(wrong_type(loc, "tuple", value))
            return
        for index, item in enumerate(value):
            inner(item, (*loc, index), out)

    return check


def _compile(annotation: object) -> Check:
    """Build the runtime check for one resolved annotation."""
    simple: dict[object, Check] = {
        str: _check_text,
        int: _check_int,
        bool: _check_bool,
        dt.date: _check_date,
    }
    if annotation in simple:
        return simple[annotation]
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        members = [arg for arg in args if arg is not type(None)]
        inner: Check
        if set(members) == {int, float}:
            inner = _check_number
        elif len(members) == 1:
            inner = _compile(members[0])
        else:
            names = " or ".join(arg.__name__ for arg in members)
            inner = _instance_check(tuple(members), names)
        return _optional(inner) if len(members) < len(args) else inner
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
        return _tuple_of(_compile(args[0]))
    if isinstance(annotation, type) and (
        attrs.has(annotation) or issubclass(annotation, enum.Enum)
    ):
        return _instance_check((annotation,), annotation.__name__)
    msg = f"no runtime check for annotation {annotation!r}"
    raise TypeError(msg)


def _spec(cls: type) -> _Spec:
    spec = _SPECS.get(cls)
    if spec is None:
        hints = typing.get_type_hints(cls)
        checks = tuple((f.name, _compile(hints[f.name])) for f in attrs.fields(cls))
        rules = tuple(
            member
            for klass in reversed(cls.__mro__)
            for member in vars(klass).values()
            if getattr(member, "__ipprogram_rule__", False)
        )
        spec = _SPECS[cls] = _Spec(checks, rules)
    return spec


def field_checks(cls: type, values: dict[str, object]) -> list[ErrorDetail]:
    """Check the given field values of ``cls`` against their annotations.

    Only the fields present in ``values`` are checked.
    """
    out: list[ErrorDetail] = []
    for name, check in _spec(cls).checks:
        if name in values:
            check(values[name], (name,), out)
    return out


def run_rules(cls: type, instance: object, *, partial: bool = False) -> list[ErrorDetail]:
    """Run the rules of ``cls`` on ``instance``.

    With ``partial=True`` the instance may lack fields that failed to load; a rule that
    needs one of them is skipped rather than reported.
    """
    out: list[ErrorDetail] = []
    for check_rule in _spec(cls).rules:
        if partial:
            try:
                out.extend(check_rule(instance))
            except (AttributeError, TypeError, ValueError):
                continue
        else:
            out.extend(check_rule(instance))
    return out


def _validate(self: object) -> None:
    cls = type(self)
    spec = _spec(cls)
    out: list[ErrorDetail] = []
    for name, check in spec.checks:
        check(getattr(self, name), (name,), out)
    if not out:
        for check_rule in spec.rules:
            out.extend(check_rule(self))
    if out:
        raise ValidationError(out)


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
    return attrs.frozen(cls, kw_only=True, field_transformer=_add_text_converters)


def duplicates(
    loc: Loc,
    items: Iterable[Hashable],
    what: str,
    what_vi: str,
    *,
    show: Callable[[Any], object] | None = None,
) -> Iterator[ErrorDetail]:
    """Yield a ``duplicate`` detail for each item that repeats an earlier one.

    ``show`` picks what the message quotes (enum members quote their value).

    >>> [d.path for d in duplicates(("classes",), (30, 31, 30), "class", "nhóm")]
    ['$.classes[2]']
    """
    seen: set[Hashable] = set()
    for index, item in enumerate(items):
        if item in seen:
            shown = show(item) if show else item.value if isinstance(item, enum.Enum) else item
            yield ErrorDetail((*loc, index), "duplicate", value=shown, what=what, what_vi=what_vi)
        seen.add(item)


def check_number(
    loc: str, value: str | None, module: ModuleType, what: str, what_vi: str
) -> Iterator[ErrorDetail]:
    """Yield an ``invalid_identifier`` detail when ``value`` fails ``module.validate``."""
    if value is None:
        return
    try:
        module.validate(value)
    except InvalidNumber as error:
        yield ErrorDetail(
            (loc,), "invalid_identifier", value=value, what=what, what_vi=what_vi, reason=error
        )


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
