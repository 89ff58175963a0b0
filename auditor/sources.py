"""Turn cues into attributions: for each cue, the source phrase and the attributed content.

Sources come from the parse with surface fallbacks (``auditor.source_verb``): the subject of the
reporting verb, agent of a passive, the phrase after "according to", the name in an inversion.
Content is the reported clause or the quotation. Quotes without a cue in their sentence take the
speaker of an adjacent quote attribution (multi-paragraph quotes, "saying:" lead-ins).
"""

from __future__ import annotations

from auditor import lexicon
from auditor.content import content_for_verb, strip_span, tail
from auditor.content_split import dash_aside
from auditor.cue_marks import colon_source, embed_parts
from auditor.cue_nouns import is_noun_cue, is_quote_before_cue, noun_attribution
from auditor.cues import phrase_source_position, verb_lemma
from auditor.interview import Answer, answer_at, answers
from auditor.models import Attribution, Cue, ParsedArticle, QuoteSpan, Source, Span, Word
from auditor.quote_speakers import (
    END_PUNCT,
    Draft,
    chain_participles,
    closing_cue_quote,
    continuation_quotes,
    harmonise_kinds,
    media_title,
    sentence_at,
    sentence_like,
    speaker_for,
    that_clause_quote,
)
from auditor.source_after import after_np as _after_np
from auditor.source_after import subject_after_opening
from auditor.source_description import extend_description, title_before
from auditor.source_kind import classify
from auditor.source_mend import mend
from auditor.source_names import extend_name
from auditor.source_phrase import source_nouns, trim_words
from auditor.source_surface import drop_speech_adjunct
from auditor.source_verb import OPENING_SUBJECT
from auditor.source_verb import verb_source as _verb_source
from auditor.syntax import FINITE_XPOS, Tree, own_span

ASIDE_WORDS = 4


def _assign_quotes(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cues: tuple[Cue, ...]
) -> dict[int, list[QuoteSpan]]:
    """Each quote goes to the nearest cue of a sentence it touches (or of a lead-in ending in ':')."""
    text = parsed.article.text
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(cues):
        by_sentence.setdefault(c.sentence, []).append(i)
    out: dict[int, list[QuoteSpan]] = {}
    for i, c in enumerate(cues):
        if c.kind == "other" and c.lemma == "dash":
            before = [q for q in quotes if q.end <= c.start and not text[q.end : c.start].strip()]
            if before:
                out[i] = before[-1:]
        elif is_quote_before_cue(c):  # "“…” That was the message from X": the cue found it adjacent
            out[i] = [q for q in quotes if q.end <= c.start][-1:]
    taken = {(q.start, q.end) for qs in out.values() for q in qs}
    for q in quotes:
        if (q.start, q.end) in taken or media_title(parsed, q):
            continue
        candidates = [i for s in q.sentences for i in by_sentence.get(s, [])]
        candidates = [
            i
            for i in candidates
            if not (q.inner.start <= cues[i].start and cues[i].end <= q.inner.end)
            and not _titled_after(text, cues[i], q)
        ]
        if not candidates and q.sentences and q.sentences[0] - 1 in by_sentence:
            prev = parsed.sentences[q.sentences[0] - 1]
            if text[prev.start : prev.end].rstrip().endswith((":", ",")):
                candidates = by_sentence[q.sentences[0] - 1]
        if not candidates:
            continue

        def gap(i: int, q: QuoteSpan = q) -> int:
            c = cues[i]
            if that_clause_quote(parsed, c, q):
                return 0  # 'told supporters Tuesday night that “we close …,” and he vowed': the told clause
            return max(q.start - c.end, c.start - q.end, 0)

        best = min(candidates, key=gap)
        out.setdefault(best, []).append(q)
    claimed = {q.start for qs in out.values() for q in qs}
    for i, c in enumerate(cues):
        closing = (
            None
            if i in out or c.kind in ("colon", "other")
            else closing_cue_quote(parsed, quotes, c, claimed)
        )
        if closing is not None:
            out[i] = [closing]
            claimed.add(closing.start)
    for i, qs in list(out.items()):
        more = continuation_quotes(parsed, quotes, cues[i], qs, claimed)
        out[i] = [*qs, *more]
        claimed |= {q.start for q in more}
    return out


def _titled_after(text: str, cue: Cue, q: QuoteSpan) -> bool:
    """A quotation right after "according to" (a determiner may come between) is the title of what is
    cited ("according to “The Harbor Years,” a biography by …"), not what it reports."""
    between = text[cue.end : q.start].strip().lower()
    return cue.kind == "according_to" and between in ("", "the", "a", "an")


