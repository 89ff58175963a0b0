"""Turn cues into attributions: for each cue, the source phrase and the attributed content.

Sources come from the parse (subject of the reporting verb, agent of a passive, object of "according
to") backed by surface fallbacks because the mini parser errs: the name or source-noun phrase right
before the verb, right after it in inversions ("said Zelenskyy"), or right after "according to".
Content is the reported clause or the quotation. Quotes without a cue in their sentence take the
speaker of an adjacent quote attribution (multi-paragraph quotes, "saying:" lead-ins).
"""

from __future__ import annotations

from auditor.content import content_for_verb, strip_span, tail
from auditor.cues import according_to_target, phrase_source_position, verb_lemma
from auditor.models import Attribution, Cue, ParsedArticle, QuoteSpan, Source, Span, Word
from auditor.quote_speakers import (
    Draft,
    chain_participles,
    harmonise_kinds,
    sentence_at,
    sentence_like,
    speaker_for,
)
from auditor.source_phrase import (
    RELATIVE,
    classify,
    extend_name,
    head_of,
    np_from_subtree,
    only_time,
    source_nouns,
    surface_np_left,
    surface_np_right,
    trim_words,
)
from auditor.syntax import Tree, agent, auxiliary_before, contiguous

END_PUNCT = " \t\n.,;:!?\"“”’'—–-"
CLIMB = ("xcomp", "advcl", "conj", "acl", "ccomp")


def _climb(tree: Tree, word: Word) -> Word:
    """The clause whose subject ``word`` shares. A conjunct the parser hung inside another verb's reported
    clause ("stated that X are accurate, and expressed concern") belongs to that reporting verb."""
    head = tree.word(word.head) or word
    if word.deprel.split(":")[0] == "conj":
        for anc in [head, *tree.ancestors(head.index)]:
            if anc.index < word.index and verb_lemma(anc) and anc.upos in ("VERB", "AUX") and anc is not head:
                return anc
    return head


def _subject_np(
    tree: Tree, verb: Word, stop: set[int], text: str, depths: range = range(4)
) -> tuple[list[Word], str]:
    """Source words from the parse of ``verb``: agent, subject, or the subject of a governing clause."""
    current = verb
    for depth in range(depths.stop):
        if depth < depths.start:
            if current.deprel.split(":")[0] not in CLIMB or not current.head:
                break
            current = _climb(tree, current)
            continue
        by = agent(tree, current)
        if by is not None:
            words = [w for w in np_from_subtree(tree, by, stop, text) if w.lemma.lower() != "by"]
            return trim_words(words, text), "agent of the passive verb"
        subjects = tree.children(current.index, "nsubj", "nsubj:pass")
        if len(subjects) == 2 and depth == 0:
            # "Whitlow, the CFO", "Zelenskyy and his backers": apposition or coordination as two subjects
            first = np_from_subtree(tree, subjects[0], stop | {verb.index}, text)
            second = np_from_subtree(tree, subjects[1], stop | {verb.index}, text)
            if first and second:
                gap = [w for w in tree.words if first[-1].index < w.index < second[0].index]
                head1 = head_of(tree, first)
                linked = any(w.upos == "CCONJ" for w in gap) or (head1 is not None and head1.upos == "PROPN")
                if gap is not None and linked and all(w.upos in {"PUNCT", "CCONJ"} for w in gap):
                    return first + gap + second, "subject of the reporting verb (two joined phrases)"
        for subj in subjects:
            if subj.index in stop or (subj.lemma.lower() in ("it", "there") and current is not verb):
                continue
            if subj.lemma.lower() in RELATIVE and current.deprel.startswith("acl"):
                antecedent = tree.word(current.head)
                if antecedent is not None:
                    words = np_from_subtree(
                        tree, antecedent, stop | {w.index for w in tree.subtree(current.index)}, text
                    )
                    return words, "antecedent of the relative pronoun subject"
                continue
            if subj.lemma.lower() in RELATIVE:
                continue  # a bare "which"/"who" is no source; the surface fallback looks for the noun
            words = np_from_subtree(tree, subj, stop | {verb.index}, text)
            if only_time(words):
                continue  # "said Friday": the parser took the date for the subject
            if words and depth == 0 and not _adjacent_or_linked(tree, words, verb, text):
                continue  # a subject far from its verb is a parse error ("Earlier this year, X reported")
            if words:
                why = "subject of the reporting verb" if depth == 0 else "subject of the governing clause"
                return words, why
        participle = current.text.lower().endswith("ing") or (current.feats or "").find("VerbForm=Ger") >= 0
        if current.deprel.startswith("acl") and depth == 0 and participle:
            noun = tree.word(current.head)
            if noun is not None and noun.upos in {
                "NOUN",
                "PROPN",
            }:  # "a statement saying ...", "the source saying"
                words = np_from_subtree(
                    tree, noun, stop | {w.index for w in tree.subtree(current.index)}, text
                )
                return words, "noun the reporting participle modifies"
        if current.deprel.split(":")[0] not in CLIMB or not current.head:
            break
        current = _climb(tree, current)
    return [], ""


