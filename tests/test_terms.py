"""Terms of protection (Law on IP, Art. 93) and renewal windows (Art. 94.2), at every edge."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.terms import RightKind, RightStatus, expiry, renewal_window, status

D = dt.date


@pytest.mark.parametrize(
    ("kind", "filing", "renewals", "expected"),
    [
        (RightKind.MARK, D(2017, 3, 1), 0, D(2027, 3, 1)),
        (RightKind.MARK, D(2017, 3, 1), 3, D(2057, 3, 1)),
        (RightKind.MARK, D(2016, 2, 29), 0, D(2026, 2, 28)),
        (RightKind.MARK, D(2016, 2, 29), 1, D(2036, 2, 29)),
        (RightKind.MARK, D(2019, 12, 31), 0, D(2029, 12, 31)),
        (RightKind.INVENTION, D(2020, 2, 29), 0, D(2040, 2, 29)),
        (RightKind.INVENTION, D(2021, 1, 31), 0, D(2041, 1, 31)),
        (RightKind.UTILITY_SOLUTION, D(2020, 2, 29), 0, D(2030, 2, 28)),
        (RightKind.INDUSTRIAL_DESIGN, D(2020, 1, 15), 0, D(2025, 1, 15)),
        (RightKind.INDUSTRIAL_DESIGN, D(2020, 1, 15), 2, D(2035, 1, 15)),
        (RightKind.GEOGRAPHICAL_INDICATION, D(2023, 1, 5), 0, None),
    ],
)
def test_expiry(kind: RightKind, filing: dt.date, renewals: int, expected: dt.date | None) -> None:
    """Terms count from filing; renewals from the filing date, not the clamped end."""
    assert expiry(kind, filing, renewals=renewals) == expected


@pytest.mark.parametrize(
    ("kind", "renewals"),
    [
        (RightKind.INVENTION, 1),
        (RightKind.UTILITY_SOLUTION, 1),
        (RightKind.INDUSTRIAL_DESIGN, 3),
        (RightKind.MARK, -1),
    ],
)
def test_renewals_beyond_the_law_are_refused(kind: RightKind, renewals: int) -> None:
    """Patents and utility solutions are not renewed; designs at most twice."""
    with pytest.raises(ValueError, match="renewals"):
        expiry(kind, D(2020, 1, 1), renewals=renewals)


def test_mark_status_at_every_boundary() -> None:
    """Not filed, pending, in force through expiry day, grace for 6 months, expired."""
    filing, grant = D(2017, 3, 1), D(2018, 10, 17)

    def on(day: dt.date, renewals: int = 0) -> RightStatus:
        return status(
            RightKind.MARK, on=day, filing_date=filing, grant_date=grant, renewals=renewals
        )

    assert on(D(2017, 2, 28)) is RightStatus.NOT_FILED
    assert on(D(2017, 3, 1)) is RightStatus.PENDING
    assert on(D(2018, 10, 16)) is RightStatus.PENDING
    assert on(D(2018, 10, 17)) is RightStatus.IN_FORCE
    assert on(D(2027, 3, 1)) is RightStatus.IN_FORCE
    assert on(D(2027, 3, 2)) is RightStatus.GRACE_PERIOD
    assert on(D(2027, 9, 1)) is RightStatus.GRACE_PERIOD
    assert on(D(2027, 9, 2)) is RightStatus.EXPIRED
    assert on(D(2027, 9, 2), renewals=1) is RightStatus.IN_FORCE
    assert status(RightKind.MARK, on=D(2030, 1, 1), filing_date=filing) is RightStatus.PENDING


def test_rights_that_cannot_be_renewed_expire_without_grace() -> None:
    """An invention, or a design renewed twice, has no late-renewal period."""
    assert (
        status(
            RightKind.INVENTION,
            on=D(2040, 1, 2),
            filing_date=D(2020, 1, 1),
            grant_date=D(2023, 1, 1),
        )
        is RightStatus.EXPIRED
    )
    assert (
        status(
            RightKind.INDUSTRIAL_DESIGN,
            on=D(2035, 1, 16),
            filing_date=D(2020, 1, 15),
            grant_date=D(2021, 1, 1),
            renewals=2,
        )
        is RightStatus.EXPIRED
    )
    with pytest.raises(ValueError, match="renewals"):
        renewal_window(RightKind.INDUSTRIAL_DESIGN, D(2020, 1, 15), renewals=2)


def test_gi_is_indefinite_from_grant() -> None:
    """A geographical indication is protected indefinitely once granted (Art. 93.7)."""
    with pytest.raises(ValueError, match="needs no renewal"):
        renewal_window(RightKind.GEOGRAPHICAL_INDICATION, D(2023, 1, 5))
    for day, expected in (
        (D(2024, 6, 21), RightStatus.PENDING),
        (D(9999, 12, 31), RightStatus.IN_FORCE),
    ):
        got = status(
            RightKind.GEOGRAPHICAL_INDICATION,
            on=day,
            filing_date=D(2023, 1, 5),
            grant_date=D(2024, 6, 22),
        )
        assert got is expected


@pytest.mark.parametrize(
    ("filing", "opens", "ends", "late_until"),
    [
        (D(2017, 3, 1), D(2026, 9, 1), D(2027, 3, 1), D(2027, 9, 1)),
        (D(2020, 8, 31), D(2030, 2, 28), D(2030, 8, 31), D(2031, 2, 28)),
        (D(2016, 2, 29), D(2025, 8, 28), D(2026, 2, 28), D(2026, 8, 28)),
        (D(2015, 12, 31), D(2025, 6, 30), D(2025, 12, 31), D(2026, 6, 30)),
    ],
)
def test_renewal_windows(
    filing: dt.date, opens: dt.date, ends: dt.date, late_until: dt.date
) -> None:
    """Six months before expiry on time, six months after with a surcharge; month ends clamp."""
    window = renewal_window(RightKind.MARK, filing)
    assert (window.opens, window.expiry, window.late_until) == (opens, ends, late_until)
    assert window.accepts(opens)
    assert not window.accepts(opens - dt.timedelta(days=1))
    assert window.accepts(late_until)
    assert not window.accepts(late_until + dt.timedelta(days=1))
    assert not window.is_late(ends)
    assert window.is_late(ends + dt.timedelta(days=1))


@given(
    filing=st.dates(D(1990, 1, 1), D(2100, 12, 31)),
    delay=st.integers(0, 2000),
    day=st.dates(D(1990, 1, 1), D(2200, 12, 31)),
    renewals=st.integers(0, 5),
)
def test_mark_status_agrees_with_expiry(
    filing: dt.date, delay: int, day: dt.date, renewals: int
) -> None:
    """In force exactly from grant to expiry; grace exactly the six months after."""
    grant = filing + dt.timedelta(days=delay)
    ends = expiry(RightKind.MARK, filing, renewals=renewals)
    assert ends is not None
    got = status(RightKind.MARK, on=day, filing_date=filing, grant_date=grant, renewals=renewals)
    if day < filing:
        assert got is RightStatus.NOT_FILED
    elif day < grant:
        assert got is RightStatus.PENDING
    elif day <= ends:
        assert got is RightStatus.IN_FORCE
    elif day <= renewal_window(RightKind.MARK, filing, renewals=renewals).late_until:
        assert got is RightStatus.GRACE_PERIOD
    else:
        assert got is RightStatus.EXPIRED


def test_trademark_exposes_expiry_and_status() -> None:
    """A mark record answers for its term, given the date asked about."""
    mark = ip.Trademark(
        name="Quýt Tràng Định",
        kind=ip.MarkKind.COLLECTIVE,
        owner=ip.Organization(name="Hội Làm vườn huyện Tràng Định"),
        filing_date=D(2017, 3, 1),
        grant_date=D(2018, 10, 17),
    )
    assert mark.expiry() == D(2027, 3, 1)
    assert mark.expiry(renewals=1) == D(2037, 3, 1)
    assert mark.status(D(2020, 12, 2)) is RightStatus.IN_FORCE
    assert mark.status(D(2027, 5, 1)) is RightStatus.GRACE_PERIOD
    undated = ip.Trademark(name="X", kind=ip.MarkKind.ORDINARY, owner=ip.Organization(name="Y"))
    assert undated.expiry() is None
    assert undated.status(D(2020, 1, 1)) is None


def test_a_window_ending_on_a_rest_day_ends_on_the_next_working_day() -> None:
    """Civil Code Art. 148.5: a late window ending on Saturday 03/10/2026 runs to Monday."""
    window = renewal_window(RightKind.MARK, D(2016, 4, 3))
    assert window.late_until == D(2026, 10, 3)
    assert window.late_until.weekday() == 5
    monday = D(2026, 10, 5)
    assert not window.accepts(monday)  # without holidays the plain window applies
    assert window.accepts(monday, holidays=())
    assert window.is_late(monday, holidays=())
    # a holiday on the Monday moves it on to Tuesday
    assert not window.accepts(D(2026, 10, 6), holidays=())
    assert window.accepts(D(2026, 10, 6), holidays=[monday])


def test_an_expiry_on_a_holiday_leaves_the_next_working_day_on_time() -> None:
    """Expiry on Thursday 30/4/2026 (Reunification Day) then 1/5: Monday 4/5 is on time."""
    window = renewal_window(RightKind.MARK, D(2016, 4, 30))
    holidays = [D(2026, 4, 30), D(2026, 5, 1)]
    assert window.expiry == D(2026, 4, 30)
    assert window.is_late(D(2026, 5, 4))
    assert not window.is_late(D(2026, 5, 4), holidays=holidays)
    assert window.is_late(D(2026, 5, 5), holidays=holidays)
    # the term of protection itself does not move
    assert expiry(RightKind.MARK, D(2016, 4, 30)) == D(2026, 4, 30)


def test_a_long_run_of_holidays_is_passed_in_full() -> None:
    """Ten weekday holidays in a row and the weekends between them: the limit passes all."""
    window = renewal_window(RightKind.MARK, D(2016, 4, 3))
    start = D(2026, 10, 5)  # the Monday after the window's Saturday end
    holidays = [start + dt.timedelta(days=n) for n in range(14) if (start.weekday() + n) % 7 < 5]
    assert len(holidays) == 10
    assert window.accepts(D(2026, 10, 19), holidays=holidays)
    assert not window.accepts(D(2026, 10, 20), holidays=holidays)
