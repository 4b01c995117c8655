"""Boilerplate vocabulary: paragraphs that belong to the page, not to the story.

Membership in :data:`EXACT_LINES` means a whole paragraph equal to the entry (case-folded, trailing
punctuation removed) is page furniture (share buttons, ad labels). Membership in
:data:`LEADING_PHRASES` means a short paragraph starting with the phrase is furniture ("Read more: ...").
Membership in :data:`CLOSING_HEADINGS` means a heading paragraph that opens a press release's
closing block ("Forward-looking statements", "Safe Harbor Statement", "###"): it and all after it are furniture.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CLOSING_HEADINGS",
    "CONTACT_LABELS",
    "EXACT_LINES",
    "LEADING_PHRASES",
    "PROFILE_HEADING_WORD",
    "TRAILING_NOTE_PHRASES",
]

#: Whole paragraphs (case-folded, without trailing punctuation) that are never story text.
EXACT_LINES: Final[frozenset[str]] = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share this story",
        "tweet",
        "facebook",
        "twitter",
        "email",
        "print",
        "advertisement",
        "advertisements",
        "ad",
        "sponsored",
        "sponsored content",
        "read more",
        "continue reading",
        "email the author",
        "comments",
        "leave a comment",
        "follow us",
        "related",
        "related stories",
        "related articles",
        "recommended",
        "most read",
        "more from",
        "listen",
        "listen to this article",
        "skip advertisement",
        "story continues below advertisement",
        "###",
        "-30-",
        "- 30 -",
        "# # #",
        "end",
        "media contact",
        "media contacts",
        "press contact",
        "contact",
        "contacts",
        "source",
    }
)

#: Phrases that open a short furniture paragraph ("Read more: ...", "Sign up for ...").
LEADING_PHRASES: Final[tuple[str, ...]] = (
    "read more:",
    "read more about",
    "read more at",
    "read more on",
    "read more here",
    "read more from",
    "read more stories",
    "related:",
    "related coverage",
    "see also",
    "sign up for",
    "sign up to",
    "subscribe to",
    "follow ",
    "click here",
    "copyright ",
    "copyright©",
    "copyright ©",
    "©",
    "(c) ",
    "all rights reserved",
    "this material may not be published",
    "this story has been corrected",
    "this story was corrected",
    "correction:",
    "editor's note:",
    "editor’s note:",
    "email the author",
    "contact the author",
    "download the",
    "watch:",
    "listen:",
    "photo gallery",
    "view comments",
)

#: Phrases that open a trailing note of credits ("Reporting by ...; Editing by ...").
TRAILING_NOTE_PHRASES: Final[tuple[str, ...]] = (
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "associated press writer",
    "associated press writers",
    "the associated press contributed",
    "contributed to this report",
    "contributed reporting",
    "reporting by",
    "(reporting by",
)

#: Labels that open a line of a press-release contact block ("Media contact: ...", "Phone: ...").
CONTACT_LABELS: Final[tuple[str, ...]] = (
    "media contact",
    "media contacts",
    "press contact",
    "media inquiries",
    "media enquiries",
    "press inquiries",
    "contact:",
    "contacts:",
    "phone:",
    "tel:",
    "tel.",
    "telephone:",
    "email:",
    "e-mail:",
    "mobile:",
    "fax:",
    "web:",
    "website:",
    "about ",
)

#: Headings (case-folded, without trailing punctuation) that open the closing block of a press
#: release: from such a heading to the end of the text, nothing is story text.
CLOSING_HEADINGS: Final[frozenset[str]] = frozenset(
    {
        "forward-looking statements",
        "forward looking statements",
        "cautionary note regarding forward-looking statements",
        "cautionary statement regarding forward-looking statements",
        "cautionary note on forward-looking statements",
        "note regarding forward-looking statements",
        "safe harbor statement",
        "safe harbour statement",
        "###",
        "# # #",
        "-30-",
        "- ends -",
        "-ends-",
        "ends",
    }
)

#: The word opening a company-profile heading of a press release: "About Brightwell Tools".
PROFILE_HEADING_WORD: Final = "about"
