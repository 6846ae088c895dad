"""Time ipprogram against pydantic v2 and msgspec on the same records (``make bench``).

Each operation runs in interleaved rounds (ipprogram, pydantic, msgspec, then again), and
the table shows medians per call and each time as a ratio to ipprogram's. The models of
the peers are derived from ipprogram's classes (``peers.py``) and checked equivalent on
the records before anything is timed. Results go to ``benchmarks/results/latest.json``.

``--quick`` runs tiny sizes: the test suite uses it so that the suite cannot rot.
Each record also gets the floor of ``floor.py``: the same objects built with no checks
at all, against pydantic's checked load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic

import ipprogram as ip
from ipprogram.vi import format_date, normalize, sort_key

sys.path.insert(0, str(Path(__file__).parent))
from floor import bare_builder
from peers import msgspec_model, pydantic_model

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
    """Return ipprogram and its two peers, for ``cls``."""
    pmodel = pydantic_model(cls)
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
            "msgspec",
            lambda d: msgspec.convert(d, mmodel),
            msgspec.to_builtins,
            decoder.decode,
            encoder.encode,
        ),
    ]


def check_equivalent(record: object) -> None:
    """All three read the record's dict and write the same dict back; all refuse bad input."""
    data = ip.to_dict(record)
    del data["schema_version"]
    bad_inputs = [{**data, "unknown": 1}, {**data, "date": 20201202}, {**data, "kind": "robot"}]
    for lib in libraries(type(record)):
        obj = lib.load(data)
        dumped = json.loads(json.dumps(lib.dump(obj)))  # msgspec keeps tuples in dicts
        from_json = json.loads(lib.dump_json(obj))
        for output in (dumped, from_json):
            output.pop("schema_version", None)
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


