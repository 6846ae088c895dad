"""The one exception that bad data raises, and its catalogue of error codes.

Every problem found in an input is an :class:`ErrorDetail`: where it is (a JSON path in
the serialised keys, such as ``$.awards[1].recipients``), a stable code from
:data:`ERROR_CODES`, the offending value shortened for display, and a message in English
and in Vietnamese. :class:`ValidationError` carries all of them at once.

>>> from ipprogram import Person, ValidationError
>>> try:
...     Person(full_name="  ")
... except ValidationError as error:
...     print(error)
1 validation error:
  $.full_name: text must not be empty [empty_text]
"""

from __future__ import annotations

import enum
import reprlib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, NoReturn

from ipprogram._lazy import pattern

__all__ = [
    "ERROR_CODES",
    "MAX_ERRORS",
    "ErrorDetail",
    "Loc",
    "Problems",
    "ValidationError",
    "fail",
    "format_path",
]

#: Parameters of messages that callers give in both languages (``allowed`` and
#: ``allowed_vi``); without the Vietnamese one the Vietnamese message shows the English.
_TRANSLATED: Final = ("allowed", "reason", "detail")
#: The most details a :class:`ValidationError` keeps; it counts every one beyond.
MAX_ERRORS: Final = 1000

#: A location inside a record: keys (``str``) and list positions (``int``).
Loc = tuple[str | int, ...]

#: Every error code, with its English and Vietnamese message templates. Codes are stable:
#: they are never renamed or reused, so programs may branch on them.
ERROR_CODES: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "wrong_type": (
            "expected {expected}, got {actual}",
            "cần {expected_vi}, nhận được {actual_vi}",
        ),
        "missing": (
            "required field is missing",
            "thiếu trường bắt buộc",
        ),
        "unknown_key": (
            "unknown key {key!r}",
            "khóa không được phép {key!r}",
        ),
        "invalid_choice": (
            "{value} is not one of {allowed}",
            "{value} không thuộc các giá trị {allowed_vi}",
        ),
        "invalid_date": (
            "{value} is not a date in the form YYYY-MM-DD",
            "{value} không phải ngày dạng YYYY-MM-DD",
        ),
        "invalid_partial_date": (
            "{value} is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD",
            "{value} không phải ngày dạng YYYY, YYYY-MM, YYYY-MM-DD hoặc --MM-DD",
        ),
        "unreadable_date": (
            "{value} cannot be read as a date: {reason}",
            "không đọc được {value} thành ngày: {reason_vi}",
        ),
        "invalid_cell": (
            "cell {value} is not {expected}, it is {actual}",
            "ô {value} không phải {expected_vi}, mà là {actual_vi}",
        ),
        "unreadable_quantity": (
            "{value} cannot be read as a quantity: {reason}",
            "không đọc được {value} thành số liệu: {reason_vi}",
        ),
        "empty_text": (
            "text must not be empty",
            "văn bản không được để trống",
        ),
        "invalid_text": (
            "text contains {problem}",
            "văn bản chứa {problem_vi}",
        ),
        "negative": (
            "must not be negative, got {value}",
            "không được âm, nhận được {value}",
        ),
        "out_of_range": (
            "must be between {low} and {high}, got {value}",
            "phải từ {low} đến {high}, nhận được {value}",
        ),
        "period_order": (
            "the start {start} is after the end {end}",
            "ngày bắt đầu {start} sau ngày kết thúc {end}",
        ),
        "date_order": (
            "{later} ({later_value}) is before {earlier} ({earlier_value})",
            "{later} ({later_value}) trước {earlier} ({earlier_value})",
        ),
        "empty_period": (
            "a period needs a start or an end",
            "khoảng thời gian cần có ngày bắt đầu hoặc ngày kết thúc",
        ),
        "too_many_recipients": (
            "{named} named {kind} recipients but only {counted} counted",
            "có {named} người/đơn vị nhận ({kind_vi}) được nêu tên nhưng chỉ đếm {counted}",
        ),
        "duplicate": (
            "{what} {value} appears more than once",
            "{what_vi} {value} xuất hiện nhiều lần",
        ),
        "unknown_reference": (
            "no {what} with id {value} in this record",
            "không có {what_vi} nào có mã {value} trong bản ghi này",
        ),
        "invalid_identifier": (
            "{value} is not a valid {what}: {reason}",
            "{value} không phải {what_vi} hợp lệ: {reason_vi}",
        ),
        "unknown_place": (
            "no {what} has code {value}",
            "không có {what_vi} nào mang mã {value}",
        ),
        "not_in_force": (
            "{name} did not exist on {date}{hint}",
            "{name} không tồn tại vào ngày {date}{hint_vi}",
        ),
        "unknown_field": (
            "{value} names no field of the record: {reason}",
            "{value} không phải một trường của bản ghi: {reason}",
        ),
        "tally_sum": (
            "the parts add up to {parts}, not the total {total}",
            "các phần cộng lại được {parts}, không phải tổng số {total}",
        ),
        "inconsistent": (
            "{detail}",
            "{detail_vi}",
        ),
        "missing_tag": (
            "missing 'type': one of {allowed}",
            "thiếu 'type': một trong {allowed}",
        ),
        "unknown_tag": (
            "unknown type {value}: one of {allowed}",
            "không có loại {value}: một trong {allowed}",
        ),
        "wrong_record_type": (
            "this document holds a record of type {value}, not {expected}",
            "tài liệu này chứa bản ghi loại {value}, không phải {expected}",
        ),
        "unsupported_version": (
            "schema version {value} is not supported; this library reads {supported}",
            "không hỗ trợ phiên bản lược đồ {value}; thư viện đọc được {supported}",
        ),
        "json_syntax": (
            "not valid JSON: {detail} at line {line}, column {column}",
            "JSON không hợp lệ: {detail_vi} tại dòng {line}, cột {column}",
        ),
        "duplicate_key": (
            "key {key!r} appears more than once in this object",
            "khóa {key!r} xuất hiện nhiều lần trong đối tượng này",
        ),
        "invalid_number": (
            "{value} is not allowed in JSON",
            "JSON không cho phép {value}",
        ),
        "too_large": (
            "input of {size} characters is over the limit of {limit}",
            "dữ liệu vào dài {size} ký tự, vượt giới hạn {limit}",
        ),
        "too_deep": (
            "input is nested deeper than the limit of {limit} levels",
            "dữ liệu vào lồng sâu hơn giới hạn {limit} cấp",
        ),
        "invalid_encoding": (
            "input is not UTF-8: {detail}",
            "dữ liệu vào không phải UTF-8: {detail_vi}",
        ),
    }
)

