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
  provincial Department granted it, which is wrong: the IP Office of Viet Nam grants marks;
- :func:`quan_ba_announcement`: the ceremony announcing the GI "Quản Bạ" for seedless
  persimmon, the 56th GI of the country and the 3rd of Hà Giang, dated only "Mới đây";
- :func:`star_anise_lang_son`: the GI "Lạng Sơn" for star anise, granted "2007" on two
  pages and "2012" on a third, and protected in the EU under the EVFTA;
- :func:`tan_cuong_tea` and :func:`tan_cuong_training_2025`: the GI "Tân Cương", licensed
  to 45 organisations and individuals, and a two-day course on it in April 2025;
- :func:`bac_kan_licences_2015`: the handover of certificates of the right to use the
  collective mark "Miến dong Bắc Kạn" to 2 producers, dated "13 5/2015".

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
    Erratum,
    Event,
    EventKind,
    ForeignProtection,
    GeographicalIndication,
    Handover,
    HandoverAction,
    Licence,
    Locality,
    LocalityKind,
    MarkKind,
    Ordinal,
    Organization,
    OrganizationGroup,
    PartialDate,
    Participant,
    ParticipantRole,
    Person,
    Position,
    Product,
    ProductCategory,
    ProductGroup,
    ProtectionBasis,
    ProtectionKind,
    Qualifier,
    Quantity,
    Source,
    Trademark,
)

__all__ = [
    "bac_kan_licences_2015",
    "bao_thang_fruit",
    "ham_yen_oranges",
    "hung_yen_honey",
    "national_conference_2023",
    "quan_ba_announcement",
    "star_anise_lang_son",
    "tan_cuong_tea",
    "tan_cuong_training_2025",
]

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


def quan_ba_announcement() -> Event:
    """The ceremony announcing the GI "Quản Bạ" for seedless persimmon, Hà Giang.

    The page dates it only "Mới đây": the event has no date, and a claim says the page
    gives none. It announces GI no. 00056, granted 5/7/2017, which the page calls the
    56th GI of the country and the 3rd of Hà Giang (ranks that hold on that date).
    Minister Chu Ngọc Anh attended.

    >>> from ipprogram import render
    >>> paragraphs = render(quan_ba_announcement()).splitlines()
    >>> print(paragraphs[4])
    Dự buổi lễ có đồng chí Chu Ngọc Anh, Bộ trưởng Bộ Khoa học và Công nghệ.
    >>> print(paragraphs[6])
    Tại buổi lễ, công bố chỉ dẫn địa lý “Quản Bạ”.
    """
    ha_giang = Locality(name="Hà Giang", kind=LocalityKind.PROVINCE, code="02")
    as_of = PartialDate(year=2017, month=7, day=5)
    gi = GeographicalIndication(
        name="Quản Bạ",
        products=(Product(name="Hồng không hạt", category=ProductCategory.AGRICULTURAL),),
        certificate_number="00056",
        grant_date=dt.date(2017, 7, 5),
        grantor=IP_VIET_NAM,
        ordinals=(
            Ordinal(rank=56, kind=ProtectionKind.GEOGRAPHICAL_INDICATION, as_of=as_of),
            Ordinal(
                rank=3, kind=ProtectionKind.GEOGRAPHICAL_INDICATION, scope=ha_giang, as_of=as_of
            ),
        ),
    )
    minister = Person(
        full_name="Chu Ngọc Anh",
        position=Position(
            title="Bộ trưởng", organization=Organization(name="Bộ Khoa học và Công nghệ")
        ),
    )
    return Event(
        kind=EventKind.ANNOUNCEMENT,
        title="Lễ công bố chỉ dẫn địa lý Quản Bạ cho sản phẩm hồng không hạt",
        locality=ha_giang,
        participants=(Participant(party=minister),),
        handovers=(Handover(action=HandoverAction.ANNOUNCED, rights=(gi,)),),
        source=Source(
            url="https://thuonghieunongnghiep.com.vn/thi-truong/cong-bo-chi-dan-dia-ly-cho-hong-khong-hat-quan-ba.html"
        ),
        claims=(Claim(field="date", certainty=Certainty.UNSTATED),),
    )


def star_anise_lang_son() -> GeographicalIndication:
    """The GI "Lạng Sơn" for star anise (hoa hồi): two years, and protection in the EU.

    One page says it was granted "Năm 2012", two others say 2007: the record holds all
    three claims and no grant date. The EU protects it among the 39 Vietnamese GIs of
    the EVFTA, from 1/8/2020: Viet Nam is one jurisdiction among two.

    >>> from ipprogram import outcomes
    >>> gi = star_anise_lang_son()
    >>> [c.value for c in outcomes.claim_conflicts(gi)[0].claims], gi.abroad[0].jurisdiction
    (['Năm 2012', '2007', '2007'], 'EU')
    """
    lang_son = Locality(name="Lạng Sơn", kind=LocalityKind.PROVINCE, code="20")
    vjst = Source(
        url="http://vjst.vn/vn/tin-tuc/5707/hoa-hoi-lang-son-bay-xa-nho-chi-dan-dia-ly.aspx"
    )
    return GeographicalIndication(
        name="Lạng Sơn",
        products=(Product(name="Hoa hồi", category=ProductCategory.FORESTRY, locality=lang_son),),
        area=(lang_son,),
        abroad=(
            ForeignProtection(
                jurisdiction="EU",
                basis=ProtectionBasis.EVFTA,
                grant_date=dt.date(2020, 8, 1),
                source=vjst,
            ),
        ),
        source=vjst,
        claims=(
            Claim(field="grant_date", value="Năm 2012", source=vjst),
            Claim(
                field="grant_date",
                value="2007",
                source=Source(
                    url="https://ocopvietnam.com.vn/thuong-hieu-san-pham/hoa-hoi-xu-lang-san-vat-quy-noi-nui-rung-dong-bac.html29788"
                ),
            ),
            Claim(
                field="grant_date",
                value="2007",
                source=Source(
                    url="http://khoahocphattrien.vn/Dia-phuong/hanh-trinh-sang-chau-au-cua-hoi-xu-lang/20151224034714388p1c937.htm"
                ),
            ),
        ),
    )


