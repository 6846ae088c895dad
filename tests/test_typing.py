"""Type checkers see records as the attrs classes they are: mypy (with the plugin) and pyright."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = """\
import attrs
import ipprogram as ip

event = ip.examples.langson_2020()
later: ip.Event = attrs.evolve(event, title="Hội nghị tổng kết")
names: list[str] = [field.name for field in attrs.fields(ip.Event)]
data = attrs.asdict(ip.Person(full_name="Lê An"))
person = ip.Person(full_name="Lê An", gender=ip.Gender.FEMALE)
kind: ip.EventKind = later.kind
"""

BAD = """\
import attrs
import ipprogram as ip

event = ip.examples.langson_2020()
attrs.evolve(event, title=3)
ip.Person("Lê An")
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's project: two snippets and the checkers' configuration."""
    folder = tmp_path_factory.mktemp("user")
    (folder / "good.py").write_text(GOOD, encoding="utf-8")
    (folder / "bad.py").write_text(BAD, encoding="utf-8")
    (folder / "mypy.ini").write_text(
        "[mypy]\nstrict = True\nplugins = ipprogram.mypy_plugin\n", encoding="utf-8"
    )
    (folder / "pyrightconfig.json").write_text(
        '{"typeCheckingMode": "strict", "pythonVersion": "3.11"}', encoding="utf-8"
    )
    return folder


def _run(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this environment's checkers, fixed arguments
        command, cwd=project, capture_output=True, text=True, timeout=600, check=False
    )


def test_mypy_with_the_plugin(project: Path) -> None:
    """attrs.evolve, fields and asdict check; a wrong type and a positional argument do not."""
    mypy = [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", ".cache"]
    good = _run(project, *mypy, "good.py")
    assert good.returncode == 0, good.stdout
    bad = _run(project, *mypy, "bad.py")
    assert bad.returncode == 1
    assert 'Argument "title" to "evolve" of "Event" has incompatible type "int"' in bad.stdout
    assert 'Too many positional arguments for "Person"' in bad.stdout


def test_pyright(project: Path) -> None:
    """Pyright, strict, accepts the same snippet and refuses a positional argument.

    attrs' stubs type ``evolve``'s changes as ``Any``, which pyright takes as it is: only
    mypy's attrs plugin checks the changes' types.
    """
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert pyright, "pyright is a test dependency"
    env_python = f"--pythonpath={sys.executable}"
    good = _run(project, pyright, env_python, "good.py")
    assert good.returncode == 0, good.stdout
    bad = _run(project, pyright, env_python, "bad.py")
    assert bad.returncode == 1
    assert "Expected 0 positional arguments" in bad.stdout
