"""schema.org JSON-LD, for portals that publish events and programmes to search engines.

Records map to schema.org types where schema.org has them: ``Event``,
``GovernmentOrganization`` (or ``Organization``), ``Person``, ``Product``, ``Brand`` for a
mark, ``Certification`` for a geographical indication, ``AdministrativeArea`` for a
place, ``CreativeWork`` for a source, ``ImageObject`` for a photo, ``Legislation`` for a
decision. What schema.org lacks (awards with the position that confers them and counts
of recipients, the kinds of mark, programmes with their projects and indicators) is
written with the small vocabulary :data:`VOCABULARY`, documented in the docs page
"JSON-LD". The context is inline, so the output expands with no network access.
"""

from __future__ import annotations

import datetime as dt
from functools import singledispatch
from typing import Any, Final

from ipprogram._textkey import match_key
from ipprogram.model import (
    Award,
    AwardRecipients,
    DocumentRef,
    Erratum,
    Event,
    GeographicalIndication,
    Household,
    Indicator,
    IndicatorValue,
    Locality,
    MarkSupport,
    Organization,
    OrganizationGroup,
    Participant,
    Period,
    Person,
    Photo,
    Position,
    Product,
    Programme,
    Project,
    Quantity,
    RecipientCount,
    Source,
    Trademark,
)
from ipprogram.render.phrases import event_title

__all__ = ["CONTEXT", "VOCABULARY", "to_jsonld"]

#: The IRI of ipprogram's own terms, for what schema.org has no term for.
VOCABULARY: Final = "urn:ipprogram:vocab:"
#: The inline JSON-LD context of every document :func:`to_jsonld` writes.
CONTEXT: Final = {"@vocab": "https://schema.org/", "ipp": VOCABULARY}

