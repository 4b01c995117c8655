"""Round trips: build a dateline or a byline from generated parts the way each newsroom writes it, parse it back.

Datelines: a city (known or invented, in capitals), a region or country (AP state forms and
the wire's variants, Canadian provinces, countries), an agency marker in its house style, a
date in the agency's month style (with or without a year), a separator. Parsing gives back
the location as written, the city in proper case, the full region and country names, the
canonical agency and the date (the year-less one resolved against a nearby publication date).

Bylines: one to four invented names, in capitals or not, joined with commas and "and",
with or without an organisation; parsing gives back the names and the organisation.
"""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse import parse_byline, parse_dateline
from newsparse.parsers.byline import _PARTICLES
from newsparse.vocab.agencies import AGENCY_ALIASES, NEWS_ORGANIZATION_WORDS
from newsparse.vocab.calendar import MONTH_NAMES, MONTHS, WEEKDAYS
from newsparse.vocab.places import (
    CITIES,
    COUNTRIES,
    NOT_PLACES,
    PLACE_CONNECTORS,
    REGIONS,
    US_STATE_AP_FORMS,
    place_key,
)

_RESERVED = (
    (set(MONTHS) | set(WEEKDAYS) | set(NOT_PLACES) | set(PLACE_CONNECTORS) | set(AGENCY_ALIASES) | set(REGIONS))
    | set(COUNTRIES)
    | set(CITIES)
    | set(NEWS_ORGANIZATION_WORDS)
    | set(_PARTICLES)
    | {"by", "the", "jr", "sr"}
    | {"updated", "published", "posted", "last", "today", "yesterday"}  # a byline of only these is a time stamp
)

_word = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=9).filter(
    lambda w: w not in _RESERVED and not w.startswith("mc") and not w.startswith("mac")
)
#: An invented place name in capitals: "PORT VELMAR".
invented_city = st.lists(_word, min_size=1, max_size=3).map(lambda ws: " ".join(w.upper() for w in ws))

# (as written, full region name or None, country)
_STATES = [(ap, full, "United States") for full, ap in US_STATE_AP_FORMS.items()]
_STATE_VARIANTS = [(ap.upper(), full, c) for ap, full, c in _STATES] + [
    (ap.rstrip("."), full, c) for ap, full, c in _STATES if ap.endswith(".") and "." not in ap[:-1]
]
_PROVINCES = [
    ("Ontario", "Ontario", "Canada"),
    ("British Columbia", "British Columbia", "Canada"),
    ("Alberta", "Alberta", "Canada"),
]
_COUNTRIES = [(name, None, name) for name in ("Niger", "Norway", "Kenya", "Portugal", "New Zealand", "Zambia", "Peru")]
region_part = st.sampled_from(_STATES + _STATE_VARIANTS + _PROVINCES + _COUNTRIES)


def _month_ap(date: dt.date) -> str:
    abbreviations = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
    return f"{abbreviations.get(date.month, MONTH_NAMES[date.month - 1])} {date.day}"


def _month_reuters_1987(date: dt.date) -> str:
    name = MONTH_NAMES[date.month - 1]
    return f"{name if len(name) <= 5 else name[:3]} {date.day}"


def _month_full(date: dt.date) -> str:
    return f"{MONTH_NAMES[date.month - 1]} {date.day}"


def _day_month(date: dt.date) -> str:
    return f"{date.day} {MONTH_NAMES[date.month - 1]}"


# (agency, how its dateline ends, how it writes the date, whether it gives the year)
_STYLES = [
    ("AP", "(AP) —", None, False),
    ("AP", "(AP) _", None, False),
    ("Reuters", "(Reuters) -", _month_full, False),
    (None, "-", _month_reuters_1987, False),
    (None, "-", _day_month, False),
    ("AFP", "(AFP) -", _month_full, True),
    ("Xinhua", "(Xinhua) --", _month_ap, False),
    ("UPI", "(UPI) --", _month_full, False),
    ("PR Newswire", "/PRNewswire/ --", _month_ap, True),
    ("GlobeNewswire", "(GLOBE NEWSWIRE) --", _month_ap, True),
    ("CNN", "(CNN) —", None, False),
    (None, "—", None, False),
    (None, "–", None, False),
    (None, "--", None, False),
]

