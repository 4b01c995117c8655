"""newsparse: the structure of a news story from its plain text.

Headline, photo captions, byline, dateline, every attributed quote with its speaker, and
every date expression resolved against the publication date::

    >>> import newsparse
    >>> article = newsparse.parse(text, published="2024-03-18")  # doctest: +SKIP

See https://newsparse.readthedocs.io (or ``docs/``) for the guide and the API reference.
"""

from importlib import import_module as _import_module
from types import MappingProxyType as _MappingProxyType
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any
from typing import Final as _Final

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

if _TYPE_CHECKING:
    from .parsers.byline import parse_byline
    from .parsers.caption import parse_caption
    from .parsers.dateline import parse_dateline
    from .parsers.headline import parse_headline
    from .parsers.quotes import find_quotes
    from .parsers.times import find_times, resolve_time

#: The part functions load their parser module on first use (PEP 562): compiling every parser's
#: patterns would otherwise cost more at ``import newsparse`` than the rest of the package.
#: ``parse()`` loads them all on its first call (see ``Pipeline.default``).
_LAZY: _Final = _MappingProxyType(
    {
        "find_quotes": ".parsers.quotes",
        "find_times": ".parsers.times",
        "parse_byline": ".parsers.byline",
        "parse_caption": ".parsers.caption",
        "parse_dateline": ".parsers.dateline",
        "parse_headline": ".parsers.headline",
        "resolve_time": ".parsers.times",
    }
)

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


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is not None:
        return getattr(_import_module(module, __name__), name)
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415  (lazy: keeps import fast)

        return version("newsparse")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # The public names are exactly ``__all__`` (and ``__version__``): not the submodules, nor the helpers above.
    return sorted({*(name for name in globals() if name.startswith("_")), *__all__, "__version__"})
