"""The public surface: exported names, version, and argument errors that name the argument."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import types
from typing import Any

import pytest

import newsparse


def _ours(value: object) -> bool:
    """Defined by newsparse (not a helper the package module imported from elsewhere)."""
    return str(getattr(value, "__module__", "")).startswith("newsparse")


def test_dir_lists_exactly_all_and_version() -> None:
    """httpx-style exported-members guard: ``dir(newsparse)``'s public names are ``__all__``, nothing else."""
    public = [name for name in dir(newsparse) if not name.startswith("_")]
    assert public == sorted(newsparse.__all__)
    assert "__version__" in dir(newsparse)


def test_no_public_looking_attribute_outside_all() -> None:
    """Helpers the package imports (``Final``, ``import_module`` ...) hide behind ``_`` names; submodules aside."""
    public = {
        name
        for name, value in vars(newsparse).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(newsparse.__all__)
    for name in newsparse.__all__:  # some are loaded lazily: each must still resolve to one of ours
        assert _ours(getattr(newsparse, name)), name


def test_all_is_sorted_and_unique() -> None:
    assert list(newsparse.__all__) == sorted(set(newsparse.__all__))


def test_every_exported_name_has_a_docstring() -> None:
    for name in newsparse.__all__:
        assert (getattr(newsparse, name).__doc__ or "").strip(), name


def test_version_is_the_package_metadata() -> None:
    assert newsparse.__version__ == importlib.metadata.version("newsparse")


BAD_ARGUMENTS: list[Any] = [
    pytest.param(lambda: newsparse.parse(b"bytes"), TypeError, "text", id="parse-bytes"),
    pytest.param(lambda: newsparse.parse(None), TypeError, "text", id="parse-none"),
    pytest.param(lambda: newsparse.parse(42), TypeError, "text", id="parse-number"),
    pytest.param(lambda: newsparse.parse("x", published="18/03/2024"), ValueError, "published", id="published-bad"),
    pytest.param(lambda: newsparse.parse("x", published=20240318), TypeError, "published", id="published-number"),
    pytest.param(lambda: newsparse.find_times(b"Tuesday"), TypeError, "text", id="find-times-bytes"),
    pytest.param(lambda: newsparse.find_quotes(None), TypeError, "text", id="find-quotes-none"),
    pytest.param(lambda: newsparse.Pipeline.default().without("nope"), ValueError, "nope", id="unknown-parser"),
]


@pytest.mark.parametrize(("call", "error", "named"), BAD_ARGUMENTS)
def test_bad_arguments_raise_errors_naming_the_argument(call: Any, error: type[Exception], named: str) -> None:
    with pytest.raises(error, match=named):
        call()


def test_published_accepts_dates_datetimes_and_iso_strings() -> None:
    text = "CORVEL, Wash. (AP) — The ferry sailed Saturday."
    values = {
        newsparse.parse(text, published=p).times[0].value
        for p in ("2025-09-15", dt.date(2025, 9, 15), dt.datetime(2025, 9, 15, 8, 30), "2025-09-15T08:30:00+02:00")
    }
    assert values == {"2025-09-13"}
