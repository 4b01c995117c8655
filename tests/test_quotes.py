"""Quotes and attribution: every news word order, speakers resolved, odd marks, the pipeline.

All fixtures are invented stories about invented people.
"""

from __future__ import annotations

import datetime as dt
import time
from types import MappingProxyType
from typing import NamedTuple

import pytest

import newsparse
from newsparse import Context, Document, Quote, TimeExpression, find_quotes
from newsparse._sentences import sentence_spans
from newsparse.parsers.quotes import QuotesParser


class Case(NamedTuple):
    text: str
    quote: str  # the quote's text (a substring of its span)
    kind: str
    speaker: str | None  # the resolved name
    mention: str | None = None  # the words at the cue, when they differ from the name


def only(text: str, needle: str) -> Quote:
    """The one quote whose text contains *needle*."""
    hits = [q for q in find_quotes(text) if needle in q.text]
    assert len(hits) == 1, (needle, find_quotes(text))
    return hits[0]


WORD_ORDERS = {
    "speaker-after": Case(
        "“The bridge will reopen in May,” Okafor said.", "The bridge will reopen in May,", "direct", "Okafor"
    ),
    "inverted-said-x": Case(
        "“We saw the water rise in minutes,” said Marisol Quintero, a ferry captain.",
        "We saw the water rise in minutes,",
        "direct",
        "Marisol Quintero",
    ),
    "speaker-colon": Case(
        "Harbour master Teodor Lindqvist said: “Nobody sails until the fog lifts.”",
        "Nobody sails until the fog lifts.",
        "direct",
        "Teodor Lindqvist",
    ),
    "speaker-comma-before": Case(
        "Mayor Ines Barros said, “The budget is balanced.”", "The budget is balanced.", "direct", "Ines Barros"
    ),
    "pronoun-added": Case(
        "Ruth Adeyemi runs the clinic.\n\n“We need two more nurses,” she added.",
        "We need two more nurses,",
        "direct",
        "Ruth Adeyemi",
        "she",
    ),
    "question-no-comma": Case("“Who pays for it?” Vance asked.", "Who pays for it?", "direct", "Vance"),
    "single-curly-headline": Case("‘We will not leave,’ junta says", "We will not leave,", "direct", "junta"),
    "straight-marks": Case('"It was a clean count," said Pollard.', "It was a clean count,", "direct", "Pollard"),
    "told-reporters": Case(
        "Deputy Minister Hana Sato told reporters Tuesday that the levy would be cut.",
        "the levy would be cut",
        "indirect",
        "Hana Sato",
    ),
    "said-that": Case(
        "Kofi Mensah said that the harvest was the smallest in a decade.",
        "the harvest was the smallest in a decade",
        "indirect",
        "Kofi Mensah",
    ),
    "said-no-that": Case(
        "Ortega said the talks would resume on Friday.", "the talks would resume on Friday", "indirect", "Ortega"
    ),
    "trailing-indirect": Case(
        "The plant will close for two weeks, the company said.",
        "The plant will close for two weeks",
        "indirect",
        "the company",
    ),
    "trailing-inverted-role": Case(
        "Fares will rise by 5%, said Lena Varga, the transit authority's finance director.",
        "Fares will rise by 5%",
        "indirect",
        "Lena Varga",
    ),
    "according-to-after": Case(
        "The dam holds 40 million cubic meters, according to the water board.",
        "The dam holds 40 million cubic meters",
        "indirect",
        "the water board",
    ),
    "according-to-before": Case(
        "According to Pell, the vote was delayed twice.", "the vote was delayed twice", "indirect", "Pell"
    ),
    "said-in-a-statement": Case(
        "Brightwater Foods said in a statement that the recall covered 3,000 jars.",
        "the recall covered 3,000 jars",
        "indirect",
        "Brightwater Foods",
    ),
    "cognition-believes": Case(
        "Analysts believe the central bank will hold rates.",
        "the central bank will hold rates",
        "indirect",
        "Analysts",
    ),
    "warned": Case(
        "Dr. Amara Osei warned that the outbreak could spread.",
        "the outbreak could spread",
        "indirect",
        "Amara Osei",
    ),
    "dash-signed": Case("“The vote was fair.” — Ilse Marchetti", "The vote was fair.", "direct", "Ilse Marchetti"),
    "said-first": Case("Said Brandt: “We are done here.”", "We are done here.", "direct", "Brandt"),
    "party-parenthetical": Case(
        "Sen. Ada Holm (D-Ore.) said the bill would pass easily.", "the bill would pass", "indirect", "Ada Holm"
    ),
    "dash-attribution-free-form": Case(
        "“The river gave us no warning,” farmer Jonah Pike said.",
        "The river gave us no warning,",
        "direct",
        "Jonah Pike",
    ),
}


@pytest.mark.parametrize("case", WORD_ORDERS.values(), ids=WORD_ORDERS.keys())
def test_word_orders(case: Case) -> None:
    quote = only(case.text, case.quote)
    assert quote.kind == case.kind
    assert quote.speaker is not None
    assert quote.speaker.name == case.speaker
    # The mention is the words at the cue: a role or title may come with the name.
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.endswith(case.mention or case.speaker)


def test_offsets_slice_the_text_and_exclude_the_marks() -> None:
    text = "Intro line.\n\n“We are ready,” said Coach Dana Reyes."
    quote = find_quotes(text)[0]
    assert text[quote.start : quote.end] == quote.text == "We are ready,"
    assert quote.cue == "said" and text[quote.cue_start : quote.cue_end] == "said"
    assert quote.speaker is not None and quote.speaker.mention_start is not None
    assert text[quote.speaker.mention_start : quote.speaker.mention_end] == quote.speaker.mention


PARTIAL = {
    "partial-end-of-clause": Case(
        "The minister said the contract was cancelled “with immediate effect.”",
        "with immediate effect",
        "partial",
        None,
    ),
    "partial-before-inverted": Case(
        "The city could be “months away” from a deal, said Councillor Bea Lund.", "months away", "partial", "Bea Lund"
    ),
    "two-fragments": Case(
        "Oduya called the plan “reckless” and “unfunded,” his spokesman said.", "reckless", "partial", None
    ),
}


@pytest.mark.parametrize("case", PARTIAL.values(), ids=PARTIAL.keys())
def test_partial_quotes_cover_the_reported_statement(case: Case) -> None:
    quote = only(case.text, case.quote)
    assert quote.kind == "partial"
    # The span is the whole reported statement, quoted words included.
    assert len(quote.text) > len(case.quote) + 5
    if case.speaker is not None:
        assert quote.speaker is not None and quote.speaker.name == case.speaker


def pieces(text: str, quote: Quote) -> list[str]:
    """The quoted pieces of *quote* (its segments, or its whole span when it is one piece)."""
    return [text[s:e] for s, e in quote.segments or ((quote.start, quote.end),)]


def test_split_quote_is_one_quote_with_two_segments() -> None:
    text = "“We tried everything,” said Pilar Ansa, the head nurse. “Nothing worked.”"
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert pieces(text, quotes[0]) == ["We tried everything,", "Nothing worked."]
    assert quotes[0].text.startswith("We tried everything,") and quotes[0].text.endswith("Nothing worked.")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Pilar Ansa"
    assert quotes[0].cue == "said"


