"""Reporting-verb cues: a word whose lemma (or form) is in reporting_verbs.txt and whose parse meets
the verb's requirements (cue_rules.need_met), minus adjectival uses ("the said agreement", "so-called").

The mini tagger and lemmatiser are weak, so a verb is recognised by its lemma or, failing that, by its
word form, and its part of speech and attachments are checked. Every cue says why it fired.
"""

from __future__ import annotations

from functools import cache, lru_cache

from auditor import lexicon
from auditor.cue_content import close_to, complementizer, has_content, inside, quotes_in
from auditor.cue_rules import (
    EVIDENTIAL,
    coordinated_verb,
    cue_kind,
    documentary,
    has_subject,
    holder_noun,
    need_met,
    not_a_report,
    person_like,
    strength_of,
    word_cue,
)
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.syntax import (
    POSSESSIVE_MARKS,
    POSSESSIVE_S,
    Tree,
    agent,
    auxiliary_before,
    is_passive,
    title_case,
)

KIND_WORDS = {"speech_verb": "speech", "writing_verb": "writing", "cognition_verb": "cognition"}
# Relations a noun (not a verb) has in a parse; a "verb" with a determiner child is a mis-tagged noun.
NOUN_ONLY = ("det", "case", "nmod:poss")


@cache
def verbs() -> dict[str, tuple[str, ...]]:
    return lexicon.table("reporting_verbs.txt")


@cache
def _forms() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("reporting_verb_forms.txt").items()}


def _stems(form: str) -> list[str]:
    """Candidate lemmas of an inflected form, for the mini lemmatiser's slips ("denounced" -> itself,
    "blamed" -> "blam"): strip -ied/-ies, -ed/-d, -ing (with a doubled consonant or a final e), -s."""
    out = []
    if form.endswith(("ied", "ies")):
        out.append(form[:-3] + "y")
    if form.endswith("ed"):
        out += [form[:-1], form[:-2]] + ([form[:-3]] if len(form) > 5 and form[-3] == form[-4] else [])
    if form.endswith("ing"):
        out += [form[:-3] + "e", form[:-3]] + ([form[:-4]] if len(form) > 6 and form[-4] == form[-5] else [])
    if form.endswith("s") and not form.endswith("ss"):
        out += [form[:-1]] + ([form[:-2]] if form.endswith("es") else [])
    return out


def verb_lemma(word: Word) -> str | None:
    """The reporting-verb lemma of a word, by lemma first, then the word-form table, then the stems of
    the form and of the lemma (the lemmatiser leaves "condemned", cuts "conceded" to "conced"); None if
    none."""
    return _lemma_of(word.lemma.lower(), word.text.lower())


@lru_cache(maxsize=65536)
def _lemma_of(lemma: str, form_text: str) -> str | None:
    # cached: every word of every sentence is looked up, often several times
    if lemma in verbs():
        return lemma
    form = _forms().get(form_text)
    if form in verbs():
        return form
    guesses = [*_stems(form_text), lemma + "e"]
    return next((g for g in guesses if g in verbs()), None)


def verb_kind(word: Word) -> str | None:
    """The kind column of reporting_verbs.txt for a word (speech_verb, stance_verb, ...), or None."""
    lemma = verb_lemma(word)
    return verbs()[lemma][0] if lemma is not None else None


def prev_text(tree: Tree, word: Word) -> str:
    prev = tree.prev(word)
    return prev.text if prev is not None else ""


CLOSING_QUOTES = frozenset({"”", '"', "''", "’"})


