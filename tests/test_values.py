"""Records and the places' units compare and hash by value as attrs' own methods do."""

from __future__ import annotations

import itertools
import pickle
from typing import Any

import attrs

import ipprogram as ip
from ipprogram import places
from ipprogram._values import COMPILE_AFTER, by_value
from ipprogram.ids.legal_document import LegalDocumentNumber


def _records(value: object, out: dict[type, list[Any]]) -> None:
    """Every attrs instance inside ``value``, by class."""
    if isinstance(value, tuple):
        for item in value:
            _records(item, out)
    elif attrs.has(cls := type(value)):
        out.setdefault(cls, []).append(value)
        for field in attrs.fields(cls):
            _records(getattr(value, field.name), out)


_TWINS: dict[type, type] = {}


def _twin(record: Any) -> Any:
    """The same values in a class whose ``__eq__`` and ``__hash__`` attrs wrote."""
    cls = type(record)
    names = [field.name for field in attrs.fields(cls)]
    if cls not in _TWINS:
        _TWINS[cls] = attrs.make_class(cls.__name__, names, frozen=True)
    return _TWINS[cls](*(getattr(record, name) for name in names))


def test_equality_and_hash_are_those_attrs_writes() -> None:
    """Every pair of records of one class: equal exactly when attrs' twins are."""
    found: dict[type, list[Any]] = {}
    for record in (ip.examples.langson_2020(), ip.examples.langson_programme()):
        _records(record, found)
    _records(ip.from_json(ip.Event, ip.to_json(ip.examples.langson_2020())), found)
    for unit in places.with_code("06463"):
        _records(unit, found)
    _records(LegalDocumentNumber(number=535, year=None, type_code="QĐ", issuer="UBND"), found)
    assert len(found) > 20
    pairs = 0
    for cls, records in found.items():
        for left, right in itertools.product(records[:12], repeat=2):
            pairs += 1
            assert (left == right) is (_twin(left) == _twin(right)), (cls, left, right)
            assert (left != right) is (_twin(left) != _twin(right))
            if left == right:
                assert hash(left) == hash(right)
        assert records[0].__eq__(object()) is NotImplemented
        assert pickle.loads(pickle.dumps(records[0])) == records[0]  # noqa: S301 - our own
    assert pairs > 500


def test_classes_with_the_same_fields_are_not_equal() -> None:
    """Equal values in two classes are two different values, as with attrs."""

    @by_value
    @attrs.frozen(eq=False)
    class Left:
        value: int

    @by_value
    @attrs.frozen(eq=False)
    class Right:
        value: int

    @by_value
    @attrs.frozen(eq=False)
    class Empty:
        pass

    assert Left(1) == Left(1)
    assert Left(1) != Right(1)  # type: ignore[comparison-overlap]
    assert Left(1) != Left(2)
    assert Empty() == Empty()
    assert hash(Empty()) == hash(Empty())
    assert len({Left(1), Left(1), Right(1)}) == 2


def test_the_compiled_methods_give_what_the_first_calls_gave() -> None:
    """A record keeps its hash, and pairs their verdicts, when the methods are compiled."""

    @by_value
    @attrs.frozen(eq=False)
    class Mark:
        name: str
        classes: tuple[int, ...]

    records = [Mark("Na Rì", (31,)), Mark("Na Rì", (31,)), Mark("Na Rì", (29,)), Mark("", ())]
    before = [hash(record) for record in records]
    verdicts = [records[0] == right for right in records]  # 8 calls so far
    assert "__ipprogram_compiled__" not in vars(vars(Mark)["__eq__"])
    for _ in range(COMPILE_AFTER):
        hash(records[0])
    assert vars(Mark)["__eq__"].__ipprogram_compiled__ is True
    assert [hash(record) for record in records] == before
    assert [records[0] == right for right in records] == verdicts == [True, True, False, False]
    assert len(set(records)) == 3
