"""Dates as pages write them: without a year, with a time, over two days, in English.

:func:`read_date` reads what a page writes where a date belongs and says what it states:

- a whole or partial date in any form :func:`~ipprogram.vi.dates.parse_partial_date` reads,
  after a byline ("Minh Anh - 09:30, 18/08/2023") and with a time ("03/04/2021 16:20",
  "Th 5, 14/03/2024 | 08:15 SA": SA is sáng, before noon, CH chiều, after it);
- a day and month without a year ("Ngày 14/3", "20.11");
- a span of days ("Trong 2 ngày (11 và 12-4)", "ngày 11 và 12/4/2025") and periods
  ("từ tháng 5/2018 đến tháng 11/2019", "từ ngày 15/4 đến hết ngày 30/9/2023": the
  year of the end is the start's too, as the text itself says);
- no date at all ("Mới đây", "Vừa qua"): a page that gives none;
- English sources with ``language="en"``: "March 3, 2019", "3 March 2019",
  "Published on 12 - 03 - 2021" (numbers day first, as Vietnamese sites write them in
  English too).

A year the text does not give is never taken from the clock. With an explicit
``reference`` (the page's own date), a date without a year is completed as an
*inference*, with its basis, when one year only puts it within 300 days before the
reference or 120 days after it; when two years could, it stays undecided, with both.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal, NamedTuple

from ipprogram._textkey import match_key
from ipprogram.model.dates import PartialDate
from ipprogram.model.documents import Source
from ipprogram.model.facts import Certainty, Claim
from ipprogram.vi.dates import _check_weekday, _parts, _unreadable, format_date

__all__ = ["DateReading", "read_date"]

Language = Literal["vi", "en"]

#: Words a page writes where it gives no date ("Mới đây, ...").
_NO_DATE: Final = frozenset(match_key(w) for w in ("mới đây", "vừa qua", "gần đây", "mới rồi"))
#: How far before and after the reference a yearless date may fall (days): a page
#: reports what happened in the year before it, or announces what comes in the next four
#: months. The window is longer than a year, so a date may fit two years: undecided.
_BEFORE: Final = 300
_AFTER: Final = 120
_TIME: Final = re.compile(
    r"(?<![0-9])(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?:\s?(?P<half>SA|CH|AM|PM))?(?![0-9])",
    re.IGNORECASE,
)
_TWO_DAYS: Final = re.compile(
    r"(?:trong\s(?P<n>[0-9]{1,2})\sngày\s?\()?(?:ngày\s)?(?P<d1>[0-9]{1,2})\s?(?:và|,)\s?"
    r"(?P<d2>[0-9]{1,2})\s?[-/.]\s?(?P<m>[0-9]{1,2})(?:\s?[-/.]\s?(?P<y>[0-9]{4}))?\)?",
    re.IGNORECASE,
)
_MONTH_NAMES: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ENGLISH: Final = re.compile(
    r"(?:(?P<m1>[a-z]{3,9})\.?\s(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?,?\s(?P<y1>[0-9]{4})"
    r"|(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s(?P<m2>[a-z]{3,9})\.?,?\s(?P<y2>[0-9]{4}))",
    re.IGNORECASE,
)
_ENGLISH_PREFIXES: Final = ("published on ", "posted on ", "updated on ", "published ", "on ")


class DateReading(NamedTuple):
    """What a date as a page writes it states, and how sure the reading is.

    ``start`` is the date (``None``: the page gives none), ``end`` the last day of a
    span. ``inferred`` is true when the year was completed from the reference, with
    ``basis`` saying how; ``years`` are the years an undecided date without a year may
    be in.

    >>> read_date("ngày 11 và 12/4/2025").end
    PartialDate(year=2025, month=4, day=12)
    """

    text: str
    start: PartialDate | None
    end: PartialDate | None = None
    time: dt.time | None = None
    inferred: bool = False
    basis: str | None = None
    years: tuple[int, ...] = ()

    @property
    def date(self) -> dt.date | None:
        """The date when it is known to the day and year, else ``None``.

        >>> read_date("03/04/2021 16:20").date
        datetime.date(2021, 4, 3)
        """
        start = self.start
        if start is None or start.precision != "day":
            return None
        return start.first_day

    @property
    def value(self) -> dt.date | PartialDate | None:
        """The date as a dated field holds it, whole as a :class:`datetime.date` or partial.

        >>> read_date("03/04/2021 16:20").value
        datetime.date(2021, 4, 3)
        >>> read_date("tháng 5/2015").value
        PartialDate(year=2015, month=5)
        """
        return None if self.start is None else self.start.narrow()

    def claim(self, field: str, source: Source | None = None) -> Claim:
        """The claim a record keeps of this reading for ``field``.

        Inferred when the year was completed; unstated when the page gives no date
        ("Mới đây"); otherwise stated, with the page's words.

        >>> reading = read_date("Ngày 14/3", reference=dt.date(2024, 3, 20))
        >>> claim = reading.claim("date")
        >>> claim.certainty.value, claim.value, claim.reading
        ('inferred', 'Ngày 14/3', '2024-03-14')
        """
        if self.inferred:
            return Claim(
                field=field,
                certainty=Certainty.INFERRED,
                value=self.text,
                reading=str(self.start),
                basis=self.basis,
                source=source,
            )
        if self.start is None:
            return Claim(field=field, certainty=Certainty.UNSTATED, source=source)
        return Claim(field=field, value=self.text, source=source)


def _time(match: re.Match[str], text: str) -> dt.time:
    hour, minute = int(match["h"]), int(match["m"])
    half = (match["half"] or "").upper()
    if half in ("CH", "PM") and hour < 12:  # noqa: PLR2004
        hour += 12
    elif half in ("SA", "AM") and hour == 12:  # noqa: PLR2004
        hour = 0
    if hour > 23 or minute > 59:  # noqa: PLR2004
        raise _unreadable(text, f"there is no time {match[0]}", f"không có giờ {match[0]}")
    return dt.time(hour, minute)


def _partial(year: int | None, month: int | None, day: int | None) -> PartialDate:
    return PartialDate(year=year, month=month, day=day)


def _one(text: str, whole: str, language: Language) -> PartialDate:
    """One date, in Vietnamese forms or, for English sources, English ones too."""
    if language == "en":
        english = _ENGLISH.fullmatch(text)
        if english is not None:
            name = (english["m1"] or english["m2"]).lower()
            number = _MONTH_NAMES.get(name)
            if number is None:
                raise _unreadable(whole, f"no month {name!r}", f"không có tháng {name!r}")
            given_year = int(english["y1"] or english["y2"])
            given_day = int(english["d1"] or english["d2"])
            _parts(f"{given_day}/{number}/{given_year}", whole)  # checks the day
            return _partial(given_year, number, given_day)
    year, month, day, weekday = _parts(text, whole)
    if year is not None:
        _check_weekday(whole, year, month, day, weekday)
    return _partial(year, month, day)


def _drop_byline(text: str) -> str:
    """Take off a byline before " - " when it holds no figure ("Minh Anh - 09:30, ...")."""
    head, dash, rest = text.partition(" - ")
    if dash and not any(char.isascii() and char.isdigit() for char in head):
        return rest
    return text


def _complete(reading: DateReading, reference: dt.date | None) -> DateReading:
    """Complete a date without a year from the reference, or say which years it may be."""
    start = reading.start
    if start is None or start.has_year or reference is None:
        return reading
    assert start.month is not None  # noqa: S101 - a date without a year has its month
    assert start.day is not None  # noqa: S101 - and its day
    plausible = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, start.month, start.day)
        except ValueError:  # 29 February of a common year
            continue
        if -_BEFORE <= (candidate - reference).days <= _AFTER:
            plausible.append(year)
    if len(plausible) != 1:
        return reading._replace(years=tuple(plausible))
    (year,) = plausible
    end = reading.end
    if end is not None and not end.has_year:
        end_year = year if (end.month, end.day) >= (start.month, start.day) else year + 1
        end = _partial(end_year, end.month, end.day)
    basis = f"năm {year}: ngày tham chiếu {format_date(reference, 'numeric')}"
    return reading._replace(
        start=_partial(year, start.month, start.day), end=end, inferred=True, basis=basis
    )


def read_date(
    text: str, *, reference: dt.date | None = None, language: Language = "vi"
) -> DateReading:
    """Read a date as a page writes it; see the module for the forms.

    ``reference`` is the date a yearless date is completed from (the page's own date),
    never today. Errors are a :class:`~ipprogram.ValidationError` with code
    ``unreadable_date``.

    >>> read_date("Th 5, 14/03/2024 | 08:15 SA").time
    datetime.time(8, 15)
    >>> str(read_date("Ngày 14/3").start), read_date("Ngày 14/3").inferred
    ('--03-14', False)
    >>> reading = read_date("Trong 2 ngày (11 và 12-4)", reference=dt.date(2025, 4, 14))
    >>> str(reading.start), str(reading.end), reading.basis
    ('2025-04-11', '2025-04-12', 'năm 2025: ngày tham chiếu 14/04/2025')
    >>> str(read_date("20/12", reference=dt.date(2024, 1, 5)).start)
    '2023-12-20'
    >>> undecided = read_date("15/6", reference=dt.date(2024, 3, 1))
    >>> str(undecided.start), undecided.years
    ('--06-15', (2023, 2024))
    >>> read_date("Mới đây").start is None
    True
    >>> str(read_date("March 3, 2019", language="en").start)
    '2019-03-03'
    """
    given: object = text
    if not isinstance(given, str):
        msg = f"read_date() takes a str, got {type(given).__name__}"
        raise TypeError(msg)
    body = " ".join(text.split()).strip(" .")
    if match_key(body) in _NO_DATE or match_key(body.rstrip(",")) in _NO_DATE:
        return DateReading(text, None)
    if language == "en":
        lowered = body.lower()
        for prefix in _ENGLISH_PREFIXES:
            if lowered.startswith(prefix):
                body = body[len(prefix) :]
                break
    body = _drop_byline(body)
    time = None
    found = _TIME.search(body)
    if found is not None:
        time = _time(found, text)
        body = (body[: found.start()] + body[found.end() :]).replace("|", ",")
        body = " ".join(body.split()).strip(" ,")
    reading = _span(body, text, language)
    return _complete(reading._replace(time=time), reference)


def _span(body: str, text: str, language: Language) -> DateReading:
    """A single date, two days of one month, or a period "từ ... đến ..."."""
    lowered = body.lower()
    if lowered.startswith("từ ") and " đến " in lowered:
        cut = lowered.index(" đến ")
        first, last = body[3:cut], body[cut + 5 :]
        if last.lower().startswith("hết "):
            last = last[4:]
        end = _one(last, text, language)
        start = _one(first, text, language)
        if not start.has_year and end.has_year and end.year is not None:
            assert start.month is not None  # noqa: S101 - without a year: month and day
            assert start.day is not None  # noqa: S101
            earlier = (start.month, start.day) <= (end.month or 12, end.day or 31)
            start = _partial(end.year if earlier else end.year - 1, start.month, start.day)
        return DateReading(text, start, end)
    two = _TWO_DAYS.fullmatch(body)
    if two is not None:
        first_day, last_day, month = int(two["d1"]), int(two["d2"]), int(two["m"])
        year = None if two["y"] is None else int(two["y"])
        if two["n"] is not None and int(two["n"]) != last_day - first_day + 1:
            raise _unreadable(
                text,
                f"{two['n']} days are not {first_day} to {last_day}",
                f"{two['n']} ngày không phải từ {first_day} đến {last_day}",
            )
        if last_day <= first_day:
            raise _unreadable(text, "the days are not in order", "các ngày không theo thứ tự")
        _parts(f"{last_day}/{month}" + ("" if year is None else f"/{year}"), text)
        return DateReading(text, _partial(year, month, first_day), _partial(year, month, last_day))
    return DateReading(text, _one(body, text, language))
