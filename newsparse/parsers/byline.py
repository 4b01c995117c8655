"""Bylines and contributor trailers: who wrote a story, for which organisation.

Shapes: ``By TARA COPP and MATTHEW LEE`` + ``Associated Press`` (one paragraph or two),
``By Jane Doe, Reuters``, ``By JOHN SMITH, Associated Press Writer``, ``Jane Doe | CNN``,
``By A, B and C, The Washington Post``, and the Reuters trailer ``Reporting by A and B in
Lusaka; Additional reporting by C; Editing by D`` (authors are the reporters; everyone is a
:class:`~newsparse.Contributor` with a role). Names in capitals get proper case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
import regex

from .._args import check_text
from .._casing import is_all_caps, proper_case
from .._model import Byline, Contributor, spans_of
from ..vocab.agencies import (
    AUTHOR_ROLES,
    BYLINE_ROLE_HEADS,
    BYLINE_ROLES,
    CONTRIBUTOR_ROLES,
    canonical_agency,
    names_organization,
)
from ..vocab.calendar import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["BylineParser", "parse_byline"]

#: The longest line a byline can be.
_MAX_LINE: Final = 160
#: "By", "BY", "By:", "Written by", "Story by" opening a byline line.
_BY: Final = regex.compile(
    r"(?:By|BY|(?:Written|Story|Words|Text|WRITTEN|STORY)[ \t]++(?:by|BY))(?:[ \t]*+:)?[ \t]++(?=\S)"
)
_LINE: Final = regex.compile(r"[^\r\n]++")
#: Between two names: a comma (with "and"), "and", "&", a semicolon.
_NAME_SEP: Final = regex.compile(
    r"[ \t]*+(?:,[ \t]*+(?:(?:and|AND)[ \t]++|&[ \t]*+)?|;[ \t]*+)|[ \t]++(?:and|AND|&)[ \t]++"
)
#: One trailer clause: "Additional reporting by Jane Doe in Lusaka".
_TRAILER_CLAUSE: Final = regex.compile(
    r"""
    [ \t]*+ (?P<role> [A-Za-z][A-Za-z\-]{0,20}+ (?: [ \t]++ [a-z][A-Za-z\-]{0,20}+ ){0,3} )
    [ \t]++ by (?: [ \t]*+ : )? [ \t]++ (?P<names> [^;\n]{1,300}+ )
    """,
    regex.VERBOSE,
)
#: The longest contributor trailer (characters).
_MAX_TRAILER: Final = 600
_TRAILER_START: Final = regex.compile(
    r"\(?[ \t]*+(?:(?:Additional|Further)[ \t]++)?(?:Reporting|Reported|Writing|Written|Compiled|Editing)[ \t]++by\b",
    regex.IGNORECASE,
)
#: "Jane Doe in Lusaka" -> "Jane Doe"; "Jane Doe at the United Nations" likewise.
_PLACE_SUFFIX: Final = regex.compile(r"[ \t]++(?:in|at|from)[ \t]++\S.*+$")
_PARTICLES: Final = frozenset(
    {"de", "la", "del", "della", "der", "van", "von", "da", "dos", "du", "le", "di", "y", "bin", "al", "el", "ibn"}
)
_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_NOT_NAMES: Final = frozenset(
    {"email the author", "email", "follow", "twitter", "contact", "staff", "the associated press", "and", "updated"}
)
_WORD: Final = regex.compile(r"\S++")
_BLANKS: Final = regex.compile(r"[ \t]++")
#: Between the clauses of a trailer: "; ", a new line, or ". " before the next "Editing by".
_TRAILER_SPLIT: Final = regex.compile(r";|\n|\.[ \t]++(?=[A-Z][a-z]+(?:[ \t][a-z]+)*+[ \t]by\b)")
#: The last word of every role in ``BYLINE_ROLES``: a byline not ending in one of them has no role.
_ROLE_LAST_WORDS: Final = frozenset(role.rsplit(" ", 1)[-1] for role in BYLINE_ROLES)
_HANDLE: Final = regex.compile(r"[ \t]*+@\w++")
#: Where a time stamp starts on a byline line: "• Updated 5:02 PM", " Published March 3".
_STAMP: Final = regex.compile(r"[ \t]*+(?:[•·]|(?<![^\s,|])(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)\b)")
_STAMP_WORDS: Final = frozenset({"updated", "published", "posted", "last", "on", "at", "today", "yesterday"})


#: A digit of any script ("2", "٢", "²"): one C-level search instead of a loop over characters.
_DIGIT: Final = regex.compile(r"[\p{Nd}\p{No}]")


def _is_org(text: str) -> bool:
    """True when *text* names a news organisation (an agency, or words like "Press", "Post", "News")."""
    text = text.strip(" \t,.")
    if not text or len(text) > 80:
        return False
    if canonical_agency(text) is not None:
        return True
    words = text.split()
    if not words or len(words) > 7 or not words[0][:1].isupper() or _DIGIT.search(text) is not None:
        return False
    if words[0] in {"The", "THE"} and len(words) >= 2:
        return all(w[:1].isupper() or w.casefold() in {"of", "and", "&"} for w in words)
    return names_organization(words)


def _agency_first(text: str) -> bool:
    """ "CNN Business", "AP Business Writer": an agency's name in capitals, then more words."""
    first = text.split(" ", 1)[0]
    return len(first) >= 2 and first.isupper() and canonical_agency(first) is not None


