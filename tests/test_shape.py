"""The one resolved shape per record class, and what every reader and writer does with it."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import inspect
import json
import linecache
import pickle
import re
import traceback
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import ipprogram as ip
from ipprogram.io import _fast, jsonld
from ipprogram.model import shape as sh
from ipprogram.model._base import record
from tests import strategies

ROOT = Path(__file__).resolve().parent.parent


def _calls_of(path: Path, names: set[str]) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in names
    ]


def test_only_the_shape_module_reads_annotations() -> None:
    """No module but model/shape.py calls typing.get_origin, get_args or get_type_hints."""
    names = {"get_origin", "get_args", "get_type_hints"}
    shape_module = ROOT / "src/ipprogram/model/shape.py"
    found = [
        where
        for folder in ("src", "tests", "benchmarks", "fuzz")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != shape_module
        for where in _calls_of(path, names)
    ]
    assert found == []
    assert _calls_of(shape_module, names)  # the check above looks for the right thing


@pytest.mark.parametrize(
    ("annotation", "node"),
    [
        (str, sh.Text()),
        (int, sh.Integer()),
        (bool, sh.Boolean()),
        (int | float, sh.Number()),
        (dt.date, sh.Date()),
        (ip.PartialDate, sh.Scalar(ip.PartialDate)),
        (ip.Gender, sh.Choice(ip.Gender)),
        (ip.Person, sh.Record(ip.Person)),
        (ip.Person | ip.Organization, sh.Tagged((ip.Person, ip.Organization))),
        (tuple[str, ...], sh.Items(sh.Text())),
        (str | None, sh.Nullable(sh.Text())),
        (
            tuple[ip.Person | ip.Household, ...],
            sh.Items(sh.Tagged((ip.Person, ip.Household))),
        ),
        (int | float | None, sh.Nullable(sh.Number())),
        (dt.date | ip.PartialDate | None, sh.Nullable(sh.AnyDate(ip.PartialDate))),
        (dt.time, sh.Scalar(dt.time)),
    ],
)
def test_annotations_resolve_to_nodes(annotation: object, node: sh.Node) -> None:
    """Each annotation the model uses is one node of the closed set."""
    assert sh._node(annotation) == node


@pytest.mark.parametrize(
    "annotation",
    [list[str], dict[str, int], str | int, float, tuple[str], dt.date | ip.Person, dt.date | str],
)
def test_other_annotations_are_refused(annotation: object) -> None:
    """An annotation outside the closed set is a TypeError when the class is resolved."""
    with pytest.raises(TypeError):
        sh._node(annotation)


def test_wire_order_puts_required_fields_first() -> None:
    """The JSON key order: required fields, then the others, each in declaration order."""
    resolved = sh.shape(ip.Household)
    assert [f.name for f in resolved.fields] == ["head", "locality"]
    person = sh.shape(ip.Person)
    assert [f.name for f in person.wire][:2] == ["full_name", "gender"]

    @record
    class Late:
        note: str | None = None
        name: str

    assert [f.name for f in sh.shape(Late).wire] == ["name", "note"]
    written = ip.to_dict(Late(name="a", note="b"))
    assert list(written) == ["schema_version", "record_type", "name", "note"]


def test_scalars_share_one_pattern_with_the_schema() -> None:
    """The partial date's pattern is the JSON Schema's, and it means ASCII digits."""
    spec = sh.scalar_spec(ip.PartialDate)
    assert spec is not None
    schema = ip.json_schema(ip.Period)["properties"]["start"]["anyOf"][0]
    assert schema["pattern"] == spec.pattern
    assert sh.scalar_spec(ip.Period) is None


@pytest.mark.parametrize("digits", ["２０１６", "٢٠١٦", "۲۰۱۶", "२०१६"])
def test_other_scripts_digits_are_refused_not_converted(digits: str) -> None:
    """Full-width and Arabic-Indic digits are refused in dates, numbers and identifiers."""
    with pytest.raises(ip.ValidationError) as partial:
        ip.from_dict(ip.Period, {"start": digits})
    assert partial.value.errors[0].code == "invalid_partial_date"
    with pytest.raises(ip.ValidationError) as whole:
        ip.from_dict(ip.Locality, {"name": "Lạng Sơn", "as_of": f"{digits}-01-02"})
    assert whole.value.errors[0].code == "invalid_date"
    with pytest.raises(ip.ValidationError) as either:
        ip.from_dict(ip.Event, {"kind": "workshop", "date": f"{digits}-01-02"})
    assert either.value.errors[0].code == "invalid_partial_date"
    with pytest.raises(ip.ValidationError):
        ip.from_json(ip.RecipientCount, f'{{"kind": "individual", "count": {digits}}}')
    with pytest.raises(ip.ValidationError) as document:
        ip.DocumentRef(number=f"{digits}/QĐ-UBND")
    assert document.value.errors[0].code == "invalid_identifier"
    for module in (ip.ids.gi_certificate, ip.ids.legal_document, ip.ids.mark_certificate):
        assert not module.is_valid(digits)
    with pytest.raises(ip.ValidationError):
        ip.vi.parse_date(f"02/12/{digits}")
    with pytest.raises(ip.ValidationError):
        ip.vi.parse_quantity(f"{digits} ha")


def test_an_unrelated_bad_field_hides_no_rule_finding() -> None:
    """A wrong venue and an unknown award reference are both reported, by both paths."""
    data = ip.to_dict(ip.examples.langson_2020())
    data["venue"] = 3
    data["participants"][0] = {"party": {"type": "award_recipients", "award": "nope"}}
    with pytest.raises(ip.ValidationError) as loaded:
        ip.from_dict(ip.Event, data)
    expected = [
        ("$.venue", "wrong_type"),
        ("$.participants[0].party.award", "unknown_reference"),
    ]
    assert [(d.path, d.code) for d in loaded.value.errors] == expected
    event = ip.examples.langson_2020()
    party = ip.Participant(party=ip.AwardRecipients(award="nope"))
    with pytest.raises(ip.ValidationError) as built:
        ip.replace(event, venue=3, participants=(party,))
    assert [(d.path, d.code) for d in built.value.errors] == [
        ("$.venue", "wrong_type"),
        ("$.participants[0].party.award", "unknown_reference"),
    ]


def test_a_blank_name_hides_no_bad_code() -> None:
    """A Locality with a blank name and a bad code reports both."""
    with pytest.raises(ip.ValidationError) as error:
        ip.Locality(name=" ", kind=ip.LocalityKind.PROVINCE, code="2O")
    assert [(d.path, d.code) for d in error.value.errors] == [
        ("$.name", "empty_text"),
        ("$.code", "invalid_choice"),
    ]
    with pytest.raises(ip.ValidationError) as loaded:
        ip.from_dict(ip.Locality, {"name": " ", "kind": "province", "code": "2O"})
    assert loaded.value.errors == error.value.errors


def test_generated_code_shows_in_tracebacks() -> None:
    """Each generated function's source is in linecache under a name of its own."""
    functions = {
        "loader": _fast._raw_loader(ip.Event),
        "dumper": _fast.dumper(ip.Event),
        "writer": _fast.writer(ip.Event),
    }
    for what, function in functions.items():
        name = function.__code__.co_filename
        assert name.startswith(f"<ipprogram {what} ipprogram.model.event.Event")
        first = linecache.getline(name, function.__code__.co_firstlineno)
        assert first.startswith("def ")
    assert len({f.__code__.co_filename for f in functions.values()}) == len(functions)

    blank = object.__new__(ip.Person)  # no field set: reading one fails in generated code
    with pytest.raises(AttributeError) as error:
        _fast.writer(ip.Person)(blank, "", None)
    shown = "".join(traceback.format_exception(error.value))
    assert '"<ipprogram writer ipprogram.model.parties.Person>"' in shown
    assert re.search(r"\bo\.[a-z_]+", shown)  # the generated line itself


