"""Dates as sources give them: whole, only a month and year, only a year, or no year.

A :class:`PartialDate` is stored in JSON as a reduced-precision ISO 8601 date
(ISO 8601-1:2019, 5.2.2.2): ``"2016"``, ``"2019-08"`` or ``"2020-12-02"``; a day and
month without a year ("Ngày 14/3") as ``"--03-14"``, the form ISO 8601:2000 (5.2.1.3)
gave it. A :class:`Period` has a start, an end, or both ("giai đoạn 2016 – 2020", "đến
năm 2030").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal, Self

from ipprogram.errors import ErrorDetail, fail
from ipprogram.model._base import record, rule
from ipprogram.model.shape import ScalarSpec, register_scalar

__all__ = ["PartialDate", "Period"]

Precision = Literal["year", "month", "day", "month_day"]

#: The reduced-precision ISO 8601 forms, ASCII digits only; also the JSON Schema pattern.
ISO_PARTIAL = r"^(?:([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?|--([0-9]{2})-([0-9]{2}))$"
_ISO_PARTIAL = re.compile(ISO_PARTIAL)
_MAX_MONTH = 12
_LEAP_YEAR = 2000  # a day without a year may be 29 February


@record
class PartialDate:
    """A calendar date known to the year, the month or the day, or a day without a year.

    A date without a year ("Ngày 14/3", "20.11") has its month and day: the year is the
    reader's to work out, and :func:`ipprogram.vi.read_date` does it only from an
    explicit reference date, as an inference.

    >>> PartialDate(year=2019, month=8)
    PartialDate(year=2019, month=8)
    >>> str(PartialDate(year=2019, month=8)), PartialDate(year=2019, month=8).last_day
    ('2019-08', datetime.date(2019, 8, 31))
    >>> PartialDate(year=2020, day=2)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.day: a day needs a month [inconsistent]
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @rule
    def _valid(self) -> Iterator[ErrorDetail]:
        if self.year is None:
            if self.month is None or self.day is None:
                yield ErrorDetail(
                    ("year",),
                    "inconsistent",
                    detail="a date without a year gives its day and month",
                    detail_vi="ngày không có năm thì phải có ngày và tháng",
                )
        elif not 1 <= self.year <= dt.MAXYEAR:
            yield ErrorDetail(("year",), "out_of_range", value=self.year, low=1, high=dt.MAXYEAR)
        if self.month is not None and not 1 <= self.month <= _MAX_MONTH:
            yield ErrorDetail(("month",), "out_of_range", value=self.month, low=1, high=12)
        elif self.day is not None:
            if self.month is None:
                yield ErrorDetail(
                    ("day",),
                    "inconsistent",
                    detail="a day needs a month",
                    detail_vi="có ngày thì phải có tháng",
                )
            elif self.year is None or 1 <= self.year <= dt.MAXYEAR:
                last = calendar.monthrange(self.year or _LEAP_YEAR, self.month)[1]
                if not 1 <= self.day <= last:
                    yield ErrorDetail(("day",), "out_of_range", value=self.day, low=1, high=last)

    @classmethod
    def from_date(cls, date: dt.date) -> Self:
        """Wrap a full date.

        >>> str(PartialDate.from_date(dt.date(2020, 12, 2)))
        '2020-12-02'
        """
        return cls(year=date.year, month=date.month, day=date.day)

    @classmethod
    def from_iso(cls, text: str) -> Self:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises :class:`~ipprogram.errors.ValidationError` for anything else.

        >>> PartialDate.from_iso("2016").precision
        'year'
        >>> PartialDate.from_iso("2016-2")
        Traceback (most recent call last):
        ipprogram.errors.ValidationError: 1 validation error:
          $: '2016-2' is not a date in the form YYYY, YYYY-MM, ... [invalid_partial_date]
        """
        match = _ISO_PARTIAL.fullmatch(text)
        if match is None:
            fail(ErrorDetail((), "invalid_partial_date", value=text))
        year, month, day, bare_month, bare_day = match.groups()
        if year is None:
            return cls(month=int(bare_month), day=int(bare_day))
        return cls(
            year=int(year),
            month=None if month is None else int(month),
            day=None if day is None else int(day),
        )

    @property
    def precision(self) -> Precision:
        """How much is known: ``"year"``, ``"month"``, ``"day"``, or ``"month_day"``.

        >>> PartialDate.from_iso("--03-14").precision
        'month_day'
        """
        if self.year is None:
            return "month_day"
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def has_year(self) -> bool:
        """Whether the year is known; a date without one has no first or last day."""
        return self.year is not None

    @property
    def first_day(self) -> dt.date:
        """The earliest date this can be; :class:`ValueError` for a date without a year.

        >>> PartialDate(year=2016).first_day
        datetime.date(2016, 1, 1)
        """
        return dt.date(self._year(), self.month or 1, self.day or 1)

    def _year(self) -> int:
        if self.year is None:
            msg = f"{self} has no year: it has no first or last day"
            raise ValueError(msg)
        return self.year

    @property
    def last_day(self) -> dt.date:
        """The latest date this can be.

        >>> PartialDate(year=2024, month=2).last_day
        datetime.date(2024, 2, 29)
        """
        year = self._year()
        if self.day is not None and self.month is not None:
            return dt.date(year, self.month, self.day)
        month = self.month or _MAX_MONTH
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    def narrow(self) -> dt.date | PartialDate:
        """This date as a dated field holds it: a :class:`datetime.date` when whole.

        Dated fields (``Event.date``, ``DocumentRef.date``, ``Trademark.grant_date``
        and the others typed ``datetime.date | PartialDate``) hold a whole date as a
        :class:`datetime.date` and a partial one as a :class:`PartialDate`.

        >>> PartialDate(year=2020, month=12, day=2).narrow()
        datetime.date(2020, 12, 2)
        >>> PartialDate(year=2012).narrow()
        PartialDate(year=2012)
        """
        if self.precision == "day":
            return self.first_day
        return self

    def isoformat(self) -> str:
        """The reduced-precision ISO 8601 form, as :meth:`datetime.date.isoformat` for dates.

        >>> PartialDate(year=2012).isoformat(), PartialDate(month=3, day=14).isoformat()
        ('2012', '--03-14')
        """
        return str(self)

    def __str__(self) -> str:
        """Write the reduced-precision ISO 8601 form ("--03-14" without a year)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


