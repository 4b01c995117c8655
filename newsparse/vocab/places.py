"""Places as datelines write them: US states, Canadian provinces, countries and known cities.

Keys of every lookup table are *place keys*: the name case-folded, accents removed, periods
dropped and white space collapsed (:func:`place_key`: "ST. LOUIS" -> "st louis", "W. Va."
-> "w va"; abbreviation tables also hold the form without spaces, "wva").

- ``US_STATE_AP_FORMS``: each US state's full name -> its AP dateline form, from the AP
  state-abbreviation table in the project's data notes (eight states are never abbreviated).
- ``REGIONS``: place key of a state or province as datelines write it -> ``(full name,
  country)``. AP forms ("Calif."), the forms the 1987 Reuters wire used besides them
  (capitals "MICH.", no period "Calif", non-AP "Tex.", "Penn.", "W. Va."), postal codes,
  full names, Canadian provinces and their abbreviations, Australian states, the nations of
  the United Kingdom.
- ``COUNTRIES``: place key of a country name or common variant ("U.S.", "Britain", "West
  Germany") -> its full name.
- ``CITIES``: place key of a city -> ``(region or None, country)``. Holds the 30 US cities
  AP datelines use without a state (data notes: "Datelines For US Cities"), AP's candidate
  list of international cities that stand alone (data notes, marked unverified there), and
  national capitals and other large cities wire services date stories from (general
  geographic knowledge), so that a bare ``LUSAKA`` or ``PEKING`` still gets its country.
- ``US_STANDALONE_CITIES`` / ``INTL_STANDALONE_CITIES``: the AP stand-alone lists as written.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Final

import regex

__all__ = [
    "CITIES",
    "COUNTRIES",
    "INTL_STANDALONE_CITIES",
    "NON_CITY_OPENERS",
    "NOT_PLACES",
    "PLACE_CONNECTORS",
    "PLACE_FEATURES",
    "REGIONS",
    "SENTENCE_ACRONYMS",
    "US_STANDALONE_CITIES",
    "US_STATE_AP_FORMS",
    "place_key",
]

#: What separates the words of a key: periods and middle dots, white space, hyphens (a run becomes one space).
_KEY_SEPARATORS: Final = regex.compile(r"[.\u00b7\s\-\u00a0]++")


def place_key(name: str) -> str:
    """The lookup key of a place name: case-folded, accents and periods removed, spaces collapsed.

    >>> place_key("ST. LOUIS"), place_key("São Paulo"), place_key("W. Va.")
    ('st louis', 'sao paulo', 'w va')
    """
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    elif name.isprintable():
        # Printable ASCII has no white space but the space (``\s`` and ``str.split`` agree): no regex call.
        return " ".join(name.replace(".", " ").replace("-", " ").split()).lower()
    return _KEY_SEPARATORS.sub(" ", name).strip().casefold()


US = "United States"
CANADA = "Canada"

#: Full state name -> AP dateline form (data notes, AP state abbreviations).
US_STATE_AP_FORMS: Final = MappingProxyType(
    {
        "Alabama": "Ala.", "Alaska": "Alaska", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
        "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.",
        "Hawaii": "Hawaii", "Idaho": "Idaho", "Illinois": "Ill.", "Indiana": "Ind.", "Iowa": "Iowa",
        "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maine": "Maine", "Maryland": "Md.",
        "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
        "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
        "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
        "North Dakota": "N.D.", "Ohio": "Ohio", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
        "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.",
        "Texas": "Texas", "Utah": "Utah", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
        "West Virginia": "W.Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo.",
    }
)  # fmt: skip

#: Full state name -> postal code.
_US_POSTAL: Final = MappingProxyType({
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY",
})  # fmt: skip

#: Other ways wire copy abbreviates states (1987 Reuters: "Tex.", "Penn.", "W. Va." ...).
_US_VARIANTS: Final = MappingProxyType({
    "Arizona": ("ari", "az"), "California": ("cal", "cali", "cailf"), "Colorado": ("col",),
    "Connecticut": ("ct", "conn"), "Florida": ("flor", "flo"), "Illinois": ("ills",),
    "Indiana": ("indi",), "Kansas": ("kans", "kas"), "Kentucky": ("kent", "kty"), "Massachusetts": ("mas",),
    "Michigan": ("mic",), "Minnesota": ("min",), "Missouri": ("mis",), "Nebraska": ("nebr",),
    "Nevada": ("nevada",), "Oklahoma": ("ok",), "Oregon": ("oreg", "or"), "Pennsylvania": ("penn", "penna"),
    "Tennessee": ("tenn", "tn"), "Texas": ("tex", "tx"), "Vermont": ("verm",), "Virginia": ("virg",),
    "Washington": ("wn",), "West Virginia": ("w virg",), "Wisconsin": ("wisc",), "Wyoming": ("wy",),
})  # fmt: skip

#: Canadian provinces and territories: full name -> abbreviations (Canadian Press and wire forms).
_CA_PROVINCES: Final = MappingProxyType({
    "Alberta": ("alta", "ab"), "British Columbia": ("b c", "bc"), "Manitoba": ("man", "mb"),
    "New Brunswick": ("n b", "nb"), "Newfoundland and Labrador": ("nfld", "n l", "nl", "newfoundland"),
    "Nova Scotia": ("n s", "ns"), "Ontario": ("ont", "on"), "Prince Edward Island": ("p e i", "pei"),
    "Quebec": ("que", "qc", "pq"), "Saskatchewan": ("sask", "sk"), "Northwest Territories": ("n w t", "nwt"),
    "Nunavut": ("nu",), "Yukon": ("y t", "yt", "yukon territory"),
})  # fmt: skip

_OTHER_REGIONS: Final = MappingProxyType({
    ("New South Wales", "Australia"): ("n s w", "nsw"), ("Victoria", "Australia"): ("vic",),
    ("Queensland", "Australia"): ("qld",), ("Western Australia", "Australia"): ("w a",),
    ("South Australia", "Australia"): ("s a",), ("Tasmania", "Australia"): ("tas",),
    ("Northern Territory", "Australia"): ("n t",),
    ("Australian Capital Territory", "Australia"): ("a c t", "act"),
    ("England", "United Kingdom"): (), ("Scotland", "United Kingdom"): (), ("Wales", "United Kingdom"): (),
    ("Northern Ireland", "United Kingdom"): (),
    ("District of Columbia", US): ("d c", "dc"), ("Puerto Rico", US): ("p r", "pr"), ("Guam", US): (),
})  # fmt: skip


def _region_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}

    def add(key: str, value: tuple[str, str]) -> None:
        table.setdefault(key, value)
        table.setdefault(key.replace(" ", ""), value)

    for state, ap_form in US_STATE_AP_FORMS.items():
        value = (state, US)
        add(place_key(state), value)
        add(place_key(ap_form), value)
        add(_US_POSTAL[state].casefold(), value)
        for variant in _US_VARIANTS.get(state, ()):
            add(variant, value)
    for province, forms in _CA_PROVINCES.items():
        add(place_key(province), (province, CANADA))
        for form in forms:
            add(form, (province, CANADA))
    for (region, country), forms in _OTHER_REGIONS.items():
        add(place_key(region), (region, country))
        for form in forms:
            add(form, (region, country))
    return table


#: Place key of a state or province -> (full name, country).
REGIONS: Final = MappingProxyType(_region_table())

#: Country full name -> other names and forms it is written in (besides the full name itself).
_COUNTRY_VARIANTS: Final = MappingProxyType({
    "United States": ("u s", "us", "usa", "u s a", "united states of america", "america"),
    "United Kingdom": ("u k", "uk", "britain", "great britain"),
    "United Arab Emirates": ("uae", "u a e"),
    "Russia": ("russian federation",), "China": ("people's republic of china", "prc"),
    "South Korea": ("korea", "republic of korea"), "North Korea": ("dprk",),
    "Czech Republic": ("czechia",), "Ivory Coast": ("cote d'ivoire", "côte d'ivoire"),
    "Myanmar": ("burma",),
    "Democratic Republic of the Congo": ("congo", "congo kinshasa", "drc", "dr congo", "democratic republic of congo"),
    "Republic of the Congo": ("republic of congo", "congo brazzaville"), "Netherlands": ("the netherlands", "holland"),
    "Philippines": ("the philippines",), "Gambia": ("the gambia",), "Bahamas": ("the bahamas",),
    "Vatican City": ("vatican", "holy see"), "Eswatini": ("swaziland",), "North Macedonia": ("macedonia",),
    "Timor-Leste": ("east timor",), "Cape Verde": ("cabo verde",), "Turkey": ("turkiye", "türkiye"),
    "Palestinian Territories": ("west bank", "gaza strip", "gaza", "palestine"),
    "Soviet Union": ("ussr", "u s s r"), "West Germany": (), "East Germany": (), "Yugoslavia": (),
    "Czechoslovakia": (), "Zaire": (), "Bosnia and Herzegovina": ("bosnia", "bosnia herzegovina"),
    "Trinidad and Tobago": ("trinidad",), "Antigua and Barbuda": ("antigua",),
    "Saint Kitts and Nevis": ("st kitts and nevis", "st kitts"), "Saint Lucia": ("st lucia",),
    "Saint Vincent and the Grenadines": ("st vincent",), "Sao Tome and Principe": ("sao tome",),
    "Hong Kong": (), "Macau": ("macao",), "Taiwan": (), "Puerto Rico": (), "Greenland": (), "Kosovo": (),
    "Bermuda": (), "Cayman Islands": ("grand cayman", "british west indies"), "Gibraltar": (), "Aruba": (),
    "Curacao": ("curaçao",), "Faroe Islands": (), "New Caledonia": (), "French Polynesia": ("tahiti",),
    "Martinique": (), "Guadeloupe": (), "Reunion": ("réunion",), "Western Sahara": (), "Somaliland": (),
    "British Virgin Islands": (), "U.S. Virgin Islands": ("virgin islands", "us virgin islands"),
    "Northern Cyprus": (), "Falkland Islands": ("falklands",),
})  # fmt: skip

_COUNTRY_NAMES: Final = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
    "Bolivia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon",
    "Canada", "Central African Republic", "Chad", "Chile", "Colombia", "Comoros", "Costa Rica", "Croatia",
    "Cuba", "Cyprus", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
    "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Laos",
    "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania",
    "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
    "Mozambique", "Namibia", "Nauru", "Nepal", "New Zealand", "Nicaragua", "Niger", "Nigeria", "Norway",
    "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Poland", "Portugal",
    "Qatar", "Romania", "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
    "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip


def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in _COUNTRY_NAMES:
        table[place_key(name)] = name
    for name, variants in _COUNTRY_VARIANTS.items():
        table[place_key(name)] = name
        for variant in variants:
            table.setdefault(place_key(variant), name)
    return table


#: Place key of a country name or variant -> its full name.
COUNTRIES: Final = MappingProxyType(_country_table())

#: AP stand-alone US dateline cities, as written (data notes: 30 names).
US_STANDALONE_CITIES: Final = (
    "ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS", "DENVER", "DETROIT",
    "HONOLULU", "HOUSTON", "INDIANAPOLIS", "LAS VEGAS", "LOS ANGELES", "MIAMI", "MILWAUKEE", "MINNEAPOLIS",
    "NEW ORLEANS", "NEW YORK", "OKLAHOMA CITY", "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS",
    "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO", "SAN FRANCISCO", "SEATTLE", "WASHINGTON",
)  # fmt: skip

#: The state of each AP stand-alone US city (Washington, the federal capital, has none).
_US_STANDALONE_STATES: Final = (
    "Georgia", "Maryland", "Massachusetts", "Illinois", "Ohio", "Ohio", "Texas", "Colorado", "Michigan",
    "Hawaii", "Texas", "Indiana", "Nevada", "California", "Florida", "Wisconsin", "Minnesota",
    "Louisiana", "New York", "Oklahoma", "Pennsylvania", "Arizona", "Pennsylvania", "Missouri",
    "Utah", "Texas", "California", "California", "Washington", None,
)  # fmt: skip

#: AP's candidate list of international cities that stand alone (data notes, unverified), with country.
INTL_STANDALONE_CITIES: Final = MappingProxyType(
    {
        "AMSTERDAM": "Netherlands", "BAGHDAD": "Iraq", "BANGKOK": "Thailand", "BEIJING": "China",
        "BEIRUT": "Lebanon", "BERLIN": "Germany", "BRUSSELS": "Belgium", "CAIRO": "Egypt",
        "DJIBOUTI": "Djibouti", "DUBLIN": "Ireland", "GENEVA": "Switzerland", "GIBRALTAR": "Gibraltar",
        "GUATEMALA CITY": "Guatemala", "HAVANA": "Cuba", "HELSINKI": "Finland", "HONG KONG": "China",
        "ISLAMABAD": "Pakistan", "ISTANBUL": "Turkey", "JERUSALEM": "Israel", "JOHANNESBURG": "South Africa",
        "KABUL": "Afghanistan", "KUWAIT CITY": "Kuwait", "LONDON": "United Kingdom", "LUXEMBOURG": "Luxembourg",
        "MACAU": "China", "MADRID": "Spain", "MEXICO CITY": "Mexico", "MILAN": "Italy", "MONACO": "Monaco",
        "MONTREAL": "Canada", "MOSCOW": "Russia", "MUNICH": "Germany", "NEW DELHI": "India",
        "PANAMA CITY": "Panama", "PARIS": "France", "PRAGUE": "Czech Republic", "QUEBEC CITY": "Canada",
        "RIO DE JANEIRO": "Brazil", "ROME": "Italy", "SAN MARINO": "San Marino", "SAO PAULO": "Brazil",
        "SHANGHAI": "China", "SINGAPORE": "Singapore", "STOCKHOLM": "Sweden", "SYDNEY": "Australia",
        "TOKYO": "Japan", "TORONTO": "Canada", "VATICAN CITY": "Vatican City", "VIENNA": "Austria",
        "ZURICH": "Switzerland",
    }
)  # fmt: skip

#: Regions of cities where one is conventionally given (Canadian and Australian cities, a few more).
_CITY_REGIONS: Final = MappingProxyType({
    "TORONTO": "Ontario", "OTTAWA": "Ontario", "MONTREAL": "Quebec", "QUEBEC CITY": "Quebec",
    "VANCOUVER": "British Columbia", "CALGARY": "Alberta", "EDMONTON": "Alberta", "WINNIPEG": "Manitoba",
    "HALIFAX": "Nova Scotia", "REGINA": "Saskatchewan", "SYDNEY": "New South Wales", "MELBOURNE": "Victoria",
    "BRISBANE": "Queensland", "PERTH": "Western Australia", "ADELAIDE": "South Australia",
    "CANBERRA": "Australian Capital Territory", "HONG KONG": None, "MACAU": None,
    "EDINBURGH": "Scotland", "GLASGOW": "Scotland", "BELFAST": "Northern Ireland", "CARDIFF": "Wales",
})  # fmt: skip

#: Other cities wire services date stories from: country -> cities (capitals and large cities).
_WORLD_CITIES: Final = MappingProxyType({
    "Afghanistan": ("KANDAHAR",), "Albania": ("TIRANA",), "Algeria": ("ALGIERS",), "Angola": ("LUANDA",),
    "Argentina": ("BUENOS AIRES",), "Armenia": ("YEREVAN",),
    "Australia": ("CANBERRA", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE"), "Austria": ("SALZBURG",),
    "Azerbaijan": ("BAKU",), "Bahrain": ("MANAMA", "BAHRAIN"), "Bangladesh": ("DHAKA", "DACCA"),
    "Belarus": ("MINSK",), "Belgium": ("ANTWERP",), "Bolivia": ("LA PAZ",), "Bosnia and Herzegovina": ("SARAJEVO",),
    "Botswana": ("GABORONE",), "Brazil": ("BRASILIA",), "Bulgaria": ("SOFIA",),
    "Burkina Faso": ("OUAGADOUGOU",), "Burundi": ("BUJUMBURA",), "Cambodia": ("PHNOM PENH",),
    "Cameroon": ("YAOUNDE", "DOUALA"),
    "Canada": ("OTTAWA", "VANCOUVER", "CALGARY", "EDMONTON", "WINNIPEG", "HALIFAX", "REGINA"),
    "Central African Republic": ("BANGUI",), "Chad": ("N'DJAMENA", "NDJAMENA"), "Chile": ("SANTIAGO",),
    "China": ("PEKING", "GUANGZHOU", "SHENZHEN", "WUHAN", "CHENGDU", "TIANJIN", "CHONGQING", "NANJING",
              "HANGZHOU", "XIAN", "LHASA", "URUMQI"),
    "Colombia": ("BOGOTA", "MEDELLIN"), "Costa Rica": ("SAN JOSE",), "Croatia": ("ZAGREB",),
    "Cyprus": ("NICOSIA",), "Czech Republic": (), "Democratic Republic of the Congo": ("KINSHASA", "GOMA"),
    "Denmark": ("COPENHAGEN",), "Dominican Republic": ("SANTO DOMINGO",), "Ecuador": ("QUITO", "GUAYAQUIL"),
    "Egypt": ("ALEXANDRIA",), "El Salvador": ("SAN SALVADOR",), "Eritrea": ("ASMARA",), "Estonia": ("TALLINN",),
    "Ethiopia": ("ADDIS ABABA",), "Finland": (), "France": ("MARSEILLE", "LYON", "STRASBOURG", "TOULOUSE"),
    "Gabon": ("LIBREVILLE",), "Georgia": ("TBILISI",),
    "Germany": ("BONN", "FRANKFURT", "HAMBURG", "COLOGNE", "DUSSELDORF", "STUTTGART"),
    "Ghana": ("ACCRA",), "Greece": ("ATHENS",), "Guinea": ("CONAKRY",), "Haiti": ("PORT-AU-PRINCE",),
    "Honduras": ("TEGUCIGALPA",), "Hungary": ("BUDAPEST",), "Iceland": ("REYKJAVIK",),
    "India": ("BOMBAY", "MUMBAI", "CALCUTTA", "KOLKATA", "MADRAS", "CHENNAI", "BANGALORE", "BENGALURU",
              "HYDERABAD", "SRINAGAR"),
    "Indonesia": ("JAKARTA",), "Iran": ("TEHRAN",), "Iraq": ("BASRA", "MOSUL", "ERBIL"),
    "Ireland": ("CORK",), "Israel": ("TEL AVIV", "HAIFA"), "Italy": ("NAPLES", "TURIN", "FLORENCE", "VENICE"),
    "Ivory Coast": ("ABIDJAN",), "Jamaica": ("KINGSTON",), "Japan": ("OSAKA", "KYOTO", "YOKOHAMA"),
    "Jordan": ("AMMAN",), "Kazakhstan": ("ALMATY", "ASTANA"), "Kenya": ("NAIROBI", "MOMBASA"),
    "Kuwait": ("KUWAIT",), "Kyrgyzstan": ("BISHKEK",), "Laos": ("VIENTIANE",), "Latvia": ("RIGA",),
    "Lebanon": (), "Liberia": ("MONROVIA",), "Libya": ("TRIPOLI", "BENGHAZI"), "Lithuania": ("VILNIUS",),
    "Madagascar": ("ANTANANARIVO",), "Malawi": ("LILONGWE", "BLANTYRE"), "Malaysia": ("KUALA LUMPUR",),
    "Mali": ("BAMAKO",), "Malta": ("VALLETTA",), "Mauritania": ("NOUAKCHOTT",), "Mexico": ("GUADALAJARA",
    "MONTERREY"), "Moldova": ("CHISINAU",), "Mongolia": ("ULAANBAATAR", "ULAN BATOR"), "Montenegro": ("PODGORICA",),
    "Morocco": ("RABAT", "CASABLANCA"), "Mozambique": ("MAPUTO",), "Myanmar": ("YANGON", "RANGOON", "NAYPYITAW"),
    "Namibia": ("WINDHOEK",), "Nepal": ("KATHMANDU",), "Netherlands": ("THE HAGUE", "ROTTERDAM"),
    "New Zealand": ("WELLINGTON", "AUCKLAND", "CHRISTCHURCH"), "Nicaragua": ("MANAGUA",),
    "Niger": ("NIAMEY",), "Nigeria": ("LAGOS", "ABUJA"), "North Korea": ("PYONGYANG",),
    "Norway": ("OSLO",), "Oman": ("MUSCAT",), "Pakistan": ("KARACHI", "LAHORE", "PESHAWAR"),
    "Palestinian Territories": ("RAMALLAH", "GAZA CITY"), "Paraguay": ("ASUNCION",), "Peru": ("LIMA",),
    "Philippines": ("MANILA",), "Poland": ("WARSAW",), "Portugal": ("LISBON",), "Qatar": ("DOHA",),
    "Romania": ("BUCHAREST",), "Russia": ("ST. PETERSBURG", "LENINGRAD"), "Rwanda": ("KIGALI",),
    "Saudi Arabia": ("RIYADH", "JEDDAH", "DHAHRAN"), "Senegal": ("DAKAR",), "Serbia": ("BELGRADE",),
    "Sierra Leone": ("FREETOWN",), "Slovakia": ("BRATISLAVA",), "Slovenia": ("LJUBLJANA",),
    "Somalia": ("MOGADISHU",), "South Africa": ("PRETORIA", "CAPE TOWN", "DURBAN"), "South Korea": ("SEOUL",),
    "South Sudan": ("JUBA",), "Spain": ("BARCELONA",), "Sri Lanka": ("COLOMBO",), "Sudan": ("KHARTOUM",),
    "Sweden": (), "Switzerland": ("BERN", "BERNE", "BASEL", "LAUSANNE", "DAVOS"), "Syria": ("DAMASCUS", "ALEPPO"),
    "Taiwan": ("TAIPEI",), "Tanzania": ("DAR ES SALAAM", "DODOMA"), "Thailand": (), "Togo": ("LOME",),
    "Tunisia": ("TUNIS",), "Turkey": ("ANKARA",), "Turkmenistan": ("ASHGABAT",), "Uganda": ("KAMPALA",),
    "Ukraine": ("KYIV", "KIEV", "KHARKIV", "ODESA", "ODESSA", "LVIV"),
    "United Arab Emirates": ("ABU DHABI", "DUBAI"), "United Kingdom": ("MANCHESTER", "BIRMINGHAM",
    "LIVERPOOL", "EDINBURGH", "GLASGOW", "BELFAST", "CARDIFF"), "Uruguay": ("MONTEVIDEO",),
    "Uzbekistan": ("TASHKENT",), "Venezuela": ("CARACAS",), "Vietnam": ("HANOI", "HO CHI MINH CITY", "SAIGON"),
    "Yemen": ("SANAA", "ADEN"), "Zambia": ("LUSAKA",), "Zimbabwe": ("HARARE",),
})  # fmt: skip


def _city_table() -> dict[str, tuple[str | None, str]]:
    table: dict[str, tuple[str | None, str]] = {}
    for city, state in zip(US_STANDALONE_CITIES, _US_STANDALONE_STATES, strict=True):
        table[place_key(city)] = (state, US)
    for city, country in INTL_STANDALONE_CITIES.items():
        table[place_key(city)] = (_CITY_REGIONS.get(city), country)
    for country, cities in _WORLD_CITIES.items():
        for city in cities:
            table.setdefault(place_key(city), (_CITY_REGIONS.get(city), country))
    return table


#: Place key of a known city -> (region or None, country).
CITIES: Final = MappingProxyType(_city_table())

#: Words in capitals that open a story or a headline but never name a dateline place (kickers,
#: labels): a "place" made of them is not one. Case-folded place keys.
NOT_PLACES: Final = frozenset(
    {
        "update", "updated", "exclusive", "breaking", "breaking news", "watch", "analysis", "opinion",
        "corrected", "correction", "rpt", "repeat", "factbox", "explainer", "insight", "refile", "urgent",
        "flash", "bulletin", "news", "photos", "photo", "video", "live", "editorial", "commentary", "review",
        "interview", "note", "advisory", "sponsored", "advertisement", "by", "file", "editors", "editor's note",
        "graphic", "preview", "column", "feature", "special report", "wrapup", "timeline", "scenarios",
        "share", "related", "read more", "listen", "subscribe", "contact", "contacts", "source", "sources",
        "warning", "alert", "important", "caution", "note to editors", "embargoed",
        "just in", "live updates", "top story", "developing", "developing story", "latest", "the latest",
        "fact check", "world", "business", "sport", "sports", "politics", "update 1", "update 2", "update 3",
    }
)  # fmt: skip

#: Connecting words a multi-word place keeps in lower case ("Rio de Janeiro", "NEW YORK and CHICAGO").
PLACE_CONNECTORS: Final = frozenset(
    {"and", "&", "of", "de", "la", "le", "les", "du", "des", "da", "do", "dos", "das", "del", "el", "al", "on",
     "upon", "au", "aux", "sur", "am", "an", "der", "den", "im", "the", "y", "en", "es", "off", "near", "at"}
)  # fmt: skip

#: First words of dateline places that are no city (AP: ``ABOARD AIR FORCE ONE``,
#: ``ON THE MISSISSIPPI RIVER``, ``NEAR THE LEBANESE BORDER``). Case-folded.
NON_CITY_OPENERS: Final = frozenset(
    {"aboard", "on", "in", "at", "near", "off", "along", "outside", "inside", "over", "above", "across", "with",
     "en", "somewhere", "under", "beneath", "north", "south", "east", "west"}
)  # fmt: skip

#: Words naming a kind of place, so that a dateline of them reads as a place (``UNITED NATIONS``,
#: ``CAMP DAVID``, ``GUANTANAMO BAY NAVAL BASE``). Case-folded.
PLACE_FEATURES: Final = frozenset(
    {"nations", "river", "sea", "ocean", "gulf", "bay", "base", "camp", "island", "islands", "mount", "mountain",
     "mountains", "lake", "valley", "border", "coast", "strait", "canal", "harbor", "harbour", "port", "city",
     "county", "park", "station", "field", "fort", "beach", "desert", "peninsula", "airport", "village",
     "springs", "falls", "heights", "creek", "point", "reservation", "territory", "zone", "front", "vatican"}
)  # fmt: skip

#: Organisations written as capitals that may open a story's first sentence before a dash ("NATO —
#: the alliance ..."): an unknown word in capitals before a dash is taken as a dateline place only
#: when it is not one of these. Case-folded.
SENTENCE_ACRONYMS: Final = frozenset(
    {"nato", "opec", "nasa", "fifa", "uefa", "asean", "unicef", "unesco", "unhcr", "unrwa", "interpol", "europol",
     "frontex", "mercosur", "ecowas", "icann", "iaea", "ifad", "wada", "noaa", "fema", "osha", "darpa", "nafta",
     "usmca", "aukus", "brics", "opec+", "sars", "mers", "covid", "covid-19", "aids", "hiv", "ebola", "laser",
     "radar", "scuba", "swat", "taser", "gif", "emoji", "twitter", "tiktok", "google", "apple", "meta", "amazon",
     "netflix", "ikea", "lego", "nascar", "nba", "nfl", "nhl", "mlb", "mls", "ncaa", "pga", "lpga", "wnba",
     "espn", "hbo", "ufc", "wwe", "fbi", "cia", "nsa", "irs", "sec", "fda", "cdc", "epa", "faa", "ntsb", "dhs",
     "doj", "ice", "un", "eu", "us", "uk", "imf", "wto", "who", "icc", "icj", "pm", "ceo", "gop", "anc",
     "plo", "pkk", "isis", "isil", "hamas", "hezbollah", "taliban", "note", "editor", "editors"}
)  # fmt: skip
