"""Hypothesis strategies that generate valid instances of every public record class."""

from __future__ import annotations

import datetime as dt
import typing
import unicodedata
from collections import Counter

from hypothesis import assume
from hypothesis import strategies as st

import ipprogram as ip

# Vietnamese letters, both precomposed and decomposed, spaces, punctuation, and anything
# else Unicode has (but lone surrogates, which no valid text contains).
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b"


def _has_text(value: str) -> bool:
    return bool(value.strip())


texts = st.one_of(
    st.text(alphabet=_VIETNAMESE + _COMBINING + " -–,.()/&", min_size=1, max_size=40),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20),
).filter(_has_text)
optional_texts = st.none() | texts
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
optional_dates = st.none() | dates


def nfc(value: str) -> str:
    """Return the form the model stores text in."""
    return unicodedata.normalize("NFC", value.strip())


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> ip.PartialDate:
    """Any partial date: year only, year and month, or a whole date."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return ip.PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return ip.PartialDate(year=year, month=month)
    day = draw(st.dates(dt.date(year, month, 1), dt.date(year, month, 28))).day
    return ip.PartialDate(year=year, month=month, day=day)


@st.composite
def periods(draw: st.DrawFn) -> ip.Period:
    """A period with a start, an end or both, the start not after the end."""
    shape = draw(st.sampled_from(["both", "start", "end"]))
    start = draw(partial_dates(max_year=5000))
    if shape == "start":
        return ip.Period(start=start)
    end = draw(partial_dates(min_year=start.last_day.year + 1, max_year=9999))
    if shape == "end":
        return ip.Period(end=end)
    return ip.Period(start=start, end=end)


_PROVINCE_KINDS = [ip.LocalityKind.PROVINCE, ip.LocalityKind.MUNICIPALITY]
_LOWER_KINDS = [
    kind for kind in ip.LocalityKind if kind not in (*_PROVINCE_KINDS, ip.LocalityKind.COMMUNE)
]
# Four or more digits: no shipped unit has such a code, so generated places are free text.
codes = st.none() | st.text(alphabet="0123456789", min_size=4, max_size=6)


@st.composite
def localities(draw: st.DrawFn) -> ip.Locality:
    """A province (free text: no code), or a unit below one (its parent)."""
    province = ip.Locality(name=draw(texts), kind=draw(st.sampled_from(_PROVINCE_KINDS)))
    if draw(st.booleans()):
        return province
    return ip.Locality(
        name=draw(texts),
        kind=draw(st.sampled_from(_LOWER_KINDS)),
        code=draw(codes),
        parent=province,
    )


optional_localities = st.none() | localities()

organizations = st.recursive(
    st.builds(
        ip.Organization,
        name=texts,
        short_name=optional_texts,
        locality=optional_localities,
    ),
    lambda parents: st.builds(
        ip.Organization,
        name=texts,
        short_name=optional_texts,
        parent=parents,
        locality=optional_localities,
    ),
    max_leaves=3,
)
positions = st.builds(ip.Position, title=texts, organization=organizations)
people = st.builds(
    ip.Person,
    full_name=texts,
    gender=st.none() | st.sampled_from(ip.Gender),
    position=st.none() | positions,
)
households = st.builds(ip.Household, head=people, locality=optional_localities)
organization_groups = st.builds(ip.OrganizationGroup, name=texts, locality=optional_localities)

urls = st.none() | st.from_regex(
    r"https?://[a-z0-9.-]{1,20}/[A-Za-z0-9/_.%-]{0,30}", fullmatch=True
)
years = st.integers(1945, 2100).map(str)
document_numbers = st.one_of(
    st.builds(
        lambda n, t, i: f"{n}/{t}-{i}",
        st.integers(1, 99999),
        st.sampled_from(["QĐ", "KH", "TB", "NQ"]),
        st.sampled_from(["UBND", "TTg", "SHTT", "SKHCN"]),
    ),
    st.builds(
        lambda n, y, s: f"{n:02d}/{y}/{s}",
        st.integers(1, 999),
        years,
        st.sampled_from(["NĐ-CP", "QH15", "QĐ-UBND", "TT-BKHCN"]),
    ),
)
mark_applications = st.builds(lambda y, n: f"4-{y}-{n:05d}", years, st.integers(0, 99999))
mark_certificates = st.builds(lambda n: f"4-{n:07d}-000", st.integers(1, 9_999_999))
gi_applications = st.builds(lambda y, n: f"6-{y}-{n:05d}", years, st.integers(0, 99999))
gi_certificates = st.builds(lambda n: f"{n:05d}", st.integers(1, 99999))
document_refs = st.builds(
    ip.DocumentRef,
    number=document_numbers,
    date=optional_dates,
    issuer=st.none() | organizations,
    title=optional_texts,
)
errata = st.builds(ip.Erratum, written=texts, meant=texts, note=optional_texts)
photos = st.builds(ip.Photo, caption=texts, file_name=optional_texts, url=urls)
sources = st.builds(
    ip.Source,
    title=optional_texts,
    url=urls,
    publisher=st.none() | organizations,
    authors=st.lists(people, max_size=2).map(tuple),
    published=optional_dates,
    errata=st.lists(errata, max_size=2).map(tuple),
)
products = st.builds(
    ip.Product,
    name=texts,
    category=st.sampled_from(ip.ProductCategory),
    locality=optional_localities,
)


@st.composite
def filing_and_grant(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    """A filing date and a grant date not before it; either may be unknown."""
    first, second = sorted([draw(dates), draw(dates)])
    return (
        draw(st.sampled_from([first, None])),
        draw(st.sampled_from([second, None])),
    )


@st.composite
def trademarks(draw: st.DrawFn) -> ip.Trademark:
    """A mark of any kind, with distinct Nice classes and dates in order."""
    filing, grant = draw(filing_and_grant())
    return ip.Trademark(
        name=draw(texts),
        kind=draw(st.sampled_from(ip.MarkKind)),
        owner=draw(organizations),
        products=tuple(draw(st.lists(products, max_size=2))),
        nice_classes=tuple(draw(st.lists(st.integers(1, 45), max_size=4, unique=True))),
        nice_version=draw(st.none() | st.sampled_from(["11-2023", "12-2024"])),
        application_number=draw(st.none() | mark_applications),
        certificate_number=draw(st.none() | mark_certificates),
        filing_date=filing,
        grant_date=grant,
        office_status=draw(st.none() | st.sampled_from(ip.OfficeStatus)),
    )


@st.composite
def geographical_indications(draw: st.DrawFn) -> ip.GeographicalIndication:
    """A geographical indication with its managing body."""
    filing, grant = draw(filing_and_grant())
    return ip.GeographicalIndication(
        name=draw(texts),
        managing_body=draw(organizations),
        products=tuple(draw(st.lists(products, max_size=2))),
        area=tuple(draw(st.lists(localities(), max_size=2))),
        certificate_number=draw(st.none() | gi_certificates),
        application_number=draw(st.none() | gi_applications),
        filing_date=filing,
        grant_date=grant,
        decision=draw(st.none() | document_refs),
    )


mark_supports = st.builds(
    ip.MarkSupport,
    kind=st.sampled_from(ip.MarkKind),
    category=st.none() | st.sampled_from(ip.ProductCategory),
)


numbers = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False),
)


@st.composite
def quantities(
    draw: st.DrawFn, unit: st.SearchStrategy[str | None] = optional_texts
) -> ip.Quantity:
    """A quantity of any qualifier; a range rises; the wording fits the qualifier."""
    qualifier = draw(st.sampled_from(ip.Qualifier))
    value = draw(numbers)
    upper = None
    if qualifier is ip.Qualifier.RANGE:
        upper = draw(numbers)
        value, upper = min(value, upper), max(value, upper)
        assume(value < upper)
    words = ip.QUALIFIER_WORDS[qualifier]
    return ip.Quantity(
        value=value,
        qualifier=qualifier,
        upper=upper,
        unit=draw(unit),
        wording=draw(st.none() | st.sampled_from(words)) if words else None,
    )


money = quantities(st.sampled_from(["đồng", "đồng/năm"]))


@st.composite
def projects(draw: st.DrawFn) -> ip.Project:
    """A project; one with a granted right is completed and aims at the right's kind."""
    result = draw(st.none() | trademarks() | geographical_indications())
    if result is None:
        aims_at = draw(st.sampled_from(ip.ProtectionKind))
        status = draw(st.sampled_from(ip.ProjectStatus))
    else:
        aims_at, status = ip.protection_kind(result), ip.ProjectStatus.COMPLETED
    return ip.Project(
        aims_at=aims_at,
        title=draw(optional_texts),
        product=draw(st.none() | products),
        host=draw(st.none() | organizations),
        leader=draw(st.none() | people),
        period=draw(st.none() | periods()),
        budget=draw(st.none() | money),
        approved_by=draw(st.none() | document_refs),
        status=status,
        result=result,
        source=draw(st.none() | sources),
    )


