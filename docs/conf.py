"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = _version("newsparse")
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
suppress_warnings = ["myst.xref_missing"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
nitpicky = False

html_theme = "furo"
html_title = f"newsparse {release}"
