"""Records to dicts and JSON and back: one converter, strict reading, stable writing."""

from ipprogram.io._json import from_json, loads, to_json
from ipprogram.io.converter import SCHEMA_VERSION, converter, from_dict, to_dict

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "loads", "to_dict", "to_json"]
