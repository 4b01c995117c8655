"""Pipelines: adding, removing and replacing parsers, and plugins from entry points."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Context, Document, Pipeline, PipelineError

STORY = "CORVEL, Wash. (AP) — Shares of Gullrock Marine (NASDAQ: GULL) rose Saturday, analyst Ren Ofori said."


class Upper:
    name = "upper"

    def parse(self, doc: Document, context: Context) -> tuple[str, ...]:
        return tuple(word for word in doc.text.split() if word.isupper() and len(word) > 2)


def test_a_custom_parser_result_goes_to_extra() -> None:
    article = Pipeline.default().with_parser(Upper()).parse(STORY)
    assert article.extra["upper"] == ("CORVEL,", "(AP)", "(NASDAQ:", "GULL)")


def test_a_custom_parser_sees_the_anchor_and_earlier_results() -> None:
    seen: dict[str, Any] = {}

    class Spy:
        name = "spy"

        def parse(self, doc: Document, context: Context) -> None:
            seen["published"] = context.published
            seen["names"] = tuple(context.results)

    Pipeline.default().with_parser(Spy()).parse(STORY, published="2025-09-15")
    assert str(seen["published"]) == "2025-09-15"
    assert "dateline" in seen["names"]


def test_without_drops_a_builtin() -> None:
    pipeline = Pipeline.default().without("quotes")
    assert "quotes" not in pipeline.names
    assert pipeline.parse(STORY).quotes == ()
    assert newsparse.parse(STORY).quotes  # the default is unchanged


def test_duplicate_and_unknown_names_are_clear_errors() -> None:
    with pytest.raises(PipelineError, match="duplicate parser name 'quotes'"):
        Pipeline.default().with_parser(newsparse.Pipeline.default().parsers[-1])
    with pytest.raises(PipelineError, match="no parser named 'nope'"):
        Pipeline.default().without("nope")
    with pytest.raises(TypeError, match="parser"):
        Pipeline.default().with_parser(object())  # type: ignore[arg-type]


def test_a_plugin_from_an_entry_point_shows_up_in_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "np_test_plugin.py").write_text(
        "class ShoutParser:\n"
        "    name = 'shout'\n"
        "    def parse(self, doc, context):\n"
        "        return doc.text.count('!')\n",
        encoding="utf-8",
    )
    dist = tmp_path / "np_test_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: np-test-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        "[newsparse.parsers]\nshout = np_test_plugin:ShoutParser\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "np_test_plugin", raising=False)
    assert "shout" not in Pipeline.default().names  # plugins only when asked
    pipeline = Pipeline.default(plugins=True)
    assert "shout" in pipeline.names
    assert pipeline.parse("Go! Now!").extra["shout"] == 2
