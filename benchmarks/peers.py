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
import typing
from collections import Counter
from typing import Annotated, Any, Literal

import msgspec
import pydantic

import ipprogram
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


def msgspec_model(cls: type) -> type[msgspec.Struct]:
    """The msgspec Struct equivalent to an ipprogram class."""
    model: type[msgspec.Struct] = MsgspecBuilder().model(cls)
    return model


__all__ = ["ipprogram", "msgspec_model", "pydantic_model"]
