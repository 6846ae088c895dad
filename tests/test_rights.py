"""The IP life of a product as provinces report it: decisions, handovers, licences, prizes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import ipprogram as ip
from ipprogram import examples
from ipprogram.render import heading
from ipprogram.render.phrases import _EVENT_NOUN

IP_OFFICE = ip.Organization(name="Cục Sở hữu trí tuệ")
DISTRICT_COMMITTEE = ip.Organization(name="Ủy ban nhân dân huyện Văn Yên")
CHAIRMAN = ip.Position(
    title="Chủ tịch", organization=ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn")
)


def problems(cls: type, data: object) -> list[tuple[str, str]]:
    """Load ``data`` as ``cls``; the (path, code) of every problem reported."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(cls, data)
    return [(detail.path, detail.code) for detail in caught.value.errors]


def test_a_mark_has_its_grant_decision_grantor_and_one_certificate_number() -> None:
    """34713/QĐ-SHTT of 13/6/2016; "306822" and "4-0306822-000" are the same title."""
    mark = ip.Trademark(
        name="Quýt Tràng Định",
        kind=ip.MarkKind.COLLECTIVE,
        certificate_number="306822",
        grantor=IP_OFFICE,
        decision=ip.DocumentRef(number="34713/QĐ-SHTT", date=dt.date(2016, 6, 13)),
    )
    assert mark.certificate == "4-0306822-000"
    assert mark.certificate_number == "306822"  # as printed
    assert ip.render(mark) == (
        "Nhãn hiệu tập thể “Quýt Tràng Định”, số 306822, do Cục Sở hữu trí tuệ cấp theo"
        " Quyết định số 34713/QĐ-SHTT ngày 13/6/2016"
    )


# Licences.


def test_a_licence_counts_or_names_its_licensees() -> None:
    """Licensees are counted ("15 hộ") or named; the named may not outnumber the count."""
    licence = ip.Licence(
        licensor=ip.Organization(name="Hội Nông dân huyện Bảo Thắng"),
        licensee_count=ip.vi.parse_quantity("15 hộ"),
        round="đợt 1",
        date=dt.date(2015, 5, 13),
    )
    assert ip.render(licence) == "Quyền sử dụng cho 15 hộ (đợt 1)"
    named = {"licensees": [{"type": "organization", "name": f"HTX {i}"} for i in range(3)]}
    assert problems(ip.Licence, {**named, "licensee_count": {"value": 2}}) == [
        ("$.licensees", "inconsistent")
    ]
    hedged = {**named, "licensee_count": {"value": 2, "qualifier": "more_than"}}
    assert len(ip.from_dict(ip.Licence, hedged).licensees) == 3  # "trên 2": 3 may be named
    assert problems(ip.Licence, {"licensee_count": {"value": 2.5}}) == [
        ("$.licensee_count", "inconsistent")
    ]


def test_a_gi_licence_in_the_built_in_records() -> None:
    """The Tân Cương GI is licensed to 45 organisations and individuals, none named."""
    (licence,) = examples.tan_cuong_tea().licences
    assert licence.licensee_count is not None
    assert (licence.licensee_count.value, licence.licensee_count.unit) == (45, "tổ chức, cá nhân")
    assert licence.licensees == ()


# Protection abroad.


def test_protection_abroad_is_one_jurisdiction_among_several() -> None:
    """Star anise of Lạng Sơn: in Viet Nam, and in the EU under the EVFTA from 1/8/2020."""
    gi = examples.star_anise_lang_son()
    (eu,) = gi.abroad
    assert (eu.jurisdiction, eu.basis, eu.grant_date) == (
        "EU",
        ip.ProtectionBasis.EVFTA,
        dt.date(2020, 8, 1),
    )
    assert "được bảo hộ tại Liên minh châu Âu (EU) theo Hiệp định EVFTA từ 1/8/2020" in (
        ip.render(gi)
    )
    assert ip.to_jsonld(gi)["ipp:protectedAbroad"][0]["ipp:jurisdiction"] == "EU"


