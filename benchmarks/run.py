"""Time ipprogram against pydantic v2 and msgspec on the same records (``make bench``).

Each operation is timed in CPU time (``time.thread_time``), warmed up first, calibrated
to blocks long enough for the clock, and run in interleaved rounds whose order rotates
(ipprogram, pydantic, msgspec, then pydantic, msgspec, ipprogram, ...). The table gives
ipprogram's median per call and, for each peer, the median of the per-round ratios, the
ratio of the minimums and the lowest and highest per-round ratio. First calls (imports,
generated code, Babel) are timed apart, in a fresh process. Memory is measured on records
read from JSON, each from its own text. The models of
the peers are derived from ipprogram's classes (``peers.py``) and checked equivalent on
the records before anything is timed. Results go to ``benchmarks/results/latest.json``.

``--quick`` runs tiny sizes: the test suite uses it so that the suite cannot rot.
Each record also gets the floors of ``floor.py``: the same objects built with no checks
at all, against pydantic's checked loads, and the record's dict and JSON built with no
tests, against pydantic's writers.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gc
import importlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import msgspec
import pydantic

import ipprogram as ip
from ipprogram.vi import format_date, format_number, normalize, sort_key

sys.path.insert(0, str(Path(__file__).parent))
from floor import bare_builder, bare_dumper, bare_json_writer, classes_source
from peers import msgspec_model, pydantic_model, strict_pydantic_json, strict_pydantic_model
from strictness import BAD_INPUTS, tidied, verdicts

RESULTS = Path(__file__).parent / "results" / "latest.json"


def large_event() -> ip.Event:
    """An event of realistic size: 20 products, 20 marks, 30 participants, 4 awards."""
    province = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="20")
    committee = ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
    products = tuple(
        ip.Product(
            name=f"Sản phẩm {n}", category=ip.ProductCategory.AGRICULTURAL, locality=province
        )
        for n in range(20)
    )
    marks = tuple(
        ip.Trademark(
            name=f"Nhãn hiệu {n}",
            kind=ip.MarkKind.COLLECTIVE,
            owner=ip.Organization(name=f"Hội Làm vườn {n}", locality=province),
            products=(products[n],),
            nice_classes=(31,),
            certificate_number=f"4-0{306800 + n}-000",
            filing_date=dt.date(2017, 3, 1),
            grant_date=dt.date(2018, 10, 17),
        )
        for n in range(20)
    )
    programme = ip.Programme(
        kind=ip.ProgrammeKind.PROGRAMME,
        name="Chương trình phát triển tài sản trí tuệ",
        period=ip.Period.years(2016, 2020),
        locality=province,
        exported_products=products,
        marks=marks,
    )
    participants = tuple(
        ip.Participant(
            party=ip.Person(
                full_name=f"Nguyễn Văn {n}",
                position=ip.Position(title="Chuyên viên", organization=committee),
            ),
            roles=(ip.ParticipantRole.ATTENDEE,),
        )
        for n in range(30)
    )
    chair = ip.Position(title="Chủ tịch", organization=committee)
    awards = tuple(
        ip.Award(
            id=f"award-{n}",
            form=ip.AwardForm.CERTIFICATE_OF_MERIT,
            conferred_by=chair,
            counts=(ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=5),),
            recipients=(ip.Person(full_name=f"Lý Thị {n}"),),
        )
        for n in range(4)
    )
    return ip.Event(
        kind=ip.EventKind.SUMMARY_CONFERENCE,
        date=dt.date(2020, 12, 2),
        locality=province,
        reviews=(programme,),
        participants=participants,
        awards=awards,
    )


class Library:
    """One library's four operations on one record class."""

    def __init__(
        self,
        name: str,
        load: Callable[[Any], Any],
        dump: Callable[[Any], Any],
        load_json: Callable[[str], Any],
        dump_json: Callable[[Any], str | bytes],
    ) -> None:
        self.name, self.load, self.dump = name, load, dump
        self.load_json, self.dump_json = load_json, dump_json


