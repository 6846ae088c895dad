"""The generated fast paths agree with the full path: same records, same dicts, same refusals."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.io import _fast
from ipprogram.model._base import record
from tests.strategies import RECORDS
from tests.test_fuzz import mutated

CLASSES = sorted(RECORDS, key=lambda cls: cls.__name__)
CONVERTER = sys.modules["ipprogram.io.converter"].converter


def _full_load(cls: type, data: object) -> Any:
    """The full path alone: the cattrs converter with every check."""
    return CONVERTER.structure(data, cls)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_paths_match_the_full_path(cls: type, data: st.DataObject) -> None:
    """to_dict writes what cattrs writes, key for key; the fast loader builds the same record."""
    record = data.draw(RECORDS[cls])
    written = ip.to_dict(record)
    head = {"schema_version": ip.SCHEMA_VERSION, "record_type": cls.__name__}
    full = {**head, **CONVERTER.unstructure(record)}
    assert list(written.items()) == list(full.items())
    text = json.dumps(full, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    assert ip.to_json(record) == text
    body = {key: value for key, value in written.items() if key not in head}
    fast = _fast.loader(cls)(body)  # valid input never needs the full path
    assert fast == _full_load(cls, body) == record
    assert type(fast) is cls


@settings(max_examples=3000)
@given(case=mutated())
def test_fast_loader_never_accepts_what_the_full_path_refuses(case: tuple[type, object]) -> None:
    """On mutated input the fast path gives up, or builds what the full path builds."""
    cls, data = case
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("schema_version", "record_type")}
    try:
        fast = _fast.loader(cls)(data)
    except (_fast.Slow, RecursionError):
        return
    assert fast == _full_load(cls, data)


def test_the_fast_path_gives_up_on_untidy_text() -> None:
    """Text that needs tidying or checking goes through the full path, with the same result."""
    loader = _fast.loader(ip.Person)
    for name in ("  Đoàn Thu Hà ", "Ðoàn", "Đoa\u0300n Thu Hà"):
        assert loader({"full_name": name}) == ip.Person(full_name=name)
    bad_inputs: list[object] = [
        {"full_name": "   "},
        {"full_name": "\ud800"},
        {"full_name": 3},
        {},
        [],
    ]
    for bad in bad_inputs:
        with pytest.raises(_fast.Slow):
            loader(bad)


@record
class _Flags:
    on: bool
    off: bool
    count: int
    when: dt.date
    tags: tuple[str, ...] = ("a", "b")


def test_the_json_writer_writes_what_json_dumps_writes() -> None:
    """Text that JSON must escape, numbers, booleans and nested unions, written directly."""
    tricky = 'Lạng Sơn "quoted" back\\slash\ttab\u2028 \x7f 😀'
    records: list[object] = [
        ip.Organization(name=tricky, short_name="line\nbreak"),
        ip.Quantity(value=2.5, upper=1e18, qualifier=ip.Qualifier.RANGE, unit="tỷ đồng"),
        ip.Quantity(value=-0.0),
        _Flags(on=True, off=False, count=-7, when=dt.date(2020, 12, 2)),
    ]
    for item in records:
        text = ip.to_json(item)
        assert text == json.dumps(ip.to_dict(item), ensure_ascii=False, separators=(",", ":"))
        assert ip.from_json(type(item), text) == item
    example = ip.examples.langson_2020()
    assert ip.to_json(example) == json.dumps(
        ip.to_dict(example), ensure_ascii=False, separators=(",", ":")
    )
    assert ip.to_json(example, indent=2) == json.dumps(
        ip.to_dict(example), ensure_ascii=False, indent=2
    )
