"""Vietnamese administrative units as of a date, before and after 1 July 2025.

Resolution 202/2025/QH15 (12/6/2025) merged the 63 provincial units into 34, and from
01/7/2025 local government has two levels: districts no longer exist, and the 10,000 or
so communes became 3,321. A record of 2020 that names "huyện Tràng Định" is right for its
date; the same district on a record of 2026 is not. Every look-up here takes the date it
is about (``as_of``); nothing reads the clock.

Shipped data (see ``data/README.md`` beside this module): all provincial units of both
eras with their statistics-office codes, types and mergers; the statistics office's list
of 04/01/2025 (696 district-level units, 10,056 communes), the old side of its
conversion table (the communes in force on 30/6/2025), and the 3,321 communes from
01/7/2025 with what each was made from. The district and commune lists are read on the
first look-up that needs them, not at import.

The lists say nothing of changes before 04/01/2025 (district and commune mergers of
2019 to 2024): on such a date a listed district or commune may or may not have existed,
and :meth:`AdminUnit.exists_on` answers ``None``, not a guess.

>>> import datetime as dt
>>> from ipprogram import places
>>> places.find("tỉnh Hà Giang", as_of=dt.date(2020, 12, 2)).code
'02'
>>> places.successor("02").name
'Tuyên Quang'
>>> places.find("Thanh Hoá", as_of=dt.date(2026, 1, 1)).full_name
'tỉnh Thanh Hóa'
>>> places.find("xã Chi Lăng, tỉnh Lạng Sơn", as_of=dt.date(2026, 1, 1)).code
'06463'
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, Literal

import attrs

from ipprogram._resources import read_package_text
from ipprogram._textkey import match_key
from ipprogram._values import by_value
from ipprogram.errors import expect
from ipprogram.model.enums import LocalityKind
from ipprogram.model.places import CODE_DIGITS as TIER_DIGITS
from ipprogram.model.places import TIERS, unit_full_name
from ipprogram.places._lists import (
    KIND_LETTERS,
    LAST_OLD_DAY,
    LIST_DATE,
    REFORM_DATE,
    SNAPSHOTS,
    read_rows,
)
from ipprogram.vi.text import ascii_fold

if TYPE_CHECKING:
    from ipprogram.model.places import Locality

__all__ = [
    "LAST_OLD_DAY",
    "LIST_DATE",
    "REFORM_DATE",
    "AdminUnit",
    "AmbiguousPlaceError",
    "Level",
    "Transfer",
    "find",
    "find_all",
    "get",
    "lists_cover",
    "predecessors",
    "successor",
    "successors",
    "units",
    "with_code",
]

#: The levels of government (provincial, district until 30/6/2025, and commune).
Level = Literal["province", "district", "commune"]
_LEVELS: Final[tuple[Level, ...]] = ("province", "district", "commune")
#: The number of digits of a code at each level (Decision 124/2004/QĐ-TTg, Art. 1: two
#: for a province, three for a district, five for a commune), from the model's tiers.
CODE_DIGITS: Final[dict[Level, int]] = {
    level: TIER_DIGITS[tier] for tier, level in enumerate(_LEVELS, start=1)
}
_LEVEL_OF_DIGITS: Final[dict[int, Level]] = {v: k for k, v in CODE_DIGITS.items()}
_LEVEL_OF_KIND: Final[dict[LocalityKind, Level]] = {
    kind: _LEVELS[tier - 1] for kind, tier in TIERS.items()
}
#: Thừa Thiên Huế became the centrally-run city Huế on this day.
_HUE_CITY_DATE: Final = dt.date(2025, 1, 1)

_KINDS: Final = {
    "tinh": LocalityKind.PROVINCE,
    "thanh_pho_truc_thuoc_trung_uong": LocalityKind.MUNICIPALITY,
}


@by_value
@attrs.frozen(kw_only=True, eq=False)
class AdminUnit:
    """An administrative unit over the days it existed in that form.

    ``valid_from`` and ``valid_to`` bound the days the unit can have existed (inclusive;
    ``None`` is an open end). ``attested`` lists the days of the lists that hold it; when
    it is empty the unit is known for every day between the bounds. ``parent_code`` is
    the code of the unit it lies in, ``absorbed`` (for a province formed on 01/7/2025) the
    pre-2025 codes it took in, ``other_names`` the other spellings the lists give it.

    >>> get("20", as_of=dt.date(2020, 1, 1)).exists_on(dt.date(2026, 1, 1))
    False
    """

    code: str
    name: str
    kind: LocalityKind
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    parent_code: str | None = None
    absorbed: tuple[str, ...] = ()
    attested: tuple[dt.date, ...] = ()
    other_names: tuple[str, ...] = ()

    @property
    def level(self) -> Level:
        """``"province"``, ``"district"`` or ``"commune"``.

        >>> get("180", as_of=dt.date(2025, 1, 4)).level
        'district'
        """
        return _LEVEL_OF_KIND[self.kind]

    def exists_on(self, date: dt.date) -> bool | None:
        """Whether the unit existed in this form on ``date``: ``None`` when not known.

        ``True`` between the first and last day the lists attest it, ``False`` outside
        the days it can have existed, ``None`` on days the lists do not cover (before
        04/01/2025 for a district or commune of the old lists).

        >>> get("46", as_of=dt.date(2024, 6, 1)).exists_on(dt.date(2025, 3, 1))
        False
        >>> print(get("180", as_of=dt.date(2025, 1, 4)).exists_on(dt.date(2020, 12, 2)))
        None
        """
        expect(date, dt.date, "exists_on")
        if (self.valid_from is not None and date < self.valid_from) or (
            self.valid_to is not None and date > self.valid_to
        ):
            return False
        if not self.attested or self.attested[0] <= date <= self.attested[-1]:
            return True
        return None

    @property
    def full_name(self) -> str:
        """The name with its kind word ("tỉnh Lạng Sơn", "huyện Tràng Định", "Quận 1").

        As ``Locality.full_name`` writes it (Decree 30/2020/NĐ-CP, Appendix
        II, I.2).

        >>> get("01", as_of=dt.date(2020, 1, 1)).full_name
        'thành phố Hà Nội'
        >>> find("Quận 1", as_of=dt.date(2025, 1, 4)).qualified_name
        'Quận 1, Thành phố Hồ Chí Minh'
        """
        return unit_full_name(self.name, self.kind)

    @property
    def day(self) -> dt.date:
        """A day the unit is known to exist, its last attested day or else its first.

        >>> get("06463", as_of=dt.date(2026, 1, 1)).day
        datetime.date(2025, 7, 1)
        """
        if self.attested:
            return self.attested[-1]
        return self.valid_from or self.valid_to or REFORM_DATE

    def parent(self) -> AdminUnit | None:
        """The unit this one lies in, in the same era; ``None`` for a province.

        >>> get("06463", as_of=dt.date(2026, 1, 1)).parent().name
        'Lạng Sơn'
        >>> get("180", as_of=dt.date(2025, 1, 4)).parent().full_name
        'tỉnh Lạng Sơn'
        """
        if self.parent_code is None:
            return None
        return _in_era(self.parent_code, self.day)

    def lineage(self) -> tuple[AdminUnit, ...]:
        """This unit and those it lies in, innermost first.

        >>> [u.full_name for u in get("06184", as_of=dt.date(2025, 1, 4)).lineage()]
        ['thị trấn Đồng Đăng', 'huyện Cao Lộc', 'tỉnh Lạng Sơn']
        """
        found: list[AdminUnit] = []
        unit: AdminUnit | None = self
        while unit is not None and len(found) < len(_LEVELS):
            found.append(unit)
            unit = unit.parent()
        return tuple(found)

    @property
    def qualified_name(self) -> str:
        """The full name followed by those of the units it lies in.

        >>> get("06184", as_of=dt.date(2025, 1, 4)).qualified_name
        'thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn'
        """
        return ", ".join(unit.full_name for unit in self.lineage())

    def to_locality(self, *, as_of: dt.date | None = None) -> Locality:
        """The model's :class:`~ipprogram.Locality` for this unit, with its parents.

        ``as_of`` is set on the outer place only; the parents are checked with it.

        >>> place = get("06184", as_of=dt.date(2025, 1, 4)).to_locality()
        >>> place.qualified_name, place.code, place.parent.code
        ('thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn', '06184', '183')
        """
        from ipprogram.model.places import Locality  # noqa: PLC0415 - the model imports us

        parent: Locality | None = None
        for unit in reversed(self.lineage()[1:]):
            parent = Locality(name=unit.name, kind=unit.kind, code=unit.code, parent=parent)
        return Locality(name=self.name, kind=self.kind, code=self.code, parent=parent, as_of=as_of)


@by_value
@attrs.frozen(kw_only=True, eq=False)
class Transfer:
    """One line of the conversion to the units of 01/7/2025: what went where.

    ``old`` is the unit taken in (``None`` for an area that was no unit, which ``note``
    then names), ``whole`` whether all of it went to ``new``, and ``note`` what the
    conversion table says beyond whole or part ("Nhập một phần diện tích").

    >>> [(t.old.full_name, t.whole) for t in predecessors("06463")]
    [('thị trấn Đồng Mỏ', True), ('thị trấn Chi Lăng', True), ('xã Chi Lăng', True)]
    """

    old: AdminUnit | None
    new: AdminUnit
    whole: bool
    note: str | None = None


class AmbiguousPlaceError(LookupError):
    """A name that fits several units; ``candidates`` holds them (at most 20).

    >>> try:
    ...     find("xã Tân Lập", as_of=dt.date(2025, 1, 4))
    ... except AmbiguousPlaceError as error:
    ...     len(error.candidates) > 1
    True
    """

    #: The most candidates kept and the most named in the message.
    KEPT: Final = 20
    SHOWN: Final = 3

    def __init__(self, name: str, candidates: Iterable[AdminUnit], count: int) -> None:
        """Keep the candidates and say how many units fit the name."""
        self.candidates = tuple(candidates)[: self.KEPT]
        shown = "; ".join(f"{u.qualified_name} ({u.code})" for u in self.candidates[: self.SHOWN])
        more = f"; and {count - self.SHOWN} more" if count > self.SHOWN else ""
        super().__init__(
            f"{_shown(name)} fits {count} units: {shown}{more};"
            " name the unit it lies in (within=, or 'xã ..., tỉnh ...')"
        )


def _shown(name: str) -> str:
    return repr(name if len(name) <= 100 else name[:100] + "…")  # noqa: PLR2004


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(read_package_text(__package__, __file__, "data", name).splitlines()))


@functools.cache
def _provinces() -> tuple[AdminUnit, ...]:
    found: list[AdminUnit] = []
    for row in _rows("provinces_pre2025.csv"):
        kind = _KINDS[row["type"]]
        if row["code"] == "46":  # Thừa Thiên Huế, then the city Huế
            found.append(
                AdminUnit(
                    code="46",
                    name="Thừa Thiên Huế",
                    kind=LocalityKind.PROVINCE,
                    valid_to=_HUE_CITY_DATE - dt.timedelta(days=1),
                )
            )
            found.append(
                AdminUnit(
                    code="46",
                    name=row["name"],
                    kind=kind,
                    valid_from=_HUE_CITY_DATE,
                    valid_to=LAST_OLD_DAY,
                )
            )
            continue
        found.append(
            AdminUnit(code=row["code"], name=row["name"], kind=kind, valid_to=LAST_OLD_DAY)
        )
    found.extend(
        AdminUnit(
            code=row["code"],
            name=row["name"],
            kind=_KINDS[row["type"]],
            valid_from=REFORM_DATE,
            absorbed=tuple(row["absorbed_pre2025_codes"].split(";")),
        )
        for row in _rows("provinces_2025.csv")
    )
    return tuple(found)


_SNAPSHOT_DAYS: Final = {
    letters: tuple(SNAPSHOTS[letter] for letter in letters) for letters in ("a", "b", "ab")
}


@functools.cache
def _local() -> tuple[tuple[AdminUnit, ...], dict[AdminUnit, str], tuple[_Link, ...]]:
    """The district and commune units of the lists, their name keys, the conversion."""
    found: list[AdminUnit] = []
    keys: dict[AdminUnit, str] = {}
    links: list[_Link] = []
    for row in read_rows():
        tag, code = row[0], row[1]
        if tag == "L":
            links.append((code, row[2], row[3] == "1", row[4]))
            continue
        new = tag == "N"  # a commune from 01/7/2025; "D" and "C" are older units
        unit = AdminUnit(
            code=code,
            name=row[3],
            kind=KIND_LETTERS[row[2]],
            valid_from=REFORM_DATE if new else None,
            valid_to=None if new else LAST_OLD_DAY,
            parent_code=row[4],
            attested=() if new else _SNAPSHOT_DAYS[row[5]],
            other_names=tuple(row[6].split(";")) if row[6] else (),
        )
        found.append(unit)
        keys[unit] = row[7] or unit.name.casefold()
    return tuple(found), keys, tuple(links)


_Link = tuple[str, str, bool, str]


def _folded(name: str) -> str:
    return ascii_fold(name).replace(" ", "")


def _units_of(level: Level) -> Iterator[AdminUnit]:
    """The units of one level, from the provinces' lists or the statistics office's."""
    return (u for u in (_provinces() if level == "province" else _local()[0]) if u.level == level)


@functools.cache
def _by_code(level: Level) -> dict[str, list[AdminUnit]]:
    """The units of one level by code: a look-up by code makes no name key."""
    by_code: dict[str, list[AdminUnit]] = {}
    for unit in _units_of(level):
        by_code.setdefault(unit.code, []).append(unit)
    return by_code


@functools.cache
def _by_name(level: Level) -> dict[str, list[AdminUnit]]:
    """The units of one level by the name key of each of their names."""
    by_name: dict[str, list[AdminUnit]] = {}
    keys = None if level == "province" else _local()[1]
    for unit in _units_of(level):
        key = match_key(unit.name) if keys is None else keys[unit]
        by_name.setdefault(key, []).append(unit)
        for name in unit.other_names:
            by_name.setdefault(match_key(name), []).append(unit)
    return by_name


@functools.cache
def _folded_index(level: Level) -> dict[str, list[AdminUnit]]:
    """The units of one level by name without diacritics or spaces, built when asked."""
    by_folded: dict[str, list[AdminUnit]] = {}
    for unit in _units_of(level):
        for name in (unit.name, *unit.other_names):
            folded = by_folded.setdefault(_folded(name), [])
            if unit not in folded:
                folded.append(unit)
    return by_folded


def _level_of_code(code: str) -> Level:
    expect(code, str, "code")
    level = _LEVEL_OF_DIGITS.get(len(code))
    if level is None or not (code.isascii() and code.isdigit()):
        msg = f"{_shown(code)} is not a code of 2, 3 or 5 digits (Decision 124/2004/QĐ-TTg)"
        raise LookupError(msg)
    return level


def _best(candidates: list[AdminUnit], date: dt.date) -> AdminUnit | None:
    """The unit known on ``date``, else the only one that may have been."""
    sure = [u for u in candidates if u.exists_on(date)]
    if sure:
        return sure[0]
    maybe = [u for u in candidates if u.exists_on(date) is None]
    return maybe[0] if len(maybe) == 1 else None


def _in_era(code: str, date: dt.date) -> AdminUnit | None:
    return _best(_by_code(_level_of_code(code)).get(code, []), date)


def with_code(code: str) -> tuple[AdminUnit, ...]:
    """Every unit that has had this code, in any era; the code's length gives its level.

    Communes formed on 01/7/2025 mostly took the code of one unit they were made from,
    so a five-digit code names a unit of each era.

    >>> [unit.name for unit in with_code("46")]
    ['Thừa Thiên Huế', 'Huế', 'Huế']
    >>> [(unit.full_name, unit.valid_from) for unit in with_code("06463")]
    [('thị trấn Đồng Mỏ', None), ('xã Chi Lăng', datetime.date(2025, 7, 1))]
    """
    return tuple(_by_code(_level_of_code(code)).get(code, ()))


def units(*, as_of: dt.date | None = None, level: Level | None = None) -> tuple[AdminUnit, ...]:
    """The units shipped, those that existed on ``as_of`` if given, of one level if given.

    A district or commune of the old lists is included on a day it may have existed
    (:meth:`AdminUnit.exists_on` is ``True`` or ``None``).

    >>> len(units(as_of=dt.date(2020, 12, 2), level="province"))
    63
    >>> len(units(as_of=dt.date(2025, 7, 1), level="province"))
    34
    >>> len(units(as_of=dt.date(2025, 7, 1), level="commune"))
    3321
    >>> len(units(as_of=dt.date(2025, 1, 4), level="district"))
    696
    """
    levels = _LEVELS if level is None else (level,)
    found: list[AdminUnit] = []
    for each in levels:
        source = _provinces() if each == "province" else _local()[0]
        found.extend(
            unit
            for unit in source
            if unit.level == each and (as_of is None or unit.exists_on(as_of) is not False)
        )
    return tuple(found)


def get(code: str, *, as_of: dt.date) -> AdminUnit:
    """The unit with this code on ``as_of``; :class:`LookupError` if there is none.

    Two digits are a province, three a district, five a commune.

    >>> get("46", as_of=dt.date(2024, 12, 31)).name, get("46", as_of=dt.date(2025, 1, 1)).name
    ('Thừa Thiên Huế', 'Huế')
    >>> get("06463", as_of=dt.date(2025, 1, 4)).parent().full_name
    'huyện Chi Lăng'
    """
    expect(as_of, dt.date, "as_of")
    unit = _in_era(code, as_of)
    if unit is None:
        msg = f"no unit with code {_shown(code)} on {as_of.isoformat()}"
        raise LookupError(msg)
    return unit


_A = LocalityKind
_PROVINCIAL: Final = frozenset({_A.PROVINCE})
_CITY: Final = frozenset({_A.MUNICIPALITY, _A.PROVINCIAL_CITY})
#: Kind words before a name, as match keys, and the kinds each allows (Constitution
#: 2013, Art. 110.1; Resolution 202/2025/QH15, Art. 1 for "đặc khu"). Abbreviations
#: with a dot may run into the name ("TP.Hà Nội").
_PREFIXES: Final[dict[str, frozenset[LocalityKind]]] = {
    "tỉnh": _PROVINCIAL,
    "thủ đô": frozenset({_A.MUNICIPALITY}),
    "thành phố": _CITY,
    "tp.": _CITY,
    "tp": _CITY,
    "huyện": frozenset({_A.DISTRICT}),
    "h.": frozenset({_A.DISTRICT}),
    "quận": frozenset({_A.URBAN_DISTRICT}),
    "q.": frozenset({_A.URBAN_DISTRICT}),
    "thị xã": frozenset({_A.TOWN}),
    "tx.": frozenset({_A.TOWN}),
    "tx": frozenset({_A.TOWN}),
    "xã": frozenset({_A.COMMUNE}),
    "phường": frozenset({_A.WARD}),
    "p.": frozenset({_A.WARD}),
    "thị trấn": frozenset({_A.TOWNSHIP}),
    "tt.": frozenset({_A.TOWNSHIP}),
    "tt": frozenset({_A.TOWNSHIP}),
    "đặc khu": frozenset({_A.SPECIAL_ZONE}),
}
#: Kind words after a name in English ("Lang Son province", "Trang Dinh district").
_SUFFIXES: Final[dict[str, frozenset[LocalityKind]]] = {
    "province": _PROVINCIAL,
    "city": _CITY,
    "district": frozenset({_A.DISTRICT, _A.URBAN_DISTRICT}),
    "rural district": frozenset({_A.DISTRICT}),
    "urban district": frozenset({_A.URBAN_DISTRICT}),
    "town": frozenset({_A.TOWN, _A.TOWNSHIP}),
    "township": frozenset({_A.TOWNSHIP}),
    "commune": frozenset({_A.COMMUNE}),
    "ward": frozenset({_A.WARD}),
    "special zone": frozenset({_A.SPECIAL_ZONE}),
}
_FOLDED_PREFIXES: Final = {ascii_fold(word): kinds for word, kinds in _PREFIXES.items()}
_LONGEST_FIRST: Final = sorted(_PREFIXES, key=len, reverse=True)
_FOLDED_LONGEST_FIRST: Final = sorted(_FOLDED_PREFIXES, key=len, reverse=True)


def _kind_word(key: str, *, folded: bool) -> tuple[frozenset[LocalityKind] | None, str]:
    """The kinds a name's kind word allows (``None``: no kind word), and the name."""
    words = _FOLDED_PREFIXES if folded else _PREFIXES
    for word in _FOLDED_LONGEST_FIRST if folded else _LONGEST_FIRST:
        if key.startswith(word) and (
            key[len(word) : len(word) + 1] == " " or (word.endswith(".") and len(key) > len(word))
        ):
            return words[word], key[len(word) :].strip()
    for word, kinds in _SUFFIXES.items():
        if key.endswith(" " + word):
            return kinds, key[: -len(word) - 1].strip()
    return None, key


