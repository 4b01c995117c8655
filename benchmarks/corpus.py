"""A reproducible corpus of invented wire-style stories for the benchmarks and tests.

Every story is built from templates with a seeded :class:`random.Random`: the same seed gives
the same corpus on every machine and Python version. People, towns and organisations are
invented; no third-party text is used. Each story has a headline, usually a photo caption, a
byline, a dateline in one of the agency styles, body paragraphs with direct, partial and
reported quotes (curly and straight marks), and date expressions of many kinds ("on Tuesday",
"last July", "March 5, 2024", "two weeks ago", "at 3 p.m.").

Stories vary in length (4 to 50 body paragraphs, a long-tailed spread like a real wire
feed). :func:`text_of_size` concatenates stories into one text of a given size for the
cost-against-size measurements.

This module uses only the standard library, so tests can load it without the bench extra.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Story", "generate_corpus", "generate_story", "text_of_size", "write_jsonl"]

# --- invented vocabulary ---------------------------------------------------------------------

FIRST_NAMES = (
    "Tilda", "Oren", "Marisol", "Dmitri", "Aneka", "Bastian", "Corla", "Efrem", "Halvard", "Ines",
    "Jorun", "Kwabe", "Lusine", "Mateo", "Nadira", "Osric", "Perla", "Quill", "Rasmus", "Selka",
    "Tobiah", "Ulla", "Vesna", "Wendell", "Ximena", "Yusra", "Zoltan", "Amara", "Brecken", "Calla",
)  # fmt: skip
LAST_NAMES = (
    "Varn", "Okonkwe", "Haldersen", "Prewitt", "Castellano", "Mbeki-Rose", "Thornquist", "Delacroix",
    "Aberthwaite", "Nakamaru", "Quesnel", "Ravensworth", "Szabolcs", "Underhay", "Villaverde",
    "Whitcombe", "Yarrowby", "Zelinsky", "Ashgrove", "Brindlemoor", "O'Callaghan", "Fenwright",
    "Gallimore", "Hesketh-Lowe", "Ingleby", "Jaskolski", "Kettering", "Lindqvist", "Marchetti",
)  # fmt: skip
TITLES = ("Mayor", "Gov.", "Sen.", "Col.", "Gen.", "Dr.", "Police Chief", "Rep.", "Judge", "Commissioner")
ROLES = (
    "a spokesperson for the Kestral Valley Water Board",
    "the chief economist at Brindle & Oast Capital",
    "a senior analyst at the Halden Institute",
    "president of the Marrowick Teachers Union",
    "director of the Fenmoor County emergency office",
    "a professor of civil engineering at Norrland State University",
    "head of the Ostry Port Authority",
)
# Invented towns with real state or country names: the dateline styles need both.
US_PLACES = (
    ("KESTRAVILLE", "Ore."), ("PORT VAREN", "Maine"), ("ELMSFORD RIDGE", "Colo."), ("BRANNOCK", "Texas"),
    ("LAKE OSTRY", "Minn."), ("HALDEN FALLS", "N.Y."), ("MARROWICK", "Ky."), ("SOUTH TEMBERLY", "Calif."),
    ("GRISWALD", "Ohio"), ("CALLOWAY BEND", "La."),
)  # fmt: skip
WORLD_PLACES = (
    ("NORRHAVEN", "Norway"), ("VELSKOPJE", "Serbia"), ("SAN ILDARO", "Chile"), ("MBALARE", "Kenya"),
    ("TARQUENNE", "France"), ("OSTERWALD", "Germany"), ("KAROLU", "Finland"), ("PUERTO ALDAVE", "Peru"),
)  # fmt: skip
ORGS = (
    "the Kestral Valley Water Board", "Brindle & Oast Capital", "the Halden Institute", "Norrland Rail",
    "the Fenmoor County council", "Ostry Port Authority", "Marrowick General Hospital", "Tarquenne Energie",
)  # fmt: skip
TOPICS = (
    ("flood barrier", "flood barriers", "the river rose past its banks"),
    ("rail strike", "rail strikes", "commuters were stranded for hours"),
    ("water rate increase", "water rates", "households saw bills climb"),
    ("hospital expansion", "hospital wings", "the waiting lists grew longer"),
    ("port dredging plan", "shipping lanes", "cargo volumes fell sharply"),
    ("wildfire response", "fire crews", "dry winds pushed the flames east"),
    ("school budget", "school budgets", "class sizes went up again"),
)
SPEECH_VERBS = ("said", "said", "said", "told reporters", "added", "warned", "explained", "wrote")
AGENCIES = ("AP", "Reuters", "AFP", "none")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("two", "three", "four", "five", "six", "several")


class Story(NamedTuple):
    """One generated story: its full text and the pieces the part parsers take on their own."""

    id: str
    text: str
    published: dt.date
    headline: str
    byline: str
    dateline: str  # the dateline paragraph (dateline + first sentence)
    captions: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``newsparse batch`` input record for this story."""
        return {"id": self.id, "text": self.text, "published": self.published.isoformat()}