def test_split_quote_within_one_sentence() -> None:
    text = "“The roof,” she said, “came off in one piece.”"
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert pieces(text, quotes[0]) == ["The roof,", "came off in one piece."]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_attribution_in_mid_sentence_joins_both_halves() -> None:
    text = "The levy on fuel, the minister added, would fall again next year."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert pieces(text, quotes[0]) == ["The levy on fuel", "would fall again next year."]


def test_a_single_piece_has_no_segments() -> None:
    quotes = find_quotes("“We will rebuild,” said Mayor Ines Calder.")
    assert len(quotes) == 1 and quotes[0].segments == ()


def test_multi_paragraph_quote_is_one_quote_with_the_speaker() -> None:
    text = (
        "Warden Elsa Brandt described the night.\n\n"
        "“The first alarm rang at two. We counted every bed.\n\n"
        "“By dawn everyone was safe,” Brandt said."
    )
    quotes = find_quotes(text)
    assert [q.kind for q in quotes] == ["direct"]
    first, second = pieces(text, quotes[0])
    assert first.startswith("The first alarm") and first.endswith("every bed.")
    assert second.startswith("By dawn")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Elsa Brandt"


def test_unbalanced_mark_is_bounded_by_its_paragraph() -> None:
    text = "“This never closes, Ruiz said.\n\nThe second paragraph is ordinary news.\n\nThe third one too."
    quotes = find_quotes(text)
    assert quotes, "the open quote is still returned"
    assert all(q.end <= text.index("\n\n") for q in quotes)


def test_quote_only_paragraph_after_attributed_paragraph() -> None:
    text = "“We start Monday,” said Tomas Ek.\n\n“And we finish by June.”"
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Tomas Ek"


def test_scare_quotes_are_not_quotes() -> None:
    assert find_quotes("The so-called “green corridor” opened on time.") == ()


SPEAKERS = {
    "title-and-role": (
        "On Saturday, junta spokesperson Col. Idrissa Maiga said that the accord was void.",
        "Idrissa Maiga",
        "Col.",
        "junta spokesperson",
    ),
    "capitalised-role": (
        "Deputy Harbour Commissioner Aino Virtanen said the dredging would start.",
        "Aino Virtanen",
        None,
        "Deputy Harbour Commissioner",
    ),
    "apposition-role": (
        "Rosa Quell, a historian at Lakeside College, said the letters were genuine.",
        "Rosa Quell",
        None,
        "a historian at Lakeside College",
    ),
    "role-first-apposition": (
        "The company's chief executive, Ivo Marek, said output would double.",
        "Ivo Marek",
        None,
        "The company's chief executive",
    ),
    "capitalised-job-ending-in-a-title-word": (
        "District Water Officer Kwame Ansah said the wells had been tested.",
        "Kwame Ansah",
        None,
        "District Water Officer",
    ),
    "occupation-before-a-name": (
        "Fisherman Olav Brekke said the catch had fallen by half.",
        "Olav Brekke",
        None,
        "Fisherman",
    ),
    "surname-that-is-a-month": (
        "Harriet May said the vote would go ahead.",
        "Harriet May",
        None,
        None,
    ),
    "surname-that-is-an-occupation": (
        "Paul Farmer said the vote would go ahead.",
        "Paul Farmer",
        None,
        None,
    ),
}


@pytest.mark.parametrize(("text", "name", "title", "role"), SPEAKERS.values(), ids=SPEAKERS.keys())
def test_titles_and_roles(text: str, name: str, title: str | None, role: str | None) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.role) == (name, title, role)


RESOLUTION = {
    "surname-to-full-name": (
        "Nadia Karimova chairs the board.\n\n“We will vote in June,” Karimova said.",
        "We will vote in June",
        "Nadia Karimova",
        "Karimova",
    ),
    "surname-first-name-order": (
        "Library director Zhao Lintao opened the branch.\n\n“It is full every day,” Zhao said.",
        "It is full every day",
        "Zhao Lintao",
        "Zhao",
    ),
    "pronoun-to-last-speaker": (
        "“Prices are falling,” said Owen Price.\n\nHe said the shop would stay open.",
        "the shop would stay open",
        "Owen Price",
        "He",
    ),
    "role-noun-to-person": (
        "Fleet spokesperson Kai Moreau said the ships were late. The ferries will sail at noon, the spokesperson said.",
        "The ferries will sail at noon",
        "Kai Moreau",
        "the spokesperson",
    ),
    "organisation-noun": (
        "Norvik Mining halted the mine after a flood, the company said.",
        "Norvik Mining halted the mine",
        "Norvik Mining",
        "the company",
    ),
    "group-speaker": (
        "Local officials say the road will reopen next week.",
        "the road will reopen",
        "Local officials",
        "Local officials",
    ),
}


@pytest.mark.parametrize(("text", "needle", "name", "mention"), RESOLUTION.values(), ids=RESOLUTION.keys())
def test_speaker_resolution(text: str, needle: str, name: str, mention: str) -> None:
    quote = only(text, needle)
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.speaker.mention == mention


def test_pronoun_skips_a_group() -> None:
    text = "“We lost the vote,” said Greta Holm.\n\nCity officials said the count was fair.\n\n“I accept it,” she said."
    quote = only(text, "I accept it")
    assert quote.speaker is not None and quote.speaker.name == "Greta Holm"


def test_passive_and_noun_uses_are_not_cues() -> None:
    assert find_quotes("The driver was told to wait. The report was long.") == ()


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "“", "”", '"', "“”", "‘’", "said", "according to", ", said .", "“a ‘b “c ‘d", "\x00\ue000"],
    ids=lambda t: repr(t)[:20],
)
def test_odd_text_never_raises(text: str) -> None:
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.text


def test_bad_argument_names_the_argument() -> None:
    with pytest.raises(TypeError, match="text"):
        find_quotes(b"bytes")  # type: ignore[arg-type]


def test_sentences_keep_abbreviations() -> None:
    text = "Col. Ana Ruiz met U.S. officials. They left at 5 p.m. Friday. No. 2 came next."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["Col. Ana Ruiz met U.S. officials.", "They left at 5 p.m. Friday.", "No. 2 came next."]


# ------------------------------------------------------------------------- the pipeline


STORY = (
    "‘We will not leave,’ junta says\n\n"
    "By Lea Fontaine\n\n"
    "KORANA, Veldia — Junta spokesperson Col. Idrissa Maiga said Monday that foreign troops must go.\n\n"
    "“Our decision is final,” Maiga said."
)


def _times(text: str, word: str, value: str) -> TimeExpression:
    start = text.index(word)
    return TimeExpression(word, start, start + len(word), "DATE", value)


class _Span(NamedTuple):
    start: int
    end: int


def test_parser_uses_times_byline_and_dateline() -> None:
    doc = Document.from_text(STORY)
    monday = _times(STORY, "Monday", "2024-03-18")
    byline = _Span(STORY.index("By Lea"), STORY.index("By Lea") + len("By Lea Fontaine"))
    dateline = _Span(STORY.index("KORANA"), STORY.index("Junta spokesperson") - 1)
    results = MappingProxyType({"times": (monday,), "byline": byline, "dateline": dateline})
    quotes = QuotesParser().parse(doc, Context(dt.date(2024, 3, 18), results))
    texts = [q.text for q in quotes]
    assert "We will not leave," in texts
    reported = next(q for q in quotes if q.text.startswith("foreign troops"))
    assert reported.said_on == monday
    assert reported.speaker is not None and reported.speaker.name == "Idrissa Maiga"
    assert reported.speaker.mention is not None and "KORANA" not in reported.speaker.mention
    final = next(q for q in quotes if q.text.startswith("Our decision"))
    assert final.speaker is not None and final.speaker.name == "Idrissa Maiga"
    assert final.said_on is None
    assert all(not (byline.start <= q.start < byline.end) for q in quotes)


