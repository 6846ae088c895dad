"""Records hold what their sources say: unstated, inferred, wrong and conflicting facts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram import examples, outcomes
from ipprogram.render import source_notes

DATA = Path(__file__).parent / "data"
CANTHO = ip.Source(url="https://sokhcn.cantho.gov.vn/default.aspx?nid=22892&pid=57")

BUILT_IN: list[Callable[[], object]] = [
    examples.national_conference_2023,
    examples.hung_yen_honey,
    examples.ham_yen_oranges,
    examples.bao_thang_fruit,
]


def problems(cls: type, data: object) -> list[tuple[str, str]]:
    """Load ``data`` as ``cls``; the (path, code) of every problem reported."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(cls, data)
    return [(detail.path, detail.code) for detail in caught.value.errors]


# Unstated facts: optional, never guessed.


def test_a_mark_needs_neither_kind_nor_owner() -> None:
    """A page that says only "nhãn hiệu" and names no owner is recorded as it is."""
    mark = ip.Trademark(name="Hồng vành khuyên Văn Lãng")
    assert (mark.kind, mark.owner) == (None, None)
    assert ip.protection_kind(mark) is ip.ProtectionKind.MARK
    assert ip.render(mark) == "Nhãn hiệu “Hồng vành khuyên Văn Lãng”"
    assert ip.from_json(ip.Trademark, ip.to_json(mark)) == mark


def test_a_gi_needs_no_managing_body_and_a_product_no_category() -> None:
    """Neither is invented where the page is silent; rendering leaves no placeholder."""
    gi = ip.GeographicalIndication(name="Bắc Kạn", products=(ip.Product(name="Miến dong"),))
    text = ip.render(gi)
    assert text == "Chỉ dẫn địa lý “Bắc Kạn” cho sản phẩm Miến dong"
    assert "None" not in text
    assert ip.to_dict(gi.products[0]) == {
        "schema_version": 2,
        "record_type": "Product",
        "name": "Miến dong",
    }
    assert "category" not in ip.to_jsonld(gi.products[0])


def test_an_unstated_claim_needs_an_empty_field() -> None:
    """A field said not to be given must hold nothing: unstated is not a value."""
    owner = ip.Organization(name="Hội Nông dân huyện Bảo Thắng")
    claim = ip.Claim(field="owner", certainty=ip.Certainty.UNSTATED)
    with pytest.raises(ip.ValidationError) as error:
        ip.Trademark(name="Quả Bảo Thắng", owner=owner, claims=(claim,))
    assert [(d.path, d.code) for d in error.value.errors] == [("$.claims[0].field", "inconsistent")]
    assert "không nêu" in source_notes(ip.Trademark(name="Quả Bảo Thắng", claims=(claim,)))[0]


# Claims and their checks.


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({"field": "owner"}, [("$.value", "inconsistent")]),
        ({"field": "owner", "certainty": "inferred"}, [("$.basis", "inconsistent")]),
        (
            {"field": "owner", "certainty": "wrong", "value": "Sở KH&CN"},
            [("$.reading", "inconsistent")],
        ),
        ({"field": "owner", "certainty": "unstated", "value": "x"}, [("$.value", "inconsistent")]),
        (
            {"field": "owner", "certainty": "maybe", "value": "x"},
            [("$.certainty", "invalid_choice")],
        ),
    ],
)
def test_incomplete_claims_are_located(claim: dict[str, str], expected: list[object]) -> None:
    """A stated or wrong claim says what was claimed; an inference gives its basis."""
    assert problems(ip.Claim, claim) == expected


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("colour", "'colour' is not a field of Trademark"),
        ("products.name", "products holds several items: name one, as products[0]"),
        ("products[3].name", "the record has no such item"),
        ("grant_date.year", "grant_date has no fields"),
        ("owner..name", "is not a path"),
        ("products[٣]", "is not a path"),
    ],
)
def test_a_claim_names_a_field_of_its_record(path: str, reason: str) -> None:
    """A claim's path is checked against the record's shape and its items."""
    data = {
        "name": "Quýt Tràng Định",
        "products": [{"name": "Quýt"}],
        "claims": [{"field": path, "value": "x"}],
    }
    with pytest.raises(ip.ValidationError) as error:
        ip.from_dict(ip.Trademark, data)
    (detail,) = error.value.errors
    assert (detail.path, detail.code) == ("$.claims[0].field", "unknown_field")
    assert reason in detail.message


