"""Records as tables: CSV, Excel and pandas, every column present, and back with located errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram import tables
from ipprogram.errors import ValidationError
from ipprogram.model.labels import FIELD_LABELS
from ipprogram.model.shape import shape, walk
from ipprogram.tables import CellDetail
from tests.strategies import RECORDS

CLASSES = sorted(RECORDS, key=lambda cls: cls.__name__)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EVENT = ip.examples.langson_2020()


def _csv_round_trip(cls: type, records: list[object]) -> list[Any]:
    """Write each table as CSV text, read it back as text cells, as read_csv does."""
    sheets: dict[str, list[list[str]]] = {}
    for name, table in tables.to_tables(records).items():
        out = io.StringIO()
        tables._write_csv_table(table, out)
        sheets[name] = list(csv.reader(io.StringIO(out.getvalue()), strict=True))
    return tables.from_tables(cls, sheets, typed=False)


def _safe(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub("x", value)
    if isinstance(value, dict):
        return {key: _safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_safe(item) for item in value]
    return value


def _excel_safe(cls: type, record: object) -> Any:
    """The record with each character a workbook cannot hold (a control character) made 'x'."""
    return ip.from_dict(cls, _safe(ip.to_dict(record)))


def _errors(call: Any) -> list[CellDetail]:
    with pytest.raises(ValidationError) as caught:
        call()
    details = list(caught.value.errors)
    assert all(isinstance(detail, CellDetail) for detail in details)
    return details  # type: ignore[return-value]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=25)
@given(data=st.data())
def test_tables_round_trip(cls: type, data: st.DataObject) -> None:
    """Records -> tables -> records, typed cells and CSV text, gives the records back."""
    records = data.draw(st.lists(RECORDS[cls], min_size=1, max_size=2))
    assert tables.from_tables(cls, tables.to_tables(records)) == records
    assert _csv_round_trip(cls, records) == records


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=8)
@given(data=st.data())
def test_workbook_round_trip(cls: type, data: st.DataObject) -> None:
    """Records -> workbook -> records gives the records back, for every class."""
    records = [
        _excel_safe(cls, r) for r in data.draw(st.lists(RECORDS[cls], min_size=1, max_size=2))
    ]
    out = io.BytesIO()
    tables.write_excel(records, out)
    assert tables.read_excel(cls, io.BytesIO(out.getvalue())) == records


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=5)
@given(data=st.data())
def test_every_row_has_every_column(cls: type, data: st.DataObject) -> None:
    """Each row has a cell for each column of its table, default or not."""
    record = data.draw(RECORDS[cls])
    for table in tables.to_tables([record]).values():
        assert table.cls is not None
        assert table.header == tables.layout(table.cls).header()
        assert all(len(row) == len(table.header) for row in table.rows)


def test_defaults_are_written_out() -> None:
    """A field left at its default has its column, holding the default."""
    table = tables.to_tables([ip.RightsTally(total=3)])["RightsTally"]
    row = dict(zip(table.header, table.rows[0], strict=True))
    assert row["unbalanced"] is False
    assert row["total"] == 3
    assert row["in_progress"] is None


def test_example_event_round_trips_through_files(tmp_path: Path) -> None:
    """The Lạng Sơn event survives CSV files in both header languages and a workbook file."""
    for headers in ("en", "vi"):
        folder = tmp_path / headers
        paths = tables.write_csv([EVENT], folder, headers=headers)
        assert paths[0].name == "Event.csv"
        assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
        assert tables.read_csv(ip.Event, folder) == [EVENT]
    book = tmp_path / "event.xlsx"
    tables.write_excel([EVENT], book, headers="vi")
    assert tables.read_excel(ip.Event, book) == [EVENT]
    sheet = openpyxl.load_workbook(book)["Event"]
    assert [cell.value for cell in sheet[1]][4:7] == ["Loại sự kiện", "Loại khác", "Ngày"]
    assert sheet["G2"].value == dt.datetime(2020, 12, 2)  # noqa: DTZ001 - a date cell
    assert sheet["G2"].number_format == "dd/mm/yyyy"


def test_no_records_make_an_empty_workbook_that_reads_back() -> None:
    """An empty list is a workbook of one empty sheet, which reads as no records."""
    out = io.BytesIO()
    tables.write_excel([], out)
    assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).sheetnames == ["Sheet1"]
    assert tables.read_excel(ip.Event, io.BytesIO(out.getvalue())) == []


def test_a_flat_table_reads_from_one_file(tmp_path: Path) -> None:
    """A table without links reads from a single CSV file."""
    path = tmp_path / "counts.csv"
    path.write_text("@id,kind,count\nr1,individual,3\nr2,collective,2\n", encoding="utf-8")
    assert tables.read_csv(ip.RecipientCount, path) == [
        ip.RecipientCount(kind=ip.RecipientKind.INDIVIDUAL, count=3),
        ip.RecipientCount(kind=ip.RecipientKind.COLLECTIVE, count=2),
    ]


def test_same_records_same_bytes() -> None:
    """Workbooks and CSV files of the same records are the same bytes; no clock is read."""
    first, second = io.BytesIO(), io.BytesIO()
    tables.write_excel([EVENT], first)
    tables.write_excel([EVENT], second)
    assert first.getvalue() == second.getvalue()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"1980-01-01T00:00:00Z" in archive.read("docProps/core.xml")


def test_text_that_looks_like_a_formula_stays_text() -> None:
    """Text starting with '=' is a text cell, not a formula, and reads back as text."""
    person = ip.Person(full_name="=SUM(A1:A2)")
    out = io.BytesIO()
    tables.write_excel([person], out)
    cell = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Person"]["E2"]
    assert (cell.value, cell.data_type) == ("=SUM(A1:A2)", "s")
    assert tables.read_excel(ip.Person, io.BytesIO(out.getvalue())) == [person]


def test_text_excel_cannot_hold_is_refused() -> None:
    """A control character cannot be in a workbook: the error names the cell."""
    with pytest.raises(ValueError, match=r"Person!E2"):
        tables.write_excel([ip.Person(full_name="A\x07B")], io.BytesIO())


def test_tuple_cells_escape_their_separator() -> None:
    r"""Items holding ';' or '\' survive one cell."""
    product = ip.Product(name="Hồi", markets=("Hà Nội; TP HCM", "a\\b", "Lạng Sơn"))
    table = tables.to_tables([product])["Product"]
    cell = table.rows[0][table.header.index("markets")]
    assert cell == "Hà Nội\\; TP HCM; a\\\\b; Lạng Sơn"
    assert _csv_round_trip(ip.Product, [product]) == [product]


