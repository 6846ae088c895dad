"""Built-in records from other provinces' pages: what they state, and no more.

Each is built from public pages listed with it, and holds what they say: a fact a page
leaves out stays empty (and is marked unstated where the law would want it), a fact
worked out from another is marked inferred with its basis, a wrong claim is kept and
marked with the right reading, and two pages that disagree are both held.

- :func:`national_conference_2023`: the national IP conference in Huế on 9/3/2023, for
  which one page counts 62 provincial Departments of Science and Technology and another
  58, with "khoảng 350 đại biểu";
- :func:`hung_yen_honey`: the certification mark "Mật ong hoa nhãn Hưng Yên", decision
  34713/QĐ-SHTT of 13/6/2016, "sản phẩm thứ 7" of the province to be protected;
- :func:`ham_yen_oranges`: the geographical indication "Hàm Yên" for cam sành, no. 00085,
  decision 4010/QĐ-SHTT of 07/10/2020, managed by the People's Committee of Tuyên Quang;
- :func:`bao_thang_fruit`: the collective mark "Quả Bảo Thắng", whose page says the
  provincial Department granted it, which is wrong: the IP Office of Viet Nam grants marks.

>>> from ipprogram import examples, outcomes
>>> [
...     (c.field, [claim.value for claim in c.claims])
...     for c in outcomes.claim_conflicts(examples.national_conference_2023())
... ]
[('participants[0].count', ['62', '58'])]
"""

from __future__ import annotations

import datetime as dt

from ipprogram.model import (
    Certainty,
    Claim,
    DocumentRef,
    Event,
    EventKind,
    GeographicalIndication,
    Locality,
    LocalityKind,
    MarkKind,
    Ordinal,
    Organization,
    OrganizationGroup,
    Participant,
    ParticipantRole,
    Product,
    ProductCategory,
    Qualifier,
    Quantity,
    Source,
    Trademark,
)

__all__ = ["bao_thang_fruit", "ham_yen_oranges", "hung_yen_honey", "national_conference_2023"]

#: The IP Office of Viet Nam, which grants marks and geographical indications.
IP_VIET_NAM = Organization(name="Cục Sở hữu trí tuệ", short_name="Cục SHTT")


def national_conference_2023() -> Event:
    """The national IP conference in Huế on 9/3/2023, as two Departments' pages report it.

    The page of the Cần Thơ Department counts 62 provincial Departments of Science and
    Technology; the Tây Ninh page counts 58 and "khoảng 350 đại biểu". The record holds
    both counts with their pages and chooses neither; the 350 is the second page's. Huế
    was the province Thừa Thiên Huế on that date. Neither page, as listed, names the
    organiser, so none is recorded.

    >>> event = national_conference_2023()
    >>> event.participants[1].count.qualifier.value, event.participants[1].count.value
    ('about', 350)
    """
    can_tho = Source(url="https://sokhcn.cantho.gov.vn/default.aspx?nid=22892&pid=57")
    tay_ninh = Source(
        url="https://dosttn.gov.vn/so-huu-tri-tue/hoi-nghi-so-huu-tri-tue-toan-quoc-nam-2023-122366"
    )
    departments = OrganizationGroup(name="Sở Khoa học và Công nghệ các tỉnh, thành phố")
    return Event(
        kind=EventKind.CONFERENCE,
        date=dt.date(2023, 3, 9),
        title="Hội nghị Sở hữu trí tuệ toàn quốc năm 2023",
        locality=Locality(name="Thừa Thiên Huế", kind=LocalityKind.PROVINCE, code="46"),
        participants=(
            Participant(party=departments, roles=(ParticipantRole.REPRESENTATIVE,)),
            Participant(
                party=OrganizationGroup(name="đại biểu"),
                count=Quantity(value=350, qualifier=Qualifier.ABOUT, wording="khoảng"),
            ),
        ),
        source=can_tho,
        claims=(
            Claim(field="participants[0].count", value="62", source=can_tho),
            Claim(field="participants[0].count", value="58", source=tay_ninh),
            Claim(field="participants[1].count", value="khoảng 350", source=tay_ninh),
        ),
    )


