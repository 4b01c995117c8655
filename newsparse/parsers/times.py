"""Date and time expressions, found with one compiled scanner and resolved to TIMEX3 values.

:func:`find_times` scans a text once with a single combined pattern (:data:`_SCANNER`), whose
named alternatives are the expression families (full dates, month and year, weekdays,
relative units, durations, sets, decades, vague references ...). Each match is then resolved
against the publication date (``published``), the tense of its clause, or (anaphora such as
"the next day") the last date resolved before it. See ``docs/times.md`` for the rules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Container, Iterator, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs
import regex
from dateutil.easter import easter

from .._args import check_text, coerce_published
from .._model import Interval, TimeExpression, TimeType, spans_of
from .._patterns import spell_out_lists, word_trie
from ..vocab.calendar import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from ..vocab.time_holidays import EASTER_HOLIDAYS, FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS, WEEKDAY_AFTER_HOLIDAYS
from ..vocab.time_words import (
    COUNT_ADJECTIVES,
    COUNT_NOUNS,
    DAY_KINDS,
    DECADE_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    NAMES_BEFORE_TODAY,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PAPER_WORDS,
    PART_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_WORDS,
)

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["TimesParser", "find_times", "resolve_time"]

Tense = Literal["past", "future", "neutral"]

# --------------------------------------------------------------------------- the grammar
#: month and weekday names as word tries, in capitals too for text in capitals ("POLICE SAY 12 KILLED IN MARCH 14
#: BLAST"), and their AP abbreviations
_MONTH: Final = (
    rf"(?:{word_trie((*MONTH_NAMES, *(name.upper() for name in MONTH_NAMES)))}"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)(?![\w-])"
)  # no white space: valid in the patterns compiled without VERBOSE (_PAPER_AFTER, _NUMBER_PHRASE) too
_WEEKDAY: Final = (
    rf"(?:{word_trie((*WEEKDAY_NAMES, *(name.upper() for name in WEEKDAY_NAMES)))}"
    r"|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.)(?![\w-])"
)
_DAY: Final = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w,]\d|\d)"
_YEAR: Final = r"(?:1[0-9]{3}|20[0-9]{2})(?![\w%]|,\d|\.\d)"
#: a year in two digits after an apostrophe: "the summer of '68", "June '99" (not the decade "'90s")
_SHORT_YEAR: Final = r"['\u2019](?P<yy>[0-9]{2})(?![\w'\u2019])"
_ONES: Final = r"(?:one|two|three|four|five|six|seven|eight|nine)(?!\w)"
_TENS: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS: Final = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?!\w)"
_NUM: Final = rf"""(?:\d{{1,3}}(?:\s1/2|\.5)?|a\s+few|a\s+couple\s+of|a\s+dozen|several|few|couple(?:\s+of)?
    |{_TENS}[\s-]{_ONES}                              # "twenty four", "twenty-four"
    |{_ONES}|{_TEENS}|{_TENS}|hundred|an?)
    (?:\s+and\s+a\s+half)?"""
#: a year in words: "nineteen ninety-six", "nineteen oh five", "the year two thousand"
_SPELLED_YEAR: Final = rf"""(?:nineteen[\s-](?:{_TENS}(?:[\s-]{_ONES})?|{_TEENS}|oh[\s-]{_ONES}|hundred)
    |two\s+thousand(?:\s+and\s+(?:{_ONES}|{_TEENS}))?(?![\s-]+(?:{_TENS}|{_ONES}|{_TEENS}|hundred)))(?![\w-])"""
#: a clock hour's part of the day in words: "4 in the morning", "10 at night"
_CLOCK_PART_WORDS: Final = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?!\w)"
#: the second day of "April 24 and 25" is followed by a mark, a year or a word of :data:`_AFTER_SECOND_DAY`, not
#: by a noun it counts ("May 5 and 6 soldiers"), a clock ("and 4 p.m.", "and 4 in the morning"), a decimal
#: ("to 5.5 percent") or a month ("May 30 to 2 June")
_DAY2: Final = rf"""(?P<day2>{_DAY})
    (?=\s*(?:$|[,;:)!?"'\u201d\u2019]|\.(?!\d))
      |(?!\s+{_CLOCK_PART_WORDS})\s+(?i:\L<after_day2>)(?![\w-]))"""
_UNIT_WORD: Final = r"(?:days?|weeks?|months?|years?|quarters?|decades?|centur(?:y|ies)|hours?|minutes?)"
_UNIT: Final = rf"{_UNIT_WORD}(?![\w-])"
#: "a minute and a half": half a unit more, after the unit
_UNIT_HALF: Final = r"(?P<uhalf>\s+(?i:and\s+a\s+half)(?![\w-]))?"
#: "eight trading days": days counted on a calendar of their own are days all the same
_DAY_KIND_WORD: Final = rf"(?:{word_trie(DAY_KINDS)})"
_DAY_KIND: Final = rf"(?:{_DAY_KIND_WORD}\s+(?=days?\b))?"
#: "11 consecutive months", "three straight days": the unit all the same
_COUNT_ADJECTIVE_WORD: Final = rf"(?:{word_trie(COUNT_ADJECTIVES)})"
_COUNT_ADJECTIVE: Final = rf"(?:{_COUNT_ADJECTIVE_WORD}\s+)?"
_CAL_UNIT: Final = r"(?:week(?:end)?|month|(?:fiscal\s+)?year|quarter|decade|century)(?![\w-])"
_ZONE: Final = r"(?:[ECMP][SD]T|GMT|UTC|ET|local\s+time)(?![\w-])"
_PART: Final = r"(?:morning|afternoon|evening|night|overnight)(?![\w-])"
#: a time zone next: what makes "1200" or "09:30" a clock time on the 24-hour clock
_ZONE_NEXT: Final = rf"\s*(?:{_ZONE}|hrs\b)"  # "GMT", not "gmt" ("2019 et al.")
_CLOCK: Final = (
    r"(?:(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\s?(?:a\.m\.|p\.m\.|am(?!\w)|pm(?!\w))"  # 3 p.m., 10:30am
    rf"|(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\s+{_CLOCK_PART_WORDS}"  # "4 in the morning", "10 at night"
    # the 24-hour clock: "14:30", "09:30 GMT", "1200 GMT" ("10:30" alone may be either clock: not a time)
    rf"|(?:1[3-9]|2[0-3]):[0-5][0-9](?![\d:]|\.\d)|(?:(?:[01][0-9]|2[0-3]):?|[0-9]:)[0-5][0-9](?={_ZONE_NEXT})"
    r"|noon(?!\w)|midday(?!\w)|midnight(?!\w))"
)

#: Where an expression can start: the scanner's first tests, shared with :data:`_CANDIDATE`.
_START: Final = r"""
(?:\b|(?='))                                       # a word start (a cheap test first)
(?<![\w$£€.-])                                   # never inside a word, a price or a number
(?=[0-9']|(?i:\L<first>)(?![a-z]))                 # a quick test of the first word (a set look-up)
(?!(?i:\L<gated>)\s+(?![0-9']|(?i:\L<after_det>)(?![a-z])))  # "the", "a" ...: only before a time word
"""
_PATTERN: Final = (
    _START
    + rf"""
(?:
  # "Wednesday, April 1, 2026", "March 8, 2014", "Sept. 19", "the March 8"
  # "April 24 and 25", "May 3-4": a second day of the same month (found as a date of its own)
  (?P<mdy>(?:(?P<wd>{_WEEKDAY}),?\s+|(?P<dmod>(?i:last|next|this))\s+)?(?P<mon>{_MONTH})\s+(?P<day>{_DAY})
     (?:(?:\s*[-\u2013]\s*|\s+(?i:and|or|to|through)\s+){_DAY2})?
     (?:,?\s+(?P<year>{_YEAR}))?)
  # "8 March 2014", "Saturday 16 March"
  # "3-4 March", "12 to 14 June 2023": a first day of the same month (found as a date of its own)
| (?P<dmy>(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<day0>{_DAY})(?:\s*[-\u2013]\s*|\s+(?i:and|or|to|through)\s+))?
     (?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?![ \t]+[0-9]{{1,2}}\b)(?:,?\s+(?P<year>{_YEAR}))?)
  # "March 2014", "July of 2023"
| (?P<my>(?:(?i:early|late|mid-?)\s*)?(?P<mon>{_MONTH}),?\s+(?:of\s+)?
     (?:(?P<year>{_YEAR})|(?P<sy>(?i:{_SPELLED_YEAR}))|{_SHORT_YEAR}))
  # "July last year"
| (?P<mrel>(?P<mon>{_MONTH})\s+(?P<rel>(?i:last|next|this))\s+year(?![\w-]))
  # "last July", "early March"
| (?P<modm>(?P<mod>(?i:last|next|this|early-?|late-?|mid-?|(?:earlier|later)\s+(?:in|this)))\s*(?P<mon>{_MONTH}))
  # a month alone (May only after a preposition, see _resolve)
| (?P<mon1>{_MONTH})(?![ \t]+Day\b)               # not "May Day"
  # ISO and US numeric dates
| (?P<iso>(?P<year>{_YEAR})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>3[01]|[12][0-9]|0[1-9])(?!\d))
| (?P<us>(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12][0-9]|0?[1-9])/(?P<year>{_YEAR}|[0-9]{{2}}(?!\d)))
  # "3 p.m. Monday", "10:30 a.m. today", "noon"
| (?P<clock>(?P<time>{_CLOCK})(?:\s+{_ZONE})?
     (?:,?\s+(?:on\s+)?(?:(?P<wd>{_WEEKDAY})|(?P<rday>(?i:today|tomorrow|yesterday|tonight))
       |(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?))?)
  # "yesterday", "tomorrow morning", "tonight"
| (?P<rday>(?i:today|tomorrow|yesterday|tonight)(?![\w-])(?:\s+(?P<part>{_PART}))?)
  # "last night", "this morning", "later this afternoon"
| (?P<tpart>(?P<tmod>(?i:last|this|(?:earlier|later)\s+this))\s+(?P<part>(?i:morning|afternoon|evening|night))(?![\w-]))
  # "mid-afternoon", "mid-morning Tuesday", "mid-afternoon yesterday"
| (?P<midpart>(?i:mid)[\s-]?(?P<part>(?i:morning|afternoon|evening))(?![\w-])
     (?:\s+(?:(?P<wd>{_WEEKDAY})|(?P<rday>(?i:today|tomorrow|yesterday))(?![\w-])))?)
  # "on Tuesdays", "Sunday mornings": a weekday in the plural recurs (a set)
| (?P<wdset>(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)
     (?:s|\s+(?P<part>mornings|afternoons|evenings|nights))(?![\w-]))
  # "Monday night", "last Saturday"
| (?P<wday>(?:(?P<mod>(?i:last|next|this|past|coming|(?:the\s+)?(?:previous|preceding|following)))\s+)?
     (?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?)
  # "the 1990s", "the '90s", "the mid-1980s"
| (?P<decade>(?:(?i:the)\s+)?(?:(?i:early|late|mid-?|pre-|post-)\s*)?
     (?:(?P<dec>1[0-9]{{2}}|20[0-9])0'?s|'(?P<dec2>[0-9])0s)(?!\w))
  # "the 1988 third quarter", "the year-ago period", "this year's second quarter"
| (?P<yq>(?i:the\s+)?(?:(?P<year>{_YEAR})
     |(?P<qrel>(?i:(?:comparable\s+)?year-(?:ago|earlier)|(?:this|last|next)\s+year[\'’]s)))
     \s+(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-])?(?i:(?:fiscal[\s-])?quarter|period)(?![\w-]))
  # "the third quarter", "the first quarter of 1998", "the fourth-quarter"
| (?P<quarter>(?i:the\s+)?(?i:fiscal[\s-]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]quarter(?!\w)
     (?:\s+of\s+(?i:fiscal\s+)?(?P<year>{_YEAR}))?
   # "Q1", "Q4 2023": the financial abbreviation
   |Q(?P<qn>[1-4])(?![\w-])(?:\s+(?P<year>{_YEAR}))?)
  # "the first half of 2023", "the second half of this year" (a half of a named year only: not "of the game")
| (?P<half>(?i:the\s+)?(?P<hord>(?i:first|second|last|latter))[\s-](?i:half)\s+(?i:of)\s+
     (?:(?P<year>{_YEAR})|(?P<hrel>(?i:this|last|next|the))\s+(?i:year)(?![\w-]))
   |H(?P<hn>[12])\s+(?P<year>{_YEAR}))  # "H2 2023"
  # the period compared with: "the same period last year", "the quarter a year ago"
| (?P<samep>(?i:the\s+(?:(?:same|corresponding|comparable)\s+(?:quarter|period)|quarter)
     \s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))(?![\w-]))
  # a company's reporting quarter: "the quarter", "the latest quarter", "the year-ago period"
| (?P<fq>(?i:the\s+(?:(?P<qmod>latest|most\s+recent|just-ended|year-earlier|year-ago)\s+(?:quarter|period)
     |quarter))(?![\w-]))
  # "year-earlier" results, "year-ago" sales (the adjective alone)
| (?P<ya>(?i:year-(?:earlier|ago))(?![\w-]))
  # "the weekend"
| (?P<wkend>(?i:the\s+weekend)(?![\w-]))
  # "Thanksgiving", "Christmas Eve", "Labor Day", "Easter week"
| (?P<holiday>(?P<hname>New\s+Year[\'’]s\s+(?:Day|Eve)|Valentine[\'’]s\s+Day|Independence\s+Day|the\s+Fourth\s+of\s+July
     |Halloween|Veterans\s+Day|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|Martin\s+Luther\s+King\s+Jr\.\s+Day
     |Black\s+Friday|Cyber\s+Monday|May[ \t]+Day|St\.?\s+Patrick[\'’]s\s+Day
     |Presidents\s+Day|Memorial\s+Day|Labor\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day
     |Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday)(?![\w-])
     (?:\s+(?P<hweek>week)(?![\w-]))?(?:\s+(?P<year>{_YEAR}))?)
  # "the next day", "that week", "the day before", "earlier in the year"
| (?P<ana>(?i:(?:the\s+)?(?:next|following|previous|prior|same|preceding)\s+(?:day|week|month|year|morning|night)
     |that\s+(?:day|week|month|quarter|year|night|morning|afternoon|evening)|the\s+day\s+(?:before|after)
     |(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year))(?![\w-]))   # "later in the year"
  # "nineteen ninety-six", "the year two thousand"
| (?P<syr>(?:(?P<tyear>(?i:the\s+year))\s+)?(?P<sy>(?i:{_SPELLED_YEAR})))
  # "two weeks ago", "three days later", "a year earlier"
| (?P<ago>(?:(?P<amod>(?i:nearly|almost|about|roughly|some|more\s+than|less\s+than|over))\s+)?
     (?P<num>(?i:{_NUM}))[\s-]+(?i:{_DAY_KIND})(?P<unit>(?i:{_UNIT})){_UNIT_HALF}\s+(?P<dir>(?i:ago|earlier|later|from\s+now))
     (?![\w-]))
  # "the year ended June 30": a fiscal year as a stretch of time
| (?P<fyear>(?i:the\s+(?:fiscal\s+)?year)(?=\s+end(?:ed|ing)\b))
  # "last week", "next year", "earlier this month", "the coming weeks"
| (?P<rel>(?:(?i:early|late)\s+)?
     (?P<mod>(?i:(?:the\s+|this\s+)?(?:last|past)|next|this|the\s+coming|the\s+current|the\s+full|the\s+fiscal
     |earlier\s+this|later\s+this|(?:the\s+)?(?:previous|following)))\s+(?P<unit>(?i:{_CAL_UNIT})))
  # "every Tuesday", "each year", "daily", "every four years", "twice a year"
| (?P<set>(?i:every|each)\s+(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH})
     |(?P<unit>(?i:day|week|month|year|quarter|hour|morning|night)(?![\w-])))
   |(?P<adv>(?i:daily|weekly|monthly|yearly|hourly)(?![\w-]))
   |(?i:every)\s+(?P<num>(?i:{_NUM}))[\s-]+(?P<unit>(?i:{_UNIT}))
   |(?i:every)\s+(?P<other>(?i:other))\s+(?P<unit>(?i:day|week|month|year)(?![\w-]))  # "every other week"
   |(?P<freq>(?i:once|twice|(?:{_ONES}|{_TEENS}|\d{{1,3}})\s+times))\s+(?i:a|an|per|each|every)\s+
     (?P<unit>(?i:day|week|month|year|decade|hour|minute)(?![\w-])))
  # "the past three years", "two weeks", "several days", "48 hours", "an hour and a half", "eight trading days"
| (?P<dur>(?:(?P<mod>(?i:the\s+(?:past|last|next|coming|first|previous)|more\s+than|less\s+than|about|nearly
     |almost|over|at\s+least))\s+)?(?P<num>(?i:{_NUM}))(?:\s+(?i:more|additional|extra))?[\s-]+(?i:{_COUNT_ADJECTIVE}{_DAY_KIND})
     (?P<unit>(?i:{_UNIT})){_UNIT_HALF})
  # "the coming weeks", "the years ahead"
| (?P<ahead>(?i:(?:the\s+)?coming\s+(?P<unit>years|months|weeks|days)
     |the\s+(?P<unit>years|months|weeks|days)\s+ahead)(?![\w-]))
  # "for years", "within weeks" (the preposition is checked in _skip)
| (?P<bare>(?i:\L<bare_units>)(?![\w-]))
  # "summer 2025", "last winter", "this spring"
| (?P<season>(?P<mod>(?i:last|next|this|early|late|(?:the\s+)?(?:past|coming)))\s+
     (?P<sea>(?i:spring|summer|autumn|fall|winter))(?![\w-])(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?
   |(?:(?i:the)\s+)?(?P<sea>(?i:spring|summer|autumn|fall|winter)),?\s+(?:of\s+)?
     (?:(?P<year>{_YEAR})|(?P<sy>(?i:{_SPELLED_YEAR}))|{_SHORT_YEAR})
   |(?i:the)\s+(?P<sea>(?i:spring|summer|autumn|winter))(?![\w-]))     # not "the fall": a collapse
  # "For the year, sales rose": the current year, only before a comma or a full stop
| (?P<theyear>(?i:the)\s+year(?=\s*[,.;:](?!\d)))  # not "Player of the Year."
  # "year-end", "the end of the year", "year's end"
| (?P<yend>(?i:year[\s-]end|year[\'’]s\s+end|the\s+end\s+of\s+the\s+year)(?![\w-]))
  # "the end of the month", "the start of this week": the unit they are part of
| (?P<uend>(?i:the\s+(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?P<unit>month|week|quarter|decade))
     (?![\w-]))
  # "recent years", "now", "recently"
| (?P<vague>(?i:recent\s+(?:years|months|weeks|days)|now|currently|nowadays|recently|the\s+future
     |the\s+past|these\s+days)(?![\w-])
   |(?i:the\s+(?:near\s+future|(?:near|short|long)\s+term)|a\s+later\s+date)(?![\w-])  # FUTURE_REF
   |(?i:current)(?=\s+[a-z])(?!\s+accounts?\b))  # "current conditions" (not the economists' "current account")
  # "fiscal 1998", "1998", "the year 2000"
  # "the 20th century"
| (?P<cent>(?:(?i:the)\s+)?(?:(?i:early|late|mid-?)\s*)?
     (?P<cn>2[01]|1?[1-9]|10)(?i:st|nd|rd|th)[\s-](?i:century)(?![\w-]))
  # "the nineties"
| (?P<decw>(?i:the\s+(?:early\s+|late\s+|mid-)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties
     |nineties))(?![\w-]))
  # "1998", "fiscal 1998", "FY2023", "post-1959"
| (?P<yr>(?:(?i:fiscal\s+(?:year\s+)?|mid-|pre-|post-|(?:early|late)\s+)|FY\s?)?(?P<year>{_YEAR})
     # "2024-2028", "the 2022-23 season", "fiscal 2024/25": a second year of its own
     (?:[-\u2013/](?P<year2>(?:1[0-9]|20)?[0-9]{{2}})(?![\w%/-]|,\d|\.\d))?)
  # "day-long", "a two-year-long inquiry", "decades-long": a stretch of time as an adjective (last: rare)
| (?P<lng>(?:(?!(?i:an?)\s)(?P<num>(?i:{_NUM}))[\s-]+)?(?P<unit>(?i:{_UNIT_WORD}))-(?i:long)(?![\w-]))
)
"""
)

#: The units in the singular, which begin an expression only before "-long" ("day-long"): gated words.
_UNIT_STEMS: Final = frozenset(unit for unit in UNITS if not unit.endswith("s"))
#: The units in the plural that are a stretch of time alone, after a preposition: "for years", "within minutes".
_BARE_UNITS: Final = frozenset(unit for unit in UNITS if unit.endswith("s")) - {"quarters"}
#: Every word an expression can start with (lower case), for the scanner's quick first test.
_FIRST_WORDS: Final = frozenset(
    {name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES)}
    | {name.lower()[:3] for name in (*MONTH_NAMES, *WEEKDAY_NAMES)}
    | {"sept", "tues", "thurs"}
    | {name.lower() + "s" for name in WEEKDAY_NAMES}
    | set(NUMBER_WORDS)
    | set(VAGUE_WORDS)
    | set(SEASONS)
    | {"a", "an", "the", "this", "that", "last", "next", "early", "late", "mid", "earlier", "later", "every", "each"}
    | {"daily", "weekly", "monthly", "today", "tomorrow", "yesterday", "tonight", "noon", "midday", "midnight", "past"}
    | {"coming", "previous", "following", "same", "preceding", "recent", "fiscal", "more", "less", "about"}
    | {"new", "valentine", "independence", "halloween", "veterans", "christmas", "boxing", "martin", "presidents"}
    | {"memorial", "labor", "thanksgiving", "latter", "election", "easter", "good", "palm", "ash"}
    | {"black", "cyber", "st"}
    | _BARE_UNITS
    | _UNIT_STEMS
    | {"roughly", "hourly", "yearly", "year", "mid", "twice", "pre", "post", "prior", "q", "h", "fy"}
    | {"nearly", "almost", "over", "first", "second", "third", "fourth", "several", "few", "couple"}
)
#: Common words that start an expression only before a word of :data:`_AFTER_DETERMINER` (or a digit).
_GATED: Final = frozenset(
    {"the", "that", "a", "an", "at", "some", "new", "more", "less", "about", "over", "nearly", "almost"}
    | {"this", "last", "next", "year", "mid", "first", "second", "third", "fourth", "good", "palm", "ash", "prior"}
    | set(NUMBER_WORDS)
    | _UNIT_STEMS
)
#: Every word that can follow a :data:`_GATED` word inside an expression (lower case).
_AFTER_DETERMINER: Final = frozenset(
    {"early", "late", "mid", "comparable", "year", "this", "last", "next", "latest", "most", "just", "quarter"}
    | {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "weekend", "following", "previous"}
    | {"same", "preceding", "day", "past", "coming", "current", "full", "fiscal", "future", "corresponding"}
    | {"few", "couple", "dozen", "additional", "more", "extra", "half", "least", "than", "thousand", "end", "and", "oh"}
    | {"near", "short", "long", "later", "latter", "times", "beginning", "start", "middle"}
    | DAY_KINDS  # "eight trading days": see _THIRD_WORDS
    | COUNT_ADJECTIVES  # "three straight days": see _THIRD_WORDS
    | {"prior", "other"}
    | set(PART_OF_DAY)
    | set(WEEKDAYS)
    | set(MONTHS)
    | set(NUMBER_WORDS)
    | set(UNITS)
    | set(SEASONS)
    | set(DECADE_WORDS)
)
#: The words that can follow the second day of "April 24 and 25" (lower case): "in Geneva", "when", "and".
_AFTER_SECOND_DAY: Final = frozenset(
    {"in", "at", "on", "when", "while", "before", "after", "and", "or", "but", "for", "from", "with", "during"}
    | {"respectively", "this", "next", "last", "to", "through", "until", "as", "because", "amid", "despite"}
)
#: The scanner, its first-word tests spelled out as word tries (twice as fast as named lists).
_SCANNER: Final = regex.compile(
    spell_out_lists(
        _PATTERN,
        first=_FIRST_WORDS | {"at"},
        gated=_GATED,
        after_det=_AFTER_DETERMINER,
        after_day2=_AFTER_SECOND_DAY,
        bare_units=_BARE_UNITS,
    ),
    regex.VERBOSE,
)
#: The scanner's group names -> their place in ``Match.groups()`` (a name used twice is one group)
_GROUP_INDEX: Final = MappingProxyType({name: i - 1 for name, i in _SCANNER.groupindex.items()})
#: The scanner's top-level groups, one per expression family, in the grammar's order, with their places in
#: ``Match.groups()`` (see :func:`_family`).
_FAMILIES: Final = tuple(
    (name, _GROUP_INDEX[name])
    for name in (
        "mdy", "dmy", "my", "mrel", "modm", "mon1", "iso", "us", "clock", "rday", "tpart", "midpart", "wdset",
        "wday", "decade", "yq", "quarter", "half", "samep", "fq", "ya", "wkend", "holiday", "ana", "syr", "ago",
        "fyear", "rel", "set", "dur", "ahead", "bare", "season", "theyear", "yend", "uend", "vague", "cent",
        "decw", "yr", "lng",
    )
)  # fmt: skip
#: The lower-case words an expression can begin with: the first word of every entry of :data:`_FIRST_WORDS`.
_START_WORDS: Final = frozenset(regex.match(r"[a-z]+", w).group() for w in _FIRST_WORDS | {"at"})  # type: ignore[union-attr]
#: :data:`_START_WORDS` as they are written in lower case, Title case and capitals (a set look-up per word).
_START_CASED: Final = frozenset(f(w) for w in _START_WORDS for f in (str.lower, str.title, str.upper))
#: :data:`_GATED` in lower case, Title case and capitals.
_GATED_CASED: Final = frozenset(f(w) for w in _GATED for f in (str.lower, str.title, str.upper))
#: The first letters of every word of :data:`_AFTER_DETERMINER` ("year" of "year-end").
_AFTER_FIRST: Final = frozenset(regex.sub(r"[^a-z].*", "", w) for w in _AFTER_DETERMINER) - {""}
#: The text cut into runs of ASCII letters, of digits, quote marks and the rest: :func:`_starts` picks
#: the runs an expression can begin with by set look-ups, far faster than trying a pattern at each place.
#: (The standard library's ``re`` cuts the runs twice as fast as ``regex``: ASCII classes, the same runs.)
_RUNS: Final = re.compile(r"[A-Za-z]+|[0-9]+|'|[^A-Za-z0-9']+")
#: The three characters that ``regex`` matches to an ASCII letter when it ignores case, each with that letter
#: ("ſ" to "s", the Kelvin sign to "k", "İ" to "i"). A text holding one is scanned in full (rare; looked for with
#: ``in``, a memchr-speed search, not a pattern: it reads every character of every text), and group values are
#: read with them written in ASCII, so the word tables find them.
_FOLDS_TO_ASCII: Final = MappingProxyType({"\u0130": "i", "\u017f": "s", "\u212a": "k"})
_ASCII_FOLDS: Final = MappingProxyType(str.maketrans(dict(_FOLDS_TO_ASCII)))
_DIGITS: Final = frozenset("0123456789")
#: The gated words that can lead a number in an expression: "the 1990s", "mid 1990s", "about 20 years".
_BEFORE_NUMBER: Final = frozenset({"the", "mid", "about", "nearly", "almost", "over", "some"})
#: The words a number of one to three digits can be followed by, after a space, in an expression:
#: units ("12 days"), months ("8 March", "8 of March"), clock times ("3 p.m."), "2 1/2 years",
#: "2 and a half years", "20 more years", "28 times a week"; and the phrases of :data:`_NUMBER_PHRASE`.
_AFTER_NUMBER: Final = frozenset(
    {"of", "and", "a", "p", "am", "pm", "more", "additional", "extra", "times"} | set(UNITS) | set(MONTHS)
)
#: The phrases after a number, in an expression, that begin with words of no other: "4 in the morning",
#: "10 at night", "eight trading days" (not "181 business owners", "3 at the mill").
_NUMBER_PHRASE: Final = (
    rf"(?i:{_CLOCK_PART_WORDS}"  # "4 in the morning"
    rf"|{_DAY_KIND_WORD}\s+days?(?![A-Za-z])"  # "eight trading days"
    rf"|{_COUNT_ADJECTIVE_WORD}\s+(?:{_DAY_KIND_WORD}\s+)?{_UNIT_WORD}(?![A-Za-z])"  # "20 consecutive trading days"
    rf"|(?:to|through|or)\s+{_DAY}\s+(?:of\s+)?{_MONTH})"  # "12 to 14 June"
)
_NUMBER_PHRASE_AT: Final = re.compile(_NUMBER_PHRASE)
#: The marks that can follow a number in an expression: "3:30", "3/4/21", "2.5 years", "3-day".
_AFTER_NUMBER_MARKS: Final = frozenset(":/.-\u2013")
#: The characters the scanner never starts after (besides letters): "$30", "2.5", "1-3", "_3".
_NOT_BEFORE_NUMBER: Final = frozenset("$£€.-_")
_WORD_START: Final = regex.compile(r"(?<![\w$£€.-])(?:[0-9']|[^\W\d_])")
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: The characters a run of letters, of digits or a quote mark begins with (any other ends a run of the rest).
_RUN_START: Final = _ASCII_LETTERS | _DIGITS | {"'"}


#: Start words that begin an expression, before a space and a word, only before one of these words (lower
#: case): "at least two weeks" (not "at a time"); "past Monday", "past summer", "past week" (not "past its").
_NEXT_WORDS: Final = MappingProxyType(
    {
        "at": frozenset({"least"}),
        "past": frozenset(WEEKDAYS)
        | {"tues", "thurs", "weekend", "fiscal", "century"}
        | set(SEASONS)
        | set(UNITS)
        | set(_AFTER_FIRST),
        # "late March", "early this year", "late last week", "early spring" (not "late for the")
        **dict.fromkeys(
            ("early", "late"),
            frozenset(MONTHS)
            | set(SEASONS)
            | {"the", "this", "last", "past", "next", "earlier", "later", "previous", "following"},
        ),
    }
)
#: The words a number expression (:data:`_NUM`) can begin with, lower case (a few more: "many", "some").
_NUM_FIRST: Final = frozenset(w for w in NUMBER_WORDS if " " not in w)
#: Gated word pairs that begin an expression, before a space and a word, only before one of these words
#: (lower case) or a number that can begin one: "a few days" (not "a few residents"), "more than 20 years" (not
#: "more than taxes", "at least 8 of the 11": see :func:`_not_before`).
_THIRD_WORDS: Final = MappingProxyType(
    {
        ("a", "few"): _AFTER_NUMBER | DAY_KINDS,
        ("a", "dozen"): _AFTER_NUMBER | DAY_KINDS,
        ("more", "than"): _NUM_FIRST,
        ("less", "than"): _NUM_FIRST,
        ("at", "least"): _NUM_FIRST,
        # "eight trading days", "a business day" (not "eight business owners", "the business")
        **{(word, kind): frozenset({"day", "days"}) for word in _GATED for kind in DAY_KINDS},
        # "three straight days", "11 consecutive trading days" (not "three straight wins")
        **{(word, adj): frozenset(UNITS) | DAY_KINDS for word in _GATED for adj in COUNT_ADJECTIVES},
    }
)
#: The marks no gated word is followed by in an expression (each goes on with a space, a hyphen, an
#: apostrophe, a letter or a digit): "good.", "this,", "that)".
_CLOSING_MARKS: Final = frozenset('.,;:!?)]"\u201d')
#: The words an expression can begin with right before a capital letter ("lastJuly", "midMorning": a month or
#: a part of the day after ``\s*``); no other start word is followed by a letter ("AP" is not "a").
_BEFORE_CAPITAL: Final = frozenset({"last", "next", "this", "early", "late", "mid"})
_BEFORE_CAPITAL_LONGEST: Final = max(map(len, _BEFORE_CAPITAL))
#: The runs of :data:`_RUNS` an expression can begin with, each found after skipping, in one match, the runs
#: before it that none can: the other characters, words in lower or Title case that no expression begins
#: with, the gated words before a word that no expression continues with ("the man", see :func:`_starts`) and
#: the commonest numbers that no expression begins with.
#: Then group 1 is a word of :data:`_START_CASED`, 2 a word in mixed case, 3 a run of digits, 4 a quote
#: mark; none at the end of the text. Every match ends where a run ends, so the search never fails and
#: restarts: one pass over the text. (The word that no expression begins with, the commonest run, is tried
#: before the gated word: the branches exclude each other, and most words then meet one word trie, not two.)
_CANDIDATES: Final = re.compile(
    rf"""(?:[^A-Za-z0-9']+
      |(?!(?:{word_trie(_START_CASED)})(?![A-Za-z]))(?:[a-z]+|[A-Z][a-z]*)(?![A-Za-z])
      |(?:{word_trie(_START_CASED & _GATED_CASED)})(?![A-Za-z])
        (?=\x20(?!(?:{word_trie(_AFTER_FIRST | {w.title() for w in _AFTER_FIRST})})(?![A-Za-z]))
            (?:[a-z]+|[A-Z][a-z]*)(?![A-Za-z]))
      # the numbers no expression begins with (the first tests of _no_time_number_at): "$30", "2.5", "1,500",
      # "45%", "12 people" (a space and a word that no number of the grammar is followed by)
      |(?<=[$£€._A-Za-z-])[0-9]+
      |[0-9]{{1,3}}(?![0-9])(?=[,%]|\x20(?!(?i:{word_trie(_AFTER_NUMBER)})(?![A-Za-z])|{_NUMBER_PHRASE})[A-Za-z])
    )*+
    (?:({word_trie(_START_CASED)})(?![A-Za-z])|([A-Za-z]+)|([0-9]+)|(')|\Z)""",
    re.VERBOSE,
)


#: The future cues that count on either side of an expression ("will", "is expected", "due to").
_FUTURE_WORDS: Final = (
    r"will|won't|shall|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|plann(?:ed|ing)\s+for|is\s+to|are\s+to"
    r"|(?<!\bhad\s+been\s+)(?:supposed\s+to|scheduled|due\s+to)"
    r"|set\s+to|expect(?:s|ed)?|upcoming|next(?!\s+to)|until|hopes?\s+to|forecasts?|as\s+soon\s+as"
)
_FUTURE_CUE: Final = regex.compile(rf"(?i)\b(?:should|would|{_FUTURE_WORDS})\b")
#: after the expression, "would" is mostly reported speech ("On Saturday, X said the pier would reopen")
_FUTURE_AFTER_CUE: Final = regex.compile(rf"(?i)\b(?:{_FUTURE_WORDS})\b")
#: a future verb earlier in the same clause, right up to the expression ("is expected to be lit on Sept. 14"):
#: no punctuation, relative word or reporting verb in between
_FUTURE_IN_CLAUSE: Final = regex.compile(
    r"""(?i)\b(?:will|'ll|shall|expect(?:s|ed)?\s+to|scheduled|set\s+to|due\s+to|going\s+to|is\s+to|are\s+to)\b
    (?:(?!\b(?:where|which|who|when|after|before|since|said|says)\b)[^,;:.!?\n])*+$""",
    regex.VERBOSE,
)
#: "one day" after a modal or a subject pronoun means some day ahead: "will one day be", "he one day leads"
_SOMEDAY_BEFORE: Final = regex.compile(r"(?i)\b(?:will|would|could|may|might|can|shall|must|he|she|we|they|i|you)\s+$")
#: "ahead of Sunday's vote": a possessive day still to come
_AHEAD_OF_BEFORE: Final = regex.compile(r"(?i)\b(?:ahead\s+of|in\s+advance\s+of|until|till)\s+$")
#: "the day before", "the day after": resolved against a date right after them when there is one
_DAY_BEFORE_AFTER: Final = regex.compile(r"(?i)the\s+day\s+(?P<dir>before|after)")
#: "the week of March 6": the week that holds the date after it
_WEEK_OF_BEFORE: Final = regex.compile(r"(?i)\bthe\s+week\s+of\s+$")
_UNTIL_BEFORE: Final = regex.compile(r"(?i)\b(?:until|till)\s+$")
_DEADLINE_BEFORE: Final = regex.compile(r"(?i)\b(?:by|until|till)\s+(?:early\s+|late\s+|mid-)?$")
#: a verb ending in -ed in lower case ("United" is a name), unless a bare "be" makes it a passive infinitive
#: ("should be finished") or "is", "are" a present passive ("when the case is decided")
_NOT_PASSIVE: Final = r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
_ED_VERB: Final = rf"{_NOT_PASSIVE}(?-i:[a-z]{{3,}}ed)"
#: an irregular past verb in lower case ("brought", "took"): a vocabulary list
_IRREGULAR_VERB: Final = rf"{_NOT_PASSIVE}(?-i:\L<irregular>)"
#: The past cues that count on either side of an expression ("was", "had been", "stepped", "took").
_PAST_WORDS: Final = spell_out_lists(
    rf"was|were|had|has\s+been|have\s+been|did|ago|{_ED_VERB}|{_IRREGULAR_VERB}", irregular=IRREGULAR_PAST
)
#: before the expression also "said", "told", "last", "since"; after it "said" is attribution, not tense
_PAST_CUE: Final = regex.compile(rf"(?i)\b(?:said|told|last|since|{_PAST_WORDS})\b")
_PAST_AFTER_CUE: Final = regex.compile(rf"(?i)\b(?:{_PAST_WORDS})\b")
_BARE_BEFORE: Final = regex.compile(r"(?i)\b(?:for|within|over|in|took|takes|lasted)\s+$")
_AGE_AFTER: Final = regex.compile(r"\s+old(?!\w)")
#: a count in words: "three", "twenty", "several"
_COUNT_WORD: Final = rf"(?:{_ONES}|{_TEENS}|{_TENS}|several|many|few)"
#: after "daily", "weekly": a name (not a month or a weekday: "open daily May through September") or a
#: possessive makes it a newspaper ("the party daily Granma", "the daily's editor")
_PAPER_AFTER: Final = regex.compile(rf"\x20(?!{_MONTH}|{_WEEKDAY})[A-Z]|['\u2019]s\b")
#: a count right before "daily": "three daily Atlanta flights" is a set, not a newspaper
_NUMBER_BEFORE: Final = regex.compile(rf"(?i)(?:\d|\b{_COUNT_WORD})\s+$")
#: the word before "Today" in a name: "USA Today", "VOA Today" (see NAMES_BEFORE_TODAY)
_TODAY_NAME_BEFORE: Final = regex.compile(
    spell_out_lists(r"(?i)\b\L<names>\s+$", names=NAMES_BEFORE_TODAY), regex.VERBOSE
)
_RATE_BEFORE: Final = regex.compile(
    rf"""(?i)(?:\d[\d,.]*%?|million|billion|trillion|thousand|hundred|percent|cents?|dollars?
    |(?:\d[\d,.]*|{_COUNT_WORD}|million|billion|trillion|thousand|hundred)\s+[a-z]+s)\s+$""",
    regex.VERBOSE,
)
#: a newspaper's word in capitals after a weekday: "The Sunday Times", "the Sunday Telegraph"
_PAPER_NAME_AFTER: Final = regex.compile(spell_out_lists(r"\x20(?=[A-Z])(?i:\L<words>)\b", words=PAPER_WORDS))
#: the words before a time on the 24-hour clock ("at 14:30", "by 1200 GMT"): without one, "John 14:30", "a 16:10
#: ratio", "(2019 est.)" are no times
_CLOCK_CUE_BEFORE: Final = regex.compile(
    r"(?i)\b(?:at|by|from|until|till|before|after|around|about|since|to|between|and|on)\s+(?:about\s+)?$"
)
#: after "Q1" ... "Q4": words that make it no quarter ("Q4 hours", "Q1 of the survey", "Q1 and Q2")
_NOT_A_QUARTER_AFTER: Final = regex.compile(r"\s+(?:hours?\b|of\b|and\s+Q\d)")
#: after "minutes": the record of a meeting, not a stretch of time ("in minutes released Wednesday")
_MINUTES_RECORD_AFTER: Final = regex.compile(r"\s+(?i:of|released|published|showed|show|from)\b")
_QUARTER_WORD: Final = regex.compile(r"(?i)\bquarter(?!-century)|\bperiod\b")
#: "[the quarter] ended Sept. 30": the day a reporting quarter ends
_QUARTER_ENDED: Final = regex.compile(
    rf"\s+(?i:end(?:ed|ing))\s+(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?", regex.VERBOSE
)
#: "a flat second quarter": an indefinite article (and an adjective) before a quarter
_INDEFINITE_BEFORE: Final = regex.compile(r"(?i)\ban?\s+(?:[a-z]+\s+)?$")
#: "the nine months", "the first six months": a company's results for the year so far (with "the" before)
_PERIOD_BEFORE: Final = regex.compile(r"(?i)\bthe\s+(?:latest\s+|most\s+recent\s+|first\s+)?$")
_SENTENCE_END: Final = regex.compile(r"(?<!\b[A-Z])[.!?]\s+(?=[A-Z\"\u201c])|\n")
_NAME_BEFORE: Final = regex.compile(r"\b[A-Z][A-Za-z]+\s*$")
_THE_BEFORE: Final = regex.compile(r"(?i)\bthe\s+$")  # "the March accession"
#: the words after which "May", "March" alone are months ("in May", "between March and May") and a year after a
#: capitalised word is no name ("In 1995"); in text in capitals the prepositions alone ("IN MAY", not "TO MARCH")
_PREPOSITIONS_BEFORE_DATES: Final = (
    *("in", "of", "since", "by", "until", "till", "before", "after", "from", "to", "during", "through", "between"),
    *("early", "late", "mid", "last", "next", "this", "on", "for", "and", "or"),
)
_CAPITALS_PREPOSITIONS: Final = (
    *("in", "of", "since", "by", "until", "before", "after", "from", "during", "through", "for"),
)
_CAPITALS_PREP_BEFORE: Final = regex.compile(rf"\b(?:{'|'.join(w.upper() for w in _CAPITALS_PREPOSITIONS)})\s+$")
_PREP_BEFORE: Final = regex.compile(rf"(?i)\b(?:{'|'.join(_PREPOSITIONS_BEFORE_DATES)})\s+(?:the\s+)?$")

#: a number of people or things right after a year-like number: "2014 troops", "1,500 more soldiers"
_COUNT_AFTER: Final = regex.compile(spell_out_lists(r"\s*(?:[a-z]+\s+)?\L<nouns>", nouns=COUNT_NOUNS))
#: a time zone right after a year-like number makes it a 24-hour clock time: "1200 GMT", "1456 local time"
_ZONE_AFTER: Final = regex.compile(_ZONE_NEXT)
_NOW_THAT_AFTER: Final = regex.compile(r"\s*(?:that|,)")  # "now that", "now,"
_DAY_DIGITS: Final = regex.compile(r"\d+")  # the day of "8th", "08"
_CLOCK_DIGITS: Final = regex.compile(r"(?P<hour>\d+)(?::(?P<minute>\d+))?")  # "10:30" of "10:30a.m."

_SEASON_MONTHS: Final = MappingProxyType({"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)})


# --------------------------------------------------------------------------- date helpers
def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _week_value(day: dt.date) -> tuple[str, Interval]:
    iso = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return f"{iso.year:04d}-W{iso.week:02d}", Interval(monday, monday + dt.timedelta(days=6))


def _day(day: dt.date) -> tuple[str, Interval, str]:
    return day.isoformat(), Interval(day, day), "day"


def _month(year: int, month: int) -> tuple[str, Interval, str]:
    return f"{year:04d}-{month:02d}", Interval(dt.date(year, month, 1), _month_end(year, month)), "month"


def _year(year: int) -> tuple[str, Interval, str]:
    return f"{year:04d}", Interval(dt.date(year, 1, 1), dt.date(year, 12, 31)), "year"


def _quarter(year: int, q: int) -> tuple[str, Interval, str]:
    first = 3 * q - 2
    return f"{year:04d}-Q{q}", Interval(dt.date(year, first, 1), _month_end(year, first + 2)), "quarter"


def _half(year: int, half: int) -> tuple[str, Interval, str]:
    """The first (1) or second (2) half of *year*: "2023-H1", January to June."""
    first = 6 * half - 5
    return f"{year:04d}-H{half}", Interval(dt.date(year, first, 1), _month_end(year, first + 5)), "half"


def _decade(start: int) -> tuple[str, Interval, str]:
    """The decade that begins in year *start* (1990 -> "199", the 1990s)."""
    return f"{start // 10:03d}", Interval(dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade"


def _season(year: int, code: str) -> tuple[str, Interval, str]:
    first, last = _SEASON_MONTHS[code]
    end_year = year + 1 if code == "WI" else year
    return f"{year:04d}-{code}", Interval(dt.date(year, first, 1), _month_end(end_year, last)), "season"


def _clause_tense(text: str, start: int, end: int, reach: int = 120) -> Tense:
    """The tense of the clause around ``text[start:end]``: the nearest cue word within *reach* decides."""
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    before = text[lo:start]
    after = text[end:hi]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.end()
    if cut is not None:
        before = before[cut:]
    m_end = _SENTENCE_END.search(after)
    if m_end is not None:
        after = after[: m_end.start()]
    best: tuple[int, Tense] | None = None
    cues: tuple[tuple[regex.Pattern[str], Tense], ...] = ((_FUTURE_CUE, "future"), (_PAST_CUE, "past"))
    for cue, tense in cues:  # the nearest cue before the expression decides
        for m in cue.finditer(before):
            d = len(before) - m.end()
            if best is None or d < best[0] or (d == best[0] and tense == "future"):
                best = (d, tense)
    # "until" right before it bounds the event without a tense: a past verb after it decides
    # ("Until Thursday, the board had not named a chair")
    if best is None or (best == (len(before) - len(before.rstrip()), "future") and _UNTIL_BEFORE.search(before)):
        until = best
        best = None  # else the nearest cue after it ("said" after it is attribution, not tense)
        for cue, tense in ((_FUTURE_AFTER_CUE, "future"), (_PAST_AFTER_CUE, "past")):
            m2 = cue.search(after)
            if m2 is not None and (best is None or m2.start() < best[0]):
                best = (m2.start(), tense)
        if until is not None and (best is None or best[1] != "past"):
            best = until
    return "neutral" if best is None else best[1]


def _month_day_tense(text: str, start: int, end: int) -> Tense:
    """The tense a month and day without a year ("Sept. 14") is read in: that of a verb close by, else a future
    cue further back in the clause ("is expected to be lit on Sept. 14", "will take place at 11 a.m. on Nov. 11");
    neutral resolves to the nearest such date. (A past verb further back is no cue here: it misled more often
    than it helped on the TempEval-3 documents.)"""
    tense = _clause_tense(text, start, end, reach=16)
    if tense == "neutral" and _FUTURE_IN_CLAUSE.search(text, max(0, start - 60), start):
        return "future"
    return tense


def _holiday(name: str, year: int) -> dt.date:
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])  # Western (Gregorian) Easter
    if name in WEEKDAY_AFTER_HOLIDAYS:
        month, wd, after = WEEKDAY_AFTER_HOLIDAYS[name]
        start = dt.date(year, month, after)
        return start + dt.timedelta(days=(wd - start.weekday() - 1) % 7 + 1)
    month, wd, n = NTH_WEEKDAY_HOLIDAYS[name]
    if n < 0:
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


def _holiday_years(pub: dt.date | None, raw: str | None, tense: Tense) -> tuple[int, ...]:
    """Candidate years of a holiday, in the order the tense tries them."""
    if raw:
        return (int(raw),)
    assert pub is not None
    if tense == "future":
        return (pub.year, pub.year + 1)
    if tense == "past":
        return (pub.year, pub.year - 1)
    return (pub.year, pub.year - 1, pub.year + 1)


def _last_quarter(pub: dt.date) -> tuple[int, int]:
    """The last quarter completed before *pub* (the one a company reports on)."""
    q = (pub.month - 1) // 3
    return (pub.year, q) if q else (pub.year - 1, 4)


def _period_back(st: _State, pub: dt.date, years: int, fallback_quarter: bool) -> Resolved:
    """The reporting period under discussion (:attr:`_State.period`) *years* earlier: "a year earlier" after
    "the fourth quarter" is that quarter a year before, after "the nine months" the year before. With no
    period named yet, the last quarter completed before *pub* when *fallback_quarter*, else *pub*'s year."""
    if st.period is not None:
        year, q = st.period
        return ("DATE", *(_quarter(year - years, q) if q else _year(year - years)), st.period_start)
    if fallback_quarter:
        year, q = _last_quarter(pub)
        return ("DATE", *_quarter(year - years, q), "published")
    return ("DATE", *_year(pub.year - years), "published")


def _quarter_ended(pub: dt.date, m: regex.Match[str]) -> tuple[int, int] | None:
    """The quarter (year, number) that ends on the day of *m* (:data:`_QUARTER_ENDED`): the one its middle
    month falls in ("ended July 31" is May to July, the second quarter); the last such day before *pub*."""
    month = MONTHS[m.group("mon").lower().rstrip(".")]
    day = _day_number(m.group("day"))
    year = int(m.group("year")) if m.group("year") else pub.year - ((month, day) > (pub.month, pub.day))
    try:
        middle = dt.date(year, month, day) - dt.timedelta(days=45)
    except ValueError:
        return None
    return middle.year, (middle.month - 1) // 3 + 1


def _weekday_date(pub: dt.date, wd: int, tense: Tense, mod: str) -> dt.date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if mod == "last":
        return pub - dt.timedelta(days=back or 7)
    if mod == "next":
        return pub + dt.timedelta(days=ahead or 7)
    if mod == "this":
        return pub + dt.timedelta(days=wd - pub.weekday())
    if tense == "future":
        return pub + dt.timedelta(days=ahead)
    if tense == "past":
        return pub - dt.timedelta(days=back)
    return pub - dt.timedelta(days=back) if back <= 3 else pub + dt.timedelta(days=ahead)


def _month_year(pub: dt.date, month: int, tense: Tense, mod: str = "") -> int:
    if mod == "last":
        return pub.year if month < pub.month else pub.year - 1
    if mod == "next":
        return pub.year if month > pub.month else pub.year + 1
    if mod == "this":
        return pub.year
    if tense == "past":
        return pub.year if month <= pub.month + 1 else pub.year - 1  # "was extended to Nov. 16": a deadline
    if tense == "future":
        return pub.year if month >= pub.month else pub.year + 1
    diff = month - pub.month  # news looks back more often than ahead: four months ahead, seven back
    if diff > 4:
        return pub.year - 1
    if diff < -7:
        return pub.year + 1
    return pub.year


_HALF: Final = regex.compile(r"(?i)\s1/2|\.5|\s+and\s+a\s+half")


def _num(word: str) -> int:
    """The whole count of a number in digits or words ("24", "twenty-four", "2 1/2" -> 2); -1 when vague."""
    w = " ".join(_HALF.sub("", word).lower().replace("-", " ").split())
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]  # "twenty four"
    return -1


def _spelled_year(words: str) -> int:
    """The year written in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    parts = words.lower().replace("-", " ").split()
    if parts[0] == "two":  # "two thousand (and n)"
        return 2000 + (NUMBER_WORDS.get(parts[-1], 0) if len(parts) > 2 else 0)
    rest = [p for p in parts[1:] if p != "oh"]
    if rest == ["hundred"]:
        return 1900
    return 1900 + sum(NUMBER_WORDS.get(p, 0) for p in rest)


#: units whose half is written in a smaller unit: letter -> (smaller units per unit, smaller letter, the odd half)
_HALF_IN_SMALLER_UNITS: Final = MappingProxyType(
    {"W": (7, "D", "T12H"), "DE": (10, "Y", ""), "CE": (100, "Y", ""), "Q": (3, "M", "15D")}
)


def _duration_value(n: int, letter: str, half: bool) -> str:
    """The TIMEX3 duration of *n* (-1: unknown) units of *letter*, plus a half unit when *half*."""
    amount = "X" if n < 0 else str(n)
    if half and n >= 0 and letter in _HALF_IN_SMALLER_UNITS:
        # "a week and a half", "a decade and a half": written in the next unit down (ISO has no "P1.5W" in TimeML)
        per, smaller, extra = _HALF_IN_SMALLER_UNITS[letter]
        return f"P{n * per + per // 2}{smaller}{extra}"
    if letter == "DE":
        return f"P{amount}0Y" if n >= 0 else "PXDE"
    if letter == "CE":
        return f"P{amount}00Y" if n >= 0 else "PXCE"
    extra = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}.get(letter, "") if half and n >= 0 else ""
    if letter in ("H", "MIN"):
        return f"PT{amount}{'H' if letter == 'H' else 'M'}{extra}"
    if extra.startswith("T"):
        return f"P{amount}{letter}{extra}"
    return f"P{amount}{letter}{extra}" if extra else f"P{amount}{letter}"


def _day_number(day: str) -> int:
    """The day of the month written as "8", "08" or "8th"."""
    m = _DAY_DIGITS.match(day)
    assert m is not None  # the scanner's day always begins with its digits
    return int(m.group())


def _named_year(g: Callable[[str], Any]) -> int:
    """The year a month or season names: in digits ("1998"), in words ("nineteen ninety-eight") or "'98"."""
    if g("year"):
        return int(g("year"))
    if g("yy"):
        return _fix_year(g("yy"))
    return _spelled_year(g("sy"))


def _fix_year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        return 2000 + y if y < 50 else 1900 + y
    return y


Resolved = tuple[TimeType, str | None, Interval | None, str | None, str | int | None]


class _State:
    """Per-call scanning state (local to one call: no module-level mutable state)."""

    __slots__ = ("coarse", "coarse_start", "last", "last_start", "months", "period", "period_start", "pub", "text")

    def __init__(self, text: str, pub: dt.date | None) -> None:
        self.text = text
        self.pub = pub
        self.last: dt.date | None = None
        self.last_start: int | None = None
        self.coarse: dt.date | None = None  # the last date of any granularity, for "that year"
        self.coarse_start: int | None = None
        self.months: dict[int, int] = {}
        #: the reporting period under discussion, (year, quarter) or (year, 0) for a year's months so far
        #: ("the third quarter", "the nine months"): what "a year earlier" and "the year-ago period" go back from
        self.period: tuple[int, int] | None = None
        self.period_start: int | None = None


def _family(m: regex.Match[str]) -> str:
    """The expression family of a scanner match: the first of :data:`_FAMILIES` it has set (one test per match,
    not one per family in :func:`_resolve`). A family named earlier wins: "3 p.m. today" is a "clock", not an
    "rday", "mid-afternoon yesterday" an "rday", not a "midpart", "July last year" an "mrel", not a "rel"."""
    values = m.groups()
    for name, place in _FAMILIES:
        if values[place] is not None:
            return name
    raise AssertionError(f"no expression family set in {m!r}")


def _group_of(m: regex.Match[str]) -> Callable[[str], Any]:
    """``m.group`` for the scanner's named groups (typed like it), read from one ``m.groups()``: a third of the cost."""
    values = m.groups()
    if not m.group().isascii():
        values = tuple(value and value.translate(_ASCII_FOLDS) for value in values)
    return lambda name: values[_GROUP_INDEX[name]]


def _name_before(before: str) -> bool:
    """Whether *before* ends with a capitalised word that makes a number after it part of a name ("Flintlock
    2014", "the Audi Q3"): not a month, a preposition or another function word ("The 1995 law", "In 1995")."""
    if not _NAME_BEFORE.search(before) or _PREP_BEFORE.search(before):
        return False
    stripped = before.rstrip()
    word = (stripped.rsplit(None, 1)[-1] if stripped else "").lower().rstrip(".")
    return word not in MONTHS and word not in FUNCTION_WORDS


def _skip(m: regex.Match[str], family: str, text: str) -> bool:
    """False positives the grammar alone can't rule out (*family*: see :func:`_family`)."""
    g = _group_of(m)
    start = m.start()
    before = text[max(0, start - 40) : start]
    if family == "mon1":
        word = g("mon1")
        if len(word) == 3 and word.title() != "May":
            return True  # "Jan" alone is a name
        if word.title() in ("May", "March") or word.endswith("."):
            # verbs and abbreviations stand alone only after a preposition
            if word.isupper():  # in capitals only after a preposition: not "THE MARCH", "TO MARCH", "MAY OR MAY"
                return _CAPITALS_PREP_BEFORE.search(before) is None
            return _PREP_BEFORE.search(before) is None and _THE_BEFORE.search(before) is None
        return False
    if family == "yr":
        if g("yr")[0].isdigit():
            if _name_before(before):
                return True  # "Flintlock 2014": an event name (not "The 1995 law", "In 1995")
            after = text[m.end() : m.end() + 12]
            if _COUNT_AFTER.match(after):
                return True  # "2014 troops": a count
            if _ZONE_AFTER.match(after):
                return True  # "at 1200 GMT": a clock time on the 24-hour clock
        return False
    if family == "dur" and g("unit").lower().startswith("quarter"):
        fraction = text[m.start("unit") - 1] == "-" and g("unit").lower() == "quarters"
        return g("num").lower() in ("a", "an") or before.endswith("-") or fraction  # "a quarter of", "three-quarters"
    if family == "rel" and before.endswith(('"', "\u201c")) and all(w[:1].isupper() for w in m.group().split()):
        return True  # '"This Week,"' in quotes and title case: a programme's name
    if family == "bare":
        if g("bare").lower() == "minutes" and _MINUTES_RECORD_AFTER.match(text, m.end(), m.end() + 12):
            return True  # "in minutes released Wednesday": a meeting's record
        return _BARE_BEFORE.search(before) is None
    if family == "syr" and g("tyear") is None and g("sy")[:1].lower() == "t":
        return _PREP_BEFORE.search(before) is None  # "two thousand" is a year only as "in two thousand"
    if family == "vague":
        low = g("vague").lower()
        if low == "now" and _NOW_THAT_AFTER.match(text, m.end(), m.end() + 6) is None:
            return False
    if family == "dur" and g("mod") is None:
        if _AGE_AFTER.match(text, m.end(), m.end() + 8):
            return True  # "52 years old" is an age
        if g("num").lower() in ("a", "an") and _RATE_BEFORE.search(before):
            return True  # "$1.76 a year", "four flights a week": a rate, not a time
        unit = g("unit").lower()
        if unit in ("minute", "minutes", "hour", "hours") and g("num").lower() in ("a", "an") and not g("uhalf"):
            return True
    if (
        family == "set"
        and g("adv") is not None
        and _PAPER_AFTER.match(text, m.end(), m.end() + 20)
        and not _NUMBER_BEFORE.search(before)
    ):
        return True  # "the party daily Granma", "the daily's editor": a newspaper (not "three daily Atlanta flights")
    if (
        family == "wday"
        and g("mod") is None
        and g("part") is None
        and _PAPER_NAME_AFTER.match(text, m.end())
        and (_THE_BEFORE.search(before) or not before.strip())
    ):
        return True  # "The Sunday Times": a newspaper (not "On Sunday Times Square was crowded")
    if family == "clock" and g("time")[-1].isdigit():
        # the 24-hour clock needs a preposition before it ("at 1200 GMT"); "14:30 GMT" a zone after it
        zone = ":" in g("time") and _ZONE_AFTER.match(text, m.end("time")) is not None
        if not zone and _CLOCK_CUE_BEFORE.search(before) is None:
            return True  # "John 14:30", "a 16:10 ratio", "(2019 est.)"
    if (
        family == "quarter"
        and g("qn") is not None
        and (_name_before(before) or _NOT_A_QUARTER_AFTER.match(text, m.end()))
    ):
        return True  # "the Audi Q3", "Q4 hours": a name, a dose
    # "USA Today", "VOA Today": a name
    return family == "rday" and m.group().lower() == "today" and _TODAY_NAME_BEFORE.search(before) is not None


def _resolve(m: regex.Match[str], family: str, st: _State) -> Resolved | None:
    """Resolve one scanner match of *family* (see :func:`_family`): (type, value, interval, granularity, anchor)."""
    pub = st.pub
    text = st.text
    g = _group_of(m)
    absolute: str | int | None = "absolute"
    if family in ("mdy", "dmy", "iso", "us"):
        month = MONTHS[g("mon").lower().rstrip(".")] if g("mon") else int(g("mnum"))
        day = _day_number(g("day"))
        if g("year"):
            year = _fix_year(g("year"))
        elif g("wd") and pub is not None:
            wd = WEEKDAYS[g("wd").lower().rstrip(".")]
            year = pub.year
            for cand in (pub.year, pub.year - 1, pub.year + 1):
                try:
                    if dt.date(cand, month, day).weekday() == wd:
                        year = cand
                        break
                except ValueError:
                    pass
            absolute = "published"
        elif pub is not None and g("dmod"):
            dmod = g("dmod").lower()
            year = pub.year
            if dmod == "last" and (month, day) >= (pub.month, pub.day):
                year -= 1
            elif dmod == "next" and (month, day) <= (pub.month, pub.day):
                year += 1
            absolute = "published"
        elif pub is not None:
            tense = _month_day_tense(text, m.start(), m.end())
            year = _month_year(pub, month, tense)
            if month == pub.month and tense == "future" and day < pub.day:
                year += 1
            absolute = "published"
        else:
            return ("DATE", None, None, "day", None)
        try:
            value, interval, gran = _day(dt.date(year, month, day))
        except ValueError:
            return ("DATE", None, None, "day", None)
        return ("DATE", value, interval, gran, absolute)
    if family == "my":
        month = MONTHS[g("mon").lower().rstrip(".")]
        year = _named_year(g)
        st.months[month] = year
        return ("DATE", *_month(year, month), "absolute")
    if family == "syr":
        return ("DATE", *_year(_spelled_year(g("sy"))), "absolute")
    if family == "yq":
        return _reporting_quarter(m, st)
    if family == "ya":
        if pub is None:
            return ("DATE", None, None, "year", None)
        # with no period named yet, a quarter's results nearby make it the last quarter (searched only then)
        near = st.period is None and _QUARTER_WORD.search(text, max(0, m.start() - 300), m.end() + 100) is not None
        return _period_back(st, pub, 1, near)
    if family == "wkend":
        if pub is None:
            return ("DATE", None, None, "weekend", None)
        tense = _clause_tense(text, m.start(), m.end())
        if tense == "future":
            return _weekend(pub, "next" if pub.weekday() == 6 else "this")
        return _weekend(pub, "this" if pub.weekday() >= 5 else "last")
    if family in ("mrel", "modm", "mon1"):
        month = MONTHS[(g("mon") or g("mon1")).lower().rstrip(".")]
        if pub is None:
            return ("DATE", None, None, "month", None)
        mod = (g("rel") or g("mod") or "").lower()
        if family == "mrel":
            year = pub.year + {"last": -1, "next": 1}.get(mod, 0)
            st.months[month] = year
        elif family == "mon1" and month in st.months:
            year = st.months[month]  # "July" again after "July last year"
        else:
            tense = _clause_tense(text, m.start(), m.end(), reach=30)
            if tense == "neutral" and _DEADLINE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                tense = "future"  # "finished by October": a deadline ahead
            if tense == "neutral" and _clause_tense(text, m.start(), m.end(), reach=60) == "past":
                # no cue close by: a past verb further back in the clause ("stepped down as chief in March");
                # not a future cue that far ("cut its forecast, citing floods in March")
                tense = "past"
            if mod.startswith(("earlier", "later")):
                mod = "this"
            year = _month_year(pub, month, tense, mod if mod in ("last", "next", "this") else "")
        return ("DATE", *_month(year, month), "published")
    if family == "decade":
        if g("dec") is not None:
            return ("DATE", *_decade(int(g("dec")) * 10), "absolute")
        digit = int(g("dec2"))
        return ("DATE", *_decade((1900 if digit >= 3 else 2000) + digit * 10), "absolute")
    if family == "quarter":
        q = int(g("qn")) if g("qn") else ORDINAL_WORDS[g("ord").lower()]
        if g("year"):
            return ("DATE", *_quarter(int(g("year")), q), "absolute")
        if pub is None:
            return ("DATE", None, None, "quarter", None)
        year = pub.year if q <= (pub.month - 1) // 3 + 1 else pub.year - 1
        noun = g("qn") is None and text[m.end("ord")] != "-"  # "a flat second quarter", not "a third-quarter loss"
        if not (noun and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start())) and (
            (year, q) <= _last_quarter(pub) or _clause_tense(text, m.start(), m.end()) != "future"
        ):
            # the quarter the story reports on, that a "year-ago" figure is compared with: not one ahead
            # ("will result in a fourth-quarter charge"; "expects to report a third-quarter loss" once it
            # has ended is), nor one in passing ("after a flat second quarter")
            st.period, st.period_start = (year, q), m.start()
        return ("DATE", *_quarter(year, q), "published")
    if family == "half":
        half = int(g("hn")) if g("hn") else (1 if g("hord").lower() == "first" else 2)
        if g("year"):
            return ("DATE", *_half(int(g("year")), half), "absolute")
        if pub is None:
            return ("DATE", None, None, "half", None)
        year = pub.year + {"last": -1, "next": 1}.get(g("hrel").lower(), 0)
        return ("DATE", *_half(year, half), "published")
    if family == "holiday":
        name = " ".join(g("hname").lower().replace("’", "'").split())
        if pub is None and not g("year"):
            return ("DATE", None, None, "day", None)
        tense = _clause_tense(text, m.start(), m.end(), reach=30)
        for year in _holiday_years(pub, g("year"), tense):
            when = _holiday(name, year)
            if g("hweek"):  # a holiday's week has begun once its Monday has
                when -= dt.timedelta(days=when.weekday())
            if pub is None or g("year") or (tense != "future" and when <= pub) or (tense == "future" and when >= pub):
                break
            if tense == "neutral" and abs((when - pub).days) <= 183:
                break
        if g("hweek"):  # "Easter week", "Thanksgiving week": the week of the holiday
            value, interval = _week_value(when)
            return ("DATE", value, interval, "week", "absolute" if g("year") else "published")
        return ("DATE", *_day(when), "absolute" if g("year") else "published")
    if family == "samep":
        if pub is None:
            return ("DATE", None, None, "quarter", None)
        return _period_back(st, pub, 1, True)
    if family == "fq":
        if pub is None:
            return ("DATE", None, None, "quarter", None)
        if (g("qmod") or "").lower().startswith("year"):  # "the year-ago quarter": the one compared, a year back
            return _period_back(st, pub, 1, True)
        ended = _QUARTER_ENDED.match(text, m.end())
        if ended is not None:  # "the quarter ended July 31": the quarter most of those three months fall in
            last = _quarter_ended(pub, ended)
            if last is not None:
                year, q = last
                if st.period is None:
                    st.period, st.period_start = (year, q), m.start()
                return ("DATE", *_quarter(year, q), "absolute")
        if st.period is not None and st.period[1]:  # "the quarter" after "the fiscal first quarter": that one
            return ("DATE", *_quarter(*st.period), st.period_start)
        year, q = _last_quarter(pub)
        return ("DATE", *_quarter(year, q), "published")
    if family == "season":
        code = SEASONS[g("sea").lower()]
        if g("year") or g("sy") or g("yy"):
            return ("DATE", *_season(_named_year(g), code), "absolute")
        if pub is None:
            return ("DATE", None, None, "season", None)
        cur = {12: "WI", 1: "WI", 2: "WI"}.get(pub.month) or next(
            k for k, (a, b) in _SEASON_MONTHS.items() if k != "WI" and a <= pub.month <= b
        )
        year = pub.year - 1 if pub.month <= 2 and cur == "WI" else pub.year
        mod = " ".join((g("mod") or "").lower().split())
        if not mod:  # by tense: the last one begun, the next one not over, else the nearest
            tense = _clause_tense(text, m.start(), m.end())
            seasons = [_season(y, code) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
            if tense == "past":
                pick = max((c for c in seasons if c[1].start <= pub), key=lambda c: c[1].start)
            elif tense == "future":
                pick = min((c for c in seasons if c[1].end >= pub), key=lambda c: c[1].start)
            else:
                pick = min(seasons, key=lambda c: abs((c[1].start - pub).days + (c[1].end - pub).days))
            return ("DATE", *pick, "published")
        # seasons counted in a row (a winter begins in December, after that year's fall)
        order = ("SP", "SU", "FA", "WI")
        idx = order.index(code)
        now = year * 4 + order.index(cur)
        mod = {"past": "last", "the past": "last", "coming": "next", "the coming": "next"}.get(mod, mod)
        if mod == "last":  # the most recent one before the current season
            which = now - 1 - (now - 1 - idx) % 4
        elif mod == "next":  # the first one after the current season
            which = now + 1 + (idx - now - 1) % 4
        else:  # "this summer", "early spring": the current one, else the one of the publication's year
            which = now if code == cur else pub.year * 4 + idx
        return ("DATE", *_season(which // 4, code), "published")
    if family == "yr":
        return ("DATE", *_year(int(g("year"))), "absolute")
    if family == "theyear":
        if pub is None:
            return ("DATE", None, None, "year", None)
        return ("DATE", *_year(pub.year), "published")
    if family == "yend":
        if pub is None:
            return ("DATE", None, None, "year", None)
        return ("DATE", *_year(pub.year), "published")
    if family == "uend":
        unit = g("unit").lower()
        if pub is None:
            return ("DATE", None, None, unit, None)
        return ("DATE", *_shift(pub, unit, 0), "published")
    if family == "cent":
        first = (int(g("cn")) - 1) * 100
        return (
            "DATE",
            f"{first // 100:02d}",
            Interval(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31)),
            "century",
            "absolute",
        )
    if family == "decw":
        return ("DATE", *_decade(1900 + DECADE_WORDS[g("dw").lower()]), "absolute")
    if family == "clock":
        tm = g("time").lower().replace(" ", "")
        if tm in ("noon", "midday"):
            hh, mm = 12, 0
        elif tm == "midnight":
            hh, mm = 24, 0  # TimeML: "midnight Friday" is the end of Friday, T24:00
        else:
            parts = _CLOCK_DIGITS.match(tm)
            assert parts is not None  # the scanner's clock time begins with its digits
            hour, minute = parts.group("hour"), parts.group("minute")
            if len(hour) > 2:  # "1200 GMT", "0745 GMT"
                hour, minute = hour[:-2], hour[-2:]
            hh, mm = int(hour), int(minute or 0)
            if not tm[-1].isdigit():  # not the 24-hour clock: "3 p.m.", "4 in the morning"
                hh %= 12
                if tm.rstrip(".").endswith(("p.m", "pm", "afternoon", "evening")) or (tm.endswith("night") and hh >= 6):
                    hh += 12  # "3 p.m.", "6 in the evening", "10 at night" (but "2 at night" is 2 a.m.)
        base: dt.date | None = None
        at: str | int | None = "published"
        if pub is not None:
            if g("wd"):
                base = _weekday_date(
                    pub, WEEKDAYS[g("wd").lower().rstrip(".")], _clause_tense(text, m.start(), m.end()), ""
                )
            elif g("mon"):
                month = MONTHS[g("mon").lower().rstrip(".")]
                year = (
                    int(g("year")) if g("year") else _month_year(pub, month, _month_day_tense(text, m.start(), m.end()))
                )
                try:
                    base = dt.date(year, month, _day_number(g("day")))
                except ValueError:
                    base = None
            elif g("rday"):
                rd = g("rday").lower()
                base = pub + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(rd, 0))
            else:  # a bare "10 p.m.": on the last day the story named, else on publication day
                base = st.last or pub
                at = st.last_start if st.last is not None else "published"
        if base is None:
            return ("TIME", None, None, "minute", None)
        moment = dt.datetime(base.year, base.month, base.day, hh % 24, mm) + dt.timedelta(days=hh // 24)
        return ("TIME", f"{base.isoformat()}T{hh:02d}:{mm:02d}", Interval(moment, moment), "minute", at)
    if family == "rday":
        if pub is None:
            return ("DATE", None, None, "day", None)
        rd = g("rday").lower().split()[0]
        when = pub + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(rd, 0))
        part = (g("part") or ("night" if rd == "tonight" else "")).lower()
        if part:
            return ("TIME", f"{when.isoformat()}T{PART_OF_DAY[part]}", Interval(when, when), "part-of-day", "published")
        return ("DATE", *_day(when), "published")
    if family == "tpart":
        if pub is None:
            return ("TIME", None, None, "part-of-day", None)
        part = g("part").lower()
        when = pub - dt.timedelta(days=1) if g("tmod").lower() == "last" and part != "morning" else pub
        return ("TIME", f"{when.isoformat()}T{PART_OF_DAY[part]}", Interval(when, when), "part-of-day", "published")
    if family == "midpart":
        if pub is None:
            return ("TIME", None, None, "part-of-day", None)
        at = "published"
        if g("wd"):
            when = _weekday_date(
                pub, WEEKDAYS[g("wd").lower().rstrip(".")], _clause_tense(text, m.start(), m.end()), ""
            )
        elif g("rday"):
            when = pub + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g("rday").lower(), 0))
        else:  # like a bare clock time: on the last day the story named, else on publication day
            when = st.last or pub
            at = st.last_start if st.last is not None else "published"
        code = PART_OF_DAY[g("part").lower()]
        return ("TIME", f"{when.isoformat()}T{code}", Interval(when, when), "part-of-day", at)
    if family == "wdset":
        wd = WEEKDAYS[g("wd").lower()]
        part = PART_OF_DAY[g("part")[:-1].lower()] if g("part") else ""
        return ("SET", f"XXXX-WXX-{wd + 1}{'T' + part if part else ''}", None, None, "absolute")
    if family == "wday":
        if pub is None:
            return ("DATE", None, None, "day", None)
        wd = WEEKDAYS[g("wd").lower().rstrip(".")]
        mod = (g("mod") or "").lower().split()[-1] if g("mod") else ""
        wref: dt.date = pub
        at = "published"
        if mod in ("previous", "preceding", "following"):  # "the previous Friday": before the last date named
            if st.last is not None:
                wref, at = st.last, st.last_start
            mod = "next" if mod == "following" else "last"
        mod = {"past": "last", "coming": "next"}.get(mod, mod)
        tense = _clause_tense(text, m.start(), m.end())
        if text.startswith(("'s", "\u2019s"), m.end()):
            if _AHEAD_OF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                tense = "future"  # "ahead of Sunday's vote": the day still to come
            elif tense == "neutral":
                tense = "past"  # "Thursday's closing price": a day whose events are reported
        when = _weekday_date(wref, wd, tense, mod)
        if g("part"):
            code = PART_OF_DAY[g("part").lower()]
            return ("TIME", f"{when.isoformat()}T{code}", Interval(when, when), "part-of-day", at)
        return ("DATE", *_day(when), at)
    if family == "ana":
        words = g("ana").lower().split()
        unit = words[-1] if words[-1] not in ("before", "after") else "day"
        if unit in PART_OF_DAY:  # "that night", "the next morning": the day they are part of
            unit = "day"
        step = 0
        if any(w in ("next", "following", "after") for w in words):
            step = 1
        elif any(w in ("previous", "prior", "preceding", "before") for w in words):
            step = -1
        ref = st.last
        anchor: str | int | None = st.last_start
        # "next year" counts from publication, "the next year" from the story's date; "earlier in the year"
        # looks back from the story's now
        if words[0] == "next" or (words[0] == "earlier" and unit != "day"):
            ref = None
        elif unit in ("month", "quarter", "year") and st.coarse is not None:
            ref, anchor = st.coarse, st.coarse_start  # "in 1998 ... later that year": any date named
        if ref is None:
            ref = pub
            anchor = "published"
        if ref is None:
            return ("DATE", None, None, unit, None)
        return ("DATE", *_shift(ref, unit, step), anchor)
    if family == "ago":
        n = _num(g("num"))
        letter, gran = UNITS[g("unit").lower()]
        direction = g("dir").lower()
        sign = 1 if direction in ("later", "after") or direction.startswith("from") else -1
        ref = pub
        anchor = "published"
        if direction in ("later", "earlier", "before", "after") and st.last is not None:
            ref, anchor = st.last, st.last_start
        if n < 0 and direction == "ago":
            return ("DATE", "PAST_REF", None, None, "published")  # "several years ago"
        if direction in ("later", "earlier") and (n < 0 or gran in ("hour", "minute")):
            # "a few days later", "over an hour later": no date or clock time to give, so the stretch
            # between the two events (TimeML's duration with the signal "later")
            half = _HALF.search(g("num")) is not None or g("uhalf") is not None
            return ("DURATION", _duration_value(n, letter, half), None, gran, "absolute")
        if ref is None or n < 0 or gran in ("hour", "minute", "quarter"):
            return ("DATE", None, None, gran, None)
        if gran == "year" and n == 1 and sign < 0 and pub is not None:
            # "a year ago" after a quarter's results: the year before the period the story reports on
            if st.period is not None:
                return _period_back(st, pub, 1, False)
            if _QUARTER_WORD.search(text, max(0, m.start() - 600), m.end() + 100):
                return _period_back(st, pub, 1, True)
        return ("DATE", *_shift(ref, gran, sign * n), anchor)
    if family == "rel":
        mod = " ".join(g("mod").lower().split())
        unit = g("unit").lower().split()[-1]
        if unit == "weekend":
            return _weekend(pub, mod)
        if pub is None:
            return ("DATE", None, None, unit, None)
        step = {"next": 1, "the coming": 1}.get(mod, -1 if mod.split()[-1] in ("last", "past") else 0)
        step = {"previous": -1, "the previous": -1}.get(mod, step)
        if mod in ("following", "the following"):
            if st.last is not None:
                return ("DATE", *_shift(st.last, unit, 1), st.last_start)
            step = 1
        return ("DATE", *_shift(pub, unit, step), "published")
    if family == "set":
        if g("adv"):
            adv = g("adv").lower()
            if adv == "hourly":
                return ("SET", "PT1H", None, None, "absolute")
            letter = {"daily": "D", "weekly": "W", "monthly": "M", "yearly": "Y"}[adv]
            return ("SET", f"P1{letter}", None, None, "absolute")
        if g("mon"):
            return ("SET", f"XXXX-{MONTHS[g('mon').lower().rstrip('.')]:02d}", None, None, "absolute")
        if g("wd"):
            wd = WEEKDAYS[g("wd").lower().rstrip(".")]
            return ("SET", f"XXXX-WXX-{wd + 1}", None, None, "absolute")
        unit = g("unit").lower()
        if g("other") is not None:  # "every other week": every second one
            return ("SET", f"P2{UNITS[unit][0]}", None, None, "absolute")
        if g("num") is not None:  # "every four years": a set of that period
            letter = UNITS[unit][0]
            return (
                "SET",
                _duration_value(_num(g("num")), letter, _HALF.search(g("num")) is not None),
                None,
                None,
                "absolute",
            )
        if g("freq") is not None:  # "twice a year": the period (TimeML keeps the count in freq)
            return ("SET", _duration_value(1, UNITS[unit][0], False), None, None, "absolute")
        if unit in ("morning", "night"):
            return ("SET", f"TXX{PART_OF_DAY[unit]}", None, None, "absolute")
        if unit == "hour":
            return ("SET", "PT1H", None, None, "absolute")
        return ("SET", f"P1{UNITS[unit][0]}", None, None, "absolute")
    if family == "fyear":
        return ("DURATION", "P1Y", None, "year", "absolute")
    if family == "ahead":
        letter, gran = UNITS[g("unit").lower()]
        return ("DURATION", f"PX{letter}", None, gran, "absolute")
    if family == "bare":
        letter, gran = UNITS[g("bare").lower()]
        return ("DURATION", _duration_value(-1, letter, False), None, gran, "absolute")
    if family == "lng":  # "day-long" is one day, "weeks-long" some weeks, "two-year-long" two years
        unit = g("unit").lower()
        letter, gran = UNITS[unit]
        n = _num(g("num")) if g("num") else (-1 if unit.endswith("s") else 1)
        return ("DURATION", _duration_value(n, letter, False), None, gran, "absolute")
    if family == "dur":
        if (
            g("mod") is None
            and " ".join(m.group().lower().split()) == "one day"
            and _SOMEDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            return ("DATE", "FUTURE_REF", None, None, "published")  # "will one day be": some day ahead
        n = _num(g("num"))
        letter, gran = UNITS[g("unit").lower()]
        half = _HALF.search(g("num")) is not None or g("uhalf") is not None
        if (
            letter == "M"
            and n in (6, 9)
            and pub is not None
            and (
                m.group().lower().startswith("the first")
                or _PERIOD_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            )
        ):
            # "for the nine months": the year so far is the period "a year earlier" goes back from
            st.period = ((st.period[0] if st.period else _last_quarter(pub)[0]), 0)
            st.period_start = m.start()
        return ("DURATION", _duration_value(n, letter, half), None, gran, "absolute")
    if family == "vague":
        low = " ".join(g("vague").lower().split())
        if low.startswith("in "):
            low = low[3:]
        if low in ("recent months", "recent weeks"):  # TimeML: a stretch of unknown length
            letter, gran = UNITS[low.split()[1]]
            return ("DURATION", f"PX{letter}", None, gran, "absolute")
        if low.startswith("recent"):
            return ("DATE", "PAST_REF", None, None, "published")
        return ("DATE", VAGUE_WORDS.get(low, "PRESENT_REF"), None, None, "published")
    return None


def _reporting_quarter(m: regex.Match[str], st: _State) -> Resolved:
    """ "the 1988 third quarter", "the year-ago period", "this year's second quarter", "last year's quarter"."""
    g = _group_of(m)
    pub = st.pub
    ordinal = g("ord")
    rel = " ".join((g("qrel") or "").lower().split())
    if g("year") and ordinal:
        return ("DATE", *_quarter(int(g("year")), ORDINAL_WORDS[ordinal.lower()]), "absolute")
    if pub is None:
        return ("DATE", None, None, "quarter", None)
    if not ordinal and rel.startswith(("year", "comparable", "last")):
        return _period_back(st, pub, 1, True)  # "the year-ago period": the period under discussion, a year back
    if g("year") and not ordinal and st.period is not None:
        # "the 1988 period": the period under discussion ("the nine months", "the second quarter") in 1988
        q = st.period[1]
        return ("DATE", *(_quarter(int(g("year")), q) if q else _year(int(g("year")))), "absolute")
    year, q = _last_quarter(pub)
    if ordinal:
        q = ORDINAL_WORDS[ordinal.lower()]
        year = pub.year if q <= (pub.month - 1) // 3 + 1 else pub.year - 1
    if g("year"):
        year = int(g("year"))
    elif rel.startswith(("year", "comparable", "last")):
        year -= 1
    elif rel.startswith("this"):
        year = pub.year
        if ordinal:  # "this year's third quarter": the period the story reports on
            st.period, st.period_start = (year, q), m.start()
    elif rel.startswith("next"):
        year = pub.year + 1
    return ("DATE", *_quarter(year, q), "published")


def _weekend(pub: dt.date | None, mod: str) -> Resolved:
    if pub is None:
        return ("DATE", None, None, "week", None)
    # "last weekend", "the past weekend", "this past weekend": the one before the publication's week
    step = {"next": 1, "the coming": 1}.get(mod, -1 if mod.split()[-1:] in (["last"], ["past"]) else 0)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
    iso = monday.isocalendar()
    sat = monday + dt.timedelta(days=5)
    return (
        "DATE",
        f"{iso.year:04d}-W{iso.week:02d}-WE",
        Interval(sat, sat + dt.timedelta(days=1)),
        "weekend",
        "published",
    )


def _shift(ref: dt.date, unit: str, n: int) -> tuple[str | None, Interval | None, str]:
    """The *unit* (day, week, month ...) that is *n* units from *ref*, as value, interval, granularity."""
    unit = unit.rstrip("s") if unit != "days" else "day"
    if unit.startswith("centur"):
        unit = "century"
    if unit == "day":
        return _day(ref + dt.timedelta(days=n))
    if unit == "week":
        value, interval = _week_value(ref + dt.timedelta(weeks=n))
        return value, interval, "week"
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, n)
        return _month(y, mo)
    if unit == "quarter":
        y, mo = _add_months(ref.year, ref.month, 3 * n)
        return _quarter(y, (mo - 1) // 3 + 1)
    if unit == "year":
        return _year(ref.year + n)
    if unit == "decade":
        start = (ref.year // 10 + n) * 10
        return str(start // 10), Interval(dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade"
    if unit == "century":
        first = (ref.year // 100 + n) * 100
        return f"{first // 100:02d}", Interval(dt.date(first, 1, 1), dt.date(first + 99, 12, 31)), "century"
    return None, None, unit


def _covers(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of *spans*: a bisection, not a walk over every span per match."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]

    def covered(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < merged[i][1]

    return covered


def _may_start(word: str) -> bool:
    """Whether an expression can begin with the letters *word* ("July", "LAST", and "next" in "nextJuly")."""
    if word.lower() in _START_WORDS:
        return True
    # the scanner's first-word test ends a word at any capital letter: try each such prefix
    # (only the short prefixes: a long run of capitals costs no more than its first letters)
    longest = min(len(word), _BEFORE_CAPITAL_LONGEST + 1)
    return any(word[:i].lower() in _BEFORE_CAPITAL for i in range(1, longest) if word[i].isupper())


def _starts(text: str) -> list[int]:
    """Offsets where :data:`_SCANNER` may match: every place it can match, and few where it can't.

    The text is cut into runs (:data:`_RUNS`); :data:`_CANDIDATES` finds only the runs an expression can
    begin with (a start word, a mixed-case word, digits, a quote mark), and the runs around each are read
    from the text itself.
    """
    if not text.isascii() and any(char in text for char in _FOLDS_TO_ASCII):
        return [m.start() for m in _WORD_START.finditer(text)]
    out: list[int] = []
    n = len(text)
    run_at = _RUNS.match
    for m in _CANDIDATES.finditer(text):
        kind = m.lastindex
        if kind is None:
            continue
        s, e = m.span(kind)
        if kind == 3:
            if not _no_time_number_at(text, s, e):
                out.append(s)
            continue
        if kind == 4:  # a quote mark starts only "'90s"
            if e < n and text[e].isdigit():
                out.append(s)
            continue
        run = m.group(kind)
        # a word in mixed case ("LASTly", "nextJuly"): the scanner's first word may end at a capital
        if kind == 2 and not _may_start(run):
            continue
        low = run.lower()
        allowed = _NEXT_WORDS.get(low)
        gated = run in _GATED_CASED
        if gated and e < n and text[e] in _CLOSING_MARKS:
            continue  # "good.": see _CLOSING_MARKS
        if (allowed is None and not gated) or e + 1 >= n or text[e] != " ":
            out.append(s)
            continue
        if text[e + 1] not in _RUN_START:
            if not gated:
                out.append(s)
            continue  # "about $30": a gated word before a mark fails the gate of _START
        nxt = run_at(text, e + 1).group()  # type: ignore[union-attr]  # the run after the space
        if allowed is not None and nxt[0] in _ASCII_LETTERS and nxt.lower() not in allowed:
            continue
        if gated:
            # "the", "a" ... start an expression only before a time word (or a digit): see _START
            if nxt.isalpha() and (nxt.islower() or nxt.istitle()) and nxt.lower() not in _AFTER_FIRST:
                continue
            # and before a number only when they can lead one ("the 1990s", "about 20 years", not "at 3 p.m.")
            if nxt[0] in _DIGITS and (low not in _BEFORE_NUMBER or _no_time_number_at(text, e + 1, e + 1 + len(nxt))):
                continue
            third = _THIRD_WORDS.get((low, nxt.lower()))
            if third is not None and _not_before(text, e + 1 + len(nxt), third):
                continue
        out.append(s)
    return out


def _not_before(text: str, e: int, words: Container[str]) -> bool:
    """Whether the word ending at *e* is followed by a space and a run that rules out an expression there: a
    word not among *words* (lower case), or a number that no expression begins with (in the grammar, a number
    after these words goes on as it would at the start of an expression: "more than 20 years")."""
    if e + 1 >= len(text) or text[e] != " " or text[e + 1] not in _RUN_START:
        return False
    nxt = _RUNS.match(text, e + 1).group()  # type: ignore[union-attr]
    if nxt[0] in _DIGITS:
        return _no_time_number_at(text, e + 1, e + 1 + len(nxt))
    return nxt.isalpha() and nxt.lower() not in words


def _no_time_number_at(text: str, s: int, e: int) -> bool:
    """Whether no time expression can begin with the number ``text[s:e]`` (a whole run of digits), judged
    by the runs around it: "2,500", "45%", "$30", "12 people" (a word that no number of the grammar is
    followed by)."""
    if s:
        prev = text[s - 1]
        if prev in _NOT_BEFORE_NUMBER or prev in _ASCII_LETTERS:
            return True  # the scanner's first test: never inside a word, a price or a number
        if prev.isalpha():  # a run of other characters, all letters ("é")?
            j = s - 2
            while j >= 0 and text[j] not in _RUN_START and text[j].isalpha():
                j -= 1
            if j < 0 or text[j] in _RUN_START:
                return True
    if e - s >= 4:  # only a year ("1990s", "2024-03-18") or a 24-hour clock time before a zone ("0745 GMT")
        return (e - s > 4 or not text.startswith(("1", "20"), s)) and not _ZONE_AFTER.match(text, e)
    n = len(text)
    if e == n:
        return True
    nxt = _RUNS.match(text, e).group()  # type: ignore[union-attr]
    if nxt.isspace():  # "12 days", "8 March", "3 p.m.", "2 1/2 years", "20 more years"
        f = e + len(nxt)
        if f >= n:
            return False
        after = _RUNS.match(text, f).group()  # type: ignore[union-attr]
        if after.lower() == "of":  # only "8 of March" goes on after "of"
            return _not_before(text, f + 2, MONTHS)
        return after.isalpha() and after.lower() not in _AFTER_NUMBER and not _NUMBER_PHRASE_AT.match(text, f)
    # "3:30", "3/4/21", "2.5 years", "3-day", "3pm", "20th", "1st"
    return not (nxt[0] in _AFTER_NUMBER_MARKS or nxt[0].isspace() or nxt.isalpha())


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """The scanner's matches in *text*, left to right, never overlapping (as ``_SCANNER.finditer``)."""
    end = 0
    match_at = _SCANNER.match
    for start in _starts(text):
        if start < end:
            continue
        m = match_at(text, start)
        if m is not None:
            yield m
            end = m.end()


def _day_of(expr: TimeExpression) -> dt.date | None:
    """The day *expr* begins on, when it is a date (not a clock time) with a value."""
    day = expr.interval.start if expr.interval is not None else None
    return day if isinstance(day, dt.date) and not isinstance(day, dt.datetime) else None


def _day_before_after(prev: TimeExpression, expr: TimeExpression, text: str) -> TimeExpression | None:
    """*prev* "the day before" and the date *expr* right after it as one expression, that date's day before
    or after: "the day before last Tuesday's hearing" is the Monday, whatever date the story named earlier."""
    day = _day_of(expr)
    if day is None or text[prev.end : expr.start].strip():
        return None
    rel = _DAY_BEFORE_AFTER.fullmatch(prev.text)
    if rel is None:
        return None
    value, interval, gran = _day(day + dt.timedelta(days=-1 if rel.group("dir").lower() == "before" else 1))
    return TimeExpression(text[prev.start : expr.end], prev.start, expr.end, "DATE", value, interval, gran, expr.anchor)


def _week_of(expr: TimeExpression, text: str) -> TimeExpression | None:
    """ "the week of" and the date *expr* right after it as one expression, the ISO week of that date."""
    before = _WEEK_OF_BEFORE.search(text, max(0, expr.start - 24), expr.start)
    day = _day_of(expr) if before is not None else None
    if before is None or day is None:
        return None
    value, interval = _week_value(day)
    start = before.start()
    return TimeExpression(text[start : expr.end], start, expr.end, "DATE", value, interval, "week", expr.anchor)


def _scan(
    text: str,
    pub: dt.date | None,
    skip: Sequence[tuple[int, int]] = (),
    no_anchor: Sequence[tuple[int, int]] = (),
) -> tuple[TimeExpression, ...]:
    st = _State(text, pub)
    out: list[TimeExpression] = []
    in_skip, in_no_anchor = _covers(skip), _covers(no_anchor)
    for m in _matches(text):
        s, e = m.span()
        if in_skip(s):
            continue
        family = _family(m)
        if _skip(m, family, text):
            continue
        try:
            res = _resolve(m, family, st)
        except (OverflowError, ValueError):
            res = ("DATE", None, None, None, None)
        if res is None:
            continue
        ttype, value, interval, gran, anchor = res
        expr = TimeExpression(m.group(), s, e, ttype, value, interval, gran, anchor)
        first, expr, second = _split_range(m, family, expr, text)
        if first is not None:
            out.append(first)
            if not in_no_anchor(first.start):
                _remember(st, first)
        merged = _day_before_after(out[-1], expr, text) if out and ttype == "DATE" and gran == "day" else None
        if merged is None and second is None and ttype == "DATE" and gran == "day":
            week = _week_of(expr, text)
            if week is not None:
                out.append(week)
                continue  # a week is no day for "the next day" to count from
        if merged is not None:
            out[-1] = expr = merged
        else:
            out.append(expr)
        if not in_no_anchor(expr.start):
            _remember(st, expr)
        if second is not None:
            out.append(second)
            if not in_no_anchor(second.start):
                _remember(st, second)
    return tuple(out)


def _remember(st: _State, expr: TimeExpression) -> None:
    """Keep a resolved date in *st* as what later anaphora ("the next day", "that year") refer to."""
    interval = expr.interval
    if expr.type != "DATE" or interval is None or not isinstance(interval.start, dt.date):
        return
    if expr.granularity == "day":
        st.last = interval.start
        st.last_start = expr.start
    if expr.granularity in ("day", "month", "quarter", "season", "year"):
        st.coarse = interval.start
        st.coarse_start = expr.start


def _split_range(
    m: regex.Match[str], family: str, expr: TimeExpression, text: str
) -> tuple[TimeExpression | None, TimeExpression, TimeExpression | None]:
    """A range the scanner matched as one expression, as (first, *expr* cut to its own words, second): "3-4 March"
    gives "3" before "4 March", "April 24 and 25" "25" after "April 24", "2024-2028" "2028" after "2024"."""
    if family == "dmy" and m.group("day0") is not None:
        day0, day = _day_number(m.group("day0")), _day_number(m.group("day"))
        own = attrs.evolve(expr, text=text[m.start("day") : m.end()], start=m.start("day"))
        if day0 >= day and day0 < 28:
            return None, own, None  # "2-2 March", "5-3 March": a score, no first day
        return _sibling_day(expr, *m.span("day0"), text, day0, later=False), own, None
    if family == "mdy" and m.group("day2") is not None:
        own = attrs.evolve(expr, text=text[expr.start : m.end("day")], end=m.end("day"))
        return None, own, _sibling_day(expr, m.start("day2"), m.end(), text, _day_number(m.group("day2")), later=True)
    if family == "yr" and m.group("year2") is not None:
        return None, *_second_year(m, expr, text)
    return None, expr, None


def _sibling_day(expr: TimeExpression, start: int, end: int, text: str, day: int, *, later: bool) -> TimeExpression:
    """``text[start:end]``, the other day of a range with the date *expr*: *day* of its month, or of the month after
    (*later*, "May 30 to 2") or before ("30 to 2 May") when it would fall on the wrong side of it; no value when
    *expr* has none or the day does not exist."""
    sibling = TimeExpression(text[start:end], start, end, "DATE", None, None, "day", None)
    ref = _day_of(expr)
    if ref is None:
        return sibling
    if (day > ref.day) if later else (day < ref.day):
        year, month = ref.year, ref.month
    else:
        year, month = _add_months(ref.year, ref.month, 1 if later else -1)
    try:
        value, interval, gran = _day(dt.date(year, month, day))
    except ValueError:
        return sibling
    return attrs.evolve(sibling, value=value, interval=interval, granularity=gran, anchor=expr.anchor)


def _second_year(m: regex.Match[str], expr: TimeExpression, text: str) -> tuple[TimeExpression, TimeExpression | None]:
    """ "2024-2028", "2022-23" as two years: *expr* cut to the first, and the second when it follows within a
    hundred years ("2024-03" is no range: the first year alone)."""
    first_end = m.end("year")
    first = attrs.evolve(expr, text=text[expr.start : first_end], end=first_end)
    year, raw = int(m.group("year")), m.group("year2")
    second_year = int(raw) if len(raw) == 4 else year // 100 * 100 + int(raw)
    if len(raw) == 2 and second_year <= year:
        second_year += 100  # "1999-00"
    if not 0 < second_year - year <= (100 if len(raw) == 4 else 10):
        return first, None
    s2 = m.start("year2")
    return first, TimeExpression(raw, s2, m.end(), "DATE", *_year(second_year), "absolute")


def find_times(text: str, published: dt.date | dt.datetime | str | None = None) -> tuple[TimeExpression, ...]:
    """Find every date and time expression in *text*, resolved against *published*.

    Expressions come sorted by ``start`` and never overlap; ``text[t.start:t.end] == t.text``.
    Without *published*, absolute dates still resolve and relative ones have ``value=None``.

    >>> [t.value for t in find_times("The talks resumed Saturday, March 16, and end in 2025.", published="2024-03-18")]
    ['2024-03-16', '2025']
    >>> [t.value for t in find_times("The talks resumed Saturday, March 16, and end in 2025.")]
    [None, '2025']
    """
    check_text(text)
    pub = coerce_published(published)
    return _scan(text, pub)


def resolve_time(expression: str, published: dt.date | dt.datetime | str | None = None) -> TimeExpression | None:
    """Resolve *expression* as one whole time expression; ``None`` when it is not one.

    >>> resolve_time("last July", published="2024-03-18").value
    '2023-07'
    """
    check_text(expression, "expression")
    pub = coerce_published(published)
    stripped = expression.strip()
    offset = expression.find(stripped) if stripped else 0
    if not stripped:
        return None
    m = _SCANNER.fullmatch(stripped)
    if m is not None and (m.group("day2") or m.group("day0") or m.group("year2")):
        return None  # "April 24 and 25", "3-4 March", "2024-2028" are two dates
    if m is None:
        found = _scan(stripped, pub)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
            t = found[0]
        else:
            return None
    else:
        try:
            res = _resolve(m, _family(m), _State(stripped, pub))
        except (OverflowError, ValueError):
            res = ("DATE", None, None, None, None)
        if res is None:
            return None
        t = TimeExpression(stripped, 0, len(stripped), res[0], res[1], res[2], res[3], res[4])
    return TimeExpression(
        t.text, t.start + offset, t.end + offset, t.type, t.value, t.interval, t.granularity, t.anchor
    )


class TimesParser:
    """Finds every time expression of the story, anchored on the context's publication date.

    Text inside the byline is skipped; dates inside photo captions are found but never
    serve as the anchor of a later "the next day" (a FILE photo's date is not the story's).
    """

    name = "times"

    def parse(self, doc: Document, context: Context) -> tuple[TimeExpression, ...]:
        """Return the time expressions of ``doc.text``."""
        skip = spans_of(context.results.get("byline"))
        captions = spans_of(context.results.get("captions"))
        return _scan(doc.text, context.published, skip, captions)