register_scalar(
    ScalarSpec(
        cls=PartialDate,
        parse=PartialDate.from_iso,
        write=str,
        pattern=ISO_PARTIAL,
        description=(
            "a date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD;"
            " a day without a year: --MM-DD"
        ),
        dates=True,
        whole=lambda value: value.precision == "day",
    )
)


@record
class Period:
    """A span of time with a start, an end or both; each may be a partial date.

    >>> period = Period.years(2016, 2020)
    >>> period.start, period.end
    (PartialDate(year=2016), PartialDate(year=2020))
    >>> Period.years(2020, 2016)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.start: the start 2020 is after the end 2016 [period_order]
    """

    start: PartialDate | None = None
    end: PartialDate | None = None

    @rule
    def _ordered(self) -> Iterator[ErrorDetail]:
        if self.start is None and self.end is None:
            yield ErrorDetail((), "empty_period")
        elif (
            self.start is not None
            and self.end is not None
            and self.start.has_year
            and self.end.has_year
            and self.start.first_day > self.end.last_day
        ):
            yield ErrorDetail(("start",), "period_order", start=self.start, end=self.end)

    @classmethod
    def years(cls, start: int | None, end: int | None) -> Self:
        """A period of whole years; either end may be open (``None``).

        >>> str(Period.years(None, 2030).end)
        '2030'
        """
        return cls(
            start=None if start is None else PartialDate(year=start),
            end=None if end is None else PartialDate(year=end),
        )

    def contains(self, date: dt.date) -> bool:
        """Whether ``date`` can fall inside the period (open ends are unbounded).

        An end without a year cannot rule a date out.

        >>> Period.years(2016, 2020).contains(dt.date(2020, 12, 2))
        True
        """
        start, end = self.start, self.end
        if start is not None and start.has_year and date < start.first_day:
            return False
        return end is None or not end.has_year or date <= end.last_day
