"""Typographic cues (auditor.cue_marks): 'Name: “…”', speaker labels, headline labels; with negatives."""

from __future__ import annotations

import pytest

from auditor.cue_marks import _not_a_statement, embed_parts, sign_off_line
from auditor.models import Cue, ParsedArticle
from auditor.pipeline import extract


def _parse(annotator, paragraphs: list[str]) -> ParsedArticle:  # type: ignore[no-untyped-def]
    from auditor.conllu import article_from_paragraphs

    (parsed,) = annotator.parse([article_from_paragraphs("t", paragraphs)])
    return parsed


def _colons(parsed: ParsedArticle) -> list[str | None]:
    """The source mention of every colon cue's attribution."""
    return [
        a.source.mention if a.source else None
        for a in extract(parsed).attributions
        if a.cue is not None and a.cue.kind == "colon"
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name after a dash in a digest line: the name, not the whole line, is the speaker
        (
            ["TURNOUT HELD UP IN THE SUBURBS - Jane Doe: “The numbers held up well in the end.”"],
            ["Jane Doe"],
        ),
        # a transcript label with a party tag and no space before the quotation
        (['Rep. Jane Doe (R-Texas):"We will not back down on this bill."'], ["Rep. Jane Doe"]),
        # a headline label opening the article
        (["Poll: Voters back the new stadium plan.", "The survey was taken last week."], ["Poll"]),
        (["MILLER: We have to finish the bridge this year."], ["MILLER"]),
        # a reporting verb opening the label is no part of the speaker's name
        (
            ["The vote was close.", "Said Okafor: “I don’t think she cares about the harbour plan.”"],
            ["Okafor"],
        ),
        # a description, then the person's name after a comma
        (
            ["The board met.", "The library’s director, Ruth Okafor: “We serve 300 people a day.”"],
            ["The library’s director, Ruth Okafor"],
        ),
        # a short clause about a named speaker, after a question put to her
        (
            [
                "The final is Saturday.",
                "Asked about the injury, Delgado was blunt: “He’ll play on Saturday.”",
            ],
            ["Delgado"],
        ),
        # NEGATIVES: kickers, tallies, a few words of a list, a list of names
        (["Breaking: Storm hits the coast hard today.", "More follows."], []),
        (["The Latest: Storm hits the coast hard today.", "More follows."], []),
        (["The count so far.", "Miller: 547.", "Lopez: 46."], []),
        (["What each needs.", "Miller: Finish second.", "Lopez: Just hang on."], []),
        (["Who took part.", "Ohio: Ann Bell, Tom Crane, Joe Dunn, Eve Fox."], []),
    ],
)
def test_colon_cues(annotator, paragraphs: list[str], expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _colons(_parse(annotator, paragraphs)) == expected


@pytest.mark.parametrize(
    ("rest", "reason"),
    [
        (" 1,769.", "a number"),
        (" 1,769 to 1,501.", "a number"),
        (" 3 battleground races are tight.", None),
        (" 52%.", "a number"),
        (" Finish second.", "too short"),
        (" A miracle.", "too short"),
        (" Ann Bell, Tom Crane, Joe Dunn, Eve Fox.", "a list of names"),
        (" We will win this state in November.", None),
        (" “Never.”", None),  # short, but a quotation
    ],
)
def test_not_a_statement(rest: str, reason: str | None) -> None:
    assert _not_a_statement(rest, []) == reason


def _embeds(parsed: ParsedArticle) -> list[tuple[str | None, str | None]]:
    """(source mention, content text) of every embedded-post attribution."""
    text = parsed.article.text
    return [
        (a.source.mention if a.source else None, text[a.content.start : a.content.end] if a.content else None)
        for a in extract(parsed).attributions
        if a.cue is not None and a.cue.lemma == "embed"
    ]


POST = "The harbour bridge must reopen before winter."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the platform's sign-off: the paragraph before it is the account's words, less the media link
        (
            [
                "Vale spoke on Tuesday.",
                f"{POST} pic.twitter.com/Xr9TbLm2Qa — Nora Vale (@NoraValeMP) March 3, 2021",
            ],
            [("Nora Vale", POST)],
        ),
        (
            [
                "Reaction came fast.",
                f"{POST} https://t.co/Pq3ZvW81Hd — Tom Brennick (@TomBrennick) June 9, 2021",
            ],
            [("Tom Brennick", POST)],
        ),
        # leftover markup of the embed at the paragraph start is not the account's words
        (
            [
                "Reaction came fast.",
                f'<tweet author="@NoraValeMP">{POST} — Nora Vale (@NoraValeMP) March 3, 2021',
            ],
            [("Nora Vale", POST)],
        ),
        # NEGATIVES: a dash and a name without the handle and date, a handle without a dash, a byline
        (["Reaction came fast.", f"{POST} — Nora Vale, March 3, 2021"], []),
        (["Reaction came fast.", f"{POST} Follow Nora Vale (@NoraValeMP) March 3, 2021"], []),
        (["Reaction came fast.", "— By Jane Doe (@janedoe)", "The talks went on."], []),
    ],
)
def test_embed_signoffs(annotator, paragraphs: list[str], expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _embeds(_parse(annotator, paragraphs)) == expected


def test_embed_parts_need_words_before_the_signoff() -> None:
    text = "pic.twitter.com/abc — Nora Vale (@NoraValeMP) March 3, 2021"
    dash = text.index("—")
    cue = Cue(start=dash, end=dash + 1, text="—", kind="other", lemma="embed", sentence=0, head=0, rule="r")
    assert embed_parts(text, 0, cue) is None  # only a link: no post words to attribute
    assert embed_parts("Yes! " + text, 0, cue.model_copy(update={"start": dash + 5, "end": dash + 6})) == (
        (dash + 7, dash + 16),
        (0, 4),
    )


@pytest.mark.parametrize(
    ("spec", "label"),
    [
        ("Peskov/PROPN", True),
        ("The/DET library/NOUN 's/PART director/NOUN ,/PUNCT Ruth/PROPN Okafor/PROPN", True),
        # NEGATIVES: as long, but no person's name after the comma; a verb in the label
        ("The/DET library/NOUN 's/PART director/NOUN ,/PUNCT the/DET best/ADJ in/ADP town/NOUN", False),
        ("The/DET director/NOUN ,/PUNCT who/PRON spoke/VERB ,/PUNCT Ruth/PROPN Okafor/PROPN", False),
    ],
)
def test_short_label(spec: str, label: bool) -> None:
    from word_helpers import tagged_words

    from auditor.cue_marks import _short_label

    assert _short_label(tagged_words(spec)) is label


@pytest.mark.parametrize(
    ("spec", "subject"),
    [
        # a short clause about a named speaker before a colon: its subject speaks
        ("Delgado/PROPN/nsubj was/AUX blunt/ADJ", "Delgado"),
        ("Ana/PROPN Ruiz/PROPN/nsubj fired/VERB back/ADV", "Ana Ruiz"),
        ("She/PRON/nsubj was/AUX blunt/ADJ", "She"),  # a pronoun for a person, resolved later
        ("It/PRON/nsubj was/AUX clear/ADJ", ""),  # NEGATIVE: "it" is no speaker
        # NEGATIVES: no verb (a label, handled as one); a subject that is no name; a name that is no
        # subject; a long clause
        ("Ana/PROPN Ruiz/PROPN/nsubj", ""),
        ("The/DET mayor/NOUN/nsubj was/AUX blunt/ADJ", ""),
        ("Ruiz/PROPN/obj was/AUX fired/VERB", ""),
        ("Ruiz/PROPN/nsubj said/VERB many/ADJ things/NOUN about/ADP the/DET new/ADJ plan/NOUN", ""),
    ],
)
def test_speaker_clause(spec: str, subject: str) -> None:
    from word_helpers import tagged_words

    from auditor.cue_marks import _speaker_clause

    rels = {k: part.split("/")[2] for k, part in enumerate(spec.split()) if part.count("/") == 2}
    plain = " ".join("/".join(part.split("/")[:2]) for part in spec.split())
    words = [w.model_copy(update={"deprel": rels.get(k, "dep")}) for k, w in enumerate(tagged_words(plain))]
    assert " ".join(w.text for w in _speaker_clause(words)) == subject


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("\n\n- Dana Whitlow.\n", "Dana Whitlow."),
        ("\n\n-Mayor Ana Ruiz, speaking after the vote.", "Mayor Ana Ruiz, speaking after the vote."),
        ("\n— @harborwatch\n", "@harborwatch"),
        # NEGATIVES: a heading set off by dashes, a lower-case phrase, an agency's credit for the article,
        # a dash on the quotation's own line (``dash_cues`` reads that one), a list item of a long phrase
        ("\n\n– Ready to rebuild –.\n", None),
        ("\n\n- Reduce the fees for small shops.\n", None),
        ("\n\n- Reuters.\n", None),
        ("\n\n- The Associated Press\n", None),
        (" - Dana Whitlow.\n", None),
        ("\n\n- Harbor Street Bridge Repairs Were Finished Two Weeks Ahead Of The Schedule\n", None),
    ],
)
def test_a_sign_off_line_after_a_quotation(after: str, name: str | None) -> None:
    m = sign_off_line(after)
    assert (m.group(2).strip() if m else None) == name


