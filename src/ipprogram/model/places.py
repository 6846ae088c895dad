"""Places: Vietnamese administrative units as a record names them, as of a date.

A place belongs to a date. Resolution 202/2025/QH15 merged 63 provincial units into 34
and abolished districts from 01/7/2025, so a :class:`Locality` is checked against the
units that existed on its ``as_of`` date, or, when it has none, on the date of the event
that names it. Units the library does not ship (communes, most districts) stay free
text.

>>> import datetime as dt
>>> from ipprogram import Locality, LocalityKind
>>> province = Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="20")
>>> district = Locality(name="Tràng Định", kind=LocalityKind.DISTRICT, code="180", parent=province)
>>> district.qualified_name
'huyện Tràng Định, tỉnh Lạng Sơn'
>>> Locality(
...     name="Tràng Định", kind=LocalityKind.DISTRICT, parent=province, as_of=dt.date(2026, 1, 1)
... )
Traceback (most recent call last):
ipprogram.errors.ValidationError: 1 validation error:
  $.kind: huyện Tràng Định did not exist on 2026-01-01; districts were abolished ... [not_in_force]
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import ClassVar, Final

from ipprogram._textkey import match_key
from ipprogram.errors import ErrorDetail, Loc
from ipprogram.model._base import record, rule
from ipprogram.model.enums import LocalityKind
from ipprogram.model.shape import classes_in, shape

__all__ = ["Locality", "iter_localities", "localities_in", "place_problems"]

#: Tier of each kind of unit: 1 provincial, 2 district, 3 commune (Constitution 2013,
#: Art. 110.1; from 01/7/2025 only tiers 1 and 3 exist, Resolution 202/2025/QH15).
TIERS: Mapping[LocalityKind, int] = MappingProxyType(
    {
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
)


#: Names of units given after persons, whose kind word is capitalised (Decree
#: 30/2020/NĐ-CP, Appendix II, I.2): the city, and wards and districts of that kind.
NAMED_AFTER_PERSONS: Final = frozenset(
    {"Hồ Chí Minh", "Hai Bà Trưng", "Hoàng Văn Thụ", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung"}
)


@record
class Locality:
    """An administrative unit: its name without the kind word, its kind, its code.

    ``code`` is the statistics office's code for the unit (digits, e.g. ``"20"`` for
    Lạng Sơn, ``"180"`` for Tràng Định). ``parent`` is the unit it lies in, which must
    be of a higher tier. ``as_of`` is the date the place is named for; without it, an
    :class:`~ipprogram.Event` checks the place against its own date. ``kind`` is ``None``
    for a place whose administrative kind the source does not state ("vùng núi Mẫu
    Sơn"): such a place is free text, checked against no list.

    >>> Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="2O")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.code: '2O' is not one of digits 0-9 [invalid_choice]
    """

    TAG: ClassVar[str] = "locality"

    name: str
    kind: LocalityKind | None = None
    code: str | None = None
    parent: Locality | None = None
    as_of: dt.date | None = None

    @rule
    def _code(self) -> Iterator[ErrorDetail]:
        if self.code is not None and not (self.code.isascii() and self.code.isdigit()):
            yield ErrorDetail(
                ("code",),
                "invalid_choice",
                value=self.code,
                allowed="digits 0-9",
                allowed_vi="chữ số 0-9",
            )
        elif self.as_of is not None:
            yield from place_problems(self, self.as_of)

    @rule
    def _tier(self) -> Iterator[ErrorDetail]:
        parent = self.parent
        if parent is None or parent.kind is None or self.kind is None:
            return
        if TIERS[parent.kind] >= TIERS[self.kind]:
            yield ErrorDetail(
                ("parent",),
                "inconsistent",
                detail=f"a {self.kind.value} cannot lie in a {parent.kind.value}",
                detail_vi=f"{self.kind.label} không thể thuộc {parent.kind.label}",
            )

    @property
    def full_name(self) -> str:
        """The name with its kind word, as running text writes it ("tỉnh Lạng Sơn").

        A unit named by a number or after a person takes a capital on its kind word
        (Decree 30/2020/NĐ-CP, Appendix II, I.2: "Thành phố Hồ Chí Minh", "Quận 1"):
        see :attr:`named_by_number_or_person`.

        >>> Locality(name="Hà Nội", kind=LocalityKind.MUNICIPALITY).full_name
        'thành phố Hà Nội'
        >>> Locality(name="Hồ Chí Minh", kind=LocalityKind.MUNICIPALITY).full_name
        'Thành phố Hồ Chí Minh'
        >>> Locality(name="1", kind=LocalityKind.URBAN_DISTRICT).full_name
        'Quận 1'
        """
        if self.kind is None:
            return self.name
        word = "thành phố" if self.kind is LocalityKind.MUNICIPALITY else self.kind.label
        if self.named_by_number_or_person:
            word = word[:1].upper() + word[1:]
        return f"{word} {self.name}"

    @property
    def named_by_number_or_person(self) -> bool:
        """Whether the unit is named by a number ("Quận 1") or after a known person.

        Such a unit is written with its kind word everywhere, datelines included
        ("Quận 1, ngày ...", Decree 30/2020/NĐ-CP, Appendix I). The persons known are
        those in :data:`NAMED_AFTER_PERSONS`; other names are taken as place names.

        >>> Locality(name="12", kind=LocalityKind.WARD).named_by_number_or_person
        True
        """
        return (self.name.isascii() and self.name.isdigit()) or self.name in NAMED_AFTER_PERSONS

    @property
    def dateline_name(self) -> str:
        """The place a dateline names: "Lạng Sơn", but "Thành phố Hồ Chí Minh", "Quận 1".

        >>> Locality(name="Hồ Chí Minh", kind=LocalityKind.MUNICIPALITY).dateline_name
        'Thành phố Hồ Chí Minh'
        """
        return self.full_name if self.named_by_number_or_person else self.name

    @property
    def qualified_name(self) -> str:
        """The full name followed by those of the units it lies in.

        >>> Locality(
        ...     name="Chi Lăng",
        ...     kind=LocalityKind.DISTRICT,
        ...     parent=Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE),
        ... ).qualified_name
        'huyện Chi Lăng, tỉnh Lạng Sơn'
        """
        names = [self.full_name]
        parent = self.parent
        while parent is not None:
            names.append(parent.full_name)
            parent = parent.parent
        return ", ".join(names)


def _not_in_force(
    loc: Loc, locality: Locality, date: dt.date, hint: str, hint_vi: str
) -> ErrorDetail:
    return ErrorDetail(
        loc,
        "not_in_force",
        name=locality.full_name,
        date=date.isoformat(),
        hint=hint,
        hint_vi=hint_vi,
    )


def _provincial_problems(locality: Locality, date: dt.date) -> Iterator[ErrorDetail]:
    from ipprogram import places  # noqa: PLC0415 - the registry imports the model's enums

    if locality.code is not None:
        known = places.with_code(locality.code)
        on_date = [u for u in known if u.exists_on(date)]
        if not known:
            yield ErrorDetail(
                ("code",), "unknown_place", value=locality.code, what="province", what_vi="tỉnh"
            )
        elif not on_date:
            later = places.successor(locality.code)
            yield _not_in_force(
                ("code",),
                locality,
                date,
                f"; from 01/7/2025 it is part of {later.full_name}",
                f"; từ ngày 01/7/2025 thuộc {later.full_name}",
            )
        elif match_key(on_date[0].name) != match_key(locality.name):
            yield ErrorDetail(
                ("name",),
                "inconsistent",
                detail=f"on {date.isoformat()} code {locality.code} is {on_date[0].full_name}",
                detail_vi=f"ngày {date.isoformat()} mã {locality.code} là {on_date[0].full_name}",
            )
        return
    try:
        places.find(locality.name)
    except LookupError:
        return  # not a unit the library knows: free text
    try:
        places.find(locality.name, as_of=date)
    except LookupError:
        yield _not_in_force(("name",), locality, date, "", "")


def place_problems(locality: Locality, date: dt.date) -> tuple[ErrorDetail, ...]:
    """Check a place, and the units it lies in, against the units in force on ``date``.

    Provinces and centrally-run cities must exist on that date; district-level units
    must be before 01/7/2025 (Resolution 202/2025/QH15); a known code must go with its
    name. Parents with their own ``as_of`` are checked against that instead.

    >>> from ipprogram import Locality, LocalityKind
    >>> [
    ...     d.code
    ...     for d in place_problems(
    ...         Locality(name="Hà Giang", kind=LocalityKind.PROVINCE), dt.date(2026, 1, 1)
    ...     )
    ... ]
    ['not_in_force']

    The answer is remembered for each place and date, as records repeat their places;
    only places of short names are (at most 4,096 of them, each under
    :data:`CACHED_NAME_CHARS` characters in all), so that no input fills memory.
    """
    if _short(locality):
        return _place_problems(locality, date)
    return tuple(_check_place(locality, date))


#: The most characters of names and codes, parents included, of a place whose check is
#: remembered. The longest name of a real unit with its parents is under 100.
CACHED_NAME_CHARS: Final = 256


def _short(locality: Locality) -> bool:
    size = 0
    place: Locality | None = locality
    while place is not None:
        size += len(place.name) + len(place.code or "")
        if size > CACHED_NAME_CHARS:
            return False
        place = place.parent
    return True


@functools.lru_cache(maxsize=4096)
def _place_problems(locality: Locality, date: dt.date) -> tuple[ErrorDetail, ...]:
    return tuple(_check_place(locality, date))


def _check_place(locality: Locality, date: dt.date) -> Iterator[ErrorDetail]:
    from ipprogram import places  # noqa: PLC0415 - the registry imports the model's enums

    if locality.kind is None:
        return  # a place of no stated kind is free text
    tier = TIERS[locality.kind]
    if tier == 1:
        yield from _provincial_problems(locality, date)
    elif tier == 2 and date >= places.REFORM_DATE:  # noqa: PLR2004
        yield _not_in_force(
            ("kind",),
            locality,
            date,
            "; districts were abolished on 01/7/2025 (Resolution 202/2025/QH15)",
            "; cấp huyện đã chấm dứt từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15)",
        )
    elif tier == 2 and locality.code is not None:  # noqa: PLR2004
        named = [u.name for u in places.with_code(locality.code, provincial=False)]
        if named and all(match_key(name) != match_key(locality.name) for name in named):
            yield ErrorDetail(
                ("name",),
                "inconsistent",
                detail=f"code {locality.code} is {named[0]}",
                detail_vi=f"mã {locality.code} là {named[0]}",
            )
    if locality.parent is not None and locality.parent.as_of is None:
        yield from (d.at(("parent",)) for d in place_problems(locality.parent, date))


@functools.cache
def _references(cls: type) -> tuple[tuple[str, tuple[type, ...]], ...]:
    """Each field of ``cls`` with the record classes it can hold."""
    return tuple((field.name, classes_in(field.node)) for field in shape(cls).fields)


@functools.cache
def _reaches_place(cls: type) -> bool:
    """Whether a record of ``cls`` can hold a place anywhere inside it."""
    stack, seen = [cls], set()
    while stack:
        current = stack.pop()
        if current is Locality:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(c for _, classes in _references(current) for c in classes)
    return False


@functools.cache
def _place_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` through which a place can be reached, found once per class."""
    return tuple(name for name, classes in _references(cls) if any(map(_reaches_place, classes)))


