"""The generated fast paths agree with the full path: same records, same dicts, same refusals."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.errors import ErrorDetail
from ipprogram.io import _fast, _json
from ipprogram.io.converter import NOT_FAST
from ipprogram.model._base import duplicates, record, rule
from ipprogram.model.shape import shape
from tests.strategies import RECORDS
from tests.test_fuzz import mutated

CLASSES = sorted(RECORDS, key=lambda cls: cls.__name__)
CONVERTER = sys.modules["ipprogram.io.converter"].converter


def _full_load(cls: type, data: object) -> Any:
    """The full path alone: the cattrs converter with every check."""
    return CONVERTER.structure(data, cls)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_paths_match_the_full_path(cls: type, data: st.DataObject) -> None:
    """to_dict writes what cattrs writes, key for key; the fast loader builds the same record."""
    record = data.draw(RECORDS[cls])
    written = ip.to_dict(record)
    head = {"schema_version": ip.SCHEMA_VERSION, "record_type": cls.__name__}
    full = {**head, **CONVERTER.unstructure(record)}
    assert list(written.items()) == list(full.items())
    text = json.dumps(full, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    assert ip.to_json(record) == text
    body = {key: value for key, value in written.items() if key not in head}
    for inline in (1, 2, _fast.INLINE_DEPTH):  # what the first calls and the later ones use
        assert list(_fast.dumper(cls, inline=inline)(record, {}).items()) == list(body.items())
        assert _fast.writer(cls, inline=inline)(record, "", {}) == json.dumps(
            body, ensure_ascii=False, separators=(",", ":")
        )
    fast = _fast.loader(cls)(body)  # valid input never needs the full path
    assert fast == _full_load(cls, body) == record
    assert type(fast) is cls


@settings(max_examples=3000)
@given(case=mutated())
def test_fast_loader_never_accepts_what_the_full_path_refuses(case: tuple[type, object]) -> None:
    """On mutated input the fast path gives up, or builds what the full path builds."""
    cls, data = case
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("schema_version", "record_type")}
    try:
        fast = _fast.loader(cls)(data)
    except (_fast.Slow, RecursionError):
        return
    assert fast == _full_load(cls, data)


def test_the_fast_path_gives_up_on_untidy_text() -> None:
    """Text that needs tidying or checking goes through the full path, with the same result."""
    loader = _fast.loader(ip.Person)
    for name in ("  Đoàn Thu Hà ", "Ðoàn", "Đoa\u0300n Thu Hà"):
        assert loader({"full_name": name}) == ip.Person(full_name=name)
    bad_inputs: list[object] = [
        {"full_name": "   "},
        {"full_name": "\ud800"},
        {"full_name": 3},
        {},
        [],
    ]
    for bad in bad_inputs:
        with pytest.raises(_fast.Slow):
            loader(bad)


@record
class _Flags:
    on: bool
    off: bool
    count: int
    when: dt.date
    tags: tuple[str, ...] = ("a", "b")


def test_the_json_writer_writes_what_json_dumps_writes() -> None:
    """Text that JSON must escape, numbers, booleans and nested unions, written directly."""
    tricky = 'Lạng Sơn "quoted" back\\slash\ttab\u2028 \x7f 😀'
    records: list[object] = [
        ip.Organization(name=tricky, short_name="line\nbreak"),
        ip.Quantity(value=2.5, upper=1e18, qualifier=ip.Qualifier.RANGE, unit="tỷ đồng"),
        ip.Quantity(value=-0.0),
        _Flags(on=True, off=False, count=-7, when=dt.date(2020, 12, 2)),
    ]
    for item in records:
        text = ip.to_json(item)
        assert text == json.dumps(ip.to_dict(item), ensure_ascii=False, separators=(",", ":"))
        assert ip.from_json(type(item), text) == item
    example = ip.examples.langson_2020()
    assert ip.to_json(example) == json.dumps(
        ip.to_dict(example), ensure_ascii=False, separators=(",", ":")
    )
    assert ip.to_json(example, indent=2) == json.dumps(
        ip.to_dict(example), ensure_ascii=False, indent=2
    )


def _verdict(load: Any, cls: type, data: object) -> object:
    """The record, or ``"refused"``; the fast loader's giving up counts as refusing."""
    try:
        return load(cls, data)
    except (_fast.Slow, ip.ValidationError):
        return "refused"