def test_find_quotes_alone_has_no_said_on() -> None:
    assert all(q.said_on is None for q in find_quotes(STORY))


def test_article_quotes_from_parse() -> None:
    article = newsparse.parse(STORY, published="2024-03-18")
    assert any(q.text == "We will not leave," for q in article.quotes)


# ------------------------------------------------------------------------- linear time


ADVERSARIAL = {
    "quote-marks": "“",
    "straight-marks": '"',
    "said-repeated": "“Yes,” he said. ",
    "nested": "“a ‘b “c ‘d ",
    "capitalised": "Alpha Bravo Charlie Delta said ",
    "distinct-speakers": None,  # "“Yes,” Name123 said." with a new name each time
}


def _adversarial(unit: str | None, size: int) -> str:
    if unit is None:
        return "".join(f"“Yes,” Alpha{i} Bravo{i} said. " for i in range(size // 20))[:size]
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.slow
@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_linear_time(unit: str | None) -> None:
    def best(size: int) -> float:
        text = _adversarial(unit, size)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            find_quotes(text)
            runs.append(time.perf_counter() - start)
        return min(runs)

    small, large = best(10_000), best(100_000)
    assert large < max(small, 0.001) * 30


# ------------------------------------------------------------------------- roles and time phrases

ROLE_CLAUSES = [
    pytest.param(
        "Lena Marsh, who chairs the Dune Road Residents Group, said the vote was rushed. "
        "A new meeting will be held next week, the chairwoman said.",
        "Lena Marsh",
        id="who-chairs-then-the-chairwoman",
    ),
    pytest.param(
        "Omar Fell, who runs the Quayside Bakery, opened at dawn. The ovens were full by six, the owner said.",
        "Omar Fell",
        id="who-runs-then-the-owner",
    ),
    pytest.param(
        "Rita Vos, who founded the Kelp Trust, spoke first. Funding would double, the founder said.",
        "Rita Vos",
        id="who-founded-then-the-founder",
    ),
]


@pytest.mark.parametrize(("text", "name"), ROLE_CLAUSES)
def test_role_noun_resolves_to_the_person_a_relative_clause_gave_that_role(text: str, name: str) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == name


TIME_PHRASES = [
    pytest.param("Two days later said the harbour would reopen.", id="two-days-later-before-verb"),
    pytest.param("“We are done,” Two days later said.", id="two-days-later-after-quote"),
    pytest.param("“The gate is shut,” Last week said.", id="last-week"),
]


@pytest.mark.parametrize("text", TIME_PHRASES)
def test_a_time_phrase_is_never_a_speaker(text: str) -> None:
    for quote in find_quotes(text):
        assert quote.speaker is None


def test_a_time_phrase_before_the_real_speaker_is_skipped() -> None:
    quotes = find_quotes("Two days later, the council said the plan would go ahead.")
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.mention == "the council"


WORD_ORDER_EXTRAS = [
    pytest.param(
        "The mother of three replied, “It hurts every family on the street.”",
        "It hurts every family on the street.",
        "The mother of three",
        id="count-before-the-verb-is-a-subject",
    ),
    pytest.param(
        "Councillor Ada Brun mocked the plan on Friday, tweeting, “Another bridge to nowhere.”",
        "Another bridge to nowhere.",
        "Councillor Ada Brun",
        id="tweeting-participle",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), WORD_ORDER_EXTRAS)
def test_more_cue_forms_give_the_direct_quote(text: str, quoted: str, mention: str) -> None:
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == [quoted]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == mention


def test_a_participle_after_the_attribution_adds_a_second_statement() -> None:
    text = "“We need a new quay,” the harbour master said, adding that the old one would close in May."
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "We need a new quay,"),
        ("indirect", "the old one would close in May."),
    ]
    assert {q.speaker.mention for q in quotes if q.speaker} == {"the harbour master"}
    assert quotes[1].cue == "adding"


def test_headline_attribution_at_the_end_in_title_case() -> None:
    text = "Harbour Tax Could Fund New Quay, Mayor Lena Ortiz Says\n\nThe council met on Monday."
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "Harbour Tax Could Fund New Quay")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Lena Ortiz"


COLON_INTRODUCED = [
    pytest.param("In a statement on Monday, Mayor Ines Calder said:\n\n“The quay is shut. Nobody sails.”", id="para"),
    pytest.param("In a statement on Monday, Mayor Ines Calder said: “The quay is shut. Nobody sails.”", id="inline"),
]


@pytest.mark.parametrize("text", COLON_INTRODUCED)
def test_colon_introduces_the_quotation_even_in_the_next_paragraph(text: str) -> None:
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [("direct", "The quay is shut. Nobody sails.")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ines Calder"


def test_no_bogus_speaker_from_a_place_apposition_or_a_clause_pronoun() -> None:
    quotes = find_quotes("Tomas Wale, of Dunmore, Pa., said he had fought in the war.")
    assert all(q.speaker is None or q.speaker.mention not in {"Pa.", "he had fought"} for q in quotes)
    assert all(not q.text.startswith("Tomas Wale") for q in quotes)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("he had fought in the war.", "Tomas Wale")
    ]


def test_progressive_speech_verb_is_a_cue() -> None:
    quotes = find_quotes("Officials were warning that the dam at Kell Ford could fail.")
    assert [(q.kind, q.text, q.cue) for q in quotes] == [("indirect", "the dam at Kell Ford could fail.", "warning")]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == "Officials"


ACCORDING_TO_SOURCES = [
    pytest.param("The repairs cost $4 million, according to city records.", "city records", id="after"),
    pytest.param("According to court filings, the ferry line owes $2 million.", "court filings", id="before"),
]


@pytest.mark.parametrize(("text", "source"), ACCORDING_TO_SOURCES)
def test_according_to_a_lower_case_source(text: str, source: str) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].kind == "indirect" and quotes[0].cue is not None
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == source


def test_speaker_before_an_age_and_a_relative_clause() -> None:
    text = "Edda Lorne, 56, who has led the pilots' union for a decade, told reporters the strike would go on."
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "the strike would go on.")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Edda Lorne"


def _said_on_of(text: str, time_text: str, value: str) -> str | None:
    """The text of ``said_on`` of the one quote of *text*, given one DATE expression at *time_text*."""
    times = tuple(_times(text, word, value) for word in (time_text, "October") if word in text)
    times = tuple(sorted(times, key=lambda t: t.start))
    quotes = QuotesParser().parse(
        Document.from_text(text), Context(dt.date(2024, 3, 18), MappingProxyType({"times": times}))
    )
    assert len(quotes) == 1
    said = quotes[0].said_on
    return None if said is None else text[said.start : said.end]


def test_a_time_phrase_after_the_verb_dates_the_statement_and_stays_out_of_it() -> None:
    text = "The harbour board said on Monday it would close the pier for two weeks."
    quote = find_quotes(text)[0]
    assert quote.text == "it would close the pier for two weeks."
    assert _said_on_of(text, "Monday", "2024-03-18") == "Monday"


def test_a_time_in_a_relative_clause_about_the_speaker_is_not_said_on() -> None:
    text = "Kofi Mensah, who joined the board in October, said the plant would reopen."
    assert _said_on_of(text, "October", "2023-10") is None
    text = "Kofi Mensah, who joined the board in October, said on Tuesday that the plant would reopen."
    assert _said_on_of(text, "Tuesday", "2024-03-19") == "Tuesday"


