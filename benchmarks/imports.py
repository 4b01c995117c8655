"""What ``import newsparse`` spends its time on: modules (``-X importtime``) and pattern compilation.

``python -m benchmarks.imports`` prints, for one fresh import, the time spent in
``regex.compile`` per call site (file:line, pattern length), the slowest newsparse modules,
and the time to the first ``parse()`` result. The suite runs it in a subprocess.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

__all__ = ["profile_import"]


def profile_import() -> dict[str, Any]:
    """Import newsparse in this (fresh) interpreter with ``regex.compile`` timed; then parse once."""
    import regex

    original = regex.compile
    calls: list[tuple[float, str, int]] = []

    def timed_compile(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        compiled = original(pattern, flags, *args, **kwargs)
        spent = time.perf_counter() - start
        frame = sys._getframe(1)
        where = frame.f_code.co_filename.split("/newsparse/")[-1]
        calls.append((spent, f"{where}:{frame.f_lineno}", len(pattern) if isinstance(pattern, str) else 0))
        return compiled

    regex.compile = timed_compile
    try:
        start = time.perf_counter()
        import newsparse

        imported = time.perf_counter() - start
        start = time.perf_counter()
        newsparse.parse(
            "By Oren Prewitt\n\nKESTRAVILLE, Ore. (AP) \u2014 \u201cYes,\u201d she said on Monday.", "2024-03-18"
        )
        first_parse = time.perf_counter() - start
    finally:
        regex.compile = original
    calls.sort(reverse=True)
    return {
        "import_ms": 1000 * imported,
        "first_parse_ms": 1000 * first_parse,
        "compile_ms_total": 1000 * sum(c[0] for c in calls),
        "patterns": len(calls),
        "slowest_patterns": [{"where": w, "ms": 1000 * s, "pattern_chars": n} for s, w, n in calls[:12]],
    }


if __name__ == "__main__":
    result = profile_import()
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        print(
            f"import {result['import_ms']:.1f} ms (regex.compile {result['compile_ms_total']:.1f} ms in "
            f"{result['patterns']} patterns); first parse() {result['first_parse_ms']:.1f} ms"
        )
        for row in result["slowest_patterns"]:
            print(f"{row['ms']:8.2f} ms  {row['where']}  ({row['pattern_chars']} chars)")
