"""Paragraph segmentation: every shape of text gives paragraphs with exact offsets."""

from __future__ import annotations

import pytest

from newsparse._text import split_paragraphs

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
