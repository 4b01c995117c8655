"""Headlines and page titles: kickers, site names, tickers, case. (stub: to be written)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._args import check_text
from .._model import Headline

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["HeadlineParser", "parse_headline"]


def parse_headline(text: str) -> Headline:
    """Parse a headline or page title."""
    text = check_text(text)
    return Headline(text, 0, len(text), clean=text.strip(), case="mixed")


class HeadlineParser:
    """Finds the headline: the first paragraph when it has a headline's shape, else nothing."""

    name = "headline"

    def parse(self, doc: Document, context: Context) -> Headline | None:
        return None
