"""Every valid record survives dicts and JSON unchanged, and its JSON is stable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ipprogram as ip
from tests.strategies import RECORDS, partial_dates

CLASSES = sorted(RECORDS, key=lambda cls: cls.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_dict_round_trip(cls: type, data: st.DataObject) -> None:
    """from_dict(cls, to_dict(x)) == x for every generated record."""
    record = data.draw(RECORDS[cls])
    assert ip.from_dict(cls, ip.to_dict(record)) == record


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_json_round_trip_is_byte_stable(cls: type, data: st.DataObject) -> None:
    """from_json gives the record back, and writing it again gives the same text."""
    record = data.draw(RECORDS[cls])
    text = ip.to_json(record)
    again: object = ip.from_json(cls, text)
    assert again == record
    assert ip.to_json(again) == text
    assert ip.to_json(again, indent=2) == ip.to_json(record, indent=2)


@given(record=RECORDS[ip.Event])
def test_to_dict_holds_only_json_types(record: ip.Event) -> None:
    """to_dict returns what json.dumps takes as is, and json.loads gives it back."""
    data = ip.to_dict(record)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_vietnamese_is_written_unescaped() -> None:
    """The JSON holds Vietnamese letters themselves, not escape sequences."""
    text = ip.to_json(ip.Person(full_name="Đoàn Thu Hà"))
    assert "Đoàn Thu Hà" in text
    assert "\\u" not in text


def test_schema_version_leads_every_document() -> None:
    """A document starts with its schema version, then the type of record it holds."""
    data = ip.to_dict(ip.examples.langson_2020())
    assert list(data)[:2] == ["schema_version", "record_type"]
    assert data["schema_version"] == ip.SCHEMA_VERSION
    assert data["record_type"] == "Event"
    assert ip.from_dict(ip.Event, data) == ip.from_dict(ip.Event, {**data, "record_type": "Event"})
    nested = {**data, "locality": {**data["locality"], "record_type": "Locality"}}
    with pytest.raises(ip.ValidationError, match=r"\$\.locality\.record_type: unknown key"):
        ip.from_dict(ip.Event, nested)  # the key belongs to the top of a document only
    with pytest.raises(ip.ValidationError, match="expected string"):
        ip.from_dict(ip.Event, {**data, "record_type": 3})


def test_same_json_in_every_process(tmp_path: Path) -> None:
    """Two processes with different hash seeds write the example to the same bytes."""
    script = (
        "import sys, ipprogram; event = ipprogram.examples.langson_2020();"
        " sys.stdout.buffer.write(ipprogram.to_json(event).encode())"
    )
    outputs = []
    for seed in ("1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(  # noqa: S603 - runs this interpreter on a fixed script
            [sys.executable, "-c", script], capture_output=True, check=True, env=env, cwd=tmp_path
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0] == ip.to_json(ip.examples.langson_2020()).encode()


@given(value=partial_dates())
def test_partial_dates_round_trip_through_iso(value: ip.PartialDate) -> None:
    """A partial date is written as reduced-precision ISO 8601 and read back."""
    assert ip.PartialDate.from_iso(str(value)) == value
    if value.has_year:
        assert value.first_day <= value.last_day
    else:
        assert str(value).startswith("--")


def test_to_dict_refuses_what_is_not_a_record() -> None:
    """Values that are not records (dates, strings) are not documents."""
    with pytest.raises(TypeError, match="not a record"):
        ip.to_dict(ip.PartialDate(year=2020))
