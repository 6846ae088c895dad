"""Geographical-indication certificate number of the IP Office of Viet Nam.

Five digits, zero-padded, and the leading zeros are part of the number (confirmed: the
GI "Lạng Sơn" for custard apple is no. 00140, decision 560/QĐ-SHTT of 22/6/2024).
Shorter forms from running text ("số 140") are padded.

>>> compact("số 140")
'00140'
>>> validate("001400")
Traceback (most recent call last):
ipprogram.ids._common.InvalidLength: the number has the wrong length
"""

from __future__ import annotations

from typing import Final

from ipprogram._lazy import pattern
from ipprogram.ids._common import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    clean,
    passes,
)

__all__ = ["compact", "format", "is_valid", "validate"]

_DIGITS: Final = pattern(r"[0-9]+\Z", globals())
_LENGTH: Final = 5
#: The form :func:`validate` returns, valid as it is: how records store the number.
_STORED: Final = pattern(r"(?!0{5})[0-9]{5}", globals())


def compact(number: str) -> str:
    """Tidy the number into five digits; raise :class:`InvalidNumber` if it cannot be.

    >>> compact("00140")
    '00140'
    """
    text = clean(number).replace(" ", "")
    if not _DIGITS.match(text):
        raise InvalidFormat
    if len(text) > _LENGTH:
        raise InvalidLength
    if int(text) == 0:
        msg = "the number cannot be 0"
        raise InvalidComponent(msg)
    return text.zfill(_LENGTH)


def validate(number: str) -> str:
    """Return the canonical five digits of a valid number, or raise :class:`InvalidNumber`.

    >>> validate("140")
    '00140'
    """
    if _STORED.fullmatch(number):
        return number
    return compact(number)


def is_valid(number: str) -> bool:
    """Whether the number is a valid GI certificate number.

    >>> is_valid("00140"), is_valid("GI-140")
    (True, False)
    """
    return passes(validate, number)


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    """Write the five digits.

    >>> format("140")
    '00140'
    """
    return compact(number)