def _adjacent_or_linked(tree: Tree, words: list[Word], verb: Word, text: str) -> bool:
    """The subject ends right before the verb (adverbs, auxiliaries, an apposition or clause set off by commas
    between), or follows it (inversion)."""
    if words[0].index > verb.index:
        return True
    between = [w for w in tree.words if words[-1].index < w.index < verb.index]
    if all(w.upos in {"ADV", "AUX", "PART"} for w in between) or (
        len(between) <= 2 and all(w.upos in {"ADV", "AUX", "PART", "ADJ"} for w in between)
    ):
        return True
    return text[words[-1].end : verb.start].strip().endswith((",", ")"))


def _appositive_subject(tree: Tree, verb: Word, stop: set[int], text: str) -> list[Word]:
    """'“…,” Scott Pruitt, the attorney general of Oklahoma, said': name, apposition, comma, verb."""
    if not text[tree.sentence.start : verb.start].rstrip().endswith(","):
        return []
    before = [w for w in tree.words if w.index < verb.index]
    boundary = max([w.index for w in before if w.index in stop or w.text in ("”", "''", '"')], default=0)
    words = trim_words([w for w in before if w.index > boundary], text)
    if not words or len(words) > 40 or words[0].upos not in {"PROPN", "DET", "NOUN"}:
        return []
    first = [w for w in words if w.index < next((x.index for x in words if x.text == ","), verb.index)]
    names = [w for w in first if w.upos == "PROPN" or w.text.lower() in source_nouns()]
    if not names or len(first) > 6 or any(w.upos in {"VERB", "AUX"} for w in first):
        return []
    return words


def _verb_source(tree: Tree, verb: Word, stop: set[int], text: str) -> tuple[list[Word], str]:
    words, why = _subject_np(tree, verb, stop, text, range(0, 1))
    if words and not any(w.index in stop for w in words) and len(words) <= 30:
        return words, why
    before = text[tree.sentence.start : verb.start].rstrip()
    if before.endswith((",", ",”", ',"')):
        right = [w for w in surface_np_right(tree, verb.index) if w.index not in stop]
        if right:
            return right, "name phrase after the verb (inversion)"
    aux = auxiliary_before(tree, verb)
    if aux is not None:  # "X have all accused/amod Y": the parser made 'have' the head
        words, why = _subject_np(tree, aux, stop, text, range(0, 1))
        if words:
            return words, "subject of the auxiliary before the verb"
    appos = _appositive_subject(tree, verb, stop, text)
    if appos:
        return appos, "name with apposition before the verb"
    words, why = _subject_np(tree, verb, stop, text, range(1, 4))
    if words and not any(w.index in stop for w in words) and len(words) <= 30:
        return words, why
    # Surface: inversion after a quote or comma ("…,” said Zelenskyy), else the phrase before the verb.
    before = text[tree.sentence.start : verb.start].rstrip()
    if before.endswith((",", ",”", ',"', "”", '"')) or verb.index == 1:
        right = [w for w in surface_np_right(tree, verb.index) if w.index not in stop]
        if right:
            return right, "name phrase after the verb (inversion)"
    left = trim_words([w for w in surface_np_left(tree, verb.index) if w.index not in stop], text)
    if left:
        return left, "phrase right before the verb"
    return [], ""


