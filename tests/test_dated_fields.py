"""Every dated field holds a date as its source gives it: whole, a month, a year, no year."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import ipprogram as ip
from ipprogram import outcomes
from ipprogram.model import shape as sh
from ipprogram.render import decision_phrase, heading
from ipprogram.terms import RightStatus
from ipprogram.vi import read_date
from tests.samples import SAMPLES

#: Fields that stay whole dates, with the reason: they are the user's, not a source's.
WHOLE_ONLY = {(ip.Locality, "as_of"): "the date a place is checked against, not a fact"}

#: A record holding a value in one dated field, for each kind of record that has one.
DATED: list[tuple[type, str, dict[str, Any]]] = [
    (ip.Event, "date", {"kind": "workshop"}),
    (ip.Event, "end_date", {"kind": "workshop", "date": "2012"}),
    (ip.DocumentRef, "date", {"number": "4010/QĐ-SHTT"}),
    (ip.Source, "published", {}),
    (ip.Trademark, "grant_date", {"name": "Mật ong bạc hà Mèo Vạc"}),
    (ip.Trademark, "filing_date", {"name": "Mật ong bạc hà Mèo Vạc"}),
    (ip.GeographicalIndication, "grant_date", {"name": "Hàm Yên"}),
    (ip.GeographicalIndication, "filing_date", {"name": "Hàm Yên"}),
    (ip.Licence, "date", {"licensor": {"name": "UBND tỉnh Bắc Kạn"}}),
    (ip.ForeignProtection, "grant_date", {"jurisdiction": "EU"}),
    (ip.ForeignProtection, "filing_date", {"jurisdiction": "EU"}),
]


def dated_fields() -> set[tuple[type, str]]:
    """Every field of every public record class that holds a date, whole-only or not."""
    found = set()
    for cls in SAMPLES:
        for field in sh.shape(cls).fields:
            node = field.node.inner if isinstance(field.node, sh.Nullable) else field.node
            if isinstance(node, sh.Date | sh.AnyDate):
                found.add((cls, field.name))
    return found


def test_every_dated_field_takes_partial_dates() -> None:
    """Only the check dates in WHOLE_ONLY are whole-only; the test list covers the rest."""
    whole_only = set()
    for cls, name in dated_fields():
        node = sh.shape(cls).field(name).node
        if isinstance(node, sh.Nullable) and isinstance(node.inner, sh.Date):
            whole_only.add((cls, name))
    assert whole_only == set(WHOLE_ONLY)
    assert dated_fields() - set(WHOLE_ONLY) == {(cls, name) for cls, name, _ in DATED}


@pytest.mark.parametrize(("cls", "name", "base"), DATED)
@pytest.mark.parametrize("written", ["2012", "2015-05", "--03-14", "2020-12-02"])
def test_each_form_round_trips_in_each_dated_field(
    cls: type, name: str, base: dict[str, Any], written: str
) -> None:
    """A year, a month, a day without a year and a whole date: loaded, written, equal."""
    if name == "end_date" and written == "--03-14":
        base = {**base, "date": "--03-13"}
    data = {**base, name: written}
    obj: Any = ip.from_dict(cls, data)
    value = getattr(obj, name)
    if written == "2020-12-02":
        assert type(value) is dt.date  # one date, one value: a whole date is a date
    else:
        assert value == ip.PartialDate.from_iso(written)
    text = ip.to_json(obj)
    assert json.loads(text)[name] == written
    assert ip.from_json(cls, text) == obj
    assert ip.to_dict(ip.from_dict(cls, ip.to_dict(obj))) == ip.to_dict(obj)


def test_a_whole_partial_date_is_refused_and_narrowed() -> None:
    """A PartialDate known to the day is a datetime.date in a dated field; narrow() makes it."""
    whole = ip.PartialDate(year=2020, month=12, day=2)
    with pytest.raises(ip.ValidationError) as caught:
        ip.DocumentRef(number="4010/QĐ-SHTT", date=whole)
    [detail] = caught.value.errors
    assert (detail.path, detail.code) == ("$.date", "inconsistent")
    assert "narrow()" in str(detail)
    assert ip.DocumentRef(number="4010/QĐ-SHTT", date=whole.narrow()).date == dt.date(2020, 12, 2)
    with pytest.raises(ip.ValidationError) as wrong:
        ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.datetime(2020, 12, 2, 8, 0))  # noqa: DTZ001
    assert wrong.value.errors[0].code == "wrong_type"


@pytest.mark.parametrize(
    ("written", "path", "code"),
    [
        ("2021-02-31", "$.grant_date", "invalid_date"),
        ("--02-30", "$.grant_date.day", "out_of_range"),
        ("2016-2", "$.grant_date", "invalid_partial_date"),
        ("14/3", "$.grant_date", "invalid_partial_date"),
    ],
)
def test_impossible_and_unwritten_forms_are_located(written: str, path: str, code: str) -> None:
    """A day 31/2, a 30 February without a year, and forms JSON does not use."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Trademark, {"name": "Mật ong", "grant_date": written})
    assert [(d.path, d.code) for d in caught.value.errors] == [(path, code)]
    with pytest.raises(ip.ValidationError) as again:
        ip.from_json(ip.Trademark, json.dumps({"name": "Mật ong", "grant_date": written}))
    assert [(d.path, d.code) for d in again.value.errors] == [(path, code)]


