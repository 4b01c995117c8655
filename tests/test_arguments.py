"""Bad arguments get a clear ``TypeError``/``ValueError`` naming the argument; odd anchors get a result.

- A text that is not a ``str`` (``bytes``, ``None``, a number ...) raises ``TypeError`` whose
  message names the parameter ("text", or "expression" for ``resolve_time``), raised at the
  door: no chained exception from deep inside.
- ``published`` that is not an ISO date ("18/03/2024") raises ``ValueError`` naming
  "published"; a wrong type raises ``TypeError`` naming it.
- ``published`` as a naive or an aware ``datetime`` is accepted: its own calendar date is the
  anchor (no time-zone conversion), exactly as documented in ``newsparse._args``.
- An anchor at the calendar's ends (year 1, year 9999) gives a result, never an
  ``OverflowError`` from date arithmetic.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

import pytest

import newsparse

FUNCTIONS = (
    "parse",
    "find_times",
    "find_quotes",
    "parse_dateline",
    "parse_byline",
    "parse_caption",
    "parse_headline",
    "resolve_time",
)
WITH_PUBLISHED = tuple(
    name for name in FUNCTIONS if "published" in inspect.signature(getattr(newsparse, name)).parameters
)

NOT_TEXT = {
    "bytes": b"By JANE DOE",
    "bytearray": bytearray(b"LONDON (AP) -"),
    "memoryview": memoryview(b"said"),
    "none": None,
    "int": 20240318,
    "float": 3.5,
    "list-of-str": ["By JANE DOE"],
    "dict": {"text": "By JANE DOE"},
    "date": dt.date(2024, 3, 18),
}

BAD_PUBLISHED_STRINGS = {
    "day-first": "18/03/2024",
    "us-order": "03/18/2024",
    "words": "March 18, 2024",
    "empty": "",
    "spaces": "   ",
    "impossible-day": "2024-02-30",
    "month-13": "2024-13-01",
    "year-zero": "0000-01-01",
    "garbage": "yesterday",
    "surrogate": "2024-03-1\ud800",
}

BAD_PUBLISHED_TYPES = {
    "int": 20240318,
    "float": 1710720000.0,
    "bytes": b"2024-03-18",
    "tuple": (2024, 3, 18),
    "time": dt.time(9, 30),
}

STORY = (
    "LONDON, March 18 (Reuters) - The ferry ran late on Monday, two weeks after the pier reopened, "
    "and will run again tomorrow, next week, next month and next year.\n\n"
    "“We waited since yesterday,” said Ana de la Peña on Saturday. The service began in 1999 and "
    "ran every Tuesday until last year; the next day it stopped for three decades."
)


def _first_parameter(name: str) -> str:
    return next(iter(inspect.signature(getattr(newsparse, name)).parameters))


def _call(name: str, *args: Any, **kwargs: Any) -> Any:
    function: Callable[..., Any] = getattr(newsparse, name)
    return function(*args, **kwargs)


def _assert_raised_at_the_door(info: pytest.ExceptionInfo[BaseException]) -> None:
    """No chained exception: the user sees one clear error, not a traceback from deep inside."""
    exc = info.value
    assert exc.__cause__ is None
    assert exc.__context__ is None or exc.__suppress_context__


@pytest.mark.parametrize("value", NOT_TEXT.values(), ids=NOT_TEXT.keys())
@pytest.mark.parametrize("name", FUNCTIONS)
def test_a_text_that_is_not_a_str_is_a_type_error_naming_it(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=rf"\b{_first_parameter(name)}\b") as info:
        _call(name, value)
    _assert_raised_at_the_door(info)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_bytes_error_says_to_decode(name: str) -> None:
    with pytest.raises(TypeError, match="decode"):
        _call(name, b"By JANE DOE")


@pytest.mark.parametrize("name", ["parse", "find_quotes", "parse_byline"])
def test_text_is_the_documented_parameter_name(name: str) -> None:
    assert _first_parameter(name) == "text"


@pytest.mark.parametrize("value", BAD_PUBLISHED_STRINGS.values(), ids=BAD_PUBLISHED_STRINGS.keys())
@pytest.mark.parametrize("name", WITH_PUBLISHED)
def test_published_that_is_not_an_iso_date_is_a_value_error_naming_it(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=r"\bpublished\b") as info:
        _call(name, STORY, published=value)
    _assert_raised_at_the_door(info)


@pytest.mark.parametrize("name", WITH_PUBLISHED)
def test_the_value_error_quotes_the_bad_value(name: str) -> None:
    with pytest.raises(ValueError, match=r"18/03/2024"):
        _call(name, STORY, published="18/03/2024")


@pytest.mark.parametrize("value", BAD_PUBLISHED_TYPES.values(), ids=BAD_PUBLISHED_TYPES.keys())
@pytest.mark.parametrize("name", WITH_PUBLISHED)
def test_published_of_the_wrong_type_is_a_type_error_naming_it(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=r"\bpublished\b") as info:
        _call(name, STORY, published=value)
    _assert_raised_at_the_door(info)


def test_bad_text_is_reported_before_bad_published() -> None:
    with pytest.raises(TypeError, match=r"\btext\b"):
        newsparse.parse(b"x", published="18/03/2024")  # type: ignore[arg-type]


NAIVE = dt.datetime(2024, 3, 18, 23, 30)
AWARE_WEST = dt.datetime(2024, 3, 18, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8)))
AWARE_EAST = dt.datetime(2024, 3, 18, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=14)))


@pytest.mark.parametrize("published", [NAIVE, AWARE_WEST, AWARE_EAST], ids=["naive", "aware-utc-8", "aware-utc+14"])
def test_datetimes_anchor_on_their_own_calendar_date(published: dt.datetime) -> None:
    """Documented: a datetime's own date is the anchor, no conversion to UTC or local time."""
    article = newsparse.parse(STORY, published=published)
    assert article.published == dt.date(2024, 3, 18)
    assert article == newsparse.parse(STORY, published=dt.date(2024, 3, 18))


