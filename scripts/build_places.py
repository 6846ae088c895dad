"""Build ``src/ipprogram/places/data/units.tsv.gz`` from the statistics office's lists.

Usage: ``python scripts/build_places.py DATA_DIR`` where ``DATA_DIR`` holds
``nso_communes_2025-01-04.csv`` and ``nso_communes_2025-07-01_conversion.csv`` as the
statistics office publishes them (see ``src/ipprogram/places/data/README.md``). The output
is the same bytes for the same input.

The lists are tidied, never changed in substance: runs of spaces become one, a kind word
is written as the kinds are ("Thị Trấn" is "Thị trấn", "Xa" is "Xã"), and a unit the two
lists give with different tone placement is one unit. Lines of the output:

- ``D code kind name province snapshots - key``: a district-level unit before
  01/7/2025;
- ``C code kind name district snapshots aliases key``: a commune before 01/7/2025,
  with the other spellings the conversion table gives it (``;`` between them);
- ``N code kind name province - - key``: a commune from 01/7/2025;
- ``L new old part note``: the new commune ``new`` took in ``old`` (a commune, or a
  district when ``old`` has three digits, or nothing for an area that was no unit), in
  part when ``part`` is ``1``, with the table's note when it says more than whole or part.

``key`` is the name's :func:`ipprogram.vi.match_key` when that is not the name in lower
case (115 names written with the tone on the second vowel, "Hoà"), so that loading needs
no normalising. ``snapshots`` is ``a`` (in the list of 04/01/2025), ``b`` (on the old side of the
conversion table, so in force on 30/6/2025) or ``ab``.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ipprogram._textkey import match_key

OUT = Path(__file__).resolve().parents[1] / "src" / "ipprogram" / "places" / "data"

#: Kind words of the lists and the letter the output gives each.
KINDS = {
    "huyện": "h",
    "quận": "q",
    "thị xã": "x",
    "thành phố": "t",
    "xã": "X",
    "xa": "X",
    "phường": "P",
    "thị trấn": "T",
    "thi trấn": "T",
    "đặc khu": "D",
}
_CODE = re.compile(r"^(.*?)\s*\((\d+)\)\s*$")


def tidy(text: str) -> str:
    """NFC, single spaces, no surrounding space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def split_kind(full: str) -> tuple[str | None, str]:
    """The kind letter of a full name and the name after the kind word."""
    low = full.lower()
    for word in sorted(KINDS, key=len, reverse=True):
        if low.startswith(word + " "):
            return KINDS[word], full[len(word) + 1 :]
    return None, full


def with_code(text: str) -> tuple[str, str]:
    """The name and code of "Quận Ba Đình (001)"."""
    found = _CODE.match(tidy(text))
    if found is None:
        msg = f"no code in {text!r}"
        raise ValueError(msg)
    return found.group(1), found.group(2)


def fold(text: str) -> str:
    """Lower case without diacritics."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(char for char in text if not unicodedata.combining(char))


def same_name(one: str, other: str) -> bool:
    """Whether two spellings of a unit with one code are one name.

    The lists spell some names two ways ("Phó Bảng", "Phố Bảng"; "NT Liên Sơn",
    "Nông trường Liên Sơn"); a name that differs more ("Cổ Bi", "Đặng Xá") is another
    unit that took the code over.
    """
    a, b = fold(one), fold(other)
    return a.endswith(b) or b.endswith(a) or difflib.SequenceMatcher(None, a, b).ratio() >= 0.65  # noqa: PLR2004


def key(name: str) -> str:
    """The name's match key when it is not the name case-folded (tone placement)."""
    found = match_key(name)
    return "" if found == name.casefold() else found


def whole_or_part(note: str) -> tuple[str, str]:
    """The part flag and the note to keep (empty when it says only whole or part)."""
    low = note.lower().replace("nhâp", "nhập")
    part = "1" if ("một phần" in low or "phần còn lại" in low) else "0"
    plain = {"nhập toàn bộ", "nhập một phần", ""}
    return part, "" if low in plain else note


