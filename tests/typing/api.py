"""Typed usage of the public API, checked by ``mypy --strict`` (never run)."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Article, Context, Document, Pipeline, TimeExpression


class Tickers:
    name = "tickers"

    def parse(self, doc: Document, context: Context) -> tuple[str, ...]:
        return tuple(word for word in doc.text.split() if word.isupper())


def use() -> None:
    article: Article = newsparse.parse("text", published=dt.date(2024, 3, 18))
    headline: str | None = article.headline.clean if article.headline is not None else None
    times: tuple[TimeExpression, ...] = article.times
    value: str | None = times[0].value if times else None
    pipeline: Pipeline = Pipeline.default().with_parser(Tickers()).without("quotes")
    names: tuple[str, ...] = pipeline.names
    again: Article = pipeline.parse("text", published="2024-03-18")
    data: dict[str, object] = again.to_dict()
    print(headline, value, names, data)
