"""The built-in parsers, one module per part of a story.

Each module has a public function for users who hold only that piece of text
(``parse_headline``, ``find_times`` ...) and a Parser class the default pipeline runs.
``BUILTIN_PARSERS`` lists them in running order: the layout parsers first (headline,
captions, byline, dateline, boilerplate), then times, then quotes (which link each quote
to the time expression of its attribution clause).
"""

from __future__ import annotations

from typing import Final

from .boilerplate import BoilerplateParser
from .byline import BylineParser
from .caption import CaptionParser
from .dateline import DatelineParser
from .headline import HeadlineParser
from .quotes import QuotesParser
from .times import TimesParser

__all__ = ["BUILTIN_PARSERS"]

BUILTIN_PARSERS: Final = (
    HeadlineParser,
    CaptionParser,
    BylineParser,
    DatelineParser,
    BoilerplateParser,
    TimesParser,
    QuotesParser,
)
