"""Cues on reporting-verb forms the tagger did not call verbs ("Lindqvist notes/NOUN", "Ruiz
Says/PROPN She ...", "Six in 10 say/NOUN ...", "..., people close to Ruiz say/NOUN."): the word
stands in an attribution frame, which then stands for the verb's requirements, as its parse relations
are not trusted. Split from cue_verbs.py, which tries these after the parse path.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_content import complementizer, inside, quotes_in
from auditor.cue_evidence import document_phrase_before, evidence_verbs
from auditor.cue_rules import clear_after, cue_kind, strength_of, word_cue
from auditor.cue_words import (
    documentary,
    holder_noun,
    names_document,
    person_like,
    quantifier_words,
    share_words,
)
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.syntax import POSSESSIVE_MARKS, Tree, title_case
from auditor.verb_lexicon import forms, verb_lemma, verbs

SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "there"})
POSSESSIVES = frozenset({"their", "his", "her", "its", "our", "my", "your"})


def _inflected(w: Word) -> bool:
    """A finite or participial form of a reporting verb ("shows", "slams", "called"), not a bare stem
    that is as often a noun ("call", "report")."""
    form, lemma = w.text.lower(), verb_lemma(w)
    return form in forms() or (lemma is not None and form != lemma and form.endswith(("s", "ed", "ing")))


def _opens_clause(tree: Tree, nxt: Word | None, text: str, w: Word) -> bool:
    """What follows can be what the verb reports or whom it names: a that-clause, a colon or quotation,
    a name, a subject pronoun, a determiner or a number ("shows Okafor leading", "finds that")."""
    if nxt is None:
        return False
    if complementizer(tree, nxt) or text[w.end : w.end + 3].lstrip()[:1] in (":", "“", '"', "‘"):
        return True
    if nxt.text[:1].isupper() and nxt.upos in {"NOUN", "PROPN"}:
        return True  # a name the tagger took for a common noun ("shows Okafor/NOUN leading")
    return nxt.upos in {"DET", "NUM"} or nxt.text.lower() in SUBJECT_PRONOUNS


def _headline(tree: Tree, w: Word, prev: Word) -> bool:
    """Title case ("Ruiz Says She Will Win", "Okafor Calls For Inquiry"): a capitalised form after a
    capitalised name, in a title-case line (``syntax.title_case``). Headlines report in the present:
    the caller takes present forms that agree with the name (``_agrees``; "Survivors Said", "Debris
    Found" are noun phrases as often)."""
    return (
        w.text[:1].isupper()
        and (prev.upos == "PROPN" or person_like(prev))
        and prev.text[:1].isupper()
        and verb_lemma(prev) is None  # "Officials Say Talks ...": the name before the verb is no verb
        and title_case(tree.words)
    )


def _agrees(w: Word, prev: Word) -> bool:
    """Headline subject and verb agree: an -s form after one name ("Ruiz Says"), the bare form after
    a plural ("Officials Say", "Democrats Warn")."""
    if w.text.endswith("s"):
        return True
    return prev.text.endswith("s") and not prev.text.endswith("ss") and prev.upos in {"NOUN", "PROPN"}


def _particles(lemma: str) -> tuple[str, ...]:
    """The prepositions or particles of a 'person@for/on' requirement ("calls for", "points out")."""
    needs = (verbs()[lemma] + ("neutral", "any"))[2]
    return tuple(p for n in needs.split(",") if "@" in n for p in n.split("@", 1)[1].strip().split("/"))


def attribution_frame(tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...], text: str) -> str | None:
    """Why a mis-tagged reporting-verb form ("Lindqvist notes/NOUN") still reads as a verb, or None:
    inverted after a quotation (“…,” Lindqvist notes.) or before a name (", writes/NOUN Smith"); after a
    person-like or documentary subject and before a that-clause, quotation, name or object ("Smith says
    that ...", "a new poll shows/NOUN Okafor leading"); set off by commas after a name ("The problem,
    Whitlow says, is ..."); before the verb's particle ("Lee calls/NOUN for a ban", "she points/NOUN
    out"); in a title-case headline after a name ("Ruiz Says/PROPN She ...").
    Train (PolNeAR, forms not tagged VERB that the parse path missed): 0.68-1.0 precision per frame."""
    prev, nxt = tree.prev(w), tree.next(w)
    if prev is None or tree.children(w.index, "nmod:poss"):
        return None  # "Ruiz's notes": a noun after all
    if prev.text.lower() in POSSESSIVES or prev.text.lower().endswith(POSSESSIVE_MARKS):
        return None
    if prev.text in (",", "”", '"', "''") and nxt is not None and nxt.upos == "PROPN":
        return "inverted before a name"  # "..., said/ADJ Peter Okafor of the union."
    if not _can_hold(tree, w, prev):
        return None
    rest = [x for x in tree.words if x.index > w.index and x.upos != "PUNCT"]
    closing = [q.end for q in quotes_in(tree.sentence, quotes) if q.end <= prev.start]
    comma = text.rfind(",", tree.sentence.start, prev.start)
    listed = w.text.lower() in forms()  # "..., as Okafor proposes.": only listed forms close a clause
    if listed and not rest and (closing or comma >= 0):  # “…,” Lindqvist notes. / ..., a poll indicates.
        gap = text[max([*closing, comma + 1]) : w.start]
        if len(gap.split()) <= 5 and not any(c in gap for c in ".;!?"):
            return "inverted after a quotation or clause"
    if listed and rest and comma >= 0 and text[w.end : w.end + 2].lstrip().startswith(","):
        gap = text[comma + 1 : w.start]  # "The main problem, Whitlow says, is ...": set off by commas
        if len(gap.split()) <= 5 and not any(c in gap for c in ".;!?"):
            return "parenthetical between commas"
    if nxt is not None and (complementizer(tree, nxt) or text[w.end : w.end + 3].lstrip().startswith(":")):
        return "subject before, clause after"
    lemma = verb_lemma(w)
    if nxt is not None and lemma is not None and nxt.text.lower() in _particles(lemma):
        return f"subject before, '{nxt.text}' after"
    if _headline(tree, w, prev) and nxt is not None and nxt.upos != "ADP" and _agrees(w, prev):
        return "title-case headline after a name"
    if _opens_clause(tree, nxt, text, w):
        return "subject before, object or clause after"
    if documentary(prev) and nxt is not None and nxt.upos in {"ADJ", "CCONJ", "ADV"}:
        # "a poll shows/NOUN upstart Councillor Tom Okafor leading", "The poll shows/NOUN both Reyes and
        # Okafor beating Ruiz": after a poll or survey, the form is the verb whatever follows
        return "documentary subject before, object after"
    if lemma in evidence_verbs() and (nxt is None or nxt.upos != "ADP") and document_phrase_before(tree, w):
        # "Port records compiled by the Harbor Institute show/NOUN.", "A Harbour Ledger
        # analysis shows/NOUN."
        return "documentary subject phrase before"
    return None


