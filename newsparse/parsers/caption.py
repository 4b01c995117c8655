"""Photo captions: description, archive-photo marker, the photo's date and place, credit.

:func:`parse_caption` takes one caption apart::

    FILE - Soldiers stand in formation in Diffa, Niger, March 8, 2014. (AP Photo/Jane Doe, File)
    ^^^^^^ file_photo                     ^^^^^^^^^^^^ location          ^^^^^^^^^^^^^^^^^^^^^^ credit
                                                        ^^^^^^^^^^^^^ date

The rules:

- **Credit** (``Credit.text`` without parentheses): the parenthesised credit that ends the
  caption (``(AP Photo/Jane Doe)``, ``(Jane Doe/AP)``, ``(Pool Photo via AP)``, ``(Photo by
  Jane Doe/Getty Images)``); a labelled credit at the end (``Photograph: Jane Doe/AP``,
  ``Photo:``, ``Credit:``, ``Illustration:``, ``Composite:``, ``Courtesy of ...``); a wire
  credit after the last sentence (``REUTERS/Jane Doe/File Photo``, ``EPA/JANE DOE``, ``Jane
  Doe/AFP via Getty Images``); or a credit line of its own after the caption. The
  photographer comes back in proper case, the agency canonical ("AP", "Reuters", "Getty
  Images"); with ``via`` the first source is the agency (``Jane Doe/AFP via Getty Images`` ->
  "AFP"), and only ``Pool Photo via AP`` gives the distributor.
- **File photo**: ``FILE -`` (or ``FILE PHOTO:``, ``[FILE]``) opening the caption, the older AP
  ``In this March 8, 2014, file photo, ...``, or a credit marked ``File``/``File Photo``. The
  ``FILE -`` marker is left out of ``description``.
- **Date**: the last full date of the description ("Wednesday, April 1, 2026", "March 8, 2014",
  "Sept. 19" with the year of ``published``, or of the year before when that would put the
  photo more than a week after publication); failing that, a weekday resolved to the latest
  such day on or before ``published`` -- except in a file photo, whose week is unknown: there a
  weekday alone keeps ``date_text`` and gives ``date=None``. A weekday that disagrees with the full date sets
  ``date_conflict``.
- **Location**: the place after "in" next to the date ("in Diffa, Niger, March 8, 2014", "...
  2026, in Seattle", "on March 8, 2014 in Diffa, Niger"), else the "in" place ending the
  description. The place is capitalised words with their commas ("Los Angeles, Calif.").

:class:`CaptionParser` finds captions among a story's paragraphs by these markers: a
paragraph with a credit, a file marker, or a date and place sitting between the headline and
the byline or dateline. A credit line standing alone belongs to the paragraph before it.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from .._args import check_text, coerce_published
from .._casing import proper_case
from .._model import Caption, Credit
from ..vocab.agencies import canonical_agency, names_organization
from ..vocab.calendar import MONTHS, WEEKDAYS
from ..vocab.credits import (
    COURTESY_LABELS,
    CREDIT_BY_LABELS,
    CREDIT_LABELS,
    CREDIT_STATUS_WORDS,
    NOT_CREDIT_WORDS,
    ORGANIZATION_WORDS,
    PHOTO_AGENCIES,
)
from ..vocab.places import REGIONS, place_key

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["CaptionParser", "looks_like_caption", "parse_caption", "parse_credit"]


#: A digit of any script ("2", "٢", "²"): one C-level search instead of a loop over characters.
_DIGIT: Final = regex.compile(r"[\p{Nd}\p{No}]")


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


# ---------------------------------------------------------------- markers

#: The archive-photo marker opening a caption: "FILE - ", "FILE PHOTO: ", "File photo - ", "[FILE] ".
_FILE_MARKER: Final = regex.compile(
    r"""
    (?: \[ [ ]*+ (?i:file) [ ]*+ \] [ \t]*+                                   # [FILE]
      | (?i: file (?: [ ]++ (?: photo | picture | image ) )?+ )             # FILE, FILE PHOTO
        (?: [ \t]*+ (?: -- | [-–—:] ) [ \t]++ | [ \t]++ (?: -- | [-–—] ) )   # " - ", ": " (not "File-sharing")
    )
    """,
    regex.VERBOSE,
)
#: The older AP archive marker inside a caption: "In this March 8, 2014, file photo, ...".
_FILE_PHRASE: Final = regex.compile(r"\b(?i:file[ ]++(?:photo|picture|image|handout[ ]++photo))\b")
#: A caption opening the older AP way: "In this March 8, 2014 photo, ...", "This undated photo shows".
_PHOTO_OPENING: Final = regex.compile(
    r"""
    (?: In[ ]this | This ) [ ] [^.\n]{0,80}?                # "In this March 8, 2014, ", "This undated "
    \b (?: photo | image | picture | frame[ ]grab ) \b      # the word that makes it a caption
    """,
    regex.VERBOSE,
)
#: How ``_PHOTO_OPENING`` starts (a cheap test before the scan).
_PHOTO_OPENING_WORDS: Final = ("In this ", "This ")

# ---------------------------------------------------------------- credits

_COLON_LABEL: Final = rf"(?:{_alternation(CREDIT_LABELS)})(?:[ \t]*+:|\.{{3}}|…)"
_BY_LABEL: Final = rf"(?:{_alternation(CREDIT_BY_LABELS)})\b"
_COURTESY_LABEL: Final = rf"(?:{_alternation(COURTESY_LABELS)})\b"

#: A label opening a credit: "Photograph:", "Photo by", "Courtesy of".
_LABEL: Final = regex.compile(
    rf"""
    (?i: (?P<colon> {_COLON_LABEL} )
       | (?P<courtesy> {_COURTESY_LABEL} )
       | (?P<by> {_BY_LABEL} )
    ) [ \t]*+
    """,
    regex.VERBOSE,
)
#: Where a labelled or wire credit may start near the end of a caption.
_CREDIT_START: Final = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}/] )
    (?: (?i: {_COLON_LABEL} | {_BY_LABEL} | {_COURTESY_LABEL} )     # labelled credits
      | (?: REUTERS | Reuters | EPA(?:-EFE)?+ | AFP | AP[ ]Photo | Xinhua | TASS | KCNA | ANSA | dpa ) /
    )
    """,
    regex.VERBOSE,
)
#: What a credit line of its own may open with, case-folded: a label or a file marker.
_OPENING_PHRASES: Final = ("file", *sorted(CREDIT_LABELS | CREDIT_BY_LABELS | COURTESY_LABELS))
#: Labels ``_CREDIT_START`` finds before a colon or an ellipsis, case-folded.
_COLON_LABEL_PHRASES: Final = tuple(sorted(CREDIT_LABELS))
#: Labels ``_CREDIT_START`` finds without a colon, ellipsis or slash after them, case-folded.
_BARE_LABEL_PHRASES: Final = tuple(sorted(CREDIT_BY_LABELS | COURTESY_LABELS))
#: One of these is part of every phrase in ``_BARE_LABEL_PHRASES`` (a test checks it).
_BARE_LABEL_KEYS: Final = (" by", "courtesy", "handout")


