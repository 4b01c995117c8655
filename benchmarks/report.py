"""Render a results dict of ``python -m benchmarks`` as Markdown tables, with the targets."""

from __future__ import annotations

from typing import Any

__all__ = ["render"]

TARGET_PARSE_MB_S = 1.0
TARGET_TIMES_RATIO = 20.0
TARGET_QUOTES_RATIO = 50.0
TARGET_IMPORT_MS = 100.0


def _mb(rate: float | None) -> str:
    if rate is None:
        return "-"
    mb = rate / 1e6
    return f"{mb:,.0f}" if mb >= 100 else f"{mb:.3g}"


def _ok(flag: bool) -> str:
    return "yes" if flag else "**NO**"


def _err(row: Any) -> str | None:
    return row.get("error") if isinstance(row, dict) and "error" in row else None


def _throughput(results: dict[str, Any]) -> list[str]:
    lines = [
        "### Throughput (one core, generated corpus)",
        "",
        f"{results['corpus']['stories']} stories, {results['corpus']['chars'] / 1e6:.2f} M characters; best of "
        f"{results['settings']['repeat']}.",
        "",
        "| function | input | MB/s (M chars/s) | items/s | target |",
        "|---|---|---:|---:|---|",
    ]
    inputs = {
        "parse": "whole story",
        "find_times": "whole story",
        "find_quotes": "whole story",
        "parse_dateline": "dateline paragraph",
        "parse_caption": "one caption",
        "parse_headline": "headline line",
        "parse_byline": "byline line",
    }
    for name, row in results["throughput"].items():
        if err := _err(row):
            lines.append(f"| `{name}` | {inputs.get(name, '')} | error: {err} | | |")
            continue
        target = ""
        if name == "parse":
            target = f">= {TARGET_PARSE_MB_S:g} MB/s: {_ok(row['chars_per_s'] >= TARGET_PARSE_MB_S * 1e6)}"
        elif name in {"find_times", "find_quotes"}:
            target = f">= 2 MB/s alone: {_ok(row['chars_per_s'] >= 2e6)}"
        lines.append(
            f"| `{name}` | {inputs.get(name, '')} | {_mb(row['chars_per_s'])} | {row['items_per_s']:,.0f} | {target} |"
        )
    return [*lines, ""]


def _peers(results: dict[str, Any]) -> list[str]:
    peers = results["peers"]
    ours = peers["newsparse"]
    lines = [
        "### Against the peers (same texts, same process)",
        "",
        f"{peers['stories']} stories, {peers['chars'] / 1e6:.3f} M characters.",
        "",
        "| task | newsparse | MB/s | peer | MB/s | ratio | target |",
        "|---|---|---:|---|---:|---:|---|",
    ]

    def row(task: str, our_name: str, peer_label: str, peer_row: Any, target: float | None) -> None:
        our = ours.get(our_name, {})
        if _err(our) or _err(peer_row) or not peer_row:
            lines.append(
                f"| {task} | `{our_name}` | | {peer_label} | | - | {_err(our) or _err(peer_row) or 'not run'} |"
            )
            return
        ratio = our["chars_per_s"] / peer_row["chars_per_s"]
        verdict = f">= {target:g}x: {_ok(ratio >= target)}" if target else ""
        lines.append(
            f"| {task} | `{our_name}` | {_mb(our['chars_per_s'])} | {peer_label} | {_mb(peer_row['chars_per_s'])} | "
            f"{ratio:,.1f}x | {verdict} |"
        )

    dp = peers["dateparser"]
    tx = peers["textacy"]
    if _err(dp):
        lines.append(f"| times | | | dateparser | | | {dp['error']} |")
    else:
        row("times", "find_times", "`search_dates(languages=['en'])`", dp.get("search_dates_en"), TARGET_TIMES_RATIO)
        row("times", "find_times", "`search_dates` (language detection)", dp.get("search_dates_default"), None)
    if _err(tx):
        lines.append(f"| quotes | | | textacy | | | {tx['error']} |")
    else:
        row(
            "quotes",
            "find_quotes",
            "spaCy sm + `direct_quotations`",
            tx.get("spacy_plus_direct_quotations"),
            TARGET_QUOTES_RATIO,
        )
        row("quotes", "find_quotes", "`direct_quotations` on parsed docs", tx.get("direct_quotations_only"), None)
        row("everything", "parse", "spaCy sm + `direct_quotations`", tx.get("spacy_plus_direct_quotations"), None)
    return [*lines, ""]


