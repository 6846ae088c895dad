"""What sources say, and how sure a record is of it: claims, tallies and ordinals.

A record holds what its sources say, no more and no less:

- **unstated is not zero**: a field the source does not give stays empty, and a
  :class:`Claim` with :attr:`~ipprogram.Certainty.UNSTATED` can say so explicitly ("không nêu");
- **inferred is not stated**: a value worked out by the person recording it (a year from
  the page's date) is held in its field, with an :attr:`~ipprogram.Certainty.INFERRED` claim that
  gives the basis;
- **a wrong claim is kept and marked**: an :attr:`~ipprogram.Certainty.WRONG` claim keeps what the
  source says ("Sở KH&CN cấp văn bằng") beside the right reading ("Cục Sở hữu trí tuệ");
- **disagreeing sources are both held**: two :attr:`~ipprogram.Certainty.STATED` claims on one
  field from two sources (62 Departments on one page, 58 on another);
  :func:`ipprogram.outcomes.claim_conflicts` lists them.

A claim names its field by a path inside the record that holds it (``"owner"``,
``"participants[1].count"``), checked against the record's shape.

>>> from ipprogram import Claim, Certainty, Source
>>> Claim(field="grant_date", certainty=Certainty.INFERRED)
Traceback (most recent call last):
ipprogram.errors.ValidationError: 1 validation error:
  $.basis: an inferred fact gives its basis [inconsistent]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import duplicates, not_negative, record, rule
from ipprogram.model.dates import PartialDate
from ipprogram.model.documents import Source
from ipprogram.model.enums import LabelledEnum, ProtectionKind
from ipprogram.model.places import Locality, own_place_problems, place_days, places_rule
from ipprogram.model.shape import path_problem, path_steps

__all__ = [
    "Certainty",
    "Claim",
    "Ordinal",
    "RightsCount",
    "RightsTally",
    "claim_problems",
    "value_at",
]


class Certainty(LabelledEnum):
    """How a record holds one fact: as a source states it, or otherwise.

    >>> Certainty.UNSTATED.label
    'nguồn không nêu'
    """

    STATED = "stated", "theo nguồn"
    UNSTATED = "unstated", "nguồn không nêu"
    INFERRED = "inferred", "suy ra"
    WRONG = "wrong", "nguồn ghi sai"


@record
class Claim:
    """What one source says, or does not say, of one field of the record that holds it.

    ``field`` is the path of the field inside the record (``"owner"``,
    ``"participants[1].count"``). ``value`` is what the source writes, as it writes it
    ("62", "Sở KH&CN tỉnh Lào Cai"). ``reading`` is the right reading of a wrong claim,
    or the value an inference gives. ``basis`` says how an inference was made or why a
    claim is wrong. ``source`` is the page or document; without it, the source of the
    record that holds the claim.

    - ``STATED`` needs a ``value``: two stated claims with different values on one field
      are a conflict, both kept;
    - ``UNSTATED`` has no ``value``, and the field it names must be empty;
    - ``INFERRED`` needs a ``basis``;
    - ``WRONG`` needs the ``value`` claimed and the ``reading`` that is right.

    >>> Claim(field="owner", certainty=Certainty.UNSTATED).certainty.label
    'nguồn không nêu'
    """

    field: str
    certainty: Certainty = Certainty.STATED
    value: str | None = None
    reading: str | None = None
    basis: str | None = None
    source: Source | None = None

    @rule
    def _complete(self) -> Iterator[ErrorDetail]:
        needs_value = self.certainty in (Certainty.STATED, Certainty.WRONG)
        if needs_value and self.value is None:
            yield ErrorDetail(
                ("value",),
                "inconsistent",
                detail=f"a {self.certainty.value} claim gives what the source writes",
                detail_vi=f"thông tin loại “{self.certainty.label}” phải ghi điều nguồn viết",
            )
        if self.certainty is Certainty.UNSTATED and self.value is not None:
            yield ErrorDetail(
                ("value",),
                "inconsistent",
                detail="an unstated fact has no value",
                detail_vi="thông tin nguồn không nêu thì không có giá trị",
            )
        if self.certainty is Certainty.INFERRED and self.basis is None:
            yield ErrorDetail(
                ("basis",),
                "inconsistent",
                detail="an inferred fact gives its basis",
                detail_vi="thông tin suy ra phải ghi căn cứ",
            )
        if self.certainty is Certainty.WRONG and self.reading is None:
            yield ErrorDetail(
                ("reading",),
                "inconsistent",
                detail="a wrong claim gives the right reading",
                detail_vi="thông tin nguồn ghi sai phải ghi cách hiểu đúng",
            )


def value_at(obj: object, path: str) -> object:
    """The value the path names inside ``obj``; :class:`LookupError` if it is not there.

    >>> from ipprogram import examples
    >>> value_at(examples.langson_2020(), "awards[0].counts[1].count")
    8
    """
    steps = path_steps(path)
    if steps is None:
        raise LookupError(path)
    value: Any = obj
    for step in steps:
        if isinstance(step, int):
            if not isinstance(value, tuple) or step >= len(value):
                raise LookupError(path)
            value = value[step]
            continue
        try:
            value = getattr(value, step)
        except AttributeError:
            raise LookupError(path) from None
    return value


def claim_problems(obj: object, claims: Iterable[Claim]) -> Iterator[ErrorDetail]:
    """Check each claim's field against the record that holds the claims.

    The path must name a field (``unknown_field``); an index must be in range; a field
    said to be unstated must be empty.
    """
    for index, claim in enumerate(claims):
        loc = ("claims", index, "field")
        problem = path_problem(type(obj), claim.field)
        if problem is None:
            try:
                value = value_at(obj, claim.field)
            except LookupError:
                problem = "the record has no such item"
            else:
                if claim.certainty is Certainty.UNSTATED and value not in (None, ()):
                    yield ErrorDetail(
                        loc,
                        "inconsistent",
                        detail=f"{claim.field} holds a value the source is said not to give",
                        detail_vi=f"{claim.field} có giá trị trong khi nguồn được ghi là không nêu",
                    )
        if problem is not None:
            yield ErrorDetail(loc, "unknown_field", value=claim.field, reason=problem)


@record
class Ordinal:
    """A rank a source gives a right on a date: "the 56th GI of the country".

    ``kind`` is the kind of title counted (``None``: any, as in "sản phẩm thứ 7 được
    bảo hộ"); ``scope`` the place counted in (``None``: the country); ``as_of`` the date
    the rank holds on, since later grants change it.

    >>> from ipprogram import LocalityKind
    >>> Ordinal(
    ...     rank=3,
    ...     kind=ProtectionKind.GEOGRAPHICAL_INDICATION,
    ...     scope=Locality(name="Hà Giang", kind=LocalityKind.PROVINCE),
    ... ).rank
    3
    """

    rank: int
    kind: ProtectionKind | None = None
    scope: Locality | None = None
    as_of: PartialDate | None = None

    def place_days(self) -> tuple[dt.date, ...]:
        """The days its scope is checked on: both ends of ``as_of``.

        >>> Ordinal(rank=1, as_of=PartialDate(year=2024)).place_days()
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
        """
        return place_days(self.as_of)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    def _positive(self) -> Iterator[ErrorDetail]:
        if self.rank < 1:
            yield ErrorDetail(
                ("rank",),
                "inconsistent",
                detail=f"a rank starts at 1, got {self.rank}",
                detail_vi=f"thứ hạng bắt đầu từ 1, nhận được {self.rank}",
            )


@record
class RightsCount:
    """How many titles of one kind a tally counts ("02 chỉ dẫn địa lý").

    >>> RightsCount(kind=ProtectionKind.GEOGRAPHICAL_INDICATION, count=2).kind.label
    'chỉ dẫn địa lý'
    """

    kind: ProtectionKind
    count: int

    @rule
    def _not_negative(self) -> Iterable[ErrorDetail]:
        return not_negative("count", self.count)


@record
class RightsTally:
    """How many IP titles a place has, as a source counts them on a date.

    ``scope`` is the place (``None``: the country), ``as_of`` the date the count holds
    on, ``total`` the total the source gives, ``counts`` its parts by kind, and
    ``in_progress`` the titles still applied for. Parts that do not add up to the total
    are an error, unless ``unbalanced`` records that the source itself gives such
    figures.

    >>> from ipprogram import LocalityKind
    >>> RightsTally(
    ...     scope=Locality(name="Tuyên Quang", kind=LocalityKind.PROVINCE),
    ...     total=4,
    ...     counts=(
    ...         RightsCount(kind=ProtectionKind.GEOGRAPHICAL_INDICATION, count=3),
    ...         RightsCount(kind=ProtectionKind.COLLECTIVE_MARK, count=2),
    ...     ),
    ... )
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.counts: the parts add up to 5, not the total 4 [tally_sum]
    """

    scope: Locality | None = None
    as_of: PartialDate | None = None
    total: int | None = None
    counts: tuple[RightsCount, ...] = ()
    in_progress: int | None = None
    unbalanced: bool = False
    source: Source | None = None

    def place_days(self) -> tuple[dt.date, ...]:
        """The days its scope is checked on: both ends of ``as_of``.

        >>> RightsTally(as_of=PartialDate(year=2024)).place_days()
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
        """
        return place_days(self.as_of)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    def _figures(self) -> Iterator[ErrorDetail]:
        yield from not_negative("total", self.total)
        yield from not_negative("in_progress", self.in_progress)
        yield from duplicates(
            ("counts",), (c.kind for c in self.counts), "kind of title", "loại văn bằng"
        )

    @rule
    def _sum(self) -> Iterator[ErrorDetail]:
        if self.total is None or not self.counts:
            if self.unbalanced:
                yield ErrorDetail(
                    ("unbalanced",),
                    "inconsistent",
                    detail="only a total with its parts can be unbalanced",
                    detail_vi="chỉ tổng số có các phần mới có thể không khớp",
                )
            return
        parts = sum(part.count for part in self.counts)
        if parts != self.total and not self.unbalanced:
            yield ErrorDetail(("counts",), "tally_sum", parts=parts, total=self.total)
        elif parts == self.total and self.unbalanced:
            yield ErrorDetail(
                ("unbalanced",),
                "inconsistent",
                detail=f"the parts add up to the total {self.total}",
                detail_vi=f"các phần cộng lại đúng bằng tổng số {self.total}",
            )

    def count(self, kind: ProtectionKind) -> int | None:
        """The count of ``kind`` the source gives, or ``None`` when it gives none.

        >>> RightsTally(total=4).count(ProtectionKind.GEOGRAPHICAL_INDICATION) is None
        True
        """
        for part in self.counts:
            if part.kind is kind:
                return part.count
        return None
