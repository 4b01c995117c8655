"""Totality: every public function takes any ``str`` and returns a result whose offsets hold.

For every hand-written hostile text below and every public function (``parse`` and the part
parsers), the call returns (never raises) and :func:`fuzz.check_result` holds: each element's
``text[start:end] == el.text`` (headline, byline, dateline, captions and their credits,
quotes, times, paragraphs), each speaker's ``mention_start:mention_end`` slices to its
``mention``, literal fields hold documented values, and ``json.dumps(result.to_dict())`` works.

Add a case here when a real-world input crashed the library (invented wording, same shape);
the property tests and ``tests/fuzz.py`` cover the generated inputs.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsparse


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
FUNCTIONS = fuzz.PUBLIC_FUNCTIONS
PUBLISHED = dt.date(2024, 3, 18)

HOSTILE_TEXTS = {
    "empty": "",
    "one-space": " ",
    "only-newlines": "\n\n\n\n",
    "crlf-only": "\r\n\r\n\r\n",
    "cr-only": "\r\r\r",
    "unicode-spaces": "\t \u00a0\u2007\u202f\u3000\u2028\u2029\x85",
    "nul-bytes": "\x00" * 16,
    "c0-controls": "".join(chr(c) for c in range(32)) + "\x7f",
    "controls-in-byline": "By\x00 JANE\x1b[31m DOE\x07",
    "lone-high-surrogate": "\ud800",
    "lone-low-surrogate": "\udfff",
    "surrogate-inside-quote": "“We\udc00 will,” said Ana de la Peña.",
    "surrogate-in-byline": "By \ud83d MAEVE O'DONNELL",
    "reversed-surrogate-pair": "\udc00\ud800 March 18, 2024",
    "zero-width-in-names": "By\u200b TAREK\u200bVILLANUEVA\u200d and\ufeff ILSE\u2060 OSEI",
    "zero-width-in-quote": "“The\u200b pier\u200c comes\u200d first,”\u200b said\u200b Okonkwo.",
    "bom-first": "\ufeffNIAMEY, Niger (AP) — “Yes,” he said on Monday.",
    "soft-hyphens": "Coun\u00adcil\u00adlors vot\u00aded on Mon\u00adday, said Bram Okon\u00adkwo.",
    "bidi-override": "\u202eNIAMEY, Niger (AP) — the junta said on Monday\u202c",
    "bidi-isolates-arabic": "\u2067“مرحبا بكم،” قال أمل.\u2069 said Amal Haddad on Tuesday.",
    "rtl-marks": "\u200fBy \u200eIlse \u200fOsei\u061c",
    "combining-names": "By JOSE\u0301 MARTI\u0301N and ZOE\u0308 ABARA",
    "combining-pileup": "a" + "\u0301" * 500 + " said Zoë.",
    "combining-on-quote": "“\u0301Hello\u0308,”\u0327 she said.",
    "emoji-quote": "👍🏽 “Great 🇺🇸 news 🎉,” 🙂 said Ana Peña on 🗓 Monday.",
    "emoji-zwj-family": "👨\u200d👩\u200d👧 By 👩🏾\u200d🚀 Yusra",
    "noncharacters": "\ufffe\uffff\U0010ffff\ufffd March 18",
    "private-use": "\ue000\uf8ff By \U000f0000 Kofi",
    "mixed-scripts": (
        "МОСКВА, Россия (AP) — «Привет», сказал Иван в понедельник. "
        "東京 — 「こんにちは」と彼は言った。 Ελλάδα, 18 Μαρτίου — «Γεια», είπε. 서울 (연합뉴스) —"
    ),
    "fullwidth": "ＢＹ ＪＡＮＥ ＤＯＥ ＭＡＲＣＨ １８， ２０２４ “ｙｅｓ，” ｓａｉｄ ｈｅ",
    "html-paragraphs": "<p>By <b>JANE DOE</b></p>\n<p>“Hi,” she said &amp; left on <i>Monday</i>.</p>",
    "html-entities": "&ldquo;Hello,&rdquo; he said on March&nbsp;18,&#160;2024. &#8220;Bye.&#8221;",
    "html-script": "<script>var q = '“' + \"”\"; // said Monday</script><!-- By AP -->",
    "html-attributes": '<img alt="FILE - A pier (AP Photo/Jane Doe, File)" src="x.jpg"><br/>',
    "markdown": "# UPDATE 2-Pier | Reuters\n\n**By Ana Peña**\n\n> “Quoted,” said *Bram*.",
    "line-separators": "NIAMEY\u2028Niger (AP) —\u2029“Yes,” he said.\u2028“No.”",
    "vertical-tab-formfeed": "By ANA\x0bPEÑA\x0c\x0cLONDON — “Hi,” he said.\x1c\x1d\x1e",
    "unclosed-quote": "“We will rebuild the pier, said Okonkwo on Monday",
    "closing-before-opening": "”Backwards“ said Delacroix. ’odd‘",
    "only-quote-marks": "“”„‟\"'‘’‚‛«»‹›「」『』",
    "nested-unbalanced": "“‘“‘“ said ” she ’ said ” he ‘ said",
    "straight-quote-storm": '"\'"\'""\'\'" said "',
    "empty-quotes": '“” said Ana. "" he said. ‘’',
    "quote-only-attribution": "“,” said.",
    "by-alone": "By",
    "by-by-by": "By By By By and and and",
    "agency-alone": "(AP)",
    "agency-repeated": "(AP) (AP) (Reuters) (AFP) —",
    "file-alone": "FILE -",
    "file-repeated": "FILE - FILE - FILE - (AP Photo/, File)",
    "credit-only": "(AP Photo/)",
    "credit-slash-storm": "REUTERS/ / / /AP Photograph: /",
    "dash-only": "—",
    "dateline-no-body": "KANSAS CITY, Mo. (AP) —",
    "dateline-lowercase": "kansas city, mo. (ap) — story",
    "kicker-only": "UPDATE 2-",
    "site-only": " | Reuters",
    "pipes": "||||| | | |",
    "huge-number-date": "99999999999999999999 March 2024, March 99999999999999999999",
    "impossible-dates": "February 30, 2024. Feb. 29, 2023. Sept. 31. Jan. 0, 2024. March 32.",
    "year-zero-and-five-digit": "March 18, 0000 and March 18, 10000 and the year 0.",
    "bad-clock-times": "At 25:61 p.m. and 99:99 a.m. and 0:00 and 12:60.",
    "weekday-soup": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tues. Wed.",
    "relative-chain": "the next day the day after the day before the next week the following month",
    "decades-centuries": "the 1990s, the '80s, the 21st century, the 0s, the 99990s",
    "durations": "for 99999999999 years, for 0 days, for -3 weeks, for 1.5e308 hours",
    "roman-and-ordinals": "the 31st of February, the 0th of March, XVIII March MMXXIV",
    "said-only": "said said said said",
    "title-only": "Col. Gen. Dr. Sen. Mr. Ms. Jr.",
    "all-caps-story": "BY ANA PEÑA\n\nLONDON (AP) — “WE WILL,” SAID BRAM OKONKWO ON MONDAY.",
    "all-lower-story": "by ana peña\n\nlondon (ap) — “we will,” said bram okonkwo on monday.",
    "ligatures-and-case-folding": "İSTANBUL, Türkiye (AP) — “ﬁne,” ſaid STRASSE ẞ Weiß on Monday.",
    "many-blank-lines-between": "Headline\n\n\n\n\n\n\n\nBy Ana Peña\n\n\n\n\nLONDON (AP) — Body.",
    "indented-wrap": "  LONDON (AP) — The council\nvoted on Monday to rebuild\n  “Yes,” he said\nthe pier.",
    "trailing-backslash": "“Quote\\,” he said\\",
    "format-placeholders": "{0} %s %(name)s ${x} {{}} said {published}",
    "regex-metacharacters": r"(?:.*)+ [^]]\\ \b \1 $^ said (AP) .*?",
}

# Built once at import: about 1 MB each, on a single line.
_SENTENCE = "“The ferry ran late again,” said Ana de la Peña, a teacher, on Monday, March 18, 2024. "
MEGABYTE_TEXTS = {
    "1mb-sentences-one-line": (_SENTENCE * (1_000_000 // len(_SENTENCE) + 1))[:1_000_000],
    "1mb-single-word": "x" * 1_000_000,
}


def _cases() -> list[Any]:
    return [pytest.param(name, text, id=f"{name}-{case}") for case, text in HOSTILE_TEXTS.items() for name in FUNCTIONS]


@pytest.mark.parametrize(("name", "text"), _cases())
def test_any_text_returns_a_result_whose_offsets_hold(name: str, text: str) -> None:
    result = fuzz.call(name, text, PUBLISHED)
    fuzz.check_result(name, text, result)


@pytest.mark.parametrize("case", sorted(HOSTILE_TEXTS))
def test_parse_without_published_also_holds(case: str) -> None:
    text = HOSTILE_TEXTS[case]
    fuzz.check_result("parse", text, newsparse.parse(text))


@pytest.mark.parametrize("story", range(len(fuzz.SAMPLE_STORIES)), ids=lambda i: f"story{i}")
@pytest.mark.parametrize("name", FUNCTIONS)
def test_sample_stories_hold_for_every_function(name: str, story: int) -> None:
    text = fuzz.SAMPLE_STORIES[story]
    fuzz.check_result(name, text, fuzz.call(name, text, PUBLISHED))


@pytest.mark.parametrize("published", fuzz.PUBLISHED_VALUES, ids=repr)
@pytest.mark.parametrize("story", range(len(fuzz.SAMPLE_STORIES)), ids=lambda i: f"story{i}")
def test_any_anchor_gives_a_result(story: int, published: object) -> None:
    """The calendar's extremes (year 1, year 9999) and datetimes never crash resolution."""
    text = fuzz.SAMPLE_STORIES[story]
    for name in ("parse", "find_times", "parse_dateline", "parse_caption", "resolve_time"):
        fuzz.check_result(name, text, fuzz.call(name, text, published))


