"""The attributed content of a reporting verb: the reported clause, the clause before ", X said",
the whole sentence around a parenthetical "A, X said, B", the main clause after "As X reported,", the
subject of a passive with its agent, the rest after a colon, or the verb's object ("denied reports of ...",
"called for a review", "accused him of lying").

Used by ``auditor.sources``; the parse is weak, so a that-clause found on the surface backs the ccomp,
and the shapes the parser gets wrong (a clause cut in pieces, a participle on the wrong word) are
recognised by ``auditor.content_repair``.
The writer's own words stay out: an opening phrase without a finite verb, an anonymity aside between the
source and the verb, a contrast after ";" or ", while", a new predicate ("..., and reminded ...").
"""

from __future__ import annotations

from auditor import lexicon
from auditor.content_repair import (
    CALL_PARTICLES,
    CASES,
    PARTICLES,
    SAY_LIKE,
    STANCE_CASES,
    bare_comment,
    clause_to_comma,
    closing_report,
    hearer_clause,
    in_title,
    inside_name,
    joined_clauses,
    next_paragraph,
    occasion_opening,
    opening_participle_clause,
    partial_quote_clause,
    particle_phrase,
    passive_subject_words,
    report_on_main_verb,
    split_clause_predicate,
    that_opens_clause,
    without_hearer_tail,
)
from auditor.cue_content import ends_clause, has_object, short_tail
from auditor.cue_rules import after_date
from auditor.cues import complementizer, verb_kind, verb_lemma
from auditor.models import ParsedArticle, Sentence, Span, Word
from auditor.source_phrase import date_phrase, is_relative, only_time
from auditor.source_surface import speech_adjunct_start
from auditor.subject_repair import parenthetical, relative_antecedent
from auditor.syntax import (
    DASH_WORDS,
    FINITE_XPOS,
    QUOTE_MARKS,
    Tree,
    agent,
    comma_before,
    finite_verb,
    reduced_passive,
)

# Words that open the writer's aside after a comma in a reported clause (see ``_trim_tail``)
ASIDE_OPENERS = frozenset({"while", "whereas"})
# Tags of the words that may stand between a verb and its "that": hearer, time, place
_HEARER_TAGS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADV", "ADP", "NUM", "ADJ", "PUNCT"})
# Prepositions whose phrase, right after the object, still belongs to it ("attacks from X", "the tumble in Y")
PHRASE_CASES = ("of", "for", "from", "over", "about", "against", "as", "to", "with", "in")


def _inside_after(mark: str, quoted: bool) -> bool:
    """Whether the words after quotation mark ``mark`` are quoted: a curly mark says which side it is,
    a straight one ('"', "''", "``") toggles."""
    return mark == "“" or (mark != "”" and not quoted)


def strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\n,;:—–":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:—–":
        end -= 1
    return Span(start=start, end=end) if end > start else None