_IDENTIFIER = pattern(r"[A-Za-z_][A-Za-z0-9_]*\Z", globals())
_MAX_VALUE_CHARS = 60

#: Vietnamese names of the types that ``wrong_type`` messages mention.
_TYPE_NAMES_VI: Final[Mapping[str, str]] = {
    "string": "chuỗi",
    "integer": "số nguyên",
    "boolean": "giá trị đúng/sai",
    "object": "đối tượng",
    "array": "mảng",
    "number": "số",
    "null": "null",
    "date": "ngày",
    "tuple": "bộ giá trị",
}


def format_path(loc: Loc) -> str:
    """Write a location as a JSON path: ``$``, then ``.key`` or ``[index]`` per step.

    Keys that are not identifiers are quoted, so every path reads back unambiguously.

    >>> format_path(("awards", 1, "recipients"))
    '$.awards[1].recipients'
    >>> format_path(("tên có dấu",))
    '$["tên có dấu"]'
    >>> format_path(())
    '$'
    """
    parts = ["$"]
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif _IDENTIFIER.match(step):
            parts.append(f".{step}")
        else:
            parts.append(f'["{escape_key(step)}"]')
    return "".join(parts)


def escape_key(key: str) -> str:
    r"""A key as a path shows it: escaped so that it prints as it is, on one line.

    Quotes and backslashes get a backslash; every character that could not be printed
    or could forge output is written ``\uXXXX``: control characters (a newline, ESC),
    format characters (bidirectional overrides), line and paragraph separators and lone
    surrogates.

    >>> print(escape_key('a"b\nc\x1b[31m'))
    a\"b\u000ac\u001b[31m
    >>> escape_key("\ud800")
    '\\ud800'
    """
    out = []
    for char in key:
        if char in '"\\':
            out.append("\\" + char)
        elif unicodedata.category(char) in _UNPRINTABLE:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


#: Unicode categories escaped in paths: controls, format characters, surrogates,
#: private use, unassigned, and the line and paragraph separators.
_UNPRINTABLE: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxdict = _REPR.maxlist = _REPR.maxtuple = 4
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = _MAX_VALUE_CHARS


def _shorten(value: object) -> str:
    """``repr`` of any value, however deep or large, cut to 60 characters."""
    try:
        text = _REPR.repr(value)
    except (ValueError, RecursionError):  # ints past the digit limit, cycles of containers
        text = f"<{type(value).__name__}>"
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 1] + "…"
    return text


