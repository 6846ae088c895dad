"""ValidationError: one exception, every problem, readable and machine-readable."""

from __future__ import annotations

import json
import pickle
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram.errors import ERROR_CODES, MAX_ERRORS, ErrorDetail, format_path


def test_is_a_value_error_with_every_detail() -> None:
    """It is a ValueError; str() lists each problem on its own line."""
    with pytest.raises(ValueError, match="2 validation errors") as caught:
        ip.from_dict(ip.Person, {"full_name": "", "gender": "other"})
    error = caught.value
    assert isinstance(error, ip.ValidationError)
    assert str(error).splitlines() == [
        "2 validation errors:",
        "  $.full_name: text must not be empty [empty_text]",
        "  $.gender: 'other' is not one of 'female', 'male' [invalid_choice]",
    ]


def test_to_dict_is_json_for_web_forms() -> None:
    """to_dict gives path, code, value and messages in both languages."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.RecipientCount, {"kind": "individual", "count": -3})
    data = caught.value.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data == {
        "errors": [
            {
                "path": "$.count",
                "code": "negative",
                "value": "-3",
                "message": "must not be negative, got -3",
                "message_vi": "không được âm, nhận được -3",
            }
        ],
        "count": 1,
    }


def test_values_are_shortened() -> None:
    """A long offending value is cut to 60 characters in the detail."""
    detail = ErrorDetail((), "invalid_date", value="x" * 500)
    assert detail.value is not None
    assert len(detail.value) <= 60
    assert "..." in detail.value


def test_pickles() -> None:
    """The error crosses process boundaries (multiprocessing) intact."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Person, {})
    again = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own data
    assert again.errors == caught.value.errors


def test_needs_a_detail() -> None:
    """An error with nothing in it is a programming mistake."""
    with pytest.raises(ValueError, match="at least one"):
        ip.ValidationError([])


@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_every_code_has_both_messages_and_is_documented(code: str) -> None:
    """Each code is snake_case, has matching English and Vietnamese fields, and a row in docs."""
    assert re.fullmatch(r"[a-z]+(_[a-z]+)*", code)
    english, vietnamese = ERROR_CODES[code]
    fields = {name for _, name, _, _ in string.Formatter().parse(english) if name}
    fields_vi = {name for _, name, _, _ in string.Formatter().parse(vietnamese) if name}
    assert {f.removesuffix("_vi") for f in fields_vi} <= fields
    docs = Path(__file__).parents[1] / "docs" / "errors.md"
    assert f"| `{code}` |" in docs.read_text(encoding="utf-8")


def test_paths_quote_keys_that_are_not_identifiers() -> None:
    """Paths stay unambiguous for any key."""
    assert format_path(("a", 0, "b c", 'd"e')) == '$.a[0]["b c"]["d\\"e"]'


def test_errors_are_bounded_and_counted_exactly() -> None:
    """390 KB of zeros in nice_classes: a thousand details kept, every problem counted."""
    text = json.dumps({"name": "Mật ong", "nice_classes": [0] * 195_000})
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Trademark, text)
    error = caught.value
    # each 0 is out of range, and each after the first repeats one before it
    assert error.count == 195_000 + 194_999
    assert len(error.errors) == MAX_ERRORS
    assert str(error).splitlines()[0] == "389999 validation errors:"
    assert str(error).splitlines()[-1] == f"  ... and {389_999 - MAX_ERRORS} more"
    assert error.to_dict()["count"] == 389_999
    with pytest.raises(ip.ValidationError) as again:
        ip.from_dict(ip.Trademark, json.loads(text))
    assert (again.value.count, len(again.value.errors)) == (389_999, MAX_ERRORS)
    copied = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (copied.count, copied.errors) == (error.count, error.errors)


def test_nested_bounds_add_up() -> None:
    """Errors of items inside items are counted through every level."""
    marks = [{"name": "x", "nice_classes": [0] * 700} for _ in range(3)]
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Programme, {"kind": "programme", "name": "P", "marks": marks})
    assert caught.value.count == 3 * (700 + 699)
    assert len(caught.value.errors) == MAX_ERRORS
    assert caught.value.errors[0].path == "$.marks[0].nice_classes[0]"


def test_a_line_error_keeps_its_count() -> None:
    """JSON Lines errors carry the count of the record's problems, and pickle with it."""
    line = json.dumps({"name": "x", "nice_classes": [0] * 600})
    failures: list[ip.LineError] = []
    list(ip.iter_jsonl(ip.Trademark, [line], on_error=failures.append))
    [failure] = failures
    assert (failure.line, failure.count, len(failure.errors)) == (1, 1199, MAX_ERRORS)
    copied = pickle.loads(pickle.dumps(failure))  # noqa: S301 - our own object
    assert (copied.line, copied.count) == (1, 1199)


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: ip.Locality(name="Lạng Sơn", code="x"), "digits 0-9"),
        (lambda: ip.DocumentRef(number="abc"), "the number does not have the right format"),
        (lambda: ip.from_json(ip.Person, b"\xff"), "at offset"),
        (lambda: ip.from_json(ip.Person, "{"), "Expecting"),
        (lambda: ip.from_json(ip.Person, "[1,]"), "Expecting"),
    ],
)
def test_vietnamese_messages_are_vietnamese(call: Callable[[], object], english: str) -> None:
    """The Vietnamese message of a detail holds no English phrase of the English one."""
    with pytest.raises(ip.ValidationError) as caught:
        call()
    detail = caught.value.errors[0]
    assert english in detail.message
    assert english not in detail.message_vi
