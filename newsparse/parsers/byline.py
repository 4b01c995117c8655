"""Bylines and contributor trailers. (stub: to be written)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._args import check_text
from .._model import Byline

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["BylineParser", "parse_byline"]


def parse_byline(text: str) -> Byline | None:
    """Parse a byline; ``None`` when *text* is not one."""
    check_text(text)
    return None


class BylineParser:
    """Finds the byline near the top of a story (or a Reuters-style trailer at its end)."""

    name = "byline"

    def parse(self, doc: Document, context: Context) -> Byline | None:
        return None
