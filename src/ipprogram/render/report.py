"""A programme's outcome report in Vietnamese, as Markdown.

The report has the programme's title with its period; what it implements, who approved
and leads it, and what follows it; its results; its projects with the rights they aim at
and were granted; its indicators with targets, actuals and achievement; the awards of
the events that reviewed it; the products it names; and the projects planned for the
programme that succeeds it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ipprogram import outcomes
from ipprogram.model import Event, Programme, Project
from ipprogram.render.phrases import decision_phrase, figures_date, programme_title, render
from ipprogram.vi import (
    format_count,
    format_list,
    format_percent,
    format_period,
    introduce,
)
from ipprogram.vi.quantities import format_quantity

__all__ = ["outcome_report"]

_DASH = "–"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return lines


def _about(programme: Programme) -> list[str]:
    lines = []
    if programme.level is not None:
        lines.append(f"- Cấp: {programme.level.label}")
    if programme.approved_by is not None:
        lines.append(f"- Phê duyệt: {decision_phrase(programme.approved_by)}")
    if programme.lead_agency is not None:
        lines.append(f"- Cơ quan chủ trì: {programme.lead_agency.name}")
    if programme.parent is not None:
        parent = programme_title(programme.parent)
        if programme.parent.approved_by is not None:
            parent += f" ({decision_phrase(programme.parent.approved_by)})"
        lines.append(f"- Thực hiện: {parent}")
    if programme.successor is not None:
        lines.append(f"- Tiếp nối: {programme_title(programme.successor)}")
    if programme.document is not None:
        lines.append(f"- Văn bản: {decision_phrase(programme.document)}")
    if programme.proposal is not None:
        lines.append(f"- Đề xuất: {decision_phrase(programme.proposal)}")
    if programme.supports:
        lines.append(f"- Hỗ trợ: {format_list([kind.label for kind in programme.supports])}")
    lines += [f"- {duty.agency.name}: {duty.task}" for duty in programme.duties]
    return lines


def _results(programme: Programme) -> list[str]:
    items = [outcome.label for outcome in programme.outcomes]
    items += [f"xây dựng {render(support)}" for support in programme.mark_support]
    return ["## Kết quả", "", *(f"- {item[:1].upper()}{item[1:]}" for item in items)]


def _project_row(number: int, project: Project) -> list[str]:
    result = render(project.result) if project.result is not None else _DASH
    return [
        str(number),
        project.title or _DASH,
        project.aims_at.label,
        project.product.name if project.product else _DASH,
        project.host.name if project.host else _DASH,
        format_period(project.period) if project.period else _DASH,
        format_quantity(project.budget) if project.budget else _DASH,
        project.status.label,
        result,
    ]


def _projects(programme: Programme) -> list[str]:
    header = [
        "TT",
        "Nhiệm vụ",
        "Quyền hướng tới",
        "Sản phẩm",
        "Đơn vị chủ trì",
        "Thời gian",
        "Kinh phí",
        "Trạng thái",
        "Văn bằng",
    ]
    rows = [_project_row(number, project) for number, project in enumerate(programme.projects, 1)]
    return ["## Nhiệm vụ", "", *_tally(programme), "", *_table(header, rows)]


def _tally(programme: Programme) -> list[str]:
    tally = outcomes.planned_vs_granted(programme)
    planned = sum(count.planned for count in tally.values())
    granted = sum(count.granted for count in tally.values())
    kinds = format_list([format_count(count.planned, kind.label) for kind, count in tally.items()])
    decisions = {p.approved_by for p in programme.projects if p.approved_by is not None}
    approved = (
        f" theo {format_list([decision_phrase(d) for d in sorted(decisions, key=str)])}"
        if decisions
        else ""
    )
    done = (
        f"{format_count(granted, 'nhiệm vụ')} đã được cấp văn bằng"
        if granted
        else "chưa có nhiệm vụ nào được cấp văn bằng"
    )
    return [f"{format_count(planned, 'nhiệm vụ')}{approved}: {kinds}; {done}."]


def _indicators(programme: Programme) -> list[str]:
    rows = []
    for result in outcomes.results(programme):
        reached = _DASH
        if result.achievement is not None:
            low, high = result.achievement.low, result.achievement.high
            if result.achievement.ratio is not None:
                reached = format_percent(result.achievement.ratio * 100, decimals=1)
            elif low is not None:
                reached = f"từ {format_percent(low * 100, decimals=1)}"
                if high is not None:
                    reached += f" đến {format_percent(high * 100, decimals=1)}"
            if result.achievement.approximate:
                reached = f"khoảng {reached}"
        rows.append(
            [
                result.indicator,
                format_period(result.period) if result.period else _DASH,
                format_quantity(result.target) if result.target else _DASH,
                format_quantity(result.actual) if result.actual else _DASH,
                reached,
            ]
        )
    header = ["Chỉ số", "Thời gian", "Chỉ tiêu", "Kết quả", "Mức đạt"]
    lines = ["## Chỉ tiêu và kết quả", "", *_table(header, rows)]
    for conflict in outcomes.conflicts(programme):
        figures = "; ".join(
            format_quantity(value.quantity)
            + (f" ({value.source.title})" if value.source and value.source.title else "")
            for value in conflict.values
        )
        lines += ["", f"Số liệu chưa thống nhất về {conflict.indicator}: {figures}."]
    return lines


def _rights(programme: Programme) -> list[str]:
    counts = outcomes.rights_by_kind(programme)
    summary = format_list([format_count(n, kind.label) for kind, n in counts.items()])
    lines = ["## Quyền sở hữu trí tuệ", "", f"Đã được bảo hộ: {summary}.", ""]
    return lines + [f"- {render(right)}" for right in outcomes.rights(programme)]


def _same(one: Programme, other: Programme) -> bool:
    """Whether two records name the same programme, however much each says of it."""
    return (one.kind, one.name, one.period, one.locality) == (
        other.kind,
        other.name,
        other.period,
        other.locality,
    )


def _awards(programme: Programme, events: Iterable[Event]) -> list[str]:
    lines = []
    for event in events:
        if not any(_same(programme, reviewed) for reviewed in event.reviews):
            continue
        when = "" if event.date is None else f" ({figures_date(event.date)})"
        lines += [f"- {render(award)}{when}" for award in event.awards]
    return ["## Khen thưởng", "", *lines] if lines else []


def _successor(programme: Programme) -> list[str]:
    successor = programme.successor
    if successor is None or not successor.projects:
        return []
    return ["## Giai đoạn tiếp theo", "", f"{programme_title(successor)}:", "", *_tally(successor)]


def outcome_report(programme: Programme, *, events: Iterable[Event] = ()) -> str:
    """Write a programme's outcome report in Vietnamese Markdown.

    Sections the programme has nothing for are left out. ``events`` are searched for
    those that reviewed the programme, whose awards the report lists. ``render(programme)``
    is this report without events. Each abbreviation is spelled out at its first use
    (:func:`ipprogram.vi.abbreviations.introduce`).

    >>> from ipprogram import examples
    >>> report = outcome_report(examples.langson_programme(), events=[examples.langson_2020()])
    >>> print(report.splitlines()[0])
    # Chương trình phát triển tài sản trí tuệ tỉnh Lạng Sơn giai đoạn 2016 – 2020
    >>> "08 nhiệm vụ theo Quyết định số 535/QĐ-UBND ngày 25/2/2021" in report
    True
    """
    events = list(events)
    blocks = [[f"# {programme_title(programme)}"], _about(programme)]
    if programme.outcomes or programme.mark_support:
        blocks.append(_results(programme))
    if programme.projects:
        blocks.append(_projects(programme))
    if programme.indicators:
        blocks.append(_indicators(programme))
    if outcomes.rights(programme):
        blocks.append(_rights(programme))
    blocks.append(_awards(programme, events))
    if programme.exported_products:
        products = format_list([product.name for product in programme.exported_products])
        blocks.append(["## Mở rộng thị trường xuất khẩu, quảng bá", "", f"{products}."])
    blocks.append(_successor(programme))
    return introduce("\n\n".join("\n".join(block) for block in blocks if block)) + "\n"


@render.register(Programme)
def _programme(obj: Programme) -> str:
    return outcome_report(obj)
