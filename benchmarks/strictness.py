"""What each library refuses: one set of bad JSON inputs, the verdict of each.

The peers of ``peers.py`` match ipprogram's shapes and its type strictness, not its
checks of text and rules, so they accept inputs that ipprogram refuses. ``make bench``
prints this census beside the timings, so that a ratio is read with what each side
checks.

>>> census = verdicts()
>>> all(not accepted for accepted in census["ipprogram"].values())
True
>>> sum(census["pydantic (strict)"].values()) > 0
True
>>> census["pydantic (as strict)"] == census["ipprogram"]
True
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic

import ipprogram as ip

sys.path.insert(0, str(Path(__file__).parent))
from peers import msgspec_model, pydantic_model, strict_pydantic_json, strict_pydantic_model

_EVENT: dict[str, Any] = {
    "kind": "workshop",
    "date": "2020-12-02",
    "title": "Hội nghị tổng kết",
    "awards": [{"id": "a", "form": "certificate_of_merit"}],
}


def _with(**changes: object) -> str:
    return json.dumps({**_EVENT, **changes}, ensure_ascii=False)


#: Bad inputs, each as JSON text of an ``Event``, by what is wrong with it.
BAD_INPUTS: dict[str, str] = {
    "an unknown key": _with(colour="red"),
    "a value outside the vocabulary": _with(kind="robot"),
    "a number where text belongs": _with(title=3),
    "empty text": _with(title=""),
    "a duplicate JSON key": _with()[:-1] + ', "kind": "conference"}',
    "a date with a time": _with(date="2020-12-02T00:00:00"),
    "a date in basic ISO form": _with(date="20201202"),
    "an end before the start": _with(end_date="2020-12-01"),
    "two awards with one id": _with(awards=[_EVENT["awards"][0], _EVENT["awards"][0]]),
    "a negative count": _with(
        awards=[
            {
                "id": "a",
                "form": "certificate_of_merit",
                "counts": [{"kind": "individual", "count": -1}],
            }
        ]
    ),
    "a place code with a letter": _with(locality={"name": "Lạng Sơn", "code": "2O"}),
    "a province that no longer existed": _with(
        date="2026-01-01", locality={"name": "Hà Giang", "kind": "province"}
    ),
}


#: Text ipprogram stores tidied (stripped, composed to NFC), by what is untidy in it.
UNTIDY_TITLES: dict[str, str] = {
    "text with surrounding spaces": " Hội nghị ",
    "text not in NFC": unicodedata.normalize("NFD", "Hội nghị"),
}


def _loaders() -> dict[str, Callable[[str], object]]:
    decoder = msgspec.json.Decoder(msgspec_model(ip.Event))
    return {
        "ipprogram": lambda text: ip.from_json(ip.Event, text),
        "pydantic (strict)": pydantic_model(ip.Event).model_validate_json,
        "pydantic (as strict)": strict_pydantic_json(strict_pydantic_model(ip.Event)),
        "msgspec": decoder.decode,
    }


def verdicts() -> dict[str, dict[str, bool]]:
    """For each library, whether it accepts each bad input.

    The valid event itself is accepted by all three, or the census means nothing.
    """
    refusals = (ip.ValidationError, pydantic.ValidationError, msgspec.ValidationError)
    result: dict[str, dict[str, bool]] = {}
    for name, load in _loaders().items():
        load(json.dumps(_EVENT, ensure_ascii=False))
        accepted: dict[str, bool] = {}
        for what, text in BAD_INPUTS.items():
            try:
                load(text)
            except refusals:
                accepted[what] = False
            else:
                accepted[what] = True
        result[name] = accepted
    return result


def tidied() -> dict[str, dict[str, bool]]:
    """For each library, whether it stores each untidy title as "Hội nghị".

    >>> all(tidied()["ipprogram"].values())
    True
    """
    result: dict[str, dict[str, bool]] = {}
    for name, load in _loaders().items():
        result[name] = {
            what: getattr(load(_with(title=title)), "title", None) == "Hội nghị"
            for what, title in UNTIDY_TITLES.items()
        }
    return result
