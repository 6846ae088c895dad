"""Events (conferences, workshops, ceremonies), who took part, and the awards given.

>>> import datetime as dt
>>> from ipprogram import (
...     Award,
...     AwardForm,
...     Event,
...     EventKind,
...     Organization,
...     Position,
...     RecipientCount,
...     RecipientKind,
... )
>>> chairman = Position(
...     title="Chủ tịch", organization=Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn")
... )
>>> award = Award(
...     form=AwardForm.CERTIFICATE_OF_MERIT,
...     conferred_by=chairman,
...     counts=(RecipientCount(kind=RecipientKind.COLLECTIVE, count=2),),
... )
>>> event = Event(kind=EventKind.SUMMARY_CONFERENCE, date=dt.date(2020, 12, 2), awards=(award,))
>>> event.awards[0].total
2
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import ClassVar, Final

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_iri, duplicates, in_order, needs, not_negative, record, rule
from ipprogram.model.dates import PartialDate
from ipprogram.model.documents import DocumentRef, Photo, Source
from ipprogram.model.enums import (
    AwardForm,
    EventKind,
    HandoverAction,
    ParticipantRole,
    PrizeRank,
    RecipientKind,
)
from ipprogram.model.facts import Claim, RightsTally, claim_problems
from ipprogram.model.grants import Licence
from ipprogram.model.ip import GeographicalIndication, Trademark
from ipprogram.model.parties import Household, Organization, OrganizationGroup, Person, Position
from ipprogram.model.places import Locality, own_place_problems, place_days, places_rule
from ipprogram.model.programme import Programme
from ipprogram.model.quantity import Quantity

__all__ = [
    "Award",
    "AwardRecipients",
    "Event",
    "Handover",
    "Participant",
    "Prize",
    "RecipientCount",
    "recipient_kind",
]

Recipient = Person | Organization | Household


def recipient_kind(recipient: Recipient) -> RecipientKind:
    """Return the kind of recipient a named party is.

    A person is an individual, an organisation a collective, a household a household.

    >>> recipient_kind(Person(full_name="Hoàng Văn A"))
    <RecipientKind.INDIVIDUAL: 'individual'>
    """
    return _kind_of_class(type(recipient))


#: How many classes' kinds of recipient are remembered (the model has three).
_KINDS_REMEMBERED: Final = 64
#: The kinds of recipient, in the order messages name them.
_RECIPIENT_KINDS: Final = tuple(RecipientKind)


_KIND_OF_CLASS: dict[type, RecipientKind] = {}


def _kind_of_class(cls: type) -> RecipientKind:
    found = _KIND_OF_CLASS.get(cls)
    if found is None:
        if issubclass(cls, Person):
            found = RecipientKind.INDIVIDUAL
        elif issubclass(cls, Organization):
            found = RecipientKind.COLLECTIVE
        else:
            found = RecipientKind.HOUSEHOLD
        if len(_KIND_OF_CLASS) < _KINDS_REMEMBERED:
            _KIND_OF_CLASS[cls] = found
    return found


@record
class RecipientCount:
    """How many recipients of one kind an award went to ("02 tập thể").

    >>> RecipientCount(kind=RecipientKind.INDIVIDUAL, count=-1)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.count: must not be negative, got -1 [negative]
    """

    kind: RecipientKind
    count: int

    @rule
    def _not_negative(self) -> Iterable[ErrorDetail]:
        return not_negative("count", self.count)


@record
class Prize:
    """One prize of a contest: its rank, how many, the amount of each, who won it.

    ``amount`` is money per prize ("mỗi giải 2 triệu đồng", "500 ngàn" read by
    :func:`ipprogram.vi.parse_quantity`); ``name`` the prize's own name for
    :attr:`PrizeRank.OTHER`; ``recipient_kind`` whether individuals or collectives win it.

    >>> Prize(rank=PrizeRank.FIRST, count=1, amount=Quantity(value=3, unit="ha"))
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.amount.unit: a prize's amount is money, in đồng [inconsistent]
    """

    rank: PrizeRank
    name: str | None = None
    count: int | None = None
    amount: Quantity | None = None
    recipient_kind: RecipientKind | None = None
    recipients: tuple[Person | Organization | Household, ...] = ()

    @rule
    def _valid(self) -> Iterator[ErrorDetail]:
        yield from not_negative("count", self.count)
        if self.amount is not None and not self.amount.is_money:
            yield ErrorDetail(
                ("amount", "unit"),
                "inconsistent",
                detail="a prize's amount is money, in đồng",
                detail_vi="giá trị giải thưởng là tiền, tính bằng đồng",
            )
        if self.count is not None and len(self.recipients) > self.count:
            yield ErrorDetail(
                ("recipients",),
                "too_many_recipients",
                named=len(self.recipients),
                kind="prize",
                kind_vi="giải",
                counted=self.count,
            )


@record
class Award:
    """A commendation given at an event: its form, who conferred it, and to whom.

    Sources often count recipients without naming them ("02 tập thể, 08 cá nhân"):
    ``counts`` holds those figures, ``recipients`` whoever is named. Named recipients of
    a kind may not outnumber the count of that kind, when counts are given.
    ``conferred_by`` is the office in whose name it is given (the Chairman of the
    provincial People's Committee for a Bằng khen); ``presented_by`` the person who
    handed it over; ``awarding_body`` the body that gives a contest's prizes ("Ban tổ
    chức"). ``unnamed`` is how a source writes recipients it neither names nor counts
    ("các tập thể và cá nhân"): not counted is not zero, and ``total`` is then
    ``None``. ``prizes`` are a contest's prizes, and ``stated_prize_count`` the number of
    prizes a source gives in all, checked against them. ``id`` lets participants refer
    to its recipients.

    >>> Award(
    ...     form=AwardForm.CERTIFICATE_OF_COMMENDATION,
    ...     conferred_by=Position(title="Giám đốc", organization=Organization(name="Sở KHCN")),
    ...     counts=(RecipientCount(kind=RecipientKind.INDIVIDUAL, count=1),),
    ...     recipients=(Person(full_name="Hoàng Văn A"), Person(full_name="Lý Thị B")),
    ... )
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.recipients: 2 named individual recipients but only 1 counted [too_many_recipients]
    """

    id: str | None = None
    form: AwardForm
    conferred_by: Position | None = None
    awarding_body: Organization | None = None
    counts: tuple[RecipientCount, ...] = ()
    recipients: tuple[Person | Organization | Household, ...] = ()
    unnamed: str | None = None
    presented_by: Person | None = None
    citation: str | None = None
    decision: DocumentRef | None = None
    prizes: tuple[Prize, ...] = ()
    stated_prize_count: int | None = None

    @rule
    def _counts(self) -> Iterator[ErrorDetail]:
        if len(self.counts) > 1:  # one repeats nothing: the kinds' list is not made
            yield from duplicates(
                ("counts",),
                [count.kind for count in self.counts],
                "recipient kind",
                "loại người nhận",
            )
        if self.counts:
            named = dict.fromkeys(_RECIPIENT_KINDS, 0)
            for recipient in self.recipients:
                named[_kind_of_class(type(recipient))] += 1
            counted = {count.kind: count.count for count in self.counts}
            for kind in _RECIPIENT_KINDS:
                if named[kind] > counted.get(kind, 0):
                    yield ErrorDetail(
                        ("recipients",),
                        "too_many_recipients",
                        named=named[kind],
                        kind=kind.value,
                        kind_vi=kind.label,
                        counted=counted.get(kind, 0),
                    )

    def count(self, kind: RecipientKind) -> int:
        """How many recipients of ``kind`` the award went to, counted or named.

        >>> award = Award(
        ...     form=AwardForm.CERTIFICATE_OF_MERIT,
        ...     conferred_by=Position(
        ...         title="Chủ tịch", organization=Organization(name="UBND tỉnh")
        ...     ),
        ...     recipients=(Person(full_name="Hoàng Văn A"),),
        ... )
        >>> award.count(RecipientKind.INDIVIDUAL), award.count(RecipientKind.COLLECTIVE)
        (1, 0)
        """
        for count in self.counts:
            if count.kind is kind:
                return count.count
        if self.counts:
            return 0
        return sum(1 for recipient in self.recipients if recipient_kind(recipient) is kind)

    @rule
    def _prizes(self) -> Iterator[ErrorDetail]:
        yield from not_negative("stated_prize_count", self.stated_prize_count)
        counted = [prize.count for prize in self.prizes]
        if self.stated_prize_count is not None and counted and None not in counted:
            listed = sum(count for count in counted if count is not None)
            if listed != self.stated_prize_count:
                yield ErrorDetail(
                    ("prizes",),
                    "tally_sum",
                    parts=listed,
                    total=self.stated_prize_count,
                )

    @property
    def total(self) -> int | None:
        """How many recipients in all; ``None`` when they are neither counted nor named.

        >>> Award(form=AwardForm.CERTIFICATE_OF_MERIT, unnamed="các tập thể và cá nhân").total
        """
        if not self.counts and not self.recipients:
            return None
        return sum(self.count(kind) for kind in RecipientKind)


@record
class AwardRecipients:
    """The recipients of one of the event's awards, as a party to the event.

    "Các tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen" attended: that is a
    participant whose party is ``AwardRecipients(award="bang-khen")``.

    >>> AwardRecipients(award="bang-khen").award
    'bang-khen'
    """

    TAG: ClassVar[str] = "award_recipients"

    award: str


@record
class Participant:
    """Someone who took part in an event, and in what roles.

    ``party`` is a person (with the position they held), an organisation (when only
    "representatives of" it are named), a group of organisations, or the recipients of
    one of the event's awards. ``count`` is how many came, as the source gives it
    ("62 Sở Khoa học và Công nghệ", "khoảng 350 đại biểu").

    >>> Participant(party=Person(full_name="Đoàn Thu Hà"), roles=(ParticipantRole.SPEAKER,)).roles[
    ...     0
    ... ].label
    'phát biểu'
    """

    party: Person | Organization | OrganizationGroup | AwardRecipients
    roles: tuple[ParticipantRole, ...] = (ParticipantRole.ATTENDEE,)
    count: Quantity | None = None

    @rule
    def _roles(self) -> Iterable[ErrorDetail]:
        return duplicates(("roles",), self.roles, "role", "vai trò")


@record
class Handover:
    """Titles an event announced, handed over or received, and from whom to whom.

    ``rights`` are the marks and GIs, ``decisions`` the grant decisions, ``licences`` the
    licences to use; ``by`` hands them over (the IP Office of Viet Nam), ``to`` receives
    them (a district People's Committee).

    >>> Handover(action=HandoverAction.HANDED_OVER)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $: a handover names the titles, decisions or licences it concerns [inconsistent]
    """

    action: HandoverAction
    rights: tuple[Trademark | GeographicalIndication, ...] = ()
    decisions: tuple[DocumentRef, ...] = ()
    licences: tuple[Licence, ...] = ()
    by: Organization | Person | None = None
    to: Organization | Person | Household | None = None

    @rule
    def _something(self) -> Iterator[ErrorDetail]:
        if not (self.rights or self.decisions or self.licences):
            yield ErrorDetail(
                (),
                "inconsistent",
                detail="a handover names the titles, decisions or licences it concerns",
                detail_vi="việc trao, công bố phải nêu văn bằng, quyết định hoặc giấy phép",
            )


@record
class Event:
    """An event of an IP programme: a conference, a workshop, a training course...

    ``reviews`` are the programmes the event reviewed (a summary conference reviews a
    finished programme); ``launches`` those it launched. ``organizers`` held it;
    ``participants`` took part; ``awards`` were given at it. ``other_kinds`` are its
    other purposes (a summary conference that is also an announcement ceremony is one
    event); ``handovers`` the titles it announced, handed over or received; ``rating``
    the result an acceptance meeting gives ("Khá"). ``tallies`` are the counts
    of titles reported at it; ``claims`` say what its sources state and how sure the
    record is of each fact (:mod:`ipprogram.model.facts`).

    ``date`` and ``end_date`` are whole dates or, as a page gives them, partial ones
    (:class:`~ipprogram.PartialDate`: a month, a year, "Ngày 14/3" without a year).
    ``date`` is ``None`` when the page gives none ("Mới đây"): a
    :class:`~ipprogram.Claim` on ``"date"`` keeps what it writes
    (:meth:`ipprogram.vi.reading.DateReading.claim`). ``locality`` is where the event
    was held and ``places`` the further units it covers (the communes a course was
    taught in). Every place the event names without an ``as_of`` date of its own is
    checked against the event's ``date`` (a partial date: on every day it spans).

    >>> Event(kind=EventKind.WORKSHOP, date=dt.date(2020, 12, 2), end_date=dt.date(2020, 12, 1))
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.end_date: end_date (2020-12-01) is before date (2020-12-02) [date_order]
    """

    kind: EventKind
    other_kinds: tuple[EventKind, ...] = ()
    date: dt.date | PartialDate | None = None
    end_date: dt.date | PartialDate | None = None
    title: str | None = None
    locality: Locality | None = None
    venue: str | None = None
    places: tuple[Locality, ...] = ()
    organizers: tuple[Organization, ...] = ()
    reviews: tuple[Programme, ...] = ()
    launches: tuple[Programme, ...] = ()
    participants: tuple[Participant, ...] = ()
    awards: tuple[Award, ...] = ()
    photos: tuple[Photo, ...] = ()
    source: Source | None = None
    tallies: tuple[RightsTally, ...] = ()
    handovers: tuple[Handover, ...] = ()
    rating: str | None = None
    claims: tuple[Claim, ...] = ()
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)

    @rule
    def _dates(self) -> Iterator[ErrorDetail]:
        if self.end_date is not None and self.date is None:
            yield ErrorDetail(
                ("end_date",),
                "inconsistent",
                detail="an end date needs the date the event began",
                detail_vi="có ngày kết thúc thì phải có ngày bắt đầu",
            )
        else:
            yield from in_order("date", self.date, "end_date", self.end_date)

    @rule
    def _kinds(self) -> Iterator[ErrorDetail]:
        seen = {self.kind}
        for index, kind in enumerate(self.other_kinds):
            if kind in seen:
                yield ErrorDetail(
                    ("other_kinds", index),
                    "duplicate",
                    value=kind.value,
                    what="kind of event",
                    what_vi="loại sự kiện",
                )
            seen.add(kind)

    @rule
    def _award_ids(self) -> Iterator[ErrorDetail]:
        seen: set[str] = set()
        for index, award in enumerate(self.awards):
            if award.id in seen:
                yield ErrorDetail(
                    ("awards", index, "id"),
                    "duplicate",
                    value=award.id,
                    what="award id",
                    what_vi="mã khen thưởng",
                )
            if award.id is not None:
                seen.add(award.id)

    def place_days(self) -> tuple[dt.date, ...]:
        """The days the event's places are checked on: its date, or both ends of it.

        >>> Event(kind=EventKind.WORKSHOP, date=dt.date(2020, 12, 2)).place_days()
        (datetime.date(2020, 12, 2),)
        """
        return place_days(self.date)

    @places_rule
    def _places(self) -> Iterator[ErrorDetail]:
        yield from own_place_problems(self, self.place_days())

    @rule
    def _references(self) -> Iterator[ErrorDetail]:
        award_ids = {award.id for award in self.awards if award.id is not None}
        for index, participant in enumerate(self.participants):
            if (
                isinstance(participant.party, AwardRecipients)
                and participant.party.award not in award_ids
            ):
                yield ErrorDetail(
                    ("participants", index, "party", "award"),
                    "unknown_reference",
                    value=participant.party.award,
                    what="award",
                    what_vi="khen thưởng",
                )

    @rule
    @needs("claims")  # claim_problems reads the fields the claims name
    def _claims(self) -> Iterable[ErrorDetail]:
        return claim_problems(self, self.claims)
