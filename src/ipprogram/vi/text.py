"""Comparing Vietnamese text as people read it.

Two tone-mark placements are in official use ("hòa"/"hoà", "Ủy"/"Uỷ", "thủy"/"thuỷ"),
even in one document, and NFC does not unify them (Unicode Standard Annex #15 composes
whatever it is given). :func:`match_key` makes a key that ignores the placement, the
case and the spacing, but keeps the tone itself: "Thanh Hóa" and "THANH HOÁ" give the
same key, "Hà Nam" and "Hả Nam" do not.
"""

from __future__ import annotations

import unicodedata

from ipprogram._textkey import TONE_MARKS, match_key

__all__ = ["TONE_MARKS", "ascii_fold", "match_key"]


def ascii_fold(text: str) -> str:
    """Fold to lower-case ASCII for search keys: marks dropped, đ to d.

    >>> ascii_fold("Đoàn Thu Hà")
    'doan thu ha'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(kept.casefold().split())
