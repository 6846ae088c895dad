"""JSON Lines: one record per line, read and written one at a time.

A file of a million records is read in bounded memory: :func:`iter_jsonl` parses and
validates one line, yields the record, and forgets the line. An invalid line raises a
:class:`LineError` that names the line, or, when the caller passes ``on_error``, is handed
to it and the reading goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

from ipprogram.errors import ErrorDetail, ValidationError
from ipprogram.io._json import MAX_DEPTH, MAX_SIZE, read_document, to_json

__all__ = ["LineError", "iter_documents", "iter_jsonl", "write_jsonl"]

T = TypeVar("T")


def _rebuild_line(line: int, errors: tuple[ErrorDetail, ...], count: int) -> LineError:
    return LineError(line, errors, count=count)


class LineError(ValidationError):
    """The problems of one line of a JSON Lines input; ``line`` counts from 1.

    >>> error = LineError(7, [ErrorDetail(("full_name",), "missing")])
    >>> print(error)
    line 7: 1 validation error:
      $.full_name: required field is missing [missing]
    """

    line: int

    def __init__(
        self, line: int, errors: Iterable[ErrorDetail], *, count: int | None = None
    ) -> None:
        """Wrap the details of line number ``line`` (``count`` problems in all)."""
        super().__init__(errors, count=count)
        self.line = line

    def to_dict(self) -> dict[str, object]:
        """The errors as a JSON-ready dict, with the line number.

        >>> LineError(2, [ErrorDetail((), "missing")]).to_dict()["line"]
        2
        """
        return {"line": self.line, **super().to_dict()}

    def __str__(self) -> str:
        return f"line {self.line}: {super().__str__()}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_line, (self.line, self.errors, self.count))


Source = IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes] | os.PathLike[str]


def _lines(source: Source, max_size: int) -> Iterator[str | bytes]:
    if isinstance(source, str | bytes | bytearray | memoryview):
        msg = (
            f"iter_jsonl() takes a file, a path (pathlib.Path) or an iterable of lines, not"
            f" {type(source).__name__}: open a file name with pathlib.Path(name), and split"
            " text with .splitlines()"
        )
        raise TypeError(msg)
    if isinstance(source, os.PathLike):
        with open(source, "rb") as file:  # noqa: PTH123 - a path or a file, as the caller has
            yield from _bounded(file, max_size)
        return
    if hasattr(source, "readline"):
        yield from _bounded(source, max_size)  # type: ignore[arg-type]
        return
    yield from source


def _bounded(file: IO[str] | IO[bytes], max_size: int) -> Iterator[str | bytes]:
    """The lines of a file, none read past ``max_size`` (and a line break).

    A line longer than that is given as far as it was read, to be refused as too
    large, and reading stops: where the next line starts is not known without reading
    the rest of this one, which may never end (``/dev/zero``).
    """
    while line := file.readline(max_size + 2):
        yield line
        ended = line.endswith(b"\n") if isinstance(line, bytes) else line.endswith("\n")
        if len(line) > max_size and not ended:
            return


def iter_jsonl(
    cls: type[T],
    source: Source,
    *,
    on_error: Callable[[LineError], object] | None = None,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Iterator[T]:
    r"""Read records of class ``cls`` from JSON Lines, one line at a time.

    ``source`` is a file opened in text or binary mode, a path, or any iterable of
    lines. Each line must be one JSON object (RFC 8259, read as strictly as
    :func:`~ipprogram.from_json` reads); a final newline is optional, an empty line is an
    error. A line longer than ``max_size`` is refused as too large, and ends the
    reading. Without ``on_error`` the first bad line raises :class:`LineError`; with it,
    each bad line's error is passed to ``on_error`` and reading goes on.

    >>> import io
    >>> from ipprogram import Person
    >>> text = '{"full_name": "Đoàn Thu Hà"}\n{"full_name": 3}\n'
    >>> [p.full_name for p in iter_jsonl(Person, io.StringIO(text), on_error=print)]
    line 2: 1 validation error:
      $.full_name: expected string, got integer [wrong_type]
    ['Đoàn Thu Hà']
    """
    return iter_documents(
        lambda _: cls, source, on_error=on_error, max_size=max_size, max_depth=max_depth
    )


def iter_documents(
    choose: Callable[[object], type[T]],
    source: Source,
    *,
    on_error: Callable[[LineError], object] | None = None,
    max_size: int = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Iterator[T]:
    """:func:`iter_jsonl` with each line's class chosen by ``choose`` from its parsed JSON.

    The command line reads a file of mixed records this way, each line by its
    ``"record_type"``.

    >>> from ipprogram import Person
    >>> [p.full_name for p in iter_documents(lambda _: Person, ['{"full_name": "Lê An"}'])]
    ['Lê An']
    """
    for number, raw in enumerate(_lines(source, max_size), start=1):
        line = raw.rstrip(b"\r\n") if isinstance(raw, bytes) else raw.rstrip("\r\n")
        try:
            record = read_document(choose, line, max_size=max_size, max_depth=max_depth)
        except ValidationError as error:
            located = LineError(number, error.errors, count=error.count)
            if on_error is None:
                raise located from None
            on_error(located)
            continue
        yield record


def write_jsonl(records: Iterable[object], file: IO[str]) -> int:
    """Write records to a text file as JSON Lines; return how many were written.

    Each line is :func:`~ipprogram.to_json` of one record, so the same records give the
    same bytes.

    >>> import io
    >>> from ipprogram import Person
    >>> out = io.StringIO()
    >>> write_jsonl([Person(full_name="Đoàn Thu Hà"), Person(full_name="Lê An")], out)
    2
    >>> out.getvalue().splitlines()[1]
    '{"schema_version":2,"record_type":"Person","full_name":"Lê An"}'
    """
    count = 0
    for record in records:
        file.write(to_json(record))
        file.write("\n")
        count += 1
    return count
