"""Find the source words of a reporting verb (or of the phrase after "according to") in one sentence.

The parse first (agent of a passive, subject, subject of a governing clause), then surface fallbacks
because the mini parser errs: the name or source-noun phrase before the verb, after it in inversions
("said Zelenskyy"), after "according to", or the sentence's opening phrase the parser made its root.
A participle set off by a comma (", saying ...") shares the subject of the clause it hangs on and
never takes the words after it.
"""

from __future__ import annotations

from auditor import lexicon
from auditor.content_repair import opening_participle_clause
from auditor.cue_evidence import surface_evidence_subject
from auditor.cue_verbs import opening_speaker
from auditor.cue_words import person_like
from auditor.cues import verb_lemma
from auditor.models import Word
from auditor.relative_pronouns import part_of, who_stands_for
from auditor.source_after import surface_np_right
from auditor.source_agent import agent_phrase
from auditor.source_description import appositive_subject, is_name_phrase, parenthetical_speaker
from auditor.source_inversion import RECIPIENT_VERBS, inverted_subject, name_right_after, set_off_inversion
from auditor.source_issuer import issuing_verb, participle_noun
from auditor.source_names import (
    head_before_preposition,
    name_before_appositive,
    name_before_coordinated_title,
    name_before_inverted,
    possessor_before,
)
from auditor.source_phrase import (
    demonstrative_phrase,
    head_of,
    is_relative,
    np_from_subtree,
    only_time,
    trim_words,
)
from auditor.source_purpose import PURPOSE_WHY, named, purpose_holder
from auditor.source_root import nominal_root_subject
from auditor.source_surface import (
    adjacent_or_linked,
    count_before,
    left_of_verb,
    relative_antecedent_np,
    speaker_after_quote,
)
from auditor.subject_repair import (
    bare_passive,
    clause_subject_after,
    closing_acl_subject,
    coordinated_head,
    false_conjunct,
    holder_first,
    inverted_order,
    members_link,
    object_controller,
    of_link,
    of_phrase_on_verb,
    parenthetical,
    parenthetical_tail,
    participle_on_verb,
    quoted_as,
    relative_antecedent,
    relative_opening,
    restrictive_relative_subject,
    share_link,
)
from auditor.syntax import (
    CLOSING_QUOTES,
    COMMA_CLOSE,
    MISHUNG_RELATIVE,
    QUOTE_MARKS,
    Tree,
    agent,
    as_subject,
    auxiliary_before,
    modifier_before,
    object_before_comma,
    participle_adjunct,
)

#: Why a source is the subject after an opening participle's comma; that phrase is complete as found.
OPENING_SUBJECT = "subject of the clause the participle opens"
CLIMB = ("xcomp", "advcl", "conj", "acl", "ccomp")


def _climbs(word: Word) -> bool:
    """The clause shares its subject with the one it hangs from: one of ``CLIMB``, or a clausal subject
    after its head, which is the parser's name for an infinitive complement there ("Riders are twice
    as likely to say/csubj …")."""
    rel = word.deprel.split(":")[0]
    return bool(word.head) and (rel in CLIMB or (rel == "csubj" and word.index > word.head))


def _climb(tree: Tree, word: Word) -> Word:
    """The clause whose subject ``word`` shares. A conjunct the parser hung inside another verb's reported
    clause ("stated that X are accurate, and expressed concern") belongs to that reporting verb."""
    head = tree.word(word.head) or word
    if word.deprel.split(":")[0] == "conj":
        for anc in [head, *tree.ancestors(head.index)]:
            # not an opening "Asked whether …, Ruiz shook her head and said": whoever asked is not Ruiz
            opener = anc.index == 1 and bare_passive(tree, anc)
            if anc.index < word.index and verb_lemma(anc) and anc.upos in ("VERB", "AUX") and anc is not head:
                return head if opener else anc
    return head


