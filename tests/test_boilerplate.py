"""Boilerplate paragraphs: page furniture and a press release's closing block come out as ``other``.

Each story below is invented. ``CLOSING_BLOCKS`` holds press releases whose tail is furniture;
``NOT_CLOSING`` holds stories whose late paragraphs look a little like it but are story text.
"""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse import Context, Document
from newsparse._casing import proper_case
from newsparse.parsers.boilerplate import BoilerplateParser

RELEASE = """Brightwell Tools reports record quarter

CINDERFORD, Ore., May 16, 2024 /PRNewswire/ -- Brightwell Tools Inc. said on Thursday its quarterly revenue rose 12%.

The company opened two plants in the quarter and hired 140 workers.

"This was our best quarter," said chief executive Mara Quill.

{tail}
"""

# (id, closing block, the first paragraph of the block)
CLOSING_BLOCKS = [
    (
        "about-company-then-contact",
        "About Brightwell Tools\n\nBrightwell Tools makes hand tools for builders and is based in Cinderford."
        "\n\nMedia contact:\nLea Pond, lea@example.com\n\n###",
        "About Brightwell Tools",
    ),
    (
        "about-heading-with-profile-in-one-paragraph",
        "About Brightwell Tools Inc.\nBrightwell Tools Inc. is a maker of hand tools based in Cinderford.",
        "About Brightwell Tools Inc.",
    ),
    (
        "forward-looking-statements",
        "Forward-Looking Statements\n\nThis release contains forward-looking statements that involve risks."
        "\n\nInvestors should not rely on them.",
        "Forward-Looking Statements",
    ),
    (
        "end-marker",
        "###\n\nBrightwell Tools is a registered trademark of Brightwell Tools Inc.",
        "###",
    ),
]


@pytest.mark.parametrize(("tail", "first"), [c[1:] for c in CLOSING_BLOCKS], ids=[c[0] for c in CLOSING_BLOCKS])
def test_a_press_release_closing_block_is_other(tail: str, first: str) -> None:
    article = newsparse.parse(RELEASE.format(tail=tail))
    roles = [(p.text.split("\n")[0], p.role) for p in article.paragraphs]
    index = next(i for i, (head, _) in enumerate(roles) if head == first)
    assert all(role == "other" for _, role in roles[index:]), roles
    assert all(role != "other" for _, role in roles[:index]), roles
    assert any("This was our best quarter" in q.text for q in article.quotes)


STORY = """Council backs new library

DORRIN — The town council voted on Tuesday to build a library on the old market site.

The vote was 7-2 after a long debate about the cost.

{tail}
"""

# (id, late paragraphs that stay story text)
NOT_CLOSING = [
    (
        "about-as-a-sentence",
        "About 200 people attended the meeting, which ran past midnight.",
    ),
    (
        "about-heading-not-describing-its-name",
        "About the vote\n\nCouncil members who opposed it cited the budget.",
    ),
    (
        "forward-looking-in-a-sentence",
        "The mayor called the plan forward-looking and said building would start next year.",
    ),
]


@pytest.mark.parametrize("tail", [c[1] for c in NOT_CLOSING], ids=[c[0] for c in NOT_CLOSING])
def test_late_story_paragraphs_are_not_a_closing_block(tail: str) -> None:
    article = newsparse.parse(STORY.format(tail=tail))
    assert all(p.role != "other" for p in article.paragraphs), [(p.text[:30], p.role) for p in article.paragraphs]


def test_a_closing_heading_opening_the_story_marks_nothing() -> None:
    text = "###\n\nDORRIN — The town council voted on Tuesday to build a library.\n\nThe vote was 7-2."
    article = newsparse.parse(text)
    assert all(p.role != "other" for p in article.paragraphs if p.text != "###")


# Hostile units: whole texts of headings, profiles and contact lines, repeated.
HOSTILE_UNITS = [
    ("about-headings", "About Alpha Bravo\n\n"),
    ("about-and-profile", "About Alpha\n\nAlpha is a maker of things.\n\n"),
    ("closing-headings", "Forward-looking statements\n\n###\n\n"),
    ("contact-lines", "Media contact:\nLea Pond, lea@example.com, +1 555 0100\n"),
    ("copyright-words", "Copyright All rights reserved contributed to this report "),
]


@pytest.mark.parametrize("unit", [u[1] for u in HOSTILE_UNITS], ids=[u[0] for u in HOSTILE_UNITS])
def test_boilerplate_cost_grows_linearly(unit: str) -> None:
    parser = BoilerplateParser()

    def cost(size: int) -> float:
        doc = Document.from_text((unit * (size // len(unit) + 1))[:size])
        best = float("inf")
        for _ in range(3):
            t0 = time.thread_time()
            parser.parse(doc, Context())
            best = min(best, time.thread_time() - t0)
        return best

    assert cost(100_000) < 30 * cost(10_000) + 0.02


@pytest.mark.parametrize("unit", ["Claire VOSSEN ", "Jean-Luc LE-GALL D'ARCY ", "Ab CD-", "Ab C'D "])
def test_proper_case_cost_grows_linearly(unit: str) -> None:
    def cost(size: int) -> float:
        name = (unit * (size // len(unit) + 1))[:size]
        best = float("inf")
        for _ in range(3):
            t0 = time.thread_time()
            proper_case(name)
            best = min(best, time.thread_time() - t0)
        return best

    assert cost(100_000) < 30 * cost(10_000) + 0.02
