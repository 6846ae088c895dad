r"""Records as HTML: a page or a fragment a portal can publish, with its JSON-LD.

:func:`to_html` writes what :func:`~ipprogram.render` writes, as HTML: an event as an
article headed by its dateline and title in the layout of Decree 30/2020/NĐ-CP,
Appendix I (place and date, then the title in capitals), its photos as figures, its
byline apart; a programme's outcome report with its headings, lists and tables; any
other record as its phrase. Every text is escaped. A page embeds the record's JSON-LD
(``<script type="application/ld+json">``, from :func:`~ipprogram.to_jsonld`) for search
engines, declares ``lang="vi"``, and prints on A4 with the margins and type of Decree
30/2020/NĐ-CP, Appendix I, part I: Times New Roman, 13 to 14 points, top and bottom
margins of 20 to 25 mm, left 30 to 35 mm, right 15 to 20 mm. Vietnamese words are
never hyphenated at a line break: a syllable is a word of its own.

>>> from ipprogram import examples
>>> from ipprogram.render.html import to_html
>>> page = to_html(examples.langson_2020())
>>> page.startswith('<!DOCTYPE html>\n<html lang="vi">')
True
>>> '<p class="dateline">Lạng Sơn, ngày 02 tháng 12 năm 2020</p>' in page
True
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Final

from ipprogram._split import split_escaped
from ipprogram.model import Event, Programme
from ipprogram.render.phrases import event_title, heading, render
from ipprogram.render.report import outcome_report

__all__ = ["STYLE", "to_html", "to_html_page"]

#: The page's style sheet, after Decree 30/2020/NĐ-CP, Appendix I, part I, for print on A4.
STYLE: Final = """\
@page { size: A4; margin: 20mm 20mm 20mm 30mm; }
html { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt; }
body { max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.5;
  hyphens: manual; -webkit-hyphens: manual; overflow-wrap: break-word; }
article p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
.heading { text-align: center; margin-bottom: 12pt; }
.heading p { text-indent: 0; text-align: center; margin: 0; }
.heading .dateline { font-style: italic; }
.heading .number { font-style: normal; }
h1 { font-size: 14pt; font-weight: bold; text-transform: none; margin: 6pt 0; }
h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; }
figure { margin: 6pt 0; } figcaption { font-style: italic; text-align: center; }
p.byline { text-align: right; font-weight: bold; text-indent: 0; }
table { border-collapse: collapse; margin: 6pt 0; }
th, td { border: 1px solid #000; padding: 2pt 6pt; vertical-align: top; }
td.number { text-align: right; }
@media print { body { margin: 0; max-width: none; padding: 0; } }
"""
_PHOTO: Final = "Ảnh: "


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _script(record: object) -> str:
    """The record's JSON-LD as a script element; ``<`` escaped so no text can end it."""
    from ipprogram.io.jsonld import to_jsonld  # noqa: PLC0415 - loaded for pages only

    data = json.dumps(to_jsonld(record), ensure_ascii=False, indent=2)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{data}\n</script>'


def _event(event: Event) -> tuple[str, str]:
    lines = heading(event).split("\n")
    title = event_title(event)
    top = [f'<p class="dateline">{_e(line)}</p>' for line in lines[:-1]]
    head = "\n".join(['<header class="heading">', *top, f"<h1>{_e(lines[-1])}</h1>", "</header>"])
    paragraphs = render(event).split("\n\n")[1:]  # the title is the heading's
    if paragraphs and paragraphs[0] in lines:
        paragraphs = paragraphs[1:]  # so is the dateline
    body: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.startswith(_PHOTO):
            body.append(f"<figure><figcaption>{_e(paragraph)}</figcaption></figure>")
        elif index == len(paragraphs) - 1 and event.source is not None and event.source.authors:
            body.append(f'<p class="byline">{_e(paragraph)}</p>')  # the authors, last
        else:
            body.append(f"<p>{_e(paragraph)}</p>")
    return title, "\n".join(["<article>", head, *body, "</article>"])


def _markdown(text: str) -> str:
    """The Markdown that :func:`~ipprogram.render.outcome_report` writes, as HTML.

    Headings (``#``, ``##``), lists (``- ``), tables (``|`` rows with a ``---`` rule)
    and paragraphs: that subset only, every text escaped.
    """
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("# "):
            out.append(f"<h1>{_e(lines[0][2:])}</h1>")
            lines = lines[1:]
        elif lines[0].startswith("## "):
            out.append(f"<h2>{_e(lines[0][3:])}</h2>")
            lines = lines[1:]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_e(line[2:])}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")
        elif all(line.startswith("|") for line in lines):
            out.append(_table(lines))
        else:
            out.append(f"<p>{_e(' '.join(lines))}</p>")
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    r"""The cells of a Markdown table row, each ``\|`` and ``\\`` read back."""
    return split_escaped(line.strip().removeprefix("|").removesuffix("|"), "|")


def _table(lines: list[str]) -> str:
    head, rows = _cells(lines[0]), [_cells(line) for line in lines[2:]]
    th = "".join(f'<th scope="col">{_e(cell)}</th>' for cell in head)

    def td(cell: str) -> str:
        number = cell.replace(".", "").replace(",", "").replace("%", "").strip().isdigit()
        return f'<td class="number">{_e(cell)}</td>' if number else f"<td>{_e(cell)}</td>"

    body = "".join("<tr>" + "".join(td(cell) for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _article(record: object) -> tuple[str, str]:
    """The record's title and its ``<article>``."""
    if isinstance(record, Event):
        return _event(record)
    if isinstance(record, Programme):
        report = outcome_report(record)
        title = report.split("\n", 1)[0].removeprefix("# ")
        return title, f"<article>\n{_markdown(report)}\n</article>"
    title = render(record)
    return title, f"<article>\n<p>{_e(title)}</p>\n</article>"


def to_html(record: object, *, fragment: bool = False) -> str:
    r"""Write ``record`` as an HTML page, or with ``fragment`` as an ``<article>`` alone.

    The page holds the record's JSON-LD and a style sheet for print on A4; a fragment
    is for a portal's own page, which brings its own head and style.

    >>> from ipprogram import Person
    >>> to_html(Person(full_name="<b>Lê An</b>"), fragment=True)
    '<article>\n<p>&lt;b&gt;Lê An&lt;/b&gt;</p>\n</article>'
    """
    if fragment:
        return _article(record)[1]
    return to_html_page([record])


def to_html_page(records: Sequence[object]) -> str:
    """One HTML page of several records: each an ``<article>``, each with its JSON-LD.

    The page's title is the first record's.

    >>> from ipprogram import Person
    >>> page = to_html_page([Person(full_name="Lê An"), Person(full_name="Đoàn Thu Hà")])
    >>> page.count("<article>"), page.count('type="application/ld+json"')
    (2, 2)
    """
    if not records:
        msg = "to_html_page() needs at least one record"
        raise ValueError(msg)
    parts = [_article(record) for record in records]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="vi">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(parts[0][0])}</title>",
            f"<style>\n{STYLE}</style>",
            *(_script(record) for record in records),
            "</head>",
            "<body>",
            *(article for _, article in parts),
            "</body>",
            "</html>",
            "",
        ]
    )