MID_SENTENCE = [
    pytest.param(
        'Nils "got a pardon," Okafor said, and still "kept his seat on the board."',
        "Nils",
        "kept his seat",
        id="partial-and-still",
    ),
    pytest.param(
        '"I like Bruno," she said, but "when it comes to ferries, Bruno has a record."',
        "I like Bruno",
        "has a record",
        id="direct-but-lower-case-resume",
    ),
    pytest.param(
        "“Each time you say that,” Ansah said, referring to the audit, “you help the other side.”",
        "Each time",
        "other side",
        id="participle-between-halves",
    ),
    pytest.param(
        "The pier is “safe as houses,” Ida Lund wrote in a letter to the council, and “ready for the summer.”",
        "The pier",
        "ready for the summer",
        id="adjunct-between-halves",
    ),
    pytest.param(
        "These workers, Ansah said at the hearing, were “well paid,” earning more than most.",
        "These workers",
        "earning more",
        id="two-word-subject-then-quoted-words",
    ),
]


@pytest.mark.parametrize(("text", "first", "last"), MID_SENTENCE)
def test_an_attribution_inside_a_sentence_gives_one_quote_over_the_whole_sentence(
    text: str, first: str, last: str
) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith(first) and last in quotes[0].text


def test_a_coordinated_second_attribution_is_its_own_quote() -> None:
    text = "Senator Ruth Amos told the radio that the bill was dead, but she said a new one could pass in spring."
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["the bill was dead", "a new one could pass in spring."]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ruth Amos", "Ruth Amos"]


TRANSCRIPT = (
    "Partial transcript as follows:\n\n"
    '"HOST: Let us start with the ferry.\n\n'
    '"OKAFOR: Well, look, the ferry is late. It is always late.\n\n'
    '"And the pier is closed.\n\n'
    '"HOST: Thank you."\n\n'
    "UPDATE: The ferry left at noon.\n\n"
    '"OKAFOR: Goodbye."'
)


def test_transcript_turns_are_direct_quotes_of_the_named_speaker() -> None:
    quotes = find_quotes(TRANSCRIPT)
    turns = [(q.speaker.mention if q.speaker else None, q.text.split()[0]) for q in quotes]
    assert turns == [("HOST", "Let"), ("OKAFOR", "Well,"), ("HOST", "Thank"), ("OKAFOR", "Goodbye.")]
    continued = quotes[1]
    assert len(continued.segments) == 2 and continued.text.endswith("the pier is closed.")


def test_a_short_attribution_after_a_quoted_question_is_its_own() -> None:
    text = "“Every time you say that,” Ansah said.\n\n“Why is this not proof that the port is too big?” Lund demanded."
    quotes = find_quotes(text)
    assert [q.speaker.mention if q.speaker else None for q in quotes] == ["Ansah", "Lund"]


def test_a_possessive_statement_noun_attributes_its_that_clause() -> None:
    text = "Inspectors checked Ida Lund's claim that the pier had “never once flooded” in a century."
    quote = only(text, "never once")
    assert quote.text.startswith("that the pier")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund" and quote.cue == "claim"


def test_the_last_verb_owns_a_quotation_closing_the_sentence() -> None:
    text = (
        "Lund said the toll went unpaid for years ― as was true for most ferries ― "
        "and Okafor boasted, “That makes me smart.”"
    )
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in quotes] == [
        ("the toll went unpaid for years ― as was true for most ferries", "Lund"),
        ("That makes me smart.", "Okafor"),
    ]


PLURAL_NOUNS_NOT_VERBS = [
    pytest.param("The farm vote in several border states could decide the race.", id="states-could"),
    pytest.param("Health worries have followed the mayor since the spring.", id="worries-have"),
    pytest.param("But the candidates' plans don't add up, the board found.", id="plans-dont"),
]


@pytest.mark.parametrize("text", PLURAL_NOUNS_NOT_VERBS)
def test_a_plural_noun_before_an_auxiliary_is_not_a_speech_verb(text: str) -> None:
    assert all(q.cue is None or q.cue.casefold() not in {"states", "worries", "plans"} for q in find_quotes(text))


def test_quotations_signed_one_a_line_each_take_their_signature() -> None:
    text = (
        "Readers wrote in.\n\n"
        "“The ferry is a disgrace. Nobody cares.” ― Sonja Berg\n"
        "“I waited three hours.”― Pedro Alves\u00a0\n"
        "“Fix it now.”― Carla Ruiz."
    )
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in quotes] == [
        ("The ferry is a disgrace. Nobody cares.", "Sonja Berg"),
        ("I waited three hours.", "Pedro Alves"),
        ("Fix it now.", "Carla Ruiz"),
    ]


def test_an_adverb_before_the_verb_is_not_part_of_the_speaker() -> None:
    quote = find_quotes("In July, Ode cynically dismissed the harbour plan as a stunt that would fail the town.")[0]
    assert quote.speaker is not None and quote.speaker.mention == "Ode" and quote.cue == "dismissed"
    quote = find_quotes("The family said the boat had sunk.")[0]
    assert quote.speaker is not None and quote.speaker.mention == "The family"


def test_a_pronoun_subject_just_before_quoted_words_speaks_them() -> None:
    text = "Days ago in an interview with a local station he blasted the harbour board for being “utterly useless.”"
    quote = only(text, "utterly")
    assert quote.text.startswith("the harbour board") and quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.mention == "he"


def test_what_she_called_spans_the_named_words() -> None:
    quote = only("She left the hearing after what she called a “farce,” an hour of shouting about the levy.", "farce")
    assert quote.text == "what she called a “farce,”"


@pytest.mark.parametrize(
    ("text", "mention", "statement"),
    [
        ("But fishermen worry that the new quota could empty the harbour.", "fishermen", "the new quota could empty"),
        ("Some believe the ferry company will raise its fares again.", "Some", "the ferry company will raise"),
        (
            "A 2021 survey that appeared in a shipping journal found that most ferries run late.",
            "A 2021 survey that appeared in a shipping journal",
            "most ferries run late",
        ),
        ("Inspectors who visited the pier said the pilings were rotten.", "Inspectors who visited the pier", "pilings"),
        ("Those close to the mayor say she will run again.", "Those close to the mayor", "she will run again"),
        ("Engineers that the town hired said the bridge was sound.", "Engineers that the town hired", "bridge"),
    ],
)
def test_a_subject_noun_phrase_with_its_clause_speaks(text: str, mention: str, statement: str) -> None:
    quote = only(text, statement)
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "Brekke retired in a year when some calls to the harbour office went unanswered.",
        "Ode refuses to say whether the pier is safe.",
    ],
)
def test_a_quantifier_with_an_s_verb_or_a_verb_phrase_is_no_subject(text: str) -> None:
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "mention", "statement", "cue"),
    [
        (
            "Ode: Ferry Fares Will Not Rise This Year.\n\nMayor Tomas Ode spoke on Monday.",
            "Ode",
            "Ferry Fares Will Not Rise",
            ":",
        ),
        ("Marta Quell on the Harbour: The Pier Is ‘Unsafe.’", "Marta Quell", "The Pier Is", ":"),
        ("New Survey Shows Ferry Delays Doubled Since Spring.", "New Survey", "Ferry Delays Doubled", "Shows"),
        ("Fire Chief Alba Ruiz Warns Dry Summer Will Bring More Fires.", "Fire Chief Alba Ruiz", "Dry Summer", "Warns"),
    ],
)
def test_a_headline_speaker_before_a_colon_or_a_title_case_verb(
    text: str, mention: str, statement: str, cue: str
) -> None:
    quote = only(text, statement)
    assert quote.speaker is not None and quote.speaker.mention == mention and quote.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "Note: The ferry timetable changes on Monday.",
        "Storm Over Harbour: Ferries Stay in Port.",
        "UPDATE: The ferry has left the port.",
        "Monday: The ferry will leave at noon.",
        "Weather: Rain is expected along the coast on Tuesday.",
        "Tickets: Seats cost $20 at the door.",
        "Ode: Ferry Fares Will Not Rise This Year.",  # a lone word not named in full anywhere
    ],
)
def test_a_label_before_a_colon_is_not_a_speaker(text: str) -> None:
    assert find_quotes(text) == ()


