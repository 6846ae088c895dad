r"""Records as tidy tables: CSV files, an Excel workbook, pandas data frames, and back.

Each record class is one table. A row holds one record: every field has its column,
whether the record sets it or leaves it at its default, so tools that expect a fixed set
of columns (``pandas``, a spreadsheet's filter) find them all. A nested record that
cannot repeat (an event's ``locality``, its ``source``) is *flattened* into columns
named by its path (``locality.name``, ``source.publisher.name``). Records that repeat (an
event's ``awards``), that may be of several classes (an award's ``recipients``), or that
contain their own class (an organisation's ``parent``) are rows of their own tables,
*by reference*: their ``@parent`` column holds the ``@id`` of the row they belong to,
``@field`` the field they fill (a path, such as ``source.authors``), and ``@index``
their place in it, counting from 0.

====================  ========================================================
column                holds
====================  ========================================================
``@id``               the row's name, unique in the workbook (``Award-2``)
``@parent``           the ``@id`` of the row holding this record; empty at the top
``@field``            the field of that row the record is in
``@index``            its position in that field (from 0); empty for one record
a field's path        the field's value (below)
====================  ========================================================

Values are written as JSON writes them: text as it is, numbers as numbers, ``true`` and
``false``, enum members by value, dates ISO (an Excel workbook holds a whole date as a
date cell), and a tuple of plain values as one cell, its items joined by ``"; "`` (an
item's own ``;`` and ``\`` are escaped with ``\``). An empty cell is a field left at its
default (``None`` where it may be), or no items in a column of items.
Headers are the field paths, or in Vietnamese (``headers="vi"``, labels of
:mod:`ipprogram.model.labels`); reading takes either.

Reading builds and validates every record as :func:`~ipprogram.from_dict` does, as
strictly: a cell must hold its field's type (``"3.0"`` is not an integer, a number cell
is not text, a formula is not a value), and unknown tables or columns are errors. Every
problem is a :class:`CellDetail`, which says where it is in the spreadsheet's terms
(sheet, row, column header and cell, such as ``Award!C7``) as well as the record's path.

>>> from ipprogram import Person, tables
>>> sheets = tables.to_tables([Person(full_name="Đoàn Thu Hà")])
>>> sheets["Person"].header[4:8]
('full_name', 'gender', 'position.title', 'position.organization.name')
>>> sheets["Person"].rows[0][:5]
('Person-1', None, None, None, 'Đoàn Thu Hà')
>>> tables.from_tables(Person, sheets) == [Person(full_name="Đoàn Thu Hà")]
True
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import functools
import math
import os
import re
import typing
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal, TypeVar

from ipprogram._split import split_escaped
from ipprogram.errors import MAX_ERRORS, ErrorDetail, Loc, Problems, ValidationError
from ipprogram.io.converter import from_dict
from ipprogram.model.labels import LABEL_SEPARATOR, label_of
from ipprogram.model.shape import (
    TAG_KEY,
    AnyDate,
    Boolean,
    Choice,
    Date,
    Integer,
    Items,
    Node,
    Nullable,
    Number,
    Record,
    Scalar,
    Tagged,
    Text,
    classes_in,
    is_record,
    shape,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EXCEL_CELL_LIMIT",
    "EXCEL_DIGITS",
    "ITEM_SEPARATOR",
    "META_COLUMNS",
    "OUTCOME_COLUMNS",
    "CellDetail",
    "Column",
    "Layout",
    "Link",
    "Table",
    "column_letter",
    "from_tables",
    "layout",
    "layouts",
    "outcome_table",
    "read_csv",
    "read_excel",
    "to_dataframes",
    "to_tables",
    "write_csv",
    "write_excel",
]

T = TypeVar("T")

#: A cell's value: what a CSV field or a workbook cell holds (``None``: empty).
Cell = str | int | float | bool | dt.date | None
#: The columns that tie rows together, first in every table.
META_COLUMNS: Final = ("@id", "@parent", "@field", "@index")
#: What separates the items of a tuple of plain values in one cell.
ITEM_SEPARATOR: Final = "; "
#: The most characters an Excel cell holds (Excel's specifications and limits).
EXCEL_CELL_LIMIT: Final = 32767
#: The digits of the longest integer a cell may hold: ±10^18 has 19.
_MAX_DIGITS: Final = 19
_INTEGER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_NUMBER: Final = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\Z")
#: Characters an Excel cell cannot hold (XML 1.0 allows no other control characters).
_NOT_IN_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH: Final = dt.datetime(1980, 1, 1)  # noqa: DTZ001 - the ZIP format's first day, no zone


# The layout of each table, resolved once per record class.


@dataclass(frozen=True, slots=True)
class Column:
    """A column of values: the field at ``path`` inside the row's record.

    ``node`` is the field's node as :mod:`ipprogram.model.shape` resolves it; ``groups``
    are the paths of the optional flattened records the field is inside, outermost first.

    >>> from ipprogram import Event
    >>> column = layout(Event).columns[5]
    >>> column.name, column.label_vi, column.groups
    ('locality.name', 'Địa phương › Tên', (('locality',),))
    """

    path: tuple[str, ...]
    node: Node
    label_vi: str
    groups: tuple[tuple[str, ...], ...] = ()

    @property
    def name(self) -> str:
        """The column's header, the field path joined by dots."""
        return ".".join(self.path)


@dataclass(frozen=True, slots=True)
class Link:
    """A field whose records are rows of other tables.

    ``items``: the field holds a tuple; ``tagged``: its records carry their class's tag.

    >>> from ipprogram import Award
    >>> link = layout(Award).link("recipients")
    >>> [cls.__name__ for cls in link.classes], link.items, link.tagged
    (['Person', 'Organization', 'Household'], True, True)
    """

    path: tuple[str, ...]
    classes: tuple[type, ...]
    items: bool
    tagged: bool
    groups: tuple[tuple[str, ...], ...] = ()

    @property
    def name(self) -> str:
        """The field path as ``@field`` names it."""
        return ".".join(self.path)


@dataclass(frozen=True, slots=True)
class Layout:
    """The table of a record class: its value columns and its links to other tables.

    ``records`` holds every nested record flattened into the row, by path, with
    whether it is optional.

    >>> from ipprogram import Programme
    >>> layout(Programme).records[:2]
    ((('period',), True), (('locality',), True))
    """

    cls: type
    columns: tuple[Column, ...]
    links: tuple[Link, ...]
    records: tuple[tuple[tuple[str, ...], bool], ...]

    @property
    def name(self) -> str:
        """The table's name, which is its class's name."""
        return self.cls.__name__

    def header(self, headers: Literal["en", "vi"] = "en") -> tuple[str, ...]:
        """The header row: :data:`META_COLUMNS`, then each column's path or label.

        >>> from ipprogram import RecipientCount
        >>> layout(RecipientCount).header("vi")
        ('@id', '@parent', '@field', '@index', 'Loại', 'Số lượng')
        """
        names = (c.label_vi if headers == "vi" else c.name for c in self.columns)
        return (*META_COLUMNS, *names)

    def link(self, name: str) -> Link | None:
        """The link called ``name``, or ``None``.

        >>> from ipprogram import Event
        >>> layout(Event).link("awards").items, layout(Event).link("title")
        (True, None)
        """
        return next((found for found in self.links if found.name == name), None)


