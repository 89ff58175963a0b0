"""After the per-cue pass: give cueless quotes their speaker, share subjects with participles, and
harmonise source kinds within an article.

A quote without a cue in its sentence takes the source of an adjacent quote attribution (the previous
sentence, or the next one in the same paragraph), of a lead-in ending with a colon or "saying,", or of a
report in the sentence before it in the same paragraph ("Ruiz said she would back it. “It is right.”");
a scare-quoted phrase mid-sentence never does. Also the tests ``sources.py`` uses to hand a quote to
a cue (a closing cue split into its own sentence, a quotation opening a cue's "that" clause, a
programme's title in quotation marks that is nobody's words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor import lexicon
from auditor.content import strip_span
from auditor.cue_span import cue_negated
from auditor.models import Cue, ParsedArticle, QuoteSpan, Source, Span
from auditor.spans import index_of
from auditor.syntax import Tree
from auditor.syntax import sentence_at as sentence_covering

#: Spaces, punctuation and quotation marks trimmed from the ends of a phrase
END_PUNCT = " \t\n.,;:!?\"“”’'—–-"


def sentence_like(parsed: ParsedArticle, q: QuoteSpan) -> bool:
    """A quote that is (the start of) its own sentence, not a scare-quoted phrase."""
    if not q.sentences:
        return False
    s = parsed.sentences[q.sentences[0]]
    text = parsed.article.text
    return not text[s.start : q.start].strip() and len(q.text.split()) >= 4


SHORT_CLOSING_CUE = 8  # words in a sentence that is only "Source said." (with a short time or place)


@dataclass
class Draft:
    """An attribution being built (mutable until the final pass)."""

    sentence: int
    start: int
    cue: Cue | None
    source: Source | None
    content: Span | None
    quote: str | None
    rule: str
    last_sentence: int  # the last sentence its content reaches


def continuation_quotes(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cue: Cue, assigned: list[QuoteSpan], taken: set[int]
) -> list[QuoteSpan]:
    """'“A,” she said. “B.”': the quotes right after a closing cue sentence, in its paragraph, continue it.

    Only when the cue follows all its quotes, nothing but the source and time words is quoted after
    it, and the next sentence opens with a quotation no other cue claims (``taken``: quote starts)."""
    if not assigned or any(q.end > cue.start for q in assigned):
        return []
    text = parsed.article.text
    last = max(q.sentences[-1] for q in assigned if q.sentences)
    s = parsed.sentences[max(last, cue.sentence)]
    out: list[QuoteSpan] = []
    pos = s.end
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < pos or q.start in taken:
            continue
        if text[pos : q.start].strip() or q.continued or not sentence_like(parsed, q):
            break
        if parsed.sentences[q.sentences[0]].paragraph != s.paragraph:
            break
        out.append(q)
        pos = q.end
    return out


def closing_cue_quote(
    parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...], cue: Cue, taken: set[int]
) -> QuoteSpan | None:
    """'“…”' | 'Ruiz said.': the tokenizer split a closing cue into a sentence of its own; the quote that
    ends right before it, in the same paragraph (however many sentences it has), is what it reports."""
    text = parsed.article.text
    s = parsed.sentences[cue.sentence]
    if cue.sentence == 0 or index_of(quotes).overlapping(s.start, s.end):
        return None
    words = [w for w in s.words if w.upos != "PUNCT"]
    if len(words) > SHORT_CLOSING_CUE:
        return None
    prev = parsed.sentences[cue.sentence - 1]
    if prev.paragraph != s.paragraph:
        return None
    paragraph = parsed.article.segments[s.paragraph]
    for q in quotes:
        if (
            q.start not in taken
            and paragraph.start <= q.start  # a quote of several sentences ends in the one before
            and q.end <= s.start
            and not text[q.end : s.start].strip()
        ):
            return q
    return None


def sentence_at(parsed: ParsedArticle, offset: int, default: int) -> int:
    s = sentence_covering(parsed, offset)
    return s.index if s is not None else default


def speaker_for(parsed: ParsedArticle, q: QuoteSpan, drafts: list[Draft]) -> tuple[Source, str] | None:
    """The source of the quote attribution next to a cueless quote, when the text hands it over."""
    first, last = q.sentences[0], q.sentences[-1]
    body = [i for i, seg in enumerate(parsed.article.segments) if seg.kind == "body"]
    order = {seg_idx: k for k, seg_idx in enumerate(body)}
    para = order.get(parsed.sentences[first].paragraph, -10)
    before = [d for d in drafts if d.start < q.start and d.source is not None]
    if before:
        d = max(before, key=lambda d: d.start)
        prev = parsed.sentences[first - 1] if first > 0 else None
        if (
            prev is not None
            and d.last_sentence == first - 1
            and abs(order.get(prev.paragraph, -10) - para) <= 1
        ):
            lead = parsed.article.text[prev.start : prev.end].rstrip()
            if d.source is not None and d.quote is not None:
                return d.source, f"quote continues the previous speaker's quote ({d.source.mention})"
            if d.source is not None and lead.endswith((":", "saying,", "saying")):
                return d.source, f"quote follows a lead-in ending with a colon ({d.source.mention})"
            # "Ruiz said she would back the plan. “It is the right thing,” …" in one paragraph: a
            # reporter's paraphrase and then the speaker's own words (not after a paragraph break, where
            # a new voice may begin, nor after a report of NOT saying)
            spoken = (
                d.cue is not None
                and d.cue.kind in ("speech_verb", "writing_verb")
                and not _negated(parsed, d.cue)
            )
            one_paragraph = prev.paragraph == parsed.sentences[first].paragraph
            if d.source is not None and spoken and d.content is not None and one_paragraph:
                why = f"quote follows the same speaker's reported words in its paragraph ({d.source.mention})"
                return d.source, why
    after = [d for d in drafts if d.start >= q.end and d.cue is not None]
    if after:
        d = min(after, key=lambda d: d.start)
        same_para = parsed.sentences[d.sentence].paragraph == parsed.sentences[last].paragraph
        if d.source is not None and d.quote is not None and d.sentence == last + 1 and same_para:
            return d.source, f"quote precedes the same speaker's attributed quote ({d.source.mention})"
    return None


def _negated(parsed: ParsedArticle, cue: Cue) -> bool:
    """The cue reports NOT saying ("did not say", "declined to say"): decided on its head word, as the
    widening stage, which runs later, will mark it."""
    tree = Tree(parsed.sentences[cue.sentence])
    head = tree.word(cue.head)
    return head is not None and cue_negated(tree, head)


def harmonise_kinds(drafts: list[Draft]) -> None:
    """A bare surname the NER mislabels ("Zelenskyy" as LOC) takes the kind of the full name in the article
    ("Ukrainian President Volodymyr Zelenskyy": person)."""
    people = {
        d.source.mention.split()[-1]
        for d in drafts
        if d.source is not None
        and d.source.named
        and d.source.kind == "person"
        and len(d.source.mention.split()) > 1
    }
    for d in drafts:
        src = d.source
        if src is not None and src.named and src.kind in ("unknown", "government") and src.mention in people:
            d.source = src.model_copy(update={"kind": "person"})


def chain_participles(parsed: ParsedArticle, drafts: list[Draft]) -> None:
    """'X said A, adding that B': the participle shares X, and A stops before ", adding"."""
    text = parsed.article.text
    for k, d in enumerate(drafts):
        if k == 0 or d.cue is None or d.quote is not None:
            continue
        prev = drafts[k - 1]
        if prev.cue is None or prev.sentence != d.sentence or prev.source is None:
            continue
        if not (d.cue.text.lower().endswith("ing") and text[: d.cue.start].rstrip().endswith(",")):
            continue
        if d.source is None or "governing clause" in d.rule or "before the verb" in d.rule:
            d.source = prev.source
            d.rule = d.rule.split("; source:")[0] + "; source: shared with the preceding reporting verb"
        # not when the content opened before its cue ("“A,” X said, adding B. “C.”"): quotations on
        # both sides of the verb, which the participle does not end
        if prev.content is not None and prev.cue.end <= prev.content.start < d.cue.start < prev.content.end:
            prev.content = strip_span(text, prev.content.start, d.cue.start)


# The words between a cue and a quotation end in "that": the quotation is the cue's reported clause.
_THAT_BEFORE = re.compile(r"^[^.!?;:“”\"]*\bthat\s*$")


def that_clause_quote(parsed: ParsedArticle, cue: Cue, q: QuoteSpan) -> bool:
    """The quotation opens the cue's "that" clause: only "that" and no verb between them ("told the AP
    after hinting that “…”": that "that" is another verb's)."""
    if cue.end > q.start or not _THAT_BEFORE.search(parsed.article.text[cue.end : q.start]):
        return False
    words = parsed.sentences[cue.sentence].words
    return not any(w.upos in {"VERB", "AUX"} and cue.end <= w.start and w.end <= q.start for w in words)


def media_title(parsed: ParsedArticle, q: QuoteSpan) -> bool:
    """'said on “Meet the Press.”', 'told “Good Morning America”': a short quotation whose longer words
    are all capitalised, right after a word of ``quoted_title_leads.txt``, names a programme or a paper.
    Not a chant ('chants of “Lock Her Up!”'), nor a quotation in a headline, which capitalises all."""
    text = parsed.article.text
    words = [w.strip(END_PUNCT) for w in q.text.split()]
    longer = [w for w in words if len(w) >= 4]
    if not longer or len(words) > 8 or not all(w[:1].isupper() for w in longer):
        return False
    if q.text.rstrip(" ,.’”'\"").endswith(("!", "?")):
        return False  # a chant or a question is spoken
    sentence = parsed.sentences[q.sentences[0]] if q.sentences else None
    outside = [w.text for w in sentence.words if not q.start <= w.start < q.end] if sentence else []
    if all(w[:1].isupper() for w in outside if w.isalpha() and len(w) > 3):
        return False  # a headline capitalises every word, quoted or not
    before = text[max(0, q.start - 20) : q.start].split()
    return bool(before) and before[-1].lower() in lexicon.words("quoted_title_leads.txt")