def test_after_a_verb_of_intent_to_opens_the_statement() -> None:
    quote = find_quotes("Mayor Ida Lund vowed to cut the ferry fares by half.")[0]
    assert quote.text == "to cut the ferry fares by half." and quote.speaker is not None
    assert quote.speaker.name == "Ida Lund"


@pytest.mark.parametrize(
    ("text", "statement", "name"),
    [
        ("Voters cheered Marta Quell, who says she will cut ferry fares.", "she will cut ferry fares.", "Marta Quell"),
        ("The council hired a surveyor who said the quay was sinking.", "the quay was sinking.", "a surveyor"),
        ("The mayor, who said the budget was tight, resigned on Friday.", "the budget was tight", "The mayor"),
        ("“It is small,” said Ida Lund, who stressed that the levy would fall.", "the levy would fall.", "Ida Lund"),
        ("The ferry board, which in May warned that fares would rise, met.", "fares would rise", "The ferry board"),
    ],
)
def test_a_relative_pronoun_speaks_for_the_noun_before_it(text: str, statement: str, name: str) -> None:
    quote = only(text, statement)
    assert quote.text.startswith(statement.rstrip(".")) and quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.mention in {"who", "which"} and quote.speaker.name == name


def test_a_subject_between_the_relative_pronoun_and_the_verb_is_the_speaker() -> None:
    quote = only("Parents protested the new levy, which teachers say hurts poor schools.", "hurts")
    assert quote.speaker is not None and quote.speaker.mention == "teachers"


@pytest.mark.parametrize(
    ("text", "statement", "mention"),
    [
        ("Ida Lund toured the flooded port and said she thought the dam had failed.", "she thought", "Ida Lund"),
        ("Ida Lund has thanked the ferry crews but has said she will keep the levy.", "she will keep", "Ida Lund"),
        ("Ida Lund, the harbour master, toured the pier and warned that it could collapse.", "it could", "Ida Lund"),
        ("The council approved the plan and said it would cut fares.", "it would cut fares", "The council"),
        ("He visited the port and said the pier was safe.", "the pier was safe", "He"),
    ],
)
def test_the_subject_speaks_a_coordinated_attribution(text: str, statement: str, mention: str) -> None:
    quote = only(text, statement)
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("The museum, Mayor Ida Lund said, would open in June.", "The museum", "would open in June."),
        ("Fishermen, she said, are “fed up” with the quota.", "Fishermen", "are “fed up” with the quota."),
        ("Many of the crews were tired, she said, and “ready to go home.”", "Many of the crews", "ready to go home."),
    ],
)
def test_a_short_subject_before_a_mid_sentence_attribution_is_part_of_the_statement(
    text: str, left: str, right: str
) -> None:
    quote = find_quotes(text)[0]
    assert quote.text.startswith(left) and right.rstrip("”") in quote.text
    start, end = quote.segments[0]
    assert text[start:end].startswith(left)


def test_a_connective_before_a_mid_sentence_attribution_is_not_the_statement() -> None:
    quote = find_quotes("However, she said, the pier is safe.")[0]
    assert quote.text == "the pier is safe." and quote.segments == ()


def test_a_participle_after_the_statement_gives_a_second_quote() -> None:
    text = "Ode attacked the mayor for her support of the levy, saying, “She is reckless.”"
    quotes = find_quotes(text)
    assert [(q.cue, q.kind, q.text) for q in quotes] == [
        ("attacked", "indirect", "the mayor for her support of the levy"),
        ("saying", "direct", "She is reckless."),
    ]
    assert all(q.speaker is not None and q.speaker.name == "Ode" for q in quotes)
    text = "Ida Lund told the council that fares must rise, adding that the ferries were old."
    assert [q.text for q in find_quotes(text)] == ["fares must rise", "the ferries were old."]


@pytest.mark.parametrize(
    "text",
    [
        "The former secretary of state pushed the harbour plan through the council.",
        "The harbour master currently stands at the end of the long pier.",
        "The ferry union, supported by the dock workers, marched to the pier.",
        "Ode showed up at the pier on Monday.",
        "As you know, the ferry is late.",
    ],
)
def test_a_clause_or_a_phrasal_verb_is_no_attribution(text: str) -> None:
    assert find_quotes(text) == ()


def test_a_reduced_relative_clause_or_a_participle_adjective_stays_in_the_speaker() -> None:
    quote = find_quotes("Everyone I interviewed said the ferry was late.")[0]
    assert quote.speaker is not None and quote.speaker.mention == "Everyone I interviewed"
    quote = find_quotes("A newly elected councillor said the ferry was late.")[0]
    assert quote.speaker is not None and quote.speaker.mention == "A newly elected councillor"


def test_a_signature_after_a_no_break_space_is_the_speaker() -> None:
    quote = find_quotes("“Fix the ferry.” ―\u00a0Jorge Alba")[0]
    assert quote.kind == "direct" and quote.speaker is not None and quote.speaker.mention == "Jorge Alba"


def test_quoted_words_right_after_the_verb_are_its_statement_not_a_resumed_quotation() -> None:
    text = "The mayor gave no figure, though she said “new fees” and fines would pay for it."
    quote = only(text, "new fees")
    assert quote.text.startswith("“new fees” and fines") and quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.mention == "she"


def test_a_partial_quote_before_the_verb_and_an_adjunct_after_it() -> None:
    text = "The port “has changed for the better,” Ode said in June 2021, pointing to the new cranes."
    quotes = find_quotes(text)
    assert [(q.kind, q.cue, q.text) for q in quotes] == [("partial", "said", "The port “has changed for the better,”")]


@pytest.mark.parametrize(
    "text",
    [
        "Coastal state Korana has more ferries than bridges.",
        "Democratic support for the ferry plan grew over the summer months.",
        "In the harbour talks the demands of member states outweigh every other concern.",
    ],
)
def test_a_verb_form_used_as_a_noun_is_no_cue(text: str) -> None:
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The harbour board plans to release its report next week.", "The harbour board"),
        ("Polls show a close race in the harbour district this year.", "Polls"),
        ("Ode demands transparency from the ferry company and its owners.", "Ode"),
        ("The report states that the pier is unsafe.", "The report"),
        ("They support the new ferry timetable for the islands.", "They"),
    ],
)
def test_a_verb_form_that_is_mostly_a_noun_is_a_cue_in_a_verb_s_company(text: str, mention: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("In July, the harbour board said the pier would close.", "the pier would close."),
        ("Like Ida Lund, I believe the ferry will be late again this year.", "the ferry will be late"),
    ],
)
def test_a_fronted_adjunct_is_not_the_statement(text: str, statement: str) -> None:
    quotes = find_quotes(text)
    assert all(not q.text.startswith(("In July", "Like Ida")) for q in quotes)
    assert any(q.text.startswith(statement) for q in quotes)
    assert all(q.speaker is not None and q.speaker.name != "In July" for q in quotes)


