"""Coverage-guided fuzzing of the JSON reader with atheris (``make fuzz``).

Every input must either load as a record or raise ``ValidationError``; a record that
loads must write back to itself and render, as text and as JSON-LD. Anything else is a
crash that atheris reports with the input that caused it. Seeds come from the
built-in example. Run ``make fuzz FUZZ_SECONDS=600`` for a longer session.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import ipprogram
    from ipprogram.examples import langson_2020_json

CLASSES = (
    ipprogram.Event,
    ipprogram.Programme,
    ipprogram.Award,
    ipprogram.Trademark,
    ipprogram.GeographicalIndication,
    ipprogram.Quantity,
    ipprogram.Source,
)


def test_one_input(data: bytes) -> None:
    """Read ``data`` as each top-level class; only ValidationError may come out."""
    for cls in CLASSES:
        try:
            record = ipprogram.from_json(cls, data)
        except ipprogram.ValidationError:
            continue
        if ipprogram.from_json(cls, ipprogram.to_json(record)) != record:
            msg = "round trip changed the record"
            raise AssertionError(msg)
        ipprogram.render(record)  # whatever validates renders
        ipprogram.to_jsonld(record)


def main() -> None:
    """Seed the corpus with the example and hand over to atheris."""
    seed_dir = sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].startswith("-") else None
    if seed_dir is not None:
        from pathlib import Path  # noqa: PLC0415

        Path(seed_dir).mkdir(parents=True, exist_ok=True)
        (Path(seed_dir) / "langson_2020.json").write_text(langson_2020_json(), encoding="utf-8")
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
