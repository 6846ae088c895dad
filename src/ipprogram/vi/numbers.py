"""Numbers and money as Vietnamese documents write them, in figures and in words.

Figures use the CLDR ``vi`` symbols through Babel: a dot between thousands and a decimal
comma ("1.234.567,5"; "35.000 ha"). Amounts of money are written in đồng, in full
("1.500.000 đồng") or, in prose, with the words for thousand, million and billion
("1,5 triệu đồng", "2,53 tỷ đồng"). :func:`spell_number` writes numbers in words, as
the "Bằng chữ" line of a financial document does; Babel has no Vietnamese spell-out.
"""

from __future__ import annotations

import decimal
import functools
from contextlib import AbstractContextManager
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["format_amount", "format_money", "format_number", "format_percent", "spell_number"]

Number = int | float | Decimal


@functools.cache
def _vietnamese() -> Locale:
    from babel import Locale  # noqa: PLC0415 - Babel loads on first use, not on import

    return Locale.parse("vi")


#: The digits of the largest integer the formatters write: far above any figure a record
#: holds (:data:`ipprogram.model.shape.MAX_MAGNITUDE`, 10^18), below Python's limit.
_MAX_DIGITS: Final = 1000
_MAX_BITS: Final = 3322  # 10^1000 < 2^3322
#: Digits of precision in Python's default decimal context.
_CONTEXT_DIGITS: Final = 28
#: From this many digits (before and after the point) numbers are written in a wider context.
_WIDE_FROM: Final = 15
#: The largest number spell_number writes: "một tỷ tỷ", the bound of every number field.
_MAX_SPELLED: Final = 10**18


def _check(value: Number) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        msg = f"expected an int, float or Decimal, got {type(value).__name__}"
        raise TypeError(msg)
    if isinstance(value, int) and value.bit_length() > _MAX_BITS:
        msg = f"cannot write an integer of more than {_MAX_DIGITS} digits"
        raise ValueError(msg)
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        msg = f"cannot write {value!r} as a number"
        raise ValueError(msg)
    return number


def format_number(value: Number, *, decimals: int | None = None) -> str:
    """Write a number with a dot between thousands and a decimal comma.

    ``decimals=None`` writes as many decimals as the value has; a number fixes them,
    rounding half to even.

    >>> format_number(1234567.5), format_number(35000), format_number(2.5, decimals=2)
    ('1.234.567,5', '35.000', '2,50')

    An integer below 10^18 is written without Babel, by Python's own grouping, in the
    symbols of CLDR ``vi`` (group ``.``, decimal ``,``, minus ``-``, pattern
    ``#,##0.###``): the same text, which the tests compare with Babel's.
    """
    # An integer within 10^18, the bound of every number field, is written without Babel
    # (the bound is a constant the compiler folds).
    if type(value) is int and -(10**18) < value < 10**18:
        if decimals is None or decimals == 0:
            return f"{value:,}".replace(",", ".")
        if decimals > 0:
            return f"{value:,}".replace(",", ".") + "," + "0" * decimals
    number = _check(value)
    if decimals is not None and decimals < 0:
        msg = f"decimals must not be negative, got {decimals}"
        raise ValueError(msg)
    if number.adjusted() + (decimals or 0) >= _WIDE_FROM:
        with _wide(number, decimals or 0):
            return _format(number, decimals)
    return _format(number, decimals)


def _wide(number: Decimal, decimals: int) -> AbstractContextManager[decimal.Context]:
    """A decimal context wide enough for every digit of ``number`` and its decimals.

    Babel and quantize round in the current context (28 digits by default), which
    fails on 1e25; a wider one writes large numbers (a float up to 1.8e308) exactly.
    """
    context = decimal.Context(prec=max(number.adjusted(), 0) + decimals + _CONTEXT_DIGITS)
    return decimal.localcontext(context)


def _format(number: Decimal, decimals: int | None) -> str:
    from babel.numbers import format_decimal  # noqa: PLC0415 - see _vietnamese

    if decimals is None:
        return format_decimal(number, locale=_vietnamese(), decimal_quantization=False)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(number, format=pattern, locale=_vietnamese())


def format_percent(value: Number, *, decimals: int | None = None) -> str:
    """Write a percentage given in percent units: ``85.5`` is "85,5%".

    Vietnamese writes the sign right after the number, without a space (CLDR ``vi``
    percent pattern ``#,##0%``). The value is the percentage itself, as reports compute
    it, not a fraction of one.

    >>> format_percent(85.5), format_percent(100), format_percent(2 / 3 * 100, decimals=1)
    ('85,5%', '100%', '66,7%')
    """
    return f"{format_number(value, decimals=decimals)}%"


def format_money(value: Number, *, currency: str = "đồng") -> str:
    """Write an amount of money in full figures: "1.500.000 đồng".

    >>> format_money(1_500_000), format_money(250_000, currency="VNĐ")
    ('1.500.000 đồng', '250.000 VNĐ')
    """
    return f"{format_number(value)} {currency}"


#: The words prose amounts use, largest first; the last scale (1) is a stop for small amounts.
_SCALES: Final = (
    (Decimal(10) ** 9, "tỷ"),
    (Decimal(10) ** 6, "triệu"),
    (Decimal(10) ** 3, "nghìn"),
    (Decimal(1), ""),
)
_THOUSAND: Final = Decimal(1000)


