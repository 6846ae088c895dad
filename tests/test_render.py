"""The dateline-and-title block of documents and events (Decree 30/2020/NĐ-CP, App. I)."""

from __future__ import annotations

import datetime as dt

import pytest

import ipprogram as ip
from ipprogram.examples import langson_2020
from ipprogram.render import heading

PROVINCE = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE)
UBND = ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", locality=PROVINCE)


def test_event_heading() -> None:
    """Dateline, then the title in capitals; without a place, the date alone."""
    event = langson_2020()
    assert heading(event).splitlines() == [
        "Lạng Sơn, ngày 02 tháng 12 năm 2020",
        (
            "HỘI NGHỊ TỔNG KẾT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ TỈNH LẠNG SƠN"
            " GIAI ĐOẠN 2016 – 2020"
        ),
    ]
    placeless = ip.replace(event, locality=None, date=dt.date(2021, 2, 5))
    assert heading(placeless).splitlines()[0] == "Ngày 05 tháng 02 năm 2021"


@pytest.mark.parametrize(
    ("document", "lines"),
    [
        (
            ip.DocumentRef(
                number="535/QĐ-UBND",
                date=dt.date(2021, 4, 8),
                issuer=UBND,
                title="Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
            ),
            [
                "Số: 535/QĐ-UBND",
                "Lạng Sơn, ngày 08 tháng 4 năm 2021",
                "QUYẾT ĐỊNH",
                "Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
            ],
        ),
        (
            ip.DocumentRef(number="30/2020/NĐ-CP", date=dt.date(2020, 3, 5)),
            ["Số: 30/2020/NĐ-CP", "Ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH"],
        ),
        (ip.DocumentRef(number="1618 / QD - UBND"), ["Số: 1618/QĐ-UBND", "QUYẾT ĐỊNH"]),
        (
            ip.DocumentRef(number="123/UBND-KT", title="V/v báo cáo"),
            ["Số: 123/UBND-KT", "V/v báo cáo"],
        ),
    ],
)
def test_document_heading(document: ip.DocumentRef, lines: list[str]) -> None:
    """Number, place and date, type in capitals, summary; absent parts left out."""
    assert heading(document).splitlines() == lines


def test_heading_refuses_other_objects() -> None:
    """Only events and documents have headings."""
    with pytest.raises(TypeError, match="takes an Event or a DocumentRef, not Person"):
        heading(ip.Person(full_name="Đoàn Thu Hà"))  # type: ignore[arg-type]
