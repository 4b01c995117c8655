"""Batch processing: one JSONL line in, one JSONL line out, never a line dropped.

The unit of work is :func:`process_line` (a line of text or bytes -> an output line without
its newline) built on :func:`process_record` (a decoded JSON value -> the output record as a
``dict``). Both are plain top-level functions, so they pickle: ``newsparse batch``, a
``multiprocessing`` pool, Dask or Spark can all map them over lines.

An input line is a JSON object ``{"id": ..., "text": ..., "published": ...}``. The output
line is ``{"id": ..., "article": {...}}``, or ``{"id": ..., "error": {"type": ..., "message":
...}}`` when the line could not be parsed: invalid UTF-8, malformed JSON, a value that is
not an object, a missing or non-string ``text``, an invalid ``published``, a line over
:data:`MAX_LINE_BYTES`. The ``id`` of a broken line is recovered from its first bytes when
it can be, else it is ``null``.

:func:`run_batch` streams a binary input to a binary output, one line at a time (memory
stays flat however large the file), optionally over several worker processes, writing and
flushing every output line in input order, so an interrupted run leaves a valid JSONL prefix.
"""

from __future__ import annotations

import json
import signal
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.pool import AsyncResult
from typing import IO, Any, Final

import attrs
import regex

from ._pipeline import parse

__all__ = ["MAX_LINE_BYTES", "BatchStats", "process_line", "process_record", "run_batch"]

#: Lines longer than this (in UTF-8 bytes) are not parsed: they get an error record.
MAX_LINE_BYTES: Final = 16 * 1024 * 1024
#: POSIX lets a thread hold back SIGINT while it writes a line (Windows does not).
_CAN_BLOCK_SIGINT: Final = hasattr(signal, "pthread_sigmask")

#: How many bytes at the start of a broken line are searched for its ``"id"``.
_ID_SNIFF_BYTES: Final = 4096

#: ``{"id": "..."`` or ``{"id": 123`` at the very start of a line (bounded: linear time).
_LEADING_ID: Final = regex.compile(
    r"""
    \A \s{0,64}+ \{ \s{0,64}+ "id" \s{0,64}+ : \s{0,64}+
    (?P<id>
        " (?: [^"\\\n]++ | \\. ){0,512}+ "     # a JSON string
      | -? \d{1,40}+                          # or an integer
    )
    """,
    regex.VERBOSE,
)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _loads(line: str) -> Any:
    return json.loads(line, parse_constant=_reject_constant)


def _error(record_id: Any, kind: str, message: str) -> dict[str, Any]:
    return {"id": record_id, "error": {"type": kind, "message": message}}


def _sniff_id(head: str) -> Any:
    """The ``id`` at the start of a line that cannot be decoded or parsed as a whole, or None."""
    match = _LEADING_ID.match(head[:_ID_SNIFF_BYTES])
    if match is None:
        return None
    try:
        return _loads(match["id"])
    except ValueError:
        return None


def process_record(obj: object) -> dict[str, Any]:
    """Parse one decoded JSONL record and return the output record.

    *obj* is what ``json.loads`` gave for one input line. The result is
    ``{"id": ..., "article": article.to_dict()}``, or ``{"id": ..., "error": {"type": ...,
    "message": ...}}`` when *obj* is not an object, has no string ``text``, has an invalid
    ``published``, or the parse failed. It never raises for bad records.
    """
    record_id = obj.get("id") if isinstance(obj, dict) else None
    try:
        if not isinstance(obj, dict):
            raise TypeError(f"each line must be a JSON object with a 'text' field, not a JSON {_json_kind(obj)}")
        if "text" not in obj:
            raise ValueError("the record has no 'text' field")
        article = parse(obj["text"], published=obj.get("published"))
        return {"id": record_id, "article": article.to_dict()}
    except Exception as exc:  # every record gets an output line: report, never raise
        return _error(record_id, type(exc).__name__, str(exc))


def _json_kind(obj: object) -> str:
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "boolean"
    if isinstance(obj, (int, float)):
        return "number"
    if isinstance(obj, str):
        return "string"
    if isinstance(obj, list):
        return "array"
    return type(obj).__name__


def _render(record: dict[str, Any]) -> str:
    """One output line (no newline), always valid JSON and always encodable as UTF-8."""
    try:
        line = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:  # an id that JSON cannot hold (only from Python callers)
        line = json.dumps(_error(None, type(exc).__name__, f"cannot write the record as JSON: {exc}"))
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (from "\ud800" escapes): escape everything
            line = json.dumps(record, ensure_ascii=True, allow_nan=False)
    return line


def _too_long(size: int, head: bytes) -> dict[str, Any]:
    return _error(
        _sniff_id(head[:_ID_SNIFF_BYTES].decode("utf-8", "replace")),
        "LineTooLong",
        f"the line is {size:,} bytes, over the limit of {MAX_LINE_BYTES:,}",
    )


