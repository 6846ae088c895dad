"""Vietnamese phrases for records, and the news-style summary of an event."""

from __future__ import annotations

from functools import singledispatch

from ipprogram.ids import legal_document
from ipprogram.model import (
    Award,
    AwardRecipients,
    DocumentRef,
    Event,
    EventKind,
    GeographicalIndication,
    Household,
    Locality,
    MarkSupport,
    Organization,
    OrganizationGroup,
    Participant,
    ParticipantRole,
    Period,
    Person,
    Position,
    Product,
    Programme,
    RecipientKind,
    Trademark,
)
from ipprogram.vi import (
    dateline,
    format_count,
    format_date,
    format_list,
    format_period,
    format_person,
    format_position,
)

__all__ = ["event_title", "heading", "programme_title", "render"]


#: The noun running text uses for an event already named ("tại hội nghị").
_EVENT_NOUN: dict[EventKind, str] = {
    EventKind.SUMMARY_CONFERENCE: "hội nghị",
    EventKind.REVIEW_CONFERENCE: "hội nghị",
    EventKind.CONFERENCE: "hội nghị",
    EventKind.WORKSHOP: "hội thảo",
    EventKind.TRAINING_COURSE: "lớp tập huấn",
    EventKind.CEREMONY: "buổi lễ",
    EventKind.CERTIFICATE_HANDOVER: "buổi lễ",
    EventKind.CONTEST: "cuộc thi",
    EventKind.FAIR: "hội chợ",
    EventKind.MEETING: "cuộc họp",
}


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@singledispatch
def render(obj: object) -> str:
    """Write a record in Vietnamese.

    >>> from ipprogram import Person, Position, Organization
    >>> ubnd = Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh")
    >>> render(
    ...     Person(
    ...         full_name="Đoàn Thu Hà", position=Position(title="Phó Chủ tịch", organization=ubnd)
    ...     )
    ... )
    'đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh'
    """
    msg = f"render() does not know {type(obj).__name__}; pass an ipprogram record"
    raise TypeError(msg)


@render.register(Locality)
def _locality(obj: Locality) -> str:
    return obj.qualified_name


@render.register(Period)
def _period(obj: Period) -> str:
    return format_period(obj)


@render.register(Organization)
@render.register(OrganizationGroup)
@render.register(Product)
def _name(obj: Organization | OrganizationGroup | Product) -> str:
    return obj.name


@render.register(Position)
def _position(obj: Position) -> str:
    return format_position(obj)


@render.register(Person)
def _person(obj: Person) -> str:
    return format_person(obj, honorific="đồng chí" if obj.position is not None else None)


@render.register(Household)
def _household(obj: Household) -> str:
    return f"hộ {obj.head.full_name}"


@render.register(Trademark)
def _trademark(obj: Trademark) -> str:
    text = f"{obj.kind.label} “{obj.name}” của {obj.owner.name}"
    if obj.certificate_number:
        text += f", số {obj.certificate_number}"
    if obj.grant_date:
        text += f", cấp {format_date(obj.grant_date, 'numeric')}"
    return text


@render.register(GeographicalIndication)
def _gi(obj: GeographicalIndication) -> str:
    text = f"Chỉ dẫn địa lý “{obj.name}”"
    if obj.products:
        text += f" cho sản phẩm {format_list([p.name for p in obj.products])}"
    if obj.certificate_number:
        text += f", số {obj.certificate_number}"
    return text


@render.register(MarkSupport)
def _mark_support(obj: MarkSupport) -> str:
    text = _lower_first(obj.kind.label)
    if obj.category is not None:
        text += f" cho các sản phẩm {_lower_first(obj.category.label)}"
    return text