@pytest.mark.parametrize("name", WITH_PUBLISHED)
def test_datetime_and_date_and_iso_string_agree(name: str) -> None:
    text = "the next day" if name == "resolve_time" else STORY
    expected = _call(name, text, published=dt.date(2024, 3, 18))
    for published in (NAIVE, AWARE_WEST, "2024-03-18", " 2024-03-18 ", "2024-03-18T23:30:00-08:00"):
        assert _call(name, text, published=published) == expected, published


EXTREMES = {
    "year-1": dt.date(1, 1, 1),
    "year-1-end": dt.date(1, 12, 31),
    "year-9999": dt.date(9999, 12, 31),
    "year-9999-start": dt.date(9999, 1, 1),
    "iso-year-1": "0001-01-01",
    "iso-year-9999": "9999-12-31",
    "datetime-max": dt.datetime.max,
    "datetime-min-aware": dt.datetime.min.replace(tzinfo=dt.UTC),
}

EXPRESSIONS = (
    "yesterday", "tomorrow", "the next day", "next week", "last week", "next month", "next year",
    "last year", "Monday", "Saturday", "two weeks ago", "in three decades", "next century",
    "last July", "Dec. 31", "Jan. 1", "this weekend", "the 1990s", "10,000 years from now",
)  # fmt: skip


def _as_date(published: object) -> dt.date:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(str(published))


@pytest.mark.parametrize("published", EXTREMES.values(), ids=EXTREMES.keys())
@pytest.mark.parametrize("name", WITH_PUBLISHED)
def test_an_anchor_at_the_ends_of_the_calendar_gives_a_result(name: str, published: object) -> None:
    result = _call(name, STORY, published=published)
    if name == "parse":
        assert isinstance(result, newsparse.Article)
        assert result.published == _as_date(published)


@pytest.mark.parametrize("published", EXTREMES.values(), ids=EXTREMES.keys())
@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_relative_expressions_past_the_calendar_resolve_without_overflow(expression: str, published: object) -> None:
    result = newsparse.resolve_time(expression, published=published)
    assert result is None or isinstance(result, newsparse.TimeExpression)
    found = newsparse.find_times(f"It happened {expression}.", published=published)
    assert all(isinstance(t, newsparse.TimeExpression) for t in found)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_public_function_documents_its_arguments(name: str) -> None:
    function = getattr(newsparse, name)
    assert function.__doc__, f"{name} has no docstring"
    hints = inspect.signature(function).parameters
    assert all(p.annotation is not inspect.Parameter.empty for p in hints.values())
