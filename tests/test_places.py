"""Places belong to a date: the units before and after 1 July 2025."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram import places
from ipprogram.render import heading

BEFORE = dt.date(2020, 12, 2)
AFTER = dt.date(2026, 1, 1)
SHARED = Path(__file__).parents[2] / "shared" / "data"


def test_counts_of_each_era() -> None:
    """63 provincial units before the reform, 34 after; 57 + 6 and 28 + 6 by type."""
    before = places.units(as_of=dt.date(2025, 6, 30), level="province")
    after = places.units(as_of=places.REFORM_DATE, level="province")
    assert len(before) == 63
    assert len(after) == 34
    assert Counter(u.kind for u in before) == {
        ip.LocalityKind.PROVINCE: 57,
        ip.LocalityKind.MUNICIPALITY: 6,
    }
    assert Counter(u.kind for u in after) == {
        ip.LocalityKind.PROVINCE: 28,
        ip.LocalityKind.MUNICIPALITY: 6,
    }


def test_every_old_province_has_exactly_one_successor() -> None:
    """Each of the 63 codes is absorbed by exactly one of the 34 new units."""
    absorbed = Counter(
        code for unit in places.units(as_of=AFTER, level="province") for code in unit.absorbed
    )
    old_codes = {u.code for u in places.units(as_of=BEFORE, level="province")}
    assert set(absorbed) == old_codes
    assert set(absorbed.values()) == {1}
    for code in old_codes:
        assert code in places.successor(code).absorbed


def test_shipped_tables_match_the_shared_data() -> None:
    """The package ships the cross-checked tables unchanged."""
    shipped = Path(places.__file__).parent / "data"
    for name in ("provinces_pre2025.csv", "provinces_2025.csv"):
        if (SHARED / name).exists():
            assert (shipped / name).read_bytes() == (SHARED / name).read_bytes()
        rows = list(csv.DictReader((shipped / name).read_text("utf-8").splitlines()))
        assert len(rows) == (63 if "pre" in name else 34)


def test_hue_changed_type_inside_the_era() -> None:
    """Thừa Thiên Huế was a province until 31/12/2024, then the city Huế."""
    assert places.get("46", as_of=dt.date(2024, 12, 31)).name == "Thừa Thiên Huế"
    assert places.get("46", as_of=dt.date(2025, 1, 1)).kind is ip.LocalityKind.MUNICIPALITY


@pytest.mark.parametrize(
    "name",
    [
        "Thanh Hóa",
        "Thanh Hoá",
        "tỉnh Thanh Hoá",
        "TỈNH THANH HÓA",
        "  thanh   hóa ",
    ],
)
def test_look_up_tolerates_prefix_case_and_tone_placement(name: str) -> None:
    """Every spelling finds the same province, in both eras."""
    assert places.find(name, as_of=BEFORE).code == "38"
    assert places.find(name, as_of=AFTER).code == "38"


def test_look_up_with_other_prefixes() -> None:
    """Cities, districts and the capital with their kind words."""
    assert places.find("Thành phố Hồ Chí Minh", as_of=BEFORE).code == "79"
    assert places.find("TP. Hải Phòng", as_of=BEFORE).code == "31"
    assert places.find("Thủ đô Hà Nội", as_of=AFTER).code == "01"
    assert places.find("huyện Tràng Định", as_of=BEFORE).code == "180"
    assert places.find("thành phố Lạng Sơn", as_of=BEFORE).code == "178"
    with pytest.raises(LookupError):
        places.find("Hà Giang", as_of=AFTER)
    with pytest.raises(LookupError):
        places.find("huyện Tràng Định", as_of=AFTER)
    with pytest.raises(LookupError):
        places.get("99", as_of=BEFORE)


def test_lang_son_districts() -> None:
    """Lạng Sơn had a city and ten districts, codes 178 and 180 to 189."""
    districts = [u for u in places.units(as_of=BEFORE, level="district") if u.parent_code == "20"]
    assert sorted(u.code for u in districts) == ["178", *map(str, range(180, 190))]


def _district_event(date: dt.date) -> ip.Event:
    province = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="20")
    district = ip.Locality(
        name="Tràng Định", kind=ip.LocalityKind.DISTRICT, code="180", parent=province
    )
    return ip.Event(
        kind=ip.EventKind.TRAINING_COURSE,
        date=date,
        locality=district,
        organizers=(ip.Organization(name="Hội Làm vườn huyện Tràng Định", locality=district),),
    )


def test_a_district_on_a_2020_record_validates() -> None:
    """huyện Tràng Định existed in 2020; the record is valid and round-trips."""
    event = _district_event(BEFORE)
    assert ip.from_json(ip.Event, ip.to_json(event)) == event
    assert event.locality is not None
    assert ip.render(event.locality) == "huyện Tràng Định, tỉnh Lạng Sơn"


def test_the_same_district_on_a_2026_record_fails() -> None:
    """After 01/7/2025 there are no districts: each place naming one is reported."""
    with pytest.raises(ip.ValidationError) as caught:
        _district_event(AFTER)
    assert [(d.path, d.code) for d in caught.value.errors] == [
        ("$.locality.kind", "not_in_force"),
        ("$.organizers[0].locality.kind", "not_in_force"),
    ]
    assert "abolished on 01/7/2025" in caught.value.errors[0].message
    data = ip.to_dict(_district_event(BEFORE))
    data["date"] = "2026-01-01"
    with pytest.raises(ip.ValidationError):
        ip.from_dict(ip.Event, data)


def test_provinces_that_merged_fail_after_the_reform() -> None:
    """Hà Giang in 2026 is an error that names its successor; by code too."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.Locality(name="Hà Giang", kind=ip.LocalityKind.PROVINCE, code="02", as_of=AFTER)
    assert "part of tỉnh Tuyên Quang" in str(caught.value)
    with pytest.raises(ip.ValidationError):
        ip.Locality(name="Hà Giang", kind=ip.LocalityKind.PROVINCE, as_of=AFTER)
    assert ip.Locality(name="Hà Giang", kind=ip.LocalityKind.PROVINCE, as_of=BEFORE).code is None