def _can_hold(tree: Tree, w: Word, prev: Word) -> bool:
    """The word before the form can be its subject: a person or body, a document or a share of people
    polled, also where the tag slipped with the verb's ("his team/NOUN thinks/NOUN", "Many/ADJ fear/NOUN",
    "a Gazette analysis/ADJ shows/NOUN", "Exit polling/VERB shows/NOUN")."""
    if person_like(prev) or prev.upos == "PROPN" or documentary(prev) or _said_by_a_share(tree, w):
        return True
    if prev.text.lower() in quantifier_words():
        # "Many fear", "another says": "many states", "another reference" are noun phrases; "what
        # some call the loophole" names a thing rather than reporting a view
        before = tree.prev(prev)
        if before is not None and before.text.lower() == "what":
            return False
        return w.text.endswith("s") == (prev.text.lower() == "another")
    if prev.upos in {"NOUN", "X"}:
        return holder_noun(prev) or names_document(prev)
    # an adjective or participle: "executive/ADJ orders" is no holder, "Republican/ADJ calls for" is
    return prev.upos in {"ADJ", "VERB"} and (
        names_document(prev) or prev.ner[2:] in {"PERSON", "ORG", "NORP"}
    )


def _bare_after_plural(tree: Tree, w: Word) -> bool:
    """A bare stem right after a plural subject ("Many fear/NOUN Ruiz will ...", "many residents
    believe/NOUN the pier ..."): a plural takes the bare form, which the tagger read as a noun."""
    prev = tree.prev(w)
    if prev is None or w.text.endswith("s"):
        return False
    low = prev.text.lower()
    # "Document Reveals/PROPN State Department": a verb before is no subject
    return low in quantifier_words() or (_plural(prev) and holder_noun(prev) and verb_lemma(prev) is None)


def _plural(w: Word) -> bool:
    """A plural noun or name by its ending ("officials", "Democrats"; not "news", "politics")."""
    low = w.text.lower()
    return w.upos in {"NOUN", "PROPN"} and low.endswith("s") and not low.endswith(_SINGULAR_ENDINGS)


_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "news")


def _under_a_report(tree: Tree, w: Word) -> bool:
    """A reporting verb tagged as a verb governs the word, however the parser hung it: a view inside
    what another verb reports is part of that report (as ``cue_verbs._reported_by_another``)."""
    seen = {w.index}
    head = tree.word(w.head)
    while head is not None and head.index not in seen:
        if head.upos == "VERB" and verb_lemma(head) is not None:
            return True
        seen.add(head.index)
        head = tree.word(head.head)
    return False


