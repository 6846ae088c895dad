"""What the identifier modules share: their errors and how they tidy input.

Each module (``mark_application``, ``mark_certificate``, ``gi_application``,
``gi_certificate``, ``legal_document``) has the same four functions, in the style of
python-stdnum: ``compact()`` tidies a number into its canonical form, ``validate()``
returns that form or raises an :class:`InvalidNumber`, ``is_valid()`` says yes or no,
``format()`` writes it as documents do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

from ipprogram._lazy import pattern

__all__ = [
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidNumber",
    "clean",
    "passes",
]


class InvalidNumber(ValueError):  # noqa: N818 - the python-stdnum names
    """The number is not valid; the subclass says how. It is a :class:`ValueError`.

    >>> from ipprogram.ids import gi_certificate
    >>> try:
    ...     gi_certificate.validate("0")
    ... except ValueError as error:
    ...     print(type(error).__name__, error)
    InvalidComponent the number cannot be 0
    """

    message = "the number is not valid"
    message_vi = "số không hợp lệ"

    def __init__(self, message: str | None = None, message_vi: str | None = None) -> None:
        """Use ``message``, or the class's default one; ``message_vi`` in Vietnamese.

        Without ``message_vi`` the Vietnamese text is the class's own.
        """
        super().__init__(message or self.message)
        if message_vi is not None:
            self.message_vi = message_vi


class InvalidFormat(InvalidNumber):
    """The number does not have the shape of such a number.

    >>> from ipprogram.ids import legal_document
    >>> legal_document.validate("5346 Đ-SHTT")
    Traceback (most recent call last):
    ipprogram.ids._common.InvalidFormat: the number does not have the right format
    """

    message = "the number does not have the right format"
    message_vi = "số không đúng dạng"


class InvalidLength(InvalidNumber):
    """The number has too many or too few digits.

    >>> from ipprogram.ids import mark_certificate
    >>> mark_certificate.validate("12345678")
    Traceback (most recent call last):
    ipprogram.ids._common.InvalidLength: the number has the wrong length
    """

    message = "the number has the wrong length"
    message_vi = "số có độ dài không đúng"


class InvalidComponent(InvalidNumber):
    """A part of the number (a year, a type digit, a code) is not possible.

    >>> from ipprogram.ids import mark_application
    >>> mark_application.validate("4-1850-00001")
    Traceback (most recent call last):
    ipprogram.ids._common.InvalidComponent: the year 1850 is before 1900
    """

    message = "a part of the number is not possible"
    message_vi = "một phần của số không thể có"


_DASHES: Final = pattern("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", globals())
_LEAD: Final = pattern(r"^(?:số|so|no\.?|n°)\s*:?\s*", globals(), re.IGNORECASE)
#: One space either side of a separator, after white space is collapsed: at most two
#: characters of look-around per position, so cleaning is linear in the number's length
#: (``\s*([-/])\s*`` on raw text was quadratic in a run of spaces).
_AROUND_SEPARATOR: Final = pattern(r" ?([-/]) ?", globals())
#: Text that cleaning leaves as it is: ASCII digits and hyphens, no space, no lead word.
_ALREADY_CLEAN: Final = pattern(r"[0-9][0-9-]*", globals())


def clean(number: str) -> str:
    """NFC, dashes unified to ``-``, spaces around ``-`` and ``/`` removed, "số" dropped.

    >>> clean(" số 4 – 2017 – 12345 ")
    '4-2017-12345'

    A number as records store it (digits and hyphens, such as ``4-0306822-000``) is
    returned as it is, without the steps, which cannot change it.
    """
    if _ALREADY_CLEAN.fullmatch(number):
        return number
    return clean_steps(number)


def clean_steps(number: str) -> str:
    """The steps of :func:`clean`, each applied: what ``clean`` skips for clean text.

    >>> clean_steps("số 4-0306822-000")
    '4-0306822-000'
    """
    text = unicodedata.normalize("NFC", number).strip()
    text = _DASHES.sub("-", text)
    text = _LEAD.sub("", text)
    text = " ".join(text.split())  # runs of white space first: the next pattern stays linear
    return _AROUND_SEPARATOR.sub(r"\1", text)


def passes(validate: Callable[[str], object], number: str) -> bool:
    """Whether ``validate`` accepts ``number``: the body of every module's ``is_valid``.

    >>> from ipprogram.ids import gi_certificate
    >>> passes(gi_certificate.validate, "00140"), passes(gi_certificate.validate, "x")
    (True, False)
    """
    try:
        validate(number)
    except InvalidNumber:
        return False
    return True