@pytest.mark.stanza
def test_a_sign_off_paragraph_names_the_speaker(annotator) -> None:  # type: ignore[no-untyped-def]
    parsed = _parse(
        annotator,
        ['"We will rebuild the pier before the summer, whatever it costs."', "- Dana Whitlow.", "- Reuters."],
    )
    found = [
        (a.cue.text, a.source.mention if a.source else None) for a in extract(parsed).attributions if a.cue
    ]
    assert found == [("-", "Dana Whitlow")]


def _digest(dash: str) -> list[tuple[str, str, str, int, str]]:
    """ "Polls did predict it <dash> Okafor: “Rebuild the pier now.”" as the parser reads it."""
    rows = [
        ("Polls", "poll", "NOUN", 3, "nsubj"),
        ("did", "do", "AUX", 3, "aux"),
        ("predict", "predict", "VERB", 0, "root"),
        ("it", "it", "PRON", 3, "obj"),
        (dash, dash, "PUNCT" if dash in ("-", "—") else "ADP", 6, "punct"),
        ("Okafor", "Okafor", "PROPN", 3, "parataxis"),
        (":", ":", "PUNCT", 6, "punct"),
        ("“Rebuild", "rebuild", "VERB", 6, "appos"),
        ("the", "the", "DET", 10, "det"),
        ("pier", "pier", "NOUN", 8, "obj"),
        ("now.”", "now", "ADV", 8, "advmod"),
    ]
    return rows


@pytest.mark.parametrize(
    ("dash", "glued", "expected"),
    [
        # a reporting verb before a dash reports its own clause; the label after the dash is the speaker
        ("-", False, [":"]),
        ("—", True, [":"]),  # an em dash needs no spaces ("predict it—Okafor:")
        # NEGATIVES: no dash ("Polls did predict it for Okafor: “…”"): the verb's cue says who speaks;
        # a hyphen inside a word is no dash
        ("for", False, []),
        ("-", True, []),
    ],
)
def test_a_digest_label_after_an_earlier_cue(dash: str, glued: bool, expected: list[str]) -> None:
    from tree_helpers import article_from_rows

    from auditor.cue_marks import colon_cues
    from auditor.cues import verb_cue
    from auditor.quotes import find_quotes
    from auditor.syntax import Tree

    parsed = article_from_rows(_digest(dash), glued=frozenset({5}) if glued else frozenset())
    quotes = find_quotes(parsed)
    s = parsed.sentences[0]
    tree = Tree(s)
    taken = [c for w in s.words if (c := verb_cue(parsed, s, tree, w, quotes)) is not None]
    assert [c.text for c in taken] == ["predict"]
    assert [c.text for c in colon_cues(parsed, s, tree, quotes, taken)] == expected