def _covers(cue: Cue, content: Span, quotes: Span) -> bool:
    """A reported clause on both sides of a parenthetical cue ("A, X said, B") holding the quotes."""
    inside = content.start <= quotes.start and quotes.end <= content.end
    return (
        cue.kind not in ("noun", "passive") and content.start < cue.start and cue.end < content.end and inside
    )


def _aside(parsed: ParsedArticle, cue: Cue, qs: list[QuoteSpan]) -> bool:
    """Short quotes inside the sentence ("talked up her “open-harbour plan,” promising to ...", "said in
    his book, “Title.”"): names and scare quotes, not what the cue reports. A quote right after the cue
    ('says, “Settle down.”') or opening the sentence is what was said."""
    text = parsed.article.text
    for q in qs:
        if len(q.text.split()) > ASIDE_WORDS or not q.sentences:
            return False
        if q.start >= cue.end and not text[cue.end : q.start].strip(" ,:"):
            return False
        if q.end <= cue.start and not text[parsed.sentences[q.sentences[0]].start : q.start].strip():
            return False
    return True


def _title_before_verb(tree: Tree, quote: QuoteSpan, verb: Word) -> bool:
    """A short title ending the subject right before the finite verb, with the comma inside its marks
    ("Scarborough, host of MSNBC’s “Morning Joe,” suggested"; ``title_before``); only an adverb may come
    between. It can be part of a source."""
    mark = tree.at_offset(quote.end - 1)
    title = title_before(tree, mark)
    between = [w for w in tree.words if quote.end <= w.start and w.index < verb.index]
    inside = {w.index for w in tree.words if quote.inner.start <= w.start < quote.inner.end}
    finite = (verb.xpos or "") in FINITE_XPOS  # not ", “a major breach,” adding": a participle's quote
    return (
        bool(title)
        and finite
        and not any(w.upos in {"VERB", "AUX"} for w in tree.words if w.index in inside)
        and all(w.upos in {"AUX", "ADV", "PART"} for w in between)
        # the parser's subject inside the title ("“Guardians/nsubj of the Galaxy,” posted") is no source
        and not any(c.index in inside for c in tree.children(verb.index, "nsubj", "nsubj:pass"))
    )


def _source_model(parsed: ParsedArticle, tree: Tree, words: list[Word], stop: set[int]) -> Source | None:
    words = extend_name(tree, drop_speech_adjunct(tree, words), stop)
    if not words:
        return None
    nxt = tree.word(words[-1].index + 1)
    if (
        nxt is not None
        and nxt.text == ")"
        and sum(w.text == "(" for w in words) > sum(w.text == ")" for w in words)
    ):
        words = [*words, nxt]  # close "(NSC"
    text = parsed.article.text
    start, end = words[0].start, words[-1].end
    clitic = tree.word(words[-1].index + 1)
    if clitic is not None and (clitic.start, clitic.end) == (words[-1].start, end) and clitic.upos == "AUX":
        end = own_span(words[-1], text)[1]  # "He" of "He’s" (he is); a possessive "Ruiz’s" stays whole
    s = tree.sentence
    prev = parsed.sentences[s.index - 1] if s.index > 0 else None
    if (
        words[0].index == 1
        and prev is not None
        and prev.paragraph == s.paragraph
        and len(prev.words) <= 3
        and all(w.upos == "PROPN" for w in prev.words)
    ):
        start = prev.start  # the tokenizer split a name: "Dana" | "Whitlow, the CFO, wrote ..."
    kind, named, _ = classify(parsed, tree, words)
    mention = text[start:end]
    return Source(start=start, end=end, mention=mention, name=mention, kind=kind, named=named)


def _paragraph_words(parsed: ParsedArticle, paragraph: int) -> list[Word]:
    """Every word of one paragraph: a dash credit or a post's sign-off names its source across sentences."""
    return [w for x in parsed.sentences if x.paragraph == paragraph for w in x.words]


