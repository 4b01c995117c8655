"""Datelines at the start of a story's body: place, region or country, date and agency marker.

Shapes (see ``docs/datelines.md``): AP ``KANSAS CITY, Mo. (AP) —`` and stand-alone
``WASHINGTON —``; Reuters ``LONDON, March 18 (Reuters) -`` and the 1980s wire
``SALVADOR, Feb 26 -``; AFP ``PARIS, April 1, 1997 (AFP) -``; Xinhua ``BEIJING, Nov. 3
(Xinhua) --``; CNN ``(CNN) —``; press releases ``NEW YORK, Dec. 3, 2024 /PRNewswire/ --``
and ``SAN FRANCISCO--(BUSINESS WIRE)--``. Only the first few hundred characters are
looked at, so the cost does not grow with the story.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING, Any, Final

import regex

from .._args import check_text, coerce_published
from .._casing import is_all_caps, proper_case
from .._model import Dateline, spans_of
from ..vocab.agencies import AGENCY_ALIASES, BARE_DATELINE_MARKERS, canonical_agency
from ..vocab.calendar import MONTHS
from ..vocab.places import (
    CITIES,
    COUNTRIES,
    NON_CITY_OPENERS,
    NOT_PLACES,
    PLACE_CONNECTORS,
    PLACE_FEATURES,
    REGIONS,
    SENTENCE_ACRONYMS,
    place_key,
)

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["DatelineParser", "parse_dateline"]

#: How much of the text a dateline can occupy (the longest real ones are about 90 characters).
_HEAD: Final = 320

_BARE = "|".join(regex.escape(m) for m in BARE_DATELINE_MARKERS)
#: Every agency spelling, longest first, white space flexible: what may stand in a dateline's parentheses.
_KNOWN_AGENCIES = "|".join(
    regex.escape(alias).replace("\\ ", r"[ \t]+") for alias in sorted(AGENCY_ALIASES, key=len, reverse=True)
)

#: A story opening with the agency marker alone: ``(CNN) —``, ``(CNN)The thunder ...``.
#: "and" between two places of one dateline ("HARARE and LUSAKA").
_AND: Final = regex.compile(r"\s(?:and|&)\s")
_AND_SPLIT: Final = regex.compile(r"\s++(?:and|&)\s++")
_LEAD_MARKER: Final = regex.compile(r"\((?P<agency>[^()\n]{1,40}+)\)(?P<sep>[ \t]*+(?:—|–|-{1,3}+|_|:)(?=\s))?")

# The named parts the dateline pattern is built from (inlined: the regex module's group calls are slow).
#: A month, or a typo of one ("Narch", "Marc"): checked against the calendar afterwards.
_MONTH_WORD = r"(?i:[jfmasond])\p{L}{2,8}+\.?"
#: Where a date begins: "March 18", "Feb 26". Place words stop before it.
_MONTH_DAY = rf"(?:{_MONTH_WORD}[ \t]++\d)"
#: One word of a place name: letters, inner periods, hyphens, slashes and apostrophes ("N.Y.", "DALLAS/FORT").
_WORD = r"(?:[\p{L}&](?:[\p{L}\p{M}'’]|[./\-](?=\p{L})){0,40}+\.?+)"
#: Up to five words of a region or country, stopping before a date.
_WORDS = rf"(?:{_WORD}(?:[ \t]++(?!{_MONTH_DAY}){_WORD}){{0,4}}+)"

_DATELINE: Final = regex.compile(
    rf"""
    (?P<place>                                       # words up to a comma, a marker, a dash or a date
        {_WORD} (?: [ \t]++ (?!{_MONTH_DAY}) {_WORD} ){{0,7}}+
    )?
    (?:                                              # region or country: ", Mo." ", British Columbia"
        [ \t]*+ , [ \t]*+                              # (up to three: ", Grand Cayman, British West Indies")
        (?P<region> (?!{_MONTH_DAY}) {_WORDS} (?: [ \t]*+ , [ \t]*+ (?!{_MONTH_DAY}) {_WORDS} ){{0,2}}+ )
    )?
    (?:                                              # date: ", March 18" ", Feb 26, 1987" ", 2 March"
        [ \t]*+ ,? \.? [ \t]*+ (?: [-–—] [ \t]*+ )?  # (the comma is missing or a stray dash added now and then)
        (?P<date>
            (?P<month>{_MONTH_WORD}) [ \t]++ (?P<day>\d{{1,3}}+[Oo]?+) (?![\d\p{{L}}])
          | (?P<day2>\d{{1,2}}+) [ \t]++ (?P<month2>{_MONTH_WORD}) (?!\p{{L}})
        )
        (?: [ \t]*+ , [ \t]*+ (?P<year>\d{{4}}) (?!\d) )?
    )?
    (?:                                              # agency marker: (AP) /PRNewswire/ --(BUSINESS WIRE)--
        [ \t]*+ ,? (?: [ \t]*+ (?:-{{1,3}}+|[–—]) )? [ \t]*+
        (?:
            \( [ \t]*+ (?P<agency> (?i:{_KNOWN_AGENCIES}) | \p{{Lu}}[\p{{L}}\-]{{1,20}}+ ) [ \t]*+ \)
          | / (?P<slash_agency> \p{{L}}[\p{{L}}\-]{{1,30}}+ ) /
          | (?P<bare_agency>{_BARE}) (?= [ \t]*+ (?:-|–|—|_) )
        )
    )?
    (?P<sep>
        [ \t]*+ ,? [ \t]*+
        (?: \.?(?:—|–|-{{2,3}}+|_|:) | \.-(?!-) | (?<=[\s.])- (?![-\p{{L}}\d]) | -(?=\s) )
    )?
    (?(sep)|(?(agency)|(?(slash_agency)|(?(bare_agency)|(?!)))))   # it ends in a marker or a dash
    """,
    regex.VERBOSE,
)

#: Month spellings (case-folded, no period) that a typo is compared with: "Marc", "Narch", "Juen".
_MONTH_FORMS: Final = tuple(MONTHS)


#: A digit of any script ("2", "٢", "²"): one C-level search instead of a loop over characters.
_DIGIT: Final = regex.compile(r"[\p{Nd}\p{No}]")


def _month_number(word: str) -> tuple[int | None, bool]:
    """(month number or None, looks like a month): "FEb" -> (2, True), "Narch" -> (None, True)."""
    key = word.rstrip(".").casefold()
    number = MONTHS.get(key)
    if number is not None:
        return number, True
    if len(key) < 3 or len(key) > 10:
        return None, False
    close = difflib.get_close_matches(key, _MONTH_FORMS, n=1, cutoff=0.6)
    return None, bool(close)


def _resolve_date(month: int | None, day_text: str, year_text: str | None, published: dt.date | None) -> dt.date | None:
    if month is None or not day_text.isdigit():
        return None
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    if year_text is not None:
        try:
            return dt.date(int(year_text), month, day)
        except ValueError:
            return None
    if published is None:
        return None
    best: dt.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def _plausible_place(place: str, strong: bool) -> bool:
    """True when *place* reads as a place name: capitalised words joined by a few lower-case connectors."""
    words = place.split()
    if not words or place_key(place) in NOT_PLACES or place_key(words[0]) in {"by", "from", "photo", "file"}:
        return False
    if place.islower():  # the 1987 wire has a few lower-case cities, always with a date after them
        return strong and len(words) <= 3
    if not words[0][0].isupper():
        return False
    if all(w[0].isupper() or w.casefold() in PLACE_CONNECTORS for w in words):
        return True
    return strong and len(words) <= 2  # the 1987 wire's "New york, March 2 -", "La paz, march 4 -"


def _lookup_place(place: str) -> tuple[str | None, str | None]:
    """(region, country) of a stand-alone place: a known city, a state or a country."""
    key = place_key(place)
    if key in CITIES:
        return CITIES[key]
    if key in COUNTRIES:
        return None, COUNTRIES[key]
    if key in REGIONS:
        return REGIONS[key]
    parts = [p for p in _AND_SPLIT.split(key) if p]
    if len(parts) > 1:
        countries = {CITIES[p][1] if p in CITIES else None for p in parts}
        if len(countries) == 1:
            return None, countries.pop()
    return None, None


def _lookup_region(region: str, city_key: str) -> tuple[str | None, str | None, bool]:
    """(region full name, country, known) for the words after the city."""
    key = place_key(region)
    if "," in region and key not in REGIONS and key not in COUNTRIES:
        key = place_key(region.rsplit(",", 1)[1])  # "Grand Cayman, British West Indies": the last part
    city = CITIES.get(city_key)
    if key in COUNTRIES and (key not in REGIONS or (city is not None and city[1] == COUNTRIES[key])):
        country = COUNTRIES[key]
        return (city[0] if city is not None and city[1] == country else None), country, True
    if key in REGIONS:
        name, country = REGIONS[key]
        return name, country, True
    return None, None, False


def _known(place: str) -> bool:
    key = place_key(place)
    return key in CITIES or key in COUNTRIES or key in REGIONS or _lookup_place(place)[1] is not None


def _agency_of(raw: str) -> str | None:
    """The canonical agency of a marker, or the marker itself when it reads like a short agency name."""
    found = canonical_agency(raw)
    if found is not None:
        return found
    words = raw.split()
    if 1 <= len(words) <= 3 and words[0][:1].isupper() and _DIGIT.search(raw) is None:
        return raw.strip()
    return None


def _standalone_place(place: str, region: str | None, region_known: bool, head: str, sep_end: int) -> bool:
    """Whether a place followed only by a dash (no date, no agency) is a dateline.

    AP gives every place a state or country except its stand-alone cities and places that are
    no city (``ABOARD AIR FORCE ONE``, ``ON THE MISSISSIPPI RIVER``): the place must be known,
    carry a known region, or read as such a place; and a sentence in ordinary case must follow
    (not more capitals, as in a headline).
    """
    rest = head[sep_end : sep_end + 60].lstrip()
    if rest and (rest[:1].islower() or not any(c.islower() for c in rest)):
        return False
    if region is not None:
        return region_known and (is_all_caps(place) or _known(place) or len(place.split()) <= 3)
    if _known(place):
        return True
    words = place_key(place).split()
    if not is_all_caps(place) or len(words) > 5 or head[:sep_end].rstrip().endswith(":"):
        return False
    if words[0] in NON_CITY_OPENERS or any(w in PLACE_FEATURES for w in words):
        return True
    return _unknown_place(place, words, head[:sep_end].rstrip(), rest)


#: Most words of a place in capitals that no table knows ("KELAM —", "PORT VELLIN —").
_MAX_UNKNOWN_WORDS: Final = 2
#: Fewest letters of a one-word place no table knows ("FBI —" and "UN —" are not places).
_MIN_UNKNOWN_LETTERS: Final = 4
_UNKNOWN_WORD: Final = regex.compile(r"\p{Lu}++(?:['’-]\p{Lu}++)*+")


def _unknown_place(place: str, words: list[str], before_sep: str, rest: str) -> bool:
    """An unknown place in capitals before a dash: one or two words, no acronym, a sentence after it.

    ``KELAM —`` and ``PORT VELLIN —`` are datelines; ``BREAKING:``, ``NATO — The alliance ...``
    and ``FBI — ...`` are not.
    """
    if len(words) > _MAX_UNKNOWN_WORDS or not before_sep.endswith(("—", "–", "-", "_")):
        return False
    if place_key(place) in NOT_PLACES or any(w in SENTENCE_ACRONYMS or w in NOT_PLACES for w in words):
        return False
    if len(words) == 1 and len(place) < _MIN_UNKNOWN_LETTERS:
        return False
    if not all(_UNKNOWN_WORD.fullmatch(w) for w in place.split()) or canonical_agency(place) is not None:
        return False
    return rest[:1].isupper()


def _match_lead(head: str, offset: int) -> Dateline | None:
    """``(CNN) —``: a story opening with its agency marker and no place."""
    match = _LEAD_MARKER.match(head, offset)
    if match is None:
        return None
    agency = canonical_agency(match.group("agency"))
    if agency is None:
        return None
    return Dateline(head[offset : match.end()], offset, match.end(), agency=agency)


def _match_dateline(head: str, offset: int, published: dt.date | None) -> Dateline | None:
    if head.startswith("(", offset):
        return _match_lead(head, offset)
    match = _DATELINE.match(head, offset)
    if match is None:
        return None
    groups: dict[str, Any] = match.groupdict()
    place: str | None = groups["place"]
    region: str | None = groups["region"]
    raw_agency = groups["agency"] or groups["slash_agency"] or groups["bare_agency"]
    agency = _agency_of(raw_agency) if raw_agency is not None else None
    if raw_agency is not None and agency is None:
        return None
    if place is None:
        return None
    has_sep = groups["sep"] is not None
    has_date = groups["date"] is not None
    if not (has_sep or raw_agency is not None):
        return None

    month_word = groups["month"] or groups["month2"]
    month: int | None = None
    if has_date:
        month, looks_like_month = _month_number(month_word)
        if not looks_like_month:
            return None
    strong = has_date or raw_agency is not None
    if not _plausible_place(place, strong):
        return None
    city_key = place_key(place)
    region_name: str | None = None
    country: str | None = None
    region_known = False
    if region is not None:
        if not _plausible_place(region, strong):
            return None
        region_name, country, region_known = _lookup_region(region, city_key)
    else:
        region_name, country = _lookup_place(place)
    if not strong and not _standalone_place(place, region, region_known, head, match.end("sep")):
        return None

    end = match.end("sep") if has_sep else match.end()
    start = match.start("place")
    loc_end = match.end("region") if region is not None else match.end("place")
    location = head[match.start("place") : loc_end]
    date_text: str | None = None
    date: dt.date | None = None
    if has_date:
        date_start = match.start("date")
        date_end = match.end("year") if groups["year"] is not None else match.end("date")
        date_text = head[date_start:date_end]
        day_text = groups["day"] or groups["day2"]
        date = _resolve_date(month, day_text, groups["year"], published)
    multi = _AND.search(place) is not None
    city = None if multi else proper_case(place)
    return Dateline(
        head[start:end],
        start,
        end,
        location=location,
        city=city,
        region=region_name,
        country=country,
        agency=agency,
        date_text=date_text,
        date=date,
    )


#: Characters some wire copy puts before the dateline ("****LONDON, March 5 -"): skipped.
_DECORATION: Final = frozenset("*#•>")
#: A character of every dateline's end (``_DATELINE``'s last line: a separator or an agency marker):
#: "—", "–", "-", "_", ":" of a separator or a bare agency's dash, "(" and "/" of an agency marker.
#: Literal characters only, so ``re`` (cheaper to call than ``regex``) finds them just the same.
_END_MARK: Final = re.compile(r"[—–_:(/-]")


def _parse_at(text: str, start: int, stop: int, published: dt.date | None) -> Dateline | None:
    """The dateline opening ``text[start:stop]`` (offsets into *text*), looking at a bounded head only."""
    end = min(stop, start + _HEAD)
    head = text[:end]
    offset = start
    while offset < end and (head[offset].isspace() or head[offset] in _DECORATION):
        offset += 1
    if offset >= end or _END_MARK.search(head, offset) is None:  # no marker, no dateline: skip the long scan
        return None
    try:
        return _match_dateline(head, offset, published)
    except (ValueError, IndexError):  # odd text never raises
        return None


def parse_dateline(text: str, published: dt.date | dt.datetime | str | None = None) -> Dateline | None:
    """Parse the dateline at the start of *text*; ``None`` when it has none.

    *published* supplies the year of a year-less date ("Feb 26"): the date nearest to it is chosen.

    >>> d = parse_dateline("KANSAS CITY, Mo. (AP) — Voters approved ...")
    >>> d.text, d.city, d.region, d.country, d.agency
    ('KANSAS CITY, Mo. (AP) —', 'Kansas City', 'Missouri', 'United States', 'AP')
    """
    text = check_text(text)
    anchor = coerce_published(published)
    return _parse_at(text, 0, len(text), anchor)


#: How many leading paragraphs (after headline, captions and byline) may hold the dateline, and how
#: far into the text: a story whose headline or captions were not recognised still gets its dateline.
_MAX_PARAGRAPHS: Final = 10
_MAX_OFFSET: Final = 3000


def _reads_like_body(paragraph: str) -> bool:
    """True for a paragraph of running text (the body has begun: a dateline after it is not the story's)."""
    words = paragraph[:400].split()
    return (
        len(words) >= 12
        and paragraph.rstrip()[-1:] in {".", "!", "?", '"', "”"}
        and not paragraph.startswith("FILE")
        and "Photo" not in paragraph
    )


class DatelineParser:
    """Finds the dateline at the start of the first body paragraph.

    Paragraphs covered by the headline, captions or byline found before are skipped.
    """

    name = "dateline"

    def parse(self, doc: Document, context: Context) -> Dateline | None:
        """Return the story's dateline, with offsets into ``doc.text``, or ``None``."""
        taken: list[tuple[int, int]] = []
        for part in ("headline", "captions", "byline"):
            taken.extend(spans_of(context.results.get(part)))
        looked = 0
        for paragraph in doc.paragraphs:
            if any(a < paragraph.end and paragraph.start < b for a, b in taken):
                continue
            found = _parse_at(doc.text, paragraph.start, paragraph.end, context.published)
            if found is not None:
                return found
            looked += 1
            if looked >= _MAX_PARAGRAPHS or paragraph.start > _MAX_OFFSET or _reads_like_body(paragraph.text):
                return None
        return None