def _may_start_credit(tail: str) -> bool:
    """False when ``_CREDIT_START`` cannot match in *tail*: no slash, no label (before a colon or not).

    Plain substring tests, far cheaper than the scan itself (most paragraphs are sentences). A
    loop of ``in`` tests, not a search for an alternation of the phrases: a regex tries each
    phrase at each position, several times the cost of a C-level substring search per phrase.
    """
    if "/" in tail:
        return True
    low = tail.casefold()
    if (":" in tail or "…" in tail or "..." in tail) and any(phrase in low for phrase in _COLON_LABEL_PHRASES):
        return True
    if " by" not in low and "courtesy" not in low and "handout" not in low:  # _BARE_LABEL_KEYS
        return False
    return any(phrase in low for phrase in _BARE_LABEL_PHRASES)


def _may_stand_alone(segment: str) -> bool:
    """False when *segment* cannot be a credit line of its own (see ``_standalone_credit``).

    Such a line opens with a label ("Photo: ...", "Courtesy of ...", "File: ..."), holds a
    slash or "via", holds a photo word, or is an agency's name alone.
    """
    if "/" in segment or "via" in segment:
        return True
    low = segment.casefold()
    # A superset of the photo words (parts of words count): "photo", "photograph", "image", "pool".
    if "photo" in low or "image" in low or "pool" in low or low.startswith(_OPENING_PHRASES):
        return True
    return len(segment.split()) <= _MAX_AGENCY_WORDS and _agency(segment) is not None


