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
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ipprogram.errors import ErrorDetail, Loc, Problems, ValidationError, fail, wrong_type
from ipprogram.model._base import problems
from ipprogram.model.shape import (
    ISO_DATE,
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
    ScalarSpec,
    Tagged,
    Text,
    is_record,
    number_problem,
    scalar_spec,
    shape,
)

__all__ = ["converter"]

T = TypeVar("T")
Structure = Callable[[object, Any], object]
Unstructure = Callable[[Any], object]

_ISO_DATE: Final = re.compile(ISO_DATE)


# Primitives: accept exactly the JSON type, never coerce.


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        return value
    fail(wrong_type((), "string", value))


def _structure_int(value: object, _: object) -> int:
    problem = number_problem(value, (), integer=True)
    if problem is not None:
        fail(problem)
    return value  # type: ignore[return-value]


def _structure_number(value: object, _: object) -> int | float:
    problem = number_problem(value, (), integer=False)
    if problem is not None:
        fail(problem)
    return value  # type: ignore[return-value]


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    fail(wrong_type((), "boolean", value))


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str):
        fail(wrong_type((), "string", value))
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    fail(ErrorDetail((), "invalid_date", value=value))


def _any_date_hook(spec: ScalarSpec) -> Structure:
    """A whole date as a :class:`datetime.date`; any other form as the partial class."""

    def structure(value: object, _: object) -> object:
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            return _structure_date(value, _)
        return _scalar_hook(spec)(value, _)

    return structure


def _scalar_hook(spec: ScalarSpec) -> Structure:
    def structure(value: object, _: object) -> object:
        if not isinstance(value, str):
            fail(wrong_type((), "string", value))
        return spec.parse(value)

    return structure


@functools.cache
def _enum_hook(cls: type[enum.Enum]) -> Structure:
    members: dict[object, enum.Enum] = {member.value: member for member in cls}
    allowed = ", ".join(repr(value) for value in members)

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str):
            member = members.get(value)
            if member is not None:
                return member
        fail(ErrorDetail((), "invalid_choice", value=value, allowed=allowed))

    return structure


def _unstructure_enum(member: enum.Enum) -> object:
    return member.value


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _same(value: object) -> object:
    return value


# Containers.


def _tuple_hook(item: Structure) -> Structure:
    def structure(value: object, _: object) -> tuple[object, ...]:
        if not isinstance(value, list | tuple):
            fail(wrong_type((), "array", value))
        items: list[object] = []
        errors = Problems()
        for index, each in enumerate(value):
            try:
                items.append(item(each, None))
            except ValidationError as error:
                errors.add(error, (index,))
        if errors:
            raise errors.error()
        return tuple(items)

    return structure


def _optional_hook(inner: Structure) -> Structure:
    def structure(value: object, _: object) -> object:
        return None if value is None else inner(value, None)

    return structure


def _tagged_hook(node: Tagged) -> Structure:
    by_tag = node.by_tag()
    allowed = ", ".join(repr(tag) for tag in by_tag)

    def structure(value: object, _: object) -> object:
        if not isinstance(value, dict):
            fail(wrong_type((), "object", value))
        if TAG_KEY not in value:
            fail(ErrorDetail((TAG_KEY,), "missing_tag", allowed=allowed))
        tag = value[TAG_KEY]
        cls = by_tag.get(tag) if isinstance(tag, str) else None
        if cls is None:
            fail(ErrorDetail((TAG_KEY,), "unknown_tag", value=tag, allowed=allowed))
        return _record_structure(cls)({k: v for k, v in value.items() if k != TAG_KEY}, cls)

    return structure


def _late_structure(cls: type) -> Structure:
    """The structure hook of a record class, looked up when first called (classes nest)."""

    def structure(value: object, _: object) -> object:
        return _record_structure(cls)(value, cls)

    return structure


def _structure_hook(node: Node) -> Structure:  # noqa: C901, PLR0912 - one branch per kind
    """The hook that reads a JSON value of ``node``, raising located ValidationErrors."""
    match node:
        case Text():
            return _structure_str
        case Integer():
            return _structure_int
        case Number():
            return _structure_number
        case Boolean():
            return _structure_bool
        case Date():
            return _structure_date
        case AnyDate():
            return _any_date_hook(node.spec)
        case Scalar():
            return _scalar_hook(node.spec)
        case Choice(cls):
            return _enum_hook(cls)
        case Record(cls):
            return _late_structure(cls)
        case Tagged():
            return _tagged_hook(node)
        case Items(item):
            return _tuple_hook(_structure_hook(item))
        case Nullable(inner):
            return _optional_hook(_structure_hook(inner))
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _late_unstructure(cls: type) -> Unstructure:
    def unstructure(value: object) -> object:
        return _record_unstructure(cls)(value)

    return unstructure


