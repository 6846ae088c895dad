"""Loading the statistics office's district and commune lists, on first look-up only.

``data/units.tsv.gz`` is made by ``scripts/build_places.py`` from the lists described in
``data/README.md``. It is read when a district or commune is first looked up, never at
import: ``import ipprogram`` does not pay for it.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Final

from ipprogram.model.enums import LocalityKind

#: The day of the statistics office's list of 04/01/2025 (code ``a`` in the file).
LIST_DATE: Final = dt.date(2025, 1, 4)
#: The last day before the reform: the old side of the conversion table (code ``b``).
LAST_OLD_DAY: Final = dt.date(2025, 6, 30)
#: The first day of the two-level local government (Resolution 202/2025/QH15).
REFORM_DATE: Final = dt.date(2025, 7, 1)

KIND_LETTERS: Final = {
    "h": LocalityKind.DISTRICT,
    "q": LocalityKind.URBAN_DISTRICT,
    "x": LocalityKind.TOWN,
    "t": LocalityKind.PROVINCIAL_CITY,
    "X": LocalityKind.COMMUNE,
    "P": LocalityKind.WARD,
    "T": LocalityKind.TOWNSHIP,
    "D": LocalityKind.SPECIAL_ZONE,
}
SNAPSHOTS: Final = {"a": LIST_DATE, "b": LAST_OLD_DAY}


def read_rows() -> list[list[str]]:
    """The file's lines, split at tabs."""
    here = os.path.dirname(__file__)  # noqa: PTH120 - no pathlib import
    path = os.path.join(here, "data", "units.tsv.gz")  # noqa: PTH118
    if os.path.isfile(path):  # noqa: PTH113
        with open(path, "rb") as file:  # noqa: PTH123
            data = file.read()
    else:  # a zipped install
        from importlib.resources import files  # noqa: PLC0415

        data = files(__package__ or "").joinpath("data", "units.tsv.gz").read_bytes()
    import gzip  # noqa: PLC0415 - 2 ms to import, only when the lists are read

    return [line.split("\t") for line in gzip.decompress(data).decode("utf-8").splitlines()]