def content_for_verb(
    parsed: ParsedArticle, s: Sentence, tree: Tree, verb: Word, source: list[Word]
) -> Span | None:
    """The reported clause: ccomp or that-clause, the clause before ", X said", a colon's rest, the object."""
    text = parsed.article.text
    src = {w.index for w in source}
    end_of_sentence = s.end - tail(text, s)
    that_word = None
    quoted = False
    by = agent(tree, verb)
    for k in range(1, 15):  # "said that", "told reporters that", "said in her memoir, “Title,” that"
        w = tree.word(verb.index + k)
        if w is not None and by is not None and w.index in src:
            continue  # "was asked by the moderator whether": past the asker
        if w is None or w.index in src:
            break
        if w.text in QUOTE_MARKS:
            quoted = _inside_after(w.text, quoted)
            continue
        if not quoted and (complementizer(tree, w) or that_opens_clause(tree, w, k)):
            that_word = w
            break
        # the hearer and when or where may stand before "that": "told The Post and Courier of
        # Charleston on Saturday that", "told a crowded/VBN hall that"
        prev_word = tree.word(w.index - 1)
        modifier = w.xpos == "VBN" and k > 1 and prev_word is not None and prev_word.upos == "DET"
        possessive = w.xpos == "POS"  # "told ABC’s “This Week” that", "argued during Saturday’s debate that"
        hearer_word = modifier or possessive or inside_name(tree, w) or w.upos in _HEARER_TAGS
        if not quoted and not hearer_word:
            break
    opening = opening_participle_clause(tree, verb)
    if not opening and relative_antecedent(tree, verb):
        opening = clause_to_comma(tree, verb)  # "The mayor, who said she was tired, said …"
    if opening:  # "Noting he had won, Smith said …"
        return strip_span(text, opening[0].start, opening[-1].end)
    first = min([verb.start] + [w.start for w in source])
    before_source = [w for w in tree.words if w.end <= first]
    if source and source[-1].index < verb.index and parenthetical(tree, verb, source):
        lead = [w for w in before_source if w.upos != "PUNCT"]
        if len(lead) >= 2:  # "The old pier, Okafor said, had been closed for years ...": the whole sentence
            return strip_span(text, s.start, end_of_sentence)
    inverted = bool(source) and source[0].index == verb.index + 1 and _inverted_aside(tree, verb, source)
    if inverted and len([w for w in before_source if w.upos != "PUNCT"]) >= 2:
        return strip_span(text, s.start, end_of_sentence)  # "The contrast, said Doyle, is clear": all of it
    as_mark = next((m for m in tree.children(verb.index, "mark") if m.lemma.lower() == "as"), None)
    if as_mark is not None and as_mark.index > 1 and reduced_passive(verb) and by is not None:
        return strip_span(text, s.start, as_mark.start)  # "The plan failed, as reported by the Times"
    as_word = tree.word(source[0].index - 1) if source and source[0].index < verb.index else None
    if (
        as_word is not None
        and as_word.lemma.lower() == "as"
        and as_word.index > 4  # at least three words and the comma before "as"
        and comma_before(tree, as_word)
        and bare_comment(tree, verb)
    ):
        # "The council met in secret, as the Ledger reported": the parser may hang "as" on the source
        return strip_span(text, s.start, as_word.start - 1)
    passive_subject = passive_subject_words(tree, verb, src)
    if passive_subject is not None:  # "The closure was first reported by the Ledger": what was reported
        return strip_span(text, passive_subject[0].start, passive_subject[-1].end)
    main = None if that_word is not None else _main_clause_after(tree, verb, src)
    if main is not None:  # "As the Post reported, the inspector issued subpoenas"
        return _trim_tail(tree, text, strip_span(text, main.start, end_of_sentence))
    ccomps = tree.children(verb.index, "ccomp")
    # the clause after the verb first: one between the source and the verb is an aside ("Officials, who
    # spoke on condition of anonymity because they were not authorized, said ...")
    ccomp = next((c for c in ccomps if c.index > verb.index), ccomps[0] if ccomps else None)
    if ccomp is not None:
        sub = tree.subtree(ccomp.index)
        # a clause before the verb is its content only when it runs up to the source ("X, she said");
        # "Pressed by reporters, X said ..." is a misparsed adverbial, not what was said
        fronted = ccomp.index < verb.index and (
            max(w.end for w in sub) > first
            or text[max(w.end for w in sub) : first].strip(" ,\"“”'’")
            # "Asked whether the talks would resume, the minister said no": the question put to the
            # source, not what it said
            or occasion_opening(before_source)
        )
        if ccomp.index > verb.index:
            ahead = bool(source) and source[-1].index < verb.index
            sub = without_hearer_tail(tree, verb, ccomp, joined_clauses(tree, verb, ccomp, sub, ahead))
        if not src & {w.index for w in sub} and verb.index not in {w.index for w in sub} and not fronted:
            start = min(w.start for w in sub)
            if ccomp.index < verb.index and report_on_main_verb(tree, verb):  # "<clause>, the documents say"
                start = s.start
            lost = [c for c in tree.children(verb.index, "nsubj") if c.index not in src and c.end <= start]
            if ccomp.index < verb.index and lost:  # "The Department/nsubj is investigating, officials said"
                start = min(w.start for w in tree.subtree(lost[0].index))
            if that_word is not None and ccomp.index > verb.index:
                start = min(start, that_word.start)
            return _trim_tail(tree, text, strip_span(text, start, max(w.end for w in sub)))
    if that_word is not None:
        return _trim_tail(tree, text, strip_span(text, that_word.start, end_of_sentence))
    # a stance ("praised X for Y", "referring to X") is about its object, not a neighbouring clause
    stance = verb_kind(verb) == "stance_verb"
    before = text[s.start : first].rstrip()
    # 'The failure was “heartbreaking,” she said': the clause's comma inside a closing quotation mark
    closed = partial_quote_clause(before) if (verb.xpos or "") in FINITE_XPOS else None
    if closed is not None and not any(c in text[verb.end : end_of_sentence] for c in '“"‘'):
        before = closed
    rest = [w for w in tree.words if w.index > verb.index and w.index not in src and w.upos != "PUNCT"]
    trailing = short_tail(tree, verb, rest)
    if (
        before.endswith(",")
        and len(before.split()) >= 3
        and trailing
        and not stance
        and (_clause_like(before_source) or in_title(parsed, s) or closing_report(before_source, rest))
        and not occasion_opening(before_source)
        and not has_object(tree, verb)  # "While X, the two countries have signaled increasing cooperation"
    ):  # "X, the source added."
        return strip_span(text, s.start, s.start + len(before) - 1)
    after = text[verb.end : s.end]
    if after.lstrip(" ,").startswith(":"):
        colon = verb.end + after.index(":") + 1
        # "Alvarez wrote:" ending its paragraph: what follows is the next paragraph
        return strip_span(text, colon, end_of_sentence) or next_paragraph(parsed, s, colon)
    answer = tree.word(verb.index + 1)
    if answer is not None and answer.text.lower() in ("yes", "no", "so") and ends_clause(tree, answer):
        return Span(start=answer.start, end=answer.end)  # "Everyone but Hewlett said yes.", "thinks so"
    if verb.lemma.lower() == "tell" or verb_lemma(verb) == "tell":
        # the object of "tell" is the hearer: only "told residents not to drink it" carries content, or a
        # clause without "that" the parser hung on the hearer ("telling his aides he/nsubj planned/acl:relcl")
        xcomp = next((w for w in tree.children(verb.index, "xcomp") if w.index > verb.index), None)
        if xcomp is None:
            clause = hearer_clause(tree, verb)
            return (
                _trim_tail(tree, text, strip_span(text, clause[0].start, clause[-1].end)) if clause else None
            )
        words = [w for w in tree.words if verb.index < w.index and w.index not in src]
        end = max(w.end for w in tree.subtree(xcomp.index))
        return strip_span(text, words[0].start, end) if words else None
    objs = [
        w
        for w in tree.children(verb.index, "obj", "xcomp")
        if w.index > verb.index and w.index not in src and not date_phrase(tree.subtree(w.index))
    ]  # "reported Reyes's decision earlier Sunday/obj": a date is no second object
    head = tree.word(verb.head)
    if not objs and verb.deprel == "amod" and head is not None and head.index > verb.index:
        # "expressed/amod belief/head in the claim": the parser made the verb its object's adjective
        objs = [head]
    cases = STANCE_CASES if stance else CASES
    dated = after_date(tree, verb)  # the word after the verb, past a date ("called Wednesday for X")
    objs += [
        o
        for o in tree.children(verb.index, "obl", "advcl")
        if o.index > verb.index
        and any(
            c.lemma.lower() in cases or particle_phrase(tree, verb, o, c, dated)
            for c in tree.children(o.index, "case", "mark")
        )
    ]  # "warned of X", "accused him of grabbing her", "praised her for translating", "called for X"
    if objs:
        objs += _adjacent_phrases(tree, verb, objs, src)
        predicate = split_clause_predicate(tree, verb, objs)
        objs += predicate
        words = [
            w for o in objs for w in tree.subtree(o.index) if w.index not in src and w.index > verb.index
        ]
        # the call's preposition past a date, and the date before it, are not what was said
        cut = dated.index if dated is not None and dated.lemma.lower() in CALL_PARTICLES else 0
        words = [
            w
            for w in words
            if not (w.index == verb.index + 1 and w.lemma.lower() in PARTICLES - {"to"})
            and w.index > cut
            and not (w.upos == "PUNCT" and w.text in ".!?")  # a full stop the parser hung on a conjunct
        ]
        # empty when the object's whole subtree is the source itself (a parse loop on weak parses)
        if words and not only_time(words):  # "announced earlier Friday" reports nothing
            span = strip_span(text, min(w.start for w in words), max(w.end for w in words))
            if not predicate or span is None:
                return _object_end(tree, text, span)
            # a clause's subject and predicate: an aside between them ("the plan, which …, would
            # cost more") is part of what was said; the writer's participle after the predicate is not
            ended = _object_end(tree, text, strip_span(text, min(p.start for p in predicate), span.end))
            return Span(start=span.start, end=ended.end) if ended is not None else span
    times = lexicon.words("time_words.txt")
    clause_like = rest and rest[0].upos not in {"ADP", "ADV"} and rest[0].text.lower() not in times
    if (
        not trailing
        and verb_lemma(verb) in SAY_LIKE
        and clause_like
        and any(w.upos in {"VERB", "AUX"} for w in rest)
    ):
        # "said the partnership ... has evolved": a complement clause without "that"
        return _trim_tail(tree, text, strip_span(text, rest[0].start, end_of_sentence))
    if verb.upos not in ("VERB", "AUX") and rest:
        # a verb the tagger called a noun ("Ruiz Calls for Bridge Inquiry") has no clause or object
        # in the parse: what follows it is what was said, after its particle
        first_word = rest[1] if rest[0].lemma.lower() in PARTICLES | {"out"} and len(rest) > 1 else rest[0]
        return _trim_tail(tree, text, strip_span(text, first_word.start, end_of_sentence))
    return None


