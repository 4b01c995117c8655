"""Cost against input size, import time, and ``newsparse batch``'s memory and parallel speed-up.

* :func:`measure_sizes`: one text of 1 KB ... 10 MB through ``parse``, ``find_times`` and
  ``find_quotes``; nanoseconds per character must stay flat (linear cost).
* :func:`measure_import`: ``import newsparse`` in fresh interpreters, min of N, with
  ``python -X importtime``'s cumulative figure and the slowest modules.
* :func:`measure_batch_memory`: peak resident memory (``ru_maxrss`` of the child, from
  ``os.wait4``) of ``newsparse batch`` over a small and a large JSONL file: it must stream.
* :func:`measure_jobs`: wall time of ``batch --jobs 1`` against ``--jobs 2``; output compared.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .corpus import iter_corpus, text_of_size, write_jsonl
from .timing import best_of

__all__ = ["batch_command", "measure_batch_memory", "measure_import", "measure_jobs", "measure_sizes"]

SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)


def measure_sizes(
    sizes: Sequence[int] = SIZES,
    functions: Sequence[str] = ("parse", "find_times", "find_quotes"),
    *,
    budget: float = 60.0,
) -> dict[str, Any]:
    """ns/char for each function at each size; a size is skipped when the previous one predicts > *budget* s."""
    import newsparse

    published = "2024-03-18"
    calls: dict[str, Callable[[str], object]] = {
        "parse": lambda text: newsparse.parse(text, published=published),
        "find_times": lambda text: newsparse.find_times(text, published=published),
        "find_quotes": newsparse.find_quotes,
    }
    out: dict[str, Any] = {}
    for name in functions:
        call = calls[name]
        rows: dict[str, Any] = {}
        last_rate: float | None = None
        growth = 1.0  # how much the cost per character grew between the last two sizes
        for size in sizes:
            if last_rate is not None and size / last_rate * growth > budget:
                predicted = size / last_rate * growth
                rows[str(size)] = {"skipped": f"predicted {predicted:.0f} s > budget {budget:.0f} s"}
                continue
            text = text_of_size(size, seed=size)
            number = max(1, 200_000 // size)
            repeat = 5 if size <= 100_000 else 3 if size <= 1_000_000 else 1
            try:
                call(text)
                m = best_of(functools.partial(call, text), chars=size, items=1, repeat=repeat, number=number)
            except Exception as exc:
                rows[str(size)] = {"error": f"{type(exc).__name__}: {exc}"}
                break
            rows[str(size)] = m
            if last_rate is not None:
                growth = max(1.0, last_rate / m["chars_per_s"])
            last_rate = m["chars_per_s"]
        costs = [r["ns_per_char"] for s, r in rows.items() if "ns_per_char" in r and int(s) >= 10_000]
        out[name] = {
            "by_size": rows,
            # flatness: worst over best per-character cost from 10 KB up (1 KB is dominated by call overhead)
            "flatness": max(costs) / min(costs) if len(costs) >= 2 and min(costs) > 0 else None,
        }
    return out


def _importtime(python: str, env: dict[str, str]) -> list[tuple[int, int, str]]:
    """``python -X importtime -c "import newsparse"``: (self us, cumulative us, module) rows."""
    proc = subprocess.run(
        [python, "-X", "importtime", "-c", "import newsparse"], capture_output=True, text=True, check=True, env=env
    )
    table: list[tuple[int, int, str]] = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[len("import time:") :].split("|"))
        table.append((int(self_us), int(cumulative_us), name))
    return table


def measure_import(python: str = sys.executable, runs: int = 7) -> dict[str, Any]:
    """Import time of newsparse in fresh interpreters (min of *runs*), and the slowest modules.

    Measured *warm* (byte code cached, as after ``pip install``, which compiles it) and *cold*
    (no byte code: every module compiled from source, as with ``PYTHONDONTWRITEBYTECODE=1``,
    which this sandbox sets). The target applies to the warm figure, what users get.
    """
    with tempfile.TemporaryDirectory(prefix="newsparse-pycache-") as cache:
        warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        warm_env["PYTHONPYCACHEPREFIX"] = cache  # keep byte code out of the source tree
        # cold: the installed packages' byte code as usual, none for newsparse's own modules (the sandbox case)
        cold_env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"} | {
            "PYTHONDONTWRITEBYTECODE": "1"
        }
        subprocess.run([python, "-c", "import newsparse"], check=True, env=warm_env)  # writes the byte code
        best: dict[str, tuple[int, list[tuple[int, int, str]]]] = {}
        walls: list[float] = []
        baseline: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([python, "-c", "pass"], check=True, env=warm_env)
            baseline.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([python, "-c", "import newsparse"], check=True, env=warm_env)
            walls.append(time.perf_counter() - start)
            for label, env in (("warm", warm_env), ("cold", cold_env)):
                table = _importtime(python, env)
                top = next((c for _, c, n in table if n == "newsparse"), None)
                if top is not None and (label not in best or top < best[label][0]):
                    best[label] = (top, table)
        root = Path(__file__).resolve().parent.parent
        detail: dict[str, Any] | None = None
        for _ in range(3):
            proc = subprocess.run(
                [python, "-m", "benchmarks.imports", "--json"],
                cwd=root,
                capture_output=True,
                text=True,
                check=False,
                env=warm_env,
            )
            if proc.returncode == 0:
                this = json.loads(proc.stdout)
                if detail is None or this["import_ms"] < detail["import_ms"]:
                    detail = this
    warm_table = best["warm"][1] if "warm" in best else []
    slowest = sorted(warm_table, key=lambda row: -row[0])[:15]
    return {
        "importtime_cumulative_ms": best["warm"][0] / 1000 if "warm" in best else None,
        "importtime_cold_ms": best["cold"][0] / 1000 if "cold" in best else None,
        "wall_ms_min": 1000 * min(walls),
        "interpreter_start_ms_min": 1000 * min(baseline),
        "wall_minus_start_ms": 1000 * (min(walls) - min(baseline)),
        "slowest_self": [{"module": n.strip(), "self_ms": s / 1000, "cumulative_ms": c / 1000} for s, c, n in slowest],
        "runs": runs,
        "detail": detail,
    }


def batch_command(python: str, *args: str) -> list[str]:
    """The ``newsparse batch`` command line, as the console script runs it."""
    return [python, "-c", "import sys; from newsparse._cli import main; sys.exit(main())", "batch", *args]


_LAUNCHER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "p.returncode = os.waitstatus_to_exitcode(status)\n"
    "print(p.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
)


def _run_measured(cmd: list[str]) -> dict[str, Any]:
    """Run *cmd*; wall time, exit code, peak RSS and CPU seconds of the child (and its waited-for children)."""
    # A small launcher forks the command: a child forked from this (large) process would count
    # this process's memory in its ru_maxrss until it execs.
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], capture_output=True, check=False)
    err = proc.stderr
    code, maxrss_kb, cpu = proc.stdout.split()
    proc.returncode = int(code)
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": float(cpu),  # user + system, the pool's workers included (they are waited for)
        "exit_code": proc.returncode,
        "max_rss_mb": int(maxrss_kb) / 1024,  # Linux: kilobytes
        "stderr_tail": err.decode("utf-8", "replace")[-400:] if proc.returncode not in (0, 1) else "",
    }


def _source_digest() -> str:
    """A digest of newsparse's source files: tells whether the package was edited during a measurement."""
    import hashlib

    import newsparse

    digest = hashlib.sha1(usedforsecurity=False)
    for source in sorted(Path(newsparse.__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _have_batch(python: str) -> str | None:
    """None when ``newsparse._batch``/``_cli`` import, else why not."""
    proc = subprocess.run(
        [python, "-c", "import newsparse._cli, newsparse._batch"], capture_output=True, text=True, check=False
    )
    return None if proc.returncode == 0 else proc.stderr.strip().splitlines()[-1]


def measure_batch_memory(
    workdir: Path, python: str = sys.executable, small: int = 200, large: int = 8_000
) -> dict[str, Any]:
    """Peak RSS of ``batch --jobs 1`` over *small* and *large* stories: flat when it streams."""
    missing = _have_batch(python)
    if missing:
        return {"error": f"newsparse batch not available: {missing}"}
    out: dict[str, Any] = {}
    for label, n in (("small", small), ("large", large)):
        path = workdir / f"batch-{label}.jsonl"
        size = write_jsonl(path, iter_corpus(n, seed=7))
        try:
            result = _run_measured(
                batch_command(python, str(path), "-o", str(workdir / f"out-{label}.jsonl"), "--jobs", "1")
            )
        except Exception as exc:
            out[label] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=2)}
            continue
        out[label] = {"stories": n, "input_mb": size / 1e6, **result}
    if "max_rss_mb" in out.get("small", {}) and "max_rss_mb" in out.get("large", {}):
        out["rss_ratio_large_over_small"] = out["large"]["max_rss_mb"] / out["small"]["max_rss_mb"]
        out["input_ratio"] = out["large"]["input_mb"] / out["small"]["input_mb"]
    return out


