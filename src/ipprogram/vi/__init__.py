"""Vietnamese as it is written: dates, periods, counts, lists, and text comparison.

Every function is pure and takes what it needs as arguments: nothing here reads the
clock or the system locale.
"""

from ipprogram.vi.dates import DateStyle, dateline, format_date, format_partial_date, format_period
from ipprogram.vi.text import ascii_fold, match_key
from ipprogram.vi.words import format_count, format_counts, format_list

__all__ = [
    "DateStyle",
    "ascii_fold",
    "dateline",
    "format_count",
    "format_counts",
    "format_date",
    "format_list",
    "format_partial_date",
    "format_period",
    "match_key",
]
