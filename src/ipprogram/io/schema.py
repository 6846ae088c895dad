"""JSON Schema (draft 2020-12) for the documents :func:`~ipprogram.from_dict` reads.

The schema is generated from the model, so it cannot drift from it. It states what a
web form or another language needs to build a valid document: the JSON type of every
field, the vocabularies, which keys are required and that no other key is allowed, the
``"type"`` tag of union members, text that is not blank, and the ISO forms of dates.
For a form builder it gives each field a Vietnamese ``title`` (the labels of
:mod:`ipprogram.model.labels`), each record a ``description`` from its docstring, each
enum value a ``oneOf`` entry with its ``const`` and Vietnamese ``title``, the bounds of
numbers (every number within ±10^18, counts not negative, Nice classes 1–45, each once),
the digits of IP Office numbers,
an ``$id`` (``urn:ipprogram:schema:2:Event``) and, for the classes of the built-in
examples, an example document.

Two kinds of rule stay with :func:`~ipprogram.from_dict`: those across fields or
against data (a period's order, counts against named recipients, identifier formats,
places as of a date), and one JSON Schema cannot state: a number written ``2.0`` is an
``integer`` to JSON Schema but not to ipprogram, which wants ``2``.
"""

from __future__ import annotations

import enum
import functools
import inspect
import typing
from typing import Any, Final

from ipprogram.io.converter import RECORD_KEY, SCHEMA_VERSION, SUPPORTED_VERSIONS, VERSION_KEY
from ipprogram.model._base import IRI_PATTERN
from ipprogram.model.enums import LabelledEnum
from ipprogram.model.labels import label_of
from ipprogram.model.shape import (
    ISO_DATE,
    MAX_MAGNITUDE,
    NOT_BLANK,
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
    Tagged,
    Text,
    is_record,
    shape,
)

__all__ = ["CONSTRAINTS", "DIALECT", "ID_PREFIX", "json_schema"]

#: The JSON Schema dialect of every generated schema.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
#: The ``$id`` of the schema of class ``C`` is this, the schema version, ``:`` and ``C``.
ID_PREFIX: Final = "urn:ipprogram:schema:"

_NOT_NEGATIVE: Final = {"minimum": 0}
#: What may separate the digits of an IP Office number as written: white space and
#: every dash :func:`ipprogram.ids._common.clean` reads as ``-``.
_SEPARATORS: Final = "[\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]*"


def _digits(least: int, most: int) -> dict[str, Any]:
    """A number of ``least`` to ``most`` digits as written, after a prefix ("Số:").

    The digits may be separated by spaces and dashes. It admits every form
    :mod:`ipprogram.ids` accepts, and more: the checks of the type digit, the year and
    the serial stay with ``from_dict``.
    """
    return {
        "pattern": f"^[^0-9]*(?:[0-9]{_SEPARATORS}){{{least},{most}}}$",
        "description": f"{least}–{most} digits" if least != most else f"{least} digits",
    }


#: What the model's rules say of single fields that JSON Schema can say too, by
#: ``(class name, field)``: merged into the field's schema (into ``items`` for a tuple,
#: into the non-null branch for an optional field).
CONSTRAINTS: Final[dict[tuple[str, str], dict[str, Any]]] = {
    ("RecipientCount", "count"): _NOT_NEGATIVE,
    ("RightsCount", "count"): _NOT_NEGATIVE,
    ("Prize", "count"): _NOT_NEGATIVE,
    ("Award", "stated_prize_count"): _NOT_NEGATIVE,
    ("RightsTally", "total"): _NOT_NEGATIVE,
    ("RightsTally", "in_progress"): _NOT_NEGATIVE,
    # The Nice Classification (Nice Agreement, 1957) has classes 1–45: 34 of goods and 11
    # of services. A mark names each at most once.
    ("Trademark", "nice_classes"): {"items": {"minimum": 1, "maximum": 45}, "uniqueItems": True},
    # IP Office numbers (ipprogram.ids): applications T-YYYY-NNNNN, mark certificates
    # 4-NNNNNNN-000 or their bare serial, GI certificates of up to five digits.
    ("Trademark", "application_number"): _digits(10, 10),
    ("Trademark", "certificate_number"): _digits(1, 11),
    ("GeographicalIndication", "application_number"): _digits(10, 10),
    ("GeographicalIndication", "certificate_number"): _digits(1, 5),
    # A record's own IRI (ipprogram.model._base.check_iri): absolute, RFC 3987.
    **{
        (name, "iri"): {"format": "iri", "pattern": IRI_PATTERN}
        for name in ("Event", "Programme", "Project", "Organization", "Person", "Product")
    },
}

