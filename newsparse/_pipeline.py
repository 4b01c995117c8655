"""The ``Parser`` protocol, the ``Pipeline`` that runs parsers, and :func:`parse`.

A pipeline is an immutable sequence of parsers. :meth:`Pipeline.parse` segments the text
once (:class:`~newsparse.Document`), runs each parser in order with a :class:`Context`
holding the publication-date anchor and the results of the parsers before it, and
assembles an :class:`~newsparse.Article`. Built-in parsers fill the article's own fields;
any other parser's result goes to ``article.extra[name]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final, Protocol, runtime_checkable

import attrs

from ._args import check_text, coerce_published
from ._assemble import assemble_article
from ._model import Article
from ._text import Document
from .exceptions import PipelineError

__all__ = ["ENTRY_POINT_GROUP", "Context", "Parser", "Pipeline", "parse"]

#: The entry-point group third-party packages register parsers under.
ENTRY_POINT_GROUP: Final = "newsparse.parsers"


@attrs.frozen
class Context:
    """What a parser knows besides the document.

    ``published`` is the anchor for relative dates (the caller's, or the dateline's date
    once the dateline parser has run); ``results`` maps the name of every parser that ran
    before to its result.
    """

    published: dt.date | None = None
    results: Mapping[str, Any] = attrs.field(factory=lambda: MappingProxyType({}), hash=False)


@runtime_checkable
class Parser(Protocol):
    """Anything with a ``name`` and a ``parse(doc, context)`` method is a parser.

    ``parse`` returns whatever the parser finds, typically result objects with
    ``start``/``end`` offsets into ``doc.text``. It must not mutate ``doc`` or ``context``.
    """

    name: str

    def parse(self, doc: Document, context: Context) -> Any:
        """Return what this parser finds in *doc*."""
        ...


def _builtin_parsers() -> tuple[Parser, ...]:
    from .parsers import BUILTIN_PARSERS  # noqa: PLC0415  (the parsers import this module's types)

    return tuple(cls() for cls in BUILTIN_PARSERS)


def _load_plugin(ep: Any) -> Parser:
    try:
        obj = ep.load()
        parser = obj if isinstance(obj, Parser) and not isinstance(obj, type) else obj()
    except Exception as exc:  # a broken plugin must say which one it is
        raise PipelineError(f"cannot load parser plugin {ep.name!r} ({ep.value}): {exc}") from exc
    if not isinstance(parser, Parser):
        raise PipelineError(
            f"parser plugin {ep.name!r} ({ep.value}) is not a Parser: it needs a name and a parse(doc, context) method"
        )
    return parser


def _check_names(parsers: Iterable[Parser]) -> tuple[Parser, ...]:
    seen: set[str] = set()
    out = tuple(parsers)
    for parser in out:
        if not isinstance(parser, Parser):
            raise TypeError(f"parser must have a name and a parse(doc, context) method, not {type(parser).__name__}")
        if parser.name in seen:
            raise PipelineError(
                f"duplicate parser name {parser.name!r}: use without({parser.name!r}) first to replace it"
            )
        seen.add(parser.name)
    return out


@attrs.frozen
class Pipeline:
    """An immutable sequence of parsers; ``with_parser``/``without`` return new pipelines."""

    parsers: tuple[Parser, ...] = attrs.field(converter=_check_names)

    @classmethod
    def default(cls, *, plugins: bool = False) -> Pipeline:
        """The built-in parsers; with ``plugins=True`` also those registered by installed packages.

        Plugins are loaded from the ``newsparse.parsers`` entry-point group and run after the
        built-ins. A plugin with the name of a built-in parser replaces it.
        """
        parsers = list(_builtin_parsers())
        if plugins:
            from importlib.metadata import entry_points  # noqa: PLC0415  (lazy: importlib.metadata costs ~15 ms)

            for ep in entry_points(group=ENTRY_POINT_GROUP):
                if ep.value.startswith("newsparse."):
                    continue  # the built-ins are registered in the group too
                plugin = _load_plugin(ep)
                parsers = [p for p in parsers if p.name != plugin.name] + [plugin]
        return cls(tuple(parsers))

    @property
    def names(self) -> tuple[str, ...]:
        """The parser names, in running order."""
        return tuple(p.name for p in self.parsers)

    def with_parser(self, parser: Parser, *, before: str | None = None) -> Pipeline:
        """Return a new pipeline with *parser* added at the end (or before the parser named *before*)."""
        if before is None:
            return Pipeline((*self.parsers, parser))
        index = self._index(before)
        return Pipeline((*self.parsers[:index], parser, *self.parsers[index:]))

    def without(self, name: str) -> Pipeline:
        """Return a new pipeline without the parser called *name*."""
        index = self._index(name)
        return Pipeline(self.parsers[:index] + self.parsers[index + 1 :])

    def _index(self, name: str) -> int:
        for index, parser in enumerate(self.parsers):
            if parser.name == name:
                return index
        raise PipelineError(f"no parser named {name!r} in this pipeline (it has {', '.join(self.names) or 'none'})")

    def parse(self, text: str, published: dt.date | dt.datetime | str | None = None) -> Article:
        """Parse one story; see :func:`newsparse.parse`."""
        text = check_text(text)
        anchor = coerce_published(published)
        doc = Document.from_text(text)
        results: dict[str, Any] = {}
        for parser in self.parsers:
            context = Context(anchor, MappingProxyType(dict(results)))
            results[parser.name] = parser.parse(doc, context)
            if parser.name == "dateline" and anchor is None:
                anchor = getattr(results[parser.name], "date", None)
        return assemble_article(doc, results, anchor)


_DEFAULT: Pipeline | None = None


def parse(text: str, published: dt.date | dt.datetime | str | None = None) -> Article:
    """Parse the plain text of one news story into an :class:`~newsparse.Article`.

    *published* anchors relative dates ("Saturday", "last July"): a ``datetime.date``, a
    ``datetime.datetime`` or an ISO string. Without it the dateline's date is used when it
    has one; otherwise relative expressions are found with ``value=None``.
    """
    global _DEFAULT  # noqa: PLW0603  (an immutable pipeline, built once on first use)
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT.parse(text, published)
