"""The dateline-and-title block of documents and events (Decree 30/2020/NĐ-CP, App. I)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

import ipprogram as ip
from ipprogram.examples import langson_2020
from ipprogram.model.shape import Nullable, Text, shape
from ipprogram.render import heading
from tests.samples import SAMPLES
from tests.strategies import FIELDS

PROVINCE = ip.Locality(name="Lạng Sơn", kind=ip.LocalityKind.PROVINCE)
UBND = ip.Organization(name="Ủy ban nhân dân tỉnh Lạng Sơn", locality=PROVINCE)


def test_event_heading() -> None:
    """Dateline, then the title in capitals; without a place, the date alone."""
    event = langson_2020()
    assert heading(event).splitlines() == [
        "Lạng Sơn, ngày 02 tháng 12 năm 2020",
        (
            "HỘI NGHỊ TỔNG KẾT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ TỈNH LẠNG SƠN"
            " GIAI ĐOẠN 2016 – 2020"
        ),
    ]
    placeless = ip.replace(event, locality=None, date=dt.date(2021, 2, 5))
    assert heading(placeless).splitlines()[0] == "Ngày 05 tháng 02 năm 2021"


@pytest.mark.parametrize(
    ("document", "lines"),
    [
        (
            ip.DocumentRef(
                number="535/QĐ-UBND",
                date=dt.date(2021, 2, 25),
                issuer=UBND,
                title="Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
            ),
            [
                "Số: 535/QĐ-UBND",
                "Lạng Sơn, ngày 25 tháng 02 năm 2021",
                "QUYẾT ĐỊNH",
                "Ban hành Đề án thực hiện Chiến lược sở hữu trí tuệ",
            ],
        ),
        (
            ip.DocumentRef(number="30/2020/NĐ-CP", date=dt.date(2020, 3, 5)),
            ["Số: 30/2020/NĐ-CP", "Ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH"],
        ),
        (ip.DocumentRef(number="1618 / QD - UBND"), ["Số: 1618/QĐ-UBND", "QUYẾT ĐỊNH"]),
        (
            ip.DocumentRef(number="123/UBND-KT", title="V/v báo cáo"),
            ["Số: 123/UBND-KT", "V/v báo cáo"],
        ),
    ],
)
def test_document_heading(document: ip.DocumentRef, lines: list[str]) -> None:
    """Number, place and date, type in capitals, summary; absent parts left out."""
    assert heading(document).splitlines() == lines


def test_heading_refuses_other_objects() -> None:
    """Only events and documents have headings."""
    with pytest.raises(TypeError, match="takes an Event or a DocumentRef, not Person"):
        heading(ip.Person(full_name="Đoàn Thu Hà"))  # type: ignore[arg-type]


#: What render writes of each record it writes, and what it leaves out, with the reason.
RENDERED: dict[type, tuple[set[str], dict[str, str]]] = {
    ip.Locality: (
        {"name", "kind", "parent"},
        {"code": "a code is for machines", "as_of": "a check date"},
    ),
    ip.Period: ({"start", "end"}, {}),
    ip.Organization: (
        {"name"},
        {
            "short_name": "written where a position names it",
            "parent": "written where a participant names it",
            "locality": "the name says where",
            "iri": "an identifier for machines, not words",
        },
    ),
    ip.OrganizationGroup: ({"name"}, {"locality": "the name says where"}),
    ip.Product: (
        {"name"},
        {
            "category": "a product is named",
            "locality": "the name says where",
            "group": "a product is named",
            "figures": "each figure renders on its own",
            "markets": "a product is named",
            "area_codes": "a register detail",
            "iri": "an identifier for machines, not words",
        },
    ),
    ip.ProductFigure: (
        {"measure", "quantity", "period", "role", "market"},
        {"source": "named where a claim cites it"},
    ),
    ip.Position: ({"title", "organization", "former"}, {}),
    ip.Person: (
        {"full_name", "position", "other_positions", "academic_title"},
        {
            "gender": "an honorific is asked for explicitly",
            "iri": "an identifier for machines, not words",
        },
    ),
    ip.Household: ({"head"}, {"locality": "a household is named by its head"}),
    ip.Trademark: (
        {
            "name",
            "kind",
            "owner",
            "certificate_number",
            "grant_date",
            "grantor",
            "decision",
            "ordinals",
            "claims",
            "licences",
            "abroad",
        },
        {
            "source": "named where a claim cites it",
            "products": "the mark's name says it",
            "nice_classes": "a register detail",
            "nice_version": "a register detail",
            "application_number": "the certificate is what a page cites",
            "filing_date": "the grant is what a page cites",
            "office_status": "a register detail",
        },
    ),
    ip.GeographicalIndication: (
        {
            "name",
            "products",
            "certificate_number",
            "managing_body",
            "grant_date",
            "decision",
            "grantor",
            "ordinals",
            "claims",
            "licences",
            "abroad",
        },
        {
            "area": "not in the one-line form",
            "species": "the product specification, not the one-line form",
            "thresholds": "the product specification, not the one-line form",
            "application_number": "the certificate is what a page cites",
            "filing_date": "the certificate is what a page cites",
            "source": "named where a claim cites it",
        },
    ),
    ip.RightsTally: (
        {"scope", "as_of", "total", "counts", "in_progress", "unbalanced"},
        {"source": "named where a claim cites it"},
    ),
    ip.Ordinal: ({"rank", "kind", "scope"}, {"as_of": "a rank is cited as the page gives it"}),
    ip.MarkSupport: ({"kind", "category"}, {}),
    ip.Award: (
        {
            "form",
            "conferred_by",
            "counts",
            "recipients",
            "citation",
            "awarding_body",
            "unnamed",
            "prizes",
            "stated_prize_count",
        },
        {
            "id": "a reference inside the record",
            "presented_by": "written by the event that holds the award",
            "decision": "not in the one-line form",
        },
    ),
    ip.Event: (
        {
            "kind",
            "date",
            "end_date",
            "title",
            "locality",
            "venue",
            "places",
            "organizers",
            "reviews",
            "launches",
            "participants",
            "awards",
            "photos",
            "source",
            "tallies",
            "claims",
            "other_kinds",
            "handovers",
            "rating",
        },
        {"iri": "an identifier for machines, not words"},
    ),
    ip.Licence: (
        {"licensees", "licensee_count", "round"},
        {
            "licensor": "the right's owner or manager, named with the right",
            "date": "written by the event or page that reports it",
            "decision": "written by the event or page that reports it",
            "source": "named where a claim cites it",
        },
    ),
    ip.ForeignProtection: (
        {"jurisdiction", "basis", "grant_date"},
        {
            "office": "the jurisdiction names it",
            "number": "a register detail",
            "filing_date": "the grant is what a page cites",
            "status": "a register detail",
            "batch": "a register detail",
            "source": "named where a claim cites it",
        },
    ),
    ip.Handover: ({"action", "rights", "decisions", "licences", "by", "to"}, {}),
    ip.Prize: (
        {"rank", "name", "count", "amount", "recipients"},
        {"recipient_kind": "the award's counts say it"},
    ),
    ip.DocumentRef: (
        {"number", "date", "issuer", "title", "co_issuers", "signed_by", "reading"},
        {"as_printed": "the reading is cited instead of the print"},
    ),
    ip.Erratum: ({"written", "meant", "note"}, {}),
    ip.Source: (
        {
            "title",
            "url",
            "publisher",
            "authors",
            "published",
            "published_time",
            "dateline",
            "errata",
            "language",
            "copied_from",
        },
        {},
    ),
    ip.Photo: (
        {"caption", "credit"},
        {"file_name": "a file, not text", "url": "a link, not text"},
    ),
    ip.Quantity: ({"value", "qualifier", "upper", "unit", "wording"}, {}),
    ip.RecipientCount: ({"kind", "count"}, {}),
    ip.RightsCount: ({"kind", "count"}, {}),
    ip.QualityThreshold: ({"property", "quantity"}, {}),
    ip.Duty: ({"agency", "task"}, {}),
    ip.AwardRecipients: ({"award"}, {}),
    ip.Participant: ({"party", "roles", "count"}, {}),
    ip.Claim: ({"field", "certainty", "value", "reading", "basis", "source"}, {}),
    ip.Project: (
        {
            "aims_at",
            "title",
            "product",
            "host",
            "leader",
            "period",
            "budget",
            "approved_by",
            "status",
            "result",
        },
        {
            "source": "where the record comes from, not what it says",
            "iri": "an identifier for machines, not words",
        },
    ),
    ip.IndicatorValue: (
        {"role", "quantity", "period", "note"},
        {"source": "where the figure comes from, not what it says"},
    ),
    ip.Indicator: ({"name", "values", "note"}, {}),
}


@pytest.mark.parametrize("cls", sorted(RENDERED, key=str), ids=str)
def test_render_lists_every_field(cls: type) -> None:
    """Each field of a rendered record is written or left out on purpose, never forgotten."""
    written, left_out = RENDERED[cls]
    names = {f.name for f in shape(cls).fields}
    assert written | set(left_out) == names
    assert not written & set(left_out)


#: Fields written only in some states of the record, with the changes that reach them.
WRITTEN_WHEN: dict[tuple[type, str], dict[str, object]] = {
    (ip.Award, "unnamed"): {"counts": (), "recipients": ()},  # written when not counted
    (ip.Prize, "name"): {"rank": ip.PrizeRank.OTHER},  # the name of a prize of no rank
    (ip.Source, "dateline"): {"published": None, "published_time": None},  # when not read
}


def _text_fields(cls: type) -> list[str]:
    return [
        f.name
        for f in shape(cls).fields
        if f.name in RENDERED[cls][0]
        and f.node in (Text(), Nullable(Text()))
        and (cls, f.name) not in FIELDS  # text of a format of its own
        and (cls, f.name) not in CHOSEN_WORDS
    ]


#: Text fields that hold one of a few words, each tested where the words are defined.
CHOSEN_WORDS = {(ip.Quantity, "wording"): "a word of its qualifier (tests/test_quantities.py)"}


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, name) for cls in RENDERED if cls in SAMPLES for name in _text_fields(cls)],
    ids=str,
)
def test_written_text_fields_show(cls: type, name: str) -> None:
    """A text field render writes shows in its output (identifiers are tested above)."""
    changes = {**WRITTEN_WHEN.get((cls, name), {}), name: "Zqx Marker"}
    changed = ip.replace(SAMPLES[cls], **changes)
    assert "Zqx Marker" in ip.render(changed)


def test_every_public_record_renders() -> None:
    """Each record class has its phrase, and its fields are accounted for above."""
    assert set(SAMPLES) - set(RENDERED) == {ip.Programme}  # the report: tests/test_outcomes.py
    for cls, sample in SAMPLES.items():
        text = ip.render(sample)
        assert text
        assert text.strip() == text or cls in (ip.Event, ip.Programme), cls
    assert ip.render(ip.PartialDate(year=2012)) == "năm 2012"
    assert ip.render(ip.PartialDate(month=3, day=14)) == "ngày 14/3 (chưa rõ năm)"


def test_a_fresh_process_renders_every_kind_of_record() -> None:
    """The writers of render load on its first call, all of them, in a fresh process."""
    script = (
        "import ipprogram as ip, sys\n"
        "assert 'ipprogram.render.phrases' not in sys.modules\n"
        "event = ip.examples.langson_2020()\n"
        "for record in (event.reviews[0], event, event.awards[0], event.locality):\n"
        "    print(ip.render(record).splitlines()[0])\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ip.render(langson_2020().reviews[0]).splitlines()[0]
    assert len(lines) == 4


@pytest.mark.parametrize(
    "call",
    [
        "from ipprogram.render import to_html; to_html(e)",
        "from ipprogram.render import to_html; to_html(e.reviews[0])",
        "from ipprogram.render.html import to_html_page; to_html_page([e, e.reviews[0]])",
        "from ipprogram.render import heading; heading(e)",
        "from ipprogram.render import outcome_report; outcome_report(e.reviews[0])",
    ],
)
def test_each_writer_works_first_in_a_fresh_process(call: str) -> None:
    """A writer imported on its own, before render, finds every record's phrase."""
    script = f"import ipprogram as ip\ne = ip.examples.langson_2020()\n{call}\n"
    done = subprocess.run(  # noqa: S603 - this interpreter, our own script
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
