"""Whether a document is the subject of an evidence verb ("the poll shows", "records found"), and which
words are that document: the parse's subject first, else the document phrase written right before the
verb, which the mini parser often hangs elsewhere ("The latest polling/advcl in Harlow shows …",
"as polls/obl show …").
"""

from __future__ import annotations

from functools import cache

from auditor import lexicon
from auditor.cue_words import documentary, names_document
from auditor.models import Word
from auditor.syntax import Tree, is_passive, nearest_subject
from auditor.verb_lexicon import verb_lemma, verbs


def documentary_subject(tree: Tree, w: Word) -> Word | None:
    """The documentary word among the verb's subjects and their compounds, else the head of the
    document phrase before it (``_evidence``)."""
    subjects = _subjects(tree, w)
    found = _parsed_document(tree, w, subjects)
    return found if found is not None else _evidence(tree, w, subjects)[1]


def _parsed_document(tree: Tree, w: Word, subjects: list[Word]) -> Word | None:
    """The documentary word among the verb's ``subjects`` and their compounds: the parser makes a time
    word the subject in "A Gazette poll out Monday showed" and "A Ledger/Harbor poll last month showed"."""
    # a subject is a noun phrase whatever its tag ("The audit/JJ shows"); a word hung on it must be a noun
    found = next((x for x in subjects if names_document(x)), None)
    words = [c for s in subjects for c in tree.children(s.index, "compound", "nmod")]
    head = tree.word(w.head)
    if head is not None and w.deprel.startswith("acl") and w.text.lower().endswith("ing"):
        words.append(head)  # "with polls showing/acl her lead gone", "a new poll showing ..."
    return found or next((x for x in words if documentary(x)), None)


def surface_evidence_subject(tree: Tree, w: Word) -> list[Word]:
    """The document phrase that is the subject of an evidence verb ("show", "find") the parser gave no
    document subject: "The latest polling in Harlow shows/root Okafor ahead" (the parse hangs
    "polling" elsewhere); empty otherwise. The source stage takes it whole."""
    if verb_lemma(w) not in evidence_verbs() or is_passive(tree, w):
        return []
    subjects = _subjects(tree, w)
    return [] if _parsed_document(tree, w, subjects) is not None else _evidence(tree, w, subjects)[0]


@cache
def evidence_verbs() -> frozenset[str]:
    """Verbs a document can be the subject of ("evidence" in reporting_verbs.txt: show, find, ...)."""
    return frozenset(
        lemma for lemma, row in verbs().items() if "evidence" in (*row, "", "", "")[2].split(",")
    )


def _subjects(tree: Tree, w: Word) -> list[Word]:
    """The verb's subjects as parsed, and a reduced relative's ("New polls released Sunday showed")."""
    subjects = [s for s in (nearest_subject(tree, w), *tree.children(w.index, "nsubj")) if s is not None]
    return subjects + _reduced_relative_subjects(tree, w)


def _evidence(tree: Tree, w: Word, subjects: list[Word]) -> tuple[list[Word], Word | None]:
    """The document phrase written right before a verb the parser gave no subject ("The latest
    polling/advcl shows Okafor ahead", "as polls/obl show Ruiz gaining") or only ``subjects`` inside
    that phrase ("Exit polls taken in Harlow/nsubj found", a subject inside a prepositional phrase after
    the document), with its head: the phrase is the verb's subject. ([], None) otherwise."""
    if any(m.text.lower() == "to" for m in tree.children(w.index, "mark")):
        return [], None
    phrase, head = _document_phrase(tree, w)
    if head is None:
        return [], None
    for x in subjects:
        between = [y for y in phrase if head.index < y.index < x.index]
        linked = any(y.upos == "ADP" for y in between) or x.text.lower() in lexicon.words("time_words.txt")
        if not (x in phrase and linked):  # "Exit polls taken in Harlow/nsubj", "A poll this month/nsubj"
            return [], None  # "New polls released photos/nsubj showed": the noun is a subject of its own
    return phrase, head


