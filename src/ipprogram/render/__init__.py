"""Records written out in Vietnamese.

:func:`render` writes any record as Vietnamese text: an event as a news-style summary
(date, organiser, programmes reviewed and launched, who attended and spoke, results,
awards with their counts, photos, byline), a programme as an outcome report in Markdown
(:func:`outcome_report`), other records as the phrase a report would use for them.
:func:`heading` writes the dateline-and-title block of a document, and :func:`to_html`
any record as an HTML page or fragment with its JSON-LD.

>>> from ipprogram import examples, render
>>> print(render(examples.langson_2020()).splitlines()[0])
Hội nghị tổng kết Chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 – 2020
"""

from ipprogram.render import parts  # noqa: F401 - registers the phrases of parts
from ipprogram.render.html import to_html
from ipprogram.render.phrases import (
    decision_phrase,
    event_title,
    heading,
    programme_title,
    render,
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