def _record_for_line(line: str | bytes) -> dict[str, Any]:
    if isinstance(line, (bytes, bytearray, memoryview)):
        raw = bytes(line)
        if len(raw) > MAX_LINE_BYTES:
            return _too_long(len(raw), raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = raw[:_ID_SNIFF_BYTES].decode("utf-8", "replace")
            return _error(_sniff_id(head), "UnicodeDecodeError", f"the line is not valid UTF-8: {exc}")
    elif isinstance(line, str):
        text = line
        if len(text) * 4 > MAX_LINE_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_LINE_BYTES:
            return _too_long(
                len(text.encode("utf-8", "surrogatepass")), text[:_ID_SNIFF_BYTES].encode("utf-8", "replace")
            )
    else:
        return _error(None, "TypeError", f"line must be str or bytes, not {type(line).__name__}")
    try:
        obj = _loads(text)
    except (ValueError, RecursionError) as exc:
        return _error(_sniff_id(text), type(exc).__name__, f"the line is not valid JSON: {exc}")
    return process_record(obj)


def process_line(line: str | bytes) -> str:
    """Turn one JSONL input line into one JSONL output line (without the trailing newline).

    *line* may be ``str`` or UTF-8 ``bytes``, with or without its line ending. The output
    is exactly the line ``newsparse batch`` writes for it: ``{"id": ..., "article": ...}`` or
    ``{"id": ..., "error": ...}``. It never raises for bad input.
    """
    return _render(_record_for_line(line))


# --- streaming -------------------------------------------------------------------------------


@attrs.frozen
class BatchStats:
    """What a :func:`run_batch` call wrote: output lines, and how many of them are errors."""

    lines: int = 0
    errors: int = 0


class _Rendered(bytes):
    """An output line already made by the reader (a line too long to read): passed through."""


def _work(item: bytes) -> tuple[bytes, bool]:
    """One input line (bytes) -> (the output line with its newline, whether it is an error)."""
    if isinstance(item, _Rendered):
        return bytes(item), True
    record = _record_for_line(item)
    return (_render(record) + "\n").encode("utf-8"), "error" in record


def _work_chunk(items: list[bytes]) -> list[tuple[bytes, bool]]:
    return [_work(item) for item in items]


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it stops the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def iter_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """Yield the lines of a binary stream, holding at most *limit* bytes of one line.

    A longer line is skipped in pieces and yields an error output line instead (marked so
    the workers pass it through).
    """
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            head, size = line[:_ID_SNIFF_BYTES], len(line)
            while True:
                more = stream.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    size -= more.endswith(b"\n")  # the line ending is not part of the line
                    break
            record = _too_long(size, head)
            yield _Rendered((_render(record) + "\n").encode("utf-8"))
            continue
        yield line


def _write_whole_line(sink: IO[bytes], out: bytes) -> None:
    """Write and flush one output line; a Ctrl-C that arrives meanwhile takes effect after it.

    SIGINT is blocked for the write (where the platform can), so an interrupted run never
    leaves half a line, however slow the output (a full pipe, a slow disk).
    """
    if not _CAN_BLOCK_SIGINT:
        sink.write(out)
        sink.flush()
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        sink.write(out)
        sink.flush()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def run_batch(
    source: IO[bytes],
    sink: IO[bytes],
    *,
    jobs: int = 1,
    chunksize: int = 8,
    progress: Callable[[BatchStats], None] | None = None,
) -> BatchStats:
    """Process every line of *source* and write one output line each to *sink*, in order.

    With ``jobs > 1`` the lines are parsed by that many worker processes, a bounded window
    of *chunksize*-line chunks at a time (memory stays flat). Every output line is flushed
    as it is written. *progress*, if given, is called after each written line.
    A ``KeyboardInterrupt`` stops the workers and propagates; what was written is a valid
    JSONL prefix of the full output.
    """
    lines = errors = 0

    def write(results: list[tuple[bytes, bool]]) -> None:
        nonlocal lines, errors
        for out, failed in results:
            _write_whole_line(sink, out)
            lines += 1
            errors += failed
            if progress is not None:
                progress(BatchStats(lines, errors))

    if jobs <= 1:
        for item in iter_lines(source):
            write([_work(item)])
        return BatchStats(lines, errors)

    import multiprocessing  # noqa: PLC0415  (only batch --jobs needs it)

    # Build the parsers (compile their patterns) once here: forked workers inherit them instead
    # of each compiling its own copy.
    parse("")
    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_sigint)
    try:
        pending: deque[AsyncResult[list[tuple[bytes, bool]]]] = deque()
        window = jobs * 4
        chunk: list[bytes] = []
        for item in iter_lines(source):
            chunk.append(item)
            if len(chunk) >= chunksize:
                pending.append(pool.apply_async(_work_chunk, (chunk,)))
                chunk = []
                while len(pending) >= window:
                    write(pending.popleft().get())
        if chunk:
            pending.append(pool.apply_async(_work_chunk, (chunk,)))
        while pending:
            write(pending.popleft().get())
        pool.close()
    finally:
        pool.terminate()
        pool.join()
    return BatchStats(lines, errors)
