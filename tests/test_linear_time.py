"""No catastrophic backtracking: every public function's cost grows linearly with hostile input.

Each family below is one pattern repeated to 10 KB and to 100 KB (thousands of quote marks,
commas, capitalised words, digits, dashes, weekday names, "said", nested quotes, "By By By",
"(AP) (AP)", "FILE - FILE -", long runs without spaces ...). For every public function the
100 KB run may take at most ``RATIO`` times the 10 KB run (linear is about 10; quadratic
would be about 100; exponential never finishes, so each call also has a time limit). Times
are the minimum of 3 runs of ``time.thread_time`` (the CPU time of the calling thread, so
other processes on a busy machine do not inflate the long run); no wall-clock bound is asserted.

Print the figures with ``python tests/test_linear_time.py``.
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final

import pytest

import newsparse

#: 100 KB may cost at most this many times 10 KB (generous: linear is about 10).
RATIO: Final = 25.0
#: Below this (seconds), timer noise dominates: 100 KB in 25 ms is fast whatever the growth.
FLOOR: Final = 0.001
#: Any single call longer than this is catastrophic whatever the ratio (100 KB at 10 KB/s).
CALL_LIMIT: Final = 10.0
SMALL: Final = 10_000
LARGE: Final = 100_000

#: Family name -> the unit repeated (cut to the exact size).
FAMILIES: Final = {
    "curly-open-quotes": "“",
    "curly-quote-pairs": "“”",
    "straight-double-quotes": '"',
    "apostrophes": "'",
    "single-curly-pairs": "‘’",
    "every-quote-mark": "“”\"'‘’«»„",
    "nested-quotes": "“a ‘b “c ‘d ",
    "open-quotes-with-words": "“word ",
    "quote-said-repeated": "“Yes,” he said. ",
    "commas": ",",
    "comma-space": ", ",
    "capitalised-words": "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet ",
    "capitalised-no-period": "Mr Jones Smith ",
    "upper-case-names": "TAREK VILLANUEVA ",
    "title-abbreviations": "Col. Gen. Dr. Sen. ",
    "initials": "A. B. C. ",
    "digits": "1",
    "digits-spaced": "12 ",
    "digit-commas": "1,",
    "iso-dates": "2024-03-18 ",
    "clock-times": "3:30 p.m. ",
    "colons": "1:",
    "dashes-em": "—",
    "dashes-hyphen": "-",
    "dash-spaced": " — ",
    "weekday-names": "Monday ",
    "weekday-list": "Monday, Tuesday, ",
    "month-day": "March 18, ",
    "relative-times": "last week ",
    "said-repeated": "said ",
    "according-to": "according to ",
    "by-by-by": "By ",
    "by-and-and": "By Ana and ",
    "agency-markers": "(AP) ",
    "dateline-heads": "KANSAS CITY, Mo. (AP) — ",
    "file-file": "FILE - ",
    "photo-credits": "(AP Photo/",
    "reuters-credits": "REUTERS/",
    "pipes": " | ",
    "parentheses-open": "(",
    "parentheses-mixed": ")(",
    "periods": ".",
    "letters-no-spaces": "a",
    "upper-no-spaces": "A",
    "mixed-no-spaces": "aB3.",
    "spaces": " ",
    "newlines": "\n",
    "blank-lines": "\n\n",
    "carriage-returns": "\r",
    "newline-space-newline": "\n \n",
    "one-character-lines": "a\n",
    "sentence-lines": "One.\n",
    "indented-lines": "  x\n",
    "wire-wrapped-lines": "the water board voted on Monday to delay the barrier by a year and\n",
    "tabs-and-spaces": " \t",
    "zero-width": "\u200b",
    "combining-marks": "e\u0301",
    "surrogates": "\ud800",
}

FUNCTIONS: Final = (
    "parse",
    "find_times",
    "find_quotes",
    "parse_dateline",
    "parse_byline",
    "parse_caption",
    "parse_headline",
    "resolve_time",
)

PUBLISHED: Final = "2024-03-18"


def make(unit: str, size: int) -> str:
    """*unit* repeated to exactly *size* characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _function(name: str) -> Callable[[str], Any]:
    function: Callable[..., Any] = getattr(newsparse, name)
    if name in {"parse", "find_times", "parse_dateline", "parse_caption", "resolve_time"}:
        return lambda text: function(text, published=PUBLISHED)
    return function


class CatastrophicError(AssertionError):
    """A call ran past :data:`CALL_LIMIT`."""


@contextmanager
def _limit(seconds: float, what: str) -> Iterator[None]:
    """Interrupt a call that runs past *seconds* (where the platform has SIGALRM)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise CatastrophicError(f"{what} did not finish in {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(function: Callable[[str], Any], text: str, what: str) -> float:
    """Seconds one call of *function* on *text* takes."""
    with _limit(CALL_LIMIT, what):
        start = time.thread_time()
        function(text)
        return time.thread_time() - start


def measure(name: str, family: str, *, early_exit: bool = True) -> tuple[float, float]:
    """(10 KB time, 100 KB time), each the minimum of 3 runs.

    With *early_exit*, the 100 KB runs stop as soon as one is within the bound (the minimum
    can only go down), which keeps the suite fast; a pair out of bound is measured once
    more, 3 runs each, so a busy machine does not fail the test.
    """
    function = _function(name)
    unit = FAMILIES[family]
    small, large = make(unit, SMALL), make(unit, LARGE)
    t_small = t_large = float("inf")
    for _attempt in range(2 if early_exit else 1):
        t_small = min(t_small, *(timed(function, small, f"{name} on 10 KB of {family}") for _ in range(3)))
        for _ in range(3):
            t_large = min(t_large, timed(function, large, f"{name} on 100 KB of {family}"))
            if early_exit and t_large <= RATIO * max(t_small, FLOOR):
                return t_small, t_large
    return t_small, t_large


@pytest.mark.slow
@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("name", FUNCTIONS)
def test_cost_grows_linearly(name: str, family: str) -> None:
    t_small, t_large = measure(name, family)
    assert t_large <= RATIO * max(t_small, FLOOR), (
        f"{name} on {family}: 10 KB took {t_small * 1000:.2f} ms, 100 KB took {t_large * 1000:.2f} ms "
        f"(x{t_large / max(t_small, 1e-9):.0f}; linear is about x10)"
    )


def main() -> int:
    """Print the 10 KB and 100 KB times of every function on every family (min of 3)."""
    print(f"{'function':<15} {'family':<24} {'10 KB ms':>9} {'100 KB ms':>10} {'ratio':>6}")
    worst = 0.0
    for name in FUNCTIONS:
        for family in sorted(FAMILIES):
            t_small, t_large = measure(name, family, early_exit=False)
            ratio = t_large / max(t_small, 1e-9)
            worst = max(worst, t_large / max(t_small, FLOOR))
            print(f"{name:<15} {family:<24} {t_small * 1000:9.2f} {t_large * 1000:10.2f} {ratio:6.1f}")
    print(f"worst floored ratio: {worst:.1f} (bound {RATIO:g})")
    return 0 if worst <= RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
