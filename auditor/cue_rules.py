"""Requirements a reporting verb must meet to count as a cue (the 'needs' column of reporting_verbs.txt),
and who holds a view: person-like subjects, documentary subjects ("the poll showed"), nearest subjects.

cue_verbs.py finds the candidate verbs; these rules judge one verb on its parse. ``holder`` finds who
holds the view of a verb without a subject of its own (conjoined verbs, participles, relative clauses).
"""

from __future__ import annotations

from typing import Literal, cast

from auditor import lexicon
from auditor.cue_evidence import documentary_subject
from auditor.cue_naming import labelled
from auditor.cue_words import documentary, person_like, text_surface
from auditor.hedges import cue_hedges
from auditor.models import Cue, CueKind, QuoteSpan, Word
from auditor.source_phrase import date_phrase
from auditor.syntax import (
    CLOSING_QUOTES,
    MISHUNG_RELATIVE,
    Tree,
    agent,
    comma_before,
    is_passive,
    nearest_subject,
    noun_before,
    stolen_subject,
    trailing_participle,
)

Strength = Literal["weak", "neutral", "strong"]


def word_cue(
    w: Word,
    sentence: int,
    kind: CueKind,
    lemma: str,
    rule: str,
    strength: Strength = "neutral",
    *,
    hedges: bool | None = None,
) -> Cue:
    """A cue that is exactly one word of the parse: its span, text and head are the word's; ``hedges``
    overrides the decision read from kind, lemma and word."""
    return Cue(
        hedges=cue_hedges(kind, lemma, w.text) if hedges is None else hedges,
        start=w.start,
        end=w.end,
        text=w.text,
        kind=kind,
        lemma=lemma,
        strength=strength,
        sentence=sentence,
        head=w.index,
        rule=rule,
    )


EXPLETIVES = frozenset({"it", "there"})
EVIDENTIAL = "evidential main verb"


def has_subject(tree: Tree, word: Word) -> bool:
    """The word has a nominal subject other than an expletive ("it seems", "there are")."""
    subjects = tree.children(word.index, "nsubj", "nsubj:pass")
    return any(w.lemma.lower() not in EXPLETIVES for w in subjects) or stolen_subject(tree, word) is not None


def _text_after_quote(tree: Tree, w: Word) -> Word | None:
    """ "“…,” read the statement": right after a quotation, the text noun after the verb (the parser
    makes it the object) is what the verb's words are on."""
    prev = tree.prev(w)
    if prev is None or prev.text not in CLOSING_QUOTES:
        return None
    after = [x for x in tree.children(w.index, "obj", "nsubj") if x.index > w.index]
    return after[0] if after and (documentary(after[0]) or text_surface(after[0])) else None


def _claim_objects(tree: Tree, w: Word) -> list[Word]:
    """Objects of ``w`` headed by a claim noun ("dismissed the allegations", "raised concerns")."""
    nouns = lexicon.words("claim_nouns.txt")
    # the list holds the forms as written ("comments"), which the lemmatizer turns into "comment"
    return [o for o in tree.children(w.index, "obj") if o.lemma.lower() in nouns or o.text.lower() in nouns]


#: The requirements reporting_verbs.txt may list ("any" is need_met's default); an unknown word there
#: would silently read as "any"
NEEDS = frozenset(
    {"agent", "any", "claim", "clause", "clear", "content", "evidence", "evidential", "holder", "it"}
    | {"naming", "object", "participle", "passive", "person", "quote", "root", "stative", "text", "verb"}
)


