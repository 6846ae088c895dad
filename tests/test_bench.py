"""The benchmark suite runs (tiny sizes), so that it cannot rot. No test asserts a time."""

from __future__ import annotations

import doctest
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs

import ipprogram

ROOT = Path(__file__).parents[1]


def test_benchmark_suite_runs_and_writes_results(tmp_path: Path) -> None:
    """`benchmarks/run.py --quick` checks the peers equivalent, times them, writes JSON."""
    output = tmp_path / "quick.json"
    result = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "dict → objects" in result.stdout
    report = json.loads(output.read_text("utf-8"))
    assert set(report["records"]) == {
        "example event",
        "large event",
        "programme (20 products, 20 marks)",
    }
    libraries = {"ipprogram", "pydantic", "pydantic, as strict", "msgspec"}
    assert set(report["stream"]["median_seconds"]) == libraries
    assert set(report["import_and_first_round_trip"]) == {
        "bytecode cached",
        "as set up here",
        "floor: the interpreter, attrs and the standard modules ipprogram imports",
        "floor: the same, and attrs making the record classes and enumerations bare",
    }
    assert set(report["first_calls_cpu_seconds"]) == {
        "import ipprogram",
        "from_json (event), first call",
        "render (event), first call",
    }
    assert {"sort_key (organisation name)", "render (event), warm"} <= set(
        report["vietnamese_seconds"]
    )
    assert report["machine"]["cores"] >= 1
    assert report["format_number"]["identical_to_babel"] is True
    assert {
        "sort_key, first sort",
        "sort_key, again",
        "floor: the finished keys looked up",
    } <= set(report["sorting"]["median_seconds"])
    figures = {target["figure"]: target for target in report["targets"]}
    assert len(figures) == 11
    assert all(
        t["met"] == (t["measured"] is not None and t["measured"] <= t["target"])
        for t in figures.values()
    )
    with_floors = [name for name, figure in figures.items() if figure["floor"] is not None]
    assert len(with_floors) == 8 + report["sorting"]["icu"]  # sorting's floor is ÷ ICU
    assert "format_number (integer), µs, same text as Babel" in with_floors
    assert all(figures[name]["floor"] > 0 for name in with_floors)
    assert "targets (worst record" in result.stdout
    for record in report["records"].values():
        assert set(record["seconds"]) == libraries
        assert set(record["bytes_per_record_from_json"]) == libraries
        for result in record["operations"].values():
            for ratio in result["ratios"].values():
                low, high = ratio["spread"]
                assert low <= ratio["median_of_rounds"] <= high
        assert set(record["floor"]) == {
            "dict → objects",
            "JSON → objects",
            "objects → dict",
            "objects → JSON",
        }
        load_floor = record["floor"]["dict → objects"]["ratios"]
        assert set(load_floor) == {"pydantic", "pydantic, as strict"}


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    return module


def test_the_strictness_census() -> None:
    """Every bad input of the census is refused by ipprogram; the peers accept what it says."""
    strictness = _module("strictness")
    census = strictness.verdicts()
    assert not any(census["ipprogram"].values())
    for peer in ("pydantic (strict)", "msgspec"):
        accepted = {what for what, yes in census[peer].items() if yes}
        assert {"empty text", "a duplicate JSON key", "an end before the start"} <= accepted
        assert not accepted & {"an unknown key", "a value outside the vocabulary"}
    assert census["pydantic (strict)"]["a date with a time"]
    # the strict-equivalent pydantic column gives ipprogram's verdict on every input
    assert census["pydantic (as strict)"] == census["ipprogram"]
    assert all(strictness.tidied()["pydantic (as strict)"].values())
    assert all(strictness.tidied()["ipprogram"].values())
    assert not any(strictness.tidied()["pydantic (strict)"].values())
    failed, attempted = doctest.testmod(strictness)
    assert (failed, attempted > 0) == (0, True)


def test_the_floor_builder_examples_run() -> None:
    """The examples in benchmarks/floor.py run (the suite checks its records too)."""
    failed, attempted = doctest.testmod(_module("floor"))
    assert attempted > 0
    assert failed == 0


def test_the_start_up_floor_makes_every_record_class_with_its_fields() -> None:
    """The bare classes of the start-up floor have the records' fields, defaults, members."""
    module = _module("floor")
    namespace: dict[str, Any] = {}
    exec(compile(module.classes_source(), "<floor classes>", "exec"), namespace)  # noqa: S102
    records = [v for v in vars(ipprogram).values() if isinstance(v, type) and attrs.has(v)]
    assert len(records) >= 37
    for cls in records:
        bare = namespace[cls.__name__]
        assert [(f.name, f.type, f.default) for f in attrs.fields(bare)] == [
            (f.name, module.written_annotation(cls, f.name), f.default) for f in attrs.fields(cls)
        ], cls
        assert bare.__attrs_attrs__ is not cls.__attrs_attrs__
    for name in ("EventKind", "Certainty", "ParticipantRole"):
        enumeration = getattr(ipprogram, name)
        assert [(m.name, m.value) for m in namespace[name]] == [
            (m.name, m.value) for m in enumeration
        ]
