"""Values of relative expressions that have no date to give (invented events)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.parsers.times import find_times

PUB = dt.date(2024, 11, 2)


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
