"""Every ``>>>`` example in README.md and docs/*.md runs, and prints what the page says."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import newsparse
from newsparse._cli import DEMO_PUBLISHED
from newsparse._outline import format_outline

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_examples_run(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) in {page.name} failed (see the output above)"


def test_readme_shows_the_demo_as_it_prints_today() -> None:
    """The README's excerpt of ``newsparse demo`` is the start of what the command prints now."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```text\n", readme.index("newsparse demo` prints")) + len("```text\n")
    excerpt = readme[start : readme.index("```", start)]
    story = (ROOT / "newsparse" / "data" / "demo_story.txt").read_text(encoding="utf-8")
    assert format_outline(newsparse.parse(story, published=DEMO_PUBLISHED)).startswith(excerpt)


def test_the_article_page_shows_the_outline_as_it_prints_today() -> None:
    """docs/article.md's outline excerpt (up to its ``...``) is the start of the outline of the page's story."""
    page = ROOT / "docs" / "article.md"
    text = page.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE).run(test, clear_globs=False)
    start = text.index("```text\n") + len("```text\n")
    excerpt = text[start : text.index("```", start)]
    excerpt = excerpt[: excerpt.index("    ...\n")] if "    ...\n" in excerpt else excerpt
    assert format_outline(test.globs["article"]).startswith(excerpt)
