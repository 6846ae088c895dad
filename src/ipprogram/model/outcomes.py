"""What programmes plan and achieve: projects, and indicators with targets and actuals.

A project (nhiệm vụ, dự án) aims at an IP right for a product; once the right is granted
it is the project's ``result``. Planned is not granted: a project approved by a decision
is ``PLANNED`` with no result, and only a granted :class:`~ipprogram.Trademark` or
:class:`~ipprogram.GeographicalIndication` counts as one.

Indicators follow the results-framework shape of IATI (indicator, baseline, target and
actual per period): each :class:`IndicatorValue` is one reported figure with its role,
period and source, so two sources that disagree on the same figure are both kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ipprogram.errors import ErrorDetail
from ipprogram.model._base import check_iri, record, rule
from ipprogram.model.dates import Period
from ipprogram.model.documents import DocumentRef, Source
from ipprogram.model.enums import IndicatorRole, LabelledEnum, MarkKind, ProtectionKind
from ipprogram.model.ip import GeographicalIndication, Product, Trademark
from ipprogram.model.parties import Organization, Person
from ipprogram.model.quantity import Quantity

__all__ = [
    "Indicator",
    "IndicatorRole",
    "IndicatorValue",
    "Project",
    "ProjectStatus",
    "ProtectionKind",
    "protection_kind",
]


_MARK_KINDS = {
    MarkKind.COLLECTIVE: ProtectionKind.COLLECTIVE_MARK,
    MarkKind.CERTIFICATION: ProtectionKind.CERTIFICATION_MARK,
}


def protection_kind(right: Trademark | GeographicalIndication) -> ProtectionKind:
    """Return the kind a right counts under: its mark kind, or geographical indication.

    Ordinary, associated and well-known marks count as ``MARK``, and so does a mark whose
    kind the source does not give.

    >>> from ipprogram import Organization
    >>> protection_kind(
    ...     Trademark(
    ...         name="Quýt Tràng Định",
    ...         kind=MarkKind.COLLECTIVE,
    ...         owner=Organization(name="Hội Làm vườn huyện Tràng Định"),
    ...     )
    ... )
    <ProtectionKind.COLLECTIVE_MARK: 'collective_mark'>
    """
    if isinstance(right, GeographicalIndication):
        return ProtectionKind.GEOGRAPHICAL_INDICATION
    if right.kind is None:
        return ProtectionKind.MARK  # the source does not say which kind of mark
    return _MARK_KINDS.get(right.kind, ProtectionKind.MARK)


class ProjectStatus(LabelledEnum):
    """Where a project stands.

    >>> ProjectStatus.PLANNED.label
    'dự kiến'
    """

    PLANNED = "planned", "dự kiến"
    IN_PROGRESS = "in_progress", "đang thực hiện"
    COMPLETED = "completed", "đã hoàn thành"
    CANCELLED = "cancelled", "dừng thực hiện"


@record
class Project:
    """A project (nhiệm vụ, dự án) to establish and manage an IP right for a product.

    ``host`` is the host organisation (đơn vị chủ trì), ``leader`` the project leader
    (chủ nhiệm); ``period`` may be partial ("8/2019 – 12/2020"); ``budget`` is money in
    đồng (a :class:`~ipprogram.Quantity` whose unit is "đồng"); ``approved_by`` the
    decision that approved it; ``result`` the right granted, which only a completed
    project has and which must be of the kind the project aims at.

    >>> from ipprogram import Quantity
    >>> Project(
    ...     aims_at=ProtectionKind.COLLECTIVE_MARK, budget=Quantity(value=350_000_000, unit="đồng")
    ... ).status.label
    'dự kiến'
    >>> Project(aims_at=ProtectionKind.MARK, budget=Quantity(value=3, unit="ha"))
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.budget.unit: a budget is money, in đồng [inconsistent]
    """

    aims_at: ProtectionKind
    title: str | None = None
    product: Product | None = None
    host: Organization | None = None
    leader: Person | None = None
    period: Period | None = None
    budget: Quantity | None = None
    approved_by: DocumentRef | None = None
    status: ProjectStatus = ProjectStatus.PLANNED
    result: Trademark | GeographicalIndication | None = None
    source: Source | None = None
    iri: str | None = None

    @rule
    def _iri(self) -> Iterable[ErrorDetail]:
        return check_iri(self.iri)

    @rule
    def _consistent(self) -> Iterator[ErrorDetail]:
        if self.budget is not None and not self.budget.is_money:
            yield ErrorDetail(
                ("budget", "unit"),
                "inconsistent",
                detail="a budget is money, in đồng",
                detail_vi="kinh phí là tiền, tính bằng đồng",
            )
        if self.result is None:
            return
        granted = protection_kind(self.result)
        if granted is not self.aims_at:
            yield ErrorDetail(
                ("result",),
                "inconsistent",
                detail=f"the project aims at a {self.aims_at.value}, the result is a "
                f"{granted.value}",
                detail_vi=f"nhiệm vụ nhằm {self.aims_at.label}, kết quả là {granted.label}",
            )
        if self.status is not ProjectStatus.COMPLETED:
            yield ErrorDetail(
                ("status",),
                "inconsistent",
                detail="a project whose right is granted is completed",
                detail_vi="nhiệm vụ đã được cấp văn bằng thì đã hoàn thành",
            )


@record
class IndicatorValue:
    """One reported figure of an indicator: its role, period, quantity and source.

    >>> from ipprogram import Quantity, Qualifier
    >>> IndicatorValue(
    ...     role=IndicatorRole.TARGET,
    ...     period=Period.years(2016, 2020),
    ...     quantity=Quantity(value=70, qualifier=Qualifier.AT_LEAST),
    ... ).role.label
    'chỉ tiêu'
    """

    role: IndicatorRole
    quantity: Quantity
    period: Period | None = None
    source: Source | None = None
    note: str | None = None


@record
class Indicator:
    """A measure of a programme's progress with its baseline, targets and actuals.

    Every figure of one indicator has the same unit. Two figures with the same role and
    period from different sources are both kept; :func:`ipprogram.outcomes.conflicts`
    lists those that disagree.

    >>> from ipprogram import Quantity
    >>> Indicator(
    ...     name="Số sản phẩm được bảo hộ",
    ...     values=(
    ...         IndicatorValue(
    ...             role=IndicatorRole.TARGET, quantity=Quantity(value=8, unit="sản phẩm")
    ...         ),
    ...         IndicatorValue(role=IndicatorRole.ACTUAL, quantity=Quantity(value=3, unit="ha")),
    ...     ),
    ... )
    Traceback (most recent call last):
    ipprogram.errors.ValidationError: 1 validation error:
      $.values[1].quantity.unit: the indicator counts in 'sản phẩm', not 'ha' [inconsistent]
    """

    name: str
    values: tuple[IndicatorValue, ...] = ()
    note: str | None = None

    @rule
    def _same_unit(self) -> Iterator[ErrorDetail]:
        if not self.values:
            return
        unit = self.values[0].quantity.unit
        for index, value in enumerate(self.values[1:], start=1):
            if value.quantity.unit != unit:
                yield ErrorDetail(
                    ("values", index, "quantity", "unit"),
                    "inconsistent",
                    detail=f"the indicator counts in {unit!r}, not {value.quantity.unit!r}",
                    detail_vi=f"chỉ số tính bằng {unit!r}, không phải {value.quantity.unit!r}",
                )