def _always_written(cls: type, chain: tuple[type, ...]) -> bool:
    """Whether a present record of ``cls`` writes a cell that is never empty.

    That cell tells a present record from an absent one in a flattened row. It is so
    when a field without ``None`` is always written, or when every field is a cell and
    the record with every field at its default is not valid (a period with neither
    start nor end), so that a valid one sets some cell.
    """
    fields = shape(cls).fields
    if all(classes_in(f.node) == () and not f.required for f in fields):
        try:
            cls()
        except ValidationError:
            return True
    for f in fields:
        node = f.node
        if isinstance(node, Nullable | Items | Tagged):
            continue
        if isinstance(node, Record):
            if node.cls not in chain and _always_written(node.cls, (*chain, node.cls)):
                return True
            continue
        if f.required or f.default is not None:
            return True
    return False


def _flatten(  # noqa: PLR0917 - the walk's state
    cls: type,
    prefix: tuple[str, ...],
    labels: tuple[str, ...],
    chain: tuple[type, ...],
    groups: tuple[tuple[str, ...], ...],
    out: tuple[list[Column], list[Link], list[tuple[tuple[str, ...], bool]]],
) -> None:
    columns, links, records = out
    for f in shape(cls).fields:
        path = (*prefix, f.name)
        label = (*labels, label_of(cls, f.name))
        optional = isinstance(f.node, Nullable)
        inner = f.node.inner if isinstance(f.node, Nullable) else f.node
        match inner:
            case Record(sub) if sub not in chain and _always_written(sub, (*chain, sub)):
                records.append((path, optional))
                inside = (*groups, path) if optional else groups
                _flatten(sub, path, label, (*chain, sub), inside, out)
            case Record(sub):
                links.append(Link(path, (sub,), items=False, tagged=False, groups=groups))
            case Tagged(members):
                links.append(Link(path, members, items=False, tagged=True, groups=groups))
            case Items(Record(sub)):
                links.append(Link(path, (sub,), items=True, tagged=False, groups=groups))
            case Items(Tagged(members)):
                links.append(Link(path, members, items=True, tagged=True, groups=groups))
            case _:
                columns.append(Column(path, f.node, LABEL_SEPARATOR.join(label), groups))


@functools.cache
def layout(cls: type) -> Layout:
    """The table layout of record class ``cls``.

    >>> from ipprogram import Award
    >>> [link.name for link in layout(Award).links if link.items]
    ['counts', 'recipients', 'presented_by.other_positions', 'decision.co_issuers', 'prizes']
    """
    if not is_record(cls):
        msg = f"layout() takes an ipprogram record class, not {cls!r}"
        raise TypeError(msg)
    columns: list[Column] = []
    links: list[Link] = []
    records: list[tuple[tuple[str, ...], bool]] = []
    _flatten(cls, (), (), (cls,), (), (columns, links, records))
    return Layout(cls, tuple(columns), tuple(links), tuple(records))


def layouts(cls: type) -> dict[str, Layout]:
    """The layout of every table a record of ``cls`` can fill, by table name.

    ``cls`` comes first, then the tables its links lead to, in the order of the fields.

    >>> from ipprogram import Event
    >>> list(layouts(Event))[:4]
    ['Event', 'Locality', 'Organization', 'Programme']
    """
    found: dict[str, Layout] = {}
    stack = [cls]
    while stack:
        current = stack.pop(0)
        if current.__name__ in found:
            continue
        table = layout(current)
        found[table.name] = table
        stack.extend(c for link in table.links for c in link.classes)
    return found


# Records to tables.


@dataclass(frozen=True, slots=True)
class Table:
    """One table: its name, its header, its rows (tuples of cells) and its record class.

    >>> from ipprogram import Person
    >>> table = to_tables([Person(full_name="Lê An")])["Person"]
    >>> table.name, table.cls is Person, len(table.rows), len(table.header)
    ('Person', True, 1, 17)
    """

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    cls: type | None = None


def _escape(item: str) -> str:
    return item.replace("\\", "\\\\").replace(";", "\\;")


def _item(node: Node, value: object) -> str:
    cell = _cell(node, value)
    return _escape(cell) if isinstance(cell, str) else _csv_text(cell)


def _cell(node: Node, value: object) -> Cell:
    if value is None:  # a field set to None, or inside a nested record that is absent
        return None
    match node:
        case Nullable(inner):
            return None if value is None else _cell(inner, value)
        case Text() | Integer() | Number() | Boolean() | Date():
            return typing.cast("Cell", value)
        case AnyDate() | Scalar():
            if isinstance(value, dt.date):
                return value
            written: str = node.spec.write(value)
            return written
        case Choice():
            return typing.cast("str", typing.cast("enum.Enum", value).value)
        case Items(item):
            items = typing.cast("tuple[object, ...]", value)
            return ITEM_SEPARATOR.join(_item(item, one) for one in items) if items else None
        case Record() | Tagged():  # pragma: no cover - records are links, not cells
            msg = "a record is not a cell"
            raise TypeError(msg)
        case _:  # pragma: no cover - every kind is handled above
            typing.assert_never(node)


def _follow(obj: object, path: tuple[str, ...]) -> object:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


class _Writer:
    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Cell, ...]]] = {}
        self.classes: dict[str, type] = {}

    def add(self, obj: object, parent: str | None, link: str | None, index: int | None) -> None:
        pending: list[tuple[Any, str | None, str | None, int | None]] = [(obj, parent, link, index)]
        while pending:
            current, parent, link, index = pending.pop()
            table = layout(typing.cast("type", type(current)))
            if self.classes.setdefault(table.name, table.cls) is not table.cls:
                msg = f"two record classes are called {table.name}: tables need one of each name"
                raise TypeError(msg)
            rows = self.rows.setdefault(table.name, [])
            row_id = f"{table.name}-{len(rows) + 1}"
            cells = [_cell(c.node, _follow(current, c.path)) for c in table.columns]
            rows.append((row_id, parent, link, index, *cells))
            children: list[tuple[object, str, str, int | None]] = []
            for found in table.links:
                value = _follow(current, found.path)
                if value is None:
                    continue
                if found.items:
                    items = typing.cast("tuple[object, ...]", value)
                    children.extend((item, row_id, found.name, i) for i, item in enumerate(items))
                else:
                    children.append((value, row_id, found.name, None))
            pending.extend(reversed(children))  # depth first, in field order