def _inverted_aside(tree: Tree, verb: Word, source: list[Word]) -> bool:
    """'A, said X, B': a comma before the verb, the source right after it, then a comma and more words."""
    before, after = tree.word(verb.index - 1), tree.word(source[-1].index + 1)
    if before is None or before.text != "," or after is None or after.text != ",":
        return False
    nxt = tree.word(after.index + 1)
    # not "…, said Ms. Gil, with games of …" or "…, said X, on Monday": the speaker's adjunct ends it;
    # nor "…, said X, who notes that …": a relative clause is about the speaker (an attribution of its own)
    relative = nxt is not None and is_relative(nxt) and nxt.text.lower() != "that"
    return nxt is not None and nxt.upos not in {"PUNCT", "ADP"} and not relative


def _object_end(tree: Tree, text: str, span: Span | None) -> Span | None:
    """An object as content ends before the writer's relative clause or participle after a comma ("ordered
    a review of the program, which allows ...", "mocked X, noting that ...") or a new predicate ("denounced X
    and warned of Y"). Lists and appositions after a comma stay: they are often part of the object."""
    if span is None:
        return None
    words = [w for w in tree.words if span.start <= w.start and w.end <= span.end]
    event = speech_adjunct_start(tree, words[-1].index) if words else 0
    if words and words[0].index < event < words[-1].index:
        # "denied the charges in a statement", "defended Cruz in an interview with The Post": how the
        # source spoke, not what it said
        opener = tree.word(event)
        span = (strip_span(text, span.start, opener.start) if opener is not None else None) or span
        words = [w for w in words if w.index < event]
    quoted = False
    for k, w in enumerate(words[:-1]):
        if w.text in QUOTE_MARKS:
            quoted = _inside_after(w.text, quoted)
            continue
        nxt = words[k + 1]
        new_predicate = w.lemma.lower() in ("and", "while") and nxt.upos == "VERB" and finite_verb(nxt)
        participle = (nxt.xpos or "") == "VBG" and nxt.lemma.lower() not in ("include", "accord")
        aside = w.text == "," and (nxt.lemma.lower() in ("which", "who", "where") or participle)
        if not quoted and k >= 1 and (aside or new_predicate):
            return strip_span(text, span.start, w.start)
    return span


