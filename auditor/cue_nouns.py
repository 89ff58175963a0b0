"""Noun and preposition attribution cues and what they attribute: "Ruiz's claim that …", "criticism
from residents", "his promise to cut taxes", "In a new CNN poll, 52 percent …".

A noun is never a cue on its own ("support" is usually not an attribution): it needs one of its frames
from ``auditor/data/cue_nouns.txt`` (a content clause, a quotation, an infinitive or a preposition) and,
for most nouns, a source in the phrase (a possessive or a by/from phrase). "In <a poll>," opening a
sentence is a cue whose source is the poll (its phrase is read by ``auditor.cue_polls``); "To <a person>,"
opening a sentence gives that person's view ("To Whitlow, the repair was overdue"). Used by
``auditor.cues`` (finding) and ``auditor.sources`` (source and content of these cues).
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon
from auditor.cue_content import inside, quote_starting_at
from auditor.cue_polls import INLINE_POLL_RULE, POLL_RULE, inline_poll, opening_phrase, poll_phrase
from auditor.cue_rules import word_cue
from auditor.cue_words import person_like
from auditor.hedges import cue_text_hedges
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Span, Word
from auditor.syntax import POSSESSIVE_MARKS, Tree, contiguous

NOUN_RULE = "reporting noun"
VIEW_RULE = "person opening the sentence"
POSSESSIVE_WORDS = frozenset({"his", "her", "their", "our", "my", "your"})
PREPOSITIONS = frozenset({"of", "for", "to", "on", "about", "against"})
FRAME_WORDS = {
    "that": "a content clause",
    "quote": "a quotation",
    "inf": "an infinitive",
    "back": "the quotation right before it",
}
DEMONSTRATIVES = frozenset({"that", "this", "such"})


@cache
def _nouns() -> dict[str, tuple[tuple[str, ...], bool]]:
    out = {}
    for noun, fields in lexicon.table("cue_nouns.txt").items():
        frames, source = (*fields, "", "any")[:2]
        out[noun] = (tuple(f.strip() for f in frames.split(",") if f.strip()), source.strip() == "source")
    return out


def possessor(tree: Tree, w: Word) -> Word | None:
    """The possessor of a noun: "Ruiz's claim", "his plan", "the councillor's renewed call"."""
    for c in tree.children(w.index, "nmod:poss"):
        if c.text.lower() not in ("its", "whose"):
            return c
    i = w.index - 1  # the parser may hang "Ruiz 's" elsewhere: look left over adjectives
    while (x := tree.word(i)) is not None and i >= w.index - 4:
        if x.text.lower() in POSSESSIVE_WORDS:
            return x
        if x.text in POSSESSIVE_MARKS:
            return tree.word(i - 1)
        if x.upos not in {"ADJ", "ADV"} and x.deprel not in ("amod", "compound"):
            return None
        i -= 1
    return None


def by_phrase(tree: Tree, w: Word) -> Word | None:
    """The noun of a by/from phrase after the cue noun: "criticism from residents", "claims by Ruiz"."""
    for c in tree.children(w.index, "nmod"):
        cases = {x.lemma.lower() for x in tree.children(c.index, "case")}
        if c.index > w.index and cases & {"by", "from"} and c.upos in {"PROPN", "NOUN", "PRON"}:
            return c
    return None


def governing_subject(tree: Tree, w: Word) -> Word | None:
    """A person-like subject of the verb the noun is the object of: "Okafor voiced concern that"."""
    if w.deprel != "obj":
        return None
    verb = tree.word(w.head)
    if verb is None or verb.upos not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in tree.children(verb.index, "nsubj") if c.index < verb.index), None)
    return subj if subj is not None and person_like(subj) else None


def content_clause(tree: Tree, w: Word) -> Word | None:
    """The word opening a content clause of the noun ("that"), not a relative clause ("that he made")."""
    nxt = tree.next(w)
    if nxt is not None and nxt.lemma.lower() == "that" and nxt.upos == "SCONJ":
        return nxt
    for c in tree.children(w.index, "acl", "ccomp"):
        mark = next((m for m in tree.children(c.index, "mark") if m.lemma.lower() == "that"), None)
        if mark is not None and mark.index > w.index and mark.index - w.index <= 3:
            return mark
    return None


def infinitive(tree: Tree, w: Word) -> Word | None:
    """The verb of a to-infinitive right after the noun: "his plan to cut taxes"."""
    nxt, after = tree.next(w), tree.word(w.index + 2)
    if nxt is None or after is None:
        return None
    return (
        after if nxt.text.lower() == "to" and nxt.upos == "PART" and after.upos in {"VERB", "AUX"} else None
    )


_GAP = re.compile(r"\s*[,:]?\s*")


def quote_before(text: str, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]) -> QuoteSpan | None:
    """'“…” That was the message from the chief': the noun is what a demonstrative subject is, and a
    quotation ends right before that subject (only spaces or a paragraph break between)."""
    subj = next((c for c in tree.children(w.index, "nsubj") if c.index < w.index), None)
    if subj is None or subj.lemma.lower() not in DEMONSTRATIVES:
        return None
    if not any(c.lemma.lower() == "be" for c in tree.children(w.index, "cop")):
        return None
    before = [q for q in quotes if q.end <= subj.start and not text[q.end : subj.start].strip()]
    return before[-1] if before else None


def is_quote_before_cue(cue: Cue) -> bool:
    """A noun cue whose content is the quotation before its sentence ("That was the message from X")."""
    return cue.kind == "noun" and FRAME_WORDS["back"] in cue.rule


def quote_after(text: str, w: Word, quotes: tuple[QuoteSpan, ...]) -> QuoteSpan | None:
    """A quotation opening right after the noun (a comma or colon may come between)."""
    # a quotation opens with a mark, so it must start exactly where the spaces and the comma end
    at = _GAP.match(text, w.end)
    return quote_starting_at(quotes, at.end() if at else w.end)


def _frame(
    tree: Tree, w: Word, frames: tuple[str, ...], text: str, quotes: tuple[QuoteSpan, ...]
) -> tuple[str, Word | None] | None:
    """The first of the noun's frames present, with the preposition word for a prepositional frame."""
    nxt = tree.next(w)
    for frame in frames:
        if frame == "that" and content_clause(tree, w) is not None:
            return frame, None
        if frame == "quote" and quote_after(text, w, quotes) is not None:
            return frame, None
        if frame == "inf" and infinitive(tree, w) is not None:
            return frame, None
        # the speaker must be named in a by/from phrase: "That was the message." alone reports nothing
        if frame == "back" and by_phrase(tree, w) is not None and quote_before(text, tree, w, quotes):
            return frame, None
        if frame in PREPOSITIONS and nxt is not None and nxt.upos == "ADP" and nxt.text.lower() == frame:
            return frame, nxt
    return None


