"""The findings rules: sourcing problems a copy editor would flag, each with its evidence.

Each rule is a small pure function from the article's analysis to findings of one registry kind
(``auditor/findings_registry.py``: codes, severities, message templates; re-exported here as
``REGISTRY``, ``registry_rows`` and ``registry_markdown``); the quotation rule is in
``findings_quotes.py``, what rules read in ``findings_context.py``. ``find_findings`` runs them all. Every
finding points at exact offsets in ``Article.text`` and names the claim it concerns. The anonymity
rules report each unnamed source once, on its first mention, however often it is referred to again
(``anonymity.same_source``: "Sources said ... The source added"); the message names the later mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from auditor import anonymity, lexicon
from auditor.anonymity import (
    anonymity_of,
    display_mention,
    split_mention,
)
from auditor.anonymity_antecedent import ANTECEDENT_WINDOW
from auditor.anonymity_mention import descriptor, intro_re
from auditor.findings_context import Context
from auditor.findings_quotes import quote_no_speaker, quote_spans, quote_unclosed
from auditor.findings_registry import REGISTRY, FindingKind, registry_markdown, registry_rows
from auditor.models import (
    Anonymity,
    Attribution,
    Claim,
    Finding,
    ParsedArticle,
    QuoteSpan,
    Source,
    TextSpan,
)
from auditor.syntax import sentence_at

__all__ = ["REGISTRY", "RULES", "FindingKind", "find_findings", "registry_markdown", "registry_rows"]

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@cache
def _opinion_re() -> re.Pattern[str]:
    alts = sorted(lexicon.entries("opinion_words.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(?:" + "|".join(alts) + r")(?![\w’'])", re.IGNORECASE)


@cache
def _signals(kind: str) -> frozenset[str]:
    return frozenset(v.lower() for v in lexicon.values("fact_signals.txt", kind))


@cache
def _date_re() -> re.Pattern[str]:
    alts = sorted((re.escape(d) for d in _signals("date")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _anonymous(ctx: Context, a: Attribution, *, relative: bool = False) -> tuple[Source, Anonymity] | None:
    """The source and its anonymity when the attribution credits an unnamed human source.

    Left out: named sources, unresolved pronouns and offices ("the Ukrainian president"), which are
    coreference gaps rather than anonymity; documents and media; spans that cut a word in two.
    """
    s = a.source
    # One predicate with the score (anonymity.anonymous_person), so the two never disagree.
    if s is None or s.anonymity is None or not anonymity.anonymous_person(s, ctx.text):
        return None
    if not anonymity.informs(a.cue):  # "did not respond", "a reporter asked": nothing told
        return None
    if not relative and anonymity.describes_antecedent(ctx.parsed, a):  # "a councillor who endorsed her"
        return None
    return s, s.anonymity


Mention = tuple[Attribution, Source, Anonymity]


def _groups(ctx: Context, *, relative: bool = False) -> list[list[Mention]]:
    """Mentions of anonymous sources, one group per source (``anonymity.same_source``), in text order;
    with ``relative``, also those whose cue is a relative clause describing them.

    "Sources said ... The source added" is one source: its findings are made once, on the first mention.
    """
    links = anonymity.same_source(ctx.parsed, ctx.attributions)
    out: dict[str, list[Mention]] = {}
    for a in sorted(ctx.attributions, key=lambda a: a.source.start if a.source else -1):
        found = _anonymous(ctx, a, relative=relative)
        if found is not None:
            out.setdefault(links.get(a.id, a.id), []).append((a, *found))
    return list(out.values())


def _once(ctx: Context, finding: Finding, group: list[Mention]) -> Finding:
    """Say in the message that later mentions of the source were not reported again."""
    later = [(a, s) for a, s, _ in group if s.start != finding.start]
    if not later:
        return finding
    where = "; ".join(
        f"“{display_mention(ctx.text, s)}”" + (f" in claim {c}" if (c := ctx.claim_at(s.start, a.id)) else "")
        for a, s in later
    )
    note = f" Reported once for this source; it is referred to again as {where}."
    return finding.model_copy(update={"message": finding.message + note})


# ---------------------------------------------------------------- rules


def _knows(an: Anonymity) -> bool:
    """The description says how the sources know, in more than a preposition: "familiar with the
    matter", "who attended the meeting", "briefed on the talks" (not "Ruiz supporters")."""
    if an.description is None:
        return False
    m = intro_re().match(an.description.text)
    return m is not None and " " in m.group().strip()


