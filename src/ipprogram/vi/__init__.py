"""Vietnamese as it is written: dates, numbers, money, names, lists, and text comparison.

Every function is pure and takes what it needs as arguments: nothing here reads the
clock or the system locale.

>>> from ipprogram.vi import format_date, parse_date, spell_number
>>> format_date(parse_date("2/12/2020"))
'ngày 02 tháng 12 năm 2020'
>>> spell_number(2020)
'hai nghìn không trăm hai mươi'
"""

from ipprogram.vi.abbreviations import ABBREVIATIONS, contract, expand
from ipprogram.vi.collation import sort_key
from ipprogram.vi.dates import (
    DateStyle,
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
from ipprogram.vi.quantities import format_quantity, parse_quantity
from ipprogram.vi.text import ToneStyle, ascii_fold, match_key, normalize, place_tone
from ipprogram.vi.words import format_count, format_counts, format_list

__all__ = [
    "ABBREVIATIONS",
    "DateStyle",
    "NameParts",
    "ToneStyle",
    "ascii_fold",
    "contract",
    "courtesy_title",
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
    "match_key",
    "name_sort_key",
    "normalize",
    "parse_date",
    "parse_partial_date",
    "parse_quantity",
    "place_tone",
    "sort_key",
    "sort_people",
    "spell_number",
    "split_name",
]
