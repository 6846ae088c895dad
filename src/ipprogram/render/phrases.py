"""Vietnamese phrases for records, and the news-style summary of an event."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Mapping
from functools import singledispatch
from types import MappingProxyType

from ipprogram.ids import legal_document
from ipprogram.model import (
    Award,
    AwardRecipients,
    Certainty,
    Claim,
    DocumentRef,
    Event,
    EventKind,
    ForeignProtection,
    GeographicalIndication,
    Handover,
    HandoverAction,
    Household,
    IndicatorRole,
    Licence,
    Locality,
    MarkSupport,
    Ordinal,
    Organization,
    OrganizationGroup,
    PartialDate,
    Participant,
    ParticipantRole,
    Period,
    Person,
    Position,
    Prize,
    PrizeRank,
    Product,
    ProductFigure,
    Programme,
    RecipientKind,
    RightsTally,
    Source,
    Trademark,
)
from ipprogram.model.facts import value_at
from ipprogram.outcomes import claim_conflicts
from ipprogram.vi import (
    date_phrase,
    dateline,
    format_count,
    format_date,
    format_list,
    format_partial_date,
    format_period,
    format_person,
    format_position,
    introduce,
)
from ipprogram.vi.quantities import format_quantity

__all__ = [
    "decision_phrase",
    "event_title",
    "heading",
    "programme_title",
    "render",
    "source_notes",
]


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
    EventKind.ANNOUNCEMENT: "buổi lễ",
    EventKind.RECEPTION: "buổi lễ",
    EventKind.ACCEPTANCE: "buổi nghiệm thu",
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


def figures_date(date: dt.date | PartialDate, *, pad: bool = True) -> str:
    """A whole date in figures ("1/8/2020"); a partial one as far as it is known.

    >>> figures_date(dt.date(2020, 8, 1), pad=False), figures_date(PartialDate(year=2012))
    ('1/8/2020', 'năm 2012')
    """
    if isinstance(date, dt.date):
        return format_date(date, "numeric", pad=pad)
    return date_phrase(date)


def decision_phrase(document: DocumentRef) -> str:
    """A decision as running text cites it: "Quyết định số 4010/QĐ-SHTT ngày 7/10/2020".

    The number is written in its canonical form (:func:`ipprogram.ids.legal_document.format`).

    >>> import datetime as dt
    >>> decision_phrase(DocumentRef(number="4010/QĐ-SHTT", date=dt.date(2020, 10, 7)))
    'Quyết định số 4010/QĐ-SHTT ngày 7/10/2020'
    """
    number = _number(document)
    if number is None:  # known by its issuer or title only
        who = f" của {document.issuer.name}" if document.issuer is not None else ""
        text = f"văn bản{who}" if document.title is None else f"văn bản “{document.title}”{who}"
    elif legal_document.is_valid(number):
        parsed = legal_document.parse(number)
        text = f"{parsed.type_name or 'văn bản'} số {legal_document.format(number)}"
    else:  # kept as printed: cited as printed
        text = f"văn bản số {number}"
    if document.date is not None:
        text += f" {date_phrase(document.date, pad=False)}"
    return text


def _number(document: DocumentRef) -> str | None:
    """The number to cite: the reading of one kept as printed, when there is one."""
    if document.as_printed and document.reading is not None:
        return document.reading
    return document.number


@render.register(Ordinal)
def _ordinal(obj: Ordinal) -> str:
    what = "sản phẩm" if obj.kind is None else obj.kind.label
    where = "cả nước" if obj.scope is None else obj.scope.full_name
    text = f"{what} thứ {obj.rank} của {where}"
    if obj.kind is None:
        text += " được bảo hộ"
    return text


def _shown(obj: Trademark | GeographicalIndication) -> dict[str, object]:
    """The fields a one-line phrase writes as fact: not those a claim marks inferred.

    An inferred field is written by :func:`source_notes`, with its basis, instead.
    """
    inferred = {c.field for c in obj.claims if c.certainty is Certainty.INFERRED}
    names = (
        "owner",
        "managing_body",
        "certificate_number",
        "grantor",
        "decision",
        "grant_date",
        "ordinals",
        "abroad",
        "licences",
    )
    return {name: getattr(obj, name, None) for name in names if name not in inferred}


def _grant(fields: dict[str, object]) -> str:
    text = ""
    if isinstance(number := fields.get("certificate_number"), str):
        text += f", số {number}"
    grantor = fields.get("grantor")
    if isinstance(grantor, Organization):
        text += f", do {grantor.name} cấp"
    if isinstance(decision := fields.get("decision"), DocumentRef):
        text += " theo " if grantor is not None else ", được cấp theo "
        text += decision_phrase(decision)
    if isinstance(granted := fields.get("grant_date"), dt.date):
        text += f", cấp {format_date(granted, 'numeric')}"
    if ordinals := fields.get("ordinals"):
        text += f", là {format_list([_ordinal(o) for o in ordinals])}"  # type: ignore[attr-defined]
    if abroad := fields.get("abroad"):
        text += f"; {format_list([_abroad(a) for a in abroad])}"  # type: ignore[attr-defined]
    if licences := fields.get("licences"):
        text += f"; cấp {format_list([_licence(x) for x in licences])}"  # type: ignore[attr-defined]
    return text


@render.register(Trademark)
def _trademark(obj: Trademark) -> str:
    kind = "Nhãn hiệu" if obj.kind is None else obj.kind.label  # "nhãn hiệu" alone
    text = f"{kind} “{obj.name}”"
    fields = _shown(obj)
    if isinstance(owner := fields.get("owner"), Organization):
        text += f" của {owner.name}"
    return _with_notes(obj, text + _grant(fields))


def _with_notes(obj: Trademark | GeographicalIndication, text: str) -> str:
    """The phrase, then what the sources leave out, infer or get wrong of it."""
    notes = source_notes(obj)
    return f"{text}. {' '.join(notes)}" if notes else text


@render.register(GeographicalIndication)
def _gi(obj: GeographicalIndication) -> str:
    text = f"Chỉ dẫn địa lý “{obj.name}”"
    if obj.products:
        text += f" cho sản phẩm {format_list([p.name for p in obj.products])}"
    fields = _shown(obj)
    if isinstance(body := fields.get("managing_body"), Organization):
        text += f", do {body.name} quản lý"
    return _with_notes(obj, text + _grant(fields))


@render.register(ProductFigure)
def _figure(obj: ProductFigure) -> str:
    text = f"{obj.measure.label} {format_quantity(obj.quantity)}"
    if obj.market:
        text += f" sang {obj.market}"
    if obj.period is not None:
        text += f" ({format_period(obj.period)})"
    if obj.role is IndicatorRole.FORECAST:
        text = f"dự kiến {text}"
    elif obj.role is IndicatorRole.TARGET:
        text = f"mục tiêu {text}"
    return text


@render.register(RightsTally)
def _tally(obj: RightsTally) -> str:
    where = "Cả nước" if obj.scope is None else _capitalize(obj.scope.full_name)
    parts = [format_count(part.count, part.kind.label) for part in obj.counts]
    if obj.total is not None:
        text = f"{where} có {format_count(obj.total, 'văn bằng bảo hộ')}"
        if parts:
            text += f", gồm {format_list(parts)}"
    elif parts:
        text = f"{where} có {format_list(parts)}"
    else:
        text = f"{where}: nguồn không nêu số văn bằng"
    if obj.in_progress is not None:
        text += f"; {format_count(obj.in_progress, 'đơn')} đang được xem xét"
    if obj.as_of is not None:
        text += f" (tính đến {format_partial_date(obj.as_of)})"
    if obj.unbalanced:
        text += "; các số liệu thành phần theo nguồn không khớp với tổng số"
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


def _giver(award: Award) -> str:
    """Who gives an award: " của Chủ tịch UBND tỉnh", " của Ban tổ chức", or nothing."""
    if award.conferred_by is not None:
        return f" của {render(award.conferred_by)}"
    if award.awarding_body is not None:
        return f" của {award.awarding_body.name}"
    return ""


@render.register(Prize)
def _prize(prize: Prize) -> str:
    name = prize.name if prize.rank is PrizeRank.OTHER and prize.name else prize.rank.label
    text = name if prize.count is None else f"{format_count(prize.count, name)}"
    if prize.amount is not None:
        text += f", mỗi giải {format_quantity(prize.amount)}"
    if prize.recipients:
        text += f" ({format_list([render(r) for r in prize.recipients])})"
    return text


@render.register(Award)
def _award(obj: Award) -> str:
    who = _recipient_counts(obj) or obj.unnamed or ""
    if who and obj.citation:
        who = f"{who} {obj.citation}"
    if who:
        text = f"{who} được nhận {obj.form.label}{_giver(obj)}"
    else:  # recipients neither counted nor named: no sentence without a subject
        text = f"{obj.form.label}{_giver(obj)} được trao"
        if obj.citation:
            text += f" {obj.citation}"
    if obj.recipients:
        text += f" ({format_list([render(r) for r in obj.recipients])})"
    if obj.prizes:
        text += f", gồm {format_list([_prize(p) for p in obj.prizes])}"
    if obj.stated_prize_count is not None:
        text += f" (tổng cộng {format_count(obj.stated_prize_count, 'giải')})"
    return text


def _right_name(right: Trademark | GeographicalIndication) -> str:
    if isinstance(right, GeographicalIndication):
        return f"chỉ dẫn địa lý “{right.name}”"
    kind = "nhãn hiệu" if right.kind is None else _lower_first(right.kind.label)
    return f"{kind} “{right.name}”"


def _licence(obj: Licence, of: str = "") -> str:
    text = f"quyền sử dụng {of}" if of else "quyền sử dụng"
    if obj.licensee_count is not None:
        text += f" cho {format_quantity(obj.licensee_count)}"
    elif obj.licensees:
        text += f" cho {format_list([render(p) for p in obj.licensees])}"
    if obj.round:
        text += f" ({obj.round})"
    return text


def _party_name(party: Organization | Person | Household) -> str:
    return party.name if isinstance(party, Organization) else render(party)


def _handover(obj: Handover) -> str:
    rights = format_list([_right_name(r) for r in obj.rights])
    if obj.licences and rights:  # licences to use the rights handed over
        things = [_licence(licence, of=rights) for licence in obj.licences]
    else:
        things = [rights] if rights else []
        things += [_licence(licence) for licence in obj.licences]
    things += [decision_phrase(d) for d in obj.decisions]
    what = format_list(things)
    by = None if obj.by is None else _party_name(obj.by)
    to = None if obj.to is None else _party_name(obj.to)
    if obj.action is HandoverAction.RECEIVED:
        text = f"{to or 'đại diện địa phương'} đón nhận {what}"
        return text + (f" từ {by}" if by else "")
    text = f"{by} {obj.action.label} {what}" if by else f"{obj.action.label} {what}"
    return text + (f" cho {to}" if to else "")


@render.register(Handover)
def _handover_phrase(obj: Handover) -> str:
    return _capitalize(_handover(obj))


@render.register(Licence)
def _licence_phrase(obj: Licence) -> str:
    return _capitalize(_licence(obj))


@render.register(ForeignProtection)
def _abroad(obj: ForeignProtection) -> str:
    where = "Liên minh châu Âu (EU)" if obj.jurisdiction == "EU" else obj.jurisdiction
    text = f"được bảo hộ tại {where}"
    if obj.basis is not None:
        text += f" theo {obj.basis.label}"
    if obj.grant_date is not None:
        text += f" từ {figures_date(obj.grant_date, pad=False)}"
    return text


def _award_recipients(obj: AwardRecipients, event: Event) -> str:
    for award in event.awards:
        if award.id == obj.award:
            kinds = ", ".join(kind.label for kind in _counted_kinds(award)) or "tập thể, cá nhân"
            giver = _giver(award).removeprefix(" của ")
            given = f"được {giver} tặng" if giver else "được tặng"
            return f"các {kinds} {given} {award.form.label}"
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
    if obj.count is not None:
        counted = format_quantity(obj.count)
        name = f"{counted} {name}" if obj.count.unit is None else f"{name} ({counted})"
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
        lines.append(f"Mở rộng thị trường xuất khẩu, quảng bá các sản phẩm: {products}.")
    return lines


def _opening(obj: Event) -> str:
    who = format_list([render(o) for o in obj.organizers])
    inferred = " (ngày suy ra, nguồn không nêu đủ)" if _date_inferred(obj) else ""
    text = "" if obj.date is None else f"{_capitalize(date_phrase(obj.date))}{inferred}, "
    if obj.date is not None and obj.end_date is not None and obj.end_date != obj.date:
        first = date_phrase(obj.date)
        last = date_phrase(obj.end_date)
        text = f"Từ {first} đến {last}{inferred}, "
    if obj.venue is not None:
        text += f"tại {obj.venue}, "
    text += f"{who} tổ chức " if who else "diễn ra "
    text = _capitalize(text)
    text += obj.title if obj.title and not obj.reviews else _lower_first(obj.kind.label)
    if obj.other_kinds:
        text += " kết hợp " + format_list([_lower_first(k.label) for k in obj.other_kinds])
    if obj.reviews:
        text += f" {format_list([programme_title(p) for p in obj.reviews])}"
    if obj.launches:
        text += f" và triển khai {format_list([programme_title(p) for p in obj.launches])}"
    if obj.places:
        text += f" trên địa bàn {format_list([render(place) for place in obj.places])}"
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
    if obj.handovers:
        done = "; ".join(_handover(handover) for handover in obj.handovers)
        paragraphs.append(f"Tại {noun}, {done}.")
    if obj.rating is not None:
        paragraphs.append(f"Kết quả: {obj.rating}.")
    speakers = [p.party for p in obj.participants if ParticipantRole.SPEAKER in p.roles]
    if speakers:
        paragraphs.append(f"Phát biểu tại {noun}: {format_list([render(s) for s in speakers])}.")
    paragraphs.extend(
        _capitalize(f"{render(award.presented_by)} trao {award.form.label}{_giver(award)}.")
        for award in obj.awards
        if award.presented_by is not None
    )
    return paragraphs


#: How running text names a field when it speaks of what sources say of it.
FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "application_number": "số đơn",
        "area": "khu vực địa lý",
        "category": "nhóm sản phẩm",
        "certificate_number": "số văn bằng",
        "count": "số lượng",
        "date": "ngày",
        "decision": "quyết định cấp",
        "end_date": "ngày kết thúc",
        "filing_date": "ngày nộp đơn",
        "grant_date": "ngày cấp văn bằng",
        "grantor": "cơ quan cấp văn bằng",
        "kind": "loại",
        "locality": "địa phương",
        "managing_body": "tổ chức quản lý",
        "name": "tên",
        "owner": "chủ sở hữu",
        "participants": "thành phần tham dự",
        "period": "giai đoạn",
        "products": "sản phẩm",
        "title": "tiêu đề",
        "total": "tổng số",
        "venue": "địa điểm",
    }
)


def _field_label(record: object, path: str) -> str:
    head, _, last = path.rpartition(".")
    name = last.partition("[")[0]
    label = FIELD_LABELS.get(name, "thông tin này")
    if head.endswith("]"):  # an item of a tuple: say which
        item = value_at(record, head)
        if isinstance(item, Participant) and name == "count":
            return f"số {party_phrase(item.party).removeprefix('của ')} tham dự"
        label += f" {party_phrase(getattr(item, 'party', item))}"
    return label


def party_phrase(party: object) -> str:
    """How running text names an item a claim is about: its name, or its phrase.

    >>> party_phrase(Organization(name="Sở Khoa học và Công nghệ các tỉnh"))
    'của Sở Khoa học và Công nghệ các tỉnh'
    """
    name = getattr(party, "name", None) or getattr(party, "full_name", None)
    return f"của {name}" if isinstance(name, str) else f"của {render(party)}"


def _source_name(source: Source | None, default: Source | None) -> str:
    """A source as running text names it: "bài “...”", "trang sokhcn.cantho.gov.vn"."""
    source = source or default
    if source is None:
        return "nguồn tin"
    if source.title:
        return f"bài “{source.title}”"
    if source.publisher is not None:
        return source.publisher.name
    if source.url is not None:  # the site: "sokhcn.cantho.gov.vn"
        return "trang " + source.url.split("://", 1)[-1].split("/", 1)[0]
    return "nguồn tin"


def _reading(text: str | None) -> str | None:
    """A claim's reading as running text writes it: an ISO date in Vietnamese."""
    if text is None:
        return None
    try:
        return format_partial_date(PartialDate.from_iso(text))
    except ValueError:  # not a date: as it is
        return text


