"""Dates as pages write them: yearless, timed, over two days, English, or not at all."""

from __future__ import annotations

import datetime as dt

import pytest

import ipprogram as ip
from ipprogram.vi import read_date

PAGE_DATE = dt.date(2025, 4, 14)  # the page of the Tân Cương training course


@pytest.mark.parametrize(
    ("text", "start", "end", "time"),
    [
        ("Ngày 14/3", "--03-14", None, None),
        ("20.11", "--11-20", None, None),
        ("Trong 2 ngày (11 và 12-4)", "--04-11", "--04-12", None),
        ("ngày 11 và 12/4/2025", "2025-04-11", "2025-04-12", None),
        ("Th 5, 14/03/2024 | 08:15 SA", "2024-03-14", None, dt.time(8, 15)),
        ("14/03/2024 02:30 CH", "2024-03-14", None, dt.time(14, 30)),
        ("03/04/2021 16:20", "2021-04-03", None, dt.time(16, 20)),
        ("Minh Anh - 09:30, 18/08/2023", "2023-08-18", None, dt.time(9, 30)),
        ("từ tháng 5/2018 đến tháng 11/2019", "2018-05", "2019-11", None),
        ("từ ngày 15/4 đến hết ngày 30/9/2023", "2023-04-15", "2023-09-30", None),
        ("từ 15/11 đến 30/3/2024", "2023-11-15", "2024-03-30", None),
        ("Lạng Sơn, ngày 02 tháng 12 năm 2020", "2020-12-02", None, None),
        ("năm 2016", "2016", None, None),
    ],
)
def test_forms_real_pages_write(
    text: str, start: str, end: str | None, time: dt.time | None
) -> None:
    """Each form reads to what it states, and no more: no year is added without a reference."""
    reading = read_date(text)
    assert str(reading.start) == start
    assert (None if reading.end is None else str(reading.end)) == end
    assert reading.time == time
    assert not reading.inferred


@pytest.mark.parametrize("text", ["Mới đây", "Vừa qua,", "mới đây."])
def test_no_date_is_no_date(text: str) -> None:
    """A page that says "Mới đây" gives no date: none is made up."""
    reading = read_date(text, reference=PAGE_DATE)
    assert reading.start is None
    assert reading.date is None


def test_a_yearless_date_is_completed_only_from_a_reference_as_an_inference() -> None:
    """The year comes from the page's date, explicitly, and is marked inferred."""
    reading = read_date("Trong 2 ngày (11 và 12-4)", reference=PAGE_DATE)
    assert (str(reading.start), str(reading.end)) == ("2025-04-11", "2025-04-12")
    assert reading.inferred
    assert reading.basis == "năm 2025: ngày tham chiếu 14/04/2025"
    claim = reading.claim("date", source=ip.Source(url="https://baothainguyen.vn/x"))
    assert (claim.certainty, claim.value, claim.reading) == (
        ip.Certainty.INFERRED,
        "Trong 2 ngày (11 và 12-4)",
        "2025-04-11",
    )
    late_in_year = read_date("20/12", reference=dt.date(2024, 1, 5))
    assert str(late_in_year.start) == "2023-12-20"


def test_a_date_that_fits_two_years_stays_undecided() -> None:
    """A page of 1 March citing "15/6" may mean last June or the coming one."""
    reading = read_date("15/6", reference=dt.date(2024, 3, 1))
    assert str(reading.start) == "--06-15"
    assert reading.years == (2023, 2024)
    assert not reading.inferred
    assert reading.claim("date").certainty is ip.Certainty.STATED


def test_29_february_without_a_year() -> None:
    """A day that only leap years have is read, and completed only to a leap year."""
    assert str(read_date("29/2").start) == "--02-29"
    assert str(read_date("29/2", reference=dt.date(2024, 3, 10)).start) == "2024-02-29"
    assert read_date("29/2", reference=dt.date(2023, 3, 10)).years == ()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Published on 12 - 03 - 2021", "2021-03-12"),
        ("March 3, 2019", "2019-03-03"),
        ("3 March 2019", "2019-03-03"),
        ("Posted on Sept 9, 2020", "2020-09-09"),
    ],
)
def test_english_sources(text: str, start: str) -> None:
    """English pages: month names, and numbers day first as Vietnamese sites write them."""
    assert str(read_date(text, language="en").start) == start


@pytest.mark.parametrize(
    "text",
    [
        "31/2",  # no such day
        "30/2/2021",
        "Trong 3 ngày (11 và 12-4)",  # three days are not two
        "ngày 12 và 11/4/2025",  # not in order
        "14/03/2024 25:10",  # no such hour
        "Thứ Hai, 14/03/2024",  # a Thursday
        "Smarch 3, 2019",
        "",
    ],
)
def test_impossible_dates_are_refused(text: str) -> None:
    """An impossible day, span, time or weekday is a located error, never a guess."""
    with pytest.raises(ip.ValidationError) as error:
        read_date(text, language="en" if "Smarch" in text else "vi")
    assert error.value.errors[0].code == "unreadable_date"


def test_reading_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a reference, a yearless date stays yearless whatever today is."""

    class Exploding(dt.date):
        @classmethod
        def today(cls) -> Exploding:
            raise AssertionError

    monkeypatch.setattr(dt, "date", Exploding)
    assert read_date("Ngày 14/3").years == ()


def test_partial_dates_without_a_year_in_records() -> None:
    """A period may start on a day without a year; JSON writes it --MM-DD."""
    period = ip.Period(start=ip.PartialDate(month=3, day=14), end=ip.PartialDate(year=2023))
    assert ip.to_json(period) == (
        '{"schema_version":2,"record_type":"Period","start":"--03-14","end":"2023"}'
    )
    assert ip.from_json(ip.Period, ip.to_json(period)) == period
    assert period.contains(dt.date(2023, 1, 1))
    with pytest.raises(ip.ValidationError) as error:
        ip.PartialDate(month=3)
    assert error.value.errors[0].path == "$.year"
    with pytest.raises(ValueError, match="has no year"):
        _ = ip.PartialDate(month=3, day=14).first_day
    assert ip.vi.format_partial_date(ip.PartialDate(month=3, day=14)) == "ngày 14/3"


def test_an_event_without_a_date() -> None:
    """An event the page dates "Mới đây" has no date, and says the page gives none."""
    reading = read_date("Mới đây")
    event = ip.Event(
        kind=ip.EventKind.CEREMONY,
        title="Lễ công bố chỉ dẫn địa lý Quản Bạ cho sản phẩm hồng không hạt",
        claims=(reading.claim("date"),),
    )
    assert event.date is None
    text = ip.render(event)
    assert text.splitlines()[2] == (
        "Diễn ra Lễ công bố chỉ dẫn địa lý Quản Bạ cho sản phẩm hồng không hạt."
    )
    assert "Nguồn tin không nêu ngày." in text
    assert ip.from_json(ip.Event, ip.to_json(event)) == event
    with pytest.raises(ip.ValidationError) as error:
        ip.replace(event, end_date=dt.date(2017, 7, 5))
    assert [(d.path, d.code) for d in error.value.errors] == [("$.end_date", "inconsistent")]