def libraries(cls: type) -> list[Library]:
    """Return ipprogram and its peers for ``cls``: pydantic twice, and msgspec.

    pydantic runs in strict mode, and as strict as ipprogram on the census of
    ``strictness.py`` (``peers.strict_pydantic_model``).
    """
    pmodel = pydantic_model(cls)
    smodel = strict_pydantic_model(cls)
    mmodel = msgspec_model(cls)
    encoder = msgspec.json.Encoder()
    decoder = msgspec.json.Decoder(mmodel)
    return [
        Library(
            "ipprogram",
            lambda d: ip.from_dict(cls, d),
            ip.to_dict,
            lambda t: ip.from_json(cls, t),
            ip.to_json,
        ),
        Library(
            "pydantic",
            pmodel.model_validate,
            lambda o: o.model_dump(mode="json", exclude_defaults=True),
            pmodel.model_validate_json,
            lambda o: o.model_dump_json(exclude_defaults=True),
        ),
        Library(
            "pydantic, as strict",
            smodel.model_validate,
            lambda o: o.model_dump(mode="json", exclude_defaults=True),
            strict_pydantic_json(smodel),
            lambda o: o.model_dump_json(exclude_defaults=True),
        ),
        Library(
            "msgspec",
            lambda d: msgspec.convert(d, mmodel),
            msgspec.to_builtins,
            decoder.decode,
            encoder.encode,
        ),
    ]


def _body(record: object) -> dict[str, Any]:
    """The record's dict without the document's head (version and type), which peers lack."""
    data = ip.to_dict(record)
    del data["schema_version"], data["record_type"]
    return data


def _body_json(record: object) -> str:
    """The record's JSON text without the document's head, as the peers write it."""
    head = f'"schema_version":{ip.SCHEMA_VERSION},"record_type":"{type(record).__name__}",'
    return ip.to_json(record).replace(head, "", 1)


def check_equivalent(record: object) -> None:
    """Every library reads the record's dict and writes the same dict back; all refuse bad input."""
    data = _body(record)
    bad_inputs = [{**data, "unknown": 1}, {**data, "date": 20201202}, {**data, "kind": "robot"}]
    for lib in libraries(type(record)):
        obj = lib.load(data)
        dumped = json.loads(json.dumps(lib.dump(obj)))  # msgspec keeps tuples in dicts
        from_json = json.loads(lib.dump_json(obj))
        for output in (dumped, from_json):
            output.pop("schema_version", None)
            output.pop("record_type", None)
        if dumped != data or from_json != data:
            msg = f"{lib.name} does not round-trip the record the same way"
            raise AssertionError(msg)
        for bad in bad_inputs:
            try:
                lib.load(bad)
            except (ip.ValidationError, pydantic.ValidationError, msgspec.ValidationError):
                continue
            msg = f"{lib.name} accepted bad input {sorted(set(bad) - set(data)) or bad}"
            raise AssertionError(msg)


def _cpu(function: Callable[[], object], number: int) -> float:
    """CPU seconds of this thread per call of ``function``, over ``number`` calls."""
    start = time.thread_time()
    for _ in range(number):
        function()
    return (time.thread_time() - start) / number


def calibrate(function: Callable[[], object], block: float) -> int:
    """Warm ``function`` up, then find how many calls take at least ``block`` CPU seconds.

    The warm-up comes first, so that first calls (modules loaded, caches filled, code
    generated) are not in the blocks; they are timed apart, by :func:`first_calls`.
    """
    for _ in range(3):
        function()
    number = 1
    while number < 1 << 16:
        start = time.thread_time()
        for _ in range(number):
            function()
        if time.thread_time() - start >= block:
            break
        number *= 2
    return number


def interleave(
    functions: Mapping[str, Callable[[], object]], rounds: int, block: float
) -> dict[str, list[float]]:
    """CPU seconds per call of each function in each round, the order rotating by round."""
    numbers = {name: calibrate(function, block) for name, function in functions.items()}
    names = list(functions)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(_cpu(functions[name], numbers[name]))
    return samples


