"""The limits users can rely on: linear parsers, bounded memory, numbers, depth, misuse."""

from __future__ import annotations

import datetime as dt
import enum
import gc
import json
import signal
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

import pytest

import ipprogram as ip
from ipprogram import ids, places, terms, vi
from ipprogram.cli import RECORD_TYPES
from ipprogram.errors import ERROR_CODES, format_path
from ipprogram.io.converter import MAX_DEPTH
from ipprogram.io.jsonld import CONTEXT, TERMS
from ipprogram.model.places import TIERS
from ipprogram.model.shape import MAX_MAGNITUDE
from ipprogram.render.phrases import FIELD_LABELS
from ipprogram.vi.quantities import parse_quantity
from tests.samples import SAMPLES

#: Input of this many characters: a quadratic parser needs hours on it, a linear one
#: well under a second. The guard below fails a parser that does not finish.
LARGE = 200_000
#: Seconds any one parser may take on LARGE characters before it is called stuck.
STUCK = 60


@contextmanager
def finishes(what: str) -> Iterator[None]:
    """Fail the test if the block does not finish: a hang guard, not a timing."""

    def stuck(*_: object) -> None:
        pytest.fail(f"{what} did not finish on {LARGE:,} characters: not linear")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(STUCK)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _quietly(call: Callable[[str], object], text: str) -> None:
    with suppress(ValueError, LookupError):  # ValidationError, InvalidNumber are ValueErrors
        call(text)


