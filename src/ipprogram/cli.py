"""The ``ipprogram`` command: validate, render, convert and describe records from a shell.

Run ``ipprogram --help`` (or ``python -m ipprogram --help``). Exit status: 0 when every
input is valid, 1 when any record is invalid, 2 for a usage error or an unreadable file.
Errors go to standard output, one per line, so they can be piped; progress and
summaries go to standard error, progress only on a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Final

import attrs

import ipprogram
from ipprogram.errors import ValidationError
from ipprogram.examples import langson_2020, langson_programme
from ipprogram.io import LineError, from_json, iter_jsonl, json_schema, to_json, to_jsonld
from ipprogram.render import outcome_report, render

__all__ = ["RECORD_TYPES", "main"]

#: The record classes the command reads and writes, by name.
RECORD_TYPES: Final = {
    name: obj
    for name in ipprogram.__all__
    if isinstance(obj := getattr(ipprogram, name), type)
    and attrs.has(obj)
    and name != "PartialDate"  # written as a string, not a record
}
_LINE_SUFFIXES: Final = (".jsonl", ".ndjson")
_PROGRESS_EVERY: Final = 1000

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


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
        return sys.stdin.buffer
    try:
        return Path(name).open("rb")
    except OSError as error:
        msg = f"cannot read {name}: {error.strerror}"
        raise _UsageError(msg) from None


def _is_lines(name: str, wanted: str) -> bool:
    if wanted != "auto":
        return wanted == "jsonl"
    return name.endswith(_LINE_SUFFIXES)


Result = tuple[int | None, object | None, ValidationError | None]


def _records(name: str, cls: type, input_format: str) -> Iterator[Result]:
    """Each record of a file, or its error: (line or None, record, error)."""
    with _open(name) as file:
        if _is_lines(name, input_format):
            failures: list[LineError] = []
            record: object
            for record in iter_jsonl(cls, file, on_error=failures.append):
                while failures:
                    failure = failures.pop(0)
                    yield failure.line, None, failure
                yield None, record, None
            for failure in failures:
                yield failure.line, None, failure
            return
        data = file.read()
    try:
        yield None, from_json(cls, data), None
    except ValidationError as error:
        yield None, None, error


def _progress(count: int, started: float, *, done: bool = False) -> None:
    if not sys.stderr.isatty():
        return
    rate = count / max(time.perf_counter() - started, 1e-9)
    end = "\n" if done else ""
    print(f"\r{count:,} records, {rate:,.0f}/s", end=end, file=sys.stderr, flush=True)


def _validate(args: argparse.Namespace) -> int:
    cls, records, invalid = args.type, 0, 0
    started = time.perf_counter()
    for name in args.files:
        for line, _, error in _records(name, cls, args.input_format):
            records += 1
            if records % _PROGRESS_EVERY == 0:
                _progress(records, started)
            if error is None:
                continue
            invalid += 1
            where = f"{name}:{line}" if line is not None else name
            for detail in error.errors:
                print(f"{where}: {detail}")
    if records >= _PROGRESS_EVERY:
        _progress(records, started, done=True)
    noun = "record" if records == 1 else "records"
    print(f"{records} {noun} checked, {invalid} invalid", file=sys.stderr)
    return EXIT_INVALID if invalid else EXIT_OK


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
    texts = [
        _render_one(r, args.format) for r in _valid_records(args.file, args.type, args.input_format)
    ]
    sys.stdout.write("\n".join(texts))
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    records = _valid_records(args.file, args.type, args.input_format)
    out = sys.stdout
    if args.to == "jsonl":
        for record in records:
            out.write(to_json(record) + "\n")
        return EXIT_OK
    if args.to == "jsonld":
        items = [to_jsonld(record) for record in records]
        document = items[0] if len(items) == 1 else _graph(items)
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    items_json = [to_json(record, indent=2) for record in records]
    out.write(
        (items_json[0] if len(items_json) == 1 else "[\n" + ",\n".join(items_json) + "\n]") + "\n"
    )
    return EXIT_OK


def _graph(items: list[dict[str, object]]) -> dict[str, object]:
    """Several JSON-LD nodes as one document: the shared context once, then the graph."""
    context = items[0]["@context"]
    nodes = [{key: value for key, value in item.items() if key != "@context"} for item in items]
    return {"@context": context, "@graph": nodes}


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(args.type), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _example(args: argparse.Namespace) -> int:
    record: object = langson_programme() if args.which == "programme" else langson_2020()
    if args.format == "json":
        sys.stdout.write(to_json(record, indent=2) + "\n")
    elif args.format == "jsonld":
        sys.stdout.write(json.dumps(to_jsonld(record), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_render_one(record, args.format))
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
            default=ipprogram.Event,
            metavar="CLASS",
            help="the record class of the input (default: Event)",
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
    reading(validate)
    validate.set_defaults(run=_validate)

    render_command = command(
        "render",
        "Write records as Vietnamese text.",
        "ipprogram render event.json --format markdown",
    )
    render_command.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    render_command.add_argument("--format", choices=["text", "markdown"], default="text")
    reading(render_command)
    render_command.set_defaults(run=_render)

    convert = command(
        "convert",
        "Write records as JSON, JSON Lines or schema.org JSON-LD.",
        "ipprogram convert event.json --to jsonld",
    )
    convert.add_argument("file", metavar="FILE", help="a file, or - for stdin")
    convert.add_argument("--to", choices=["json", "jsonl", "jsonld"], required=True)
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
        status: int = args.run(args)
    except _UsageError as error:
        print(f"ipprogram: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _InvalidInputError as failure:
        for detail in failure.error.errors:
            print(f"{failure.where}: {detail}")
        return EXIT_INVALID
    except BrokenPipeError:  # the reader stopped early ("| head"): not an error
        sys.stderr.close()
        return EXIT_OK
    return status