def test_a_clause_after_a_fronted_adjunct_is_the_statement() -> None:
    quote = find_quotes("After a delay, the pier opened on Monday, a harbour official said.")[0]
    assert quote.text == "After a delay, the pier opened on Monday"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“The levy is unfair,” Rosa Quell, the mayor of Korana, one of the towns suing the state, said on Monday.",
            "Rosa Quell",
        ),
        (
            "Ivo Marek, head of the dockers' union, which represents 900 workers, said the strike would go on.",
            "Ivo Marek",
        ),
        ("On Monday, one of the union's engineers, Jorge Alba, said the ferry was unsafe.", "Jorge Alba"),
    ],
)
def test_a_chain_of_appositions_leads_back_to_the_name(text: str, name: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_verb_phrase_between_commas_is_no_apposition() -> None:
    text = "The museum, built inside an old textile mill, holds 4,000 looms, said Ida Lund, its director."
    quote = find_quotes(text)[0]
    assert quote.text.startswith("The museum") and quote.speaker is not None and quote.speaker.name == "Ida Lund"
    assert find_quotes("Tarnex cut its forecast on Monday, citing floods in March.") == ()


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("In recent weeks, Ode has gone after the mayor as a “spoiled brat.”", "Ode", "gone"),
        ("Quell, who has campaigned for the levy since May, blasted the board as a “disgrace.”", "Quell", "blasted"),
        (
            "Councillor Ida Lund (Greens), in particular, has been steadily calling Ode a “con artist.”",
            "Ida Lund",
            "calling",
        ),
    ],
)
def test_a_subject_with_insertions_and_auxiliaries_speaks_the_quoted_words(text: str, mention: str, cue: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.kind == "partial" and quote.cue == cue
    assert quote.speaker is not None and quote.speaker.mention.endswith(mention)


def test_a_colon_after_the_subject_s_verb_introduces_the_quotation() -> None:
    quote = find_quotes("Quell used one of the captain's lines as her slogan: “Nobody sails today.”")[0]
    assert quote.kind == "direct" and quote.text == "Nobody sails today."
    assert quote.speaker is not None and quote.speaker.mention == "Quell"


@pytest.mark.parametrize("verb", ["commented", "yelled", "chanted", "exclaimed"])
def test_more_verbs_of_speech(verb: str) -> None:
    quote = find_quotes(f"“The ferry is late again,” Ode {verb}.")[0]
    assert quote.cue == verb and quote.speaker is not None and quote.speaker.name == "Ode"


def test_hearers_before_to_are_part_of_what_they_are_urged_to_do() -> None:
    quote = find_quotes("Mayor Ida Lund urged supporters to vote for the levy.")[0]
    assert quote.text == "supporters to vote for the levy."
    quote = find_quotes("Mayor Ida Lund told reporters the levy would pass.")[0]
    assert quote.text == "the levy would pass."


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Chastened, Ode revised his plan, promising to cut the ferry fares by half.", "Ode"),
        ("Under the new plan, Ida Lund toured the port and said the pier would reopen.", "Ida Lund"),
    ],
)
def test_a_fronted_word_or_adjunct_is_not_the_subject(text: str, mention: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ode went on about “how the timetable is a mess” for an hour.", "Ode"),
        ("Gov. Ida Lund of West Korana lauded the crews for their “quiet courage.”", "Gov. Ida Lund of West Korana"),
        ("“The pier is safe,” retired harbour master Olav Brekke said.", "retired harbour master Olav Brekke"),
        (
            "Officials at the Harbour Authority, a branch of the ministry, said the pier was safe.",
            "Officials at the Harbour Authority",
        ),
    ],
)
def test_more_speaker_shapes(text: str, mention: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention == mention


def test_a_contracted_is_before_an_ing_speech_verb() -> None:
    quote = find_quotes("He’s claiming that the ferry is “a total mess” and always late.")[0]
    assert quote.cue == "claiming" and quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.mention == "He"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ida Lund echoed warnings that the pier could collapse within a year.", "echoed"),
        ("Ida Lund understood that the pier could collapse within a year.", "understood"),
        ("The dockers' union endorsed the plan to rebuild the pier within a year.", "endorsed"),
        ("The harbour report referenced four cases in which the pier had flooded.", "referenced"),
    ],
)
def test_verbs_of_agreement_and_reference(text: str, cue: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.cue == cue and quote.kind == "indirect"


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The Korana Post has learned that the pier will close in June.", "learned", "indirect"),
        ("Inspectors discovered that the pilings were rotten through.", "discovered", "indirect"),
        ("Ode disputed that the ferry had ever been late in winter.", "disputed", "indirect"),
        ("Ode blasted the harbour board as “useless.”", "blasted", "partial"),
        ("Ida Lund hailed the new ferry as “a triumph for the islands.”", "hailed", "partial"),
    ],
)
def test_verbs_of_cognition_and_stance(text: str, cue: str, kind: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.cue == cue and quote.kind == kind


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ida Lund expressed concern that the pier could collapse within a year.", "expressed"),
        ("Many islanders view the new ferry as a lifeline for the whole archipelago.", "view"),
        ("The harbour report documents that dozens of the old pilings are cracked.", "documents"),
    ],
)
def test_verbs_of_view_and_record(text: str, cue: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.cue == cue


def test_their_noun_forms_are_no_cues() -> None:
    assert find_quotes("The council documents from the winter show no repairs at all.") == ()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ode attacked the board on Monday, calling the levy “a tax on the poor.”", "calling"),
        ("Ida Lund spoke at the pier on Monday, urging voters to back the new levy.", "urging"),
        ("Ode wrote to the board on Monday, demanding that the pier be closed at once.", "demanding"),
    ],
)
def test_more_participles_hang_a_statement_on_the_subject(text: str, cue: str) -> None:
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.mention in {"Ode", "Ida Lund"}


def test_a_document_reads_its_quotation() -> None:
    text = "The parents wrote to the board. “From Ames to Boone, our children are thriving,” the letter reads."
    quote = only(text, "From Ames")
    assert quote.kind == "direct" and quote.cue == "reads"
    assert quote.speaker is not None and quote.speaker.mention == "the letter"


@pytest.mark.parametrize(
    "text", ["He read the ferry report on Tuesday and left.", "She reads the harbour news to the children."]
)
def test_reading_is_no_saying(text: str) -> None:
    assert find_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ida Lund reported from the harbour, and Tom Ode from the pier.",
        "She called into a radio show when she was home sick.",
        "The levy was proposed during the mayor's first term.",
    ],
)
def test_a_preposition_after_the_verb_opens_an_adjunct_not_a_statement(text: str) -> None:
    assert find_quotes(text) == ()


def test_an_adjunct_before_that_still_leaves_the_statement() -> None:
    quote = only("Ode said from the podium that the pier will close.", "pier will close")
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.name == "Ode"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Ode unloaded on the board in return, giving it the nickname "Sleepy Council."',
        'He has been investigated by the council for promoting "miracle" pills.',
        'Ida Lund sings to the mayor in a clip of "Harbour Lights."',
    ],
)
def test_quoted_words_in_a_plain_verbs_adjunct_are_no_quote(text: str) -> None:
    assert find_quotes(text) == ()


