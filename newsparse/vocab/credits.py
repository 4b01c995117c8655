"""Photo credits: the labels that open a credit and the photo agencies it may name.

- ``CREDIT_LABELS``: words that, followed by a colon, open a credit (``Photograph: Jane
  Doe/AP``, ``Photo: ...``, ``Credit: ...``, ``Illustration: ...``, ``Composite: ...``):
  case-folded. Guardian-style credits (seen in data) and general web style.
- ``CREDIT_BY_LABELS``: phrases that open a credit before the photographer's name (``Photo by
  Jane Doe/Getty Images``): case-folded.
- ``COURTESY_LABELS``: phrases that open a handout credit (``Courtesy of the Doe family``):
  case-folded.
- ``PHOTO_AGENCIES``: photo agencies, picture libraries and news organisations that credit
  lines name and that :func:`newsparse.vocab.agencies.canonical_agency` does not know,
  case-folded spelling -> the name newsparse reports in ``Credit.agency``. Membership means
  "this string, alone in a credit, names who supplied the photo".
- ``CREDIT_STATUS_WORDS``: words a credit adds about the picture rather than its source
  (``File``, ``File Photo``, ``Pool``, ``Handout``): case-folded.
- ``ORGANIZATION_WORDS``: words that make a credit's name an organisation's rather than a
  photographer's ("The Denver Gazette", "Guardian Design"): case-folded. Narrower than
  ``NEWS_ORGANIZATION_WORDS``: words that are also common surnames (Fox, Post, Star) are left out.
- ``NOT_CREDIT_WORDS``: words that make a parenthetical or closing line something other than
  a photo credit (a Reuters trailer ``(Reporting by ...; Editing by ...)``): case-folded.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "COURTESY_LABELS",
    "CREDIT_BY_LABELS",
    "CREDIT_LABELS",
    "CREDIT_STATUS_WORDS",
    "NOT_CREDIT_WORDS",
    "ORGANIZATION_WORDS",
    "PHOTO_AGENCIES",
]

CREDIT_LABELS: Final = frozenset(
    {
        "photograph", "photographs", "photo", "photos", "picture", "pictures", "pic", "image", "images",
        "credit", "credits", "photo credit", "image credit", "picture credit", "illustration",
        "composite", "graphic", "photography", "video", "photo illustration", "artwork",
    }
)  # fmt: skip

CREDIT_BY_LABELS: Final = frozenset(
    {"photo by", "photos by", "photograph by", "photographs by", "picture by", "pictures by", "image by",
     "photography by", "illustration by", "photo illustration by", "video by", "shot by"}
)  # fmt: skip

COURTESY_LABELS: Final = frozenset(
    {"courtesy of", "courtesy", "photo courtesy of", "image courtesy of", "picture courtesy of",
     "photo courtesy", "image courtesy", "handout photo from", "handout from"}
)  # fmt: skip

PHOTO_AGENCIES: Final = MappingProxyType(
    {
        "getty images north america": "Getty Images",
        "getty images europe": "Getty Images",
        "getty images for": "Getty Images",
        "getty": "Getty Images",
        "getty images": "Getty Images",
        "afp/getty images": "AFP",
        "afp via getty images": "AFP",
        "epa-efe": "EPA",
        "epa": "EPA",
        "efe": "EFE",
        "pool photo via ap": "AP",
        "istock": "iStock",
        "istockphoto": "iStock",
        "istock / getty images": "iStock",
        "shutterstock": "Shutterstock",
        "rex/shutterstock": "Shutterstock",
        "rex features": "Shutterstock",
        "alamy": "Alamy",
        "alamy stock photo": "Alamy",
        "nurphoto": "NurPhoto",
        "sopa images": "SOPA Images",
        "sipa": "Sipa",
        "sipa usa": "Sipa",
        "sipa press": "Sipa",
        "zuma press": "ZUMA Press",
        "zuma wire": "ZUMA Press",
        "zuma": "ZUMA Press",
        "imago": "Imago",
        "picture alliance": "picture alliance",
        "picture-alliance": "picture alliance",
        "abaca": "Abaca",
        "abaca press": "Abaca",
        "eyevine": "Eyevine",
        "magnum photos": "Magnum Photos",
        "redux": "Redux",
        "polaris": "Polaris",
        "bloomberg": "Bloomberg",
        "bloomberg via getty images": "Bloomberg",
        "pa": "PA",
        "pa wire": "PA",
        "pa images": "PA",
        "pa media": "PA",
        "aap image": "AAP",
        "aap": "AAP",
        "ritzau scanpix": "Ritzau Scanpix",
        "ntb": "NTB",
        "ntb scanpix": "NTB",
        "tt news agency": "TT",
        "anp": "ANP",
        "belga": "Belga",
        "keystone": "Keystone",
        "lehtikuva": "Lehtikuva",
        "kyodo news": "Kyodo",
        "yonhap": "Yonhap",
        "xinhua": "Xinhua",
        "tass": "TASS",
        "anadolu": "Anadolu",
        "anadolu agency": "Anadolu",
        "anadolu via getty images": "Anadolu",
        "the guardian": "The Guardian",
        "guardian": "The Guardian",
        "the observer": "The Observer",
        "the new york times": "The New York Times",
        "new york times": "The New York Times",
        "the washington post": "The Washington Post",
        "washington post": "The Washington Post",
        "the wall street journal": "The Wall Street Journal",
        "los angeles times": "Los Angeles Times",
        "the times": "The Times",
        "bbc": "BBC",
        "nasa": "NASA",
        "ap images": "AP",
        "ap photo": "AP",
        "ap photos": "AP",
        "the canadian press": "CP",
        "cp": "CP",
        "upi photo": "UPI",
        "kcna": "KCNA",
        "kcna via reuters": "KCNA",
        "handout": "Handout",
        "sportsfile": "Sportsfile",
        "inpho": "Inpho",
        "dppi": "DPPI",
        "ddp": "ddp",
        "dpa": "dpa",
        "dpa picture alliance": "dpa",
        "unsplash": "Unsplash",
        "sputnik": "Sputnik",
        "ria novosti": "RIA Novosti",
        "wana": "WANA",
        "west asia news agency": "WANA",
        "us navy": "US Navy",
        "u.s. navy": "US Navy",
        "u.s. army": "US Army",
        "u.s. air force": "US Air Force",
        "planet labs pbc": "Planet Labs",
        "maxar technologies": "Maxar Technologies",
        "ap pool": "AP",
        "wikimedia commons": "Wikimedia Commons",
    }
)

CREDIT_STATUS_WORDS: Final = frozenset(
    {"file", "file photo", "file image", "file picture", "pool", "pool photo", "handout", "handout photo",
     "archive", "archives", "courtesy", "via", "photo", "photos"}
)  # fmt: skip

NOT_CREDIT_WORDS: Final = frozenset(
    {"reporting", "editing", "writing", "additional", "compiled", "contributed", "translated", "edited",
     "reported", "written", "said", "says", "told", "according", "percent", "per", "cent", "see", "page",
     "story", "updated", "min", "read"}
)  # fmt: skip

ORGANIZATION_WORDS: Final = frozenset(
    {
        "press", "news", "times", "journal", "agency", "tribune", "herald", "gazette", "chronicle", "media",
        "network", "images", "pictures", "photos", "photography", "magazine", "newspaper", "broadcasting",
        "television", "radio", "service", "services", "associated", "daily", "weekly", "wire", "newswire",
        "dispatch", "inquirer", "telegraph", "guardian", "observer", "courier", "examiner", "bulletin",
        "design", "studio", "studios", "archive", "archives", "library", "museum", "council", "department",
        "ministry", "office", "university", "college", "police", "family", "foundation", "inc", "ltd", "llc",
        "company", "corporation", "institute", "association", "society", "center", "centre", "handout",
    }
)  # fmt: skip