@record
class _Base:
    """A small record for the field-adding test."""

    name: str


@record
class _OneMore(_Base):
    """The same record with one line more."""

    note: str | None = None


def test_a_field_of_an_existing_kind_is_one_line() -> None:
    """The field added by one line reaches JSON, JSON Schema, both paths and the strategies."""
    value = _OneMore(name="Hội nghị", note="ghi chú")
    text = ip.to_json(value)
    assert json.loads(text) == {
        "schema_version": 2,
        "record_type": "_OneMore",
        "name": "Hội nghị",
        "note": "ghi chú",
    }
    assert ip.from_json(_OneMore, text) == value
    full = ip.io.converter.structure({"name": "Hội nghị", "note": "ghi chú"}, _OneMore)
    assert full == value
    schema = ip.json_schema(_OneMore)
    assert schema["properties"]["note"] == {
        "title": "Ghi chú",
        "anyOf": [{"type": "string", "pattern": r"\S"}, {"type": "null"}],
        "default": None,
    }
    with pytest.raises(ip.ValidationError) as error:
        ip.from_dict(_OneMore, {"name": "x", "note": 3})
    assert [(d.path, d.code) for d in error.value.errors] == [("$.note", "wrong_type")]
    # The JSON-LD and render tables do not know the class: their coverage tests would fail.
    assert _OneMore not in jsonld.TERMS

    notes: list[object] = []

    @settings(max_examples=20, database=None)
    @given(strategies.records(_OneMore))
    def generated(record_: _OneMore) -> None:
        notes.append(record_.note)

    generated()
    assert any(note is not None for note in notes)