def _time(function: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        function()
    return (time.perf_counter() - start) / number


def measure(record: object, rounds: int, number: int) -> dict[str, dict[str, float]]:
    """Median seconds per call of each operation, per library, in interleaved rounds."""
    data = ip.to_dict(record)
    del data["schema_version"]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # the same for all
    libs = libraries(type(record))
    objects = {lib.name: lib.load(data) for lib in libs}
    samples: dict[str, dict[str, list[float]]] = {lib.name: {} for lib in libs}
    operations: dict[str, Callable[[Library], Callable[[], object]]] = {
        "dict → objects": lambda lib: lambda: lib.load(data),
        "objects → dict": lambda lib: lambda: lib.dump(objects[lib.name]),
        "JSON → objects": lambda lib: lambda: lib.load_json(text),
        "objects → JSON": lambda lib: lambda: lib.dump_json(objects[lib.name]),
    }
    for _ in range(rounds):
        for operation, make in operations.items():
            for lib in libs:
                samples[lib.name].setdefault(operation, []).append(_time(make(lib), number))
    return {
        name: {op: statistics.median(values) for op, values in ops.items()}
        for name, ops in samples.items()
    }


def floor(record: object, rounds: int, number: int) -> dict[str, dict[str, float]]:
    """Median seconds of the unchecked floor (``floor.py``) and of pydantic's checked loads.

    The floor builds the same objects and checks nothing; JSON goes through the standard
    library's parser alone, without the duplicate-key hook that strictness needs.
    """
    data = ip.to_dict(record)
    del data["schema_version"]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    build = bare_builder(type(record))
    if build(data) != record:
        msg = "the floor builder does not build the record"
        raise AssertionError(msg)
    pmodel = pydantic_model(type(record))
    runs: dict[str, dict[str, Callable[[], object]]] = {
        "dict → objects": {
            "floor": lambda: build(data),
            "pydantic": lambda: pmodel.model_validate(data),
        },
        "JSON → objects": {
            "floor": lambda: build(json.loads(text)),
            "pydantic": lambda: pmodel.model_validate_json(text),
        },
    }
    samples: dict[str, dict[str, list[float]]] = {"floor": {}, "pydantic": {}}
    for _ in range(rounds):
        for operation, functions in runs.items():
            for name, function in functions.items():
                samples[name].setdefault(operation, []).append(_time(function, number))
    return {
        name: {op: statistics.median(values) for op, values in ops.items()}
        for name, ops in samples.items()
    }


def memory_per_record(record: object, copies: int) -> dict[str, float]:
    """Bytes held per loaded record, for each library."""
    data = ip.to_dict(record)
    del data["schema_version"]
    result = {}
    for lib in libraries(type(record)):
        gc.collect()
        tracemalloc.start()
        held = [lib.load(data) for _ in range(copies)]
        size, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result[lib.name] = size / len(held)
    return result


def first_round_trip(runs: int) -> dict[str, float]:
    """Median seconds for ``import ipprogram`` plus one JSON round trip, fresh process.

    ``"bytecode cached"`` is the common case, as after ``pip install``, which compiles
    the modules (the cache goes to a temporary ``PYTHONPYCACHEPREFIX``, written by one
    run before the timed ones); ``"as set up here"`` runs in this environment as it is,
    which compiles the sources each time if it sets ``PYTHONDONTWRITEBYTECODE``.
    """
    script = (
        "import ipprogram as ip; e = ip.examples.langson_2020();"
        " assert ip.from_json(ip.Event, ip.to_json(e)) == e"
    )
    command = [sys.executable, "-c", script]
    with tempfile.TemporaryDirectory() as prefix:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        environments = {
            "bytecode cached": {**cached, "PYTHONPYCACHEPREFIX": prefix},
            "as set up here": dict(os.environ),
        }
        subprocess.run(command, check=True, env=environments["bytecode cached"])  # noqa: S603
        times: dict[str, list[float]] = {name: [] for name in environments}
        for _ in range(runs):
            for name, environment in environments.items():
                start = time.perf_counter()
                subprocess.run(command, check=True, env=environment)  # noqa: S603
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def per_record_vietnamese(record: ip.Event, number: int) -> dict[str, float]:
    """Seconds per call of the Vietnamese functions a report runs per record."""
    name = "Ủy ban nhân dân tỉnh Thanh Hoá"
    date = record.date if isinstance(record.date, dt.date) else dt.date(2020, 12, 2)
    return {
        "format_date (admin)": _time(lambda: format_date(date), number * 10),
        "sort_key (organisation name)": _time(lambda: sort_key(name), number * 10),
        "normalize (organisation name)": _time(lambda: normalize(name), number * 10),
        "render (event)": _time(lambda: ip.render(record), number),
    }


def stream(count: int) -> dict[str, float]:
    """Seconds per record to validate a JSON Lines stream of small records, per library."""
    people = [ip.Person(full_name=f"Nguyễn Văn {n}", gender=ip.Gender.MALE) for n in range(count)]
    lines = [
        ip.to_json(person).replace(f'"schema_version":{ip.SCHEMA_VERSION},', "") + "\n"
        for person in people
    ]
    pmodel = pydantic_model(ip.Person)
    decoder = msgspec.json.Decoder(msgspec_model(ip.Person))
    readers: dict[str, Callable[[], int]] = {
        "ipprogram": lambda: sum(1 for _ in ip.iter_jsonl(ip.Person, lines)),
        "pydantic": lambda: len([pmodel.model_validate_json(line) for line in lines]),
        "msgspec": lambda: len([decoder.decode(line.encode()) for line in lines]),
    }
    result = {}
    for name, read in readers.items():
        start = time.perf_counter()
        read_count = read()
        result[name] = (time.perf_counter() - start) / count
        if read_count != count:
            msg = f"{name} read {read_count} of {count} records"
            raise AssertionError(msg)
    return result


def main() -> None:
    """Run the suite and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for the tests")
    parser.add_argument(
        "--output", type=Path, default=RESULTS, help=f"where the results go (default {RESULTS})"
    )
    args = parser.parse_args()
    rounds, number, copies, runs = (2, 2, 5, 1) if args.quick else (15, 40, 500, 15)
    stream_size = 1000 if args.quick else 100_000

    (programme,) = large_event().reviews
    records = {
        "example event": ip.examples.langson_2020(),
        "large event": large_event(),
        "programme (20 products, 20 marks)": programme,
    }
    report: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "versions": {
            "ipprogram": ip.__version__,
            "pydantic": pydantic.VERSION,
            "msgspec": msgspec.__version__,
        },
        "records": {},
    }
    for label, record in records.items():
        check_equivalent(record)
        times = measure(record, rounds, number)
        memory = memory_per_record(record, copies)
        floors = floor(record, rounds, number)
        report["records"][label] = {
            "seconds": times,
            "bytes_per_record": memory,
            "floor_seconds": floors,
        }
        print(f"\n{label} ({len(ip.to_json(record))} characters of JSON)")
        print(f"{'operation':<16}{'ipprogram µs':>14}{'/ pydantic':>12}{'/ msgspec':>12}")
        for operation in times["ipprogram"]:
            ours = times["ipprogram"][operation]
            ratios = [ours / times[peer][operation] for peer in ("pydantic", "msgspec")]
            print(f"{operation:<16}{ours * 1e6:>14.1f}{ratios[0]:>12.2f}{ratios[1]:>12.2f}")
        ratios = [memory["ipprogram"] / memory[peer] for peer in ("pydantic", "msgspec")]
        print(
            f"{'memory/record':<16}{memory['ipprogram']:>13.0f}B{ratios[0]:>12.2f}{ratios[1]:>12.2f}"
        )
        print(f"{'floor, no checks':<16}{'µs':>14}{'/ pydantic':>12}")
        for operation, seconds in floors["floor"].items():
            ratio = seconds / floors["pydantic"][operation]
            print(f"{operation:<16}{seconds * 1e6:>14.1f}{ratio:>12.2f}")
    streamed = stream(stream_size)
    report["stream_seconds_per_record"] = streamed
    print(f"\nJSON Lines stream of {stream_size:,} small records (µs per record)")
    print(f"{'ipprogram':<16}{streamed['ipprogram'] * 1e6:>14.2f}", end="")
    print(f"{streamed['ipprogram'] / streamed['pydantic']:>12.2f}", end="")
    print(f"{streamed['ipprogram'] / streamed['msgspec']:>12.2f}")
    startup = first_round_trip(runs)
    vietnamese = per_record_vietnamese(ip.examples.langson_2020(), number)
    report["import_and_first_round_trip_seconds"] = startup
    report["vietnamese_seconds"] = vietnamese
    print(
        "\nimport ipprogram + first round trip (fresh process):",
        ", ".join(f"{seconds * 1e3:.0f} ms {name}" for name, seconds in startup.items()),
    )
    for name, seconds in vietnamese.items():
        print(f"{name}: {seconds * 1e6:.1f} µs")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nratios are ipprogram's time (or memory) over the peer's; written to {args.output}")


if __name__ == "__main__":
    main()