_TEXT: Final = {"type": "string", "pattern": NOT_BLANK}
_DATE: Final = {"type": "string", "format": "date", "pattern": ISO_DATE}


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
        properties: dict[str, Any] = {}
        required: list[str] = []
        if tagged:
            properties[TAG_KEY] = {"const": shape(cls).tag}
            required.append(TAG_KEY)
        for field in shape(cls).fields:
            schema = _constrained(
                self.node(field.node), CONSTRAINTS.get((cls.__name__, field.name))
            )
            schema = {"title": label_of(cls, field.name), **schema}
            if field.required:
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

    def node(self, node: Node) -> dict[str, Any]:  # noqa: C901, PLR0912 - one branch per kind
        """The schema of a value of ``node``."""
        match node:
            case Text():
                return _TEXT
            case Integer():
                return {"type": "integer", **_MAGNITUDE}
            case Number():
                return {"type": "number", **_MAGNITUDE}
            case Boolean():
                return {"type": "boolean"}
            case Date():
                return _DATE
            case AnyDate():
                spec = node.spec
                return {
                    "type": "string",
                    "pattern": spec.pattern,
                    "description": f"a whole date YYYY-MM-DD, or {spec.description}",
                }
            case Scalar():
                spec = node.spec
                return {"type": "string", "pattern": spec.pattern, "description": spec.description}
            case Choice(cls):
                if issubclass(cls, LabelledEnum):
                    return {"oneOf": [{"const": m.value, "title": m.label} for m in cls]}
                return {"enum": [member.value for member in cls]}
            case Record(cls):
                return self.ref(cls)
            case Tagged(members):
                return {"oneOf": [self.ref(member, tagged=True) for member in members]}
            case Items(item):
                return {"type": "array", "items": self.node(item)}
            case Nullable(inner):
                return {"anyOf": [self.node(inner), {"type": "null"}]}
            case _:  # pragma: no cover - every kind is handled above
                typing.assert_never(node)


_MAGNITUDE: Final = {"minimum": -MAX_MAGNITUDE, "maximum": MAX_MAGNITUDE}


def _constrained(schema: dict[str, Any], extra: dict[str, Any] | None) -> dict[str, Any]:
    """``schema`` with the constraints ``extra`` merged where they apply."""
    if extra is None:
        return dict(schema)
    if "anyOf" in schema:  # an optional field: constrain the value, not the null
        value, null = schema["anyOf"]
        return {**schema, "anyOf": [_constrained(value, extra), null]}
    merged = dict(schema)
    for key, value in extra.items():
        if key == "items":
            merged["items"] = {**merged["items"], **value}
        else:
            merged[key] = value
    return merged


def _examples(cls: type) -> list[dict[str, Any]]:
    """The built-in examples of ``cls`` as documents, for a form to show."""
    from ipprogram import examples  # noqa: PLC0415 - the examples load only for a schema
    from ipprogram.io.converter import to_dict  # noqa: PLC0415

    makers = {
        "Event": examples.langson_2020,
        "Programme": examples.langson_programme,
        "Trademark": examples.hung_yen_honey,
        "GeographicalIndication": examples.ham_yen_oranges,
    }
    maker = makers.get(cls.__name__)
    return [] if maker is None else [to_dict(maker())]


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
    versions = {"enum": sorted(SUPPORTED_VERSIONS), "default": SCHEMA_VERSION}
    kind = {"const": cls.__name__, "title": "Loại bản ghi"}
    root["properties"] = {VERSION_KEY: versions, RECORD_KEY: kind, **root["properties"]}
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"{ID_PREFIX}{SCHEMA_VERSION}:{cls.__name__}",
        "title": cls.__name__,
        **root,
    }
    found = _examples(cls)
    if found:
        schema["examples"] = found
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def json_schema(cls: type) -> dict[str, Any]:
    """Return the JSON Schema of the documents that :func:`~ipprogram.from_dict` reads as ``cls``.

    The top level may carry ``"schema_version"``, one of the versions
    :func:`~ipprogram.from_dict` reads (2, written today, or 1), and ``"record_type"``,
    the class's name; nested records may not. Each call
    returns a new dict, so it may be changed freely.

    >>> from ipprogram import Person
    >>> schema = json_schema(Person)
    >>> schema["required"], schema["additionalProperties"]
    (['full_name'], False)
    >>> schema["properties"]["gender"]  # doctest: +NORMALIZE_WHITESPACE
    {'title': 'Giới tính',
     'anyOf': [{'oneOf': [{'const': 'female', 'title': 'nữ'}, {'const': 'male', 'title': 'nam'}]},
               {'type': 'null'}],
     'default': None}
    """
    given: object = cls  # checked at run time too, for callers without a type checker
    if not is_record(given):
        msg = f"json_schema() takes an ipprogram record class, not {given!r}"
        raise TypeError(msg)
    fresh: dict[str, Any] = _deep_copy(_schema(typing.cast("type", given)))
    return fresh


def _deep_copy(value: Any) -> Any:  # noqa: ANN401 - JSON values
    if isinstance(value, dict):
        return {key: _deep_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_deep_copy(item) for item in value]
    return value
