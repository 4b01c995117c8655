"""No shared mutable state: threads agree with a serial run, runs agree across hash seeds.

- 8 threads parsing the same stories at once (each in its own order, several rounds) get
  exactly the results of a serial run.
- Parsing in a fresh interpreter with a different ``PYTHONHASHSEED`` gives the same JSON:
  no result depends on set or dict iteration order, the clock or the machine.
- Every table in ``newsparse.vocab.*`` is immutable, all the way down, and no module under
  ``newsparse`` holds a mutable value (dict, list, set ...) at module level, public or private.
"""

from __future__ import annotations
import __future__

import datetime as dt
import enum
import importlib
import importlib.util
import json
import os
import pkgutil
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any

import attrs
import pytest

import newsparse
import newsparse.vocab


def _load_fuzz() -> ModuleType:
    """``tests/fuzz.py`` holds the shared strategies and checks (pytest does not collect it)."""
    name = "newsparse_tests_fuzz"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("fuzz.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fuzz = _load_fuzz()
THREADS = 8
ROUNDS = 3
PUBLISHED = "2024-03-18"

#: The stories every test here parses: the shared samples and a few damaged ones.
TEXTS = (
    *fuzz.SAMPLE_STORIES,
    fuzz.SAMPLE_STORIES[0].upper(),
    fuzz.SAMPLE_STORIES[1].replace("\n\n", "\r\n"),
    "\n\n".join(reversed(fuzz.SAMPLE_STORIES[1].split("\n\n"))),
    "“Unclosed, said Ana on Monday. ‘Nested “deeper’ said he",
    "",
)

#: Every public function and the results a serial run gives (computed once per test).
FUNCTIONS = fuzz.PUBLIC_FUNCTIONS


def _serial() -> dict[tuple[str, int], Any]:
    return {(name, i): fuzz.call(name, text, PUBLISHED) for name in FUNCTIONS for i, text in enumerate(TEXTS)}


def test_eight_threads_give_the_serial_results() -> None:
    expected = _serial()
    keys = list(expected)
    barrier = threading.Barrier(THREADS)

    def work(offset: int) -> dict[tuple[str, int], list[Any]]:
        barrier.wait()  # start together: the most interleaving
        seen: dict[tuple[str, int], list[Any]] = {}
        order = keys[offset:] + keys[:offset]  # each thread in its own order
        for _ in range(ROUNDS):
            for name, i in order:
                seen.setdefault((name, i), []).append(fuzz.call(name, TEXTS[i], PUBLISHED))
        return seen

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, [k * len(keys) // THREADS for k in range(THREADS)]))
    for thread, seen in enumerate(results):
        for key, values in seen.items():
            for value in values:
                assert value == expected[key], f"thread {thread}: {key[0]} on text {key[1]} differs from serial"


def test_fresh_default_pipelines_in_threads_agree() -> None:
    """Building pipelines concurrently (first use of the default one included) is safe."""
    barrier = threading.Barrier(THREADS)

    def work(_: int) -> list[dict[str, Any]]:
        barrier.wait()
        pipeline = newsparse.Pipeline.default()
        return [pipeline.parse(text, PUBLISHED).to_dict() for text in TEXTS]

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    assert all(result == results[0] for result in results)


def test_results_do_not_depend_on_what_was_parsed_before() -> None:
    forward = [newsparse.parse(text, PUBLISHED) for text in TEXTS]
    backward = [newsparse.parse(text, PUBLISHED) for text in reversed(TEXTS)][::-1]
    assert forward == backward


_CHILD = """
import json, sys
import newsparse
texts = json.loads(sys.stdin.read())
print(json.dumps([newsparse.parse(t, published="2024-03-18").to_dict() for t in texts], sort_keys=True))
"""


def _parse_in_a_fresh_interpreter(seed: str) -> Any:
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
        check=True,
        timeout=120,
    )
    return json.loads(child.stdout)


def test_same_json_under_other_hash_seeds() -> None:
    """Fresh interpreters with different hash seeds (set and dict order differ) agree."""
    first = _parse_in_a_fresh_interpreter("0")
    for seed in ("1", "4242"):
        assert _parse_in_a_fresh_interpreter(seed) == first, f"PYTHONHASHSEED={seed} differs from 0"


def test_a_fresh_interpreter_agrees_with_this_one() -> None:
    here = json.dumps([newsparse.parse(t, published=PUBLISHED).to_dict() for t in TEXTS], sort_keys=True)
    assert _parse_in_a_fresh_interpreter("random") == json.loads(here)


# --- immutable vocabularies ------------------------------------------------------------------

_IMMUTABLE_LEAVES = (
    str,
    int,
    float,
    bool,
    bytes,
    type(None),
    re.Pattern,
    type,
    dt.date,
    dt.time,
    dt.timedelta,
    dt.tzinfo,
    enum.Enum,
)


def _mutable_parts(value: Any, path: str) -> list[str]:
    """Paths of everything mutable inside *value* (empty when it is immutable all the way down)."""
    if isinstance(value, _IMMUTABLE_LEAVES) or type(value).__name__ == "Pattern":  # regex.Pattern
        return []
    if isinstance(value, (tuple, frozenset)):
        return [p for i, item in enumerate(value) for p in _mutable_parts(item, f"{path}[{i}]")]
    if isinstance(value, MappingProxyType):
        return [
            p
            for key, item in value.items()
            for p in (*_mutable_parts(key, f"{path} key {key!r}"), *_mutable_parts(item, f"{path}[{key!r}]"))
        ]
    if attrs.has(type(value)):
        return _mutable_attrs_parts(value, path)
    if getattr(value, "__dict__", None) == {} and not hasattr(type(value), "__slots__"):
        return []  # a stateless object, such as a built-in parser: it holds nothing to share
    return [f"{path} is a {type(value).__name__}"]


def _mutable_attrs_parts(value: Any, path: str) -> list[str]:
    """An attrs instance is immutable when it is frozen and its fields are immutable."""
    fields = attrs.fields(type(value))
    try:
        for field in fields:  # setting a field to its own value changes nothing even if it works
            setattr(value, field.name, getattr(value, field.name))
    except attrs.exceptions.FrozenInstanceError:
        return [p for field in fields for p in _mutable_parts(getattr(value, field.name), f"{path}.{field.name}")]
    return [f"{path} is a mutable {type(value).__name__}"]


def _vocab_modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.iter_modules(newsparse.vocab.__path__, "newsparse.vocab.")]
    return [newsparse.vocab, *(importlib.import_module(name) for name in sorted(names))]


