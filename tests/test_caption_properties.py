"""Hypothesis round trips: a caption built from generated parts in each agency's style parses back."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse.parsers.caption import parse_caption
from newsparse.vocab.agencies import AGENCY_ALIASES, NEWS_ORGANIZATION_WORDS
from newsparse.vocab.calendar import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from newsparse.vocab.credits import ORGANIZATION_WORDS

# Words a generated name must not contain: a name like "Aaa Abc" reads as the broadcaster ABC, not a person.
_RESERVED = {
    *MONTHS,
    *WEEKDAYS,
    *AGENCY_ALIASES,
    *ORGANIZATION_WORDS,
    *NEWS_ORGANIZATION_WORDS,
    *("file", "pool", "photo", "via", "for", "the"),
}

# "Mc" names are written "McAllister", so the capitals "MCALLISTER" come back that way: no "Mcaa".
name_word = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w.casefold() not in _RESERVED and not w.startswith("Mc")
)
person = st.tuples(name_word, name_word).map(" ".join)
city = st.lists(name_word, min_size=1, max_size=2).map(" ".join)
region = st.sampled_from([None, "Niger", "Wash.", "Calif.", "Ukraine", "France", "N.Y.", "Ontario", "Kenya"])
description_words = st.lists(
    st.sampled_from(
        ["workers", "repair", "a", "dock", "near", "the", "harbor", "children", "play", "crowds", "gather", "at",
         "market", "stalls", "volunteers", "sort", "donated", "coats", "riders", "wait", "for", "ferry", "old", "mill"]
    ),
    min_size=2,
    max_size=12,
)  # fmt: skip
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))

# style -> (credit template, agency, is a file photo)
STYLES = {
    "ap": ("({agency_word} Photo/{name})", "AP", False),
    "ap-file": ("(AP Photo/{name}, File)", "AP", True),
    "ap-name-first": ("({name}/AP)", "AP", False),
    "reuters": ("REUTERS/{name}", "Reuters", False),
    "reuters-file": ("REUTERS/{name}/File Photo", "Reuters", True),
    "epa": ("EPA/{upper}", "EPA", False),
    "getty": ("(Photo by {name}/Getty Images)", "Getty Images", False),
    "afp-via-getty": ("{name}/AFP via Getty Images", "AFP", False),
    "guardian": ("Photograph: {name}/Reuters", "Reuters", False),
    "photo-label": ("Photo: {name}", None, False),
    "own-line": ("\n{name}/Reuters", "Reuters", False),
}


def _date_text(date: dt.date, weekday: bool) -> str:
    month = AP_MONTH_ABBREVIATIONS[date.month] or MONTH_NAMES[date.month - 1]
    text = f"{month} {date.day}, {date.year}"
    return f"{WEEKDAY_NAMES[date.weekday()]}, {text}" if weekday else text


@given(
    words=description_words,
    place_city=city,
    place_region=region,
    date=dates,
    name=person,
    style=st.sampled_from(sorted(STYLES)),
    layout=st.sampled_from(["place-then-date", "date-then-place", "on-date-in-place"]),
    weekday=st.booleans(),
)
def test_caption_round_trip(
    *,
    words: list[str],
    place_city: str,
    place_region: str | None,
    date: dt.date,
    name: str,
    style: str,
    layout: str,
    weekday: bool,
) -> None:
    place = f"{place_city}, {place_region}" if place_region else place_city
    assume(place_city.casefold() not in _RESERVED)
    when = _date_text(date, weekday)
    core = " ".join(words).capitalize()
    if layout == "place-then-date":
        description = f"{core} in {place}, {when}."
    elif layout == "date-then-place":
        description = f"{core}, {when}, in {place}."
    else:
        description = f"{core} on {when} in {place}."
    description = description.replace("..", ".")
    template, agency, file_photo = STYLES[style]
    credit = template.format(name=name, upper=name.upper(), agency_word="AP")
    marker = "FILE - " if file_photo and style.startswith("ap") else ""
    text = f"{marker}{description}{'' if credit.startswith(chr(10)) else ' '}{credit}"

    caption = parse_caption(text, published=dt.date(2036, 1, 1))

    assert caption.description == description
    assert caption.location == place
    assert caption.date == date
    assert caption.date_conflict is False
    assert caption.file_photo == file_photo
    assert caption.credit is not None
    assert caption.credit.photographer == name
    assert caption.credit.agency == agency
    assert text[caption.credit.start : caption.credit.end] == caption.credit.text


@given(words=description_words, date=dates, name=person)
def test_weekday_that_disagrees_is_flagged(words: list[str], date: dt.date, name: str) -> None:
    wrong = WEEKDAY_NAMES[(date.weekday() + 1) % 7]
    text = f"{' '.join(words).capitalize()} in Millbrook, {wrong}, {_date_text(date, False)}. (AP Photo/{name})"
    caption = parse_caption(text)
    assert caption.date == date
    assert caption.date_conflict is True


@given(st.text(max_size=300), st.sampled_from([None, "2024-03-18"]))
def test_never_raises_and_offsets_hold(text: str, published: str | None) -> None:
    caption = parse_caption(text, published=published)
    assert text[caption.start : caption.end] == caption.text
    if caption.credit is not None:
        assert text[caption.credit.start : caption.credit.end] == caption.credit.text


@given(st.lists(st.sampled_from(["FILE - ", "(AP Photo/", "Jane Doe", "/", ")", " in ", "Diffa, ", "March 8, ",
                                 "2014", ". ", "\n", "Photograph: ", "REUTERS", " via ", "Getty Images"]),
                max_size=30).map("".join))  # fmt: skip
def test_never_raises_on_caption_fragments(text: str) -> None:
    caption = parse_caption(text, published="2024-03-18")
    assert text[caption.start : caption.end] == caption.text
