"""Headlines and page titles: kickers, site names, tickers, case; the headline of a whole story.

Add a new title shape to ``TITLES`` as (id, title, kicker, site name, clean headline).
"""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse import Headline
from newsparse.parsers.headline import headline_case, parse_headline

TITLES = [
    ("reuters-update", "UPDATE 2-Millbrook smelter shut after acid spill | Reuters", "UPDATE 2", "Reuters",
     "Millbrook smelter shut after acid spill"),
    ("exclusive", "EXCLUSIVE-Harbor board weighs ferry sale", "EXCLUSIVE", None, "Harbor board weighs ferry sale"),
    ("corrected-spaced", "CORRECTED - Port Alder council delays vote", "CORRECTED", None,
     "Port Alder council delays vote"),
    ("rpt", "RPT-Grain barges stall on low river", "RPT", None, "Grain barges stall on low river"),
    ("breaking", "BREAKING: Earthquake shakes coastal towns", "BREAKING", None, "Earthquake shakes coastal towns"),
    ("watch", "WATCH: Firefighters rescue stranded hikers", "WATCH", None, "Firefighters rescue stranded hikers"),
    ("live", "LIVE: Millbrook election results", "LIVE", None, "Millbrook election results"),
    ("analysis", "Analysis: Why the central bank waits", "Analysis", None, "Why the central bank waits"),
    ("explainer", "Explainer: What is a junta?", "Explainer", None, "What is a junta?"),
    ("opinion-bar", "Opinion | The case for night trains", "Opinion", None, "The case for night trains"),
    ("bbc", "Harbor town votes on ferry plan - BBC News", None, "BBC News", "Harbor town votes on ferry plan"),
    ("npr", "Harbor town votes on ferry plan : NPR", None, "NPR", "Harbor town votes on ferry plan"),
    ("cnn-prefix", "CNN - Harbor town votes on ferry plan", None, "CNN", "Harbor town votes on ferry plan"),
    ("ap-news", "Harbor town votes on ferry plan | AP News", None, "AP News", "Harbor town votes on ferry plan"),
    ("nyt", "Harbor Town Votes on Ferry Plan - The New York Times", None, "The New York Times",
     "Harbor Town Votes on Ferry Plan"),
    ("wapo", "Harbor town votes on ferry plan — The Washington Post", None, "The Washington Post",
     "Harbor town votes on ferry plan"),
    ("guardian-section", "Harbor town votes on ferry plan | World news | The Guardian", None, "The Guardian",
     "Harbor town votes on ferry plan"),
    ("unknown-paper", "Council backs bike lanes - The Millbrook Herald", None, "The Millbrook Herald",
     "Council backs bike lanes"),
    ("kicker-and-site", "EXCLUSIVE-U.S.-China chip talks stall | Reuters", "EXCLUSIVE", "Reuters",
     "U.S.-China chip talks stall"),
    ("desk-slug", "SOCCER-Millbrook United sack coach", "SOCCER", None, "Millbrook United sack coach"),
    ("all-caps-keeps-slug-word", "GOLF-SWING TIPS FOR WINTER", None, None, "GOLF-SWING TIPS FOR WINTER"),
    ("site-after-colon", "Harbor town votes on ferry plan: NPR", None, "NPR", "Harbor town votes on ferry plan"),
    ("syndicated-title-case-kicker", "Exclusive-US weighs new chip curbs", "Exclusive", None,
     "US weighs new chip curbs"),
    ("title-case-word-before-hyphen", "Focus-group study splits voters", None, None, "Focus-group study splits voters"),
    ("hyphen-inside", "Self-driving buses start trial in Millbrook", None, None,
     "Self-driving buses start trial in Millbrook"),
    ("colon-inside", "Tesla: the company that rewired Detroit", None, None, "Tesla: the company that rewired Detroit"),
    ("comma-title", "Korana, Vell Talks Stall After Council Recalls Envoys", None, None,
     "Korana, Vell Talks Stall After Council Recalls Envoys"),
    ("spaced-dash-inside", "Harbor board - and its critics - meet again", None, None,
     "Harbor board - and its critics - meet again"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "kicker", "site", "clean"), [t[1:] for t in TITLES], ids=[t[0] for t in TITLES])
