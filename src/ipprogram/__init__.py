"""ipprogram: typed records of intellectual-property programmes in Viet Nam.

Build records as frozen, validating classes; turn them into dicts and JSON and back,
strictly and losslessly; write them out in Vietnamese.

>>> import ipprogram
>>> event = ipprogram.examples.langson_2020()
>>> ipprogram.from_json(ipprogram.Event, ipprogram.to_json(event)) == event
True
"""

import importlib
from typing import TYPE_CHECKING

from ipprogram import io
from ipprogram.errors import ERROR_CODES, ErrorDetail, ValidationError
from ipprogram.io import (
    SCHEMA_VERSION,
    LineError,
    from_dict,
    from_json,
    iter_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)
from ipprogram.model import (
    QUALIFIER_WORDS,
    STATE,
    Award,
    AwardForm,
    AwardRecipients,
    Bounds,
    Certainty,
    Claim,
    DocumentRef,
    Duty,
    Erratum,
    Event,
    EventKind,
    FigureMeasure,
    ForeignProtection,
    Gender,
    GeographicalIndication,
    Handover,
    HandoverAction,
    Household,
    Indicator,
    IndicatorRole,
    IndicatorValue,
    LabelledEnum,
    Licence,
    Locality,
    LocalityKind,
    MarkKind,
    MarkSupport,
    OfficeStatus,
    Ordinal,
    Organization,
    OrganizationGroup,
    PartialDate,
    Participant,
    ParticipantRole,
    Period,
    Person,
    Photo,
    Position,
    Prize,
    PrizeRank,
    Product,
    ProductCategory,
    ProductFigure,
    ProductGroup,
    Programme,
    ProgrammeKind,
    ProgrammeLevel,
    ProgrammeOutcome,
    Project,
    ProjectStatus,
    ProtectionBasis,
    ProtectionKind,
    Qualifier,
    QualityThreshold,
    Quantity,
    RecipientCount,
    RecipientKind,
    RightsCount,
    RightsTally,
    Source,
    Trademark,
    protection_kind,
    recipient_kind,
    replace,
)
from ipprogram.render import render

if TYPE_CHECKING:
    from ipprogram import examples, tables
    from ipprogram.io.jsonld import to_jsonld
    from ipprogram.io.schema import json_schema

__version__ = "0.1.0.dev0"

__all__ = [
    "ERROR_CODES",
    "QUALIFIER_WORDS",
    "SCHEMA_VERSION",
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
    "ErrorDetail",
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
    "LineError",
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
    "ValidationError",
    "examples",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "protection_kind",
    "recipient_kind",
    "render",
    "replace",
    "tables",
    "to_dict",
    "to_json",
    "to_jsonld",
    "write_jsonl",
]


if not TYPE_CHECKING:  # type checkers see the imports above, and no other names

    def __getattr__(name: str) -> object:
        # Modules that only some programs need load on first use.
        value: object
        if name in ("json_schema", "to_jsonld"):
            value = getattr(io, name)
        elif name in ("examples", "tables"):
            value = importlib.import_module(f"ipprogram.{name}")
        else:
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), "examples", "json_schema", "tables", "to_jsonld"})
