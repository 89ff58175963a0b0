"""Is this word, or this run of words, a name? Proper-noun tags are unreliable with the mini models
(UPOS 0.91): surnames come out as verbs and nouns ("Okafor/VERB said", "Hope/VERB Marlowe/NOUN"). These
tests read capitals, commas and the rest of the article instead, for ``source_kind.classify`` (is a
source phrase named?) and ``source_verb`` (where does a source phrase start?).
"""

from __future__ import annotations

import re
from itertools import pairwise

from auditor import lexicon, names
from auditor.cue_words import quantifier_words
from auditor.models import ParsedArticle, Word
from auditor.name_shape import place_first_words
from auditor.source_phrase import source_nouns
from auditor.syntax import POSSESSIVE_MARKS, Tree, surname_modal, title_case

_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial, whatever the tagger made of it ("Ada J. Okafor")


def mistagged_name(w: Word, sentence_start: int) -> bool:
    """A capitalised word inside a sentence that the tagger called a verb or adverb: the mini models take
    unfamiliar surnames for verb forms ("Okafor/VERB said", "Lindqvist/VERB explained"). Mid-sentence
    capitals mark a name; the sentence's first word proves nothing and is left out."""
    return (
        w.upos in {"VERB", "ADV"}
        and w.start != sentence_start
        and w.text[:1].isupper()
        and w.text[1:].islower()
        and w.text.isalpha()
        and len(w.text) > 2
    )


_INDEFINITE_ENDINGS = ("one", "body", "thing", "self", "selves", "ever")


def mistagged_pronoun(w: Word) -> bool:
    """A capitalised word the tagger called a pronoun but no pronoun is ("Whitlow/PRON announced"):
    pronouns are a closed class, and this word is in none of its lists."""
    low = w.text.lower()
    return (
        w.text[:1].isupper()
        and w.text.isalpha()
        and low not in lexicon.words("english_stopwords.txt")
        and low not in quantifier_words()  # "Many", "Others"
        and not names.is_pronoun(low)
        and not low.endswith(_INDEFINITE_ENDINGS)
    )


def is_name_word(w: Word, sentence_start: int) -> bool:
    """A proper name word: PROPN (not a capitalised source noun at the sentence start), an acronym, or a
    mid-sentence capitalised word the tagger called a verb (``mistagged_name``)."""
    low = w.text.lower()
    if low in source_nouns() and (w.start == sentence_start or w.text[:1].islower()):
        return False
    if w.upos == "PROPN":
        return w.text[:1].isupper()
    if mistagged_name(w, sentence_start):
        return True
    return len(w.text) >= 2 and w.text.isupper() and w.text.isalpha()


def leading_written_name(parsed: ParsedArticle, tree: Tree, words: list[Word]) -> bool:
    """The phrase opens with capitalised words set off by a comma, one of them written as a name
    (``written_as_name``): "Hope Marlowe, a campaign spokeswoman" with "Hope/VERB Marlowe/NOUN"."""
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if not commas or not 0 < commas[0] <= 4:
        return False
    lead = words[: commas[0]]
    return all(name_like(w) for w in lead) and any(written_as_name(parsed, tree, w) for w in lead)


def name_like(w: Word) -> bool:
    """A word that could be part of a name whatever its tag: capitalised, alphabetic, a content-word tag,
    and no function or time word ("In May, a judge", "Earlier Tuesday, his aide" are no names)."""
    low = w.text.lower()
    if _INITIAL.fullmatch(w.text):
        return True  # a middle initial: "Marta L. Voss"
    return (
        w.text[:1].isupper()
        and w.text.isalpha()
        and w.upos in {"PROPN", "NOUN", "VERB", "ADJ", "X"}
        and low not in lexicon.words("english_stopwords.txt")
        and low not in lexicon.words("time_words.txt")
    )


