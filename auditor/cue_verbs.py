"""Reporting-verb cues: a word whose lemma (or form) is in reporting_verbs.txt and whose parse meets
the verb's requirements (cue_rules.need_met), minus adjectival uses ("the said agreement", "so-called").

The mini tagger and lemmatiser are weak, so a verb is recognised by its lemma or, failing that, by its
word form, and its part of speech and attachments are checked. Every cue says why it fired. The word
lists are read in ``verb_lexicon``; forms the tagger did not call verbs are tried in ``cue_frames``.
"""

from __future__ import annotations

import re

from auditor import lexicon
from auditor.cue_content import close_to, has_content, inside, object_before, quotes_in, speaker_between
from auditor.cue_frames import attribution_frame, frame_cue
from auditor.cue_rules import (
    EVIDENTIAL,
    coordinated_verb,
    cue_kind,
    has_subject,
    need_met,
    strength_of,
    word_cue,
)
from auditor.cue_vetoes import not_a_report, reduced_relative
from auditor.cue_words import person_like
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.syntax import (
    CLOSING_QUOTES,
    FINITE_XPOS,
    POSSESSIVE_S,
    Tree,
    agent,
    as_subject,
    auxiliary_before,
    is_passive,
    title_case,
    trailing_participle,
)
from auditor.verb_lexicon import forms, verb_lemma, verbs

KIND_WORDS = {"speech_verb": "speech", "writing_verb": "writing", "cognition_verb": "cognition"}
# Relations a noun (not a verb) has in a parse; a "verb" with a determiner child is a mis-tagged noun.
NOUN_ONLY = ("det", "case", "nmod:poss")


def prev_text(tree: Tree, word: Word) -> str:
    prev = tree.prev(word)
    return prev.text if prev is not None else ""


# after a sentence-opening verb: a capitalised speaker of at most five words, a comma or colon, a quotation
_OPENING_INVERSION = re.compile(r"\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s*[,:]\s*[“\"]")


def _opens_inversion(verb: Word, text: str) -> bool:
    """The verb opens its sentence; a short capitalised speaker, a comma or colon and a quotation follow."""
    return verb.index == 1 and _OPENING_INVERSION.match(text, verb.end, verb.end + 80) is not None


def opening_speaker(tree: Tree, verb: Word, text: str, stop: set[int]) -> list[Word]:
    """'Said Okafor, “…”': the speaker between a sentence-opening reporting verb and the comma or colon
    before a quotation, or []."""
    if not _opens_inversion(verb, text):
        return []
    words: list[Word] = []
    for w in tree.words[1:]:
        if w.text in (",", ":"):
            break
        words.append(w)
    return words if 1 <= len(words) <= 5 and not any(w.index in stop for w in words) else []


def _held_view_clause(tree: Tree, w: Word) -> bool:
    """An adverbial clause that states its subject's view: one of reason or concession ("because he
    thought that would feed inflation", view_clause_marks.txt) or a finite one the parser hung as
    adverbial with no opening word ("many of his endorsers think/advcl that can be reversed"). Not a
    condition or a time ("if you think", "when they learned"), nor an infinitive ("to know that")."""
    if w.deprel != "advcl":
        return False
    marks = {m.text.lower() for m in tree.children(w.index, "mark")}
    if not marks:  # a finite verb: not a gerund ("why understanding X is crucial") or participle
        return w.xpos in FINITE_XPOS
    return marks <= lexicon.words("view_clause_marks.txt")


# a quotation opening right after the word and its comma or colon: "shouted, “…”", "replied: “…”"
_QUOTE_NEXT = re.compile(r"[ \t]*[,:][ \t]*[\"“]")


