"""Property tests for quotes: generated speakers, verbs and word orders round-trip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import find_quotes

FIRST = st.sampled_from(["Amina", "Bruno", "Chiara", "Dmitri", "Esi", "Farid", "Greta", "Hiro", "Ilse", "Jonas"])
LAST = st.sampled_from(
    ["Okonkwo", "Lindqvist", "Marchetti", "Varga", "Tanaka", "Osei", "Brandt", "Quintero", "Nakamura", "Haddad"]
)
VERB = st.sampled_from(["said", "added", "told reporters", "explained", "warned", "noted", "insisted"])
INVERTIBLE = st.sampled_from(["said", "added", "explained", "noted"])
WORDS = st.lists(
    st.sampled_from(["the", "harbour", "will", "reopen", "soon", "budget", "we", "need", "more", "time", "votes"]),
    min_size=3,
    max_size=12,
)
MARKS = st.sampled_from([("“", "”"), ('"', '"')])


def _statement(words: list[str]) -> str:
    return " ".join(words).capitalize()


@given(st.tuples(FIRST, LAST), st.tuples(VERB, INVERTIBLE), WORDS, MARKS, st.integers(0, 3))
def test_quote_in_any_word_order_is_found_with_its_speaker(
    person: tuple[str, str], verbs: tuple[str, str], words: list[str], marks: tuple[str, str], order: int
) -> None:
    name = " ".join(person)
    verb, inverted_verb = verbs
    said = _statement(words)
    op, cl = marks
    text = [
        f"{op}{said},{cl} {name} {verb}.",  # "A," Jane Doe said.
        f"{op}{said},{cl} {inverted_verb} {name}.",  # "A," said Jane Doe.
        f"{name} {verb}: {op}{said}.{cl}",  # Jane Doe said: "A."
        f"{name} {verb} that {said.lower()}.",  # Jane Doe said that a.
    ][order]
    quotes = find_quotes(text)
    assert len(quotes) == 1, (text, quotes)
    quote = quotes[0]
    assert said.lower() in quote.text.lower()
    assert quote.kind == ("indirect" if order == 3 else "direct")
    assert quote.speaker is not None and quote.speaker.name == name


@given(st.lists(st.tuples(FIRST, LAST, WORDS), min_size=1, max_size=6), MARKS)
def test_n_balanced_attributed_quotes_give_n_quotes(
    items: list[tuple[str, str, list[str]]], marks: tuple[str, str]
) -> None:
    op, cl = marks
    paragraphs = [f"{op}{_statement(words)},{cl} said {first} {last}." for first, last, words in items]
    quotes = find_quotes("\n\n".join(paragraphs))
    assert len(quotes) == len(items)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [f"{first} {last}" for first, last, _ in items]


@given(st.text(alphabet=st.sampled_from(list("“”\"'‘’«» ,.:;—-\nAbc said told according to He She"))))
def test_quote_heavy_text_never_raises_and_offsets_slice(text: str) -> None:
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.cue_start is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
        if quote.speaker is not None and quote.speaker.mention_start is not None:
            assert text[quote.speaker.mention_start : quote.speaker.mention_end] == quote.speaker.mention
        for seg_start, seg_end in quote.segments:
            assert quote.start <= seg_start < seg_end <= quote.end


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.text
