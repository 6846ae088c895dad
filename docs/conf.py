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
