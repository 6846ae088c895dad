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

import functools
import unicodedata
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

    The key is one string: the primary, secondary and tertiary weights, each weight
    written as a character (:func:`weights` gives them as numbers; the order is the
    same), the levels joined by ``"\0"``, which is below every weight. The three levels
    of a text of printable ASCII and Vietnamese letters say which text it is; any other
    text (a soft hyphen, a curly quote, a letter of another language, which weigh the
    same as other characters or as none) is written after them, following another
    ``"\0"``, to tell apart the texts whose levels are the same. A key of Vietnamese
    letters is then Latin-1 text, which Python compares fastest. Comparing keys is one
    comparison of strings.

    >>> sort_key("Hà") == "\u00d3\u00c8\0\x01\x01\x02\0\x02\x01\x01"
    True
    >>> sort_key("H\u00e0\u00ad").endswith("\0H\u00e0\u00ad")  # a soft hyphen: ignored
    True

    Names repeat their words, so each word's levels are worked out once (at most 8,192
    words of up to 256 characters are remembered), by translating it in C
    (``str.translate``) through a table of each level's weights by character, filled as
    characters are met (at most 4,096).
    """
    nfc = text if text.isascii() else unicodedata.normalize("NFC", text)
    words = nfc.split(" ")
    known = _WORD_KEYS.get
    # The levels of up to four words (most names) are written by one f-string each, of
    # each word's levels with the space's after them but for the last word.
    count = len(words)
    if count == 3:  # noqa: PLR2004 - the number of words
        wa, wb, wc = words
        a = known(wa) or _word_key(wa)
        b = known(wb) or _word_key(wb)
        c = known(wc) or _word_key(wc)
        key = f"{a[4]}{b[4]}{c[0]}\0{a[5]}{b[5]}{c[1]}\0{a[6]}{b[6]}{c[2]}"
        return key if a[3] and b[3] and c[3] else f"{key}\0{nfc}"
    if count == 1:
        a = known(nfc) or _word_key(nfc)
        key = f"{a[0]}\0{a[1]}\0{a[2]}"
        return key if a[3] else f"{key}\0{nfc}"
    if count == 2:  # noqa: PLR2004
        wa, wb = words
        a = known(wa) or _word_key(wa)
        b = known(wb) or _word_key(wb)
        key = f"{a[4]}{b[0]}\0{a[5]}{b[1]}\0{a[6]}{b[2]}"
        return key if a[3] and b[3] else f"{key}\0{nfc}"
    if count == 4:  # noqa: PLR2004
        wa, wb, wc, wd = words
        a = known(wa) or _word_key(wa)
        b = known(wb) or _word_key(wb)
        c = known(wc) or _word_key(wc)
        d = known(wd) or _word_key(wd)
        key = f"{a[4]}{b[4]}{c[4]}{d[0]}\0{a[5]}{b[5]}{c[5]}{d[1]}\0{a[6]}{b[6]}{c[6]}{d[2]}"
        return key if a[3] and b[3] and c[3] and d[3] else f"{key}\0{nfc}"
    keys = [known(word) or _word_key(word) for word in words]
    s1, s2, s3 = _SPACE
    key = (
        f"{s1.join([key[0] for key in keys])}\0{s2.join([key[1] for key in keys])}"
        f"\0{s3.join([key[2] for key in keys])}"
    )
    return key if all(key[3] for key in keys) else f"{key}\0{nfc}"


def weights(text: str) -> Weights:
    """The primary, secondary and tertiary weights of ``text``, as numbers.

    :func:`sort_key` writes each as a character; comparing these tuples orders texts
    as comparing its strings does.

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

    Primary weights start at 1, so ``"\0"`` ends the level; the secondary and
    tertiary ones start at 0 and are written one up.

    Two-character codes start above every one-character code and compare as their
    weights do, so texts of codes compare as the weights' tuples.
    """
    if weight < _TWO_CHARACTERS_FROM:
        return chr(weight)
    offset = weight - _TWO_CHARACTERS_FROM
    low = offset & ((1 << _LOW_BITS) - 1)
    return chr(_TWO_CHARACTERS_FROM + (offset >> _LOW_BITS)) + chr(_TWO_CHARACTERS_FROM + low)


@functools.lru_cache(maxsize=4096)  # bounded: input text may hold any character
def _char_key(char: str) -> tuple[str, str, str]:
    first, second, third = _weights(char)
    return (
        "".join(map(_primary_text, first)),
        "".join(map(chr, map(_ONE_UP, second))),
        "".join(map(chr, map(_ONE_UP, third))),
    )


#: A secondary or tertiary weight's code, one up from it: ``"\0"`` ends a level.
_ONE_UP: Final = (1).__add__


#: The most characters the tables of :func:`sort_key` remember: text may hold any.
_REMEMBERED_CHARACTERS: Final = 4096

#: The characters whose three levels say which character they are, one primary weight
#: each and at most one tone (printable ASCII and the letters of Vietnamese, in both
#: cases): a text of these alone is told apart from every other text by its levels, so
#: :func:`sort_key` writes no text after them. The tests check both properties.
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

#: Each level's weights as text, by code point, for ``str.translate`` (exact dicts: it
#: looks them up fastest). Every ASCII character is in them from the start, and every
#: third-level text is ASCII (weights up to 8). The probe is the third level of a
#: character that says which it is, and that level followed by ``"\x80"`` for any
#: other: a word whose probe is ASCII is of such characters alone, all in the tables,
#: as a character not in them, which ``str.translate`` leaves as it is, is not ASCII.
#: That is how :func:`sort_key` knows a word needs no more than its probe and two
#: translations, and when to learn a character.
_PRIMARY_TEXT: Final[dict[int, str]] = {}
_SECONDARY_TEXT: Final[dict[int, str]] = {}
_TERTIARY_TEXT: Final[dict[int, str]] = {}
_PROBE_TEXT: Final[dict[int, str]] = {}
_NOT_EVIDENT: Final = "\x80"


def _learn(char: str) -> None:
    """Put one character's three levels and its probe into the tables."""
    code = ord(char)
    first, second, third = _char_key(char)
    _PRIMARY_TEXT[code], _SECONDARY_TEXT[code], _TERTIARY_TEXT[code] = first, second, third
    _PROBE_TEXT[code] = third if char in _SELF_EVIDENT else third + _NOT_EVIDENT