def _subject_np(
    tree: Tree, verb: Word, stop: set[int], text: str, depths: range = range(4)
) -> tuple[list[Word], str]:
    """Source words from the parse of ``verb``: agent, subject, or the subject of a governing clause."""
    current = verb
    for depth in range(depths.stop):
        if depth < depths.start:
            if not _climbs(current):
                break
            if depth == 0 and false_conjunct(tree, current):
                break  # the noun phrase before it is its subject: the surface fallback finds it
            current = _climb(tree, current)
            continue
        quoted = quoted_as(tree, verb, current) if depth == 1 else None
        if quoted is not None:  # "State media quoted the minister as saying …": the minister says it
            words = np_from_subtree(tree, quoted, stop | {w.index for w in tree.subtree(verb.index)}, text)
            if words:
                return trim_words(words, text), "the one quoted as saying it"
        led = object_controller(tree, verb, current) if depth == 1 else None
        if led is not None:  # "The timing led Republicans to say …": Republicans say it
            words = np_from_subtree(tree, led, stop | {w.index for w in tree.subtree(verb.index)}, text)
            if words:
                return trim_words(words, text), f"object of '{current.text}', who is to do the reporting"
        by = agent(tree, current)
        if by is not None:
            return agent_phrase(tree, by, stop, text), "agent of the passive verb"
        subjects = tree.children(current.index, "nsubj", "nsubj:pass")
        if depth == 0 and verb_lemma(current) in RECIPIENT_VERBS:  # "…,” a source told Fox/nsubj News"
            subjects = [w for w in subjects if w.index < current.index]
        if depth == 0 and not subjects:
            subjects = as_subject(tree, current)
        if depth == 0 and inverted_order(tree, current, subjects):
            # "Nor are tolls likely to help, said Ian Petrakis": the clause before the comma is content
            subjects = [w for w in subjects if w.index > current.index]
        elif (
            depth == 0 and len([w for w in subjects if w.index < current.index and w.index not in stop]) >= 2
        ):
            # "Hicks/nsubj, his spokeswoman/nsubj, added that "many/nsubj …": the third is the clause's
            # (not an inversion, whose name follows the verb: '“…,” said Rep. Joseph Crowley/nsubj')
            subjects = [w for w in subjects if w.index < current.index or w.index == current.index + 1]
        if (
            len(subjects) > 2
            and depth == 0
            and all(x.index < current.index and not is_relative(x) for x in subjects)
        ):  # not "the pact, which/nsubj Reyes/nsubj had called": the pronoun is the verb's object
            # "Councillor/nsubj Tom Okafor/nsubj, a Ruiz supporter/nsubj, said": one name cut in three
            first = np_from_subtree(tree, subjects[0], stop | {verb.index}, text)
            last = np_from_subtree(tree, subjects[-1], stop | {verb.index}, text)
            if first and last:
                run = [w for w in tree.words if first[0].index <= w.index <= last[-1].index]
                dated = any(only_time(tree.subtree(x.index)) for x in subjects)  # "…, this month, X said"
                if not dated and not any(w.upos in {"VERB", "AUX"} or w.index in stop for w in run):
                    return trim_words(run, text), "subject of the reporting verb (joined phrases)"
        if len(subjects) == 2 and depth == 0:
            # "Whitlow, the CFO", "Zelenskyy and his backers": apposition or coordination as two subjects
            first = np_from_subtree(tree, subjects[0], stop | {verb.index}, text)
            second = np_from_subtree(tree, subjects[1], stop | {verb.index}, text)
            if first and second:
                gap = [w for w in tree.words if first[-1].index < w.index < second[0].index]
                head1 = head_of(tree, first)
                linked = any(w.upos == "CCONJ" for w in gap) or is_name_phrase(first, head1)
                # "Mr. Petrakis of/nsubj the Harbor Institute/nsubj said", "Aides — including Ruiz/nsubj —"
                if of_link(gap, second) or members_link(gap, second):
                    return first + gap + second, "subject of the reporting verb (one phrase the parse split)"
                if share_link(gap, first):  # "Six/nsubj in 10 voters/nsubj said"
                    return first + gap + second, "subject of the reporting verb (a share of people)"
                # "/": "A USA TODAY/nsubj/Harbor Institute poll/nsubj found"
                if linked and all(w.upos in {"PUNCT", "CCONJ"} or w.text == "/" for w in gap):
                    if parenthetical(tree, verb, second) and not any(w.upos == "CCONJ" for w in gap):
                        # "The old pier, Okafor said, had been ...": the first phrase belongs to the content
                        return second, "subject of the parenthetical reporting verb"
                    # trimmed as one phrase: "Okafor earlier/nsubj Thursday/nsubj" is a name and a time
                    joined = trim_words(first + gap + second, text)
                    return joined, "subject of the reporting verb (two joined phrases)"
        if depth > 0:  # "Rather/nsubj, aides/nsubj close to her say": not the opening word
            subjects = holder_first(tree, subjects, current)
        for subj in subjects:
            if subj.index in stop or (subj.lemma.lower() in ("it", "there") and current is not verb):
                continue
            if object_before_comma(tree, subj, current):
                continue  # "Okafor disputed those figures/nsubj, saying …": the object, not the subject
            if subj.text.lower() in lexicon.words("verb_only_forms.txt"):
                continue  # "Ruiz Says/NOUN She Never Promised": the headline's own verb, not a subject
            name = name_right_after(tree, verb, stop) if depth == 0 and subj.index > verb.index + 1 else []
            if name and subj.index not in {w.index for w in name}:  # '“…,” says Lena Brewster, 21, ...'
                return name, "name right after the verb (inversion)"
            if is_relative(subj) and any(
                not is_relative(o) and subj.index < o.index < current.index for o in subjects
            ):
                continue  # "Lindale, which/nsubj he/nsubj describes as": the pronoun is the object
            if is_relative(subj) and current.deprel.startswith("acl"):
                governor = tree.word(current.head)
                antecedent = None if governor is None else who_stands_for(tree, governor, subj)
                while antecedent is not None and (up := part_of(tree, antecedent)) is not None:
                    antecedent = up  # "two members of the council who attended": the members attended
                if antecedent is not None:
                    words = np_from_subtree(
                        tree, antecedent, stop | {w.index for w in tree.subtree(current.index)}, text
                    )
                    return words, "antecedent of the relative pronoun subject"
                continue
            if is_relative(subj):
                # the parser hung the relative clause on the main verb ("held up a sign, which/nsubj
                # read/conj"): the phrase before the pronoun, not the main verb's subject
                hung = current is verb and current.deprel in MISHUNG_RELATIVE
                one = hung and subj.lemma.lower() in ("which", "that") and len(subjects) == 1
                if one and (before := [w for w in relative_antecedent_np(tree, subj) if w.index not in stop]):
                    return trim_words(before, text), "antecedent of the relative pronoun subject"
                continue  # a bare "which"/"who" is no source; the surface fallback looks for the noun
            words = np_from_subtree(tree, subj, stop | {verb.index}, text)
            words = demonstrative_phrase(tree, words, verb, stop)  # "those surveyed/root say"
            words += of_phrase_on_verb(tree, words, current, stop)  # "One/nsubj of them/obl said"
            words += participle_on_verb(tree, words, current, stop)  # "tenants donating/ccomp to Ruiz said"
            if only_time(words):
                continue  # "said Friday": the parser took the date for the subject
            if words and clause_subject_after(tree, verb, words):
                continue  # "say the deal is off": the subject of the reported clause, not an inversion
            if words and depth == 0 and not adjacent_or_linked(tree, words, verb, text):
                continue  # a subject far from its verb is a parse error ("Earlier this year, X reported")
            if depth == 0 and (tail := parenthetical_tail(tree, verb, words)):
                return tail, "subject of the parenthetical reporting verb"
            if words:
                why = "subject of the reporting verb" if depth == 0 else "subject of the governing clause"
                return words, why
        if depth == 0 and not subjects and (noun := closing_acl_subject(tree, current)) is not None:
            words = np_from_subtree(tree, noun, stop | {w.index for w in tree.subtree(current.index)}, text)
            return trim_words(words, text), "subject of the reporting verb (which the parser hung on it)"
        found = participle_noun(tree, current) if depth == 0 else None
        if found is not None:  # "a statement saying …" (the statement), "Ruiz released a statement saying"
            noun, why = found
            words = np_from_subtree(tree, noun, stop | {w.index for w in tree.subtree(current.index)}, text)
            return words, why
        if not _climbs(current):
            break
        current = _climb(tree, current)
    return [], ""


