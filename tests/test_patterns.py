"""The pattern building blocks: a word trie matches exactly the words it was built from."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._patterns import spell_out_lists, word_trie

_WORDS = st.lists(st.text(alphabet="abcdeé.-'", min_size=1, max_size=6), min_size=1, max_size=12)
_TEXT = st.text(alphabet="abcdeé.-' ", max_size=40)


@given(_WORDS, _TEXT)
def test_a_trie_matches_the_words_a_named_list_matches(words: list[str], text: str) -> None:
    listed = regex.compile(r"\L<words>(?![a-zé])", words=words)
    spelled = regex.compile(spell_out_lists(r"\L<words>(?![a-zé])", words=words))
    for start in range(len(text) + 1):
        a, b = listed.match(text, start), spelled.match(text, start)
        assert (a and a.span()) == (b and b.span())


@given(_WORDS)
def test_the_trie_is_valid_for_the_standard_library_too(words: list[str]) -> None:
    pattern = re.compile(f"(?:{word_trie(words)})$")
    assert all(pattern.match(word) for word in words)


def test_a_space_inside_a_word_matches_any_white_space() -> None:
    pattern = regex.compile(spell_out_lists(r"\L<cues>", cues=["according to"]))
    assert pattern.match("according\nto") is not None
    assert pattern.match("according") is None


def test_an_unknown_list_name_is_an_error() -> None:
    with pytest.raises(KeyError, match="verbs"):
        spell_out_lists(r"\L<verbs>", cues=["said"])
