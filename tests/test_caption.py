"""Photo captions: one named example per convention, and captions found in whole stories.

Add a new credit or caption shape to ``CAPTIONS`` (one line per example, invented people and
events) with the fields a user would read off it.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

import newsparse
from newsparse import Caption
from newsparse.parsers.caption import looks_like_caption, parse_caption, parse_credit
from newsparse.vocab.credits import COURTESY_LABELS, CREDIT_BY_LABELS, CREDIT_LABELS

PUBLISHED = dt.date(2026, 4, 3)  # a Friday

# (id, caption, expected fields; "photographer"/"agency" are the credit's)
CAPTIONS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ap-file-dash",
        "FILE - A cargo plane taxis as cadets stand in formation in Tahoua, Niger, March 8, 2014.",
        {
            "file_photo": True,
            "location": "Tahoua, Niger",
            "date": dt.date(2014, 3, 8),
            "date_text": "March 8, 2014",
            "description": "A cargo plane taxis as cadets stand in formation in Tahoua, Niger, March 8, 2014.",
            "credit": None,
        },
    ),
    (
        "ap-older-file-photo",
        "In this March 8, 2014, file photo, cadets stand in formation in Tahoua, Niger.",
        {"file_photo": True, "location": "Tahoua, Niger", "date": dt.date(2014, 3, 8)},
    ),
    (
        "ap-current",
        "Crews repair a ferry dock on Wednesday, April 1, 2026, in Seattle. (AP Photo/Lena Marquardt)",
        {
            "file_photo": False,
            "location": "Seattle",
            "date": dt.date(2026, 4, 1),
            "date_text": "Wednesday, April 1, 2026",
            "photographer": "Lena Marquardt",
            "agency": "AP",
            "description": "Crews repair a ferry dock on Wednesday, April 1, 2026, in Seattle.",
        },
    ),
    (
        "ap-file-credit",
        "FILE - Shoppers cross a plaza in Denver, Sept. 9, 2021. (AP Photo/Rui Okafor, File)",
        {"file_photo": True, "location": "Denver", "date": dt.date(2021, 9, 9), "photographer": "Rui Okafor"},
    ),
    (
        "ap-name-slash-ap",
        "Fans cheer in Boston, Tuesday, March 31, 2026. (Wendell Pryce/AP)",
        {"photographer": "Wendell Pryce", "agency": "AP", "location": "Boston", "date": dt.date(2026, 3, 31)},
    ),
    (
        "ap-photo-alone",
        "Governor Ines Halvorsen speaks at the Capitol, Wednesday, April 1, 2026, in Salem, Ore. (AP Photo)",
        {"photographer": None, "agency": "AP", "location": "Salem, Ore."},
    ),
    (
        "ap-pool",
        "Ministers meet in Brussels, Belgium, Thursday, April 2, 2026. (Pool Photo via AP)",
        {"photographer": None, "agency": "AP", "location": "Brussels, Belgium", "date": dt.date(2026, 4, 2)},
    ),
    (
        "reuters",
        "A man walks past a shuttered bakery in Kharkiv, Ukraine, March 3, 2024. REUTERS/Oksana Brill",
        {"photographer": "Oksana Brill", "agency": "Reuters", "location": "Kharkiv, Ukraine"},
    ),
    (
        "reuters-file-photo",
        "FILE PHOTO: A tanker docks in Rotterdam, Netherlands, May 4, 2023. REUTERS/Piet Graaf/File Photo",
        {"file_photo": True, "photographer": "Piet Graaf", "agency": "Reuters", "date": dt.date(2023, 5, 4)},
    ),
    (
        "getty-photo-by",
        "Runners set off on March 8, 2025 in Lyon, France. (Photo by Amel Serrat/Getty Images)",
        {"photographer": "Amel Serrat", "agency": "Getty Images", "location": "Lyon, France"},
    ),
    (
        "getty-via",
        "Farmers protest in Paris, France, on March 28, 2026. Odile Fagan/AFP via Getty Images",
        {"photographer": "Odile Fagan", "agency": "AFP", "location": "Paris, France", "date": dt.date(2026, 3, 28)},
    ),
    (
        "epa-capitals",
        "Rescuers search a collapsed school in Antakya, Turkey, February 8, 2023. EPA/KEMAL ORHUN",
        {"photographer": "Kemal Orhun", "agency": "EPA", "location": "Antakya, Turkey"},
    ),
    (
        "guardian-photograph",
        "Crowds gather in central Lisbon on Saturday. Photograph: Marta Vieira/AP",
        {"photographer": "Marta Vieira", "agency": "AP", "location": "Lisbon", "date": dt.date(2026, 3, 28)},
    ),
    (
        "guardian-illustration",
        "The redesigned rail map. Illustration: Guardian Design",
        {"photographer": None, "agency": "Guardian Design", "description": "The redesigned rail map."},
    ),
    (
        "guardian-composite",
        "Two rival candidates. Composite: Jonah Bell/Getty Images/Reuters",
        {"photographer": "Jonah Bell", "agency": "Getty Images"},
    ),
    ("photo-label", "The mayor at city hall. Photo: Tessa Quinlan", {"photographer": "Tessa Quinlan", "agency": None}),
    (
        "credit-label",
        "The flooded underpass. Credit: Ravi Menon/The New York Times",
        {"photographer": "Ravi Menon", "agency": "The New York Times"},
    ),
    (
        "courtesy",
        "The restored mural. Courtesy of the Millbrook Arts Council",
        {"photographer": None, "agency": "the Millbrook Arts Council", "description": "The restored mural."},
    ),
    (
        "credit-own-line",
        "The restored mural in Springfield, Ill., Sept. 19.\nHana Ito/Reuters",
        {
            "photographer": "Hana Ito",
            "agency": "Reuters",
            "location": "Springfield, Ill.",
            "date": dt.date(2025, 9, 19),
        },
    ),
    (
        "no-credit-weekday",
        "Children play in a fountain in Los Angeles, Calif., on Wednesday.",
        {"credit": None, "location": "Los Angeles, Calif.", "date": dt.date(2026, 4, 1), "date_text": "Wednesday"},
    ),
    (
        "file-photo-weekday-alone",
        "FILE - Police stand guard outside the court in Dorrin on Tuesday. (AP Photo/Ana Lee)",
        {"file_photo": True, "location": "Dorrin", "date": None, "date_text": "Tuesday"},
    ),
    (
        "file-credit-weekday-alone",
        "Police stand guard outside the court in Dorrin on Tuesday. (AP Photo/Ana Lee, File)",
        {"file_photo": True, "date": None, "date_text": "Tuesday"},
    ),
    (
        "file-photo-full-date-and-weekday",
        "FILE - Police stand guard in Dorrin on Tuesday, May 7, 2019. (AP Photo/Ana Lee)",
        {"file_photo": True, "date": dt.date(2019, 5, 7), "date_conflict": False},
    ),
    (
        "afp-surname-in-capitals",
        "Farmers march in Lenvor on April 1, 2026. (Photo by Claire VOSSEN / AFP)",
        {"photographer": "Claire Vossen", "agency": "AFP", "date": dt.date(2026, 4, 1)},
    ),
    (
        "afp-hyphenated-given-name",
        "Farmers march in Lenvor. (Photo by Jean-Luc LE GALL / AFP)",
        {"photographer": "Jean-Luc Le Gall", "agency": "AFP"},
    ),
    (
        "weekday-conflict",
        "Voters queue in Nairobi, Kenya, Wednesday, April 2, 2026. (AP Photo/Wanjiru Obi)",
        {"date": dt.date(2026, 4, 2), "date_conflict": True},
    ),
    (
        "file-with-later-news",
        "FILE - Cadets stand in Tahoua, Niger, March 8, 2014. On Friday, March 22, 2024, the junta ended the pact.",
        {"file_photo": True, "date": dt.date(2014, 3, 8), "location": "Tahoua, Niger"},
    ),
    (
        "older-file-photo-second-date",
        "In this March 8, 2014, file photo, Mayor Ada Kell, who died June 3, 2020, speaks in Tahoua, Niger.",
        {"date": dt.date(2014, 3, 8), "location": "Tahoua, Niger"},
    ),
    (
        "near-place",
        "Firefighters work near Kherson, Ukraine, Monday, March 30, 2026. (AP Photo/Ilya Varga)",
        {"location": "Kherson, Ukraine", "date": dt.date(2026, 3, 30), "photographer": "Ilya Varga"},
    ),
    (
        "photographer-surname-like-a-paper",
        "Dockworkers unload grain in Odesa, Ukraine, May 2, 2025. (AP Photo/Mara Fox)",
        {"photographer": "Mara Fox", "agency": "AP"},
    ),
    (
        "square-brackets-file",
        "Rescuers search a collapsed bakery in Gaza City [File: Yusuf Amari/Reuters]",
        {"file_photo": True, "photographer": "Yusuf Amari", "agency": "Reuters", "location": "Gaza City"},
    ),
    (
        "handout-via-ap",
        "This undated photo shows Ada Kell. (Millbrook Police Department via AP)",
        {"photographer": None, "agency": "AP", "description": "This undated photo shows Ada Kell."},
    ),
    (
        "nyt-credit-ellipsis",
        "A flooded street in Millbrook. Credit...Ravi Menon for The New York Times",
        {"photographer": "Ravi Menon", "agency": "The New York Times", "location": "Millbrook"},
    ),
    (
        "day-month-year",
        "Pilgrims gather in Kraków, Poland, on 14 August 2025. Photograph: Ewa Lis/Reuters",
        {"date": dt.date(2025, 8, 14), "location": "Kraków, Poland", "agency": "Reuters"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CAPTIONS], ids=[i for i, _, _ in CAPTIONS])
def test_caption_conventions(text: str, expected: dict[str, Any]) -> None:
    caption = parse_caption(text, published=PUBLISHED)
    for field, value in expected.items():
        if field in {"photographer", "agency"}:
            assert caption.credit is not None, "no credit found"
            assert getattr(caption.credit, field) == value, field
        else:
            assert getattr(caption, field) == value, field
    if caption.credit is not None:
        assert text[caption.credit.start : caption.credit.end] == caption.credit.text
        assert caption.credit.text not in caption.description


def test_year_less_date_needs_published() -> None:
    caption = parse_caption("Dancers rehearse in Oslo, Norway, Sept. 19. (AP Photo/Siv Lund)")
    assert caption.date is None
    assert caption.date_text == "Sept. 19"


def test_year_less_date_after_publication_is_last_year() -> None:
    caption = parse_caption("Dancers rehearse in Oslo, Norway, Dec. 19.", published=dt.date(2026, 1, 5))
    assert caption.date == dt.date(2025, 12, 19)


CREDITS = [
    ("ap", "AP Photo/Lena Marquardt", "Lena Marquardt", "AP"),
    ("ap-file", "(AP Photo/Lena Marquardt, File)", "Lena Marquardt", "AP"),
    ("name-agency", "Lena Marquardt/AP", "Lena Marquardt", "AP"),
    ("reuters", "REUTERS/Lena Marquardt", "Lena Marquardt", "Reuters"),
    ("epa-efe", "EPA-EFE/LENA MARQUARDT", "Lena Marquardt", "EPA"),
    ("getty", "Photo by Lena Marquardt/Getty Images", "Lena Marquardt", "Getty Images"),
    ("shutterstock", "Lena Marquardt/Shutterstock", "Lena Marquardt", "Shutterstock"),
    ("for-paper", "Lena Marquardt for The Washington Post", "Lena Marquardt", "The Washington Post"),
    ("istock", "iStock / iStock", None, "iStock"),
    ("reuters-desk-note", "REUTERS/Lena Marquardt TPX IMAGES OF THE DAY", "Lena Marquardt", "Reuters"),
    ("guardian-composite-semicolon", "Composite: Guardian Design; Reuters", None, "Reuters"),
    ("label-then-courtesy", "Photo: Courtesy of Lena Marquardt", "Lena Marquardt", None),
    ("afp-photo-capitals", "AFP PHOTO / LENA MARQUARDT", "Lena Marquardt", "AFP"),
]


@pytest.mark.parametrize(("text", "photographer", "agency"), [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS])
def test_parse_credit(text: str, photographer: str | None, agency: str) -> None:
    credit = parse_credit(text)
    assert credit is not None
    assert (credit.photographer, credit.agency) == (photographer, agency)


NOT_CREDITS = [
    ("reuters-trailer", "(Reporting by Lena Marquardt; Editing by Tom Ash)"),
    ("months", "(August/July)"),
    ("plain-sentence", "Ferry Subsidy Up for Review Amid Claims of Waste."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_CREDITS], ids=[i for i, _ in NOT_CREDITS])
def test_not_credits(text: str) -> None:
    assert parse_credit(text) is None


STORY = """Harbor town weighs new ferry schedule

