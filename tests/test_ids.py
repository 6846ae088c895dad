"""Viet Nam's IP numbers and legal-document numbers, on real and malformed examples."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.ids import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    InvalidNumber,
    gi_application,
    gi_certificate,
    legal_document,
    mark_application,
    mark_certificate,
)
from ipprogram.ids._common import clean, clean_steps
from tests.strategies import (
    document_numbers,
    gi_applications,
    gi_certificates,
    mark_applications,
    mark_certificates,
)

MODULES = {
    mark_application: mark_applications,
    mark_certificate: mark_certificates,
    gi_application: gi_applications,
    gi_certificate: gi_certificates,
    legal_document: document_numbers,
}


@pytest.mark.parametrize(
    ("module", "text", "canonical"),
    [
        (mark_certificate, "4-0306822-000", "4-0306822-000"),  # Quýt Tràng Định
        (mark_certificate, "số 286000", "4-0286000-000"),
        (mark_certificate, "4 – 0306822 – 000", "4-0306822-000"),
        (gi_certificate, "00140", "00140"),  # Na Lạng Sơn
        (gi_certificate, "số 140", "00140"),
        (mark_application, "4-2017-12345", "4-2017-12345"),
        (mark_application, "4 2017 12345", "4-2017-12345"),
        (gi_application, "6-2023-00012", "6-2023-00012"),
        (legal_document, "560/QĐ-SHTT", "560/QĐ-SHTT"),
        (legal_document, "535/QĐ-UBND", "535/QĐ-UBND"),
        (legal_document, "1062/QĐ-TTg", "1062/QĐ-TTg"),
        (legal_document, "30/2020/NĐ-CP", "30/2020/NĐ-CP"),
        (legal_document, "06/2022/QH15", "06/2022/QH15"),
        (legal_document, "1618 / QĐ - UBND", "1618/QĐ-UBND"),
        (legal_document, "1618/QD-UBND", "1618/QĐ-UBND"),
        (legal_document, "1062/qđ-ttg", "1062/QĐ-TTg"),
    ],
)
def test_real_numbers(module: object, text: str, canonical: str) -> None:
    """Numbers from the sources validate to their canonical form."""
    assert module.validate(text) == canonical  # type: ignore[attr-defined]
    assert module.is_valid(text)  # type: ignore[attr-defined]
    assert module.format(text) == canonical  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("module", "text", "error"),
    [
        (legal_document, "5346 Đ-SHTT", InvalidFormat),
        (legal_document, "535/QĐ-", InvalidFormat),
        (legal_document, "0/QĐ-UBND", InvalidComponent),
        (legal_document, "12/1900/NĐ-CP", InvalidComponent),
        (mark_certificate, "4-0306822-001", InvalidComponent),
        (mark_certificate, "12345678", InvalidLength),
        (mark_certificate, "4-03068-000", InvalidFormat),
        (mark_certificate, "0", InvalidComponent),
        (gi_certificate, "001400", InvalidLength),
        (gi_certificate, "00000", InvalidComponent),
        (gi_certificate, "CDĐL 140", InvalidFormat),
        (mark_application, "6-2017-12345", InvalidComponent),
        (mark_application, "4-1899-12345", InvalidComponent),
        (mark_application, "4-17-12345", InvalidFormat),
        (gi_application, "4-2023-00012", InvalidComponent),
    ],
)
def test_malformed_numbers(module: object, text: str, error: type[InvalidNumber]) -> None:
    """Malformed numbers raise the matching error, which is a ValueError."""
    with pytest.raises(error):
        module.validate(text)  # type: ignore[attr-defined]
    assert not module.is_valid(text)  # type: ignore[attr-defined]
    assert issubclass(error, ValueError)


@pytest.mark.parametrize("module", list(MODULES), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@given(data=st.data())
def test_validate_of_format_is_compact(module: object, data: st.DataObject) -> None:
    """validate(format(x)) == compact(x) for every valid number."""
    number = data.draw(MODULES[module])  # type: ignore[index]
    assert module.validate(module.format(number)) == module.compact(number)  # type: ignore[attr-defined]


def test_document_number_parts() -> None:
    """A document number exposes its number, year, type and issuer."""
    parsed = legal_document.parse("40/2024/QĐ-UBND")
    assert (parsed.number, parsed.year, parsed.type_code, parsed.issuer) == (40, 2024, "QĐ", "UBND")
    assert parsed.type_name == "Quyết định"
    assert parsed.is_legal_normative
    law = legal_document.parse("50/2005/QH11")
    assert (law.type_code, law.issuer, law.type_name) == (None, "QH11", None)
    assert legal_document.parse("30/2020/NĐ-CP").type_name == "Nghị định"


@pytest.mark.parametrize(
    ("label", "member"),
    [
        ("Nhãn hiệu tập thể", ip.MarkKind.COLLECTIVE),
        ("NHÃN HIỆU TẬP THỂ", ip.MarkKind.COLLECTIVE),
        ("nhãn hiêụ tập thể", ip.MarkKind.COLLECTIVE),
        ("nhãn hiệu chứng nhận", ip.MarkKind.CERTIFICATION),
        ("Nhãn  hiệu   chứng nhận ", ip.MarkKind.CERTIFICATION),
    ],
)
def test_mark_kinds_from_vietnamese(label: str, member: ip.MarkKind) -> None:
    """Vietnamese terms find their kind in any case, spacing and tone placement."""
    assert ip.MarkKind.from_label(label) is member
    assert member.inid == "551"
    assert member in ip.MarkKind.with_inid("551")


def test_tone_placement_in_other_vocabularies() -> None:
    """Both tone placements of "Thủy sản" find it; status words read both ways."""
    assert ip.ProductCategory.from_label("Thuỷ sản") is ip.ProductCategory.AQUATIC
    for status in ip.OfficeStatus:
        assert ip.OfficeStatus.from_label(status.label.lower()) is status
    assert ip.OfficeStatus.from_label("cấp bằng") is ip.OfficeStatus.GRANTED
    assert ip.MarkKind.with_inid("999") == ()


def test_st13() -> None:
    """A mark application number becomes VN, 50, the year and a nine-digit serial."""
    assert mark_application.to_st13("4-2017-12345") == "VN502017000012345"
    assert len(mark_application.to_st13("4-2024-00001")) == 17


def test_records_with_malformed_numbers_fail_located() -> None:
    """Marks, GIs and document references check their numbers, each at its path."""
    data = ip.to_dict(ip.examples.langson_2020())
    data["reviews"][0]["marks"] = [
        {
            "name": "Quýt Tràng Định",
            "kind": "collective",
            "owner": {"name": "Hội Làm vườn huyện Tràng Định"},
            "certificate_number": "4-0306822-001",
        }
    ]
    data["awards"][0]["decision"] = {"number": "5346 Đ-SHTT"}
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Event, data)
    assert [(d.path, d.code) for d in caught.value.errors] == [
        ("$.reviews[0].marks[0].certificate_number", "invalid_identifier"),
        ("$.awards[0].decision.number", "invalid_identifier"),
    ]


@pytest.mark.parametrize(
    ("number", "type_name"),
    [
        ("12/BGN-UBND", "Bản ghi nhớ"),
        ("3/TC-UBND", "Thông cáo"),
        ("7/BTT-UBND", "Bản thỏa thuận"),
        ("15/GGT-VP", "Giấy giới thiệu"),
        ("2/GNP-VP", "Giấy nghỉ phép"),
        ("40/PG-VP", "Phiếu gửi"),
        ("41/PC-VP", "Phiếu chuyển"),
        ("42/PB-VP", "Phiếu báo"),
        ("5/TCG-UBND", "Thư công"),
    ],
)
def test_the_types_of_appendix_iii(number: str, type_name: str) -> None:
    """Decree 30/2020/NĐ-CP, Appendix III: every type abbreviation names its type."""
    assert legal_document.parse(number).type_name == type_name


@given(
    number=st.one_of(
        st.text(alphabet="0123456789-", min_size=1, max_size=20),
        st.text(alphabet="0123456789- /–số", max_size=20),
    )
)
def test_clean_skips_only_steps_that_change_nothing(number: str) -> None:
    """Cleaning digits and hyphens at once gives what the steps give, on any text."""
    assert clean(number) == clean_steps(number)


_STORED_FORMS = [mark_application, mark_certificate, gi_application, gi_certificate]


@pytest.mark.parametrize("module", _STORED_FORMS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
@given(data=st.data())
def test_a_number_in_its_stored_form_is_valid_as_it_is(module: Any, data: st.DataObject) -> None:
    """What ``validate`` takes without compacting is what compacting leaves unchanged.

    Drawn from the stored form itself and from near it (digits and hyphens, the real
    forms with a digit changed), ``validate`` answers as ``compact`` does.
    """
    number = data.draw(
        st.one_of(
            st.from_regex(module._STORED, fullmatch=True),
            st.text(alphabet="0123456789-", max_size=14),
            MODULES[module]
            .map(module.compact)
            .flatmap(
                lambda n: st.integers(0, len(n) - 1).map(
                    lambda i: n[:i] + ("0" if n[i] != "0" else "1") + n[i + 1 :]
                )
            ),
        )
    )
    try:
        expected: object = module.compact(number)
    except InvalidNumber as error:
        expected = type(error)
    try:
        found: object = module.validate(number)
    except InvalidNumber as error:
        found = type(error)
    assert found == expected
    if module._STORED.fullmatch(number):
        assert expected == number
