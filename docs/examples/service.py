"""A web service that takes records as JSON and answers 422 with ipprogram's errors.

It reads the request body itself, with :func:`ipprogram.from_json`, so the JSON is read
as strictly as everywhere else (duplicate keys, lone surrogates and ``NaN`` are errors),
and answers a bad record with status 422 and every problem located by its path, in
English or, when the request's ``Accept-Language`` asks for it, in Vietnamese (never
the server's locale). The OpenAPI document carries ipprogram's JSON Schema for the
body, so a client generator or a form builder sees the same schema as
:func:`ipprogram.json_schema`.

Run it with ``uvicorn docs.examples.service:app`` (FastAPI and uvicorn installed).

>>> from fastapi.testclient import TestClient
>>> client = TestClient(app)
>>> client.post("/events", content=b'{"kind": "meeting", "date": "2020-13-01"}').json()
... # doctest: +NORMALIZE_WHITESPACE
{'detail': [{'loc': ['body', 'date'], 'path': '$.date', 'type': 'invalid_date',
             'msg': "'2020-13-01' is not a date in the form YYYY-MM-DD", 'input': "'2020-13-01'"}],
 'count': 1}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

import ipprogram as ip
from ipprogram.render import event_title

app = FastAPI(title="Records of IP programmes", version=ip.__version__)

_BODY: dict[str, Any] = {
    "required": True,
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}},
}


def language(request: Request) -> str:
    """``"vi"`` when the request's ``Accept-Language`` puts Vietnamese first, else ``"en"``.

    >>> from starlette.requests import Request
    >>> language(Request({"type": "http", "headers": [(b"accept-language", b"vi-VN,vi;q=0.9")]}))
    'vi'
    """
    header = request.headers.get("accept-language", "")
    first = header.split(",", 1)[0].strip().lower()
    return "vi" if first == "vi" or first.startswith("vi-") else "en"


def problems(error: ip.ValidationError, lang: str) -> dict[str, Any]:
    """The errors as FastAPI lays out its own 422 answers: ``loc``, ``msg``, ``type``.

    >>> try:
    ...     ip.Person(full_name="")
    ... except ip.ValidationError as error:
    ...     problems(error, "vi")["detail"][0]["msg"]
    'văn bản không được để trống'
    """
    detail = [
        {
            "loc": ["body", *d.loc],
            "path": d.path,
            "type": d.code,
            "msg": d.message_vi if lang == "vi" else d.message,
            "input": d.value,
        }
        for d in error.errors
    ]
    return {"detail": detail, "count": error.count}


@app.post("/events", status_code=201, openapi_extra={"requestBody": _BODY})
async def create_event(request: Request) -> Any:  # noqa: ANN401 - a dict or an error answer
    """Check an event and answer with its title, or 422 with every problem."""
    try:
        event = ip.from_json(ip.Event, await request.body())
    except ip.ValidationError as error:
        return JSONResponse(status_code=422, content=problems(error, language(request)))
    return {"title": event_title(event), "json": ip.to_dict(event)}


def openapi() -> dict[str, Any]:
    """The OpenAPI document, with ipprogram's schema of an event as a component.

    The schema's ``$defs`` become components beside it, and its references point at
    them, so that every ``$ref`` resolves inside the OpenAPI document.

    >>> sorted(openapi()["components"]["schemas"])[:3]
    ['Award', 'AwardRecipients.tagged', 'Claim']
    """
    if app.openapi_schema is None:
        document = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schema = ip.json_schema(ip.Event)
        del schema["$schema"], schema["$id"]  # the OpenAPI document is the base of refs
        defs = schema.pop("$defs")
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(_moved({**defs, "Event": schema}))
        app.openapi_schema = document
    return app.openapi_schema


def _moved(value: Any) -> Any:  # noqa: ANN401 - JSON values
    """``value`` with each ``#/$defs/`` reference pointing under ``#/components/schemas/``."""
    if isinstance(value, dict):
        return {
            key: (
                item.replace("#/$defs/", "#/components/schemas/", 1)
                if key == "$ref" and isinstance(item, str)
                else _moved(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_moved(item) for item in value]
    return value


app.openapi = openapi  # type: ignore[method-assign]
