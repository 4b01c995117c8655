"""Where ``parse()`` spends its time: a per-parser breakdown and a cProfile of the hot functions.

The breakdown runs the default pipeline's steps by hand (segmentation, each parser, assembly)
with a timer around each, over the whole corpus, best of N. The profile lists the functions
with the most own time (``tottime``) as ``file:line`` with their share of the total.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .corpus import Story

__all__ = ["breakdown", "profile_parse"]


def breakdown(stories: Sequence[Story], repeat: int = 3) -> dict[str, Any]:
    """Seconds per pipeline step (best of *repeat* for each step) and its share of the total."""
    from newsparse import Context, Document, Pipeline
    from newsparse._args import coerce_published
    from newsparse._assemble import assemble_article

    pipeline = Pipeline.default()
    chars = sum(len(s.text) for s in stories)
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent: dict[str, float] = {}
        for story in stories:
            anchor = coerce_published(story.published)
            t0 = time.perf_counter()
            doc = Document.from_text(story.text)
            t1 = time.perf_counter()
            spent["segmentation"] = spent.get("segmentation", 0.0) + t1 - t0
            results: dict[str, Any] = {}
            for parser in pipeline.parsers:
                context = Context(anchor, MappingProxyType(dict(results)))
                t0 = time.perf_counter()
                results[parser.name] = parser.parse(doc, context)
                spent[parser.name] = spent.get(parser.name, 0.0) + time.perf_counter() - t0
                if parser.name == "dateline" and anchor is None:
                    anchor = getattr(results[parser.name], "date", None)
            t0 = time.perf_counter()
            assemble_article(doc, results, anchor)
            spent["assemble"] = spent.get("assemble", 0.0) + time.perf_counter() - t0
        for step, seconds in spent.items():
            best[step] = min(best.get(step, seconds), seconds)
    total = sum(best.values())
    return {
        step: {"seconds": s, "share": s / total if total else 0.0, "mb_per_s_alone": chars / 1e6 / s if s else None}
        for step, s in sorted(best.items(), key=lambda kv: -kv[1])
    }


def profile_parse(stories: Sequence[Story], out_dir: Path, top: int = 25) -> list[dict[str, Any]]:
    """cProfile ``parse()`` over *stories*; write the full listing to *out_dir*/profile.txt; return the top rows."""
    import newsparse

    items = [(s.text, s.published) for s in stories]
    newsparse.parse(items[0][0], published=items[0][1])  # build the pipeline outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for text, published in items:
        newsparse.parse(text, published=published)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(60)
    stats.sort_stats("cumulative").print_stats(40)
    (out_dir / "profile.txt").write_text(stream.getvalue(), encoding="utf-8")
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in raw.values())
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in sorted(
        raw.items(), key=lambda kv: -kv[1][2]
    )[:top]:
        short = filename.split("/newsparse/", 1)[-1] if "/newsparse/" in filename else filename.rsplit("/", 1)[-1]
        rows.append(
            {
                "function": func,
                "where": f"{short}:{line}",
                "calls": ncalls,
                "tottime_s": tottime,
                "cumtime_s": cumtime,
                "share": tottime / total if total else 0.0,
            }
        )
    return rows


def pyinstrument_parse(stories: Sequence[Story], out_dir: Path) -> str | None:
    """A pyinstrument text report of ``parse()`` over *stories* (None without pyinstrument)."""
    try:
        from pyinstrument import Profiler  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    import newsparse

    profiler = Profiler(interval=0.0005)
    profiler.start()
    for story in stories:
        newsparse.parse(story.text, published=story.published)
    profiler.stop()
    text: str = profiler.output_text(unicode=True, color=False, show_all=False)
    (out_dir / "pyinstrument.txt").write_text(text, encoding="utf-8")
    return text
