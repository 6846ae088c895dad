"""The generated JSON Schema agrees with from_dict on structure, types and vocabularies."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.io.schema import CONSTRAINTS, DIALECT
from tests.samples import SAMPLES
from tests.strategies import RECORDS

CLASSES = sorted(RECORDS, key=lambda cls: cls.__name__)
#: What the schema states: a document from_dict refuses only for these, the schema refuses.
STRUCTURAL = {
    "wrong_type",
    "invalid_choice",
    "missing",
    "unknown_key",
    "missing_tag",
    "unknown_tag",
    "empty_text",
    "invalid_date",
    "invalid_partial_date",
    "unsupported_version",
}


def _validator(cls: type) -> jsonschema.protocols.Validator:
    schema = ip.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_valid_records_satisfy_the_schema(cls: type, data: st.DataObject) -> None:
    """Every document to_dict writes is valid under its class's schema."""
    document = ip.to_dict(data.draw(RECORDS[cls]))
    errors = list(_validator(cls).iter_errors(document))
    assert errors == []


def _mutations(
    value: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[str, tuple[Any, ...], Any]]:
    """(kind, path, replacement) for each structural change to try at each place."""
    wrong: dict[type, Any] = {
        str: 3,
        int: "3",
        bool: "yes",
        list: {"x": 1},
        dict: ["x"],
        float: "1.5",
    }
    if path:
        yield "wrong", path, wrong.get(type(value), "x")
    if isinstance(value, str) and path:
        yield "blank", path, "   "
    if isinstance(value, dict):
        yield "extra", (*path, "extra_key"), 1
        for key, item in value.items():
            yield "drop", (*path, key), None
            yield from _mutations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _mutations(item, (*path, index))


def _apply(document: Any, kind: str, path: tuple[Any, ...], replacement: Any) -> Any:
    changed = copy.deepcopy(document)
    parent = changed
    for step in path[:-1]:
        parent = parent[step]
    if kind == "drop":
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    return changed


def _cases() -> Iterator[tuple[type, str, tuple[Any, ...], Any]]:
    for cls in sorted(SAMPLES, key=lambda cls: cls.__name__):
        document = ip.to_dict(SAMPLES[cls])
        for kind, path, replacement in _mutations(document):
            yield cls, kind, path, replacement


CASES = list(_cases())


def test_there_are_many_mutations() -> None:
    """The agreement test below tries changes at every place of every sample."""
    assert len(CASES) > 1000


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_schema_refuses_what_from_dict_refuses_for_structure(cls: type) -> None:
    """Wrong types, unknown values, missing and unknown keys, tags: both refuse."""
    validator = _validator(cls)
    document = ip.to_dict(SAMPLES[cls])
    checked = 0
    for kind, path, replacement in _mutations(document):
        changed = _apply(document, kind, path, replacement)
        try:
            ip.from_dict(cls, changed)
        except ip.ValidationError as error:
            codes = {detail.code for detail in error.errors}
            if codes <= STRUCTURAL:
                assert not validator.is_valid(changed), (kind, path, codes)
                checked += 1
        else:
            assert validator.is_valid(changed), (kind, path)
    assert checked > 0


def test_schema_shape() -> None:
    """Dialect, title, the schema version at the top only, tagged union members."""
    schema = ip.json_schema(ip.Event)
    assert schema["$schema"] == DIALECT
    assert schema["title"] == "Event"
    assert schema["properties"]["schema_version"] == {"enum": [1, 2], "default": 2}
    assert "schema_version" not in schema["$defs"]["Programme"]["properties"]
    party = schema["$defs"]["Participant"]["properties"]["party"]
    assert [ref["$ref"] for ref in party["oneOf"]] == [
        "#/$defs/Person.tagged",
        "#/$defs/Organization.tagged",
        "#/$defs/OrganizationGroup.tagged",
        "#/$defs/AwardRecipients.tagged",
    ]
    assert schema["$defs"]["Person.tagged"]["properties"]["type"] == {"const": "person"}
    assert schema["$defs"]["Person"]["additionalProperties"] is False
    schema["title"] = "changed"
    assert ip.json_schema(ip.Event)["title"] == "Event"  # every call gives a fresh copy
    with pytest.raises(TypeError, match="record class"):
        ip.json_schema(int)


