"""Every district and commune of the statistics office's lists, as of a date."""

from __future__ import annotations

import datetime as dt
import gzip
import subprocess
import sys
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram import places
from ipprogram.vi import match_key

LIST = places.LIST_DATE
REFORM = places.REFORM_DATE
AFTER = dt.date(2026, 1, 1)
BEFORE = dt.date(2020, 12, 2)
DATA = Path(places.__file__).parent / "data" / "units.tsv.gz"
SHARED = Path(__file__).parents[2] / "shared" / "data"
K = ip.LocalityKind


def test_the_lists_hold_every_unit_the_statistics_office_counts() -> None:
    """696 districts and 10,051 communes on 04/01/2025; 3,321 communes from 01/7/2025.

    The list has 10,056 lines: five are island districts without communes.
    """
    districts = places.units(level="district")
    communes = places.units(level="commune")
    assert sum(LIST in u.attested for u in districts) == 696
    assert sum(LIST in u.attested for u in communes) == 10_051
    parents = {u.parent_code for u in communes}
    assert sorted(u.name for u in districts if u.code not in parents) == [
        "Bạch Long Vĩ",
        "Côn Đảo",
        "Cồn Cỏ",
        "Hoàng Sa",
        "Lý Sơn",
    ]
    assert len(places.units(as_of=REFORM, level="commune")) == 3_321
    assert places.units(as_of=AFTER, level="district") == ()
    assert {u.kind for u in places.units(as_of=REFORM, level="commune")} == {
        K.COMMUNE,
        K.WARD,
        K.SPECIAL_ZONE,
    }


def test_a_code_names_one_unit_in_each_era() -> None:
    """06463 was thị trấn Đồng Mỏ; from 01/7/2025 it is xã Chi Lăng, made from it."""
    assert places.get("06463", as_of=LIST).full_name == "thị trấn Đồng Mỏ"
    assert places.get("06463", as_of=AFTER).full_name == "xã Chi Lăng"
    assert places.get("06463", as_of=AFTER).parent() == places.get("20", as_of=AFTER)
    assert places.get("187", as_of=LIST).full_name == "huyện Chi Lăng"
    with pytest.raises(LookupError, match="no unit with code '187' on 2026-01-01"):
        places.get("187", as_of=AFTER)
    with pytest.raises(LookupError, match="2, 3 or 5 digits"):
        places.get("6463", as_of=AFTER)


def test_find_before_and_after_the_reform() -> None:
    """Đồng Mỏ is found on 04/01/2025 and not in 2026; the new Chi Lăng the other way."""
    assert places.find("thị trấn Đồng Mỏ", as_of=LIST).code == "06463"
    with pytest.raises(LookupError, match="no unit named 'thị trấn Đồng Mỏ' on 2026-01-01"):
        places.find("thị trấn Đồng Mỏ", as_of=AFTER)
    new = places.find("xã Chi Lăng", as_of=AFTER, within="tỉnh Lạng Sơn")
    assert (new.code, new.valid_from) == ("06463", REFORM)
    assert places.find("Chi Lăng", level="commune", within="Lạng Sơn", as_of=AFTER) == new


def test_the_kind_word_decides_the_kind() -> None:
    """The communes "xã Chi Lăng" and "thị trấn Chi Lăng" both lie in huyện Chi Lăng."""
    district = places.find("huyện Chi Lăng", as_of=LIST)
    assert places.find("xã Chi Lăng", as_of=LIST, within=district).code == "06523"
    assert places.find("thị trấn Chi Lăng", as_of=LIST, within=district).code == "06466"
    assert places.find("TT. Đồng Đăng", as_of=LIST).code == "06184"
    assert places.find("TP.Lạng Sơn", as_of=LIST).code == "178"
    assert places.find("Phường 12, Quận 10", as_of=LIST).level == "commune"


def test_names_compare_without_regard_to_tone_placement() -> None:
    """The lists write "Yên Hoà"; "phường Yên Hòa" finds the same ward."""
    modern = places.find("phường Yên Hoà", as_of=LIST)
    assert places.find("phường Yên Hòa", as_of=LIST) == modern
    assert places.find("PHƯỜNG YÊN HOÀ, quận Cầu Giấy", as_of=LIST) == modern