def _attribute(
    parsed: ParsedArticle,
    cue: Cue,
    quotes: list[QuoteSpan],
    all_quotes: tuple[QuoteSpan, ...],
    answer: Answer | None,
) -> tuple[Source | None, Span | None, str | None, str]:
    """Source, content, quotation and rule of one cue; ``answer`` when the cue closes an interview's
    answer label."""
    s = parsed.sentences[cue.sentence]
    tree = Tree(s)
    text = parsed.article.text
    head = tree.word(cue.head) if cue.head else None
    titles = [q for q in quotes if head is not None and _title_before_verb(tree, q, head)]
    stop = {w.index for w in tree.words if any(q.start <= w.start < q.end for q in quotes if q not in titles)}
    words: list[Word] = []
    content: Span | None = None
    why = ""
    if cue.kind == "according_to" or (cue.kind == "noun" and phrase_source_position(cue.lemma) == "after"):
        last = tree.at_offset(cue.end - 1)
        if last is not None:
            words, why = _after_np(tree, last, text, stop)
        if words:
            before = strip_span(text, s.start, cue.start)
            nxt = tree.word(words[-1].index + 1)
            cut = nxt.end if nxt is not None and verb_lemma(nxt) else words[-1].end  # "data from X show"
            after = strip_span(text, cut, s.end - tail(text, s))
            aside = dash_aside(text, before, after)  # "…, according to X last week - unlike Y's"
            if before and after and len(text[after.start : after.end].split()) > 2 and not aside:
                content = strip_span(text, s.start, s.end - tail(text, s))
            elif before:
                content = before
            else:
                content = after
    elif cue.kind == "colon":
        seg = parsed.article.segments[s.paragraph]
        words = trim_words(colon_source(tree, cue), text) if answer is None else []
        why = "the answer label, standing for the interviewee" if answer else "name phrase before the colon"
        # a speaker label owns the rest of its paragraph; an interview answer runs to the next label
        content = strip_span(text, cue.end, answer.end if answer is not None else seg.end)
    elif cue.kind == "other" and cue.lemma == "dash":
        seg = parsed.article.segments[s.paragraph]
        stop_at = min([seg.end] + [q.start for q in all_quotes if q.start > cue.end])
        para = _paragraph_words(parsed, s.paragraph)
        words = trim_words([w for w in para if w.start > cue.start and w.end <= stop_at], text)[:8]
        why = "name after the dash"
    elif cue.kind == "other" and cue.lemma == "embed":
        seg = parsed.article.segments[s.paragraph]
        parts = embed_parts(text, seg.start, cue)
        if parts is not None:
            (n0, n1), (c0, c1) = parts
            words = [w for w in _paragraph_words(parsed, s.paragraph) if n0 <= w.start and w.end <= n1]
            content = Span(start=c0, end=c1)
            why = "account name in the post's sign-off"
    elif is_noun_cue(cue):  # "Ruiz's claim that ...", "In a CNN poll, ..." (auditor.cue_nouns)
        words, why, content = noun_attribution(parsed, tree, cue, stop)
    elif cue.kind in ("noun", "passive"):
        where = phrase_source_position(cue.lemma)
        if where == "subject":
            anchor = head
            while anchor is not None and anchor.upos not in {"VERB", "AUX"} and anchor.head:
                anchor = tree.word(anchor.head)
            if anchor is not None:
                words, why = _verb_source(
                    tree, anchor, stop | {w.index for w in tree.words if cue.start <= w.start < cue.end}, text
                )
        elif (
            head is not None
            and head.upos in {"VERB", "AUX"}
            and cue.lemma not in ("",)
            and " " not in cue.lemma
        ):
            words, why = _verb_source(tree, head, stop, text)  # impersonal passive verb: no source
            words = []
        rest = strip_span(text, cue.end, s.end - tail(text, s))
        lead = strip_span(text, s.start, cue.start)
        at_start = cue.start - s.start < 4 or lead is None
        whole = strip_span(text, s.start, s.end - tail(text, s))
        if cue.kind == "noun":  # "In a speech, X laid out ...": the sentence is what X said
            content = whole
        else:
            content = rest if at_start or where == "subject" or cue.lemma.startswith("it ") else whole
    elif head is not None:
        words, why = _verb_source(tree, head, stop, text)
        if not words and (words := subject_after_opening(tree, head, stop)):
            why = "phrase after the opening adjunct (the parser joined it to the adjunct)"
        words = mend(tree, words, head)
        if why != OPENING_SUBJECT:  # "Noting …, Okafor added/acl": no restrictive modifier to add
            words = extend_description(tree, extend_name(tree, words, stop | {head.index}), head, stop)
        content = content_for_verb(parsed, s, tree, head, words)
    quote_text = None
    if quotes:
        qs = sorted(quotes, key=lambda q: q.start)
        q_span = Span(start=qs[0].inner.start, end=qs[-1].inner.end)
        quote_text = " … ".join(q.text for q in qs)
        same_side = content is not None and (
            min(content.start, q_span.start) >= cue.end or max(content.end, q_span.end) <= cue.start
        )
        around = (
            ""
            if content is None
            else (text[content.start : qs[0].start] + text[qs[-1].end : content.end]).strip(END_PUNCT)
        )
        # a title between the cue and the clause: 'said in her memoir, “Rising Tide,” that ...'
        apart = content is not None and cue.end <= q_span.start and q_span.end < content.start
        if (
            content is not None
            and (apart or not same_side)
            and cue.kind != "colon"
            and _aside(parsed, cue, qs)
        ):
            quote_text = None  # a title or scare-quoted phrase across the cue from the reported clause
        elif (
            content is not None
            and (same_side or _covers(cue, content, q_span))
            and cue.kind != "colon"
            and around
            and not _hearer_before(text, content, q_span)
            and not _colon_intro(tree, text, content, qs[0].start)
        ):
            # a partial quote inside the reported clause: the clause and the quote together
            content = Span(start=min(content.start, q_span.start), end=max(content.end, q_span.end))
        else:
            content = q_span
    source = _source_model(parsed, tree, words, stop | ({head.index} if head else set()))
    if answer is not None:  # the label itself, however it was tokenized ("A." can be one token)
        end = answer.start + len(answer.label)
        source = Source(
            start=answer.start, end=end, mention=answer.label, name=answer.label, kind="person", named=False
        )
    quotes = quotes if quote_text is not None else []
    if (
        source is not None
        and cue.kind in ("colon", "other")
        and source.kind in ("organization", "unknown")
        and not any(w.text.lower() in source_nouns() for w in words)
    ):
        source = source.model_copy(update={"kind": "person"})  # "― Nora Haldane", "HARGROVE:": a speaker
    rule = cue.rule + (f"; source: {why}" if source is not None else "; no source found")
    if quotes:
        rule += "; content: the quotation"
    return source, content, quote_text, rule