#: Desk notes the Reuters picture wire puts after a credit: "REUTERS/Jane Doe TPX IMAGES OF THE DAY".
_CREDIT_TAIL: Final = regex.compile(r"[ \t]++(?:TPX[ ]IMAGES[ ]OF[ ]THE[ ]DAY|TPX|PICTURE[ ]TAKEN[ ].{0,80}+)\Z")
_FILE_LABEL: Final = regex.compile(r"(?i:file(?:[ ]photo)?+)[ \t]*+:[ \t]*+")
_VIA: Final = regex.compile(r"[ \t]++via[ \t]++")
_FOR: Final = regex.compile(r"[ \t]++for[ \t]++")
#: Between the sources of a credit: "Jane Doe/AP", "Getty; Reuters" (Guardian composites).
_SLASH: Final = regex.compile(r"[ \t]*+[/;][ \t]*+")
_CREDIT_WORD: Final = regex.compile(r"\p{L}++")
_SENTENCE_END: Final = regex.compile(r"(?<=[\p{L}\p{N})”\"’][.!?][\"”’)]?+)[ \t]++|\n")
_NAME_WORD: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}'’.-]*+|\p{Lu}\.|(?:de|la|del|van|von|der|da|dos|du|le|di|bin|al|y))"
)

#: Longest credit looked at (characters).
_MAX_CREDIT: Final = 160
_MAX_NAME_WORDS: Final = 5
#: Most words in an agency's name standing alone (the longest in the tables has four, then "Photos").
_MAX_AGENCY_WORDS: Final = 6
#: Longest word with a final period inside a name ("D.", "Jr.", "St.").
_MAX_INITIAL: Final = 3
_MAX_ORG_WORDS: Final = 8
#: Lower-case words an organisation's name may hold: "the Millbrook Arts Council", "Ministry of Health".
_ORG_CONNECTORS: Final = frozenset({"the", "of", "and", "for", "de", "du", "la", "&"})
#: Words that make a parenthetical a photo credit even without a known agency.
_PHOTO_WORDS: Final = frozenset({"photo", "photos", "photograph", "photographs", "images", "image", "pool"})


class _CreditFields(NamedTuple):
    photographer: str | None
    agency: str | None
    file: bool
    labelled: bool
    photo_word: bool


def _agency(name: str) -> str | None:
    key = " ".join(name.split()).strip(" .,").casefold()
    if not key:
        return None
    found = PHOTO_AGENCIES.get(key)
    if found is not None:
        return found
    return canonical_agency(key)