def written_as_name(parsed: ParsedArticle, tree: Tree, w: Word) -> bool:
    """A capitalised word the tagger took for a common noun or verb that the text writes as a name:
    capitalised inside this sentence ("spokeswoman Hope Marlowe/NOUN said"), or elsewhere in the article
    tagged as a name or capitalised inside a sentence ("Haldane/NOUN says", after "Owen Haldane").
    A sentence's first word and title-case lines prove nothing; source nouns never get here, and
    neither do groups (collective_sources.txt, or a plural whose singular the text also capitalises)."""
    if not (w.text[:1].isupper() and w.text.isalpha() and len(w.text) > 2 and not w.text.isupper()):
        return False
    low = w.text.lower()
    if low in lexicon.words("english_stopwords.txt") or low in lexicon.words("collective_sources.txt"):
        return False
    text = parsed.article.text
    if low.endswith("s") and re.search(rf"\b{re.escape(w.text[:-1])}\b", text):
        return False  # "Latinos" beside "Latino": a group named by its singular, not a surname
    if w.start != tree.sentence.start and not title_case(tree.words):
        return True
    for s in parsed.sentences:
        if not parsed.in_body(s.index):
            continue
        for x in s.words:
            if x.text != w.text or x.start == w.start:
                continue
            if x.upos == "PROPN" or x.ner != "O" or (x.start != s.start and not title_case(s.words)):
                return True
    return False


def appositive_name(words: list[Word], s_start: int, min_words: int = 1) -> bool:
    """A name set off by a comma before or after the titled phrase: "Ian Petrakis, an outside adviser to
    the council", "A lawyer for the ferry operators, Rosa Delgado". The parser may hang the name on another
    noun; the comma makes it the apposition. ``min_words`` asks for a longer name where a single word
    after a comma is more often a place ("in Millbrook, Vermont")."""
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if not commas:
        return False
    parts = [words[: commas[0]]]
    last = [] if _place_goes_on(words, commas[-1], s_start) else [words[commas[-1] + 1 :]]
    parts += last
    for part in parts:
        names = [w for w in part if w.upos != "PUNCT"]
        if len(names) >= min_words and all(is_name_word(w, s_start) for w in names):
            return True
    # a full name after a comma ("One of the men, Ada Brennick/NOUN, 70"): a name word first, the rest
    # capitalised whatever the tagger made of them; not one of a list ("…, Ana Ruiz, Tom Reyes and …")
    later = [words[a + 1 : b] for a, b in pairwise(commas)] + last
    if any(w.upos == "CCONJ" for part in later for w in part):
        return False
    return any(
        len(names) >= 2 and is_name_word(names[0], s_start) and all(name_like(w) for w in names)
        for names in later
    )


def _place_goes_on(words: list[Word], comma: int, s_start: int) -> bool:
    """The comma continues a place after a preposition ("a student from Port Ellery, Maine"): a name
    right before it, a preposition before that name in the same comma-free stretch, and after it one
    word or a two-word state or country ("South Carolina"); a longer name is an apposition ("his
    partner at Kestrel, Martin L. Haldane")."""
    after = [w for w in words[comma + 1 :] if w.upos != "PUNCT"]
    if not (len(after) == 1 or (len(after) == 2 and after[0].text in place_first_words())):
        return False
    before = words[:comma]
    start = max((k for k, w in enumerate(before) if w.text == ","), default=-1) + 1
    stretch = before[start:]
    return bool(stretch) and is_name_word(stretch[-1], s_start) and any(w.upos == "ADP" for w in stretch[:-1])


def titled_name(words: list[Word], s_start: int) -> bool:
    """A title with "of" in it, then a name: "Secretary of State Ana M. Ruiz", "Chief of Staff Owen
    Haldane". The "of" is the title's, not a preposition that puts the name outside the source ("a source
    close to Ana Ruiz" stays unnamed: "close to" is no title)."""
    titles = [t for t in names.role_phrases() | names.title_words() if " of " in t]
    k = len(words)
    while k > 1 and is_name_word(words[k - 1], s_start):
        k -= 1  # the title may end in a capitalised word the run would take ("Secretary of State")
        prefix = " ".join(w.text.lower() for w in words[:k])
        if any(prefix == t or prefix.endswith(" " + t) for t in titles):
            return True
    return False