def test_long_numbers_are_text_in_a_workbook() -> None:
    """A number Excel would round (more than 15 digits) is text, and reads back whole."""
    figures = [ip.Quantity(value=10**17 + 1), ip.Quantity(value=0.1 + 0.2), ip.Quantity(value=12.5)]
    out = io.BytesIO()
    tables.write_excel(figures, out)
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Quantity"]
    assert [sheet[f"E{row}"].value for row in (2, 3, 4)] == [
        "100000000000000001",
        "0.30000000000000004",
        12.5,
    ]
    assert tables.read_excel(ip.Quantity, io.BytesIO(out.getvalue())) == figures


def test_trademark_nice_classes_in_one_cell() -> None:
    """Nice classes are one cell, "29; 30"; one class may be a number cell in a workbook."""
    mark = ip.Trademark(name="Hồi Lạng Sơn", nice_classes=(29, 30))
    table = tables.to_tables([mark])["Trademark"]
    assert dict(zip(table.header, table.rows[0], strict=True))["nice_classes"] == "29; 30"
    header = ("@id", "name", "nice_classes")
    assert tables.from_tables(ip.Trademark, {"Trademark": [header, ("t", "Hồi", 29)]}) == [
        ip.Trademark(name="Hồi", nice_classes=(29,))
    ]


# Vietnamese headers.


def test_every_field_has_a_vietnamese_label() -> None:
    """Every field name of the model has a label, and no label is left unused."""
    names = {f.name for top in RECORDS for cls in walk(top) for f in shape(cls).fields}
    assert names <= set(FIELD_LABELS)
    assert set(FIELD_LABELS) <= names


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_vietnamese_headers_are_unique(cls: type) -> None:
    """Within a table, no two columns share a header in either language."""
    for table in tables.layouts(cls).values():
        for headers in ("en", "vi"):
            header = table.header(headers)
            assert len(set(header)) == len(header), (table.name, headers)


