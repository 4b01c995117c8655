"""Datelines: every wire shape, normalised places and agencies, year-less dates, and no false alarms.

Each example is an invented story opening. New shapes go in ``SHAPES`` (what a dateline looks
like and what it must yield), wire noise in ``NOISE``, openings that are not datelines in
``NOT_DATELINES``.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

import newsparse
from newsparse import Context, Document, parse_dateline
from newsparse.parsers.byline import BylineParser
from newsparse.parsers.dateline import DatelineParser

PUBLISHED = dt.date(2024, 3, 18)

# (id, text, expected dateline text, expected fields)
SHAPES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "unknown-caps-place",
        "KELAM — Rescuers searched the river on Sunday for two missing fishermen.",
        "KELAM —",
        {"location": "KELAM", "city": "Kelam", "region": None, "country": None, "agency": None},
    ),
    (
        "unknown-caps-place-two-words",
        "PORT VELLIN — Rescuers searched the harbour on Sunday.",
        "PORT VELLIN —",
        {"location": "PORT VELLIN", "city": "Port Vellin", "agency": None},
    ),
    (
        "unknown-caps-place-reuters",
        "KELAM (Reuters) - Rescuers searched the river on Sunday.",
        "KELAM (Reuters) -",
        {"location": "KELAM", "city": "Kelam", "agency": "Reuters"},
    ),
    (
        "ap-international",
        "NIAMEY, Niger (AP) — The junta said on Saturday that it would hold talks.",
        "NIAMEY, Niger (AP) —",
        {"location": "NIAMEY, Niger", "city": "Niamey", "region": None, "country": "Niger", "agency": "AP"},
    ),
    (
        "ap-us-state",
        "KANSAS CITY, Mo. (AP) — Voters approved a new stadium tax on Tuesday.",
        "KANSAS CITY, Mo. (AP) —",
        {"location": "KANSAS CITY, Mo.", "city": "Kansas City", "region": "Missouri", "country": "United States"},
    ),
    (
        "ap-standalone-us-city",
        "DENVER (AP) — The council voted 9-4 on a housing plan.",
        "DENVER (AP) —",
        {"city": "Denver", "region": "Colorado", "country": "United States", "agency": "AP"},
    ),
    (
        "voa-standalone",
        "WASHINGTON — U.S. officials say talks will continue.",
        "WASHINGTON —",
        {"location": "WASHINGTON", "city": "Washington", "country": "United States", "agency": None},
    ),
    (
        "reuters-modern",
        "LONDON, March 18 (Reuters) - Britain's biggest bakery chain said it would close 40 shops.",
        "LONDON, March 18 (Reuters) -",
        {"country": "United Kingdom", "agency": "Reuters", "date_text": "March 18", "date": dt.date(2024, 3, 18)},
    ),
    (
        "reuters-1980s",
        "SALVADOR, Feb 26 - Showers continued over the cocoa zone this week.",
        "SALVADOR, Feb 26 -",
        {"location": "SALVADOR", "date_text": "Feb 26", "date": dt.date(2024, 2, 26), "agency": None},
    ),
    (
        "reuters-region",
        "NORFOLK, Va., March 5 - Harbor Freight Lines Inc said it completed its merger.",
        "NORFOLK, Va., March 5 -",
        {"location": "NORFOLK, Va.", "region": "Virginia", "country": "United States", "date": dt.date(2024, 3, 5)},
    ),
    (
        "reuters-province",
        "CALGARY, Alberta, March 11 - Prairie Gas Ltd raised its dividend.",
        "CALGARY, Alberta, March 11 -",
        {"location": "CALGARY, Alberta", "region": "Alberta", "country": "Canada"},
    ),
    (
        "afp-with-year",
        "PARIS, April 1, 1997 (AFP) - French farmers blocked roads around the capital.",
        "PARIS, April 1, 1997 (AFP) -",
        {"country": "France", "agency": "AFP", "date_text": "April 1, 1997", "date": dt.date(1997, 4, 1)},
    ),
    (
        "xinhua",
        "BEIJING, Nov. 3 (Xinhua) -- A new library opened on Friday.",
        "BEIJING, Nov. 3 (Xinhua) --",
        {"country": "China", "agency": "Xinhua", "date_text": "Nov. 3", "date": dt.date(2023, 11, 3)},
    ),
    (
        "xinhua-no-separator",
        "JERUSALEM, Nov. 22 , 2005 (Xinhua)\nThe cabinet met on Tuesday.",
        "JERUSALEM, Nov. 22 , 2005 (Xinhua)",
        {"country": "Israel", "agency": "Xinhua", "date": dt.date(2005, 11, 22)},
    ),
    (
        "upi",
        "CHICAGO, March 4 (UPI) -- Grain futures rose sharply.",
        "CHICAGO, March 4 (UPI) --",
        {"agency": "UPI", "region": "Illinois"},
    ),
    (
        "bloomberg-lead",
        "(Bloomberg) -- Bond yields climbed for a third day.",
        "(Bloomberg) --",
        {"location": None, "agency": "Bloomberg"},
    ),
    ("dpa", "BERLIN (dpa) - The coalition agreed a budget.", "BERLIN (dpa) -", {"agency": "dpa", "country": "Germany"}),
    ("efe", "MADRID, March 3 (EFE).- The strike ended.", "MADRID, March 3 (EFE).-", {"agency": "EFE"}),
    ("ansa", "ROME, March 3 - (ANSA) - The senate voted.", "ROME, March 3 - (ANSA) -", {"agency": "ANSA"}),
    ("kyodo", "TOKYO, March 3 Kyodo - Exports rose.", "TOKYO, March 3 Kyodo -", {"agency": "Kyodo"}),
    ("pti", "NEW DELHI, March 3 (PTI) The monsoon arrived.", "NEW DELHI, March 3 (PTI)", {"agency": "PTI"}),
    ("ians", "MUMBAI, March 3 (IANS) Shares fell.", "MUMBAI, March 3 (IANS)", {"agency": "IANS", "country": "India"}),
    ("cnn-lead", "(CNN) — The storm made landfall overnight.", "(CNN) —", {"location": None, "agency": "CNN"}),
    (
        "cnn-glued",
        "Kyiv, Ukraine (CNN)The thunder of artillery rolled across the city.",
        "Kyiv, Ukraine (CNN)",
        {"location": "Kyiv, Ukraine", "city": "Kyiv", "country": "Ukraine", "agency": "CNN"},
    ),
    (
        "pr-newswire",
        "NEW YORK, Dec. 3, 2024 /PRNewswire/ -- Brightwater Labs today announced a merger.",
        "NEW YORK, Dec. 3, 2024 /PRNewswire/ --",
        {"agency": "PR Newswire", "date": dt.date(2024, 12, 3), "region": "New York"},
    ),
    (
        "business-wire",
        "SAN FRANCISCO--(BUSINESS WIRE)--Brightwater Labs today announced a merger.",
        "SAN FRANCISCO--(BUSINESS WIRE)--",
        {"city": "San Francisco", "agency": "Business Wire", "country": "United States"},
    ),
    (
        "globe-newswire",
        "TORONTO, Dec. 3, 2024 (GLOBE NEWSWIRE) -- Northfield Mining said today.",
        "TORONTO, Dec. 3, 2024 (GLOBE NEWSWIRE) --",
        {"agency": "GlobeNewswire", "region": "Ontario", "country": "Canada"},
    ),
    (
        "aboard",
        "ABOARD AIR FORCE ONE — The president told reporters the trip would go ahead.",
        "ABOARD AIR FORCE ONE —",
        {"location": "ABOARD AIR FORCE ONE", "country": None},
    ),
    ("united-nations", "UNITED NATIONS (AP) — The council met.", "UNITED NATIONS (AP) —", {"agency": "AP"}),
    (
        "on-the-river",
        "ON THE MISSISSIPPI RIVER (AP) — Barges sat idle.",
        "ON THE MISSISSIPPI RIVER (AP) —",
        {"location": "ON THE MISSISSIPPI RIVER"},
    ),
    (
        "two-places",
        "NEW YORK and CHICAGO — Traders in both cities braced for the report.",
        "NEW YORK and CHICAGO —",
        {"location": "NEW YORK and CHICAGO", "city": None, "country": "United States"},
    ),
    ("en-dash", "CORK, Ireland – The council voted.", "CORK, Ireland –", {"country": "Ireland"}),
    ("double-hyphen", "DES MOINES, Iowa (AP) -- Farmers worried.", "DES MOINES, Iowa (AP) --", {"region": "Iowa"}),
    ("underscore-1998", "NAIROBI, Kenya (AP) _ Rains flooded the city.", "NAIROBI, Kenya (AP) _", {"country": "Kenya"}),
    ("colon", "LONDON: The government fell on Tuesday.", "LONDON:", {"country": "United Kingdom"}),
    ("canadian-press", "TORONTO — A food bank expanded.", "TORONTO —", {"region": "Ontario", "country": "Canada"}),
    (
        "mc-city",
        "MCALLEN, Texas (AP) — Border crossings slowed.",
        "MCALLEN, Texas (AP) —",
        {"city": "McAllen", "region": "Texas"},
    ),
    ("st-city", "ST. LOUIS (AP) — The zoo reopened.", "ST. LOUIS (AP) —", {"city": "St. Louis", "region": "Missouri"}),
    (
        "georgia-country",
        "TBILISI, Georgia (AP) — Protesters gathered.",
        "TBILISI, Georgia (AP) —",
        {"region": None, "country": "Georgia"},
    ),
    (
        "georgia-state",
        "SAVANNAH, Georgia, March 3 - The port reported record volumes.",
        "SAVANNAH, Georgia, March 3 -",
        {"region": "Georgia", "country": "United States"},
    ),
]

NOISE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("odd-casing", "SALVADOR, FEb 26 - Rain fell.", "SALVADOR, FEb 26 -", {"date": dt.date(2024, 2, 26)}),
    ("month-typo", "NEW YORK, Marc 3 - Shares rose.", "NEW YORK, Marc 3 -", {"date_text": "Marc 3", "date": None}),
    ("impossible-day", "ALBANY, N.Y., March 32 - Rates fell.", "ALBANY, N.Y., March 32 -", {"date": None}),
    (
        "missing-comma",
        "RICHMOND, Va. Feb 26 - Tobacco sales rose.",
        "RICHMOND, Va. Feb 26 -",
        {"location": "RICHMOND, Va.", "region": "Virginia", "date": dt.date(2024, 2, 26)},
    ),
    (
        "stray-dash",
        "CHEVY CHASE, Md., - March 4 - A bank said.",
        "CHEVY CHASE, Md., - March 4 -",
        {"location": "CHEVY CHASE, Md.", "date": dt.date(2024, 3, 4)},
    ),
    ("trailing-comma", "CHICAGO, March 4, - A bank said.", "CHICAGO, March 4, -", {"date": dt.date(2024, 3, 4)}),
    ("day-month", "AMSTERDAM, 2 March - Dutch output fell.", "AMSTERDAM, 2 March -", {"date": dt.date(2024, 3, 2)}),
    (
        "region-capitals",
        "SOUTHFIELD, MICH., March 24 - Car sales fell.",
        "SOUTHFIELD, MICH., March 24 -",
        {"region": "Michigan", "city": "Southfield"},
    ),
    (
        "region-no-period",
        "SAN JOSE, Calif, March 2 - Chip orders rose.",
        "SAN JOSE, Calif, March 2 -",
        {"region": "California"},
    ),
    ("non-ap-texas", "EL PASO, Tex., March 2 - Oil output rose.", "EL PASO, Tex., March 2 -", {"region": "Texas"}),
    ("non-ap-penn", "ERIE, Penn., March 2 - A plant closed.", "ERIE, Penn., March 2 -", {"region": "Pennsylvania"}),
    ("w-va", "WHEELING, W. Va., March 2 - Coal fell.", "WHEELING, W. Va., March 2 -", {"region": "West Virginia"}),
    ("reuter-bare", "BONN, March 12, Reuter - Output rose.", "BONN, March 12, Reuter -", {"agency": "Reuters"}),
    ("mixed-case-city", "Sydney, March 3 - Money supply rose.", "Sydney, March 3 -", {"city": "Sydney"}),
    ("lower-case-city", "La paz, march 4 - Staff went on strike.", "La paz, march 4 -", {"location": "La paz"}),
    ("decoration", "****LONDON, March 5 - Sugar prices rose.", "LONDON, March 5 -", {"location": "LONDON"}),
    ("slash-city", "DALLAS/FORT WORTH, Texas, March 3 - Flights resumed.", "DALLAS/FORT WORTH, Texas, March 3 -", {}),
    (
        "no-comma-date",
        "JOHANNESBURG March 13 - Gold output rose.",
        "JOHANNESBURG March 13 -",
        {"country": "South Africa"},
    ),
    (
        "unknown-parenthesis",
        "MONTREAL, March 6 - (Northfield Holdings Inc) said it sold a unit.",
        "MONTREAL, March 6 -",
        {"agency": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "dateline", "fields"), [c[1:] for c in SHAPES + NOISE], ids=[c[0] for c in SHAPES + NOISE]
)
def test_dateline_shapes(text: str, dateline: str, fields: dict[str, Any]) -> None:
    found = parse_dateline(text, published=PUBLISHED)
    assert found is not None
    assert found.text == dateline
    assert text[found.start : found.end] == found.text
    for name, value in fields.items():
        assert getattr(found, name) == value, name


NOT_DATELINES = [
    ("acronym-subject", "NATO said on Monday that it would send more troops."),
    ("us-officials", "U.S. officials say the ferry talks will resume on Monday."),
    ("caps-headline", "NIGER ORDERS US TROOPS OUT AFTER TALKS FAIL"),
    ("caps-headline-with-dash", "US TROOPS OUT — REPORT"),
    ("kicker", "EXCLUSIVE - Bank weighs sale of its card unit"),
    ("update-kicker", "UPDATE 2-Korana refinery halted after leak"),
    ("title-case-headline", "Korana, Vell Talks Stall After Council Recalls Envoys"),
    ("byline", "By JANE DOE, Associated Press"),
    ("file-caption", "FILE - A bus waits at the depot in Tahoua, Niger, May 2, 2019."),
    ("caps-label-with-dash", "LIVE UPDATES — Markets rally as the central bank holds rates"),
    ("acronym-before-dash", "NATO — The alliance said on Monday that it would send more ships."),
    ("short-acronym-before-dash", "FBI — Agents searched the house on Monday."),
    ("breaking-colon", "BREAKING: Rescuers searched the river for two missing fishermen."),
    ("just-in-kicker", "JUST IN — Rescuers searched the river for two missing fishermen."),
    ("three-unknown-caps-words", "ZORB LAX TOOLS — The company said it would hire 200 people."),
    ("unknown-caps-word-lower-after", "KELAM — and then the river rose."),
    ("hyphenated-word", "WASHINGTON-based groups said the rule would hurt farmers."),
    ("sentence", "Police in Ohio said on Monday, March 4 - no injuries."),
    ("short-sentence", "Police said Monday, March 4 - no injuries."),
    ("empty", ""),
    ("space", "   \n  "),
    ("lone-dash", " — "),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_DATELINES], ids=[c[0] for c in NOT_DATELINES])
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text, published=PUBLISHED) is None


def test_year_comes_from_published_nearest_date() -> None:
    assert parse_dateline("LONDON, Dec 31 - Markets closed.", published="2025-01-02").date == dt.date(2024, 12, 31)
    assert parse_dateline("LONDON, Jan 2 - Markets opened.", published="2024-12-31").date == dt.date(2025, 1, 2)


def test_without_published_a_yearless_date_is_kept_as_text() -> None:
    found = parse_dateline("LONDON, March 18 (Reuters) - Shares fell.")
    assert found is not None
    assert (found.date_text, found.date) == ("March 18", None)


def test_feb_29_picks_a_leap_year() -> None:
    found = parse_dateline("LONDON, Feb 29 - Shares fell.", published=dt.date(2025, 3, 1))
    assert found is not None
    assert found.date == dt.date(2024, 2, 29)


def test_published_at_calendar_ends_does_not_raise() -> None:
    assert parse_dateline("LONDON, Dec 31 - x", published=dt.date(9999, 12, 31)).date == dt.date(9999, 12, 31)
    assert parse_dateline("LONDON, Jan 1 - x", published=dt.date(1, 1, 1)).date == dt.date(1, 1, 1)


def test_bad_arguments_name_the_argument() -> None:
    with pytest.raises(TypeError, match="text"):
        parse_dateline(b"LONDON -")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        parse_dateline("LONDON -", published="18/03/2024")


STORY = """Bakery chain to close 40 shops

