"""Boilerplate paragraphs: share buttons, "Read more", ads, copyright lines, contact blocks, trailing notes.

A paragraph is ``other`` only on clear evidence (see :mod:`newsparse.vocab.boilerplate`): a whole
paragraph that is a known furniture line, a short paragraph opening with a furniture phrase, a
copyright line, a trailing credits note, or a line of a press-release contact block. Story
paragraphs are never marked on a single loose word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from .._model import Paragraph
from ..vocab.boilerplate import CONTACT_LABELS, EXACT_LINES, LEADING_PHRASES, TRAILING_NOTE_PHRASES

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


def _words(text: str) -> int:
    return len(text.split())


def _key(folded: str) -> str:
    """*folded* without the white space and punctuation ending it ("Share this:" -> "share this")."""
    end = _TRAILING_PUNCT.match(folded)
    return folded if end is None else folded[: end.start()]


def _is_furniture(text: str) -> bool:
    folded = text.casefold()
    key = _key(folded)
    if key in EXACT_LINES:
        return True
    words = _words(text)
    if folded.startswith(("copyright", "©", "(c) ")) or "all rights reserved" in folded:
        return words <= _MAX_FURNITURE_WORDS * 2
    if words <= _MAX_FURNITURE_WORDS and folded.startswith(LEADING_PHRASES):
        return True
    if words <= _MAX_FURNITURE_WORDS and _FOLLOW.match(text):
        return True
    if folded.lstrip("(_-– ").startswith(TRAILING_NOTE_PHRASES):
        return True
    return words <= _MAX_FURNITURE_WORDS and bool(_CONTRIBUTED.search(text)) and folded.count(".") <= 3


def _opens_contact(text: str) -> bool:
    folded = text.casefold()
    key = _key(folded)
    labelled = folded.startswith(CONTACT_LABELS) or key in CONTACT_LABELS or key + ":" in CONTACT_LABELS
    return _words(text) <= _MAX_CONTACT_WORDS and labelled and not folded.startswith("about ")


def _is_contact_line(text: str) -> bool:
    if _words(text) > _MAX_CONTACT_WORDS:
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
        for paragraph in doc.paragraphs:
            text = paragraph.text
            lines = [line.strip() for line in text.splitlines() if line.strip()]
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
