"""Time expressions: every family on hand-written news sentences about invented events."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from newsparse._pipeline import Context
from newsparse._text import Document
from newsparse.parsers.times import TimesParser, find_times, resolve_time

PUB = dt.date(2024, 3, 18)  # a Monday

#: (id, text, expected [(span text, value)])
FAMILIES = [
    ("full-date", "The Orvan dam opened on March 8, 2014, after years of delay.", [("March 8, 2014", "2014-03-08")]),
    ("weekday-full-date", "Voting ends Wednesday, April 1, 2026.", [("Wednesday, April 1, 2026", "2026-04-01")]),
    (
        "ap-abbrev",
        "The Kelby council voted Sept. 19 and again Dec. 16.",
        [("Sept. 19", "2023-09-19"), ("Dec. 16", "2023-12-16")],
    ),
    ("british", "Ms. Tarrow arrived on 8 March 2014.", [("8 March 2014", "2014-03-08")]),
    ("year", "The bridge was built in 2014.", [("2014", "2014")]),
    ("decade", "Fish stocks fell through the 1990s.", [("the 1990s", "199")]),
    ("month-year", "Sales peaked in July 2019.", [("July 2019", "2019-07")]),
    ("past-weekday", "On Saturday, Mayor Lin Osei said the pier would reopen.", [("Saturday", "2024-03-16")]),
    ("today-weekday", "The port authority said Monday it had no comment.", [("Monday", "2024-03-18")]),
    ("future-weekday", "The board will vote Thursday.", [("Thursday", "2024-03-21")]),
    ("last-week", "Ferry fares rose last week.", [("last week", "2024-W11")]),
    ("last-year", "The mill closed last year.", [("last year", "2023")]),
    ("month-last-year", "A storm in July last year flooded the valley.", [("July last year", "2023-07")]),
    ("last-month-name", "Prices rose last July.", [("last July", "2023-07")]),
    ("ago", "The firm was founded two weeks ago.", [("two weeks ago", "2024-W10")]),
    ("duration", "The strike lasted three days.", [("three days", "P3D")]),
    ("vague-duration", "Talks went on for several weeks.", [("several weeks", "PXW")]),
    ("set-weekday", "The market opens every Tuesday.", [("every Tuesday", "XXXX-WXX-2")]),
    # a period that recurs: "every four years", "twice a year" (TimeML keeps the count apart, in freq)
    (
        "set-period",
        "The Orvo games are held every four years; the board meets twice a year.",
        [("every four years", "P4Y"), ("twice a year", "P1Y")],
    ),
    ("this-past-weekend", "Fans filled the Kell stadium this past weekend.", [("this past weekend", "2024-W11-WE")]),
    # a weekday in the plural recurs: a set, with its part of the day
    (
        "set-weekday-plural",
        "The Kelso ferry sails on Tuesdays and Sunday mornings.",
        [("Tuesdays", "XXXX-WXX-2"), ("Sunday mornings", "XXXX-WXX-7TMO")],
    ),
    ("part-of-day", "Crews worked Monday night.", [("Monday night", "2024-03-18TNI")]),
    ("clock", "The vote starts at 3 p.m. Monday.", [("3 p.m. Monday", "2024-03-18T15:00")]),
    ("quarter", "Profit rose in the third quarter of 2023.", [("the third quarter of 2023", "2023-Q3")]),
    (
        "half-year",
        "Kellan's profit rose in the first half of 2023 and will slow in the second half of this year.",
        [("the first half of 2023", "2023-H1"), ("the second half of this year", "2024-H2")],
    ),
    ("season", "The museum reopens in summer 2025.", [("summer 2025", "2025-SU")]),
    ("yesterday", "The ferry sank yesterday.", [("yesterday", "2024-03-17")]),
    ("now", "The town is now quiet.", [("now", "PRESENT_REF")]),
    ("recent-years", "Tourism has grown in recent years.", [("recent years", "PAST_REF")]),
    ("iso", "The filing is dated 2024-02-29.", [("2024-02-29", "2024-02-29")]),
    ("for-years", "Residents have asked for years.", [("years", "PXY")]),
    ("last-night", "Sirens sounded last night.", [("last night", "2024-03-17TNI")]),
    ("this-morning", "The bridge reopened this morning.", [("this morning", "2024-03-18TMO")]),
    ("holiday-past", "Stores closed on Thanksgiving.", [("Thanksgiving", "2023-11-23")]),
    ("holiday-future", "The shelter will open on Christmas Eve.", [("Christmas Eve", "2024-12-24")]),
    # Easter and the days counted from it; a holiday's week
    ("good-friday", "Kell shops will close on Good Friday.", [("Good Friday", "2024-03-29")]),
    ("easter-year", "The Orvo parade was held on Easter Sunday 2019.", [("Easter Sunday 2019", "2019-04-21")]),
    ("holiday-week", "Malls will fill in Thanksgiving week.", [("Thanksgiving week", "2024-W48")]),
    # the U.S. Election Day: the Tuesday after the first Monday of November
    ("election-day", "Turnout dropped on Election Day.", [("Election Day", "2023-11-07")]),
    ("election-day-ahead", "Voters will go to the polls on Election Day.", [("Election Day", "2024-11-05")]),
    ("reporting-quarter", "Net income fell in the quarter.", [("the quarter", "2023-Q4")]),
    (
        "year-ago-quarter",
        "Sales rose 4% in the quarter from a year ago.",
        [("the quarter", "2023-Q4"), ("a year ago", "2022-Q4")],
    ),
    ("weekend", "The fair drew crowds last weekend.", [("last weekend", "2024-W11-WE")]),
    ("earlier-this-month", "Rates rose earlier this month.", [("earlier this month", "2024-03")]),
    ("fiscal-year", "Spending rose in fiscal 2023.", [("fiscal 2023", "2023")]),
    ("spelled-year", "The Harlow mill opened in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    (
        "spelled-month-year",
        "Ms. Ode left in January nineteen ninety-seven.",
        [("January nineteen ninety-seven", "1997-01")],
    ),
    ("the-year-two-thousand", "The plan ran to the year two thousand.", [("the year two thousand", "2000")]),
    ("compound-number", "The search lasted twenty-four hours.", [("twenty-four hours", "PT24H")]),
    ("half", "The Pell tunnel took 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ("modified-ago", "The Tarn ferry sank nearly four years ago.", [("nearly four years ago", "2020")]),
    # decades and centuries ago keep their unit: the decade or the century
    (
        "decade-century-ago",
        "The Orvo mine closed a decade ago; its chapel burned two centuries ago.",
        [("a decade ago", "201"), ("two centuries ago", "18")],
    ),
    ("century", "The chapel dates from the 11th century.", [("the 11th century", "10")]),
    ("decade-words", "The club thrived in the nineties.", [("the nineties", "199")]),
    ("mid-year", "The Orlo plant closes in mid-2025.", [("mid-2025", "2025")]),
    # "early", "late" belong to the expression (TimeML's extent), the value stays the year or the week
    (
        "early-late",
        "The Orlo talks collapsed in late 2023 and resume early next year.",
        [("late 2023", "2023"), ("early next year", "2025")],
    ),
    ("year-quarter", "Sales beat the 2022 third quarter.", [("the 2022 third quarter", "2022-Q3")]),
    (
        "year-ago-quarter-adj",
        "Profit fell from the year-ago third quarter.",
        [("the year-ago third quarter", "2022-Q3")],
    ),
    (
        "this-years-quarter",
        "Kellan expects gains in this year's second quarter.",
        [("this year's second quarter", "2024-Q2")],
    ),
    ("the-weekend", "Storms closed the Vane pier over the weekend.", [("the weekend", "2024-W11-WE")]),
    ("clock-zone-date", "The offer expires at 5 p.m. EST March 22.", [("5 p.m. EST March 22", "2024-03-22T17:00")]),
    (
        "mid-part-of-day",
        "Shares were up at mid-afternoon yesterday and will settle by mid-morning Tuesday.",
        [("mid-afternoon yesterday", "2024-03-17TAF"), ("mid-morning Tuesday", "2024-03-19TMO")],
    ),
    (
        "bare-clock-last-day",
        "On March 8, the blast hit at 10 p.m.",
        [("March 8", "2024-03-08"), ("10 p.m.", "2024-03-08T22:00")],
    ),
    (
        "previous-weekday",
        "Talks ended March 8. The previous Friday, envoys met.",
        [("March 8", "2024-03-08"), ("The previous Friday", "2024-03-01")],
    ),
    # "the day before" a date right after it is one expression, counted from that date
    (
        "day-before-a-date",
        "Talks ended March 6. The day before last Tuesday's hearing, envoys met.",
        [("March 6", "2024-03-06"), ("The day before last Tuesday", "2024-03-11")],
    ),
    ("last-month-day", "Mr. Abe was last seen last Oct. 23 near the quay.", [("last Oct. 23", "2023-10-23")]),
    ("set-month", "Pilgrims gather each July at the shrine.", [("each July", "XXXX-07")]),
    ("hourly", "The gauge is read hourly.", [("hourly", "PT1H")]),
    ("recent-months", "Rents climbed in recent months.", [("recent months", "PXM")]),
    ("deadline-month", "The centre should be finished by October.", [("October", "2024-10")]),
    ("the-march-noun", "The March vote was delayed.", [("March", "2024-03")]),
    (
        "that-year",
        "The Orvo mine opened in 1998 and closed later that year.",
        [("1998", "1998"), ("that year", "1998")],
    ),
    (
        "following-month",
        "The Kell vote was held in March 2019. The following month, the mayor quit.",
        [("March 2019", "2019-03"), ("The following month", "2019-04")],
    ),
    (
        "next-year-from-publication",
        "On May 4, 2019, the board said prices rise next year.",
        [("May 4, 2019", "2019-05-04"), ("next year", "2025")],
    ),
    ("the-summer-past", "The Varo beach closed for the summer.", [("the summer", "2023-SU")]),
    ("year-end", "The Anso plant will close by year-end.", [("year-end", "2024")]),
    ("end-of-month", "The Anso report is due by the end of the month.", [("the end of the month", "2024-03")]),
    # a bare "May" or "March" after "between", "and": the months
    ("between-months", "Between March and May, the Kell river rose.", [("March", "2024-03"), ("May", "2024-05")]),
    ("fiscal-year-ended", "Revenue rose in the year ended June 30.", [("the year", "P1Y"), ("June 30", "2023-06-30")]),
    ("coming-weeks", "A ruling is due in the coming weeks.", [("the coming weeks", "PXW")]),
    ("for-the-year", "For the year, Tamsin Foods expects a loss.", [("the year", "2024")]),
    # a future verb earlier in the clause picks the next such date, not the nearest
    ("expected-month-day", "The Dunmore memorial is expected to be lit on Sept. 14.", [("Sept. 14", "2024-09-14")]),
    # ... but not across a relative clause: the storm is a past event
    ("future-other-clause", "Aid will reach towns where the Sept. 14 storm hit.", [("Sept. 14", "2023-09-14")]),
    ("current", "Crews blamed current river levels.", [("current", "PRESENT_REF")]),
    (
        "future-ref-phrases",
        "Rates stay low in the near term; the Osk vote moves to a later date.",
        [("the near term", "FUTURE_REF"), ("a later date", "FUTURE_REF")],
    ),
    ("not-a-future-ref", "They took the long way to a later flight.", []),
    # "one day" after a modal or a subject is some day ahead; elsewhere a day's length
    ("one-day-someday", "The Kell port will one day be the largest.", [("one day", "FUTURE_REF")]),
    ("one-day-length", "The Kell strike lasted one day.", [("one day", "P1D")]),
    ("current-account", "The Oskar current account deficit widened.", []),
    # "United" is a name, not a past-tense verb: "will" sets the tense
    ("capital-ed-not-a-verb", "The Vass envoy will fly to the United States Thursday.", [("Thursday", "2024-03-21")]),
    # "until" bounds an event ahead, unless a past verb after it sets the tense
    ("until-ahead", "The Anso road stays shut until Thursday.", [("Thursday", "2024-03-21")]),
    ("until-past", "Until Thursday, the Vell police had not named a suspect.", [("Thursday", "2024-03-14")]),
    # an irregular past verb sets the tense like a verb in -ed ("sank", "took")
    ("irregular-past-weekday", "The Vell ferry sank Thursday.", [("Thursday", "2024-03-14")]),
    ("irregular-past-month", "In July, the Orvo council took over the port.", [("July", "2023-07")]),
    # ... but a present passive ("is decided") is no past cue
    ("present-passive", "The Tarn appeal is decided in July.", [("July", "2024-07")]),
    # a possessive weekday names a day whose events are reported: the last one (PUB is a Monday)
    ("possessive-weekday", "Shares rose from Thursday's closing price.", [("Thursday", "2024-03-14")]),
    # ... unless it is still to come
    ("possessive-weekday-ahead", "Kell officials met ahead of Sunday's vote.", [("Sunday", "2024-03-24")]),
    ("midnight-weekday", "The Tolvar offer will expire at midnight Friday.", [("midnight Friday", "2024-03-22T24:00")]),
    (
        "quarters",
        "The Pell charge is spread over the next three quarters.",
        [("the next three quarters", "P3Q")],
    ),
    (
        "fiscal-year-ended",
        "Sales rose in the fiscal year ended Jan. 31.",
        [("the fiscal year", "P1Y"), ("Jan. 31", "2024-01-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FAMILIES], ids=[f[0] for f in FAMILIES])
def test_family(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, published=PUB)
    assert [(t.text, t.value) for t in found] == expected
    for t in found:
        assert text[t.start : t.end] == t.text


NOT_TIMES = [
    ("may-verb", "Officials may delay the vote."),
    ("march-verb", "Hundreds will march to the capitol."),
    ("price", "Tickets cost $2014 each."),
    ("count", "The drill involved 1,000 personnel."),
    ("event-name", "Troops joined Flintlock 2014 in the desert."),
    ("inside-word", "She said the saga was over."),
    ("sun-newspaper", "The Sun reported the story."),
    ("jan-name", "Jan Morel spoke first."),
    ("fall-verb", "Prices could fall sharply."),
    ("a-quarter-of", "A quarter of the town lost power."),
    ("three-quarters", "About three-quarters of voters agreed."),
    ("bare-years", "The years of drought ended."),
    ("age", "Mr. Dray, 52 years old, retired."),
    ("rate", "The levy raises $4 million a year and runs four ferries a week."),
    ("two-thousand-count", "More than two thousand people marched."),
    ("award-title", "Ms. Ilse was named Player of the Year."),
    ("programme-title", 'Mr. Vale told the show "This Week" nothing new.'),
    ("half-of-a-game", "The Orvo side led in the first half of the match."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_TIMES], ids=[n[0] for n in NOT_TIMES])
def test_not_a_time(text: str) -> None:
    assert find_times(text, published=PUB) == ()


def test_no_published_keeps_absolute_values_only() -> None:
    found = find_times("On Saturday, March 8, 2014, and on Monday.")
    assert [(t.text, t.value) for t in found] == [("Saturday, March 8, 2014", "2014-03-08"), ("Monday", None)]


def test_anaphora_records_its_anchor() -> None:
    text = "The quake struck on May 4, 2022. Rescuers arrived the next day."
    first, second = find_times(text, published=PUB)
    assert second.value == "2022-05-05"
    assert second.anchor == first.start


def test_month_repeats_year_of_earlier_mention() -> None:
    text = "A coup in July last year ended the talks. Since the July coup, aid has stopped."
    assert [t.value for t in find_times(text, published=PUB)] == ["2023-07", "2023-07"]


def test_interval_and_granularity() -> None:
    t = resolve_time("last July", published=PUB)
    assert t is not None
    assert t.granularity == "month"
    assert t.interval is not None
    assert (t.interval.start, t.interval.end) == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))


def test_resolve_time_whole_string_only() -> None:
    assert resolve_time("the dam opened", published=PUB) is None
    assert resolve_time("  Saturday ", published=PUB) is not None


def test_year_edges_do_not_raise() -> None:
    assert find_times("next year", published=dt.date(9999, 12, 31))[0].value is None
    assert find_times("last week", published=dt.date(1, 1, 1))[0].value is None


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text"):
        find_times(b"March 8")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        find_times("March 8", published="yesterday")
    with pytest.raises(TypeError, match="expression"):
        resolve_time(None)  # type: ignore[arg-type]


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


def test_parser_skips_byline_and_caption_anchors() -> None:
    caption = "FILE - A ferry docks on June 2, 2019."
    body = "\n\nBy Ana Reyes March 2020\n\nThe ferry sank. Divers came the next day."
    text = caption + body
    by_start = text.index("By Ana")
    ctx = Context(
        published=PUB,
        results={"captions": (_Span(0, len(caption)),), "byline": _Span(by_start, by_start + 25)},
    )
    found = TimesParser().parse(Document.from_text(text), ctx)
    assert [t.text for t in found] == ["June 2, 2019", "the next day"]
    assert found[-1].value == "2024-03-19"
    assert found[-1].anchor == "published"


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        find_times(text, published=PUB)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize(
    "unit", ["May may March 2014 Saturday 1,000 ", "1" * 7 + " ", "Sept. ", "the next ", "two weeks ", "'90s "]
)
def test_linear_time(unit: str) -> None:
    small = (unit * (10_000 // len(unit) + 1))[:10_000]
    large = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert _cost(large) < 30 * max(_cost(small), 0.001)


#: (id, text, published, expected value): seasons against a publication date in winter
WINTER_SEASONS = [
    # in January the current season is the winter begun in December: "last fall" is three months back
    ("last-fall-in-january", "Floods hit the Arn valley last fall.", dt.date(2024, 1, 15), "2023-FA"),
    ("last-winter-in-march", "Snow closed the Arn pass last winter.", dt.date(2024, 3, 18), "2023-WI"),
    ("this-summer-in-january", "The Arn ferry returns this summer.", dt.date(2024, 1, 15), "2024-SU"),
    ("next-winter-in-january", "The Arn rink opens next winter.", dt.date(2024, 1, 15), "2024-WI"),
]


@pytest.mark.parametrize(
    ("text", "published", "value"), [c[1:] for c in WINTER_SEASONS], ids=[c[0] for c in WINTER_SEASONS]
)
def test_season_against_a_winter_publication(text: str, published: dt.date, value: str) -> None:
    (t,) = find_times(text, published=published)
    assert t.value == value


@pytest.mark.parametrize(
    "text",
    [
        "é2024 and 2024",
        "café 12 days",
        "the man at 3 p.m. the 1990s about 20 years over 12 people",
        "THE man, The Man, nextJuly, LASTly, NASA",
        "'90s '\u0663 ' x",
        "the 12",
        "at a time, At least two weeks, at  least, past its peak, past Tues. and PAST Fall, past WEEK",
        "12 ",
        "a  week",
        # the words a start word must be followed by ("late March", not "late for"; "a few days", not
        # "a few residents"; "more than 20 years"; "8 of March", not "8 of the 11")
        "late for the vote, late March, early this year, Late '90s, early spring, early-2020s, late 1990",
        "a few residents, A Few Days, a few-day trip, a dozen more years, a few and a half weeks, a couple of days",
        "more than taxes, more than 20 years, at least 8 of the 11, at least 2 1/2 years, less than a week",
        "8 of March, 8 of the 11, 8 of 10, 8 Of March, 8 of\nMarch, 8 of  March",
        # a gated word before a mark or a price; capitals after a start word ("AP" is not "a")
        "good. this, that) about $30, about  $30, the (year), year's end, year-end, mid-1990s, mid1990s",
        "AP, AFP, lastJuly, midMarch, midMorning, ThisMonth, EARLYMarch, LATEmay",
        # numbers skipped by _CANDIDATES itself
        "$30 a week, 2.5 years, 1,500 days, 45% of 12 people, 12 Days, 12 mArch, 8 of x, 2024, a1 week, 3,",
    ],
)
def test_candidate_starts_lose_no_match(text: str) -> None:
    from newsparse.parsers.times import _SCANNER, _matches

    assert [m.span() for m in _matches(text)] == [m.span() for m in _SCANNER.finditer(text)]


def test_families_are_the_scanners_top_level_groups() -> None:
    from newsparse.parsers.times import _FAMILIES, _PATTERN, _START

    alternatives = _PATTERN.replace(_START, "").strip()[len("(?:") : -len(")")].split("\n| ")
    assert [name for name, _ in _FAMILIES] == [alt.split("(?P<", 1)[1].split(">", 1)[0] for alt in alternatives]
