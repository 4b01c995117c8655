"""Headlines and page titles: kickers, site names, tickers, case.

:func:`parse_headline` takes one headline or page title apart::

    UPDATE 2-Korana tin refinery halted after chlorine leak | Reuters
    ^^^^^^^^ kicker                                           ^^^^^^^ site_name

The rules, in order:

1. A site name is cut off the end (``... | Reuters``, ``... - BBC News``, ``... : NPR``,
   ``... — The Washington Post``) or the start (``CNN - ...``) only at a separator with white
   space around it (or a bar), and only when the segment is a known site, a domain name, a
   short segment after a bar, or a short capitalised name ending in a news-organisation word
   ("The Springfield Herald"). A hyphen inside a word (``U.S.-China``, ``self-driving``) is
   never a separator. After a bar, a short section name before the site ("World news") goes too.
2. A kicker is cut off the start: a wire prefix in capitals with an optional number and a
   hyphen (``UPDATE 2-``, ``EXCLUSIVE-``, ``CORRECTED -``), or a known label before a colon,
   a bar or a spaced dash (``BREAKING:``, ``Analysis:``, ``Opinion |``). Any other colon
   stays: ``Tesla: the company that ...``.
3. Ticker tags in angle brackets (``<SRD>``) go to ``tickers`` and out of ``clean``.
4. ``case`` is read from ``clean``: ``upper``/``lower`` when no letter has the other case;
   ``title`` when every word but AP/Chicago small words starts with a capital; ``sentence``
   when the first word does and some later ordinary word does not; else ``mixed``.

:class:`HeadlineParser` takes the first paragraph of a story as its headline when it has a
headline's shape: one line, short, no final period, not a dateline, byline or caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from .._args import check_text
from .._model import Headline, HeadlineCase
from ..vocab.agencies import NEWS_ORGANIZATION_WORDS
from ..vocab.headlines import DESK_SLUGS, LABEL_KICKERS, SITE_NAMES, TITLE_SMALL_WORDS, WIRE_KICKERS

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["HeadlineParser", "headline_case", "parse_headline"]

#: Where a page title may be split between headline and site name: a bar (spaces optional),
#: or a dash, colon, double colon or middle dot with white space on both sides.
_SEPARATOR: Final = regex.compile(
    r"""
    [ \t]*+ \| [ \t]*+                       # " | ", "|"
    | [ \t]++ (?: [-–—:·•] | :: | -- ) [ \t]++   # " - ", " — ", " : ", " :: ", " -- "
    | (?<= \S ) : [ \t]++                        # ": " (a known site only: "...: NPR")
    """,
    regex.VERBOSE,
)

#: A wire kicker: capitals, an optional number, a hyphen ("UPDATE 2-", "CORRECTED -").
_WIRE_KICKER: Final = regex.compile(
    r"""
    (?P<word> [A-Z]++ (?: [ ][A-Z]++ )?+     # UPDATE, GLOBAL MARKETS
            | [A-Z][a-z]++ )                 # Exclusive (syndicated Reuters titles)
    (?P<number> [ ]?+ \d{1,2}+ )?+           # 2
    (?: [ ]?+ - [ ]?+ )                      # -, " - "
    (?= \S )
    """,
    regex.VERBOSE,
)

_LABEL_WORDS: Final = "|".join(regex.escape(k) for k in sorted(LABEL_KICKERS, key=len, reverse=True))
#: A label kicker: a known label before a colon, a bar or a spaced dash ("BREAKING:", "Opinion |").
_LABEL_KICKER: Final = regex.compile(
    rf"(?P<word>{_LABEL_WORDS})(?: [ \t]*+ [:|] [ \t]*+ | [ \t]++ [-–—] [ \t]++ )(?=\S)",
    regex.VERBOSE | regex.IGNORECASE,
)

#: A ticker tag as the Reuters wire writes it: "<SRD>", "<IBM.N>", "<0#.N225>".
_TICKER: Final = regex.compile(r"[ \t]*+<(?P<symbol>[A-Za-z0-9.#=^_/-]{1,16}+)>")
_DOMAIN: Final = regex.compile(r"[\w-]++(?:\.[\w-]++)*+\.(?:com|org|net|co\.uk|co|uk|ie|ca|au|in|news|tv|io)")
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&]*+")
_SPACES: Final = regex.compile(r"[ \t]{2,}+")

#: Words in capitals this long are shouted words, not acronyms.
_MIN_SHOUTED: Final = 5
#: At most this many words in a site name found by its shape (not in SITE_NAMES).
_MAX_SITE_WORDS: Final = 6
#: At most this many words in a section name dropped before a site ("World news | The Guardian").
_MAX_SECTION_WORDS: Final = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_capitalised_name(segment: str, max_words: int) -> bool:
    words = segment.split()
    if not 0 < len(words) <= max_words or len(segment) > 60:
        return False
    for word in words:
        first = word.lstrip("(\"'“‘")[:1]
        if not first:
            return False
        if first.islower() and word.casefold() not in TITLE_SMALL_WORDS:
            return False
    return not segment.rstrip().endswith((".", "?", "!", ","))


def _is_site(segment: str, separator: str, *, suffix: bool) -> bool:
    key = segment.strip().casefold()
    if not key:
        return False
    if key in SITE_NAMES:
        return True
    if _DOMAIN.fullmatch(key):
        return True
    if not suffix or separator.startswith(":"):
        return False
    if "|" in separator:
        return _is_capitalised_name(segment, _MAX_SITE_WORDS)
    words = _words(segment)
    return (
        bool(words)
        and _is_capitalised_name(segment, 5)
        and words[-1].casefold().rstrip(".") in NEWS_ORGANIZATION_WORDS
        and not all(w.isupper() for w in words if len(w) > 1)
    )


def _cut_site(text: str, a: int, b: int) -> tuple[int, int, str | None]:
    """Cut the site name off [a, b): return the new bounds and the site name.

    A known site at the end, then a known site at the start, then a site recognised by its
    shape at the end.
    """
    seps = list(_SEPARATOR.finditer(text, a, b))
    if not seps:
        return a, b, None
    last, first = seps[-1], seps[0]
    suffix = text[last.end() : b]
    if last.start() > a and _is_site(suffix, last.group(), suffix=False):
        return a, _drop_section(text, a, seps), suffix.strip()
    prefix = text[a : first.start()]
    # Never before a colon: "Tesla: the company that ..." names its subject, not a site.
    if first.end() < b and ":" not in first.group() and _is_site(prefix, first.group(), suffix=False):
        return first.end(), b, prefix.strip()
    if last.start() > a and _is_site(suffix, last.group(), suffix=True):
        return a, _drop_section(text, a, seps), suffix.strip()
    return a, b, None


def _drop_section(text: str, a: int, seps: list[regex.Match[str]]) -> int:
    """Where the headline ends once the site is cut: before a short section name after a bar."""
    b = seps[-1].start()
    if "|" in seps[-1].group() and len(seps) >= 2 and "|" in seps[-2].group() and seps[-2].start() > a:
        section = text[seps[-2].end() : b]
        if len(section.split()) <= _MAX_SECTION_WORDS:
            return seps[-2].start()
    return b


def _cut_kicker(text: str, a: int, b: int) -> tuple[int, str | None]:
    kickers: list[str] = []
    for _ in range(3):
        match = _WIRE_KICKER.match(text, a, b)
        word = match.group("word").casefold() if match is not None else ""
        if match is not None and not match.group("word").isupper() and not text[match.end()].isupper():
            match = None  # "Exclusive-US plans ..." yes, "Focus-group study" no
        if match is not None and (
            word in WIRE_KICKERS or (word in DESK_SLUGS and any(c.islower() for c in text[match.end() : b]))
        ):
            kickers.append(match.group("word") + (match.group("number") or ""))
            a = match.end()
            continue
        match = _LABEL_KICKER.match(text, a, b)
        if match is not None:
            kickers.append(match.group("word"))
            a = match.end()
            continue
        break
    return a, ("-".join(kickers) if kickers else None)


def _has_upper(text: str) -> bool:
    """``any(c.isupper() for c in text)``; in ASCII text, where only A-Z are upper, one C-level call."""
    return text.lower() != text if text.isascii() else any(c.isupper() for c in text)


def _has_lower(text: str) -> bool:
    """``any(c.islower() for c in text)``; in ASCII text, where only a-z are lower, one C-level call."""
    return text.upper() != text if text.isascii() else any(c.islower() for c in text)


def headline_case(text: str) -> HeadlineCase:
    """The case style of a headline: "title", "sentence", "upper", "lower" or "mixed".

    >>> headline_case("Millbrook Unveils First of 9 New Reading Rooms"), headline_case("Flooded quay opens again")
    ('title', 'sentence')
    """
    has_upper = _has_upper(text)
    has_lower = _has_lower(text)
    if has_upper and not has_lower:
        return "upper"
    if has_lower and not has_upper:
        return "lower"
    if not has_lower:
        return "mixed"
    words = [w for w in _words(text) if w[0].isalpha()]
    if not words:
        return "mixed"
    # Long words in capitals (not acronyms such as NATO or U.S.) in most of the headline: mixed.
    caps = sum(1 for w in words if len(w) >= _MIN_SHOUTED and w.isupper())
    if caps * 2 > len(words) and len(words) > 2:
        return "mixed"
    # A headline opening with a number ("12 dead as storm hits") is read from its first word on.
    opens_with_word = text.lstrip(" \t\"'“‘")[:1].isalpha()
    if opens_with_word and words[0][0].islower() and not _has_upper(words[0][1:]):
        return "mixed"
    lower_words = 0
    for word in words[1 if opens_with_word else 0 :]:
        part = word.split("-", 1)[0]
        if part[0].islower() and part.casefold() not in TITLE_SMALL_WORDS and not _has_upper(part):
            lower_words += 1
    return "sentence" if lower_words else "title"


def _parse(text: str, a: int, b: int) -> Headline:
    a0, b0 = a, b
    a, kicker = _cut_kicker(text, a, b)
    a, b, site = _cut_site(text, a, b)
    if kicker is None and site is not None:  # "CNN - UPDATE 1-..."
        a, kicker = _cut_kicker(text, a, b)
    core = text[a:b]
    tickers = tuple(m.group("symbol") for m in _TICKER.finditer(core))
    if tickers:
        core = _SPACES.sub(" ", _TICKER.sub("", core))
    clean = core.strip()
    if not clean:  # nothing left: the whole text is the headline
        clean, kicker, site = text[a0:b0], None, None
    return Headline(
        text[a0:b0], a0, b0, clean=clean, case=headline_case(clean), kicker=kicker, site_name=site, tickers=tickers
    )


def parse_headline(text: str) -> Headline:
    """Parse a headline or page title into kicker, site name, tickers, clean headline and case.

    >>> h = parse_headline("UPDATE 2-Korana tin refinery halted after chlorine leak | Reuters")
    >>> h.kicker, h.site_name, h.clean, h.case
    ('UPDATE 2', 'Reuters', 'Korana tin refinery halted after chlorine leak', 'sentence')
    """
    text = check_text(text)
    a, b = 0, len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return _parse(text, a, b)


#: A headline has at most this many characters (page titles with a site name included).
_MAX_HEADLINE_CHARS: Final = 200
_MAX_HEADLINE_WORDS: Final = 30
_MIN_HEADLINE_WORDS: Final = 2
_BYLINE_START: Final = regex.compile(r"(?i:by|from)\s")
_LINE_BREAK: Final = regex.compile(r"\r\n|\r|\n")
_CLOSERS: Final = "\"'”’»)]"
_SENTENCE_BREAK: Final = regex.compile(r"\p{Ll}[.!?][\"”’]?+\s++\p{Lu}")


def looks_like_headline(text: str) -> bool:
    """True when one paragraph has a headline's shape: one short line, no final period, some capitals."""
    if "\n" in text or "\r" in text or len(text) > _MAX_HEADLINE_CHARS:
        return False
    words = text.split()
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS:
        return False
    body = text.rstrip(_CLOSERS)
    if body.endswith((".", ",", ";", ":")) and not body.endswith("..."):
        return False
    if _BYLINE_START.match(text) or (not text[:1].isupper() and not text[:1].isdigit()):
        return False
    # A sentence break inside ("... said. The ...") is body copy, not a headline.
    return _SENTENCE_BREAK.search(text) is None


class HeadlineParser:
    """Finds the headline: the first paragraph when it has a headline's shape, else nothing."""

    name = "headline"

    def parse(self, doc: Document, context: Context) -> Headline | None:
        """Return the headline of *doc*, or ``None`` when the story starts with its body."""
        if not doc.paragraphs:
            return None
        from .caption import looks_like_caption  # noqa: PLC0415  (caption imports this module's helpers)
        from .dateline import parse_dateline  # noqa: PLC0415

        first = doc.paragraphs[0]
        a, b = first.start, first.end
        line_end = _LINE_BREAK.search(first.text)
        if line_end is not None:
            # Short lines merged into one paragraph: the first is a headline only when the next
            # opens a byline or a dateline, or when it is in title case or capitals.
            line = first.text[: line_end.start()].rstrip()
            rest = first.text[line_end.end() :]
            if not (
                _BYLINE_START.match(rest)
                or parse_dateline(rest) is not None
                or headline_case(line) in {"title", "upper"}
            ):
                return None
            b = a + len(line)
        text = doc.text[a:b]
        if not looks_like_headline(text) or looks_like_caption(text) or parse_dateline(text) is not None:
            return None
        return _parse(doc.text, a, b)
