"""Questions users ask of a programme's outcomes, answered with typed results.

Counts of rights by kind, status and place; products by category and place; award
recipients by form and kind; targets against actuals with the achievement as a ratio or,
where a figure is qualified, as a bounded interval; planned projects against granted
rights; and the figures on which sources disagree.

Counts are :class:`collections.Counter` objects: a key that is absent counts 0, and keys
come in a fixed order (vocabulary order, then places in Vietnamese alphabetical order).

>>> from ipprogram import examples, outcomes
>>> programme = examples.langson_programme()
>>> dict(outcomes.planned_vs_granted(programme.successor))
... # doctest: +NORMALIZE_WHITESPACE
{<ProtectionKind.COLLECTIVE_MARK: 'collective_mark'>: Tally(planned=3, granted=0),
 <ProtectionKind.CERTIFICATION_MARK: 'certification_mark'>: Tally(planned=3, granted=0),
 <ProtectionKind.GEOGRAPHICAL_INDICATION: 'geographical_indication'>: Tally(planned=2, granted=0)}
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from typing import NamedTuple, TypeVar

from ipprogram.model import (
    AwardForm,
    Certainty,
    Claim,
    Event,
    GeographicalIndication,
    Indicator,
    IndicatorRole,
    IndicatorValue,
    Locality,
    PartialDate,
    Period,
    Product,
    ProductCategory,
    Programme,
    ProjectStatus,
    ProtectionKind,
    Qualifier,
    Quantity,
    RecipientKind,
    Trademark,
    protection_kind,
)
from ipprogram.terms import RightKind, RightStatus, known_status
from ipprogram.vi.collation import sort_key

__all__ = [
    "Achievement",
    "ClaimConflict",
    "Conflict",
    "IndicatorResult",
    "Tally",
    "achievement",
    "claim_conflicts",
    "conflicts",
    "planned_vs_granted",
    "products",
    "products_by_category",
    "products_by_place",
    "recipients_by_form_and_kind",
    "results",
    "rights",
    "rights_by_kind",
    "rights_by_place",
    "rights_by_status",
]

Right = Trademark | GeographicalIndication
_K = TypeVar("_K", bound=Hashable)
_T = TypeVar("_T")


def _unique(items: Iterable[_T]) -> Iterator[_T]:
    seen: list[_T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
            yield item


def rights(programme: Programme) -> tuple[Right, ...]:
    """Every right a programme established: its marks and GIs and its projects' results.

    A right listed both on the programme and as a project's result counts once.

    >>> from ipprogram import examples
    >>> rights(examples.langson_programme())
    ()
    """
    results = (project.result for project in programme.projects if project.result is not None)
    return tuple(_unique([*programme.marks, *programme.geographical_indications, *results]))


def _in_order(counter: Counter[_K], order: Iterable[_K]) -> Counter[_K]:
    return Counter({key: counter[key] for key in order if counter[key]})


def rights_by_kind(programme: Programme) -> Counter[ProtectionKind]:
    """Count a programme's rights by kind (collective mark, certification mark, GI, ...).

    >>> from ipprogram import examples
    >>> rights_by_kind(examples.langson_programme())[ProtectionKind.COLLECTIVE_MARK]
    0
    """
    counts = Counter(protection_kind(right) for right in rights(programme))
    return _in_order(counts, ProtectionKind)


def _right_status(right: Right, on: dt.date) -> RightStatus | None:
    if right.filing_date is not None:
        kind = (
            RightKind.GEOGRAPHICAL_INDICATION
            if isinstance(right, GeographicalIndication)
            else RightKind.MARK
        )
        return known_status(kind, on=on, filing_date=right.filing_date, grant_date=right.grant_date)
    granted = right.grant_date
    if isinstance(right, GeographicalIndication) and granted is not None:
        if isinstance(granted, PartialDate):
            if not granted.has_year or granted.first_day <= on < granted.last_day:
                return None  # granted on a day the partial date does not tell
            granted = granted.last_day
        return RightStatus.IN_FORCE if on >= granted else None  # GIs never expire
    return None


def rights_by_status(programme: Programme, on: dt.date) -> Counter[RightStatus | None]:
    """Count a programme's rights by where they stand on ``on`` (``None``: not known).

    The status follows the Law on IP, Art. 93 (see :func:`ipprogram.terms.status`); a
    right whose filing date is not recorded has no known status, except a GI whose grant
    date is known, which does not expire.

    >>> import datetime as dt
    >>> from ipprogram import examples
    >>> rights_by_status(examples.langson_programme(), dt.date(2025, 1, 1))
    Counter()
    """
    counts = Counter(_right_status(right, on) for right in rights(programme))
    return _in_order(counts, [*RightStatus, None])


def _right_places(right: Right) -> list[Locality | None]:
    if isinstance(right, GeographicalIndication) and right.area:
        return list(right.area)
    places = [product.locality for product in right.products if product.locality is not None]
    if places:
        return list(_unique(places))
    if isinstance(right, Trademark) and right.owner and right.owner.locality is not None:
        return [right.owner.locality]
    return [None]


def _by_place(counter: Counter[Locality | None]) -> Counter[Locality | None]:
    named = sorted((place for place in counter if place is not None), key=_place_key)
    return _in_order(counter, [*named, None])


def _place_key(place: Locality) -> tuple[object, ...]:
    return (sort_key(place.name), place.kind.value if place.kind else "", place.code or "")


def rights_by_place(programme: Programme) -> Counter[Locality | None]:
    """Count a programme's rights by the place of their products (``None``: not recorded).

    A GI counts once for each place of its area; a mark for each place its products come
    from, or else its owner's place. Places sort in Vietnamese alphabetical order, with
    ``None`` last; pass district-level places in the records to count by district.

    >>> from ipprogram import examples
    >>> rights_by_place(examples.langson_programme())
    Counter()
    """
    return _by_place(
        Counter(place for right in rights(programme) for place in _right_places(right))
    )


def products(programme: Programme) -> tuple[Product, ...]:
    """Every product a programme names: exported, covered by its rights, or its projects'.

    >>> from ipprogram import examples
    >>> [product.name for product in products(examples.langson_programme())][:3]
    ['Hồi', 'Quế', 'Sa nhân']
    """
    found: list[Product] = list(programme.exported_products)
    for right in rights(programme):
        found.extend(right.products)
    found.extend(project.product for project in programme.projects if project.product is not None)
    return tuple(_unique(found))


def products_by_category(programme: Programme) -> Counter[ProductCategory | None]:
    """Count a programme's products by category (``None``: the source gives none).

    >>> from ipprogram import examples
    >>> products_by_category(examples.langson_programme())[ProductCategory.FORESTRY]
    3
    """
    counts = Counter(product.category for product in products(programme))
    return _in_order(counts, [*ProductCategory, None])


def products_by_place(programme: Programme) -> Counter[Locality | None]:
    """Count a programme's products by their place (``None``: not recorded).

    >>> from ipprogram import examples
    >>> products_by_place(examples.langson_programme())[None]
    6
    """
    return _by_place(Counter(product.locality for product in products(programme)))


def recipients_by_form_and_kind(
    events: Event | Iterable[Event],
) -> Counter[tuple[AwardForm, RecipientKind]]:
    """Count award recipients by form of award and kind of recipient, over events.

    Counted recipients ("02 tập thể") and named ones are summed as
    ``Award.count()`` does: a stated count wins over the names listed.

    >>> from ipprogram import examples
    >>> counts = recipients_by_form_and_kind(examples.langson_2020())
    >>> counts[AwardForm.CERTIFICATE_OF_MERIT, RecipientKind.INDIVIDUAL]
    8
    """
    listed = [events] if isinstance(events, Event) else list(events)
    counts: Counter[tuple[AwardForm, RecipientKind]] = Counter()
    for event in listed:
        for award in event.awards:
            for kind in RecipientKind:
                counts[award.form, kind] += award.count(kind)
    order = [(form, kind) for form in AwardForm for kind in RecipientKind]
    return _in_order(counts, order)


class Tally(NamedTuple):
    """Projects planned for a kind of right, and how many of them have it granted.

    >>> Tally(planned=3, granted=1).planned
    3
    """

    planned: int
    granted: int


def planned_vs_granted(programme: Programme) -> dict[ProtectionKind, Tally]:
    """Projects planned against rights granted to them, by kind; cancelled ones left out.

    >>> from ipprogram import examples
    >>> planned_vs_granted(examples.langson_programme())
    {}
    """
    planned: Counter[ProtectionKind] = Counter()
    granted: Counter[ProtectionKind] = Counter()
    for project in programme.projects:
        if project.status is ProjectStatus.CANCELLED:
            continue
        planned[project.aims_at] += 1
        if project.result is not None:
            granted[project.aims_at] += 1
    return {kind: Tally(planned[kind], granted[kind]) for kind in ProtectionKind if planned[kind]}


class Achievement(NamedTuple):
    """How far an actual goes towards its target: actual ÷ target, 1.0 is the target met.

    Where both figures are exact, ``low == high`` is the ratio. A qualified figure gives
    an interval: ``low`` and ``high`` bound the ratio (``None``: no bound above), ends
    taken as closed. ``approximate`` is set when a figure was "khoảng" or "gần".

    >>> Achievement(low=1.25, high=None).met, Achievement(low=0.5, high=1.5).met
    (True, None)
    """

    low: float | None
    high: float | None
    approximate: bool = False

    @property
    def ratio(self) -> float | None:
        """The ratio when it is one number, else ``None``."""
        return self.low if self.low is not None and self.low == self.high else None

    @property
    def met(self) -> bool | None:
        """Whether the target was met, or ``None`` when the interval straddles 1."""
        if self.low is not None and self.low >= 1:
            return True
        if self.high is not None and self.high < 1:
            return False
        return None


def _ends(quantity: Quantity) -> tuple[float | None, float | None]:
    if quantity.qualifier is Qualifier.ABOUT:
        return quantity.value, quantity.value
    low, high, _, _ = quantity.bounds()
    return low, high


def achievement(target: Quantity, actual: Quantity) -> Achievement:
    """Compare an actual with its target.

    Both must be in the same unit and not negative, and the target above zero. "trên 50"
    against a target of 40 is at least 1.25 with no upper bound; "dưới 50" against 40 is
    between 0 and 1.25.

    >>> achievement(Quantity(value=40), Quantity(value=50))
    Achievement(low=1.25, high=1.25, approximate=False)
    >>> achievement(Quantity(value=40), Quantity(value=50, qualifier=Qualifier.MORE_THAN))
    Achievement(low=1.25, high=None, approximate=False)
    """
    if target.unit != actual.unit:
        msg = f"the target is in {target.unit!r}, the actual in {actual.unit!r}"
        raise ValueError(msg)
    target_low, target_high = _ends(target)
    actual_low, actual_high = _ends(actual)
    figures = [
        value for value in (target_low, target_high, actual_low, actual_high) if value is not None
    ]
    if any(value < 0 for value in figures):
        msg = "achievement compares figures that are not negative"
        raise ValueError(msg)
    if target_high is not None and target_high == 0:
        msg = "a target of 0 cannot be reached by a ratio"
        raise ValueError(msg)
    low = 0.0 if actual_low is None or target_high is None else actual_low / target_high
    high = None if actual_high is None or not target_low else actual_high / target_low
    approximate = Qualifier.ABOUT in (target.qualifier, actual.qualifier)
    return Achievement(low, high, approximate)


class IndicatorResult(NamedTuple):
    """An indicator's target and actual for one period, and the achievement.

    >>> IndicatorResult(
    ...     "Lớp tập huấn",
    ...     None,
    ...     Quantity(value=40),
    ...     Quantity(value=50),
    ...     achievement(Quantity(value=40), Quantity(value=50)),
    ... ).achievement.ratio
    1.25
    """

    indicator: str
    period: Period | None
    target: Quantity | None
    actual: Quantity | None
    achievement: Achievement | None


def _first(
    values: Iterable[IndicatorValue], role: IndicatorRole, period: Period | None
) -> Quantity | None:
    for value in values:
        if value.role is role and value.period == period:
            return value.quantity
    return None


def results(programme: Programme) -> list[IndicatorResult]:
    """Targets against actuals for every indicator and period, in the order recorded.

    Where sources disagree, the first figure recorded is used; :func:`conflicts` lists
    the others. The achievement is computed where both figures exist and allow it.

    >>> from ipprogram import examples
    >>> (result,) = results(examples.langson_programme().parent)
    >>> result.indicator, result.target.value, result.actual
    ('Sản phẩm mang địa danh được bảo hộ quyền sở hữu trí tuệ', 70, None)
    """
    found: list[IndicatorResult] = []
    for indicator in programme.indicators:
        periods = _unique(
            value.period
            for value in indicator.values
            if value.role in (IndicatorRole.TARGET, IndicatorRole.ACTUAL)
        )
        for period in periods:
            target = _first(indicator.values, IndicatorRole.TARGET, period)
            actual = _first(indicator.values, IndicatorRole.ACTUAL, period)
            ratio = None
            if target is not None and actual is not None:
                try:
                    ratio = achievement(target, actual)
                except ValueError:
                    ratio = None
            found.append(IndicatorResult(indicator.name, period, target, actual, ratio))
    return found


class Conflict(NamedTuple):
    """Figures for the same indicator, role and period that do not agree.

    >>> Conflict("Sản phẩm", IndicatorRole.ACTUAL, None, ()).role.label
    'kết quả'
    """

    indicator: str
    role: IndicatorRole
    period: Period | None
    values: tuple[IndicatorValue, ...]


def conflicts(programme: Programme | Indicator) -> list[Conflict]:
    """List the figures that sources report differently (23 on one page, 24 on another).

    >>> from ipprogram import IndicatorValue, IndicatorRole, Source
    >>> figures = [
    ...     IndicatorValue(
    ...         role=IndicatorRole.ACTUAL,
    ...         quantity=Quantity(value=value),
    ...         source=Source(title=title),
    ...     )
    ...     for value, title in ((23, "Báo cáo tổng kết"), (24, "Trang tin điện tử"))
    ... ]
    >>> [len(c.values) for c in conflicts(Indicator(name="Sản phẩm", values=tuple(figures)))]
    [2]
    """
    indicators = [programme] if isinstance(programme, Indicator) else list(programme.indicators)
    found: list[Conflict] = []
    for indicator in indicators:
        keys = _unique((value.role, value.period) for value in indicator.values)
        for role, period in keys:
            same = tuple(v for v in indicator.values if v.role is role and v.period == period)
            if len({value.quantity for value in same}) > 1:
                found.append(Conflict(indicator.name, role, period, same))
    return found


class ClaimConflict(NamedTuple):
    """One field that sources give differently, with every stated claim on it.

    >>> from ipprogram import examples
    >>> claim_conflicts(examples.national_conference_2023())[0].field
    'participants[0].count'
    """

    field: str
    claims: tuple[Claim, ...]


def claim_conflicts(record: object) -> list[ClaimConflict]:
    """List the fields of a record whose sources disagree (62 Departments against 58).

    A conflict is two or more stated claims on one field with different values; each
    keeps its source. Fields are listed in the order their first claim comes.

    >>> from ipprogram import Claim, Event, EventKind, Source
    >>> import datetime as dt
    >>> event = Event(
    ...     kind=EventKind.CONFERENCE,
    ...     date=dt.date(2023, 3, 9),
    ...     claims=(
    ...         Claim(field="title", value="Hội nghị SHTT toàn quốc", source=Source(title="A")),
    ...         Claim(field="title", value="Hội nghị SHTT năm 2023", source=Source(title="B")),
    ...     ),
    ... )
    >>> [(c.field, len(c.claims)) for c in claim_conflicts(event)]
    [('title', 2)]
    """
    claims: tuple[Claim, ...] = getattr(record, "claims", ())
    by_field: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.certainty is Certainty.STATED:
            by_field.setdefault(claim.field, []).append(claim)
    return [
        ClaimConflict(field, tuple(same))
        for field, same in by_field.items()
        if len({claim.value for claim in same}) > 1
    ]