def _after_np(tree: Tree, last: Word, text: str, stop: set[int]) -> tuple[list[Word], str]:
    """The phrase following ``last`` (after "according to", "a report by"): parse subtree, else surface."""
    target = according_to_target(tree, last)
    while target is not None and target.deprel in ("compound", "flat", "amod", "nmod:poss", "det"):
        up = tree.word(target.head)
        if up is None or up.index <= last.index or up.upos not in {"NOUN", "PROPN"} or verb_lemma(up):
            break
        target = up  # "the regional water authority": climb from "water" to "authority"
    if target is not None:
        words = [w for w in tree.subtree(target.index) if w.index > last.index and w.index not in stop]
        words = trim_words(contiguous(words, target.index), text)
        if words and (words[0].index == last.index + 1 or words[0].upos == "DET") and len(words) <= 20:
            return words, "phrase after the cue"
    right = trim_words(surface_np_right(tree, last.index, limit=10), text)
    return right, "phrase after the cue (surface)"


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
    taken = {(q.start, q.end) for qs in out.values() for q in qs}
    for q in quotes:
        if (q.start, q.end) in taken:
            continue
        candidates = [i for s in q.sentences for i in by_sentence.get(s, [])]
        candidates = [
            i for i in candidates if not (q.inner.start <= cues[i].start and cues[i].end <= q.inner.end)
        ]
        if not candidates and q.sentences and q.sentences[0] - 1 in by_sentence:
            prev = parsed.sentences[q.sentences[0] - 1]
            if text[prev.start : prev.end].rstrip().endswith((":", ",")):
                candidates = by_sentence[q.sentences[0] - 1]
        if not candidates:
            continue

        def gap(i: int, q: QuoteSpan = q) -> int:
            c = cues[i]
            return max(q.start - c.end, c.start - q.end, 0)

        best = min(candidates, key=gap)
        out.setdefault(best, []).append(q)
    return out


def _source_model(parsed: ParsedArticle, tree: Tree, words: list[Word], stop: set[int]) -> Source | None:
    words = extend_name(tree, words, stop)
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


def _attribute(
    parsed: ParsedArticle, cue: Cue, quotes: list[QuoteSpan], all_quotes: tuple[QuoteSpan, ...]
) -> tuple[Source | None, Span | None, str | None, str]:
    s = parsed.sentences[cue.sentence]
    tree = Tree(s)
    text = parsed.article.text
    stop = {w.index for w in tree.words if any(q.start <= w.start < q.end for q in quotes)}
    head = tree.word(cue.head) if cue.head else None
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
            if before and after and len(text[after.start : after.end].split()) > 2:
                content = strip_span(text, s.start, s.end - tail(text, s))
            elif before:
                content = before
            else:
                content = after
    elif cue.kind == "colon":
        words = trim_words([w for w in tree.words if w.end <= cue.start], text)
        why = "name phrase before the colon"
        seg = parsed.article.segments[s.paragraph]
        content = strip_span(text, cue.end, seg.end)  # a speaker label owns the rest of its paragraph
    elif cue.kind == "other" and cue.lemma == "dash":
        seg = parsed.article.segments[s.paragraph]
        stop_at = min([seg.end] + [q.start for q in all_quotes if q.start > cue.end])
        para = [w for x in parsed.sentences if x.paragraph == s.paragraph for w in x.words]
        words = trim_words([w for w in para if w.start > cue.start and w.end <= stop_at], text)[:8]
        why = "name after the dash"
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
        if content is not None and same_side and cue.kind != "colon" and around:
            # a partial quote inside the reported clause: the clause and the quote together
            content = Span(start=min(content.start, q_span.start), end=max(content.end, q_span.end))
        else:
            content = q_span
    source = _source_model(parsed, tree, words, stop | ({head.index} if head else set()))
    if (
        source is not None
        and cue.kind in ("colon", "other")
        and source.kind in ("organization", "unknown")
        and not any(w.text.lower() in source_nouns() for w in words)
    ):
        source = source.model_copy(update={"kind": "person"})  # "― Jorge Falcon", "WALLACE:": a speaker
    rule = cue.rule + (f"; source: {why}" if source is not None else "; no source found")
    if quotes:
        rule += "; content: the quotation"
    return source, content, quote_text, rule


def find_attributions(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cues: tuple[Cue, ...]
) -> tuple[Attribution, ...]:
    """One attribution per cue, plus one per cueless quote continuing an adjacent speaker's quote."""
    assigned = _assign_quotes(parsed, quotes, cues)
    drafts: list[Draft] = []
    for i, cue in enumerate(cues):
        source, content, quote_text, rule = _attribute(parsed, cue, assigned.get(i, []), quotes)
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
