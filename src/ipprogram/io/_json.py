r"""JSON in and out: deterministic writing, strict reading.

Writing: the same record gives the same bytes in every process. Keys come in a fixed
order (``schema_version``, then the fields a record must have, then the others, each
group in the model's field order), Vietnamese is written as it is (not ``\u``
escapes), and nothing depends on hash order. Compact text is written by a writer
generated for each class; ``indent`` goes through :func:`json.dumps`, with the same
keys and values.

Reading (RFC 8259): duplicate keys, ``NaN`` and ``Infinity``, lone surrogates and bytes
that are not UTF-8 are errors, each located. A UTF-8 byte order mark is accepted. Input
larger than ``max_size`` is refused before it is parsed, and input nested deeper than
``max_depth`` before any record is built; the defaults are far above any real record.
Text is normalised to NFC when the records are built (:mod:`ipprogram.model`); nothing
else about it changes.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

from ipprogram._lazy import pattern
from ipprogram.errors import ErrorDetail, Loc, Problems, ValidationError, fail
from ipprogram.io.converter import (
    MAX_DEPTH,
    NOT_FAST,
    from_dict_within,
    load_fast,
    load_fast_counted,
    to_dict,
    to_json_text,
)
from ipprogram.model.shape import LONE_SURROGATE, MAX_MAGNITUDE

__all__ = ["MAX_DEPTH", "MAX_SIZE", "from_json", "loads", "to_json"]

T = TypeVar("T")

_BOM: Final = "\ufeff"
#: The white space JSON allows between tokens (RFC 8259, section 2).
_JSON_WHITE_SPACE: Final = " \t\n\r"
_ESCAPED_SURROGATE: Final = pattern(r"\\u[dD][89abcdefABCDEF]", globals())
_NOT_BRACKET_OR_QUOTE: Final = bytes(set(range(256)) - set(b'[]{}"'))
_AS_SQUARE: Final = bytes.maketrans(b"{}", b"[]")
_QUOTED: Final = re.compile(rb'"[^"]*"')

#: The messages of Python's JSON decoder, in Vietnamese.
_JSON_MESSAGES_VI: Final = {
    "Expecting value": "cần một giá trị",
    "Expecting property name enclosed in double quotes": "cần tên khóa trong dấu ngoặc kép",
    "Expecting ',' delimiter": "cần dấu phẩy ','",
    "Expecting ':' delimiter": "cần dấu hai chấm ':'",
    "Extra data": "còn dữ liệu thừa",
    "Unterminated string starting at": "chuỗi chưa được đóng, bắt đầu",
    "Invalid control character at": "ký tự điều khiển không hợp lệ",
    "Invalid \\escape": "ký tự thoát không hợp lệ",
    "Invalid \\uXXXX escape": "mã \\uXXXX không hợp lệ",
    "Illegal trailing comma before end of object": "dấu phẩy thừa trước khi đóng đối tượng",
    "Illegal trailing comma before end of array": "dấu phẩy thừa trước khi đóng mảng",
}
#: Largest input :func:`loads` reads by default, in characters (or bytes): 64 MiB.
MAX_SIZE: Final = 64 * 1024 * 1024


class _Flagged:
    """What the parser hooks noticed, so that only a bad document is walked again."""

    __slots__ = ("bad",)

    def __init__(self) -> None:
        self.bad = False


class _DuplicateKeys(dict[str, Any]):
    """An object that had repeated keys; ``repeated`` lists them in order."""

    __slots__ = ("repeated",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        seen: set[str] = set()
        self.repeated: list[str] = []
        for key, _ in pairs:
            if key in seen:
                self.repeated.append(key)
            seen.add(key)


class _BadNumber:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _HugeNumber(_BadNumber):
    """An integer too long for Python to convert (more than 4,300 digits)."""

    __slots__ = ()


#: The digits an integer may have before JSON reading marks it instead of converting it:
#: well above what a number field takes (:data:`~ipprogram.model.shape.MAX_MAGNITUDE`)
#: and below the 4,300 that Python refuses to convert.
_MAX_DIGITS: Final = 4000


def _integer(digits: str, flags: _Flagged) -> int | _BadNumber:
    """An integer of JSON text; one too long to convert is marked, not raised."""
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        flags.bad = True
        return _HugeNumber(digits)
    return int(digits)


def _problems(value: object, loc: Loc, out: Problems) -> None:  # noqa: C901 - one branch per mark
    """Walk a parsed document for what the hooks marked; only run on bad documents."""
    if isinstance(value, _HugeNumber):
        out.append(
            ErrorDetail(
                loc, "out_of_range", value=value.text, low=-MAX_MAGNITUDE, high=MAX_MAGNITUDE
            )
        )
    elif isinstance(value, _BadNumber):
        out.append(ErrorDetail(loc, "invalid_number", value=value.text))
    elif isinstance(value, str):
        if LONE_SURROGATE.search(value):
            out.append(
                ErrorDetail(
                    loc,
                    "invalid_text",
                    value=value,
                    problem="a lone surrogate code point",
                    problem_vi="một mã thay thế (surrogate) đứng riêng",
                )
            )
    elif isinstance(value, dict):
        if isinstance(value, _DuplicateKeys):
            out.extend(ErrorDetail((*loc, key), "duplicate_key", key=key) for key in value.repeated)
        for key, item in value.items():
            if LONE_SURROGATE.search(key):
                out.append(
                    ErrorDetail(
                        (*loc, key),
                        "invalid_text",
                        value=key,
                        problem="a lone surrogate code point in a key",
                        problem_vi="một mã thay thế (surrogate) đứng riêng trong khóa",
                    )
                )
            _problems(item, (*loc, key), out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _problems(item, (*loc, index), out)


def _depth_exceeds(text: str, limit: int, raw: bytes | None = None) -> bool:
    """Whether arrays and objects nest deeper than ``limit``, strings skipped.

    Runs on text already parsed, so it is valid JSON: brackets pair up, and outside
    strings every quote opens or closes one. Escaped backslashes and quotes go first;
    then only brackets and quotes are kept, with ``{}`` written as ``[]``; empty
    strings and the rest of each string go; each pass then removes the innermost
    pairs, so the passes needed are the depth. Every step runs at C speed.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    if raw is None:
        raw = text.encode("utf-8", "surrogatepass")
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = raw.translate(_AS_SQUARE, _NOT_BRACKET_OR_QUOTE).replace(b'""', b"")
    if b'"' in brackets:
        brackets = _QUOTED.sub(b"", brackets)
    for _ in range(limit):
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"")
    return bool(brackets)


