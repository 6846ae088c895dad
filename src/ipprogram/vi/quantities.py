"""Reported figures read from and written to Vietnamese text.

Reports write "trên 50 lớp", "khoảng 350 đại biểu", "250 – 350 triệu đồng/ha/năm",
"28.000 ha", "1,5 tỷ đồng", "40%". Numbers use a dot between thousands and a decimal
comma (CLDR ``vi``); money takes the scale words nghìn (ngàn), triệu and tỷ (tỉ). A scale
word after the second figure of a range applies to both ("250 – 350 triệu đồng").
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Final, Literal

from ipprogram.errors import ErrorDetail, ValidationError, expect
from ipprogram.model.enums import IndicatorRole
from ipprogram.model.quantity import QUALIFIER_WORDS, Qualifier, Quantity
from ipprogram.vi.numbers import format_number

__all__ = ["format_quantity", "parse_quantity", "read_value"]

Language = Literal["vi", "en"]

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
    r"(?:\s*(?P<percent>%(?:\s+\S.*)?)|(?:\s+|(?=/)|(?=[^\W\d_]))(?P<unit>\S.*))?\Z",
    re.IGNORECASE | re.DOTALL,
)
#: "1,200": a comma before exactly three digits is a decimal comma in Vietnamese and a
#: thousands separator in English; without the source's language it is not read.
_AMBIGUOUS_VI: Final = re.compile(r"-?[0-9]{1,3},[0-9]{3}")
#: "5% – 10%": a range of percents, each figure with its sign.
_PERCENT_RANGE: Final = re.compile(
    rf"({_NUMBER})\s*%\s*([-–—]|đến)\s*({_NUMBER})\s*%(.*)", re.IGNORECASE | re.DOTALL
)
#: "từ 60 mm trở lên" (60 mm or more), "từ 5 năm trở xuống" (5 years or fewer).
_OPEN_ENDED: Final = re.compile(r"từ\s+(?P<body>.+?)\s+trở\s+(?P<way>lên|xuống)", re.IGNORECASE)
#: "mỗi giải 3 triệu đồng": a figure per unit, written first.
_PER: Final = re.compile(r"mỗi\s+(?P<per>[^\W\d_]+)\s+(?P<body>.+)", re.IGNORECASE)
#: Words before a figure that make it a forecast, a target or a result, for read_value.
_ROLE_WORDS: Final = (
    ("dự kiến đạt", IndicatorRole.FORECAST),
    ("dự kiến", IndicatorRole.FORECAST),
    ("dự báo", IndicatorRole.FORECAST),
    ("mục tiêu", IndicatorRole.TARGET),
    ("chỉ tiêu", IndicatorRole.TARGET),
    ("phấn đấu đạt", IndicatorRole.TARGET),
    ("đạt", IndicatorRole.ACTUAL),
)
_FORECAST_WORDS: Final = tuple(w for w, role in _ROLE_WORDS if role is IndicatorRole.FORECAST)
_ROLE_WORDS_EN: Final = (
    ("expected to reach", IndicatorRole.FORECAST),
    ("forecast to reach", IndicatorRole.FORECAST),
    ("expected", IndicatorRole.FORECAST),
    ("target of", IndicatorRole.TARGET),
    ("reached", IndicatorRole.ACTUAL),
)
#: Scales written back for money, largest first; a figure is scaled only when exact.
_MONEY_SCALES: Final = (
    ("tỷ", Decimal(10) ** 9),
    ("triệu", Decimal(10) ** 6),
    ("nghìn", Decimal(10) ** 3),
)
#: At most two decimals after scaling: "1,001 nghìn" would read as ambiguous ("1,200").
_MAX_SCALED_DECIMALS: Final = 2


def _unreadable(text: str, reason: str, reason_vi: str) -> ValidationError:
    return ValidationError(
        [ErrorDetail((), "unreadable_quantity", value=text, reason=reason, reason_vi=reason_vi)]
    )


def _number(figure: str, scale: str) -> int | float:
    digits = figure.replace(".", "").replace(",", ".")
    value = Decimal(digits) * _SCALE_WORDS.get(scale.strip().lower(), Decimal(1))
    return int(value) if value == value.to_integral_value() else float(value)


def parse_quantity(text: str, *, language: Language = "vi") -> Quantity:
    """Read a figure as a report writes it, with its qualifier and unit.

    A qualifying word may open the text (see
    :data:`~ipprogram.QUALIFIER_WORDS`: "trên", "hơn", "khoảng", "gần",
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

    Amounts in several scales add up, a scale before "/" or after "mỗi ..." is money per
    unit, percents make ranges, and "từ ... trở lên" is at least:

    >>> parse_quantity("1 triệu 500 nghìn đồng").value
    1500000
    >>> q = parse_quantity("3 triệu/giải")
    >>> q.value, q.unit, parse_quantity("mỗi giải 3 triệu đồng") == q
    (3000000, 'đồng/giải', True)
    >>> q = parse_quantity("5% – 10%")
    >>> q.value, q.upper, q.unit
    (5, 10, '%')
    >>> parse_quantity("từ 60 mm trở lên").qualifier.value, parse_quantity("khoảng 300ha").unit
    ('at_least', 'ha')

    "1,200" is 1,2 in Vietnamese and 1200 in English: without ``language`` it is refused
    as ambiguous, not guessed. ``language="en"`` reads English sources ("1,200 people",
    "more than 30 participants", "about 1.5 million VND"). A forecast ("dự kiến đạt khoảng
    12.000 ha") is not a plain figure: :func:`read_value` reads it with its role.
    """
    given: object = text  # checked at run time too, for callers without a type checker
    if not isinstance(given, str):
        msg = f"parse_quantity() takes a str, got {type(given).__name__}"
        raise TypeError(msg)
    if language == "en":
        return _parse_english(text)
    if language != "vi":
        msg = f"language must be 'vi' or 'en', not {language!r}"  # type: ignore[unreachable]
        raise ValueError(msg)
    body = " ".join(text.split())
    lowered = body.lower()
    if any(lowered.startswith(word + " ") for word in _FORECAST_WORDS):
        raise _unreadable(
            text,
            "a forecast, not a figure: read it with read_value()",
            "số dự kiến, không phải số liệu: đọc bằng read_value()",
        )
    per = None
    if found := _PER.fullmatch(body):
        per, body = found["per"], found["body"]
    fixed = None
    if found := _OPEN_ENDED.fullmatch(body):
        body = found["body"]
        fixed = Qualifier.AT_LEAST if found["way"].lower() == "lên" else Qualifier.AT_MOST
    if found := _PERCENT_RANGE.match(body):  # anchored: one try, linear in the text
        body = f"{found[1]} – {found[3]}%{found[4]}"
    quantity = _parse_vietnamese(text, body, fixed)
    if per is not None:
        unit = quantity.unit or ""
        quantity = Quantity(
            value=quantity.value,
            qualifier=quantity.qualifier,
            upper=quantity.upper,
            unit=f"{unit}/{per}" if unit else per,
            wording=quantity.wording,
        )
    return quantity


def _compound(body: str) -> tuple[int, str | None] | None:
    """Figures in falling scales, added up ("1 triệu 500 nghìn đồng"); ``None`` if not."""
    words = body.split(" ")
    parts: list[tuple[Decimal, Decimal]] = []
    index = 0
    while (
        index + 1 < len(words)
        and re.fullmatch(_NUMBER, words[index])
        and words[index + 1].lower() in _SCALE_WORDS
    ):
        digits = words[index].replace(".", "").replace(",", ".")
        parts.append((Decimal(digits), _SCALE_WORDS[words[index + 1].lower()]))
        index += 2
    if len(parts) < 2:  # noqa: PLR2004 - one part is an ordinary figure
        return None
    whole = all(figure == figure.to_integral() for figure, _ in parts)
    for (_, larger), (figure, scale) in itertools.pairwise(parts):
        if not whole or not scale < larger or figure * scale >= larger:
            raise _unreadable(  # "1 triệu 2.000 nghìn": not one amount
                body,
                "figures in several scales are whole and fall, each below the scale before it",
                "các số theo nhiều đơn vị phải giảm dần, mỗi số nhỏ hơn đơn vị đứng trước",
            )
    total = sum((figure * scale for figure, scale in parts), Decimal(0))
    return int(total), " ".join(words[index:]) or None


def _refuse_ambiguous(text: str, match: re.Match[str]) -> None:
    """Refuse "1,200": a decimal comma in Vietnamese, a thousands comma in English."""
    if any(
        figure is not None and _AMBIGUOUS_VI.fullmatch(figure)
        for figure in (match["low"], match["high"])
    ):
        raise _unreadable(
            text,
            "a comma before three digits is a decimal comma in Vietnamese and a thousands"
            " separator in English: pass language='en' for an English source",
            "dấu phẩy trước ba chữ số là dấu thập phân trong tiếng Việt nhưng là dấu"
            " phân cách hàng nghìn trong tiếng Anh: nguồn tiếng Anh thì dùng language='en'",
        )


def _qualified(body: str, fixed: Qualifier | None) -> tuple[Qualifier, str | None, str]:
    """The qualifier a figure opens with, its word, and the rest of the text."""
    if fixed is not None:
        return fixed, None, body
    lowered = body.lower()
    for word, candidate in _WORD_QUALIFIERS:
        if lowered.startswith(word + " "):
            return candidate, word, body[len(word) + 1 :]
    return Qualifier.EXACT, None, body


def _parse_vietnamese(text: str, body: str, fixed: Qualifier | None) -> Quantity:
    qualifier, wording, body = _qualified(body, fixed)
    compound = _compound(body)
    if compound is not None and qualifier is not Qualifier.RANGE:
        if QUALIFIER_WORDS[qualifier][:1] == (wording,):
            wording = None  # the default word is not stored
        return Quantity(value=compound[0], qualifier=qualifier, unit=compound[1], wording=wording)
    match = _FIGURES.match(body)
    if match is None:
        raise _unreadable(text, "no figure in a known form", "không có số ở dạng đã biết")
    _refuse_ambiguous(text, match)
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
    if unit is not None and unit.startswith("/") and low_scale:
        unit = "đồng" + unit  # "3 triệu/giải": money per prize
    if (
        wording is not None
        and qualifier is not Qualifier.RANGE
        and wording == QUALIFIER_WORDS[qualifier][0]
    ):
        wording = None  # the default word is not stored
    return Quantity(value=value, qualifier=qualifier, upper=upper, unit=unit, wording=wording)


_NUMBER_EN = r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_SCALE_EN: Final = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_FIGURES_EN: Final = re.compile(
    rf"(?:from\s+)?(?P<low>{_NUMBER_EN})(?:\s+(?P<low_scale>thousand|million|billion)\b)?"
    rf"(?:\s*(?P<dash>[-–—]|to)\s*(?P<high>{_NUMBER_EN})"
    r"(?:\s+(?P<high_scale>thousand|million|billion)\b)?)?"
    r"(?:\s*(?P<percent>%(?:\s+\S.*)?)|(?:\s+|(?=[^\W\d_]))(?P<unit>\S.*))?\Z",
    re.IGNORECASE | re.DOTALL,
)
_QUALIFIERS_EN: Final = (
    ("more than", Qualifier.MORE_THAN),
    ("over", Qualifier.MORE_THAN),
    ("at least", Qualifier.AT_LEAST),
    ("no fewer than", Qualifier.AT_LEAST),
    ("less than", Qualifier.LESS_THAN),
    ("fewer than", Qualifier.LESS_THAN),
    ("under", Qualifier.LESS_THAN),
    ("up to", Qualifier.AT_MOST),
    ("at most", Qualifier.AT_MOST),
    ("nearly", Qualifier.AT_MOST),
    ("almost", Qualifier.AT_MOST),
    ("about", Qualifier.ABOUT),
    ("around", Qualifier.ABOUT),
    ("approximately", Qualifier.ABOUT),
    ("some", Qualifier.ABOUT),
)
#: "1.200" in an English source: a decimal point, or Vietnamese thousands copied over.
_AMBIGUOUS_EN: Final = re.compile(r"-?[0-9]{1,3}\.[0-9]{3}")


def _english_number(figure: str, scale: str | None) -> int | float:
    value = Decimal(figure.replace(",", "")) * _SCALE_EN.get((scale or "").lower(), 1)
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_english(text: str) -> Quantity:
    """A figure as an English source writes it: "1,200 people", "more than 30"."""
    body = " ".join(text.split())
    qualifier = Qualifier.EXACT
    lowered = body.lower()
    for words, candidate in _QUALIFIERS_EN:
        if lowered.startswith(words + " "):
            qualifier, body = candidate, body[len(words) + 1 :]
            break
    match = _FIGURES_EN.match(body)
    if match is None:
        raise _unreadable(text, "no figure in a known form", "không có số ở dạng đã biết")
    if any(f is not None and _AMBIGUOUS_EN.fullmatch(f) for f in (match["low"], match["high"])):
        raise _unreadable(
            text,
            "a point before three digits may be a decimal point or Vietnamese thousands",
            "dấu chấm trước ba chữ số có thể là dấu thập phân hoặc dấu phân cách hàng nghìn",
        )
    high_scale = match["high_scale"]
    value = _english_number(match["low"], match["low_scale"] or high_scale)
    upper = None if match["high"] is None else _english_number(match["high"], high_scale)
    if upper is not None:
        if qualifier is not Qualifier.EXACT:
            raise _unreadable(
                text, "a range cannot also be qualified", "khoảng giá trị không kèm từ ước lượng"
            )
        qualifier = Qualifier.RANGE
        if upper <= value:
            raise _unreadable(
                text, "a range must rise from its first figure", "khoảng giá trị phải tăng dần"
            )
    unit = match["percent"] or match["unit"]
    return Quantity(value=value, qualifier=qualifier, upper=upper, unit=unit)


def read_value(text: str, *, language: Language = "vi") -> tuple[IndicatorRole | None, Quantity]:
    """Read a figure with the word that says what it is: a forecast, a target, a result.

    "dự kiến đạt khoảng 12.000 ha" is a forecast of about 12.000 ha; "chỉ tiêu 70 sản
    phẩm" a target; "đạt 45 sản phẩm" a result. A figure without such a word has no role
    (``None``), and is read as :func:`parse_quantity` reads it.

    >>> role, quantity = read_value("dự kiến đạt khoảng 12.000 ha")
    >>> role.label, quantity.qualifier.value, quantity.value, quantity.unit
    ('dự kiến', 'about', 12000, 'ha')
    >>> read_value("expected to reach 1,200 hectares", language="en")[1].value
    1200
    """
    expect(text, str, "read_value")
    body = " ".join(text.split())
    lowered = body.lower()
    for words, role in _ROLE_WORDS_EN if language == "en" else _ROLE_WORDS:
        if lowered.startswith(words + " "):
            return role, parse_quantity(body[len(words) + 1 :], language=language)
    return None, parse_quantity(body, language=language)


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

    Money is written with the largest scale word that keeps every figure exact to two
    decimals ("250 – 350 triệu đồng/ha/năm", "1,5 tỷ đồng"), otherwise in full figures:
    "1,001 nghìn" would read as the ambiguous "1,200".

    >>> format_quantity(parse_quantity("hơn 50 lớp"))
    'hơn 50 lớp'
    >>> format_quantity(parse_quantity("250-350 triệu đồng/ha/năm"))
    '250 – 350 triệu đồng/ha/năm'
    >>> format_quantity(Quantity(value=85.5, unit="%"))
    '85,5%'
    """
    expect(quantity, Quantity, "format_quantity")
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
