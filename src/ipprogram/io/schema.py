"""JSON Schema (draft 2020-12) for the documents :func:`~ipprogram.from_dict` reads.

The schema is generated from the model, so it cannot drift from it. It states what a
web form or another language needs to build a valid document: the JSON type of every
field, the vocabularies, which keys are required and that no other key is allowed, the
``"type"`` tag of union members, text that is not blank, and the ISO forms of dates.
Two kinds of rule stay with :func:`~ipprogram.from_dict`: those across fields or
against data (a period's order, counts against named recipients, identifier formats,
places as of a date), and one JSON Schema cannot state: a number written ``2.0`` is an
``integer`` to JSON Schema but not to ipprogram, which wants ``2``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import types
import typing
from typing import Any, Final

import attrs

from ipprogram.io.converter import SCHEMA_VERSION, TAG_KEY, VERSION_KEY
from ipprogram.model import PartialDate

__all__ = ["DIALECT", "json_schema"]

#: The JSON Schema dialect of every generated schema.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

_TEXT: Final = {"type": "string", "pattern": r"\S"}
_DATE: Final = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_PARTIAL_DATE: Final = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ")


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, cls: type, *, tagged: bool = False) -> dict[str, Any]:
        name = f"{cls.__name__}.tagged" if tagged else cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve first: classes may contain themselves
            self.defs[name] = self.record(cls, tagged=tagged)
        return {"$ref": f"#/$defs/{name}"}

    def record(self, cls: type, *, tagged: bool = False) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if tagged:
            properties[TAG_KEY] = {"const": cls.TAG}  # type: ignore[attr-defined]
            required.append(TAG_KEY)
        for field in attrs.fields(cls):
            schema = dict(self.annotation(hints[field.name]))
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                schema["default"] = _json_default(field.default)
            properties[field.name] = schema
        return {
            "type": "object",
            "description": _summary(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def annotation(self, annotation: object) -> dict[str, Any]:
        simple: dict[object, dict[str, Any]] = {
            str: _TEXT,
            int: {"type": "integer"},
            bool: {"type": "boolean"},
            dt.date: _DATE,
            PartialDate: _PARTIAL_DATE,
        }
        if annotation in simple:
            return simple[annotation]
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return {"enum": [member.value for member in annotation]}
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (types.UnionType, typing.Union):
            members = [arg for arg in args if arg is not type(None)]
            nullable = len(members) < len(args)
            if set(members) == {int, float}:
                inner: dict[str, Any] = {"type": "number"}
            elif len(members) == 1:
                inner = self.annotation(members[0])
            else:
                inner = {"oneOf": [self.ref(member, tagged=True) for member in members]}
            return {"anyOf": [inner, {"type": "null"}]} if nullable else inner
        if origin is tuple:
            return {"type": "array", "items": self.annotation(args[0])}
        if isinstance(annotation, type) and attrs.has(annotation):
            return self.ref(annotation)
        msg = f"no JSON Schema for {annotation!r}"  # pragma: no cover - the model's types only
        raise TypeError(msg)


def _json_default(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


@functools.cache
def _schema(cls: type) -> dict[str, Any]:
    builder = _Builder()
    root = builder.record(cls)
    root["properties"] = {VERSION_KEY: {"const": SCHEMA_VERSION}, **root["properties"]}
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "title": cls.__name__,
        **root,
    }
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def json_schema(cls: type) -> dict[str, Any]:
    """Return the JSON Schema of the documents that :func:`~ipprogram.from_dict` reads as ``cls``.

    The top level may carry ``"schema_version": 1``; nested records may not. Each call
    returns a new dict, so it may be changed freely.

    >>> from ipprogram import Person
    >>> schema = json_schema(Person)
    >>> schema["required"], schema["additionalProperties"]
    (['full_name'], False)
    >>> schema["properties"]["gender"]
    {'anyOf': [{'enum': ['female', 'male']}, {'type': 'null'}], 'default': None}
    """
    given: object = cls  # checked at run time too, for callers without a type checker
    if not (isinstance(given, type) and attrs.has(given)):
        msg = f"json_schema() takes an ipprogram record class, not {given!r}"
        raise TypeError(msg)
    fresh: dict[str, Any] = _deep_copy(_schema(given))
    return fresh


def _deep_copy(value: Any) -> Any:  # noqa: ANN401 - JSON values
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_deep_copy(item) for item in value]
    return value