def _source_word(tree: Tree, w: Word) -> tuple[Word | None, str]:
    poss = possessor(tree, w)
    if poss is not None:
        return poss, "possessive"
    by = by_phrase(tree, w)
    if by is not None:
        return by, "by/from phrase"
    subj = governing_subject(tree, w)
    if subj is not None:
        return subj, "subject of the verb it is the object of"
    return None, ""


def noun_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """Noun and poll cues of one sentence that overlap no cue already ``taken`` there: a sentence may hold
    a verb cue and a noun cue for different attributions ("X said Ruiz's claim that ... is false")."""
    openers = poll_cues(parsed, s, tree, quotes, taken) + viewpoint_cues(parsed, s, tree, quotes, taken)
    openers += inline_poll_cues(s, tree, quotes, taken + openers)
    return openers + reporting_nouns(parsed, s, tree, quotes, taken + openers)


def reporting_nouns(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """Reporting nouns in one of their frames, not overlapping a cue already found in the sentence."""
    text = parsed.article.text
    table = _nouns()
    taken_heads = {c.head for c in taken if c.sentence == s.index}
    out: list[Cue] = []
    for w in s.words:
        key = w.text.lower() if w.text.lower() in table else w.lemma.lower()
        if w.upos != "NOUN" or key not in table or inside(quotes, w.start, w.end):
            continue
        if w.head in taken_heads and possessor(tree, w) is None and by_phrase(tree, w) is None:
            continue  # "dismissed the allegation that": the verb is the cue; not "said Ruiz's claim that"
        frames, need_source = table[key]
        found = _frame(tree, w, frames, text, quotes)
        if found is None:
            continue
        frame, prep = found
        src, how = _source_word(tree, w)
        if need_source and src is None:
            continue
        end = prep.end if prep is not None else w.end
        if any(c.start < end and w.start < c.end for c in taken + out):
            continue
        said = FRAME_WORDS.get(frame, f"'{frame}' after it")
        out.append(
            Cue(
                start=w.start,
                end=end,
                text=text[w.start : end],
                kind="noun",
                lemma=w.lemma.lower(),
                strength="neutral",
                hedges=cue_text_hedges(text[w.start : end]),
                sentence=s.index,
                head=w.index,
                rule=f"{NOUN_RULE} '{w.lemma.lower()}' with {said}"
                + (f" and a source ({how})" if src else ""),
            )
        )
    return out


def poll_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """'In a new CNN poll, 52 percent …': a sentence opening with 'In' + a particular poll + comma."""
    first = next((w for w in s.words if w.upos != "PUNCT"), None)
    if first is None or inside(quotes, first.start, first.end):
        return []
    found = poll_phrase(tree, first)
    if found is None or any(c.start < first.end and first.start < c.end for c in taken):
        return []
    why = f"{POLL_RULE}: 'In' + '{found.noun.text}' and a comma (source: the poll)"
    return [word_cue(first, s.index, "noun", "in", why)]


def inline_poll_cues(s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]) -> list[Cue]:
    """'Ruiz led by 12 points in a new Ledger poll': "in" + a poll named by its outlet, mid-sentence."""
    out: list[Cue] = []
    for w in s.words:
        if w.text.lower() != "in" or inside(quotes, w.start, w.end):
            continue
        found = inline_poll(tree, w)
        if found is None or any(c.start < found.words[-1].end and w.start < c.end for c in taken + out):
            continue
        why = f"{INLINE_POLL_RULE}: 'in' + '{' '.join(x.text for x in found.words)}' (source: the poll)"
        out.append(word_cue(w, s.index, "noun", "in", why))
    return out