def need_met(
    need: str, tree: Tree, w: Word, content: str | None, q_near: list[QuoteSpan], subj: bool
) -> str | None:
    """Whether one requirement of reporting_verbs.txt holds; returns why (non-None) when it does."""
    if need == "quote":
        return "quotation" if q_near else None
    if need == "text":  # "“…,” the statement read", "“…,” it read", not "Okafor read a paper aloud"
        subj_word = nearest_subject(tree, w)
        if q_near and (inverted := _text_after_quote(tree, w)) is not None:
            return f"quotation and text subject '{inverted.text}' after the verb (inversion)"
        if not q_near or subj_word is None:
            return None
        # "a sign, which read": the noun the relative clause hangs on, or, when the parser hangs the
        # clause on the main verb ("held up a sign, which/nsubj read/conj"), the noun right before
        # the pronoun, as the reader takes it
        antecedent = tree.word(w.head) if w.deprel == "acl:relcl" else None
        if w.deprel in MISHUNG_RELATIVE:
            antecedent = noun_before(tree, subj_word)
        if subj_word.lemma.lower() in ("which", "that") and antecedent is not None:
            subj_word = antecedent
        texty = documentary(subj_word) or subj_word.lemma.lower() == "it" or text_surface(subj_word)
        return f"quotation and text subject '{subj_word.text}'" if texty else None
    if need == "content":
        return content
    if need == "claim":
        if content is not None or q_near:
            return content or "quotation"
        claim_obj = _claim_objects(tree, w)
        return f"claim object '{claim_obj[0].text}'" if claim_obj else None
    if need == "object":  # "allies have raised concerns about ...": a claim-noun object with a holder
        claim_obj = _claim_objects(tree, w)
        found, _ = holder(tree, w)
        ok = claim_obj and found is not None and person_like_np(tree, found)
        return f"claim object '{claim_obj[0].text}' held by '{found.text}'" if ok and found else None
    if need == "clause":
        return content if content not in (None, "quotation") else None
    if "@" in need:  # "call | ... | person@for/on": a person subject and one of these prepositions next
        base, preps = need.split("@", 1)
        nxt = after_date(tree, w)  # "called Wednesday for a recount": the date says when
        # "for" before a gerund is tagged SCONJ ("called for/SCONJ doubling the fines")
        if nxt is None or nxt.upos not in {"ADP", "SCONJ"} or nxt.text.lower() not in preps.split("/"):
            return None
        if (met := need_met(base, tree, w, content, q_near, subj)) is not None:
            return f"{'person-like subject' if base == 'person' else met} and '{nxt.text}'"
        # "as Okafor called/acl for a ban", "Sen. Ruiz (D-Ohio) called on …": the parser gave the verb
        # no subject, but a name stands right before it
        left = _word_before(tree, w)
        named = left is not None and (left.upos == "PROPN" or (left.upos != "PRON" and person_like(left)))
        after = tree.next(nxt)
        if after is not None and after.upos == "PART" and after.text.lower() == "to":
            return None  # "rivals called on to testify": asked to, a passive whoever the noun before is
        bare = not is_passive(tree, w) and nearest_subject(tree, w) is None
        if named and bare and left:
            return f"name '{left.text}' right before the verb and '{nxt.text}'"
        noun = _reread_participle(tree, w, nxt) if bare else None
        return f"'{noun.text}' before the verb (read as its subject) and '{nxt.text}'" if noun else None
    if need == "evidence":  # "the latest poll showed Ruiz leading", "records show he backed Okafor"
        doc = None if is_passive(tree, w) else documentary_subject(tree, w)
        return f"evidence subject '{doc.text}'" if doc is not None else None
    if need == "naming":  # "they called him an opportunist", "calling Ruiz a hypocrite": a label is a view
        ok = (
            labelled(tree, w)
            and not is_passive(tree, w)
            and (person_subject(tree, w) or not has_subject(tree, w))
        )
        return "a name given to someone" if ok else None
    if need == "it":  # "As Dana Whitlow puts it, “…”": the manner of saying, with the quotation next to it
        nxt = tree.next(w)
        after = tree.next(nxt) if nxt is not None else None
        prev = tree.word(w.index - 1)
        # "As Lindqvist/obl put it": the parser may not see the subject; the word before the verb will do
        speaker = person_subject(tree, w) or (prev is not None and prev.upos != "ADP" and person_like(prev))
        ok = (
            nxt is not None
            and nxt.text.lower() == "it"
            and (
                after is None
                or after.upos not in {"ADP", "ADV"}
                or after.text.lower() in lexicon.words("put_it_adverbs.txt")
            )
            and bool(q_near)
            and speaker
        )  # not "put it down", "put it on the table"
        return "'it' after the verb, person-like subject and quotation" if ok else None
    if need == "clear":  # "Ruiz made (it) clear that ...", ", making it very clear that": saying it plainly
        ok = w.upos == "VERB" and clear_after(tree, w) and not is_passive(tree, w)
        found, how = holder(tree, w) if ok else (None, "")
        return (
            f"'clear' after the verb and person-like {how} '{found.text}'"
            if found and person_like_np(tree, found)
            else None
        )
    if need == "agent":  # "the initiative called for", "rivals have called for": any subject that can
        # demand something, not a circumstance ("the situation calls for calm", circumstance_nouns.txt)
        subject = nearest_subject(tree, w)
        ok = (
            w.upos == "VERB"
            and not is_passive(tree, w)
            and subject is not None
            and subject.lemma.lower() not in EXPLETIVES
            and subject.lemma.lower() not in lexicon.words("circumstance_nouns.txt")
        )
        return f"subject '{subject.text}'" if ok and subject is not None else None
    if need == "person":  # stance verbs ("officials criticized", "she refused"): someone holds the view
        return "person-like subject" if w.upos == "VERB" and person_subject(tree, w) else None
    if need == "holder":  # "Smith, who criticized ...", "..., criticizing Jones", "X said and criticized"
        found, how = holder(tree, w)
        ok = w.upos == "VERB" and found is not None and person_like_np(tree, found)
        return f"person-like {how} '{found.text}'" if ok and found is not None else None
    if need == "stative":  # a passive's subject holding a view: judged by cue_verbs before any need
        return None
    if need == "passive":  # "X is expected to win", "she was asked about": the holder goes unnamed
        passive_it = any(c.lemma.lower() == "it" for c in tree.children(w.index, "nsubj:pass", "expl"))
        ok = w.upos == "VERB" and is_passive(tree, w) and agent(tree, w) is None and not passive_it
        # a person the view is about, or a clause it concerns ("the vote is expected to pass"); not
        # a thing alone ("the question was asked twice")
        about = all(person_like(x) for x in tree.children(w.index, "nsubj:pass")) or bool(
            tree.children(w.index, "xcomp", "ccomp")
        )
        return "passive without agent" if ok and about else None
    if need == "root":  # the sentence's main verb ("Okafor agreed ...", "she met them and agreed ...")
        head = tree.word(w.head)
        main = w.deprel == "root" or (w.deprel == "conj" and head is not None and head.deprel == "root")
        return "main verb of the sentence" if w.upos == "VERB" and main else None
    if need == "evidential":  # "the plan seems to be failing", "it appears that ...": main verb, no holder
        subject = nearest_subject(tree, w)
        ok = w.upos == "VERB" and w.deprel == "root" and not (subject is not None and person_like(subject))
        return EVIDENTIAL if ok else None
    if need == "participle":  # "..., saying the deal was dead", "..., citing a new poll": a participle
        prev = tree.prev(w)  # after a comma reports for whoever the main clause is about
        ok = w.upos == "VERB" and w.text.lower().endswith("ing") and prev is not None and prev.text == ","
        return "participle after a comma" if ok else None
    if need == "verb":  # verbs that report a view whatever their frame ("vowed", "lamented", "questioned")
        return "verbal use" if w.upos == "VERB" else None
    return content or ("quotation" if q_near else None) or ("subject" if subj else None)  # "any"


