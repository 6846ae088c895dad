"""Each error code in the catalogue is produced by some input, shown here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import ipprogram as ip
from ipprogram import tables
from ipprogram.errors import ERROR_CODES
from ipprogram.vi import parse_date, parse_quantity
from tests.samples import SAMPLES

CHAIR = SAMPLES[ip.Award].conferred_by  # type: ignore[attr-defined]


def _event(**changes: object) -> object:
    data = ip.to_dict(SAMPLES[ip.Event])
    data.update(changes)
    return data


PRODUCERS: dict[str, tuple[str, Callable[[], object]]] = {
    "wrong_type": ("$.full_name", lambda: ip.from_dict(ip.Person, {"full_name": 3})),
    "missing": ("$.full_name", lambda: ip.from_dict(ip.Person, {})),
    "unknown_key": ("$.age", lambda: ip.from_dict(ip.Person, {"full_name": "A", "age": 3})),
    "invalid_choice": (
        "$.gender",
        lambda: ip.from_dict(ip.Person, {"full_name": "A", "gender": "x"}),
    ),
    "invalid_date": ("$.date", lambda: ip.from_dict(ip.Event, _event(date="2021-02-29"))),
    "invalid_partial_date": ("$.start", lambda: ip.from_dict(ip.Period, {"start": "2016-2"})),
    "unreadable_date": ("$", lambda: parse_date("ngày 5 tháng 7")),
    "unreadable_quantity": ("$", lambda: parse_quantity("2.5 ha")),
    "wrong_record_type": (
        "$.record_type",
        lambda: ip.from_dict(ip.Person, {"record_type": "Trademark", "full_name": "A"}),
    ),
    "invalid_cell": (
        "$[0].count",
        lambda: tables.from_tables(
            ip.RecipientCount,
            {"RecipientCount": [("@id", "kind", "count"), ("r1", "individual", "3.0")]},
            typed=False,
        ),
    ),
    "empty_text": ("$.full_name", lambda: ip.Person(full_name="")),
    "invalid_text": ("$.full_name", lambda: ip.Person(full_name="\udc00")),
    "negative": (
        "$.count",
        lambda: ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=-1),
    ),
    "out_of_range": ("$.month", lambda: ip.PartialDate(year=2020, month=0)),
    "period_order": ("$.start", lambda: ip.Period.years(2021, 2020)),
    "date_order": (
        "$.end_date",
        lambda: ip.Event(
            kind=ip.EventKind.MEETING, date=dt.date(2020, 2, 2), end_date=dt.date(2020, 2, 1)
        ),
    ),
    "empty_period": ("$", ip.Period),
    "too_many_recipients": (
        "$.recipients",
        lambda: ip.Award(
            form=ip.AwardForm.CERTIFICATE_OF_MERIT,
            conferred_by=CHAIR,
            counts=(ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=0),),
            recipients=(ip.Person(full_name="A"),),
        ),
    ),
    "duplicate": (
        "$.roles[1]",
        lambda: ip.Participant(
            party=ip.Person(full_name="A"),
            roles=(ip.ParticipantRole.SPEAKER, ip.ParticipantRole.SPEAKER),
        ),
    ),
    "unknown_reference": (
        "$.participants[0].party.award",
        lambda: ip.Event(
            kind=ip.EventKind.MEETING,
            date=dt.date(2020, 2, 2),
            participants=(ip.Participant(party=ip.AwardRecipients(award="x")),),
        ),
    ),
    "unknown_field": (
        "$.claims[0].field",
        lambda: ip.Trademark(name="Quả Bảo Thắng", claims=(ip.Claim(field="colour", value="đỏ"),)),
    ),
    "tally_sum": (
        "$.counts",
        lambda: ip.RightsTally(
            total=1, counts=(ip.RightsCount(kind=ip.ProtectionKind.MARK, count=2),)
        ),
    ),
    "inconsistent": ("$.day", lambda: ip.PartialDate(year=2020, day=3)),
    "invalid_identifier": ("$.number", lambda: ip.DocumentRef(number="5346 Đ-SHTT")),
    "unknown_place": (
        "$.code",
        lambda: ip.Locality(
            name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="99", as_of=dt.date(2020, 1, 1)
        ),
    ),
    "not_in_force": (
        "$.locality.kind",
        lambda: ip.Event(
            kind=ip.EventKind.MEETING,
            date=dt.date(2026, 1, 1),
            locality=ip.Locality(name="Tràng Định", kind=ip.LocalityKind.DISTRICT),
        ),
    ),
    "missing_tag": (
        "$.party.type",
        lambda: ip.from_dict(ip.Participant, {"party": {"full_name": "A"}}),
    ),
    "unknown_tag": (
        "$.party.type",
        lambda: ip.from_dict(ip.Participant, {"party": {"type": "robot"}}),
    ),
    "unsupported_version": (
        "$.schema_version",
        lambda: ip.from_dict(ip.Person, {"schema_version": 9, "full_name": "A"}),
    ),
    "json_syntax": ("$", lambda: ip.from_json(ip.Person, "{")),
    "duplicate_key": (
        "$.full_name",
        lambda: ip.from_json(ip.Person, '{"full_name": "A", "full_name": "A"}'),
    ),
    "invalid_number": ("$.full_name", lambda: ip.from_json(ip.Person, '{"full_name": NaN}')),
    "too_large": ("$", lambda: ip.from_json(ip.Person, '{"full_name": "A"}', max_size=10)),
    "too_deep": ("$", lambda: ip.from_json(ip.Person, "[[[]]]", max_depth=2)),
    "invalid_encoding": ("$", lambda: ip.from_json(ip.Person, b'{"full_name": "\xff"}')),
}


def test_every_code_has_a_producer() -> None:
    """The table below covers the whole catalogue, and nothing outside it."""
    assert set(PRODUCERS) == set(ERROR_CODES)


@pytest.mark.parametrize("code", sorted(PRODUCERS))
def test_code_is_produced(code: str) -> None:
    """The input raises ValidationError with exactly this code at this path."""
    path, produce = PRODUCERS[code]
    with pytest.raises(ip.ValidationError) as caught:
        produce()
    assert [(d.path, d.code) for d in caught.value.errors] == [(path, code)]


def test_deep_python_data_is_an_error_not_a_crash() -> None:
    """A dict nested past what the interpreter can recurse into gives ValidationError."""
    data: dict[str, object] = {"name": "A"}
    for _ in range(5000):
        data = {"name": "A", "parent": data}
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Organization, data)
    assert [d.code for d in caught.value.errors] == ["too_deep"]
