"""Records written out in Vietnamese.

:func:`render` writes any record as Vietnamese text: an event as a news-style summary
(date, organiser, programmes reviewed and launched, who attended and spoke, results,
awards with their counts, photos, byline), a programme as an outcome report in Markdown
(:func:`outcome_report`), other records as the phrase a report would use for them.
:func:`heading` writes the dateline-and-title block of a document, and :func:`to_html`
any record as an HTML page or fragment with its JSON-LD.

The writers load on first use: ``import ipprogram`` does not import them.

>>> from ipprogram import examples, render
>>> print(render(examples.langson_2020()).splitlines()[0])
Hội nghị tổng kết Chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 – 2020
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ipprogram._lazy import lazy_attributes

if TYPE_CHECKING:
    from ipprogram.render.html import to_html
    from ipprogram.render.phrases import (
        decision_phrase,
        event_title,
        heading,
        programme_title,
        source_notes,
    )
    from ipprogram.render.report import outcome_report

__all__ = [
    "decision_phrase",
    "event_title",
    "heading",
    "outcome_report",
    "programme_title",
    "render",
    "source_notes",
    "to_html",
]


def render(obj: object) -> str:
    """Write a record in Vietnamese: an event as a summary, any other record as a phrase.

    The writers for each kind of record (``ipprogram.render.phrases``, which imports the
    parts and the report that register theirs with it) are imported on the first call.

    >>> from ipprogram import Person
    >>> render(Person(full_name="Đoàn Thu Hà"))
    'Đoàn Thu Hà'
    """
    from ipprogram.render.phrases import render as write  # noqa: PLC0415 - on first use

    return write(obj)


if not TYPE_CHECKING:  # type checkers see the imports above
    __getattr__, __dir__ = lazy_attributes(
        globals(),
        {
            "decision_phrase": "ipprogram.render.phrases",
            "event_title": "ipprogram.render.phrases",
            "heading": "ipprogram.render.phrases",
            "programme_title": "ipprogram.render.phrases",
            "source_notes": "ipprogram.render.phrases",
            "outcome_report": "ipprogram.render.report",
            "to_html": "ipprogram.render.html",
        },
    )