def compare(samples: dict[str, list[float]], ours: str = "ipprogram") -> dict[str, Any]:
    """Seconds and ratios to each peer: median of per-round ratios, ratio of minimums.

    ``spread`` is the lowest and highest per-round ratio: how much one run can say.
    """
    result: dict[str, Any] = {
        "median_seconds": {name: statistics.median(values) for name, values in samples.items()},
        "min_seconds": {name: min(values) for name, values in samples.items()},
        "ratios": {},
    }
    for peer, theirs in samples.items():
        if peer == ours:
            continue
        per_round = [a / b for a, b in zip(samples[ours], theirs, strict=True)]
        result["ratios"][peer] = {
            "median_of_rounds": statistics.median(per_round),
            "of_minimums": min(samples[ours]) / min(theirs),
            "spread": [min(per_round), max(per_round)],
        }
    return result


def measure(record: object, rounds: int, block: float) -> dict[str, dict[str, Any]]:
    """Each operation of each library on one record, in interleaved rounds of CPU time."""
    data = _body(record)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # the same for all
    libs = libraries(type(record))
    objects = {lib.name: lib.load(data) for lib in libs}
    operations: dict[str, Callable[[Library], Callable[[], object]]] = {
        "dict → objects": lambda lib: lambda: lib.load(data),
        "objects → dict": lambda lib: lambda: lib.dump(objects[lib.name]),
        "JSON → objects": lambda lib: lambda: lib.load_json(text),
        "objects → JSON": lambda lib: lambda: lib.dump_json(objects[lib.name]),
    }
    return {
        operation: compare(interleave({lib.name: make(lib) for lib in libs}, rounds, block))
        for operation, make in operations.items()
    }


def floor(record: object, rounds: int, block: float) -> dict[str, dict[str, Any]]:
    """The unchecked floors (``floor.py``) against pydantic's checked work, in CPU time.

    The load floor builds the same objects and checks nothing; JSON goes through the
    standard library's parser alone, without the duplicate-key hook that strictness
    needs. It is timed against both pydantic columns. The write floors build this one
    record's dict and JSON text with every branch decided in advance (which fields are
    set, which member each union holds), against pydantic's writers.
    """
    data = _body(record)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    build = bare_builder(type(record))
    dump, write = bare_dumper(record, data), bare_json_writer(record, data)
    if build(data) != record or dump(record) != data or write(record) != text:
        msg = "a floor function does not give the record, its dict or its JSON"
        raise AssertionError(msg)
    peers = {lib.name: lib for lib in libraries(type(record)) if lib.name.startswith("pydantic")}
    objects = {name: lib.load(data) for name, lib in peers.items()}
    runs: dict[str, dict[str, Callable[[], object]]] = {
        "dict → objects": {
            "floor": lambda: build(data),
            **{name: functools.partial(lib.load, data) for name, lib in peers.items()},
        },
        "JSON → objects": {
            "floor": lambda: build(json.loads(text)),
            **{name: functools.partial(lib.load_json, text) for name, lib in peers.items()},
        },
        "objects → dict": {
            "floor": lambda: dump(record),
            "pydantic": functools.partial(peers["pydantic"].dump, objects["pydantic"]),
        },
        "objects → JSON": {
            "floor": lambda: write(record),
            "pydantic": functools.partial(peers["pydantic"].dump_json, objects["pydantic"]),
        },
    }
    return {
        operation: compare(interleave(functions, rounds, block), ours="floor")
        for operation, functions in runs.items()
    }


