"""Identifiers of Vietnamese IP rights and legal documents, one module each.

Every module offers ``compact()``, ``validate()`` (the canonical form, or an
:class:`InvalidNumber`, a :class:`ValueError`), ``is_valid()`` and ``format()``.

>>> from ipprogram.ids import mark_certificate, legal_document
>>> mark_certificate.validate("4-0306822-000"), legal_document.validate("535/QĐ-UBND")
('4-0306822-000', '535/QĐ-UBND')
"""

from ipprogram.ids import (
    gi_application,
    gi_certificate,
    legal_document,
    mark_application,
    mark_certificate,
)
from ipprogram.ids._common import InvalidComponent, InvalidFormat, InvalidLength, InvalidNumber

__all__ = [
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidNumber",
    "gi_application",
    "gi_certificate",
    "legal_document",
    "mark_application",
    "mark_certificate",
]