def test_claims_reach_nested_fields_through_unions() -> None:
    """A path goes into tuples and tagged unions: a participant's party's name."""
    claim = ip.Claim(field="participants[0].party.full_name", value="Phan Ngân Sơn")
    event = ip.Event(
        kind=ip.EventKind.CEREMONY,
        date=dt.date(2016, 6, 13),
        participants=(ip.Participant(party=ip.Person(full_name="Phan Ngân Sơn")),),
        claims=(claim,),
    )
    assert ip.from_json(ip.Event, ip.to_json(event)) == event


def test_wrong_claims_keep_what_the_source_says() -> None:
    """The page's wrong grantor is kept and marked; the record holds the right one."""
    mark = examples.bao_thang_fruit()
    assert mark.grantor is not None
    assert mark.grantor.name == "Cục Sở hữu trí tuệ"
    (claim,) = mark.claims
    assert claim.certainty is ip.Certainty.WRONG
    assert claim.value == "Sở Khoa học và Công nghệ tỉnh Lào Cai"
    assert "đúng là Cục Sở hữu trí tuệ" in ip.render(mark)


def test_inferred_facts_are_not_written_as_fact() -> None:
    """An inferred grantor is left out of the phrase and written as inferred, with its basis."""
    text = ip.render(examples.hung_yen_honey())
    assert "do Cục Sở hữu trí tuệ cấp" not in text
    assert "(Cục Sở hữu trí tuệ) là suy ra" in text
    assert "căn cứ: ký hiệu QĐ-SHTT" in text


# Disagreeing sources.


def test_disagreeing_sources_are_both_held_and_listed() -> None:
    """62 against 58 Departments at one conference: both kept, each with its page."""
    event = examples.national_conference_2023()
    (conflict,) = outcomes.claim_conflicts(event)
    assert conflict.field == "participants[0].count"
    assert [c.value for c in conflict.claims] == ["62", "58"]
    assert [c.source.url for c in conflict.claims if c.source] == [
        "https://sokhcn.cantho.gov.vn/default.aspx?nid=22892&pid=57",
        "https://dosttn.gov.vn/so-huu-tri-tue/hoi-nghi-so-huu-tri-tue-toan-quoc-nam-2023-122366",
    ]
    assert event.participants[0].count is None  # neither figure is chosen
    text = ip.render(event)
    assert (
        "Về số Sở Khoa học và Công nghệ các tỉnh, thành phố tham dự, các nguồn không thống"
        " nhất: 62 theo trang sokhcn.cantho.gov.vn; 58 theo trang dosttn.gov.vn." in text
    )
    assert "khoảng 350 đại biểu" in text


def test_agreeing_claims_are_no_conflict() -> None:
    """Two sources that give the same figure agree."""
    claims = tuple(ip.Claim(field="title", value="Hội nghị", source=CANTHO) for _ in range(2))
    event = ip.Event(kind=ip.EventKind.CONFERENCE, date=dt.date(2023, 3, 9), claims=claims)
    assert outcomes.claim_conflicts(event) == []
    # One value, not held in the field: said once, as the source's.
    assert source_notes(event) == ["Theo trang sokhcn.cantho.gov.vn, tiêu đề là Hội nghị."]


# Tallies and ordinals.

TUYEN_QUANG = ip.Locality(name="Tuyên Quang", kind=ip.LocalityKind.PROVINCE)


def test_a_tally_counts_titles_by_kind() -> None:
    """A tally ("Tuyên Quang có 04 chỉ dẫn địa lý") has a total, parts and what is pending."""
    tally = ip.RightsTally(
        scope=TUYEN_QUANG,
        as_of=ip.PartialDate(year=2021),
        total=6,
        counts=(
            ip.RightsCount(kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION, count=4),
            ip.RightsCount(kind=ip.ProtectionKind.COLLECTIVE_MARK, count=2),
        ),
        in_progress=1,
    )
    assert tally.count(ip.ProtectionKind.GEOGRAPHICAL_INDICATION) == 4
    assert tally.count(ip.ProtectionKind.CERTIFICATION_MARK) is None
    assert ip.render(tally) == (
        "Tỉnh Tuyên Quang có 06 văn bằng bảo hộ, gồm 04 chỉ dẫn địa lý và 02 nhãn hiệu tập"
        " thể; 01 đơn đang được xem xét (tính đến năm 2021)"
    )


def test_a_tally_whose_parts_exceed_its_total_is_an_error() -> None:
    """Parts that do not add up are a located error, unless marked as the source's."""
    data = {
        "total": 4,
        "counts": [
            {"kind": "geographical_indication", "count": 4},
            {"kind": "collective_mark", "count": 1},
        ],
    }
    assert problems(ip.RightsTally, data) == [("$.counts", "tally_sum")]
    kept = ip.from_dict(ip.RightsTally, {**data, "unbalanced": True})
    assert "không khớp với tổng số" in ip.render(kept)
    assert problems(ip.RightsTally, {"total": 4, "unbalanced": True}) == [
        ("$.unbalanced", "inconsistent")
    ]
    assert problems(ip.RightsTally, {"total": -1}) == [("$.total", "negative")]