def _is_name(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MAX_NAME_WORDS:
        return False
    if len(words) == 1 and (_month_number(words[0]) or _weekday_number(words[0]) is not None):
        return False
    if any(w.endswith(".") and len(w) > _MAX_INITIAL for w in words):
        return False  # "D." and "Jr." end with a period; "Guard." ends a sentence
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    return not any(w.casefold().strip(".") in ORGANIZATION_WORDS for w in words)


def _is_org(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MAX_ORG_WORDS or _DIGIT.search(text) is not None or ". " in text:
        return False
    return all(w[:1].isupper() or w.casefold() in _ORG_CONNECTORS for w in words) and words[-1][:1].isupper()


def _is_org_name(text: str) -> bool:
    """A capitalised name ending in a news-organisation word: "The Denver Gazette", "Springfield Daily News"."""
    words = text.split()
    return _is_org(text) and len(words) >= 2 and names_organization(words)


def _credit_fields(raw: str) -> _CreditFields | None:
    """Photographer, agency and flags of a credit's text, or ``None`` when it is not one."""
    s = _CREDIT_TAIL.sub("", raw.strip()).rstrip(".").strip()
    if not s or len(s) > _MAX_CREDIT or "\n" in s or "\r" in s:
        return None
    words = [w.casefold() for w in _CREDIT_WORD.findall(s)]
    if not words or any(w in NOT_CREDIT_WORDS for w in words):
        return None
    photo_word = any(w in _PHOTO_WORDS for w in words)
    labelled, courtesy, file = False, False, False
    file_label = _FILE_LABEL.match(s)
    if file_label is not None:  # Al Jazeera's "[File: Jane Doe/AP]"
        file = True
        s = s[file_label.end() :]
    for _ in range(2):  # "Photo: Courtesy of Jane Doe"
        label = _LABEL.match(s)
        if label is None:
            break
        labelled = True
        courtesy = courtesy or label.group("courtesy") is not None
        s = s[label.end() :]
    via_agency: str | None = None
    via = _VIA.search(s)
    if via is not None:
        tail = s[via.end() :].strip()
        via_agency = _agency(tail) or (tail if _is_org(tail) else None)
        if via_agency is None:
            return None
        s = s[: via.start()]
    names: list[str] = []
    agencies: list[str] = []
    orgs: list[str] = []
    for part in _SLASH.split(s):
        pieces = [p.strip() for p in part.split(",")]
        head = pieces[0]
        for extra in pieces[1:]:
            key = extra.casefold()
            if key.startswith("file"):
                file = True
            elif key not in CREDIT_STATUS_WORDS and not (_is_name(extra) and _is_name(head)):
                return None  # "Jane Doe, File", "Jane Doe, Pool", "Jane Doe, John Roe" only
        key = head.casefold().strip(" .")
        if not key:
            continue
        if key.startswith("file"):
            file = True
            continue
        if key in CREDIT_STATUS_WORDS:
            continue
        found = _agency(head)
        if found is not None:
            agencies.append(found)
            continue
        split = _FOR.search(head)
        if split is not None:
            left, right = head[: split.start()], head[split.end() :]
            left_agency = _agency(left)
            if left_agency is not None:
                agencies.append(left_agency)
                continue
            right_agency = _agency(right) or (right.strip() if _is_org_name(right) else None)
            if _is_name(left) and right_agency is not None:
                names.append(left)
                agencies.append(right_agency)
                continue
        if _is_name(head) and not (via_agency is not None and _is_org_name(head)):
            names.append(head)
        elif via_agency is not None and _is_org(head):
            orgs.append(head.strip())  # a handout's source: "(Millbrook Police Department via AP)"
        elif (
            _is_org_name(head) or ((labelled or courtesy) and _is_org(head)) or (courtesy and len(head) <= _MAX_CREDIT)
        ):
            orgs.append(head.strip())
        else:
            return None
    # "Jane Doe/AFP via Getty Images": the photo's own agency; "Millbrook Police via AP": the distributor.
    agency = agencies[0] if agencies else via_agency or (orgs[0] if orgs else None)
    photographer = proper_case(names[0].strip()) if names else None
    if photographer is None and agency is None and not file and not labelled:
        return None
    return _CreditFields(photographer, agency, file, labelled, photo_word)


def parse_credit(text: str) -> Credit | None:
    """Parse a photo credit on its own: ``AP Photo/Jane Doe``, ``REUTERS/Jane Doe``, ``Photograph: Jane Doe/AP``.

    >>> parse_credit("AP Photo/Jane Doe, File")
    Credit(text='AP Photo/Jane Doe, File', start=0, end=23, photographer='Jane Doe', agency='AP')
    >>> parse_credit("EPA/JANE DOE").photographer
    'Jane Doe'
    """
    text = check_text(text)
    a, b = _trim(text, 0, len(text))
    if a < b and text[a] in "([" and text[b - 1] == _OPENING.get(text[a]):
        a, b = _trim(text, a + 1, b - 1)
    fields = _credit_fields(text[a:b])
    if fields is None:
        return None
    return Credit(text[a:b], a, b, fields.photographer, fields.agency)


#: What ends the line before a credit line of its own (a wrapped line ends mid-sentence).
_LINE_CLOSERS: Final = frozenset('.!?"”’)')


#: Brackets a credit may stand in: "(AP Photo/Jane Doe)", "[Jane Doe/Reuters]".
_CLOSING: Final = MappingProxyType({")": "(", "]": "["})
_OPENING: Final = MappingProxyType({"(": ")", "[": "]"})


class _FoundCredit(NamedTuple):
    start: int  # where the credit's text starts (inside any parentheses)
    end: int
    cut: int  # where the description ends (before any opening parenthesis)
    fields: _CreditFields


def _standalone_credit(text: str, a: int, b: int) -> _CreditFields | None:
    """The credit fields when all of text[a:b] is a credit line ("Jane Doe/Reuters", "Photo: ...")."""
    if b - a > _MAX_CREDIT:
        return None
    a, b = _trim(text, a, b)
    if a < b and text[a] in "([" and text[b - 1] == _OPENING.get(text[a]):
        a, b = _trim(text, a + 1, b - 1)
    if not _may_stand_alone(text[a:b]):
        return None  # the common case (a sentence), made cheap
    fields = _credit_fields(text[a:b])
    if fields is None:
        return None
    if fields.labelled or (fields.agency is not None and (fields.photo_word or fields.photographer is not None)):
        return fields if fields.labelled or "/" in text[a:b] or fields.photo_word or " via " in text[a:b] else None
    if fields.agency is not None and _agency(text[a:b]) in PHOTO_AGENCIES.values():
        return fields  # "Getty Images", "Shutterstock" alone
    return None


def _find_credit(text: str, a: int, b: int) -> _FoundCredit | None:
    """The credit ending text[a:b], if any."""
    # A credit on its own last line.
    newline = max(text.rfind("\n", a, b), text.rfind("\r", a, b))
    if newline > a and text[a:newline].rstrip()[-1:] in _LINE_CLOSERS:
        s, e = _trim(text, newline + 1, b)
        fields = _standalone_credit(text, s, e)
        if fields is not None:
            if text[s] in "([":
                s, e = _trim(text, s + 1, e - 1)
            return _FoundCredit(s, e, newline, fields)
    end = b
    while end > a and text[end - 1] in ". \t":
        end -= 1
    # A parenthesised credit at the end.
    if end > a and text[end - 1] in _CLOSING:
        opener = _CLOSING[text[end - 1]]
        open_at = text.rfind(opener, max(a, end - _MAX_CREDIT - 2), end - 1)
        if open_at >= a and text[end - 1] not in text[open_at + 1 : end - 1]:
            s, e = _trim(text, open_at + 1, end - 1)
            fields = _credit_fields(text[s:e])
            if fields is not None and (
                fields.labelled
                or fields.photo_word
                or (fields.agency is not None and ("/" in text[s:e] or fields.agency in PHOTO_AGENCIES.values()))
            ):
                return _FoundCredit(s, e, open_at, fields)
    # A labelled or wire credit near the end.
    window = max(a, end - _MAX_CREDIT)
    tail = text[window:end]
    # Cheap substring tests guard the scans: most paragraphs are sentences with no credit.
    starts = [m.start() for m in _CREDIT_START.finditer(text, window, end)] if _may_start_credit(tail) else []
    for start in reversed(starts):
        fields = _credit_fields(text[start:end])
        if fields is not None and start > a:
            return _FoundCredit(start, end, start, fields)
    if "/" not in tail and not _agency_after_via_or_for(tail):
        return None
    # "Name/Agency" after the last sentence of the description.
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, window, end)]
    best: _FoundCredit | None = None
    for start in reversed(breaks[-3:]):  # the longest credit wins: "Jane D. Doe/AFP"
        segment = text[start:end]
        if ("/" in segment or " via " in segment or " for " in segment) and _agency_part_known(segment):
            fields = _credit_fields(segment)
            if fields is not None and fields.agency is not None:
                best = _FoundCredit(start, end, start, fields)
    return best