_HA_GIANG = {"name": "Hà Giang", "kind": "province", "code": "02"}  # merged on 01/7/2025


def _place_cases() -> list[tuple[type, dict[str, Any]]]:
    """Places wrong or right on the dates of the records around them, at several depths."""
    old_mark = {"name": "Cam sành", "owner": {"name": "Hội", "locality": _HA_GIANG}}
    dated_mark = {**old_mark, "filing_date": "2017-03-01"}
    cases: list[tuple[type, dict[str, Any]]] = []
    for year in ("2020", "2026"):
        programme = {
            "kind": "programme",
            "name": "Chương trình",
            "period": {"start": year},
            "locality": _HA_GIANG,
        }
        cases += [
            (ip.Trademark, {**old_mark, "filing_date": f"{year}-03-01"}),
            (ip.Programme, programme),
            (ip.Programme, {**programme, "locality": None, "marks": [old_mark]}),
            (ip.Programme, {**programme, "locality": None, "marks": [dated_mark]}),
            (ip.Programme, {**programme, "marks": [dated_mark, old_mark]}),
            (
                ip.Programme,
                {**programme, "tallies": [{"scope": _HA_GIANG, "as_of": year}]},
            ),
            (
                ip.Event,
                {
                    "kind": "workshop",
                    "date": f"{year}-12-02",
                    "reviews": [{**programme, "period": {"start": "2016", "end": "2020"}}],
                    "locality": {**_HA_GIANG, "as_of": "2020-01-01"},
                },
            ),
            (ip.Event, {"kind": "workshop", "date": f"{year}-12-02", "reviews": [programme]}),
        ]
    return cases


@pytest.mark.parametrize(("cls", "data"), _place_cases())
def test_places_collected_while_loading_get_the_rules_verdict(
    cls: type, data: dict[str, Any]
) -> None:
    """Places checked as they are loaded: the full path's verdict, refusals included."""
    fast = _verdict(lambda c, d: _fast.loader(c)(d), cls, data)
    full = _verdict(_full_load, cls, data)
    assert fast == full


def test_the_place_cases_hold_both_verdicts() -> None:
    """The cases above are not all accepted or all refused."""
    verdicts = {_verdict(_full_load, cls, data) == "refused" for cls, data in _place_cases()}
    assert verdicts == {True, False}


def test_every_dated_record_has_one_places_rule() -> None:
    """The loaders replace the places rule of each class with ``place_days``, and only those."""
    for cls in CLASSES:
        flagged = [r for r in shape(cls).rules if getattr(r, "__ipprogram_places__", False)]
        assert len(flagged) == hasattr(cls, "place_days"), cls


def test_equal_places_in_a_document_are_one_record() -> None:
    """A place repeated in one document is loaded once; documents do not share places."""
    marks = [{"name": f"Na {n}", "owner": {"name": "Hội", "locality": _HA_GIANG}} for n in range(3)]
    data = {"kind": "programme", "name": "Chương trình", "locality": _HA_GIANG, "marks": marks}
    first, second = (ip.from_dict(ip.Programme, data) for _ in range(2))
    assert first == second == _full_load(ip.Programme, data)
    places = {id(first.locality)} | {id(m.owner.locality) for m in first.marks if m.owner}
    assert len(places) == 1
    assert first.locality is not second.locality


