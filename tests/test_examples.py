"""The built-in example holds the whole 02/12/2020 Lạng Sơn conference."""

from __future__ import annotations

import datetime as dt
import re

import ipprogram as ip
from ipprogram.examples import langson_2020, langson_2020_json
from ipprogram.render import programme_title

EVENT = langson_2020()


def test_shipped_json_is_the_example() -> None:
    """The JSON shipped as package data is exactly what the example writes."""
    assert ip.from_json(ip.Event, langson_2020_json()) == EVENT
    assert langson_2020_json() == ip.to_json(EVENT, indent=2) + "\n"


def test_date_place_and_organiser() -> None:
    """On 02/12/2020 the Lạng Sơn Department of Science and Technology held it."""
    assert EVENT.kind is ip.EventKind.SUMMARY_CONFERENCE
    assert EVENT.date == dt.date(2020, 12, 2)
    assert EVENT.locality is not None
    assert EVENT.locality.name == "Lạng Sơn"
    assert [o.name for o in EVENT.organizers] == ["Sở Khoa học và Công nghệ tỉnh Lạng Sơn"]


def test_programme_reviewed_and_scheme_launched() -> None:
    """The 2016–2020 programme was reviewed; the scheme to 2030 was launched."""
    (programme,) = EVENT.reviews
    (scheme,) = EVENT.launches
    assert programme.kind is ip.ProgrammeKind.PROGRAMME
    assert programme.period == ip.Period.years(2016, 2020)
    assert scheme.kind is ip.ProgrammeKind.SCHEME
    assert scheme.period == ip.Period.years(None, 2030)
    assert programme_title(scheme) == (
        "Đề án thực hiện Chiến lược sở hữu trí tuệ đến năm 2030 trên địa bàn tỉnh Lạng Sơn"
    )


def test_participants_with_positions_and_roles() -> None:
    """The Vice-Chairwoman spoke and presented; others attended as representatives."""
    parties = {
        ip.render(p.party)
        if not isinstance(p.party, ip.AwardRecipients)
        else p.party.award: p.roles
        for p in EVENT.participants
    }
    assert parties["đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh"] == (
        ip.ParticipantRole.SPEAKER,
        ip.ParticipantRole.AWARD_PRESENTER,
    )
    assert parties["Cục Sở hữu trí tuệ"] == (ip.ParticipantRole.REPRESENTATIVE,)
    assert parties["các sở, ban, ngành"] == (ip.ParticipantRole.LEADERSHIP_REPRESENTATIVE,)
    assert parties["Hội Làm vườn các huyện, thành phố"] == (ip.ParticipantRole.ATTENDEE,)
    assert parties["bang-khen"] == (ip.ParticipantRole.AWARD_RECIPIENT,)
    office = next(p.party for p in EVENT.participants if isinstance(p.party, ip.Organization))
    assert office.parent is not None
    assert office.parent.name == "Bộ Khoa học và Công nghệ"


def test_awards_with_conferring_positions_and_counts() -> None:
    """Bằng khen of the provincial Chairman to 02 + 08; Giấy khen of the Director to 07 + 14."""
    merit, commendation = EVENT.awards
    assert merit.form is ip.AwardForm.CERTIFICATE_OF_MERIT
    assert ip.render(merit.conferred_by) == "Chủ tịch UBND tỉnh"
    assert merit.count(ip.RecipientKind.COLLECTIVE) == 2
    assert merit.count(ip.RecipientKind.INDIVIDUAL) == 8
    assert merit.presented_by is not None
    assert merit.presented_by.full_name == "Đoàn Thu Hà"
    assert commendation.form is ip.AwardForm.CERTIFICATE_OF_COMMENDATION
    assert ip.render(commendation.conferred_by) == "Giám đốc Sở KHCN"
    assert commendation.count(ip.RecipientKind.COLLECTIVE) == 7
    assert commendation.count(ip.RecipientKind.INDIVIDUAL) == 14
    assert not merit.recipients
    assert not commendation.recipients


def test_products_and_mark_kinds() -> None:
    """Six exported products; collective and certification marks for farm products."""
    (programme,) = EVENT.reviews
    assert [p.name for p in programme.exported_products] == [
        "Hồi",
        "Quế",
        "Sa nhân",
        "Nhựa thông",
        "Bánh kẹo",
        "Máy bơm nước",
    ]
    assert {(s.kind, s.category) for s in programme.mark_support} == {
        (ip.MarkKind.COLLECTIVE, ip.ProductCategory.AGRICULTURAL),
        (ip.MarkKind.CERTIFICATION, ip.ProductCategory.AGRICULTURAL),
    }


def test_photos_byline_and_errata() -> None:
    """Two captioned photos, the byline, and the source's two slips."""
    assert [p.file_name for p in EVENT.photos] == ["IMG_0908.JPG", "DSC_1314.JPG"]
    assert all(p.caption.startswith("Đồng chí Đoàn Thu Hà") for p in EVENT.photos)
    assert EVENT.source is not None
    assert [a.full_name for a in EVENT.source.authors] == ["Nguyễn Ngọc Hưng"]
    assert [(e.written, e.meant) for e in EVENT.source.errata] == [
        ("nhằm nhằm", "nhằm"),
        ("triến khai", "triển khai"),
    ]


def test_render_tells_the_story() -> None:
    """The Vietnamese summary carries the facts of the article."""
    text = ip.render(EVENT)
    for fact in (
        "Lạng Sơn, ngày 02 tháng 12 năm 2020",
        "Ngày 02/12/2020, Sở Khoa học và Công nghệ (KHCN) tỉnh Lạng Sơn tổ chức hội nghị tổng kết",
        "Chương trình phát triển tài sản trí tuệ (TSTT) tỉnh Lạng Sơn",
        "giai đoạn 2016 – 2020 và triển khai Đề án",
        "đồng chí Đoàn Thu Hà, Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh",
        "đại diện Cục Sở hữu trí tuệ thuộc Bộ Khoa học và Công nghệ",
        "các tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen",
        "Hồi, Quế, Sa nhân, Nhựa thông, Bánh kẹo và Máy bơm nước",
        "02 tập thể, 08 cá nhân",
        "được nhận Bằng khen của Chủ tịch UBND tỉnh",
        "07 tập thể, 14 cá nhân được nhận Giấy khen của Giám đốc Sở KHCN",
        "chương trình phát triển TSTT giai đoạn 2016 – 2020",
        "xây dựng nhãn hiệu tập thể cho các sản phẩm nông sản",
        "Nguyễn Ngọc Hưng",
    ):
        assert fact in text, fact
    # Decree 30, Appendix I, I.5: each abbreviation is introduced once, at its first use
    for short in ("UBND", "KHCN", "TSTT"):
        assert text.count(f"({short})") == 1, short
        bare = [m.start() for m in re.finditer(rf"(?<!\(){short}", text)]
        assert all(text.index(f"({short})") < start for start in bare), short
