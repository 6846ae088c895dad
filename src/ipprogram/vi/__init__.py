"""Vietnamese as it is written: dates, numbers, money, names, lists, and text comparison.

Every function is pure and takes what it needs as arguments: nothing here reads the
clock or the system locale.

>>> from ipprogram.vi import format_date, parse_date, spell_number
>>> format_date(parse_date("2/12/2020"))
'ngày 02 tháng 12 năm 2020'
>>> spell_number(2020)
'hai nghìn không trăm hai mươi'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ipprogram._lazy import lazy_attributes

if TYPE_CHECKING:
    from ipprogram.vi.abbreviations import (
        ABBREVIATIONS,
        contract,
        expand,
        introduce,
    )
    from ipprogram.vi.collation import (
        sort_key,
    )
    from ipprogram.vi.dates import (
        DateStyle,
        date_phrase,
        dateline,
        format_date,
        format_partial_date,
        format_period,
        parse_date,
        parse_partial_date,
    )
    from ipprogram.vi.names import (
        NameParts,
        courtesy_title,
        format_person,
        format_position,
        name_sort_key,
        sort_people,
        split_name,
    )
    from ipprogram.vi.numbers import (
        format_amount,
        format_money,
        format_number,
        format_percent,
        spell_number,
    )
    from ipprogram.vi.quantities import (
        format_quantity,
        parse_quantity,
    )
    from ipprogram.vi.reading import (
        DateReading,
        read_date,
    )
    from ipprogram.vi.text import (
        ToneStyle,
        ascii_fold,
        match_key,
        normalize,
        place_tone,
    )
    from ipprogram.vi.words import (
        format_count,
        format_counts,
        format_list,
    )

#: Where each public name lives: the submodules are imported on first use, so that
#: ``import ipprogram`` does not load Babel and the formatting code until they are needed.
_HOMES = {
    "ABBREVIATIONS": "ipprogram.vi.abbreviations",
    "DateReading": "ipprogram.vi.reading",
    "DateStyle": "ipprogram.vi.dates",
    "NameParts": "ipprogram.vi.names",
    "ToneStyle": "ipprogram.vi.text",
    "ascii_fold": "ipprogram.vi.text",
    "contract": "ipprogram.vi.abbreviations",
    "courtesy_title": "ipprogram.vi.names",
    "date_phrase": "ipprogram.vi.dates",
    "dateline": "ipprogram.vi.dates",
    "expand": "ipprogram.vi.abbreviations",
    "introduce": "ipprogram.vi.abbreviations",
    "format_amount": "ipprogram.vi.numbers",
    "format_count": "ipprogram.vi.words",
    "format_counts": "ipprogram.vi.words",
    "format_date": "ipprogram.vi.dates",
    "format_list": "ipprogram.vi.words",
    "format_money": "ipprogram.vi.numbers",
    "format_number": "ipprogram.vi.numbers",
    "format_partial_date": "ipprogram.vi.dates",
    "format_percent": "ipprogram.vi.numbers",
    "format_period": "ipprogram.vi.dates",
    "format_person": "ipprogram.vi.names",
    "format_position": "ipprogram.vi.names",
    "format_quantity": "ipprogram.vi.quantities",
    "match_key": "ipprogram.vi.text",
    "name_sort_key": "ipprogram.vi.names",
    "normalize": "ipprogram.vi.text",
    "parse_date": "ipprogram.vi.dates",
    "parse_partial_date": "ipprogram.vi.dates",
    "read_date": "ipprogram.vi.reading",
    "parse_quantity": "ipprogram.vi.quantities",
    "place_tone": "ipprogram.vi.text",
    "sort_key": "ipprogram.vi.collation",
    "sort_people": "ipprogram.vi.names",
    "spell_number": "ipprogram.vi.numbers",
    "split_name": "ipprogram.vi.names",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and no other names
    __getattr__, __dir__ = lazy_attributes(globals(), _HOMES)


__all__ = [
    "ABBREVIATIONS",
    "DateReading",
    "DateStyle",
    "NameParts",
    "ToneStyle",
    "ascii_fold",
    "contract",
    "courtesy_title",
    "date_phrase",
    "dateline",
    "expand",
    "format_amount",
    "format_count",
    "format_counts",
    "format_date",
    "format_list",
    "format_money",
    "format_number",
    "format_partial_date",
    "format_percent",
    "format_period",
    "format_person",
    "format_position",
    "format_quantity",
    "introduce",
    "match_key",
    "name_sort_key",
    "normalize",
    "parse_date",
    "parse_partial_date",
    "parse_quantity",
    "place_tone",
    "read_date",
    "sort_key",
    "sort_people",
    "spell_number",
    "split_name",
]