def _strip_role(text: str) -> tuple[str, bool]:
    """("Associated Press", True) for "Associated Press Writer": drop a trailing job title."""
    low = text.casefold().strip(" \t,.")
    words = text.strip(" \t,.").split()
    if len(words) >= 2 and words[-1].casefold() in BYLINE_ROLE_HEADS:
        for size in range(len(words) - 1, 0, -1):  # "AP National Writer" -> "AP"
            if canonical_agency(" ".join(words[:size])) is not None:
                return " ".join(words[:size]), True
    if not words or words[-1].casefold().strip(" \t,.") not in _ROLE_LAST_WORDS:
        return text.strip(" \t,"), False
    for role in BYLINE_ROLES:
        if low == role:
            return "", True
        if low.endswith(" " + role):
            return text.strip(" \t,.")[: len(low) - len(role) - 1].rstrip(" ,"), True
    return text.strip(" \t,"), False


def _is_date_like(text: str) -> bool:
    """A date or time stamp ("March 3, 2024", "Updated Monday"), not a name ("June Carter" is a name)."""
    if _DIGIT.search(text) is not None:
        return True
    words = [w.strip(".,").casefold() for w in text.split()]
    return bool(words) and all(w in MONTHS or w in WEEKDAYS or w in _STAMP_WORDS for w in words)


def _clean_name(raw: str) -> str | None:
    """A person's name as a person would write it, or ``None`` when *raw* is not one."""
    name = raw.strip(" \t,.;:|-–—()")
    name = _BLANKS.sub(" ", name)
    if not name or len(name) > 60 or name.casefold() in _NOT_NAMES or "@" in name:
        return None
    if _is_date_like(name) or _is_org(name):
        return None
    words = name.split(" ")
    if len(words) < 2 or len(words) > 6:
        return None
    for word in words:
        bare = word.strip(".,'’")
        if not bare:
            return None
        if not bare[0].isupper() and word.casefold() not in _PARTICLES and word.casefold() not in _SUFFIXES:
            return None
        if any(not (c.isalpha() or c in ".-'’") for c in word):
            return None
    if words[0].casefold() in {"the", "by", "and"}:
        return None
    if raw.rstrip().endswith(".") and words[-1].casefold().rstrip(".") + "." in _SUFFIXES:
        name = name + "."
    return proper_case(name) if is_all_caps(name) else name


def _split_caps_org(names: str) -> tuple[str, str | None]:
    """ "TARA COPP and MATTHEW LEE Associated Press" -> (names in capitals, organisation).

    Names in mixed case are split only before "The ..." or an agency's name ("Ann Lee Associated Press").
    """
    words = list(_WORD.finditer(names))
    for i, word in enumerate(words):  # names in capitals, then the organisation in mixed case
        token = word.group()
        if i > 0 and any(c.islower() for c in token) and token.casefold() not in {"and", "&"}:
            rest = names[word.start() :]
            org, _ = _strip_role(rest)
            if org and _is_org(org) and is_all_caps(names[: word.start()].replace(" and ", " AND ")):
                return names[: word.start()].rstrip(" ,"), org
            break
    for word in words[2:]:  # a name of two words at least before the organisation
        org, _ = _strip_role(names[word.start() :])
        if (word.group() == "The" and _is_org(org)) or (org and canonical_agency(org) is not None):
            return names[: word.start()].rstrip(" ,"), org
    return names, None


