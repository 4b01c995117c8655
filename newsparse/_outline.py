"""The readable text form of an :class:`~newsparse.Article`: what ``newsparse --format text`` prints.

The outline gives, in order: the headline, byline, dateline and publication date; the photo
captions; each speaker with their quotes (kind, cue and the date the words were said); the
quotes with no speaker; every time expression with its resolved value; and a count of the
paragraphs by role. It is meant for people: the JSON form (:meth:`Article.to_dict`) is the
one for programs.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Final

from ._model import Article, Caption, Quote, TimeExpression

__all__ = ["format_outline"]

_WIDTH: Final = 100
_ROLE_ORDER: Final = ("headline", "caption", "byline", "dateline", "body", "other")


def _wrap(text: str, indent: str) -> list[str]:
    flat = " ".join(text.split())
    return textwrap.wrap(flat, _WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def _when(time: TimeExpression) -> str:
    value = time.value if time.value is not None else "unresolved"
    return f"{' '.join(time.text.split())} = {value}"


def _caption_lines(caption: Caption) -> list[str]:
    facts = []
    if caption.file_photo:
        facts.append("file photo")
    if caption.date is not None:
        facts.append(f"taken {caption.date.isoformat()}")
    if caption.location:
        facts.append(f"in {caption.location}")
    if caption.credit is not None:
        who = ", ".join(part for part in (caption.credit.photographer, caption.credit.agency) if part)
        facts.append(f"credit {who or caption.credit.text}")
    lines = [f"  - {'; '.join(facts)}" if facts else "  -"]
    return lines + _wrap(caption.description or caption.text, "      ")


def _quote_lines(quote: Quote, *, unattributed: bool = False) -> list[str]:
    # A partial quote's text is the reported statement with the speaker's own words already in their marks.
    marks = ("\u201c", "\u201d") if quote.kind == "direct" else ("", "")
    lines = _wrap(f"{marks[0]}{quote.text}{marks[1]}", "      ")
    how: list[str] = [quote.kind]
    if quote.cue:
        how.append(quote.cue)
    if quote.speaker is not None and quote.speaker.mention and quote.speaker.mention != quote.speaker.name:
        how.append(f"as {quote.speaker.mention!r}")
    elif quote.speaker is not None and unattributed:  # a pronoun with no one to refer to
        how.append(f"by {quote.speaker.name!r}, not resolved")
    if quote.said_on is not None:
        how.append(f"said on {_when(quote.said_on)}")
    return [f"    - {', '.join(how)}", *lines]


def _header(article: Article) -> list[str]:
    lines = []
    if article.headline is not None:
        lines.append(f"Headline:  {article.headline.clean}")
        extras = [
            f"{name} {value}"
            for name, value in (("kicker", article.headline.kicker), ("site", article.headline.site_name))
            if value
        ]
        if extras:
            lines.append(f"           ({', '.join(extras)})")
    if article.byline is not None:
        authors = ", ".join(article.byline.authors) or "(no author named)"
        org = f" ({article.byline.organization})" if article.byline.organization else ""
        lines.append(f"Byline:    {authors}{org}")
        if article.byline.contributors:
            by_role: dict[str, list[str]] = {}
            for contributor in article.byline.contributors:
                by_role.setdefault(contributor.role, []).append(contributor.name)
            helped = "; ".join(f"{role} by {', '.join(names)}" for role, names in by_role.items())
            lines.append(f"           ({helped})")
    if article.dateline is not None:
        d = article.dateline
        place = ", ".join(part for part in (d.city, d.region, d.country) if part) or d.location or ""
        facts = [place] if place else []
        if d.agency:
            facts.append(d.agency)
        if d.date is not None:
            facts.append(d.date.isoformat())
        lines.append(f"Dateline:  {' '.join(d.text.split())}  ->  {'; '.join(facts)}")
    if article.published is None:
        published = "unknown (relative dates left unresolved)"
    else:
        published = article.published.isoformat()
        if article.dateline is not None and article.dateline.date == article.published:
            published += " (the dateline's date)"
    lines.append(f"Published: {published}")
    return lines


def format_outline(article: Article) -> str:
    """Return the readable outline of *article* (several lines, ending with a newline)."""
    lines = _header(article)
    if article.captions:
        lines += ["", f"Captions ({len(article.captions)})"]
        for caption in article.captions:
            lines += _caption_lines(caption)
    attributed: set[int] = set()
    if article.speakers:
        lines += ["", f"Speakers ({len(article.speakers)})"]
        for person in article.speakers:
            about = ", ".join(part for part in (person.title, person.role) if part)
            lines.append(f"  {person.name}" + (f" ({about})" if about else ""))
            for index in person.quotes:
                attributed.add(index)
                lines += _quote_lines(article.quotes[index])
    unattributed = [quote for index, quote in enumerate(article.quotes) if index not in attributed]
    if unattributed:
        lines += ["", f"Quotes with no speaker ({len(unattributed)})"]
        for quote in unattributed:
            lines += [line[2:] for line in _quote_lines(quote, unattributed=True)]
    if article.times:
        lines += ["", f"Times ({len(article.times)})"]
        width = min(30, max(len(" ".join(t.text.split())) for t in article.times))
        value_width = min(24, max(len(t.value or "?") for t in article.times))
        for time in article.times:
            text = " ".join(time.text.split())
            value = time.value if time.value is not None else "?"
            granularity = time.granularity or ""
            lines.append(f"  {text:<{width}}  {time.type:<8}  {value:<{value_width}}  {granularity}".rstrip())
    counts = Counter(p.role for p in article.paragraphs)
    summary = ", ".join(f"{counts[role]} {role}" for role in _ROLE_ORDER if counts[role])
    lines += ["", f"Paragraphs: {len(article.paragraphs)}" + (f" ({summary})" if summary else "")]
    return "\n".join(lines) + "\n"
