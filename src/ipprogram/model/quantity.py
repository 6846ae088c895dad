"""Figures as reports state them: exact, at least, about, a range, with a unit.

Real reports qualify their figures: "trên 50 lớp tập huấn", "khoảng 350 đại biểu",
"250 – 350 triệu đồng/ha/năm". A :class:`Quantity` keeps the figure, the qualifier and
the unit, and the qualifying word as written ("trên" or "hơn"), so the figure can be
written back as the report wrote it. Money is a quantity whose unit starts with "đồng"
("đồng", "đồng/ha/năm"); its value is in đồng, whatever scale word the text used.

>>> from ipprogram import Quantity, Qualifier
>>> q = Quantity(qualifier=Qualifier.MORE_THAN, value=50, unit="lớp")
>>> q.bounds()
Bounds(low=50, high=None, low_open=True, high_open=False)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import record, rule
from ipprogram.model.enums import LabelledEnum

__all__ = ["QUALIFIER_WORDS", "Bounds", "Qualifier", "Quantity"]


class Qualifier(LabelledEnum):
    """How a reported figure relates to the true number.

    >>> Qualifier.ABOUT.label
    'khoảng'
    """

    EXACT = "exact", "đúng"
    MORE_THAN = "more_than", "trên"
    AT_LEAST = "at_least", "ít nhất"
    LESS_THAN = "less_than", "dưới"
    AT_MOST = "at_most", "tối đa"
    ABOUT = "about", "khoảng"
    RANGE = "range", "từ"


#: The words reports use for each qualifier; the first is the one written by default.
#: An exact figure has no word, a range written "250 – 350" has none either.
QUALIFIER_WORDS: Final[Mapping[Qualifier, tuple[str, ...]]] = MappingProxyType(
    {
        Qualifier.EXACT: (),
        Qualifier.MORE_THAN: ("trên", "hơn"),
        Qualifier.AT_LEAST: ("ít nhất", "tối thiểu", "không dưới", "không ít hơn"),
        Qualifier.LESS_THAN: ("dưới", "chưa đến", "chưa tới"),
        # "gần 5.000 ha" (nearly 5.000) is at most 5.000, not about it.
        Qualifier.AT_MOST: ("tối đa", "không quá", "không vượt quá", "nhiều nhất", "gần"),
        Qualifier.ABOUT: ("khoảng", "xấp xỉ", "chừng"),
        Qualifier.RANGE: ("từ",),
    }
)


class Bounds(NamedTuple):
    """What a quantity says of the true number: an interval, ends open or closed.

    ``None`` is an end without a bound. An approximate figure ("khoảng 350") has no
    bounds at all.

    >>> Quantity(value=50, qualifier=Qualifier.AT_MOST).bounds().high
    50
    """

    low: int | float | None
    high: int | float | None
    low_open: bool = False
    high_open: bool = False


@record
class Quantity:
    """A figure with its qualifier and unit, as a report states it.

    ``value`` is the figure, or the low end of a range, and ``upper`` the high end of a
    range (only a range has one). ``unit`` is the noun or measure that follows
    ("lớp", "đại biểu", "ha", "%", "đồng/ha/năm"). ``wording`` is the qualifying word
    the report used when it is not the first of :data:`~ipprogram.QUALIFIER_WORDS` ("hơn" for
    ``MORE_THAN``, "từ" for a range written "từ 250 đến 350").

    >>> Quantity(
    ...     qualifier=Qualifier.RANGE, value=250_000_000, upper=350_000_000, unit="đồng/ha/năm"
    ... ).is_money
    True
    >>> Quantity(value=350, upper=300)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.upper: an upper end belongs to a range only [inconsistent]
    """

    value: int | float
    qualifier: Qualifier = Qualifier.EXACT
    upper: int | float | None = None
    unit: str | None = None
    wording: str | None = None

    @rule
    def _consistent(self) -> Iterator[ErrorDetail]:
        if self.qualifier is Qualifier.RANGE:
            if self.upper is None:
                yield ErrorDetail(
                    ("upper",),
                    "inconsistent",
                    detail="a range needs its upper end",
                    detail_vi="khoảng giá trị phải có cận trên",
                )
            elif self.upper <= self.value:
                yield ErrorDetail(
                    ("upper",),
                    "inconsistent",
                    detail=f"the upper end {self.upper} is not above {self.value}",
                    detail_vi=f"cận trên {self.upper} không lớn hơn {self.value}",
                )
        elif self.upper is not None:
            yield ErrorDetail(
                ("upper",),
                "inconsistent",
                detail="an upper end belongs to a range only",
                detail_vi="chỉ khoảng giá trị mới có cận trên",
            )
        words = QUALIFIER_WORDS[self.qualifier]
        if self.wording is not None and self.wording not in words:
            yield ErrorDetail(
                ("wording",),
                "invalid_choice",
                value=self.wording,
                allowed=", ".join(repr(word) for word in words) or "none",
            )

    @property
    def is_money(self) -> bool:
        """Whether the unit is đồng, alone or per something ("đồng/ha/năm").

        >>> Quantity(value=1_500_000, unit="đồng").is_money
        True
        """
        return self.unit is not None and (self.unit == "đồng" or self.unit.startswith("đồng/"))

    @property
    def is_exact(self) -> bool:
        """Whether the figure is exact.

        >>> Quantity(value=2).is_exact, Quantity(value=2, qualifier=Qualifier.ABOUT).is_exact
        (True, False)
        """
        return self.qualifier is Qualifier.EXACT

    def bounds(self) -> Bounds:
        """The interval the true number lies in, by the qualifier.

        "trên 50" is above 50, "ít nhất 50" 50 or more, "dưới 50" below 50, "tối đa 50"
        50 or less, "250 – 350" between both, inclusive; "khoảng 350" has no bounds.

        >>> Quantity(value=250, upper=350, qualifier=Qualifier.RANGE).bounds()
        Bounds(low=250, high=350, low_open=False, high_open=False)
        """
        value = self.value
        match self.qualifier:
            case Qualifier.EXACT:
                return Bounds(value, value)
            case Qualifier.MORE_THAN:
                return Bounds(value, None, low_open=True)
            case Qualifier.AT_LEAST:
                return Bounds(value, None)
            case Qualifier.LESS_THAN:
                return Bounds(None, value, high_open=True)
            case Qualifier.AT_MOST:
                return Bounds(None, value)
            case Qualifier.RANGE:
                return Bounds(value, self.upper)
            case _:
                return Bounds(None, None)