def test_order_rules_compare_what_partial_dates_can_be() -> None:
    """A grant in "2019" may follow 14/5/2019, one in "2018" cannot; no year, no comparison."""
    filed = dt.date(2019, 5, 14)
    ip.Trademark(name="X", filing_date=filed, grant_date=ip.PartialDate(year=2019))
    with pytest.raises(ip.ValidationError) as caught:
        ip.Trademark(name="X", filing_date=filed, grant_date=ip.PartialDate(year=2018))
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.grant_date", "date_order")]
    assert "grant_date (2018) is before filing_date (2019-05-14)" in str(caught.value)
    ip.Event(
        kind=ip.EventKind.TRAINING_COURSE,
        date=ip.PartialDate(month=12, day=30),
        end_date=ip.PartialDate(month=1, day=2),  # over the new year: not a wrong order
    )
    with pytest.raises(ip.ValidationError):
        ip.Event(
            kind=ip.EventKind.WORKSHOP,
            date=ip.PartialDate(year=2020, month=5),
            end_date=ip.PartialDate(year=2020, month=4),
        )


def test_rights_with_partial_dates_have_a_status_only_when_it_is_certain() -> None:
    """A mark filed in 2012 and granted in 2013 is in force in 12/2020; in 6/2022 unsure."""
    mark = ip.Trademark(
        name="X",
        filing_date=ip.PartialDate(year=2012),
        grant_date=ip.PartialDate(year=2013),
    )
    assert mark.status(dt.date(2020, 12, 2)) is RightStatus.IN_FORCE
    assert mark.status(dt.date(2022, 6, 1)) is None  # expired, in grace, or in force
    assert mark.expiry() is None  # a term counted from a day the source does not give
    gi = ip.GeographicalIndication(name="Hàm Yên", grant_date=ip.PartialDate(year=2012))
    programme = ip.Programme(
        kind=ip.ProgrammeKind.PROGRAMME, name="Chương trình", geographical_indications=(gi,)
    )
    in_force = RightStatus.IN_FORCE
    assert outcomes.rights_by_status(programme, dt.date(2013, 1, 1)) == {in_force: 1}
    assert outcomes.rights_by_status(programme, dt.date(2012, 6, 1)) == {None: 1}  # unsure
    assert outcomes.rights_by_status(programme, dt.date(2011, 6, 1)) == {None: 1}


def test_places_are_checked_on_every_day_a_partial_date_spans() -> None:
    """A district in "2025" may be before the reform; in "2026" it is not; no year, no check."""
    district = ip.Locality(name="Tràng Định", kind=ip.LocalityKind.DISTRICT)
    ip.Event(kind=ip.EventKind.WORKSHOP, date=ip.PartialDate(year=2025), locality=district)
    ip.Event(kind=ip.EventKind.WORKSHOP, date=ip.PartialDate(month=3, day=14), locality=district)
    with pytest.raises(ip.ValidationError) as caught:
        ip.Event(kind=ip.EventKind.WORKSHOP, date=ip.PartialDate(year=2026), locality=district)
    assert [d.path for d in caught.value.errors] == ["$.locality.kind"]


def test_an_event_lists_the_communes_it_covers() -> None:
    """Several communes: held, written, rendered and checked like the event's place."""
    communes = tuple(
        ip.Locality(name=name, kind=ip.LocalityKind.COMMUNE)
        for name in ("Tân Cương", "Phúc Trìu", "Phúc Xuân")
    )
    event = ip.Event(
        kind=ip.EventKind.TRAINING_COURSE, date=ip.PartialDate(year=2025, month=4), places=communes
    )
    assert ip.from_json(ip.Event, ip.to_json(event)) == event
    assert "trên địa bàn xã Tân Cương, xã Phúc Trìu và xã Phúc Xuân" in ip.render(event)
    assert [p["name"] for p in ip.to_jsonld(event)["ipp:coversPlace"]] == [
        "xã Tân Cương",
        "xã Phúc Trìu",
        "xã Phúc Xuân",
    ]
    old = ip.Locality(name="Hà Giang", kind=ip.LocalityKind.PROVINCE)
    with pytest.raises(ip.ValidationError) as caught:
        ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.date(2026, 1, 5), places=(*communes, old))
    # Phúc Trìu and Phúc Xuân became part of xã Đại Phúc on 01/7/2025; Tân Cương remains
    assert [(d.path, d.code) for d in caught.value.errors] == [
        ("$.places[1].name", "not_in_force"),
        ("$.places[2].name", "not_in_force"),
        ("$.places[3].name", "not_in_force"),
    ]
    assert "part of xã Đại Phúc" in caught.value.errors[0].message


