"""What follows a grant: licences to use a right, and protection in other jurisdictions.

>>> import datetime as dt
>>> from ipprogram import Licence, Quantity
>>> licence = Licence(round="đợt 1", licensee_count=Quantity(value=15, unit="hộ"))
>>> licence.licensee_count.unit
'hộ'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from ipprogram._lazy import pattern
from ipprogram.errors import ErrorDetail
from ipprogram.model._base import in_order, record, rule
from ipprogram.model.dates import PartialDate
from ipprogram.model.documents import DocumentRef, Source
from ipprogram.model.enums import LabelledEnum, OfficeStatus
from ipprogram.model.parties import Household, Organization, Person
from ipprogram.model.quantity import Qualifier, Quantity

__all__ = ["ForeignProtection", "Licence", "ProtectionBasis"]

#: A jurisdiction: an ISO 3166-1 alpha-2 country code, or "EU" (the European Union,
#: which ISO 3166 reserves as an exceptional code) and "WO" (WIPO, for the Madrid and
#: Lisbon systems).
_JURISDICTION: Final = pattern(r"[A-Z]{2}", globals())


@record
class Licence:
    """A licence to use a collective mark, a certification mark or a GI.

    The owner of a collective mark lets its members use it and the owner of a
    certification mark those whose goods meet its regulations on use (Law on IP
    50/2005/QH11, Art. 105, which makes those regulations part of the application, and
    Art. 139.2, which keeps a collective mark's use among the owner's members); the body
    the State authorises to manage a GI grants the right to use it (Art. 121.4, as
    amended by Law 07/2022/QH15). ``licensor`` grants it; ``licensees`` are those named,
    ``licensee_count`` how many a source counts ("15 hộ", "2 cơ sở", "45 tổ chức, cá
    nhân"); ``round`` is the round as a source writes it ("đợt 1"); ``decision`` the
    decision that grants it.

    >>> Licence(
    ...     licensees=(Organization(name="HTX Tài Hoan"), Organization(name="HTX Tiên Phong")),
    ...     licensee_count=Quantity(value=1),
    ... )
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.licensees: 2 licensees are named but 1 counted [inconsistent]
    """

    licensor: Organization | None = None
    licensees: tuple[Organization | Person | Household, ...] = ()
    licensee_count: Quantity | None = None
    round: str | None = None
    date: dt.date | PartialDate | None = None
    decision: DocumentRef | None = None
    source: Source | None = None

    @rule
    def _counted(self) -> Iterator[ErrorDetail]:
        count = self.licensee_count
        if count is None:
            return
        if count.upper is not None or isinstance(count.value, float) or count.value < 0:
            yield ErrorDetail(
                ("licensee_count",),
                "inconsistent",
                detail="a count of licensees is a whole number, or a hedge on one",
                detail_vi="số được cấp quyền sử dụng là số nguyên",
            )
            return
        exact = count.qualifier in (Qualifier.EXACT, Qualifier.AT_MOST)
        if exact and len(self.licensees) > count.value:
            yield ErrorDetail(
                ("licensees",),
                "inconsistent",
                detail=f"{len(self.licensees)} licensees are named but {count.value} counted",
                detail_vi=f"nêu tên {len(self.licensees)} đơn vị nhưng chỉ đếm {count.value}",
            )


class ProtectionBasis(LabelledEnum):
    """Under what a right is protected abroad.

    >>> ProtectionBasis.EVFTA.label
    'Hiệp định EVFTA'
    """

    NATIONAL_FILING = "national_filing", "nộp đơn quốc gia"
    MADRID = "madrid", "Hệ thống Madrid"
    LISBON = "lisbon", "Hệ thống Lisbon"
    EVFTA = "evfta", "Hiệp định EVFTA"
    OTHER_AGREEMENT = "other_agreement", "điều ước quốc tế khác"


@record
class ForeignProtection:
    """Protection of a right in another jurisdiction: a country, or the EU.

    ``jurisdiction`` is an ISO 3166-1 alpha-2 code ("CN", "JP"), or "EU" for the
    European Union (under the EVFTA, in force from 1/8/2020, the EU protects 39
    Vietnamese GIs, star anise of Lạng Sơn among them). ``office`` is the foreign office
    or grantor; ``basis`` what it rests on; ``batch`` the round of a registration made
    in batches over years ("đợt 2"). A grant before its filing is an error.

    >>> ForeignProtection(
    ...     jurisdiction="EU", basis=ProtectionBasis.EVFTA, grant_date=dt.date(2020, 8, 1)
    ... ).jurisdiction
    'EU'
    >>> ForeignProtection(jurisdiction="eu")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.jurisdiction: 'eu' is not one of an ISO 3166-1 alpha-2 code or EU [invalid_choice]
    """

    jurisdiction: str
    office: Organization | None = None
    basis: ProtectionBasis | None = None
    number: str | None = None
    filing_date: dt.date | PartialDate | None = None
    grant_date: dt.date | PartialDate | None = None
    status: OfficeStatus | None = None
    batch: str | None = None
    source: Source | None = None

    @rule
    def _valid(self) -> Iterator[ErrorDetail]:
        if not _JURISDICTION.fullmatch(self.jurisdiction):
            yield ErrorDetail(
                ("jurisdiction",),
                "invalid_choice",
                value=self.jurisdiction,
                allowed="an ISO 3166-1 alpha-2 code or EU",
                allowed_vi="một mã ISO 3166-1 alpha-2 hoặc EU",
            )
        yield from in_order("filing_date", self.filing_date, "grant_date", self.grant_date)