def to_tables(
    records: Iterable[object], *, headers: Literal["en", "vi"] = "en"
) -> dict[str, Table]:
    """Turn records into tables, one per record class that has rows.

    The tables come in the order in which their classes first appear; rows in the order of
    the records and, inside each, of the fields. The same records give the same tables.

    >>> from ipprogram import examples
    >>> sheets = to_tables([examples.langson_2020()])
    >>> {name: len(table.rows) for name, table in sheets.items()}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'Event': 1, 'Organization': 6, 'Programme': 2, 'MarkSupport': 2, 'Product': 6,
     'Participant': 6, 'Person': 2, 'OrganizationGroup': 3, 'AwardRecipients': 1, 'Award': 2,
     'RecipientCount': 4, 'Photo': 2, 'Source': 1, 'Erratum': 2}
    """
    writer = _Writer()
    for obj in records:
        if not is_record(type(obj)):
            msg = f"to_tables() takes ipprogram records, not {type(obj).__name__}"
            raise TypeError(msg)
        writer.add(obj, None, None, None)
    return {
        name: Table(
            name, layout(writer.classes[name]).header(headers), tuple(rows), writer.classes[name]
        )
        for name, rows in writer.rows.items()
    }


# Tables to records.


def column_letter(number: int) -> str:
    """The spreadsheet name of column ``number`` (from 1): ``A``, ..., ``Z``, ``AA``.

    >>> column_letter(1), column_letter(26), column_letter(27), column_letter(703)
    ('A', 'Z', 'AA', 'AAA')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class CellDetail(ErrorDetail):
    """A problem in a spreadsheet: the detail, and the sheet, row and column it is in.

    ``row`` counts from 1, the header being row 1; ``column`` is the header of the cell's
    column and ``cell`` its name (``C7``), both ``None`` for a problem of a whole row.

    >>> detail = CellDetail(ErrorDetail((0, "count"), "negative", value=-1), "Award", 7, 3, "count")
    >>> print(detail)
    Award!C7 (count): $[0].count: must not be negative, got -1 [negative]
    """

    __slots__ = ("column", "column_number", "row", "sheet")

    sheet: str
    row: int
    column: str | None
    column_number: int | None

    def __init__(
        self,
        detail: ErrorDetail,
        sheet: str,
        row: int,
        column_number: int | None,
        column: str | None,
    ) -> None:
        """Place ``detail`` at ``row`` of ``sheet``, in column number ``column_number``."""
        self.loc = detail.loc
        self.code = detail.code
        self.value = detail.value
        self.message = detail.message
        self.message_vi = detail.message_vi
        self.sheet = sheet
        self.row = row
        self.column = column
        self.column_number = column_number

    @property
    def cell(self) -> str | None:
        """The cell's name, such as ``C7``; ``None`` for a whole row."""
        if self.column_number is None:
            return None
        return f"{column_letter(self.column_number)}{self.row}"

    @property
    def where(self) -> str:
        """Where it is, as a spreadsheet names it (``Award!C7``, or ``Award!7:7`` for a row)."""
        if self.cell is None:
            return f"{self.sheet}!{self.row}:{self.row}"
        return f"{self.sheet}!{self.cell}"

    def to_dict(self) -> dict[str, str | None]:
        """The detail as a JSON-ready dict, with ``sheet``, ``row``, ``column`` and ``cell``.

        >>> CellDetail(ErrorDetail((), "missing"), "Event", 2, None, None).to_dict()["cell"]
        """
        return {
            "sheet": self.sheet,
            "row": str(self.row),
            "column": self.column,
            "cell": self.cell,
            **super().to_dict(),
        }

    def __repr__(self) -> str:
        return f"CellDetail(where={self.where!r}, path={self.path!r}, code={self.code!r})"

    def __str__(self) -> str:
        shown = f" ({self.column})" if self.column else ""
        return f"{self.where}{shown}: {super().__str__()}"


@dataclass(slots=True)
class _Row:
    table: Layout
    sheet: str
    number: int  # the spreadsheet row, from 1 (the header)
    places: dict[str, int]  # column name -> column number, from 1
    data: dict[str, Any]
    cells: dict[tuple[str, ...], int]  # field path -> column number
    row_id: str | None = None
    parent: str | None = None
    link: str | None = None
    index: int | None = None
    bad: dict[tuple[str, ...], tuple[ErrorDetail, int | None]] = field(default_factory=dict)
    children: dict[str, list[tuple[int | None, _Row]]] = field(default_factory=dict)


