"""Holidays news copy dates by name (United States and widely observed ones).

``FIXED_HOLIDAYS`` maps a holiday name (lower case, straight apostrophe) to its (month, day);
``NTH_WEEKDAY_HOLIDAYS`` maps a name to (month, weekday with Monday = 0, n), where n is the
n-th such weekday of the month and -1 the last one; ``WEEKDAY_AFTER_HOLIDAYS`` maps a name to
(month, weekday, day): the first such weekday after that day of the month; ``EASTER_HOLIDAYS``
maps a name to its distance in days from Easter Sunday (Western churches). Membership means the name is read as a
date by ``newsparse.parsers.times``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["EASTER_HOLIDAYS", "FIXED_HOLIDAYS", "NTH_WEEKDAY_HOLIDAYS", "WEEKDAY_AFTER_HOLIDAYS"]

FIXED_HOLIDAYS: Final = MappingProxyType(
    {
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "valentine's day": (2, 14),
        "independence day": (7, 4),
        "the fourth of july": (7, 4),
        "halloween": (10, 31),
        "veterans day": (11, 11),
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "boxing day": (12, 26),
        "may day": (5, 1),
        "st. patrick's day": (3, 17),
        "st patrick's day": (3, 17),
    }
)

NTH_WEEKDAY_HOLIDAYS: Final = MappingProxyType(
    {
        "martin luther king jr. day": (1, 0, 3),
        "presidents day": (2, 0, 3),
        "memorial day": (5, 0, -1),
        "labor day": (9, 0, 1),
        "thanksgiving day": (11, 3, 4),
        "thanksgiving": (11, 3, 4),
    }
)

WEEKDAY_AFTER_HOLIDAYS: Final = MappingProxyType(
    {
        "election day": (11, 1, 1),  # U.S.: the Tuesday after the first Monday of November
        "black friday": (11, 4, 22),  # the day after Thanksgiving (the fourth Thursday, the 22nd to 28th)
        "cyber monday": (11, 0, 25),  # the Monday after Thanksgiving
    }
)

EASTER_HOLIDAYS: Final = MappingProxyType(
    {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7, "ash wednesday": -46}
)
