"""Fuzz every public newsparse function with hostile text; the invariants it checks; the strategies.

Run it as a script::

    python tests/fuzz.py --seconds 60            # fuzz for a minute (CI runs 20 s)
    python tests/fuzz.py --seconds 600 --seed 7  # reproducible batches
    python tests/fuzz.py --replay fuzz-failure.json

It feeds generated text (any Unicode, surrogates included; control, zero-width and bidi
characters; token soups of news words; "almost news": shuffled, truncated, re-cased stories
built from templates below) to every public function until the time is up. Every result
must satisfy :func:`check_result`: offsets slice to the element's text, literal fields hold
their documented values, ``to_dict()`` goes through ``json``. An input that raises, breaks
an invariant or runs longer than ``--timeout`` seconds stops the run: Hypothesis shrinks
it, the script prints the minimal input and writes it to ``fuzz-failure.json``, and the
exit code is 1.

The test modules ``test_hostile*.py``, ``test_linear_time.py`` and ``test_concurrency.py``
import this file for the same strategies and checks (it is not collected by pytest).
All people, places and events in the templates are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import itertools
import json
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

import newsparse

__all__ = [
    "EXTREME_PUBLISHED",
    "HOSTILE_CHARACTERS",
    "ORDINARY_PUBLISHED",
    "PUBLIC_FUNCTIONS",
    "PUBLISHED_VALUES",
    "SAMPLE_STORIES",
    "InvariantError",
    "almost_news",
    "any_unicode",
    "call",
    "check_result",
    "fuzz_cases",
    "hostile_text",
    "main",
    "news_story",
    "token_soup",
]

#: Every public function that takes a text, in the order the fuzzer tries them.
PUBLIC_FUNCTIONS: Final = (
    "parse",
    "find_times",
    "find_quotes",
    "parse_dateline",
    "parse_byline",
    "parse_caption",
    "parse_headline",
    "resolve_time",
)

#: What each function returns: (allowed result types, is it a tuple of them).
_RESULT_TYPES: Final[dict[str, tuple[tuple[type | None, ...], bool]]] = {
    "parse": ((newsparse.Article,), False),
    "find_times": ((newsparse.TimeExpression,), True),
    "find_quotes": ((newsparse.Quote,), True),
    "parse_dateline": ((newsparse.Dateline, None), False),
    "parse_byline": ((newsparse.Byline, None), False),
    "parse_caption": ((newsparse.Caption,), False),
    "parse_headline": ((newsparse.Headline,), False),
    "resolve_time": ((newsparse.TimeExpression, None), False),
}

#: Ordinary anchors: dates, ISO strings, naive and aware datetimes, a leap day.
ORDINARY_PUBLISHED: Final = (
    None,
    dt.date(2024, 3, 18),
    "2024-03-18",
    dt.datetime(2024, 3, 18, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    dt.datetime(2024, 2, 29, 0, 0),
    dt.date(2000, 12, 31),
)
#: The calendar's ends: relative expressions must not overflow ``datetime.date``.
EXTREME_PUBLISHED: Final = (dt.date(1, 1, 1), dt.date(9999, 12, 31))
#: Anchors the fuzzer tries.
PUBLISHED_VALUES: Final = (*ORDINARY_PUBLISHED, *EXTREME_PUBLISHED)

#: Literal fields and the values the contract allows.
_LITERALS: Final[dict[tuple[type, str], frozenset[str]]] = {
    (newsparse.TimeExpression, "type"): frozenset({"DATE", "TIME", "DURATION", "SET"}),
    (newsparse.Quote, "kind"): frozenset({"direct", "partial", "indirect"}),
    (newsparse.Headline, "case"): frozenset({"title", "sentence", "upper", "lower", "mixed"}),
    (newsparse.Paragraph, "role"): frozenset({"headline", "caption", "byline", "dateline", "body", "other"}),
}


def accepts_published(name: str) -> bool:
    """True when the public function *name* takes a ``published`` anchor."""
    return "published" in inspect.signature(getattr(newsparse, name)).parameters


def call(name: str, text: str, published: object = None) -> Any:
    """Call the public function *name* on *text* (with *published* when it takes one)."""
    function: Callable[..., Any] = getattr(newsparse, name)
    if accepts_published(name):
        return function(text, published=published)
    return function(text)


class InvariantError(AssertionError):
    """A result broke one of the documented guarantees."""


def _fail(path: str, message: str) -> None:
    raise InvariantError(f"{path}: {message}")


def _check_span(text: str, path: str, span: tuple[object, object], value: object, what: str) -> None:
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)):
        _fail(path, f"{what} offsets must be int, got {start!r}:{end!r}")
        return
    if not 0 <= start <= end <= len(text):
        _fail(path, f"{what} offsets {start}:{end} are outside the text (length {len(text)})")
    if text[start:end] != value:
        _fail(path, f"text[{start}:{end}] == {text[start:end]!r} but {what} == {value!r}")


def _check_element(text: str, obj: Any, path: str) -> None:
    """The checks of one result object (not its children)."""
    fields = attrs.fields_dict(type(obj))
    if {"text", "start", "end"} <= fields.keys():
        _check_span(text, path, (obj.start, obj.end), obj.text, "text")
    for (cls, name), allowed in _LITERALS.items():
        if isinstance(obj, cls) and getattr(obj, name) not in allowed:
            _fail(path, f"{name} == {getattr(obj, name)!r}, expected one of {sorted(allowed)}")
    if isinstance(obj, newsparse.Speaker):
        if (obj.mention_start is None) != (obj.mention_end is None):
            _fail(path, f"mention_start {obj.mention_start!r} and mention_end {obj.mention_end!r} disagree")
        if obj.mention_start is not None:
            _check_span(text, path, (obj.mention_start, obj.mention_end), obj.mention, "mention")
    credit = getattr(obj, "credit", None) if isinstance(obj, newsparse.Caption) else None
    if credit is not None and not obj.start <= credit.start <= credit.end <= obj.end:
        _fail(path, f"credit {credit.start}:{credit.end} lies outside its caption {obj.start}:{obj.end}")
    if isinstance(obj, newsparse.Quote) and obj.cue_start is not None:
        _check_span(text, path, (obj.cue_start, obj.cue_end), obj.cue, "cue")
    if isinstance(obj, newsparse.TimeExpression) and isinstance(obj.anchor, int) and not 0 <= obj.anchor <= len(text):
        _fail(path, f"anchor offset {obj.anchor} is outside the text")
    if isinstance(obj, newsparse.Interval) and type(obj.start) is type(obj.end) and obj.start > obj.end:
        _fail(path, f"interval starts after it ends: {obj.start!r} > {obj.end!r}")


def _walk(text: str, value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Yield (path, result object) for *value* and every result object inside it."""
    if attrs.has(type(value)):
        yield path, value
        for field in attrs.fields(type(value)):
            yield from _walk(text, getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from _walk(text, item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(text, item, f"{path}[{key!r}]")


def _check_collection(text: str, path: str, times: tuple[Any, ...], quotes: tuple[Any, ...]) -> None:
    starts = {t.start for t in times}
    for index, item in enumerate(times):
        if isinstance(item.anchor, int) and item.anchor not in starts:
            _fail(f"{path}times[{index}]", f"anchor {item.anchor} is not the start of another expression")
    for index, quote in enumerate(quotes):
        segments = quote.segments
        if segments and (
            segments[0][0] != quote.start
            or segments[-1][1] != quote.end
            or any(a[1] > b[0] for a, b in itertools.pairwise(segments))
        ):
            _fail(f"{path}quotes[{index}]", f"segments {segments} do not run in order from start to end")


def _check_article(text: str, article: newsparse.Article) -> None:
    _check_collection(text, "article.", article.times, article.quotes)
    previous_end = 0
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.start < previous_end:
            _fail(f"article.paragraphs[{index}]", "paragraphs overlap or are out of order")
        previous_end = paragraph.end
    for index, person in enumerate(article.speakers):
        if not person.name:
            _fail(f"article.speakers[{index}]", "a speaker without a name")
        for q in person.quotes:
            if not 0 <= q < len(article.quotes):
                _fail(f"article.speakers[{index}]", f"quote index {q} out of range")
    if article.published is not None and not isinstance(article.published, dt.date):
        _fail("article.published", f"not a date: {article.published!r}")


def _to_json(value: Any) -> str:
    if isinstance(value, tuple):
        return json.dumps([item.to_dict() for item in value])
    if value is None:
        return "null"
    return json.dumps(value.to_dict())


def check_result(name: str, text: str, result: Any) -> None:
    """Check every documented guarantee of ``newsparse.<name>(text)``'s *result*.

    Raises :class:`InvariantError` naming the offending element: an offset that does not
    slice to its text (``text[el.start:el.end] == el.text``; a speaker's ``mention``; a
    quote's ``cue``), a literal field outside its values, a dangling index, a result of the
    wrong type, a result that is not hashable or whose ``to_dict()`` is not JSON.
    """
    allowed, is_tuple = _RESULT_TYPES[name]
    items = result if is_tuple else (result,)
    if is_tuple and not isinstance(result, tuple):
        _fail(name, f"returned {type(result).__name__}, expected a tuple")
    for item in items:
        if not any(item is None if kind is None else isinstance(item, kind) for kind in allowed):
            _fail(name, f"returned a {type(item).__name__}")
    for path, obj in _walk(text, result, name):
        _check_element(text, obj, path)
    if isinstance(result, newsparse.Article):
        _check_article(text, result)
    elif name == "find_times":
        _check_collection(text, "", result, ())
    elif name == "find_quotes":
        _check_collection(text, "", (), result)
    try:
        json.loads(_to_json(result))
        hash(result)
        repr(result)
    except Exception as exc:  # the message must say which guarantee broke
        raise InvariantError(f"{name}: result is not JSON-safe, hashable and printable: {exc!r}") from exc


# ---------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------

#: Characters that trouble text processing: controls, line and paragraph separators,
#: zero-width and bidi marks, combining marks, a BOM, lone surrogates, emoji (with ZWJ and
#: skin tone), quote marks and dashes of every kind, non-breaking spaces.
HOSTILE_CHARACTERS: Final = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x1d\x1e\x1f\x7f\x85\x9f"
    "\u2028\u2029\r\n\t"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    "\u0301\u0308\u0327\u20dd\u0e31"
    "\ud800\udfff\udbff\udc00"
    "\U0001f600\U0001f44d\U0001f3fd\U0001f1fa\U0001f1f8\ufffd\U0010ffff"
    "“”„‟\"'‘’‚‛«»‹›「」『』〝〞"
    "—–‐‑‒―-−"
    "\u00a0\u2007\u202f\u3000"
    "İıſßﬁ"
)

any_unicode: st.SearchStrategy[str] = st.text(st.characters(), max_size=200)
"""Any ``str``: every Unicode category, lone surrogates included."""

_NEWS_ALPHABET: Final = st.one_of(
    st.sampled_from(HOSTILE_CHARACTERS),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;()/|&"),
    st.characters(),
)

_NEWS_TOKENS: Final = (
    "By", "BY", "and", "said", "says", "told", "according to", "he said", "she said", "they said",
    "(AP)", "(Reuters)", "(AFP)", "—", "-", "–", "FILE -", "FILE PHOTO:", "(AP Photo/", "AP Photo",
    "REUTERS/", "Photograph:", "/AP", ", File)", "UPDATE 2-", "EXCLUSIVE-", "|", "Reuters",
    "Associated Press", "Monday", "Tuesday", "Wed.", "Sunday", "March", "Sept.", "Jan.", "May",
    "18", "2024", "1999", "0", "31", "3:30", "p.m.", "a.m.", "EDT", "GMT", "noon", "midnight",
    "last", "next", "this", "week", "year", "month", "ago", "earlier", "later", "the next day",
    "yesterday", "today", "tomorrow", "two", "weeks", "decade", "century", "1990s", "mid-2025",
    "every", "since", "until", "Q3", "fiscal", "“", "”", '"', "'", "‘", "’", "«", "»",
    "NIAMEY,", "Niger", "KANSAS CITY,", "Mo.", "LONDON,", "Col.", "Gen.", "Dr.", "Mr.", "Ms.",
    "spokesperson", "minister", "Tarek", "Ilse", "Varga", "Okonjo", "O'Brien", "de la Cruz", "Jr.",
    ",", ".", ":", ";", "(", ")", "?", "!", "...", "…",
)  # fmt: skip

_SEPARATORS: Final = (" ", " ", " ", "", "\n", "\n\n", "\r\n", "\t", ", ", "\u00a0", "\u2029")

token_soup: st.SearchStrategy[str] = st.lists(
    st.tuples(st.sampled_from(_NEWS_TOKENS), st.sampled_from(_SEPARATORS)), max_size=60
).map(lambda pairs: "".join(token + sep for token, sep in pairs))
"""News words, marks and numbers in any order: dense in the patterns the parsers look for."""

_PEOPLE: Final = (
    ("Tarek", "Villanueva"), ("Ilse", "Marchetti-Osei"), ("Bram", "Okonkwo"), ("Yusra", "Delacroix"),
    ("Ana", "de la Peña"), ("Kofi", "Lindqvist"), ("Maeve", "O'Donnell"), ("Jürgen", "Abara"),
)  # fmt: skip
_TITLES: Final = ("Col.", "Gen.", "Dr.", "Sen.", "Mayor", "Deputy Minister", "")
_ROLES: Final = (
    "a spokesperson for the regional water board", "the harbour master", "chief economist at Ferrow Bank",
    "a teacher at the village school", "the mission's lead engineer",
)  # fmt: skip
_PLACES: Final = (
    ("KANSAS CITY", "Mo."), ("NIAMEY", "Niger"), ("LONDON", ""), ("PORTO ALEGRE", "Brazil"),
    ("DULUTH", "Minn."), ("SAPPORO", "Japan"), ("NAIROBI", "Kenya"), ("TRURO", "England"),
)  # fmt: skip
_AGENCIES: Final = ("(AP)", "(Reuters)", "(AFP)", "")
_CLAUSES: Final = (
    "the bridge would reopen before the harvest",
    "nobody expected the ferry to run on time",
    "the council had voted twice on the same plan",
    "we are not leaving until the pumps work",
    "the festival drew more visitors than last year",
)  # fmt: skip
_TIMES: Final = (
    "on Monday", "last July", "March 18, 2024", "the next day", "two weeks ago", "at 3:30 p.m. EDT",
    "in 2023", "every Tuesday", "for three years", "Sept. 5", "earlier this month", "Friday night",
    "by mid-2025", "in the 1990s", "Jan. 1, 1", "Dec. 31, 9999", "Feb. 29, 2023", "yesterday",
)  # fmt: skip
_SITES: Final = (" | Reuters", " - The Harbour Ledger", " : NPR", " — AP News", "")
_KICKERS: Final = ("UPDATE 2-", "EXCLUSIVE-", "WATCH: ", "FACTBOX-", "")


@st.composite
def news_story(draw: st.DrawFn) -> str:
    """A story from templates: headline, byline, dateline, quotes, times, a photo caption."""
    pick = lambda seq: draw(st.sampled_from(seq))  # noqa: E731
    first, last = pick(_PEOPLE)
    other_first, other_last = pick(_PEOPLE)
    city, region = pick(_PLACES)
    when = pick(_TIMES)
    clause = pick(_CLAUSES)
    title = pick(_TITLES)
    role = pick(_ROLES)
    headline = f"{pick(_KICKERS)}{first} {last} says {pick(_CLAUSES)}{pick(_SITES)}"
    byline = pick(
        (
            f"By {first.upper()} {last.upper()} and {other_first.upper()} {other_last.upper()} Associated Press",
            f"By {first} {last}",
            f"By {first} {last}, Reuters",
            f"By {first} {last}\nThe Harbour Ledger",
        )
    )
    place = f"{city}, {region}" if region else city
    dateline = pick((f"{place} {pick(_AGENCIES)} — ", f"{city}, March 18 (Reuters) - ", f"{city} — ", ""))
    sentences = [
        f"“{clause.capitalize()},” {first} {last} said {when}.",
        f"“{clause.capitalize()},” said {title} {first} {last}, {role}.",
        f"{other_first} {other_last} told reporters {when} that {pick(_CLAUSES)}.",
        f"According to {title} {last}, {pick(_CLAUSES)}.",
        f"“{clause.capitalize()},” she said. “And {pick(_CLAUSES)}.”",
        f"“He told me ‘{pick(_CLAUSES)}’ and left,” {last} said.",
        f'"{clause.capitalize()}," {last} said {pick(_TIMES)}, adding that {pick(_CLAUSES)}.',
        f"The work began {when} and ended {pick(_TIMES)}.",
        f"{last}, {role}, said {pick(_CLAUSES)}.",
    ]
    body = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=6))
    caption = pick(
        (
            f"FILE - {first} {last} speaks in {city.title()}, on March 8, 2014. "
            f"(AP Photo/{other_first} {other_last}, File)",
            f"Residents gather in {city.title()}, {when}. REUTERS/{other_first} {other_last}",
            f"{first} {last} at the harbour. Photograph: {other_first} {other_last}/AP",
        )
    )
    paragraphs = [headline, byline, caption, dateline + body[0], *body[1:]]
    return "\n\n".join(paragraphs)


