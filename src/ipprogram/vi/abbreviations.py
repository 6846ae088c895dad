"""The abbreviations of Vietnamese government writing, expanded and contracted.

Decree 30/2020/NĐ-CP, Appendix I (part I.5) allows an abbreviation in a document's body
only after the full words have been written once with the abbreviation in brackets;
the abbreviations of document types are those of its Appendix III. Titles and running
text of provincial reports use the ones below freely ("Phó Chủ tịch UBND tỉnh",
"Sở KH&CN"), so a reader needs both directions.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from types import MappingProxyType
from typing import Final

from ipprogram._textkey import match_key
from ipprogram.errors import expect

__all__ = ["ABBREVIATIONS", "contract", "expand", "introduce"]

#: Common abbreviations of running text and the words they stand for, as a document
#: capitalises them at the start of a name. Variants of one abbreviation ("KHCN",
#: "KH&CN") share words. The symbols of document types and issuers (QĐ, TT, TTg, CP)
#: are not here: they stand only inside document numbers (Decree 30/2020/NĐ-CP,
#: Appendix III; :data:`ipprogram.ids.legal_document.TYPES`), where "TT" is a circular,
#: while in running text "TT. HĐND" is the standing committee (Thường trực) of a council.
ABBREVIATIONS: Final = MappingProxyType(
    {
        "Cục SHTT": "Cục Sở hữu trí tuệ",
        "TT. HĐND": "Thường trực Hội đồng nhân dân",
        "TT HĐND": "Thường trực Hội đồng nhân dân",
        "UBND": "Ủy ban nhân dân",
        "HĐND": "Hội đồng nhân dân",
        "KH&CN": "Khoa học và Công nghệ",
        "KHCN": "Khoa học và Công nghệ",
        "SHTT": "sở hữu trí tuệ",
        "TSTT": "tài sản trí tuệ",
        "SHCN": "sở hữu công nghiệp",
        "CDĐL": "chỉ dẫn địa lý",
        "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
        "OCOP": "Mỗi xã một sản phẩm",
        "TĐKT": "thi đua khen thưởng",
    }
)

#: The form :func:`contract` writes for each expansion (the first listed above).
_PREFERRED: Final = {
    "Khoa học và Công nghệ": "KHCN",
    "Thường trực Hội đồng nhân dân": "TT. HĐND",
}

_TOKEN: Final = re.compile(
    r"(?<![\w&/-])(?:"
    + "|".join(re.escape(key) for key in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w&/-])"
)
#: :data:`_TOKEN` without its look-behind, which keeps the regular expression engine
#: from skipping to the letters an abbreviation can begin with: :func:`_tokens` makes
#: the look-behind's test itself.
_CANDIDATE: Final = re.compile(_TOKEN.pattern.removeprefix(r"(?<![\w&/-])"))


def _joined_before(text: str, position: int) -> bool:
    r"""Whether the character before ``position`` is one ``(?<![\w&/-])`` refuses."""
    if position == 0:
        return False
    before = text[position - 1]
    return before.isalnum() or before in "_&/-"


def _tokens(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_TOKEN` in ``text``, found as its ``finditer`` finds them.

    >>> [m.group() for m in _tokens("UBND tỉnh, xUBND, Sở KHCN")]
    ['UBND', 'KHCN']
    """
    position = 0
    while (match := _CANDIDATE.search(text, position)) is not None:
        if _joined_before(text, match.start()):
            position = match.start() + 1  # refused here: the next may begin inside it
        else:
            yield match
            position = match.end()


def _restore_case(words: str, at_start: bool) -> str:  # noqa: FBT001
    return words[:1].upper() + words[1:] if at_start else words


def expand(text: str) -> str:
    """Replace the abbreviations in ``text`` with the words they stand for.

    Only whole abbreviations, written in their own case, are replaced ("Tt" is not),
    and never inside a document number ("01/2019/TT-BKHCN" stays). Words that open the
    text are capitalised.

    >>> expand("Phó Chủ tịch UBND tỉnh")
    'Phó Chủ tịch Ủy ban nhân dân tỉnh'
    >>> expand("Sở KH&CN; Sở NN&PTNT")
    'Sở Khoa học và Công nghệ; Sở Nông nghiệp và Phát triển nông thôn'
    >>> expand("SHTT là gì"), expand("Thông tư 01/2019/TT-BKHCN")
    ('Sở hữu trí tuệ là gì', 'Thông tư 01/2019/TT-BKHCN')
    """
    return _TOKEN.sub(
        lambda match: _restore_case(ABBREVIATIONS[match.group()], match.start() == 0), text
    )


#: Text that is never changed: quotations, written as the source has them (“...” and
#: "..."), and Markdown headings, which are titles, not running text.
_PROTECTED: Final = re.compile(r"“[^”]*”|\"[^\"]*\"|^#.*$", re.MULTILINE)
#: :data:`_PROTECTED` for a text without ``#``, which has no heading: the engine skips
#: to the quotation marks.
_QUOTED: Final = re.compile(r"“[^”]*”|\"[^\"]*\"")
#: What a pair of brackets holds, where no bracket is inside.
_BRACKETED: Final = re.compile(r"\(([^()]*)\)")


@functools.lru_cache(maxsize=32)
def _phrase(words: str) -> re.Pattern[str]:
    """The full words of an abbreviation as a whole phrase, its first letter in any case."""
    first = re.escape(words[0].lower()) + "|" + re.escape(words[0].upper())
    return re.compile(rf"(?<!\w)(?:{first}){re.escape(words[1:])}(?!\w)")


