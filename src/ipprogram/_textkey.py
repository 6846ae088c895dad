"""Tone-mark placement and the comparison key for Vietnamese text.

It lives outside :mod:`ipprogram.vi` so that the model can use it without importing
the formatting code; :func:`ipprogram.vi.normalize` and :func:`ipprogram.vi.match_key`
are the public names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, Literal

#: The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")

ToneStyle = Literal["classic", "modern"]

_VOWELS: Final = frozenset("aăâeêioôơuưy")
_MARKED_VOWELS: Final = frozenset("ăâêôơư")
#: Open two-vowel rhymes whose tone the two conventions place differently.
_STYLE_PAIRS: Final = frozenset({"oa", "oe", "uy"})
#: A word: letters with any combining marks NFC could not join to them.
_WORD: Final = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_THREE = 3


@functools.lru_cache(maxsize=4096)  # bounded: input text may hold any character
def _split_tone(char: str) -> tuple[str, str]:
    """Split one NFC character into its toneless letter and its tone mark ('' if none)."""
    decomposed = unicodedata.normalize("NFD", char)
    tones = "".join(mark for mark in decomposed if mark in TONE_MARKS)
    base = "".join(mark for mark in decomposed if mark not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tones


def _nucleus(lower: list[str]) -> tuple[list[int], bool] | None:
    """Positions of the vowel nucleus and whether a final consonant follows it.

    ``qu`` and ``gi`` before another vowel are initial consonants ("quả", "giặt"); ``gi``
    alone before a consonant keeps its vowel ("gìn"). ``None`` for a word that is not one
    Vietnamese syllable (no vowel, or vowels in two places).
    """
    positions = [index for index, letter in enumerate(lower) if letter in _VOWELS]
    if not positions or positions[-1] - positions[0] + 1 != len(positions):
        return None
    first = positions[0]
    if (
        len(positions) > 1
        and first > 0
        and (lower[first - 1], lower[first]) in {("q", "u"), ("g", "i")}
    ):
        positions = positions[1:]
    return positions, positions[-1] < len(lower) - 1


#: Words longer than this are not remembered: no syllable is (the longest is 7 letters),
#: so the cache holds at most 8,192 short keys whatever the input.
_CACHED_WORD: Final = 16


def place_tone(word: str, style: ToneStyle = "classic") -> str:
    """Put the tone mark of one syllable where the chosen convention puts it.

    Decision 1989/QĐ-BGDĐT of 25/5/2018 (Art. 8) puts the tone on the main vowel
    ("hoà", "thuỷ", "khoẻ"): the ``"modern"`` style. The ``"classic"`` style puts it on
    the first vowel of an open ``oa``, ``oe``, ``uy`` ("hòa", "thủy", "Ủy ban"), as the
    names of provinces and laws are written ("Thanh Hóa", "Luật Thủy sản"). Everything
    else is the same in both: the vowel with a diacritic takes the tone (the second of
    ``ươ``), then the last vowel before a final consonant ("hoàng"), the middle of three
    ("ngoài"), the first of two ("mùa"). A word that is not one Vietnamese syllable with
    one tone is returned as it is.

    >>> place_tone("hoà"), place_tone("Uỷ"), place_tone("thuỷ", "modern"), place_tone("quả")
    ('hòa', 'Ủy', 'thuỷ', 'quả')
    """
    if len(word) > _CACHED_WORD:
        return _place_tone(word, style)
    return _cached_place_tone(word, style)


def _place_tone(word: str, style: ToneStyle) -> str:
    chars = list(unicodedata.normalize("NFC", word))
    split = [_split_tone(char) for char in chars]
    tones = [(index, tone) for index, (_, tone) in enumerate(split) if tone]
    if len(tones) != 1 or len(tones[0][1]) != 1:
        return word
    tone = tones[0][1]
    lower = [base.lower() for base, _ in split]
    found = _nucleus(lower)
    if found is None:
        return word
    nucleus, closed = found
    marked = [index for index in nucleus if lower[index] in _MARKED_VOWELS]
    if marked:
        target = marked[-1]
    elif len(nucleus) == 1 or closed:
        target = nucleus[-1]
    elif len(nucleus) == _THREE:
        target = nucleus[1]
    else:
        pair = "".join(lower[index] for index in nucleus)
        target = nucleus[1] if style == "modern" and pair in _STYLE_PAIRS else nucleus[0]
    letters = [base for base, _ in split]
    letters[target] = unicodedata.normalize("NFC", letters[target] + tone)
    return "".join(letters)


def normalize(text: str, *, tones: ToneStyle = "classic") -> str:
    """Return text in NFC with spaces tidied and one tone-mark placement throughout.

    NFC alone does not unify "hòa" and "hoà" (Unicode Standard Annex #15 composes what
    it is given); both placements are in official use, even in one document. See
    :func:`place_tone` for the two conventions. Runs of white space become one space and
    the ends are stripped; case and punctuation are kept.

    >>> normalize("  Ủy ban   nhân dân tỉnh Thanh Hoá ")
    'Ủy ban nhân dân tỉnh Thanh Hóa'
    >>> normalize("Luật Thủy sản", tones="modern")
    'Luật Thuỷ sản'
    """
    if tones not in ("classic", "modern"):
        msg = f"unknown tone style {tones!r}: use 'classic' or 'modern'"
        raise ValueError(msg)
    tidy = " ".join(unicodedata.normalize("NFC", text).split())
    placed = _WORD.sub(lambda match: place_tone(match.group(), tones), tidy)
    return unicodedata.normalize("NFC", placed)


def match_key(text: str) -> str:
    """Return a key equal for spellings that differ only in tone placement, case, spacing.

    It is :func:`normalize` (classic placement), case-folded. The library compares
    names of places, vocabularies and organisations with it.

    >>> match_key("Thanh Hóa") == match_key("  thanh   HOÁ")
    True
    >>> match_key("Hà Nam") == match_key("Hả Nam")
    False
    """
    return normalize(text).casefold()


_cached_place_tone = functools.lru_cache(maxsize=8192)(_place_tone)