#: Hand-written stories about invented people and events, in the main wire styles.
SAMPLE_STORIES: Final = (
    "UPDATE 2-Harbour town votes to rebuild ferry pier | Reuters\n\n"
    "By Ilse Marchetti-Osei\n\n"
    "TRURO, England, March 18 (Reuters) - Councillors in a small harbour town voted on Monday to rebuild "
    "the ferry pier that collapsed last July, ending two years of argument.\n\n"
    "“We are not leaving until the pumps work,” said Mayor Bram Okonkwo, who chaired the meeting. "
    "“The pier comes first.”\n\n"
    "Work will begin next week and end by mid-2025, according to the council's engineer.\n\n"
    "(Reporting by Ilse Marchetti-Osei; Editing by Kofi Lindqvist)",
    "Flooded village school reopens after two weeks\n\n"
    "By TAREK VILLANUEVA and MAEVE O'DONNELL Associated Press\n\n"
    "FILE - Pupils wade to class in Porto Alegre, Brazil, on Sept. 5, 2023. (AP Photo/Ana de la Peña, File)\n\n"
    "PORTO ALEGRE, Brazil (AP) — The village school reopened Tuesday, two weeks after the river rose.\n\n"
    '"Nobody expected the ferry to run on time," teacher Yusra Delacroix told reporters on Wednesday. '
    "She said the festival would go ahead on Friday night.\n\n"
    "“He told me ‘the bridge would reopen before the harvest’ and left,” Delacroix said.",
    "DULUTH, Minn. — The lake froze earlier than in any year since the 1990s, "
    "said Dr. Jürgen Abara, chief economist at Ferrow Bank, at 3:30 p.m. EDT on Jan. 2.\n"
    "Ice fishing starts every Tuesday. “It is early,” he said.\r\n"
    "“Very early.”",
    "SAPPORO, Japan (AFP) — スキー場は月曜日に開いた。 «Il fait froid», a déclaré Kofi Lindqvist.\n\n"
    "Residents gather in Sapporo, Jan. 3, 2024. REUTERS/Maeve O'Donnell",
)

