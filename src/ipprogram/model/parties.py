"""People, organisations, the positions people hold, and groups named as a whole.

>>> from ipprogram import Organization, Person, Position
>>> ubnd = Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
>>> person = Person(
...     full_name="Đoàn Thu Hà", position=Position(title="Phó Chủ tịch", organization=ubnd)
... )
>>> person.position.title
'Phó Chủ tịch'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_iri, record, rule
from ipprogram.model.enums import Gender
from ipprogram.model.places import Locality

__all__ = ["Household", "Organization", "OrganizationGroup", "Person", "Position"]


@record
class Organization:
    """An organisation: an agency, an association, a firm, a cooperative.

    ``name`` is the full name as the source writes it ("Sở Khoa học và Công nghệ tỉnh
    Lạng Sơn"); ``short_name`` the form running text uses ("Sở KHCN"). ``parent`` is the
    body it belongs to (Cục Sở hữu trí tuệ belongs to Bộ Khoa học và Công nghệ).

    >>> Organization(
    ...     name="Cục Sở hữu trí tuệ", parent=Organization(name="Bộ Khoa học và Công nghệ")
    ... ).parent.name
    'Bộ Khoa học và Công nghệ'
    """

    TAG: ClassVar[str] = "organization"

    name: str
    short_name: str | None = None
    parent: Organization | None = None
    locality: Locality | None = None
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)


@record
class Position:
    """An office held in an organisation ("Phó Chủ tịch" of "Ủy ban nhân dân tỉnh").

    It names the office, not the person: a Bằng khen is conferred by the position
    "Chủ tịch UBND tỉnh" whoever holds it. ``former`` marks a post the person no longer
    holds ("nguyên Phó Chủ tịch ...").

    >>> Position(title="Giám đốc", organization=Organization(name="Sở Khoa học và Công nghệ")).title
    'Giám đốc'
    """

    title: str
    organization: Organization
    former: bool = False


@record
class Person:
    """A person as a record names them, with the position held at the time.

    ``full_name`` is written in Vietnamese order: family name, middle names, given name
    (họ, tên đệm, tên), as the source writes it (without diacritics in English sources).
    ``position`` is the post in which they act; ``other_positions`` the other posts the
    source gives at once; ``academic_title`` the degree or rank written before the name
    ("Thạc sỹ", "Cử nhân", "PGS.TS"), as written.

    >>> Person(full_name="  Nguyễn Ngọc Hưng ").full_name
    'Nguyễn Ngọc Hưng'
    """

    TAG: ClassVar[str] = "person"

    full_name: str
    gender: Gender | None = None
    position: Position | None = None
    other_positions: tuple[Position, ...] = ()
    academic_title: str | None = None
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)


@record
class Household:
    """A household (hộ gia đình), which Law 06/2022/QH15 lets receive commendations.

    >>> Household(head=Person(full_name="Hoàng Văn A")).head.full_name
    'Hoàng Văn A'
    """

    TAG: ClassVar[str] = "household"

    head: Person
    locality: Locality | None = None


@record
class OrganizationGroup:
    """Organisations named as a whole, as reports do ("các sở, ban, ngành").

    ``name`` is the group as the source writes it; ``locality`` the area it covers.

    >>> OrganizationGroup(name="Hội Làm vườn các huyện, thành phố").name
    'Hội Làm vườn các huyện, thành phố'
    """

    TAG: ClassVar[str] = "organization_group"

    name: str
    locality: Locality | None = None
