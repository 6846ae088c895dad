"""The ipprogram command, run as users run it: a separate process, files, pipes."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram.cli import RECORD_TYPES

EVENT_JSON = ip.to_json(ip.examples.langson_2020(), indent=2)


def run(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ipprogram ARGS`` and capture both streams."""
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "ipprogram", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A valid event, an invalid one, and a JSON Lines file with one bad line of three."""
    (tmp_path / "event.json").write_text(EVENT_JSON, encoding="utf-8")
    bad = json.loads(EVENT_JSON)
    bad["awards"][0]["counts"][0]["count"] = "2"
    bad["colour"] = "red"
    (tmp_path / "bad.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    line = ip.to_json(ip.examples.langson_2020())
    (tmp_path / "events.jsonl").write_text(
        f'{line}\n{{"date": "2020-12-02"}}\n{line}\n', encoding="utf-8"
    )
    return tmp_path


def test_validate_valid_file(files: Path) -> None:
    """Exit 0, nothing on stdout, a summary on stderr."""
    result = run("validate", "event.json", cwd=files)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "1 record checked, 0 invalid\n"


def test_validate_reports_every_problem_with_file_line_and_path(files: Path) -> None:
    """Exit 1; each problem on its own stdout line; lines numbered in JSON Lines."""
    result = run("validate", "bad.json", "events.jsonl", cwd=files)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "bad.json: $.awards[0].counts[0].count: expected integer, got string [wrong_type]",
        "bad.json: $.colour: unknown key 'colour' [unknown_key]",
        "events.jsonl:2: $.kind: required field is missing [missing]",
    ]
    assert result.stderr == "4 records checked, 2 invalid\n"
    assert "\r" not in result.stderr  # no progress when stderr is not a terminal


def test_validate_reads_stdin(files: Path) -> None:
    """'-' reads standard input, as JSON or, when told, as JSON Lines."""
    assert run("validate", "-", stdin=EVENT_JSON).returncode == 0
    lines = (files / "events.jsonl").read_text(encoding="utf-8")
    result = run("validate", "--input-format", "jsonl", "-", stdin=lines)
    assert result.returncode == 1
    assert result.stdout.startswith("-:2: $.kind: ")
    as_json = run("validate", "-", stdin=lines)  # several objects are not one JSON document
    assert as_json.returncode == 1
    assert "[json_syntax]" in as_json.stdout


def test_validate_other_types(files: Path) -> None:
    """--type reads other record classes, by name in any case."""
    programme = ip.to_json(ip.examples.langson_programme())
    (files / "programme.json").write_text(programme, encoding="utf-8")
    assert run("validate", "--type", "programme", "programme.json", cwd=files).returncode == 0
    result = run("validate", "--type", "Person", "programme.json", cwd=files)
    assert result.returncode == 1
    assert result.stdout == (
        "programme.json: $.record_type: this document holds a record of type 'Programme',"
        " not 'Person' [wrong_record_type]\n"
    )


def test_validate_reads_the_type_the_document_says(files: Path) -> None:
    """Without --type, each document's record_type says its class, line by line too."""
    mark = ip.to_json(ip.examples.hung_yen_honey())
    (files / "mark.json").write_text(mark, encoding="utf-8")
    result = run("validate", "mark.json", cwd=files)
    assert (result.returncode, result.stdout) == (0, "")
    event = ip.to_json(ip.examples.langson_2020())
    (files / "mixed.jsonl").write_text(f"{mark}\n{event}\n", encoding="utf-8")
    assert run("validate", "mixed.jsonl", cwd=files).returncode == 0
    data = json.loads(mark)
    del data["record_type"]  # a document that does not say is read as an Event
    (files / "unsaid.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    unsaid = run("validate", "unsaid.json", cwd=files)
    assert unsaid.returncode == 1
    assert "unsaid.json: $.name: unknown key 'name' [unknown_key]" in unsaid.stdout
    assert run("validate", "--type", "Trademark", "unsaid.json", cwd=files).returncode == 0


def test_messages_in_vietnamese_by_option_only(files: Path) -> None:
    """--lang vi gives the Vietnamese messages; the locale changes nothing."""
    english = run("validate", "bad.json", cwd=files)
    vietnamese = run("validate", "--lang", "vi", "bad.json", cwd=files)
    assert vietnamese.stdout.splitlines()[0] == (
        "bad.json: $.awards[0].counts[0].count: cần số nguyên, nhận được chuỗi [wrong_type]"
    )
    assert "expected integer, got string" in english.stdout
    localized = subprocess.run(
        [sys.executable, "-m", "ipprogram", "validate", "bad.json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=files,
        env={**os.environ, "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"},
        check=False,
    )
    assert localized.stdout == english.stdout


def test_problems_as_json_lines(files: Path) -> None:
    """--format json: one JSON object per problem, with file, line, path and both messages."""
    result = run("validate", "--format", "json", "bad.json", "events.jsonl", cwd=files)
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0] == {
        "file": "bad.json",
        "line": None,
        "path": "$.awards[0].counts[0].count",
        "code": "wrong_type",
        "value": "'2'",
        "message": "expected integer, got string",
        "message_vi": "cần số nguyên, nhận được chuỗi",
    }
    assert {(row["file"], row["line"]) for row in rows} == {("bad.json", None), ("events.jsonl", 2)}
    assert result.stderr == "4 records checked, 2 invalid\n"


def test_usage_errors_exit_2(files: Path) -> None:
    """Missing files, unknown commands, types and options: exit 2, message on stderr."""
    missing = run("validate", "nowhere.json", cwd=files)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "ipprogram: cannot read nowhere.json: No such file or directory\n"
    for args in (
        ["frobnicate"],
        ["validate"],
        ["schema", "Nothing"],
        ["convert", "event.json"],
        [],
    ):
        result = run(*args, cwd=files)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert "usage: ipprogram" in result.stderr


@pytest.mark.parametrize("command", ["example", "validate", "render", "convert", "schema"])
def test_help_has_an_example(command: str) -> None:
    """Every command explains itself, with an example."""
    result = run(command, "--help")
    assert result.returncode == 0
    assert f"usage: ipprogram {command}" in result.stdout
    assert "example:\n  ipprogram " in result.stdout


def test_top_help_and_version() -> None:
    """The top-level help lists the commands; --version prints the package version."""
    result = run("--help")
    assert result.returncode == 0
    for command in ("example", "validate", "render", "convert", "schema"):
        assert f"    {command} " in result.stdout
    assert run("--version").stdout == f"ipprogram {ip.__version__}\n"


def test_render(files: Path) -> None:
    """Text and Markdown of an event; a programme renders as its outcome report."""
    text = run("render", "event.json", cwd=files)
    assert text.returncode == 0
    assert text.stdout == ip.render(ip.examples.langson_2020()) + "\n"
    markdown = run("render", "event.json", "--format", "markdown", cwd=files)
    assert markdown.stdout.startswith("# Hội nghị tổng kết Chương trình")
    (files / "p.json").write_text(ip.to_json(ip.examples.langson_programme()), encoding="utf-8")
    report = run("render", "--type", "Programme", "p.json", cwd=files)
    assert report.stdout == ip.render(ip.examples.langson_programme())
    broken = run("render", "bad.json", cwd=files)
    assert broken.returncode == 1
    assert broken.stdout == ""  # problems go apart from what is written
    assert broken.stderr.startswith("bad.json: $.awards[0].counts[0].count:")


def test_convert_round_trip(files: Path) -> None:
    """JSON to JSON Lines and back gives the same records; JSON-LD is a schema.org Event."""
    lines = run("convert", "event.json", "--to", "jsonl", cwd=files)
    assert lines.returncode == 0
    assert lines.stdout == ip.to_json(ip.examples.langson_2020()) + "\n"
    back = run("convert", "--input-format", "jsonl", "-", "--to", "json", stdin=lines.stdout)
    assert back.stdout == EVENT_JSON + "\n"
    several = run("convert", "events.jsonl", "--to", "json", cwd=files)
    assert several.returncode == 1  # line 2 is invalid: nothing half-converted is trusted
    assert several.stdout == ""
    assert several.stderr.startswith("events.jsonl:2: ")
    linked = run("convert", "event.json", "--to", "jsonld", cwd=files)
    assert json.loads(linked.stdout) == ip.to_jsonld(ip.examples.langson_2020())


def test_schema_and_example_commands() -> None:
    """The schema of a class; the built-in records in each format."""
    schema = run("schema", "Programme")
    assert json.loads(schema.stdout) == ip.json_schema(ip.Programme)
    assert json.loads(run("schema").stdout)["title"] == "Event"
    assert run("example", "--format", "json").stdout == EVENT_JSON + "\n"
    assert run("example").stdout == ip.render(ip.examples.langson_2020()) + "\n"
    programme = run("example", "--which", "programme", "--format", "markdown")
    assert programme.stdout == ip.render(ip.examples.langson_programme())
    linked = run("example", "--format", "jsonld")
    assert json.loads(linked.stdout)["@type"] == "Event"


def test_record_types_are_the_records() -> None:
    """--type accepts every record class, and nothing else."""
    assert "Event" in RECORD_TYPES
    assert "Programme" in RECORD_TYPES
    assert "PartialDate" not in RECORD_TYPES
    assert all(hasattr(cls, "__attrs_attrs__") for cls in RECORD_TYPES.values())


def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    """With stderr on a terminal, long inputs show progress there; stdout stays clean."""
    people = tmp_path / "people.jsonl"
    with people.open("w", encoding="utf-8") as file:
        ip.write_jsonl((ip.Person(full_name=f"Lê Văn {n}") for n in range(2500)), file)
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "ipprogram", "validate", "--type", "Person", str(people)],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
        )
        terminal = os.read(leader, 65536).decode("utf-8")
    finally:
        os.close(leader)
        os.close(follower)
    assert (result.returncode, result.stdout) == (0, b"")
    assert "\r1,000 records" in terminal
    assert "\r2,000 records" in terminal
    assert terminal.endswith("2500 records checked, 0 invalid\r\n")
    size = f"{people.stat().st_size / 1_000_000:,.1f} MB"
    shares = [int(share) for share in re.findall(rf"(\d+)% of {re.escape(size)}, about", terminal)]
    assert len(shares) == 2  # at 1,000 and 2,000 records, with the time left
    assert 0 < shares[0] < shares[1] <= 100


