"""Reporting periods in earnings stories: "a year earlier", "the year-ago period", "the quarter" and
"the 1988 period" resolve against the period the story reports on (invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.parsers.times import find_times

CASES = [
    (
        # a fiscal fourth quarter: "a year earlier" and "the latest period" follow the quarter named
        "fiscal-fourth-quarter",
        "Orvane Foods reported a 30% drop in fourth-quarter profit. It earned $4 million, or 9 cents a share, "
        "a year earlier. Revenue in the latest period rose 5%.",
        dt.date(2024, 11, 5),
        [("fourth-quarter", "2024-Q4"), ("a year earlier", "2023-Q4"), ("the latest period", "2024-Q4")],
    ),
    (
        # the year so far: "a year earlier" after "the nine months" is the year before
        "nine-months",
        "Kessler Mills earned $2 million in the third quarter. For the nine months, net was $7 million, "
        "compared with $5 million a year earlier.",
        dt.date(2024, 10, 28),
        [("the third quarter", "2024-Q3"), ("nine months", "P9M"), ("a year earlier", "2023")],
    ),
    (
        "year-period-after-nine-months",
        "For the first nine months, Brava Tools earned $12 million, up from $9 million in the 2023 period.",
        dt.date(2024, 10, 28),
        [("the first nine months", "P9M"), ("the 2023 period", "2023")],
    ),
    (
        # a fiscal first quarter reported in October: "the quarter" and "the year-ago quarter" are that one
        "fiscal-first-quarter",
        "Tellan Systems earned $5 million in the fiscal first quarter. Shipments slowed during the quarter, "
        "and sales were below the year-ago quarter.",
        dt.date(2024, 10, 24),
        [("the fiscal first quarter", "2024-Q1"), ("the quarter", "2024-Q1"), ("the year-ago quarter", "2023-Q1")],
    ),
    (
        # the quarter ended July 31 is May to July: the second quarter
        "quarter-ended",
        "In the quarter ended July 31, Corvo Rentals opened four stores.",
        dt.date(2024, 10, 28),
        [("the quarter", "2024-Q2"), ("July 31", "2024-07-31")],
    ),
    (
        # a quarter still ahead ("will cause a fourth-quarter charge") is not the period reported on
        "future-quarter-not-the-period",
        "Marden Insurance posted third-quarter net of $9 million, up from $8 million a year ago. It said the "
        "storm will cause a fourth-quarter charge. Claims rose from a year earlier.",
        dt.date(2024, 11, 1),
        [
            ("third-quarter", "2024-Q3"),
            ("a year ago", "2023-Q3"),
            ("fourth-quarter", "2024-Q4"),
            ("a year earlier", "2023-Q3"),
        ],
    ),
    (
        # a quarter already over is the period reported on, even in a future clause
        "ended-quarter-in-future-clause",
        "Hollin Oil told analysts it expects to post a third-quarter loss. A year earlier it had a profit.",
        dt.date(2025, 1, 10),
        [("third-quarter", "2024-Q3"), ("A year earlier", "2023-Q3")],
    ),
    (
        # a quarter named in passing, with "a", is not the period reported on either
        "indefinite-quarter-not-the-period",
        "Pella Paper said third-quarter profit doubled. After a flat second quarter, costs fell, and charges "
        "were lower than in the year-earlier period.",
        dt.date(2024, 11, 1),
        [("third-quarter", "2024-Q3"), ("second quarter", "2024-Q2"), ("the year-earlier period", "2023-Q3")],
    ),
    (
        # the period compared with, named in full
        "same-period-last-year",
        "Kessa Bank lost $3 million in the third quarter, against a profit in the same period last year. "
        "For the quarter a year ago, its rival Vanta earned $2 million.",
        dt.date(2024, 11, 2),
        [
            ("the third quarter", "2024-Q3"),
            ("the same period last year", "2023-Q3"),
            ("the quarter a year ago", "2023-Q3"),
        ],
    ),
    (
        # "a quarter-century low" names no quarter: "a year earlier" is the year before publication
        "quarter-century",
        "Joblessness in Vell fell to a quarter-century low, and wages were 3% higher than a year earlier.",
        dt.date(2024, 2, 6),
        [("a year earlier", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reporting_period(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_times(text, published=published)]
    assert found == expected


def test_year_earlier_anchor_is_the_period() -> None:
    text = "Ludo Games had a fourth-quarter loss. A year earlier it had a profit."
    quarter, back = find_times(text, published=dt.date(2024, 11, 5))
    assert back.value == "2023-Q4"
    assert back.anchor == quarter.start


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # no verb right before the month: the clause's verb further back decides ("stepped down": past)
        ("Ms. Arvo stepped down as chairman and chief executive in March.", dt.date(2024, 11, 2), "2024-03"),
        ("The Kelmar board moved the end of its accounting year to December.", dt.date(2024, 10, 27), "2023-12"),
    ],
)
def test_month_takes_the_tense_of_its_clause(text: str, published: dt.date, value: str) -> None:
    (month,) = find_times(text, published=published)
    assert month.value == value