class ErrorDetail:
    """One problem in an input: where, which rule, what value and why.

    >>> detail = ErrorDetail(("awards", 0, "date"), "invalid_date", value="2020-13-01")
    >>> detail.path
    '$.awards[0].date'
    >>> detail.message
    "'2020-13-01' is not a date in the form YYYY-MM-DD"
    >>> detail.message_vi
    "'2020-13-01' không phải ngày dạng YYYY-MM-DD"
    """

    __slots__ = ("code", "loc", "message", "message_vi", "value")

    loc: Loc
    code: str
    value: str | None
    message: str
    message_vi: str

    def __init__(
        self,
        loc: Loc,
        code: str,
        *,
        value: object = None,
        **params: object,
    ) -> None:
        """Build a detail from a location, a code of :data:`ERROR_CODES` and its fields.

        ``value`` is the offending input; it is kept shortened (``repr``, at most 60
        characters). ``params`` fill the message templates.
        """
        english, vietnamese = ERROR_CODES[code]
        shown = _shorten(value)
        fields = {**params, "value": shown}
        for name in _TRANSLATED:  # a detail given in English only: shown as it is
            if name in params and f"{name}_vi" not in params:
                fields[f"{name}_vi"] = params[name]
        self.loc = loc
        self.code = code
        self.value = None if value is None else shown
        self.message = english.format(**fields)
        self.message_vi = vietnamese.format(**fields)

    @property
    def path(self) -> str:
        """The location as a JSON path, such as ``$.awards[1].recipients``."""
        return format_path(self.loc)

    def at(self, prefix: Loc) -> ErrorDetail:
        """Return the same detail placed below ``prefix``.

        >>> ErrorDetail(("count",), "missing").at(("awards", 2)).path
        '$.awards[2].count'
        """
        moved = object.__new__(ErrorDetail)
        moved.loc = prefix + self.loc
        moved.code = self.code
        moved.value = self.value
        moved.message = self.message
        moved.message_vi = self.message_vi
        return moved

    def to_dict(self) -> dict[str, str | None]:
        """Return the detail as a JSON-ready dict (for a web form, say).

        >>> ErrorDetail(("x",), "missing").to_dict()["code"]
        'missing'
        """
        return {
            "path": self.path,
            "code": self.code,
            "value": self.value,
            "message": self.message,
            "message_vi": self.message_vi,
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorDetail):
            return NotImplemented
        return (self.loc, self.code, self.value, self.message) == (
            other.loc,
            other.code,
            other.value,
            other.message,
        )

    def __hash__(self) -> int:
        return hash((self.loc, self.code, self.value, self.message))

    def __repr__(self) -> str:
        return f"ErrorDetail(path={self.path!r}, code={self.code!r}, message={self.message!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


def type_name(value: object) -> str:
    """Name the JSON type of a value, for ``wrong_type`` messages.

    A subclass of a JSON type (an ``IntEnum`` member) is named by its class.

    >>> type_name("x"), type_name(3), type_name(True), type_name(None), type_name([])
    ('string', 'integer', 'boolean', 'null', 'array')
    >>> import enum
    >>> type_name(enum.IntEnum("Level", "LOW HIGH").HIGH)
    'Level'
    """
    if isinstance(value, enum.Enum):
        return type(value).__name__
    match value:
        case bool():
            return "boolean"
        case int():
            return "integer"
        case float():
            return "number"
        case str():
            return "string"
        case None:
            return "null"
        case list() | tuple():
            return "array"
        case dict():
            return "object"
        case _:
            return type(value).__name__


def wrong_type(loc: Loc, expected: str, value: object) -> ErrorDetail:
    """Build a ``wrong_type`` detail for ``value`` where ``expected`` was wanted.

    >>> print(wrong_type(("count",), "integer", "3"))
    $.count: expected integer, got string [wrong_type]
    """
    actual = type_name(value)
    return ErrorDetail(
        loc,
        "wrong_type",
        value=value,
        expected=expected,
        expected_vi=_TYPE_NAMES_VI.get(expected, expected),
        actual=actual,
        actual_vi=_TYPE_NAMES_VI.get(actual, actual),
    )