def hung_yen_honey() -> Trademark:
    """The certification mark "Mật ong hoa nhãn Hưng Yên" (longan-flower honey).

    The page gives decision 34713/QĐ-SHTT of 13/6/2016 and calls the honey the 7th
    product of Hưng Yên to be protected. It names no owner: the owner is marked unstated.
    The grantor is inferred from the decision's symbol, QĐ-SHTT, which is that of the IP
    Office's decisions; the page does not name it.

    >>> from ipprogram import render
    >>> print(render(hung_yen_honey()))
    Nhãn hiệu chứng nhận “Mật ong hoa nhãn Hưng Yên”, được cấp theo Quyết định số \
34713/QĐ-SHTT ngày 13/6/2016, là sản phẩm thứ 7 của tỉnh Hưng Yên được bảo hộ. Trang \
nguoilambao.vn không nêu chủ sở hữu. Cơ quan cấp văn bằng (Cục Sở hữu trí tuệ) là suy ra, \
nguồn không nêu; căn cứ: ký hiệu QĐ-SHTT của quyết định là của Cục Sở hữu trí tuệ.
    """
    return Trademark(
        name="Mật ong hoa nhãn Hưng Yên",
        kind=MarkKind.CERTIFICATION,
        products=(Product(name="Mật ong hoa nhãn"),),
        grantor=IP_VIET_NAM,
        decision=DocumentRef(number="34713/QĐ-SHTT", date=dt.date(2016, 6, 13)),
        ordinals=(Ordinal(rank=7, scope=Locality(name="Hưng Yên", kind=LocalityKind.PROVINCE)),),
        source=Source(
            url="https://nguoilambao.vn/public/mat-ong-hoa-nhan-hung-yen-so-khoa-hoc-va-cong-nghe-tinh-hung-yen"
        ),
        claims=(
            Claim(field="owner", certainty=Certainty.UNSTATED),
            Claim(
                field="grantor",
                certainty=Certainty.INFERRED,
                reading="Cục Sở hữu trí tuệ",
                basis="ký hiệu QĐ-SHTT của quyết định là của Cục Sở hữu trí tuệ",
            ),
        ),
    )


def ham_yen_oranges() -> GeographicalIndication:
    """The geographical indication "Hàm Yên" for cam sành (king oranges), Tuyên Quang.

    Certificate no. 00085 and decision 4010/QĐ-SHTT of 07/10/2020 are from the filing
    agency's page; the People's Committee of Tuyên Quang manages it. A second page gives
    "30/09/2020 và 07/10/2020" for two GIs without saying which is which: that is held as
    what it says, and the grant date is left empty.

    >>> gi = ham_yen_oranges()
    >>> gi.decision.number, gi.grant_date is None, gi.claims[0].value
    ('4010/QĐ-SHTT', True, '30/09/2020 hoặc 07/10/2020')
    """
    province = Locality(name="Tuyên Quang", kind=LocalityKind.PROVINCE, code="08")
    return GeographicalIndication(
        name="Hàm Yên",
        managing_body=Organization(name="Ủy ban nhân dân tỉnh Tuyên Quang", locality=province),
        products=(Product(name="Cam sành", category=ProductCategory.AGRICULTURAL),),
        certificate_number="00085",
        decision=DocumentRef(number="4010/QĐ-SHTT", date=dt.date(2020, 10, 7), issuer=IP_VIET_NAM),
        grantor=IP_VIET_NAM,
        source=Source(
            url="https://ipaspro.com/2020/10/09/ipaspro-dang-ky-xac-lap-thanh-cong-chi-dan-dia-ly-ham-yen-cho-san-pham-cam-sanh/"
        ),
        claims=(
            Claim(
                field="grant_date",
                value="30/09/2020 hoặc 07/10/2020",
                source=Source(
                    url="https://anlis.vn/cam-sanh-ham-yen-va-thanh-long-chau-thanh-long-an-duoc-bao-ho-chi-dan-dia-ly/"
                ),
            ),
        ),
    )


def bao_thang_fruit() -> Trademark:
    """The collective mark "Quả Bảo Thắng" of Lào Cai, for three fruits.

    One mark covers na, chanh and nhãn, managed by the district farmers' union. The page
    says the provincial Department of Science and Technology granted the certificate:
    that is kept as the page's claim and marked wrong, since the IP Office of Viet Nam
    grants protection titles (Law on IP 50/2005/QH11, Art. 118).

    >>> from ipprogram.render import source_notes
    >>> print(source_notes(bao_thang_fruit())[0])
    Theo trang baovemoitruong.org.vn, cơ quan cấp văn bằng là “Sở Khoa học và Công nghệ tỉnh \
Lào Cai”; đúng là Cục Sở hữu trí tuệ.
    """
    district = Locality(
        name="Bảo Thắng",
        kind=LocalityKind.DISTRICT,
        parent=Locality(name="Lào Cai", kind=LocalityKind.PROVINCE),
    )
    fruits = tuple(
        Product(name=name, category=ProductCategory.AGRICULTURAL, locality=district)
        for name in ("Na", "Chanh", "Nhãn")
    )
    return Trademark(
        name="Quả Bảo Thắng",
        kind=MarkKind.COLLECTIVE,
        owner=Organization(name="Hội Nông dân huyện Bảo Thắng", locality=district),
        products=fruits,
        grantor=IP_VIET_NAM,
        source=Source(
            url="https://baovemoitruong.org.vn/lao-cai-cong-bo-nhan-hieu-tap-qua-bao-thang/"
        ),
        claims=(
            Claim(
                field="grantor",
                certainty=Certainty.WRONG,
                value="Sở Khoa học và Công nghệ tỉnh Lào Cai",
                reading="Cục Sở hữu trí tuệ",
                basis="Luật Sở hữu trí tuệ, Điều 118: văn bằng do cơ quan quản lý nhà nước "
                "về quyền sở hữu công nghiệp cấp",
            ),
        ),
    )