_RECASE: Final[tuple[Callable[[str], str], ...]] = (str.upper, str.lower, str.title, str.swapcase, str.casefold)
_JOINERS: Final = ("\n\n", "\n", "\r\n\r\n", "\r", " ", "\u2029", "\n \n", "\n\n\n\n")


@st.composite
def almost_news(draw: st.DrawFn) -> str:
    """A templated story, damaged: shuffled, truncated, re-cased, spliced with hostile characters."""
    story = draw(news_story())
    paragraphs = story.split("\n\n")
    if draw(st.booleans()):
        paragraphs = draw(st.permutations(paragraphs))
    text = draw(st.sampled_from(_JOINERS)).join(paragraphs)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(("truncate", "recase", "insert", "delete", "duplicate", "straighten")))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 80)))
        if action == "truncate":
            text = text[:i] if draw(st.booleans()) else text[i:]
        elif action == "recase":
            text = text[:i] + draw(st.sampled_from(_RECASE))(text[i:j]) + text[j:]
        elif action == "insert":
            text = text[:i] + draw(st.text(_NEWS_ALPHABET, min_size=1, max_size=8)) + text[i:]
        elif action == "delete":
            text = text[:i] + text[j:]
        elif action == "duplicate":
            text = text[:j] + text[i:j] * draw(st.integers(1, 5)) + text[j:]
        else:
            text = text.translate(str.maketrans("“”‘’", "\"\"''"))
    return text


