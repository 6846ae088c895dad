"""Reading JSON is strict: what RFC 8259 leaves open or Python tolerates is an error."""

from __future__ import annotations

import concurrent.futures
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram.io import _json


def problems(text: str | bytes) -> list[tuple[str, str]]:
    """Read ``text`` as a Person and return (path, code) of every problem."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Person, text)
    return [(d.path, d.code) for d in caught.value.errors]


def test_duplicate_keys_are_errors_at_their_place() -> None:
    """Python's json keeps the last of two keys; here both are refused, located."""
    assert problems('{"full_name": "A", "full_name": "B"}') == [("$.full_name", "duplicate_key")]
    text = (
        '{"full_name": "A",'
        ' "position": {"title": "x", "title": "y", "organization": {"name": "z"}}}'
    )
    assert problems(text) == [("$.position.title", "duplicate_key")]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_errors(constant: str) -> None:
    """Non-finite numbers are not JSON."""
    assert problems(f'{{"full_name": "A", "gender": {constant}}}') == [
        ("$.gender", "invalid_number")
    ]


def test_syntax_errors_say_line_and_column() -> None:
    """A syntax error gives the line and column."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Person, '{\n  "full_name": "A",\n}')
    (detail,) = caught.value.errors
    assert detail.code == "json_syntax"
    assert "line 3, column 1" in detail.message


def test_bytes_must_be_utf8() -> None:
    """Bytes are decoded as UTF-8; a UTF-8 byte order mark is accepted."""
    assert ip.from_json(ip.Person, '{"full_name": "Hà"}'.encode()).full_name == "Hà"
    assert (
        ip.from_json(ip.Person, b"\xef\xbb\xbf" + '{"full_name": "Hà"}'.encode()).full_name == "Hà"
    )
    assert ip.from_json(ip.Person, '\ufeff{"full_name": "Hà"}').full_name == "Hà"
    assert problems('{"full_name": "Hà"}'.encode("cp1258")) == [("$", "invalid_encoding")]


def test_lone_surrogates_are_errors() -> None:
    """An escaped lone surrogate is text no UTF-8 file can hold."""
    assert problems('{"full_name": "H\\ud800"}') == [("$.full_name", "invalid_text")]
    assert ip.from_json(ip.Person, '{"full_name": "\\ud83d\\ude00"}').full_name == "\U0001f600"


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    """Nesting past the limit is refused; nesting that exhausts the parser is reported."""
    deep = "[" * 100_000 + "]" * 100_000
    assert problems(deep) == [("$", "too_deep")]
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Person, deep, max_depth=10**6)
    assert [d.code for d in caught.value.errors] == ["json_syntax"]
    assert "nested too deeply" in caught.value.errors[0].message


def test_limits_are_parameters() -> None:
    """max_size and max_depth can be raised or lowered per call."""
    text = '{"full_name": "Đoàn Thu Hà", "position": {"title": "x", "organization": {"name": "y"}}}'
    assert ip.from_json(ip.Person, text, max_depth=3).full_name == "Đoàn Thu Hà"
    assert problems_with(text, max_depth=2) == [("$", "too_deep")]
    assert problems_with(text, max_size=len(text) - 1) == [("$", "too_large")]
    assert problems_with(text.encode(), max_size=len(text)) == [("$", "too_large")]
    assert '"[[[[[[' not in text
    quoted = ip.from_json(ip.Person, '{"full_name": "[[[[[[[[[[\\"{{{{{{{"}', max_depth=1)
    assert quoted.full_name == '[[[[[[[[[["{{{{{{{'


def test_unbalanced_quotes_under_many_brackets() -> None:
    """Malformed text with an unclosed string is a syntax error (found by fuzzing)."""
    assert problems_with('[[[[[["' + "]" * 70, max_depth=3) == [("$", "json_syntax")]
    assert problems_with('["' + "[" * 70, max_depth=64) == [("$", "json_syntax")]


def problems_with(text: str | bytes, **limits: int) -> list[tuple[str, str]]:
    """Read ``text`` as a Person under the given limits; return (path, code) pairs."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.from_json(ip.Person, text, **limits)
    return [(d.path, d.code) for d in caught.value.errors]


