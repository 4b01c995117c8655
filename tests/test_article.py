"""End-to-end tests: parse() on the original stories in tests/corpus, part by part."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse

CORPUS = Path(__file__).parent / "corpus"
STORIES = sorted(CORPUS.glob("*.txt"))


def _parse(path: Path) -> tuple[newsparse.Article, dict[str, Any]]:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsparse.parse(path.read_text(encoding="utf-8"), published=dt.date.fromisoformat(expected["published"]))
    return article, expected


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
class TestCorpus:
    """Each part of each story matches the expected JSON."""

    def test_headline(self, path: Path) -> None:
        article, expected = _parse(path)
        assert (article.headline.text if article.headline else None) == expected["headline"]

    def test_byline(self, path: Path) -> None:
        article, expected = _parse(path)
        assert (list(article.byline.authors) if article.byline else None) == expected["byline"]

    def test_dateline(self, path: Path) -> None:
        article, expected = _parse(path)
        assert (article.dateline.location if article.dateline else None) == expected["dateline"]

    def test_captions(self, path: Path) -> None:
        article, expected = _parse(path)
        assert [c.text for c in article.captions] == expected["captions"]

    def test_quotes(self, path: Path) -> None:
        article, expected = _parse(path)
        got = [
            {"text": q.text, "kind": q.kind, "speaker": q.speaker.name if q.speaker else None} for q in article.quotes
        ]
        assert got == expected["quotes"]

    def test_times(self, path: Path) -> None:
        article, expected = _parse(path)
        assert [{"text": t.text, "value": t.value} for t in article.times] == expected["times"]

    def test_other_paragraphs(self, path: Path) -> None:
        article, expected = _parse(path)
        assert [p.text for p in article.paragraphs if p.role == "other"] == expected["other"]

    def test_to_dict_is_json(self, path: Path) -> None:
        article, _ = _parse(path)
        data = json.loads(json.dumps(article.to_dict()))
        assert {"headline", "byline", "dateline", "captions", "quotes", "times", "paragraphs", "speakers"} <= set(data)


def test_each_speaker_once() -> None:
    text = 'WASHINGTON (AP) — "We will act," said Mara Quill, the agency chief.\n\n"Soon," Quill said.'
    article = newsparse.parse(text)
    assert [p.name for p in article.speakers] == ["Mara Quill"]
    assert article.speakers[0].quotes == (0, 1)


def test_story_paragraphs_are_not_other() -> None:
    text = "About 200 people came to the share meeting.\n\nRead more books, the mayor urged residents in a long speech."
    article = newsparse.parse(text)
    assert [p.role for p in article.paragraphs if p.role == "other"] == []


def test_published_argument_is_the_anchor() -> None:
    article = newsparse.parse("PARIS (AFP) - Talks ended Monday.", published=dt.date(2024, 3, 20))
    assert article.published == dt.date(2024, 3, 20)
