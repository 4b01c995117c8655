"""Titles, role nouns and speaker nouns news copy puts around a speaker's name.

``TITLES``: honorifics and ranks written before a name ("Col.", "Gen.", "Dr.", "Sen."),
as written, with their final period. Membership means the word is a title, not part of the
name. ``ROLE_WORDS``: lower-case words of job titles ("spokesperson", "secretary",
"analyst"): a capitalised word in this set before a name is part of the role
("Deputy Pentagon Press Secretary Sabrina Singh"), and "the spokesperson" refers to the
person introduced with that role. ``GROUP_NOUNS``: plural or collective nouns that can
speak as a body ("officials", "sources", "the junta"). ``DETERMINERS`` open a common-noun
speaker ("the", "a", "another"). ``CLAUSE_WORDS`` never stand inside a speaker's mention.
``ORG_NOUNS``: nouns that, after "the", stand for an organisation named before ("the company").
``OCCUPATIONS``: lower-case occupation nouns that news copy capitalises before a name
("Fisherman Olav Brekke"): first in a run of three or more capitalised words, the word is the
person's role, not a first name. ``LABELS``: capitalised words that open a line before a colon
without being a speaker ("Note:", "Source:", "Photos:"), case-folded: "Lund: ..." is Lund
speaking, "Source: ..." is not. ``PREPOSITIONS`` never end a speaker's noun phrase ("the
secretary of (state)") nor open an inverted speaker ("supported by the union").
``ROLE_VERBS``: verbs of a relative clause that give a person
a role ("Jane Doe, who chairs the board"), mapped to the role nouns that later refer to that person ("the chairman").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from .credits import CREDIT_LABELS
from .headlines import LABEL_KICKERS, WIRE_KICKERS

__all__ = [
    "CLAUSE_WORDS",
    "CONNECTIVES",
    "DETERMINERS",
    "GROUP_NOUNS",
    "LABELS",
    "OCCUPATIONS",
    "ORG_NOUNS",
    "PREPOSITIONS",
    "ROLE_VERBS",
    "ROLE_WORDS",
    "TITLES",
]

#: Honorifics and ranks before a name, as written (with the abbreviation's period).
TITLES: Final = frozenset(
    {"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Col.", "Lt.", "Gen.", "Maj.",
     "Capt.", "Sgt.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Lt. Col.", "Brig.", "Sen.", "Rep.", "Gov.", "Lt. Gov.",
     "Rev.", "Fr.", "Sr.", "Hon.", "Amb.", "Supt.", "Insp.", "Det.", "Sir", "Dame", "Lord", "Lady", "Sheikh",
     "Rabbi", "Imam", "Pope", "King", "Queen", "Prince", "Princess", "Judge", "Justice", "Officer", "Chief",
     "Colonel", "General", "Major", "Captain", "Sergeant", "Admiral", "Lieutenant", "Corporal", "Senator",
     "Governor", "Mayor", "Pastor", "Father", "Bishop", "Cardinal", "Professor", "Doctor", "Representative",
     "Ald.", "Atty.", "Cllr.", "Cllr", "Councillor", "Councilman", "Councilwoman", "Warden", "Gen", "Col", "Sen",
     "Rep", "Gov"}
)  # fmt: skip

#: Lower-case words of job titles and roles.
ROLE_WORDS: Final = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "president", "vice", "director",
     "chairman", "chairwoman", "chair", "chief", "executive", "officer", "analyst", "official", "leader",
     "deputy", "assistant", "press", "senator", "governor", "mayor", "commander", "general", "ambassador",
     "attorney", "lawyer", "counsel", "adviser", "advisor", "head", "manager", "founder", "professor",
     "economist", "researcher", "spokespeople", "candidate", "nominee", "representative", "congressman",
     "congresswoman", "lawmaker", "judge", "justice", "prosecutor", "sheriff", "inspector", "superintendent",
     "commissioner", "councilman", "councilwoman", "councillor", "councilor", "member", "premier",
     "prime", "chancellor", "speaker", "strategist", "pollster", "consultant", "expert", "scientist",
     "editor", "reporter", "correspondent", "columnist", "author", "owner", "resident", "witness",
     "activist", "organizer", "coordinator", "administrator", "treasurer", "partner", "fellow",
     "lecturer", "dean", "principal", "coach", "captain", "colonel", "major", "lieutenant", "sergeant",
     "admiral", "marshal", "master", "warden", "ranger", "curator",
     "librarian", "nurse", "pilot", "envoy", "diplomat", "negotiator", "aide", "staffer", "operative", "campaign",
     "delegate", "ceo", "cfo", "coo", "cto", "chairperson", "agent", "detective",
     "investigator", "mp", "mep", "senior", "junior", "lead", "acting", "interim", "former", "state",
     "foreign", "defense", "defence", "interior", "finance", "health", "attorney-general"}
)  # fmt: skip

#: Occupation nouns (lower case) that open a capitalised run before a name: "Fisherman Olav Brekke".
OCCUPATIONS: Final = frozenset(
    {"fisherman", "fisherwoman", "farmer", "teacher", "nurse", "midwife", "baker", "butcher", "shopkeeper",
     "trader", "vendor", "driver", "miner", "welder", "plumber", "electrician", "carpenter", "mechanic",
     "builder", "engineer", "architect", "pharmacist", "surgeon", "physician", "dentist", "veterinarian",
     "vet", "rancher", "herder", "shepherd", "beekeeper", "winemaker", "brewer", "chef", "cook", "waiter",
     "waitress", "cashier", "clerk", "firefighter", "paramedic", "lifeguard", "janitor", "caretaker",
     "landlord", "landlady", "tenant", "student", "pensioner", "retiree", "homeowner", "shopowner",
     "entrepreneur", "businessman", "businesswoman", "tailor", "potter", "painter", "sculptor", "photographer",
     "filmmaker", "novelist", "poet", "historian", "economist", "analyst", "lawyer", "attorney", "sailor",
     "skipper", "trucker", "boatman", "ferryman", "guide", "volunteer", "organizer", "organiser", "activist"}
)  # fmt: skip

#: Plural and collective nouns that speak as a body.
GROUP_NOUNS: Final = frozenset(
    {"officials", "sources", "experts", "analysts", "critics", "residents", "authorities", "police",
     "witnesses", "researchers", "scientists", "economists", "lawmakers", "investigators", "prosecutors",
     "officers", "people", "supporters", "opponents", "aides", "advisers", "advisors", "democrats",
     "republicans", "voters", "polls", "studies", "data", "report", "survey", "study", "poll", "reports",
     "documents", "leaders", "members", "observers", "diplomats", "junta", "government", "ministry",
     "administration", "campaign", "company", "agency", "department", "military", "army", "spokespeople",
     "statement", "court", "committee", "council", "group", "organization", "organisation", "parliament",
     "congress", "senate", "legislators", "executives", "insiders", "activists", "doctors", "teachers",
     "students", "workers", "unions", "union", "protesters", "protestors", "organizers", "organisers",
     "citizens", "americans", "groups", "firms", "banks", "investors", "traders", "lawyers", "attorneys",
     "commentators", "pollsters", "strategists", "surveys", "figures", "estimates", "records", "papers",
     "filings", "team", "staff", "board", "panel", "commission", "rebels", "militants", "troops", "forces",
     "conservatives", "liberals", "progressives", "others", "percent", "majority", "minority",
     "half", "many", "some", "both", "most", "all"}
)  # fmt: skip

#: Prepositions: a speaker's noun phrase never ends with one ("the former secretary of (state)"), an
#: inverted speaker never starts with one, and a short statement opening with one is a verb's complement
#: ("responded to requests for comment", "called into a radio show"), not a statement.
PREPOSITIONS: Final = frozenset(
    {"of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "about", "over", "under", "up",
     "off", "out", "through", "between", "among", "against", "toward", "towards", "upon", "within", "without"}
)  # fmt: skip

#: Labels before a colon that are not speakers ("Note: ...", "Source: ..."): these, and the labels
#: headlines and credits already know ("Analysis:", "UPDATE:", "Photo:").
LABELS: Final = (
    frozenset(
        {"note", "notes", "source", "sources", "related", "read", "read more", "more", "see", "see also", "also",
         "videos", "clarification", "editor's note", "contact", "email", "twitter", "facebook", "follow", "posted",
         "published", "background", "tags", "topics", "category", "location", "date", "time", "where", "when",
         "what", "who", "why", "how", "q", "a", "question", "answer", "quote", "quotes", "summary", "key points",
         "highlights", "bottom line", "the latest", "latest", "warning", "disclaimer", "caption", "file",
         "advertisement", "transcript", "subscribe", "share", "print"}
    )
    | LABEL_KICKERS
    | WIRE_KICKERS
    | CREDIT_LABELS
)  # fmt: skip

#: Words that open a common-noun speaker.
DETERMINERS: Final = frozenset(
    {"the", "a", "an", "another", "one", "two", "three", "four", "five", "several", "some", "many",
     "most", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "other",
     "both", "few",
     "dozens", "hundreds", "thousands", "each", "every", "no", "all", "top", "senior", "local", "federal"}
)  # fmt: skip

#: Words that start a clause: a speaker mention never contains them (the mention starts after).
CLAUSE_WORDS: Final = frozenset(
    {"what", "which", "who", "whom", "whose", "how", "if", "whether", "when", "where", "why", "that",
     "is", "are", "was", "were", "be", "been", "being", "am", "to", "because", "as", "than", "while",
     "after", "before", "since", "until", "unless", "although", "though", "so", "but", "nor", "yet",
     "not", "there", "here", "it", "we", "you", "i", "he", "she", "they", "has", "have", "had", "do",
     "does", "did", "will", "would", "can", "could", "may", "might", "should", "must"}
)  # fmt: skip

#: Sentence-initial connectives and adverbs stripped from the front of a speaker chunk.
CONNECTIVES: Final = frozenset(
    {"and", "but", "so", "then", "also", "meanwhile", "however", "now", "yet", "still", "instead",
     "moreover", "indeed", "later", "earlier", "separately", "previously", "today", "yesterday",
     "tonight", "recently", "finally", "similarly", "likewise", "though", "or", "nor", "plus"}
)  # fmt: skip

#: Nouns that, after "the", refer back to a named organisation: "the company" -> "Kafue Basin Metals".
ORG_NOUNS: Final = frozenset(
    {"company", "firm", "charity", "group", "organisation", "organization", "agency", "ministry", "department",
     "association", "council", "bank", "union", "court", "committee", "government", "administration", "board",
     "school", "university", "hospital", "club", "foundation", "institute", "corporation", "airline", "retailer",
     "manufacturer", "utility", "operator", "carrier", "insurer", "lender", "automaker", "developer", "nonprofit"}
)  # fmt: skip

_CHAIR: Final = frozenset({"chairman", "chairwoman", "chair", "chairperson"})
_HEAD: Final = frozenset({"head", "leader", "chief", "director"})

#: Verbs of "Name, who VERB the ..." (present, past) mapped to the role nouns that then refer to Name.
ROLE_VERBS: Final = MappingProxyType(
    {
        "chairs": _CHAIR,
        "chaired": _CHAIR,
        "heads": _HEAD,
        "headed": _HEAD,
        "leads": _HEAD,
        "led": _HEAD,
        "directs": frozenset({"director"}),
        "runs": frozenset({"director", "manager", "head", "owner", "operator"}),
        "manages": frozenset({"manager", "director"}),
        "owns": frozenset({"owner"}),
        "founded": frozenset({"founder"}),
        "co-founded": frozenset({"co-founder", "founder"}),
        "represents": frozenset({"representative", "lawmaker", "congressman", "congresswoman", "councillor"}),
        "coaches": frozenset({"coach"}),
        "edits": frozenset({"editor"}),
        "oversees": frozenset({"director", "head", "supervisor", "manager"}),
        "captains": frozenset({"captain", "skipper"}),
        "teaches": frozenset({"teacher", "professor", "instructor"}),
        "organized": frozenset({"organizer", "organiser"}),
        "organised": frozenset({"organiser", "organizer"}),
    }
)
