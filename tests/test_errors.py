"""ValidationError: one exception, every problem, readable and machine-readable."""

from __future__ import annotations

import json
import pickle
import re
import string
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram.errors import ERROR_CODES, ErrorDetail, format_path


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
        ]
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