def _names_and_org(body: str) -> tuple[list[str], str | None] | None:
    """Authors and organisation of the text after "By": ``None`` when it holds something other than names."""
    org: str | None = None
    if "|" in body:
        body, _, right = body.partition("|")
        right_org, _ = _strip_role(right)
        if right_org and _is_org(right_org):
            org = right_org
        elif right.strip() and not _is_date_like(right):
            return None
    body = _HANDLE.sub("", body)  # "By Jane Doe @janedoe"
    stamp = _STAMP.search(body)  # "By Jane Doe, CNN • Updated 5:02 PM EDT"
    if stamp is not None:
        body = body[: stamp.start()]
    body, org_in_caps = _split_caps_org(body.strip())
    org = org or org_in_caps
    parts = [p for p in _NAME_SEP.split(body) if p.strip()]
    names: list[str] = []
    for index, part in enumerate(parts):
        piece = part.strip(" \t,.")
        stripped, had_role = _strip_role(piece)
        if (index > 0 or len(parts) == 1) and (
            _is_org(stripped) or _agency_first(stripped) or (had_role and not stripped)
        ):
            if stripped and org is None:
                org = stripped
            continue
        if index > 0 and piece.casefold() + "." in _SUFFIXES and names:
            suffix = part.strip(" \t,")
            names[-1] = f"{names[-1]} {proper_case(suffix) if is_all_caps(suffix) else suffix}"
            continue
        if index > 0 and (_is_date_like(piece) or piece.casefold() in _NOT_NAMES):
            continue
        name = _clean_name(stripped if had_role and stripped else part.strip(" \t,"))
        if name is None:
            return None
        names.append(name)
    if not names and org is None:
        return None
    return names, org


def _org_line(line: str) -> str | None:
    """The organisation a byline's second line names ("Associated Press Writer" -> "Associated Press")."""
    if len(line) > 80:
        return None
    org, had_role = _strip_role(line)
    if org and _is_org(org):
        return org
    if had_role and not org:
        return ""
    return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _LINE.finditer(text, start, end):
        a, b = match.start(), match.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _may_open_byline(text: str, start: int, end: int) -> bool:
    """False when the first line of ``text[start:end]`` can open no byline: no "By ..." and no "|"."""
    while start < end and text[start].isspace():
        start += 1
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    return _BY.match(text, start, line_end) is not None or text.find("|", start, line_end) >= 0


def _byline_lines(text: str, lines: list[tuple[int, int]]) -> Byline | None:
    """A byline from its first line (``By ...`` or ``Name | Org``) and any organisation lines after it."""
    if not lines:
        return None
    a, b = lines[0]
    first = text[a:b]
    if b - a > _MAX_LINE:
        return None
    by = _BY.match(first)
    if by is None and "|" not in first:
        return None
    body = first[by.end() :] if by is not None else first
    parsed = _names_and_org(body)
    if parsed is None:
        return None
    names, org = parsed
    if by is None and org is None:
        return None
    end = b
    for c, d in lines[1:3]:
        found = _org_line(text[c:d])
        if found is None:
            break
        if found and org is None:
            org = found
        end = d
    return Byline(text[a:end], a, end, authors=tuple(names), organization=org)


def _contributors(text: str, start: int, end: int) -> tuple[int, int, tuple[Contributor, ...]] | None:
    """The span and people of a contributor trailer ``Reporting by A and B; Editing by C`` in ``text[start:end]``.

    ``None`` when the paragraph is not a trailer or names nobody with a known role.
    """
    if end - start > _MAX_TRAILER or " by" not in text[start:end].casefold():  # cheap test first
        return None
    lines = _lines(text, start, end)
    if not lines:
        return None
    a, b = lines[0][0], lines[-1][1]
    if b - a > _MAX_TRAILER or _TRAILER_START.match(text, a, b) is None:
        return None
    inner_a, inner_b = a, b
    if text[inner_a] == "(":
        inner_a += 1
        if text[inner_b - 1] == ")":
            inner_b -= 1
    contributors: list[Contributor] = []
    for segment in _TRAILER_SPLIT.split(text[inner_a:inner_b]):
        clause = _TRAILER_CLAUSE.match(segment)
        if clause is None:
            continue
        role = clause.group("role").casefold()
        if role not in CONTRIBUTOR_ROLES:
            continue
        for part in _NAME_SEP.split(clause.group("names").rstrip(" \t.)")):
            name = _clean_name(_PLACE_SUFFIX.sub("", part))
            if name is not None:
                contributors.append(Contributor(name, role))
    return (a, b, tuple(contributors)) if contributors else None


