"""Quotes and their attribution: direct, partial and indirect (reported) speech, with speakers.

How it works, in one pass per paragraph:

1. Quote marks are paired inside each paragraph (curly, straight, guillemets, ``''``, and
   single curly quotes in headlines). A mark left open is closed at the end of its
   paragraph; when the next paragraph opens with a quote mark the quotation continues there.
2. A masked copy of the text hides the quoted words (same offsets), so sentence splitting
   and the search for speech verbs only see the reporter's words.
3. In each sentence the first speech verb (``vocab.speech_verbs``) or "according to" with a
   plausible speaker next to it decides the attribution: speaker before or after the verb,
   statement before it (``"…," she said``; ``…, officials said``) or after it (``X said
   that …``; ``X said: "…"``). A statement that is exactly one quotation is ``direct``; a
   statement with quoted words in it is ``partial`` (its span is the whole reported
   statement); one without quote marks is ``indirect``.
4. Speakers are resolved in document order: a surname to the fullest form of the name in
   the text, a pronoun to the most recent compatible speaker, a role noun ("the
   spokesperson") to the person introduced with that role.

A quotation interrupted by its attribution (``"A," she said. "B."``) and a quotation that runs
over several paragraphs are returned as ONE quote whose ``segments`` are the quoted pieces;
its ``start``/``end`` run from the first piece to the last (the attribution in between is
inside ``text``).
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs
import regex

from .._args import check_text
from .._model import Quote, QuoteKind, Speaker, TimeExpression
from .._patterns import word_trie
from .._sentences import sentence_spans
from .._text import split_paragraphs
from ..vocab.abbreviations import ABBREVIATIONS
from ..vocab.calendar import MONTHS, WEEKDAYS
from ..vocab.headlines import TITLE_SMALL_WORDS
from ..vocab.pronouns import PRONOUNS
from ..vocab.speech_verbs import (
    ATTRIBUTION_ONLY_FORMS,
    AUXILIARIES,
    COGNITION_VERBS,
    HEADLINE_VERBS,
    INTENT_VERBS,
    NOUN_LIKE_FORMS,
    OBJECT_CUES,
    PARTICIPLE_CUES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    TRAILING_VERBS,
)
from ..vocab.time_words import (
    IRREGULAR_PAST,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PART_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_WORDS,
)
from ..vocab.titles import (
    CLAUSE_WORDS,
    CONNECTIVES,
    DETERMINERS,
    GROUP_NOUNS,
    LABELS,
    OCCUPATIONS,
    ORG_NOUNS,
    PREPOSITIONS,
    ROLE_VERBS,
    ROLE_WORDS,
    TITLES,
)

if TYPE_CHECKING:
    from typing import TypeVar

    from .._pipeline import Context
    from .._text import Document

    _T = TypeVar("_T")  # only for annotations: no TypeVar object at run time

__all__ = ["QuotesParser", "find_quotes"]

#: Words ending in "-ly" that are nouns, not adverbs standing before a verb ("the family said").
_LY_NOUNS: Final = frozenset(
    {"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "reply", "bully", "lily", "holly",
     "italy", "july", "homily", "folly", "belly", "jelly", "gully", "tally", "filly", "doily"}
)  # fmt: skip
#: Stands for a quoted character in the masked copy of the text (a private-use code point).
MASK: Final = "\ue000"

# ------------------------------------------------------------------------- patterns

#: Every alternative a literal: ``re`` then skips to the next candidate with a fast character-set scan.
_MARK: Final = re.compile(r"''|``|“|”|„|«|»|\"|‘|’")
_OPEN_DOUBLE: Final = frozenset({"“", "„", "«", "``"})
_CLOSE_DOUBLE: Final = frozenset({"”", '"', "''", "»"})
#: Marks that can open a quotation paragraph.
_OPEN_MARKS: Final = frozenset('“"«„‘')
_BEFORE_OPEN: Final = frozenset(" \t\n\r([{—–-:/\u00a0")


_CUE_WORDS: Final = SPEECH_VERBS | PARTICIPLE_CUES | frozenset({"according to", "According to"})
#: The cue words of more than one word by their first word: "according" -> {"to"}.
_CUE_PAIRS: Final = MappingProxyType(
    {
        first: frozenset(w.split(" ", 1)[1] for w in _CUE_WORDS if w.split(" ", 1)[0] == first)
        for first in {w.split(" ", 1)[0] for w in _CUE_WORDS if " " in w}
    }
)
#: The tokens that are (or open) a cue word, also with the period that ends a sentence ("said.").
_CUE_KEYS: Final = frozenset(key for word in {w.split(" ", 1)[0] for w in _CUE_WORDS} for key in (word, word + "."))
_CUE: Final = regex.compile(
    rf"""
    \b(?<![\p{{L}}\p{{N}}'’-])        # at the start of a word (\b first: a fast scan for word starts)
    {word_trie(_CUE_WORDS)}           # a speech verb, "according to" or "saying"
    (?![\p{{L}}\p{{N}}'’-])           # at the end of a word
    """,
    regex.VERBOSE,
)
#: Forms of "be" that make an -ing cue a progressive verb ("is saying").
_BE: Final = frozenset({"is", "are", "was", "were", "been", "be"})
#: Pronouns that can be the subject of a clause of their own ("I laughed and said", "she knows that").
_PERSON_SUBJECTS: Final = frozenset(PRONOUNS) - {"it", "you"}
#: The word just before a position (searched backwards): the auxiliaries of "has also said".
_WORD_BEFORE: Final = regex.compile(r"\p{L}++\s++", regex.REVERSE)


@attrs.define  # never changed, but not frozen: a frozen attrs instance costs three times as much to create
class _Cue:
    """A speech verb ("verb"), "according to" ("acc") or an -ing cue ("part"), with its auxiliaries."""

    kind: str
    start: int  # where the auxiliaries before the verb start ("has also said")
    verb_start: int
    verb_end: int
    verb: str


def _word_before(masked: str, start: int, pos: int, window: int) -> tuple[int, str] | None:
    """The word of letters just before *pos*, separated from it by white space (not before *start*).

    On a :class:`_Masked` text the token index is bisected; otherwise (or for a token that is not
    all letters) a backward search of ``_WORD_BEFORE`` within *window* characters does it.
    """
    lo = max(start, pos - window)
    if isinstance(masked, _Masked):
        k = bisect.bisect_left(masked.starts, pos) - 1
        if k < 0:
            return None
        tok_start, tok_end = masked.starts[k], masked.ends[k]
        word = masked[tok_start:tok_end]
        if tok_start >= lo and word.isalpha():
            return (tok_start, word) if tok_end < pos and masked[tok_end:pos].isspace() else None
    before = _WORD_BEFORE.search(masked, lo, pos)
    if before is None or before.end() != pos:
        return None
    return before.start(), before.group().rstrip()


def _cue_spans(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the cue words (``_CUE``) of ``masked[start:end]`` are."""
    if isinstance(masked, _Masked):
        starts, ends = masked.cue_starts, masked.cue_ends
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return [(starts[k], ends[k]) for k in range(lo, hi) if ends[k] <= end]
    return [match.span() for match in _CUE.finditer(masked, start, end)]


def _cues(masked: str, start: int, end: int) -> tuple[_Cue, ...]:
    """The cues of ``masked[start:end]`` in order.

    On a :class:`_Masked` text they are worked out once per range: a sentence's cues are asked for again
    when attributions are merged, coordinated or followed by a participle.
    """
    if not isinstance(masked, _Masked):
        return _find_cues(masked, start, end)
    key = (start, end)
    cues = masked.cue_cache.get(key)
    if cues is None:
        cues = masked.cue_cache[key] = _find_cues(masked, start, end)
    return cues


def _find_cues(masked: str, start: int, end: int) -> tuple[_Cue, ...]:
    out = []
    for verb_start, verb_end in _cue_spans(masked, start, end):
        word = masked[verb_start:verb_end]
        low = word.casefold()
        if low.startswith("according"):
            out.append(_Cue("acc", verb_start, verb_start, verb_end, word))
            continue
        if low in PARTICIPLE_CUES:
            before = _word_before(masked, start, verb_start, 12)
            if before is not None and before[1] in {"s", "re"} and before[0] > start and masked[before[0] - 1] == "'":
                # "He's claiming", "they're saying": a contracted "is"/"are", a progressive speech verb
                out.append(_Cue("verb", before[0] - 1, verb_start, verb_end, word))
                continue
            if before is None or before[1].casefold() not in _BE:
                out.append(_Cue("part", verb_start, verb_start, verb_end, word))
                continue
            # "is saying", "were warning": a progressive speech verb
            out.append(_Cue("verb", before[0], verb_start, verb_end, word))
            continue
        aux = verb_start
        for _ in range(3):
            before = _word_before(masked, start, aux, 24)
            if before is None:
                break
            aux_word = before[1]
            if not (aux_word.casefold() in AUXILIARIES or _is_adverb(aux_word)) or aux_word[:1].isupper():
                break  # a capitalised "May" or "Will" is a name ("Theresa May said"), not an auxiliary
            aux = before[0]
        out.append(_Cue("verb", aux, verb_start, verb_end, word))
    return tuple(out)


#: The last separator before a speaker: punctuation (not the comma of "1,400"), a quote mark, a
#: masked quote, " - ".
_SEP_BACK: Final = regex.compile(r"[;:—–―()\[\]“”\"‘’«»„\ue000]|(?<!\p{N}),|,(?!\p{N})|''|\s-\s|--", regex.REVERSE)
_STOP_FORWARD: Final = regex.compile(r"[;:—–()\[\]“”\"‘’«»„\ue000]|(?<!\p{N}),|,(?!\p{N})|''|\s-\s|--|[.!?](?=\s|$)")
#: A word token: a letter or digit, then letters, digits and the marks inside words ("U.S.", "O'Neill",
#: "AT&T", "ex-mayor"). The standard library's ``re`` matches it 2.5 times faster than ``regex``;
#: ``[^\W_]`` is its letter-or-digit (``\p{L}\p{N}``), ``[^\W_.'’&-]`` the same with the marks excluded.
_TOKEN: Final = re.compile(r"[^\W_][^\W_.'’&-]*+(?:[.'’&-][^\W_.'’&-]*+)*+")
#: The same tokens as a capturing group, to split a text at them.
_TOKEN_SPLIT: Final = re.compile(f"({_TOKEN.pattern})")
_THAT: Final = regex.compile(r"(?<![\p{L}'’])that(?![\p{L}'’])")
_PASSIVE: Final = frozenset({"is", "was", "were", "are", "be", "been", "being", "to", "not"})
#: Object pronouns and hearers skipped after "told" when no "that" follows.
_HEARERS: Final = frozenset(
    {"me", "him", "her", "us", "them", "you", "reporters", "journalists", "lawmakers", "supporters", "listeners"}
)
_PARTICLES: Final = frozenset({"de", "la", "del", "van", "von", "der", "da", "dos", "du", "bin", "al", "el", "le"})
#: Lower-case words that can stand inside a speaker's name or description ("Officials at Homeland Security").
_NAME_INNER_WORDS: Final = _PARTICLES | DETERMINERS | ROLE_WORDS | GROUP_NOUNS | PREPOSITIONS
#: Words that end an inverted speaker mention ("said Smith in a statement").
_MENTION_END: Final = frozenset(
    {"in", "on", "at", "during", "after", "before", "when", "while", "told", "to", "who", "which", "that",
     "as", "last", "this", "from", "via", "through", "earlier", "today", "yesterday", "recently"}
)  # fmt: skip
#: Words after a group noun that keep a following name inside the group ("officials in Korana").
_GROUP_LINKS: Final = frozenset({"in", "at", "from", "for", "of", "with", "close", "familiar", "on", "near"})
#: A speaker signing a quotation after a dash: '"..." — Jane Doe.'
_DASH_SPEAKER: Final = regex.compile(
    r"""
    [ \t\u00a0]*+(?P<dash>[—―–]|--?)[ \t\u00a0]*+                   # the dash (a no-break space around it)
    (?P<name>\p{Lu}[\p{L}.'’-]*+(?:[ \t]++\p{Lu}[\p{L}.'’-]*+){0,4}+)  # a capitalised name
    [ \t\u00a0.]*+\Z                                             # and nothing after it
    """,
    regex.VERBOSE,
)
#: A signature after a quotation, ending its line: '"..." ― Jane Doe' followed by a new line or quotation.
_SIGNED: Final = regex.compile(
    r"""
    [ \t\u00a0]*+(?P<dash>[—―–]|--?)[ \t\u00a0]*+                   # the dash
    (?P<name>\p{Lu}[\p{L}.'’-]*+(?:[ \t]++\p{Lu}[\p{L}.'’-]*+){0,4}+)  # a capitalised name
    [ \t\u00a0.]*+(?:\r?\n|\Z|(?=[“"‘«„]))                          # the end of its line
    """,
    regex.VERBOSE,
)


def _signature(masked: str, match: regex.Match[str]) -> _Mention:
    """The name of a dash signature ("― Carla Ruiz."), without the period that ends the line."""
    start, end = match.span("name")
    if masked[end - 1] == "." and not _is_abbreviation(masked[start:end].rsplit(" ", 1)[-1]):
        end -= 1
    return _Mention(start, end)


_EDGE_PUNCT: Final = " \t\r\n,.;:—–―-" + MASK
_MARK_CHARS: Final = "“”„«»\"‘’'`"
#: Characters that are not words of a statement (masked quoted words are words).
_NOT_WORDS: Final = " \t\r\n,.;:—–-" + _MARK_CHARS
_MAX_SPEAKER_TOKENS: Final = 10
_MAX_TRAILING_TOKENS: Final = 12
#: Endings of lower-case agent nouns that open a speaker ("farmer Jonah Pike", "economist Ana Ruiz").
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ess", "ee")
#: The same in the plural ("environmentalists worry", "protesters say"): alone, such a word is a speaker.
_PLURAL_AGENT_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "men", "ees")
#: The comma and the verb of a main clause after a relative clause: ", resigned" in "Ode, who said X, resigned".
_MAIN_VERB_AFTER: Final = regex.compile(r",[ \t]++(?P<verb>\p{Ll}++)(?![\p{L}'-])")
#: Particles that make a speech verb an action ("called into a show", "showed up", "called in to"): a short
#: statement opening with one is no statement.
_PARTICLES_OF_ACTION: Final = frozenset({"up", "into", "off", "out", "in"})
_MAX_COMPLEMENT_TOKENS: Final = 8
#: At most this many words from a sentence's subject to a coordinated speech verb ("X toured ... and said").
_MAX_COORDINATED_TOKENS: Final = 40
#: Relative pronouns that speak for the noun before them ("Jane Doe, who said ...").
_RELATIVES: Final = frozenset({"who", "which"})
#: The relative pronouns that can open a relative clause after a comma ("who", "whose", "which").
_RELATIVE_WORDS: Final = _RELATIVES | {"whose"}


def _space_before(text: str, start: int, pos: int) -> int:
    """*pos* moved back over the white space before it, not before *start*: where the word before it ends."""
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos


def _has_punctuation(masked: str, start: int, end: int) -> bool:
    """True when ``masked[start:end]`` holds punctuation or a quotation (anything but words and spaces)."""
    return any(not (c.isalnum() or c.isspace() or c in "'-") for c in masked[start:end])


#: How far (characters) an insertion after a subject may run ("Quell, who has campaigned for Lund, blasted").
_INSERTION_CHARS: Final = 160
#: At most this many words in an apposition stepped over between a name and its verb.
_MAX_APPOSITION_TOKENS: Final = 10
#: A capitalised word after "of" in a name ("Lund of West Korana").
_PLACE_AFTER_OF: Final = regex.compile(r"[ \t]++\p{Lu}")
#: At most this many words in a fronted adjunct stepped over to the subject ("In the wake of the report, X ...").
_MAX_FRONTED_TOKENS: Final = 12
#: Words that open a fronted adjunct, beside prepositions ("Like Ida Lund, I believe ...", "Despite the rain, ...").
_FRONTED_OPENERS: Final = frozenset({"like", "unlike", "after", "before", "during", "despite", "among", "as", "per"})
#: The words that open a fronted adjunct or a connective before a comma ("In July,", "However,").
_FRONTED_WORDS: Final = PREPOSITIONS | _FRONTED_OPENERS | CONNECTIVES
#: Quantifiers that stand alone as a plural subject ("Some believe ...", "many say ...").
_QUANTIFIERS: Final = frozenset({"some", "many", "several", "few", "most", "both", "all", "others"})
#: Words after which a subject's noun phrase goes on ("A study that appeared ...", "Those close to him").
_SUBJECT_LINKS: Final = frozenset({"that", "who", "which", "whose", "to"})
#: At most this many words in a subject with its relative clause, and before the clause.
_MAX_SUBJECT_TOKENS: Final = 14
_MAX_NP_TOKENS: Final = 5
#: Words that open what may follow a sentence-final attribution ("..., she said in a statement on Monday.").
_ADJUNCT_STARTS: Final = frozenset(
    {"in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later", "yesterday", "today",
     "tonight", "while", "when", "as", "via", "through", "of", "from", "with", "by", "to", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "afterward", "afterwards", "again",
     "sarcastically", "flatly", "bluntly", "simply", "privately", "publicly", "separately", "late", "early",
     "shortly", "adding", "noting", "saying", "citing", "referring", "according", "about", "for", "over", "then"}
)  # fmt: skip
#: Determiners that only open a noun ("the report", "a claim"): a verb form right after one is a noun.
#: Counts and quantifiers stand alone as subjects ("the mother of three said", "many said").
_BEFORE_NOUN_ONLY: Final = DETERMINERS - {
    "one", "two", "three", "four", "five", "several", "some", "many", "most", "both", "few", "dozens", "hundreds",
    "thousands", "each", "all", "other",
}  # fmt: skip
#: An unquoted statement after a stance verb needs at least this many words.
_MIN_STANCE_TOKENS: Final = 6
#: A comma (also inside a closing quote mark) and a conjunction that coordinate a second attributed clause
#: ("..., but she said ...", '... "unsafe," but she said ...').
_COORDINATION: Final = re.compile(r"[,;][”\"’]?+[ \t]++(?:but|and|while|although|though|yet|whereas)[ \t]++")
#: A statement noun after a named possessor, then "that": "Jane Doe's repeated claim that ..." (on the masked
#: text, where apostrophes are plain).
_NOMINAL: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}.'-])
    (?P<who>\p{{Lu}}[\p{{L}}.-]*+(?:[ \t]++\p{{Lu}}[\p{{L}}.-]*+){{0,3}}+)   # a capitalised name
    's[ \t]++                                                          # in the possessive
    (?:\p{{Ll}}++[ \t]++){{0,2}}?                                         # up to two modifiers ("repeated")
    (?P<noun>{word_trie(SPEECH_NOUNS)})                                   # a statement noun
    [ \t]++that(?![\p{{L}}'])                                            # and "that"
    """,
    regex.VERBOSE,
)
#: A turn of a transcript: a paragraph opening with a speaker's name in capitals and a colon ('"PENCE: Well, ...').
_TURN: Final = regex.compile(
    r"""
    [“"]?+[ \t]*+                                            # (the quote mark of a quoted transcript)
    (?P<name>\p{Lu}[\p{Lu}.'’-]++(?:[ \t]++\p{Lu}[\p{Lu}.'’-]++){0,2}+)  # a name in capitals
    :[ \t]++(?=\S)                                           # a colon, then the words said
    """,
    regex.VERBOSE,
)
#: A transcript needs at least this many turns (one "UPDATE:" paragraph is not a transcript).
_MIN_TURNS: Final = 2
#: Words that never follow a speech verb directly: after one, the "verb" is a plural noun ("states could").
_NOT_AFTER_VERB: Final = frozenset(
    {"could", "would", "was", "were", "have", "has", "had", "is", "are", "will", "can", "may", "might", "should",
     "must", "don't", "doesn't", "didn't", "won't", "can't", "remain", "remains", "remained", "like"}
)  # fmt: skip
#: At most this many speech verbs are tried in one sentence (keeps hostile input linear).
_MAX_CUES: Final = 8
#: How far (characters) a speaker or a separator is looked for around a verb.
_WINDOW: Final = 300


#: Words of a time phrase ("Two days later", "Last week", "Monday morning"): never a speaker.
_TIME_PHRASE_WORDS: Final = frozenset(
    word.casefold()
    for table in (NUMBER_WORDS, ORDINAL_WORDS, PART_OF_DAY, SEASONS, UNITS, VAGUE_WORDS, MONTHS, WEEKDAYS)
    for word in table
) | frozenset({"later", "earlier", "ago", "last", "next", "this", "that", "same", "following", "previous", "early",
               "late", "mid", "the", "of", "on", "in", "by", "until", "since", "after", "before", "then"})  # fmt: skip
#: The words that make a phrase a time phrase: "Some" or "Many" alone is a subject ("Some believe ..."), a
#: number with a unit is a time ("Two days later").
_TIME_CORE_WORDS: Final = frozenset(
    word.casefold() for table in (PART_OF_DAY, SEASONS, UNITS, VAGUE_WORDS, MONTHS, WEEKDAYS) for word in table
) | frozenset({"later", "earlier", "ago", "then"})
#: A time word that is also a name ("May", "June", "August"): alone, it may be a speaker.
_NAME_LIKE_MONTHS: Final = frozenset({"may", "june", "july", "august", "april", "january"})


_WORD: Final = re.compile(r"[^\W_]++")  # letters and digits (``\p{L}\p{N}``)


def _is_time_phrase(words: str) -> bool:
    """True when every word of *words* is a time word or a number ("Two days later", "Last week")."""
    found = _WORD.findall(words)
    first = found[0].casefold() if found else ""
    if first not in _TIME_PHRASE_WORDS and not first.isdigit():
        return False  # (most calls: a name, ruled out by its first word)
    tokens = [tok.casefold() for tok in found]
    if len(tokens) == 1 and tokens[0] in _NAME_LIKE_MONTHS:
        return False
    return all(tok in _TIME_PHRASE_WORDS or tok.isdigit() for tok in tokens) and any(
        tok in _TIME_CORE_WORDS or tok.isdigit() for tok in tokens
    )


# ------------------------------------------------------------------------- internal records


@attrs.define
class _Span:
    """One pair of quote marks: marks at ``open``/``close``, words in ``start``..``end``."""

    open: int
    start: int
    end: int
    close: int
    closed: bool


@attrs.define
class _Mention:
    start: int
    end: int
    role: str | None = None
    sentence: int = -1  # where the sentence of the attribution starts
    antecedent: tuple[int, int] | None = None  # for a relative pronoun ("who"): the noun phrase it stands for


@attrs.define
class _Found:
    start: int
    end: int
    kind: QuoteKind
    cue_start: int | None
    cue_end: int | None
    mention: _Mention | None
    attr_start: int
    attr_end: int
    parent: _Found | None = None
    speaker: Speaker | None = None
    after: _Found | None = None  # the quote ending the paragraph before (a quote-only paragraph's speaker)


def _trailing_stand_in(result: _Found) -> _Found:
    """A stand-in for the trailing attribution of *result* (its cue and mention, an empty span at its end), never
    itself a quote: what the quotation in the next sentence hangs on ('..., she said. "B."')."""
    end = result.end
    return _Found(end, end, "direct", result.cue_start, result.cue_end, result.mention, end, end)


# ------------------------------------------------------------------------- quote marks


def _pair_marks(text: str, start: int, end: int) -> list[_Span]:
    """Pair the quote marks of one paragraph; an unclosed quotation ends with the paragraph."""
    spans: list[_Span] = []
    open_at = -1
    open_end = -1
    single = False
    for match in _MARK.finditer(text, start, end):
        mark = match.group()
        i, j = match.start(), match.end()
        prev = text[i - 1] if i > start else " "
        nxt = text[j] if j < end else " "
        if open_at < 0:
            opens = False
            if mark in _OPEN_DOUBLE:
                opens = True
            elif mark in {'"', "''", "”"}:
                opens = (prev in _BEFORE_OPEN or i == start) and not nxt.isspace()
            elif mark == "‘":
                opens = not prev.isalnum()
            if opens:
                open_at, open_end, single = i, j, mark == "‘"
            continue
        if single:
            closes = mark == "’" and not nxt.isalnum()
        else:
            closes = mark in _CLOSE_DOUBLE or (mark == "“" and not prev.isspace() and not nxt.isalnum())
        if closes:
            spans.append(_Span(open_at, open_end, i, j, True))
            open_at = -1
    if open_at >= 0:
        stop = end
        while stop > open_end and text[stop - 1].isspace():
            stop -= 1
        spans.append(_Span(open_at, open_end, stop, stop, False))
    return spans


def _mask(text: str, spans: Sequence[_Span]) -> str:
    """The text with quoted words replaced by ``MASK`` (a final ``.,!?`` kept) and apostrophes made plain."""
    pieces: list[str] = []
    pos = 0
    for span in spans:
        pieces.append(text[pos : span.start].replace("’", "'"))
        inner_end = span.end
        keep = ""
        if span.end > span.start and text[span.end - 1] in ".,!?;:":
            inner_end -= 1
            keep = text[span.end - 1]
        pieces.append(MASK * (inner_end - span.start) + keep)
        pos = span.end
    pieces.append(text[pos:].replace("’", "'"))
    return "".join(pieces)


# ------------------------------------------------------------------------- speakers


def _is_abbreviation(word: str) -> bool:
    """True when the period ending *word* belongs to it ("Dr.", "U.S.", "J.")."""
    return word in TITLES or word[:-1].casefold() in ABBREVIATIONS or (len(word) == 2 and word[0].isalpha())


class _Masked(str):
    """The masked text, with its word tokens and its cue words found once.

    ``_tokens`` slices the token index instead of re-scanning; ``_cues`` bisects the cue index.
    """

    __slots__ = ("cue_cache", "cue_ends", "cue_starts", "ends", "starts", "toks")

    starts: list[int]
    ends: list[int]  # where each raw token match ends (a final period included)
    toks: list[tuple[int, int, str]]
    cue_starts: list[int]  # where each cue word (``_CUE``) starts
    cue_ends: list[int]
    cue_cache: dict[tuple[int, int], tuple[_Cue, ...]]  # ``_cues`` by (start, end)


#: A period that no token character follows: the last character of a token when it ends one ("said.", "U.S.").
_TOKEN_FINAL_PERIOD: Final = re.compile(r"\.(?![^\W_])(?![.'’&-])")


def _masked(masked: str) -> _Masked:
    """*masked* as a :class:`_Masked` with its token and cue indexes (no Python loop per token)."""
    out = _Masked(masked)
    # Split at the tokens: parts alternate gap, token, gap, token, ..., gap; running lengths give offsets.
    parts = _TOKEN_SPLIT.split(masked)
    words = parts[1::2]
    offsets = list(itertools.accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    toks = list(zip(starts, ends, words, strict=True))
    # The tokens ending in a period, found from the periods that end a token (far fewer than the tokens).
    for period in _TOKEN_FINAL_PERIOD.finditer(masked):
        k = bisect.bisect_left(ends, period.end())
        if k < len(ends) and ends[k] == period.end() and not _is_abbreviation(words[k]):
            toks[k] = (starts[k], ends[k] - 1, words[k][:-1])
    out.toks, out.ends, out.starts = toks, ends, starts
    # The cue words are looked up among the tokens (a set lookup per token, in C), not searched for.
    cue_starts: list[int] = []
    cue_ends: list[int] = []
    for k in itertools.compress(range(len(words)), map(_CUE_KEYS.__contains__, words)):
        start = starts[k]
        if start and masked[start - 1] in "'’-":
            continue  # inside a word ("-said"): not a cue word
        word = words[k].rstrip(".")
        seconds = _CUE_PAIRS.get(word)
        if seconds is None:
            cue_starts.append(start)
            cue_ends.append(start + len(word))
            continue
        # "according to", "pointed out": the second word follows after white space
        following = words[k + 1].rstrip(".") if k + 1 < len(words) else ""
        if following in seconds and ends[k] == start + len(word) and masked[ends[k] : starts[k + 1]].isspace():
            cue_starts.append(start)
            cue_ends.append(starts[k + 1] + len(following))
    out.cue_starts, out.cue_ends = cue_starts, cue_ends
    out.cue_cache = {}
    return out


def _tokens(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The word tokens of ``masked[start:end]`` (a word's final period dropped unless an abbreviation)."""
    if isinstance(masked, _Masked) and start < end:
        lo = bisect.bisect_left(masked.starts, start)
        hi = bisect.bisect_left(masked.starts, end)
        if lo < hi and masked.ends[hi - 1] > end:
            hi -= 1  # the last token runs past *end*: scan it cut
            tail = _scan_tokens(masked, masked.starts[hi], end)
        else:
            tail = []
        head = []
        if start > 0 and lo > 0 and masked.ends[lo - 1] > start:
            head = _scan_tokens(masked, start, min(end, masked.ends[lo - 1]))  # a token cut at *start*
        return head + masked.toks[lo:hi] + tail if head or tail else masked.toks[lo:hi]
    return _scan_tokens(masked, start, end)


def _scan_tokens(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    piece = masked[start:end]
    if piece.isalnum():  # one token, no regex call (``[^\W_]`` is ``str.isalnum``): often a word cut at *start*
        return [(start, end, piece)]
    out = []
    for match in _TOKEN.finditer(masked, start, end):
        word = match.group()
        if word.endswith(".") and not _is_abbreviation(word):
            out.append((match.start(), match.end() - 1, word[:-1]))
        else:
            out.append((match.start(), match.end(), word))
    return out


def _next_stop(masked: str, start: int, end: int) -> regex.Match[str] | None:
    """The next punctuation that ends a mention, skipping the periods of abbreviations."""
    pos = start
    while True:
        stop = _STOP_FORWARD.search(masked, pos, end)
        if stop is None or masked[stop.start()] != ".":
            return stop
        word_start = stop.start()
        while word_start > start and not masked[word_start - 1].isspace():
            word_start -= 1
        if not _is_abbreviation(masked[word_start : stop.end()]):
            return stop
        pos = stop.end()


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _names(word: str) -> bool:
    """True for a word that can name a speaker: a capitalised non-determiner or a pronoun."""
    low = word.casefold()
    return (_is_cap(word) and low not in DETERMINERS and low not in CONNECTIVES) or low in PRONOUNS


def _is_name_word(word: str) -> bool:
    """True for a capitalised word that can be part of a name (not "In", "The", "Last")."""
    low = word.casefold()
    return (
        _is_cap(word)
        and low not in _TIME_PHRASE_WORDS
        and low not in DETERMINERS
        and low not in CONNECTIVES
        and low not in PREPOSITIONS
    )


def _speaker_before(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker mention at the end of ``masked[start:end]`` (just before a verb), or None."""
    if end - start > _WINDOW:
        return None
    if MASK in masked[start:end]:
        return None
    toks = _tokens(masked, start, end)
    if not toks or len(toks) > 25:
        return None
    while toks and toks[0][2].casefold() in _SUBJECT_OPENERS:
        toks = toks[1:]  # "Even Korana, the port's only ally, said": the focus word is not the name
    if not toks:
        return None
    last = toks[-1][2].casefold()
    if last == "you":
        return None  # "as you know": the reader, not a speaker
    if last in PRONOUNS:
        if len(toks) == 1 or toks[-2][2].casefold() in CLAUSE_WORDS or toks[-2][2].casefold() in CONNECTIVES:
            return toks[-1][0], toks[-1][1]
        if _fronted_time(toks[:-1]):
            return toks[-1][0], toks[-1][1]  # "On Monday he said", "In 2010 she said": a fronted time, no comma
        return None
    if toks[-1][2] in {"and", "but", "or"}:
        return None  # "Ida Lund toured the port and (said)": a verb phrase, not a speaker
    whole = toks
    cut = -1
    for k in range(len(toks) - 1, -1, -1):
        if toks[k][2].casefold() in CLAUSE_WORDS and not (k and _is_cap(toks[k][2]) and _is_name_word(toks[k - 1][2])):
            toks = toks[k + 1 :]  # (a capitalised "May" after a name is the name: "Theresa May")
            cut = k
            break
    found = _noun_phrase(toks)
    if found is None and len(toks) > 3 and _is_cap(toks[0][2]) and toks[0][2].casefold() in PREPOSITIONS:
        # "In a radio interview Lund declared": a fronted adjunct opens the sentence with no comma, then the name
        k = len(toks)
        while k > 1 and (_is_name_word(toks[k - 1][2]) or (k < len(toks) and toks[k - 1][2] in _PARTICLES)):
            k -= 1
        words = {tok[2] for tok in toks}
        before = toks[k - 1][2]
        if 2 < k < len(toks) and before.islower() and before not in DETERMINERS and not words & {"and", "or"}:
            return toks[k][0], toks[-1][1]
    if cut > 0 and whole[cut][2].casefold() in _SUBJECT_LINKS and cut + 1 < len(whole) <= _MAX_SUBJECT_TOKENS:
        # "A study that appeared in a journal found", "Officials who visited the site said", "Those close to
        # him say": a noun phrase and its relative clause or complement is the subject.
        prefer_whole = found is None or (whole[cut][2].casefold() == "to" and whole[cut - 1][2].islower())
        if prefer_whole and _plain_noun_phrase(whole[:cut]):
            return whole[0][0], whole[-1][1]
    return found


def _fronted_time(toks: Sequence[tuple[int, int, str]]) -> bool:
    """True for a fronted time phrase that opens its sentence with no comma after it ("On Monday", "Last week",
    "In 2010", "At 80"): a preposition or time word first, then only time words and numbers."""
    if not toks or len(toks) > _MAX_NP_TOKENS or not _is_cap(toks[0][2]):
        return False
    words = [tok[2].casefold() for tok in toks]
    rest = words[1:] if words[0] in PREPOSITIONS else words
    return bool(rest) and all(w in _TIME_PHRASE_WORDS or w.isdigit() for w in rest)


def _opens_noun(word: str) -> bool:
    """True for a lower-case word that opens a noun phrase: a determiner, a role or group noun, an agent noun."""
    low = word.casefold()
    return (
        low in DETERMINERS
        or low in ROLE_WORDS
        or low in GROUP_NOUNS
        or low.endswith(_AGENT_ENDINGS)
        or low.endswith(_PLURAL_AGENT_ENDINGS)
    )


def _noun_phrase(toks: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of *toks* when they can be a speaker's noun phrase (a name, "the company", "many economists")."""
    if not toks or len(toks) > _MAX_SPEAKER_TOKENS:
        return None
    first = toks[0][2]
    head = toks[-1][2].casefold()
    speaker_head = head in GROUP_NOUNS or head in ROLE_WORDS
    ok = any(_is_cap(t[2]) for t in toks) or first.casefold() in DETERMINERS or speaker_head
    adjective = first.endswith("ed") and len(toks) <= _MAX_NP_TOKENS + 1 and _is_cap(toks[-1][2])
    if first.islower() and not _opens_noun(first) and not speaker_head and not adjective:
        return None  # "produced a conventional tax plan", "with both ...": not a noun phrase
    if first.casefold() in PREPOSITIONS or first.casefold() in _FRONTED_OPENERS:
        return None  # "With party leaders (worried)", "per the county (plan)": an adjunct, not a noun phrase
    # ("retired harbour master Olav Brekke" is one)
    reduced_relative = len(toks) > 2 and toks[-2][2].casefold() in PRONOUNS  # "Everyone I interviewed"
    if (first.islower() or len(toks) > 1) and head.endswith("ed") and toks[-1][2].islower() and not reduced_relative:
        return None  # "(Economists that) the bank hired", "Korana's purchase of the ferry renewed": a clause
    if head in PREPOSITIONS or head == "you":
        return None  # "the former secretary of (state)", "(as) you (know)"
    for k in range(1, len(toks)):
        if _is_adverb(toks[k][2]) and (k == len(toks) - 1 or toks[k + 1][2].endswith("s")):
            return None  # "The mayor currently stands at the pier": a clause ("newly elected" is not)
    if not ok and not (len(toks) == 1 and first.casefold().endswith(_PLURAL_AGENT_ENDINGS)):
        return None  # (a plural agent noun alone is a speaker: "environmentalists worry")
    return toks[0][0], toks[-1][1]


def _group_subject(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens of a group subject before its past-tense verb ("several local unions granted"), or none.

    Only a noun phrase headed by a group noun ("unions", "officials", "the council") counts: the subject of
    a sentence whose main verb is no speech verb but whose participle ("..., saying ...") reports speech.
    """
    for k in range(1, min(len(toks), _MAX_NP_TOKENS + 1)):
        word = toks[k][2]
        if not word.islower():
            continue
        if not (word.endswith("ed") or word in IRREGULAR_PAST or word in AUXILIARIES):
            continue
        head = toks[k - 1][2]
        if head.islower() and head in GROUP_NOUNS and _plain_noun_phrase(toks[:k]):
            return toks[:k]
        return []
    return []


def _fronted_adjunct(masked: str, start: int, end: int) -> bool:
    """True when ``masked[start:end]`` is a fronted adjunct ("In July", "Like Ida Lund", "In the end"), no clause."""
    toks = _tokens(masked, start, end)
    if len(toks) < 3:
        return True
    opener = toks[0][2].casefold() in PREPOSITIONS or toks[0][2].casefold() in _FRONTED_OPENERS
    return opener and "," not in masked[start:end].rstrip(" ,")  # ("After a delay, the pier opened": a clause)


def _past_fronted(masked: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*toks* after a fronted adjunct and its comma ("Under the plan, ...", "Chastened, Quell ...")."""
    if not toks:
        return toks
    low = toks[0][2].casefold()
    fronted = low in PREPOSITIONS or low in _FRONTED_OPENERS or (low.endswith(("ing", "ed")) and len(low) > 4)
    if not fronted:
        return toks
    for k in range(min(len(toks), _MAX_FRONTED_TOKENS)):
        if k + 1 < len(toks) and "," in masked[toks[k][1] : toks[k + 1][0]]:
            return toks[k + 1 :]
    return toks


def _is_adverb(word: str) -> bool:
    """True for a lower-case "-ly" adverb ("currently"), not a noun ("family", "ally")."""
    return word.endswith("ly") and word.islower() and len(word) > 4 and word not in _LY_NOUNS


def _plain_noun_phrase(toks: Sequence[tuple[int, int, str]]) -> bool:
    """True for a short noun phrase with no verb in it ("A 2019 study", "Those close"; not "Smith refuses")."""
    if not toks or len(toks) > _MAX_NP_TOKENS or _noun_phrase(toks) is None:
        return False
    if toks[0][2].casefold() in PRONOUNS or toks[0][2].casefold() in CLAUSE_WORDS:
        return False
    for n, tok in enumerate(toks[1:], 1):
        low = tok[2]
        if not low.islower():
            continue
        if low in SPEECH_VERBS or low in AUXILIARIES or low in CLAUSE_WORDS or low.endswith("ed"):
            return False
        plural = low.endswith(_PLURAL_AGENT_ENDINGS) or low in GROUP_NOUNS
        if n == len(toks) - 1 and low.endswith("s") and not plural:
            return False  # "Smith refuses (to ...)": a verb
    return True


def _speaker_after(text: str, masked: str, start: int, end: int) -> _Mention | None:
    """The speaker mention right after an inverted verb (``said Jane Doe, an analyst``), or None."""
    end = min(end, start + _WINDOW)
    stop = _next_stop(masked, start, end)
    chunk_end = stop.start() if stop else end
    toks = _tokens(masked, start, chunk_end)
    if not toks:
        return None
    kept: list[tuple[int, int, str]] = []
    for tok in toks:
        if kept and tok[2].casefold() in _MENTION_END:
            break
        kept.append(tok)
        if len(kept) >= _MAX_SPEAKER_TOKENS:
            break
    first = kept[0][2]
    if first in PREPOSITIONS:
        return None  # "(supported) by the dock workers": an agent, not an inverted speaker
    named = any(_is_cap(t[2]) for t in kept)  # "said regional fire commander Tiago Moreira"
    if not (named or first.casefold() in DETERMINERS or first.casefold() in PRONOUNS):
        return None
    if first.casefold() in CLAUSE_WORDS and first.casefold() not in PRONOUNS:
        return None
    if first.casefold() in PRONOUNS and len(kept) > 1:
        return None  # "said he had fought": the pronoun opens a clause, it is not an inverted speaker
    mention = _Mention(kept[0][0], kept[-1][1])
    if stop is not None and masked[stop.start()] == ",":
        role_end_match = _next_stop(masked, stop.end(), end)
        role_end = role_end_match.start() if role_end_match else end
        role = text[stop.end() : role_end].strip(_EDGE_PUNCT)
        role_first = role.split(" ", 1)[0].casefold() if role else ""
        if (
            role
            and MASK not in masked[stop.end() : role_end]
            and (role[:1].islower() or role_first in {"a", "an", "the"})
            and role_first not in CLAUSE_WORDS
        ):
            mention.role = role
    return mention


def _source_after(masked: str, start: int, end: int) -> _Mention | None:
    """A lower-case source after "according to" ("city records", "court filings"), or None."""
    stop = _next_stop(masked, start, min(end, start + _WINDOW))
    kept: list[tuple[int, int, str]] = []
    for tok in _tokens(masked, start, stop.start() if stop else end)[:6]:
        if tok[2].casefold() in _MENTION_END or tok[2].casefold() in CLAUSE_WORDS:
            break
        kept.append(tok)
    if not kept or len(kept) > 5:
        return None
    return _Mention(kept[0][0], kept[-1][1])


# ------------------------------------------------------------------------- statements


def _from(items: Sequence[_T], lo: int, hi: int | None = None) -> Iterator[_T]:
    """``items[lo:hi]`` without a copy and without walking the first *lo* items (as ``islice`` does)."""
    return map(items.__getitem__, range(lo, len(items) if hi is None else min(hi, len(items))))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in " \t\r\n,;:—–―-":
        end -= 1
    return start, end


def _trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``_trim`` that also drops quote marks at both ends (a transcript paragraph's own marks)."""
    while start < end and (text[start] in _EDGE_PUNCT or text[start] in _MARK_CHARS):
        start += 1
    while end > start and (text[end - 1] in " \t\r\n,;:—–-" or text[end - 1] in _MARK_CHARS):
        end -= 1
    return start, end


def _classify(
    masked: str, spans: Sequence[_Span], starts: Sequence[int], start: int, end: int
) -> tuple[QuoteKind, int, int] | None:
    """Kind and span of the statement in ``start..end``: one quotation, quoted words, or none."""
    start, end = _trim(masked, start, end)
    if end - start < 2:
        return None
    lo = bisect.bisect_left(starts, start - 1)
    inside = []
    for span in _from(spans, lo):
        if span.open >= end:
            break
        if span.start < end and span.end > start:
            inside.append(span)
    if not inside:
        if len(_tokens(masked, start, end)) < 2:
            return None
        return "indirect", start, end
    if len(inside) == 1:
        span = inside[0]
        rest = masked[start : span.open] + masked[span.close : end]
        if not any(c.isalnum() for c in rest):
            return "direct", span.start, span.end
    first = inside[0]
    last = inside[-1]
    return "partial", min(start, first.open), max(end, last.close)


def _content_after(masked: str, pos: int, end: int, verb: str) -> int:
    """Where the statement begins after a verb: past a hearer, adjuncts and "that"."""
    window_end = min(end, pos + 90)
    that = _THAT.search(masked, pos, window_end) if masked.find("that", pos, window_end) >= 0 else None
    if that is not None:
        between = masked[pos : that.start()]
        words = between.split()
        clean = not any(c in between for c in '.;:“”"' + MASK)
        # Only an adjunct or a hearer may stand before "that": "said on Monday that", "told reporters that"
        # (not "said seedlings that had ...").
        opener = not words or words[0].casefold().strip(",") in _ADJUNCT_STARTS or verb.casefold() in OBJECT_CUES
        if clean and opener and len(words) <= 5 and not any(w.casefold() in CLAUSE_WORDS for w in words):
            return that.end()
    if verb.casefold() in OBJECT_CUES:
        toks = _tokens(masked, pos, min(end, pos + 40))
        if toks and toks[0][2].casefold() in _HEARERS and not (len(toks) > 1 and toks[1][2] == "to"):
            return toks[0][1]  # ("urged supporters to vote": the hearers are part of what they are urged to do)
    return _past_time_phrase(masked, pos, end)


#: Words that open a time phrase right after a speech verb ("said on Monday", "said last week").
_TIME_OPENERS: Final = frozenset({"on", "last", "this", "earlier", "late", "early", "in"}) | frozenset(
    day.casefold() for day in WEEKDAYS
)


def _past_time_phrase(masked: str, pos: int, end: int) -> int:
    """Where a statement starts after a time phrase that opens it ("said on Monday it would ...")."""
    toks = _tokens(masked, pos, min(end, pos + 60))[:6]
    if len(toks) < 2 or toks[0][2].casefold() not in _TIME_OPENERS or masked[pos : toks[0][0]].strip():
        return pos
    for k in range(min(4, len(toks) - 1), 0, -1):
        following = toks[k][2]
        low = following.casefold()
        if low in _TIME_PHRASE_WORDS or not _is_time_phrase(masked[toks[0][0] : toks[k - 1][1]]):
            continue
        if low in PRONOUNS or low in DETERMINERS or _is_cap(following):
            return toks[k][0]  # the time phrase belongs to the attribution
    return pos


def _start(match: regex.Match[str] | re.Match[str]) -> int:
    return match.start()


def _has_word(masked: str, start: int, end: int) -> bool:
    """True when ``masked[start:end]`` holds a letter, a digit or masked quoted words."""
    return any(c.isalnum() or c == MASK for c in masked[start:end])


def _content_end(masked: str, sep_start: int, sep_end: int) -> int:
    """Where a statement ends at a separator: after a closing quote mark, before a comma."""
    return sep_end if masked[sep_start] in _MARK_CHARS else sep_start


# ------------------------------------------------------------------------- per sentence


@attrs.define
class _Scan:
    """The state of one pass over a text: the masked copy, quote spans, what was found."""

    text: str
    masked: str
    spans: list[_Span]
    starts: list[int]
    found: list[_Found] = attrs.field(factory=list)
    sentence_start: int = 0
    #: The surnames of the full names in the text, worked out on first use (:meth:`surnames`).
    _surnames: frozenset[str] | None = None

    def surnames(self) -> frozenset[str]:
        """The capitalised words that follow another capitalised word in the text ("Ida Lund" gives "Lund")."""
        if self._surnames is None:
            self._surnames = frozenset(_SURNAME.findall(self.text, overlapped=True))
        return self._surnames

    def add(
        self,
        kind_span: tuple[QuoteKind, int, int] | None,
        cue: tuple[int, int] | None,
        mention: _Mention | None,
        attr: tuple[int, int],
        parent: _Found | None = None,
    ) -> _Found | None:
        if kind_span is None:
            return None
        kind, start, end = kind_span
        if end <= start:
            return None
        if mention is not None and _is_time_phrase(self.text[mention.start : mention.end]):
            # "Two days later said ...": a time phrase is never a speaker (a quotation stays, unattributed).
            if kind != "direct":
                return None
            mention, cue = None, None
        if kind == "indirect" and cue is not None and _PREPOSITION_FIRST.match(self.text, start, end) is not None:
            # "reported from the atoll", "called into a show": the verb's adjunct, no statement
            return None
        if mention is not None and mention.sentence < 0:
            mention.sentence = self.sentence_start
        item = _Found(start, end, kind, cue[0] if cue else None, cue[1] if cue else None, mention, *attr, parent)
        self.found.append(item)
        return item

    def quotes_in(self, start: int, end: int, limit: int | None = None) -> list[_Span]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)  # (spans open in order: two searches, no Python loop)
        return self.spans[lo : hi if limit is None else min(hi, lo + limit)]

    def sentence(self, s: int, e: int, last: _Found | None) -> _Found | None:
        """Attribute the statements of one sentence; return the last quote found (or *last*)."""
        self.sentence_start = s
        cues = _cues(self.masked, s, e)
        first = len(self.found)
        result = self._sentence(s, e, last, cues)
        for cue in cues[:_MAX_CUES]:
            # "Quell backs Lund, who says she is grateful": a relative clause's own attribution.
            relative = self._relative(cue, s, e)
            if relative is None:
                continue
            mention, content, end = relative
            statement = _classify(self.masked, self.spans, self.starts, content, end)
            if statement is None or any(
                f.start < statement[2] and statement[1] < f.end for f in _from(self.found, first)
            ):
                continue
            self.add(statement, (cue.verb_start, cue.verb_end), mention, (mention.start, content))
        return result

    def _double_attribution(self, cue: _Cue, s: int, result: _Found, mark: int) -> _Found | None:
        """'Lund said she felt the pier was "unsafe," she said. "..."': the opening attribution owns the statement.

        When a sentence opens with its speaker and speech verb and ends in a pronoun's trailing attribution
        ("she said"), the statement is the opening speaker's; the trailing attribution goes with the
        quotation after it, which becomes a quote of its own. Returns a stand-in for that trailing
        attribution (never itself a quote) for the next sentence to hang on, or None.
        """
        masked = self.masked
        if cue.kind != "verb" or result.mention is None or len(self.found) != mark + 1:
            return None
        if result.kind == "indirect" or not result.start <= cue.start < result.end:
            return None
        if masked[result.mention.start : result.mention.end].casefold() not in PRONOUNS:
            return None
        speaker = _speaker_before(masked, s, cue.start)
        if speaker is None or _has_word(masked, s, speaker[0]):
            return None
        removed = self.found[mark:]
        del self.found[mark:]
        first = self._attribute(cue, s, result.end)
        if first is None or first.mention is None or first.mention.start != speaker[0]:
            self.found[mark:] = removed
            return None
        return _trailing_stand_in(result)

    def _colon_introduced(self, cue: _Cue, s: int, result: _Found, mark: int) -> _Found | None:
        """'Sen. Ida Lund scolded him: "A," she said. "B."': the colon's subject speaks A, the pronoun B.

        When a pronoun's trailing attribution takes a statement that opens with its own subject, verb and a
        colon before the quotation, the quotation is that subject's; the pronoun's attribution goes with the
        quotation after it. Returns a stand-in for that attribution (never itself a quote) for the next
        sentence to hang on, or None (nothing changed).
        """
        masked = self.masked
        mention = result.mention
        if cue.kind != "verb" or mention is None or result.kind != "partial" or self.found[mark].start > s + 1:
            return None
        if masked[mention.start : mention.end].casefold() not in PRONOUNS:
            return None
        spans = self.quotes_in(s, cue.start, limit=1)
        if not spans or not masked[s : spans[0].open].rstrip().endswith(":") or spans[0].close > cue.start:
            return None
        removed = self.found[mark:]
        del self.found[mark:]
        intro = self._subject_verb(s, spans[0].close, spans)
        if intro is None or intro.kind != "direct" or intro.mention is None or intro.mention.start == mention.start:
            self.found[mark:] = removed
            return None
        return _trailing_stand_in(result)

    def _relative(self, cue: _Cue, s: int, e: int) -> tuple[_Mention, int, int] | None:
        """'Jane Doe, who said ...', 'an architect who says ...': "who" (or "which") speaks for the noun before it.

        Returns the mention of the pronoun (its antecedent set) and where the statement starts and ends.
        """
        masked = self.masked
        if cue.kind != "verb" or masked.find("wh", max(s, cue.start - 40), cue.start) < 0:
            return None
        toks = _tokens(masked, max(s, cue.start - 40), cue.start)
        k = len(toks) - 1
        while k >= 0 and len(toks) - k <= 3 and toks[k][2].casefold() not in _RELATIVES:
            k -= 1  # "who in 2010 said": a short adjunct may stand between
        if k < 0 or len(toks) - k > 3 or toks[k][2].casefold() not in _RELATIVES:
            return None
        rel = toks[k]
        if _has_punctuation(masked, rel[1], cue.start):
            return None
        for tok in toks[k + 1 :]:
            word = tok[2].casefold()
            if not (word in _ADJUNCT_STARTS or word in AUXILIARIES or word.isdigit() or word.endswith("ly")):
                return None  # "which advocates say": the words between are the clause's own subject
        before = masked[max(s, rel[0] - 3) : rel[0]].rstrip()
        ante_end = _space_before(masked, s, rel[0])
        if before.endswith(","):
            ante_end -= 1
        elif before and not before[-1].isalnum():
            return None
        antecedent = self._antecedent(s, ante_end)
        if antecedent is None:
            return None
        content = _content_after(masked, cue.verb_end, e, cue.verb)
        end = e
        if before.endswith(","):
            # "The mayor, who said the budget was tight, resigned": the main clause's verb ends the statement.
            for comma in _MAIN_VERB_AFTER.finditer(masked, content, e):
                verb = comma.group("verb")
                if verb.endswith("ed") or verb in AUXILIARIES or verb in _PASSIVE:
                    end = comma.start()
                    break
        return _Mention(rel[0], rel[1], antecedent=antecedent), content, end

    def _antecedent(self, s: int, end: int) -> tuple[int, int] | None:
        """The noun phrase ending at *end* that a relative pronoun after it stands for: a name, "an architect"."""
        masked = self.masked
        toks = _tokens(masked, max(s, end - 80), end)
        if not toks or toks[-1][1] != end:
            return None
        k = len(toks) - 1
        if _is_cap(toks[k][2]) and _is_name_word(toks[k][2]):
            while k > 0 and len(toks) - k < 5 and (_is_name_word(toks[k - 1][2]) or toks[k - 1][2] in _PARTICLES):
                k -= 1
            return toks[k][0], end
        if toks[k][2].casefold() in GROUP_NOUNS or toks[k][2].casefold().endswith(_PLURAL_AGENT_ENDINGS):
            j = k
            while j > 0 and k - j < 3 and toks[j - 1][2].casefold() not in DETERMINERS and toks[j - 1][2].islower():
                j -= 1
            if j > 0 and toks[j - 1][2].casefold() in DETERMINERS:
                j -= 1
            return toks[j][0], end
        role = toks[k][2].casefold() in ROLE_WORDS
        for j in range(k - 1, max(-1, k - 4), -1):
            word = toks[j][2].casefold()
            if word in DETERMINERS:
                return toks[j][0], end  # "an architect", "the company's lawyer"
            if role and _is_name_word(toks[j][2]):
                continue  # "the Senate majority leader": a role may carry capitalised words
            if not toks[j][2].islower() or word in CLAUSE_WORDS or word in _PASSIVE:
                break
        return None

    def _sentence(self, s: int, e: int, last: _Found | None, cues: tuple[_Cue, ...]) -> _Found | None:
        masked = self.masked
        put = _AS_PUT_IT.search(masked, s, e) if " put it" in masked[s:e] else None
        if put is not None:
            found = self._as_put_it(put, s, e)
            if found is not None:
                # 'Critics echo her concerns, since the rule is "unfair," as a memo put it': the words before
                # the quoted clause keep their own attribution.
                for cue in cues[:_MAX_CUES]:
                    if cue.verb_end > found.start or self._attribute(cue, s, found.start) is not None:
                        break
                return found
        if len(cues) > 1 and cues[0].kind == "verb" and _SUBORDINATE.match(masked, s, cues[0].start) is not None:
            # "While he conceded that ..., Ode also noted ...": the main clause has its own speaker and statement.
            comma = masked.find(",", cues[0].verb_end, cues[-1].start)
            main = [cue for cue in cues if comma >= 0 and cue.start > comma]
            if main:
                mark = len(self.found)
                self._attribute(cues[0], s, comma)
                for cue in main[:_MAX_CUES]:
                    result = self._attribute(cue, comma + 1, e)
                    if result is not None:
                        return result
                del self.found[mark:]  # no main-clause statement: read the sentence as a whole below
        if cues and cues[0].kind == "verb" and _SUBORDINATE.match(masked, s, cues[0].start) is not None:
            # 'Though she called the levy "unfair," Lund limited her remarks': the subordinate clause's statement
            # ends where the main clause begins.
            main_start = self._main_clause(cues[0].verb_end, e)
            if main_start is not None:
                result = self._attribute(cues[0], s, main_start)
                if result is not None:
                    return result
        if len(cues) > 1 and cues[-1].kind == "verb" and cues[-1].verb.casefold() in TRAILING_VERBS:
            # "..., divers found cracked pilings, said Jane Doe": the attribution at the end wins.
            mark = len(self.found)
            result = self._attribute(cues[-1], s, e, trailing_only=True)
            if result is not None:
                return self._double_attribution(cues[0], s, result, mark) or result
        if len(cues) > 1:
            # '..., Lund noted, but Quell boasted, "That makes me right."': the last verb owns the closing quote.
            closing = self._introduced_quote(cues[-1], s, e)
            if closing is not None:
                opening = (closing.parent or closing).start  # (a statement from the sentence's start owns it all)
                for cue in cues[: min(len(cues) - 1, _MAX_CUES)]:
                    if opening <= cue.start:
                        break
                    if cue.verb_end < closing.attr_start and self._attribute(cue, s, closing.attr_start) is not None:
                        break  # the sentence before the closing quotation has its own attribution
                return closing
        for cue in cues[:_MAX_CUES]:
            mark = len(self.found)
            result = self._attribute(cue, s, e)
            if result is not None:
                return self._colon_introduced(cue, s, result, mark) or result
        nominal = _NOMINAL.search(masked, s, e) if "'s " in masked[s:e] else None
        if nominal is not None and nominal.group("who").casefold() not in DETERMINERS:
            # "Politifact checked Jane Doe's claim that ...": the possessor made the statement.
            mention = _Mention(*nominal.span("who"))
            that = nominal.end() - 4
            return self.add(
                _classify(masked, self.spans, self.starts, that, e), nominal.span("noun"), mention, (s, that)
            )
        # No attribution: a sentence that is only a quotation continues the one before it.
        spans = self.quotes_in(s, e)
        if len(spans) == 1:
            span = spans[0]
            rest = masked[s : span.open] + masked[span.close : e]
            if not any(c.isalnum() for c in rest) and span.end > span.start:
                item = _Found(span.start, span.end, "direct", None, None, None, s, s, last)
                self.found.append(item)
                return item
            dash = _DASH_SPEAKER.match(masked, span.close, e)
            if dash is not None and not _has_word(masked, s, span.open) and span.end > span.start:
                # '"..." — Jane Doe': the speaker signs the quotation.
                mention = _signature(masked, dash)
                return self.add(("direct", span.start, span.end), dash.span("dash"), mention, (span.close, e))
        if len(spans) > 1:
            signed = self._signed(spans, s, e)
            if signed is not None:
                return signed
        if spans:
            return self._subject_verb(s, e, spans) or last
        return last

    def _main_clause(self, start: int, end: int) -> int | None:
        """The comma after which a main clause opens with its subject ("..., Lund limited ..."), or None."""
        for comma in _CLAUSE_COMMA.finditer(self.masked, start, end):
            word = comma.group("word")
            low = word.casefold()
            if low in PRONOUNS or low in DETERMINERS or (_is_cap(word) and low not in _CLAUSE_OR_CONNECTIVE):
                return comma.start()
        return None

    def _signed(self, spans: list[_Span], s: int, e: int) -> _Found | None:
        """Quotations each signed by a dash and a name, one a line ('"..." ― Jane Doe' then '"..." ― Ivo Marek')."""
        masked = self.masked
        pos = s
        found: list[tuple[_Span, regex.Match[str]]] = []
        for span in spans:
            if _has_word(masked, pos, span.open) or span.end <= span.start:
                return None
            sign = _SIGNED.match(masked, span.close, e)
            if sign is None:
                return None
            found.append((span, sign))
            pos = sign.end()
        if _has_word(masked, pos, e):
            return None
        last = None
        for span, sign in found:
            mention = _signature(masked, sign)
            last = (
                self.add(("direct", span.start, span.end), sign.span("dash"), mention, (span.close, sign.end())) or last
            )
        return last

    def _subject_verb(self, s: int, e: int, spans: list[_Span]) -> _Found | None:
        """Quoted words in 'Name verb ... "words" ...': the subject said them (PolNeAR's "mixed")."""
        masked = self.masked
        toks = _tokens(masked, s, spans[0].open)
        comma = masked.find(",", s, spans[0].open)
        before = _tokens(masked, s, comma) if comma >= 0 else []
        fronted = 0 < len(before) <= 5 and (
            before[0][2].casefold() in _FRONTED_WORDS
            or _is_time_phrase(masked[s:comma])
            or not _is_name_word(before[0][2])
        )
        if not fronted and 0 < len(before) <= 2 * _MAX_FRONTED_TOKENS:
            # "When Ode took the stage, she ...", "With leaders worried about the turnout among young voters,
            # Lund is ...": a subordinate clause or a long adjunct opens the sentence, the subject follows it.
            low = before[0][2].casefold()
            fronted = low in PREPOSITIONS or low in _FRONTED_OPENERS or _SUBORDINATE.match(masked, s) is not None
        if fronted:
            toks = [t for t in toks if t[0] > comma]  # "In recent weeks, Lund has ..." (not "Quell, who ...")
        while toks and toks[0][2].casefold() in CONNECTIVES:
            toks = toks[1:]
        head: list[tuple[int, int, str]] = []
        for tok in toks[:8]:
            word = tok[2]
            if head and masked[tok[0] - 1] == "(":
                break  # "Ida Lund (D-Kor.)": the party is not the name
            if not head and word.casefold() in PRONOUNS and word.casefold() not in {"it", "you", "i", "we"}:
                head.append(tok)
                break
            low = word.casefold()
            if _is_cap(word) or word in _PARTICLES or low in ROLE_WORDS or (not head and low in DETERMINERS):
                head.append(tok)
            elif word == "of" and head and _is_cap(head[-1][2]) and _PLACE_AFTER_OF.match(masked, tok[1]):
                head.append(tok)  # "Gov. Ida Lund of West Korana"
            else:
                break
        before_quote = masked[s : spans[-1].open].rstrip()
        colon = before_quote.endswith(":") and not _has_word(masked, spans[-1].close, e)
        if (
            colon
            and "\n" not in masked[s + len(before_quote) : spans[-1].open]
            and len(head) == 1
            and head[0] is toks[0]
            and head[0][2].casefold() in DETERMINERS
            and len(toks) > 2
        ):
            if toks[1][2].isalpha() and toks[1][2].islower() and toks[1][2] not in CLAUSE_WORDS:
                head = toks[:2]  # 'The letter used her words as its headline: "..."': a common noun introduces it
        elif not head or not any(_names(t[2]) for t in head):
            return self._pronoun_verb(s, e, spans)
        if not head:
            return self._pronoun_verb(s, e, spans)
        after = head[-1][1]
        for _ in range(2):
            # "Lund (D-Kor.), in particular, has been criticising", "Quell, who ..., blasted": skip the insertion
            gap = masked[after : after + 2].lstrip()[:1]
            close = {"(": ")", ",": ","}.get(gap)
            if close is None:
                break
            shut = masked.find(close, masked.find(gap, after) + 1, min(spans[0].open, after + _INSERTION_CHARS))
            if shut < 0:
                break
            after = shut + 1
        rest = [t for t in toks if t[0] >= after]
        if not rest:
            return None
        verb = rest[0]
        helped = 0
        while (
            helped < 3
            and len(rest) > helped + 1
            and (verb[2] in AUXILIARIES or verb[2] in {"been", "is", "was", "are", "were"} or _is_adverb(verb[2]))
        ):
            helped += 1  # "has been steadily pounding", "has gone after"
            verb = rest[helped]
        word = verb[2].casefold()
        endings: tuple[str, ...] = ("ed", "s", "ing", "en", "ne", "wn") if helped else ("ed", "s")
        if any(tok[2] in _BE for tok in rest[:helped]) and not word.endswith("ing"):
            endings = ()  # "they were labeled": a passive, its subject is not the speaker ("is criticising" is)
        if (
            not verb[2].isalpha()
            or not verb[2].islower()
            or word in CLAUSE_WORDS
            or word in _PASSIVE
            or not (word.endswith(endings) or word in IRREGULAR_PAST)  # ("went on about", "took aim at")
            or (len(rest) > helped + 1 and rest[helped + 1][2] in _FINITE_AFTER_NOUN)
        ):
            return self._pronoun_verb(s, e, spans)
        mention = _Mention(head[0][0], head[-1][1])
        span = spans[-1]
        if masked[verb[1] : span.open].rstrip().endswith(":") and not _has_word(masked, span.close, e):
            # 'The letter used her words as its headline: "..."': a colon introduces the quotation itself
            later = _tokens(masked, verb[1], span.open)
            for k in range(len(later) - 2, 0, -1):
                # ('She grew so upset that I had to change my answer: "..."': the colon's own clause's subject)
                word, prev = later[k][2], later[k - 1][2].casefold()
                if word.casefold() in _PERSON_SUBJECTS and (prev in CLAUSE_WORDS or prev == "and"):
                    if later[k + 1][2].islower() and later[k + 1][2] not in _CLAUSE_NOT_AUXILIARY:
                        verb = later[k + 1]
                        mention = _Mention(later[k][0], later[k][1])
                    break
            return self.add(("direct", span.start, span.end), (verb[0], verb[1]), mention, (s, span.open))
        statement = _classify(masked, self.spans, self.starts, verb[1], e)
        if statement is not None and _SV_PREP.match(masked, statement[1], statement[2]) is not None:
            return None
        return self.add(statement, (verb[0], verb[1]), mention, (s, verb[1]))

    def _pronoun_verb(self, s: int, e: int, spans: list[_Span]) -> _Found | None:
        """'In an interview last week he blasted the media as "dishonest"': a pronoun subject just before the quote."""
        masked = self.masked
        toks = _tokens(masked, max(s, spans[0].open - 120), spans[0].open)
        for k in range(len(toks) - 2, -1, -1):
            low = toks[k][2].casefold()
            if low not in {"he", "she", "they"}:
                continue
            verb = toks[k + 1]
            word = verb[2]
            if (
                not word.isalpha()
                or not word.islower()
                or word in CLAUSE_WORDS
                or word in _PASSIVE
                or word in AUXILIARIES
                or not word.endswith(("ed", "s"))
                or len(toks) - k - 2 > 8
            ):
                return None
            mention = _Mention(toks[k][0], toks[k][1])
            statement = _classify(masked, self.spans, self.starts, verb[1], e)
            if statement is None or statement[0] != "partial":
                return None
            if _SV_PREP.match(masked, statement[1], statement[2]) is not None:
                return None
            return self.add(statement, (verb[0], verb[1]), mention, (s, verb[1]))
        return None

    def _attribute(self, cue: _Cue, s: int, e: int, *, trailing_only: bool = False) -> _Found | None:
        masked = self.masked
        if cue.kind == "acc":
            return self._according(cue, s, e)
        if cue.kind == "part":
            return None if trailing_only else self._participle(cue, s, e)
        verb_start, verb_end = cue.verb_start, cue.verb_end
        aux_start = cue.start
        if cue.verb[:1].isupper() and not _has_word(masked, s, cue.start):
            return None if trailing_only else self._said_first(cue, s, e)
        before = _tokens(masked, max(s, aux_start - 30), aux_start)
        if before and aux_start - before[-1][1] <= 1:
            word = before[-1][2].casefold()
            if word in _PASSIVE or word in _BEFORE_NOUN_ONLY or word.endswith("'s"):
                return None  # "was told", "the report", "Quell's claim": not a speech verb here
        cue_span = (verb_start, verb_end)
        right_tokens = _tokens(masked, verb_end, min(e, verb_end + _WINDOW))
        if (
            right_tokens
            and right_tokens[0][2].casefold() in _NOT_AFTER_VERB
            and not masked[verb_end : right_tokens[0][0]].strip()
        ):
            return None  # "battleground states could", "health worries have": a noun, not a speech verb
        right_quotes = self.quotes_in(verb_end, e, limit=1)
        # '"A," she said, "B."': the quotation resumes right after the attribution.
        resumes = right_quotes[0] if right_quotes and self._resumes(verb_end, right_quotes[0]) else None
        # "vowed to end the tax": "to" opens the statement after a verb of intent, not an adjunct ("said to CNN")
        intent = bool(right_tokens) and right_tokens[0][2].casefold() == "to" and cue.verb.casefold() in INTENT_VERBS
        short = not right_quotes and (
            not right_tokens
            or (
                len(right_tokens) <= _MAX_TRAILING_TOKENS
                and not intent
                and (right_tokens[0][2].casefold() in _ADJUNCT_STARTS or cue.verb.casefold() in OBJECT_CUES)
            )
        )
        sep = _SEP_BACK.search(masked, max(s, aux_start - _WINDOW), aux_start)
        sep_start, sep_end = (sep.start(), sep.end()) if sep else (s, s)
        chunk_blank = not masked[sep_end:aux_start].strip()
        speaker_end = aux_start
        paren = masked.rfind("(", max(s, sep_start - 40), sep_start) if sep and chunk_blank else -1
        if sep and masked[sep_start] == ")" and paren > s:
            # "Rep. Jane Doe (D-Md.) said": the party and state are not the speaker's words.
            speaker_end = paren
            sep = _SEP_BACK.search(masked, max(s, paren - _WINDOW), paren)
            sep_start, sep_end = (sep.start(), sep.end()) if sep else (s, s)
            chunk_blank = not masked[sep_end:paren].strip()
        if right_quotes and not chunk_blank and not trailing_only:
            # 'In a statement, Jane Doe said: "..."' (the quotation may open the next paragraph).
            colon = masked.find(":", verb_end, right_quotes[0].open)
            stop = _next_stop(masked, verb_end, colon + 1) if colon >= 0 else None
            if stop is not None and stop.start() == colon and not masked[colon + 1 : right_quotes[0].open].strip():
                speaker = _speaker_before(masked, sep_end if sep else s, speaker_end)
                if speaker is not None:
                    statement = _classify(masked, self.spans, self.starts, colon + 1, e)
                    return self.add(statement, cue_span, _Mention(*speaker), (s, colon + 1))
        if sep and chunk_blank and sep_start > s:
            if masked[sep_start] == "," and not _has_word(masked, s, sep_start):
                return None
            # Appositive: "Jane Doe, an analyst at X, said ..."
            if masked[sep_start] == ",":
                apposition = self._apposition(s, sep_start)
                if apposition is not None:
                    name_span, role, left_end = apposition
                    mention = _Mention(name_span[0], name_span[1], role)
                    left = _classify(masked, self.spans, self.starts, s, left_end) if left_end > s else None
                    if left is not None and (short or left[0] == "direct"):
                        found = self._trailing(s, left_end, e, cue_span, mention, resumes=resumes)
                    elif trailing_only:
                        return None
                    else:
                        content = _content_after(masked, verb_end, e, cue.verb)
                        split = self._coordinated(content, e)
                        if split is not None:
                            # "Jane Doe, the chief, said A, but she said B": A is hers, B attributed on its own
                            found = self._coordinated_pair(split, cue_span, mention, (s, content), e)
                        else:
                            found = self.add(
                                _classify(masked, self.spans, self.starts, content, e), cue_span, mention, (s, content)
                            )
                    if found is not None:
                        return found
            # Inverted: '"...," said Jane Doe' / '..., says the report.'
            inverted = _speaker_after(self.text, masked, verb_end, e)
            if inverted is None and masked[sep_start] == ",":
                # A stray comma: '"...," Jane Doe, said.'
                prev = _SEP_BACK.search(masked, s, sep_start)
                closes_quote = prev is not None and any(
                    c == MASK or c in _MARK_CHARS for c in masked[max(s, prev.start() - 1) : prev.end() + 1]
                )
                if prev is not None and prev.start() > s and closes_quote:
                    speaker = _speaker_before(masked, prev.end(), sep_start)
                    if speaker is not None:
                        sep_start = prev.start()
                        inverted = _Mention(*speaker)
            if inverted is None:
                return None
            if cue.verb.casefold() not in TRAILING_VERBS:
                left = _classify(masked, self.spans, self.starts, s, _content_end(masked, sep_start, sep_end))
                if left is None or left[0] == "indirect":
                    # "The program, called EB-5, allows ...", "A study of the ports ― shows ...": a subject
                    # with an insertion; only a reporting verb inverts after unquoted words ("..., says the report")
                    return None
            return self._trailing(s, sep_start, e, cue_span, inverted, resumes=None)
        chunk_start = sep_end if sep else s
        speaker = _speaker_before(masked, chunk_start, speaker_end)
        if speaker is None:
            if trailing_only:
                return None
            # "Ida Lund toured the port and said ...": the subject of the sentence speaks.
            subject = self._coordinated_subject(s, chunk_start, speaker_end)
            if subject is None:
                return None
            content = _content_after(masked, verb_end, e, cue.verb)
            if self._noun_use(cue, subject, content):
                return None
            statement = _classify(masked, self.spans, self.starts, content, e)
            if statement is not None and statement[0] == "indirect" and cue.verb.casefold() in STANCE_VERBS:
                return None
            return self.add(statement, cue_span, _Mention(*subject), (s, content))
        if masked[speaker[0] : speaker[1]] in _QUANTIFIERS and cue.start == verb_start and cue.verb.endswith("s"):
            return None  # "when some calls ...": a plural quantifier takes no "-s" verb; "calls" is a noun here
        mention = _Mention(*speaker)
        # "... which confirmed what I always knew", "... what many expect to be ...": "what" is the verb's object
        # (a free relative), so the verb has no statement of its own on either side.
        lead = _tokens(masked, chunk_start, speaker[0])
        if lead and lead[-1][2].casefold() in _BE:
            return None  # "the study should be a five-alarm call to voters": a predicate noun, no speaker
        if lead and lead[-1][2].casefold() == "what" and not self.quotes_in(verb_end, e, limit=1):
            # "what Ode said when she resigned", "what I always knew.": "what" is the verb's object, so no
            # statement follows unless a clause does ("what Ode says the plan would do").
            after = _tokens(masked, verb_end, min(e, verb_end + 40))
            if not after or after[0][2].casefold() in CLAUSE_WORDS or after[0][2].casefold() in CONNECTIVES:
                return None
        # "..., and the streets were quiet as regulars continued": a clause stands before the speaker, so the
        # words before the separator are not what the speaker said ("..., as police have said" are).
        clause_before = any(t[2].casefold() not in _SUBJECT_OPENERS for t in lead) and not (
            len(lead) == 1 and lead[0][2].casefold() == "as"
        )
        if sep is not None and sep_start > s and _has_word(masked, s, sep_start) and not clause_before:
            left = _classify(masked, self.spans, self.starts, s, _content_end(masked, sep_start, sep_end))
            if left is not None and left[0] == "indirect" and _fronted_adjunct(masked, s, sep_start):
                left = None  # "In July, the board said ...": a fronted adjunct is not a statement
            quoted = left is not None and left[0] != "indirect"
            # '"The country "has changed," X said in June, citing ...': an adjunct after the verb
            adjunct = bool(right_tokens) and right_tokens[0][2].casefold() in _ADJUNCT_STARTS and not right_quotes
            if left is not None and (
                short or (resumes is not None and quoted) or left[0] == "direct" or (quoted and adjunct)
            ):
                return self._trailing(s, sep_start, e, cue_span, mention, resumes=resumes)
        if trailing_only:
            return None
        left_words = len(_tokens(masked, s, sep_start)) if sep is not None and masked[sep_start] == "," else 0
        left_plain = left_words and any(t[2].casefold() not in CONNECTIVES for t in _tokens(masked, s, sep_start))
        if left_plain:
            # "A, she added, B": the statement goes on after the attribution ("The museum, he said, would
            # ...", "Visitors, she said, were "moved"": B says what A is or does).
            comma = masked.find(",", verb_end, min(e, verb_end + 90))
            between = _tokens(masked, verb_end, comma) if comma >= 0 else []
            adjunct = bool(between) and between[0][2].casefold() in _ADJUNCT_STARTS
            right = _tokens(masked, comma, e) if comma >= 0 else []
            # ('When the port sank, Lund said, "we were floored."': a quotation opening in lower case goes on too)
            lower = resumes is not None and self.text[resumes.start : resumes.start + 1].islower()
            goes_on = len(right) >= 3 or (bool(right) and MASK in masked[comma:e]) or lower
            if left_words < 3 and not right_quotes:
                goes_on = goes_on and right[0][2].islower() and right[0][2] not in CONNECTIVES
            if comma >= 0 and len(between) <= (8 if adjunct else 5) and goes_on:
                left = _classify(masked, self.spans, self.starts, s, sep_start)
                if left is None:
                    left = ("indirect", *_trim(masked, s, sep_start))  # one word: "Visitors, she said, were ..."
                first = self.add(left, cue_span, mention, (sep_start, comma))
                if first is not None:
                    rest = _classify(masked, self.spans, self.starts, comma + 1, e)
                    return self.add(rest, cue_span, mention, (sep_start, comma), first) or first
        content = _content_after(masked, verb_end, e, cue.verb)
        if self._noun_use(cue, speaker, content):
            return None  # "Coastal state Korana has ...", "the demands of member states outweigh ..."
        split = self._coordinated(content, e)
        if split is not None:
            # "X told CNN that A, but he said B": A is X's, B is attributed on its own.
            return self._coordinated_pair(split, cue_span, mention, (s, content), e)
        participle = self._participle_after(content, e)
        end = participle[0] if participle is not None else e
        found = self._statement(cue, mention, s, content, end)
        if participle is not None:
            # "X attacked the plan, saying it ...": the participle's statement is X's too, a quote of its own.
            cut, second = participle
            said = _content_after(masked, second.verb_end, e, second.verb)
            statement = _classify(masked, self.spans, self.starts, said, e)
            return self.add(statement, (second.verb_start, second.verb_end), mention, (cut, said)) or found
        return found

    def _participle_after(self, start: int, end: int) -> tuple[int, _Cue] | None:
        """A participle cue after a comma inside a statement ("..., saying that ..."): (the comma, the cue)."""
        masked = self.masked
        for cue in _cues(masked, start, end)[:_MAX_CUES]:
            if cue.kind != "part":
                continue
            before = masked[start : cue.start].rstrip()
            if before.endswith(",") and _has_word(masked, start, len(before) + start - 1):
                return start + len(before) - 1, cue
        return None

    def _statement(self, cue: _Cue, mention: _Mention, s: int, content: int, e: int) -> _Found | None:
        """Add the statement in ``content..e`` of an attribution whose verb comes first."""
        masked = self.masked
        statement = _classify(masked, self.spans, self.starts, content, e)
        if statement is not None and statement[0] == "indirect":
            words = _tokens(masked, statement[1], min(statement[2], statement[1] + 200))
            if words and words[0][2] in _PARTICLES_OF_ACTION and len(words) <= _MAX_COMPLEMENT_TOKENS:
                return None  # "called into a radio show", "showed up at the debate": an action, not a statement
        stance = statement is not None and statement[0] == "indirect" and cue.verb.casefold() in STANCE_VERBS
        if stance and statement is not None:
            words = _tokens(masked, statement[1], min(statement[2], statement[1] + 200))
            if len(words) < _MIN_STANCE_TOKENS:
                return None  # "described the night": an action, not a stated position
        if statement is not None and statement[0] == "partial":
            what = _word_before(masked, s, mention.start, 8)
            if what is not None and what[1].casefold() == "what":
                # 'after what she called a "farce", an ...': the quoted words name what she spoke of.
                named = self.quotes_in(content, e, limit=1)
                statement = ("partial", what[0], named[0].close if named else statement[2])
            elif what is not None and what[1].casefold() in {"that", "which"} and cue.verb.casefold() in _NAMING_VERBS:
                # 'an explosion that the mayor described as "an intentional act"': the named thing is part of it
                antecedent = self._antecedent(s, _space_before(masked, s, what[0]))
                if antecedent is not None:
                    statement = ("partial", antecedent[0], statement[2])
        return self.add(statement, (cue.verb_start, cue.verb_end), mention, (s, content))

    def _noun_use(self, cue: _Cue, speaker: tuple[int, int], content: int) -> bool:
        """True when a verb form that is mostly a noun ("state", "claims") is a noun here.

        It is a verb after an auxiliary ("has claimed"), before "that" ("the report states that"), right
        after a pronoun ("they support") or ending the sentence as its attribution (handled elsewhere).
        """
        masked = self.masked
        if cue.verb.casefold() not in NOUN_LIKE_FORMS or cue.start != cue.verb_start:
            return False
        if masked[max(0, content - 4) : content] == "that" or masked[cue.verb_end : content].strip().startswith(":"):
            return False
        if cue.verb.casefold() in ATTRIBUTION_ONLY_FORMS:
            return True  # "He read the report": reading, not saying
        words = masked[speaker[0] : speaker[1]].split()
        if len(words) == 1 and words[0].casefold() in PRONOUNS:
            return False
        after = _tokens(masked, cue.verb_end, min(len(masked), cue.verb_end + 20))
        if after and after[0][2] == "to":
            return False  # "plans to release", "hopes to win"
        if cue.verb.endswith("s"):
            # "Quell demands ...", "Ode calls on ...": a name agrees with the verb ("Republican claims": no)
            return not (len(words) <= 3 and all(_is_name_word(w) for w in words) and len(words[-1]) > 1)
        # "Polling averages show ...", "Ode and Lund call ...": a plural subject agrees with the verb
        plural = words[-1].endswith("s") or "and" in words
        return not plural

    def _coordinated_subject(self, s: int, chunk_start: int, end: int) -> tuple[int, int] | None:
        """The subject of a sentence whose second verb phrase is the attribution ('X toured the port and said')."""
        masked = self.masked
        toks = _tokens(masked, chunk_start, end)
        if len(toks) < 2 or toks[-1][2] not in {"and", "but"} or masked[toks[-1][1] : end].strip():
            return None
        toks = _tokens(masked, s, end)
        while toks and toks[0][2].casefold() in CONNECTIVES:
            toks = toks[1:]
        toks = _past_fronted(masked, toks)
        if not toks or len(toks) > _MAX_COORDINATED_TOKENS:
            return None
        first = toks[0][2]
        if first.casefold() in _PERSON_SUBJECTS:
            head = toks[:1]
        else:
            head = []
            for tok in toks[:6]:
                word = tok[2]
                if _is_name_word(word) or (head and word in _PARTICLES) or (not head and word in {"The", "A", "An"}):
                    head.append(tok)
                else:
                    break
            if len(head) == 1 and head[0][2] in {"The", "A", "An"} and len(toks) > 2 and toks[1][2].islower():
                head.append(toks[1])  # "The council approved ... and said"
            if len(head) < 2 and not (head and _is_name_word(head[0][2])):
                return None
        rest = toks[len(head) :]
        after = head[-1][1]
        if masked[after : rest[0][0]].strip() == "," if rest else False:
            # "Jane Doe, the mayor, toured ...": step over the apposition
            comma = masked.find(",", rest[0][0], toks[-1][0])
            if comma < 0:
                return None
            rest = [t for t in rest if t[0] > comma]
        if not rest or not rest[0][2].islower() or rest[0][2] in CLAUSE_WORDS - AUXILIARIES - _PASSIVE:
            return None
        if MASK in masked[after : rest[0][0]]:
            return None
        return head[0][0], head[-1][1]

    def _introduced_quote(self, cue: _Cue, s: int, e: int) -> _Found | None:
        """'X verb, "..."' ending the sentence: the quotation is X's (None if the speaker is not plain)."""
        masked = self.masked
        if cue.kind == "part":
            return self._named_participle(cue, s, e)
        if cue.kind != "verb":
            return None
        right = self.quotes_in(cue.verb_end, e, limit=1)
        if not right or masked[cue.verb_end : right[0].open].strip() not in {",", ":"}:
            return None
        span = right[0]
        if _has_word(masked, span.close, e) or span.end <= span.start:
            return None
        sep = _SEP_BACK.search(masked, max(s, cue.start - _WINDOW), cue.start)
        if sep is None or sep.start() <= s:
            return None  # the verb's clause opens the sentence: the ordinary attribution handles it
        # ('Once, when my mother raised it, I laughed and said, "..."': the subject of the coordinated verbs)
        speaker = _speaker_before(masked, sep.end(), cue.start) or self._coordinated_subject(
            sep.end(), sep.end(), cue.start
        )
        if speaker is None:
            return None
        if self.text[span.start : span.start + 1].islower() and masked[sep.start()] == ",":
            # 'So when the port signaled it would sell, Lund said, "we were floored."': the quotation finishes
            # the sentence, which is all the speaker's statement.
            whole = self._attribute(cue, s, e)
            if whole is not None:
                return whole
        return self.add(
            ("direct", span.start, span.end), (cue.verb_start, cue.verb_end), _Mention(*speaker), (sep.end(), span.open)
        )

    def _as_put_it(self, put: regex.Match[str], s: int, e: int) -> _Found | None:
        """'..., as The Gazette put it, "the operator."' or '"...," as a memo put it': the idiom's subject speaks."""
        masked = self.masked
        who = _speaker_before(masked, put.start("who"), put.end("who"))
        if who is None:
            return None
        after = self.quotes_in(put.end(), e, limit=1)
        if after and not _has_word(masked, after[0].close, e) and after[0].end > after[0].start:
            gap = _tokens(masked, put.end(), after[0].open)
            if len(gap) <= 6 and masked[put.end() : after[0].open].rstrip().endswith((",", ":")):
                span = after[0]
                return self.add(
                    ("direct", span.start, span.end), put.span("verb"), _Mention(*who), (put.start(), span.open)
                )
        before = [span for span in self.quotes_in(s, put.start()) if not masked[span.close : put.start()].strip(" \t,")]
        if before and before[-1].end > before[-1].start:
            span = before[-1]
            kind: QuoteKind = "direct" if not _has_word(masked, s, span.open) else "partial"
            start = span.start if kind == "direct" else _tokens(masked, s, span.open)[0][0]
            sep = _SEP_BACK.search(masked, s, span.open) if kind == "partial" else None
            if sep is not None and _has_word(masked, sep.end(), span.open):
                start = _tokens(masked, sep.end(), span.open)[0][0]  # the quoted words' clause, after a comma
            return self.add((kind, start, span.end), put.span("verb"), _Mention(*who), (put.start(), put.end()))
        return None

    def _named_participle(self, cue: _Cue, s: int, e: int) -> _Found | None:
        """'footage of Jane Doe asking, "..."' ending the sentence: the name right before the -ing form speaks."""
        masked = self.masked
        right = self.quotes_in(cue.verb_end, e, limit=1)
        if not right or not masked[cue.verb_end : right[0].open].rstrip().endswith((",", ":")):
            return None
        if len(_tokens(masked, cue.verb_end, right[0].open)) > _MAX_PARTICIPLE_ADJUNCT:
            return None  # (an adjunct may stand between: 'Ode saying during the debate, "..."')
        span = right[0]
        if _has_word(masked, span.close, e) or span.end <= span.start:
            return None
        toks = _tokens(masked, max(s, cue.start - 60), cue.start)
        if not toks or masked[toks[-1][1] : cue.start].strip():
            return None
        head: list[tuple[int, int, str]] = []
        for tok in reversed(toks[-4:]):
            if not (_is_cap(tok[2]) or tok[2] in _PARTICLES) or (head and masked[tok[1] : head[0][0]].strip()):
                break
            head.insert(0, tok)
        if not head or head[0][0] == s or not all(_names(t[2]) or t[2] in _PARTICLES for t in head):
            return None  # a sentence-initial name is the ordinary participle's subject
        mention = _Mention(head[0][0], head[-1][1])
        return self.add(("direct", span.start, span.end), (cue.verb_start, cue.verb_end), mention, (s, span.open))

    def _coordinated(self, start: int, end: int) -> tuple[int, int, _Cue] | None:
        """A second attribution coordinated inside a statement: '..., but she said B' (cut, clause start, cue)."""
        masked = self.masked
        for cue in _cues(masked, start, min(end, start + _WINDOW))[:3]:
            if cue.kind != "verb":
                continue
            conj = max(_COORDINATION.finditer(masked, max(start, cue.start - 60), cue.start), key=_start, default=None)
            if conj is None or conj.start() <= start:
                continue
            if len(_tokens(masked, conj.end(), cue.start)) > 4 or MASK in masked[conj.end() : cue.start]:
                continue
            speaker = _speaker_before(masked, conj.end(), cue.start)
            if speaker is None:
                continue
            if cue.verb.casefold() in COGNITION_VERBS and masked[speaker[0] : speaker[1]].casefold() in PRONOUNS:
                continue  # "X says she hopes to win, but she knows that ...": her belief goes on with the statement
            return conj.start(), conj.end(), cue
        return None

    def _coordinated_pair(
        self, split: tuple[int, int, _Cue], cue_span: tuple[int, int], mention: _Mention, attr: tuple[int, int], e: int
    ) -> _Found | None:
        """The statement before a coordinated second attribution (:meth:`_coordinated`), then that attribution's.

        *attr* is the first attribution's clause: from the sentence's start to where its statement starts.
        """
        cut, rest_start, second_cue = split
        first = self.add(_classify(self.masked, self.spans, self.starts, attr[1], cut), cue_span, mention, attr)
        return self._attribute(second_cue, rest_start, e) or first

    def _resumes(self, verb_end: int, span: _Span) -> bool:
        """True when the quotation *span* after a cue goes on with the quotation before it.

        Either nothing but punctuation stands between ('"A," she said, "B."') or a short clause
        ending in a comma or "and"/"but" does and the quotation opens in lower case, mid-sentence
        ('"A," he said, but "b ..."', '"A," she said, referring to the report, "b ..."',
        'A "b," she wrote in a letter, and "c."').
        """
        masked = self.masked
        if not _has_word(masked, verb_end, span.open):
            return True
        first = self.text[span.start : span.start + 1]
        between = masked[verb_end : span.open].rstrip()
        words = _tokens(masked, verb_end, span.open)
        joined = between.endswith(",") or any(word[2].casefold() in {"and", "but"} for word in words[-2:])
        if any(word[2].casefold() == "that" for word in words):
            return False  # 'when he said that under the plan, "b ..."': the verb's own statement, no resumption
        return first.islower() and joined and MASK not in between and len(words) <= _MAX_TRAILING_TOKENS

    def _trailing(
        self,
        s: int,
        sep_start: int,
        e: int,
        cue_span: tuple[int, int],
        mention: _Mention,
        *,
        resumes: _Span | None,
    ) -> _Found | None:
        """The statement before the separator at *sep_start*; a quotation resuming after the cue continues it."""
        end = _content_end(self.masked, sep_start, sep_start + 1)
        first = self.add(_classify(self.masked, self.spans, self.starts, s, end), cue_span, mention, (end, e))
        if first is not None and resumes is not None:
            return self.add(("direct", resumes.start, resumes.end), cue_span, mention, (end, e), first) or first
        if first is not None:
            # '"...," she said, adding that ...': a second statement hangs on the same attribution.
            masked = self.masked
            for cue in _cues(masked, cue_span[1], min(e, cue_span[1] + _WINDOW))[:2]:
                if cue.kind != "part" or not masked[cue_span[1] : cue.start].rstrip().endswith(","):
                    continue
                if len(_tokens(masked, cue_span[1], cue.start)) > _MAX_TRAILING_TOKENS:
                    break
                content = _content_after(masked, cue.verb_end, e, cue.verb)
                statement = _classify(masked, self.spans, self.starts, content, e)
                self.add(statement, (cue.verb_start, cue.verb_end), mention, (end, content))
                break
        return first

    def _said_first(self, cue: _Cue, s: int, e: int) -> _Found | None:
        """'Said Jane Doe: "..."': the verb opens the sentence, the speaker follows it."""
        masked = self.masked
        if _has_word(masked, s, cue.start):
            return None
        mention = _speaker_after(self.text, masked, cue.verb_end, e)
        if mention is None:
            return None
        colon = _STOP_FORWARD.search(masked, mention.end, e)
        if colon is None or masked[colon.start()] not in ",:":
            return None
        mention.role = None
        cue_span = (cue.verb_start, cue.verb_end)
        return self.add(_classify(masked, self.spans, self.starts, colon.end(), e), cue_span, mention, (s, colon.end()))

    def _apposition(self, s: int, comma: int) -> tuple[tuple[int, int], str | None, int] | None:
        masked = self.masked
        prev = _SEP_BACK.search(masked, s, comma)
        if prev is None or masked[prev.start()] != ",":
            return None
        role = self.text[prev.end() : comma].strip()
        if not role or MASK in masked[prev.end() : comma]:
            return None
        role_first = role.split()[0]
        finite = (
            role_first.islower()
            and role_first not in _RELATIVE_WORDS
            and (
                role_first in AUXILIARIES
                or role_first in CLAUSE_WORDS
                or (role_first.endswith("s") and not _opens_noun(role_first) and role_first not in ROLE_WORDS)
            )
        )
        if finite:
            return None  # "The library, built in 1950, holds 40,000 books, said ...": a verb phrase, no apposition
        name_end = prev.start()
        name_start = _SEP_BACK.search(masked, s, name_end)
        if name_start is not None and masked[name_start.start()] == ")":
            paren = masked.rfind("(", max(s, name_start.start() - 40), name_start.start())
            if paren > s:  # "Rep. Jane Doe (D-Md.), chairman of ..., said"
                name_end = paren
                name_start = _SEP_BACK.search(masked, s, paren)
        name = _speaker_before(masked, name_start.end() if name_start else s, name_end)
        stepped = False
        first_try = (name, name_start, name_end)
        for _ in range(3):
            # "Jane Doe, 56, who has led the board for a decade, said", "Jane Doe, the mayor of Korana, one of
            # the towns suing the state, said": step over short appositions to the name.
            role_like = name is not None and masked[name[0] : name[1]][:1].islower()
            if (name is not None and not role_like) or name_start is None or masked[name_start.start()] != ",":
                break
            if len(_tokens(masked, name_start.end(), name_end)) > _MAX_APPOSITION_TOKENS:
                break
            name_end = name_start.start()
            name_start = _SEP_BACK.search(masked, s, name_end)
            name = _speaker_before(masked, name_start.end() if name_start else s, name_end)
            stepped = True
            if name is not None and not any(_is_cap(t[2]) for t in _tokens(masked, name[0], name[1])):
                name = None  # only a name takes a chain of appositions
        found = masked[name[0] : name[1]] if name is not None else ""
        if not found or found[:1].islower() or found.split()[0].casefold() in PREPOSITIONS:
            name, name_start, name_end = first_try  # no name before the chain ("In a statement"): the first one
            stepped = False
        if name is None:
            return None
        middle = _tokens(masked, prev.end(), comma)
        if not stepped and 0 < len(middle) <= 4 and all(_is_cap(t[2]) or t[2] in _PARTICLES for t in middle):
            # "The company's chief executive, Jane Doe, said": the name is the apposition
            first = self.text[name[0] : name[1]]
            return (middle[0][0], middle[-1][1]), first, name_start.start() if name_start is not None else s
        words = _tokens(masked, name[0], name[1])
        plain = [
            w for w in words if w[2].islower() and w[2] not in _NAME_INNER_WORDS
        ]  # ("Officials at Homeland Security, a division of ..., said": "at" is part of the name)
        if len(words) > 3 and plain:
            return None  # "The storm hit the coast on Dec. 16, and ...": not a name in apposition
        left_end = name_start.start() if name_start is not None else s
        return name, role, left_end

    def _according(self, cue: _Cue, s: int, e: int) -> _Found | None:
        masked = self.masked
        mention = _speaker_after(self.text, masked, cue.verb_end, e) or _source_after(masked, cue.verb_end, e)
        if mention is None:
            return None
        mention.role = None
        cue_span = (cue.verb_start, cue.verb_end)
        if not masked[s : cue.start].strip(_NOT_WORDS):
            comma = masked.find(",", mention.end, e)
            if comma < 0:
                return None
            return self.add(_classify(masked, self.spans, self.starts, comma + 1, e), cue_span, mention, (s, comma))
        return self.add(_classify(masked, self.spans, self.starts, s, cue.start), cue_span, mention, (cue.start, e))

    def _fronted_participle(self, cue: _Cue, s: int, e: int, before: tuple[int, str] | None) -> _Found | None:
        """'Calling the plan "a disaster," Lund urged ...', 'After saying the pier was "unsafe," she left':
        a participle opening the sentence; its statement ends at the comma, the subject after it speaks.

        Only when the main clause has no speech verb of its own (that attribution wins otherwise).
        *before* is the word before the participle (:func:`_word_before`).
        """
        masked = self.masked
        if before is None:
            if _has_word(masked, s, cue.start):
                return None
        elif before[1].casefold() not in _GERUND_PREPOSITIONS or _has_word(masked, s, before[0]):
            return None
        comma = masked.find(",", cue.verb_end, e)
        end = comma if comma >= 0 else e
        for span in self.quotes_in(cue.verb_end, end, limit=4):
            if span.closed and span.end > span.start and self.text[span.end - 1] == ",":
                end = span.close  # the statement's comma inside the quotation: '"a disaster,"'
                break
        if end >= e or not _has_word(masked, cue.verb_end, end):
            return None
        after = _tokens(masked, end, min(e, end + 60))
        if len(after) < 2 or _cues(masked, end, e):
            return None
        k = 0
        if after[0][2] in PRONOUNS:
            k = 1
        else:
            while k < min(4, len(after) - 1) and _is_name_word(after[k][2]):
                k += 1
        if k == 0 or not after[k][2].islower():
            return None
        mention = _Mention(after[0][0], after[k - 1][1])
        statement = _classify(masked, self.spans, self.starts, cue.verb_end, end)
        return self.add(statement, (cue.verb_start, cue.verb_end), mention, (s, cue.verb_end))

    def _participle(self, cue: _Cue, s: int, e: int) -> _Found | None:
        masked = self.masked
        named = self._named_participle(cue, s, e)
        if named is not None:
            return named
        before = _word_before(masked, s, cue.start, 12)
        fronted = self._fronted_participle(cue, s, e, before)
        if fronted is not None:
            return fronted
        # "Lund began by saying ...", "Ode, despite admitting that ...": a gerund after a preposition
        gerund = before is not None and before[1].casefold() in _GERUND_PREPOSITIONS and _has_word(masked, s, before[0])
        if not gerund and not masked[s : cue.start].rstrip().endswith(","):
            return None
        toks = _tokens(masked, s, cue.start)
        while toks and toks[0][2].casefold() in CONNECTIVES:
            toks = toks[1:]
        toks = _past_fronted(masked, toks)
        if not toks:
            return None
        if toks[0][2].casefold() in PREPOSITIONS:
            # "On Monday they published the review by announcing ...": a fronted adjunct with no comma after it
            for k in range(1, min(len(toks) - 1, _MAX_FRONTED_TOKENS)):
                if toks[k][2] in PRONOUNS and toks[k + 1][2].islower():
                    toks = toks[k:]
                    break
        head: list[tuple[int, int, str]] = []
        if toks[0][2].casefold() in PRONOUNS:
            head = toks[:1]
        else:
            for tok in toks[:6]:
                word = tok[2]
                if head and "," in masked[head[-1][1] : tok[0]]:
                    break
                if _is_cap(word) or word in _PARTICLES or (not head and word.casefold() in DETERMINERS):
                    head.append(tok)
                else:
                    if head and _is_cap(head[-1][2]) and (word in GROUP_NOUNS or word.endswith(_PLURAL_AGENT_ENDINGS)):
                        head.append(tok)  # "Dock workers marched ..., chanting": the group noun ends the subject
                    break
        if not head or not any(_names(t[2]) for t in head):
            head = _group_subject(toks)
        if not head:
            return None
        mention = _Mention(head[0][0], head[-1][1])
        content = _content_after(masked, cue.verb_end, e, cue.verb)
        return self.add(
            _classify(masked, self.spans, self.starts, content, e),
            (cue.verb_start, cue.verb_end),
            mention,
            (s, content),
        )


# ------------------------------------------------------------------------- resolution


@attrs.define
class _Known:
    name: str
    kind: str  # "person", "group"
    title: str | None
    role: str | None
    gender: str | None = None


def _analyse(text: str, masked: str, mention: _Mention) -> tuple[str, str, str | None, str | None]:
    """(kind, name, title, role) of a mention: kind "pronoun", "noun", "person" or "group"."""
    # A mention that reads the same in the masked text (no quote mark or curly apostrophe) has its tokens indexed.
    same = masked[mention.start : mention.end] == text[mention.start : mention.end]
    words = _tokens(masked if same else text, mention.start, mention.end)
    if not words:
        return "noun", text[mention.start : mention.end], None, mention.role
    if len(words) == 1 and words[0][2].casefold() in PRONOUNS:
        return "pronoun", words[0][2].casefold(), None, None
    group_of = len(words) > 1 and words[0][2].casefold() in GROUP_NOUNS and words[1][2] in _GROUP_LINKS
    if words[0][2].casefold() in DETERMINERS or group_of or not _is_cap(words[-1][2]):
        kind = "group" if words[-1][2].casefold() in GROUP_NOUNS else "noun"
        return kind, text[mention.start : mention.end], None, mention.role
    run: list[tuple[int, int, str]] = []
    for tok in reversed(words):
        word = tok[2]
        if word in _PARTICLES and run:
            run.append(tok)
            continue
        if not _is_cap(word) or word in TITLES or word.casefold() in ROLE_WORDS:
            break
        run.append(tok)
    run.reverse()
    while run and run[0][2] in _PARTICLES:
        run = run[1:]
    if len(run) >= 3 and run[0][2].casefold() in OCCUPATIONS:
        run = run[1:]  # "Fisherman Olav Brekke": the occupation is a role, not a first name
    if not run:
        return "group", text[mention.start : mention.end], None, mention.role
    if len(run) < len(words) and len(run) > 3:
        run = run[-2:]
    rest = words[: words.index(run[0])]
    title = None
    if rest and rest[-1][2] in TITLES:
        title = rest[-1][2]
        rest = rest[:-1]
        if rest and f"{rest[-1][2]} {title}" in TITLES:
            title = f"{rest[-1][2]} {title}"
            rest = rest[:-1]
    role = mention.role
    job_title = title is not None and title.rstrip(".").casefold() in ROLE_WORDS
    if job_title and rest and role is None and all(_is_cap(tok[2]) for tok in rest):
        # "District Health Officer Joseph Ameyaw": the whole capitalised run is the job, not an honorific.
        role = text[rest[0][0] : run[0][0]].strip(_EDGE_PUNCT) or None
        title, rest = None, []
    if rest and role is None:
        role = text[rest[0][0] : rest[-1][1]].strip(_EDGE_PUNCT) or None
    name = text[run[0][0] : run[-1][1]]
    if name.casefold().split()[-1] in GROUP_NOUNS:
        return "group", text[mention.start : mention.end], None, mention.role
    return "person", name, title, role


_NAME_PAIR: Final = regex.compile(
    r"""
    (?<![\p{L}.'’-])
    \p{Lu}[\p{Ll}'’-][\p{L}'’-]{0,30}+    # a capitalised word (no groups: a match costs less without them)
    \s++(?:\p{Lu}\.\s++)?                # a middle initial
    \p{Lu}[\p{L}'’-]{1,30}+                # another capitalised word
    (?![\p{L}'’-])
    """,
    regex.VERBOSE,
)
#: Focus adverbs that may open a subject: "Even Korana said", "Only the mayor says".
_FOCUS_WORDS: Final = frozenset({"even", "only", "also"})
#: Words before a subject that are not part of it: connectives and focus adverbs ("But", "Even").
_SUBJECT_OPENERS: Final = CONNECTIVES | _FOCUS_WORDS
#: Capitalised words that cannot open (or close) a person's name.
_NOT_FIRST_NAMES: Final = (
    ROLE_WORDS
    | DETERMINERS
    | CONNECTIVES
    | CLAUSE_WORDS
    | GROUP_NOUNS
    | frozenset(PRONOUNS)
    | _PARTICLES
    | SPEECH_VERBS
    | _FOCUS_WORDS
)


#: A person given a role by a relative clause: "Mark Ode, who chairs the harbour board".
_ROLE_CLAUSE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}.'’-])
    (?P<name>\p{{Lu}}[\p{{L}}'’-]{{1,30}}+                # a capitalised word
      (?:[ \t]++(?:\p{{Lu}}\.[ \t]++)?                     # (a middle initial)
      \p{{Lu}}[\p{{L}}'’-]{{1,30}}+){{1,3}}+)                 # and one to three more: the name
    ,[ \t]++who[ \t]++(?:also[ \t]++|now[ \t]++)?+                               # ", who (also)"
    (?P<verb>{word_trie(ROLE_VERBS)})                                            # a role verb
    (?![\p{{L}}'’-])
    """,
    regex.VERBOSE,
)


#: How many recent speakers a pronoun or a role noun may refer back to.
_RECENT: Final = 30


class _Resolver:
    """Resolves mentions in document order against the people and groups met so far."""

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.masked = masked
        # Speakers met so far by name, the most recent last (re-inserted when met again).
        self.known: dict[str, _Known] = {}
        self.last_names: dict[str, str] = {}
        self.by_last: dict[str, str] | None = None
        self.by_first: dict[str, str] | None = None
        self.pairs: list[tuple[int, str]] = []  # (offset, "First Last") of every name pair
        self.role_clauses: list[tuple[int, str, str]] | None = None  # (offset, name, verb) of "Name, who chairs"

    def _full_name(self, surname: str) -> str | None:
        key = surname.casefold()
        if key in self.last_names:
            return self.last_names[key]
        if self.by_last is None:
            self._index_names()
        assert self.by_last is not None and self.by_first is not None
        return self.by_last.get(key) or self.by_first.get(key)

    def _meet(self, known: _Known) -> None:
        """Record a speaker as the most recent one."""
        self.known.pop(known.name, None)
        self.known[known.name] = known
        if known.kind == "person" and " " in known.name:
            self.last_names[known.name.casefold().split()[-1]] = known.name

    def _recent(self) -> Iterable[_Known]:
        """The speakers met so far, most recent first (only the last few: antecedents are near)."""
        return itertools.islice(reversed(self.known.values()), _RECENT)

    def _organisation(self, mention: _Mention) -> str | None:
        """The organisation "the company" stands for: the named subject of its sentence, or the last one met."""
        if 0 <= mention.sentence < mention.start:
            run: list[tuple[int, int, str]] = []
            for tok in _tokens(self.text, mention.sentence, mention.start)[:8]:
                word = tok[2]
                if _is_cap(word) or (run and word in {"of", "and", "for", "&"}):
                    run.append(tok)
                else:
                    break
            while run and not _is_cap(run[-1][2]):
                run.pop()
            if run and run[0][2] == "The":
                run = run[1:]
            if run and (run[0][2].casefold() in PREPOSITIONS or _is_time_phrase(self.text[run[0][0] : run[-1][1]])):
                run = []  # "In July, the board said": a fronted adjunct, not the organisation
            if len(run) >= 2 or (run and self.text[mention.sentence : run[0][0]].strip() == "The"):
                name = self.text[mention.sentence : run[-1][1]]
                name = name[4:] if name.startswith("The ") else name
                known = self.known.get(name)
                if known is None or known.kind != "person":
                    self._meet(_Known(name, "organisation", None, None))
                    return name
        for known in self._recent():
            if known.kind == "organisation":
                return known.name
        return None

    def _index_names(self) -> None:
        """One pass over the text: every "First Last" pair, by last word and (surname first) by first word."""
        self.by_last, self.by_first = {}, {}
        for match in _NAME_PAIR.finditer(self.text, overlapped=True):
            pair = match.group()
            words = pair.split()  # the words hold no white space: the first and last are the name's
            first, last = words[0], words[-1]
            low, last_low = first.casefold(), last.casefold()
            if first in TITLES or low in _NOT_FIRST_NAMES or last_low in _NOT_FIRST_NAMES:
                continue
            self.by_last.setdefault(last_low, pair)
            self.by_first.setdefault(low, pair)
            self.pairs.append((match.start(), pair))

    def _role_clause(self, head: str, before: int) -> str | None:
        """The person last introduced before *before* as "Name, who VERB ..." with a verb meaning role *head*."""
        if self.role_clauses is None:
            self.role_clauses = [
                (m.start(), m.group("name"), m.group("verb").casefold()) for m in _ROLE_CLAUSE.finditer(self.text)
            ]
        at = bisect.bisect_left(self.role_clauses, (before, "", ""))
        for _, name, verb in reversed(self.role_clauses[max(0, at - _RECENT) : at]):
            if head in ROLE_VERBS.get(verb, ()):
                first = name.split()[0]
                if first in TITLES or first.casefold() in _NOT_FIRST_NAMES:
                    continue
                return name
        return None

    def resolve(self, mention: _Mention) -> Speaker:
        text = self.text
        if mention.antecedent is not None:
            # "who" speaks as the noun phrase before it: resolved as that phrase, written as "who".
            antecedent = _Mention(*mention.antecedent, sentence=mention.sentence)
            said = self.resolve(antecedent)
            return Speaker(
                said.name, text[mention.start : mention.end], mention.start, mention.end, said.title, said.role
            )
        kind, name, title, role = _analyse(text, self.masked, mention)
        written = text[mention.start : mention.end]
        if kind == "pronoun":
            wanted = {"he": "person", "she": "person"}.get(name)
            for known in self._recent():
                if wanted is not None and known.kind != wanted:
                    continue
                if known.gender is not None and known.gender != name and name in {"he", "she"}:
                    continue
                if name in {"he", "she"}:
                    known.gender = name
                return Speaker(known.name, written, mention.start, mention.end, known.title, known.role)
            if name in {"he", "she"}:
                # No speaker yet: the person named last before the pronoun ("Jane Doe runs ... she said").
                if self.by_last is None:
                    self._index_names()
                at = bisect.bisect_left(self.pairs, (mention.start, ""))
                if at:
                    person = _Known(self.pairs[at - 1][1], "person", None, None, name)
                    self._meet(person)
                    return Speaker(person.name, written, mention.start, mention.end)
            return Speaker(written, written, mention.start, mention.end)
        if kind in {"noun", "group"} and name.split()[0].casefold() == "the" and name.split()[-1] in ORG_NOUNS:
            organisation = self._organisation(mention)
            if organisation is not None:
                return Speaker(organisation, written, mention.start, mention.end)
        if kind == "noun":
            words = name.split()
            head = words[-1].casefold() if words else ""
            if head in ROLE_WORDS and words[0].casefold() in {"the", "this", "that"}:
                tail = " ".join(words[1:]).casefold()
                for known in self._recent():
                    if known.kind == "person" and known.role and tail in known.role.casefold():
                        return Speaker(known.name, written, mention.start, mention.end, known.title, known.role)
                introduced = self._role_clause(head, mention.start)
                if introduced is not None:
                    before = self.known.get(introduced)
                    person = _Known(
                        introduced, "person", before.title if before else None, before.role if before else None
                    )
                    self._meet(person)
                    return Speaker(introduced, written, mention.start, mention.end, person.title, person.role)
            self._meet(_Known(name, "group", None, role))
            return Speaker(name, written, mention.start, mention.end, None, role)
        if kind == "person" and " " not in name:
            full = self._full_name(name)
            if full is not None:
                name = full
        before = self.known.get(name)
        if kind == "person" and before is not None and before.kind == "person":
            title = title or before.title
            role = role or before.role
        self._meet(_Known(name, kind, title, role, before.gender if before is not None else None))
        return Speaker(name, written, mention.start, mention.end, title, role)


# ------------------------------------------------------------------------- the pass


def _merge_attributions(masked: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join '"Who pays?" ' and 'Vance asked.': a question or exclamation quoted before its attribution."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            if masked[pe - 1] in _MARK_CHARS and masked[pe - 2 : pe - 1] in {"?", "!"}:
                cues = _cues(masked, s, e)
                before_cue = len(_tokens(masked, s, cues[0].start)) if cues else 0
                if (
                    cues
                    and cues[0].kind == "verb"
                    and (cues[0].verb.casefold() in TRAILING_VERBS or before_cue <= 3)
                    and before_cue <= 6
                    and len(_tokens(masked, cues[0].verb_end, e)) <= _MAX_TRAILING_TOKENS
                ):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


def _join_colon_blocks(text: str, blocks: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a paragraph ending in a colon ("Jane Doe said:") to the quotation paragraph after it."""
    out: list[tuple[int, int]] = []
    for start, end in blocks:
        if out:
            prev_start, prev_end = out[-1]
            if (
                text[prev_start:prev_end].rstrip().endswith(":")
                and text[start:end].lstrip()[:1] in _OPEN_MARKS
                and _TURN.match(text, start, end) is None
                and _OWN_ATTRIBUTION.match(text, start, end) is None
                and end - prev_start <= 4 * _WINDOW
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


#: A quotation paragraph that carries its own attribution right after its first quotation ('"A," she said. ...'):
#: it is not the statement of a paragraph before it that ends in a colon ("... is recorded in detail:").
_OWN_ATTRIBUTION: Final = regex.compile(
    rf"""
    [ \t]*+[“"]                                                  # the quotation's opening mark
    [^“”"\n]{{1,600}}+                                            # its words
    [”"][ \t]++                                                  # its closing mark
    (?:he|she|they|we|I|\p{{Lu}}[\p{{L}}.'’-]*+(?:[ \t]++\p{{Lu}}[\p{{L}}.'’-]*+){{0,3}}+)  # the speaker
    [ \t]++{word_trie(SPEECH_VERBS)}(?![\p{{L}}\p{{N}}'’-])          # a speech verb
    """,
    regex.VERBOSE,
)
#: A line that opens with a speaker's name and a colon: "Lund: Ferry Fares Won't Rise", "Quell on Ferry
#: Fares: The Rise Is 'Unfair'".
_LABELLED: Final = regex.compile(
    r"""
    (?P<name>\p{Lu}[\p{L}.'’-]*+(?:[ \t]++\p{Lu}[\p{L}.'’-]*+){0,3}+)  # one to four capitalised words
    (?:[ \t]++on[ \t]++[^:\n]{1,40}+)?+                              # (the topic: "on Climate Change")
    :[ \t]++(?=\S)                                                  # a colon, then the statement
    """,
    regex.VERBOSE,
)
#: A capitalised word right after another on the same line: the surname of a full name ("Ida Lund").
_SURNAME: Final = regex.compile(r"(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’.-]*+[ \t]++(\p{Lu}[\p{L}'’-]*+)")
#: Lines longer than this are not headlines (a labelled line or a title-case one).
_MAX_HEADLINE: Final = 250


#: A preposition opening what follows a verb: the verb's adjunct ("reported from the atoll", "called into a
#: radio show", "proposed during his term"), never its statement. (Not "to", "on", "about", "with": "plans to
#: cut", "called on", "asked about", "agreed with" name what was said.)
_PREPOSITION_FIRST: Final = re.compile(r"(?:from|into|in[ \t]+to|during|through|across|onto|upon|without)\b")


#: A preposition opening the words after a subject's plain verb: the verb's adjunct ("unloaded on the board",
#: "was investigated by the council", "sang to the crowd"), so quoted words there are not the subject's.
_SV_PREP: Final = regex.compile(r"(?:to|on(?![ \t]+about)|at|by|without|in|from|into|during)\b")


#: Prepositions before a speech gerund whose subject is the sentence's: "began by saying", "despite admitting".
_GERUND_PREPOSITIONS: Final = frozenset({"by", "despite", "after", "before", "while"})


#: Verbs that name a thing in quoted words: "an explosion that the mayor described as "an act"".
_NAMING_VERBS: Final = frozenset(
    {"call", "calls", "called", "describe", "describes", "described", "label", "labels", "labeled", "dubbed"}
)


#: A subordinate clause opening a sentence, before the main clause: "While he conceded ..., Ode noted ...".
_SUBORDINATE: Final = re.compile(
    r"[ \t]*+(?:While|Although|Though|Whereas|Even[ \t]+though|Even[ \t]+as|After|Before|When|Because|Since)\b"
)


#: A comma (also inside a closing quote mark) and the word after it: where a main clause may open.
_CLAUSE_COMMA: Final = re.compile(r",[”\"’]?+[ \t]++(?P<word>[^\W\d_]++)")
#: Capitalised words after such a comma that open no main clause's subject ("..., However", "..., When").
_CLAUSE_OR_CONNECTIVE: Final = CLAUSE_WORDS | CONNECTIVES
#: Clause words that are no verb: after a subject pronoun, one of these is not its verb ("I that", but "I had").
_CLAUSE_NOT_AUXILIARY: Final = CLAUSE_WORDS - AUXILIARIES


#: Finite verbs right after the word taken for a verb show it is the subject's noun ("European voters are").
_FINITE_AFTER_NOUN: Final = frozenset({"are", "is", "was", "were", "have", "has", "had", "will", "would"})


#: The idiom "as X put it" ("as one critic put it"): X is the speaker of the quotation beside it.
_AS_PUT_IT: Final = regex.compile(
    r"(?<![\p{L}'’])as[ \t]++(?P<who>[^,;:.!?\n\ue000]{1,60}?)[ \t]++(?P<verb>put[ \t]++it)\b"
)


#: The most words between a speech gerund and its quotation: 'Ode saying during the debate last week, "..."'.
_MAX_PARTICIPLE_ADJUNCT: Final = 6


def _is_line(text: str, start: int, end: int) -> bool:
    """True for a block that is one short line (a headline, a caption's first line)."""
    return end - start <= _MAX_HEADLINE and "\n" not in text[start:end].strip()


def _labelled(scan: _Scan, start: int, end: int) -> bool:
    """Add the statement of a line 'Name: statement' (a headline's convention) and return True, or return False."""
    text = scan.text
    if not _is_line(text, start, end) or text.find(":", start, end) < 0:  # (a colon: no regex call without one)
        return False
    match = _LABELLED.match(text, start, end)
    if match is None:
        return False
    name = match.group("name")
    words = name.split()
    if name.casefold() in LABELS or words[0].casefold() in LABELS or name.isupper():
        return False  # "Note: ...", "UPDATE: ..."
    if not all(_is_name_word(w) and w.casefold() not in TITLE_SMALL_WORDS for w in words):
        return False  # "Stealth Over Health: ...", "The Latest: ...", "Monday: ..."
    if len(words) == 1 and name not in scan.surnames():
        return False  # "Weather: ...", "Tickets: ...": a lone word is a speaker only as the surname of a full name
    colon = match.end() - 1
    while text[colon] != ":":
        colon -= 1
    statement = _classify(scan.masked, scan.spans, scan.starts, colon + 1, end)
    if statement is None or len(_tokens(scan.masked, colon + 1, end)) < 3:
        return False
    return scan.add(statement, (colon, colon + 1), _Mention(*match.span("name")), (start, colon + 1)) is not None


#: A title-case line needs at least this many words, and this share of its long words capitalised.
_MIN_TITLE_WORDS: Final = 4
_TITLE_SHARE: Final = 0.8


#: A capitalised headline verb ("Says", "Vows"): a line without one needs no closer look.
_TITLE_VERB: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?:{word_trie(verb.capitalize() for verb in HEADLINE_VERBS)})(?![\p{{L}}\p{{N}}'’-])"
)
#: The verbs of ``_TITLE_VERB`` anywhere, for ``re``'s fast scan: most lines are ruled out without ``regex``.
_TITLE_VERB_TEXT: Final = re.compile(word_trie(verb.capitalize() for verb in HEADLINE_VERBS))


def _headline_verbs(masked: str, blocks: Sequence[tuple[int, int]]) -> str:
    """*masked* with the capitalised speech verbs of title-case lines in lower case ("Lund Vows To ...").

    In "New Poll Shows Minor Bump" the verb is capitalised like every word; lower-cased in the masked
    copy (same offsets) it is found as a cue like any other.
    """
    pieces: list[str] = []
    pos = 0
    for start, end in blocks:
        if not _is_line(masked, start, end) or _TITLE_VERB_TEXT.search(masked, start, end) is None:
            continue
        if _TITLE_VERB.search(masked, start, end) is None:
            continue
        toks = _scan_tokens(masked, start, end)
        long_words = [tok[2] for tok in toks if len(tok[2]) >= 4 and tok[2][0].isalpha()]
        if len(toks) < _MIN_TITLE_WORDS or not long_words:
            continue
        if sum(_is_cap(word) for word in long_words) < _TITLE_SHARE * len(long_words):
            continue
        for tok in toks[1:]:
            word = tok[2]
            if _is_cap(word) and not word.isupper() and word.casefold() in HEADLINE_VERBS:
                pieces += [masked[pos : tok[0]], word.casefold()]
                pos = tok[1]
    if not pieces:
        return masked
    pieces.append(masked[pos:])
    return "".join(pieces)


def _find(text: str, blocks: Iterable[tuple[int, int]]) -> list[_Found]:
    """Find the quotes of *text* in the given paragraph blocks, speakers resolved."""
    blocks = _join_colon_blocks(text, blocks)
    spans: list[_Span] = []
    for start, end in blocks:
        spans.extend(_pair_marks(text, start, end))
    scan = _Scan(text, _masked(_headline_verbs(_mask(text, spans), blocks)), spans, [span.open for span in spans])
    open_prev: _Found | None = None
    prev_tail: _Found | None = None
    # (A turn has a colon: a paragraph without one is ruled out by a character search, not a regex call.)
    turns = {
        start: match
        for start, end in blocks
        if text.find(":", start, end) >= 0 and (match := _TURN.match(text, start, end)) is not None
    }
    names = collections.Counter(match.group("name") for match in turns.values())
    # Speakers of a transcript take turns: a name heading one paragraph only ("UPDATE:") is no speaker.
    turns = {start: match for start, match in turns.items() if names[match.group("name")] >= _MIN_TURNS}
    turn: _Found | None = None
    for start, end in blocks:
        if turns:
            # A transcript: each turn is its speaker's direct quote; quoted paragraphs after it continue it.
            match = turns.get(start)
            if match is not None:
                content = _trim_marks(text, match.end(), end)
                turn = scan.add(("direct", *content), None, _Mention(*match.span("name")), (start, match.end()))
                continue
            if turn is not None and text[start] in _OPEN_MARKS and text[start + 1 : start + 2] != "(":
                turn = scan.add(("direct", *_trim_marks(text, start, end)), None, None, (start, start), turn) or turn
                continue
            turn = None
            if text[start] in _OPEN_MARKS and text[start + 1 : start + 2] == "(":
                open_prev = None
                continue  # '"(CROSSTALK.)': a stage direction between turns, no one's words
        if _labelled(scan, start, end):
            continue  # 'Lund: Ferry Fares Won't Rise' (a headline line): the named speaker's statement
        last: _Found | None = None
        first_in_block = len(scan.found)
        if open_prev is not None:
            para_spans = scan.quotes_in(start, end)
            if para_spans and para_spans[0].open == start:
                last = open_prev
        continued = last
        for s, e in _merge_attributions(scan.masked, sentence_spans(scan.masked, start, end)):
            last = scan.sentence(s, e, last)
        open_prev = None
        new = scan.found[first_in_block:]
        if continued is not None and new and new[0].parent is None and new[0].kind == "direct":
            new[0].parent = continued  # a quotation running on from the paragraph before
        elif new and new[0].mention is None and new[0].parent is None and new[0].start - start <= 1:
            new[0].after = prev_tail  # a paragraph of quotation after a quoted speaker's paragraph
        prev_tail = new[-1] if new and new[-1].kind == "direct" else None
        if new:
            tail = new[-1]
            span_list = scan.quotes_in(start, end)
            if span_list and not span_list[-1].closed and tail.end >= span_list[-1].end:
                open_prev = tail
    # Parts of one quotation share a speaker: propagate along the chains, both ways.
    found = sorted(scan.found, key=lambda f: f.start)
    for item in found:
        if item.mention is None and item.parent is not None:
            item.mention = item.parent.mention
            item.cue_start, item.cue_end = item.parent.cue_start, item.parent.cue_end
    for item in reversed(found):
        if item.parent is not None and item.parent.mention is None and item.mention is not None:
            item.parent.mention = item.mention
            item.parent.cue_start, item.parent.cue_end = item.cue_start, item.cue_end
    for item in found:
        if item.mention is None and item.after is not None and item.after.mention is not None:
            item.mention = item.after.mention
    resolver = _Resolver(text, scan.masked)
    resolved: dict[tuple[int, int], Speaker] = {}
    for item in sorted(found, key=lambda f: f.mention.start if f.mention else f.start):
        if item.mention is None:
            continue
        key = (item.mention.start, item.mention.end)
        if key not in resolved:
            resolved[key] = resolver.resolve(item.mention)
        item.speaker = resolved[key]
    return found


#: The end of a text that is inside a relative clause: ", who joined the board in" (a time there is not the
#: time of the statement). Searched backwards from the time: linear.
_IN_RELATIVE: Final = regex.compile(r",[ \t]+(?:who|which|whose|where)\b[^,;:]{0,200}\Z", regex.REVERSE)


def _said_on(text: str, item: _Found, times: Sequence[TimeExpression], time_starts: list[int]) -> TimeExpression | None:
    """The date or time of the attribution clause of *item*: after the verb first, else the nearest before it.

    A time inside a relative clause about the speaker ("Jane Doe, who joined in October, said") is not it.
    """
    if not times or item.attr_end <= item.attr_start:
        return None
    lo = bisect.bisect_left(time_starts, item.attr_start)
    before: TimeExpression | None = None
    for t in _from(times, lo):
        if t.start >= item.attr_end:
            break
        if t.end > item.attr_end or t.type not in {"DATE", "TIME"}:
            continue
        if item.cue_end is None or t.start >= item.cue_end:
            return t
        if _IN_RELATIVE.search(text, item.attr_start, t.start) is None:
            before = t
    return before


def _chains(found: list[_Found]) -> list[list[_Found]]:
    """The parts of each quotation (linked by ``parent``), in document order."""
    groups: dict[int, list[_Found]] = {}
    for item in found:
        root = item
        for _ in range(len(found)):  # bounded walk: never loops on a malformed chain
            if root.parent is None:
                break
            root = root.parent
        groups.setdefault(id(root), []).append(item)
    chains = [sorted(parts, key=lambda f: (f.start, f.end)) for parts in groups.values()]
    return sorted(chains, key=lambda parts: parts[0].start)


def _chain_kind(parts: list[_Found]) -> QuoteKind:
    kinds = {part.kind for part in parts}
    if len(kinds) == 1:
        return parts[0].kind
    return "partial" if "direct" in kinds or "partial" in kinds else parts[0].kind


def _to_quotes(text: str, found: list[_Found], times: Sequence[TimeExpression] = ()) -> tuple[Quote, ...]:
    """One :class:`Quote` per quotation: the parts of a split quotation become its ``segments``."""
    time_starts = [t.start for t in times]
    out: list[Quote] = []
    for parts in _chains(found):
        segments: list[tuple[int, int]] = []
        for part in parts:
            if segments and part.start <= segments[-1][1]:
                segments[-1] = (segments[-1][0], max(segments[-1][1], part.end))
            else:
                segments.append((part.start, part.end))
        start, end = segments[0][0], segments[-1][1]
        said_on = (
            next((t for t in (_said_on(text, part, times, time_starts) for part in parts) if t is not None), None)
            if times  # (find_quotes has none to look through)
            else None
        )
        speaker = next((part.speaker for part in parts if part.speaker is not None), None)
        cued = next((part for part in parts if part.cue_start is not None and part.cue_end is not None), None)
        cue_start = cued.cue_start if cued is not None else None
        cue_end = cued.cue_end if cued is not None else None
        cue = text[cue_start:cue_end] if cue_start is not None and cue_end is not None else None
        out.append(
            Quote(
                text[start:end],
                start,
                end,
                _chain_kind(parts),
                cue,
                speaker,
                said_on,
                cue_start,
                cue_end,
                tuple(segments) if len(segments) > 1 else (),
            )
        )
    return tuple(out)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Find every direct, partial and indirect quote in *text*, with its speaker.

    >>> q = find_quotes('"We will stay," said Mayor Lena Ortiz.')[0]
    >>> q.text, q.kind, q.cue, q.speaker.name, q.speaker.title
    ('We will stay,', 'direct', 'said', 'Lena Ortiz', 'Mayor')
    """
    text = check_text(text)
    paragraphs = split_paragraphs(text)
    return _to_quotes(text, _find(text, ((p.start, p.end) for p in paragraphs)))


class QuotesParser:
    """Finds the quotes of a story and links each to the time of its attribution clause.

    The byline paragraph is skipped, the dateline is cut off the first paragraph, and
    headlines and captions are searched like any paragraph.
    """

    name = "quotes"

    def parse(self, doc: Document, context: Context) -> tuple[Quote, ...]:
        """Return the quotes of *doc*, each with ``said_on`` from ``context.results["times"]``."""
        text = doc.text
        byline = context.results.get("byline")
        dateline = context.results.get("dateline")
        blocks: list[tuple[int, int]] = []
        for paragraph in doc.paragraphs:
            start, end = paragraph.start, paragraph.end
            if byline is not None and start < byline.end and byline.start < end:
                continue
            if dateline is not None and start <= dateline.end < end and dateline.start >= start:
                start = dateline.end
                while start < end and (text[start].isspace() or text[start] in "—–-:"):
                    start += 1
            if start < end:
                blocks.append((start, end))
        times = tuple(sorted(context.results.get("times") or (), key=lambda t: t.start))
        return _to_quotes(text, _find(text, blocks), times)
