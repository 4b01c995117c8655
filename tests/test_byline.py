"""Bylines: names kept whole and in proper case, organisations apart, contributor trailers.

Invented people only. New byline shapes go in ``BYLINES`` (text, authors, organisation),
things that must not be read as bylines in ``NOT_BYLINES``, trailers in ``TRAILERS``.
"""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse import Context, Contributor, Document, Pipeline, parse_byline
from newsparse.parsers.byline import BylineParser

# (id, text, authors, organization)
BYLINES: list[tuple[str, str, tuple[str, ...], str | None]] = [
    (
        "ap-block",
        "By TARA BELLOWS and MATTHEW LINDQVIST\nAssociated Press",
        ("Tara Bellows", "Matthew Lindqvist"),
        "Associated Press",
    ),
    (
        "ap-one-line",
        "By TARA BELLOWS and MATTHEW LINDQVIST Associated Press",
        ("Tara Bellows", "Matthew Lindqvist"),
        "Associated Press",
    ),
    ("comma-agency", "By Jane Marlow, Reuters", ("Jane Marlow",), "Reuters"),
    ("ap-writer", "By JOHN SMITHERS, Associated Press Writer", ("John Smithers",), "Associated Press"),
    ("ap-writer-line", "By DALE PRITCHARD\nAssociated Press Writer", ("Dale Pritchard",), "Associated Press"),
    ("pipe", "Jane Marlow | CNN", ("Jane Marlow",), "CNN"),
    ("by-pipe", "By Jane Marlow | CNN", ("Jane Marlow",), "CNN"),
    (
        "two-and-paper",
        "By Jane Marlow and John Roeder, The Washington Post",
        ("Jane Marlow", "John Roeder"),
        "The Washington Post",
    ),
    (
        "three-authors",
        "By Ann Leland, Bob Stroud and Carl Diamante",
        ("Ann Leland", "Bob Stroud", "Carl Diamante"),
        None,
    ),
    (
        "oxford-comma-org",
        "By Ann Leland, Bob Stroud, and Carl Diamante, Bloomberg",
        ("Ann Leland", "Bob Stroud", "Carl Diamante"),
        "Bloomberg",
    ),
    (
        "four-authors",
        "By A. J. Field, Bo Kim, Cy Ross & Di Lund",
        ("A. J. Field", "Bo Kim", "Cy Ross", "Di Lund"),
        None,
    ),
    ("canadian-press", "By Aiyana Redfeather\nThe Canadian Press", ("Aiyana Redfeather",), "The Canadian Press"),
    ("single", "By Colin Maybury", ("Colin Maybury",), None),
    ("capitals", "By ABBY GOODWELL", ("Abby Goodwell",), None),
    ("mc-name", "By MARY MCALLISTER", ("Mary McAllister",), None),
    ("o-name", "By SEAN O'NEIL", ("Sean O'Neil",), None),
    ("particles", "By JUAN DE LA CRUZ", ("Juan de la Cruz",), None),
    ("suffix", "By JOHN SMITHERS JR., Associated Press", ("John Smithers Jr.",), "Associated Press"),
    ("staff-writer", "By Jane Marlow, Staff Writer", ("Jane Marlow",), None),
    ("email-the-author", "By Mary Castellan\nEmail the author", ("Mary Castellan",), None),
    ("date-after", "By Jane Marlow, March 3, 2024", ("Jane Marlow",), None),
    ("published-after-pipe", "By Jane Marlow | Published March 3, 2024", ("Jane Marlow",), None),
    ("organisation-only", "By Reuters Staff", (), "Reuters"),
    ("the-associated-press", "By The Associated Press", (), "The Associated Press"),
    ("all-capitals-line", "BY CHEGE MWANGALE ASSOCIATED PRESS WRITER", ("Chege Mwangale",), "ASSOCIATED PRESS"),
    ("by-colon", "By: Jane Marlow", ("Jane Marlow",), None),
    ("written-by", "Written by Jane Marlow", ("Jane Marlow",), None),
    ("ap-desk-writer", "By JANE MARLOW, AP National Writer", ("Jane Marlow",), "AP"),
    ("agency-chief-correspondent", "By Jane Marlow, Reuters Chief Correspondent", ("Jane Marlow",), "Reuters"),
    ("handle", "By Jane Marlow @jmarlow, CNN", ("Jane Marlow",), "CNN"),
    ("agency-desk", "By Jane Marlow, CNN Business", ("Jane Marlow",), "CNN Business"),
    ("month-names-are-names", "By June Carterby and April Rymer", ("June Carterby", "April Rymer"), None),
    ("updated-stamp", "By Jane Marlow, Updated Monday", ("Jane Marlow",), None),
    ("stamp-same-line", "By JANE MARLOW Updated 3:45 PM EDT, March 3, 2024", ("Jane Marlow",), None),
    ("bullet-stamp", "By Jane Marlow, CNN • Published 5:02 AM EDT", ("Jane Marlow",), "CNN"),
    # Surnames that are also newspaper words: a person, unless a place comes first.
    ("surname-fox", "By Rita Fox and Tom Bellamy, Reuters", ("Rita Fox", "Tom Bellamy"), "Reuters"),
    ("surname-sun", "By Yi Sun", ("Yi Sun",), None),
    ("place-post", "By Jane Marlow\nDenver Post", ("Jane Marlow",), "Denver Post"),
]