def test_ordinals_say_where_and_of_what() -> None:
    """A rank ("thứ 56 của cả nước, thứ 3 của Hà Giang") says of what and where."""
    ha_giang = ip.Locality(name="Hà Giang", kind=ip.LocalityKind.PROVINCE)
    gi = ip.GeographicalIndication(
        name="Quản Bạ",
        certificate_number="00056",
        grant_date=dt.date(2017, 7, 5),
        ordinals=(
            ip.Ordinal(rank=56, kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION),
            ip.Ordinal(rank=3, kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION, scope=ha_giang),
        ),
    )
    assert ip.render(gi).endswith(
        "là chỉ dẫn địa lý thứ 56 của cả nước và chỉ dẫn địa lý thứ 3 của tỉnh Hà Giang"
    )
    assert problems(ip.Ordinal, {"rank": 0}) == [("$.rank", "inconsistent")]


def test_participants_are_counted_as_sources_count_them() -> None:
    """A participant count ("trên 60 đại biểu") is a quantity with its hedge."""
    count = ip.vi.parse_quantity("trên 60 đại biểu")
    participant = ip.Participant(party=ip.OrganizationGroup(name="các sở, ngành"), count=count)
    assert count.qualifier is ip.Qualifier.MORE_THAN
    event = ip.Event(
        kind=ip.EventKind.WORKSHOP, date=dt.date(2024, 3, 14), participants=(participant,)
    )
    assert "các sở, ngành (trên 60 đại biểu)" in ip.render(event)


# The built-in records from other provinces, and the schema version.


@pytest.mark.parametrize("build", BUILT_IN, ids=lambda build: build.__name__)
def test_built_in_records_round_trip_byte_for_byte(build: Callable[[], object]) -> None:
    """Each validates, reads back equal, and writes the same bytes again."""
    record = build()
    text = ip.to_json(record)
    again = ip.from_json(type(record), text)
    assert again == record
    assert ip.to_json(again) == text
    assert ip.from_dict(type(record), ip.to_dict(record)) == record
    assert ip.to_jsonld(record)["@context"] == ip.io.jsonld.CONTEXT
    assert "None" not in ip.render(record)


@pytest.mark.parametrize("name", ["langson_2020", "langson_programme"])
def test_version_1_documents_still_load(name: str) -> None:
    """The files version 1 wrote load, through the upgrade step, to today's records."""
    text = (DATA / "v1" / f"{name}.json").read_text(encoding="utf-8")
    assert json.loads(text)["schema_version"] == 1
    record = getattr(examples, name)()
    assert ip.from_json(type(record), text) == record
    body = {k: v for k, v in json.loads(text).items() if k != "schema_version"}
    assert ip.io.upgrade(body, 1) == body
    assert json.loads(ip.to_json(record))["schema_version"] == 2


def test_unknown_versions_are_refused() -> None:
    """A version this library does not know is an error, at the version key."""
    assert problems(ip.Period, {"schema_version": 3, "start": "2016"}) == [
        ("$.schema_version", "unsupported_version")
    ]
    with pytest.raises(ValueError, match="no upgrade from schema version 0"):
        ip.io.upgrade({}, 0)


# Text as printed, sources in full, people and places as sources write them.


def test_a_malformed_number_is_kept_as_printed_with_its_reading() -> None:
    """A malformed number is refused unless marked as printed; its reading is checked."""
    assert problems(ip.DocumentRef, {"number": "5346 Đ-SHTT"}) == [
        ("$.number", "invalid_identifier")
    ]
    kept = ip.DocumentRef(number="5346 Đ-SHTT", as_printed=True, reading="5346/QĐ-SHTT")
    assert kept.number == "5346 Đ-SHTT"
    assert problems(
        ip.DocumentRef, {"number": "5346 Đ-SHTT", "as_printed": True, "reading": "5346 Đ"}
    ) == [("$.reading", "invalid_identifier")]
    assert ip.from_json(ip.DocumentRef, ip.to_json(kept)) == kept
    assert ip.to_jsonld(kept)["ipp:reading"] == "5346/QĐ-SHTT"


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("1068/QĐ-TTg,", "1068/QĐ-TTg"),
        ("535/QĐ-UBND.", "535/QĐ-UBND"),
        ("93/2006/TTLT/BTC-BKHCN", "93/2006/TTLT-BTC-BKHCN"),
        ("44/2007/TTLT-BTC-BKHCN", "44/2007/TTLT-BTC-BKHCN"),
    ],
)
def test_numbers_as_running_text_prints_them(printed: str, canonical: str) -> None:
    """Trailing punctuation is not part of a number; joint circulars name two issuers."""
    assert ip.ids.legal_document.compact(printed) == canonical
    assert ip.DocumentRef(number=printed).number == printed


