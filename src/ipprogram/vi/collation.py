"""Vietnamese alphabetical order, the same as CLDR/ICU ``vi`` collation.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f, j, w, z
in their Latin places): a letter with a breve, circumflex, horn or bar is a letter of
its own. Tones come second: a word is compared by its letters first and only then by its
tones, none < huyền < hỏi < ngã < sắc < nặng, and case comes third, lower before upper.
This is the tailoring of CLDR's ``vi`` collation
(``&̀<<̉<<̃<<́<<̣ &a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư``) on the Unicode Collation Algorithm
(UTS #10), with ICU's default settings: spaces and punctuation are not ignored and sort
before digits, and digits before letters, one digit at a time. As in ICU, the soft hyphen
and the zero-width space of scraped text are ignored, a thin or no-break space counts as
a space, a curly quote as a straight one (told apart at the second level), and an
ellipsis as three full stops.

Python's ``sorted()`` compares code points: it puts "Đào" after "Hà" and "Ánh" after
"Yến". :func:`sort_key` needs no ICU: it builds the three levels itself.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from ipprogram._textkey import _split_tone

__all__ = ["sort_key", "weights"]

_ALPHABET: Final = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
#: Spaces, punctuation and symbols in the order of the CLDR root collation (read off ICU
#: 72 and 78): each string is one primary weight, its characters told apart at a lower
#: level (a thin space is a space, a curly quote a quote).
_PUNCTUATION: Final = (
    "\t",
    "\n",
    " \u2009\xa0\u202f",
    "_",
    "-",
    "\u2010\u2011",
    "\u2013",
    "\u2014",
    ",",
    ";",
    ":",
    "!",
    "?",
    ".",
    "\xb7",
    "'\u2018\u2019",
    '"\u201c\u201d',
    "\xab",
    "\xbb",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\xa7",
    "@",
    "*",
    "/",
    "\\",
    "&",
    "#",
    "%",
    "\u2022",
    "\u2032",
    "`",
    "^",
    "\xb0",
    "\xa9",
    "+",
    "\xd7",
    "<",
    "=",
    ">",
    "|",
    "~",
    "\u2212",
    "$",
    "\u20ac",
)
#: Characters ICU ignores at every level, common in scraped text: the soft hyphen and
#: the zero-width space ("a\u00adb" sorts as "ab").
_IGNORABLE: Final = frozenset("\u00ad\u200b")
#: Characters ICU weighs as a sequence of others: the ellipsis is three full stops
#: (its compatibility decomposition), told apart from them only at the third level.
_EXPANSIONS: Final = {"\u2026": "..."}

_PUNCTUATION_BASE: Final = 1
_DIGIT_BASE: Final = 100
_LETTER_BASE: Final = 200
_OTHER_BASE: Final = 1000
#: Secondary weights: the five tones in CLDR ``vi`` order; other marks after them.
_TONE_WEIGHTS: Final = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER_MARK_BASE: Final = 10

_PRIMARY: Final = {
    **{
        char: _PUNCTUATION_BASE + index
        for index, group in enumerate(_PUNCTUATION)
        for char in group
    },
    **{str(digit): _DIGIT_BASE + digit for digit in range(10)},
    **{char: _LETTER_BASE + index for index, char in enumerate(_ALPHABET)},
}

#: The third-level weight of a compatibility form, after every ordinary one.
_COMPATIBLE: Final = 8
#: Characters that share a primary weight with the first of their group and differ at
#: the second level (curly quotes from straight ones) or only at the third (a thin or
#: no-break space from a space; the narrow no-break space equals the no-break space).
_SECONDARY_VARIANTS: Final = {"\u2018": 1, "\u2019": 2, "\u201c": 1, "\u201d": 2}
_TERTIARY_VARIANTS: Final = {"\u2009": 1, "\xa0": 2, "\u202f": 2, "\u2011": 1}

Weights = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


@functools.lru_cache(maxsize=4096)  # bounded: input text may hold any character
def _weights(char: str) -> Weights:
    """The primary, secondary and tertiary weights one NFC character contributes."""
    if char in _IGNORABLE:
        return (), (), ()
    if char in _EXPANSIONS:
        parts = [_weights(part) for part in _EXPANSIONS[char]]
        primary_parts = tuple(weight for part in parts for weight in part[0])
        return primary_parts, (0,) * len(primary_parts), (_COMPATIBLE,) * len(primary_parts)
    base, tone = _split_tone(char)
    lower = base.lower()
    tertiary = _TERTIARY_VARIANTS.get(char, 0 if base == lower else 1)
    marks: tuple[int, ...] = tuple(_TONE_WEIGHTS[mark] for mark in tone)
    if not base:  # a tone mark that NFC could not join to its letter ("n" + hỏi)
        return (), marks, (0,) * len(marks)
    if lower in _PRIMARY:
        primary = _PRIMARY[lower]
    elif char.isdigit():
        primary = _DIGIT_BASE + unicodedata.digit(char, 0)
    else:
        decomposed = unicodedata.normalize("NFD", lower)
        letter, extra = decomposed[0], decomposed[1:]
        primary = _PRIMARY.get(letter, _OTHER_BASE + ord(letter))
        marks = tuple(_OTHER_MARK_BASE + ord(mark) - 0x300 for mark in extra) + marks
    return (primary,), (_SECONDARY_VARIANTS.get(char, 0), *marks), (tertiary,) + (0,) * len(marks)


def sort_key(text: str) -> str:
    r"""Return a key that sorts Vietnamese text in CLDR/ICU ``vi`` order.

    Letters decide first, over the whole text; tones only where the letters are the same
    ("Hà Nam" after "hạ": the letters "ha" come before "ha nam"); case last. Texts that
    differ have different keys, so the order never depends on the input's order. Tone
    placement is kept as written ("hoà" before "hòa", as ICU has it): sort
    ``normalize(text)`` to unify it first.

    >>> sorted(["Hà", "Đào", "An", "Ánh", "Bình", "ha", "Hạ", "Hả"], key=sort_key)
    ['An', 'Ánh', 'Bình', 'Đào', 'ha', 'Hà', 'Hả', 'Hạ']
    >>> sorted(["Quận 10", "Quận 2", "Quận 1"], key=sort_key)
    ['Quận 1', 'Quận 10', 'Quận 2']

    The key is one string of three levels joined by ``"\0"``, which is below every code
    in them: the primary weights, one character each (:func:`weights` gives the weights
    as numbers; the order is the same); the second level, where a letter with no tone is
    ``"\x01"`` and a letter with a tone is one code (its tone plus one); and the
    third, the case of each letter (``"\x01"`` lower, ``"\x02"`` upper).

    >>> sort_key("Hà") == "\u00d3\u00c8\0\x01\x02\0\x02\x01"
    True

    The levels of a text of printable ASCII and Vietnamese letters say which text it is.
    Any other text (a soft hyphen, a curly quote, a letter of another language, which
    weigh the same as other characters or as none) is written after them, following
    another ``"\0"``, to tell apart the texts whose levels are the same.

    >>> sort_key("H\u00e0\u00ad").endswith("\0H\u00e0\u00ad")  # a soft hyphen: ignored
    True

    A text of those 229 characters, which is always NFC, is keyed in C: one encoding
    (``codecs.charmap_encode``, to one byte a character) and three ``bytes.translate``,
    one for each level, so its key is Latin-1 text, which Python compares fastest, and
    nothing is remembered. Other text is normalised to NFC and translated through
    tables of each level's codes by character, filled as characters are met (at most
    4,096).
    """
    try:
        code = _encode(text, "strict", _CODE_PAGE)[0]
    except UnicodeEncodeError:
        return _key_of_any(text)
    if 0 in code:  # U+0000 is byte 0 of the code page, not one of its letters
        return _key_of_any(text)
    return _join((code.translate(_FIRST), code.translate(_SECOND), code.translate(_THIRD))).decode(
        "latin-1"
    )


def weights(text: str) -> Weights:
    """The primary, secondary and tertiary weights of ``text``, as numbers.

    :func:`sort_key` writes them as characters; comparing these tuples orders texts as
    comparing its strings does.

    >>> weights("Hà")
    ((211, 200), (0, 0, 1), (1, 0, 0))
    """
    nfc = unicodedata.normalize("NFC", text)
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for char in nfc:
        first, second, third = _weights(char)
        primary += first
        secondary += second
        tertiary += third
    return tuple(primary), tuple(secondary), tuple(tertiary)


#: Primary weights from here on are written as two characters: the weights of
#: characters near the top of Unicode go past the last code point (``chr`` of 0x10FFFF).
_TWO_CHARACTERS_FROM: Final = 0x10F000
_LOW_BITS: Final = 10


def _primary_text(weight: int) -> str:
    r"""A primary weight as text: one character, or two for the highest weights.

    Primary weights start at 1, so ``"\0"`` ends the level.

    Two-character codes start above every one-character code and compare as their
    weights do, so texts of codes compare as the weights' tuples.
    """
    if weight < _TWO_CHARACTERS_FROM:
        return chr(weight)
    offset = weight - _TWO_CHARACTERS_FROM
    low = offset & ((1 << _LOW_BITS) - 1)
    return chr(_TWO_CHARACTERS_FROM + (offset >> _LOW_BITS)) + chr(_TWO_CHARACTERS_FROM + low)


#: Where the codes of a second-level weight that follows no 0 start: above every
#: code of a 0 and the weight after it (the highest second-level weight is 0x1CE7C,
#: 10 + U+1D172 - U+0300, a musical symbol's mark; a test checks every character).
_UNPAIRED: Final = 0x80000


def _second_level(secondary: Sequence[int]) -> str:
    r"""The second level written as codes, which compare as the weights' tuples do.

    The weights are read from the left. A 0 (the weight of a letter with no mark) is
    ``"\x01"`` if another 0 or the end follows it; a 0 and the weight ``w`` after it that
    is not 0 (a letter and its tone) are one code, ``chr(1 + w)``; a weight ``w`` that no
    0 goes before (a second tone, a lone mark, a curly quote's) is ``chr(0x80000 + w)``.
    The codes compare as the weights they stand for: a 0 before the next letter
    (``"\x01"``) is below a 0 and a tone (``"\x02"`` and up), which are ordered by the
    tone, and a 0 of either kind is below any weight that is not 0. So a Vietnamese
    letter has one code, its tone plus one: the codes of a text of such letters are one
    byte each.

    >>> _second_level((0, 0, 1)) == "\x01\x02"  # "Hà"
    True
    """
    codes: list[str] = []
    index, end = 0, len(secondary)
    while index < end:
        weight = secondary[index]
        following = secondary[index + 1] if index + 1 < end else 0
        if weight:
            codes.append(chr(_UNPAIRED + weight))
            index += 1
        elif following:
            codes.append(chr(1 + following))
            index += 2
        else:
            codes.append("\x01")
            index += 1
    return "".join(codes)


def _third_level(secondary: Sequence[int], tertiary: Sequence[int]) -> str:
    """The third level written as codes: the weights where the second level's is 0.

    Where the second-level weight is not 0 (a tone, a mark), the third-level weight is
    always 0 (a test checks every character), so texts whose first two levels are the
    same leave out the same 0s and compare as before.
    """
    return "".join(
        [chr(1 + third) for second, third in zip(secondary, tertiary, strict=True) if not second]
    )


#: The most characters the tables of :func:`_key_of_any` remember: text may hold any.
_REMEMBERED_CHARACTERS: Final = 4096

#: Each level's codes of a character standing alone, by code point, for
#: ``str.translate`` (exact dicts: it looks them up fastest), filled as characters are
#: met. Every ASCII character is in them from the start, and every third-level code is
#: ASCII (weights up to 8): a third level that is not ASCII holds a character not in
#: the tables, which ``str.translate`` leaves as it is.
_PRIMARY_TEXT: Final[dict[int, str]] = {}
_SECONDARY_TEXT: Final[dict[int, str]] = {}
_TERTIARY_TEXT: Final[dict[int, str]] = {}

#: A 0 that ends a character's second level (``"\x01"``) and the unpaired weight that
#: begins the next one's: read together from the left, they are one code.
_PAIRED: Final = re.compile("\x01([\U00080001-\U0010ffff])")


def _pair(match: re.Match[str]) -> str:
    return chr(1 + ord(match[1]) - _UNPAIRED)


def _learn(char: str) -> None:
    """Put one character's codes, standing alone, into the tables."""
    first, second, third = _weights(char)
    code = ord(char)
    _PRIMARY_TEXT[code] = "".join(map(_primary_text, first))
    _SECONDARY_TEXT[code] = _second_level(second)
    _TERTIARY_TEXT[code] = _third_level(second, third)


def _levels_from_weights(text: str) -> tuple[str, str, str]:
    """The three levels' codes written from the weights of the whole text, no table."""
    primary, secondary, tertiary = weights(text)
    return (
        "".join(map(_primary_text, primary)),
        _second_level(secondary),
        _third_level(secondary, tertiary),
    )


def _key_of_any(text: str) -> str:
    """The key of any text, a character at a time: the same levels as the code page's.

    Each level is the text translated through its table; at the second level, a
    character ending in a 0 and the next beginning with a weight that is not 0 are
    then joined into one code, as :func:`_second_level` reads them. When the tables are
    full, the weights are worked out and written anew.
    """
    nfc = unicodedata.normalize("NFC", text)
    third = nfc.translate(_TERTIARY_TEXT)
    if not third.isascii():
        for char in set(nfc):
            if ord(char) not in _TERTIARY_TEXT and len(_TERTIARY_TEXT) < _REMEMBERED_CHARACTERS:
                _learn(char)
        third = nfc.translate(_TERTIARY_TEXT)
    if third.isascii():
        first = nfc.translate(_PRIMARY_TEXT)
        second = nfc.translate(_SECONDARY_TEXT)
        if not second.isascii():  # a tone's codes are ASCII, an unpaired weight's are not
            second = _PAIRED.sub(_pair, second)
    else:  # the tables are full
        first, second, third = _levels_from_weights(nfc)
    key = f"{first}\0{second}\0{third}"
    return key if _SELF_EVIDENT.issuperset(nfc) else f"{key}\0{nfc}"


_TABLES: Final = (_PRIMARY_TEXT, _SECONDARY_TEXT, _TERTIARY_TEXT)
for _code in range(128):
    _learn(chr(_code))
#: The tables as the module fills them on import: every ASCII character.
_ASCII_TABLES: Final = tuple(table.copy() for table in _TABLES)


#: The characters whose three levels say which character they are, one primary weight
#: each and at most one tone (printable ASCII and the letters of Vietnamese, in both
#: cases): a text of these alone is told apart from every other text by its levels, so
#: :func:`sort_key` writes no text after them. The tests check both properties, and that
#: a text of them is NFC.
_SELF_EVIDENT: Final = frozenset(
    "".join(chr(code) for code in range(0x20, 0x7F))
    + "đĐ"
    + "".join(
        unicodedata.normalize("NFC", letter + tone)
        for vowel in "aăâeêioôơuưy"
        for letter in (vowel, vowel.upper())
        for tone in ("", *_TONE_WEIGHTS)
    )
)

#: The self-evident characters as an 8-bit code page, for :func:`codecs.charmap_encode`:
#: byte ``n`` is the ``n``-th in code point order, from 1. Byte 0 is U+0000, which the
#: code page must start with to be encoded in C (CPython's ``charmap_build``), and
#: U+FFFE marks a byte of no character.
_PAGE_LETTERS: Final = "".join(sorted(_SELF_EVIDENT))
_CODE_PAGE: Final = codecs.charmap_build(
    "\0" + _PAGE_LETTERS + "\ufffe" * (256 - 1 - len(_PAGE_LETTERS))
)
_encode: Final = codecs.charmap_encode
_join: Final = b"\0".join


def _level_tables() -> tuple[bytes, bytes, bytes]:
    """Each byte of the code page's code at each level, for ``bytes.translate``."""
    tables = bytearray(256), bytearray(256), bytearray(256)
    for byte, char in enumerate(_PAGE_LETTERS, 1):
        for table, code in zip(tables, _key_of_any(char).split("\0"), strict=True):
            table[byte] = ord(code)
    first, second, third = map(bytes, tables)
    return first, second, third


_FIRST, _SECOND, _THIRD = _level_tables()


def _forget() -> None:
    """Empty the tables and caches :func:`sort_key` fills, as in a new process.

    The tables keep what the module put in them on import, every ASCII character. For
    benchmarks and tests: a :func:`sort_key` in another thread meanwhile could see the
    tables half empty.
    """
    for table, ascii_part in zip(_TABLES, _ASCII_TABLES, strict=True):
        table.clear()
        table.update(ascii_part)
    _weights.cache_clear()
    _split_tone.cache_clear()
