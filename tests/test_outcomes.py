"""Projects, indicators and the questions users ask of a programme's outcomes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram import outcomes
from ipprogram.examples import langson_2020, langson_programme
from ipprogram.outcomes import Achievement, Tally, achievement
from ipprogram.render import outcome_report
from ipprogram.vi import parse_quantity

Q = ip.Qualifier
K = ip.ProtectionKind
ROLE = ip.IndicatorRole
GOLDEN = Path(__file__).parent / "data" / "report_langson_programme.md"

PROVINCE = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE)
TRANG_DINH = ip.Locality(name="Tràng Định", kind=ip.LocalityKind.DISTRICT, parent=PROVINCE)
TANGERINE = ip.Product(
    name="Quýt Tràng Định", category=ip.ProductCategory.AGRICULTURAL, locality=TRANG_DINH
)
CUSTARD_APPLE = ip.Product(name="Na", category=ip.ProductCategory.AGRICULTURAL)
ANISE = ip.Product(name="Hồi", category=ip.ProductCategory.FORESTRY)
MARK = ip.Trademark(
    name="Quýt Tràng Định",
    kind=ip.MarkKind.COLLECTIVE,
    owner=ip.Organization(name="Hội Làm vườn huyện Tràng Định"),
    products=(TANGERINE,),
    certificate_number="4-0306822-000",
    filing_date=dt.date(2017, 3, 1),
    grant_date=dt.date(2018, 10, 17),
)
GI = ip.GeographicalIndication(
    name="Lạng Sơn",
    managing_body=ip.Organization(name="Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn"),
    products=(CUSTARD_APPLE,),
    area=(PROVINCE,),
    certificate_number="00140",
    grant_date=dt.date(2024, 6, 22),
)
REPORT_A = ip.Source(title="Báo cáo tổng kết")
REPORT_B = ip.Source(title="Trang tin điện tử")
PERIOD = ip.Period.years(2016, 2020)


def _value(role: ip.IndicatorRole, text: str, source: ip.Source | None = None) -> ip.IndicatorValue:
    return ip.IndicatorValue(role=role, quantity=parse_quantity(text), period=PERIOD, source=source)


PROGRAMME = ip.Programme(
    kind=ip.ProgrammeKind.PROGRAMME,
    name="Chương trình phát triển tài sản trí tuệ",
    period=PERIOD,
    locality=PROVINCE,
    exported_products=(ANISE,),
    marks=(MARK,),
    geographical_indications=(GI,),
    projects=(
        ip.Project(
            aims_at=K.COLLECTIVE_MARK,
            title="Xây dựng nhãn hiệu tập thể Quýt Tràng Định",
            product=TANGERINE,
            budget=ip.Quantity(value=350_000_000, unit="đồng"),
            status=ip.ProjectStatus.COMPLETED,
            result=MARK,
        ),
        ip.Project(aims_at=K.CERTIFICATION_MARK),
        ip.Project(aims_at=K.GEOGRAPHICAL_INDICATION, status=ip.ProjectStatus.CANCELLED),
    ),
    indicators=(
        ip.Indicator(
            name="Lớp tập huấn",
            values=(_value(ROLE.TARGET, "40 lớp"), _value(ROLE.ACTUAL, "trên 50 lớp")),
        ),
        ip.Indicator(
            name="Đại biểu được tập huấn",
            values=(_value(ROLE.TARGET, "300 người"), _value(ROLE.ACTUAL, "khoảng 330 người")),
        ),
        ip.Indicator(
            name="Sản phẩm được bảo hộ",
            values=(
                _value(ROLE.TARGET, "20 sản phẩm"),
                _value(ROLE.ACTUAL, "23 sản phẩm", REPORT_A),
                _value(ROLE.ACTUAL, "24 sản phẩm", REPORT_B),
            ),
        ),
    ),
)


def test_rights_count_once_each() -> None:
    """A mark listed on the programme and as a project's result is one right."""
    assert outcomes.rights(PROGRAMME) == (MARK, GI)
    assert outcomes.rights_by_kind(PROGRAMME) == {
        K.COLLECTIVE_MARK: 1,
        K.GEOGRAPHICAL_INDICATION: 1,
    }
    assert list(outcomes.rights_by_kind(PROGRAMME)) == [
        K.COLLECTIVE_MARK,
        K.GEOGRAPHICAL_INDICATION,
    ]


def test_rights_by_status_on_a_date() -> None:
    """Art. 93: the mark is in force from its grant; the GI from 22/6/2024, for good."""
    in_force = ip.terms.RightStatus.IN_FORCE
    assert outcomes.rights_by_status(PROGRAMME, dt.date(2020, 12, 2)) == {in_force: 1, None: 1}
    assert outcomes.rights_by_status(PROGRAMME, dt.date(2025, 1, 1)) == {in_force: 2}
    assert outcomes.rights_by_status(PROGRAMME, dt.date(2028, 3, 1)) == {
        ip.terms.RightStatus.EXPIRED: 1,
        in_force: 1,
    }


