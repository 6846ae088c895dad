"""Vietnamese administrative units as of a date, before and after 1 July 2025.

Resolution 202/2025/QH15 (12/6/2025) merged the 63 provincial units into 34, and from
01/7/2025 local government has two levels: districts no longer exist. A record of 2020
that names "huyện Tràng Định" is right for its date; the same district on a record of
2026 is not. Every look-up here takes the date it is about (``as_of``); nothing reads the
clock.

Shipped data (see ``data/README.md`` beside this module): all provincial units of both
eras with their statistics-office codes, types and mergers; the district-level units of
Lạng Sơn before the reform. Communes are not shipped.

>>> import datetime as dt
>>> from ipprogram import places
>>> places.find("tỉnh Hà Giang", as_of=dt.date(2020, 12, 2)).code
'02'
>>> places.successor("02").name
'Tuyên Quang'
>>> places.find("Thanh Hoá", as_of=dt.date(2026, 1, 1)).full_name
'tỉnh Thanh Hóa'
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from typing import Final

import attrs

from ipprogram._resources import read_package_text
from ipprogram._textkey import match_key
from ipprogram.model.enums import LocalityKind

__all__ = ["REFORM_DATE", "AdminUnit", "find", "get", "successor", "units", "with_code"]

#: The day the two-level local government began (Resolution 202/2025/QH15).
REFORM_DATE: Final = dt.date(2025, 7, 1)
_LAST_PRE_REFORM_DAY: Final = REFORM_DATE - dt.timedelta(days=1)
#: Thừa Thiên Huế became the centrally-run city Huế on this day.
_HUE_CITY_DATE: Final = dt.date(2025, 1, 1)

_KINDS: Final = {
    "tinh": LocalityKind.PROVINCE,
    "thanh_pho_truc_thuoc_trung_uong": LocalityKind.MUNICIPALITY,
    "district": LocalityKind.DISTRICT,
    "provincial_city": LocalityKind.PROVINCIAL_CITY,
}


@attrs.frozen(kw_only=True)
class AdminUnit:
    """An administrative unit over the days it existed in that form.

    ``valid_from`` and ``valid_to`` are inclusive; ``None`` is an open end.
    ``absorbed`` lists, for a unit formed on 01/7/2025, the pre-2025 codes it took in.

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

    def exists_on(self, date: dt.date) -> bool:
        """Whether the unit existed in this form on ``date``.

        >>> get("46", as_of=dt.date(2024, 6, 1)).exists_on(dt.date(2025, 3, 1))
        False
        """
        after_start = self.valid_from is None or self.valid_from <= date
        return after_start and (self.valid_to is None or date <= self.valid_to)

    @property
    def full_name(self) -> str:
        """The name with its kind word ("tỉnh Lạng Sơn", "huyện Tràng Định").

        >>> get("01", as_of=dt.date(2020, 1, 1)).full_name
        'thành phố Hà Nội'
        """
        word = "thành phố" if self.kind is LocalityKind.MUNICIPALITY else self.kind.label
        return f"{word} {self.name}"


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(read_package_text(__package__, __file__, "data", name).splitlines()))