def _agency_after_via_or_for(tail: str) -> bool:
    """True when the words after the last "for"/"via" of *tail* name an agency ("Jane Doe for The Post")."""
    last = max(tail.rfind(" via "), tail.rfind(" for "))
    return last >= 0 and tail[last + 5 : last + 6].isupper() and _agency(tail[last + 5 :]) is not None


_AGENCY_PARTS: Final = regex.compile(r"/| via | for ")


def _agency_part_known(segment: str) -> bool:
    return any(_agency(p) is not None for p in _AGENCY_PARTS.split(segment))


# ---------------------------------------------------------------- dates

_MONTH: Final = rf"(?=\p{{Lu}})(?i:{_alternation(MONTHS)})\b\.?+"
_WEEKDAY: Final = rf"(?=\p{{Lu}})(?i:{_alternation(WEEKDAYS)})\b\.?+"
#: A caption date: "Wednesday, April 1, 2026", "March 8, 2014", "Sept. 19", "8 March 2014", or a weekday alone.
_DATE: Final = regex.compile(
    rf"""
    \b
    (?: (?P<weekday> {_WEEKDAY} ) ,?+ [ \t]++ )?+
    (?: (?P<month> {_MONTH} ) [ \t]++ (?P<day> \d{{1,2}}+ ) (?:st|nd|rd|th)?+ \b
        (?: ,?+ [ \t]++ (?P<year> \d{{4}}+ ) \b )?+
      | (?P<day2> \d{{1,2}}+ ) (?:st|nd|rd|th)?+ [ \t]++ (?P<month2> {_MONTH} )
        (?: ,?+ [ \t]++ (?P<year2> \d{{4}}+ ) \b )?+
    )
    | \b (?P<lone> {_WEEKDAY} ) (?! ['’] )
    """,
    regex.VERBOSE,
)
#: How far after publication a year-less date may fall before it is taken as last year's.
_FUTURE_SLACK: Final = dt.timedelta(days=7)


class _Date(NamedTuple):
    start: int
    end: int
    text: str
    date: dt.date | None
    conflict: bool
    full: bool


def _month_number(name: str) -> int:
    return MONTHS.get(name.rstrip(".").casefold(), 0)


