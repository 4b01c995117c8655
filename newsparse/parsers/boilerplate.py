"""Boilerplate paragraphs: share buttons, "Read more", ads, copyright lines, contact blocks, trailing notes.

A paragraph is ``other`` only on clear evidence (see :mod:`newsparse.vocab.boilerplate`): a whole
paragraph that is a known furniture line, a short paragraph opening with a furniture phrase, a
copyright line, a trailing credits note, or a line of a press-release contact block. Story
paragraphs are never marked on a single loose word.

A press release's closing block is furniture from its heading to the end of the text: a
company profile headed ``About <Name>`` (when the text after the heading speaks of that name:
"About Brightwell Tools" / "Brightwell Tools is a maker of ..."), or a heading such as
"Forward-looking statements", "Safe Harbor Statement" or "###". Such a heading counts only in the
last two thirds of the paragraphs and never as the first or second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from .._model import Paragraph
from ..vocab.boilerplate import (
    CLOSING_HEADINGS,
    CONTACT_LABELS,
    EXACT_LINES,
    LEADING_PHRASES,
    PROFILE_HEADING_WORD,
    TRAILING_NOTE_PHRASES,
)

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["BoilerplateParser"]

#: Furniture paragraphs opening with a phrase are short; longer ones are story text.
_MAX_FURNITURE_WORDS: Final = 40
#: Contact-block lines (names, phones, addresses) are short.
_MAX_CONTACT_WORDS: Final = 12

#: White space and punctuation ending a line, matched backwards from the end (only the run is read).
_TRAILING_PUNCT: Final = regex.compile(r"[\s.:!\-–—|>»]++", regex.REVERSE)
_CONTACT_DETAIL: Final = regex.compile(
    r"""
    [\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)++   # an e-mail address
    | \+?\(?\d{1,4}+\)?(?:[\s.-]?\d{2,4}+){2,5}+       # a phone number
    | https?://\S++ | www\.\S++                        # a web address
    """,
    regex.VERBOSE,
)
_FOLLOW: Final = regex.compile(r"^follow\b.{0,200}?(?:https?://|@|\bon (?:twitter|x|facebook|instagram)\b)", regex.I)
_CONTRIBUTED: Final = regex.compile(r"contributed (?:to )?(?:this )?(?:report|story|reporting)", regex.I)


#: Most words in a closing-block heading ("About Brightwell Tools Inc.", "Safe Harbor Statement").
_MAX_HEADING_WORDS: Final = 8
#: How far into the profile after an "About" heading the company's name must appear (characters).
_PROFILE_NAME_WINDOW: Final = 80
#: How far into the profile a verb describing the company must appear (characters).
_PROFILE_VERB_WINDOW: Final = 240
_PROFILE_VERB: Final = regex.compile(r"\b(?:is|are|was|provides|offers|makes|develops|operates|serves|has)\b")
_LOWER_HEADING_WORDS: Final = frozenset({"the", "of", "and", "for", "&", "de", "to", "in", "on"})


#: The first characters (case-folded) of a closing-block heading.
_CLOSING_FIRST: Final = frozenset(h[:1] for h in CLOSING_HEADINGS) | {PROFILE_HEADING_WORD[:1]}


def _is_profile(heading: str, profile: str) -> bool:
    """True when *heading* is "About <Name>" and *profile* goes on to describe that name."""
    words = heading.split()
    if not 2 <= len(words) <= _MAX_HEADING_WORDS or words[0].casefold().rstrip(":") != PROFILE_HEADING_WORD:
        return False
    name = [w.strip(":.,") for w in words[1:]]
    if not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _LOWER_HEADING_WORDS for w in name if w):
        return False
    significant = next((w for w in name if w and w.casefold() not in _LOWER_HEADING_WORDS), None)
    if significant is None:
        return False
    head = profile[:_PROFILE_VERB_WINDOW]
    return significant.casefold() in head[:_PROFILE_NAME_WINDOW].casefold() and _PROFILE_VERB.search(head) is not None


def _closing_start(doc: Document) -> int:
    """The index of the paragraph opening a press release's closing block, or the number of paragraphs."""
    paragraphs = doc.paragraphs
    count = len(paragraphs)
    for index in range(max(2, count // 3), count):
        text = paragraphs[index].text
        if text[:1].casefold() not in _CLOSING_FIRST:
            continue  # the common case, made cheap
        if len(text) > _MAX_HEADING_WORDS * 40 and text.find("\n", 0, _MAX_HEADING_WORDS * 40) < 0:
            continue  # a long paragraph with no heading line of its own
        first, _, rest = text.strip().partition("\n")
        if _words(first) > _MAX_HEADING_WORDS:
            continue
        folded = first.casefold()
        if _key(folded) in CLOSING_HEADINGS:
            return index
        if folded.startswith(PROFILE_HEADING_WORD):
            if not rest.strip() and index + 1 < count:
                rest = paragraphs[index + 1].text
            if _is_profile(first, rest.strip()):
                return index
    return count


#: How much of a paragraph's start the phrase tests read (the longest phrase is under 60 characters).
_HEAD: Final = 200
#: Longest paragraph compared whole with ``EXACT_LINES`` (the longest entry, with room for punctuation).
_MAX_EXACT: Final = max(map(len, EXACT_LINES)) + 20


def _words(text: str) -> int:
    return len(text.split())


def _at_most_words(text: str, limit: int) -> bool:
    """True when *text* has at most *limit* words (reads only as far as the word after the limit)."""
    return len(text.split(None, limit)) <= limit


def _key(folded: str) -> str:
    """*folded* without the white space and punctuation ending it ("Share this:" -> "share this")."""
    end = _TRAILING_PUNCT.match(folded)
    return folded if end is None else folded[: end.start()]


def _is_furniture(text: str) -> bool:
    # The phrase tests come first and read only the paragraph's head; words are counted only after one.
    if len(text) <= _MAX_EXACT and _key(text.casefold()) in EXACT_LINES:
        return True
    head = text[:_HEAD].casefold()
    if head.startswith(("copyright", "©", "(c) ")) or ("eserved" in text and "all rights reserved" in text.casefold()):
        return _at_most_words(text, _MAX_FURNITURE_WORDS * 2)
    if head.lstrip("(_-– ").startswith(TRAILING_NOTE_PHRASES):
        return True
    # _FOLLOW only matches after "follow" in any case, which folds to "follow": a cheap test first.
    if head.startswith(LEADING_PHRASES) or (head.startswith("follow") and _FOLLOW.match(text)):
        return _at_most_words(text, _MAX_FURNITURE_WORDS)
    if ("ontribut" in text or "ONTRIBUT" in text) and _CONTRIBUTED.search(text) is not None:
        return text.count(".") <= 3 and _at_most_words(text, _MAX_FURNITURE_WORDS)
    return False


def _opens_contact(text: str) -> bool:
    if not _at_most_words(text, _MAX_CONTACT_WORDS):
        return False
    folded = text.casefold()
    key = _key(folded)
    labelled = folded.startswith(CONTACT_LABELS) or key in CONTACT_LABELS or key + ":" in CONTACT_LABELS
    return labelled and not folded.startswith("about ")


def _is_contact_line(text: str) -> bool:
    if not _at_most_words(text, _MAX_CONTACT_WORDS):
        return False
    if _CONTACT_DETAIL.search(text):
        return True
    # a name or organisation line: no sentence end
    return not text.rstrip().endswith((".", "?", "!", '"', "”"))


class BoilerplateParser:
    """Marks the paragraphs that are not part of the story (role ``"other"``)."""

    name = "other"

    def parse(self, doc: Document, context: Context) -> tuple[Paragraph, ...]:
        """The paragraphs of *doc* that are page furniture, each with role ``"other"``."""
        out: list[Paragraph] = []
        in_contact = False
        closing = _closing_start(doc)
        for index, paragraph in enumerate(doc.paragraphs):
            text = paragraph.text
            if index >= closing:
                out.append(Paragraph(text, paragraph.start, paragraph.end, "other"))
                continue
            if "\n" in text or "\r" in text:
                lines = [line.strip() for line in text.splitlines() if line.strip()]
            else:
                lines = [text.strip()]
            if _opens_contact(lines[0] if lines else text) or (
                len(lines) > 1
                and all(_opens_contact(line) or _is_contact_line(line) for line in lines)
                and any(_CONTACT_DETAIL.search(line) for line in lines)
            ):
                in_contact = True
                out.append(Paragraph(text, paragraph.start, paragraph.end, "other"))
                continue
            if in_contact and (_is_contact_line(text) or _is_furniture(text)):
                out.append(Paragraph(text, paragraph.start, paragraph.end, "other"))
                continue
            in_contact = False
            if _is_furniture(text):
                out.append(Paragraph(text, paragraph.start, paragraph.end, "other"))
        return tuple(out)