@st.composite
def indicator_values(draw: st.DrawFn, unit: str | None = None) -> ip.IndicatorValue:
    """One figure of an indicator, in the given unit."""
    return ip.IndicatorValue(
        role=draw(st.sampled_from(ip.IndicatorRole)),
        quantity=draw(quantities(st.just(unit))),
        period=draw(st.none() | periods()),
        source=draw(st.none() | sources),
        note=draw(optional_texts),
    )


@st.composite
def indicators(draw: st.DrawFn) -> ip.Indicator:
    """An indicator whose figures share one unit."""
    unit = draw(optional_texts)
    return ip.Indicator(
        name=draw(texts),
        values=tuple(draw(st.lists(indicator_values(unit), max_size=3))),
        note=draw(optional_texts),
    )


@st.composite
def programmes(draw: st.DrawFn, nested: bool = True) -> ip.Programme:  # noqa: FBT001, FBT002
    """A programme with distinct outcomes, mark support, products and indicator names."""
    related = programmes(nested=False) if nested else st.nothing()
    return ip.Programme(
        kind=draw(st.sampled_from(ip.ProgrammeKind)),
        name=draw(texts),
        period=draw(st.none() | periods()),
        locality=draw(optional_localities),
        level=draw(st.none() | st.sampled_from(ip.ProgrammeLevel)),
        approved_by=draw(st.none() | document_refs),
        lead_agency=draw(st.none() | organizations),
        parent=draw(st.none() | related),
        successor=draw(st.none() | related),
        outcomes=tuple(draw(st.lists(st.sampled_from(ip.ProgrammeOutcome), unique=True))),
        mark_support=tuple(draw(st.lists(mark_supports, max_size=3, unique=True))),
        exported_products=tuple(draw(st.lists(products, max_size=3, unique=True))),
        marks=tuple(draw(st.lists(trademarks(), max_size=2))),
        geographical_indications=tuple(draw(st.lists(geographical_indications(), max_size=1))),
        projects=tuple(draw(st.lists(projects(), max_size=2))),
        indicators=tuple(
            draw(st.lists(indicators(), max_size=2, unique_by=lambda indicator: indicator.name))
        ),
        source=draw(st.none() | sources),
    )


