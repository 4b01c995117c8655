"""Photo captions: description, FILE marker, date, place, credit. (stub: to be written)"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._args import check_text, coerce_published
from .._model import Caption

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["CaptionParser", "parse_caption"]


def parse_caption(text: str, published: dt.date | dt.datetime | str | None = None) -> Caption:
    """Parse one photo caption."""
    text = check_text(text)
    coerce_published(published)
    return Caption(text, 0, len(text), description=text.strip())


class CaptionParser:
    """Finds every caption paragraph of a story, wherever it stands."""

    name = "captions"

    def parse(self, doc: Document, context: Context) -> tuple[Caption, ...]:
        return ()
