"""Products and the IP rights that protect them: marks and geographical indications.

A geographical indication is not a kind of mark. Under the Law on Intellectual Property
50/2005/QH11, Art. 121.4 (as amended by Law 07/2022/QH15), the State owns Vietnamese
geographical indications and authorises a body to manage each one; so
:class:`GeographicalIndication` has no ``owner`` field, only a ``managing_body``.

>>> from ipprogram import GeographicalIndication, Organization, Product, ProductCategory
>>> gi = GeographicalIndication(
...     name="Lạng Sơn",
...     products=(Product(name="Na", category=ProductCategory.AGRICULTURAL),),
...     managing_body=Organization(name="Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn"),
...     certificate_number="00140",
... )
>>> gi.owner.name
'Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Final

from ipprogram import ids
from ipprogram._lazy import pattern
from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_iri, check_number, duplicates, in_order, needs, record, rule
from ipprogram.model.dates import PartialDate, Period
from ipprogram.model.documents import DocumentRef, Source
from ipprogram.model.enums import (
    FigureMeasure,
    IndicatorRole,
    MarkKind,
    OfficeStatus,
    ProductCategory,
    ProductGroup,
)
from ipprogram.model.facts import Claim, Ordinal, claim_problems
from ipprogram.model.grants import ForeignProtection, Licence
from ipprogram.model.parties import Organization
from ipprogram.model.places import Locality, own_place_problems, place_days, places_rule
from ipprogram.model.quantity import Quantity

if TYPE_CHECKING:
    from ipprogram.terms import RightStatus

__all__ = [
    "STATE",
    "GeographicalIndication",
    "Product",
    "ProductFigure",
    "QualityThreshold",
    "Trademark",
]

#: The owner of every Vietnamese geographical indication (Law on IP, Art. 121.4).
STATE: Final = Organization(
    name="Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", short_name="Nhà nước"
)

_NICE_CLASSES = range(1, 46)


_NICE_VERSION = pattern(r"[0-9]{1,2}-[0-9]{4}\Z", globals())


@record
class ProductFigure:
    """A figure a source gives of a product: its area, output, yield, profit, exports.

    ``quantity`` keeps the source's hedge ("gần 5.000 ha" is at most 5.000, "khoảng
    20.000 ha", "250 – 350 triệu đồng/ha/năm"); ``period`` is the year or span it holds
    for, ``role`` whether it is a result, a target or a forecast ("dự kiến đạt khoảng
    12.000 ha"), ``market`` the export market it is for. Money measures are in đồng.

    >>> ProductFigure(measure=FigureMeasure.PROFIT, quantity=Quantity(value=5, unit="ha"))
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.quantity.unit: lợi nhuận is money, in đồng [inconsistent]
    """

    measure: FigureMeasure
    quantity: Quantity
    period: Period | None = None
    role: IndicatorRole = IndicatorRole.ACTUAL
    market: str | None = None
    source: Source | None = None

    @rule
    def _money(self) -> Iterator[ErrorDetail]:
        if self.measure.is_money and not self.quantity.is_money:
            yield ErrorDetail(
                ("quantity", "unit"),
                "inconsistent",
                detail=f"{self.measure.label} is money, in đồng",
                detail_vi=f"{self.measure.label} là tiền, tính bằng đồng",
            )


@record
class QualityThreshold:
    """A quality threshold of a GI's product specification ("chiều dài quả từ 60 mm").

    >>> QualityThreshold(property="chiều dài quả", quantity=Quantity(value=60, unit="mm")).property
    'chiều dài quả'
    """

    property: str
    quantity: Quantity


@record
class Product:
    """A product as a programme names it ("Hồi", "Quýt Tràng Định").

    ``category`` is left out when the source does not give one. ``group`` says whether
    it is sold fresh or processed; ``figures`` are the figures sources give of it (area,
    output, yield, profit, exports, each with its year and role); ``markets`` the export
    markets named ("Trung Quốc", "Tây Âu"); ``area_codes`` its growing-area codes (mã số
    vùng trồng) as issued.

    >>> Product(name="Hồi", category=ProductCategory.FORESTRY).category.label
    'Lâm sản'
    """

    name: str
    category: ProductCategory | None = None
    locality: Locality | None = None
    group: ProductGroup | None = None
    figures: tuple[ProductFigure, ...] = ()
    markets: tuple[str, ...] = ()
    area_codes: tuple[str, ...] = ()
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)


@record
class Trademark:
    """A mark: its sign, kind, owner, the goods it covers and its registration.

    ``nice_classes`` are classes of the Nice Classification (1–45) and ``nice_version``
    the version they were assigned under ("12-2024"; Viet Nam applied version 12-2024
    from 01/01/2024). ``application_number`` and ``certificate_number`` are checked by
    :mod:`ipprogram.ids` (``4-YYYY-NNNNN``, ``4-0NNNNNN-000``). ``filing_date`` is
    when the application was filed and ``grant_date`` when the certificate was granted;
    the term of protection counts from filing (Law on IP, Art. 93.6).

    Sources often leave facts out: ``kind`` is ``None`` for a page that says only "nhãn
    hiệu", ``owner`` for one that names no owner; neither is guessed. ``grantor`` is who
    granted the certificate: the IP Office of Viet Nam (Cục Sở hữu trí tuệ), the State
    body for industrial property rights that grants protection titles (Law on IP,
    Art. 118), and ``decision`` the grant
    decision ("34713/QĐ-SHTT ngày 13/6/2016"). ``ordinals`` are ranks sources give the
    mark ("sản phẩm thứ 7 của tỉnh được bảo hộ"); ``licences`` the licences to use it;
    ``abroad`` its protection in other jurisdictions (Viet Nam is one among them);
    ``source`` and ``claims`` say where its facts come from and how sure they are (see
    :mod:`ipprogram.model.facts`).

    >>> mark = Trademark(
    ...     name="Quýt Tràng Định",
    ...     kind=MarkKind.COLLECTIVE,
    ...     owner=Organization(name="Hội Làm vườn huyện Tràng Định"),
    ...     certificate_number="4-0306822-000",
    ...     grant_date=dt.date(2018, 10, 17),
    ... )
    >>> mark.kind.label
    'Nhãn hiệu tập thể'
    """

    TAG: ClassVar[str] = "trademark"

    name: str
    kind: MarkKind | None = None
    owner: Organization | None = None
    products: tuple[Product, ...] = ()
    nice_classes: tuple[int, ...] = ()
    nice_version: str | None = None
    application_number: str | None = None
    certificate_number: str | None = None
    filing_date: dt.date | PartialDate | None = None
    grant_date: dt.date | PartialDate | None = None
    office_status: OfficeStatus | None = None
    grantor: Organization | None = None
    decision: DocumentRef | None = None
    ordinals: tuple[Ordinal, ...] = ()
    licences: tuple[Licence, ...] = ()
    abroad: tuple[ForeignProtection, ...] = ()
    source: Source | None = None
    claims: tuple[Claim, ...] = ()

    @property
    def certificate(self) -> str | None:
        """The certificate number in its one canonical form, whatever form was printed.

        "306822" and "4-0306822-000" are the same title; ``certificate_number`` keeps
        the form the source printed.

        >>> Trademark(name="Quýt Tràng Định", certificate_number="306822").certificate
        '4-0306822-000'
        """
        if self.certificate_number is None:
            return None
        return ids.mark_certificate.compact(self.certificate_number)

    def expiry(self, *, renewals: int = 0) -> dt.date | None:
        """The last day of protection after ``renewals`` renewals (Law on IP, Art. 93.6).

        ``None`` when the filing date is not known to the day.

        >>> Trademark(
        ...     name="X",
        ...     kind=MarkKind.ORDINARY,
        ...     owner=Organization(name="Y"),
        ...     filing_date=dt.date(2016, 2, 29),
        ... ).expiry()
        datetime.date(2026, 2, 28)
        """
        from ipprogram.terms import RightKind, expiry  # noqa: PLC0415 - terms uses the model

        if not isinstance(self.filing_date, dt.date):
            return None
        return expiry(RightKind.MARK, self.filing_date, renewals=renewals)

    def status(self, on: dt.date, *, renewals: int = 0) -> RightStatus | None:
        """Where the mark stands on ``on``: pending, in force, in its grace period, expired.

        ``None`` when the filing date is not known, or the dates are partial and the
        status differs between the days they span (:func:`ipprogram.terms.known_status`).

        >>> Trademark(
        ...     name="X",
        ...     kind=MarkKind.ORDINARY,
        ...     owner=Organization(name="Y"),
        ...     filing_date=dt.date(2017, 3, 1),
        ...     grant_date=dt.date(2018, 10, 17),
        ... ).status(dt.date(2020, 12, 2)).label
        'còn hiệu lực'
        """
        from ipprogram.terms import RightKind, known_status  # noqa: PLC0415 - terms uses the model

        if self.filing_date is None:
            return None
        return known_status(
            RightKind.MARK,
            on=on,
            filing_date=self.filing_date,
            grant_date=self.grant_date,
            renewals=renewals,
        )

    @rule
    def _valid(self) -> Iterator[ErrorDetail]:
        for index, number in enumerate(self.nice_classes):
            if number not in _NICE_CLASSES:
                yield ErrorDetail(
                    ("nice_classes", index), "out_of_range", value=number, low=1, high=45
                )
        yield from duplicates(("nice_classes",), self.nice_classes, "Nice class", "nhóm Nice")
        if self.nice_version is not None and not _NICE_VERSION.match(self.nice_version):
            yield ErrorDetail(
                ("nice_version",),
                "invalid_choice",
                value=self.nice_version,
                allowed="an edition and year such as '12-2024'",
                allowed_vi="phiên bản và năm như '12-2024'",
            )
        yield from check_number(
            "application_number",
            self.application_number,
            ids.mark_application,
            "mark application number",
            "số đơn nhãn hiệu",
        )
        yield from check_number(
            "certificate_number",
            self.certificate_number,
            ids.mark_certificate,
            "mark certificate number",
            "số văn bằng nhãn hiệu",
        )
        yield from in_order("filing_date", self.filing_date, "grant_date", self.grant_date)

    def place_days(self) -> tuple[dt.date, ...]:
        """The days its places are checked on: the filing and grant dates it gives.

        >>> Trademark(name="Na", filing_date=dt.date(2017, 3, 1)).place_days()
        (datetime.date(2017, 3, 1),)
        """
        return place_days(self.filing_date, self.grant_date)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    @needs("claims")  # claim_problems reads the fields the claims name
    def _claims(self) -> Iterable[ErrorDetail]:
        return claim_problems(self, self.claims)


@record
class GeographicalIndication:
    """A geographical indication (chỉ dẫn địa lý) and the body that manages it.

    Its owner is always the State (Law on IP, Art. 121.4), so it is a property, not a
    field; ``managing_body`` is the provincial People's Committee or the body it
    authorises; it is ``None`` when the source names none. ``decision`` is the decision
    that granted it (560/QĐ-SHTT of 22/6/2024 for the custard apple of Lạng Sơn),
    ``grantor`` who granted it (the IP Office of Viet Nam, Law on IP Art. 118).
    ``species`` and ``thresholds`` are the product specification's scientific name
    ("Illicium verum") and quality thresholds: the specific characteristics and quality
    that a GI application describes (Law on IP, Art. 106).
    ``ordinals``, ``licences``, ``abroad``, ``source`` and ``claims`` are as for
    :class:`Trademark`: star anise of Lạng Sơn is also protected in the EU under the
    EVFTA.

    >>> GeographicalIndication(
    ...     name="Lạng Sơn", managing_body=Organization(name="UBND tỉnh Lạng Sơn")
    ... ).owner is STATE
    True
    """

    TAG: ClassVar[str] = "geographical_indication"
    owner: ClassVar[Organization] = STATE

    name: str
    managing_body: Organization | None = None
    products: tuple[Product, ...] = ()
    area: tuple[Locality, ...] = ()
    certificate_number: str | None = None
    application_number: str | None = None
    filing_date: dt.date | PartialDate | None = None
    grant_date: dt.date | PartialDate | None = None
    decision: DocumentRef | None = None
    grantor: Organization | None = None
    ordinals: tuple[Ordinal, ...] = ()
    licences: tuple[Licence, ...] = ()
    abroad: tuple[ForeignProtection, ...] = ()
    species: str | None = None
    thresholds: tuple[QualityThreshold, ...] = ()
    source: Source | None = None
    claims: tuple[Claim, ...] = ()

    @property
    def certificate(self) -> str | None:
        """The certificate number in its one canonical form: five digits, zero-padded.

        >>> GeographicalIndication(name="Hàm Yên", certificate_number="85").certificate
        '00085'
        """
        if self.certificate_number is None:
            return None
        return ids.gi_certificate.compact(self.certificate_number)

    @rule
    def _valid(self) -> Iterator[ErrorDetail]:
        yield from check_number(
            "certificate_number",
            self.certificate_number,
            ids.gi_certificate,
            "GI certificate number",
            "số văn bằng chỉ dẫn địa lý",
        )
        yield from check_number(
            "application_number",
            self.application_number,
            ids.gi_application,
            "GI application number",
            "số đơn chỉ dẫn địa lý",
        )
        yield from in_order("filing_date", self.filing_date, "grant_date", self.grant_date)

    def place_days(self) -> tuple[dt.date, ...]:
        """The days its places are checked on: the filing and grant dates it gives.

        >>> GeographicalIndication(name="Na", filing_date=dt.date(2017, 3, 1)).place_days()
        (datetime.date(2017, 3, 1),)
        """
        return place_days(self.filing_date, self.grant_date)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    @needs("claims")  # claim_problems reads the fields the claims name
    def _claims(self) -> Iterable[ErrorDetail]:
        return claim_problems(self, self.claims)
