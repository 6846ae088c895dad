"""The phrases of the records that are parts of others: every public record renders.

A document is cited as running text cites it, a source as a report's footnote names
it, a quantity with its hedge, a project, an indicator and its values as a report lists
them. Each is the phrase :func:`~ipprogram.render.render` writes for it alone; inside
an event or a programme, the same parts are written in their sentences.

>>> from ipprogram import Quantity, Qualifier, render
>>> render(Quantity(value=350, qualifier=Qualifier.ABOUT, unit="đại biểu"))
'khoảng 350 đại biểu'
"""

from __future__ import annotations

from ipprogram.model import (
    AwardRecipients,
    Claim,
    DocumentRef,
    Duty,
    Erratum,
    Indicator,
    IndicatorValue,
    PartialDate,
    Participant,
    Photo,
    Project,
    QualityThreshold,
    Quantity,
    RecipientCount,
    RightsCount,
    Source,
)
from ipprogram.render.phrases import FIELD_LABELS, _capitalize, decision_phrase, render
from ipprogram.vi import date_phrase, format_count, format_list, format_period
from ipprogram.vi.quantities import format_quantity

__all__: list[str] = []  # the phrases are reached through render()


@render.register(Quantity)
def _quantity(obj: Quantity) -> str:
    return format_quantity(obj)


@render.register(PartialDate)
def _partial_date(obj: PartialDate) -> str:
    return date_phrase(obj)


@render.register(DocumentRef)
def _document(obj: DocumentRef) -> str:
    """The citation, then its issuers, title and signer: what a report cites of it."""
    text = decision_phrase(obj)
    issuers = [issuer.name for issuer in (obj.issuer, *obj.co_issuers) if issuer is not None]
    if issuers and obj.number is not None:
        text += f" của {format_list(issuers)}"
    if obj.title is not None and obj.number is not None:
        text += f" “{obj.title}”"
    if obj.signed_by is not None:
        text += f", do {obj.signed_by.title} ký"
    return _capitalize(text)


@render.register(Erratum)
def _erratum(obj: Erratum) -> str:
    text = f"“{obj.written}” (đúng là “{obj.meant}”)"
    return text if obj.note is None else f"{text}: {obj.note}"


@render.register(Source)
def _source(obj: Source) -> str:
    """A source as a footnote names it: title, publisher, authors, date, address."""
    parts = []
    if obj.title is not None:
        parts.append(f"“{obj.title}”")
    if obj.publisher is not None:
        parts.append(obj.publisher.name)
    if obj.authors:
        parts.append(format_list([author.full_name for author in obj.authors]))
    when = _when(obj)
    if when is not None:
        parts.append(when)
    if obj.url is not None:
        parts.append(obj.url)
    if obj.language is not None and obj.language != "vi":
        parts.append(f"tiếng {_LANGUAGES.get(obj.language, obj.language)}")
    text = "Nguồn: " + (", ".join(parts) if parts else "không rõ")
    if obj.copied_from is not None:
        text += f" (dẫn lại từ {render(obj.copied_from).removeprefix('Nguồn: ')})"
    if obj.errata:
        text += "; đính chính: " + "; ".join(render(erratum) for erratum in obj.errata)
    return text


def _when(obj: Source) -> str | None:
    """When a page was published, with its time; the line as printed if not read."""
    if obj.published is None:
        return obj.dateline
    when = date_phrase(obj.published)
    if obj.published_time is not None:
        when = f"{obj.published_time.hour:02d}:{obj.published_time.minute:02d} {when}"
    return when


#: Languages a source may be in, by BCP 47 tag, as Vietnamese names them.
_LANGUAGES = {"en": "Anh", "fr": "Pháp", "zh": "Trung", "ja": "Nhật", "ko": "Hàn"}


@render.register(Photo)
def _photo(obj: Photo) -> str:
    text = f"Ảnh: {obj.caption}"
    return text if obj.credit is None else f"{text} (ảnh: {obj.credit})"


@render.register(RecipientCount)
def _recipient_count(obj: RecipientCount) -> str:
    return format_count(obj.count, obj.kind.label)


@render.register(RightsCount)
def _rights_count(obj: RightsCount) -> str:
    return format_count(obj.count, obj.kind.label.lower())


@render.register(QualityThreshold)
def _threshold(obj: QualityThreshold) -> str:
    return f"{obj.property}: {format_quantity(obj.quantity)}"


@render.register(Duty)
def _duty(obj: Duty) -> str:
    return f"{obj.agency.name}: {obj.task}"


@render.register(AwardRecipients)
def _award_recipients(obj: AwardRecipients) -> str:
    return f"các tập thể, cá nhân được khen thưởng (khen thưởng “{obj.award}”)"


@render.register(Participant)
def _participant(obj: Participant) -> str:
    text = render(obj.party)
    roles = [role.label for role in obj.roles]
    if roles:
        text += f" ({format_list(roles)})"
    if obj.count is not None:
        text += f": {format_quantity(obj.count)}"
    return text


@render.register(Claim)
def _claim(obj: Claim) -> str:
    """A claim alone: the field, what the source writes, and how sure the record is."""
    name = obj.field.rpartition(".")[2].partition("[")[0]
    label = _capitalize(FIELD_LABELS.get(name, obj.field))
    text = f"{label}: {obj.certainty.label}"
    if obj.value is not None:
        text += f" “{obj.value}”"
    if obj.reading is not None:
        text += f", hiểu là “{obj.reading}”"
    if obj.basis is not None:
        text += f"; căn cứ: {obj.basis}"
    if obj.source is not None:
        text += f" ({render(obj.source)})"
    return text


@render.register(Project)
def _project(obj: Project) -> str:
    """A project as a report lists it: what it builds, for what, who, when, how much."""
    text = f"Nhiệm vụ “{obj.title}”" if obj.title is not None else "Nhiệm vụ"
    text += f" xây dựng {obj.aims_at.label.lower()}"
    if obj.product is not None:
        text += f" cho sản phẩm {obj.product.name}"
    details = []
    if obj.host is not None:
        details.append(f"đơn vị chủ trì: {obj.host.name}")
    if obj.leader is not None:
        details.append(f"chủ nhiệm: {obj.leader.full_name}")
    if obj.period is not None:
        details.append(f"thời gian: {format_period(obj.period)}")
    if obj.budget is not None:
        details.append(f"kinh phí: {format_quantity(obj.budget)}")
    if obj.approved_by is not None:
        details.append(f"phê duyệt theo {decision_phrase(obj.approved_by)}")
    details.append(f"trạng thái: {obj.status.label}")
    if obj.result is not None:
        details.append(f"kết quả: {render(obj.result)}")
    return f"{text} ({'; '.join(details)})"


@render.register(IndicatorValue)
def _indicator_value_phrase(obj: IndicatorValue) -> str:
    return _capitalize(_indicator_value(obj))


def _indicator_value(obj: IndicatorValue) -> str:
    text = f"{obj.role.label}: {format_quantity(obj.quantity)}"
    if obj.period is not None:
        text += f" ({format_period(obj.period)})"
    if obj.note is not None:
        text += f"; {obj.note}"
    return text


@render.register(Indicator)
def _indicator(obj: Indicator) -> str:
    text = obj.name
    if obj.values:
        text += ": " + "; ".join(_indicator_value(value) for value in obj.values)
    if obj.note is not None:
        text += f" ({obj.note})"
    return text
