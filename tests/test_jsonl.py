"""JSON Lines: records one at a time, located errors, bounded memory."""

from __future__ import annotations

import io
import pickle
import tracemalloc
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram import LineError, iter_jsonl, write_jsonl

HA = ip.Person(full_name="Đoàn Thu Hà")
AN = ip.Person(full_name="Lê An")


def _text(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


def test_reads_records_in_order_from_text_bytes_and_paths(tmp_path: Path) -> None:
    """Text files, binary files, paths and plain iterables of lines all read."""
    text = _text(ip.to_json(HA), ip.to_json(AN))
    assert list(iter_jsonl(ip.Person, io.StringIO(text))) == [HA, AN]
    assert list(iter_jsonl(ip.Person, io.BytesIO(text.encode()))) == [HA, AN]
    path = tmp_path / "people.jsonl"
    path.write_text(text, encoding="utf-8")
    assert list(iter_jsonl(ip.Person, path)) == [HA, AN]
    assert list(iter_jsonl(ip.Person, text.splitlines())) == [HA, AN]
    crlf = text.replace("\n", "\r\n")
    assert list(iter_jsonl(ip.Person, io.StringIO(crlf, newline=""))) == [HA, AN]
    no_final_newline = text.rstrip("\n")
    assert list(iter_jsonl(ip.Person, io.StringIO(no_final_newline))) == [HA, AN]
    bom = "\ufeff" + text
    assert list(iter_jsonl(ip.Person, io.BytesIO(bom.encode()))) == [HA, AN]


def test_first_bad_line_raises_with_its_number() -> None:
    """Without on_error, a bad line stops the reading and says which line it was."""
    text = _text(ip.to_json(HA), '{"full_name": 3}', ip.to_json(AN))
    records = iter_jsonl(ip.Person, io.StringIO(text))
    assert next(records) == HA
    with pytest.raises(LineError) as caught:
        next(records)
    assert caught.value.line == 2
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.full_name", "wrong_type")]
    assert str(caught.value).startswith("line 2: 1 validation error:")
    assert caught.value.to_dict()["line"] == 2
    assert isinstance(caught.value, ip.ValidationError)
    copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own object
    assert (copy.line, copy.errors) == (2, caught.value.errors)


def test_on_error_lets_the_caller_go_on() -> None:
    """With on_error, every bad line is reported and the good ones still come."""
    text = _text(
        ip.to_json(HA),
        "",  # an empty line is not a record
        '{"full_name": "Lê An", "full_name": "X"}',
        "[1, 2",
        b"\xff".decode("latin-1"),
        ip.to_json(AN),
    )
    failures: list[LineError] = []
    records = list(iter_jsonl(ip.Person, io.StringIO(text), on_error=failures.append))
    assert records == [HA, AN]
    assert [(f.line, f.errors[0].code) for f in failures] == [
        (2, "json_syntax"),
        (3, "duplicate_key"),
        (4, "json_syntax"),
        (5, "json_syntax"),
    ]
    raw = io.BytesIO(ip.to_json(HA).encode() + b"\n\xff\xfe\n")
    failures.clear()
    assert list(iter_jsonl(ip.Person, raw, on_error=failures.append)) == [HA]
    assert [(f.line, f.errors[0].code) for f in failures] == [(2, "invalid_encoding")]


def test_limits_apply_per_line() -> None:
    """max_size and max_depth bound each line."""
    failures: list[LineError] = []
    text = _text(ip.to_json(HA))
    assert (
        list(iter_jsonl(ip.Person, io.StringIO(text), max_size=10, on_error=failures.append)) == []
    )
    assert failures[0].errors[0].code == "too_large"


def test_write_then_read_is_byte_stable() -> None:
    """write_jsonl writes to_json per line; reading back gives the same records and bytes."""
    event = ip.examples.langson_2020()
    out = io.StringIO()
    assert write_jsonl([event, event], out) == 2
    text = out.getvalue()
    assert text == _text(ip.to_json(event), ip.to_json(event))
    again = io.StringIO()
    write_jsonl(iter_jsonl(ip.Event, io.StringIO(text)), again)
    assert again.getvalue() == text


RECORDS = 100_000
#: Peak memory allowed while validating the file: a few lines' worth, not the file.
PEAK_BOUND = 2 * 1024 * 1024


def test_a_large_file_is_validated_in_bounded_memory(tmp_path: Path) -> None:
    """100,000 records (about 7 MB) are validated with a peak under 2 MiB of Python memory."""
    path = tmp_path / "people.jsonl"
    people = (ip.Person(full_name=f"Nguyễn Văn {n}", gender=ip.Gender.MALE) for n in range(RECORDS))
    with path.open("w", encoding="utf-8") as file:
        assert write_jsonl(people, file) == RECORDS
    assert path.stat().st_size > 3 * PEAK_BOUND
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_jsonl(ip.Person, path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == RECORDS
    assert peak < PEAK_BOUND
