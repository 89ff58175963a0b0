"""Tests for auditor.page: line labels, metadata spans, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.page import Page, analyse_page
from auditor.page_lines import furniture_patterns

TITLE = "Harbour Authority Delays New Ferry Terminal"
LEDE = (
    "The harbour authority said on Thursday it would delay the opening of its new ferry terminal by six "
    "months after a safety review found cracks in two of the loading ramps at the quay."
)
CLOSE = (
    "Operators, who had planned extra summer sailings, said the delay would cost them millions of pounds "
    "in lost trade, and they asked the authority to publish the full review before the end of the month."
)
SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def kinds_of(line: str, *, header: bool) -> tuple[Page, list[tuple[str, str | None, str]]]:
    """Analyse ``line`` right under the title (header) or between two body paragraphs."""
    before = f"{TITLE}\n" if header else f"{TITLE}\n\n{LEDE}\n\n"
    text = f"{before}{line}\n\n{CLOSE}\n"
    page = analyse_page(text)
    start, end = len(before), len(before) + len(line)
    return page, [(s.kind, s.reason, s.text) for s in page.segments if start <= s.start and s.end <= end]


BODY_REGION = [
    # furniture
    ("Advertisement", "furniture"),
    ("ADVERTISEMENT", "furniture"),
    ("Share:", "furniture"),
    ("Share this article", "furniture"),
    ("Leave the first comment", "furniture"),
    ("Related News", "furniture"),
    ("0:00", "furniture"),
    ("Updated:", "furniture"),
    ("Read more", "furniture"),
    ("Read more: Ferry operators count the cost", "furniture"),
    ("Sign up for our morning newsletter", "furniture"),
    ("Subscribe now for full access", "furniture"),
    ("We use cookies to improve your experience. Accept all cookies", "furniture"),
    ("• HOME»", "furniture"),
    ("Home » World » Europe", "furniture"),
    ("Listen to this article", "furniture"),
    ("5 min read", "furniture"),
    # credits
    ("Reuters contributed to this article.", "credit"),
    ("The Associated Press contributed to this report.", "credit"),
    ("Reporting by Olena Harmash; Editing by Alex Richardson", "credit"),
    ("Additional reporting by Tom Green in Berlin.", "credit"),
    ("This article was originally published by The Conversation.", "credit"),
    # captions
    (
        "The minister at the summit in Brussels on Monday. Kristina Kormilitsyna/AFP via Getty Images",
        "caption",
    ),
    ("Firefighters at the scene on Tuesday. Photo: Jane Doe", "caption"),
    ("Protesters gather outside parliament in Paris (Reuters)", "caption"),
    ("Rescue workers search the rubble in Kharkiv. (AP Photo/Efrem Lukatsky)", "caption"),
    # bylines are recognised anywhere when they have the "By" form
    ("By Maria Okafor", "byline"),
    ("By Maria Okafor and John Smith", "byline"),
    # negative cases: body text that looks a little like the above
    ("Share prices rose.", "body"),
    ("Share prices of the two largest operators fell by about 3% in early trading.", "body"),
    ("Read more about the plan in the council's report.", "body"),
    ("The bakery sold cookies to tourists all summer.", "body"),
    ("According to Reuters, the talks collapsed on Friday.", "body"),
    ("Reuters reported that the talks collapsed on Friday.", "body"),
    ("By the end of the year, prices had doubled.", "body"),
    ("By Monday, officials had counted more than 300 damaged homes.", "body"),
    ("Reporters found the documents in a skip behind the ministry.", "body"),
    ("Advertisement revenue fell by a third, the company said.", "body"),
    ("“This is no longer just about transferring weapons.”", "body"),
    ("Related talks will continue next week, the ministry said.", "body"),
    ("He was updated: the minister had resigned.", "body"),
    ("Comments from the minister angered the union.", "body"),
    ("Latest figures show unemployment fell in May.", "body"),
    ("Search teams found two survivors on Sunday.", "body"),
    ("Photo: Jane Doe", "caption"),
    ("Follow us on Telegram", "furniture"),
    ("Tags: Ukraine, Russia, North Korea", "furniture"),
    ("Follow the money, the prosecutor told the jury.", "body"),
    ("* * *", "furniture"),
    ("---", "furniture"),
    ("12", "furniture"),
]


@pytest.mark.parametrize(("line", "expected"), BODY_REGION)
def test_line_kind_in_body(line: str, expected: str) -> None:
    _, got = kinds_of(line, header=False)
    assert [k for k, _, _ in got] == [expected], got


def test_caption_carries_a_photo_credit() -> None:
    line = "The minister in Brussels on Monday. Kristina Kormilitsyna/AFP via Getty Images"
    page, _ = kinds_of(line, header=False)
    (credit,) = [c for c in page.credits if c.kind == "photo"]
    assert credit.text == "Kristina Kormilitsyna/AFP via Getty Images"
    assert credit.outlet == "AFP"


@pytest.mark.parametrize(
    ("line", "kind", "outlet"),
    [
        ("Reuters contributed to this article.", "contributed", "Reuters"),
        ("The Associated Press contributed to this report.", "contributed", "The Associated Press"),
        ("Reporting by Olena Harmash; Editing by Alex Richardson", "reporting_by", "Olena Harmash"),
        ("Additional reporting by Tom Green in Berlin.", "reporting_by", "Tom Green"),
        ("Firefighters at the scene on Tuesday. Photo: Jane Doe", "photo", "Jane Doe"),
        ("Protesters gather outside parliament in Paris (Reuters)", "photo", "Reuters"),
    ],
)
def test_credit_kind_and_outlet(line: str, kind: str, outlet: str) -> None:
    page, _ = kinds_of(line, header=False)
    assert [(c.kind, c.outlet) for c in page.credits] == [(kind, outlet)]


def test_negative_credit_lines_give_no_credit() -> None:
    for line in ("According to Reuters, the talks collapsed.", "Reuters reported the deal on Friday."):
        page, _ = kinds_of(line, header=False)
        assert page.credits == ()


HEADER_REGION = [
    ("Ryan Morgan", ["byline"]),
    ("Maria de la Cruz", ["byline"]),
    ("By Maria Okafor and John Smith", ["byline"]),
    ("14 October 2024", ["dateline"]),
    ("Oct. 13, 2024", ["dateline"]),
    ("Published: June 12, 2026", ["dateline"]),
    ("Department of Water Resources 14-10-2024", ["byline", "dateline"]),
    ("By Maria Okafor | June 12, 2026", ["byline", "dateline"]),
    ("Opinion", ["furniture"]),
    # negative: a dek that reads like a sentence is body, a section name is not a person
    ("The government says the plan will cut waiting times by half.", ["body"]),
    ("The Guardian", ["furniture"]),
    ("Updated: 3 hours ago", ["furniture"]),
]


@pytest.mark.parametrize(("line", "expected"), HEADER_REGION)
def test_line_kind_under_title(line: str, expected: list[str]) -> None:
    _, got = kinds_of(line, header=True)
    assert [k for k, _, _ in got] == expected, got


def test_name_in_body_is_not_a_byline() -> None:
    _, got = kinds_of("Ryan Morgan", header=False)
    assert [k for k, _, _ in got] != ["byline"]


def test_byline_span_is_the_names() -> None:
    text = f"{TITLE}\nBy Maria Okafor and John Smith\n\n{LEDE}\n"
    page = analyse_page(text)
    assert page.byline is not None
    assert page.byline.text == "Maria Okafor and John Smith"
    assert text[page.byline.start : page.byline.end] == page.byline.text


def test_org_byline_and_date_split_with_exact_offsets() -> None:
    text = f"{TITLE}\nDepartment of Water Resources 14-10-2024\n{LEDE}\n"
    page = analyse_page(text)
    assert page.byline is not None and page.byline.text == "Department of Water Resources"
    assert page.published == "2024-10-14"
    assert page.published_span is not None and page.published_span.text == "14-10-2024"
    for seg in page.segments:
        assert text[seg.start : seg.end] == seg.text


def test_date_then_headline_on_one_line() -> None:
    text = f" date 2024-10-14 North Korea Deploys Citizens to Russia, as Asserted by Zelensky\n\n{LEDE}\n"
    page = analyse_page(text)
    first, second = page.segments[:2]
    assert (first.kind, first.text) == ("dateline", "date 2024-10-14")
    assert (second.kind, second.text) == (
        "title",
        "North Korea Deploys Citizens to Russia, as Asserted by Zelensky",
    )
    assert page.title is not None and page.title.start == second.start
    assert page.published == "2024-10-14"


@pytest.mark.parametrize(
    ("line", "iso", "span"),
    [
        ("date 2024-10-14", "2024-10-14", "2024-10-14"),
        ("14-10-2024", "2024-10-14", "14-10-2024"),
        ("June 12, 2026", "2026-06-12", "June 12, 2026"),
        ("Oct. 13, 2024", "2024-10-13", "Oct. 13, 2024"),
        ("13 October 2024", "2024-10-13", "13 October 2024"),
        ("Monday, Oct. 14, 2024 10:30 a.m. ET", "2024-10-14", "Monday, Oct. 14, 2024"),
        ("Oct. 13", None, "Oct. 13"),
    ],
)
def test_published_date(line: str, iso: str | None, span: str) -> None:
    page, got = kinds_of(line, header=True)
    assert [k for k, _, _ in got] == ["dateline"]
    assert page.published == iso
    assert page.published_span is not None and page.published_span.text == span


def test_date_in_a_body_sentence_is_not_a_dateline() -> None:
    page, got = kinds_of("June 12, 2026 will be remembered as the day the ferry stopped.", header=False)
    assert [k for k, _, _ in got] == ["body"]
    assert page.published is None


def test_title_detection() -> None:
    assert analyse_page(f"{TITLE}\n\n{LEDE}").title is not None
    no_title = analyse_page(f"{LEDE}\n\n{CLOSE}")
    assert no_title.title is None
    assert [s.kind for s in no_title.segments] == ["body", "body"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a short sentence first: the text has no headline, and a quoted paragraph after it is body
        ('The council met on Monday.\n\n"Nobody listened to the warnings."\n\nThe vote was delayed.', None),
        # a quotation and its past-tense speaker is running text, even first
        ('"We are not going anywhere," said Jane Smith.\n\nThe strike went on.', None),
        # NEGATIVES: a date and furniture before the headline are no prose
        (
            "Nov. 27, 2026\n\nCouncil Delays Bridge Vote\n\nThe council met on Monday.",
            "Council Delays Bridge Vote",
        ),
        ("• Home\n\nCouncil Delays Bridge Vote\n\nThe council met on Monday.", "Council Delays Bridge Vote"),
    ],
)
def test_no_headline_after_prose(text: str, title: str | None) -> None:
    page = analyse_page(text)
    assert (page.title.text if page.title else None) == title


def test_repeated_title_is_furniture() -> None:
    page = analyse_page(f"• Home»\n• {TITLE}\n{TITLE}\n{LEDE}\n{TITLE}\n{CLOSE}\n")
    assert [s.kind for s in page.segments] == ["furniture", "furniture", "title", "body", "furniture", "body"]
    assert page.segments[4].reason == "repeated title"


def test_title_hint_from_metadata() -> None:
    page = analyse_page(f"Local News\n{TITLE}\n{LEDE}\n", title_hint=TITLE)
    assert page.title is not None and page.title.text == TITLE
    assert page.segments[1].reason == "matches the metadata title"


def test_wire_dateline_is_split_from_the_lede() -> None:
    line = "KYIV, Ukraine (AP) — Russian drones struck the power grid overnight, officials said."
    page, got = kinds_of(line, header=False)
    assert [(k, t) for k, _, t in got] == [
        ("dateline", "KYIV, Ukraine (AP)"),
        ("body", "Russian drones struck the power grid overnight, officials said."),
    ]
    assert [(c.kind, c.outlet) for c in page.credits] == [("wire", "AP")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GLENDALE — Rates will rise next month, officials said.", "GLENDALE"),
        ("PORTSMOUTH, N.H. -- Rates will rise next month, officials said.", "PORTSMOUTH, N.H."),
        # NEGATIVES: a capitalised word in a sentence; a hyphenated word; an acronym opening a clause
        ("Glendale — the city — will raise rates, officials said.", None),
        ("NATO-led troops will leave next month, officials said.", None),
        ("NATO said on Monday that troops would leave.", None),
    ],
)
def test_city_dateline_is_split_from_the_lede_and_credits_no_one(line: str, expected: str | None) -> None:
    page, got = kinds_of(line, header=False)
    datelines = [t for k, _, t in got if k == "dateline"]
    assert datelines == ([expected] if expected else [])
    assert page.credits == ()


def test_markdown_paragraphs_headings_and_emphasis() -> None:
    text = (
        "# Council Approves Budget\n\n*By Ana Lopez*\n\nThe council approved the budget on Monday,\n"
        "cutting library hours by a fifth.\n\n## What Happens Next\n\nLibraries close on Wednesdays.\n"
    )
    page = analyse_page(text, markdown=True)
    assert [(s.kind, s.text) for s in page.segments] == [
        ("title", "Council Approves Budget"),
        ("byline", "By Ana Lopez"),
        ("body", "The council approved the budget on Monday,\ncutting library hours by a fifth."),
        ("furniture", "What Happens Next"),
        ("body", "Libraries close on Wednesdays."),
    ]


def test_crlf_text_keeps_offsets() -> None:
    text = f"{TITLE}\r\n\r\n{LEDE}\r\nAdvertisement\r\n"
    page = analyse_page(text)
    assert [s.kind for s in page.segments] == ["title", "body", "furniture"]
    for seg in page.segments:
        assert text[seg.start : seg.end] == seg.text and "\r" not in seg.text


LINES = st.sampled_from(
    [line for line, _ in BODY_REGION] + [line for line, _ in HEADER_REGION] + [TITLE, LEDE, "# Head", "", " "]
)
TEXTS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=12).map("\n".join),
    st.lists(LINES, max_size=12).map("\r\n".join),
)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, markdown=st.booleans())
def test_offsets_are_exact_for_any_text(text: str, markdown: bool) -> None:
    page = analyse_page(text, markdown=markdown)
    last_end = 0
    for seg in page.segments:
        assert 0 <= seg.start < seg.end <= len(text)
        assert text[seg.start : seg.end] == seg.text
        assert seg.text == seg.text.strip()
        assert seg.start >= last_end  # in order, no overlaps
        last_end = seg.end
    spans = [page.title, page.byline, page.published_span, *page.credits]
    for span in spans:
        if span is not None:
            assert text[span.start : span.end] == span.text


@pytest.mark.skipif(not SEEDS, reason="seeds/ not present")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_furniture_never_ends_up_as_body(path: Path) -> None:
    page = analyse_page(path.read_text(encoding="utf-8"))
    assert page.title is not None
    for seg in page.body:
        assert not any(p.regex.fullmatch(seg.text) for p in furniture_patterns()), seg.text
        assert len(seg.text.split()) > 6 or seg.text.endswith((".", "”", '"')), seg.text


def test_breadcrumb_holding_the_title_before_it_is_furniture() -> None:
    page = analyse_page(f"• {TITLE}\n{TITLE}\n{LEDE}\n")
    assert [(s.kind, s.reason) for s in page.segments] == [
        ("furniture", "repeated title in a breadcrumb"),
        ("title", "first headline-like line"),
        ("body", None),
    ]


def test_several_things_after_a_date_on_one_line() -> None:
    dates = "Published: June 12, 2026 | Updated: June 13, 2026\n14 October 2024 • 5 min read"
    text = f"{TITLE}\n{dates}\n\n{LEDE}\n"
    page = analyse_page(text)
    assert [(s.kind, s.text) for s in page.segments[1:5]] == [
        ("dateline", "Published: June 12, 2026"),
        ("dateline", "Updated: June 13, 2026"),
        ("dateline", "14 October 2024"),
        ("furniture", "5 min read"),
    ]
    assert page.published == "2026-06-12"


def test_a_line_ending_in_a_colon_leads_into_body() -> None:
    _, got = kinds_of("The ministry said:", header=True)
    assert [k for k, _, _ in got] == ["body"]


# Header layouts of common news sites, written for these tests: (header lines, byline, date, kinds).
LAYOUTS = [
    (
        "By HANNA ARHIROVA and JIM HEINTZ\nUpdated 3:14 PM GMT+2, October 14, 2024",
        "HANNA ARHIROVA and JIM HEINTZ",
        "2024-10-14",
        ["byline", "dateline"],
    ),
    (
        "By Olena Harmash\nOctober 13, 2024 5:40 PM GMT+2\nUpdated 2 days ago",
        "Olena Harmash",
        "2024-10-13",
        ["byline", "dateline", "furniture"],
    ),
    (
        "14 October 2024\nShare\nSave\nPaul Kirby\nBBC News\nImage source, Getty Images",
        "Paul Kirby",
        "2024-10-14",
        ["dateline", "furniture", "furniture", "byline", "furniture", "caption"],
    ),
    (
        "By Svitlana Vlasova, CNN\n 3 minute read\nUpdated 8:26 AM EDT, Mon October 14, 2024",
        "Svitlana Vlasova",
        "2024-10-14",
        ["byline", "furniture", "dateline"],
    ),
    (
        "This article is more than 1 year old\nPeter Beaumont in Kyiv\nMon 14 Oct 2024 10.15 BST",
        "Peter Beaumont",
        "2024-10-14",
        ["furniture", "byline", "dateline"],
    ),
    ("Published October 14, 2024 5:00am EDT\nFox News", None, "2024-10-14", ["dateline", "furniture"]),
]


@pytest.mark.parametrize(("header", "byline", "iso", "kinds"), LAYOUTS)
def test_site_header_layouts(header: str, byline: str | None, iso: str, kinds: list[str]) -> None:
    page = analyse_page(f"{TITLE}\n{header}\n{LEDE}\n")
    assert [s.kind for s in page.segments] == ["title", *kinds, "body"]
    assert (page.byline.text if page.byline else None) == byline
    assert page.published == iso


def test_outlet_line_in_header_sets_the_outlet() -> None:
    assert analyse_page(f"{TITLE}\nFox News\n{LEDE}\n").outlet == "Fox News"


def test_wire_sign_off_and_boilerplate_at_the_end() -> None:
    page = analyse_page(f"{TITLE}\n{LEDE}\nReuters\nOur Standards: The Thomson Reuters Trust Principles.\n")
    assert [(s.kind, s.reason) for s in page.segments[2:]] == [
        ("credit", "wire sign-off"),
        ("furniture", "publisher boilerplate"),
    ]
    assert [(c.kind, c.outlet) for c in page.credits] == [("wire", "Reuters")]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # markup residue and a blank line cut one sentence: a lower-case paragraph continues it
        (
            "The army is reportedly sending troops to help Ukraine“>Russia",
            "in the war, according to the minister.",
            True,
        ),
        ("The plan, officials said, would cost the city about", "four million dollars over ten years.", True),
        # negatives: the first paragraph ends a sentence, or leads into what follows, or the second
        # starts a new sentence (capital), or the continuation is no body text (furniture in between)
        ("The council approved the budget on Monday.", "libraries close on Wednesdays, it said.", False),
        (
            "The mayor made three points in her long speech to the council:",
            "taxes will rise next year.",
            False,
        ),
        (
            "The army is reportedly sending troops to help Ukraine“>Russia",
            "In the war, the minister said more.",
            False,
        ),
    ],
)
def test_sentence_broken_across_paragraphs_is_one_segment(first: str, second: str, joined: bool) -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{first}\n\n{second}\n"
    body = analyse_page(text).body
    for seg in body:
        assert text[seg.start : seg.end] == seg.text
    if joined:
        assert body[-1].text == f"{first}\n\n{second}" and body[-1].start == text.index(first)
        assert body[-1].reason == "sentence continued across a paragraph break"
    else:
        assert [s.text for s in body[-2:]] == [first, second]


def test_no_join_across_furniture() -> None:
    broken = "The army is reportedly sending troops to help\n\nAdvertisement\n\nin the war, it said."
    text = f"{TITLE}\n\n{LEDE}\n\n{broken}\n"
    body = analyse_page(text).body
    assert [s.text for s in body][-2:] == [
        "The army is reportedly sending troops to help",
        "in the war, it said.",
    ]