def format_amount(
    value: Number,
    *,
    decimals: int = 2,
    currency: str = "đồng",
    thousand: Literal["nghìn", "ngàn"] = "nghìn",
) -> str:
    """Write an amount of money as prose does: "1,5 triệu đồng", "2,53 tỷ đồng".

    The largest of nghìn (or ngàn), triệu and tỷ that leaves a number of at least one
    is used, rounded half up to at most ``decimals`` places, trailing zeros dropped;
    amounts past a thousand tỷ stay in tỷ ("1.200 tỷ đồng").

    >>> format_amount(1_500_000), format_amount(2_530_000_000), format_amount(350_000)
    ('1,5 triệu đồng', '2,53 tỷ đồng', '350 nghìn đồng')
    >>> format_amount(999_999_999), format_amount(500), format_amount(250_000, thousand="ngàn")
    ('1 tỷ đồng', '500 đồng', '250 ngàn đồng')
    """
    number = _check(value)
    if decimals < 0:
        msg = f"decimals must not be negative, got {decimals}"
        raise ValueError(msg)
    if number.adjusted() + decimals >= _WIDE_FROM:
        with _wide(number, decimals):
            return _amount(number, decimals, currency, thousand)
    return _amount(number, decimals, currency, thousand)


def _amount(
    number: Decimal, decimals: int, currency: str, thousand: Literal["nghìn", "ngàn"]
) -> str:
    step = Decimal(1).scaleb(-decimals)
    size = abs(number)
    last = len(_SCALES) - 1
    index = next((index for index, (scale, _) in enumerate(_SCALES) if size >= scale), last)
    scaled = _rounded(number, _SCALES[index][0], step)
    if index > 0 and abs(scaled) >= _THOUSAND:  # 999.999.999 rounds to 1.000 triệu
        index -= 1
        scaled = _rounded(number, _SCALES[index][0], step)
    word = _SCALES[index][1]
    figures = format_number(scaled.normalize() if scaled % 1 else scaled.to_integral())
    return " ".join(
        part for part in (figures, thousand if word == "nghìn" else word, currency) if part
    )


def _rounded(number: Decimal, scale: Decimal, step: Decimal) -> Decimal:
    return (number / scale).quantize(step, rounding=decimal.ROUND_HALF_UP)


_DIGITS: Final = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION: Final = 10**9
_HUNDRED: Final = 100
_TEN: Final = 10
_FOUR, _FIVE = 4, 5


def _below_thousand(number: int, *, full: bool, odd: str, four: str) -> list[str]:
    """Words for 0 < number < 1000; ``full`` reads the hundreds even when 0 ("không trăm")."""
    hundreds, rest = divmod(number, _HUNDRED)
    tens, units = divmod(rest, _TEN)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words += [odd, _DIGITS[units]]
        elif units:
            words.append(_DIGITS[units])
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens > 1 else "một")
    elif units == _FIVE:
        words.append("lăm")
    elif units == _FOUR and tens > 1:
        words.append(four)
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_billion(number: int, *, leading: bool, odd: str, four: str, thousand: str) -> list[str]:
    words: list[str] = []
    for scale, word in ((10**6, "triệu"), (10**3, thousand), (1, "")):
        group, number = divmod(number, scale)
        if group:
            words += _below_thousand(group, full=not leading, odd=odd, four=four)
            if word:
                words.append(word)
            leading = False
    return words


def _spell(number: int, *, leading: bool, odd: str, four: str, thousand: str) -> list[str]:
    billions, rest = divmod(number, _BILLION)
    words: list[str] = []
    if billions:
        words += [*_spell(billions, leading=leading, odd=odd, four=four, thousand=thousand), "tỷ"]
        leading = False
    return words + _below_billion(rest, leading=leading, odd=odd, four=four, thousand=thousand)


def spell_number(
    number: int,
    *,
    odd: Literal["linh", "lẻ"] = "linh",
    four: Literal["tư", "bốn"] = "tư",
    thousand: Literal["nghìn", "ngàn"] = "nghìn",
) -> str:
    """Write a whole number in Vietnamese words, as documents write amounts.

    The rules of the spoken number: "mười" for ten, "mươi" for the tens from twenty;
    "mốt" for a one after "mươi", "lăm" for a five after "mười" or "mươi", "tư" (or
    "bốn") for a four after "mươi"; "linh" (or "lẻ") for an empty tens place; a
    thousands group after the first is read in full ("hai nghìn không trăm hai mươi");
    an empty group is skipped ("một triệu"); tỷ repeats above a thousand million
    ("một nghìn tỷ"). Negative numbers start with "âm".

    >>> spell_number(2020)
    'hai nghìn không trăm hai mươi'
    >>> spell_number(21), spell_number(15), spell_number(105), spell_number(24, four="bốn")
    ('hai mươi mốt', 'mười lăm', 'một trăm linh năm', 'hai mươi bốn')
    >>> spell_number(1_000_000), spell_number(101, odd="lẻ")
    ('một triệu', 'một trăm lẻ một')
    """
    if isinstance(number, bool) or not isinstance(number, int):
        msg = f"spell_number() takes an int, got {type(number).__name__}"
        raise TypeError(msg)
    if abs(number) > _MAX_SPELLED:
        msg = "spell_number() spells numbers up to 10^18 (một tỷ tỷ) either side of zero"
        raise ValueError(msg)
    if number == 0:
        return _DIGITS[0]
    words = _spell(abs(number), leading=True, odd=odd, four=four, thousand=thousand)
    return " ".join(["âm", *words] if number < 0 else words)
