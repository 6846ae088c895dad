"""Reported figures read from and written to Vietnamese text.

Reports write "trên 50 lớp", "khoảng 350 đại biểu", "250 – 350 triệu đồng/ha/năm",
"28.000 ha", "1,5 tỷ đồng", "40%". Numbers use a dot between thousands and a decimal
comma (CLDR ``vi``); money takes the scale words nghìn (ngàn), triệu and tỷ (tỉ). A scale
word after the second figure of a range applies to both ("250 – 350 triệu đồng").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ipprogram.errors import ErrorDetail, ValidationError
from ipprogram.model.quantity import QUALIFIER_WORDS, Qualifier, Quantity
from ipprogram.vi.numbers import format_number

__all__ = ["format_quantity", "parse_quantity"]

_SCALE_WORDS: Final = {
    "nghìn": Decimal(10) ** 3,
    "ngàn": Decimal(10) ** 3,
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}
_WORD_QUALIFIERS: Final = sorted(
    ((word, qualifier) for qualifier, words in QUALIFIER_WORDS.items() for word in words),
    key=lambda pair: -len(pair[0]),
)
_NUMBER = r"-?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
_SCALE = r"(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\w]))?"
_FIGURES: Final = re.compile(
    rf"(?P<low>{_NUMBER})(?P<low_scale>{_SCALE})"
    rf"(?:\s*(?P<dash>[-–—]|đến)\s*(?P<high>{_NUMBER})(?P<high_scale>{_SCALE}))?"
    r"(?:\s*(?P<percent>%(?:\s+\S.*)?)|\s+(?P<unit>\S.*))?\Z",
    re.IGNORECASE | re.DOTALL,
)
#: Scales written back for money, largest first; a figure is scaled only when exact.
_MONEY_SCALES: Final = (
    ("tỷ", Decimal(10) ** 9),
    ("triệu", Decimal(10) ** 6),
    ("nghìn", Decimal(10) ** 3),
)
_MAX_SCALED_DECIMALS: Final = 3


def _unreadable(text: str, reason: str, reason_vi: str) -> ValidationError:
    return ValidationError(
        [ErrorDetail((), "unreadable_quantity", value=text, reason=reason, reason_vi=reason_vi)]
    )


def _number(figure: str, scale: str) -> int | float:
    digits = figure.replace(".", "").replace(",", ".")
    value = Decimal(digits) * _SCALE_WORDS.get(scale.strip().lower(), Decimal(1))
    return int(value) if value == value.to_integral_value() else float(value)


def parse_quantity(text: str) -> Quantity:
    """Read a figure as a report writes it, with its qualifier and unit.

    A qualifying word may open the text (see
    :data:`~ipprogram.model.quantity.QUALIFIER_WORDS`: "trên", "hơn", "khoảng", "gần",
    "ít nhất", "tối đa", "dưới", ...); a range is "250 – 350" (any dash) or "từ 250 đến
    350"; scale words multiply ("1,5 tỷ đồng" is 1.500.000.000 đồng). Numbers are read
    the Vietnamese way only: "2.5" is an error, not two and a half. Errors are a
    :class:`~ipprogram.ValidationError` with code ``unreadable_quantity``.

    >>> q = parse_quantity("trên 50 lớp")
    >>> q.qualifier, q.value, q.unit
    (<Qualifier.MORE_THAN: 'more_than'>, 50, 'lớp')
    >>> q = parse_quantity("250 – 350 triệu đồng/ha/năm")
    >>> q.value, q.upper, q.unit
    (250000000, 350000000, 'đồng/ha/năm')
    >>> parse_quantity("1,5 tỷ đồng").value, parse_quantity("28.000 ha").value
    (1500000000, 28000)
    """
    given: object = text  # checked at run time too, for callers without a type checker
    if not isinstance(given, str):
        msg = f"parse_quantity() takes a str, got {type(given).__name__}"
        raise TypeError(msg)
    body = " ".join(text.split())
    qualifier, wording = Qualifier.EXACT, None
    lowered = body.lower()
    for word, candidate in _WORD_QUALIFIERS:
        if lowered.startswith(word + " "):
            qualifier, wording = candidate, word
            body = body[len(word) + 1 :]
            break
    match = _FIGURES.match(body)
    if match is None:
        raise _unreadable(text, "no figure in a known form", "không có số ở dạng đã biết")
    dash = match["dash"]
    if (qualifier is Qualifier.RANGE) != (dash is not None and dash.lower() == "đến"):
        raise _unreadable(text, "'từ' and 'đến' go together", "'từ' và 'đến' đi cùng nhau")
    if dash is not None and qualifier not in (Qualifier.EXACT, Qualifier.RANGE):
        raise _unreadable(
            text, "a range cannot also be qualified", "khoảng giá trị không kèm từ ước lượng"
        )
    high_scale = match["high_scale"] or ""
    low_scale = match["low_scale"] or high_scale  # "250 – 350 triệu": both in triệu
    value = _number(match["low"], low_scale)
    upper = None if match["high"] is None else _number(match["high"], high_scale)
    if upper is not None:
        qualifier = Qualifier.RANGE
        if upper <= value:
            raise _unreadable(
                text, "a range must rise from its first figure", "khoảng giá trị phải tăng dần"
            )
    unit = match["percent"] or match["unit"]
    if (
        wording is not None
        and qualifier is not Qualifier.RANGE
        and wording == QUALIFIER_WORDS[qualifier][0]
    ):
        wording = None  # the default word is not stored
    return Quantity(value=value, qualifier=qualifier, upper=upper, unit=unit, wording=wording)


def _decimals(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _scaled(values: list[int | float]) -> tuple[list[Decimal], str] | None:
    """The figures in the largest scale that keeps them exact, and its word."""
    exact = [
        Decimal(str(value)) if isinstance(value, float) else Decimal(value) for value in values
    ]
    smallest = min(abs(value) for value in exact)
    for word, scale in _MONEY_SCALES:
        if smallest >= scale:
            scaled = [(value / scale).normalize() for value in exact]
            if all(_decimals(value) <= _MAX_SCALED_DECIMALS for value in scaled):
                return scaled, word
            return None
    return None


def format_quantity(quantity: Quantity) -> str:
    """Write a quantity back as reports write it; :func:`parse_quantity` reads it again.

    Money is written with the largest scale word that keeps every figure exact to three
    decimals ("250 – 350 triệu đồng/ha/năm", "1,5 tỷ đồng"), otherwise in full figures.

    >>> format_quantity(parse_quantity("hơn 50 lớp"))
    'hơn 50 lớp'
    >>> format_quantity(parse_quantity("250-350 triệu đồng/ha/năm"))
    '250 – 350 triệu đồng/ha/năm'
    >>> format_quantity(Quantity(value=85.5, unit="%"))
    '85,5%'
    """
    ends: list[int | float] = [quantity.value]
    if quantity.upper is not None:
        ends.append(quantity.upper)
    scale_word = ""
    figures: list[str]
    scaled = _scaled(ends) if quantity.is_money else None
    if scaled is not None:
        numbers, scale_word = scaled
        figures = [format_number(number) for number in numbers]
    else:
        figures = [format_number(end) for end in ends]
    words = QUALIFIER_WORDS[quantity.qualifier]
    if quantity.qualifier is Qualifier.RANGE:
        low, high = figures
        text = f"từ {low} đến {high}" if quantity.wording == "từ" else f"{low} – {high}"
    else:
        word = quantity.wording or (words[0] if words else "")
        text = f"{word} {figures[0]}" if word else figures[0]
    if scale_word:
        text += f" {scale_word}"
    if quantity.unit and quantity.unit.startswith("%"):  # "40%", "40% sản phẩm"
        return text + quantity.unit
    return f"{text} {quantity.unit}" if quantity.unit else text
