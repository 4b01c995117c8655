"""Datelines at the start of a story's body. (stub: to be written)"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._args import check_text, coerce_published
from .._model import Dateline

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["DatelineParser", "parse_dateline"]


def parse_dateline(text: str, published: dt.date | dt.datetime | str | None = None) -> Dateline | None:
    """Parse the dateline at the start of *text*; ``None`` when it has none."""
    check_text(text)
    coerce_published(published)
    return None


class DatelineParser:
    """Finds the dateline at the start of the first body paragraph."""

    name = "dateline"

    def parse(self, doc: Document, context: Context) -> Dateline | None:
        return None