def memory_per_record(record: object, copies: int) -> dict[str, float]:
    """Bytes held per record loaded from JSON, for each library.

    Each copy is read from the JSON text, as records arrive, so that no two share the
    strings of one input dict.
    """
    text = _body_json(record)
    result = {}
    for lib in libraries(type(record)):
        lib.load_json(text)  # first-use costs (generated code, caches) are not per record
        gc.collect()
        tracemalloc.start()
        held = [lib.load_json(text) for _ in range(copies)]
        size, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result[lib.name] = size / len(held)
    return result


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_round_trip(runs: int) -> dict[str, dict[str, float]]:
    """``import ipprogram`` plus one JSON round trip in a fresh process: CPU and wall time.

    CPU time is the child process's (user and system, interpreter start included), the
    median of ``runs``. ``"bytecode cached"`` is the common case, as after ``pip
    install``, which compiles the modules (the cache goes to a temporary
    ``PYTHONPYCACHEPREFIX``, written by one run before the timed ones); ``"as set up
    here"`` runs in this environment as it is, which compiles the sources each time if
    it sets ``PYTHONDONTWRITEBYTECODE``. :data:`FLOOR_START` is the same measure of a
    process that imports only what ipprogram imports from elsewhere, and
    :data:`FLOOR_CLASSES` of one that then makes the record classes with attrs and
    nothing more.
    """
    script = (
        "import ipprogram as ip; e = ip.examples.langson_2020();"
        " assert ip.from_json(ip.Event, ip.to_json(e)) == e"
    )
    command = [sys.executable, "-c", script]
    floor_command = [sys.executable, "-c", _DEPENDENCIES]
    with tempfile.TemporaryDirectory() as prefix:
        classes = Path(prefix) / "floor_classes.py"
        classes.write_text(classes_source(), "utf-8")
        classes_command = [
            sys.executable,
            "-c",
            f"{_DEPENDENCIES}, sys; sys.path.insert(0, {prefix!r}); import floor_classes",
        ]
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        environments = {
            "bytecode cached": {**cached, "PYTHONPYCACHEPREFIX": prefix},
            "as set up here": dict(os.environ),
        }
        for warm in (command, classes_command):  # writes the bytecode caches
            subprocess.run(warm, check=True, env=environments["bytecode cached"])  # noqa: S603
        runs_of = {
            "bytecode cached": (command, environments["bytecode cached"]),
            "as set up here": (command, environments["as set up here"]),
            FLOOR_START: (floor_command, environments["bytecode cached"]),
            FLOOR_CLASSES: (classes_command, environments["bytecode cached"]),
        }
        cpu: dict[str, list[float]] = {name: [] for name in runs_of}
        wall: dict[str, list[float]] = {name: [] for name in runs_of}
        for _ in range(runs):
            for name, (run, environment) in runs_of.items():
                before, start = _child_cpu(), time.perf_counter()
                subprocess.run(run, check=True, env=environment)  # noqa: S603
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(_child_cpu() - before)
    return {
        name: {"cpu": statistics.median(cpu[name]), "wall": statistics.median(wall[name])}
        for name in runs_of
    }


#: The floor under start-up: the interpreter with the modules ipprogram imports from its
#: dependencies and the standard library, and nothing of ipprogram.
FLOOR_START = "floor: the interpreter, attrs and the standard modules ipprogram imports"
#: The floor that attrs and the enumerations set: the same, then the record classes and
#: enumerations made bare (:func:`floor.classes_source`), as any attrs model of them must.
FLOOR_CLASSES = "floor: the same, and attrs making the record classes and enumerations bare"
_DEPENDENCIES = (
    "import attrs, calendar, dataclasses, datetime, decimal, enum, functools, json, re,"
    " threading, typing, unicodedata"
)


#: Run in a fresh process: the CPU time of each first call, the ones warm blocks leave out.
_FIRST_CALLS = """
import json, time
t = time.thread_time
start = t(); import ipprogram as ip; imported = t() - start
e = ip.examples.langson_2020()
text = ip.to_json(e)
start = t(); ip.from_json(ip.Event, text); first_load = t() - start
start = t(); ip.render(e); first_render = t() - start
print(json.dumps({"import ipprogram": imported, "from_json (event), first call": first_load,
                  "render (event), first call": first_render}))
"""


def first_calls() -> dict[str, float]:
    """CPU seconds of ``import ipprogram`` and of the first ``from_json`` and ``render``."""
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", _FIRST_CALLS], check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def per_record_vietnamese(record: ip.Event, block: float) -> dict[str, float]:
    """CPU seconds per warm call of the Vietnamese functions a report runs per record."""
    name = "Ủy ban nhân dân tỉnh Thanh Hoá"
    date = record.date if isinstance(record.date, dt.date) else dt.date(2020, 12, 2)
    functions: dict[str, Callable[[], object]] = {
        "format_date (admin)": lambda: format_date(date),
        "sort_key (organisation name)": lambda: sort_key(name),
        "normalize (organisation name)": lambda: normalize(name),
        "format_number (integer)": lambda: format_number(1234567),
        "render (event), warm": lambda: ip.render(record),
    }
    return {
        label: _cpu(function, calibrate(function, block)) for label, function in functions.items()
    }


