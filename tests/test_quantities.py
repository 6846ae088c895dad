"""Reported figures: the Quantity type, and reading and writing them in Vietnamese."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import ipprogram as ip
from ipprogram import QUALIFIER_WORDS, Bounds, Qualifier, Quantity
from ipprogram.vi import format_quantity, parse_quantity
from ipprogram.vi.quantities import read_value

Q = Qualifier


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        # Every form the issue and domain.md section 3 quote.
        ("trên 50 lớp", Quantity(value=50, qualifier=Q.MORE_THAN, unit="lớp"), None),
        ("hơn 50 lớp", Quantity(value=50, qualifier=Q.MORE_THAN, unit="lớp", wording="hơn"), None),
        ("khoảng 350 đại biểu", Quantity(value=350, qualifier=Q.ABOUT, unit="đại biểu"), None),
        (
            "250 – 350 triệu đồng/ha/năm",
            Quantity(value=250_000_000, upper=350_000_000, qualifier=Q.RANGE, unit="đồng/ha/năm"),
            None,
        ),
        (
            "250 – 350 triệu đồng",
            Quantity(value=250_000_000, upper=350_000_000, qualifier=Q.RANGE, unit="đồng"),
            None,
        ),
        ("28.000 ha", Quantity(value=28_000, unit="ha"), None),
        ("1,5 tỷ đồng", Quantity(value=1_500_000_000, unit="đồng"), None),
        ("02 tập thể", Quantity(value=2, unit="tập thể"), "2 tập thể"),
        # Other real shapes: dashes, "từ ... đến", percentages, qualifiers, scale words.
        (
            "250-350 triệu đồng",
            Quantity(value=250_000_000, upper=350_000_000, qualifier=Q.RANGE, unit="đồng"),
            "250 – 350 triệu đồng",
        ),
        (
            "từ 250 đến 350 tấn",
            Quantity(value=250, upper=350, qualifier=Q.RANGE, unit="tấn", wording="từ"),
            None,
        ),
        (
            "500 nghìn – 1,5 triệu đồng",
            Quantity(value=500_000, upper=1_500_000, qualifier=Q.RANGE, unit="đồng"),
            "500 – 1.500 nghìn đồng",
        ),
        ("gần 300 hộ", Quantity(value=300, qualifier=Q.AT_MOST, unit="hộ", wording="gần"), None),
        ("ít nhất 40%", Quantity(value=40, qualifier=Q.AT_LEAST, unit="%"), None),
        (
            "tối thiểu 60% sản phẩm OCOP",
            Quantity(value=60, qualifier=Q.AT_LEAST, unit="% sản phẩm OCOP", wording="tối thiểu"),
            None,
        ),
        ("85,5%", Quantity(value=85.5, unit="%"), None),
        ("dưới 10 ha", Quantity(value=10, qualifier=Q.LESS_THAN, unit="ha"), None),
        (
            "không quá 5 tỷ đồng",
            Quantity(value=5e9, qualifier=Q.AT_MOST, unit="đồng", wording="không quá"),
            None,
        ),
        ("1.234.567,5 tấn", Quantity(value=1_234_567.5, unit="tấn"), None),
        ("1.500.000 đồng", Quantity(value=1_500_000, unit="đồng"), "1,5 triệu đồng"),
        ("1.234.567 đồng", Quantity(value=1_234_567, unit="đồng"), None),
        ("350 ngàn đồng", Quantity(value=350_000, unit="đồng"), "350 nghìn đồng"),
        ("2 tỉ đồng", Quantity(value=2_000_000_000, unit="đồng"), "2 tỷ đồng"),
        (
            "Trên  50   lớp tập huấn",
            Quantity(value=50, qualifier=Q.MORE_THAN, unit="lớp tập huấn"),
            "trên 50 lớp tập huấn",
        ),
        ("70", Quantity(value=70), None),
    ],
)
def test_parse_and_format(text: str, expected: Quantity, written: str | None) -> None:
    """Each form reads to the quantity it states and is written back the same way."""
    assert parse_quantity(text) == expected
    assert format_quantity(expected) == (written or text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2.5 ha", "no figure in a known form"),  # a decimal point is not Vietnamese
        ("12.50 ha", "no figure in a known form"),
        ("nhiều lớp", "no figure in a known form"),
        ("trên", "no figure in a known form"),
        ("", "no figure in a known form"),
        ("từ 250 – 350 tấn", "'từ' and 'đến' go together"),
        ("250 đến 350 tấn", "'từ' and 'đến' go together"),
        ("khoảng 250 – 350 ha", "a range cannot also be qualified"),
        ("350 – 250 ha", "a range must rise from its first figure"),
        ("5 – 5 ha", "a range must rise from its first figure"),
    ],
)
def test_parse_refuses(text: str, reason: str) -> None:
    """Text that is not a figure, or a contradictory one, is refused with the reason."""
    with pytest.raises(ip.ValidationError) as caught:
        parse_quantity(text)
    (detail,) = caught.value.errors
    assert (detail.path, detail.code) == ("$", "unreadable_quantity")
    assert detail.message == f"{text!r} cannot be read as a quantity: {reason}"


def test_parse_needs_text() -> None:
    """A number is not text to parse."""
    with pytest.raises(TypeError, match="takes a str"):
        parse_quantity(50)  # type: ignore[arg-type]


def test_quantity_rules() -> None:
    """A range has a rising upper end; nothing else has one; wording fits the qualifier."""
    with pytest.raises(ip.ValidationError) as caught:
        Quantity(value=5, qualifier=Q.RANGE)
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.upper", "inconsistent")]
    with pytest.raises(ip.ValidationError) as caught:
        Quantity(value=5, upper=4, qualifier=Q.RANGE, wording="khoảng")
    assert [(d.path, d.code) for d in caught.value.errors] == [
        ("$.upper", "inconsistent"),
        ("$.wording", "invalid_choice"),
    ]
    with pytest.raises(ip.ValidationError) as caught:
        Quantity(value=float("nan"))
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.value", "invalid_number")]
    with pytest.raises(ip.ValidationError) as caught:
        Quantity(value="3")  # type: ignore[arg-type]
    assert [(d.path, d.code) for d in caught.value.errors] == [("$.value", "wrong_type")]
    with pytest.raises(ip.ValidationError):
        Quantity(value=True)


def test_quantity_json_is_strict() -> None:
    """JSON numbers only: integers and decimals load, strings and booleans do not."""
    assert ip.from_dict(Quantity, {"value": 2.5, "unit": "ha"}) == Quantity(value=2.5, unit="ha")
    assert ip.from_dict(Quantity, {"value": 3}).value == 3
    for bad in ("3", True, None, [3]):
        with pytest.raises(ip.ValidationError) as caught:
            ip.from_dict(Quantity, {"value": bad})
        assert caught.value.errors[0].path == "$.value"
    with pytest.raises(ip.ValidationError, match="upper"):
        ip.from_dict(Quantity, {"value": 3, "upper": "4", "qualifier": "range"})


@pytest.mark.parametrize(
    ("quantity", "bounds"),
    [
        (Quantity(value=50), Bounds(50, 50)),
        (Quantity(value=50, qualifier=Q.MORE_THAN), Bounds(50, None, low_open=True)),
        (Quantity(value=50, qualifier=Q.AT_LEAST), Bounds(50, None)),
        (Quantity(value=50, qualifier=Q.LESS_THAN), Bounds(None, 50, high_open=True)),
        (Quantity(value=50, qualifier=Q.AT_MOST), Bounds(None, 50)),
        (Quantity(value=250, upper=350, qualifier=Q.RANGE), Bounds(250, 350)),
        (Quantity(value=350, qualifier=Q.ABOUT), Bounds(None, None)),
    ],
)
def test_bounds(quantity: Quantity, bounds: Bounds) -> None:
    """What each qualifier says of the true number."""
    assert quantity.bounds() == bounds


UNITS = [
    None,
    "lớp",
    "đại biểu",
    "ha",
    "tấn",
    "đồng",
    "đồng/ha/năm",
    "%",
    "% sản phẩm",
    "hộ gia đình",
]
numbers = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False),
)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    """Any quantity with a unit that text can carry."""
    qualifier = draw(st.sampled_from(Qualifier))
    value = draw(numbers)
    upper = None
    if qualifier is Q.RANGE:
        upper = draw(numbers)
        value, upper = min(value, upper), max(value, upper)
        assume(value < upper)
    words = QUALIFIER_WORDS[qualifier]
    wording = draw(st.none() | st.sampled_from(words[1:])) if len(words) > 1 else None
    if qualifier is Q.RANGE:
        wording = draw(st.sampled_from([None, "từ"]))
    return Quantity(
        value=value,
        qualifier=qualifier,
        upper=upper,
        unit=draw(st.sampled_from(UNITS)),
        wording=wording,
    )


@given(quantities())
def test_parse_reads_back_what_format_writes(quantity: Quantity) -> None:
    """parse_quantity(format_quantity(q)) == q for every quantity text can carry."""
    assert parse_quantity(format_quantity(quantity)) == quantity


@given(quantities())
def test_quantities_round_trip_through_json(quantity: Quantity) -> None:
    """A quantity's JSON reads back to the same quantity and writes the same bytes."""
    text = ip.to_json(quantity)
    assert ip.from_json(Quantity, text) == quantity
    assert ip.to_json(ip.from_json(Quantity, text)) == text


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "upper", "unit"),
    [
        ("1 triệu 500 nghìn đồng", 1_500_000, ip.Qualifier.EXACT, None, "đồng"),
        ("1 tỷ 200 triệu đồng", 1_200_000_000, ip.Qualifier.EXACT, None, "đồng"),
        ("khoảng 1 tỷ 200 triệu đồng", 1_200_000_000, ip.Qualifier.ABOUT, None, "đồng"),
        ("3 triệu/giải", 3_000_000, ip.Qualifier.EXACT, None, "đồng/giải"),
        ("mỗi giải 3 triệu đồng", 3_000_000, ip.Qualifier.EXACT, None, "đồng/giải"),
        ("5% – 10%", 5, ip.Qualifier.RANGE, 10, "%"),
        ("gần 5.000 ha", 5000, ip.Qualifier.AT_MOST, None, "ha"),
        ("từ 60 mm trở lên", 60, ip.Qualifier.AT_LEAST, None, "mm"),
        ("từ 5 năm trở xuống", 5, ip.Qualifier.AT_MOST, None, "năm"),
        ("khoảng 300ha", 300, ip.Qualifier.ABOUT, None, "ha"),
    ],
)
def test_forms_that_were_misread(
    text: str, value: int, qualifier: ip.Qualifier, upper: int | None, unit: str
) -> None:
    """Compound amounts add up, money per unit, percent ranges, open ends, no space."""
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.qualifier, quantity.upper, quantity.unit) == (
        value,
        qualifier,
        upper,
        unit,
    )
    assert parse_quantity(format_quantity(quantity)) == quantity


