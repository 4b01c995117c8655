"""Hypothesis properties of time expressions: newsroom renderings round-trip, weekday windows hold."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.parsers.times import find_times, resolve_time
from newsparse.vocab.calendar import AP_MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
dates = st.dates(min_value=dt.date(1600, 1, 1), max_value=dt.date(2099, 12, 31))


def _ap(day: dt.date) -> str:
    """AP style: "Sept. 19" for abbreviated months, "March 8" for the spelled-out ones."""
    return f"{AP_MONTH_ABBREVIATIONS[day.month] or MONTH_NAMES[day.month - 1]} {day.day}"


@given(dates)
def test_full_date_round_trip(day: dt.date) -> None:
    for text in (f"{_ap(day)}, {day.year}", f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"):
        t = resolve_time(text)
        assert t is not None
        assert t.value == day.isoformat()
        assert t.anchor == "absolute"


@given(anchors, st.integers(min_value=-5, max_value=5))
def test_month_day_near_anchor_round_trip(pub: dt.date, offset: int) -> None:
    day = pub + dt.timedelta(days=offset * 10)
    t = resolve_time(_ap(day), published=pub)
    assert t is not None
    assert t.value == day.isoformat()


@given(anchors, st.integers(min_value=0, max_value=6))
def test_past_weekday_window(pub: dt.date, wd: int) -> None:
    text = f"The mayor said on {WEEKDAY_NAMES[wd]} that the pier had closed."
    (t,) = find_times(text, published=pub)
    day = dt.date.fromisoformat(t.value or "")
    assert day.weekday() == wd
    assert pub - dt.timedelta(days=6) <= day <= pub


@given(anchors, st.integers(min_value=0, max_value=6))
def test_future_weekday_window(pub: dt.date, wd: int) -> None:
    (t,) = find_times(f"The council will vote {WEEKDAY_NAMES[wd]}.", published=pub)
    day = dt.date.fromisoformat(t.value or "")
    assert day.weekday() == wd
    assert pub <= day <= pub + dt.timedelta(days=6)


@given(anchors, st.integers(min_value=0, max_value=6))
def test_neutral_weekday_window(pub: dt.date, wd: int) -> None:
    (t,) = find_times(f"Markets on {WEEKDAY_NAMES[wd]}: a quiet day.", published=pub)
    day = dt.date.fromisoformat(t.value or "")
    assert day.weekday() == wd
    assert abs((day - pub).days) <= 3


@given(anchors, st.integers(min_value=1, max_value=12))
def test_last_month_round_trip(pub: dt.date, month: int) -> None:
    t = resolve_time(f"last {MONTH_NAMES[month - 1]}", published=pub)
    assert t is not None
    year = pub.year if month < pub.month else pub.year - 1
    assert t.value == f"{year:04d}-{month:02d}"
    assert t.granularity == "month"


@given(st.text(max_size=300), st.one_of(st.none(), anchors))
def test_never_raises_and_offsets_slice(text: str, pub: dt.date | None) -> None:
    found = find_times(text, published=pub)
    last_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        last_end = t.end


@given(
    st.lists(
        st.sampled_from(["May", "may", "March 2014", "Saturday", "1,000", "the next day", "Sept.", "ago", "2014", " "]),
        max_size=40,
    ).map(" ".join),
    st.dates(),
)
def test_newsy_noise_never_raises(text: str, pub: dt.date) -> None:
    for t in find_times(text, published=pub):
        assert text[t.start : t.end] == t.text


_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _words(n: int) -> str:
    """1 to 99 as a newsroom spells them: "seven", "fourteen", "ninety-six"."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def _year_words(year: int) -> str:
    """A year in words as a broadcast transcript writes it: "nineteen oh five", "two thousand and three"."""
    if year >= 2000:
        return "two thousand" + (f" and {_words(year - 2000)}" if year > 2000 else "")
    rest = year - 1900
    return "nineteen " + ("hundred" if rest == 0 else f"oh {_ONES[rest]}" if rest < 10 else _words(rest))


@given(st.integers(min_value=1900, max_value=2019))
def test_spelled_year_round_trip(year: int) -> None:
    found = find_times(f"The Keld dam was finished in {_year_words(year)}.")
    assert [(t.type, t.value) for t in found] == [("DATE", f"{year:04d}")]


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["days", "weeks", "months", "years"]))
def test_duration_in_words_round_trip(n: int, unit: str) -> None:
    t = resolve_time(f"{_words(n)} {unit}")
    assert t is not None
    assert (t.type, t.value) == ("DURATION", f"P{n}{unit[0].upper()}")


