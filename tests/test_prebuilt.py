"""The generated functions' code shipped with the package (``io/_prebuilt.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from ipprogram.io import _fast, _prebuilt

ROOT = Path(__file__).resolve().parents[1]


def test_the_module_is_what_this_version_generates() -> None:
    """``scripts/prebuild.py --check`` passes, in processes with another hash seed."""
    done = subprocess.run(  # noqa: S603 - this interpreter, the project's script
        [sys.executable, str(ROOT / "scripts" / "prebuild.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert done.returncode == 0, done.stderr
    assert len(_prebuilt.CODE) > 100  # every exported record class, not a few


@pytest.mark.parametrize("text", list(_prebuilt.CODE)[::7])
def test_the_code_is_what_its_text_compiles_to(text: str) -> None:
    """Under a generated function's name, its code equals what compiling the text gives."""
    code = _prebuilt.CODE[text]
    relocated = _fast._relocated(code, "<generated>", code.co_firstlineno - 1)
    (compiled,) = (
        c
        for c in compile(text, "<generated>", "exec", dont_inherit=True).co_consts
        if isinstance(c, types.CodeType)
    )
    assert relocated == compiled
    assert list(relocated.co_positions()) == list(compiled.co_positions())
    assert relocated.co_filename == "<generated>"


_FIRST_CALLS = """
import json, sys
import ipprogram as ip
from ipprogram.io import _fast
compiled = []
def counted(text, name, mode, dont_inherit):
    compiled.append(name)
    return compile(text, name, mode, dont_inherit=True)
_fast.compile = counted
if sys.argv[1] == "without":
    _fast._PREBUILT.append({})
e = ip.examples.langson_2020()
assert ip.from_json(ip.Event, ip.to_json(e)) == e
assert ip.from_dict(ip.Event, ip.to_dict(e)) == e
print(json.dumps(compiled))
"""


def _compiled(mode: str) -> list[str]:
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", _FIRST_CALLS, mode], capture_output=True, text=True, check=True
    )
    names: list[str] = json.loads(done.stdout)
    return names


def test_first_calls_compile_nothing() -> None:
    """A first round trip of the example compiles no source; without the module, it does."""
    assert _compiled("with") == []
    without = _compiled("without")
    assert any(name.startswith("<ipprogram counting loader") for name in without)
    assert any(name.startswith("<ipprogram writer") for name in without)
    assert any(name.startswith("<ipprogram dumper") for name in without)