def _unit_names() -> list[str]:
    """Real names to sort: every administrative unit the library lists, in a fixed shuffle."""
    names = sorted({unit.full_name for unit in ip.places.units()})
    random.Random(2020).shuffle(names)  # noqa: S311 - a fixed shuffle, not a secret
    return names


def sorting(rounds: int, count: int | None) -> dict[str, Any]:
    """CPU seconds per name of ``sorted(names, key=...)``: sort_key against ICU's sort keys.

    ``sort_key, first sort`` forgets all it remembers (the weights of characters other
    than ASCII and Vietnamese letters) before every sort, as in a new process;
    ``sort_key, again`` keeps them. The floor sorts by a Python function that looks up each
    name's key, made before: the call and the sort, without making a key. ICU is PyICU's
    ``vi`` collator (``getSortKey``); without PyICU its column is left out. The orders
    are checked equal first.
    """
    names = _unit_names()[:count]
    from ipprogram.vi import collation  # noqa: PLC0415

    def cold() -> list[str]:
        collation._forget()  # noqa: SLF001 - a first sort, on purpose
        return sorted(names, key=sort_key)

    finished = {name: sort_key(name) for name in names}
    functions: dict[str, Callable[[], object]] = {
        "sort_key, first sort": cold,
        "sort_key, again": lambda: sorted(names, key=sort_key),
        # The floor: a key function in Python that finds each key made already.
        "floor: the finished keys looked up": lambda: sorted(names, key=lambda n: finished[n]),
    }
    icu: Any
    try:
        icu = importlib.import_module("icu")  # PyICU, in the bench extra
    except ImportError:
        icu = None
    if icu is not None:
        collator = icu.Collator.createInstance(icu.Locale("vi"))
        if sorted(names, key=collator.getSortKey) != sorted(names, key=sort_key):
            msg = "sort_key and ICU order the unit names differently"
            raise AssertionError(msg)
        functions["ICU"] = lambda: sorted(names, key=collator.getSortKey)
    samples = interleave(functions, rounds, block=0.0)
    per_name = {name: [s / len(names) for s in values] for name, values in samples.items()}
    result: dict[str, Any] = {"names": len(names), "icu": icu is not None}
    result["median_seconds"] = {name: statistics.median(v) for name, v in per_name.items()}
    if icu is not None:
        result["ratios_to_icu"] = {
            name: statistics.median(a / b for a, b in zip(v, per_name["ICU"], strict=True))
            for name, v in per_name.items()
            if name != "ICU"
        }
    return result


def numbers_as_babel_writes_them(rounds: int, block: float) -> dict[str, Any]:
    """format_number on integers: CPU seconds per call, and whether Babel writes the same.

    The floor is the least Python that writes the text (``f"{n:,}"`` and one replace,
    in a lambda as the call is): timed in the same rounds, it says how much of the
    time the machine takes for the text itself. Babel is timed apart, being far slower.
    """
    from babel.numbers import format_decimal  # noqa: PLC0415

    samples = [0, 7, -7, 999, 1000, 35_000, 1_234_567, -1_500_000, 10**18 - 1]
    same = all(
        format_number(value) == format_decimal(value, locale="vi", decimal_quantization=False)
        for value in samples
    )
    number = 1_234_567
    call = lambda: format_number(number)  # noqa: E731
    least = lambda: f"{number:,}".replace(",", ".")  # noqa: E731
    babel = lambda: format_decimal(number, locale="vi", decimal_quantization=False)  # noqa: E731
    timed = interleave({"format_number": call, "floor": least}, rounds, block)
    return {
        "identical_to_babel": same,
        "format_number (integer)": statistics.median(timed["format_number"]),
        "floor (f-string and replace)": statistics.median(timed["floor"]),
        "babel format_decimal (integer)": _cpu(babel, calibrate(babel, block)),
    }


