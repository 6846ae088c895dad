"""Built-in records, made from public sources through the public API.

:func:`langson_2020` is the summary conference that the Lạng Sơn Department of Science
and Technology held on 02/12/2020. Its JSON ships with the package as
``langson_2020.json`` and :func:`langson_2020_json` reads it. :func:`langson_programme`
is the programme that conference reviewed, with what the sources say of its place among
the national programmes and of the projects planned after it. The records of
:mod:`ipprogram.examples.provinces` come from other provinces' pages, and hold what they
leave out, infer, get wrong and disagree on: :func:`national_conference_2023`,
:func:`hung_yen_honey`, :func:`ham_yen_oranges` and :func:`bao_thang_fruit`.

>>> from ipprogram import examples
>>> event = examples.langson_2020()
>>> [award.form.label for award in event.awards]
['Bằng khen', 'Giấy khen']
"""

from __future__ import annotations

import datetime as dt

from ipprogram._resources import read_package_text
from ipprogram.examples.provinces import (
    bac_kan_licences_2015,
    bao_thang_fruit,
    ham_yen_oranges,
    hung_yen_honey,
    national_conference_2023,
    quan_ba_announcement,
    star_anise_lang_son,
    tan_cuong_tea,
    tan_cuong_training_2025,
)
from ipprogram.model import (
    Award,
    AwardForm,
    AwardRecipients,
    DocumentRef,
    Erratum,
    Event,
    EventKind,
    Indicator,
    IndicatorRole,
    IndicatorValue,
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
    ProgrammeLevel,
    ProgrammeOutcome,
    Project,
    ProtectionKind,
    Qualifier,
    Quantity,
    RecipientCount,
    RecipientKind,
    Source,
)
from ipprogram.model._base import replace

__all__ = [
    "bac_kan_licences_2015",
    "bao_thang_fruit",
    "ham_yen_oranges",
    "hung_yen_honey",
    "langson_2020",
    "langson_2020_json",
    "langson_programme",
    "national_conference_2023",
    "quan_ba_announcement",
    "star_anise_lang_son",
    "tan_cuong_tea",
    "tan_cuong_training_2025",
]


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
                    name="Hội Làm vườn các huyện, thành phố", locality=lang_son
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
    return read_package_text(__package__, __file__, "langson_2020.json")


def langson_programme() -> Programme:
    """The Lạng Sơn IP development programme 2016–2020 and the scheme that succeeds it.

    Built from :func:`langson_2020` (what the conference article states of the programme:
    its results, the kinds of mark it helped build, the exported products, the
    Department of Science and Technology as lead agency) and from the decisions it sits
    among: the national programme of decision 1062/QĐ-TTg of 14/6/2016 it implements, with
    that programme's target of at least 70 products bearing geographical names; the
    national IP strategy to 2030 of decision 1068/QĐ-TTg of 22/8/2019, which the
    provincial scheme to 2030 implements; and the 08 projects that decision
    535/QĐ-UBND of 25/02/2021 approved under that scheme: 2 geographical indications, 3
    certification marks and 3 collective marks, planned, not granted. The sources name
    neither the projects' titles nor their products, so neither is filled in.

    >>> programme = langson_programme()
    >>> programme.parent.approved_by.number, programme.lead_agency.short_name
    ('1062/QĐ-TTg', 'Sở KHCN')
    >>> [project.aims_at.value for project in programme.successor.projects][:3]
    ['geographical_indication', 'geographical_indication', 'certification_mark']
    """
    event = langson_2020()
    (reviewed,) = event.reviews
    (scheme,) = event.launches
    (department,) = event.organizers
    people_committee = department.parent
    prime_minister = Organization(name="Thủ tướng Chính phủ", short_name="TTg")
    period = Period.years(2016, 2020)
    decision_1062 = DocumentRef(
        number="1062/QĐ-TTg", date=dt.date(2016, 6, 14), issuer=prime_minister
    )
    national = Programme(
        kind=ProgrammeKind.PROGRAMME,
        name="Chương trình phát triển tài sản trí tuệ",
        period=period,
        level=ProgrammeLevel.NATIONAL,
        approved_by=decision_1062,
        indicators=(
            Indicator(
                name="Sản phẩm mang địa danh được bảo hộ quyền sở hữu trí tuệ",
                values=(
                    IndicatorValue(
                        role=IndicatorRole.TARGET,
                        period=period,
                        quantity=Quantity(value=70, qualifier=Qualifier.AT_LEAST, unit="sản phẩm"),
                        source=Source(title="Quyết định số 1062/QĐ-TTg ngày 14/6/2016"),
                    ),
                ),
            ),
        ),
    )
    strategy = Programme(
        kind=ProgrammeKind.STRATEGY,
        name="Chiến lược sở hữu trí tuệ",
        period=Period.years(None, 2030),
        level=ProgrammeLevel.NATIONAL,
        approved_by=DocumentRef(
            number="1068/QĐ-TTg", date=dt.date(2019, 8, 22), issuer=prime_minister
        ),
    )
    decision_535 = DocumentRef(
        number="535/QĐ-UBND", date=dt.date(2021, 2, 25), issuer=people_committee
    )
    planned = (
        [ProtectionKind.GEOGRAPHICAL_INDICATION] * 2
        + [ProtectionKind.CERTIFICATION_MARK] * 3
        + [ProtectionKind.COLLECTIVE_MARK] * 3
    )
    successor = replace(
        scheme,
        level=ProgrammeLevel.PROVINCIAL,
        parent=strategy,
        lead_agency=department,
        projects=tuple(Project(aims_at=kind, approved_by=decision_535) for kind in planned),
    )
    return replace(
        reviewed,
        level=ProgrammeLevel.PROVINCIAL,
        lead_agency=department,
        parent=national,
        successor=successor,
        source=event.source,
    )