def test_rights_and_products_by_place() -> None:
    """Places in Vietnamese order, unplaced last."""
    assert list(outcomes.rights_by_place(PROGRAMME).items()) == [(PROVINCE, 1), (TRANG_DINH, 1)]
    assert outcomes.products(PROGRAMME) == (ANISE, TANGERINE, CUSTARD_APPLE)
    assert list(outcomes.products_by_place(PROGRAMME).items()) == [(TRANG_DINH, 1), (None, 2)]
    assert list(outcomes.products_by_category(PROGRAMME).items()) == [
        (ip.ProductCategory.AGRICULTURAL, 2),
        (ip.ProductCategory.FORESTRY, 1),
    ]


def test_planned_against_granted() -> None:
    """Cancelled projects are left out; granted counts the projects with a right."""
    assert outcomes.planned_vs_granted(PROGRAMME) == {
        K.COLLECTIVE_MARK: Tally(planned=1, granted=1),
        K.CERTIFICATION_MARK: Tally(planned=1, granted=0),
    }


def test_the_example_keeps_planned_apart_from_granted() -> None:
    """535/QĐ-UBND: 08 projects, 2 GIs, 3 certification, 3 collective marks, none granted."""
    programme = langson_programme()
    assert programme.successor is not None
    projects = programme.successor.projects
    assert len(projects) == 8
    assert {p.approved_by.number for p in projects if p.approved_by} == {"535/QĐ-UBND"}
    assert all(p.status is ip.ProjectStatus.PLANNED and p.result is None for p in projects)
    assert outcomes.planned_vs_granted(programme.successor) == {
        K.COLLECTIVE_MARK: Tally(3, 0),
        K.CERTIFICATION_MARK: Tally(3, 0),
        K.GEOGRAPHICAL_INDICATION: Tally(2, 0),
    }
    assert outcomes.rights(programme.successor) == ()
    assert outcomes.rights_by_kind(programme.successor) == {}


def test_example_products_by_category() -> None:
    """The seed's exported products: Hồi, Quế, Nhựa thông forestry; Sa nhân medicinal; ..."""
    assert outcomes.products_by_category(langson_programme()) == {
        ip.ProductCategory.FORESTRY: 3,
        ip.ProductCategory.MEDICINAL: 1,
        ip.ProductCategory.PROCESSED_FOOD: 1,
        ip.ProductCategory.INDUSTRIAL: 1,
    }


def test_award_recipients_by_form_and_kind() -> None:
    """02 + 08 for the Bằng khen, 07 + 14 for the Giấy khen; named recipients count too."""
    event = langson_2020()
    form, kind = ip.AwardForm, ip.RecipientKind
    assert outcomes.recipients_by_form_and_kind(event) == {
        (form.CERTIFICATE_OF_MERIT, kind.INDIVIDUAL): 8,
        (form.CERTIFICATE_OF_MERIT, kind.COLLECTIVE): 2,
        (form.CERTIFICATE_OF_COMMENDATION, kind.INDIVIDUAL): 14,
        (form.CERTIFICATE_OF_COMMENDATION, kind.COLLECTIVE): 7,
    }
    named = ip.Award(
        form=form.CERTIFICATE_OF_MERIT,
        conferred_by=event.awards[0].conferred_by,
        recipients=(ip.Person(full_name="Hoàng Văn A"), ip.Organization(name="Hợp tác xã B")),
    )
    second = ip.replace(event, awards=(named,), participants=())
    both = outcomes.recipients_by_form_and_kind([event, second])
    assert both[form.CERTIFICATE_OF_MERIT, kind.INDIVIDUAL] == 9
    assert both[form.CERTIFICATE_OF_MERIT, kind.COLLECTIVE] == 3
    assert both[form.CERTIFICATE_OF_MERIT, kind.HOUSEHOLD] == 0


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (ip.Quantity(value=40), ip.Quantity(value=50), Achievement(1.25, 1.25)),
        (
            ip.Quantity(value=40),
            ip.Quantity(value=50, qualifier=Q.MORE_THAN),
            Achievement(1.25, None),
        ),
        (
            ip.Quantity(value=40),
            ip.Quantity(value=50, qualifier=Q.LESS_THAN),
            Achievement(0.0, 1.25),
        ),
        (
            ip.Quantity(value=40),
            ip.Quantity(value=20, upper=30, qualifier=Q.RANGE),
            Achievement(0.5, 0.75),
        ),
        (
            ip.Quantity(value=40, qualifier=Q.AT_LEAST),
            ip.Quantity(value=50),
            Achievement(0.0, 1.25),
        ),
        (
            ip.Quantity(value=40, qualifier=Q.AT_MOST),
            ip.Quantity(value=50),
            Achievement(1.25, None),
        ),
        (
            ip.Quantity(value=40),
            ip.Quantity(value=50, qualifier=Q.ABOUT),
            Achievement(1.25, 1.25, approximate=True),
        ),
    ],
)
def test_achievement(target: ip.Quantity, actual: ip.Quantity, expected: Achievement) -> None:
    """Exact figures give a ratio; qualified ones a bounded interval."""
    assert achievement(target, actual) == expected