def test_quoted_words_in_a_plain_verbs_object_stay_the_subjects() -> None:
    quote = only('Ida Lund blasted the board as "reckless."', "reckless")
    assert quote.kind == "partial" and quote.speaker is not None and quote.speaker.name == "Ida Lund"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("Ida Lund went on the radio and began by saying she would “never” raise the fare.", "never", "Ida Lund"),
        ("Tom Ode, despite admitting that he had “some doubts” about the pier, voted yes.", "some doubts", "Tom Ode"),
    ],
)
def test_a_speech_gerund_after_a_preposition_speaks_for_the_subject(text: str, needle: str, speaker: str) -> None:
    quote = only(text, needle)
    assert quote.kind == "partial" and quote.speaker is not None and quote.speaker.name == speaker


def test_leaving_without_saying_a_word_is_no_quote() -> None:
    assert find_quotes("Ida Lund left the hall without saying a word.") == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ad uses footage of Ida Lund asking, “Why am I not ahead?”", "Ida Lund"),
        ("The spot concludes with footage of Tom Ode saying, “That makes me smart.”", "Tom Ode"),
    ],
)
def test_a_name_right_before_a_speech_gerund_speaks_the_closing_quotation(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.kind == "direct" and quote.speaker is not None and quote.speaker.name == speaker


def test_the_thing_a_speaker_names_in_quoted_words_is_part_of_the_quote() -> None:
    text = "Nine people were hurt by an explosion that Mayor Ida Lund described as “an intentional act.”"
    quote = only(text, "intentional act")
    assert quote.kind == "partial" and quote.text.startswith("an explosion that")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "While he conceded money was a reason, Ode also noted several “intangibles” left him tired.",
            "intangibles",
            "Ode",
        ),
        ("After Lund said the fare would rise, Ode insisted it “will stay flat.”", "stay flat", "Ode"),
    ],
)
def test_a_fronted_clause_keeps_its_speaker_apart_from_the_main_clause(text: str, needle: str, speaker: str) -> None:
    quote = only(text, needle)
    assert quote.kind == "partial" and quote.speaker is not None and quote.speaker.name == speaker
    assert len(find_quotes(text)) == 2


def test_a_fronted_clause_without_a_main_speaker_stays_one_statement() -> None:
    quotes = find_quotes("When Lund said the fare would rise, the crowd booed and Ode left.")
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.name == "Lund"


def test_a_focus_word_before_the_subject_is_not_its_name() -> None:
    quote = only("Even Korana, the port’s only ally, said it was “firmly opposed” to the test.", "firmly")
    assert quote.speaker is not None and quote.speaker.mention == "Korana" and quote.speaker.name == "Korana"


def test_a_plural_noun_before_a_finite_verb_is_no_speech_verb() -> None:
    assert find_quotes('Only European voters are "safe" in his eyes.') == ()


@pytest.mark.parametrize(
    ("text", "needle", "kind", "mention"),
    [
        ("Ode has long been seen, as The Harbour Gazette put it in a profile, “the operator.”", "operator", "direct",
         "The Harbour Gazette"),
        ('The main test is a "lawful source of income," as a council memo put it.', "lawful", "partial",
         "a council memo"),
    ],
)  # fmt: skip
def test_as_someone_put_it(text: str, needle: str, kind: str, mention: str) -> None:
    quote = only(text, needle)
    assert quote.kind == kind and quote.speaker is not None and quote.speaker.mention == mention


@pytest.mark.parametrize("text", ["She put it on the table.", "As Lund put it, the plan is dead."])
def test_putting_it_without_a_quotation_is_no_quote(text: str) -> None:
    assert find_quotes(text) == ()


def test_an_adjunct_may_stand_between_a_named_gerund_and_its_quotation() -> None:
    text = "The spot ends with footage of Tom Ode saying during the debate last week, “That makes me smart.”"
    (quote,) = find_quotes(text)
    assert quote.kind == "direct" and quote.speaker is not None and quote.speaker.name == "Tom Ode"


# ---------------------------------------------------------------- direct and partial quote rules


def test_participle_after_group_subject_with_plain_verb() -> None:
    text = (
        "In March, two regional fishing unions granted the Brackwater ferry line a delay on its fuel levy, "
        'saying its "cash reserves were thinner than anyone expected."'
    )
    quote = only(text, "cash reserves")
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
    quote = only(text, "entirely correct")
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.name == "Carla Voss"


def test_quotation_resuming_after_attribution_still_joins() -> None:
    text = "“The ferry will run,” Mayor Tilde Brenner said, but “not before the pier is rebuilt.”"
    quote = only(text, "The ferry will run")
    assert "not before the pier" in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Tilde Brenner"


def test_participle_after_fronted_adjunct_without_comma() -> None:
    text = "On Friday they released the audit of the toll bridge by announcing that its books were “in order.”"
    quote = only(text, "in order")
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
    quote = only("On Tuesday she said the ferry timetable was “beyond repair.”", "beyond repair")
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.mention == "she"
    quote = only("In 2019 they said the toll would fall.", "toll would fall")
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
    quote = only(text, "The ferry will not sail")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"


def test_fronted_participle_subject_after_the_comma_speaks() -> None:
    text = "After saying the night ferry was “too old to insure,” she was escorted from the hearing."
    quote = only(text, "too old to insure")
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
    quote = only(text, "one-term mayor")
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.mention == "who"
    assert quote.speaker.name == "the Harbour board chair"


def test_a_stage_direction_in_a_transcript_is_no_quote() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the ferry run on Sunday?\n\n'
        '"OKAFOR: It will, and the pier will be open by then.\n\n'
        '"(LAUGHTER.)\n\n'
        '"HOST: And the fares?\n\n'
        '"OKAFOR: They stay as they are."'
    )
    quotes = find_quotes(text)
    assert [(q.speaker.mention if q.speaker else None, q.text) for q in quotes] == [
        ("HOST", "Will the ferry run on Sunday?"),
        ("OKAFOR", "It will, and the pier will be open by then."),
        ("HOST", "And the fares?"),
        ("OKAFOR", "They stay as they are."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That was what Ida Lund said when she left the harbour board in a hurry after the pier fire.",
        "The ferry fares are still well below what the owners want and the union keeps asking for more.",
        "Her grandfather drowned off the reef in 1961, which proved what I always knew.",
    ],
)
def test_what_before_the_speaker_is_the_verb_s_object_not_a_statement(text: str) -> None:
    assert find_quotes(text) == ()


def test_what_before_the_speaker_still_lets_a_clause_follow() -> None:
    quote = only("The gap between what Ode says the levy would raise and its yield keeps growing.", "levy")
    assert quote.kind == "indirect"
    assert quote.text.startswith("the levy would raise")
    assert quote.speaker is not None and quote.speaker.mention == "Ode"


def test_a_clause_before_the_speaker_keeps_the_words_before_the_comma_out_of_the_statement() -> None:
    text = (
        "The mayor's guest, the ferry captain Ida Lund, was visibly moved as she called for a new pier "
        "on the north side of the bay."
    )
    quotes = find_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "for a new pier on the north side of the bay.")]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == "she"
    text = "The pier had no railing, as inspectors have said."
    quote = only(text, "railing")
    assert quote.text == "The pier had no railing"
    assert quote.speaker is not None and quote.speaker.mention == "inspectors"


