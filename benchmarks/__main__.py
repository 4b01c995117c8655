"""``python -m benchmarks``: run the whole suite, write benchmarks/results/, print the table.

Options: ``--quick`` (a smaller run, a minute or two), ``--skip peers,sizes,...`` to leave out
sections, ``--stories``/``--peer-stories`` for the corpus sizes. Figures are min-of-N
wall-clock timings on one core; the ratios against the peers are measured in the same process
on the same texts, so they hold up better than absolute figures on a busy machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .corpus import generate_corpus
from .peers import measure_dateparser, measure_textacy, peer_versions
from .profiling import breakdown, profile_parse, pyinstrument_parse
from .report import render
from .scaling import SIZES, measure_batch_memory, measure_import, measure_jobs, measure_sizes
from .throughput import measure_newsparse

SECTIONS = ("throughput", "peers", "sizes", "import", "batch", "jobs", "profile")


def _conditions() -> dict[str, Any]:
    root = Path(__file__).resolve().parent.parent
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=False
    )
    return {
        "when_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "commit": commit.stdout.strip() or None,
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "loadavg_start": os.getloadavg(),
        "peers": peer_versions(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run (sizes up to 1 MB, small batch files)")
    parser.add_argument("--stories", type=int, default=None, help="stories for the newsparse throughput (default 400)")
    parser.add_argument("--peer-stories", type=int, default=None, help="stories for the peer comparison (default 40)")
    parser.add_argument("--repeat", type=int, default=5, help="repeats per timing; the best is kept")
    parser.add_argument("--skip", default="", help=f"comma-separated sections to skip: {','.join(SECTIONS)}")
    parser.add_argument("--only", default="", help="comma-separated sections to run (default all)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args(argv)

    run = set(args.only.split(",")) if args.only else set(SECTIONS)
    run -= set(args.skip.split(","))
    n_stories = args.stories or (100 if args.quick else 400)
    n_peer = args.peer_stories or (10 if args.quick else 40)
    args.out.mkdir(parents=True, exist_ok=True)

    results: dict[str, Any] = {
        "conditions": _conditions(),
        "settings": vars(args) | {"stories": n_stories, "peer_stories": n_peer},
    }
    results["settings"]["out"] = str(args.out)
    stories = generate_corpus(n_stories, seed=2024)
    results["corpus"] = {
        "stories": n_stories,
        "chars": sum(len(s.text) for s in stories),
        "seed": 2024,
    }

    def step(name: str) -> bool:
        if name in run:
            print(f"[benchmarks] {name} ...", file=sys.stderr, flush=True)
            return True
        return False

    def guarded(call: Callable[[], Any]) -> Any:
        """Run one measurement; an exception (a parser being rewritten) is recorded, not fatal."""
        try:
            return call()
        except Exception as exc:
            traceback.print_exc()
            return {"error": f"{type(exc).__name__}: {exc}"}

    if step("throughput"):
        results["throughput"] = guarded(lambda: measure_newsparse(stories, repeat=args.repeat))
    if step("peers"):
        subset = stories[:n_peer]
        results["peers"] = {
            "stories": n_peer,
            "chars": sum(len(s.text) for s in subset),
            "newsparse": measure_newsparse(subset, repeat=args.repeat, only=("parse", "find_times", "find_quotes")),
            "dateparser": guarded(lambda: measure_dateparser(subset, repeat=3)),
            "textacy": guarded(lambda: measure_textacy(subset, repeat=3)),
        }
    if step("sizes"):
        sizes = tuple(s for s in SIZES if s <= 1_000_000) if args.quick else SIZES
        results["sizes"] = guarded(lambda: measure_sizes(sizes))
    if step("import"):
        results["import"] = guarded(measure_import)
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as tmp:
        if step("batch"):
            sizes_batch = (50, 1_000) if args.quick else (200, 8_000)
            results["batch_memory"] = guarded(
                lambda: measure_batch_memory(Path(tmp), small=sizes_batch[0], large=sizes_batch[1])
            )
        if step("jobs"):
            results["jobs"] = guarded(lambda: measure_jobs(Path(tmp), stories=300 if args.quick else 2_000))
    if step("profile"):
        results["breakdown"] = guarded(lambda: breakdown(stories, repeat=3))
        results["profile"] = guarded(lambda: profile_parse(stories, args.out))
        guarded(lambda: pyinstrument_parse(stories, args.out))
    results["conditions"]["loadavg_end"] = os.getloadavg()

    stamp = results["conditions"]["when_utc"].replace(" ", "T").replace(":", "")
    payload = json.dumps(results, indent=2, default=str)
    (args.out / f"results-{stamp}.json").write_text(payload, encoding="utf-8")
    (args.out / "latest.json").write_text(payload, encoding="utf-8")
    table = render(results)
    (args.out / "latest.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
