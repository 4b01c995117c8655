"""Paragraph segmentation: every shape of text gives paragraphs with exact offsets."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import _BLOCK_BREAK, _NEWLINE_BLOCK_BREAK, split_paragraphs

WIRE = (
    "KESTRAVILLE, Ore., March 18 (Reuters) - The Kestral Valley water\n"
    "board voted on Monday to delay the flood barrier by a year, its\n"
    "chair said, citing the cost of steel.\n"
    "    The barrier was first proposed in 2019 after the river rose\n"
    "over its banks twice in one winter.\n"
)

LONG_A = (
    "The Kestral Valley water board voted on Monday to delay the flood barrier by a year, its chair said, citing steel."
)
LONG_B = (
    "The barrier was first proposed in 2019 after the river rose over its banks twice in one winter, flooding the town."
)
LONG_C = (
    "Residents will be asked to comment on the new schedule at a public hearing next month at the Kestraville library."
)

CASES = [
    pytest.param("One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."], id="blank-lines"),
    pytest.param("\n".join([LONG_A, LONG_B, LONG_C]), [LONG_A, LONG_B, LONG_C], id="single-newlines"),
    pytest.param(f"One.\r\n\r\n{LONG_A}\r\n{LONG_B}", ["One.", LONG_A, LONG_B], id="crlf"),
    pytest.param("  padded  \n\n", ["padded"], id="trimmed"),
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\n", [], id="whitespace-only"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paragraphs(text: str, expected: list[str]) -> None:
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == expected
    for p in paragraphs:
        assert text[p.start : p.end] == p.text


def test_hard_wrapped_wire_copy_joins_wrapped_lines() -> None:
    paragraphs = split_paragraphs(WIRE)
    assert len(paragraphs) == 2
    first, second = paragraphs
    assert (first.start, first.end) == (0, WIRE.index("steel.") + len("steel."))
    assert first.text.startswith("KESTRAVILLE") and first.text.endswith("cost of steel.")
    assert second.start == WIRE.index("The barrier")
    assert WIRE[second.start : second.end] == second.text
    assert second.text.endswith("twice in one winter.")


WIRE_SENTENCE_AT_WRAP = (
    "The Kestral Valley water board voted on Monday to delay the flood\n"
    "barrier by a year. Its chair, Odile Marchetti, said the cost of the\n"
    "steel had doubled since the plan was drawn up in the spring of 2021.\n"
    "Residents will be asked to comment on the new schedule at a public\n"
    "hearing next month.\n"
    "    The barrier was first proposed in 2019.\n"
)

SENTENCE_PER_LINE_AT_WIRE_WIDTH = (
    "The Kestral Valley water board voted on Monday to delay the barrier.\n"
    "Its chair, Odile Marchetti, said the cost of the steel had doubled.\n"
    "Residents will be asked to comment at a public hearing next month.\n"
    "The barrier was first proposed in 2019 after the river rose twice.\n"
)

LAYOUTS = [
    pytest.param("One.\nTwo.\nThree.", ["One.", "Two.", "Three."], id="short-lines-each-a-paragraph"),
    pytest.param("One\ntwo\nthree", ["One", "two", "three"], id="short-lines-mid-sentence-not-wire-width"),
    pytest.param(
        SENTENCE_PER_LINE_AT_WIRE_WIDTH,
        SENTENCE_PER_LINE_AT_WIRE_WIDTH.splitlines(),
        id="sentence-per-line-at-wire-width",
    ),
    pytest.param(
        WIRE_SENTENCE_AT_WRAP,
        [
            "\n".join(WIRE_SENTENCE_AT_WRAP.splitlines()[:5]),
            "The barrier was first proposed in 2019.",
        ],
        id="wire-wrap-falls-once-at-a-sentence-end",
    ),
    pytest.param(
        "By ODILE MARCHETTI\nAssociated Press Writer\n\nKESTRAVILLE (AP) - The board met.",
        ["By ODILE MARCHETTI", "Associated Press Writer", "KESTRAVILLE (AP) - The board met."],
        id="byline-and-agency-lines",
    ),
    pytest.param(
        "Revs 110.0 mln vs 85.4 mln in the year before, the company said on Monday.\n Kestral",
        ["Revs 110.0 mln vs 85.4 mln in the year before, the company said on Monday.", "Kestral"],
        id="signature-line-after-a-full-line-is-not-wrapped",
    ),
    pytest.param("\n\n\n", [], id="newlines-only"),
    pytest.param("\n \n\t\n", [], id="blank-lines-with-spaces"),
    pytest.param("\r\rOne.\r\r\rTwo.\r", ["One.", "Two."], id="carriage-returns"),
    pytest.param("One.\u2028Two.\n\x1cThree.\x1f", ["One.\u2028Two.", "Three."], id="unicode-separators-inside-lines"),
    pytest.param("  \u00a0 indented \u3000\n", ["indented"], id="unicode-spaces-trimmed"),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_layouts(text: str, expected: list[str]) -> None:
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == expected
    assert all(text[p.start : p.end] == p.text for p in paragraphs)


def _check_segmentation(text: str) -> None:
    paragraphs = split_paragraphs(text)
    previous_end = 0
    for p in paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.text and p.text == p.text.strip()
        assert p.start >= previous_end
        # Nothing but white space lies between paragraphs: no text is lost.
        assert not text[previous_end : p.start].strip()
        # A paragraph never runs across a blank line.
        assert all(line.strip() for line in p.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        previous_end = p.end
    assert not text[previous_end:].strip()


@given(st.lists(st.sampled_from(["a", "Word", ".", " ", "  ", "\n", "\r", "\r\n", "\t", "\u2028", "\x1c"])))
def test_segmentation_keeps_all_text_in_order(pieces: list[str]) -> None:
    _check_segmentation("".join(pieces))


@given(st.text())
def test_segmentation_of_any_text(text: str) -> None:
    _check_segmentation(text)


@given(st.text(st.characters(blacklist_characters="\r\n")))
def test_a_single_line_is_one_paragraph_trimmed_of_any_white_space(line: str) -> None:
    # Every white space str.strip knows (NBSP, U+2028, the separators U+001C..U+001F) is trimmed.
    paragraphs = split_paragraphs(line)
    if line.strip():
        (p,) = paragraphs
        assert p.text == line.strip() == line[p.start : p.end]
    else:
        assert paragraphs == ()


@given(st.lists(st.sampled_from([LONG_A, "One.", "barrier by a year", "", "    The", " Reuter"]), max_size=30))
def test_segmentation_of_line_soups(lines: list[str]) -> None:
    _check_segmentation("\n".join(lines))


@given(st.lists(st.sampled_from(["a", " ", "\t", "\n", "\u2028", "\x1c", "\x0b", "\xa0"])))
def test_the_newline_block_break_finds_what_the_general_one_finds(pieces: list[str]) -> None:
    # split_paragraphs uses the faster pattern on text without a carriage return.
    text = "".join(pieces)
    assert [m.span() for m in _NEWLINE_BLOCK_BREAK.finditer(text)] == [m.span() for m in _BLOCK_BREAK.finditer(text)]


PATHOLOGICAL = {
    "newlines": "\n",
    "newline-space-newline": "\n \n",
    "one-character-lines": "a\n",
    "crlf": "\r\n",
    "carriage-returns": "\r",
    "indented-lines": "  x\n",
    "sentence-lines": "One.\n",
    "wire-wrapped-lines": "the water board voted on Monday to delay the barrier by a year and\n",
    "one-wide-line-then-short-lines": "a\n",
}


def _timed(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()  # CPU time: a busy machine does not inflate it
        split_paragraphs(text)
        best = min(best, time.thread_time() - start)
    return best


@pytest.mark.parametrize("layout", sorted(PATHOLOGICAL))
def test_segmentation_cost_is_linear(layout: str) -> None:
    unit = PATHOLOGICAL[layout]
    head = "x" * 60 + "\n" if layout.startswith("one-wide") else ""
    small = head + unit * (10_000 // len(unit))
    large = head + unit * (100_000 // len(unit))
    t_small, t_large = _timed(small), _timed(large)
    assert t_large <= 25 * max(t_small, 0.001), (layout, t_small, t_large)


def test_a_megabyte_of_blank_lines_is_read_in_one_pass() -> None:
    text = "\n \n" * 350_000
    assert split_paragraphs(text) == ()
    assert [p.text for p in split_paragraphs(text + "One." + text)] == ["One."]
