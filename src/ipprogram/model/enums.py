"""Closed vocabularies of the domain, each member with a Vietnamese label.

Values are stable English ``snake_case`` strings (what JSON stores); ``label`` is the
Vietnamese term as documents write it.

>>> from ipprogram import AwardForm, MarkKind
>>> AwardForm.CERTIFICATE_OF_MERIT.value, AwardForm.CERTIFICATE_OF_MERIT.label
('certificate_of_merit', 'Bằng khen')
>>> MarkKind.from_label("nhãn hiệu TẬP THỂ")
<MarkKind.COLLECTIVE: 'collective'>
"""

from __future__ import annotations

import enum
from typing import Final, Self

from ipprogram._textkey import match_key

__all__ = [
    "AwardForm",
    "EventKind",
    "FigureMeasure",
    "Gender",
    "HandoverAction",
    "IndicatorRole",
    "LabelledEnum",
    "LocalityKind",
    "MarkKind",
    "OfficeStatus",
    "ParticipantRole",
    "PrizeRank",
    "ProductCategory",
    "ProductGroup",
    "ProgrammeKind",
    "ProgrammeOutcome",
    "ProtectionKind",
    "RecipientKind",
]


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a Vietnamese ``label``.

    >>> RecipientKind.COLLECTIVE.label
    'tập thể'
    >>> str(RecipientKind.COLLECTIVE)
    'collective'
    """

    label: str

    def __new__(cls, value: str, label: str) -> Self:
        """Create a member from its stored value and its Vietnamese label."""
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> Self:
        """Find the member labelled ``label``, ignoring case, spacing and tone placement.

        Raises :class:`LookupError` when no member has that label.

        >>> ProductCategory.from_label("Lâm sản")
        <ProductCategory.FORESTRY: 'forestry'>
        """
        wanted = match_key(label)
        for member in cls:
            if match_key(member.label) == wanted:
                return member
        msg = f"no {cls.__name__} is labelled {label!r}"
        raise LookupError(msg)


class EventKind(LabelledEnum):
    """What kind of event a record describes.

    >>> EventKind.SUMMARY_CONFERENCE.label
    'Hội nghị tổng kết'
    """

    SUMMARY_CONFERENCE = "summary_conference", "Hội nghị tổng kết"
    REVIEW_CONFERENCE = "review_conference", "Hội nghị sơ kết"
    CONFERENCE = "conference", "Hội nghị"
    WORKSHOP = "workshop", "Hội thảo"
    TRAINING_COURSE = "training_course", "Lớp tập huấn"
    CEREMONY = "ceremony", "Lễ"
    CERTIFICATE_HANDOVER = "certificate_handover", "Lễ trao văn bằng"
    CONTEST = "contest", "Cuộc thi"
    FAIR = "fair", "Hội chợ, triển lãm"
    MEETING = "meeting", "Cuộc họp"
    ANNOUNCEMENT = "announcement", "Lễ công bố"
    RECEPTION = "reception", "Lễ đón nhận văn bằng"
    ACCEPTANCE = "acceptance", "Họp nghiệm thu"


class ProgrammeKind(LabelledEnum):
    """The instrument under which IP work is planned.

    >>> ProgrammeKind.SCHEME.label
    'Đề án'
    """

    PROGRAMME = "programme", "Chương trình"
    SCHEME = "scheme", "Đề án"
    STRATEGY = "strategy", "Chiến lược"
    PLAN = "plan", "Kế hoạch"


class ProgrammeOutcome(LabelledEnum):
    """Kinds of result a programme reports, as the summary documents name them.

    >>> ProgrammeOutcome.AWARENESS_RAISED.label
    'nâng cao nhận thức về sở hữu trí tuệ'
    """

    AWARENESS_RAISED = "awareness_raised", "nâng cao nhận thức về sở hữu trí tuệ"
    PROTECTION_ESTABLISHED = (
        "protection_established",
        "hỗ trợ xác lập bảo hộ quyền sở hữu trí tuệ",
    )
    IP_MANAGED_AND_DEVELOPED = (
        "ip_managed_and_developed",
        "quản lý và phát triển tài sản trí tuệ",
    )
    RESPECT_FOR_IP_RIGHTS = (
        "respect_for_ip_rights",
        "nhận thức về việc tôn trọng và bảo vệ quyền sở hữu trí tuệ",
    )
    EXPORT_MARKETS_EXPANDED = "export_markets_expanded", "mở rộng thị trường xuất khẩu"


class AwardForm(LabelledEnum):
    """Forms of commendation and emulation titles.

    Law on Emulation and Commendation 06/2022/QH15 (in force from 01/01/2024; before it,
    Law 15/2003/QH11 as amended in 2005 and 2013), Chapter III: orders, medals, titles,
    Bằng khen and Giấy khen. Art. 80 of the 2022 law lets a head of a provincial
    department confer a Giấy khen.

    >>> AwardForm.CERTIFICATE_OF_COMMENDATION.label
    'Giấy khen'
    """

    ORDER = "order", "Huân chương"
    MEDAL = "medal", "Huy chương"
    CERTIFICATE_OF_MERIT = "certificate_of_merit", "Bằng khen"
    CERTIFICATE_OF_COMMENDATION = "certificate_of_commendation", "Giấy khen"
    EMULATION_FLAG = "emulation_flag", "Cờ thi đua"
    EMULATION_FIGHTER = "emulation_fighter", "Chiến sĩ thi đua"
    ADVANCED_WORKER = "advanced_worker", "Lao động tiên tiến"
    COMMEMORATIVE_MEDAL = "commemorative_medal", "Kỷ niệm chương"
    PRIZE = "prize", "Giải thưởng"


class RecipientKind(LabelledEnum):
    """Who may receive a commendation.

    Law 06/2022/QH15 adds households (hộ gia đình) to individuals and collectives.

    >>> RecipientKind.INDIVIDUAL.label
    'cá nhân'
    """

    INDIVIDUAL = "individual", "cá nhân"
    COLLECTIVE = "collective", "tập thể"
    HOUSEHOLD = "household", "hộ gia đình"


class MarkKind(LabelledEnum):
    """Kinds of mark under the Law on Intellectual Property 50/2005/QH11, Art. 4.

    Art. 4.16 defines a mark; 4.17 a collective mark (owned by a collective organisation
    for its members); 4.18 a certification mark (its owner certifies origin, quality or
    other characteristics, and under Art. 87.4 may not itself produce or trade the goods);
    4.19 associated marks; 4.20 a well-known mark, a recognised status rather than a
    filing type.

    >>> MarkKind.CERTIFICATION.label
    'Nhãn hiệu chứng nhận'
    """

    ORDINARY = "ordinary", "Nhãn hiệu"
    COLLECTIVE = "collective", "Nhãn hiệu tập thể"
    CERTIFICATION = "certification", "Nhãn hiệu chứng nhận"
    ASSOCIATED = "associated", "Nhãn hiệu liên kết"
    WELL_KNOWN = "well_known", "Nhãn hiệu nổi tiếng"

    @property
    def inid(self) -> str | None:
        """The WIPO ST.60 INID code that marks this kind in a register, if any.

        INID (551) indicates a collective, certification or guarantee mark.

        >>> MarkKind.from_label("NHÃN HIỆU CHỨNG NHẬN").inid, MarkKind.ORDINARY.inid
        ('551', None)
        """
        return "551" if self in (MarkKind.COLLECTIVE, MarkKind.CERTIFICATION) else None

    @classmethod
    def with_inid(cls, code: str) -> tuple[MarkKind, ...]:
        """The kinds an INID code stands for (551: collective and certification).

        >>> MarkKind.with_inid("(551)")
        (<MarkKind.COLLECTIVE: 'collective'>, <MarkKind.CERTIFICATION: 'certification'>)
        """
        wanted = code.strip("() ")
        return tuple(member for member in cls if member.inid == wanted)


class OfficeStatus(LabelledEnum):
    """Status words of the IP Office of Viet Nam for an application or a title.

    >>> OfficeStatus.from_label("Đang giải quyết")
    <OfficeStatus.PENDING: 'pending'>
    """

    PENDING = "pending", "Đang giải quyết"
    PUBLISHED = "published", "Công bố"
    GRANTED = "granted", "Cấp bằng"
    REFUSED = "refused", "Từ chối"
    WITHDRAWN = "withdrawn", "Rút đơn"
    SURRENDERED = "surrendered", "Từ bỏ"
    EXPIRED = "expired", "Hết hạn"
    INVALIDATED = "invalidated", "Mất hiệu lực"


class ProductCategory(LabelledEnum):
    """Broad product categories used in provincial IP programmes.

    >>> ProductCategory.AGRICULTURAL.label
    'Nông sản'
    """

    AGRICULTURAL = "agricultural", "Nông sản"
    FORESTRY = "forestry", "Lâm sản"
    AQUATIC = "aquatic", "Thủy sản"
    LIVESTOCK = "livestock", "Sản phẩm chăn nuôi"
    MEDICINAL = "medicinal", "Dược liệu"
    PROCESSED_FOOD = "processed_food", "Thực phẩm chế biến"
    BEVERAGE = "beverage", "Đồ uống"
    HANDICRAFT = "handicraft", "Thủ công mỹ nghệ"
    INDUSTRIAL = "industrial", "Sản phẩm công nghiệp"
    SERVICE = "service", "Dịch vụ"
    OTHER = "other", "Khác"


class ParticipantRole(LabelledEnum):
    """What a participant did at an event.

    >>> ParticipantRole.AWARD_PRESENTER.label
    'trao khen thưởng'
    """

    ATTENDEE = "attendee", "dự"
    CHAIR = "chair", "chủ trì"
    SPEAKER = "speaker", "phát biểu"
    RAPPORTEUR = "rapporteur", "báo cáo"
    AWARD_PRESENTER = "award_presenter", "trao khen thưởng"
    AWARD_RECIPIENT = "award_recipient", "nhận khen thưởng"
    REPRESENTATIVE = "representative", "đại diện"
    LEADERSHIP_REPRESENTATIVE = "leadership_representative", "đại diện lãnh đạo"
    ORGANIZER = "organizer", "tổ chức"


class Gender(LabelledEnum):
    """A person's gender, where the source states it (it picks "Ông" or "Bà").

    >>> Gender.FEMALE.label
    'nữ'
    """

    FEMALE = "female", "nữ"
    MALE = "male", "nam"


class LocalityKind(LabelledEnum):
    """Kinds of administrative unit.

    Constitution 2013, Art. 110; Law on the Organisation of Local Government 2015,
    amended 2019 and 2025.

    District-level kinds exist only before 01/7/2025 (Resolution 202/2025/QH15).

    >>> LocalityKind.PROVINCE.label
    'tỉnh'
    """

    PROVINCE = "province", "tỉnh"
    MUNICIPALITY = "municipality", "thành phố trực thuộc trung ương"
    DISTRICT = "district", "huyện"
    URBAN_DISTRICT = "urban_district", "quận"
    TOWN = "town", "thị xã"
    PROVINCIAL_CITY = "provincial_city", "thành phố"
    COMMUNE = "commune", "xã"
    WARD = "ward", "phường"
    TOWNSHIP = "township", "thị trấn"
    SPECIAL_ZONE = "special_zone", "đặc khu"


class ProtectionKind(LabelledEnum):
    """The kind of IP title a project aims at, a right counts under, or a source counts.

    ``MARK`` is a mark whose kind the source does not give ("nhãn hiệu" alone), or an
    ordinary, associated or well-known one. Inventions, utility solutions and industrial
    designs are the other titles programmes support (Law on IP, Art. 6.3 and 92).

    >>> ProtectionKind.GEOGRAPHICAL_INDICATION.label
    'chỉ dẫn địa lý'
    """

    MARK = "mark", "nhãn hiệu"
    COLLECTIVE_MARK = "collective_mark", "nhãn hiệu tập thể"
    CERTIFICATION_MARK = "certification_mark", "nhãn hiệu chứng nhận"
    GEOGRAPHICAL_INDICATION = "geographical_indication", "chỉ dẫn địa lý"
    INVENTION = "invention", "sáng chế"
    UTILITY_SOLUTION = "utility_solution", "giải pháp hữu ích"
    INDUSTRIAL_DESIGN = "industrial_design", "kiểu dáng công nghiệp"


class IndicatorRole(LabelledEnum):
    """What a reported figure is: the starting point, the aim, the result, or a forecast.

    A forecast ("dự kiến đạt khoảng 12.000 ha") is neither a target nor a result.

    >>> IndicatorRole.FORECAST.label
    'dự kiến'
    """

    BASELINE = "baseline", "giá trị cơ sở"
    TARGET = "target", "chỉ tiêu"
    ACTUAL = "actual", "kết quả"
    FORECAST = "forecast", "dự kiến"


class HandoverAction(LabelledEnum):
    """What an event does with titles: announce them, hand them over, receive them.

    >>> HandoverAction.RECEIVED.label
    'đón nhận'
    """

    ANNOUNCED = "announced", "công bố"
    HANDED_OVER = "handed_over", "trao"
    RECEIVED = "received", "đón nhận"


class PrizeRank(LabelledEnum):
    """The rank of a contest's prize ("giải Nhất", "giải Khuyến khích").

    >>> PrizeRank.CONSOLATION.label
    'giải Khuyến khích'
    """

    SPECIAL = "special", "giải Đặc biệt"
    FIRST = "first", "giải Nhất"
    SECOND = "second", "giải Nhì"
    THIRD = "third", "giải Ba"
    CONSOLATION = "consolation", "giải Khuyến khích"
    WEEKLY = "weekly", "giải tuần"
    OTHER = "other", "giải"


class ProductGroup(LabelledEnum):
    """Whether a product is sold fresh or processed ("quả tươi", "sản phẩm chế biến").

    >>> ProductGroup.PROCESSED.label
    'chế biến'
    """

    FRESH = "fresh", "tươi"
    PROCESSED = "processed", "chế biến"


class FigureMeasure(LabelledEnum):
    """What a product figure measures.

    Profit, revenue, export value and price are money, in đồng.

    >>> FigureMeasure.AREA.label
    'diện tích'
    """

    AREA = "area", "diện tích"
    OUTPUT = "output", "sản lượng"
    YIELD = "yield", "năng suất"
    PROFIT = "profit", "lợi nhuận"
    REVENUE = "revenue", "doanh thu"
    PRICE = "price", "giá bán"
    EXPORT_VOLUME = "export_volume", "sản lượng xuất khẩu"
    EXPORT_VALUE = "export_value", "kim ngạch xuất khẩu"
    SHARE = "share", "tỷ trọng"

    @property
    def is_money(self) -> bool:
        """Whether figures of this measure are amounts of money.

        >>> FigureMeasure.PROFIT.is_money, FigureMeasure.AREA.is_money
        (True, False)
        """
        return self in _MONEY_MEASURES


_MONEY_MEASURES: Final = frozenset(
    {FigureMeasure.PROFIT, FigureMeasure.REVENUE, FigureMeasure.PRICE, FigureMeasure.EXPORT_VALUE}
)