@pytest.mark.parametrize(("text", "authors", "organization"), [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_byline_shapes(text: str, authors: tuple[str, ...], organization: str | None) -> None:
    found = parse_byline(text)
    assert found is not None
    assert found.authors == authors
    assert found.organization == organization
    assert text[found.start : found.end] == found.text


def test_byline_span_stops_before_a_non_byline_line() -> None:
    text = "By Mary Castellan\nEmail the author"
    found = parse_byline(text)
    assert found is not None
    assert found.text == "By Mary Castellan"


NOT_BYLINES = [
    ("by-the-time", "By the time the sun rose, the fire was out."),
    ("by-monday", "By Monday, officials said, the road would reopen."),
    ("company", "By AMR Corp, the airline said."),
    ("acronym", "NATO said on Monday that it would send more troops."),
    ("headline", "NIGER ORDERS US TROOPS OUT"),
    ("empty", ""),
    ("by-alone", "By"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_BYLINES], ids=[c[0] for c in NOT_BYLINES])
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


TRAILERS = [
    (
        "reporters-and-editor",
        "Reporting by Tendai Moyo and Peter Sibanda in Harare; Editing by Ruth Obi",
        ("Tendai Moyo", "Peter Sibanda"),
        (("Tendai Moyo", "reporting"), ("Peter Sibanda", "reporting"), ("Ruth Obi", "editing")),
    ),
    (
        "additional-reporting",
        "Reporting by Ama Boateng in Niamey; Additional reporting by Tom Hallett in Paris; Editing by Lee Chandler",
        ("Ama Boateng",),
        (("Ama Boateng", "reporting"), ("Tom Hallett", "additional reporting"), ("Lee Chandler", "editing")),
    ),
    (
        "in-parentheses",
        "(Reporting by Ama Boateng; Writing by Jo Parkes; Editing by Lee Chandler)",
        ("Ama Boateng",),
        (("Ama Boateng", "reporting"), ("Jo Parkes", "writing"), ("Lee Chandler", "editing")),
    ),
    (
        "surname-like-newspaper-word",
        "Reporting by Ama Boateng; Additional reporting by Rita Fox; Editing by Lee Chandler",
        ("Ama Boateng",),
        (("Ama Boateng", "reporting"), ("Rita Fox", "additional reporting"), ("Lee Chandler", "editing")),
    ),
    (
        "writing-only",
        "Writing by Jo Parkes; Editing by Lee Chandler and Mark Heron",
        ("Jo Parkes",),
        (("Jo Parkes", "writing"), ("Lee Chandler", "editing"), ("Mark Heron", "editing")),
    ),
]


@pytest.mark.parametrize(("text", "authors", "contributors"), [c[1:] for c in TRAILERS], ids=[c[0] for c in TRAILERS])
def test_contributor_trailers(text: str, authors: tuple[str, ...], contributors: tuple[tuple[str, str], ...]) -> None:
    found = parse_byline(text)
    assert found is not None
    assert found.authors == authors
    assert found.contributors == tuple(Contributor(name, role) for name, role in contributors)
    assert found.text == text


def test_an_organisation_is_never_an_author() -> None:
    found = parse_byline("By Jane Marlow and Northfield Mining Corp")
    assert found is not None
    assert found.authors == ("Jane Marlow",)


def test_a_trailer_alone_names_no_organisation() -> None:
    found = parse_byline("Reporting by Ama Boateng; Editing by Lee Chandler")
    assert found is not None
    assert found.organization is None


AP_STORY = """Ferry operator adds late boats

A ferry leaves the harbor in Portland, Maine, Friday, May 16, 2025. (AP Photo/Ed Marston)

By MARISOL VEGARA and GRANT HOLLAND
Associated Press

PORTLAND, Maine (AP) — The island ferry will add two late boats this summer, its board decided on Wednesday.
"""

REUTERS_STORY = """Tin refinery halted after leak | Reuters

HARARE, June 12 (Reuters) - A tin refinery was halted for two weeks after a chlorine leak, its owner said on Wednesday.

The gas escaped from a corroded valve, a plant manager told reporters.

Reporting by Tendai Moyo and Peter Sibanda; Editing by Ruth Obi
"""


def test_parser_takes_the_byline_block_across_two_paragraphs() -> None:
    found = BylineParser().parse(Document.from_text(AP_STORY), Context())
    assert found is not None
    assert found.text == "By MARISOL VEGARA and GRANT HOLLAND\nAssociated Press"
    assert AP_STORY[found.start : found.end] == found.text
    assert found.authors == ("Marisol Vegara", "Grant Holland")


def test_parser_takes_a_byline_split_over_two_paragraphs() -> None:
    text = (
        "Headline here\n\nBy Jane Marlow\n\nThe Casco Courier\n\nThe ferry will add boats this summer, the board said."
    )
    found = BylineParser().parse(Document.from_text(text), Context())
    assert found is not None
    assert found.text == "By Jane Marlow\n\nThe Casco Courier"
    assert found.organization == "The Casco Courier"


def test_parser_falls_back_to_the_trailer() -> None:
    found = BylineParser().parse(Document.from_text(REUTERS_STORY), Context())
    assert found is not None
    assert found.text == "Reporting by Tendai Moyo and Peter Sibanda; Editing by Ruth Obi"
    assert found.authors == ("Tendai Moyo", "Peter Sibanda")
    assert found.organization == "Reuters"


def test_byline_keeps_the_trailer_contributors() -> None:
    text = REUTERS_STORY.replace("| Reuters\n\n", "| Reuters\n\nBy Tendai Moyo\n\n")
    found = BylineParser().parse(Document.from_text(text), Context())
    assert found is not None
    assert found.text == "By Tendai Moyo"
    assert found.authors == ("Tendai Moyo",)
    assert Contributor("Ruth Obi", "editing") in found.contributors


def test_editors_alone_are_no_byline() -> None:
    assert parse_byline("Editing by Lee Chandler and Mark Heron") is None


def test_story_without_byline() -> None:
    text = "Storm hits coast\n\nLISBON, August 20 (AFP) - A storm hit the coast on Wednesday, officials said."
    assert BylineParser().parse(Document.from_text(text), Context()) is None


def test_pipeline_puts_the_byline_on_the_article() -> None:
    article = Pipeline((BylineParser(),)).parse(AP_STORY)
    assert article.byline is not None
    assert article.byline.organization == "Associated Press"


def test_bad_argument_names_text() -> None:
    with pytest.raises(TypeError, match="text"):
        parse_byline(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    ["By ", "ABC ", "A, ", "and ", "Reporting by A; ", "| ", "— ", "x" * 50],
    ids=["by", "caps-words", "commas", "ands", "trailer-clauses", "pipes", "dashes", "one-long-word"],
)
def test_linear_time_on_hostile_input(unit: str) -> None:
    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        doc = Document.from_text(text)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            parse_byline(text)
            BylineParser().parse(doc, Context())
            best = min(best, time.perf_counter() - t0)
        return best

    small, large = cost(10_000), cost(100_000)
    assert large < max(small, 1e-4) * 30


#: A story with its byline at the top and a trailer of helpers at the end (invented people).
TOP_BYLINE_STORY = """Mill town votes to reopen bridge

By Jane Harlow

VELMONT, Ohio (Reuters) - The town council of Velmont voted on Monday to reopen the old mill bridge.

"We waited long enough," said council member Tom Birch.

{trailer}
"""

TOP_BYLINE_TRAILERS = [
    (
        "additional-reporting-and-editing",
        "Additional reporting by Rita Okafor and Paul Menz; Editing by Sam Clay",
        (("Rita Okafor", "additional reporting"), ("Paul Menz", "additional reporting"), ("Sam Clay", "editing")),
    ),
    (
        "additional-reporting-alone",
        "Additional reporting by Rita Okafor in Dorrin and Paul Menz",
        (("Rita Okafor", "additional reporting"), ("Paul Menz", "additional reporting")),
    ),
    (
        "reporting-then-editing",
        "Reporting by Rita Okafor; Editing by Sam Clay",
        (("Rita Okafor", "reporting"), ("Sam Clay", "editing")),
    ),
]


@pytest.mark.parametrize(
    ("trailer", "expected"), [c[1:] for c in TOP_BYLINE_TRAILERS], ids=[c[0] for c in TOP_BYLINE_TRAILERS]
)
def test_top_byline_gains_the_trailer_contributors(trailer: str, expected: tuple[tuple[str, str], ...]) -> None:
    article = newsparse.parse(TOP_BYLINE_STORY.format(trailer=trailer))
    assert article.byline is not None
    assert article.byline.text == "By Jane Harlow"
    assert article.byline.authors == ("Jane Harlow",)
    assert tuple((c.name, c.role) for c in article.byline.contributors) == expected