_REPEATED_TOKENS: Final = (*_NEWS_TOKENS, "“", "“‘", "By ", "(AP) ", "FILE - ", "said ", "Monday ", "A", "1")

long_repetition: st.SearchStrategy[str] = st.builds(
    lambda token, sep, count: (token + sep) * count,
    st.sampled_from(_REPEATED_TOKENS),
    st.sampled_from(("", " ", ", ", "\n")),
    st.integers(100, 3000),
)
"""One news token repeated hundreds of times: finds slow paths and deep recursion."""

hostile_text: st.SearchStrategy[str] = st.one_of(
    any_unicode,
    st.text(_NEWS_ALPHABET, max_size=300),
    token_soup,
    almost_news(),
)
"""The mix the tests and the fuzzer draw from."""


@st.composite
def fuzz_cases(draw: st.DrawFn, *, long: bool = False) -> tuple[str, str, object]:
    """(function name, text, published) for one call."""
    name = draw(st.sampled_from(PUBLIC_FUNCTIONS))
    text = draw(st.one_of(hostile_text, long_repetition) if long else hostile_text)
    published = draw(st.sampled_from(PUBLISHED_VALUES)) if accepts_published(name) else None
    return name, text, published


# ---------------------------------------------------------------------------------------------
# The fuzzing entry point
# ---------------------------------------------------------------------------------------------