def test_names_without_diacritics_on_request() -> None:
    """English sources write "Lang Son province", "Trang Dinh district", "Hanoi"."""
    assert places.find("Lang Son province", ignore_diacritics=True).code == "20"
    assert places.find("Hanoi", ignore_diacritics=True).code == "01"
    assert places.find("Trang Dinh district", ignore_diacritics=True, as_of=BEFORE).code == "180"
    assert places.find("Dong Dang town", ignore_diacritics=True, as_of=LIST).code == "06184"
    with pytest.raises(LookupError):
        places.find("Lang Son")


def test_an_ambiguous_name_is_refused_not_guessed() -> None:
    """Many communes are called Tân Lập: the caller names the unit it lies in."""
    with pytest.raises(places.AmbiguousPlaceError, match="name the unit it lies in") as caught:
        places.find("xã Tân Lập", as_of=LIST)
    assert len(caught.value.candidates) == places.AmbiguousPlaceError.KEPT
    assert len(places.find_all("xã Tân Lập", as_of=LIST)) > places.AmbiguousPlaceError.KEPT
    found = places.find("xã Tân Lập, huyện Bắc Sơn, tỉnh Lạng Sơn", as_of=LIST)
    assert found.qualified_name == "xã Tân Lập, huyện Bắc Sơn, tỉnh Lạng Sơn"
    assert found.code == "06352"


def test_a_date_the_lists_do_not_cover_is_unknown() -> None:
    """The lists begin on 04/01/2025: before it a listed commune may not have existed."""
    town = places.get("06184", as_of=LIST)
    assert town.exists_on(LIST) is True
    assert town.exists_on(places.LAST_OLD_DAY) is True
    assert town.exists_on(BEFORE) is None
    assert town.exists_on(AFTER) is False
    assert places.lists_cover(LIST)
    assert not places.lists_cover(LIST - dt.timedelta(days=1))
    assert places.find("thị trấn Đồng Đăng", as_of=BEFORE) == town  # may have been
    gone = places.get("03751", as_of=LIST)  # xã Chiềng Ly: on 04/01/2025, not on 30/6
    assert gone.attested == (LIST,)
    assert gone.exists_on(dt.date(2025, 3, 1)) is None
    assert places.successors(gone) == ()


def test_successors_whole_and_in_part() -> None:
    """xã Chi Lăng of Tràng Định went whole into Thất Khê; Cổ Bi was split in three."""
    (whole,) = places.successors("06034")
    assert (whole.new.full_name, whole.whole, whole.note) == ("xã Thất Khê", True, None)
    split = places.successors("00553")
    assert sorted(t.new.name for t in split) == ["Gia Lâm", "Phù Đổng", "Phúc Lợi"]
    assert not any(t.whole for t in split)
    assert [t.new.name for t in places.successors("02")] == ["Tuyên Quang"]


def test_predecessors_with_the_tables_notes() -> None:
    """Thuận An took part of Đặng Xá's area and all its people; islands became zones."""
    took = {t.old.name: t for t in places.predecessors("00562") if t.old is not None}
    assert took["Đặng Xá"].note == "Nhập một phần diện tích, toàn bộ dân số"
    assert not took["Đặng Xá"].whole
    (zone,) = places.predecessors("11948")
    assert zone.old is not None
    assert (zone.old.full_name, zone.old.level, zone.whole) == (
        "huyện Bạch Long Vĩ",
        "district",
        True,
    )
    (area,) = [t for t in places.predecessors("14698") if t.old is None]
    assert area.old is None
    assert area.note == "Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý"


def test_a_found_unit_becomes_a_locality() -> None:
    """The helper gives the model's Locality with its parents, which validates."""
    town = places.find("thị trấn Đồng Đăng", as_of=LIST)
    place = town.to_locality(as_of=LIST)
    assert place.qualified_name == "thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn"
    assert place.parent is not None
    assert (place.code, place.parent.code) == ("06184", "183")
    assert ip.from_json(ip.Locality, ip.to_json(place)) == place
    with pytest.raises(ip.ValidationError, match="not_in_force"):
        town.to_locality(as_of=AFTER)


