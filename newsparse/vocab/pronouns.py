"""Personal pronouns that can stand for a speaker at a speech verb.

``PRONOUNS`` maps each pronoun (lower case) to the kind of antecedent it takes:
``"he"`` and ``"she"`` a person, ``"they"`` a group, an organisation or a person,
``"it"`` an organisation or a document, ``"i"``/``"we"`` the writer (left unresolved).
Membership means the word alone can be a speaker mention ("he said").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["PRONOUNS"]

PRONOUNS: Final = MappingProxyType(
    {"he": "he", "she": "she", "they": "they", "it": "it", "we": "we", "i": "i", "you": "you"}
)
