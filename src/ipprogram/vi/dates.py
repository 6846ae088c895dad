"""Vietnamese dates as administrative documents and running text write them.

The administrative form follows Decree 30/2020/NĐ-CP on clerical work, Appendix I, the
place and date of issue ("Địa danh và thời gian ban hành văn bản"): the date is written
in full with Arabic numerals, with a 0 before days below 10 and before months 1 and 2
only: "ngày 02 tháng 12 năm 2020", "ngày 05 tháng 7 năm 2023", "ngày 01 tháng 02 năm
2023". Babel's ``vi`` patterns never pad ("2 tháng 12, 2020") or pad every month, so
this module builds the forms itself.

:func:`parse_date` and :func:`parse_partial_date` read the forms real text uses back,
strictly: day first always, never a part taken from today, never a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Final, Literal

from ipprogram._textkey import match_key
from ipprogram.errors import ErrorDetail, ValidationError, expect
from ipprogram.model.dates import PartialDate, Period

__all__ = [
    "DateStyle",
    "date_phrase",
    "dateline",
    "format_date",
    "format_partial_date",
    "format_period",
    "parse_date",
    "parse_partial_date",
]

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
    expect(date, dt.date, "format_date")
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
    >>> format_partial_date(PartialDate(month=3, day=14))
    'ngày 14/3'
    """
    expect(value, PartialDate, "format_partial_date")
    if value.year is None:
        return f"ngày {value.day}/{value.month}"
    if value.month is None:
        return f"năm {value.year}"
    if value.day is None:
        return f"tháng {value.month}/{value.year}"
    return format_date(value.first_day, "numeric")


def date_phrase(value: dt.date | PartialDate, *, pad: bool = True) -> str:
    """A date as running text gives it, with its word, never more precise than it is.

    A whole date is "ngày 02/12/2020" (``pad=False``: "ngày 2/12/2020"); a year is
    "năm 2012"; a month "tháng 5/2015"; a day without a year "ngày 14/3 (chưa rõ
    năm)", saying that the year is not known rather than leaving it to be guessed.

    >>> date_phrase(dt.date(2020, 12, 2)), date_phrase(dt.date(2020, 10, 7), pad=False)
    ('ngày 02/12/2020', 'ngày 7/10/2020')
    >>> date_phrase(PartialDate(year=2012)), date_phrase(PartialDate(year=2015, month=5))
    ('năm 2012', 'tháng 5/2015')
    >>> date_phrase(PartialDate(month=3, day=14))
    'ngày 14/3 (chưa rõ năm)'
    """
    expect(value, (dt.date, PartialDate), "date_phrase")
    if isinstance(value, PartialDate):
        if value.precision == "day":
            return f"ngày {format_date(value.first_day, 'numeric', pad=pad)}"
        text = format_partial_date(value)
        return text if value.has_year else f"{text} (chưa rõ năm)"
    return f"ngày {format_date(value, 'numeric', pad=pad)}"


def format_period(period: Period) -> str:
    """Write a period: "giai đoạn 2016 – 2020", "đến năm 2030", "từ năm 2016".

    A span of whole years is a "giai đoạn" with an en dash between spaces, as official
    titles write it (Decision 1062/QĐ-TTg: "giai đoạn 2016 – 2020"); other spans read
    "từ ... đến ...".

    >>> format_period(Period.years(2016, 2020))
    'giai đoạn 2016 – 2020'
    >>> format_period(Period.years(None, 2030)), format_period(Period.years(2020, 2020))
    ('đến năm 2030', 'năm 2020')
    >>> format_period(
    ...     Period(start=PartialDate(year=2019, month=8), end=PartialDate(year=2020, month=12))
    ... )
    'từ tháng 8/2019 đến tháng 12/2020'
    """
    expect(period, Period, "format_period")
    start, end = period.start, period.end
    if start is None and end is not None:
        return f"đến {format_partial_date(end)}"
    if end is None and start is not None:
        return f"từ {format_partial_date(start)}"
    if start is not None and end is not None:
        if start == end:  # one year, month or day: "năm 2020", not "giai đoạn 2020 – 2020"
            return format_partial_date(start)
        if start.month is None and end.month is None:
            return f"giai đoạn {start.year} – {end.year}"
        return f"từ {format_partial_date(start)} đến {format_partial_date(end)}"
    msg = "a period needs a start or an end"  # pragma: no cover - Period forbids it
    raise ValueError(msg)


