"""Places: Vietnamese administrative units as a record names them.

>>> from ipprogram import Locality, LocalityKind
>>> province = Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="20")
>>> district = Locality(name="Tràng Định", kind=LocalityKind.DISTRICT, code="180", parent=province)
>>> district.full_name
'huyện Tràng Định'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import record, rule
from ipprogram.model.enums import LocalityKind

__all__ = ["Locality"]

#: Tier of each kind of unit: 1 provincial, 2 district, 3 commune (Constitution 2013,
#: Art. 110.1; from 01/7/2025 only tiers 1 and 3 exist, Resolution 202/2025/QH15).
TIERS: dict[LocalityKind, int] = {
    LocalityKind.PROVINCE: 1,
    LocalityKind.MUNICIPALITY: 1,
    LocalityKind.DISTRICT: 2,
    LocalityKind.URBAN_DISTRICT: 2,
    LocalityKind.TOWN: 2,
    LocalityKind.PROVINCIAL_CITY: 2,
    LocalityKind.COMMUNE: 3,
    LocalityKind.WARD: 3,
    LocalityKind.TOWNSHIP: 3,
    LocalityKind.SPECIAL_ZONE: 3,
}


@record
class Locality:
    """An administrative unit: its name without the kind word, its kind, its code.

    ``code`` is the statistics office's code for the unit (digits, e.g. ``"20"`` for
    Lạng Sơn, ``"180"`` for Tràng Định). ``parent`` is the unit it lies in, which must
    be of a higher tier.

    >>> Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="2O")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.code: '2O' is not one of digits 0-9 [invalid_choice]
    """

    TAG: ClassVar[str] = "locality"

    name: str
    kind: LocalityKind
    code: str | None = None
    parent: Locality | None = None

    @rule
    def _consistent(self) -> Iterator[ErrorDetail]:
        if self.code is not None and not (self.code.isascii() and self.code.isdigit()):
            yield ErrorDetail(("code",), "invalid_choice", value=self.code, allowed="digits 0-9")
        if self.parent is not None and TIERS[self.parent.kind] >= TIERS[self.kind]:
            yield ErrorDetail(
                ("parent",),
                "inconsistent",
                detail=f"a {self.kind.value} cannot lie in a {self.parent.kind.value}",
                detail_vi=f"{self.kind.label} không thể thuộc {self.parent.kind.label}",
            )

    @property
    def full_name(self) -> str:
        """The name with its kind word, as running text writes it ("tỉnh Lạng Sơn").

        >>> Locality(name="Hà Nội", kind=LocalityKind.MUNICIPALITY).full_name
        'thành phố Hà Nội'
        """
        word = "thành phố" if self.kind is LocalityKind.MUNICIPALITY else self.kind.label
        return f"{word} {self.name}"