def _adjectival(tree: Tree, word: Word, text: str) -> str | None:
    """Why a reporting-verb form is not a verb here (the said deal, so-called, tell-tale), or None."""
    if (word.start > 0 and text[word.start - 1] in "-‐") or text[word.end : word.end + 1] in ("-", "‐"):
        return "hyphenated compound"
    if "-" in word.text:
        return "hyphenated compound"
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
    )  # "union officials told/amod POLITICO", "John Weaver, tells/compound reporters"; not "the said deal"
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
    ):  # ", saying: ..." mis-attached as amod is still a verb
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
    verb ("polls shows/NOUN", "Trump Calls/PROPN For"), on the attribution frame around it."""
    return _parsed_verb_cue(parsed, s, tree, w, quotes) or _frame_cue(parsed, s, tree, w, quotes)


def _capitalised_inside(tree: Tree, w: Word) -> bool:
    """A reporting-verb form written with a capital inside a sentence that is not in title case: a name
    ("Hope Hicks", "Grant", "Mark") rather than a verb, after the sentence's first word or a colon."""
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
        return None  # "Trump campaign spokeswoman Hope Hicks said": a name, not the verb "hope"
    # Tagger slips ("said" as ADJ): accept a known inflected form that has a subject of its own.
    if (
        w.upos not in {"VERB", "AUX"}
        and w.text.lower() not in lexicon.words("verb_only_forms.txt")
        and (w.text.lower() not in _forms() or not has_subject(tree, w) or tree.children(w.index, "cop"))
        and not (w.text.lower() in _forms() and _attribution_frame(tree, w, quotes, text))
    ):
        return None
    if _adjectival(tree, w, text) or not_a_report(tree, w, lemma, needs):
        return None
    plain_speech = {"any", "content"} & set(needs.split(","))
    if (kind in ("cognition_verb", "stance_verb") or not plain_speech) and _reported_by_another(tree, w):
        return None
    if kind == "cognition_verb" and w.deprel in ("advcl", "xcomp"):
        return None  # "if you think ...", "to know that ...": a condition or purpose, not a held view
    aux = auxiliary_before(tree, w)  # "X have all accused/amod Y": the subject hangs from 'have'
    subj = has_subject(tree, w) or (aux is not None and has_subject(tree, aux))
    passive_it = any(c.lemma.lower() == "it" for c in tree.children(w.index, "nsubj:pass", "expl"))
    if is_passive(tree, w) and agent(tree, w) is None:
        if passive_it:
            return word_cue(
                w, s.index, "passive", lemma, f"impersonal passive 'it ... {w.text}': no source given", "weak"
            )
        content = has_content(tree, w, quotes, text)
        asked = [x for x in tree.children(w.index, "nsubj:pass") if person_like(x)]
        if "passive" in needs.split(",") and need_met("passive", tree, w, content, [], subj):
            # "Biden is expected to win", "Trump was criticized for ...": the holder is unnamed
            why = f"reporting verb '{lemma}' in the passive without an agent: the holder is not named"
            return word_cue(w, s.index, "passive", lemma, why, strength_of(strength))
        if not (asked and content is not None and "person" in needs.split(",")):
            return None  # "the question was asked", "the bridge was built": no reporting source
        # "Sanders was asked to ...": the asker, not the subject, is the source, and goes unnamed
        why = f"passive with a person-like subject ('{asked[0].text}') and {content}: the asker is not named"
    else:
        content = has_content(tree, w, quotes, text)
        why = ""
    idiom = [o for o in tree.children(w.index, "obj") if o.lemma.lower() in lexicon.words("say_idioms.txt")]
    if idiom and content is None:
        return None  # "said goodbye", "told a joke"
    q_near = [q for q in quotes_in(s, quotes) if close_to(text, w, q)]
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


def _reported_by_another(tree: Tree, w: Word) -> bool:
    """A belief or stance inside what another verb reports ("she said he believes ...", "he says they
    oppose it", "said they called it a hoax") is part of that report, not a cue of its own: PolNeAR
    marks the outer verb only (train: 5 of 121 such cognition and stance verbs are gold cues)."""
    head = tree.word(w.head)
    return w.deprel == "ccomp" and head is not None and head.index != w.index and verb_lemma(head) is not None


SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "there"})
POSSESSIVES = frozenset({"their", "his", "her", "its", "our", "my", "your"})


def _inflected(w: Word) -> bool:
    """A finite or participial form of a reporting verb ("shows", "slams", "called"), not a bare stem
    that is as often a noun ("call", "report")."""
    form, lemma = w.text.lower(), verb_lemma(w)
    return form in _forms() or (lemma is not None and form != lemma and form.endswith(("s", "ed", "ing")))


def _opens_clause(tree: Tree, nxt: Word | None, text: str, w: Word) -> bool:
    """What follows can be what the verb reports or whom it names: a that-clause, a colon or quotation,
    a name, a subject pronoun, a determiner or a number ("shows Sanders leading", "finds that")."""
    if nxt is None:
        return False
    if complementizer(tree, nxt) or text[w.end : w.end + 3].lstrip()[:1] in (":", "“", '"', "‘"):
        return True
    if nxt.text[:1].isupper() and nxt.upos in {"NOUN", "PROPN"}:
        return True  # a name the tagger took for a common noun ("shows Sanders/NOUN leading")
    return nxt.upos in {"DET", "NUM"} or nxt.text.lower() in SUBJECT_PRONOUNS


