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
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final

from ipprogram._textkey import match_key
from ipprogram._values import values_of
from ipprogram.errors import ErrorDetail, Loc
from ipprogram.model._base import needs, record, rule
from ipprogram.model.dates import PartialDate
from ipprogram.model.enums import LocalityKind
from ipprogram.model.shape import classes_in, shape

if TYPE_CHECKING:
    from ipprogram.places import AdminUnit

__all__ = [
    "CODE_DIGITS",
    "NAMED_AFTER_PERSONS",
    "TIERS",
    "Locality",
    "iter_localities",
    "localities_in",
    "named_by_number_or_person",
    "own_place_problems",
    "place_days",
    "place_problems",
    "places_pass",
    "places_rule",
    "unit_full_name",
]

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


#: The digits of a unit's code at each tier (Decision 124/2004/QĐ-TTg, Art. 1).
CODE_DIGITS: Mapping[int, int] = MappingProxyType({1: 2, 2: 3, 3: 5})


#: Names of units given after persons, whose kind word is capitalised (Decree
#: 30/2020/NĐ-CP, Appendix II, I.2): the city, and wards and districts of that kind.
NAMED_AFTER_PERSONS: Final = frozenset(
    {"Hồ Chí Minh", "Hai Bà Trưng", "Hoàng Văn Thụ", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung"}
)


def named_by_number_or_person(name: str) -> bool:
    """Whether a unit's name is a number ("1") or one of :data:`NAMED_AFTER_PERSONS`.

    >>> named_by_number_or_person("12"), named_by_number_or_person("Lạng Sơn")
    (True, False)
    """
    return (name.isascii() and name.isdigit()) or name in NAMED_AFTER_PERSONS


def unit_full_name(name: str, kind: LocalityKind) -> str:
    """A unit's name with its kind word (Decree 30/2020/NĐ-CP, Appendix II, I.2).

    The kind word takes a capital when the unit is named by a number or after a person.

    >>> (
    ...     unit_full_name("1", LocalityKind.URBAN_DISTRICT),
    ...     unit_full_name("Hà Nội", LocalityKind.MUNICIPALITY),
    ... )
    ('Quận 1', 'thành phố Hà Nội')
    """
    word = "thành phố" if kind is LocalityKind.MUNICIPALITY else kind.label
    if named_by_number_or_person(name):
        word = word[:1].upper() + word[1:]
    return f"{word} {name}"


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
    @needs("code", "as_of")  # place_problems reads the rest
    def _code(self) -> Iterator[ErrorDetail]:
        if self.code is not None and not (self.code.isascii() and self.code.isdigit()):
            yield ErrorDetail(
                ("code",),
                "invalid_choice",
                value=self.code,
                allowed="digits 0-9",
                allowed_vi="chữ số 0-9",
            )
        elif (
            self.code is not None
            and self.kind is not None
            and len(self.code) != CODE_DIGITS[TIERS[self.kind]]
        ):
            digits = CODE_DIGITS[TIERS[self.kind]]
            yield ErrorDetail(
                ("code",),
                "invalid_identifier",
                value=self.code,
                what=f"code of a {self.kind.value}",
                what_vi=f"mã {self.kind.label}",
                reason=f"it has {digits} digits (Decision 124/2004/QĐ-TTg)",
                reason_vi=f"mã gồm {digits} chữ số (Quyết định 124/2004/QĐ-TTg)",
            )
        elif self.as_of is not None:
            yield from place_problems(self, self.as_of)

    @rule
    @needs("parent")  # a kind alone is in no tier's way
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
        return unit_full_name(self.name, self.kind)

    @property
    def named_by_number_or_person(self) -> bool:
        """Whether the unit is named by a number ("Quận 1") or after a known person.

        Such a unit is written with its kind word everywhere, datelines included
        ("Quận 1, ngày ...", Decree 30/2020/NĐ-CP, Appendix I). The persons known are
        those in :data:`NAMED_AFTER_PERSONS`; other names are taken as place names.

        >>> Locality(name="12", kind=LocalityKind.WARD).named_by_number_or_person
        True
        """
        return named_by_number_or_person(self.name)

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


def _find_all(name: str, date: dt.date, within: AdminUnit | None) -> tuple[AdminUnit, ...]:
    from ipprogram import places  # noqa: PLC0415 - the registry imports the model's enums

    try:
        return places.find_all(name, as_of=date, within=within)
    except LookupError:  # a part of the name that is not a unit
        return ()


def _unit_of(place: Locality | None, date: dt.date) -> AdminUnit | None:
    """The listed unit a place stands for on ``date``, if the lists have exactly one."""
    from ipprogram import places  # noqa: PLC0415

    if place is None or place.kind is None:
        return None
    try:
        if place.code is not None:
            return places.get(place.code, as_of=date)
        return places.find(place.full_name, as_of=date)
    except LookupError:
        return None


def _names(unit: AdminUnit) -> frozenset[str]:
    return frozenset(match_key(name) for name in (unit.name, *unit.other_names))


def _elsewhere(
    locality: Locality, found: tuple[AdminUnit, ...], within: AdminUnit | None, date: dt.date
) -> Iterator[ErrorDetail]:
    """A unit that the lists put in another unit than the place's parent."""
    if within is None or not within.exists_on(date):
        return
    sure = [unit for unit in found if unit.exists_on(date)]
    if sure and all(within not in unit.lineage()[1:] for unit in sure):
        where = sure[0].parent()
        there = where.full_name if where is not None else "?"
        yield ErrorDetail(
            ("parent",),
            "inconsistent",
            detail=f"on {date.isoformat()} {locality.full_name} lies in {there}",
            detail_vi=f"ngày {date.isoformat()} {locality.full_name} thuộc {there}",
        )


def _successor_hint(old: tuple[AdminUnit, ...]) -> tuple[str, str]:
    from ipprogram import places  # noqa: PLC0415

    names = list(dict.fromkeys(t.new.full_name for u in old for t in places.successors(u)))[:3]
    if not names:
        return "", ""
    return (
        f"; from 01/7/2025 it is part of {' or '.join(names)}",
        f"; từ ngày 01/7/2025 thuộc {' hoặc '.join(names)}",
    )


def _listed_problems(locality: Locality, date: dt.date) -> Iterator[ErrorDetail]:
    """Check a district (before 01/7/2025) or a commune against the NSO's lists.

    Only what the lists state is reported: a name or code they do not hold is free
    text, and before 04/01/2025, the date of the first list, a unit is wrong only when
    its code is listed for another unit that has its name
    (:func:`ipprogram.places.lists_cover`).
    """
    from ipprogram import places  # noqa: PLC0415

    within = _unit_of(locality.parent, date)
    if locality.code is not None:
        yield from _listed_code_problems(locality, date, within)
        return
    found = _find_all(locality.full_name, date, None)
    if not places.lists_cover(date):
        return
    if found:
        yield from _elsewhere(locality, found, within, date)
        return
    if date >= places.REFORM_DATE:
        old = _find_all(locality.full_name, places.LAST_OLD_DAY, None)
        if within is not None:
            old = tuple(u for u in old if places.successor(u.lineage()[-1].code) == within)
        if old:
            yield _not_in_force(("name",), locality, date, *_successor_hint(old))
    elif _find_all(locality.full_name, places.REFORM_DATE, None):
        yield _not_in_force(
            ("name",),
            locality,
            date,
            "; it was formed on 01/7/2025",
            "; được lập từ ngày 01/7/2025",
        )


def _listed_code_problems(
    locality: Locality, date: dt.date, within: AdminUnit | None
) -> Iterator[ErrorDetail]:
    from ipprogram import places  # noqa: PLC0415

    code = locality.code
    assert code is not None  # noqa: S101 - the caller checks
    listed = places.with_code(code)
    candidates = [unit for unit in listed if unit.exists_on(date) is not False]
    key = match_key(locality.name)
    if not candidates:
        if listed:
            old = tuple(u for u in listed if u.valid_to is not None)
            hint = _successor_hint(old) if date >= places.REFORM_DATE else ("", "")
            yield _not_in_force(("code",), locality, date, *hint)
        elif places.lists_cover(date):
            yield ErrorDetail(
                ("code",),
                "unknown_place",
                value=code,
                what=locality.kind.value if locality.kind else "unit",
                what_vi=locality.kind.label if locality.kind else "đơn vị",
            )
        return
    matching = tuple(unit for unit in candidates if key in _names(unit))
    if matching:
        yield from _elsewhere(locality, matching, within, date)
        return
    sure = [unit for unit in candidates if unit.exists_on(date)]
    others = [u for u in _find_all(locality.full_name, date, None) if u.code != code]
    if sure or others:
        unit = (sure or candidates)[0]
        yield ErrorDetail(
            ("name",),
            "inconsistent",
            detail=f"on {date.isoformat()} code {code} is {unit.full_name}",
            detail_vi=f"ngày {date.isoformat()} mã {code} là {unit.full_name}",
        )


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
    elif locality.code is None or len(locality.code) == CODE_DIGITS[tier]:
        yield from _listed_problems(locality, date)
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


def localities_in(obj: object, *, own: bool = False) -> list[Locality]:
    """Every place a record names, without locations.

    The quick check before :func:`iter_localities`, which builds each place's path.
    ``own`` leaves out the places of records inside it that have dates of their own
    (see :func:`own_place_problems`).

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
                elif not (own and _dated(child)):  # a dated record checks its own places
                    stack.append(child)
    return found


def _dated(item: object) -> bool:
    """Whether a record checks its places against dates of its own."""
    cls = type(item)
    days = _PLACE_DAYS.get(cls, _UNSET)
    if days is _UNSET:
        days = _PLACE_DAYS[cls] = getattr(cls, "place_days", None)
    return days is not None and bool(days(item))


_UNSET: Final = object()
#: Each class's ``place_days`` method, or ``None``: looked up once per class.
_PLACE_DAYS: dict[type, Any] = {}


def place_days(*values: dt.date | PartialDate | None) -> tuple[dt.date, ...]:
    """The days to check places on: each whole date, and both ends of each partial one.

    A partial date without a year gives none: the units in force are not known.

    >>> place_days(PartialDate(year=2020), None, dt.date(2021, 3, 1))
    (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31), datetime.date(2021, 3, 1))
    """
    days: list[dt.date] = []
    for value in values:
        if isinstance(value, PartialDate):
            if value.has_year:
                days.extend((value.first_day, value.last_day))
        elif value is not None:
            days.append(value)
    return tuple(days)


def own_place_problems(record: object, days: tuple[dt.date, ...]) -> Iterator[ErrorDetail]:
    """The problems of the places a record names that are wrong on every one of ``days``.

    Places with an ``as_of`` of their own are checked on it when built; records inside
    this one that have dates of their own (a ``place_days`` method that gives days)
    check their places on those. The problems are those of the first day.

    >>> from ipprogram import Event, EventKind, LocalityKind
    >>> hg = Locality(name="Hà Giang", kind=LocalityKind.PROVINCE)
    >>> event = Event(kind=EventKind.WORKSHOP, date=dt.date(2020, 12, 2), locality=hg)
    >>> [d.code for d in own_place_problems(event, (dt.date(2026, 1, 1),))]
    ['not_in_force']
    """
    if not days:
        return
    if not places_pass(localities_in(record, own=True), 0, days):
        for where, place in iter_localities(record, own=True):
            if place.as_of is None and all(place_problems(place, day) for day in days):
                yield from (detail.at(where) for detail in place_problems(place, days[0]))


def places_pass(places: list[Locality], start: int, days: tuple[dt.date, ...]) -> bool:
    """Whether ``places[start:]`` pass :func:`own_place_problems` on ``days``: no problem.

    The generated loaders collect the places of a record as they build it (those of
    dated records inside it already checked and taken out), so that the check needs no
    walk of the record; a place that repeats is checked once.

    >>> hg = Locality(name="Hà Giang", kind=LocalityKind.PROVINCE)
    >>> (
    ...     places_pass([hg, hg], 0, (dt.date(2020, 1, 1),)),
    ...     places_pass([hg], 0, (dt.date(2026, 1, 1),)),
    ... )
    (True, False)
    """
    if not days:  # no day on which a place could be in force
        return all(places[index].as_of is not None for index in range(start, len(places)))
    checked: set[int] = set()
    first, others = days[0], days[1:]
    for index in range(start, len(places)):
        place = places[index]
        if place.as_of is not None or id(place) in checked:
            continue
        checked.add(id(place))
        if place_problems(place, first) and all(place_problems(place, day) for day in others):
            return False
    return True


def places_rule(method: Callable[[Any], Iterator[ErrorDetail]]) -> Callable[[Any], Any]:
    """Mark a record's rule that checks its own places (:func:`own_place_problems`).

    The record class has a ``place_days`` method; the generated loaders run
    :func:`places_pass` on the places they collected instead of the rule.
    """
    method.__ipprogram_places__ = True  # type: ignore[attr-defined]
    return rule(method)


_PLACE_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def _place_getter(cls: type) -> Callable[[object], tuple[object, ...]]:
    """A function giving the values of the fields of ``cls`` that can lead to a place."""
    return values_of(_place_fields(cls))


def iter_localities(
    obj: object, loc: Loc = (), *, own: bool = False
) -> Iterator[tuple[Loc, Locality]]:
    """Every place a record names, with its location, not looking inside places.

    ``own`` is as for :func:`localities_in`.

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
            elif not (own and _dated(item)):
                yield from iter_localities(item, where, own=own)