@pytest.mark.parametrize(
    "text", ["1,200 người", "1 triệu 2.000 nghìn đồng", "1,5 triệu 200 nghìn đồng"]
)
def test_ambiguous_or_impossible_figures_are_refused(text: str) -> None:
    """A figure such as "1,200" (1,2 or 1200 by language) is refused, never guessed."""
    with pytest.raises(ip.ValidationError) as caught:
        parse_quantity(text)
    assert caught.value.errors[0].code == "unreadable_quantity"


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("1,200 people", 1200, ip.Qualifier.EXACT, "people"),
        ("more than 30 participants", 30, ip.Qualifier.MORE_THAN, "participants"),
        ("about 1.5 million VND", 1_500_000, ip.Qualifier.ABOUT, "VND"),
        ("nearly 5,000 hectares", 5000, ip.Qualifier.AT_MOST, "hectares"),
    ],
)
def test_english_sources(text: str, value: int, qualifier: ip.Qualifier, unit: str) -> None:
    """language="en" reads English numbers and hedges."""
    quantity = parse_quantity(text, language="en")
    assert (quantity.value, quantity.qualifier, quantity.unit) == (value, qualifier, unit)
    with pytest.raises(ip.ValidationError):
        parse_quantity("1.200 ha", language="en")  # a point or Vietnamese thousands


def test_a_forecast_is_read_with_its_role() -> None:
    """A forecast ("dự kiến đạt khoảng 12.000 ha") is read with its role, by read_value."""
    role, quantity = read_value("dự kiến đạt khoảng 12.000 ha")
    assert role is ip.IndicatorRole.FORECAST
    assert (quantity.value, quantity.qualifier, quantity.unit) == (12000, ip.Qualifier.ABOUT, "ha")
    assert read_value("chỉ tiêu 70 sản phẩm")[0] is ip.IndicatorRole.TARGET
    assert read_value("70 sản phẩm")[0] is None
    with pytest.raises(ip.ValidationError, match="read_value"):
        parse_quantity("dự kiến đạt khoảng 12.000 ha")
