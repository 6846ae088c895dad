"""Application numbers of the IP Office of Viet Nam: ``T-YYYY-NNNNN``."""

from __future__ import annotations

import re
from typing import Any, Final

from ipprogram._lazy import pattern
from ipprogram.ids._common import InvalidComponent, InvalidFormat, clean

_SHAPE: Final = pattern(r"([0-9])-?([0-9]{4})-?([0-9]{5})\Z", globals())
_FIRST_YEAR: Final = 1900  # a plausibility bound, not a legal one


def stored(type_digit: str, namespace: dict[str, Any]) -> re.Pattern[str]:
    """The form :func:`compact` writes: a number of it is valid as it is (a year from 1900).

    Compiled on first use, as a global of ``namespace`` (:func:`ipprogram._lazy.pattern`).

    >>> marks = stored("4", {})
    >>> bool(marks.fullmatch("4-2017-12345")), bool(marks.fullmatch("4-1899-12345"))
    (True, False)
    """
    return pattern(rf"{type_digit}-(?:19|[2-9][0-9])[0-9]{{2}}-[0-9]{{5}}", namespace)


def compact(number: str, type_digit: str) -> str:
    """Return the canonical ``T-YYYY-NNNNN`` form, or raise."""
    match = _SHAPE.match(clean(number).replace(" ", ""))
    if match is None:
        raise InvalidFormat
    kind, year, serial = match.groups()
    if kind != type_digit:
        msg = f"the type digit is {kind}, not {type_digit}"
        raise InvalidComponent(msg)
    if int(year) < _FIRST_YEAR:
        msg = f"the year {year} is before {_FIRST_YEAR}"
        raise InvalidComponent(msg)
    return f"{kind}-{year}-{serial}"