class FuzzTimeout(Exception):
    """One input ran longer than the per-input time limit."""


def _on_alarm(signum: int, frame: object) -> None:
    raise FuzzTimeout("the call ran longer than the per-input limit")


def run_case(name: str, text: str, published: object, timeout: float | None = None) -> None:
    """Call *name* on *text* and check its result; with *timeout*, a hang raises FuzzTimeout."""
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        result = call(name, text, published)
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
    check_result(name, text, result)


def _published_to_json(published: object) -> object:
    return published.isoformat() if isinstance(published, dt.date) else published


def _replay(path: Path) -> int:
    case = json.loads(path.read_text(encoding="utf-8"))
    print(f"replaying {case['function']}({case['text']!r}, published={case['published']!r})")
    run_case(case["function"], case["text"], case["published"])
    print("no failure")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Fuzz until ``--seconds`` run out; exit 1 with the minimal failing input on a failure."""
    parser = argparse.ArgumentParser(description="Fuzz the public newsparse functions with hostile text.")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--seed", type=int, default=None, help="seed the batches for a reproducible run")
    parser.add_argument("--timeout", type=float, default=10.0, help="per-input limit in seconds (default 10)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failure.json"), help="where to write a failing input")
    parser.add_argument("--replay", type=Path, default=None, help="re-run a failing input written by --out")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _on_alarm)
    if args.replay is not None:
        return _replay(args.replay)

    failure: dict[str, Any] = {}
    count = 0

    def target(case: tuple[str, str, object]) -> None:
        nonlocal count
        count += 1
        name, text, published = case
        try:
            run_case(name, text, published, args.timeout)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            # Hypothesis replays the shrunk example last: the last record is the minimal input.
            failure.update(
                function=name,
                text=text,
                published=_published_to_json(published),
                error="".join(traceback.format_exception(exc)),
            )
            raise

    deadline = time.monotonic() + args.seconds
    batch = 0
    try:
        while time.monotonic() < deadline:
            test = settings(
                max_examples=200,
                deadline=None,
                database=None,
                derandomize=False,
                phases=(Phase.generate, Phase.shrink),
                suppress_health_check=list(HealthCheck),
                print_blob=False,
            )(given(fuzz_cases(long=True))(target))
            if args.seed is not None:
                test = hypothesis_seed(args.seed * 100_003 + batch)(test)
            test()
            batch += 1
    except KeyboardInterrupt:
        print(f"fuzz: interrupted after {count} inputs, no failure so far")
        return 0
    except BaseException:
        if not failure:
            raise
        args.out.write_text(json.dumps(failure, indent=2) + "\n", encoding="utf-8")
        print(failure["error"], file=sys.stderr)
        print(
            f"fuzz: FAILURE in newsparse.{failure['function']} after {count} inputs\n"
            f"  text = {failure['text']!r}\n  published = {failure['published']!r}\n"
            f"  written to {args.out}; re-run with: python tests/fuzz.py --replay {args.out}",
            file=sys.stderr,
        )
        return 1
    print(f"fuzz: {count} inputs in {args.seconds:g} s, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