#: No unit's name with its kind word is longer (the longest is under 50 characters): a
#: longer text is no unit, whatever it holds.
LONGEST_NAME: Final = 120
#: The most comma-separated parts a qualified name has: commune, district, province.
_MOST_PARTS: Final = 3


def find_all(  # noqa: C901 - one pass: parts, kind word, levels, filters
    name: str,
    *,
    as_of: dt.date | None = None,
    level: Level | None = None,
    within: AdminUnit | str | None = None,
    ignore_diacritics: bool = False,
) -> tuple[AdminUnit, ...]:
    """Every unit the name fits, those known on ``as_of`` first; see :func:`find`.

    >>> for unit in find_all("xã Chi Lăng", as_of=dt.date(2025, 1, 4), within="Lạng Sơn"):
    ...     print(unit.qualified_name)
    xã Chi Lăng, huyện Tràng Định, tỉnh Lạng Sơn
    xã Chi Lăng, huyện Chi Lăng, tỉnh Lạng Sơn
    """
    expect(name, str, "find")
    if as_of is not None:
        expect(as_of, dt.date, "as_of")
    parts = name.split(",", _MOST_PARTS)
    if len(parts) > _MOST_PARTS or len(parts[0]) > LONGEST_NAME:
        return ()
    outer: AdminUnit | str | None = within
    for part in reversed(parts[1:]):
        outer = find(part, as_of=as_of, within=outer, ignore_diacritics=ignore_diacritics)
    if isinstance(outer, str):
        outer = find(outer, as_of=as_of, ignore_diacritics=ignore_diacritics)
    key = ascii_fold(parts[0]) if ignore_diacritics else match_key(parts[0])
    kinds, wanted = _kind_word(key, folded=ignore_diacritics)
    if kinds is None:
        levels: tuple[Level, ...] = ("province",) if level is None else (level,)
    else:
        levels = tuple(lv for lv in _LEVELS if any(_LEVEL_OF_KIND[k] == lv for k in kinds))
        if level is not None:
            levels = tuple(lv for lv in levels if lv == level)
    if ignore_diacritics:
        wanted = wanted.replace(" ", "")
    found: list[AdminUnit] = []
    for each in levels:
        table = _folded_index(each) if ignore_diacritics else _by_name(each)
        found = [
            unit
            for unit in table.get(wanted, ())
            if (kinds is None or unit.kind in kinds)
            and (as_of is None or unit.exists_on(as_of) is not False)
            and (outer is None or outer in unit.lineage()[1:])
        ]
        if found:
            break
    if as_of is not None:
        found.sort(key=lambda unit: unit.exists_on(as_of) is None)
    return tuple(found)


