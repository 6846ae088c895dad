"""The record model: frozen attrs classes that validate themselves on construction.

The model knows nothing of JSON; :mod:`ipprogram.io` turns it into dicts and JSON.
"""

from ipprogram.model._base import replace
from ipprogram.model.dates import PartialDate, Period
from ipprogram.model.documents import DocumentRef, Erratum, Photo, Source
from ipprogram.model.enums import (
    AwardForm,
    EventKind,
    FigureMeasure,
    Gender,
    HandoverAction,
    LabelledEnum,
    LocalityKind,
    MarkKind,
    OfficeStatus,
    ParticipantRole,
    PrizeRank,
    ProductCategory,
    ProductGroup,
    ProgrammeKind,
    ProgrammeOutcome,
    ProtectionKind,
    RecipientKind,
)
from ipprogram.model.event import (
    Award,
    AwardRecipients,
    Event,
    Handover,
    Participant,
    Prize,
    RecipientCount,
    recipient_kind,
)
from ipprogram.model.facts import Certainty, Claim, Ordinal, RightsCount, RightsTally
from ipprogram.model.grants import ForeignProtection, Licence, ProtectionBasis
from ipprogram.model.ip import (
    STATE,
    GeographicalIndication,
    Product,
    ProductFigure,
    QualityThreshold,
    Trademark,
)
from ipprogram.model.outcomes import (
    Indicator,
    IndicatorRole,
    IndicatorValue,
    Project,
    ProjectStatus,
    protection_kind,
)
from ipprogram.model.parties import Household, Organization, OrganizationGroup, Person, Position
from ipprogram.model.places import Locality
from ipprogram.model.programme import Duty, MarkSupport, Programme, ProgrammeLevel
from ipprogram.model.quantity import QUALIFIER_WORDS, Bounds, Qualifier, Quantity

__all__ = [
    "QUALIFIER_WORDS",
    "STATE",
    "Award",
    "AwardForm",
    "AwardRecipients",
    "Bounds",
    "Certainty",
    "Claim",
    "DocumentRef",
    "Duty",
    "Erratum",
    "Event",
    "EventKind",
    "FigureMeasure",
    "ForeignProtection",
    "Gender",
    "GeographicalIndication",
    "Handover",
    "HandoverAction",
    "Household",
    "Indicator",
    "IndicatorRole",
    "IndicatorValue",
    "LabelledEnum",
    "Licence",
    "Locality",
    "LocalityKind",
    "MarkKind",
    "MarkSupport",
    "OfficeStatus",
    "Ordinal",
    "Organization",
    "OrganizationGroup",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Period",
    "Person",
    "Photo",
    "Position",
    "Prize",
    "PrizeRank",
    "Product",
    "ProductCategory",
    "ProductFigure",
    "ProductGroup",
    "Programme",
    "ProgrammeKind",
    "ProgrammeLevel",
    "ProgrammeOutcome",
    "Project",
    "ProjectStatus",
    "ProtectionBasis",
    "ProtectionKind",
    "Qualifier",
    "QualityThreshold",
    "Quantity",
    "RecipientCount",
    "RecipientKind",
    "RightsCount",
    "RightsTally",
    "Source",
    "Trademark",
    "protection_kind",
    "recipient_kind",
    "replace",
]
