"""The ``ipprogram`` command: validate, render, convert and describe records from a shell.

Run ``ipprogram --help`` (or ``python -m ipprogram --help``). Exit status: 0 when every
input is valid, 1 when any record is invalid, 2 for a usage error or an unreadable file,
3 when the output cannot be written (a full disk, a closed stream, a reader that stopped
early), 130 when interrupted. ``validate`` prints problems to standard output, one per
line, so they can be piped; the other commands print them to standard error, apart from
what they write. Progress and summaries go to standard error, progress only on a
terminal. Output is UTF-8 whatever the locale or ``PYTHONIOENCODING`` says.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
import typing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, Final

import attrs

import ipprogram
from ipprogram.errors import ErrorDetail, ValidationError
from ipprogram.examples import langson_2020, langson_programme
from ipprogram.io import LineError, json_schema, loads, to_json, to_jsonld
from ipprogram.io._json import MAX_DEPTH, MAX_SIZE
from ipprogram.io.converter import RECORD_KEY, from_dict_within
from ipprogram.io.jsonl import iter_documents
from ipprogram.render import outcome_report, render
from ipprogram.render.html import to_html_page

__all__ = ["RECORD_TYPES", "main"]

#: The record classes the command reads and writes, by name.
RECORD_TYPES: Final = MappingProxyType(
    {
        name: obj
        for name in ipprogram.__all__
        if isinstance(obj := getattr(ipprogram, name), type)
        and attrs.has(obj)
        and name != "PartialDate"  # written as a string, not a record
    }
)
_LINE_SUFFIXES: Final = (".jsonl", ".ndjson")
_PROGRESS_EVERY: Final = 1000

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
#: The status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED: Final = 130
#: What conversions hold in memory before they spill to a temporary file.
_SPOOL_BYTES: Final = 8 * 1024 * 1024


class _OutputError(Exception):
    """The output could not be written: exit status 3."""


def _encode(text: str) -> bytes:
    """Text as UTF-8; a file name's undecodable bytes (surrogate escapes) as they were."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _write(stream: IO[str] | None, text: str) -> None:
    """Write UTF-8 text to a standard stream, whatever its encoding; refuse a closed one."""
    if stream is None or stream.closed:
        msg = "the output stream is closed"
        raise _OutputError(msg)
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text)
        else:
            stream.flush()
            buffer.write(_encode(text))
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        raise _OutputError(_reason(error)) from None


def _reason(error: OSError | ValueError) -> str:
    """Why a write failed, as the system says it ("No space left on device")."""
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)


def _out(text: str) -> None:
    _write(sys.stdout, text)


def _err(text: str) -> None:
    """A message to standard error; if even that is closed, it is dropped."""
    with contextlib.suppress(_OutputError, OSError):
        _write(sys.stderr, text)


class _UsageError(Exception):
    """A problem with the command line or its files: exit status 2."""


def _record_type(name: str) -> type:
    for known, cls in RECORD_TYPES.items():
        if known.lower() == name.lower():
            return cls
    choices = ", ".join(sorted(RECORD_TYPES))
    msg = f"unknown record type {name!r}; choose one of: {choices}"
    raise argparse.ArgumentTypeError(msg)


def _open(name: str) -> IO[bytes]:
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            msg = "cannot read standard input: it is closed"
            raise _UsageError(msg)
        return sys.stdin.buffer
    try:
        return Path(name).open("rb")
    except OSError as error:
        msg = f"cannot read {name}: {error.strerror or error}"
        raise _UsageError(msg) from None


def _read_whole(name: str, file: IO[bytes]) -> bytes:
    """A file's content, reading at most one byte past the size limit."""
    try:
        return file.read(MAX_SIZE + 1)
    except OSError as error:
        msg = f"cannot read {name}: {error.strerror or error}"
        raise _UsageError(msg) from None
    except MemoryError:
        msg = f"cannot read {name}: not enough memory"
        raise _UsageError(msg) from None


def _is_lines(name: str, wanted: str) -> bool:
    if wanted != "auto":
        return wanted == "jsonl"
    return name.endswith(_LINE_SUFFIXES)


Result = tuple[int | None, object | None, ValidationError | None]