_WEEKDAY_KEYS: Final = (
    {match_key(name): index for index, name in enumerate(WEEKDAYS)}
    | {f"thứ {number}": number - 2 for number in range(2, 8)}
    | {f"th {number}": number - 2 for number in range(2, 8)}  # "Th 5, 14/03/2024"
    | {f"t{number}": number - 2 for number in range(2, 8)}
    | {"cn": 6}
)
_SEPARATED = (
    r"(?P<{0}d>[0-9]{{1,2}})\s*(?P<{0}s>[/.-])\s*(?P<{0}m>[0-9]{{1,2}})"
    r"\s*(?P={0}s)\s*(?P<{0}y>[0-9]+)"
)
_FORMS: Final = re.compile(
    "|".join(
        [
            r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})",
            r"(?P<iy2>[0-9]{4})-(?P<im2>[0-9]{2})",
            r"(?:năm\s+)?(?P<yy>[0-9]{4})",
            r"ngày\s+(?P<wd>[0-9]{1,2})\s+tháng\s+(?P<wm>[0-9]{1,2})(?:\s+năm\s+(?P<wy>[0-9]+))?",
            r"(?:ngày\s+)?" + _SEPARATED.format("n"),
            r"(?:ngày\s+)?(?P<sd>[0-9]{1,2})\s*[/.-]\s*(?P<sm>[0-9]{1,2})",
            r"tháng\s+(?P<mm>[0-9]{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(?P<my>[0-9]+)",
            r"(?P<bm>[0-9]{1,2})/(?P<by>[0-9]{4})",
        ]
    ),
    re.IGNORECASE,
)
_PREFIX: Final = re.compile(r"(?P<prefix>[^,]+),\s*(?P<rest>.*)\Z", re.DOTALL)
_DIGIT: Final = re.compile(r"[0-9]")


def _unreadable(text: str, reason: str, reason_vi: str) -> ValidationError:
    return ValidationError(
        [ErrorDetail((), "unreadable_date", value=text, reason=reason, reason_vi=reason_vi)]
    )


def _weekday(prefix: str) -> int | None:
    return _WEEKDAY_KEYS.get(" ".join(match_key(prefix).split()))


def _pieces(match: re.Match[str]) -> tuple[str | None, str | None, str | None]:
    """Year, month and day digits of whichever form matched."""
    found = {name: value for name, value in match.groupdict().items() if value is not None}
    for year, month, day in (
        ("iy", "im", "id"),
        ("iy2", "im2", ""),
        ("yy", "", ""),
        ("wy", "wm", "wd"),
        ("ny", "nm", "nd"),
        ("", "sm", "sd"),
        ("my", "mm", ""),
        ("by", "bm", ""),
    ):
        if (month or year) in found and (not day or day in found):
            return found.get(year), found.get(month), found.get(day)
    return None, None, None  # pragma: no cover - every alternative names its groups


def parse_partial_date(text: str) -> PartialDate:
    """Read a Vietnamese date as written, to the day, the month or the year it gives.

    Accepted forms, after an optional place ("Lạng Sơn, ") and weekday ("Thứ Tư, "):
    ISO 8601 ("2020-12-02", "2019-08", "2020"); "ngày 02 tháng 12 năm 2020"; "02/12/2020",
    "2-12-2020", "19.5.2022", "05 - 10 - 2020" (day first, always, and four-digit years);
    "tháng 8/2019", "tháng 8 năm 2019", "8/2019"; "năm 2016". A weekday must be the
    date's own. A date without a year ("2/10") is an error, never completed from today;
    an impossible date ("31/02/2021") is an error. Errors are a
    :class:`~ipprogram.ValidationError` with code ``unreadable_date``.

    >>> parse_partial_date("tháng 8/2019")
    PartialDate(year=2019, month=8)
    >>> str(parse_partial_date("Lạng Sơn, ngày 02 tháng 12 năm 2020"))
    '2020-12-02'
    >>> parse_partial_date("2/10")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $: '2/10' cannot be read as a date: it gives no year [unreadable_date]
    """
    given: object = text  # checked at run time too, for callers without a type checker
    if not isinstance(given, str):
        msg = f"parse_partial_date() takes a str, got {type(given).__name__}"
        raise TypeError(msg)
    year, month, day, weekday = _parts(text, text)
    if year is None:
        raise _unreadable(text, "it gives no year", "thiếu năm")
    _check_weekday(text, year, month, day, weekday)
    return PartialDate(year=year, month=month, day=day)