def programme_title(obj: Programme) -> str:
    """The full name of a programme with its place and period, as titles write it.

    >>> from ipprogram import examples
    >>> programme_title(examples.langson_2020().launches[0])
    'Đề án thực hiện Chiến lược sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn'
    """
    parts = [obj.name]
    place = obj.locality.full_name if obj.locality else None
    if obj.period is not None and obj.period.start is None:
        parts.append(format_period(obj.period))
        if place:
            parts.append(f"trên địa bàn {place}")
    else:
        if place:
            parts.append(place)
        if obj.period is not None:
            parts.append(format_period(obj.period))
    return " ".join(parts)


def _recipient_counts(award: Award) -> str:
    counts = [(award.count(kind), kind.label) for kind in _counted_kinds(award)]
    return ", ".join(format_count(count, noun) for count, noun in counts)


def _counted_kinds(award: Award) -> list[RecipientKind]:
    if award.counts:
        return [count.kind for count in award.counts]
    return [kind for kind in RecipientKind if award.count(kind)]


@render.register(Award)
def _award(obj: Award) -> str:
    who = _recipient_counts(obj)
    if obj.citation:
        who = f"{who} {obj.citation}"
    text = f"{who} được nhận {obj.form.label} của {render(obj.conferred_by)}"
    if obj.recipients:
        text += f" ({format_list([render(r) for r in obj.recipients])})"
    return text


def _award_recipients(obj: AwardRecipients, event: Event) -> str:
    for award in event.awards:
        if award.id == obj.award:
            kinds = ", ".join(kind.label for kind in _counted_kinds(award))
            return f"các {kinds} được {render(award.conferred_by)} tặng {award.form.label}"
    return f"những người nhận khen thưởng “{obj.award}”"  # pragma: no cover - Event checks ids


def _participant(obj: Participant, event: Event) -> str:
    party = obj.party
    if isinstance(party, AwardRecipients):
        return _award_recipients(party, event)
    if isinstance(party, Organization):
        name = party.name
        if party.parent is not None:
            name += f" thuộc {party.parent.name}"
    else:
        name = render(party)
    if ParticipantRole.LEADERSHIP_REPRESENTATIVE in obj.roles:
        return f"đại diện lãnh đạo {name}"
    if ParticipantRole.REPRESENTATIVE in obj.roles:
        return f"đại diện {name}"
    return name


def event_title(obj: Event) -> str:
    """An event's title: its own, or its kind and the programmes it reviewed.

    >>> from ipprogram import examples
    >>> event_title(examples.langson_2020())[:31]
    'Hội nghị tổng kết Chương trình '
    """
    if obj.title:
        return obj.title
    parts = [obj.kind.label]
    if obj.reviews:
        parts.append(format_list([programme_title(p) for p in obj.reviews]))
    return " ".join(parts)


def _programme_results(programme: Programme) -> list[str]:
    lines = []
    results = [outcome.label for outcome in programme.outcomes]
    results += [f"xây dựng {render(support)}" for support in programme.mark_support]
    if results:
        lines.append(f"Kết quả thực hiện {programme_title(programme)}: {'; '.join(results)}.")
    if programme.exported_products:
        products = format_list([render(p) for p in programme.exported_products])
        lines.append(f"Các sản phẩm đã được xuất khẩu: {products}.")
    return lines


def _opening(obj: Event) -> str:
    who = format_list([render(o) for o in obj.organizers])
    text = f"Ngày {format_date(obj.date, 'numeric')}, "
    if obj.end_date is not None and obj.end_date != obj.date:
        first = format_date(obj.date, "numeric")
        text = f"Từ ngày {first} đến ngày {format_date(obj.end_date, 'numeric')}, "
    if obj.venue is not None:
        text += f"tại {obj.venue}, "
    text += f"{who} tổ chức " if who else "diễn ra "
    text += _lower_first(obj.kind.label)
    if obj.reviews:
        text += f" {format_list([programme_title(p) for p in obj.reviews])}"
    if obj.launches:
        text += f" và triển khai {format_list([programme_title(p) for p in obj.launches])}"
    return text + "."


