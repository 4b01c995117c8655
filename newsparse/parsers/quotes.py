"""Quotes and their attribution. (stub: to be written)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._args import check_text
from .._model import Quote

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["QuotesParser", "find_quotes"]


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Find every direct, partial and indirect quote in *text*, with its speaker."""
    check_text(text)
    return ()


class QuotesParser:
    """Finds the quotes of a story and links each to the time of its attribution clause."""

    name = "quotes"

    def parse(self, doc: Document, context: Context) -> tuple[Quote, ...]:
        return ()
