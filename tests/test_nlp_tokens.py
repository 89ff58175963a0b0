"""Tests for auditor.nlp_tokens: tokenization repairs on Stanza's document objects and dict format."""

from __future__ import annotations

import pytest

from auditor import nlp_tokens
from auditor.nlp_tokens import fix_mwt, merge_broken_sentences


def test_fix_mwt_splits_clitics_as_written() -> None:
    from stanza.utils.conll import CoNLL

    letters = "Kremlin's"
    n = len(letters)
    rows = [f"1-{n}\t{letters}\t_\t_\t_\t_\t_\t_\t_\t_"]
    rows += [f"{i}\t{ch}\t_\t_\t_\t_\t0\tdep\t_\t_" for i, ch in enumerate(letters, 1)]
    rows += [
        f"{n + 1}\tview\t_\t_\t_\t_\t0\tdep\t_\t_",  # a plain token stays as it is
        f"{n + 2}\tPutin’s\t_\t_\t_\t_\t0\tdep\t_\t_",  # left whole by the tokenizer
        f"{n + 3}-{n + 4}\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
        f"{n + 3}\tcan\t_\t_\t_\t_\t0\tdep\t_\t_",
        f"{n + 4}\t't\t_\t_\t_\t_\t0\tdep\t_\t_",
    ]
    doc = CoNLL.conll2doc(input_str="# text = x\n" + "\n".join(rows) + "\n\n")
    fix_mwt(doc)
    assert [[w.text for w in t.words] for t in doc.sentences[0].tokens] == [
        ["Kremlin", "'s"],
        ["view"],
        ["Putin", "’s"],
        ["ca", "n't"],
    ]


def _doc(text: str, sentences: list[list[tuple[str, int]]]) -> object:
    """A Stanza Document of single-word tokens from (form, start) pairs per sentence."""
    from stanza.models.common.doc import Document

    return Document(
        [
            [
                {"id": i, "text": t, "start_char": st, "end_char": st + len(t)}
                for i, (t, st) in enumerate(sent, 1)
            ]
            for sent in sentences
        ],
        text=text,
    )


@pytest.mark.parametrize(
    ("text", "sentences", "expected"),
    [
        # a name cut in two is joined, ids renumbered
        ("Dana Whitlow wrote.", [[("Dana", 0)], [("Whitlow", 5), ("wrote", 13), (".", 18)]], [4]),
        # proper sentence ends (also before a closing quote) are kept
        (
            "It ended. Then more.",
            [[("It", 0), ("ended", 3), (".", 8)], [("Then", 10), ("more", 15), (".", 19)]],
            [3, 3],
        ),
        ("“Go.” Then", [[("“", 0), ("Go", 1), (".", 3), ("”", 4)], [("Then", 6)]], [4, 1]),
        # a line break between them is respected
        ("Headline\nBody.", [[("Headline", 0)], [("Body", 9), (".", 13)]], [1, 2]),
        # a title's period read as the end: joined, "Sen" + "." made one token
        (
            "A letter to Sen. Ana Ruiz said.",
            [
                [("A", 0), ("letter", 2), ("to", 9), ("Sen", 12), (".", 15)],
                [("Ana", 17), ("Ruiz", 21), ("said", 26), (".", 30)],
            ],
            [8],
        ),
        # a month abbreviation kept whole by the tokenizer, before its day
        (
            "Crews dug on Oct. 3.",
            [[("Crews", 0), ("dug", 6), ("on", 10), ("Oct.", 13)], [("3", 18), (".", 19)]],
            [6],
        ),
        # a month before a capital, a title before a number, a lone period, a line break: real ends
        (
            "It rained in Oct. Then it froze.",
            [
                [("It", 0), ("rained", 3), ("in", 10), ("Oct", 13), (".", 16)],
                [("Then", 18), ("it", 23), ("froze", 26), (".", 31)],
            ],
            [5, 4],
        ),
        (
            "He saw Gen. 3 more.",
            [[("He", 0), ("saw", 3), ("Gen", 7), (".", 10)], [("3", 12), ("more", 14), (".", 18)]],
            [4, 3],
        ),
        (". Ana said.", [[(".", 0)], [("Ana", 2), ("said", 6), (".", 10)]], [1, 3]),
        (
            "To Sen.\nAna Ruiz.",
            [[("To", 0), ("Sen", 3), (".", 6)], [("Ana", 8), ("Ruiz", 12), (".", 16)]],
            [3, 3],
        ),
    ],
)
def test_merge_broken_sentences(
    text: str, sentences: list[list[tuple[str, int]]], expected: list[int]
) -> None:
    from stanza.models.common.doc import Document

    doc = merge_broken_sentences(_doc(text, sentences), Document)
    assert [len(s.words) for s in doc.sentences] == expected  # type: ignore[attr-defined]
    for sent in doc.sentences:  # type: ignore[attr-defined]
        assert [w.id for w in sent.words] == list(range(1, len(sent.words) + 1))
        assert all(text[t.start_char : t.end_char] == t.text for t in sent.tokens)