def test_titles(title: str, kicker: str | None, site: str | None, clean: str) -> None:
    headline = parse_headline(title)
    assert (headline.kicker, headline.site_name, headline.clean) == (kicker, site, clean)
    assert (headline.start, headline.end, headline.text) == (0, len(title), title)


def test_tickers_are_kept_out_of_clean() -> None:
    headline = parse_headline("MILLBROOK OIL <MBO> TO FORM FINANCE UNIT")
    assert headline.clean == "MILLBROOK OIL TO FORM FINANCE UNIT"
    assert headline.tickers == ("MBO",)
    assert headline.case == "upper"


CASES = [
    ("title", "Millbrook Unveils First of 9 New Harbour Reading Rooms", "title"),
    ("title-small-words", "Harbour Board to Run Night Ferries After Commuters Ask for More", "title"),
    ("sentence", "Flooded quay in Millbrook opens again to trawlers", "sentence"),
    ("sentence-proper-nouns", "Millbrook mayor meets Governor Ross in Salem", "sentence"),
    ("upper", "EARLY THAW FLOODS LOW-LYING FIELDS IN KORANA", "upper"),
    ("lower", "why the ferry runs late", "lower"),
    ("mixed-first-lower", "ferry to Add Trips", "mixed"),
    ("opens-with-number-sentence", "12 dead as storm hits Millbrook", "sentence"),
    ("opens-with-number-title", "12 Dead as Storm Hits Millbrook", "title"),
]


@pytest.mark.parametrize(("text", "case"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_case(text: str, case: str) -> None:
    assert headline_case(text) == case
    assert parse_headline(text).case == case


STORIES = [
    ("headline", "Harbor town weighs new ferry schedule\n\nPORT ALDER, Wash. (AP) — The board met.", True),
    ("single-newline", "Cork bike scheme to double\nBy Aoife Lynch\nCORK, Ireland — The city said.", True),
    ("starts-with-body", "The ferry board said Thursday it will add sailings.\n\nIt meets again in May.", False),
    ("starts-with-dateline", "PORT ALDER, Wash. (AP) — The board met Thursday.\n\nMore text.", False),
    ("dateline-line-alone", "NAIROBI, Kenya (AP) _\n\nThe board met Thursday.", False),
    ("starts-with-byline", "By JONAS PRYOR\n\nThe board met Thursday.", False),
    ("starts-with-caption", "FILE - Commuters board a ferry in Port Alder, Wash., Sept. 9, 2021.\n\nBody.", False),
    ("one-word", "Advertisement\n\nThe board met Thursday.", False),
]


@pytest.mark.parametrize(("text", "found"), [s[1:] for s in STORIES], ids=[s[0] for s in STORIES])
def test_headline_of_a_story(text: str, found: bool) -> None:
    headline = newsparse.parse(text).headline
    assert (headline is not None) == found
    if headline is not None:
        assert text[headline.start : headline.end] == headline.text
        assert "\n" not in headline.text


@pytest.mark.parametrize("text", ["", " ", "|", " - ", "<>", "UPDATE 2-", "Reuters", ": NPR", "\n|\n"])
def test_never_raises(text: str) -> None:
    headline = parse_headline(text)
    assert isinstance(headline, Headline)
    assert text[headline.start : headline.end] == headline.text


def test_bad_argument() -> None:
    with pytest.raises(TypeError, match="text"):
        parse_headline(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("unit", ["|", " - ", "Capital ", "<A> ", "UPDATE-", ": ", "a"])
def test_linear_time(unit: str) -> None:
    def cost(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        start = time.perf_counter()
        parse_headline(text)
        return time.perf_counter() - start

    cost(10_000)  # warm up
    assert cost(100_000) < 30 * cost(10_000) + 0.05
