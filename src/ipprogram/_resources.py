"""Reading the data files shipped inside the package."""

from __future__ import annotations

import os


def read_package_text(package: str | None, module_file: str, *parts: str) -> str:
    """Read a UTF-8 file shipped in ``package``, next to the module ``module_file``.

    The file is read directly when the package is installed as files, which is the
    common case and costs nothing to import; :mod:`importlib.resources` (16 ms to import)
    is used only when it is not (a zip archive, say).

    >>> import ipprogram.places as places
    >>> read_package_text(places.__package__, places.__file__, "data", "README.md")[:1]
    '#'
    """
    path = os.path.join(os.path.dirname(module_file), *parts)  # noqa: PTH118, PTH120 - no pathlib import
    if os.path.isfile(path):  # noqa: PTH113
        with open(path, encoding="utf-8") as file:  # noqa: PTH123
            return file.read()
    from importlib.resources import files  # noqa: PLC0415 - only for zipped installs

    return files(package or "").joinpath(*parts).read_text(encoding="utf-8")
