"""Equivalent pydantic v2 and msgspec models, derived from ipprogram's own classes.

Deriving them keeps the three models the same shape field for field, and their type
strictness matches ipprogram's: strings, integers and booleans are never coerced,
unknown keys are refused, enums take their values only, union members carry a
``"type"`` tag, and instances are frozen. Dates are ISO strings in dicts and JSON.

They check less than ipprogram, and ``strictness.py`` counts what: they accept empty
text, duplicate JSON keys (the last wins), every rule ipprogram applies (dates in
order, unique ids, counts not negative, place codes and places as of a date), and
pydantic also a date with a time; they keep text unstripped and not in NFC. A ratio to
them compares ipprogram's checks with fewer checks.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Annotated, Any, Literal

import msgspec
import pydantic

import ipprogram
from ipprogram import places
from ipprogram.model.shape import (
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
    shape,
)


class _Builder:
    """Build one peer model per ipprogram class, and tagged variants for unions."""

    #: How many levels of a class inside itself (an organisation's parent's parent...)
    #: the peers model; deeper is left out, as no benchmark record goes deeper.
    self_nesting = 4

    def __init__(self) -> None:
        self.cache: dict[tuple[type, bool, int], Any] = {}
        self.depth: Counter[type] = Counter()

    def model(self, cls: type, *, tagged: bool = False) -> Any:  # noqa: ANN401
        level = self.depth[cls]
        if level >= self.self_nesting:
            return None
        key = (cls, tagged, level)
        if key not in self.cache:
            self.depth[cls] += 1
            self.cache[key] = self.build(cls, tagged=tagged, level=level)
            self.depth[cls] -= 1
        return self.cache[key]

    def convert(self, node: Node) -> Any:  # noqa: C901, PLR0912, ANN401 - one branch per kind
        """Map an ipprogram field's node to the peer's annotation (None: left out)."""
        match node:
            case Text():
                return self.primitive(str)
            case Integer():
                return self.primitive(int)
            case Number():
                return int | float
            case Boolean():
                return self.primitive(bool)
            case Date():
                return self.primitive(dt.date)
            case AnyDate():
                return self.any_date(node.spec.pattern)
            case Scalar():
                return self.scalar(node.spec.pattern)
            case Choice(cls):
                return Literal[tuple(member.value for member in cls)]
            case Record(cls):
                return self.model(cls)
            case Tagged(members):
                return self.union([self.model(m, tagged=True) for m in members])
            case Items(item):
                return self.sequence(tuple[self.convert(item), ...])  # type: ignore[misc]
            case Nullable(inner):
                converted = self.convert(inner)
                return type(None) if converted is None else typing.Optional[converted]  # noqa: UP045
            case _:  # pragma: no cover - every kind is handled above
                typing.assert_never(node)

    def fields(self, cls: type) -> list[tuple[str, Any, Any]]:
        result = []
        for field in shape(cls).fields:
            default = ... if field.required else field.default
            if isinstance(default, tuple):
                default = tuple(getattr(item, "value", item) for item in default)
            result.append((field.name, self.convert(field.node), default))
        return result

    def build(self, cls: type, *, tagged: bool, level: int) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def primitive(self, annotation: type) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def scalar(self, pattern: str) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def union(self, members: list[Any]) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def any_date(self, pattern: str) -> Any:  # noqa: ANN401
        """A whole date, or a string of the partial-date pattern."""
        return typing.Union[self.primitive(dt.date), self.scalar(pattern)]  # noqa: UP007

    def sequence(self, annotation: Any) -> Any:  # noqa: ANN401
        """Let a JSON array (a list, in a dict) fill a tuple field."""
        return annotation


class PydanticBuilder(_Builder):
    """pydantic v2 models: strict, extra keys forbidden, frozen."""

    config = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)

    def build(self, cls: type, *, tagged: bool, level: int) -> Any:  # noqa: ANN401
        definitions: dict[str, Any] = {}
        if tagged:
            definitions["type"] = (Literal[cls.TAG], ...)  # type: ignore[attr-defined]
        for name, annotation, default in self.fields(cls):
            definitions[name] = (annotation, default)
        suffix = ("Tagged" if tagged else "") + (str(level) if level else "")
        return pydantic.create_model(
            f"{cls.__name__}{suffix}",
            __config__=self.config,
            **definitions,
        )

    def primitive(self, annotation: type) -> Any:  # noqa: ANN401
        if annotation is dt.date:
            return Annotated[dt.date, pydantic.Strict(strict=False)]  # ISO strings in dicts
        return annotation

    def scalar(self, pattern: str) -> Any:  # noqa: ANN401
        return Annotated[str, pydantic.StringConstraints(pattern=pattern)]

    def sequence(self, annotation: Any) -> Any:  # noqa: ANN401
        return Annotated[annotation, pydantic.Strict(strict=False)]  # lists, not strings

    def union(self, members: list[Any]) -> Any:  # noqa: ANN401
        return Annotated[typing.Union[tuple(members)], pydantic.Field(discriminator="type")]  # noqa: UP007


def _tidy_text(value: str) -> str:
    """Text as ipprogram stores it: stripped, composed to NFC, and not empty."""
    tidy = unicodedata.normalize("NFC", value.strip())
    if not tidy:
        msg = "empty text"
        raise ValueError(msg)
    return tidy


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """A date as ipprogram reads one: ``YYYY-MM-DD`` and nothing else."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        msg = "not a YYYY-MM-DD date"
        raise ValueError(msg)
    return value


