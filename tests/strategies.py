"""Hypothesis strategies that generate valid instances of every public record class.

The strategies are derived from the model's shapes (:mod:`ipprogram.model.shape`): every
field is generated from its kind, so a new field is generated with no change here. Two
tables hold what the shapes cannot know: :data:`FIELDS`, for fields whose text follows a
format of its own (document numbers, URLs, codes), and :data:`FIXES`, one function per
class whose rules tie fields together (a period's order, an award's counts against its
named recipients), which mends the drawn values so that they satisfy the rules.
"""

from __future__ import annotations

import datetime as dt
import typing
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.model._base import in_order
from ipprogram.model.places import TIERS
from ipprogram.model.shape import (
    AnyDate,
    Boolean,
    Choice,
    Date,
    Field,
    Integer,
    Items,
    Node,
    Nullable,
    Number,
    Record,
    Scalar,
    Tagged,
    Text,
    shape,
    walk,
)

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
    """Any partial date: year only, year and month, a whole date, or a day without a year."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(["year", "month", "day", "month_day"]))
    if precision == "month_day":  # a day without a year: "Ngày 14/3"
        when = draw(st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)))
        return ip.PartialDate(month=when.month, day=when.day)
    if precision == "year":
        return ip.PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return ip.PartialDate(year=year, month=month)
    day = draw(st.dates(dt.date(year, month, 1), dt.date(year, month, 28))).day
    return ip.PartialDate(year=year, month=month, day=day)


# Four, six or more digits: no shipped unit has such a code (a place of a stated kind gets
# none), so generated places are free text.
codes = st.none() | st.text(alphabet="0123456789", min_size=4, max_size=6)
urls = st.none() | st.from_regex(
    r"https?://[a-z0-9.-]{1,20}/[A-Za-z0-9/_.%-]{0,30}", fullmatch=True
)
#: Absolute IRIs of the kinds records name themselves by: pages, UUID URNs, tag URIs, with
#: Vietnamese letters as IRIs (RFC 3987) may hold them.
iris = st.none() | st.one_of(
    st.from_regex(
        r"https://[a-z0-9.-]{1,20}/(?:[A-Za-zđơư0-9/_.-]|%[0-9A-F]{2}){0,30}", fullmatch=True
    ),
    st.uuids().map(lambda uuid: f"urn:uuid:{uuid}"),
    st.from_regex(r"tag:[a-z]{1,10}\.gov\.vn,20[0-9]{2}:[a-z0-9-]{1,20}", fullmatch=True),
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
numbers = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False),
)


def _unique(
    items: tuple[Any, ...], key: Callable[[Any], object] = lambda item: item
) -> tuple[Any, ...]:
    seen: set[object] = set()
    kept = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            kept.append(item)
    return tuple(kept)


def _unique_lists(elements: st.SearchStrategy[Any], max_size: int) -> st.SearchStrategy[Any]:
    return st.lists(elements, max_size=max_size, unique=True).map(tuple)


#: A date before 01/7/2025, whole or partial.
early_dates = (
    st.none()
    | st.dates(max_value=dt.date(2025, 6, 30))
    | partial_dates(max_year=2024).filter(lambda d: d.day is None)
)

#: Fields whose values follow a format of their own, by class and field name.
FIELDS: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (ip.Locality, "code"): codes,
    (ip.Locality, "as_of"): st.none(),  # a date of its own is checked against the lists
    (ip.DocumentRef, "number"): document_numbers,
    (ip.DocumentRef, "reading"): st.none() | document_numbers,
    (ip.Source, "language"): st.none() | st.sampled_from(["vi", "en", "en-GB"]),
    (ip.Photo, "url"): urls,
    (ip.Source, "url"): urls,
    **{
        (cls, "iri"): iris
        for cls in (ip.Event, ip.Programme, ip.Project, ip.Organization, ip.Person, ip.Product)
    },
    (ip.Trademark, "nice_classes"): _unique_lists(st.integers(1, 45), 4),
    (ip.Trademark, "nice_version"): st.none() | st.sampled_from(["11-2023", "12-2024"]),
    (ip.Trademark, "application_number"): st.none() | mark_applications,
    (ip.Trademark, "certificate_number"): st.none() | mark_certificates,
    (ip.GeographicalIndication, "application_number"): st.none() | gi_applications,
    (ip.GeographicalIndication, "certificate_number"): st.none() | gi_certificates,
    (ip.Participant, "roles"): _unique_lists(st.sampled_from(ip.ParticipantRole), 3),
    (ip.Programme, "outcomes"): _unique_lists(st.sampled_from(ip.ProgrammeOutcome), 3),
    (ip.Programme, "supports"): _unique_lists(st.sampled_from(ip.ProtectionKind), 3),
    (ip.Ordinal, "rank"): st.integers(1, 1000),
    (ip.ForeignProtection, "jurisdiction"): st.sampled_from(["EU", "CN", "JP", "US", "WO"]),
    # Records that check their places on their dates are dated before 01/7/2025, when the
    # district-level places they may name existed.
    (ip.Event, "date"): st.none() | st.dates(max_value=dt.date(2025, 6, 30)),
    (ip.Trademark, "filing_date"): early_dates,
    (ip.Trademark, "grant_date"): early_dates,
    (ip.GeographicalIndication, "filing_date"): early_dates,
    (ip.GeographicalIndication, "grant_date"): early_dates,
    (ip.Ordinal, "as_of"): st.none() | partial_dates(max_year=2024),
    (ip.RightsTally, "as_of"): st.none() | partial_dates(max_year=2024),
    (ip.Period, "start"): st.none() | partial_dates(max_year=2024),
    # An end in 2025 ("2025", "2025-12") runs past 30/6/2025: a programme of that period
    # could not name a district.
    (ip.Period, "end"): st.none() | partial_dates(max_year=2024),
}

Kwargs = dict[str, Any]
Fix = Callable[[st.DrawFn, Kwargs], Kwargs]


def _fix_period(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    start, end = kw["start"], kw["end"]
    if start is None and end is None:
        return {**kw, "start": draw(partial_dates(max_year=2024))}
    if start is None or end is None or not (start.has_year and end.has_year):
        return kw
    if start.first_day > end.last_day:
        return {**kw, "start": end, "end": start}
    return kw


def _fix_locality(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    parent, kind = kw["parent"], kw["kind"]
    if kind is None:
        return kw  # a place of no stated kind is checked against nothing
    if parent is not None and parent.kind is not None and TIERS[parent.kind] >= TIERS[kind]:
        kw = {**kw, "parent": None}
    # A unit's code has the digits of its tier and must be a real one: generated places
    # of a stated kind have none, so that they are free text.
    return {**kw, "code": None}


def _fix_dates(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    filing, grant = kw["filing_date"], kw["grant_date"]
    if any(in_order("filing_date", filing, "grant_date", grant)):
        return {**kw, "filing_date": grant, "grant_date": filing}
    return kw


def _fix_source(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    if kw["published"] is None:
        return {**kw, "published_time": None}
    return kw


def _fix_quantity(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    qualifier, value, upper = kw["qualifier"], kw["value"], kw["upper"]
    if qualifier is ip.Qualifier.RANGE:
        upper = value + 1 if upper is None or upper <= value else upper
    else:
        upper = None
    words = ip.QUALIFIER_WORDS[qualifier]
    wording = draw(st.none() | st.sampled_from(words)) if words else None
    return {**kw, "upper": upper, "wording": wording}


def _fix_project(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    budget = kw["budget"]
    if budget is not None and not budget.is_money:
        kw = {**kw, "budget": ip.replace(budget, unit="đồng")}
    if kw["result"] is not None:
        kw = {
            **kw,
            "aims_at": ip.protection_kind(kw["result"]),
            "status": ip.ProjectStatus.COMPLETED,
        }
    return kw


def _fix_indicator(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    values = kw["values"]
    if not values:
        return kw
    unit = values[0].quantity.unit
    same = tuple(ip.replace(v, quantity=ip.replace(v.quantity, unit=unit)) for v in values)
    return {**kw, "values": same}


def _fix_programme(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    return {
        **kw,
        "mark_support": _unique(kw["mark_support"]),
        "exported_products": _unique(kw["exported_products"]),
        "indicators": _unique(kw["indicators"], lambda indicator: indicator.name),
    }


def _fix_award(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    counts = _unique(kw["counts"], lambda count: count.kind)
    if counts:
        named = Counter(ip.recipient_kind(r) for r in kw["recipients"])
        counted = {count.kind for count in counts}
        counts = tuple(ip.replace(c, count=max(c.count, named[c.kind])) for c in counts) + tuple(
            ip.RecipientCount(kind=kind, count=named[kind] + draw(st.integers(0, 50)))
            for kind in named
            if kind not in counted
        )
    return {**kw, "counts": counts}


def _fix_event(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    date, end = kw["date"], kw["end_date"]
    if end is not None and (date is None or any(in_order("date", date, "end_date", end))):
        kw = {**kw, "end_date": None}
    ids: set[str] = set()
    awards = []
    for award in kw["awards"]:
        if award.id in ids:
            award = ip.replace(award, id=None)  # noqa: PLW2901
        if award.id is not None:
            ids.add(award.id)
        awards.append(award)
    participants = []
    for participant in kw["participants"]:
        party = participant.party
        if isinstance(party, ip.AwardRecipients) and party.award not in ids:
            if not ids:
                continue
            chosen = draw(st.sampled_from(sorted(ids)))
            participant = ip.replace(participant, party=ip.AwardRecipients(award=chosen))  # noqa: PLW2901
        participants.append(participant)
    return {**kw, "awards": tuple(awards), "participants": tuple(participants)}


def _fix_claim(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    certainty = kw["certainty"]
    value = None if certainty is ip.Certainty.UNSTATED else kw["value"] or draw(texts)
    basis = kw["basis"] or draw(texts) if certainty is ip.Certainty.INFERRED else kw["basis"]
    reading = kw["reading"] or draw(texts) if certainty is ip.Certainty.WRONG else kw["reading"]
    return {**kw, "value": value, "basis": basis, "reading": reading}


def _fix_tally(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    counts = _unique(kw["counts"], lambda count: count.kind)
    total, unbalanced = kw["total"], kw["unbalanced"]
    if total is None or not counts:
        unbalanced = False
    else:
        parts = sum(count.count for count in counts)
        total = parts + 1 if unbalanced else parts
    return {**kw, "counts": counts, "total": total, "unbalanced": unbalanced}


def _with_claims(cls: type, fix: Fix | None = None) -> Fix:
    """Mend a record's claims: each names one of its fields, an empty one if unstated."""
    names = sorted(f.name for f in shape(cls).fields if f.name != "claims")

    def mend(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
        kw = fix(draw, kw) if fix else kw
        claims = []
        for claim in kw["claims"]:
            name = draw(st.sampled_from(names))
            mended = ip.replace(claim, field=name)
            if claim.certainty is ip.Certainty.UNSTATED and kw[name] not in (None, ()):
                mended = ip.replace(mended, certainty=ip.Certainty.STATED, value=draw(texts))
            claims.append(mended)
        return {**kw, "claims": tuple(claims)}

    return mend


def _fix_licence(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    count = kw["licensee_count"]
    if count is None:
        return kw
    whole = ip.Quantity(value=len(kw["licensees"]) + abs(int(count.value)) % 100, unit=count.unit)
    return {**kw, "licensee_count": whole}


def _fix_prize(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    amount, count = kw["amount"], kw["count"]
    if amount is not None and not amount.is_money:
        kw = {**kw, "amount": ip.replace(amount, unit="đồng")}
    if count is not None and count < len(kw["recipients"]):
        kw = {**kw, "count": len(kw["recipients"])}
    return kw


def _fix_award_prizes(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    kw = _fix_award(draw, kw)
    counts = [prize.count for prize in kw["prizes"]]
    if kw["stated_prize_count"] is not None and counts and None not in counts:
        kw = {**kw, "stated_prize_count": sum(c for c in counts if c is not None)}
    return kw


def _fix_figure(_: st.DrawFn, kw: Kwargs) -> Kwargs:
    if kw["measure"].is_money and not kw["quantity"].is_money:
        return {**kw, "quantity": ip.replace(kw["quantity"], unit="đồng/ha/năm")}
    return kw


def _fix_handover(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    if kw["rights"] or kw["decisions"] or kw["licences"]:
        return kw
    return {**kw, "decisions": (ip.DocumentRef(number=draw(document_numbers)),)}


def _fix_event_kinds(draw: st.DrawFn, kw: Kwargs) -> Kwargs:
    kw = _fix_event(draw, kw)
    return {
        **kw,
        "other_kinds": _unique(tuple(k for k in kw["other_kinds"] if k is not kw["kind"])),
    }


#: Classes whose rules tie fields together: a function that mends the drawn values.
FIXES: dict[type, Fix] = {
    ip.Period: _fix_period,
    ip.Locality: _fix_locality,
    ip.Trademark: _with_claims(ip.Trademark, _fix_dates),
    ip.GeographicalIndication: _with_claims(ip.GeographicalIndication, _fix_dates),
    ip.Quantity: _fix_quantity,
    ip.Project: _fix_project,
    ip.Indicator: _fix_indicator,
    ip.Programme: _with_claims(ip.Programme, _fix_programme),
    ip.Award: _fix_award_prizes,
    ip.Event: _with_claims(ip.Event, _fix_event_kinds),
    ip.Licence: _fix_licence,
    ip.ForeignProtection: _fix_dates,
    ip.Source: _fix_source,
    ip.Prize: _fix_prize,
    ip.Handover: _fix_handover,
    ip.ProductFigure: _fix_figure,
    ip.Claim: _fix_claim,
    ip.RightsTally: _fix_tally,
}

#: Scalars (classes written as strings) and how to generate them.
SCALARS: dict[type, st.SearchStrategy[Any]] = {
    ip.PartialDate: partial_dates(),
    dt.time: st.builds(dt.time, st.integers(0, 23), st.integers(0, 59)),
}

#: Below this depth, optional records are left out and tuples are empty.
MAX_DEPTH = 3


def node_values(node: Node, depth: int = 0) -> st.SearchStrategy[Any]:  # noqa: C901, PLR0912
    """Values of one node of a shape, records nested at most :data:`MAX_DEPTH` deep."""
    match node:
        case Text():
            return texts
        case Integer():
            return st.integers(0, 10_000)
        case Number():
            return numbers
        case Boolean():
            return st.booleans()
        case Date():
            return dates
        case AnyDate(partial):
            whole = node.spec.whole
            return st.one_of(dates, SCALARS[partial].filter(lambda v: not whole or not whole(v)))
        case Scalar(cls):
            return SCALARS[cls]
        case Choice(cls):
            return st.sampled_from(cls)
        case Record(cls):
            return records(cls, depth + 1)
        case Tagged(members):
            return st.one_of([records(member, depth + 1) for member in members])
        case Items(item):
            size = max(0, 2 - depth)
            return st.lists(node_values(item, depth), max_size=size).map(tuple)
        case Nullable(inner):
            if depth >= MAX_DEPTH:
                return st.none()
            return st.none() | node_values(inner, depth)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def field_values(cls: type, field: Field, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values of one field: its format from :data:`FIELDS`, else by its node."""
    found = FIELDS.get((cls, field.name))
    return node_values(field.node, depth) if found is None else found


_RECORDS: dict[tuple[type, int], st.SearchStrategy[Any]] = {}


def records(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid records of ``cls``, every field drawn from its shape, mended by :data:`FIXES`."""
    key = (cls, depth)
    found = _RECORDS.get(key)
    if found is not None:
        return found
    fields = shape(cls).fields
    fix = FIXES.get(cls)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        kw = {field.name: draw(field_values(cls, field, depth)) for field in fields}
        return cls(**(fix(draw, kw) if fix else kw))

    found = _RECORDS[key] = st.deferred(build)
    return found


#: One strategy per public record class, derived from the shapes.
RECORDS: dict[type, st.SearchStrategy[object]] = {
    cls: records(cls)
    for cls in sorted(set(walk(ip.Event)) | set(walk(ip.Programme)), key=lambda c: c.__name__)
}