def test_sharing_is_bounded_and_changes_no_record() -> None:
    """More distinct places than are remembered: every one still loads as the full path does."""
    count = _fast.SHARED_PLACES + 50
    products = [{"name": f"P{n}", "locality": {"name": f"Xã {n}"}} for n in range(count)]
    data = {"kind": "programme", "name": "Chương trình", "exported_products": products}
    loaded = _fast.loader(ip.Programme)(data)
    assert loaded == _full_load(ip.Programme, data)
    assert [p.locality.name for p in loaded.exported_products] == [f"Xã {n}" for n in range(count)]


def _outcome(load: Any) -> object:
    """The record loaded, or the errors of the ValidationError raised."""
    try:
        return load()
    except ip.ValidationError as error:
        return error.errors


@settings(max_examples=1500)
@given(case=mutated())
def test_from_json_skips_text_checks_only_where_the_loader_makes_them(
    case: tuple[type, object],
) -> None:
    """from_json gives what loads and from_dict give: the same record, or the same errors.

    It skips the checks of the parsed text when the fast path builds the record.
    """
    cls, data = case
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (ValueError, RecursionError):
        return
    ours = _outcome(lambda: ip.from_json(cls, text))
    reference = _outcome(lambda: ip.from_dict(cls, ip.io.loads(text)))
    assert ours == reference


def test_a_place_held_many_times_is_written_as_each_copy_is() -> None:
    """One place object in many fields writes the text that equal copies write."""
    shared = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="20")
    other = ip.Locality(name="Cao Bằng", kind=ip.LocalityKind.PROVINCE, code="04")

    def programme(places: list[ip.Locality]) -> ip.Programme:
        products = tuple(ip.Product(name=f"P{n}", locality=p) for n, p in enumerate(places))
        return ip.Programme(
            kind=ip.ProgrammeKind.PROGRAMME,
            name="Chương trình",
            locality=places[0],
            exported_products=products,
        )

    one = programme([shared, shared, other, shared])
    copies = programme([ip.replace(shared), ip.replace(shared), other, ip.replace(shared)])
    for _ in range(20):  # the first writers, then the ones that inline
        assert ip.to_json(one) == ip.to_json(copies)
    assert ip.to_json(one).count('"Cao Bằng"') == 1
    assert ip.from_json(ip.Programme, ip.to_json(one)) == one


@record
class _Guarded:
    """Rules of every form the loader's guards tell apart."""

    name: str
    note: str | None = None
    tags: tuple[str, ...] = ()
    level: ip.RecipientKind = ip.RecipientKind.INDIVIDUAL

    @rule
    def _note(self) -> Iterator[ErrorDetail]:  # reads an optional field: guarded
        if self.note == "sai":
            yield ErrorDetail(("note",), "invalid_choice", value=self.note, allowed="not sai")

    @rule
    def _tags(self) -> Iterator[ErrorDetail]:  # reads a tuple and an enum with defaults
        if len(self.tags) > 1 and self.level is ip.RecipientKind.COLLECTIVE:
            yield ErrorDetail(("tags",), "inconsistent", detail="one tag for a collective")

    @rule
    def _needs_a_note(self) -> Iterator[ErrorDetail]:  # tags need a note
        if self.note is None and self.tags:
            yield ErrorDetail(("note",), "missing")

    @rule
    def _whole(self) -> Iterator[ErrorDetail]:  # hands itself over: never guarded
        yield from _whole_problems(self)


@record
class _SomethingGiven:
    """A rule that finds a problem at the defaults: it always runs."""

    note: str | None = None
    tags: tuple[str, ...] = ()

    @rule
    def _something(self) -> Iterator[ErrorDetail]:
        if self.note is None and not self.tags:
            yield ErrorDetail(("note",), "missing")


def _whole_problems(record: _Guarded) -> Iterator[ErrorDetail]:
    if record.name == record.note:
        yield ErrorDetail(("note",), "duplicate", value=record.note, what="note", what_vi="ghi chú")