def test_a_joint_document_and_a_signing_position() -> None:
    """A joint circular of two ministries, and a decision known by who signed it."""
    btc = ip.Organization(name="Bộ Tài chính")
    bkhcn = ip.Organization(name="Bộ Khoa học và Công nghệ")
    circular = ip.DocumentRef(number="93/2006/TTLT/BTC-BKHCN", issuer=btc, co_issuers=(bkhcn,))
    assert ip.ids.legal_document.parse(str(circular.number)).type_name == "Thông tư liên tịch"
    chairman = ip.Position(
        title="Chủ tịch", organization=ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn")
    )
    decision = ip.DocumentRef(number="163/QĐ-UBND", signed_by=chairman)
    assert ip.from_json(ip.DocumentRef, ip.to_json(decision)) == decision


def test_sources_in_full() -> None:
    """Language, the date line as printed, the outlet copied from, photo credits."""
    original = ip.Source(publisher=ip.Organization(name="Báo Lạng Sơn"))
    page = ip.Source(
        url="https://khcn.langson.gov.vn/tin/1",
        language="vi",
        dateline="Th 5, 14/03/2024 | 08:15 SA",
        published=ip.vi.read_date("Th 5, 14/03/2024 | 08:15 SA").date,
        copied_from=original,
    )
    assert page.published == dt.date(2024, 3, 14)
    node = ip.to_jsonld(page)
    assert (node["inLanguage"], node["isBasedOn"]["publisher"]["name"]) == ("vi", "Báo Lạng Sơn")
    assert problems(ip.Source, {"language": "Tiếng Việt"}) == [("$.language", "invalid_choice")]
    photo = ip.Photo(caption="Quang cảnh hội nghị", credit="Minh Anh")
    assert ip.to_jsonld(photo)["creditText"] == "Minh Anh"


def test_two_dates_on_one_page_are_both_held() -> None:
    """A stale header (23/08/2019) and the byline (23/01/2019): both kept, a conflict."""
    page = ip.Source(url="https://baodantoc.vn/ha-giang-30739.htm")
    event = ip.Event(
        kind=ip.EventKind.CONFERENCE,
        source=page,
        claims=(
            ip.Claim(field="source.published", value="23/08/2019"),
            ip.Claim(field="source.published", value="23/01/2019"),
        ),
    )
    (conflict,) = outcomes.claim_conflicts(event)
    assert conflict.field == "source.published"
    assert "23/08/2019 theo trang baodantoc.vn; 23/01/2019" in ip.render(event)


def test_people_as_sources_write_them() -> None:
    """Academic prefixes, several posts at once, and former posts."""
    so = ip.Organization(name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn", short_name="Sở")
    ubnd = ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
    person = ip.Person(
        full_name="Bế Thị Thu Hiền",
        academic_title="Cử nhân",
        position=ip.Position(title="Phó Giám đốc", organization=so),
        other_positions=(ip.Position(title="Chủ tịch Hội đồng", organization=so),),
    )
    assert ip.render(person) == (
        "đồng chí Cử nhân Bế Thị Thu Hiền, Phó Giám đốc Sở kiêm Chủ tịch Hội đồng Sở"
    )
    former = ip.Person(
        full_name="Lê Minh Thanh",
        position=ip.Position(title="Phó Chủ tịch", organization=ubnd, former=True),
    )
    assert ip.render(former).endswith("nguyên Phó Chủ tịch UBND tỉnh")
    assert ip.to_jsonld(person)["honorificPrefix"] == "Cử nhân"


def test_a_place_of_no_stated_kind() -> None:
    """A mountain area is a place, free text, checked against no list."""
    area = ip.Locality(
        name="vùng núi Mẫu Sơn", parent=ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE)
    )
    assert area.full_name == "vùng núi Mẫu Sơn"
    event = ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.date(2026, 1, 5), locality=area)
    # A dateline names an administrative unit: the area's province, not the area.
    assert ip.render(event).splitlines()[2] == "Lạng Sơn, ngày 05 tháng 01 năm 2026"
    assert ip.from_json(ip.Event, ip.to_json(event)) == event
