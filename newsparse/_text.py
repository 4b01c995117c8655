"""The one pass over the text that every parser shares: lines and paragraphs with offsets.

:func:`split_paragraphs` handles blank-line paragraphs, single-newline text, ``\\r\\n`` and
``\\r`` line ends, and hard-wrapped wire copy (lines broken at about 60-80 columns inside a
paragraph, new paragraphs marked by a blank line or an indented first line). Offsets are
always ``str`` indices into the text as given: nothing is normalised.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs
import regex

from ._model import Paragraph

__all__ = ["Document", "Line", "split_lines", "split_paragraphs"]

_LINE_END: Final = regex.compile(r"\r\n|\r|\n")
#: Hard-wrapped copy is wrapped at a fixed column; wider lines are paragraphs of their own.
_MAX_WRAP_WIDTH: Final = 100
#: How far short of the wrap column a wrapped line may end (the next word did not fit).
_WRAP_SLACK: Final = 3


@attrs.frozen
class Line:
    """One line of the text: ``start``/``end`` exclude the line ending."""

    start: int
    end: int
    text: str

    @property
    def stripped_length(self) -> int:
        return len(self.text.strip())

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))


def split_lines(text: str) -> tuple[Line, ...]:
    """Split *text* into lines, keeping offsets; any of ``\\n``, ``\\r\\n``, ``\\r`` ends a line."""
    lines: list[Line] = []
    pos = 0
    for match in _LINE_END.finditer(text):
        lines.append(Line(pos, match.start(), text[pos : match.start()]))
        pos = match.end()
    lines.append(Line(pos, len(text), text[pos:]))
    return tuple(lines)


def _first_word_length(line: Line) -> int:
    return len(line.text.split(None, 1)[0]) if line.text.strip() else 0


def _continues(prev: Line, line: Line, width: int, block_indented: bool) -> bool:
    """True when *line* continues the paragraph of *prev* (a soft wrap in hard-wrapped copy)."""
    if width > _MAX_WRAP_WIDTH:
        return False
    if line.indent > prev.indent and block_indented is False and line.indent >= 2:
        return False
    if line.indent >= 2 and line.indent > 0 and block_indented:
        return False
    # The previous line was full: the next word would not have fitted on it.
    return len(prev.text.rstrip()) + 1 + _first_word_length(line) > width - _WRAP_SLACK


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split *text* into paragraphs (role ``"body"``), each trimmed of surrounding white space."""
    lines = split_lines(text)
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.is_blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if not block:
            continue
        width = max(len(line.text.rstrip()) for line in block)
        # Indented-paragraph copy: some lines start with 2+ spaces and others do not.
        block_indented = any(line.indent >= 2 for line in block[1:])
        start = block[0].start
        for prev, line in itertools.pairwise(block):
            if not _continues(prev, line, width, block_indented):
                a, b = _trim(text, start, prev.end)
                paragraphs.append(Paragraph(text[a:b], a, b))
                start = line.start
        a, b = _trim(text, start, block[-1].end)
        if a < b:
            paragraphs.append(Paragraph(text[a:b], a, b))
    return tuple(paragraphs)


@attrs.frozen
class Document:
    """The text a pipeline parses, with its paragraphs: built once, read by every parser."""

    text: str
    paragraphs: tuple[Paragraph, ...]

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Segment *text* once."""
        return cls(text, split_paragraphs(text))