def source_notes(record: object) -> list[str]:
    """Sentences that say what a record's sources state, leave out, get wrong, disagree on.

    A fact two sources give differently is written with both, each with its source; an
    inferred one as inferred, with its basis; a wrong one as the source wrote it, with
    the right reading; an unstated one as not given. Nothing is written as certain fact.

    >>> from ipprogram import Certainty, Claim, Trademark
    >>> mark = Trademark(
    ...     name="Quả Bảo Thắng",
    ...     claims=(
    ...         Claim(
    ...             field="grantor",
    ...             certainty=Certainty.WRONG,
    ...             value="Sở KH&CN tỉnh Lào Cai",
    ...             reading="Cục Sở hữu trí tuệ",
    ...             source=Source(title="Lào Cai công bố nhãn hiệu"),
    ...         ),
    ...         Claim(field="owner", certainty=Certainty.UNSTATED),
    ...     ),
    ... )
    >>> for sentence in source_notes(mark):
    ...     print(sentence)
    Theo bài “Lào Cai công bố nhãn hiệu”, cơ quan cấp văn bằng là “Sở KH&CN tỉnh Lào Cai”; \
đúng là Cục Sở hữu trí tuệ.
    Nguồn tin không nêu chủ sở hữu.
    """
    claims: tuple[Claim, ...] = getattr(record, "claims", ())
    default: Source | None = getattr(record, "source", None)
    sentences: list[str] = []
    conflicts = {conflict.field: conflict.claims for conflict in claim_conflicts(record)}
    said: set[str] = set()
    for claim in claims:
        label = _field_label(record, claim.field)
        where = _source_name(claim.source, default)
        if claim.certainty is Certainty.STATED:
            if claim.field in said:
                continue  # a field's stated claims are written once, together
            said.add(claim.field)
            if claim.field in conflicts:
                versions = "; ".join(
                    f"{c.value} theo {_source_name(c.source, default)}"
                    for c in conflicts[claim.field]
                )
                sentences.append(f"Về {label}, các nguồn không thống nhất: {versions}.")
            elif value_at(record, claim.field) in (None, ()):  # not held as a value
                sentences.append(f"Theo {where}, {label} là {claim.value}.")
        elif claim.certainty is Certainty.UNSTATED:
            sentences.append(f"{_capitalize(where)} không nêu {label}.")
        elif claim.certainty is Certainty.INFERRED:
            value = _reading(claim.reading) or claim.value
            shown = f"{label} ({value})" if value else label
            sentences.append(
                _capitalize(f"{shown} là suy ra, nguồn không nêu; căn cứ: {claim.basis}.")
            )
        else:
            sentences.append(f"Theo {where}, {label} là “{claim.value}”; đúng là {claim.reading}.")
    return sentences


