"""The benchmark suite runs (tiny sizes), so that it cannot rot. No test asserts a time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_benchmark_suite_runs_and_writes_results() -> None:
    """`benchmarks/run.py --quick` checks the peers equivalent, times them, writes JSON."""
    result = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "dict → objects" in result.stdout
    report = json.loads((ROOT / "benchmarks" / "results" / "latest.json").read_text("utf-8"))
    assert set(report["records"]) == {
        "example event",
        "large event",
        "programme (20 products, 20 marks)",
    }
    assert set(report["stream_seconds_per_record"]) == {"ipprogram", "pydantic", "msgspec"}
    assert {"sort_key (organisation name)", "normalize (organisation name)"} <= set(
        report["vietnamese_seconds"]
    )
    for record in report["records"].values():
        assert set(record["seconds"]) == {"ipprogram", "pydantic", "msgspec"}