def _weekday_number(name: str) -> int | None:
    return WEEKDAYS.get(name.rstrip(".").casefold())


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(match: regex.Match[str], published: dt.date | None, file_photo: bool) -> tuple[dt.date | None, bool]:
    weekday_name = match.group("weekday") or match.group("lone")
    weekday = _weekday_number(weekday_name) if weekday_name else None
    month_name = match.group("month") or match.group("month2")
    if month_name is None:  # a weekday alone: the latest such day on or before publication
        if published is None or weekday is None or file_photo:  # an archive photo's week is unknown
            return None, False
        try:
            return published - dt.timedelta(days=(published.weekday() - weekday) % 7), False
        except OverflowError:  # an anchor near year 1
            return None, False
    month = _month_number(month_name)
    day = int(match.group("day") or match.group("day2"))
    year_text = match.group("year") or match.group("year2")
    if year_text is not None:
        date = _make_date(int(year_text), month, day)
    elif published is not None:
        date = _make_date(published.year, month, day)
        if date is not None and date - published > _FUTURE_SLACK:
            date = _make_date(published.year - 1, month, day)
    else:
        date = None
    conflict = date is not None and weekday is not None and date.weekday() != weekday
    return date, conflict


def _ends_sentence(text: str, end: int, b: int) -> bool:
    """True when the date ending at *end* ends its sentence, perhaps after its place ("..., in Seattle.")."""
    place = _PLACE_AFTER_DATE.match(text, end, b)
    pos = end
    if place is not None:
        pos = place.end()
        if text[pos - 1] == ".":
            return True
    while pos < b and text[pos] in " \t":
        pos += 1
    return pos >= b or text[pos] in ".!?;)"


def _find_date(text: str, a: int, b: int, published: dt.date | None, file_photo: bool = False) -> _Date | None:
    """The photo's date: in an "In this ..., file photo" opening, else the first full date ending a sentence.

    Failing those, the last full date, then the last weekday. AP file captions often add a
    sentence of later news after the photo's own date ("... March 8, 2014. On Friday, ...").
    """
    fulls: list[regex.Match[str]] = []
    lone: regex.Match[str] | None = None
    for match in _DATE.finditer(text, a, b):
        if match.group("lone"):
            lone = match
        else:
            fulls.append(match)
    chosen: regex.Match[str] | None = None
    opening = _PHOTO_OPENING.match(text, a, b)
    if opening is not None:
        chosen = next((m for m in fulls if m.start() < opening.end()), None)
    if chosen is None:
        chosen = next((m for m in fulls if _ends_sentence(text, m.end(), b)), None)
    if chosen is None:
        chosen = fulls[-1] if fulls else lone
    if chosen is None:
        return None
    date, conflict = _resolve(chosen, published, file_photo)
    start, end = chosen.span()
    while end > start and text[end - 1] in ".,":
        end -= 1
    return _Date(start, end, text[start:end], date, conflict, chosen is not lone)


# ---------------------------------------------------------------- places

_PLACE_WORD: Final = r"(?: \p{Lu} [\p{L}'’.-]*+ )"
_PLACE_CONNECTOR: Final = r"(?: de | la | del | do | da | of | al | el | upon | on[ ]the )"
#: One comma-separated part of a place: up to five capitalised words, "Rio de Janeiro".
_PLACE_PART: Final = rf"{_PLACE_WORD} (?: [ ] (?: {_PLACE_CONNECTOR} [ ] )?+ {_PLACE_WORD} ){{0,4}}+"
_REGION_WORDS: Final = (
    "northern|southern|eastern|western|central|downtown|north|south|east|west|northeast|northwest|"
    "southeast|southwest|rural|suburban|midtown|uptown|coastal|war-torn|occupied"
)
_PLACE: Final = rf"""
    [ \t]++ (?: the [ \t]++ )?+ (?: (?: {_REGION_WORDS} ) [ \t]++ )?+
    (?P<place> {_PLACE_PART} (?: , [ \t]++ {_PLACE_PART} ){{0,2}}+ )
"""
_IN_PLACE: Final = rf"\b (?: in | In ) {_PLACE}"
#: A place ending a stretch of text: just before the date ("in Diffa, Niger, " / "in Denver on ")
#: or at the end of the description ("in Seattle."), after "in" or a weaker preposition.
_PLACE_BEFORE: Final = regex.compile(
    rf"""
    \b (?P<prep> in | In | near | outside | of | from | over | across | along ) {_PLACE}
    (?: ,?+ [ \t]*+ (?: on [ \t]++ )?+ | [ \t]*+ [.!]?+ [ \t]*+ ) \Z
    """,
    regex.VERBOSE,
)
#: A place just after the date: ", in Seattle".
_PLACE_AFTER_DATE: Final = regex.compile(rf"[ \t]*+ ,?+ [ \t]*+ {_IN_PLACE}", regex.VERBOSE)
#: How far before the date (or the end) a place is looked for.
_PLACE_WINDOW: Final = 120