def test_a_mark_registered_in_batches_abroad() -> None:
    """Several countries, in batches over years; a grant before its filing is an error."""
    batches = tuple(
        ip.ForeignProtection(
            jurisdiction=code,
            basis=ip.ProtectionBasis.MADRID,
            filing_date=dt.date(2019, 3, 1),
            batch=batch,
        )
        for code, batch in (("CN", "đợt 1"), ("JP", "đợt 1"), ("US", "đợt 2"))
    )
    mark = ip.Trademark(name="Vải thiều Thanh Hà", abroad=batches)
    assert ip.from_json(ip.Trademark, ip.to_json(mark)) == mark
    bad = {"jurisdiction": "JP", "filing_date": "2020-01-02", "grant_date": "2019-12-31"}
    assert problems(ip.ForeignProtection, bad) == [("$.grant_date", "date_order")]
    assert problems(ip.ForeignProtection, {"jurisdiction": "Japan"}) == [
        ("$.jurisdiction", "invalid_choice")
    ]


# Events that announce, hand over or receive titles.


def test_an_announcement_ceremony() -> None:
    """Quản Bạ: an announcement, dated "Mới đây", of the 56th GI of the country."""
    event = examples.quan_ba_announcement()
    assert event.kind is ip.EventKind.ANNOUNCEMENT
    assert event.date is None
    ((gi,),) = [h.rights for h in event.handovers]
    assert isinstance(gi, ip.GeographicalIndication)
    assert [o.rank for o in gi.ordinals] == [56, 3]
    assert "Tại buổi lễ, công bố chỉ dẫn địa lý “Quản Bạ”." in ip.render(event)


def test_handovers_say_who_hands_what_to_whom() -> None:
    """IP Viet Nam hands a decision to a district People's Committee, which receives it."""
    decision = ip.DocumentRef(number="01/QĐ-SHTT", date=dt.date(2010, 1, 7))
    handed = ip.Handover(
        action=ip.HandoverAction.HANDED_OVER,
        decisions=(decision,),
        by=IP_OFFICE,
        to=DISTRICT_COMMITTEE,
    )
    received = ip.replace(handed, action=ip.HandoverAction.RECEIVED)
    assert ip.render(handed).startswith("Cục Sở hữu trí tuệ trao Quyết định số")
    assert ip.render(handed).endswith("cho Ủy ban nhân dân huyện Văn Yên")
    assert ip.render(received).startswith("Ủy ban nhân dân huyện Văn Yên đón nhận Quyết định")
    assert ip.render(received).endswith("từ Cục Sở hữu trí tuệ")
    assert problems(ip.Handover, {"action": "handed_over"}) == [("$", "inconsistent")]


def test_one_event_with_two_purposes_and_an_acceptance_rating() -> None:
    """A summary conference that is also an announcement is one event; nghiệm thu "Khá"."""
    event = ip.Event(
        kind=ip.EventKind.SUMMARY_CONFERENCE,
        other_kinds=(ip.EventKind.ANNOUNCEMENT,),
        date=dt.date(2023, 9, 13),
    )
    assert "hội nghị tổng kết kết hợp lễ công bố" in ip.render(event)
    acceptance = ip.Event(kind=ip.EventKind.ACCEPTANCE, date=dt.date(2023, 9, 13), rating="Khá")
    assert "Kết quả: Khá." in ip.render(acceptance)
    twice = {"kind": "conference", "other_kinds": ["announcement", "conference"]}
    assert problems(ip.Event, twice) == [("$.other_kinds[1]", "duplicate")]


@pytest.mark.parametrize("kind", list(ip.EventKind), ids=str)
def test_every_kind_of_event_has_a_noun(kind: ip.EventKind) -> None:
    """Running text names every kind of event once it is introduced ("tại buổi lễ")."""
    assert _EVENT_NOUN[kind]


# Prizes and contests; awards not counted.


