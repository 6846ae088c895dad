"""Records validate themselves on construction, in Python as from data."""

from __future__ import annotations

import datetime as dt
import pickle
import unicodedata
from typing import Any

import attrs
import pytest

import ipprogram as ip
from tests.samples import SAMPLES


def errors_of(cls: type, **kwargs: Any) -> list[tuple[str, str]]:
    """Construct ``cls`` and return (path, code) of every problem raised."""
    with pytest.raises(ip.ValidationError) as caught:
        cls(**kwargs)
    return [(d.path, d.code) for d in caught.value.errors]


CHAIR = ip.Position(title="Chủ tịch", organization=ip.Organization(name="UBND tỉnh Lạng Sơn"))


CLASSES: list[type] = sorted(SAMPLES, key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_classes_are_frozen_slotted_keyword_only(cls: type) -> None:
    """Every record class is a frozen, slotted, keyword-only attrs class."""
    record = SAMPLES[cls]
    field = attrs.fields(cls)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field.name, getattr(record, field.name))
    assert "__slots__" in cls.__dict__
    assert all(f.kw_only for f in attrs.fields(cls))
    with pytest.raises(TypeError):
        cls(getattr(record, field.name))


def test_text_is_stripped_and_nfc() -> None:
    """Text is stored stripped and composed (NFC), whatever form it came in."""
    decomposed = unicodedata.normalize("NFD", "  Đoàn Thu Hà\n")
    person = ip.Person(full_name=decomposed)
    assert person.full_name == "Đoàn Thu Hà"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert ip.from_dict(ip.Person, {"full_name": decomposed}) == person


def test_empty_names_are_refused() -> None:
    """Required and optional text may not be empty or only white space."""
    assert errors_of(ip.Person, full_name=" \t") == [("$.full_name", "empty_text")]
    assert errors_of(ip.Organization, name="Sở KHCN", short_name="") == [
        ("$.short_name", "empty_text")
    ]


def test_lone_surrogates_are_refused() -> None:
    """Text that cannot be written as UTF-8 is refused."""
    assert errors_of(ip.Person, full_name="Hà\ud800") == [("$.full_name", "invalid_text")]


def test_types_are_checked_in_python_too() -> None:
    """Wrong types from Python code give ValidationError, not TypeError."""
    assert errors_of(ip.Person, full_name=3) == [("$.full_name", "wrong_type")]
    assert errors_of(ip.RecipientCount, kind="individual", count=1) == [("$.kind", "wrong_type")]
    assert errors_of(ip.Participant, party=ip.Person(full_name="A"), roles=["speaker"]) == [
        ("$.roles", "wrong_type")
    ]
    assert errors_of(ip.Event, kind=ip.EventKind.MEETING, date=dt.datetime(2020, 12, 2)) == [  # noqa: DTZ001
        ("$.date", "wrong_type")
    ]


def test_period_order() -> None:
    """A period may not start after it ends; the same year at both ends is fine."""
    assert ip.Period.years(2020, 2020).start == ip.PartialDate(year=2020)
    assert errors_of(
        ip.Period, start=ip.PartialDate(year=2020, month=3), end=ip.PartialDate(year=2020, month=2)
    ) == [("$.start", "period_order")]
    assert errors_of(ip.Period) == [("$", "empty_period")]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"year": 0}, [("$.year", "out_of_range")]),
        ({"year": 2020, "month": 13}, [("$.month", "out_of_range")]),
        ({"year": 2021, "month": 2, "day": 29}, [("$.day", "out_of_range")]),
        ({"year": 2020, "day": 1}, [("$.day", "inconsistent")]),
    ],
)
def test_partial_date_rules(kwargs: dict[str, int], expected: list[tuple[str, str]]) -> None:
    """A partial date is a real date as far as it goes."""
    assert errors_of(ip.PartialDate, **kwargs) == expected


def test_leap_day_partial_date() -> None:
    """29 February exists in leap years."""
    assert ip.PartialDate(year=2024, month=2, day=29).last_day == dt.date(2024, 2, 29)


