"""Month and weekday names as news copy writes them.

``MONTHS`` maps every accepted spelling (lower case, without a final period) to the month
number: full names, AP abbreviations ("Jan", "Sept"), and the three-letter forms wire copy
uses ("Sep"). ``WEEKDAYS`` maps names and abbreviations to ``datetime.date.weekday()``
numbers (Monday = 0). AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a day;
March to July always spelled out.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["AP_MONTH_ABBREVIATIONS", "MONTHS", "MONTH_NAMES", "WEEKDAYS", "WEEKDAY_NAMES"]

MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: AP's abbreviation of each month used with a day (None: always spelled out).
AP_MONTH_ABBREVIATIONS: Final = MappingProxyType(
    {1: "Jan.", 2: "Feb.", 3: None, 4: None, 5: None, 6: None, 7: None,
     8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
)  # fmt: skip

_EXTRA_MONTH_FORMS: Final = MappingProxyType({"sept": 9, "sep": 9})

MONTHS: Final = MappingProxyType(
    {
        **{name.lower(): n for n, name in enumerate(MONTH_NAMES, start=1)},
        **{name[:3].lower(): n for n, name in enumerate(MONTH_NAMES, start=1)},
        **_EXTRA_MONTH_FORMS,
    }
)

WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

WEEKDAYS: Final = MappingProxyType(
    {
        **{name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)},
        **{name[:3].lower(): n for n, name in enumerate(WEEKDAY_NAMES)},
        "tues": 1, "wed": 2, "thur": 3, "thurs": 3,
    }
)  # fmt: skip
