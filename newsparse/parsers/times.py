"""Date and time expressions, resolved to TIMEX3 values. (stub: to be written)"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._args import check_text, coerce_published
from .._model import TimeExpression

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["TimesParser", "find_times", "resolve_time"]


def find_times(text: str, published: dt.date | dt.datetime | str | None = None) -> tuple[TimeExpression, ...]:
    """Find every date and time expression in *text*, resolved against *published*."""
    check_text(text)
    coerce_published(published)
    return ()


def resolve_time(expression: str, published: dt.date | dt.datetime | str | None = None) -> TimeExpression | None:
    """Resolve *expression* as one whole time expression; ``None`` when it is not one."""
    check_text(expression, "expression")
    coerce_published(published)
    return None


class TimesParser:
    """Finds every time expression of the story, anchored on the context's publication date."""

    name = "times"

    def parse(self, doc: Document, context: Context) -> tuple[TimeExpression, ...]:
        return ()