class _Reader:
    """Cells to JSON values, rows to nested dicts, dicts to records, problems located."""

    def __init__(self, cls: type, *, typed: bool) -> None:
        self.cls = cls
        self.typed = typed
        self.tables = layouts(cls)
        self.problems = Problems()
        self.rows: list[_Row] = []
        self.headers: dict[tuple[str, int], str] = {}
        self.reached: set[int] = set()

    def problem(self, detail: ErrorDetail, sheet: str, row: int, column: int | None) -> None:
        header = None
        if column is not None:
            header = self.headers.get((sheet, column))
        self.problems.append(CellDetail(detail, sheet, row, column, header))

    def read(self, sheets: Mapping[str, Iterable[Sequence[object]]]) -> list[Any]:
        for sheet, rows in sheets.items():
            self.read_sheet(sheet, iter(rows))
            if len(self.problems) > MAX_ERRORS:
                break
        return self.assemble()

    def read_sheet(self, sheet: str, rows: Iterator[Sequence[object]]) -> None:
        header = next(rows, None)
        if header is None or all(_empty(title) for title in header):
            return  # an empty sheet holds no table
        name = sheet.removesuffix(".csv")
        table = self.tables.get(name)
        if table is None:
            known = ", ".join(self.tables)
            self.problem(
                ErrorDetail(
                    (),
                    "unknown_tag",
                    value=name,
                    allowed=known,
                ),
                sheet,
                1,
                None,
            )
            return
        places = self.read_header(table, sheet, header)
        if places is None:
            return
        for number, cells in enumerate(rows, start=2):
            if all(_empty(value) for value in cells):
                continue
            self.read_row(table, sheet, number, places, cells)

    def read_header(
        self, table: Layout, sheet: str, header: Sequence[object]
    ) -> dict[str, int] | None:
        by_name = {c.name: c.name for c in table.columns}
        by_name.update({c.label_vi: c.name for c in table.columns})
        by_name.update({m: m for m in META_COLUMNS})
        places: dict[str, int] = {}
        for number, title in enumerate(header, start=1):
            if _empty(title):
                continue
            text = str(title).strip()
            self.headers[(sheet, number)] = text
            name = by_name.get(text)
            if name is None:
                self.problem(ErrorDetail((), "unknown_key", key=text), sheet, 1, number)
            elif name in places:
                self.problem(ErrorDetail((), "duplicate_key", key=text), sheet, 1, number)
            else:
                places[name] = number
        if "@id" not in places:
            self.problem(ErrorDetail(("@id",), "missing"), sheet, 1, None)
            return None
        return places

    def read_row(
        self,
        table: Layout,
        sheet: str,
        number: int,
        places: dict[str, int],
        cells: Sequence[object],
    ) -> None:
        row = _Row(table, sheet, number, places, {}, {})
        width = len(cells)
        for extra in range(max(places.values()), width):
            if not _empty(cells[extra]):
                self.problem(
                    ErrorDetail((), "unknown_key", key=column_letter(extra + 1)),
                    sheet,
                    number,
                    extra + 1,
                )

        def cell(name: str) -> tuple[object, int | None]:
            place = places.get(name)
            if place is None or place > width:
                return None, place
            return cells[place - 1], place

        row.row_id = self.meta_text(cell("@id"), sheet, number, required=True)
        row.parent = self.meta_text(cell("@parent"), sheet, number, required=False)
        row.link = self.meta_text(cell("@field"), sheet, number, required=False)
        row.index = self.meta_index(cell("@index"), sheet, number)
        present: set[tuple[str, ...]] = set()
        values: list[tuple[Column, object, int | None]] = []
        for column in table.columns:
            value, place = cell(column.name)
            if place is not None:
                row.cells[column.path] = place
            values.append((column, value, place))
            if not _empty(value):
                present.update(column.groups)
        row.data = self.nest(row, values, present)
        self.rows.append(row)

    def nest(
        self,
        row: _Row,
        values: list[tuple[Column, object, int | None]],
        present: set[tuple[str, ...]],
    ) -> dict[str, Any]:
        data: dict[str, Any] = {}
        row.cells.update({path: -1 for path, _ in row.table.records})  # marks: the row
        for path, optional in row.table.records:
            if all(group in present for group in _groups_of(path, row.table)):
                if optional and path not in present:
                    _put(data, path, None)
                else:
                    _put(data, path, {})
        for column, value, place in values:
            if not all(group in present for group in column.groups):
                continue
            if _empty(value):
                if isinstance(column.node, Nullable):
                    _put(data, column.path, None)
                elif isinstance(column.node, Items):
                    _put(data, column.path, [])  # no items, whatever the default
                continue
            read = self.read_value(column.node, value)
            if isinstance(read, ErrorDetail):
                row.bad[column.path] = (read, place)
                read = value
            _put(data, column.path, read)
        return data

    def meta_text(
        self, found: tuple[object, int | None], sheet: str, number: int, *, required: bool
    ) -> str | None:
        value, place = found
        if _empty(value):
            if required:
                self.problem(ErrorDetail(("@id",), "missing"), sheet, number, place)
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            return value.strip()
        self.problem(_not_cell(value, "text"), sheet, number, place)
        return None

    def meta_index(self, found: tuple[object, int | None], sheet: str, number: int) -> int | None:
        value, place = found
        if _empty(value):
            return None
        read = self.read_value(Integer(), value)
        if isinstance(read, int) and read >= 0:
            return read
        self.problem(_not_cell(value, "a position from 0"), sheet, number, place)
        return None

    def read_value(self, node: Node, value: object) -> object:  # noqa: C901, PLR0912 - one branch per kind
        """The JSON value of a cell of ``node``, or the problem with it."""
        if (
            self.typed
            and isinstance(value, dt.datetime)
            and (not isinstance(node, Date | AnyDate | Nullable) or value.time() != dt.time())
        ):
            return _not_cell(value, "a date without a time")
        match node:
            case Nullable(inner):
                return self.read_value(inner, value)
            case Text():
                return value if isinstance(value, str) else _not_cell(value, "text")
            case Choice() | Scalar():
                return value if isinstance(value, str) else _not_cell(value, "text")
            case Date() | AnyDate():
                if isinstance(value, dt.datetime):
                    return value.date().isoformat()
                if isinstance(value, dt.date):
                    return value.isoformat()
                return value if isinstance(value, str) else _not_cell(value, "a date")
            case Integer() | Number():
                if isinstance(value, str) and (not self.typed or _long_number(value)):
                    return _read_text(node, value.strip())  # a CSV cell, or a long number
                if type(value) is int or (
                    isinstance(node, Number) and type(value) is float and math.isfinite(value)
                ):
                    return value
                return _not_cell(value, "an integer" if isinstance(node, Integer) else "a number")
            case Boolean():
                if isinstance(value, str) and not self.typed:
                    return _read_text(node, value.strip())
                if isinstance(value, bool):
                    return value
                return _not_cell(value, "true or false")
            case Items(item):
                if self.typed and type(value) in (int, float):
                    single = self.read_value(item, value)
                    return single if isinstance(single, ErrorDetail) else [single]
                if not isinstance(value, str):
                    return _not_cell(value, "items joined by '; '")
                out: list[object] = []
                for part in split_escaped(value, ";"):
                    one = _read_text(item, part)
                    if isinstance(one, ErrorDetail):
                        return one
                    out.append(one)
                return out
            case Record() | Tagged():  # pragma: no cover - records are links, not cells
                msg = "a record is not a cell"
                raise TypeError(msg)
            case _:  # pragma: no cover - every kind is handled above
                typing.assert_never(node)

    def assemble(self) -> list[Any]:  # noqa: C901, PLR0912 - one check per kind of link
        by_id: dict[str, _Row] = {}
        for row in self.rows:
            if row.row_id is None:
                continue
            if row.row_id in by_id:
                self.problem(
                    ErrorDetail(("@id",), "duplicate", value=row.row_id, what="@id", what_vi="@id"),
                    row.sheet,
                    row.number,
                    row.places.get("@id"),
                )
                continue
            by_id[row.row_id] = row
        roots: list[_Row] = []
        for row in self.rows:
            if row.parent is None:
                if row.table.cls is self.cls and row.link is None and row.index is None:
                    roots.append(row)
                else:
                    self.problem(
                        ErrorDetail(("@parent",), "missing"),
                        row.sheet,
                        row.number,
                        row.places.get("@parent"),
                    )
                continue
            holder = by_id.get(row.parent)
            if holder is None:
                self.problem(
                    ErrorDetail(
                        ("@parent",),
                        "unknown_reference",
                        value=row.parent,
                        what="row",
                        what_vi="dòng",
                    ),
                    row.sheet,
                    row.number,
                    row.places.get("@parent"),
                )
                continue
            link = holder.table.link(row.link or "")
            if link is None or row.table.cls not in link.classes:
                fields = [f.name for f in holder.table.links if row.table.cls in f.classes]
                reason = f"a {row.table.name} of {holder.table.name} is in " + (
                    ", ".join(fields) or "no field"
                )
                self.problem(
                    ErrorDetail(("@field",), "unknown_field", value=row.link or "", reason=reason),
                    row.sheet,
                    row.number,
                    row.places.get("@field"),
                )
                continue
            if link.items != (row.index is not None):
                wanted = "a position from 0" if link.items else "empty: the field holds one record"
                self.problem(
                    _not_cell(row.index, wanted),
                    row.sheet,
                    row.number,
                    row.places.get("@index"),
                )
                continue
            holder.children.setdefault(link.name, []).append((row.index, row))
        records: list[Any] = []
        rank = {
            sheet: number for number, sheet in enumerate(dict.fromkeys(r.sheet for r in self.rows))
        }
        for position, root in enumerate(roots):
            start = len(self.problems.details)
            made = self.build(root, position)
            found = typing.cast("list[CellDetail]", self.problems.details[start:])
            found.sort(key=lambda d: (rank.get(d.sheet, 0), d.row, d.column_number or 0))
            self.problems.details[start:] = found
            if made is not None:
                records.append(made)
        for row in self.rows:
            if id(row) in self.reached:
                continue
            for path, (detail, place) in sorted(row.bad.items(), key=_by_place):
                self.problem(detail.at(path), row.sheet, row.number, place)
            if row.parent is not None and row.parent in by_id:
                self.problem(
                    ErrorDetail(
                        ("@parent",),
                        "unknown_reference",
                        value=row.parent,
                        what=f"row leading to a {self.cls.__name__}",
                        what_vi=f"dòng dẫn tới một {self.cls.__name__}",
                    ),
                    row.sheet,
                    row.number,
                    row.places.get("@parent"),
                )
        if self.problems:
            raise self.problems.error()
        return records

    def build(self, root: _Row, position: int) -> object | None:
        """The record of ``root`` and the rows below it; ``None`` when it has problems."""
        where: dict[Loc, tuple[_Row, int | None]] = {}
        bad: set[Loc] = set()
        stack: list[tuple[_Row, dict[str, Any], Loc]] = [(root, root.data, ())]
        broken = False
        while stack:
            row, data, loc = stack.pop()
            self.reached.add(id(row))
            where[loc] = (row, None)
            for path, number in row.cells.items():
                where[loc + path] = (row, None if number < 0 else number)
            for path, (detail, place) in sorted(row.bad.items(), key=_by_place):
                bad.add(loc + path)
                self.problem(detail.at((position, *loc, *path)), row.sheet, row.number, place)
            for name, children in row.children.items():
                broken = not self.attach(row, data, loc, name, children, stack) or broken
        if broken:  # rows that do not fit together: their record is not checked
            return None
        try:  # bad cells hold their text: the record's other problems are found too
            record: object = from_dict(self.cls, root.data)
        except ValidationError as error:
            for detail in error.errors:
                if any(detail.loc[: len(path)] == path for path in bad):
                    continue  # the cell's own problem is already told
                found, column = _locate(where, detail.loc)
                self.problem(detail.at((position,)), found.sheet, found.number, column)
            self.problems.count += error.count - len(error.errors)
            return None
        return None if bad else record

    def attach(  # noqa: PLR0917 - one link of one row, and the walk's stack
        self,
        row: _Row,
        data: dict[str, Any],
        loc: Loc,
        name: str,
        children: list[tuple[int | None, _Row]],
        stack: list[tuple[_Row, dict[str, Any], Loc]],
    ) -> bool:
        """Put the records of ``children`` into ``data``; whether they fit the link."""
        link = row.table.link(name)
        target = None if link is None else _reach(data, link.path)
        if link is None or target is None:
            first = children[0][1]
            self.problem(
                ErrorDetail(
                    ("@field",),
                    "inconsistent",
                    detail=f"{name} is inside a record that row {row.row_id} leaves empty",
                    detail_vi=f"{name} nằm trong một bản ghi mà dòng {row.row_id} để trống",
                ),
                first.sheet,
                first.number,
                first.places.get("@field"),
            )
            stack.extend((child, child.data, loc) for _, child in children)
            return False
        ordered = sorted(children, key=lambda pair: pair[0] or 0)
        wanted = list(range(len(ordered))) if link.items else [None]
        if [index for index, _ in ordered] != wanted:
            self.index_problem(ordered, name)
            stack.extend((child, child.data, loc) for _, child in ordered)
            return False
        key = link.path[-1]
        if link.items:
            items: list[dict[str, Any]] = []
            for index, child in ordered:
                items.append(self.child_data(child, link))
                stack.append((child, items[-1], (*loc, *link.path, typing.cast("int", index))))
            target[key] = items
        else:
            child = ordered[0][1]
            target[key] = self.child_data(child, link)
            stack.append((child, target[key], (*loc, *link.path)))
        return True

    def child_data(self, child: _Row, link: Link) -> dict[str, Any]:
        if link.tagged:
            child.data = {TAG_KEY: shape(child.table.cls).tag, **child.data}
        return child.data

    def index_problem(self, ordered: list[tuple[int | None, _Row]], name: str) -> None:
        seen: set[int | None] = set()
        for index, child in ordered:
            if index in seen or index is None or index >= len(ordered):
                self.problem(
                    ErrorDetail(
                        ("@index",),
                        "inconsistent",
                        detail=f"the rows of {name} of row {child.parent} are numbered 0 to"
                        f" {len(ordered) - 1}, each once",
                        detail_vi=f"các dòng {name} của dòng {child.parent} được đánh số từ 0"
                        f" đến {len(ordered) - 1}, mỗi số một lần",
                    ),
                    child.sheet,
                    child.number,
                    child.places.get("@index"),
                )
            seen.add(index)