def loads(
    text: str | bytes | bytearray | memoryview,
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Any:  # noqa: ANN401 - any JSON value
    """Parse JSON strictly; raise :class:`~ipprogram.errors.ValidationError` if it is bad.

    >>> loads('{"a": 1, "a": 2}')
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.a: key 'a' appears more than once in this object [duplicate_key]
    >>> loads("[[[[1]]]]", max_depth=3)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $: input is nested deeper than the limit of 3 levels [too_deep]
    >>> loads("[1, NaN]")
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $[1]: 'NaN' is not allowed in JSON [invalid_number]
    """
    text = _decode(text, max_size)
    value, flagged = _parse(text, max_depth)
    _check_parsed(text, value, max_depth, flagged=flagged)
    return value


class _Decoders(threading.local):
    """This thread's JSON decoders, made once, and what their hooks noticed in a parse.

    ``json.loads`` with hooks makes a decoder on every call; these are made once.
    ``huge`` also marks integers too long to convert. ``plain`` builds dicts without
    the hook that marks duplicate keys: for texts whose keys are counted instead
    (:func:`read_document`).
    """

    def __init__(self) -> None:
        self.flags = flags = _Flagged()

        def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            result = dict(pairs)
            if len(result) != len(pairs):
                flags.bad = True
                return _DuplicateKeys(pairs)
            return result

        def constant_hook(name: str) -> _BadNumber:
            flags.bad = True
            return _BadNumber(name)

        self.decoder = json.JSONDecoder(object_pairs_hook=pairs_hook, parse_constant=constant_hook)
        self.scan = self.decoder.scan_once  # type: ignore[attr-defined] # not in typeshed
        self.plain = json.JSONDecoder(parse_constant=constant_hook)
        self.plain_scan = self.plain.scan_once  # type: ignore[attr-defined] # not in typeshed
        self.huge = json.JSONDecoder(
            object_pairs_hook=pairs_hook,
            parse_constant=constant_hook,
            parse_int=lambda digits: _integer(digits, flags),
        )


_DECODERS: Final = _Decoders()


def _parse(text: str, max_depth: int, *, plain: bool = False) -> tuple[Any, bool]:
    """Parse JSON text, marking duplicate keys and bad numbers; whether any was marked.

    Syntax errors, and nesting too deep for the parser, raise located errors; the rest
    of :func:`loads`'s checks are :func:`_check_parsed`'s. ``plain``: duplicate keys
    are not marked (the last one wins, as in :func:`json.loads`).
    """
    state = _DECODERS
    flags = state.flags
    flags.bad = False
    decoder, scan = (state.plain, state.plain_scan) if plain else (state.decoder, state.scan)
    try:
        try:
            try:  # the C scanner itself, as JSONDecoder.decode calls it, without its wrapper
                value, end = scan(text, 0)
            except StopIteration:  # leading white space, or no value: decode says which
                value, end = decoder.decode(text), len(text)
            if end != len(text) and text[end:].strip(_JSON_WHITE_SPACE):
                decoder.decode(text)  # raises "Extra data" where decode does
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer of more digits than Python converts
            flags.bad = False
            value = state.huge.decode(text)
    except json.JSONDecodeError as error:
        detail = ErrorDetail(
            (),
            "json_syntax",
            detail=error.msg,
            detail_vi=_JSON_MESSAGES_VI.get(error.msg, error.msg),
            line=error.lineno,
            column=error.colno,
        )
        raise ValidationError([detail]) from None
    except RecursionError:
        # The parser gives up near the interpreter's recursion limit; below half of it,
        # that can only mean the input is deeper than max_depth.
        if max_depth < sys.getrecursionlimit() // 2:
            detail = ErrorDetail((), "too_deep", limit=max_depth)
        else:
            detail = ErrorDetail((), "json_syntax", detail="nested too deeply", line=1, column=1)
        raise ValidationError([detail]) from None
    return value, flags.bad


def _check_parsed(text: str, value: object, max_depth: int, *, flagged: bool) -> None:
    """Refuse a parsed document that nests too deeply or holds what JSON must not."""
    try:  # encoding finds raw surrogates at C speed, and the depth count reuses the bytes
        raw, raw_surrogates = text.encode("utf-8"), False
    except UnicodeEncodeError:
        raw, raw_surrogates = text.encode("utf-8", "surrogatepass"), True
    if _depth_exceeds(text, max_depth, raw):
        fail(ErrorDetail((), "too_deep", limit=max_depth))
    escaped_surrogates = "\\u" in text and _ESCAPED_SURROGATE.search(text) is not None
    if flagged or raw_surrogates or escaped_surrogates:
        problems = Problems()
        _problems(value, (), problems)
        if problems:
            raise problems.error()


def _decode(text: object, max_size: int) -> str:
    """Check the size, decode bytes as UTF-8 and drop a byte order mark."""
    if isinstance(text, memoryview):
        text = text.tobytes()
    if not isinstance(text, str | bytes | bytearray):
        msg = f"expected JSON as str, bytes, bytearray or memoryview, not {type(text).__name__}"
        raise TypeError(msg)
    if len(text) > max_size:
        fail(ErrorDetail((), "too_large", size=len(text), limit=max_size))
    if not isinstance(text, str):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            byte, offset = error.object[error.start], error.start
            detail = ErrorDetail(
                (),
                "invalid_encoding",
                detail=f"byte {byte:#04x} at offset {offset}",
                detail_vi=f"byte {byte:#04x} tại vị trí {offset}",
            )
            raise ValidationError([detail]) from None
    return text.removeprefix(_BOM)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Write a record as JSON text: the same record, the same text, in every process.

    Compact by default; ``indent`` pretty-prints. Vietnamese is written unescaped.

    >>> from ipprogram import Person
    >>> to_json(Person(full_name="Đoàn Thu Hà"))
    '{"schema_version":2,"record_type":"Person","full_name":"Đoàn Thu Hà"}'
    """
    if indent is None:
        text = to_json_text(obj)
        if text is not None:
            return text
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        to_dict(obj),
        ensure_ascii=False,
        allow_nan=False,
        indent=indent,
        separators=separators,
    )


def from_json(
    cls: type[T],
    text: str | bytes | bytearray | memoryview,
    *,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> T:
    """Read a record of class ``cls`` from JSON text or UTF-8 bytes.

    Raises :class:`~ipprogram.errors.ValidationError` for bad JSON and bad data alike.
    ``max_size`` (characters, or bytes for bytes) and ``max_depth`` bound what is read.

    >>> from ipprogram import Person
    >>> from_json(Person, '{"full_name": "Đoàn Thu Hà"}').full_name
    'Đoàn Thu Hà'
    """
    return read_document(lambda _: cls, text, max_size=max_size, max_depth=max_depth)


#: The shortest text read by counting its keys (:func:`_read_counted`): in a shorter one,
#: the few objects cost the duplicate-key hook less than counting costs.
COUNTED_CHARS: Final = 512


def _countable(text: str) -> bool:
    r"""Whether every ``:`` a parsed string holds is a ``:`` of the text.

    ``\u003a`` in a string is a colon the text does not show; a text with no escape at
    all has none (one search for a backslash, at C speed).
    """
    return "\\" not in text or ("\\u003a" not in text and "\\u003A" not in text)


def _read_counted(choose: Callable[[object], type[T]], text: str, max_depth: int) -> object:
    """The record of a text parsed without the duplicate-key hook, or :data:`NOT_FAST`.

    In JSON the ``:`` outside strings separate each key from its value: one per key of
    the text. The counting loader reads every dict of the document, and the colons of
    its text values (:func:`ipprogram.io._fast.counting_loader`). When the text's colons
    less those in its strings are as many as the keys of the parsed dicts, no object of
    the text repeats a key: a repeated key is one colon more than the dict keeps. Any
    other count, or anything the loader does not build, is left to the full path,
    which parses again with the hook and says where each duplicate is.
    """
    value, flagged = _parse(text, max_depth, plain=True)
    if flagged or type(value) is not dict:
        return NOT_FAST
    try:
        cls = choose(value)
    except ValidationError:
        return NOT_FAST
    record, keys, colons = load_fast_counted(cls, value)
    if record is NOT_FAST or text.count(":") - colons != keys:
        return NOT_FAST
    return record


def read_document(
    choose: Callable[[object], type[T]],
    text: str | bytes | bytearray | memoryview,
    *,
    max_size: int,
    max_depth: int,
) -> T:
    """:func:`from_json` with the class chosen by ``choose`` from the parsed document.

    >>> from ipprogram import Person
    >>> read_document(lambda _: Person, '{"full_name": "Lê An"}', max_size=99, max_depth=9)
    Person(full_name='Lê An')
    """
    text = _decode(text, max_size)
    if len(text) >= COUNTED_CHARS and max_depth >= MAX_DEPTH and _countable(text):
        fast = _read_counted(choose, text, max_depth)
        if fast is not NOT_FAST:
            return typing.cast("T", fast)
    value, flagged = _parse(text, max_depth)
    try:
        cls = choose(value)
    except ValidationError:
        _check_parsed(text, value, max_depth, flagged=flagged)  # the text's problems first
        raise
    if not flagged and max_depth >= MAX_DEPTH and type(value) is dict:
        # A record the generated loader builds holds no lone surrogate (its text is
        # checked) and nests no deeper than MAX_DEPTH (its chains are bounded): the
        # checks of the parsed text are for the rest.
        fast = load_fast(cls, value)
        if fast is not NOT_FAST:
            return typing.cast("T", fast)
    _check_parsed(text, value, max_depth, flagged=flagged)
    return from_dict_within(cls, value, max_depth)