def test_achievement_verdicts_and_refusals() -> None:
    """Met is True, False or unknown; mismatched units and zero targets are refused."""
    assert Achievement(1.25, None).met is True
    assert Achievement(0.5, 0.75).met is False
    assert Achievement(0.0, 1.25).met is None
    assert Achievement(0.5, 0.75).ratio is None
    with pytest.raises(ValueError, match="'lớp'"):
        achievement(ip.Quantity(value=4, unit="lớp"), ip.Quantity(value=4, unit="ha"))
    with pytest.raises(ValueError, match="target of 0"):
        achievement(ip.Quantity(value=0), ip.Quantity(value=4))
    with pytest.raises(ValueError, match="not negative"):
        achievement(ip.Quantity(value=4), ip.Quantity(value=-4))


def test_results_and_conflicts() -> None:
    """Targets against actuals per period; the 23/24 disagreement is listed, both kept."""
    found = {result.indicator: result for result in outcomes.results(PROGRAMME)}
    assert found["Lớp tập huấn"].achievement == Achievement(1.25, None)
    assert found["Đại biểu được tập huấn"].achievement == Achievement(1.1, 1.1, approximate=True)
    assert found["Sản phẩm được bảo hộ"].actual == ip.Quantity(value=23, unit="sản phẩm")
    (conflict,) = outcomes.conflicts(PROGRAMME)
    assert (conflict.indicator, conflict.role, conflict.period) == (
        "Sản phẩm được bảo hộ",
        ROLE.ACTUAL,
        PERIOD,
    )
    assert [value.source for value in conflict.values] == [REPORT_A, REPORT_B]


def test_project_rules() -> None:
    """Budgets are money; a result matches the aim and belongs to a completed project."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.Project(aims_at=K.CERTIFICATION_MARK, result=MARK, budget=ip.Quantity(value=3))
    assert [(d.path, d.code) for d in caught.value.errors] == [
        ("$.budget.unit", "inconsistent"),
        ("$.result", "inconsistent"),
        ("$.status", "inconsistent"),
    ]
    data = ip.to_dict(PROGRAMME.projects[0])
    assert data["result"]["type"] == "trademark"  # a tagged union in JSON
    assert ip.from_dict(ip.Project, data) == PROGRAMME.projects[0]


def test_programme_rules() -> None:
    """Indicator names are unique; every figure of one indicator has one unit."""
    with pytest.raises(ip.ValidationError) as caught:
        ip.replace(PROGRAMME, indicators=PROGRAMME.indicators[:1] * 2)
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.indicators[1]", "duplicate")]


def test_programme_links_round_trip() -> None:
    """Parent, successor, decisions, lead agency and projects survive JSON."""
    programme = langson_programme()
    assert ip.from_json(ip.Programme, ip.to_json(programme)) == programme
    assert programme.parent is not None
    assert programme.parent.level is ip.ProgrammeLevel.NATIONAL
    assert programme.successor is not None
    assert programme.successor.parent is not None
    assert programme.successor.parent.approved_by is not None
    assert programme.successor.parent.approved_by.number == "1068/QĐ-TTg"


def test_report_golden() -> None:
    """The example's outcome report, with the awards of the conference that reviewed it."""
    report = outcome_report(langson_programme(), events=[langson_2020()])
    assert report == GOLDEN.read_text(encoding="utf-8")
    assert ip.render(langson_programme()) == outcome_report(langson_programme())


def test_report_sections() -> None:
    """Projects with their rights, the indicator table, conflicts, rights by kind."""
    report = outcome_report(PROGRAMME)
    lines = report.splitlines()
    assert "| Lớp tập huấn | giai đoạn 2016 – 2020 | 40 lớp | trên 50 lớp | từ 125,0% |" in lines
    assert (
        "| Đại biểu được tập huấn | giai đoạn 2016 – 2020 | 300 người | khoảng 330 người"
        " | khoảng 110,0% |"
    ) in lines
    assert (
        "Số liệu chưa thống nhất về Sản phẩm được bảo hộ: 23 sản phẩm (Báo cáo tổng kết);"
        " 24 sản phẩm (Trang tin điện tử)."
    ) in lines
    assert "Đã được bảo hộ: 01 nhãn hiệu tập thể và 01 chỉ dẫn địa lý." in lines
    assert (
        "02 nhiệm vụ: 01 nhãn hiệu tập thể và 01 nhãn hiệu chứng nhận;"
        " 01 nhiệm vụ đã được cấp văn bằng."
    ) in lines
    row = next(line for line in lines if line.startswith("| 1 |"))
    assert "| 350 triệu đồng | đã hoàn thành | Nhãn hiệu tập thể “Quýt Tràng Định”" in row
    assert "## Khen thưởng" not in report  # no events given
    piped = ip.replace(PROGRAMME, projects=(ip.Project(aims_at=K.MARK, title="A | B"),))
    assert "| A \\| B |" in outcome_report(piped)