def _chooser(given: type | None) -> Callable[[object], type]:
    """How a document's class is chosen: ``--type``, else its ``record_type``, else Event."""

    def choose(data: object) -> type:
        if given is not None:
            return given
        name = data.get(RECORD_KEY) if isinstance(data, dict) else None
        found = RECORD_TYPES.get(name) if isinstance(name, str) else None
        return ipprogram.Event if found is None else found

    return choose


class _Reading:
    """How far the reading has gone: the bytes of the files done and of the open one."""

    def __init__(self, names: Sequence[str]) -> None:
        sizes = [_size(name) for name in names]
        self.total = None if None in sizes else sum(typing.cast("list[int]", sizes))
        self.done = 0
        self.file: IO[bytes] | None = None

    def position(self) -> int | None:
        """The bytes read so far, or ``None`` when that is not known."""
        if self.total is None:
            return None
        try:
            inside = 0 if self.file is None or self.file.closed else self.file.tell()
        except (OSError, ValueError):
            return None
        return self.done + inside


def _size(name: str) -> int | None:
    """A file's size in bytes, or ``None`` for standard input and what is not a file."""
    if name == "-":
        return None
    try:
        path = Path(name)
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


def _records(
    name: str, given: type | None, input_format: str, reading: _Reading | None = None
) -> Iterator[Result]:
    """Each record of a file, or its error: (line or None, record, error)."""
    choose = _chooser(given)
    with _open(name) as file:
        if reading is not None:
            reading.file = file
        if _is_lines(name, input_format):
            failures: list[LineError] = []
            record: object
            try:
                for record in iter_documents(choose, file, on_error=failures.append):
                    while failures:
                        failure = failures.pop(0)
                        yield failure.line, None, failure
                    yield None, record, None
            except OSError as error:
                msg = f"cannot read {name}: {error.strerror or error}"
                raise _UsageError(msg) from None
            for failure in failures:
                yield failure.line, None, failure
            return
        data = _read_whole(name, file)
    try:
        value = loads(data)
        yield None, from_dict_within(choose(value), value, MAX_DEPTH), None
    except ValidationError as error:
        yield None, None, error


def _progress(
    count: int, started: float, reading: _Reading | None = None, *, done: bool = False
) -> None:
    """The count and rate on a terminal; with the input's size known, the share and time left."""
    if not sys.stderr.isatty():
        return
    elapsed = max(time.perf_counter() - started, 1e-9)
    text = f"\r{count:,} records, {count / elapsed:,.0f}/s"
    position = None if reading is None or done else reading.position()
    if position and reading is not None and reading.total:
        share = position / reading.total
        left = elapsed * (reading.total - position) / position
        text += f", {share:.0%} of {_megabytes(reading.total)}, about {left:,.0f} s left"
    _err(text + ("\n" if done else ""))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


def _validate(args: argparse.Namespace) -> int:
    cls, records, invalid = args.type, 0, 0
    started = time.perf_counter()
    reading = _Reading(args.files)
    for name in args.files:
        for line, _, error in _records(name, cls, args.input_format, reading):
            records += 1
            if records % _PROGRESS_EVERY == 0:
                _progress(records, started, reading)
            if error is None:
                continue
            invalid += 1
            if args.format == "json":
                _out(_json_details(name, line, error))
                continue
            where = f"{name}:{line}" if line is not None else name
            _print_details(where, error, lang=args.lang)
        reading.done += _size(name) or 0
    if records >= _PROGRESS_EVERY:
        _progress(records, started, done=True)
    noun = "record" if records == 1 else "records"
    _err(f"{records} {noun} checked, {invalid} invalid\n")
    return EXIT_INVALID if invalid else EXIT_OK


def _print_details(
    where: str, error: ValidationError, *, to_stderr: bool = False, lang: str = "en"
) -> None:
    """One line per detail kept, and one for those counted beyond them."""
    lines = [f"{where}: {_shown(detail, lang)}\n" for detail in error.errors]
    more = error.count - len(error.errors)
    if more > 0:
        lines.append(f"{where}: ... {'và' if lang == 'vi' else 'and'} {more} {_MORE[lang]}\n")
    (_err if to_stderr else _out)("".join(lines))