dates = st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2040, 12, 31))


@given(
    city=invented_city,
    region=st.one_of(st.none(), region_part),
    style=st.sampled_from(_STYLES),
    date=dates,
    offset=st.integers(min_value=-150, max_value=150),
)
def test_dateline_round_trip(
    city: str,
    region: tuple[str, str | None, str] | None,
    style: tuple[str | None, str, object, bool],
    date: dt.date,
    offset: int,
) -> None:
    agency, ending, render, with_year = style
    # An unknown place with only a dash after it reads like a headline: AP gives such places a region.
    assume(region is not None or agency is not None or callable(render))
    location = city if region is None else f"{city}, {region[0]}"
    dateline = location
    if callable(render):
        dateline += f", {render(date)}"
        if with_year:
            dateline += f", {date.year}"
    dateline += f" {ending}"
    text = dateline + " The council said on Monday that it would vote again."
    published = date + dt.timedelta(days=offset)

    found = parse_dateline(text, published=published)

    assert found is not None, text
    assert found.text == dateline
    assert found.location == location
    assert found.city is not None and found.city.casefold() == city.casefold()
    assert found.city == " ".join(w.capitalize() for w in city.split())
    if region is not None:
        assert (found.region, found.country) == (region[1], region[2])
    assert found.agency == agency
    assert found.date == (date if callable(render) else None)


@given(city=st.sampled_from(sorted(k for k in CITIES if len(k.split()) <= 3)), style=st.sampled_from(_STYLES))
def test_known_city_gets_its_country(city: str, style: tuple[str | None, str, object, bool]) -> None:
    _, ending, _, _ = style
    found = parse_dateline(f"{city.upper()} {ending} The council said on Monday that it would vote.")
    assert found is not None
    assert found.country == CITIES[place_key(city)][1]


_first = _word.map(str.capitalize)
_last = _word.map(str.capitalize)
names = st.lists(st.tuples(_first, _last).map(" ".join), min_size=1, max_size=4, unique=True)
_ORGS = ["Associated Press", "Reuters", "The Washington Post", "CNN", "Bloomberg", "The Canadian Press", "AFP"]


def _join(people: list[str], oxford: bool) -> str:
    if len(people) == 1:
        return people[0]
    head = ", ".join(people[:-1])
    return f"{head}{',' if oxford and len(people) > 2 else ''} and {people[-1]}"


@given(
    people=names,
    capitals=st.booleans(),
    oxford=st.booleans(),
    org=st.one_of(st.none(), st.sampled_from(_ORGS)),
    joint=st.sampled_from([", ", "\n", " | ", " "]),
)
def test_byline_round_trip(people: list[str], capitals: bool, oxford: bool, org: str | None, joint: str) -> None:
    assume(
        joint != " " or (capitals and org is not None)
    )  # "By JANE DOE Associated Press": capitals, then the organisation
    written = [p.upper() if capitals else p for p in people]
    text = "By " + _join(written, oxford) + (f"{joint}{org}" if org else "")

    found = parse_byline(text)

    assert found is not None, text
    assert found.authors == tuple(people)
    assert found.organization == org
    assert found.text == text


@given(people=names, editors=names)
def test_trailer_round_trip(people: list[str], editors: list[str]) -> None:
    text = f"Reporting by {_join(people, False)}; Editing by {_join(editors, False)}"
    found = parse_byline(text)
    assert found is not None
    assert found.authors == tuple(people)
    assert [c.name for c in found.contributors if c.role == "editing"] == editors
