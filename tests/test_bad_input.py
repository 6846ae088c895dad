"""Bad input raises ValidationError, with every problem at its exact path."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

import ipprogram as ip
from ipprogram.model.shape import Choice, Date, Node, Nullable, shape
from tests.samples import SAMPLES

CLASSES = sorted(SAMPLES, key=lambda cls: cls.__name__)


def problems(cls: type, data: object) -> list[tuple[str, str]]:
    """Load ``data`` as ``cls`` and return (path, code) for every problem reported."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(cls, data)
    return [(detail.path, detail.code) for detail in caught.value.errors]


def sample_dict(cls: type) -> dict[str, Any]:
    """The sample record of ``cls`` as a dict, without the schema version and record type."""
    data = ip.to_dict(SAMPLES[cls])
    del data["schema_version"], data["record_type"]
    return data


def _is_enum(node: Node) -> bool:
    return isinstance(node.inner if isinstance(node, Nullable) else node, Choice)


def _wrong_value(value: object) -> object:
    """A JSON value of another type than ``value``."""
    if isinstance(value, str):
        return 12
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "not a list"
    return ["not", "an", "object"]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_samples_are_valid(cls: type) -> None:
    """Each sample loads back, so the tests below change one thing at a time."""
    assert ip.from_dict(cls, sample_dict(cls)) == SAMPLES[cls]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_unknown_key(cls: type) -> None:
    """A key the class does not have is an error at that key."""
    data = sample_dict(cls)
    data["colour"] = "đỏ"
    assert problems(cls, data) == [("$.colour", "unknown_key")]


WITH_REQUIRED = [cls for cls in CLASSES if any(f.required for f in shape(cls).fields)]


@pytest.mark.parametrize("cls", WITH_REQUIRED, ids=lambda cls: cls.__name__)
def test_missing_required_fields(cls: type) -> None:
    """Every required field left out is reported, each at its own key."""
    required = [f.name for f in shape(cls).fields if f.required]
    data = {k: v for k, v in sample_dict(cls).items() if k not in required}
    assert problems(cls, data) == [(f"$.{name}", "missing") for name in required]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_wrong_type_of_each_field(cls: type) -> None:
    """A value of the wrong JSON type is an error at that field, for every field."""
    data = sample_dict(cls)
    for key, value in data.items():
        bad = {**data, key: _wrong_value(value)}
        expected = "invalid_choice" if _is_enum(shape(cls).field(key).node) else "wrong_type"
        assert problems(cls, bad) == [(f"$.{key}", expected)], key


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_not_an_object(cls: type) -> None:
    """A list, a string or null where a record belongs is a wrong_type at the root."""
    data: object
    for data in ([], "Lạng Sơn", None, 3):
        assert problems(cls, data) == [("$", "wrong_type")]


@pytest.mark.parametrize(
    ("cls", "key", "value"),
    [
        (ip.RecipientCount, "count", "3"),
        (ip.RecipientCount, "count", 2.7),
        (ip.RecipientCount, "count", True),
        (ip.Product, "name", 2020),
        (ip.Person, "full_name", ["Đ", "o"]),
        (ip.Participant, "roles", "speaker"),
        (ip.Event, "date", 20201202),
    ],
)
def test_nothing_is_coerced(cls: type, key: str, value: object) -> None:
    """A string is not a number, 2.7 is not 2, True is not 1, a string is not a list."""
    data = {**sample_dict(cls), key: value}
    assert problems(cls, data) == [(f"$.{key}", "wrong_type")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2020-02-30", "invalid_date"),
        ("2020-13-01", "invalid_date"),
        ("20201202", "invalid_partial_date"),
        ("2020-W49-3", "invalid_partial_date"),
        ("02/12/2020", "invalid_partial_date"),
        ("2020-12-2", "invalid_partial_date"),
        ("", "invalid_partial_date"),
    ],
)
def test_impossible_or_malformed_dates(text: str, code: str) -> None:
    """Dates are real calendar dates written YYYY-MM-DD, or the partial ISO forms."""
    data = {**sample_dict(ip.Event), "date": text}
    assert problems(ip.Event, data) == [("$.date", code)]
    whole_only = {"name": "Lạng Sơn", "as_of": text}
    assert problems(ip.Locality, whole_only) == [("$.as_of", "invalid_date")]


def test_bad_enum_value() -> None:
    """An enum is stored by value; a label or another word is not a value."""
    for value in ("Hội nghị tổng kết", "SUMMARY_CONFERENCE", "robot"):
        data = {**sample_dict(ip.Event), "kind": value}
        assert problems(ip.Event, data) == [("$.kind", "invalid_choice")]


