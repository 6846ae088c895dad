"""Numbers and symbols of Vietnamese legal and administrative documents.

Decree 30/2020/NĐ-CP, Appendix I, part II.3 ("Số, ký hiệu của văn bản"), and Law 80/2015/
QH13 on legal normative documents: a number, for legal normative documents the year,
then a symbol of the document type and the issuing body: "535/QĐ-UBND",
"1062/QĐ-TTg", "560/QĐ-SHTT" (individual decisions, no year); "30/2020/NĐ-CP",
"40/2024/QĐ-UBND", "06/2022/QH15" (with the year; a law of the National Assembly carries
only the issuer and the legislature). Real text also writes "1618 / QĐ - UBND" and "QD"
for "QĐ"; :func:`compact` tidies both.

>>> parse("1618 / QD - UBND")
LegalDocumentNumber(number=1618, year=None, type_code='QĐ', issuer='UBND')
>>> parse("30/2020/NĐ-CP").type_name
'Nghị định'
>>> validate("5346 Đ-SHTT")
Traceback (most recent call last):
ipprogram.ids._common.InvalidFormat: the number does not have the right format
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import attrs

from ipprogram._lazy import pattern
from ipprogram._values import by_value
from ipprogram.ids._common import InvalidComponent, InvalidFormat, clean, passes

__all__ = ["TYPES", "LegalDocumentNumber", "compact", "format", "is_valid", "parse", "validate"]

#: Document types by their abbreviation (Decree 30/2020/NĐ-CP, Appendix III; Law 80/2015/QH13).
TYPES: Final = MappingProxyType(
    {
        "NQ": "Nghị quyết",
        "QĐ": "Quyết định",
        "NĐ": "Nghị định",
        "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch",
        "CT": "Chỉ thị",
        "QC": "Quy chế",
        "QyĐ": "Quy định",
        "TB": "Thông báo",
        "HD": "Hướng dẫn",
        "CTr": "Chương trình",
        "KH": "Kế hoạch",
        "PA": "Phương án",
        "ĐA": "Đề án",
        "DA": "Dự án",
        "BC": "Báo cáo",
        "BB": "Biên bản",
        "TTr": "Tờ trình",
        "HĐ": "Hợp đồng",
        "CĐ": "Công điện",
        "GM": "Giấy mời",
        "GUQ": "Giấy ủy quyền",
        "TC": "Thông cáo",
        "BGN": "Bản ghi nhớ",
        "BTT": "Bản thỏa thuận",
        "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép",
        "PG": "Phiếu gửi",
        "PC": "Phiếu chuyển",
        "PB": "Phiếu báo",
        "TCG": "Thư công",
        "L": "Lệnh",
    }
)
#: Spellings without Đ, or in capitals, that real text uses for the abbreviations.
_ALIASES: Final = {
    "QD": "QĐ",
    "ND": "NĐ",
    "HDND": "HĐND",
    "CTR": "CTr",
    "TTR": "TTr",
    "QYĐ": "QyĐ",
    "QYD": "QyĐ",
    "TTG": "TTg",
}
_SHAPE: Final = pattern(
    r"([0-9]{1,6})(?:/([0-9]{4}))?/([0-9A-Za-zĐđ&]+(?:-[0-9A-Za-zĐđ&]+)*)\Z", globals()
)
_FIRST_YEAR: Final = 1945
#: Punctuation that running text leaves after a number ("1068/QĐ-TTg, ngày ...").
_TRAILING: Final = ",.;:"


def _canonical_code(code: str) -> str:
    return _ALIASES.get(code.upper(), code if code in TYPES or code == "TTg" else code.upper())


@by_value
@attrs.frozen(eq=False)
class LegalDocumentNumber:
    """A parsed document number: its number, year, type abbreviation and issuer code.

    >>> str(LegalDocumentNumber(number=535, year=None, type_code="QĐ", issuer="UBND"))
    '535/QĐ-UBND'
    """

    number: int
    year: int | None
    type_code: str | None
    issuer: str

    @property
    def type_name(self) -> str | None:
        """The document type in words ("Quyết định"), if the symbol names one.

        >>> parse("06/2022/QH15").type_name is None
        True
        """
        return None if self.type_code is None else TYPES[self.type_code]

    @property
    def is_legal_normative(self) -> bool:
        """Whether the number carries a year, as legal normative documents do.

        >>> parse("40/2024/QĐ-UBND").is_legal_normative, parse("535/QĐ-UBND").is_legal_normative
        (True, False)
        """
        return self.year is not None

    def __str__(self) -> str:
        """The canonical written form: a 0 before numbers below 10 ("01/QĐ-SHTT").

        Decree 30/2020/NĐ-CP, Appendix I, part II.3.c: document numbers below 10 are
        written with a 0 before them, with or without a year.

        >>> str(parse("5/QĐ-UBND")), str(parse("01/QĐ-SHTT")), str(parse("535/QĐ-UBND"))
        ('05/QĐ-UBND', '01/QĐ-SHTT', '535/QĐ-UBND')
        """
        head = f"{self.number:02d}"
        year = f"/{self.year}" if self.year is not None else ""
        symbol = self.issuer if self.type_code is None else f"{self.type_code}-{self.issuer}"
        return f"{head}{year}/{symbol}"


def parse(number: str) -> LegalDocumentNumber:
    """Read a document number; raise :class:`InvalidNumber` if it is not one.

    >>> parse("1062/QĐ-TTg").issuer
    'TTg'

    Punctuation after the number is not part of it ("1068/QĐ-TTg,"), and the joint
    circulars of two bodies may write their symbol with a slash ("93/2006/TTLT/BTC-BKHCN",
    the same as "93/2006/TTLT-BTC-BKHCN").

    >>> str(parse("1068/QĐ-TTg,")), parse("93/2006/TTLT/BTC-BKHCN").issuer
    ('1068/QĐ-TTg', 'BTC-BKHCN')
    """
    text = clean(number).replace(" ", "").rstrip(_TRAILING)
    head, joint, issuers = text.partition("/TTLT/")  # "93/2006/TTLT/BTC-BKHCN"
    if joint:
        text = f"{head}/TTLT-{issuers}"
    match = _SHAPE.match(text)
    if match is None:
        raise InvalidFormat
    digits, year, symbol = match.groups()
    if year is not None and int(year) < _FIRST_YEAR:
        msg = f"the year {year} is before {_FIRST_YEAR}"
        raise InvalidComponent(msg)
    if int(digits) == 0:
        msg = "the number cannot be 0"
        raise InvalidComponent(msg)
    parts = [_canonical_code(part) for part in symbol.split("-")]
    type_code = parts[0] if len(parts) > 1 and parts[0] in TYPES else None
    issuer = "-".join(parts[1:] if type_code else parts)
    return LegalDocumentNumber(
        number=int(digits),
        year=None if year is None else int(year),
        type_code=type_code,
        issuer=issuer,
    )


def compact(number: str) -> str:
    """The canonical form: no spaces, "QĐ" not "QD".

    >>> compact("1618 / QD - UBND")
    '1618/QĐ-UBND'
    """
    return str(parse(number))


def validate(number: str) -> str:
    """Return the canonical form of a valid number, or raise :class:`InvalidNumber`.

    >>> validate("06/2022/QH15")
    '06/2022/QH15'
    """
    return compact(number)


def is_valid(number: str) -> bool:
    """Whether the text is a document number.

    >>> is_valid("560/QĐ-SHTT"), is_valid("5346 Đ-SHTT")
    (True, False)
    """
    return passes(parse, number)


def format(number: str) -> str:  # noqa: A001 - the stdnum name
    """Write the number as documents do ("số 535/QĐ-UBND" without "số").

    >>> format("535 / qđ - ubnd")
    '535/QĐ-UBND'
    """
    return compact(number)