def test_integral_floats_are_the_one_known_difference() -> None:
    """JSON Schema calls 2.0 an integer; from_dict wants 2. The docs say so."""
    document = ip.to_dict(SAMPLES[ip.RecipientCount])
    document["count"] = 2.0
    assert _validator(ip.RecipientCount).is_valid(document)
    with pytest.raises(ip.ValidationError, match="expected integer"):
        ip.from_dict(ip.RecipientCount, document)


def test_every_field_has_a_vietnamese_title() -> None:
    """A form builder labels each field: every property of every record has a title."""
    schema = ip.json_schema(ip.Event)
    for name, definition in [("Event", schema), *schema["$defs"].items()]:
        for key, prop in definition["properties"].items():
            if key not in ("type", "schema_version"):
                assert prop.get("title"), (name, key)
    assert schema["$defs"]["Position"]["properties"]["title"]["title"] == "Chức danh"


def test_enum_values_carry_their_vietnamese_labels() -> None:
    """Each enum value is a oneOf entry with its const and its label as title."""
    choices = ip.json_schema(ip.Award)["properties"]["form"]["oneOf"]
    assert choices == [{"const": m.value, "title": m.label} for m in ip.AwardForm]


def test_schema_id_and_examples() -> None:
    """Each schema has an $id; the examples it carries are valid to it and to from_dict."""
    for cls in (ip.Event, ip.Programme, ip.Trademark, ip.GeographicalIndication):
        schema = ip.json_schema(cls)
        assert schema["$id"] == f"urn:ipprogram:schema:2:{cls.__name__}"
        assert len(schema["examples"]) == 1
        for example in schema["examples"]:
            assert _validator(cls).is_valid(example)
            ip.from_dict(cls, example)
    assert "examples" not in ip.json_schema(ip.Person)


BREAKS: list[tuple[type, str, Any, str]] = [
    (ip.RecipientCount, "count", -1, "negative"),
    (ip.RightsCount, "count", -1, "negative"),
    (ip.Prize, "count", -1, "negative"),
    (ip.Award, "stated_prize_count", -1, "negative"),
    (ip.RightsTally, "in_progress", -1, "negative"),
    (ip.RightsTally, "total", -1, "negative"),
    (ip.Trademark, "nice_classes", [46], "out_of_range"),
    (ip.Trademark, "nice_classes", [0], "out_of_range"),
    (ip.Trademark, "nice_classes", [29, 29], "duplicate"),
    (ip.RecipientCount, "count", 10**18 + 1, "out_of_range"),
    (ip.Trademark, "application_number", "4-2019-1234x", "invalid_identifier"),
    (ip.Trademark, "certificate_number", "4-0306822-0000", "invalid_identifier"),
    (ip.GeographicalIndication, "application_number", "6-2019-123", "invalid_identifier"),
    (ip.GeographicalIndication, "certificate_number", "123456", "invalid_identifier"),
    *[
        (cls, "iri", iri, "invalid_choice")
        for cls in (ip.Event, ip.Programme, ip.Project, ip.Organization, ip.Person, ip.Product)
        for iri in ("event-1", "https://x.vn/a b", "urn:IPprogram:mark:1", "https://x.vn/%g0")
    ],
]


@pytest.mark.parametrize(("cls", "field", "value", "code"), BREAKS)
def test_constraints_refuse_what_from_dict_refuses(
    cls: type, field: str, value: Any, code: str
) -> None:
    """Each bound the schema states is one from_dict enforces: both refuse a breach."""
    document = ip.to_dict(SAMPLES[cls])
    document[field] = value
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(cls, document)
    assert code in {detail.code for detail in caught.value.errors}
    assert not _validator(cls).is_valid(document)


def test_every_constraint_is_tried() -> None:
    """The breaches above cover each constraint the schema states."""
    assert {(cls.__name__, field) for cls, field, _, _ in BREAKS} >= set(CONSTRAINTS)