def _reread_participle(tree: Tree, w: Word, prep: Word) -> Word | None:
    """The noun a past tense hangs on when the parser read the verb as a participle modifying it: "the
    Harlow rivals called/acl for a recount", "the envoy, meanwhile, called/acl on the council to ...".
    The noun is the verb's subject when it can hold a view (person-like, or a plural
    noun) or when a comma sets the verb off; a passive participle ("the cuts called for by the plan",
    "witnesses called on to testify") has 'by' or 'to' after the preposition."""
    noun = tree.word(w.head)
    after = tree.next(prep)
    if noun is None or w.deprel != "acl" or w.xpos not in ("VBN", "VBD") or after is None:
        return None
    if after.text.lower() in ("to", "by", "in", "under") or noun.upos not in ("NOUN", "PROPN"):
        return None
    plural = noun.upos == "NOUN" and (noun.xpos == "NNS" or "Number=Plur" in (noun.feats or ""))
    return noun if person_like_np(tree, noun) or plural or comma_before(tree, w) else None


def after_date(tree: Tree, w: Word) -> Word | None:
    """The word after ``w``, past a date of one or two words right after it ("called Wednesday for",
    "called last week for"): a date between a verb and its preposition says when, not what."""
    for k in (2, 1):
        run = [x for x in (tree.word(w.index + i) for i in range(1, k + 1)) if x is not None]
        if len(run) == k and date_phrase(run) and (nxt := tree.word(w.index + k + 1)) is not None:
            return nxt
    return tree.next(w)


def clear_after(tree: Tree, w: Word) -> bool:
    """ "clear" right after the verb, or after "it" and an intensifier ("made it abundantly clear")."""
    words = [tree.word(w.index + k) for k in (1, 2, 3)]
    for x in words:
        if x is None:
            return False
        if x.text.lower() == "clear":
            return True
        if x.text.lower() != "it" and x.upos != "ADV":
            return False
    return False


def _word_before(tree: Tree, w: Word) -> Word | None:
    """The word before the verb, looking past a bracketed aside ("Ruiz (D-Ohio) called")."""
    i = w.index - 1
    x = tree.word(i)
    if x is not None and x.text == ")":
        while i > 1 and (y := tree.word(i)) is not None and y.text != "(":
            i -= 1
        x = tree.word(i - 1)
    return x