def test_counts_and_named_recipients() -> None:
    """Counts are not negative; named recipients do not outnumber counts, per kind."""
    assert errors_of(ip.RecipientCount, kind=ip.RecipientKind.COLLECTIVE, count=-1) == [
        ("$.count", "negative")
    ]
    two = (ip.Organization(name="HTX Na Chi Lăng"), ip.Organization(name="HTX Hồi Văn Quan"))
    counts = (ip.RecipientCount(kind=ip.RecipientKind.COLLECTIVE, count=1),)
    assert errors_of(
        ip.Award,
        form=ip.AwardForm.CERTIFICATE_OF_MERIT,
        conferred_by=CHAIR,
        counts=counts,
        recipients=two,
    ) == [("$.recipients", "too_many_recipients")]
    person = (ip.Person(full_name="Lý Văn A"),)
    assert errors_of(
        ip.Award,
        form=ip.AwardForm.CERTIFICATE_OF_MERIT,
        conferred_by=CHAIR,
        counts=counts,
        recipients=person,
    ) == [("$.recipients", "too_many_recipients")]


def test_counted_and_named_recipients_add_up() -> None:
    """Award.count prefers the counts, and uses the named recipients when none are given."""
    award = ip.Award(
        form=ip.AwardForm.CERTIFICATE_OF_MERIT,
        conferred_by=CHAIR,
        counts=(
            ip.RecipientCount(kind=ip.RecipientKind.COLLECTIVE, count=2),
            ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=8),
        ),
        recipients=(ip.Person(full_name="Lý Văn A"),),
    )
    assert award.count(ip.RecipientKind.INDIVIDUAL) == 8
    assert award.count(ip.RecipientKind.HOUSEHOLD) == 0
    assert award.total == 10
    named_only = ip.Award(
        form=ip.AwardForm.CERTIFICATE_OF_MERIT,
        conferred_by=CHAIR,
        recipients=(ip.Person(full_name="Lý Văn A"), ip.Household(head=ip.Person(full_name="B"))),
    )
    assert named_only.total == 2
    assert named_only.count(ip.RecipientKind.HOUSEHOLD) == 1


def test_duplicate_recipient_kinds_in_counts() -> None:
    """Each recipient kind is counted once."""
    count = ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=1)
    assert errors_of(
        ip.Award, form=ip.AwardForm.CERTIFICATE_OF_MERIT, conferred_by=CHAIR, counts=(count, count)
    ) == [("$.counts[1]", "duplicate")]


def test_marks() -> None:
    """Nice classes are 1 to 45 and distinct; a mark is not granted before it is filed."""
    owner = ip.Organization(name="Hội Làm vườn huyện Tràng Định")
    assert errors_of(
        ip.Trademark,
        name="Quýt Tràng Định",
        kind=ip.MarkKind.COLLECTIVE,
        owner=owner,
        nice_classes=(31, 46, 31, 0),
        filing_date=dt.date(2018, 10, 17),
        grant_date=dt.date(2017, 1, 1),
    ) == [
        ("$.nice_classes[1]", "out_of_range"),
        ("$.nice_classes[3]", "out_of_range"),
        ("$.nice_classes[2]", "duplicate"),
        ("$.grant_date", "date_order"),
    ]


def test_geographical_indications_belong_to_the_state() -> None:
    """A GI has no owner field: its owner is the State, and a body manages it."""
    gi = SAMPLES[ip.GeographicalIndication]
    assert isinstance(gi, ip.GeographicalIndication)
    assert gi.owner is ip.STATE
    assert "owner" not in attrs.fields_dict(ip.GeographicalIndication)
    assert "owner" not in ip.to_dict(gi)
    anything: object = gi
    assert not isinstance(anything, ip.Trademark)


def test_locality_tiers_and_codes() -> None:
    """A unit lies in a unit of a higher tier; codes are digits."""
    province = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE)
    commune = ip.Locality(name="Chi Lăng", kind=ip.LocalityKind.COMMUNE, parent=province)
    assert errors_of(
        ip.Locality, name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, parent=commune
    ) == [("$.parent", "inconsistent")]
    assert errors_of(ip.Locality, name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="２０") == [
        ("$.code", "invalid_choice")
    ]