def _is_abbreviation(word: str) -> bool:
    """True when the period ending *word* is part of it: "D.C.", "Calif.", "St." (not "Seattle.")."""
    stem = word[:-1]
    if "." in stem:
        return True
    key = place_key(stem)
    region = REGIONS.get(key)
    return region is not None and place_key(region[0]) != key


def _clean_place(place: str) -> str | None:
    parts = [p.strip() for p in place.split(",")]
    kept: list[str] = []
    for part in parts:
        first = part.split()[0] if part.split() else ""
        if not first or _month_number(first) or _weekday_number(first) is not None:
            break
        kept.append(part)
    if not kept:
        return None
    last = kept[-1]
    if last.endswith(".") and not _is_abbreviation(last.split()[-1]):
        kept[-1] = last[:-1]
    out = ", ".join(kept)
    return out or None


def _find_place(text: str, a: int, b: int, date: _Date | None) -> str | None:
    """The "in" place next to the date, else the "in" place ending the description, else "near"/"of" ones."""
    weak: list[regex.Match[str]] = []
    if date is not None:
        match = _PLACE_BEFORE.search(text, max(a, date.start - _PLACE_WINDOW), date.start)
        if match is not None and match.group("prep") in {"in", "In"}:
            return _clean_place(match.group("place"))
        if match is not None:
            weak.append(match)
        match = _PLACE_AFTER_DATE.match(text, date.end, b)
        if match is not None:
            return _clean_place(match.group("place"))
    match = _PLACE_BEFORE.search(text, max(a, b - _PLACE_WINDOW), b)
    if match is not None and match.group("prep") in {"in", "In"}:
        return _clean_place(match.group("place"))
    if match is not None and date is not None:
        weak.append(match)
    return _clean_place(weak[0].group("place")) if weak else None


# ---------------------------------------------------------------- captions


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _caption(text: str, a: int, b: int, published: dt.date | None, credit: _FoundCredit | None) -> Caption:
    a, b = _trim(text, a, b)
    desc_start, desc_end = a, b
    file_photo = False
    marker = _FILE_MARKER.match(text, a, b)
    if marker is not None:
        file_photo = True
        desc_start = marker.end()
    credit_obj: Credit | None = None
    if credit is not None:
        desc_end = credit.cut
        credit_obj = Credit(
            text[credit.start : credit.end],
            credit.start,
            credit.end,
            credit.fields.photographer,
            credit.fields.agency,
        )
        file_photo = file_photo or credit.fields.file
    desc_start, desc_end = _trim(text, desc_start, max(desc_start, desc_end))
    if not file_photo and _FILE_PHRASE.search(text, desc_start, desc_end):
        file_photo = True
    date = _find_date(text, desc_start, desc_end, published, file_photo)
    place = _find_place(text, desc_start, desc_end, date)
    return Caption(
        text[a:b],
        a,
        b,
        description=text[desc_start:desc_end],
        file_photo=file_photo,
        location=place,
        date=date.date if date is not None else None,
        credit=credit_obj,
        date_text=date.text if date is not None else None,
        date_conflict=date.conflict if date is not None else False,
    )


def parse_caption(text: str, published: dt.date | dt.datetime | str | None = None) -> Caption:
    """Parse one photo caption: description, file-photo marker, the photo's date and place, credit.

    >>> c = parse_caption("FILE - Soldiers stand in Diffa, Niger, March 8, 2014. (AP Photo/Jane Doe, File)")
    >>> c.file_photo, c.location, c.date, c.credit.photographer, c.credit.agency
    (True, 'Diffa, Niger', datetime.date(2014, 3, 8), 'Jane Doe', 'AP')
    >>> c.description
    'Soldiers stand in Diffa, Niger, March 8, 2014.'
    """
    text = check_text(text)
    anchor = coerce_published(published)
    a, b = _trim(text, 0, len(text))
    return _caption(text, a, b, anchor, _find_credit(text, a, b))


# ---------------------------------------------------------------- in a story

#: Longest paragraph taken as a caption (characters).
_MAX_CAPTION: Final = 1200
_BYLINE_OPENING: Final = regex.compile(r"(?i:by)[ \t]++\p{Lu}")


def _has_file_opening(text: str, a: int, b: int) -> bool:
    return _FILE_MARKER.match(text, a, b) is not None or _PHOTO_OPENING.match(text, a, b) is not None


def looks_like_caption(text: str) -> bool:
    """True when *text* carries a caption's marks: a photo credit, or a file-photo opening.

    >>> looks_like_caption("Crowds gather in Lisbon. Photograph: Jane Doe/Reuters")
    True
    >>> looks_like_caption("WASHINGTON — Officials said on Monday that talks would resume.")
    False
    """
    a, b = _trim(text, 0, len(text))
    if a >= b or b - a > _MAX_CAPTION:
        return False
    return _has_file_opening(text, a, b) or _find_credit(text, a, b) is not None


