r"""Text split at a separator that a backslash can escape: table cells, tuple cells."""

from __future__ import annotations

__all__ = ["split_escaped"]


def split_escaped(text: str, separator: str) -> list[str]:
    r"""The parts of ``text`` between each ``separator`` no ``\`` escapes, unescaped, stripped.

    One pass over the text; a lone ``\`` at the end is kept as it is.

    >>> split_escaped(r"Hà Nội\; TP HCM; a\\b", ";")
    ['Hà Nội; TP HCM', 'a\\b']
    """
    parts: list[str] = []
    part: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            part.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(part).strip())
            part = []
        else:
            part.append(char)
    if escaped:
        part.append("\\")
    parts.append("".join(part).strip())
    return parts
