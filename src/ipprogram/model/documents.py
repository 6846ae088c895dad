"""Where a record comes from and the documents it cites.

>>> import datetime as dt
>>> from ipprogram import DocumentRef
>>> DocumentRef(number="535/QĐ-UBND", date=dt.date(2021, 2, 25)).number
'535/QĐ-UBND'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ipprogram import ids
from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_number, record, rule
from ipprogram.model.parties import Organization, Person

__all__ = ["DocumentRef", "Erratum", "Photo", "Source"]

_URL_SCHEMES = ("https://", "http://")


def _check_url(url: str | None) -> Iterator[ErrorDetail]:
    if url is not None and (not url.startswith(_URL_SCHEMES) or any(c.isspace() for c in url)):
        yield ErrorDetail(("url",), "invalid_choice", value=url, allowed="an http(s) URL")


@record
class DocumentRef:
    """A reference to a legal or administrative document.

    ``number`` is the document's number and symbol as written on it ("số và ký hiệu",
    Decree 30/2020/NĐ-CP, Appendix I, part II.3): "535/QĐ-UBND", "30/2020/NĐ-CP". It is
    kept as written and checked by :mod:`ipprogram.ids.legal_document`.

    >>> DocumentRef(
    ...     number="1062/QĐ-TTg", title="Phê duyệt Chương trình phát triển tài sản trí tuệ"
    ... ).title
    'Phê duyệt Chương trình phát triển tài sản trí tuệ'
    """

    number: str
    date: dt.date | None = None
    issuer: Organization | None = None
    title: str | None = None

    @rule
    def _number(self) -> Iterator[ErrorDetail]:
        yield from check_number(
            "number", self.number, ids.legal_document, "document number", "số văn bản"
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
    """A photograph published with a record, with its caption.

    >>> Photo(caption="Quang cảnh hội nghị", file_name="IMG_0908.JPG").file_name
    'IMG_0908.JPG'
    """

    caption: str
    file_name: str | None = None
    url: str | None = None

    @rule
    def _url(self) -> Iterator[ErrorDetail]:
        yield from _check_url(self.url)


@record
class Source:
    """Where a record's facts come from: a page, a report, a decision.

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

    @rule
    def _url(self) -> Iterator[ErrorDetail]:
        yield from _check_url(self.url)