def _tables(module: ModuleType) -> dict[str, Any]:
    """The module's data: every public name that is not a function, class or module."""
    public = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
    return {
        name: value
        for name in public
        if not callable(value := getattr(module, name)) and not isinstance(value, ModuleType)
    }


def test_there_are_vocabularies_to_check() -> None:
    assert any(_tables(module) for module in _vocab_modules())


@pytest.mark.parametrize("module", _vocab_modules(), ids=lambda m: m.__name__)
def test_vocabulary_tables_are_immutable(module: ModuleType) -> None:
    mutable = [p for name, value in _tables(module).items() for p in _mutable_parts(value, f"{module.__name__}.{name}")]
    assert mutable == [], "vocabularies must be frozenset / tuple / MappingProxyType all the way down"


@pytest.mark.parametrize("module", _vocab_modules(), ids=lambda m: m.__name__)
def test_vocabulary_tables_survive_parsing_unchanged(module: ModuleType) -> None:
    before = {name: repr(value) for name, value in _tables(module).items()}
    for text in TEXTS:
        newsparse.parse(text, PUBLISHED)
    assert {name: repr(value) for name, value in _tables(module).items()} == before


# --- no module-level mutable state anywhere -----------------------------------------------------

#: Module-level names allowed to hold a mutable object, with the reason (documented caches only).
ALLOWED_MUTABLE: dict[str, str] = {}


def _all_modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(newsparse.__path__, "newsparse.")]
    return [newsparse, *(importlib.import_module(name) for name in sorted(names))]


def _module_state(module: ModuleType) -> dict[str, Any]:
    """Every module-level value, public or private, that is data (not a function, class or module)."""
    return {
        name: value
        for name, value in vars(module).items()
        if not (name.startswith("__") and name.endswith("__"))
        and not callable(value)
        and not isinstance(value, ModuleType)
        and getattr(value, "__module__", None) != "typing"
        and not isinstance(value, __future__._Feature)
    }


def _mutable_state(module: ModuleType) -> list[str]:
    found = []
    for name, value in _module_state(module).items():
        qualified = f"{module.__name__}.{name}"
        if qualified in ALLOWED_MUTABLE:
            continue
        found.extend(_mutable_parts(value, qualified))
    return found


@pytest.mark.parametrize("module", _all_modules(), ids=lambda m: m.__name__)
def test_no_module_level_mutable_state(module: ModuleType) -> None:
    newsparse.parse(TEXTS[0], PUBLISHED)  # builds the default pipeline, a frozen cache, so it is checked too
    assert _mutable_state(module) == [], "module-level data must be frozenset / tuple / MappingProxyType / frozen"