def _sizes(results: dict[str, Any]) -> list[str]:
    sizes = results["sizes"]
    all_sizes = sorted({int(s) for v in sizes.values() for s in v["by_size"]})
    head = " | ".join(f"{s / 1000:g} KB" if s < 1_000_000 else f"{s / 1e6:g} MB" for s in all_sizes)
    lines = [
        "### Cost against input size (ns per character; one text of each size)",
        "",
        f"| function | {head} | worst/best from 10 KB |",
        "|---|" + "---:|" * len(all_sizes) + "---:|",
    ]
    for name, data in sizes.items():
        cells = []
        for s in all_sizes:
            cell = data["by_size"].get(str(s), {})
            cells.append(
                f"{cell['ns_per_char']:.0f}"
                if "ns_per_char" in cell
                else ("skipped" if "skipped" in cell else "err" if "error" in cell else "-")
            )
        flat = data.get("flatness")
        lines.append(f"| `{name}` | {' | '.join(cells)} | {'-' if flat is None else f'{flat:.2f}'} |")
    return [*lines, ""]


def _import(results: dict[str, Any]) -> list[str]:
    imp = results["import"]
    cum = imp.get("importtime_cumulative_ms")
    lines = [
        "### Import time (fresh interpreter, min of runs)",
        "",
        f"- `python -X importtime` cumulative for `newsparse`, byte code cached: **{cum:.1f} ms** "
        f"(target < {TARGET_IMPORT_MS:g} ms: {_ok(cum is not None and cum < TARGET_IMPORT_MS)}); "
        f"without newsparse's byte code (compiled from source): {imp.get('importtime_cold_ms') or 0:.1f} ms"
        if cum is not None
        else "- importtime: not measured",
        "- wall time of `python -c 'import newsparse'` minus `python -c pass` (cached): "
        f"{imp['wall_minus_start_ms']:.1f} ms "
        f"(interpreter start {imp['interpreter_start_ms_min']:.1f} ms)",
        "- slowest modules (own time): "
        + ", ".join(f"`{m['module']}` {m['self_ms']:.1f} ms" for m in imp["slowest_self"][:6]),
    ]
    detail = imp.get("detail")
    if detail:
        lines.append(
            f"- `regex.compile` during import and first `parse()`: {detail['compile_ms_total']:.1f} ms for "
            f"{detail['patterns']} patterns; "
            "slowest: "
            + ", ".join(
                f"{p['where']} {p['ms']:.1f} ms ({p['pattern_chars']} chars)" for p in detail["slowest_patterns"][:4]
            )
        )
        lines.append(
            f"- first `parse()` after import (loads the parsers): {detail['first_parse_ms']:.1f} ms; "
            f"import + first parse: **{detail['import_ms'] + detail['first_parse_ms']:.1f} ms**"
        )
    lines.append("")
    return lines


