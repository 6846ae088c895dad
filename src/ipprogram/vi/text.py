"""Comparing Vietnamese text as people read it.

Two tone-mark placements are in official use ("hòa"/"hoà", "Ủy"/"Uỷ", "thủy"/"thuỷ"),
even in one document, and NFC does not unify them (Unicode Standard Annex #15 composes
whatever it is given). :func:`match_key` makes a key that ignores the placement, the
case and the spacing, but keeps the tone itself: "Thanh Hóa" and "THANH HOÁ" give the
same key, "Hà Nam" and "Hả Nam" do not.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["ascii_fold", "match_key"]

#: The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")


def match_key(text: str) -> str:
    """Return a key equal for spellings that differ only in tone placement, case, spacing.

    Each syllable's tone mark is moved to the syllable's end.

    >>> match_key("Thanh Hóa") == match_key("  thanh   hoá")
    True
    >>> match_key("Hà Nam") == match_key("Hả Nam")
    False
    """
    syllables = []
    for syllable in unicodedata.normalize("NFD", text).casefold().split():
        tones = "".join(char for char in syllable if char in TONE_MARKS)
        base = "".join(char for char in syllable if char not in TONE_MARKS)
        syllables.append(base + tones)
    return " ".join(syllables)


def ascii_fold(text: str) -> str:
    """Fold to lower-case ASCII for search keys: marks dropped, đ to d.

    >>> ascii_fold("Đoàn Thu Hà")
    'doan thu ha'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(kept.casefold().split())