# Errors, located in the spreadsheet.


def test_cell_errors_name_sheet_row_column_and_path() -> None:
    """A bad cell's error names the sheet, the row, the header, the cell and the path."""
    rows = [
        ("@id", "kind", "count"),
        ("r1", "individual", "3"),
        ("r2", "individual", "٣"),
        ("r3", "group", "-1"),
    ]
    details = _errors(
        lambda: tables.from_tables(ip.RecipientCount, {"RecipientCount": rows}, typed=False)
    )
    assert [(d.where, d.column, d.path, d.code) for d in details] == [
        ("RecipientCount!C3", "count", "$[1].count", "invalid_cell"),
        ("RecipientCount!B4", "kind", "$[2].kind", "invalid_choice"),
        ("RecipientCount!C4", "count", "$[2].count", "negative"),
    ]
    assert details[0].to_dict()["cell"] == "C3"
    assert "ô '٣' không phải một số nguyên" in details[0].message_vi


def test_errors_inside_nested_rows_point_at_their_rows() -> None:
    """A rule broken in an award's row points at that row's cell, with the event's path."""
    sheets = {
        name: [table.header, *table.rows] for name, table in tables.to_tables([EVENT]).items()
    }
    counts = sheets["RecipientCount"]
    column = counts[0].index("count")
    counts[2] = (*counts[2][:column], -5, *counts[2][column + 1 :])
    details = _errors(lambda: tables.from_tables(ip.Event, sheets))
    negative = next(d for d in details if d.code == "negative")
    assert negative.where == f"RecipientCount!{tables.column_letter(column + 1)}3"
    assert negative.path.startswith("$[0].awards[")
    assert negative.path.endswith("].count")