def _closing_say(tree: Tree, w: Word, text: str) -> bool:
    """A bare "say" ending the sentence after a clause, a comma and a short speaker ("..., people close
    to Ruiz say."): the tagger took it for a noun, but "say" closes no noun phrase there."""
    if w.text.lower() != "say" or any(x.upos != "PUNCT" for x in tree.words[w.index :]):
        return False
    prev = tree.prev(w)
    if prev is None or prev.upos not in {"NOUN", "PROPN", "PRON"} or prev.text.lower() in POSSESSIVES:
        return False  # "had their say", "the final say"
    comma = text.rfind(",", tree.sentence.start, w.start)
    speaker = [x for x in tree.words if comma < x.start < w.start]
    having = [x for x in speaker if x.upos == "AUX" or x.lemma.lower() in ("have", "get", "be")]
    if comma < 0 or len(speaker) > 6 or having:
        return False  # "..., the governor has the final say." ("people close/VERB to him say" is a speaker)
    return len(text[tree.sentence.start : comma].split()) >= 3


def _said_by_a_share(tree: Tree, w: Word) -> bool:
    """A form of "say" right after a share of people polled ("Six in 10 say/NOUN the ferry is late",
    "47 percent said/ADJ"): "say" after a number or a share word is never a noun."""
    prev = tree.prev(w)
    if prev is None or verb_lemma(w) != "say":
        return False
    return prev.upos == "NUM" or prev.text.lower() in share_words()


def _bare_headline_verb(tree: Tree, w: Word) -> bool:
    """A bare stem is as often a noun ("call", "report"), except in a headline after a plural subject
    that names people ("Officials Say", "Voters Report"; not "Jobs Report Shows")."""
    prev = tree.prev(w)
    return (
        prev is not None
        and not w.text.endswith("s")
        and holder_noun(prev)
        and _headline(tree, w, prev)
        and _agrees(w, prev)
    )


def frame_cue(
    parsed: ParsedArticle, s: Sentence, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]
) -> Cue | None:
    """A cue on an inflected reporting-verb form the tagger called NOUN/PROPN/ADJ, standing in an
    attribution frame (attribution_frame); its parse relations are not trusted, so the frame stands
    for the verb's requirements."""
    text = parsed.article.text
    lemma = verb_lemma(w)
    if w.upos in {"VERB", "AUX", "PUNCT"} or lemma is None or inside(quotes, w.start, w.end):
        return None
    closing = _closing_say(tree, w, text)
    bare = _bare_headline_verb(tree, w) or _bare_after_plural(tree, w)
    if not (_inflected(w) or bare or _said_by_a_share(tree, w) or closing):
        return None
    if closing:  # "..., people close to Ruiz say/NOUN."
        why = f"'{w.text}' tagged {w.upos} closing the sentence after a clause and its speaker"
        return word_cue(w, s.index, "speech_verb", "say", why)
    if "-" in w.text or text[w.start - 1 : w.start] in ("-", "‐") or text[w.end : w.end + 1] in ("-", "‐"):
        return None  # "tell-tale", "so-called"
    if len(w.text) > 1 and w.text.isupper():
        return None  # an all-caps line: "RED STATES OUTNUMBER BLUE STATES"
    if w.text[:1].isupper() and w.ner[:2] in ("I-", "E-") and not title_case(tree.words):
        return None  # inside a name ("the United States/I-ORG Supreme Court"); a headline's NER runs on
    kind, strength, needs = (verbs()[lemma] + ("neutral", "any"))[:3]
    if "evidential" in needs.split(",") and _before_infinitive(tree, w) and not _under_a_report(tree, w):
        # "the plan appears/NOUN to be failing": the writer's judgement, whatever the tagger made of it
        why = f"evidential '{w.text}' tagged {w.upos} before an infinitive: no source given"
        return word_cue(w, s.index, "passive", lemma, why, strength_of(strength))
    frame = attribution_frame(tree, w, quotes, text)
    if frame is None:
        return None
    if needs == "object" and not _claim_noun_after(tree, w):
        return None  # "Utility Raises/PROPN Rates": "raise" reports only with "concerns", "doubts" …
    if needs == "clear" and not clear_after(tree, w):
        return None  # "FBI Makes/PROPN Final Preparations": "make" reports only in "make (it) clear"
    if kind in ("cognition_verb", "stance_verb") and _under_a_report(tree, w):
        return None  # "She said most Republicans oppose/ADP the deal": part of her report
    why = f"reporting-verb form '{w.text}' tagged {w.upos} in an attribution frame: {frame}"
    return word_cue(w, s.index, cue_kind(kind), lemma, why, strength_of(strength))


def _before_infinitive(tree: Tree, w: Word) -> bool:
    """ "to" and a verb right after the form ("appears/NOUN to be", "seem/NOUN to have"): only a verb takes
    an infinitive there."""
    to = tree.next(w)
    after = tree.next(to) if to is not None else None
    return to is not None and to.text.lower() == "to" and after is not None and after.upos in {"VERB", "AUX"}


def _claim_noun_after(tree: Tree, w: Word) -> bool:
    """A claim noun (``claim_nouns.txt``) among the three words after ``w`` ("Raises/PROPN New Doubts")."""
    nouns = lexicon.words("claim_nouns.txt")
    after = [x for x in tree.words if w.index < x.index <= w.index + 3]
    return any(x.lemma.lower() in nouns or x.text.lower() in nouns for x in after)