def build(data: Path) -> bytes:  # noqa: C901, PLR0912, PLR0915 - one pass over two lists
    """The output file's bytes."""
    districts: dict[str, list[str]] = {}  # code -> [kind, name, province, snapshots]
    communes: dict[str, list[list[str]]] = {}  # code -> units [kind, name, district, snaps]
    with (data / "nso_communes_2025-01-04.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            kind, name = split_kind(tidy(row["Quận Huyện"]))
            assert kind is not None, row
            districts.setdefault(row["Mã QH"], [kind, name, row["Mã TP"], "a"])
            if not row["Mã PX"]:
                continue
            kind, name = split_kind(tidy(row["Phường Xã"]))
            assert kind is not None, row
            communes.setdefault(row["Mã PX"], []).append([kind, name, row["Mã QH"], "a"])
    listed = {
        (unit[2], match_key(unit[1])): code for code, units in communes.items() for unit in units
    }
    corrected: list[str] = []
    new: dict[str, list[str]] = {}
    links: list[list[str]] = []
    with (data / "nso_communes_2025-07-01_conversion.csv").open(
        encoding="utf-8", newline=""
    ) as file:
        rows = list(csv.reader(file))[2:]
    for cells in rows:
        if not cells[1].strip():
            continue  # a province's heading
        _, province = with_code(cells[0])
        kind, name = split_kind(tidy(cells[1]))
        assert kind is not None, cells
        code = cells[2].strip()
        new.setdefault(code, [kind, name, province])
        district_name, district = with_code(cells[6])
        _, old_province = with_code(cells[7])
        dkind, dname = split_kind(district_name)
        assert dkind is not None, cells
        known = districts.get(district)
        if known is None:
            districts[district] = [dkind, dname, old_province, "b"]
        elif "b" not in known[3]:
            known[3] += "b"
        old_code = cells[4].strip()
        part, note = whole_or_part(tidy(cells[5]))
        if not old_code:
            whole_district = tidy(cells[3]) == ""
            links.append([code, district if whole_district else "", part, note or tidy(cells[3])])
            continue
        okind, oname = split_kind(tidy(cells[3]))
        named = listed.get((district, match_key(oname)))
        if (
            named is not None
            and named != old_code
            and not any(same_name(u[1], oname) for u in communes.get(old_code, ()))
        ):
            corrected.append(f"{oname} ({district}): {old_code} -> {named}")
            old_code = named  # the table's code is a slip: the name is listed
        units = communes.setdefault(old_code, [])
        okind = okind or (units[0][0] if units else "X")
        same = [u for u in units if u[0] == okind and u[2] == district and same_name(u[1], oname)]
        if same:
            unit = same[0]
            if "b" not in unit[3]:
                unit[3] += "b"
            if match_key(unit[1]) != match_key(oname) and oname not in unit[4:]:
                unit.append(oname)  # the same unit, spelled otherwise
        else:
            units.append([okind, oname, district, "b"])
        links.append([code, old_code, part, note])
    lines = [
        f"D\t{code}\t{k}\t{n}\t{p}\t{s}\t\t{key(n)}"
        for code, (k, n, p, s) in sorted(districts.items())
    ]
    lines.extend(
        f"C\t{code}\t{k}\t{n}\t{d}\t{s}\t{';'.join(aliases)}\t{key(n)}"
        for code, units in sorted(communes.items())
        for k, n, d, s, *aliases in units
    )
    lines.extend(
        f"N\t{code}\t{k}\t{n}\t{p}\t\t\t{key(n)}" for code, (k, n, p) in sorted(new.items())
    )
    seen: set[tuple[str, str]] = set()
    for new_code, old, part, note in links:
        if (new_code, old) in seen and old:
            continue
        seen.add((new_code, old))
        lines.append(f"L\t{new_code}\t{old}\t{part}\t{note}")
    for line in corrected:
        print("code corrected:", line, file=sys.stderr)  # noqa: T201
    text = "\n".join(lines) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main() -> None:
    """Write the file."""
    (OUT / "units.tsv.gz").write_bytes(build(Path(sys.argv[1])))


if __name__ == "__main__":
    main()
