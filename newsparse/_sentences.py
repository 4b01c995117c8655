"""Sentence splitting inside one paragraph, aware of news abbreviations.

:func:`sentence_spans` returns ``(start, end)`` offsets of the sentences of ``text[start:end]``.
A sentence ends at ``.``, ``!`` or ``?`` (with any closing quote marks or brackets after
it) followed by white space and a capital, a digit or an opening mark, unless the word
before the period is an abbreviation ("Col.", "U.S.", "Sept.") or an initial ("J.").
Callers pass text with quoted words masked (see ``parsers.quotes``) so quotations are not
split. One regex pass: linear in the length of the text.
"""

from __future__ import annotations

import string
from typing import Final

import regex

from .vocab.abbreviations import ABBREVIATIONS

__all__ = ["sentence_spans"]

#: Abbreviations only before a number ("No. 1", "Nos. 3 and 4").
_NUMBER_ABBREVIATIONS: Final = frozenset({"no", "nos"})

_BOUNDARY: Final = regex.compile(
    r"""
    (?<![.!?])[.!?]++                  # the stop (from its first character: no rescans of a run)
    [”"’'»)\]]*+                       # closing marks and brackets
    (?=\s++(?:[\p{Lu}\p{N}“"‘«(\[\uE000]|''))  # white space, then what can open a sentence
    """,
    regex.VERBOSE,
)
#: Longest word ``_WORD_BEFORE`` takes.
_MAX_WORD: Final = 12
#: The word before a stop, searched backwards from it ("U.S", "Col", "J").
_WORD_BEFORE: Final = regex.compile(rf"[\p{{L}}\p{{N}}.]{{1,{_MAX_WORD}}}+", regex.REVERSE)
#: What ``_WORD_BEFORE`` matches in ASCII text: there ``str.rstrip`` finds the word without a regex call.
_ASCII_WORD_CHARS: Final = string.ascii_letters + string.digits + "."


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences: trimmed ``(start, end)`` offsets into *text*."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _BOUNDARY.finditer(text, start, stop):
        stop_at, after = match.span()
        if text[stop_at] == ".":  # only a period can end an abbreviation or an initial
            low = _word_before(text, start, stop_at).lower().rstrip(".")
            if low in _NUMBER_ABBREVIATIONS and not text[after : after + 3].lstrip()[:1].isdigit():
                pass  # "No. 1" is an abbreviation; "said no. He" ends a sentence
            elif low in ABBREVIATIONS or (len(low) == 1 and low.isalpha()):
                continue
        _trimmed(text, pos, after, spans)
        pos = after
    _trimmed(text, pos, stop, spans)
    return spans


def _word_before(text: str, start: int, stop_at: int) -> str:
    """What ``_WORD_BEFORE`` finds ending at *stop_at*, not before *start*: "U.S", "Col", "J" ("" if none)."""
    lo = max(start, stop_at - _MAX_WORD)
    piece = text[lo:stop_at]
    if piece.isascii():  # the common case, without a regex call
        return piece[len(piece.rstrip(_ASCII_WORD_CHARS)) :]
    before = _WORD_BEFORE.search(text, lo, stop_at)
    return before.group() if before is not None and before.end() == stop_at else ""


def _trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Append ``(a, b)`` without white space at either end to *out*, unless nothing is left."""
    piece = text[a:b]
    stripped = piece.strip()
    if stripped:
        first = a + len(piece) - len(piece.lstrip())
        out.append((first, first + len(stripped)))
