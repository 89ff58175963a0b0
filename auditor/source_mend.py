"""Mend a reporting verb's source phrase where the parser drew its edges wrong, on the surface around it.

Each function takes the source words found for a verb and returns them mended, or unchanged when its
shape is absent: a subject run back over a comma into an opening adjunct ("At Fratello's Grille,
Trump said"), the subject of a relative clause without "that" joined to the noun it modifies ("the
question nobody asked"), a phrase cut at "of" or "by" ("A review by | The Times shows"), a label in
brackets taken for the whole subject ("Sen. Ana Ruiz (I-Vt.) called"), a relative clause that
reports a claim of its own ("Reyes, who said he votes Labour"). ``mend`` applies them in that
order; ``auditor.sources`` calls it for verb cues.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_words import quantifier_words
from auditor.models import Word
from auditor.source_phrase import NP_POS, is_relative
from auditor.source_surface import nominal, surface_np_left
from auditor.syntax import QUOTE_MARKS, Tree
from auditor.verb_lexicon import verb_lemma


def mend(tree: Tree, words: list[Word], verb: Word) -> list[Word]:
    """``words`` with each mending below applied in turn."""
    words = drop_opening_adjunct(tree, words, verb)
    words = drop_zero_relative_head(tree, words, verb)
    words = extend_over_link(tree, words, verb)
    words = name_before_bracket(tree, words, verb)
    return drop_reported_relative(tree, words)


def drop_opening_adjunct(tree: Tree, words: list[Word], verb: Word) -> list[Word]:
    """``words`` from after the sentence's first comma when they run back over it into an opening
    adjunct ("At Fratello's Grille, Trump said" -> "Trump"): the parser made the object of the
    adjunct's preposition or participle part of the subject of ``verb``. Not an apposition after an
    adverb or subordinator ("Even Rendell, a Ruiz supporter, said", "When the director, Ana Ruiz, said")."""
    first = tree.word(1)
    comma = next((w for w in tree.words if w.text == ","), None)
    if not words or first is None or comma is None or not words[0].index < comma.index < words[-1].index:
        return words
    if words[-1].index > verb.index or (
        first.upos not in {"ADP", "SCONJ", "ADV"} and first.xpos not in ("VBG", "VBN")
    ):
        return words
    before = tree.word(words[0].index - 1)
    if words[0].index > 1 and (
        before is None or (before.upos != "ADP" and before.xpos not in ("VBG", "VBN"))
    ):
        return words
    lead = [w for w in words if w.index < comma.index]
    if words[0].index == 1 and (len(lead) < 2 or first.upos in {"ADV", "SCONJ"}):
        return words  # "Husted/VBN, the state's secretary, noted": a name the tagger took for a verb
    kept = [w for w in words if w.index > comma.index]
    return kept if kept and kept[0].upos in NP_POS and any(nominal(w) for w in kept) else words


def _next_to(tree: Tree, words: list[Word], verb: Word) -> bool:
    """``words`` end right before ``verb``, or before the adverbs and auxiliaries in front of it."""
    between = [w for w in tree.words if words[-1].index < w.index < verb.index]
    return words[-1].index < verb.index and all(w.upos in {"ADV", "AUX", "PART"} for w in between)


#: Words for someone that the tagger calls a noun: "the question nobody/NOUN asked"
_INDEFINITE_PEOPLE = frozenset(
    {"nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone"}
)
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})


def _opens_clause(noun: Word, opener: Word) -> bool:
    """``opener`` starts the subject of a relative clause on ``noun`` rather than naming it: a pronoun or
    quantifier after any common noun ("the question nobody", "a strategy some"); a name only after a
    noun of time ("the day Sanders"), as "the rapper Ice Cube" or "the site RTL Info" name the noun."""
    low = opener.text.lower()
    if low in _INDEFINITE_PEOPLE or low in quantifier_words():
        return True
    if opener.upos == "PRON" and opener.lemma.lower() in _SUBJECT_PRONOUNS:
        return True
    return opener.upos == "PROPN" and noun.lemma.lower() in lexicon.words("clause_time_nouns.txt")


def drop_zero_relative_head(tree: Tree, words: list[Word], verb: Word) -> list[Word]:
    """``words`` from the subject of a relative clause without "that" that the parser joined to the noun
    the clause modifies ("the kind of jurist many Republicans fear …" -> "many Republicans", "the
    question nobody asked", "at the moment Chris Christie learned")."""
    if not words or not _next_to(tree, words, verb):
        return words
    for k in range(len(words) - 1):
        noun, opener = words[k], words[k + 1]
        if noun.upos != "NOUN" or not noun.text.islower() or not _opens_clause(noun, opener):
            continue
        tail = words[k + 1 :]
        if len(tail) == 1 and verb.xpos == "VBN" and tail[0].text.lower() in quantifier_words():
            continue  # "the candidate most identified with free trade": an adverb of degree
        if all(w.upos in NP_POS for w in tail):
            return tail
    return words


#: Prepositions that join a phrase to the noun heading it in a source ("A review by The Times", "Many of
#: you"): the parser often makes the words after one the verb's subject. Not "from", which as often
#: joins a phrase to an object ("drew a harsh response from Ruiz, who said").
_LINKS = frozenset({"of", "by"})


def extend_over_link(tree: Tree, words: list[Word], verb: Word) -> list[Word]:
    """``words`` with the noun phrase heading them when the parser cut the subject at "of" or "by" ("A
    review by | The Times shows" -> "A review by The Times", "Many of | you have noted"); the heading
    phrase must open the clause (at the sentence start or after punctuation or a conjunction), so "At
    the end of the day" or an object ("the rise of Trump") does not come along."""
    if not words or not _next_to(tree, words, verb):
        return words
    link = tree.word(words[0].index - 1)
    if link is None or link.text.lower() not in _LINKS:
        return words
    left = surface_np_left(tree, link.index)
    if (
        not left
        or not any(nominal(w) for w in left)
        or any(w.upos not in NP_POS and w.text.lower() not in _LINKS for w in left)
    ):
        return words
    before = tree.word(left[0].index - 1)
    if before is not None and before.upos not in {"PUNCT", "CCONJ", "SCONJ"}:
        return words
    return [*left, link, *words]


def name_before_bracket(tree: Tree, words: list[Word], verb: Word) -> list[Word]:
    """The name with its bracketed label when the parser made what is inside the brackets the subject
    ("Sen. Ana Ruiz (I-Vt.) called": "I" read as the pronoun); else ``words``."""
    opening = tree.word(words[0].index - 1) if words else None
    if opening is None or opening.text != "(" or words[-1].index > verb.index:
        return words
    closing = next((w for w in tree.words if w.index > words[-1].index and w.text == ")"), None)
    name = tree.word(opening.index - 1)
    if closing is None or closing.index > verb.index or name is None or name.upos != "PROPN":
        return words
    left = surface_np_left(tree, closing.index + 1)
    return left if left and left[0].index < opening.index else words


def reports_claim(tree: Tree, relative: list[Word]) -> bool:
    """ ", who said he usually votes …", ", who noted that …": a relative clause whose verb reports a
    clause or quotation. ", who spoke on condition of anonymity" reports nothing."""
    if not relative or not is_relative(relative[0]) or relative[0].text.lower() == "that":
        return False
    verb = next((w for w in relative[1:] if w.upos not in {"ADV", "AUX", "PART"}), None)
    if verb is None or verb.upos != "VERB" or verb_lemma(verb) is None:
        return False
    after = tree.word(verb.index + 1)
    if tree.children(verb.index, "ccomp", "parataxis"):
        return True
    # the parse may hang the reported clause elsewhere; its first word still shows it
    return after is not None and (
        after.text.lower() == "that" or after.text.lower() in _SUBJECT_PRONOUNS or after.text in QUOTE_MARKS
    )


def drop_reported_relative(tree: Tree, words: list[Word]) -> list[Word]:
    """``words`` up to the comma before a relative clause that reports a claim ("said Reyes, who said
    he usually votes Labour" -> "Reyes"): that clause is the source's own attribution, found as
    one, not a description of who is speaking."""
    for k, w in enumerate(words[:-1]):
        if k and w.text == "," and reports_claim(tree, words[k + 1 :]):
            return words[:k]
    return words
