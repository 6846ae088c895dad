"""Mark registration certificate number of the IP Office of Viet Nam (số văn bằng).

Written ``4-0NNNNNN-000`` (confirmed: "Quýt Tràng Định", certificate 4-0306822-000):
the type digit 4, the serial in seven digits, and ``000``. Running text often cites the
bare serial ("số 286000"); :func:`compact` accepts it and pads it to seven digits.

>>> compact("số 306822")
'4-0306822-000'
>>> compact("4-0306822-000")
'4-0306822-000'
>>> serial("4-0306822-000")
306822
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

__all__ = ["compact", "format", "is_valid", "serial", "validate"]

_FULL: Final = pattern(r"4-?([0-9]{7})-?([0-9]{3})\Z", globals())
_BARE: Final = pattern(r"[0-9]+\Z", globals())
_SERIAL_DIGITS: Final = 7
#: The form :func:`validate` returns, valid as it is: how records store the number.
_STORED: Final = pattern(r"4-[0-9]{7}-000", globals())


def compact(number: str) -> str:
    """Tidy the number into ``4-NNNNNNN-000``; raise :class:`InvalidNumber` if it cannot be.

    >>> compact("40306822000")
    '4-0306822-000'
    """
    text = clean(number).replace(" ", "")
    match = _FULL.match(text)
    if match is not None:
        digits, suffix = match.groups()
        if suffix != "000":
            msg = f"the last part is {suffix}, not 000"
            raise InvalidComponent(msg)
        return f"4-{digits}-000"
    if _BARE.match(text):
        if len(text) > _SERIAL_DIGITS:
            raise InvalidLength
        if int(text) == 0:
            msg = "the serial cannot be 0"
            raise InvalidComponent(msg)
        return f"4-{text.zfill(_SERIAL_DIGITS)}-000"
    raise InvalidFormat


def validate(number: str) -> str:
    """Return the canonical form of a valid number, or raise :class:`InvalidNumber`.

    >>> validate("4-0306822-001")
    Traceback (most recent call last):
    ipprogram.ids._common.InvalidComponent: the last part is 001, not 000
    """
    if _STORED.fullmatch(number):
        return number
    return compact(number)


def is_valid(number: str) -> bool:
    """Whether the number is a valid mark certificate number (or its bare serial).

    >>> is_valid("286000"), is_valid("4-03068-000")
    (True, False)
    """
    return passes(validate, number)


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    """Write the number in full, as the certificate does.

    >>> format("286000")
    '4-0286000-000'
    """
    return compact(number)


def serial(number: str) -> int:
    """The serial as a number, as running text cites it.

    >>> serial("4-0286000-000")
    286000
    """
    return int(compact(number).split("-")[1])