def find(
    name: str,
    *,
    as_of: dt.date | None = None,
    level: Level | None = None,
    within: AdminUnit | str | None = None,
    ignore_diacritics: bool = False,
) -> AdminUnit:
    """Find a unit by name, ignoring case and tone-mark placement; the kind word decides.

    A kind word before the name sets the kind and so the level (Constitution 2013, Art.
    110.1): "tỉnh" and "thủ đô" are provincial; "huyện", "quận" and "thị xã" district
    level; "thành phố" is a centrally-run city when one has the name, otherwise a city
    of a province; "xã", "phường", "thị trấn" and "đặc khu" communes. English sources
    put the kind after the name ("Lang Son province", "Trang Dinh district"). So "huyện
    Quảng Ninh" (a district of Quảng Bình) is not the province Quảng Ninh. Without a
    kind word, ``level`` chooses (provincial by default).

    A qualified name ("xã Chi Lăng, tỉnh Lạng Sơn") or ``within`` (a unit, or its name)
    picks among units of one name. ``ignore_diacritics`` compares names without marks
    and spaces ("Lang Son", "Hanoi"). Without ``as_of`` the latest units of the name are
    taken. Raises :class:`AmbiguousPlaceError` when several units fit equally well and
    :class:`LookupError` when none does.

    >>> find("THÀNH PHỐ Hồ Chí Minh", as_of=dt.date(2020, 1, 1)).code
    '79'
    >>> find("huyện Tràng Định").code, find("thành phố Lạng Sơn").kind.value
    ('180', 'provincial_city')
    >>> find("huyện Quảng Ninh").parent().name
    'Quảng Bình'
    >>> find("Trang Dinh district", ignore_diacritics=True).name
    'Tràng Định'
    >>> find("Tràng Định")
    Traceback (most recent call last):
    LookupError: no provincial unit named 'Tràng Định'
    """
    found = list(
        find_all(name, as_of=as_of, level=level, within=within, ignore_diacritics=ignore_diacritics)
    )
    if not found:
        when = f" on {as_of.isoformat()}" if as_of else ""
        key = ascii_fold(name) if ignore_diacritics else match_key(name)
        kinds = _kind_word(key, folded=ignore_diacritics)[0]
        which = (
            f"{level} " if level is not None else "provincial " if kinds is None else ""
        ).replace("district ", "district-level ")
        msg = f"no {which}unit named {_shown(name)}{when}"
        raise LookupError(msg)
    if as_of is None:
        latest = max(unit.valid_from or dt.date.min for unit in found)
        found = [unit for unit in found if (unit.valid_from or dt.date.min) == latest]
    elif found[0].exists_on(as_of):
        found = [unit for unit in found if unit.exists_on(as_of)]
    if len(found) > 1:
        raise AmbiguousPlaceError(name, found, len(found))
    return found[0]