def test_prizes_of_a_contest() -> None:
    """Giải Nhất, Nhì, Ba with the amount of each, given by the organising committee."""
    committee = ip.Organization(name="Ban tổ chức")
    prizes = (
        ip.Prize(rank=ip.PrizeRank.FIRST, count=1, amount=ip.vi.parse_quantity("3 triệu đồng")),
        ip.Prize(rank=ip.PrizeRank.SECOND, count=2, amount=ip.vi.parse_quantity("2 triệu đồng")),
        ip.Prize(rank=ip.PrizeRank.CONSOLATION, count=5),
    )
    award = ip.Award(
        form=ip.AwardForm.PRIZE,
        awarding_body=committee,
        unnamed="các cá nhân đạt giải",
        prizes=prizes,
        stated_prize_count=8,
    )
    assert award.total is None
    text = ip.render(award)
    assert text.startswith("các cá nhân đạt giải được nhận Giải thưởng của Ban tổ chức, gồm")
    assert "01 giải Nhất, mỗi giải 3 triệu đồng" in text
    assert text.endswith("(tổng cộng 08 giải)")
    data = ip.to_dict(award)
    data["stated_prize_count"] = 9
    assert problems(ip.Award, data) == [("$.prizes", "tally_sum")]
    not_money = {"rank": "first", "amount": {"value": 500, "unit": "ngàn"}}
    assert problems(ip.Prize, not_money) == [("$.amount.unit", "inconsistent")]


def test_recipients_not_counted_are_not_zero() -> None:
    """Recipients written "các tập thể và cá nhân" are neither 0 nor left without a subject."""
    counted_not = ip.Award(form=ip.AwardForm.CERTIFICATE_OF_MERIT, conferred_by=CHAIRMAN)
    assert counted_not.total is None
    assert (
        ip.render(counted_not) == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn được trao"
    )
    written = ip.replace(counted_not, unnamed="các tập thể và cá nhân")
    assert ip.render(written).startswith("các tập thể và cá nhân được nhận Bằng khen")
    assert ip.examples.langson_2020().awards[0].total == 10


NEW_RECORDS: list[Callable[[], object]] = [
    examples.bac_kan_licences_2015,
    examples.quan_ba_announcement,
    examples.star_anise_lang_son,
    examples.tan_cuong_tea,
    examples.tan_cuong_training_2025,
]


@pytest.mark.parametrize("build", NEW_RECORDS, ids=lambda build: build.__name__)
def test_built_in_records_round_trip(build: Callable[[], object]) -> None:
    """Each validates, reads back equal, and writes the same bytes again."""
    record = build()
    text = ip.to_json(record)
    assert ip.from_json(type(record), text) == record
    assert ip.to_json(ip.from_json(type(record), text)) == text
    assert "None" not in ip.render(record)


# Product figures, GI specifications, programme documents.


def test_product_figures_with_their_hedges_years_and_roles() -> None:
    """Area, profit per ha per year, a forecast and export markets, as reports write them."""
    quantity = ip.vi.parse_quantity
    product = ip.Product(
        name="Cam sành Hàm Yên",
        group=ip.ProductGroup.FRESH,
        figures=(
            ip.ProductFigure(
                measure=ip.FigureMeasure.AREA,
                quantity=quantity("gần 5.000 ha"),
                period=ip.Period.years(2020, 2020),
            ),
            ip.ProductFigure(
                measure=ip.FigureMeasure.PROFIT,
                quantity=quantity("250 – 350 triệu đồng/ha/năm"),
            ),
            ip.ProductFigure(
                measure=ip.FigureMeasure.AREA,
                quantity=quantity("khoảng 12.000 ha"),
                role=ip.IndicatorRole.FORECAST,
            ),
        ),
        markets=("Trung Quốc", "Tây Âu"),
        area_codes=("VN-TQHY-0012",),
    )
    area, profit, forecast = product.figures
    assert area.quantity.bounds().high == 5000  # "gần" is at most, not about
    assert ip.render(area) == "diện tích gần 5.000 ha (năm 2020)"
    assert ip.render(profit) == "lợi nhuận 250 – 350 triệu đồng/ha/năm"
    assert ip.render(forecast) == "dự kiến diện tích khoảng 12.000 ha"
    assert ip.from_json(ip.Product, ip.to_json(product)) == product
    bad = {"measure": "profit", "quantity": {"value": 3, "unit": "ha"}}
    assert problems(ip.ProductFigure, bad) == [("$.quantity.unit", "inconsistent")]