def _date_inferred(obj: Event) -> bool:
    """Whether a claim marks the event's date as worked out, not given by the source."""
    return any(c.field == "date" and c.certainty is Certainty.INFERRED for c in obj.claims)


def _dateline_place(place: Locality | None) -> Locality | None:
    """The administrative unit a dateline names: the place, or the unit it lies in."""
    while place is not None and place.kind is None:
        place = place.parent
    return place


@render.register(Event)
def _event(obj: Event) -> str:
    head = [event_title(obj)]
    place = _dateline_place(obj.locality)
    if place is not None and isinstance(obj.date, dt.date) and not _date_inferred(obj):
        head.append(dateline(place.dateline_name, obj.date))
    paragraphs = [_opening(obj)]
    paragraphs.extend(_proceedings(obj, _EVENT_NOUN[obj.kind]))
    paragraphs.extend(f"{render(tally)}." for tally in obj.tallies)
    notes = source_notes(obj)
    if notes:
        paragraphs.append(" ".join(notes))
    paragraphs.extend(f"Ảnh: {photo.caption}" for photo in obj.photos)
    if obj.source is not None and obj.source.authors:
        paragraphs.append(format_list([a.full_name for a in obj.source.authors]))
    # the title and dateline are headings: abbreviations are introduced in the body
    return "\n\n".join([*head, introduce("\n\n".join(paragraphs))])


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
    ...             date=dt.date(2021, 2, 25),
    ...             issuer=ubnd,
    ...             title="Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
    ...         )
    ...     )
    ... )
    Số: 535/QĐ-UBND
    Lạng Sơn, ngày 25 tháng 02 năm 2021
    QUYẾT ĐỊNH
    Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ
    """
    record: object = obj  # checked at run time too, for callers without a type checker
    if isinstance(record, Event):
        obj = record
        lines = []
        place = _dateline_place(obj.locality)
        if obj.date is None:
            pass  # a page that gives no date: the title alone
        elif not isinstance(obj.date, dt.date):
            lines.append(_capitalize(date_phrase(obj.date)))  # no dateline for part of a date
        elif place is not None:
            lines.append(dateline(place.dateline_name, obj.date))
        else:
            lines.append(_capitalize(format_date(obj.date)))
        lines.append(event_title(obj).upper())
        return "\n".join(lines)
    if isinstance(record, DocumentRef):
        obj = record
        number = _number(obj)
        valid = number is not None and legal_document.is_valid(number)
        lines = (
            [] if number is None else [f"Số: {legal_document.compact(number) if valid else number}"]
        )
        place = obj.issuer.locality if obj.issuer is not None else None
        if isinstance(obj.date, dt.date):
            lines.append(
                dateline(place.dateline_name, obj.date)
                if place is not None
                else _capitalize(format_date(obj.date))
            )
        elif obj.date is not None:
            lines.append(_capitalize(date_phrase(obj.date)))
        type_name = legal_document.parse(number).type_name if number and valid else None
        if type_name is not None:
            lines.append(type_name.upper())
        if obj.title is not None:
            lines.append(obj.title)
        return "\n".join(lines)
    msg = f"heading() takes an Event or a DocumentRef, not {type(record).__name__}"
    raise TypeError(msg)


# The writers that other modules register with render: whoever imports this module,
# directly or through to_html or heading, gets all of them. They import what they need
# from here, which is defined by now.
for _writers in ("ipprogram.render.parts", "ipprogram.render.report"):
    importlib.import_module(_writers)