def test_negative_count_deep_inside() -> None:
    """A negative count is reported at its full path."""
    data = sample_dict(ip.Event)
    data["awards"][1]["counts"][0]["count"] = -7
    assert problems(ip.Event, data) == [("$.awards[1].counts[0].count", "negative")]


def test_too_many_named_recipients() -> None:
    """Named recipients of a kind may not outnumber the count of that kind."""
    data = sample_dict(ip.Event)
    data["awards"][0]["recipients"] = [
        {"type": "organization", "name": f"Hợp tác xã {n}"} for n in range(3)
    ]
    assert problems(ip.Event, data) == [("$.awards[0].recipients", "too_many_recipients")]


def test_union_tags() -> None:
    """A union member without 'type', or with an unknown one, says so at 'type'."""
    data = sample_dict(ip.Event)
    missing = copy.deepcopy(data)
    del missing["participants"][0]["party"]["type"]
    unknown = copy.deepcopy(data)
    unknown["participants"][0]["party"]["type"] = "robot"
    assert problems(ip.Event, missing) == [("$.participants[0].party.type", "missing_tag")]
    assert problems(ip.Event, unknown) == [("$.participants[0].party.type", "unknown_tag")]


def test_every_problem_is_listed() -> None:
    """Problems in many places, of many kinds, come back together in one error."""
    data = sample_dict(ip.Event)
    data["date"] = "2020-02-30"
    data["venue"] = ""
    data["awards"][0]["form"] = "trophy"
    data["awards"][1]["counts"][1]["count"] = -1
    data["participants"][2]["party"]["type"] = "robot"
    data["reviews"][0]["period"] = {"start": "2021", "end": "2020"}
    data["photos"][0]["colour"] = "xanh"
    assert problems(ip.Event, data) == [
        ("$.date", "invalid_date"),
        ("$.venue", "empty_text"),
        ("$.reviews[0].period.start", "period_order"),
        ("$.participants[2].party.type", "unknown_tag"),
        ("$.awards[0].form", "invalid_choice"),
        ("$.awards[1].counts[1].count", "negative"),
        ("$.photos[0].colour", "unknown_key"),
    ]


def test_rules_still_run_beside_a_type_error() -> None:
    """A class's own rules are checked even when another of its fields fails to load."""
    data = {"start": "2021", "end": "2020", "note": "x"}
    assert problems(ip.Period, data) == [("$.start", "period_order"), ("$.note", "unknown_key")]
    award = {**sample_dict(ip.Award), "form": 3}
    award["counts"] = [{"kind": "individual", "count": 0}]
    award["recipients"] = [{"type": "person", "full_name": "Lý Văn A"}]
    assert problems(ip.Award, award) == [
        ("$.form", "invalid_choice"),
        ("$.recipients", "too_many_recipients"),
    ]


def test_unknown_award_reference() -> None:
    """Participants may only refer to awards the event has."""
    data = sample_dict(ip.Event)
    data["participants"][5]["party"]["award"] = "co-thi-dua"
    assert problems(ip.Event, data) == [("$.participants[5].party.award", "unknown_reference")]


def test_schema_version() -> None:
    """A document of an unknown schema version is refused; the current one is read."""
    data = ip.to_dict(ip.Period.years(2016, 2020))
    assert ip.from_dict(ip.Period, data) == ip.Period.years(2016, 2020)
    for version in (3, 0, "1", True, None):
        assert problems(ip.Period, {**data, "schema_version": version}) == [
            ("$.schema_version", "unsupported_version")
        ]


def test_non_string_keys_are_unknown() -> None:
    """A key that is not a string (possible from Python) is reported, not crashed on."""
    data: dict[Any, Any] = {**sample_dict(ip.Period), 7: "x"}
    assert problems(ip.Period, data) == [('$["7"]', "unknown_key")]


def _fields_of(cls: type, wanted: Callable[[Node], bool]) -> list[str]:
    return [f.name for f in shape(cls).fields if wanted(f.node)]


def _is_date(node: Node) -> bool:
    return isinstance(node.inner if isinstance(node, Nullable) else node, Date)


BAD_VALUES = [(_is_date, "2021-02-29", "invalid_date"), (_is_enum, "robot", "invalid_choice")]


@pytest.mark.parametrize(
    ("cls", "name", "value", "code"),
    [
        (cls, name, value, code)
        for cls in CLASSES
        for wanted, value, code in BAD_VALUES
        for name in _fields_of(cls, wanted)
    ],
    ids=str,
)
def test_bad_value_in_every_date_and_enum_field(
    cls: type, name: str, value: str, code: str
) -> None:
    """29 February 2021 is no date, "robot" no enum value, in any such field of any class."""
    data = {**sample_dict(cls), name: value}
    assert problems(cls, data) == [(f"$.{name}", code)]
