"""Terms of protection under the Law on Intellectual Property, with python-dateutil.

Law on Intellectual Property 50/2005/QH11 (amended 2009, 2019 and by Law 07/2022/QH15),
Art. 93: a title is valid from its grant date; its term counts from the filing date.

=======================  ===============================  ============================
right                    term (Art. 93)                   renewal
=======================  ===============================  ============================
mark (nhãn hiệu)         to the end of 10 years from      any number of 10-year
                         filing (93.6)                    renewals (93.6)
invention (sáng chế)     to the end of 20 years (93.2)    none
utility solution         to the end of 10 years (93.3)    none
industrial design        to the end of 5 years (93.4)     twice, 5 years each
geographical indication  indefinite from grant (93.7)     none needed
=======================  ===============================  ============================

"To the end of N years from filing" is read as the anniversary of the filing date, as the
IP Office's register states expiry dates; a 29 February filing ends on 28 February in a
year that has none, as Civil Code 2015, Art. 148.3 ends a period of months that has no
corresponding day. Renewals count from the filing date (Art. 93.6 gives every term of a
mark "from the filing date"), not from the clamped date of the previous term: a mark
filed on 29/02/2016 and renewed once lasts to 29/02/2036. Reading a renewal as ten years
added to the clamped expiry (Civil Code Art. 148.4) would give 28/02/2036; the two
readings differ only for 29 February filings, and no decision of the IP Office on such a
renewal was found to settle it. A renewal is requested within 6 months before expiry, or
within 6 months after it with a surcharge (Art. 94.2; our sources for this are
secondary).

When the last day of a time limit is a weekly rest day or a public holiday, the limit
ends with the next working day (Civil Code 2015, Art. 148.5). The Civil Code's way of
counting applies wherever another law provides none (Art. 144.2), and no such rule was
found in the Law on IP or its decrees; it concerns the time limits for an act (requesting
a renewal), never the term of protection itself, which ends on its date. Public holidays
are set by the Labour Code 2019 (Art. 112) and, for Tết, year by year: the library does
not know them, so :meth:`RenewalWindow.accepts` and :meth:`RenewalWindow.is_late` move
the limits only when given the ``holidays`` of the years concerned (Saturdays and
Sundays are rest days in any case).

Every function takes the date it is about: nothing reads the clock.

>>> import datetime as dt
>>> expiry(RightKind.MARK, dt.date(2017, 3, 1))
datetime.date(2027, 3, 1)
>>> status(
...     RightKind.MARK,
...     on=dt.date(2027, 6, 1),
...     filing_date=dt.date(2017, 3, 1),
...     grant_date=dt.date(2018, 10, 17),
... )
<RightStatus.GRACE_PERIOD: 'grace_period'>
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from dateutil.relativedelta import relativedelta

from ipprogram.model.dates import PartialDate
from ipprogram.model.enums import LabelledEnum

__all__ = [
    "RenewalWindow",
    "RightKind",
    "RightStatus",
    "expiry",
    "known_status",
    "renewal_window",
    "status",
]


class RightKind(LabelledEnum):
    """Kinds of industrial-property title whose terms Art. 93 sets.

    >>> RightKind.UTILITY_SOLUTION.label
    'Giải pháp hữu ích'
    """

    MARK = "mark", "Nhãn hiệu"
    GEOGRAPHICAL_INDICATION = "geographical_indication", "Chỉ dẫn địa lý"
    INVENTION = "invention", "Sáng chế"
    UTILITY_SOLUTION = "utility_solution", "Giải pháp hữu ích"
    INDUSTRIAL_DESIGN = "industrial_design", "Kiểu dáng công nghiệp"


class RightStatus(LabelledEnum):
    """Where a right stands on a given date.

    >>> RightStatus.IN_FORCE.label
    'còn hiệu lực'
    """

    NOT_FILED = "not_filed", "chưa nộp đơn"
    PENDING = "pending", "đang giải quyết"
    IN_FORCE = "in_force", "còn hiệu lực"
    GRACE_PERIOD = "grace_period", "trong thời hạn gia hạn muộn"
    EXPIRED = "expired", "hết hiệu lực"


#: Years of the first term, and of each renewal, per kind (Art. 93).
TERM_YEARS: Final = MappingProxyType(
    {
        RightKind.MARK: 10,
        RightKind.INVENTION: 20,
        RightKind.UTILITY_SOLUTION: 10,
        RightKind.INDUSTRIAL_DESIGN: 5,
    }
)
#: How many renewals each kind allows; ``None`` is without limit (Art. 93.4, 93.6).
MAX_RENEWALS: Final[Mapping[RightKind, int | None]] = MappingProxyType(
    {
        RightKind.MARK: None,
        RightKind.INVENTION: 0,
        RightKind.UTILITY_SOLUTION: 0,
        RightKind.INDUSTRIAL_DESIGN: 2,
    }
)
#: The renewal request window before expiry and the late window after it (Art. 94.2).
WINDOW: Final = relativedelta(months=6)


def _check_renewals(kind: RightKind, renewals: int) -> None:
    if kind is RightKind.GEOGRAPHICAL_INDICATION:
        return
    limit = MAX_RENEWALS[kind]
    if renewals < 0 or (limit is not None and renewals > limit):
        allowed = "any number of" if limit is None else f"at most {limit}"
        msg = f"{kind.value.replace('_', ' ')}s allow {allowed} renewals, not {renewals}"
        raise ValueError(msg)


def expiry(kind: RightKind, filing_date: dt.date, *, renewals: int = 0) -> dt.date | None:
    """The last day of protection, after ``renewals`` renewals; ``None`` for a GI.

    >>> expiry(RightKind.MARK, dt.date(2016, 2, 29))
    datetime.date(2026, 2, 28)
    >>> expiry(RightKind.MARK, dt.date(2016, 2, 29), renewals=1)
    datetime.date(2036, 2, 29)
    >>> expiry(RightKind.INDUSTRIAL_DESIGN, dt.date(2020, 1, 15), renewals=2)
    datetime.date(2035, 1, 15)
    """
    _check_renewals(kind, renewals)
    if kind is RightKind.GEOGRAPHICAL_INDICATION:
        return None
    years = TERM_YEARS[kind] * (renewals + 1)
    if filing_date.year + years > dt.MAXYEAR:
        msg = f"{renewals} renewals end after the year {dt.MAXYEAR}"
        raise ValueError(msg)
    ends: dt.date = filing_date + relativedelta(years=years)
    return ends


class RenewalWindow:
    """When a renewal may be requested.

    From ``opens`` to ``expiry`` on time, then to ``late_until`` with a surcharge
    (Art. 94.2).

    >>> window = renewal_window(RightKind.MARK, dt.date(2020, 8, 31))
    >>> window.opens, window.expiry, window.late_until
    (datetime.date(2030, 2, 28), datetime.date(2030, 8, 31), datetime.date(2031, 2, 28))
    """

    __slots__ = ("expiry", "late_until", "opens")

    def __init__(self, expiry: dt.date) -> None:
        """Build the window around the expiry date of the current term."""
        self.expiry = expiry
        self.opens: dt.date = expiry - WINDOW
        self.late_until: dt.date = expiry + WINDOW

    def __repr__(self) -> str:
        return (
            f"RenewalWindow(opens={self.opens}, expiry={self.expiry}, late_until={self.late_until})"
        )

    def accepts(self, date: dt.date, *, holidays: Iterable[dt.date] | None = None) -> bool:
        """Whether a request on ``date`` is in time, on time or late.

        With ``holidays`` (possibly empty), a window that ends on a Saturday, a Sunday or
        one of them ends with the next working day (Civil Code 2015, Art. 148.5).

        >>> window = renewal_window(RightKind.MARK, dt.date(2017, 3, 1))
        >>> window.late_until, window.late_until.strftime("%A")
        (datetime.date(2027, 9, 1), 'Wednesday')
        >>> window.accepts(dt.date(2027, 9, 2))
        False
        >>> saturday = renewal_window(RightKind.MARK, dt.date(2016, 4, 3))
        >>> saturday.late_until.strftime("%A"), saturday.accepts(dt.date(2026, 10, 5))
        ('Saturday', False)
        >>> saturday.accepts(dt.date(2026, 10, 5), holidays=())
        True
        """
        return self.opens <= date <= _working_day(self.late_until, holidays)

    def is_late(self, date: dt.date, *, holidays: Iterable[dt.date] | None = None) -> bool:
        """Whether a request on ``date`` needs the late surcharge.

        ``holidays`` is as for :meth:`accepts`: an expiry on a rest day leaves the next
        working day on time.

        >>> renewal_window(RightKind.MARK, dt.date(2017, 3, 1)).is_late(dt.date(2027, 3, 2))
        True
        >>> sunday = renewal_window(RightKind.MARK, dt.date(2017, 4, 4))
        >>> sunday.expiry.strftime("%A"), sunday.is_late(dt.date(2027, 4, 6), holidays=())
        ('Sunday', True)
        >>> sunday.is_late(dt.date(2027, 4, 5), holidays=[dt.date(2027, 4, 5)])
        False
        """
        return _working_day(self.expiry, holidays) < date <= _working_day(self.late_until, holidays)


#: Saturday and Sunday, the weekly rest days (Labour Code 2019, Art. 111; Civil Code
#: 2015, Art. 148.5 "ngày nghỉ cuối tuần").
_REST_DAYS: Final = frozenset({5, 6})


def _working_day(date: dt.date, holidays: Iterable[dt.date] | None) -> dt.date:
    """``date``, or the next working day when it is a rest day or a holiday (Art. 148.5).

    ``None`` leaves the date as it is.
    """
    if holidays is None:
        return date
    closed = frozenset(holidays)
    for _ in range(2 * len(closed) + 3):  # no run of closed days is longer
        if date.weekday() not in _REST_DAYS and date not in closed:
            return date
        date += dt.timedelta(days=1)
    return date


def renewal_window(kind: RightKind, filing_date: dt.date, *, renewals: int = 0) -> RenewalWindow:
    """The window for renewing the term that ``renewals`` renewals have reached.

    Raises :class:`ValueError` for a kind that cannot be renewed (again).

    >>> renewal_window(RightKind.INVENTION, dt.date(2020, 1, 1))
    Traceback (most recent call last):
    ValueError: inventions allow at most 0 renewals, not 1
    """
    _check_renewals(kind, renewals + 1)
    ends = expiry(kind, filing_date, renewals=renewals)
    if ends is None:  # a geographical indication: indefinite, nothing to renew
        msg = "a geographical indication needs no renewal"
        raise ValueError(msg)
    return RenewalWindow(ends)


def status(
    kind: RightKind,
    *,
    on: dt.date,
    filing_date: dt.date,
    grant_date: dt.date | None = None,
    renewals: int = 0,
) -> RightStatus:
    """Where a right stands on the date ``on``.

    Before filing: not filed; filed but not granted by then: pending; granted and within
    the term: in force; past expiry but within the late-renewal window of a renewable
    right: grace period; otherwise expired.

    >>> status(
    ...     RightKind.GEOGRAPHICAL_INDICATION,
    ...     on=dt.date(2090, 1, 1),
    ...     filing_date=dt.date(2023, 1, 5),
    ...     grant_date=dt.date(2024, 6, 22),
    ... )
    <RightStatus.IN_FORCE: 'in_force'>
    """
    if on < filing_date:
        return RightStatus.NOT_FILED
    if grant_date is None or on < grant_date:
        return RightStatus.PENDING
    ends = expiry(kind, filing_date, renewals=renewals)
    if ends is None or on <= ends:
        return RightStatus.IN_FORCE
    limit = MAX_RENEWALS[kind]
    renewable = limit is None or renewals < limit
    if renewable and on <= ends + WINDOW:
        return RightStatus.GRACE_PERIOD
    return RightStatus.EXPIRED


def _corners(value: dt.date | PartialDate | None) -> tuple[dt.date | None, ...] | None:
    if value is None or isinstance(value, dt.date):
        return (value,)
    if not value.has_year:
        return None
    return (value.first_day, value.last_day)


def known_status(
    kind: RightKind,
    *,
    on: dt.date,
    filing_date: dt.date | PartialDate,
    grant_date: dt.date | PartialDate | None = None,
    renewals: int = 0,
) -> RightStatus | None:
    """Where a right stands on ``on`` when its dates may be partial; ``None`` if unsure.

    A partial date ("2012", "tháng 5/2015") is any day it spans. The status is the
    one :func:`status` gives on the earliest and the latest days both dates can be,
    and ``None`` when those differ (or a date has no year): a partial date never
    becomes a made-up day.

    >>> known_status(
    ...     RightKind.MARK,
    ...     on=dt.date(2020, 12, 2),
    ...     filing_date=PartialDate(year=2012),
    ...     grant_date=PartialDate(year=2013),
    ... ).label
    'còn hiệu lực'
    >>> known_status(
    ...     RightKind.MARK,
    ...     on=dt.date(2022, 6, 1),
    ...     filing_date=PartialDate(year=2012),
    ...     grant_date=PartialDate(year=2013),
    ... ) is None
    True
    """
    filings = _corners(filing_date)
    grants = _corners(grant_date)
    if filings is None or grants is None:
        return None
    found = {
        status(kind, on=on, filing_date=filed, grant_date=granted, renewals=renewals)
        for filed in filings
        if filed is not None
        for granted in grants
    }
    return found.pop() if len(found) == 1 else None