def lists_cover(date: dt.date) -> bool:
    """Whether the shipped lists say which districts and communes existed on ``date``.

    From 04/01/2025, the date of the statistics office's list, on: a unit in neither that
    list nor the old side of the conversion table did not exist before 01/7/2025, and
    one not among the 3,321 communes did not exist after (no later change is shipped).
    Before it the lists do not say: districts and communes merged from 2019 to 2024.

    >>> lists_cover(dt.date(2020, 12, 2)), lists_cover(dt.date(2026, 1, 1))
    (False, True)
    """
    expect(date, dt.date, "lists_cover")
    return date >= LIST_DATE


def successor(code: str) -> AdminUnit:
    """The provincial unit from 01/7/2025 that a pre-2025 province became part of.

    >>> successor("24").name, successor("27").name
    ('Bắc Ninh', 'Bắc Ninh')
    """
    for unit in units(as_of=REFORM_DATE, level="province"):
        if code in unit.absorbed:
            return unit
    msg = f"no pre-2025 province with code {_shown(code)}"
    raise LookupError(msg)


@functools.cache
def _transfers() -> tuple[Transfer, ...]:
    found = [
        Transfer(old=old, new=new, whole=True)
        for new in _provinces()
        if new.valid_from == REFORM_DATE
        for code in new.absorbed
        for old in _by_code("province")[code]
        if old.valid_to == LAST_OLD_DAY
    ]
    for new_code, old_code, part, note in _local()[2]:
        new = _in_era(new_code, REFORM_DATE)
        old = _in_era(old_code, LAST_OLD_DAY) if old_code else None
        if new is None or (old_code and old is None):  # pragma: no cover - checked by a test
            msg = f"the conversion names an unknown code: {new_code} from {old_code}"
            raise LookupError(msg)
        found.append(Transfer(old=old, new=new, whole=not part, note=note or None))
    return tuple(found)