def stream(count: int, rounds: int) -> dict[str, Any]:
    """CPU seconds per record to read a JSON Lines stream of small records, per library.

    Like for like: every library keeps every record it reads, in a list, and reads the
    same ``str`` lines.
    """
    people = [ip.Person(full_name=f"Nguyễn Văn {n}", gender=ip.Gender.MALE) for n in range(count)]
    lines = [_body_json(person) + "\n" for person in people]
    pmodel = pydantic_model(ip.Person)
    strict = strict_pydantic_json(strict_pydantic_model(ip.Person))
    decoder = msgspec.json.Decoder(msgspec_model(ip.Person))
    readers: dict[str, Callable[[], list[Any]]] = {
        "ipprogram": lambda: list(ip.iter_jsonl(ip.Person, lines)),
        "pydantic": lambda: [pmodel.model_validate_json(line) for line in lines],
        "pydantic, as strict": lambda: [strict(line) for line in lines],
        "msgspec": lambda: [decoder.decode(line) for line in lines],
    }
    for name, read in readers.items():
        if len(read()) != count:
            msg = f"{name} did not read {count} records"
            raise AssertionError(msg)
    samples = interleave(readers, rounds, block=0.0)
    return compare({name: [s / count for s in values] for name, values in samples.items()})


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text("utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": model,
        "cores": os.cpu_count(),
    }


#: The peers in the tables' column order.
PEERS = ("pydantic", "pydantic, as strict", "msgspec")


def _ratio_cells(result: dict[str, Any]) -> str:
    cells = ""
    for peer in PEERS:
        ratio = result["ratios"][peer]
        low, high = ratio["spread"]
        cells += f"{ratio['median_of_rounds']:>8.2f}{ratio['of_minimums']:>7.2f}"
        cells += f"  {low:.2f}–{high:.2f}".ljust(13)
    return cells


_HEADER = (
    " " * 33
    + "÷ pydantic (strict mode)".ljust(28)
    + "÷ pydantic, as strict".ljust(28)
    + "÷ msgspec\n"
    + f"{'operation':<18}{'ipprogram µs':>13}  "
    + f"{'median':>8}{'mins':>7}  {'spread':<11}" * 3
)


