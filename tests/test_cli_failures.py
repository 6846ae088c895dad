"""The command under hostile conditions: every failure is one line and a documented status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram.cli import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OUTPUT, EXIT_USAGE

COMMAND = [sys.executable, "-m", "ipprogram"]
LINE = ip.to_json(ip.examples.langson_2020())


def run(
    args: list[str], *, line: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the command (or a shell line using it as ``$IPP``); both streams as bytes."""
    environment = {**os.environ, **(env or {}), "IPP": " ".join(COMMAND)}
    if line is not None:
        return subprocess.run(  # noqa: S602 - a fixed shell line of our own
            line,
            shell=True,
            executable="/bin/bash",
            capture_output=True,
            env=environment,
            check=False,
            cwd=args[0],
        )
    return subprocess.run(COMMAND + args, capture_output=True, env=environment, check=False)  # noqa: S603


def one_message(result: subprocess.CompletedProcess[bytes]) -> str:
    """Standard error holds one line of message, no traceback."""
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("ipprogram: ")
    return lines[0]


@pytest.fixture
def bad_lines(tmp_path: Path) -> Path:
    """Three records, the second invalid."""
    path = tmp_path / "bad.jsonl"
    path.write_text(f'{LINE}\n{{"kind": "workshop", "date": "x"}}\n{LINE}\n', encoding="utf-8")
    return path


def test_a_conversion_with_a_bad_record_writes_nothing(bad_lines: Path) -> None:
    """By default, all or nothing: no records on stdout, the problem on stderr."""
    result = run(["convert", str(bad_lines), "--to", "jsonl"])
    assert result.returncode == EXIT_INVALID
    assert result.stdout == b""
    assert b"bad.jsonl:2: $.date:" in result.stderr


def test_keep_going_writes_the_valid_records_and_reports_the_rest(bad_lines: Path) -> None:
    """--keep-going: the two valid records on stdout, only records there; problems apart."""
    result = run(["convert", str(bad_lines), "--to", "jsonl", "--keep-going"])
    assert result.returncode == EXIT_INVALID
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines == [LINE, LINE]
    assert result.stderr.decode("utf-8").splitlines() == [
        (
            f"{bad_lines}:2: $.date: 'x' is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or"
            " --MM-DD [invalid_partial_date]"
        )
    ]


def test_a_broken_pipe_is_not_success(tmp_path: Path, bad_lines: Path) -> None:
    """`validate many.jsonl | head -n1`: the reader stopped, the command says so."""
    many = tmp_path / "many.jsonl"
    many.write_text(bad_lines.read_text(encoding="utf-8") * 2000, encoding="utf-8")
    result = run(
        [str(tmp_path)], line='$IPP validate many.jsonl | head -n1; exit "${PIPESTATUS[0]}"'
    )
    assert result.returncode == EXIT_OUTPUT
    assert result.stdout.count(b"\n") == 1
    assert "output was closed" in one_message(result)


def test_a_full_disk_is_reported(tmp_path: Path) -> None:
    """`> /dev/full`: the write fails, once, with the reason."""
    result = run([str(tmp_path)], line="$IPP example --format json > /dev/full")
    assert result.returncode == EXIT_OUTPUT
    assert one_message(result) == "ipprogram: cannot write the output: No space left on device"


def test_closed_streams(tmp_path: Path) -> None:
    """A closed stdout or stdin is a message and a status, not a traceback."""
    closed_out = run([str(tmp_path)], line="$IPP example --format json >&-")
    assert closed_out.returncode == EXIT_OUTPUT
    assert "cannot write the output" in one_message(closed_out)
    closed_in = run([str(tmp_path)], line="$IPP validate - <&-")
    assert closed_in.returncode == EXIT_USAGE
    assert one_message(closed_in) == "ipprogram: cannot read standard input: it is closed"


def test_unreadable_files(tmp_path: Path) -> None:
    """/proc/self/mem reads as an I/O error; a directory is not a file."""
    mem = run(["validate", "/proc/self/mem"])
    assert mem.returncode == EXIT_USAGE
    assert one_message(mem).startswith("ipprogram: cannot read /proc/self/mem: ")
    folder = run(["validate", str(tmp_path)])
    assert folder.returncode == EXIT_USAGE
    assert "Is a directory" in one_message(folder)


def test_endless_input_is_refused_within_the_size_limit(tmp_path: Path) -> None:
    """/dev/zero under a memory limit: read up to the limit, refused as too large."""
    for how in ("", "--input-format jsonl"):
        result = run([str(tmp_path)], line=f"ulimit -v 1500000; $IPP validate {how} /dev/zero")
        assert result.returncode == EXIT_INVALID, result.stderr
        assert b"[too_large]" in result.stdout
        assert b"Traceback" not in result.stderr


def test_output_is_utf8_whatever_the_io_encoding(tmp_path: Path) -> None:
    """PYTHONIOENCODING=ascii changes nothing: the JSON is the same UTF-8 bytes."""
    plain = run(["example", "--format", "json"])
    ascii_io = run(["example", "--format", "json"], env={"PYTHONIOENCODING": "ascii"})
    assert ascii_io.returncode == 0
    assert ascii_io.stdout == plain.stdout
    assert "Lạng Sơn".encode() in ascii_io.stdout
    errors = run(["validate", str(tmp_path / "none.json")], env={"PYTHONIOENCODING": "ascii"})
    assert errors.returncode == EXIT_USAGE
    one_message(errors)


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """The name is written back as the bytes it was, in every message."""
    name = os.fsencode(tmp_path) + b"/\xff\xfe.jsonl"
    Path(os.fsdecode(name)).write_text('{"kind": "workshop", "date": "x"}\n', encoding="utf-8")
    result = subprocess.run(  # noqa: S603
        [*COMMAND, "validate", os.fsdecode(name)], capture_output=True, check=False
    )
    assert result.returncode == EXIT_INVALID
    assert result.stdout.startswith(name + b":1: $.date:")
    assert b"Traceback" not in result.stderr


def test_ctrl_c_is_one_line_and_status_130() -> None:
    """An interrupted command says so and exits as shells expect (128 + SIGINT)."""
    process = subprocess.Popen(  # noqa: S603
        [*COMMAND, "validate", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)  # let it start and block on its input
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == EXIT_INTERRUPTED
    assert stderr.decode("utf-8").splitlines() == ["ipprogram: interrupted"]


def test_hostile_keys_print_as_one_escaped_line(tmp_path: Path) -> None:
    """A lone surrogate or an escape sequence in a key: no traceback, nothing forged."""
    path = tmp_path / "keys.json"
    path.write_text('{"kind": "workshop", "\\ud800": 1, "a\\u001b[31m\\nb": 2}', encoding="utf-8")
    result = run(["validate", str(path)], env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == EXIT_INVALID
    assert b"Traceback" not in result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert "\\ud800" in lines[0]
    assert "\x1b" not in result.stdout.decode("utf-8")
