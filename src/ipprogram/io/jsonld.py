"""schema.org JSON-LD, for portals that publish events and programmes to search engines.

Records map to schema.org types where schema.org has them: ``Event``,
``GovernmentOrganization`` (or ``Organization``), ``Person``, ``Product``, ``Brand`` for a
mark, ``Certification`` for a geographical indication, ``AdministrativeArea`` for a
place, ``CreativeWork`` for a source, ``ImageObject`` for a photo, ``Legislation`` for a
decision. What schema.org lacks (awards with the position that confers them and counts
of recipients, the kinds of mark, programmes with their projects and indicators) is
written with the small vocabulary :data:`VOCABULARY`, documented in the docs page
"JSON-LD". The context is inline, so the output expands with no network access.

What each field of each record becomes is one table, :data:`TERMS`: a field goes to a
term, or is named as not published with the reason. A few terms are computed from more
than one field (an event's ``location`` from its place and venue). A test checks that
every field of every record is in the table, so a new field cannot be left out unseen.
"""

from __future__ import annotations

import typing
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from ipprogram import ids
from ipprogram._textkey import match_key
from ipprogram.model import (
    Award,
    AwardRecipients,
    Claim,
    DocumentRef,
    Duty,
    Erratum,
    Event,
    ForeignProtection,
    GeographicalIndication,
    Handover,
    Household,
    Indicator,
    IndicatorValue,
    Licence,
    Locality,
    MarkSupport,
    Ordinal,
    Organization,
    OrganizationGroup,
    Participant,
    Period,
    Person,
    Photo,
    Position,
    Prize,
    Product,
    ProductFigure,
    Programme,
    Project,
    QualityThreshold,
    Quantity,
    RecipientCount,
    RightsCount,
    RightsTally,
    Source,
    Trademark,
)
from ipprogram.model._base import RESERVED_IRI_PREFIX
from ipprogram.model.shape import (
    AnyDate,
    Boolean,
    Choice,
    Date,
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
)
from ipprogram.render.phrases import event_title

__all__ = [
    "CONTEXT",
    "ID_PREFIX",
    "TERMS",
    "VOCABULARY",
    "NodeType",
    "Term",
    "node_id",
    "to_jsonld",
]

#: The IRI of ipprogram's own terms, for what schema.org has no term for.
VOCABULARY: Final = "urn:ipprogram:vocab:"
#: The inline JSON-LD context of every document :func:`to_jsonld` writes.
CONTEXT: Final = MappingProxyType({"@vocab": "https://schema.org/", "ipp": VOCABULARY})

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


def _value(node: Node, value: Any) -> Any:  # noqa: ANN401 - one branch per kind
    """A field's value as JSON-LD: nested records as nodes, enums by value, ISO dates."""
    match node:
        case Text() | Integer() | Number() | Boolean():
            return value
        case Date() | AnyDate():
            return value.isoformat()
        case Scalar():
            return node.spec.write(value)
        case Choice():
            return value.value
        case Record() | Tagged():
            return _node(value)
        case Items(item):
            return [_value(item, each) for each in value]
        case Nullable(inner):
            return None if value is None else _value(inner, value)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


@dataclass(frozen=True, slots=True)
class Term:
    """One property of a node: its key, the fields it is made of, and how.

    Without ``write`` the property is the one field's value, written by its kind.
    """

    key: str
    fields: tuple[str, ...]
    write: Callable[[Any], Any] | None = None


@dataclass(frozen=True, slots=True)
class NodeType:
    """How records of one class are written: the ``@type``, the terms, what is left out.

    ``unpublished`` names the fields written nowhere, each with the reason.
    """

    type: str | tuple[str, ...] | Callable[[Any], str]
    terms: tuple[Term, ...]
    unpublished: Mapping[str, str] = field(default_factory=dict)


def _field(name: str, key: str, write: Callable[[Any], Any] | None = None) -> Term:
    """The term ``key`` for field ``name``; ``write`` turns the field's value into the term's."""
    if write is None:
        return Term(key, (name,))
    return Term(key, (name,), lambda obj: write(getattr(obj, name)))


