"""The public surface: sorted exports, documented with runnable examples."""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import ipprogram
import ipprogram.ids
import ipprogram.model.labels
import ipprogram.outcomes
import ipprogram.places
import ipprogram.tables
import ipprogram.terms
import ipprogram.vi
from ipprogram.ids import (
    gi_application,
    gi_certificate,
    legal_document,
    mark_application,
    mark_certificate,
)

MODULES = [
    ipprogram,
    ipprogram.vi,
    sys.modules["ipprogram.render"],
    ipprogram.outcomes,
    ipprogram.examples,
    ipprogram.places,
    ipprogram.tables,
    ipprogram.model.labels,
    ipprogram.terms,
    ipprogram.ids,
    mark_application,
    mark_certificate,
    gi_application,
    gi_certificate,
    legal_document,
]


def _public() -> Iterator[tuple[str, object]]:
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj) or inspect.isclass(obj):
                yield f"{module.__name__}.{name}", obj


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted (constants, classes, functions), and every name exists."""
    for module in MODULES:
        assert list(module.__all__) == sorted(
            module.__all__, key=lambda n: (not n.isupper(), not n[:1].isupper(), n)
        )
        for name in module.__all__:
            assert hasattr(module, name), name


PUBLIC = list(_public())


@pytest.mark.parametrize(("name", "obj"), PUBLIC, ids=[name for name, _ in PUBLIC])
def test_public_callables_have_an_example(name: str, obj: object) -> None:
    """Every public function and class has a docstring with a runnable example."""
    doc = inspect.getdoc(obj) or ""
    assert ">>>" in doc, f"{name} has no example in its docstring"


def test_version_matches_pyproject() -> None:
    """The package version is the one pyproject.toml declares."""
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE)
    assert match is not None
    assert ipprogram.__version__ == match.group(1)


def test_every_record_class_has_a_sample_and_a_strategy() -> None:
    """Table-driven and property tests cover every public record class."""
    from tests.samples import SAMPLES  # noqa: PLC0415 - builds the examples
    from tests.strategies import RECORDS  # noqa: PLC0415

    classes = {
        obj
        for name in ipprogram.__all__
        if attrs.has(obj := getattr(ipprogram, name)) and isinstance(obj, type)
    }
    # A PartialDate is stored as an ISO string, not an object; test_roundtrip covers it.
    classes.discard(ipprogram.PartialDate)
    assert set(SAMPLES) == classes
    assert set(RECORDS) == classes
    assert all(sample is not None for sample in SAMPLES.values())


def test_import_and_a_valid_round_trip_load_only_what_they_need() -> None:
    """cattrs, Babel and importlib.resources load on first need, not on import."""
    import subprocess  # noqa: PLC0415

    code = (
        "import sys, ipprogram as ip; e = ip.examples.langson_2020();"
        " assert ip.from_json(ip.Event, ip.to_json(e)) == e;"
        " print(sorted(m for m in ('cattrs', 'babel', 'importlib.resources') if m in sys.modules))"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n"


def test_lazy_names_resolve() -> None:
    """Names that load on first use are the real objects, listed by dir()."""
    import cattrs  # noqa: PLC0415

    assert isinstance(ipprogram.io.converter, cattrs.Converter)
    assert ipprogram.to_jsonld is ipprogram.io.to_jsonld
    assert "spell_number" in dir(ipprogram.vi)
    assert "examples" in dir(ipprogram)
    assert ipprogram.examples.langson_2020().date == dt.date(2020, 12, 2)
    # The ignore below is needed, and mypy --strict reports it if it ever is not: type
    # checkers see only the real names, not the lazy-loading __getattr__.
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = ipprogram.vi.nothing  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = ipprogram.nothing  # type: ignore[attr-defined]


def test_the_reference_lists_every_vocabulary_with_its_labels() -> None:
    """The API reference's vocabularies section names every value and label of every enum."""
    path = Path(__file__).resolve().parent.parent / "docs" / "conf.py"
    spec = importlib.util.spec_from_file_location("docs_conf", path)
    assert spec is not None
    assert spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    text = conf._vocabularies_rst()
    enums = [
        value
        for value in vars(ipprogram).values()
        if isinstance(value, type) and issubclass(value, ipprogram.LabelledEnum)
    ]
    assert len(enums) > 15
    for cls in enums:
        if cls is ipprogram.LabelledEnum:
            continue
        assert f"``{cls.__name__}``" in text
        for member in cls:
            assert f"``{member.value}``" in text
            assert f"- {member.label}" in text
