"""Where a record comes from and the documents it cites.

>>> import datetime as dt
>>> from ipprogram import DocumentRef
>>> DocumentRef(number="535/QĐ-UBND", date=dt.date(2021, 2, 25)).number
'535/QĐ-UBND'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ipprogram import ids
from ipprogram._lazy import pattern
from ipprogram.errors import ErrorDetail, fail
from ipprogram.model._base import check_number, record, rule
from ipprogram.model.dates import PartialDate
from ipprogram.model.parties import Organization, Person, Position
from ipprogram.model.shape import ScalarSpec, register_scalar

__all__ = ["DocumentRef", "Erratum", "Photo", "Source"]

_URL_SCHEMES = ("https://", "http://")
#: A BCP 47 language tag (RFC 5646), ASCII letters and digits only: "vi", "en", "en-GB".
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")


def _check_url(url: str | None) -> Iterable[ErrorDetail]:
    if url is None or (url.startswith(_URL_SCHEMES) and not any(c.isspace() for c in url)):
        return ()
    return (
        ErrorDetail(
            ("url",),
            "invalid_choice",
            value=url,
            allowed="an http(s) URL",
            allowed_vi="một địa chỉ http(s)",
        ),
    )


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
    date: dt.date | PartialDate | None = None
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
    def _url(self) -> Iterable[ErrorDetail]:
        return _check_url(self.url)


_TIME = pattern(r"([0-9]{2}):([0-9]{2})", globals(), re.ASCII)
_HOURS = 24
_MINUTES = 60


def _parse_time(text: str) -> dt.time:
    """Read a time of day to the minute, ``HH:MM``."""
    match = _TIME.fullmatch(text)
    if match is None or int(match[1]) >= _HOURS or int(match[2]) >= _MINUTES:
        fail(
            ErrorDetail(
                (),
                "invalid_choice",
                value=text,
                allowed="a time of day HH:MM, from 00:00 to 23:59",
                allowed_vi="giờ trong ngày dạng HH:MM, từ 00:00 đến 23:59",
            )
        )
    return dt.time(int(match[1]), int(match[2]))


register_scalar(
    ScalarSpec(
        cls=dt.time,
        parse=_parse_time,
        write=lambda value: f"{value.hour:02d}:{value.minute:02d}",
        pattern=r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$",
        description="a time of day to the minute, HH:MM, as the page prints it (local time)",
    )
)


@record
class Source:
    """Where a record's facts come from: a page, a report, a decision.

    ``language`` is the page's language as a BCP 47 tag (RFC 5646: "vi", "en"): a
    conference may be reported in both. ``dateline`` is the date and time line as the
    page prints it ("Th 5, 14/03/2024 | 08:15 SA"), read by
    :func:`ipprogram.vi.read_date` into ``published``; a page with two dates (a stale
    header and the byline) keeps both as claims of the record. ``copied_from`` is the
    outlet the page copies ("Nguồn tin: Báo Lạng Sơn"). ``published_time`` is the time
    of day the page gives with ``published`` (08:15 for "08:15 SA"), to the minute and
    in local time as printed: pages give no time zone, and none is made up.

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
    published: dt.date | PartialDate | None = None
    errata: tuple[Erratum, ...] = ()
    language: str | None = None
    dateline: str | None = None
    copied_from: Source | None = None
    published_time: dt.time | None = None

    @rule
    def _url(self) -> Iterable[ErrorDetail]:
        return _check_url(self.url)

    @rule
    def _time(self) -> Iterator[ErrorDetail]:
        time = self.published_time
        if time is None:
            return
        if self.published is None:
            yield ErrorDetail(
                ("published_time",),
                "inconsistent",
                detail="a time of publication goes with its date",
                detail_vi="giờ đăng phải đi cùng ngày đăng",
            )
        if time.second or time.microsecond or time.tzinfo is not None:
            yield ErrorDetail(
                ("published_time",),
                "inconsistent",
                detail="a page's time is to the minute, without a time zone",
                detail_vi="giờ đăng chỉ ghi đến phút, không kèm múi giờ",
            )

    @rule
    def _language(self) -> Iterator[ErrorDetail]:
        if self.language is not None and not _LANGUAGE.fullmatch(self.language):
            yield ErrorDetail(
                ("language",),
                "invalid_choice",
                value=self.language,
                allowed="a BCP 47 language tag such as 'vi' or 'en'",
                allowed_vi="một mã ngôn ngữ BCP 47 như 'vi' hoặc 'en'",
            )
