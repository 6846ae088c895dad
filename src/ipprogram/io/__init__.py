"""Records to dicts, JSON, JSON Lines, JSON Schema and JSON-LD, and back from JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ipprogram._lazy import lazy_attributes
from ipprogram.io._json import from_json, loads, to_json
from ipprogram.io.converter import SCHEMA_VERSION, from_dict, to_dict, upgrade
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
    "upgrade",
    "write_jsonl",
]

#: Names whose modules load on first use (cattrs, the JSON-LD and JSON Schema writers).
_LAZY = {
    "converter": "ipprogram.io._full",
    "to_jsonld": "ipprogram.io.jsonld",
    "json_schema": "ipprogram.io.schema",
}


# Importing the submodule ipprogram.io.converter bound its name here; the public
# ``converter`` is the cattrs converter object, built on first use.
globals().pop("converter", None)
if not TYPE_CHECKING:  # type checkers see the imports above, and no other names
    __getattr__, __dir__ = lazy_attributes(globals(), _LAZY)
