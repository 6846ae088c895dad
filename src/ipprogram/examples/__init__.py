"""Built-in records, made from public sources through the public API.

:func:`langson_2020` is the summary conference that the Lạng Sơn Department of Science
and Technology held on 02/12/2020. Its JSON ships with the package as
``langson_2020.json`` and :func:`langson_2020_json` reads it.

>>> from ipprogram import examples
>>> event = examples.langson_2020()
>>> [award.form.label for award in event.awards]
['Bằng khen', 'Giấy khen']
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files

from ipprogram.model import (
    Award,
    AwardForm,
    AwardRecipients,
    Erratum,
    Event,
    EventKind,
    Locality,
    LocalityKind,
    MarkKind,
    MarkSupport,
    Organization,
    OrganizationGroup,
    Participant,
    ParticipantRole,
    Period,
    Person,
    Photo,
    Position,
    Product,
    ProductCategory,
    Programme,
    ProgrammeKind,
    ProgrammeOutcome,
    RecipientCount,
    RecipientKind,
    Source,
)

__all__ = ["langson_2020", "langson_2020_json"]


def langson_2020() -> Event:
    """The summary conference of 02/12/2020 in Lạng Sơn, built from the source article.

    The Department of Science and Technology reviewed the provincial IP development
    programme 2016–2020 and launched the scheme implementing the IP strategy to 2030;
    two forms of commendation went to counted, unnamed recipients.

    >>> event = langson_2020()
    >>> event.date, event.kind.label
    (datetime.date(2020, 12, 2), 'Hội nghị tổng kết')
    >>> [(award.form.label, award.total) for award in event.awards]
    [('Bằng khen', 10), ('Giấy khen', 21)]
    """
    lang_son = Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="20")
    people_committee = Organization(
        name="Ủy ban nhân dân tỉnh Lạng Sơn", short_name="UBND tỉnh", locality=lang_son
    )
    department = Organization(
        name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn",
        short_name="Sở KHCN",
        parent=people_committee,
        locality=lang_son,
    )
    ministry = Organization(name="Bộ Khoa học và Công nghệ", short_name="Bộ KHCN")
    ip_office = Organization(name="Cục Sở hữu trí tuệ", short_name="Cục SHTT", parent=ministry)
    vice_chair = Person(
        full_name="Đoàn Thu Hà",
        position=Position(title="Phó Chủ tịch", organization=people_committee),
    )

    programme = Programme(
        kind=ProgrammeKind.PROGRAMME,
        name="Chương trình phát triển tài sản trí tuệ",
        period=Period.years(2016, 2020),
        locality=lang_son,
        outcomes=(
            ProgrammeOutcome.AWARENESS_RAISED,
            ProgrammeOutcome.PROTECTION_ESTABLISHED,
            ProgrammeOutcome.IP_MANAGED_AND_DEVELOPED,
            ProgrammeOutcome.RESPECT_FOR_IP_RIGHTS,
            ProgrammeOutcome.EXPORT_MARKETS_EXPANDED,
        ),
        mark_support=(
            MarkSupport(kind=MarkKind.COLLECTIVE, category=ProductCategory.AGRICULTURAL),
            MarkSupport(kind=MarkKind.CERTIFICATION, category=ProductCategory.AGRICULTURAL),
        ),
        exported_products=(
            Product(name="Hồi", category=ProductCategory.FORESTRY),
            Product(name="Quế", category=ProductCategory.FORESTRY),
            Product(name="Sa nhân", category=ProductCategory.MEDICINAL),
            Product(name="Nhựa thông", category=ProductCategory.FORESTRY),
            Product(name="Bánh kẹo", category=ProductCategory.PROCESSED_FOOD),
            Product(name="Máy bơm nước", category=ProductCategory.INDUSTRIAL),
        ),
    )
    scheme = Programme(
        kind=ProgrammeKind.SCHEME,
        name="Đề án thực hiện Chiến lược sở hữu trí tuệ",
        period=Period.years(None, 2030),
        locality=lang_son,
    )

    merit = Award(
        id="bang-khen",
        form=AwardForm.CERTIFICATE_OF_MERIT,
        conferred_by=Position(title="Chủ tịch", organization=people_committee),
        counts=(
            RecipientCount(kind=RecipientKind.COLLECTIVE, count=2),
            RecipientCount(kind=RecipientKind.INDIVIDUAL, count=8),
        ),
        presented_by=vice_chair,
        citation="có nhiều đóng góp trong chương trình phát triển TSTT giai đoạn 2016 – 2020",
    )
    commendation = Award(
        id="giay-khen",
        form=AwardForm.CERTIFICATE_OF_COMMENDATION,
        conferred_by=Position(title="Giám đốc", organization=department),
        counts=(
            RecipientCount(kind=RecipientKind.COLLECTIVE, count=7),
            RecipientCount(kind=RecipientKind.INDIVIDUAL, count=14),
        ),
    )

    return Event(
        kind=EventKind.SUMMARY_CONFERENCE,
        date=dt.date(2020, 12, 2),
        locality=lang_son,
        organizers=(department,),
        reviews=(programme,),
        launches=(scheme,),
        participants=(
            Participant(
                party=vice_chair,
                roles=(ParticipantRole.SPEAKER, ParticipantRole.AWARD_PRESENTER),
            ),
            Participant(party=ip_office, roles=(ParticipantRole.REPRESENTATIVE,)),
            Participant(
                party=OrganizationGroup(name="các sở, ban, ngành", locality=lang_son),
                roles=(ParticipantRole.LEADERSHIP_REPRESENTATIVE,),
            ),
            Participant(
                party=OrganizationGroup(name="các huyện, thành phố", locality=lang_son),
                roles=(ParticipantRole.LEADERSHIP_REPRESENTATIVE,),
            ),
            Participant(
                party=OrganizationGroup(
                    name="Hội làm vườn các huyện, thành phố", locality=lang_son
                ),
            ),
            Participant(
                party=AwardRecipients(award="bang-khen"),
                roles=(ParticipantRole.AWARD_RECIPIENT,),
            ),
        ),
        awards=(merit, commendation),
        photos=(
            Photo(
                caption="Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị",
                file_name="IMG_0908.JPG",
            ),
            Photo(
                caption=(
                    "Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh trao bằng khen của Chủ"
                    " tịch UBND tỉnh cho cá nhân có nhiều đóng góp trong chương trình"
                    " phát triển TSTT"
                ),
                file_name="DSC_1314.JPG",
            ),
        ),
        source=Source(
            title="Tổng kết chương trình phát triển tài sản trí tuệ giai đoạn 2016 – 2020",
            publisher=department,
            authors=(Person(full_name="Nguyễn Ngọc Hưng"),),
            errata=(
                Erratum(written="nhằm nhằm", meant="nhằm", note="doubled word"),
                Erratum(written="triến khai", meant="triển khai", note="tone mark"),
            ),
        ),
    )


def langson_2020_json() -> str:
    """The shipped JSON of :func:`langson_2020`, as text.

    >>> from ipprogram import Event, from_json
    >>> from_json(Event, langson_2020_json()) == langson_2020()
    True
    """
    return files(__package__).joinpath("langson_2020.json").read_text(encoding="utf-8")