#: Pairs of fields that must be in order, as ipprogram's rules require.
_ORDERED = (("date", "end_date"), ("filing_date", "grant_date"), ("start", "end"))
#: Integer fields that must not be negative.
_COUNTS = frozenset({"count", "total", "in_progress", "stated_prize_count"})


def _as_date(value: object) -> dt.date | None:
    """A whole date, which a union of date and partial-date text may hold as text."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    return None


def rules_for(cls: type) -> Callable[[Any], Any] | None:  # noqa: C901 - one test per rule
    """The rules of ipprogram that the census exercises, for one class's pydantic model.

    Only the checks that apply to the class's fields are kept, so that a model pays for
    its own rules alone.
    """
    names = {field.name for field in shape(cls).fields}
    ordered = [(a, b) for a, b in _ORDERED if a in names and b in names]
    counts = sorted(_COUNTS & names)
    awards = "awards" in names
    code = cls is ipprogram.Locality
    place = "locality" in names and "date" in names
    if not (ordered or counts or awards or code or place):
        return None

    def check(model: Any) -> Any:  # noqa: ANN401 - one branch per rule
        for first, second in ordered:
            start, end = _as_date(getattr(model, first)), _as_date(getattr(model, second))
            if start is not None and end is not None and end < start:
                msg = f"{second} is before {first}"
                raise ValueError(msg)
        for name in counts:
            value = getattr(model, name)
            if value is not None and value < 0:
                msg = f"{name} is negative"
                raise ValueError(msg)
        if awards:
            ids = [award.id for award in model.awards if award.id is not None]
            if len(ids) != len(set(ids)):
                msg = "two awards with one id"
                raise ValueError(msg)
        if code and model.code is not None and not model.code.isdigit():
            msg = "a code of digits"
            raise ValueError(msg)
        if place:
            _province_on(model.locality, _as_date(model.date))
        return model

    return check


def _province_on(place: Any, date: dt.date | None) -> None:  # noqa: ANN401
    """Refuse a province that did not exist on the date (Resolution 202/2025/QH15)."""
    if place is None or place.kind != "province" or date is None:
        return
    try:
        places.find(place.name, as_of=date)
    except LookupError:
        if any(unit.level == "province" for unit in places.find_all(place.name)):
            msg = f"{place.name} did not exist on {date}"
            raise ValueError(msg) from None


class StrictPydanticBuilder(PydanticBuilder):
    """pydantic v2 models that check what ipprogram checks on the census's inputs.

    Text is stripped, composed to NFC and refused when empty; dates are ``YYYY-MM-DD``
    only; the rules the census exercises run as model validators (:func:`rules_for`).
    Duplicate JSON keys are refused before pydantic sees the text, by
    :func:`strict_pydantic_json`, as pydantic's JSON parser keeps the last value. Other
    rules of ipprogram (identifiers, tallies, claims, place levels) are not written:
    this model checks less than ipprogram, never more.
    """

    def build(self, cls: type, *, tagged: bool, level: int) -> Any:  # noqa: ANN401
        model = super().build(cls, tagged=tagged, level=level)
        check = rules_for(cls)
        if check is None:
            return model
        return pydantic.create_model(
            f"{model.__name__}Strict",
            __base__=model,
            __validators__={"rules": pydantic.model_validator(mode="after")(check)},  # type: ignore[dict-item]
        )

    def primitive(self, annotation: type) -> Any:  # noqa: ANN401
        if annotation is str:
            return Annotated[str, pydantic.AfterValidator(_tidy_text)]
        if annotation is dt.date:
            return Annotated[
                dt.date, pydantic.Strict(strict=False), pydantic.BeforeValidator(_iso_date)
            ]
        return annotation


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        msg = "duplicate JSON key"
        raise ValueError(msg)
    return dict(pairs)


def strict_pydantic_json(model: type[pydantic.BaseModel]) -> Any:  # noqa: ANN401
    """A JSON reader for a strict model: duplicate keys refused, then pydantic validates.

    >>> read = strict_pydantic_json(strict_pydantic_model(ipprogram.Person))
    >>> read('{"full_name": " Đoàn Thu Hà "}').full_name
    'Đoàn Thu Hà'
    """

    def read(text: str) -> pydantic.BaseModel:
        try:
            data = json.loads(text, object_pairs_hook=_no_duplicates)
        except ValueError as error:
            raise pydantic.ValidationError.from_exception_data(
                "duplicate key", [{"type": "value_error", "input": text, "ctx": {"error": error}}]
            ) from None
        return model.model_validate(data)

    return read


class MsgspecBuilder(_Builder):
    """msgspec Structs: unknown fields forbidden, frozen, tagged unions."""

    def build(self, cls: type, *, tagged: bool, level: int) -> Any:  # noqa: ANN401
        fields = self.fields(cls)
        ordered = [(n, a) for n, a, d in fields if d is ...] + [
            (n, a, d) for n, a, d in fields if d is not ...
        ]
        suffix = ("Tagged" if tagged else "") + (str(level) if level else "")
        return msgspec.defstruct(
            f"{cls.__name__}{suffix}",
            ordered,
            kw_only=True,
            frozen=True,
            forbid_unknown_fields=True,
            omit_defaults=True,
            tag=cls.TAG if tagged else None,  # type: ignore[attr-defined]
            tag_field="type" if tagged else None,
        )

    def primitive(self, annotation: type) -> Any:  # noqa: ANN401
        return annotation

    def scalar(self, pattern: str) -> Any:  # noqa: ANN401
        return Annotated[str, msgspec.Meta(pattern=pattern)]

    def union(self, members: list[Any]) -> Any:  # noqa: ANN401
        return typing.Union[tuple(members)]  # noqa: UP007

    def any_date(self, pattern: str) -> Any:  # noqa: ANN401
        """A string of the pattern: a msgspec union holds one string-like type only.

        So msgspec keeps a whole date as text where ipprogram and pydantic make a date.
        """
        return self.scalar(pattern)


def pydantic_model(cls: type) -> type[pydantic.BaseModel]:
    """The pydantic v2 model equivalent to an ipprogram class."""
    model: type[pydantic.BaseModel] = PydanticBuilder().model(cls)
    return model


def strict_pydantic_model(cls: type) -> type[pydantic.BaseModel]:
    """The pydantic v2 model that also checks text, dates and the census's rules."""
    model: type[pydantic.BaseModel] = StrictPydanticBuilder().model(cls)
    return model


def msgspec_model(cls: type) -> type[msgspec.Struct]:
    """The msgspec Struct equivalent to an ipprogram class."""
    model: type[msgspec.Struct] = MsgspecBuilder().model(cls)
    return model


__all__ = [
    "ipprogram",
    "msgspec_model",
    "pydantic_model",
    "strict_pydantic_json",
    "strict_pydantic_model",
]
