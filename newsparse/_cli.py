"""The ``newsparse`` command line.

::

    newsparse FILE [--published YYYY-MM-DD] [--format json|text]   one story; FILE or - for stdin
    newsparse batch IN.jsonl [-o OUT.jsonl] [--jobs N]             many stories, one JSON object a line
    newsparse demo [--format text|json]                            the bundled sample story, parsed

Exit codes: 0 success; 1 some input could not be parsed (batch lines with an ``error``
record, a story that is not UTF-8); 2 usage errors (bad options, a missing input file);
130 interrupted (Ctrl-C), after writing a valid JSONL prefix.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import IO, Any, Final

from ._args import coerce_published
from ._model import Article

__all__ = ["DEMO_PUBLISHED", "main"]

#: The publication date the demo story is parsed with (a Tuesday, the day of its vote).
DEMO_PUBLISHED: Final = "2026-03-10"

_EXIT_OK: Final = 0
_EXIT_FAILED: Final = 1
_EXIT_USAGE: Final = 2
_EXIT_INTERRUPTED: Final = 130

_COMMANDS: Final = ("batch", "demo")


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415  (lazy: only for --version)

    return version("newsparse")


def _published_arg(value: str) -> str:
    try:
        coerce_published(value, "--published")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _jobs_arg(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs must be a whole number, not {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs must be at least 1, not {jobs}")
    return jobs


def _add_format(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default=default,
        help=f"json: the Article as JSON; text: a readable outline (default: {default})",
    )


def _story_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        usage=(
            "newsparse [-h] [--version] FILE [--published DATE] [--format {json,text}]\n"
            "       newsparse batch IN.jsonl [-o OUT.jsonl] [--jobs N]\n"
            "       newsparse demo [--format {text,json}]"
        ),
        description="Parse the plain text of a news story into its structure: headline, captions, "
        "byline, dateline, quotes with speakers, and dates resolved against the publication date.",
        epilog="Commands: 'newsparse batch -h' and 'newsparse demo -h' for more. "
        "Exit codes: 0 ok, 1 some input failed, 2 usage, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("file", metavar="FILE", help="the story as UTF-8 text, or - for standard input")
    parser.add_argument(
        "--published",
        metavar="DATE",
        type=_published_arg,
        help="publication date (ISO, e.g. 2024-03-18) that relative dates are resolved against",
    )
    _add_format(parser, "json")
    return parser


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse batch",
        description='Parse many stories: one JSON object a line, {"id": ..., "text": ..., "published": ...}. '
        'Writes one line per input line, in input order: {"id": ..., "article": {...}} or '
        '{"id": ..., "error": {"type": ..., "message": ...}}.',
        epilog="Exit codes: 0 every line parsed, 1 some lines have an error record, 2 usage, 130 interrupted.",
    )
    parser.add_argument("input", metavar="IN.jsonl", help="the input file, or - for standard input")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="the output file (default: standard output)")
    parser.add_argument("--jobs", "-j", type=_jobs_arg, default=1, metavar="N", help="worker processes (default: 1)")
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse demo",
        description=f"Parse a bundled, invented wire story (published {DEMO_PUBLISHED}) and print its structure.",
    )
    _add_format(parser, "text")
    parser.add_argument("--show-text", action="store_true", help="print the story itself first")
    return parser


def _write(stream: IO[str], text: str) -> None:
    """Write *text* as UTF-8 whatever the locale says (the text may hold any character)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8", "backslashreplace"))
        buffer.flush()
    else:
        stream.write(text)
        stream.flush()


def _render(article: Article, fmt: str) -> str:
    if fmt == "text":
        from ._outline import format_outline  # noqa: PLC0415

        return format_outline(article)
    data = article.to_dict()
    try:
        return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8").decode("utf-8") + "\n"
    except UnicodeEncodeError:  # lone surrogates in the text: escape them
        return json.dumps(data, indent=2) + "\n"


def _fail(prog: str, message: str, code: int) -> int:
    _write(sys.stderr, f"{prog}: error: {message}\n")
    return code


def _run_story(argv: Sequence[str]) -> int:
    args = _story_parser().parse_args(argv)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        return _fail("newsparse", f"cannot read {args.file!r}: {exc.strerror or exc}", _EXIT_USAGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _fail("newsparse", f"{args.file!r} is not UTF-8 text: {exc}", _EXIT_FAILED)
    from ._pipeline import parse  # noqa: PLC0415

    _write(sys.stdout, _render(parse(text, published=args.published), args.format))
    return _EXIT_OK


def _run_demo(argv: Sequence[str]) -> int:
    args = _demo_parser().parse_args(argv)
    from importlib.resources import files  # noqa: PLC0415

    from ._pipeline import parse  # noqa: PLC0415

    text = files("newsparse").joinpath("data", "demo_story.txt").read_text(encoding="utf-8")
    if args.show_text:
        _write(sys.stdout, text + "\n" + "-" * 100 + "\n")
    _write(sys.stdout, _render(parse(text, published=DEMO_PUBLISHED), args.format))
    return _EXIT_OK


def _progress_printer(stream: IO[str], total: int | None, source: IO[bytes]) -> Callable[[Any], None]:
    last = 0.0

    def show(stats: Any) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last < 0.2:
            return
        last = now
        done = ""
        if total:
            try:
                done = f" {100 * source.tell() / total:5.1f}%"
            except (OSError, ValueError):
                done = ""
        stream.write(f"\rnewsparse batch:{done} {stats.lines:,} lines, {stats.errors:,} errors ")
        stream.flush()

    return show


def _run_batch(argv: Sequence[str]) -> int:
    from ._batch import BatchStats, run_batch  # noqa: PLC0415

    args = _batch_parser().parse_args(argv)
    try:
        source: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        return _fail("newsparse batch", f"cannot read {args.input!r}: {exc.strerror or exc}", _EXIT_USAGE)
    try:
        try:
            sink: IO[bytes] = sys.stdout.buffer if args.output is None else open(args.output, "wb")  # noqa: SIM115
        except OSError as exc:
            return _fail("newsparse batch", f"cannot write {args.output!r}: {exc.strerror or exc}", _EXIT_USAGE)
        progress = None
        if sys.stderr.isatty():
            total = None
            if source is not sys.stdin.buffer:
                total = os.fstat(source.fileno()).st_size or None
            progress = _progress_printer(sys.stderr, total, source)
        stats = BatchStats()
        try:
            stats = run_batch(source, sink, jobs=args.jobs, progress=progress)
        except KeyboardInterrupt:
            if progress is not None:
                sys.stderr.write("\n")
            return _fail(
                "newsparse batch", "interrupted; the output so far is complete up to its last line", _EXIT_INTERRUPTED
            )
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
            return _EXIT_FAILED
        finally:
            if sink is not sys.stdout.buffer:
                sink.close()
        if progress is not None:
            sys.stderr.write(f"\rnewsparse batch: {stats.lines:,} lines, {stats.errors:,} errors{' ' * 10}\n")
        return _EXIT_FAILED if stats.errors else _EXIT_OK
    finally:
        if source is not sys.stdin.buffer:
            source.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "batch":
            return _run_batch(args[1:])
        if args and args[0] == "demo":
            return _run_demo(args[1:])
        return _run_story(args)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else _EXIT_USAGE
    except KeyboardInterrupt:
        _write(sys.stderr, "newsparse: interrupted\n")
        return _EXIT_INTERRUPTED