def _colon_intro(tree: Tree, text: str, content: Span, quote_start: int) -> bool:
    """ "Okafor put it bluntly: “…”": only a colon and a manner before the quotation (just "it bluntly",
    "it this way"): the quotation is what was said, not a partial quote inside a clause."""
    before = text[content.start : quote_start]
    if ":" not in before:
        return False
    colon = content.start + before.rindex(":")
    if text[colon + 1 : quote_start].strip():
        return False  # "Ask yourself: which state … the “enemy”": the quotation is not what follows
    # only a manner before the colon ("it bluntly", "it this way"): an object noun ("a few facts: “…”")
    # or a clause introduces the quotation as part of what is reported
    return all(
        w.upos in {"PRON", "ADV", "DET", "ADJ", "PUNCT"} or w.lemma.lower() == "way"
        for w in tree.sentence.words
        if content.start <= w.start < colon
    )


def _hearer_before(text: str, content: Span, quote: Span) -> bool:
    """Only the hearer and a comma come before the quotation in the content ("chiding him, “…”"); without
    the comma the pronoun is what the quotation describes ("called them “another hoax”")."""
    lead = text[content.start : quote.start].rstrip(" “\"‘'")
    after = text[quote.end : content.end].strip(" .,”\"’'")
    return lead.endswith(",") and lead[:-1].strip().lower() in lexicon.words("hearers.txt") and not after


def find_attributions(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cues: tuple[Cue, ...]
) -> tuple[Attribution, ...]:
    """One attribution per cue, plus one per cueless quote continuing an adjacent speaker's quote."""
    assigned = _assign_quotes(parsed, quotes, cues)
    interview = answers(parsed.article)  # once per article: colon cues look their answer up here
    drafts: list[Draft] = []
    for i, cue in enumerate(cues):
        answer = answer_at(interview, cue.start) if cue.kind == "colon" else None
        source, content, quote_text, rule = _attribute(parsed, cue, assigned.get(i, []), quotes, answer)
        reach = sentence_at(parsed, content.end - 1, cue.sentence) if content is not None else cue.sentence
        drafts.append(
            Draft(cue.sentence, cue.start, cue, source, content, quote_text, rule, max(reach, cue.sentence))
        )
    chain_participles(parsed, drafts)
    used = {(q.start, q.end) for qs in assigned.values() for q in qs}
    for q in quotes:  # in text order, so a run of cueless quotes chains to one speaker
        if (q.start, q.end) in used or not sentence_like(parsed, q):
            continue
        found = speaker_for(parsed, q, drafts)
        if found is not None:
            speaker, how = found
            drafts.append(
                Draft(q.sentences[0], q.start, None, speaker, q.inner, q.text, how, q.sentences[-1])
            )
    harmonise_kinds(drafts)
    drafts.sort(key=lambda d: d.start)
    return tuple(
        Attribution(
            id=f"a{k}",
            sentence=d.sentence,
            cue=d.cue,
            source=d.source,
            content=d.content,
            quote=d.quote,
            rule=d.rule,
        )
        for k, d in enumerate(drafts, 1)
    )