def test_rule_guards_skip_only_rules_with_nothing_to_find() -> None:
    """A guarded rule is skipped only where the fields it reads hold their defaults."""
    variables = {f.name: f"v{i}" for i, f in enumerate(shape(_Guarded).fields)}
    guards = [_fast._rule_guard(_Guarded, r, variables, repr) for r in shape(_Guarded).rules]
    assert guards == [
        "v1 is not None",
        f"v2 or v3 is not {ip.RecipientKind.INDIVIDUAL!r}",
        "v1 is not None or v2",  # with tags, a note at its default is wrong
        None,
    ]
    load = _fast.loader(_Guarded, guarded=True)
    assert load({"name": "a"}) == _Guarded(name="a")
    refused = [
        {"name": "a", "note": "sai"},
        {"name": "a", "tags": ["x", "y"], "level": "collective", "note": "n"},
        {"name": "a", "tags": ["x"]},
        {"name": "a", "note": "a"},
    ]
    for data in refused:
        with pytest.raises(_fast.Slow):
            load(data)
        with pytest.raises(ip.ValidationError):
            ip.from_dict(_Guarded, data)
    names = {"note": "v0", "tags": "v1"}
    assert _fast._rule_guard(_SomethingGiven, _SomethingGiven._something, names, repr) is None
    with pytest.raises(_fast.Slow):
        _fast.loader(_SomethingGiven, guarded=True)({})
    # the default enum member, read from JSON, is that member: the rule is skipped, rightly
    assert load({"name": "a", "tags": ["x", "y"], "level": "individual", "note": "n"}).tags == (
        "x",
        "y",
    )


_NEEDING = [
    (cls, check)
    for cls in CLASSES
    for check in shape(cls).rules
    if getattr(check, "__ipprogram_needs__", None)
]


def _needs(check: object) -> frozenset[str]:
    """The fields a rule says it needs (:func:`ipprogram.model._base.needs`)."""
    needed: frozenset[str] = getattr(check, "__ipprogram_needs__", frozenset())
    return needed


def test_rules_that_say_what_they_need_are_guarded_by_it() -> None:
    """Rules that hand their record to a helper, or read more than they need, say so."""
    said = {(cls.__name__, check.__name__): _needs(check) for cls, check in _NEEDING}
    assert said == {
        ("Event", "_claims"): {"claims"},
        ("GeographicalIndication", "_claims"): {"claims"},
        ("Locality", "_code"): {"code", "as_of"},
        ("Locality", "_tier"): {"parent"},
        ("Programme", "_claims"): {"claims"},
        ("Trademark", "_claims"): {"claims"},
    }
    for cls, check in _NEEDING:
        names = [f.name for f in shape(cls).fields]
        variables = {name: f"v{index}" for index, name in enumerate(names)}
        expected = " or ".join(  # an empty tuple is its default; None is the others'
            variables[name] if name == "claims" else f"{variables[name]} is not None"
            for name in names
            if name in _needs(check)
        )
        assert _fast._rule_guard(cls, check, variables, repr) == expected


def test_a_place_is_checked_by_the_rules_that_need_its_fields() -> None:
    """A place with a code, a parent or a date runs the rules a bare place skips."""
    load = _fast.loader(ip.Locality, guarded=True)
    assert load({"name": "Lạng Sơn", "kind": "province"}) == ip.Locality(
        name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE
    )
    refused = [
        {"name": "Lạng Sơn", "kind": "province", "code": "200"},  # a province's code: 2 digits
        {"name": "Lạng Sơn", "kind": "province", "parent": {"name": "X", "kind": "commune"}},
        {"name": "Hà Giang", "kind": "province", "as_of": "2026-01-01"},  # merged in 2025
    ]
    for data in refused:
        with pytest.raises(_fast.Slow):
            load(data)
        with pytest.raises(ip.ValidationError):
            ip.from_dict(ip.Locality, data)


_CLAIMING = [cls for cls, check in _NEEDING if check.__name__ == "_claims"]


