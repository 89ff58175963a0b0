"""Shapes of a reporting verb's subject that the parser got wrong, recognised on the parse.

The mini parser often loses or misplaces the subject of a reporting verb: "…, as Democrats/obl
accused", "…, Mendez notes/conj" (a conjunct with no "and"), "'<clause>, said <name>'" (an
inversion), "say/conj the deal/nsubj is off" (the reported clause's subject after the verb). Each
predicate here names one such shape; ``auditor.source_verb`` decides what to do with it.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_rules import coordinated_verb
from auditor.cue_vetoes import reduced_relative
from auditor.cue_words import SHARE_LINKS, documentary, first_count, person_like
from auditor.cues import verb_lemma
from auditor.models import Word
from auditor.source_phrase import date_phrase, only_time
from auditor.source_surface import surface_np_left
from auditor.syntax import Tree, auxiliary_before, comma_before, contiguous, finite_verb

_NP_OPENING = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})


def false_conjunct(tree: Tree, verb: Word) -> bool:
    """'… released Monday, most tenants said/conj …': a conjunct with no "and"/"but" of its own
    right after a noun: the parser missed that noun phrase as its subject, so it shares no subject."""
    if verb.deprel != "conj" or tree.children(verb.index, "cc"):
        return False
    prev = tree.word(verb.index - 1)
    if prev is None or prev.upos not in {"NOUN", "PROPN"}:
        return False
    if prev.text.lower() in lexicon.words("time_words.txt"):
        return False  # "a poll released on Tuesday showed": a date is no subject
    phrase = surface_np_left(tree, verb.index)
    opener = tree.word(phrase[0].index - 1) if phrase else None
    # the phrase opens a clause: after a comma or dash, "after"/"because", or at the sentence start;
    # not "… for Ruiz or Okafor or Tom Reyes said", where it ends a longer phrase
    if bool(phrase) and (opener is None or opener.upos in {"PUNCT", "SCONJ"}):
        return True
    if bool(phrase) and opener is not None and opener.text.lower() in lexicon.words("subordinators.txt"):
        return True  # "after/ADP Barack Obama and Hillary Clinton declared"
    # "a woman asked for a photo and Clinton/conj said": the verb's own "and" went to the name, which
    # the parser joined to the object before it; a verb with neither "and" nor subject would be no clause
    joined = [w for w in phrase if w.deprel == "conj" and tree.word(w.head) not in phrase]
    return (
        opener is not None
        and opener.upos == "CCONJ"
        and opener.lemma.lower() in ("and", "but")
        and len(joined) == 1
        and opener.head == joined[0].index
    )


def clause_subject_after(tree: Tree, verb: Word, words: list[Word]) -> bool:
    """A subject after a finite verb with no comma or quote before it, followed by a verb of its own ("People
    briefed on it say/conj the deal/nsubj is off"): it is the reported clause's subject, not an inversion."""
    if words[0].index < verb.index or verb.text.lower().endswith("ing"):
        return False
    prev = tree.word(verb.index - 1)
    after = tree.word(words[-1].index + 1)
    inverted = prev is None or prev.upos == "PUNCT"
    return not inverted and after is not None and after.upos in {"VERB", "AUX"}


def inverted_order(tree: Tree, verb: Word, subjects: list[Word]) -> bool:
    """'<clause>, said <name>': the verb follows a comma, a subject right after it ends the sentence or is
    set off by a comma, and the words before the comma hold a verb (a clause, not "X, a pollster, said")."""
    before = tree.word(verb.index - 1)
    if before is None or before.text != "," or not any(w.index < verb.index for w in subjects):
        return False
    after = [w for w in subjects if w.index > verb.index and w.upos in {"PROPN", "NOUN"}]
    if not after:
        return False
    run = [w for w in tree.words if w.index > verb.index and w.upos in {"PROPN", "NOUN", "DET", "ADJ"}]
    nxt = tree.word(verb.index + 1 + len(contiguous(run, verb.index + 1)))
    if nxt is not None and nxt.upos not in {"PUNCT"}:
        return False
    clause = [w for w in tree.words if w.index < verb.index - 1]
    return any(w.upos in {"VERB", "AUX"} for w in clause)


def relative_opening(tree: Tree, verb: Word) -> bool:
    """'Reyes, who said he votes Labour, said …': the sentence opens with a name, a comma and a
    relative clause ("who"/"which") that closes with a comma right before ``verb``."""
    words = [w for w in tree.words if w.index < verb.index]
    if len(words) < 5 or words[-1].text != ",":
        return False
    commas = [w for w in words if w.text == ","]
    if len(commas) != 2:  # the name's comma and the one closing its relative clause, nothing between
        return False
    first_comma = commas[0]
    rel = tree.word(first_comma.index + 1)
    return (
        rel is not None and rel.lemma.lower() in ("who", "which") and bool(_opening_name(tree, first_comma))
    )


def relative_antecedent(tree: Tree, verb: Word) -> list[Word]:
    """'Reyes, who said he votes Labour, …': the verb's subject is "who" right after the comma
    that follows the sentence's opening name; the name is the subject (not "Reyes, who")."""
    rel = next((c for c in tree.children(verb.index, "nsubj") if c.lemma.lower() in ("who", "which")), None)
    if rel is None or not comma_before(tree, rel):
        return []
    nxt = tree.word(rel.index + 1)
    if nxt is not None and nxt.upos in {"NOUN", "PROPN", "PRON", "DET"}:
        return []  # "Okafor's victory, which Ruiz called …": "which" is the object; Ruiz speaks
    head = _opening_name(tree, tree.word(rel.index - 1))
    return [] if any(w.upos == "PUNCT" for w in head) else head


def _opening_name(tree: Tree, comma: Word | None) -> list[Word]:
    """The words before ``comma`` when they are a short name or noun phrase opening the sentence (at
    most five words, a noun among them, no verb or preposition); else empty."""
    head = [w for w in tree.words if comma is not None and w.index < comma.index]
    # hyphens do not count: "The 72-year-old Democrat" is five words
    if not 0 < len([w for w in head if w.upos != "PUNCT"]) <= 5 or not any(
        w.upos in {"PROPN", "NOUN"} for w in head
    ):
        return []
    return [] if any(w.upos in {"VERB", "AUX", "ADP", "SCONJ"} for w in head) else head


def bare_passive(tree: Tree, verb: Word) -> bool:
    """'when asked whether ...', 'Asked about the plan, X said': a past participle with no auxiliary and no
    subject opening its clause; whoever asked is not named. The tagger often calls it a past tense, which
    is trusted only after a subordinator ("said when asked"), not at the sentence start ("Said the mayor")."""
    tag = verb.xpos or ""
    if tag not in ("VBN", "VBD") or tree.children(verb.index, "aux", "aux:pass", "nsubj", "nsubj:pass"):
        return False
    prev = tree.word(verb.index - 1)
    # not "once": "Lemkin once said" is an adverb of time far more often than "once elected"
    opener = prev.lemma.lower() if prev is not None else ""
    after_subordinator = opener != "once" and opener in lexicon.words("subordinators.txt")
    if tag == "VBD" and not after_subordinator:
        return False
    after_subordinator = after_subordinator or (prev is not None and prev.upos == "SCONJ")
    if auxiliary_before(tree, verb) is not None or any(
        w.upos == "AUX" or w.lemma.lower() in ("have", "be")
        for w in tree.words
        if verb.index - 3 <= w.index < verb.index
    ):
        return False  # "have since denounced"
    return prev is None or after_subordinator


_MEMBER_WORDS = frozenset({"including", "among", "like"})


def of_link(gap: list[Word], second: list[Word]) -> bool:
    """Two subjects joined by "of"/"for"/"at" where the second names a body: the parser split one phrase."""
    return (
        len(gap) == 1
        and gap[0].lemma.lower() in ("of", "for", "at")
        and any(w.upos == "PROPN" for w in second)
        and not only_time(second)
    )


def members_link(gap: list[Word], second: list[Word]) -> bool:
    """ "Dock crews — including Ana Ruiz — complained": the second subject names members of the first,
    set off by a dash or comma; the parser made each a subject of the verb."""
    return bool(gap) and all(w.upos == "PUNCT" for w in gap) and second[0].text.lower() in _MEMBER_WORDS


def share_link(gap: list[Word], first: list[Word]) -> bool:
    """ "Six in 10", "four out of 10": a count, then "in" or "out of" before the second phrase."""
    return tuple(w.text.lower() for w in gap) in SHARE_LINKS and first_count(first[-1])


def conjoined_to_object(tree: Tree, verb: Word) -> bool:
    """ "He adopted an accent/obj and joked/conj, …": a past-tense verb with its own "and" that the parser
    joined to the object of the verb before it; the two verbs share their subject."""
    noun = tree.word(verb.head)
    governor = tree.word(noun.head) if noun is not None else None
    return (
        verb.deprel == "conj"
        and ((verb.xpos or "") in ("VBD", "VBZ") or "VerbForm=Fin" in (verb.feats or ""))
        and not tree.children(verb.index, "nsubj", "nsubj:pass")
        and any(c.lemma.lower() in ("and", "but") for c in tree.children(verb.index, "cc"))
        and noun is not None
        and noun.upos in {"NOUN", "PROPN"}
        and noun.deprel in ("obj", "obl")
        and governor is not None
        and governor.upos == "VERB"
        and governor.deprel in ("root", "conj", "parataxis")  # not a reported clause's verb
        and governor.index < noun.index < verb.index
    )


def coordinated_head(tree: Tree, verb: Word) -> Word | None:
    """The first verb of a coordination the parser hung on a noun ("discarded the denial and expressed/amod
    belief/conj"): the cue shares its subject (``cue_rules.coordinated_verb`` recognises the frame)."""
    if conjoined_to_object(tree, verb):
        noun = tree.word(verb.head)
        return tree.word(noun.head) if noun is not None else None
    if not coordinated_verb(tree, verb):
        return None
    noun = tree.word(verb.head)
    first = tree.word(noun.head) if noun is not None else None  # the conjunct the noun is joined to
    shared = tree.word(first.head) if first is not None else None
    return shared if shared is not None and shared.upos in {"VERB", "AUX"} else None


def of_phrase_on_verb(tree: Tree, words: list[Word], verb: Word, stop: set[int]) -> list[Word]:
    """ "One/nsubj of them/obl said", "Some/nsubj of the tenants/obl say": the parser hung the "of" phrase
    that ends the subject on the verb. Returns that phrase ("of them") when it runs from right after
    the subject up to the verb, else []."""
    of = tree.word(words[-1].index + 1) if words else None
    if of is None or of.lemma.lower() != "of" or of.index in stop:
        return []
    noun = tree.word(of.head)
    if noun is None or noun.head != verb.index or not noun.deprel.startswith(("obl", "nmod")):
        return []
    tail = contiguous(tree.subtree(noun.index), noun.index)
    if not tail or tail[0].index != of.index or tail[-1].index != verb.index - 1:
        return []
    return [] if any(w.index in stop or w.upos in {"VERB", "AUX", "PUNCT"} for w in tail) else tail


def participle_on_verb(tree: Tree, words: list[Word], verb: Word, stop: set[int]) -> list[Word]:
    """ "Some of the tenants donating/ccomp to Ruiz said": a participle phrase that ends the subject, hung
    by the parser on the reporting verb. Returns it when it runs from right after the subject up to
    the verb with no punctuation or finite verb, else []."""
    first = tree.word(words[-1].index + 1) if words else None
    if first is None or first.upos != "VERB" or (first.xpos or "") not in ("VBG", "VBN"):
        return []
    if first.head != verb.index or first.index in stop:
        return []
    run = [w for w in tree.words if first.index <= w.index < verb.index]
    if not 1 <= len(run) <= 8 or any(w.index in stop or w.upos in {"PUNCT", "AUX"} for w in run):
        return []
    return [] if any(finite_verb(w) for w in run[1:]) else run


def closing_acl_subject(tree: Tree, verb: Word) -> Word | None:
    """ "…, officials/conj announced/acl Wednesday.": in a closing "<clause>, X said" the parser may make
    the verb modify the noun before it; a person-like noun set off by a comma, with only a time or an
    adverb after the verb, is its subject (the passive reading, "officials quoted in the report",
    has more after the verb or no comma)."""
    if verb.deprel != "acl" or verb.text.lower().endswith("ing"):
        return None
    noun = tree.word(verb.head)
    if noun is None or noun.index >= verb.index or not person_like(noun):
        return None
    if any(w.upos in {"VERB", "AUX", "PUNCT", "ADP"} for w in tree.words[noun.index : verb.index - 1]):
        return None  # something stands between the noun and the verb
    # the noun's own comma hangs from it: the phrase starts at its first word that is no punctuation
    first = min(w.index for w in tree.subtree(noun.index) if w.index <= noun.index and w.upos != "PUNCT")
    before = tree.word(first - 1)
    if before is None or before.text != ",":
        return None
    # "announced Wednesday", "said late on Friday": a date or adverbs, then a comma or the sentence's end
    run: list[Word] = []
    for w in tree.words[verb.index :]:
        if w.upos == "PUNCT":
            break
        run.append(w)
    dated = [w for w in run if w.upos != "ADV"]
    return noun if not dated or date_phrase(dated) else None


def restrictive_relative_subject(tree: Tree, verb: Word) -> list[Word]:
    """ "A board member who spoke on condition of anonymity because the vote had not been made public
    said …": the sentence opens with a person-like noun phrase and a relative clause without commas
    that runs up to ``verb``, and the parser took a word inside the clause ("public") for the verb's
    subject, or none. The whole opening is the subject. A participle on the noun does the same ("The
    driver accused of speeding on the pier told police …", ``cue_vetoes.reduced_relative``)."""
    if verb.text.lower().endswith("ing") or (verb.xpos or "") in ("VB", "VBG"):
        return []  # "Candidates who fit … have wasted little time … articulating/VBG": not the main verb
    before = [w for w in tree.words if w.index < verb.index]
    # or a participle on the noun ("The driver accused of speeding on the pier told police …")
    reduced = next((w for w in before[1:8] if reduced_relative(tree, w)), None)
    rel = next((w for w in before[1:8] if w.lemma.lower() in ("who", "whom")), reduced)
    if rel is None or len(before) > 30 or any(w.text in (",", ";", ":", "—", "–", "(") for w in before):
        return []
    noun = tree.word(rel.index - 1)
    opening = before[: rel.index - 1]
    holder = noun is not None and (person_like(noun) or (rel is reduced and noun.upos == "NOUN"))
    if noun is None or not holder or not all(w.upos in _NP_OPENING for w in opening):
        return []
    subjects = tree.children(verb.index, "nsubj", "nsubj:pass")
    whole = any(s.index <= rel.index and rel in tree.subtree(s.index) for s in subjects)
    if whole or (rel.head == verb.index and rel is not reduced):
        return []  # the parser found the phrase itself, or "Voters who said …": the verb is the clause's
    if not any(w.upos in {"VERB", "AUX"} for w in before if w.index >= rel.index):
        return []  # the clause has no predicate of its own before the verb
    return before


def parenthetical(tree: Tree, verb: Word, subject: list[Word]) -> bool:
    """'A, X said, B': a comma before the subject right before the verb, one right after the verb or after
    a short adjunct ("X said in a tweet,", "X said Tuesday,"), and the sentence going on without a quote."""
    before = tree.word(subject[0].index - 1)
    if before is None or before.text != "," or subject[-1].index + 1 != verb.index:
        return False
    times = lexicon.words("time_words.txt")
    for k in range(1, 6):
        w = tree.word(verb.index + k)
        if w is None:
            return False
        if w.text == ",":
            nxt, after = tree.word(w.index + 1), tree.word(w.index + 2)
            return nxt is not None and after is not None and nxt.upos != "PUNCT"
        adjunct = w.upos in {"ADP", "ADV"} or w.text.lower() in times
        if w.upos in {"VERB", "AUX", "PUNCT"} or (k == 1 and not adjunct):
            return False
    return False


def parenthetical_tail(tree: Tree, verb: Word, words: list[Word]) -> list[Word]:
    """ "Vice President Joe Biden, Rubio said, had been …": the parser made one subject of the content's
    first phrase and the speaker; in a parenthetical report ("A, X said, B") the speaker is the phrase
    after the last comma. Empty when ``words`` hold no comma or the report is not parenthetical."""
    commas = [k for k, w in enumerate(words) if w.text == ","]
    if not commas or words[-1].index + 1 != verb.index:
        return []
    tail = words[commas[-1] + 1 :]
    if not tail or not any(w.upos in {"PROPN", "NOUN", "PRON"} for w in tail):
        return []
    return tail if parenthetical(tree, verb, tail) else []


def object_controller(tree: Tree, verb: Word, up: Word) -> Word | None:
    """The object of ``up`` that does what its infinitive ``verb`` reports ("the timing led Republicans/obj
    to say/xcomp …"): ``up`` is a verb of ``object_control_verbs.txt`` and the object stands between them."""
    if (
        verb.deprel != "xcomp"
        or verb.head != up.index
        or up.lemma.lower() not in lexicon.words("object_control_verbs.txt")
    ):
        return None
    if not any(m.lemma.lower() == "to" for m in tree.children(verb.index, "mark")):
        return None
    return next((o for o in tree.children(up.index, "obj") if up.index < o.index < verb.index), None)


def quoted_as(tree: Tree, verb: Word, up: Word) -> Word | None:
    """The object of "quoted X as saying": ``verb`` is "saying" with "as", ``up`` the verb it hangs on."""
    if verb_lemma(up) not in ("quote", "cite") or not any(
        m.lemma.lower() == "as" for m in tree.children(verb.index, "mark")
    ):
        return None
    return next((o for o in tree.children(up.index, "obj") if o.index < verb.index), None)


def holder_first(tree: Tree, subjects: list[Word], verb: Word) -> list[Word]:
    """The subjects of a governing clause, a person-like one first when the parser also made an opening
    word a subject ("Minutes/nsubj later, aides/nsubj close to her say"): the first subject before the
    verb cannot hold a view (not person-like, not a document: "A poll/nsubj from the Ledger/nsubj
    found") and the last can, outside a relative clause ("tenants — whose union/nsubj was divided —")."""
    before = [x for x in subjects if x.index < verb.index]
    # "Rather/PROPN, friends of the mayor say": a connective the tagger took for a name holds no view
    connective = before[0].text.lower() in lexicon.words("source_asides.txt") if before else False
    if len(before) < 2 or (not connective and (person_like(before[0]) or documentary(before[0]))):
        return subjects
    if not person_like(last := before[-1]):
        return subjects
    if any(c.lemma.lower() in ("who", "whose", "which") for c in tree.children(last.index)):
        return subjects
    return [last, *(x for x in subjects if x is not last)]
