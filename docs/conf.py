"""Sphinx configuration: MyST Markdown pages, the API from docstrings, nitpicky."""

from __future__ import annotations

import ipprogram

project = "ipprogram"
author = "ipprogram maintainers"
release = ipprogram.__version__
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3
nitpicky = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
html_theme = "alabaster"
html_title = "ipprogram"


def _vocabularies_rst() -> str:
    """An RST section per vocabulary of the model: its values and Vietnamese labels."""
    import enum  # noqa: PLC0415 - only the build needs it

    from ipprogram.model.enums import LabelledEnum  # noqa: PLC0415

    found: dict[str, type[enum.Enum]] = {}
    for name in ipprogram.__all__:
        value = getattr(ipprogram, name)
        if isinstance(value, type) and issubclass(value, LabelledEnum):
            found[name] = value
    found.pop("LabelledEnum", None)
    lines: list[str] = []
    for name, cls in sorted(found.items()):
        summary = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        lines += [f".. rubric:: ``{name}``", "", summary, ""]
        lines += [".. list-table::", "   :header-rows: 1", "", "   * - value", "     - label"]
        for member in cls:
            lines += [f"   * - ``{member.value}``", f"     - {member.label}"]  # type: ignore[attr-defined]
        lines.append("")
    return "\n".join(lines)


def setup(app: object) -> None:
    """Register the ``ipprogram-vocabularies`` directive: every enum's values and labels."""
    from docutils import nodes  # noqa: PLC0415 - Sphinx brings docutils
    from docutils.statemachine import StringList  # noqa: PLC0415
    from sphinx.util.docutils import SphinxDirective  # noqa: PLC0415

    class Vocabularies(SphinxDirective):
        def run(self) -> list[nodes.Node]:
            container = nodes.section()
            container.document = self.state.document
            self.state.nested_parse(StringList(_vocabularies_rst().splitlines()), 0, container)
            return list(container.children)

    app.add_directive("ipprogram-vocabularies", Vocabularies)  # type: ignore[attr-defined]