def _reduced_relative_subjects(tree: Tree, w: Word) -> list[Word]:
    """ "New polls released/root Sunday/nsubj showed/ccomp Okafor leading": the parser read the
    participle of a reduced relative as the main verb and the date as the reporting verb's subject;
    the participle's subject is the verb's when only a time adjunct stands between them."""
    head = tree.word(w.head)
    if w.deprel != "ccomp" or head is None or head.upos != "VERB" or not 0 < w.index - head.index <= 5:
        return []
    if (head.xpos or "") not in ("VBN", "VBD") or tree.children(w.index, "mark"):
        return []
    between = [x for x in tree.words if head.index < x.index < w.index]
    times = lexicon.words("time_words.txt")
    if not all(x.text.lower() in times or x.upos in {"DET", "ADP", "NUM", "ADV", "ADJ"} for x in between):
        return []
    return [x for x in tree.children(head.index, "nsubj") if x.index < head.index]


def document_phrase_before(tree: Tree, w: Word) -> Word | None:
    """The document noun heading the phrase written right before ``w`` (``document_phrase``)."""
    return _document_phrase(tree, w)[1]


def document_phrase(tree: Tree, w: Word) -> list[Word]:
    """The phrase written right before ``w``, back to the sentence start, a punctuation mark, a
    conjunction or a pronoun, when a document noun heads it and no verb form but a participle is in
    it: "Port records compiled by the Harbor Institute show", "as the latest polling in Harbor County
    shows"; empty otherwise."""
    return _document_phrase(tree, w)[0]


def _document_phrase(tree: Tree, w: Word) -> tuple[list[Word], Word | None]:
    """``document_phrase`` and its head, the document noun; ([], None) when there is none."""
    before = tree.prev(w)
    if before is None or before.upos == "ADP":  # "adept at finding": a gerund has no subject of its own
        return [], None
    phrase: list[Word] = []
    for x in reversed([x for x in tree.words if x.index < w.index]):
        low = x.text.lower()
        if _joiner(tree, x):  # "a Ledger/Harbor poll", "campaign-finance reports"
            phrase.insert(0, x)
            continue
        if x.text in _PHRASE_ENDS or x.upos in {"SCONJ", "CCONJ", "PRON"} or x.deprel == "mark":
            break
        if low in lexicon.words("subordinators.txt") or (low == "with" and w.text.endswith("ing")):
            break  # "after/ADP leaked memos showed", "with polls showing her ahead"
        # a participle modifies ("records kept by the port office"); a finite verb ends it
        if (
            x.upos in {"VERB", "AUX"}
            and (x.xpos or "") not in ("VBN", "VBG")
            and not x.deprel.startswith("acl")
        ):
            return [], None
        phrase.insert(0, x)
    while phrase and phrase[-1].upos == "ADV":  # "a poll released Monday actually showed"
        phrase.pop()
    for k in range(len(phrase) - 1, -1, -1):  # "hosts who doubted/acl:relcl the polls showing": not it
        if phrase[k].deprel == "acl:relcl":
            phrase = phrase[k + 1 :]
            break
    head = _phrase_head(tree, phrase)
    return (phrase, head) if head is not None and names_document(head) else ([], None)


def _joiner(tree: Tree, x: Word) -> bool:
    """A slash or ampersand between names, or a hyphen inside a word ("campaign-finance"), not a dash
    set off by spaces."""
    if x.text in _JOINERS:
        return True
    before, after = tree.prev(x), tree.next(x)
    return (
        x.text == "-"
        and before is not None
        and after is not None
        and before.end == x.start
        and x.end == after.start
    )


def _phrase_head(tree: Tree, phrase: list[Word]) -> Word | None:
    """The last word of the phrase's first run of nouns ("Port Authority records compiled by ...")."""
    run: list[Word] = []
    for x in phrase:
        if x.upos in {"NOUN", "PROPN"} or names_document(x) or (run and _joiner(tree, x)):
            run.append(x)  # "Exit polling/VERB" is a noun here
        elif run:
            break
    while run and _joiner(tree, run[-1]):
        run.pop()
    return run[-1] if run else None


_JOINERS = frozenset({"/", "&"})
_PHRASE_ENDS = frozenset(',;:()—–-"“”')
