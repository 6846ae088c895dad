"""Mark application number of the IP Office of Viet Nam (số đơn nhãn hiệu).

The number is written ``4-YYYY-NNNNN``: the type digit 4 for marks, the filing year, and
a five-digit serial (a secondary source; the type digit for marks matches the
certificates, which are confirmed). Running text adds spaces or en dashes
("4 – 2017 – 12345"); all forms compact to the same.

WIPO Standard ST.13 numbers an application as the office code, a two-digit type of
right, the year and the serial: :func:`to_st13` gives ``VN50YYYY0000NNNNN``, with 50 for
marks, the code the WIPO Global Brand Database uses in its identifiers.

>>> compact("4 – 2017 – 12345")
'4-2017-12345'
>>> validate("6-2017-12345")
Traceback (most recent call last):
ipprogram.ids._common.InvalidComponent: the type digit is 6, not 4
>>> to_st13("4-2017-12345")
'VN502017000012345'
"""

from __future__ import annotations

from ipprogram.ids import _application
from ipprogram.ids._common import passes

__all__ = ["compact", "format", "is_valid", "to_st13", "validate"]

TYPE_DIGIT = "4"
#: The form :func:`validate` returns, valid as it is: how records store the number.
_STORED = _application.stored(TYPE_DIGIT, globals())


def compact(number: str) -> str:
    """Tidy the number into ``4-YYYY-NNNNN``; raise :class:`InvalidNumber` if it cannot be.

    >>> compact("4201712345")
    '4-2017-12345'
    """
    return _application.compact(number, TYPE_DIGIT)


def validate(number: str) -> str:
    """Return the canonical form of a valid number, or raise :class:`InvalidNumber`.

    >>> validate("số 4-2017-12345")
    '4-2017-12345'
    """
    if _STORED.fullmatch(number):
        return number
    return compact(number)


def is_valid(number: str) -> bool:
    """Whether the number is a valid mark application number.

    >>> is_valid("4-2017-12345"), is_valid("4-17-12345")
    (True, False)
    """
    return passes(validate, number)


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    """Write the number as the Office does.

    >>> format(" 4 - 2017 - 12345")
    '4-2017-12345'
    """
    return compact(number)


def to_st13(number: str) -> str:
    """The WIPO ST.13 form: ``VN``, type 50, the year, the serial padded to nine digits.

    >>> to_st13("4-2024-00001")
    'VN502024000000001'
    """
    _, year, serial = compact(number).split("-")
    return f"VN50{year}{serial.zfill(9)}"
