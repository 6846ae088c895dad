"""Vietnamese personal names, their order in lists, and how officials are styled.

A Vietnamese full name is written family name, middle names, given name (họ, tên đệm,
tên): "Đoàn Thu Hà" is family "Đoàn", middle "Thu", given "Hà". People are addressed
and listed by the given name: lists of people sort by given name, then family name, then
middle name. Officials are styled with an honorific and their office: "Đồng chí Đoàn Thu
Hà, Phó Chủ tịch UBND tỉnh", or "Ông"/"Bà" by gender.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from ipprogram._textkey import normalize
from ipprogram.errors import expect
from ipprogram.model.enums import Gender
from ipprogram.model.parties import Person, Position
from ipprogram.vi.collation import sort_key

__all__ = [
    "NameParts",
    "courtesy_title",
    "format_person",
    "format_position",
    "name_sort_key",
    "sort_people",
    "split_name",
]

_T = TypeVar("_T", bound=str | Person)


class NameParts(NamedTuple):
    """A full name split into family, middle and given names ('' where absent).

    >>> NameParts("Đoàn", "Thu", "Hà").given
    'Hà'
    """

    family: str
    middle: str
    given: str


def split_name(full_name: str, *, family_syllables: int = 1) -> NameParts:
    """Split a full name into family name (họ), middle names (tên đệm) and given name (tên).

    The family name is the first syllable unless ``family_syllables`` says more (a
    double family name such as "Tôn Nữ" or "Âu Dương" cannot be told from a middle name
    by its spelling); the given name is the last syllable. A one-word name is a given
    name alone.

    >>> split_name("Đoàn Thu Hà")
    NameParts(family='Đoàn', middle='Thu', given='Hà')
    >>> split_name("Nguyễn Thị Thu Hương").middle
    'Thị Thu'
    >>> split_name("Tôn Nữ Thị Ninh", family_syllables=2)
    NameParts(family='Tôn Nữ', middle='Thị', given='Ninh')
    """
    if family_syllables < 1:
        msg = f"family_syllables must be at least 1, got {family_syllables}"
        raise ValueError(msg)
    words = normalize(full_name).split()
    if not words:
        msg = "a name needs at least one word"
        raise ValueError(msg)
    if len(words) == 1:
        return NameParts("", "", words[0])
    family = words[: min(family_syllables, len(words) - 1)]
    return NameParts(" ".join(family), " ".join(words[len(family) : -1]), words[-1])


def name_sort_key(full_name: str) -> tuple[object, ...]:
    """Return a key that sorts full names by given name, then family, then middle name.

    Each part compares in Vietnamese alphabetical order (:func:`sort_key`), with tone
    placement unified (``ipprogram._textkey.normalize``). Listing people by given name is the common
    practice of Vietnamese lists; no decree makes it a rule.

    >>> names = ["Trần Văn An", "Đoàn Thu Hà", "Lê Thị Hà", "Nguyễn Ngọc Hưng", "Lê An"]
    >>> sorted(names, key=name_sort_key)
    ['Lê An', 'Trần Văn An', 'Đoàn Thu Hà', 'Lê Thị Hà', 'Nguyễn Ngọc Hưng']
    """
    parts = split_name(full_name)
    return (sort_key(parts.given), sort_key(parts.family), sort_key(parts.middle))


def sort_people(people: Iterable[_T]) -> list[_T]:
    """Sort people, or their full names, by given name, then family, then middle name.

    >>> [
    ...     p.full_name
    ...     for p in sort_people([Person(full_name="Đoàn Thu Hà"), Person(full_name="Trần Văn An")])
    ... ]
    ['Trần Văn An', 'Đoàn Thu Hà']
    """
    return sorted(
        people,
        key=lambda person: name_sort_key(person if isinstance(person, str) else person.full_name),
    )


def courtesy_title(gender: Gender) -> str:
    """Return "Ông" or "Bà", the courtesy title for a person of this gender.

    >>> courtesy_title(Gender.FEMALE), courtesy_title(Gender.MALE)
    ('Bà', 'Ông')
    """
    expect(gender, Gender, "courtesy_title")
    return "Bà" if gender is Gender.FEMALE else "Ông"


def format_position(position: Position) -> str:
    """Write an office as running text names it: title, then the body's short name.

    >>> from ipprogram import Organization
    >>> ubnd = Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
    >>> format_position(Position(title="Phó Chủ tịch", organization=ubnd))
    'Phó Chủ tịch UBND tỉnh'
    >>> format_position(Position(title="Phó Chủ tịch", organization=ubnd, former=True))
    'nguyên Phó Chủ tịch UBND tỉnh'
    """
    expect(position, Position, "format_position")
    organization = position.organization
    text = f"{position.title} {organization.short_name or organization.name}"
    return f"nguyên {text}" if position.former else text


def format_person(
    person: Person,
    *,
    honorific: str | None = "Đồng chí",
    separator: str = ", ",
) -> str:
    """Style a person with an honorific and the office they held.

    ``honorific`` is "Đồng chí" by default (party and state officials); pass
    ``courtesy_title(person.gender)`` for "Ông"/"Bà", or ``None`` for the bare name.
    ``separator`` goes between name and office: sources write ", " or " - ".

    >>> from ipprogram import Organization
    >>> ubnd = Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
    >>> ha = Person(
    ...     full_name="Đoàn Thu Hà",
    ...     gender=Gender.FEMALE,
    ...     position=Position(title="Phó Chủ tịch", organization=ubnd),
    ... )
    >>> format_person(ha)
    'Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh'
    >>> format_person(ha, honorific=courtesy_title(Gender.FEMALE), separator=" - ")
    'Bà Đoàn Thu Hà - Phó Chủ tịch UBND tỉnh'

    An academic title goes before the name, as sources write it, and other posts after
    the first, each after "kiêm":

    >>> so = Organization(name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn", short_name="Sở")
    >>> format_person(
    ...     Person(
    ...         full_name="Nguyễn Thị Hà",
    ...         academic_title="Thạc sỹ",
    ...         position=Position(title="Giám đốc", organization=so),
    ...     ),
    ...     honorific=None,
    ... )
    'Thạc sỹ Nguyễn Thị Hà, Giám đốc Sở'
    """
    expect(person, Person, "format_person")
    name = person.full_name
    if person.academic_title:
        name = f"{person.academic_title} {name}"
    text = name if not honorific else f"{honorific} {name}"
    if person.position is not None:
        text += f"{separator}{format_position(person.position)}"
        text += "".join(f" kiêm {format_position(p)}" for p in person.other_positions)
    elif person.other_positions:
        text += separator + " kiêm ".join(format_position(p) for p in person.other_positions)
    return text
