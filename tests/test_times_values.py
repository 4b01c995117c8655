"""Values of relative expressions that have no date to give (invented events)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.parsers.times import find_times, resolve_time

PUB = dt.date(2024, 11, 2)


def _found(text: str) -> list[tuple[str, str | None]]:
    """The (text, value) of each expression found in *text*, published on :data:`PUB`."""
    return [(t.text, t.value) for t in find_times(text, published=PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "later"/"earlier" with a vague count or a clock unit: the stretch between the events
        ("A few days later, the Orvo council resigned.", ("A few days later", "DURATION", "PXD")),
        ("Firefighters reached the Kell mill over an hour later.", ("over an hour later", "DURATION", "PT1H")),
        ("Two hours earlier, the Brannock dam had cracked.", ("Two hours earlier", "DURATION", "PT2H")),
        # a whole count of days still gives the day, from the last date named (or publication)
        ("Three days later the Vell bridge reopened.", ("Three days later", "DATE", "2024-11-05")),
    ],
)
def test_later_earlier(text: str, expected: tuple[str, str, str]) -> None:
    (t,) = find_times(text, published=PUB)
    assert (t.text, str(t.type), t.value) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "had been due to": a plan in the past, the day gone by
        ("The Orvo bid, now extended to Nov. 16, had been due to expire Friday evening.", "2024-10-25TEV"),
        ("The Orvo bid is due to expire Friday evening.", "2024-11-01TEV"),
    ],
)
def test_past_perfect_plan_is_past(text: str, value: str) -> None:
    friday = [t for t in find_times(text, published=dt.date(2024, 10, 28)) if t.text == "Friday evening"]
    assert [t.value for t in friday] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # looking back from the story's now: the current year
        ("Kell Mills said sales slowed earlier in the year.", [("earlier in the year", "2024")]),
        # "later in the year" after a date: that date's year
        (
            "The Orvo plant opened in March 2019. Later in the year it closed.",
            [("March 2019", "2019-03"), ("Later in the year", "2019")],
        ),
        # a day: the last day named
        (
            "On Tuesday the Vell dam cracked. Earlier in the day, rain fell.",
            [("Tuesday", "2024-10-22"), ("Earlier in the day", "2024-10-22")],
        ),
    ],
)
def test_earlier_later_in_the_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, published=dt.date(2024, 10, 25))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half a unit after the unit
        ("The Orvo hearing lasted an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
        ("Talks on the Vell dam took a year and a half.", [("a year and a half", "DURATION", "P1Y6M")]),
        ("The Kell strike lasted a week and a half.", [("a week and a half", "DURATION", "P10DT12H")]),
        ("Orvo ruled for a decade and a half.", [("a decade and a half", "DURATION", "P15Y")]),
        ("THE HEARING LASTED AN HOUR AND A HALF.", [("AN HOUR AND A HALF", "DURATION", "PT1H30M")]),
        ("A minute and a half later, the Kell siren stopped.", [("A minute and a half later", "DURATION", "PT1M30S")]),
        # days of a calendar of their own are days all the same
        ("Shares of Brannock Foods fell for eight trading days.", [("eight trading days", "DURATION", "P8D")]),
        ("Orvo must answer within three business days.", [("three business days", "DURATION", "P3D")]),
        # a stretch of time as an adjective
        ("The Vell council ended its day-long session.", [("day-long", "DURATION", "P1D")]),
        ("The Kell mill strike was weeks-long.", [("weeks-long", "DURATION", "PXW")]),
        ("A weeks-long strike shut the Kell mill.", [("weeks-long", "DURATION", "PXW")]),
        ("Orvo opened a two-year-long inquiry.", [("two-year-long", "DURATION", "P2Y")]),
        ("An hour-long speech opened the Brannock fair.", [("hour-long", "DURATION", "PT1H")]),
        # plural units alone after a preposition
        ("The Vell abbey stood for centuries.", [("centuries", "DURATION", "PXCE")]),
        ("The Kell fire spread within minutes.", [("minutes", "DURATION", "PTXM")]),
        # but the minutes of a meeting are its record
        ("The Orvo board said in minutes of the meeting that it would sell.", []),
        # a year or decade with "pre-", "post-"
        ("Orvo exports are back at pre-2019 levels.", [("pre-2019", "DATE", "2019")]),
        ("Post-1990s Vell grew fast.", [("Post-1990s", "DATE", "199")]),
    ],
)
def test_units_in_other_word_orders(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, str(t.type), t.value) for t in find_times(text, published=PUB)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock hour with the part of the day in words
        ("The Orvo ferry will leave at 4 in the morning.", [("4 in the morning", "2024-11-02T04:00")]),
        ("The Vell market opens at 6 in the evening.", [("6 in the evening", "2024-11-02T18:00")]),
        ("Shots were heard at 10 at night.", [("10 at night", "2024-11-02T22:00")]),
        ("The Kell bakery starts at 2 at night.", [("2 at night", "2024-11-02T02:00")]),
    ],
)
def test_clock_hour_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second day of the same month is a date of its own, with the first one's year
        (
            "The Orvo summit will be held on Nov. 14 and 15.",
            [("Nov. 14", "2024-11-14"), ("15", "2024-11-15")],
        ),
        ("Voting in Vell ran March 3-4, 2021.", [("March 3", "2021-03-03"), ("4, 2021", "2021-03-04")]),
        ("The Kell fair runs Dec. 5 to 7.", [("Dec. 5", "2024-12-05"), ("7", "2024-12-07")]),
        # a smaller second day is in the next month; one that does not exist has no value
        ("The Kell fair ran Oct. 30 to 2.", [("Oct. 30", "2024-10-30"), ("2", "2024-11-02")]),
        ("The Vell fair ran Feb. 28 and 29, 2023.", [("Feb. 28", "2023-02-28"), ("29, 2023", None)]),
        # not a second day: a count of things, a clock time, a percentage, a decimal, a day of another month
        ("Police said on Oct. 5 and 6 Orvo guards were hurt.", [("Oct. 5", "2024-10-05")]),
        ("On June 1 and 2 million people voted in Vell.", [("June 1", "2024-06-01")]),
        ("The vote is on Nov. 3 and 4 PM is the deadline.", [("Nov. 3", "2024-11-03")]),
        (
            "The storm hit Kell on Oct. 3 and 4 in the morning it was gone.",
            [("Oct. 3", "2024-10-03"), ("4 in the morning", "2024-10-03T04:00")],
        ),
        ("The Orvo bank raised its rate on Oct. 3 to 5.5 percent.", [("Oct. 3", "2024-10-03")]),
        ("The Kell meeting of May 30 to 2 June.", [("May 30", "2024-05-30"), ("2 June", "2024-06-02")]),
        ("Polls close Nov. 5 and 8 p.m. counts begin.", [("Nov. 5", "2024-11-05"), ("8 p.m.", "2024-11-05T20:00")]),
        ("Orvo sales rose Oct. 3 and 4 percent in all.", [("Oct. 3", "2024-10-03")]),
        (
            "KELL, Oct. 19 - 26 weeks ended Sept. 28",
            [("Oct. 19", "2024-10-19"), ("26 weeks", "P26W"), ("Sept. 28", "2024-09-28")],
        ),
    ],
)
def test_second_day_of_a_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    times = find_times(text, published=PUB)
    assert [(t.text, t.value) for t in times] == expected
    assert all(text[t.start : t.end] == t.text for t in times)


def test_second_day_without_a_publication_date_is_still_found() -> None:
    times = find_times("Talks on the Orvo dam were held on April 24 and 25 in Vell.")
    assert [(t.text, t.value) for t in times] == [("April 24", None), ("25", None)]


def test_two_days_are_not_one_expression() -> None:
    assert resolve_time("April 24 and 25", published=PUB) is None
    assert resolve_time("May 3-4, 2020", published=PUB) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper, not a set: "daily" before a name or a possessive
        ("The Communist Party daily Vell Banner reported the fire.", []),
        ("The daily's editor, Ama Orvo, resigned.", []),
        ("The Kell ferry sails daily.", [("daily", "P1D")]),
        ("Orvo Air will fly three daily Vell flights.", [("daily", "P1D")]),
        (
            "The Kell museum is open daily Monday through Friday.",
            [("daily", "P1D"), ("Monday", "2024-11-04"), ("Friday", "2024-11-01")],
        ),
        # a name ending in "Today" after a word in capitals
        ("Orvo told USA Today on Monday that she would run.", [("Monday", "2024-10-28")]),
        ("Today, the Orvo council voted.", [("Today", "2024-11-02")]),
        ("A USA TODAY survey of Vell voters found a split.", []),
        ("The IMF Today released its Orvo outlook.", [("Today", "2024-11-02")]),
    ],
)
def test_words_that_name_a_paper(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_plans_as_a_noun_do_not_make_a_clause_future() -> None:
    # "vacation plans for the trip" is a noun: the past verb after it decides
    text = "On Friday, when Orvo set aside vacation plans for the trip, the ministry lifted a warning."
    (friday,) = find_times(text, published=dt.date(2024, 10, 28))
    assert friday.value == "2024-10-25"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orvo hearing is set for the week of Nov. 18.", [("the week of Nov. 18", "2024-W47", "week")]),
        ("During the week of Oct. 12, 2020, Vell sales rose.", [("the week of Oct. 12, 2020", "2020-W42", "week")]),
        (
            "Kell sales rose in a week of rain on Oct. 12.",
            [("a week", "P1W", "week"), ("Oct. 12", "2024-10-12", "day")],
        ),
    ],
)
def test_the_week_of_a_date(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t.text, t.value, t.granularity) for t in find_times(text, published=PUB)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a function word that begins the sentence is a year
        ("The 2019 Orvo law was repealed.", [("2019", "2019")]),
        ("That 1978 resolution still binds Vell.", [("1978", "1978")]),
        ("Its 2021 report on Kell said little.", [("2021", "2021")]),
        # but not after a word that counts: "About 1500 attended"
        ("About 1500 attended the Orvo rally.", []),
        ("Members of Local 1199 voted in Kell.", []),
        ("But 2016 was a poor year for Vell.", [("2016", "2016")]),
        # after another capitalised word it is part of a name
        ("Flintlock 2014 drew troops to Orvo.", []),
        # before a time zone it is a 24-hour clock time, not a year
        ("At 1200 GMT the Vell pound was steady.", [("1200 GMT", "2024-11-02T12:00")]),
        ("Kell shares fell at 1456 local time.", [("1456 local time", "2024-11-02T14:56")]),
        ("The Orvo blast occurred at 14:30 GMT on Sunday.", [("14:30 GMT on Sunday", "2024-10-27T14:30")]),
        ("The Vell jet left at 0745 GMT.", [("0745 GMT", "2024-11-02T07:45")]),
        ("The Kell meeting starts at 10:30.", []),
    ],
)
def test_year_after_a_capitalised_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time's date keeps its year
        ("The Orvo offer expires at midnight on Dec. 31, 2025.", [("midnight on Dec. 31, 2025", "2025-12-31T24:00")]),
        ("Bids close at 5 p.m. EST, Nov. 6, 2023.", [("5 p.m. EST, Nov. 6, 2023", "2023-11-06T17:00")]),
        # "that evening", "that afternoon": the day last named
        (
            "The Kell dam cracked on Oct. 30. Later that evening, crews arrived.",
            [("Oct. 30", "2024-10-30"), ("that evening", "2024-10-30")],
        ),
    ],
)
def test_clock_dates_and_parts_of_a_named_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They married in the summer of '68.", [("the summer of '68", "1968-SU")]),
        ("In June \u201999 the Orvo mill shut.", [("June \u201999", "1999-06")]),
        ("The '90s boom passed Kell by.", [("The '90s", "199")]),
    ],
)
def test_years_in_two_digits(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # holidays counted from Thanksgiving, and fixed ones
        ("Orvo stores were packed on Black Friday.", [("Black Friday", "2023-11-24")]),
        ("Kell retailers expect record sales on Black Friday.", [("Black Friday", "2024-11-29")]),
        ("Vell's Cyber Monday sales hit a record.", [("Cyber Monday", "2024-12-02")]),
        ("Workers marched in Orvo on May Day.", [("May Day", "2024-05-01")]),
        ("The Kell parade was held on St. Patrick's Day.", [("St. Patrick's Day", "2024-03-17")]),
        # a clock time before a month-day in a future clause looks ahead
        ("The Vell ceremony will take place at 11 a.m. on Nov. 11.", [("11 a.m. on Nov. 11", "2024-11-11T11:00")]),
        # rates are no times, after "million" too; a weekday before a newspaper's word is its name
        ("The Orvo airport handles 40 million passengers a year.", []),
        ("The Sunday Times reported the Kell deal on Friday.", [("Friday", "2024-11-01")]),
    ],
)
def test_named_days_rates_and_papers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prior year's loss at Orvo was $4 million.", [("The prior year", "2023")]),
        ("Prior to the Vell vote, talks stalled.", []),
        (
            "Kell earnings for the second quarter of fiscal 2024 beat estimates.",
            [("the second quarter of fiscal 2024", "2024-Q2")],
        ),
        ("The Orvo treaty was signed in the late 19th century.", [("the late 19th century", "18")]),
        ("The Vell market opens every other week.", [("every other week", "P2W")]),
        ("Kell jobless claims fell for 11 consecutive months.", [("11 consecutive months", "P11M")]),
        ("Orvo shares rose three straight days.", [("three straight days", "P3D")]),
        ("The price must hold for 20 consecutive trading days.", [("20 consecutive trading days", "P20D")]),
        ("The Vell team won three straight games.", []),
    ],
)
def test_more_periods_and_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # text in capitals: month and weekday names in capitals are names all the same
        ("ON SUNDAY, VOTERS IN VELL WERE ASKED TO CHOOSE A MAYOR.", [("SUNDAY", "2024-10-27")]),
        ("POLICE SAY 12 KILLED IN OCTOBER 14 BLAST IN ORVO", [("OCTOBER 14", "2024-10-14")]),
        # "MAY" and "MARCH" alone only after a preposition
        ("KELL POLICE MAY ACT IN MAY", [("MAY", "2024-05")]),
        ("THE MARCH THROUGH ORVO WAS PEACEFUL", []),
    ],
)
def test_text_in_capitals(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orvo council's 2024-2028 plan was approved.", [("2024", "2024"), ("2028", "2028")]),
        ("Kell lost money in the 2022-23 season.", [("2022", "2022"), ("23", "2023")]),
        ("Vell's fiscal 2024/25 budget passed.", [("fiscal 2024", "2024"), ("25", "2025")]),
        ("The 1999-00 season ended early.", [("1999", "1999"), ("00", "2000")]),
        # no range: a month after the year, a count after the range
        ("Orvo figures for 2024-03 were revised.", [("2024", "2024")]),
        ("Kell sent 2014-15 troops.", []),
    ],
)
def test_ranges_of_years(text: str, expected: list[tuple[str, str]]) -> None:
    times = find_times(text, published=PUB)
    assert [(t.text, t.value) for t in times] == expected
    assert all(text[t.start : t.end] == t.text for t in times)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day-month ranges: the first day is a date of its own, in the month and year of the second
        ("Floods on 3-4 Oct. displaced 5,000 people in Vell.", [("3", "2024-10-03"), ("4 Oct.", "2024-10-04")]),
        ("The Orvo summit was held from 12 to 14 June 2023.", [("12", "2023-06-12"), ("14 June 2023", "2023-06-14")]),
        ("Kell voted on 30 Sept. and 1 October.", [("30 Sept.", "2024-09-30"), ("1 October", "2024-10-01")]),
        ("The Vell fair ran 30 to 2 October 2023.", [("30", "2023-09-30"), ("2 October 2023", "2023-10-02")]),
    ],
)
def test_day_month_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    times = find_times(text, published=PUB)
    assert [(t.text, t.value) for t in times] == expected
    assert all(text[t.start : t.end] == t.text for t in times)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the financial abbreviations
        ("Orvo Mining's Q3 profit jumped.", [("Q3", "2024-Q3")]),
        ("Kell's Q4 2023 sales fell.", [("Q4 2023", "2023-Q4")]),
        ("Vell sales climbed in H2 2023.", [("H2 2023", "2023-H2")]),
        ("Orvo revenue for FY2023 rose.", [("FY2023", "2023")]),
        ("The Q&A session with H. W. Orvo ran late.", []),
    ],
)
def test_financial_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers that are no times or ranges
        ("As Orvo 14:30 says, the meek will inherit.", []),
        ("Vell won the 5,000 meters in 14:32.15.", []),
        ("Kell population: 1,234 (2019 est.)", [("2019", "2019")]),
        ("Orvo beat Kell 2-1 March 3.", [("March 3", "2025-03-03")]),
        ("The Vell vote was 5-3 March 12.", [("March 12", "2024-03-12")]),
        ("Floods on 3\u20134 Oct. hit Vell.", [("3", "2024-10-03"), ("4 Oct.", "2024-10-04")]),
        ("WORKERS TO MARCH ON ORVO", []),
        ("VELL MAYOR MAY OR MAY NOT RUN", []),
        ("The Audi Q3 and Kell's Q4 results", [("Q4", "2024-Q4")]),
        ("On Sunday Times Square in Orvo was crowded.", [("Sunday", "2024-10-27")]),
        ("The Week of Nov. 18 is busy in Kell.", [("The Week of Nov. 18", "2024-W47")]),
        ("Vell elections are in May\nDay laborers protest.", [("May", "2024-05")]),
        # "the prior year" counts from the story's year, like "the previous year"
        ("In 2019 Orvo sales rose, up from the prior year.", [("2019", "2019"), ("the prior year", "2018")]),
    ],
)
def test_review_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_ranges_are_not_one_expression() -> None:
    assert resolve_time("3-4 March", published=PUB) is None
    assert resolve_time("2024-2028", published=PUB) is None