def name_before_appositive(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """'Hope Marlowe, a campaign spokeswoman, did not respond': the tagger took the name for a verb and a
    noun ("Hope/VERB Marlowe/NOUN"), so the title became the subject. A run of capitalised words set off by
    commas right before the title phrase names the source: opening the sentence, two words or more, or one
    tagged as a name ("In Ohio, a campaign aide said" names no one); later in the sentence, two words or
    more tagged as names ("after Marta L. Voss, the veteran investor, complained"). A bracketed
    party and state between the name and its comma stay with it ("Rep. Tom Okafor (D-Maine), an ...")."""
    if not words:
        return words
    comma, after = tree.word(words[0].index - 1), tree.word(words[-1].index + 1)
    if comma is None or comma.text != "," or after is None or after.text != ",":
        return words
    k = comma.index - 1
    bracket = _bracket_before(tree, k)
    k -= len(bracket)
    run: list[Word] = []
    while (x := tree.word(k)) is not None and name_like(x) and len(run) < 4:
        run.insert(0, x)
        k -= 1
    name = list(run)
    if run and (x := tree.word(k)) is not None and x.text.lower() in lexicon.table("titles.txt"):
        run.insert(0, x)  # a title before the name: "Rep. Tom Okafor", "former senator Ana Ruiz"
        k -= 1
    if not run or any(w.index in stop for w in [*run, *bracket]):
        return words
    opening = tree.word(k) is None
    if opening and not (len(run) >= 2 or run[0].upos == "PROPN"):
        return words
    before = tree.word(k)
    if not opening and (
        len(name) < 2
        or not all(w.upos == "PROPN" or _INITIAL.fullmatch(w.text) for w in name)
        or (before is not None and name_like(before))  # a longer run than four: not one name
    ):
        return words
    return [*run, *bracket, comma, *words]


def _bracket_before(tree: Tree, k: int) -> list[Word]:
    """'(D-Maine)' ending at word k: the bracketed words, brackets included, or [] when there are none."""
    end = tree.word(k)
    if end is None or end.text != ")":
        return []
    j = k - 1
    while (x := tree.word(j)) is not None and x.text != "(" and k - j < 8:
        j -= 1
    if x is None or x.text != "(":
        return []
    return [w for w in tree.words if j <= w.index <= k]


def possessor_before(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """'Nora Haldane, Tidewater’s director of community outreach, said': the parser may hang the
    possessor elsewhere, leaving "director of ..." as the subject. A run of proper nouns with "’s" right
    before the phrase is its possessor and belongs to it."""
    if not words:
        return words
    mark = tree.word(words[0].index - 1)
    if mark is None or mark.text not in POSSESSIVE_MARKS or mark.index in stop:
        return words
    run: list[Word] = []
    k = mark.index - 1
    while (x := tree.word(k)) is not None and x.index not in stop and len(run) < 4:
        if not _possessor_word(x, mark, run):
            break
        run.insert(0, x)
        k -= 1
    return [*run, mark, *words] if run else words


def _possessor_word(word: Word, mark: Word, run: list[Word]) -> bool:
    """A proper noun; or, right before a bare apostrophe written onto it, a capitalised word ending in
    "s" ("Reyes/NOUN' team"): that shape is a possessive name, however the tagger read the name."""
    if word.upos == "PROPN":
        return True
    bare = not run and mark.text in ("'", "’") and word.end >= mark.start  # one token: "Reyes'"
    return bare and word.text[:1].isupper() and word.text.endswith("s") and word.upos == "NOUN"


_OF_LINKS = frozenset({"for", "of", "at", "from", "with", "in", "within", "inside"})


def head_before_preposition(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """'..., lawyers for the tenants said': the parser may make the object of the preposition the
    subject. A source noun and its modifiers right before "for", "of", "at" ... head the phrase, which
    then runs from the start of the sentence or the last comma."""
    if not words:
        return words
    nouns = source_nouns()
    prep = tree.word(words[0].index - 1)
    noun = tree.word(words[0].index - 2)
    # "a report released/VBN by the Brookings Institution", "research conducted/VBN for the center"
    made = noun if noun is not None and noun.xpos == "VBN" and noun.index not in stop else None
    if made is not None:
        noun = tree.word(made.index - 1)
    if prep is None or noun is None or noun.upos not in ("NOUN", "PROPN"):
        return words
    # a document ("report", "poll" in source_nouns.txt) or a made thing is written "by" someone
    written = made is not None or nouns.get(noun.text.lower()) == "document"
    if prep.text.lower() not in (_OF_LINKS | {"by"} if written else _OF_LINKS):
        return words
    if noun.text.lower() not in nouns or {prep.index, noun.index} & stop:
        return words
    lead = [noun, *([made] if made else [])]
    k = noun.index - 1
    while (
        (x := tree.word(k)) is not None and x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and k not in stop
    ):
        lead.insert(0, x)
        k -= 1
    before = tree.word(k)
    if (
        before is not None
        and before.text not in (",", ";", "—", "–")
        and before.upos not in ("CCONJ", "SCONJ")
    ):
        return words  # "... the plan of the officials said": the noun belongs to something else
    return [*lead, prep, *words]


def name_before_coordinated_title(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """'Ian Petrakis, an engineer and bridge expert, told me': the parser may make the second title
    the subject. A name, a comma and a first title joined by "and" before the subject are the source."""
    if not words:
        return words
    cc = tree.word(words[0].index - 1)
    if cc is None or cc.upos != "CCONJ":
        return words
    j = cc.index - 1
    while (x := tree.word(j)) is not None and x.upos in {"DET", "ADJ", "NOUN"}:
        j -= 1
    comma = tree.word(j)
    first = [w for w in tree.words if j < w.index < cc.index]
    if comma is None or comma.text != "," or not any(w.upos == "NOUN" for w in first):
        return words
    k = j - 1
    while (x := tree.word(k)) is not None and (x.upos == "PROPN" or (x.text in ("-", ".") and k > 1)):
        k -= 1
    span = [w for w in tree.words if k < w.index <= words[-1].index]
    if k + 1 >= j or any(w.index in stop for w in span):
        return words
    return span


def name_before_inverted(tree: Tree, verb: Word, words: list[Word], stop: set[int]) -> list[Word]:
    """'…,” said Rosa Delgado, a lawyer for the Harbor Trust': the parser may make the name the object and
    the title the subject; the name between the verb and the subject, set off by a comma, is the source's
    name."""
    if not words or words[0].index <= verb.index:
        return words
    between = [w for w in tree.words if verb.index < w.index < words[0].index]
    if len(between) < 2 or between[-1].text != "," or any(w.index in stop for w in between):
        return words
    name = between[:-1]
    if not all(w.upos == "PROPN" and w.text[:1].isupper() for w in name):
        return words
    return [*between, *words]


def extend_name(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """Grow a phrase over adjacent proper nouns the parse attached elsewhere ("South" + "Korea's ...")."""
    if not words:
        return words
    out = list(words)
    while (
        (w := tree.word(out[0].index - 1)) is not None
        and w.index not in stop
        and w.upos == "PROPN"
        and out[0].upos != "PRON"  # "On Friday she said": a pronoun takes no name before it
    ):
        out.insert(0, w)
    while (
        (w := tree.word(out[-1].index + 1)) is not None
        and w.index not in stop
        and (
            w.upos == "PROPN"
            or (w.text in ("-",) and tree.word(w.index + 1) is not None)
            or surname_modal(tree, w)  # "Theresa May/AUX"
        )
        and out[-1].upos == "PROPN"
    ):
        out.append(w)
    if out[-1].text == "-":
        out.pop()
    return out
