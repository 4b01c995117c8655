"""Hypothesis round trips: a headline with a generated kicker and site name parses back to the same clean headline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parsers.headline import parse_headline
from newsparse.vocab.headlines import LABEL_KICKERS, WIRE_KICKERS

# Words a headline is made of, including the hyphens, dashes and colons that belong to it.
FIRST_WORDS = ["Harbor", "Millbrook", "U.S.-China", "Self-driving", "Tesla:", "Niger,", "Farmers", "Council", "Why"]
WORDS = [
    "board", "weighs", "ferry", "sale", "after", "storm", "Port", "Alder", "self-driving", "buses", "U.S.-Mexico",
    "talks", "stall", "the", "company", "that", "rewired", "Detroit", "in", "of", "to", "Relations", "Uncertain",
    "year-end", "rally", "fades", "$40", "million", "2026", "Troop", "Departure", "as", "prices", "rise",
]  # fmt: skip

clean_headlines = st.builds(
    lambda first, rest: " ".join([first, *rest]),
    st.sampled_from(FIRST_WORDS),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
)
# (rendered kicker prefix, kicker)
kickers = st.one_of(
    st.just(("", None)),
    st.builds(
        lambda word, number: (f"{word}{f' {number}' if number else ''}-", f"{word}{f' {number}' if number else ''}"),
        st.sampled_from(["UPDATE", "EXCLUSIVE", "CORRECTED", "RPT", "REFILE", "INSIGHT"]),
        st.sampled_from([None, 1, 2, 3]).filter(lambda n: True),
    ),
    st.sampled_from(["BREAKING", "WATCH", "LIVE", "Analysis", "Explainer", "Opinion"]).flatmap(
        lambda word: st.sampled_from([(f"{word}: ", word), (f"{word} | ", word)])
    ),
)
# (rendered site suffix or prefix, site name, is prefix)
sites = st.sampled_from(
    [
        ("", None, False),
        (" | Reuters", "Reuters", False),
        (" - BBC News", "BBC News", False),
        (" : NPR", "NPR", False),
        (" | AP News", "AP News", False),
        (" - The New York Times", "The New York Times", False),
        (" — The Washington Post", "The Washington Post", False),
        (" | The Millbrook Herald", "The Millbrook Herald", False),
        ("CNN - ", "CNN", True),
    ]
)


@given(clean=clean_headlines, kicker=kickers, site=sites)
def test_headline_round_trip(clean: str, kicker: tuple[str, str | None], site: tuple[str, str | None, bool]) -> None:
    prefix, kicker_name = kicker
    rendered, site_name, is_prefix = site
    text = f"{rendered}{prefix}{clean}" if is_prefix else f"{prefix}{clean}{rendered}"
    headline = parse_headline(text)
    assert headline.clean == clean
    assert headline.kicker == kicker_name
    assert headline.site_name == site_name
    assert (headline.start, headline.end) == (0, len(text))


@given(clean=clean_headlines)
def test_headline_alone_is_its_own_clean(clean: str) -> None:
    headline = parse_headline(clean)
    assert (headline.clean, headline.kicker, headline.site_name) == (clean, None, None)


@given(st.text(max_size=200))
def test_never_raises_and_offsets_hold(text: str) -> None:
    headline = parse_headline(text)
    assert text[headline.start : headline.end] == headline.text
    assert headline.case in {"title", "sentence", "upper", "lower", "mixed"}


def test_kicker_tables_are_case_folded() -> None:
    assert all(word == word.casefold() for word in WIRE_KICKERS | LABEL_KICKERS)