recipients = st.one_of(people, organizations, households)
recipient_counts = st.builds(
    ip.RecipientCount, kind=st.sampled_from(ip.RecipientKind), count=st.integers(0, 10_000)
)


@st.composite
def awards(draw: st.DrawFn, award_id: st.SearchStrategy[str | None] = optional_texts) -> ip.Award:
    """An award whose counts, when given, are not below its named recipients."""
    named = tuple(draw(st.lists(recipients, max_size=3)))
    counts: tuple[ip.RecipientCount, ...] = ()
    if draw(st.booleans()):
        per_kind = Counter(ip.recipient_kind(r) for r in named)
        kinds = draw(st.lists(st.sampled_from(ip.RecipientKind), unique=True))
        kinds += [kind for kind in per_kind if kind not in kinds]
        counts = tuple(
            ip.RecipientCount(kind=kind, count=per_kind[kind] + draw(st.integers(0, 50)))
            for kind in kinds
        )
    return ip.Award(
        id=draw(award_id),
        form=draw(st.sampled_from(ip.AwardForm)),
        conferred_by=draw(positions),
        counts=counts,
        recipients=named,
        presented_by=draw(st.none() | people),
        citation=draw(optional_texts),
        decision=draw(st.none() | document_refs),
    )


roles = st.lists(st.sampled_from(ip.ParticipantRole), unique=True).map(tuple)


