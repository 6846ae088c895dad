"""Whatever comes in, only ValidationError comes out; valid records stay byte-stable.

Together these tests run more than 10,000 generated inputs on every ``make test``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprogram as ip
from tests.samples import SAMPLES

CLASSES: list[type] = sorted(SAMPLES, key=lambda cls: cls.__name__)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**300, max_value=10**400),
    st.floats(),
    st.text(),
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
odd_text = st.sampled_from(
    [
        unicodedata.normalize("NFD", "Đoàn Thu Hà"),
        "Ha\u0300\u0301\u0323",
        "\U0001f3c6 Bằng khen",
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
        "\u202eLạng Sơn",
        "\ufeffHồi",
        "x" * 20_000,
        "\u0000",
        "\ud800",
        " ",
        "",
    ]
)


def _paths(value: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _errors(load: Callable[[], object]) -> tuple[ip.ErrorDetail, ...]:
    """Run ``load``; return the details of its ValidationError, or () if it loaded."""
    try:
        load()
    except ip.ValidationError as error:
        return error.errors
    return ()


def _only_validation_errors(cls: type, data: object) -> None:
    for detail in _errors(lambda: ip.from_dict(cls, data)):
        assert detail.path.startswith("$")
        assert detail.code in ip.ERROR_CODES


@st.composite
def mutated(draw: st.DrawFn) -> tuple[type, object]:
    """A valid record's dict with one thing changed somewhere inside it."""
    cls = draw(st.sampled_from(CLASSES))
    data: Any = ip.to_dict(SAMPLES[cls])
    path = draw(st.sampled_from(_paths(data)))
    if not path:
        return cls, draw(json_values)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["drop", "replace", "extra", "deep", "huge", "text"]))
    if action == "drop":
        del parent[last]
    elif action == "replace":
        parent[last] = draw(json_values)
    elif action == "extra" and isinstance(parent, dict):
        parent[draw(st.text(max_size=8))] = draw(json_values)
    elif action == "deep":
        value: object = parent[last]
        for _ in range(draw(st.sampled_from([1, 2, 10, 70, 1200]))):
            value = [value] if draw(st.booleans()) else {"parent": value}
        parent[last] = value
    elif action == "huge":
        parent[last] = draw(st.sampled_from([10**400, -(10**400), 1e308, -0.0, 2**63]))
    else:
        parent[last] = draw(odd_text)
    return cls, data


@settings(max_examples=6000)
@given(case=mutated())
def test_mutated_records_give_only_validation_errors(case: tuple[type, object]) -> None:
    """Dropped keys, wrong types, extra keys, deep nesting, huge numbers, odd text."""
    cls, data = case
    _only_validation_errors(cls, data)
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (ValueError, RecursionError):
        return
    for detail in _errors(lambda: ip.from_json(cls, text)):
        assert detail.code in ip.ERROR_CODES


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=150)
@given(data=json_values)
def test_arbitrary_json_values_give_only_validation_errors(cls: type, data: object) -> None:
    """Any JSON value at all, as any class: a record or a ValidationError."""
    _only_validation_errors(cls, data)


@settings(max_examples=1000)
@given(text=st.one_of(st.text(), st.binary(), json_values.map(json.dumps)))
def test_arbitrary_text_gives_only_validation_errors(text: str | bytes) -> None:
    """Any text or bytes at all: a record or a ValidationError."""
    for detail in _errors(lambda: ip.from_json(ip.Event, text)):
        assert detail.code in ip.ERROR_CODES


tricky = st.one_of(
    odd_text.filter(lambda t: t.strip() and "\ud800" not in t),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1).filter(str.strip),
)


@settings(max_examples=300)
@given(
    name=tricky,
    caption=tricky,
    date=st.sampled_from([dt.date.min, dt.date.max, dt.date(2024, 2, 29), dt.date(2020, 12, 2)]),
)
def test_tricky_text_and_extreme_dates_are_byte_stable(
    name: str, caption: str, date: dt.date
) -> None:
    """NFD, combining marks, emoji, right-to-left text, long strings, first and last dates."""
    event = ip.Event(
        kind=ip.EventKind.CEREMONY,
        date=date,
        title=name,
        organizers=(ip.Organization(name=name),),
        photos=(ip.Photo(caption=caption),),
    )
    text = ip.to_json(event)
    again = ip.from_json(ip.Event, text)
    assert again == event
    assert ip.to_json(again) == text
    assert unicodedata.is_normalized("NFC", again.organizers[0].name)


def test_fuzz_inputs_cover_deep_copies() -> None:
    """The samples used as seeds are not changed by the mutations (they are copies)."""
    before = copy.deepcopy(ip.to_dict(SAMPLES[ip.Event]))
    mutated().example  # noqa: B018 - touching the strategy must not build anything
    assert ip.to_dict(SAMPLES[ip.Event]) == before
