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
    app.connect("missing-reference", _resolve_by_short_name)  # type: ignore[attr-defined]


# A broken reference fails the build. Objects of the standard library and of other
# packages are named without links (the build reads no inventories over the network);
# the model's classes are documented under the names users import (``ipprogram.Event``),
# so a reference by their module (``ipprogram.model.event.Event``) resolves to those.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|dt|collections|os|decimal|typing|enum|re|types|pathlib)(\..*)?"),
    (r"py:.*", r"(attrs|cattrs|mypy|pandas|pd|openpyxl|babel|dateutil|fastapi)(\..*)?"),
    (r"py:class", r"(.*\.)?_?T"),  # type variables
]


def _resolve_by_short_name(app: object, env: object, node: object, contnode: object) -> object:
    """Resolve a reference to the one documented object of its last name, if only one.

    ``ipprogram.model.event.Event`` finds ``ipprogram.Event``; ``InvalidNumber`` in the
    identifier modules finds ``ipprogram.ids.InvalidNumber``.
    """
    if node.get("refdomain") != "py":  # type: ignore[attr-defined]
        return None
    target = node.get("reftarget", "")  # type: ignore[attr-defined]
    if "." in target and not target.startswith("ipprogram."):
        return None
    domain = env.get_domain("py")  # type: ignore[attr-defined]
    name = target.rsplit(".", 1)[-1]
    found = [
        key
        for key in domain.objects
        if (key == name or key.endswith(f".{name}")) and "._" not in key  # not private
    ]
    preferred = [key for key in found if key == f"ipprogram.{name}"] or found
    if len(preferred) != 1:
        return None
    return domain.resolve_xref(
        env,
        node["refdoc"],  # type: ignore[index]
        app.builder,  # type: ignore[attr-defined]
        node["reftype"],  # type: ignore[index]
        preferred[0],
        node,
        contnode,
    )