@st.composite
def participants(draw: st.DrawFn, award_ids: tuple[str, ...] = ()) -> ip.Participant:
    """A participant; recipients of an award only where the event has award ids."""
    parties = [people, organizations, organization_groups]
    if award_ids:
        parties.append(st.builds(ip.AwardRecipients, award=st.sampled_from(award_ids)))
    party = typing.cast(
        "ip.Person | ip.Organization | ip.OrganizationGroup | ip.AwardRecipients",
        draw(st.one_of(parties)),
    )
    return ip.Participant(party=party, roles=draw(roles))


@st.composite
def events(draw: st.DrawFn) -> ip.Event:
    """An event whose award ids are distinct and whose participants refer to them.

    Its date is before 01/7/2025, when the district-level places it may name existed.
    """
    date = draw(st.dates(max_value=dt.date(2025, 6, 30)))
    ids = draw(st.lists(texts.map(nfc), max_size=3, unique=True))
    event_awards = [draw(awards(st.just(award_id))) for award_id in ids]
    event_awards += draw(st.lists(awards(st.none()), max_size=1))
    return ip.Event(
        kind=draw(st.sampled_from(ip.EventKind)),
        date=date,
        end_date=draw(st.none() | st.dates(min_value=date)),
        title=draw(optional_texts),
        locality=draw(optional_localities),
        venue=draw(optional_texts),
        organizers=tuple(draw(st.lists(organizations, max_size=2))),
        reviews=tuple(draw(st.lists(programmes(), max_size=1))),
        launches=tuple(draw(st.lists(programmes(), max_size=1))),
        participants=tuple(draw(st.lists(participants(tuple(ids)), max_size=4))),
        awards=tuple(event_awards),
        photos=tuple(draw(st.lists(photos, max_size=2))),
        source=draw(st.none() | sources),
    )


#: One strategy per public record class.
RECORDS: dict[type, st.SearchStrategy[object]] = {
    ip.Period: periods(),
    ip.Locality: localities(),
    ip.Organization: organizations,
    ip.Position: positions,
    ip.Person: people,
    ip.Household: households,
    ip.OrganizationGroup: organization_groups,
    ip.DocumentRef: document_refs,
    ip.Erratum: errata,
    ip.Photo: photos,
    ip.Source: sources,
    ip.Product: products,
    ip.Trademark: trademarks(),
    ip.GeographicalIndication: geographical_indications(),
    ip.MarkSupport: mark_supports,
    ip.Programme: programmes(),
    ip.Quantity: quantities(),
    ip.Project: projects(),
    ip.IndicatorValue: indicator_values(),
    ip.Indicator: indicators(),
    ip.RecipientCount: recipient_counts,
    ip.Award: awards(),
    ip.AwardRecipients: st.builds(ip.AwardRecipients, award=texts),
    ip.Participant: participants(),
    ip.Event: events(),
}
