"""Geographical-indication application number of the IP Office of Viet Nam.

Written ``6-YYYY-NNNNN``: the type digit 6 for geographical indications, the filing
year and a five-digit serial (confirmed on the Office's published records).

>>> compact("6 - 2023 - 00012")
'6-2023-00012'
>>> is_valid("4-2023-00012")
False
"""

from __future__ import annotations

from ipprogram.ids import _application
from ipprogram.ids._common import passes

__all__ = ["compact", "format", "is_valid", "validate"]

TYPE_DIGIT = "6"
#: The form :func:`validate` returns, valid as it is: how records store the number.
_STORED = _application.stored(TYPE_DIGIT, globals())


def compact(number: str) -> str:
    """Tidy the number into ``6-YYYY-NNNNN``; raise :class:`InvalidNumber` if it cannot be.

    >>> compact("620230001 2")
    '6-2023-00012'
    """
    return _application.compact(number, TYPE_DIGIT)


def validate(number: str) -> str:
    """Return the canonical form of a valid number, or raise :class:`InvalidNumber`.

    >>> validate("6-2023-00012")
    '6-2023-00012'
    """
    if _STORED.fullmatch(number):
        return number
    return compact(number)


def is_valid(number: str) -> bool:
    """Whether the number is a valid GI application number.

    >>> is_valid("6-2023-00012")
    True
    """
    return passes(validate, number)


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    """Write the number as the Office does.

    >>> format("6 2023 00012")
    '6-2023-00012'
    """
    return compact(number)