def viewpoint_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """'To Whitlow, there was no urgency': a sentence opening with 'To' + a person + comma gives that
    person's view (not "To be fair,", not "To win the nomination, ...")."""
    text = parsed.article.text
    first = next((w for w in s.words if w.upos != "PUNCT"), None)
    if first is None or first.text.lower() != "to" or first.upos != "ADP":
        return []
    if inside(quotes, first.start, first.end) or any(c.start < s.end and s.start < c.end for c in taken):
        return []
    holder = tree.word(first.head)
    if holder is None or holder.index <= first.index or not person_like(holder):
        return []
    phrase = opening_phrase(tree, first, holder)
    if not phrase or len(phrase) > 8 or not text[phrase[-1].end :].lstrip().startswith(","):
        return []
    why = f"{VIEW_RULE}: 'To' + '{holder.text}' and a comma (whose view follows)"
    return [word_cue(first, s.index, "noun", "to", why, "weak")]


def is_noun_cue(cue: Cue) -> bool:
    """Whether this module made the cue (its source and content come from ``noun_attribution``)."""
    return cue.kind == "noun" and cue.rule.startswith((NOUN_RULE, POLL_RULE, VIEW_RULE, INLINE_POLL_RULE))


def _span(words: list[Word]) -> Span | None:
    return Span(start=words[0].start, end=words[-1].end) if words else None


def noun_attribution(
    parsed: ParsedArticle, tree: Tree, cue: Cue, stop: set[int]
) -> tuple[list[Word], str, Span | None]:
    """Source words, why, and content of a cue made by this module."""
    # imported here: source_phrase imports auditor.cues, which imports this module
    from auditor.source_phrase import np_from_subtree, trim_words

    text = parsed.article.text
    s = tree.sentence
    head = tree.word(cue.head)
    if head is None:
        return [], "", None
    if cue.rule.startswith(INLINE_POLL_RULE):
        inline = inline_poll(tree, head)
        if inline is None:
            return [], "", None
        # the clause before "in" when the poll closes it ("Ruiz led by 12 points in a Ledger poll."),
        # else the whole sentence, which the poll's figures run through
        before = [w for w in s.words if w.index < head.index and w.upos != "PUNCT"]
        claim = before if inline.closes else [w for w in s.words if w.upos != "PUNCT"]
        return [*inline.words, *inline.date], "the named poll after 'in'", _span(claim)
    if cue.rule.startswith((POLL_RULE, VIEW_RULE)):
        if cue.rule.startswith(POLL_RULE):
            found = poll_phrase(tree, head)
            # not trimmed: the date is part of the poll as written ("a Ledger poll last month")
            phrase = [*found.words, *found.date] if found else []
            comma = found.comma if found else None
        else:
            holder = tree.word(head.head)
            phrase = trim_words(opening_phrase(tree, head, holder), text) if holder is not None else []
            comma = None
        after = comma.index if comma is not None else (phrase[-1].index if phrase else 0)
        rest = [w for w in s.words if phrase and w.index > after and w.upos != "PUNCT"]
        why = "the poll after 'In'" if cue.rule.startswith(POLL_RULE) else "the person after 'To'"
        return phrase, why, _span(rest)
    src, how = _source_word(tree, head)
    words: list[Word] = []
    if src is not None:
        drop = {
            x.index for x in tree.words if x.text in POSSESSIVE_MARKS or x.lemma.lower() in ("by", "from")
        }
        words = trim_words(
            [w for w in np_from_subtree(tree, src, stop | {head.index}, text) if w.index not in drop], text
        )
        if src.upos == "PRON" and not words:
            words = [src]
        det = tree.word(words[0].index - 1) if words else None
        if det is not None and det.upos == "DET" and det.head == head.index and src.index < head.index:
            words = [det, *words]  # "The/det->criticism mayor's criticism": the parser hung it on the noun
    content: list[Word] = []
    mark = content_clause(tree, head)
    verb = infinitive(tree, head)
    nxt = tree.next(head)
    if mark is not None:
        clause = tree.word(mark.head) or mark
        content = contiguous([w for w in tree.subtree(clause.index) if w.index >= mark.index], mark.index)
    elif verb is not None:
        content = contiguous([w for w in tree.subtree(verb.index) if w.index > head.index], verb.index)
    elif nxt is not None and nxt.upos == "ADP" and cue.end == nxt.end:
        obj = tree.word(nxt.head)
        if obj is not None and obj.index > nxt.index:
            content = contiguous([w for w in tree.subtree(obj.index) if w.index > nxt.index], obj.index)
    content = trim_words(content, text, content=True)
    return words, f"{how} of the reporting noun" if words else "", _span(content)