_BAO_THAI_NGUYEN = Source(
    url="https://baothainguyen.vn/nghi-quyet-57/202504/phat-huy-gia-tri-chi-dan-dia-ly-tan-cuong-gan-voi-chuyen-doi-so-7b021a0",
    language="vi",
)


def tan_cuong_tea() -> GeographicalIndication:
    """The GI "Tân Cương" for tea, Thái Nguyên, licensed to 45 organisations and individuals.

    The page counts the licensees and names none.

    >>> from ipprogram import render
    >>> render(tan_cuong_tea())
    'Chỉ dẫn địa lý “Tân Cương” cho sản phẩm Chè; cấp quyền sử dụng cho 45 tổ chức, cá nhân'
    """
    return GeographicalIndication(
        name="Tân Cương",
        products=(Product(name="Chè", category=ProductCategory.AGRICULTURAL),),
        licences=(Licence(licensee_count=Quantity(value=45, unit="tổ chức, cá nhân")),),
        source=_BAO_THAI_NGUYEN,
    )


def tan_cuong_training_2025() -> Event:
    """A two-day course on the GI "Tân Cương", "Trong 2 ngày (11 và 12-4)", 136 delegates.

    The page gives no year for the course; its address (``.../202504/...``) dates the
    page to April 2025, so the year is inferred, and marked so with that basis.

    >>> event = tan_cuong_training_2025()
    >>> event.date, event.end_date, event.claims[0].certainty.value
    (datetime.date(2025, 4, 11), datetime.date(2025, 4, 12), 'inferred')
    """
    return Event(
        kind=EventKind.TRAINING_COURSE,
        date=dt.date(2025, 4, 11),
        end_date=dt.date(2025, 4, 12),
        title="Lớp tập huấn phát huy giá trị chỉ dẫn địa lý Tân Cương gắn với chuyển đổi số",
        locality=Locality(name="Thái Nguyên", kind=LocalityKind.PROVINCE, code="19"),
        participants=(
            Participant(party=OrganizationGroup(name="đại biểu"), count=Quantity(value=136)),
        ),
        source=_BAO_THAI_NGUYEN,
        claims=(
            Claim(
                field="date",
                certainty=Certainty.INFERRED,
                value="Trong 2 ngày (11 và 12-4)",
                reading="2025-04-11",
                basis="năm 2025 theo địa chỉ của trang (…/202504/…)",
            ),
        ),
    )


def bac_kan_licences_2015() -> Event:
    """Certificates of the right to use the collective mark "Miến dong Bắc Kạn", 2015.

    The page says the right was granted to 2 producers and dates it "13 5/2015", a slip
    for 13/5/2015: the date is held as read, and the reading marked inferred with its
    basis. The page's "cở sở" is kept as an erratum. It names neither the producers nor
    who handed the certificates over.

    >>> event = bac_kan_licences_2015()
    >>> print(event.claims[0].basis)
    “13 5/2015” đọc là 13/5/2015: thiếu dấu “/” giữa ngày và tháng
    >>> from ipprogram import render
    >>> print(render(event.handovers[0]))
    Trao quyền sử dụng nhãn hiệu tập thể “Miến dong Bắc Kạn” cho 2 cơ sở
    """
    mark = Trademark(
        name="Miến dong Bắc Kạn",
        kind=MarkKind.COLLECTIVE,
        products=(Product(name="Miến dong", group=ProductGroup.PROCESSED),),
    )
    return Event(
        kind=EventKind.CERTIFICATE_HANDOVER,
        date=dt.date(2015, 5, 13),
        handovers=(
            Handover(
                action=HandoverAction.HANDED_OVER,
                rights=(mark,),
                licences=(Licence(licensee_count=Quantity(value=2, unit="cơ sở")),),
            ),
        ),
        source=Source(
            title="Cấp giấy chứng nhận quyền sử dụng nhãn hiệu tập thể Miến dong Bắc Kạn",
            url="http://www.miendongbackan.com/tintuc/chi-tiet/cap-giay-chung-nhan-quyen-su-dung-nhan-hieu-tap-the-mien-dong-bac-kan--1046",
            errata=(Erratum(written="cở sở", meant="cơ sở", note="dấu thanh"),),
        ),
        claims=(
            Claim(
                field="date",
                certainty=Certainty.INFERRED,
                value="13 5/2015",
                reading="2015-05-13",
                basis="“13 5/2015” đọc là 13/5/2015: thiếu dấu “/” giữa ngày và tháng",
            ),
        ),
    )