#: Clauses that are part of a larger one: a participle after them belongs to the clause they sit in
#: ("Starr said the case reminds/ccomp him, explaining", "proposed a ban on Muslims entering/acl, citing")
_EMBEDDED = ("ccomp", "acl", "acl:relcl", "xcomp")


def _governing_subject(tree: Tree, verb: Word, stop: set[int], text: str) -> tuple[list[Word], str]:
    """The source of the clause a participle adjunct belongs to, through any attachment the parser chose
    ("a clip from a campaign rally, saying": the participle hangs on "rally", the clause on "appears"): the
    nearest clause before it with a subject, or the one that clause is embedded in (``_EMBEDDED``)."""
    found: list[Word] = []
    for anc in tree.ancestors(verb.index):
        predicate = anc.upos in {"VERB", "AUX"} or bool(tree.children(anc.index, "nsubj", "nsubj:pass"))
        if not predicate or anc.index > verb.index:
            continue  # a copular predicate counts: "Whitlow was upfront about it, saying ..."
        marks = sum(w.text in QUOTE_MARKS for w in tree.words if anc.index < w.index < verb.index)
        if marks % 2:  # inside a quotation closed before the participle: "“I won,” Graham said, adding"
            said = [c for c in tree.children(anc.index, "parataxis") if c.index < verb.index]
            if not said:
                continue
            anc = said[-1]  # the report hung on the quotation's verb: Graham said
        words, _ = _subject_np(tree, anc, stop | {verb.index}, text, range(0, 1))
        words = words or appositive_subject(tree, anc, stop | {verb.index}, text)
        if words and words[-1].index < anc.index and len(words) <= 30:
            found = words
            # "apologized after they came out, saying": a participle does not belong to a subordinate clause
            subordinate = any(m.upos == "SCONJ" for m in tree.children(anc.index, "mark"))
            if anc.deprel not in _EMBEDDED and not subordinate:
                break
    if found:
        return found, "subject of the clause the participle belongs to"
    # no clause with a subject above it: the parser made the opening name the root ("Ana Ruiz, chair of
    # the port board, briefed/amod crews …, telling them …")
    root = trim_words([w for w in nominal_root_subject(tree, verb) if w.index not in stop], text)
    if not root or len(root) > 20 or any(w.upos in {"VERB", "AUX"} for w in root):
        return [], ""  # a clause of its own ("… Biden on Monday hit the trail, trashing …"): no name
    return root, "the sentence's opening phrase, which the parser made its root"