_MORE: Final = MappingProxyType({"en": "more", "vi": "lỗi khác"})


def _shown(detail: ErrorDetail, lang: str) -> str:
    """A detail as one line, its message in English or Vietnamese."""
    message = detail.message_vi if lang == "vi" else detail.message
    return f"{detail.path}: {message} [{detail.code}]"


def _json_details(name: str, line: int | None, error: ValidationError) -> str:
    """The problems of one record as JSON Lines: file, line, then the detail's fields."""
    where: dict[str, object] = {"file": name, "line": line}
    rows = [{**where, **detail.to_dict()} for detail in error.errors]
    if error.count > len(error.errors):
        rows.append({**where, "more": error.count - len(error.errors)})
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _valid_records(name: str, cls: type, input_format: str) -> Iterator[object]:
    """The records of a file; the first invalid one ends the command with status 1."""
    for line, record, error in _records(name, cls, input_format):
        if error is not None:
            where = f"{name}:{line}" if line is not None else name
            raise _InvalidInputError(where, error)
        yield record


class _InvalidInputError(Exception):
    def __init__(self, where: str, error: ValidationError) -> None:
        super().__init__(where)
        self.where = where
        self.error = error


def _render_one(record: object, output_format: str) -> str:
    if isinstance(record, ipprogram.Programme):
        return outcome_report(record)
    text = render(record)
    if output_format == "markdown" and isinstance(record, ipprogram.Event):
        title, _, rest = text.partition("\n\n")
        return f"# {title}\n\n{rest}\n"
    return text + "\n"


def _render(args: argparse.Namespace) -> int:
    records = list(_valid_records(args.file, args.type, args.input_format))
    if args.format == "html":
        if records:
            _out(to_html_page(records))
        return EXIT_OK
    _out("\n".join(_render_one(record, args.format) for record in records))
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    """Write every record, or nothing; with ``--keep-going``, the valid ones.

    Without ``--keep-going`` the output is held (in memory, then a temporary file) until
    every record has been read, so a bad record leaves the output empty. Problems always
    go to standard error, never into the output.
    """
    invalid = 0
    if args.keep_going:

        def records() -> Iterator[object]:
            nonlocal invalid
            for line, record, error in _records(args.file, args.type, args.input_format):
                if error is None:
                    yield record
                    continue
                invalid += 1
                where = f"{args.file}:{line}" if line is not None else args.file
                _print_details(where, error, to_stderr=True, lang=args.lang)

        source: Iterator[object] = records()
    else:
        source = _valid_records(args.file, args.type, args.input_format)
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as held:
        _hold(held, args.to, source)
        held.seek(0)
        while chunk := held.read(1 << 16):
            _out(chunk.decode("utf-8", "surrogateescape"))
    return EXIT_INVALID if invalid else EXIT_OK


def _hold(held: IO[bytes], to: str, source: Iterator[object]) -> None:
    """Write the converted records to ``held``."""
    if to == "jsonl":
        for record in source:
            held.write(_encode(to_json(record) + "\n"))
    elif to == "jsonld":
        items = [to_jsonld(record) for record in source]
        if items:
            document = items[0] if len(items) == 1 else _graph(items)
            held.write(_encode(json.dumps(document, ensure_ascii=False, indent=2) + "\n"))
    else:
        items_json = [to_json(record, indent=2) for record in source]
        if items_json:
            whole = items_json[0] if len(items_json) == 1 else _array(items_json)
            held.write(_encode(whole + "\n"))


def _array(items: list[str]) -> str:
    return "[\n" + ",\n".join(items) + "\n]"


def _graph(items: list[dict[str, object]]) -> dict[str, object]:
    """Several JSON-LD nodes as one document: the shared context once, then the graph."""
    context = items[0]["@context"]
    nodes = [{key: value for key, value in item.items() if key != "@context"} for item in items]
    return {"@context": context, "@graph": nodes}