def _by_place(item: tuple[tuple[str, ...], tuple[ErrorDetail, int | None]]) -> int:
    return item[1][1] or 0


def _groups_of(path: tuple[str, ...], table: Layout) -> list[tuple[str, ...]]:
    return [
        found
        for found, optional in table.records
        if optional and len(found) < len(path) and path[: len(found)] == found
    ]


def _locate(where: dict[Loc, tuple[_Row, int | None]], loc: Loc) -> tuple[_Row, int | None]:
    for end in range(len(loc), -1, -1):
        found = where.get(loc[:end])
        if found is not None:
            return found
    return where[()]  # pragma: no cover - the root is always there


def _reach(data: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any] | None:
    for name in path[:-1]:
        inner = data.get(name)
        if not isinstance(inner, dict):
            return None
        data = inner
    return data


def _put(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    for name in path[:-1]:
        inner = data.get(name)
        if not isinstance(inner, dict):
            return  # inside a record that is absent
        data = inner
    data[path[-1]] = value


def _empty(value: object) -> bool:
    return value is None or value == ""


def _not_cell(value: object, expected: str) -> ErrorDetail:
    kind = {str: "text", bool: "a boolean", int: "a number", float: "a number"}.get(type(value))
    if kind is None:
        if isinstance(value, _Formula):
            kind = "a formula"
        elif isinstance(value, dt.datetime):
            kind, value = "a date and time", value.isoformat(sep=" ")
        elif isinstance(value, dt.date):
            kind = "a date"
        else:
            kind = type(value).__name__
    return ErrorDetail(
        (),
        "invalid_cell",
        value=value,
        expected=expected,
        expected_vi=_EXPECTED_VI.get(expected, expected),
        actual=kind,
        actual_vi=_EXPECTED_VI.get(kind, kind),
    )


_EXPECTED_VI: Final = {
    "text": "văn bản",
    "an integer": "một số nguyên",
    "a number": "một số",
    "a date": "một ngày",
    "a boolean": "giá trị đúng/sai",
    "true or false": "true hoặc false",
    "a date without a time": "một ngày không kèm giờ",
    "a position from 0": "một vị trí tính từ 0",
    "empty: the field holds one record": "để trống: trường chỉ chứa một bản ghi",
    "items joined by '; '": "các mục nối bằng '; '",
    "a formula": "một công thức",
    "a date and time": "một ngày kèm giờ",
}


def _number(text: str) -> object:
    stripped = text.strip()
    match = _NUMBER.match(stripped)
    if match is None or len(stripped) > 400:  # noqa: PLR2004 - far beyond any real figure
        return _not_cell(text, "a number")
    if match.group(1) is None and match.group(2) is None:
        if len(stripped) > _MAX_DIGITS + 1:
            return _not_cell(text, "a number")
        return int(stripped)
    value = float(stripped)
    return value if math.isfinite(value) else _not_cell(text, "a number")


#: The significant digits Excel keeps of a number (Excel's specifications and limits).
EXCEL_DIGITS: Final = 15


def _digits(text: str) -> int:
    mantissa = text.lstrip("-").split("e")[0].split("E")[0].replace(".", "").lstrip("0")
    return len(mantissa.rstrip("0")) if "." in text or "e" in text.lower() else len(mantissa)


def _exact_in_excel(value: float) -> bool:
    """Whether Excel keeps ``value`` as it is: at most 15 significant digits."""
    return _digits(repr(value)) <= EXCEL_DIGITS


def _long_number(text: str) -> bool:
    """Whether a text cell holds a number too long for a number cell, as the writer puts it."""
    stripped = text.strip()
    return bool(_NUMBER.match(stripped)) and _digits(stripped) > EXCEL_DIGITS


def _read_text(node: Node, text: str) -> object:
    """The JSON value of text in a CSV cell, or in an item of a tuple cell of any file."""
    if isinstance(node, Integer):
        if len(text) > _MAX_DIGITS + 1 or not _INTEGER.match(text):
            return _not_cell(text, "an integer")
        return int(text)
    if isinstance(node, Number):
        return _number(text)
    if isinstance(node, Boolean):
        if text in ("true", "false", "TRUE", "FALSE"):
            return text.lower() == "true"
        return _not_cell(text, "true or false")
    return text


def from_tables(
    cls: type[T], tables: Mapping[str, Table | Iterable[Sequence[object]]], *, typed: bool = True
) -> list[T]:
    """Build and validate the records of ``cls`` from tables.

    ``tables`` maps each table's name to a :class:`Table` or to its rows, the header
    first. The records are the rows of ``cls``'s table that have no ``@parent``, in
    order. With ``typed`` (the default) a cell holds a Python value of its field's type,
    as a workbook's cells do; without it every cell is text, as in a CSV file.

    Raises :class:`~ipprogram.ValidationError` of :class:`CellDetail` with every problem.

    >>> from ipprogram import RecipientCount
    >>> rows = [("@id", "kind", "count"), ("r1", "individual", "3"), ("r2", "group", "2.0")]
    >>> from_tables(RecipientCount, {"RecipientCount": rows}, typed=False)
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 2 validation errors:
      RecipientCount!B3 (kind): $[1].kind: 'group' is not one of 'individual', ... [invalid_choice]
      RecipientCount!C3 (count): $[1].count: cell '2.0' is not an integer, it is text [invalid_cell]
    """
    sheets: dict[str, Iterable[Sequence[object]]] = {}
    for name, table in tables.items():
        sheets[name] = (table.header, *table.rows) if isinstance(table, Table) else table
    return _Reader(cls, typed=typed).read(sheets)


# CSV files.


def write_csv(
    records: Iterable[object],
    directory: str | os.PathLike[str],
    *,
    headers: Literal["en", "vi"] = "en",
) -> list[Path]:
    r"""Write records as CSV files, one per table, into ``directory``; return their paths.

    Files are UTF-8 with a byte order mark (so that Excel shows Vietnamese as it is),
    fields quoted where needed and lines ended by CRLF (RFC 4180). A file is named after
    its table: ``Event.csv``.

    >>> import tempfile
    >>> from ipprogram import Person
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [path.name for path in write_csv([Person(full_name="Lê An")], folder)]
    ['Person.csv']
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name, table in to_tables(records, headers=headers).items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            _write_csv_table(table, file)
        paths.append(path)
    return paths


def _write_csv_table(table: Table, file: IO[str]) -> None:
    out = csv.writer(file, lineterminator="\r\n")
    out.writerow(table.header)
    for row in table.rows:
        out.writerow(_csv_text(cell) for cell in row)


def _csv_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float):
        return repr(cell)
    return str(cell)


def read_csv(cls: type[T], source: str | os.PathLike[str]) -> list[T]:
    """Read the records of ``cls`` from CSV files: a directory of tables, or one file.

    A directory holds one file per table, named after it (``Event.csv``); a single file
    is the table of ``cls`` alone. Files are UTF-8, with or without a byte order mark.

    >>> import tempfile
    >>> from ipprogram import Person
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = write_csv([Person(full_name="Lê An")], folder)
    ...     read_csv(Person, folder)
    [Person(full_name='Lê An')]
    """
    path = Path(source)
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    problems = Problems()
    sheets: dict[str, list[list[str]]] = {}
    for file in files:
        name = cls.__name__ + ".csv" if file == path else file.name
        try:
            with file.open(encoding="utf-8-sig", newline="") as handle:
                sheets[name] = list(csv.reader(handle, strict=True))
        except UnicodeDecodeError as error:
            detail = ErrorDetail((), "invalid_encoding", detail=str(error.reason))
            problems.append(CellDetail(detail, name, 1, None, None))
        except csv.Error as error:
            detail = ErrorDetail((), "invalid_cell", value=str(error), expected="CSV", actual="?")
            problems.append(CellDetail(detail, name, 1, None, None))
    if problems:
        raise problems.error()
    return _Reader(cls, typed=False).read(sheets)


# Excel workbooks (the ``excel`` extra: openpyxl).


def _openpyxl() -> Any:  # noqa: ANN401 - the module
    try:
        import openpyxl  # noqa: PLC0415 - an optional extra
    except ImportError as error:  # pragma: no cover - the test run has the extra
        msg = "Excel workbooks need openpyxl: pip install 'ipprogram[excel]'"
        raise ImportError(msg) from error
    return openpyxl


class _FixedZip(zipfile.ZipFile):
    """A ZIP archive whose members all carry one fixed date, so equal input, equal bytes."""

    def writestr(  # type: ignore[override]
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: bytes | str
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, _EPOCH.timetuple()[:6])
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data)

    def write(  # type: ignore[override]
        self, filename: str | os.PathLike[str], arcname: str | None = None
    ) -> None:
        # A worksheet is written to a file first; its member takes the fixed date too.
        self.writestr(arcname or os.fspath(filename), Path(filename).read_bytes())


def _check_excel(sheets: Mapping[str, Table]) -> None:
    """Raise :class:`ValueError` for the first text a workbook cannot hold."""
    for name, table in sheets.items():
        for row_number, row in enumerate(table.rows, start=2):
            for number, value in enumerate(row, start=1):
                if isinstance(value, str) and (
                    len(value) > EXCEL_CELL_LIMIT or _NOT_IN_XML.search(value)
                ):
                    where = f"{name}!{column_letter(number)}{row_number}"
                    msg = (
                        f"{where}: an Excel cell holds at most {EXCEL_CELL_LIMIT} characters"
                        " and no control characters; write this record as JSON or CSV"
                    )
                    raise ValueError(msg)


def _excel_cell(sheet: Any, value: Cell) -> Any:  # noqa: ANN401 - openpyxl's cell
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - an optional extra

    if type(value) in (int, float) and not _exact_in_excel(typing.cast("float", value)):
        value = repr(value)  # text: Excel would round it to 15 digits
    cell = WriteOnlyCell(sheet, typing.cast("Any", value))
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula
    elif isinstance(value, dt.date):
        cell.number_format = "dd/mm/yyyy"
    return cell


def write_excel(
    records: Iterable[object],
    file: str | os.PathLike[str] | IO[bytes],
    *,
    headers: Literal["en", "vi"] = "en",
) -> None:
    """Write records to an Excel workbook (``.xlsx``): one sheet per table.

    Whole dates are date cells shown ``dd/mm/yyyy``; text is always a text cell (text
    that starts with ``=`` is not a formula). The header row is bold and stays in view.
    A number of more than 15 significant digits, which Excel would round, is a text
    cell holding its JSON form, and is read back from it. The same records give the same
    bytes: the workbook's dates are fixed, never the clock's. A text that Excel cannot
    hold (a control character, more than 32,767 characters) raises :class:`ValueError`
    naming the table and the cell. No records make a workbook of one empty sheet.

    >>> import io
    >>> from ipprogram import Person
    >>> out = io.BytesIO()
    >>> write_excel([Person(full_name="Lê An")], out)
    >>> read_excel(Person, io.BytesIO(out.getvalue()))
    [Person(full_name='Lê An')]
    """
    openpyxl = _openpyxl()
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415 - an optional extra
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.writer.excel import ExcelWriter  # noqa: PLC0415

    sheets = to_tables(records, headers=headers)
    _check_excel(sheets)  # before the workbook: nothing is left half written
    workbook = openpyxl.Workbook(write_only=True)
    workbook.properties.created = _EPOCH
    workbook.properties.modified = _EPOCH
    workbook.properties.creator = "ipprogram"
    bold = Font(bold=True)
    for name, table in sheets.items():
        sheet = workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        for number, title in enumerate(table.header, start=1):
            sheet.column_dimensions[column_letter(number)].width = min(max(len(title), 10), 40)
        head = []
        for title in table.header:
            cell = WriteOnlyCell(sheet, title)
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        for row in table.rows:
            sheet.append([_excel_cell(sheet, value) for value in row])
    if not workbook.worksheets:  # no records: a workbook needs a sheet
        workbook.create_sheet("Sheet1")
    target = file if hasattr(file, "write") else Path(typing.cast("str", file)).open("wb")  # noqa: SIM115
    try:
        with _FixedZip(typing.cast("IO[bytes]", target), "w", zipfile.ZIP_DEFLATED) as archive:
            ExcelWriter(workbook, archive).write_data()
    finally:
        if target is not file:
            typing.cast("IO[bytes]", target).close()


def read_excel(cls: type[T], file: str | os.PathLike[str] | IO[bytes]) -> list[T]:
    """Read the records of ``cls`` from an Excel workbook: one sheet per table.

    Cells must hold their field's type: a number cell for a number, a text cell for text
    (a certificate number typed as a number is refused: format the column as Text), a
    date cell or ISO text for a date. A formula is refused; enter its value.

    >>> import io
    >>> from ipprogram import examples
    >>> out = io.BytesIO()
    >>> write_excel([examples.langson_2020()], out)
    >>> read_excel(type(examples.langson_2020()), out) == [examples.langson_2020()]
    True
    """
    openpyxl = _openpyxl()
    source = file if hasattr(file, "read") else Path(typing.cast("str", file))
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        detail = ErrorDetail(
            (), "invalid_cell", value=str(error)[:60], expected="a workbook", actual="?"
        )
        raise ValidationError([CellDetail(detail, "", 1, None, None)]) from None
    try:
        sheets = {sheet.title: _values(sheet) for sheet in workbook.worksheets}
    finally:
        workbook.close()
    return _Reader(cls, typed=True).read(sheets)


class _Formula:
    """A formula cell: refused, with its text shown."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _values(sheet: Any) -> list[list[object]]:  # noqa: ANN401 - an openpyxl worksheet
    rows: list[list[object]] = []
    for row in sheet.iter_rows():
        values: list[object] = []
        for cell in row:
            value = cell.value
            if getattr(cell, "data_type", None) == "f":
                value = _Formula(str(value))
            values.append(value)
        rows.append(values)
    return rows


# pandas data frames (the ``pandas`` extra).


def _dtype(node: Node) -> str:
    inner = node.inner if isinstance(node, Nullable) else node
    match inner:
        case Integer():
            return "Int64"
        case Boolean():
            return "boolean"
        case Text() | Choice() | Scalar() | Items():
            return "string"
        case _:
            return "object"


def to_dataframes(
    records: Iterable[object], *, headers: Literal["en", "vi"] = "en"
) -> dict[str, pd.DataFrame]:
    """Turn records into pandas data frames, one per table, as :func:`to_tables` lays them out.

    Integer columns are ``Int64`` and booleans ``boolean`` (both with missing values),
    text ``string``; numbers and dates keep their Python values.

    >>> from ipprogram import examples
    >>> frames = to_dataframes([examples.langson_2020()])
    >>> frames["Award"][["form", "citation"]].shape
    (2, 2)
    >>> str(frames["RecipientCount"]["count"].dtype)
    'Int64'
    """
    try:
        import pandas as pd  # noqa: PLC0415 - an optional extra
    except ImportError as error:  # pragma: no cover - the test run has the extra
        msg = "data frames need pandas: pip install 'ipprogram[pandas]'"
        raise ImportError(msg) from error
    frames: dict[str, pd.DataFrame] = {}
    for name, table in to_tables(records, headers=headers).items():
        if table.cls is None:  # pragma: no cover - to_tables gives record tables
            continue
        table_layout = layout(table.cls)
        kinds = [
            "string",
            "string",
            "string",
            "Int64",
            *(_dtype(c.node) for c in table_layout.columns),
        ]
        columns = {
            title: pd.array([row[i] for row in table.rows], dtype=typing.cast("Any", kinds[i]))
            for i, title in enumerate(table.header)
        }
        frames[name] = pd.DataFrame(columns)
    return frames


# The long table of outcomes.

#: The columns of :func:`outcome_table`, with their Vietnamese headers.
OUTCOME_COLUMNS: Final[Mapping[str, str]] = {
    "record": "Bản ghi",
    "record_type": "Loại bản ghi",
    "programme": "Chương trình",
    "province": "Tỉnh, thành phố",
    "table": "Loại số liệu",
    "subject": "Đối tượng",
    "measure": "Chỉ số",
    "role": "Vai trò",
    "value": "Giá trị",
    "upper": "Cận trên",
    "qualifier": "Cách nêu số liệu",
    "low": "Không dưới",
    "high": "Không quá",
    "unit": "Đơn vị tính",
    "period_start": "Từ",
    "period_end": "Đến",
    "source": "Nguồn",
}
_TOP_KINDS: Final = frozenset({"province", "municipality"})


def _province(place: object) -> str | None:
    """The province or municipality a locality is in, climbing its ``parent`` chain."""
    while place is not None:
        kind = getattr(place, "kind", None)
        if kind is not None and kind.value in _TOP_KINDS:
            return typing.cast("str", getattr(place, "name", None))
        place = getattr(place, "parent", None)
    return None


def _source_name(source: object) -> str | None:
    if source is None:
        return None
    return typing.cast("str | None", getattr(source, "url", None) or getattr(source, "title", None))


def _ends(period: object) -> tuple[str | None, str | None]:
    if period is None:
        return None, None
    start, end = getattr(period, "start", None), getattr(period, "end", None)
    return (
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
    )


@dataclass(slots=True)
class _Context:
    record: int
    record_type: str
    programme: str | None = None
    province: str | None = None
    source: str | None = None


def _figure_row(  # noqa: PLR0917 - one row's facts
    context: _Context,
    table: str,
    subject: str | None,
    measure: str | None,
    role: str | None,
    quantity: Any,  # noqa: ANN401 - a Quantity
    period: object,
    source: object,
) -> tuple[Cell, ...]:
    low, high = (None, None)
    if quantity.qualifier.value != "about":
        bounds = quantity.bounds()
        low, high = bounds.low, bounds.high
    start, end = _ends(period)
    return (
        context.record,
        context.record_type,
        context.programme,
        context.province,
        table,
        subject,
        measure,
        role,
        quantity.value,
        quantity.upper,
        quantity.qualifier.value,
        low,
        high,
        quantity.unit,
        start,
        end,
        _source_name(source) or context.source,
    )


def _tally_rows(context: _Context, tally: Any) -> Iterator[tuple[Cell, ...]]:  # noqa: ANN401 - a RightsTally
    province = _province(tally.scope) or context.province
    subject = None if tally.scope is None else tally.scope.name
    as_of = None if tally.as_of is None else tally.as_of.isoformat()
    parts = [(part.kind.value, part.count) for part in tally.counts]
    parts += [("total", tally.total), ("in_progress", tally.in_progress)]
    for measure, count in parts:
        if count is None:
            continue
        yield (
            context.record,
            context.record_type,
            context.programme,
            province,
            "rights_tally",
            subject,
            measure,
            "actual",
            count,
            None,
            "exact",
            count,
            count,
            None,
            as_of,
            as_of,
            _source_name(tally.source) or context.source,
        )


def _outcome_rows(position: int, record: object) -> Iterator[tuple[Cell, ...]]:
    pending: list[tuple[object, _Context]] = [(record, _Context(position, type(record).__name__))]
    while pending:
        obj, context = pending.pop()
        name = type(obj).__name__
        if name == "Programme" or getattr(obj, "source", None) is not None:
            context = _Context(
                context.record,
                context.record_type,
                typing.cast("str", getattr(obj, "name", None))
                if name == "Programme"
                else context.programme,
                _province(getattr(obj, "locality", None)) or context.province,
                _source_name(getattr(obj, "source", None)) or context.source,
            )
        if name == "Indicator":
            for value in typing.cast("Any", obj).values:  # noqa: PD011 - an Indicator's
                yield _figure_row(
                    context,
                    "indicator",
                    typing.cast("Any", obj).name,
                    None,
                    value.role.value,
                    value.quantity,
                    value.period,
                    value.source,
                )
        elif name == "Product":
            for figure in typing.cast("Any", obj).figures:
                yield _figure_row(
                    context,
                    "product_figure",
                    typing.cast("Any", obj).name,
                    figure.measure.value,
                    figure.role.value,
                    figure.quantity,
                    figure.period,
                    figure.source,
                )
        elif name == "RightsTally":
            yield from _tally_rows(context, obj)
        children: list[tuple[object, _Context]] = []
        for f in shape(type(obj)).fields:
            if not classes_in(f.node) or f.name == "source":
                continue
            value = getattr(obj, f.name)
            items = value if isinstance(value, tuple) else (value,)
            children.extend((item, context) for item in items if item is not None)
        pending.extend(reversed(children))


def outcome_table(records: Iterable[object], *, headers: Literal["en", "vi"] = "en") -> Table:
    """One long table of every figure in ``records``: a row per value, for comparing provinces.

    Each row is one reported figure: an indicator's baseline, target, actual or forecast,
    a product's figure, or one count of a rights tally (by kind of title, the total, and
    the titles in progress). It says which record it is from (its position in
    ``records``), the programme and province it belongs to, the role, the value with its
    qualifier and bounds (``low`` and ``high``, empty where unbounded or approximate),
    the unit, the period (ISO dates, partial where the source is) and the source (its
    URL, else its title, else the record's). Columns are :data:`OUTCOME_COLUMNS`.

    >>> from ipprogram import examples
    >>> table = outcome_table([examples.langson_programme()])
    >>> table.header[4:9]
    ('table', 'subject', 'measure', 'role', 'value')
    >>> table.rows[0][4:11]
    ('indicator', 'Sản phẩm mang địa danh được bảo hộ quyền sở hữu trí tuệ', None, 'target', 70, \
None, 'at_least')
    """
    rows: list[tuple[Cell, ...]] = []
    for position, record in enumerate(records):
        if not is_record(type(record)):
            msg = f"outcome_table() takes ipprogram records, not {type(record).__name__}"
            raise TypeError(msg)
        rows.extend(_outcome_rows(position, record))
    header = tuple(OUTCOME_COLUMNS.values() if headers == "vi" else OUTCOME_COLUMNS)
    return Table("outcomes", header, tuple(rows))