def test_event_rules() -> None:
    """Award ids are unique; participants refer to existing awards; dates in order."""
    award = ip.Award(id="bk", form=ip.AwardForm.CERTIFICATE_OF_MERIT, conferred_by=CHAIR)
    assert errors_of(
        ip.Event,
        kind=ip.EventKind.CEREMONY,
        date=dt.date(2020, 12, 2),
        awards=(award, award),
        participants=(ip.Participant(party=ip.AwardRecipients(award="gk")),),
    ) == [("$.awards[1].id", "duplicate"), ("$.participants[0].party.award", "unknown_reference")]


def test_urls() -> None:
    """Source and photo URLs are http(s) URLs."""
    assert errors_of(ip.Photo, caption="Ảnh", url="ftp://x") == [("$.url", "invalid_choice")]
    assert (
        ip.Source(url="https://sokhcn.langson.gov.vn/tin").url
        == "https://sokhcn.langson.gov.vn/tin"
    )


def test_records_pickle_and_hash() -> None:
    """Records are hashable values that survive pickling."""
    event = ip.examples.langson_2020()
    assert pickle.loads(pickle.dumps(event)) == event  # noqa: S301 - our own data
    assert hash(event) == hash(ip.examples.langson_2020())


def test_labelled_enums() -> None:
    """Enum members have stable snake_case values and Vietnamese labels, both ways."""
    for enum_class in (
        ip.EventKind,
        ip.AwardForm,
        ip.RecipientKind,
        ip.MarkKind,
        ip.ProductCategory,
        ip.ParticipantRole,
        ip.LocalityKind,
        ip.ProgrammeKind,
        ip.ProgrammeOutcome,
        ip.Gender,
        ip.OfficeStatus,
    ):
        for member in enum_class:
            assert member.value == member.value.lower()
            assert member.value.replace("_", "").isascii()
            assert member.label
            assert enum_class.from_label(member.label.upper()) is member
    with pytest.raises(LookupError):
        ip.MarkKind.from_label("nhãn hiệu tập thể mới")


def test_repr_leaves_out_fields_at_their_defaults() -> None:
    """Required fields and changed ones are shown, defaults are not; nested records too."""
    person = ip.Person(full_name="Lê An", gender=ip.Gender.FEMALE)
    assert repr(person) == "Person(full_name='Lê An', gender=<Gender.FEMALE: 'female'>)"
    tally = ip.RightsTally(total=0, unbalanced=False)
    assert repr(tally) == "RightsTally(total=0)"  # 0 is not the default None
    figure = ip.Quantity(value=0.0)
    assert repr(figure) == "Quantity(value=0.0)"  # a required field, always shown
    event = ip.examples.langson_2020()
    text = repr(event)
    assert "venue=None" not in text
    assert "claims=()" not in text
    assert text.startswith("Event(kind=<EventKind.SUMMARY_CONFERENCE")
    assert len(text) < 6000


def test_duplicates_of_members_supports_and_products_are_found_and_quoted() -> None:
    """Members repeat by identity, supports by kind, products by name; each is quoted."""
    from ipprogram.model._base import duplicates  # noqa: PLC0415 - the check itself

    roles = (ip.ParticipantRole.ATTENDEE, ip.ParticipantRole.SPEAKER, ip.ParticipantRole.ATTENDEE)
    [found] = duplicates(("roles",), roles, "role", "vai trò")
    assert (found.path, found.value) == ("$.roles[2]", "'attendee'")
    assert duplicates(("roles",), roles[:2], "role", "vai trò") == ()
    support = ip.MarkSupport(kind=ip.MarkKind.COLLECTIVE)
    product = ip.Product(name="Hồi Văn Quan")
    with pytest.raises(ip.ValidationError) as caught:
        ip.Programme(
            kind=ip.ProgrammeKind.PROGRAMME,
            name="Chương trình",
            outcomes=(ip.ProgrammeOutcome.AWARENESS_RAISED, ip.ProgrammeOutcome.AWARENESS_RAISED),
            mark_support=(support, ip.MarkSupport(kind=ip.MarkKind.CERTIFICATION), support),
            exported_products=(product, ip.Product(name=" Hồi Văn Quan ")),
        )
    assert [(d.path, d.code, d.value) for d in caught.value.errors] == [
        ("$.outcomes[1]", "duplicate", "'awareness_raised'"),
        ("$.mark_support[2]", "duplicate", "'collective'"),
        ("$.exported_products[1]", "duplicate", "'Hồi Văn Quan'"),
    ]
