"""Turning the parsers' results into an :class:`~newsparse.Article`: paragraph roles, speakers.

Speakers are grouped by person: "junta spokesperson Col. Idrissa Maiga", "Maiga" and
a "he" the quotes parser resolved to him are one :class:`~newsparse.Person`, named by the
fullest form of the name and given the fullest title and role any mention carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, NamedTuple

import attrs

from ._casing import is_all_caps
from ._model import Article, Paragraph, ParagraphRole, Person, Quote, Speaker
from ._text import Document
from .vocab.pronouns import PRONOUNS
from .vocab.titles import ROLE_WORDS, TITLES

__all__ = ["BUILTIN_FIELDS", "assemble_article", "group_speakers"]

#: Words before a role noun that make it refer to one known person ("the director", "this spokesperson").
_ROLE_DETERMINERS: Final = frozenset({"the", "this", "that"})

#: A "role" opening with one of these is a relative clause ("which owns the pit"), not a role.
_RELATIVES: Final = frozenset({"who", "which", "that", "whose", "whom"})

#: Words after the head of a role: "analyst at SBM Intelligence", "chief executive of Lumo Kettles".
_AFTER_ROLE_HEAD: Final = frozenset({"of", "at", "for", "in", "with", "from", "on"})

#: Built-in parser name -> the Article field its result fills (``None``: it only sets paragraph roles).
BUILTIN_FIELDS: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "headline": "headline",
        "captions": "captions",
        "byline": "byline",
        "dateline": "dateline",
        "times": "times",
        "quotes": "quotes",
        "other": None,  # boilerplate paragraphs: they only set roles
    }
)


def _role_spans(results: Mapping[str, Any]) -> list[tuple[int, int, int, ParagraphRole]]:
    """The spans that give paragraphs a role, as (start, end, priority, role), sorted by start."""
    spans: list[tuple[int, int, int, ParagraphRole]] = []
    for item in results.get("other") or ():
        spans.append((item.start, item.end, 0, "other"))
    headline = results.get("headline")
    if headline is not None:
        spans.append((headline.start, headline.end, 1, "headline"))
    for caption in results.get("captions") or ():
        spans.append((caption.start, caption.end, 2, "caption"))
    byline = results.get("byline")
    if byline is not None:
        spans.append((byline.start, byline.end, 3, "byline"))
    spans.sort()
    return spans


def _paragraph_roles(doc: Document, results: Mapping[str, Any]) -> tuple[Paragraph, ...]:
    """Each paragraph with the role of an element covering at least half of it (else ``body``).

    One sweep over the paragraphs and the role spans, both in text order: linear in their number.
    """
    spans = _role_spans(results)
    dateline = results.get("dateline")
    out = []
    active: list[tuple[int, int, int, ParagraphRole]] = []  # spans begun before the paragraph's end
    next_span = 0
    for paragraph in doc.paragraphs:
        while next_span < len(spans) and spans[next_span][0] < paragraph.end:
            active.append(spans[next_span])
            next_span += 1
        active = [span for span in active if span[1] > paragraph.start]
        role: ParagraphRole = "body"
        best = None
        for start, end, priority, span_role in active:
            overlap = min(end, paragraph.end) - max(start, paragraph.start)
            if overlap > 0 and overlap * 2 >= paragraph.end - paragraph.start and (best is None or priority < best):
                role, best = span_role, priority
        covered_by_dateline = (
            dateline is not None and paragraph.start <= dateline.start < dateline.end >= paragraph.end - 1
        )
        if best is None and covered_by_dateline:
            role = "dateline"
        # The constructor, not ``attrs.evolve``: a paragraph has four fields, evolve looks them all up.
        out.append(
            Paragraph(paragraph.text, paragraph.start, paragraph.end, role) if role != paragraph.role else paragraph
        )
    return tuple(out)


def _without_titles(words: list[str]) -> list[str]:
    """The words of a speaker's name without the titles before it ("Col. Amadou X" -> Amadou, X)."""
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    if len(words) > 2 and " ".join(words[:2]) in TITLES:  # "Lt. Col."
        words = words[2:]
    return words


class _Name(NamedTuple):
    """What the assembly needs to know about one speaker name, worked out once a name."""

    words: tuple[str, ...]  # the words without the titles before them, case-folded
    proper: bool  # a proper name (every word capitalised): only these merge with shorter or longer forms
    caps: bool  # ``is_all_caps``
    listed: bool  # not blank and not an unresolved pronoun: a person to list
    written: str  # the name as written without its titles ("Col. Tessaly" -> "Tessaly")
    title: str | None  # the titles written into the name ("Col."), if the quotes parser left them there


#: Speaker name -> its facts. Many quotes share a speaker, so each name is looked at once and
#: the rest of the assembly reads a dict (no Python call per quote).
_Names = dict[str, _Name]