def test_from_json_raises_only_validation_error() -> None:
    """Garbage of every kind gives ValidationError."""
    for text in ("", "nul", "[1,2", '{"full_name": 1e999}', "\x00", '"\\x"'):
        with pytest.raises(ip.ValidationError):
            ip.from_json(ip.Person, text)


def _depth(value: object) -> int:
    """Nesting depth of a parsed JSON value: 0 for a scalar."""
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


_TRICKY_TEXT = st.text(alphabet='[]{}"\\ aà', max_size=6)
_NESTED_JSON = st.recursive(
    st.none() | st.integers() | _TRICKY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY_TEXT, inner, max_size=3),
    max_leaves=30,
)


@given(value=_NESTED_JSON, limit=st.integers(min_value=0, max_value=12))
@settings(max_examples=500)
def test_depth_limit_counts_only_real_nesting(value: object, limit: int) -> None:
    """The depth check agrees with the parsed value's depth, whatever strings hold."""
    text = json.dumps(value, ensure_ascii=False)
    expected = _depth(value) > limit
    assert _json._depth_exceeds(text, limit) is expected
    if expected:
        with pytest.raises(ip.ValidationError) as caught:
            _json.loads(text, max_depth=limit)
        assert [d.code for d in caught.value.errors] == ["too_deep"]
    else:
        assert _json.loads(text, max_depth=limit) == value


def test_each_thread_parses_with_its_own_marks() -> None:
    """Threads reading at once: a duplicate key in one thread's text marks only that text."""
    good = '{"full_name": "Đoàn Thu Hà"}'
    bad = '{"full_name": "Đoàn Thu Hà", "full_name": "Lê An"}'

    def read(text: str) -> str:
        verdicts = []
        for _ in range(300):
            try:
                ip.from_json(ip.Person, text)
                verdicts.append("read")
            except ip.ValidationError as error:
                verdicts.append(error.errors[0].code)
        return ",".join(sorted(set(verdicts)))

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(read, [good, bad] * 4))
    assert results == ["read", "duplicate_key"] * 4


def _objects(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The paths of every JSON object in ``value``."""
    found: list[tuple[object, ...]] = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found.extend(_objects(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_objects(item, (*path, index)))
    return found


def _with_colons(text: str) -> str:
    """The document with colons in its strings: a source's URL and a time of publication."""
    document = json.loads(text)
    document["source"] = {
        "title": "Tin: hội nghị",
        "url": "https://sokhcn.langson.gov.vn/tin-tuc/a:b",
        "published": "2020-12-03",
        "published_time": "08:15",
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("strings", ["without colons", "with colons"])
def test_a_repeated_key_in_any_object_is_found_however_the_text_is_read(strings: str) -> None:
    """Each object of the example, one key repeated (same value or not): always refused.

    The counting reader takes the colons in strings into account, and a colon written as
    an escape is never mistaken for one the text shows.
    """
    text = ip.to_json(ip.examples.langson_2020())
    if strings == "with colons":
        text = _with_colons(text)
    assert isinstance(_json._read_counted(lambda _: ip.Event, text, _json.MAX_DEPTH), ip.Event)
    document = json.loads(text)
    tried = 0
    for path in _objects(document):
        node = document
        for step in path:
            node = node[step]
        key, value = next(iter(node.items()))
        member = json.dumps(key) + ":" + json.dumps(value, ensure_ascii=False)
        for extra in (member, json.dumps(key) + ':"x\\u003ay"', json.dumps(key) + ':"x:y"'):
            changed = json.loads(text)
            target = changed
            for step in path:
                target = target[step]
            target["__mark__"] = None
            marked = json.dumps(changed, ensure_ascii=False, separators=(",", ":"))
            broken = marked.replace('"__mark__":null', extra)
            with pytest.raises(ip.ValidationError) as caught:
                ip.from_json(ip.Event, broken)
            assert "duplicate_key" in {d.code for d in caught.value.errors}, (path, extra)
            tried += 1
    assert tried > 100


def test_normalization_never_adds_a_colon() -> None:
    """NFC writes no ``:`` where there was none (counting after normalising is safe)."""
    added = [
        cp
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF
        and unicodedata.normalize("NFC", chr(cp)).count(":") > (cp == 0x3A)
    ]
    assert added == []