def _adjectival(tree: Tree, word: Word, text: str) -> str | None:
    """Why a reporting-verb form is not a verb here (the said deal, so-called, tell-tale), or None."""
    if (word.start > 0 and text[word.start - 1] in "-‐") or text[word.end : word.end + 1] in ("-", "‐"):
        return "hyphenated compound"
    if "-" in word.text:
        return "hyphenated compound"
    if _opens_inversion(word, text):
        return None  # 'Said Okafor, “…”': a sentence opening on the verb, its speaker and the quotation
    prev_aux = next(
        (
            x
            for x in reversed(tree.words[: word.index - 1])
            if x.upos != "ADV" and x.lemma.lower() not in ("all", "both")
        ),
        None,
    )
    if prev_aux is not None and prev_aux.lemma.lower() == "have" and word.text.lower().endswith("ed"):
        return None  # "have all accused/amod North Korea": a perfect tense, whatever the parse says
    if coordinated_verb(tree, word):
        return None  # "... and expressed/amod belief in ...": a verb in a coordination, not an adjective
    before = tree.prev(word)
    verb_only = word.text.lower() in lexicon.words("verb_only_forms.txt") and not (
        before is not None and before.upos == "DET"
    )  # "union officials told/amod the Ledger", "Tom Reyes, tells/compound reporters"; not "the said deal"
    # '…,” reported Reuters': right after a closing quotation mark and its comma, the form is the verb of
    # an inverted attribution, whatever tag the parser gave it (read in a short window, not by copying
    # all the text before the verb, once per quoted verb of a long article)
    inverted = (before is not None and before.text in CLOSING_QUOTES) and text[
        max(0, word.start - 40) : word.start
    ].rstrip()[-2:-1] in (",", "?", "!")
    if (
        word.deprel in ("amod", "compound")
        and not verb_only
        and not inverted
        and not (word.text.lower().endswith("ing") and prev_text(tree, word) == ",")
        and not (word.text.lower().endswith("ed") and _QUOTE_NEXT.match(text, word.end))
    ):  # ", saying: ..." mis-attached as amod is still a verb, as is "A dockworker shouted, “…”"
        return "modifies a noun"
    if tree.children(word.index, *NOUN_ONLY) and word.text.lower() not in lexicon.words(
        "verb_only_forms.txt"
    ):
        return "has a determiner (a noun)"
    prev, nxt = tree.prev(word), tree.next(word)
    if prev is not None and (
        prev.text.lower() in ("their", "his", "its", "our", "my", "your")
        or (prev.text.lower().endswith(POSSESSIVE_S) and prev.upos != "AUX")  # not "he’s/AUX said"
    ):
        return "after a possessive (a noun)"
    if (
        nxt is not None
        and nxt.upos in {"NOUN", "PROPN"}
        and (prev is None or prev.upos in {"DET", "ADP"} or prev.lemma.lower() in {"the", "a", "this"})
        and not has_subject(tree, word)
    ):
        return "adjective before a noun"
    return None


def verb_cue(
    parsed: ParsedArticle, s: Sentence, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]
) -> Cue | None:
    """A reporting-verb cue on this word: judged on its parse, or, for a form the tagger did not call a
    verb ("polls shows/NOUN", "Ruiz Calls/PROPN For"), on the attribution frame around it."""
    return _parsed_verb_cue(parsed, s, tree, w, quotes) or frame_cue(parsed, s, tree, w, quotes)


def _capitalised_inside(tree: Tree, w: Word) -> bool:
    """A reporting-verb form written with a capital inside a sentence that is not in title case: a name
    ("Hope Marlowe", "Grant", "Mark") rather than a verb, after the sentence's first word or a colon."""
    prev = tree.prev(w)
    return (
        w.text[:1].isupper()
        and w.text[1:].islower()
        and prev is not None
        and prev.text not in (":", "—", "–", "“", '"', "‘", "(")
        and not title_case(tree.words)
    )


