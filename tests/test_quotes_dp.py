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


def test_quote_after_that_clause_is_no_resumption() -> None:
    # The second "said" has its own that-clause: the whole statement is Voss's, not "he"'s.
    text = (
        "Retired Adm. Carla Voss said Senator Ode was “entirely correct” when he said Monday night "
        "that under the governor, “the harbour has been left to rot.”"
    )
    quote = _by_text(text, "entirely correct")
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.name == "Carla Voss"


def test_quotation_resuming_after_attribution_still_joins() -> None:
    text = "“The ferry will run,” Mayor Tilde Brenner said, but “not before the pier is rebuilt.”"
    quote = _by_text(text, "The ferry will run")
    assert "not before the pier" in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Tilde Brenner"


def test_participle_after_fronted_adjunct_without_comma() -> None:
    text = "On Friday they released the audit of the toll bridge by announcing that its books were “in order.”"
    quote = _by_text(text, "in order")
    assert quote.kind == "partial"
    assert quote.cue == "announcing"
    assert quote.speaker is not None and quote.speaker.mention == "they"


def test_double_attribution_leaves_the_next_quotation_its_own() -> None:
    text = (
        "Brenner said she felt the ferry levy was worth fighting because “most riders never see the bill,” "
        "she said. “We cannot fix a cost nobody can see.”"
    )
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["partial", "direct"]
    first, second = quotes
    assert first.text.startswith("she felt the ferry levy")
    assert first.speaker is not None and first.speaker.mention == "Brenner"
    assert second.text.startswith("We cannot fix")
    assert second.speaker is not None and second.speaker.mention == "she"


def test_split_quotation_with_one_attribution_stays_one_quote() -> None:
    quotes = find_quotes("“The pier is unsafe,” she said. “We will close it on Monday.”")
    assert len(quotes) == 1
    assert len(quotes[0].segments) == 2


def test_pronoun_after_fronted_time_without_comma() -> None:
    quote = _by_text("On Tuesday she said the ferry timetable was “beyond repair.”", "beyond repair")
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.mention == "she"
    quote = _by_text("In 2019 they said the toll would fall.", "toll would fall")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.mention == "they"


def test_pronoun_after_a_noun_is_still_no_speaker() -> None:
    # "The audit he said was late": a reduced relative clause, not "he" reporting anything.
    assert find_quotes("The audit he said was late arrived on Friday.") == ()


def test_colon_paragraph_does_not_swallow_an_attributed_quotation() -> None:
    text = (
        "Her relief is described at length:\n\n"
        "“Here comes the ferry,” she said, waving. “The ferry. At last.”\n\n"
        "The crossing took an hour."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert quote.text.startswith("Here comes the ferry")
    assert quote.speaker is not None and quote.speaker.mention == "she"


def test_colon_paragraph_still_introduces_its_quotation() -> None:
    text = "Harbour master Ida Lund said:\n\n“The ferry will not sail until the pier is fixed.”"
    quote = _by_text(text, "The ferry will not sail")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"


def test_fronted_participle_subject_after_the_comma_speaks() -> None:
    text = "After saying the night ferry was “too old to insure,” she was escorted from the hearing."
    quote = _by_text(text, "too old to insure")
    assert quote.kind == "partial"
    assert quote.cue == "saying"
    assert quote.text.startswith("the night ferry")
    assert quote.speaker is not None and quote.speaker.mention == "she"


def test_fronted_participle_yields_to_the_main_clause_speech_verb() -> None:
    text = "Citing the audit, Harbour master Ida Lund said the pier was unsafe."
    quotes = find_quotes(text)
    assert [q.cue for q in quotes] == ["said"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ida Lund"


def test_relative_clause_after_a_role_with_capitalised_words() -> None:
    text = (
        "Ode has a cool relationship with Brenner, now the Harbour board chair, who in 2012 said "
        "the board’s first goal was to make Ode a “one-term mayor.”"
    )
    quote = _by_text(text, "one-term mayor")
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.mention == "who"
    assert quote.speaker.name == "the Harbour board chair"