def test_code_and_name_must_agree_on_the_date() -> None:
    """Code 46 was Thừa Thiên Huế in 2020; code 181 is Bình Gia, not Tràng Định."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.Locality(name="Huế", kind=ip.LocalityKind.MUNICIPALITY, code="46", as_of=BEFORE)
    assert [d.path for d in caught.value.errors] == ["$.name"]
    with pytest.raises(ip.ValidationError):
        ip.Locality(name="Tràng Định", kind=ip.LocalityKind.DISTRICT, code="181", as_of=BEFORE)


def test_unknown_units_stay_free_text() -> None:
    """A commune or a district the library does not ship is accepted as written."""
    commune = ip.Locality(
        name="Chi Lăng",
        kind=ip.LocalityKind.COMMUNE,
        parent=ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE),
        as_of=AFTER,
    )
    assert commune.qualified_name == "xã Chi Lăng, tỉnh Lạng Sơn"
    unknown = ip.Locality(name="Nơi chưa biết", kind=ip.LocalityKind.PROVINCE, as_of=AFTER)
    assert unknown.full_name == "tỉnh Nơi chưa biết"


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("thành phố Lạng Sơn", ip.LocalityKind.PROVINCIAL_CITY, "178"),
        ("tỉnh Lạng Sơn", ip.LocalityKind.PROVINCE, "20"),
        ("Lạng Sơn", ip.LocalityKind.PROVINCE, "20"),
        ("TP. Hà Nội", ip.LocalityKind.MUNICIPALITY, "01"),
        ("huyện Tràng Định", ip.LocalityKind.DISTRICT, "180"),
    ],
)
def test_the_kind_word_decides_the_level(name: str, kind: ip.LocalityKind, code: str) -> None:
    """The city is "thành phố Lạng Sơn"; "Lạng Sơn" alone is the province."""
    found = places.find(name)
    assert (found.kind, found.code) == (kind, code)


@pytest.mark.parametrize(
    ("name", "level", "parent"),
    [
        ("huyện Quảng Ninh", "district", "Quảng Bình"),  # not the province Quảng Ninh
        ("thị xã Quảng Yên", "district", "Quảng Ninh"),
        ("xã Tân Cương", "commune", "Thái Nguyên"),
    ],
)
def test_the_kind_word_finds_districts_and_communes(name: str, level: str, parent: str) -> None:
    """The district "huyện Quảng Ninh" of Quảng Bình is found at district level."""
    found = places.find(name, as_of=dt.date(2025, 1, 4))
    assert found.level == level
    assert found.lineage()[-1].name == parent


def test_a_name_of_another_level_is_not_found() -> None:
    """Without a kind word a name is provincial: "Tràng Định" is no province."""
    with pytest.raises(LookupError, match="no provincial unit"):
        places.find("Tràng Định")


@pytest.mark.parametrize(
    ("kind", "name", "full", "dateline"),
    [
        (
            ip.LocalityKind.MUNICIPALITY,
            "Hồ Chí Minh",
            "Thành phố Hồ Chí Minh",
            "Thành phố Hồ Chí Minh",
        ),
        (ip.LocalityKind.URBAN_DISTRICT, "1", "Quận 1", "Quận 1"),
        (ip.LocalityKind.WARD, "12", "Phường 12", "Phường 12"),
        (ip.LocalityKind.PROVINCE, "Lạng Sơn", "tỉnh Lạng Sơn", "Lạng Sơn"),
        (ip.LocalityKind.MUNICIPALITY, "Hà Nội", "thành phố Hà Nội", "Hà Nội"),
    ],
)
def test_units_named_by_a_number_or_a_person(
    kind: ip.LocalityKind, name: str, full: str, dateline: str
) -> None:
    """Decree 30, Appendix II: "Thành phố Hồ Chí Minh", "Quận 1"; datelines in full too."""
    place = ip.Locality(name=name, kind=kind)
    assert place.full_name == full
    assert place.dateline_name == dateline
    event = ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.date(2020, 12, 2), locality=place)
    assert heading(event).splitlines()[0] == f"{dateline}, ngày 02 tháng 12 năm 2020"
