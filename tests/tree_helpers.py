"""A hand-made parse tree for tests of tree predicates: rows of (text, lemma, upos, head, deprel)."""

from __future__ import annotations

from auditor.models import Article, ParsedArticle, Segment, Sentence, Word
from auditor.syntax import Tree

Row = tuple[str, str, str, int, str]


def tree_from_rows(
    rows: list[Row], *, passive_root: bool = False, glued: frozenset[int] = frozenset()
) -> Tree:
    """One sentence of ``rows``, words separated by single spaces but around the words at the 1-based
    indices ``glued`` (a hyphen inside a word: "just-released"). With ``passive_root``, a root verb
    ending in -ed carries Voice=Pass, as the tagger marks "was questioned"."""
    words, pos = [], 0
    for i, (text, lemma, upos, head, deprel) in enumerate(rows, start=1):
        if i > 1 and (i in glued or i - 1 in glued):
            pos -= 1  # no space before this word
        passive = passive_root and deprel == "root" and text.endswith("ed") and upos == "VERB"
        words.append(
            Word(
                index=i,
                text=text,
                lemma=lemma,
                upos=upos,
                head=head,
                deprel=deprel,
                start=pos,
                end=pos + len(text),
                feats="Voice=Pass" if passive else None,
            )
        )
        pos += len(text) + 1
    text = "".join(
        ("" if i == 1 or i in glued or i - 1 in glued else " ") + r[0] for i, r in enumerate(rows, 1)
    )
    return Tree(Sentence(index=0, paragraph=0, start=0, end=pos - 1, text=text, words=tuple(words)))


def article_from_rows(
    rows: list[Row], xpos: dict[int, str] | None = None, glued: frozenset[int] = frozenset()
) -> ParsedArticle:
    """A one-sentence article whose parse is ``rows`` (for stages that take a whole ParsedArticle), with
    the fine tags ``xpos`` gives by 1-based index (see ``with_xpos``) and the words ``glued`` to their
    neighbours (see ``tree_from_rows``)."""
    sentence = with_xpos(tree_from_rows(rows, glued=glued), xpos or {}).sentence
    article = Article(
        id="rows",
        text=sentence.text,
        segments=(Segment(start=0, end=len(sentence.text), text=sentence.text, kind="body"),),
        input_format="text",
    )
    return ParsedArticle(article=article, sentences=(sentence,))


# "Rates will rise, officials/conj announced/acl Wednesday.": the parser hung the closing report's verb
# on its subject (tests of auditor/subject_repair.py and auditor/source_verb.py share it)
CLOSING_ACL: list[Row] = [
    ("Rates", "rate", "NOUN", 3, "nsubj"),
    ("will", "will", "AUX", 3, "aux"),
    ("rise", "rise", "VERB", 0, "root"),
    (",", ",", "PUNCT", 5, "punct"),
    ("officials", "official", "NOUN", 3, "conj"),
    ("announced", "announce", "VERB", 5, "acl"),
    ("Wednesday", "Wednesday", "PROPN", 6, "obl"),
    (".", ".", "PUNCT", 3, "punct"),
]


def with_xpos(tree: Tree, xpos: dict[int, str]) -> Tree:
    """The same tree with the tagger's fine tag for the words at the given 1-based indices ("said" as
    VBD, a finite verb; "reported" as VBN, a participle): rules that tell tenses apart read it."""
    words = tuple(
        w.model_copy(update={"xpos": xpos[w.index]}) if w.index in xpos else w for w in tree.sentence.words
    )
    return Tree(tree.sentence.model_copy(update={"words": words}))


def okafor_called_for(between: list[Row]) -> list[Row]:
    """ "Okafor called <between> for recounts": a call with words (a date, an object) between the verb
    and its preposition (tests of auditor/cue_rules.py's after_date and of the content it opens)."""
    k = 3 + len(between)
    return [
        ("Okafor", "Okafor", "PROPN", 2, "nsubj"),
        ("called", "call", "VERB", 0, "root"),
        *between,
        ("for", "for", "ADP", k + 1, "case"),
        ("recounts", "recount", "NOUN", 2, "obl"),
    ]


# "… as Okafor called/acl for a ban": the parser hung the verb on a noun and gave it no subject (tests of
# auditor/cue_rules.py's "person@for/on" need and of auditor/cue_vetoes.py's "a film called X" share it)
AS_OKAFOR_CALLED_FOR: list[Row] = [
    ("surprise", "surprise", "NOUN", 0, "root"),
    ("as", "as", "ADP", 3, "case"),
    ("Okafor", "Okafor", "PROPN", 1, "nmod"),
    ("called", "call", "VERB", 1, "acl"),
    ("for", "for", "ADP", 6, "case"),
    ("ban", "ban", "NOUN", 4, "obl"),
]
