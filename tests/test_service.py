"""The web service example: 201 for a good record, 422 with located errors, a sound OpenAPI."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
from fastapi.testclient import TestClient

import ipprogram as ip
from ipprogram.render import event_title

PATH = Path(__file__).resolve().parent.parent / "docs" / "examples" / "service.py"


def _service() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ipprogram_service_example", PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SERVICE = _service()
CLIENT = TestClient(SERVICE.app)
EVENT = ip.to_json(ip.examples.langson_2020())


def test_a_valid_event_is_accepted() -> None:
    """201, with the event's title and its JSON back."""
    answer = CLIENT.post("/events", content=EVENT.encode())
    assert answer.status_code == 201
    assert answer.json()["title"] == event_title(ip.examples.langson_2020())
    assert answer.json()["json"] == ip.to_dict(ip.examples.langson_2020())


def test_a_bad_event_gets_422_with_every_problem_located() -> None:
    """Every problem, each with its path; in Vietnamese when the request asks for it."""
    data = json.loads(EVENT)
    data["awards"][0]["counts"][0]["count"] = "2"
    data["colour"] = "red"
    body = json.dumps(data, ensure_ascii=False).encode()
    english = CLIENT.post("/events", content=body)
    vietnamese = CLIENT.post("/events", content=body, headers={"Accept-Language": "vi-VN,vi"})
    assert english.status_code == vietnamese.status_code == 422
    paths = [(d["path"], d["type"]) for d in english.json()["detail"]]
    assert paths == [
        ("$.awards[0].counts[0].count", "wrong_type"),
        ("$.colour", "unknown_key"),
    ]
    assert english.json()["detail"][0]["loc"] == ["body", "awards", 0, "counts", 0, "count"]
    assert english.json()["detail"][0]["msg"] == "expected integer, got string"
    assert vietnamese.json()["detail"][0]["msg"] == "cần số nguyên, nhận được chuỗi"


def test_strict_json_and_the_record_type_reach_the_service() -> None:
    """Duplicate keys and a document of another type are refused as from_json refuses them."""
    duplicate = CLIENT.post("/events", content=b'{"kind": "meeting", "kind": "meeting"}')
    assert [d["type"] for d in duplicate.json()["detail"]] == ["duplicate_key"]
    mark = CLIENT.post("/events", content=ip.to_json(ip.examples.hung_yen_honey()).encode())
    assert [d["type"] for d in mark.json()["detail"]] == ["wrong_record_type"]


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [
            *([value["$ref"]] if isinstance(value.get("$ref"), str) else []),
            *(ref for item in value.values() for ref in _refs(item)),
        ]
    if isinstance(value, list):
        return [ref for item in value for ref in _refs(item)]
    return []


def test_the_openapi_document_carries_the_schema_and_every_reference_resolves() -> None:
    """The body's schema is ipprogram's; its references resolve; it judges as from_dict does."""
    document = CLIENT.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    body = document["paths"]["/events"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/Event"}
    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/")
        assert ref.removeprefix("#/components/schemas/") in schemas, ref
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/components/schemas/Event", "components": document["components"]}
    )
    assert validator.is_valid(json.loads(EVENT))
    assert not validator.is_valid({**json.loads(EVENT), "colour": "red"})
    assert schemas["Event"]["properties"]["kind"]["title"] == "Loại sự kiện"
