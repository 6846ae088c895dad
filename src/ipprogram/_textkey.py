"""The comparison key for Vietnamese text (see :func:`ipprogram.vi.match_key`).

It lives outside :mod:`ipprogram.vi` so that the model can use it without importing
the formatting code.
"""

from __future__ import annotations

import unicodedata
from typing import Final

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