A worker carries trays of bread at a bakery in Leeds, England, on March 12, 2024. (AP Photo/Jane Doe)

By JANE DOE
Associated Press

LEEDS, England (AP) — Britain's biggest bakery chain said on Monday it would close 40 shops.

The company said sales fell.
"""


class _Span:
    def __init__(self, text: str, part: str) -> None:
        self.start = text.index(part)
        self.end = self.start + len(part)


def test_parser_skips_headline_captions_and_byline() -> None:
    doc = Document.from_text(STORY)
    results = {
        "headline": _Span(STORY, "Bakery chain to close 40 shops"),
        "captions": (_Span(STORY, "A worker carries"),),
        "byline": _Span(STORY, "By JANE DOE\nAssociated Press"),
    }
    found = DatelineParser().parse(doc, Context(PUBLISHED, results))
    assert found is not None
    assert found.text == "LEEDS, England (AP) —"
    assert STORY[found.start : found.end] == found.text
    assert (found.city, found.region, found.country) == ("Leeds", "England", "United Kingdom")


def test_pipeline_puts_the_dateline_on_the_article() -> None:
    article = newsparse.Pipeline((BylineParser(), DatelineParser())).parse(STORY, published=PUBLISHED)
    assert article.dateline is not None
    assert article.dateline.location == "LEEDS, England"


def test_dateline_in_a_later_paragraph_of_the_body_is_not_taken() -> None:
    text = (
        "Shares in the bakery chain fell sharply on Monday after it warned that sales would fall again.\n\n"
        "LONDON, March 18 (Reuters) - More news."
    )
    doc = Document.from_text(text)
    assert DatelineParser().parse(doc, Context(PUBLISHED, {})) is None


@pytest.mark.parametrize(
    "unit",
    ["ABC ", "A, ", "— ", "- ", "(AP) ", "LONDON, ", "March 3 ", "N.Y. ", "x" * 50, "KELAM — ", "KELAM-"],
    ids=[
        "caps-words",
        "commas",
        "dashes",
        "hyphens",
        "markers",
        "places",
        "dates",
        "initials",
        "one-long-word",
        "unknown-places-and-dashes",
        "caps-hyphen-runs",
    ],
)
def test_linear_time_on_hostile_input(unit: str) -> None:
    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        doc = Document.from_text(text)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            parse_dateline(text)
            DatelineParser().parse(doc, Context(None, {}))
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(10_000), cost(100_000)
    assert large < max(small, 1e-4) * 30