@pytest.mark.parametrize("cls", _CLAIMING, ids=lambda cls: cls.__name__)
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_rule_that_needs_claims_runs_when_there_are_claims(
    cls: type, data: st.DataObject
) -> None:
    """A claim of a field the record lacks is refused by the guarded loader as by the rule."""
    record = attrs.evolve(data.draw(RECORDS[cls]), claims=())  # type: ignore[misc]
    body = _fast.dumper(cls)(record, {})
    load = _fast.loader(cls, guarded=True)
    assert load(body) == record  # no claims: the rule is skipped, and had nothing to find
    wrong = {**body, "claims": [{"field": "no_such_field", "certainty": "unstated"}]}
    with pytest.raises(_fast.Slow):
        load(wrong)
    with pytest.raises(ip.ValidationError, match="unknown_field"):
        ip.from_dict(cls, wrong)


@given(st.lists(st.sampled_from(["a", "b", "c", "A"]), max_size=6))
def test_duplicates_finds_the_same_repeats_by_every_path(items: list[str]) -> None:
    """Tuples, lists and iterators, with or without ``show``: one answer, the loop's."""
    expected = [i for i, item in enumerate(items) if item in items[:i]]

    def paths(found: Iterable[ErrorDetail]) -> list[object]:
        return [detail.loc[-1] for detail in found]

    assert paths(duplicates(("x",), tuple(items), "x", "x")) == expected
    assert paths(duplicates(("x",), items, "x", "x")) == expected
    assert paths(duplicates(("x",), iter(items), "x", "x")) == expected
    assert paths(duplicates(("x",), items, "x", "x", show=str.upper)) == expected


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), cls=st.sampled_from([ip.Event, ip.Programme, ip.Trademark, ip.Source]))
def test_a_repeated_key_is_refused_in_every_object_of_generated_records(
    data: st.DataObject, cls: type[Any]
) -> None:
    """Any object of any generated record, one of its keys repeated: refused, located."""
    record = data.draw(RECORDS[cls])
    indent = data.draw(st.sampled_from([None, 2]))
    text = ip.to_json(record, indent=indent)
    assert ip.from_json(cls, text) == record
    countable = _json._countable(text)
    if countable:  # read by counting, whatever its length
        assert _json._read_counted(lambda _: cls, text, _json.MAX_DEPTH) == record
    document = json.loads(text)
    objects: list[dict[str, Any]] = []
    stack: list[object] = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            objects.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    target = data.draw(st.sampled_from([value for value in objects if value]))
    key = data.draw(st.sampled_from(sorted(target)))
    again = data.draw(st.sampled_from([target[key], "giờ 08:15", "https://x.vn/a:b", 7]))
    target["\0mark"] = None
    marked = json.dumps(document, ensure_ascii=False, indent=indent)
    member = f"{json.dumps(key)}: {json.dumps(again, ensure_ascii=False)}"
    broken = marked.replace('"\\u0000mark": null', member, 1)
    assert broken != marked
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(cls, broken)
    assert "duplicate_key" in {detail.code for detail in caught.value.errors}
    if _json._countable(broken):
        assert _json._read_counted(lambda _: cls, broken, _json.MAX_DEPTH) is NOT_FAST


def test_a_place_read_again_counts_its_colons_again() -> None:
    """A place that a document repeats is one object; its colons count at each place.

    The second occurrence is taken from the places read before, so its text values are
    not read again: their colons are added again, and the text reads by counting. A key
    repeated inside the second occurrence is still a colon too many.
    """
    place = '{"name":"Thôn 1: Tân Lập","code":"0000"}'
    text = (
        '{"schema_version":2,"record_type":"Source","publisher":{"name":"A","parent":'
        f'{{"name":"B","locality":{place}}},"locality":{{"name":"C","parent":{place}}}}}}}'
    )
    record = ip.from_json(ip.Source, text)
    assert record.publisher is not None
    assert record.publisher.parent is not None
    assert record.publisher.locality is not None
    assert record.publisher.parent.locality is record.publisher.locality.parent
    assert _json._read_counted(lambda _: ip.Source, text, _json.MAX_DEPTH) == record
    twice = '{"name":"Thôn 1: Tân Lập","name":"Thôn 1: Tân Lập","code":"0000"}'
    broken = text[::-1].replace(place[::-1], twice[::-1], 1)[::-1]  # the second occurrence
    assert broken.count("Thôn") == 3
    assert _json._read_counted(lambda _: ip.Source, broken, _json.MAX_DEPTH) is NOT_FAST
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Source, broken)
    assert [d.code for d in caught.value.errors] == ["duplicate_key"]


