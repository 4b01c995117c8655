"""Abbreviations whose final period does not end a sentence.

Membership in ``ABBREVIATIONS`` (lower case, without the final period) means a period
after the word is part of the abbreviation: "Col. Amadou", "U.S. officials", "Sept. 11".
Single letters (initials, "J. Smith") are handled by the sentence splitter itself.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ABBREVIATIONS"]

ABBREVIATIONS: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "col", "lt", "gen", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr",
     "brig", "sen", "rep", "reps", "sens", "gov", "rev", "fr", "sr", "jr", "hon", "amb", "supt", "insp", "det",
     "st", "ste", "mt", "ft", "no", "nos", "vol", "vols", "pp", "jan", "feb", "mar", "apr", "jun", "jul",
     "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "llc", "bros", "vs", "v", "etc",
     "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "ave", "blvd", "rd", "dept", "univ", "assn",
     "approx", "est", "fig", "al", "ph.d", "i.e", "e.g", "calif", "ariz", "colo", "conn", "fla", "ga",
     "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
     "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ala", "ark", "del", "n.j",
     "n.y", "n.c", "n.d", "n.h", "n.m", "s.c", "s.d", "w.va", "r.i", "ald", "atty", "messrs", "gens", "cllr"}
)  # fmt: skip
