"""Vietnamese dates as administrative documents and running text write them.

The administrative form follows Decree 30/2020/NĐ-CP on clerical work, Appendix I, the
place and date of issue ("Địa danh và thời gian ban hành văn bản"): the date is written
in full with Arabic numerals, with a 0 before days below 10 and before months 1 and 2
only: "ngày 02 tháng 12 năm 2020", "ngày 05 tháng 7 năm 2023", "ngày 01 tháng 02 năm
2023". Babel's ``vi`` patterns never pad ("2 tháng 12, 2020") or pad every month, so
this module builds the forms itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from ipprogram.model.dates import PartialDate, Period

__all__ = ["DateStyle", "dateline", "format_date", "format_partial_date", "format_period"]

DateStyle = Literal["admin", "numeric", "long", "full"]

#: Weekday names, Monday first ("Thứ Hai" ... "Chủ nhật").
WEEKDAYS: Final = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

_PADDED_MONTHS: Final = frozenset({1, 2})


def _admin_day(day: int) -> str:
    return f"{day:02d}"


def _admin_month(month: int) -> str:
    return f"{month:02d}" if month in _PADDED_MONTHS else str(month)


def format_date(date: dt.date, style: DateStyle = "admin", *, pad: bool = True) -> str:
    """Write a date in Vietnamese.

    Styles:

    - ``"admin"``: Decree 30/2020/NĐ-CP, Appendix I: "ngày 02 tháng 12 năm 2020", a 0
      before days below 10 and months 1 and 2 only;
    - ``"numeric"``: "02/12/2020"; ``pad=False`` gives "2/12/2020";
    - ``"long"``: running text, unpadded: "ngày 2 tháng 12 năm 2020";
    - ``"full"``: the weekday, then the administrative form:
      "Thứ Tư, ngày 02 tháng 12 năm 2020".

    >>> format_date(dt.date(2020, 12, 2))
    'ngày 02 tháng 12 năm 2020'
    >>> format_date(dt.date(2023, 7, 5)), format_date(dt.date(2023, 2, 1))
    ('ngày 05 tháng 7 năm 2023', 'ngày 01 tháng 02 năm 2023')
    >>> (
    ...     format_date(dt.date(2023, 5, 11), "numeric"),
    ...     format_date(dt.date(2023, 5, 11), "numeric", pad=False),
    ... )
    ('11/05/2023', '11/5/2023')
    >>> format_date(dt.date(2020, 12, 2), "full")
    'Thứ Tư, ngày 02 tháng 12 năm 2020'
    """
    admin = f"ngày {_admin_day(date.day)} tháng {_admin_month(date.month)} năm {date.year}"
    forms = {
        "admin": admin,
        "numeric": (
            f"{date.day:02d}/{date.month:02d}/{date.year}"
            if pad
            else f"{date.day}/{date.month}/{date.year}"
        ),
        "long": f"ngày {date.day} tháng {date.month} năm {date.year}",
        "full": f"{WEEKDAYS[date.weekday()]}, {admin}",
    }
    if style not in forms:
        msg = f"unknown date style {style!r}: use 'admin', 'numeric', 'long' or 'full'"
        raise ValueError(msg)
    return forms[style]


def dateline(place: str, date: dt.date) -> str:
    """The place-and-date line of a document (Decree 30/2020/NĐ-CP, Appendix I).

    >>> dateline("Lạng Sơn", dt.date(2020, 12, 2))
    'Lạng Sơn, ngày 02 tháng 12 năm 2020'
    """
    return f"{place}, {format_date(date, 'admin')}"


def format_partial_date(value: PartialDate) -> str:
    """Write a partial date as running text does: "năm 2016", "tháng 8/2019", "02/12/2020".

    >>> format_partial_date(PartialDate(year=2019, month=8))
    'tháng 8/2019'
    """
    if value.month is None:
        return f"năm {value.year}"
    if value.day is None:
        return f"tháng {value.month}/{value.year}"
    return format_date(value.first_day, "numeric")


def format_period(period: Period) -> str:
    """Write a period: "giai đoạn 2016 – 2020", "đến năm 2030", "từ năm 2016".

    A span of whole years is a "giai đoạn" with an en dash between spaces, as official
    titles write it (Decision 1062/QĐ-TTg: "giai đoạn 2016 – 2020"); other spans read
    "từ ... đến ...".

    >>> format_period(Period.years(2016, 2020))
    'giai đoạn 2016 – 2020'
    >>> format_period(Period.years(None, 2030))
    'đến năm 2030'
    >>> format_period(
    ...     Period(start=PartialDate(year=2019, month=8), end=PartialDate(year=2020, month=12))
    ... )
    'từ tháng 8/2019 đến tháng 12/2020'
    """
    start, end = period.start, period.end
    if start is None and end is not None:
        return f"đến {format_partial_date(end)}"
    if end is None and start is not None:
        return f"từ {format_partial_date(start)}"
    if start is not None and end is not None:
        if start.month is None and end.month is None:
            return f"giai đoạn {start.year} – {end.year}"
        return f"từ {format_partial_date(start)} đến {format_partial_date(end)}"
    msg = "a period needs a start or an end"  # pragma: no cover - Period forbids it
    raise ValueError(msg)