def verb_source(tree: Tree, verb: Word, stop: set[int], text: str) -> tuple[list[Word], str]:
    opening = opening_speaker(tree, verb, text, stop)  # the tagger often calls this "Said" a participle
    if opening:
        return opening, "speaker after the verb that opens the sentence"
    if bare_passive(tree, verb) and agent(tree, verb) is None:  # "as asserted by Zelensky" names one
        return [], ""
    document = [w for w in surface_evidence_subject(tree, verb) if w.index not in stop]
    if document:  # "The latest polling in Harlow shows/root Okafor ahead": the parse hung "polling" elsewhere
        return trim_words(document, text), "document phrase before the verb"
    adjunct = participle_adjunct(tree, verb)
    # "Noting …, the mayor": the mayor notes; not "Asked …, the minister": the minister was asked
    opening = opening_participle_clause(tree, verb) if verb.text.lower().endswith("ing") else []
    if opening and not tree.children(verb.index, "nsubj"):
        # "Noting that the vote was close, the mayor called …": the subject after the opening's comma
        subject = []
        for w in surface_np_right(tree, opening[-1].index + 1):
            if w.index in stop or w.upos in {"VERB", "AUX"} or (w.xpos or "").startswith("VB"):
                break  # "Okafor added/VBD": the main verb, however tagged
            subject.append(w)
        if subject and subject[0].upos in {"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"}:
            return trim_words(subject, text), OPENING_SUBJECT
    inverted = set_off_inversion(tree, verb, stop, text)
    if inverted:
        return inverted, "name phrase after the verb (inversion)"
    if (issuer := issuing_verb(tree, verb)) is not None:  # "X issued a statement saying": X's words
        return verb_source(tree, issuer, stop | {verb.index}, text)
    antecedent = [w for w in relative_antecedent(tree, verb) if w.index not in stop]
    if antecedent:
        return trim_words(antecedent, text), "antecedent of the relative pronoun subject"
    # "Dana Whitlow, who ran Reyes's campaign/nsubj, said": a subject inside the clause is none
    opening_comma = next((w.index for w in tree.words if w.text == ","), verb.index)
    subject_before = any(c.index < opening_comma for c in tree.children(verb.index, "nsubj"))
    if relative_opening(tree, verb) and not subject_before:
        # "Reyes, who said he votes Labour, said one candidate …": the name and its relative
        # clause are the subject, whatever the parser made of the words after the verb (mend then
        # drops a relative clause that reports a claim: Reyes's own attribution, not who he is)
        appos = appositive_subject(tree, verb, stop, text)
        if not appos:  # a long clause: "One father, who asked that his name not be used because …, said"
            appos = trim_words([w for w in tree.words if w.index < verb.index and w.index not in stop], text)
        if appos and len(appos) <= 30:
            return appos, "name with its relative clause before the verb"
    opening = [w for w in restrictive_relative_subject(tree, verb) if w.index not in stop]
    if opening:  # "A board member who spoke … made public/nsubj said": not the clause's last word
        return trim_words(opening, text), "noun with its relative clause before the verb"
    words, why = _subject_np(tree, verb, stop, text, range(0, 1))
    if words and not any(w.index in stop for w in words) and len(words) <= 30:
        words = possessor_before(tree, name_before_inverted(tree, verb, words, stop), stop)
        words = head_before_preposition(tree, count_before(tree, words), stop)
        return name_before_appositive(tree, name_before_coordinated_title(tree, words, stop), stop), why
    shared = coordinated_head(tree, verb)
    if shared is not None:  # "X discarded the denial and expressed/amod belief/conj ...": X
        words, _ = verb_source(tree, shared, stop | {verb.index}, text)
        if words:
            return words, f"subject of '{shared.text}', the verb it is coordinated with"
    before = text[tree.sentence.start : verb.start].rstrip()
    if before.endswith(COMMA_CLOSE) and not adjunct:
        appos = appositive_subject(tree, verb, stop, text)
        if appos:  # "Dana Whitlow, who runs the tenants' union, says the repairs ...": not an inversion
            return appos, "name with apposition before the verb"
        right = inverted_subject(tree, verb, stop)
        if right:
            return right, "name phrase after the verb (inversion)"
    aux = auxiliary_before(tree, verb) or modifier_before(tree, verb)
    if aux is not None:  # "X have all accused/amod Y", "X have long/ADJ maintained": the subject's head
        words, why = _subject_np(tree, aux, stop, text, range(0, 1))
        if words:
            word = "adverb" if aux.upos in ("ADJ", "ADV") else "auxiliary"
            return words, f"subject of the {word} before the verb"
    appos = [] if adjunct else appositive_subject(tree, verb, stop, text)
    if appos:
        return appos, "name with apposition before the verb"
    words, why = _subject_np(tree, verb, stop, text, range(1, 4))
    up = tree.word(verb.head)
    if adjunct and (up is None or quoted_as(tree, verb, up) is None):
        # the clause it belongs to, which the climb above may miss: "Starr said the case reminds him,
        # explaining" is Starr's; "quoted Ruiz as saying" keeps the climb's answer
        governing, because = _governing_subject(tree, verb, stop, text)
        words, why = (governing, because) if governing else (words, why)
    finite = "VerbForm=Fin" in (verb.feats or "")  # not ", citing the attack" / ", saying ..."
    aside = parenthetical_speaker(tree, verb, stop) if finite and not adjunct else []
    if aside and (not words or words[-1].index < aside[0].index):
        # "..., a spokeswoman, Clara Moreno Lindqvist, said on Tuesday": the governing clause's subject
        # belongs to what is reported; the speaker is the phrase set off before the verb
        return name_before_appositive(tree, aside, stop), "phrase set off by commas before the verb"
    if words and not any(w.index in stop for w in words) and len(words) <= 30:
        return words, why
    if adjunct:
        return _governing_subject(tree, verb, stop, text)
    if (held := purpose_holder(tree, verb)) is not None:  # "seized on the vote to demand": who seized demands
        who, gov, role = held
        if role == "nobody":  # the phrase before it ("better ways to put it") is no source
            return [], ""
        own = stop | {w.index for w in tree.subtree(verb.index)}  # not the infinitive's own words
        clause = role == "clause"
        words = _subject_np(tree, who, own, text)[0] if clause else np_from_subtree(tree, who, own, text)
        return (trim_words(words, text), PURPOSE_WHY[role].format(gov.text)) if named(words) else ([], "")
    # Surface: inversion after a quote or comma ("…,” said Zelenskyy), else the phrase before the verb.
    before = text[tree.sentence.start : verb.start].rstrip()
    if before.endswith((",", *CLOSING_QUOTES)) or verb.index == 1:
        right = inverted_subject(tree, verb, stop)
        if right:
            return right, "name phrase after the verb (inversion)"
    speaker = trim_words([w for w in speaker_after_quote(tree, verb) if w.index not in stop], text)
    if speaker:
        return speaker, "phrase between the quotation and the verb"
    words, why = left_of_verb(tree, verb, stop, text)
    first = tree.word(verb.head) if verb.deprel == "conj" and not words else None
    if first is not None and first.upos in {"VERB", "AUX"} and first.index < verb.index:
        # "Ruiz, who was touring/advcl the docks, ignored Okafor but warned/conj crews …": the
        # first verb's subject, found however it was (here the name the parser hung on "touring")
        words, _ = verb_source(tree, first, stop | {verb.index}, text)
        # a name (whatever its tag: "Schilling/VERB"), a pronoun or a person-like noun before any comma;
        # not "those feelings" or "the events", phrases the climb found but nobody who reports
        lead = words[: next((k for k, x in enumerate(words) if x.text == ","), len(words))]
        if not any(x.upos in {"PROPN", "PRON"} or x.text[:1].isupper() or person_like(x) for x in lead):
            words = []
        why = f"subject of '{first.text}', the verb it is coordinated with" if words else ""
    return words, why