def _headline(tree: Tree, w: Word, prev: Word) -> bool:
    """Title case ("Clinton Says She Will Win", "Pence Calls For Inquiry"): a capitalised form after a
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
    """Headline subject and verb agree: an -s form after one name ("Clinton Says"), the bare form after
    a plural ("Officials Say", "Democrats Warn")."""
    if w.text.endswith("s"):
        return True
    return prev.text.endswith("s") and not prev.text.endswith("ss") and prev.upos in {"NOUN", "PROPN"}


def _particles(lemma: str) -> tuple[str, ...]:
    """The prepositions or particles of a 'person@for/on' requirement ("calls for", "points out")."""
    needs = (verbs()[lemma] + ("neutral", "any"))[2]
    return tuple(p for n in needs.split(",") if "@" in n for p in n.split("@", 1)[1].strip().split("/"))


def _attribution_frame(tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...], text: str) -> str | None:
    """Why a mis-tagged reporting-verb form ("Viguerie notes/NOUN") still reads as a verb, or None:
    inverted after a quotation (“…,” Viguerie notes.) or before a name (", writes/NOUN Smith"); after a
    person-like or documentary subject and before a that-clause, quotation, name or object ("Smith says
    that ...", "a new poll shows/NOUN Sanders leading"); set off by commas after a name ("The problem,
    Palmieri says, is ..."); before the verb's particle ("Lee calls/NOUN for a ban", "she points/NOUN
    out"); in a title-case headline after a name ("Clinton Says/PROPN She ...").
    Train (PolNeAR, forms not tagged VERB that the parse path missed): 0.68-1.0 precision per frame."""
    prev, nxt = tree.prev(w), tree.next(w)
    if prev is None or tree.children(w.index, "nmod:poss"):
        return None  # "Trump's notes": a noun after all
    if prev.text.lower() in POSSESSIVES or prev.text.lower().endswith(POSSESSIVE_MARKS):
        return None
    if prev.text in (",", "”", '"', "''") and nxt is not None and nxt.upos == "PROPN":
        return "inverted before a name"  # "..., said/ADJ Peter Okafor of the union."
    if not (person_like(prev) or prev.upos == "PROPN" or documentary(prev) or _said_by_a_share(tree, w)):
        return None
    rest = [x for x in tree.words if x.index > w.index and x.upos != "PUNCT"]
    closing = [q.end for q in quotes_in(tree.sentence, quotes) if q.end <= prev.start]
    comma = text.rfind(",", tree.sentence.start, prev.start)
    listed = w.text.lower() in _forms()  # "..., as Sanders proposes.": only listed forms close a clause
    if listed and not rest and (closing or comma >= 0):  # “…,” Viguerie notes. / ..., a poll indicates.
        gap = text[max([*closing, comma + 1]) : w.start]
        if len(gap.split()) <= 5 and not any(c in gap for c in ".;!?"):
            return "inverted after a quotation or clause"
    if listed and rest and comma >= 0 and text[w.end : w.end + 2].lstrip().startswith(","):
        gap = text[comma + 1 : w.start]  # "The main problem, Palmieri says, is ...": set off by commas
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
    return None


def _said_by_a_share(tree: Tree, w: Word) -> bool:
    """A form of "say" right after a share of people polled ("Six in 10 say/NOUN he is decisive",
    "47 percent said/ADJ"): "say" after a number or a share word is never a noun."""
    prev = tree.prev(w)
    if prev is None or verb_lemma(w) != "say":
        return False
    return prev.upos == "NUM" or prev.text.lower() in _share_words()


@cache
def _share_words() -> frozenset[str]:
    rows = (line.split("|", 1) for line in lexicon.entries("anonymity_descriptors.txt"))
    return frozenset(v.strip().lower() for k, v in rows if k.strip() == "share")


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


def _frame_cue(
    parsed: ParsedArticle, s: Sentence, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]
) -> Cue | None:
    """A cue on an inflected reporting-verb form the tagger called NOUN/PROPN/ADJ, standing in an
    attribution frame (_attribution_frame); its parse relations are not trusted, so the frame stands
    for the verb's requirements."""
    text = parsed.article.text
    lemma = verb_lemma(w)
    if w.upos in {"VERB", "AUX", "PUNCT"} or lemma is None or inside(quotes, w.start, w.end):
        return None
    if not (_inflected(w) or _bare_headline_verb(tree, w) or _said_by_a_share(tree, w)):
        return None
    if "-" in w.text or text[w.start - 1 : w.start] in ("-", "‐") or text[w.end : w.end + 1] in ("-", "‐"):
        return None  # "tell-tale", "so-called"
    frame = _attribution_frame(tree, w, quotes, text)
    if frame is None:
        return None
    kind, strength = (verbs()[lemma] + ("neutral",))[:2]
    why = f"reporting-verb form '{w.text}' tagged {w.upos} in an attribution frame: {frame}"
    return word_cue(w, s.index, cue_kind(kind), lemma, why, strength_of(strength))