def _parts(text: str, whole: str) -> tuple[int | None, int | None, int | None, int | None]:
    """Year, month, day and weekday (Monday 0) of one date in a known form, checked.

    ``whole`` is the text errors quote. A date without a year must give its day.
    """
    composed = unicodedata.normalize("NFC", text)  # decomposed (NFD) input reads the same
    body, weekday = _strip_prefixes(" ".join(composed.split()).rstrip("."))
    match = _FORMS.fullmatch(body)
    if match is None:
        raise _unreadable(whole, "no known form matches", "không khớp dạng nào đã biết")
    year_text, month_text, day_text = _pieces(match)
    if year_text is not None and len(year_text) != _YEAR_DIGITS:
        raise _unreadable(whole, "the year must have four digits", "năm phải có bốn chữ số")
    year = None if year_text is None else int(year_text)
    month = None if month_text is None else int(month_text)
    day = None if day_text is None else int(day_text)
    _check_date(whole, year, month, day)
    return year, month, day, weekday


def _check_weekday(
    text: str, year: int, month: int | None, day: int | None, weekday: int | None
) -> None:
    if weekday is None:
        return
    if month is None or day is None:
        raise _unreadable(text, "a weekday needs a whole date", "có thứ thì phải có ngày")
    actual = dt.date(year, month, day).weekday()
    if actual != weekday:
        raise _unreadable(
            text,
            f"{day:02d}/{month:02d}/{year} is a {WEEKDAYS[actual]}",
            f"ngày {day:02d}/{month:02d}/{year} là {WEEKDAYS[actual]}",
        )


_YEAR_DIGITS: Final = 4
_MONTHS: Final = 12
_WEEKDAY_WORDS: Final = 2  # "Thứ Tư", "Chủ nhật", "thứ 4"
#: A unit named by its number, as a dateline writes it in full: "Quận 1", "Phường 12"
#: (Decree 30/2020/NĐ-CP, Appendix I: such units are not shortened).
_NUMBERED_UNIT: Final = re.compile(r"(?:quận|phường|xã|thị trấn)\s[0-9]{1,3}", re.IGNORECASE)


def _strip_prefixes(body: str) -> tuple[str, int | None]:
    """Take a leading place and weekday off; return the rest and the weekday (Monday 0)."""
    weekday: int | None = None
    for _ in range(2):  # a place, then a weekday, each followed by a comma
        prefix = _PREFIX.match(body)
        if prefix is None:
            break
        day_name = _weekday(prefix["prefix"])
        numbered = _NUMBERED_UNIT.fullmatch(prefix["prefix"]) is not None
        if day_name is None and not numbered and _DIGIT.search(prefix["prefix"]):
            break  # not a place nor a weekday: "02 tháng 12, năm 2020" stays whole
        body = prefix["rest"]
        if day_name is not None:
            weekday = day_name
    words = body.split(" ", _WEEKDAY_WORDS)
    if weekday is None and len(words) > _WEEKDAY_WORDS:  # "Thứ Tư ngày 02/12/2020"
        day_name = _weekday(" ".join(words[:2]))
        if day_name is not None:
            return words[2], day_name
    return body, weekday


def _check_date(text: str, year: int | None, month: int | None, day: int | None) -> None:
    if year is not None and year < 1:
        raise _unreadable(text, "there is no year 0", "không có năm 0")
    if month is not None and not 1 <= month <= _MONTHS:
        raise _unreadable(text, f"there is no month {month}", f"không có tháng {month}")
    if month is not None and day is not None:
        last = calendar.monthrange(year or 2000, month)[1]  # 2000: 29/2 may have a year
        if not 1 <= day <= last:
            where = f"{month}/{year}" if year else str(month)
            raise _unreadable(
                text,
                f"{where if year else 'month ' + where} has no day {day}",
                f"tháng {where} không có ngày {day}",
            )


def parse_date(text: str) -> dt.date:
    """Read a whole Vietnamese date, in any form :func:`parse_partial_date` reads.

    Text that gives only a month or a year is an error here: use
    :func:`parse_partial_date` for it.

    >>> parse_date("ngày 02 tháng 12 năm 2020"), parse_date("19.5.2022")
    (datetime.date(2020, 12, 2), datetime.date(2022, 5, 19))
    >>> parse_date("Thứ Tư, ngày 02 tháng 12 năm 2020")
    datetime.date(2020, 12, 2)
    >>> parse_date("2020-12-02") == parse_date("02/12/2020")
    True
    """
    partial = parse_partial_date(text)
    if partial.day is None:
        raise _unreadable(text, "it gives no day", "thiếu ngày")
    return partial.first_day
