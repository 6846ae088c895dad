"""Counts and lists as Vietnamese reports write them."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["format_count", "format_counts", "format_list"]

_PAD_BELOW = 10


@functools.cache
def _vietnamese() -> Locale:
    """The CLDR ``vi`` locale, parsed once (parsing it per call costs 25 times the join)."""
    from babel import Locale  # noqa: PLC0415 - Babel loads on first use, not on import

    return Locale.parse("vi")


def format_count(count: int, noun: str, *, pad: bool = True) -> str:
    """Write a count before its noun; ``pad`` puts a 0 before counts below 10.

    Reports write "02 tập thể, 08 cá nhân": a house style, not a rule of Decree
    30/2020/NĐ-CP (which pads only days and months), so it can be turned off. No count is
    not padded: "0 tập thể", never "00 tập thể".

    >>> (
    ...     format_count(2, "tập thể"),
    ...     format_count(14, "cá nhân"),
    ...     format_count(2, "tập thể", pad=False),
    ...     format_count(0, "tập thể"),
    ... )
    ('02 tập thể', '14 cá nhân', '2 tập thể', '0 tập thể')
    """
    if isinstance(count, bool) or not isinstance(count, int):
        msg = f"format_count() takes an int, not {type(count).__name__}"
        raise TypeError(msg)
    if count < 0:
        msg = f"a count cannot be negative: {count}"
        raise ValueError(msg)
    number = f"{count:02d}" if pad and 0 < count < _PAD_BELOW else str(count)
    return f"{number} {noun}"


def format_counts(counts: Iterable[tuple[int, str]], *, pad: bool = True) -> str:
    """Write several counts joined by commas, as award lists do.

    >>> format_counts([(2, "tập thể"), (8, "cá nhân")])
    '02 tập thể, 08 cá nhân'
    """
    return ", ".join(format_count(count, noun, pad=pad) for count, noun in counts)


def format_list(items: Sequence[str], style: Literal["and", "or"] = "and") -> str:
    """Join items the Vietnamese way, with "và" (or "hoặc") and no comma before it.

    Uses the CLDR ``vi`` list patterns through Babel (``standard`` and ``or``).

    >>> format_list(["Hồi", "Quế", "Sa nhân"])
    'Hồi, Quế và Sa nhân'
    >>> format_list(["Hồi", "Quế"], style="or")
    'Hồi hoặc Quế'
    """
    if isinstance(items, str) or not isinstance(items, Sequence):
        msg = f"format_list() takes a sequence of str, not {type(items).__name__}"
        raise TypeError(msg)
    if not items:
        return ""
    from babel.lists import format_list as babel_format_list  # noqa: PLC0415 - see _vietnamese

    babel_style: Literal["standard", "or"] = "standard" if style == "and" else "or"
    return babel_format_list(list(items), style=babel_style, locale=_vietnamese())