def test_a_noun_after_a_form_of_be_is_no_speaker() -> None:
    text = "The audit of the ferry line should be a loud call to councillors to fix the harbour budget."
    assert find_quotes(text) == ()


def test_chanting_and_shouting_report_the_subject_s_words() -> None:
    quote = only("Protesters marched along the quay to the harbour office, chanting, “Open the ferry!”", "Open")
    assert (quote.kind, quote.cue) == ("direct", "chanting")
    assert quote.speaker is not None and quote.speaker.mention == "Protesters"
    quote = only("Ida Lund ran down the pier, shouting “Cut the ropes!”", "Cut")
    assert (quote.kind, quote.cue) == ("direct", "shouting")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"


def test_a_long_fronted_adjunct_or_subordinate_clause_is_not_the_subject() -> None:
    text = (
        "With harbour workers worried about a lack of money for the dredging of the old canal, Mayor Ida Lund "
        'is rolling out a new slogan: "The port is us."'
    )
    quote = only(text, "The port is us.")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"
    quote = only('When Ode took the stage at the pier, she called the levy "a scandal."', "scandal")
    assert quote.speaker is not None and quote.speaker.mention == "she"


@pytest.mark.parametrize(
    "text",
    [
        'When the auditor examined the ferry accounts, they were labeled "a mess."',
        'Mayor Ida Lund was labeled "a traitor" by the union.',
        'Ode is branded "a coward" in the letter.',
    ],
)
def test_a_passive_subject_is_no_speaker(text: str) -> None:
    assert find_quotes(text) == ()


def test_a_name_after_a_fronted_adjunct_without_a_comma_is_the_speaker() -> None:
    quote = only('In a radio interview Ode declared "The ferry will sail again."', "sail again")
    assert quote.speaker is not None and quote.speaker.mention == "Ode"


def test_a_preposition_never_opens_a_speaker() -> None:
    assert find_quotes("A third of that, per the Brekke plan, is $40,000.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line, called Bluewater, carries 4,000 riders a day.",
        "A Gazette analysis of ferry lines that have raised fares since 2019, shows Northern lines outpacing others.",
        "The review ― which draws on the voices of harbour masters like Ida Lund ― explains the decline of the ports.",
    ],
)
def test_only_a_reporting_verb_inverts_after_unquoted_words(text: str) -> None:
    assert find_quotes(text) == ()


def test_an_inverted_reporting_verb_after_unquoted_words_still_attributes_them() -> None:
    quote = only("Ferry fares will rise by a third next year, says the harbour board.", "fares")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.mention == "the harbour board"


def test_as_x_put_it_owns_the_quoted_clause_and_the_sentence_keeps_its_own_attribution() -> None:
    text = (
        "Several harbour councillors echo his doubts, largely because while most ferry lines must show a profit, "
        'the only test for the night ferry is "public need," as a port authority memo put it.'
    )
    quote = only(text, "public need")
    assert quote.kind == "partial"
    assert quote.text.startswith("the only test for the night ferry")
    assert quote.speaker is not None and quote.speaker.mention == "a port authority memo"
    first = only(text, "his doubts")
    assert first.kind == "indirect" and first.cue == "echo"
    assert first.speaker is not None and first.speaker.mention == "Several harbour councillors"


def test_a_lower_case_quotation_after_a_mid_sentence_attribution_finishes_the_statement() -> None:
    text = 'So when the port board signaled in May that it would sell the ferry, Ida Lund said, "we were stunned."'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "partial"
    assert quote.text.startswith("So when the port board") and quote.text.endswith("we were stunned.")
    assert quote.speaker is not None and quote.speaker.name == "Ida Lund"


def test_a_pronoun_s_coordinated_belief_goes_on_with_the_statement() -> None:
    text = 'Lund says she hopes to keep the ferry running, but she knows that "the pier will not last forever."'
    quotes = find_quotes(text)
    assert [(q.kind, q.cue) for q in quotes] == [("partial", "says")]
    assert quotes[0].text.endswith('the pier will not last forever."')
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == "Lund"
    # a verb of speech still opens a statement of its own
    text = "Lund says she hopes to keep the ferry running, but she denied that the pier was unsafe."
    assert [q.cue for q in find_quotes(text)] == ["says", "denied"]


def test_the_subject_of_coordinated_verbs_speaks_the_closing_quotation() -> None:
    text = (
        "Once in my early 30s, when my aunt mentioned the storm to me on the coast road, "
        'I laughed and said, "I do not believe in storms."'
    )
    quote = only(text, "believe in storms")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.mention == "I"
    first = only(text, "the storm to me")
    assert first.speaker is not None and first.speaker.mention == "my aunt"


def test_a_quotation_after_a_colon_is_the_subject_s_and_the_trailing_pronoun_takes_the_next() -> None:
    text = (
        "Sen. Ida Lund scolded him: “The harbour board has ignored every warning about the pier,” she said. "
        "“When you ignore a warning, you own the collapse.”"
    )
    quotes = find_quotes(text)
    assert [(q.kind, q.speaker.mention if q.speaker else None) for q in quotes] == [
        ("direct", "Sen. Ida Lund"),
        ("direct", "she"),
    ]
    assert quotes[0].text.startswith("The harbour board") and quotes[1].text.startswith("When you ignore")
    assert all(q.speaker is not None and q.speaker.name == "Ida Lund" for q in quotes)


def test_a_second_attribution_after_a_quoted_comma_and_an_apposition_is_its_own_quote() -> None:
    text = (
        'Ida Lund, the harbour master, said the ferry was "far too old to sail safely," '
        "but she said that a new one would arrive in May."
    )
    quotes = find_quotes(text)
    assert [(q.kind, q.speaker.mention if q.speaker else None) for q in quotes] == [
        ("partial", "Ida Lund"),
        ("indirect", "she"),
    ]
    assert quotes[0].text.endswith('sail safely,"') and quotes[1].text.startswith("a new one")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Though she called the levy “unfair,” Lund limited her remarks to the ferry budget.", "the levy “unfair,”"),
        ("While Ode said the pier was safe, the inspectors closed it on Monday.", "the pier was safe"),
        ("Although the mayor has admitted raising the fares, she does not defend it.", "raising the fares"),
    ],
)
def test_a_subordinate_clause_s_statement_ends_where_the_main_clause_begins(text: str, statement: str) -> None:
    assert [q.text for q in find_quotes(text)] == [statement]


def test_a_common_noun_subject_introduces_a_quotation_after_a_colon() -> None:
    quote = only("The letter used the captain's words as its headline: “Nobody sails today.”", "Nobody sails")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.mention == "The letter"
    # a clause without a verb of its own introduces nothing
    assert find_quotes("The crowd was quiet: “Nobody moved.”") == ()


def test_the_subject_of_the_clause_before_the_colon_speaks_the_quotation() -> None:
    text = "She grew so upset, and drove so fast, that I had to change my answer: “Of course I believe in storms.”"
    quote = only(text, "believe in storms")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.mention == "I"


def test_a_participle_s_subject_keeps_its_group_noun() -> None:
    quote = only("Dock workers marched along the quay to the harbour office, chanting, “Open the ferry!”", "Open")
    assert quote.speaker is not None and quote.speaker.mention == "Dock workers"
    quote = only("Two Northern councillors opposed the levy, arguing that it would empty the ferries.", "empty")
    assert quote.speaker is not None and quote.speaker.mention == "Two Northern councillors"
