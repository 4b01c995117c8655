"""Checking the arguments of the public functions, with messages that name the argument."""

from __future__ import annotations

import datetime as dt

__all__ = ["check_text", "coerce_published"]


def check_text(text: object, name: str = "text") -> str:
    """Return *text* if it is a ``str``; raise ``TypeError`` naming *name* otherwise."""
    if isinstance(text, str):
        return text
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{name} must be a str, not {type(text).__name__}{hint}")


def coerce_published(published: object, name: str = "published") -> dt.date | None:
    """Turn the ``published`` argument into a ``datetime.date`` (or ``None``).

    Accepts ``None``, a ``datetime.date``, a ``datetime.datetime`` (naive or aware: its own
    calendar date is used, no time-zone conversion) or an ISO 8601 string ("2024-03-18",
    "2024-03-18T09:30:00+00:00").
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        value = published.strip()
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
            return dt.datetime.fromisoformat(value).date()
        except ValueError:
            raise ValueError(f"{name} must be an ISO date such as '2024-03-18', not {published!r}") from None
    raise TypeError(
        f"{name} must be a datetime.date, a datetime.datetime or an ISO date string, not {type(published).__name__}"
    )
