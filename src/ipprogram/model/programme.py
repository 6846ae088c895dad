"""Programmes, schemes and strategies that provinces run for intellectual property.

>>> from ipprogram import Period, Programme, ProgrammeKind
>>> programme = Programme(
...     kind=ProgrammeKind.PROGRAMME,
...     name="Chương trình phát triển tài sản trí tuệ",
...     period=Period.years(2016, 2020),
... )
>>> programme.kind.label, str(programme.period.end)
('Chương trình', '2020')
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Iterator
from typing import Final

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_iri, duplicates, needs, record, rule
from ipprogram.model.dates import Period
from ipprogram.model.documents import DocumentRef, Source
from ipprogram.model.enums import (
    LabelledEnum,
    MarkKind,
    ProductCategory,
    ProgrammeKind,
    ProgrammeOutcome,
    ProtectionKind,
)
from ipprogram.model.facts import Claim, RightsTally, claim_problems
from ipprogram.model.ip import GeographicalIndication, Product, Trademark
from ipprogram.model.outcomes import Indicator, Project
from ipprogram.model.parties import Organization
from ipprogram.model.places import Locality, own_place_problems, place_days, places_rule

__all__ = ["Duty", "MarkSupport", "Programme", "ProgrammeLevel"]


class ProgrammeLevel(LabelledEnum):
    """Who runs a programme: the Government, a province, a district or a commune.

    >>> ProgrammeLevel.PROVINCIAL.label
    'cấp tỉnh'
    """

    NATIONAL = "national", "cấp quốc gia"
    MINISTERIAL = "ministerial", "cấp bộ"
    PROVINCIAL = "provincial", "cấp tỉnh"
    DISTRICT = "district", "cấp huyện"
    COMMUNE = "commune", "cấp xã"


@record
class MarkSupport:
    """A kind of mark a programme helped build, and for which products.

    "xây dựng nhãn hiệu tập thể ... cho các sản phẩm nông sản" is
    ``MarkSupport(kind=MarkKind.COLLECTIVE, category=ProductCategory.AGRICULTURAL)``.

    >>> MarkSupport(kind=MarkKind.CERTIFICATION).category is None
    True
    """

    kind: MarkKind
    category: ProductCategory | None = None


@record
class Duty:
    """An agency's task under a programme ("Sở KH&CN chủ trì, phối hợp ...").

    >>> Duty(agency=Organization(name="Sở Khoa học và Công nghệ"), task="chủ trì").task
    'chủ trì'
    """

    agency: Organization
    task: str


#: What a duplicate support and a duplicate product quote: the kind's value, the
#: product's name (read in C).
_support_kind: Final = operator.attrgetter("kind._value_")
_product_name: Final = operator.attrgetter("name")


@record
class Programme:
    """A programme (chương trình), scheme (đề án), strategy or plan and what it achieved.

    ``name`` is the name without its period or place ("Chương trình phát triển tài sản trí
    tuệ"); ``period`` and ``locality`` say when and where, ``level`` who runs it.
    ``approved_by`` is the decision that approved it, ``lead_agency`` the body that leads it
    (the provincial Sở KHCN), ``parent`` the programme it implements (the national one of
    1062/QĐ-TTg) and ``successor`` the one that follows it. ``outcomes`` are the kinds of
    result it reports; ``mark_support`` the kinds of mark it helped build;
    ``exported_products`` the products whose export markets were widened and promoted ("mở
    rộng thị trường xuất khẩu, quảng bá các sản phẩm"), not a claim that they were exported;
    ``marks`` and ``geographical_indications`` the rights it established; ``projects`` its
    projects, planned or done; ``indicators`` its targets and actuals; ``tallies`` counts of
    titles its reports give; ``document`` its own document (a "CTr" programme, "KH" plan),
    ``proposal`` the proposal that led to it (Tờ trình, "TTr"), ``duties`` the agencies
    responsible and for what, ``supports`` the kinds of right it supports (inventions,
    utility solutions, industrial designs, marks, GIs); ``claims`` what its sources state,
    and how sure the record is.

    >>> Programme(
    ...     kind=ProgrammeKind.SCHEME,
    ...     name="Đề án",
    ...     outcomes=(ProgrammeOutcome.AWARENESS_RAISED,) * 2,
    ... )
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.outcomes[1]: outcome 'awareness_raised' appears more than once [duplicate]
    """

    kind: ProgrammeKind
    name: str
    period: Period | None = None
    locality: Locality | None = None
    level: ProgrammeLevel | None = None
    approved_by: DocumentRef | None = None
    lead_agency: Organization | None = None
    parent: Programme | None = None
    successor: Programme | None = None
    outcomes: tuple[ProgrammeOutcome, ...] = ()
    mark_support: tuple[MarkSupport, ...] = ()
    exported_products: tuple[Product, ...] = ()
    marks: tuple[Trademark, ...] = ()
    geographical_indications: tuple[GeographicalIndication, ...] = ()
    projects: tuple[Project, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    source: Source | None = None
    tallies: tuple[RightsTally, ...] = ()
    document: DocumentRef | None = None
    proposal: DocumentRef | None = None
    duties: tuple[Duty, ...] = ()
    supports: tuple[ProtectionKind, ...] = ()
    claims: tuple[Claim, ...] = ()
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)

    @rule
    def _unique(self) -> Iterator[ErrorDetail]:
        yield from duplicates(("outcomes",), self.outcomes, "outcome", "kết quả")
        yield from duplicates(
            ("mark_support",),
            self.mark_support,
            "mark support",
            "hỗ trợ nhãn hiệu",
            show=_support_kind,
        )
        yield from duplicates(
            ("exported_products",),
            self.exported_products,
            "product",
            "sản phẩm",
            show=_product_name,
        )
        if len(self.indicators) > 1:  # one repeats nothing: the names' list is not made
            yield from duplicates(
                ("indicators",),
                [indicator.name for indicator in self.indicators],
                "indicator",
                "chỉ số",
            )

    @rule
    @needs("claims")  # claim_problems reads the fields the claims name
    def _claims(self) -> Iterable[ErrorDetail]:
        return claim_problems(self, self.claims)

    def place_days(self) -> tuple[dt.date, ...]:
        """The days its places are checked on: both ends of its period, as far as known.

        >>> programme = Programme(
        ...     kind=ProgrammeKind.PROGRAMME, name="P", period=Period.years(2021, 2025)
        ... )
        >>> [day.isoformat() for day in programme.place_days()]
        ['2021-01-01', '2021-12-31', '2025-01-01', '2025-12-31']
        """
        if self.period is None:
            return ()
        return place_days(self.period.start, self.period.end)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    def _supports(self) -> Iterable[ErrorDetail]:
        return duplicates(("supports",), self.supports, "kind of right", "loại quyền")