def introduce(text: str) -> str:
    """Introduce each abbreviation at its first use: the full words, then it in brackets.

    Decree 30/2020/NĐ-CP, Appendix I (part I.5): a word or phrase used often may be
    abbreviated, but at its first use it is written in full with the abbreviation in
    brackets right after it. So the brackets go after the first full writing of the
    words when the text has one before the abbreviation ("Sở Khoa học và Công nghệ (KHCN)
    tỉnh ..., Sở KHCN"); otherwise the first abbreviation is spelled out. Later uses stay
    short, an abbreviation the text already brackets is left as it is, and quotations
    and Markdown headings are never changed.

    >>> introduce("Chủ tịch UBND tỉnh; UBND tỉnh")
    'Chủ tịch Ủy ban nhân dân (UBND) tỉnh; UBND tỉnh'
    >>> introduce("Sở Khoa học và Công nghệ tỉnh; Giám đốc Sở KHCN")
    'Sở Khoa học và Công nghệ (KHCN) tỉnh; Giám đốc Sở KHCN'
    >>> introduce("TSTT của tỉnh")
    'Tài sản trí tuệ (TSTT) của tỉnh'
    >>> introduce("phát triển tài sản trí tuệ (TSTT), TSTT và “TSTT”")
    'phát triển tài sản trí tuệ (TSTT), TSTT và “TSTT”'
    >>> introduce("Quyết định số 535/QĐ-UBND")
    'Quyết định số 535/QĐ-UBND'
    """
    expect(text, str, "introduce")
    protecting = _PROTECTED if "#" in text else _QUOTED
    spans = [match.span() for match in protecting.finditer(text)]
    starts = [begin for begin, _ in spans]

    def protected(position: int) -> bool:
        inside = bisect.bisect_right(starts, position) - 1
        return inside >= 0 and position < spans[inside][1]

    seen = {short for short in _BRACKETED.findall(text) if short in ABBREVIATIONS}
    edits: list[tuple[int, int, str]] = []
    for match in _tokens(text):
        short, start = match.group(), match.start()
        if short in seen or protected(start):
            continue
        seen.add(short)
        words = ABBREVIATIONS[short]
        full = next(
            (
                found.end()
                for found in _phrase(words).finditer(text, 0, start)
                if not protected(found.start())
            ),
            None,
        )
        if full is None:
            edits.append((start, match.end(), f"{_restore_case(words, start == 0)} ({short})"))
        else:
            edits.append((full, full, f" ({short})"))
    out: list[str] = []
    done = 0
    for begin, end, replacement in sorted(edits):
        out.append(text[done:begin])
        out.append(replacement)
        done = end
    out.append(text[done:])
    return "".join(out)


@functools.lru_cache(maxsize=64)
def _contractions(only: frozenset[str] | None) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each expansion as a tuple of match keys, longest first, with its abbreviation."""
    pairs: dict[tuple[str, ...], str] = {}
    for short, words in ABBREVIATIONS.items():
        if only is not None and short not in only:
            continue
        key = tuple(match_key(words).split())
        preferred = _PREFERRED.get(words, short)
        pairs.setdefault(key, preferred if only is None or preferred in only else short)
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def contract(text: str, *, only: Iterable[str] | None = None) -> str:
    """Replace the words of a common abbreviation with the abbreviation.

    Matching ignores case and tone-mark placement ("Uỷ ban" and "Ủy ban" both
    contract), whole words only. "Khoa học và Công nghệ" becomes "KHCN" unless
    ``only`` names "KH&CN" instead. ``only`` limits the abbreviations used: "quyết
    định" is also a verb, and contracting it in running text would be wrong.

    >>> contract("Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    'Phó Chủ tịch UBND tỉnh Lạng Sơn'
    >>> contract("Sở Khoa học và Công nghệ, Cục Sở hữu trí tuệ")
    'Sở KHCN, Cục SHTT'
    >>> contract("Quyết định của Ủy ban nhân dân tỉnh", only={"UBND"})
    'Quyết định của UBND tỉnh'
    """
    expect(text, str, "contract")
    if only is not None:
        unknown = sorted(set(only) - ABBREVIATIONS.keys())
        if unknown:
            msg = f"not abbreviations this module knows: {', '.join(unknown)}"
            raise ValueError(msg)
    table = _contractions(None if only is None else frozenset(only))
    words = text.split(" ")
    keys = [match_key(word) for word in words]
    out: list[str] = []
    index = 0
    while index < len(words):
        for phrase, short in table:
            end = index + len(phrase)
            if end <= len(words) and _matches(keys, words, index, phrase):
                out.append(short + _trailing(words[end - 1]))
                index = end
                break
        else:
            out.append(words[index])
            index += 1
    return " ".join(out)


_PUNCT_TAIL: Final = re.compile(r"[^\w&]+\Z")


def _trailing(word: str) -> str:
    tail = _PUNCT_TAIL.search(word)
    return tail.group() if tail else ""


def _matches(keys: list[str], words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    for offset, wanted in enumerate(phrase):
        key = keys[start + offset]
        last = offset == len(phrase) - 1
        if key != wanted and not (last and _PUNCT_TAIL.sub("", key) == wanted):
            return False
        if not last and _trailing(words[start + offset]):
            return False
    return True
