"""Sentence splitting helpers: the fast paths agree with the patterns they stand in for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._sentences import _WORD_BEFORE, _word_before, sentence_spans


def _word_before_by_regex(text: str, start: int, stop_at: int) -> str:
    before = _WORD_BEFORE.search(text, max(start, stop_at - 12), stop_at)
    return before.group() if before is not None and before.end() == stop_at else ""


@given(st.text(st.sampled_from("aZ09. ,-_'\u00e9\u00aa\u0663\u00b2\ue000\n")), st.integers(0, 20), st.integers(0, 20))
def test_word_before_is_what_the_reverse_pattern_finds(text: str, lo: int, length: int) -> None:
    lo = min(lo, len(text))
    stop_at = min(lo + length, len(text))
    assert _word_before(text, lo, stop_at) == _word_before_by_regex(text, lo, stop_at)


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Col. J. Smith met U.S. officials. No. 1 won. She said no. He left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Col. J. Smith met U.S. officials.",
        "No. 1 won.",
        "She said no.",
        "He left.",
    ]