def _parsed_verb_cue(
    parsed: ParsedArticle, s: Sentence, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]
) -> Cue | None:
    text = parsed.article.text
    lemma = verb_lemma(w)
    if lemma is None or inside(quotes, w.start, w.end):
        return None
    kind, strength, needs = (verbs()[lemma] + ("neutral", "any"))[:3]
    if _capitalised_inside(tree, w):
        return None  # "Ruiz campaign spokeswoman Hope Marlowe said": a name, not the verb "hope"
    # Tagger slips ("said" as ADJ): accept a known inflected form that has a subject of its own.
    if (
        w.upos not in {"VERB", "AUX"}
        and w.text.lower() not in lexicon.words("verb_only_forms.txt")
        and (w.text.lower() not in forms() or not has_subject(tree, w) or tree.children(w.index, "cop"))
        and not (w.text.lower() in forms() and attribution_frame(tree, w, quotes, text))
    ):
        return None
    if _adjectival(tree, w, text) or not_a_report(tree, w, lemma, needs):
        return None
    if reduced_relative(tree, w) and agent(tree, w) is None:  # "the driver accused of speeding told …"
        why = f"'{w.text}' on the noun before it: a passive participle, whoever {lemma}s goes unnamed"
        return word_cue(w, s.index, "passive", lemma, why, strength_of(strength))
    plain_speech = {"any", "content"} & set(needs.split(","))
    if (kind in ("cognition_verb", "stance_verb") or not plain_speech) and _reported_by_another(tree, w):
        return None
    if kind == "cognition_verb" and w.deprel in ("advcl", "xcomp") and not _held_view_clause(tree, w):
        return None  # "if you think ...", "to know that ...": a condition or purpose, not a held view
    aux = auxiliary_before(tree, w)  # "X have all accused/amod Y": the subject hangs from 'have'
    # "As The Hill/obl reported,", "as reported by Western Journalism": the subject in the parser's disguise
    subj = has_subject(tree, w) or (aux is not None and has_subject(tree, aux)) or bool(as_subject(tree, w))
    by = agent(tree, w)
    subj = subj or (by is not None and any(m.lemma.lower() == "as" for m in tree.children(w.index, "mark")))
    passive_it = any(c.lemma.lower() == "it" for c in tree.children(w.index, "nsubj:pass", "expl"))
    if is_passive(tree, w) and by is None:
        if passive_it and _stands_for_clause(tree, w):
            return word_cue(
                w, s.index, "passive", lemma, f"impersonal passive 'it ... {w.text}': no source given", "weak"
            )
        if passive_it:  # "since it was proposed in March": a report about a thing, which hedges nothing
            why = f"passive '{w.text}' of something named before ('it'): no source given"
            return word_cue(w, s.index, "passive", lemma, why, strength_of(strength), hedges=False)
        content = has_content(tree, w, quotes, text)
        asked = [x for x in tree.children(w.index, "nsubj:pass") if person_like(x)]
        if "stative" in needs.split(",") and asked and content not in (None, "quotation"):
            # "Okafor is convinced that …": a state of mind, held by the subject
            why = f"stative passive with a person-like subject ('{asked[0].text}') and {content}"
            return word_cue(w, s.index, cue_kind(kind), lemma, why, strength_of(strength))
        if "passive" in needs.split(",") and need_met("passive", tree, w, content, [], subj):
            # "Okafor is expected to win", "Ruiz was criticized for ...": the holder is unnamed
            why = f"reporting verb '{lemma}' in the passive without an agent: the holder is not named"
            return word_cue(w, s.index, "passive", lemma, why, strength_of(strength))
        if not (asked and content is not None and "person" in needs.split(",")):
            return None  # "the question was asked", "the bridge was built": no reporting source
        # "Whitlow was asked to ...": the asker, not the subject, is the source, and goes unnamed
        why = f"passive with a person-like subject ('{asked[0].text}') and {content}: the asker is not named"
    else:
        content = has_content(tree, w, quotes, text)
        why = ""
    idiom = lemma in ("say", "tell") and any(
        o.lemma.lower() in lexicon.words("say_idioms.txt") for o in tree.children(w.index, "obj")
    )  # the list is of what "say" and "tell" take: "mentioned the port five times" is no "tell time"
    if idiom and content is None:
        return None  # "said goodbye", "told a joke"
    q_near = [
        q
        for q in quotes_in(s, quotes)
        if close_to(text, w, q) or speaker_between(tree, text, q, w) or object_before(tree, q, w)
    ]
    # "urge | ... | quote,person": any one of the listed requirements will do
    met = [r for n in needs.split(",") if (r := need_met(n.strip(), tree, w, content, q_near, subj))]
    if not met:
        return None
    if met == [EVIDENTIAL]:  # "the plan seems to be failing": the writer's judgement, no source given
        why = f"evidential '{w.text}' as the main verb without a person-like subject: no source given"
        return word_cue(w, s.index, "passive", lemma, why, strength_of(strength))
    if content is None and met[0] != "subject":
        content = met[0]  # "claim object 'allegations'", "person-like subject"
    if kind == "cognition_verb" and content in (None, "quotation"):
        return None  # "wants to speak", "hopes to win": an intention, not a reported belief
    why = why or ("with subject" if subj else "with " + (content or "quotation"))
    if subj and content and content != "person-like subject" and not why.startswith("passive"):
        why = f"with subject and {content}"
    return word_cue(
        w,
        s.index,
        "passive" if why.startswith("passive") else cue_kind(kind),
        lemma,
        f"reporting verb '{lemma}' ({KIND_WORDS.get(kind, kind)}, {strength}) {why}",
        strength_of(strength),
    )


def _stands_for_clause(tree: Tree, w: Word) -> bool:
    """The "it" of a passive stands for a clause that follows ("it was reported that …", "it is said to
    …"), or is the expletive; not the "it" of "since it was proposed in March"."""
    if any(c.lemma.lower() == "it" for c in tree.children(w.index, "expl")):
        return True
    if tree.children(w.index, "ccomp", "csubj:pass", "xcomp"):
        return True
    # the parser may hang the clause elsewhere: "it was revealed in March that she had used …"; a "that"
    # past a comma belongs to a later clause ("When it was argued in January, …, ready to say that …")
    for x in tree.words[w.index :]:
        if x.upos == "PUNCT" or x.index > w.index + 6:
            return False
        if x.lemma.lower() == "that" and x.upos == "SCONJ":
            return True
    return False


def _reported_by_another(tree: Tree, w: Word) -> bool:
    """A belief or stance inside what another verb reports ("she said he believes ...", "he says they
    oppose it", "said they called it a hoax") is part of that report, not a cue of its own: PolNeAR
    marks the outer verb only (train: 5 of 121 such cognition and stance verbs are gold cues)."""
    head = tree.word(w.head)
    if trailing_participle(tree, w):
        return False  # "she said, referring/ccomp to the plan": an adjunct of the speaker's, not the report
    return w.deprel == "ccomp" and head is not None and head.index != w.index and verb_lemma(head) is not None
