"""Turning the parsers' results into an :class:`~newsparse.Article`: paragraph roles, speakers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final

import attrs

from ._model import Article, Paragraph, ParagraphRole, Person, Quote
from ._text import Document

__all__ = ["BUILTIN_FIELDS", "assemble_article", "group_speakers"]

#: Built-in parser name -> the Article field its result fills.
BUILTIN_FIELDS: Final = {
    "headline": "headline",
    "captions": "captions",
    "byline": "byline",
    "dateline": "dateline",
    "times": "times",
    "quotes": "quotes",
    "other": None,  # boilerplate paragraphs: they only set roles
}


def _role_spans(results: Mapping[str, Any]) -> list[tuple[int, int, ParagraphRole]]:
    spans: list[tuple[int, int, ParagraphRole]] = []
    for item in results.get("other") or ():
        spans.append((item.start, item.end, "other"))
    headline = results.get("headline")
    if headline is not None:
        spans.append((headline.start, headline.end, "headline"))
    for caption in results.get("captions") or ():
        spans.append((caption.start, caption.end, "caption"))
    byline = results.get("byline")
    if byline is not None:
        spans.append((byline.start, byline.end, "byline"))
    return spans


def _paragraph_roles(doc: Document, results: Mapping[str, Any]) -> tuple[Paragraph, ...]:
    spans = _role_spans(results)
    dateline = results.get("dateline")
    out = []
    for paragraph in doc.paragraphs:
        role: ParagraphRole = "body"
        for start, end, span_role in spans:
            # A paragraph takes the role of an element that covers most of it.
            overlap = min(end, paragraph.end) - max(start, paragraph.start)
            if overlap > 0 and overlap * 2 >= paragraph.end - paragraph.start:
                role = span_role
                break
        else:
            if dateline is not None and paragraph.start <= dateline.start and dateline.end >= paragraph.end - 1:
                role = "dateline"
        out.append(attrs.evolve(paragraph, role=role) if role != paragraph.role else paragraph)
    return tuple(out)


def group_speakers(quotes: tuple[Quote, ...]) -> tuple[Person, ...]:
    """Each distinct speaker once (by resolved name), with the indices of their quotes."""
    people: dict[str, Person] = {}
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not speaker.name:
            continue
        key = speaker.name.casefold()
        person = people.get(key)
        if person is None:
            people[key] = Person(speaker.name, speaker.title, speaker.role, (index,))
        else:
            people[key] = attrs.evolve(
                person,
                title=person.title or speaker.title,
                role=person.role or speaker.role,
                quotes=(*person.quotes, index),
            )
    return tuple(people.values())


def assemble_article(doc: Document, results: Mapping[str, Any], published: dt.date | None) -> Article:
    """Build the article from the results of a pipeline run, by parser name."""
    quotes: tuple[Quote, ...] = tuple(results.get("quotes") or ())
    return Article(
        headline=results.get("headline"),
        byline=results.get("byline"),
        dateline=results.get("dateline"),
        captions=tuple(results.get("captions") or ()),
        quotes=quotes,
        times=tuple(results.get("times") or ()),
        paragraphs=_paragraph_roles(doc, results),
        speakers=group_speakers(quotes),
        published=published,
        extra={name: value for name, value in results.items() if name not in BUILTIN_FIELDS},
    )