def measure_jobs(workdir: Path, python: str = sys.executable, stories: int = 2_000, repeat: int = 3) -> dict[str, Any]:
    """``batch --jobs 1`` against ``--jobs 2`` on the same file: best wall time of *repeat*, same output.

    The runs alternate (1, 2, 1, 2, ...) so a change in the machine's load hits both alike. Besides
    the wall-clock speed-up, the CPU seconds of each run (workers included) give the work the
    parallel run adds: ``cpu_overhead`` is ``--jobs 2``'s CPU over ``--jobs 1``'s, and
    ``speedup_on_free_cores`` the speed-up two idle cores would give at that overhead
    (``2 / cpu_overhead``). The load average before and after says how idle the cores were.
    """
    missing = _have_batch(python)
    if missing:
        return {"error": f"newsparse batch not available: {missing}"}
    path = workdir / "batch-jobs.jsonl"
    size = write_jsonl(path, iter_corpus(stories, seed=11))
    out: dict[str, Any] = {
        "stories": stories,
        "input_mb": size / 1e6,
        "cpu_count": os.cpu_count(),
        "loadavg_start": os.getloadavg(),
    }
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    compared: list[bool] = []  # per round whose source did not change: same output from both runs
    for _ in range(repeat):
        before = _source_digest()
        outputs: dict[int, bytes] = {}
        for jobs in (1, 2):
            target = workdir / f"out-jobs{jobs}.jsonl"
            runs[jobs].append(_run_measured(batch_command(python, str(path), "-o", str(target), "--jobs", str(jobs))))
            outputs[jobs] = target.read_bytes() if target.exists() else b""
        both_ok = runs[1][-1]["exit_code"] == runs[2][-1]["exit_code"] == 0
        if both_ok and _source_digest() == before:  # an edit of the package between the runs changes the output
            compared.append(outputs[1] == outputs[2] and bool(outputs[1]))
    # A run with error lines (exit code 1) parsed nothing: a package caught mid-edit fails on
    # every story, fast. Only clean runs are timed.
    for jobs in (1, 2):
        clean = [r for r in runs[jobs] if r["exit_code"] == 0]
        if not clean:
            return {
                **out,
                "error": f"every --jobs {jobs} run failed: exit codes {[r['exit_code'] for r in runs[jobs]]}",
            }
        out[f"failed_runs_jobs{jobs}"] = len(runs[jobs]) - len(clean)
        runs[jobs] = clean
    for jobs in (1, 2):
        best = min(runs[jobs], key=lambda r: r["seconds"])
        out[f"jobs{jobs}"] = {
            **best,
            "mb_per_s": size / 1e6 / best["seconds"],
            "all_seconds": [r["seconds"] for r in runs[jobs]],
            "min_cpu_seconds": min(r["cpu_seconds"] for r in runs[jobs]),
        }
    out["loadavg_end"] = os.getloadavg()
    out["speedup"] = out["jobs1"]["seconds"] / out["jobs2"]["seconds"]
    out["cpu_overhead"] = out["jobs2"]["min_cpu_seconds"] / out["jobs1"]["min_cpu_seconds"]
    out["speedup_on_free_cores"] = 2 / out["cpu_overhead"]
    out["same_output"] = all(compared) if compared else None
    out["rounds_compared"] = len(compared)
    return out