def strictness() -> dict[str, Any]:
    """Print and return what each library refuses and tidies (``strictness.py``)."""
    census, tidy = verdicts(), tidied()
    print(f"\nof {len(BAD_INPUTS)} bad inputs ipprogram refuses, accepted by:")
    for name, accepted in census.items():
        taken = [what for what, yes in accepted.items() if yes]
        print(f"  {name}: {len(taken)}{': ' + '; '.join(taken) if taken else ''}")
    for name, tidies in tidy.items():
        print(f"  {name} strips and composes text to NFC: {all(tidies.values())}")
    return {"accepts_bad_input": census, "tidies_text": tidy}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each performance target with the figure this run measured and whether it is met."""
    records = report["records"].values()

    def worst(operation: str, peer: str) -> float:
        return float(
            max(r["operations"][operation]["ratios"][peer]["median_of_rounds"] for r in records)
        )

    memory = max(
        r["bytes_per_record_from_json"]["ipprogram"] / r["bytes_per_record_from_json"]["pydantic"]
        for r in records
    )
    icu = report["sorting"].get("ratios_to_icu", {}).get("sort_key, first sort")

    def floor_of(operation: str, peer: str = "pydantic") -> float:
        return float(
            max(r["floor"][operation]["ratios"][peer]["median_of_rounds"] for r in records)
        )

    floors = {
        "dict → objects": floor_of("dict → objects"),
        "JSON → objects": floor_of("JSON → objects"),
        "objects → dict": floor_of("objects → dict"),
        "objects → JSON": floor_of("objects → JSON"),
        "dict → objects ÷ pydantic, as strict": floor_of("dict → objects", PEERS[1]),
        "JSON → objects ÷ pydantic, as strict": floor_of("JSON → objects", PEERS[1]),
        "import + first JSON round trip, bytecode cached (s)": report[
            "import_and_first_round_trip"
        ][FLOOR_CLASSES]["cpu"],
        "sorting by sort_key, first sort, ÷ ICU": report["sorting"]
        .get("ratios_to_icu", {})
        .get("floor: the finished keys looked up"),
        "format_number (integer), µs, same text as Babel": report["format_number"][
            "floor (f-string and replace)"
        ]
        * 1e6,
    }
    numbers = report["format_number"]
    rows: list[tuple[str, float | None, float]] = [
        ("dict → objects", worst("dict → objects", "pydantic"), 1.6),
        ("JSON → objects", worst("JSON → objects", "pydantic"), 2.5),
        ("objects → dict", worst("objects → dict", "pydantic"), 0.45),
        ("objects → JSON", worst("objects → JSON", "pydantic"), 0.9),
        ("dict → objects ÷ pydantic, as strict", worst("dict → objects", PEERS[1]), 1.0),
        ("JSON → objects ÷ pydantic, as strict", worst("JSON → objects", PEERS[1]), 1.0),
        ("memory per record, from JSON", memory, 0.45),
        (
            "JSON Lines, per record, all kept",
            report["stream"]["ratios"]["pydantic"]["median_of_rounds"],
            2.0,
        ),
        (
            "import + first JSON round trip, bytecode cached (s)",
            report["import_and_first_round_trip"]["bytecode cached"]["cpu"],
            0.110,
        ),
        ("sorting by sort_key, first sort, ÷ ICU", icu, 2.0),
        (
            "format_number (integer), µs, same text as Babel",
            numbers["format_number (integer)"] * 1e6 if numbers["identical_to_babel"] else None,
            1.0,
        ),
    ]
    return [
        {
            "figure": figure,
            "measured": measured,
            "target": bound,
            "met": measured is not None and measured <= bound,
            "floor": floors.get(figure),
        }
        for figure, measured, bound in rows
    ]


def print_first_and_warm_calls(report: dict[str, Any]) -> None:
    """Print the start-up figures and the warm Vietnamese calls."""
    print("\nimport ipprogram + first JSON round trip, fresh process (median CPU; wall):")
    for name, seconds in report["import_and_first_round_trip"].items():
        print(f"  {name}: {seconds['cpu'] * 1e3:.0f} ms CPU; {seconds['wall'] * 1e3:.0f} ms wall")
    print("first calls in a fresh process (CPU):")
    for name, seconds in report["first_calls_cpu_seconds"].items():
        print(f"  {name}: {seconds * 1e3:.1f} ms")
    print("warm calls (CPU):")
    for name, seconds in report["vietnamese_seconds"].items():
        print(f"  {name}: {seconds * 1e6:.2f} µs")


def print_sorting_and_targets(report: dict[str, Any]) -> None:
    """Print the sorting and number figures, then each target with its verdict."""
    sorted_names, numbers = report["sorting"], report["format_number"]
    print(f"\nsorting {sorted_names['names']:,} unit names (µs per name, CPU):")
    for name, seconds in sorted_names["median_seconds"].items():
        ratio = sorted_names.get("ratios_to_icu", {}).get(name)
        shown = f", {ratio:.2f} × ICU" if ratio is not None else ""
        print(f"  {name}: {seconds * 1e6:.2f}{shown}")
    if not sorted_names["icu"]:
        print("  ICU: PyICU is not installed (make bench installs it)")
    print(
        f"format_number (integer): {numbers['format_number (integer)'] * 1e6:.2f} µs"
        f" (floor {numbers['floor (f-string and replace)'] * 1e6:.2f} µs);"
        f" Babel {numbers['babel format_decimal (integer)'] * 1e6:.2f} µs;"
        f" the same text: {numbers['identical_to_babel']}"
    )
    print("\ntargets (worst record; ratios to pydantic in strict mode unless named):")
    for target in report["targets"]:
        measured, bound = target["measured"], target["target"]
        verdict = "n/a" if measured is None else "met" if target["met"] else "missed"
        shown = "n/a" if measured is None else f"{measured:.3g}"
        floor = "" if target["floor"] is None else f"  (floor: {target['floor']:.3g})"
        print(f"  {target['figure']:<52}{shown:>9}  ≤ {bound:<7g}{verdict}{floor}")


def main() -> None:
    """Run the suite and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for the tests")
    parser.add_argument(
        "--output", type=Path, default=RESULTS, help=f"where the results go (default {RESULTS})"
    )
    args = parser.parse_args()
    rounds, block, copies, runs = (3, 0.0005, 5, 1) if args.quick else (15, 0.02, 500, 15)
    stream_size, stream_rounds = (500, 2) if args.quick else (20_000, 7)

    (programme,) = large_event().reviews
    records = {
        "example event": ip.examples.langson_2020(),
        "large event": large_event(),
        "programme (20 products, 20 marks)": programme,
    }
    report: dict[str, Any] = {
        "machine": machine(),
        "versions": {
            "ipprogram": ip.__version__,
            "pydantic": pydantic.VERSION,
            "msgspec": msgspec.__version__,
        },
        "method": (
            "CPU time of this thread (time.thread_time); each function warmed up, then"
            f" calibrated to blocks of at least {block * 1e3:g} ms; {rounds} rounds,"
            " interleaved, the order rotating; ratios are the median of per-round ratios"
            " and the ratio of minimums, with the lowest and highest per-round ratio"
        ),
        "records": {},
    }
    print(report["method"])
    print(f"machine: {report['machine']['cpu']}, {report['machine']['cores']} cores")
    report["strictness"] = strictness()
    for label, record in records.items():
        check_equivalent(record)
        operations = measure(record, rounds, block)
        memory = memory_per_record(record, copies)
        floors = floor(record, rounds, block)
        report["records"][label] = {
            "operations": operations,
            "seconds": {
                lib: {op: result["median_seconds"][lib] for op, result in operations.items()}
                for lib in ("ipprogram", *PEERS)
            },
            "bytes_per_record_from_json": memory,
            "floor": floors,
        }
        print(f"\n{label} ({len(ip.to_json(record))} characters of JSON)")
        print(_HEADER)
        for operation, result in operations.items():
            ours = result["median_seconds"]["ipprogram"]
            print(f"{operation:<18}{ours * 1e6:>13.1f}  {_ratio_cells(result)}")
        ratios = [memory["ipprogram"] / memory[peer] for peer in PEERS]
        print(
            f"{'memory from JSON':<18}{memory['ipprogram']:>12.0f}B "
            + "".join(f"{ratio:>8.2f}".ljust(28) for ratio in ratios)
        )
        for operation, result in floors.items():
            seconds = result["median_seconds"]["floor"]
            against = ", ".join(
                f"{ratio['median_of_rounds']:.2f} × {peer}"
                for peer, ratio in result["ratios"].items()
            )
            print(f"{'floor, ' + operation:<26}{seconds * 1e6:>8.1f} µs, no checks: {against}")
    streamed = stream(stream_size, stream_rounds)
    report["stream"] = streamed
    print(f"\nJSON Lines, {stream_size:,} small records, all kept by every library (µs per record)")
    print(_HEADER)
    ours = streamed["median_seconds"]["ipprogram"]
    print(f"{'read and keep':<18}{ours * 1e6:>13.2f}  {_ratio_cells(streamed)}")
    report["import_and_first_round_trip"] = first_round_trip(runs)
    report["first_calls_cpu_seconds"] = first_calls()
    report["vietnamese_seconds"] = per_record_vietnamese(ip.examples.langson_2020(), block)
    print_first_and_warm_calls(report)
    report["sorting"] = sorting(rounds, 300 if args.quick else None)
    report["format_number"] = numbers_as_babel_writes_them(rounds, block)
    report["targets"] = targets(report)
    print_sorting_and_targets(report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nratios are ipprogram's time (or memory) over the peer's; written to {args.output}")


if __name__ == "__main__":
    main()
