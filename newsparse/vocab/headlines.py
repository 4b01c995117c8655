"""Words that frame a headline: kickers, wire prefixes, site names, and title-case small words.

- ``WIRE_KICKERS``: words a wire service writes in capitals before a headline and a hyphen
  (``UPDATE 2-``, ``EXCLUSIVE-``, ``CORRECTED-``, ``RPT-``): case-folded.
- ``DESK_SLUGS``: the desk slugs Reuters titles open with the same way (``BRIEF-``, ``FOREX-``,
  ``SOCCER-``): case-folded. Taken as kickers only before a headline in lower or mixed case,
  so that an all-capitals headline ``GOLF-SWING TIPS`` keeps its first word. Membership means
  "this word, followed by an optional number and a hyphen at the start of a title, is a
  kicker, not part of the headline" (the 1987 Reuters wire and today's Reuters titles).
- ``LABEL_KICKERS``: labels a site puts before a colon or a bar (``BREAKING:``, ``WATCH:``,
  ``Analysis:``, ``Opinion |``): case-folded. Only these are cut at a colon, so that
  ``Tesla: the company that ...`` keeps its colon.
- ``SITE_NAMES``: names of news sites as page titles append or prepend them (``... |
  Reuters``, ``CNN - ...``): case-folded. Membership means "a title segment that is exactly
  this is the site, not the headline". Unknown sites are still recognised by shape (a short
  segment after a bar, or a name ending in a news-organisation word).
- ``TITLE_SMALL_WORDS``: words AP and Chicago style allow in lower case inside a title-case
  headline (articles, coordinating conjunctions, short prepositions, "to", "as", "vs."):
  case-folded.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DESK_SLUGS", "LABEL_KICKERS", "SITE_NAMES", "TITLE_SMALL_WORDS", "WIRE_KICKERS"]

WIRE_KICKERS: Final = frozenset(
    {
        "update", "updated", "exclusive", "corrected", "correction", "rpt", "repeat", "refile", "refiled",
        "wrapup", "wrap", "insight", "factbox", "analysis", "breakingviews", "preview", "timeline",
        "explainer", "interview", "column", "feature", "focus", "rpt-update", "corrected-update",
        "urgent", "flash", "breaking", "scenarios", "special report", "poll", "graphic", "euro markets",
        "global markets", "bc", "buzz", "exclusive-update", "refile-update", "live",
    }
)  # fmt: skip

DESK_SLUGS: Final = frozenset(
    {
        "brief", "forex", "metals", "precious", "grains", "softs", "us stocks", "european shares",
        "emerging markets", "treasuries", "soccer", "tennis", "golf", "cricket", "rugby", "athletics",
        "olympics", "motor racing", "cycling", "boxing", "nfl", "nba", "mlb", "nhl", "basketball", "baseball",
    }
)  # fmt: skip

LABEL_KICKERS: Final = frozenset(
    {
        "breaking", "breaking news", "just in", "watch", "watch live", "video", "live", "live updates", "live blog",
        "analysis", "news analysis", "explainer", "explained", "opinion", "op-ed", "editorial", "commentary",
        "column", "exclusive", "update", "updated", "developing", "photos", "in pictures", "gallery",
        "listen", "podcast", "interview", "q&a", "review", "fact check", "factbox", "fact sheet",
        "obituary", "letters", "letter", "essay", "perspective", "viewpoint", "first person", "insight",
        "special report", "investigation", "the big read", "correction", "corrected", "urgent", "alert",
        "timeline", "preview", "recap", "sponsored", "paid content", "feature", "profile", "quiz",
    }
)  # fmt: skip

SITE_NAMES: Final = frozenset(
    {
        "reuters", "reuters.com", "ap news", "ap", "associated press", "the associated press", "apnews.com",
        "afp", "bbc", "bbc news", "bbc sport", "bbc.com", "bbc.co.uk", "cnn", "cnn.com", "cnn video",
        "cnn politics", "cnn business", "npr", "the new york times", "new york times", "nytimes.com",
        "the washington post", "washington post", "the guardian", "guardian", "fox news", "foxnews.com",
        "nbc news", "abc news", "cbs news", "msnbc", "al jazeera", "al jazeera english", "bloomberg",
        "bloomberg.com", "financial times", "ft.com", "the wall street journal", "wsj", "wall street journal",
        "usa today", "los angeles times", "la times", "chicago tribune", "the atlantic", "politico",
        "axios", "the hill", "time", "newsweek", "the economist", "forbes", "cnbc", "sky news",
        "the independent", "the telegraph", "the times", "daily mail online", "mail online", "the irish times",
        "rte", "rté", "cbc", "cbc news", "ctv news", "global news", "the globe and mail", "abc", "voa",
        "voice of america", "dw", "deutsche welle", "france 24", "euronews", "the verge", "techcrunch",
        "wired", "ars technica", "vox", "slate", "buzzfeed news", "huffpost", "business insider",
        "insider", "yahoo news", "yahoo", "xinhua", "chinadaily.com.cn", "china daily", "global times",
        "the japan times", "the hindu", "times of india", "hindustan times", "ndtv", "south china morning post",
        "scmp", "the straits times", "abc news (australia)", "the sydney morning herald", "stuff", "nz herald",
        "pbs newshour", "pbs", "propublica", "the conversation", "kyodo news", "nikkei asia", "semafor",
        "the canadian press", "canadian press", "upi", "upi.com", "ap photo", "news", "the star",
        "toronto star", "the boston globe", "boston globe", "san francisco chronicle", "miami herald",
        "the seattle times", "denver post", "the denver post", "houston chronicle", "the sun", "mirror",
        "evening standard", "the scotsman", "le monde", "spiegel", "der spiegel", "el país", "anadolu agency",
    }
)  # fmt: skip

TITLE_SMALL_WORDS: Final = frozenset(
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
        "off", "on", "per", "to", "up", "via", "vs", "vs.", "v", "v.", "from", "into", "onto", "over",
        "with", "than", "upon", "out", "down", "amid", "near", "past", "till", "like", "if",
        "de", "la", "le", "van", "von", "der", "del", "al", "el", "en", "du", "da", "des",
    }
)  # fmt: skip