_SCANNER_WORDS = st.sampled_from(
    (
        *("these days", "the past", "a few", "a couple of", "mid-", "1990s", "'90s", "$2014", "3.2014", "abc2014"),
        *("May", "the", "next", "week", "Saturday's", "Sept.", "12", "p.m.", "Émile", "-", "'", ",", "\n", " ", "LAST"),
        # numbers and the words around them ("at 3 p.m.", "about 99%", "the 20th century", "12 people")
        *("at", "about", "mid", "least", "1", "2024", "3000", "123", "1/2", ":30", "%", "$", ".5", "th", "am"),
        *("people", "days", "of", "March", "century", "more", "and a half", "s", "quarter"),
        # the runs the candidate pattern reads around a word: gated words before other words, mixed case,
        # letters and digits beyond ASCII
        *("The", "THE", "A", "a", "man", "Man", "nextJuly", "NASA", "é", "²", "\u0663", "over", "year"),
        *("past", "its", "summer", "Tues.", "least", "At"),
        # units before "-long", days of a calendar of their own, clock hours in words, "post-1959"
        *("-long", "day", "hour", "trading", "business", "in the morning", "at night", "post-", "pre", "minutes"),
        *("times", "twice", "per", "owners", "night", "eight", "consecutive", "straight", "prior", "other"),
        *("1200", "0745", "14:30", " GMT", "hrs", "local time", "MARCH", "SUNDAY", "Q1", "H2", "FY"),
        # the letters regex matches to ASCII ones when it ignores case: "thİs year", "next weeK", "dayſ"
        *("\u0130", "\u017f", "\u212a"),
    )
)


@given(st.one_of(st.text(max_size=200), st.lists(_SCANNER_WORDS, max_size=40).map("".join)))
@example("The board met th\u0130s year.")  # "İ" matches "i" when the scanner ignores case
@example("about 28 times a week")  # a number before "times" can begin an expression (a set)
def test_candidate_scan_finds_what_the_full_scan_finds(text: str) -> None:
    # the scanner is tried only at word starts and digits: that must never lose or add a match
    from newsparse.parsers.times import _SCANNER, _matches

    assert [m.span() for m in _matches(text)] == [m.span() for m in _SCANNER.finditer(text)]


@given(anchors, st.sampled_from(["spring", "summer", "fall", "winter"]))
def test_last_and_next_season_window(pub: dt.date, season: str) -> None:
    # "last fall" is over before publication and less than 15 months old; "next fall" has not begun
    last = resolve_time(f"last {season}", published=pub)
    nxt = resolve_time(f"next {season}", published=pub)
    assert last is not None and last.interval is not None
    assert nxt is not None and nxt.interval is not None
    assert last.interval.end < pub and (pub - last.interval.start).days < 460
    assert nxt.interval.start > pub and (nxt.interval.start - pub).days < 460


@given(st.integers(min_value=1583, max_value=2099))
def test_easter_and_election_day(year: int) -> None:
    # Easter is a Sunday from March 22 to April 25, Good Friday two days before it;
    # the U.S. Election Day is the Tuesday after the first Monday of November (November 2 to 8)
    easter = resolve_time(f"Easter {year}")
    good_friday = resolve_time(f"Good Friday {year}")
    election = resolve_time(f"Election Day {year}")
    assert easter is not None and good_friday is not None and election is not None
    sunday = dt.date.fromisoformat(str(easter.value))
    assert sunday.weekday() == 6 and dt.date(year, 3, 22) <= sunday <= dt.date(year, 4, 25)
    assert dt.date.fromisoformat(str(good_friday.value)) == sunday - dt.timedelta(days=2)
    tuesday = dt.date.fromisoformat(str(election.value))
    assert tuesday.weekday() == 1 and dt.date(year, 11, 2) <= tuesday <= dt.date(year, 11, 8)


#: Phrases whose words the scanner looks up in the word tables, one of each family that reads a word.
_LOOKED_UP = (
    "two days ago", "six months", "the spring", "last week", "every Sunday", "May 3", "next Tuesday",
    "Monday night", "the first quarter", "the sixties", "this year", "a week later", "at 5 p.m. yesterday",
)  # fmt: skip
#: What ``regex`` matches to an ASCII letter when it ignores case: long s, the Kelvin sign, capital dotted I.
_LOOK_ALIKES = {"s": "\u017f", "k": "\u212a", "i": "\u0130"}


@given(st.sampled_from(_LOOKED_UP), st.sets(st.sampled_from(sorted(_LOOK_ALIKES))), anchors)
def test_case_folding_look_alikes_never_raise(phrase: str, letters: set[str], pub: dt.date) -> None:
    # "two dayſ ago": the scanner folds "ſ" to "s", so the word tables must read the word the same way
    text = "".join(_LOOK_ALIKES[c] if c in letters else c for c in phrase)
    for t in find_times(f"The board met {text}.", published=pub):
        assert f"The board met {text}."[t.start : t.end] == t.text