def _schema(args: argparse.Namespace) -> int:
    _out(json.dumps(json_schema(args.type), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _example(args: argparse.Namespace) -> int:
    record: object = langson_programme() if args.which == "programme" else langson_2020()
    if args.format == "json":
        _out(to_json(record, indent=2) + "\n")
    elif args.format == "jsonld":
        _out(json.dumps(to_jsonld(record), ensure_ascii=False, indent=2) + "\n")
    else:
        _out(_render_one(record, args.format))
    return EXIT_OK


_EPILOG: Final = """\
examples:
  ipprogram example --format json > event.json
  ipprogram validate event.json records.jsonl
  cat records.jsonl | ipprogram validate --input-format jsonl -
  ipprogram render event.json
  ipprogram convert event.json --to jsonld
  ipprogram schema Programme > programme.schema.json
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ipprogram",
        description="Validate, render and convert records of IP programmes in Viet Nam.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ipprogram {ipprogram.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, example: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    def reading(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--type",
            type=_record_type,
            default=None,
            metavar="CLASS",
            help=(
                "the record class of the input (default: what each document's"
                f' "{RECORD_KEY}" says, else Event)'
            ),
        )
        sub.add_argument(
            "--lang",
            choices=["en", "vi"],
            default="en",
            help="the language of problem messages (default: en; never the system locale)",
        )
        sub.add_argument(
            "--input-format",
            choices=["auto", "json", "jsonl"],
            default="auto",
            help="JSON, or JSON Lines (default: by file name, .jsonl or .ndjson; JSON for -)",
        )

    example = command("example", "Print a built-in record.", "ipprogram example --format json")
    example.add_argument("--which", choices=["event", "programme"], default="event")
    example.add_argument("--format", choices=["text", "markdown", "json", "jsonld"], default="text")
    example.set_defaults(run=_example)

    validate = command(
        "validate",
        "Check files of records; print each problem with its file, line and path.",
        "ipprogram validate event.json more.jsonl",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for stdin")
    validate.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="problems as lines of text, or as JSON Lines, one object per problem",
    )
    reading(validate)
    validate.set_defaults(run=_validate)

    render_command = command(
        "render",
        "Write records as Vietnamese text.",
        "ipprogram render event.json --format markdown",
    )
    render_command.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    render_command.add_argument("--format", choices=["text", "markdown", "html"], default="text")
    reading(render_command)
    render_command.set_defaults(run=_render)

    convert = command(
        "convert",
        "Write records as JSON, JSON Lines or schema.org JSON-LD.",
        "ipprogram convert event.json --to jsonld",
    )
    convert.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    convert.add_argument("--to", choices=["json", "jsonl", "jsonld"], required=True)
    convert.add_argument(
        "--keep-going",
        action="store_true",
        help=(
            "write the valid records and report the others on standard error (exit 1);"
            " by default one bad record means no output"
        ),
    )
    reading(convert)
    convert.set_defaults(run=_convert)

    schema = command(
        "schema", "Print the JSON Schema (2020-12) of a record class.", "ipprogram schema Programme"
    )
    schema.add_argument(
        "type",
        nargs="?",
        type=_record_type,
        default=ipprogram.Event,
        metavar="CLASS",
        help="the record class (default: Event)",
    )
    schema.set_defaults(run=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["schema", "Person"])  # doctest: +ELLIPSIS
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      ...
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        try:
            status: int = args.run(args)
        finally:
            _flush()
    except _UsageError as error:
        _err(f"ipprogram: {error}\n")
        return EXIT_USAGE
    except _InvalidInputError as failure:
        lang = getattr(args, "lang", "en")
        _print_details(
            failure.where, failure.error, to_stderr=args.command != "validate", lang=lang
        )
        return EXIT_INVALID
    except BrokenPipeError:
        _silence_stdout()  # the reader stopped early ("| head"): the output is incomplete
        _err("ipprogram: the output was closed before everything was written\n")
        return EXIT_OUTPUT
    except _OutputError as error:
        _silence_stdout()
        _err(f"ipprogram: cannot write the output: {error}\n")
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        _err("ipprogram: interrupted\n")
        return EXIT_INTERRUPTED
    return status


def _flush() -> None:
    """Flush standard output now, so that a full disk is reported, not ignored at exit."""
    stream = sys.stdout
    if stream is None or stream.closed:
        return
    try:
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        raise _OutputError(_reason(error)) from None


def _silence_stdout() -> None:
    """Point standard output at the null device, so the exit flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