def test_records_with_factory_defaults_are_refused() -> None:
    """A field's default is a value: a factory is refused when the class is resolved."""

    @attrs.frozen
    class WithFactory:
        items: tuple[str, ...] = attrs.field(factory=tuple)

    with pytest.raises(TypeError, match="default is a value"):
        sh.shape(WithFactory)


def test_tags_and_rules_are_part_of_the_shape() -> None:
    """A union member's tag and a class's rules come from its shape."""
    assert sh.shape(ip.Person).tag == "person"
    assert sh.shape(ip.Event).tag is None
    assert [r.__name__ for r in sh.shape(ip.Event).rules] == [
        "_iri",
        "_dates",
        "_kinds",
        "_award_ids",
        "_places",
        "_references",
        "_claims",
    ]


@pytest.mark.parametrize(
    "node",
    [
        sh.Text(),
        sh.Date(),
        sh.AnyDate(ip.PartialDate),
        sh.Record(ip.Person),
        sh.Items(sh.Nullable(sh.Choice(ip.Gender))),
        sh.Tagged((ip.Person, ip.Organization)),
        sh.Field("name", sh.Text(), attrs.NOTHING),
    ],
)
def test_nodes_are_frozen_values(node: object) -> None:
    """Nodes compare and hash by value, copy, pickle, and refuse changes."""
    assert copy.deepcopy(node) == node
    assert pickle.loads(pickle.dumps(node)) == node  # noqa: S301 - made just above
    assert hash(copy.copy(node)) == hash(node)
    assert repr(node).startswith(f"{type(node).__name__}(")
    with pytest.raises(FrozenInstanceError):
        node.cls = int  # type: ignore[attr-defined]
    assert node != sh.Integer()


def test_nodes_take_their_fields_in_order() -> None:
    """By position or keyword, each once; anything else is a TypeError."""
    field = sh.Field("name", sh.Text(), default=None)
    assert (field.name, field.node, field.default) == ("name", sh.Text(), None)
    assert sh.Record(cls=ip.Person).cls is ip.Person
    assert repr(sh.Items(sh.Text())) == "Items(item=Text())"
    assert list(inspect.signature(sh.Field).parameters) == ["name", "node", "default"]
    untyped: Any = sh.Record  # the calls below are what mypy refuses
    for args, kwargs in [((), {}), ((1, 2), {}), ((1,), {"cls": 1}), ((), {"kind": 1})]:
        with pytest.raises(TypeError):
            untyped(*args, **kwargs)