# --- building blocks -------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, str]:
    """A full name and the surname used on later mentions."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return f"{first} {last}", last


def _ap_date(day: dt.date, rng: random.Random, *, year: bool) -> str:
    month = AP_MONTHS.get(day.month, MONTHS[day.month - 1]) if rng.random() < 0.7 else MONTHS[day.month - 1]
    return f"{month} {day.day}, {day.year}" if year else f"{month} {day.day}"


def _time_phrase(rng: random.Random, published: dt.date) -> str:
    """A date or time expression of one of the kinds news copy uses."""
    kind = rng.randrange(14)
    past = published - dt.timedelta(days=rng.randrange(1, 6))
    if kind == 0:
        return f"on {WEEKDAYS[past.weekday()]}"
    if kind == 1:
        return "last week"
    if kind == 2:
        return f"on {_ap_date(past, rng, year=False)}"
    if kind == 3:
        month = MONTHS[rng.randrange(12)]
        return f"last {month}" if rng.random() < 0.5 else f"in {month} last year"
    if kind == 4:
        return f"{rng.choice(NUMBERS)} weeks ago"
    if kind == 5:
        clock = f"{rng.randrange(1, 12)}{rng.choice(('', ':30', ':15'))} {rng.choice(('a.m.', 'p.m.'))}"
        return f"at {clock} {WEEKDAYS[past.weekday()]}"
    if kind == 6:
        return f"since {rng.randrange(1998, published.year)}"
    if kind == 7:
        when = published - dt.timedelta(days=rng.randrange(30, 900))
        return f"on {_ap_date(when, rng, year=True)}"
    if kind == 8:
        return "next month"
    if kind == 9:
        return f"for {rng.choice(NUMBERS)} months"
    if kind == 10:
        return "the next day"
    if kind == 11:
        return f"by the end of {published.year + 1}"
    if kind == 12:
        return "every Monday"
    return "earlier this year"


def _open_close(rng: random.Random) -> tuple[str, str]:
    return ("\u201c", "\u201d") if rng.random() < 0.7 else ('"', '"')


#: The share of reporting sentences that carry a date expression. Real wire copy has about one
#: time expression per 300-500 characters and one quote per 250-350 (see docs/performance.md).
TIME_SHARE = 0.25


def _background(rng: random.Random, topic: tuple[str, str, str]) -> str:
    """A reporting sentence without a date expression, but with what a date scanner must look at and
    reject: numbers, amounts, percentages, capitalised names, "the", "a", "at", "that", "since"."""
    thing, things, effect = topic
    org = rng.choice(ORGS)
    first, last = _person(rng)
    n = rng.randrange(2, 900)
    templates = (
        f"The plan would cost about ${n} million over the life of the project, according to a summary "
        f"prepared by {org}, and would need the approval of at least {rng.randrange(3, 9)} of the "
        f"{rng.randrange(9, 15)} board members.",
        f"Supporters argue that the {thing} is long overdue, while critics say the money would be better "
        f"spent on roads, schools and the {rng.randrange(2, 40)} bridges that inspectors have flagged as unsafe.",
        f"{org[0].upper() + org[1:]} did not respond to a request for comment, and a lawyer for the "
        f"residents, {first} {last}, declined to discuss the case in detail.",
        f"About {rng.randrange(10, 95)}% of the {rng.randrange(200, 9000):,} households in the area rely on "
        f"the system, and many of them live at the edge of the flood plain, where {effect}.",
        f"The dispute has divided a town of {rng.randrange(4, 90)},{rng.randrange(100, 999)} people that "
        f"prides itself on its {things}, its small businesses and a council that rarely splits along party lines.",
        f"At a packed meeting in the high school gymnasium, a few residents held up signs that read "
        f"{rng.choice(('No More Delays', 'Fix It Now', 'Our Town, Our Water'))} as {last} spoke.",
        f"Since the vote, a group of {rng.randrange(12, 400)} business owners has written to the state "
        f"asking for an independent review of the {thing} and of the contracts signed so far.",
    )
    return rng.choice(templates)


def _sentence(rng: random.Random, topic: tuple[str, str, str], published: dt.date) -> str:
    """A plain reporting sentence, with a date expression in about ``TIME_SHARE`` of them."""
    if rng.random() >= TIME_SHARE:
        return _background(rng, topic)
    thing, things, effect = topic
    org = rng.choice(ORGS)
    hearing = _ap_date(published + dt.timedelta(days=rng.randrange(3, 60)), rng, year=False)
    millions = rng.randrange(2, 900)
    templates = (
        f"The {thing} was approved by {org} {_time_phrase(rng, published)}, after {effect}.",
        f"Officials said {_time_phrase(rng, published)} that {things} would be reviewed again.",
        f"{org[0].upper() + org[1:]} has spent about ${millions} million on {things} {_time_phrase(rng, published)}.",
        f"Residents first raised concerns {_time_phrase(rng, published)}, when {effect}.",
        f"A public hearing is set for {hearing} at {rng.randrange(1, 12)} p.m.",
        f"Nearly {rng.randrange(10, 95)}% of those surveyed said {things} mattered more than taxes.",
    )
    return rng.choice(templates)


def _quote_paragraph(
    rng: random.Random, speaker: tuple[str, str, str], topic: tuple[str, str, str], published: dt.date
) -> str:
    """A paragraph with a direct, partial, split or reported quote."""
    full, last, pronoun = speaker
    thing, things, _effect = topic
    op, cl = _open_close(rng)
    verb = rng.choice(SPEECH_VERBS)
    words = rng.choice(
        (
            f"We are not going to walk away from the {thing} now",
            f"Nobody here expected {things} to cost this much, and nobody planned for it",
            "The numbers speak for themselves, and they are not good",
            f"If we wait until {rng.choice(MONTHS)}, it will be too late for the {thing}",
            f"I have lived here for {rng.randrange(5, 60)} years and I have never seen anything like this",
        )
    )
    if rng.random() < 0.6:  # a quotation of two sentences, as most are
        words += rng.choice(
            (
                ". People are tired of hearing promises, and they want to see the work done properly",
                f". We owe it to the families who have waited, and to the {things} themselves",
                ". There is no easy answer here, but doing nothing is the worst answer of all",
            )
        )
    kind = rng.randrange(6)
    if kind == 0:
        return f"{op}{words},{cl} {last} {verb} {_time_phrase(rng, published)}."
    if kind == 1:
        return f"{op}{words},{cl} {pronoun} {verb}. {op}We will keep going.{cl}"
    if kind == 2:
        return f"{last} {verb} the {thing} was handled {op}in a careless and rushed manner.{cl}"
    if kind == 3:
        return f"{full} {verb} {_time_phrase(rng, published)} that the {thing} would go ahead despite objections."
    if kind == 4:
        return f"{op}{words}.{cl}"
    return f"The {thing} is {op}a problem we made ourselves,{cl} according to {full}."


def generate_story(rng: random.Random, index: int = 0) -> Story:
    """One invented story drawn from *rng* (deterministic for a given generator state)."""
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    topic = rng.choice(TOPICS)
    agency = rng.choice(AGENCIES)
    us = rng.random() < 0.6
    town, region = rng.choice(US_PLACES if us else WORLD_PLACES)
    town_title = town.title()

    # headline
    verb = rng.choice(("approves", "delays", "rejects", "debates"))
    head_words = f"{town_title} {verb} {topic[0]} after {rng.choice(('months', 'weeks', 'years'))} of dispute"
    if agency == "Reuters" and rng.random() < 0.5:
        headline = f"UPDATE {rng.randrange(1, 4)}-{head_words[0].upper()}{head_words[1:]} | Reuters"
    elif rng.random() < 0.5:
        headline = " ".join(w if w in {"of", "after"} else w[0].upper() + w[1:] for w in head_words.split())
    else:
        headline = head_words[0].upper() + head_words[1:]

    # byline
    reporters = [_person(rng)[0] for _ in range(rng.choice((1, 1, 2)))]
    if agency == "AP":
        byline = f"By {' and '.join(r.upper() for r in reporters)} Associated Press"
    elif agency == "Reuters":
        byline = f"By {' and '.join(reporters)}"
    else:
        byline = f"By {', '.join(reporters)}"

    # caption
    captions: list[str] = []
    if rng.random() < 0.7:
        photographer = _person(rng)[0]
        shot = published - dt.timedelta(days=rng.randrange(0, 2000))
        file_photo = shot < published - dt.timedelta(days=30)
        prefix = "FILE - " if file_photo else ""
        place = f"{town_title}, {region}"
        if agency == "Reuters":
            credit = f"REUTERS/{photographer}"
        else:
            credit = f"(AP Photo/{photographer}{', File' if file_photo else ''})"
        captions.append(
            f"{prefix}Workers inspect the {topic[0]} site in {place}, on {WEEKDAYS[shot.weekday()]}, "
            f"{_ap_date(shot, rng, year=True)}. {credit}"
        )

    # dateline paragraph
    first = f"{_sentence(rng, topic, published)[:-1]}, officials said."
    if agency == "AP":
        dateline = f"{town}, {region} (AP) \u2014 {first}"
    elif agency == "Reuters":
        dateline = f"{town}, {_ap_date(published, rng, year=False).replace('.', '')} (Reuters) - {first}"
    elif agency == "AFP":
        dateline = f"{town_title} ({region}) (AFP) - {first}"
    else:
        dateline = f"{town} \u2014 {first}"

    # body: a long-tailed number of paragraphs
    n_paragraphs = min(50, 4 + int(rng.expovariate(1 / 12)))
    cast = []
    for _ in range(rng.randrange(1, 4)):
        full, last = _person(rng)
        title = rng.choice(TITLES)
        cast.append((f"{title} {full}", last, rng.choice(("he", "she", "they"))))
    body: list[str] = []
    for i in range(n_paragraphs):
        speaker = rng.choice(cast)
        if i % 3 == 0 and rng.random() < 0.4:
            full, _last, _pronoun = speaker
            body.append(
                f"{full}, {rng.choice(ROLES)}, {rng.choice(SPEECH_VERBS)} "
                f"{_time_phrase(rng, published)} that {topic[2]}."
            )
        elif rng.random() < 0.45:
            quote = _quote_paragraph(rng, speaker, topic, published)
            body.append(f"{quote} {_background(rng, topic)}" if rng.random() < 0.4 else quote)
        else:
            body.append(" ".join(_sentence(rng, topic, published) for _ in range(rng.randrange(1, 5))))
    if agency == "Reuters":
        editor = _person(rng)[0]
        body.append(f"(Reporting by {' and '.join(reporters)}; Editing by {editor})")

    blocks = [headline, *captions, byline, dateline, *body]
    text = "\n\n".join(blocks) + "\n"
    return Story(f"story-{index:06d}", text, published, headline, byline, dateline, tuple(captions))


def iter_corpus(n: int, seed: int = 0) -> Iterator[Story]:
    """Yield *n* stories from one generator seeded with *seed* (streaming: no list kept)."""
    rng = random.Random(seed)
    for index in range(n):
        yield generate_story(rng, index)


def generate_corpus(n: int, seed: int = 0) -> list[Story]:
    """*n* stories, the same for the same *seed*."""
    return list(iter_corpus(n, seed))


def text_of_size(size: int, seed: int = 0) -> str:
    """One text of exactly *size* characters: generated stories joined by blank lines, cut to size."""
    parts: list[str] = []
    total = 0
    for story in iter_corpus(10**9, seed):
        parts.append(story.text)
        total += len(story.text) + 1
        if total >= size:
            break
    return "\n".join(parts)[:size]


def write_jsonl(path: Path, stories: Sequence[Story] | Iterator[Story]) -> int:
    """Write *stories* as ``newsparse batch`` input, one JSON object a line; return the bytes written."""
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for story in stories:
            line = json.dumps(story.to_json(), ensure_ascii=False) + "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))
    return written