def _console_session(path: Path) -> list[tuple[str, str]]:
    """The ``$ command`` lines of the console blocks of a page, each with its output."""
    steps: list[tuple[str, str]] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            steps.append((line[2:], ""))
        else:
            command, output = steps[-1]
            steps[-1] = (command, output + line + "\n")
    return steps


def test_the_documented_session_runs(tmp_path: Path) -> None:
    """docs/cli.md: every command gives exactly the output the page shows."""
    steps = _console_session(Path(__file__).parents[1] / "docs" / "cli.md")
    assert len(steps) >= 8
    bin_dir = str(Path(sys.executable).parent)
    environment = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    for command, expected in steps:
        result = subprocess.run(  # noqa: S602 - the documented shell commands, verbatim
            command,
            shell=True,
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert result.stdout + result.stderr == expected, command


def test_several_records_convert_to_one_json_ld_graph(tmp_path: Path) -> None:
    """JSON Lines of several records becomes one document: one context, one @graph."""
    line = ip.to_json(ip.examples.langson_2020())
    (tmp_path / "two.jsonl").write_text(f"{line}\n{line}\n", encoding="utf-8")
    result = run("convert", "two.jsonl", "--to", "jsonld", cwd=tmp_path)
    document = json.loads(result.stdout)
    single = ip.to_jsonld(ip.examples.langson_2020())
    assert document["@context"] == single["@context"]
    node = {key: value for key, value in single.items() if key != "@context"}
    assert document["@graph"] == [node, node]


def test_render_as_one_html_page(files: Path) -> None:
    """`render --format html` writes one page, an article and JSON-LD per record."""
    one = run("render", "--format", "html", "event.json", cwd=files)
    assert one.returncode == 0
    assert one.stdout.startswith('<!DOCTYPE html>\n<html lang="vi">')
    (files / "two.jsonl").write_text(
        ip.to_json(ip.examples.langson_2020()) + "\n" + ip.to_json(ip.examples.langson_2020()),
        encoding="utf-8",
    )
    two = run("render", "--format", "html", "two.jsonl", cwd=files)
    assert two.stdout.count("<article>") == 2
    assert two.stdout.count("<!DOCTYPE html>") == 1