def _proceedings(obj: Event, noun: str) -> list[str]:
    paragraphs = []
    if obj.participants:
        attending = "; ".join(_participant(p, obj) for p in obj.participants)
        paragraphs.append(f"Dự {noun} có {attending}.")
    for programme in obj.reviews:
        paragraphs.extend(_programme_results(programme))
    if obj.awards:
        paragraphs.append(f"Tại {noun}, {'; '.join(render(a) for a in obj.awards)}.")
    speakers = [p.party for p in obj.participants if ParticipantRole.SPEAKER in p.roles]
    if speakers:
        paragraphs.append(f"Phát biểu tại {noun}: {format_list([render(s) for s in speakers])}.")
    paragraphs.extend(
        _capitalize(
            f"{render(award.presented_by)} trao {award.form.label}"
            f" của {render(award.conferred_by)}."
        )
        for award in obj.awards
        if award.presented_by is not None
    )
    return paragraphs


@render.register(Event)
def _event(obj: Event) -> str:
    paragraphs = [event_title(obj)]
    if obj.locality is not None:
        paragraphs.append(dateline(obj.locality.name, obj.date))
    paragraphs.append(_opening(obj))
    paragraphs.extend(_proceedings(obj, _EVENT_NOUN[obj.kind]))
    paragraphs.extend(f"Ảnh: {photo.caption}" for photo in obj.photos)
    if obj.source is not None and obj.source.authors:
        paragraphs.append(format_list([a.full_name for a in obj.source.authors]))
    return "\n\n".join(paragraphs)


def heading(obj: Event | DocumentRef) -> str:
    """Write the dateline-and-title block that heads a document about ``obj``.

    The layout is that of Decree 30/2020/NĐ-CP, Appendix I: the number ("Số: ..."),
    then the place and date, then the name of the document type in capitals, then the
    summary of its content in ordinary case. An event gets its dateline and its title in
    capitals. Parts the record does not have are left out.

    >>> from ipprogram import examples
    >>> print(heading(examples.langson_2020()))
    Lạng Sơn, ngày 02 tháng 12 năm 2020
    HỘI NGHỊ TỔNG KẾT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ TỈNH LẠNG SƠN GIAI ĐOẠN 2016 – 2020
    >>> from ipprogram import DocumentRef, Locality, LocalityKind, Organization
    >>> province = Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE)
    >>> ubnd = Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", locality=province)
    >>> import datetime as dt
    >>> print(
    ...     heading(
    ...         DocumentRef(
    ...             number="535/QĐ-UBND",
    ...             date=dt.date(2021, 4, 8),
    ...             issuer=ubnd,
    ...             title="Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
    ...         )
    ...     )
    ... )
    Số: 535/QĐ-UBND
    Lạng Sơn, ngày 08 tháng 4 năm 2021
    QUYẾT ĐỊNH
    Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ
    """
    record: object = obj  # checked at run time too, for callers without a type checker
    if isinstance(record, Event):
        obj = record
        lines = []
        if obj.locality is not None:
            lines.append(dateline(obj.locality.name, obj.date))
        else:
            lines.append(_capitalize(format_date(obj.date)))
        lines.append(event_title(obj).upper())
        return "\n".join(lines)
    if isinstance(record, DocumentRef):
        obj = record
        lines = [f"Số: {legal_document.compact(obj.number)}"]
        place = obj.issuer.locality if obj.issuer is not None else None
        if obj.date is not None:
            lines.append(
                dateline(place.name, obj.date)
                if place is not None
                else _capitalize(format_date(obj.date))
            )
        type_name = legal_document.parse(obj.number).type_name
        if type_name is not None:
            lines.append(type_name.upper())
        if obj.title is not None:
            lines.append(obj.title)
        return "\n".join(lines)
    msg = f"heading() takes an Event or a DocumentRef, not {type(record).__name__}"
    raise TypeError(msg)