def test_a_gi_product_specification() -> None:
    """The species by its scientific name, and quality thresholds with their units."""
    gi = ip.GeographicalIndication(
        name="Lạng Sơn",
        products=(ip.Product(name="Hoa hồi"),),
        species="Illicium verum",
        thresholds=(
            ip.QualityThreshold(
                property="hàm lượng tinh dầu",
                quantity=ip.Quantity(value=8, qualifier=ip.Qualifier.AT_LEAST, unit="%"),
            ),
        ),
    )
    node = ip.to_jsonld(gi)
    assert node["ipp:species"] == "Illicium verum"
    assert node["ipp:qualityThreshold"][0]["name"] == "hàm lượng tinh dầu"


def test_programme_documents_duties_and_rights_supported() -> None:
    """A CTr programme, its Tờ trình, who does what, and the kinds of right it supports."""
    department = ip.Organization(name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn")
    programme = ip.Programme(
        kind=ip.ProgrammeKind.PROGRAMME,
        name="Chương trình phát triển tài sản trí tuệ",
        document=ip.DocumentRef(number="01/CTr-UBND"),
        proposal=ip.DocumentRef(number="12/TTr-SKHCN"),
        duties=(ip.Duty(agency=department, task="chủ trì thực hiện"),),
        supports=(ip.ProtectionKind.INVENTION, ip.ProtectionKind.GEOGRAPHICAL_INDICATION),
    )
    report = ip.render(programme)
    assert "- Văn bản: Chương trình số 01/CTr-UBND" in report  # Decree 30: 0 before 1-9
    assert "- Đề xuất: Tờ trình số 12/TTr-SKHCN" in report
    assert "- Hỗ trợ: sáng chế và chỉ dẫn địa lý" in report
    assert "- Sở Khoa học và Công nghệ tỉnh Lạng Sơn: chủ trì thực hiện" in report
    twice = ip.to_dict(programme)
    twice["supports"] = ["invention", "invention"]
    assert problems(ip.Programme, twice) == [("$.supports[1]", "duplicate")]


def test_a_decision_known_only_by_its_issuer() -> None:
    """A page may name a decision's issuer and no number; a document names something."""
    decision = ip.DocumentRef(issuer=IP_OFFICE)
    mark = ip.Trademark(name="Hồng vành khuyên Văn Lãng", decision=decision)
    assert ip.render(mark).endswith("được cấp theo văn bản của Cục Sở hữu trí tuệ")
    assert problems(ip.DocumentRef, {}) == [("$", "inconsistent")]


def test_a_number_kept_as_printed_heads_a_document() -> None:
    """The heading cites the reading of a number kept as printed, or the number as printed."""
    with_reading = ip.DocumentRef(number="5346 Đ-SHTT", as_printed=True, reading="5346/QĐ-SHTT")
    assert heading(with_reading).splitlines() == ["Số: 5346/QĐ-SHTT", "QUYẾT ĐỊNH"]
    without = ip.DocumentRef(number="5346 Đ-SHTT", as_printed=True)
    assert heading(without).splitlines() == ["Số: 5346 Đ-SHTT"]


def test_certificates_of_the_right_to_use_handed_over() -> None:
    """Bắc Kạn, "13 5/2015": the right to use a collective mark, handed to 2 producers."""
    event = examples.bac_kan_licences_2015()
    assert event.date == dt.date(2015, 5, 13)
    assert event.claims[0].certainty is ip.Certainty.INFERRED
    assert event.source is not None
    assert event.source.errata[0].written == "cở sở"
    assert "trao quyền sử dụng nhãn hiệu tập thể “Miến dong Bắc Kạn” cho 2 cơ sở" in ip.render(
        event
    )
