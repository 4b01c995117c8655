"""Reporting and cognition verbs that attribute a statement to a speaker.

Membership in ``SPEECH_VERBS`` means: the word form, written after a speaker ("Singh said",
"officials believe") or before one ("said Singh"), marks what surrounds it as that speaker's
statement or belief. Forms are lower case, every inflection listed (news uses the past
tense most, the present in headlines). ``PARTICIPLE_CUES`` are the ``-ing`` forms that
attach a statement to the subject of the main clause ("…, saying that …").
``OBJECT_CUES`` take the hearer as an object before the statement ("told reporters that").
``AUXILIARIES`` may stand between the speaker and the verb ("has said", "also noted").
``HEADLINE_VERBS`` are the present-tense forms a title-case headline capitalises ("Lund Vows
To ...", "New Poll Shows ..."): there, capitalised, they are still cues.
``INTENT_VERBS`` take their statement as "to" and a verb ("vowed to cut the tax"): after them,
"to" opens the statement, not an adjunct as in "said to reporters".
``NOUN_LIKE_FORMS`` are verb forms news mostly uses as nouns ("secretary of state", "Republican
claims", "85 percent support"): a cue only with an auxiliary, before "that", after a pronoun, or
closing the sentence as its attribution.
``COGNITION_VERBS`` are the verbs of knowing and believing ("knows", "hoped"): a pronoun's belief coordinated
after a statement ("X says she hopes ..., but she knows that ...") goes on with that statement.
``SPEECH_NOUNS`` are nouns of statements and beliefs that attribute a "that" clause to the
person named before them in the possessive ("Ames's claim that ...", "Ortiz's view that ...").
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ATTRIBUTION_ONLY_FORMS",
    "AUXILIARIES",
    "COGNITION_VERBS",
    "HEADLINE_VERBS",
    "INTENT_VERBS",
    "NOUN_LIKE_FORMS",
    "OBJECT_CUES",
    "PARTICIPLE_CUES",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "STANCE_VERBS",
    "TRAILING_VERBS",
]

_STEMS: Final = (
    # (base, third person, past) of each reporting or cognition verb
    ("say", "says", "said"), ("tell", "tells", "told"), ("add", "adds", "added"),
    ("note", "notes", "noted"), ("argue", "argues", "argued"), ("warn", "warns", "warned"),
    ("claim", "claims", "claimed"), ("insist", "insists", "insisted"),
    ("acknowledge", "acknowledges", "acknowledged"), ("believe", "believes", "believed"),
    ("think", "thinks", "thought"), ("explain", "explains", "explained"), ("state", "states", "stated"),
    ("write", "writes", "wrote"), ("ask", "asks", "asked"), ("announce", "announces", "announced"),
    ("report", "reports", "reported"), ("declare", "declares", "declared"), ("suggest", "suggests", "suggested"),
    ("recall", "recalls", "recalled"), ("respond", "responds", "responded"), ("reply", "replies", "replied"),
    ("continue", "continues", "continued"), ("stress", "stresses", "stressed"),
    ("emphasize", "emphasizes", "emphasized"), ("emphasise", "emphasises", "emphasised"),
    ("confirm", "confirms", "confirmed"), ("deny", "denies", "denied"), ("admit", "admits", "admitted"),
    ("concede", "concedes", "conceded"), ("predict", "predicts", "predicted"), ("contend", "contends", "contended"),
    ("counter", "counters", "countered"), ("maintain", "maintains", "maintained"),
    ("complain", "complains", "complained"), ("allege", "alleges", "alleged"), ("agree", "agrees", "agreed"),
    ("testify", "testifies", "testified"), ("tweet", "tweets", "tweeted"), ("promise", "promises", "promised"),
    ("pledge", "pledges", "pledged"), ("vow", "vows", "vowed"), ("fear", "fears", "feared"),
    ("caution", "cautions", "cautioned"), ("observe", "observes", "observed"), ("remark", "remarks", "remarked"),
    ("mention", "mentions", "mentioned"), ("reveal", "reveals", "revealed"), ("conclude", "concludes", "concluded"),
    ("assure", "assures", "assured"), ("boast", "boasts", "boasted"), ("joke", "jokes", "joked"),
    ("quip", "quips", "quipped"), ("lament", "laments", "lamented"), ("estimate", "estimates", "estimated"),
    ("hope", "hopes", "hoped"), ("expect", "expects", "expected"), ("know", "knows", "knew"),
    ("find", "finds", "found"), ("show", "shows", "showed"), ("indicate", "indicates", "indicated"),
    ("point out", "points out", "pointed out"), ("charge", "charges", "charged"), ("urge", "urges", "urged"),
    ("demand", "demands", "demanded"), ("propose", "proposes", "proposed"), ("recommend", "recommends", "recommended"),
    ("signal", "signals", "signaled"), ("worry", "worries", "worried"), ("feel", "feels", "felt"),
    ("assert", "asserts", "asserted"), ("contend", "contends", "contended"), ("reiterate", "reiterates", "reiterated"),
    ("clarify", "clarifies", "clarified"), ("disclose", "discloses", "disclosed"), ("shout", "shouts", "shouted"),
    ("whisper", "whispers", "whispered"), ("recount", "recounts", "recounted"),
    ("speculate", "speculates", "speculated"),
    ("guess", "guesses", "guessed"), ("reckon", "reckons", "reckoned"), ("doubt", "doubts", "doubted"),
    ("wonder", "wonders", "wondered"), ("imply", "implies", "implied"), ("insinuate", "insinuates", "insinuated"),
    ("posit", "posits", "posited"), ("grumble", "grumbles", "grumbled"), ("scoff", "scoffs", "scoffed"),
    ("comment", "comments", "commented"), ("yell", "yells", "yelled"), ("chant", "chants", "chanted"),
    ("scream", "screams", "screamed"), ("exclaim", "exclaims", "exclaimed"), ("mutter", "mutters", "muttered"),
    ("echo", "echoes", "echoed"), ("understand", "understands", "understood"),
    ("endorse", "endorses", "endorsed"), ("reference", "references", "referenced"),
    ("learn", "learns", "learned"), ("realize", "realizes", "realized"), ("recognize", "recognizes", "recognized"),
    ("discover", "discovers", "discovered"), ("determine", "determines", "determined"), ("hint", "hints", "hinted"),
    ("brag", "brags", "bragged"), ("dispute", "disputes", "disputed"),
    ("express", "expresses", "expressed"), ("view", "views", "viewed"), ("consider", "considers", "considered"),
    ("regard", "regards", "regarded"), ("document", "documents", "documented"), ("offer", "offers", "offered"),
    ("label", "labels", "labeled"), ("read", "reads", "read"),
    # STANCE_VERBS start here
    ("call", "calls", "called"), ("cite", "cites", "cited"), ("criticize", "criticizes", "criticized"),
    ("describe", "describes", "described"), ("question", "questions", "questioned"),
    ("attack", "attacks", "attacked"), ("reject", "rejects", "rejected"), ("praise", "praises", "praised"),
    ("blame", "blames", "blamed"), ("accuse", "accuses", "accused"), ("condemn", "condemns", "condemned"),
    ("defend", "defends", "defended"), ("want", "wants", "wanted"), ("plan", "plans", "planned"),
    ("support", "supports", "supported"), ("oppose", "opposes", "opposed"), ("dismiss", "dismisses", "dismissed"),
    ("blast", "blasts", "blasted"), ("slam", "slams", "slammed"), ("hail", "hails", "hailed"),
    ("tout", "touts", "touted"), ("laud", "lauds", "lauded"), ("decry", "decries", "decried"),
    ("denounce", "denounces", "denounced"), ("mock", "mocks", "mocked"), ("criticise", "criticises", "criticised"),
    ("applaud", "applauds", "applauded"),
)  # fmt: skip

_STANCE_START: Final = next(n for n, stem in enumerate(_STEMS) if stem[0] == "call")

#: Stance verbs: what follows is the speaker's position ("Quell called Lund a liar"); a
#: statement after one counts only when it quotes words or is a clause of some length.
STANCE_VERBS: Final = frozenset(form for stem in _STEMS[_STANCE_START:] for form in stem)

#: Every form of every reporting or cognition verb, lower case ("said", "points out"), and the
#: capitalised forms that open an inverted attribution ("Said Jane Doe: ...").
SPEECH_VERBS: Final = frozenset(form for stem in _STEMS for form in stem) | frozenset(
    {"signalled", "Said", "Says", "Added", "Asked", "Wrote", "Writes", "Explained", "Noted", "Recalled"}
)

#: Verbs of knowing, believing and feeling, every form: a speaker's state of mind rather than an act of speech
#: ("..., but she knows that ...").
_COGNITION_STEMS: Final = frozenset(
    {"believe", "think", "know", "hope", "expect", "feel", "fear", "worry", "doubt", "wonder", "understand",
     "realize", "recognize", "guess", "reckon", "learn"}
)  # fmt: skip
COGNITION_VERBS: Final = frozenset(form for stem in _STEMS if stem[0] in _COGNITION_STEMS for form in stem)

#: The third-person present forms, lower case ("says", "vows", "shows"): the verbs of headlines.
HEADLINE_VERBS: Final = frozenset(stem[1] for stem in _STEMS)

#: Verbs whose statement may be "to" and a verb ("vowed to cut", "urged voters to"), every form (not "want",
#: "hope", "expect": what follows them is a wish, often not a statement).
_INTENT_STEMS: Final = frozenset(
    {"promise", "pledge", "vow", "urge", "demand", "propose", "agree", "warn"}
)  # fmt: skip
INTENT_VERBS: Final = frozenset(form for stem in _STEMS if stem[0] in _INTENT_STEMS for form in stem)

#: Forms that are mostly nouns: a cue only in a verb's clear company ("the report states that").
NOUN_LIKE_FORMS: Final = frozenset(
    {"state", "states", "claims", "questions", "plans", "plan", "support", "supports", "fears", "fear", "calls",
     "call", "show", "report", "reports", "estimate", "estimates", "charges", "charge", "hopes", "hope", "demands",
     "demand", "promises", "promise", "pledges", "pledge", "vows", "vow", "doubts", "doubt", "worries", "remarks",
     "remark", "tweets", "tweet", "comments", "findings", "signals", "signal", "counters", "counter", "concerns",
     "view", "views", "document", "documents", "offer", "offers", "label", "labels", "regards", "comment",
     "read", "reads"}
)  # fmt: skip

#: Forms that attribute only as a quotation's closing attribution or before a colon ("…," the letter reads.):
#: elsewhere they are reading, not saying ("He read the report").
ATTRIBUTION_ONLY_FORMS: Final = frozenset({"read", "reads"})

#: ``-ing`` forms that hang a statement on the subject of the sentence ("…, saying that …").
PARTICIPLE_CUES: Final = frozenset(
    {"saying", "adding", "noting", "arguing", "warning", "claiming", "insisting", "explaining",
     "stressing", "telling", "asking", "suggesting", "acknowledging", "declaring", "writing", "tweeting",
     "replying", "responding", "recalling", "announcing", "answering", "joking", "quipping", "complaining",
     "predicting", "promising", "vowing", "conceding", "admitting", "countering", "posting",
     "calling", "urging", "accusing", "encouraging", "demanding", "criticizing", "praising", "blaming",
     "chanting", "shouting", "yelling", "screaming", "singing"}
)  # fmt: skip

#: Verbs whose hearer comes first: "told reporters that", "assured lawmakers that".
OBJECT_CUES: Final = frozenset(
    {"tell", "tells", "told", "telling", "assure", "assures", "assured", "warn", "warns", "warned",
     "remind", "reminds", "reminded", "ask", "asks", "asked", "urge", "urges", "urged", "inform",
     "informs", "informed"}
)  # fmt: skip

#: Words that may stand between a speaker and the verb: "has said", "also noted", "later told".
AUXILIARIES: Final = frozenset(
    {"has", "have", "had", "also", "later", "earlier", "previously", "then", "recently", "repeatedly",
     "once", "would", "will", "did", "does", "do", "often", "reportedly", "publicly", "privately", "again",
     "first", "already", "long", "still", "further", "has also", "separately", "initially", "firmly",
     "clearly", "openly", "may", "might", "could", "can", "should", "must", "never", "not", "always"}
)  # fmt: skip

#: Verbs that close a sentence as its attribution ("…, the minister said."), checked first
#: when a sentence has several speech verbs.
TRAILING_VERBS: Final = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "notes", "explained",
     "stated", "reported", "reports", "argued", "argues", "warned", "warns", "insisted", "asked", "continued",
     "recalled", "acknowledged", "claimed", "countered", "replied", "responded", "announced", "confirmed",
     "estimated", "estimates", "predicted", "cautioned", "conceded", "admitted", "tweeted", "testified"}
)  # fmt: skip

#: Nouns of statements and beliefs, lower case: "X's claim that ...", "X's repeated warning that ...".
SPEECH_NOUNS: Final = frozenset(
    {"claim", "claims", "comment", "comments", "statement", "statements", "assertion", "assertions", "argument",
     "view", "views", "belief", "beliefs", "suggestion", "warning", "warnings", "promise", "pledge", "insistence",
     "emphasis", "prediction", "predictions", "contention", "allegation", "allegations", "accusation",
     "accusations", "announcement", "remark", "remarks", "charge", "assurance", "assurances", "vow", "threat",
     "hope", "fear", "fears", "concern", "concerns", "admission", "acknowledgment", "acknowledgement", "denial",
     "theory", "notion", "position", "message", "declaration", "testimony", "complaint", "boast", "explanation",
     "insinuation", "implication", "confession", "conclusion", "finding", "estimate", "forecast", "report",
     "tweet", "tweets", "letter", "memo", "opinion", "idea", "point", "case", "answer", "response", "reply"}
)  # fmt: skip
