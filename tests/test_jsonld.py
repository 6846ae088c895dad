"""schema.org JSON-LD: expanded with PyLD, checked triple by triple for the 02/12/2020 event."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyld import jsonld

import ipprogram as ip
from ipprogram.io.jsonld import TERMS, VOCABULARY, node_id
from ipprogram.model.shape import shape, walk
from tests.samples import SAMPLES
from tests.strategies import RECORDS

SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _triples(document: dict[str, Any]) -> set[tuple[str, str, str]]:
    """The document as (subject, predicate, object) strings, blank nodes as they come."""
    dataset = jsonld.to_rdf(document)
    found = set()
    for triple in dataset["@default"]:
        subject, predicate, obj = triple["subject"], triple["predicate"], triple["object"]
        found.add((subject["value"], predicate["value"], obj["value"]))
    return found


def _objects(triples: set[tuple[str, str, str]], subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in triples if s == subject and p == predicate}


def _subjects(triples: set[tuple[str, str, str]], predicate: str, obj: str) -> set[str]:
    return {s for s, p, o in triples if p == predicate and o == obj}


@pytest.fixture(scope="module")
def event_triples() -> set[tuple[str, str, str]]:
    """The example event as RDF."""
    return _triples(ip.to_jsonld(ip.examples.langson_2020()))


def test_the_event(event_triples: set[tuple[str, str, str]]) -> None:
    """An Event on 2020-12-02 in the province of Lạng Sơn, organised by the Department."""
    t = event_triples
    (event,) = _subjects(t, RDF_TYPE, SCHEMA + "Event")
    assert _objects(t, event, SCHEMA + "startDate") == {"2020-12-02"}
    (name,) = _objects(t, event, SCHEMA + "name")
    assert name.startswith("Hội nghị tổng kết Chương trình phát triển tài sản trí tuệ")
    (place,) = _objects(t, event, SCHEMA + "location")
    assert _objects(t, place, RDF_TYPE) == {SCHEMA + "AdministrativeArea"}
    assert _objects(t, place, SCHEMA + "name") == {"tỉnh Lạng Sơn"}
    assert _objects(t, place, SCHEMA + "identifier") == {"20"}
    (organizer,) = _objects(t, event, SCHEMA + "organizer")
    assert _objects(t, organizer, RDF_TYPE) == {SCHEMA + "GovernmentOrganization"}
    assert _objects(t, organizer, SCHEMA + "name") == {"Sở Khoa học và Công nghệ tỉnh Lạng Sơn"}
    (parent,) = _objects(t, organizer, SCHEMA + "parentOrganization")
    assert _objects(t, parent, SCHEMA + "name") == {"Ủy ban nhân dân tỉnh Lạng Sơn"}


def test_the_awards_and_their_counts(event_triples: set[tuple[str, str, str]]) -> None:
    """Bằng khen to 02 collectives and 08 individuals; Giấy khen to 07 and 14."""
    t = event_triples
    (event,) = _subjects(t, RDF_TYPE, SCHEMA + "Event")
    awards = _objects(t, event, VOCABULARY + "award")
    found = {}
    for award in awards:
        (form,) = _objects(t, award, VOCABULARY + "form")
        counts = {}
        for count in _objects(t, award, VOCABULARY + "recipientCount"):
            (kind,) = _objects(t, count, VOCABULARY + "recipientKind")
            (number,) = _objects(t, count, VOCABULARY + "count")
            counts[kind] = int(number)
        (position,) = _objects(t, award, VOCABULARY + "conferredBy")
        (title,) = _objects(t, position, SCHEMA + "name")
        found[form] = (title, counts)
    assert found == {
        "certificate_of_merit": ("Chủ tịch", {"collective": 2, "individual": 8}),
        "certificate_of_commendation": ("Giám đốc", {"collective": 7, "individual": 14}),
    }


def test_people_programmes_and_products(event_triples: set[tuple[str, str, str]]) -> None:
    """The Vice-Chairwoman as a Person with her job; the programme and its products."""
    t = event_triples
    named = _subjects(t, SCHEMA + "name", "Đoàn Thu Hà")  # attendee, speaker, presenter
    assert len(named) == 3
    for ha in named:
        assert _objects(t, ha, RDF_TYPE) == {SCHEMA + "Person"}
        assert _objects(t, ha, SCHEMA + "jobTitle") == {"Phó Chủ tịch"}
    (event,) = _subjects(t, RDF_TYPE, SCHEMA + "Event")
    assert len(named & _objects(t, event, SCHEMA + "attendee")) == 1
    (programme,) = _objects(t, event, SCHEMA + "about")
    assert _objects(t, programme, VOCABULARY + "period") == {"2016/2020"}
    products = _objects(t, programme, VOCABULARY + "exportedProduct")
    names = {name for p in products for name in _objects(t, p, SCHEMA + "name")}
    assert names == {"Hồi", "Quế", "Sa nhân", "Nhựa thông", "Bánh kẹo", "Máy bơm nước"}
    assert all(_objects(t, p, RDF_TYPE) == {SCHEMA + "Product"} for p in products)
    (scheme,) = _objects(t, event, VOCABULARY + "launches")
    assert _objects(t, scheme, VOCABULARY + "period") == {"../2030"}


CLASSES = sorted(SAMPLES, key=lambda cls: cls.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_record_expands_to_known_terms(cls: type) -> None:
    """Every key expands to a schema.org or an ipprogram IRI; nothing is dropped."""
    document = ip.to_jsonld(SAMPLES[cls])
    assert document["@context"] == {"@vocab": SCHEMA, "ipp": VOCABULARY}

    def keys(node: Any) -> set[str]:
        if isinstance(node, list):
            return set().union(*(keys(item) for item in node)) if node else set()
        if isinstance(node, dict):
            own = {key for key in node if not key.startswith("@")}
            return own.union(*(keys(v) for k, v in node.items() if k != "@context"))
        return set()

    expanded = keys(jsonld.expand(document))
    written = {
        VOCABULARY + key.removeprefix("ipp:") if key.startswith("ipp:") else SCHEMA + key
        for key in keys(document)
    }
    assert expanded
    assert expanded == written


def test_trademarks_and_gis() -> None:
    """A mark is a Brand with its kind and certificate; a GI is a Certification."""
    mark = ip.to_jsonld(SAMPLES[ip.Trademark])
    assert mark["@type"] == ["Brand", "ipp:Trademark"]
    assert (mark["ipp:markKind"], mark["ipp:certificateNumber"]) == ("collective", "4-0306822-000")
    gi = ip.to_jsonld(SAMPLES[ip.GeographicalIndication])
    assert gi["@type"] == ["Certification", "ipp:GeographicalIndication"]
    assert gi["certificationIdentification"] == "00140"
    association = ip.to_jsonld(ip.Organization(name="Hội Làm vườn huyện Tràng Định"))
    assert association["@type"] == "Organization"


def test_to_jsonld_refuses_other_objects() -> None:
    """Only records have JSON-LD."""
    with pytest.raises(TypeError, match="pass an ipprogram record"):
        ip.to_jsonld({"name": "x"})


PUBLIC = sorted(set(walk(ip.Event)) | set(walk(ip.Programme)), key=lambda cls: cls.__name__)


@pytest.mark.parametrize("cls", PUBLIC, ids=lambda cls: cls.__name__)
def test_every_field_has_a_term_or_a_reason(cls: type) -> None:
    """Each field of each record is written to a term, or named as not published."""
    node_type = TERMS[cls]
    covered = {name for term in node_type.terms for name in term.fields}
    covered |= set(node_type.unpublished)
    assert {f.name for f in shape(cls).fields} - covered == set()
    assert covered <= {f.name for f in shape(cls).fields}  # no stale names


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PUBLIC).flatmap(lambda cls: RECORDS[cls]))
def test_every_set_field_reaches_its_term(record: object) -> None:
    """A field that holds a value shows in the node under its term."""
    node = ip.to_jsonld(record)
    for term in TERMS[type(record)].terms:
        if term.write is not None or len(term.fields) != 1:
            continue  # computed terms are tested by the examples above
        value = getattr(record, term.fields[0])
        if value not in (None, ()):
            assert term.key in node, term.key


def test_records_sharing_a_mark_merge_into_one_node() -> None:
    """Two provinces' programmes name one mark, written two ways: one node in the graph."""
    base = ip.examples.langson_programme()
    mark = ip.Trademark(name="Quýt Tràng Định", certificate_number="306822")
    one = ip.replace(base, marks=(mark,))
    two = ip.replace(
        base,
        name="Chương trình khác",
        marks=(ip.replace(mark, certificate_number="4-0306822-000"),),
    )
    documents = [ip.to_jsonld(one), ip.to_jsonld(two)]
    graph = {
        "@context": documents[0]["@context"],
        "@graph": [{k: v for k, v in d.items() if k != "@context"} for d in documents],
    }
    flat = jsonld.flatten(graph)
    nodes = flat["@graph"] if isinstance(flat, dict) else flat
    wanted = "urn:ipprogram:mark:certificate:4-0306822-000"
    assert len([node for node in nodes if node.get("@id") == wanted]) == 1
    holders = [
        node
        for node in nodes
        for values in node.values()
        if isinstance(values, list)
        and any(isinstance(v, dict) and v.get("@id") == wanted for v in values)
    ]
    assert len(holders) == 2  # each programme points at the one node


