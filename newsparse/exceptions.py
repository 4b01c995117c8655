"""Exceptions raised by newsparse.

The tree::

    NewsparseError                  base of everything newsparse raises on purpose
    ├── PipelineError(ValueError)   a duplicate or unknown parser name, a bad plugin

Bad arguments raise the builtin ``TypeError`` / ``ValueError`` with a message naming the
argument. Odd *text* never raises: any ``str`` returns a result.
"""

from __future__ import annotations

__all__ = ["NewsparseError", "PipelineError"]


class NewsparseError(Exception):
    """Base class of the errors newsparse raises on purpose."""


class PipelineError(NewsparseError, ValueError):
    """A pipeline was built wrongly: a duplicate or unknown parser name, or a broken plugin."""
