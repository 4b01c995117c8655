"""The ``newsparse`` command, end to end in a subprocess: one story, the demo, usage errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import newsparse
from newsparse._cli import DEMO_PUBLISHED, main

STORY = (
    "Lantern festival returns to Corvel Island\n\n"
    "By MIRA STADLING\nAssociated Press\n\n"
    "CORVEL, Wash. (AP) — The lantern festival returned Saturday after a two-year pause, "
    "organizers said.\n\n"
    '"It feels like the island woke up," said festival director Tobin Ashgrove.\n'
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


def test_a_file_gives_the_article_as_json(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    proc = run(str(path), "--published", "2025-09-15")
    assert proc.returncode == 0, proc.stderr
    expected = newsparse.parse(STORY, published="2025-09-15").to_dict()
    assert json.loads(proc.stdout) == json.loads(json.dumps(expected))


def test_stdin_and_crlf_files_keep_offsets_into_the_text_read() -> None:
    data = STORY.replace("\n", "\r\n").encode("utf-8")
    proc = run("-", stdin=data)
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)
    text = data.decode("utf-8")
    for paragraph in article["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]] == paragraph["text"]


def test_text_format_is_a_readable_outline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    proc = run(str(path), "--published", "2025-09-15", "--format", "text")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert out.startswith("Headline:  Lantern festival returns to Corvel Island\n")
    assert "Byline:    Mira Stadling (Associated Press)" in out
    assert "Published: 2025-09-15" in out
    assert "Paragraphs: " in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_demo_prints_the_outline_of_the_bundled_story() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    for expected in (
        "Headline:  Volunteers in Wrenhaven vote to relight the Gullrock lighthouse",
        "Byline:    Odessa Marlowe (Associated Press)",
        "Dateline:  WRENHAVEN, Maine (AP)",
        f"Published: {DEMO_PUBLISHED}",
        "file photo",
        "Talia Brennock",
        "Speakers (",
        "Ines Caldwell",
        "Times (",
    ):
        assert expected in out


def test_demo_as_json() -> None:
    proc = run("demo", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)
    assert article["published"] == DEMO_PUBLISHED
    assert article["dateline"]["agency"] == "AP"
    assert article["captions"][0]["file_photo"] is True


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"newsparse {version('newsparse')}"


@pytest.mark.skipif(shutil.which("newsparse") is None, reason="the console script is not installed")
def test_the_console_script_runs() -> None:
    proc = subprocess.run(["newsparse", "demo"], capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0
    assert b"Headline:" in proc.stdout


USAGE_ERRORS = [
    pytest.param(["story.txt", "--published", "18/03/2024"], "--published", id="published-not-iso"),
    pytest.param(["story.txt", "--format", "xml"], "--format", id="unknown-format"),
    pytest.param(["batch", "in.jsonl", "--jobs", "0"], "--jobs", id="jobs-zero"),
    pytest.param(["batch", "in.jsonl", "--jobs", "many"], "--jobs", id="jobs-not-a-number"),
    pytest.param(["batch"], "IN.jsonl", id="batch-without-input"),
    pytest.param([], "FILE", id="no-arguments"),
    pytest.param(["no-such-story.txt"], "no-such-story.txt", id="missing-file"),
    pytest.param(["batch", "no-such-input.jsonl"], "no-such-input.jsonl", id="missing-batch-input"),
]


@pytest.mark.parametrize(("args", "named"), USAGE_ERRORS)
def test_usage_errors_exit_2_with_a_clear_message(
    args: list[str], named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text("", encoding="utf-8")
    assert main(args) == 2
    captured = capsys.readouterr()
    assert named in captured.err
    assert "Traceback" not in captured.err


def test_a_story_that_is_not_utf8_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 owners said Tuesday".encode("latin-1"))
    proc = run(str(path))
    assert proc.returncode == 1
    assert b"not UTF-8" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "newsparse batch" in out
    assert "newsparse demo" in out