@functools.cache
def _transfer_index() -> tuple[dict[AdminUnit, list[Transfer]], dict[AdminUnit, list[Transfer]]]:
    forward: dict[AdminUnit, list[Transfer]] = {}
    backward: dict[AdminUnit, list[Transfer]] = {}
    for transfer in _transfers():
        if transfer.old is not None:
            forward.setdefault(transfer.old, []).append(transfer)
        backward.setdefault(transfer.new, []).append(transfer)
    return forward, backward


def _unit(unit: AdminUnit | str, date: dt.date) -> AdminUnit:
    if isinstance(unit, AdminUnit):
        return unit
    return get(unit, as_of=date)


def successors(unit: AdminUnit | str) -> tuple[Transfer, ...]:
    """Where a unit of 30/6/2025 went on 01/7/2025: a code is read as of 30/6/2025.

    A commune split between new communes has one :class:`Transfer` for each, with
    ``whole`` false; a province went whole into one. A district went into no unit
    (districts were abolished) unless it became a special zone whole.

    >>> [(t.new.full_name, t.whole) for t in successors("06034")]
    [('xã Thất Khê', True)]
    >>> [t.new.name for t in successors("20")]
    ['Lạng Sơn']
    """
    old = _unit(unit, LAST_OLD_DAY)
    return tuple(_transfer_index()[0].get(old, ()))


def predecessors(unit: AdminUnit | str) -> tuple[Transfer, ...]:
    """What a unit of 01/7/2025 was made from: a code is read as of 01/7/2025.

    >>> [t.old.full_name for t in predecessors("11948")]
    ['huyện Bạch Long Vĩ']
    """
    new = _unit(unit, REFORM_DATE)
    return tuple(_transfer_index()[1].get(new, ()))
