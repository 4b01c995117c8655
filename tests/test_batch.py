"""``newsparse._batch``: one output line for every input line, in order, whatever the line holds.

Bad lines are listed in ``BAD_LINES`` (an id, the raw bytes, the error type expected): add a
new kind of broken input there.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsparse
from newsparse._batch import MAX_LINE_BYTES, BatchStats, process_line, process_record, run_batch

STORY = (
    "Ferry crews walk out in Saltmarsh Bay\n\n"
    "By PELL ORRIN\nAssociated Press\n\n"
    "SALTMARSH BAY, Maine (AP) — Ferry crews walked off the job Monday, "
    '"We are done waiting," said union steward Dara Quillon.\n'
)

GOOD = {"id": "ok-1", "text": STORY, "published": "2025-06-10"}

BAD_LINES = [
    pytest.param(b'{"id": "trunc", "text": "abc', "trunc", "JSONDecodeError", id="malformed-json-keeps-id"),
    pytest.param(b"", None, "JSONDecodeError", id="blank-line"),
    pytest.param(b"[1, 2]", None, "TypeError", id="not-an-object"),
    pytest.param(b'"just text"', None, "TypeError", id="a-json-string"),
    pytest.param(b'{"id": 7}', 7, "ValueError", id="missing-text"),
    pytest.param(b'{"id": 8, "text": 42}', 8, "TypeError", id="text-a-number"),
    pytest.param(b'{"id": 9, "text": null}', 9, "TypeError", id="text-null"),
    pytest.param(b'{"id": 10, "text": "x", "published": "18/03/2024"}', 10, "ValueError", id="published-not-iso"),
    pytest.param(b'{"id": 11, "text": "x", "published": 20240318}', 11, "TypeError", id="published-a-number"),
    pytest.param(b'{"id": "u8", "text": "caf\xe9"}', "u8", "UnicodeDecodeError", id="invalid-utf8-keeps-id"),
    pytest.param(b'{"id": 12, "text": "x", "n": NaN}', 12, "ValueError", id="nan-is-not-json"),
    pytest.param(b"[" * 100_000, None, "RecursionError", id="deeply-nested"),
]


def _record(line: str) -> dict[str, object]:
    value = json.loads(line)
    assert isinstance(value, dict)
    return value


def test_a_good_line_gives_the_article_parse_gives() -> None:
    out = _record(process_line(json.dumps(GOOD)))
    article = newsparse.parse(STORY, published="2025-06-10")
    assert out == {"id": "ok-1", "article": json.loads(json.dumps(article.to_dict()))}


def test_bytes_str_and_line_endings_give_the_same_output() -> None:
    line = json.dumps(GOOD)
    expected = process_line(line)
    for variant in (line.encode(), line + "\n", (line + "\r\n").encode()):
        assert process_line(variant) == expected
    assert "\n" not in expected


@pytest.mark.parametrize(("raw", "record_id", "kind"), BAD_LINES)
def test_a_bad_line_gives_an_error_record(raw: bytes, record_id: object, kind: str) -> None:
    out = _record(process_line(raw))
    assert out["id"] == record_id
    assert out["error"]["type"] == kind  # type: ignore[index]
    assert out["error"]["message"]  # type: ignore[index]
    assert "article" not in out


def test_error_messages_name_the_problem() -> None:
    assert "'text'" in _record(process_line(b'{"id": 1}'))["error"]["message"]  # type: ignore[index]
    message = _record(process_line(b'{"text": "x", "published": "soon"}'))["error"]["message"]  # type: ignore[index]
    assert "published" in message
    assert "soon" in message


def test_lone_surrogates_still_give_valid_utf8_json() -> None:
    out = process_line(b'{"id": "s", "text": "\\ud800 Tuesday"}')
    out.encode("utf-8")  # never raises
    assert _record(out)["article"]["paragraphs"][0]["text"] == "\ud800 Tuesday"  # type: ignore[index]


def test_process_record_takes_decoded_values() -> None:
    assert not process_record({"id": 1, "text": ""})["article"]["quotes"]
    assert process_record(None)["error"]["type"] == "TypeError"
    assert process_record({"text": "x"})["id"] is None


def test_the_work_functions_pickle() -> None:
    for function in (process_line, process_record):
        assert pickle.loads(pickle.dumps(function)) is function


def _run(data: bytes, jobs: int = 1) -> tuple[list[dict[str, object]], BatchStats]:
    sink = io.BytesIO()
    stats = run_batch(io.BytesIO(data), sink, jobs=jobs, chunksize=2)
    text = sink.getvalue().decode("utf-8")
    assert text == "" or text.endswith("\n")
    return [_record(line) for line in text.splitlines()], stats


def _mixed_input() -> tuple[bytes, list[object]]:
    lines, ids = [], []
    for index in range(12):
        good = {"id": f"g{index}", "text": STORY.replace("Monday", "Tuesday" if index % 2 else "Monday")}
        lines.append(json.dumps(good).encode())
        ids.append(f"g{index}")
        if index % 4 == 0:
            lines.append(b'{"id": "b%d", "text": ' % index)
            ids.append(f"b{index}")
    return b"\n".join(lines) + b"\n", ids


def test_run_batch_keeps_order_and_counts_errors() -> None:
    data, ids = _mixed_input()
    records, stats = _run(data)
    assert [r["id"] for r in records] == ids
    assert stats == BatchStats(lines=len(ids), errors=3)


def test_jobs_give_the_same_output_as_one_process() -> None:
    data, _ = _mixed_input()
    assert _run(data, jobs=3) == _run(data, jobs=1)


def test_a_last_line_without_newline_and_crlf_lines_count() -> None:
    line = json.dumps(GOOD).encode()
    records, stats = _run(line + b"\r\n" + line)
    assert stats.lines == 2
    assert all("article" in r for r in records)


def test_empty_input_gives_empty_output() -> None:
    assert _run(b"") == ([], BatchStats(0, 0))


def test_a_line_over_the_limit_is_reported_not_read() -> None:
    huge = b'{"id": "big", "text": "' + b"a" * (MAX_LINE_BYTES + 10) + b'"}'
    line = json.dumps(GOOD).encode()
    records, stats = _run(line + b"\n" + huge + b"\n" + line + b"\n")
    assert [r["id"] for r in records] == ["ok-1", "big", "ok-1"]
    assert records[1]["error"]["type"] == "LineTooLong"  # type: ignore[index]
    assert f"{len(huge):,}" in records[1]["error"]["message"]  # type: ignore[index]
    assert stats.errors == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_50_megabyte_line_gets_an_error_record_in_its_place(jobs: int) -> None:
    huge = b'{"id": "fifty", "text": "' + b"Kestral said. " * (50 * 1024 * 1024 // 14) + b'"}'
    line = json.dumps(GOOD).encode()
    records, stats = _run(line + b"\n" + huge + b"\n" + line, jobs=jobs)
    assert [r["id"] for r in records] == ["ok-1", "fifty", "ok-1"]
    assert records[1]["error"]["type"] == "LineTooLong"  # type: ignore[index]
    assert "article" in records[0] and "article" in records[2]
    assert stats == BatchStats(lines=3, errors=1)


INVALID_UTF8 = [
    pytest.param(b'{"id": "a", "text": "\xff"}', "a", id="byte-ff-in-text"),
    pytest.param(b'{"id": "b", "text": "x"}\xc3', "b", id="truncated-sequence-at-line-end"),
    pytest.param(b'{"id": "c", "text": "\xc0\xaf"}', "c", id="overlong-encoding"),
    pytest.param(b'{"id": "d", "text": "\xed\xa0\x80"}', "d", id="encoded-surrogate"),
    pytest.param(b'{"id": "e", "text": "\x80\x80\x80"}', "e", id="lone-continuation-bytes"),
    pytest.param(b"\xfe\xff" + b'{"id": "f", "text": "x"}', None, id="utf16-bom-before-the-object"),
]


@pytest.mark.parametrize(("raw", "record_id"), INVALID_UTF8)
@pytest.mark.parametrize("jobs", [1, 2])
def test_invalid_utf8_gets_an_error_record_between_good_lines(raw: bytes, record_id: object, jobs: int) -> None:
    line = json.dumps(GOOD).encode()
    records, stats = _run(line + b"\n" + raw + b"\n" + line + b"\n", jobs=jobs)
    assert [r["id"] for r in records] == ["ok-1", record_id, "ok-1"]
    assert records[1]["error"]["type"] == "UnicodeDecodeError"  # type: ignore[index]
    assert stats == BatchStats(lines=3, errors=1)


@pytest.mark.parametrize("chunksize", [1, 3, 50])
def test_jobs_put_every_error_record_in_the_place_of_its_line(chunksize: int) -> None:
    lines: list[bytes] = []
    expected: list[tuple[object, str]] = []
    for index in range(40):
        if index % 3 == 0:
            lines.append(b'{"id": %d, "text": ' % index)
            expected.append((index, "error"))
        elif index % 7 == 0:
            lines.append(b'{"id": %d, "text": "caf\xe9"}' % index)
            expected.append((index, "error"))
        else:
            lines.append(json.dumps({"id": index, "text": f"Story {index}. {STORY}"}).encode())
            expected.append((index, "article"))
    sink = io.BytesIO()
    stats = run_batch(io.BytesIO(b"\n".join(lines)), sink, jobs=3, chunksize=chunksize)
    records = [_record(line) for line in sink.getvalue().decode("utf-8").splitlines()]
    assert [(r["id"], "error" if "error" in r else "article") for r in records] == expected
    assert stats == BatchStats(lines=40, errors=sum(kind == "error" for _, kind in expected))


class _SinkThatIsInterrupted(io.BytesIO):
    """An output that receives a Ctrl-C half-way through writing the second line."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.calls += 1
        if self.calls == 2:
            half = len(data) // 2
            super().write(data[:half])
            os.kill(os.getpid(), signal.SIGINT)
            return half + super().write(data[half:])
        return super().write(data)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_ctrl_c_during_a_write_takes_effect_after_the_whole_line() -> None:
    line = json.dumps(GOOD).encode()
    sink = _SinkThatIsInterrupted()
    with pytest.raises(KeyboardInterrupt):
        run_batch(io.BytesIO(b"\n".join([line] * 5)), sink)
    written = sink.getvalue().decode("utf-8")
    assert written.endswith("\n")
    assert [_record(x)["id"] for x in written.splitlines()] == ["ok-1", "ok-1"]