def _trailer(text: str, start: int, end: int, org: str | None) -> Byline | None:
    """A contributor trailer that names the story's reporters, as a byline (``Editing by C`` alone is none)."""
    found = _contributors(text, start, end)
    if found is None:
        return None
    a, b, contributors = found
    authors = [c.name for c in contributors if c.role in AUTHOR_ROLES]
    if not authors:
        authors = [
            c.name for c in contributors if c.role in {"writing", "written", "compiled", "reporting and writing"}
        ]
    if not authors:  # "Editing by ..." alone names no author: no byline
        return None
    return Byline(text[a:b], a, b, authors=tuple(dict.fromkeys(authors)), organization=org, contributors=contributors)


def _trailer_org(text: str) -> str | None:
    """The contributor trailer is Reuters house style: "Reuters" when the story says it is one."""
    window = text if len(text) <= 3000 else text[:1500] + text[-1500:]
    return "Reuters" if "reuter" in window.casefold() else None


def parse_byline(text: str) -> Byline | None:
    """Parse a byline (or a contributor trailer); ``None`` when *text* is not one.

    >>> b = parse_byline("By TARA COPP and MATTHEW LEE Associated Press")
    >>> b.authors, b.organization
    (('Tara Copp', 'Matthew Lee'), 'Associated Press')
    """
    text = check_text(text)
    head_end = min(len(text), 2000)
    try:
        return _byline_lines(text, _lines(text, 0, head_end)) or _trailer(text, 0, head_end, _trailer_org(text))
    except (ValueError, IndexError):  # odd text never raises
        return None


#: How many paragraphs after the headline and captions may hold the byline, and how far into the text.
_MAX_PARAGRAPHS: Final = 10
_MAX_OFFSET: Final = 3000
#: How many paragraphs at the end may hold a contributor trailer.
_TRAILER_PARAGRAPHS: Final = 3


class BylineParser:
    """Finds the byline near the top of a story, or failing that a Reuters-style trailer at its end.

    The paragraphs after the headline are searched for a ``By ...`` line (with the organisation
    line after it, in the same paragraph or the next) or a ``Name | Organisation`` line.
    """

    name = "byline"

    def parse(self, doc: Document, context: Context) -> Byline | None:
        """Return the story's byline, with offsets into ``doc.text``, or ``None``."""
        text = doc.text
        # Only the headline's paragraphs are skipped: a "By ..." block is a byline even when the
        # captions parser took it for a caption (its organisation line reads like a photo credit).
        paragraphs = [p for p in doc.paragraphs[: _MAX_PARAGRAPHS * 3] if p.start < _MAX_OFFSET]
        for a, b in spans_of(context.results.get("headline")):  # one span a pass: no generator per paragraph
            paragraphs = [p for p in paragraphs if not (a < p.end and p.start < b)]
        trailer = self._trailer_contributors(doc)
        for index, paragraph in enumerate(paragraphs[:_MAX_PARAGRAPHS]):
            if not _may_open_byline(text, paragraph.start, paragraph.end):
                continue  # the common case, made cheap: no "By" and no "|" on the first line
            lines = _lines(text, paragraph.start, paragraph.end)
            if index + 1 < len(paragraphs) and len(lines) < 3:
                following = paragraphs[index + 1]
                if _org_line(following.text) is not None:
                    lines += _lines(text, following.start, following.end)
            found = _byline_lines(text, lines)
            if found is not None:
                if trailer is not None:  # the byline names the authors, the trailer everyone who helped
                    return attrs.evolve(found, contributors=trailer[2])
                return found
        if trailer is None:
            return None
        return _trailer(text, trailer[0], trailer[1], _trailer_org(text))

    @staticmethod
    def _trailer_contributors(doc: Document) -> tuple[int, int, tuple[Contributor, ...]] | None:
        """The contributor trailer among the last paragraphs: "Additional reporting by A; Editing by B"."""
        for paragraph in reversed(doc.paragraphs[-_TRAILER_PARAGRAPHS:]):
            found = _contributors(doc.text, paragraph.start, paragraph.end)
            if found is not None:
                return found
        return None