def test_rendering_says_how_much_of_a_date_is_known() -> None:
    """A year is "năm 2020", a day without a year says so; no dateline for part of a date."""
    decision = ip.DocumentRef(number="4010/QĐ-SHTT", date=ip.PartialDate(year=2020))
    assert decision_phrase(decision) == "Quyết định số 4010/QĐ-SHTT năm 2020"
    assert heading(decision).splitlines() == ["Số: 4010/QĐ-SHTT", "Năm 2020", "QUYẾT ĐỊNH"]
    place = ip.Locality(name="Thái Nguyên", kind=ip.LocalityKind.PROVINCE)
    event = ip.Event(
        kind=ip.EventKind.TRAINING_COURSE,
        date=ip.PartialDate(month=4, day=11),
        end_date=ip.PartialDate(month=4, day=12),
        locality=place,
    )
    text = ip.render(event)
    assert "Từ ngày 11/4 (chưa rõ năm) đến ngày 12/4 (chưa rõ năm)" in text
    assert "Thái Nguyên, ngày" not in text
    assert heading(event).splitlines()[0] == "Ngày 11/4 (chưa rõ năm)"
    abroad = ip.ForeignProtection(jurisdiction="EU", grant_date=ip.PartialDate(year=2020, month=8))
    assert ip.render(abroad).endswith("từ tháng 8/2020")


def test_a_page_dated_with_a_time() -> None:
    """A page dated "Th 5, 14/03/2024 | 08:15 SA": its date, its time, its line as printed."""
    reading = read_date("Th 5, 14/03/2024 | 08:15 SA")
    source = ip.Source(
        url="https://sokhcn.hagiang.gov.vn/tin-tuc/1",
        published=reading.value,
        published_time=reading.time,
        dateline=reading.text,
    )
    assert ip.to_dict(source)["published_time"] == "08:15"
    assert ip.from_json(ip.Source, ip.to_json(source)) == source
    assert ip.to_jsonld(source)["datePublished"] == "2024-03-14T08:15"
    month = ip.Source(published=ip.PartialDate(year=2024, month=3))
    assert ip.to_jsonld(month)["datePublished"] == "2024-03"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"published": "2024-03-14", "published_time": "24:00"}, "invalid_choice"),
        ({"published": "2024-03-14", "published_time": "8:15"}, "invalid_choice"),
        ({"published": "2024-03-14", "published_time": "08:15:30"}, "invalid_choice"),
        ({"published": "2024-03-14", "published_time": "٠٨:١٥"}, "invalid_choice"),
        ({"published_time": "08:15"}, "inconsistent"),
    ],
)
def test_bad_times_are_located(data: dict[str, str], expected: str) -> None:
    """Times are HH:MM in ASCII digits, and go with a date."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Source, data)
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.published_time", expected)]


def test_a_time_to_the_second_is_refused_on_construction() -> None:
    """JSON writes minutes: a time with seconds or a zone would not come back equal."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.Source(published=dt.date(2024, 3, 14), published_time=dt.time(8, 15, 30))
    assert [d.code for d in caught.value.errors] == ["inconsistent"]
    zone = dt.timezone(dt.timedelta(hours=7))
    with pytest.raises(ip.ValidationError):
        ip.Source(published=dt.date(2024, 3, 14), published_time=dt.time(8, 15, tzinfo=zone))


def test_the_schema_takes_every_form_a_dated_field_takes() -> None:
    """The JSON Schema of a dated field matches the partial forms and whole dates."""
    import re  # noqa: PLC0415

    schema = ip.json_schema(ip.Trademark)["properties"]["grant_date"]["anyOf"][0]
    pattern = re.compile(schema["pattern"])
    for good in ("2012", "2015-05", "--03-14", "2020-12-02"):
        assert pattern.search(good)
    for bad in ("2016-2", "14/3", "２０１６"):
        assert not pattern.search(bad)