def _unstructure_hook(node: Node) -> Unstructure:
    """The hook that writes a value of ``node`` as JSON types."""
    match node:
        case Text() | Integer() | Number() | Boolean():
            return _same
        case Date() | AnyDate():
            return _unstructure_date
        case Scalar():
            return node.spec.write
        case Choice():
            return _unstructure_enum
        case Record(cls):
            return _late_unstructure(cls)
        case Tagged(members):
            by_class = {cls: (shape(cls).tag, _late_unstructure(cls)) for cls in members}

            def tagged(value: object) -> object:
                tag, write = by_class[type(value)]
                data = write(value)
                return {TAG_KEY: tag, **data}  # type: ignore[dict-item]

            return tagged
        case Items(item):
            write_item = _unstructure_hook(item)
            return lambda value: [write_item(each) for each in value]
        case Nullable(inner):
            write_inner = _unstructure_hook(inner)
            return lambda value: None if value is None else write_inner(value)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


# Record classes.


def _attribute_name(error: BaseException) -> str | None:
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return note.name
    return None


def _flatten(cls: type, data: Mapping[object, object], error: ClassValidationError) -> Problems:
    """Turn cattrs' error tree for one class into located details.

    When fields failed to load, the class's own checks and rules still run on the fields
    that did load, so that one pass reports every problem.
    """
    details = Problems()
    failed: set[str] = set()
    from_constructor = False
    for sub in error.exceptions:
        name = _attribute_name(sub)
        loc: Loc = () if name is None else (name,)
        if name is not None:
            failed.add(name)
        if isinstance(sub, ValidationError):
            from_constructor = from_constructor or name is None
            details.add(sub, loc)
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
        details.merge(_partial_problems(cls, data, failed))
    order: dict[str | int, int] = {f.name: index for index, f in enumerate(shape(cls).fields)}
    details.details.sort(
        key=lambda detail: order.get(detail.loc[0], len(order)) if detail.loc else -1
    )
    return details


def _partial_problems(cls: type, data: Mapping[object, object], failed: set[str]) -> Problems:
    """The checks and rules of ``cls`` on the fields that loaded."""
    values: dict[str, object] = {}
    for field, attribute in zip(shape(cls).fields, attrs.fields(cls), strict=True):
        if field.name in failed:
            continue
        if field.name in data:
            value = _structure_hook(field.node)(data[field.name], None)
        elif not field.required:
            value = field.default
        else:
            continue
        convert = attribute.converter
        if isinstance(convert, attrs.Converter):  # the text fields' (see model._base)
            convert = typing.cast("Any", convert).converter  # its function: not in the stubs
        values[field.name] = value if convert is None else convert(value)
    return problems(cls, values)


@functools.cache
def _record_structure(cls: type) -> Structure:
    attrs.resolve_types(typing.cast("Any", cls))
    overrides = {f.name: override(struct_hook=_structure_hook(f.node)) for f in shape(cls).fields}
    generated: Callable[[Any, type], object] = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=True,
        **overrides,  # type: ignore[arg-type]
    )

    def structure(value: object, _: object) -> object:
        if not isinstance(value, dict):
            fail(wrong_type((), "object", value))
        if type(value) is not dict:
            value = dict(value)  # a defaultdict must not fill in what is missing
        try:
            return generated(value, cls)
        except ClassValidationError as error:
            raise _flatten(cls, value, error).error() from None

    return structure


@functools.cache
def _record_unstructure(cls: type) -> Callable[[Any], dict[str, Any]]:
    attrs.resolve_types(typing.cast("Any", cls))
    overrides = {
        f.name: override(unstruct_hook=_unstructure_hook(f.node)) for f in shape(cls).fields
    }
    return make_dict_unstructure_fn(
        cls,
        converter,
        _cattrs_omit_if_default=True,
        **overrides,  # type: ignore[arg-type]
    )


def _structure_record(value: object, cls: type) -> object:
    return _record_structure(cls)(value, cls)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    # Every field of a record is read and written by the hooks its node resolves to;
    # the converter dispatches only on the record classes themselves.
    conv.register_structure_hook_factory(is_record, lambda _: _structure_record)
    conv.register_unstructure_hook_factory(is_record, _record_unstructure)
    conv.register_structure_hook_factory(_is_scalar, lambda cls: _scalar_hook(_spec(cls)))
    conv.register_unstructure_hook_factory(_is_scalar, lambda cls: _spec(cls).write)
    return conv


def _is_scalar(cls: object) -> bool:
    return isinstance(cls, type) and scalar_spec(cls) is not None


def _spec(cls: type) -> ScalarSpec:
    spec = scalar_spec(cls)
    assert spec is not None  # noqa: S101 - registered for scalars only
    return spec


#: The library's converter. Use :func:`to_dict` and :func:`from_dict`; reconfiguring it
#: changes what every record reads and writes.
converter: Final = _make_converter()