#: Name beginnings of State bodies, which are ``GovernmentOrganization``.
_GOVERNMENT: Final = tuple(
    match_key(word) + " "
    for word in (
        "Ủy ban",
        "UBND",
        "Hội đồng nhân dân",
        "HĐND",
        "Sở",
        "Bộ",
        "Cục",
        "Chi cục",
        "Tổng cục",
        "Phòng",
        "Chính phủ",
        "Thủ tướng",
        "Văn phòng",
        "Quốc hội",
    )
)


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: JSON-LD has no use for nulls and empty lists."""
    return {key: value for key, value in node.items() if value not in (None, [], "")}


def _many(items: Any) -> list[Any]:  # noqa: ANN401 - records of any class
    return [_node(item) for item in items]


def _maybe(item: Any) -> Any:  # noqa: ANN401
    return None if item is None else _node(item)


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


@singledispatch
def _node(obj: object) -> Any:  # noqa: ANN401
    msg = f"to_jsonld() does not know {type(obj).__name__}; pass an ipprogram record"
    raise TypeError(msg)


@_node.register
def _locality(obj: Locality) -> dict[str, Any]:
    return _compact(
        {
            "@type": "AdministrativeArea",
            "name": obj.full_name,
            "identifier": obj.code,
            "ipp:localityKind": obj.kind.value,
            "containedInPlace": _maybe(obj.parent),
        }
    )


@_node.register
def _organization(obj: Organization) -> dict[str, Any]:
    key = match_key(obj.name) + " "
    kind = "GovernmentOrganization" if key.startswith(_GOVERNMENT) else "Organization"
    return _compact(
        {
            "@type": kind,
            "name": obj.name,
            "alternateName": obj.short_name,
            "parentOrganization": _maybe(obj.parent),
            "location": _maybe(obj.locality),
        }
    )


@_node.register
def _group(obj: OrganizationGroup) -> dict[str, Any]:
    return _compact(
        {
            "@type": ["Organization", "ipp:OrganizationGroup"],
            "name": obj.name,
            "location": _maybe(obj.locality),
        }
    )


@_node.register
def _position(obj: Position) -> dict[str, Any]:
    return {"@type": "ipp:Position", "name": obj.title, "ipp:organization": _node(obj.organization)}


@_node.register
def _person(obj: Person) -> dict[str, Any]:
    position = obj.position
    return _compact(
        {
            "@type": "Person",
            "name": obj.full_name,
            "gender": None if obj.gender is None else obj.gender.value.capitalize(),
            "jobTitle": None if position is None else position.title,
            "worksFor": None if position is None else _node(position.organization),
        }
    )


@_node.register
def _household(obj: Household) -> dict[str, Any]:
    return _compact(
        {"@type": "ipp:Household", "ipp:head": _node(obj.head), "location": _maybe(obj.locality)}
    )


@_node.register
def _document(obj: DocumentRef) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Legislation",
            "legislationIdentifier": obj.number,
            "legislationDate": _iso(obj.date),
            "legislationPassedBy": _maybe(obj.issuer),
            "name": obj.title,
        }
    )


@_node.register
def _source(obj: Source) -> dict[str, Any]:
    return _compact(
        {
            "@type": "CreativeWork",
            "name": obj.title,
            "url": obj.url,
            "publisher": _maybe(obj.publisher),
            "author": _many(obj.authors),
            "datePublished": _iso(obj.published),
            "ipp:erratum": _many(obj.errata),
        }
    )


@_node.register
def _erratum(obj: Erratum) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:Erratum",
            "ipp:written": obj.written,
            "ipp:meant": obj.meant,
            "description": obj.note,
        }
    )


@_node.register
def _photo(obj: Photo) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ImageObject",
            "caption": obj.caption,
            "contentUrl": obj.url,
            "name": obj.file_name,
        }
    )


@_node.register
def _product(obj: Product) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Product",
            "name": obj.name,
            "category": obj.category.label,
            "ipp:productCategory": obj.category.value,
            "ipp:locality": _maybe(obj.locality),
        }
    )


@_node.register
def _trademark(obj: Trademark) -> dict[str, Any]:
    return _compact(
        {
            "@type": ["Brand", "ipp:Trademark"],
            "name": obj.name,
            "ipp:markKind": obj.kind.value,
            "ipp:owner": _node(obj.owner),
            "ipp:product": _many(obj.products),
            "ipp:niceClass": list(obj.nice_classes),
            "ipp:applicationNumber": obj.application_number,
            "ipp:certificateNumber": obj.certificate_number,
            "ipp:filingDate": _iso(obj.filing_date),
            "ipp:grantDate": _iso(obj.grant_date),
        }
    )


@_node.register
def _gi(obj: GeographicalIndication) -> dict[str, Any]:
    return _compact(
        {
            "@type": ["Certification", "ipp:GeographicalIndication"],
            "name": obj.name,
            "certificationIdentification": obj.certificate_number,
            "about": _many(obj.products),
            "ipp:managingBody": _node(obj.managing_body),
            "ipp:area": _many(obj.area),
            "validFrom": _iso(obj.grant_date),
        }
    )


def _period(period: Period | None) -> str | None:
    if period is None:
        return None
    start = ".." if period.start is None else str(period.start)
    end = ".." if period.end is None else str(period.end)
    return f"{start}/{end}"  # ISO 8601-2 open intervals


@_node.register
def _period_node(obj: Period) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:Period",
            "ipp:start": None if obj.start is None else str(obj.start),
            "ipp:end": None if obj.end is None else str(obj.end),
        }
    )


@_node.register
def _quantity(obj: Quantity) -> dict[str, Any]:
    return _compact(
        {
            "@type": "QuantitativeValue",
            "value": obj.value if obj.upper is None else None,
            "minValue": obj.value if obj.upper is not None else None,
            "maxValue": obj.upper,
            "unitText": obj.unit,
            "ipp:qualifier": obj.qualifier.value,
        }
    )


@_node.register
def _indicator_value(obj: IndicatorValue) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:IndicatorValue",
            "ipp:role": obj.role.value,
            "ipp:quantity": _node(obj.quantity),
            "ipp:period": _period(obj.period),
            "ipp:source": _maybe(obj.source),
        }
    )


@_node.register
def _indicator(obj: Indicator) -> dict[str, Any]:
    return _compact({"@type": "ipp:Indicator", "name": obj.name, "ipp:value": _many(obj.values)})


@_node.register
def _project(obj: Project) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:Project",
            "name": obj.title,
            "ipp:aimsAt": obj.aims_at.value,
            "ipp:product": _maybe(obj.product),
            "ipp:host": _maybe(obj.host),
            "ipp:leader": _maybe(obj.leader),
            "ipp:period": _period(obj.period),
            "ipp:budget": _maybe(obj.budget),
            "ipp:approvedBy": _maybe(obj.approved_by),
            "ipp:status": obj.status.value,
            "ipp:result": _maybe(obj.result),
        }
    )


@_node.register
def _mark_support(obj: MarkSupport) -> dict[str, Any]:
    category = None if obj.category is None else obj.category.value
    return _compact(
        {
            "@type": "ipp:MarkSupport",
            "ipp:markKind": obj.kind.value,
            "ipp:productCategory": category,
        }
    )


@_node.register
def _programme(obj: Programme) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:Programme",
            "name": obj.name,
            "ipp:programmeKind": obj.kind.value,
            "ipp:level": None if obj.level is None else obj.level.value,
            "ipp:period": _period(obj.period),
            "spatialCoverage": _maybe(obj.locality),
            "ipp:approvedBy": _maybe(obj.approved_by),
            "ipp:leadAgency": _maybe(obj.lead_agency),
            "ipp:implements": _maybe(obj.parent),
            "ipp:succeededBy": _maybe(obj.successor),
            "ipp:outcome": [outcome.value for outcome in obj.outcomes],
            "ipp:markSupport": _many(obj.mark_support),
            "ipp:exportedProduct": _many(obj.exported_products),
            "ipp:mark": _many(obj.marks),
            "ipp:geographicalIndication": _many(obj.geographical_indications),
            "ipp:project": _many(obj.projects),
            "ipp:indicator": _many(obj.indicators),
            "ipp:source": _maybe(obj.source),
        }
    )


@_node.register
def _count(obj: RecipientCount) -> dict[str, Any]:
    return {
        "@type": "ipp:RecipientCount",
        "ipp:recipientKind": obj.kind.value,
        "ipp:count": obj.count,
    }


@_node.register
def _award(obj: Award) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ipp:Award",
            "identifier": obj.id,
            "name": obj.form.label,
            "ipp:form": obj.form.value,
            "ipp:conferredBy": _node(obj.conferred_by),
            "ipp:recipientCount": _many(obj.counts),
            "ipp:recipient": _many(obj.recipients),
            "ipp:presentedBy": _maybe(obj.presented_by),
            "description": obj.citation,
            "ipp:decision": _maybe(obj.decision),
        }
    )


@_node.register
def _award_recipients(obj: AwardRecipients) -> dict[str, Any]:
    return {"@type": "ipp:AwardRecipients", "ipp:award": obj.award}


@_node.register
def _participant(obj: Participant) -> dict[str, Any]:
    return {
        "@type": "ipp:Participation",
        "ipp:party": _node(obj.party),
        "ipp:role": [role.value for role in obj.roles],
    }


def _attendee(participant: Participant) -> Any:  # noqa: ANN401
    party = participant.party
    return None if isinstance(party, AwardRecipients) else _node(party)


@_node.register
def _event(obj: Event) -> dict[str, Any]:
    location = _maybe(obj.locality)
    if obj.venue is not None:
        location = _compact({"@type": "Place", "name": obj.venue, "containedInPlace": location})
    return _compact(
        {
            "@type": "Event",
            "name": event_title(obj),
            "ipp:eventKind": obj.kind.value,
            "startDate": obj.date.isoformat(),
            "endDate": _iso(obj.end_date),
            "location": location,
            "organizer": _many(obj.organizers),
            "about": _many(obj.reviews),
            "ipp:launches": _many(obj.launches),
            "attendee": [node for node in map(_attendee, obj.participants) if node is not None],
            "ipp:participation": _many(obj.participants),
            "ipp:award": _many(obj.awards),
            "image": _many(obj.photos),
            "ipp:source": _maybe(obj.source),
        }
    )


def to_jsonld(obj: object) -> dict[str, Any]:
    """Write a record as schema.org JSON-LD, with its ``@context``.

    >>> from ipprogram import examples
    >>> document = to_jsonld(examples.langson_2020())
    >>> document["@type"], document["startDate"], document["organizer"][0]["@type"]
    ('Event', '2020-12-02', 'GovernmentOrganization')
    >>> document["ipp:award"][0]["ipp:recipientCount"][0]
    {'@type': 'ipp:RecipientCount', 'ipp:recipientKind': 'collective', 'ipp:count': 2}
    """
    node = _node(obj)
    return {"@context": dict(CONTEXT), **node}
