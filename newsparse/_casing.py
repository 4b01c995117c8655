"""Proper case for names written in capitals: ``ABBY GOODNOUGH`` -> "Abby Goodnough".

Shared by bylines (author names), datelines (city names) and caption credits
(photographers). Names already in mixed case are returned unchanged, except for AFP's house
style of a surname in capitals after given names in mixed case: ``Claire VOSSEN`` -> "Claire Vossen".
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["is_all_caps", "proper_case"]

#: Particles kept lower case inside a name (not at its start): "Ludwig van Beethoven", "Juan de la Cruz".
_LOWER_PARTICLES: Final = frozenset(
    {"de", "del", "della", "der", "van", "von", "da", "dos", "du", "di", "y", "bin", "al"}
)
#: Articles kept lower case only after another particle: "Juan de la Cruz", but "Marine Le Pen".
_LOWER_AFTER_PARTICLE: Final = frozenset({"la", "le"})
#: Words kept lower case in the middle of a hyphenated place name: "Port-au-Prince", "Saint-Jean-de-Luz".
_HYPHEN_PARTICLES: Final = frozenset(
    {"au", "aux", "en", "de", "la", "le", "les", "du", "des", "sur", "upon", "on", "sous"}
)
_ACRONYMS: Final = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"})
_WORD: Final = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
#: A run of words in capitals (two letters or more each) in a mixed-case name: "VOSSEN", "DE LA CRUZ".
#: A word in capitals of two letters or more: "VOSSEN", "LE-GALL", "D'ARCY".
_CAPS_WORD: Final = r"(?= \p{Lu} ['’-]?+ \p{Lu} ) \p{Lu}++ (?: ['’-] \p{Lu}++ )*+"
_CAPS_RUN: Final = regex.compile(
    rf"""
    (?<! [\p{{L}}'’-] )                       # a whole word: not the tail of "McDONALD"
    {_CAPS_WORD} (?: [ ] {_CAPS_WORD} )*+      # one or more words in capitals, single-spaced
    (?! [\p{{L}}'’] )
    """,
    regex.VERBOSE,
)


def is_all_caps(text: str) -> bool:
    """True when *text* has letters and none of them is lower case."""
    if text.isascii():  # every ASCII letter is cased: ``str.isupper`` is the same test, in C
        return text.isupper()
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _cap_word(word: str, first: bool, after_particle: bool = False) -> str:
    low = word.lower()
    if not first and (low in _LOWER_PARTICLES or (after_particle and low in _LOWER_AFTER_PARTICLE)):
        return low
    if not first and word.upper() in _ACRONYMS:  # "John Smith III", but "Vi Hart"
        return "Jr" if low == "jr" else "Sr" if low == "sr" else word.upper()
    for apostrophe in ("'", "’"):
        if apostrophe in word:
            head, _, tail = word.partition(apostrophe)
            if len(head) == 1:  # O'Neil, D'Amato
                return head.upper() + apostrophe + _cap_word(tail, True)
            return _cap_word(head, first) + apostrophe + tail.lower()  # "Women's"
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


def _case_caps_run(match: regex.Match[str]) -> str:
    """A run of capitals inside a mixed-case name, proper-cased; "III" and "JR" stay as they are."""
    run = match.group()
    if run.upper() in _ACRONYMS:
        return run
    return proper_case(run)


def proper_case(name: str) -> str:
    """Give a name in capitals (or lower case) proper case; leave mixed case as it is.

    >>> proper_case("MCALLISTER"), proper_case("O'NEIL"), proper_case("JUAN DE LA CRUZ")
    ('McAllister', "O'Neil", 'Juan de la Cruz')
    >>> proper_case("PORT-AU-PRINCE"), proper_case("MARY-KATE OLSEN")
    ('Port-au-Prince', 'Mary-Kate Olsen')
    >>> proper_case("MARINE LE PEN"), proper_case("JOHN SMITH III"), proper_case("VI HART")
    ('Marine Le Pen', 'John Smith III', 'Vi Hart')
    >>> proper_case("Claire VOSSEN"), proper_case("Jean-Luc LE GALL"), proper_case("Jane Smith III")
    ('Claire Vossen', 'Jean-Luc Le Gall', 'Jane Smith III')
    """
    if not (is_all_caps(name) or name.islower()):
        if not any(c.islower() for c in name[:1]) and any(c.islower() for c in name):
            return _CAPS_RUN.sub(_case_caps_run, name)
        return name
    out: list[str] = []
    pos = 0
    matches = list(_WORD.finditer(name))
    for n, match in enumerate(matches):
        out.append(name[pos : match.start()])
        joined_before = name[pos : match.start()] == "-"
        joined_after = n + 1 < len(matches) and name[match.end() : matches[n + 1].start()] == "-"
        if joined_before and joined_after and match.group().lower() in _HYPHEN_PARTICLES:
            out.append(match.group().lower())  # the middle of "Port-au-Prince", "Stratford-upon-Avon"
        else:
            after_particle = n > 0 and matches[n - 1].group().lower() in _LOWER_PARTICLES
            out.append(_cap_word(match.group(), first=n == 0 or joined_before, after_particle=after_particle))
        pos = match.end()
    out.append(name[pos:])
    return "".join(out)