class Problems:
    """A bounded list of details: the first ``MAX_ERRORS`` kept, every one counted.

    What collects problems collects them here, so that input with a million bad items
    holds a thousand details, not a million; ``len()`` is the exact count.

    >>> out = Problems()
    >>> out.extend(ErrorDetail((i,), "negative", value=-1) for i in range(1500))
    >>> len(out), len(out.details)
    (1500, 1000)
    """

    __slots__ = ("count", "details")

    def __init__(self) -> None:
        """Start empty."""
        self.details: list[ErrorDetail] = []
        self.count = 0

    def append(self, detail: ErrorDetail) -> None:
        """Count ``detail``, and keep it while fewer than ``MAX_ERRORS`` are kept."""
        self.count += 1
        if len(self.details) < MAX_ERRORS:
            self.details.append(detail)

    def extend(self, details: Iterable[ErrorDetail]) -> None:
        """Append each of ``details``."""
        for detail in details:
            self.append(detail)

    def add(self, error: ValidationError, prefix: Loc = ()) -> None:
        """Add the details of ``error`` below ``prefix``, counting those it did not keep."""
        for detail in error.errors:
            self.append(detail.at(prefix))
        self.count += error.count - len(error.errors)

    def merge(self, other: Problems) -> None:
        """Add what ``other`` found, kept and counted."""
        for detail in other.details:
            self.append(detail)
        self.count += other.count - len(other.details)

    def __len__(self) -> int:
        """The number of problems found, kept or not."""
        return self.count

    def __bool__(self) -> bool:
        """Whether any problem was found."""
        return self.count > 0

    def __iter__(self) -> Iterator[ErrorDetail]:
        """The details kept, in the order they were found."""
        return iter(self.details)

    def error(self) -> ValidationError:
        """The :class:`ValidationError` of what was found (there must be something)."""
        return ValidationError(self.details, count=self.count)


class ValidationError(ValueError):
    """Raised for bad data, with every problem found.

    ``errors`` holds one :class:`ErrorDetail` per problem, in the order they were found,
    the first ``MAX_ERRORS`` (1000) of them; ``count`` is how many problems there are in
    all, and the message ends "... and N more" when some were not kept.
    It is the only exception :func:`ipprogram.from_dict` and :func:`ipprogram.from_json`
    raise for bad input, and what every model class raises on construction.

    >>> from ipprogram import from_dict, Period
    >>> try:
    ...     from_dict(Period, {"start": "2020", "end": "2016", "note": 1})
    ... except ValidationError as error:
    ...     [(d.path, d.code) for d in error.errors]
    [('$.start', 'period_order'), ('$.note', 'unknown_key')]
    """

    errors: tuple[ErrorDetail, ...]
    count: int

    def __init__(self, errors: Iterable[ErrorDetail], *, count: int | None = None) -> None:
        """Wrap one or more details; there must be at least one.

        Of more than ``MAX_ERRORS`` details only the first are kept; ``count`` is
        the number of problems when it is more than the details given.
        """
        kept = Problems()
        kept.extend(errors)
        self.errors = tuple(kept.details)
        self.count = max(kept.count, count or 0)
        if not self.errors:
            msg = "a ValidationError needs at least one ErrorDetail"
            raise ValueError(msg)
        super().__init__(self.errors)

    def at(self, prefix: Loc) -> ValidationError:
        """Return the same error with every detail placed below ``prefix``."""
        return ValidationError((detail.at(prefix) for detail in self.errors), count=self.count)

    def to_dict(self) -> dict[str, object]:
        """Return the errors as a JSON-ready dict: the details, and their ``count``.

        >>> from ipprogram import Person
        >>> try:
        ...     Person(full_name="")
        ... except ValidationError as error:
        ...     error.to_dict()["errors"][0]["path"], error.to_dict()["count"]
        ('$.full_name', 1)
        """
        return {"errors": [detail.to_dict() for detail in self.errors], "count": self.count}

    def __str__(self) -> str:
        count = self.count
        head = f"{count} validation error{'s' if count != 1 else ''}:"
        lines = [head, *(f"  {detail}" for detail in self.errors)]
        if count > len(self.errors):
            lines.append(f"  ... and {count - len(self.errors)} more")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.errors, self.count))


def _rebuild(errors: tuple[ErrorDetail, ...], count: int) -> ValidationError:
    return ValidationError(errors, count=count)


def expect(value: object, expected: type | tuple[type, ...], function: str) -> None:
    """Raise :class:`TypeError` saying what ``function`` takes when ``value`` is not it.

    API misuse (a wrong argument, not bad data) is a ``TypeError`` that names what was
    expected, never an ``AttributeError`` from inside.

    >>> expect(None, str, "ascii_fold")
    Traceback (most recent call last):
    TypeError: ascii_fold() takes a str, not NoneType
    """
    if not isinstance(value, expected) or (
        isinstance(value, bool)
        and bool not in (expected if isinstance(expected, tuple) else (expected,))
    ):
        names = expected if isinstance(expected, tuple) else (expected,)
        wanted = " or ".join(cls.__name__ for cls in names)
        article = "an" if wanted[:1].lower() in "aeiou" else "a"
        msg = f"{function}() takes {article} {wanted}, not {type(value).__name__}"
        raise TypeError(msg)


def fail(detail: ErrorDetail) -> NoReturn:
    """Raise a :class:`ValidationError` of one detail.

    >>> fail(ErrorDetail(("count",), "negative", value=-1))
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.count: must not be negative, got -1 [negative]
    """
    raise ValidationError([detail])