def test_workbook_cells_must_hold_their_type() -> None:
    """A number cell for text, a fraction for an integer, a time on a date: each refused."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Trademark"
    sheet.append(["@id", "name", "certificate_number", "filing_date", "nice_classes"])
    sheet.append(["t1", "Hồi", 12345, dt.datetime(2020, 1, 2, 9, 30), 29.5])  # noqa: DTZ001
    sheet.append(["t2", "=A1", None, None, None])
    sheet["B3"].data_type = "f"
    out = io.BytesIO()
    book.save(out)
    details = _errors(lambda: tables.read_excel(ip.Trademark, io.BytesIO(out.getvalue())))
    assert [(d.where, d.code) for d in details] == [
        ("Trademark!C2", "invalid_cell"),
        ("Trademark!D2", "invalid_cell"),
        ("Trademark!E2", "invalid_cell"),
        ("Trademark!B3", "invalid_cell"),
    ]
    assert "it is a number" in details[0].message


def test_structure_errors_are_located() -> None:
    """Unknown tables and columns, repeated ids, missing parents and bad positions."""
    sheets: dict[str, list[tuple[object, ...]]] = {
        "Notes": [("x",)],
        "Event": [("@id", "kind", "colour"), ("e1", "meeting", "red")],
        "Photo": [
            ("@id", "@parent", "@field", "@index", "caption"),
            ("p1", "e1", "photos", 0, "A"),
            ("p1", "e1", "photos", 1, "B"),
            ("p2", "e9", "photos", 0, "C"),
            ("p3", "e1", "venue", 0, "D"),
        ],
    }
    details = _errors(lambda: tables.from_tables(ip.Event, sheets))
    found = {(d.where, d.code) for d in details}
    assert ("Notes!1:1", "unknown_tag") in found
    assert ("Event!C1", "unknown_key") in found
    assert ("Photo!A3", "duplicate") in found
    assert ("Photo!B4", "unknown_reference") in found
    assert ("Photo!C5", "unknown_field") in found


def test_positions_must_count_from_zero() -> None:
    """The rows of one tuple are numbered 0, 1, ... each once."""
    sheets: dict[str, list[tuple[object, ...]]] = {
        "Event": [("@id", "kind"), ("e1", "meeting")],
        "Photo": [
            ("@id", "@parent", "@field", "@index", "caption"),
            ("p1", "e1", "photos", 0, "A"),
            ("p2", "e1", "photos", 2, "B"),
        ],
    }
    details = _errors(lambda: tables.from_tables(ip.Event, sheets))
    assert [(d.where, d.code) for d in details] == [("Photo!D3", "inconsistent")]


def test_rows_in_a_loop_are_reported() -> None:
    """Rows whose parents lead back to themselves never reach a record: each is an error."""
    sheets = {
        "Organization": [
            ("@id", "@parent", "@field", "name"),
            ("o1", "o2", "parent", "A"),
            ("o2", "o1", "parent", "B"),
        ],
    }
    details = _errors(lambda: tables.from_tables(ip.Organization, sheets))
    assert [(d.where, d.code) for d in details] == [
        ("Organization!B2", "unknown_reference"),
        ("Organization!B3", "unknown_reference"),
    ]


def test_many_bad_rows_keep_a_bounded_list() -> None:
    """Ten thousand bad rows: a thousand details kept, every one counted."""
    rows = [("@id", "kind", "count"), *((f"r{i}", "individual", "x") for i in range(10_000))]
    with pytest.raises(ValidationError) as caught:
        tables.from_tables(ip.RecipientCount, {"RecipientCount": rows}, typed=False)
    assert len(caught.value.errors) == 1000
    assert caught.value.count == 10_000


def test_strict_csv_numbers() -> None:
    """Integers are ASCII digits with no fraction; numbers are JSON numbers; booleans words."""
    read = tables._read_text
    assert read(ip.model.shape.Integer(), "12") == 12
    for text in ("1.0", "+1", "01", "1e3", "١", ""):
        assert isinstance(read(ip.model.shape.Integer(), text), ip.ErrorDetail), text
    assert read(ip.model.shape.Number(), "2.5") == 2.5
    assert read(ip.model.shape.Number(), "-0") == 0
    for text in ("NaN", "inf", ".5", "1e999"):
        assert isinstance(read(ip.model.shape.Number(), text), ip.ErrorDetail), text
    assert read(ip.model.shape.Boolean(), "FALSE") is False
    assert isinstance(read(ip.model.shape.Boolean(), "yes"), ip.ErrorDetail)


# Data frames and the long table.


def test_data_frames_have_typed_columns() -> None:
    """Integer columns hold missing values without turning into floats."""
    frames = tables.to_dataframes([EVENT, ip.replace(EVENT, title="Hội nghị")])
    counts = frames["RecipientCount"]
    assert list(counts.columns) == list(tables.layout(ip.RecipientCount).header())
    assert str(counts["count"].dtype) == "Int64"
    assert counts["count"].tolist() == 2 * [
        row[-1] for row in tables.to_tables([EVENT])["RecipientCount"].rows
    ]
    assert len(frames["Event"]) == 2
    stated = frames["Award"]["stated_prize_count"]
    assert str(stated.dtype) == "Int64"
    assert stated.isna().all()


def test_outcome_table_has_a_row_per_figure() -> None:
    """Indicator values, product figures and tallies, each one row with its context."""
    tally = ip.RightsTally(
        scope=ip.Locality(name="Tuyên Quang", kind=ip.LocalityKind.PROVINCE),
        as_of=ip.PartialDate(year=2024),
        total=4,
        counts=(ip.RightsCount(kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION, count=4),),
    )
    programme = ip.examples.langson_programme()
    table = tables.outcome_table([programme, ip.replace(programme, tallies=(tally,))])
    rows = [dict(zip(table.header, row, strict=True)) for row in table.rows]
    tallies = [row for row in rows if row["table"] == "rights_tally"]
    assert [(r["record"], r["measure"], r["value"]) for r in tallies] == [
        (1, "geographical_indication", 4),
        (1, "total", 4),
    ]
    assert {r["province"] for r in tallies} == {"Tuyên Quang"}
    indicators = [row for row in rows if row["table"] == "indicator"]
    programmes = [p for p in (programme, programme.parent, programme.successor) if p]
    expected = [v for p in programmes for i in p.indicators for v in i.values]
    assert expected
    assert len(indicators) == 2 * len(expected)
    assert indicators[0]["low"] == expected[0].quantity.bounds().low
    assert indicators[0]["programme"] == programme.name
    vi = tables.outcome_table([programme], headers="vi")
    assert vi.header[3] == "Tỉnh, thành phố"
