"""Totality as properties: generated hostile text never crashes a public function or breaks an offset.

Strategies (in ``tests/fuzz.py``): ``any_unicode`` (every Unicode category, lone surrogates
included), ``token_soup`` (news words and marks in any order), ``almost_news`` (stories
built from templates about invented people, then shuffled, truncated, re-cased and spliced
with hostile characters). The ``dev`` profile runs about 60 examples a property; the ``ci``
profile (``HYPOTHESIS_PROFILE=ci``) runs thousands.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse


def _load_fuzz() -> ModuleType:
    """``tests/fuzz.py`` holds the shared strategies and checks (pytest does not collect it)."""
    name = "newsparse_tests_fuzz"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("fuzz.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fuzz = _load_fuzz()
FUNCTIONS = fuzz.PUBLIC_FUNCTIONS
PARTS = tuple(name for name in FUNCTIONS if name != "parse")

#: The thorough profile runs thousands of examples of each whole-article property.
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
MANY = settings(max_examples=3000 if THOROUGH else settings().max_examples)
SOME = settings(max_examples=600 if THOROUGH else max(settings().max_examples // 2, 10))

# Ordinary anchors and the calendar's ends (years 1 and 9999), where relative dates must not overflow.
published_values = st.sampled_from(fuzz.PUBLISHED_VALUES)


@MANY
@given(text=fuzz.any_unicode, published=published_values)
def test_parse_any_unicode(text: str, published: object) -> None:
    fuzz.check_result("parse", text, newsparse.parse(text, published=published))


@MANY
@given(text=fuzz.almost_news(), published=published_values)
def test_parse_almost_news(text: str, published: object) -> None:
    fuzz.check_result("parse", text, newsparse.parse(text, published=published))


@MANY
@given(text=fuzz.token_soup, published=published_values)
def test_parse_token_soup(text: str, published: object) -> None:
    fuzz.check_result("parse", text, newsparse.parse(text, published=published))


@pytest.mark.parametrize("name", PARTS)
@SOME
@given(text=fuzz.any_unicode, published=published_values)
def test_part_parsers_any_unicode(name: str, text: str, published: object) -> None:
    fuzz.check_result(name, text, fuzz.call(name, text, published))


@pytest.mark.parametrize("name", PARTS)
@SOME
@given(text=st.one_of(fuzz.almost_news(), fuzz.token_soup), published=published_values)
def test_part_parsers_almost_news(name: str, text: str, published: object) -> None:
    fuzz.check_result(name, text, fuzz.call(name, text, published))


@pytest.mark.parametrize("name", PARTS)
@SOME
@given(data=st.data())
def test_part_parsers_on_each_paragraph_of_a_story(name: str, data: st.DataObject) -> None:
    """A user who holds one piece of a story (a caption, a byline line) passes just that piece."""
    story = data.draw(fuzz.almost_news())
    pieces = [piece for piece in story.splitlines() if piece.strip()] or [story]
    piece = data.draw(st.sampled_from(pieces))
    fuzz.check_result(name, piece, fuzz.call(name, piece, data.draw(published_values)))


@SOME
@given(text=fuzz.hostile_text)
def test_parse_is_deterministic_and_json_round_trips(text: str) -> None:
    first = newsparse.parse(text, "2024-03-18")
    second = newsparse.parse(text, "2024-03-18")
    assert first == second
    as_json = json.dumps(first.to_dict())
    assert json.loads(as_json) == json.loads(json.dumps(second.to_dict()))


@SOME
@given(text=fuzz.hostile_text)
def test_no_text_is_lost_from_the_paragraphs(text: str) -> None:
    """Every character outside the paragraphs is white space."""
    covered = bytearray(len(text))
    for paragraph in newsparse.parse(text).paragraphs:
        covered[paragraph.start : paragraph.end] = b"\x01" * (paragraph.end - paragraph.start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))