def _main_clause_after(tree: Tree, verb: Word, src: set[int]) -> Word | None:
    """'As the Post reported, CLAUSE' / 'The Post previously reported, CLAUSE': the first word of the
    clause after the comma that closes the reporting clause, when that clause has a finite verb."""
    marks = [m for m in tree.children(verb.index, "mark") if m.lemma.lower() == "as" and m.index < verb.index]
    k = verb.index + 1
    while (w := tree.word(k)) is not None and w.text != "," and k - verb.index <= 4:
        blocking = w.upos in {"VERB", "AUX", "SCONJ", "PUNCT"} or (
            w.index not in src and w.upos in {"NOUN", "PRON"}
        )
        if blocking and not marks:
            return None
        k += 1
    comma = tree.word(k)
    if comma is None or comma.text != "," or (not marks and verb.index + 1 != comma.index):
        return None
    rest = [w for w in tree.words if w.index > comma.index]
    if (
        not rest
        or not any(finite_verb(w) for w in rest)
        or rest[0].upos in {"VERB", "SCONJ", "CCONJ", "ADP", "ADV"}
    ):
        return None
    return rest[0]


def _trim_tail(tree: Tree, text: str, span: Span | None) -> Span | None:
    """End a reported clause before the writer's own continuation: a contrast after a comma (", while
    ..."), a new predicate of the reporting subject (", and reminded ..."), or a semicolon. Relative
    clauses and participles after a comma are often still what was said and stay; nothing inside quotation
    marks is cut."""
    if span is None:
        return None
    words = [w for w in tree.words if span.start <= w.start and w.end <= span.end]
    quoted = False
    for k, w in enumerate(words[:-1]):
        if w.text in QUOTE_MARKS:
            quoted = _inside_after(w.text, quoted)
            continue
        if quoted or k < 3 or w.text not in (",", ";", *DASH_WORDS):
            continue
        if w.text in DASH_WORDS and any(x.text in DASH_WORDS for x in words[k + 1 :]):
            continue  # "limited the debates - and hidden them on weekends - to protect her": an aside
        nxt, after = words[k + 1], words[k + 2] if k + 2 < len(words) else None
        low = nxt.lemma.lower()
        cut = w.text == ";" or low in ASIDE_OPENERS
        if low in ("and", "but") and after is not None:
            cut = after.upos == "VERB" and (after.xpos or "") in {"VBD", "VBZ", "VBP", "VBG"}
        if cut:
            return strip_span(text, span.start, w.start)
    return span