Crews repair a ferry dock on Wednesday, April 1, 2026, in Port Alder, Wash. (AP Photo/Lena Marquardt)

By JONAS PRYOR
Associated Press

PORT ALDER, Wash. (AP) — The ferry board said Thursday it will add two evening sailings.

The board approved the plan 5-2, said chair Imani Ross.

FILE - Commuters board a ferry in Port Alder, Wash., Sept. 9, 2021. (AP Photo/Rui Okafor, File)

Ross said the first new sailing would leave on May 4.

Deckhands tie up the ferry at the Port Alder terminal on Thursday.
Hana Ito/Reuters

The board meets again next month.
"""


def test_captions_in_a_story() -> None:
    article = newsparse.parse(STORY, published=PUBLISHED)
    captions = article.captions
    assert [c.credit.photographer for c in captions if c.credit] == ["Lena Marquardt", "Rui Okafor", "Hana Ito"]
    for caption in captions:
        assert STORY[caption.start : caption.end] == caption.text
    assert captions[0].date == dt.date(2026, 4, 1)
    assert captions[1].file_photo and captions[1].date == dt.date(2021, 9, 9)
    assert captions[2].text.endswith("Hana Ito/Reuters")
    assert captions[2].date == dt.date(2026, 4, 2)
    roles = [p.role for p in article.paragraphs]
    # The last caption's credit is a line of its own (the line before it ends a sentence): 4 paragraphs.
    assert roles.count("caption") == 4
    caption_paragraphs = [p for p in article.paragraphs if p.role == "caption"]
    assert all(any(c.start <= p.start and p.end <= c.end for c in captions) for p in caption_paragraphs)


def test_credit_line_after_caption_joins_it_in_a_double_spaced_story() -> None:
    text = (
        "Bridge reopens after repairs\n\nCars cross the bridge in Millbrook on Monday.\n\nPhoto: Tessa Quinlan\n\nBody."
    )
    (caption,) = newsparse.parse(text).captions
    assert caption.text == "Cars cross the bridge in Millbrook on Monday.\n\nPhoto: Tessa Quinlan"
    assert caption.description == "Cars cross the bridge in Millbrook on Monday."
    assert caption.credit is not None and caption.credit.photographer == "Tessa Quinlan"


BARE_LABELS = sorted(CREDIT_BY_LABELS | COURTESY_LABELS)


@pytest.mark.parametrize("label", BARE_LABELS, ids=[label.replace(" ", "-") for label in BARE_LABELS])
def test_every_by_and_courtesy_label_opens_a_credit(label: str) -> None:
    """The cheap tests that skip ordinary paragraphs must let every credit label through."""
    inline = f"Crowds gather in Lisbon on Monday. {label.capitalize()} Wren Halloway/Reuters"
    credit = parse_caption(inline).credit
    assert credit is not None and credit.photographer == "Wren Halloway" and credit.agency == "Reuters"
    story = f"Lisbon crowds\n\nCrowds gather in Lisbon on Monday.\n\n{label.upper()} Wren Halloway\n\nThe body."
    (caption,) = newsparse.parse(story).captions
    assert caption.credit is not None and caption.credit.photographer == "Wren Halloway"


CREDIT_LINES = [
    ("agency-alone", "Getty Images", None, "Getty Images"),
    ("library-alone", "Shutterstock", None, "Shutterstock"),
    ("name-slash-agency", "Wren Halloway/Reuters", "Wren Halloway", "Reuters"),
    ("colon-label", "Photo: Wren Halloway", "Wren Halloway", None),
    ("courtesy", "Courtesy of the Halden family", None, "the Halden family"),
    ("via", "AFP via Getty Images", None, "AFP"),
    ("pool-via", "Pool Photo via AP", None, "AP"),
    ("bracketed", "(Wren Halloway/AP)", "Wren Halloway", "AP"),
]


@pytest.mark.parametrize(
    ("line", "photographer", "agency"), [c[1:] for c in CREDIT_LINES], ids=[c[0] for c in CREDIT_LINES]
)
def test_credit_line_of_its_own_joins_the_caption_before_it(line: str, photographer: str | None, agency: str) -> None:
    story = f"Bridge reopens\n\nCars cross the bridge in Millbrook on Monday.\n\n{line}\n\nThe council met."
    (caption,) = newsparse.parse(story).captions
    assert caption.description == "Cars cross the bridge in Millbrook on Monday."
    assert caption.credit is not None
    assert (caption.credit.photographer, caption.credit.agency) == (photographer, agency)


COLON_LABELS = sorted(CREDIT_LABELS)


@pytest.mark.parametrize("label", COLON_LABELS, ids=[label.replace(" ", "-") for label in COLON_LABELS])
def test_every_colon_label_opens_a_credit(label: str) -> None:
    story = f"Lisbon crowds\n\nCrowds gather in Lisbon on Monday. {label.title()}: Wren Halloway/AP\n\nThe body."
    (caption,) = newsparse.parse(story).captions
    assert caption.credit is not None
    assert (caption.credit.photographer, caption.credit.agency) == ("Wren Halloway", "AP")


NOT_CAPTIONS = [
    ("dateline", "WASHINGTON — Officials said on Monday, March 30, 2026, that talks would resume in Geneva."),
    ("body", "The board approved the plan on March 3, 2026, in Port Alder, said chair Imani Ross."),
    ("quote", "“We will be back in Seattle,” said Lena Marquardt, the club’s captain."),
    ("trailer", "(Reporting by Lena Marquardt; Editing by Tom Ash)"),
    ("hard-wrapped-numbers", "Deliveries were 24.38 mln tonnes in\n1985/86 (August/July)."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_CAPTIONS], ids=[i for i, _ in NOT_CAPTIONS])
def test_body_and_datelines_are_not_captions(text: str) -> None:
    assert not looks_like_caption(text)
    assert newsparse.parse("A headline for the story\n\n" + text).captions == ()


@pytest.mark.parametrize("text", ["", "   ", "(", "FILE -", "/", "Photo:", "in , ,", "(AP Photo/", "\n\n)"])
def test_never_raises(text: str) -> None:
    caption = parse_caption(text, published="2024-01-01")
    assert isinstance(caption, Caption)
    assert text[caption.start : caption.end] == caption.text


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text"):
        parse_caption(b"FILE - x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        parse_caption("FILE - x", published="18/03/2024")


@pytest.mark.parametrize("unit", ['"', "Capital ", "in Diffa, ", "A/B ", "(", "March 8, ", "Photo: ", "7"])
def test_linear_time(unit: str) -> None:
    def cost(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        start = time.perf_counter()
        parse_caption(text, published="2024-01-01")
        newsparse.parse(text)
        return time.perf_counter() - start

    cost(10_000)  # warm up
    assert cost(100_000) < 30 * cost(10_000) + 0.05


def test_dated_paragraph_between_headline_and_dateline_is_a_caption() -> None:
    text = (
        "Harbor town weighs new ferry schedule\n\n"
        "Crews repair a ferry dock on Wednesday, April 1, 2026, in Port Alder, Wash.\n\n"
        "PORT ALDER, Wash. (AP) — The ferry board said on April 2, 2026, it will add sailings.\n\n"
        "The board meets again on May 4, 2026, in Port Alder.\n"
    )
    (caption,) = newsparse.parse(text, published=PUBLISHED).captions
    assert caption.credit is None
    assert (caption.location, caption.date) == ("Port Alder, Wash.", dt.date(2026, 4, 1))
