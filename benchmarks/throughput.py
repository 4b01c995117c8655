"""Characters and stories a second for ``parse()`` and each part parser, on the generated corpus.

Each function gets the input a user would give it: the whole story for ``parse``,
``find_times`` and ``find_quotes``; the headline line for ``parse_headline``, the byline for
``parse_byline``, the dateline paragraph for ``parse_dateline`` and each caption for
``parse_caption``. Rates are over the characters actually passed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from typing import Any

from .corpus import Story
from .timing import Measurement, best_of

__all__ = ["NEWSPARSE_CASES", "measure_newsparse"]


def _cases(stories: Sequence[Story]) -> dict[str, tuple[Callable[[], object], int, int]]:
    """name -> (a callable running the function over the inputs, characters, items)."""
    import newsparse

    texts = [(s.text, s.published) for s in stories]
    story_chars = sum(len(s.text) for s in stories)
    headlines = [s.headline for s in stories]
    bylines = [s.byline for s in stories]
    datelines = [(s.dateline, s.published) for s in stories]
    captions = [(c, s.published) for s in stories for c in s.captions]

    def run_parse() -> None:
        for text, published in texts:
            newsparse.parse(text, published=published)

    def run_times() -> None:
        for text, published in texts:
            newsparse.find_times(text, published=published)

    def run_quotes() -> None:
        for text, _ in texts:
            newsparse.find_quotes(text)

    def run_dateline() -> None:
        for text, published in datelines:
            newsparse.parse_dateline(text, published=published)

    def run_caption() -> None:
        for text, published in captions:
            newsparse.parse_caption(text, published=published)

    def run_headline() -> None:
        for text in headlines:
            newsparse.parse_headline(text)

    def run_byline() -> None:
        for text in bylines:
            newsparse.parse_byline(text)

    return {
        "parse": (run_parse, story_chars, len(texts)),
        "find_times": (run_times, story_chars, len(texts)),
        "find_quotes": (run_quotes, story_chars, len(texts)),
        "parse_dateline": (run_dateline, sum(len(t) for t, _ in datelines), len(datelines)),
        "parse_caption": (run_caption, sum(len(t) for t, _ in captions), len(captions)),
        "parse_headline": (run_headline, sum(map(len, headlines)), len(headlines)),
        "parse_byline": (run_byline, sum(map(len, bylines)), len(bylines)),
    }


NEWSPARSE_CASES = (
    "parse",
    "find_times",
    "find_quotes",
    "parse_dateline",
    "parse_caption",
    "parse_headline",
    "parse_byline",
)


def measure_newsparse(
    stories: Sequence[Story], *, repeat: int = 5, only: Sequence[str] = NEWSPARSE_CASES
) -> dict[str, Measurement | dict[str, Any]]:
    """Measure each newsparse function over *stories*; a function that raises is reported, not fatal."""
    cases = _cases(stories)
    out: dict[str, Measurement | dict[str, Any]] = {}
    for name in only:
        run, chars, items = cases[name]
        try:
            run()  # warm-up: lazy pipeline construction, caches
            out[name] = best_of(run, chars=chars, items=items, repeat=repeat)
        except Exception as exc:  # a parser under construction must not stop the suite
            out[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=3)}
    return out