def _adjacent_phrases(tree: Tree, verb: Word, objs: list[Word], src: set[int]) -> list[Word]:
    """Prepositional phrases the parser hung on the verb that run on from its object without a comma
    ("blamed the drop / in ferry fares", "rejected attacks / from Tom Okafor"); not times or places."""
    times = lexicon.words("time_words.txt")
    out: list[Word] = []
    end = max(w.index for o in objs for w in tree.subtree(o.index))
    for o in sorted(tree.children(verb.index, "obl", "nmod"), key=lambda w: w.index):
        sub = tree.subtree(o.index)
        if o in objs or min(w.index for w in sub) != end + 1 or src & {w.index for w in sub}:
            continue
        case = [c.lemma.lower() for c in tree.children(o.index, "case")]
        if not case or case[0] not in PHRASE_CASES or any(w.text.lower() in times for w in sub):
            break
        out.append(o)
        end = max(w.index for w in sub)
    return out


def _clause_like(words: list[Word]) -> bool:
    """Words that make a clause someone could say: they hold a finite verb ("In all, the storm flooded
    12 basements,"), unlike an opening phrase ("In her speech,", "Asked about it,", "Waving a map ...")."""
    return any(finite_verb(w) for w in words)


def tail(text: str, s: Sentence) -> int:
    n = 0
    while n < s.end - s.start and text[s.end - 1 - n] in ".!?":
        n += 1
    return n