#: A word's three levels, whether they say which word it is, and the three levels
#: again with a space's after them, for a word that another follows.
WordKey = tuple[str, str, str, bool, str, str, str]

#: The words' keys :func:`sort_key` has worked out, emptied when it holds
#: :data:`_REMEMBERED_WORDS` (a real name is far shorter than 256 characters, and
#: longer words are not remembered).
_WORD_KEYS: Final[dict[str, WordKey]] = {}
_REMEMBERED_WORDS: Final = 8192
_REMEMBERED_WORD_CHARS: Final = 256


def _word_key(word: str) -> WordKey:
    """The three levels of a word (text without spaces), remembered if it is short."""
    third = word.translate(_PROBE_TEXT)
    if third.isascii():  # characters in the tables that say which they are: the common case
        evident = True
        first, second = word.translate(_PRIMARY_TEXT), word.translate(_SECONDARY_TEXT)
    else:
        for char in set(word):
            if ord(char) not in _PROBE_TEXT and len(_PROBE_TEXT) < _REMEMBERED_CHARACTERS:
                _learn(char)
        evident = word.translate(_PROBE_TEXT).isascii()
        third = word.translate(_TERTIARY_TEXT)
        if third.isascii():
            first, second = word.translate(_PRIMARY_TEXT), word.translate(_SECONDARY_TEXT)
        else:  # the tables are full
            chars = [_char_key(char) for char in word]
            first = "".join([each[0] for each in chars])
            second = "".join([each[1] for each in chars])
            third = "".join([each[2] for each in chars])
            evident = _SELF_EVIDENT.issuperset(word)
    s1, s2, s3 = _SPACE
    key = (
        first,
        second,
        third,
        evident,
        first + s1,
        second + s2,
        third + s3,
    )
    if len(word) <= _REMEMBERED_WORD_CHARS:
        if len(_WORD_KEYS) >= _REMEMBERED_WORDS:
            _WORD_KEYS.clear()
        _WORD_KEYS[word] = key
    return key


def _forget() -> None:
    """Empty the tables and caches :func:`sort_key` fills, as in a new process.

    The tables keep what the module put in them on import, every ASCII character. For
    benchmarks and tests: a :func:`sort_key` in another thread meanwhile could see the
    tables half empty.
    """
    for table, ascii_part in zip(_TABLES, _ASCII_TABLES, strict=True):
        table.clear()
        table.update(ascii_part)
    _WORD_KEYS.clear()
    _char_key.cache_clear()
    _weights.cache_clear()
    _split_tone.cache_clear()


_TABLES: Final = (_PRIMARY_TEXT, _SECONDARY_TEXT, _TERTIARY_TEXT, _PROBE_TEXT)
for _code in range(128):
    _learn(chr(_code))
#: The tables as the module fills them on import: every ASCII character.
_ASCII_TABLES: Final = tuple(table.copy() for table in _TABLES)
#: The key of a space, which joins the words of a text.
_SPACE: Final = _char_key(" ")
