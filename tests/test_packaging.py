"""The source distribution holds what its tests need, and its tests run from it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist built from this tree (without build isolation), unpacked."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (archive,) = out.glob("ipprogram-*.tar.gz")
    target = tmp_path_factory.mktemp("sdist")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    (folder,) = target.iterdir()
    return folder


def test_sdist_ships_tests_docs_and_licence(unpacked: Path) -> None:
    """Tests whole (conftest, samples, strategies, data), the docs, the licence."""
    for name in (
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "Makefile",
        ".ci/run",
        "tests/conftest.py",
        "tests/samples.py",
        "tests/strategies.py",
        "tests/test_tables.py",
        "docs/conf.py",
        "docs/tables.md",
        "src/ipprogram/places/data/units.tsv.gz",
        "src/ipprogram/examples/langson_2020.json",
    ):
        assert (unpacked / name).is_file(), name
    data = {
        path.relative_to(ROOT) for path in (ROOT / "tests" / "data").rglob("*") if path.is_file()
    }
    assert data
    assert all((unpacked / path).is_file() for path in data)
    assert not list(unpacked.rglob("__pycache__"))
    assert not (unpacked / "docs" / "_build").exists()
    metadata = (unpacked / "PKG-INFO").read_text(encoding="utf-8")
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata


def test_tests_run_from_the_sdist(unpacked: Path) -> None:
    """Some of the tests and doc examples pass from the unpacked sdist, on its own code."""
    env = {**os.environ, "PYTHONPATH": str(unpacked / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_examples.py",
            "tests/test_tables.py::test_example_event_round_trips_through_files",
            "docs/tables.md",
        ],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    code = subprocess.run(
        [sys.executable, "-c", "import ipprogram; print(ipprogram.__file__)"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert code.stdout.strip().startswith(str(unpacked))
