"""Where a record comes from and the documents it cites.

>>> import datetime as dt
>>> from ipprogram import DocumentRef
>>> DocumentRef(number="535/QĐ-UBND", date=dt.date(2021, 2, 25)).number
'535/QĐ-UBND'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ipprogram import ids
from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_number, record, rule
from ipprogram.model.parties import Organization, Person, Position

__all__ = ["DocumentRef", "Erratum", "Photo", "Source"]

_URL_SCHEMES = ("https://", "http://")
#: A BCP 47 language tag (RFC 5646), ASCII letters and digits only: "vi", "en", "en-GB".
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")


def _check_url(url: str | None) -> Iterator[ErrorDetail]:
    if url is not None and (not url.startswith(_URL_SCHEMES) or any(c.isspace() for c in url)):
        yield ErrorDetail(("url",), "invalid_choice", value=url, allowed="an http(s) URL")


@record
class DocumentRef:
    """A reference to a legal or administrative document.

    ``number`` is the document's number and symbol as written on it ("số và ký hiệu",
    Decree 30/2020/NĐ-CP, Appendix I, part II.3): "535/QĐ-UBND", "30/2020/NĐ-CP". It is
    kept as written and checked by :mod:`ipprogram.ids.legal_document`, unless
    ``as_printed`` says it is kept exactly as a source prints it, malformed ("5346
    Đ-SHTT"); ``reading`` is then the number it stands for ("5346/QĐ-SHTT"), when known.
    ``issuer`` is the issuing body, ``co_issuers`` the others of a joint document (a
    joint circular of two ministries), ``signed_by`` the position that signs it when a
    source names that instead ("Chủ tịch UBND tỉnh"). A decision a source knows only by
    its issuer has no ``number``.

    >>> DocumentRef(
    ...     number="1062/QĐ-TTg", title="Phê duyệt Chương trình phát triển tài sản trí tuệ"
    ... ).title
    'Phê duyệt Chương trình phát triển tài sản trí tuệ'
    """

    number: str | None = None
    date: dt.date | None = None
    issuer: Organization | None = None
    title: str | None = None
    as_printed: bool = False
    reading: str | None = None
    co_issuers: tuple[Organization, ...] = ()
    signed_by: Position | None = None

    @rule
    def _named(self) -> Iterator[ErrorDetail]:
        if self.number is None and self.issuer is None and self.title is None:
            yield ErrorDetail(
                (),
                "inconsistent",
                detail="a document is known by its number, its issuer or its title",
                detail_vi="văn bản phải có số, cơ quan ban hành hoặc trích yếu",
            )

    @rule
    def _number(self) -> Iterator[ErrorDetail]:
        if not self.as_printed:
            yield from check_number(
                "number", self.number, ids.legal_document, "document number", "số văn bản"
            )
        yield from check_number(
            "reading", self.reading, ids.legal_document, "document number", "số văn bản"
        )


@record
class Erratum:
    """A slip in the source, kept with what was meant ("triến khai" for "triển khai").

    >>> Erratum(written="nhằm nhằm", meant="nhằm").meant
    'nhằm'
    """

    written: str
    meant: str
    note: str | None = None


@record
class Photo:
    """A photograph published with a record, with its caption and credit ("Ảnh: Minh Anh").

    >>> Photo(caption="Quang cảnh hội nghị", file_name="IMG_0908.JPG").file_name
    'IMG_0908.JPG'
    """

    caption: str
    file_name: str | None = None
    url: str | None = None
    credit: str | None = None

    @rule
    def _url(self) -> Iterator[ErrorDetail]:
        yield from _check_url(self.url)


@record
class Source:
    """Where a record's facts come from: a page, a report, a decision.

    ``language`` is the page's language as a BCP 47 tag (RFC 5646: "vi", "en"): a
    conference may be reported in both. ``dateline`` is the date and time line as the
    page prints it ("Th 5, 14/03/2024 | 08:15 SA"), read by
    :func:`ipprogram.vi.read_date` into ``published``; a page with two dates (a stale
    header and the byline) keeps both as claims of the record. ``copied_from`` is the
    outlet the page copies ("Nguồn tin: Báo Lạng Sơn").

    >>> Source(
    ...     title="Tổng kết chương trình", authors=(Person(full_name="Nguyễn Ngọc Hưng"),)
    ... ).authors[0].full_name
    'Nguyễn Ngọc Hưng'
    >>> Source(url="www.example.org")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.url: 'www.example.org' is not one of an http(s) URL [invalid_choice]
    """

    title: str | None = None
    url: str | None = None
    publisher: Organization | None = None
    authors: tuple[Person, ...] = ()
    published: dt.date | None = None
    errata: tuple[Erratum, ...] = ()
    language: str | None = None
    dateline: str | None = None
    copied_from: Source | None = None

    @rule
    def _url(self) -> Iterator[ErrorDetail]:
        yield from _check_url(self.url)

    @rule
    def _language(self) -> Iterator[ErrorDetail]:
        if self.language is not None and not _LANGUAGE.fullmatch(self.language):
            yield ErrorDetail(
                ("language",),
                "invalid_choice",
                value=self.language,
                allowed="a BCP 47 language tag such as 'vi' or 'en'",
            )
