"""Typed usage of the public API, checked by ``mypy --strict`` (never run)."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Article, Context, Document, Person, Pipeline, Quote, TimeExpression


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


def speakers(article: Article) -> dict[str, list[str]]:
    """Each speaker's name with the words of their quotes, and the date each was said."""
    out: dict[str, list[str]] = {}
    for person in article.speakers:
        person_typed: Person = person
        quotes: list[Quote] = [article.quotes[i] for i in person_typed.quotes]
        said: list[str | None] = [q.said_on.value if q.said_on is not None else None for q in quotes]
        out[person.name] = [f"{q.text} ({when})" for q, when in zip(quotes, said, strict=True)]
    anchor: dt.date | None = article.published
    print(anchor)
    return out