# --- the command line, end to end ---------------------------------------------------------------


def _cli(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[call-overload]
    )


def test_batch_command_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(_mixed_input()[0])
    out = tmp_path / "out.jsonl"
    proc = _cli("batch", str(good), "-o", str(out))
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    proc = _cli("batch", str(mixed), "--jobs", "2")
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert len(stdout.splitlines()) == len(_mixed_input()[1])
    assert stderr == b""  # no progress bar when stderr is not a terminal


def _many_stories(tmp_path: Path) -> Path:
    """4,000 numbered long stories: a run that Ctrl-C can interrupt midway."""
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for index in range(4000):
            handle.write(json.dumps({"id": index, "text": STORY * 20, "published": "2025-06-10"}) + "\n")
    return source


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_a_valid_prefix_and_exits_130(tmp_path: Path, jobs: str) -> None:
    source = _many_stories(tmp_path)
    out = tmp_path / "out.jsonl"
    proc = _cli("batch", str(source), "-o", str(out), "--jobs", jobs)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
    assert b"interrupted" in stderr
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert ids == list(range(len(ids)))
    assert 0 < len(ids) < 4000


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_goes_to_stderr_only_on_a_terminal(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    primary, secondary = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "newsparse", "batch", str(source)],
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=60,
            check=False,
        )
        os.close(secondary)
        shown = b""
        while True:
            try:
                piece = os.read(primary, 4096)
            except OSError:
                break
            if not piece:
                break
            shown += piece
    finally:
        os.close(primary)
    assert proc.returncode == 0
    assert b"1 lines" in shown
    assert len(proc.stdout.splitlines()) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_with_output_to_a_pipe_leaves_whole_lines(tmp_path: Path, jobs: str) -> None:
    source = _many_stories(tmp_path)
    with _cli("batch", str(source), "--jobs", jobs) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()  # the run is under way
        proc.send_signal(signal.SIGINT)
        rest = proc.stdout.read()  # not communicate(): it would skip what readline() buffered
        assert proc.wait(timeout=60) == 130
        assert b"Traceback" not in proc.stderr.read()
    text = (first + rest).decode("utf-8")
    assert text.endswith("\n")
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert ids == list(range(len(ids)))
    assert 0 < len(ids) < 4000