def _lang_son(date: dt.date | None = None) -> ip.Locality:
    return ip.Locality(name="Lạng Sơn", kind=K.PROVINCE, code="20", as_of=date)


def _event(date: dt.date, place: ip.Locality) -> ip.Event:
    return ip.Event(kind=ip.EventKind.TRAINING_COURSE, date=date, locality=place)


def test_an_old_commune_on_a_record_of_2026_names_its_successor() -> None:
    """thị trấn Đồng Mỏ on a 2026 record: it is part of xã Chi Lăng from 01/7/2025."""
    place = ip.Locality(name="Đồng Mỏ", kind=K.TOWNSHIP, parent=_lang_son())
    assert _event(LIST, place).locality == place
    with pytest.raises(ip.ValidationError) as caught:
        _event(AFTER, place)
    (error,) = caught.value.errors
    assert (error.path, error.code) == ("$.locality.name", "not_in_force")
    assert "from 01/7/2025 it is part of xã Chi Lăng" in error.message
    assert "từ ngày 01/7/2025 thuộc xã Chi Lăng" in caught.value.errors[0].message_vi


def test_a_commune_in_the_wrong_district() -> None:
    """In 2025 no xã Chi Lăng lies in huyện Cao Lộc; in 2020 the lists cannot say."""
    cao_loc = ip.Locality(name="Cao Lộc", kind=K.DISTRICT, parent=_lang_son())
    place = ip.Locality(name="Chi Lăng", kind=K.COMMUNE, parent=cao_loc)
    with pytest.raises(ip.ValidationError) as caught:
        _event(dt.date(2025, 3, 1), place)
    (error,) = caught.value.errors
    assert (error.path, error.code) == ("$.locality.parent", "inconsistent")
    assert _event(BEFORE, place).locality == place


def test_a_new_commune_on_a_record_before_the_reform() -> None:
    """xã Thất Khê was formed on 01/7/2025: on a record of March 2025 it is an error."""
    place = ip.Locality(name="Thất Khê", kind=K.COMMUNE, parent=_lang_son())
    with pytest.raises(ip.ValidationError, match="formed on 01/7/2025"):
        _event(dt.date(2025, 3, 1), place)
    assert _event(AFTER, place).locality == place
    assert _event(BEFORE, place).locality == place  # the lists do not cover 2020


def test_codes_of_communes_and_districts() -> None:
    """A code must fit the name on the date, and have the digits of its level."""
    with pytest.raises(ip.ValidationError, match="code 06463 is thị trấn Đồng Mỏ"):
        ip.Locality(name="Đồng Đăng", kind=K.TOWNSHIP, code="06463", as_of=LIST)
    assert ip.Locality(name="Đồng Đăng", kind=K.TOWNSHIP, code="06184", as_of=LIST).as_of == LIST
    with pytest.raises(ip.ValidationError, match="it has 5 digits") as caught:
        ip.Locality(name="Đồng Đăng", kind=K.TOWNSHIP, code="184")
    assert caught.value.errors[0].path == "$.code"
    with pytest.raises(ip.ValidationError, match="no commune has code '99999'"):
        ip.Locality(name="Đồng Đăng", kind=K.COMMUNE, code="99999", as_of=AFTER)
    # before the lists, a code is wrong only when the name is another listed unit's
    with pytest.raises(ip.ValidationError, match="code 181 is huyện Bình Gia"):
        ip.Locality(name="Tràng Định", kind=K.DISTRICT, code="181", as_of=BEFORE)
    assert ip.Locality(name="Tên khác", kind=K.DISTRICT, code="181", as_of=BEFORE).code == "181"


