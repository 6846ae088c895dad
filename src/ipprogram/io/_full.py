"""The full path: the cattrs converter that checks everything and locates every problem.

It is strict: ``"3"`` is not 3, ``2.7`` is not 2, ``"false"`` is not a boolean, a string
is not a list, unknown keys are errors, dates are ISO ``YYYY-MM-DD`` strings and enums
are stored by value. Every problem is reported, each located by its JSON path.

Fields equal to their default (``None``, ``()``) are left out of the output; members
of a union of record classes carry a ``"type"`` key naming their class. It is imported
the first time input is not valid or a value is not a record: valid records take the
generated fast paths of :mod:`ipprogram.io._fast`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ipprogram.errors import ErrorDetail, Loc, ValidationError, wrong_type
from ipprogram.model._base import field_checks, run_rules
from ipprogram.model.dates import PartialDate

__all__ = ["converter"]

T = TypeVar("T")
TAG_KEY: Final = "type"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _fail(detail: ErrorDetail) -> typing.NoReturn:
    raise ValidationError([detail])


# Primitives: accept exactly the JSON type, never coerce.


def _structure_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    _fail(wrong_type((), "string", value))


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    _fail(wrong_type((), "integer", value))


def _structure_number(value: object) -> int | float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            _fail(ErrorDetail((), "invalid_number", value=value))
        return value
    _fail(wrong_type((), "number", value))


def _structure_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    _fail(wrong_type((), "boolean", value))


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        _fail(wrong_type((), "string", value))
    if _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    _fail(ErrorDetail((), "invalid_date", value=value))


def _structure_partial_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        _fail(wrong_type((), "string", value))
    return PartialDate.from_iso(value)


@functools.cache
def _enum_members(cls: type[enum.Enum]) -> tuple[dict[object, enum.Enum], str]:
    members: dict[object, enum.Enum] = {member.value: member for member in cls}
    return members, ", ".join(repr(value) for value in members)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    members, allowed = _enum_members(cls)
    if isinstance(value, str):
        member = members.get(value)
        if member is not None:
            return member
    _fail(ErrorDetail((), "invalid_choice", value=value, allowed=allowed))


def _unstructure_enum(member: enum.Enum) -> object:
    return member.value


# Containers.


def _is_homogeneous_tuple(annotation: object) -> bool:
    args = typing.get_args(annotation)
    return typing.get_origin(annotation) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


def _tuple_hook(annotation: object) -> Callable[[object, type], tuple[object, ...]]:
    item_type = typing.get_args(annotation)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[object, ...]:
        if not isinstance(value, list | tuple):
            _fail(wrong_type((), "array", value))
        items: list[object] = []
        errors: list[ErrorDetail] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except ValidationError as error:
                errors.extend(detail.at((index,)) for detail in error.errors)
        if errors:
            raise ValidationError(errors)
        return tuple(items)

    return structure


def _unstructure_tuple_hook(annotation: object) -> Callable[[tuple[object, ...]], list[object]]:
    item_type = typing.get_args(annotation)[0]
    unstructure_item = converter.get_unstructure_hook(item_type)
    return lambda value: [unstructure_item(item) for item in value]


def _is_union(annotation: object) -> bool:
    return typing.get_origin(annotation) in (types.UnionType, typing.Union)


def _number_hook(*, nullable: bool) -> Callable[[object, type], object]:
    """The hook for ``int | float``: a JSON number, integer or not, never a string."""

    def structure_number(value: object, _: type) -> object:
        if value is None and nullable:
            return None
        return _structure_number(value)

    return structure_number


def _union_hook(annotation: object) -> Callable[[object, type], object]:
    args = typing.get_args(annotation)
    nullable = type(None) in args
    members = [arg for arg in args if arg is not type(None)]
    if set(members) == {int, float}:
        return _number_hook(nullable=nullable)
    if len(members) == 1:
        member = members[0]
        structure_member = converter.get_structure_hook(member)

        def structure_optional(value: object, _: type) -> object:
            if value is None and nullable:
                return None
            return structure_member(value, member)

        return structure_optional

    by_tag: dict[str, tuple[type, Callable[[object, type], object]]] = {
        cls.TAG: (cls, converter.get_structure_hook(cls)) for cls in members
    }
    allowed = ", ".join(repr(tag) for tag in by_tag)

    def structure_tagged(value: object, _: type) -> object:
        if value is None and nullable:
            return None
        if not isinstance(value, dict):
            _fail(wrong_type((), "object", value))
        if TAG_KEY not in value:
            _fail(ErrorDetail((TAG_KEY,), "missing_tag", allowed=allowed))
        tag = value[TAG_KEY]
        target = by_tag.get(tag) if isinstance(tag, str) else None
        if target is None:
            _fail(ErrorDetail((TAG_KEY,), "unknown_tag", value=tag, allowed=allowed))
        cls, structure_member = target
        return structure_member({k: v for k, v in value.items() if k != TAG_KEY}, cls)

    return structure_tagged


def _unstructure_union_hook(annotation: object) -> Callable[[object], object]:
    members = {arg for arg in typing.get_args(annotation) if arg is not type(None)}
    tagged = len(members) > 1 and members != {int, float}

    def unstructure(value: object) -> object:
        if value is None:
            return None
        data = converter.unstructure(value, type(value))
        if tagged:
            return {TAG_KEY: type(value).TAG, **data}  # type: ignore[attr-defined]
        return data

    return unstructure


# Record classes.


def _attribute_name(error: BaseException) -> str | None:
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return note.name
    return None


def _flatten(
    cls: type, data: Mapping[object, object], error: ClassValidationError
) -> list[ErrorDetail]:
    """Turn cattrs' error tree for one class into located details.

    When fields failed to load, the class's own rules still run on the fields that did
    load, so that one pass reports every problem.
    """
    details: list[ErrorDetail] = []
    failed: set[str] = set()
    from_constructor = False
    for sub in error.exceptions:
        name = _attribute_name(sub)
        loc: Loc = () if name is None else (name,)
        if name is not None:
            failed.add(name)
        if isinstance(sub, ValidationError):
            from_constructor = from_constructor or name is None
            details.extend(detail.at(loc) for detail in sub.errors)
        elif isinstance(sub, ForbiddenExtraKeysError):
            extra: set[object] = set(sub.extra_fields)  # keys from Python may be any type
            details.extend(
                ErrorDetail(
                    (key if isinstance(key, str) else repr(key),),
                    "unknown_key",
                    key=key,
                )
                for key in data
                if key in extra
            )
        elif isinstance(sub, KeyError):
            details.append(ErrorDetail(loc, "missing"))
        else:  # pragma: no cover - every hook raises ValidationError
            raise sub
    if not from_constructor:
        details.extend(_partial_checks(cls, data, failed))
    order = {field.name: index for index, field in enumerate(attrs.fields(cls))}
    details.sort(key=lambda detail: order.get(detail.loc[0], len(order)) if detail.loc else -1)
    return details


def _partial_checks(
    cls: type, data: Mapping[object, object], failed: set[str]
) -> list[ErrorDetail]:
    values: dict[str, object] = {}
    for field in attrs.fields(cls):
        if field.name in failed:
            continue
        if field.name in data:
            value = converter.structure(data[field.name], field.type)
        elif field.default is not attrs.NOTHING:
            value = field.default
        else:
            continue
        values[field.name] = value if field.converter is None else field.converter(value)
    problems = field_checks(cls, values)
    if not problems:
        problems = run_rules(cls, types.SimpleNamespace(**values), partial=True)
    return problems


def _record_hook(cls: type[T]) -> Callable[[object, type], T]:
    attrs.resolve_types(typing.cast("Any", cls))
    generated = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=True,
    )

    def structure(value: object, _: type) -> T:
        if not isinstance(value, dict):
            _fail(wrong_type((), "object", value))
        try:
            return generated(value, cls)
        except ClassValidationError as error:
            raise ValidationError(_flatten(cls, value, error)) from None

    return structure


def _record_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    # Hooks for classes dispatch on the MRO, so the StrEnum hooks below come before
    # the ``str`` ones for enum members (StrEnum precedes str in their MRO).
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(enum.Enum, _structure_enum)
    conv.register_structure_hook(enum.StrEnum, _structure_enum)  # before str in the MRO
    conv.register_unstructure_hook(enum.Enum, _unstructure_enum)
    conv.register_unstructure_hook(enum.StrEnum, _unstructure_enum)
    conv.register_structure_hook_factory(attrs.has, _record_hook)
    conv.register_unstructure_hook_factory(attrs.has, _record_unstructure_hook)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, _unstructure_tuple_hook)
    conv.register_structure_hook_factory(_is_union, _union_hook)
    conv.register_unstructure_hook_factory(_is_union, _unstructure_union_hook)
    return conv


#: The library's converter. Use :func:`to_dict` and :func:`from_dict`; reconfiguring it
#: changes what every record reads and writes.
converter: Final = _make_converter()