def anon_no_reason(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["ANON-NO-REASON"]
    for group in _groups(ctx):
        # a collective described by how it knows ("people familiar with the matter") is a set of
        # anonymous sources, not a vague crowd: it needs its reason too
        people = [g for g in group if not g[2].collective or _knows(g[2])]
        if not people or any(an.reason is not None for _, _, an in people):
            continue
        a, s, _ = people[0]
        phrase = next((an.anonymity_phrase for _, _, an in people if an.anonymity_phrase), None)
        note = f" (“{phrase.text}”)" if phrase else ""
        finding = kind.make(
            ctx.text,
            s.start,
            s.end,
            ctx.claim_at(s.start, a.id),
            mention=display_mention(ctx.text, s),
            phrase_note=note,
        )
        yield _once(ctx, finding, people)


def _described(ctx: Context, source: Source, an: Anonymity) -> bool:
    """A description says who the source is; for a crowd of experts, lower-case words naming only a
    field do not (``field`` in anonymity_descriptors.txt: "political analysts", "crime experts" stay
    as vague as "experts"; "Pentagon analysts" and "analysts who track the race" are described)."""
    if an.description is None:
        return False
    head = split_mention(ctx.text, source).head
    if not an.collective or head.text.lower() not in descriptor("field") or an.description.start >= head.end:
        return True
    sentence = sentence_at(ctx.parsed, source.start)
    if sentence is None:
        return False
    words = [w for w in sentence.words if an.description.start <= w.start < an.description.end]
    # a name before the noun ("Pentagon analysts"): a proper noun, or a capital not opening the sentence
    return any(w.upos == "PROPN" or (w.text[:1].isupper() and w.start != sentence.start) for w in words)


def _undescribed(ctx: Context, code: str, collective: bool) -> Iterable[Finding]:
    """One finding per anonymous source (people, or a vague collective) no mention of which is described."""
    kind = REGISTRY[code]
    # "shop owners who say the rule hurts trade": a vague group credited even in a relative clause
    for group in _groups(ctx, relative=collective):
        mentions = [g for g in group if g[2].collective == collective]
        if not mentions or any(_described(ctx, src, an) for _, src, an in mentions):
            continue
        a, s, _ = mentions[0]
        finding = kind.make(
            ctx.text, s.start, s.end, ctx.claim_at(s.start, a.id), mention=display_mention(ctx.text, s)
        )
        yield _once(ctx, finding, mentions)


def anon_no_description(ctx: Context) -> Iterable[Finding]:
    return _undescribed(ctx, "ANON-NO-DESCRIPTION", collective=False)


def anon_vague_collective(ctx: Context) -> Iterable[Finding]:
    return _undescribed(ctx, "ANON-VAGUE-COLLECTIVE", collective=True)


def anon_opinion(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["ANON-OPINION"]
    for a in ctx.attributions:
        found = _anonymous(ctx, a)
        if not found:
            continue
        s = found[0]
        word: str | None = None
        if a.content is not None:
            found_words = _opinion_re().finditer(ctx.text, a.content.start, a.content.end)
            m = next((m for m in found_words if not _someone_elses(ctx, m.start())), None)
            word = m.group() if m else None
        if word is None and a.cue is not None and a.cue.kind == "cognition_verb":
            word = a.cue.text
        if word is not None:
            span = a.content or s
            yield kind.make(
                ctx.text,
                span.start,
                span.end,
                ctx.claim_at(s.start, a.id),
                mention=display_mention(ctx.text, s),
                word=word,
            )


def _someone_elses(ctx: Context, offset: int) -> bool:
    """A view verb with a subject of its own named by a noun ("as much as cities expect"): a view the source
    reports about others, not the source's own opinion or prediction ("they expect" stays the source's)."""
    sentence = sentence_at(ctx.parsed, offset)
    words = sentence.words if sentence is not None else ()
    word = next((w for w in words if w.start <= offset < w.end), None)
    if word is None or word.upos != "VERB":
        return False
    before = next((w for w in words if w.index == word.index - 1), None)
    if before is not None and before.upos in {"NOUN", "PROPN"}:
        return True  # "cities/obl expect": the parser lost the subject right before the verb
    return any(w.head == word.index and w.deprel == "nsubj" and w.upos in {"NOUN", "PROPN"} for w in words)


def _modifies_noun(ctx: Context, hedge: TextSpan) -> bool:
    sentence = sentence_at(ctx.parsed, hedge.start)
    words = sentence.words if sentence is not None else ()
    first = next((w for w in words if w.start <= hedge.start < w.end), None)
    return (
        first is not None
        and hedge.end - hedge.start == first.end - first.start
        and (first.deprel == "amod" or first.upos == "ADJ")
    )


def hedged_unsourced(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["HEDGED-UNSOURCED"]
    for c in ctx.claims:
        if c.sourcing != "unattributed" or not c.hedged:
            continue
        if not c.hedges:  # hedged without spans: point at the sentence
            yield kind.make(ctx.text, c.start, c.end, c.id, hedge="hedge")
            continue
        # A hedge inside a quotation belongs to the speaker; one modifying a noun ("alleged
        # transfers") qualifies that noun phrase, not the claim.
        outside = [h for h in c.hedges if not ctx.in_quote(h.start, h.end) and not _modifies_noun(ctx, h)]
        if outside:
            h = min(outside, key=lambda h: h.start)
            yield kind.make(ctx.text, h.start, h.end, c.id, hedge=h.text)


def anon_plural_single(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["ANON-PLURAL-SINGLE"]
    for group in _groups(ctx):
        for a, s, an in group:
            if not an.plural:
                continue
            head = split_mention(ctx.text, s).head.text.lower()
            if not head.endswith("s"):
                continue
            singular = re.escape(head[:-1])
            later = re.compile(
                rf"\b(?:the|this|that)\s+(?:same\s+|anonymous\s+|unnamed\s+)?{singular}\b", re.I
            )
            # as far ahead as "the source" looks back for its first mention
            m = later.search(ctx.text, s.end, s.end + ANTECEDENT_WINDOW)
            if m is not None:
                yield kind.make(
                    ctx.text,
                    s.start,
                    s.end,
                    ctx.claim_at(s.start, a.id),
                    mention=display_mention(ctx.text, s),
                    singular=m.group(),
                )
                break  # once per source


def _signal(ctx: Context, c: Claim) -> str | None:
    """Why the claim is checkable: a number, a date word, or an event verb; None for background."""
    sentence = ctx.sentence(c.sentence_index)
    words = sentence.words if sentence else ()
    for w in words:
        if any(ch.isdigit() for ch in w.text) or (
            w.upos == "NUM" and w.lemma.lower() not in _signals("weaknum")
        ):
            return f"number “{w.text}”"
    m = _date_re().search(ctx.text, c.start, c.end)
    if m:
        return f"date “{m.group()}”"
    for w in words:
        if w.upos == "VERB" and w.lemma.lower() in _signals("verb"):
            return f"event verb “{w.text}”"
    return None


def _asks(ctx: Context, c: Claim) -> bool:
    """The sentence is a question (an interviewer's, a rhetorical one): it asserts nothing. A question
    mark inside a quotation ("He asked: “Why now?”") is the quoted speaker's, not the sentence's."""
    last = len(ctx.text[: c.end].rstrip()) - 1
    return last >= c.start and ctx.text[last] == "?" and not ctx.in_quote(last, last + 1)


def unattributed_claim(ctx: Context) -> Iterable[Finding]:
    kind = REGISTRY["UNATTRIBUTED-CLAIM"]
    for c in ctx.claims:
        if c.sourcing != "unattributed" or c.hedged:  # hedged ones get HEDGED-UNSOURCED
            continue
        if ctx.in_quote(c.start, c.end):
            continue  # a sentence that is all quotation is QUOTE-NO-SPEAKER's business
        if _asks(ctx, c) or (c.cue is not None and not c.cue.informs):
            continue  # a question, or a question put to someone ("Asked whether …"): nothing asserted
        signal = _signal(ctx, c)
        if signal is not None:
            yield kind.make(ctx.text, c.start, c.end, c.id, signal=signal)


RULES: tuple[Callable[[Context], Iterable[Finding]], ...] = (
    anon_no_reason,
    anon_no_description,
    anon_vague_collective,
    anon_opinion,
    hedged_unsourced,
    anon_plural_single,
    unattributed_claim,
    quote_no_speaker,
    quote_unclosed,
)


def find_findings(
    parsed: ParsedArticle,
    claims: tuple[Claim, ...],
    attributions: tuple[Attribution, ...],
    quotes: tuple[QuoteSpan, ...] | None = None,
) -> tuple[Finding, ...]:
    """Run every rule of the registry; findings sorted by position, then severity and code.

    ``quotes`` (the quote stage's output) is optional; without it quotation marks are paired per sentence.
    Attributions whose unnamed source lacks ``anonymity`` are annotated here first. The newsroom rules
    judge the body: a headline's own attribution ("Officials: ...") is shown, not held to them.
    """
    attributions = tuple(a for a in attributions if parsed.in_body(a.sentence))
    annotated = tuple(
        a.model_copy(update={"source": a.source.model_copy(update={"anonymity": an})})
        if a.source is not None and a.source.anonymity is None and (an := anonymity_of(parsed, a)) is not None
        else a
        for a in attributions
    )
    unclosed = tuple((q.start, q.end) for q in quotes or () if q.close_mark is None)
    ctx = Context(
        parsed=parsed,
        claims=claims,
        attributions=annotated,
        quotes=quote_spans(parsed, quotes),
        unclosed=unclosed,
    )
    found = [f for rule in RULES for f in rule(ctx)]
    return tuple(sorted(found, key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.code, f.end)))