def _batch(results: dict[str, Any]) -> list[str]:
    lines = ["### `newsparse batch`", ""]
    mem = results.get("batch_memory")
    if mem is not None:
        if _err(mem):
            lines.append(f"- memory: {mem['error']}")
        else:
            for label in ("small", "large"):
                r = mem.get(label, {})
                if "max_rss_mb" in r:
                    lines.append(
                        f"- `--jobs 1` over {r['stories']:,} stories ({r['input_mb']:.1f} MB): peak RSS "
                        f"{r['max_rss_mb']:.1f} MB, {r['seconds']:.1f} s, exit {r['exit_code']}"
                    )
                else:
                    lines.append(f"- {label}: {r.get('error')}")
            if "rss_ratio_large_over_small" in mem:
                ratio = mem["rss_ratio_large_over_small"]
                lines.append(
                    f"- peak memory ratio large/small: **{ratio:.2f}** for {mem['input_ratio']:.0f}x the input "
                    f"(flat: {_ok(ratio < 1.5)})"
                )
    jobs = results.get("jobs")
    if jobs is not None:
        if _err(jobs):
            lines.append(f"- jobs: {jobs['error']}")
        else:
            one, two = jobs["jobs1"], jobs["jobs2"]
            lines.append(
                f"- {jobs['stories']:,} stories ({jobs['input_mb']:.1f} MB): `--jobs 1` {one['seconds']:.1f} s "
                f"({one['mb_per_s']:.2f} MB/s), `--jobs 2` {two['seconds']:.1f} s ({two['mb_per_s']:.2f} MB/s): "
                f"speed-up **{jobs['speedup']:.2f}x** on {jobs['cpu_count']} cores; "
                + (
                    f"identical output: {_ok(jobs['same_output'])}"
                    if jobs.get("same_output") is not None
                    else "output not compared (the source was edited during every round)"
                )
            )
            if "cpu_overhead" in jobs:
                load = jobs["loadavg_start"][0], jobs["loadavg_end"][0]
                lines.append(
                    f"- CPU seconds (workers included): `--jobs 1` {one['min_cpu_seconds']:.1f}, `--jobs 2` "
                    f"{two['min_cpu_seconds']:.1f} (x{jobs['cpu_overhead']:.2f}): on two free cores the speed-up "
                    f"would be about **{jobs['speedup_on_free_cores']:.2f}x**; load average {load[0]:.1f} before, "
                    f"{load[1]:.1f} after (above 0 the cores were shared with other work)"
                )
    return [*lines, ""]


def _profile(results: dict[str, Any]) -> list[str]:
    lines = ["### Where parse() spends its time", "", "| step | share | MB/s alone |", "|---|---:|---:|"]
    for step, row in results.get("breakdown", {}).items():
        alone = row["mb_per_s_alone"]
        lines.append(f"| {step} | {100 * row['share']:.1f}% | {'-' if alone is None else f'{alone:.2f}'} |")
    lines += ["", "| hot function (own time) | where | calls | share |", "|---|---|---:|---:|"]
    for row in results.get("profile", [])[:15]:
        lines.append(f"| `{row['function']}` | {row['where']} | {row['calls']:,} | {100 * row['share']:.1f}% |")
    return [*lines, ""]


def render(results: dict[str, Any]) -> str:
    """The Markdown report of one run."""
    c = results["conditions"]
    lines = [
        f"## newsparse benchmarks ({c['when_utc']} UTC, commit {c['commit']})",
        "",
        f"Python {c['python']} on {c['platform']}, {c['cpu_count']} cores; load average "
        f"{c['loadavg_start'][0]:.2f} at start, {c.get('loadavg_end', (float('nan'),))[0]:.2f} at end. "
        "Peers: " + ", ".join(f"{k} {v}" for k, v in c["peers"].items() if v) + ".",
        "",
    ]
    sections = (
        ("throughput", _throughput),
        ("peers", _peers),
        ("sizes", _sizes),
        ("import", _import),
        ("batch_memory", _batch),
        ("breakdown", _profile),
    )
    for key, section in sections:
        if key not in results and not (key == "batch_memory" and "jobs" in results):
            continue
        failed = [k for k in (key, "jobs", "profile") if isinstance(results.get(k), dict) and "error" in results[k]]
        if key in failed or (key == "breakdown" and "profile" in failed):
            lines += [f"### {key}: failed", "", f"{results[failed[0]]['error']}", ""]
            continue
        lines += section(results)
    return "\n".join(lines)
