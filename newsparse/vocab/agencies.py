"""News agencies, wire services and photo agencies: canonical names and the ways copy writes them.

``AGENCY_ALIASES`` maps every accepted spelling of an agency (case-folded, white space
collapsed, without surrounding parentheses or slashes) to its canonical name: the short
form newsparse reports in ``Dateline.agency`` and ``Credit.agency`` ("AP", "Reuters",
"AFP", "Xinhua", "PR Newswire" ...). Membership means "this string, alone, names that
agency". The dateline markers come from the agency-marker table in the project's data notes
(``(AP)``, ``(Reuters)``, ``(AFP)``, ``(Xinhua)`` with its observed typos ``(Xinhau)``,
``(Xinhu)``, ``/PRNewswire/``, ``(BUSINESS WIRE)``, ``(GLOBE NEWSWIRE)``; the 1987 Reuters
wire also wrote ``Reuter``); the long names are the agencies' own names.

``AGENCY_NAMES`` maps each canonical name to its full name ("AP" -> "Associated Press").

``NEWS_ORGANIZATION_WORDS`` are words that, ending a name, make it an organisation rather
than a person ("Press", "News", "Post", and company words such as "Corp", "Inc"): case-folded.
``SURNAME_ORGANIZATION_WORDS`` are the ones that are also surnames ("Rita Fox", "Yi Sun"); use
:func:`names_organization` to tell "Denver Post" (a newspaper) from "Anna Post" (a person).

``BYLINE_ROLES`` (and ``BYLINE_ROLE_HEADS``, their last words) are job titles a byline
adds after a name or an organisation ("Staff Writer", "Associated Press Writer" ->
organisation "Associated Press"), and
``CONTRIBUTOR_ROLES`` the roles of a Reuters-style trailer ("Reporting by ...; Editing by
..."), with ``AUTHOR_ROLES`` the ones that make the person an author of the story. Both
case-folded.

Use :func:`canonical_agency` for lookups.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import regex

from .places import CITIES, COUNTRIES, REGIONS, place_key

__all__ = [
    "AGENCY_ALIASES",
    "AGENCY_NAMES",
    "AUTHOR_ROLES",
    "BARE_DATELINE_MARKERS",
    "BYLINE_ROLES",
    "BYLINE_ROLE_HEADS",
    "CONTRIBUTOR_ROLES",
    "NEWS_ORGANIZATION_WORDS",
    "SURNAME_ORGANIZATION_WORDS",
    "canonical_agency",
    "names_organization",
]

#: Agency names a dateline writes without parentheses before its dash ("TOKYO, March 3 Kyodo -",
#: the 1987 Reuters wire's "March 12, Reuter -").
BARE_DATELINE_MARKERS: Final = ("Reuters", "Reuter", "Kyodo", "Xinhua", "AFP", "AP", "UPI", "dpa", "EFE", "ANSA")

#: Canonical short name -> full name.
AGENCY_NAMES: Final = MappingProxyType(
    {
        "AP": "Associated Press",
        "Reuters": "Reuters",
        "AFP": "Agence France-Presse",
        "Xinhua": "Xinhua News Agency",
        "UPI": "United Press International",
        "Bloomberg": "Bloomberg News",
        "dpa": "Deutsche Presse-Agentur",
        "EFE": "Agencia EFE",
        "ANSA": "Agenzia Nazionale Stampa Associata",
        "Kyodo": "Kyodo News",
        "PTI": "Press Trust of India",
        "IANS": "Indo-Asian News Service",
        "ANI": "Asian News International",
        "CNN": "CNN",
        "CP": "The Canadian Press",
        "AAP": "Australian Associated Press",
        "Yonhap": "Yonhap News Agency",
        "TASS": "TASS",
        "Interfax": "Interfax",
        "Anadolu": "Anadolu Agency",
        "PA": "PA Media",
        "VOA": "Voice of America",
        "PR Newswire": "PR Newswire",
        "Business Wire": "Business Wire",
        "GlobeNewswire": "GlobeNewswire",
        "Getty Images": "Getty Images",
        "EPA": "European Pressphoto Agency",
        "Shutterstock": "Shutterstock",
    }
)

_EXTRA_ALIASES: Final = MappingProxyType(
    {
        "AP": ("associated press", "the associated press", "ap photo", "ap photos", "associated press writer"),
        "Reuters": (
            "reuter",
            "thomson reuters",
            "reuters photo",
            "reuters breakingviews",
            "thomson reuters foundation",
        ),
        "AFP": ("agence france-presse", "agence france presse", "agence france press", "afp photo"),
        "Xinhua": ("xinhau", "xinhu", "xinhua news agency", "xinhua news", "xinhuanet"),
        "UPI": ("united press international",),
        "Bloomberg": ("bloomberg news",),
        "dpa": ("deutsche presse-agentur", "deutsche presse agentur"),
        "EFE": ("agencia efe",),
        "Kyodo": ("kyodo news",),
        "PTI": ("press trust of india",),
        "IANS": ("indo-asian news service",),
        "ANI": ("asian news international",),
        "CP": ("canadian press", "the canadian press"),
        "AAP": ("australian associated press",),
        "Yonhap": ("yonhap news agency", "yonhap news"),
        "TASS": ("itar-tass",),
        "Anadolu": ("anadolu agency",),
        "PA": ("pa media", "press association"),
        "VOA": ("voice of america",),
        "PR Newswire": ("prnewswire", "pr newswire", "prnewswire-firstcall", "prweb"),
        "Business Wire": ("businesswire", "business wire"),
        "GlobeNewswire": ("globe newswire", "globenewswire"),
        "Getty Images": ("getty", "getty images"),
        "EPA": ("epa-efe", "european pressphoto agency", "epa images"),
    }
)

#: Every accepted spelling (case-folded) -> canonical name.
AGENCY_ALIASES: Final = MappingProxyType(
    {
        **{name.casefold(): name for name in AGENCY_NAMES},
        **{alias: name for name, aliases in _EXTRA_ALIASES.items() for alias in aliases},
    }
)

#: Words (case-folded) that mark a line as the name of a news organisation, not of a person.
NEWS_ORGANIZATION_WORDS: Final = frozenset(
    {
        "press", "news", "post", "times", "journal", "wire", "agency", "associated", "reuters", "reuter",
        "tribune", "herald", "guardian", "telegraph", "gazette", "chronicle", "courier", "examiner",
        "inquirer", "observer", "independent", "bloomberg", "cnn", "bbc", "npr", "abc", "cbs", "nbc",
        "msnbc", "fox", "afp", "upi", "xinhua", "voa", "magazine", "newspaper", "media", "network",
        "broadcasting", "radio", "television", "tv", "staff", "service", "services", "bureau", "desk",
        "correspondent", "writer", "reporter", "editor", "editors", "newswire", "globe", "star", "sun",
        "mail", "daily", "weekly", "record", "bulletin", "dispatch", "register", "review", "report",
        "online", "digital", "politico", "axios", "economist", "forbes", "insider", "verge", "wired",
        "corp", "corporation", "inc", "ltd", "co", "plc", "llc", "company", "group", "bank", "ministry",
        "government", "university", "council", "institute", "association", "authority", "department",
    }
)  # fmt: skip

#: Organisation words that are also surnames: "Rita Fox", "Yi Sun", "Anna Post", "Tom Bank".
SURNAME_ORGANIZATION_WORDS: Final = frozenset(
    {
        "fox", "sun", "star", "post", "mail", "globe", "record", "register", "review", "report", "wire",
        "bank", "press", "staff", "service", "desk", "group", "herald", "guardian", "observer", "courier",
        "dispatch", "daily", "insider", "media", "co",
    }
)  # fmt: skip

#: First words that make "<word> Star" a title, not a person: "Morning Star", "Sunday Mail".
_TITLE_FIRST_WORDS: Final = frozenset(
    {"the", "daily", "sunday", "morning", "evening", "weekly", "national", "financial", "business", "global"}
)


def names_organization(words: list[str] | tuple[str, ...]) -> bool:
    """True when the capitalised *words* name an organisation by their last word.

    A two-word name ending in a word that is also a surname is a person unless its first word
    is a place, an acronym or a newspaper-title word.

    >>> names_organization(["Denver", "Post"]), names_organization(["Anna", "Post"])
    (True, False)
    >>> names_organization(["Springfield", "Daily", "News"]), names_organization(["Yi", "Sun"])
    (True, False)
    """
    if not words:
        return False
    last = words[-1].casefold().strip(".")
    if last not in NEWS_ORGANIZATION_WORDS:
        return False
    if len(words) != 2 or last not in SURNAME_ORGANIZATION_WORDS:
        return True
    first = words[0].strip(".")
    if len(first) >= 2 and first.isupper():
        return True  # "NY Post", "ABC News"
    folded = first.casefold()
    if folded in _TITLE_FIRST_WORDS or folded in NEWS_ORGANIZATION_WORDS:
        return True
    key = place_key(first)
    return key in CITIES or key in COUNTRIES or key in REGIONS


#: Job titles a byline may add after a name or an organisation, case-folded, longest first.
BYLINE_ROLES: Final = (
    "senior staff writer", "special correspondent", "chief correspondent", "foreign correspondent",
    "business writer", "science writer", "sports writer", "staff reporter", "staff writer", "staff correspondent",
    "senior writer", "senior correspondent", "contributing writer", "national correspondent", "bureau chief",
    "medical writer", "economics correspondent", "political correspondent", "correspondent", "writer",
    "reporter", "staff", "contributor", "editor", "columnist",
)  # fmt: skip

#: Last words of a job title after an agency's name: "AP National Writer", "Reuters Chief Correspondent".
BYLINE_ROLE_HEADS: Final = frozenset(
    {"writer", "correspondent", "reporter", "editor", "columnist", "staff", "contributor", "producer",
     "photographer", "analyst", "writers", "correspondents", "reporters"}
)  # fmt: skip

#: Roles of a contributor trailer: the words before "by" ("Additional reporting by"), case-folded.
CONTRIBUTOR_ROLES: Final = frozenset(
    {
        "reporting", "additional reporting", "writing", "editing", "compiled", "compiling", "reported",
        "written", "research", "graphics", "production", "fact-checking", "translation", "translated",
        "photography", "photos", "video", "additional writing", "sub-editing", "design", "illustration",
        "data", "interactive", "editing and writing", "reporting and writing", "further reporting",
    }
)  # fmt: skip

#: Trailer roles that make the person an author of the story (Reuters lists its reporters).
AUTHOR_ROLES: Final = frozenset({"reporting", "reported", "reporting and writing"})

_NOISE: Final = regex.compile(r"[\s\u00a0]++")
#: Words after an agency's name that don't change it: "AFP Photo", "Reuters Pictures", "AP Writer".
_SUFFIX_WORDS: Final = ("photo", "photos", "picture", "pictures", "image", "images", "news", "writer", "staff")
_SUFFIX: Final = regex.compile(rf"\s(?:{'|'.join(_SUFFIX_WORDS)})$")


def _normalise(name: str) -> str:
    name = name.strip(" \t\r\n()[]/|—–-.,:;")
    if name.isascii() and name.isprintable():
        # Printable ASCII has no white space but the space (``\s`` and ``str.split`` agree): no regex call.
        return " ".join(name.split()).lower() if "  " in name else name.lower()
    return _NOISE.sub(" ", name).casefold()


def canonical_agency(name: str) -> str | None:
    """The canonical name of the agency *name* stands for, or ``None`` when it names none.

    Case, surrounding parentheses and slashes, and a trailing "Photo"/"News" don't matter.

    >>> canonical_agency("Associated Press"), canonical_agency("(Reuters)"), canonical_agency("/PRNewswire/")
    ('AP', 'Reuters', 'PR Newswire')
    >>> canonical_agency("AFP Photo"), canonical_agency("Jane Doe") is None
    ('AFP', True)
    """
    key = _normalise(name)
    if not key or len(key) > 60:
        return None
    found = AGENCY_ALIASES.get(key)
    if found is None and key.endswith(_SUFFIX_WORDS):  # a key holds no line end: ``$`` is its end
        trimmed = _SUFFIX.sub("", key)
        if trimmed != key:
            found = AGENCY_ALIASES.get(trimmed)
    return found