_DISTRICT = ip.Locality(name="Tràng Định", kind=K.DISTRICT, parent=_lang_son())
_OLD_TOWN = ip.Locality(name="Đồng Mỏ", kind=K.TOWNSHIP, parent=_lang_son())


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (
            lambda: ip.Programme(
                kind=ip.ProgrammeKind.PROGRAMME,
                name="Chương trình",
                period=ip.Period.years(2026, 2030),
                locality=_DISTRICT,
            ),
            "$.locality.kind",
        ),
        (
            lambda: ip.Trademark(
                name="Quýt Tràng Định",
                grant_date=dt.date(2026, 3, 1),
                products=(ip.Product(name="Quýt", locality=_DISTRICT),),
            ),
            "$.products[0].locality.kind",
        ),
        (
            lambda: ip.GeographicalIndication(
                name="Chi Lăng", grant_date=ip.PartialDate(year=2026), area=(_OLD_TOWN,)
            ),
            "$.area[0].name",
        ),
        (
            lambda: ip.RightsTally(
                scope=ip.Locality(name="Hà Giang", kind=K.PROVINCE),
                as_of=ip.PartialDate(year=2026),
                total=1,
            ),
            "$.scope.name",
        ),
        (
            lambda: ip.Ordinal(
                rank=1,
                scope=ip.Locality(name="Hà Giang", kind=K.PROVINCE),
                as_of=ip.PartialDate(year=2026, month=3),
            ),
            "$.scope.name",
        ),
    ],
)
def test_every_record_with_a_date_checks_its_places(make: object, path: str) -> None:
    """Programmes, marks, GIs, tallies and ranks check places against their own dates."""
    assert callable(make)
    with pytest.raises(ip.ValidationError) as caught:
        make()
    assert [(e.path, e.code) for e in caught.value.errors] == [(path, "not_in_force")]


def test_a_record_inside_another_checks_its_places_on_its_own_date() -> None:
    """A mark granted in 2019 names the district rightly inside a programme of 2026."""
    mark = ip.Trademark(
        name="Quýt Tràng Định",
        grant_date=dt.date(2019, 5, 6),
        products=(ip.Product(name="Quýt", locality=_DISTRICT),),
    )
    programme = ip.Programme(
        kind=ip.ProgrammeKind.PROGRAMME,
        name="Chương trình",
        period=ip.Period.years(2026, 2030),
        marks=(mark,),
    )
    assert ip.from_json(ip.Programme, ip.to_json(programme)) == programme
    undated = ip.replace(mark, grant_date=None)
    with pytest.raises(ip.ValidationError) as caught:
        ip.replace(programme, marks=(undated,))
    assert [e.path for e in caught.value.errors] == ["$.marks[0].products[0].locality.kind"]
    early = ip.replace(programme, period=ip.Period.years(2021, 2025), locality=_DISTRICT)
    assert early.locality == _DISTRICT


def test_importing_does_not_load_the_lists() -> None:
    """The district and commune lists are read on the first look-up that needs them."""
    code = (
        "import datetime as dt, ipprogram as ip\n"
        "from ipprogram import places\n"
        "p = ip.Locality(name='Lạng Sơn', kind=ip.LocalityKind.PROVINCE)\n"
        "ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.date(2020, 12, 2), locality=p)\n"
        "before = places._local.cache_info().currsize\n"
        "places.find('xã Chi Lăng, tỉnh Lạng Sơn', as_of=dt.date(2026, 1, 1))\n"
        "print(before, places._local.cache_info().currsize)\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["0", "1"]


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()]


def test_the_shipped_file_is_small_and_its_keys_are_right() -> None:
    """Under 150 kB compressed; each stored key is the name's match key."""
    assert DATA.stat().st_size < 150_000
    for row in _rows():
        if row[0] != "L":
            assert (row[7] or row[3].casefold()) == match_key(row[3]), row


def test_the_shipped_file_is_built_from_the_lists() -> None:
    """scripts/build_places.py gives the shipped bytes again from the shared lists."""
    if not (SHARED / "nso_communes_2025-01-04.csv").exists():
        assert {row[0] for row in _rows()} == {"D", "C", "N", "L"}
        return
    sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
    try:
        import build_places  # noqa: PLC0415
    finally:
        sys.path.pop(0)
    assert build_places.build(SHARED) == DATA.read_bytes()