def person_like_np(tree: Tree, w: Word) -> bool:
    """person_like, or a common-noun head with a proper name attached ("Chairman Tom Reyes",
    "a Whitlow delegate"): the name makes a person or body of it."""
    if person_like(w):
        return True
    if w.upos in {"DET", "PRON", "NUM", "ADJ"}:  # "All of the pilots", "two of his aides": the part
        # of a group is person-like when the group is
        return any(person_like_np(tree, x) for x in _of_phrases(tree, w) if x.upos != w.upos)
    names = tree.children(w.index, "appos", "flat", "compound", "nmod")
    return w.upos == "NOUN" and any(x.upos == "PROPN" for x in names)


def _of_phrases(tree: Tree, w: Word) -> list[Word]:
    """The "of" phrases hung on a word: "pilots" in "All of the pilots"."""
    return [
        x
        for x in tree.children(w.index, "nmod", "obl")
        if any(c.lemma.lower() == "of" for c in tree.children(x.index, "case"))
    ]


def holder(tree: Tree, w: Word, depth: int = 0) -> tuple[Word | None, str]:
    """Who holds the view a verb reports, and how it was found: the subject, the passive agent, or, for a
    verb without a subject, the holder of the verb it hangs from: a conjoined verb ("said and added") or a
    participle (", criticizing Y"); or the antecedent of a relative
    clause ("Smith, who argued ...") or the noun an -ing clause modifies ("protesters chanting ...")."""
    if depth > 3:
        return None, "none"
    if is_passive(tree, w):
        by = agent(tree, w)
        return (by, "agent") if by is not None else (None, "passive")
    subject = nearest_subject(tree, w)
    if subject is not None:
        return subject, "subject"
    head = tree.word(w.head)
    if head is None:
        return None, "none"
    rel = w.deprel.split(":")[0]
    if w.deprel == "acl:relcl":
        return head, "antecedent"
    first = tree.word(head.head)
    if coordinated_verb(tree, w) and first is not None and (verb := tree.word(first.head)) is not None:
        # "X discarded the denial and expressed/amod belief/conj ...": the holder of 'discarded'
        found, _ = holder(tree, verb, depth + 1) if verb.upos == "VERB" else (None, "")
        return found, "subject of '" + verb.text + "'"
    ing = w.text.lower().endswith("ing")
    # not through an infinitive: in "vowed to criticize" the cue is 'vowed', and "called the meeting to
    # order" reports nothing
    adjunct = rel == "conj" or (ing and rel in ("advcl", "acl")) or trailing_participle(tree, w)
    if head.upos == "VERB" and adjunct:
        found, _ = holder(tree, head, depth + 1)
        return found, "subject of '" + head.text + "'"
    if ing and rel == "acl" and head.upos in {"NOUN", "PROPN", "PRON"}:
        return head, "noun"
    return None, "none"


def coordinated_verb(tree: Tree, w: Word) -> bool:
    """A past-tense verb the parser hung as an adjective on the next noun of a coordination: "discarded
    the denial and expressed/amod belief/conj in ...": tagged VERB, its own 'and', a bare noun head."""
    head = tree.word(w.head)
    return (
        w.upos == "VERB"
        and w.deprel == "amod"
        and w.text.lower().endswith("ed")
        and any(c.lemma.lower() in ("and", "but") for c in tree.children(w.index, "cc"))
        and head is not None
        and head.deprel == "conj"
        and not tree.children(head.index, "det", "nmod:poss")
    )


def person_subject(tree: Tree, w: Word) -> bool:
    """The verb's subject (or its passive agent, or the subject of the verb it is conjoined to) is
    person-like: "the bill supports jobs" is not a stance, "Republicans support the bill" is."""
    if is_passive(tree, w):
        by = agent(tree, w)
        return by is not None and person_like_np(tree, by)
    subject = nearest_subject(tree, w)
    return subject is not None and person_like_np(tree, subject)


def strength_of(value: str) -> Strength:
    return cast(Strength, value) if value in ("weak", "neutral", "strong") else "neutral"


def cue_kind(kind: str) -> CueKind:
    """The cue kind for a kind column of reporting_verbs.txt (speech_verb when it is none of the others)."""
    if kind == "writing_verb":
        return "writing_verb"
    if kind == "cognition_verb":
        return "cognition_verb"
    if kind == "stance_verb":
        return "stance_verb"
    return "speech_verb"