def test_node_ids_follow_the_scheme() -> None:
    """Marks, GIs, decisions and sources get @ids from what identifies them; others none."""
    assert node_id(ip.Trademark(name="A", application_number="4-2019-12345")) == (
        "urn:ipprogram:mark:application:4-2019-12345"
    )
    gi = ip.examples.ham_yen_oranges()
    assert node_id(gi) == f"urn:ipprogram:gi:certificate:{gi.certificate}"
    assert ip.to_jsonld(gi)["@id"] == node_id(gi)
    source = ip.Source(url="https://sokhcn.langson.gov.vn/tin-tuc/1")
    assert node_id(source) == "https://sokhcn.langson.gov.vn/tin-tuc/1"
    document = ip.DocumentRef(number="535/QĐ-UBND")
    assert node_id(document) is None  # a number without its issuer names nothing
    assert node_id(ip.Person(full_name="Lê An")) is None
    assert "@id" not in ip.to_jsonld(ip.Person(full_name="Lê An"))


#: The classes whose records may name themselves by an IRI, and a record of each.
NAMED_BY_IRI: dict[type, Any] = {
    ip.Event: ip.Event(kind=ip.EventKind.WORKSHOP),
    ip.Programme: ip.Programme(kind=ip.ProgrammeKind.PROGRAMME, name="Chương trình"),
    ip.Project: ip.Project(aims_at=ip.ProtectionKind.COLLECTIVE_MARK),
    ip.Organization: ip.Organization(name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn"),
    ip.Person: ip.Person(full_name="Lê An"),
    ip.Product: ip.Product(name="Hồi"),
}


@pytest.mark.parametrize("cls", list(NAMED_BY_IRI), ids=lambda cls: cls.__name__)
def test_a_record_named_by_an_iri_is_the_node_of_that_iri(cls: type) -> None:
    """The record's ``iri`` is its node's @id, written before its @type, and nowhere else."""
    iri = "https://sokhcn.langson.gov.vn/ban-ghi/Lạng_Sơn?x=1#a"
    record = ip.replace(NAMED_BY_IRI[cls], iri=iri)
    assert node_id(record) == iri
    node = ip.to_jsonld(record)
    assert list(node)[1:3] == ["@id", "@type"]
    assert node["@id"] == iri
    assert iri not in json.dumps({k: v for k, v in node.items() if k != "@id"})
    assert ip.from_json(cls, ip.to_json(record)) == record


def test_records_naming_one_organisation_by_iri_merge_into_one_node() -> None:
    """Two provinces name one body differently: the IRI they give it makes it one node."""
    iri = "urn:uuid:5f0c8a52-2c1e-4c9b-9a61-1b8e2f3d4c5a"
    department = ip.Organization(name="Cục Sở hữu trí tuệ", iri=iri)
    one = ip.Event(kind=ip.EventKind.WORKSHOP, organizers=(department,))
    two = ip.Event(
        kind=ip.EventKind.CONFERENCE,
        organizers=(ip.replace(department, name="Cục SHTT", short_name="Cục SHTT"),),
    )
    graph = {
        "@context": ip.to_jsonld(one)["@context"],
        "@graph": [
            {k: v for k, v in ip.to_jsonld(e).items() if k != "@context"} for e in (one, two)
        ],
    }
    flat = jsonld.flatten(graph)
    nodes = flat["@graph"] if isinstance(flat, dict) else flat
    [merged] = [node for node in nodes if node.get("@id") == iri]
    names = {value["@value"] for value in merged["https://schema.org/name"]}
    assert names == {"Cục Sở hữu trí tuệ", "Cục SHTT"}  # both sources' names are held


@pytest.mark.parametrize(
    "iri",
    [
        "event-1",  # relative: names different things in different files
        "/su-kien/1",
        "https://sokhcn.langson.gov.vn/su kien",  # white space
        "https://x.vn/a\u00a0b",  # a no-break space
        "https://x.vn/%zz",  # % without two hexadecimal digits
        "https://x.vn/<1>",
        "1http://x.vn/",  # a scheme begins with a letter
        "https:",  # nothing after the scheme
        "urn:ipprogram:mark:certificate:4-0306822-000",  # derived from numbers only
        "URN:IPProgram:event:1",
    ],
)
def test_an_iri_that_is_not_absolute_or_is_reserved_is_refused(iri: str) -> None:
    """Only an absolute IRI outside urn:ipprogram: may name a record, by every way in."""
    expected = "$.iri: invalid_choice"
    with pytest.raises(ip.ValidationError) as raised:
        ip.Person(full_name="Lê An", iri=iri)
    assert [f"{e.path}: {e.code}" for e in raised.value.errors] == [expected]
    text = json.dumps({"full_name": "Lê An", "iri": iri}, ensure_ascii=False)
    with pytest.raises(ip.ValidationError) as raised:
        ip.from_json(ip.Person, text)
    assert [f"{e.path}: {e.code}" for e in raised.value.errors] == [expected]


def test_an_iri_is_stored_as_nfc() -> None:
    """An IRI with combining marks is the IRI of its composed form (RFC 3987, 5.3.2.2)."""
    decomposed = unicodedata.normalize("NFD", "https://x.vn/Lạng_Sơn")
    assert ip.Person(full_name="A", iri=decomposed).iri == "https://x.vn/Lạng_Sơn"
