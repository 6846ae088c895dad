"""Numbers, money and numbers in words as Vietnamese documents write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from ipprogram.vi import format_amount, format_money, format_number, format_percent, spell_number


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234567.5, None, "1.234.567,5"),  # domain.md section 5
        (35000, None, "35.000"),
        (0, None, "0"),
        (-1234.5, None, "-1.234,5"),
        (Decimal("2.530"), None, "2,53"),
        (1.23456, None, "1,23456"),
        (2.5, 2, "2,50"),
        (1234.5678, 0, "1.235"),
        (0.125, 2, "0,12"),  # half to even
    ],
)
def test_format_number(value: float | Decimal, decimals: int | None, expected: str) -> None:
    """A dot between thousands, a decimal comma."""
    assert format_number(value, decimals=decimals) == expected


def test_percent_and_money() -> None:
    """Percent right after the number; money in đồng."""
    assert format_percent(85.5) == "85,5%"
    assert format_percent(100) == "100%"
    assert format_percent(12.345, decimals=1) == "12,3%"
    assert format_money(1_500_000) == "1.500.000 đồng"
    assert format_money(250_000, currency="VNĐ") == "250.000 VNĐ"


@pytest.mark.parametrize(
    ("value", "options", "expected"),
    [
        (1_500_000, {}, "1,5 triệu đồng"),  # domain.md section 5
        (2_530_000_000, {}, "2,53 tỷ đồng"),
        (250_000_000, {}, "250 triệu đồng"),
        (350_000_000, {}, "350 triệu đồng"),
        (350_000, {}, "350 nghìn đồng"),
        (350_000, {"thousand": "ngàn"}, "350 ngàn đồng"),
        (500, {}, "500 đồng"),
        (1_000_000, {}, "1 triệu đồng"),
        (1_234_567, {}, "1,23 triệu đồng"),
        (1_235_000, {}, "1,24 triệu đồng"),  # half up, as money is rounded
        (1_234_567, {"decimals": 0}, "1 triệu đồng"),
        (999_999_999, {}, "1 tỷ đồng"),  # rounds up into the next word
        (999_999, {}, "1 triệu đồng"),
        (1_200_000_000_000, {}, "1.200 tỷ đồng"),
        (-1_500_000, {}, "-1,5 triệu đồng"),
        (Decimal("2500.5"), {}, "2,5 nghìn đồng"),
        (99.5, {"currency": "USD"}, "99,5 USD"),
    ],
)
def test_format_amount(value: float | Decimal, options: dict[str, object], expected: str) -> None:
    """Prose amounts: the largest of nghìn, triệu, tỷ, at most two decimals by default."""
    assert format_amount(value, **options) == expected  # type: ignore[arg-type]


def test_numbers_refuse_what_is_not_a_number() -> None:
    """Booleans, strings and infinities are refused, never coerced."""
    with pytest.raises(TypeError, match="got bool"):
        format_number(True)  # noqa: FBT003
    with pytest.raises(TypeError, match="got str"):
        format_money("3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="inf"):
        format_amount(float("inf"))
    with pytest.raises(ValueError, match="negative"):
        format_number(1, decimals=-1)
    with pytest.raises(ValueError, match="negative"):
        format_amount(1, decimals=-1)
    with pytest.raises(TypeError, match="takes an int"):
        spell_number(2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes an int"):
        spell_number(True)  # noqa: FBT003


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),  # "một" after "mười", "mốt" only after "mươi"
        (14, "mười bốn"),  # "tư" only after "mươi"
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (55, "năm mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),  # "năm", not "lăm", after "linh"
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (1_000, "một nghìn"),
        (1_005, "một nghìn không trăm linh năm"),
        (2_020, "hai nghìn không trăm hai mươi"),
        (10_000, "mười nghìn"),
        (35_000, "ba mươi lăm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_005, "một triệu không trăm linh năm"),
        (1_500_000, "một triệu năm trăm nghìn"),
        (2_005_000, "hai triệu không trăm linh năm nghìn"),
        (1_000_000_000, "một tỷ"),
        (2_530_000_000, "hai tỷ năm trăm ba mươi triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (-7, "âm bảy"),
    ],
)
def test_spell_number(number: int, words: str) -> None:
    """Numbers in words with mốt, lăm, linh, mười/mươi and tư where each is correct."""
    assert spell_number(number) == words


def test_spell_number_options() -> None:
    """lẻ for linh, bốn for tư, ngàn for nghìn: all in use."""
    assert spell_number(101, odd="lẻ") == "một trăm lẻ một"
    assert spell_number(24, four="bốn") == "hai mươi bốn"
    assert spell_number(2_020, thousand="ngàn") == "hai ngàn không trăm hai mươi"


DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
UNITS = {**{word: index for index, word in enumerate(DIGITS)}, "mốt": 1, "tư": 4, "lăm": 5}
SCALES = {"nghìn": 1_000, "triệu": 1_000_000}
NUMBER_WORDS = {*UNITS, "mười", "mươi", "linh", "trăm", "nghìn", "triệu", "tỷ"}


def _read_back(words: list[str]) -> int:
    """A small reader of spelled numbers, written apart from spell_number's structure."""
    total = group = last = 0
    for word in words:
        if word in UNITS:
            last = UNITS[word]
            group += last
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group += last * 9  # the digit was counted once as a unit already
        elif word == "trăm":
            group += last * 99
        elif word in SCALES:
            total, group = total + group * SCALES[word], 0
        elif word == "tỷ":
            total, group = (total + group) * 1_000_000_000, 0
    return total + group


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_spelled_numbers_read_back(number: int) -> None:
    """Every spelled number reads back to itself, and uses only number words."""
    words = spell_number(number).split()
    assert set(words) <= NUMBER_WORDS
    assert _read_back(words) == number


@given(
    value=st.one_of(
        st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1),
        st.sampled_from([0, -1, 999, 1000, -1000, 10**18 - 1, -(10**18) + 1, 10**18, -(10**18)]),
    ),
    decimals=st.one_of(st.none(), st.integers(min_value=0, max_value=6)),
)
def test_integers_are_written_as_babel_writes_them(value: int, decimals: int | None) -> None:
    """The integer fast path writes Babel's own text for CLDR vi, decimals or not."""
    if decimals is None:
        expected = format_decimal(value, locale="vi", decimal_quantization=False)
    else:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        expected = format_decimal(value, format=pattern, locale="vi")
    assert format_number(value, decimals=decimals) == expected