def test_merge_broken_sentences_renumbers_multi_word_tokens() -> None:
    from stanza.models.common.doc import Document

    text = "Dana said it's over."
    first = [{"id": 1, "text": "Dana", "start_char": 0, "end_char": 4}]
    second = [
        {"id": 1, "text": "said", "start_char": 5, "end_char": 9},
        {"id": (2, 3), "text": "it's", "start_char": 10, "end_char": 14},
        {"id": 2, "text": "it", "start_char": 10, "end_char": 12},
        {"id": 3, "text": "'s", "start_char": 12, "end_char": 14},
        {"id": 4, "text": "over", "start_char": 15, "end_char": 19},
        {"id": 5, "text": ".", "start_char": 19, "end_char": 20},
    ]
    doc = merge_broken_sentences(Document([first, second], text=text), Document)
    [sent] = doc.sentences
    assert [(w.id, w.text) for w in sent.words] == [
        (1, "Dana"),
        (2, "said"),
        (3, "it"),
        (4, "'s"),
        (5, "over"),
        (6, "."),
    ]
    assert [t.id for t in sent.tokens] == [(1,), (2,), (3, 4), (5,), (6,)]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Kremlin's", list("Kremlin's"), ["Kremlin", "'s"]),
        ("can't", ["can", "'t"], ["ca", "n't"]),
        # a plural possessive stays whole, however the model split it
        ("miners'", ["m", "in", "ers'"], ["miners'"]),
        ("generals’", ["g", "enerals", "’"], ["generals’"]),
        ("generals’", ["generals", "’"], ["generals’"]),
        ("cannot", ["can", "not"], ["can", "not"]),
        ("gonna", ["gon", "na"], ["gon", "na"]),
        # NEGATIVE: a name or word split into pieces stays whole
        ("Donna", ["D", "onna"], ["Donna"]),
        ("females", ["f", "e", "males"], ["females"]),
        ("'", ["'"], ["'"]),
    ],
)
def test_expansion_keeps_words_as_written(text: str, words: list[str], expected: list[str]) -> None:
    from auditor.nlp_tokens import _expansion

    assert _expansion(text, words) == expected


def test_parse_data_lists_every_word_list_read_while_parsing() -> None:
    """A list a parse-time module reads but PARSE_DATA misses would leave stale cached parses after an
    edit: the modules nlp.py runs (and those they import from auditor) are scanned for lexicon calls."""
    import re
    from pathlib import Path

    package = Path(nlp_tokens.__file__).parent
    parse_time = (
        "nlp.py",
        "nlp_tags.py",
        "nlp_tokens.py",
        "ner_tags.py",
        "verb_lexicon.py",
        "conllu.py",
        "syntax.py",
    )
    read = set()
    for module in parse_time:
        read |= set(
            re.findall(r'lexicon\.\w+\(\s*"([a-z_]+\.txt)"', (package / module).read_text(encoding="utf-8"))
        )
    assert read and read <= set(nlp_tokens.PARSE_DATA), sorted(read - set(nlp_tokens.PARSE_DATA))
    # and nlp.py imports no other auditor module that could read a list
    imports = set(
        re.findall(r"^from auditor\.(\w+) import", (package / "nlp.py").read_text(encoding="utf-8"), re.M)
    )
    assert imports <= {m.removesuffix(".py") for m in parse_time} | {"config", "errors", "models"}, imports


def test_repairs_key_changes_with_a_word_list() -> None:
    from auditor import lexicon

    key = nlp_tokens.repairs_key()
    assert key.startswith(f"v{nlp_tokens.REPAIRS_VERSION}-")
    other = lexicon.digest(tuple(n for n in nlp_tokens.PARSE_DATA if n != "titles.txt"))
    assert other != lexicon.digest(nlp_tokens.PARSE_DATA)  # NEGATIVE: one list fewer, another key
