"""Quote attribution rules added for direct and partial quotes (invented stories, invented people)."""

from __future__ import annotations

from newsparse import find_quotes


def _by_text(text: str, needle: str):
    found = [q for q in find_quotes(text) if needle in q.text]
    assert len(found) == 1, [q.text for q in find_quotes(text)]
    return found[0]


def test_participle_after_group_subject_with_plain_verb() -> None:
    text = (
        "In March, two regional fishing unions granted the Brackwater ferry line a delay on its fuel levy, "
        'saying its "cash reserves were thinner than anyone expected."'
    )
    quote = _by_text(text, "cash reserves")
    assert quote.kind == "partial"
    assert quote.cue == "saying"
    assert quote.speaker is not None
    assert quote.speaker.mention == "two regional fishing unions"


def test_group_subject_needs_a_group_noun() -> None:
    # "harbour" is no group that speaks: the participle finds no speaker here.
    text = 'The old harbour was closed for a week, saying more about the budget than "any report could."'
    assert find_quotes(text) == ()
