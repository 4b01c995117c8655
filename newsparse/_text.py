"""The one pass over the text that every parser shares: lines and paragraphs with offsets.

:func:`split_paragraphs` handles blank-line paragraphs, single-newline text, ``\\r\\n`` and
``\\r`` line ends, and hard-wrapped wire copy (lines broken at about 40-100 columns inside a
paragraph, new paragraphs marked by a blank line, an indented first line or a short last
line). Offsets are always ``str`` indices into the text as given: nothing is normalised.

The rules, in order:

* A blank line (nothing but white space) always ends a paragraph; lines separated only by
  single line ends form a *block*.
* A block is *hard-wrapped* when its widest line is of wire width (40-100 characters) and
  most of its full-width lines break mid-sentence. In a hard-wrapped block a line continues
  the paragraph when the line before it was full (its next word would not have fitted) and
  the line is not indented as a new paragraph.
* In any other block each line is a paragraph: ``"One.\\nTwo.\\nThree."`` is three
  paragraphs, and so is single-newline copy whose lines each end a sentence.

The work is a few compiled-regex scans plus one Python step per line of hard-wrapped blocks
only, so any layout (a megabyte of newlines, 100,000 one-character lines) costs linear time.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from ._model import Paragraph

__all__ = ["Document", "Line", "split_lines", "split_paragraphs"]

#: A line end of any convention.
_LINE_BREAK: Final = r"(?:\r\n|\r|\n)"
_LINE_END: Final = re.compile(_LINE_BREAK)

#: White space as ``str.isspace`` sees it (``\s`` plus the separators U+001C..U+001F).
_WS: Final = r"[\s\x1c-\x1f]"
_NOT_WS: Final = r"[^\s\x1c-\x1f]"


def _block_break(line_end: str) -> re.Pattern[str]:
    """Blank lines between blocks: a line end, then one or more lines of nothing but white space."""
    return re.compile(
        rf"""
        {line_end}                                  # the end of the last line of a block
        (?: [^\S\r\n\x1c-\x1f]*+ {line_end} )++   # one or more blank lines, each with its line end
        """,
        re.VERBOSE,
    )


_BLOCK_BREAK: Final = _block_break(_LINE_BREAK)
#: ``_BLOCK_BREAK`` for text without a carriage return: it opens with a literal, which ``re``
#: looks for with a fast character search instead of testing every character against a set.
_NEWLINE_BLOCK_BREAK: Final = _block_break(r"\n")

#: One line's text without its surrounding white space (a non-blank line in a block).
_LINE_CONTENT: Final = re.compile(rf"{_NOT_WS}(?:[^\r\n]*{_NOT_WS})?")
# ``[^\r\n]*`` runs to the end of the line and gives back only its trailing white space:
# the backtracking never crosses a line end, so each line is read a bounded number of times.

#: Hard-wrapped copy is wrapped at a fixed column: narrower or wider lines are not wrapped.
_MIN_WRAP_WIDTH: Final = 40
_MAX_WRAP_WIDTH: Final = 100
#: How far short of the wrap column a wrapped line may end (the next word did not fit).
_WRAP_SLACK: Final = 3
#: A line that ends one of these (before closing quotes and brackets) ends a sentence.
#: Hard-wrapped when (full lines breaking mid-sentence) * this >= (full lines ending a sentence).
_WRAP_EVIDENCE: Final = 3
_SENTENCE_ENDS: Final = (".", "!", "?", "…", ":")
_CLOSERS: Final = "\"'’”»)]"


@attrs.frozen
class Line:
    """One line of the text: ``start``/``end`` exclude the line ending."""

    start: int
    end: int
    text: str

    @property
    def stripped_length(self) -> int:
        """The length of the line without surrounding white space."""
        return len(self.text.strip())

    @property
    def is_blank(self) -> bool:
        """True when the line holds nothing but white space."""
        return not self.text.strip()

    @property
    def indent(self) -> int:
        """How many spaces and tabs open the line."""
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


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _first_word_length(line: str) -> int:
    words = line.split(None, 1)
    return len(words[0]) if words else 0


def _each_line(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    """Every non-blank line of ``text[start:end]`` is a paragraph of its own."""
    for match in _LINE_CONTENT.finditer(text, start, end):
        out.append(Paragraph(match[0], match.start(), match.end()))


def _wrapped_block(text: str, start: int, end: int, out: list[Paragraph]) -> bool:
    """Join the lines of a hard-wrapped block into paragraphs; False when it is not hard-wrapped.

    The block is hard-wrapped when its widest line has wire width and some of its full lines
    break mid-sentence: at least one, and at least a third as many as break at a sentence end.
    """
    lines = _LINE_END.split(text[start:end])
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    block_indented = any(_indent(line) >= 2 for line in lines[1:])
    # continues[i]: line i + 1 goes on the paragraph of line i.
    continues: list[bool] = []
    mid_sentence = sentence_end = 0
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        full = widths[i] + 1 + _first_word_length(nxt) > width - _WRAP_SLACK
        indented = _indent(nxt) >= 2 and (block_indented or _indent(nxt) > _indent(lines[i]))
        joined = full and not indented
        if joined:
            if _ends_sentence(lines[i]):
                sentence_end += 1
            else:
                mid_sentence += 1
        continues.append(joined)
    if mid_sentence == 0 or mid_sentence * _WRAP_EVIDENCE < sentence_end:
        return False
    line_starts = [start]
    for match in _LINE_END.finditer(text, start, end):
        line_starts.append(match.end())
    para_start = start
    for i, joined in enumerate(continues):
        if not joined:
            _each_paragraph(text, para_start, line_starts[i] + len(lines[i]), out)
            para_start = line_starts[i + 1]
    _each_paragraph(text, para_start, end, out)
    return True


def _each_paragraph(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    """``text[start:end]`` trimmed of white space is one paragraph (none when it is blank)."""
    first = _LINE_CONTENT.search(text, start, end)
    if first is None:
        return
    a = first.start()
    b = end
    while b > a and text[b - 1].isspace():
        b -= 1
    out.append(Paragraph(text[a:b], a, b))


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split *text* into paragraphs (role ``"body"``), each trimmed of surrounding white space."""
    paragraphs: list[Paragraph] = []
    start = 0
    block_breaks = _BLOCK_BREAK if "\r" in text else _NEWLINE_BLOCK_BREAK
    for block_break in block_breaks.finditer(text):
        _block(text, start, block_break.start(), paragraphs)
        start = block_break.end()
    _block(text, start, len(text), paragraphs)
    return tuple(paragraphs)


def _block(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    """Paragraphs of one block: lines that no blank line separates."""
    # Two C-level character searches: cheaper than a regex testing each character against a set.
    if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
        # One line (the common case): the line trimmed by str.strip, whose white space is _WS.
        raw = text[start:end]
        stripped = raw.strip()
        if stripped:
            a = start + len(raw) - len(raw.lstrip())
            out.append(Paragraph(stripped, a, a + len(stripped)))
    elif not _wrapped_block(text, start, end, out):
        _each_line(text, start, end, out)


@attrs.frozen
class Document:
    """The text a pipeline parses, with its paragraphs: built once, read by every parser."""

    text: str
    paragraphs: tuple[Paragraph, ...]

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Segment *text* once."""
        return cls(text, split_paragraphs(text))
