"""Patterns compiled on first use: not on import, and in their own place once used."""

from __future__ import annotations

import re
import subprocess
import sys

from ipprogram._lazy import pattern

_SCRIPT = """
import re
import ipprogram as ip
from ipprogram.ids import legal_document, mark_certificate
e = ip.examples.langson_2020()
assert ip.from_json(ip.Event, ip.to_json(e)) == e
before = type(legal_document._SHAPE).__name__, type(mark_certificate._STORED).__name__
number = legal_document.validate("535/QĐ-UBND")
after = isinstance(legal_document._SHAPE, re.Pattern), type(mark_certificate._STORED).__name__
print(before, number, after)
"""


def test_patterns_compile_when_first_used() -> None:
    """A round trip of the example compiles no number's pattern; a number compiles its own."""
    done = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", _SCRIPT], check=True, capture_output=True, text=True
    )
    assert done.stdout.split("\n")[0] == "('_Pattern', '_Pattern') 535/QĐ-UBND (True, '_Pattern')"


def test_a_pattern_takes_its_place_and_matches_as_compiled() -> None:
    """Before and after compiling, every method gives what ``re.compile``'s pattern gives."""
    namespace: dict[str, object] = {}
    lazy = pattern(r"([0-9]+)-([a-z]+)", namespace, re.IGNORECASE)
    namespace["PAIR"] = namespace["ALIAS"] = lazy
    namespace["OTHER"] = 1
    compiled = re.compile(r"([0-9]+)-([a-z]+)", re.IGNORECASE)
    assert lazy.fullmatch("12-AB").groups() == compiled.fullmatch("12-AB").groups()  # type: ignore[union-attr]
    assert namespace["PAIR"] is namespace["ALIAS"]
    assert isinstance(namespace["PAIR"], re.Pattern)
    assert namespace["OTHER"] == 1
    assert lazy.sub(r"\2", "1-a 2-b") == compiled.sub(r"\2", "1-a 2-b") == "a b"
    assert (lazy.pattern, lazy.flags) == (compiled.pattern, compiled.flags)