@pytest.mark.parametrize("case", sorted(MEGABYTE_TEXTS))
@pytest.mark.parametrize("name", FUNCTIONS)
def test_one_megabyte_on_a_single_line(name: str, case: str) -> None:
    text = MEGABYTE_TEXTS[case]
    fuzz.check_result(name, text, fuzz.call(name, text, PUBLISHED))


@pytest.mark.parametrize("case", sorted(HOSTILE_TEXTS))
def test_no_text_is_lost_from_the_paragraphs(case: str) -> None:
    """Every character outside the paragraphs is white space: nothing silently dropped."""
    text = HOSTILE_TEXTS[case]
    covered = [False] * len(text)
    for paragraph in newsparse.parse(text).paragraphs:
        covered[paragraph.start : paragraph.end] = [True] * (paragraph.end - paragraph.start)
    lost = [(i, ch) for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert lost == []


class _Str(str):
    """A ``str`` subclass, as some HTML and templating libraries return."""

    __slots__ = ()


@pytest.mark.parametrize("name", FUNCTIONS)
def test_a_str_subclass_is_a_str(name: str) -> None:
    text = _Str(fuzz.SAMPLE_STORIES[0])
    fuzz.check_result(name, text, fuzz.call(name, text, PUBLISHED))


def test_offsets_index_the_text_as_given_not_a_normalised_copy() -> None:
    """A BOM, CRLF line ends and decomposed accents stay in place: offsets count them."""
    text = "\ufeffBy ZOE\u0308 ABARA\r\n\r\nLONDON (AP) \u2014 \u201cThe pier,\u201d said Zoe\u0308 on Monday.\r\n"
    article = newsparse.parse(text, published=PUBLISHED)
    fuzz.check_result("parse", text, article)
    assert [p.text for p in article.paragraphs][-1].endswith("on Monday."), "CRLF is not part of a paragraph"
