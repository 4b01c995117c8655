"""The result types: frozen, slotted, hashable ``attrs`` classes.

Every element found in a text carries ``text``, ``start`` and ``end``: Python ``str``
indices into the exact text the caller passed, so ``source[el.start:el.end] == el.text``
always holds. :meth:`Article.to_dict` (and ``to_dict`` on every type) gives the JSON shape
of the contract: field names as attributes, dates as ISO strings, ``None`` where absent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

import attrs

TimeType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind: TypeAlias = Literal["direct", "partial", "indirect"]
HeadlineCase: TypeAlias = Literal["title", "sentence", "upper", "lower", "mixed"]
ParagraphRole: TypeAlias = Literal["headline", "caption", "byline", "dateline", "body", "other"]
DateOrTime: TypeAlias = "dt.date | dt.datetime"


#: Types ``json.dumps`` writes as they are (exact types: a subclass goes the slow way).
_PLAIN: Final = frozenset({str, int, float, bool, type(None)})


def _json_value(value: Any) -> Any:
    """*value* in plain JSON types: result types and mappings as dicts, sequences as lists, dates as ISO strings.

    Anything else (say, an object a plugin parser put in ``Article.extra``) becomes its
    ``str``, so ``json.dumps`` of the result always works.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:  # the common case: a tuple of results or of ints
        return [item if type(item) in _PLAIN else _json_value(item) for item in value]
    if isinstance(value, _ToDict):
        return value.to_dict()
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dt.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [_json_value(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_json_value(item) for item in value), key=repr)
    if attrs.has(type(value)):
        return {field.name: _json_value(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if hasattr(type(value), "__dataclass_fields__"):
        import dataclasses  # noqa: PLC0415  (lazy: dataclasses imports inspect, a few ms at import)

        return {field.name: _json_value(getattr(value, field.name)) for field in dataclasses.fields(value)}
    return str(value)


def spans_of(result: Any) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of a parser result: one element, a tuple of them, or ``None``."""
    if result is None:
        return []
    items = result if isinstance(result, (tuple, list)) else (result,)
    spans = []
    for item in items:
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if isinstance(start, int) and isinstance(end, int):
            spans.append((start, end))
    return spans


class _ToDict:
    """Mixin giving every result type the same ``to_dict``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready ``dict``: plain JSON types only, so ``json.loads(json.dumps(d)) == d``.

        Nested results become dicts, tuples lists, dates ISO strings, absent values ``None``.
        """
        out: dict[str, Any] = {}
        # Every subclass is an attrs class: its fields, without the look-up of attrs.fields().
        for field in self.__attrs_attrs__:  # type: ignore[attr-defined]
            value = getattr(self, field.name)
            out[field.name] = value if type(value) in _PLAIN else _json_value(value)
        return out


@attrs.frozen
class Interval(_ToDict):
    """The closed span of calendar time an expression covers: ``start`` to ``end`` inclusive."""

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime


@attrs.frozen
class TimeExpression(_ToDict):
    """A date or time expression found in a text and, where possible, resolved.

    ``value`` is a TIMEX3 value ("2024-03-16", "2024-W11", "2023-07", "P2W", "XXXX-WXX-2",
    "PAST_REF" ...) or ``None`` when it cannot be resolved (a relative expression with no
    publication date). ``anchor`` says what it was resolved against: ``"published"``,
    ``"absolute"`` (the text alone fixes it), or the ``start`` offset of the earlier
    expression it was resolved against ("the next day").
    """

    text: str
    start: int
    end: int
    type: TimeType
    value: str | None = None
    interval: Interval | None = None
    granularity: str | None = None
    anchor: str | int | None = None


@attrs.frozen
class Speaker(_ToDict):
    """Who a quote is attributed to.

    ``name`` is the fullest form of the name in the text ("Idrissa Maiga"); ``mention``
    is the words at the cue ("he", "Maiga", "the spokesperson") with their offsets.
    """

    name: str
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    title: str | None = None
    role: str | None = None


@attrs.frozen
class Quote(_ToDict):
    """A direct, partial or indirect (reported) quote.

    ``start``/``end`` cover the quoted words without the quote marks. ``cue`` is the speech
    verb as written ("said", "told") or "according to", with ``cue_start``/``cue_end``.
    ``said_on`` is the time expression of the attribution clause ("told reporters Monday").
    A quote interrupted by its attribution (``"A," she said. "B."``) is ONE quote: ``segments``
    holds the ``(start, end)`` of each quoted piece, and ``start``/``end``/``text`` run from the
    first piece's start to the last piece's end (so ``text`` includes the attribution between
    them). ``segments`` is empty when the quote is a single piece.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker: Speaker | None = None
    said_on: TimeExpression | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    segments: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class Credit(_ToDict):
    """A photo credit: ``(AP Photo/Jane Doe, File)``, ``REUTERS/Jane Doe``, ``Photograph: Jane Doe/AP``."""

    text: str
    start: int
    end: int
    photographer: str | None = None
    agency: str | None = None


@attrs.frozen
class Caption(_ToDict):
    """A photo caption: description, archive-photo marker, the photo's date and place, credit.

    ``date`` is the date the photo was taken, never the story's date. ``date_text`` is the
    date as written. ``date_conflict`` is true when a weekday and a full date disagree.
    """

    text: str
    start: int
    end: int
    description: str
    file_photo: bool = False
    location: str | None = None
    date: dt.date | None = None
    credit: Credit | None = None
    date_text: str | None = None
    date_conflict: bool = False


@attrs.frozen
class Headline(_ToDict):
    """A headline or page title: ``clean`` is the headline alone, without kicker, site name or tickers."""

    text: str
    start: int
    end: int
    clean: str
    case: HeadlineCase
    kicker: str | None = None
    site_name: str | None = None
    tickers: tuple[str, ...] = ()


@attrs.frozen
class Contributor(_ToDict):
    """A person named in a contributor line: ``Editing by Jane Doe`` -> role "editing"."""

    name: str
    role: str


@attrs.frozen
class Byline(_ToDict):
    """The authors of a story, names as a person would write them, and their organization."""

    text: str
    start: int
    end: int
    authors: tuple[str, ...] = ()
    organization: str | None = None
    contributors: tuple[Contributor, ...] = ()


@attrs.frozen
class Dateline(_ToDict):
    """The dateline opening a story: ``KANSAS CITY, Mo. (AP) —``, ``LONDON, March 18 (Reuters) -``.

    ``location`` is the place as written; ``city`` in proper case; ``region`` and ``country``
    as full names; ``agency`` canonical ("AP", "Reuters", "AFP" ...); ``date`` the date the
    dateline gives, its year taken from the publication date when it has none.
    """

    text: str
    start: int
    end: int
    location: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    agency: str | None = None
    date_text: str | None = None
    date: dt.date | None = None


@attrs.frozen
class Paragraph(_ToDict):
    """A block of the text with its role in the story."""

    text: str
    start: int
    end: int
    role: ParagraphRole = "body"


@attrs.frozen
class Person(_ToDict):
    """A distinct speaker of an article, with the indices of their quotes in ``Article.quotes``."""

    name: str
    title: str | None = None
    role: str | None = None
    quotes: tuple[int, ...] = ()


@attrs.frozen
class Article(_ToDict):
    """The structure of one story, as returned by :func:`newsparse.parse`.

    ``published`` is the anchor relative dates were resolved against: the argument, else
    the dateline's date, else ``None``. ``extra`` holds the results of parsers that are not
    built in, by parser name; treat it as read-only.
    """

    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    speakers: tuple[Person, ...] = ()
    published: dt.date | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, hash=False)
