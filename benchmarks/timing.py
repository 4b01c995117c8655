"""Timing helpers: min-of-N wall-clock timings, the least noisy estimate on a shared machine."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

__all__ = ["Measurement", "best_of"]


class Measurement(dict[str, Any]):
    """A JSON-ready dict: ``seconds`` (best of the repeats), ``chars``, ``items``, rates and repeats."""


def best_of(run: Callable[[], object], *, chars: int, items: int, repeat: int = 5, number: int = 1) -> Measurement:
    """Call *run* ``number`` times per repeat, *repeat* times; return the best repeat's rates.

    *chars* and *items* are what one call of *run* processes. The garbage collector is
    disabled inside a repeat (as :mod:`timeit` does) and run between repeats.
    """
    times: list[float] = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for _ in range(number):
                run()
            times.append((time.perf_counter() - start) / number)
        finally:
            gc.enable()
    best = min(times)
    return Measurement(
        seconds=best,
        median_seconds=sorted(times)[len(times) // 2],
        repeat=repeat,
        number=number,
        chars=chars,
        items=items,
        chars_per_s=chars / best if best > 0 else float("inf"),
        items_per_s=items / best if best > 0 else float("inf"),
        ns_per_char=1e9 * best / chars if chars else None,
    )