def _computed(key: str, fields: tuple[str, ...], write: Callable[[Any], Any]) -> Term:
    """A term computed from the whole record, made of ``fields``."""
    return Term(key, fields, write)


def _period(period: Period | None) -> str | None:
    if period is None:
        return None
    start = ".." if period.start is None else str(period.start)
    end = ".." if period.end is None else str(period.end)
    return f"{start}/{end}"  # ISO 8601-2 open intervals


def _organization_type(obj: Organization) -> str:
    key = match_key(obj.name) + " "
    return "GovernmentOrganization" if key.startswith(_GOVERNMENT) else "Organization"


def _event_location(obj: Event) -> Any:  # noqa: ANN401
    location = None if obj.locality is None else _node(obj.locality)
    if obj.venue is not None:
        location = _compact({"@type": "Place", "name": obj.venue, "containedInPlace": location})
    return location


def _published(obj: Source) -> str | None:
    """The ISO 8601 date, or local date and time, a page was published."""
    if obj.published is None:
        return None
    date = obj.published.isoformat()
    if obj.published_time is None:
        return date
    return f"{date}T{obj.published_time.hour:02d}:{obj.published_time.minute:02d}"


def _attendees(obj: Event) -> list[Any]:
    return [_node(p.party) for p in obj.participants if not isinstance(p.party, AwardRecipients)]


def _gender(value: Any) -> Any:  # noqa: ANN401
    return None if value is None else value.value.capitalize()


#: The field written as a node's ``@id`` rather than as a term (:func:`node_id`).
_AS_ID: Final = MappingProxyType({"iri": "the node's @id"})

