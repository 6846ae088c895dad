"""Records to dicts, JSON, JSON Lines, JSON Schema and JSON-LD, and back from JSON."""

from ipprogram.io._json import from_json, loads, to_json
from ipprogram.io.converter import SCHEMA_VERSION, converter, from_dict, to_dict
from ipprogram.io.jsonl import LineError, iter_jsonl, write_jsonl
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
