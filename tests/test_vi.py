"""Vietnamese dates, periods, counts and lists, checked on the forms documents use."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprogram import PartialDate, Period, ValidationError, vi
from ipprogram.vi import (
    DateStyle,
    dateline,
    format_count,
    format_counts,
    format_date,
    format_list,
    format_partial_date,
    format_period,
    parse_date,
    parse_partial_date,
)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # Decree 30/2020/NĐ-CP, Appendix I: 0 before days < 10 and months 1 and 2 only.
        (dt.date(2020, 12, 2), "ngày 02 tháng 12 năm 2020"),
        (dt.date(2023, 2, 1), "ngày 01 tháng 02 năm 2023"),
        (dt.date(2023, 7, 5), "ngày 05 tháng 7 năm 2023"),
        (dt.date(2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
        (dt.date(2024, 3, 9), "ngày 09 tháng 3 năm 2024"),
        (dt.date(2021, 2, 25), "ngày 25 tháng 02 năm 2021"),
        (dt.date(2018, 10, 17), "ngày 17 tháng 10 năm 2018"),
    ],
)
def test_administrative_dates(date: dt.date, expected: str) -> None:
    """The administrative form pads days below 10 and months 1 and 2, nothing else."""
    assert format_date(date) == expected
    assert format_date(date, "admin") == expected


@given(date=st.dates())
def test_admin_padding_rule_holds_for_every_date(date: dt.date) -> None:
    """Month digits: two for January and February, no leading zero otherwise."""
    words = format_date(date).split()
    day, month = words[1], words[3]
    assert len(day) == 2
    assert day.lstrip("0") == str(date.day)
    assert month == (f"{date.month:02d}" if date.month <= 2 else str(date.month))


def test_other_styles() -> None:
    """Numeric (padding selectable), long and full forms."""
    date = dt.date(2023, 5, 11)
    assert format_date(date, "numeric") == "11/05/2023"
    assert format_date(date, "numeric", pad=False) == "11/5/2023"
    assert format_date(date, "long") == "ngày 11 tháng 5 năm 2023"
    assert format_date(dt.date(2020, 12, 2), "full") == "Thứ Tư, ngày 02 tháng 12 năm 2020"
    assert format_date(dt.date(2020, 12, 6), "full").startswith("Chủ nhật, ")
    with pytest.raises(ValueError, match="unknown date style"):
        format_date(date, "short")  # type: ignore[arg-type]


def test_dateline() -> None:
    """The place-and-date line of a document."""
    assert dateline("Lạng Sơn", dt.date(2020, 12, 2)) == "Lạng Sơn, ngày 02 tháng 12 năm 2020"
    assert dateline("Hà Nội", dt.date(2023, 2, 1)) == "Hà Nội, ngày 01 tháng 02 năm 2023"


def test_partial_dates_and_periods() -> None:
    """Years, months and periods as running text writes them."""
    assert format_partial_date(PartialDate(year=2030)) == "năm 2030"
    assert format_partial_date(PartialDate(year=2019, month=8)) == "tháng 8/2019"
    assert format_partial_date(PartialDate(year=2020, month=12, day=2)) == "02/12/2020"
    assert format_period(Period.years(2016, 2020)) == "giai đoạn 2016 – 2020"
    assert format_period(Period.years(None, 2030)) == "đến năm 2030"
    assert format_period(Period.years(2021, None)) == "từ năm 2021"
    assert (
        format_period(
            Period(start=PartialDate(year=2019, month=8), end=PartialDate(year=2020, month=12))
        )
        == "từ tháng 8/2019 đến tháng 12/2020"
    )


@pytest.mark.parametrize(
    ("count", "pad", "expected"),
    [
        (2, True, "02 tập thể"),
        (8, True, "08 tập thể"),
        (14, True, "14 tập thể"),
        (0, True, "0 tập thể"),  # no count is not padded
        (2, False, "2 tập thể"),
        (100, True, "100 tập thể"),
    ],
)
def test_counts(count: int, pad: bool, expected: str) -> None:  # noqa: FBT001
    """Counts below 10 get a leading zero by default ("02 tập thể"); it can be turned off."""
    assert format_count(count, "tập thể", pad=pad) == expected


def test_joined_counts_and_negative() -> None:
    """Several counts join with commas; a negative count is refused."""
    assert format_counts([(7, "tập thể"), (14, "cá nhân")]) == "07 tập thể, 14 cá nhân"
    with pytest.raises(ValueError, match="negative"):
        format_count(-1, "cá nhân")


def test_lists() -> None:
    """Lists join with "và" or "hoặc", without a comma before it."""
    assert format_list([]) == ""
    assert format_list(["Hồi"]) == "Hồi"
    assert format_list(["Hồi", "Quế"]) == "Hồi và Quế"
    assert format_list(["Hồi", "Quế", "Sa nhân", "Nhựa thông"]) == "Hồi, Quế, Sa nhân và Nhựa thông"
    assert format_list(["Hồi", "Quế", "Sa nhân"], style="or") == "Hồi, Quế hoặc Sa nhân"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO first: never read day-first, so never swapped.
        ("2020-12-02", PartialDate(year=2020, month=12, day=2)),
        ("2020-01-12", PartialDate(year=2020, month=1, day=12)),
        ("2019-08", PartialDate(year=2019, month=8)),
        ("2016", PartialDate(year=2016)),
        # Forms from domain.md section 5 and the seed.
        ("ngày 02 tháng 12 năm 2020", PartialDate(year=2020, month=12, day=2)),
        ("Lạng Sơn, ngày 02 tháng 12 năm 2020", PartialDate(year=2020, month=12, day=2)),
        ("Hà Nội, ngày 01 tháng 02 năm 2023", PartialDate(year=2023, month=2, day=1)),
        ("Tiền Giang, ngày 05 tháng 7 năm 2023", PartialDate(year=2023, month=7, day=5)),
        ("ngày 12 tháng 9 năm 2011", PartialDate(year=2011, month=9, day=12)),
        ("02/12/2020", PartialDate(year=2020, month=12, day=2)),
        ("11/5/2023", PartialDate(year=2023, month=5, day=11)),
        ("19.5.2022", PartialDate(year=2022, month=5, day=19)),
        ("05 - 10 - 2020", PartialDate(year=2020, month=10, day=5)),
        ("2-12-2020", PartialDate(year=2020, month=12, day=2)),
        ("Ngày 02/12/2020.", PartialDate(year=2020, month=12, day=2)),
        ("tháng 8/2019", PartialDate(year=2019, month=8)),
        ("tháng 8 năm 2019", PartialDate(year=2019, month=8)),
        ("Tháng 12-2020", PartialDate(year=2020, month=12)),
        ("8/2019", PartialDate(year=2019, month=8)),
        ("năm 2016", PartialDate(year=2016)),
        # A leading weekday, with or without comma, in words or figures.
        ("Thứ Tư, ngày 02 tháng 12 năm 2020", PartialDate(year=2020, month=12, day=2)),
        ("thứ tư ngày 2/12/2020", PartialDate(year=2020, month=12, day=2)),
        ("Thứ 4, 02/12/2020", PartialDate(year=2020, month=12, day=2)),
        ("Chủ nhật, 06/12/2020", PartialDate(year=2020, month=12, day=6)),
        ("CN, 06/12/2020", PartialDate(year=2020, month=12, day=6)),
        ("Lạng Sơn, Thứ Tư, ngày 02 tháng 12 năm 2020", PartialDate(year=2020, month=12, day=2)),
        ("  ngày  2   tháng 12  năm 2020 ", PartialDate(year=2020, month=12, day=2)),
    ],
)
def test_parse_partial_date(text: str, expected: PartialDate) -> None:
    """Each form real text uses reads back to the date, month or year it gives."""
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2/10", "it gives no year"),
        ("ngày 5 tháng 7", "it gives no year"),
        ("31/02/2021", "2/2021 has no day 31"),
        ("29/02/2021", "2/2021 has no day 29"),
        ("2020-02-30", "2/2020 has no day 30"),
        ("00/12/2020", "12/2020 has no day 0"),
        ("2020-13-01", "there is no month 13"),
        ("tháng 13/2020", "there is no month 13"),
        ("02/12/20", "the year must have four digits"),
        ("0000-01-01", "there is no year 0"),
        ("02/12-2020", "no known form matches"),
        ("ngày 02 tháng 12, năm 2020", "no known form matches"),
        ("Thứ Năm, ngày 02 tháng 12 năm 2020", "02/12/2020 is a Thứ Tư"),
        ("Thứ Hai, tháng 12/2020", "a weekday needs a whole date"),
        ("tháng hai năm 2020", "no known form matches"),
        ("hôm nay", "no known form matches"),
        ("", "no known form matches"),
    ],
)
def test_parse_refuses(text: str, reason: str) -> None:
    """Missing years, impossible dates and wrong weekdays are errors, never guesses."""
    with pytest.raises(ValidationError) as caught:
        parse_partial_date(text)
    (detail,) = caught.value.errors
    assert (detail.path, detail.code) == ("$", "unreadable_date")
    assert detail.message == f"{text!r} cannot be read as a date: {reason}"
    assert detail.message_vi.startswith(f"không đọc được {text!r} thành ngày: ")


def test_parse_date_needs_a_day() -> None:
    """parse_date gives a datetime.date and refuses a month or a year alone."""
    assert parse_date("02/12/2020") == dt.date(2020, 12, 2)
    for text in ("tháng 8/2019", "2016"):
        with pytest.raises(ValidationError, match="it gives no day"):
            parse_date(text)
    with pytest.raises(TypeError, match="takes a str"):
        parse_date(20201202)  # type: ignore[arg-type]


FULL_STYLES: list[tuple[DateStyle, bool]] = [
    ("admin", True),
    ("numeric", True),
    ("numeric", False),
    ("long", True),
    ("full", True),
]


@given(date=st.dates(min_value=dt.date(1000, 1, 1)), place=st.sampled_from(["Lạng Sơn", "Huế"]))
def test_parse_reads_back_what_format_writes(date: dt.date, place: str) -> None:
    """parse_date(format_date(d, style)) == d for every style that keeps the whole date."""
    for style, pad in FULL_STYLES:
        assert parse_date(format_date(date, style, pad=pad)) == date
    assert parse_date(dateline(place, date)) == date
    assert parse_date(date.isoformat()) == date


@given(
    year=st.integers(1000, 9999),
    month=st.none() | st.integers(1, 12),
)
def test_partial_dates_read_back(year: int, month: int | None) -> None:
    """parse_partial_date(format_partial_date(p)) == p for years and months."""
    partial = PartialDate(year=year, month=month)
    assert parse_partial_date(format_partial_date(partial)) == partial
    assert parse_partial_date(str(partial)) == partial


@pytest.mark.parametrize(
    "text",
    [
        "Quận 1, ngày 02 tháng 12 năm 2020",
        "Phường 12, ngày 02 tháng 12 năm 2020",
        "Thành phố Hồ Chí Minh, ngày 02 tháng 12 năm 2020",
        unicodedata.normalize("NFD", "Lạng Sơn, ngày 02 tháng 12 năm 2020"),
    ],
)
def test_datelines_of_units_named_by_a_number_and_decomposed_text(text: str) -> None:
    """Decree 30, Appendix I writes "Quận 1, ngày ..." in full; NFD text reads as NFC."""
    assert vi.parse_date(text) == dt.date(2020, 12, 2)
    assert vi.dateline("Quận 1", dt.date(2020, 12, 2)) == "Quận 1, ngày 02 tháng 12 năm 2020"