#: What each record class becomes in JSON-LD, field by field.
TERMS: Final[Mapping[type, NodeType]] = MappingProxyType(
    {
        Locality: NodeType(
            "AdministrativeArea",
            (
                _computed("name", ("name",), lambda o: o.full_name),
                _field("kind", "ipp:localityKind"),
                _field("code", "identifier"),
                _field("parent", "containedInPlace"),
                _field("as_of", "ipp:asOf"),
            ),
        ),
        Organization: NodeType(
            _organization_type,
            (
                _field("name", "name"),
                _field("short_name", "alternateName"),
                _field("parent", "parentOrganization"),
                _field("locality", "location"),
            ),
            unpublished=_AS_ID,
        ),
        OrganizationGroup: NodeType(
            ("Organization", "ipp:OrganizationGroup"),
            (_field("name", "name"), _field("locality", "location")),
        ),
        Position: NodeType(
            "ipp:Position",
            (
                _field("title", "name"),
                _field("organization", "ipp:organization"),
                _field("former", "ipp:former", lambda former: former or None),
            ),
        ),
        Person: NodeType(
            "Person",
            (
                _field("full_name", "name"),
                _field("gender", "gender", _gender),
                _computed("jobTitle", ("position",), lambda o: o.position and o.position.title),
                _computed("worksFor", (), lambda o: o.position and _node(o.position.organization)),
                _field("other_positions", "ipp:otherPosition"),
                _field("academic_title", "honorificPrefix"),
            ),
            unpublished=_AS_ID,
        ),
        Household: NodeType(
            "ipp:Household", (_field("head", "ipp:head"), _field("locality", "location"))
        ),
        DocumentRef: NodeType(
            "Legislation",
            (
                _field("number", "legislationIdentifier"),
                _field("date", "legislationDate"),
                _field("issuer", "legislationPassedBy"),
                _field("title", "name"),
                _field("as_printed", "ipp:asPrinted", lambda printed: printed or None),
                _field("reading", "ipp:reading"),
                _field("co_issuers", "ipp:coIssuer"),
                _field("signed_by", "ipp:signedBy"),
            ),
        ),
        Source: NodeType(
            "CreativeWork",
            (
                _field("title", "name"),
                _field("url", "url"),
                _field("publisher", "publisher"),
                _field("authors", "author"),
                _computed("datePublished", ("published", "published_time"), _published),
                _field("errata", "ipp:erratum"),
                _field("language", "inLanguage"),
                _field("dateline", "ipp:dateline"),
                _field("copied_from", "isBasedOn"),
            ),
        ),
        Erratum: NodeType(
            "ipp:Erratum",
            (
                _field("written", "ipp:written"),
                _field("meant", "ipp:meant"),
                _field("note", "description"),
            ),
        ),
        Photo: NodeType(
            "ImageObject",
            (
                _field("caption", "caption"),
                _field("url", "contentUrl"),
                _field("file_name", "name"),
                _field("credit", "creditText"),
            ),
        ),
        Product: NodeType(
            "Product",
            (
                _field("name", "name"),
                _computed("category", ("category",), lambda o: o.category and o.category.label),
                _field("category", "ipp:productCategory"),
                _field("locality", "ipp:locality"),
                _field("group", "ipp:productGroup"),
                _field("figures", "ipp:figure"),
                _field("markets", "ipp:exportMarket"),
                _field("area_codes", "ipp:growingAreaCode"),
            ),
            unpublished=_AS_ID,
        ),
        ProductFigure: NodeType(
            "ipp:ProductFigure",
            (
                _field("measure", "ipp:measure"),
                _field("quantity", "ipp:quantity"),
                _field("period", "ipp:period", _period),
                _field("role", "ipp:role"),
                _field("market", "ipp:market"),
                _field("source", "ipp:source"),
            ),
        ),
        QualityThreshold: NodeType(
            "ipp:QualityThreshold",
            (_field("property", "name"), _field("quantity", "ipp:quantity")),
        ),
        Duty: NodeType("ipp:Duty", (_field("agency", "ipp:agency"), _field("task", "description"))),
        Trademark: NodeType(
            ("Brand", "ipp:Trademark"),
            (
                _field("name", "name"),
                _field("kind", "ipp:markKind"),
                _field("owner", "ipp:owner"),
                _field("products", "ipp:product"),
                _field("nice_classes", "ipp:niceClass"),
                _field("nice_version", "ipp:niceVersion"),
                _field("application_number", "ipp:applicationNumber"),
                _field("certificate_number", "ipp:certificateNumber"),
                _field("filing_date", "ipp:filingDate"),
                _field("grant_date", "ipp:grantDate"),
                _field("office_status", "ipp:officeStatus"),
                _field("grantor", "ipp:grantor"),
                _field("decision", "ipp:decision"),
                _field("ordinals", "ipp:ordinal"),
                _field("licences", "ipp:licence"),
                _field("abroad", "ipp:protectedAbroad"),
                _field("source", "ipp:source"),
                _field("claims", "ipp:claim"),
            ),
        ),
        GeographicalIndication: NodeType(
            ("Certification", "ipp:GeographicalIndication"),
            (
                _field("name", "name"),
                _field("certificate_number", "certificationIdentification"),
                _field("products", "about"),
                _field("managing_body", "ipp:managingBody"),
                _field("area", "ipp:area"),
                _field("application_number", "ipp:applicationNumber"),
                _field("filing_date", "ipp:filingDate"),
                _field("grant_date", "validFrom"),
                _field("decision", "ipp:decision"),
                _field("grantor", "ipp:grantor"),
                _field("ordinals", "ipp:ordinal"),
                _field("licences", "ipp:licence"),
                _field("abroad", "ipp:protectedAbroad"),
                _field("species", "ipp:species"),
                _field("thresholds", "ipp:qualityThreshold"),
                _field("source", "ipp:source"),
                _field("claims", "ipp:claim"),
            ),
        ),
        Period: NodeType("ipp:Period", (_field("start", "ipp:start"), _field("end", "ipp:end"))),
        Quantity: NodeType(
            "QuantitativeValue",
            (
                _computed("value", ("value",), lambda o: o.value if o.upper is None else None),
                _computed("minValue", (), lambda o: o.value if o.upper is not None else None),
                _field("upper", "maxValue"),
                _field("unit", "unitText"),
                _field("qualifier", "ipp:qualifier"),
                _field("wording", "ipp:wording"),
            ),
        ),
        IndicatorValue: NodeType(
            "ipp:IndicatorValue",
            (
                _field("role", "ipp:role"),
                _field("quantity", "ipp:quantity"),
                _field("period", "ipp:period", _period),
                _field("source", "ipp:source"),
                _field("note", "description"),
            ),
        ),
        Indicator: NodeType(
            "ipp:Indicator",
            (_field("name", "name"), _field("values", "ipp:value"), _field("note", "description")),
        ),
        Project: NodeType(
            "ipp:Project",
            (
                _field("title", "name"),
                _field("aims_at", "ipp:aimsAt"),
                _field("product", "ipp:product"),
                _field("host", "ipp:host"),
                _field("leader", "ipp:leader"),
                _field("period", "ipp:period", _period),
                _field("budget", "ipp:budget"),
                _field("approved_by", "ipp:approvedBy"),
                _field("status", "ipp:status"),
                _field("result", "ipp:result"),
                _field("source", "ipp:source"),
            ),
            unpublished=_AS_ID,
        ),
        MarkSupport: NodeType(
            "ipp:MarkSupport",
            (_field("kind", "ipp:markKind"), _field("category", "ipp:productCategory")),
        ),
        Programme: NodeType(
            "ipp:Programme",
            (
                _field("name", "name"),
                _field("kind", "ipp:programmeKind"),
                _field("level", "ipp:level"),
                _field("period", "ipp:period", _period),
                _field("locality", "spatialCoverage"),
                _field("approved_by", "ipp:approvedBy"),
                _field("lead_agency", "ipp:leadAgency"),
                _field("parent", "ipp:implements"),
                _field("successor", "ipp:succeededBy"),
                _field("outcomes", "ipp:outcome"),
                _field("mark_support", "ipp:markSupport"),
                _field("exported_products", "ipp:exportedProduct"),
                _field("marks", "ipp:mark"),
                _field("geographical_indications", "ipp:geographicalIndication"),
                _field("projects", "ipp:project"),
                _field("indicators", "ipp:indicator"),
                _field("source", "ipp:source"),
                _field("tallies", "ipp:tally"),
                _field("document", "ipp:document"),
                _field("proposal", "ipp:proposal"),
                _field("duties", "ipp:duty"),
                _field("supports", "ipp:supports"),
                _field("claims", "ipp:claim"),
            ),
            unpublished=_AS_ID,
        ),
        RecipientCount: NodeType(
            "ipp:RecipientCount",
            (_field("kind", "ipp:recipientKind"), _field("count", "ipp:count")),
        ),
        Award: NodeType(
            "ipp:Award",
            (
                _field("id", "identifier"),
                _computed("name", (), lambda o: o.form.label),
                _field("form", "ipp:form"),
                _field("conferred_by", "ipp:conferredBy"),
                _field("awarding_body", "funder"),
                _field("unnamed", "ipp:recipientsAsWritten"),
                _field("prizes", "ipp:prize"),
                _field("stated_prize_count", "ipp:statedPrizeCount"),
                _field("counts", "ipp:recipientCount"),
                _field("recipients", "ipp:recipient"),
                _field("presented_by", "ipp:presentedBy"),
                _field("citation", "description"),
                _field("decision", "ipp:decision"),
            ),
        ),
        AwardRecipients: NodeType("ipp:AwardRecipients", (_field("award", "ipp:award"),)),
        Participant: NodeType(
            "ipp:Participation",
            (
                _field("party", "ipp:party"),
                _field("roles", "ipp:role"),
                _field("count", "ipp:count"),
            ),
        ),
        Event: NodeType(
            "Event",
            (
                _computed("name", ("title",), event_title),
                _field("kind", "ipp:eventKind"),
                _field("other_kinds", "ipp:alsoEventKind"),
                _field("handovers", "ipp:handover"),
                _field("rating", "ipp:rating"),
                _field("date", "startDate"),
                _field("end_date", "endDate"),
                _computed("location", ("locality", "venue"), _event_location),
                _field("places", "ipp:coversPlace"),
                _field("organizers", "organizer"),
                _field("reviews", "about"),
                _field("launches", "ipp:launches"),
                _computed("attendee", (), _attendees),
                _field("participants", "ipp:participation"),
                _field("awards", "ipp:award"),
                _field("photos", "image"),
                _field("source", "ipp:source"),
                _field("tallies", "ipp:tally"),
                _field("claims", "ipp:claim"),
            ),
            unpublished=_AS_ID,
        ),
        Licence: NodeType(
            "ipp:Licence",
            (
                _field("licensor", "ipp:licensor"),
                _field("licensees", "ipp:licensee"),
                _field("licensee_count", "ipp:licenseeCount"),
                _field("round", "ipp:round"),
                _field("date", "ipp:date"),
                _field("decision", "ipp:decision"),
                _field("source", "ipp:source"),
            ),
        ),
        ForeignProtection: NodeType(
            "ipp:ForeignProtection",
            (
                _field("jurisdiction", "ipp:jurisdiction"),
                _field("office", "ipp:office"),
                _field("basis", "ipp:basis"),
                _field("number", "identifier"),
                _field("filing_date", "ipp:filingDate"),
                _field("grant_date", "ipp:grantDate"),
                _field("status", "ipp:officeStatus"),
                _field("batch", "ipp:batch"),
                _field("source", "ipp:source"),
            ),
        ),
        Handover: NodeType(
            "ipp:Handover",
            (
                _field("action", "ipp:action"),
                _field("rights", "ipp:right"),
                _field("decisions", "ipp:decision"),
                _field("licences", "ipp:licence"),
                _field("by", "ipp:by"),
                _field("to", "ipp:to"),
            ),
        ),
        Prize: NodeType(
            "ipp:Prize",
            (
                _field("rank", "ipp:rank"),
                _field("name", "name"),
                _field("count", "ipp:count"),
                _field("amount", "ipp:amount"),
                _field("recipient_kind", "ipp:recipientKind"),
                _field("recipients", "ipp:recipient"),
            ),
        ),
        Claim: NodeType(
            "ipp:Claim",
            (
                _field("field", "ipp:field"),
                _field("certainty", "ipp:certainty"),
                _field("value", "ipp:claimedValue"),
                _field("reading", "ipp:reading"),
                _field("basis", "ipp:basis"),
                _field("source", "ipp:source"),
            ),
        ),
        Ordinal: NodeType(
            "ipp:Ordinal",
            (
                _field("rank", "ipp:rank"),
                _field("kind", "ipp:rightKind"),
                _field("scope", "ipp:scope"),
                _field("as_of", "ipp:asOf"),
            ),
        ),
        RightsCount: NodeType(
            "ipp:RightsCount", (_field("kind", "ipp:rightKind"), _field("count", "ipp:count"))
        ),
        RightsTally: NodeType(
            "ipp:RightsTally",
            (
                _field("scope", "ipp:scope"),
                _field("as_of", "ipp:asOf"),
                _field("total", "ipp:total"),
                _field("counts", "ipp:rightsCount"),
                _field("in_progress", "ipp:inProgress"),
                _field("unbalanced", "ipp:unbalanced"),
                _field("source", "ipp:source"),
            ),
        ),
    }
)


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: JSON-LD has no use for nulls and empty lists."""
    return {key: value for key, value in node.items() if value not in (None, [], "")}


Writer = Callable[[Any], Any]
_WRITERS: dict[type, tuple[str | tuple[str, ...] | Writer, tuple[tuple[str, Writer], ...]]] = {}


def _by_node(name: str, node: Node) -> Writer:
    return lambda obj: _value(node, getattr(obj, name))


def _writers(cls: type) -> tuple[str | tuple[str, ...] | Writer, tuple[tuple[str, Writer], ...]]:
    found = _WRITERS.get(cls)
    if found is None:
        node_type = TERMS.get(cls)
        if node_type is None:
            msg = f"to_jsonld() does not know {cls.__name__}; pass an ipprogram record"
            raise TypeError(msg)
        resolved = shape(cls)
        terms = tuple(
            (term.key, term.write or _by_node(term.fields[0], resolved.field(term.fields[0]).node))
            for term in node_type.terms
        )
        found = _WRITERS[cls] = (node_type.type, terms)
    return found


#: The prefix of the ``@id`` of a node that a number identifies (:func:`node_id`).
ID_PREFIX: Final = RESERVED_IRI_PREFIX


def _iri_part(text: str) -> str:
    """Text as one part of a URN (RFC 8141): NFC, percent-encoded UTF-8 but for ``/ - .``."""
    return urllib.parse.quote(text, safe="/-.")


def node_id(obj: object) -> str | None:
    """The ``@id`` of a record's node, from what identifies it; ``None`` when nothing does.

    Nodes with the same ``@id`` are one node when records from several provinces are
    merged into one graph. The scheme, under :data:`ID_PREFIX`:

    - a trademark: ``urn:ipprogram:mark:certificate:4-0306822-000`` (its certificate
      number, in the one form :mod:`ipprogram.ids` writes every way of writing it), else
      ``urn:ipprogram:mark:application:4-2019-12345``;
    - a geographical indication: ``urn:ipprogram:gi:certificate:00140``, else
      ``urn:ipprogram:gi:application:6-2019-00012``;
    - a decision or other document: ``urn:ipprogram:document:`` with its issuer's name
      and its number (``535/QĐ-UBND`` is issued by every province), percent-encoded;
    - a source or a photo with a URL: the URL itself;
    - an event, a programme, a project, an organisation, a person or a product: its
      ``iri`` when the record gives one (nothing else identifies them across sources).

    >>> from ipprogram import DocumentRef, Organization, Trademark
    >>> node_id(Trademark(name="Quýt Tràng Định", certificate_number="306822"))
    'urn:ipprogram:mark:certificate:4-0306822-000'
    >>> node_id(DocumentRef(number="535/QĐ-UBND", issuer=Organization(name="UBND tỉnh Lạng Sơn")))
    'urn:ipprogram:document:UBND%20t%E1%BB%89nh%20L%E1%BA%A1ng%20S%C6%A1n:535/Q%C4%90-UBND'
    >>> node_id(Organization(name="Sở KHCN")) is None
    True
    >>> node_id(Organization(name="Sở KHCN", iri="https://sokhcn.langson.gov.vn/"))
    'https://sokhcn.langson.gov.vn/'
    """
    match obj:
        case Trademark(certificate_number=str()) | GeographicalIndication(certificate_number=str()):
            kind = "mark" if isinstance(obj, Trademark) else "gi"
            return f"{ID_PREFIX}{kind}:certificate:{_iri_part(typing.cast('str', obj.certificate))}"
        case Trademark(application_number=str(number)):
            return f"{ID_PREFIX}mark:application:{_iri_part(ids.mark_application.compact(number))}"
        case GeographicalIndication(application_number=str(number)):
            return f"{ID_PREFIX}gi:application:{_iri_part(ids.gi_application.compact(number))}"
        case DocumentRef(number=str(number), issuer=Organization(name=issuer)):
            compact = ids.legal_document.compact(number)
            return f"{ID_PREFIX}document:{_iri_part(issuer)}:{_iri_part(compact)}"
        case Source(url=str(url)) | Photo(url=str(url)):
            return url
        case Event(iri=str(iri)) | Programme(iri=str(iri)) | Project(iri=str(iri)):
            return iri
        case Organization(iri=str(iri)) | Person(iri=str(iri)) | Product(iri=str(iri)):
            return iri
        case _:
            return None


def _node(obj: object) -> Any:  # noqa: ANN401
    kind, terms = _writers(type(obj))
    if callable(kind):
        kind = kind(obj)
    node: dict[str, Any] = {"@type": list(kind) if isinstance(kind, tuple) else kind}
    found = node_id(obj)
    if found is not None:
        node = {"@id": found, **node}
    for key, write in terms:
        node[key] = write(obj)
    return _compact(node)


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