@functools.cache
def _all() -> tuple[AdminUnit, ...]:
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
                    valid_to=_LAST_PRE_REFORM_DAY,
                )
            )
            continue
        found.append(
            AdminUnit(code=row["code"], name=row["name"], kind=kind, valid_to=_LAST_PRE_REFORM_DAY)
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
    found.extend(
        AdminUnit(
            code=row["code"],
            name=row["name"],
            kind=_KINDS[row["type"]],
            valid_to=_LAST_PRE_REFORM_DAY,
            parent_code=row["province_code"],
        )
        for row in _rows("districts_pre2025.csv")
    )
    return tuple(found)


_TOP: Final = (LocalityKind.PROVINCE, LocalityKind.MUNICIPALITY)


@functools.cache
def _index(provincial: bool) -> tuple[dict[str, list[AdminUnit]], dict[str, list[AdminUnit]]]:  # noqa: FBT001
    """The units of one level by code and by name key, built once."""
    by_code: dict[str, list[AdminUnit]] = {}
    by_name: dict[str, list[AdminUnit]] = {}
    for unit in _all():
        if (unit.kind in _TOP) == provincial:
            by_code.setdefault(unit.code, []).append(unit)
            by_name.setdefault(match_key(unit.name), []).append(unit)
    return by_code, by_name


def with_code(code: str, *, provincial: bool = True) -> tuple[AdminUnit, ...]:
    """Every unit that has had this code, in any era.

    >>> [unit.name for unit in with_code("46")]
    ['Thừa Thiên Huế', 'Huế', 'Huế']
    """
    return tuple(_index(provincial)[0].get(code, ()))


def units(*, as_of: dt.date | None = None, provincial: bool | None = None) -> tuple[AdminUnit, ...]:
    """The units shipped, those existing on ``as_of`` if given.

    ``provincial=True`` keeps provinces and centrally-run cities; ``False`` the rest.

    >>> len(units(as_of=dt.date(2020, 12, 2), provincial=True))
    63
    >>> len(units(as_of=dt.date(2025, 7, 1), provincial=True))
    34
    """
    return tuple(
        unit
        for unit in _all()
        if (as_of is None or unit.exists_on(as_of))
        and (provincial is None or (unit.kind in _TOP) == provincial)
    )


_PROVINCE_WORDS: Final = frozenset(match_key(w) for w in ("tỉnh", "thủ đô"))
_DISTRICT_WORDS: Final = frozenset(match_key(w) for w in ("huyện", "quận", "thị xã"))
_CITY_WORDS: Final = frozenset(match_key(w) for w in ("thành phố", "tp.", "tp"))
_COMMUNE_WORDS: Final = frozenset(match_key(w) for w in ("xã", "phường", "thị trấn"))
_CITY_KINDS: Final = frozenset({LocalityKind.MUNICIPALITY, LocalityKind.PROVINCIAL_CITY})
_KIND_WORDS: Final = sorted(
    _PROVINCE_WORDS | _DISTRICT_WORDS | _CITY_WORDS | _COMMUNE_WORDS, key=len, reverse=True
)


def _kind_word(key: str) -> tuple[str | None, str]:
    """The kind word a name opens with (as a match key), and the name after it."""
    for word in _KIND_WORDS:
        if key.startswith(word + " "):
            return word, key[len(word) + 1 :]
    return None, key


def get(code: str, *, as_of: dt.date, provincial: bool = True) -> AdminUnit:
    """The unit with this code on ``as_of``; :class:`LookupError` if there is none.

    >>> get("46", as_of=dt.date(2024, 12, 31)).name, get("46", as_of=dt.date(2025, 1, 1)).name
    ('Thừa Thiên Huế', 'Huế')
    """
    for unit in with_code(code, provincial=provincial):
        if unit.exists_on(as_of):
            return unit
    msg = f"no unit with code {code!r} on {as_of.isoformat()}"
    raise LookupError(msg)


def find(name: str, *, as_of: dt.date | None = None, provincial: bool | None = None) -> AdminUnit:
    """Find a unit by name, ignoring case and tone-mark placement; the kind word decides.

    A kind word before the name sets the level (Constitution 2013, Art. 110.1):
    "tỉnh" and "thủ đô" are provincial; "huyện", "quận" and "thị xã" district-level;
    "thành phố" is a centrally-run city when one has the name, otherwise a city of a
    province, at district level; "xã", "phường" and "thị trấn" are communes, which these
    lists do not hold. So "huyện Quảng Ninh" (a district of Quảng Bình) is not the
    province Quảng Ninh, and "thành phố Lạng Sơn" is the city, not the province. Without
    a kind word, ``provincial`` chooses (provincial by default). Without ``as_of`` the
    latest unit of that name is returned. Raises :class:`LookupError` when no unit matches.

    >>> find("THÀNH PHỐ Hồ Chí Minh", as_of=dt.date(2020, 1, 1)).code
    '79'
    >>> find("huyện Tràng Định").code, find("thành phố Lạng Sơn").kind.value
    ('180', 'provincial_city')
    >>> find("huyện Quảng Ninh")
    Traceback (most recent call last):
    LookupError: no district-level unit named 'huyện Quảng Ninh'
    """
    key = match_key(name)
    word, wanted = _kind_word(key)
    levels: tuple[bool, ...]
    if word in _COMMUNE_WORDS:
        msg = f"{name!r} is a commune: the lists hold provinces and the districts of Lạng Sơn"
        raise LookupError(msg)
    if word in _DISTRICT_WORDS:
        levels = (False,)
    elif word in _PROVINCE_WORDS:
        levels = (True,)
    elif word in _CITY_WORDS:
        levels = (True, False)
    else:
        levels = (True if provincial is None else provincial,)
    matches: list[AdminUnit] = []
    for provincial_level in levels:
        matches = [
            unit
            for unit in _index(provincial_level)[1].get(wanted, ())
            if (as_of is None or unit.exists_on(as_of))
            and (word not in _CITY_WORDS or unit.kind in _CITY_KINDS)
        ]
        if matches:
            break
    if not matches:
        when = f" on {as_of.isoformat()}" if as_of else ""
        which = "" if len(levels) > 1 else "provincial " if levels[0] else "district-level "
        msg = f"no {which}unit named {name!r}{when}"
        raise LookupError(msg)
    return max(matches, key=lambda unit: unit.valid_from or dt.date.min)


def successor(code: str) -> AdminUnit:
    """The provincial unit from 01/7/2025 that a pre-2025 province became part of.

    >>> successor("24").name, successor("27").name
    ('Bắc Ninh', 'Bắc Ninh')
    """
    for unit in units(as_of=REFORM_DATE, provincial=True):
        if code in unit.absorbed:
            return unit
    msg = f"no pre-2025 province with code {code!r}"
    raise LookupError(msg)
