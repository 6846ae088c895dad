"""ipprogram: typed records of intellectual-property programmes in Viet Nam.

Build records as frozen, validating classes; turn them into dicts and JSON and back,
strictly and losslessly; write them out in Vietnamese.

>>> import ipprogram
>>> event = ipprogram.examples.langson_2020()
>>> ipprogram.from_json(ipprogram.Event, ipprogram.to_json(event)) == event
True
"""

from ipprogram import examples
from ipprogram.errors import ERROR_CODES, ErrorDetail, ValidationError
from ipprogram.io import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from ipprogram.model import (
    STATE,
    Award,
    AwardForm,
    AwardRecipients,
    DocumentRef,
    Erratum,
    Event,
    EventKind,
    Gender,
    GeographicalIndication,
    Household,
    LabelledEnum,
    Locality,
    LocalityKind,
    MarkKind,
    MarkSupport,
    OfficeStatus,
    Organization,
    OrganizationGroup,
    PartialDate,
    Participant,
    ParticipantRole,
    Period,
    Person,
    Photo,
    Position,
    Product,
    ProductCategory,
    Programme,
    ProgrammeKind,
    ProgrammeOutcome,
    RecipientCount,
    RecipientKind,
    Source,
    Trademark,
    recipient_kind,
)
from ipprogram.render import render

__version__ = "0.1.0.dev0"

__all__ = [
    "ERROR_CODES",
    "SCHEMA_VERSION",
    "STATE",
    "Award",
    "AwardForm",
    "AwardRecipients",
    "DocumentRef",
    "Erratum",
    "ErrorDetail",
    "Event",
    "EventKind",
    "Gender",
    "GeographicalIndication",
    "Household",
    "LabelledEnum",
    "Locality",
    "LocalityKind",
    "MarkKind",
    "MarkSupport",
    "OfficeStatus",
    "Organization",
    "OrganizationGroup",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Period",
    "Person",
    "Photo",
    "Position",
    "Product",
    "ProductCategory",
    "Programme",
    "ProgrammeKind",
    "ProgrammeOutcome",
    "RecipientCount",
    "RecipientKind",
    "Source",
    "Trademark",
    "ValidationError",
    "examples",
    "from_dict",
    "from_json",
    "recipient_kind",
    "render",
    "to_dict",
    "to_json",
]
