"""The benchmark suite runs (tiny sizes), so that it cannot rot. No test asserts a time."""

from __future__ import annotations

import doctest
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

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
    assert set(report["stream_seconds_per_record"]) == {"ipprogram", "pydantic", "msgspec"}
    assert set(report["import_and_first_round_trip_seconds"]) == {
        "bytecode cached",
        "as set up here",
    }
    assert {"sort_key (organisation name)", "normalize (organisation name)"} <= set(
        report["vietnamese_seconds"]
    )
    for record in report["records"].values():
        assert set(record["seconds"]) == {"ipprogram", "pydantic", "msgspec"}
        assert set(record["floor_seconds"]) == {"floor", "pydantic"}


def test_the_floor_builder_examples_run() -> None:
    """The examples in benchmarks/floor.py run (the suite checks its records too)."""
    spec = importlib.util.spec_from_file_location("floor", ROOT / "benchmarks" / "floor.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failed, attempted = doctest.testmod(module)
    assert attempted > 0
    assert failed == 0