def _dicts(value: object) -> Iterator[dict[str, Any]]:
    """Every dict inside a dumped value, the value included."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _dicts(item)


def test_a_repeated_place_is_dumped_as_copies() -> None:
    """A place held many times is written once and copied: equal dicts, none shared."""
    province = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="20")
    commune = ip.Locality(name="Chi Lăng", kind=ip.LocalityKind.COMMUNE, parent=province)
    source = ip.Source(
        publisher=ip.Organization(name="A", locality=commune, parent=ip.Organization(name="B")),
        authors=tuple(ip.Person(full_name=f"Tác giả {n}") for n in range(2)),
    )
    event = ip.Event(
        kind=ip.EventKind.WORKSHOP,
        date=dt.date(2024, 1, 1),
        locality=province,
        places=(commune, province, commune),
        organizers=(ip.Organization(name="C", locality=province),),
        source=source,
    )
    for each in (event, ip.from_json(ip.Event, ip.to_json(event))):
        for _ in range(20):  # the first calls and the inlining dumper
            written = ip.to_dict(each)
            assert written == {
                "schema_version": ip.SCHEMA_VERSION,
                "record_type": "Event",
                **CONVERTER.unstructure(each),
            }
            found = list(_dicts(written))
            assert len(found) == len({id(d) for d in found})  # no dict twice
            written["locality"]["name"] = "changed"
            assert written["places"][1]["name"] == written["places"][0]["parent"]["name"]
            assert written["places"][1]["name"] == "Lạng Sơn"


_GENERATED_AND_CALLED = """
import linecache, sys
import ipprogram as ip
called = set()
def seen(frame, event, arg):
    if event == "call" and frame.f_code.co_filename.startswith("<ipprogram"):
        called.add(frame.f_code.co_filename)
e = ip.examples.langson_2020()
sys.setprofile(seen)
assert ip.from_json(ip.Event, ip.to_json(e)) == e and ip.from_dict(ip.Event, ip.to_dict(e)) == e
sys.setprofile(None)
made = {name for name in linecache.cache if name.startswith("<ipprogram")}
print(len(made), len(made & called), sorted(made - called))
"""


def test_a_first_call_generates_only_the_functions_it_calls() -> None:
    """The functions of classes the example does not hold (marks, GIs) are not generated."""
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", _GENERATED_AND_CALLED], check=True, capture_output=True, text=True
    )
    made, called, uncalled = done.stdout.rsplit("\n", 2)[-2].split(" ", 2)
    assert uncalled == "[]"
    assert made == called
    assert int(made) > 30  # the example's classes, each loaded and written


_THREADS = """
import sys, threading
import ipprogram as ip
sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
event = ip.examples.langson_2020()
programme = ip.examples.langson_programme()
failures = []
def work(record):
    try:
        for _ in range(3):
            assert ip.from_json(type(record), ip.to_json(record)) == record
            assert ip.from_dict(type(record), ip.to_dict(record)) == record
    except BaseException as error:
        failures.append(repr(error))