def localities_in(obj: object) -> list[Locality]:
    """Every place a record names, without locations.

    The quick check before :func:`iter_localities`, which builds each place's path.

    >>> from ipprogram import examples
    >>> len(localities_in(examples.langson_2020())) == len(
    ...     list(iter_localities(examples.langson_2020()))
    ... )
    True
    """
    found: list[Locality] = []
    stack = [obj]
    getters = _PLACE_GETTERS
    while stack:
        item = stack.pop()
        cls = type(item)
        getter = getters.get(cls)
        if getter is None:
            getter = getters[cls] = _place_getter(cls)
        for value in getter(item):
            for child in value if type(value) is tuple else (value,):
                if child is None:
                    continue
                if type(child) is Locality:
                    found.append(child)
                else:
                    stack.append(child)
    return found


_PLACE_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def _place_getter(cls: type) -> Callable[[object], tuple[object, ...]]:
    """A function giving the values of the fields of ``cls`` that can lead to a place."""
    names = _place_fields(cls)
    if not names:
        return lambda _: ()
    if len(names) == 1:
        (name,) = names
        return lambda item: (getattr(item, name),)
    getter: Callable[[object], tuple[object, ...]] = operator.attrgetter(*names)
    return getter


def iter_localities(obj: object, loc: Loc = ()) -> Iterator[tuple[Loc, Locality]]:
    """Every place a record names, with its location, not looking inside places.

    >>> from ipprogram import examples
    >>> [path for path, _ in iter_localities(examples.langson_2020())][:2]
    [('locality',), ('organizers', 0, 'parent', 'locality')]
    """
    cls: type = type(obj)
    for name in _place_fields(cls):
        value = getattr(obj, name)
        items = enumerate(value) if isinstance(value, tuple) else [(None, value)]
        for index, item in items:
            if item is None:
                continue
            where: Loc = (*loc, name) if index is None else (*loc, name, index)
            if isinstance(item, Locality):
                yield where, item
            else:
                yield from iter_localities(item, where)
