"""newsparse: the structure of a news story from its plain text.

Headline, photo captions, byline, dateline, every attributed quote with its speaker, and
every date expression resolved against the publication date::

    >>> import newsparse
    >>> article = newsparse.parse(text, published="2024-03-18")  # doctest: +SKIP

See https://newsparse.readthedocs.io (or ``docs/``) for the guide and the API reference.
"""

from __future__ import annotations

from typing import Any

from ._model import (
    Article,
    Byline,
    Caption,
    Contributor,
    Credit,
    Dateline,
    Headline,
    Interval,
    Paragraph,
    Person,
    Quote,
    Speaker,
    TimeExpression,
)
from ._pipeline import Context, Parser, Pipeline, parse
from ._text import Document
from .exceptions import NewsparseError, PipelineError
from .parsers.byline import parse_byline
from .parsers.caption import parse_caption
from .parsers.dateline import parse_dateline
from .parsers.headline import parse_headline
from .parsers.quotes import find_quotes
from .parsers.times import find_times, resolve_time

__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Context",
    "Contributor",
    "Credit",
    "Dateline",
    "Document",
    "Headline",
    "Interval",
    "NewsparseError",
    "Paragraph",
    "Parser",
    "Person",
    "Pipeline",
    "PipelineError",
    "Quote",
    "Speaker",
    "TimeExpression",
    "find_quotes",
    "find_times",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_dateline",
    "parse_headline",
    "resolve_time",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415  (lazy: keeps import fast)

        return version("newsparse")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
