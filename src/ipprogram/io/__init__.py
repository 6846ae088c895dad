"""Records to dicts, JSON, JSON Lines, JSON Schema and JSON-LD, and back from JSON."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ipprogram.io._json import from_json, loads, to_json
from ipprogram.io.converter import SCHEMA_VERSION, from_dict, to_dict
from ipprogram.io.jsonl import LineError, iter_jsonl, write_jsonl

if TYPE_CHECKING:
    from ipprogram.io._full import converter
    from ipprogram.io.jsonld import to_jsonld
    from ipprogram.io.schema import json_schema

__all__ = [
    "SCHEMA_VERSION",
    "LineError",
    "converter",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "loads",
    "to_dict",
    "to_json",
    "to_jsonld",
    "write_jsonl",
]

#: Names whose modules load on first use (cattrs, the JSON-LD and JSON Schema writers).
_LAZY = {
    "converter": "ipprogram.io._full",
    "to_jsonld": "ipprogram.io.jsonld",
    "json_schema": "ipprogram.io.schema",
}


def __getattr__(name: str) -> object:
    home = _LAZY.get(name)
    if home is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
