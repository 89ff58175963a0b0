"""Repairs for reported content where the parser cut or misattached it.

The mini parser often splits one reported clause into pieces ("said she thinks/ccomp the city
is/ccomp safe", "suggested the reports/obj … could be/conj true"), hangs a participle on the wrong
word ("rejected a plan/obj announced/xcomp by") or makes a verb an adjective. Each function here
recognises one such shape on the parse, so that ``auditor.content`` can report what a reader would
call "what was said"; each is a small predicate or word-list builder, tested on its own.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.cue_content import short_tail
from auditor.cue_words import person_like
from auditor.cues import verb_kind, verb_lemma
from auditor.models import ParsedArticle, Sentence, Span, Word
from auditor.source_inversion import RECIPIENT_VERBS
from auditor.source_phrase import is_relative, only_time
from auditor.syntax import QUOTE_MARKS, Tree, agent, contiguous

# Prepositions right after a reporting verb that head its content ("called for", "pointed to")
PARTICLES = frozenset({"for", "to", "about", "on", "upon", "at", "into", "against", "over"})
# ... those that still open the content past a date ("called Wednesday for a recount")
CALL_PARTICLES = frozenset({"for", "on", "upon"})

# Prepositions whose phrase belongs to the reported content: "warned of", "criticized X for Y"
CASES = ("as", "of", "about", "on", "against")
STANCE_CASES = (*CASES, "for", "to", "with")

# Verbs of saying and thinking whose object right before a clause is the clause's subject, never a
# hearer ("said both Okafor and Reyes/obj are/ccomp wrong"), unlike "told/warned Congress the ..."
SAY_LIKE = frozenset(
    {"say", "state", "claim", "allege", "believe", "think", "argue", "insist", "suggest", "add"}
)

_SIBLING_BREAKS = frozenset({"—", "–", "-", "--", ":", "but"})

_OPENERS = frozenset({"when", "while", "after", "before", "once", "if", "though", "although"})


def bare_comment(tree: Tree, verb: Word) -> bool:
    """A verb of saying with nothing of its own to report and little after it ("…, as the Times
    reported on Tuesday"), unlike "as residents accused each other of …" or "as Ruiz did"."""
    if tree.children(verb.index, "obj", "iobj", "ccomp", "xcomp"):
        return False
    if any(  # "as he called for/case safer crossings": a prepositional object is something reported
        c.lemma.lower() in STANCE_CASES
        for o in tree.children(verb.index, "obl")
        for c in tree.children(o.index, "case")
    ):
        return False
    if verb_kind(verb) not in ("speech_verb", "writing_verb"):
        return False
    rest = [w for w in tree.words if w.index > verb.index and w.upos != "PUNCT"]
    # it ends the sentence or the clause before "and"/"but"; mid-sentence ("In the USSR, as Smith
    # reported, the ministers had …") the main clause after it is what was reported
    comma = next((w for w in tree.words if w.index > verb.index and w.text == ","), None)
    after = tree.word(comma.index + 1) if comma is not None else None
    stop = comma.index if comma is not None else len(tree.words) + 1
    if any(w.upos in {"VERB", "AUX"} for w in rest if w.index < stop):
        return False  # "as he explained how hard it is to dredge": a clause of its own
    return short_tail(tree, verb, rest) and (after is None or after.upos == "CCONJ")


def split_clause_predicate(tree: Tree, verb: Word, objs: list[Word]) -> list[Word]:
    """'suggested the reports of casualties could be true': the parser made the subject of a clause
    without "that" the verb's object and its predicate a conjunct of the verb. The predicate comes back
    when it follows the object with an auxiliary or copula and has no subject and no "and" of its own."""
    last = max(o.index for o in objs)
    out = []
    # "hoped the meeting, requested by Sanders, would be/parataxis a moment …": after an aside, too
    for c in tree.children(verb.index, "conj", "parataxis"):
        helpers = [a for a in tree.children(c.index, "aux", "cop", "aux:pass") if a.index < c.index]
        own = tree.children(c.index, "nsubj", "nsubj:pass", "cc", "mark")
        if c.index > last and helpers and not own:
            out.append(c)
    return out


def modified_noun(tree: Tree, verb: Word) -> Word | None:
    """The noun a participle modifies: its head ("a pact/head endorsed/acl by"), or the object before it
    when the parser hung the participle on the verb ("rejected a plan/obj announced/xcomp by")."""
    if verb.deprel == "acl":
        return tree.word(verb.head)
    if verb.deprel == "xcomp":
        return next((o for o in tree.children(verb.head, "obj") if o.index < verb.index), None)
    return None


def reduced_relative(tree: Tree, verb: Word, noun: Word | None) -> bool:
    """A past participle right after the noun phrase it modifies: "a pact endorsed by …"."""
    if noun is None or verb.xpos != "VBN" or noun.index > verb.index:
        return False
    return verb.index - 1 in {w.index for w in tree.subtree(noun.index)}


def joined_clauses(
    tree: Tree, verb: Word, ccomp: Word, sub: list[Word], source_before: bool = False
) -> list[Word]:
    """'emphasized that their relations need/ccomp further development given/ccomp these
    circumstances': the parser cut one clause into sibling clauses of the verb; they are rejoined when
    each starts right after the one before, with no "that" of its own and no dash, colon or "but".
    ``source_before``: the attribution's source stands before the verb (``_clause_subject``)."""
    out = _clause_subject(tree, verb, sub, source_before) + list(sub)
    last = max(w.index for w in out)
    for c in tree.children(verb.index, "ccomp"):
        if c.index <= ccomp.index:
            continue
        more = sorted(tree.subtree(c.index), key=lambda w: w.index)
        # after a dash, a colon or "but" comes the writer's aside or contrast, not more of what was said
        opener = more[0].text.lower() if more[0].upos in {"PUNCT", "CCONJ"} else ""
        if more[0].index != last + 1 or opener in _SIBLING_BREAKS or tree.children(c.index, "mark"):
            break
        out += more
        last = max(w.index for w in more)
    return out + _present_conjunct(tree, verb, last)


def _present_conjunct(tree: Tree, verb: Word, last: int) -> list[Word]:
    """ "The Vatican said the meeting was private and does not constitute an endorsement": a predicate the
    parser joined to a past-tense reporting verb, right after the clause, in the present tense and with no
    subject of its own, continues the reported clause (the reporter's narration stays in the past)."""
    if (verb.xpos or "") != "VBD":
        return []
    for c in tree.children(verb.index, "conj"):
        more = sorted(tree.subtree(c.index), key=lambda w: w.index)
        if more[0].index != last + 1 or more[0].lemma.lower() != "and" or tree.children(c.index, "nsubj"):
            continue
        tensed = [c, *tree.children(c.index, "aux")]
        if any((w.xpos or "") in ("VBZ", "VBP") for w in tensed) and verb_lemma(c) is None:
            return more
    return []


def _clause_subject(tree: Tree, verb: Word, sub: list[Word], source_before: bool = False) -> list[Word]:
    """ "Haldane, a strategist, said the race/nsubj was over/ccomp": a verb whose subject comes before
    it has no second subject after it; that one is the clause's, cut off by the parser. The same when
    the source found before the verb is hung elsewhere ("A senior official, who was not authorized/ccomp
    …, said sources/nsubj in the office were/ccomp …"). So is the object of a verb of saying right
    before the clause ("said both Okafor and Reyes/obj are/ccomp …")."""
    subjects = tree.children(verb.index, "nsubj")
    if not source_before and not any(w.index < verb.index for w in subjects):
        subjects = []
    if verb_lemma(verb) in SAY_LIKE:
        subjects += tree.children(verb.index, "obj")
    first = min(w.index for w in sub)
    inside = {w.index for w in sub}
    opener = tree.word(first)
    if opener is not None and opener.lemma.lower() in ("that", "whether", "if"):
        return []  # "said Monday/obj that …": a phrase before "that" is no part of the clause
    for c in subjects:
        lead = sorted(tree.subtree(c.index), key=lambda w: w.index)
        # an opening quotation mark may stand between: 'says Okafor/obj “has/ccomp a record …”'
        marks = [w for w in tree.words if lead[-1].index < w.index < first]
        if verb.index < lead[0].index and c.index not in inside and all(w.text in QUOTE_MARKS for w in marks):
            return [] if only_time(lead) else lead + marks
    return []


def without_hearer_tail(tree: Tree, verb: Word, ccomp: Word, sub: list[Word]) -> list[Word]:
    """ "told The Harbor/obj Ledger/nsubj she thinks/ccomp …": the clause's first of two subjects,
    right after the verb's object and capitalised, is the rest of the hearer's name."""
    subjects = sorted(tree.children(ccomp.index, "nsubj"), key=lambda w: w.index)
    if len(subjects) < 2:
        return sub
    first = min(w.index for w in sub)
    tail = sorted(tree.subtree(subjects[0].index), key=lambda w: w.index)
    hearer = next((o for o in tree.children(verb.index, "obj", "iobj") if o.index == first - 1), None)
    if hearer is None or tail[0].index != first or not all(w.text[:1].isupper() for w in tail):
        return sub
    drop = {w.index for w in tail}
    return [w for w in sub if w.index not in drop]


def in_title(parsed: ParsedArticle, s: Sentence) -> bool:
    """A headline, written without finite verbs: "North Korea Sending Citizens …, Zelenskyy Says"."""
    segments = parsed.article.segments
    return s.paragraph < len(segments) and segments[s.paragraph].kind == "title"


def occasion_opening(words: list[Word]) -> bool:
    """Words before the source that open with a verb of the occasion ("Asked whether …,", "Pressed on
    …,", "When asked if …,", "Speaking to reporters,"): an adverbial about the source, not what it said."""
    lead = [w for w in words if w.upos != "PUNCT"]
    if lead and lead[0].text.lower() in _OPENERS:
        lead = lead[1:]
    return (
        bool(lead)
        and lead[0].upos == "VERB"
        and lead[0].lemma.lower() in lexicon.words("situation_openers.txt")
    )


def clause_to_comma(tree: Tree, verb: Word) -> list[Word]:
    """The words after ``verb`` up to the next comma, when they hold a finite verb: the clause reported
    by a verb in an opening set off by commas ("Noting he had won, …", "Reyes, who said he votes
    Labour, …"). Empty when no comma follows or no finite verb comes before it."""
    words: list[Word] = []
    for w in tree.words[verb.index :]:
        if w.text == ",":
            break
        words.append(w)
    else:
        return []
    finite = any(w.upos == "AUX" or (w.xpos or "") in {"VBD", "VBZ", "VBP"} for w in words)
    return words if finite and len(words) >= 3 else []


def opening_participle_clause(tree: Tree, verb: Word) -> list[Word]:
    """'Noting (that) he studied engineering, Okafor said …': a participle opening the sentence (after a
    preposition or subordinator, "In explaining why …") reports the clause after it, up to the comma
    that ends the opening, whatever the parser attached it to.
    Empty when the verb does not open the sentence or no finite clause runs to a comma."""
    first = next((w for w in tree.words if w.upos != "PUNCT"), None)
    if first is not None and first.head == verb.index and first.deprel in ("mark", "case"):
        first = tree.word(first.index + 1)  # "In explaining why …,", "By insisting that …,"
    if first is None or first.index != verb.index:
        return []
    # "Asked whether the talks would resume, the minister …": a verb of the occasion opens it too
    if not verb.text.lower().endswith("ing") and verb.lemma.lower() not in lexicon.words(
        "situation_openers.txt"
    ):
        return []
    return clause_to_comma(tree, verb)


def next_paragraph(parsed: ParsedArticle, s: Sentence, colon: int) -> Span | None:
    """'In a post on the council website, Alvarez wrote:' | 'I think the new bridge is a mistake.': a colon
    ending its paragraph introduces the next body paragraph, when nothing but spaces follows it and the
    paragraph is not a quotation (quotations are assigned with their marks)."""
    text = parsed.article.text
    segments = parsed.article.segments
    if s.paragraph >= len(segments) or text[colon : segments[s.paragraph].end].strip():
        return None
    nxt = next((g for g in segments[s.paragraph + 1 :] if g.kind == "body"), None)
    if nxt is None or nxt.text[:1] in "“\"‘'«":
        return None
    return Span(start=nxt.start, end=nxt.end)


def inside_name(tree: Tree, w: Word) -> bool:
    """ "and" between two capitalised names or nouns, as in a name ("The Post and Courier", "the
    Securities/NOUN and Exchange Commission")."""
    prev, nxt = tree.word(w.index - 1), tree.word(w.index + 1)
    return (
        w.text.lower() == "and"
        and prev is not None
        and nxt is not None
        and all(x.upos in ("PROPN", "NOUN") and x.text[:1].isupper() for x in (prev, nxt))
    )


def closing_report(words: list[Word], rest: list[Word]) -> bool:
    """ "The river rose/NOUN on Monday, experts said.": nothing follows the verb and the words before the
    comma open with a subject and hold no verb at all, so the tagger missed theirs: they are what was
    said. An opening phrase ("In her speech,", "Asked about it,"), a date ("The next day,") or a phrase
    with only a participle ("Bridge Repairs Running Over Budget, Mayor Says" in body text) is not."""
    body = [w for w in words if w.upos != "PUNCT"]
    return (
        not rest
        and len(body) >= 3
        and body[0].upos in {"DET", "NOUN", "PROPN", "PRON", "NUM"}
        and not any(w.upos in {"VERB", "AUX"} for w in body)
        and not only_time(body)
    )


#: Tags of the words in a noun phrase (with its prepositional modifiers) before the clause's verb.
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ", "ADV", "PART"})


def that_opens_clause(tree: Tree, w: Word, k: int) -> bool:
    """'told reporters that jobs would return': "that" after the hearer, followed by a subject and a verb,
    opens the reported clause even where the parser read a relative pronoun."""
    if w.lemma.lower() != "that":
        return False
    if k < 2:
        return _that_before_long_subject(tree, w)
    nxt = tree.word(w.index + 1)
    if nxt is not None and nxt.text in QUOTE_MARKS:  # 'told supporters that "we close one chapter"'
        w = nxt
    subject, verb = tree.word(w.index + 1), tree.word(w.index + 2)
    if subject is None or verb is None:
        return False
    # "told CNN that federal/ADJ aid was …", "that three/NUM people died": a modifier before the noun
    modified = subject.upos in {"ADJ", "NUM"} and verb.upos in {"NOUN", "PROPN"}
    if subject.upos not in {"NOUN", "PRON", "PROPN", "DET"} and not modified:
        return False
    if any(x.upos in {"VERB", "AUX"} for x in tree.words if w.index + 1 < x.index <= w.index + 4):
        return True
    # "said this year that cutbacks in the steel and coal sectors alone could lead": a long subject
    run = [x for x in tree.words if w.index < x.index <= w.index + 12]
    first_verb = next((k for k, x in enumerate(run) if x.upos in {"VERB", "AUX"}), None)
    if first_verb is not None and all(x.upos in _NOMINAL for x in run[:first_verb]):
        return True
    # "that the repairs, with new cables, were overdue": an aside set off by commas after the subject
    after = tree.word(w.index + 2)
    if after is None or after.text != ",":
        return False
    close = next((x for x in tree.words if x.index > after.index and x.text == ","), None)
    if close is None or close.index - after.index > 8:
        return False
    return any(x.upos in {"VERB", "AUX"} for x in tree.words if close.index < x.index <= close.index + 3)


def _that_before_long_subject(tree: Tree, w: Word) -> bool:
    """ "arguing that/DET competitive contests in the upcoming states would increase …": "that" right
    after the verb, then a noun phrase and a finite verb with no punctuation between, opens a clause
    the parser cut (not "argued that point for hours", where no verb follows)."""
    nxt = tree.word(w.index + 1)
    if nxt is None or nxt.upos not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
        return False
    for x in tree.words[w.index + 1 : w.index + 10]:
        if x.upos == "PUNCT" or (x.upos == "VERB" and "VerbForm=Fin" not in (x.feats or "")):
            return False
        if x.upos == "AUX" or (x.upos == "VERB" and "VerbForm=Fin" in (x.feats or "")):
            return x.index > w.index + 2
    return False


def report_on_main_verb(tree: Tree, verb: Word) -> bool:
    """ "Witnesses told investigators …, the documents say": the parser hung the report on the main
    clause's verb, and the clause it gave the report is only the last part of what is reported."""
    head = tree.word(verb.head)
    return verb.deprel in ("conj", "parataxis") and head is not None and head.deprel == "root"


# Passives whose subject is the one addressed, not what was said.
_HEARD_PASSIVES = frozenset({"ask", *RECIPIENT_VERBS})


def passive_subject_words(tree: Tree, verb: Word, src: set[int]) -> list[Word] | None:
    """The subject of a passive reporting verb with its agent as source ("X was reported by the Ledger")."""
    subjects = tree.children(verb.index, "nsubj:pass")
    noun = modified_noun(tree, verb)
    if not subjects and reduced_relative(tree, verb, noun):
        # "a defense pact endorsed by the two nations": a reduced relative reports the noun it modifies
        subjects = [noun] if noun is not None else []
    if not subjects or not src or agent(tree, verb) is None:
        return None
    if verb_lemma(verb) in _HEARD_PASSIVES and person_like(subjects[0]):
        return None  # "Ruiz was asked by the moderator whether …": Ruiz heard it ("a story was told": said)
    words = [w for w in tree.subtree(subjects[0].index) if w.index not in src and w.index < verb.index]
    words = contiguous(words, subjects[0].index)
    # "(part) of a pact endorsed by": not the preposition; an opening quotation mark stays
    while words and (words[0].upos in {"ADP", "SCONJ"} or words[0].text in ",;:—–-"):
        words = words[1:]
    return words if words and words[-1].index < verb.index else None


def hearer_clause(tree: Tree, verb: Word) -> list[Word]:
    """The words of a clause with its own subject that the parser hung on the hearer of "tell" as a
    relative clause, right after the hearer ("told his aides he/nsubj planned/acl:relcl to …"); not a
    relative clause with its pronoun ("told the aides who had planned it")."""
    for hearer in tree.children(verb.index, "obj", "iobj"):
        for clause in tree.children(hearer.index, "acl:relcl"):
            subjects = tree.children(clause.index, "nsubj", "nsubj:pass")
            inner = {w.index for w in tree.subtree(clause.index)}
            hearer_end = max(w.index for w in tree.subtree(hearer.index) if w.index not in inner)
            if (
                clause.index > hearer.index
                and subjects
                and subjects[0].index == hearer_end + 1
                and subjects[0].upos in {"PRON", "PROPN", "NOUN", "DET"}
                and not is_relative(subjects[0])
            ):
                return sorted(tree.subtree(clause.index), key=lambda w: w.index)
    return []


def partial_quote_clause(before: str) -> str | None:
    """``before`` without its closing quotation mark when that quotation closes a clause begun before it
    ('The failure was “heartbreaking,”'), else None: not a whole quotation after a lead-in ('… the need
    for drive: “Change it,”') or one after a clause with asides of its own."""
    core = before.rstrip("”\"’'").rstrip()
    if core == before or not core.endswith(","):
        return None
    mark = before[len(core) :].strip()
    opening = {"”": "“", "’": "‘", '"': '"', "'": "'"}[mark[0]] * (2 if mark.startswith("''") else 1)
    lead = core[: core.rfind(opening)].rstrip() if opening in core else ""
    # one plain clause before the quotation: no adjunct or aside set off by a comma ("Details aside, …")
    plain = bool(lead) and not any(c in lead for c in ",:;—–") and not lead.endswith("-")
    return core if plain else None


def particle_phrase(tree: Tree, verb: Word, phrase: Word, case: Word, dated: Word | None) -> bool:
    """'called for X', 'pointed to X', 'talked about X': a preposition right after the verb heads what was
    said, unless its phrase is an adjunct set off before the content ("said in response: ..."); so does
    the preposition of a call past a date, ``dated`` (``cue_rules.after_date``: "called Wednesday for X")."""
    dated_call = dated is not None and case.index == dated.index and case.lemma.lower() in CALL_PARTICLES
    if not (case.index == verb.index + 1 or dated_call) or case.lemma.lower() not in PARTICLES:
        return False
    after = tree.word(max(w.index for w in tree.subtree(phrase.index)) + 1)
    return after is None or after.text not in (",", ":")