def _may_hold_caption_mark(paragraph: str) -> bool:
    """False when *paragraph* can hold no credit and no file opening (a cheap superset of the real tests).

    A one-line paragraph not opening like a file caption, not ending in brackets, with no slash,
    no "via"/"for" and no credit label near its end, and (when short enough to be a credit line
    of its own) no photo word, is prose.
    """
    first = paragraph[:1]
    if first in "Ff[(" or first.isspace():  # "FILE -", "[FILE]", "(AP Photo/...)"
        return True
    if paragraph.startswith(_PHOTO_OPENING_WORDS) and _PHOTO_OPENING.match(paragraph) is not None:
        return True  # "In this ... photo", "This image"
    if "\n" in paragraph or "\r" in paragraph:
        return True
    if len(paragraph) <= _MAX_CREDIT:  # a credit line of its own? (see ``_may_stand_alone``)
        if "/" in paragraph or "via" in paragraph or len(paragraph.split(None, _MAX_AGENCY_WORDS)) <= _MAX_AGENCY_WORDS:
            return True
        low = paragraph.casefold()
        if "photo" in low or "image" in low or "pool" in low or low.startswith(_OPENING_PHRASES):
            return True
    tail = paragraph.rstrip(". \t")[-_MAX_CREDIT - 1 :]
    if tail[-1:] in _CLOSING or "/" in tail or _may_start_credit(tail):
        return True
    return (" via " in tail or " for " in tail) and _agency_after_via_or_for(tail)


def _is_dateline_or_byline(text: str) -> bool:
    from .dateline import parse_dateline  # noqa: PLC0415  (only needed for whole stories)

    if _BYLINE_OPENING.match(text):
        return True
    return parse_dateline(text) is not None


class CaptionParser:
    """Finds every caption paragraph of a story, wherever it stands."""

    name = "captions"

    def parse(self, doc: Document, context: Context) -> tuple[Caption, ...]:
        """Return the captions of *doc*, with offsets into ``doc.text``, dates anchored on ``context.published``."""
        text = doc.text
        published = context.published
        headline = context.results.get("headline")
        headline_end = getattr(headline, "end", -1)
        paragraphs = doc.paragraphs
        captions: list[Caption] = []
        taken: set[int] = set()
        for index, para in enumerate(paragraphs):
            if para.end <= headline_end or para.end - para.start > _MAX_CAPTION:
                continue
            a, b = para.start, para.end
            if not _may_hold_caption_mark(para.text):  # the common case, made cheap: a paragraph of prose
                if self._sits_before_story(doc, index, headline_end):
                    captions.append(_caption(text, a, b, published, None))
                    taken.add(index)
                continue
            standalone = _standalone_credit(text, a, b)
            if standalone is not None and "\n" not in para.text:
                s, e = _trim(text, a, b)
                cut = s
                if text[s] in "([":
                    s, e = _trim(text, s + 1, e - 1)
                credit = _FoundCredit(s, e, cut, standalone)
                prev = index - 1
                if captions and prev in taken and captions[-1].credit is None:
                    first = captions.pop()
                    captions.append(_caption(text, first.start, b, published, credit))
                elif (
                    prev >= 0
                    and prev not in taken
                    and paragraphs[prev].end > headline_end
                    and len(paragraphs[prev].text) <= _MAX_CAPTION
                    and not _is_dateline_or_byline(paragraphs[prev].text)
                ):
                    captions.append(_caption(text, paragraphs[prev].start, b, published, credit))
                else:
                    captions.append(_caption(text, a, b, published, credit))
                taken.add(index)
                continue
            found = _find_credit(text, a, b)
            if found is not None or _has_file_opening(text, a, b) or self._sits_before_story(doc, index, headline_end):
                captions.append(_caption(text, a, b, published, found))
                taken.add(index)
        return tuple(captions)

    @staticmethod
    def _sits_before_story(doc: Document, index: int, headline_end: int) -> bool:
        """A dated paragraph between the headline and the byline or dateline is a caption."""
        paragraphs = doc.paragraphs
        if headline_end < 0 or index < 1 or index + 1 >= len(paragraphs) or paragraphs[index - 1].end > headline_end:
            return False
        para = paragraphs[index]
        if not any(m.group("year") or m.group("year2") for m in _DATE.finditer(para.text)):
            return False
        if _is_dateline_or_byline(para.text):
            return False
        return _is_dateline_or_byline(paragraphs[index + 1].text)