PARSERS: dict[str, Callable[[str], object]] = {
    "legal_document.validate": ids.legal_document.validate,
    "gi_certificate.validate": ids.gi_certificate.validate,
    "mark_certificate.validate": ids.mark_certificate.validate,
    "mark_application.validate": ids.mark_application.validate,
    "parse_date": vi.parse_date,
    "parse_partial_date": vi.parse_partial_date,
    "read_date": vi.read_date,
    "parse_quantity": parse_quantity,
    "expand": vi.expand,
    "contract": vi.contract,
    "introduce": vi.introduce,
    "sort_key": vi.sort_key,
    "split_name": vi.split_name,
    "places.find": places.find,
    "DocumentRef.number": lambda s: ip.from_json(ip.DocumentRef, json.dumps({"number": s})),
    "Source.language": lambda s: ip.from_json(ip.Source, json.dumps({"language": s})),
    "Event.date": lambda s: ip.from_json(ip.Event, json.dumps({"kind": "workshop", "date": s})),
    "from_json": lambda s: ip.from_json(ip.Person, s),
}
#: Runs that make backtracking patterns quadratic: separators, spaces, digits, words.
RUNS = [" ", "1", "-", "/", "1 ", ". ", "ngày ", "tháng 1/", "\u0300", ",", "\t", "{", "["]


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_parser_is_linear_in_its_input(name: str) -> None:
    """Each parser finishes on long runs of each troublesome kind, followed by a misfit."""
    call = PARSERS[name]
    with finishes(name):
        for run in RUNS:
            _quietly(call, run * (LARGE // len(run)) + "x")


def test_the_identifier_reproducer() -> None:
    """A number of a digit, 40,000 spaces and a letter is refused, promptly."""
    with finishes("DocumentRef"), pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.DocumentRef, json.dumps({"number": "1" + " " * 40_000 + "x"}))
    assert caught.value.errors[0].code == "invalid_identifier"
    assert ids.legal_document.compact("1618 /  QĐ  -  UBND") == "1618/QĐ-UBND"


def test_the_place_cache_holds_no_long_names() -> None:
    """300 events with 500 KB place names leave nothing held: long names are not kept."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index in range(300):
            place = ip.Locality(name=f"{index}" + "x" * 500_000, kind=ip.LocalityKind.COMMUNE)
            ip.Event(kind=ip.EventKind.WORKSHOP, date=dt.date(2024, 1, 1), locality=place)
            del place
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 20 * 1024 * 1024  # 300 such names are 150 MB


def test_tone_placement_remembers_only_short_words() -> None:
    """A 100,000-letter "word" gets its answer and is not kept in the cache."""
    from ipprogram._textkey import _cached_place_tone  # noqa: PLC0415

    _cached_place_tone.cache_clear()
    vi.place_tone("a" * 100_000)
    vi.place_tone("hoà")
    assert _cached_place_tone.cache_info().currsize == 1
    assert _cached_place_tone.cache_info().maxsize is not None


NUMBER_REPRODUCERS: list[tuple[str, Callable[[], object]]] = [
    (
        "from_json, 4,301 digits",
        lambda: ip.from_json(ip.RecipientCount, '{"kind":"individual","count":' + "9" * 4301 + "}"),
    ),
    (
        "from_dict, 10**4300",
        lambda: ip.from_dict(ip.RecipientCount, {"kind": "individual", "count": 10**4300}),
    ),
    (
        "a range of 10**5001",
        lambda: ip.Quantity(value=10**5001, upper=10**5000, qualifier=ip.Qualifier.RANGE),
    ),
    ("a float of 1e25", lambda: ip.Quantity(value=1e25, unit="đồng")),
    (
        "a count past 10**18",
        lambda: ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=MAX_MAGNITUDE + 1),
    ),
]


@pytest.mark.parametrize(("what", "call"), NUMBER_REPRODUCERS)
def test_numbers_past_the_bound_are_validation_errors(
    what: str, call: Callable[[], object]
) -> None:
    """Counts, amounts and quantities lie within ±10^18; beyond is out_of_range."""
    with pytest.raises(ip.ValidationError) as caught:
        call()
    assert {d.code for d in caught.value.errors} == {"out_of_range"}, what
    str(caught.value)  # the message itself can be written


def test_huge_integers_in_json_lines_are_reported_per_line() -> None:
    """iter_jsonl with on_error gets the error, and reads on."""
    lines = ['{"kind":"individual","count":' + "9" * 4301 + "}", '{"kind":"individual","count":3}']
    failures: list[ip.LineError] = []
    counts = list(ip.iter_jsonl(ip.RecipientCount, lines, on_error=failures.append))
    assert [c.count for c in counts] == [3]
    assert [(f.line, f.errors[0].code) for f in failures] == [(1, "out_of_range")]


def test_whatever_validates_renders() -> None:
    """Figures at the bound write, render and spell; formatters write any finite float."""
    largest = ip.Quantity(value=MAX_MAGNITUDE, unit="đồng")
    assert vi.format_quantity(largest) == "1.000.000.000 tỷ đồng"
    assert parse_quantity(vi.format_quantity(largest)) == largest
    assert ip.from_json(ip.Quantity, ip.to_json(largest)) == largest
    assert ip.to_jsonld(ip.Quantity(value=-1e18, unit="ha"))["value"] == -1e18
    assert vi.spell_number(MAX_MAGNITUDE) == "một tỷ tỷ"
    assert vi.format_number(1e25) == "10.000.000.000.000.000.000.000.000"
    assert vi.format_amount(1e300).endswith(" tỷ đồng")
    assert vi.format_number(-1.7976931348623157e308).startswith("-179.769.313.486.231.570.000")
    with pytest.raises(ValueError, match="up to 10\\^18"):
        vi.spell_number(10**10000)
    with pytest.raises(ValueError, match="more than 1000 digits"):
        vi.format_number(10**5000)


class Level(enum.IntEnum):
    """An enum whose members are integers: not numbers a record holds."""

    HIGH = 3


def test_number_fields_take_exactly_int_or_float() -> None:
    """An IntEnum member in a number field is refused, not written as <Level.HIGH: 3>."""
    for call in (
        lambda: ip.Quantity(value=Level.HIGH),
        lambda: ip.from_dict(ip.Quantity, {"value": Level.HIGH}),
        lambda: ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=Level.HIGH),
    ):
        with pytest.raises(ip.ValidationError) as caught:
            call()
        assert "got Level" in str(caught.value)


def chain(links: int) -> dict[str, Any]:
    """An organisation with a chain of ``links`` parents."""
    data: dict[str, Any] = {"name": "Cục Sở hữu trí tuệ"}
    for index in range(links):
        data = {"name": f"Đơn vị {index}", "parent": data}
    return data


@pytest.mark.parametrize("links", [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 6])
def test_what_one_reader_accepts_the_other_accepts(links: int) -> None:
    """A parent chain: from_dict and from_json give the same verdict at every depth."""
    data = chain(links)

    def verdict(call: Callable[[], object]) -> str:
        try:
            call()
        except ip.ValidationError as error:
            return error.errors[0].code
        return "ok"

    from_dict = verdict(lambda: ip.from_dict(ip.Organization, data))
    from_json = verdict(lambda: ip.from_json(ip.Organization, json.dumps(data)))
    assert from_dict == from_json
    assert from_dict == ("ok" if links + 1 <= MAX_DEPTH else "too_deep")
    deeper = verdict(lambda: ip.from_json(ip.Organization, json.dumps(data), max_depth=100))
    assert deeper == "ok"


def test_chains_inside_records_are_counted_on_the_way_down() -> None:
    """Programmes in an event, each with a parent chain, within and past the depth."""
    event = {"kind": "workshop", "organizers": [chain(10), chain(MAX_DEPTH + 1)]}
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Event, event)
    assert [d.code for d in caught.value.errors] == ["too_deep"]
    event["organizers"] = [chain(10), chain(20)]
    assert len(ip.from_dict(ip.Event, event).organizers) == 2


def test_a_defaultdict_fills_in_nothing() -> None:
    """Missing keys are missing, whatever mapping holds the rest."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Photo, defaultdict(lambda: "Ảnh"))
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.caption", "missing")]
    nested = {"kind": "workshop", "organizers": [defaultdict(lambda: "x")]}
    with pytest.raises(ip.ValidationError) as inside:
        ip.from_dict(ip.Event, nested)
    assert [d.path for d in inside.value.errors] == ["$.organizers[0].name"]


TABLES: dict[str, Mapping[Any, Any]] = {
    "QUALIFIER_WORDS": ip.QUALIFIER_WORDS,
    "ERROR_CODES": ERROR_CODES,
    "TIERS": TIERS,
    "ABBREVIATIONS": vi.ABBREVIATIONS,
    "FIELD_LABELS": FIELD_LABELS,
    "TERM_YEARS": terms.TERM_YEARS,
    "MAX_RENEWALS": terms.MAX_RENEWALS,
    "CONTEXT": CONTEXT,
    "TERMS": TERMS,
    "TYPES": ids.legal_document.TYPES,
    "RECORD_TYPES": RECORD_TYPES,
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_tables_are_read_only(name: str) -> None:
    """No caller can change what the library knows for the whole process."""
    table = TABLES[name]
    key = next(iter(table))
    with pytest.raises(TypeError):
        table[key] = ()  # type: ignore[index]
    assert key in table


MISUSE: list[tuple[str, Callable[[], object], str]] = [
    (
        "iter_jsonl of bytes",
        lambda: list(ip.iter_jsonl(ip.Person, b'{"full_name": "A"}\n')),  # type: ignore[arg-type]
        "not bytes",
    ),
    (
        "iter_jsonl of a file name",
        lambda: list(ip.iter_jsonl(ip.Person, "people.jsonl")),
        "pathlib.Path",
    ),
    ("from_json of an int", lambda: ip.from_json(ip.Person, 3), "not int"),  # type: ignore[arg-type]
    ("from_dict of 3", lambda: ip.from_dict(3, {}), "record class"),  # type: ignore[arg-type]
    ("from_dict of dict", lambda: ip.from_dict(dict, {}), "record class"),
    ("to_dict of a dict", lambda: ip.to_dict({"a": 1}), "not a record"),
    ("ascii_fold(None)", lambda: vi.ascii_fold(None), "takes a str"),  # type: ignore[arg-type]
    ("contract(None)", lambda: vi.contract(None), "takes a str"),  # type: ignore[arg-type]
    ("format_date(None)", lambda: vi.format_date(None), "takes a date"),  # type: ignore[arg-type]
    ("date_phrase(None)", lambda: vi.date_phrase(None), "takes a date"),  # type: ignore[arg-type]
    ("format_period(None)", lambda: vi.format_period(None), "Period"),  # type: ignore[arg-type]
    ("format_person(None)", lambda: vi.format_person(None), "Person"),  # type: ignore[arg-type]
    ("format_position(None)", lambda: vi.format_position(None), "Position"),  # type: ignore[arg-type]
    ("format_quantity(None)", lambda: vi.format_quantity(None), "Quantity"),  # type: ignore[arg-type]
    ("format_list(None)", lambda: vi.format_list(None), "sequence"),  # type: ignore[arg-type]
    ("courtesy_title(None)", lambda: vi.courtesy_title(None), "Gender"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("what", "call", "says"), MISUSE, ids=[m[0] for m in MISUSE])
def test_misuse_is_a_type_error_that_says_what_was_expected(
    what: str, call: Callable[[], object], says: str
) -> None:
    """Wrong arguments are TypeErrors naming what is wanted, never AttributeErrors."""
    with pytest.raises(TypeError, match=says):
        call()
    assert what


def test_bytes_like_json_is_read() -> None:
    """from_json takes str, bytes, bytearray and memoryview alike."""
    text = '{"full_name": "Đoàn Thu Hà"}'
    for form in (text, text.encode(), bytearray(text.encode()), memoryview(text.encode())):
        assert ip.from_json(ip.Person, form).full_name == "Đoàn Thu Hà"


def test_too_many_renewals_is_a_value_error() -> None:
    """A term past the year 9999 is refused with its reason, not an OverflowError."""
    with pytest.raises(ValueError, match="renewals end after the year 9999"):
        terms.expiry(terms.RightKind.MARK, dt.date(2020, 1, 1), renewals=10**20)


@pytest.mark.parametrize("key", ["\ud800", "a\nb", "\x1b[31mred", "\u202eevil", "x\u2028y"])
def test_keys_in_paths_are_escaped(key: str) -> None:
    """A hostile key makes a one-line, printable, UTF-8-encodable message."""
    path = format_path((key, 0))
    assert path.isprintable()
    path.encode("utf-8")
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_dict(ip.Person, {"full_name": "A", key: 1})
    message = str(caught.value)
    assert len(message.splitlines()) == 2
    message.encode("utf-8")
    assert all(line.isprintable() for line in message.splitlines())


def test_repeated_bad_input_holds_no_memory() -> None:
    """Thousands of records that leave the fast path keep nothing: no growing traceback."""
    from ipprogram.io import _fast  # noqa: PLC0415

    bad = [json.dumps({"full_name": "Đoàn Thu Hà", "gender": f"x{index}"}) for index in range(3000)]
    for text in bad[:100]:  # warm the caches
        with suppress(ip.ValidationError):
            ip.from_json(ip.Person, text)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for text in bad:
            with suppress(ip.ValidationError):
                ip.from_json(ip.Person, text)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert _fast.SLOW.__traceback__ is None
    assert held < 512 * 1024  # each bad record used to keep its frames: megabytes


def test_the_fast_paths_chain_bound_keeps_within_the_depth() -> None:
    """Paths of CHAIN_LINKS links and the model's deepest record stay within MAX_DEPTH."""
    from ipprogram.io import _fast  # noqa: PLC0415

    deepest = _fast.static_depth([ip.Event, ip.Programme, *SAMPLES])
    assert deepest + _fast.CHAIN_LINKS <= MAX_DEPTH
