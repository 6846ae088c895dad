"""One valid instance of every public record class, for table-driven tests."""

from __future__ import annotations

import datetime as dt

import ipprogram as ip

EVENT = ip.examples.langson_2020()
PROVINCE = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE, code="20")
DISTRICT = ip.Locality(
    name="Tràng Định", kind=ip.LocalityKind.DISTRICT, code="180", parent=PROVINCE
)
ASSOCIATION = ip.Organization(name="Hội Làm vườn huyện Tràng Định", locality=DISTRICT)
TANGERINE = ip.Product(
    name="Quýt Tràng Định", category=ip.ProductCategory.AGRICULTURAL, locality=DISTRICT
)

PROGRAMME = ip.examples.langson_programme()
assert PROGRAMME.parent is not None
INDICATOR = PROGRAMME.parent.indicators[0]

SAMPLES: dict[type, object] = {
    ip.Period: ip.Period.years(2016, 2020),
    ip.Locality: DISTRICT,
    ip.Organization: EVENT.organizers[0],
    ip.Position: EVENT.awards[0].conferred_by,
    ip.Person: EVENT.awards[0].presented_by,
    ip.Household: ip.Household(head=ip.Person(full_name="Hoàng Văn Tư"), locality=DISTRICT),
    ip.OrganizationGroup: ip.OrganizationGroup(name="các sở, ban, ngành", locality=PROVINCE),
    ip.DocumentRef: ip.DocumentRef(
        number="560/QĐ-SHTT",
        date=dt.date(2024, 6, 22),
        issuer=ip.Organization(name="Cục Sở hữu trí tuệ"),
    ),
    ip.Erratum: EVENT.source.errata[0] if EVENT.source else None,
    ip.Photo: EVENT.photos[0],
    ip.Source: EVENT.source,
    ip.Product: TANGERINE,
    ip.Trademark: ip.Trademark(
        name="Quýt Tràng Định",
        kind=ip.MarkKind.COLLECTIVE,
        owner=ASSOCIATION,
        products=(TANGERINE,),
        nice_classes=(31,),
        certificate_number="4-0306822-000",
        grant_date=dt.date(2018, 10, 17),
    ),
    ip.GeographicalIndication: ip.GeographicalIndication(
        name="Lạng Sơn",
        managing_body=ip.Organization(
            name="Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn", locality=PROVINCE
        ),
        products=(ip.Product(name="Na", category=ip.ProductCategory.AGRICULTURAL),),
        area=(PROVINCE,),
        certificate_number="00140",
        grant_date=dt.date(2024, 6, 22),
    ),
    ip.MarkSupport: EVENT.reviews[0].mark_support[0],
    ip.Programme: PROGRAMME,
    ip.Quantity: ip.Quantity(
        value=250_000_000, upper=350_000_000, qualifier=ip.Qualifier.RANGE, unit="đồng/ha/năm"
    ),
    ip.Project: PROGRAMME.successor.projects[0] if PROGRAMME.successor else None,
    ip.IndicatorValue: INDICATOR.values[0],
    ip.Indicator: INDICATOR,
    ip.RecipientCount: EVENT.awards[0].counts[0],
    ip.Award: EVENT.awards[0],
    ip.AwardRecipients: ip.AwardRecipients(award="bang-khen"),
    ip.Participant: EVENT.participants[0],
    ip.Event: EVENT,
    ip.Claim: ip.examples.national_conference_2023().claims[0],
    ip.Ordinal: ip.examples.hung_yen_honey().ordinals[0],
    ip.Licence: ip.Licence(
        licensor=ip.Organization(name="Ủy ban nhân dân tỉnh Thái Nguyên"),
        licensee_count=ip.Quantity(value=45, unit="tổ chức, cá nhân"),
        round="đợt 1",
    ),
    ip.ForeignProtection: ip.ForeignProtection(
        jurisdiction="EU",
        basis=ip.ProtectionBasis.EVFTA,
        grant_date=dt.date(2020, 8, 1),
    ),
    ip.Handover: ip.Handover(
        action=ip.HandoverAction.HANDED_OVER,
        decisions=(ip.DocumentRef(number="4010/QĐ-SHTT", date=dt.date(2020, 10, 7)),),
        by=ip.Organization(name="Cục Sở hữu trí tuệ"),
        to=ip.Organization(name="Ủy ban nhân dân tỉnh Tuyên Quang"),
    ),
    ip.Prize: ip.Prize(
        rank=ip.PrizeRank.FIRST,
        count=1,
        amount=ip.Quantity(value=3_000_000, unit="đồng"),
        recipient_kind=ip.RecipientKind.INDIVIDUAL,
    ),
    ip.ProductFigure: ip.ProductFigure(
        measure=ip.FigureMeasure.AREA,
        quantity=ip.Quantity(value=5000, qualifier=ip.Qualifier.AT_MOST, unit="ha"),
        period=ip.Period.years(2023, 2023),
    ),
    ip.QualityThreshold: ip.QualityThreshold(
        property="chiều dài quả",
        quantity=ip.Quantity(value=60, qualifier=ip.Qualifier.AT_LEAST, unit="mm"),
    ),
    ip.Duty: ip.Duty(
        agency=ip.Organization(name="Sở Khoa học và Công nghệ tỉnh Lạng Sơn"),
        task="chủ trì, hướng dẫn xây dựng nhãn hiệu tập thể",
    ),
    ip.RightsCount: ip.RightsCount(kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION, count=4),
    ip.RightsTally: ip.RightsTally(
        scope=ip.Locality(name="Tuyên Quang", kind=ip.LocalityKind.PROVINCE),
        as_of=ip.PartialDate(year=2021),
        total=4,
        counts=(ip.RightsCount(kind=ip.ProtectionKind.GEOGRAPHICAL_INDICATION, count=4),),
    ),
}
