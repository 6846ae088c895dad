"""Comparing and searching Vietnamese text as people read it.

Two tone-mark placements are in official use ("hòa"/"hoà", "Ủy"/"Uỷ", "thủy"/"thuỷ"),
even in one document, and NFC does not unify them (Unicode Standard Annex #15 composes
whatever it is given). :func:`normalize` puts every tone where one convention puts it;
:func:`match_key` is the key the library compares names with: "Thanh Hóa" and
"THANH HOÁ" give the same key, "Hà Nam" and "Hả Nam" do not.
"""

from __future__ import annotations

import unicodedata

from ipprogram._textkey import TONE_MARKS, ToneStyle, match_key, normalize, place_tone
from ipprogram.errors import expect

__all__ = ["TONE_MARKS", "ToneStyle", "ascii_fold", "match_key", "normalize", "place_tone"]


def ascii_fold(text: str) -> str:
    """Fold to lower-case ASCII for search keys: marks dropped, đ to d.

    >>> ascii_fold("Đoàn Thu Hà")
    'doan thu ha'
    """
    expect(text, str, "ascii_fold")
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(kept.casefold().split())