threads = [threading.Thread(target=work, args=(r,)) for r in (event, programme) * 4]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(failures)
"""


def test_threads_that_generate_at_once_each_get_the_finished_functions() -> None:
    """Eight threads making their first calls together: every round trip gives the record."""
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", _THREADS], check=True, capture_output=True, text=True
    )
    assert done.stdout.strip() == "[]"


def _records_in(value: object) -> Iterator[object]:
    """``value`` and every record inside it, depth first."""
    if isinstance(value, tuple):
        for item in value:
            yield from _records_in(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _records_in(getattr(value, field.name))


@pytest.mark.parametrize(
    "record",
    [ip.examples.langson_2020(), ip.examples.langson_programme()],
    ids=["event", "programme"],
)
def test_a_loaded_record_is_of_its_own_class_all_the_way_down(record: object) -> None:
    """The loaders build each record as its class's builder; what they give is the class."""
    cls = type(record)
    expected = [type(item) for item in _records_in(record)]
    for loaded in (ip.from_dict(cls, ip.to_dict(record)), ip.from_json(cls, ip.to_json(record))):
        inside = list(_records_in(loaded))
        assert [type(item) for item in inside] == expected
        for item in inside:
            kind = type(item)
            assert all(sub is _fast._BUILDERS.get(kind) for sub in kind.__subclasses__())
            assert weakref.ref(item)() is item
            name = attrs.fields(kind)[0].name  # type: ignore[arg-type]
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(item, name, getattr(item, name))  # frozen, as __init__ makes it
        assert pickle.loads(pickle.dumps(loaded)) == loaded == record  # noqa: S301 - its own
    assert cls.__subclasses__() == [_fast.builder(cls)]  # one, however many loads


def test_a_builder_sets_slots_as_a_plain_class_does() -> None:
    """The builder of a frozen record takes assignment; the record itself still refuses it."""
    place: Any = object.__new__(_fast.builder(ip.Locality))
    place.name = "Lạng Sơn"
    for name in ("kind", "code", "parent", "as_of"):
        setattr(place, name, None)
    del place.code  # object's __delattr__ too: the store is the plain class's
    place.code = None
    place.__class__ = ip.Locality
    assert place == ip.Locality(name="Lạng Sơn")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del place.code
    assert _fast.builder(ip.Locality) is _fast.builder(ip.Locality)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_nulls_do_not_hide_an_unknown_key(cls: type, data: st.DataObject) -> None:
    """The loaders count the keys they read: a null read as absent leaves the count short."""
    record = data.draw(RECORDS[cls])
    body = _fast.dumper(cls)(record, {})
    nullable = [f.name for f in shape(cls).fields if f.default is None and f.name not in body]
    nulls = data.draw(st.lists(st.sampled_from(nullable), unique=True) if nullable else st.just([]))
    with_nulls = {**body, **dict.fromkeys(nulls)}
    assert _fast.loader(cls)(with_nulls) == record  # a null is the field left out
    with pytest.raises(_fast.Slow):
        _fast.loader(cls)({**with_nulls, "unknown": 1})
    with pytest.raises(_fast.Slow):  # a null that no field reads is still an unknown key
        _fast.loader(cls)({**with_nulls, "unknown": None})


def test_functions_that_write_many_records_inline_keep_a_small_frame() -> None:
    """The locals of records and fields written one after another share their names.

    A call whose frame does not fit in what is left of the interpreter's stack chunk
    (16 KiB) is given a chunk of its own, made and freed on every call: the example's
    inline dumper had 521 locals before they were shared, and ran twice as slow in
    some processes. The frame now grows with the depth written inline, not with the
    number of records.
    """
    classes = [v for v in vars(ip).values() if isinstance(v, type) and attrs.has(v)]
    for inline, bound in ((1, 16), (_fast.INLINE_DEPTH, 24), (6, 50)):
        for cls in classes:
            dump, write = _fast.dumper(cls, inline=inline), _fast.writer(cls, inline=inline)
            assert dump.__code__.co_nlocals <= bound, (cls, inline)
            assert write.__code__.co_nlocals <= bound, (cls, inline)
    event = ip.examples.langson_2020()
    head = (("schema_version", ip.SCHEMA_VERSION), ("record_type", "Event"))
    deep = _fast.dumper(ip.Event, head, inline=6)
    assert deep(event, {}) == ip.to_dict(event)
    text_head = f'"schema_version":{ip.SCHEMA_VERSION},"record_type":"Event"'
    assert _fast.writer(ip.Event, inline=6)(event, text_head, None) == ip.to_json(event)