def _names_of(quotes: Sequence[Quote]) -> _Names:
    """The facts of every speaker name of *quotes*."""
    names: _Names = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.name not in names:
            name = speaker.name
            stripped = name.strip()
            listed = bool(stripped) and stripped.casefold() not in PRONOUNS
            words = name.split()
            own = _without_titles(words)
            written = " ".join(own)
            names[name] = _Name(
                tuple(written.casefold().split()),  # case folding makes no white space: the words of *own*
                all(word[:1].isupper() for word in words),
                is_all_caps(name),
                listed,
                written,
                " ".join(words[: len(words) - len(own)]) or None,
            )
    return names


def _shorter_forms(name: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The shorter forms a text may use for *name*: its last words ("X", "Amadou X"), its first and last word."""
    forms = {name[n:] for n in range(1, len(name))}
    if len(name) > 2:
        forms.add((name[0], name[-1]))
    return forms


def _fullest(values: Sequence[str | None]) -> str | None:
    """The longest of the given values (the first of equals), ``None`` when there is none."""
    best: str | None = None
    for value in values:
        if value and (best is None or len(value) > len(best)):
            best = value
    return best


def _canonical_names(proper: Mapping[tuple[str, ...], bool]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Map each name to the fullest name of its person: the one longer form it is short for, if unambiguous.

    Only proper names merge. "Biden" next to both "Joe Biden" and "Jill Biden" stays on its
    own: the text does not say which.
    """
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name, is_proper in proper.items():
        if is_proper:
            for form in _shorter_forms(name):
                if proper.get(form):
                    longer.setdefault(form, set()).add(name)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in proper:
        forms = longer.get(name, set())
        fullest = [form for form in forms if not longer.get(form, set()) & forms]
        out[name] = fullest[0] if len(fullest) == 1 else name
    return out


def _speakers_by_person(quotes: Sequence[Quote], names: _Names) -> list[tuple[tuple[str, ...], list[int]]]:
    """The quotes of each person, in order of their first quote: (key of the fullest name, quote indices)."""
    keys: dict[int, tuple[str, ...]] = {}
    proper: dict[tuple[str, ...], bool] = {}
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        facts = names[speaker.name]
        if not facts.listed:
            continue  # a pronoun the quotes parser could not resolve: nobody to list
        key = facts.words
        keys[index] = key
        proper[key] = proper.get(key, False) or facts.proper
    canonical = _canonical_names(proper)
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, key in keys.items():
        groups.setdefault(canonical[key], []).append(index)
    return _merge_role_nouns(quotes, groups, proper)


def _verb_stem(role: str) -> str | None:
    """The stem of the verb of a relative-clause role: "who chairs the association" -> "chair".

    A role noun made from that verb names the same person: "the chairman", "the leader"
    ("who leads"), "the founder" ("who founded"), "the coach" ("who coaches").
    """
    words = role.split()
    if len(words) < 2 or words[0].casefold() not in {"who", "which"}:
        return None
    verb = words[1].casefold()
    if verb.endswith("ed") or (verb.endswith("es") and verb[:-2].endswith(("ch", "sh", "ss", "x"))):
        verb = verb[:-2]  # "founded", "coaches"
    elif verb.endswith("s"):
        verb = verb[:-1]
    return verb if len(verb) >= 3 and verb.isalpha() else None


def _role_head(role: str) -> str | None:
    """The head noun of a role, case-folded: "chief executive of Lumo Kettles" -> "executive"."""
    head = None
    for word in role.split(",", 1)[0].split():
        if word in _AFTER_ROLE_HEAD:
            break
        head = word
    return head.casefold() if head else None


def _merge_role_nouns(
    quotes: Sequence[Quote], groups: dict[tuple[str, ...], list[int]], proper: Mapping[tuple[str, ...], bool]
) -> list[tuple[tuple[str, ...], list[int]]]:
    """Join "the (county transport) director" to the one named speaker whose role ends in "director".

    A relative-clause role counts by its verb: "who chairs the association" makes "the chairman".

    The quotes parser resolves a role noun to a person met before it; this also covers a role
    noun quoted before the name appears ("…, the director said Tuesday. … said Director Hana
    Brask"). Two named speakers with that role: the text does not say which, so no merge.
    """
    role_nouns = {
        key
        for key in groups
        if not proper[key] and len(key) >= 2 and key[0] in _ROLE_DETERMINERS and key[-1] in ROLE_WORDS
    }
    owners: dict[str, set[tuple[str, ...]]] = {}  # role head -> the named speakers with it
    doers: dict[str, set[tuple[str, ...]]] = {}  # verb stem of "who chairs ..." -> the named speakers
    for key, indices in groups.items() if role_nouns else ():  # no role noun: no role to read
        if proper[key]:
            # Each role once: a speaker quoted ten times mostly carries one role ten times.
            roles = {speaker.role for speaker in (quotes[index].speaker for index in indices) if speaker is not None}
            for role in roles:
                if not role:
                    continue
                stem = _verb_stem(role)
                if stem is not None:
                    doers.setdefault(stem, set()).add(key)
                    continue
                head = _role_head(role)
                if head:
                    owners.setdefault(head, set()).add(key)
    merged: dict[tuple[str, ...], list[int]] = {}
    for key, indices in groups.items():
        target = key
        if key in role_nouns:
            head = key[-1]
            candidates = set(owners.get(head, ()))
            for n in range(3, len(head) + 1):  # "chairman" <- "who chairs", "leader" <- "who leads"
                candidates |= doers.get(head[:n], set())
            if len(candidates) == 1:
                target = next(iter(candidates))
        merged.setdefault(target, []).extend(indices)
    return [(key, sorted(indices)) for key, indices in sorted(merged.items(), key=lambda item: min(item[1]))]


def _display_name(candidates: Sequence[Speaker], names: _Names) -> str:
    """The fullest written form of the name among *candidates* (the proper names, if any), without a title before it.

    One line already: the written form joins the words of the name with single spaces.
    """
    # The most words; among equals a name in mixed case ("Rita Obong") before one in capitals ("RITA OBONG").
    best = max(candidates, key=lambda s: (len(names[s.name].words), not names[s.name].caps))
    return names[best.name].written


def group_speakers(quotes: Sequence[Quote]) -> tuple[Person, ...]:
    """Each distinct speaker once, with the indices of their quotes.

    The same person is one :class:`~newsparse.Person` however the quotes name them ("Col.
    Idrissa Maiga", "Maiga", a resolved "he"): the name is the fullest form, the title
    and role the fullest any mention gives. Unresolved pronouns make no person.
    """
    people = []
    names = _names_of(quotes)
    for _key, indices in _speakers_by_person(quotes, names):
        # Each distinct (name, title, role) once, in order: the picks below take the first of equals,
        # so repeats change nothing, and a person's quotes mostly repeat one mention.
        mentions: dict[tuple[str, str | None, str | None], Speaker] = {}
        for index in indices:
            speaker = quotes[index].speaker
            if speaker is not None:
                mentions.setdefault((speaker.name, speaker.title, speaker.role), speaker)
        present = list(mentions.values())
        facts = [names[s.name] for s in present]
        proper = [s for s, f in zip(present, facts, strict=True) if f.proper]
        roles = [s.role for s in present]
        if proper:  # "the county transport director" says the role too
            roles += [" ".join(s.name.split()[1:]) for s, f in zip(present, facts, strict=True) if not f.proper]
        people.append(
            Person(
                _display_name(proper or present, names),
                _one_line(_fullest([s.title or f.title for s, f in zip(present, facts, strict=True)])),
                _one_line(_fullest([role for role in roles if _is_role(role)])),
                tuple(indices),
            )
        )
    return tuple(people)


def _one_line(value: str | None) -> str | None:
    """*value* with its runs of white space (a hard-wrapped line end, say) made single spaces."""
    return " ".join(value.split()) if value is not None else None


def _is_role(role: str | None) -> bool:
    """A role says what someone is: not a relative clause ("which owns the pit") nor an age ("58")."""
    words = role.split() if role else []
    return bool(words) and words[0].casefold() not in _RELATIVES and not all(w.strip(",.").isdigit() for w in words)


def _named_quotes(quotes: tuple[Quote, ...], people: Sequence[Person]) -> tuple[Quote, ...]:
    """The quotes with each speaker's name made the fullest form, and missing title/role filled from the person."""
    out = list(quotes)
    for person in people:
        for index in person.quotes:
            speaker = quotes[index].speaker
            if speaker is None:
                continue
            title, role = speaker.title or person.title, speaker.role or person.role
            if (speaker.name, speaker.title, speaker.role) != (person.name, title, role):
                fuller = attrs.evolve(speaker, name=person.name, title=title, role=role)
                out[index] = attrs.evolve(quotes[index], speaker=fuller)
    return tuple(out)


def _without_captions_in_byline(results: Mapping[str, Any]) -> Mapping[str, Any]:
    """The results without a "caption" the byline already holds.

    In text with one paragraph a line, the organisation line under a byline ("By NORA VALE" /
    "Associated Press") reads like a bare photo credit; the byline takes it, so it is no caption.
    """
    byline, captions = results.get("byline"), results.get("captions")
    start, end = getattr(byline, "start", None), getattr(byline, "end", None)
    if not captions or not isinstance(start, int) or not isinstance(end, int):
        return results
    kept = tuple(c for c in captions if not start <= c.start < c.end <= end)
    if len(kept) == len(captions):
        return results
    return {**results, "captions": kept}


def assemble_article(doc: Document, results: Mapping[str, Any], published: dt.date | None) -> Article:
    """Build the article from the results of a pipeline run, by parser name."""
    found: tuple[Quote, ...] = tuple(results.get("quotes") or ())
    speakers = group_speakers(found)
    quotes = _named_quotes(found, speakers)
    results = _without_captions_in_byline(results)
    return Article(
        headline=results.get("headline"),
        byline=results.get("byline"),
        dateline=results.get("dateline"),
        captions=tuple(results.get("captions") or ()),
        quotes=quotes,
        times=tuple(results.get("times") or ()),
        paragraphs=_paragraph_roles(doc, results),
        speakers=speakers,
        published=published,
        extra={name: value for name, value in results.items() if name not in BUILTIN_FIELDS},
    )
