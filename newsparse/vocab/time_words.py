"""Words of time expressions besides month and weekday names (those are in ``calendar``).

``NUMBER_WORDS`` maps a spelled-out count (lower case) to its value; ``UNITS`` maps a unit
word (singular or plural, lower case) to its TIMEX3 duration letter and granularity name;
``SEASONS`` maps a season word to its TIMEX3 code; ``PART_OF_DAY`` maps a part of the day
to its TIMEX3 code; ``DECADE_WORDS`` maps "the nineties" words to the decade;
``VAGUE_WORDS`` maps the vague references to their value. Membership means "this word is
read as a time word by ``newsparse.parsers.times``"; ``COUNT_NOUNS``, the nouns that make a
year-like number before them a count ("2014 troops"), are the exception: they rule one out,
and so are ``NAMES_BEFORE_TODAY`` ("USA Today" is a newspaper) and ``PAPER_WORDS`` ("The
Sunday Times"); ``FUNCTION_WORDS`` keep a year after them in capitals a year ("The 1995 law",
not a name like "Flintlock 2014"). ``DAY_KINDS`` are the words before "days" that count days
on a calendar of their own ("eight trading days"), ``COUNT_ADJECTIVES`` those between any count
and its unit ("11 consecutive months").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "COUNT_ADJECTIVES",
    "COUNT_NOUNS",
    "DAY_KINDS",
    "DECADE_WORDS",
    "FUNCTION_WORDS",
    "NAMES_BEFORE_TODAY",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PAPER_WORDS",
    "PART_OF_DAY",
    "SEASONS",
    "UNITS",
    "VAGUE_WORDS",
]

NUMBER_WORDS: Final = MappingProxyType(
    {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
     "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
     "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
     "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
     "hundred": 100, "several": -1, "few": -1,
     "a few": -1, "some": -1, "many": -1, "couple": 2, "couple of": 2, "a couple of": 2, "a dozen": 12, "dozen": 12}
)  # fmt: skip

#: a decade of the 1900s in words (lower case) -> its first year's last two digits ("the nineties")
DECADE_WORDS: Final = MappingProxyType(
    {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
     "eighties": 80, "nineties": 90}
)  # fmt: skip

ORDINAL_WORDS: Final = MappingProxyType(
    {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
)

#: unit word -> (TIMEX3 duration letter, granularity)
UNITS: Final = MappingProxyType(
    {
        **dict.fromkeys(("day", "days"), ("D", "day")),
        **dict.fromkeys(("week", "weeks"), ("W", "week")),
        **dict.fromkeys(("month", "months"), ("M", "month")),
        **dict.fromkeys(("year", "years"), ("Y", "year")),
        **dict.fromkeys(("quarter", "quarters"), ("Q", "quarter")),
        **dict.fromkeys(("decade", "decades"), ("DE", "decade")),
        **dict.fromkeys(("century", "centuries"), ("CE", "century")),
        **dict.fromkeys(("hour", "hours"), ("H", "hour")),
        **dict.fromkeys(("minute", "minutes"), ("MIN", "minute")),
    }
)

#: adjectives between a count and its unit, which leave the stretch as long: "11 consecutive months", "three
#: straight days"
COUNT_ADJECTIVES: Final = frozenset({"consecutive", "straight", "successive"})

#: words before "days" that count days on a calendar of their own: "eight trading days" is still eight days
DAY_KINDS: Final = frozenset({"trading", "business", "working"})

#: function words (lower case): determiners, prepositions, conjunctions. A number after one of them in capitals begins
#: a sentence ("The 1995 law", "Its 2019 report", "The Q3 loss"); after any other capitalised word it is part of a
#: name ("Flintlock 2014", "the Audi Q3"). Words that count ("About 1500 attended", "Some", "Over", "Local 1199")
#: are left out: after them the number is no year.
FUNCTION_WORDS: Final = frozenset(
    {"the", "that", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "every", "each"}
    | {"a", "an", "no", "another", "whose", "which", "what", "both", "either", "neither", "all", "any"}
    | {"in", "on", "at", "by", "for", "from", "to", "of", "with", "into", "onto", "through", "between", "among"}
    | {"against", "toward", "towards", "upon", "within", "without", "during", "throughout", "beyond", "unlike"}
    | {"like", "despite", "amid", "except", "including", "via", "per", "versus", "vs", "circa"}
    | {"and", "or", "nor", "but", "yet", "so", "while", "whereas", "because", "although", "though", "if", "when"}
    | {"once", "as", "since", "until", "unless", "after", "before", "even", "not"}
)

#: the words (lower case) that make a "Today" after them part of a name, not a date: "USA Today", "VOA Today"
NAMES_BEFORE_TODAY: Final = frozenset(
    {"usa", "voa", "psychology", "christianity", "india", "russia", "china", "nigeria", "kenya", "philippines"}
)

#: the words (lower case) that make a weekday before them, in capitals, a newspaper's name: "The Sunday Times"
PAPER_WORDS: Final = frozenset(
    {"times", "telegraph", "express", "mirror", "herald", "post", "mail", "independent", "tribune", "star"}
)

SEASONS: Final = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"})

PART_OF_DAY: Final = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
)

#: vague reference word (lower case) -> TIMEX3 value
VAGUE_WORDS: Final = MappingProxyType(
    {"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
     "recently": "PAST_REF",
     "the past": "PAST_REF", "the future": "FUTURE_REF", "recent years": "PAST_REF", "the present": "PRESENT_REF",
     "formerly": "PAST_REF", "once": "PAST_REF", "these days": "PRESENT_REF", "soon": "FUTURE_REF",
     "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
     "the long term": "FUTURE_REF", "a later date": "FUTURE_REF"}
)  # fmt: skip

#: nouns (lower case) that make a year-like number before them a count: "2014 troops", "1,500 more soldiers"
COUNT_NOUNS: Final = frozenset({"people", "personnel", "troops", "soldiers", "dollars", "votes", "members"})

#: irregular past-tense verbs (lower case) that mark a clause as past, like a verb in -ed: "In January, the
#: firm brought in a new chief". Forms that are also common nouns, adjectives or present tenses ("left",
#: "set", "put", "cut", "read", "saw", "lost", "rose", "fell" ...) are left out.
IRREGULAR_PAST: Final = frozenset(
    {"began", "became", "brought", "bought", "built", "came", "caught", "chose", "drew", "drove", "fled",
     "flew", "fought", "forgot", "gave", "got", "grew", "heard", "held", "kept", "knew", "led", "made",
     "meant", "met", "paid", "ran", "sank", "sat", "sent", "shot", "sold", "sought", "spent", "spoke",
     "stood", "struck", "swept", "taught", "thought", "threw", "took", "went", "withdrew", "won",
     "wrote", "broke", "arose", "woke"}
)  # fmt: skip
